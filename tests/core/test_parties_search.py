"""Searching clients and funders: accents, case, SIRET, city, more than a page of results."""

from __future__ import annotations

from formadesk.core.services.parties import ClientData, FunderData


def test_search_ignores_accents_and_case_and_reads_siret_and_city(office):
    parties = office.parties
    emile = parties.save_client(
        ClientData(name="Boulangerie ÉMILE & Fils", siret="44298176700001", city="Saint-Étienne")
    )
    parties.save_client(ClientData(kind="particulier", name="Émilie Durand", city="Lyon"))
    assert [r.id for r in parties.search("boulangerie emile")] == [emile]
    assert [r.name for r in parties.search("EMIL")] == ["Boulangerie ÉMILE & Fils", "Émilie Durand"]
    assert [r.name for r in parties.search("émilie")] == ["Émilie Durand"]
    assert [r.id for r in parties.search("44298176700001")] == [emile]
    assert [r.id for r in parties.search("st etienne")] == []
    assert [r.id for r in parties.search("saint-etienne")] == [emile]
    assert parties.search("100%_") == []  # LIKE wildcards are literal
    row = parties.party(emile)
    assert row.label == "Boulangerie ÉMILE & Fils — Saint-Étienne (SIRET 442 981 767 00001)"


def test_funders_are_searched_apart(office):
    opco = office.parties.save_funder(FunderData(name="Mutuelle Santé Ouest", kind="autre"))
    office.parties.save_client(ClientData(kind="particulier", name="Santé Plus"))
    found = office.parties.search("sante", funders=True)
    # « OPCO Santé » is one of the reference funders every new base starts with.
    assert [r.name for r in found] == ["Mutuelle Santé Ouest", "OPCO Santé"]
    assert office.parties.party(opco, funder=True).name == "Mutuelle Santé Ouest"
