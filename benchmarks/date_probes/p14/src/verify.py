# Checks gold.py against the built articles (written for p14, adapted from p13's verify.py): gold.py loads; every
# reading parses with p4's scorer and none repeats; every G, N and X span occurs in its article and none overlap;
# weekdays named in a span agree with its D: (or R: ends); month/day and year agree with the span for month-first
# ('Oct. 5', 'Oct 5'), day-first ('5 October', '30th September'), numeric ('11/3' month-first in US copy, day-first
# elsewhere), dotted ('15.09.2026') and ordinal dates and for ranges ('April 3-6', 'from 5 to 23 October', 'Feb. 15 to
# 17', 'August 28 and 29'); relative phrases computed with datetime against the publication day or the speaker's day
# (SPEAKER): p13's forms ('yesterday', 'today', 'tonight', 'tomorrow', 'last/next/this coming <weekday>', '<weekday>
# week', 'a week/fortnight on <weekday>', 'N weeks from today', 'this/last/next week|month|year|weekend') and p14's
# ('last night', '<weekday> last week', 'a week today', 'a fortnight today', 'this day week', 'a week from yesterday',
# 'a week/fortnight from <weekday>', 'a week ago today', 'a month from today', 'the coming week', 'the week to
# <weekday>', 'the seven days to <weekday>', 'N years ago', 'N years ago today|tomorrow|last month|next month',
# 'this time last year'); bare weekdays within six days of that day (printed for eyeballing, with their tense
# context); a table (CALC) of every holiday, counted day, fiscal and tax period, season and other computed reading,
# each worked out here from rules (Easter, nth weekdays, holidays moved off a Sunday, fiscal year-ends, day offsets,
# the tables below) and compared with the gold's readings; bodies are 280-360 words; publication dates are distinct
# and cover every month, every weekday and 2025-2027; then a synthetic run through p4's scorer giving every item its
# first reading must score 100%, every reading (P: ones included) must be accepted for a claim of its own interval,
# and score.py must run on an empty claims file.
# Run from anywhere after build.py:  python3 src/verify.py
import sys, os, re, io, json, tempfile, contextlib, subprocess, datetime as dt
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
os.environ['PROBE_DIR'] = PROBE
P4 = os.environ.get('P4_DIR') or os.path.join(PROBE, '..', 'p4')
if not os.path.exists(os.path.join(P4, 'score.py')): P4 = '/work/main/benchmarks/date_probes/p4'
if not os.path.exists(os.path.join(P4, 'score.py')): sys.exit(f'p4 scorer not found at {P4}: set P4_DIR')
sys.path[:0] = [PROBE, P4]; import gold
sys.path.remove(PROBE); import score
td = dt.timedelta; D_ = dt.date.fromisoformat
W = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
WABB = {'Mon': 0, 'Tue': 1, 'Tues': 1, 'Wed': 2, 'Thu': 3, 'Thur': 3, 'Thurs': 3, 'Fri': 4, 'Sat': 5, 'Sun': 6}
WRE = r'\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?'
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MON = {m: i + 1 for i, m in enumerate(MONTHS)}
MON.update({'Jan': 1, 'Feb': 2, 'Aug': 8, 'Sept': 9, 'Sep': 9, 'Oct': 10, 'Nov': 11, 'Dec': 12})
MRE = r'(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)'
US = {'a11', 'a19', 'a21', 'a23'}            # US copy: numeric dates month-first
SOUTH = {'a10', 'a17', 'a18'}                 # southern-hemisphere stories (Sydney, Wellington, Johannesburg)
SUNDAY_PAPERS = {'a08', 'a22'}
NUM = {'a': 1, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'ten': 10, 'twelve': 12, 'twenty': 20,
       'thirty': 30, 'forty': 40, 'fifty': 50}
errs = 0
def err(*a):
    global errs; errs += 1; print('ERROR', *a)
def wdn(name): return W.index(name) if name in W else WABB[name.rstrip('.')]
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return dt.date(y,mo,da)
def nth_wd(y, m, wd, n):
    d = dt.date(y, m, 1); d += td((wd - d.weekday()) % 7); return d + td(7 * (n - 1))
def last_wd(y, m, wd):
    d = dt.date(y + (m == 12), m % 12 + 1, 1) - td(1); return d - td((d.weekday() - wd) % 7)
def monday(d): return d - td(d.weekday())
def coming(d, wd): return d + td((wd - d.weekday()) % 7 or 7)       # nearest such weekday strictly after d
def previous(d, wd): return d - td((d.weekday() - wd) % 7 or 7)     # most recent such weekday strictly before d
def off_sunday(d): return d + td(1) if d.weekday() == 6 else d         # a holiday moved off a Sunday to the Monday
def R(a, b): return f'R:{a}..{b}'
def Dd(d): return f'D:{d}'
def Wk(d): return f'W:{monday(d)}'
def mend(y, m): return dt.date(y + (m == 12), m % 12 + 1, 1) - td(1)
def fy(end_y, end_m):        # fiscal (tax, income, assessment) year ending on the last day of end_m of end_y
    s = dt.date(end_y - 1, end_m, 1) + td(32); s = dt.date(s.year, s.month, 1)
    return R(s, mend(end_y, end_m))
def months(y1, m1, y2, m2): return R(dt.date(y1, m1, 1), mend(y2, m2))
def wknd(sat): return R(sat, sat + td(1))
def first_week(y, m): return [f'W:{nth_wd(y, m, 0, 1)}', f'IN:{dt.date(y, m, 1)}..{dt.date(y, m, 7)}']
def years_back(d, n): return d.replace(year=d.year - n)
# ---- tables checked when the probe was written (holidays 0.109, convertdate 2.5.1, hijridate 2.6.0, installed in a
#      scratch folder and removed afterwards; verify.py needs none of them)
KADOOMENT = lambda y: nth_wd(y, 8, 0, 1)                               # Barbados: first Monday of August
SG_VESAK = {2025: D_('2025-05-12'), 2026: D_('2026-05-31')}             # holidays SG 'Vesak Day'
SG_HARI_RAYA_HAJI = {2026: D_('2026-05-27')}; SG_NATIONAL_DAY = lambda y: dt.date(y, 8, 9)
SG_DEEPAVALI = {2026: D_('2026-11-08')}                                  # holidays SG 'Diwali'
IN_DIWALI = {2025: D_('2025-10-20')}; IN_DUSSEHRA = {2025: D_('2025-10-02')}
KE_MASHUJAA = lambda y: dt.date(y, 10, 20)
GY_REPUBLIC = lambda y: dt.date(y, 2, 23); GY_PHAGWAH = {2027: D_('2027-03-22')}   # holidays GY 'Holi'
GY_ARRIVAL = lambda y: dt.date(y, 5, 5); GY_INDEPENDENCE = lambda y: dt.date(y, 5, 26)
# Zilhaj 1448 as Pakistan's committee is told to have sighted it (a day after Umm al-Qura's 1 Dhu al-Hijjah, May 7)
PK_ZILHAJ_1 = D_('2027-05-08'); PK_EID_ADHA = PK_ZILHAJ_1 + td(9)       # = holidays PK 'Eid al-Adha (estimated)'
UQ_ARAFAH = D_('2027-05-15'); UQ_EID_ADHA = D_('2027-05-16')            # hijridate: 9 and 10 Dhu al-Hijjah 1448
PK_DEFENCE_DAY = lambda y: dt.date(y, 9, 6); PK_IQBAL_DAY = lambda y: dt.date(y, 11, 9); PK_TAKBEER = lambda y: dt.date(y, 5, 28)
NZ_MATARIKI = {2025: D_('2025-06-20'), 2026: D_('2026-07-10'), 2027: D_('2027-06-25')}   # set in law to 2052
NZ_KINGS_BIRTHDAY = lambda y: nth_wd(y, 6, 0, 1); NZ_LABOUR_DAY = lambda y: nth_wd(y, 10, 0, 4)
AU_KINGS_BIRTHDAY = lambda y: nth_wd(y, 6, 0, 2)                         # NSW
BC_FAMILY_DAY = lambda y: nth_wd(y, 2, 0, 3)
LNY = {2026: D_('2026-02-17')}
ZA_FREEDOM_DAY = lambda y: dt.date(y, 4, 27)
PH_NINOY = lambda y: dt.date(y, 8, 21); PH_HEROES = lambda y: last_wd(y, 8, 0)
NG_DEMOCRACY_DAY = lambda y: dt.date(y, 6, 12)
US_ELECTION_DAY = lambda y: nth_wd(y, 11, 0, 1) + td(1); THANKSGIVING_US = lambda y: nth_wd(y, 11, 3, 4)
SCOT_SPRING_BH = lambda y: last_wd(y, 5, 0)
HEB = {('RH', 5786): D_('2025-09-23'), ('ST', 5786): D_('2025-10-15'), ('YK', 5787): D_('2026-09-21'),
       ('RH', 5788): D_('2027-10-02'), ('SUK', 5788): D_('2027-10-16'), ('SHA', 5788): D_('2027-10-23'),
       ('RH', 5789): D_('2028-09-21'), ('RH', 5790): D_('2029-09-10')}   # convertdate hebrew (diaspora days)
