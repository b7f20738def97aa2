"""Rebuild the text of an IndoSum article from its tokens (how the files in this folder were made).

Usage: ``python tests/data/dates_indosum/rebuild.py /work/shared/data/indosum/dev.01.jsonl ID``
prints the rebuilt text. Conventions (as for tests/data/quotes_indosum): tokens joined by spaces;
no space before ``, . ! ? ; : ) ] %`` or a closing quotation mark; no space after ``( [`` or an
opening quotation mark (opening vs closing by alternation within a paragraph); ``-`` and ``/``
between two word or number tokens joined without spaces; paragraphs separated by a blank line.
"""

from __future__ import annotations

import json
import sys

_NO_SPACE_BEFORE = {",", ".", "!", "?", ";", ":", ")", "]", "%"}
_NO_SPACE_AFTER = {"(", "["}


def rebuild(paragraphs: list[list[list[str]]]) -> str:
    """The article text from IndoSum's paragraphs -> sentences -> tokens."""
    out = []
    for para in paragraphs:
        toks = [t for sent in para for t in sent if t.strip()]
        text = ""
        quote_open = False
        glue_next = False
        for i, tok in enumerate(toks):
            if tok == '"':
                quote_open = not quote_open
                if quote_open:
                    text += ("" if not text or glue_next else " ") + tok
                    glue_next = True
                else:
                    text += tok
                    glue_next = False
                continue
            joiner = tok in {"-", "/"} and 0 < i < len(toks) - 1 and toks[i - 1][-1:].isalnum() \
                and toks[i + 1][:1].isalnum()
            if joiner:
                text += tok
                glue_next = True
                continue
            if not text or glue_next or tok in _NO_SPACE_BEFORE:
                text += tok
            else:
                text += " " + tok
            glue_next = tok in _NO_SPACE_AFTER
        out.append(text)
    return "\n\n".join(out)


def main() -> int:
    """Print the rebuilt text of one article."""
    path, art_id = sys.argv[1], sys.argv[2]
    for line in open(path, encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"] == art_id:
            print(rebuild(rec["paragraphs"]))
            return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
