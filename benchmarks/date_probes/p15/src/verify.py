# Checks gold.py against the built articles (written for p15, adapted from p14's verify.py): gold.py loads; every
# reading parses with p4's scorer and none repeats; every G, N and X span occurs in its article and none overlap;
# weekdays named in a span agree with its D: (or R: ends; a feast's weekday in 'the day following Good Friday' and the
# weekday of 'N years ago on Sunday' are not the day's own); month/day and year agree with the span for month-first
# ('Oct. 5', 'Oct 5'), day-first ('5 October'), numeric ('7/4' and '9/10/2025' month-first in the US stories a22 and
# a24, '2/4', '13/8', '07/07/2027', '01/12/2026' and '24/01/27' day-first elsewhere), dotted ('24.09.2027',
# '15.12.2027') and ordinal dates and for ranges ('October 6-9', 'from 1 to 10 June', 'Oct 28 and 29', 'from Sept. 10,
# 2025, through Feb. 2, 2026'); relative phrases computed with datetime against the publication day or the speaker's
# day (SPEAKER): p13's and p14's forms ('yesterday', 'today', 'tomorrow', 'last/next/this coming <weekday>', '<weekday>
# week', 'a week from today/tomorrow', 'a fortnight ago', 'this/last/next week|month|year', 'N years ago') and p15's
# ('the weekend before last', 'the week after next', 'last thing <weekday>', 'N days from now', 'N days ago', 'three
# weeks from yesterday', '<weekday> fortnight', 'this day fortnight', 'a week tomorrow', 'the day after tomorrow',
# 'this evening', 'a decade ago', 'a year ago this week', 'A hundred years ago on <weekday>', 'Half a century ago this
# month', 'the turn of the year', and 'last weekend' as the last whole Saturday-Sunday before the publication day's
# own weekend); bare weekdays within six days of that day (printed for eyeballing, with their tense context); a table
# (CALC) of every holiday, feast of another calendar, counted day, fiscal period, season, decade, century and other
# computed reading, each worked out here from rules (western and Orthodox Easter, Ethiopian dates, nth and last
# weekdays, holidays moved off a Sunday, fiscal year-ends, lunar, Hebrew and Hijri tables, day offsets) and compared
# with the gold's readings; bodies are 280-360 words; publication dates are distinct, lie in 2025-02 .. 2027-12 and
# cover every month and weekday, and the two Sunday papers fall on Sundays; then a synthetic run through p4's scorer
# giving every item its first reading must score 100%, a run that also claims every N and X span must count the N
# claims neither way and every X claim as a precision error, every reading (P: ones included) must be accepted for a
# claim of its own interval, and score.py must run on an empty claims file.
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
US = {'a22', 'a24'}                          # US copy: numeric dates month-first (South Carolina, Alaska)
SOUTH = {'a02', 'a11', 'a17', 'a18', 'a19', 'a23'}  # southern-hemisphere stories (Stanley, Wellington, Suva, Dunedin,
                                               # Harare, Adelaide)
SUNDAY_PAPERS = {'a12', 'a18'}
NUM = {'a': 1, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9,
       'ten': 10, 'twelve': 12, 'twenty': 20, 'thirty': 30, 'forty': 40, 'fifty': 50, 'hundred': 100, 'a hundred': 100}
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
#      installed in a scratch folder and removed afterwards; verify.py needs none of them). Dates a story fixes itself
#      (Morocco's sighting, Nepal's Bikram Sambat days, school terms and holidays, seasons) are taken from the story.
FK_LIBERATION = lambda y: dt.date(y, 6, 14); FK_PEAT_CUTTING = lambda y: nth_wd(y, 10, 0, 1)     # Falklands
WB_PUJA = {2027: dict(mahalaya=p('2027-09-29'), saptami=p('2027-10-06'), dashami=p('2027-10-09'),
                      kali=p('2027-10-28'), diwali=p('2027-10-29')), 2026: dict(dashami=p('2026-10-21'))}  # holidays IN-WB
ET_GENNA = lambda y: dt.date(y, 1, 7); ET_TIMKET = {2026: p('2026-01-19')}; ET_ADWA = {2026: p('2026-03-02')}
UQ = {('1447', 'Ramadan 1'): p('2026-02-18'), ('1447', 'Shawwal 1'): p('2026-03-20'),     # hijridate (Umm al-Qura)
      ('1448', 'Ramadan 1'): p('2027-02-08'), ('1448', 'Shawwal 1'): p('2027-03-09'), ('1448', 'Dhu al-Hijjah 10'): p('2027-05-16')}
MA_RAMADAN_1 = UQ[('1448', 'Ramadan 1')] + td(1)        # Morocco's own sighting, a day after Saudi Arabia (the story)
KR_CHUSEOK = {2026: p('2026-09-25')}                   # holidays KR: the day before, the day and the day after
PT_FIRST_ROUND = p('2026-01-18'); PT_RUNOFF = PT_FIRST_ROUND + td(21)
HEB = {('RH', 5787): p('2026-09-12'), ('RH', 5788): p('2027-10-02'), ('PESACH', 5786): p('2026-04-02'),
       ('PESACH', 5787): p('2027-04-22'), ('PURIM', 5787): p('2027-03-23'), ('LAG', 5787): p('2027-05-25'),
       ('SHAVUOT', 5787): p('2027-06-11')}             # convertdate hebrew: first full days (diaspora)
HK_CHING_MING = {2025: p('2025-04-04'), 2026: p('2026-04-05')}; HK_BUDDHA = {2026: p('2026-05-24')}
HK_CHUNG_YEUNG = {2026: p('2026-10-18')}
TH = {('ASARNHA', 2024): p('2024-07-20'), ('LENT', 2024): p('2024-07-21'), ('ASARNHA', 2025): p('2025-07-10'),
      ('LENT', 2025): p('2025-07-11'), ('OK_PHANSA', 2025): p('2025-10-07'), ('MAKHA', 2026): p('2026-03-03'),
      ('KING', 2025): p('2025-07-28'), ('QUEEN_MOTHER', 2025): p('2025-08-12')}   # holidays TH; Ok Phansa the full moon