BS_MAJORITY_RULE = lambda y: dt.date(y, 1, 10)
QUARTER_DAYS = {'Lady Day': (3, 25), 'Midsummer Day': (6, 24), 'Michaelmas': (9, 29), 'Christmas': (12, 25)}
TERM_DAYS_SCOT = {'Candlemas': (2, 28), 'Whitsunday': (5, 28), 'Lammas': (8, 28), 'Martinmas': (11, 28)}
qd = lambda y, n: dt.date(y, *QUARTER_DAYS[n]); tdy = lambda y, n: dt.date(y, *TERM_DAYS_SCOT[n])
# ---- computed readings: (doc, span, occurrence) -> the full list of readings the gold must have ----
p = D_
CALC = {
 # a01 Yarmouth, pub Fri 2025-11-21: Dumping Day the last Monday of November, moved a day if the wind stays up
 ('a01', 'Dumping Day', 1): [Dd(last_wd(2025, 11, 0))], ('a01', 'the last Monday of the month', 1): [Dd(last_wd(2025, 11, 0))],
 ('a01', 'The season', 1): [R(last_wd(2025, 11, 0), '2026-05-31'), 'RY:2025..2026', 'P:Y:2025'],
 ('a01', 'Tuesday', 1): [Dd(last_wd(2025, 11, 0) + td(1))],
 ('a01', 'Wednesday, Nov. 27, 2024', 1): [Dd(last_wd(2024, 11, 0) + td(2))],
 ('a01', "Last season's", 1): ['RY:2024..2025', 'P:Y:2024'], ('a01', 'the 2024-25 season', 1): ['RY:2024..2025', 'P:Y:2024'],
 ('a01', 'a decade earlier', 1): ['RY:2014..2015', 'P:Y:2014'],
 ('a01', 'the weekend', 1): [wknd(coming(p('2025-11-21'), 5)), Dd(coming(p('2025-11-21'), 5))],
 ('a01', 'the second week of December', 1): [f'W:{nth_wd(2025, 12, 0, 2)}', 'IN:2025-12-08..2025-12-14'],
 ('a01', 'the end of December', 1): ['MIN:2024-12', 'D:2024-12-31'], ('a01', 'Feb. 17', 1): [Dd(LNY[2026])],
 # a02 Islamabad, pub Tue 2026-09-29: Pakistan's tax year named by the year it ends (July-June)
 ('a02', 'tax year 2026', 1): [fy(2026, 6), 'P:Y:2026'], ('a02', 'the tax year', 1): [fy(2026, 6), 'P:Y:2026'],
 ('a02', 'tax year 2025', 1): [fy(2025, 6), 'P:Y:2025'], ('a02', 'the previous tax year', 1): [fy(2025, 6), 'P:Y:2025'],
 ('a02', 'FY2026-27', 1): [fy(2027, 6), 'P:Y:2027'], ('a02', 'FY2025-26', 1): [fy(2026, 6), 'P:Y:2026'],
 ('a02', 'the first quarter of the current fiscal year', 1): [months(2026, 7, 2026, 9), 'Q:2026-Q3'],
 ('a02', 'since Defence Day', 1): [Dd(PK_DEFENCE_DAY(2026)), R(PK_DEFENCE_DAY(2026), '2026-09-29')],
 ('a02', 'September 6', 1): [Dd(PK_DEFENCE_DAY(2026))], ('a02', 'November 9', 1): [Dd(PK_IQBAL_DAY(2026))],
 ('a02', 'the last date', 1): ['D:2025-09-30'], ('a02', 'the 1st', 1): ['D:2026-10-01'],
 ('a02', 'the middle of August', 1): ['MIN:2025-08'],
 # a03 London, pub Thu 2026-08-13: results day
 ('a03', 'results day', 1): ['D:2026-08-13'], ('a03', 'the last year', 1): ['Y:2019'],
 ('a03', 'last summer', 1): ['S:summer-2025', months(2025, 6, 2025, 8)],
 ('a03', 'the autumn series', 1): [R('2026-10-05', '2026-10-23')],
 ('a03', 'since March', 1): ['M:2026-03', R('2026-03-01', '2026-08-13')],
 ('a03', 'the 2024-25 school year', 1): ['RY:2024..2025', 'IN:2024-08-01..2025-07-31', 'P:Y:2024'],
 ('a03', '2020 and 2021', 1): ['RY:2020..2021', 'Y:2020', 'Y:2021'], ('a03', 'the 2027 exam series', 1): ['Y:2027'],
 # a04 Edinburgh, pub Fri 2026-05-08: polling day Thursday 7 May
 ('a04', 'polling day', 1): ['D:2026-05-07'], ('a04', '4 June', 1): [Dd(p('2026-05-07') + td(28))],
 ('a04', 'from Monday 20 April', 1): ['D:2026-04-20', R('2026-04-20', '2026-05-07')],
 ('a04', 'the spring bank holiday', 1): [Dd(SCOT_SPRING_BH(2026))], ('a04', '25 May', 1): [Dd(SCOT_SPRING_BH(2026))],
 ('a04', 'last autumn', 1): ['S:autumn-2025', months(2025, 9, 2025, 11)],
 ('a04', 'a fortnight ago', 1): [Dd(p('2026-05-08') - td(14)), Wk(p('2026-05-08') - td(14))],
 # a05 Bridgetown, pub Wed 2027-07-28: Emancipation Day on a Sunday, its holiday after Kadooment Day
 ('a05', 'Emancipation Day', 1): ['D:2027-08-01'], ('a05', 'a Sunday', 1): ['D:2027-08-01'],
 ('a05', 'the day after Kadooment Day', 1): [Dd(KADOOMENT(2027) + td(1))], ('a05', 'the public holiday', 1): [Dd(KADOOMENT(2027) + td(1))], ('a05', 'Tuesday, August 3', 1): [Dd(KADOOMENT(2027) + td(1))],
 ('a05', 'Monday', 1): [Dd(KADOOMENT(2027))], ('a05', 'Tuesday', 2): [Dd(KADOOMENT(2027) + td(1))],
 ('a05', 'the 2nd', 1): [Dd(KADOOMENT(2027))], ('a05', 'Kadooment night', 1): [Dd(KADOOMENT(2027))],
 ('a05', 'the long weekend', 1): [R('2027-07-31', KADOOMENT(2027) + td(1))],
 ('a05', "last year's Kadooment", 1): [Dd(KADOOMENT(2026))], ('a05', 'August 3, 2026', 1): [Dd(KADOOMENT(2026))],
 ('a05', 'four years later', 1): ['Y:1838'], ('a05', 'the same month last year', 1): ['M:2026-07'],
 ('a05', 'a Tuesday', 1): ['D:2028-08-01'],
 # a06 New Delhi, pub Mon 2027-06-14: India's fiscal, assessment and (new Act) tax years, April-March
 ('a06', 'FY 2027-28', 1): [fy(2028, 3), 'P:Y:2028'], ('a06', 'AY 2027-28', 1): [fy(2028, 3), 'P:Y:2028'],
 ('a06', 'the year ended March 31', 1): [fy(2027, 3), 'P:Y:2027', 'P:D:2027-03-31'],
 ('a06', 'tax year 2026-27', 1): [fy(2027, 3), 'P:Y:2027'], ('a06', 'FY 2026-27', 1): [fy(2027, 3), 'P:Y:2027'],
 ('a06', 'the previous year', 1): [fy(2026, 3), 'P:Y:2026'], ('a06', 'FY 2025-26', 1): [fy(2026, 3), 'P:Y:2026'],
 ('a06', 'the first fortnight of July', 1): [R('2027-07-01', '2027-07-14'), 'IN:2027-07-01..2027-07-15'],
 ('a06', 'the last day', 1): ['D:2026-09-15'], ('a06', 'the end of July', 1): ['MIN:2027-07', 'D:2027-07-31'],
 # a07 Singapore, pub Thu 2026-05-28: Vesak Day on a Sunday, its holiday the Monday
 ('a07', 'the Vesak Day long weekend', 1): [R(SG_VESAK[2026] - td(1), off_sunday(SG_VESAK[2026])), f'P:D:{SG_VESAK[2026]}'],
 ('a07', 'Sunday', 1): [Dd(SG_VESAK[2026])], ('a07', 'May 31', 1): [Dd(SG_VESAK[2026])], ('a07', 'Sunday', 4): [Dd(SG_VESAK[2026])],
 ('a07', 'the following day', 1): [Dd(off_sunday(SG_VESAK[2026]))],
 ('a07', 'yesterday', 1): [Dd(SG_HARI_RAYA_HAJI[2026])],
 ('a07', 'Aug 9', 1): [Dd(SG_NATIONAL_DAY(2026))], ('a07', 'Monday, Aug 10', 1): [Dd(off_sunday(SG_NATIONAL_DAY(2026)))],
 ('a07', 'Nov 8', 1): [Dd(SG_DEEPAVALI[2026])], ('a07', 'Monday, Nov 9', 1): [Dd(off_sunday(SG_DEEPAVALI[2026]))],
 ("a07", "Last year's Vesak Day", 1): [Dd(SG_VESAK[2025])], ('a07', 'a Monday', 1): [Dd(SG_VESAK[2025])],
 ('a07', 'the June school holidays', 1): [R('2026-05-30', '2026-06-28'), 'IN:2026-05-29..2026-06-29'],
 ('a07', 'the first week of the holidays', 1): ['W:2026-06-01', R('2026-05-30', p('2026-05-30') + td(6))],
 ('a07', 'early next year', 1): ['YIN:2027', 'IN:2027-01-01..2027-04-30'], ('a07', 'in the third quarter', 1): ['Q:2026-Q3'],
 # a08 Nairobi Sunday paper, pub Sun 2025-10-19
 ('a08', 'the day after Mashujaa Day', 1): [Dd(KE_MASHUJAA(2025) + td(1))], ("a08", "tomorrow's", 1): [Dd(KE_MASHUJAA(2025))], ('a08', 'the holiday', 1): [Dd(KE_MASHUJAA(2025))],
 ('a08', 'the coming week', 1): ['W:2025-10-20'], ('a08', 'rehearsal day', 1): ['D:2025-10-31'],
 ('a08', 'the third term', 1): [R('2025-08-25', '2025-10-24')],
 ('a08', 'the first week', 1): ['W:2025-11-03'], ('a08', 'the second', 1): ['W:2025-11-10'],
 ('a08', 'the first week of January', 1): first_week(2026, 1),
 ('a08', 'a week on Tuesday', 1): [Dd(coming(p('2025-10-19'), 1) + td(7))],
 ('a08', 'since September', 1): ['M:2025-09', R('2025-09-01', '2025-10-19')],
 ('a08', '2025', 1): ['Y:2025'], ('a08', '2024', 1): ['Y:2024'],
 # a09 Manila, pub Wed 2025-07-23
 ('a09', 'a year ago tomorrow', 1): [Dd(years_back(p('2025-07-24'), 1)), 'Y:2024'],
 ('a09', 'SY 2025-2026', 1): ['RY:2025..2026', R('2025-06-16', '2026-03-31'), 'P:Y:2025'],
 ('a09', 'since Monday', 1): [Dd(previous(p('2025-07-23'), 0)), R(previous(p('2025-07-23'), 0), '2025-07-23')],
 ('a09', 'August 21', 1): [Dd(PH_NINOY(2025))], ('a09', 'August 25', 1): [Dd(PH_HEROES(2025))],
 ('a09', 'the last week of July', 1): [Wk(last_wd(2025, 7, 0)), 'IN:2025-07-25..2025-07-31'],
 ("a09", "Sunday's", 1): ['D:2025-07-27'], ('a09', 'the rest of the week', 1): [R('2025-07-23', coming(p('2025-07-23'), 6))],
 ('a09', 'the end of the month', 1): ['MIN:2025-07', 'D:2025-07-31'],
 # a10 Sydney, pub Tue 2026-06-30: Australia's July-June income year
 ('a10', 'the 2025-26 income year', 1): [fy(2026, 6), 'P:Y:2026'], ('a10', 'the whole year', 1): [fy(2026, 6), 'P:Y:2026'],
 ('a10', 'next financial year', 1): [fy(2027, 6), 'P:Y:2027'], ('a10', 'last financial year', 1): [fy(2025, 6), 'P:Y:2025'],
 ('a10', 'EOFY', 1): ['D:2026-06-30'], ('a10', 'the next business day', 1): [Dd(coming(p('2026-10-31'), 0))],
 ('a10', 'Monday 2 November', 1): [Dd(coming(p('2026-10-31'), 0))],
 ('a10', 'the first week of July', 1): first_week(2025, 7),
 ('a10', 'the June quarter', 1): ['Q:2026-Q2', months(2026, 4, 2026, 6)], ('a10', 'the September quarter', 1): ['Q:2026-Q3', months(2026, 7, 2026, 9)],
 ("a10", "the King's Birthday long weekend", 1): [R(AU_KINGS_BIRTHDAY(2026) - td(2), AU_KINGS_BIRTHDAY(2026)), f'P:D:{AU_KINGS_BIRTHDAY(2026)}'],
 ('a10', 'the last fortnight', 1): [R(p('2026-06-30') - td(14), p('2026-06-30') - td(1)), f"IN:{p('2026-06-30') - td(14)}..2026-06-30"],
 ('a10', 'a fortnight from Friday', 1): [Dd(coming(p('2026-06-30'), 4) + td(14))],
 ('a10', 'this winter', 1): [months(2026, 6, 2026, 8), 'S:summer-2026'], ('a10', 'mid-July', 1): ['MIN:2026-07'],
 # a11 Kingston, N.Y., pub Wed 2026-11-04
 ('a11', 'Election Day', 1): [Dd(US_ELECTION_DAY(2026))], ("a11", "Tuesday's", 1): [Dd(US_ELECTION_DAY(2026))],
 ('a11', '11/3', 1): [Dd(US_ELECTION_DAY(2026))], ('a11', 'Nov. 10', 1): [Dd(US_ELECTION_DAY(2026) + td(7))],
 ('a11', 'the Friday after Election Day', 1): [Dd(coming(US_ELECTION_DAY(2026), 4))],
 ('a11', 'the Saturday after Thanksgiving', 1): [Dd(coming(THANKSGIVING_US(2026), 5))],
 ('a11', 'Nov. 28', 1): [Dd(US_ELECTION_DAY(2026) + td(25))],
 ('a11', 'the first Wednesday of January', 1): [Dd(nth_wd(2027, 1, 2, 1))],
 ('a11', 'Tuesday', 2): [Dd(US_ELECTION_DAY(2026))],
 # a12 London, pub Thu 2027-03-25: quarter days and Scottish term days
 ('a12', 'Lady Day', 1): [Dd(qd(2027, 'Lady Day'))], ('a12', 'Maundy Thursday', 1): [Dd(easter(2027) - td(3))],
 ('a12', 'the Easter weekend', 1): [R(easter(2027) - td(2), easter(2027) + td(1)), R(easter(2027) - td(2), easter(2027)), f'P:D:{easter(2027)}'],
 ('a12', 'the quarter to 23 June', 1): [R(qd(2027, 'Lady Day'), qd(2027, 'Midsummer Day') - td(1))],
 ('a12', 'Tuesday', 1): [Dd(easter(2027) + td(2))], ('a12', 'tomorrow', 1): [Dd(easter(2027) - td(2))],
 ('a12', 'Monday', 1): [Dd(easter(2027) + td(1))],
 ('a12', 'the Midsummer quarter day', 1): [Dd(qd(2027, 'Midsummer Day'))], ('a12', 'Michaelmas', 2): [Dd(qd(2027, 'Michaelmas'))],
 ('a12', 'Michaelmas', 3): [Dd(qd(2027, 'Michaelmas'))],
 ('a12', 'the Christmas quarter', 1): [R(qd(2026, 'Christmas'), qd(2027, 'Lady Day') - td(1))],
 ('a12', 'a year earlier', 1): [R(qd(2025, 'Christmas'), qd(2026, 'Lady Day') - td(1)), 'P:Y:2026'],
 ('a12', 'Whitsunday', 1): [Dd(tdy(2027, 'Whitsunday'))], ('a12', 'Friday 28 May', 1): [Dd(tdy(2027, 'Whitsunday'))],
 ('a12', 'Whit Sunday', 1): [Dd(easter(2027) + td(49))],
 ('a12', 'Martinmas', 1): [Dd(tdy(2027, 'Martinmas'))], ('a12', 'a Sunday', 1): [Dd(tdy(2027, 'Martinmas'))],
 ('a12', 'Candlemas', 1): [Dd(tdy(2027, 'Candlemas'))], ('a12', '28 February', 1): [Dd(tdy(2027, 'Candlemas'))],
 ('a12', 'since Christmas', 1): [Dd(qd(2026, 'Christmas')), R(qd(2026, 'Christmas'), '2027-03-25')],
 ('a12', 'the new tax year', 1): [R('2027-04-06', '2028-04-05'), 'P:Y:2027', 'P:Y:2028'],
 # a13 Georgetown, pub Mon 2027-02-22: Mash Day (Republic Day) and Phagwah
 ('a13', 'tomorrow', 1): [Dd(GY_REPUBLIC(2027))], ('a13', 'Mash Day', 1): [Dd(GY_REPUBLIC(2027))], ('a13', 'a Tuesday', 1): [Dd(GY_REPUBLIC(2027))],
 ("a13", "last year's parade", 1): [Dd(GY_REPUBLIC(2026))],
 ('a13', 'the following weekend', 1): [wknd(p('2027-02-13') + td(7)), Dd(p('2027-02-13') + td(7))],
 ('a13', 'a month from today', 1): [Dd(GY_PHAGWAH[2027])], ('a13', 'Monday, March 22', 1): [Dd(GY_PHAGWAH[2027])],
 ('a13', 'the eve of Phagwah', 1): [Dd(GY_PHAGWAH[2027] - td(1))],
 ('a13', 'March 26', 1): [Dd(easter(2027) - td(2))], ('a13', 'Easter Monday', 1): [Dd(easter(2027) + td(1))],
 ('a13', 'May 5', 1): [Dd(GY_ARRIVAL(2027))], ('a13', 'Independence Day', 1): [Dd(GY_INDEPENDENCE(2027))],
 ('a13', 'three weeks later', 1): [Dd(GY_ARRIVAL(2027) + td(21)), Wk(GY_ARRIVAL(2027) + td(21))],
 ('a13', 'four years after independence', 1): ['Y:1970'], ('a13', 'the first three weeks of February', 1): [R('2027-02-01', '2027-02-21')],
 # a14 Karachi, pub Sat 2027-05-15: Eid-ul-Azha by Pakistan's sighting of the Zilhaj moon
 ('a14', 'May 7', 1): [Dd(PK_ZILHAJ_1 - td(1))], ('a14', 'Saturday, May 8', 1): [Dd(PK_ZILHAJ_1)],
 ('a14', 'the first of Zilhaj', 1): [Dd(PK_ZILHAJ_1)], ('a14', 'the 10th', 1): [Dd(PK_EID_ADHA)],
 ('a14', 'Monday', 1): [Dd(PK_EID_ADHA)], ('a14', 'May 17', 1): [Dd(PK_EID_ADHA)], ('a14', 'Monday', 2): [Dd(PK_EID_ADHA)],
 ('a14', 'today', 1): [Dd(UQ_ARAFAH)], ('a14', 'tomorrow', 1): [Dd(UQ_EID_ADHA)], ('a14', 'Sunday', 1): [Dd(PK_EID_ADHA - td(1))],
 ('a14', 'Eid holidays', 1): [R(PK_EID_ADHA, PK_EID_ADHA + td(2)), f'P:D:{PK_EID_ADHA}'],
 ('a14', 'the eve of Eid', 1): [Dd(PK_EID_ADHA - td(1))],
 ('a14', 'a week after Eid', 1): [Dd(PK_EID_ADHA + td(7)), Wk(PK_EID_ADHA + td(7))],
 ('a14', 'May 28', 1): [Dd(PK_TAKBEER(2027))],
 ('a14', 'a week after Youm-e-Takbeer', 1): [Dd(PK_TAKBEER(2027) + td(7)), Wk(PK_TAKBEER(2027) + td(7))],
 ('a14', 'FY2027-28', 1): [fy(2028, 6), 'P:Y:2028'],
 ('a14', 'since Wednesday', 1): [Dd(previous(p('2027-05-15'), 2)), R(previous(p('2027-05-15'), 2), '2027-05-15')],
 # a15 Dublin, pub Wed 2025-02-12
 ("a15", "the St Patrick's Day weekend", 1): ['R:2025-03-15..2025-03-17', 'R:2025-03-15..2025-03-16', 'P:D:2025-03-17'],
 ('a15', 'the last Sunday in March', 1): [Dd(last_wd(2025, 3, 6))], ('a15', '30 March', 1): [Dd(last_wd(2025, 3, 6))],
 ('a15', 'the seven days to Sunday', 1): [R(previous(p('2025-02-12'), 6) - td(6), previous(p('2025-02-12'), 6)), Wk(previous(p('2025-02-12'), 6))],
 ('a15', 'the same month last year', 1): ['M:2024-01'],
 ('a15', 'the Easter school holidays', 1): [R('2025-04-14', '2025-04-25'), 'IN:2025-04-13..2025-04-26'],
 ('a15', 'last October', 1): ['M:2024-10'], ('a15', 'the first quarter', 1): ['Q:2025-Q1'],
 # a16 Pune, pub Sat 2025-10-04: India's October-September sugar season and November-October ethanol supply year
 ('a16', 'the 2025-26 season', 1): [R('2025-10-01', '2026-09-30'), 'RY:2025..2026', 'P:Y:2025'],
 ('a16', 'The season', 1): [R('2025-10-01', '2026-09-30'), 'RY:2025..2026', 'P:Y:2025'],
 ('a16', 'this season', 1): [R('2025-10-01', '2026-09-30'), 'RY:2025..2026', 'P:Y:2025'],
 ('a16', 'The 2024-25 season', 1): [R('2024-10-01', '2025-09-30'), 'RY:2024..2025', 'P:Y:2024'],
 ('a16', 'last season', 1): ['RY:2024..2025', R('2024-10-01', '2025-09-30'), 'P:Y:2024'],
 ('a16', '2019-20', 1): [R('2019-10-01', '2020-09-30'), 'RY:2019..2020', 'P:Y:2019'],
 ('a16', 'twelve days after Diwali', 1): [Dd(IN_DIWALI[2025] + td(12))], ('a16', 'Oct 20', 1): [Dd(IN_DIWALI[2025])],
 ('a16', 'Thursday', 1): [Dd(IN_DUSSEHRA[2025])],
 ('a16', 'The June-September monsoon', 1): [months(2025, 6, 2025, 9)],
 ('a16', 'the first fortnight of September', 1): [R('2025-09-01', '2025-09-14'), 'IN:2025-09-01..2025-09-15'],
 ('a16', 'ESY 2025-26', 1): [R('2025-11-01', '2026-10-31'), 'RY:2025..2026', 'P:Y:2025'],
 ('a16', 'the first quarter of the supply year', 1): [months(2025, 11, 2026, 1)],
 ('a16', 'since March', 1): ['M:2025-03', R('2025-03-01', '2025-10-04')],
 # a17 Wellington, pub Thu 2026-07-09: Matariki, the school holidays, southern seasons
 ('a17', 'the Matariki long weekend', 1): [R(NZ_MATARIKI[2026], NZ_MATARIKI[2026] + td(2)), f'P:D:{NZ_MATARIKI[2026]}'],
 ('a17', 'tomorrow', 1): [Dd(NZ_MATARIKI[2026])], ('a17', 'tomorrow', 2): [Dd(NZ_MATARIKI[2026])],
 ('a17', 'the school holidays', 1): [R('2026-07-04', '2026-07-19'), 'IN:2026-07-03..2026-07-20'],
 ('a17', 'the term break', 1): [R('2026-07-04', '2026-07-19'), 'IN:2026-07-03..2026-07-20'],
 ("a17", "Last year's Matariki holiday", 1): [Dd(NZ_MATARIKI[2025])], ('a17', '20 June', 1): [Dd(NZ_MATARIKI[2025])],
 ("a17", "next year's", 1): [Dd(NZ_MATARIKI[2027])], ('a17', '25 June', 1): [Dd(NZ_MATARIKI[2027])],
 ("a17", "King's Birthday weekend", 1): [R(NZ_KINGS_BIRTHDAY(2026) - td(2), NZ_KINGS_BIRTHDAY(2026)), f'P:D:{NZ_KINGS_BIRTHDAY(2026)}'],
 ('a17', 'Saturday', 1): [Dd(NZ_MATARIKI[2026] + td(1))], ('a17', 'Sunday', 1): [Dd(NZ_MATARIKI[2026] + td(2))],
 ('a17', 'the last day of the long weekend', 1): [Dd(NZ_MATARIKI[2026] + td(2))],
 ('a17', 'the 2026 whitebait season', 1): [R('2026-09-01', '2026-10-30'), 'P:Y:2026'],
 ('a17', 'the first Saturday of the season', 1): [Dd(coming(p('2026-08-31'), 5))],
 ('a17', 'last spring', 1): [months(2025, 9, 2025, 11), 'S:autumn-2025'],
 ('a17', 'this winter', 1): [months(2026, 6, 2026, 8), 'S:summer-2026'],
 ('a17', 'Labour Day weekend', 1): [R(NZ_LABOUR_DAY(2026) - td(2), NZ_LABOUR_DAY(2026)), f'P:D:{NZ_LABOUR_DAY(2026)}'],
 ('a17', '26 October', 1): [Dd(NZ_LABOUR_DAY(2026))], ('a17', 'until 2052', 1): ['Y:2052'],
 ('a17', 'late May', 1): ['MIN:2026-05'], ('a17', 'mid-October', 1): ['MIN:2026-10'],
 # a18 Johannesburg, pub Thu 2025-04-24: Easter 2025 and Freedom Day on a Sunday, observed on the Monday
 ('a18', 'Easter Sunday', 1): [Dd(easter(2025))], ('a18', 'Good Friday', 1): [Dd(easter(2025) - td(2))],
 ('a18', 'two days later', 1): [Dd(easter(2025))], ('a18', 'a week ago today', 1): [Dd(p('2025-04-24') - td(7))],
 ('a18', '36 years to the day', 1): ['D:1940-06-16', 'P:D:1976-06-16'],
 ('a18', '1940-2025', 1): ['RY:1940..2025', 'Y:1940', 'Y:2025'], ('a18', '1976-77', 1): ['RY:1976..1977', 'Y:1976', 'Y:1977'],
 ('a18', 'a Sunday', 1): [Dd(ZA_FREEDOM_DAY(2025))], ('a18', 'Monday', 1): [Dd(off_sunday(ZA_FREEDOM_DAY(2025)))],
 ('a18', 'the following day', 1): [Dd(off_sunday(ZA_FREEDOM_DAY(2025)))],
 ('a18', 'next Thursday', 1): ['D:2025-05-01'], ('a18', 'until the end of May', 1): ['MIN:2025-05', 'D:2025-05-31'],
 # a19 Indianapolis, pub Mon 2027-03-15: Selection Sunday and the bracket's days
 ('a19', 'Selection Sunday', 1): [Dd(p('2027-03-15') - td(1))],
 ('a19', 'Tuesday and Wednesday', 1): [R('2027-03-16', '2027-03-17'), 'D:2027-03-16', 'D:2027-03-17'],
 ('a19', 'Thursday through Sunday', 1): [R('2027-03-18', '2027-03-21'), 'D:2027-03-18', 'D:2027-03-21'],
 ('a19', 'a week from Thursday', 1): [Dd(coming(p('2027-03-15'), 3) + td(7))],
 ('a19', 'that weekend', 1): [wknd(p('2027-03-25') + td(2)), Dd(p('2027-03-25') + td(2))],
 ('a19', 'two nights later', 1): [Dd(p('2027-04-03') + td(2))], ("a19", "last year's title game", 1): ['D:2026-04-06'],
 ('a19', 'the first weekend', 1): [R('2027-03-18', '2027-03-21'), R('2027-03-20', '2027-03-21')],
 # a20 Abuja, pub Tue 2026-01-27
 ('a20', 'the August break', 1): [R('2026-07-20', '2026-08-25')], ('a20', 'the break', 1): [R('2026-07-20', '2026-08-25')],
 ('a20', 'before the end of March', 1): ['IN:2026-01-27..2026-03-31', 'P:M:2026-03'],
 ('a20', 'around Democracy Day', 1): [f'IN:{NG_DEMOCRACY_DAY(2026) - td(7)}..{NG_DEMOCRACY_DAY(2026) + td(7)}', f'P:D:{NG_DEMOCRACY_DAY(2026)}'],
 ('a20', 'June 12', 1): [Dd(NG_DEMOCRACY_DAY(2026))],
 ('a20', 'March, April and May', 1): [months(2026, 3, 2026, 5), 'M:2026-03', 'M:2026-05'],
 ('a20', 'September and October', 1): [months(2026, 9, 2026, 10), 'M:2026-09', 'M:2026-10'],
 ('a20', 'the first week of March', 1): first_week(2026, 3), ('a20', 'the middle of next month', 1): ['MIN:2026-02'],
 ('a20', 'the 2024 planting season', 1): ['Y:2024'], ('a20', 'early March', 1): ['MIN:2026-03'],
 # a21 Columbus, pub Tue 2025-10-07: an August year-end
 ('a21', 'its fiscal fourth quarter', 1): [months(2025, 6, 2025, 8)], ('a21', 'the three months ended Aug. 31', 1): [months(2025, 6, 2025, 8)],
 ('a21', 'the year-earlier quarter', 1): [months(2024, 6, 2024, 8)],
 ('a21', 'fiscal 2026', 1): [fy(2026, 8), 'P:Y:2026'], ('a21', 'fiscal 2025', 1): [fy(2025, 8), 'P:Y:2025'],
 ('a21', 'fiscal 2024', 1): [fy(2024, 8), 'P:Y:2024'],
 ('a21', 'the current quarter', 1): [months(2025, 9, 2025, 11)], ('a21', 'first-quarter', 1): [months(2025, 9, 2025, 11)],
 ('a21', 'the second half of fiscal 2026', 1): [months(2026, 3, 2026, 8)],
 ('a21', 'the end of fiscal 2027', 1): ['D:2027-08-31', 'MIN:2027-08'],
 ('a21', 'the 2025-26 school year', 1): ['RY:2025..2026', 'IN:2025-08-01..2026-07-31', 'P:Y:2025'],
 ('a21', 'since June', 1): ['M:2025-06', R('2025-06-01', '2025-10-07')], ('a21', 'calendar 2027', 1): ['Y:2027'],
 ('a21', 'the first day back after winter break', 1): ['D:2026-01-05'],
 ('a21', 'the Tuesday before schools break up for the holidays', 1): ['D:2025-12-16'], ('a21', 'early January', 1): ['MIN:2026-01'],
 # a22 Castlebar Sunday paper, pub Sun 2026-12-13
 ('a22', 'from 2009 to 2011', 1): ['RY:2009..2011', 'Y:2009', 'Y:2011'],
 ('a22', 'the following week', 1): [Wk(p('1997-01-31') + td(7))], ('a22', 'that Sunday', 1): ['D:1986-12-14'],
 ('a22', 'Nollaig na mBan', 1): ['D:2027-01-06'], ('a22', 'St Stephen\'s Day', 1): ['D:2026-12-26'],
 ('a22', 'the 12 months to November', 1): [months(2025, 12, 2026, 11), 'P:M:2026-11'],
 ('a22', 'since the 1990s', 1): ['DEC:1990', 'RY:1990..1999'],
 # a23 New York, pub Thu 2027-09-30: the High Holy Days of 5788 against the parking calendar
 ('a23', 'Monday, Oct. 11', 1): [Dd(HEB[('RH', 5788)] + td(9))], ('a23', '10/11', 1): [Dd(HEB[('RH', 5788)] + td(9))],
 ('a23', 'the Jewish High Holy Days', 1): [R(HEB[('RH', 5788)], HEB[('RH', 5788)] + td(9))],
 ('a23', 'Tuesday, Oct. 12', 1): [Dd(HEB[('RH', 5788)] + td(10))],
 ('a23', 'Rosh Hashanah', 1): [Dd(HEB[('RH', 5788)]), R(HEB[('RH', 5788)], HEB[('RH', 5788)] + td(1))],
 ('a23', 'Friday, Oct. 1', 1): [Dd(HEB[('RH', 5788)] - td(1))], ('a23', 'tomorrow', 1): [Dd(HEB[('RH', 5788)] - td(1))],
 ('a23', 'Saturday and Sunday', 1): [R(HEB[('RH', 5788)], HEB[('RH', 5788)] + td(1)), Dd(HEB[('RH', 5788)]), Dd(HEB[('RH', 5788)] + td(1))],
 ('a23', 'the first two days of Sukkot', 1): [R(HEB[('SUK', 5788)], HEB[('SUK', 5788)] + td(1))],
 ('a23', 'the following weekend', 1): [wknd(HEB[('SHA', 5788)]), Dd(HEB[('SHA', 5788)])],
 ('a23', 'Shemini Atzeret and Simchat Torah', 1): [R(HEB[('SHA', 5788)], HEB[('SHA', 5788)] + td(1)), Dd(HEB[('SHA', 5788)]), Dd(HEB[('SHA', 5788)] + td(1))],
 ('a23', 'Rosh Hashanah', 2): [Dd(HEB[('RH', 5786)]), R(HEB[('RH', 5786)], HEB[('RH', 5786)] + td(1))],
 ('a23', 'Sept. 23', 1): [Dd(HEB[('RH', 5786)])], ('a23', 'Simchat Torah', 2): [Dd(HEB[('ST', 5786)])],
 ('a23', 'Oct. 15', 1): [Dd(HEB[('ST', 5786)])], ('a23', 'Sept. 21', 1): [Dd(HEB[('YK', 5787)])],
 ('a23', 'the Jewish year 5789', 1): [R(HEB[('RH', 5789)], HEB[('RH', 5790)] - td(1)), R(HEB[('RH', 5789)] - td(1), HEB[('RH', 5790)] - td(1))],
 ('a23', 'Thursday, Sept. 21, 2028', 1): [Dd(HEB[('RH', 5789)])],
 ('a23', 'The year 5788', 1): [R(HEB[('RH', 5788)], HEB[('RH', 5789)] - td(1)), R(HEB[('RH', 5788)] - td(1), HEB[('RH', 5789)] - td(1))],
 ('a23', 'Saturday', 4): [Dd(HEB[('RH', 5788)])], ('a23', 'Oct. 29', 1): ['D:2027-10-29'],
 ('a23', 'Nov. 2', 1): [Dd(US_ELECTION_DAY(2027))], ('a23', 'Thanksgiving', 1): [Dd(THANKSGIVING_US(2027))],
 ('a23', 'fiscal 2027', 1): [fy(2027, 6), 'P:Y:2027'],
 # a24 Nassau, pub Tue 2027-12-21: Boxing Day on a Sunday, holiday and parade the Monday
 ('a24', 'Monday, December 27', 1): [Dd(off_sunday(p('2027-12-26')))], ('a24', 'the 26th', 1): ['D:2027-12-26'],
 ('a24', 'Boxing Day', 2): ['D:2027-12-26'], ('a24', 'a Sunday', 1): ['D:2027-12-26'],
 ('a24', 'the Boxing Day holiday', 1): [Dd(off_sunday(p('2027-12-26')))], ('a24', 'Monday', 2): [Dd(off_sunday(p('2027-12-26')))],
 ('a24', 'Monday', 3): [Dd(off_sunday(p('2027-12-26')))],
 ("a24", "The New Year's Day parade", 1): ['D:2028-01-01'], ('a24', 'a week from Saturday', 1): [Dd(coming(p('2027-12-21'), 5) + td(7))],
 ('a24', 'January 10', 1): [Dd(BS_MAJORITY_RULE(2028))],
 ("a24", "last year's New Year's Day", 1): ['D:2027-01-01'], ('a24', 'the same days last year', 1): [R('2026-12-24', '2026-12-31')], ('a24', 'six days earlier', 1): [Dd(p('2027-01-01') - td(6))],
 ('a24', 'since December 1', 1): ['D:2027-12-01', R('2027-12-01', '2027-12-21')],
 ('a24', 'the Christmas weekend', 1): [R('2027-12-25', off_sunday(p('2027-12-26'))), R('2027-12-25', '2027-12-26'), 'P:D:2027-12-25'],
 # a25 Victoria, pub Fri 2026-02-13: B.C. Family Day, the Lunar New Year, Easter 2026
 ('a25', 'Friday the 13th', 1): ['D:2026-02-13'],
 ('a25', 'the Family Day long weekend', 1): [R(BC_FAMILY_DAY(2026) - td(2), BC_FAMILY_DAY(2026)), R(BC_FAMILY_DAY(2026) - td(2), BC_FAMILY_DAY(2026) - td(1)), f'P:D:{BC_FAMILY_DAY(2026)}'],
 ('a25', 'The long weekend', 1): [R(BC_FAMILY_DAY(2026) - td(2), BC_FAMILY_DAY(2026)), R(BC_FAMILY_DAY(2026) - td(2), BC_FAMILY_DAY(2026) - td(1)), f'P:D:{BC_FAMILY_DAY(2026)}'],
 ('a25', 'Monday', 1): [Dd(BC_FAMILY_DAY(2026))], ('a25', 'Feb. 16', 1): [Dd(BC_FAMILY_DAY(2026))],
 ('a25', 'Tuesday', 2): [Dd(LNY[2026])],
 ("a25", "last year's Family Day weekend", 1): [R(BC_FAMILY_DAY(2025) - td(2), BC_FAMILY_DAY(2025)), f'P:D:{BC_FAMILY_DAY(2025)}'],
 ('a25', 'the Easter long weekend', 1): [R(easter(2026) - td(2), easter(2026) + td(1)), f'P:D:{easter(2026)}'],
 ('a25', 'April 3-6', 1): [R(easter(2026) - td(2), easter(2026) + td(1)), Dd(easter(2026) - td(2)), Dd(easter(2026) + td(1))],
 ('a25', 'Spring break', 1): [R('2026-03-16', '2026-03-27'), 'IN:2026-03-15..2026-03-28'],
 ('a25', 'the fiscal year ending March 31', 1): [fy(2026, 3), 'P:Y:2026', 'P:D:2026-03-31'],
 ('a25', 'The winter schedule', 1): [R('2025-10-14', '2026-03-31')],
 ('a25', 'since early January', 1): ['MIN:2026-01', 'IN:2026-01-01..2026-02-13'],
 ('a25', 'between 2029 and 2031', 1): ['RY:2029..2031', 'Y:2029', 'Y:2031'],
}
# quoted speech resolved against the day it was spoken (doc, span, occurrence) -> that day
SPEAKER = {('a02', 'Wednesday', 1): '2026-09-28'}

