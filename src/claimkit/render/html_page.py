"""What both editor's pages share: claim links, a fact's value groups, a source's header (its front
matter) and its text with the claims marked, and the document around a page's parts.

Every piece of source text goes through html.escape; claims become <span data-claim-id>
elements cut from the offsets; front matter is shown as a header, never as article text.
"""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING

from claimkit.models import Report
from claimkit.render.html_assets import CSP, CSS, JS, KIND_COLOURS
from claimkit.render.wording import SEVERITY_RANK, fact_label, language_tag, outlet_labels, reading_notes, value_text

if TYPE_CHECKING:
    from claimkit.ingest import Source
    from claimkit.models import Claim, Conflict, Fact

LINKS_SHOWN = 4  # a value group with more documents than this shows "41 sources" and opens on a click
OPEN_SOURCES = 12  # up to this many sources are shown open; beyond, each is one line that opens

__all__ = ["CSP", "Page", "page"]


def attr(value: object) -> str:
    return escape(str(value), quote=True)


def ids_attr(ids: list[str]) -> str:
    return attr(json.dumps(ids, ensure_ascii=False))


def safe_url(url: str | None) -> str | None:
    """An http(s) URL to link to; anything else (javascript:, data:, a path) is not linked."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


class Page:
    """A report and its texts, with what both pages render from them."""

    def __init__(self, report: Report, sources: list[Source]) -> None:
        self.report = report
        self.sources = {s.doc.id: s for s in sources}
        self.docs = {d.id: d for d in report.documents}
        self.by_id = {c.id: c for c in report.claims}
        self.claims_of: dict[str, list[Claim]] = {}  # a document's claims, in the report's order
        for c in report.claims:
            self.claims_of.setdefault(c.doc, []).append(c)
        self.facts_by_id = {f.id: f for f in report.facts}
        self.conflict_of = {x.fact: x for x in report.conflicts}
        self.outlet = outlet_labels(report.documents)
        drafts = [d for d in report.documents if d.role == "draft" and not d.source]
        for d in drafts:  # a draft has no outlet yet: "the draft, line 5" (its file name if several)
            self.outlet[d.id] = "the draft" if len(drafts) == 1 else f"the draft {d.path}"
        self.doc_anchor = {d.id: f"doc-{n}" for n, d in enumerate(report.documents)}
        # a claim is shown (and can be linked to) when its document's text is here and it lies in the article
        shown = [c for c in report.claims if c.doc in self.sources and self.sources[c.doc].body_start <= c.start]
        self.dom_id = {c.id: f"claim-{n}" for n, c in enumerate(shown)}
        self.severity: dict[str, str] = {}
        for x in report.conflicts:
            for cid in x.claims:
                if SEVERITY_RANK[x.severity] > SEVERITY_RANK.get(self.severity.get(cid, "info"), 0):
                    self.severity[cid] = x.severity

    # --- links and value groups -------------------------------------------------------------
    def ref(self, claim: Claim) -> str:
        """A link to a claim's place: 'Harbour Wire, line 7'."""
        where = f"{self.outlet.get(claim.doc, claim.doc)}, line {claim.line}{language_tag(claim)}"
        target = self.dom_id.get(claim.id) or self.doc_anchor.get(claim.doc, "")
        return (f'<a href="#{attr(target)}" data-target="{attr(target)}" title="{attr(claim.doc)}:{claim.line}:'
                f'{claim.column} “{attr(claim.text)}”">{escape(where)}</a>')

    def links(self, claims: list[Claim]) -> str:
        """Links to claims, one per line; a long list is summarized ("41 sources") and opens on a click."""
        refs = " ".join(self.ref(c) for c in claims)
        if len(claims) <= LINKS_SHOWN:
            return f'<span class="links">{refs}</span>'
        docs = len({c.doc for c in claims})
        return (f'<details class="many"><summary>{docs} source{"s" if docs != 1 else ""}</summary>'
                f'<span class="links">{refs}</span></details>')

    def groups(self, fact: Fact | None, conflict: Conflict | None, mine: str | None = None) -> str:
        """A fact's value groups, majority first, each with its value, how many independent sources
        give it, how far it departs (a conflict's side severity) and links to the lines; `mine` (a
        draft's claim) marks its group."""
        if fact is None and conflict is None:
            return ""
        support = {frozenset(v.claims): v.independent_sources for v in (fact.values if fact else [])}
        if conflict is not None:
            sides = conflict.sides or [[cid] for cid in conflict.claims]
            severities = conflict.side_severity or [None] * len(sides)
        else:
            sides = [v.claims for v in fact.values]  # type: ignore[union-attr]
            severities = [None] * len(sides)
        out = []
        for n, side in enumerate(sides):
            claims = [self.by_id[cid] for cid in side if cid in self.by_id]
            if not claims:
                continue
            others = [c for c in claims if c.id != mine]
            role = ("majority" if n == 0 else "outlier") if conflict is not None and conflict.outliers else (
                f"side {n + 1}" if len(sides) > 1 else "")
            k = support.get(frozenset(side))
            said = [role] if role else []
            if k is not None:
                said.append(f"{k} independent source{'s' if k != 1 else ''}")
            sev = severities[n] if n < len(severities) else None
            badge = f'<span class="badge {attr(sev)}">{escape(sev)}</span>' if sev else ""
            me = '<span class="mine">the draft</span> ' if mine and mine in side else ""
            values = " ≈ ".join(dict.fromkeys(value_text(c) for c in claims))
            out.append(f'<li data-side="{n}">{badge}{me}<span class="value">{escape(values)}</span> '
                       f'<span class="meta">{escape(", ".join(said))}</span> {self.links(others)}</li>')
        return f'<ul class="groups">{"".join(out)}</ul>'

    # --- a document ---------------------------------------------------------------------------
    def doc_head(self, doc_id: str) -> str:
        """The front matter as a header: outlet, linked title, date, derived-from, the file."""
        d = self.docs[doc_id]
        parts = [f'<span class="outlet">{escape(self.outlet.get(d.id, d.id))}</span>']
        title = d.title or (d.id if not d.source else "")
        url = safe_url(d.url)
        if title and url:
            parts.append(f'<a class="title" href="{attr(url)}" rel="noreferrer noopener">{escape(title)}</a>')
        elif title:
            parts.append(f'<span class="title">{escape(title)}</span>')
        elif url:
            parts.append(f'<a href="{attr(url)}" rel="noreferrer noopener">{escape(url)}</a>')
        if d.published:
            parts.append(f'<time datetime="{d.published.isoformat()}">{d.published.isoformat()}</time>')
        if d.derived_from:
            source = self.docs.get(d.derived_from)
            name = self.outlet.get(d.derived_from, d.derived_from)
            link = (f'<a href="#{attr(self.doc_anchor[d.derived_from])}">{escape(name)}</a>' if source
                    else escape(name))
            parts.append(f'<span class="derived">derived from {link}</span>')
        parts.append(f'<span class="meta path">{escape(d.path)}</span>')
        return f'<div class="doc-head">{"".join(parts)}</div>'

    def sources_section(self, docs: list) -> str:  # noqa: ANN001 - Document records
        """The sources, each under its header; beyond OPEN_SOURCES each is one line that opens, and
        all of them sit in one collapsed group ("300 sources")."""
        n = len(docs)
        out = [f'<section id="sources"><h2>Sources ({n})</h2>{legend()}']
        many = n > OPEN_SOURCES
        if many:
            out.append(f'<details class="group" data-group="sources"><summary>{n} sources, one line each '
                       f'(<span class="count">{n}</span> shown)</summary>')
        for d in docs:
            outlet = self.outlet.get(d.id, d.id)
            out.append(
                f'<article class="doc" id="{self.doc_anchor[d.id]}" data-doc="{attr(d.id)}" data-filter="sources" '
                f'data-outlets="{attr(json.dumps([outlet], ensure_ascii=False))}"><details{"" if many else " open"}>'
                f'<summary>{self.doc_head(d.id)}</summary>{self.doc_text(d.id)}</details></article>')
        if many:
            out.append("</details>")
        out.append("</section>")
        return "\n".join(out)

    def doc_text(self, doc_id: str, status: dict[str, str] | None = None) -> str:
        """The article's text (after its front matter) with its claims and regions marked."""
        source = self.sources.get(doc_id)
        if source is None:
            return '<p class="meta">(text not available)</p>'
        claims = self.claims_of.get(doc_id, [])
        regions = self.docs[doc_id].regions
        return f'<pre class="text">{self.marked(source.text, claims, regions, source.body_start, status or {})}</pre>'

    def marked(self, text: str, claims: list[Claim], regions: list, start: int = 0,  # noqa: ANN001
               status: dict[str, str] | None = None) -> str:
        """text[start:] with nested spans for claims and regions; a span that would cross another is split."""
        status = status or {}
        items = [(c.start, c.end, "c", c) for c in claims if start <= c.start < c.end <= len(text)]
        items += [(max(r.start, start), r.end, "r", r) for r in regions if 0 <= r.start < r.end <= len(text) and r.end > start]
        items.sort(key=lambda i: (i[0], -i[1], i[2] != "r"))
        starts: dict[int, list[int]] = {}
        ends: dict[int, list[int]] = {}
        for n, (a, b, _, _) in enumerate(items):
            starts.setdefault(a, []).append(n)
            ends.setdefault(b, []).append(n)
        cuts = sorted({start, len(text), *starts, *ends})
        html: list[str] = []
        stack: list[int] = []   # open spans, as indexes into items (outer first)
        active: set[int] = set()
        opened: set[int] = set()
        for a, b in zip(cuts, cuts[1:]):  # a sweep: only the items covering [a, b) are looked at
            active.difference_update(ends.get(a, ()))
            active.update(starts.get(a, ()))
            cover = sorted(active)  # items are sorted outer-first, so index order is nesting order
            keep = 0
            while keep < len(stack) and keep < len(cover) and stack[keep] == cover[keep]:
                keep += 1
            for _ in range(len(stack) - keep):
                stack.pop()
                html.append("</span>")
            for n in cover[keep:]:
                html.append(self.open_tag(items[n], n not in opened, status))
                opened.add(n)
                stack.append(n)
            html.append(escape(text[a:b]))
        html.extend("</span>" for _ in stack)
        return "".join(html).lstrip("\n")

    def open_tag(self, item: tuple, first: bool, status: dict[str, str]) -> str:
        _, _, what, obj = item
        if what == "r":
            return f'<span class="region r-{attr(obj.kind)}" title="{attr(obj.kind)}: not article text">'
        c = obj
        classes = ["claim", f"k-{c.kind}"]
        if c.id in self.severity:
            classes += ["in-conflict", f"sev-{self.severity[c.id]}"]
        about = fact_label(c.subject, c.attribute, c.kind, c.modality)
        title = f"{c.kind}: {value_text(c)} — {about}"
        if c.id in status:
            classes.append(f"st-{status[c.id]}")
            title += f" — {status[c.id]}"
        dom = f' id="{self.dom_id[c.id]}"' if first and c.id in self.dom_id else ""
        return (f'<span{dom} class="{" ".join(classes)}" data-claim-id="{attr(c.id)}" data-kind="{attr(c.kind)}" '
                f'title="{attr(title)}">')


def notes(r) -> str:  # noqa: ANN001 - Report
    """The inputs not read in full (skipped, cut, another language, undated draft), before the rest of a page."""
    found = reading_notes(r)
    if not found:
        return ""
    items = "".join(f"<li><strong>{escape(path)}</strong>: {escape(note)}</li>" for path, note in found)
    return f'<section id="notes"><h2>Notes</h2><ul class="panel" id="note-list">{items}</ul></section>'


def legend() -> str:
    return ('<p class="legend">' + "".join(f'<span class="k-{k}">{k}</span>' for k in KIND_COLOURS)
            + '<span class="claim in-conflict">in a conflict</span></p>')


def page(title: str, header: str, body: list[str], footer: str) -> str:
    """The document around a page's parts: CSP, viewport, the style and the script. The title stays
    'claimkit report' or 'claimkit check', early in the file: ingest knows claimkit's own pages by it."""
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        f'<header class="page">{header}</header>',
        "<main>", *body, "</main>",
        f"<footer>{footer}</footer>",
        f"<script>{JS}</script>",
        "</body></html>",
    ])
