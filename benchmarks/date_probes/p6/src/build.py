# Builds ../articles/aNN.md and ../gold.py from the marked-up sources aNN.txt in this folder.
# Markup: {{span|readings}} where readings are ';'-separated (see gold.py's header), or N (neutral
# span, a date claim counts neither way) or X (decoy: a non-date that looks like one; recorded in
# gold.X for reference only, so any date claim on it is scored as a precision error).
import re, os, glob, sys
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
MK = re.compile(r'\{\{(.+?)\|(.+?)\}\}')
def pat(span):
    return (r'\b' if span[0].isalnum() else '') + re.escape(span) + (r'\b' if span[-1].isalnum() else '')
os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
docs = {}
for f in sorted(glob.glob(os.path.join(SRC, 'a??.txt'))):
    doc = os.path.basename(f)[:3]
    raw = open(f, encoding='utf-8').read()
    head, body_m = raw.split('\n\n', 1)
    meta = dict(l.split(': ', 1) for l in head.splitlines())
    items, pos = [], 0
    out = ''
    for m in MK.finditer(body_m):
        out += body_m[pos:m.start()]
        span, rd = m.group(1), m.group(2)
        items.append((span, len(out), rd))
        out += span
        pos = m.end()
    out += body_m[pos:]
    assert '{{' not in out and '}}' not in out and '|' not in out, doc
    out = out.rstrip('\n') + '\n'
    G, N, X = [], [], []
    for span, st, rd in items:
        ms = list(re.finditer(pat(span), out))
        idx = [i for i, x in enumerate(ms) if x.start() == st and x.end() == st + len(span)]
        if not idx: sys.exit(f'{doc}: span {span!r} at {st} not word-bounded')
        occ = idx[0] + 1
        if rd == 'N': N.append((span, occ))
        elif rd == 'X': X.append((span, occ))
        else: G.append((span, occ, rd.split(';')))
    text = f"---\npublished: {meta['published']}\nsource: {meta['source']}\n---\n" + out
    open(os.path.join(OUT, 'articles', doc + '.md'), 'w', encoding='utf-8').write(text)
    docs[doc] = (meta, G, N, X, out)

L = ["# Hand annotation for probe p6 (invented news in beats p1-p5 did not use: earnings, space, diplomacy,",
     "# defence procurement, exams, housing, film, music, harvests, ports, energy, gadgets, strikes, aviation,",
     "# insurance, retail seasons (Thanksgiving, Diwali, Ramadan, Lunar New Year, Easter), anniversaries),",
     "# written before any run of the tool.",
     "# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])",
     "# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)",
     "#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start",
     "#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)",
     "# P:<reading>: a coarser nested reading, e.g. the bare year inside 'Jan. 9 last year'; such a claim",
     "#   is not counted wrong for precision, but does not earn value recall for the item.",
     "# NEUTRAL (N): spans where a date claim counts neither way (times of day, 'a day after', event names",
     "#   such as 'Expo 2020', B.C. dates the scorer cannot express, 'the past 50 years').",
     "# X: decoys, not dates (ages, '2,019 combines', 'Flight 1549', 'Store 1958', scores, 'May' as a name,",
     "#   'dates' the fruit, sets like 'every spring'); unlike N they are NOT neutral: the scorer ignores X,",
     "#   so a date claim on one counts as a precision error. X is listed only for reference.",
     "# Conventions as p5: bare weekdays -> nearest such day in the direction of the verb tense (a past-tense",
     "#   'on Monday' in a Monday paper is that day; a present-tense 'opens on Friday' in a Friday paper too);",
     "#   anaphoric expressions ('the following week', 'the day before', 'that day') resolve against the",
     "#   narrative's temporal focus. Added: fiscal years/quarters with a stated or national year-end are",
     "#   exact intervals (R:), with the calendar Y/Q reading only where the fiscal year is the calendar year",
     "#   ('fiscal 2019' of a calendar-year company -> Y:2019; Japanese 'fiscal 2023' = Apr 2023-Mar 2024,",
     "#   Indian 'fiscal 2018' = Apr 2017-Mar 2018, with the labelled year as P:); 'a year earlier' in a",
     "#   results story -> the same period a year before plus its year; centuries -> RY:1800..1899 or",
     "#   RY:1801..1900; movable and lunar holidays take that year's observed date (Canadian Thanksgiving in",
     "#   a Saskatchewan story, Mothering Sunday in a British one, New Year's Eve in a Chinese one = Jan. 31);",
     "#   'last April' said after April -> this year's April or last year's, both listed.",
     "G = {}", "N = {}", "X = {}"]
q = lambda x: '"' + x + '"'
for doc, (meta, G, N, X, out) in docs.items():
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
    L.append(f"X[{doc!r}] = [{','.join('(' + q(s) + ',' + str(o) + ')' for s, o in X)}]")
    L.append('')
open(os.path.join(OUT, 'gold.py'), 'w', encoding='utf-8').write('\n'.join(L))
print('built', len(docs), 'docs;', sum(len(v[1]) for v in docs.values()), 'gold items;',
      sum(len(v[2]) for v in docs.values()), 'neutral;', sum(len(v[3]) for v in docs.values()), 'decoys')
