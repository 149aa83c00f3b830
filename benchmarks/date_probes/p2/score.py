"""Score claimkit date claims against gold.py (TIDES-style hand annotation).

usage: python3 score.py out.json articles/ > score.txt
"""
import calendar
import datetime as dt
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import GOLD  # noqa: E402

D = dt.date
ONE = dt.timedelta(days=1)


def month_iv(y, m):
    return D(y, m, 1), D(y, m, calendar.monthrange(y, m)[1])


def parse_base(s):
    """Return an interval for a base spec (year, month, day, quarter, half, decade)."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", s):
        d = D.fromisoformat(s)
        return d, d
    if re.fullmatch(r"\d{4}-\d\d", s):
        return month_iv(int(s[:4]), int(s[5:]))
    if re.fullmatch(r"\d{4}", s):
        return D(int(s), 1, 1), D(int(s), 12, 31)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", s)
    if m:
        y, q = int(m[1]), int(m[2])
        return D(y, 3 * q - 2, 1), month_iv(y, 3 * q)[1]
    m = re.fullmatch(r"(\d{4})-H([12])", s)
    if m:
        y, h = int(m[1]), int(m[2])
        return (D(y, 1, 1), D(y, 6, 30)) if h == 1 else (D(y, 7, 1), D(y, 12, 31))
    m = re.fullmatch(r"(\d{3})X", s)
    if m:
        y = int(m[1]) * 10
        return D(y, 1, 1), D(y + 9, 12, 31)
    raise ValueError(s)


def accepts(spec):
    """Return a predicate over (start, end) for one alternative."""
    m = re.fullmatch(r"(\d{4})-W(\d\d)", spec)
    if m:
        s = D.fromisocalendar(int(m[1]), int(m[2]), 1)
        e = s + 6 * ONE
        return lambda a, b: (a, b) in ((s, e), (s - ONE, e - ONE))
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", spec) or re.fullmatch(r"(SS):(\d{4})", spec)
    if m:
        if m[1] == "SS":
            s, e = D(int(m[2]), 9, 1), D(int(m[2]), 11, 30)
        else:
            y = int(m[1])
            s, e = {"SP": (D(y, 3, 1), D(y, 5, 31)), "SU": (D(y, 6, 1), D(y, 8, 31)),
                    "FA": (D(y, 9, 1), D(y, 11, 30)),
                    "WI": (D(y, 12, 1), month_iv(y + 1, 2)[1])}[m[2]]
        tol = dt.timedelta(days=25)
        return lambda a, b: abs(a - s) <= tol and abs(b - e) <= tol
    m = re.fullmatch(r"iv:([\d-]{10}):([\d-]{10}):([\d-]{10}):([\d-]{10})", spec)
    if m:  # a range: start within [slo, shi], end within [elo, ehi]
        slo, shi, elo, ehi = (D.fromisoformat(x) for x in m.groups())
        return lambda a, b: slo <= a <= shi and elo <= b <= ehi
    m = re.fullmatch(r"(early|mid|late|start|end):(.+)", spec)
    if m:
        mod, (s, e) = m[1], parse_base(m[2])
        n = (e - s).days + 1

        def part(a, b):
            if (a, b) == (s, e):
                return True
            if not (s <= a <= b <= e):
                return False
            if mod in ("early", "start"):
                return a == s and (b - s).days + 1 <= 0.6 * n
            if mod in ("late", "end"):
                return b == e and (a - s).days >= 0.4 * n
            mid = s + dt.timedelta(days=n // 2)
            return a <= mid <= b and (a - s).days >= 0.2 * n and (e - b).days >= 0.2 * n
        return part
    m = re.fullmatch(r"([\d-]{10})/([\d-]{10})", spec)
    if m:
        s, e = D.fromisoformat(m[1]), D.fromisoformat(m[2])
        return lambda a, b: (a, b) == (s, e)
    s, e = parse_base(spec)
    return lambda a, b: (a, b) == (s, e)


def claim_iv(c):
    v = c.get("value") or {}
    try:
        return D.fromisoformat(v["start"]), D.fromisoformat(v["end"])
    except Exception:
        return None


def main(out_path, art_dir):
    out = json.load(open(out_path))
    claims = [c for c in out["claims"] if c["kind"] == "date"]
    by_doc = {}
    for c in claims:
        by_doc.setdefault(os.path.basename(c["doc"]), []).append(c)
    rows = []  # expected rows
    spans = {}  # doc -> list of (start, end, spec, row)
    for doc, gold in GOLD.items():
        text = open(os.path.join(art_dir, doc), encoding="utf-8").read()
        pub = re.search(r"published: (\S+)", text)[1]
        cur = 0
        for span, spec in gold:
            i = text.find(span, cur)
            if i < 0:
                raise SystemExit(f"{doc}: span {span!r} not found after {cur}")
            cur = i + 1
            ls = text.rfind("\n", 0, i) + 1
            le = text.find("\n", i)
            sent_s = max(text.rfind(". ", ls, i) + 2, ls) if text.rfind(". ", ls, i) >= 0 else ls
            sent_e = text.find(". ", i + len(span), le)
            sent = text[sent_s:(sent_e + 1 if sent_e >= 0 else le)]
            r = dict(doc=doc, pub=pub, span=span, spec=spec, start=i, end=i + len(span),
                     sentence=sent.strip())
            spans.setdefault(doc, []).append(r)
            if spec not in (None, "NEG"):
                r["preds"] = [accepts(a) for a in spec.split("|")]
                rows.append(r)
    # rows
    for r in rows:
        ov = [c for c in by_doc.get(r["doc"], []) if c["start"] < r["end"] and c["end"] > r["start"]]
        r["got"] = ov
        r["span_ok"] = bool(ov)
        r["value_ok"] = any(claim_iv(c) and any(p(*claim_iv(c)) for p in r["preds"]) for c in ov)
    # claims
    correct = wrong = fp = neutral = 0
    bad_claims = []
    for doc, cs in by_doc.items():
        for c in cs:
            ov = [r for r in spans.get(doc, []) if c["start"] < r["end"] and c["end"] > r["start"]]
            exp = [r for r in ov if r["spec"] not in (None, "NEG")]
            iv = claim_iv(c)
            if exp:
                if iv and any(p(*iv) for r in exp for p in r["preds"]):
                    correct += 1
                else:
                    wrong += 1
                    bad_claims.append(("wrong", doc, c, exp))
            elif any(r["spec"] is None for r in ov):
                neutral += 1
            else:
                fp += 1
                bad_claims.append(("fp", doc, c, ov))
    n = len(rows)
    sr = sum(r["span_ok"] for r in rows)
    vr = sum(r["value_ok"] for r in rows)
    tot = correct + wrong + fp
    print(f"expected rows: {n}   date claims: {len(claims)} (neutral {neutral})")
    print(f"span recall : {sr}/{n} = {sr / n:.3f}")
    print(f"value recall: {vr}/{n} = {vr / n:.3f}")
    print(f"precision   : {correct}/{tot} = {correct / tot:.3f}  (wrong value {wrong}, not a date {fp})")
    print()

    def fmt(c):
        v = c["value"] or {}
        return f"{c['text']!r} -> {v.get('start')}..{v.get('end')} ({v.get('granularity')}, rel={v.get('relative')})"
    print("== expected rows missed or wrong ==")
    for r in rows:
        if not r["value_ok"]:
            tag = "MISS" if not r["span_ok"] else "WRONG"
            got = "; ".join(fmt(c) for c in r["got"]) or "-"
            print(f"{tag} {r['doc']} pub {r['pub']} | {r['span']!r} expected {r['spec']} | got {got}")
            print(f"      \"{r['sentence']}\"")
    print()
    print("== claims not a date (false positives) ==")
    for kind, doc, c, ov in bad_claims:
        if kind == "fp":
            print(f"FP {doc} | {fmt(c)} | marked: {[r['span'] for r in ov] or 'unannotated'}")
    print()
    print("== claims that overlap an expected row with a wrong value ==")
    for kind, doc, c, ov in bad_claims:
        if kind == "wrong":
            print(f"BAD {doc} | {fmt(c)} | rows: {[(r['span'], r['spec']) for r in ov]}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
