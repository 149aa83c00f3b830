# Checks gold.py against the built articles: readings parse, weekdays, month/day and year agree with
# the span, holidays fall on that year's date, relative expressions agree with the publication date,
# N/X/G spans do not overlap; prints uncovered temporal words and a table of weekday offsets to eyeball.
# Run from anywhere after build.py:  python3 src/verify.py
import sys, os, re, datetime as dt
PROBE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
os.environ['PROBE_DIR'] = PROBE  # p4's scorer reads this probe's gold
P4 = os.path.join(PROBE, '..', 'p4')
sys.path[:0] = [PROBE, P4]; import gold
sys.path.remove(PROBE); import score
W = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
MON = {'Jan':1,'Feb':2,'March':3,'April':4,'May':5,'June':6,'July':7,'Aug':8,'Sept':9,'Oct':10,'Nov':11,'Dec':12,
       'January':1,'February':2,'August':8,'September':9,'October':10,'November':11,'December':12}
MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December']
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return dt.date(y,mo,da)
def nth_wd(y,m,wd,n):
    d=dt.date(y,m,1); d+=dt.timedelta((wd-d.weekday())%7); return d+dt.timedelta(7*(n-1))
def last_wd(y,m,wd):
    d=dt.date(y+(m==12),m%12+1,1)-dt.timedelta(1); return d-dt.timedelta((d.weekday()-wd)%7)
T = lambda tab: (lambda y: dt.date.fromisoformat(tab[y]))
LNY = {2002:'2002-02-12',2003:'2003-02-01',2023:'2023-01-22',2024:'2024-02-10'}
EID = {2024:'2024-04-10',2025:'2025-03-30'}
td = dt.timedelta
# longest names first so 'Christmas Eve' is not checked as 'Christmas'
HOL = {'Christmas Eve':lambda y:dt.date(y,12,24),'Christmas Day':lambda y:dt.date(y,12,25),'Boxing Day':lambda y:dt.date(y,12,26),
 "New Year's Day":lambda y:dt.date(y,1,1),"New Year's Eve":lambda y:dt.date(y,12,31),'Halloween':lambda y:dt.date(y,10,31),
 'Easter Monday':lambda y:easter(y)+td(1),'Easter Sunday':easter,'Good Friday':lambda y:easter(y)-td(2),"Mother's Day":lambda y:easter(y)-td(21),
 'Easter':easter,'Black Friday':lambda y:nth_wd(y,11,3,4)+td(1),'Cyber Monday':lambda y:nth_wd(y,11,3,4)+td(4),
 'Thanksgiving':lambda y:nth_wd(y,11,3,4),'Memorial Day':lambda y:last_wd(y,5,0),'Labour Day':lambda y:nth_wd(y,9,0,1),
 'Canada Day':lambda y:dt.date(y,7,1),'May Day':lambda y:dt.date(y,5,1),'Christmas':lambda y:dt.date(y,12,25),
 'Diwali':T({2016:'2016-10-30',2017:'2017-10-19'}),'Dhanteras':T({2017:'2017-10-17'}),'Lunar New Year':T(LNY),
 'Lantern Festival':lambda y:T(LNY)(y)+td(14),'Eid':T(EID)}
# context-dependent holidays, checked by hand: (doc, span) -> why
HOL_EXC = {('a09','Thanksgiving'):'Canadian, 2nd Monday of October', ('a23',"New Year's Eve"):'Lunar New Year eve'}
HOL_EXC_CHECK = {('a09','Thanksgiving'):lambda y:nth_wd(y,10,0,2), ('a23',"New Year's Eve"):lambda y:T(LNY)(y)-td(1)}
errs = 0
def err(*a):
    global errs; errs += 1; print('ERR', *a)
def monday(d): return d - td(d.weekday())
def rel_checks(doc, span, alts, pub):
    """relative expressions against the publication date"""
    s = span.lower(); rd = [a for a in alts if not a.startswith('P:')]
    Y = [int(a[2:]) for a in rd if a.startswith('Y:')]
    Ms = [a[2:] for a in rd if a.startswith('M:')]
    Ws = [dt.date.fromisoformat(a[2:]) for a in rd if a.startswith('W:')]
    def need(cond, what):
        if not cond: err(doc, span, what, alts)
    if s in ('this year', "this year's"): need(pub.year in Y, 'this year')
    if s in ('last year', "last year's"): need(pub.year - 1 in Y, 'last year')
    if s in ('next year', "next year's"): need(pub.year + 1 in Y, 'next year')
    m = re.fullmatch(r'(\w+) years ago', s)
    if m:
        n = {'two':2,'three':3,'five':5,'seventy':70,'twenty':20,'thirty':30}.get(m.group(1)) or int(m.group(1))
        need(pub.year - n in Y, 'years ago')
    if s == 'a century ago': need(pub.year - 100 in Y, 'century ago')
    if s == 'last week': need(monday(pub) - td(7) in Ws, 'last week')
    if s == 'this week': need(monday(pub) in Ws, 'this week')
    if s in ('this month', 'earlier this month'): need(f'{pub:%Y-%m}' in Ms, 'this month')
    if s == 'next month':
        nm = (pub.replace(day=1) + td(32)); need(f'{nm:%Y-%m}' in Ms, 'next month')
    m = re.fullmatch(r'(last|next) (\w+)', s)
    if m and m.group(2).capitalize() in MONTHS:
        mo = MONTHS.index(m.group(2).capitalize()) + 1
        yy = pub.year - (mo >= pub.month) if m.group(1) == 'last' else pub.year + (mo <= pub.month)
        need(f'{yy}-{mo:02d}' in Ms, 'last/next month name')
    if m and m.group(2).capitalize() in W:
        wd = W.index(m.group(2).capitalize()); Ds = [dt.date.fromisoformat(a[2:]) for a in rd if a.startswith('D:')]
        off = [(d - pub).days for d in Ds]
        need(all((-7 <= o < 0) if m.group(1) == 'last' else (0 < o <= 7) for o in off), 'last/next weekday')
    m = re.fullmatch(r'(last|next|this) (spring|summer|autumn|fall|winter)', s)
    if m:
        Ss = [a for a in rd if a.startswith('S:')]; print(f'   season {doc} {pub} {span!r} -> {Ss}')
    if s in MONTHS and s.capitalize() in MONTHS: pass
