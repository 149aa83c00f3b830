# Checks gold.py against the built articles (p20's, adapted from p19's verify.py: p19's tables, CALC, MONTH_TENSE,
# SOUTH, SUNDAY_PAPERS and SPEAKER are replaced by p20's; p20 adds 'a week Friday', 'the Sunday after next', 'the weekend
# after next', 'the month after next', "in a month's time", 'a week today/tomorrow', 'a fortnight today', 'this month',
# 'the middle of next week' and 'the rest of the week' to the relative forms, year ranges of any length read RY:, a check
# that every SPEAKER entry is used, and the weekday exception for 'the Saturday before the second Sunday of Advent'):
# gold.py loads; every reading parses with p4's scorer and none repeats; every G, N and X span occurs in its article
# and none overlap; weekdays named in a span (full or abbreviated) agree with its D: readings (or R: ends), except 'A
# hundred years ago on Monday', whose 1926 date has its own weekday; month/day and year agree with the span for
# month-first ('Sept. 16, 1975', 'Feb 17 and 18', 'July 6 to Aug. 2'), day-first ('Friday 27 February', '8 to 16
# August', '1 to 3 May', 'the 17 November holiday') dates and for hyphenated, 'and', 'to' ranges, and a day named
# without its year more than a year from publication must be in CALC; plain years, 'since <year>', decades, year
# ranges, halves and months with a year agree with their readings; months without a year by the verb's tense
# (MONTH_TENSE); the relative forms are recomputed with datetime from the publication day or, for the quoted ones, from
# the day SPEAKER gives; bare weekdays must lie within six days of publication (a table with their context is
# printed); a table (CALC) recomputes every holiday, feast of another calendar, counted day, fiscal period, quarter,
# term, ISO week, season, decade and other derived reading from rules and tables and must equal the gold's readings
# exactly (order included); every G item must be covered by at least one of these checks; bodies are 250-320 words;
# publication dates are distinct, lie in 2025-01 .. 2026-12, cover every month and weekday, the datelines name the
# publication day and are each story's first item, and the two Sunday papers fall on Sundays; words that often mark
# dates but lie outside every span are printed to eyeball; then a synthetic run through p4's scorer (the one score.py
# runs) gives every item its first reading and must score 100%; a second run also claims every N and X span and must
# count the N claims neither way and every X claim as a precision error; every reading (P: ones included) must be
# accepted for a claim of exactly its own interval (P: ones counted right for precision but earning no value recall);
# perturbed runs (every value a year late, a tenth of the claims dropped, a claim on every decoy, every value a day
# late) must lose exactly what they should; score.py itself must give 100% on the perfect run and run on an empty
# claims file; src/tiny_out.json must score as one right claim, two wrong values, one decoy and one neutral.
# Run from anywhere after build.py:  python3 src/verify.py
import sys, os, re, io, json, tempfile, contextlib, subprocess, datetime as dt
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
os.environ['PROBE_DIR'] = PROBE
P4 = os.environ.get('P4_DIR') or os.path.join(PROBE, '..', 'p4')
if not os.path.exists(os.path.join(P4, 'score.py')): P4 = '/work/main/benchmarks/date_probes/p4'
if not os.path.exists(os.path.join(P4, 'score.py')): sys.exit(f'p4 scorer not found at {P4}: set P4_DIR')
sys.path[:0] = [PROBE, P4]
import gold
sys.path.remove(PROBE)
import score
td = dt.timedelta
p = dt.date.fromisoformat
W = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
WABB = {'Mon': 0, 'Tue': 1, 'Tues': 1, 'Wed': 2, 'Thu': 3, 'Thur': 3, 'Thurs': 3, 'Fri': 4, 'Sat': 5, 'Sun': 6}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MON = {m: i + 1 for i, m in enumerate(MONTHS)}
MON.update({'Jan': 1, 'Feb': 2, 'Aug': 8, 'Sept': 9, 'Sep': 9, 'Oct': 10, 'Nov': 11, 'Dec': 12})
MRE = r'(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)'
SOUTH = {'a02', 'a12', 'a19'}          # Sydney, Brisbane, Santiago: southern seasons (R: plus the northern label)
SUNDAY_PAPERS = {'a16', 'a23'}         # Kuala Lumpur and Stockholm Sunday papers
# quoted relative forms dated by the day (or month) the story says they were said, not by publication
SPEAKER = {('a03', 'tomorrow', 1): p('2025-07-27'), ('a03', 'next Thursday', 1): p('2025-07-27'),   # said on Sunday
           ('a04', 'tomorrow', 2): p('2025-10-20'),                                               # said on Monday, Diwali
           ('a05', 'Next year', 1): p('2025-01-15'),                                              # said in January last year
           ('a07', 'next year', 1): p('2024-05-06'),                                              # said the night of last year's final
           ('a09', 'next month', 1): p('2025-05-15'),                                             # said in May
           ('a10', 'next year', 1): p('2024-11-05'),                                              # said on Nov. 5 last year
           ('a12', 'Last week', 1): p('2026-07-03'), ('a12', 'this week', 1): p('2026-07-03'),    # said on Friday
           ('a13', 'next month', 1): p('2026-07-15'), ('a13', 'last year', 2): p('2026-07-15'),   # said in July
           ('a14', 'tomorrow', 1): p('2025-09-29'),                                               # said on Monday
           ('a15', 'yesterday', 1): p('2025-09-12'),                                              # said on Friday
           ('a17', 'Next week', 1): p('2025-05-02'),                                              # said on Friday
           ('a18', 'yesterday', 1): p('2026-01-20'),                                              # said on Tuesday
           ('a19', 'Yesterday', 1): p('2025-11-17'),                                              # said on Nov. 17
           ('a20', 'This winter', 1): p('2025-10-09'),                                            # said in October, with the first forecast
           ('a21', 'this week', 1): p('2025-12-03'),                                              # said at last Wednesday's meeting
           ('a22', 'Next week', 1): p('2026-01-03'),                                              # said on Saturday
           ('a23', 'Next year', 1): p('2025-06-21'),                                              # said after Midsummer last year
           ('a24', 'Yesterday', 1): p('2025-08-11'),                                              # said on Monday
           ('a25', 'tomorrow', 1): p('2025-01-09')}                                               # said on Thursday
# CALC-dated quoted forms said on other days: a01 'the end of the week' (20 October), a04 'within the week' (Monday,
# Diwali), a08 'next July' (October), a11 'the end of next month' (Jan. 12), a19 'December' (Nov. 17)
errs = 0
def err(*a):
    global errs; errs += 1; print('ERROR', *a)

# ---- calendar helpers
def easter(y):            # Gregorian computus (anonymous algorithm)
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451; mo = (h + l - 7 * m + 114) // 31; da = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(y, mo, da)
def nth_wd(y, m, wd, n):
    d = dt.date(y, m, 1); d += td((wd - d.weekday()) % 7); return d + td(7 * (n - 1))
def last_wd(y, m, wd):
    d = mend(y, m); return d - td((d.weekday() - wd) % 7)
def mend(y, m): return dt.date(y + (m == 12), m % 12 + 1, 1) - td(1)
def monday(d): return d - td(d.weekday())
def coming(d, wd): return d + td((wd - d.weekday()) % 7 or 7)       # nearest such weekday strictly after d
def previous(d, wd): return d - td((d.weekday() - wd) % 7 or 7)     # most recent such weekday strictly before d
def R(a, b): return f'R:{a}..{b}'
def Dd(d): return f'D:{d}'
def Wk(d): return f'W:{monday(d)}'
def months(y1, m1, y2, m2): return R(dt.date(y1, m1, 1), mend(y2, m2))
def wknd(sat): return R(sat, sat + td(1))
def Q(y, q): return [f'Q:{y}-Q{q}', months(y, 3 * q - 2, y, 3 * q)]
def decade(y): return [f'DEC:{y}', f'RY:{y}..{y + 9}']
def early_decade(y): return [f'DEC:{y}', f'IN:{dt.date(y, 1, 1)}..{dt.date(y + 4, 12, 31)}']
def late_decade(y): return [f'IN:{dt.date(y + 5, 1, 1)}..{dt.date(y + 9, 12, 31)}', f'DEC:{y}']
def century(n): return [f'RY:{100 * n - 99}..{100 * n}', f'RY:{100 * n - 100}..{100 * n - 1}']
SEAS = {'spring': (3, 5), 'summer': (6, 8), 'autumn': (9, 11), 'winter': (12, 2)}
OPP = {'spring': 'autumn', 'summer': 'winter', 'autumn': 'spring', 'winter': 'summer'}
def season_R(name, y):
    a, b = SEAS[name]; return months(y, a, y + (b < a), b)
def north(name, y): return [f'S:{name}-{y}', season_R(name, y)]          # northern story: S: then R:
def south(name, y):     # a southern season starting in year y: R: of its months, then the northern label of those months
    return [season_R(OPP[name], y), f'S:{OPP[name]}-{y}']
