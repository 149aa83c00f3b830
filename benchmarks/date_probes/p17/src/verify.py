# Checks gold.py against the built articles (written for p17, adapted from p16's verify.py): gold.py loads; every
# reading parses with p4's scorer and none repeats; every G, N and X span occurs in its article and none overlap;
# weekdays named in a span (also abbreviated: 'Wed.', 'Tue.') agree with its D: (or R: ends; the weekday of 'N years
# ago on Thursday' is the anniversary's, not the old day's); month/day and year agree with the span for month-first
# ('Sept. 30, 2025', 'Oct 21'), day-first ('14 March 1932'), numeric ('6/16', '7/3' month-first in the US stories;
# none day-first in G spans here), ordinal dates and for ranges ('from 5 to 11 May', 'Feb. 12 and 13', 'from Dec. 22
# to Jan. 2', 'March 17-18', 'the weekend of 10-11 January', 'Sept. 4 to 14'); relative phrases computed with datetime
# against the publication day (no quoted relative form here is dated by another day, so SPEAKER is empty): p13-p16's
# forms and p17's ('earlier this month' M: first, 'last April' and other 'last <month>' as the latest such month before
# the publication month, 'Forty years ago today', 'Eighty years ago on Thursday', '33 years ago', 'next Tuesday' said
# on a Tuesday); bare weekdays within six days of that day (printed for eyeballing, with their tense context); a table
# (CALC) of every holiday, feast of another calendar, counted day, fiscal period, quarter, season, decade, term and
# other computed reading, each worked out here from rules (western and Orthodox Easter by their computus, US, British,
# French, German and Canadian holidays by nth and last weekdays, the US general election, Hanukkah and Passover 5786
# from the Hebrew calendar, Ramadan and the Eids by Umm al-Qura, fiscal years ending in March, June and September,
# calendar quarters, day offsets) and compared with the gold's readings; bodies are 280-350 words; publication dates
# are distinct, lie in 2025-01 .. 2026-12 and cover every month and weekday, and the two Sunday papers fall on Sundays;
# then a synthetic run through p4's scorer giving every item its first reading must score 100%, a run that also claims
# every N and X span must count the N claims neither way and every X claim as a precision error, every reading (P:
# ones included) must be accepted for a claim of its own interval, score.py must run on an empty claims file, and
# src/tiny_out.json must score as one right claim, two wrong values, one decoy and one neutral.
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
US = {'a01', 'a02', 'a04', 'a05', 'a07', 'a08', 'a14', 'a16', 'a17', 'a21', 'a25'}   # US copy: numeric dates month-first
SOUTH = {'a18'}                                      # southern-hemisphere stories (Sydney)
SUNDAY_PAPERS = {'a16', 'a19'}
NUM = {'a': 1, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9,
       'ten': 10, 'eleven': 11, 'twelve': 12, 'twenty': 20, 'thirty': 30, 'forty': 40, 'fifty': 50, 'eighty': 80, 'hundred': 100, 'a hundred': 100}
errs = 0
def err(*a):
    global errs; errs += 1; print('ERROR', *a)
def wdn(name): return W.index(name) if name in W else WABB[name.rstrip('.')]
FEAST = r'(Good Friday|Easter (Sunday|Monday)|Ash Wednesday|Maundy Thursday|Holy Saturday|Whit Sunday)'
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
def orthodox_easter(y):     # Julian computus, moved to the Gregorian calendar (+13 days in 1900-2099)
    a = y % 4; b = y % 7; c = y % 19; d = (19 * c + 15) % 30; e = (2 * a + 4 * b - d + 34) % 7
    mo = (d + e + 114) // 31; da = (d + e + 114) % 31 + 1
    return dt.date(y, mo, da) + td(13)
def ethiopian(y, m, d):     # Ethiopian (Amete Mihret) date -> Gregorian, by the Julian day number
    jdn = 1724221 + 365 * (y - 1) + y // 4 + 30 * (m - 1) + d - 1
    return dt.date.fromordinal(jdn - 1721425)
def tail_end(y, m): return [f'IN:{mend(y, m) - td(9)}..{mend(y, m)}', f'MIN:{y}-{m:02d}']   # its last ten days
def end_of(y, m): return [f'MIN:{y}-{m:02d}', Dd(mend(y, m))]
def Q(y, q): return [f'Q:{y}-Q{q}', months(y, 3 * q - 2, y, 3 * q)]
def decade(y): return [f'DEC:{y}', f'RY:{y}..{y + 9}']
def early_decade(y): return [f'DEC:{y}', f'IN:{dt.date(y, 1, 1)}..{dt.date(y + 4, 12, 31)}']
def late_decade(y): return [f'IN:{dt.date(y + 5, 1, 1)}..{dt.date(y + 9, 12, 31)}', f'DEC:{y}']
def mid_decade(y): return [f'IN:{dt.date(y + 3, 1, 1)}..{dt.date(y + 7, 12, 31)}', f'DEC:{y}']
def century(n): return [f'RY:{100 * n - 99}..{100 * n}', f'RY:{100 * n - 100}..{100 * n - 1}']
def north(season, y):
    a, b = {'spring': (3, 5), 'summer': (6, 8), 'autumn': (9, 11)}[season]
    return [f'S:{season}-{y}', months(y, a, y, b)]
def south_winter(y): return [months(y, 6, y, 8), f'S:summer-{y}']           # June-August, the northern label
def south_summer(y): return [months(y, 12, y + 1, 2), f'S:winter-{y}']      # December-February
def holidays_R(a, b): return [R(a, b), f'IN:{a - td(1)}..{b + td(1)}']       # school holidays, IN: a day wider
def around(d): return [f'IN:{d - td(7)}..{d + td(7)}', f'P:D:{d}']
def fy_label(end_y, end_m, label): return [fy(end_y, end_m), f'P:Y:{label}']
def days3(a, b): return [R(a, b), Dd(a), Dd(b)]
def week_of(d): return [Wk(d), f'P:D:{d}']
def last_week_of(y, m): return [Wk(last_wd(y, m, 0)), f'IN:{mend(y, m) - td(6)}..{mend(y, m)}']
def nth_week(y, m, n): return [Wk(nth_wd(y, m, 0, n)), f'IN:{dt.date(y, m, 7 * n - 6)}..{dt.date(y, m, 7 * n)}']
p = D_
# ---- tables checked when the probe was written (holidays 0.109, convertdate 2.5.1 and hijridate 2.6.0, installed in a
#      scratch folder inside the probe and removed afterwards; verify.py needs none of them). Days a story fixes itself
#      (meeting calendars, fixtures, school terms, strike days, deadlines, a council's consultation) are taken from the story.
UQ = {(1447, 9, 1): p('2026-02-18'), (1447, 10, 1): p('2026-03-20'), (1446, 10, 1): p('2025-03-30'),
      (1447, 12, 10): p('2026-05-27')}                                   # hijridate (Umm al-Qura)
