"""`make bench`: extraction speed against a bare spaCy pipeline, reconciliation growth,
cold-process wall times and peak memory; prints one table and writes benchmarks/latest.txt.

    .venv/bin/python benchmarks/bench.py [--words 200000] [--news-words 60000] [--docs 1000,10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
BIN = Path(sys.executable).parent
CLAIMKIT = str(BIN / "claimkit")

from bench_extract import corpus  # noqa: E402
from news_corpus import news, small_docs  # noqa: E402


def machine() -> list[str]:
    from importlib.metadata import version

    import spacy

    from claimkit import __version__
    from claimkit.settings import Settings

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    ram = next((int(line.split()[1]) / 2**20 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0.0)
    model = Settings().model
    return [
        f"date      {dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()}",
        f"machine   nproc={os.cpu_count()}  cpu={cpu}  ram={ram:.1f} GiB  load average at start={os.getloadavg()[0]:.2f}",
        f"versions  Python {platform.python_version()}  spaCy {spacy.__version__}  {model} {version(model)}  claimkit {__version__}",
    ]


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def extraction(name: str, texts: list[str]) -> list[tuple[str, str, str, str]]:
    """Bare nlp.pipe, then claimkit's extract stage (the default jobs, one per core, and one process),
    over the same texts in this process."""
    import spacy

    from claimkit.api import extract_sources, workers
    from claimkit.ingest import load_text
    from claimkit.settings import Settings

    words = sum(len(t.split()) for t in texts)
    settings = Settings()
    bare = spacy.load(settings.model)
    list(bare.pipe(texts[:2]))
    w0, c0 = _clock()
    for _ in bare.pipe(texts, batch_size=64):
        pass
    bare_wall, bare_cpu = time.perf_counter() - w0, time.process_time() - c0
    del bare

    list(extract_sources([load_text(t, f"warm{i}") for i, t in enumerate(texts[:3])], settings))  # lazy tables
    w0, c0 = _clock()
    sources = [load_text(t, f"{i}.txt") for i, t in enumerate(texts)]
    ingest_wall = time.perf_counter() - w0
    rows = [(f"{name}: bare en_core_web_sm nlp.pipe", f"{words / bare_wall:,.0f} words/s",
             f"{words:,} words, {bare_wall:.1f} s wall, {bare_cpu:.1f} s cpu", "")]
    for jobs in (0, 1):
        w0, c0 = _clock()
        claims = sum(len(c) for _, c in extract_sources(sources, settings.model_copy(update={"jobs": jobs})))
        wall = time.perf_counter() - w0 + ingest_wall
        cpu = time.process_time() - c0
        ratio = bare_wall / wall
        detail = f"{ratio:.2f}x bare; {wall:.1f} s wall (ingest {ingest_wall:.1f} s), {claims:,} claims"
        target = 2.0 if jobs == 0 else 1.3
        if jobs == 1:
            detail += f"; cpu ratio {bare_cpu / (cpu + ingest_wall):.2f}x"
        label = f"--jobs 0 (default: {workers(settings)} on this machine)" if jobs == 0 else f"--jobs {jobs}"
        rows.append((f"{name}: claimkit extract {label}", f"{words / wall:,.0f} words/s", detail,
                     _status(ratio, target, higher=True, unit="x")))
    share = parsed_share(texts, settings.model)
    rows.append((f"{name}: tokens the second pass parses", f"{share:.1%}",
                 "the whole pipeline; the rest get the entity recognizer only", ""))
    return rows


def parsed_share(texts: list[str], model: str) -> float:
    """The share of tokens the two-pass parse sends through the whole pipeline (passes._plan)."""
    from claimkit.extract.nlp import get_nlp
    from claimkit.extract.passes import _plan

    nlp = get_nlp(model)
    total = parsed = 0
    for doc in map(nlp.make_doc, texts):
        plan = _plan(doc)
        total += len(doc)
        parsed += len(doc) if plan is None else sum(b - a for a, b, keep in plan if keep)
    return parsed / max(1, total)


def reconcile() -> list[tuple[str, str, str, str]]:
    out = subprocess.run([sys.executable, str(HERE / "bench_reconcile.py"), "1000", "10000", "100000"],
                         capture_output=True, text=True, check=True).stdout
    rows = []
    for n, wall, cpu in re.findall(r"^\s*(\d+) claims\s+([\d.]+) s wall\s+([\d.]+) s cpu", out, re.M):
        target = _status(float(cpu), 10.0, unit=" s") if n == "100000" else ""
        rows.append((f"reconcile {int(n):,} claims", f"{float(cpu):.2f} s cpu", f"{float(wall):.2f} s wall", target))
    exp = re.search(r"growth exponent[^:]*:\s*([\d.]+)", out)
    if exp:
        rows.append(("reconcile growth exponent", exp.group(1), "log cpu time / log claims",
                     _status(float(exp.group(1)), 1.3)))
    return rows


def _wall(cmd: list[str], runs: int, before=None) -> float:  # noqa: ANN001
    times = []
    for i in range(runs):
        if before:
            before(i)
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


STARTUP = """
import time
t0 = time.perf_counter()
from claimkit.extract.nlp import get_nlp, import_spacy
import claimkit.extract
import_spacy()
t1 = time.perf_counter()
get_nlp({model!r})
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def startup(runs: int = 3) -> tuple[float, float]:
    """Median seconds of a cold process importing claimkit's extract stage and spaCy, and loading the model."""
    from claimkit.settings import Settings

    code = STARTUP.format(model=Settings().model)
    times = [tuple(map(float, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                             check=True, cwd=ROOT).stdout.split())) for _ in range(runs)]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def warm_check(draft: Path, edit) -> float:  # noqa: ANN001
    """Seconds of claimkit.check on an edited draft in a process that has checked once (model loaded)."""
    code = ("import sys, time, claimkit; from pathlib import Path; d = Path(sys.argv[1]); base = d.read_text(); "
            "claimkit.check(str(d), ['seeds/']); out = []\n"
            "for i in range(3):\n"
            "    d.write_text(base + f'\\nEdited again {i} at {time.time()}.\\n'); t = time.perf_counter(); "
            "claimkit.check(str(d), ['seeds/']); out.append(time.perf_counter() - t)\n"
            "print(sorted(out)[1])")
    edit(0)
    out = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "CLAIMKIT_CACHE": str(draft.parent / "warm")})
    return float(out.stdout.split()[-1])


