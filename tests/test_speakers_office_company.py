"""Speakers written as office, company, then name (warta.annotate.speaker_final): the company word
leaves the name (``Country Manager MyNurz Yudha Tirtadani``), also after a hyphenated office
(``Co-Founder``) and the English company offices of ``roles.txt``; a given name before an initial
stays (``Nila F Moeloek``). Unnamed sources keep their relative clause (speaker_phrases.
unnamed_source); a nickname written after dashes points to the full name (speaker_aliases)."""

import warta
from quote_helpers import final_speaker, person_at
from warta.annotate.entity_mentions import Mention
from warta.annotate.entity_roles import companies_of_offices
from warta.model import Entity


def test_company_word_between_office_and_name_leaves_the_name() -> None:
    doc = "MyNurz melayani lansia. “Kami siap,” jelas Country Manager MyNurz Yudha Tirtadani."
    mentions = [person_at(doc, "MyNurz"), person_at(doc, "Yudha Tirtadani")]
    assert final_speaker(doc, "MyNurz Yudha Tirtadani", mentions) == "Yudha Tirtadani"


def test_hyphenated_office_before_company_and_name() -> None:
    doc = "CEO dan Co-Founder Modalku Reynold Wijaya menuturkan aturan itu kurang tepat."
    assert final_speaker(doc, "Modalku Reynold Wijaya", [person_at(doc, "Reynold Wijaya")]) == "Reynold Wijaya"
    doc = "Cashlez berdiri tahun 2015. “Kami fokus,” terang CEO dan Co-Founder Cashlez Teddy Setiawan."
    mentions = [person_at(doc, "Cashlez"), person_at(doc, "Teddy Setiawan")]
    assert final_speaker(doc, "Cashlez Teddy Setiawan", mentions) == "Teddy Setiawan"


def test_given_name_before_an_initial_stays() -> None:
    doc = "Menteri Kesehatan Nila F Moeloek berkata ikan nila itu sehat."
    assert final_speaker(doc, "Nila F Moeloek", [person_at(doc, "Nila F Moeloek")]) == "Nila F Moeloek"


def test_unnamed_source_keeps_its_relative_clause() -> None:
    a = warta.analyze("“Mereka punya pelatih dialog,” kata seorang sumber yang dekat dengan rumah produksi "
                      "Disney kepada ScreenGreek. “Syuting ulang hampir 80 persen,” kata seorang sumber.")
    assert [q.speaker for q in a.quotes] == ["seorang sumber yang dekat dengan rumah produksi Disney",
                                             "seorang sumber"]


def test_nickname_after_dashes_points_to_the_full_name() -> None:
    a = warta.analyze("Evelyn Nada Anjani kembali ke Indonesia pada Selasa malam. Meski tak ada niat, namun "
                      "Eve --panggilan akrab Evelyn - - harus memenuhi kontrak kerja.\n\n"
                      "“Awalnya enggak ada niat,” ujar Eve.")
    assert [q.speaker for q in a.quotes] == ["Evelyn Nada Anjani"]


def test_story_and_welcome_cues_after_a_quote() -> None:
    a = warta.analyze("“Kami percaya inovasi bisa datang dari masing-masing individu,” cerita Irzan Aditya.\n\n"
                      "“Kami sangat bangga dapat terpilih,” sambut CEO Tomy Yunus.")
    assert [(q.speaker, q.cue) for q in a.quotes] == [("Irzan Aditya", "cerita"), ("Tomy Yunus", "sambut")]


def test_capitalised_cue_after_a_closed_sentence() -> None:
    a = warta.analyze("“Kami mendengarkan suara dari komunitas. Page akan dapat membuat Stories.” Kata Amy Sun "
                      "selaku Product Manager Facebook kepada Techcrunch.")
    assert [q.speaker for q in a.quotes] == ["Amy Sun"]
    a = warta.analyze("“Kami mendengarkan suara dari komunitas.” Kata kunci pencarian itu populer.")
    assert [q.speaker for q in a.quotes] == [None]  # a noun, not the cue


def test_company_named_by_an_office_is_an_organisation() -> None:
    # "Jakmall tumbuh pesat. CMO Jakmall Tommy Lim mengungkapkannya. Jakarta ramai."
    mentions = [Mention(0, 7, "LOC", 0.5, "Jakmall", canonical="Jakmall"),
                Mention(26, 33, "LOC", 0.5, "Jakmall", canonical="Jakmall"),
                Mention(34, 43, "PERSON", 0.9, "Tommy Lim", role="CMO Jakmall", canonical="Tommy Lim"),
                Mention(63, 70, "LOC", 0.9, "Jakarta", canonical="Jakarta")]
    companies_of_offices(mentions)
    assert [m.label for m in mentions] == ["ORG", "ORG", "PERSON", "LOC"]


