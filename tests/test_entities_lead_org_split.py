"""A person span that opens with a one-word organisation of the article loses it
(warta.annotate.entity_glue.split_place_person)."""

from __future__ import annotations

from warta.annotate.entity_glue import split_place_person
from warta.annotate.entity_mentions import Mention


def _mention(text: str, part: str, label: str, nth: int = 0) -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(part, at + 1)
    return Mention(at, at + len(part), label, 0.9, part)


def _spans(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.label) for m in split_place_person(text, mentions)]


def test_entities_lead_org_split_club_head():
    text = "Skuat Persiku FC mulai lengkap. Pelatih Persiku Bambang Wirawan Saputra merekrut kiper."
    out = _spans(text, [_mention(text, "Persiku FC", "ORG"),
                        _mention(text, "Persiku Bambang Wirawan Saputra", "PERSON")])
    assert ("Bambang Wirawan Saputra", "PERSON") in out
    assert ("Persiku", "ORG") in out


def test_entities_lead_org_split_first_word_of_an_organisation():
    text = ("Manajer Persiku Bandung datang. Persiku menang. Pelatih Persiku Yoga Adi Pratama menulis "
            "daftar pemain.")
    out = _spans(text, [_mention(text, "Persiku Bandung", "ORG"), _mention(text, "Persiku", "ORG", nth=1),
                        _mention(text, "Persiku Yoga Adi Pratama", "PERSON")])
    assert ("Yoga Adi Pratama", "PERSON") in out


def test_entities_lead_org_split_lone_unlisted_org_tag_is_too_weak():
    """A rare given name the NER once tags as an organisation (``Kartawijaya``) stays in the name."""
    text = "Kartawijaya hadir. Sekretaris Daerah Kartawijaya Baskoro Adi mengatakan hal itu."
    out = _spans(text, [_mention(text, "Kartawijaya", "ORG"),
                        _mention(text, "Kartawijaya Baskoro Adi", "PERSON")])
    assert ("Kartawijaya Baskoro Adi", "PERSON") in out


def test_entities_lead_org_split_given_name_stays():
    """An organisation mention that is a given name (an NER slip) does not cut a person's name."""
    text = "Jemaat Albertus berkumpul. Romo Albertus Hani Rudi Hartoko memimpin misa."
    out = _spans(text, [_mention(text, "Albertus", "ORG"),
                        _mention(text, "Albertus Hani Rudi Hartoko", "PERSON")])
    assert ("Albertus Hani Rudi Hartoko", "PERSON") in out


def test_entities_lead_org_split_needs_a_full_name_after():
    text = "Skuat Persiku FC mulai lengkap. Pelatih Persiku Bambang datang."
    out = _spans(text, [_mention(text, "Persiku FC", "ORG"), _mention(text, "Persiku Bambang", "PERSON")])
    assert ("Persiku Bambang", "PERSON") in out


def test_entities_lead_org_split_word_also_tagged_person_stays():
    """The NER tags ``Hilmy`` once as an organisation and once as a person: a given name."""
    text = "Hilmy hadir. Kata Hilmy, acara lancar. Sekjen PP Persada Hilmy Fauzan Zainal menilai hal itu."
    first, second = text.index("Hilmy"), text.index("Hilmy", 6)
    out = _spans(text, [Mention(first, first + 5, "ORG", 0.9, "Hilmy"),
                        Mention(second, second + 5, "PERSON", 0.9, "Hilmy"),
                        _mention(text, "Hilmy Fauzan Zainal", "PERSON")])
    assert ("Hilmy Fauzan Zainal", "PERSON") in out
