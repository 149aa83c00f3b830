"""Score claimkit's out.json against gold.py.  usage: python score.py [gen|score] """
import json, os, re, sys
from collections import defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
CASEDIR = os.path.join(HERE, "cases")
KINDS = ("money", "duration", "quantity")


def gen(casedir=CASEDIR, period=False):
    os.makedirs(casedir, exist_ok=True)
    for f in os.listdir(casedir):
        if f.endswith(".txt"):
            os.remove(os.path.join(casedir, f))
    for cid, text, _ in CASES:
        if period and text[-1] not in ".?!":
            text += "."
        with open(os.path.join(casedir, cid + ".txt"), "w") as fh:
            fh.write(text + "\n")


_U = None
def ureg():
    global _U
    if _U is None:
        import pint
        _U = pint.UnitRegistry()
    return _U


def close(a, b, tol=0.01, abs_tol=1e-6):
    return abs(a - b) <= max(tol * abs(b), abs_tol)


def conv(x, unit, to):
    U = ureg()
    return U.Quantity(x, unit).to(to).magnitude


def kind_of(c):
    return "duration" if c["kind"] in ("duration", "sentence") else c["kind"]


def value_ok(exp, c):
    kind, span, v, extra, q = exp
    val = c["value"]
    if kind == "money":
        if val["currency"] not in extra:
            return False
        if isinstance(v, tuple):
            return close(val["low"], v[0]) and close(val["high"], v[1])
        return close(val["amount"], v)
    if kind == "duration":
        per = val["days"] / val["amount"] if val["amount"] else 0
        if isinstance(v, tuple):
            lo, hi = (conv(x, extra, "day") for x in v)
            return close(val["low"] * per, lo) and close(val["high"] * per, hi)
        return close(val["days"], conv(v, extra, "day"))
    if kind == "quantity":
        unit = val["unit"]
        if extra == "ANYTEMP":
            return unit in ("degree", "degree_Celsius", "degree_Fahrenheit", "degC", "degF") and close(val["amount"], v)
        cands = [extra]
        if extra.endswith("B") and extra[:-1] in ("G", "M", "T"):
            cands.append(extra[:-1] + "iB")
        for to in cands:
            try:
                if isinstance(v, tuple):
                    lo = conv(val["low"], unit, to); hi = conv(val["high"], unit, to)
                    if close(lo, v[0], abs_tol=0.05) and close(hi, v[1], abs_tol=0.05):
                        return True
                else:
                    got = conv(val["amount"], unit, to)
                    if close(got, v, abs_tol=0.05):
                        return True
            except Exception:
                pass
        return False
    return False


def rel_ok(e, c):
    m = re.fullmatch(r"\+([\d.]+) (\w+)", c["value"].get("relative") or "")
    if not m or isinstance(e[2], tuple):
        return False
    try:
        return close(conv(float(m.group(1)), m.group(2), "day"), conv(e[2], e[3], "day"))
    except Exception:
        return False


def fmt_claim(c):
    v = c["value"]
    k = c["kind"]
    if k == "money":
        s = f"{v['currency']} {v['amount']:g}" + (f" [{v['low']:g}-{v['high']:g}]" if v['low'] != v['high'] else "")
    elif k in ("duration", "sentence"):
        s = f"{v['amount']:g} {v['unit']} ({v['days']:.5g} d)" + (f" [{v['low']:g}-{v['high']:g}]" if v['low'] != v['high'] else "")
    elif k == "quantity":
        s = f"{v['amount']:g} {v['unit']}" + (f" [{v['low']:g}-{v['high']:g}]" if v['low'] != v['high'] else "")
    elif k == "count":
        s = f"{v['amount']:g} {v.get('noun')}"
    elif k == "percent":
        s = f"{v['amount']:g}%"
    elif k == "date":
        s = f"{v.get('start')}..{v.get('end')}"
    else:
        s = str(v)[:40]
    return f"{k}:{c['text']!r}={s}/{c['qualifier']}"


