"""Render: an ExtractResult or a Report -> text in one format (json, jsonl, text, md, html; a
check's findings also lint, github, sarif), and that text -> a file or stdout.

    wording.py    what every format says alike: values in words, labels, sides, severities
    text.py       the terminal report (rich)
    md.py         Markdown for a ticket, the check's findings table included
    html*.py      the editor's pages (check, reconcile): one self-contained file each, no network
    findings.py   the check's findings as lint lines, GitHub annotations, SARIF
    output.py     writing the text: atomically to a file, or to stdout

This module picks the format; the formats import `wording`, never this module.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimkit.ingest import Source
    from claimkit.models import Claim, ExtractResult, Report

MULTI_DRAFT_FORMATS = ("lint", "github", "sarif")

__all__ = ["MULTI_DRAFT_FORMATS", "render_check", "render_extract", "render_report"]


def render_extract(result: ExtractResult, fmt: str) -> str:
    """Claims as json, jsonl, or one 'doc:line:col: kind 'text' -> value' line each."""
    if fmt == "json":
        return result.model_dump_json(indent=2)
    if fmt == "jsonl":
        return "".join(c.model_dump_json() + "\n" for c in result.claims)
    from claimkit.render.wording import language_tag

    lines = []
    for c in result.claims:
        lines.append(f"{c.doc}:{c.line}:{c.column}: {c.kind} {c.text!r}{language_tag(c)} -> {_value_text(c)}")
    return "\n".join(lines)


def _value_text(claim: Claim) -> str:
    v = claim.value.model_dump(exclude_none=True)
    extras = [f"{k}={claim.__dict__[k]}" for k in ("qualifier", "modality", "subject", "attribute") if getattr(claim, k) and getattr(claim, k) != "exact"]
    return json.dumps(v, ensure_ascii=False) + ("  " + " ".join(extras) if extras else "")


def render_report(report: Report, fmt: str, sources: list[Source] | None = None, color: bool = False,
                  fail_on: str | None = None) -> str:
    """The report as `fmt` (json, text, md, html); `sources` give the html page its texts, and
    `fail_on` (a check's threshold, default medium) its verdict."""
    if fmt == "json":
        return report.model_dump_json(indent=2)
    if fmt == "text":
        from claimkit.render.text import render_text

        return render_text(report, color=color)
    if fmt == "md":
        from claimkit.render.md import render_md

        return render_md(report)
    if fmt == "html":
        from claimkit.render.html import render_html

        return render_html(report, sources or [], fail_on)
    raise ValueError(f"unknown report format {fmt!r}")


def render_check(report: Report | list[Report], fmt: str, sources: list[Source] | None = None,
                 color: bool = False, fail_on: str | None = None) -> str:
    """The check's output as `fmt`: lint, github, sarif, json, md, html, text (`fail_on`: the
    threshold the html page's verdict names).

    A list of reports (one per draft) is accepted by the formats of MULTI_DRAFT_FORMATS.
    """
    reports = report if isinstance(report, list) else [report]
    if fmt in MULTI_DRAFT_FORMATS:
        from claimkit.render.findings import render_github, render_lint, render_sarif

        if fmt == "lint":
            return render_lint(*reports)
        if fmt == "github":
            return render_github(*reports)
        return render_sarif(*reports)
    if len(reports) != 1:
        raise ValueError(f"--format {fmt} takes one draft at a time")
    return render_report(reports[0], fmt, sources, color=color, fail_on=fail_on)
