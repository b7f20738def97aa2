"""Load benchmark of the web service (not a test): ``/api/quotes`` latency at a fixed request rate.

Builds a knowledge base from the devset (``warta ingest`` of /work/shared/devset/articles, raw
records analysed) unless ``--db`` names one, starts ``warta serve`` on a free loopback port in a
subprocess, then sends requests on a fixed schedule (open loop: ``--rate`` per second for
``--seconds``, bounded count) from a few keep-alive client threads, and prints latency
percentiles. Goal: p95 <= 50 ms at 100 requests/s.

    .venv/bin/python benchmarks/serve_load.py [--db PATH] [--rate 100] [--seconds 20]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = Path(os.environ.get("WARTA_DEVSET", ROOT.parent / "shared" / "devset" / "articles"))
BASE_QUERIES = [
    "/api/quotes?speaker=Stoltenberg",
    "/api/quotes",
    "/api/quotes?limit=20&offset=20",
    "/api/quotes?kind=direct&limit=10",
    "/api/quotes?q=harga",
    "/api/quotes?q=anggota%20NATO",
    "/api/quotes?org=NATO",
    "/api/quotes?since=2023-01&until=2025-12-31",
    "/api/quotes?speaker=Zelensky&kind=indirect",
]


def query_mix(host: str, port: int) -> list[str]:
    """The base queries plus, for each of the 40 most quoted people and each outlet, a speaker
    (or outlet) query, and a few pages: a varied mix, as from many readers."""
    conn = http.client.HTTPConnection(host, port)
    conn.request("GET", "/api/people?top=40")
    people = json.loads(conn.getresponse().read())
    conn.request("GET", "/api/stats")
    outlets = [o["outlet"] for o in json.loads(conn.getresponse().read())["outlets"]]
    out = list(BASE_QUERIES)
    out += [f"/api/quotes?speaker={urllib.parse.quote(p['name'])}" for p in people]
    out += [f"/api/quotes?outlet={urllib.parse.quote(o)}&kind=direct" for o in outlets]
    out += [f"/api/quotes?limit=10&offset={k}" for k in range(0, 100, 10)]
    return out


def build_db(path: Path) -> None:
    """Ingest the devset into a new SQLite knowledge base."""
    warta = str(Path(sys.executable).with_name("warta"))
    subprocess.run([warta, "ingest", str(DEVSET), "--db", str(path)], check=True)


def wait_up(host: str, port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Poll until the server answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("warta serve exited: " + (proc.stderr.read() if proc.stderr else ""))
        try:
            conn = http.client.HTTPConnection(host, port, timeout=2)
            conn.request("GET", "/api/stats")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("warta serve did not come up")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time used so far by process ``pid`` (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_load(host: str, port: int, queries: list[str], rate: float, seconds: float, workers: int) -> dict:
    """Send ``rate * seconds`` requests on a fixed schedule; latency measured per request."""
    total = int(rate * seconds)
    start = time.monotonic() + 0.2
    latencies: list[float] = []
    lag: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(total))

    def worker() -> None:
        conn = http.client.HTTPConnection(host, port, timeout=10)
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            due = start + i / rate
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            path = queries[(i * 7919) % len(queries)]  # a fixed shuffle of the mix
            t0 = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                body = resp.read()
                ok = resp.status == 200 and body.startswith(b"{")
            except OSError as exc:
                ok, body = False, str(exc).encode()
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=10)
            dt = time.perf_counter() - t0
            with lock:
                latencies.append(dt)
                lag.append(max(0.0, time.monotonic() - dt - due))
                if not ok:
                    errors.append(f"{path}: {body[:80]!r}")
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0
    ms = sorted(x * 1000 for x in latencies)

    def pct(p: float) -> float:
        return ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))]

    return {
        "requests": len(ms),
        "errors": len(errors),
        "first_errors": errors[:3],
        "target_rate": rate,
        "achieved_rate": round(len(ms) / wall, 1),
        "p50_ms": round(pct(50), 2),
        "p95_ms": round(pct(95), 2),
        "p99_ms": round(pct(99), 2),
        "max_ms": round(ms[-1], 2),
        "mean_ms": round(statistics.fmean(ms), 2),
        "max_send_lag_ms": round(max(lag) * 1000, 2),
    }


def main() -> int:
    """Parse arguments, build/serve the database, run the load, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="existing knowledge base (default: ingest the devset into a temp file)")
    ap.add_argument("--rate", type=float, default=100.0, help="requests per second (default 100)")
    ap.add_argument("--seconds", type=float, default=20.0, help="duration (default 20; at most 120)")
    ap.add_argument("--workers", type=int, default=8, help="client threads (default 8)")
    ap.add_argument(
        "--cache-seconds", type=float, default=None, help="override [serve] cache_seconds (0: no cache)"
    )
    args = ap.parse_args()
    seconds = min(args.seconds, 120.0)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "devset.db"
        if not args.db:
            build_db(db)
        from warta.serve.runner import free_port

        host, port = "127.0.0.1", free_port()
        warta = str(Path(sys.executable).with_name("warta"))
        env = dict(os.environ)
        if args.cache_seconds is not None:
            user = Path(tmp) / "settings.toml"
            user.write_text(f"[serve]\ncache_seconds = {args.cache_seconds}\n")
            env["WARTA_SETTINGS"] = str(user)
        proc = subprocess.Popen(
            [warta, "serve", "--db", str(db), "--host", host, "--port", str(port)],
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            wait_up(host, port, proc)
            conn = http.client.HTTPConnection(host, port)
            conn.request("GET", "/api/quotes?speaker=" + urllib.parse.quote("Stoltenberg"))
            n = len(json.loads(conn.getresponse().read())["items"])
            queries = query_mix(host, port)
            run_load(host, port, queries, 20.0, 1.0, 2)  # warm-up
            cpu0 = cpu_seconds(proc.pid)
            stats = run_load(host, port, queries, args.rate, seconds, args.workers)
            stats["server_cpu_ms_per_request"] = round(
                (cpu_seconds(proc.pid) - cpu0) * 1000 / max(1, stats["requests"]), 2
            )
        finally:
            proc.terminate()
            proc.wait(10)
    stats["stoltenberg_quotes"] = n
    stats["distinct_queries"] = len(queries)
    stats["cache_seconds"] = args.cache_seconds if args.cache_seconds is not None else "default"
    stats["load_average"] = os.getloadavg()[0]
    print(json.dumps(stats, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