def fmt_exp(e):
    kind, span, v, extra, q = e
    ex = "|".join(extra) if isinstance(extra, tuple) else extra
    return f"{kind}:{span!r}={v} {ex}/{q}"


def score(path):
    data = json.load(open(path))
    by_doc = defaultdict(list)
    for c in data["claims"]:
        by_doc[c["doc"].rsplit(".", 1)[0]].append(c)
    exp_n = defaultdict(int); hit_n = defaultdict(int)
    cl_n = defaultdict(int); bad_n = defaultdict(int)
    qual_bad = []
    rows = []  # (cid, text, kind-of-problem, detail)
    neg_clean = 0; neg_total = 0
    lenient_hit = 0; age_fp = 0
    for cid, text, exps in CASES:
        claims = by_doc.get(cid, [])
        scored = [c for c in claims if kind_of(c) in KINDS]
        used = set()
        problems = []
        for e in exps:
            kind, span, *_ = e
            exp_n[kind] += 1
            s0 = text.find(span); s1 = s0 + len(span)
            assert s0 >= 0, (cid, span)
            match = None
            for i, c in enumerate(scored):
                if i in used or kind_of(c) != kind:
                    continue
                if c["start"] < s1 and c["end"] > s0 and value_ok(e, c):
                    match = i; break
            if match is not None:
                used.add(match); hit_n[kind] += 1
                c = scored[match]
                if c["qualifier"] != e[4]:
                    qual_bad.append((cid, text, fmt_exp(e), fmt_claim(c)))
            else:
                over = [c for c in claims if c["start"] < s1 and c["end"] > s0]
                if kind == "duration" and any(c["kind"] == "date" and rel_ok(e, c) for c in over):
                    lenient_hit += 1
                problems.append(("MISS", fmt_exp(e), "; ".join(fmt_claim(c) for c in over) or "nothing"))
        for i, c in enumerate(scored):
            k = kind_of(c)
            cl_n[k] += 1
            if i not in used:
                bad_n[k] += 1
                if c.get("attribute") == "age":
                    age_fp += 1
                problems.append(("FP", k, fmt_claim(c)))
        if not exps:
            neg_total += 1
            neg_clean += not any(p[0] == "FP" for p in problems)
        if problems:
            rows.append((cid, text, problems))
    print("=== figures ===")
    for k in KINDS:
        r = hit_n[k] / exp_n[k] if exp_n[k] else 0
        p = (cl_n[k] - bad_n[k]) / cl_n[k] if cl_n[k] else 0
        print(f"{k:9s} recall {hit_n[k]}/{exp_n[k]} = {r:.3f}   precision {cl_n[k]-bad_n[k]}/{cl_n[k]} = {p:.3f}")
    print(f"lenient duration (a relative date '+N unit' with the expected length accepted; age-tagged durations not counted): "
          f"recall {hit_n['duration']+lenient_hit}/{exp_n['duration']}, precision {cl_n['duration']-bad_n['duration']}/{cl_n['duration']-age_fp}")
    print(f"negatives clean: {neg_clean}/{neg_total}")
    nq = sum(hit_n.values())
    print(f"qualifier wrong on matched claims: {len(qual_bad)}/{nq}")
    print("\n=== rows with problems ===")
    for cid, text, probs in rows:
        print(f"{cid}: {text}")
        for p in probs:
            if p[0] == "MISS":
                print(f"    MISS  expected {p[1]}  | got {p[2]}")
            else:
                print(f"    FP    {p[2]}")
    print("\n=== qualifier mismatches (value right) ===")
    for cid, text, e, c in qual_bad:
        print(f"{cid}: {text}\n    expected {e} | got {c}")


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen()
    elif sys.argv[1] == "gen-period":
        gen(os.path.join(HERE, "cases-period"), period=True)
    else:
        score(sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "out.json"))
