"""Listed European football clubs are organisations whatever the NER calls them (a person for
``Lazio``, a place for ``Galatasaray``); clubs named after their city stay with the NER."""

from __future__ import annotations

from entity_helpers import labels_by_text


def test_listed_clubs_are_organisations() -> None:
    got = labels_by_text("Sebelum ke Qatar, Wesley Sneijder pernah membela Galatasaray, dan Denayer kini "
                         "bermain untuk Celtic. Roma akan menghadapi Lazio di semifinal Coppa Italia.")
    assert got["Galatasaray"] == {"ORG"}
    assert got["Celtic"] == {"ORG"}
    assert got["Lazio"] == {"ORG"}