def numeric_dates(doc, span):
    """-> [(y or None, m, d)] for numeric and dotted dates in the span"""
    out = []
    for m in re.finditer(r'\b(\d{1,2})\.(\d{2})\.(\d{4})\b', span):
        out.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in re.finditer(r'\b(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b', span):
        a, b, y = int(m.group(1)), int(m.group(2)), m.group(3)
        y = None if y is None else (2000 + int(y) if len(y) == 2 else int(y))
        out.append((y, a, b) if doc in US else (y, b, a))
    return out

def word_dates(span):
    """-> [(y or None, m, d)] for 'Oct. 5', '5 October', '30th September', 'April 3-6', 'from 5 to 23 October' ..."""
    toks = []
    for m in re.finditer(r'\b' + MRE + r'\.?\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:(?:-| and | to | through )(\d{1,2})\b(?!\s*' + MRE + r'))?(?:,? (\d{4}))?', span):
        y = int(m.group(5)) if m.group(5) else None
        toks.append((m.start(), (y, MON[m.group(1)], int(m.group(2)))))
        if m.group(3): toks.append((m.start() + 1, (y, MON[m.group(1)], int(m.group(3)))))
    for m in re.finditer(r'\b(\d{1,2})(?:st|nd|rd|th)?(?:(?:-| and | to )(\d{1,2}))?\s+' + MRE + r'\b(?: (\d{4}))?', span):
        y = int(m.group(4)) if m.group(4) else None
        if m.group(2): toks.append((m.start(), (y, MON[m.group(3)], int(m.group(1))))); toks.append((m.start() + 1, (y, MON[m.group(3)], int(m.group(2)))))
        else: toks.append((m.start(), (y, MON[m.group(3)], int(m.group(1)))))
    return [t for _, t in sorted(toks)]

