# Checks gold.py against the built articles: readings parse, weekdays, month/day (month-first 'March 21', day-first
# '21 March' and ordinal-suffixed 'July 20th') and year agree with the span, holidays (and days counted from them: 'the
# day after Independence Movement Day', 'the eve of the Saints Peter and Paul holiday', 'the Sunday before Thanksgiving',
# "the day after King's Day", 'the Friday after Thanksgiving') fall on that year's date in the story's country and
# calendar (western and Orthodox Easter computed, with Holy Week, Ascension, Whitsun and Corpus Christi; U.S., Canadian,
# British, Irish, Dutch, Norwegian, Portuguese, Korean, Japanese, Brazilian and Australian holidays by rule; Lunar New
# Year, the Lantern and Mid-Autumn festivals, Chuseok, Ramadan and the Eids, Purim, Passover, Rosh Hashanah, Yom Kippur,
# Holi, Diwali and Vaisakhi from tables checked when this probe was written against lunardate, hijridate, convertdate and
# the holidays package, which verify.py does not need), nth weekdays of a month, bare ordinals ('the 25th'), 'the week of
# <date>', hyphenated ranges ('Feb. 11-22', 'Dec. 19-Jan. 3', 'March 12-14') and 'from X to/through Y' ranges give
# their R: and end days, multi-day spans (Easter weekends, Holy Week, Golden Week, the Chuseok holiday, Fiestas Patrias,
# the Years of the Snake and Horse), readings fixed by the tables (EXTRA), relative expressions -- p1-p10's and p11's
# new ones: 'a week from Friday', 'Tuesday week', 'a week on Saturday', 'tomorrow week', 'a fortnight tomorrow', 'a week
# last Tuesday', 'Saturday last', 'this coming Saturday', 'a fortnight ago', 'the week after next', 'the next fortnight',
# 'later this decade', 'this decade', 'the turn of the decade', 'H2 2027', 'the back/front half of', 'calendar 2026',
# 'CY2028', India's 'FY27' and 'Q4 FY26', ISO 'Week 8', 'early/late <season>' -- and seasons agree with the publication
# date or, for quoted speech, with the day the speaker spoke (SPEAKER below); southern-hemisphere seasons (a11, a23)
# carry R: and the northern label of the same months; N/X/G spans do not overlap; bodies are 300-390 words; publication
# dates are distinct, cover every month and weekday and the years 2025-2027; prints uncovered temporal words and a table
# of weekday offsets to eyeball; finally feeds p4's scorer a synthetic run that gives every gold item its first reading,
# which must score 100% span and value recall and precision, and checks that every reading (P: ones included) is
# accepted for a claim of its own interval.
# Adapted from p10's verify.py. Run from anywhere after build.py:  python3 src/verify.py
# p4's scorer is looked up at ../p4 (the date_probes folder), at $P4_DIR, or at /work/main/benchmarks/date_probes/p4.
import sys, os, re, io, json, tempfile, contextlib, datetime as dt
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
os.environ['PROBE_DIR'] = PROBE  # p4's scorer reads this probe's gold
P4 = os.environ.get('P4_DIR') or os.path.join(PROBE, '..', 'p4')
if not os.path.exists(os.path.join(P4, 'score.py')): P4 = '/work/main/benchmarks/date_probes/p4'
if not os.path.exists(os.path.join(P4, 'score.py')): sys.exit(f'p4 scorer not found at {P4}: set P4_DIR')
sys.path[:0] = [PROBE, P4]; import gold
sys.path.remove(PROBE); import score
W = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
MON = {'Jan':1,'Feb':2,'March':3,'April':4,'May':5,'June':6,'July':7,'Aug':8,'Sept':9,'Oct':10,'Nov':11,'Dec':12,
       'January':1,'February':2,'August':8,'September':9,'October':10,'November':11,'December':12}
MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December']
MRE = r'(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec)'
SUF = r'(?:st|nd|rd|th)?'   # 'October 30th', 'September 1st'
td = dt.timedelta
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return dt.date(y,mo,da)
def nth_wd(y,m,wd,n):
    d=dt.date(y,m,1); d+=td((wd-d.weekday())%7); return d+td(7*(n-1))
def last_wd(y,m,wd):
    d=dt.date(y+(m==12),m%12+1,1)-td(1); return d-td((d.weekday()-wd)%7)
T = lambda tab: (lambda y: dt.date.fromisoformat(tab[y]) if y in tab else None)
fix = lambda m, d: (lambda y: dt.date(y, m, d))
def observed_uk(m, d, second=False):
    """an English bank holiday on a weekend moves to the next free weekday (Christmas first, then Boxing Day)"""
    def f(y):
        x = dt.date(y, m, d)
        if x.weekday() < 5: return x
        if (m, d) == (12, 26) and x.weekday() in (5, 6): return x + td(2)  # after Christmas' own substitute
        return x + td(7 - x.weekday())
    return f
def julian_easter(y):
    """Orthodox Easter: the Julian computus, moved to the Gregorian calendar (+13 days in 1900-2099)"""
    a=y%4;b=y%7;c=y%19;d=(19*c+15)%30;e=(2*a+4*b-d+34)%7;m=(d+e+114)//31;da=(d+e+114)%31+1
    return dt.date(y,m,da)+td(13)
def observed_uk_xmas(y):
    """the bank holiday for Christmas Day: Dec. 25, or Dec. 27 when Christmas falls on a weekend"""
    x = dt.date(y,12,25); return x if x.weekday() < 5 else dt.date(y,12,27)
def julian_to_gregorian(y, m, d):
    """a Julian-calendar date as a Gregorian date (via the Julian day number)"""
    a = (14 - m) // 12; y2 = y + 4800 - a; m2 = m + 12 * a - 3
    jdn = d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083
    return dt.date.fromordinal(jdn - 1721425)
def brigid(y):
    """Ireland's St Brigid's Day bank holiday: the first Monday in February, or Feb. 1 when that is a Friday"""
    x = dt.date(y, 2, 1); return x if x.weekday() == 4 else nth_wd(y, 2, 0, 1)
