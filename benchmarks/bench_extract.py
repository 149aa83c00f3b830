"""Extraction throughput: claimkit's whole extract stage against a bare `nlp.pipe`
of the same model over the same text, in the same process. Prints words/second and the ratio.

    python benchmarks/bench_extract.py [--words 200000] [--jobs 0]  (0: the default, one per core)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER = ROOT.parent / "shared" / "peer" / "recognizers-text"


def corpus(words: int) -> list[str]:
    """Seeds plus the peer benchmark's sentences, repeated to at least `words` words."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").iterdir())]
    for path in sorted(PEER.glob("*.jsonl")) if PEER.exists() else []:
        lines = [json.loads(line)["input"] for line in path.read_text("utf-8").splitlines() if line.strip()]
        texts.extend("\n".join(lines[i:i + 40]) for i in range(0, len(lines), 40))
    out, total = [], 0
    while total < words:
        for t in texts:
            out.append(t)
            total += len(t.split())
            if total >= words:
                break
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--jobs", type=int, default=0)
    args = ap.parse_args()

    import spacy

    from claimkit.api import extract_sources
    from claimkit.ingest import load_text
    from claimkit.extract.nlp import get_nlp
    from claimkit.settings import Settings

    texts = corpus(args.words)
    words = sum(len(t.split()) for t in texts)
    settings = Settings(jobs=args.jobs)

    bare = spacy.load(settings.model)
    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=64):
        pass
    bare_s = time.perf_counter() - t0

    get_nlp(settings.model)  # load outside the timing, as the bare model was
    sources = [load_text(t, f"{i}.txt") for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    claims = sum(len(c) for _, c in extract_sources(sources, settings))
    ours_s = time.perf_counter() - t0

    print(f"words                 {words}")
    print(f"bare nlp.pipe         {words / bare_s:10.0f} words/s  ({bare_s:.1f} s)")
    print(f"claimkit extract      {words / ours_s:10.0f} words/s  ({ours_s:.1f} s, jobs={args.jobs}, {claims} claims)")
    print(f"ratio                 {bare_s / ours_s:10.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
