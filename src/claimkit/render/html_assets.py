"""The editor's pages' inline style and script, and the Content-Security-Policy that admits them.

The policy forbids every fetch (default-src 'none') and admits only this style and this script,
by their SHA-256 hashes: no 'unsafe-inline', so markup that slipped into a page could not run.
"""

from __future__ import annotations

import base64
import hashlib

KIND_COLOURS = {
    "money": "#fde68a", "date": "#bfdbfe", "sentence": "#fecaca", "duration": "#e9d5ff", "count": "#bbf7d0",
    "percent": "#fbcfe8", "quantity": "#c7d2fe", "law": "#fed7aa", "quote": "#e5e7eb",
}

CSS = """
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#111;background:#fafafa}
header.page,main,footer{max-width:84rem;margin:0 auto;padding:0 1rem}
header.page{padding-top:1rem}
h1,h2,h3,summary{overflow-wrap:break-word;word-break:normal;hyphens:manual}
h1{font-size:1.4rem;margin:.2rem 0}
h2{font-size:1.15rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:1.6rem}
h3{font-size:1rem;margin:.2rem 0}
a{color:#1d4ed8;overflow-wrap:anywhere}
.summary,.meta{color:#555}
.meta{font-size:.85rem}
.path{overflow-wrap:anywhere}
.verdict{border-left:8px solid #16a34a;background:#f0fdf4;padding:.4rem .8rem;border-radius:4px}
.verdict.fail{border-left-color:#dc2626;background:#fef2f2}
.legend span{display:inline-block;margin:.1rem .3rem .1rem 0;padding:0 .4rem;border-radius:3px;font-size:.85rem}
ol.panel,ul.panel{list-style:none;padding:0;margin:0}
ol.panel>li,ul.panel>li{background:#fff;border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;
  margin:.4rem 0;padding:.5rem .7rem;min-width:0}
.selectable{cursor:pointer}
.selectable:focus,.selectable:hover{outline:2px solid #2563eb}
.selected{background:#eff6ff!important}
.sev-high{border-left-color:#dc2626!important}.sev-medium{border-left-color:#d97706!important}
.sev-low{border-left-color:#0891b2!important}.sev-info{border-left-color:#9ca3af!important}
.sev-agreed{border-left-color:#16a34a!important}
.badge{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;padding:0 .4rem;
  border-radius:3px;color:#fff;background:#6b7280;margin-right:.4rem}
.badge.high{background:#dc2626}.badge.medium{background:#d97706}.badge.low{background:#0891b2}
.badge.agreed{background:#16a34a}
.silenced{opacity:.6}.silenced .msg{text-decoration:line-through}
ul.groups{list-style:none;margin:.4rem 0 0;padding:0;font-size:.92rem}
ul.groups>li{border-top:1px dashed #e5e7eb;padding:.25rem 0}
.value{font-weight:600}
.mine{background:#dbeafe;border-radius:3px;padding:0 .3rem;font-size:.8rem}
.links{display:inline}
.links a{display:inline-block;max-width:100%;margin-right:.6rem}
details.many{display:inline}
details.many[open]{display:block}
details.many summary{display:inline;cursor:pointer;color:#1d4ed8;white-space:nowrap}
details.group{background:#fff;border:1px solid #ddd;border-radius:4px;margin:.4rem 0;padding:.2rem .7rem}
details.group>summary{cursor:pointer;font-weight:600;padding:.2rem 0}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;background:#fff;border:1px solid #ddd;
  border-radius:4px;padding:.5rem .7rem;margin:.8rem 0}
@media (min-width:48rem){.filters{position:sticky;top:0;z-index:2}}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:#444;min-width:0;flex:1 1 8rem}
.filters select,.filters input{font:inherit;padding:.2rem;max-width:100%}
.filters output{flex:1 1 100%;font-size:.85rem;color:#444}
[hidden]{display:none!important}
.nowrap{white-space:nowrap}
article.doc{background:#fff;border:1px solid #ddd;border-radius:4px;margin:1rem 0;padding:.5rem 1rem 1rem;min-width:0}
article.doc.draft{border-color:#2563eb;border-width:2px}
article.doc>details>summary{cursor:pointer;list-style-position:outside}
.doc-head{display:flex;flex-wrap:wrap;gap:.2rem .8rem;align-items:baseline}
.doc-head .outlet{font-weight:700}
.doc-head .title{font-weight:600}
pre.text{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;margin:.5rem 0 0}
.claim{border-radius:2px;padding:0 1px;cursor:help}
.claim.in-conflict{text-decoration:underline wavy #dc2626;text-underline-offset:3px}
.draft .claim{background:#dcfce7;border-bottom:3px solid #16a34a}
.draft .claim.in-conflict{text-decoration:none}
.draft .claim.st-conflict{background:#fee2e2;border-bottom-color:#dc2626}
.draft .claim.st-unsupported{background:#ffedd5;border-bottom:3px dashed #ea580c}
.draft .claim.st-contested{background:#f3e8ff;border-bottom-color:#9333ea}
.draft .claim.st-converted{background:#e0f2fe;border-bottom-color:#0284c7}
.draft .claim.st-silenced{background:#f3f4f6;border-bottom-color:#9ca3af}
.st-legend span{display:inline-block;margin:.1rem .4rem .1rem 0;padding:0 .3rem;font-size:.85rem}
.claim.active{outline:3px solid #dc2626;background:#fef08a!important;box-shadow:0 0 0 4px rgba(220,38,38,.25)}
.region{color:#777;background:repeating-linear-gradient(135deg,#f3f4f6 0 6px,#fff 6px 12px)}
.check-grid{display:grid;grid-template-columns:minmax(0,1fr);gap:0 1.2rem}
@media (min-width:62rem){.check-grid{grid-template-columns:minmax(0,1.1fr) minmax(0,1fr)}
  .check-grid>aside{position:sticky;top:0;max-height:100vh;overflow-y:auto}}
footer{margin:2rem auto;color:#777;font-size:.8rem}
""" + "".join(f".k-{kind}{{background:{colour}}}" for kind, colour in KIND_COLOURS.items())