HEB = {('PESACH', 5786): p('2026-04-02'), ('27 NISAN', 5786): p('2026-04-14'), ('HANUKKAH', 5786): p('2025-12-15'),
       ('HANUKKAH', 5787): p('2026-12-05'), ('HANUKKAH', 5785): p('2024-12-26'), ('HANUKKAH', 5766): p('2005-12-26')}  # convertdate hebrew: 15 Nisan, 27 Nisan, 25 Kislev
def hanukkah(hy): d = HEB[('HANUKKAH', hy)]; return [R(d, d + td(7)), R(d - td(1), d + td(7))]   # eight days, or from the first evening
IN_DIWALI = {2025: p('2025-10-20')}                                                              # holidays IN
E = {y: easter(y) for y in (2025, 2026, 2027, 2028)}
OE = {y: orthodox_easter(y) for y in (2025, 2026, 2028)}
US_MEMORIAL = lambda y: last_wd(y, 5, 0); US_LABOR = lambda y: nth_wd(y, 9, 0, 1); US_PRESIDENTS = lambda y: nth_wd(y, 2, 0, 3)
US_ELECTION = lambda y: nth_wd(y, 11, 0, 1) + td(1)                  # the Tuesday after the first Monday of November
US_THANKSGIVING = lambda y: nth_wd(y, 11, 3, 4)
GB_EARLY_MAY = lambda y: nth_wd(y, 5, 0, 1); GB_SPRING_BH = lambda y: last_wd(y, 5, 0); GB_REMEMBRANCE = lambda y: nth_wd(y, 11, 6, 2)
FR_ASCENSION = lambda y: easter(y) + td(39)
CA_LABOUR = lambda y: nth_wd(y, 9, 0, 1)
DE_ROSENMONTAG = lambda y: easter(y) - td(48)
AU_EASTER_LONG = lambda y: (easter(y) - td(2), easter(y) + td(1))
JP_FY = lambda begin_y: R(dt.date(begin_y, 4, 1), dt.date(begin_y + 1, 3, 31))   # April-March, named by the year it begins
IN_FY = lambda end_y: R(dt.date(end_y - 1, 4, 1), dt.date(end_y, 3, 31))         # April-March, named by the year it ends
AU_FY = lambda end_y: R(dt.date(end_y - 1, 7, 1), dt.date(end_y, 6, 30))         # July-June, named by the year it ends
US_FED_FY = lambda end_y: R(dt.date(end_y - 1, 10, 1), dt.date(end_y, 9, 30))    # October-September
def rng2(a, b): return [R(a, b), Dd(a), Dd(b)]                                   # a two-day meeting and its days
def fq(y, q): return Q(y, q)                                                      # a fiscal quarter that is a calendar quarter: Q: then R:
def fq_r(y, q): return Q(y, q)[::-1]                                              # ... R: then Q:
def same_q_back(y, q): return [Q(y - 1, q)[1], Q(y - 1, q)[0], f'Y:{y - 1}']     # 'a year earlier' beside a quarter
def early(y): return [f'YIN:{y}', f'IN:{dt.date(y, 1, 1)}..{dt.date(y, 4, 30)}']
def late(y): return [f'YIN:{y}', f'IN:{dt.date(y, 7, 1)}..{dt.date(y, 12, 31)}']
def earlier_this_month(ref): return [f'M:{ref:%Y-%m}', f'IN:{ref.replace(day=1)}..{ref - td(1)}']
def last_month_named(ref, m): return f'M:{ref.year - (m >= ref.month)}-{m:02d}'   # 'last April': the latest April before this month
def north_north(season, y): return north(season, y)
LEEDS = dict(aut=(p('2026-09-03'), p('2026-12-18')), ht1=(p('2026-10-26'), p('2026-10-30')), spr=(p('2027-01-04'), p('2027-03-25')),
             ht2=(p('2027-02-15'), p('2027-02-19')), smr=(p('2027-04-12'), p('2027-07-21')))     # the story's 2026-27 calendar
FOMC26 = [(p('2026-03-17'), p('2026-03-18')), (p('2026-04-28'), p('2026-04-29')), (p('2026-06-16'), p('2026-06-17')),
          (p('2026-07-28'), p('2026-07-29')), (p('2026-09-15'), p('2026-09-16')), (p('2026-12-08'), p('2026-12-09'))]  # the story's calendar
