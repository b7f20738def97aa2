"""Song and film titles in single quotation marks are no speakers (session 25): a title with an
apostrophe inside (``'What I've Done'``) or one that holds more than a name (``'Good Goodbye (feat.
Stormzy)'``); a sentence pair written for this test."""

from warta.pipeline import analyze


def test_quoted_song_titles_are_no_antecedents_of_a_floating_quote() -> None:
    text = ("Grup musik Senja Biru merilis album baru. Dalam pernyataannya, grup itu menyebut lagu-lagu yang "
            "dibawakan. Lagu-lagu tersebut adalah 'Numb', 'Crawling', 'What I've Done', 'In the End', dan "
            "'Good Goodbye (feat. Stormzy)'.\n\n\"Kami senang sekali bisa tampil di sini dan bertemu penggemar.\"")
    speakers = [q.speaker for q in analyze(text).quotes if q.kind == "direct"]
    assert speakers and not any(s and ("Done" in s or "Goodbye" in s or "End" in s) for s in speakers), speakers
