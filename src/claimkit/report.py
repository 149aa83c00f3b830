"""Rendering: ExtractResult / Report -> json, jsonl, text, md, html. (Text and md: to be written.)"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from claimkit.models import ExtractResult, Report

if TYPE_CHECKING:
    from claimkit.ingest import Source

SEVERITY_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3}


def at_or_above(severities: list[str], fail_on: str) -> bool:
    """True when some severity reaches `fail_on` ('never' never does)."""
    if fail_on == "never":
        return False
    return any(SEVERITY_RANK.get(s, 0) >= SEVERITY_RANK[fail_on] for s in severities)


def render_extract(result: ExtractResult, fmt: str) -> str:
    if fmt == "json":
        return result.model_dump_json(indent=2)
    if fmt == "jsonl":
        return "".join(c.model_dump_json() + "\n" for c in result.claims)
    lines = []
    for c in result.claims:
        lines.append(f"{c.doc}:{c.line}:{c.column}: {c.kind} {c.text!r} -> {_value_text(c)}")
    return "\n".join(lines)


def _value_text(claim) -> str:  # noqa: ANN001
    v = claim.value.model_dump(exclude_none=True)
    extras = [f"{k}={claim.__dict__[k]}" for k in ("qualifier", "modality", "subject", "attribute") if getattr(claim, k) and getattr(claim, k) != "exact"]
    return json.dumps(v, ensure_ascii=False) + ("  " + " ".join(extras) if extras else "")


def render_report(report: Report, fmt: str, sources: list[Source] | None = None) -> str:
    if fmt == "json":
        return report.model_dump_json(indent=2)
    return report.model_dump_json(indent=2)
