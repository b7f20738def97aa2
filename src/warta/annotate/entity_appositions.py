"""Whose role it is in ``Kuasa hukum Setya Novanto, Fredrich Yunadi, mengatakan …``.

A role, a person's name, a comma and another person's full name that the clause goes on with
form an apposition: ``Kuasa hukum Setya Novanto`` describes ``Fredrich Yunadi`` (``Mantan manajer
Valentino Rossi, Carlo Pernat``). The role read before the first name is then the second person's,
written with the first name as its complement, and not the first person's: Setya Novanto is no
lawyer. A list (``Ketua KPK Agus Rahardjo, Basaria Panjaitan, dan Laode Syarif``), an alias
(``Stefano Cugurra, Teco``) or a second person with a role of its own is no apposition, and a role
that is itself the complement of an office or a kinship noun before it stays with its name
(``Juru bicara Presiden Joko Widodo, Johan Budi``, ``putra pertama Presiden Joko Widodo, Gibran
Rakabuming Raka``: Joko Widodo is the president).
"""

from __future__ import annotations

import re

from warta.annotate.canonical import office_before
from warta.annotate.entity_lexicons import WORD
from warta.annotate.entity_mentions import Mention
from warta.annotate.entity_roles import clean_role, role_span_before
from warta.annotate.speaker_context import kin_nouns

_COMMA = re.compile(r"[ \t]*,[ \t]*")
_GOES_ON = re.compile(r"[ \t]*,?[ \t]*([a-z][\w-]*)")  # the clause after the second name
_LIST_WORDS = frozenset({"dan", "serta", "atau", "maupun"})


def appositive_roles(text: str, mentions: list[Mention]) -> None:
    """Move the role of each apposition's first person to the second (in place)."""
    persons = [m for m in mentions if m.label == "PERSON"]
    floor = 0
    for m, n in zip(persons, persons[1:], strict=False):
        if m.role and n.role is None and _apposition(text, m, n):
            role, at = role_span_before(text, m.start, floor)
            if role == m.role and not office_before(text, at) and not _after_kin(text, at):
                n.role = clean_role(text[at:m.end])
                m.role = None
        floor = m.end


def _apposition(text: str, m: Mention, n: Mention) -> bool:
    """Whether ``n`` (two words or more, another person) follows ``m`` after a comma and the
    clause goes on after ``n`` with a lower-case word that does not close a list."""
    if not _COMMA.fullmatch(text, m.end, n.start) or (n.canonical or n.name) == (m.canonical or m.name):
        return False
    if len(WORD.findall(text, n.start, n.end)) < 2:
        return False
    goes_on = _GOES_ON.match(text, n.end)
    return goes_on is not None and goes_on.group(1) not in _LIST_WORDS


def _after_kin(text: str, at: int) -> bool:
    """Whether a kinship noun stands among the three words before ``at`` (``putra pertama``)."""
    kin = kin_nouns()
    return any(w.lower() in kin for w in WORD.findall(text, max(0, at - 40), at)[-3:])
