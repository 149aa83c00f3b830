#!/usr/bin/env python3
"""Probe scorer (stdlib only).

  python3 score.py write            -> writes cases/<id>.md for every row
  python3 score.py score out.json   -> scores kind=="date" claims

out.json: {"claims": [{"doc": "d001.md" (folder prefix allowed), "kind": "date",
           "start": int, "end": int (char offsets into the whole document,
           front matter included), "text": str, "value": {"start": ISO, "end": ISO, ...}}, ...]}

Matching: a claim matches an expectation if its [start,end) overlaps the
expected span and (value.start, value.end) equals one of the alternatives;
one-to-one (maximum bipartite matching). Claims on "time-only" rows are ignored
(neither required nor counted for precision).
"""
import json
import os
import sys
from collections import OrderedDict, defaultdict

HERE = os.environ.get("PROBE_DIR") or os.path.dirname(os.path.abspath(__file__))  # chat7, chat9 run it too
sys.path.insert(0, HERE)
from cases import ROWS  # noqa: E402

CASES_DIR = os.path.join(HERE, "cases")
IGNORED_TAGS = {"time-only"}


def front(pub):
    return "---\npublished: %s\n---\n" % pub


def doc_text(row):
    _id, _tag, pub, sent, _exps = row
    return front(pub) + sent + "\n"


def exp_offsets(row):
    """[(abs_start, abs_end, span, alts)] for each expectation of the row."""
    _id, _tag, pub, sent, exps = row
    off = len(front(pub))
    out = []
    for kind, span, alts in exps:
        assert kind == "date"
        i = sent.find(span)
        assert i >= 0, (row[0], span)
        out.append((off + i, off + i + len(span), span, [tuple(a) for a in alts]))
    return out


def cmd_write():
    os.makedirs(CASES_DIR, exist_ok=True)
    for row in ROWS:
        with open(os.path.join(CASES_DIR, row[0] + ".md"), "w", encoding="utf-8", newline="") as f:
            f.write(doc_text(row))
    print("wrote %d documents to %s" % (len(ROWS), CASES_DIR))


def max_matching(n_left, n_right, ok):
    """Kuhn's algorithm. ok(i, j) -> bool. Returns dict right_j -> left_i."""
    match_r = {}

    def try_left(i, seen):
        for j in range(n_right):
            if j in seen or not ok(i, j):
                continue
            seen.add(j)
            if j not in match_r or try_left(match_r[j], seen):
                match_r[j] = i
                return True
        return False

    for i in range(n_left):
        try_left(i, set())
    return match_r


def overlaps(c, e):
    return c["start"] < e[1] and c["end"] > e[0]


def val_pair(c):
    v = c.get("value") or {}
    s, e = v.get("start"), v.get("end")
    return (str(s)[:10] if s is not None else None, str(e)[:10] if e is not None else None)


def doc_id(name):
    base = os.path.basename(str(name).replace("\\", "/"))
    return base[:-3] if base.endswith(".md") else base


def ratio(a, b):
    return (a / b) if b else 1.0


