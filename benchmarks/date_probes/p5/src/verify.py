import sys, os, re, datetime as dt
PROBE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
os.environ['PROBE_DIR'] = PROBE  # p4's scorer (score.py runs it) reads this probe's gold
sys.path[:0] = [PROBE, os.path.join(PROBE, '..', 'p4')]; import gold
sys.path.remove(PROBE); import score
W = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
MON = {'Jan':1,'Feb':2,'March':3,'April':4,'May':5,'June':6,'July':7,'Aug':8,'Sept':9,'Oct':10,'Nov':11,'Dec':12,
       'January':1,'February':2,'August':8,'September':9,'October':10,'November':11,'December':12}
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return dt.date(y,mo,da)
def nth_wd(y,m,wd,n):
    d=dt.date(y,m,1); d+=dt.timedelta((wd-d.weekday())%7); return d+dt.timedelta(7*(n-1))
HOL = {'Christmas Eve':lambda y:dt.date(y,12,24),'Christmas Day':lambda y:dt.date(y,12,25),'Boxing Day':lambda y:dt.date(y,12,26),
 "New Year's Day":lambda y:dt.date(y,1,1),"New Year's Eve":lambda y:dt.date(y,12,31),'Hogmanay':lambda y:dt.date(y,12,31),
 'Halloween':lambda y:dt.date(y,10,31),'Bonfire Night':lambda y:dt.date(y,11,5),"Valentine's Day":lambda y:dt.date(y,2,14),
 "St Patrick's Day":lambda y:dt.date(y,3,17),'Easter Monday':lambda y:easter(y)+dt.timedelta(1),'Ash Wednesday':lambda y:easter(y)-dt.timedelta(46),
 'Easter':easter,'Black Friday':lambda y:nth_wd(y,11,3,4)+dt.timedelta(1),'Thanksgiving':lambda y:nth_wd(y,11,3,4),
 '4th of July':lambda y:dt.date(y,7,4),'leap day':lambda y:dt.date(y,2,29),'Christmas':lambda y:dt.date(y,12,25)}
errs = 0
def err(*a):
    global errs; errs += 1; print('ERR', *a)
tot_items = 0
for doc in sorted(gold.G):
    t = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'articles', f'{doc}.md')).read()
    pub = dt.date.fromisoformat(re.search(r'published: (\S+)', t).group(1))
    body = t[t.index('\n---\n', 4) + 5:]
    nw = len(body.split())
    if not 150 <= nw <= 300: err(doc, 'word count', nw)
    covered = []
    for span, occ, alts in gold.G[doc]:
        tot_items += 1
        s, e = score.body_spans(body, span, occ); covered.append((s, e))
        for a in alts:
            score.reading(a[2:] if a.startswith('P:') else a)  # parses
        Ds = [dt.date.fromisoformat(a[2:]) for a in alts if a.startswith('D:')]
        Ws = [dt.date.fromisoformat(a[2:]) for a in alts if a.startswith('W:')]
        for w in Ws:
            if w.weekday() != 0: err(doc, span, 'week not Monday', w)
        wds = [i for i, n in enumerate(W) if re.search(r'\b' + n + r'\b', span)]
        if wds and Ds:
            for d in Ds:
                if d.weekday() not in wds: err(doc, span, 'weekday mismatch', d, W[d.weekday()])
        m = re.search(r'\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? (\d{1,2})\b', span)
        if m and Ds:
            mo, da = MON[m.group(1)], int(m.group(2))
            if not any(d.month == mo and d.day == da for d in Ds): err(doc, span, 'month/day mismatch', Ds)
        y = re.search(r'\b(1[89]\d\d|20\d\d)\b', span)
        if y and not re.search(r'\d{4}s|\d{4}-\d\d\b|between|and|to', span):
            yy = int(y.group(1))
            for a in alts:
                if a[:2] in ('D:', 'M:', 'Y:') and not a.startswith('P:') and int(a[2:6]) != yy: err(doc, span, 'year mismatch', a)
        for h, f in HOL.items():
            if h.lower() in span.lower():
                for d in Ds:
                    if d != f(d.year): err(doc, span, 'holiday mismatch', d, f(d.year))
                break
        # relative-to-pub sanity printout
    for span, occ in gold.N.get(doc, []):
        s, e = score.body_spans(body, span, occ); covered.append((s, e))
    # lint: temporal-looking tokens not covered
    LINT = r"\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec|January|February|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|1[89]\d\d|20\d\d|\d{4}s|today|tonight|tomorrow|yesterday|week|weeks|weekend|month|months|year|years|decade|decades|century|spring|summer|autumn|fall|winter|ago|later|earlier|Christmas|Easter|New Year|eve|day|days|night|morning|evening|afternoon|season|quarter|half|anniversary|birthday|holidays?)\b"
    for m in re.finditer(LINT, body, re.I):
        if not any(s <= m.start() < e for s, e in covered):
            a = max(0, m.start() - 35); print(f'  {doc} uncovered {m.group(0)!r}: ...{body[a:m.end()+25]!r}'.replace('\\n', ' '))
print('items', tot_items, 'errors', errs)
