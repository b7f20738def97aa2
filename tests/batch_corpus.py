"""A small synthetic Indonesian news corpus for the batch tests (JSON Lines, with two bad lines)."""

from __future__ import annotations

import json
from pathlib import Path

PEOPLE = ["Budi Santoso", "Siti Rahmawati", "Agus Wijaya", "Dewi Lestari", "Joko Susilo", "Rina Marlina"]
ROLES = ["Gubernur", "Menteri Perhubungan", "Kepala Dinas Kesehatan", "Ketua DPRD", "Wali Kota"]
PLACES = ["Bandung", "Surabaya", "Makassar", "Medan", "Semarang", "Denpasar", "Palembang"]
TOPICS = ["jalan tol", "rumah sakit", "pasar tradisional", "jembatan", "sekolah dasar", "bandara"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"]


def article(i: int) -> dict:
    """Article ``i``: a dateline lead, a direct quote, an indirect quote and a date."""
    who, role = PEOPLE[i % len(PEOPLE)], ROLES[i % len(ROLES)]
    place, topic = PLACES[i % len(PLACES)], TOPICS[i % len(TOPICS)]
    day, month = 1 + i % 27, MONTHS[i % len(MONTHS)]
    paras = [
        f"{place} - {role} {who} meresmikan {topic} baru di {place} pada {day} {month} 2023. "
        f"Pembangunan {topic} itu menelan biaya Rp{10 + i} miliar.",
        f'"Kami berharap {topic} ini bermanfaat bagi {1000 + 37 * i} warga," kata {who} di {place}, Senin.',
        f"{who.split()[0]} mengatakan pemerintah akan membangun {topic} serupa di kota lain tahun depan.",
        f"Warga {place} menyambut baik peresmian tersebut dan berharap layanan membaik.",
    ]
    return {
        "id": f"art-{i:03d}",
        "title": f"{role} {who} Resmikan {topic.title()} di {place}",
        "published": f"2023-{1 + i % 8:02d}-{day:02d}",
        "text": "\n\n".join(paras),
    }


def write_corpus(path: Path, n: int, bad_at: tuple[int, ...] = (3, 11)) -> int:
    """Write ``n`` articles, with a malformed line and an empty text at ``bad_at``; returns lines."""
    lines = []
    for i in range(n):
        if i == bad_at[0]:
            lines.append("{not json")
        if len(bad_at) > 1 and i == bad_at[1]:
            lines.append(json.dumps({"id": "kosong", "text": "  "}))
        lines.append(json.dumps(article(i), ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def read_jsonl(path: Path) -> list[dict]:
    """Records of one JSONL file."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def read_shards(directory: Path) -> list[dict]:
    """Records of a sharded output directory, in shard order (as its manifest lists them)."""
    from warta.batch.formats import decode

    manifest = json.loads((directory / "manifest.json").read_text("utf-8"))
    assert manifest["complete"]
    out: list[dict] = []
    for k in sorted(manifest["shards"], key=int):
        shard = manifest["shards"][k]
        out += decode((directory / shard["file"]).read_bytes(), manifest["format"])
    return out
