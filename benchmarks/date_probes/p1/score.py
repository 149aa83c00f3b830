"""Score claimkit date claims (out.json) against expected.json.
Usage: python3 score.py [out.json]  -> prints summary + every failure, writes score.json"""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXP = json.load(open(os.path.join(HERE, "expected.json")))
OUTF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out.json")
OUT = json.load(open(OUTF))
D = dt.date.fromisoformat


def last_day(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def parse(v):
    """TIMEX-ish value -> (kind, start, end, tol_days)"""
    m = re.fullmatch(r"week:(\d{4}-\d\d-\d\d)", v)
    if m:
        s = D(m[1]); return ("interval", s, s + dt.timedelta(6), 1)
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)(?:~(\d+))?", v)
    if m:
        return ("interval", D(m[1]), D(m[2]), int(m[3] or 1))
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        y = int(m[1])
        s, e = {"SP": ((y, 3), (y, 5)), "SU": ((y, 6), (y, 8)), "FA": ((y, 9), (y, 11)),
                "WI": ((y, 12), (y + 1, 2))}[m[2]]
        return ("interval", dt.date(*s, 1), last_day(*e), 31)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return ("day", D(v), D(v), 0)
    m = re.fullmatch(r"(\d{4})-(\d\d)", v)
    if m:
        y, mo = int(m[1]), int(m[2]); return ("month", dt.date(y, mo, 1), last_day(y, mo), 0)
    m = re.fullmatch(r"(\d{4})-Q(\d)", v)
    if m:
        y, q = int(m[1]), int(m[2]); return ("quarter", dt.date(y, 3 * q - 2, 1), last_day(y, 3 * q), 0)
    m = re.fullmatch(r"(\d{4})-H(\d)", v)
    if m:
        y, h = int(m[1]), int(m[2]); return ("half", dt.date(y, 6 * h - 5, 1), last_day(y, 6 * h), 0)
    m = re.fullmatch(r"(\d{3})X", v)
    if m:
        y = int(m[1]) * 10; return ("decade", dt.date(y, 1, 1), dt.date(y + 9, 12, 31), 0)
    if re.fullmatch(r"\d{4}", v):
        y = int(v); return ("year", dt.date(y, 1, 1), dt.date(y, 12, 31), 0)
    raise ValueError(v)


def unit(kind, d):
    return {"day": lambda: d, "month": lambda: (d.year, d.month), "quarter": lambda: (d.year, (d.month - 1) // 3),
            "half": lambda: (d.year, (d.month - 1) // 6), "year": lambda: d.year,
            "decade": lambda: d.year // 10}[kind]()


def value_ok(claim_value, exp_values):
    cs, ce = claim_value.get("start"), claim_value.get("end")
    if not cs or not ce:
        return False
    cs, ce = D(cs[:10]), D(ce[:10])
    for v in exp_values:
        kind, s, e, tol = parse(v)
        if kind == "interval":
            if abs((cs - s).days) <= tol and abs((ce - e).days) <= tol:
                return True
        elif unit(kind, cs) == unit(kind, s) and unit(kind, ce) == unit(kind, s):
            return True
    return False


def overlap(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def fmt(c):
    v = c["value"]
    if not v.get("start"):
        return f"unanchored ({v.get('relative')})"
    s = v["start"] if v["start"] == v["end"] else f"{v['start']}..{v['end']}"
    extra = "" if v.get("year_known", True) else " year_known=false"
    return f"{s} [{v.get('granularity')}]{extra}"


claims = [c for c in OUT["claims"] if c["kind"] == "date"]
by_doc = {}
for c in claims:
    by_doc.setdefault(os.path.basename(c["doc"]), []).append(c)

rows, fps = [], []
n_exp = span_hit = val_hit = 0
n_claims = correct = neutral = 0
for doc, ex in sorted(EXP.items()):
    text = open(os.path.join(HERE, "articles", doc)).read()
    cl = by_doc.get(doc, [])
    for c in cl:
        assert text[c["start"]:c["end"]] == c["text"], (doc, c["text"])
    for e in ex["E"]:
        n_exp += 1
        ov = [c for c in cl if overlap(c, e)]
        ok = any(value_ok(c["value"], e["value"]) for c in ov)
        span_hit += bool(ov); val_hit += ok
        if not ok:
            rows.append(dict(doc=doc, published=ex["published"], span=e["span"], expected=e["value"],
                             got=[f"'{c['text']}' -> {fmt(c)}" for c in ov] or ["MISSED"],
                             sentence=e["sentence"], note=e.get("note", "")))
    for c in cl:
        n_claims += 1
        ex_ov = [e for e in ex["E"] if overlap(c, e)]
        if ex_ov:
            if any(value_ok(c["value"], e["value"]) for e in ex_ov):
                correct += 1
            else:
                fps.append(dict(doc=doc, published=ex["published"], text=c["text"], got=fmt(c),
                                why="wrong value for " + "/".join(repr(e["span"]) for e in ex_ov),
                                sentence=c["sentence"]))
        elif any(overlap(c, u) for u in ex["U"]):
            neutral += 1
        else:
            neg = [n["span"] for n in ex["N"] if overlap(c, n)]
            fps.append(dict(doc=doc, published=ex["published"], text=c["text"], got=fmt(c),
                            why=("NEGATIVE trap " + repr(neg[0])) if neg else "not an expected date",
                            sentence=c["sentence"]))

scored = n_claims - neutral
summary = dict(expected=n_exp, span_recall=f"{span_hit}/{n_exp} = {span_hit / n_exp:.3f}",
               value_recall=f"{val_hit}/{n_exp} = {val_hit / n_exp:.3f}",
               precision=f"{correct}/{scored} = {correct / scored:.3f}",
               date_claims=n_claims, neutral_claims=neutral)
print(json.dumps(summary, indent=1))
print("\n== RECALL FAILURES (expected, not found or wrong value) ==")
for r in rows:
    print(f"{r['doc']} pub {r['published']}: {r['span']!r} expected {r['expected']} got {r['got']} {r['note']}\n    | {r['sentence']}")
print("\n== PRECISION FAILURES (date claims not matching) ==")
for f in fps:
    print(f"{f['doc']} pub {f['published']}: {f['text']!r} -> {f['got']}  [{f['why']}]\n    | {f['sentence']}")
json.dump(dict(summary=summary, recall_failures=rows, precision_failures=fps),
          open(os.path.splitext(OUTF)[0] + ".score.json", "w"), indent=1)
