"""Report -> Markdown to paste into a ticket: findings (check), conflicts by severity, agreed facts."""

from __future__ import annotations

from claimkit.models import Report
from claimkit.render.wording import (
    SEVERITIES, conflict_sides, fact_label, language_tag, reading_notes, short_labels, side_headings, value_text,
)


def md_cell(text: str) -> str:
    """Text safe inside a table cell: pipes escaped, no line breaks, no raw HTML."""
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
            .replace("<", "&lt;").replace(">", "&gt;"))


def _code(text: str) -> str:
    """Inline code that survives backticks in the text."""
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def render_md(report: Report) -> str:
    """The report in Markdown."""
    by_id = {c.id: c for c in report.claims}
    facts_by_id = {f.id: f for f in report.facts}
    labels = short_labels(d.id for d in report.documents)
    s = report.summary
    counts = ", ".join(f"{s.conflicts.get(k, 0)} {k}" for k in SEVERITIES)
    parts = ["# claimkit report", "",
             f"{s.documents} documents, {s.claims} claims, {s.facts} facts. Conflicts: {counts}.", ""]
    notes = reading_notes(report)
    if notes:  # first: a figure may be missing from what follows
        parts += ["## Notes", "", *(f"- {_code(path)}: {md_cell(note)}" for path, note in notes), ""]
    if report.findings is not None:
        parts += [findings_md(report)]
    parts += ["## Conflicts", ""]
    if not report.conflicts:
        parts += ["No conflicts.", ""]
    for severity in SEVERITIES:
        group = [x for x in report.conflicts if x.severity == severity]
        if not group:
            continue
        parts += [f"### {severity.capitalize()} ({len(group)})", ""]
        for x in group:
            parts += [f"- **{x.id}** {md_cell(x.kind)} · {md_cell(fact_label(x.subject, x.attribute, x.kind))}: "
                      f"{md_cell(x.summary)}"]
            for heading, side in zip(side_headings(x, facts_by_id), conflict_sides(x, by_id)):
                where = "; ".join(f"{_code(f'{c.doc}:{c.line}:{c.column}')} “{md_cell(c.text)}”{language_tag(c)}" for c in side)
                parts += [f"  - {heading}: {where}"]
        parts += [""]
    agreed = [f for f in report.facts if f.status == "agreed"]
    parts += [f"## Agreed facts ({len(agreed)})", ""]
    if agreed:
        parts += ["| fact | kind | about | value | documents |", "|---|---|---|---|---|"]
        for f in agreed:
            values = [value_text(by_id[fv.claims[0]]) for fv in f.values if fv.claims and fv.claims[0] in by_id]
            docs = ", ".join(sorted({labels.get(d, d) for fv in f.values for d in fv.documents}))
            parts += [f"| {f.id} | {f.kind} | {md_cell(fact_label(f.subject, f.attribute, f.kind, f.modality))} "
                      f"| {md_cell(' ≈ '.join(dict.fromkeys(values)))} | {md_cell(docs)} |"]
        parts += [""]
    if report.documents:
        parts += ["## Documents", ""]
        for d in report.documents:
            role = " (draft)" if d.role == "draft" else ""
            title = f" — {md_cell(d.title)}" if d.title else ""
            parts += [f"- {labels.get(d.id, d.id)}: {_code(d.id)}{role}{title}"]
        parts += [""]
    return "\n".join(parts)


def findings_md(report: Report) -> str:
    """The findings as a Markdown table (the head of `check --format md`)."""
    by_id = {c.id: c for c in report.claims}
    paths = {d.id: d.path for d in report.documents}
    findings = report.findings or []
    if not findings:
        return "## Findings\n\nNo findings: every figure of the draft is supported by the sources.\n"
    rows = ["## Findings", "", "| where | code | severity | finding |", "|---|---|---|---|"]
    for f in findings:
        claim = by_id.get(f.claim)
        where = f"{paths.get(claim.doc, claim.doc)}:{f.line}:{f.column}" if claim else f.claim
        sev = (f"~~{f.severity}~~ (silenced)" if f.silenced else f"~~{f.severity}~~ (baseline)" if f.baselined
               else f"**{f.severity}**" if f.severity == "high" else f.severity)
        rows.append(f"| `{where}` | {f.code} | {sev} | {_finding_cell(f.message)} |")
    return "\n".join(rows) + "\n"


def _finding_cell(text: str) -> str:
    """A finding's message in a table cell (md_cell's older sibling: keeps '>' and CR as written)."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")

