"""The check page: the verdict on the draft first, then the draft with its figures marked by status
and each finding beside its evidence (its fact's value groups), then the sources."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from claimkit.render.html_page import Page, attr, ids_attr, notes, page
from claimkit.render.wording import SEVERITY_RANK, counts_toward

if TYPE_CHECKING:
    from claimkit.models import Finding

STATUS_WORDS = {"conflict": ("conflict", "conflicts"), "unsupported": ("unsupported", "unsupported"),
                "contested": ("contested", "contested"), "converted": ("converted", "converted")}
STATUS_ORDER = ("conflict", "unsupported", "contested", "converted")


def counted(findings: list[Finding]) -> str:
    """'1 conflict, 2 unsupported'."""
    counts = {s: sum(1 for f in findings if f.status == s) for s in STATUS_ORDER}
    return ", ".join(f"{n} {STATUS_WORDS[s][n != 1]}" for s, n in counts.items() if n)


def verdict(findings: list[Finding], fail_on: str) -> tuple[bool, str]:
    """(fails, 'Fails: 1 conflict, 2 unsupported — fail-on medium')."""
    bad = counts_toward(findings, fail_on)
    if bad:
        return True, f"Fails: {counted(bad)} — fail-on {fail_on}"
    live = [f for f in findings if not f.suppressed]
    if not live:
        return False, f"Passes: no findings — fail-on {fail_on}"
    below = "" if fail_on == "never" else " (below the threshold)"
    return False, f"Passes: {counted(live)}{below} — fail-on {fail_on}"


def heading(said: str) -> str:
    """The verdict as a heading's markup: 'fail-on medium' kept on one line (never broken at its hyphen)."""
    verdict_words, sep, threshold = said.rpartition(" — ")
    if not sep:
        return escape(said)
    return f'{escape(verdict_words)} — <span class="nowrap">{escape(threshold)}</span>'


def render_check_page(p: Page, fail_on: str) -> str:
    r = p.report
    findings = r.findings or []
    fails, said = verdict(findings, fail_on)
    drafts = [d for d in r.documents if d.role == "draft"]
    draft_ids = {d.id for d in drafts}
    sources = [d for d in r.documents if d.role != "draft"]
    figures = sum(1 for c in r.claims if c.doc in draft_ids and c.region is None)
    known = sum(1 for f in findings if f.suppressed)
    header = (
        f'<div class="verdict{" fail" if fails else " pass"}" id="verdict"><h1>{heading(said)}</h1>'
        f'<p class="summary" id="summary">{figures} figure{"s" if figures != 1 else ""} of '
        f'{escape(", ".join(d.path for d in drafts) or "the draft")} checked against {len(sources)} '
        f'source{"s" if len(sources) != 1 else ""}: {len(findings)} finding{"s" if len(findings) != 1 else ""}'
        f'{f", {known} silenced or known" if known else ""}. Generated {escape(r.generated_at)} by claimkit '
        f'{escape(r.tool.get("version", ""))}.</p></div>')
    status = draft_status(findings)
    body = [notes(r), '<section id="draft-section"><h2>The draft</h2>', status_legend(),
            '<div class="check-grid">']
    for d in drafts:
        body.append(f'<article class="doc draft" id="{p.doc_anchor[d.id]}" data-doc="{attr(d.id)}">'
                    f'{p.doc_head(d.id)}{p.doc_text(d.id, status)}</article>')
    body.append(findings_panel(p, findings, fail_on))
    body.append("</div></section>")
    body.append(p.sources_section(sources))
    return page("claimkit check", header, body,
                "Click a finding to highlight its figure in the draft and its evidence in the sources.")


def draft_status(findings: list[Finding]) -> dict[str, str]:
    """Each draft figure with a finding -> its status (the worst finding's); silenced or known ones
    are marked so. A draft figure with no finding is left unmarked: the sources support it or say nothing."""
    out: dict[str, str] = {}
    rank: dict[str, int] = {}
    for f in findings:
        s = "silenced" if f.suppressed else f.status
        r = -1 if s == "silenced" else SEVERITY_RANK.get(f.severity, 0) * 10 + (4 - STATUS_ORDER.index(f.status))
        if r > rank.get(f.claim, -2):
            out[f.claim], rank[f.claim] = s, r
    return out


def status_legend() -> str:
    parts = [("st-conflict", "conflicts with the sources"), ("st-unsupported", "no source gives it"),
             ("st-contested", "the sources disagree"), ("st-converted", "converted"), ("", "no finding"),
             ("st-silenced", "silenced or known")]
    return ('<p class="st-legend draft">' + "".join(
        f'<span class="claim {c}">{escape(w)}</span>' for c, w in parts) + "</p>")


MESSAGE_SHOWN = 240  # a longer message (it names every source) is cut; its value groups say the same


def message(text: str) -> str:
    """A finding's message, escaped; one that lists hundreds of sources is cut, the whole behind a click."""
    if len(text) <= MESSAGE_SHOWN:
        return escape(text)
    head = text[:MESSAGE_SHOWN].rsplit(" ", 1)[0]
    return (f'{escape(head)}… <details class="many"><summary>whole message</summary>'
            f'<span class="whole">{escape(text)}</span></details>')


def findings_panel(p: Page, findings: list[Finding], fail_on: str) -> str:
    out = [f'<aside id="findings"><h2>Findings ({len(findings)})</h2>']
    if not findings:
        out.append('<p class="none">No findings: every figure of the draft is supported by the sources '
                   'or not given by them.</p>')
    out.append('<ol class="panel" id="finding-list">')
    fails = {id(f) for f in counts_toward(findings, fail_on)}
    fact_of = {cid: fact for fact in p.report.facts for cid in fact.claims}
    # the failing findings first, then by severity, each in the draft's order
    ordered = sorted(enumerate(findings),
                     key=lambda nf: (id(nf[1]) not in fails, -SEVERITY_RANK.get(nf[1].severity, 0), nf[0]))
    for n, f in ordered:
        claim = p.by_id.get(f.claim)
        fact = fact_of.get(f.claim)
        conflict = p.conflict_of.get(fact.id) if fact else None
        where = p.ref(claim) if claim else escape(f.claim)
        off = " silenced" if f.suppressed else ""
        why = " <em>(silenced)</em>" if f.silenced else " <em>(baseline)</em>" if f.baselined else ""
        shared = fact is not None and (conflict is not None or len(fact.claims) > 1)  # a fact the sources give
        evidence = p.groups(fact, conflict, mine=f.claim) if shared else ""
        if not evidence and f.evidence:
            evidence = f'<p class="meta">Evidence: {p.links([p.by_id[c] for c in f.evidence if c in p.by_id])}</p>'
        if not evidence:
            evidence = '<p class="meta">No source gives this figure.</p>'
        out.append(
            f'<li class="finding selectable sev-{attr(f.severity)}{off}" id="finding-{n}" data-code="{attr(f.code)}" '
            f'data-status="{attr(f.status)}" data-fails="{"yes" if id(f) in fails else "no"}" '
            f'data-claims="{ids_attr([f.claim, *f.evidence])}" tabindex="0" role="button">'
            f'<span class="badge {attr(f.severity)}">{escape(f.severity)}</span><strong>{escape(f.code)}</strong> '
            f'<span class="meta">{escape(f.status)}</span> · {where}{why}'
            f'<div class="msg">{message(f.message)}</div>{evidence}</li>')
    out.append("</ol></aside>")
    return "\n".join(out)
