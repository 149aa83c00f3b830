"""claimkit against quantulum3 (money, percent) and dateparser's search_dates (date) on the
peer cases, in one run, scored by ../shared/peer/score.py's own rules. Prints and writes a table.

    python benchmarks/compare_peer.py [--claimkit .venv/bin/claimkit] [--limit N] [--out FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import importlib.util
import os
import shutil
import sys
import tempfile
import time
import warnings
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE_PY = ROOT.parent / "shared" / "peer" / "score.py"

# quantulum3 names these minor units but gives no ISO code; read them as the benchmark's
# own assumption does (cent -> USD/100, penny/pence -> GBP/100), so the tool is not
# marked down for a convention it never claimed.
MINOR_UNITS = {"cent": ("USD", 0.01), "penny": ("GBP", 0.01), "pence": ("GBP", 0.01)}
PEERS = {"money": "quantulum3", "percent": "quantulum3", "date": "search_dates"}


def load_score():
    """score.py as a module (stdlib only), so both tools are scored by the same functions."""
    spec = importlib.util.spec_from_file_location("peer_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def claim(kind: str, doc: str, text: str, start: int, value: dict) -> dict:
    """A claim shaped like claimkit's JSON, placed in the scored document's coordinates."""
    return {"kind": kind, "doc": doc, "text": text, "start": start, "end": start + len(text),
            "value": value}


@functools.cache
def quantulum_classifier() -> tuple[str | None, str]:
    """A unit classifier that loads under this scikit-learn -> (path or None, how we got it).

    The clf.joblib that quantulum3 ships was pickled by an older scikit-learn and does not
    load under 1.9 (ModuleNotFoundError: _loss); quantulum3's documented remedy is to
    retrain it from its bundled training data (local, about 12 s), done once into the temp dir.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import classifier, language
    if not classifier.USE_CLF:
        return None, "classifier extra not installed"
    import joblib

    sklearn = version("scikit-learn")
    shipped = language.topdir("en_US").joinpath("clf.joblib")
    try:
        with open(shipped, "rb") as f:
            if joblib.load(f).get("scikit-learn_version") == sklearn:
                return str(shipped), "classifier as installed"
    except Exception:  # noqa: BLE001 - any unpickling failure means: retrain
        pass
    path = Path(tempfile.gettempdir()) / ("quantulum3-clf-sklearn%s.joblib" % sklearn)
    if not path.exists():
        classifier.train_classifier(store=True, output_path=str(path), n_jobs=1)
    return str(path), "classifier retrained for scikit-learn %s" % sklearn


def quantulum_claims(kind: str, cases: list[dict], docs: list[tuple]) -> list[dict]:
    """quantulum3's quantities of the kind: currency units for money, `percentage` for percent."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
    clf = quantulum_classifier()[0]
    out = []
    for case, (name, _content, plen) in zip(cases, docs):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(case["input"], classifier_path=clf)
        for q in quantities:
            unit, (s, e) = q.unit, q.span
            text = case["input"][s:e]
            if kind == "percent" and unit.name == "percentage":
                out.append(claim(kind, name, text, plen + s, {"amount": q.value}))
            elif kind == "money" and unit.entity.name == "currency":
                code, factor = getattr(unit, "currency_code", None), 1.0
                if not code and unit.name in MINOR_UNITS:
                    code, factor = MINOR_UNITS[unit.name]
                out.append(claim(kind, name, text, plen + s,
                                 {"amount": q.value * factor, "currency": code}))
    return out


def search_dates_claims(kind: str, cases: list[dict], docs: list[tuple]) -> list[dict]:
    """dateparser.search.search_dates hits, each a one-day date relative to the case's reference."""
    from dateparser.search import search_dates

    out = []
    for case, (name, _content, plen) in zip(cases, docs):
        settings = {}
        if case.get("reference"):
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(case["reference"])
        hits = search_dates(case["input"], languages=["en"], settings=settings) or []
        cursor = 0
        for text, when in hits:  # search_dates gives no offsets: find each hit in order
            s = case["input"].find(text, cursor)
            if s < 0:
                s = case["input"].find(text)
            cursor = max(cursor, s + len(text)) if s >= 0 else cursor
            day = when.date().isoformat()
            out.append(claim(kind, name, text, plen + max(s, 0), {"start": day, "end": day}))
    return out


