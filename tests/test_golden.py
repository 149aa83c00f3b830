"""The whole seeds report (claims, facts, conflicts) against a file reviewed by eye.

When extraction or reconciliation changes on purpose, run `make golden` and review the diff.
"""

import os

from make_golden import GOLDEN, ROOT, golden_report


def test_seeds_report_matches_golden(monkeypatch):
    monkeypatch.chdir(ROOT)
    got = golden_report()
    want = GOLDEN.read_text(encoding="utf-8")
    if got != want:
        out = ROOT / "out" / "seeds.report.json"
        os.makedirs(out.parent, exist_ok=True)
        out.write_text(got, encoding="utf-8")
    assert got == want, f"seeds report differs from {GOLDEN.name}: see out/seeds.report.json; if intended, `make golden` and review the diff"
