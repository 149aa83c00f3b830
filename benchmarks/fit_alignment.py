"""Fit the aligner's weights on the labelled dev stories, and report them leave-one-story-out.

    .venv/bin/python benchmarks/fit_alignment.py [--devset ../shared/devset] [--write]

Each story's documents are extracted once (the claim cache makes reruns fast). A pair of
same-kind claims in two documents that both match gold `must_extract` items is a positive
when the items share a `fact` id, else a negative. Weights are a logistic regression on the
pair features (`claimkit.reconcile.align.FEATURES`) with an L2 penalty: log-odds weights in
the Fellegi-Sunter sense. The script prints, per story, the scorer's figures with weights
fitted on the *other* stories (leave-one-story-out), and `--write` stores the weights fitted
on every story in `src/claimkit/data/alignment.json`. Reads ../shared: a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimkit.api import extract_paths  # noqa: E402
from claimkit.reconcile import build_report, provenance, story_frames  # noqa: E402
from claimkit.reconcile.align import CONTEXT_FEATURES, FEATURES, Weights, candidate_pairs, features, learn  # noqa: E402
from claimkit.settings import Settings  # noqa: E402

L2 = 1.0


def load_scorer(devset: Path):  # noqa: ANN201
    sys.path.insert(0, str(devset.parent / "tools"))
    import score_cases  # type: ignore[import-not-found]

    return score_cases


def labelled_pairs(result, gold: dict, sc, settings: Settings):  # noqa: ANN001, ANN201
    """(features, label) for pairs of labelled claims the blocks bring together."""
    _, _, frames = story_frames(result.claims, provenance(result.documents, result.claims), settings)
    as_dict = [json.loads(f.claim.model_dump_json()) for f in frames]
    fact_of: dict[int, str] = {}
    for item in gold["must_extract"]:
        kinds = item["kind"] if isinstance(item["kind"], list) else [item["kind"]]
        for n, c in enumerate(as_dict):
            if (sc.doc_match(c["doc"], item["doc"]) and sc.text_match(c["text"], item["text_contains"])
                    and c["kind"] in kinds and sc.value_match(item, c)):
                fact_of.setdefault(n, item["fact"])
                break
    xs, ys = [], []
    by_kind: dict[str, list[int]] = {}
    for n, f in enumerate(frames):
        if f.live:
            by_kind.setdefault(f.claim.kind, []).append(n)
    for idx in by_kind.values():
        sub = [frames[n] for n in idx]
        pairs = sorted(candidate_pairs(sub))
        st = learn(sub, pairs)
        for i, j in pairs:
            a, b = idx[i], idx[j]
            if a in fact_of and b in fact_of:
                xs.append(features(sub[i], sub[j], st, i, j))
                ys.append(1.0 if fact_of[a] == fact_of[b] else 0.0)
    return np.array(xs, dtype=float).reshape(-1, len(FEATURES)), np.array(ys)


def fit_both(x: np.ndarray, y: np.ndarray) -> Weights:
    """`same` on every pair; `dispute` on the pairs whose values disagree, from context alone."""
    disagree = x[:, FEATURES.index("value_agree")] == 0
    ctx = [FEATURES.index(f) for f in CONTEXT_FEATURES]
    dispute = fit(x[disagree][:, ctx], y[disagree], CONTEXT_FEATURES)
    return Weights(same=fit(x, y, FEATURES), dispute=dispute)


def fit(x: np.ndarray, y: np.ndarray, names: tuple[str, ...]) -> dict[str, float]:
    """Logistic regression by Newton's method, L2 on every weight but the bias; classes balanced."""
    w = np.zeros(x.shape[1])
    pos = max(y.sum(), 1.0)
    neg = max(len(y) - y.sum(), 1.0)
    sample = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * neg))
    reg = np.full(x.shape[1], L2)
    reg[0] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (sample * (p - y)) + reg * w
        hess = (x * (sample * p * (1 - p))[:, None]).T @ x + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {name: round(float(v), 3) for name, v in zip(names, w)}


def score_story(result, gold: dict, sc, settings: Settings, weights: Weights) -> object:  # noqa: ANN001
    report = json.loads(build_report(result, settings, weights=weights).model_dump_json())
    return sc.score_case(gold, sc.parse_report(report))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "devset")
    ap.add_argument("--write", action="store_true", help="store the weights fitted on every story")
    ap.add_argument("--current", action="store_true", help="score with the shipped weights only")
    args = ap.parse_args()
    sc = load_scorer(args.devset)
    settings = Settings()
    cases = sorted(p for p in args.devset.iterdir() if (p / "gold.json").exists())
    data = {}
    for case in cases:
        gold = json.loads((case / "gold.json").read_text("utf-8"))
        result = extract_paths(sorted(str(p) for p in case.glob("*.md")), settings)
        x, y = labelled_pairs(result, gold, sc, settings)
        data[case.name] = (result, gold, x, y)
        print(f"{case.name}: {len(y)} pairs, {int(y.sum())} same-fact", file=sys.stderr)
    scores = []
    for name, (result, gold, _, _) in data.items():
        if args.current:
            from claimkit.reconcile.align import default_weights  # noqa: PLC0415

            w = default_weights()
        else:
            xs = np.vstack([d[2] for k, d in data.items() if k != name])
            ys = np.concatenate([d[3] for k, d in data.items() if k != name])
            w = fit_both(xs, ys)
        scores.append(score_story(result, gold, sc, settings, w))
    sc.print_results(scores)
    everything = fit_both(np.vstack([d[2] for d in data.values()]), np.concatenate([d[3] for d in data.values()]))
    print("weights fitted on every story:", json.dumps({"same": everything.same, "dispute": everything.dispute}))
    if args.write:
        path = ROOT / "src" / "claimkit" / "data" / "alignment.json"
        path.write_text(json.dumps({
            "_source": (f"benchmarks/fit_alignment.py: logistic regression (L2 {L2}, balanced classes) on "
                        f"{sum(len(d[3]) for d in data.values())} labelled claim pairs of {len(data)} dev-set "
                        "stories (../shared/devset, fact ids of must_extract items)"),
            "features": list(FEATURES),
            "same": everything.same,
            "dispute": everything.dispute,
        }, indent=2) + "\n", "utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
