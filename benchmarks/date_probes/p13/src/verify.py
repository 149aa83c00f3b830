# Checks gold.py against the built articles (written for p13, in the manner of p12's verify.py): gold.py loads; every
# reading parses with p4's scorer and none repeats; every G, N and X span occurs in its article and none overlap;
# weekdays named in a span agree with its D: (or R: ends); month/day and year agree with the span for month-first
# ('Oct. 5', 'Oct 5'), day-first ('5 October'), numeric ('16/10' day-first, '4/10' month-first in US copy), dotted
# ('10.08.2026') and ordinal ('the 14th') dates and for ranges ('June 4-6', 'from Oct 1 to 8', '17 and 18 October',
# '4/8-6/8'); relative phrases computed with datetime against the publication day or the speaker's day (SPEAKER):
# 'yesterday', 'today', 'tomorrow', 'last/next/this coming <weekday>', '<weekday> week', 'a week/fortnight on
# <weekday>', '<weekday> next', 'N weeks from today', 'this/last/next week|month|year', 'this/last/next weekend';
# bare weekdays within six days of that day (printed for eyeballing, with their tense context); a table (CALC) of
# every holiday, counted day, fiscal period, season and other computed reading, each worked out here from rules
# (Easter, nth weekdays, fiscal year-ends, day offsets) and compared with the gold's readings; bodies are 280-380
# words; publication dates are distinct and cover every month, every weekday and 2025-2027; then a synthetic run
# through p4's scorer giving every item its first reading must score 100%, every reading (P: ones included) must be
# accepted for a claim of its own interval, and score.py must run on an empty claims file.
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
US = {'a10', 'a11', 'a16', 'a22'}            # US copy: numeric dates month-first
SOUTH = {'a06', 'a23'}                        # southern-hemisphere stories
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
def R(a, b): return f'R:{a}..{b}'
def Dd(d): return f'D:{d}'
def Wk(d): return f'W:{monday(d)}'
def mend(y, m): return dt.date(y + (m == 12), m % 12 + 1, 1) - td(1)
def fy(end_y, end_m):        # fiscal year ending on the last day of end_m of end_y
    s = dt.date(end_y - 1, end_m, 1) + td(32); s = dt.date(s.year, s.month, 1)
    return R(s, mend(end_y, end_m))
