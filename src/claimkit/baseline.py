"""A baseline of known findings: `check --write-baseline FILE` records them, `--baseline FILE`
accepts them, so CI fails only on what is new (PHPMD and SpotBugs have such files; ruff has none).

A finding is keyed by its draft, code, what the figure states and the figure as written and as read
('drafts/a.md', 'CK101', 'fine', '$5.5 million', '$5.5 million'), never by line or column: an edit
elsewhere in the draft leaves it known. The same key twice is counted, so a second copy is new.
"""

from __future__ import annotations

import collections
import functools
import json
import os
from pathlib import Path
from typing import Iterable

from claimkit.check import STDIN_ID
from claimkit.errors import InputError
from claimkit.models import Report
from claimkit.render.wording import fact_words, value_text
from claimkit.version import __version__

FORMAT = "claimkit-baseline/1"
FIELDS = ("draft", "code", "fact", "text", "value")


def _keys(report: Report, folder: Path) -> list[tuple[int, tuple[str, ...]]]:
    """(index of the finding, its key) for each finding not silenced in the source."""
    by_id = {c.id: c for c in report.claims}
    paths = {d.id: d.path for d in report.documents}
    name = functools.cache(lambda doc: _draft_name(paths.get(doc, doc), folder))  # a draft's path resolved once
    out = []
    for n, f in enumerate(report.findings or []):
        claim = by_id.get(f.claim)
        if f.silenced or claim is None:
            continue
        out.append((n, (name(claim.doc), f.code, fact_words(claim), " ".join(claim.text.split()), value_text(claim))))
    return out


def _draft_name(path: str, folder: Path) -> str:
    """The draft's path from the baseline's folder, '/'-separated: the same from any working directory."""
    if path == STDIN_ID or not Path(path).exists():
        return path
    try:
        return Path(os.path.relpath(Path(path).resolve(), folder.resolve())).as_posix()
    except ValueError:  # another drive
        return Path(path).as_posix()


def write(path: Path, reports: Iterable[Report]) -> int:
    """Record every live finding of `reports` in `path` (replacing it); returns how many."""
    from claimkit.render.output import write_output

    folder = Path(path).parent
    counted = collections.Counter(key for report in reports for _, key in _keys(report, folder))
    rows = [dict(zip(FIELDS, key), count=n) for key, n in sorted(counted.items())]
    data = {"format": FORMAT, "tool": {"name": "claimkit", "version": __version__}, "findings": rows}
    write_output(json.dumps(data, indent=2, ensure_ascii=False), path)
    return sum(counted.values())


def read(path: Path) -> collections.Counter:
    """The keys a baseline file accepts, with how many times each."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise InputError(f"--baseline {path}: no such file (write one with --write-baseline {path})") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"--baseline {path}: cannot read: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("findings"), list):
        raise InputError(f"--baseline {path}: not a claimkit baseline (write one with --write-baseline)")
    accepted: collections.Counter = collections.Counter()
    for row in data["findings"]:
        if isinstance(row, dict) and all(isinstance(row.get(k), str) for k in FIELDS):
            accepted[tuple(row[k] for k in FIELDS)] += int(row.get("count", 1))
    return accepted


def apply(reports: list[Report], path: Path) -> list[Report]:
    """`reports` with each finding the baseline at `path` knows marked `baselined`."""
    accepted = read(path)
    folder = Path(path).parent
    out = []
    for report in reports:
        findings = list(report.findings or [])
        for n, key in _keys(report, folder):
            if accepted[key] > 0:
                accepted[key] -= 1
                findings[n] = findings[n].model_copy(update={"baselined": True})
        out.append(report.model_copy(update={"findings": findings if report.findings is not None else None}))
    return out
