# Checks gold.py against the built articles (p19's, adapted from p18's verify.py; the p18 tables and CALC are replaced by
# p19's): gold.py loads; every reading parses with p4's scorer and none repeats; every G, N and X span occurs in its
# article and none overlap; weekdays named in a span (full or abbreviated) agree with its D: readings (or R: ends),
# except 'Forty years ago on Monday', whose 1985 date has its own weekday; month/day and year agree with the span for
# month-first ('Nov. 30, 1986', 'July 28-Aug. 2'), day-first ('Tuesday 22 July', '21-25 November', '12 September-12
# October', 'from 4 to 26 July'), dotted day-first ('02.01.2026', Indian copy) and ordinal dates ('the 23rd', 'the 24th';
# 'the 29th of Ramazan' is left to CALC) and for hyphenated, 'and', 'to' ranges; a bare number in a list of dates ('on
# Aug. 4, 5 and 6', 'on 8, 15 and 22 March') must take the month and year of the dated item its list names; plain
# years, 'since <year>', decades, centuries, year ranges and months with a year agree with their readings; months
# without a year by the verb's tense (MONTH_TENSE); the relative forms are recomputed with datetime from the
# publication day (SPEAKER holds none: no quoted relative form here is dated by another day than publication), p19
# adding 'N days ago', 'N weeks from today', 'the week after next' and 'the coming week' (a Sunday paper's from the
# next day); bare weekdays must lie within six days of publication unless they are an anaphoric 'the Monday' that
# CALC dates (a table with their tense context is printed); a table (CALC) recomputes every holiday, feast of another
# calendar, counted day ('within 30 days of the order', 'the end of the 90-day period', '60 days before the journey',
# 'the 10th day of classes'), fiscal period, quarter, term, recess, sitting, fixture, season, decade and other derived
# reading from rules and tables and must equal the gold's readings exactly (order included); every G item must be
# covered by at least one of these checks; bodies are 250-320 words; publication dates are distinct, lie in 2025-01 ..
# 2026-12, cover every month and weekday, the datelines name the publication day and are each story's first item, and
# the two Sunday papers fall on Sundays; words that often mark dates but lie outside every span are printed to eyeball;
# then a synthetic run through p4's scorer (the one score.py runs) gives every item its first reading and must score
# 100%; a second run also claims every N and X span and must count the N claims neither way and every X claim as a
# precision error; every reading (P: ones included) must be accepted for a claim of exactly its own interval (P: ones
# counted right for precision but earning no value recall); perturbed runs (every value a year late, a tenth of the
# claims dropped, a claim on every decoy) must lose exactly what they should; score.py itself must give 100% on the
# perfect run and run on an empty claims file; src/tiny_out.json must score as one right claim, two wrong values, one
# decoy and one neutral.  Run from anywhere after build.py:  python3 src/verify.py
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
SOUTH = {'a04', 'a05', 'a13', 'a23'}   # Perth, Wellington, Melbourne, Auckland: southern seasons (R: plus the northern label)
SUNDAY_PAPERS = {'a07', 'a09'}        # New Delhi and Kuala Lumpur Sunday papers
SPEAKER = {}                          # no quoted relative form is dated by a day other than publication
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

# ---- tables checked when the probe was written, with convertdate 2.5.1, hijridate 2.6.0, holidays 0.109 and lunardate
#      0.3.0 installed in a scratch virtualenv outside this folder and removed afterwards (verify.py needs none of them).
#      Days a story fixes itself (sittings, terms, timetables, fixtures, schedules, deadlines) come from the story.
HEB = {('HANUKKAH', 5785): p('2024-12-26'), ('HANUKKAH', 5786): p('2025-12-15')}   # convertdate hebrew: 25 Kislev (first day)
UQ = {(1447, 9, 1): p('2026-02-18'), (1447, 10, 1): p('2026-03-20'), (1447, 12, 10): p('2026-05-27')}   # hijridate, Umm al-Qura
CNY = {2025: p('2025-01-29'), 2026: p('2026-02-17'), 2027: p('2027-02-06')}      # lunardate: 1st day of the 1st month
LANTERN = {2026: p('2026-03-03')}                                                 # lunardate: 15th day of the 1st month
IN_DIWALI = {2025: p('2025-10-20'), 2026: p('2026-11-08')}                        # holidays IN
IN_GURPURAB = {2026: p('2026-11-24')}; IN_HOLI = {2026: p('2026-03-04')}          # holidays IN
MY_2026 = dict(haji=p('2026-05-27'), wesak=p('2026-05-31'), agong=p('2026-06-01'), wesak_observed=p('2026-06-02'))  # holidays MY-KUL
LK_2026 = dict(vesak=p('2026-05-01'), vesak_next=p('2026-05-02'), new_year=p('2026-04-14'), adhi_poson=p('2026-05-30'),
               poson=p('2026-06-29'), independence=p('2026-02-04'))              # holidays LK