TOOLS = {"quantulum3": quantulum_claims, "search_dates": search_dates_claims}


def warm_up() -> None:
    """Load each peer's tables once, outside the timed runs (claimkit's time includes its start)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
        parser.parse("It cost $5, up 3%.", classifier_path=quantulum_classifier()[0])
    from dateparser.search import search_dates
    search_dates("on 5 May 2020", languages=["en"])


def startup_seconds(score, claimkit: str, timeout: float) -> float:
    """claimkit's fixed cost (process start, spaCy load) on one tiny document, printed beside cases/s.

    Not subtracted: on a shared machine its noise is larger than the 17 percent cases' parse time.
    """
    tmp = tempfile.mkdtemp(prefix="compare-startup-")
    try:
        Path(tmp, "000000.txt").write_text("Nothing here.", encoding="utf-8")
        _claims, err, secs, _tail = score.run_claimkit(claimkit, tmp, timeout)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0.0 if err else secs


def run(args) -> tuple[list[tuple], float]:
    """-> (rows of kind, tool, recall, precision, cases/s; claimkit's start-up seconds)"""
    score = load_score()
    start_up = startup_seconds(score, args.claimkit, args.timeout)
    rows = []
    for kind in args.only.split(","):
        cases = score.load_cases(os.path.join(score.DEFAULT_DATA, kind + ".jsonl"), args.limit)
        tmp = tempfile.mkdtemp(prefix="compare-%s-" % kind)
        try:
            docs = score.write_docs(cases, tmp)
            for case, (_name, content, plen) in zip(cases, docs):
                case["_content"], case["_prefix_len"] = content, plen
            claims, err, secs, tail = score.run_claimkit(args.claimkit, tmp, args.timeout)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if err:
            print("claimkit %s: %s\n%s" % (kind, err, tail), file=sys.stderr)
        res = score.score_kind(kind, cases, claims)
        rows.append((kind, "claimkit", res["recall"], res["precision"], len(cases) / secs))
        peer = PEERS[kind]
        t0 = time.perf_counter()
        theirs = TOOLS[peer](kind, cases, docs)
        secs = time.perf_counter() - t0
        res = score.score_kind(kind, cases, theirs)
        rows.append((kind, peer, res["recall"], res["precision"], len(cases) / secs))
    return rows, start_up


def versions() -> str:
    parts = []
    for pkg in ("claimkit", "quantulum3", "dateparser", "scikit-learn"):
        try:
            parts.append("%s %s" % (pkg, version(pkg)))
        except PackageNotFoundError:
            parts.append("%s missing" % pkg)
    return ", ".join(parts) + " (quantulum3: %s)" % quantulum_classifier()[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claimkit", default=str(ROOT / ".venv" / "bin" / "claimkit"))
    ap.add_argument("--only", default="money,percent,date")
    ap.add_argument("--limit", type=int, default=0, help="first N cases of each file only")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--warm-cache", action="store_true",
                    help="let claimkit use its claim cache (default: a fresh, empty one)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "compare-latest.txt"))
    args = ap.parse_args(argv)
    if not args.warm_cache:  # an empty cache, so cases/s is parsing, not cache reads
        os.environ["CLAIMKIT_CACHE"] = tempfile.mkdtemp(prefix="compare-cache-")
    warm_up()
    rows, start_up = run(args)
    if not args.warm_cache:
        shutil.rmtree(os.environ["CLAIMKIT_CACHE"], ignore_errors=True)
    lines = ["peer comparison, %s UTC; %s" % (
                 dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M"), versions()),
             "%-8s %-13s %7s %9s %8s" % ("kind", "tool", "recall", "precision", "cases/s"),
             "-" * 49]
    lines += ["%-8s %-13s %7.3f %9.3f %8.1f" % row for row in rows]
    lines.append("cases/s: claimkit runs once per file as a process, start-up included (%.1f s on one "
                 "tiny document); the peers run in-process after a warm-up." % start_up)
    text = "\n".join(lines)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
