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

L = ["# Hand annotation for probe p7 (invented news in beats p1-p6 did not use as such: a criminal appeal, a central",
     "# bank, a canal closure, a heat wave, a school calendar, a transfer deadline, a city election with early voting",
     "# and a run-off, a product launch and a recall, a clinical trial, a delayed launch, feasts of several calendars",
     "# (Orthodox Easter, Jewish autumn holidays, Kurban Bayrami, carnival and Lent, King's Day, the Fourth of July,",
     "# Golden Week and the Mid-Autumn Festival), an obituary, an anniversary, Australian and municipal fiscal years,",
     "# a metro build, a bus strike, the millennium), written before any run of the tool.",
     "# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])",
     "# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)",
     "#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start",
     "#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)",
     "# P:<reading>: a coarser nested reading, e.g. the bare year inside 'June 9 next year'; such a claim",
     "#   is not counted wrong for precision, but does not earn value recall for the item.",
     "# NEUTRAL (N): spans where a date claim counts neither way (times of day, 'a week after', event names",
     "#   such as 'London 2012', habitual dates such as 'celebrated on April 30', a hypothetical '1900').",
     "# X: decoys, not dates (ages, durations, 'Nordic Friday', 'Bill 2003-17', 'Flight 2018', lot codes, '2170'",
     "#   cells, 'Monday through Friday' opening hours, 'May'/'June'/'April' as names); the scorer ignores X,",
     "#   so a date claim on one counts as a precision error. X is listed only for reference.",
     "# Conventions as p5/p6: bare weekdays -> nearest such day in the direction of the verb tense (a past-tense",
     "#   'on Monday' in a Monday paper is that day, and so is a present-tense 'ends on Wednesday' in a Wednesday",
     "#   paper); anaphoric expressions ('the following day', 'two days later', 'Nine days later') resolve against",
     "#   the narrative's temporal focus; fiscal years with a stated or national year-end are exact intervals with",
     "#   the labelled year as P:; centuries RY:1800..1899 or RY:1801..1900; holidays take that year's date in the",
     "#   story's country. Added in p7: Orthodox feasts in the Cyprus story (a12) by the Julian Easter; Jewish",
     "#   holidays by the Hebrew date (first full day; multi-day ones also R:, 'the eve of X' the day before, the",
     "#   year 5779 and the month Tishrei as R:); Turkey's feasts by its calculated calendar; Golden Week and a",
     "#   Chinese 'May Day holiday' as R: of the week; King's Day 2025 moved to Saturday April 26; 'the Fourth' is",
     "#   July 4 even when the day off is Friday; Australian 'fiscal 2017' = Jul 2016-Jun 2017, its 'second half'",
     "#   = Jan-Jun 2017, 'the December quarter' = Q4; 'Lent' = Ash Wednesday to Holy Saturday (or Maundy Thursday);",
     "#   'Holy Week' = Palm Sunday to Holy Saturday; 'deadline day', 'election day' and 'the first working day of",
     "#   the year' are the day the story fixes; 'the 1900s' is the century or the decade; in a Sunday paper 'next",
     "#   week' starts the next day and 'last week' may be either of the two weeks before.",
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