def compiled(src: Path) -> None:
    """Byte-compile a checkout's claimkit once: an installed package carries its bytecode (pip
    compiles on install), while an editable checkout under PYTHONDONTWRITEBYTECODE=1 would
    compile its modules from source in every cold process (0.15-0.2 s of a `check`)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src / "claimkit")], check=True)


def cold(tmp: Path) -> list[tuple[str, str, str, str]]:
    compiled(ROOT / "src")
    rows = []
    t = _wall([CLAIMKIT, "--help"], 5)
    rows.append(("claimkit --help (cold process)", f"{t:.2f} s", "median of 5", _status(t, 0.3, unit=" s")))
    imports, load = startup()
    rows.append(("import claimkit.extract + spaCy (cold process)", f"{imports:.2f} s", "median of 3", ""))
    rows.append(("load the model + span ruler (get_nlp)", f"{load:.2f} s", "median of 3, after the imports", ""))
    short = tmp / "short.txt"
    short.write_text("The company was fined $5 million on March 3, 2021, prosecutors said.\n", "utf-8")
    t = _wall([CLAIMKIT, "extract", str(short), "--no-cache"], 3)
    rows.append(("claimkit extract one short document", f"{t:.2f} s", "cold process, no cache, median of 3", ""))

    paragraphs = [p for f in sorted((ROOT / "seeds").iterdir()) for p in f.read_text("utf-8").split("\n\n") if p.strip()]
    draft_text, i = [], 0
    while sum(len(p.split()) for p in draft_text) < 1000:
        draft_text.append(paragraphs[i % len(paragraphs)])
        i += 1
    draft = tmp / "draft.md"
    base = "\n\n".join(draft_text) + "\n"
    words = len(base.split())
    check = [CLAIMKIT, "check", str(draft), "--against", "seeds/", "--cache"]

    def fresh_cache(i: int) -> None:
        draft.write_text(base, "utf-8")
        shutil.rmtree(tmp / f"cold{i}", ignore_errors=True)

    t = _wall([*check[:-1], "--cache", str(tmp / "cold0")], 1, fresh_cache)
    rows.append((f"check {words}-word draft vs seeds, cold cache", f"{t:.2f} s", "cold process, cache built", ""))
    warm = str(tmp / "warm")
    _wall([*check, warm], 1, lambda i: draft.write_text(base, "utf-8"))

    def edit(i: int) -> None:
        draft.write_text(base + f"\nEdited {i} at {time.time()}.\n", "utf-8")

    t = _wall([*check, warm], 3, edit)
    rows.append((f"check {words}-word draft vs seeds, warm cache", f"{t:.2f} s",
                 f"sources cached, draft edited (parsed), median of 3; of it import {imports:.2f} s, "
                 f"model load {load:.2f} s", _status(t, 1.2, unit=" s")))
    t = warm_check(draft, edit)
    rows.append((f"check {words}-word draft vs seeds, warm process", f"{t:.2f} s",
                 "claimkit.check again in one process (model loaded), draft edited, median of 3", ""))
    t = _wall([*check, warm], 3, lambda i: draft.write_text(base, "utf-8"))
    rows.append((f"check {words}-word draft vs seeds, all cached", f"{t:.2f} s", "draft unchanged, median of 3", ""))
    return rows


def memory(tmp: Path, counts: list[int]) -> list[tuple[str, str, str, str]]:
    rows, peaks = [], []
    for n in counts:
        folder = tmp / f"docs{n}"
        folder.mkdir()
        for i, text in enumerate(small_docs(n)):
            (folder / f"{i:06}.txt").write_text(text, "utf-8")
        out = tmp / f"claims{n}.jsonl"
        rss, wall = _peak([CLAIMKIT, "extract", str(folder), "--format", "jsonl", "--no-cache", "-o", str(out)])
        lines = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
        peaks.append(rss)
        rows.append((f"extract --format jsonl, {n:,} documents", f"{rss:,.0f} MB peak RSS",
                     f"{wall:.1f} s wall, {n / wall:,.0f} docs/s, {lines:,} claims", ""))
    if len(peaks) >= 2:
        growth = peaks[-1] / peaks[0] - 1
        rows.append((f"memory growth {counts[0]:,} -> {counts[-1]:,} documents", f"{growth:+.1%}",
                     "flat means within +10 %", _status(growth, 0.10, unit="")))
    return rows


def _peak(cmd: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, wall s) of a child process, from its own rusage (a fresh wrapper per run)."""
    code = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True, check=True, cwd=ROOT)
    kb, wall = out.stdout.split()
    return int(kb) / 1024, float(wall)


