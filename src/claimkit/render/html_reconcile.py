"""The reconcile page: one card per conflicting fact, then the agreed facts grouped by kind and
collapsed, then the sources; a filter bar (kind, severity, outlet, words) keeps hundreds of
documents usable. Without the script every card is shown and the groups open by a click."""

from __future__ import annotations

import json
from html import escape

from claimkit.render.html_page import Page, attr, ids_attr, notes, page
from claimkit.render.wording import SEVERITIES, fact_label, value_text


def _outlets(p: Page, claim_ids: list[str]) -> list[str]:
    return sorted({p.outlet.get(p.by_id[c].doc, p.by_id[c].doc) for c in claim_ids if c in p.by_id})


def _filter_attrs(p: Page, what: str, kind: str | None, severity: str | None, claim_ids: list[str], words: str) -> str:
    out = f' data-filter="{what}"'
    if kind is not None:
        out += f' data-kind="{attr(kind)}"'
    if severity is not None:
        out += f' data-severity="{attr(severity)}"'
    outlets = _outlets(p, claim_ids)
    out += f' data-outlets="{attr(json.dumps(outlets, ensure_ascii=False))}"'
    return out + f' data-search="{attr(" ".join([words, *outlets]).lower())}"'


def render_reconcile_page(p: Page) -> str:
    r = p.report
    s = r.summary
    n_conflicts = len(r.conflicts)
    counts = ", ".join(f"{s.conflicts.get(k, 0)} {k}" for k in SEVERITIES if s.conflicts.get(k, 0))
    heading = (f"{n_conflicts} conflicting fact{'s' if n_conflicts != 1 else ''} in {s.documents} "
               f"document{'s' if s.documents != 1 else ''}" if n_conflicts else
               f"No conflicts in {s.documents} document{'s' if s.documents != 1 else ''}")
    header = (f"<h1>{escape(heading)}</h1>"
              f'<p class="summary" id="summary">{s.documents} documents, {s.claims} claims, {s.facts} facts'
              f'{" — conflicts: " + escape(counts) if counts else ""}. Generated {escape(r.generated_at)} by '
              f'claimkit {escape(r.tool.get("version", ""))}.</p>')
    body = [filters(p), notes(r), conflicts(p), agreed(p), documents(p)]
    return page("claimkit report", header, body,
                "Click a conflict or fact to highlight its claims in the sources.")


def filters(p: Page) -> str:
    """The filter bar; hidden until the script runs (it is what makes it work)."""
    r = p.report
    kinds = sorted({f.kind for f in r.facts})
    outlets = sorted({p.outlet.get(d.id, d.id) for d in r.documents})

    def options(values: list[str], every: str, words: dict[str, str] | None = None) -> str:
        return f'<option value="">{escape(every)}</option>' + "".join(
            f'<option value="{attr(v)}">{escape((words or {}).get(v, v))}</option>' for v in values)

    sev = [*SEVERITIES, "agreed"]
    return (
        '<form id="filters" class="filters" hidden role="search">'
        f'<label>Kind<select name="kind">{options(kinds, "every kind")}</select></label>'
        f'<label>Severity<select name="severity">{options(sev, "any", {"agreed": "agreed (no conflict)"})}'
        '</select></label>'
        f'<label>Outlet<select name="outlet">{options(outlets, f"every outlet ({len(outlets)})")}</select></label>'
        '<label>Search<input type="search" name="q" placeholder="words, a figure, a name" autocomplete="off">'
        '</label><button type="reset">Clear</button><output id="shown" aria-live="polite"></output></form>')


def conflicts(p: Page) -> str:
    r = p.report
    out = [f'<section id="conflicts"><h2>Conflicts ({len(r.conflicts)})</h2>']
    if not r.conflicts:
        out.append('<p class="none">No conflicts: every fact the sources share agrees.</p>')
    out.append('<ol class="panel" id="conflict-list">')
    ordered = sorted(r.conflicts, key=lambda x: SEVERITIES.index(x.severity) if x.severity in SEVERITIES else 9)
    for x in ordered:
        fact = p.facts_by_id.get(x.fact)
        label = fact_label(x.subject, x.attribute, x.kind)
        words = " ".join([label, x.kind, x.summary, *(value_text(p.by_id[c]) for c in x.claims if c in p.by_id),
                          *(p.by_id[c].text for c in x.claims if c in p.by_id)])
        out.append(
            f'<li class="conflict selectable sev-{attr(x.severity)}" id="conflict-{attr(x.id)}" '
            f'data-conflict="{attr(x.id)}" data-claims="{ids_attr(x.claims)}" tabindex="0" role="button"'
            f'{_filter_attrs(p, "conflicts", x.kind, x.severity, x.claims, words)}>'
            f'<span class="badge {attr(x.severity)}">{escape(x.severity)}</span>'
            f'<strong>{escape(label)}</strong> <span class="meta">{escape(x.kind)} · {escape(x.id)}</span>'
            f'{p.groups(fact, x)}'
            f'<details class="why"><summary class="meta">why these are one fact</summary>'
            f'<p class="meta">{escape(x.summary)}</p></details></li>')
    out.append("</ol></section>")
    return "\n".join(out)


def agreed(p: Page) -> str:
    """The agreed facts, one collapsed group per kind; each fact its value and its sources."""
    facts = [f for f in p.report.facts if f.status == "agreed"]
    out = [f'<section id="facts"><h2>Agreed facts ({len(facts)})</h2>']
    if not facts:
        out.append('<p class="none">No fact is given alike by two independent sources.</p>')
    by_kind: dict[str, list] = {}
    for f in facts:
        by_kind.setdefault(f.kind, []).append(f)
    opened = " open" if len(facts) <= 12 else ""
    for kind in sorted(by_kind, key=lambda k: (-len(by_kind[k]), k)):
        group = sorted(by_kind[kind], key=lambda f: (-max((v.independent_sources for v in f.values), default=0), f.id))
        out.append(f'<details class="group" data-group="{attr(kind)}"{opened}><summary>{escape(kind)} '
                   f'(<span class="count">{len(group)}</span>)</summary><ul class="panel agreed-facts">')
        for f in group:
            claims = [p.by_id[c] for c in f.claims if c in p.by_id]
            label = fact_label(f.subject, f.attribute, f.kind, f.modality)
            values = " ≈ ".join(dict.fromkeys(value_text(c) for c in claims))
            k = max((v.independent_sources for v in f.values), default=0)
            words = " ".join([label, f.kind, values, *(c.text for c in claims)])
            out.append(
                f'<li class="fact selectable sev-agreed" id="fact-{attr(f.id)}" data-claims="{ids_attr(f.claims)}" '
                f'tabindex="0" role="button"{_filter_attrs(p, "facts", f.kind, "agreed", f.claims, words)}>'
                f'<strong>{escape(label)}</strong>: <span class="value">{escape(values)}</span> '
                f'<span class="meta">{k} independent source{"s" if k != 1 else ""} · {escape(f.id)}</span> '
                f'{p.links(claims)}</li>')
        out.append("</ul></details>")
    out.append("</section>")
    return "\n".join(out)


def documents(p: Page) -> str:
    return p.sources_section(p.report.documents)