def months(y1, m1, y2, m2): return R(dt.date(y1, m1, 1), mend(y2, m2))
def wknd(sat): return R(sat, sat + td(1))
def first_week(y, m): return [f'W:{nth_wd(y, m, 0, 1)}', f'IN:{dt.date(y, m, 1)}..{dt.date(y, m, 7)}']
def lny(y): return {2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06'}[y]
# ---- tables checked when the probe was written (the holidays 0.109 and lunardate 0.3 packages; verify.py needs neither)
DEEPAVALI_MY = {2024: D_('2024-10-31'), 2025: D_('2025-10-20')}          # holidays: Malaysia 'Diwali'
HOLI_IN = {2027: D_('2027-03-22')}; RAM_NAVAMI_IN = {2027: D_('2027-04-15')}  # holidays: India
EID_FITR_IN = {2025: D_('2025-03-31')}                                    # holidays: India
MID_AUTUMN = {2025: D_('2025-10-06'), 2026: D_('2026-09-25'), 2027: D_('2027-09-15')}   # lunardate: 8/15
CHUNG_YEUNG = {2027: D_('2027-10-08')}                                    # lunardate: 9/9 (holidays: HK)
CN_NATIONAL_DAY_2025 = ('2025-10-01', '2025-10-08')                       # China's 2025 holiday with Mid-Autumn
thanksgiving_ca = lambda y: nth_wd(y, 10, 0, 2)
thanksgiving_us = lambda y: nth_wd(y, 11, 3, 4)
labour_day = lambda y: nth_wd(y, 9, 0, 1)
memorial_day = lambda y: last_wd(y, 5, 0)
mlk_day = lambda y: nth_wd(y, 1, 0, 3)
family_day_on = lambda y: nth_wd(y, 2, 0, 3)
heroes_day_jm = lambda y: nth_wd(y, 10, 0, 3)
ash_wed = lambda y: easter(y) - td(46)
# ---- computed readings: (doc, span, occurrence) -> the full list of readings the gold must have ----
P = {d: None for d in gold.G}
CALC = {
 # a01 Trinidad, pub Thu 2026-01-08
 ('a01', 'Carnival Monday and Tuesday', 1): [R(ash_wed(2026) - td(2), ash_wed(2026) - td(1)), Dd(ash_wed(2026) - td(2)), Dd(ash_wed(2026) - td(1))],
 ('a01', 'February 16 and 17', 1): [R(ash_wed(2026) - td(2), ash_wed(2026) - td(1)), Dd(ash_wed(2026) - td(2)), Dd(ash_wed(2026) - td(1))],
 ('a01', 'that week', 1): [Wk(ash_wed(2026))],
 ('a01', 'Ash Wednesday', 1): [Dd(ash_wed(2026))],
 ('a01', 'a week earlier', 1): [Dd(D_('2025-11-18') - td(7)), Wk(D_('2025-11-18') - td(7))],
 ('a01', 'the Christmas vacation', 1): [R('2025-12-23', '2026-01-02'), 'IN:2025-12-22..2026-01-03'],
 ('a01', 'the next mention date', 1): ['D:2026-02-05'],
 ('a01', 'the 22nd', 1): ['D:2025-12-22'], ('a01', 'the 14th', 1): ['D:2026-01-14'],
 ('a01', 'the 29th of this month', 1): ['D:2026-01-29'],
 ('a01', 'between March 2021 and August 2023', 1): [months(2021, 3, 2023, 8), 'M:2021-03', 'M:2023-08'],
 # a02 Port Klang, pub Tue 2025-10-14
 ('a02', 'next Monday', 1): [Dd(DEEPAVALI_MY[2025])], ('a02', 'Deepavali', 2): [Dd(DEEPAVALI_MY[2025])],
 ('a02', 'the festival', 1): [Dd(DEEPAVALI_MY[2025])], ('a02', 'Oct 31', 1): [Dd(DEEPAVALI_MY[2024])],
 ('a02', 'the first week of October', 1): first_week(2025, 10),
 ('a02', 'Golden Week holiday', 1): [R(*CN_NATIONAL_DAY_2025), 'P:D:2025-10-01'],
 ('a02', 'Oct 6', 1): [Dd(MID_AUTUMN[2025])],
 ('a02', 'the following week', 1): [Wk(DEEPAVALI_MY[2024] + td(7))],
 ('a02', 'Week 44', 1): [f'W:{dt.date.fromisocalendar(2025, 44, 1)}'],
 ('a02', 'Feb 17', 1): [f'D:{lny(2026)}'],
 ('a02', 'a year earlier', 1): ['Q:2024-Q3', 'Y:2024'],
 # a03 Toronto university, pub Mon 2026-11-02
 ('a03', 'Oct. 13', 1): [Dd(thanksgiving_ca(2026) + td(1))], ('a03', 'the day after Thanksgiving', 1): [Dd(thanksgiving_ca(2026) + td(1))],
 ('a03', 'on the weekend', 1): [wknd(D_('2026-10-31')), 'D:2026-10-31'],
 ('a03', 'Feb. 15', 2): [Dd(family_day_on(2027))], ('a03', 'Tuesday', 1): [Dd(family_day_on(2027) + td(1))],
 ('a03', 'the week of Feb. 15', 1): [Wk(family_day_on(2027)), f'P:D:{family_day_on(2027)}'],
 ('a03', 'the last three weeks of October', 1): [R(dt.date(2026, 10, 31) - td(20), '2026-10-31')],
 ('a03', 'from Nov. 6 to Jan. 29', 1): [R('2009-11-06', '2010-01-29'), 'D:2009-11-06', 'D:2010-01-29'],
 # a04 Mumbai T20, pub Wed 2027-02-10
 ('a04', 'March 22', 1): [Dd(HOLI_IN[2027])], ('a04', 'April 15', 1): [Dd(RAM_NAVAMI_IN[2027])],
 ('a04', 'the Friday after Holi', 1): [Dd(coming(HOLI_IN[2027], 4))], ('a04', 'March 26', 1): [Dd(coming(HOLI_IN[2027], 4))],
 ('a04', 'a week on Saturday', 1): [Dd(coming(D_('2027-02-10'), 5) + td(7))],
 ('a04', 'the next day', 1): ['D:2027-05-26'], ('a04', 'the first week of June', 1): first_week(2028, 6),
 ('a04', 'The 2027 season', 1): [R('2027-03-19', '2027-05-30'), 'P:Y:2027'],
 # a05 RBI, pub Fri 2025-03-28
 ('a05', 'FY26', 1): [fy(2026, 3), 'P:Y:2026'], ('a05', 'FY26', 2): [fy(2026, 3), 'P:Y:2026'],
 ('a05', 'the fiscal year', 1): [fy(2026, 3), 'P:Y:2026'], ('a05', 'the full year', 1): [fy(2026, 3), 'P:Y:2026'],
 ('a05', 'the year ending on Monday', 1): [fy(2025, 3), 'P:Y:2025', f'P:D:{coming(D_("2025-03-28"), 0)}'],
 ('a05', 'that day', 1): [Dd(EID_FITR_IN[2025])],
 ('a05', 'Q1 FY26', 1): ['Q:2025-Q2', months(2025, 4, 2025, 6)],
 ('a05', 'five days after', 1): [Dd(D_('2024-12-06') + td(5))],
 ('a05', 'April 23', 1): [Dd(D_('2025-04-09') + td(14))],
 # a06 Sydney recall, pub Sat 2025-11-22
 ('a06', 'the past 50 days', 1): [R(D_('2025-11-22') - td(50), D_('2025-11-22') - td(1)), f"IN:{D_('2025-11-22') - td(50)}..2025-11-22"],
 ('a06', 'this time next week', 1): [Dd(D_('2025-11-22') + td(7)), Wk(D_('2025-11-22') + td(7))],
 ('a06', '28/11/25 to 04/12/25', 1): [R('2025-11-28', '2025-12-04'), 'D:2025-11-28', 'D:2025-12-04'],
 ('a06', 'the spring of 2023', 1): [months(2023, 9, 2023, 11), 'S:autumn-2023'],
 # a07 Toronto weather, pub Thu 2027-03-04
 ('a07', 'the year so far', 1): [R('2027-01-01', '2027-03-04'), 'P:Y:2027'],
 ('a07', 'The previous day', 1): [Dd(D_('2027-03-03') - td(1))],
 ('a07', 'the winter', 1): ['S:winter-2026', months(2026, 12, 2027, 2)],
 ('a07', 'from December to February', 1): [months(2026, 12, 2027, 2), 'M:2026-12', 'M:2027-02'],
 ('a07', 'on the weekend', 1): [wknd(coming(D_('2027-03-04'), 5)), Dd(coming(D_('2027-03-04'), 5))],
 # a08 Kingston obituary, pub Tue 2025-08-05
 ('a08', 'a week earlier', 1): [Dd(previous(D_('2025-08-05'), 1) - td(7)), Wk(previous(D_('2025-08-05'), 1) - td(7))],
 ('a08', 'one more Independence Day', 1): ['D:2025-08-06'], ('a08', "tomorrow's", 1): ['D:2025-08-06'],
 ('a08', 'Emancipation Day', 1): ['D:2025-08-01'], ('a08', 'October 20, 2014', 1): [Dd(heroes_day_jm(2014))],
 ('a08', 'a year before independence', 1): ['Y:1961'],
 # a09 Airdrie anniversary (Sunday paper), pub Sun 2026-06-14
 ('a09', 'Fifty years to the day', 1): ['D:2026-06-14', f'P:D:{dt.date(1976, 6, 14)}'],
 ('a09', 'Last week', 1): [Wk(D_('2026-06-14')), Wk(D_('2026-06-07'))],
 ('a09', 'Friday week', 1): [Dd(coming(D_('2026-06-14'), 4) + td(7))],
 ('a09', 'a fortnight on Tuesday', 1): [Dd(coming(D_('2026-06-14'), 1) + td(14))],
 ('a09', 'next Sunday', 1): [Dd(D_('2026-06-14') + td(7))],
 ('a09', 'the following March', 1): ['M:1977-03'],
 # a10 Peru advisory, pub Wed 2026-04-01
 ('a10', 'Holy Week', 1): [R(easter(2026) - td(7), easter(2026) - td(1))],
 ('a10', 'March 29', 1): [Dd(easter(2026) - td(7))], ('a10', 'Saturday', 1): [Dd(easter(2026) - td(1))],
 ('a10', 'Thursday and Friday', 1): [R(easter(2026) - td(3), easter(2026) - td(2)), Dd(easter(2026) - td(3)), Dd(easter(2026) - td(2))],
 ('a10', 'Monday', 1): [Dd(easter(2026) + td(1))],
 ('a10', 'May 12', 1): [Dd(D_('2026-03-14') + td(59))],
 ('a10', 'the first Sunday of June', 1): [Dd(nth_wd(2026, 6, 6, 1))], ('a10', 'June 7', 1): [Dd(nth_wd(2026, 6, 6, 1))],
 ('a10', 'the runoff', 1): [Dd(nth_wd(2026, 6, 6, 1))], ('a10', 'the first round', 1): ['D:2026-04-12'],
 # a11 Austin, May year-end, pub Tue 2026-09-15
 ('a11', 'its fiscal first quarter', 1): [months(2026, 6, 2026, 8)], ('a11', 'the three months', 1): [months(2026, 6, 2026, 8)],
 ('a11', 'the quarter', 1): [months(2026, 6, 2026, 8)], ('a11', 'the year-earlier quarter', 1): [months(2025, 6, 2025, 8)],
 ('a11', 'fiscal 2027', 1): [fy(2027, 5), 'P:Y:2027'], ('a11', 'fiscal 2027', 2): [fy(2027, 5), 'P:Y:2027'],
 ('a11', 'fiscal 2027', 3): [fy(2027, 7), 'P:Y:2027'], ('a11', 'fiscal 2026', 1): [fy(2026, 5), 'P:Y:2026'],
 ('a11', 'fiscal 2029', 1): [fy(2029, 5), 'P:Y:2029'], ('a11', 'the fourth quarter', 1): [months(2026, 3, 2026, 5)],
 ('a11', 'second-quarter', 1): [months(2026, 9, 2026, 11)],
 # a12 Parliament, pub Fri 2025-12-19
 ('a12', 'FY27', 1): [fy(2027, 3), 'P:Y:2027'], ('a12', 'Republic Day', 1): ['D:2026-01-26'],
 ('a12', 'the first week', 1): [Wk(D_('2025-12-01'))], ('a12', 'the first week of January', 1): first_week(2026, 1),
 ('a12', 'the last week of the Budget session', 1): [Wk(D_('2026-04-02')), f"IN:{D_('2026-04-02') - td(6)}..2026-04-02"],
 ('a12', 'this weekend', 1): [wknd(coming(D_('2025-12-19'), 5)), Dd(coming(D_('2025-12-19'), 5))],
 # a13 Manchester ballot, pub Wed 2025-10-01
 ('a13', 'this coming Friday', 1): [Dd(coming(D_('2025-10-01'), 4))],
 ('a13', 'Friday week', 1): [Dd(coming(D_('2025-10-01'), 4) + td(7))],
 ('a13', 'the previous week', 1): [Wk(D_('2025-10-01') - td(14))],
 ('a13', 'the following Monday', 1): [Dd(coming(D_('2025-10-23'), 0))],
 ('a13', 'half-term', 1): [R('2025-10-27', '2025-10-31'), 'IN:2025-10-25..2025-11-02'],
 # a14 Chennai, pub Mon 2026-07-13
 ('a14', 'August 7', 1): [Dd(D_('2026-07-10') + td(28))],
 ('a14', 'Monday next', 1): [Dd(coming(D_('2026-07-13'), 0))],
 ('a14', 'the first day of the financial year', 1): ['D:2026-04-01'],
 ('a14', 'the next date of hearing', 1): ['D:2026-08-10'],
 ('a14', 'the third week of August', 1): [f'W:{nth_wd(2026, 8, 0, 3)}', 'IN:2026-08-15..2026-08-21'],
 ('a14', 'the rest of the year', 1): [R('2026-07-13', '2026-12-31')], ('a14', 'the day it reopened', 1): [Dd(D_('2026-06-01') + td(1))],
 # a15 Dublin rugby, pub Sat 2027-01-16
 ('a15', 'three weeks from today', 1): [Dd(D_('2027-01-16') + td(21))],
 ('a15', 'the night before', 1): [Dd(D_('2027-02-06') - td(1))],
 ('a15', 'a fortnight later', 1): [Dd(D_('2027-02-27') + td(14))],
 ('a15', "St Patrick's Day", 1): ['D:2027-03-17'], ('a15', 'the Wednesday before', 1): [Dd(previous(D_('2027-03-20'), 2))],
 ('a15', 'Monday week', 1): [Dd(coming(D_('2027-01-16'), 0) + td(7))],
 ('a15', 'last weekend', 1): [wknd(D_('2027-01-16') - td(7)), Dd(D_('2027-01-16') - td(7)), Dd(D_('2027-01-16') - td(6))],
 ('a15', 'the first weekend in February', 1): [wknd(nth_wd(2027, 2, 5, 1)), Dd(nth_wd(2027, 2, 5, 1))],
 ('a15', 'since October', 1): ['M:2026-10', R('2026-10-01', '2027-01-16')],
 # a16 Ohio schools, pub Tue 2026-05-12
 ('a16', 'Sept. 7', 1): [Dd(labour_day(2026))], ('a16', 'Martin Luther King Jr. Day', 1): [Dd(mlk_day(2027))],
 ('a16', 'Thanksgiving break', 1): [R(thanksgiving_us(2026) - td(1), thanksgiving_us(2026) + td(1)), f'IN:{thanksgiving_us(2026) - td(2)}..{thanksgiving_us(2026) + td(2)}'],
 ('a16', 'the day before Memorial Day', 1): [Dd(memorial_day(2027) - td(1))],
 ('a16', 'Memorial Day weekend', 1): [R(memorial_day(2027) - td(2), memorial_day(2027)), R(memorial_day(2027) - td(2), memorial_day(2027) - td(1)), f'P:D:{memorial_day(2027)}'],
 ('a16', 'the 2026-27 school year', 1): ['RY:2026..2027', 'IN:2026-08-01..2027-07-31', 'P:Y:2026'],
 ('a16', 'This winter', 1): ['S:winter-2025', months(2025, 12, 2026, 2)],
 # a17 Ottawa, pub Wed 2027-07-14
 ('a17', 'two days after Labour Day', 1): [Dd(labour_day(2027) + td(2))], ('a17', 'Sept. 8', 1): [Dd(labour_day(2027) + td(2))],
 ('a17', 'The September decision', 1): ['M:2027-09', Dd(labour_day(2027) + td(2))],
 ('a17', 'two weeks after the decision', 1): [Dd(D_('2027-07-14') + td(14)), Wk(D_('2027-07-14') + td(14))],
 ('a17', 'the 12 months to June', 1): [months(2026, 7, 2027, 6), 'P:M:2027-06'],
 ('a17', 'the rest of the year', 1): [R('2027-07-14', '2027-12-31')],
 # a18 Delhi (Sunday paper), pub Sun 2025-05-18
 ('a18', 'Last Sunday', 1): [Dd(D_('2025-05-18') - td(7))],
 ('a18', 'next weekend', 1): [wknd(D_('2025-05-18') + td(6)), Dd(D_('2025-05-18') + td(6))],
 ('a18', 'this week', 1): [Wk(D_('2025-05-18'))],
 ('a18', 'so far this year', 1): [R('2025-01-01', '2025-05-18'), 'P:Y:2025'],
 ('a18', 'since May 1', 1): ['D:2025-05-01', R('2025-05-01', '2025-05-18')],
 # a19 Accra obituary, pub Fri 2026-02-20
 ('a19', 'Independence Day', 1): ['D:2026-03-06'], ('a19', 'Easter', 1): [Dd(easter(2026))],
 ('a19', 'a week before his death', 1): [Dd(D_('2026-02-19') - td(7)), Wk(D_('2026-02-19') - td(7))],
 ('a19', 'the Sunday', 1): [Dd(D_('2026-04-11') + td(1))], ('a19', 'four years after independence', 1): ['Y:1961'],
 ('a19', 'the 5th of next month', 1): ['D:2026-03-05'],
 # a20 Hong Kong, pub Mon 2027-09-13
 ('a20', 'Wednesday', 1): [Dd(MID_AUTUMN[2027])], ('a20', 'on Wednesday', 2): [Dd(MID_AUTUMN[2027])], ('a20', 'Wednesday', 3): [Dd(MID_AUTUMN[2027])],
 ('a20', 'the day following the Mid-Autumn Festival', 1): [Dd(MID_AUTUMN[2027] + td(1))],
 ('a20', 'Thursday', 1): [Dd(MID_AUTUMN[2027] + td(1))],
 ("a20", "Last year's festival", 1): [Dd(MID_AUTUMN[2026])], ('a20', 'Sept 25', 1): [Dd(MID_AUTUMN[2026])],
 ('a20', 'Oct 8', 1): [Dd(CHUNG_YEUNG[2027])],
 # a21 London, November year-end, pub Wed 2025-02-05
 ('a21', 'the year to 30 November 2024', 1): [fy(2024, 11), 'P:Y:2024'], ('a21', 'the current year', 1): [fy(2025, 11), 'P:Y:2025'],
 ('a21', 'the previous year', 1): [fy(2023, 11), 'P:Y:2023'], ('a21', 'the first half', 1): [months(2023, 12, 2024, 5)],
 ('a21', 'the six months to 31 May 2024', 1): [months(2023, 12, 2024, 5)], ('a21', 'the second half', 1): [months(2024, 6, 2024, 11)],
 ('a21', 'the six months to 31 May 2025', 1): [months(2024, 12, 2025, 5)],
 ('a21', 'the nine weeks since 1 December', 1): [R('2024-12-01', D_('2024-12-01') + td(62)), 'IN:2024-12-01..2025-02-05'],
 # a22 Philadelphia, pub Sat 2026-07-04
 ('a22', 'Two hundred fifty years to the day', 1): ['D:2026-07-04', 'P:D:1776-07-04'],
 ('a22', 'the federal holiday', 1): [Dd(D_('2026-07-04') - td(1))], ('a22', 'two days earlier', 1): [Dd(D_('1776-07-04') - td(2))],
 ('a22', 'Juneteenth', 1): ['D:2026-06-19'],
 # a23 Sydney nurses, pub Thu 2027-04-08
 ('a23', 'a fortnight from today', 1): [Dd(D_('2027-04-08') + td(14))],
 ('a23', 'two days before Anzac Day', 1): [Dd(dt.date(2027, 4, 25) - td(2))],
 ('a23', 'the Easter long weekend', 1): [R(easter(2027) - td(2), easter(2027) + td(1)), f'P:D:{easter(2027)}'],
 ('a23', '26 March', 1): [Dd(easter(2027) - td(2))], ('a23', 'Easter Monday', 1): [Dd(easter(2027) + td(1))],
 ('a23', 'the 2025-26 financial year', 1): [fy(2026, 6), 'P:Y:2026'], ('a23', 'the 2027-28 budget', 1): [fy(2028, 6), 'P:Y:2028'],
 ('a23', 'last winter', 1): [months(2026, 6, 2026, 8), 'S:summer-2026'], ('a23', 'winter', 2): [months(2027, 6, 2027, 8), 'S:summer-2027'],
 ('a23', 'the day of the strike', 1): ['D:2027-04-22'],
 # a24 Kingston budget, pub Tue 2027-03-09
 ('a24', 'the 2027/28', 1): [fy(2028, 3), 'P:Y:2028'], ('a24', 'FY2027/28', 1): [fy(2028, 3), 'P:Y:2028'],
 ('a24', 'the new fiscal year', 1): [fy(2028, 3), 'P:Y:2028'], ('a24', 'the current fiscal year', 1): [fy(2027, 3), 'P:Y:2027'],
 ('a24', 'the Easter holidays', 1): [R(easter(2027) - td(2), easter(2027) + td(1)), f'P:D:{easter(2027)}'],
 ('a24', 'February 10', 1): [Dd(ash_wed(2027))], ('a24', 'a week from today', 1): [Dd(D_('2027-03-09') + td(7))],
 ('a24', 'the opening day', 1): ['D:2027-03-16'],
 ('a24', 'the year ending on March 31', 1): [fy(2027, 3), 'P:Y:2027', 'P:D:2027-03-31'],
 ('a24', 'the same period the previous year', 1): [months(2025, 4, 2025, 12), 'P:Y:2025'],
 # a25 Montreal, pub Fri 2027-12-10
 ('a25', 'the 2027 navigation season', 1): [R('2027-03-22', '2028-01-06'), 'P:Y:2027'],
 ('a25', 'until the first week of January', 1): first_week(2028, 1),
 ('a25', 'the third week of March', 1): [f'W:{nth_wd(2028, 3, 0, 3)}', 'IN:2028-03-15..2028-03-21'],
 ('a25', 'January and February', 1): [months(2028, 1, 2028, 2), 'M:2028-01', 'M:2028-02'],
}
# quoted speech resolved against the day it was spoken (doc, span, occurrence) -> that day
SPEAKER = {('a08', 'Friday', 1): '2025-08-04', ('a08', 'Saturday', 1): '2025-08-04',
           ('a18', 'Next week', 1): '2025-05-17', ('a17', 'A year ago', 1): '2027-07-14'}

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
    """-> [(y or None, m, d)] for 'Oct. 5', '5 October', 'June 4-6', '17 and 18 October', 'from 17 to 20 March' ..."""
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
    s = span.lower().rstrip("'s").rstrip('’s') if span.lower().endswith("'s") else span.lower()
    sun = ref.weekday() == 6
    simple = {'yesterday': Dd(ref - td(1)), 'today': Dd(ref), 'tonight': Dd(ref), 'this morning': Dd(ref),
              'tomorrow': Dd(ref + td(1)), 'last year': f'Y:{ref.year - 1}', 'this year': f'Y:{ref.year}',
              'next year': f'Y:{ref.year + 1}', 'last month': f'M:{(ref.replace(day=1) - td(1)):%Y-%m}',
              'this month': f'M:{ref:%Y-%m}', 'next month': f'M:{(ref.replace(day=28) + td(4)):%Y-%m}',
              'this week': Wk(ref), 'next week': Wk(ref + td(7)) if not sun else Wk(ref + td(1)),
              'last week': Wk(ref - td(7)) if not sun else Wk(ref)}
    if s in simple: return simple[s]
    m = re.fullmatch(r'(last|next|this coming|this) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)', s)
    if m:
        wd = W.index(m.group(2).capitalize())
        return Dd(previous(ref, wd) if m.group(1) == 'last' else coming(ref, wd))
    m = re.fullmatch(r'(monday|tuesday|wednesday|thursday|friday|saturday|sunday) (week|next)', s)
    if m: return Dd(coming(ref, W.index(m.group(1).capitalize())) + td(7) if m.group(2) == 'week' else coming(ref, W.index(m.group(1).capitalize())))
    m = re.fullmatch(r'a (week|fortnight) on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)', s)
    if m: return Dd(coming(ref, W.index(m.group(2).capitalize())) + td(7 if m.group(1) == 'week' else 14))
    m = re.fullmatch(r'(a|one|two|three|four) (week|weeks|fortnight) from today', s)
    if m: return Dd(ref + td({'a': 1, 'one': 1, 'two': 2, 'three': 3, 'four': 4}[m.group(1)] * (14 if m.group(2) == 'fortnight' else 7)))
    m = re.fullmatch(r'(this|next|last) weekend', s)
    if m:
        sat = coming(ref - td(1), 5) if m.group(1) == 'this' else (coming(ref, 5) + td(7) if m.group(1) == 'next' and ref.weekday() < 5 else coming(ref, 5) if m.group(1) == 'next' else previous(ref, 5) - td(7) if ref.weekday() == 5 else previous(ref, 5))
        if m.group(1) == 'next' and sun: sat = ref + td(6)
        return wknd(sat)
    return None

pubs, tot, bare_table, used_calc, lint = {}, 0, [], set(), []
LINT = (r"\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Sep|Oct|Nov|Dec|January|February|August|September|October|November|"
        r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun|1[6-9]\d\d|20\d\d|"
        r"\d{4}s|today|tonight|tomorrow|yesterday|week|weeks|weekend|weekends|fortnight|month|months|year|years|decade|"
        r"century|spring|summer|autumn|fall|winter|ago|later|earlier|previous|following|Christmas|Easter|eve|day|days|"
        r"night|morning|evening|afternoon|season|quarter|half|anniversary|holidays?|term|fiscal|FY\d+|noon|midnight|"
        r"\d+(?:st|nd|rd|th)|\d+/\d+|\d+\.\d+\.\d+|\d+(?:am|pm)|session|break|vacation)\b")
for doc in sorted(gold.G):
    t = open(os.path.join(PROBE, 'articles', f'{doc}.md'), encoding='utf-8').read()
    pub = D_(re.search(r'published: (\S+)', t).group(1)); pubs[doc] = pub
    off = t.index('\n---\n', 4) + 5; body = t[off:]
    nw = len(body.split())
    if not 280 <= nw <= 380: err(doc, 'word count', nw)
    covered = []
    for span, occ, alts in gold.G[doc]:
        tot += 1
        try: s, e = score.body_spans(body, span, occ)
        except SystemExit as x: err(doc, span, occ, 'span not found', x); continue
        covered.append((s, e, 'G', span))
        if len(set(alts)) != len(alts): err(doc, span, 'repeated reading', alts)
        parsed = []
        for a in alts:
            try: parsed.append(score.reading(a[2:] if a.startswith('P:') else a))
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
        rng = re.search(r'-|\band\b|\bthrough\b|\bbetween\b|\bfrom\b', span) or (re.search(r'\bto\b', span) and not re.search(r'(year|months|weeks) to\b', span))
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
        if len(yrs) == 1 and not rng and not re.search(r'\d{4}s|to the day|fiscal|FY|financial|season|/|\bof\b', span):
            for a in alts:
                if a[:2] in ('D:', 'M:', 'Y:') and a[2:6] != yrs[0]: err(doc, span, 'year mismatch', a)
        if re.fullmatch(r'(in |since |by )?' + MRE, span) or re.fullmatch(MRE + "'s", span):
            mo = MON[re.search(MRE, span).group(1)]
            if not any(a.startswith('M:') and int(a[7:9]) == mo for a in alts): err(doc, span, 'month name without its M:', alts)
            print(f'   month {doc} {pub} {span!r} -> {alts[0]}')
        # relative forms from the publication or the speaker's day
        ref = D_(SPEAKER[(doc, span, occ)]) if (doc, span, occ) in SPEAKER else pub
        exp = rel_expect(doc, span, ref)
        if exp and alts[0] != exp and (doc, span, occ) not in CALC: err(doc, span, occ, 'relative form: expected', exp, 'got', alts[0])
        if re.fullmatch(r"(on |until |by |since )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)('s)?", span) and (doc, span, occ) not in CALC:
            d = Ds[0] if Ds else None
            if d is None or abs((d - ref).days) > 6: err(doc, span, occ, 'bare weekday not within six days', d)
            else: bare_table.append((doc, pub, span, (d - ref).days, body[max(0, s - 60):s]))
        if (doc, span, occ) in CALC:
            used_calc.add((doc, span, occ))
            if alts != CALC[(doc, span, occ)]: err(doc, span, occ, 'computed readings differ:', CALC[(doc, span, occ)], 'gold', alts)
        if doc in SOUTH and any(a.startswith('S:') for a in alts) and not alts[0].startswith('R:'): err(doc, span, 'southern season without R: first')
        if doc not in SOUTH and any(a.startswith('S:') for a in alts):
            k, a, b = score.reading([x for x in alts if x.startswith('S:')][0])
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
months_ = {p.month for p in pubs.values()}; wdays = {p.weekday() for p in pubs.values()}
print('\npublication years', sorted({p.year for p in pubs.values()}), 'per year', {y: sum(p.year == y for p in pubs.values()) for y in (2025, 2026, 2027)})
if len(months_) < 12: err('publication months missing', sorted(set(range(1, 13)) - months_))
if len(wdays) < 7: err('publication weekdays missing', [W[i] for i in sorted(set(range(7)) - wdays)])
if len(set(pubs.values())) != len(pubs): err('publication dates repeat')
if not all(2025 <= p.year <= 2027 for p in pubs.values()): err('publication year outside 2025-2027')

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
print('\nreadings checked', nread)
print('items', tot, 'neutral', sum(len(v) for v in gold.N.values()), 'decoys', sum(len(v) for v in gold.X.values()),
      'computed (CALC)', len(used_calc), 'errors', errs)
