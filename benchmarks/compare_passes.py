"""The two-pass parse against the whole pipeline on every sentence: the claims of both paths over
the dev set's documents, the repo's seeds and the peer sentences (same settings, one process),
the share of tokens the second pass parses, and the CPU time of each path.

    .venv/bin/python benchmarks/compare_passes.py [--devset ../shared/devset]

Exit 1 when any document's claims differ (each difference is printed, field by field).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_extract import corpus  # noqa: E402


def claims(sources, settings, two_pass: bool) -> tuple[dict[str, list[dict]], float]:  # noqa: ANN001
    from claimkit.api import extract_sources
    from claimkit.extract import passes

    passes.TWO_PASS = two_pass
    c0 = time.process_time()
    found = {s.doc.id: [json.loads(c.model_dump_json()) for c in cs] for s, cs in extract_sources(sources, settings)}
    return found, time.process_time() - c0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--devset", default=str(ROOT.parent / "shared" / "devset"))
    args = ap.parse_args()

    from bench import parsed_share
    from claimkit.ingest import load, load_text
    from claimkit.settings import Settings

    settings = Settings(jobs=1)
    devset = sorted(str(p) for p in Path(args.devset).glob("*/*.md"))
    sources = load(devset + [str(ROOT / "seeds")]).sources
    seeds = {p.read_text("utf-8") for p in (ROOT / "seeds").iterdir()}
    peer = [t for t in dict.fromkeys(corpus(300_000)) if t not in seeds]  # each peer text once
    sources += [load_text(t, f"peer-{i}.txt") for i, t in enumerate(peer)]
    claims(sources, settings, True)  # load the model and the lazy tables (pint, babel) first
    whole, whole_cpu = claims(sources, settings, False)
    two, two_cpu = claims(sources, settings, True)
    whole_cpu = min(whole_cpu, claims(sources, settings, False)[1])  # best of two, alternated
    two_cpu = min(two_cpu, claims(sources, settings, True)[1])
    differing = 0
    for doc, mine in whole.items():
        if two[doc] == mine:
            continue
        differing += 1
        a = {c["id"]: c for c in mine}
        b = {c["id"]: c for c in two[doc]}
        for cid in sorted(set(a) | set(b)):
            if a.get(cid) != b.get(cid):
                fields = {k for k in set(a.get(cid, {})) | set(b.get(cid, {})) if a.get(cid, {}).get(k) != b.get(cid, {}).get(k)}
                print(f"{doc} {cid}: " + "; ".join(f"{k}: {a.get(cid, {}).get(k)!r} -> {b.get(cid, {}).get(k)!r}"
                                                   for k in sorted(fields)))
    n = sum(map(len, whole.values()))
    share = parsed_share([s.text[s.body_start:] for s in sources], settings.model)
    print(f"documents {len(whole)} (dev set {len(devset)}, seeds, peer texts {len(peer)}); claims {n:,}")
    print(f"documents whose claims differ: {differing}")
    print(f"tokens the second pass parses: {share:.1%}")
    print(f"cpu, best of 2: whole pipeline {whole_cpu:.1f} s, two passes {two_cpu:.1f} s ({whole_cpu / two_cpu:.2f}x)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
