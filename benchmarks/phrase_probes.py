"""Money, durations, quantities and dates in invented sentences, by phrasing class.

    .venv/bin/python benchmarks/phrase_probes.py [-v]

Two probes written on 2026-12-04 by read-only helpers (`benchmarks/phrase_probes/`), every
expected value fixed by hand before claimkit ran:
- `classes` (194 rows): issue 13's phrasing classes, a row right when every expected claim is
  found with its value and no forbidden one; tuned on.
- `chat` (277 sentences: 86 money, 72 durations, 76 quantities, 44 negatives, written as chat
  utterances and short news lines): recall and precision per kind; tuned on for one class after
  its first run (numbers told in words with "and").
Each runs in a copy in a temporary folder, so nothing is written here. Not a test: a figure to
watch.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "benchmarks" / "phrase_probes"
CLAIMKIT = ROOT / ".venv" / "bin" / "claimkit"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every row")
    args = ap.parse_args()
    env = {**os.environ, "CLAIMKIT_BIN": str(CLAIMKIT)}
    with tempfile.TemporaryDirectory() as tmp:
        classes = Path(shutil.copytree(HERE / "classes", Path(tmp) / "classes"))
        out = subprocess.run([sys.executable, "run.py"], cwd=classes, env=env, capture_output=True, text=True,
                             check=True).stdout
        total = [ln.split()[-1] for ln in out.splitlines() if ln.strip().startswith("TOTAL")]
        print(f"classes: rows right {total[-1] if total else '?'}")
        if args.verbose:
            print(out)
        chat = Path(shutil.copytree(HERE / "chat", Path(tmp) / "chat"))
        subprocess.run([sys.executable, "score.py", "gen"], cwd=chat, check=True, capture_output=True)
        with (chat / "out.json").open("w") as f:
            subprocess.run([str(CLAIMKIT), "extract", str(chat / "cases"), "--no-cache"], stdout=f, check=True)
        scored = subprocess.run([sys.executable, "score.py", "score", "out.json"], cwd=chat, capture_output=True,
                                text=True, check=True).stdout
        for ln in scored.splitlines():
            if ln.startswith(("money", "duration", "quantity", "negatives")):
                print(f"chat: {' '.join(ln.split())}")
        if args.verbose:
            print(scored)
    return 0


if __name__ == "__main__":
    sys.exit(main())
