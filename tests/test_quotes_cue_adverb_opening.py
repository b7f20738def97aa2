"""``Lebih lanjut lagi, mantan anak asuh Johan Cruyff ini juga mengatakan bahwa …``: a cue word
followed by an adverb and a comma opens the sentence as an adverbial; the adverb is no speaker."""

from __future__ import annotations

import warta


def test_adverb_after_a_cue_word_is_no_speaker() -> None:
    text = ("Pep Guardiola sempat meradang.\n\n"
            "Lebih lanjut lagi, mantan anak asuh Johan Cruyff ini juga mengatakan bahwa hasil buruk yang "
            "dialami City tidak ada sangkut pautnya dengan Bravo.")
    quotes = warta.analyze(text).quotes
    assert "lagi" not in [q.speaker for q in quotes]
    assert all(not q.text.startswith("mantan anak asuh") for q in quotes)
