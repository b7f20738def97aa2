"""One identity per person across articles; namesakes apart; corrections persist."""

from __future__ import annotations

import copy

import pytest

from store_fixtures import ALL, BACKENDS, NATO_1, open_kb, record
from warta.store.identity import Surface, resolve, roles_compatible


def _groups(surfaces, corrections=(), context=None):
    return sorted(sorted(i.links) for i in resolve(surfaces, corrections, context))


def S(id, key, role="", label="PERSON", weight=1):
    return Surface(id, label, key, role, key.title(), role or None, weight)


def test_roles_compatible():
    assert roles_compatible("sekretaris jenderal nato", "mantan sekretaris jenderal nato")
    assert roles_compatible("presiden", "presiden ukraina")
    assert roles_compatible("", "kepala kepolisian resor bogor")
    assert not roles_compatible("kepala kepolisian resor bogor", "ketua koperasi pasar kramat jati")
    assert not roles_compatible("presiden", "menteri luar negeri ukraina")


def test_bare_surname_links_only_when_unambiguous():
    one = [S(1, "jens stoltenberg", "sekretaris jenderal nato"), S(2, "stoltenberg")]
    assert _groups(one) == [[1, 2]]
    two = [
        S(1, "budi santoso", "kepala kepolisian resor bogor"),
        S(2, "budi santoso", "ketua koperasi"),
        S(3, "santoso"),
    ]
    assert _groups(two) == [[1], [2], [3]]
    # ... but a role that fits only one of them decides
    three = two[:2] + [S(3, "santoso", "kepala kepolisian resor bogor")]
    assert _groups(three) == [[1, 3], [2]]
    links = {sid: c for i in resolve(three) for sid, c in i.links.items()}
    assert links[1] == 1.0 and 0 < links[3] < 1.0


def test_ambiguous_bare_name_settled_by_organisation_context():
    two = [
        S(1, "budi santoso", "kepala kepolisian resor bogor"),
        S(2, "budi santoso", "ketua koperasi pasar kramat jati"),
        S(3, "santoso"),
    ]
    ctx = {3: {"polres bogor"}, 2: {"koperasi pasar kramat jati"}}
    assert _groups(two, context=lambda ids: {i: ctx[i] for i in ids if i in ctx}) == [[1, 3], [2]]
    both = {3: {"pemerintah kabupaten bogor", "koperasi pasar kramat jati"}}
    assert _groups(two, context=lambda ids: {i: both[i] for i in ids if i in both}) == [[1], [2], [3]]
    assert _groups(two, context=lambda ids: {}) == [[1], [2], [3]]


def test_name_written_with_its_office_joins_the_plain_name():
    surfaces = [S(1, "jens stoltenberg"), S(2, "sekjen nato jens stoltenberg"), S(3, "stoltenberg")]
    [ident] = resolve(surfaces)
    assert set(ident.links) == {1, 2, 3} and ident.links[2] < 1.0
    # the office is kept apart from a namesake with another role
    two = [S(1, "budi santoso", "ketua koperasi"), S(2, "kapolres bogor budi santoso")]
    assert _groups(two) == [[1], [2]]
    assert _groups([S(1, "presiden joko widodo")]) == [[1]]


def test_shorter_name_joins_longer_one_only_with_the_same_office():
    role = "direktur perlindungan wni kementerian luar negeri"
    same = [S(1, "lalu muhammad iqbal", role), S(2, "muhammad iqbal", role)]
    assert _groups(same) == [[1, 2]]
    assert _groups([S(1, "lalu muhammad iqbal", role), S(2, "muhammad iqbal", "pelatih persib")]) == [
        [1],
        [2],
    ]
    assert _groups([S(1, "lalu muhammad iqbal", role), S(2, "muhammad iqbal")]) == [[1], [2]]


def test_shorter_name_joins_the_longest_of_nested_longer_forms():
    role = "kepala bidang humas polda metro jaya"
    nested = [S(1, "raden prabowo argo yuwono", role), S(2, "prabowo argo yuwono", role),
              S(3, "argo yuwono", role)]
    assert _groups(nested) == [[1, 2, 3]]
    # two longer names that do not end one another stay ambiguous
    apart = [S(1, "raden prabowo argo yuwono", role), S(2, "ahmad argo yuwono", role), S(3, "argo yuwono", role)]
    assert _groups(apart) == [[1], [2], [3]]


def test_bare_name_with_a_role_needs_a_full_name_with_a_role():
    # "Pangeran Harry" is no mention of the role-less "Harry Styles"
    assert _groups([S(1, "harry styles"), S(2, "harry", "pangeran")]) == [[1], [2]]
    assert _groups([S(1, "harry styles"), S(2, "harry")]) == [[1, 2]]
    # among namesakes, the one whose role fits takes it
    three = [S(1, "donald trump", "presiden amerika serikat"), S(2, "donald tusk"), S(3, "donald", "presiden")]
    assert _groups(three) == [[1, 3], [2]]


def test_first_name_alone_is_ambiguous_between_people():
    surfaces = [S(1, "joko widodo"), S(2, "joko anwar"), S(3, "joko")]
    assert _groups(surfaces) == [[1], [2], [3]]


def test_roleless_full_name_joins_a_single_role_group_or_a_dominant_one():
    assert _groups([S(1, "ani lestari", "bupati sleman"), S(2, "ani lestari")]) == [[1, 2]]
    even = [S(1, "ani lestari", "bupati sleman"), S(2, "ani lestari", "pelatih persib"), S(3, "ani lestari")]
    assert _groups(even) == [[1], [2], [3]]
    dominant = [
        S(1, "ani lestari", "bupati sleman", weight=9),
        S(2, "ani lestari", "pelatih persib"),
        S(3, "ani lestari"),
    ]
    assert _groups(dominant) == [[1, 3], [2]]


