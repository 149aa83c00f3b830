"""Findings of `claimkit check` -> lint lines, GitHub annotations, SARIF 2.1.0.

Lint and github leave silenced and baselined findings out (like a linter's noqa); sarif keeps
them, marked as suppressed (as json, md and html do, through the report formats).
"""

from __future__ import annotations

import json

from claimkit.codes import CODES, help_text, help_uri
from claimkit.models import Claim, Finding, Report
from claimkit.render.wording import lost_notes
from claimkit.version import __version__

GITHUB_LEVEL = {"high": "error", "medium": "warning", "low": "notice", "info": "notice"}
SARIF_LEVEL = {"high": "error", "medium": "warning", "low": "note", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _paths(report: Report) -> dict[str, str]:
    return {d.id: d.path for d in report.documents}


def _live(report: Report) -> list[tuple[Finding, Claim | None, str]]:
    """Each finding with its claim (None if the report lacks it) and the path to show."""
    paths = _paths(report)
    by_id = {c.id: c for c in report.claims}
    out = []
    for f in report.findings or []:
        claim = by_id.get(f.claim)
        out.append((f, claim, paths.get(claim.doc, claim.doc) if claim else f.claim.split("#")[0]))
    return out


def _shown(reports: tuple[Report, ...]) -> list[tuple[Finding, Claim | None, str]]:
    """The live findings of every report that lint and github show: neither silenced nor baselined."""
    return [(f, claim, path) for report in reports for f, claim, path in _live(report)
            if not f.suppressed]


def _end_column(claim: Claim) -> int | None:
    """Where a one-line claim ends; None for one that spans lines."""
    return None if "\n" in claim.text else claim.column + len(claim.text)


def render_lint(*reports: Report) -> str:
    """'draft.md:12:41: CK101 [high] fine "$5.5 million" — sources say …', one line per live finding;
    then 'sources/b.docx: note: …' for each input not read in full (no line: not a finding, which
    problem matchers skip, but a person sees)."""
    lines = [f"{path}:{f.line}:{f.column}: {f.code} [{f.severity}] {_one_line(f.message)}\n"
             for f, _, path in _shown(reports)]
    return "".join(lines) + "".join(f"{path}: note: {_one_line(note)}\n" for path, note in lost_notes(reports))


def _one_line(text: str) -> str:
    """A message on one line: a line break inside quoted text is shown as a space (problem matchers
    and editors read one finding per line)."""
    return " ".join(text.splitlines())


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(*reports: Report) -> str:
    """GitHub workflow commands: '::error file=draft.md,line=12,col=41,title=CK101::message'; an
    input not read in full is a warning on its file."""
    lines = []
    for f, claim, path in _shown(reports):
        props = f"file={_escape_property(path)},line={f.line},col={f.column}"
        if claim and (end := _end_column(claim)) is not None:
            props += f",endColumn={end}"
        props += f",title={_escape_property(f.code)}"
        lines.append(f"::{GITHUB_LEVEL[f.severity]} {props}::{_escape_data(f'[{f.severity}] {_one_line(f.message)}')}\n")
    for path, note in lost_notes(reports):
        lines.append(f"::warning file={_escape_property(path)},title=claimkit note::{_escape_data(_one_line(note))}\n")
    return "".join(lines)


def sarif_rules() -> list[dict]:
    """One SARIF rule per code of the code table."""
    return [{
        "id": c.code, "name": "".join(w.title() for w in c.name.split("-")),
        "shortDescription": {"text": c.text},
        "fullDescription": {"text": f"{c.text} ({c.kind}, {c.status})"},
        "help": {"text": help_text(c)}, "helpUri": help_uri(c),
        "defaultConfiguration": {"level": "note" if c.status == "converted" else "warning"},
        "properties": {"kind": c.kind, "status": c.status, "tags": ["claimkit", c.kind]},
    } for c in CODES]


def _location(path: str, claim, message: str | None = None) -> dict:  # noqa: ANN001
    region = {"startLine": claim.line, "startColumn": claim.column, "snippet": {"text": claim.text}}
    if (end := _end_column(claim)) is not None:
        region |= {"endLine": claim.line, "endColumn": end}
    loc: dict = {"physicalLocation": {"artifactLocation": {"uri": path}, "region": region}}
    if message:
        loc["message"] = {"text": message}
    return loc


def render_sarif(*reports: Report) -> str:
    """SARIF 2.1.0 for code-scanning upload; silenced findings carry an inSource suppression."""
    results = [result for report in reports for result in _sarif_results(report)]
    sarif = {
        "$schema": SARIF_SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "claimkit", "version": __version__, "semanticVersion": __version__,
                                "informationUri": "https://github.com/claimkit/claimkit", "rules": sarif_rules()}},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": [
                {"level": "warning", "message": {"text": note},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": path}}}]}
                for path, note in lost_notes(reports)]}],
            "results": results,
        }],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False)


def _sarif_results(report: Report) -> list[dict]:
    index = {c.code: i for i, c in enumerate(CODES)}
    paths = _paths(report)
    by_id = {c.id: c for c in report.claims}  # for the evidence
    results = []
    for f, claim, path in _live(report):
        result: dict = {
            "ruleId": f.code, "ruleIndex": index[f.code], "level": SARIF_LEVEL[f.severity],
            "message": {"text": f"[{f.severity}] {f.message}"},
            "properties": {"severity": f.severity, "status": f.status, "claim": f.claim, "evidence": f.evidence},
            "partialFingerprints": {"claimkit/v1": f"{f.code}:{claim.text if claim else f.claim}"},
        }
        if claim:
            result["locations"] = [_location(path, claim)]
        related = []
        for n, cid in enumerate(f.evidence):
            ev = by_id.get(cid)
            if ev:
                related.append({"id": n, **_location(paths.get(ev.doc, ev.doc), ev, f"source: {ev.text}")})
        if related:
            result["relatedLocations"] = related
        if f.silenced:
            result["suppressions"] = [{"kind": "inSource", "justification": "<!-- claimkit: ignore -->"}]
        elif f.baselined:
            result["suppressions"] = [{"kind": "external", "justification": "a known finding (--baseline)"}]
        results.append(result)
    return results