# tables, checked when this probe was written (src/verify.py does not need the packages): the Chinese lunar calendar
# against lunardate (Lunar New Year 2025-01-29, 2026-02-17, 2027-02-06; Lantern Festival 2026-03-03; Dragon Boat
# 2026-06-19; Mid-Autumn 2025-10-06, 2026-09-25); Ramadan, Eid al-Fitr and Eid al-Adha against hijridate's Umm al-Qura
# calendar (1 Ramadan 1447 = 2026-02-18, 1 Shawwal = 2026-03-20, 10 Dhu al-Hijja = 2026-05-27; 1 Ramadan 1448 =
# 2027-02-08, 1 Shawwal = 2027-03-09, 10 Dhu al-Hijja = 2027-05-16), with the day after also accepted where a country
# sighted the moon later (Singapore's and India's Hari Raya Puasa on 2026-03-21, India's Eid al-Adha 2027-05-17);
# Purim, Passover, Shavuot, Rosh Hashanah and Yom Kippur against convertdate's Hebrew calendar (5787-5788); Holi, Diwali,
# Vesak, Songkran, Chuseok, Japan's and Europe's holidays, observed days and substitute days against the holidays package
# (0.109) for IN, SG, TH, KR, JP, NL, NO, FR, IE, GB, US, NZ, DE, CH, BE, PT, CL, CA; the 2025 winter solstice on Dec. 21.
LNY = {2025:'2025-01-29',2026:'2026-02-17',2027:'2027-02-06',2028:'2028-01-26'}
LUNAR = {'Lantern Festival':{2026:'2026-03-03'},'Dragon Boat Festival':{2026:'2026-06-19'},
         'Mid-Autumn Festival':{2026:'2026-09-25'},'Chuseok':{2025:'2025-10-06',2026:'2026-09-25'}}
RAMADAN = {2026:('2026-02-18','2026-03-19'),2027:('2027-02-08','2027-03-08')}   # 1 Ramadan .. 29/30 Ramadan (Umm al-Qura)
EID_FITR = {2026:'2026-03-20',2027:'2027-03-09'}; EID_ADHA = {2026:'2026-05-27',2027:'2027-05-16'}
HEBREW = {'Purim':{2027:'2027-03-23'},'Passover':{2027:'2027-04-22'},'Shavuot':{2027:'2027-06-11'},
          'Rosh Hashanah':{2027:'2027-10-02'},'Yom Kippur':{2027:'2027-10-11'}}
HINDU = {'Holi':{2026:'2026-03-04',2027:'2027-03-22'},'Diwali':{2025:'2025-10-20',2026:'2026-11-08',2027:'2027-10-29'},
         'Vaisakhi':{2027:'2027-04-14'}}
SOLSTICE = {2025:'2025-12-21'}
shift = lambda tab, n: (lambda y: dt.date.fromisoformat(tab[y]) + td(n) if y in tab else None)
D_ = dt.date.fromisoformat
def observed_us(m, d):
    """a U.S. federal holiday on a Saturday is observed the Friday before, on a Sunday the Monday after"""
    def f(y):
        x = dt.date(y, m, d); return x - td(1) if x.weekday() == 5 else x + td(1) if x.weekday() == 6 else x
    return f
HOL = {'Christmas Eve':fix(12,24),'Christmas Day':fix(12,25),'Boxing Day':fix(12,26),"New Year's Day":fix(1,1),
 "New Year's Eve":fix(12,31),'Easter Monday':lambda y:easter(y)+td(1),'Easter Sunday':easter,
 'Good Friday':lambda y:easter(y)-td(2),'Holy Saturday':lambda y:easter(y)-td(1),'Easter':easter,'Christmas':fix(12,25),
 'Ascension Day':lambda y:easter(y)+td(39),'Whit Sunday':lambda y:easter(y)+td(49),'Whit Monday':lambda y:easter(y)+td(50),
 'Corpus Christi':lambda y:easter(y)+td(60),'Orthodox Easter':julian_easter,
 'Thanksgiving':lambda y:nth_wd(y,11,3,4),'Presidents\' Day':lambda y:nth_wd(y,2,0,3),
 'Martin Luther King Jr. Day':lambda y:nth_wd(y,1,0,3),'Labor Day':lambda y:nth_wd(y,9,0,1),
 'Labour Day':lambda y:nth_wd(y,9,0,1),"Indigenous Peoples' Day":lambda y:nth_wd(y,10,0,2),
 'Independence Day':fix(7,4),'Juneteenth':fix(6,19),'Canada Day':fix(7,1),'Remembrance Day':fix(11,11),
 'Saint-Jean-Baptiste Day':fix(6,24),'Family Day':lambda y:nth_wd(y,2,0,3),'Victoria Day':lambda y:dt.date(y,5,24)-td(dt.date(y,5,24).weekday()),
 "Father's Day":lambda y:nth_wd(y,9,6,1),'Melbourne Cup Day':lambda y:nth_wd(y,11,1,1),
 "King's Day":fix(4,27),'Liberation Day':fix(5,5),'Constitution Day':fix(5,17),'Portugal Day':fix(6,10),
 'Bastille Day':fix(7,14),'German Unity Day':fix(10,3),"St Patrick's Day":fix(3,17),'June bank holiday':lambda y:nth_wd(y,6,0,1),
 'Waitangi Day':fix(2,6),'Australia Day':fix(1,26),'VE Day':fix(5,8),'May Day':fix(5,1),
 'early May bank holiday':lambda y:nth_wd(y,5,0,1),'spring bank holiday':lambda y:last_wd(y,5,0),
 'Assumption Day':fix(8,15),'Independence Movement Day':fix(3,1),'Hangul Day':fix(10,9),
 'Saints Peter and Paul':fix(6,29),'Ambedkar Jayanti':fix(4,14),
 'Lunar New Year':T(LNY),'Lantern Festival':T(LUNAR['Lantern Festival']),'Chuseok':T(LUNAR['Chuseok']),
 'Eid al-Fitr':T(EID_FITR),'Eid al-Adha':T(EID_ADHA),'Purim':T(HEBREW['Purim']),'Rosh Hashanah':T(HEBREW['Rosh Hashanah']),
 'Yom Kippur':T(HEBREW['Yom Kippur']),'Shavuot':T(HEBREW['Shavuot']),'Holi':T(HINDU['Holi']),'Diwali':T(HINDU['Diwali']),
 'Vaisakhi':T(HINDU['Vaisakhi']),'winter solstice':T(SOLSTICE),'shortest day':T(SOLSTICE),
 'World Kidney Day':lambda y:nth_wd(y,3,3,2),'International Chernobyl Disaster Remembrance Day':fix(4,26),
 'spring equinox':fix(3,20)}
