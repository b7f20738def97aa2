"""A middle initial's full stop ends no sentence (warta.annotate.entity_filters.sentence_initial),
and person spans that only a middle initial separates are one name
(warta.annotate.entity_leads.join_middle_initials)."""

import warta
from warta.annotate.entity_filters import sentence_initial
from warta.annotate.entity_first_names import first_names_out_of_orgs
from warta.annotate.entity_leads import join_middle_initials
from warta.annotate.entity_mentions import Mention
from warta.annotate.speaker_phrases import dotted_initials


def test_initial_full_stop_opens_no_sentence() -> None:
    text = "Sekretaris Kementerian Gatot S. Dewa Broto hadir. Dia datang pagi. Vitamin C. Dokter itu"
    assert not sentence_initial(text, text.index("Dewa"))
    assert sentence_initial(text, text.index("Dia"))
    assert sentence_initial(text, 0)


def _m(text: str, part: str) -> Mention:
    s = text.index(part)
    return Mention(s, s + len(part), "PERSON", 0.8, part)


def test_spans_split_at_an_initial_join() -> None:
    text = "Ketua Panitia Hendra S. Wiratmaja dan Budi K Santoso hadir, juga Rina. Dewi datang."
    out = join_middle_initials(text, [_m(text, "Hendra"), _m(text, "S. Wiratmaja"), _m(text, "Budi"),
                                      _m(text, "Santoso"), _m(text, "Rina"), _m(text, "Dewi")])
    assert [text[m.start:m.end] for m in out] == ["Hendra S. Wiratmaja", "Budi K Santoso", "Rina", "Dewi"]


def test_speaker_and_entity_keep_the_whole_name() -> None:
    a = warta.analyze("Sekretaris Kementerian Pariwisata Hendra S. Wiratmaja menyatakan kenaikan honor. "
                      "\"Kami prioritaskan pemandu,\" kata Hendra.")
    assert [q.speaker for q in a.quotes] == ["Hendra S. Wiratmaja"]
    assert any(e.label == "PERSON" and e.canonical == "Hendra S. Wiratmaja" for e in a.entities)


def test_leading_initial_and_balinese_opening_join_the_name() -> None:
    a = warta.analyze("Direktur Jenderal Perhubungan Laut Kementerian Perhubungan, A Tonang Budiarjo "
                      "mengatakan biaya logistik akan turun tahun ini. \"Ini penting,\" kata Tonang.")
    assert [q.speaker for q in a.quotes] == ["A Tonang Budiarjo"] * 2
    b = warta.analyze("Menurut Dirjen Kementerian Perindustrian I Gusti Putu Wirasena, riset merupakan jantung "
                      "industri. \"Ini penting,\" kata Putu.")
    assert {q.speaker for q in b.quotes} == {"I Gusti Putu Wirasena"}


def test_common_word_opening_the_next_sentence_leaves_a_name() -> None:
    from warta.annotate.entity_filters import clean_span

    text = "Aksi itu dimotori oleh Rudi Ns. Dimana dalam berita itu ada hinaan."
    s = text.index("Rudi")
    got = clean_span(text, s, text.index(" dalam"), "PERSON")
    assert got is not None and text[got[0]:got[1]].rstrip(".") == "Rudi Ns"


def test_first_name_written_as_a_speaker_joins_the_name() -> None:
    from warta.annotate.entity_leads import speaking_first_names

    text = ("Aktivis asal Nepal Sarita Gurung (20) senang. \"Saya lulus,\" tulis Sarita di akun Twitternya. "
            "Sarita pindah ke Inggris. Kota Pokhara sepi.")
    mentions = [Mention(text.index("Nepal"), text.index("Nepal") + 5, "LOC", 0.8, "Nepal"),
                _m(text, "Gurung"),
                Mention(text.index("Sarita pindah"), text.index("Sarita pindah") + 6, "LOC", 0.8, "Sarita"),
                Mention(text.index("Pokhara"), text.index("Pokhara") + 7, "LOC", 0.8, "Pokhara")]
    got = [(text[m.start:m.end], m.label) for m in speaking_first_names(text, mentions)]
    assert got == [("Nepal", "LOC"), ("Sarita Gurung", "PERSON"), ("Sarita", "PERSON"), ("Pokhara", "LOC")]
    # no quotation written by the word: nothing changes
    quiet = text.replace("tulis Sarita", "tulisnya")
    assert speaking_first_names(quiet, mentions) == mentions


