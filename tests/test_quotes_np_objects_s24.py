"""Noun-phrase objects of speech verbs are not reported speech (session 24), on sentences written
for these tests."""

from warta.pipeline import analyze


def _indirect(text):
    a = analyze(text)
    return [a.text[q.start:q.end] for q in a.quotes if q.kind == "indirect"]


def test_goal_and_ambition_after_the_verb_are_an_object() -> None:
    text = "Kiper Persib, Teja Paku Alam, mengungkapkan target dan ambisinya menjelang musim kompetisi baru."
    assert _indirect(text) == []


def test_story_of_the_team_after_the_verb_is_an_object() -> None:
    text = "Bek Arema, Hamka Hamzah, mengutarakan perjuangan timnya ketika menahan imbang Persija 2-2."
    assert _indirect(text) == []


def test_clause_after_the_verb_is_still_a_quote() -> None:
    text = "Kiper Persib, Teja Paku Alam, mengatakan timnya siap menghadapi musim kompetisi baru."
    assert _indirect(text) == ["timnya siap menghadapi musim kompetisi baru"]
