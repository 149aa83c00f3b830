# Checks gold.py against the built articles: readings parse, weekdays, month/day and year agree with
# the span, holidays (and days counted from them) fall on that year's date in the story's calendar,
# relative expressions and seasons agree with the publication date, N/X/G spans do not overlap, bodies are
# 280-400 words, publication dates cover every month and weekday; prints uncovered temporal words and a
# table of weekday offsets to eyeball; finally feeds p4's scorer a synthetic run that gives every gold item
# its first reading, which must score 100% span and value recall and precision.
# Run from anywhere after build.py:  python3 src/verify.py
import sys, os, re, io, json, tempfile, contextlib, datetime as dt
PROBE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
os.environ['PROBE_DIR'] = PROBE  # p4's scorer reads this probe's gold
P4 = os.path.join(PROBE, '..', 'p4')
sys.path[:0] = [PROBE, P4]; import gold
sys.path.remove(PROBE); import score
W = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
MON = {'Jan':1,'Feb':2,'March':3,'April':4,'May':5,'June':6,'July':7,'Aug':8,'Sept':9,'Oct':10,'Nov':11,'Dec':12,
       'January':1,'February':2,'August':8,'September':9,'October':10,'November':11,'December':12}
MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December']
td = dt.timedelta
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return dt.date(y,mo,da)
def orthodox_easter(y):  # Julian computus, shifted to the Gregorian calendar (valid 1900-2099)
    a=y%4;b=y%7;c=y%19;d=(19*c+15)%30;e=(2*a+4*b-d+34)%7
    mo=(d+e+114)//31;da=(d+e+114)%31+1
    return dt.date(y,mo,da)+td(13)
def nth_wd(y,m,wd,n):
    d=dt.date(y,m,1); d+=td((wd-d.weekday())%7); return d+td(7*(n-1))
def last_wd(y,m,wd):
    d=dt.date(y+(m==12),m%12+1,1)-td(1); return d-td((d.weekday()-wd)%7)
T = lambda tab: (lambda y: dt.date.fromisoformat(tab[y]) if y in tab else None)
fix = lambda m, d: (lambda y: dt.date(y, m, d))
# lunar and lunisolar feasts, looked up for the years the stories use (Israel, Turkey, China)
ROSH = {2018:'2018-09-10'}; YK = {2018:'2018-09-19'}; SUK = {2018:'2018-09-24'}; PES = {2023:'2023-04-06'}
KURBAN = {2015:'2015-09-24', 2016:'2016-09-12'}; RAMAZAN = {2016:'2016-07-05'}
MIDAUT = {2000:'2000-09-12', 2001:'2001-10-01', 2002:'2002-09-21'}
HOL = {'Christmas Eve':fix(12,24),'Christmas Day':fix(12,25),'Boxing Day':fix(12,26),"New Year's Day":fix(1,1),
 "New Year's Eve":fix(12,31),'Easter Monday':lambda y:easter(y)+td(1),'Easter Sunday':easter,
 'Good Friday':lambda y:easter(y)-td(2),'Easter':easter,'Christmas':fix(12,25),
 'Rose Monday':lambda y:easter(y)-td(48),'Weiberfastnacht':lambda y:easter(y)-td(52),
 'Shrove Tuesday':lambda y:easter(y)-td(47),'Ash Wednesday':lambda y:easter(y)-td(46),
 'Orthodox Easter':orthodox_easter,'Green Monday':lambda y:orthodox_easter(y)-td(48),
 'Kataklysmos':lambda y:orthodox_easter(y)+td(50),
 'Thanksgiving':lambda y:nth_wd(y,11,3,4),'Memorial Day':lambda y:last_wd(y,5,0),'Labor Day':lambda y:nth_wd(y,9,0,1),
 "Presidents' Day":lambda y:nth_wd(y,2,0,3),"Mother's Day":lambda y:nth_wd(y,5,6,2),
 'Fourth of July':fix(7,4),'the Fourth':fix(7,4),'Independence Day':fix(7,4),"Father's Day":lambda y:nth_wd(y,9,6,1),
 'Anzac Day':fix(4,25),'Assumption Day':fix(8,15),'German Unity Day':fix(10,3),"St. Patrick's Day":fix(3,17),
 "King's Day":T({2024:'2024-04-27',2025:'2025-04-26'}),"King's Night":T({2025:'2025-04-25'}),
 'Liberation Day':fix(5,5),'Cyprus National Day':fix(4,1),
 'Rosh Hashanah':T(ROSH),'Yom Kippur':T(YK),'Sukkot':T(SUK),'Simchat Torah':lambda y:T(SUK)(y)+td(7),
 'Passover':T(PES),'Kurban Bayrami':T(KURBAN),'Arafat Day':lambda y:T(KURBAN)(y)-td(1),'Ramazan Bayrami':T(RAMAZAN),
 'Mid-Autumn Festival':T(MIDAUT),'Double Ninth Festival':T({2001:'2001-10-25'})}
