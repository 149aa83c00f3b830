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
HEADER = """# Hand annotation for probe p11 (invented news in the beats and forms p1-p10 used least: blank sailings around the
# Lunar New Year, Korea's college entrance exam and a March-February school year, Canada's Commons calendar, an NHL
# season across the Olympic break, a product roadmap in halves ('H2 2027', 'the back half of next year'), a clinical-
# trial timeline, a class-action timetable counted in days, Chernobyl forty years on, a shipyard's history in decades,
# a British winter outlook, an Australian fire season, Asia's and Europe's holidays of 2026 and 2027, a strike in Peru
# told through quotes of four days, a British weekly's 'Tuesday week' and 'a week last Tuesday', an exhibition's ranges
# across the new year, a Sunday paper's weekdays, an Indian fiscal year, Brazil's election calendar, a Toronto school
# board's holy days, a rail timetable year, a subway 'later this decade', a Chilean vintage, an eclipse in Spain, a
# football fixture list), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser nested reading, e.g. the labelled year of a fiscal year; such a claim
#   is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, event names such as 'the Black Summer',
#   'the General Strike', 'Euro 2028' or 'the 1988 Constitution', rules such as 'the second or third Thursday of
#   November' and 'the second Sunday in December', descriptive uses such as 'holiday season', 'the summer holidays',
#   'semester break', vague spans such as 'now', 'then', 'the present day', 'the last fortnight of exams').
# X: decoys, not dates (ages, durations incl. 'within 14 days', '60 days', 'a fortnight', '121 years', trial weeks
#   'Week 52', voyage '0612W', case '2:21-cv-11957', trial 'NCT05122026', codes 'VXR-2027', 'C2030', 'Model 1700',
#   'SK-C-1368', 'Class 1116', '737-8200', flight 'AL1916', 'Room 1821', 'Lot 1810', 'Yard No. 1906', 'Local 1877',
#   addresses '1776 Raritan Road', '1867 Harbour Street', prices '$1,999', '1,947' rupees, counts '2,019', '2,025',
#   scores and votes '4-1', '3-2', '169-142', '5-3', '16-6', sets 'every April 26', 'every September', 'Fridays');
#   the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p10 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech by the day
#   it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the story's country and
#   calendar; southern seasons R: plus the northern label; hyphenated and 'from X to Y' ranges R: with both ends as D:;
#   a Sunday paper's 'next week' from the next day and 'last week' both weeks before, as p7).
#   Added in p11: 'a week from Friday' is the coming Friday + 7, and the British 'Tuesday week', 'a week on Saturday',
#   'tomorrow week', 'a fortnight tomorrow' count from the coming day (+7 or +14), 'a week last Tuesday' from the last
#   one (-7), 'Saturday last' is last Saturday, 'a fortnight ago' the day 14 back (and its W:), 'the week after next'
#   W:; 'the fortnight after' a day R: of the 14 days following it, 'the next fortnight' R: of the 14 days after
#   publication (IN: with it); 'later this decade' IN: from publication to the decade's end (P:DEC:), 'this decade'
#   DEC:, 'the next' decade DEC:, 'the turn of the decade' IN: of the two years around it, 'the turn of the century'
#   IN: of the ten years around the turn the story means (1900 in a shipyard's history, 2000 in Chernobyl's), 'the early
#   2030s' as p8's early decades, 'the 2300s' RY: and DEC: as p7's 'the 1900s'; 'H2 2027', 'the back half of next
#   year', 'the front half of 2027' H:, 'calendar 2026' and 'CY2028' Y:; India's 'FY27' R:Apr.-Mar. (P:Y: of the year
#   it ends), its 'Q4 FY26' and 'Q3' Q: of the calendar quarter they are; a September year-end's 'fiscal 2026' R:Oct.-
#   Sept. and 'the year just ended' likewise; Korea's 'the 2027 academic year' R:March-February (P:Y:); an ISO 'Week 8'
#   W: of that week, a trial's 'Week 52' X; 'early summer' and 'late winter' IN: of the season's first or second half
#   (P:S:); the 'half a century ago this summer' S: and Y:; IATA's 'summer' and 'winter season' R: of the days given;
#   'the timetable year 2027' R: of the days given (P:Y:); predicative weekdays after any date ('falls on a Sunday')
#   that day, as p10."""
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

L = HEADER.splitlines() + ["G = {}", "N = {}", "X = {}"]
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
