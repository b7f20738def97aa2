"""Hand-written article records and store fixtures for the knowledge-base tests.

``kb`` fixtures run on SQLite and, when ``WARTA_TEST_PG_URL`` names a PostgreSQL server, on
PostgreSQL too (each test in its own schema, dropped afterwards).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

PG_URL = os.environ.get("WARTA_TEST_PG_URL")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(
            not PG_URL, reason="WARTA_TEST_PG_URL not set: PostgreSQL variant of the store tests skipped"
        ),
    ),
]


def record(
    id: str,
    text: str,
    *,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    entities: list[tuple] = (),
    quotes: list[tuple] = (),
) -> dict[str, Any]:
    """An extracted (schema v1) record; offsets are found in ``text``.

    ``entities``: ``(surface, label, canonical, role)``, every occurrence of ``surface`` is a mention.
    ``quotes``: ``(quote, kind, speaker, speaker_label, speaker_role)``.
    """
    ents = []
    for surface, label, canonical, role in entities:
        start = text.find(surface)
        assert start >= 0, surface
        while start >= 0:
            ents.append(
                {
                    "text": surface,
                    "label": label,
                    "start": start,
                    "end": start + len(surface),
                    "canonical": canonical,
                    "role": role,
                    "confidence": 0.9,
                }
            )
            start = text.find(surface, start + len(surface))
    qs = []
    for quote, kind, speaker, label, role in quotes:
        start = text.find(quote)
        assert start >= 0, quote
        qs.append(
            {
                "kind": kind,
                "text": quote,
                "start": start,
                "end": start + len(quote),
                "speaker": speaker,
                "speaker_label": label,
                "speaker_role": role,
                "cue": "kata",
                "confidence": 0.8,
            }
        )
    rec = {
        "id": id,
        "title": None,
        "url": url,
        "published": published,
        "published_source": "input",
        "text": text,
        "removed": [],
        "sentences": [[0, len(text)]],
        "entities": ents,
        "quotes": qs,
        "dates": [],
        "summary": [],
        "keyphrases": [],
        "warnings": [],
    }
    if outlet:
        rec["outlet"] = outlet
    return rec


NATO_1 = record(
    "nato-1",
    "Sekretaris Jenderal NATO Jens Stoltenberg berbicara di Brussel. "
    '"Semua anggota telah setuju Ukraina akan bergabung," kata Stoltenberg. '
    "Menurut Stoltenberg, keanggotaan Ukraina hanya soal waktu.",
    url="https://www.cnnindonesia.com/internasional/nato-1?utm_source=x",
    published="2023-07-05",
    entities=[
        ("Jens Stoltenberg", "PERSON", "Jens Stoltenberg", "Sekretaris Jenderal NATO"),
        ("NATO", "ORG", "NATO", None),
        ("Brussel", "LOC", "Brussel", None),
    ],
    quotes=[
        (
            "Semua anggota telah setuju Ukraina akan bergabung,",
            "direct",
            "Jens Stoltenberg",
            "PERSON",
            "Sekretaris Jenderal NATO",
        ),
        (
            "keanggotaan Ukraina hanya soal waktu",
            "indirect",
            "Jens Stoltenberg",
            "PERSON",
            "Sekretaris Jenderal NATO",
        ),
    ],
)

NATO_2 = record(
    "nato-2",
    "Sekjen NATO Stoltenberg kembali menegaskan dukungan. "
    '"Kami akan terus membantu Ukraina," ujar Stoltenberg di Vilnius.',
    url="https://news.detik.com/internasional/d-2",
    published="2023-08-10",
    entities=[
        ("Stoltenberg", "PERSON", "Stoltenberg", "Sekjen NATO"),
        ("NATO", "ORG", "NATO", None),
        ("Vilnius", "LOC", "Vilnius", None),
    ],
    quotes=[("Kami akan terus membantu Ukraina,", "direct", "Stoltenberg", "PERSON", "Sekjen NATO")],
)

BUDI_POLICE = record(
    "budi-polisi",
    "Kapolres Bogor Budi Santoso mengatakan pelaku sudah ditangkap. "
    '"Kami masih memburu dua pelaku lain," kata Budi.',
    url="https://megapolitan.kompas.com/read/budi-polisi",
    published="2024-01-15",
    entities=[("Budi Santoso", "PERSON", "Budi Santoso", "Kapolres Bogor")],
    quotes=[("Kami masih memburu dua pelaku lain,", "direct", "Budi Santoso", "PERSON", "Kapolres Bogor")],
)

BUDI_TRADER = record(
    "budi-pedagang",
    "Ketua Koperasi Pasar Kramat Jati Budi Santoso mengeluhkan kenaikan harga cabai. "
    '"Harga cabai naik dua kali lipat," kata Budi. Komisi Pemberantasan Korupsi tidak terlibat.',
    url="https://www.antaranews.com/berita/budi-pedagang",
    published="2024-02-01",
    entities=[
        ("Budi Santoso", "PERSON", "Budi Santoso", "Ketua Koperasi Pasar Kramat Jati"),
        ("Komisi Pemberantasan Korupsi", "ORG", "Komisi Pemberantasan Korupsi", None),
    ],
    quotes=[
        (
            "Harga cabai naik dua kali lipat,",
            "direct",
            "Budi Santoso",
            "PERSON",
            "Ketua Koperasi Pasar Kramat Jati",
        )
    ],
)

SANTOSO_KPK = record(
    "santoso-kpk",
    "Santoso hadir di gedung KPK. Juru bicara KPK mengatakan hakim akan menerima kenaikan gaji. "
    '"Kenaikan gaji hakim sudah diputuskan," kata seorang pegawai.',
    published="2024-03-03",
    entities=[("Santoso", "PERSON", "Santoso", None), ("KPK", "ORG", "KPK", None)],
    quotes=[
        ("hakim akan menerima kenaikan gaji", "indirect", "KPK", "ORG", None),
        ("Kenaikan gaji hakim sudah diputuskan,", "direct", "seorang pegawai", None, None),
    ],
)

ALL = [NATO_1, NATO_2, BUDI_POLICE, BUDI_TRADER, SANTOSO_KPK]


def open_kb(backend: str, tmp_path) -> Iterator[Any]:
    """A fresh empty store on ``backend``; closed (and for PostgreSQL dropped) afterwards."""
    from warta.store import open_store

    if backend == "sqlite":
        store = open_store(str(tmp_path / "kb.db"))
        yield store
        store.close()
        return
    from sqlalchemy import create_engine, text

    schema = f"wt_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    store = open_store(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
    try:
        yield store
    finally:
        store.close()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def db_url(store) -> str:
    """The URL a CLI command needs to reach ``store``."""
    return (
        store.engine.url.render_as_string(hide_password=False)
        .replace("+psycopg", "")
        .replace("sqlite:///", "")
    )
