"""Reports (issue 12): the session bilan, the activity report, the BPF laid out like the
cerfa 10443, the index of the Qualiopi evidence pack."""
