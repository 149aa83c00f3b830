"""Where one-process extraction spends its time: the bare model, claimkit's pipeline without and
with its span ruler, and the whole extract stage, over the same texts in this process.

    python benchmarks/bench_stages.py [--words 200000] [--news]    # --news: the generated news corpus
    python benchmarks/bench_stages.py --components [--words N]      # each component of the pipeline alone (CPU)
"""

from __future__ import annotations

import argparse
import sys
import time

from bench_extract import corpus


def _timed(run) -> float:  # noqa: ANN001
    t0 = time.perf_counter()
    run()
    return time.perf_counter() - t0


def _pipeline(nlp, texts, ruler: bool):  # noqa: ANN001, ANN202
    """claimkit's pipeline over the texts as extraction runs it (one BLAS thread), with or without its span ruler."""
    from claimkit.extract.nlp import one_blas_thread

    with nlp.select_pipes(disable=[] if ruler else ["claimkit_ruler"]), one_blas_thread():
        return list(nlp.pipe(texts, batch_size=64))


def components(nlp, texts: list[str], rounds: int) -> int:  # noqa: ANN001
    """CPU seconds of each component of claimkit's pipeline over the same Docs, one BLAS thread,
    best of the rounds."""
    from claimkit.extract.nlp import one_blas_thread

    best: dict[str, float] = {}
    with one_blas_thread():
        list(nlp.pipe(texts[:3]))
        for _ in range(rounds):
            docs = [nlp.make_doc(t) for t in texts]
            for name, proc in nlp.pipeline:
                c0 = time.process_time()
                # a function component (claimkit's sentence breaks) has no pipe(): one Doc at a time
                docs = list(proc.pipe(docs, batch_size=64) if hasattr(proc, "pipe") else map(proc, docs))
                best[name] = min(best.get(name, float("inf")), time.process_time() - c0)
    total = sum(best.values())
    print(f"words {sum(len(t.split()) for t in texts)}; CPU s per component, best of {rounds}:")
    for name, cpu in best.items():
        print(f"  {name:16} {cpu:6.2f} s  {cpu / total:4.0%}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--news", action="store_true", help="the generated news corpus instead of seeds + peer")
    ap.add_argument("--components", action="store_true", help="time each component of the pipeline alone")
    args = ap.parse_args()

    import spacy

    from claimkit.api import extract_sources
    from claimkit.ingest import load_text
    from claimkit.extract.nlp import get_nlp
    from claimkit.settings import Settings

    if args.news:
        from news_corpus import news

        texts = news(args.words)
    else:
        texts = corpus(args.words)
    settings = Settings(jobs=1)
    if args.components:
        return components(get_nlp(settings.model), texts, args.rounds)
    bare = spacy.load(settings.model)
    list(bare.pipe(texts[:3]))
    nlp = get_nlp(settings.model)
    list(extract_sources([load_text(t, "warm") for t in texts[:3]], settings))  # lazy tables

    sources = [load_text(t, f"{i}.txt") for i, t in enumerate(texts)]
    stages = {
        "bare": lambda: list(bare.pipe(texts, batch_size=64)),
        "model": lambda: _pipeline(nlp, texts, ruler=False),
        "ruler": lambda: _pipeline(nlp, texts, ruler=True),
        "extract": lambda: list(extract_sources(sources, settings)),
    }
    best = dict.fromkeys(stages, float("inf"))
    for _ in range(args.rounds):
        for name, run in stages.items():
            best[name] = min(best[name], _timed(run))
    bare_s, model_s, ruler_s, extract_s = best["bare"], best["model"], best["ruler"], best["extract"]

    words = sum(len(t.split()) for t in texts)
    print(f"words                        {words}")
    print(f"bare nlp.pipe                {bare_s:6.1f} s")
    print(f"claimkit's model, no ruler   {model_s:6.1f} s")
    print(f"+ span ruler                 {ruler_s:6.1f} s  (+{ruler_s - model_s:.1f} s, {ruler_s / model_s - 1:+.0%})")
    print(f"+ extractors (extract stage) {extract_s:6.1f} s  (+{extract_s - ruler_s:.1f} s, "
          f"{(extract_s - ruler_s) / model_s:+.0%} of the model)")
    print(f"extract, one process         {bare_s / extract_s:6.2f}x bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
