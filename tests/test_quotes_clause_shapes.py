"""Reported clauses found missing on the gold folders (session 13): a noun with a demonstrative and a
predicate after the verb (``menyebut kekhawatiran itu berlebihan``), a negated nominal predicate
(``bukanlah``), and a short quoted word followed by a comma inside the clause (``amat "gila", hingga``)."""

from __future__ import annotations

from quote_helpers import quote_fields


def _quotes(text: str) -> list[tuple]:
    return quote_fields(text, "speaker", "text")


def test_noun_with_demonstrative_and_predicate_is_a_clause() -> None:
    assert _quotes("Jokowi menyebut kekhawatiran itu berlebihan.") == [
        ("Joko Widodo", "kekhawatiran itu berlebihan")]


def test_negated_nominal_predicate_is_a_clause() -> None:
    assert _quotes("Namun Teco menyebut hal itu bukanlah masalah besar bagi timnya.") == [
        ("Teco", "hal itu bukanlah masalah besar bagi timnya")]


def test_quoted_word_before_a_comma_stays_inside_the_clause() -> None:
    text = 'Rafael Benitez mengatakan bursa transfer saat ini amat "gila", hingga dirinya kesulitan membeli pemain.'
    got = _quotes(text)
    assert len(got) == 1 and got[0][0] == "Rafael Benitez" and got[0][1].startswith("bursa transfer")


def test_noun_phrase_object_with_demonstrative_is_no_clause() -> None:
    assert _quotes("Menteri itu menyampaikan hal itu bersama Gubernur Jawa Barat.") == []
    assert _quotes("Ia menyampaikan kekhawatiran itu kepada presiden.") == []


def test_quoted_sentence_is_still_no_label() -> None:
    text = 'Ia mengatakan rencana itu "tidak masuk akal, sama sekali", lalu pergi.'
    assert all(q[1] != "rencana itu" for q in _quotes(text))


def test_adverbial_before_the_name_is_no_part_of_the_subject() -> None:
    text = "Namun, dalam prosesnya Ferry menyebut bakal banyak proses yang dilalui."
    assert _quotes(text) == [("Ferry", "bakal banyak proses yang dilalui")]


def test_place_after_an_adverbial_is_no_speaker() -> None:
    text = "Warga berkumpul sejak pagi di kabupaten Ende Nusa Tenggara Timur menyatakan rasa syukur."
    assert all(s != "Ende Nusa Tenggara Timur" for s, _ in _quotes(text))


def test_name_then_a_description_before_the_verb() -> None:
    text = ("Abdul Jabbar, warga desa di Bhimber, perbatasan de facto antara kedua negara, menyatakan "
            "bahwa 10 anggota keluarganya telah meninggalkan rumah mereka.")
    got = quote_fields(text, "speaker", "cue")
    assert got == [("Abdul Jabbar", "menyatakan")]


def test_a_pronoun_after_the_comma_is_the_subject() -> None:
    text = ("Janji itu diutarakan Dirjen Aptika Semuel Abrijani Pangerapan. Bersama CEO Telegram Pavel Durov, "
            "pihaknya mengaku sedang menyelesaikan detail penanganan konten negatif.")
    assert ("Pavel Durov",) not in quote_fields(text, "speaker")


def test_survey_findings_are_no_quotations() -> None:
    text = ("Polling yang dilakukan lembaga survei Survation menyebutkan sebagian besar warga Inggris berubah "
            "pikiran. Sisanya, 27 persen menyebut mereka ingin Inggris tetap bersama Uni Eropa.")
    assert _quotes(text) == []


def test_a_pollster_s_director_still_speaks() -> None:
    text = "Direktur Survation, Damian Lyons Lowe, mengatakan hasil itu mengejutkan banyak pihak."
    assert [s for s, _ in _quotes(text)] == ["Damian Lyons Lowe"]


def test_a_budget_bill_states_figures_not_speech() -> None:
    assert _quotes("RAPBN 2018 menyebutkan, harga minyak dipatok sebesar 48 dolar AS per barrel.") == []


def test_quoted_label_closing_the_sentence_with_its_full_stop() -> None:
    text = 'Ja Song Nam mengatakan bahwa latihan itu membuat situasi kini berada dalam keadaan "paling parah."'
    got = _quotes(text)
    assert len(got) == 1 and got[0][0] == "Ja Song Nam" and got[0][1].startswith("latihan itu")


def test_an_outlet_reports_a_clause_without_bahwa() -> None:
    text = ("Beberapa waktu lalu, TMZ melaporkan ada laporan hasil uji toksikologi pada jenazah Cornell "
            "telah terungkap.")
    assert [s for s, _ in _quotes(text)] == ["TMZ"]
    assert _quotes("Warga melaporkan kejadian itu ke polisi pada Senin malam.") == []


def test_plain_saying_verb_reports_a_clause_without_a_prefixed_verb() -> None:
    """Session 14: ``mengatakan`` + a lower-case clause whose predicate has no verb prefix."""
    text = "Menlu Guterres mengatakan mahasiswa asal negaranya banyak yang belajar ke Indonesia."
    assert quote_fields(text, "kind", "speaker", "text") == [
        ("indirect", "Guterres", "mahasiswa asal negaranya banyak yang belajar ke Indonesia")]
    assert quote_fields("Ia mengatakan hal itu kepada wartawan di Jakarta kemarin.", "text") == []


def test_a_report_inside_a_temporal_clause_ends_at_its_comma() -> None:
    """Session 14: ``Ketika X mengatakan …, <main clause>``: the main clause is not reported."""
    text = "Saat polisi mengatakan pelaku sudah ditangkap, warga langsung bersorak gembira di depan kantor itu."
    assert quote_fields(text, "speaker", "text") == [("polisi", "pelaku sudah ditangkap")]
    plain = "Budi mengatakan harga beras akan turun, tetapi tidak dalam waktu dekat."
    assert quote_fields(plain, "text") == [("harga beras akan turun, tetapi tidak dalam waktu dekat",)]


def test_a_named_speaker_before_yang_and_the_verb_reports() -> None:
    """Session 14: ``Hal senada diungkapkan Apriyani yang mengaku bersyukur …``: the name speaks;
    a described speech (``pidato Ahok yang menyinggung …``) reports nothing."""
    text = ("Ganda putri Indonesia kalah di final. Hal senada diungkapkan Apriyani Rahayu yang mengaku "
            "bersyukur atas hasil yang dicapai hari ini.")
    assert quote_fields(text, "speaker", part="bersyukur") == [("Apriyani Rahayu",)]
    topic = ("Unggahan video pidato Ahok yang menyinggung surat Al-Maidah ayat 51 di akun Facebook "
             "Buni Yani sempat diperkarakan.")
    assert quote_fields(topic, "speaker") == []
