"""Look-ups of an article's NER entities by character offsets, for the speaker finder
(:mod:`warta.annotate.speaker_names`, :mod:`warta.annotate.speakers`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from warta.model import Entity


class EntityIndex:
    """PERSON/ORG entity mentions sorted by offset, for overlap look-ups."""

    def __init__(self, entities: Sequence[Entity]):
        self.ents = sorted((e for e in entities if e.label in ("PERSON", "ORG")), key=lambda e: e.start)
        self.starts = [e.start for e in self.ents]
        self.all = list(entities)
        self.all_starts = [e.start for e in self.all]
        self.longest = max((e.end - e.start for e in self.all), default=0)
        self._canon: dict[str, str] | None = None
        # in text order (as the pipeline gives them), a scan can stop at the first entity that
        # starts after the span
        self.sorted = all(a.start <= b.start for a, b in zip(self.all, self.all[1:], strict=False))

    def within(self, start: int, end: int) -> list[Entity]:
        """PERSON/ORG entities lying inside ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start < end:
            if self.ents[i].end <= end:
                out.append(self.ents[i])
            i += 1
        return out

    def person_canonical(self, name: str) -> str | None:
        """The fuller canonical name the entity layer gives the person written ``name``
        (``Ahok`` -> ``Basuki Tjahaja Purnama``), if any."""
        if self._canon is None:  # built on first use: most articles never ask
            self._canon = {e.text: e.canonical for e in self.all if e.label == "PERSON" and e.canonical
                           and (len(e.canonical.split()) > len(e.text.split())
                                or len(e.canonical) > len(e.text))}  # "Syarif" -> "Syarifuddin"
        return self._canon.get(name)

    def person_holding(self, start: int, end: int) -> str | None:
        """The canonical name of the person entity whose mention holds ``[start, end)`` and more
        (``Saifuddin`` inside ``Lukman Hakim Saifuddin``, a name with an office word in it)."""
        for e in self.overlapping(start, end):
            inside = e.start <= start and end <= e.end and e.end - e.start > end - start
            if e.label == "PERSON" and e.canonical and inside:
                return e.canonical
        return None

    def other_office_before(self, text: str, start: int, end: int, office: str) -> bool:
        """Whether the person entity at ``[start, end)`` was introduced with an office written
        before the name that ``office`` (a regex) does not match (``Irjen Kementerian Agama M. Jasin,
        Menag menjelaskan``: "Menag" is the subject, not Jasin's office)."""
        for e in self.overlapping(start, end):
            if e.label == "PERSON" and e.role and e.role in text[max(0, e.start - 120):e.start]:
                return not re.match(office, e.role, re.IGNORECASE)
        return False

    def person_word(self, words: Sequence[str]) -> bool:
        """Whether one of ``words`` is a word of a person the entity layer names in the article."""
        if "_person_words" not in self.__dict__:
            self.__dict__["_person_words"] = frozenset(
                w for e in self.all if e.label == "PERSON" for w in (e.canonical or e.text).split())
        return any(w in self._person_words for w in words)

    def in_other(self, pos: int, before: int, min_confidence: float) -> bool:
        """True when ``pos`` lies inside an ORG or LOC entity of at least ``min_confidence`` that
        ends before ``before``."""
        for e in self._candidates(pos):
            if self.sorted and e.start > pos:
                break
            if e.label != "PERSON" and e.start <= pos < e.end <= before and e.confidence >= min_confidence:
                return True
        return False

    def _candidates(self, pos: int) -> list[Entity]:
        """Entities that may contain ``pos``: in text order, those starting within the longest
        entity's length before it (all of them when the entities are not sorted)."""
        if not self.sorted:
            return self.all
        lo = bisect.bisect_left(self.all_starts, pos - self.longest)
        return self.all[lo:]

    def overlapping(self, start: int, end: int) -> list[Entity]:
        """Entities of any label overlapping ``[start, end)``."""
        out = []
        for e in self._candidates(start):
            if self.sorted and e.start >= end:
                break
            if e.start < end and start < e.end:
                out.append(e)
        return out

    def covering_label(self, start: int, end: int, min_confidence: float) -> str | None:
        """The label of an entity covering all of ``[start, end)`` with at least ``min_confidence``."""
        for e in self.all:
            if e.start <= start and end <= e.end and e.confidence >= min_confidence:
                return e.label
            if self.sorted and e.start > start:
                break
        return None

    def label_of(self, start: int, end: int, min_confidence: float = 0.0) -> str | None:
        """The label of an entity (PERSON/ORG/LOC) overlapping ``[start, end)`` with at least
        ``min_confidence``."""
        ent = self.entity_at(start, end, min_confidence)
        return ent.label if ent else None

    def entity_at(self, start: int, end: int, min_confidence: float = 0.0) -> Entity | None:
        """The first entity overlapping ``[start, end)`` with at least ``min_confidence``."""
        for e in self.all:
            if e.start < end and start < e.end and e.confidence >= min_confidence:
                return e
            if self.sorted and e.start >= end:
                break
        return None

    def __bool__(self) -> bool:
        return bool(self.all)
