#!/usr/bin/env python3
"""Generate probe files from rows.py, run claimkit once, score. Usage: python3 run.py [--no-run]"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rows import ROWS  # noqa

CASES = os.path.join(HERE, "cases")
OUT = os.path.join(HERE, "out.json")
CK = os.environ.get("CLAIMKIT_BIN", "claimkit")


def write_cases():
    if os.path.isdir(CASES):
        shutil.rmtree(CASES)
    os.makedirs(CASES)
    for r in ROWS:
        if r["pub"]:
            p = os.path.join(CASES, r["id"] + ".md")
            body = f"---\npublished: {r['pub']}\n---\n{r['text']}\n"
        else:
            p = os.path.join(CASES, r["id"] + ".txt")
            body = r["text"] + "\n"
        with open(p, "w") as f:
            f.write(body)


def run():
    res = subprocess.run([CK, "extract", CASES, "--no-cache", "-o", OUT], cwd="/tmp",
                         capture_output=True, text=True)
    if res.returncode != 0:
        print(res.stderr)
        sys.exit(1)


def close(a, b, tol=0.011):
    if a is None or b is None:
        return False
    if b == 0:
        return abs(a) < 1e-9
    return abs(a - b) <= abs(b) * tol


def d(s):
    return dt.date.fromisoformat(s)


def match(e, c):
    if c["kind"] != e["kind"]:
        return False
    v = c["value"] or {}
    if "text" in e and not re.search(e["text"], c["text"], re.I):
        return False
    if "q" in e:
        qs = e["q"] if isinstance(e["q"], tuple) else (e["q"],)
        if c["qualifier"] not in qs:
            return False
    k = e["kind"]
    if k == "date":
        s, en = v.get("start"), v.get("end")
        if not s or not en:
            return False
        if e.get("alts"):
            if (s, en) not in [tuple(a) for a in e["alts"]]:
                return False
        if "within" in e and not (e["within"][0] <= s and en <= e["within"][1]):
            return False
        if "contains" in e and not (s <= e["contains"] <= en):
            return False
        span = (d(en) - d(s)).days + 1
        if "maxdays" in e and span > e["maxdays"]:
            return False
        if "mindays" in e and span < e["mindays"]:
            return False
        return True
    if k == "money":
        if "cur" in e:
            cs = e["cur"] if isinstance(e["cur"], tuple) else (e["cur"],)
            if None not in cs and v.get("currency") not in cs:
                return False
        if "low" in e and not close(v.get("low"), e["low"], 0.001):
            return False
        if "high" in e and not close(v.get("high"), e["high"], 0.001):
            return False
        return True
    if k == "count":
        return close(v.get("low"), e["low"], 0.001) and close(v.get("high"), e["high"], 0.001)
    if k == "duration":
        amt, days = v.get("amount"), v.get("days")
        if not amt or days is None:
            return False
        f = days * 1440 / amt
        tol = e.get("tol", 0.011)
        return close(v["low"] * f, e["mlow"], tol) and close(v["high"] * f, e["mhigh"], tol)
    if k == "quantity":
        if "unit" in e:
            if not re.search(e["unit"], v.get("unit") or "", re.I):
                return False
            if "low" in e and not close(v.get("low"), e["low"]):
                return False
            if "high" in e and not close(v.get("high"), e["high"]):
                return False
            return True
        amt, base = v.get("amount"), v.get("base_amount")
        if not amt or base is None:
            return False
        f = base / amt
        lo, hi = v["low"] * f, v["high"] * f
        targets = [(e.get("blow"), e.get("bhigh"))]
        for alt in e.get("alt", ()):
            targets.append((alt, alt))
        for bl, bh in targets:
            ok = True
            if bl is not None and not close(lo, bl, 0.02):
                ok = False
            if bh is not None and not close(hi, bh, 0.02):
                ok = False
            if ok:
                return True
        return False
    return False


def fmt(c):
    return f"{c['kind']} {c['text']!r} {c['qualifier']} {json.dumps(c['value'], sort_keys=True)}"


def score():
    data = json.load(open(OUT))
    by = defaultdict(list)
    for c in data["claims"]:
        by[c["doc"].rsplit(".", 1)[0]].append(c)
    stats = defaultdict(lambda: [0, 0])
    lines = []
    for r in ROWS:
        claims = by.get(r["id"], [])
        used = set()
        fails = []
        for e in r["exp"]:
            hit = None
            for i, c in enumerate(claims):
                if i not in used and match(e, c):
                    hit = i
                    break
            if hit is None:
                fails.append(("MISS", e))
            else:
                used.add(hit)
        for fb in r["forbid"]:
            for i, c in enumerate(claims):
                if c["kind"] == fb["kind"] and (not fb.get("text") or re.search(fb["text"], c["text"])):
                    fails.append(("FORBIDDEN", c))
        ok = not fails
        st = stats[r["cls"]]
        st[0] += 1
        st[1] += ok
        lines.append(f"{'OK ' if ok else 'BAD'} {r['id']} [{r['pub']}] {r['text']}")
        for tag, x in fails:
            if tag == "MISS":
                ex = {k: v for k, v in x.items()}
                lines.append(f"    MISS expected {ex}")
            else:
                lines.append(f"    FORBIDDEN {fmt(x)}")
        for i, c in enumerate(claims):
            mark = "  = " if i in used else "  + "
            lines.append(f"  {mark}{fmt(c)}  [{c['extractor']}]")
    print("\n".join(lines))
    print("\nSUMMARY")
    for k, (n, ok) in stats.items():
        print(f"  {k:28s} {ok}/{n}")
    tot = sum(v[0] for v in stats.values())
    good = sum(v[1] for v in stats.values())
    print(f"  {'TOTAL':28s} {good}/{tot}")


if __name__ == "__main__":
    if "--no-run" not in sys.argv:
        write_cases()
        run()
    score()
