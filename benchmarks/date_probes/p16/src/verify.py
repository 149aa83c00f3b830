# Checks gold.py against the built articles (written for p16, adapted from p15's verify.py): gold.py loads; every
# reading parses with p4's scorer and none repeats; every G, N and X span occurs in its article and none overlap;
# weekdays named in a span agree with its D: (or R: ends; the weekday of 'N years ago on Friday' is the anniversary's,
# not the old day's); month/day and year agree with the span for month-first ('Oct. 5', 'Sept. 13'), day-first ('5
# October'), numeric ('9/20', '1/14/2028', '3/31/2026' and '8/28/05' month-first in the US stories a08, a14, a19 and
# a21; '14/03' and '03/05' day-first elsewhere), year-first ('114/06/02' in the Republic of China's era, '2025/6/2',
# ISO '2027-06-30'), dotted and ordinal dates and for ranges ('from 14 to 20 April', 'Nov. 27 through Dec. 1', 'Jan.
# 9-10, 2027', '28 and 29 April', 'from Dec. 6 through March 6'); relative phrases computed with datetime against the
# publication day or the speaker's day (SPEAKER): p13-p15's forms and p16's ('the day before yesterday', 'in three
# weeks' time', 'the week before last', 'the coming weekend', 'later this month', 'early next year', 'two weeks ago',
# 'eleven days ago', 'Twenty years ago on Friday', 'a week from Sunday', 'a week on Friday', 'Tuesday week'); bare
# weekdays within six days of that day (printed for eyeballing, with their tense context); a table (CALC) of every
# holiday, feast of another calendar, counted day, fiscal period, season, decade, century, term and other computed
# reading, each worked out here from rules (western and Orthodox Easter, Mardi Gras, Clean Monday and Holy Spirit
# Monday, nth and last weekdays, holidays moved off a Sunday, Israel's rules for moving its memorial days, Iceland's
# first days of summer and winter, the Saturday nearest the end of January and the Sunday nearest the end of February as year-ends,
# the second Sunday of a sumo month, Oxford's numbered weeks, lunar, Hebrew, Hijri and holiday tables, day offsets) and
# compared with the gold's readings; bodies are 280-360 words; publication dates are distinct, lie in 2025-02 ..
# 2027-12 and cover every month and weekday, and the two Sunday papers fall on Sundays; then a synthetic run through
# p4's scorer giving every item its first reading must score 100%, a run that also claims every N and X span must count
# the N claims neither way and every X claim as a precision error, every reading (P: ones included) must be accepted
# for a claim of its own interval, score.py must run on an empty claims file, and src/tiny_out.json must score as
# one right claim, two wrong values, one decoy and one neutral.
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
US = {'a08', 'a14', 'a19', 'a21'}                 # US copy: numeric dates month-first (Utah, Louisiana, Missouri, Hawaii)
SOUTH = {'a04', 'a11', 'a13', 'a24'}                # southern-hemisphere stories (Montevideo, Port Louis, Windhoek, Cape Town)
SUNDAY_PAPERS = {'a18', 'a19'}
NUM = {'a': 1, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9,
       'ten': 10, 'eleven': 11, 'twelve': 12, 'twenty': 20, 'thirty': 30, 'forty': 40, 'fifty': 50, 'hundred': 100, 'a hundred': 100}
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
# ---- tables checked when the probe was written (holidays 0.109, convertdate 2.5.1, hijridate 2.6.0, lunardate 0.3.0,
#      installed in a scratch folder inside the probe and removed afterwards; verify.py needs none of them). Days a story
#      fixes itself (Senegal's sighting of Safar, Tamkharit and Tabaski, the Tet and Naadam breaks, school terms, fixtures,
#      sailings, a court's dates) are taken from the story.
LUNAR_MONTH_1ST = {(2026, 12): p('2027-01-08'), (2027, 1): p('2027-02-06'), (2027, 3): p('2027-04-07'),
                   (2025, 5): p('2025-05-27'), (2024, 5): p('2024-06-06')}      # lunardate: day 1 of lunar month (y, m)
def lunar(y, m, d): return LUNAR_MONTH_1ST[(y, m)] + td(d - 1)
LUNAR_NEW_YEAR = {2025: p('2025-01-29'), 2026: p('2026-02-17'), 2027: p('2027-02-06'), 2028: p('2028-01-26')}
MN_TSAGAAN_SAR = {2025: p('2025-03-01'), 2026: p('2026-02-18')}; MN_GENGHIS = {2025: p('2025-11-21')}  # holidays MN
MN_REPUBLIC = lambda y: dt.date(y, 11, 26); MN_INDEPENDENCE = lambda y: dt.date(y, 12, 29)
HEB = {('PESACH', 5784): p('2024-04-23'), ('PESACH', 5785): p('2025-04-13'), ('27 NISAN', 5785): p('2025-04-25'),
       ('4 IYAR', 5785): p('2025-05-02'), ('5 IYAR', 5785): p('2025-05-03'), ('LAG', 5785): p('2025-05-16'),
       ('SHAVUOT', 5785): p('2025-06-02'), ('RH', 5785): p('2024-10-03'), ('RH', 5786): p('2025-09-23'),
       ('RH', 5787): p('2026-09-12')}                   # convertdate hebrew
def yom_hashoah(d27):                               # 27 Nisan: a Friday moves back to Thursday, a Sunday on to Monday
    return d27 - td(1) if d27.weekday() == 4 else d27 + td(1) if d27.weekday() == 6 else d27
def yom_haatzmaut(d5):                              # 5 Iyar: Friday or Saturday back to Thursday, Monday on to Tuesday
    return {4: d5 - td(1), 5: d5 - td(2), 0: d5 + td(1)}.get(d5.weekday(), d5)
UQ = {(1447, 1, 1): p('2025-06-26'), (1447, 3, 12): p('2025-09-04'), (1447, 9, 1): p('2026-02-18'),
      (1447, 10, 1): p('2026-03-20'), (1448, 1, 1): p('2026-06-16'), (1448, 2, 18): p('2026-08-01'),
      (1449, 1, 1): p('2027-06-06'), (1452, 2, 18): p('2030-06-19')}          # hijridate (Umm al-Qura)
SN_SAFAR_1 = p('2026-07-16')            # Senegal's own sighting on the evening of July 15 (the story)
SN_MAGAL = {2026: SN_SAFAR_1 + td(17), 2025: p('2025-08-13')}; SN_TAMKHARIT = p('2026-06-26'); SN_TABASKI = p('2026-05-27')
MU = {'NEW_YEAR_2': p('2027-01-02'), 'THAIPOOSAM': p('2027-01-22'), 'ABOLITION': p('2027-02-01'), 'SPRING': p('2027-02-06'),
      'SHIVARATREE': p('2027-03-06'), 'EID': p('2027-03-10'), 'INDEPENDENCE': p('2027-03-12'), 'UGADI': p('2027-04-07'),
      'LABOUR': p('2027-05-01'), 'GANESH': p('2027-09-04'), 'DIVALI': p('2027-10-29'), 'CHRISTMAS': p('2027-12-25')}  # holidays MU
