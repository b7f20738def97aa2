"""Server-side rendering pieces: highlight markup over overlapping spans, SVG charts, the weekly
timeline, cached answers."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

pytest.importorskip("jinja2", reason="the 'serve' extra is not installed")


class _Tree(HTMLParser):
    """Checks the markup is well nested and collects the text."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text = ""
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag

    def handle_data(self, data):
        self.text += data


def test_highlight_keeps_text_and_nests_overlapping_spans():
    from warta.serve.highlight import pieces, render

    text = 'Kata Budi Santoso: "Harga <naik> & turun," ujarnya.'
    quotes = [{"kind": "direct", "start": 20, "end": 41, "speaker": 'Budi "B" Santoso', "speaker_role": None}]
    entities = [
        {"label": "PERSON", "start": 5, "end": 17, "canonical": "Budi Santoso", "text": "Budi Santoso"},
        {"label": "ORG", "start": 15, "end": 26, "canonical": "x", "text": text[15:26]},  # crosses the quote start
        {"label": "LOC", "start": 40, "end": 99, "canonical": "bad", "text": "bad"},  # offsets outside: ignored
    ]
    assert "".join(p.text for p in pieces(text, quotes, entities)) == text
    tree = _Tree()
    tree.feed(str(render(text, quotes, entities)))
    assert tree.stack == [] and tree.text == text
    marks = [a for t, a in tree.tags if t == "mark"]
    assert marks and all(a["data-q"] == "0" and a["data-speaker"] == 'Budi "B" Santoso' for a in marks)
    assert "".join(tree.text[20:41]) == "Harga <naik> & turun,"
    assert {a["class"] for t, a in tree.tags if t == "span"} == {"ent ent-PERSON", "ent ent-ORG"}


def test_charts_have_axes_labels_and_escaped_text():
    from warta.serve.charts import bar_chart, column_chart, nice_ticks

    assert nice_ticks(7) == [0, 2, 4, 6, 8] and nice_ticks(0) == [0, 1] and nice_ticks(95)[-1] >= 95
    svg = str(bar_chart([("<b>Ali</b>", 7), ("Budi", 3)], title="Top", x_label="quotes", links=["/people/ali", None]))
    assert svg.count('class="bar"') == 2 and "&lt;b&gt;Ali&lt;/b&gt;" in svg and "<b>" not in svg
    assert ">quotes</text>" in svg and '<a href="/people/ali">' in svg
    cols = str(column_chart([(f"2023-W{i:02d}", i % 3) for i in range(1, 41)], title="t", x_label="week", y_label="quotes"))
    assert cols.count('class="bar"') == 40
    assert cols.count("rotate(-35") <= 10  # period labels thinned


def test_timeline_fills_weeks_and_switches_to_months():
    from warta.serve.service import timeline

    weekly = timeline([("2023-07-05", 2), ("2023-07-06", 1), ("2023-07-20", 4), ("2023-08", 9)], 104)
    assert weekly["bucket"] == "week"
    assert [(p["period"], p["quotes"]) for p in weekly["points"]][:3] == [("2023-W27", 3), ("2023-W28", 0), ("2023-W29", 4)]
    assert sum(p["quotes"] for p in weekly["points"]) == 16
    monthly = timeline([("2012-06-12", 1), ("2026-03-10", 2)], 104)
    assert monthly["bucket"] == "month" and monthly["points"][0]["period"] == "2012-06"
    assert len(monthly["points"]) == (2026 - 2012) * 12 + 3 - 5
    assert timeline([], 104) == {"bucket": "week", "points": []}


def test_cached_answers_are_copies(tmp_path):
    pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")
    from test_serve_api import build_db
    from warta.serve.service import Service

    svc = Service(build_db(tmp_path / "kb.db"))
    try:
        first = svc.quotes(q=None, limit=5, offset=0, speaker="Stoltenberg")
        first["items"].clear()
        assert len(svc.quotes(q=None, limit=5, offset=0, speaker="Stoltenberg")["items"]) == 3
    finally:
        svc.close()