NZ_MATARIKI = {2025: p('2025-06-20'), 2026: p('2026-07-10')}                      # holidays NZ
SG_POLLING = {2025: p('2025-05-03')}                                              # holidays SG
GH_2025 = dict(founders=p('2025-09-21'), founders_observed=p('2025-09-22'))       # holidays GH
E = {y: easter(y) for y in (2025, 2026)}
OE = {y: orthodox_easter(y) for y in (2025, 2026, 2028)}
US_MEMORIAL = lambda y: last_wd(y, 5, 0); US_MLK = lambda y: nth_wd(y, 1, 0, 3); US_LABOR = lambda y: nth_wd(y, 9, 0, 1)
US_INAUGURATION_2025 = p('2025-01-20')
IE_JUNE_BH = lambda y: nth_wd(y, 6, 0, 1)
NZ_KINGS = lambda y: nth_wd(y, 6, 0, 1); NZ_LABOUR = lambda y: nth_wd(y, 10, 0, 4)
NZ_DST_START = lambda y: last_wd(y, 9, 6); NZ_DST_END = lambda y: nth_wd(y, 4, 6, 1)
NZ_CANTERBURY_SHOW = lambda y: nth_wd(y, 11, 1, 1) + td(10)                        # the second Friday after the first Tuesday in November
NZ_AUCKLAND_ANNIV = lambda y: min((dt.date(y, 1, 29) + td(k) for k in range(-3, 4) if (dt.date(y, 1, 29) + td(k)).weekday() == 0), key=lambda d: abs((d - dt.date(y, 1, 29)).days))
AU_DAY = lambda y: dt.date(y, 1, 26)                                               # a Monday in 2026, no day in lieu needed
CA_FAMILY_BC = lambda y: nth_wd(y, 2, 0, 3); CA_LABOUR = lambda y: nth_wd(y, 9, 0, 1); CA_THANKSGIVING = lambda y: nth_wd(y, 10, 0, 2)
CA_TRUTH = lambda y: dt.date(y, 9, 30)
GH_FARMERS = lambda y: nth_wd(y, 12, 4, 1)                                         # the first Friday in December
JM_HEROES = lambda y: nth_wd(y, 10, 0, 3)                                          # the third Monday in October
KE_ELECTION = lambda y: nth_wd(y, 8, 1, 2)                                         # the second Tuesday in August
SCT_ST_ANDREW = lambda y: dt.date(y, 11, 30); SUNDAY_TO_MONDAY = lambda d: d + td(1) if d.weekday() == 6 else d
assert E[2025] == p('2025-04-20') and E[2026] == p('2026-04-05') and OE[2026] == p('2026-04-12') and OE[2025] == E[2025] and OE[2028] == easter(2028)
assert US_MEMORIAL(2025) == p('2025-05-26') and US_MLK(2026) == p('2026-01-19') and US_LABOR(2026) == p('2026-09-07')
assert NZ_LABOUR(2025) == p('2025-10-27') and NZ_LABOUR(2024) == p('2024-10-28') and NZ_KINGS(2026) == p('2026-06-01')
assert NZ_DST_START(2025) == p('2025-09-28') and NZ_DST_END(2026) == p('2026-04-05') and NZ_CANTERBURY_SHOW(2025) == p('2025-11-14')
assert NZ_AUCKLAND_ANNIV(2026) == p('2026-01-26') and CA_FAMILY_BC(2026) == p('2026-02-16') and GH_FARMERS(2025) == p('2025-12-05')
assert JM_HEROES(2025) == p('2025-10-20') and KE_ELECTION(2027) == p('2027-08-10') and SUNDAY_TO_MONDAY(SCT_ST_ANDREW(2025)) == p('2025-12-01')
assert UQ[(1447, 12, 10)] == MY_2026['haji'] and LANTERN[2026] - CNY[2026] == td(14) and HEB[('HANUKKAH', 5786)].weekday() == 0

# ---- the stories' own calendars (as each story gives them)
A01 = dict(order=p('2025-03-12'), published=p('2024-12-17'), review=p('2025-01-27'), sued=p('2025-01-29'), conference=p('2025-04-17'))
COMMONS = dict(rise=p('2025-07-22'), back=p('2025-09-01'), conf_rise=p('2025-09-11'), conf_back=p('2025-10-13'), budget=p('2025-11-26'))
IE26 = dict(lc=p('2026-06-03'), lc_end=p('2026-06-24'), easter=(p('2026-03-30'), p('2026-04-10')), results=p('2026-08-21'))
ASHES = dict(t1=(p('2025-11-21'), p('2025-11-25')), t2=(p('2025-12-04'), p('2025-12-08')), t4=(p('2025-12-26'), p('2025-12-30')), t5=p('2026-01-04'), end=p('2026-01-08'))
NZPARL = dict(rise=p('2026-09-10'), election=p('2026-11-07'), budget_block=(p('2026-05-12'), p('2026-05-28')), winter=(p('2026-07-04'), p('2026-07-26')))
PK26 = dict(ramazan=p('2026-02-19'), hols=(p('2026-03-20'), p('2026-03-23')), pakistan_day=p('2026-03-23'))
MY_SCHOOL = (p('2026-05-23'), p('2026-06-07'))
GH_PARL = dict(budget=p('2025-11-13'), supply=(p('2025-11-26'), p('2025-12-12')), rise=p('2025-12-19'), resume=p('2026-01-27'))
MLB26 = dict(open=p('2026-03-26'), close=p('2026-09-27'), il=p('2026-05-28'))
A12 = dict(investor_day=p('2025-12-08'))
VIC_SCHOOL = dict(t4_end=p('2025-12-19'), t1_start=p('2026-01-27'))
CY_SCHOOL = (p('2026-04-03'), p('2026-04-20'))                                     # close, reopen
HOLYROOD = dict(recess=(p('2025-12-20'), p('2026-01-04')), budget=p('2026-01-13'), last=p('2026-03-26'), election=p('2026-05-07'))
KE_NA = dict(rose=p('2026-12-03'), resume=p('2027-02-09'), school=(p('2027-01-04'), p('2027-11-26')))
LK_WEEK = (p('2026-04-28'), p('2026-05-04'))
SG_NDP = dict(parade=p('2025-08-09'), sept=(p('2025-09-06'), p('2025-09-14')))
CFL26 = dict(open=p('2026-06-04'), close=p('2026-10-31'))
JM25 = dict(first_sat=p('2020-09-08'), school=(p('2025-09-01'), p('2026-07-03')), gala=p('2025-08-06'))
CBSE26 = dict(first=p('2026-02-17'), c10_end=p('2026-03-10'), c12_end=p('2026-04-04'), second=(p('2026-05-15'), p('2026-06-01')), vac=(p('2026-01-01'), p('2026-01-15')))
LSU = dict(start=p('2026-01-20'), last_exam=p('2026-05-07'), brk=(p('2026-03-28'), p('2026-04-05')), fall=(p('2026-09-02'), p('2026-12-18')), end27=p('2027-05-21'), tg=(p('2026-11-26'), p('2026-11-29')))
NZ_T4 = (p('2025-10-13'), p('2025-12-19'))
BD26 = dict(nom=p('2025-12-29'), scrutiny=(p('2025-12-30'), p('2026-01-04')), withdraw=p('2026-01-20'), poll=p('2026-02-12'), results=p('2026-02-13'))
assert (A01['review'] + td(90)) == p('2025-04-27') and KE_ELECTION(2027) - td(90) == p('2027-05-12')