NZ_MATARIKI = {2025: p('2025-06-20')}; NZ_KINGS_BIRTHDAY = lambda y: nth_wd(y, 6, 0, 1)
NZ_OTAGO_ANNIVERSARY = {2026: p('2026-03-23')}         # holidays NZ-OTA: the Monday nearest March 23
NZ_BUDGET_2025 = p('2025-05-22'); NZ_TERM2 = (p('2025-04-28'), p('2025-07-04')); NZ_TERM3 = (p('2025-07-21'), p('2025-09-26'))
PH_INDEPENDENCE = lambda y: dt.date(y, 6, 12); PH_SONA = lambda y: nth_wd(y, 7, 0, 4); MANILA_DAY = lambda y: dt.date(y, 6, 24)
ZM_HEROES = lambda y: nth_wd(y, 7, 0, 1); ZM_UNITY = lambda y: ZM_HEROES(y) + td(1); ZM_FARMERS = lambda y: nth_wd(y, 8, 0, 1)
ZM_INDEPENDENCE = lambda y: dt.date(y, 10, 24)
LUNAR7 = {2025: (p('2025-08-23'), p('2025-09-21')), 2026: (p('2026-08-13'), p('2026-09-10'))}   # lunardate: 7/1 .. 7/29|30
LUNAR8 = {2026: (p('2026-09-11'), p('2026-10-09'))}                              # lunardate: 8/1 .. 9/1 - 1
MID_AUTUMN = {2026: p('2026-09-25')}; SG_NATIONAL_DAY = lambda y: dt.date(y, 8, 9)
NU_DAY = lambda y: dt.date(y, 7, 9); CA_THANKSGIVING = lambda y: nth_wd(y, 10, 0, 2)
NP = {('Baisakh 1', 2083): p('2026-04-14'), ('Baisakh 1', 2084): p('2027-04-14'), ('Jestha 1', 2082): p('2025-05-15'),
      ('Jestha 1', 2083): p('2026-05-15'), ('Ashadh 10', 2083): p('2026-06-24'), ('Shrawan 1', 2082): p('2025-07-17'),
      ('Shrawan 1', 2083): p('2026-07-17'), ('Shrawan 1', 2084): p('2027-07-17')}   # as the story gives them
FJ_DAY = lambda y: dt.date(y, 10, 10); FJ_DIWALI = {2026: p('2026-11-08')}
ZW_HEROES = lambda y: nth_wd(y, 8, 0, 2); ZW_UNITY = lambda y: dt.date(y, 12, 22)
DE_HOLIDAYS = {'BE': (p('2026-07-09'), p('2026-08-22')), 'NW': (p('2026-07-20'), p('2026-09-01')),
               'BW': (p('2026-07-30'), p('2026-09-12')), 'BY_WHITSUN': (p('2026-05-26'), p('2026-06-05')),
               'BE_AUTUMN': (p('2026-10-19'), p('2026-10-31'))}                    # as the story gives them