def rel_expect(doc, span, ref):
    """readings the gold must list first for the common relative forms, counted from ref (publication or speaker)"""
    s = span.lower()
    if s.endswith("'s"): s = s[:-2]
    sun = ref.weekday() == 6
    simple = {'yesterday': Dd(ref - td(1)), 'today': Dd(ref), 'tonight': Dd(ref), 'this morning': Dd(ref),
              'last night': Dd(ref - td(1)), 'tomorrow': Dd(ref + td(1)), 'last year': f'Y:{ref.year - 1}',
              'this year': f'Y:{ref.year}', 'next year': f'Y:{ref.year + 1}',
              'last month': f'M:{(ref.replace(day=1) - td(1)):%Y-%m}', 'this month': f'M:{ref:%Y-%m}',
              'next month': f'M:{(ref.replace(day=28) + td(4)):%Y-%m}', 'this week': Wk(ref),
              'next week': Wk(ref + td(7)) if not sun else Wk(ref + td(1)),
              'the coming week': Wk(ref + td(7)) if not sun else Wk(ref + td(1)),
              'last week': Wk(ref - td(7)) if not sun else Wk(ref),
              'a week today': Dd(ref + td(7)), 'this day week': Dd(ref + td(7)), 'a fortnight today': Dd(ref + td(14)),
              'a week from yesterday': Dd(ref + td(6)), 'a week from tomorrow': Dd(ref + td(8)),
              'a week ago today': Dd(ref - td(7)), 'a fortnight ago': Dd(ref - td(14)),
              'a month from today': Dd((ref.replace(day=1) + td(32)).replace(day=ref.day)),
              'this time last year': Dd(years_back(ref, 1))}
    if s in simple: return simple[s]
    m = re.fullmatch(r'(last|next|this coming|this) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)', s)
    if m:
        wd = W.index(m.group(2).capitalize())
        return Dd(previous(ref, wd) if m.group(1) == 'last' else coming(ref, wd))
    m = re.fullmatch(r'(monday|tuesday|wednesday|thursday|friday|saturday|sunday) (week|next|last week)', s)
    if m:
        wd = W.index(m.group(1).capitalize())
        if m.group(2) == 'last week': return Dd(monday(ref) - td(7) + td(wd))
        return Dd(coming(ref, wd) + td(7) if m.group(2) == 'week' else coming(ref, wd))
    m = re.fullmatch(r'a (week|fortnight) (on|from) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)', s)
    if m: return Dd(coming(ref, W.index(m.group(3).capitalize())) + td(7 if m.group(1) == 'week' else 14))
    m = re.fullmatch(r'(a|one|two|three|four) (week|weeks|fortnight) from today', s)
    if m: return Dd(ref + td(NUM[m.group(1)] * (14 if m.group(2) == 'fortnight' else 7)))
    m = re.fullmatch(r'the (?:week|seven days) to (monday|tuesday|wednesday|thursday|friday|saturday|sunday)', s)
    if m:
        end = previous(ref + td(1), W.index(m.group(1).capitalize())); return R(end - td(6), end)
    m = re.fullmatch(r'(a|one|two|three|four|five|six|ten|twelve|twenty|thirty|forty|fifty) years? ago( today| tomorrow| last month| next month)?', s)
    if m:
        n = NUM[m.group(1)]; tail = (m.group(2) or '').strip()
        if tail == 'today': return Dd(years_back(ref, n))
        if tail == 'tomorrow': return Dd(years_back(ref + td(1), n))
        if tail == 'last month': return f'M:{years_back(ref.replace(day=1) - td(1), n):%Y-%m}'
        if tail == 'next month': return f'M:{years_back(ref.replace(day=28) + td(4), n):%Y-%m}'
        return f'Y:{ref.year - n}'
    m = re.fullmatch(r'(this|next|last) weekend', s)
    if m:
        sat = coming(ref - td(1), 5) if m.group(1) == 'this' else (coming(ref, 5) + td(7) if m.group(1) == 'next' and ref.weekday() < 5 else coming(ref, 5) if m.group(1) == 'next' else previous(ref, 5) - td(7) if ref.weekday() == 5 else previous(ref, 5))
        if m.group(1) == 'next' and sun: sat = ref + td(6)
        return wknd(sat)
    return None

