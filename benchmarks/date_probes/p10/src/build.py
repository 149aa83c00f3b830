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
HEADER = """# Hand annotation for probe p10 (invented news in the beats, calendars and forms p1-p9 used least: a bankruptcy
# bar date, Irish school calendars with the St Brigid's Day holiday, an AFL fixture with Victoria's grand final eve,
# a retailer's 53-week year, a Canadian tax deadline moved off a Saturday, a French strike over the Ascension bridge,
# Serbia's Julian Christmas, the Kumbh Mela's bathing days, Hanukkah on Christmas night, Ashura in Pakistan, Hong
# Kong's Tuen Ng and lunar holidays, a 'Today in history' almanac, a U.S. stopgap over the fiscal year's turn, a
# cyclone in Mozambique, Kenya's election timetable, Japan's Silver Week and era years, a Leap Day obituary, a New
# Zealand dairy season, the 1953 North Sea flood 'fifty years ago today', an English cricket summer in day-first
# dates, Australia's parliamentary sittings, a car recall by build dates, Nyepi and an eclipse in Bali, an NHS
# doctors' strike, the Ethiopian new year), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser nested reading, e.g. the labelled year of a fiscal year; such a claim
#   is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, event names such as 'the Halloween
#   blizzard' or 'Thanksgivukkah', model years ('2000 models'), column headings ('Today in Marlow history'), habitual
#   or generic dates such as the usual 'April 30' tax deadline, Enkutatash's usual 'Sept. 11', 'the first Monday in
#   February' of a rule, 'the fifth day of the fifth lunar month', vague spans such as 'the day', 'a weekend').
# X: decoys, not dates (ages, durations incl. '180 days' and 'within seven days', votes '404-14', '5-2', 'Chapter 11',
#   campaign number '01V-083', addresses '1931 Euclid Avenue', 'Twenty20', 'Transition Year', 'the Feb. 29 Club',
#   'Twelfth Night', 'a spring tide', sets 'every June', 'every 210 days', 'the second Tuesday in August of every
#   fifth year'); the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p9 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech by the day
#   it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the story's country and
#   calendar; southern seasons R: plus the northern label; hyphenated and 'from X to Y' ranges R: with both ends as D:).
#   Added in p10: a date of another calendar ('the Julian Dec. 25', 'the first of Muharram', 'Ashura, the 10th',
#   'Hamle 1') is the Gregorian day the story's community keeps, and a year of another calendar ('the year 2008' in
#   Ethiopia, 'the Saka year 1938') R: of its Gregorian days, never Y: of the number; an era year ('Reiwa 8') is Y:
#   of its Gregorian year; Hanukkah R: from 25 Kislev (its first evening D: of that evening's day); a 52-53-week year
#   and its quarters R: of their Sunday-Saturday weeks ('the 53rd week' also W:); a dairy season '2014/15' R:June-May
#   (RY:, P: first year); day-first ranges ('20-24 May', '29 July-2 August') and suffixed dates ('October 30th') as
#   plain ones; 'N weeks before Christmas' that day; 'the Friday before Thanksgiving' and 'the Wednesday before Good
#   Friday' single days; 'Fifty years ago today' and an almanac's 'Ten years ago:' D: that day and Y:; 'half a century
#   ago' Y:; a predicative 'a Sunday' after a date that day; named sittings and recesses R: of the dates given."""
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