# the story's own calendar where it differs from the default: (doc, name) -> date function
HOL_DOC = {('a12','Good Friday'):lambda y:orthodox_easter(y)-td(2), ('a12','Easter Monday'):lambda y:orthodox_easter(y)+td(1),
           ('a12','Independence Day'):fix(10,1)}
# multi-day feasts: name -> (first day, last day) for the R: reading
MULTI = {'Golden Week':lambda y:(dt.date(y,10,1),dt.date(y,10,7)),'National Day holiday':lambda y:(dt.date(y,10,1),dt.date(y,10,7)),
 'May Day holiday':lambda y:(dt.date(y,5,1),dt.date(y,5,7)),'Passover':lambda y:(T(PES)(y),T(PES)(y)+td(6)),
 'Sukkot':lambda y:(T(SUK)(y),T(SUK)(y)+td(6)),'Rosh Hashanah':lambda y:(T(ROSH)(y),T(ROSH)(y)+td(1)),
 'Kurban Bayrami':lambda y:(T(KURBAN)(y),T(KURBAN)(y)+td(3)),'Ramazan Bayrami':lambda y:(T(RAMAZAN)(y),T(RAMAZAN)(y)+td(2)),
 'Lent':lambda y:(easter(y)-td(46),easter(y)-td(1)),'Holy Week':lambda y:(easter(y)-td(7),easter(y)-td(1)),
 'Tishrei':lambda y:(T(ROSH)(y),T(ROSH)(y)+td(29)),'Orthodox Easter weekend':lambda y:(orthodox_easter(y)-td(2),orthodox_easter(y)+td(1))}
errs = 0
def err(*a):
    global errs; errs += 1; print('ERR', *a)
def monday(d): return d - td(d.weekday())
NUM = {'a':1,'one':1,'two':2,'three':3,'four':4,'five':5,'six':6,'seven':7,'eight':8,'nine':9,'ten':10,
       'twenty':20,'thirty':30,'fifty':50,'seventy':70}
SEAS = {'spring':(3,5),'summer':(6,8),'autumn':(9,11),'fall':(9,11),'winter':(12,2)}
def season_span(name, y):
    a, b = SEAS[name]; return dt.date(y, a, 1), score.mend(y + (b < a), b)
def rel_checks(doc, span, alts, pub):
    """relative expressions against the publication date"""
    s = span.lower(); rd = [a for a in alts if not a.startswith('P:')]
    Y = [int(a[2:]) for a in rd if a.startswith('Y:')]
    Ms = [a[2:] for a in rd if a.startswith('M:')]
    Ws = [dt.date.fromisoformat(a[2:]) for a in rd if a.startswith('W:')]
    Ss = [a[2:] for a in rd if a.startswith('S:')]
    def need(cond, what):
        if not cond: err(doc, span, what, alts)
    if s in ('this year', "this year's"): need(pub.year in Y, 'this year')
    if s in ('last year', "last year's"): need(pub.year - 1 in Y, 'last year')
    if s in ('next year', "next year's"): need(pub.year + 1 in Y, 'next year')
    m = re.fullmatch(r'(\w+) years ago', s)
    if m: need(pub.year - (NUM.get(m.group(1)) or int(m.group(1))) in Y, 'years ago')
    if s == 'a century ago': need(pub.year - 100 in Y, 'century ago')
    if s == 'last week': need(monday(pub) - td(7) in Ws, 'last week')
    if s == 'this week': need(monday(pub) in Ws, 'this week')
    if s == 'next week': need((monday(pub) + td(7)) in Ws, 'next week')
    if s in ('this month', 'earlier this month'): need(f'{pub:%Y-%m}' in Ms, 'this month')
    if s == 'last month':
        lm = pub.replace(day=1) - td(1); need(f'{lm:%Y-%m}' in Ms, 'last month')
    if s == 'next month':
        nm = (pub.replace(day=1) + td(32)); need(f'{nm:%Y-%m}' in Ms, 'next month')
    m = re.fullmatch(r'(since )?(last|next) (\w+)', s)
    if m and m.group(3).capitalize() in MONTHS:
        mo = MONTHS.index(m.group(3).capitalize()) + 1
        yy = pub.year - (mo >= pub.month) if m.group(2) == 'last' else pub.year + (mo <= pub.month)
        need(f'{yy}-{mo:02d}' in Ms, 'last/next month name')
    if m and m.group(3).capitalize() in W:
        wd = W.index(m.group(3).capitalize()); Ds = [dt.date.fromisoformat(a[2:]) for a in rd if a.startswith('D:')]
        off = [(d - pub).days for d in Ds]
        need(all((-7 <= o < 0) if m.group(2) == 'last' else (0 < o <= 7) for o in off), 'last/next weekday')
    m = re.fullmatch(r'(since )?(last|next|this) (spring|summer|autumn|fall|winter)', s)
    if m:
        name = 'autumn' if m.group(3) == 'fall' else m.group(3)
        spans = {y: season_span(name, y) for y in range(pub.year - 2, pub.year + 3)}
        cur = [y for y, (a, b) in spans.items() if a <= pub <= b]
        if m.group(2) == 'last':
            want = max(y for y, (a, b) in spans.items() if b < pub)
            if (pub - spans[want][1]).days <= 25 and f'{name}-{want}' not in Ss:
                want -= 1  # a season that ended days ago may still be 'this' one: the one before is meant
        elif m.group(2) == 'next': want = min(y for y, (a, b) in spans.items() if a > pub)
        else: want = cur[0] if cur else None
        if want is None: print(f'   season {doc} {pub} {span!r} -> {Ss} (not the current season: check by hand)')
        else: need(f'{name}-{want}' in Ss, f'season {name}-{want}')