IN_GURPURAB = {2025: p('2025-11-05')}; IN_DIWALI = {2025: p('2025-10-20')}; IN_TEGH_BAHADUR = {2025: p('2025-11-24')}
IN_JATHA = (p('2025-11-04'), p('2025-11-13')); IN_JATHA_2024 = p('2024-11-14')
def nanakshahi_new_year(n): return dt.date(1468 + n, 3, 14)        # 1 Chet = March 14; year 1 = 1469
VAISAKHI = lambda y: dt.date(y, 4, 14)
E = {y: easter(y) for y in (2024, 2025, 2026, 2027, 2028)}
OE27 = orthodox_easter(2027); OE26 = orthodox_easter(2026)
def off_sunday_sat(d): return d + td(1) if d.weekday() == 6 else d
IS_FIRST_SUMMER = lambda y: coming(dt.date(y, 4, 18), 3)             # first Thursday after April 18
IS_FIRST_WINTER = lambda y: dt.date(y, 10, 21) + td((5 - dt.date(y, 10, 21).weekday()) % 7)   # Saturday of 21-27 Oct
IS_COMMERCE = lambda y: nth_wd(y, 8, 0, 1)
TW_DRAGON = {2025: lunar(2025, 5, 5), 2024: p('2024-06-10')}        # lunardate: 5/5
def tw_observed(d): return d - td(1) if d.weekday() == 5 else d + td(1) if d.weekday() == 6 else d
def sumo_day1(y, m): return nth_wd(y, m, 6, 2)                     # the second Sunday of the month
def nearest_sat(y, m, d):                                           # the Saturday nearest a day
    x = dt.date(y, m, d); b = x - td((x.weekday() - 5) % 7); a = b + td(7)
    return b if (x - b) <= (a - x) else a
def retail_fy(label):                     # a US retailer's year named by the year it begins, to the Saturday nearest Jan 31
    return (nearest_sat(label, 1, 31) + td(1), nearest_sat(label + 1, 1, 31))
def nearest_sun(y, m, d):                                           # the Sunday nearest a day
    x = dt.date(y, m, d); b = x - td((x.weekday() - 6) % 7); a = b + td(7)
    return b if (x - b) <= (a - x) else a
def za_fy(end_y):                          # a year to the Sunday nearest the end of February, named by the year it ends in
    return (nearest_sun(end_y - 1, 2, 28) + td(1), nearest_sun(end_y, 2, 28))
OX_MT26 = p('2026-10-11'); OX_HT27 = p('2027-01-17'); OX_TT27 = p('2027-04-25')   # Oxford full terms (the story)
def ox_week(start, n): return [Wk(start + td(7 * n + 1)), R(start + td(7 * n), start + td(7 * n + 6))]   # week n from 0
TH_US = lambda y: nth_wd(y, 11, 3, 4); LABOR_US = lambda y: nth_wd(y, 9, 0, 1)
HI_KUHIO = lambda y: dt.date(y, 3, 26)
NI_TWELFTH = lambda y: dt.date(y, 7, 12)
UG_HEROES = lambda y: dt.date(y, 6, 9); UG_MARTYRS = lambda y: dt.date(y, 6, 3); UG_EID_ADHA = {2026: p('2026-05-27')}
def ug_fy(end_y): return R(dt.date(end_y - 1, 7, 1), dt.date(end_y, 6, 30))
NA_INDEPENDENCE = lambda y: dt.date(y, 3, 21)
def na_fy(end_y): return R(dt.date(end_y - 1, 4, 1), dt.date(end_y, 3, 31))
EE_VICTORY = lambda y: dt.date(y, 6, 23); EE_MIDSUMMER = lambda y: dt.date(y, 6, 24); EE_RESTORATION = lambda y: dt.date(y, 8, 20)
CZ_STATE_DAY = lambda y: dt.date(y, 10, 28); CZ_FREEDOM_DAY = lambda y: dt.date(y, 11, 17)
GR_INDEPENDENCE = lambda y: dt.date(y, 3, 25); GR_DORMITION = lambda y: dt.date(y, 8, 15)
VN_HUNG_KINGS = {2027: lunar(2027, 3, 10)}
AE_TERMS = dict(t1=(p('2025-08-25'), p('2025-12-05')), winter=(p('2025-12-08'), p('2026-01-04')), t2=(p('2026-01-05'), p('2026-03-13')),
                spring=(p('2026-03-16'), p('2026-03-29')), t3=(p('2026-03-30'), p('2026-07-03')))     # the story's calendar