CALC = {
 # a01 Washington, pub Thu 2025-03-13: a court order and a rule's deadlines counted in days
 ('a01', 'within 30 days of the order', 1): within(A01['order'], 30), ('a01', 'April 11', 1): [Dd(A01['order'] + td(30))],
 ('a01', 'two weeks later', 1): [Dd(A01['order'] + td(44))], ('a01', 'April 25', 1): [Dd(A01['order'] + td(44))],
 ('a01', '60 days after publication', 1): [Dd(A01['published'] + td(60))],
 ('a01', 'four days after the inauguration', 1): [Dd(US_INAUGURATION_2025 + td(4))], ('a01', 'Jan. 24', 1): [Dd(US_INAUGURATION_2025 + td(4))],
 ('a01', 'two days later', 1): [Dd(A01['sued'] + td(2))], ('a01', 'the following Tuesday', 1): [Dd(coming(A01['conference'], 1))],
 ('a01', 'the end of the 90-day period', 1): [Dd(A01['review'] + td(90))], ('a01', 'April 27', 1): [Dd(A01['review'] + td(90))],
 ('a01', 'Memorial Day', 1): [Dd(US_MEMORIAL(2025))], ('a01', 'Dec. 17', 1): ['D:2024-12-17'],
 # a02 London, pub Tue 2025-06-24: Commons sittings and recesses
 ('a02', 'the summer recess', 1): holidays_R(COMMONS['rise'] + td(1), COMMONS['back'] - td(1)),
 ('a02', 'the conference recess', 1): holidays_R(COMMONS['conf_rise'] + td(1), COMMONS['conf_back'] - td(1)),
 ('a02', '12 September-12 October', 1): days3(COMMONS['conf_rise'] + td(1), COMMONS['conf_back'] - td(1)),
 ('a02', 'the following day', 1): [Dd(p('2025-07-08') + td(1))], ('a02', 'three weeks before the Budget', 1): [Dd(COMMONS['budget'] - td(21))],
 ('a02', '4', 1): ['D:2025-07-04'], ('a02', '11', 1): ['D:2025-07-11'], ('a02', 'the 24th', 1): [Dd(COMMONS['rise'] + td(2))],
 ('a02', 'since the general election', 1): ['D:2024-07-04', R(p('2024-07-04'), p('2025-06-24'))], ('a02', '4 July last year', 1): ['D:2024-07-04'],
 # a03 Dublin, pub Wed 2026-02-11: exams, terms and the CAO
 ('a03', 'two days after the June bank holiday', 1): [Dd(IE_JUNE_BH(2026) + td(2))], ('a03', 'Wednesday 3 June', 1): [Dd(IE_JUNE_BH(2026) + td(2))],
 ('a03', 'the Easter holidays', 1): holidays_R(*IE26['easter']), ('a03', 'from Monday 30 March to Friday 10 April', 1): days3(*IE26['easter']),
 ('a03', 'the week after next', 1): [Wk(p('2026-02-11') + td(14))], ('a03', 'St Patrick\'s Day', 1): ['D:2026-03-17'], ('a03', 'a Tuesday', 1): ['D:2026-03-17'],
 ('a03', 'by the end of the month', 1): end_of(2026, 2), ('a03', 'six days later', 1): [Dd(IE26['results'] + td(6))],
 ('a03', 'the 2026-27 academic year', 1): ['RY:2026..2027', 'P:Y:2026'],
 # a04 Perth, pub Fri 2025-11-14: the Ashes fixture list and a southern summer
 ('a04', '21-25 November', 1): days3(*ASHES['t1']), ('a04', '21 November-8 January', 1): days3(ASHES['t1'][0], ASHES['end']),
 ('a04', 'since 2010-11', 1): ['RY:2010..2011', 'P:Y:2010'], ('a04', 'nine days after the first ends', 1): [Dd(ASHES['t1'][1] + td(9))],
 ('a04', 'the Boxing Day Test', 1): [R(*ASHES['t4']), f"P:D:{ASHES['t4'][0]}"], ('a04', 'two days after the second Test', 1): [Dd(ASHES['t2'][1] + td(2))],
 ('a04', 'winter', 1): south('winter', 2025), ('a04', '14', 3): ['D:2026-01-14'], ('a04', '17', 2): ['D:2026-01-17'],
 ('a04', 'the 2025-26 summer', 1): [south('summer', 2025)[0], 'RY:2025..2026', 'P:Y:2025'], ('a04', '1980s', 1): decade(1980),
 ('a04', 'around Australia Day', 1): around(AU_DAY(2026)),
 # a05 Wellington, pub Mon 2026-03-02: Parliament's sitting calendar in an election year
 ('a05', 'the following Monday', 1): [Dd(coming(NZPARL['rise'], 0))], ('a05', 'two weeks before election day', 1): [Dd(NZPARL['election'] - td(14))],
 ('a05', '20 days after the vote', 1): [Dd(NZPARL['election'] + td(20))], ('a05', '12-28 May', 1): days3(*NZPARL['budget_block']),
 ('a05', 'the King\'s Birthday weekend', 1): [R(NZ_KINGS(2026) - td(2), NZ_KINGS(2026)), f'P:D:{NZ_KINGS(2026)}'],
 ('a05', 'the winter recess', 1): holidays_R(*NZPARL['winter']), ('a05', 'from 4 to 26 July', 1): days3(*NZPARL['winter']),
 ('a05', 'the Matariki long weekend', 1): [R(NZ_MATARIKI[2026], NZ_MATARIKI[2026] + td(2)), f'P:D:{NZ_MATARIKI[2026]}'],
 ('a05', '9', 1): ['D:2026-03-09'], ('a05', '16', 2): ['D:2026-03-16'], ('a05', '12 October', 1): [Dd(p('1996-10-12').replace(year=2026))],
 ('a05', 'the 1970s and 1980s', 1): ['RY:1970..1989', 'DEC:1970', 'DEC:1980'],
 # a06 Vancouver, pub Sat 2026-02-14: the Lunar New Year after BC's Family Day
 ('a06', 'the Family Day long weekend', 1): [R(CA_FAMILY_BC(2026) - td(2), CA_FAMILY_BC(2026)), f'P:D:{CA_FAMILY_BC(2026)}'],
 ('a06', 'Tuesday', 1): [Dd(CNY[2026])], ('a06', 'the day after Family Day', 1): [Dd(CA_FAMILY_BC(2026) + td(1))],
 ('a06', 'The Year of the Horse', 1): [R(CNY[2026], CNY[2027] - td(1)), 'P:Y:2026'], ('a06', 'Lunar New Year\'s Eve', 1): [Dd(CNY[2026] - td(1))],
 ('a06', 'that night', 1): [Dd(CNY[2026] - td(1))], ('a06', 'the holiday Monday', 1): [Dd(CA_FAMILY_BC(2026))],
 ('a06', 'the Year of the Snake', 1): [R(CNY[2025], CNY[2026] - td(1)), 'P:Y:2025'], ('a06', 'Jan. 29', 1): [Dd(CNY[2025])], ('a06', 'four days later', 1): [Dd(CNY[2025] + td(4))],
 ('a06', 'the 15th day of the first month', 1): [Dd(LANTERN[2026])], ('a06', 'March 3', 1): [Dd(LANTERN[2026])], ('a06', 'a Tuesday', 1): [Dd(LANTERN[2026])],
 ('a06', 'parade day', 1): ['D:2026-02-22'], ('a06', 'the day after the parade', 1): [Dd(p('2026-02-22') + td(1))],
 # a07 New Delhi, a Sunday paper, pub Sun 2026-11-01: Diwali travel
 ('a07', 'the coming week', 1): [Wk(p('2026-11-01') + td(1))], ('a07', 'Diwali', 1): [Dd(IN_DIWALI[2026])], ('a07', 'Diwali', 2): [Dd(IN_DIWALI[2026])],
 ('a07', 'Diwali', 3): [Dd(IN_DIWALI[2025])], ('a07', 'Diwali', 4): [Dd(IN_DIWALI[2026])],
 ('a07', '60 days before the journey', 1): [Dd(IN_DIWALI[2026] - td(60))], ('a07', 'September 9', 1): [Dd(IN_DIWALI[2026] - td(60))],
 ('a07', 'November 6', 1): [Dd(IN_DIWALI[2026] - td(2))], ('a07', 'the day after', 1): [Dd(IN_DIWALI[2026] - td(1))],
 ('a07', 'November 24', 1): [Dd(IN_GURPURAB[2026])],
 # a08 Islamabad, pub Wed 2026-03-18: Eid by Pakistan's own sighting, Pakistan Day, a July-June year
 ('a08', 'Pakistan Day', 1): ['D:2026-03-23'], ('a08', 'the 29th of Ramazan', 1): [Dd(PK26['ramazan'] + td(28))],
 ('a08', 'February 19', 1): [Dd(UQ[(1447, 9, 1)] + td(1))], ('a08', 'Saturday', 1): [Dd(UQ[(1447, 10, 1)] + td(1))],
 ('a08', '16', 1): ['D:2026-03-16'], ('a08', '18', 2): ['D:2026-03-18'], ('a08', 'the 23rd', 1): ['D:2026-03-23'], ('a08', 'the 22nd', 1): ['D:2026-03-22'],
 ('a08', 'the same date', 1): ['D:1956-03-23'], ('a08', 'since Kashmir Solidarity Day', 1): ['D:2026-02-05', R(p('2026-02-05'), p('2026-03-18'))],
 ('a08', 'two days after Pakistan Day', 1): [Dd(PK26['pakistan_day'] + td(2))], ('a08', "February's", 1): ['M:2026-02'],
 ('a08', 'the current fiscal year', 1): [fyR(2025, 7), 'P:Y:2026'], ('a08', 'FY2026-27', 1): [fyR(2026, 7), 'RY:2026..2027', 'P:Y:2026', 'P:Y:2027'],
 ('a08', 'the first week of June', 1): nth_week(2026, 6, 1), ('a08', 'from March 20 to 23', 1): days3(*PK26['hols']),
 # a09 Kuala Lumpur, a Sunday paper, pub Sun 2026-05-24: Wesak moved past the Agong's birthday
 ('a09', 'Wednesday', 1): [Dd(MY_2026['haji'])], ('a09', 'May 27', 1): [Dd(MY_2026['haji'])], ('a09', 'Sunday, May 31', 1): [Dd(MY_2026['wesak'])],
 ('a09', 'Tuesday, June 2', 1): [Dd(MY_2026['wesak_observed'])], ('a09', 'the Monday', 1): [Dd(MY_2026['agong'])],
 ('a09', '27', 2): [Dd(MY_2026['haji'])], ('a09', 'the coming week', 1): [Wk(p('2026-05-24') + td(1))],
 ('a09', 'the eve of Hari Raya Haji', 1): [Dd(MY_2026['haji'] - td(1))], ('a09', 'The mid-year school holidays', 1): holidays_R(*MY_SCHOOL),
 ('a09', 'the first week of June', 1): nth_week(2026, 6, 1), ('a09', 'the eve of Wesak', 1): [Dd(MY_2026['wesak'] - td(1))],
 ('a09', 'the day', 1): [Dd(MY_2026['wesak'])], ('a09', 'the year', 1): ['Y:2026'],
 # a10 Accra, pub Tue 2025-11-18: Parliament's budget meeting, Farmers' Day
 ('a10', 'the 2026 fiscal year', 1): ['Y:2026'], ('a10', 'the 2025 financial year', 1): ['Y:2025'],
 ('a10', 'the end of the financial year', 1): ['D:2025-12-31', 'M:2025-12', 'Y:2025'], ('a10', 'the week', 1): [Wk(p('2025-11-18'))],
 ('a10', 'from Nov. 26 to Dec. 12', 1): days3(*GH_PARL['supply']), ('a10', 'the following Tuesday', 1): [Dd(coming(GH_PARL['supply'][1], 1))],
 ('a10', 'Friday, Dec. 5', 1): [Dd(GH_FARMERS(2025))], ('a10', 'since the third quarter of 2024', 1): Q(2024, 3),
 ('a10', 'Sept. 21', 1): [Dd(GH_2025['founders'])], ('a10', 'a Sunday', 1): [Dd(GH_2025['founders'])],
 ('a10', 'the following day', 1): [Dd(GH_2025['founders_observed'])],
 # a11 Baltimore, pub Thu 2026-07-16: the second half of a baseball season
 ('a11', 'July 28-Aug. 2', 1): days3(p('2026-07-28'), p('2026-08-02')), ('a11', '5', 2): ['D:2026-08-05'], ('a11', '6', 2): ['D:2026-08-06'],
 ('a11', 'the first week of August', 1): nth_week(2026, 8, 1),
 ('a11', '60 days after he was placed on it', 1): [Dd(MLB26['il'] + td(60))], ('a11', 'July 27', 1): [Dd(MLB26['il'] + td(60))],
 ('a11', 'The 2026 season', 1): [R(MLB26['open'], MLB26['close']), 'P:Y:2026'], ('a11', 'the following weekend', 1): [wknd(p('2026-08-15') + td(7))],
 # a12 Austin, pub Wed 2025-10-29: a product roadmap and a calendar-year company's quarters
 ('a12', 'late 2027', 1): ['YIN:2027', 'IN:2027-07-01..2027-12-31'], ('a12', 'early next year', 1): ['YIN:2026', 'IN:2026-01-01..2026-04-30'],
 ('a12', 'mid-2027', 1): ['YIN:2027'], ('a12', 'the first half of next year', 1): ['H:2026-H1', 'P:Y:2026'], ('a12', 'the back half of 2026', 1): ['H:2026-H2'],
 ('a12', 'calendar 2027', 1): ['Y:2027'], ('a12', 'three weeks before investor day', 1): [Dd(A12['investor_day'] - td(21))],
 ('a12', 'Nov. 17', 1): [Dd(A12['investor_day'] - td(21))], ('a12', 'the September quarter', 1): Q(2025, 3),
 ('a12', 'a year earlier', 1): Q(2024, 3) + ['Y:2024'], ('a12', 'the previous quarter', 1): Q(2025, 2), ('a12', 'the holiday quarter', 1): Q(2025, 4),
 ('a12', 'the end of the decade', 1): ['Y:2029', 'IN:2027-01-01..2029-12-31', 'P:DEC:2020'],
 # a13 Melbourne, pub Thu 2025-12-11: Hanukkah 5786 in a southern summer
 ('a13', 'Hanukkah', 1): [R(HEB[('HANUKKAH', 5786)], HEB[('HANUKKAH', 5786)] + td(7)), R(HEB[('HANUKKAH', 5786)] - td(1), HEB[('HANUKKAH', 5786)] + td(7))],
 ('a13', 'the whole of the festival', 1): [R(HEB[('HANUKKAH', 5786)], HEB[('HANUKKAH', 5786)] + td(7)), R(HEB[('HANUKKAH', 5786)] - td(1), HEB[('HANUKKAH', 5786)] + td(7))],
 ('a13', 'Sunday 14 December', 1): [Dd(HEB[('HANUKKAH', 5786)] - td(1))], ('a13', 'the first night', 1): [Dd(HEB[('HANUKKAH', 5786)] - td(1))],
 ('a13', '25 Kislev', 1): [Dd(HEB[('HANUKKAH', 5786)])], ('a13', 'Monday 15 December', 1): [Dd(HEB[('HANUKKAH', 5786)])],
 ('a13', 'Monday 22 December', 1): [Dd(HEB[('HANUKKAH', 5786)] + td(7))], ('a13', 'three days before Christmas', 1): [Dd(p('2025-12-25') - td(3))],
 ('a13', 'the evening before', 1): [Dd(HEB[('HANUKKAH', 5786)] + td(6))], ('a13', '25 December', 1): [Dd(HEB[('HANUKKAH', 5785)] - td(1))],
 ('a13', '15', 2): ['D:2025-12-15'], ('a13', '17', 1): ['D:2025-12-17'],
 ('a13', 'the summer holidays', 1): holidays_R(VIC_SCHOOL['t4_end'] + td(1), VIC_SCHOOL['t1_start'] - td(1)),
 ('a13', 'Australia Day', 1): [Dd(AU_DAY(2026))], ('a13', 'since October 2023', 1): ['M:2023-10', R(p('2023-10-01'), p('2025-12-11'))], ('a13', 'the end of the month', 1): end_of(2025, 12),
 # a14 Nicosia, pub Fri 2026-04-03: Orthodox Easter a week after the western one
 ('a14', 'Sunday', 1): [Dd(E[2026])], ('a14', '12 April', 1): [Dd(OE[2026])], ('a14', 'Orthodox Holy Week', 1): [R(OE[2026] - td(7), OE[2026] - td(1))],
 ('a14', 'Palm Sunday', 1): [Dd(OE[2026] - td(7))], ('a14', 'the same day', 1): [Dd(E[2026])], ('a14', 'the western Easter', 1): [Dd(E[2026])],
 ('a14', 'Holy Saturday', 1): [Dd(OE[2026] - td(1))], ('a14', 'the Orthodox Easter weekend', 1): [R(OE[2026] - td(2), OE[2026] + td(1)), f'P:D:{OE[2026]}'],
 ('a14', '10 April', 1): [Dd(OE[2026] - td(2))], ('a14', '13 April', 1): [Dd(OE[2026] + td(1))],
 ('a14', 'the Easter holidays', 1): holidays_R(CY_SCHOOL[0], CY_SCHOOL[1] - td(1)), ('a14', '8', 1): ['D:2026-04-08'], ('a14', '9', 1): ['D:2026-04-09'],
 ('a14', 'the week after Easter', 1): [Wk(OE[2026] + td(1))], ('a14', '23 February', 1): [Dd(OE[2026] - td(48))], ('a14', '11 April', 1): [Dd(OE[2026] - td(1))],
 ('a14', '50 days after Easter', 1): [Dd(OE[2026] + td(50))], ('a14', '1 June', 1): [Dd(OE[2026] + td(50))],
 ('a14', '2025', 1): ['Y:2025'], ('a14', '2028', 1): ['Y:2028'],
 ('a14', 'two days ago', 1): ['D:2026-04-01'], ('a14', '1 April', 1): ['D:2026-04-01'],
 # a15 Edinburgh, pub Wed 2025-11-26: St Andrew's Day moved to a Monday, Holyrood's calendar
 ('a15', 'Monday', 1): [Dd(SUNDAY_TO_MONDAY(SCT_ST_ANDREW(2025)))], ('a15', 'St Andrew\'s Day', 1): [Dd(SCT_ST_ANDREW(2025))],
 ('a15', 'a Sunday', 1): [Dd(SCT_ST_ANDREW(2025))], ('a15', 'the St Andrew\'s Day holiday', 1): [Dd(SUNDAY_TO_MONDAY(SCT_ST_ANDREW(2025)))],
 ('a15', '1 December', 1): [Dd(SUNDAY_TO_MONDAY(SCT_ST_ANDREW(2025)))], ('a15', 'the saint\'s day', 1): [Dd(SCT_ST_ANDREW(2025))],
 ('a15', 'the winter recess', 1): holidays_R(*HOLYROOD['recess']), ('a15', '20 December-4 January', 1): days3(*HOLYROOD['recess']),
 ('a15', '2026-27', 1): [fyR(2026, 4), 'RY:2026..2027', 'P:Y:2026', 'P:Y:2027'], ('a15', 'a fortnight later', 1): [Dd(HOLYROOD['budget'] + td(14))],
 ('a15', 'the final sitting day', 1): [Dd(HOLYROOD['last'])], ('a15', 'six weeks after the last sitting', 1): [Dd(HOLYROOD['last'] + td(42))],
 ('a15', '7 May', 1): [Dd(HOLYROOD['last'] + td(42))], ('a15', 'three weeks before the vote', 1): [Dd(HOLYROOD['election'] - td(21))],
 ('a15', 'a Sunday', 3): ['D:2026-01-25'], ('a15', 'Boxing Day', 1): ['D:2025-12-26'], ('a15', 'since the Seventies', 1): decade(1970),
 # a16 Nairobi, pub Mon 2026-12-07: Jamhuri Day on a Saturday, the Assembly's long recess, the 2027 timetable
 ('a16', 'Jamhuri Day', 1): ['D:2026-12-12'], ('a16', 'a Saturday', 1): ['D:2026-12-12'], ('a16', 'the eve of the holiday', 1): ['D:2026-12-11'],
 ('a16', 'Thursday', 2): [Dd(KE_NA['rose'])], ('a16', 'the long recess', 1): holidays_R(KE_NA['rose'] + td(1), KE_NA['resume'] - td(1)),
 ('a16', 'August 10, 2027', 1): [Dd(KE_ELECTION(2027))], ('a16', '90 days before the election', 1): [Dd(KE_ELECTION(2027) - td(90))],
 ('a16', 'the second week of January', 1): nth_week(2027, 1, 2), ('a16', 'The 2027 school year', 1): [R(*KE_NA['school']), 'P:Y:2027'],
 ('a16', 'since Mashujaa Day', 1): ['D:2026-10-20', R(p('2026-10-20'), p('2026-12-07'))], ('a16', 'Jamhuri Day', 2): ['D:2021-12-12'],
 ('a16', "New Year's Day", 1): ['D:2027-01-01'], ('a16', 'from January 18 to February 28', 1): days3(p('2027-01-18'), p('2027-02-28')),
 # a17 Colombo, pub Thu 2026-04-23: Vesak on May Day, an adhi month
 ('a17', 'Vesak', 1): [Dd(LK_2026['vesak'])], ('a17', 'Friday, May 1', 1): [Dd(LK_2026['vesak'])], ('a17', 'the same day', 1): [Dd(LK_2026['vesak'])],
 ('a17', 'the following Sunday', 1): [Dd(coming(LK_2026['vesak'], 6))], ('a17', 'Vesak week', 1): [R(*LK_WEEK)],
 ('a17', 'April 28 to May 4', 1): days3(*LK_WEEK), ('a17', 'Saturday, May 2', 1): [Dd(LK_2026['vesak_next'])],
 ('a17', 'the two days', 1): [R(LK_2026['vesak'], LK_2026['vesak_next'])], ('a17', '2', 2): [Dd(LK_2026['vesak_next'])],
 ('a17', 'May 30', 1): [Dd(LK_2026['adhi_poson'])], ('a17', 'June 29', 1): [Dd(LK_2026['poson'])],
 ('a17', 'since the Sinhala and Tamil New Year', 1): [Dd(LK_2026['new_year']), R(LK_2026['new_year'], p('2026-04-23'))],
 ('a17', 'Tuesday, April 14', 1): [Dd(LK_2026['new_year'])], ('a17', 'the eve of Vesak', 1): [Dd(LK_2026['vesak'] - td(1))],
 ('a17', 'the whole week', 1): [R(*LK_WEEK)], ('a17', 'February 4', 1): [Dd(LK_2026['independence'])],
 # a18 Singapore, pub Fri 2025-08-01: the SG60 parade and the September holidays
 ('a18', 'Saturday week', 1): [Dd(SG_NDP['parade'])], ('a18', '26', 1): ['D:2025-07-26'],
 ('a18', 'the September holidays', 1): holidays_R(*SG_NDP['sept']), ('a18', 'from Sept 6 to 14', 1): days3(*SG_NDP['sept']),
 ('a18', 'eight days after the parade', 1): [Dd(SG_NDP['parade'] + td(8))], ('a18', 'May 3', 1): [Dd(SG_POLLING[2025])],
 ('a18', 'the end of the year', 1): ['D:2025-12-31', 'M:2025-12', 'Y:2025'], ('a18', 'Aug 9, 1965', 1): [Dd(SG_NDP['parade'].replace(year=1965))],
 # a19 Hamilton, pub Sat 2026-09-05: a CFL season over Labour Day
 ('a19', "Monday's", 1): [Dd(CA_LABOUR(2026))], ('a19', 'Monday', 2): [Dd(CA_LABOUR(2026))],
 ('a19', 'the long weekend', 1): [R(CA_LABOUR(2026) - td(2), CA_LABOUR(2026)), f'P:D:{CA_LABOUR(2026)}'],
 ('a19', 'the following Friday', 1): [Dd(CA_LABOUR(2026) + td(4))], ('a19', 'four days before the National Day for Truth and Reconciliation', 1): [Dd(CA_TRUTH(2026) - td(4))],
 ('a19', 'Sept. 26', 1): [Dd(CA_TRUTH(2026) - td(4))], ('a19', 'Oct. 12', 1): [Dd(CA_THANKSGIVING(2026))],
 ('a19', 'the 2026 season', 1): [R(CFL26['open'], CFL26['close']), 'P:Y:2026'], ('a19', 'a week later', 1): [Dd(CFL26['close'] + td(7))],
 ('a19', "the '80s", 1): decade(1980), ('a19', '40 years ago this fall', 1): north('autumn', 1986) + ['Y:1986'], ("a19", "Last year's", 1): ['Y:2025'],
 # a20 Kingston, pub Thu 2025-07-31: Emancipendence, a dissolution counted in years and days
 ('a20', 'the six days from Emancipation Day to Independence Day', 1): [R(p('2025-08-01'), p('2025-08-06'))],
 ('a20', 'Independence Day', 2): ['D:2025-08-06'], ('a20', 'a Wednesday', 1): ['D:2025-08-06'], ('a20', 'August 6, 1962', 1): ['D:1962-08-06'],
 ('a20', '4', 1): ['D:2025-08-04'], ('a20', '5', 1): ['D:2025-08-05'], ('a20', 'five years from that date', 1): [Dd(JM25['first_sat'].replace(year=2025))],
 ('a20', 'within 90 days of dissolution', 1): within(JM25['first_sat'].replace(year=2025), 90),
 ('a20', 'The 2025-26 school year', 1): [R(*JM25['school']), 'RY:2025..2026', 'P:Y:2025'], ('a20', 'the first week of term', 1): [Wk(JM25['school'][0])],
 ('a20', 'October 20', 1): [Dd(JM_HEROES(2025))], ('a20', 'four days after the Gala', 1): [Dd(JM25['gala'] + td(4))],
 # a21 New Delhi, pub Tue 2026-01-06: the CBSE's two board examinations and the April-March session
 ('a21', 'six weeks from today', 1): [Dd(CBSE26['first'])], ('a21', 'later in the year', 1): later_in(p('2026-01-06'), 2026),
 ('a21', '02.01.2026', 1): ['D:2026-01-02'], ('a21', 'from February 17 to March 10', 1): days3(CBSE26['first'], CBSE26['c10_end']),
 ('a21', 'March 4', 1): [Dd(IN_HOLI[2026])], ('a21', 'two weeks before the first paper', 1): [Dd(CBSE26['first'] - td(14))],
 ('a21', 'from May 15 to June 1', 1): days3(*CBSE26['second']), ('a21', 'the end of June', 1): end_of(2026, 6),
 ('a21', 'the winter vacation', 1): holidays_R(*CBSE26['vac']), ('a21', 'from January 1 to 15', 1): days3(*CBSE26['vac']), ('a21', 'The 2026-27 academic session', 1): [fyR(2026, 4), 'RY:2026..2027', 'P:Y:2026'],
 ('a21', 'June', 3): ['M:2021-06'], ('a21', 'the end of the examinations', 1): [Dd(CBSE26['c12_end'])],
 # a22 Madison, pub Mon 2026-01-12: a university's academic calendar
 ('a22', 'the spring 2026 semester', 1): [R(LSU['start'], LSU['last_exam']), 'P:Y:2026'],
 ('a22', 'the day after the Martin Luther King Jr. holiday', 1): [Dd(US_MLK(2026) + td(1))], ('a22', 'Tuesday, Jan. 20', 1): [Dd(US_MLK(2026) + td(1))],
 ('a22', 'the 10th day of classes', 1): [Dd(n_class_days(LSU['start'], 10))], ('a22', 'Feb. 2', 1): [Dd(n_class_days(LSU['start'], 10))],
 ('a22', '10 days after the start of classes', 1): [Dd(LSU['start'] + td(10))], ('a22', 'Spring break', 1): holidays_R(*LSU['brk']),
 ('a22', 'March 28-April 5', 1): days3(*LSU['brk']), ('a22', 'Easter', 1): [Dd(E[2026])], ('a22', '4', 1): ['D:2026-05-04'],
 ('a22', '5', 2): ['D:2026-05-05'], ('a22', '7', 1): ['D:2026-05-07'],
 ('a22', 'the 2026-27 academic year', 1): [R(LSU['fall'][0], LSU['end27']), 'RY:2026..2027', 'P:Y:2026'],
 ('a22', 'five days before Labor Day', 1): [Dd(US_LABOR(2026) - td(5))], ('a22', 'The fall semester', 1): [R(*LSU['fall']), 'P:Y:2026'],
 ('a22', 'the Thanksgiving recess', 1): holidays_R(*LSU['tg']), ('a22', 'Nov. 26-29', 1): days3(*LSU['tg']),
 ('a22', 'a week before Christmas', 1): [Dd(p('2026-12-25') - td(7))], ('a22', 'the first day of classes', 1): [Dd(LSU['start'])],
 # a23 Auckland, pub Fri 2025-10-24: Labour Weekend, Diwali and a southern spring
 ('a23', 'Labour Weekend', 1): [R(NZ_LABOUR(2025) - td(2), NZ_LABOUR(2025)), f'P:D:{NZ_LABOUR(2025)}'],
 ('a23', 'since Matariki', 1): [Dd(NZ_MATARIKI[2025]), R(NZ_MATARIKI[2025], p('2025-10-24'))], ('a23', '28 September', 1): [Dd(NZ_DST_START(2025))],
 ('a23', 'the same weekend', 1): [R(NZ_LABOUR(2024) - td(2), NZ_LABOUR(2024))], ('a23', 'the Friday before Labour Day', 1): [Dd(NZ_LABOUR(2025) - td(3))],
 ("a23", "Monday's", 1): [Dd(NZ_LABOUR(2025))], ('a23', 'Monday', 3): [Dd(NZ_LABOUR(2025))],
 ('a23', '18 and 19 October', 1): days3(p('2025-10-18'), p('2025-10-19')), ('a23', 'Diwali', 3): [Dd(IN_DIWALI[2025])], ('a23', 'Monday', 2): [Dd(IN_DIWALI[2025])],
 ('a23', 'Term 4', 1): [R(*NZ_T4)], ('a23', 'summer', 1): south('summer', 2025), ('a23', '5 April', 1): [Dd(NZ_DST_END(2026))],
 ('a23', 'Christmas Day', 1): ['D:2025-12-25'], ('a23', '14 November', 1): [Dd(NZ_CANTERBURY_SHOW(2025))], ('a23', 'Monday 26 January', 1): [Dd(NZ_AUCKLAND_ANNIV(2026))],
 # a24 Cardiff, pub Sat 2025-03-01: the end of the miners' strike forty years on
 ('a24', 'Forty years ago on Monday', 1): [Dd(coming(p('2025-03-01'), 0).replace(year=1985)), 'Y:1985'],
 ('a24', '1984-85', 1): ['RY:1984..1985', 'P:Y:1984'], ('a24', 'the following Tuesday', 1): [Dd(coming(p('1985-03-03'), 1))],
 ('a24', '8', 1): ['D:2025-03-08'], ('a24', '15', 1): ['D:2025-03-15'], ('a24', 'the turn of the millennium', 1): ['IN:1995-01-01..2005-12-31'],
 ('a24', '7 May next year', 1): ['D:2026-05-07'], ('a24', 'Easter', 1): [Dd(E[2025])],
 # a25 Dhaka, pub Mon 2025-12-15: an election schedule counted in days, Victory Day, a July-June year
 ('a25', 'December 29', 1): [Dd(BD26['nom'])], ('a25', 'December 30-January 4', 1): days3(*BD26['scrutiny']),
 ('a25', 'within five days of the end of scrutiny', 1): within(BD26['scrutiny'][1], 5), ('a25', 'the next day', 1): [Dd(BD26['withdraw'] + td(1))],
 ('a25', 'two days before the vote', 1): [Dd(BD26['poll'] - td(2))], ('a25', 'February 10', 1): [Dd(BD26['poll'] - td(2))],
 ('a25', 'within 30 days of the results', 1): within(BD26['results'], 30), ("a25", "tomorrow's", 1): ['D:2025-12-16'],
 ('a25', 'since January 2024', 1): ['M:2024-01', R(p('2024-01-01'), p('2025-12-15'))], ('a25', 'February', 4): ['M:2026-02'],
 ('a25', 'the end of the month', 1): end_of(2025, 12), ('a25', 'the fiscal year 2025-26', 1): [fyR(2025, 7), 'RY:2025..2026', 'P:Y:2025', 'P:Y:2026'],
 ('a25', 'the third quarter', 1): Q(2026, 1), ('a25', 'Christmas Day', 1): ['D:2025-12-25'],
}
# months and parts of months named without a year: 'past' is the latest such month not after the publication month,
# 'future' the earliest not before it
MONTH_TENSE = {
 ('a01', 'January', 1): 'past', ('a01', 'late April', 1): 'future', ('a02', 'August', 1): 'future', ('a03', 'late August', 1): 'future',
 ('a03', 'July', 2): 'future', ('a07', 'mid-December', 1): 'future', ('a08', 'early March', 1): 'past', ('a08', 'May', 1): 'future',
 ('a10', 'September', 1): 'past', ('a12', 'March', 1): 'past', ('a18', 'late August', 1): 'future',
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
        if not names or re.search(r'years ago on', span): continue     # 'Forty years ago on Monday': that date's own weekday differs
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
            if y2 != y1 + 1 and y2 != y1 + 2: err(d, repr(span), 'year range', y1, y2)
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
    m = re.fullmatch(r'a week (?:from|on) ' + WDS, s)
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
