"""The demo's clients and funders: reference funders reused, contacts, a duplicate to merge."""

from __future__ import annotations

from collections import Counter

from formadesk.core.demo import build_demo
from formadesk.core.office import Office


def test_demo_reuses_the_reference_funders_and_offers_a_duplicate(tmp_path):
    path = tmp_path / "demo.sqlite3"
    build_demo(path, "small")
    with Office.open(path) as office:
        funders = office.parties.funder_list()
        names = Counter(r.name for r in funders)
        assert names["Akto"] == 1 and max(names.values()) == 1  # no OPCO twice
        akto = office.parties.get_funder(next(r.id for r in funders if r.name == "Akto"))
        assert akto.city == "Paris" and akto.requirements  # address added, requirements kept
        assert akto.contacts
        clients = office.parties.client_list()
        assert any(office.parties.get_client(r.id).site_city for r in clients[:15])
        (pair,) = office.parties.duplicate_clients()
        assert pair.second_name.startswith(pair.first_name.upper())
        moved = office.parties.merge_clients(pair.first_id, pair.second_id)
        assert moved == {"contacts": 1}
        assert office.parties.duplicate_clients() == []