def hol_fun(doc, name):
    return HOL_DOC.get((doc, name), HOL[name])
def hol_check(doc, span, alts):
    Ds = [dt.date.fromisoformat(a[2:]) for a in alts if a.startswith('D:')]
    Rs = [tuple(map(dt.date.fromisoformat, a[2:].split('..'))) for a in alts if a.startswith('R:')]
    for h in sorted(MULTI, key=len, reverse=True):
        if h.lower() in span.lower() and Rs and span not in ('from Good Friday to Easter Monday',):
            want = MULTI[h](Rs[0][0].year)
            if Rs[0] != want: err(doc, span, 'festival span mismatch', Rs[0], want)
            break
    if not Ds: return
    m = re.fullmatch(r'the (day after|day before|eve of) (the )?(.+?)( holiday)?', span)
    off, name = 0, span
    if m: off, name = (1 if m.group(1) == 'day after' else -1), m.group(3)
    for h in sorted(HOL, key=len, reverse=True):
        if h.lower() in name.lower():
            if span == 'Easter' and doc == 'a12': f = easter  # 'Easter in western churches'
            else: f = hol_fun(doc, h)
            if not any(f(d.year) is not None and d == f(d.year) + td(off) for d in Ds):
                err(doc, span, 'holiday mismatch', Ds, f(Ds[0].year))
            return
    if re.search(r"Day|Festival|Eve\b|Easter|Christmas|Bayrami|Sukkot|Yom |Torah|Fourth", span):
        print(f'   holiday not checked: {doc} {span!r} {alts}')