WC26 = dict(first=p('2026-06-11'), final=p('2026-07-19'), kc=[p('2026-06-16'), p('2026-06-20'), p('2026-06-25'), p('2026-06-27'), p('2026-07-03'), p('2026-07-11')])
CALC = {
 # a01 Seattle, pub Thu 2026-01-29: a fiscal year ending June 30, named by the year it ends
 ('a01', 'its fiscal second quarter', 1): fq(2025, 4), ('a01', 'the three months ended Dec. 31', 1): fq_r(2025, 4) + ['P:D:2025-12-31'],
 ('a01', 'the week before Christmas', 1): [R(p('2025-12-25') - td(7), p('2025-12-25') - td(1)), Wk(p('2025-12-25') - td(7))],
 ('a01', 'a year earlier', 1): same_q_back(2025, 4), ('a01', 'fiscal 2026', 1): fy_label(2026, 6, 2026),
 ('a01', 'the third quarter', 1): fq(2026, 1), ('a01', 'Q3', 1): fq(2026, 1), ('a01', 'the fiscal third quarter', 1): fq(2026, 1),
 ('a01', '2019-21', 1): ['RY:2019..2021', 'Y:2019', 'Y:2021'], ('a01', 'late 2027', 1): late(2027),
 ('a01', 'the first half of next year', 1): ['H:2027-H1', 'P:Y:2027'], ('a01', 'fiscal 2027', 1): fy_label(2027, 6, 2027),
 ('a01', 'July 1', 1): [Dd(p('2026-07-01'))], ('a01', 'last April', 1): [last_month_named(p('2026-01-29'), 4)],
 ('a01', 'last January', 1): [last_month_named(p('2026-01-29'), 1)], ('a01', 'earlier this month', 1): earlier_this_month(p('2026-01-29')),
 ('a01', 'the week of April 27', 1): week_of(p('2026-04-27')), ('a01', 'mid-March', 1): ['MIN:2026-03'],
 # a02 Alexandria, pub Tue 2026-02-24: a trial moved, Presidents Day and Memorial Day
 ('a02', 'the week of April 20', 1): week_of(p('2026-04-20')), ('a02', 'Monday, April 20', 1): [Dd(p('2026-04-20'))],
 ('a02', 'Memorial Day', 1): [Dd(US_MEMORIAL(2026))], ('a02', 'Feb. 16', 1): [Dd(US_PRESIDENTS(2026))],
 ('a02', 'earlier this month', 1): earlier_this_month(p('2026-02-24')), ('a02', 'last spring', 1): north('spring', 2025),
 ('a02', 'last October', 1): [last_month_named(p('2026-02-24'), 10)], ('a02', 'between 2019 and 2022', 1): ['RY:2019..2022', 'Y:2019', 'Y:2022'],
 ('a02', 'Feb. 12 and 13', 1): days3(p('2026-02-12'), p('2026-02-13')),
 # a03 Manchester, pub Fri 2025-12-19: festive fixtures
 ('a03', 'Boxing Day', 1): ['D:2025-12-26'], ('a03', 'Boxing Day', 2): ['D:2025-12-26'], ("a03", "New Year's Day", 1): ['D:2026-01-01'],
 ('a03', 'Christmas Day', 1): ['D:2025-12-25'], ('a03', 'last April', 1): [last_month_named(p('2025-12-19'), 4)],
 ('a03', 'the weekend of 10-11 January', 1): days3(nth_wd(2026, 1, 5, 2), nth_wd(2026, 1, 6, 2)),
 ('a03', 'mid-January', 1): ['MIN:2026-01'], ('a03', '2019-20', 1): ['RY:2019..2020', 'P:Y:2019'], ('a03', 'the new year', 2): ['YIN:2026'],
 ("a03", "Next season's", 1): ['RY:2026..2027', 'P:Y:2026'], ('a03', 'late June', 1): ['MIN:2026-06'],
 ('a03', 'last weekend', 1): [wknd(previous(p('2025-12-19'), 5))],
 # a04 Des Moines, pub Wed 2026-09-16: the general election on the Tuesday after the first Monday of November
 ('a04', 'Nov. 3', 1): [Dd(US_ELECTION(2026))], ('a04', 'election day', 1): [Dd(US_ELECTION(2026))], ('a04', 'Election Day', 1): [Dd(US_ELECTION(2026))],
 ('a04', 'election night', 1): [Dd(US_ELECTION(2026))], ('a04', 'Oct. 14', 1): [Dd(US_ELECTION(2026) - td(20))],
 ('a04', 'Oct. 14', 2): [Dd(US_ELECTION(2026) - td(20))], ('a04', 'Oct. 24', 1): [Dd(previous(US_ELECTION(2026), 5) - td(7))],
 ('a04', 'Oct. 31', 1): [Dd(previous(US_ELECTION(2026), 5))], ('a04', 'the week of Oct. 12', 1): week_of(p('2026-10-12')),
 ('a04', 'June 2', 1): [Dd(nth_wd(2026, 6, 0, 1) + td(1))], ('a04', 'last spring', 1): north('spring', 2026),
 ('a04', 'from Nov. 12 to Nov. 19', 1): days3(p('2024-11-12'), p('2024-11-19')), ('a04', 'a Monday', 1): ['D:2026-10-19'],
 # a05 Phoenix, pub Mon 2025-07-28: an extreme heat warning and the monsoon season
 ('a05', 'the weekend', 1): [wknd(coming(p('2025-07-28'), 5))], ('a05', 'the week of Aug. 4', 1): week_of(p('2025-08-04')),
 ("a05", "This year's monsoon season", 1): [R('2025-06-15', '2025-09-30')], ('a05', 'from June 15 to Sept. 30', 1): days3(p('2025-06-15'), p('2025-09-30')),
 ('a05', 'Earlier this month', 1): earlier_this_month(p('2025-07-28')), ('a05', 'Last July', 1): [last_month_named(p('2025-07-28'), 7)],
 ('a05', 'Labor Day', 1): [Dd(US_LABOR(2025))], ('a05', 'mid-August', 1): ['MIN:2025-08'], ('a05', 'early September', 1): ['MIN:2025-09'],
 ('a05', 'last summer', 1): north('summer', 2024), ("a05", "Sunday's", 1): ['D:2025-07-27'],
 ('a05', 'Tue.', 1): [Dd(coming(p('2025-07-28'), 1))], ('a05', 'Wed.', 1): [Dd(coming(p('2025-07-28'), 2))],
 ('a05', 'Thu.', 1): [Dd(coming(p('2025-07-28'), 3))], ('a05', 'Fri.', 1): [Dd(coming(p('2025-07-28'), 4))],
 # a06 Paris, pub Tue 2025-04-29: rail strikes over the May bridges
 ('a06', '8 May', 1): ['D:2025-05-08'], ('a06', 'the Victory Day bridge', 1): [R(p('2025-05-08'), p('2025-05-11')), 'P:D:2025-05-08'],
 ('a06', 'Friday 9 May', 1): [Dd(p('2025-05-08') + td(1))], ('a06', 'a four-day weekend', 1): [R(p('2025-05-08'), p('2025-05-11')), 'P:D:2025-05-08'],
 ('a06', 'the Ascension weekend', 1): [R(FR_ASCENSION(2025), FR_ASCENSION(2025) + td(3)), f'P:D:{FR_ASCENSION(2025)}'],
 ('a06', 'from Thursday 29 May to Sunday 1 June', 1): days3(FR_ASCENSION(2025), FR_ASCENSION(2025) + td(3)),
 ('a06', 'from 5 to 11 May', 1): days3(p('2025-05-05'), p('2025-05-11')), ('a06', 'Thursday', 2): ['D:2025-05-01'],
 ('a06', 'mid-February', 1): ['MIN:2024-02'], ('a06', 'the week of 2 June', 1): week_of(p('2025-06-02')), ('a06', 'this spring', 1): north('spring', 2025),
 # a07 Washington, pub Fri 2025-11-14: a heater recall
 ('a07', 'from September 2023 through October 2025', 1): [months(2023, 9, 2025, 10), 'M:2023-09', 'M:2025-10'],
 ('a07', 'last April', 1): [last_month_named(p('2025-11-14'), 4)], ('a07', 'earlier this month', 1): earlier_this_month(p('2025-11-14')),
 ('a07', 'this summer', 1): north('summer', 2025), ('a07', 'the week of Dec. 8', 1): week_of(p('2025-12-08')),
 ('a07', '2019-20', 1): ['RY:2019..2020', 'Y:2019', 'Y:2020'], ('a07', 'early 2026', 1): early(2026), ('a07', 'last Christmas', 1): ['D:2024-12-25'],
 # a08 Washington, pub Wed 2026-03-18: the Fed's calendar as the story gives it
 ('a08', 'March 17-18', 1): rng2(*FOMC26[0]), ('a08', 'April 28-29', 1): rng2(*FOMC26[1]),
 ('a08', 'the June meeting', 1): [R(*FOMC26[2]), 'M:2026-06'], ('a08', 'July 28-29', 1): rng2(*FOMC26[3]),
 ('a08', 'Sept. 15-16', 1): rng2(*FOMC26[4]), ('a08', 'Dec. 9', 1): [Dd(FOMC26[5][1])],
 ('a08', 'late 2027', 1): late(2027), ('a08', 'the 12 months to February', 1): [months(2025, 3, 2026, 2), 'P:M:2026-02'],
 ('a08', 'a year earlier', 1): [months(2024, 3, 2025, 2), 'M:2025-02', 'Y:2025'], ('a08', 'the fourth quarter', 1): Q(2025, 4), ('a08', 'the first quarter', 1): Q(2026, 1),
 ('a08', 'earlier this month', 1): earlier_this_month(p('2026-03-18')), ('a08', 'early May', 1): ['MIN:2026-05'],
 ('a08', 'mid-December', 1): ['MIN:2025-12'], ('a08', 'the first half of next year', 1): ['H:2027-H1', 'P:Y:2027'],
 ('a08', 'April 8', 1): [Dd(FOMC26[0][1] + td(21))],
 # a09 Edinburgh, pub Tue 2025-06-10: an obituary
 ('a09', 'the summer of 1956', 1): north('summer', 1956), ('a09', 'the 1960s', 1): decade(1960), ('a09', 'the early 1990s', 1): early_decade(1990),
 ('a09', 'From 1979 to 1986', 1): ['RY:1979..1986', 'Y:1979', 'Y:1986'], ('a09', 'her 88th birthday', 1): [Dd(p('1932-03-14').replace(year=1932 + 88))],
 ('a09', 'a Tuesday', 1): ['D:1971-10-12'],
 # a10 Dover, pub Sat 2025-05-03: VE Day 80
 ('a10', 'Eighty years ago on Thursday', 1): [Dd(years_back(coming(p('2025-05-03'), 3), 80)), 'Y:1945'],
 ('a10', 'the following day', 1): [Dd(p('1945-05-07') + td(1))], ('a10', 'Monday 5 May', 1): [Dd(GB_EARLY_MAY(2025))],
 ('a10', 'Remembrance Sunday', 1): [Dd(GB_REMEMBRANCE(2025))], ('a10', '9 November', 1): [Dd(GB_REMEMBRANCE(2025))],
 ('a10', 'from 1940 to 1944', 1): ['RY:1940..1944', 'Y:1940', 'Y:1944'],
 # a11 London, pub Mon 2026-03-16: Eid al-Fitr by Umm al-Qura or a British sighting
 ('a11', 'Wednesday 18 February', 1): [Dd(UQ[(1447, 9, 1)])], ('a11', 'the 29th of Ramadan', 1): [Dd(UQ[(1447, 9, 1)] + td(1) + td(28))],
 ('a11', 'Friday', 1): [Dd(UQ[(1447, 10, 1)])], ('a11', 'Saturday 21 March', 1): [Dd(UQ[(1447, 10, 1)] + td(1))],
 ('a11', '30 March', 2): [Dd(UQ[(1446, 10, 1)])], ('a11', 'a Sunday', 1): [Dd(UQ[(1446, 10, 1)])],
 ('a11', 'around 27 May', 1): around(UQ[(1447, 12, 10)]), ('a11', '25 May', 1): [Dd(GB_SPRING_BH(2026))],
 ('a11', 'the half-term holiday', 1): holidays_R(GB_SPRING_BH(2026), GB_SPRING_BH(2026) + td(4)),
 ('a11', 'Easter holidays', 1): holidays_R(p('2026-03-30'), p('2026-04-10')), ('a11', 'from 30 March to 10 April', 1): days3(p('2026-03-30'), p('2026-04-10')),
 ('a11', 'the following day', 1): [Dd(UQ[(1447, 10, 1)] + td(1))],
 # a12 Mumbai, pub Fri 2025-10-17: Diwali and the Muhurat session
 ('a12', 'Diwali', 2): [Dd(IN_DIWALI[2025])], ('a12', 'Monday', 1): [Dd(IN_DIWALI[2025])], ('a12', 'Tuesday, Oct 21', 1): [Dd(IN_DIWALI[2025] + td(1))],
 ('a12', 'the weekend', 1): [wknd(coming(p('2025-10-17'), 5))], ('a12', 'this weekend', 1): [wknd(coming(p('2025-10-17'), 5))],
 ('a12', 'the quarter ended Sept 30', 1): Q(2025, 3) + ['P:D:2025-09-30'], ('a12', 'Q2 FY26', 1): Q(2025, 3),
 ('a12', 'a year earlier', 1): Q(2024, 3) + ['Y:2024'], ('a12', 'from Dec 3 to 5', 1): days3(p('2025-12-03'), p('2025-12-05')),
 ('a12', 'earlier this month', 1): earlier_this_month(p('2025-10-17')), ('a12', 'the day', 2): [Dd(IN_DIWALI[2025] + td(1))],
 ('a12', 'last Diwali', 1): ['D:2024-10-31', 'D:2024-11-01'],
 # a13 Jerusalem, pub Wed 2026-04-01: Passover 5786 (seven days in Israel) and both Easters
 ('a13', 'Passover', 1): [R(HEB[('PESACH', 5786)], HEB[('PESACH', 5786)] + td(6)), R(HEB[('PESACH', 5786)] - td(1), HEB[('PESACH', 5786)] + td(6))],
 ('a13', 'the festival', 1): [R(HEB[('PESACH', 5786)], HEB[('PESACH', 5786)] + td(6)), R(HEB[('PESACH', 5786)] - td(1), HEB[('PESACH', 5786)] + td(6))],
 ('a13', 'tonight', 1): [Dd(HEB[('PESACH', 5786)] - td(1))], ('a13', 'Good Friday', 1): [Dd(E[2026] - td(2))], ('a13', 'Friday', 2): [Dd(E[2026] - td(2))],
 ('a13', 'Easter Sunday', 1): [Dd(E[2026])], ('a13', 'Palm Sunday', 1): [Dd(E[2026] - td(7))], ('a13', 'April 12', 1): [Dd(OE[2026])],
 ('a13', 'Saturday, April 11', 1): [Dd(OE[2026] - td(1))], ('a13', 'April 20', 1): [Dd(E[2025])], ('a13', '2028', 1): [f'Y:{[y for y in (2028,) if E[y] == OE[y]][0]}'],
 ('a13', 'Wednesday, April 8', 1): [Dd(HEB[('PESACH', 5786)] + td(6))], ('a13', 'the week of April 6', 1): week_of(p('2026-04-06')),
 ('a13', 'the first half of April', 1): [R('2026-04-01', '2026-04-15'), 'MIN:2026-04'],
 ('a13', 'Tuesday, April 14', 1): [Dd(HEB[('27 NISAN', 5786)])], ('a13', '27 Nisan', 1): [Dd(HEB[('27 NISAN', 5786)])],
 # a14 Chicago, pub Thu 2025-12-11: Hanukkah 5786 from the evening of Dec. 14
 ('a14', 'Hanukkah 2025', 1): hanukkah(5786), ('a14', 'the festival', 1): hanukkah(5786), ('a14', 'Hanukkah 2026', 1): hanukkah(5787),
 ('a14', 'the first night of Hanukkah', 1): [Dd(HEB[('HANUKKAH', 5786)] - td(1))], ('a14', 'Sunday, Dec. 14', 1): [Dd(HEB[('HANUKKAH', 5786)] - td(1))],
 ('a14', 'Monday, Dec. 22', 1): [Dd(HEB[('HANUKKAH', 5786)] + td(7))], ('a14', 'three days before Christmas', 1): [Dd(p('2025-12-25') - td(3))],
 ('a14', 'Christmas Day', 1): [Dd(HEB[('HANUKKAH', 5785)] - td(1))], ('a14', '2005', 1): [f"Y:{HEB[('HANUKKAH', 5766)].year}"],
 ('a14', 'the fifth night', 1): [Dd(HEB[('HANUKKAH', 5786)] - td(1) + td(4))], ('a14', 'Thursday, Dec. 18', 1): [Dd(HEB[('HANUKKAH', 5786)] + td(3))],
 ('a14', 'the sixth night', 1): [Dd(HEB[('HANUKKAH', 5786)] - td(1) + td(5))], ('a14', 'the eighth night', 1): [Dd(HEB[('HANUKKAH', 5786)] - td(1) + td(7))],
 ('a14', 'Friday, Dec. 4', 1): [Dd(HEB[('HANUKKAH', 5787)] - td(1))],
 ('a14', 'from Dec. 22 to Jan. 2', 1): days3(p('2025-12-22'), p('2026-01-02')), ('a14', 'from Dec. 26 to Jan. 1', 1): days3(p('2025-12-26'), p('2026-01-01')),
 # a15 Leeds, pub Sat 2026-01-24: the 2026-27 term dates as the council set them
 ('a15', 'the 2026-27 school year', 1): [R(LEEDS['aut'][0], LEEDS['smr'][1]), 'RY:2026..2027', 'IN:2026-08-01..2027-07-31', 'P:Y:2026'],
 ('a15', 'The autumn term', 1): [R(*LEEDS['aut'])], ('a15', 'half-term', 1): holidays_R(*LEEDS['ht1']),
 ('a15', 'from 26 to 30 October', 1): days3(*LEEDS['ht1']), ('a15', 'The spring term', 1): [R(*LEEDS['spr'])],
 ('a15', 'the February break', 1): holidays_R(*LEEDS['ht2']), ('a15', 'the week of 15 February', 1): week_of(LEEDS['ht2'][0]),
 ('a15', 'Thursday 25 March', 1): [Dd(E[2027] - td(3))], ('a15', 'the day before Good Friday', 1): [Dd(E[2027] - td(3))],
 ('a15', 'Monday 12 April', 1): [Dd(LEEDS['smr'][0])], ('a15', 'The summer term', 1): [R(*LEEDS['smr'])],
 ('a15', 'from 3 to 28 November', 1): days3(p('2025-11-03'), p('2025-11-28')), ('a15', 'late August', 1): ['MIN:2026-08'],
 ('a15', 'the week of 10 May', 1): week_of(p('2027-05-10')), ('a15', '3 May', 1): [Dd(GB_EARLY_MAY(2027))],
 ('a15', 'next summer', 1): north('summer', 2026), ('a15', 'last August', 1): [last_month_named(p('2026-01-24'), 8)],
 ('a15', 'between September and December', 1): [months(2025, 9, 2025, 12), 'M:2025-09', 'M:2025-12'],
 ('a15', '2026-27', 2): ['RY:2026..2027', 'P:Y:2026'], ('a15', 'mid-February', 1): ['MIN:2026-02'], ('a15', '2027-28', 1): ['RY:2027..2028', 'P:Y:2027'],
 ('a15', 'next January', 1): ['M:2027-01'], ("a15", "this year's February half-term", 1): holidays_R(p('2026-02-23') - td(7), p('2026-02-23') - td(3)),
 # a16 Charlotte, a Sunday paper, pub Sun 2026-03-29: Tax Day and the estimated-tax installments
 ('a16', 'Wednesday, April 15', 1): ['D:2026-04-15'], ('a16', 'April 15', 2): ['D:2026-04-15'], ('a16', 'Oct. 15', 1): ['D:2026-10-15'],
 ('a16', 'this spring', 1): north('spring', 2026), ('a16', 'Tax Day', 1): ['D:2020-04-15', 'D:2020-07-15'], ('a16', 'mid-April', 1): ['MIN:2026-04'],
 ('a16', 'Easter weekend', 1): [R(E[2026] - td(1), E[2026]), R(E[2026] - td(2), E[2026]), f'P:D:{E[2026]}'],
 ('a16', 'the week of April 13', 1): week_of(p('2026-04-13')),
 # a17 Kansas City, pub Tue 2026-06-09: World Cup fixtures in month-first numeric dates
 ('a17', 'Thursday', 1): [Dd(WC26['first'])], ('a17', 'Thursday', 2): [Dd(WC26['first'])], ('a17', 'next Tuesday', 1): [Dd(WC26['kc'][0])],
 ('a17', '6/16', 1): [Dd(WC26['kc'][0])], ('a17', '6/20', 1): [Dd(WC26['kc'][1])], ('a17', '6/20', 2): [Dd(WC26['kc'][1])],
 ('a17', '6/25', 1): [Dd(WC26['kc'][2])], ('a17', '6/27', 1): [Dd(WC26['kc'][3])], ('a17', '7/3', 1): [Dd(WC26['kc'][4])],
 ('a17', '7/11', 1): [Dd(WC26['kc'][5])], ('a17', 'a Saturday', 1): [Dd(WC26['kc'][5])],
 ('a17', 'from June 11 to July 19', 1): days3(WC26['first'], WC26['final']), ('a17', 'July 19', 2): [Dd(WC26['final'])],
 ('a17', 'the Fourth of July weekend', 1): [R(p('2026-07-03'), p('2026-07-05')), 'P:D:2026-07-04'],
 ('a17', 'the week of June 15', 1): week_of(p('2026-06-15')), ('a17', 'earlier this month', 1): earlier_this_month(p('2026-06-09')),
 ('a17', 'mid-July', 1): ['MIN:2026-07'], ('a17', 'last fall', 1): north('autumn', 2025),
 # a18 Sydney, pub Thu 2026-02-19: a July-June financial year in a southern summer
 ('a18', 'the half-year ended 31 December', 1): [R('2025-07-01', '2025-12-31'), 'H:2025-H2', 'P:D:2025-12-31'],
 ('a18', 'summer', 1): south_summer(2025), ('a18', 'a year earlier', 1): [R('2024-07-01', '2024-12-31'), 'H:2024-H2', 'Y:2024'],
 ('a18', 'the 2019-20 year', 1): [AU_FY(2020), 'RY:2019..2020', 'P:Y:2020'], ('a18', 'the second half', 1): [R('2026-01-01', '2026-06-30'), 'H:2026-H1'],
 ('a18', 'FY26', 1): [AU_FY(2026), 'P:Y:2026'], ('a18', 'the 2027 financial year', 1): [AU_FY(2027), 'P:Y:2027'], ('a18', '1 July', 1): ['D:2026-07-01'],
 ('a18', 'the Easter long weekend', 1): [R(*AU_EASTER_LONG(2026)), f'P:D:{E[2026]}'], ('a18', 'from 3 to 6 April', 1): days3(*AU_EASTER_LONG(2026)),
 ('a18', 'the December quarter', 1): Q(2025, 4), ('a18', 'the September quarter', 1): Q(2025, 3),
 ('a18', 'the first half of next year', 1): ['H:2027-H1', 'P:Y:2027'], ('a18', 'last winter', 1): south_winter(2025),
 ('a18', 'late October', 1): ['MIN:2025-10'], ('a18', 'late October', 2): ['MIN:2026-10'], ('a18', 'this decade', 1): decade(2020),
 ('a18', 'the six months', 1): [R('2025-07-01', '2025-12-31')],
 # a19 Toronto, a Sunday paper, pub Sun 2025-08-31: a transit strike notice over Labour Day
 ('a19', 'tomorrow', 1): [Dd(CA_LABOUR(2025))], ('a19', 'tomorrow', 2): [Dd(CA_LABOUR(2025))], ('a19', 'Tuesday', 1): [Dd(CA_LABOUR(2025) + td(1))],
 ('a19', 'the first day of school', 1): [Dd(CA_LABOUR(2025) + td(1))], ('a19', 'Wednesday', 1): [Dd(CA_LABOUR(2025) + td(2))],
 ('a19', 'earlier this month', 1): earlier_this_month(p('2025-08-31')), ('a19', 'the fall of 2009', 1): north('autumn', 2009),
 ('a19', 'from 2025 to 2028', 1): ['RY:2025..2028', 'Y:2025', 'Y:2028'], ('a19', 'Sept. 4 to 14', 1): days3(p('2025-09-04'), p('2025-09-14')),
 ('a19', 'the end of 2028', 1): ['D:2028-12-31', 'M:2028-12', 'Y:2028'],
 # a20 Mumbai, pub Fri 2025-12-05: the RBI's April-March year
 ('a20', 'FY26', 1): [IN_FY(2026), 'P:Y:2026'], ('a20', 'the July-September quarter', 1): Q(2025, 3), ('a20', 'Q3 FY26', 1): Q(2025, 4),
 ('a20', 'Q4', 1): Q(2026, 1), ('a20', 'the year to March', 1): [IN_FY(2026), 'P:Y:2026', 'P:M:2026-03'],
 ('a20', 'the first half of FY27', 1): [R('2026-04-01', '2026-09-30')], ('a20', 'the rest of the financial year', 1): [R(p('2025-12-05'), p('2026-03-31'))],
 ('a20', 'next summer', 1): north('summer', 2026), ('a20', 'later this month', 1): ['IN:2025-12-05..2025-12-31', 'M:2025-12'],
 ('a20', 'from Feb 4 to 6', 1): days3(p('2026-02-04'), p('2026-02-06')), ('a20', '2026-27', 1): [IN_FY(2027), 'RY:2026..2027', 'P:Y:2027'],
 ('a20', 'a Sunday', 1): ['D:2026-02-01'], ('a20', 'the middle of next year', 1): ['YIN:2026'],
 # a21 Miami, pub Thu 2025-05-22: the hurricane season outlook
 ("a21", "This year's season", 1): [R('2025-06-01', '2025-11-30')], ('a21', 'mid-September', 1): ['MIN:2025-09'], ('a21', 'early August', 1): ['MIN:2025-08'],
 ('a21', 'the Memorial Day weekend', 1): [R(US_MEMORIAL(2025) - td(2), US_MEMORIAL(2025)), f'P:D:{US_MEMORIAL(2025)}'],
 ('a21', 'from May 4 to 10', 1): days3(p('2025-05-04'), p('2025-05-10')), ('a21', 'early May', 1): ['MIN:2025-05'],
 # a22 Berlin, pub Mon 2025-02-24: the snap election and the calendar after it
 ('a22', 'Easter', 1): [Dd(E[2025])], ('a22', '25 March', 1): [Dd(p('2025-02-23') + td(30))], ('a22', '3 March', 1): [Dd(DE_ROSENMONTAG(2025))],
 ('a22', 'Sunday', 2): [Dd(coming(p('2025-02-24'), 6))], ('a22', 'mid-April', 1): ['MIN:2025-04'], ('a22', '2017-18', 1): ['RY:2017..2018', 'Y:2017', 'Y:2018'],
 ('a22', 'the end of the year', 1): ['D:2025-12-31', 'M:2025-12', 'Y:2025'], ('a22', 'Election night', 1): ['D:2025-02-23'],
 # a23 Brussels, pub Thu 2025-10-09: a national strike day and the autumn holidays
 ('a23', 'from 24 to 26 November', 1): days3(p('2025-11-24'), p('2025-11-26')), ('a23', 'before Christmas', 1): ['IN:2025-10-09..2025-12-24', 'P:D:2025-12-25'],
 ('a23', 'the autumn holidays', 1): holidays_R(p('2025-10-20'), p('2025-10-31')), ('a23', 'from 20 to 31 October', 1): days3(p('2025-10-20'), p('2025-10-31')),
 ('a23', 'the week of 27 October', 1): week_of(p('2025-10-27')), ('a23', 'last summer', 1): north('summer', 2025), ('a23', 'early 2026', 1): early(2026),
 # a24 Tokyo, pub Wed 2025-08-06: an April-March year named by the year it begins
 ('a24', 'the April-June quarter', 1): Q(2025, 2), ('a24', 'its fiscal first quarter', 1): Q(2025, 2), ('a24', 'the quarter', 1): Q(2025, 2),
 ('a24', 'a year earlier', 1): Q(2024, 2) + ['Y:2024'], ('a24', 'a year before', 1): Q(2024, 2) + ['Y:2024'],
 ('a24', 'the year ending March 31, 2026', 1): [JP_FY(2025), 'P:Y:2025', 'P:D:2026-03-31'], ('a24', 'fiscal 2025', 1): [JP_FY(2025), 'P:Y:2025'],
 ('a24', 'Fiscal 2024', 1): [JP_FY(2024), 'P:Y:2024'], ('a24', 'fiscal 2030', 1): [JP_FY(2030), 'P:Y:2030'],
 ('a24', 'the July-September quarter', 1): Q(2025, 3), ('a24', 'from Aug. 13 to 16', 1): days3(p('2025-08-13'), p('2025-08-16')),
 ('a24', 'late September', 1): ['MIN:2025-09'], ('a24', 'from Oct. 30 to Nov. 9', 1): days3(p('2025-10-30'), p('2025-11-09')),
 ('a24', 'January', 1): ['M:2026-01'],
 # a25 Cape Canaveral, pub Wed 2026-01-28: Challenger forty years on
 ('a25', 'tomorrow', 1): [Dd(last_wd(2026, 1, 3))], ('a25', 'the night before', 1): [Dd(p('1986-01-28') - td(1))],
 ('a25', 'the fall of 1985', 1): north('autumn', 1985), ('a25', 'fiscal 2026', 1): [US_FED_FY(2026), 'P:Y:2026'],
 ('a25', 'the 1980s', 1): decade(1980), ('a25', 'Sept. 29, 1988', 1): ['D:1988-09-29'],
}
# checks of the rules against days fixed by law or by the tables above
assert E[2025] == OE[2025] == p('2025-04-20') and E[2026] == p('2026-04-05') and OE[2026] == p('2026-04-12') and E[2028] == OE[2028]
assert US_ELECTION(2026) == p('2026-11-03') and US_MEMORIAL(2026) == p('2026-05-25') and US_PRESIDENTS(2026) == p('2026-02-16')
assert FR_ASCENSION(2025) == p('2025-05-29') and DE_ROSENMONTAG(2025) == p('2025-03-03') and GB_EARLY_MAY(2025) == p('2025-05-05')
assert GB_SPRING_BH(2026) == p('2026-05-25') and GB_REMEMBRANCE(2025) == p('2025-11-09') and CA_LABOUR(2025) == p('2025-09-01')
assert last_wd(2026, 1, 3) == p('2026-01-29') and E[2027] - td(2) == p('2027-03-26') and US_LABOR(2025) == p('2025-09-01')
assert HEB[('HANUKKAH', 5786)] + td(7) == p('2025-12-22') and UQ[(1447, 10, 1)] - UQ[(1447, 9, 1)] == td(30)
# quoted speech and reported days resolved against the day they were spoken (doc, span, occurrence) -> that day
SPEAKER = {}
ISO = r'\b(\d{3,4})[/-](\d{1,2})[/-](\d{1,2})\b'     # year first: ISO, '2025/6/2', and the Republic of China's '114/06/02'
def numeric_dates(doc, span):
    """-> [(y or None, m, d)] for numeric, year-first and dotted dates in the span"""
    out = []
    for m in re.finditer(ISO, span):
        y = int(m.group(1)); out.append((y + 1911 if y < 1000 else y, int(m.group(2)), int(m.group(3))))
    rest = re.sub(ISO, ' ', span)
    for m in re.finditer(r'\b(\d{1,2})\.(\d{2})\.(\d{4})\b', rest):
        out.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in re.finditer(r'\b(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b', rest):
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