def cmd_score(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    claims = data["claims"] if isinstance(data, dict) else data
    rows_by_id = OrderedDict((r[0], r) for r in ROWS)
    by_doc = defaultdict(list)
    unknown_docs = set()
    text_mismatch = 0
    n_date = 0
    for c in claims:
        if c.get("kind") != "date":
            continue
        n_date += 1
        d = doc_id(c.get("doc", ""))
        if d not in rows_by_id:
            unknown_docs.add(d)
            continue
        c = dict(c)
        c["start"], c["end"] = int(c["start"]), int(c["end"])
        txt = doc_text(rows_by_id[d])
        if "text" in c and txt[c["start"]:c["end"]] != c["text"]:
            text_mismatch += 1
        by_doc[d].append(c)

    tags = []
    for r in ROWS:
        if r[1] not in tags:
            tags.append(r[1])
    st = {t: defaultdict(int) for t in tags}
    tot = defaultdict(int)
    failures = []
    neg_rows = neg_clean = 0

    for r in ROWS:
        rid, tag, pub, sent, _ = r
        cs = by_doc.get(rid, [])
        if tag in IGNORED_TAGS:
            st[tag]["ignored_claims"] += len(cs)
            continue
        es = exp_offsets(r)
        vm = max_matching(len(cs), len(es),
                          lambda i, j: overlaps(cs[i], es[j]) and val_pair(cs[i]) in es[j][3])
        sm = max_matching(len(cs), len(es), lambda i, j: overlaps(cs[i], es[j]))
        matched = len(vm)
        for k, v in (("expected", len(es)), ("claims", len(cs)), ("matched", matched),
                     ("span_matched", len(sm))):
            st[tag][k] += v
            tot[k] += v
        if tag == "negative":
            neg_rows += 1
            neg_clean += (len(cs) == 0)
        matched_claims = set(vm.values())
        missed = [es[j] for j in range(len(es)) if j not in vm]
        extra = [cs[i] for i in range(len(cs)) if i not in matched_claims]
        if missed or extra:
            failures.append((r, missed, extra))

    print("%-14s %8s %7s %8s %7s %9s" % ("tag", "expected", "claims", "matched", "recall", "precision"))
    for t in tags:
        s = st[t]
        if t in IGNORED_TAGS:
            print("%-14s %8s %7s %8s %7s %9s   (ignored; %d claims)" % (t, "-", "-", "-", "-", "-",
                                                                       s["ignored_claims"]))
            continue
        print("%-14s %8d %7d %8d %7.3f %9.3f" % (t, s["expected"], s["claims"], s["matched"],
                                                 ratio(s["matched"], s["expected"]),
                                                 ratio(s["matched"], s["claims"])))
    print("%-14s %8d %7d %8d %7.3f %9.3f" % ("TOTAL", tot["expected"], tot["claims"], tot["matched"],
                                             ratio(tot["matched"], tot["expected"]),
                                             ratio(tot["matched"], tot["claims"])))
    print()
    print("negatives clean: %d/%d" % (neg_clean, neg_rows))
    print("value recall %.3f precision %.3f" % (ratio(tot["matched"], tot["expected"]),
                                                ratio(tot["matched"], tot["claims"])))
    print("span recall %.3f precision %.3f" % (ratio(tot["span_matched"], tot["expected"]),
                                               ratio(tot["span_matched"], tot["claims"])))
    print("date claims read: %d; docs with claims: %d/%d" % (
        n_date, sum(1 for r in ROWS if by_doc.get(r[0])), len(ROWS)))
    if unknown_docs:
        print("WARNING: claims for %d unknown docs ignored: %s" % (
            len(unknown_docs), ", ".join(sorted(unknown_docs)[:10])))
    if text_mismatch:
        print("WARNING: %d claims whose text != document[start:end] (offset convention?)" % text_mismatch)

    if failures:
        print()
        print("FAILURES (%d rows)" % len(failures))
    for r, missed, extra in failures:
        rid, tag, pub, sent, _ = r
        print("- %s [%s] pub %s: %s" % (rid, tag, pub, sent))
        for a, b, span, alts in missed:
            print("    missed  %r @%d-%d want %s" % (
                span, a, b, " | ".join(s if s == e else "%s..%s" % (s, e) for s, e in alts)))
        for c in extra:
            vs, ve = val_pair(c)
            print("    extra   %r @%d-%d got %s" % (c.get("text"), c["start"], c["end"],
                                                   vs if vs == ve else "%s..%s" % (vs, ve)))


def main(argv):
    try:
        import signal
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    except (ImportError, AttributeError, ValueError):
        pass
    if len(argv) >= 2 and argv[1] == "write":
        cmd_write()
    elif len(argv) >= 3 and argv[1] == "score":
        cmd_score(argv[2])
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv)
