"""Report + source texts -> one self-contained HTML page for editors (inline CSS and JS, no network).

Every piece of source text goes through html.escape; claims become <span
data-claim-id> elements cut from the offsets. Clicking a conflict, finding or
fact adds the class "active" to each of its claims and scrolls to the first.
"""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING

from claimkit.models import Report
from claimkit.render.wording import (
    SEVERITIES, SEVERITY_RANK, conflict_sides, fact_label, reading_notes, short_labels, side_headings, value_text,
)

if TYPE_CHECKING:
    from claimkit.ingest import Source
    from claimkit.models import Claim

KIND_COLOURS = {
    "money": "#fde68a", "date": "#bfdbfe", "sentence": "#fecaca", "duration": "#e9d5ff", "count": "#bbf7d0",
    "percent": "#fbcfe8", "quantity": "#c7d2fe", "law": "#fed7aa", "quote": "#e5e7eb",
}

# No network at all: the policy forbids every fetch; only the inline style and script run.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#111;background:#fafafa}
header,main{max-width:72rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.4rem;margin:.2rem 0}
h2{font-size:1.15rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:1.6rem}
.summary{color:#444}
.legend span{display:inline-block;margin:.1rem .3rem .1rem 0;padding:0 .4rem;border-radius:3px;font-size:.85rem}
ol.panel{list-style:none;padding:0;margin:0}
ol.panel>li{background:#fff;border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;
  margin:.4rem 0;padding:.5rem .7rem;cursor:pointer}
ol.panel>li:focus,ol.panel>li:hover{outline:2px solid #2563eb}
ol.panel>li.selected{background:#eff6ff}
.sev-high{border-left-color:#dc2626!important}.sev-medium{border-left-color:#d97706!important}
.sev-low{border-left-color:#0891b2!important}.sev-info{border-left-color:#9ca3af!important}
.badge{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;padding:0 .4rem;
  border-radius:3px;color:#fff;background:#6b7280;margin-right:.4rem}
.badge.high{background:#dc2626}.badge.medium{background:#d97706}.badge.low{background:#0891b2}
.silenced{opacity:.55;text-decoration:line-through}
.sides{margin:.3rem 0 0 0;padding-left:1.2rem;font-size:.92rem}
.sides a{font-family:ui-monospace,monospace;font-size:.85rem}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.92rem}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
tbody tr{cursor:pointer}tbody tr:hover{background:#eff6ff}
article.doc{background:#fff;border:1px solid #ddd;border-radius:4px;margin:1rem 0;padding:.2rem 1rem 1rem}
article.doc.draft{border-color:#2563eb}
article.doc h3{font-size:1rem;margin:.6rem 0 .2rem;word-break:break-all}
.meta{color:#555;font-size:.85rem}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:inherit;margin:.5rem 0 0}
.claim{border-radius:2px;padding:0 1px;cursor:help}
.claim.in-conflict{text-decoration:underline wavy #dc2626;text-underline-offset:3px}
.claim.active{outline:3px solid #dc2626;background:#fef08a!important;box-shadow:0 0 0 4px rgba(220,38,38,.25)}
.region{color:#777;background:repeating-linear-gradient(135deg,#f3f4f6 0 6px,#fff 6px 12px)}
footer{max-width:72rem;margin:2rem auto;padding:0 1rem;color:#777;font-size:.8rem}
""" + "".join(f".k-{kind}{{background:{colour}}}" for kind, colour in KIND_COLOURS.items())

JS = """
(function(){
  "use strict";
  function activate(ids, scroll){
    var wanted = new Set(ids), first = null, lead = null;
    document.querySelectorAll(".claim.active").forEach(function(el){ el.classList.remove("active"); });
    document.querySelectorAll(".claim[data-claim-id]").forEach(function(el){
      var id = el.getAttribute("data-claim-id");
      if (wanted.has(id)) {
        el.classList.add("active");
        if (!first) first = el;
        if (!lead && id === ids[0]) lead = el;  // a finding's own claim comes first in its list
      }
    });
    first = lead || first;
    if (first && scroll) first.scrollIntoView({block: "center"});
    return first;
  }
  function select(el){
    document.querySelectorAll(".selected").forEach(function(s){ s.classList.remove("selected"); });
    el.classList.add("selected");
    activate(JSON.parse(el.getAttribute("data-claims")), true);
  }
  document.querySelectorAll("[data-claims].selectable").forEach(function(el){
    el.addEventListener("click", function(ev){
      if (ev.target.closest("a")) { ev.preventDefault(); }
      select(el);
      var link = ev.target.closest("a[data-target]");
      if (link) { var t = document.getElementById(link.getAttribute("data-target")); if (t) t.scrollIntoView({block: "center"}); }
    });
    el.addEventListener("keydown", function(ev){
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(el); }
    });
  });
  window.claimkit = {activate: activate};
})();
"""


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _ids(ids: list[str]) -> str:
    return _attr(json.dumps(ids, ensure_ascii=False))


class _Page:
    def __init__(self, report: Report, sources: list[Source]) -> None:
        self.report = report
        self.sources = {s.doc.id: s for s in sources}
        self.by_id = {c.id: c for c in report.claims}
        self.facts_by_id = {f.id: f for f in report.facts}
        self.dom_id = {c.id: f"claim-{n}" for n, c in enumerate(report.claims)}
        self.labels = short_labels(d.id for d in report.documents)
        self.severity: dict[str, str] = {}
        for x in report.conflicts:
            for cid in x.claims:
                if SEVERITY_RANK[x.severity] > SEVERITY_RANK.get(self.severity.get(cid, "info"), 0):
                    self.severity[cid] = x.severity

    def ref(self, claim: Claim) -> str:
        """A link to a claim: '000:28:170'."""
        where = f"{self.labels.get(claim.doc, claim.doc)}:{claim.line}:{claim.column}"
        target = self.dom_id[claim.id]
        return f'<a href="#{target}" data-target="{target}" title="{_attr(claim.doc)}">{escape(where)}</a>'

    def conflicts(self) -> str:
        r = self.report
        out = ['<section id="conflicts"><h2>Conflicts</h2>']
        if not r.conflicts:
            out.append('<p class="none">No conflicts: every fact the sources share agrees.</p>')
        out.append('<ol class="panel" id="conflict-list">')
        ordered = sorted(r.conflicts, key=lambda x: SEVERITIES.index(x.severity) if x.severity in SEVERITIES else 9)
        for x in ordered:
            sides = []
            for heading, side in zip(side_headings(x, self.facts_by_id), conflict_sides(x, self.by_id)):
                words = "; ".join(f"{self.ref(c)} “{escape(c.text)}” <span class=\"meta\">= {escape(value_text(c))}</span>"
                                  for c in side)
                sides.append(f"<li>{escape(heading)}: {words}</li>")
            out.append(
                f'<li class="conflict selectable sev-{_attr(x.severity)}" id="conflict-{_attr(x.id)}" '
                f'data-conflict="{_attr(x.id)}" data-claims="{_ids(x.claims)}" tabindex="0" role="button">'
                f'<span class="badge {_attr(x.severity)}">{escape(x.severity)}</span>'
                f'<strong>{escape(fact_label(x.subject, x.attribute, x.kind))}</strong> '
                f'<span class="meta">{escape(x.kind)} · {escape(x.id)}</span>'
                f'<div class="summary-line">{escape(x.summary)}</div><ul class="sides">{"".join(sides)}</ul></li>')
        out.append("</ol></section>")
        return "\n".join(out)

    def notes(self) -> str:
        """What was not read in full (a skipped .docx, a document cut by the time budget, another
        language) and a draft read as of a day it does not give: before the findings they may change."""
        notes = reading_notes(self.report)
        if not notes:
            return ""
        items = "".join(f"<li><strong>{escape(path)}</strong>: {escape(note)}</li>" for path, note in notes)
        return f'<section id="notes"><h2>Notes</h2><ul class="panel" id="note-list">{items}</ul></section>'

    def findings(self) -> str:
        findings = self.report.findings
        if findings is None:
            return ""
        out = ['<section id="findings"><h2>Findings on the draft</h2>']
        if not findings:
            out.append('<p class="none">No findings: every figure of the draft is supported by the sources.</p>')
        out.append('<ol class="panel" id="finding-list">')
        for n, f in enumerate(findings):
            claim = self.by_id.get(f.claim)
            where = self.ref(claim) if claim else escape(f.claim)
            silenced = " silenced" if f.silenced or f.baselined else ""
            why = " <em>(silenced)</em>" if f.silenced else " <em>(baseline)</em>" if f.baselined else ""
            out.append(
                f'<li class="finding selectable sev-{_attr(f.severity)}{silenced}" id="finding-{n}" '
                f'data-code="{_attr(f.code)}" data-claims="{_ids([f.claim, *f.evidence])}" tabindex="0" role="button">'
                f'<span class="badge {_attr(f.severity)}">{escape(f.severity)}</span><strong>{escape(f.code)}</strong> '
                f'{where} {escape(f.message)}{why}</li>')
        out.append("</ol></section>")
        return "\n".join(out)

    def facts(self) -> str:
        agreed = [f for f in self.report.facts if f.status == "agreed"]
        out = [f'<section id="facts"><h2>Agreed facts ({len(agreed)})</h2>',
               '<table id="agreed-facts"><thead><tr><th>fact</th><th>kind</th><th>about</th><th>value</th>'
               '<th>where</th></tr></thead><tbody>']
        for f in agreed:
            values = [value_text(self.by_id[fv.claims[0]]) for fv in f.values if fv.claims and fv.claims[0] in self.by_id]
            refs = " ".join(self.ref(self.by_id[cid]) for cid in f.claims if cid in self.by_id)
            out.append(
                f'<tr class="fact selectable" id="fact-{_attr(f.id)}" data-claims="{_ids(f.claims)}">'
                f"<td>{escape(f.id)}</td><td>{escape(f.kind)}</td>"
                f"<td>{escape(fact_label(f.subject, f.attribute, f.kind, f.modality))}</td>"
                f"<td>{escape(' ≈ '.join(dict.fromkeys(values)))}</td><td>{refs}</td></tr>")
        out.append("</tbody></table></section>")
        return "\n".join(out)

    def documents(self) -> str:
        out = ['<section id="sources"><h2>Sources</h2>']
        claims_of: dict[str, list[Claim]] = {}
        for c in self.report.claims:
            claims_of.setdefault(c.doc, []).append(c)
        for n, d in enumerate(self.report.documents):
            draft = " draft" if d.role == "draft" else ""
            meta = [x for x in (d.source, d.published and d.published.isoformat(), d.role if draft else None) if x]
            out.append(f'<article class="doc{draft}" id="doc-{n}" data-doc="{_attr(d.id)}">'
                       f'<h3>{escape(self.labels.get(d.id, d.id))} — {escape(d.title or d.id)}</h3>'
                       f'<div class="meta">{escape(d.path)}{" · " if meta else ""}{escape(" · ".join(meta))}</div>')
            source = self.sources.get(d.id)
            if source is None:
                out.append('<p class="meta">(text not available)</p></article>')
                continue
            out.append(f'<pre class="text">{self.marked(source.text, claims_of.get(d.id, []), d.regions)}</pre></article>')
        out.append("</section>")
        return "\n".join(out)

    def marked(self, text: str, claims: list[Claim], regions: list) -> str:  # noqa: ANN001
        """The text with nested spans for claims and regions; a span that would cross another is split."""
        items = [(c.start, c.end, "c", c) for c in claims if 0 <= c.start < c.end <= len(text)]
        items += [(r.start, r.end, "r", r) for r in regions if 0 <= r.start < r.end <= len(text)]
        items.sort(key=lambda i: (i[0], -i[1], i[2] != "r"))
        starts: dict[int, list[int]] = {}
        ends: dict[int, list[int]] = {}
        for n, (a, b, _, _) in enumerate(items):
            starts.setdefault(a, []).append(n)
            ends.setdefault(b, []).append(n)
        cuts = sorted({0, len(text), *starts, *ends})
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
                html.append(self.open_tag(items[n], n not in opened))
                opened.add(n)
                stack.append(n)
            html.append(escape(text[a:b]))
        html.extend("</span>" for _ in stack)
        return "".join(html)

    def open_tag(self, item: tuple, first: bool) -> str:
        _, _, what, obj = item
        if what == "r":
            return f'<span class="region r-{_attr(obj.kind)}" title="{_attr(obj.kind)}: not article text">'
        c = obj
        classes = ["claim", f"k-{c.kind}"]
        if c.id in self.severity:
            classes += ["in-conflict", f"sev-{self.severity[c.id]}"]
        about = fact_label(c.subject, c.attribute, c.kind, c.modality)
        title = f"{c.kind}: {value_text(c)} — {about}"
        dom = f' id="{self.dom_id[c.id]}"' if first else ""
        return (f'<span{dom} class="{" ".join(classes)}" data-claim-id="{_attr(c.id)}" data-kind="{_attr(c.kind)}" '
                f'title="{_attr(title)}">')


def render_html(report: Report, sources: list[Source]) -> str:
    """The whole page: conflicts, findings (check), agreed facts, then each source with its claims marked."""
    page = _Page(report, sources)
    s = report.summary
    counts = ", ".join(f"{s.conflicts.get(k, 0)} {k}" for k in SEVERITIES)
    legend = "".join(f'<span class="k-{k}">{k}</span>' for k in KIND_COLOURS)
    title = "claimkit check" if report.findings is not None else "claimkit report"
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title><style>{CSS}</style></head><body>",
        f'<header><h1>{title}</h1><p class="summary" id="summary">{s.documents} documents, {s.claims} claims, '
        f"{s.facts} facts — conflicts: {counts}. Generated {escape(report.generated_at)} by claimkit "
        f'{escape(report.tool.get("version", ""))}.</p><p class="legend">{legend}'
        '<span class="claim in-conflict">in a conflict</span></p></header>',
        "<main>", page.notes(), page.findings(), page.conflicts(), page.facts(), page.documents(), "</main>",
        "<footer>Click a conflict, finding or fact to highlight its claims in the sources.</footer>",
        f"<script>{JS}</script>",
        "</body></html>",
    ])
