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
HEADER = """# Hand annotation for probe p12 (invented news from countries and calendars p1-p11 used least: an Indian
# two-wheeler maker's festive season and 'H1 FY26', a Lagos school session in three terms, Kenya's June-year budget,
# the Philippines' 'ber months', Indonesia's Lebaran counted in 'H-3' and 'H+5', Turkey's nine-day Ramazan Bayrami,
# Israel's election in Cheshvan after the High Holy Days, Ireland's racing year in a Sunday paper, Mexico's
# Guadalupe-Reyes, Argentina's and Colombia's runoffs (with Colombia's Monday holidays), Sri Lanka's Vesak week, Iran's
# budget for the year 1405 and Nowruz, the Hajj by the Umm al-Qura calendar, Ghana's cocoa season, a Malaysian planter's
# June year, Egypt's Sham el-Nessim, South Africa's school year, India's Supreme Court vacation, a Nairobi fixture list,
# Hanukkah and three Christmases in Jerusalem, Romania's Orthodox Easter, Bangladesh's exports and Eid, an Irish
# co-op's September year, an election petition in Nigeria), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal year, the holiday of 'the run-up to'
#   it); such a claim is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, event and law names such as 'the Easter
#   Sunday bombings', 'the Cheltenham Festival', 'Finance Bill 2026', 'the Supreme Court Rules, 2013', 'the class of
#   2026', rules such as 'the third Tuesday of Cheshvan' and 'the following Monday', generic or habitual uses such as
#   'Christmas' as a season, 'the summer' that 'starts on the 1st of May' every year, 'the spring flush', 'Eid holiday',
#   a feast's name beside its date ('Nowruz', 'Vesak', 'Sham el-Nessim'), vague spans such as 'the holidays').
# X: decoys, not dates (ages, durations incl. 'within 21 days', '180 days', 'nine-day', 'in a decade', 'every weekday',
#   'each year', 'Fridays', 'Sunday fixtures', street and place names with dates 'Avenida 20 de Noviembre', 'Calle 16 de
#   Septiembre', '6th of October City', '15th of May City', the village '2 Mai', races '2,000 Guineas', codes 'E-2026',
#   'IR1404', 'Room 1225', 'Kinabatangan 2030', a phone number '0800 202 933', counts '1,998', '1,447', '1,926',
#   prices '1,999', scores '2-1', '24/7', '13th-month'); the scorer ignores X, so a date claim on one counts as a
#   precision error.
# Conventions as p5-p11 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech by the day
#   it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the story's country and
#   calendar; southern seasons R: plus the northern label; hyphenated and 'from X to Y' ranges R: with both ends as D:;
#   holiday weekends R: (P: the holiday); a Sunday paper's 'next week' from the next day and 'last week' both weeks
#   before; 'the week of <date>' W: (P:D:); seasons of sports, schools and crops RY: (P: first year); predicative
#   weekdays that day; a year of another calendar R: of its Gregorian days).
#   Added in p12: 'the eve of X' is the day before X, of a story's own event too ('the eve of the vote', 'the eve of
#   the tournament', 'the eve of the new school year'), and 'the day before/after X', 'a week before X', 'N weeks
#   after X', 'the Friday before the vote' count from the day X falls on in the story; 'the week before' a Sunday vote
#   W: of the Monday before it; 'within a week of X' IN:X..X+7 (P:D:X); 'the run-up to X' IN: from the first day of the
#   month before X's to the day before X (P:D:X); 'mid-month' MIN: of the month in focus; 'the tail end of' a year or
#   fiscal year IN: of its last quarter (a year also YIN:); 'the last days of' a month or period IN: of its last seven
#   days (P: the period); 'year to date' and 'so far this year' R: from the first day of the (fiscal) year to the last
#   day the figures cover; Indonesia's 'H-7' and 'H+5' D: of Lebaran (March 10, 2027) minus or plus the days; 'the ber
#   months' R:Sept.1-Dec.31; 'the September half' R: of the six months to Sept. 30; 'H1 FY26' and 'H1 FY27' R: of the
#   firm's half; 'the year to March' (or June or September) R: of the twelve months to that month's end (P:Y:);
#   'FY2026/27' and 'the 2026/27 financial year' R: (P:Y: of the year it ends); 'the 1990s and 2000s' one item
#   RY:1990..2009 with DEC: of either decade; 'N years from now' Y:; 'this time next year' as p10's 'this time last
#   year'; Hebrew, Hijri and Persian months ('Tishrei', 'Elul', 'Cheshvan', 'Dhu al-Hijjah', 'Esfand', 'Bahman') and
#   their days ('the 16th of Cheshvan', 'the 29th of Dhu al-Qadah', 'the 13th' of Farvardin) R: or D: of their
#   Gregorian days; Colombia's holidays on the Monday the Emiliani law moves them to; southern stories a10 and a18."""
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