pubs, tot, bare_table, used_calc, lint, nrel = {}, 0, [], set(), [], 0
LINT = (r"\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Sep|Oct|Nov|Dec|January|February|August|September|October|November|"
        r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun|1[6-9]\d\d|20\d\d|"
        r"\d{4}s|today|tonight|tomorrow|yesterday|week|weeks|weekend|weekends|fortnight|month|months|year|years|decade|"
        r"century|spring|summer|autumn|fall|winter|ago|later|earlier|previous|following|Christmas|Easter|eve|day|days|"
        r"night|morning|evening|afternoon|season|quarter|half|anniversary|holidays?|term|fiscal|FY\d+|noon|midnight|"
        r"\d+(?:st|nd|rd|th)|\d+/\d+|\d+\.\d+\.\d+|\d+(?:am|pm)|session|break|vacation|Eid|Diwali|Vesak|Matariki)\b")
for doc in sorted(gold.G):
    t = open(os.path.join(PROBE, 'articles', f'{doc}.md'), encoding='utf-8').read()
    pub = D_(re.search(r'published: (\S+)', t).group(1)); pubs[doc] = pub
    off = t.index('\n---\n', 4) + 5; body = t[off:]
    nw = len(body.split())
    if not 280 <= nw <= 360: err(doc, 'word count', nw)
    covered = []
    for span, occ, alts in gold.G[doc]:
        tot += 1
        try: s, e = score.body_spans(body, span, occ)
        except SystemExit as x: err(doc, span, occ, 'span not found', x); continue
        covered.append((s, e, 'G', span))
        if len(set(alts)) != len(alts): err(doc, span, 'repeated reading', alts)
        for a in alts:
            try: score.reading(a[2:] if a.startswith('P:') else a)
            except Exception as x: err(doc, span, 'bad reading', a, x)
        if not alts or alts[0].startswith('P:'): err(doc, span, 'first reading is P: or missing')
        Ds = [D_(a[2:]) for a in alts if a.startswith('D:')]
        # weekdays named in the span
        wds = [wdn(m.group(1)) for m in re.finditer(WRE, span)]
        if len(wds) == 1 and Ds and not re.search(r'\b(weekend|weeks?)\b', span) and Ds[0].weekday() != wds[0]:
            err(doc, span, 'weekday mismatch', Ds[0], W[Ds[0].weekday()])
        if len(wds) == 2 and alts[0].startswith('R:'):
            k, a, b = score.reading(alts[0])
            if (a.weekday(), b.weekday()) != tuple(wds): err(doc, span, 'range weekdays mismatch', alts[0])
        # month/day/year of written dates
        dates = numeric_dates(doc, span) + word_dates(span)
        for y, mo, da in dates:
            try: dt.date(2000, mo, da)
            except ValueError: err(doc, span, 'no such day', mo, da)
        rng = re.search(r'-|\band\b|\bthrough\b|\bbetween\b|\bfrom\b', span) or (re.search(r'\bto\b', span) and not re.search(r'(year|months|weeks|days|quarter) to\b', span))
        if dates and not rng:
            y, mo, da = dates[0]
            cands = [D_(a[2:]) for a in alts if a.startswith('D:')] + [D_(a[4:]) for a in alts if a.startswith('P:D:')]
            for a in alts:
                if a.startswith('R:') or a.startswith('W:'):
                    k, x, z = score.reading(a); cands += [x, z] if a.startswith('R:') else [x]
            if not any((c.month, c.day) == (mo, da) and (not y or c.year == y) for c in cands):
                err(doc, span, 'written date matches no D:, P:D:, R: end or W: Monday', alts, dates[0])
            elif Ds and ((Ds[0].month, Ds[0].day) != (mo, da) or (y and Ds[0].year != y)): err(doc, span, 'date mismatch', Ds[0], dates[0])
        if dates and rng and len(dates) >= 2:
            if not alts[0].startswith('R:'): err(doc, span, 'range without R: first', alts)
            else:
                k, a, b = score.reading(alts[0])
                (y1, m1, d1), (y2, m2, d2) = dates[0], dates[-1]
                if (a.month, a.day, b.month, b.day) != (m1, d1, m2, d2): err(doc, span, 'range ends mismatch', alts[0], dates)
                if Ds and sorted(Ds) != [a, b]: err(doc, span, 'range D: ends differ from R:', alts)
                if (y1 and a.year != y1) or (y2 and b.year != y2): err(doc, span, 'range year mismatch', alts[0])
        yrs = re.findall(r'\b(1[6-9]\d\d|20\d\d)\b', span)
        if len(yrs) == 1 and not rng and not re.search(r'\d{4}s|to the day|fiscal|FY|financial|season|/|\bof\b|tax year|income', span):
            for a in alts:
                if a[:2] in ('D:', 'M:', 'Y:') and a[2:6] != yrs[0]: err(doc, span, 'year mismatch', a)
        if re.fullmatch(r'(in |since |by )?' + MRE, span) or re.fullmatch(MRE + "'s", span):
            mo = MON[re.search(MRE, span).group(1)]
            if not any(a.startswith('M:') and int(a[7:9]) == mo for a in alts): err(doc, span, 'month name without its M:', alts)
            print(f'   month {doc} {pub} {span!r} -> {alts[0]}')
        # relative forms from the publication or the speaker's day
        ref = D_(SPEAKER[(doc, span, occ)]) if (doc, span, occ) in SPEAKER else pub
        exp = rel_expect(doc, span, ref)
        if exp:
            nrel += 1
            if alts[0] != exp and (doc, span, occ) not in CALC: err(doc, span, occ, 'relative form: expected', exp, 'got', alts[0])
        if re.fullmatch(r"(on |until |by |since )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)('s)?", span) and (doc, span, occ) not in CALC:
            d = Ds[0] if Ds else None
            if d is None or abs((d - ref).days) > 6: err(doc, span, occ, 'bare weekday not within six days', d)
            else: bare_table.append((doc, pub, span, (d - ref).days, body[max(0, s - 60):s]))
        if (doc, span, occ) in CALC:
            used_calc.add((doc, span, occ))
            if alts != CALC[(doc, span, occ)]: err(doc, span, occ, 'computed readings differ:', CALC[(doc, span, occ)], 'gold', alts)
        if doc in SOUTH and any(a.startswith('S:') for a in alts) and not alts[0].startswith('R:'): err(doc, span, 'southern season without R: first')
        if doc not in SOUTH and any(a.startswith('S:') for a in alts):
            if re.search(r'\b(spring|summer|autumn|fall|winter)\b', span, re.I) is None: err(doc, span, 'season reading without a season word')
    for kind in ('N', 'X'):
        for span, occ in getattr(gold, kind).get(doc, []):
            try: s, e = score.body_spans(body, span, occ)
            except SystemExit as x: err(doc, kind, span, 'span not found'); continue
            covered.append((s, e, kind, span))
    cs = sorted(covered)
    for a, b in zip(cs, cs[1:]):
        if b[0] < a[1]: err(doc, 'overlapping spans', a, b)
    for m in re.finditer(LINT, body, re.I):
        if not any(s <= m.start() < e for s, e, _, _ in covered):
            a = max(0, m.start() - 35); lint.append(f'  {doc} uncovered {m.group(0)!r}: ...{" ".join(body[a:m.end() + 25].split())}')
    for x in (k for k in SPEAKER if k[0] == doc):
        if not any((x[1], x[2]) == (sp, oc) for sp, oc, _ in gold.G[doc]): err('SPEAKER entry matches no item', x)
