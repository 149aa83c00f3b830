"""Load test of `claimkit serve` on the loopback: p50/p95 latency of `check` on a ~1,000-word draft
against the seeds, with a warm server (model loaded, sources stored, a few checks done first).

Bounded: REQUESTS requests, CONCURRENCY at a time, each with a timeout, to 127.0.0.1 only; the
server is a child process on a free port with a throwaway SQLite ledger, stopped at the end.
Each request's draft differs by one figure, so no request is answered from the server's memo of
a draft's claims (a CMS re-checking an unchanged draft is also measured, as `same draft`).

    .venv/bin/python benchmarks/bench_serve.py [--workers 2] [--requests 200] [--concurrency 8]

Prints a table and writes it to benchmarks/serve-latest.txt. The goal (p95 under 300 ms on a
2-core machine) is reported against, not asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DRAFT_WORDS = 1000
GOAL_P95_MS = 300
REQUEST_TIMEOUT = 120.0
RUN_LIMIT_S = 900  # the whole load run stops here, whatever is left


def draft_text(words: int = DRAFT_WORDS) -> str:
    """A draft of about `words` words rewritten from the seeds (001, then 002), paragraphs kept."""
    out, count = [], 0
    for name in ("001_b0bfe5803ea1ab71.txt", "002_a38dfe09f7a90cd8.txt"):
        for line in (SEEDS / name).read_text(encoding="utf-8").splitlines():
            n = len(line.split())
            if count + n > words:
                return "\n".join(out)
            out.append(line)
            count += n
    return "\n".join(out)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(ledger: str, token: str, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "claimkit", "serve", "--port", str(port), "--ledger", ledger, "--workers", str(workers)],
        env={**os.environ, "CLAIMKIT_TOKEN": token}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"claimkit serve exited {process.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    process.kill()
    raise SystemExit("claimkit serve did not start within 180 s")


def load(client: httpx.Client, drafts: list[str], concurrency: int) -> tuple[list[float], float, int]:
    """(latencies in ms, wall seconds, failed requests) for one check per draft."""
    stop_at = time.monotonic() + RUN_LIMIT_S

    def one(text: str) -> float | None:
        if time.monotonic() > stop_at:
            return None
        t0 = time.perf_counter()
        answer = client.post("/v1/stories/bench/check", json={"text": text, "published": "2025-04-22"})
        elapsed = (time.perf_counter() - t0) * 1000
        return elapsed if answer.status_code == 200 and answer.json()["verdict"] in ("pass", "fail") else None

    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(one, drafts))
    wall = time.perf_counter() - t0
    done = [r for r in results if r is not None]
    return done, wall, len(results) - len(done)


def line(name: str, latencies: list[float], wall: float, failed: int) -> str:
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return (f"{name:<22} {len(latencies):>4} {failed:>6} {q[49]:>8.0f} {q[94]:>8.0f} {max(latencies):>8.0f} "
            f"{len(latencies) / wall:>7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="claimkit serve --workers (default: one per core of 2)")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "serve-latest.txt")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]  # other work on the machine shows in every figure: said with them
    token = secrets.token_urlsafe(16)
    base = draft_text()
    assert "$550,000" in base, "the draft's varied figure"
    with tempfile.TemporaryDirectory() as tmp:
        process, url = start_server(str(Path(tmp) / "ledger.sqlite3"), token, args.workers)
        try:
            with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=REQUEST_TIMEOUT,
                              limits=httpx.Limits(max_connections=args.concurrency)) as client:
                sources = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.iterdir())]
                client.post("/v1/stories/bench/sources", json={"documents": sources}).raise_for_status()
                # warm: every worker has loaded the story and run a check
                load(client, [base.replace("$550,000", f"${500_000 + i:,}") for i in range(4 * args.workers)],
                     args.workers)
                distinct = [base.replace("$550,000", f"${600_000 + i:,}", 1) for i in range(args.requests)]
                rows = [("distinct drafts", *load(client, distinct, args.concurrency)),
                        ("same draft (memo)", *load(client, [base] * args.requests, args.concurrency)),
                        ("distinct, 1 at a time", *load(client, distinct[:20], 1))]
        finally:
            process.terminate()
            process.wait(timeout=30)
    head = (f"claimkit serve check: {len(base.split())}-word draft vs the 5 seeds, SQLite ledger, "
            f"--workers {args.workers}, {args.concurrency} concurrent (1 for the last row); "
            f"{os.cpu_count()} cores, Python {platform.python_version()}; load average {load_before:.1f} before, "
            f"{os.getloadavg()[0]:.1f} after; "
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    table = [head, f"{'':<22} {'n':>4} {'failed':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'req/s':>7}"]
    table += [line(name, lat, wall, failed) for name, lat, wall, failed in rows if lat]
    p95 = statistics.quantiles(rows[0][1], n=100, method="inclusive")[94]
    table.append(f"goal: p95 < {GOAL_P95_MS} ms for distinct drafts at {args.concurrency} concurrent: "
                 f"{'met' if p95 < GOAL_P95_MS else 'not met'} ({p95:.0f} ms)")
    text = "\n".join(table) + "\n"
    print(text, end="")
    args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
