"""Conflicts told in other words, and related measures that are no conflict (benchmarks/paraphrase/).

`told-wrong/`: invented three-outlet stories whose third outlet (the file named 03-*) gets one
figure clearly wrong, every outlet wording the measure its own way; a story is found when a
reported conflict holds a claim of the third outlet, and every conflict without one is wrong.
`traps/`: invented stories of related but different measures ("customers" and "mobile
subscribers"), where every reported conflict is wrong. Nothing in src/ was tuned on them.

    .venv/bin/python benchmarks/paraphrase_probe.py [-v] [--only p28]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimkit.api import reconcile_paths
from claimkit.settings import Settings

ROOT = Path(__file__).resolve().parent / "paraphrase"


def conflicts(story: Path, settings: Settings) -> list[tuple[bool, str]]:
    """Each reported conflict: (holds a claim of the third outlet, its claims' texts)."""
    report = reconcile_paths(sorted(str(p) for p in story.glob("*.md")), settings)
    claims = {c.id: c for c in report.claims}
    return [(any(Path(claims[i].doc).name.startswith("03-") for i in c.claims),
             " / ".join(claims[i].text for i in c.claims)) for c in report.conflicts]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per story")
    ap.add_argument("--only", metavar="PREFIX", default="", help="only the stories whose names start so (a probe: p28)")
    args = ap.parse_args()
    settings = Settings(cache_dir=None)
    found = wrong = trapped = 0
    told_wrong = sorted(p for p in (ROOT / "told-wrong").iterdir() if p.is_dir() and p.name.startswith(args.only))
    traps = sorted(p for p in (ROOT / "traps").iterdir() if p.is_dir() and p.name.startswith(args.only))
    for story in told_wrong + traps:
        reported = conflicts(story, settings)
        if story in traps:
            trapped += len(reported)
            verdict = "WRONG" if reported else "clean"
        else:
            found += any(third for third, _ in reported)
            wrong += sum(not third for third, _ in reported)
            verdict = "found" if any(third for third, _ in reported) else "missed"
        if args.verbose:
            print(f"{verdict:6} {story.parent.name}/{story.name:28} {[text for _, text in reported]}")
    print(f"told wrong: found {found}/{len(told_wrong)}, wrong conflicts {wrong}; "
          f"traps: {trapped} wrong conflicts in {len(traps)} stories")
    return 0


if __name__ == "__main__":
    sys.exit(main())
