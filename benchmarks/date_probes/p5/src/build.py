import re, os, glob, sys
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
MK = re.compile(r'\{\{(.+?)\|(.+?)\}\}')
def pat(span):
    return (r'\b' if span[0].isalnum() else '') + re.escape(span) + (r'\b' if span[-1].isalnum() else '')
docs = {}
for f in sorted(glob.glob(os.path.join(SRC, 'a??.txt'))):
    doc = os.path.basename(f)[:3]
    raw = open(f, encoding='utf-8').read()
    head, body_m = raw.split('\n\n', 1)
    meta = dict(l.split(': ', 1) for l in head.splitlines())
    body, items, pos = [], [], 0
    out = ''
    for m in MK.finditer(body_m):
        out += body_m[pos:m.start()]
        span, rd = m.group(1), m.group(2)
        items.append((span, len(out), rd))
        out += span
        pos = m.end()
    out += body_m[pos:]
    assert '{{' not in out and '}}' not in out, doc
    out = out.rstrip('\n') + '\n'
    G, N = [], []
    for span, st, rd in items:
        ms = list(re.finditer(pat(span), out))
        idx = [i for i, x in enumerate(ms) if x.start() == st and x.end() == st + len(span)]
        if not idx: sys.exit(f'{doc}: span {span!r} at {st} not word-bounded')
        occ = idx[0] + 1
        if rd == 'N': N.append((span, occ))
        else: G.append((span, occ, rd.split(';')))
    text = f"---\npublished: {meta['published']}\nsource: {meta['source']}\n---\n" + out
    open(os.path.join(OUT, 'articles', doc + '.md'), 'w', encoding='utf-8').write(text)
    docs[doc] = (meta, G, N, out)

def fmt_items(G):
    parts = [f"({s!r},{o},{r!r})".replace("'", '"') if "'" not in s else f"({s!r},{o},{r!r})" for s, o, r in G]
    return parts
L = ["# Hand annotation for probe p5 (invented, non-wire news: courts, politics, weather, sport, science,",
     "# councils, obituaries, tech, transport, culture, crime), written before any run of the tool.",
     "# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])",
     "# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)",
     "#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start",
     "#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)",
     "# P:<reading>: a coarser nested reading, e.g. the bare year inside 'Jan. 9 last year'; such a claim",
     "#   is not counted wrong for precision, but does not earn value recall for the item.",
     "# NEUTRAL: spans where a date claim counts neither way.",
     "# Conventions: bare weekdays -> nearest such day in the direction of the verb tense (a past-tense",
     "#   'on Monday' in a Monday paper is that day); anaphoric expressions ('the following day', 'the",
     "#   Saturday', 'two days later') are resolved against the narrative's temporal focus; dates inside",
     "#   quotations are resolved against the speaker's present (a 1998 interview -> 'Next year' = 1999);",
     "#   southern-hemisphere seasons (a15) are given as exact intervals. Ages, durations, times of day",
     "#   alone, sets ('every Monday', 'Tuesday evenings'), scores and race times are not dates.",
     "G = {}", "N = {}"]
for doc, (meta, G, N, out) in docs.items():
    q = lambda x: '"' + x + '"'
    parts = [f"({q(s)},{o},[{','.join(q(a) for a in r)}])" for s, o, r in G]
    lines, cur = [], ''
    for p in parts:
        if len(cur) + len(p) > 100 and cur:
            lines.append(cur); cur = ''
        cur += p + ','
    lines.append(cur)
    body = '\n '.join(lines).rstrip(',')
    L.append(f"G[{doc!r}] = [{body}]")
    L.append(f"N[{doc!r}] = [{','.join('(' + q(s) + ',' + str(o) + ')' for s, o in N)}]")
    L.append('')
open(os.path.join(OUT, 'gold.py'), 'w', encoding='utf-8').write('\n'.join(L))
print('built', len(docs), 'docs;', sum(len(v[1]) for v in docs.values()), 'gold items;', sum(len(v[2]) for v in docs.values()), 'neutral')