WDS = r'(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
NUMRE = r'(\d+|a hundred|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|eighty|hundred)'
def num(s): return int(s) if s.isdigit() else NUM[s]
def wdi(s): return W.index(s.capitalize())
def last_weekend_sat(ref):   # the last whole Saturday-Sunday before the publication day's own weekend
    if ref.weekday() == 5: return ref - td(7)
    if ref.weekday() == 6: return ref - td(8)
    return previous(ref, 5)

def rel_expect(doc, span, ref):
    """readings the gold must list first for the common relative forms, counted from ref (publication or speaker)"""
    s = span.lower()
    if s.endswith("'s"): s = s[:-2]
    sun = ref.weekday() == 6
    simple = {'yesterday': Dd(ref - td(1)), 'today': Dd(ref), 'tonight': Dd(ref), 'this morning': Dd(ref),
              'this evening': Dd(ref), 'last night': Dd(ref - td(1)), 'tomorrow': Dd(ref + td(1)),
              'the day after tomorrow': Dd(ref + td(2)), 'the day before yesterday': Dd(ref - td(2)),
              'last year': f'Y:{ref.year - 1}', 'this year': f'Y:{ref.year}', 'next year': f'Y:{ref.year + 1}',
              'a year ago': f'Y:{ref.year - 1}', 'a decade ago': f'Y:{ref.year - 10}',
              'last month': f'M:{(ref.replace(day=1) - td(1)):%Y-%m}', 'this month': f'M:{ref:%Y-%m}',
              'next month': f'M:{(ref.replace(day=28) + td(4)):%Y-%m}', 'this week': Wk(ref),
              'next week': Wk(ref + td(7)) if not sun else Wk(ref + td(1)),
              'the coming week': Wk(ref + td(7)) if not sun else Wk(ref + td(1)),
              'the week after next': Wk(ref + td(14)) if not sun else Wk(ref + td(8)),
              'last week': Wk(ref - td(7)) if not sun else Wk(ref),
              'a week today': Dd(ref + td(7)), 'this day week': Dd(ref + td(7)), 'a fortnight today': Dd(ref + td(14)),
              'this day fortnight': Dd(ref + td(14)), 'a week tomorrow': Dd(ref + td(8)),
              'a week from yesterday': Dd(ref + td(6)), 'a week from tomorrow': Dd(ref + td(8)),
              'a week ago today': Dd(ref - td(7)), 'a fortnight ago': Dd(ref - td(14)),
              'a month from today': Dd(min((ref.replace(day=1) + td(32)).replace(day=1) + td(ref.day - 1), mend(*((ref.replace(day=1) + td(32)).year, (ref.replace(day=1) + td(32)).month)))),
              'this time last year': Dd(years_back(ref, 1)),
              'last weekend': wknd(last_weekend_sat(ref)), 'the weekend before last': wknd(last_weekend_sat(ref) - td(7)),
              'the turn of the year': (lambda y: f'IN:{dt.date(y, 12, 1)}..{dt.date(y + 1, 1, 31)}')(ref.year if ref.month >= 7 else ref.year - 1),
              'a year ago this week': Wk(years_back(ref, 1)),
              'half a century ago this month': f'M:{years_back(ref, 50):%Y-%m}',
              'the week before last': Wk(ref - td(14)) if not sun else Wk(ref - td(7)),
              'the coming weekend': wknd(coming(ref - td(1), 5)), 'two weeks ago': Dd(ref - td(14)),
              'later this month': f'IN:{ref}..{mend(ref.year, ref.month)}', 'early next year': f'YIN:{ref.year + 1}',
              'earlier this month': f'M:{ref:%Y-%m}', 'the first half of next year': f'H:{ref.year + 1}-H1'}
    if s in simple: return simple[s]
    m = re.fullmatch(r'last (' + '|'.join(MONTHS).lower() + ')', s)   # the latest such month before this one
    if m:
        mo = MONTHS.index(m.group(1).capitalize()) + 1; return f'M:{ref.year - (mo >= ref.month)}-{mo:02d}'
    m = re.fullmatch(r'(last|next|this coming|this) ' + WDS, s)
    if m: return Dd(previous(ref, wdi(m.group(2))) if m.group(1) == 'last' else coming(ref, wdi(m.group(2))))
    m = re.fullmatch(r'last thing ' + WDS, s)                        # the day itself, today included
    if m: return Dd(ref + td((wdi(m.group(1)) - ref.weekday()) % 7))
    m = re.fullmatch(WDS + r' (week|fortnight|next|last week)', s)
    if m:
        wd = wdi(m.group(1))
        if m.group(2) == 'last week': return Dd(monday(ref) - td(7) + td(wd))
        return Dd(coming(ref, wd) + td({'week': 7, 'fortnight': 14, 'next': 0}[m.group(2)]))
    m = re.fullmatch(r'a (week|fortnight) (on|from) ' + WDS, s)
    if m: return Dd(coming(ref, wdi(m.group(3))) + td(7 if m.group(1) == 'week' else 14))
    m = re.fullmatch(NUMRE + r' (week|weeks|fortnight) from (today|yesterday)', s)
    if m: return Dd(ref - td(m.group(3) == 'yesterday') + td(num(m.group(1)) * (14 if m.group(2) == 'fortnight' else 7)))
    m = re.fullmatch(r"in " + NUMRE + r" (days|weeks)' time", s)
    if m: return Dd(ref + td(num(m.group(1)) * (7 if m.group(2) == 'weeks' else 1)))
    m = re.fullmatch(NUMRE + r' days? (from now|ago)', s)
    if m: return Dd(ref + td(num(m.group(1)) * (1 if m.group(2) == 'from now' else -1)))
    m = re.fullmatch(r'the (?:week|seven days) to ' + WDS, s)
    if m:
        end = previous(ref + td(1), wdi(m.group(1))); return R(end - td(6), end)
    m = re.fullmatch(NUMRE + r' years? ago on ' + WDS, s)             # the coming such day, N years back
    if m: return Dd(years_back(ref + td((wdi(m.group(2)) - ref.weekday()) % 7), num(m.group(1))))
    m = re.fullmatch(NUMRE + r' years? ago( today| tomorrow| last month| next month| this week)?', s)
    if m:
        n = num(m.group(1)); tail = (m.group(2) or '').strip()
        if tail == 'today': return Dd(years_back(ref, n))
        if tail == 'tomorrow': return Dd(years_back(ref + td(1), n))
        if tail == 'this week': return Wk(years_back(ref, n))
        if tail == 'last month': return f'M:{years_back(ref.replace(day=1) - td(1), n):%Y-%m}'
        if tail == 'next month': return f'M:{years_back(ref.replace(day=28) + td(4), n):%Y-%m}'
        return f'Y:{ref.year - n}'
    m = re.fullmatch(r'(this|next) weekend', s)
    if m:
        sat = coming(ref - td(1), 5) if m.group(1) == 'this' else (coming(ref, 5) + td(7) if ref.weekday() < 5 else coming(ref, 5))
        if m.group(1) == 'next' and sun: sat = ref + td(6)
        return wknd(sat)
    return None