def test_short_name_links_to_unique_longer_name_and_acronyms_to_orgs():
    people = [S(1, "volodymyr oleksandrovych zelensky"), S(2, "volodymyr zelensky"), S(3, "zelensky")]
    assert _groups(people) == [[1, 2, 3]]
    orgs = [
        S(1, "komisi pemberantasan korupsi", label="ORG"),
        S(2, "kpk", label="ORG"),
        S(3, "kpu", label="ORG"),
    ]
    assert _groups(orgs) == [[1, 2], [3]]


def test_corrections_replayed_in_order():
    surfaces = [
        S(1, "budi santoso", "kepala kepolisian resor bogor"),
        S(2, "budi santoso", "ketua koperasi"),
        S(3, "santoso"),
    ]
    merge = ("merge", {"a": ["PERSON", "santoso", ""], "b": ["PERSON", "budi santoso", "ketua koperasi"]})
    assert _groups(surfaces, [merge]) == [[1], [2, 3]]
    split = ("split", {"surfaces": [["PERSON", "santoso", ""]]})
    assert _groups(surfaces, [merge, split]) == [[1], [2], [3]]


@pytest.fixture(params=BACKENDS)
def kb(request, tmp_path):
    for store in open_kb(request.param, tmp_path):
        store.ingest(ALL)
        yield store


def test_store_links_surname_across_articles(kb):
    prof = kb.person("Stoltenberg")
    assert prof["id"] == "per:jens-stoltenberg" and prof["quote_count"] == 3
    aliases = {a["alias"]: a for a in prof["aliases"]}
    assert {"Jens Stoltenberg", "Stoltenberg"} <= set(aliases)
    assert aliases["Stoltenberg"]["confidence"] < aliases["Jens Stoltenberg"]["confidence"]
    assert [m["month"] for m in prof["quotes_by_month"]] == ["2023-07", "2023-08"]
    # "Sekjen NATO" and "Sekretaris Jenderal NATO" are one role, seen over both months
    [role] = prof["roles"]
    assert role["role"] in {"Sekretaris Jenderal NATO", "Sekjen NATO"}
    assert (role["first"], role["last"]) == ("2023-07-05", "2023-08-10")
    assert {"org:nato", "loc:brussel", "loc:vilnius"} <= {c["id"] for c in prof["co_mentioned"]}


def test_store_keeps_namesakes_apart_and_lists_people(kb):
    budis = [p for p in kb.people(top=50) if p["name"] == "Budi Santoso"]
    assert len(budis) == 2 and {p["role"] for p in budis} == {
        "Kapolres Bogor",
        "Ketua Koperasi Pasar Kramat Jati",
    }
    top = kb.people(top=1)
    assert top[0]["id"] == "per:jens-stoltenberg"
    assert "seorang pegawai" not in {p["name"] for p in kb.people(top=50, label=None)}


def test_merge_and_split_survive_reingest(kb):
    assert len({q["speaker_id"] for q in kb.quotes(speaker="Budi Santoso")}) == 2
    out = kb.merge("Santoso", "per:jens-stoltenberg")  # a deliberately odd correction
    assert kb.person("Santoso")["id"] == out["entity"] == kb.person("Jens Stoltenberg")["id"]
    split = kb.split("Jens Stoltenberg", ["Stoltenberg"])
    assert split["entity"] != split["from"]
    assert len({q["speaker_id"] for q in kb.quotes(speaker="Jens Stoltenberg")}) == 1
    before = {p["id"]: p["quote_count"] for p in kb.people(top=50, label=None)}
    kb.ingest(copy.deepcopy(ALL))  # nothing new: identities unchanged
    extra = record(
        "nato-3",
        "Jens Stoltenberg tiba di Kyiv.",
        url="https://x.example/nato-3",
        entities=[("Jens Stoltenberg", "PERSON", "Jens Stoltenberg", None)],
    )
    kb.ingest([extra])  # new article: identities rebuilt, corrections replayed
    after = {p["id"]: p["quote_count"] for p in kb.people(top=50, label=None)}
    assert after == before
    prof = kb.person("Jens Stoltenberg")
    assert "Stoltenberg" not in {a["alias"] for a in prof["aliases"]}
    assert "Santoso" in {a["alias"] for a in prof["aliases"]}


def test_merge_errors(kb):
    with pytest.raises(LookupError):
        kb.merge("Nobody Atall", "Stoltenberg")
    with pytest.raises(ValueError):
        kb.merge("Stoltenberg", "Jens Stoltenberg")
    with pytest.raises(ValueError):
        kb.split("Jens Stoltenberg", ["Zelensky"])
    assert NATO_1["id"] == kb.article("nato-1")["id"]


def test_organisation_spelling_variants_are_one_entity(kb):
    a = record(
        "org-a",
        "Kementrian Luar Negeri RI menolak klaim itu.",
        url="https://x.example/a",
        entities=[("Kementrian Luar Negeri RI", "ORG", "Kementrian Luar Negeri RI", None)],
    )
    b = record(
        "org-b",
        "Kementerian Luar Negeri memanggil duta besar.",
        url="https://x.example/b",
        entities=[("Kementerian Luar Negeri", "ORG", "Kementerian Luar Negeri", None)],
    )
    kb.ingest([a, b])
    prof = kb.person("Kementrian Luar Negeri RI")
    assert prof["article_count"] == 2 and {x["alias"] for x in prof["aliases"]} >= {
        "Kementrian Luar Negeri RI",
        "Kementerian Luar Negeri",
    }