JS = """
(function(){
  "use strict";
  function openAround(el){
    for (var d = el && el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
  }
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
    if (first && scroll) { openAround(first); first.scrollIntoView({block: "center"}); }
    return first;
  }
  function select(el){
    document.querySelectorAll(".selected").forEach(function(s){ s.classList.remove("selected"); });
    el.classList.add("selected");
    activate(JSON.parse(el.getAttribute("data-claims")), true);
  }
  document.querySelectorAll("[data-claims].selectable").forEach(function(el){
    el.addEventListener("click", function(ev){
      if (ev.target.closest("summary")) return;  // opening a long list of links
      if (ev.target.closest("a") && !ev.target.closest("a[data-target]")) return;  // an outside link
      if (ev.target.closest("a")) ev.preventDefault();
      select(el);
      var link = ev.target.closest("a[data-target]");
      if (link) { var t = document.getElementById(link.getAttribute("data-target"));
                  if (t) { openAround(t); t.scrollIntoView({block: "center"}); } }
    });
    el.addEventListener("keydown", function(ev){
      if (ev.target !== el) return;
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(el); }
    });
  });
  // filters: kind, severity, outlet, words; an item without the attribute a filter reads is left alone
  var form = document.getElementById("filters");
  if (form) {
    form.hidden = false;
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
    var shown = document.getElementById("shown");
    var apply = function(){
      var kind = form.elements.kind.value, sev = form.elements.severity.value,
          outlet = form.elements.outlet.value, words = form.elements.q.value.trim().toLowerCase();
      var active = !!(kind || sev || outlet || words), counts = {};
      items.forEach(function(el){
        var ok = true, k = el.getAttribute("data-kind"), s = el.getAttribute("data-severity"),
            o = el.getAttribute("data-outlets");
        if (kind && k !== null && k !== kind) ok = false;
        if (sev && s !== null && s !== sev) ok = false;
        if (outlet && o !== null && JSON.parse(o).indexOf(outlet) < 0) ok = false;
        if (words && (el.getAttribute("data-search") || el.textContent).toLowerCase().indexOf(words) < 0) ok = false;
        el.hidden = !ok;
        var what = el.getAttribute("data-filter"); counts[what] = counts[what] || [0, 0];
        counts[what][1] += 1; if (ok) counts[what][0] += 1;
      });
      document.querySelectorAll("details.group").forEach(function(g){
        var n = g.querySelectorAll("[data-filter]:not([hidden])").length;
        g.hidden = n === 0;
        var c = g.querySelector(".count"); if (c) c.textContent = String(n);
        if (active && words) g.open = n > 0;
      });
      if (shown) shown.textContent = active ? "Showing " + Object.keys(counts).map(function(w){
        return counts[w][0] + " of " + counts[w][1] + " " + w; }).join(", ") : "";
    };
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function(ev){ ev.preventDefault(); apply(); });
    form.addEventListener("reset", function(){ setTimeout(apply, 0); });
  }
  window.claimkit = {activate: activate};
})();
"""


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


# No network at all: every fetch is refused; only this style and this script, by hash, apply.
CSP = (f"default-src 'none'; style-src {_sha256(CSS)}; script-src {_sha256(JS)}; img-src data:; "
       "base-uri 'none'; form-action 'none'")