for k in CALC:
    if k not in used_calc: err('CALC entry matches no item', k)
print('\nwords that often mark dates, outside every G, N and X span (to eyeball):'); print('\n'.join(lint))
print('\nbare weekdays: doc pub span offset-days from the publication (or speaker\'s) day | preceding text')
for doc, pub, span, o, ctx in bare_table:
    print(f'  {doc} {pub} {W[pub.weekday()][:3]} {span:14} {o:+d} | ...{" ".join(ctx.split())[-58:]}')
months_ = {p_.month for p_ in pubs.values()}; wdays = {p_.weekday() for p_ in pubs.values()}
print('\npublication years', sorted({p_.year for p_ in pubs.values()}), 'per year', {y: sum(p_.year == y for p_ in pubs.values()) for y in (2025, 2026, 2027)})
print('publication weekdays', {W[i][:3]: sum(p_.weekday() == i for p_ in pubs.values()) for i in range(7)})
print('publication months', {m: sum(p_.month == m for p_ in pubs.values()) for m in range(1, 13)})
if len(months_) < 12: err('publication months missing', sorted(set(range(1, 13)) - months_))
if len(wdays) < 7: err('publication weekdays missing', [W[i] for i in sorted(set(range(7)) - wdays)])
if len(set(pubs.values())) != len(pubs): err('publication dates repeat')
if not all(D_('2025-02-01') <= p_ <= D_('2027-12-31') for p_ in pubs.values()): err('publication date outside 2025-02 .. 2027-12')
for doc in SUNDAY_PAPERS:
    if pubs[doc].weekday() != 6: err(doc, 'Sunday paper not published on a Sunday')