# the story's own calendar where it differs from the default: (doc, name) -> date function
HOL_DOC = {('a03','Thanksgiving'):lambda y:nth_wd(y,10,0,2), ('a20','Thanksgiving'):lambda y:nth_wd(y,10,0,2),   # Canada
 ('a08','Orthodox Easter'):julian_easter, ('a20','Easter'):julian_easter,    # a20's 'Easter' is the Orthodox one
 ('a13','Independence Day'):fix(7,4), ('a19','Independence Day'):fix(9,7),  # Brazil's Sept. 7
 ('a13','Constitution Day'):fix(5,17), ('a12','Constitution Day'):fix(5,3),  # Norway's May 17, Japan's May 3
 ('a13','Liberation Day'):fix(5,5)}
# multi-day holiday spans: name -> (first day, last day) of the first R: reading
MULTI = {'Easter weekend':lambda y:(easter(y)-td(2),easter(y)+td(1)),
 'Easter long weekend':lambda y:(easter(y)-td(2),easter(y)+td(1)),
 'Holy Week':lambda y:(easter(y)-td(7),easter(y)-td(1)),
 'Year of the Snake':lambda y:(D_(LNY[y-1]),D_(LNY[y])-td(1)),
 'Year of the Horse':lambda y:(D_(LNY[y-1]),D_(LNY[y])-td(1)),
 'Golden Week':lambda y:(dt.date(y,4,29),dt.date(y,5,6)),
 'Chuseok holiday':lambda y:(D_(LUNAR['Chuseok'][y])-td(1),D_(LUNAR['Chuseok'][y])+td(1)),
 'Fiestas Patrias':lambda y:(dt.date(y,7,28),dt.date(y,7,29))}
MULTI_DOC = {('a23','Fiestas Patrias'):lambda y:(dt.date(y,9,17),dt.date(y,9,19))}   # Chile's, with the bridging Friday
# readings fixed by the tables: (doc, span, occurrence) -> the first reading it must have
r26, r27 = RAMADAN[2026], RAMADAN[2027]
EXTRA = {('a01','Ramadan',1):f'R:{r26[0]}..{r26[1]}', ('a12','Ramadan',1):f'R:{r26[0]}..{r26[1]}', ('a12','Ramadan',2):f'R:{r27[0]}..{r27[1]}',
 ('a20','Ramadan',1):f'R:{r27[0]}..{r27[1]}', ('a01','Feb. 18',1):f'D:{r26[0]}', ('a20','Feb. 8',1):f'D:{r27[0]}',
 ('a12','18 or 19 February',1):f'D:{r26[0]}', ('a12','two days later',1):f'D:{r27[0]}',
 ('a12','21 March',1):f'D:{D_(EID_FITR[2026])+td(1)}',
 ('a20','March 9 or 10',1):f'D:{EID_FITR[2027]}',
 ('a20','Sunday, May 16',1):f'D:{EID_ADHA[2027]}',
 ('a01','March 3',1):f"D:{LUNAR['Lantern Festival'][2026]}", 
 ('a12','the 25th',1):f"D:{LUNAR['Mid-Autumn Festival'][2026]}", ('a01','Feb. 16',2):f'D:{D_(LNY[2026])-td(1)}',
 ('a01','the next day',1):f'D:{LNY[2026]}', ('a01','Jan. 29, 2025',1):f'D:{LNY[2025]}',
 ("a01","Last year's holiday",1):f'D:{LNY[2025]}', ('a12','6 February',1):f'D:{LNY[2027]}',
 ('a12','20 October',1):f"D:{HINDU['Diwali'][2025]}",
 ('a12','Sunday 8 November',1):f"D:{HINDU['Diwali'][2026]}", ('a12','the Monday',1):f"D:{D_(HINDU['Diwali'][2026])+td(1)}",
 ('a12','from 24 to 26 September',1):f"R:{D_(LUNAR['Chuseok'][2026])-td(1)}..{D_(LUNAR['Chuseok'][2026])+td(1)}",

 ('a02','the Chuseok holiday',1):f"R:{D_(LUNAR['Chuseok'][2026])-td(1)}..{D_(LUNAR['Chuseok'][2026])+td(1)}",
 ('a20','Monday, March 22',1):f"D:{HINDU['Holi'][2027]}", ('a20','the next day',1):f"D:{HEBREW['Purim'][2027]}",
 ('a20','Passover',1):f"R:{HEBREW['Passover'][2027]}..{D_(HEBREW['Passover'][2027])+td(7)}",
 ('a20','April 21',1):f"D:{D_(HEBREW['Passover'][2027])-td(1)}",
 ('a20','Friday, Oct. 1',1):f"D:{D_(HEBREW['Rosh Hashanah'][2027])-td(1)}",
 ('a20','May 2',1):f'D:{julian_easter(2027)}',
 ('a08','April 12',1):f'D:{julian_easter(2026)}', ('a08','that Sunday',1):f'D:{julian_easter(1986)}',
 ('a17','Yom Kippur',1):f"D:{HEBREW['Yom Kippur'][2027]}", ('a10','21 December',1):f'D:{SOLSTICE[2025]}'}
# quoted or reported speech whose relative dates count from the day the story says it was spoken:
# (doc, span, occurrence) -> that day
SPEAKER = {('a04','Tomorrow',1):'2026-01-31', ('a04','Monday',1):'2026-01-31',
 ('a14','Monday',2):'2027-07-17', ('a14','Tomorrow',1):'2027-07-18', ('a14','Friday',1):'2027-07-18',
 ('a14','tonight',1):'2027-07-19', ('a14','the day after tomorrow',1):'2027-07-19',
 ('a17','Tomorrow',1):'2027-10-08', ('a08','by Tuesday',1):'1986-04-27', ('a08','a Sunday',1):'1986-04-27'}