pubs, tot, bare_table, used_calc, lint, nrel = {}, 0, [], set(), [], 0
LINT = (r"\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Sep|Oct|Nov|Dec|January|February|August|September|October|November|"
        r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun|1[6-9]\d\d|20\d\d|"
        r"\d{4}s|today|tonight|tomorrow|yesterday|week|weeks|weekend|weekends|fortnight|month|months|year|years|decade|"
        r"century|spring|summer|autumn|fall|winter|ago|later|earlier|previous|following|Christmas|Easter|eve|day|days|"
        r"night|morning|evening|afternoon|season|quarter|half|anniversary|holidays?|term|fiscal|FY\d+|noon|midnight|"
        r"\d+(?:st|nd|rd|th)|\d+/\d+|\d+\.\d+\.\d+|\d+(?:am|pm)|session|break|vacation|Eid|Diwali|Vesak|Matariki|Ramadan|Passover|"
        r"Lent|Puja|noughties|Eighties|lunar|Reiwa|Heisei|Tet|Safar|Shawwal|Nisan|Iyar|Magal|Naadam|Gurpurab|Kartik|"
        r"Shivaratree|recess|deadline|opener|fortnight|\d{4}-\d\d-\d\d)\b")
for doc in sorted(gold.G):
    t = open(os.path.join(PROBE, 'articles', f'{doc}.md'), encoding='utf-8').read()
    pub = D_(re.search(r'published: (\S+)', t).group(1)); pubs[doc] = pub
    off = t.index('\n---\n', 4) + 5; body = t[off:]
    nw = len(body.split())
    if not 280 <= nw <= 350: err(doc, 'word count', nw)
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
        feast_wd = re.search(r'\b(following|after|before|eve of)\b', span) and re.search(FEAST, span)
        if len(wds) == 1 and Ds and not re.search(r'\b(weekend|weeks?|ago)\b', span) and not feast_wd and Ds[0].weekday() != wds[0]:
            err(doc, span, 'weekday mismatch', Ds[0], W[Ds[0].weekday()])
        if len(wds) == 2 and alts[0].startswith('R:'):
            k, a, b = score.reading(alts[0])
            if (a.weekday(), b.weekday()) != tuple(wds): err(doc, span, 'range weekdays mismatch', alts[0])
        # month/day/year of written dates
        dates = numeric_dates(doc, span) + word_dates(span)
        for y, mo, da in dates:
            try: dt.date(2000, mo, da)
            except ValueError: err(doc, span, 'no such day', mo, da)
        span_r = re.sub(ISO, ' ', span)
        rng = re.search(r'-|\band\b|\bthrough\b|\bbetween\b|\bfrom\b', span_r) or (re.search(r'\bto\b', span_r) and not re.search(r'(year|months|weeks|days|quarter) to\b', span_r))
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
        yrs = re.findall(r'\b(1[6-9]\d\d|20\d\d)\b', span_r) + [str(y) for y, _, _ in numeric_dates(doc, span) if y and re.search(ISO, span)]
        if len(yrs) == 1 and not rng and not re.search(r'\d{4}s|to the day|fiscal|FY|financial|season|/|\bof\b|tax year|income|E\.C\.', span):
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
            if alts[0] != exp: err(doc, span, occ, 'relative form: expected', exp, 'got', alts[0])
        if re.fullmatch(r"(on |until |by |since )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)('s)?", span):
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
print('\npublication years', sorted({p_.year for p_ in pubs.values()}), 'per year', {y: sum(p_.year == y for p_ in pubs.values()) for y in (2025, 2026)})
print('publication weekdays', {W[i][:3]: sum(p_.weekday() == i for p_ in pubs.values()) for i in range(7)})
print('publication months', {m: sum(p_.month == m for p_ in pubs.values()) for m in range(1, 13)})
if len(months_) < 12: err('publication months missing', sorted(set(range(1, 13)) - months_))
if len(wdays) < 7: err('publication weekdays missing', [W[i] for i in sorted(set(range(7)) - wdays)])
if len(set(pubs.values())) != len(pubs): err('publication dates repeat')
if not all(D_('2025-01-01') <= p_ <= D_('2026-12-31') for p_ in pubs.values()): err('publication date outside 2025-01 .. 2026-12')
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
nN, nX = sum(len(v) for v in gold.N.values()), sum(len(v) for v in gold.X.values())
m = re.search(r'date claims (\d+) \(correct (\d+), wrong/non-date (\d+), on neutral spans (\d+)\)', rep2)
if not m or tuple(map(int, m.groups())) != (tot + nN + nX, tot, nX, nN): err('N/X run: expected', (tot + nN + nX, tot, nX, nN), 'got', m and m.groups())
m = re.search(r'precision\s+(\d+)/(\d+)', rep2)
if not m or (int(m.group(1)), int(m.group(2))) != (tot, tot + nX): err('N/X run: precision should be', f'{tot}/{tot + nX}')
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
# the example claims file: one right, two wrong values, one decoy, one neutral
r = subprocess.run([sys.executable, os.path.join(PROBE, 'score.py'), os.path.join(PROBE, 'src', 'tiny_out.json')], capture_output=True, text=True)
print('score.py on src/tiny_out.json: exit', r.returncode, '|', ' / '.join(r.stdout.splitlines()[:1]))
if 'date claims 5 (correct 1, wrong/non-date 3, on neutral spans 1)' not in r.stdout: err('src/tiny_out.json did not score as expected')
print('\nreadings checked', nread, '| relative forms recomputed', nrel)
print('items', tot, 'neutral', sum(len(v) for v in gold.N.values()), 'decoys', sum(len(v) for v in gold.X.values()),
      'computed (CALC)', len(used_calc), 'errors', errs)
