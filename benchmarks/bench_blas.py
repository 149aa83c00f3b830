"""The model's matrix products with thinc's BLIS against numpy's BLAS (what claimkit uses,
`extract.nlp.multiply_with_numpy`), over the same texts in this process: CPU time of each and
every token annotation compared.

    .venv/bin/python benchmarks/bench_blas.py [--words 60000] [--rounds 2]

Both pipelines are the bare en_core_web_sm (no span ruler), one BLAS thread. Exit 1 when any
tag, arc, lemma or entity differs.
"""

from __future__ import annotations

import argparse
import sys
import time

from bench_extract import corpus
from news_corpus import news


def _annotations(doc) -> list[tuple]:  # noqa: ANN001
    return [(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in doc]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=60_000)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()

    import spacy

    from claimkit.extract.nlp import multiply_with_numpy, one_blas_thread
    from claimkit.settings import Settings

    texts = corpus(args.words) + news(args.words // 2)
    words = sum(len(t.split()) for t in texts)
    blis = spacy.load(Settings().model)
    numpy = spacy.load(Settings().model)
    multiply_with_numpy(numpy)
    best = {"blis": float("inf"), "numpy": float("inf")}
    docs = {}
    with one_blas_thread():
        for nlp in (blis, numpy):
            list(nlp.pipe(texts[:3]))
        for _ in range(args.rounds):  # alternated, best of the rounds
            for name, nlp in (("blis", blis), ("numpy", numpy)):
                c0 = time.process_time()
                docs[name] = list(nlp.pipe(texts, batch_size=64))
                best[name] = min(best[name], time.process_time() - c0)
    tokens = sum(len(d) for d in docs["blis"])
    differing = sum(a != b for x, y in zip(docs["blis"], docs["numpy"])
                    for a, b in zip(_annotations(x), _annotations(y)))
    print(f"texts {len(texts)}, words {words:,}, tokens {tokens:,}")
    print(f"BLIS (thinc's default)   {best['blis']:6.1f} s cpu  {words / best['blis']:7,.0f} words/s")
    print(f"numpy's BLAS (claimkit)  {best['numpy']:6.1f} s cpu  {words / best['numpy']:7,.0f} words/s "
          f"({best['blis'] / best['numpy']:.2f}x)")
    print(f"tokens annotated differently: {differing}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