FI_INDEPENDENCE = lambda y: dt.date(y, 12, 6); FI_EPIPHANY = lambda y: dt.date(y, 1, 6)
FI_STRIKE = p('2027-12-15')
SC_LANDFALL = p('2025-09-09')
JP_SHOWA_DAY = lambda y: dt.date(y, 4, 29); JP_CHILDRENS_DAY = lambda y: dt.date(y, 5, 5)
SHOWA_1 = 1926; REIWA_1 = 2019; BE_OFFSET = 543                                   # era years; Thai Buddhist Era
# ---- computed readings: (doc, span, occurrence) -> the full list of readings the gold must have ----
E26, E27 = easter(2026), easter(2027); OE26 = orthodox_easter(2026)
W27 = WB_PUJA[2027]; L7 = LUNAR7[2026]
P27 = HEB[('PESACH', 5787)]; P26 = HEB[('PESACH', 5786)]
MA29 = MA_RAMADAN_1 + td(28); EID1, EID2 = MA29 + td(1), MA29 + td(2)
CALC = {
 # a01 Glasgow, pub Thu 2025-08-28: the transfer window closes on the coming Monday
 ('a01', 'deadline day', 1): [Dd(coming(p('2025-08-28'), 0))], ('a01', 'this summer', 1): north('summer', 2025),
 ('a01', 'the 1990s', 1): decade(1990), ('a01', 'the early noughties', 1): early_decade(2000),
 ('a01', 'since February', 1): ['M:2025-02', R('2025-02-01', previous(p('2025-08-28'), 1))],
 ('a01', 'the first week of July', 1): first_week(2025, 7),
 ('a01', 'The 2025-26 season', 1): [R('2025-08-02', '2026-05-17'), 'RY:2025..2026', 'P:Y:2025'],
 ('a01', 'a winter break', 1): holidays_R(p('2026-01-05'), p('2026-01-16')),
 ('a01', 'the first Monday of January', 1): [Dd(nth_wd(2026, 1, 0, 1))], ('a01', 'Last season', 1): ['RY:2024..2025', 'P:Y:2024'],
 # a02 Stanley, pub Sat 2026-07-25: squid seasons in the southern winter
 ('a02', 'the tail end of September', 1): tail_end(2026, 9), ('a02', 'The first season', 1): [R('2026-02-24', '2026-04-09'), 'P:Y:2026'],
 ('a02', 'This winter', 1): south_winter(2026), ('a02', 'Last summer', 1): south_summer(2025),
 ("a02", "last year's season", 1): [R('2025-07-22', '2025-09-30'), 'P:Y:2025'],
 ('a02', 'the 2026/27 financial year', 1): fy_label(2027, 6, 2027), ('a02', '5 October', 1): [Dd(FK_PEAT_CUTTING(2026))],
 ('a02', 'since Liberation Day', 1): [Dd(FK_LIBERATION(2026)), R(FK_LIBERATION(2026), '2026-07-25')],
 ('a02', 'the end of next month', 1): end_of(2026, 8), ('a02', 'late February', 1): ['MIN:2027-02'],
 # a03 Kolkata, pub Wed 2027-09-29 (Mahalaya): Durga Puja by West Bengal's holiday list
 ('a03', 'Sept 29', 1): [Dd(W27['mahalaya'])], ('a03', 'a week from today', 1): [Dd(W27['saptami'])],
 ('a03', 'from Saptami to Dashami', 1): days3(W27['saptami'], W27['dashami']), ('a03', 'October 6-9', 1): days3(W27['saptami'], W27['dashami']),
 ('a03', 'Monday', 1): [Dd(W27['saptami'] - td(2))], ('a03', 'Panchami', 1): [Dd(W27['saptami'] - td(2))],
 ('a03', 'the Puja vacation', 1): holidays_R(p('2027-10-02'), p('2027-11-07')),
 ('a03', 'Saturday', 1): [Dd(dt.date(2027, 10, 2))], ('a03', 'Dashami', 2): [Dd(W27['dashami'])],
 ('a03', 'the following Tuesday', 1): [Dd(coming(W27['dashami'], 1))], ('a03', 'October 11', 1): [Dd(W27['dashami'] + td(2))],
 ('a03', 'two days after Dashami', 1): [Dd(W27['dashami'] + td(2))], ('a03', 'Oct 28 and 29', 1): days3(W27['kali'], W27['diwali']),
 ('a03', 'Saptami and Ashtami', 1): days3(W27['saptami'], W27['saptami'] + td(1)), ('a03', 'mid-October', 1): ['MIN:2027-10'],
 ('a03', 'October 21', 1): [Dd(WB_PUJA[2026]['dashami'])], ('a03', 'the 18th century', 1): century(18),
 ('a03', 'since December 2021', 1): ['M:2021-12', R('2021-12-01', '2027-09-29')], ('a03', 'the 1980s', 1): decade(1980),
 ('a03', 'Shashthi', 1): [Dd(W27['saptami'] - td(1))], ('a03', 'Tuesday, October 5', 1): [Dd(W27['saptami'] - td(1))],
 ('a03', 'the Saturday', 1): [Dd(W27['dashami'])],
 # a04 Addis Ababa, pub Sat 2026-02-14: Abiy Tsom, the 55 days before Orthodox Easter, and the Ethiopian calendar
 ('a04', 'Yekatit 9, 2018 E.C.', 1): [Dd(ethiopian(2018, 6, 9))], ('a04', 'Feb. 16', 1): [Dd(OE26 - td(55))],
 ('a04', 'this coming Monday', 1): [Dd(OE26 - td(55))], ('a04', 'Saturday, April 11', 1): [Dd(OE26 - td(1))],
 ('a04', 'Fasika', 1): [Dd(OE26)], ('a04', 'the next day', 1): [Dd(OE26)], ('a04', '57 days from now', 1): [Dd(OE26)],
 ('a04', 'Lent', 1): [R(OE26 - td(55), OE26 - td(1))], ('a04', 'Easter Sunday', 1): [Dd(OE26)],
 ('a04', 'Tuesday', 1): [Dd(UQ[('1447', 'Ramadan 1')] - td(1))], ('a04', 'Wednesday', 1): [Dd(UQ[('1447', 'Ramadan 1')])],
 ('a04', 'Ash Wednesday', 1): [Dd(E26 - td(46))], ('a04', 'the 1990s', 1): decade(1990),
 ('a04', 'January 7', 1): [Dd(ET_GENNA(2026))], ('a04', 'January 19', 1): [Dd(ET_TIMKET[2026])],
 ('a04', 'March 2', 1): [Dd(ET_ADWA[2026])], ('a04', 'a Monday', 1): [Dd(ET_ADWA[2026])],
 ('a04', 'that weekend', 1): [R(ET_ADWA[2026] - td(2), ET_ADWA[2026] - td(1)), R(ET_ADWA[2026] - td(2), ET_ADWA[2026])],
 ('a04', 'the 2025/26 budget year', 1): [R(ethiopian(2017, 11, 1), ethiopian(2018, 10, 30)), 'P:Y:2026'],
 ('a04', 'July 7', 1): [Dd(ethiopian(2018, 10, 30))],
 ('a04', 'The Ethiopian year 2018', 1): [R(ethiopian(2018, 1, 1), ethiopian(2019, 1, 1) - td(1))],
 ('a04', 'Sept. 11', 1): [Dd(ethiopian(2018, 1, 1))], ('a04', 'Sept. 10', 1): [Dd(ethiopian(2019, 1, 1) - td(1))],
 ('a04', 'the following morning', 1): [Dd(ethiopian(2019, 1, 1))],
 # a05 Seoul, pub Thu 2026-10-29: calendar quarters
 ('a05', 'the third quarter', 1): Q(2026, 3), ('a05', 'a year earlier', 1): Q(2025, 3), ('a05', 'the fourth quarter', 1): Q(2026, 4),
 ('a05', 'the July-September quarter', 1): Q(2026, 3), ('a05', 'the same period last year', 1): Q(2025, 3),
 ('a05', 'the previous quarter', 1): Q(2026, 2), ('a05', 'the first nine months', 1): [months(2026, 1, 2026, 9)],
 ('a05', 'a weaker quarter', 1): Q(2026, 3), ('a05', 'Q3 2025', 1): ['Q:2025-Q3'], ('a05', 'the quarter', 1): Q(2026, 3), ('a05', 'fourth-quarter', 1): Q(2026, 4),
 ('a05', 'the Chuseok holiday', 1): [R(KR_CHUSEOK[2026] - td(1), KR_CHUSEOK[2026] + td(1))],
 ('a05', 'from Thursday to Saturday', 1): days3(KR_CHUSEOK[2026] - td(1), KR_CHUSEOK[2026] + td(1)),
 ('a05', 'late September', 1): ['MIN:2026-09'], ('a05', 'year-end', 1): [Dd(dt.date(2026, 12, 31)), 'MIN:2026-12'],
 ('a05', 'the first half of next year', 1): ['H:2027-H1'], ('a05', 'the second half', 1): ['H:2026-H2'],
 ('a05', 'since January', 1): ['M:2026-01', R('2026-01-01', '2026-10-29')], ('a05', 'the 2010s', 1): decade(2010),
 # a06 Lisbon, pub Mon 2026-01-19: the first round yesterday, the run-off three weeks later
 ("a06", "Sunday's", 1): [Dd(PT_FIRST_ROUND)], ('a06', 'Sunday 8 February', 1): [Dd(PT_RUNOFF)],
 ('a06', 'Saturday 7 February', 1): [Dd(PT_RUNOFF - td(1))], ('a06', 'the first round', 2): [Dd(PT_FIRST_ROUND)],
 ('a06', 'Sunday 1 February', 1): [Dd(PT_RUNOFF - td(7))], ('a06', 'the Sunday before the run-off', 1): [Dd(PT_RUNOFF - td(7))],
 ('a06', 'Friday 6 February', 1): [Dd(PT_RUNOFF - td(2))], ('a06', 'the 2020s', 1): decade(2020),
 # a07 London, pub Fri 2027-04-16: Passover 5787 (diaspora, eight days)
 ('a07', 'from Sunday to Tuesday', 1): days3(coming(p('2027-04-16'), 6), coming(p('2027-04-16'), 1)),
 ('a07', 'Wednesday 21 April', 1): [Dd(P27 - td(1))], ('a07', 'Passover', 2): [R(P27, P27 + td(7)), R(P27 - td(1), P27 + td(7))],
 ('a07', 'Easter Sunday', 1): [Dd(E27)],
 ('a07', 'the Hebrew year 5787', 1): [R(HEB[('RH', 5787)], HEB[('RH', 5788)] - td(1)), R(HEB[('RH', 5787)] - td(1), HEB[('RH', 5788)] - td(1))],
 ('a07', 'September', 1): [f"M:{HEB[('RH', 5787)]:%Y-%m}"],
 ('a07', 'the first two nights', 1): [R(P27 - td(1), P27)], ('a07', 'Wednesday and Thursday', 1): days3(P27 - td(1), P27),
 ('a07', 'the last two days', 1): [R(P27 + td(6), P27 + td(7))], ('a07', 'Thursday 29 April', 1): [Dd(P27 + td(7))],
 ('a07', 'since Purim', 1): [Dd(HEB[('PURIM', 5787)]), R(HEB[('PURIM', 5787)], '2027-04-16')], ('a07', '23 March', 1): [Dd(HEB[('PURIM', 5787)])],
 ("a07", "Last year's Passover", 1): [R(P26, P26 + td(7)), R(P26 - td(1), P26 + td(7))],
 ('a07', 'from 2 to 9 April 2026', 1): days3(P26, P26 + td(7)), ('a07', 'chol hamoed', 1): [R(P27 + td(2), P27 + td(5))],
 ('a07', 'from Saturday 24 to Tuesday 27 April', 1): days3(P27 + td(2), P27 + td(5)), ('a07', 'the eve of the festival', 1): [Dd(P27 - td(1))],
 ('a07', 'the May Day bank holiday', 1): [Dd(nth_wd(2027, 5, 0, 1))], ('a07', 'Monday 3 May', 1): [Dd(nth_wd(2027, 5, 0, 1))],
 ('a07', '11 and 12 June', 1): days3(HEB[('SHAVUOT', 5787)], HEB[('SHAVUOT', 5787)] + td(1)),
 ('a07', 'Tuesday 25 May', 1): [Dd(HEB[('LAG', 5787)])], ('a07', 'the spring bank holiday', 1): [Dd(last_wd(2027, 5, 0))],
 # a08 Hong Kong, pub Wed 2026-04-01: Ching Ming on Easter Sunday, its day following after Easter Monday
 ('a08', 'Good Friday', 1): [Dd(E26 - td(2))], ('a08', 'Ching Ming', 1): [Dd(HK_CHING_MING[2026])], ('a08', 'Easter Monday', 1): [Dd(E26 + td(1))],
 ('a08', 'Sunday', 1): [Dd(HK_CHING_MING[2026])], ('a08', 'April 5', 1): [Dd(HK_CHING_MING[2026])], ('a08', 'Easter Sunday', 1): [Dd(E26)],
 ('a08', 'the next day', 1): [Dd(HK_CHING_MING[2026] + td(1))], ('a08', 'Tuesday', 2): [Dd(E26 + td(2))],
 ('a08', 'April 7', 1): [Dd(E26 + td(2))], ('a08', 'the holiday in lieu', 1): [Dd(E26 + td(2))], ('a08', 'April 3', 1): [Dd(E26 - td(2))],
 ('a08', 'the day following Good Friday', 1): [Dd(E26 - td(1))], ('a08', 'from Friday to next Tuesday', 1): days3(E26 - td(2), E26 + td(2)),
 ('a08', 'Saturday and Sunday', 1): days3(E26 - td(1), E26), ('a08', 'a Friday', 1): [Dd(HK_CHING_MING[2025])],
 ('a08', 'April 4, 2025', 1): [Dd(HK_CHING_MING[2025])], ('a08', 'the Easter holidays', 1): holidays_R(p('2026-03-31'), p('2026-04-12')),
 ('a08', 'the tail end of March', 1): tail_end(2026, 3),
 ('a08', 'The next long weekend', 1): [R(HK_BUDDHA[2026] - td(1), off_sunday(HK_BUDDHA[2026])), f'P:D:{HK_BUDDHA[2026]}'],
 ('a08', 'Sunday, May 24', 1): [Dd(HK_BUDDHA[2026])], ('a08', 'the holiday', 2): [Dd(off_sunday(HK_BUDDHA[2026]))],
 ('a08', 'Monday, May 25', 1): [Dd(off_sunday(HK_BUDDHA[2026]))], ('a08', 'October', 1): [f'M:{HK_CHUNG_YEUNG[2026]:%Y-%m}'],
 # a09 Bangkok, pub Tue 2025-07-08: Asarnha Bucha and Khao Phansa, the Thai fiscal year (October-September)
 ('a09', 'Thursday and Friday', 1): days3(TH[('ASARNHA', 2025)], TH[('LENT', 2025)]), ('a09', 'July 10', 1): [Dd(TH[('ASARNHA', 2025)])],
 ('a09', 'July 11', 1): [Dd(TH[('LENT', 2025)])], ('a09', 'the Buddhist Lent', 1): [R(TH[('LENT', 2025)], TH[('OK_PHANSA', 2025)])],
 ('a09', 'The Buddhist Lent', 1): [R(TH[('LENT', 2025)], TH[('OK_PHANSA', 2025)])],
 ('a09', 'Monday', 1): [Dd(coming(TH[('LENT', 2025)], 0))], ('a09', 'July 14', 1): [Dd(coming(TH[('LENT', 2025)], 0))],
 ('a09', 'a Thursday and a Friday', 1): days3(TH[('ASARNHA', 2025)], TH[('LENT', 2025)]),
 ('a09', 'a Saturday and a Sunday', 1): days3(TH[('ASARNHA', 2024)], TH[('LENT', 2024)]),
 ('a09', 'Oct 7', 1): [Dd(TH[('OK_PHANSA', 2025)])], ('a09', 'Ok Phansa', 2): [Dd(TH[('OK_PHANSA', 2025)])],
 ('a09', 'fiscal 2025', 1): fy_label(2025, 9, 2025), ('a09', 'fiscal 2026', 1): fy_label(2026, 9, 2026),
 ('a09', 'the first week of August', 1): first_week(2025, 8),
 ('a09', 'the second half of the month', 1): [R('2025-08-16', '2025-08-31'), 'MIN:2025-08'],
 ('a09', 'March', 1): [f"M:{TH[('MAKHA', 2026)]:%Y-%m}"], ('a09', 'Monday, July 28', 1): [Dd(TH[('KING', 2025)])],
 ('a09', 'a four-day weekend', 1): [R(TH[('QUEEN_MOTHER', 2025)] - td(3), TH[('QUEEN_MOTHER', 2025)]), f"P:D:{TH[('QUEEN_MOTHER', 2025)]}"],
 ('a09', 'the weekend', 1): [wknd(TH[('QUEEN_MOTHER', 2025)] - td(3))],
 ('a09', 'Monday, Aug 11', 1): [Dd(TH[('QUEEN_MOTHER', 2025)] - td(1))], ('a09', 'Tuesday, Aug 12', 1): [Dd(TH[('QUEEN_MOTHER', 2025)])],
 ('a09', '2568', 1): [f'Y:{2568 - BE_OFFSET}'],
 # a10 Rabat, pub Tue 2027-03-09: Morocco's 29 Ramadan, Eid on the 30th day or the day after
 ('a10', 'Eid al-Fitr', 1): [Dd(EID1), Dd(EID2)], ('a10', 'the 29th of Ramadan', 1): [Dd(MA29)],
 ('a10', 'Tuesday 9 February', 1): [Dd(MA_RAMADAN_1)], ('a10', 'the holy month', 1): [R(MA_RAMADAN_1, MA29 + td(1)), R(MA_RAMADAN_1, MA29)],
 ('a10', 'Thursday 11 March', 1): [Dd(EID2)], ('a10', 'Thursday', 1): [Dd(EID2)], ('a10', 'Thursday', 3): [Dd(EID2)],
 ('a10', 'Saturday', 1): [Dd(MA_RAMADAN_1 + td(25))],
 ('a10', 'Wednesday and Thursday', 1): days3(EID1, EID1 + td(1)), ('a10', 'Thursday and Friday', 1): days3(EID2, EID2 + td(1)),
 ('a10', 'between Wednesday and Sunday', 1): days3(EID1, coming(EID1, 6)), ('a10', 'the following Monday', 1): [Dd(coming(coming(EID1, 6), 0))],
 ('a10', 'Sunday 7 February', 1): [Dd(previous(MA_RAMADAN_1, 6))], ('a10', 'Sunday 14 March', 1): [Dd(coming(EID2, 6))],
 ('a10', 'Saturday 21 March 2026', 1): [Dd(UQ[('1447', 'Shawwal 1')] + td(1))],
 ('a10', 'around 16 May', 1): around(UQ[('1448', 'Dhu al-Hijjah 10')]), ('a10', 'the first week of Ramadan', 1): [R(MA_RAMADAN_1, MA_RAMADAN_1 + td(6))],
 ('a10', 'the 1960s', 1): decade(1960),
 # a11 Wellington, pub Tue 2025-05-06: strike notice, Term 2, the New Zealand government's July-June year
 ('a11', 'the week of 19 May', 1): week_of(p('2025-05-19')), ('a11', 'the Tuesday', 1): [Dd(p('2025-05-19') + td(1))],
 ('a11', 'the Thursday', 1): [Dd(p('2025-05-19') + td(3))], ('a11', 'Budget day', 1): [Dd(NZ_BUDGET_2025)],
 ('a11', 'a week after the Budget', 1): [Dd(NZ_BUDGET_2025 + td(7)), Wk(NZ_BUDGET_2025 + td(7))],
 ('a11', 'Thursday 29 May', 1): [Dd(NZ_BUDGET_2025 + td(7))],
 ('a11', 'the year to 30 June 2026', 1): [fy(2026, 6), 'P:Y:2026', 'P:D:2026-06-30'], ('a11', 'Term 2', 1): [R(*NZ_TERM2)],
 ('a11', 'the last week of term', 1): [Wk(NZ_TERM2[1]), f'IN:{NZ_TERM2[1] - td(6)}..{NZ_TERM2[1]}'],
 ('a11', 'Friday 20 June', 1): [Dd(NZ_MATARIKI[2025])], ('a11', 'the first Monday in June', 1): [Dd(NZ_KINGS_BIRTHDAY(2025))],
 ('a11', 'this winter', 1): south_winter(2025),
 ('a11', 'the end of the week', 1): [Dd(coming(p('2025-05-06'), 4)), f"IN:2025-05-06..{coming(p('2025-05-06'), 6)}"],
 ('a11', 'Term 3', 1): [R(*NZ_TERM3)], ('a11', 'the school holidays', 1): holidays_R(NZ_TERM2[1] + td(1), NZ_TERM3[0] - td(1)),
 # a12 Manila Sunday paper, pub Sun 2027-06-06: Congress until the SONA on the fourth Monday of July
 ('a12', 'the fourth Monday of July', 1): [Dd(PH_SONA(2027))], ('a12', 'July 26', 1): [Dd(PH_SONA(2027))],
 ('a12', 'since May 17', 1): ['D:2027-05-17', R('2027-05-17', '2027-06-06')],
 ('a12', 'Independence Day', 1): [Dd(PH_INDEPENDENCE(2027))], ('a12', 'Saturday', 1): [Dd(PH_INDEPENDENCE(2027))],
 ('a12', 'June 24', 1): [Dd(MANILA_DAY(2027))], ('a12', 'a Thursday', 1): [Dd(MANILA_DAY(2027))],
 ('a12', 'the second Monday of May 2028', 1): [Dd(nth_wd(2028, 5, 0, 2))], ('a12', 'the last week of June', 1): last_week_of(2027, 6),
 # a13 Lusaka, pub Mon 2027-06-28: Heroes and Unity days, the first Monday of July and the Tuesday after
 ('a13', 'the day after Unity Day', 1): [Dd(ZM_UNITY(2027) + td(1))], ('a13', 'Heroes and Unity holidays', 1): [R(ZM_HEROES(2027), ZM_UNITY(2027))],
 ('a13', '07/07/2027', 1): [Dd(ZM_UNITY(2027) + td(1))], ('a13', 'a Wednesday', 1): [Dd(ZM_UNITY(2027) + td(1))],
 ('a13', 'from that day until the Friday', 1): [R(ZM_UNITY(2027) + td(1), coming(ZM_UNITY(2027) + td(1), 4))],
 ('a13', 'July 12', 1): [Dd(p('2027-06-28') + td(14))], ('a13', 'July 5 and 6', 1): days3(ZM_HEROES(2027), ZM_UNITY(2027)),
 ('a13', '14 June', 1): [Dd(p('2027-06-28') - td(14))],
 ('a13', 'the end of next week', 1): [Dd(monday(p('2027-06-28')) + td(11)), f"IN:{monday(p('2027-06-28')) + td(7)}..{monday(p('2027-06-28')) + td(13)}"],
 ('a13', 'Monday 2 August', 1): [Dd(ZM_FARMERS(2027))], ('a13', '24 October', 1): [Dd(ZM_INDEPENDENCE(2027))],
 ('a13', 'the holiday', 1): [Dd(off_sunday(ZM_INDEPENDENCE(2027)))], ('a13', 'Monday 25 October', 1): [Dd(off_sunday(ZM_INDEPENDENCE(2027)))],
 ('a13', 'between March 2019 and December 2021', 1): [R('2019-03-01', '2021-12-31'), 'M:2019-03', 'M:2021-12'],
 # a14 Singapore, pub Sat 2026-08-15: the seventh lunar month
 ('a14', 'Thursday', 1): [Dd(L7[0])], ('a14', 'Aug 13', 1): [Dd(L7[0])], ('a14', 'Sept 10', 1): [Dd(L7[1])],
 ('a14', 'the Hungry Ghost month', 1): [R(*L7)], ('a14', 'the eighth month', 1): [R(*LUNAR8[2026])],
 ('a14', 'the seventh lunar month', 1): [R(*L7)], ('a14', 'the seventh month', 1): [R(*L7)],
 ('a14', 'the first two days of the month', 1): [R(L7[0], L7[0] + td(1))], ('a14', 'the same days last week', 1): [R(L7[0] - td(7), L7[0] - td(6))],
 ('a14', 'the day after the gates close', 1): [Dd(L7[1] + td(1))], ('a14', 'the 15th day of the month', 1): [Dd(L7[0] + td(14))],
 ('a14', 'Thursday, Aug 27', 1): [Dd(L7[0] + td(14))], ('a14', 'from 13/8 to 10/9', 1): days3(*L7),
 ("a14", "Last year's seventh month", 1): [R(*LUNAR7[2025])], ('a14', 'from Aug 23 to Sept 21', 1): days3(*LUNAR7[2025]),
 ('a14', 'the first half of September', 1): [R('2026-09-01', '2026-09-15'), 'MIN:2026-09'],
 ('a14', 'Sept 25', 1): [Dd(MID_AUTUMN[2026])], ('a14', 'the 15th day', 2): [Dd(MID_AUTUMN[2026])],
 ('a14', 'the April-June quarter', 1): Q(2026, 2), ('a14', 'the third quarter', 1): Q(2026, 3), ('a14', 'the final quarter', 1): Q(2026, 4),
 ('a14', 'since National Day', 1): [Dd(SG_NATIONAL_DAY(2026)), R(SG_NATIONAL_DAY(2026), '2026-08-15')],
 ('a14', 'the 2010s', 1): decade(2010), ('a14', 'Wednesday', 1): [Dd(L7[0] - td(1))], ('a14', 'the day before', 1): [Dd(L7[0] - td(1))],
 # a15 Iqaluit, pub Wed 2025-02-19: the sealift, Nunavut Day, Thanksgiving, the territory's April-March year
 ('a15', 'the tail end of March', 1): tail_end(2025, 3), ('a15', 'The 2025 sealift season', 1): [R('2025-06-28', '2025-10-24'), 'P:Y:2025'],
 ('a15', 'the second Monday of October', 1): [Dd(CA_THANKSGIVING(2025))], ('a15', 'the week of July 14', 1): week_of(p('2025-07-14')),
 ('a15', 'July 9', 1): [Dd(NU_DAY(2025))],
 ('a15', 'the Thanksgiving weekend', 1): [R(CA_THANKSGIVING(2024) - td(2), CA_THANKSGIVING(2024)), f'P:D:{CA_THANKSGIVING(2024)}'],
 ('a15', 'the 2025-26 fiscal year', 1): fy_label(2026, 3, 2026), ('a15', 'early next month', 1): ['MIN:2025-03'],
 ('a15', 'the 1950s', 1): decade(1950), ('a15', 'the 19th century', 1): century(19),
 # a16 Kathmandu, pub Fri 2026-05-29 (Jestha 15, 2083): the Bikram Sambat year and Nepal's fiscal year from Shrawan 1
 ('a16', 'Jestha 15', 1): [Dd(NP[('Jestha 1', 2083)] + td(14))],
 ('a16', 'Fiscal year 2083/84', 1): [R(NP[('Shrawan 1', 2083)], NP[('Shrawan 1', 2084)] - td(1)), 'P:Y:2027'],
 ('a16', 'Shrawan 1', 1): [Dd(NP[('Shrawan 1', 2083)])], ('a16', 'July 17', 1): [Dd(NP[('Shrawan 1', 2083)])],
 ('a16', 'July 16, 2027', 1): [Dd(NP[('Shrawan 1', 2084)] - td(1))],
 ('a16', 'the end of Ashadh', 1): [Dd(NP[('Shrawan 1', 2083)] - td(1)), f"IN:{NP[('Shrawan 1', 2083)] - td(7)}..{NP[('Shrawan 1', 2083)] - td(1)}"],
 ('a16', 'the current fiscal year', 1): [R(NP[('Shrawan 1', 2082)], NP[('Shrawan 1', 2083)] - td(1)), 'P:Y:2026'],
 ('a16', 'the ten months to mid-May', 1): [R(NP[('Shrawan 1', 2082)], NP[('Jestha 1', 2083)] - td(1))],
 ('a16', 'Jestha 1', 1): [Dd(NP[('Jestha 1', 2083)])], ('a16', 'Ashadh 10', 1): [Dd(NP[('Ashadh 10', 2083)])],
 ('a16', 'June 24', 1): [Dd(NP[('Ashadh 10', 2083)])],
 ('a16', 'The Bikram Sambat year 2083', 1): [R(NP[('Baisakh 1', 2083)], NP[('Baisakh 1', 2084)] - td(1))],
 ('a16', 'April 14', 1): [Dd(NP[('Baisakh 1', 2083)])], ('a16', 'April 13 next year', 1): [Dd(NP[('Baisakh 1', 2084)] - td(1))],
 ('a16', 'the year to mid-May', 1): [R(NP[('Jestha 1', 2082)], NP[('Jestha 1', 2083)] - td(1))],
 ('a16', 'the autumn trekking season', 1): [months(2026, 9, 2026, 11), 'S:autumn-2026'], ('a16', 'spring', 1): north('spring', 2026),
 ('a16', 'around June 13', 1): around(p('2026-06-13')), ('a16', 'mid-July', 1): ['MIN:2026-07'], ('a16', 'the early 2000s', 1): early_decade(2000),
 # a17 Suva, pub Mon 2026-11-02: the November-April cyclone season, Diwali and Boxing Day moved off a Sunday and a Saturday
 ('a17', 'the 2026-27 season', 1): [R('2026-11-01', '2027-04-30'), 'RY:2026..2027', 'P:Y:2026'],
 ('a17', 'Last season', 1): [R('2025-11-01', '2026-04-30'), 'RY:2025..2026', 'P:Y:2025'],
 ('a17', 'the 2015-16 season', 1): [R('2015-11-01', '2016-04-30'), 'RY:2015..2016', 'P:Y:2015'],
 ('a17', 'from January to March', 1): [months(2027, 1, 2027, 3), 'M:2027-01', 'M:2027-03'], ('a17', 'the 1970s', 1): decade(1970),
 ('a17', 'This summer', 1): south_summer(2026), ('a17', 'Saturday', 1): [Dd(FJ_DIWALI[2026] - td(1))],
 ('a17', 'the public holiday', 1): [Dd(off_sunday(FJ_DIWALI[2026]))], ('a17', 'Monday, 9 November', 1): [Dd(off_sunday(FJ_DIWALI[2026]))],
 ('a17', 'Sunday', 1): [Dd(FJ_DIWALI[2026])], ('a17', 'Since 10 October', 1): [Dd(FJ_DAY(2026)), R(FJ_DAY(2026), '2026-11-02')],
 ('a17', 'the next fortnight', 1): [R(p('2026-11-02') + td(1), p('2026-11-02') + td(14)), f"IN:2026-11-02..{p('2026-11-02') + td(14)}"],
 ('a17', 'the first week of December', 1): first_week(2026, 12), ('a17', 'Boxing Day', 1): ['D:2026-12-26'], ('a17', 'a Saturday', 1): ['D:2026-12-26'],
 ('a17', 'the holiday', 1): [Dd(p('2026-12-26') + td(2))], ('a17', 'Monday, 28 December', 1): [Dd(p('2026-12-26') + td(2))],
 ('a17', 'that week', 1): [Wk(p('2026-12-26') + td(2))], ('a17', 'early next year', 1): ['YIN:2027', 'IN:2027-01-01..2027-04-30'],
 # a18 Dunedin Sunday paper, pub Sun 2025-12-07: a centenary in the southern summer
 ('a18', 'the 1930s', 1): decade(1930), ('a18', 'the turn of the century', 1): ['IN:1995-01-01..2005-12-31'],
 ('a18', 'the early 20th century', 1): ['IN:1900-01-01..1950-12-31'] + century(20),
 ('a18', 'the following winter', 1): south_winter(1976), ('a18', 'the end of March', 1): end_of(2026, 3),
 ('a18', 'the weekend before Christmas', 1): [wknd(previous(p('2025-12-25'), 5))],
 ('a18', 'Christmas Day and Boxing Day', 1): days3(p('2025-12-25'), p('2025-12-26')), ("a18", "New Year's Day", 1): ['D:2026-01-01'],
 ('a18', 'Monday 23 March', 1): [Dd(NZ_OTAGO_ANNIVERSARY[2026])], ('a18', 'the 1920s', 1): decade(1920),
 ('a18', 'the 2027-28 season', 1): ['RY:2027..2028', 'P:Y:2027'], ('a18', 'next summer', 1): south_summer(2026),
 # a19 Harare, pub Thu 2025-11-13: an obituary
 ('a19', '(1936-2025)', 1): ['RY:1936..2025', 'Y:1936', 'Y:2025'], ('a19', 'the late 1950s', 1): late_decade(1950),
 ('a19', 'the mid-1970s', 1): mid_decade(1970), ('a19', 'the Eighties', 1): decade(1980), ('a19', 'the early 1990s', 1): early_decade(1990),
 ('a19', 'the last century', 1): century(20), ('a19', 'Heroes Day', 1): [Dd(ZW_HEROES(2025))], ('a19', 'August', 1): [f'M:{ZW_HEROES(2025):%Y-%m}'],
 ('a19', 'December 22', 1): [Dd(ZW_UNITY(2025))], ('a19', 'a Monday', 1): [Dd(ZW_UNITY(2025))],
 ('a19', 'early next year', 1): ['YIN:2026', 'IN:2026-01-01..2026-04-30'],
 ('a19', '11 November 2026', 1): [Dd(previous(p('2025-11-13'), 1).replace(year=2026))],
 # a20 Berlin, pub Wed 2026-06-24: staggered summer holidays (the story's dates)
 ("a20", "Berlin's summer holidays", 1): holidays_R(*DE_HOLIDAYS['BE']), ('a20', 'from 09.07.2026 to 22.08.2026', 1): days3(*DE_HOLIDAYS['BE']),
 ('a20', 'Thursday 9 July', 1): [Dd(DE_HOLIDAYS['BE'][0])], ('a20', 'Monday 24 August', 1): [Dd(coming(DE_HOLIDAYS['BE'][1], 0))],
 ('a20', 'the 2026/27 school year', 1): ['RY:2026..2027', 'IN:2026-08-01..2027-07-31', 'P:Y:2026'],
 ('a20', 'the new school year', 1): ['RY:2026..2027', 'IN:2026-08-01..2027-07-31', 'P:Y:2026'],
 ('a20', 'from 20 July to 1 September', 1): days3(*DE_HOLIDAYS['NW']), ('a20', 'from 30 July to 12 September', 1): days3(*DE_HOLIDAYS['BW']),
 ('a20', 'the first Saturday in August', 1): [Dd(nth_wd(2026, 8, 5, 1))], ('a20', 'its second week', 1): [Wk(DE_HOLIDAYS['NW'][0] + td(7))],
 ('a20', 'the week after the holidays start', 1): [Wk(DE_HOLIDAYS['BE'][0] + td(7))],
 ("a20", "the state's Whitsun holidays", 1): holidays_R(*DE_HOLIDAYS['BY_WHITSUN']), ('a20', 'from 26.05. to 05.06.', 1): days3(*DE_HOLIDAYS['BY_WHITSUN']),
 ('a20', 'this summer', 1): north('summer', 2026), ("a20", "Berlin's autumn holidays", 1): holidays_R(*DE_HOLIDAYS['BE_AUTUMN']),
 ('a20', 'from 19 to 31 October', 1): days3(*DE_HOLIDAYS['BE_AUTUMN']), ('a20', 'since Easter', 1): [Dd(E26), R(E26, '2026-06-24')],
 ('a20', 'the 19th century', 1): century(19), ('a20', 'mid-September', 1): ['MIN:2026-09'],
 # a21 Helsinki, pub Wed 2027-12-01: a strike with two weeks' notice over Independence Day and Christmas
 ('a21', 'the end of November', 1): end_of(2027, 11), ('a21', 'the day after Independence Day', 1): [Dd(FI_INDEPENDENCE(2027) + td(1))],
 ('a21', 'Monday', 1): [Dd(FI_INDEPENDENCE(2027))], ('a21', '29 December', 1): [Dd(FI_STRIKE + td(14))],
 ('a21', 'Wednesday 15 December', 1): [Dd(FI_STRIKE)], ('a21', 'the month', 1): ['M:2027-12'],
 ('a21', 'Thursday 23 December', 1): [Dd(p('2027-12-24') - td(1))], ('a21', 'Christmas', 2): ['D:2027-12-25'],
 ('a21', 'the first week of January', 1): first_week(2028, 1), ('a21', 'Thursday 6 January', 1): [Dd(FI_EPIPHANY(2028))],
 ('a21', 'the Christmas holidays', 1): holidays_R(p('2027-12-23'), FI_EPIPHANY(2028)), ('a21', 'last December', 1): ['M:2026-12'],
 ('a21', 'the new year', 1): ['YIN:2028'],
 # a22 Beaufort, S.C., pub Fri 2025-09-19: IRS disaster relief
 ('a22', 'the day after the storm came ashore', 1): [Dd(SC_LANDFALL + td(1))], ('a22', 'Sept. 9', 1): [Dd(SC_LANDFALL)],
 ('a22', 'from Sept. 10, 2025, through Feb. 2, 2026', 1): days3(SC_LANDFALL + td(1), p('2026-02-02')),
 ('a22', 'the postponement period', 1): [R(SC_LANDFALL + td(1), p('2026-02-02'))],
 ('a22', 'Monday', 1): ['D:2025-09-15'], ('a22', 'the fifteenth', 1): ['D:2025-09-15'],
 ('a22', 'the hurricane season', 1): [R('2025-06-01', '2025-11-30')], ('a22', 'the 2025 tax year', 1): ['Y:2025'],
 # a23 Adelaide, pub Tue 2027-01-19: a six-day race in the southern summer
 ('a23', 'last summer', 1): south_summer(2025), ('a23', 'this summer', 1): south_summer(2026),
 ('a23', 'a Thursday', 1): ['D:2019-01-24'], ('a23', '2021 and 2022', 1): ['RY:2021..2022', 'Y:2021', 'Y:2022'],
 ('a23', 'the tail end of January', 1): tail_end(2027, 1), ('a23', 'the night before', 1): [Dd(p('2027-01-21') - td(1))],
 # a24 Dillingham, Alaska, pub Thu 2026-06-18: the sockeye season, Juneteenth and the Fourth, the federal fiscal year
 ('a24', 'the last week of June', 1): last_week_of(2026, 6), ('a24', 'the third week of July', 1): nth_week(2026, 7, 3),
 ('a24', 'the late 1970s', 1): late_decade(1970), ('a24', 'the Monday after the Fourth', 1): [Dd(coming(p('2026-07-04'), 0))],
 ('a24', 'the 2022 and 2023 seasons', 1): ['RY:2022..2023', 'Y:2022', 'Y:2023'], ('a24', 'fiscal 2027', 1): fy_label(2027, 9, 2027),
 ('a24', 'mid-July', 1): ['MIN:2026-07'], ('a24', 'last summer', 1): north('summer', 2025),
 # a25 Tokyo, pub Tue 2027-05-11: a Japanese fiscal year named by the year it begins (April-March)
 ('a25', 'fiscal 2026', 1): fy_label(2027, 3, 2026), ('a25', 'the year ended March 31', 1): [fy(2027, 3), 'P:D:2027-03-31', 'P:Y:2026'],
 ('a25', 'the current year', 1): fy_label(2028, 3, 2027), ('a25', 'fiscal 2027', 1): fy_label(2028, 3, 2027), ('a25', 'the January-March quarter', 1): Q(2027, 1),
 ('a25', 'fiscal fourth quarter', 1): Q(2027, 1), ('a25', 'a year earlier', 1): Q(2026, 1),
 ('a25', 'the previous year', 1): fy_label(2026, 3, 2025), ('a25', 'fiscal 2019', 1): fy_label(2020, 3, 2019),
 ('a25', 'the first half', 1): [months(2027, 4, 2027, 9)], ('a25', 'April to September', 1): [months(2027, 4, 2027, 9), 'M:2027-04', 'M:2027-09'],
 ('a25', 'the second', 1): [months(2027, 10, 2028, 3)], ('a25', 'Golden Week', 1): [R(JP_SHOWA_DAY(2027), JP_CHILDRENS_DAY(2027))],
 ('a25', 'from April 29 to May 5', 1): days3(JP_SHOWA_DAY(2027), JP_CHILDRENS_DAY(2027)),
 ('a25', 'Thursday', 1): [Dd(JP_CHILDRENS_DAY(2027) + td(1))], ('a25', 'first-quarter', 1): [months(2027, 4, 2027, 6), 'Q:2027-Q2'],
 ('a25', 'Showa 38', 1): [f'Y:{SHOWA_1 + 38 - 1}'], ('a25', 'the 1970s', 1): decade(1970), ('a25', 'fiscal 2029', 1): fy_label(2030, 3, 2029),
 ('a25', 'the end of Reiwa 10', 1): [Dd(dt.date(REIWA_1 + 10 - 1, 12, 31)), f'MIN:{REIWA_1 + 10 - 1}-12'],
 ('a25', 'since January', 1): ['M:2027-01', R('2027-01-01', '2027-05-11')],
}
# checks of the converters against days fixed by law or by the tables above
assert ethiopian(2018, 1, 1) == p('2025-09-11') and ethiopian(2019, 1, 1) == p('2026-09-11') and ethiopian(2015, 1, 1) == p('2022-09-11')
assert ethiopian(2018, 4, 29) == p('2026-01-08') - td(1) and ethiopian(2018, 6, 23) == ET_ADWA[2026]      # Genna (Tahsas 29), Adwa (Yekatit 23)
assert orthodox_easter(2025) == easter(2025) == p('2025-04-20') and orthodox_easter(2027) == p('2027-05-02')
# quoted speech and reported days resolved against the day they were spoken (doc, span, occurrence) -> that day
SPEAKER = {('a06', 'Sunday fortnight', 1): '2026-01-18', ('a07', 'last thing Friday', 1): '2027-04-13'}
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


WDS = r'(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
NUMRE = r'(\d+|a hundred|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred)'
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
              'a month from today': Dd((ref.replace(day=1) + td(32)).replace(day=ref.day)),
              'this time last year': Dd(years_back(ref, 1)),
              'last weekend': wknd(last_weekend_sat(ref)), 'the weekend before last': wknd(last_weekend_sat(ref) - td(7)),
              'the turn of the year': (lambda y: f'IN:{dt.date(y, 12, 1)}..{dt.date(y + 1, 1, 31)}')(ref.year if ref.month >= 7 else ref.year - 1),
              'a year ago this week': Wk(years_back(ref, 1)),
              'half a century ago this month': f'M:{years_back(ref, 50):%Y-%m}'}
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
        r"Lent|Puja|noughties|Eighties|lunar|Reiwa|Showa|Jestha|Ashadh|Shrawan|sine die|recess|deadline|window|opener)\b")
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