def _status(value: float, target: float, higher: bool = False, unit: str = "") -> str:
    ok = value >= target if higher else value < target
    if ok:
        return "ok"
    if higher:
        return f"MISSED by {(target - value) / target:.0%}"
    return f"MISSED by {(value - target) / target:.0%} ({value:.2f}{unit} vs {target:g}{unit})"


SECTIONS = ("cold", "reconcile", "memory", "extraction")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--news-words", type=int, default=60_000)
    ap.add_argument("--docs", default="1000,10000")
    ap.add_argument("--output", default=str(HERE / "latest.txt"))
    ap.add_argument("--only", choices=SECTIONS, action="append",
                    help="run these sections only (repeatable), e.g. to measure again on an idle machine")
    args = ap.parse_args()
    started = time.perf_counter()
    header = machine()
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="claimkit-bench-") as name:
        tmp = Path(name)
        sections = {
            "cold": lambda: cold(tmp), "reconcile": reconcile,
            "memory": lambda: memory(tmp, [int(n) for n in args.docs.split(",")]),
            "extraction": lambda: [*extraction("seeds+peer", corpus(args.words)),
                                   *extraction("generated news", news(args.news_words))],
        }
        for name, section in sections.items():
            if args.only and name not in args.only:
                continue
            rows.extend(section())
            print(f"  ... {rows[-1][0]}: {rows[-1][1]}", file=sys.stderr, flush=True)
    widths = [max(len(r[i]) for r in rows + [("measure", "figure", "detail", "target")]) for i in range(4)]
    lines = [*header, f"command   {' '.join([Path(sys.executable).name, 'benchmarks/bench.py', *sys.argv[1:]])}"
             f"  ({time.perf_counter() - started:.0f} s)", ""]
    for row in [("measure", "figure", "detail", "target"), *rows]:
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    text = "\n".join(lines) + "\n"
    print(text, end="")
    Path(args.output).write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
