"""Reporting and compliance (issue 12): the session bilan, the activity report, the BPF
(cerfa 10443) and the Qualiopi figures and evidence pack."""