# synthetic run: one claim per gold item with its first reading, through p4's scorer
GRAN = {'D': 'day', 'M': 'month', 'Y': 'year', 'Q': 'quarter', 'H': 'half', 'S': 'season', 'W': 'week', 'DEC': 'decade'}
def claim(doc, s, e, span, r):
    k, a, b = score.reading(r)
    return {'kind': 'date', 'doc': doc + '.md', 'start': s, 'end': e, 'text': span,
            'value': {'start': str(a), 'end': str(b), 'granularity': GRAN.get(r.split(':')[0], 'range')},
            'sentence': span, 'extractor': 'synthetic'}
def run(out):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'out.json'); json.dump(out, open(path, 'w'))
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf): score.main(path)
    return buf.getvalue()
out = {'documents': [], 'claims': []}
out_all = {'documents': [], 'claims': []}
for doc in sorted(gold.G):
    t = open(os.path.join(PROBE, 'articles', f'{doc}.md'), encoding='utf-8').read()
    for o in (out, out_all): o['documents'].append({'id': doc + '.md', 'published': str(pubs[doc])})
    off = t.index('\n---\n', 4) + 5
    for span, occ, alts in gold.G[doc]:
        s, e = score.body_spans(t[off:], span, occ)
        out['claims'].append(claim(doc, s + off, e + off, span, alts[0])); out_all['claims'].append(out['claims'][-1])
    for kind, r in (('N', 'D:2000-01-01'), ('X', 'D:2000-01-01')):
        for span, occ in getattr(gold, kind).get(doc, []):
            s, e = score.body_spans(t[off:], span, occ)
            out_all['claims'].append(claim(doc, s + off, e + off, span, r))
