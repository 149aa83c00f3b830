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

L = ["# Hand annotation for probe p8 (invented news in the beats and forms p1-p7 used least: earnings with",
     "# July-June and February-January fiscal years, cup rounds and a ski tour across weekends and the New Year,",
     "# court timetables, weather warnings with parts of days (one in New Zealand's spring), school terms, a",
     "# by-election with postal votes, a referendum with advance polls, a recall with date codes, an obituary with",
     "# a life span, 'fifty years ago this week', a town history, festive fixtures with moved bank holidays, a chip",
     "# plant timetable, bridge closures, a flu season, a tax deadline, a festival, the clocks going back, a",
     "# parliament's recess, a meteor shower, an orchestra's season), written before any run of the tool.",
     "# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])",
     "# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)",
     "#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start",
     "#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)",
     "# P:<reading>: a coarser nested reading, e.g. the labelled year of a fiscal year; such a claim",
     "#   is not counted wrong for precision, but does not earn value recall for the item.",
     "# NEUTRAL (N): spans where a date claim counts neither way (times of day, 'overnight', event names such as",
     "#   '9/11', habitual or generic dates such as 'the new April 15', vague spans such as 'the week before').",
     "# X: decoys, not dates (ages, durations, scores, '24/7', model numbers 'PC-2017', 'Form 1040', date codes",
     "#   '1736', addresses '1995 Ridge Road', 'Friday Street', names 'Jim Easter', titles 'June Rain', sets",
     "#   'Monday through Thursday'); the scorer ignores X, so a date claim on one counts as a precision error.",
     "# Conventions as p5-p7: bare weekdays -> nearest such day in the direction of the verb tense; anaphoric",
     "#   expressions resolve against the narrative's temporal focus; dates in quoted speech against the day the",
     "#   speaker spoke; fiscal years with a stated year-end are exact intervals with the labelled year as P:;",
     "#   centuries RY:1800..1899 or RY:1801..1900; holidays take that year's observed date in the story's",
     "#   country. Added in p8: a part of a day stays outside the span ('Tuesday night into Wednesday morning' is",
     "#   two items; 'tonight'/'this morning' = the publication day; 'the night of Aug. 12-13' = R: and D: of the",
     "#   first day); hyphenated ranges ('Dec. 29-Jan. 6') = R: with both ends as D:; a life span '(1931-2021)' =",
     "#   RY: with both years; a company's fiscal quarters and halves follow its stated year-end (a July-June",
     "#   firm's 'fiscal second quarter' = Q4 of the calendar; a Feb-Jan retailer's 'second half' = Aug-Jan, R:",
     "#   only); school terms ('the spring term') = R: of the dates the story gives; New Zealand seasons = R: plus",
     "#   the northern label of the same months; moved bank holidays on their observed day; 'N years ago this",
     "#   week' = that week (Mon) and year; apostrophe/word decades ('the '80s', 'the Sixties') = DEC:; a date",
     "#   code or model number is a decoy; '9/11' as the attacks' name is N.",
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
