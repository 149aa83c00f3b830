"""Report -> text for a person in a terminal: conflicts by severity, then agreed facts (rich).

Claim text is passed to rich as `Text`, never as markup, so "[bold]" in an
article prints as written. No colour unless asked for (a TTY).
"""

from __future__ import annotations

import io
import shutil
import textwrap

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimkit.models import Report
from claimkit.render.wording import (
    SEVERITIES, conflict_sides, fact_label, language_tag, reading_notes, short_labels, side_headings, value_text,
)

SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}


def render_text(report: Report, color: bool = False, width: int | None = None) -> str:
    """The report as terminal text; `color` (a TTY) adds ANSI styles and fits the terminal's width."""
    if width is None:
        width = max(60, shutil.get_terminal_size((100, 24)).columns) if color else 100
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False, emoji=False, soft_wrap=False)
    by_id = {c.id: c for c in report.claims}
    facts_by_id = {f.id: f for f in report.facts}
    labels = short_labels(d.id for d in report.documents)
    counts = report.summary.conflicts
    console.print(Text.assemble(
        ("claimkit: ", "bold"),
        f"{report.summary.documents} documents, {report.summary.claims} claims, {report.summary.facts} facts — conflicts: ",
        ", ".join(f"{counts.get(s, 0)} {s}" for s in SEVERITIES),
    ))
    if not report.conflicts:
        console.print(Text("No conflicts.", style="green"))
    for severity in SEVERITIES:
        group = [x for x in report.conflicts if x.severity == severity]
        if not group:
            continue
        console.print()
        console.print(Text(f"{severity.upper()} ({len(group)})", style=SEVERITY_STYLE[severity]))
        for conflict in group:
            console.print(Text.assemble(
                ("  " + conflict.id, "bold"), f"  {conflict.kind} · ",
                fact_label(conflict.subject, conflict.attribute, conflict.kind),
            ))
            console.print(_indent(conflict.summary, 6, width))
            headings = side_headings(conflict, facts_by_id)
            for heading, side in zip(headings, conflict_sides(conflict, by_id)):
                console.print(Text("      " + heading + ":", style="bold"))
                for claim in side:
                    console.print(Text.assemble(
                        "        ",
                        (f"{claim.doc}:{claim.line}:{claim.column}", "bold"),
                        "  ", (f'"{claim.text}"', SEVERITY_STYLE[severity]),
                        (f"{language_tag(claim)}  = {value_text(claim)}", "dim"),
                    ), overflow="fold")
    agreed = [f for f in report.facts if f.status == "agreed"]
    console.print()
    console.print(Text(f"Agreed facts ({len(agreed)})", style="bold green"))
    if agreed:
        table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold", expand=False)
        for col in ("fact", "kind", "about", "value", "documents"):
            table.add_column(col, overflow="fold")
        for fact in agreed:
            values = []
            for fv in fact.values:
                claim = by_id.get(fv.claims[0]) if fv.claims else None
                values.append(value_text(claim) if claim else "?")
            docs = sorted({labels.get(d, d) for fv in fact.values for d in fv.documents})
            table.add_row(fact.id, fact.kind, fact_label(fact.subject, fact.attribute, fact.kind, fact.modality),
                          " ≈ ".join(dict.fromkeys(values)), ", ".join(docs))
        console.print(table)
    single = sum(1 for f in report.facts if f.status == "single_source")
    if single:
        console.print(Text(f"{single} more facts rest on a single source.", style="dim"))
    notes = reading_notes(report)
    if notes:  # what was not read in full: a figure may be missing from the report
        console.print()
        console.print(Text(f"Notes ({len(notes)})", style="bold yellow"))
        for path, note in notes:
            console.print(Text.assemble("  ", (path, "bold"), f": {note}"), overflow="fold")
    return out.getvalue()


def _indent(text: str, n: int, width: int) -> Text:
    return Text("\n".join(textwrap.wrap(text, width=width - n, initial_indent=" " * n, subsequent_indent=" " * n)))
