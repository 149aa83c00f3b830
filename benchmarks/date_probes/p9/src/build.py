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

L = ["# Hand annotation for probe p9 (invented news in the beats and forms p1-p8 used least: a port shut by a",
     "# typhoon with sailing weeks, an English appeal deadline that falls on Good Friday, a Texas mayoral runoff",
     "# 'two weeks later', a farm-equipment maker with a November-October fiscal year, Victorian school terms,",
     "# Ramadan over Easter and the clocks going forward, Diwali in Leicester, Passover and two Easters in a school",
     "# calendar, the Sydney-Hobart race across the New Year, a launch 'later this quarter', the monsoon's onset,",
     "# '25 years ago this month', '20 years ago today', rail closures round the turn of the year, a museum's",
     "# 'from ... through ...' seasons, a cave rescue told in quotes from several days, weekday-only police copy",
     "# in a Sunday paper, the Lunar New Year rush, Orthodox Easter in Athens, the Supreme Court's last day, a",
     "# South African semester, a liner's itinerary by bare ordinals, California's water year, a bridge's",
     "# centenary, a March year-end retailer's interim results), written before any run of the tool.",
     "# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])",
     "# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)",
     "#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start",
     "#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)",
     "# P:<reading>: a coarser nested reading, e.g. the labelled year of a fiscal year; such a claim",
     "#   is not counted wrong for precision, but does not earn value recall for the item.",
     "# NEUTRAL (N): spans where a date claim counts neither way (times of day, 'overnight', event names such as",
     "#   'Black Monday' or 'the Class of '87', Acts named by a year, habitual or generic dates such as the monsoon's",
     "#   usual 'June 1' or 'from Oct. 1 to Sept. 30' of the water year, vague spans such as 'the term just ended').",
     "# X: decoys, not dates (ages, durations incl. 'within 21 days', scores '5-4', model and train numbers",
     "#   '1840', 'Z2014', '12306.cn', addresses '2004 Prairie Road', names 'June Okafor', 'the Friday Bandit',",
     "#   '28th October Street', titles 'The Thursday Fire', sets 'Tuesday through Sunday', 'every Nov. 14');",
     "#   the scorer ignores X, so a date claim on one counts as a precision error.",
     "# Conventions as p5-p8 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech",
     "#   by the day it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the",
     "#   story's country and calendar; southern seasons R: plus the northern label; hyphenated and 'from X to Y'",
     "#   ranges R: with both ends as D:). Added in p9: 'within N days' is a duration (X) and the deadline the story",
     "#   states is the date; 'two weeks later' / 'two weeks from tonight' = that day + 14; 'later this quarter' =",
     "#   IN: from the publication day to the quarter's end (Q: too, or the firm's fiscal quarter when the story",
     "#   names its end); 'N years ago today' = that day and its year; 'the turn of the year' = IN:Dec 1..Jan 31;",
     "#   day-first dates ('21 March') as month-first; a bare ordinal ('the 30th') = that day of the month in",
     "#   focus; 'the first Monday in October' = that day; 'the week beginning 12 May' = 'the week of'; 'the",
     "#   Saturday of Memorial Day weekend', 'the eve of Passover', 'the day after Diwali' = single days; a water",
     "#   year = R:Oct 1..Sep 30 (P: the year it ends); a UK tax year = R:Apr 6..Apr 5; legal terms named",
     "#   ('the Michaelmas term') = R: of their fixed dates; Acts named by a year are N.",
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
