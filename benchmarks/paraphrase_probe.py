"""Conflicts told in other words: 24 invented three-outlet stories (benchmarks/paraphrase/).

In each story the first two outlets agree on one figure and the third (the file named 03-*) gets
it clearly wrong, each outlet wording it its own way ("died" / "passed away", "fined" / "must
pay", "stake" / "holding"), beside distractor figures. A story is found when a reported conflict
holds a claim of the third outlet; every conflict without one is wrong (the first two never
disagree on anything). Invented for this probe, never tuned on: the figure to watch is how many
of the 24 a build finds, and that it reports no wrong conflict.

    .venv/bin/python benchmarks/paraphrase_probe.py [-v]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimkit.api import reconcile_paths
from claimkit.settings import Settings

STORIES = Path(__file__).resolve().parent / "paraphrase"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per story")
    args = ap.parse_args()
    settings = Settings(cache_dir=None)
    found = wrong = 0
    stories = sorted(p for p in STORIES.iterdir() if p.is_dir())
    for story in stories:
        report = reconcile_paths(sorted(str(p) for p in story.glob("*.md")), settings)
        doc_of = {c.id: c.doc for c in report.claims}
        text_of = {c.id: c.text for c in report.claims}
        hits = [any(Path(doc_of[i]).name.startswith("03-") for i in c.claims) for c in report.conflicts]
        found += any(hits)
        wrong += hits.count(False)
        if args.verbose:
            told = [" / ".join(text_of[i] for i in c.claims) for c in report.conflicts]
            print(f"{'found' if any(hits) else 'missed':6} {story.name:18} {told}")
    print(f"paraphrase probe: found {found}/{len(stories)}, wrong conflicts {wrong}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