def nth_week(y, m, n): return [f'W:{nth_wd(y, m, 0, n)}', f'IN:{dt.date(y, m, 7 * n - 6)}..{dt.date(y, m, 7 * n)}']
def last_week_of(y, m): return [f'W:{last_wd(y, m, 0)}', f'IN:{mend(y, m) - td(6)}..{mend(y, m)}']
def holidays_R(a, b): return [R(a, b), f'IN:{a - td(1)}..{b + td(1)}']   # school holidays and recesses, IN: a day wider
def days3(a, b): return [R(a, b), Dd(a), Dd(b)]
def week_of(d): return [Wk(d), f'P:D:{d}']
def around(d): return [f'IN:{d - td(7)}..{d + td(7)}', f'P:D:{d}']
def end_of(y, m): return [f'MIN:{y}-{m:02d}', Dd(mend(y, m))]
def fyR(y1, m1, months_n=12): # a fiscal year of twelve months starting on the 1st of m1 of y1
    s = dt.date(y1, m1, 1); e = dt.date(y1 + (m1 + months_n - 1 - 1) // 12, (m1 + months_n - 2) % 12 + 1, 1)
    return R(s, mend(e.year, e.month))
def uk_tax_year(y): return R(dt.date(y, 4, 6), dt.date(y + 1, 4, 5))

def orthodox_easter(y):   # Julian computus (Meeus), moved to the Gregorian calendar (+13 days in 1900-2099)
    a = y % 4; b = y % 7; c = y % 19; d = (19 * c + 15) % 30; e = (2 * a + 4 * b - d + 34) % 7
    mo = (d + e + 114) // 31; da = (d + e + 114) % 31 + 1
    return dt.date(y, mo, da) + td(13)
def n_class_days(start, n):   # the nth weekday (Mon-Fri) counting start as the first
    d = start; k = 1
    while k < n:
        d += td(1)
        if d.weekday() < 5: k += 1
    return d
def within(x, n): return [f'IN:{x}..{x + td(n)}', f'P:D:{x}']          # 'within N days of X' (p12's 'within a week of X')
def later_in(ref, y): return [f'IN:{ref}..{dt.date(y, 12, 31)}', f'Y:{y}']
# ---- tables checked when the probe was written, with convertdate 2.5.1, hijridate 2.6.0, holidays 0.109, lunardate 0.3.0
#      and PyMeeus 0.5.12 installed in a scratch virtualenv outside this folder (/tmp/probes/venv), which verify.py does
#      not need (its tables hold their answers). Days a story fixes itself (terms, fixtures, schedules, timetables,
#      deadlines, dividend dates) come from the story.
HEB = {('17 Tammuz', 5785): p('2025-07-13'), ('1 Av', 5785): p('2025-07-26'), ('9 Av', 5785): p('2025-08-03'),
       ('10 Av', 5785): p('2025-08-04'), ('15 Av', 5785): p('2025-08-09'), ('9 Av', 5784): p('2024-08-13'),
       ('1 Tishrei', 5786): p('2025-09-23')}                                        # convertdate hebrew
COPTIC = {(1742, 3, 16): p('2025-11-25'), (1742, 4, 1): p('2025-12-10'), (1742, 4, 29): p('2026-01-07'),
          (1742, 4, 30): p('2026-01-08'), (1742, 5, 11): p('2026-01-19')}          # convertdate coptic (Hathor 16, Koiak 1/29/30, Tobi 11)
CNY = {2026: p('2026-02-17')}                                                      # lunardate: 1st day of the 1st month
IN_DIWALI = {2020: p('2020-11-14'), 2025: p('2025-10-20')}                          # holidays IN
KL_ONAM = {2025: (p('2025-09-04'), p('2025-09-07')), 2026: (p('2026-08-25'), p('2026-08-28'))}   # holidays IN-KL Onam days 1-4
KL_THIRUVONAM = {2025: p('2025-09-05'), 2026: p('2026-08-26')}                     # Onam day 2, the same day as the Prophet's birthday
MH_2025 = dict(independence=p('2025-08-15'), parsi_ny=p('2025-08-15'), janmashtami=p('2025-08-16'), ganesh=p('2025-08-27'))   # holidays IN-MH
MH_PARSI_NY = {2024: p('2024-08-15'), 2025: p('2025-08-15')}                      # holidays IN-MH, Shahenshahi (a 365-day year)
TN_PONGAL = {2024: p('2024-01-15'), 2025: p('2025-01-14')}; TN_THIRUVALLUVAR = {2025: p('2025-01-15')}; TN_UZHAVAR = {2025: p('2025-01-16')}
MY_KUL = dict(ft_thaipusam_2026=p('2026-02-01'), observed_2026=p('2026-02-02'), cny_2026=(p('2026-02-17'), p('2026-02-18')),
              thaipusam_2025=p('2025-02-11'))                                      # holidays MY-KUL
HK_2026 = dict(good_friday=p('2026-04-03'), ching_ming=p('2026-04-05'), easter_monday=p('2026-04-06'), in_lieu=p('2026-04-07'))   # holidays HK (general)
PG_2025 = dict(independence=p('2025-09-16'), repentance=p('2025-08-26'), remembrance=p('2025-07-23'))   # holidays PG
CZ_2025 = dict(statehood=p('2025-09-28'), oct28=p('2025-10-28'), nov17=p('2025-11-17'))   # holidays CZ
SN_BUSS_BETTAG = {2025: p('2025-11-19')}                                           # holidays DE-SN
QLD_2026 = dict(ekka=p('2026-08-12'), kings=p('2026-10-05'))                       # holidays AU-QLD
EG_2026 = dict(coptic_christmas=p('2026-01-07'), police_day=p('2026-01-25'), police_observed=p('2026-01-29'), sham=p('2026-04-13'))   # holidays EG
SE_2026 = dict(national=p('2026-06-06'), midsummer_day=p('2026-06-20'))            # holidays SE
JP_2026 = dict(emperor=p('2026-02-23'), equinox=p('2026-03-20'))                   # holidays JP
ENG = dict(gf_2025=p('2025-04-18'), em_2025=p('2025-04-21'), may_2025=p('2025-05-05'), may_2024=p('2024-05-06'))   # holidays GB-ENG
IE_OCT_BH = lambda y: last_wd(y, 10, 0)                                            # holidays IE: the last Monday of October
EU_CLOCKS_BACK = lambda y: last_wd(y, 10, 6)                                       # the last Sunday of October
CL_2025 = dict(immaculate=p('2025-12-08'))                                         # holidays CL
E = {y: easter(y) for y in (2025, 2026)}
OE = {2026: orthodox_easter(2026)}                                                 # Coptic Easter by the Julian computus
def advent1(y): return dt.date(y, 12, 25) - td(dt.date(y, 12, 25).weekday() + 1) - td(21)   # the fourth Sunday before Christmas
def totensonntag(y): return advent1(y) - td(7)
SE_MIDSUMMER_EVE = lambda y: next(dt.date(y, 6, d) for d in range(19, 26) if dt.date(y, 6, d).weekday() == 4)
QLD_KINGS = lambda y: nth_wd(y, 10, 0, 1)
def iso_monday(y, w): return dt.date.fromisocalendar(y, w, 1)
def iso_weeks(y, w1, w2): return [R(iso_monday(y, w1), iso_monday(y, w2) + td(6)), f'W:{iso_monday(y, w1)}', f'W:{iso_monday(y, w2)}']
def jp_filing_deadline(y):                                                         # 15 March, or the next weekday
    d = dt.date(y, 3, 15)
    while d.weekday() >= 5: d += td(1)
    return d
def next_business_day(d):
    d += td(1)
    while d.weekday() >= 5: d += td(1)
    return d
ERA = dict(Showa=1925, Reiwa=2018)
assert E[2025] == p('2025-04-18') + td(2) and E[2026] == p('2026-04-05') and OE[2026] == p('2026-04-12')
assert advent1(2025) == p('2025-11-30') and totensonntag(2025) == p('2025-11-23') and SN_BUSS_BETTAG[2025] == totensonntag(2025) - td(4)
assert SE_MIDSUMMER_EVE(2026) == SE_2026['midsummer_day'] - td(1) and QLD_KINGS(2026) == QLD_2026['kings'] and IE_OCT_BH(2025) == p('2025-10-27')
assert EU_CLOCKS_BACK(2025) == p('2025-10-26') and jp_filing_deadline(2026) == p('2026-03-16') and HEB[('9 Av', 5785)] - HEB[('1 Av', 5785)] == td(8)
assert COPTIC[(1742, 4, 29)] == EG_2026['coptic_christmas'] and KL_THIRUVONAM[2026] == KL_ONAM[2026][0] + td(1) and MH_PARSI_NY[2025] == MH_2025['independence']
assert COPTIC[(1742, 4, 29)] - COPTIC[(1742, 3, 16)] == td(43) and ENG['may_2025'] == nth_wd(2025, 5, 0, 1) and ENG['may_2024'] == nth_wd(2024, 5, 0, 1)

# ---- the stories' own calendars (as each story gives them), and public dates recalled by the writer
KSM = dict(ex=p('2026-02-26'), record=p('2026-02-27'), paid=p('2026-03-26'))          # a02: an ASX timetable (ex one business day before record)
CHHATH25 = (p('2025-10-25'), p('2025-10-28'))        # a04: Nahay Khay to the dawn offering, Sandhya Arghya on 27 October (recalled; PyMeeus puts the sixth lunar day's start just after sunrise on the 27th)
BIHAR25 = dict(announced=p('2025-10-06'), phase1=p('2025-11-06'), phase2=p('2025-11-11'), count=p('2025-11-14'), end2020=p('2020-11-07'))
WC25 = (p('2025-04-19'), p('2025-05-05'))            # a07: the championship's 17 days
TDF26 = (p('2026-07-04'), p('2026-07-26'))           # a08: Barcelona to Paris
A09 = dict(filed=p('2025-07-10'), pdufa=p('2026-03-28'))
A10 = dict(deliveries=p('2025-10-31'), national_day=(p('2025-10-01'), p('2025-10-08')))
A11 = dict(mention=p('2026-01-12'))
QLD_TERMS = dict(winter=(p('2026-06-27'), p('2026-07-12')), t3=(p('2026-07-13'), p('2026-09-18')), t4=(p('2026-10-06'), p('2026-12-11')))
CZ_VOTE = (p('2025-10-03'), p('2025-10-04')); CZ_2021 = (p('2021-10-08'), p('2021-10-09'))
PNG = dict(festival=(p('2025-09-13'), p('2025-09-21')), writs_2022=p('2022-04-28'), poll_2022=(p('2022-07-04'), p('2022-07-22')))
CL_VOTE = dict(first=p('2025-11-16'), runoff=p('2025-12-14'), inauguration=p('2026-03-11'), runoff_2021=p('2021-12-19'))
HOSHINO_FY = 9                                        # a20: a fiscal year from 1 September to 31 August
IN_MONSOON = (6, 9)                                   # a24: June-September
CALC = {
 # a01 Dublin, pub Sat 2025-11-01: October's weather records
 ('a01', 'The first half of the month', 1): [R(p('2025-10-01'), p('2025-10-15')), 'MIN:2025-10'],
 ('a01', 'The second half of October', 1): [R(p('2025-10-16'), p('2025-10-31')), 'MIN:2025-10'],
 ('a01', 'the end of the week', 1): [Dd(monday(p('2025-10-20')) + td(4)), f"IN:{monday(p('2025-10-20')) + td(4)}..{monday(p('2025-10-20')) + td(6)}"],
 ('a01', 'last Sunday', 1): [Dd(EU_CLOCKS_BACK(2025))], ('a01', 'Halloween', 1): ['D:2025-10-31'], ("a01", "Monday's", 1): [Dd(IE_OCT_BH(2025))],
 ('a01', 'winter', 1): north('winter', 2025), ('a01', 'the month', 2): ['M:2025-10'], ('a01', 'the winter of 2010-11', 1): north('winter', 2010), ('a01', 'November', 2): ['M:2010-11'],
 # a02 Sydney, pub Wed 2026-02-18: an ASX miner's half to 31 December and its dividend timetable
 ('a02', 'Easter', 1): [Dd(E[2026])], ('a02', 'summer', 1): south('summer', 2025),
 ('a02', 'first half', 1): [fyR(2025, 7, 6), 'H:2025-H2'], ('a02', 'the half-year ended 31 December', 1): [fyR(2025, 7, 6), 'H:2025-H2', 'P:D:2025-12-31'],
 ('a02', 'the prior corresponding period', 1): [fyR(2024, 7, 6), 'H:2024-H2'],
 ('a02', 'Thursday 26 February', 1): [Dd(KSM['ex'])], ('a02', 'Friday 27 February', 1): [Dd(KSM['record'])], ('a02', 'Thursday 26 March', 1): [Dd(KSM['paid'])],
 ('a02', 'Monday 2 March', 1): [Dd(next_business_day(KSM['record']))], ('a02', 'the next business day after the record date', 1): [Dd(next_business_day(KSM['record']))],
 ('a02', 'the March quarter', 1): Q(2026, 1), ('a02', 'the second half', 1): [fyR(2026, 1, 6), 'H:2026-H1'],
 ('a02', 'FY26', 1): [fyR(2025, 7), 'P:Y:2026'], ('a02', 'FY27', 1): [fyR(2026, 7), 'P:Y:2027'], ('a02', 'the first half of FY27', 1): [fyR(2026, 7, 6), 'H:2026-H2'],
 ('a02', 'the December quarter', 1): Q(2025, 4), ('a02', 'since the start of the year', 1): ['D:2026-01-01', R(p('2026-01-01'), p('2026-02-18'))],
 ('a02', 'the second half of the calendar year', 1): ['H:2026-H2'],
 # a03 Jerusalem, pub Tue 2025-07-29: the Three Weeks, the Nine Days and Tisha B'Av 5785
 ("a03", "Tisha B'Av", 1): [Dd(HEB[('9 Av', 5785)]), R(HEB[('9 Av', 5785)] - td(1), HEB[('9 Av', 5785)])],
 ('a03', 'Saturday', 1): [Dd(HEB[('9 Av', 5785)] - td(1))], ('a03', 'Sunday', 1): [Dd(HEB[('9 Av', 5785)])], ('a03', 'Saturday', 4): [Dd(HEB[('9 Av', 5785)] - td(1))],
 ('a03', 'the Three Weeks', 1): [R(HEB[('17 Tammuz', 5785)], HEB[('9 Av', 5785)])], ('a03', 'the 17th of Tammuz', 1): [Dd(HEB[('17 Tammuz', 5785)])],
 ('a03', 'July 13', 1): [Dd(HEB[('17 Tammuz', 5785)])], ('a03', 'the Nine Days', 1): [R(HEB[('1 Av', 5785)], HEB[('9 Av', 5785)])],
 ('a03', 'the Nine Days', 2): [R(HEB[('1 Av', 5785)], HEB[('9 Av', 5785)])], ('a03', 'the first of Av', 1): [Dd(HEB[('1 Av', 5785)])],
 ('a03', 'Saturday', 2): [Dd(HEB[('1 Av', 5785)])], ('a03', 'Monday, August 4', 1): [Dd(HEB[('10 Av', 5785)])],
 ('a03', 'Tuesday, August 13', 1): [Dd(HEB[('9 Av', 5784)])], ('a03', 'Six days after the fast', 1): [Dd(HEB[('9 Av', 5785)] + td(6))],
 ('a03', 'August 9', 1): [Dd(HEB[('15 Av', 5785)])], ('a03', 'the 15th of Av', 1): [Dd(HEB[('15 Av', 5785)])],
 ('a03', 'Tuesday, September 23', 1): [Dd(HEB[('1 Tishrei', 5786)])], ('a03', 'the first week of August', 1): nth_week(2025, 8, 1),
 # a04 Patna, pub Fri 2025-10-24: Chhath Puja before Bihar's two-phase election
 ('a04', 'the four-day festival', 1): [R(*CHHATH25)], ('a04', 'nine days before the first phase of the Assembly election', 1): [Dd(BIHAR25['phase1'] - td(9))],
 ('a04', 'Tuesday', 1): [Dd(CHHATH25[1])], ('a04', 'a week after Diwali', 1): [Dd(IN_DIWALI[2025] + td(7))], ('a04', 'October 20', 1): [Dd(IN_DIWALI[2025])],
 ('a04', 'since October 6', 1): [Dd(BIHAR25['announced']), R(BIHAR25['announced'], p('2025-10-24'))],
 ('a04', 'November 6', 1): [Dd(BIHAR25['phase1'])], ('a04', 'November 11', 1): [Dd(BIHAR25['phase2'])], ('a04', 'November 14', 1): [Dd(BIHAR25['count'])], ('a04', 'a Friday', 1): [Dd(BIHAR25['count'])],
 ("a04", "the festival's last two days", 1): [R(CHHATH25[1] - td(1), CHHATH25[1])], ('a04', 'the day after the festival', 1): [Dd(CHHATH25[1] + td(1))],
 ('a04', 'within the week', 1): [f"IN:{p('2025-10-21')}..{monday(p('2025-10-20')) + td(6)}", f"P:W:{monday(p('2025-10-20'))}"],
 ('a04', 'Monday', 3): [Dd(IN_DIWALI[2025])], ('a04', 'since Diwali', 1): [Dd(IN_DIWALI[2025]), R(IN_DIWALI[2025], p('2025-10-24'))],
 ('a04', 'the second phase', 2): [Dd(BIHAR25['phase2'])], ('a04', 'November 7', 1): [Dd(BIHAR25['end2020'])],
 ('a04', 'a week before Diwali', 1): [Dd(IN_DIWALI[2020] - td(7))], ('a04', 'three days later', 1): [Dd(BIHAR25['end2020'] + td(3))],
 # a05 Tokyo, pub Mon 2026-02-16: the income tax filing season
 ('a05', 'March 16', 1): [Dd(jp_filing_deadline(2026))], ('a05', 'the same deadline', 1): [Dd(jp_filing_deadline(2026))],
 ('a05', 'Reiwa 7', 1): [f"Y:{ERA['Reiwa'] + 7}"], ('a05', 'Reiwa 8', 1): [f"Y:{ERA['Reiwa'] + 8}"],
 ('a05', 'Monday, Feb. 23', 1): [Dd(JP_2026['emperor'])], ('a05', 'the end of the fiscal year', 1): ['D:2026-03-31', 'M:2026-03'],
 ('a05', 'the first half of March', 1): [R(p('2026-03-01'), p('2026-03-15')), 'MIN:2026-03'], ('a05', 'January last year', 1): ['M:2025-01'],
 ('a05', 'Friday, March 20', 1): [Dd(JP_2026['equinox'])], ('a05', 'early 2027', 1): ['YIN:2027', 'IN:2027-01-01..2027-04-30'],
 # a06 Dresden, pub Tue 2025-11-18: Repentance Day, Totensonntag and Advent
 ('a06', 'Christmas Eve', 1): ['D:2025-12-24'], ('a06', 'a Wednesday', 1): ['D:2025-12-24'], ('a06', 'Tomorrow', 1): [Dd(SN_BUSS_BETTAG[2025])],
 ('a06', 'Sunday', 2): [Dd(totensonntag(2025))], ('a06', 'The first Sunday of Advent', 1): [Dd(advent1(2025))], ('a06', 'a week later', 1): [Dd(totensonntag(2025) + td(7))],
 ('a06', 'the four weeks of Advent', 1): [R(advent1(2025), p('2025-12-24'))],
 ('a06', 'the Saturday before the second Sunday of Advent', 1): [Dd(advent1(2025) + td(6))], ('a06', 'St Nicholas Day', 1): ['D:2025-12-06'],
 ('a06', 'the third Advent weekend', 1): [wknd(advent1(2025) + td(13))], ('a06', '20 December last year', 1): ['D:2024-12-20'],
 ('a06', 'the end of the year', 1): ['D:2025-12-31', 'M:2025-12', 'Y:2025'], ('a06', 'the second week of January', 1): nth_week(2026, 1, 2),
 # a07 Sheffield, pub Good Friday 2025-04-18: the snooker championship over Easter
 ('a07', 'the Easter weekend', 1): [R(ENG['gf_2025'], ENG['em_2025']), f"P:D:{E[2025]}"], ('a07', 'Sunday 4 May', 1): [Dd(WC25[1] - td(1))],
 ('a07', 'the bank holiday Monday', 1): [Dd(ENG['may_2025'])], ('a07', 'Bank Holiday Monday', 1): [Dd(ENG['may_2025'])],
 ('a07', 'the middle weekend', 1): [wknd(WC25[0] + td(7))], ('a07', '6 May', 1): [Dd(ENG['may_2024'])],
 ('a07', 'Easter Monday', 1): [Dd(ENG['em_2025'])], ('a07', 'Easter Sunday', 1): [Dd(E[2025])], ('a07', 'the first week of February', 1): nth_week(2025, 2, 1),
 ('a07', 'August', 1): ['M:2020-08'], ('a07', 'Tuesday week', 1): [Dd(WC25[0] + td(10))],
 # a08 Barcelona, pub Thu 2026-07-02: the Tour de France's Grand Depart
 ('a08', 'Saturday', 1): [Dd(TDF26[0])], ('a08', 'three weeks and a day later', 1): [Dd(TDF26[0] + td(22))], ('a08', 'July 26', 1): [Dd(TDF26[1])],
 ('a08', 'the eve of Bastille Day', 1): [Dd(p('2026-07-14') - td(1))], ('a08', 'a week later', 1): [Dd(p('2026-07-13') + td(7))],
 ('a08', 'the opening weekend', 1): [wknd(TDF26[0])], ('a08', 'both days', 1): [wknd(TDF26[0])], ('a08', 'next July', 1): ['M:2026-07'], ('a08', 'the first weekend of July', 1): [wknd(nth_wd(2026, 7, 5, 1))],
 ('a08', '13 days later', 1): [Dd(p('2026-09-11') + td(13))], ('a08', 'the 2026 race', 1): [R(*TDF26), 'P:Y:2026'],
 ('a08', 'since last August', 1): ['M:2025-08', R(p('2025-08-01'), p('2026-07-02'))],
 # a09 Cambridge, Mass., pub Tue 2025-09-09: an FDA filing and a June fiscal year
 ('a09', '60 days after the company filed', 1): [Dd(A09['filed'] + td(60))], ('a09', 'the decision date', 1): [Dd(A09['pdufa'])],
 ('a09', 'a Saturday', 1): [Dd(A09['pdufa'])], ('a09', 'the day before', 1): [Dd(A09['pdufa'] - td(1))],
 ('a09', 'the fourth quarter of this year', 1): Q(2025, 4), ('a09', 'the second quarter of 2026', 1): Q(2026, 2),
 ('a09', 'its fiscal first quarter', 1): [fyR(2025, 7, 3), 'Q:2025-Q3'], ('a09', 'fiscal 2025', 1): [fyR(2024, 7), 'P:Y:2025'],
 ('a09', 'since the company listed in June 2021', 1): ['M:2021-06', R(p('2021-06-01'), p('2025-09-08'))],
 # a10 Shenzhen, pub Wed 2025-10-15: a phone launch before Singles' Day
 ('a10', 'Double 11', 1): ['D:2025-11-11'], ('a10', 'Double 12', 1): ['D:2025-12-12'], ('a10', '618', 1): ['D:2025-06-18'],
 ('a10', 'from today to Nov. 11', 1): days3(p('2025-10-15'), p('2025-11-11')), ('a10', 'the day after deliveries begin', 1): [Dd(A10['deliveries'] + td(1))],
 ('a10', 'Nov. 5 last year', 1): ['D:2024-11-05'], ('a10', 'the third quarter', 1): Q(2025, 3),
 ('a10', 'National Day holiday', 1): [R(*A10['national_day'])], ('a10', 'Oct. 1 to 8', 1): days3(*A10['national_day']),
 ('a10', 'the Spring Festival', 1): [Dd(CNY[2026])], ('a10', 'Feb. 17 next year', 1): [Dd(CNY[2026])],
 ('a10', 'since Sept. 22', 1): ['D:2025-09-22', R(p('2025-09-22'), p('2025-10-15'))],
 # a11 Hong Kong, pub Thu 2026-03-26: a trial date over the Easter and Ching Ming holidays
 ('a11', 'the first working day after the Easter and Ching Ming holidays', 1): [Dd(HK_2026['in_lieu'] + td(1))],
 ('a11', 'Good Friday, April 3', 1): [Dd(HK_2026['good_friday'])], ('a11', 'Tuesday, April 7', 1): [Dd(HK_2026['in_lieu'])],
 ('a11', 'Easter Sunday', 1): [Dd(HK_2026['ching_ming'])], ('a11', 'The five-day break', 1): [R(HK_2026['good_friday'], HK_2026['in_lieu'])],
 ('a11', '2017 and 2019', 1): ['RY:2017..2019', 'Y:2017', 'Y:2019'], ('a11', 'the week beginning April 20', 1): week_of(p('2026-04-20')),
 ('a11', 'the end of next month', 1): end_of(2026, 2), ('a11', 'two months later', 1): ['M:2024-12'],
 ('a11', 'since then', 1): ['M:2024-12', R(p('2024-12-01'), p('2026-03-26'))], ('a11', 'Jan. 6 last year', 1): ['D:2025-01-06'],
 ('a11', 'later in the year', 1): later_in(p('2026-03-26'), 2026),
 # a12 Brisbane, pub Wed 2026-07-08: Term 3, the Ekka and Queensland's October King's Birthday
 ('a12', 'Monday', 1): [Dd(QLD_TERMS['t3'][0])], ('a12', 'Term 3', 1): [R(*QLD_TERMS['t3'])], ('a12', 'Friday 18 September', 1): [Dd(QLD_TERMS['t3'][1])],
 ('a12', 'the Ekka holiday', 1): [Dd(QLD_2026['ekka'])], ('a12', 'Wednesday 12 August', 1): [Dd(QLD_2026['ekka'])],
 ('a12', '8 to 16 August', 1): days3(QLD_2026['ekka'] - td(4), QLD_2026['ekka'] + td(4)),
 ('a12', 'The winter holidays', 1): holidays_R(*QLD_TERMS['winter']), ('a12', 'the first week of term', 1): [Wk(QLD_TERMS['t3'][0])],
 ('a12', 'The September holidays', 1): holidays_R(QLD_TERMS['t3'][1] + td(1), QLD_TERMS['t4'][0] - td(1)),
 ('a12', 'Term 4', 1): [R(*QLD_TERMS['t4'])], ('a12', 'Tuesday 6 October', 1): [Dd(QLD_KINGS(2026) + td(1))], ('a12', 'the day after the holiday', 1): [Dd(QLD_KINGS(2026) + td(1))],
 ('a12', 'the 2026-27 financial year', 1): [fyR(2026, 7), 'RY:2026..2027', 'P:Y:2026'],
 # a13 Thiruvananthapuram, pub Sat 2026-08-22: Onam on Nabidinam
 ('a13', 'Tuesday', 1): [Dd(KL_ONAM[2026][0])], ('a13', 'from August 25 to 30', 1): days3(KL_ONAM[2026][0], KL_ONAM[2026][1] + td(2)),
 ('a13', 'Wednesday', 1): [Dd(KL_THIRUVONAM[2026])], ('a13', 'the same day', 1): [Dd(KL_THIRUVONAM[2026])], ('a13', 'September 5', 1): [Dd(KL_THIRUVONAM[2025])],
 ('a13', 'Friday', 1): [Dd(KL_ONAM[2026][1])], ('a13', 'The holidays', 1): [R(*KL_ONAM[2026])], ('a13', 'the eve of Uthradom', 1): [Dd(KL_ONAM[2026][0] - td(1))], ('a13', 'July 30', 1): ['D:2024-07-30'],
 ('a13', 'the weekend that follows', 1): [wknd(KL_ONAM[2026][1] + td(1))], ('a13', 'the day after the last holiday', 1): [Dd(KL_ONAM[2026][1] + td(1))], ('a13', 'ten days to Thiruvonam', 1): [R(KL_THIRUVONAM[2026] - td(9), KL_THIRUVONAM[2026])],
 # a14 Prague, pub Wed 2025-10-01: the two-day election
 ('a14', 'a two-day vote', 1): [R(*CZ_VOTE)], ('a14', 'the first day', 1): [Dd(CZ_VOTE[0])], ('a14', 'the second day', 1): [Dd(CZ_VOTE[1])], ('a14', 'Friday', 1): [Dd(CZ_VOTE[0])], ('a14', 'Saturday', 1): [Dd(CZ_VOTE[1])], ('a14', 'Saturday', 2): [Dd(CZ_VOTE[1])],
 ('a14', 'three days before the vote', 1): [Dd(CZ_VOTE[0] - td(3))], ('a14', 'Oct. 8 and 9', 1): days3(*CZ_2021),
 ('a14', 'within 30 days of the vote', 1): within(CZ_VOTE[1], 30), ('a14', 'the week after the vote', 1): [Wk(CZ_VOTE[1] + td(2))],
 ('a14', 'the 17 November holiday', 1): [Dd(CZ_2025['nov17'])], ('a14', 'Sunday', 1): [Dd(CZ_2025['statehood'])],
 ('a14', 'Oct. 28', 1): [Dd(CZ_2025['oct28'])], ('a14', 'a Tuesday', 1): [Dd(CZ_2025['oct28'])], ('a14', 'Monday, Oct. 27', 1): [Dd(CZ_2025['oct28'] - td(1))],
 ('a14', 'two days after polls close', 1): [Dd(CZ_VOTE[1] + td(2))], ('a14', 'autumn 2026', 1): north('autumn', 2026),
 # a15 Port Moresby, pub Mon 2025-09-15: fifty years of independence
 ('a15', 'Sept. 16, 1975', 1): [Dd(PG_2025['independence'].replace(year=1975))], ('a15', 'Independence Day', 1): [Dd(PG_2025['independence'])],
 ('a15', 'a Tuesday', 1): [Dd(PG_2025['independence'])], ('a15', 'nine days of celebrations', 1): [R(*PNG['festival'])],
 ('a15', 'Saturday', 1): [Dd(PNG['festival'][0])], ('a15', 'Sunday', 1): [Dd(PNG['festival'][1])],
 ('a15', 'Fifty years ago tomorrow', 1): [Dd((p('2025-09-15') + td(1)).replace(year=1975)), 'Y:1975'],
 ('a15', 'the day', 1): [Dd(PG_2025['independence'])], ('a15', 'July 23', 1): [Dd(PG_2025['remembrance'])], ('a15', 'Aug. 26', 1): [Dd(PG_2025['repentance'])],
 ('a15', 'the holiday weekend', 1): [R(PNG['festival'][0], PG_2025['independence']), f"P:D:{PG_2025['independence']}"],
 ('a15', 'April 28', 1): [Dd(PNG['writs_2022'])], ('a15', 'from July 4 to 22', 1): days3(*PNG['poll_2022']),
 # a16 Kuala Lumpur, a Sunday paper, pub Sun 2026-01-25: Thaipusam and Federal Territory Day on one Sunday
 ('a16', 'the same Sunday', 1): [Dd(MY_KUL['ft_thaipusam_2026'])], ('a16', 'Feb 1', 1): [Dd(MY_KUL['ft_thaipusam_2026'])],
 ('a16', 'Monday, Feb 2', 1): [Dd(MY_KUL['observed_2026'])], ('a16', 'the day in lieu', 1): [Dd(MY_KUL['observed_2026'])], ('a16', 'Feb 2', 2): [Dd(MY_KUL['observed_2026'])],
 ('a16', 'Feb 1, 1974', 1): ['D:1974-02-01'], ('a16', 'Feb 11', 1): [Dd(MY_KUL['thaipusam_2025'])], ('a16', 'a Tuesday', 1): [Dd(MY_KUL['thaipusam_2025'])],
 ('a16', 'Feb 17 and 18', 1): days3(*MY_KUL['cny_2026']),
 # a17 Hamburg, pub Tue 2025-05-06: ISO weeks and blank sailings
 ('a17', 'weeks 20 and 21', 1): iso_weeks(2025, 20, 21), ('a17', 'the May Day holiday', 1): ['D:2025-05-01'], ('a17', 'calendar week 23', 1): [f'W:{iso_monday(2025, 23)}'],
 ('a17', 'week 19', 1): [f'W:{iso_monday(2025, 19)}'], ('a17', 'May 29', 1): [Dd(E[2025] + td(39))], ('a17', 'Whit Monday', 1): [Dd(E[2025] + td(50))],
 ('a17', 'since December 2023', 1): ['M:2023-12', R(p('2023-12-01'), p('2025-05-06'))], ('a17', 'the third quarter', 1): Q(2025, 3),
 ('a17', 'the end of the month', 1): end_of(2025, 5),
 # a18 London, pub Thu 2026-01-22: Baird's demonstration a hundred years on
 ('a18', 'A hundred years ago on Monday', 1): [Dd(coming(p('2026-01-22'), 0).replace(year=1926)), 'Y:1926'],
 ('a18', 'three months later', 1): ['M:1937-02'], ('a18', 'the following Sunday', 1): [Dd(coming(p('2026-01-26'), 6))],
 ('a18', 'the spring', 1): north('spring', 2026), ('a18', 'the end of the decade', 1): ['Y:2029', 'IN:2027-01-01..2029-12-31', 'P:DEC:2020'],
 # a19 Santiago, pub Fri 2025-12-12: the presidential runoff in a southern summer
 ('a19', 'four weeks after the first round', 1): [Dd(CL_VOTE['first'] + td(28))], ('a19', '11 days before Christmas', 1): [Dd(p('2025-12-25') - td(11))],
 ('a19', 'March 11', 1): [Dd(CL_VOTE['inauguration'])], ('a19', 'the same day', 1): [Dd(CL_VOTE['inauguration'])],
 ('a19', 'December', 1): ['M:2025-12'], ('a19', 'Dec. 19', 1): [Dd(CL_VOTE['runoff_2021'])], ('a19', 'a summer', 1): south('summer', 2025),
 ('a19', 'Monday', 1): [Dd(CL_2025['immaculate'])], ('a19', 'the end of next year', 1): ['D:2026-12-31', 'M:2026-12', 'Y:2026'],
 # a20 Tokyo, pub Thu 2026-04-09: a retailer whose year ends in August
 ('a20', 'the six months to February', 1): [fyR(2025, HOSHINO_FY, 6)], ('a20', 'a year earlier', 1): [fyR(2024, HOSHINO_FY, 6)],
 ('a20', 'the December-February quarter', 1): [fyR(2025, 12, 3)], ('a20', 'the year to August', 1): [fyR(2025, HOSHINO_FY), 'P:Y:2026'],
 ('a20', 'the third quarter', 1): [fyR(2026, 3, 3)], ('a20', 'third-quarter', 1): [fyR(2026, 3, 3)], ('a20', 'the same month last year', 1): ['M:2025-03'],
 ('a20', 'the end of February', 1): end_of(2026, 2), ('a20', 'winter', 1): north('winter', 2025), ('a20', 'Showa 33', 1): [f"Y:{ERA['Showa'] + 33}"], ('a20', 'the autumn', 1): north('autumn', 2026),
 ('a20', 'since July 2024', 1): ['M:2024-07', R(p('2024-07-01'), p('2026-04-09'))], ('a20', 'the second half', 1): [fyR(2026, 3, 6)],
 # a21 Keighley, pub Mon 2025-12-08: bin collections over Christmas and New Year
 ('a21', 'Christmas Day', 1): ['D:2025-12-25'], ('a21', 'Boxing Day', 1): ['D:2025-12-26'], ('a21', 'the week commencing 29 December', 1): week_of(p('2025-12-29')),
 ("a21", "New Year's Day", 1): ['D:2026-01-01'], ('a21', 'the weekend before Christmas', 1): [wknd(previous(p('2025-12-25'), 5))],
 ('a21', 'Twelfth Night', 1): ['D:2026-01-05', 'D:2026-01-06'], ('a21', 'the week commencing 12 January', 1): week_of(p('2026-01-12')),
 ('a21', 'Christmas Eve', 1): ['D:2025-12-24'], ("a21", "New Year's Eve", 1): ['D:2025-12-31'], ('a21', 'Last Christmas', 1): ['D:2024-12-25'],
 ('a21', 'the ten days after Christmas', 1): [R(p('2024-12-26'), p('2025-01-04'))], ('a21', 'the end of March', 1): end_of(2026, 3),
 # a22 Cairo, pub Tue 2026-01-06: Coptic Christmas, Epiphany and Police Day moved to a Thursday
 ('a22', 'the 43-day Nativity Fast', 1): [R(COPTIC[(1742, 3, 16)], COPTIC[(1742, 4, 29)] - td(1))], ('a22', 'Nov. 25', 1): [Dd(COPTIC[(1742, 3, 16)])],
 ('a22', '29 Kiahk', 1): [Dd(COPTIC[(1742, 4, 29)])], ('a22', 'the month of Kiahk', 1): [R(COPTIC[(1742, 4, 1)], COPTIC[(1742, 4, 30)])],
 ('a22', 'Jan. 7', 1): [Dd(EG_2026['coptic_christmas'])], ('a22', '13 days after the western Christmas', 1): [Dd(p('2025-12-25') + td(13))],
 ('a22', 'the evening before', 1): [Dd(COPTIC[(1742, 5, 11)] - td(1))], ('a22', '11 Tobi', 1): [Dd(COPTIC[(1742, 5, 11)])], ('a22', 'Monday, Jan. 19', 1): [Dd(COPTIC[(1742, 5, 11)])],
 ('a22', 'Jan. 25', 1): [Dd(EG_2026['police_day'])], ('a22', 'Thursday, Jan. 29', 1): [Dd(EG_2026['police_observed'])],
 ('a22', 'a long weekend', 1): [R(EG_2026['police_observed'], EG_2026['police_observed'] + td(2)), f"P:D:{EG_2026['police_observed']}"],
 ('a22', 'April 12', 1): [Dd(OE[2026])], ('a22', 'the western one', 1): [Dd(E[2026])], ('a22', 'the day after', 1): [Dd(EG_2026['sham'])],
 ('a22', '284', 1): ['Y:0284'], ('a22', 'fiscal 2025/26', 1): [fyR(2025, 7), 'RY:2025..2026', 'P:Y:2025', 'P:Y:2026'],
 # a23 Stockholm, a Sunday paper, pub Sun 2026-06-14: Midsummer and the industrial holiday
 ('a23', 'Friday', 1): [Dd(SE_MIDSUMMER_EVE(2026))], ('a23', 'Friday', 2): [Dd(SE_MIDSUMMER_EVE(2026))], ('a23', 'Friday', 3): [Dd(SE_MIDSUMMER_EVE(2026))],
 ('a23', 'Midsummer Day', 1): [Dd(SE_2026['midsummer_day'])], ('a23', 'Week 25', 1): [f'W:{iso_monday(2026, 25)}'],
 ('a23', 'weeks 28 to 31', 1): iso_weeks(2026, 28, 31), ('a23', 'July 6 to Aug. 2', 1): days3(iso_monday(2026, 28), iso_monday(2026, 31) + td(6)),
 ('a23', 'June 6', 1): [Dd(SE_2026['national'])], ('a23', 'a Saturday', 1): [Dd(SE_2026['national'])], ('a23', 'week 26', 1): [f'W:{iso_monday(2026, 26)}'],
 ('a23', 'the Monday after Midsummer', 1): [Dd(coming(SE_2026['midsummer_day'], 0))], ('a23', 'Monday, June 22', 1): [Dd(coming(SE_2026['midsummer_day'], 0))],
 ('a23', 'the third week of August', 1): nth_week(2026, 8, 3),
 # a24 Mumbai, pub Wed 2025-08-13: Independence Day on Navroz, Janmashtami and Ganesh Chaturthi
 ('a24', 'a three-day weekend', 1): [R(MH_2025['independence'], MH_2025['independence'] + td(2)), f"P:D:{MH_2025['independence']}"],
 ('a24', 'Friday', 1): [Dd(MH_2025['independence'])], ('a24', 'Saturday', 1): [Dd(MH_2025['janmashtami'])], ('a24', 'August 15', 1): [Dd(MH_PARSI_NY[2024])],
 ("a24", "Last Saturday's", 1): ['D:2025-08-09'], ('a24', 'the long weekend', 1): [R(MH_2025['independence'], MH_2025['independence'] + td(2)), f"P:D:{MH_2025['independence']}"],
 ('a24', 'a fortnight today', 1): [Dd(MH_2025['ganesh'])], ('a24', 'a week before the festival', 1): [Dd(MH_2025['ganesh'] - td(7))],
 ('a24', '20 years ago this monsoon', 1): ['Y:2005', months(2005, IN_MONSOON[0], 2005, IN_MONSOON[1])],
 # a25 Chennai, pub Sat 2025-01-11: Pongal
 ('a25', 'Pongal', 1): [Dd(TN_PONGAL[2025])], ('a25', 'Monday', 1): [Dd(TN_PONGAL[2025] - td(1))], ('a25', 'Thursday', 1): [Dd(TN_UZHAVAR[2025])],
 ('a25', 'the first day of the Tamil month of Thai', 1): [Dd(TN_PONGAL[2025])],
 ('a25', 'Tuesday', 1): [Dd(TN_PONGAL[2025])], ('a25', 'Wednesday', 1): [Dd(TN_THIRUVALLUVAR[2025])], ('a25', 'Tuesday', 2): [Dd(TN_PONGAL[2025])],
 ('a25', 'January 15', 1): [Dd(TN_PONGAL[2024])], ('a25', 'Pongal day', 1): [Dd(TN_PONGAL[2025])], ('a25', 'the day after', 1): [Dd(TN_PONGAL[2025] + td(1))],
 ('a25', 'Thursday', 3): [Dd(TN_UZHAVAR[2025])], ('a25', 'the second week of March', 1): nth_week(2025, 3, 2), ('a25', 'the fiscal year', 1): [fyR(2025, 4), 'P:Y:2025'],
}
# months and parts of months named without a year: 'past' is the latest such month not after the publication month,
# 'future' the earliest not before it
MONTH_TENSE = {
 ('a01', 'December', 1): 'future', ('a01', 'January', 1): 'future', ('a01', 'February', 1): 'future',
 ('a02', 'January', 1): 'past', ('a02', 'September', 2): 'future', ('a03', 'September', 1): 'future', ('a05', 'December', 1): 'future',
 ('a08', 'October', 1): 'past', ('a08', 'late March', 1): 'past', ('a09', 'May', 1): 'past', ('a09', 'early November', 1): 'future',
 ('a10', 'June', 1): 'past', ('a11', 'September', 1): 'future', ('a12', 'late August', 1): 'future', ('a12', 'late October', 1): 'future',
 ('a13', 'July', 1): 'past', ('a14', 'August', 1): 'past', ('a17', 'April', 1): 'past', ('a17', 'March', 1): 'past',
 ('a18', 'November', 2): 'future', ('a19', 'late November', 1): 'past', ('a20', 'October', 1): 'past', ('a20', 'March', 1): 'past',
 ('a20', 'October', 2): 'future', ('a20', 'late November', 1): 'future', ('a20', 'mid-August', 1): 'future',
 ('a21', 'March', 1): 'future', ('a21', 'April', 1): 'future', ('a23', 'August', 1): 'future', ('a24', 'since early July', 1): 'past',
 ('a25', 'December', 1): 'past',
}

# ---- load the articles
docs = sorted(gold.G)
texts, bodies, offs, pubs, srcs = {}, {}, {}, {}, {}
for d in docs:
    t = open(os.path.join(PROBE, 'articles', d + '.md'), encoding='utf-8').read()
    texts[d] = t
    m = re.match(r'---\npublished: (\d{4}-\d\d-\d\d)\nsource: (.+)\n---\n', t)
    if not m: err(d, 'front matter'); continue
    pubs[d] = p(m.group(1)); srcs[d] = m.group(2); offs[d] = m.end(); bodies[d] = t[m.end():]
covered = {}        # (doc, span, occ) -> names of the checks that covered it
def cover(key, what): covered.setdefault(key, []).append(what)

# ---- 1-2. readings parse and do not repeat; spans occur, word-bounded, and do not overlap
nread = 0
for d in docs:
    spans = []
    for kind, items in (('G', gold.G[d]), ('N', gold.N.get(d, [])), ('X', gold.X.get(d, []))):
        for it in items:
            span, occ = it[0], it[1]
            try:
                s, e = score.body_spans(bodies[d], span, occ)
            except SystemExit as ex:
                err(d, kind, repr(span), occ, 'not found'); continue
            spans.append((s, e, kind, span))
            if kind == 'G':
                alts = it[2]
                if len(set(alts)) != len(alts): err(d, repr(span), 'repeated reading', alts)
                if not [a for a in alts if not a.startswith('P:')]: err(d, repr(span), 'only P: readings')
                for a in alts:
                    nread += 1
                    try: score.reading(a[2:] if a.startswith('P:') else a)
                    except Exception as ex: err(d, repr(span), 'bad reading', a, ex)
    spans.sort()
    for (s1, e1, k1, x1), (s2, e2, k2, x2) in zip(spans, spans[1:]):
        if s2 < e1: err(d, 'overlap', k1, repr(x1), k2, repr(x2))
    keys = [(it[0], it[1]) for it in gold.G[d] + gold.N.get(d, []) + gold.X.get(d, [])]
    if len(set(keys)) != len(keys): err(d, 'an item is listed twice')

def dates_of(alts):
    """the days a gold item's readings name: D: days, R:/IN: ends, W: Mondays and P:D: days"""
    out = set()
    for a in alts:
        k, v = a.split(':', 1)
        if k == 'P': k, v = v.split(':', 1)
        if k == 'D': out.add(p(v))
        elif k in ('R', 'IN'): out.update(p(x) for x in v.split('..'))
        elif k == 'W': out.add(p(v))
    return out

# ---- 3. weekdays named in a span agree with its days
WDRE = r'\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b'
for d in docs:
    for span, occ, alts in gold.G[d]:
        names = re.findall(WDRE, span)
        if not names or re.search(r'years ago on', span): continue     # 'A hundred years ago on Monday': that date's own weekday differs
        if re.search(r' before the \w+ Sunday of', span): names = names[:1]   # 'the Saturday before the second Sunday of Advent': only the first names the day
        days = [p(a[2:]) for a in alts if a.startswith('D:')] or [x for a in alts if a.startswith('R:') for x in map(p, a[2:].split('..'))]
        for n in names:
            wd = W.index(n) if n in W else WABB[n]
            if not any(x.weekday() == wd for x in days): err(d, repr(span), 'weekday', n, 'disagrees with', alts)
        cover((d, span, occ), 'weekday')

# ---- 4. explicit dates: month-first, day-first, ISO, ordinals
def word_dates(span):
    toks = []
    for m in re.finditer(r'\b' + MRE + r'\.?\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:(?:-| and | to )(\d{1,2})\b(?!\s*' + MRE.replace('(', '(?:', 1) + r'))?(?:,? (\d{4}))?', span):
        y = int(m.group(4)) if m.group(4) else None
        toks.append((m.start(), (y, MON[m.group(1)], int(m.group(2)))))
        if m.group(3): toks.append((m.start() + 1, (y, MON[m.group(1)], int(m.group(3)))))
    for m in re.finditer(r'\b(\d{1,2})(?:st|nd|rd|th)?(?:(?:-| and | to )(\d{1,2}))?\s+' + MRE + r'\b(?: (\d{4}))?', span):
        y = int(m.group(4)) if m.group(4) else None
        if m.group(2): toks += [(m.start(), (y, MON[m.group(3)], int(m.group(1)))), (m.start() + 1, (y, MON[m.group(3)], int(m.group(2))))]
        else: toks.append((m.start(), (y, MON[m.group(3)], int(m.group(1)))))
    for m in re.finditer(r'\b(\d{4})-(\d\d)-(\d\d)\b', span):
        toks.append((m.start(), (int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in re.finditer(r'\b(\d{2})\.(\d{2})\.(\d{4})\b', span):                 # dotted, day first (India)
        toks.append((m.start(), (int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    for m in re.finditer(r'\bthe (\d{1,2})(?:st|nd|rd|th)\b(?! day| century| of (?!(?:' + '|'.join(MONTHS) + r')\b)[A-Z])(?: of (' + '|'.join(MONTHS) + r'))?', span):
        toks.append((m.start(), (None, MON[m.group(2)] if m.group(2) else None, int(m.group(1)))))
    return [t for _, t in sorted(toks)]
yearless = []
for d in docs:
    for span, occ, alts in gold.G[d]:
        wd_ = word_dates(span)
        if not wd_: continue
        days = dates_of(alts)
        for y, mo, da in wd_:
            hit = [x for x in days if x.day == da and (mo is None or x.month == mo) and (y is None or x.year == y)]
            if not hit: err(d, repr(span), 'names', (y, mo, da), 'but readings are', alts)
            elif y is None and all(abs((x - pubs[d]).days) > 366 for x in hit): yearless.append((d, span, occ))
        cover((d, span, occ), 'date')
for d, span, occ in yearless:
    if (d, span, occ) not in CALC: err(d, repr(span), 'a day named without its year more than a year from publication and not in CALC')

# ---- 4b. days of a list ('on Aug. 4, 5 and 6', 'on 4, 11 and 18 July'): a bare number takes the month (and year) of the
#      nearest date in its list that names one, within 40 characters either way
for d in docs:
    for span, occ, alts in gold.G[d]:
        if not re.fullmatch(r'\d{1,2}', span): continue
        s, e = score.body_spans(bodies[d], span, occ)
        after = re.match(r'(?:,? (?:and )?\d{1,2})*,? (?:and )?(?:' + MRE + r'\.? \d{1,2}|\d{1,2} ' + MRE + r')', bodies[d][e:e + 40])
        before = re.search('(' + MRE + r'\.? \d{1,2}|\d{1,2} ' + MRE + r')(?:,? (?:and )?\d{1,2})*,? (?:and )?$', bodies[d][max(0, s - 40):s])
        m = after or before
        if not m: err(d, repr(span), occ, 'a bare number in no list of dates'); continue
        anchor = [it for it in gold.G[d] if it[0] in m.group(0) and re.search(MRE, it[0])]
        if not anchor: err(d, repr(span), occ, 'its list names no dated item'); continue
        ad = [x for x in dates_of(anchor[0][2])]
        want = {x.replace(day=int(span)) for x in ad}
        if alts != [Dd(x) for x in sorted(want)]: err(d, repr(span), occ, 'list day', alts, 'from', anchor[0][0])
        cover((d, span, occ), 'list')

# ---- 5. years, year ranges, decades, centuries, months with a year
for d in docs:
    for span, occ, alts in gold.G[d]:
        m = re.fullmatch(r'(?:since )?(\d{4})', span)
        if m:
            if alts != [f'Y:{m.group(1)}']: err(d, repr(span), 'year', alts)
            cover((d, span, occ), 'year')
        m = re.search(r'\b(\d{4})[-/](\d{2}|\d{4})\b', span)
        if m and not re.search(r'\d{4}-\d\d-\d\d', span):
            y1 = int(m.group(1)); y2 = int(m.group(2)) if len(m.group(2)) == 4 else y1 // 100 * 100 + int(m.group(2))
            if y2 <= y1 or (y2 > y1 + 2 and f'RY:{y1}..{y2}' not in alts): err(d, repr(span), 'year range', y1, y2)   # p20: '1991-2020', '(1888-1946)' RY:
            ends = {q.year for a in alts for q in (dates_of([a]) if a[0] in 'RI' else [])}
            if f'RY:{y1}..{y2}' not in alts and not ({y1, y2} <= ends): err(d, repr(span), 'year range not read', alts)
            cover((d, span, occ), 'year range')
        m = re.fullmatch(r'(?:since )?(?:[Tt]he )?(early |late )?(\d{3})0s', span)
        if m:
            y = int(m.group(2) + '0')
            want = early_decade(y) if m.group(1) == 'early ' else late_decade(y) if m.group(1) == 'late ' else decade(y)
            if alts != want: err(d, repr(span), 'decade', alts, want)
            cover((d, span, occ), 'decade')
        m = re.fullmatch(r'(\d{2})th century|(\d{2})th', span)
        if m:
            n = int(m.group(1) or m.group(2))
            if alts != century(n): err(d, repr(span), 'century', alts)
            cover((d, span, occ), 'century')
        m = re.fullmatch(r'(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})', span)
        if m:
            if alts != [f'M:{m.group(2)}-{MON[m.group(1)]:02d}']: err(d, repr(span), 'month', alts)
            cover((d, span, occ), 'month')
        m = re.fullmatch(r'(?:[Tt]he first half of|H1) (\d{4})|(?:[Tt]he second half of|H2) (\d{4})', span)
        if m:
            want = [f'H:{m.group(1)}-H1'] if m.group(1) else [f'H:{m.group(2)}-H2']
            if alts != want: err(d, repr(span), 'half', alts)
            cover((d, span, occ), 'half')
        m = re.fullmatch(r'([1-4])Q(\d\d)', span)
        if m:
            if alts != Q(2000 + int(m.group(2)), int(m.group(1))): err(d, repr(span), 'quarter', alts)
            cover((d, span, occ), 'quarter')

# ---- 6. months named without a year, and their parts, by tense
for d in docs:
    for span, occ, alts in gold.G[d]:
        m = re.fullmatch(r'(?:(?:[Ee]arly|[Mm]id|[Ll]ate|since late|since mid|since early)[- ])?(January|February|March|April|May|June|July|August|September|October|November|December)', span)
        if not m or (d, span, occ) in CALC: continue
        t = MONTH_TENSE.get((d, span, occ))
        if not t: err(d, repr(span), 'a month without its year in neither MONTH_TENSE nor CALC'); continue
        mo = MON[m.group(1)]; ref = pubs[d]
        y = ref.year - (mo > ref.month) if t == 'past' else ref.year + (mo < ref.month)
        want = [f'M:{y}-{mo:02d}'] if span == m.group(1) else [f'MIN:{y}-{mo:02d}']
        if alts != want: err(d, repr(span), 'month by tense', t, alts, want)
        cover((d, span, occ), 'month tense')

# ---- 7. relative forms, recomputed from the publication day (or SPEAKER's day)
NUMW = {'a': 1, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'ten': 10, 'twenty': 20, 'fifty': 50}
def nm(s): return int(s) if s.isdigit() else NUMW[s]
def wdi(s): return W.index(s.capitalize())
WDS = r'(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
def seasons(name, y0, south_):
    """(start, end, label-year) of the season named, for years around y0, in the story's hemisphere"""
    months_ = SEAS[OPP[name]] if south_ else SEAS[name]
    out = []
    for y in range(y0 - 2, y0 + 3):
        a, b = months_; s = dt.date(y, a, 1); e = mend(y + (b < a), b); out.append((s, e, y))
    return out
def season_read(name, s, y, south_):
    return south(name, y) if south_ else north(name, y)
def rel_expect(d, span, ref):
    s = span.lower()
    if s.endswith("'s"): s = s[:-2]
    sun = ref.weekday() == 6
    simple = {'today': [Dd(ref)], 'tonight': [Dd(ref)], 'this morning': [Dd(ref)], 'this evening': [Dd(ref)],
              'tomorrow': [Dd(ref + td(1))], 'yesterday': [Dd(ref - td(1))], 'the day after tomorrow': [Dd(ref + td(2))],
              'this week': [Wk(ref)], 'next week': [Wk(ref + td(1))] if sun else [Wk(ref + td(7))],
              'last week': [Wk(ref), Wk(ref - td(7))] if sun else [Wk(ref - td(7))],
              'later this week': [f'IN:{ref}..{monday(ref) + td(6)}', Wk(ref)],
              'a week from today': [Dd(ref + td(7))], 'this day week': [Dd(ref + td(7))], 'a fortnight from today': [Dd(ref + td(14))],
              'a fortnight ago': [Dd(ref - td(14)), Wk(ref - td(14))], 'two weeks ago': [Dd(ref - td(14)), Wk(ref - td(14))],
              'this year': [f'Y:{ref.year}'], 'last year': [f'Y:{ref.year - 1}'], 'next year': [f'Y:{ref.year + 1}'],
              'a year ago': [f'Y:{ref.year - 1}'], 'the year before last': [f'Y:{ref.year - 2}'], 'a century ago': [f'Y:{ref.year - 100}'],
              'last month': [f'M:{(ref.replace(day=1) - td(1)):%Y-%m}'], 'next month': [f'M:{(ref.replace(day=28) + td(4)):%Y-%m}'],
              'this weekend': [wknd(ref if ref.weekday() == 5 else coming(ref, 5))],
              'the weekend': [wknd(coming(ref, 5))],
              'last weekend': [wknd(previous(ref, 5) if ref.weekday() not in (5, 6) else ref - td(7 + (ref.weekday() - 5)))]}
    simple.update({'the coming week': [Wk(ref + td(1))] if sun else [Wk(ref + td(7))],
                   'the week after next': [Wk(ref + td(8))] if sun else [Wk(ref + td(14))]})
    # p20's forms: 'a week today/tomorrow', 'a fortnight today', 'this month', 'the month after next', "in a month's time",
    # 'the weekend after next' (this weekend + 14), 'the middle of next week', 'the rest of the week'
    this_wknd = ref if ref.weekday() == 5 else coming(ref, 5)
    nxt_mon = monday(ref) + td(7)
    def add_months(d, k):
        y, m = d.year + (d.month - 1 + k) // 12, (d.month - 1 + k) % 12 + 1
        return dt.date(y, m, min(d.day, mend(y, m).day))
    simple.update({'a week today': [Dd(ref + td(7))], 'a week tomorrow': [Dd(ref + td(8))], 'a fortnight today': [Dd(ref + td(14))],
                   'this month': [f'M:{ref:%Y-%m}'], 'the month after next': [f'M:{add_months(ref, 2):%Y-%m}'],
                   "in a month's time": [Dd(add_months(ref, 1)), f'M:{add_months(ref, 1):%Y-%m}'],
                   'the weekend after next': [wknd(this_wknd + td(14))],
                   'the middle of next week': [f'IN:{nxt_mon + td(1)}..{nxt_mon + td(3)}', f'P:W:{nxt_mon}'],
                   'the rest of the week': [f'IN:{ref}..{monday(ref) + td(6)}', f'P:W:{monday(ref)}']})
    if s in simple: return simple[s]
    m = re.fullmatch(r'(\w+) days? ago', s)
    if m and (m.group(1) in NUMW or m.group(1).isdigit()): return [Dd(ref - td(nm(m.group(1))))]
    m = re.fullmatch(r'(\w+) weeks? from today', s)
    if m and (m.group(1) in NUMW or m.group(1).isdigit()): return [Dd(ref + td(7 * nm(m.group(1))))]
    nxt = (ref.replace(day=28) + td(4)).replace(day=1)
    m = re.fullmatch(r'the (\d+)(?:st|nd|rd|th) of next month', s)
    if m: return [Dd(nxt.replace(day=int(m.group(1))))]
    m = re.fullmatch(r'(\w+) years? (ago|from now)', s)
    if m and m.group(1) in NUMW or (m and m.group(1).isdigit()):
        n = nm(m.group(1)); return [f'Y:{ref.year - n if m.group(2) == "ago" else ref.year + n}']
    m = re.fullmatch(r'last (' + '|'.join(MONTHS).lower() + ')', s)
    if m:
        mo = MONTHS.index(m.group(1).capitalize()) + 1; return [f'M:{ref.year - (mo >= ref.month)}-{mo:02d}']
    m = re.fullmatch(r'(next|last) ' + WDS, s)
    if m: return [Dd(coming(ref, wdi(m.group(2))) if m.group(1) == 'next' else previous(ref, wdi(m.group(2))))]
    m = re.fullmatch(WDS + r' next', s)
    if m: return [Dd(coming(ref, wdi(m.group(1))))]
    m = re.fullmatch(WDS + r' (week|fortnight)', s)
    if m: return [Dd(coming(ref, wdi(m.group(1))) + td(7 if m.group(2) == 'week' else 14))]
    m = re.fullmatch(r'the ' + WDS + r' after next', s)          # p20: 'the Sunday after next'
    if m: return [Dd(coming(ref, wdi(m.group(1))) + td(7))]
    m = re.fullmatch(r'a week (?:from |on )?' + WDS, s)           # p20 adds the British 'a week Friday', 'a week Thursday'
    if m: return [Dd(coming(ref, wdi(m.group(1))) + td(7))]
    m = re.fullmatch(r'since ' + WDS, s)
    if m: a = previous(ref, wdi(m.group(1))); return [Dd(a), R(a, ref)]
    m = re.fullmatch(r'since (' + '|'.join(MONTHS).lower() + ')', s)
    if m:
        mo = MONTHS.index(m.group(1).capitalize()) + 1; y = ref.year - (mo >= ref.month)
        return [f'M:{y}-{mo:02d}', R(dt.date(y, mo, 1), ref)]
    m = re.fullmatch(r'since (' + '|'.join(MONTHS).lower() + r') (\d{1,2})', s)
    if m:
        a = dt.date(ref.year, MONTHS.index(m.group(1).capitalize()) + 1, int(m.group(2)))
        if a > ref: a = a.replace(year=a.year - 1)
        return [Dd(a), R(a, ref)]
    m = re.fullmatch(r'(this|last|next) (spring|summer|fall|autumn|winter)', s)
    if m:
        name = 'autumn' if m.group(2) == 'fall' else m.group(2); so = d in SOUTH
        cands = seasons(name, ref.year, so)
        if m.group(1) == 'last': c = max((x for x in cands if x[1] < ref), key=lambda x: x[1])
        elif m.group(1) == 'next': c = min((x for x in cands if x[0] > ref), key=lambda x: x[0])
        else: c = ([x for x in cands if x[0] <= ref <= x[1]] or [x for x in cands if x[0].year == ref.year])[0]
        return season_read(name, c[0], c[2], so)
    return None
relseen = 0
for d in docs:
    for span, occ, alts in gold.G[d]:
        ref = SPEAKER.get((d, span, occ), pubs[d])
        want = rel_expect(d, span, ref)
        if want is None: continue
        relseen += 1
        if alts != want: err(d, repr(span), 'relative form read', alts, 'computed', want)
        cover((d, span, occ), 'relative')
for k in SPEAKER:                    # every SPEAKER entry names an item whose relative form was recomputed from it
    if 'relative' not in covered.get(k, []): err('SPEAKER entry matches no recomputed item', k)

# ---- 8. bare weekdays: within six days of publication, by the verb's tense (printed to eyeball)
print('bare weekdays (publication day, reading, context):')
for d in docs:
    for span, occ, alts in gold.G[d]:
        m = re.fullmatch(r"(?:[Tt]he |on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?", span)
        if not m: continue
        x = p(alts[0][2:]); ref = pubs[d]
        anaphoric = span.startswith(('the ', 'The ')) and (d, span, occ) in CALC     # 'the Monday' after a day the story names
        if not alts[0].startswith('D:') or (abs((x - ref).days) > 6 and not anaphoric): err(d, repr(span), 'bare weekday beyond six days', alts)
        s, e = score.body_spans(bodies[d], span, occ)
        ctx = ' '.join(bodies[d][max(0, s - 45):e + 25].split())
        print(f"  {d} {ref:%a %Y-%m-%d} {span!r:14} -> {x:%a %Y-%m-%d} ({(x - ref).days:+d}) | {ctx}")
        cover((d, span, occ), 'bare weekday')

# ---- 9. CALC: every computed reading equals the gold's, order included
for key, want in CALC.items():
    d, span, occ = key
    hit = [it for it in gold.G.get(d, []) if it[0] == span and it[1] == occ]
    if not hit: err('CALC item not in gold', key); continue
    if hit[0][2] != want: err(d, repr(span), occ, 'gold', hit[0][2], 'computed', want)
    cover(key, 'CALC')

# ---- 10. every gold item is covered by at least one check
nitems = sum(len(v) for v in gold.G.values())
for d in docs:
    for span, occ, alts in gold.G[d]:
        if (d, span, occ) not in covered: err(d, repr(span), occ, alts, 'checked by no rule')

# ---- 11. publication days, datelines, Sunday papers, lengths
pl = [pubs[d] for d in docs]
if len(set(pl)) != len(pl): err('publication days repeat')
if not all(p('2025-01-01') <= x <= p('2026-12-31') for x in pl): err('publication day out of range')
if {x.month for x in pl} != set(range(1, 13)): err('not every month', sorted({x.month for x in pl}))
if {x.weekday() for x in pl} != set(range(7)): err('not every weekday')
for d in docs:
    if (pubs[d].weekday() == 6) != (d in SUNDAY_PAPERS): err(d, 'Sunday papers and Sundays disagree')
    first = bodies[d].split('\n', 1)[0]
    dl = word_dates(first[:first.index('(') if '(' in first else 60] if '(' in first[:60] else first[:40])
    if not dl or (dl[0][1], dl[0][2]) != (pubs[d].month, pubs[d].day): err(d, 'dateline', first[:60])
    if gold.G[d][0][2] != [Dd(pubs[d])]: err(d, 'the first item is not the dateline')
    n = len(bodies[d].split())
    if not 250 <= n <= 320: err(d, 'length', n)
lens = [len(bodies[d].split()) for d in docs]
print(f'bodies {min(lens)}-{max(lens)} words; published', ', '.join(f'{d} {pubs[d]:%a %Y-%m-%d}' for d in docs))

# ---- 12. words that often mark dates but lie outside every span (to eyeball)
EYE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec|"
                 r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|tomorrow|yesterday|weekend|month|"
                 r"season|spring|summer|autumn|fall|winter|Christmas|Easter|decade|century|quarter|fortnight|[12]\d{3}|\d+(?:st|nd|rd|th))\b")
print('date words outside every span:')
for d in docs:
    cov = [score.body_spans(bodies[d], it[0], it[1]) for it in gold.G[d] + gold.N.get(d, []) + gold.X.get(d, [])]
    for m in EYE.finditer(bodies[d]):
        if m.group(0) == 'May' and re.match(r'May\b', bodies[d][m.start():]) and bodies[d][m.start() - 1:m.start()] in (' ', '\n') and False: pass
        if not any(a <= m.start() < e for a, e in cov):
            print(f"  {d} {m.group(0)!r} | {' '.join(bodies[d][max(0, m.start() - 35):m.end() + 20].split())}")

# ---- 13. synthetic runs through p4's scorer (the one score.py runs)
GRAN = {'day': 'day', 'month': 'month', 'year': 'year', 'quarter': 'quarter', 'half': 'half', 'season': 'season',
        'week': 'week', 'range': 'range', 'in': 'range', 'decade': 'decade'}
def value_of(a):
    k, s, e = score.reading(a[2:] if a.startswith('P:') else a)
    return {'start': str(s), 'end': str(e), 'granularity': GRAN[k]}
def absspan(d, span, occ):
    s, e = score.body_spans(bodies[d], span, occ); return offs[d] + s, offs[d] + e
def claim(d, span, occ, val):
    s, e = absspan(d, span, occ)
    assert texts[d][s:e] == span
    return {'kind': 'date', 'doc': d + '.md', 'start': s, 'end': e, 'text': span, 'value': val, 'sentence': span, 'extractor': 'synthetic'}
DOCS = [{'id': d + '.md', 'published': str(pubs[d])} for d in docs]
def run(claims, via_score_py=False):
    f = tempfile.NamedTemporaryFile('w', suffix='.json', delete=False); json.dump({'documents': DOCS, 'claims': claims}, f); f.close()
    if via_score_py:
        out = subprocess.run([sys.executable, os.path.join(PROBE, 'score.py'), f.name], capture_output=True, text=True).stdout
    else:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf): score.main(f.name)
        out = buf.getvalue()
    os.unlink(f.name)
    m = re.search(r'date claims (\d+) \(correct (\d+), wrong/non-date (\d+), on neutral spans (\d+)\)', out)
    sr = re.search(r'span recall\s+(\d+)/(\d+)', out); vr = re.search(r'value recall\s+(\d+)/(\d+)', out); pr = re.search(r'precision\s+(\d+)/(\d+)', out)
    return dict(claims=int(m.group(1)), correct=int(m.group(2)), wrong=int(m.group(3)), neutral=int(m.group(4)),
                span=int(sr.group(1)), value=int(vr.group(1)), n=int(sr.group(2)), prec=(int(pr.group(1)), int(pr.group(2)))), out
G_ITEMS = [(d, span, occ, alts) for d in docs for span, occ, alts in gold.G[d]]
N_ITEMS = [(d, span, occ) for d in docs for span, occ in gold.N.get(d, [])]
X_ITEMS = [(d, span, occ) for d in docs for span, occ in gold.X.get(d, [])]
n = len(G_ITEMS)
perfect = [claim(d, s, o, value_of(a[0])) for d, s, o, a in G_ITEMS]
def expect(tag, got, **want):
    bad = {k: (got[k], v) for k, v in want.items() if got[k] != v}
    print(f'  {tag}: span {got["span"]}/{n}, value {got["value"]}/{n}, precision {got["prec"][0]}/{got["prec"][1]}, claims {got["claims"]} (neutral {got["neutral"]})' + (f'  MISMATCH {bad}' if bad else ''))
    if bad: err('synthetic run', tag, bad)
print('synthetic runs:')
r, _ = run(perfect); expect('every item its first reading', r, span=n, value=n, correct=n, wrong=0, neutral=0)
r, out = run(perfect, via_score_py=True); expect('the same through score.py', r, span=n, value=n, correct=n, wrong=0, neutral=0)
if out.count('= 100.0%') != 3: err('score.py does not print 100% three times')
dummy = lambda d: {'start': str(pubs[d]), 'end': str(pubs[d]), 'granularity': 'day'}
r, _ = run(perfect + [claim(d, s, o, dummy(d)) for d, s, o in N_ITEMS + X_ITEMS])
expect('plus a claim on every N and X span', r, span=n, value=n, correct=n, wrong=len(X_ITEMS), neutral=len(N_ITEMS))
r, _ = run([claim(d, s, o, dummy(d)) for d, s, o in X_ITEMS]); expect('decoys only', r, span=0, value=0, correct=0, wrong=len(X_ITEMS), neutral=0)
# every reading accepted for a claim of its own interval; P: readings count right for precision but earn no value recall
withP = 0; p_inside = []
for d, s, o, alts in G_ITEMS:
    for a in alts:
        v = value_of(a); real = [b for b in alts if not b.startswith('P:')]
        ok = any(score.accepts(b, v) for b in real)
        if a.startswith('P:'):
            if not score.accepts(a[2:], v): err(d, repr(s), a, 'P: reading not accepted for its own interval')
            if ok: p_inside.append((d, s, a))      # e.g. 'around <day>': the day lies inside the IN: reading
        elif not ok: err(d, repr(s), a, 'reading not accepted for its own interval')
pclaims = []
for d, s, o, alts in G_ITEMS:
    pa = [a for a in alts if a.startswith('P:')]
    if pa: withP += 1; pclaims.append(claim(d, s, o, value_of(pa[0])))
    else: pclaims.append(claim(d, s, o, value_of(alts[0])))
pv = sum(1 for (d, s, o, alts), c in zip(G_ITEMS, pclaims) if any(score.accepts(x, c['value']) for x in alts if not x.startswith('P:')))
print(f'  P: readings that a real reading also accepts (a day inside an IN: range): {p_inside}')
r, _ = run(pclaims); expect(f'P: readings claimed where there are any ({withP} items)', r, span=n, value=pv, correct=n, wrong=0)
if pv != n - withP + len(p_inside): err('P: run', pv, n, withP, len(p_inside))
# perturbations
def shift(v, days=0, years=0):
    def f(x):
        x = p(x)
        if years:
            try: x = x.replace(year=x.year + years)
            except ValueError: x = x.replace(year=x.year + years, day=28)
        return str(x + td(days))
    return dict(v, start=f(v['start']), end=f(v['end']))
r, _ = run([dict(c, value=shift(c['value'], years=1)) for c in perfect]); expect('every value a year late', r, span=n, value=0, correct=0, wrong=n)
dropped = [c for i, c in enumerate(perfect) if i % 10 != 0]
r, _ = run(dropped); expect('every tenth claim dropped', r, span=len(dropped), value=len(dropped), correct=len(dropped), wrong=0)
late = [dict(c, value=shift(c['value'], days=1)) for c in perfect]
still = sum(1 for (d, s, o, alts), c in zip(G_ITEMS, late) if any(score.accepts(b, c['value']) for b in alts if not b.startswith('P:')))
coarse = sum(1 for (d, s, o, alts), c in zip(G_ITEMS, late) if not any(score.accepts(b, c['value']) for b in alts if not b.startswith('P:'))
             and any(score.accepts(b[2:], c['value']) for b in alts if b.startswith('P:')))
r, _ = run(late); expect(f'every value a day late (still right by its own slack: {still}, by a P: reading: {coarse})', r, span=n, value=still, correct=still + coarse, wrong=n - still - coarse)
if still > n // 5: err('a day-late run is accepted too often', still)
# an empty claims file, and tiny_out.json (one right, two wrong values, one decoy, one neutral)
for fn, want in (('empty_out.json', dict(claims=0, correct=0, wrong=0, neutral=0, span=0, value=0)),
                 ('tiny_out.json', dict(claims=5, correct=1, wrong=3, neutral=1, span=3, value=1))):
    o = subprocess.run([sys.executable, os.path.join(PROBE, 'score.py'), os.path.join(PROBE, 'src', fn)], capture_output=True, text=True)
    if o.returncode: err(fn, 'score.py failed', o.stderr[-500:]); continue
    m = re.search(r'date claims (\d+) \(correct (\d+), wrong/non-date (\d+), on neutral spans (\d+)\)', o.stdout)
    got = dict(claims=int(m.group(1)), correct=int(m.group(2)), wrong=int(m.group(3)), neutral=int(m.group(4)),
               span=int(re.search(r'span recall\s+(\d+)', o.stdout).group(1)), value=int(re.search(r'value recall\s+(\d+)', o.stdout).group(1)))
    print(f'  {fn}: {got}')
    if got != want: err(fn, 'scored', got, 'expected', want)

# ---- summary
from collections import Counter
cov = Counter(w for v in covered.values() for w in set(v))
print(f'checks covering the {n} gold items:', dict(cov))
print(f'{len(docs)} stories; {n} gold items ({nread} readings), {len(N_ITEMS)} neutral, {len(X_ITEMS)} decoys; '
      f'{len(CALC)} CALC entries, {relseen} relative forms recomputed')
print(f'{errs} errors')
sys.exit(1 if errs else 0)
