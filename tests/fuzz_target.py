"""Fuzz target: bytes -> a file on disk -> ingest -> extract -> reconcile, checking the invariants.

    python tests/fuzz_target.py --seconds 600    # `make fuzz`: atheris when installed, else Hypothesis
    python tests/fuzz_target.py --big 50         # one 50 MB file through `claimkit extract`, timed

Invariants: nothing raises; each file is a document or a skipped entry (never lost); every claim's
text is the document text at its offsets, and its line/column agree with those offsets; the report
serializes. test_properties.py runs a short smoke of the same target under pytest.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
from pathlib import Path

SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl")
# pieces the Hypothesis generator splices together: figures, cues, markup and the hostile characters
FRAGMENTS = (
    "$550,000", "€500,000", "5 million TWD", "up to 10 years in prison", "10-year sentence", "April 21, 2025",
    "last month", "between 3 and 5 percent", "12.5%", "40 kilograms", "three charges", "the ProtectEU Act",
    '"We will not comply," Durov said.', "1,128 billion", "1." * 40, "?" * 300, "9" * 400, "a" * 300 + "!",
    "---\ntitle: x\n---\n", "---\n[\n---\n", '{"text": "', '"}', "<p>", "</p>", "<script>alert(1)</script>",
    "\r\n", "\r", "\n\n", "\t", "\u200b", "\u202e", "\u2066", "\ufeff", "\u0301", "\x00", "\ud800", "\U0001f600",
    "Durov", "prosecutors said", "fined", "could face", "sentenced to", " ", ", ", ". ",
)
TRIED = 0


@functools.cache
def _settings():  # noqa: ANN202
    from claimkit.settings import Settings

    return Settings(now="2025-06-01T00:00:00Z")


def check(data: bytes, suffix: str = ".txt", folder: Path | None = None) -> None:
    """Run one input through the pipeline and assert the invariants (raises AssertionError on a bug)."""
    global TRIED
    TRIED += 1
    from claimkit.api import extract_loaded
    from claimkit.ingest import load
    from claimkit.reconcile import build_report

    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_bytes(data)
        (Path(tmp) / "other.txt").write_text("Durov faces a fine of $550,000, prosecutors said on April 21, 2025.\n")
        loaded = load([tmp])
        got = {s.doc.path for s in loaded.sources} | {s.path for s in loaded.skipped}
        assert str(path) in got, "the fuzzed file was lost"
        result = extract_loaded(loaded, _settings())
        texts = {s.doc.id: s for s in loaded.sources}
        for c in result.claims:
            source = texts[c.doc]
            assert source.text[c.start:c.end] == c.text, (c.id, c.text)
            assert source.position(c.start) == (c.line, c.column), c.id
        report = build_report(result, _settings(), [s.text for s in loaded.sources])
        report.model_dump_json()
        assert report.summary.documents == len(loaded.sources) and report.summary.skipped == len(loaded.skipped)


def check_fuzzed(data: bytes) -> None:
    """atheris entry: the first byte picks the suffix, the rest is the file."""
    if not data:
        return
    check(data[1:], SUFFIXES[data[0] % len(SUFFIXES)])


def hypothesis_test(max_examples: int, seconds: float | None = None):  # noqa: ANN201
    """A Hypothesis test over spliced fragments, encodings and suffixes (seconds: random examples, skipped
    once that long has passed; without it the examples are derandomized, as a pytest smoke run wants)."""
    from hypothesis import HealthCheck, given, settings, strategies as st

    text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=25).map("".join)
    encoded = st.tuples(text, st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "utf-8-sig", "raw"])).map(
        lambda te: te[0].encode("utf-8", "surrogatepass") if te[1] == "raw" else te[0].encode(te[1], "replace"))
    data = st.one_of(encoded, st.binary(max_size=300))
    deadline = time.monotonic() + seconds if seconds else None

    @settings(max_examples=max_examples, deadline=None, database=None, derandomize=seconds is None,
              suppress_health_check=list(HealthCheck))
    @given(data, st.sampled_from(SUFFIXES))
    def fuzz(blob: bytes, suffix: str) -> None:
        if deadline and time.monotonic() > deadline:
            return
        check(blob, suffix)

    return fuzz


def big_file(megabytes: int) -> None:
    """Write one file of `megabytes` MB of seed prose and time `claimkit extract` on it."""
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    prose = "".join(p.read_text("utf-8") for p in seeds)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        with path.open("w", encoding="utf-8") as fh:
            for _ in range(megabytes * 2**20 // len(prose.encode()) + 1):
                fh.write(prose)
        started = time.monotonic()
        from claimkit.cli import run

        code = run(["extract", str(path), "--no-cache", "-o", str(Path(tmp) / "out.json")])
        size = path.stat().st_size / 2**20
        print(f"{size:.0f} MB: exit {code}, {time.monotonic() - started:.0f} s, "
              f"{(Path(tmp) / 'out.json').stat().st_size / 2**20:.1f} MB of claims")


def _seed_corpus(corpus: Path) -> None:
    """Start atheris from real articles and the hostile fragments, not from empty bytes."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    for i, path in enumerate(seeds):
        (corpus / f"seed{i}").write_bytes(bytes([i % len(SUFFIXES)]) + path.read_bytes()[:3000])
    for i, fragment in enumerate(FRAGMENTS):
        blob = f"He paid {fragment} on April 21, 2025.\n".encode("utf-8", "surrogatepass")
        (corpus / f"fragment{i}").write_bytes(bytes([i % len(SUFFIXES)]) + blob)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--hypothesis", action="store_true", help="use Hypothesis even if atheris is installed")
    parser.add_argument("--big", type=int, metavar="MB", help="time one file of this size instead of fuzzing")
    args, rest = parser.parse_known_args()
    if args.big:
        big_file(args.big)
        return 0
    started = time.monotonic()
    try:
        if args.hypothesis:
            raise ImportError
        import atheris
    except ImportError:
        while time.monotonic() - started < args.seconds:  # batches, so the time limit is kept
            hypothesis_test(max_examples=500, seconds=args.seconds - (time.monotonic() - started))()
            print(f"fuzz (hypothesis): {TRIED} inputs, {time.monotonic() - started:.0f} s", flush=True)
        print(f"fuzz (hypothesis): {TRIED} inputs in {time.monotonic() - started:.0f} s, no failure")
        return 0
    with atheris.instrument_imports(include=["claimkit"]):
        import claimkit.api  # noqa: F401
        import claimkit.extract  # noqa: F401
        import claimkit.reconcile  # noqa: F401
    from claimkit.extract.nlp import get_nlp

    get_nlp(_settings().model)  # load once, outside the timed runs

    corpus = Path(os.environ.get("FUZZ_CORPUS", "out/fuzz-corpus"))
    _seed_corpus(corpus)
    # libFuzzer prints "Done N runs in S second(s)" at the end: N is the number of inputs tried
    atheris.Setup([sys.argv[0], f"-max_total_time={int(args.seconds)}", "-rss_limit_mb=4096", "-timeout=60",
                   "-max_len=4096", str(corpus), *rest], check_fuzzed)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