def test_place_span_opened_by_a_person_mention_is_that_person() -> None:
    from warta.annotate.entity_leads import places_named_by_persons

    text = "Acara dipandu manajer Sasmita Florian Kroon. Sebelumnya, Sasmita menjawab. Kami ke Sasmita Jaya Park."

    def loc(part: str, label: str = "LOC") -> Mention:
        return Mention(text.index(part), text.index(part) + len(part), label, 0.7, part)

    mentions = [loc("Sasmita Florian Kroon"), loc("Sasmita", "PERSON"), loc("Sasmita Jaya Park")]
    mentions[1] = Mention(text.index("Sasmita menjawab"), text.index("Sasmita menjawab") + 7, "PERSON", 0.8,
                          "Sasmita")
    got = [(text[m.start:m.end], m.label) for m in places_named_by_persons(text, mentions)]
    assert got == [("Sasmita Florian Kroon", "PERSON"), ("Sasmita", "PERSON"), ("Sasmita Jaya Park", "LOC")]


def test_dotted_initials_without_spaces_join() -> None:
    text = "Kepala Bappenas Bambang P.S Brodjonegoro menyatakan itu. Rina A.B. Sari juga hadir."
    out = join_middle_initials(text, [_m(text, "Bambang"), _m(text, "Brodjonegoro"), _m(text, "Rina"),
                                      _m(text, "Sari")])
    assert [text[m.start:m.end] for m in out] == ["Bambang P.S Brodjonegoro", "Rina A.B. Sari"]
    toks = dotted_initials([("Bambang", 0, 7), ("P", 8, 9), (".", 9, 10), ("S", 10, 11), ("Brodjo", 12, 18),
                            ("P", 19, 20), (".", 20, 21), ("Kata", 22, 26)])
    assert [t[0] for t in toks] == ["Bambang", "P.S", "Brodjo", "P", ".", "Kata"]


def test_speaker_keeps_dotted_initials() -> None:
    a = warta.analyze("Menteri PPN/Kepala Bappenas Bambang P.S Brodjonegoro menyatakan ibu kota pindah. "
                      "Namun, Bambang tak patah arang.\n\n\"Nanti kami akan pakai uang sendiri,\" kata Bambang.")
    assert {q.speaker for q in a.quotes} == {"Bambang P.S Brodjonegoro"}
    text = ("Jakarta, CNN Indonesia - - Menteri Perencanaan dan Pembangunan Nasional (PPN)/Kepala Bappenas "
            "Bambang P.S Brodjonegoro menyatakan, ibu kota Indonesia yang baru dipastikan di luar Jawa.\n\n"
            "Bambang datang. \"Kami siap,\" kata Bambang.")
    a = warta.analyze(text)
    assert [(q.kind, q.speaker) for q in a.quotes] == [("indirect", "Bambang P.S Brodjonegoro"),
                                                        ("direct", "Bambang P.S Brodjonegoro")]
    roles = {e.role for e in a.entities if e.label == "PERSON"}
    assert roles == {"Menteri Perencanaan dan Pembangunan Nasional/Kepala Bappenas"}  # no name in it


def test_given_name_run_into_an_organisation_goes_back_to_the_person() -> None:
    text = "Calon presiden dari Partai Republik Donald Trump mengaku. Direktur Bank Mandiri Budi datang ke Bank Mandiri."
    org = text.index("Partai")
    bank = text.index("Bank")
    mentions = [Mention(org, org + len("Partai Republik Donald"), "ORG", 0.9, "Partai Republik Donald"),
                _m(text, "Trump"),
                Mention(bank, bank + len("Bank Mandiri"), "ORG", 0.9, "Bank Mandiri"),
                _m(text, "Budi")]
    out = first_names_out_of_orgs(text, mentions)
    assert [(text[m.start:m.end], m.label) for m in out] == [
        ("Partai Republik", "ORG"), ("Donald Trump", "PERSON"), ("Bank Mandiri", "ORG"), ("Budi", "PERSON")]
