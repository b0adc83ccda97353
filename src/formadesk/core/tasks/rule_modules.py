"""Imports every module of rules, so that each registers its rules (in this order)."""

from importlib import import_module

MODULES = (
    "rules_sessions",  # before the first day: places, convention, convocations
    "rules_planning",  # the days ahead: rooms, trainers, conflicts
    "rules_attendance",  # during: attendance, absences, abandonment
    "rules_after",  # after the last day: results
    "rules_closing",  # after the last day: certificates, invoices
    "rules_followup",  # surveys « à froid », incidents, documents never sent
    "rules_bpf",  # the yearly BPF
)
for _name in MODULES:
    import_module(f"{__package__}.{_name}")