for_table = []
tot_items = 0
for doc in sorted(gold.G):
    t = open(os.path.join(PROBE, 'articles', f'{doc}.md'), encoding='utf-8').read()
    pub = dt.date.fromisoformat(re.search(r'published: (\S+)', t).group(1))
    body = t[t.index('\n---\n', 4) + 5:]
    nw = len(body.split())
    if not 250 <= nw <= 450: err(doc, 'word count', nw)
    covered = []
    first = gold.G[doc][0]
    if first[2] != [f'D:{pub}']: err(doc, 'dateline is not the publication date', first)
    for span, occ, alts in gold.G[doc]:
        tot_items += 1
        s, e = score.body_spans(body, span, occ); covered.append((s, e, 'G', span))
        for a in alts:
            score.reading(a[2:] if a.startswith('P:') else a)  # parses
        Ds = [dt.date.fromisoformat(a[2:]) for a in alts if a.startswith('D:')]
        Ws = [dt.date.fromisoformat(a[2:]) for a in alts if a.startswith('W:')]
        for w in Ws:
            if w.weekday() != 0: err(doc, span, 'week not Monday', w)
        wds = [i for i, n in enumerate(W) if re.search(r'\b' + n + r'\b', span)]
        if wds and Ds and 'Cyber' not in span:
            for d in Ds:
                if d.weekday() not in wds: err(doc, span, 'weekday mismatch', d, W[d.weekday()])
        if span in W:
            for d in Ds: for_table.append((doc, pub, span, (d - pub).days, body[max(0, s-60):s].replace('\n', ' ')))
        m = re.search(r'\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? (\d{1,2})\b', span)
        if m and Ds and not re.search(r'\bto\b|\band\b|\bor\b', span):
            mo, da = MON[m.group(1)], int(m.group(2))
            if not any(d.month == mo and d.day == da for d in Ds): err(doc, span, 'month/day mismatch', Ds)
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
        for h in sorted(HOL, key=len, reverse=True):
            if h.lower() in span.lower():
                f = HOL_EXC_CHECK.get((doc, span), HOL[h])
                if Ds and not any(d == f(d.year) for d in Ds): err(doc, span, 'holiday mismatch', Ds, f(Ds[0].year))
                break
        rel_checks(doc, span, alts, pub)
    for kind in ('N', 'X'):
        for span, occ in getattr(gold, kind).get(doc, []):
            s, e = score.body_spans(body, span, occ); covered.append((s, e, kind, span))
    cs = sorted(covered)
    for a, b in zip(cs, cs[1:]):
        if b[0] < a[1]: err(doc, 'overlapping spans', a, b)
    LINT = r"\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec|January|February|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|1[89]\d\d|20\d\d|\d{4}s|today|tonight|tomorrow|yesterday|week|weeks|weekend|month|months|year|years|decade|decades|century|spring|summer|autumn|fall|winter|ago|later|earlier|Christmas|Easter|New Year|eve|day|days|night|morning|evening|afternoon|season|quarter|half|anniversary|birthday|holidays?|Diwali|Ramadan|Eid|Thanksgiving)\b"
    for m in re.finditer(LINT, body, re.I):
        if not any(s <= m.start() < e for s, e, _, _ in covered):
            a = max(0, m.start() - 35); print(f'  {doc} uncovered {m.group(0)!r}: ...{body[a:m.end()+25]!r}'.replace('\\n', ' '))
print('\nbare weekdays: doc pub span offset-days | preceding text')
for doc, pub, span, off, ctx in for_table:
    print(f'  {doc} {pub} {W[pub.weekday()][:3]} {span:9} {off:+d} | ...{ctx[-55:]}')
print('items', tot_items, 'neutral', sum(len(v) for v in gold.N.values()), 'decoys', sum(len(v) for v in gold.X.values()), 'errors', errs)
