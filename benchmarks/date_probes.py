"""Dates in invented wire stories, scored as TimeML/TIDES annotators would resolve them.

    .venv/bin/python benchmarks/date_probes.py [-v]

Three probes written on 2026-12-04 by read-only helpers (`benchmarks/date_probes/p1..p3`: 30
articles each, hand-annotated before the first run, with the helper's own scorer): p1 (369 dates)
and p2 (435) were tuned on during that session; p3 (477) was written afterwards: its first run is
the held-out figure (value recall 0.901, precision 0.920), then it was tuned on too. Each prints span recall, value
recall and precision; `-v` prints every failure. Not a test: a figure to watch, and the place to
add the next probe.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "benchmarks" / "date_probes"
CLAIMKIT = ROOT / ".venv" / "bin" / "claimkit"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failure")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for probe in sorted(p for p in HERE.iterdir() if p.is_dir()):
            out = Path(tmp) / f"{probe.name}.json"
            with out.open("w") as f:
                subprocess.run([str(CLAIMKIT), "extract", str(probe / "articles"), "--no-cache"], stdout=f, check=True)
            extra = [str(probe / "articles")] if probe.name == "p2" else []  # its scorer takes the folder too
            scored = subprocess.run([sys.executable, str(probe / "score.py"), str(out), *extra],
                                    capture_output=True, text=True, check=True, cwd=probe).stdout
            lines = scored.splitlines()
            summary = [ln for ln in lines if any(w in ln.lower() for w in ("recall", "precision"))][:3]
            print(f"{probe.name}: " + " | ".join(" ".join(ln.replace('"', "").split()).rstrip(",") for ln in summary))
            if args.verbose:
                print(scored)
    return 0


if __name__ == "__main__":
    sys.exit(main())
