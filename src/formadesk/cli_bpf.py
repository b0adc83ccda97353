"""`formadesk bpf` (being written for issue 12)."""


def add_parser(sub) -> None:  # replaced by the command's real parser
    return None