CALC = {
 # a01 Hanoi, pub Thu 2027-01-14: the Tet break by lunar days
 ('a01', 'the Lunar New Year', 1): [Dd(LUNAR_NEW_YEAR[2027])], ('a01', 'Saturday, February 6', 1): [Dd(lunar(2027, 1, 1))],
 ('a01', 'Thursday, February 4', 1): [Dd(lunar(2026, 12, 28))], ('a01', 'the 28th day of the twelfth lunar month', 1): [Dd(lunar(2026, 12, 28))],
 ('a01', 'Wednesday, February 10', 1): [Dd(lunar(2027, 1, 5))], ('a01', 'the fifth day of the first month', 1): [Dd(lunar(2027, 1, 5))],
 ('a01', 'February 11', 1): [Dd(lunar(2027, 1, 6))],
 ("a01", "Last year's Tet break", 1): [R(LUNAR_NEW_YEAR[2026] - td(3), LUNAR_NEW_YEAR[2026] + td(5))],
 ('a01', 'from Feb 14 to Feb 22', 1): days3(LUNAR_NEW_YEAR[2026] - td(3), LUNAR_NEW_YEAR[2026] + td(5)),
 ('a01', 'January 30', 1): [Dd(lunar(2026, 12, 23))], ('a01', 'January 30', 2): [Dd(lunar(2026, 12, 23))],
 ('a01', 'the 15th day of the first month', 1): [Dd(lunar(2027, 1, 15))], ('a01', 'Feb 20', 1): [Dd(lunar(2027, 1, 15))],
 ('a01', 'the 23rd of the twelfth month', 1): [Dd(lunar(2026, 12, 23))], ('a01', 'That weekend', 1): [wknd(lunar(2026, 12, 23))],
 ('a01', 'the end of February', 1): end_of(2027, 2), ('a01', 'the eve of Tet', 1): [Dd(LUNAR_NEW_YEAR[2027] - td(1))],
 ('a01', 'the last week of January', 1): last_week_of(2027, 1), ('a01', 'the first week of February', 1): first_week(2027, 2),
 ('a01', 'The Year of the Goat', 1): [R(LUNAR_NEW_YEAR[2027], LUNAR_NEW_YEAR[2028] - td(1))],
 ('a01', 'the Year of the Horse', 1): [R(LUNAR_NEW_YEAR[2026], LUNAR_NEW_YEAR[2027] - td(1))],
 ('a01', '17 February 2026', 1): [Dd(LUNAR_NEW_YEAR[2026])], ("a01", "New Year's Eve", 1): [Dd(LUNAR_NEW_YEAR[2027] - td(1))],
 ('a01', 'Friday February 5', 1): [Dd(LUNAR_NEW_YEAR[2027] - td(1))],
 ('a01', 'the 10th day of the third month', 1): [Dd(VN_HUNG_KINGS[2027])], ('a01', 'Friday, April 16', 1): [Dd(VN_HUNG_KINGS[2027])],
 ('a01', 'the April 30-May 1 holidays', 1): days3(p('2027-04-30'), p('2027-05-01')), ('a01', 'a Saturday', 1): ['D:2027-05-01'],
 ('a01', 'Monday May 3', 1): [Dd(coming(p('2027-05-01'), 0))], ('a01', 'the end of the month', 1): end_of(2027, 1),
 ('a01', 'early September', 1): ['MIN:2027-09'],
 # a02 Taipei, pub Thu 2025-05-01: the filing deadline moved off the Dragon Boat Festival
 ('a02', 'May 31', 1): [Dd(TW_DRAGON[2025])], ('a02', 'the Dragon Boat Festival', 1): [Dd(TW_DRAGON[2025])],
 ('a02', 'Monday, June 2', 1): [Dd(coming(TW_DRAGON[2025], 0))], ('a02', '114/06/02', 1): [Dd(coming(TW_DRAGON[2025], 0))],
 ('a02', '2025/6/2', 1): [Dd(coming(TW_DRAGON[2025], 0))], ('a02', 'year 113 of the Republic of China calendar', 1): [f'Y:{1911 + 113}'],
 ('a02', 'The festival', 1): [Dd(TW_DRAGON[2025])], ('a02', 'the fifth day of the fifth lunar month', 1): [Dd(lunar(2025, 5, 5))],
 ('a02', 'a Saturday', 1): [Dd(TW_DRAGON[2025])], ('a02', 'Friday, May 30', 1): [Dd(tw_observed(TW_DRAGON[2025]))],
 ('a02', 'a three-day weekend', 1): [R(tw_observed(TW_DRAGON[2025]), TW_DRAGON[2025] + td(1)), f'P:D:{TW_DRAGON[2025]}'],
 ('a02', 'from May 30 to June 1', 1): days3(tw_observed(TW_DRAGON[2025]), TW_DRAGON[2025] + td(1)),
 ("a02", "Last year's festival", 1): [Dd(TW_DRAGON[2024])], ('a02', 'June 10', 1): [Dd(TW_DRAGON[2024])], ('a02', 'a Monday', 1): [Dd(TW_DRAGON[2024])],
 ('a02', 'Saturday and Sunday, May 24 and 25', 1): days3(previous(TW_DRAGON[2025], 5), previous(TW_DRAGON[2025], 6)),
 ('a02', 'the weekend before the deadline', 1): [wknd(previous(coming(TW_DRAGON[2025], 0), 5))],
 ('a02', 'the end of August', 1): end_of(2025, 8), ('a02', 'since the 1990s', 1): ['DEC:1990'],
 ('a02', 'from July 1999 to December 2000', 1): [months(1999, 7, 2000, 12), 'M:1999-07', 'M:2000-12'],
 ('a02', 'the last week of May', 1): last_week_of(2025, 5), ('a02', 'the first ten days of filing', 1): [R('2025-05-01', '2025-05-10')],
 ('a02', 'mid-June', 1): ['MIN:2025-06'],
 # a03 Reykjavik, pub Wed 2026-04-22: the First Day of Summer tomorrow
 ('a03', 'tomorrow', 1): [Dd(IS_FIRST_SUMMER(2026))], ('a03', 'Saturday 25 October', 1): [Dd(IS_FIRST_WINTER(2025))],
 ('a03', 'the previous Thursday', 1): [Dd(p('2026-04-16') - td(7))], ('a03', 'the coming weekend', 1): [wknd(coming(p('2026-04-22'), 5))],
 ('a03', 'the frost winter of 1918', 1): ['S:winter-1917', R('1917-12-01', '1918-02-28')], ('a03', 'January', 1): ['M:1918-01'],
 ('a03', 'the winter of 1979', 1): ['S:winter-1978', 'S:winter-1979'], ('a03', 'since the 1990s', 1): ['DEC:1990'],
 ('a03', 'the first Monday of August', 1): [Dd(IS_COMMERCE(2026))], ('a03', 'this summer', 1): north('summer', 2026),
 ('a03', 'the Easter holidays', 1): holidays_R(E[2026] - td(3), E[2026] + td(1)),
 ('a03', 'from Maundy Thursday to Easter Monday', 1): days3(E[2026] - td(3), E[2026] + td(1)),
 ('a03', 'later this month', 1): ['IN:2026-04-22..2026-04-30', 'M:2026-04'],
 # a04 Montevideo, pub Thu 2026-03-12: Tourism Week (Holy Week, Monday to Easter Sunday) in a southern autumn
 ('a04', 'Tourism Week', 1): [R(E[2026] - td(6), E[2026])], ('a04', 'Tourism Week', 2): [R(E[2026] - td(6), E[2026])],
 ('a04', 'from Monday 30 March to Sunday 5 April', 1): days3(E[2026] - td(6), E[2026]),
 ('a04', 'from 14 to 20 April', 1): days3(E[2025] - td(6), E[2025]),
 ("a04", "This autumn's", 1): [months(2026, 3, 2026, 5), 'S:spring-2026'], ('a04', 'the week of 23 March', 1): week_of(p('2026-03-23')),
 ('a04', '16 and 17 February', 1): days3(E[2026] - td(48), E[2026] - td(47)), ('a04', 'the previous Thursday', 1): [Dd(previous(E[2026] - td(48), 3))],
 ('a04', '12 February', 1): [Dd(previous(E[2026] - td(48), 3))], ('a04', 'Friday 27 March', 1): [Dd(previous(E[2026] - td(6), 4))],
 ('a04', 'the week after Easter', 1): [Wk(E[2026] + td(1))], ('a04', 'the end of 2025', 1): ['D:2025-12-31', 'M:2025-12', 'Y:2025'],
 ('a04', 'the second half of the year', 1): ['H:2026-H2'], ('a04', 'mid-May', 1): ['MIN:2026-05'],
 ('a04', 'The 2025/26 crop', 1): ['RY:2025..2026', 'P:Y:2025'], ('a04', 'last spring', 1): [months(2025, 9, 2025, 11), 'S:autumn-2025'],
 ('a04', 'Sunday 19 April', 1): ['D:2026-04-19'], ('a04', 'Monday 18 May', 1): ['D:2026-05-18'],
 # a05 Fukuoka, pub Mon 2027-11-29: the Kyushu tournament, its days counted from the second Sunday of November
 ('a05', 'yesterday', 1): [Dd(sumo_day1(2027, 11) + td(14))], ('a05', 'the 14th day', 1): [Dd(sumo_day1(2027, 11) + td(13))],
 ('a05', 'Saturday', 1): [Dd(sumo_day1(2027, 11) + td(13))], ('a05', 'Sunday, Nov. 14', 1): [Dd(sumo_day1(2027, 11))],
 ('a05', 'the second day', 1): [Dd(sumo_day1(2027, 11) + td(1))], ('a05', 'the ninth', 1): [Dd(sumo_day1(2027, 11) + td(8))],
 ('a05', 'Nov. 22', 1): [Dd(sumo_day1(2027, 11) + td(8))], ('a05', 'the spring of 2025', 1): north('spring', 2025),
 ('a05', 'the New Year tournament', 1): [R(sumo_day1(2028, 1), sumo_day1(2028, 1) + td(14))],
 ('a05', 'the second Sunday of January', 1): [Dd(sumo_day1(2028, 1))], ('a05', 'Jan. 9', 1): [Dd(sumo_day1(2028, 1))],
 ('a05', 'the last year of Heisei', 1): ['Y:2019', R('2019-01-01', '2019-04-30')], ('a05', 'the autumn of 2022', 1): north('autumn', 2022),
 ('a05', 'the 1990s', 1): decade(1990), ('a05', 'the first week of December', 1): first_week(2027, 12),
 ('a05', 'Yesterday', 1): [Dd(sumo_day1(2027, 11) + td(14))], ('a05', 'the ninth year of Reiwa', 1): [f'Y:{2019 + 9 - 1}'],
 ('a05', 'the 11th month', 1): ['M:2027-11'],
 # a06 Abu Dhabi, pub Tue 2025-08-19: the 2025-26 school year by the story's terms, Eid al-Fitr by Umm al-Qura
 ('a06', '2025-26 academic year', 1): [R(AE_TERMS['t1'][0], AE_TERMS['t3'][1]), 'RY:2025..2026', 'P:Y:2025'],
 ('a06', 'a spring break', 1): holidays_R(*AE_TERMS['spring']), ('a06', 'Eid al-Fitr', 1): [Dd(UQ[(1447, 10, 1)])],
 ('a06', 'The first term', 1): [R(*AE_TERMS['t1'])], ('a06', 'a winter break', 1): holidays_R(*AE_TERMS['winter']),
 ('a06', 'from December 8 to January 4', 1): days3(*AE_TERMS['winter']), ('a06', 'The second term', 1): [R(*AE_TERMS['t2'])],
 ('a06', 'the spring break', 1): holidays_R(*AE_TERMS['spring']), ('a06', 'from March 16 to March 29', 1): days3(*AE_TERMS['spring']),
 ('a06', 'Eid al-Fitr', 2): [Dd(UQ[(1447, 10, 1)])], ('a06', 'Friday, March 20', 1): [Dd(UQ[(1447, 10, 1)])],
 ('a06', 'the first day of Shawwal 1447', 1): [Dd(UQ[(1447, 10, 1)])], ('a06', 'The third term', 1): [R(*AE_TERMS['t3'])],
 ('a06', 'the week of October 13', 1): week_of(p('2025-10-13')), ('a06', 'the day before', 1): [Dd(UQ[(1447, 3, 12)])],
 ('a06', 'Friday, September 5', 1): [Dd(UQ[(1447, 3, 12)] + td(1))],
 ('a06', 'Ramadan', 1): [R(UQ[(1447, 9, 1)], UQ[(1447, 10, 1)] - td(1))], ('a06', 'around February 18', 1): around(UQ[(1447, 9, 1)]),
 ('a06', 'their 2025-26 year', 1): [R('2025-04-01', '2026-03-31'), 'RY:2025..2026', 'P:Y:2025'], ('a06', 'October 20', 1): [Dd(IN_DIWALI[2025])],
 ('a06', 'the first fortnight of April', 1): [R('2026-04-01', '2026-04-14'), 'IN:2026-04-01..2026-04-15'],
 ('a06', 'the second half of May', 1): [R('2026-05-16', '2026-05-31'), 'MIN:2026-05'], ('a06', 'the end of September', 1): end_of(2025, 9),
 ('a06', '2026-27', 1): ['RY:2026..2027', 'P:Y:2026'], ('a06', 'the Hijri year 1448', 1): [R(UQ[(1448, 1, 1)], UQ[(1449, 1, 1)] - td(1))],
 ('a06', 'early next year', 1): ['YIN:2026', 'IN:2026-01-01..2026-04-30'],
 ('a06', 'The Hijri year 1447', 1): [R(UQ[(1447, 1, 1)], UQ[(1448, 1, 1)] - td(1))], ('a06', 'June 26', 1): [Dd(UQ[(1447, 1, 1)])],
 ('a06', 'a Thursday', 1): [Dd(UQ[(1447, 1, 1)])],
 # a07 Warsaw, pub Mon 2025-05-19: the first round yesterday, the run-off a fortnight later
 ('a07', '1 June', 1): [Dd(p('2025-05-18') + td(14))], ("a07", "Children's Day", 1): ['D:2025-06-01'], ('a07', 'a Sunday', 1): ['D:2025-06-01'],
 ('a07', 'polling day', 1): [Dd(p('2025-05-18') + td(14))], ('a07', 'Friday, 30 May', 1): [Dd(p('2025-06-01') - td(2))],
 ('a07', 'Monday, 2 June', 1): [Dd(p('2025-06-01') + td(1))], ('a07', 'the autumn of 2027', 1): north('autumn', 2027),
 ('a07', 'the spring of 2029', 1): north('spring', 2029),
 ('a07', 'the end of the week', 1): [Dd(coming(p('2025-05-19'), 4)), f"IN:2025-05-19..{coming(p('2025-05-19'), 6)}"],
 # a08 Provo, pub Tue 2026-03-03: a retail year to the Saturday nearest Jan. 31, named by the year it begins
 ('a08', 'its fourth quarter', 1): [R(retail_fy(2025)[1] - td(90), retail_fy(2025)[1])],
 ('a08', 'the 13 weeks ended Jan. 31', 1): [R(retail_fy(2025)[1] - td(90), retail_fy(2025)[1]), f'P:D:{retail_fy(2025)[1]}'],
 ('a08', 'fiscal 2026', 1): [R(*retail_fy(2026)), 'P:Y:2026'], ('a08', 'fiscal 2025', 1): [R(*retail_fy(2025)), 'P:Y:2025'],
 ('a08', 'the 52 weeks ended Jan. 31, 2026', 1): [R(*retail_fy(2025)), f'P:D:{retail_fy(2025)[1]}'],
 ('a08', 'fiscal 2026', 2): [R(*retail_fy(2026)), 'P:Y:2026'], ('a08', 'Feb. 1', 1): [Dd(retail_fy(2026)[0])],
 ('a08', 'Jan. 30, 2027', 1): [Dd(retail_fy(2026)[1])], ('a08', 'Fiscal 2023', 1): [R(*retail_fy(2023)), 'P:Y:2023'],
 ('a08', 'Feb. 3, 2024', 1): [Dd(retail_fy(2023)[1])],
 ('a08', 'the holiday quarter', 1): [R(retail_fy(2025)[1] - td(90), retail_fy(2025)[1])],
 ('a08', 'the year-earlier period', 1): [R(retail_fy(2024)[1] - td(90), retail_fy(2024)[1])],
 ('a08', 'the five days from Thanksgiving to Cyber Monday', 1): [R(TH_US(2025), TH_US(2025) + td(4))],
 ('a08', 'Nov. 27 through Dec. 1', 1): days3(TH_US(2025), TH_US(2025) + td(4)),
 ('a08', 'the Saturday before Christmas', 1): [Dd(previous(p('2025-12-25'), 5))],
 ('a08', 'the first quarter', 1): [R(retail_fy(2026)[0], retail_fy(2026)[0] + td(90))], ('a08', 'May 2', 1): [Dd(retail_fy(2026)[0] + td(90))],
 ('a08', 'April 5', 1): [Dd(E[2026])], ('a08', 'Labor Day', 1): [Dd(LABOR_US(2026))],
 ('a08', 'the first half', 1): [R(retail_fy(2026)[0], retail_fy(2026)[0] + td(181))],
 ('a08', 'the year ended 1/31/2026', 1): [R(*retail_fy(2025)), f'P:D:{retail_fy(2025)[1]}'], ('a08', 'the week of March 23', 1): week_of(p('2026-03-23')),
 ('a08', 'since Christmas', 1): ['D:2025-12-25', R('2025-12-25', '2026-03-03')], ('a08', 'the fall', 1): north('autumn', 2026),
 ('a08', 'mid-July', 1): ['MIN:2026-07'],
 # a09 Haifa, pub Fri 2025-04-11: Passover 5785 in Israel (seven days), the memorial days moved by the rules
 ('a09', 'the first day of Passover', 1): [Dd(HEB[('PESACH', 5785)])], ('a09', 'tomorrow', 1): [Dd(HEB[('PESACH', 5785)] - td(1))],
 ('a09', 'the seventh day of the festival', 1): [Dd(HEB[('PESACH', 5785)] + td(6))],
 ('a09', 'chol hamoed', 1): [R(HEB[('PESACH', 5785)] + td(1), HEB[('PESACH', 5785)] + td(5))],
 ('a09', 'from Monday to Friday', 1): days3(HEB[('PESACH', 5785)] + td(1), HEB[('PESACH', 5785)] + td(5)),
 ('a09', 'a Monday', 1): [Dd(HEB[('PESACH', 5784)] - td(1))],
 ('a09', 'Thursday, April 24', 1): [Dd(yom_hashoah(HEB[('27 NISAN', 5785)]))], ('a09', '27 Nisan', 1): [Dd(HEB[('27 NISAN', 5785)])],
 ('a09', 'a Friday', 1): [Dd(HEB[('27 NISAN', 5785)])],
 ('a09', '4 and 5 Iyar', 1): days3(HEB[('4 IYAR', 5785)], HEB[('5 IYAR', 5785)]),
 ('a09', 'a Friday and a Saturday', 1): days3(HEB[('4 IYAR', 5785)], HEB[('5 IYAR', 5785)]),
 ('a09', 'Wednesday, April 30', 1): [Dd(yom_haatzmaut(HEB[('5 IYAR', 5785)]) - td(1))],
 ('a09', 'Thursday, May 1', 1): [Dd(yom_haatzmaut(HEB[('5 IYAR', 5785)]))],
 ('a09', 'The 77th Independence Day', 1): [Dd(yom_haatzmaut(HEB[('5 IYAR', 5785)]))], ('a09', 'the Thursday', 1): [Dd(yom_haatzmaut(HEB[('5 IYAR', 5785)]))],
 ('a09', 'Thursday, May 15', 1): [Dd(HEB[('LAG', 5785)] - td(1))], ('a09', 'Monday, June 2', 1): [Dd(HEB[('SHAVUOT', 5785)])],
 ('a09', '23 September', 1): [Dd(HEB[('RH', 5786)])],
 ('a09', 'the year 5786', 1): [R(HEB[('RH', 5786)], HEB[('RH', 5787)] - td(1)), R(HEB[('RH', 5786)] - td(1), HEB[('RH', 5787)] - td(1))],
 ('a09', 'The year 5785', 1): [R(HEB[('RH', 5785)], HEB[('RH', 5786)] - td(1)), R(HEB[('RH', 5785)] - td(1), HEB[('RH', 5786)] - td(1))],
 ('a09', 'October 3', 1): [Dd(HEB[('RH', 5785)])],
 ('a09', 'the second half of May', 1): [R('2025-05-16', '2025-05-31'), 'MIN:2025-05'], ('a09', 'the end of the month', 1): end_of(2025, 4),
 # a10 Dakar, pub Sat 2026-07-25: the Grand Magal on 18 Safar by Senegal's own sighting
 ('a10', 'the Grand Magal', 1): [Dd(SN_MAGAL[2026])], ('a10', 'Sunday, August 2', 1): [Dd(SN_MAGAL[2026])],
 ('a10', 'the 18th day of the month of Safar', 1): [Dd(SN_SAFAR_1 + td(17))], ('a10', 'Wednesday, July 15', 1): [Dd(SN_SAFAR_1 - td(1))],
 ('a10', 'the next day', 1): [Dd(SN_SAFAR_1)], ('a10', 'the first of the month', 1): [Dd(SN_SAFAR_1)],
 ('a10', '18 Safar', 1): [Dd(UQ[(1448, 2, 18)])], ('a10', 'August 1', 1): [Dd(UQ[(1448, 2, 18)])],
 ("a10", "Last year's Magal", 1): [Dd(SN_MAGAL[2025])], ('a10', 'Wednesday, August 13', 1): [Dd(SN_MAGAL[2025])],
 ('a10', 'Monday, August 3', 1): [Dd(SN_MAGAL[2026] + td(1))], ('a10', 'the day after the pilgrimage', 1): [Dd(SN_MAGAL[2026] + td(1))],
 ('a10', 'Friday, July 31', 1): [Dd(SN_MAGAL[2026] - td(2))], ('a10', 'the Tuesday', 1): [Dd(SN_MAGAL[2026] + td(2))],
 ('a10', 'Friday, June 26', 1): [Dd(SN_TAMKHARIT)], ('a10', 'May 27', 1): [Dd(SN_TABASKI)],
 ('a10', 'the weekend', 1): [wknd(p('2026-07-25'))], ('a10', '2030', 1): ['Y:2030'], ('a10', 'June', 2): [f'M:{UQ[(1452, 2, 18)]:%Y-%m}'],
 ('a10', 'early October', 1): ['MIN:2026-10'],
 # a11 Port Louis, pub Wed 2027-02-03: Mauritius' holidays on Saturdays (none moved)
 ("a11", "the day after New Year's Day", 1): [Dd(MU['NEW_YEAR_2'])], ('a11', 'this weekend', 1): [wknd(MU['SPRING'])],
 ('a11', 'the Year of the Goat', 1): [R(LUNAR_NEW_YEAR[2027], LUNAR_NEW_YEAR[2028] - td(1))], ('a11', '6 February', 1): [Dd(MU['SPRING'])],
 ('a11', 'Saturday 6 March', 1): [Dd(MU['SHIVARATREE'])], ('a11', '1 May', 1): [Dd(MU['LABOUR'])], ('a11', '4 September', 1): [Dd(MU['GANESH'])],
 ('a11', '25 December', 1): [Dd(MU['CHRISTMAS'])],
 ('a11', 'the week before Maha Shivaratree', 1): [R(MU['SHIVARATREE'] - td(7), MU['SHIVARATREE'] - td(1))],
 ('a11', 'the Thursday and Friday', 1): days3(MU['SHIVARATREE'] - td(2), MU['SHIVARATREE'] - td(1)),
 ('a11', 'from 4 March to 7 March', 1): days3(MU['SHIVARATREE'] - td(2), MU['SHIVARATREE'] + td(1)),
 ('a11', '22 January', 1): [Dd(MU['THAIPOOSAM'])], ('a11', 'a Friday', 1): [Dd(MU['THAIPOOSAM'])], ('a11', 'Monday', 1): [Dd(MU['ABOLITION'])],
 ('a11', 'around 10 March', 1): around(MU['EID']), ('a11', '12 March', 1): [Dd(MU['INDEPENDENCE'])], ('a11', 'a Friday', 2): [Dd(MU['INDEPENDENCE'])],
 ('a11', '7 April', 1): [Dd(MU['UGADI'])], ('a11', '29 October', 1): [Dd(MU['DIVALI'])],
 ('a11', 'the cyclone season', 1): [R('2026-11-01', '2027-04-30'), 'RY:2026..2027', 'P:Y:2026'], ('a11', 'the end of April', 1): end_of(2027, 4),
 ('a11', 'this summer', 1): south_summer(2026), ('a11', 'the end of the month', 1): end_of(2027, 2),
 # a12 Ulaanbaatar, pub Wed 2025-07-09: Naadam (the story's days) and Tsagaan Sar beside the Chinese new year
 ('a12', 'from Thursday to Tuesday, July 15', 1): days3(p('2025-07-10'), p('2025-07-15')),
 ('a12', 'from July 11 to July 13', 1): days3(p('2025-07-11'), p('2025-07-13')), ("a12", "This year's Naadam", 1): [R('2025-07-11', '2025-07-15')],
 ('a12', 'later this month', 1): ['IN:2025-07-09..2025-07-31', 'M:2025-07'], ('a12', 'early August', 1): ['MIN:2025-08'],
 ('a12', '1 March', 1): [Dd(MN_TSAGAAN_SAR[2025])], ('a12', '29 January', 1): [Dd(LUNAR_NEW_YEAR[2025])], ('a12', '18 February', 1): [Dd(MN_TSAGAAN_SAR[2026])],
 ('a12', 'the week of July 7', 1): week_of(p('2025-07-07')), ('a12', 'the first half', 1): ['H:2025-H1'],
 ('a12', 'the same period of 2024', 1): ['H:2024-H1'], ('a12', 'the end of August', 1): end_of(2025, 8),
 ('a12', 'the winter of 2023-24', 1): ['S:winter-2023', R('2023-12-01', '2024-02-29')], ('a12', 'the middle of October', 1): ['MIN:2025-10'],
 ('a12', 'the first day of the first winter month', 1): [Dd(MN_GENGHIS[2025])], ('a12', '21 November', 1): [Dd(MN_GENGHIS[2025])],
 ('a12', '26 November', 1): [Dd(MN_REPUBLIC(2025))], ('a12', '29 December', 1): [Dd(MN_INDEPENDENCE(2025))],
 # a13 Windhoek, pub Fri 2027-02-26: the April-March year, Independence Day moved off a Sunday, a southern spring
 ("a13", "the rainy season's first four months", 1): [R('2026-10-01', '2027-01-31')],
 ('a13', 'The 2027/28 financial year', 1): [na_fy(2028), 'P:Y:2028'], ('a13', 'the current year', 1): [na_fy(2027), 'P:Y:2027'],
 ('a13', 'since 1 October', 1): ['D:2026-10-01', R('2026-10-01', '2027-02-26')], ('a13', '2018/19', 1): ['RY:2018..2019', 'P:Y:2018'],
 ('a13', 'the week of 8 March', 1): week_of(p('2027-03-08')), ('a13', 'the middle of the month', 1): ['MIN:2027-03'],
 ('a13', 'Independence Day', 1): [Dd(NA_INDEPENDENCE(2027))], ('a13', 'a Sunday', 1): [Dd(NA_INDEPENDENCE(2027))],
 ('a13', 'the public holiday', 1): [Dd(off_sunday(NA_INDEPENDENCE(2027)))], ('a13', 'Monday 22 March', 1): [Dd(off_sunday(NA_INDEPENDENCE(2027)))],
 ('a13', 'four days later', 1): [Dd(off_sunday(NA_INDEPENDENCE(2027)) + td(4))], ('a13', '26 March', 1): [Dd(E[2027] - td(2))],
 ('a13', 'Thursday 25 March', 1): [Dd(E[2027] - td(3))],
 ('a13', 'the first quarter of the new financial year', 1): [R('2027-04-01', '2027-06-30'), 'Q:2027-Q2'],
 ('a13', 'from April to June', 1): [months(2027, 4, 2027, 6), 'M:2027-04', 'M:2027-06'], ('a13', 'the end of September', 1): end_of(2027, 9),
 ('a13', 'spring', 1): [months(2027, 9, 2027, 11), 'S:autumn-2027'], ('a13', 'the 2028/29 year', 1): [na_fy(2029), 'P:Y:2029'],
 # a14 New Orleans, pub Wed 2025-08-27: Katrina's anniversary
 ('a14', 'that afternoon', 1): ['D:2005-08-29'], ('a14', 'the day before landfall', 1): [Dd(p('2005-08-29') - td(1))],
 ('a14', 'four days earlier', 1): [Dd(p('2005-08-29') - td(4))], ('a14', 'the 2005 season', 1): [R('2005-06-01', '2005-11-30'), 'Y:2005'],
 ('a14', 'the early 2010s', 1): early_decade(2010), ('a14', 'the day before Thanksgiving', 1): [Dd(TH_US(2005) - td(1))],
 ('a14', 'Feb. 28, 2006', 1): [Dd(E.get(2006, easter(2006)) - td(47))], ("a14", "This year's hurricane season", 1): [R('2025-06-01', '2025-11-30')],
 ('a14', 'from June 1 to Nov. 30', 1): days3(p('2025-06-01'), p('2025-11-30')), ('a14', 'around Sept. 10', 1): around(p('2025-09-10')),
 ('a14', 'the end of the year', 1): ['D:2025-12-31', 'M:2025-12', 'Y:2025'], ('a14', 'that October', 1): ['M:2005-10'],
 ('a14', 'that September', 1): ['M:2006-09'],
 # a15 Havana, pub Sat 2026-01-17: an obituary
 ('a15', 'the 1950s', 1): decade(1950), ('a15', '(1931-2026)', 1): ['RY:1931..2026', 'Y:1931', 'Y:2026'],
 ('a15', 'the late 1940s', 1): late_decade(1940), ('a15', 'the 1960s and 1970s', 1): ['RY:1960..1979', 'DEC:1960', 'DEC:1970'],
 ('a15', 'the early 1990s', 1): early_decade(1990), ('a15', 'the spring of 1997', 1): north('spring', 1997),
 ('a15', 'that summer', 1): north('summer', 1997), ('a15', 'the end of the decade', 1): ['Y:1999', 'IN:1997-01-01..1999-12-31', 'P:DEC:1990'],
 ('a15', 'December 24', 1): [Dd(dt.date(1931 + 94, 12, 24))], ('a15', 'later this month', 1): ['IN:2026-01-17..2026-01-31', 'M:2026-01'],
 ('a15', 'the spring', 2): north('spring', 2026), ('a15', '2030s', 1): decade(2030), ('a15', 'October', 1): ['M:2025-10'],
 ('a15', 'the end of the year', 1): ['D:2026-12-31', 'M:2026-12', 'Y:2026'],
 # a16 Prague, pub Thu 2025-10-09: the astronomical clock's 615th year
 ('a16', 'the 28 October holiday', 1): [Dd(CZ_STATE_DAY(2025))], ('a16', 'the early 15th century', 1): ['IN:1400-01-01..1450-12-31'] + century(15),
 ('a16', '17 November', 1): [Dd(CZ_FREEDOM_DAY(2025))], ('a16', '29 November', 1): [Dd(previous(coming(p('2025-11-26'), 6), 5))],
 ('a16', 'the 17th century', 1): century(17), ('a16', 'the 1860s', 1): decade(1860),
 ('a16', 'from January to September 2018', 1): [months(2018, 1, 2018, 9), 'M:2018-01', 'M:2018-09'],
 ('a16', 'the turn of the millennium', 1): ['IN:1995-01-01..2005-12-31'], ('a16', 'This autumn', 1): north('autumn', 2025),
 ('a16', 'Monday 3 November', 1): [Dd(nth_wd(2025, 11, 0, 1))],
 # a17 Belfast, pub Thu 2026-07-02: the Twelfth on a Sunday, its bank holiday on the Monday
 ('a17', 'the previous Thursday', 1): [Dd(p('2026-07-02') - td(14) - td(7))], ('a17', '14 July', 1): [Dd(off_sunday(NI_TWELFTH(2026)) + td(1))],
 ('a17', 'the day after the Twelfth bank holiday', 1): [Dd(off_sunday(NI_TWELFTH(2026)) + td(1))],
 ('a17', 'later this month', 1): ['IN:2026-07-02..2026-07-31', 'M:2026-07'], ('a17', 'early August', 1): ['MIN:2026-08'],
 ('a17', 'early next year', 1): ['YIN:2027', 'IN:2027-01-01..2027-04-30'], ('a17', 'The Twelfth', 1): [Dd(NI_TWELFTH(2026))],
 ('a17', 'a Sunday', 1): [Dd(NI_TWELFTH(2026))], ('a17', 'Monday 13 July', 1): [Dd(off_sunday(NI_TWELFTH(2026)))],
 ('a17', 'the early 2000s', 1): early_decade(2000), ('a17', 'the 1920s', 1): decade(1920),
 ('a17', 'the last weekend of July', 1): [wknd(last_wd(2026, 7, 5))], ('a17', 'the first two weeks of July', 1): [R('2026-07-01', '2026-07-14')],
 # a18 Kampala Sunday paper, pub Sun 2026-06-07: the July-June year, Heroes' Day and Martyrs' Day
 ('a18', 'the year that starts on July 1', 1): [ug_fy(2027), 'P:Y:2027'], ("a18", "Heroes' Day", 1): [Dd(UG_HEROES(2026))],
 ('a18', 'Tuesday', 1): [Dd(UG_HEROES(2026))], ('a18', 'the current financial year', 1): [ug_fy(2026), 'P:Y:2026'],
 ('a18', 'Wednesday', 2): [Dd(UG_MARTYRS(2026))], ('a18', 'May 27', 1): [Dd(UG_EID_ADHA[2026])],
 ('a18', 'the end of March', 1): end_of(2026, 3), ('a18', '2026/27', 1): [ug_fy(2027), 'P:Y:2027'],
 ('a18', 'the second half of the financial year', 1): [R('2027-01-01', '2027-06-30'), 'H:2027-H1'],
 ('a18', 'the early 2020s', 1): early_decade(2020), ('a18', 'the 11 months to May', 1): [R('2025-07-01', '2026-05-31')],
 ('a18', 'the end of the month', 1): end_of(2026, 6), ('a18', 'Tuesday', 2): [Dd(UG_HEROES(2026))],
 ('a18', 'the second week of July', 1): nth_week(2026, 7, 2), ('a18', 'later this month', 1): ['IN:2026-06-07..2026-06-30', 'M:2026-06'],
 ('a18', 'the year ended June 30, 2025', 1): [ug_fy(2025), 'P:Y:2025', 'P:D:2025-06-30'],
 # a19 Kansas City Sunday paper, pub Sun 2026-05-17: the 2026 NFL schedule
 ('a19', 'Sunday, Sept. 13', 1): [Dd(coming(LABOR_US(2026), 3) + td(3))], ('a19', 'a week later', 1): [Dd(p('2026-09-13') + td(7))],
 ('a19', '9/20', 1): [Dd(p('2026-09-13') + td(7))], ('a19', 'Nov. 26', 1): [Dd(TH_US(2026))], ('a19', 'Christmas', 1): ['D:2026-12-25'],
 ('a19', 'a Friday', 1): ['D:2026-12-25'], ('a19', 'that day', 1): ['D:2026-12-25'],
 ('a19', 'the following weekend', 1): [wknd(p('2027-01-09') + td(7))], ('a19', 'Feb. 14', 1): [Dd(nth_wd(2027, 2, 6, 2))],
 ('a19', 'the 2026 season', 1): [R(coming(LABOR_US(2026), 3), nth_wd(2027, 2, 6, 2)), 'RY:2026..2027', 'P:Y:2026'],
 ('a19', 'the 1969 season', 1): ['RY:1969..1970', 'P:Y:1969'], ('a19', 'Last season', 1): ['RY:2025..2026', 'P:Y:2025'],
 ('a19', 'the end of the month', 1): end_of(2026, 5), ('a19', 'Thursday, Aug. 27', 1): [Dd(coming(LABOR_US(2026), 3) - td(14))],
 # a20 Amritsar, pub Fri 2025-10-31: Guru Nanak's Gurpurab on the full moon of Kartik, the Nanakshahi year from 1 Chet
 ('a20', 'Tuesday', 1): [Dd(IN_JATHA[0])], ('a20', 'November 4', 1): [Dd(IN_JATHA[0])], ('a20', 'November 13', 1): [Dd(IN_JATHA[1])],
 ('a20', 'Wednesday, November 5', 1): [Dd(IN_GURPURAB[2025])], ('a20', 'the full moon of the month of Kartik', 1): [Dd(IN_GURPURAB[2025])],
 ('a20', 'Monday', 1): [Dd(IN_GURPURAB[2025] - td(2))], ('a20', 'the Gurpurab', 1): [Dd(IN_GURPURAB[2025])],
 ('a20', 'the eve of the festival', 1): [Dd(IN_GURPURAB[2025] - td(1))], ('a20', 'October 20', 1): [Dd(IN_DIWALI[2025])],
 ('a20', 'from November 23 to 25', 1): days3(IN_TEGH_BAHADUR[2025] - td(1), IN_TEGH_BAHADUR[2025] + td(1)),
 ('a20', 'Monday, November 24', 1): [Dd(IN_TEGH_BAHADUR[2025])], ('a20', 'the same week', 1): [Wk(IN_TEGH_BAHADUR[2025])],
 ("a20", "The Nanakshahi calendar's year 557", 1): [R(nanakshahi_new_year(557), nanakshahi_new_year(558) - td(1))],
 ('a20', 'March 14', 1): [Dd(nanakshahi_new_year(557))], ('a20', 'April 14, 2026', 1): [Dd(VAISAKHI(2026))],
 ('a20', 'early next year', 1): ['YIN:2026', 'IN:2026-01-01..2026-04-30'], ('a20', 'November 14, 2024', 1): [Dd(IN_JATHA_2024)],
 ('a20', 'since May 7', 1): ['D:2025-05-07', R('2025-05-07', '2025-10-31')],
 # a21 Honolulu, pub Tue 2027-12-07: a trial moved past Prince Kuhio Day, federal holidays moved off Saturdays
 ('a21', 'from Dec. 6 through March 6', 1): days3(p('2027-12-06'), p('2028-03-06')), ('a21', 'two weeks later', 1): [Dd(p('2028-01-21') + td(14))],
 ('a21', 'Prince Kuhio Day', 1): [Dd(HI_KUHIO(2028))], ('a21', 'a Sunday', 1): [Dd(HI_KUHIO(2028))],
 ('a21', 'Monday, March 27', 1): [Dd(off_sunday(HI_KUHIO(2028)))], ('a21', 'mid-2019', 1): ['YIN:2019'],
 ('a21', 'the spring of 2026', 1): north('spring', 2026), ('a21', 'Friday, Dec. 24', 1): [Dd(p('2027-12-25') - td(1))],
 ('a21', 'Friday, Dec. 31', 1): [Dd(p('2028-01-01') - td(1))], ('a21', 'the day before Thanksgiving', 1): [Dd(TH_US(2027) - td(1))],
 ('a21', 'late April', 1): ['MIN:2028-04'],
 # a22 Piraeus, pub Tue 2027-03-16: Orthodox Easter May 2, Clean Monday 48 days before, Holy Spirit Monday 50 days after
 ('a22', '2 May', 1): [Dd(OE27)], ('a22', 'from 26 April to 1 May', 1): days3(OE27 - td(6), OE27 - td(1)),
 ('a22', '28 and 29 April', 1): days3(OE27 - td(4), OE27 - td(3)), ('a22', '03/05', 1): [Dd(OE27 + td(1))],
 ('a22', 'Tuesday 4 May', 1): [Dd(OE27 + td(2))], ("a22", "this year's Labour Day holiday", 1): [Dd(OE27 + td(2))],
 ('a22', '1 May', 2): [Dd(OE27 - td(1))], ('a22', 'yesterday', 1): [Dd(OE27 - td(48))],
 ('a22', 'a long weekend', 1): [R(OE27 - td(50), OE27 - td(48)), f'P:D:{OE27 - td(48)}'],
 ('a22', 'Clean Monday last year', 1): [Dd(OE26 - td(48))], ('a22', '23 February', 1): [Dd(OE26 - td(48))],
 ("a22", "last year's Easter", 1): [Dd(OE26)], ('a22', '12 April', 1): [Dd(OE26)],
 ('a22', 'The summer timetable', 1): [R('2027-06-01', '2027-09-30')], ('a22', 'from 1 June to 30 September', 1): days3(p('2027-06-01'), p('2027-09-30')),
 ('a22', 'the Holy Spirit Monday weekend', 1): [R(OE27 + td(48), OE27 + td(50)), f'P:D:{OE27 + td(50)}'],
 ('a22', '19-21 June', 1): days3(OE27 + td(48), OE27 + td(50)), ('a22', '15 August', 1): [Dd(GR_DORMITION(2027))],
 ('a22', 'a Sunday', 1): [Dd(GR_DORMITION(2027))], ('a22', 'the second half of September', 1): [R('2027-09-16', '2027-09-30'), 'MIN:2027-09'],
 ('a22', 'Thursday 25 March', 1): [Dd(GR_INDEPENDENCE(2027))], ('a22', 'Friday 26 March', 1): [Dd(GR_INDEPENDENCE(2027) + td(1))],
 ('a22', 'from 25 to 28 March', 1): days3(GR_INDEPENDENCE(2027), GR_INDEPENDENCE(2027) + td(3)),
 ('a22', '24 March', 1): [Dd(GR_INDEPENDENCE(2027) - td(1))], ('a22', 'the eve of the holiday', 1): [Dd(GR_INDEPENDENCE(2027) - td(1))],
 ('a22', 'this summer', 1): north('summer', 2027),
 # a23 Oxford, pub Mon 2026-09-28: full term in numbered Sunday-Saturday weeks
 ('a23', 'Full term', 1): [R(OX_MT26, OX_MT26 + td(55))], ('a23', 'from Sunday 11 October to Saturday 5 December', 1): days3(OX_MT26, OX_MT26 + td(55)),
 ('a23', 'noughth week', 1): ox_week(OX_MT26, -1), ('a23', 'Sunday 4 October', 1): [Dd(OX_MT26 - td(7))],
 ('a23', 'Saturday 17 October', 1): [Dd(OX_MT26 + td(6))], ('a23', 'first week', 1): ox_week(OX_MT26, 0),
 ('a23', 'the second half of term', 1): [R(OX_MT26 + td(28), OX_MT26 + td(55))], ('a23', 'fifth week', 1): ox_week(OX_MT26, 4),
 ('a23', 'the 2026-27 year', 1): [R('2026-08-01', '2027-07-31'), 'RY:2026..2027', 'P:Y:2026'],
 ('a23', 'the summer of 2023', 1): north('summer', 2023), ('a23', '17 January', 1): [Dd(OX_HT27)], ('a23', '25 April', 1): [Dd(OX_TT27)],
 ('a23', 'Wednesday 23 June 2027', 1): [Dd(OX_TT27 + td(7 * 8 + 3))], ('a23', 'next summer', 1): north('summer', 2027),
 ('a23', 'the first three weeks of term', 1): [R(OX_MT26, OX_MT26 + td(20))],
 ('a23', 'February and March 2018', 1): [months(2018, 2, 2018, 3), 'M:2018-02', 'M:2018-03'], ('a23', 'since the 1990s', 1): ['DEC:1990'],
 # a24 Cape Town, pub Tue 2026-10-20: a 52-week year to the last Sunday of February, a southern winter and spring
 ('a24', 'the 26 weeks to 30 August', 1): [R(za_fy(2027)[0], za_fy(2027)[0] + td(181)), f'P:D:{za_fy(2027)[0] + td(181)}'],
 ('a24', 'its first half', 1): [R(za_fy(2027)[0], za_fy(2027)[0] + td(181))], ('a24', 'winter', 1): south_winter(2026),
 ('a24', 'from 2 March to 30 August', 1): days3(za_fy(2027)[0], za_fy(2027)[0] + td(181)),
 ('a24', 'the 26 weeks to 31 August 2025', 1): [R(za_fy(2026)[0], za_fy(2026)[0] + td(181)), f'P:D:{za_fy(2026)[0] + td(181)}'],
 ('a24', 'a year earlier', 1): [R(za_fy(2026)[0], za_fy(2026)[0] + td(181))],
 ('a24', 'The 2027 financial year', 1): [R(*za_fy(2027)), 'P:Y:2027'], ('a24', '28 February 2027', 1): [Dd(za_fy(2027)[1])],
 ('a24', 'the 2026 year', 1): [R(*za_fy(2026)), 'P:Y:2026'], ('a24', '1 March', 1): [Dd(za_fy(2026)[1])],
 ('a24', 'the first seven weeks of the second half', 1): [R(za_fy(2027)[0] + td(182), za_fy(2027)[0] + td(182 + 48))],
 ('a24', '18 October', 1): [Dd(za_fy(2027)[0] + td(182 + 48))], ('a24', 'Thursday 24 September', 1): ['D:2026-09-24'],
 ('a24', 'a four-day weekend', 1): [R('2026-09-24', '2026-09-27'), 'P:D:2026-09-24'], ('a24', '27 November', 1): [Dd(TH_US(2026) + td(1))],
 ('a24', 'the first week of January', 1): first_week(2027, 1), ('a24', 'two days before Christmas', 1): ['D:2025-12-23'],
 ('a24', 'The spring', 1): [months(2026, 9, 2026, 11), 'S:autumn-2026'],
 ('a24', 'the drought of 2017 and 2018', 1): ['RY:2017..2018', 'Y:2017', 'Y:2018'],
 ('a24', 'the end of the decade', 1): ['Y:2029', 'IN:2027-01-01..2029-12-31', 'P:DEC:2020'],
 # a25 Tallinn, pub Sat 2027-06-19: Victory Day and Midsummer Day, ISO dates
 ('a25', 'the autumn of 2025', 1): north('autumn', 2025), ('a25', 'the Midsummer holidays', 1): [R(EE_VICTORY(2027), EE_MIDSUMMER(2027))],
 ('a25', 'Wednesday', 1): [Dd(EE_VICTORY(2027))], ('a25', 'Thursday', 1): [Dd(EE_MIDSUMMER(2027))], ('a25', 'Friday', 2): [Dd(EE_MIDSUMMER(2027) + td(1))],
 ('a25', 'a five-day break', 1): [R(EE_VICTORY(2027), EE_VICTORY(2027) + td(4))],
 ('a25', 'from 23 June to 27 June', 1): days3(EE_VICTORY(2027), EE_VICTORY(2027) + td(4)),
 ('a25', 'since 2027-03-01', 1): ['D:2027-03-01', R('2027-03-01', '2027-06-19')], ('a25', 'the end of the year', 1): ['D:2027-12-31', 'M:2027-12', 'Y:2027'],
 ('a25', 'early next year', 1): ['YIN:2028', 'IN:2028-01-01..2028-04-30'], ('a25', 'Last summer', 1): north('summer', 2026),
 ('a25', 'Midsummer Eve', 1): [Dd(EE_MIDSUMMER(2027) - td(1))], ('a25', 'the last two weeks of July', 1): [R(mend(2027, 7) - td(13), mend(2027, 7))],
 ('a25', '20 August', 1): [Dd(EE_RESTORATION(2027))], ('a25', 'a Friday', 1): [Dd(EE_RESTORATION(2027))],
 ('a25', 'the first half', 1): ['H:2027-H1'], ('a25', 'mid-July', 1): ['MIN:2027-07'],
 ('a21', 'that day', 1): [Dd(off_sunday(HI_KUHIO(2028)))],
 ('a22', 'a long weekend', 2): [R(GR_INDEPENDENCE(2027), GR_INDEPENDENCE(2027) + td(3)), f'P:D:{GR_INDEPENDENCE(2027)}'],
 ('a24', 'the full year', 1): [R(*za_fy(2027)), 'P:Y:2027'],
}
# checks of the rules against days fixed by law or by the tables above
assert IS_FIRST_SUMMER(2026) == p('2026-04-23') and IS_FIRST_WINTER(2025) == p('2025-10-25')
assert retail_fy(2025) == (p('2025-02-02'), p('2026-01-31')) and retail_fy(2026) == (p('2026-02-01'), p('2027-01-30'))
assert za_fy(2027) == (p('2026-03-02'), p('2027-02-28')) and za_fy(2027)[0] + td(181) == p('2026-08-30')
assert yom_hashoah(p('2025-04-25')) == p('2025-04-24') and yom_haatzmaut(p('2025-05-03')) == p('2025-05-01')
assert OE27 == p('2027-05-02') and OE26 == p('2026-04-12') and E[2026] == p('2026-04-05') and E[2027] == p('2027-03-28')
assert sumo_day1(2027, 11) == p('2027-11-14') and sumo_day1(2028, 1) == p('2028-01-09')
assert lunar(2026, 12, 29) + td(1) == LUNAR_NEW_YEAR[2027] and coming(LABOR_US(2026), 3) == p('2026-09-10')
# quoted speech and reported days resolved against the day they were spoken (doc, span, occurrence) -> that day
SPEAKER = {('a02', 'a fortnight ago', 1): '2025-04-29', ('a07', 'tomorrow', 1): '2025-05-18', ('a20', 'yesterday', 1): '2025-10-30'}
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
NUMRE = r'(\d+|a hundred|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)'
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
              'later this month': f'IN:{ref}..{mend(ref.year, ref.month)}', 'early next year': f'YIN:{ref.year + 1}'}
    if s in simple: return simple[s]
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
