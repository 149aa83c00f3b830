#!/usr/bin/env python3
"""Score claimkit date claims against gold.py. Usage: score.py out.json"""
import json, sys, re, datetime as dt, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import GOLD
D = dt.date.fromisoformat
ART = os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles")

def month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1))

SEASON = {"spring": ((3, 1), (6, 21), 0), "summer": ((6, 1), (9, 22), 0),
          "autumn": ((9, 1), (12, 21), 0), "winter": ((12, 1), (3, 20), 1)}

def interval(spec):
    p = spec.split()
    k = p[0]
    if k == "D": d = D(p[1]); return d, d
    if k == "W": d = D(p[1]); m = d - dt.timedelta(d.weekday()); return m, m + dt.timedelta(6)
    if k == "M": y, m = map(int, p[1].split("-")); return dt.date(y, m, 1), month_end(y, m)
    if k == "Q": y, q = map(int, p[1].split("-")); return dt.date(y, 3*q-2, 1), month_end(y, 3*q)
    if k == "H": y, h = map(int, p[1].split("-")); return dt.date(y, 6*h-5, 1), month_end(y, 6*h)
    if k == "Y": y = int(p[1]); return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if k == "S": y = int(p[1]); a, b, add = SEASON[p[2]]; return dt.date(y, *a), dt.date(y + add, *b)
    if k == "R": return D(p[1]), D(p[2])
    raise ValueError(spec)

def locate(text, span):
    if isinstance(span, tuple):
        ctx, tgt = span; i = text.find(ctx)
        if i < 0: raise SystemExit(f"context not found: {ctx!r}")
        j = text.find(tgt, i, i + len(ctx)); return j, j + len(tgt)
    i = text.find(span)
    if i < 0: raise SystemExit(f"span not found: {span!r}")
    return i, i + len(span)

def sentence_at(text, s):
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    m = re.search(r'[.!?]["”]?(\s|$)', text[s:]); b = s + m.end() if m else len(text)
    return " ".join(text[a:b].split())

def main(path):
    out = json.load(open(path))
    claims = [c for c in out["claims"] if c.get("kind") == "date"]
    rows, texts, pub = [], {}, {}
    for doc, anns in GOLD.items():
        t = open(os.path.join(ART, doc + ".md")).read(); texts[doc] = t
        pub[doc] = re.search(r"published:\s*(\S+)", t).group(1)
        for span, spec in anns:
            s, e = locate(t, span)
            alts = [] if spec in ("N", "X") else [interval(a.strip()) for a in spec.split("|")]
            rows.append(dict(doc=doc, s=s, e=e, text=t[s:e], spec=spec, alts=alts, claims=[]))
    def ok(c, r):
        v = c.get("value") or {}
        try: a, b = D(v["start"]), D(v["end"])
        except Exception: return False
        return any(lo <= a and b <= hi for lo, hi in r["alts"])
    byid = {}
    cl_stat = []
    for c in claims:
        doc = os.path.splitext(os.path.basename(c["doc"]))[0]
        ov = [r for r in rows if r["doc"] == doc and r["s"] < c["end"] and c["start"] < r["e"]]
        for r in ov: r["claims"].append(c)
        exp = [r for r in ov if r["alts"]]
        if any(ok(c, r) for r in exp): st = "correct"
        elif exp: st = "wrong"
        elif any(r["spec"] == "N" for r in ov): st = "neutral"
        else: st = "spurious"
        cl_stat.append((st, doc, c, ov))
    exp_rows = [r for r in rows if r["alts"]]
    found = [r for r in exp_rows if r["claims"]]
    right = [r for r in found if any(ok(c, r) for c in r["claims"])]
    nc = sum(1 for s, *_ in cl_stat if s == "correct")
    nw = sum(1 for s, *_ in cl_stat if s == "wrong")
    nsp = sum(1 for s, *_ in cl_stat if s == "spurious")
    nn = sum(1 for s, *_ in cl_stat if s == "neutral")
    print(f"expected expressions: {len(exp_rows)}   date claims: {len(claims)} "
          f"(correct {nc}, wrong {nw}, spurious {nsp}, on neutral spans {nn})")
    print(f"span recall : {len(found)}/{len(exp_rows)} = {len(found)/len(exp_rows):.1%}")
    print(f"value recall: {len(right)}/{len(exp_rows)} = {len(right)/len(exp_rows):.1%}")
    print(f"precision   : {nc}/{nc+nw+nsp} = {nc/(nc+nw+nsp):.1%}")
    def g(c):
        v = c.get("value") or {}
        return f"{c['text']!r} -> {v.get('start')}..{v.get('end')} ({v.get('granularity')}, rel={v.get('relative')}, {c.get('extractor','').split(':')[-1]})"
    print("\n== MISSED (no overlapping claim)")
    for r in exp_rows:
        if not r["claims"]:
            print(f"[{r['doc']} pub {pub[r['doc']]}] {r['text']!r}  expected {r['spec']}\n    {sentence_at(texts[r['doc']], r['s'])}")
    print("\n== FOUND BUT WRONG VALUE (row lost for value recall)")
    for r in found:
        if r not in right:
            print(f"[{r['doc']} pub {pub[r['doc']]}] {r['text']!r}  expected {r['spec']}  got " + "; ".join(g(c) for c in r["claims"]) +
                  f"\n    {sentence_at(texts[r['doc']], r['s'])}")
    print("\n== WRONG CLAIMS on rows that another claim got right (precision only)")
    for st, doc, c, ov in cl_stat:
        if st == "wrong" and any(r in right for r in ov):
            print(f"[{doc} pub {pub[doc]}] got {g(c)}  rows: {[r['text']+' = '+r['spec'] for r in ov]}")
    print("\n== SPURIOUS (not a date expression)")
    for st, doc, c, ov in cl_stat:
        if st == "spurious":
            tag = " [planted non-date]" if any(r["spec"] == "X" for r in ov) else ""
            print(f"[{doc} pub {pub[doc]}] {g(c)}{tag}\n    {sentence_at(texts[doc], c['start'])}")
    print("\n== CLAIMS ON NEUTRAL SPANS (not scored)")
    for st, doc, c, ov in cl_stat:
        if st == "neutral": print(f"[{doc}] {g(c)}")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "out.json"))