for_table = []
tot_items = 0
pubs = {}
for doc in sorted(gold.G):
    t = open(os.path.join(PROBE, 'articles', f'{doc}.md'), encoding='utf-8').read()
    pub = dt.date.fromisoformat(re.search(r'published: (\S+)', t).group(1)); pubs[doc] = pub
    body = t[t.index('\n---\n', 4) + 5:]
    nw = len(body.split())
    if not 280 <= nw <= 400: err(doc, 'word count', nw)
    covered = []
    first = gold.G[doc][0]
    if first[2] != [f'D:{pub}']: err(doc, 'dateline is not the publication date', first)
    for span, occ, alts in gold.G[doc]:
        tot_items += 1
        s, e = score.body_spans(body, span, occ); covered.append((s, e, 'G', span))
        if alts[0].startswith('P:'): err(doc, span, 'first reading is a P: reading')
        for a in alts:
            score.reading(a[2:] if a.startswith('P:') else a)  # parses
        Ds = [dt.date.fromisoformat(a[2:]) for a in alts if a.startswith('D:')]
        Ws = [dt.date.fromisoformat(a[2:]) for a in alts if a.startswith('W:')]
        for w in Ws:
            if w.weekday() != 0: err(doc, span, 'week not Monday', w)
        wds = [i for i, n in enumerate(W) if re.search(r'\b' + n + r'\b', span)]
        ends = Ds + [x for a in alts if a.startswith('R:') for x in map(dt.date.fromisoformat, a[2:].split('..'))]
        if wds and re.search(r'\b(to|and|through)\b', span):  # a span of days: each weekday named is an end
            for i in wds:
                if not any(d.weekday() == i for d in ends): err(doc, span, 'weekday mismatch', W[i], ends)
        elif wds and Ds and not re.search(r'\b(after|before)\b|Rose Monday|Shrove|Ash Wednesday|Green Monday|Good Friday', span):
            for d in Ds:
                if d.weekday() not in wds: err(doc, span, 'weekday mismatch', d, W[d.weekday()])
        if span in W:
            for d in Ds: for_table.append((doc, pub, span, (d - pub).days, body[max(0, s-60):s].replace('\n', ' ')))
        m = re.search(r'\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? (\d{1,2})\b', span)
        if m and Ds and not re.search(r'\bto\b|\band\b|\bor\b', span):
            mo, da = MON[m.group(1)], int(m.group(2))
            if not any(d.month == mo and d.day == da for d in Ds): err(doc, span, 'month/day mismatch', Ds)
        for m in re.finditer(r'\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? (\d{1,2})\b', span):
            mo, da = MON[m.group(1)], int(m.group(2))
            try: dt.date(2000, mo, da)
            except ValueError: err(doc, span, 'no such day')
        y = re.search(r'\b(1[89]\d\d|20\d\d)\b', span)
        if y and not re.search(r'\d{4}s|\d{4}-\d\d\b|between|and|to|fiscal|FY', span):
            yy = int(y.group(1))
            for a in alts:
                if a[:2] in ('D:', 'M:', 'Y:') and int(a[2:6]) != yy: err(doc, span, 'year mismatch', a)
        if re.fullmatch(r'(in |since |by )?(January|February|March|April|May|June|July|August|September|October|November|December)', span):
            mo = MONTHS.index(span.split()[-1]) + 1
            for a in alts:
                if a.startswith('M:') and int(a[7:9]) != mo: err(doc, span, 'month mismatch', a)
            print(f'   month {doc} {pub} {span!r} -> {alts}')
        hol_check(doc, span, alts)
        rel_checks(doc, span, alts, pub)
    for kind in ('N', 'X'):
        for span, occ in getattr(gold, kind).get(doc, []):
            s, e = score.body_spans(body, span, occ); covered.append((s, e, kind, span))
    cs = sorted(covered)
    for a, b in zip(cs, cs[1:]):
        if b[0] < a[1]: err(doc, 'overlapping spans', a, b)
    LINT = r"\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec|January|February|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|1[89]\d\d|20\d\d|\d{4}s|today|tonight|tomorrow|yesterday|week|weeks|weekend|month|months|year|years|decade|decades|century|spring|summer|autumn|fall|winter|ago|later|earlier|Christmas|Easter|New Year|eve|day|days|night|morning|evening|afternoon|season|quarter|half|anniversary|birthday|holidays?|feast|festival|Lent|fiscal)\b"
    for m in re.finditer(LINT, body, re.I):
        if not any(s <= m.start() < e for s, e, _, _ in covered):
            a = max(0, m.start() - 35); print(f'  {doc} uncovered {m.group(0)!r}: ...{body[a:m.end()+25]!r}'.replace('\\n', ' '))
print('\nbare weekdays: doc pub span offset-days | preceding text')
for doc, pub, span, off, ctx in for_table:
    print(f'  {doc} {pub} {W[pub.weekday()][:3]} {span:9} {off:+d} | ...{ctx[-55:]}')
months = {p.month for p in pubs.values()}; wdays = {p.weekday() for p in pubs.values()}
print('publication years', sorted({p.year for p in pubs.values()}))
if len(months) < 12: err('publication months missing', sorted(set(range(1, 13)) - months))
if len(wdays) < 7: err('publication weekdays missing', [W[i] for i in sorted(set(range(7)) - wdays)])

# synthetic run: one claim per gold item with its first reading, through p4's scorer
GRAN = {'D':'day','M':'month','Y':'year','Q':'quarter','H':'half','S':'season','W':'week','DEC':'decade'}
out = {'documents': [], 'claims': []}
for doc in sorted(gold.G):
    t = open(os.path.join(PROBE, 'articles', f'{doc}.md'), encoding='utf-8').read()
    out['documents'].append({'id': doc + '.md', 'published': str(pubs[doc])})
    off = t.index('\n---\n', 4) + 5
    for span, occ, alts in gold.G[doc]:
        s, e = score.body_spans(t[off:], span, occ)
        k, a, b = score.reading(alts[0])
        out['claims'].append({'kind': 'date', 'doc': doc + '.md', 'start': s + off, 'end': e + off, 'text': span,
                              'value': {'start': str(a), 'end': str(b), 'granularity': GRAN.get(alts[0].split(':')[0], 'range')},
                              'sentence': span, 'extractor': 'synthetic'})
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'out.json'); json.dump(out, open(path, 'w'))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf): score.main(path)
rep = buf.getvalue()
print('\nsynthetic run through p4/score.py:'); print('\n'.join(rep.splitlines()[:4]))
for key in ('span recall', 'value recall', 'precision'):
    m = re.search(key + r'\s+(\d+)/(\d+)', rep)
    if not m or m.group(1) != m.group(2): err('synthetic run below 100%:', key)
print('items', tot_items, 'neutral', sum(len(v) for v in gold.N.values()), 'decoys', sum(len(v) for v in gold.X.values()), 'errors', errs)
