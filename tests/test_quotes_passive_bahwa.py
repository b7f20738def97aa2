"""A sentence-opening passive cue with its agent, a comma, then ``bahwa``: the quote is the clause."""

from __future__ import annotations

import warta


def test_quotes_passive_bahwa_clause_without_complementiser():
    q = warta.analyze("Dikatakan Kepala Dinas Pariwisata Rudi Hartono, bahwa jumlah wisatawan naik "
                      "tahun ini.").quotes
    assert [(x.kind, x.speaker, x.text) for x in q] == [
        ("indirect", "Rudi Hartono", "jumlah wisatawan naik tahun ini")]


def test_quotes_passive_bahwa_conditional_stays():
    q = warta.analyze("Menurut Rudi, jika harga naik, rakyat susah membeli beras.").quotes
    assert q and q[0].text.startswith("jika harga naik")
