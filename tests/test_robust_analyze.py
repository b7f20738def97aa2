"""Property-based robustness of ``warta.analyze`` and the readers (Hypothesis).

Invariants on any input: no exception escapes; every offset lies inside the text and
``text[start:end]`` equals the span's text; no word is lost (the words of the input are exactly
the words of the clean text plus the words of the removed lines); the record validates against
schema v1. The short runs here are part of ``make test``; ``benchmarks/fuzz_long.py`` runs the
same properties for 10,000+ cases.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warta
from warta.invariants import violations

PIECES = [
    '"', "“", "”", "„", "«", "»", "‘", "’", "''", "\n", "\n\n", " ", ". ", ", kata dia. ",
    "ujarnya", "Menurut ", "Selasa (4/7)", "akhir Juni lalu", "ADVERTISEMENT", "Baca juga: ",
    "Presiden Joko Widodo", "Jens Stoltenberg", "(red)", "Rp1.451", "pukul 09.30 WIB", "\t", "\r\n",
    "\u00a0", "\u200b", "Kompas.com - 05/03/2021, 16:09 WIB", "SCROLL TO CONTINUE WITH CONTENT",
]  # fmt: skip

# Short runs in `make test`; benchmarks/fuzz_long.py sets WARTA_FUZZ_EXAMPLES for the long run.
EXAMPLES = int(os.environ.get("WARTA_FUZZ_EXAMPLES", "60"))

news_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=400), news_like)


def _validator():
    from importlib import resources

    import jsonschema

    schema = json.loads(resources.files("warta").joinpath("schema/article.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


VALIDATOR = _validator()


def check_record(raw: str, art: warta.Article, validator=VALIDATOR) -> None:
    rec = art.to_dict()
    errors = list(validator.iter_errors(json.loads(json.dumps(rec))))
    assert not errors, errors[0].message
    problems = violations(raw, rec)
    assert not problems, problems


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_robust_analyze_any_text(raw):
    if not raw.strip():
        return
    check_record(raw, warta.analyze(raw))


@settings(max_examples=max(EXAMPLES // 2, 1), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.sampled_from([None, "2023-07-05", "2020-02-29"]))
def test_robust_analyze_with_published(raw, published):
    if not raw.strip():
        return
    art = warta.analyze(raw, published=published)
    if published:
        assert art.published == published and art.published_source == "input"
    check_record(raw, art)


def test_robust_many_quote_marks_and_unbalanced():
    for raw in ['"' * 20000, "“" * 5000 + "kata dia", 'Ia berkata "tidak. ' * 500, "”A,” ujarnya. " * 300]:
        check_record(raw, warta.analyze(raw))


def test_robust_lone_surrogates_and_controls():
    raw = "Ia datang\x00\x07 ke \ud800 Jakarta.\x1b[31m Lalu pulang."
    art = warta.analyze(raw)
    check_record(raw, art)
    json.dumps(art.to_dict(), ensure_ascii=False).encode("utf-8")  # writable as UTF-8
    assert any("surrogate" in w for w in art.warnings)


def test_robust_oversized_article_is_rejected_clearly():
    from warta import config
    from warta.pipeline import InputTooLarge

    limit = int(config.get("input", "max_chars"))
    try:
        warta.analyze("a " * (limit // 2 + 1))
    except InputTooLarge as exc:
        assert f"{limit:,}" in str(exc)
    else:
        raise AssertionError("an article over the limit was accepted")


def test_robust_large_adversarial_article_completes():
    raw = ("Kata dia, “" + "a" * 300 + " ") * 200 + ("\n" + "(" * 500 + "Baca juga: x") * 50
    check_record(raw, warta.analyze(raw))
