"""Write the cases, or score claimkit's output against cases.py.

python score.py write            -> cases/*.txt
python score.py score out.json   -> scores + failures (report.txt, failures.json)
"""
import json, os, sys
from collections import defaultdict

# the probe folder whose cases.py is scored: this one, or another probe's that reuses this scorer
HERE = os.environ.get("PROBE_DIR") or os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import ROWS
import pint

U = pint.UnitRegistry()
Q = U.Quantity
KINDS = ("money", "duration", "quantity")


def write():
    d = os.path.join(HERE, "cases")
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    for rid, tag, sent, _ in ROWS:
        with open(os.path.join(d, rid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(sent + "\n")
    print(f"wrote {len(ROWS)} cases")


def close(a, b, rel=0.01, absol=1e-9):
    if a is None or b is None:
        return False
    return abs(a - b) <= max(absol, rel * max(abs(a), abs(b)))


def to_seconds(x, unit):
    return Q(x, unit).to("second").magnitude


def dur_match(exp, v):
    _, _, val, unit = exp
    rel = 0.025 if unit in ("month", "year") or v.get("unit") in ("month", "year", "decade") else 0.01
    if isinstance(val, tuple):
        try:
            f = to_seconds(1, v["unit"])
        except Exception:
            if not v.get("amount"):
                return False
            f = v["days"] * 86400 / v["amount"]
        if v.get("low") is None or v.get("high") is None:
            return False
        return close(v["low"] * f, to_seconds(val[0], unit), rel) and close(v["high"] * f, to_seconds(val[1], unit), rel)
    if v.get("days") is None:
        return False
    return close(v["days"] * 86400, to_seconds(val, unit), rel)


def conv(x, unit, base):
    return Q(x, unit).to(base).magnitude


def qty_match(exp, v):
    _, _, val, units = exp
    units = units if isinstance(units, tuple) else (units,)
    base = v.get("base_unit")
    if not base:
        return False
    temp = base in ("kelvin", "degree_Celsius", "degree_Fahrenheit")
    for unit in units:
        try:
            if isinstance(val, tuple):
                if v.get("low") is None or v.get("high") is None:
                    continue
                lo = conv(v["low"], v["unit"], base)
                hi = conv(v["high"], v["unit"], base)
                elo, ehi = conv(val[0], unit, base), conv(val[1], unit, base)
                if close(lo, elo) and close(hi, ehi):
                    return True
            else:
                e = conv(val, unit, base)
                if temp:
                    if v.get("base_amount") is not None and abs(v["base_amount"] - e) <= 0.3:
                        return True
                elif close(v.get("base_amount"), e):
                    return True
        except Exception:
            continue
    return False


def money_match(exp, v):
    _, _, val, cur = exp
    curs = cur if isinstance(cur, tuple) else (cur,)
    if v.get("currency") not in curs:
        return False
    if isinstance(val, tuple):
        return close(v.get("low"), val[0]) and close(v.get("high"), val[1])
    return close(v.get("amount"), val)


MATCH = {"money": money_match, "duration": dur_match, "quantity": qty_match}


def brief(c):
    v = c["value"]
    k = c["kind"]
    if k == "money":
        s = f"{v.get('amount')} {v.get('currency')} [{v.get('low')}-{v.get('high')}]"
    elif k == "duration":
        s = f"{v.get('amount')} {v.get('unit')} [{v.get('low')}-{v.get('high')}] days={v.get('days')}"
    elif k == "quantity":
        s = f"{v.get('amount')} {v.get('unit')} [{v.get('low')}-{v.get('high')}] base={v.get('base_amount')} {v.get('base_unit')}"
    else:
        s = json.dumps({kk: vv for kk, vv in v.items() if vv is not None})[:80]
    return f"{k} '{c['text']}' {s} ({c['qualifier']})"


def score(path):
    data = json.load(open(path, encoding="utf-8"))
    by_doc = defaultdict(list)
    for c in data["claims"]:
        by_doc[c["doc"].rsplit("/", 1)[-1].removesuffix(".txt")].append(c)
    tp = defaultdict(int); nexp = defaultdict(int); nclaim = defaultdict(int)
    fails = []  # dicts
    for rid, tag, sent, exps in ROWS:
        claims = by_doc.get(rid, [])
        used = set()
        row_fail = {"id": rid, "tag": tag, "sentence": sent, "missed": [], "fp": [],
                    "got": [brief(c) for c in claims]}
        for e in exps:
            kind, span = e[0], e[1]
            nexp[kind] += 1
            s = sent.find(span)
            assert s >= 0, (rid, span)
            t = s + len(span)
            hit = None
            for i, c in enumerate(claims):
                if i in used or c["kind"] != kind:
                    continue
                if c["start"] < t and c["end"] > s and MATCH[kind](e, c["value"]):
                    hit = i; break
            if hit is None:
                row_fail["missed"].append(f"{kind} '{span}' = {e[2]} {e[3]}")
            else:
                used.add(hit); tp[kind] += 1
        for i, c in enumerate(claims):
            if c["kind"] in KINDS:
                nclaim[c["kind"]] += 1
                if i not in used:
                    row_fail["fp"].append(brief(c))
        if row_fail["missed"] or row_fail["fp"]:
            fails.append(row_fail)
    out = []
    out.append(f"{'kind':9} {'exp':>4} {'claims':>6} {'TP':>4} {'recall':>7} {'precision':>9}")
    T = [0, 0, 0]
    for k in KINDS:
        r = tp[k] / nexp[k] if nexp[k] else 0
        p = tp[k] / nclaim[k] if nclaim[k] else 0
        out.append(f"{k:9} {nexp[k]:4} {nclaim[k]:6} {tp[k]:4} {r:7.1%} {p:9.1%}")
        T[0] += nexp[k]; T[1] += nclaim[k]; T[2] += tp[k]
    out.append(f"{'all':9} {T[0]:4} {T[1]:6} {T[2]:4} {T[2]/T[0]:7.1%} {T[2]/max(T[1],1):9.1%}")
    out.append(f"rows: {len(ROWS)}; rows with a failure: {len(fails)}")
    out.append("")
    for f in fails:
        out.append(f"[{f['id']} {f['tag']}] {f['sentence']}")
        for m in f["missed"]:
            out.append(f"   MISSED  {m}")
        for m in f["fp"]:
            out.append(f"   FP      {m}")
        if f["missed"]:
            out.append(f"   all claims: {f['got']}")
    txt = "\n".join(out)
    open(os.path.join(HERE, "report.txt"), "w").write(txt + "\n")
    json.dump(fails, open(os.path.join(HERE, "failures.json"), "w"), indent=1, ensure_ascii=False)
    print(txt)


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write()
    else:
        score(sys.argv[2])