OTHER_ORD = set()
SOUTH = {'a11','a23'}  # southern-hemisphere stories: a season named carries R: and the northern label
FLIP = {'spring':'autumn','summer':'winter','autumn':'spring','winter':'summer'}
errs = 0
def err(*a):
    global errs; errs += 1; print('ERR', *a)
def monday(d): return d - td(d.weekday())
NUM = {'forty':40,'fifty':50,'a hundred':100,'twenty-five':25,'a':1,'one':1,'two':2,'three':3,'four':4,'five':5,'six':6,'seven':7,'eight':8,'nine':9,'ten':10,
       'twenty':20,'thirty':30,'fifty':50,'seventy':70,'three hundred':300}
SEAS = {'spring':(3,5),'summer':(6,8),'autumn':(9,11),'fall':(9,11),'winter':(12,2)}
def season_span(name, y):
    a, b = SEAS[name]; return dt.date(y, a, 1), score.mend(y + (b < a), b)
def rel_checks(doc, span, alts, pub):
    """relative expressions against the publication date (or the speaker's day)"""
    s = span.lower(); rd = [a for a in alts if not a.startswith('P:')]
    Y = [int(a[2:]) for a in rd if a.startswith('Y:')]
    Ms = [a[2:] for a in rd if a.startswith('M:')]
    Ds = [dt.date.fromisoformat(a[2:]) for a in rd if a.startswith('D:')]
    Ws = [dt.date.fromisoformat(a[2:]) for a in rd if a.startswith('W:')]
    Ss = [a[2:] for a in rd if a.startswith('S:')]
    def need(cond, what):
        if not cond: err(doc, span, what, alts, 'ref', pub)
    if s in ('this year', "this year's"): need(pub.year in Y, 'this year')
    if s in ('last year', "last year's"): need(pub.year - 1 in Y, 'last year')
    if s in ('next year', "next year's"): need(pub.year + 1 in Y, 'next year')
    if s in ('today', 'tonight', 'this morning'): need(Ds == [pub], 'today')
    if s == 'tomorrow': need(Ds == [pub + td(1)], 'tomorrow')
    if s == 'yesterday': need(Ds == [pub - td(1)], 'yesterday')
    if s in ('today', 'tonight', 'this morning', 'this afternoon'): pass
    if s == 'this afternoon': need(Ds == [pub], 'this afternoon')
    if s == 'last night': need(Ds == [pub - td(1)], 'last night')
    if s == 'the day after tomorrow': need(Ds == [pub + td(2)], 'the day after tomorrow')
    m = re.fullmatch(r'(two|three) weeks from (tonight|today)', s)
    if m: need(Ds == [pub + td(7 * NUM[m.group(1)])], 'weeks from today')
    if s == 'this time next week': need(pub + td(7) in Ds, 'this time next week')
    m = re.fullmatch(r'([\w-]+|a hundred) years ago today', s)
    if m:
        n = NUM.get(m.group(1)) or int(m.group(1)); then = pub.replace(year=pub.year - n)
        need(then in Ds and then.year in Y, 'years ago today')
    if s == 'later this quarter':
        IN = [a[3:].split('..') for a in rd if a.startswith('IN:')]
        need(IN and IN[0][0] == str(pub), 'later this quarter: IN: from the publication day')
        qs = [a[2:] for a in rd if a.startswith('Q:')]
        for q in qs: need(q == f'{pub.year}-Q{(pub.month - 1) // 3 + 1}', 'later this quarter: calendar quarter')
    if s in ('later this month',):
        IN = [a[3:].split('..') for a in rd if a.startswith('IN:')]
        need(f'{pub:%Y-%m}' in Ms and IN and IN[0][0] == str(pub), 'later this month')
    if s == 'the turn of the year':
        y0 = pub.year if pub.month >= 7 else pub.year - 1
        need(f'IN:{y0}-12-01..{y0 + 1}-01-31' in rd, 'turn of the year')
    if s == 'this weekend':
        sat = pub + td((5 - pub.weekday()) % 7)
        need(f'R:{sat}..{sat + td(1)}' in rd, 'this weekend')
    if s == 'late next week': need(monday(pub) + td(7) in Ws, 'late next week')
    if s == 'this water year':
        y0 = pub.year if pub.month >= 10 else pub.year - 1
        need(f'R:{y0}-10-01..{y0 + 1}-09-30' in rd, 'water year')
    m = re.fullmatch(r'([\w-]+|a hundred) (days|months|years) ago', s)
    if m:
        n = NUM.get(m.group(1)) or int(m.group(1))
        if m.group(2) == 'years': need(pub.year - n in Y, 'years ago')
        elif m.group(2) == 'days': need(pub - td(n) in Ds, 'days ago')
        else:
            mm = pub.year * 12 + pub.month - 1 - n; need(f'{mm // 12}-{mm % 12 + 1:02d}' in Ms, 'months ago')
    m = re.fullmatch(r'([\w-]+(?: hundred)?) years ago this (week|month)', s)
    if m:
        n = NUM.get(m.group(1)) or int(m.group(1)); then = pub.replace(year=pub.year - n)
        need(then.year in Y, 'ago this: year')
        if m.group(2) == 'week': need(monday(then) in Ws, 'ago this week')
        else: need(f'{then:%Y-%m}' in Ms, 'ago this month')
    if s == 'a century ago': need(pub.year - 100 in Y, 'century ago')
    if s == 'last week': need(monday(pub) - td(7) in Ws, 'last week')
    if s == 'this week': need(monday(pub) in Ws, 'this week')
    if s == 'next week': need((monday(pub) + td(7)) in Ws, 'next week')
    if s in ('this month', 'earlier this month'): need(f'{pub:%Y-%m}' in Ms, 'this month')
    if s == 'last month':
        lm = pub.replace(day=1) - td(1); need(f'{lm:%Y-%m}' in Ms, 'last month')
    if s == 'next month':
        nm = (pub.replace(day=1) + td(32)); need(f'{nm:%Y-%m}' in Ms, 'next month')
    m = re.fullmatch(r'(since )?(last|next|this) (\w+)', s)
    if m and m.group(3).capitalize() in MONTHS:
        mo = MONTHS.index(m.group(3).capitalize()) + 1
        yy = pub.year - (mo >= pub.month) if m.group(2) == 'last' else pub.year + (mo <= pub.month)
        if m.group(2) != 'this': need(f'{yy}-{mo:02d}' in Ms, 'last/next month name')
    if m and m.group(3).capitalize() in W:
        off = [(d - pub).days for d in Ds]
        want = {'last': lambda o: -7 <= o < 0, 'next': lambda o: 0 < o <= 7, 'this': lambda o: 0 <= o < 7}[m.group(2)]
        need(Ds and all(want(o) for o in off), 'last/next/this weekday')
    # p11's forms: British and American counted weekdays, fortnights, decades, halves, fiscal labels, season halves
    def coming(wd):
        d = pub + td(1)
        while d.weekday() != wd: d += td(1)
        return d
    def before(wd):
        d = pub - td(1)
        while d.weekday() != wd: d -= td(1)
        return d
    WDL = [w.lower() for w in W]
    m = re.fullmatch(r'a week from (monday|tuesday|wednesday|thursday|friday|saturday|sunday)', s)
    if m: need(coming(WDL.index(m.group(1))) + td(7) in Ds, 'a week from <weekday>')
    if s == 'a week from today': need(pub + td(7) in Ds, 'a week from today')
    if s == 'a week from tomorrow': need(pub + td(8) in Ds, 'a week from tomorrow')
    m = re.fullmatch(r'(monday|tuesday|wednesday|thursday|friday|saturday|sunday) week', s)
    if m and m.group(1) in WDL: need(coming(WDL.index(m.group(1))) + td(7) in Ds, '<weekday> week')
    m = re.fullmatch(r'a (week|fortnight) on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)', s)
    if m: need(coming(WDL.index(m.group(2))) + td(7 if m.group(1) == 'week' else 14) in Ds, 'a week on <weekday>')
    if s == 'tomorrow week': need(pub + td(8) in Ds, 'tomorrow week')
    if s == 'a fortnight tomorrow': need(pub + td(15) in Ds, 'a fortnight tomorrow')
    m = re.fullmatch(r'a week last (monday|tuesday|wednesday|thursday|friday|saturday|sunday)', s)
    if m: need(before(WDL.index(m.group(1))) - td(7) in Ds, 'a week last <weekday>')
    m = re.fullmatch(r'(monday|tuesday|wednesday|thursday|friday|saturday|sunday) last', s)
    if m and m.group(1) in WDL: need(Ds == [before(WDL.index(m.group(1)))], '<weekday> last')
    m = re.fullmatch(r'this coming (monday|tuesday|wednesday|thursday|friday|saturday|sunday)', s)
    if m: need(Ds == [coming(WDL.index(m.group(1)))], 'this coming <weekday>')
    m = re.fullmatch(r'this past (monday|tuesday|wednesday|thursday|friday|saturday|sunday)', s)
    if m: need(Ds == [before(WDL.index(m.group(1)))], 'this past <weekday>')
    m = re.fullmatch(r'a week ago (monday|tuesday|wednesday|thursday|friday|saturday|sunday)', s)
    if m: need(Ds == [before(WDL.index(m.group(1))) - td(7)], 'a week ago <weekday>')
    if s == 'a fortnight ago': need(pub - td(14) in Ds and monday(pub - td(14)) in Ws, 'a fortnight ago')
    m = re.fullmatch(r'(two|three) weeks ago', s)
    if m: need(pub - td(7 * NUM[m.group(1)]) in Ds, 'weeks ago')
    if s == 'the week after next': need(Ws == [monday(pub) + td(14)], 'the week after next')
    if s == 'the next fortnight': need(f'R:{pub + td(1)}..{pub + td(14)}' in rd, 'the next fortnight')
    dec = pub.year // 10 * 10
    if s == 'later this decade':
        need(rd == [f'IN:{pub}..{dec + 9}-12-31'] and f'P:DEC:{dec}' in alts, 'later this decade')
    if s == 'this decade': need(rd == [f'DEC:{dec}'], 'this decade')
    if s == 'the turn of the decade': need(rd == [f'IN:{dec + 9}-01-01..{dec + 10}-12-31'], 'the turn of the decade')
    m = re.fullmatch(r'h([12]) (\d{4})', s)
    if m: need(rd == [f'H:{m.group(2)}-H{m.group(1)}'], 'H1/H2')
    m = re.fullmatch(r'the (front|back) half of (next year|\d{4})', s)
    if m:
        y = pub.year + 1 if m.group(2) == 'next year' else int(m.group(2))
        need(rd == [f"H:{y}-H{1 if m.group(1) == 'front' else 2}"], 'front/back half')
    m = re.fullmatch(r'(?:calendar |cy)(\d{4})', s)
    if m: need(rd == [f'Y:{m.group(1)}'], 'calendar year')
    m = re.fullmatch(r'(?:since )?(?:fy|fiscal )(\d\d|\d{4})', s)
    if m and doc == 'a18':   # India: April-March, named by the year it ends
        y = int(m.group(1)) % 100 + 2000
        need(rd[0] == f'R:{y - 1}-04-01..{y}-03-31' and f'P:Y:{y}' in alts, 'Indian fiscal year')
    m = re.fullmatch(r'q([1-4]) fy(\d\d)', s)
    if m and doc == 'a18':
        y = int(m.group(2)) + 2000; q = int(m.group(1)); cy, cq = (y - 1, q + 1) if q < 4 else (y, 1)
        need(rd[0] == f'Q:{cy}-Q{cq}', 'Indian fiscal quarter')
    m = re.fullmatch(r'week (\d+)', s)
    if m and Ws: need(Ws[0].isocalendar()[1] == int(m.group(1)) and Ws[0].isocalendar()[0] == pub.year, 'ISO week')
    m = re.fullmatch(r'(early|late) (spring|summer|autumn|winter)', s)
    if m:
        ps = [a[4:] for a in alts if a.startswith('P:S:')] or [None]
        pr = [a[4:].split('..') for a in alts if a.startswith('P:R:')]
        if ps[0]: a0, b0 = season_span(ps[0].split('-')[0], int(ps[0].split('-')[1]))
        elif pr: a0, b0 = map(dt.date.fromisoformat, pr[0])
        else: err(doc, span, 'season half without P:S: or P:R:'); a0 = None
        if a0:
            mid = a0 + td(((b0 - a0).days + 1) // 2)
            want = f'IN:{a0}..{mid - td(1)}' if m.group(1) == 'early' else f'IN:{mid}..{b0}'
            if want not in rd: print(f'   season half {doc} {span!r} {rd} (computed {want})')
    m = re.fullmatch(r'(since )?(last|next|this) (spring|summer|autumn|fall|winter)', s)
    if m:
        name = 'autumn' if m.group(3) == 'fall' else m.group(3)
        if doc in SOUTH: name = FLIP[name]
        spans = {y: season_span(name, y) for y in range(pub.year - 2, pub.year + 3)}
        cur = [y for y, (a, b) in spans.items() if a <= pub <= b]
        if m.group(2) == 'last':
            want = max(y for y, (a, b) in spans.items() if b < pub)
            if (pub - spans[want][1]).days <= 25 and f'{name}-{want}' not in Ss:
                want -= 1  # a season that ended days ago may still be 'this' one: the one before is meant
        elif m.group(2) == 'next': want = min(y for y, (a, b) in spans.items() if a > pub)
        else: want = cur[0] if cur else None
        if want is None: print(f'   season {doc} {pub} {span!r} -> {Ss} (not the current season: check by hand)')
        else:
            need(f'{name}-{want}' in Ss, f'season {name}-{want}')
            if doc in SOUTH:
                a, b = season_span(name, want)
                need(f'R:{a}..{b}' in alts, 'southern season R:')
def hin(h, s):
    return re.search(r'\b' + re.escape(h.lower()) + r'\b', s.lower()) is not None
def hol_fun(doc, name):
    return HOL_DOC.get((doc, name), HOL[name])
def hol_check(doc, span, alts):
    Ds = [dt.date.fromisoformat(a[2:]) for a in alts if a.startswith('D:')]
    Rs = [tuple(map(dt.date.fromisoformat, a[2:].split('..'))) for a in alts if a.startswith('R:')]
    Ws = [dt.date.fromisoformat(a[2:]) for a in alts if a.startswith('W:')]
    m = re.fullmatch(r'the (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) of (.+ weekend)', span)
    if m:
        h = next(h for h in sorted(MULTI, key=len, reverse=True) if hin(h, m.group(2)))
        a, b = MULTI[h](Ds[0].year)
        if not (a <= Ds[0] <= b and Ds[0].weekday() == W.index(m.group(1))): err(doc, span, 'day of holiday weekend', Ds)
        return
    m = re.fullmatch(r'the (eve|first day) of (.+)', span)
    if m:
        h = next((h for h in sorted(HOL, key=len, reverse=True) if hin(h, m.group(2))), None)
        if h is None: print(f'   eve not checked: {doc} {span!r} {alts}'); return
        want = hol_fun(doc, h)(Ds[0].year) - td(m.group(1) == 'eve')
        if Ds[0] != want: err(doc, span, 'eve/first day mismatch', Ds, want)
        return
    for h in sorted(MULTI, key=len, reverse=True):
        if hin(h, span) and Rs:
            want = MULTI_DOC.get((doc, h), MULTI[h])(Rs[0][1].year)
            if Rs[0] != want: err(doc, span, 'holiday span mismatch', Rs[0], want)
            return
    m = re.fullmatch(r'the day following (the )?(.+)', span)
    if m:
        h = next((h for h in sorted(HOL, key=len, reverse=True) if hin(h, m.group(2))), None)
        if h is None or Ds[0] != hol_fun(doc, h)(Ds[0].year) + td(1): err(doc, span, 'day following mismatch', Ds)
        return
    m = re.fullmatch(r'(\w+) weeks (before|after) (.+)', span)
    if m:
        h = next((h for h in sorted(HOL, key=len, reverse=True) if hin(h, m.group(3))), None)
        n = NUM.get(m.group(1).lower()) or int(m.group(1))
        want = hol_fun(doc, h)(Ds[0].year) + td(7 * n * (1 if m.group(2) == 'after' else -1))
        if Ds[0] != want: err(doc, span, 'weeks before/after mismatch', Ds, want)
        return
    m = re.fullmatch(r'the (week|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day) (after|before) (the )?(.+?)( holiday)?', span)
    if m:
        name = m.group(4); base = None
        for h in sorted(HOL, key=len, reverse=True):
            if hin(h, name): base = hol_fun(doc, h); break
        if base is None:
            if name != 'tomorrow': print(f'   relative holiday not checked: {doc} {span!r}')
            return
        y = (Ds or Ws)[0].year; b = base(y); sign = 1 if m.group(2) == 'after' else -1
        if m.group(1) == 'week': want = [monday(b) + td(7 * sign)]; got = Ws
        elif m.group(1) == 'day': want = [b + td(sign)]; got = Ds
        else:
            wd = W.index(m.group(1)); d = b + td(sign)
            while d.weekday() != wd: d += td(sign)
            want = [d]; got = Ds
        if want[0] not in got: err(doc, span, 'relative holiday mismatch', got, want)
        return
    if not Ds: return
    name = span
    for h in sorted(HOL, key=len, reverse=True):
        if hin(h, name):
            f = hol_fun(doc, h)
            if not any(f(d.year) is not None and d == f(d.year) for d in Ds):
                err(doc, span, 'holiday mismatch', Ds, f(Ds[0].year))
            return
    if re.search(r"Day|Eve\b|Easter|Christmas|Thanksgiving|holiday|Epiphany|Halloween|Night", span):
        print(f'   holiday not checked: {doc} {span!r} {alts}')
ORD = {'first':1,'second':2,'third':3,'fourth':4}
def more_checks(doc, span, alts, pub):
    """nth weekdays of a month, bare ordinals, 'the week of/beginning <date>', 'the weekend of <date>',
    day-first dates and 'from <date> to/through <date>' ranges"""
    Ds = [dt.date.fromisoformat(a[2:]) for a in alts if a.startswith('D:')]
    Rs = [tuple(map(dt.date.fromisoformat, a[2:].split('..'))) for a in alts if a.startswith('R:')]
    Ws = [dt.date.fromisoformat(a[2:]) for a in alts if a.startswith('W:')]
    Pd = [dt.date.fromisoformat(a[4:]) for a in alts if a.startswith('P:D:')]
    m = re.fullmatch(r'the (first|second|third|fourth|last) (\w+day) (?:in|of) (\w+|the month)', span)
    if m and m.group(3) != 'the month' and m.group(3) not in MONTHS: m = None
    if m:
        d = Ds[0]; mo = d.month if m.group(3) == 'the month' else MONTHS.index(m.group(3)) + 1
        wd = W.index(m.group(2))
        want = last_wd(d.year, mo, wd) if m.group(1) == 'last' else nth_wd(d.year, mo, wd, ORD[m.group(1)])
        if m.group(3) == 'the month' and mo != pub.month: err(doc, span, "'the month' is not the publication month")
        if Ds != [want]: err(doc, span, 'nth weekday mismatch', Ds, want)
    m = re.fullmatch(r'the (\d{1,2})(st|nd|rd|th)', span)
    if m and (doc, span) in OTHER_ORD: m = None   # 'the 10th' of Muharram: fixed by EXTRA
    if m and not all(d.day == int(m.group(1)) for d in Ds) or (m and not Ds): err(doc, span, 'bare ordinal mismatch', Ds)
    m = re.fullmatch(r'the week (?:of|beginning) ' + MRE + r'\.? (\d{1,2})' + SUF, span)
    wk = (MON[m.group(1)], int(m.group(2))) if m else None
    m2 = re.fullmatch(r'the week (?:of|beginning) (\d{1,2}) ' + MRE, span)   # day-first 'the week beginning 7 January'
    if m2: m, wk = m2, (MON[m2.group(2)], int(m2.group(1)))
    if m:
        for d in Pd:
            if (d.month, d.day) != wk: err(doc, span, 'week of: P:D: mismatch')
            if Ws != [monday(d)]: err(doc, span, 'week of: W: is not its Monday', Ws)
        if not Pd: err(doc, span, 'week of without P:D:')
    m = re.fullmatch(r'the weekend of ' + MRE + r'\.? (\d{1,2})', span)
    if m:
        sat = Rs[0][0]
        if not (sat.weekday() == 5 and Rs[0][1] == sat + td(1) and (sat.month, sat.day) == (MON[m.group(1)], int(m.group(2)))):
            err(doc, span, 'weekend of mismatch', Rs[0])
    for m in re.finditer(r'\b(\d{1,2}) (' + '|'.join(MONTHS) + r')\b', span):
        mo, da = MONTHS.index(m.group(2)) + 1, int(m.group(1))
        ends = Ds + Pd + [x for r in Rs for x in r]
        if not any(d.month == mo and d.day == da for d in ends): err(doc, span, 'day-first date mismatch', Ds, Rs)
    m = re.fullmatch(r'(?:from|between) (.+?) (?:to|through|and) (.+)', span)
    if m and Rs:
        def md(x):
            x = re.sub(r'^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ', '', x)
            q = re.match(MRE + r'\.? (\d{1,2})' + SUF + r'\b', x)
            return (MON[q.group(1)], int(q.group(2))) if q else None
        a, b = md(m.group(1)), md(m.group(2).rstrip(','))
        if a and b and ((Rs[0][0].month, Rs[0][0].day), (Rs[0][1].month, Rs[0][1].day)) != (a, b):
            err(doc, span, 'from-to range mismatch', Rs[0], a, b)
        if a and b and not (Rs[0][0] in Ds and Rs[0][1] in Ds): err(doc, span, 'from-to range ends not listed as D:')
def range_check(doc, span, alts):
    """'Dec. 29-Jan. 6', 'March 21-24', 'Aug. 12-13': the first R: reading and both end days"""
    m = re.search(MRE + r'\.? (\d{1,2})-(?:' + MRE + r'\.? )?(\d{1,2})\b', span)
    if m: m1, d1, m2, d2 = MON[m.group(1)], int(m.group(2)), MON[m.group(3) or m.group(1)], int(m.group(4))
    else:   # day-first '20-24 May', '29 July-2 August'
        m = re.search(r'\b(\d{1,2})(?: ' + MRE + r')?-(\d{1,2}) ' + MRE + r'\b', span)
        if not m: return
        m1, d1, m2, d2 = MON[m.group(2) or m.group(4)], int(m.group(1)), MON[m.group(4)], int(m.group(3))
    Rs = [tuple(map(dt.date.fromisoformat, a[2:].split('..'))) for a in alts if a.startswith('R:')]
    if not Rs: err(doc, span, 'hyphenated range without R:'); return
    a, b = Rs[0]
    if (a.month, a.day, b.month, b.day) != (m1, d1, m2, d2): err(doc, span, 'range mismatch', Rs[0])
    if b.year != a.year + (m2 < m1): err(doc, span, 'range year boundary', Rs[0])
    Ds = [dt.date.fromisoformat(x[2:]) for x in alts if x.startswith('D:')]
    if a not in Ds: err(doc, span, 'range start day not listed as D:')
    if 'night of' not in span and b not in Ds: err(doc, span, 'range end day not listed as D:')
for_table = []
used_extra = set()
tot_items = 0
pubs = {}
for doc in sorted(gold.G):
    t = open(os.path.join(PROBE, 'articles', f'{doc}.md'), encoding='utf-8').read()
    pub = dt.date.fromisoformat(re.search(r'published: (\S+)', t).group(1)); pubs[doc] = pub
    body = t[t.index('\n---\n', 4) + 5:]
    nw = len(body.split())
    if not 300 <= nw <= 390: err(doc, 'word count', nw)
    covered = []
    first = gold.G[doc][0]
    if first[2] != [f'D:{pub}']: err(doc, 'dateline is not the publication date', first)
    used = set()
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
        elif wds and Ds and not re.search(r'\b(after|before)\b', span):
            for d in Ds:
                if d.weekday() not in wds: err(doc, span, 'weekday mismatch', d, W[d.weekday()])
        if span in W:
            ref = dt.date.fromisoformat(SPEAKER.get((doc, span, occ), str(pub)))
            for d in Ds: for_table.append((doc, pub, span, (d - ref).days, body[max(0, s-60):s].replace('\n', ' ')))
        m = re.search(r'\b' + MRE + r'\.? (\d{1,2})' + SUF + r'\b', span)
        if (doc, span, occ) in EXTRA: m = None   # a date of another calendar, or one fixed by a table: checked below
        if m and Ds and not re.search(r'\bto\b|\band\b|\bor\b|-', span):
            mo, da = MON[m.group(1)], int(m.group(2))
            if not any(d.month == mo and d.day == da for d in Ds): err(doc, span, 'month/day mismatch', Ds)
        for m in re.finditer(r'\b' + MRE + r'\.? (\d{1,2})' + SUF + r'\b', span):
            mo, da = MON[m.group(1)], int(m.group(2))
            try: dt.date(2000, mo, da)
            except ValueError: err(doc, span, 'no such day')
        y = re.search(r'\b(1[789]\d\d|20\d\d)\b', span)
        if y and not re.search(r"\d{4}s|\d{4}-\d\d|\d{4}-[A-Z]|between|and|to\b|through|fiscal|FY|\bor\b", span):
            yy = int(y.group(1))
            for a in alts:
                if a[:2] in ('D:', 'M:', 'Y:') and int(a[2:6]) != yy: err(doc, span, 'year mismatch', a)
        m = re.fullmatch(r'\(?(\d{4})-(\d{4})\)?', span)
        if m and alts[0] != f'RY:{m.group(1)}..{m.group(2)}': err(doc, span, 'life span not RY:')
        if re.fullmatch(r'(in |since |by )?(January|February|March|April|May|June|July|August|September|October|November|December)', span):
            mo = MONTHS.index(span.split()[-1]) + 1
            for a in alts:
                if a.startswith('M:') and int(a[7:9]) != mo: err(doc, span, 'month mismatch', a)
            print(f'   month {doc} {pub} {span!r} -> {alts}')
        if doc in SOUTH and any(a.startswith('S:') for a in alts) and not any(a.startswith('R:') for a in alts):
            err(doc, span, 'southern season without R:')
        if (doc, span, occ) in EXTRA:
            used_extra.add((doc, span, occ))
            if alts[0] != EXTRA[(doc, span, occ)]: err(doc, span, 'reading differs from the table', alts[0], EXTRA[(doc, span, occ)])
        hol_check(doc, span, alts)
        range_check(doc, span, alts)
        more_checks(doc, span, alts, pub)
        ref = dt.date.fromisoformat(SPEAKER[(doc, span, occ)]) if (doc, span, occ) in SPEAKER else pub
        if (doc, span, occ) in SPEAKER: used.add((doc, span, occ))
        rel_checks(doc, span, alts, ref)
    for k in SPEAKER:
        if k[0] == doc and k not in used: err(doc, 'SPEAKER entry matches no item', k)
    for kind in ('N', 'X'):
        for span, occ in getattr(gold, kind).get(doc, []):
            s, e = score.body_spans(body, span, occ); covered.append((s, e, kind, span))
    cs = sorted(covered)
    for a, b in zip(cs, cs[1:]):
        if b[0] < a[1]: err(doc, 'overlapping spans', a, b)
    LINT = r"\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec|January|February|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|1[789]\d\d|20\d\d|\d{4}s|'\d0s|today|tonight|tomorrow|yesterday|week|weeks|weekend|weekends|month|months|year|years|decade|decades|century|centuries|spring|summer|autumn|fall|winter|ago|later|earlier|Christmas|Easter|New Year|eve|day|days|night|nights|morning|evening|afternoon|season|quarter|half|anniversary|birthday|holidays?|term|fiscal|midnight|noon|dawn|overnight|\d+/\d+)\b"
    for m in re.finditer(LINT, body, re.I):
        if not any(s <= m.start() < e for s, e, _, _ in covered):
            a = max(0, m.start() - 35); print(f'  {doc} uncovered {m.group(0)!r}: ...{body[a:m.end()+25]!r}'.replace('\\n', ' '))
print('\nbare weekdays: doc pub span offset-days from the publication (or speaker\'s) day | preceding text')
for doc, pub, span, off, ctx in for_table:
    print(f'  {doc} {pub} {W[pub.weekday()][:3]} {span:9} {off:+d} | ...{ctx[-55:]}')
for k in EXTRA:
    if k not in used_extra: err('EXTRA entry matches no item', k)
months = {p.month for p in pubs.values()}; wdays = {p.weekday() for p in pubs.values()}
print('publication years', sorted({p.year for p in pubs.values()}))
if len(months) < 12: err('publication months missing', sorted(set(range(1, 13)) - months))
if len(wdays) < 7: err('publication weekdays missing', [W[i] for i in sorted(set(range(7)) - wdays)])
if len(set(pubs.values())) != len(pubs): err('publication dates repeat')
if not all(2025 <= p.year <= 2027 for p in pubs.values()): err('publication year outside 2025-2027')
if len({p.year for p in pubs.values()}) != 3: err('publication years do not cover 2025, 2026 and 2027')

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
# every reading, P: ones included, must be accepted by p4's scorer for a claim of exactly its own interval
nread = 0
for doc in sorted(gold.G):
    for span, occ, alts in gold.G[doc]:
        for alt in alts:
            r = alt[2:] if alt.startswith('P:') else alt
            k, a, b = score.reading(r); nread += 1
            val = {'start': str(a), 'end': str(b), 'granularity': GRAN.get(r.split(':')[0], 'range')}
            if not score.accepts(r, val): err(doc, span, 'reading not accepted for its own interval', alt)
print('readings checked', nread)
print('items', tot_items, 'neutral', sum(len(v) for v in gold.N.values()), 'decoys', sum(len(v) for v in gold.X.values()), 'errors', errs)