rep = run(out)
print('\nsynthetic run through p4/score.py:'); print('\n'.join(rep.splitlines()[:4]))
for key in ('span recall', 'value recall', 'precision'):
    m = re.search(key + r'\s+(\d+)/(\d+)', rep)
    if not m or m.group(1) != m.group(2): err('synthetic run below 100%:', key)
rep2 = run(out_all)
print('with a claim on every N and X span as well:'); print('\n'.join(rep2.splitlines()[:4]))
nread = 0
for doc in sorted(gold.G):
    for span, occ, alts in gold.G[doc]:
        for alt in alts:
            r = alt[2:] if alt.startswith('P:') else alt
            k, a, b = score.reading(r); nread += 1
            val = {'start': str(a), 'end': str(b), 'granularity': GRAN.get(r.split(':')[0], 'range')}
            if not score.accepts(r, val): err(doc, span, 'reading not accepted for its own interval', alt)
# score.py on an empty claims file (the format p4's scorer reads)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'empty.json')
    json.dump({'documents': [{'id': d + '.md', 'published': str(pubs[d])} for d in sorted(pubs)], 'claims': []}, open(path, 'w'))
    r = subprocess.run([sys.executable, os.path.join(PROBE, 'score.py'), path], capture_output=True, text=True)
    print('\nscore.py on an empty claims file: exit', r.returncode, '|', ' / '.join(r.stdout.splitlines()[:4]))
    if r.returncode != 0: err('score.py failed on an empty claims file', r.stderr[-500:])
print('\nreadings checked', nread, '| relative forms recomputed', nrel)
print('items', tot, 'neutral', sum(len(v) for v in gold.N.values()), 'decoys', sum(len(v) for v in gold.X.values()),
      'computed (CALC)', len(used_calc), 'errors', errs)