def test_two_word_name_before_its_description_speaks() -> None:
    a = warta.analyze("Film ini tayang besok. Ichwan Persada, produser sekaligus penulis cerita mengaku semangat "
                      "mengerjakan film ini karena mengangkat budaya lokal.")
    assert [(q.kind, q.speaker) for q in a.quotes] == [("indirect", "Ichwan Persada")]
    a = warta.analyze("Dikabarkan The Sun, dokumenter itu juga mengungkapkan Meghan memiliki leluhur Inggris.")
    assert all(not (q.speaker or "").startswith("Dikabarkan") for q in a.quotes)


def test_affiliation_after_a_speaker() -> None:
    a = warta.analyze("Ade Wahyudin dari LBH Pers mengatakan bahwa Acho sudah mengupayakan jalur mediasi.")
    assert [q.speaker for q in a.quotes] == ["Ade Wahyudin"]  # the affiliation is no part of the name
    a = warta.analyze("Perihal kabar ini, perwakilan dari Kensington Place mengatakan mereka tak ingin "
                      "mengomentari hal-hal yang bersifat pribadi.")
    assert [q.speaker for q in a.quotes] == ["perwakilan dari Kensington Place"]


def test_name_the_article_shortens_to_an_inner_word_drops_the_office_end() -> None:
    doc = ("“Kami sedang menguji alat itu,” ujar Co-Founder Tanibox Rahmat Hidayat Saputra. "
           "Menurut Rahmat, alat itu siap dijual tahun depan.")
    mentions = [person_at(doc, "Tanibox Rahmat Hidayat Saputra"), person_at(doc, "Rahmat")]
    assert final_speaker(doc, "Tanibox Rahmat Hidayat Saputra", mentions) == "Rahmat Hidayat Saputra"


def test_given_name_before_the_inner_word_stays() -> None:
    doc = ("“Kami sedang menguji alat itu,” ujar pendiri Tanibox Muhammad Rahmat Saputra. "
           "Menurut Rahmat, alat itu siap dijual tahun depan.")
    mentions = [person_at(doc, "Muhammad Rahmat Saputra"), person_at(doc, "Rahmat")]
    assert final_speaker(doc, "Muhammad Rahmat Saputra", mentions) == "Muhammad Rahmat Saputra"


def test_unnamed_source_keeps_where_it_sits() -> None:
    text = '"Proyek itu ditunda," kata seorang sumber dalam rumah produksi Starvision, seperti diberitakan Kapanlagi.'
    assert [q.speaker for q in warta.analyze(text).quotes] == ["seorang sumber dalam rumah produksi Starvision"]


def test_unnamed_source_opening_a_sentence_and_pointed_back_to() -> None:
    text = ("Kabar itu ramai dibicarakan. Sumber yang dekat dengan keduanya mengklaim bahwa mereka sudah "
            "berpacaran. \"Mereka sering bertemu,\" kata sumber itu.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Sumber yang dekat dengan keduanya"] * 2


def test_name_called_by_its_last_word_opens_at_its_first_given_name() -> None:
    doc = ("“Kami ingin juara,” kata Direktur Olahraga Ducati Paolo Ciabatti. Menurut Ciabatti, "
           "timnya siap bersaing musim depan.")
    ducati = Entity("Ducati", "ORG", doc.index("Ducati"), doc.index("Ducati") + 6, "Ducati")
    mentions = [person_at(doc, "Ducati Paolo Ciabatti"), person_at(doc, "Ciabatti", 1)]
    assert final_speaker(doc, "Ducati Paolo Ciabatti", [*mentions, ducati]) == "Paolo Ciabatti"
    # without a body of that name in the article the words stay ("Presiden Susilo Bambang Yudhoyono")
    assert final_speaker(doc, "Ducati Paolo Ciabatti", mentions) == "Ducati Paolo Ciabatti"


def test_a_president_called_by_his_last_name_keeps_his_whole_name() -> None:
    doc = "“Kami siap,” kata Presiden Susilo Bambang Yudhoyono. Menurut Yudhoyono, semua aman."
    mentions = [person_at(doc, "Susilo Bambang Yudhoyono"), person_at(doc, "Yudhoyono", 1)]
    assert final_speaker(doc, "Susilo Bambang Yudhoyono", mentions) == "Susilo Bambang Yudhoyono"


def test_a_company_the_article_also_writes_alone_leaves_the_name() -> None:
    doc = ("“Kami ingin juara,” kata Direktur Olahraga Ducati Paolo Ciabatti. Tim Ducati memburu gelar. "
           "Menurut Ciabatti, timnya siap.")
    mentions = [person_at(doc, "Ducati Paolo Ciabatti"), person_at(doc, "Ciabatti", 1)]
    assert final_speaker(doc, "Ducati Paolo Ciabatti", mentions) == "Paolo Ciabatti"
