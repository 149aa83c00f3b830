# Checks gold.py against the built articles (written for p18 from scratch, in the manner of p17's verify.py): gold.py
# loads; every reading parses with p4's scorer and none repeats; every G, N and X span occurs in its article and none
# overlap; weekdays named in a span (full or abbreviated) agree with its D: readings (or R: ends); month/day and year
# agree with the span for month-first ('Oct. 4-5, 1869'), day-first ('Tuesday 16 September', '16-18 September',
# 'from 27 March to 18 October'), ISO ('2026-03-14', 'the week of 2026-05-18') and ordinal dates ('the 15th of next
# month', 'the 30th') and for hyphenated, 'and', 'to' ranges; plain years, 'since <year>', decades, centuries,
# year ranges and months with a year agree with their readings; the relative forms are recomputed with datetime from
# the publication day (SPEAKER holds none: no quoted relative form here is dated by another day than publication);
# bare weekdays must lie within six days of publication (a table with their tense context is printed); a table (CALC)
# recomputes every holiday, feast of another calendar, counted day, fiscal period, quarter, term, season, decade and
# other derived reading from rules and tables and must equal the gold's readings exactly (order included); every G item
# must be covered by at least one of these checks; bodies are 250-350 words; publication dates are distinct, lie in
# 2025-01 .. 2026-12, cover every month and weekday, the datelines name the publication day, and the two Sunday
# papers fall on Sundays; words that often mark dates but lie outside every span are printed to eyeball; then a
# synthetic run through p4's scorer (the one score.py runs) gives every item its first reading and must score 100%;
# a second run also claims every N and X span and must count the N claims neither way and every X claim as a
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
SOUTH = {'a04', 'a05', 'a17'}          # Johannesburg, Wagga Wagga, Melbourne: southern seasons (R: plus the northern label)
SUNDAY_PAPERS = {'a09', 'a19'}        # London and Pittsburgh Sunday papers
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

# ---- tables checked when the probe was written, with convertdate 2.5.1, hijridate 2.6.0, holidays 0.109, lunardate
#      0.3.0 and PyMeeus 0.5.12 installed in a scratch folder and removed afterwards (verify.py needs none of them).
#      Days a story fixes itself (terms, sittings, timetables, fixtures, deadlines, company calendars) come from the story.
UQ = {(1446, 9, 1): p('2025-03-01'), (1446, 10, 1): p('2025-03-30'), (1446, 12, 9): p('2025-06-05'),
      (1446, 12, 10): p('2025-06-06')}                                          # hijridate, Umm al-Qura
HEB = {('RH', 5784): p('2023-09-16'), ('RH', 5786): p('2025-09-23'), ('RH', 5787): p('2026-09-12'),
       ('RH', 5788): p('2027-10-02'), ('YK', 5787): p('2026-09-21'), ('SUKKOT', 5787): p('2026-09-26')}   # convertdate hebrew: 1 Tishrei, 10 Tishrei, 15 Tishrei
CNY = {2025: p('2025-01-29'), 2026: p('2026-02-17'), 2027: p('2027-02-06')}      # lunardate: 1st day of the 1st month
LANTERN = {2026: p('2026-03-03')}                                                 # lunardate: 15th day of the 1st month
MOON = {('full', 2025, 8): p('2025-08-09'), ('new', 2025, 8): p('2025-08-23'), ('new', 2026, 6): p('2026-06-15')}  # PyMeeus, UTC
IN_BAKRID = {2025: p('2025-06-07')}                                               # holidays IN (India's Eid al-Adha)
VIC_AFL_FRIDAY = {2026: p('2026-09-25')}                                          # holidays AU-VIC
NG_2025 = dict(eid_fitr=p('2025-03-30'), fitr_hols=(p('2025-03-31'), p('2025-04-01')), eid_kabir=p('2025-06-06'),
               kabir_moved=p('2025-06-09'), democracy=p('2025-06-12'))          # holidays NG
ZA_FREEDOM = lambda y: dt.date(y, 4, 27)
ZA_OBSERVED = lambda d: d + td(1) if d.weekday() == 6 else d                      # a South African holiday on a Sunday moves to the Monday
E = {y: easter(y) for y in (2024, 2025, 2026, 2027)}
US_THANKSGIVING = lambda y: nth_wd(y, 11, 3, 4)
US_MLK = lambda y: nth_wd(y, 1, 0, 3)
US_ELECTION = lambda y: nth_wd(y, 11, 0, 1) + td(1)
US_MOTHERS = lambda y: nth_wd(y, 5, 6, 2)
SCOTUS_TERM = lambda y: nth_wd(y, 10, 0, 1)                                        # the first Monday in October
CA_VICTORIA = lambda y: previous(dt.date(y, 5, 25), 0)                            # the Monday before May 25
CA_THANKSGIVING = lambda y: nth_wd(y, 10, 0, 2)
NS_NATAL = lambda y: nth_wd(y, 8, 0, 1)
IE_JUNE_BH = lambda y: nth_wd(y, 6, 0, 1); IE_OCT_BH = lambda y: last_wd(y, 10, 0)
SCT_SUMMER_BH = lambda y: nth_wd(y, 8, 0, 1)
AU_MELB_CUP = lambda y: nth_wd(y, 11, 1, 1)
AU_DST_START = lambda y: nth_wd(y, 10, 6, 1)                                      # the first Sunday in October
ID_PRIMARY = lambda y: nth_wd(y, 5, 1, 3)                                          # Idaho: the third Tuesday in May
PATCH_TUESDAY = lambda y, m: nth_wd(y, m, 1, 2)
assert E[2025] == p('2025-04-20') and E[2026] == p('2026-04-05') and E[2024] == p('2024-03-31')
assert US_THANKSGIVING(2025) == p('2025-11-27') and US_MLK(2026) == p('2026-01-19') and US_ELECTION(2026) == p('2026-11-03')
assert CA_VICTORIA(2025) == p('2025-05-19') and CA_THANKSGIVING(2026) == p('2026-10-12') and IE_OCT_BH(2025) == p('2025-10-27')
assert IE_JUNE_BH(2026) == p('2026-06-01') and NS_NATAL(2026) == p('2026-08-03') and AU_MELB_CUP(2026) == p('2026-11-03')
assert UQ[(1446, 12, 10)] - UQ[(1446, 12, 9)] == td(1) and HEB[('YK', 5787)] - HEB[('RH', 5787)] == td(9)
assert HEB[('SUKKOT', 5787)] - HEB[('RH', 5787)] == td(14) and LANTERN[2026] - CNY[2026] == td(14)
assert ZA_OBSERVED(ZA_FREEDOM(2025)) == p('2025-04-28') and VIC_AFL_FRIDAY[2026] == p('2026-09-25')

# ---- the stories' own calendars (as each story gives them)
ZA25 = dict(t1=(p('2025-01-15'), p('2025-03-28')), t2=(p('2025-04-08'), p('2025-06-27')), t3=(p('2025-07-22'), p('2025-10-03')),
            close=p('2025-12-10'))                                                # a04's 2025 school calendar
VIC26 = dict(t3=(p('2026-07-13'), p('2026-09-18')), t4=(p('2026-10-05'), p('2026-12-18')))   # a17's Victorian terms
ID26 = dict(open=p('2026-01-12'), last_open=p('2025-01-06'), last_end=p('2025-04-04'))      # a01's sessions
NHL = dict(open=p('2025-10-07'), close=p('2026-04-16'), draft=(p('2025-06-27'), p('2025-06-28')))  # a03's league calendar
DAIL = dict(rises=p('2025-07-17'), returns=p('2025-09-16'))                      # a08
CALMAC = dict(summer=(p('2026-03-27'), p('2026-10-18')), hols=(p('2026-06-27'), p('2026-08-17')))  # a22
KE_SCHOOL = dict(close=p('2025-04-04'), reopen=p('2025-04-28'))                   # a13
TIFF25_END = p('2025-09-14')                                                      # a07
assert (ID26['last_end'] - ID26['last_open']).days + 1 == 89 and ID26['open'] == nth_wd(2026, 1, 0, 2)

CALC = {
 # a01 Boise, pub Mon 2026-01-05: a legislative session, Idaho's July-June fiscal year
 ('a01', 'the opening day', 1): [Dd(ID26['open'])], ('a01', 'Jan. 12', 1): [Dd(ID26['open'])],
 ("a01", "Last year's session", 1): [R(ID26['last_open'], ID26['last_end']), 'P:Y:2025'],
 ('a01', 'Jan. 6', 1): [Dd(ID26['last_open'])], ('a01', 'April 4', 1): [Dd(ID26['last_end'])],
 ('a01', 'fiscal 2027', 1): [fyR(2026, 7), 'P:Y:2027'], ('a01', 'the current fiscal year', 1): [fyR(2025, 7), 'P:Y:2026'],
 ('a01', 'the second week of March', 1): nth_week(2026, 3, 2), ('a01', 'Easter', 1): [Dd(E[2026])],
 ('a01', 'May 19', 1): [Dd(ID_PRIMARY(2026))], ('a01', 'Nov. 3', 1): [Dd(US_ELECTION(2026))],
 ('a01', 'the summer of 2024', 1): north('summer', 2024), ('a01', 'Dec. 15', 1): ['D:2025-12-15'],
 # a02 Washington, pub Mon 2025-10-06: the Supreme Court's term
 ('a02', 'the first Monday in October', 1): [Dd(SCOTUS_TERM(2025))], ('a02', 'Oct. 6', 1): [Dd(SCOTUS_TERM(2025))],
 ('a02', 'the last week of April', 1): last_week_of(2026, 4), ('a02', 'the end of June', 1): end_of(2026, 6),
 ('a02', 'since the late 1980s', 1): late_decade(1980), ('a02', 'Oct. 4, 2026', 1): [Dd(SCOTUS_TERM(2026) - td(1))],
 ('a02', 'the day before the next term begins', 1): [Dd(SCOTUS_TERM(2026) - td(1))], ('a02', 'Oct. 5, 2026', 1): [Dd(SCOTUS_TERM(2026))],
 ('a02', '20 years ago last week', 1): [Wk((monday(p('2025-10-06')) - td(7)).replace(year=2005)), 'Y:2005'],
 ('a02', 'Thanksgiving', 1): [Dd(US_THANKSGIVING(2025))], ('a02', 'Sept. 29', 1): [Dd(monday(p('2025-10-06')) - td(7))],
 ('a02', 'June 27', 1): ['D:2025-06-27'], ('a02', 'Jan. 9', 1): ['D:2026-01-09'],
 # a03 Toronto, pub Wed 2025-05-21: a draft, the league's calendar
 ("a03", "Monday's", 1): [Dd(CA_VICTORIA(2025))], ('a03', 'June 27-28', 1): days3(*NHL['draft']),
 ('a03', 'Friday, June 27', 1): [Dd(NHL['draft'][0])], ('a03', 'the next day', 1): [Dd(NHL['draft'][0] + td(1))],
 ('a03', 'the 2024-25 season', 1): ['RY:2024..2025', 'P:Y:2024'],
 ('a03', 'the 2025-26 season', 1): [R(NHL['open'], NHL['close']), 'RY:2025..2026', 'P:Y:2025'],
 ('a03', 'Oct. 7', 1): [Dd(NHL['open'])], ('a03', 'April 16', 1): [Dd(NHL['close'])],
 ('a03', 'the 2027-28 season', 1): ['RY:2027..2028', 'P:Y:2027'], ('a03', '2012-13', 1): ['RY:2012..2013', 'P:Y:2012'],
 ('a03', 'the third week of September', 1): nth_week(2025, 9, 3), ('a03', 'April 17', 1): ['D:2025-04-17'],
 # a04 Johannesburg, pub Wed 2025-01-15: the 2025 school year, southern seasons
 ('a04', 'the 2025 school year', 1): [R(ZA25['t1'][0], ZA25['close']), 'P:Y:2025'], ('a04', 'today', 1): [Dd(ZA25['t1'][0])],
 ('a04', 'Term 1', 1): [R(*ZA25['t1'])], ('a04', '28 March', 1): [Dd(ZA25['t1'][1])],
 ('a04', 'Term 2', 1): [R(*ZA25['t2'])], ('a04', 'from 8 April to 27 June', 1): days3(*ZA25['t2']),
 ('a04', 'Term 3', 1): [R(*ZA25['t3'])], ('a04', '22 July', 1): [Dd(ZA25['t3'][0])],
 ('a04', 'the winter holidays', 1): holidays_R(ZA25['t2'][1] + td(1), ZA25['t3'][0] - td(1)),
 ('a04', 'Wednesday, 10 December', 1): [Dd(ZA25['close'])],
 ('a04', 'the Easter weekend', 1): [R(E[2025] - td(2), E[2025] + td(1)), f'P:D:{E[2025]}'],
 ('a04', 'Freedom Day', 1): [Dd(ZA_FREEDOM(2025))], ('a04', 'a Sunday', 1): [Dd(ZA_FREEDOM(2025))],
 ('a04', 'Monday, 28 April', 1): [Dd(ZA_OBSERVED(ZA_FREEDOM(2025)))], ('a04', 'Friday, 21 March', 1): ['D:2025-03-21'],
 ('a04', 'this summer', 1): south('summer', 2024), ('a04', 'last winter', 1): south('winter', 2024),
 ('a04', 'the second week of January', 1): nth_week(2026, 1, 2), ('a04', 'May and June', 1): [months(2025, 5, 2025, 6), 'M:2025-05', 'M:2025-06'],
 ('a04', '21 October', 1): ['D:2025-10-21'],
 # a05 Wagga Wagga, pub Fri 2025-11-21: the harvest, an Australian July-June year, southern seasons
 ('a05', 'the 2025 harvest', 1): ['Y:2025'], ('a05', 'Christmas Eve', 1): ['D:2025-12-24'],
 ('a05', 'April and May', 1): [months(2025, 4, 2025, 5), 'M:2025-04', 'M:2025-05'], ('a05', 'winter', 1): south('winter', 2025),
 ('a05', 'This spring', 1): south('spring', 2025), ('a05', 'last spring', 1): south('spring', 2024),
 ("a05", "last summer's", 1): south('summer', 2024), ('a05', 'next autumn', 1): south('autumn', 2026),
 ('a05', 'mid-October', 1): ['MIN:2024-10'], ('a05', 'FY25', 1): [fyR(2024, 7), 'P:Y:2025'],
 ('a05', 'the 2025-26 financial year', 1): [fyR(2025, 7), 'P:Y:2026'], ('a05', 'the September quarter', 1): Q(2025, 3),
 ('a05', 'the week before Christmas', 1): [R(p('2025-12-25') - td(7), p('2025-12-25') - td(1)), Wk(p('2025-12-25') - td(7))],
 # a06 Mombasa, pub Sat 2025-08-09: tides, a July-June year
 ("a06", "today's", 1): [Dd(MOON[('full', 2025, 8)])], ('a06', 'August 23', 1): [Dd(MOON[('new', 2025, 8)])],
 ('a06', 'the first half of 2025', 1): ['H:2025-H1'], ('a06', 'a year earlier', 1): ['H:2024-H1', 'Y:2024'],
 ('a06', 'the year to June 30', 1): [fyR(2024, 7), 'P:D:2025-06-30', 'P:Y:2025'], ('a06', 'since late June', 1): ['MIN:2025-06'],
 ('a06', 'the 15th', 1): ['D:2025-09-15'], ('a06', 'Christmas', 1): ['D:2025-12-25'],
 ('a06', 'the 2025/26 financial year', 1): [fyR(2025, 7), 'P:Y:2026'],
 # a07 Los Angeles, pub Wed 2025-09-10: release windows
 ('a07', 'six days before Christmas', 1): [Dd(p('2025-12-25') - td(6))], ('a07', 'Dec. 19', 1): [Dd(p('2025-12-25') - td(6))],
 ('a07', 'the Wednesday before Thanksgiving', 1): [Dd(US_THANKSGIVING(2025) - td(1))], ('a07', 'Nov. 26', 1): [Dd(US_THANKSGIVING(2025) - td(1))],
 ('a07', 'the Thanksgiving weekend', 1): [R(US_THANKSGIVING(2025), US_THANKSGIVING(2025) + td(3)), R(US_THANKSGIVING(2025) + td(1), US_THANKSGIVING(2025) + td(3)), f'P:D:{US_THANKSGIVING(2025)}'],
 ('a07', 'the Martin Luther King Jr. Day weekend', 1): [R(US_MLK(2026) - td(2), US_MLK(2026)), R(US_MLK(2026) - td(3), US_MLK(2026)), f'P:D:{US_MLK(2026)}'],
 ('a07', 'Feb. 2', 1): [Dd(p('2025-12-19') + td(45))], ('a07', 'Boxing Day', 1): ['D:2025-12-26'],
 ('a07', 'the day before the festival ends', 1): [Dd(TIFF25_END - td(1))], ('a07', 'Saturday', 1): [Dd(TIFF25_END - td(1))],
 # a08 Dublin, pub Thu 2025-07-17: the Dáil's recess, Budget day, the presidential election
 ('a08', 'a summer recess', 1): holidays_R(DAIL['rises'] + td(1), DAIL['returns'] - td(1)),
 ('a08', 'the recess', 1): holidays_R(DAIL['rises'] + td(1), DAIL['returns'] - td(1)), ('a08', 'today', 1): [Dd(DAIL['rises'])],
 ('a08', 'Tuesday 16 September', 1): [Dd(DAIL['returns'])], ('a08', 'the week', 1): [Wk(DAIL['returns'])],
 ('a08', 'the second half of the year', 1): ['H:2025-H2'], ('a08', 'the end of August', 1): end_of(2025, 8),
 ('a08', 'the October bank holiday weekend', 1): [R(IE_OCT_BH(2025) - td(2), IE_OCT_BH(2025)), f'P:D:{IE_OCT_BH(2025)}'],
 ('a08', 'Friday 24 October', 1): [Dd(IE_OCT_BH(2025) - td(3))], ('a08', 'Polling day', 1): [Dd(IE_OCT_BH(2025) - td(3))], ('a08', 'the first week of September', 1): nth_week(2025, 9, 1),
 ('a08', '11 July', 1): ['D:2024-07-11'], ('a08', 'the whole of August', 1): ['M:2025-08'],
 # a09 London, a Sunday paper, pub Sun 2026-01-25: self-assessment and the UK tax year (6 April - 5 April)
 ('a09', 'the 2024-25 tax year', 1): [uk_tax_year(2024), 'RY:2024..2025', 'P:Y:2024', 'P:Y:2025'],
 ('a09', '2024-25', 2): [uk_tax_year(2024), 'RY:2024..2025', 'P:Y:2024', 'P:Y:2025'],
 ('a09', 'the current tax year', 1): [uk_tax_year(2025), 'P:Y:2025', 'P:Y:2026'],
 ('a09', 'the new tax year', 1): [uk_tax_year(2026), 'P:Y:2026', 'P:Y:2027'],
 ('a09', '5 April', 1): [Dd(dt.date(2026, 4, 5))], ('a09', '6 April', 1): [Dd(dt.date(2026, 4, 6))],
 ('a09', 'a Saturday', 1): ['D:2026-01-31'], ('a09', '1 February', 1): [Dd(p('2026-01-31') + td(1))],
 ('a09', 'Christmas Day', 1): ['D:2025-12-25'], ("a09", "New Year's Day", 1): ['D:2026-01-01'], ('a09', '31 October', 1): ['D:2025-10-31'],
 # a10 Atlanta, pub Thu 2025-11-06: a runoff four weeks after the Nov. 4 first round
 ('a10', 'Dec. 2', 1): [Dd(US_ELECTION(2025) + td(28))], ('a10', 'four weeks after the first round', 1): [Dd(US_ELECTION(2025) + td(28))],
 ('a10', 'runoff day', 1): [Dd(US_ELECTION(2025) + td(28))], ('a10', 'election night', 1): [Dd(US_ELECTION(2025))],
 ('a10', 'Tuesday', 1): [Dd(US_ELECTION(2025))], ('a10', 'Tuesday', 2): [Dd(US_ELECTION(2025))],
 ('a10', 'Thanksgiving', 1): [Dd(US_THANKSGIVING(2025))],
 ('a10', 'the final weekend', 1): [wknd(previous(US_ELECTION(2025) + td(28), 5))],
 ('a10', 'the week of Nov. 17', 1): week_of(p('2025-11-17')), ('a10', 'the following Tuesday', 1): [Dd(coming(p('2025-11-15'), 1))],
 ('a10', 'Oct. 6', 1): ['D:2025-10-06'], ('a10', 'Jan. 5', 1): ['D:2026-01-05'],
 # a11 New Delhi, pub Tue 2025-06-10: the monsoon, kharif and the July-June crop year
 ('a11', 'around June 22', 1): around(p('2025-06-22')), ('a11', 'June to September', 1): [months(2025, 6, 2025, 9), 'M:2025-06', 'M:2025-09'],
 ('a11', 'the third week of June', 1): nth_week(2025, 6, 3), ('a11', 'Saturday', 1): [Dd(IN_BAKRID[2025])],
 ('a11', 'KMS 2025-26', 1): [fyR(2025, 10), 'RY:2025..2026', 'P:Y:2025'], ('a11', 'October 1', 1): ['D:2025-10-01'],
 ('a11', 'the 2024-25 crop year', 1): [fyR(2024, 7), 'RY:2024..2025', 'P:Y:2024', 'P:Y:2025'], ('a11', 'June 30', 1): ['D:2025-06-30'],
 ('a11', 'March and April', 1): [months(2025, 3, 2025, 4), 'M:2025-03', 'M:2025-04'],
 ('a11', 'Q1 FY26', 1): Q(2025, 2), ('a11', 'the July-September quarter', 1): Q(2025, 3),
 ('a11', 'the first week of June', 1): nth_week(2025, 6, 1), ('a11', 'the next ten days', 1): [f'IN:{p("2025-06-10")}..{p("2025-06-10") + td(10)}'],
 ('a11', 'August 29', 1): ['D:2025-08-29'],
 # a12 Lagos, pub Tue 2025-06-03: Eid-el-Kabir 1446 and Democracy Day
 ('a12', 'Friday, June 6', 1): [Dd(NG_2025['eid_kabir'])], ('a12', '10 Dhul Hijjah 1446', 1): [Dd(UQ[(1446, 12, 10)])],
 ('a12', 'Friday', 2): [Dd(UQ[(1446, 12, 10)])], ('a12', 'The Saturday', 1): [Dd(UQ[(1446, 12, 10)] + td(1))],
 ('a12', 'Monday, June 9', 1): [Dd(NG_2025['kabir_moved'])], ('a12', 'the Monday', 1): [Dd(NG_2025['kabir_moved'])],
 ('a12', 'the Sallah weekend', 1): [R(NG_2025['eid_kabir'], NG_2025['kabir_moved']), f"P:D:{NG_2025['eid_kabir']}"],
 ('a12', 'the day after tomorrow', 1): [Dd(UQ[(1446, 12, 9)])],
 ('a12', 'Thursday, June 12', 1): [Dd(NG_2025['democracy'])], ('a12', 'June 12', 2): [Dd(NG_2025['democracy'])],
 ('a12', 'the day', 2): [Dd(NG_2025['democracy'])],
 ('a12', 'since Eid-el-Fitr', 1): [Dd(NG_2025['eid_fitr']), R(NG_2025['eid_fitr'], p('2025-06-03'))],
 ('a12', 'March 30', 1): [Dd(UQ[(1446, 10, 1)])], ('a12', 'March 31', 1): [Dd(NG_2025['fitr_hols'][0])],
 ('a12', 'April 1', 1): [Dd(NG_2025['fitr_hols'][1])], ('a12', 'the second half', 1): ['H:2025-H2'],
 ('a12', 'June 30', 1): ['D:2025-06-30'], ('a12', 'July 21-22', 1): days3(p('2025-07-21'), p('2025-07-22')),
 # a13 Nairobi, pub Mon 2025-03-17: the long rains (March-May), Kenya's July-June year
 ('a13', 'the long rains', 1): [months(2025, 3, 2025, 5)], ('a13', 'the season', 1): [months(2025, 3, 2025, 5)],
 ('a13', 'March-April-May', 1): [months(2025, 3, 2025, 5), 'M:2025-03', 'M:2025-05'],
 ('a13', 'the third week of March', 1): nth_week(2025, 3, 3), ('a13', 'the fourth week', 1): nth_week(2025, 3, 4),
 ("a13", "Last year's short rains", 1): [months(2024, 10, 2024, 12), 'P:Y:2024'],
 ('a13', 'the April holiday', 1): holidays_R(KE_SCHOOL['close'] + td(1), KE_SCHOOL['reopen'] - td(1)),
 ('a13', 'April 4', 1): [Dd(KE_SCHOOL['close'])], ('a13', 'April 28', 1): [Dd(KE_SCHOOL['reopen'])],
 ('a13', 'the Easter weekend', 1): [R(E[2025] - td(2), E[2025] + td(1)), f'P:D:{E[2025]}'],
 ('a13', 'April 18', 1): [Dd(E[2025] - td(2))], ('a13', 'April 21', 1): [Dd(E[2025] + td(1))],
 ('a13', 'the 2024/25 financial year', 1): [fyR(2024, 7), 'P:Y:2025'], ('a13', 'June 30', 1): ['D:2025-06-30'], ('a13', 'June 12', 1): ['D:2025-06-12'],
 # a14 Manila, pub Fri 2026-02-13: Chinese New Year, Ash Wednesday, the EDSA anniversary
 ('a14', 'Feb. 17', 1): [Dd(CNY[2026])], ('a14', 'a Tuesday', 1): [Dd(CNY[2026])], ('a14', 'The first day of the first lunar month', 1): [Dd(CNY[2026])],
 ('a14', 'Tuesday', 2): [Dd(CNY[2026])], ('a14', 'Tuesday', 3): [Dd(CNY[2026])],
 ("a14", "Lunar New Year's Eve", 1): [Dd(CNY[2026] - td(1))], ('a14', 'Monday', 1): [Dd(CNY[2026] - td(1))], ('a14', 'Monday', 2): [Dd(CNY[2026] - td(1))],
 ('a14', 'the 15th day of the first month', 1): [Dd(LANTERN[2026])], ('a14', 'March 3', 1): [Dd(LANTERN[2026])],
 ('a14', 'Ash Wednesday', 1): [Dd(E[2026] - td(46))], ('a14', 'the next day', 1): [Dd(E[2026] - td(46))],
 ('a14', 'Lent', 1): [R(E[2026] - td(46), E[2026] - td(1)), R(E[2026] - td(46), E[2026] - td(3))],
 ('a14', 'March 29 to April 4', 1): days3(E[2026] - td(7), E[2026] - td(1)),
 ('a14', 'Jan. 29', 1): [Dd(CNY[2025])], ('a14', 'Feb. 6, 2027', 1): [Dd(CNY[2027])], ('a14', '16th century', 1): century(16),
 ('a14', 'Feb. 25', 1): ['D:2026-02-25'],
 # a15 San Francisco, pub Tue 2026-03-03: a fiscal year ending Jan. 31, named by the year it ends
 ('a15', 'the quarter ended Jan. 31', 1): [months(2025, 11, 2026, 1), 'P:D:2026-01-31'], ('a15', 'a year earlier', 1): [months(2024, 11, 2025, 1)],
 ('a15', 'fiscal 2027', 1): [fyR(2026, 2), 'P:Y:2027'], ('a15', 'H2 2026', 1): ['H:2026-H2'], ('a15', '1Q26', 1): Q(2026, 1),
 ('a15', '4Q25', 1): Q(2025, 4), ('a15', 'the first half of 2027', 1): ['H:2027-H1'],
 ('a15', 'the second Tuesday in March', 1): [Dd(PATCH_TUESDAY(2026, 3))], ('a15', 'the week of 2026-05-18', 1): week_of(p('2026-05-18')),
 # a16 Galway, pub Thu 2025-12-11: a storm overnight, Irish relative days
 ('a16', 'the night of 23-24 January', 1): [R(p('2025-01-23'), p('2025-01-24')), 'D:2025-01-23'],
 ('a16', 'the week before Christmas', 1): [R(p('2025-12-25') - td(7), p('2025-12-25') - td(1)), Wk(p('2025-12-25') - td(7))],
 ("a16", "New Year's Day", 1): ['D:2026-01-01'], ('a16', '26-29 December', 1): days3(p('2025-12-26'), p('2025-12-29')),
 ('a16', '21 December', 1): ['D:2025-12-21'],
 # a17 Melbourne, pub Thu 2026-09-03: Rosh Hashanah 5787, Victorian terms, a southern spring
 ('a17', 'Friday 11 September', 1): [Dd(HEB[('RH', 5787)] - td(1))],
 ('a17', 'Rosh Hashanah', 1): [R(HEB[('RH', 5787)], HEB[('RH', 5787)] + td(1)), R(HEB[('RH', 5787)] - td(1), HEB[('RH', 5787)] + td(1))],
 ('a17', 'a Saturday', 1): [Dd(HEB[('RH', 5787)])], ('a17', 'since 2023', 1): [f"Y:{HEB[('RH', 5784)].year}"],
 ('a17', '1 Tishrei', 1): [Dd(HEB[('RH', 5787)])], ('a17', 'Saturday 12 September', 1): [Dd(HEB[('RH', 5787)])],
 ('a17', 'Yom Kippur', 1): [Dd(HEB[('YK', 5787)]), R(HEB[('YK', 5787)] - td(1), HEB[('YK', 5787)])],
 ('a17', 'Monday 21 September', 1): [Dd(HEB[('YK', 5787)])], ('a17', 'the evening before', 1): [Dd(HEB[('YK', 5787)] - td(1))],
 ('a17', 'Sukkot', 1): [R(HEB[('SUKKOT', 5787)], HEB[('SUKKOT', 5787)] + td(6)), R(HEB[('SUKKOT', 5787)] - td(1), HEB[('SUKKOT', 5787)] + td(6))],
 ('a17', 'the Saturday after', 1): [Dd(HEB[('SUKKOT', 5787)])], ('a17', 'the same day', 1): [Dd(VIC_AFL_FRIDAY[2026] + td(1))],
 ('a17', 'a Tuesday', 1): [Dd(HEB[('RH', 5786)])],
 ('a17', 'Term 3', 1): [R(*VIC26['t3'])], ('a17', 'Friday 18 September', 1): [Dd(VIC26['t3'][1])],
 ('a17', 'the state school holidays', 1): holidays_R(VIC26['t3'][1] + td(1), VIC26['t4'][0] - td(1)),
 ('a17', 'the school holidays', 1): holidays_R(VIC26['t3'][1] + td(1), VIC26['t4'][0] - td(1)),
 ('a17', 'Sunday 4 October', 1): [Dd(AU_DST_START(2026))], ('a17', 'the day daylight saving begins', 1): [Dd(AU_DST_START(2026))],
 ('a17', 'Term 4', 1): [R(*VIC26['t4'])], ('a17', 'the next day', 1): [Dd(VIC26['t4'][0])],
 ('a17', 'The Friday before the Grand Final', 1): [Dd(VIC_AFL_FRIDAY[2026])], ('a17', '25 September', 1): [Dd(VIC_AFL_FRIDAY[2026])],
 ('a17', '7 to 10 September', 1): days3(p('2026-09-07'), p('2026-09-10')),
 ('a17', 'a Saturday', 2): [Dd(HEB[('RH', 5788)])], ('a17', '2 October', 1): [Dd(HEB[('RH', 5788)])],
 ('a17', 'Melbourne Cup Day', 1): [Dd(AU_MELB_CUP(2026))],
 # a18 Port Adair, N.S., pub Sat 2026-08-01: a bicentenary, Natal Day, decades and centuries
 ('a18', 'the Natal Day long weekend', 1): [R(NS_NATAL(2026) - td(2), NS_NATAL(2026)), f'P:D:{NS_NATAL(2026)}'],
 ('a18', 'Monday, Aug. 3', 1): [Dd(NS_NATAL(2026))], ('a18', 'the turn of the century', 1): ['IN:1895-01-01..1905-12-31'],
 ('a18', 'the early 1960s', 1): early_decade(1960), ('a18', '19th century', 1): century(19), ('a18', '20th', 1): century(20),
 ('a18', '2026-27', 1): [fyR(2026, 4), 'RY:2026..2027', 'P:Y:2026', 'P:Y:2027'], ('a18', 'April 1', 1): ['D:2026-04-01'],
 ('a18', 'last winter', 1): north('winter', 2025), ('a18', 'next summer', 1): north('summer', 2027),
 # a19 Pittsburgh, a Sunday paper, pub Sun 2026-04-19: the draft and the season
 ('a19', 'from May 8 to May 10', 1): days3(US_MOTHERS(2026) - td(2), US_MOTHERS(2026)),
 ('a19', 'the 2026 season', 1): [f'IN:{nth_wd(2026, 9, 0, 1) + td(3)}..2027-02-28', 'P:Y:2026'],
 ('a19', 'Sept. 10', 1): [Dd(nth_wd(2026, 9, 0, 1) + td(3))], ('a19', 'Jan. 11', 1): ['D:2026-01-11'], ('a19', 'Feb. 8', 1): ['D:2026-02-08'],
 ('a19', 'May 4', 1): ['D:2026-05-04'],
 # a20 Dublin, pub Fri 2026-05-22: fixtures told in Irish relative days
 ('a20', 'that day', 1): [Dd(coming(p('2026-05-22'), 6) + td(7))], ('a20', 'Sunday', 2): [Dd(p('2026-05-22') + td(2))],
 ('a20', 'the June bank holiday weekend', 1): [R(IE_JUNE_BH(2026) - td(2), IE_JUNE_BH(2026)), f'P:D:{IE_JUNE_BH(2026)}'],
 ('a20', 'the second half of June', 1): [R('2026-06-16', '2026-06-30'), 'MIN:2026-06'],
 ('a20', 'the winter', 1): north('winter', 2025),
 ('a20', 'on the weekend', 1): [wknd(coming(p('2026-05-22'), 5)), Dd(coming(p('2026-05-22'), 6))],
 # a21 Toronto, pub Tue 2026-10-27: Ontario's April-March year
 ('a21', 'fiscal 2026-27', 1): [fyR(2026, 4), 'RY:2026..2027', 'P:Y:2026', 'P:Y:2027'],
 ('a21', '2029-30', 1): [fyR(2029, 4), 'RY:2029..2030', 'P:Y:2029', 'P:Y:2030'],
 ('a21', '2027-28', 1): [fyR(2027, 4), 'RY:2027..2028', 'P:Y:2027', 'P:Y:2028'],
 ('a21', 'the first quarter', 1): Q(2026, 2), ('a21', 'April to June', 1): [months(2026, 4, 2026, 6), 'M:2026-04', 'M:2026-06'],
 ('a21', 'the second quarter', 1): Q(2026, 3), ('a21', 'March 31', 1): ['D:2027-03-31'],
 ('a21', 'Thanksgiving', 1): [Dd(CA_THANKSGIVING(2026))], ('a21', 'the end of 2027', 1): ['D:2027-12-31', 'M:2027-12', 'Y:2027'],
 ('a21', 'the week of Feb. 22', 1): week_of(p('2027-02-22')), ('a21', 'Nov. 11', 1): ['D:2026-11-11'], ('a21', 'Dec. 10', 1): ['D:2026-12-10'],
 ('a21', 'April 16', 1): ['D:2026-04-16'],
 # a22 Oban, pub Sat 2026-06-13: a ferry timetable, tides and the new moon
 ("a22", "Monday's", 1): [Dd(MOON[('new', 2026, 6)])], ('a22', 'the month', 1): ['M:2026-06'],
 ('a22', 'the summer timetable', 1): [R(*CALMAC['summer'])], ('a22', 'the season', 1): [R(*CALMAC['summer'])],
 ('a22', 'from 27 March to 18 October', 1): days3(*CALMAC['summer']), ('a22', '19 October', 1): [Dd(CALMAC['summer'][1] + td(1))],
 ('a22', 'the summer holidays', 1): holidays_R(*CALMAC['hols']), ('a22', 'Tuesday 18 August', 1): [Dd(CALMAC['hols'][1] + td(1))],
 ('a22', 'Friday week', 1): [Dd(CALMAC['hols'][0] - td(1))],
 ('a22', 'the weekend of 1-2 August', 1): days3(SCT_SUMMER_BH(2026) - td(2), SCT_SUMMER_BH(2026) - td(1)),
 ('a22', 'the first Monday in August', 1): [Dd(SCT_SUMMER_BH(2026))], ('a22', 'September', 1): ['M:2025-09'],
 # a23 Johannesburg, pub Tue 2025-04-29: a February year-end, a dividend around Youth Day
 ('a23', 'the year to 28 February 2025', 1): [fyR(2024, 3), 'P:D:2025-02-28', 'P:Y:2025'], ('a23', 'FY2025', 1): [fyR(2024, 3), 'P:Y:2025'],
 ('a23', 'FY2026', 1): [fyR(2025, 3), 'P:Y:2026'], ('a23', 'Black Friday', 1): [Dd(US_THANKSGIVING(2024) + td(1))],
 ("a23", "yesterday's", 1): [Dd(ZA_OBSERVED(ZA_FREEDOM(2025)))], ('a23', 'the second half', 1): [months(2024, 9, 2025, 2)],
 ('a23', 'the six months to August', 1): [months(2024, 3, 2024, 8), 'P:M:2024-08'],
 ('a23', 'the six months to 31 August', 1): [months(2025, 3, 2025, 8), 'P:D:2025-08-31'],
 ('a23', 'Monday, 16 June', 1): ['D:2025-06-16'], ('a23', 'Tuesday, 17 June', 1): [Dd(p('2025-06-16') + td(1))],
 ('a23', 'the first eight weeks', 1): [R(p('2025-03-01'), p('2025-03-01') + td(55))],
 ('a23', 'the Easter weekend', 1): [R(E[2025] - td(2), E[2025] + td(1)), f'P:D:{E[2025]}'],
 ('a23', 'April', 2): [f'M:{E[2025]:%Y-%m}'], ('a23', 'March', 1): [f'M:{E[2024]:%Y-%m}'],
 # a24 Abuja, pub Wed 2025-02-12: the 2025 budget (Nigeria's fiscal year is the calendar year)
 ('a24', 'the 2025 fiscal year', 1): ['Y:2025'], ('a24', 'the end of the month', 1): end_of(2025, 2),
 ('a24', 'the first quarter', 1): Q(2025, 1), ('a24', 'the following June', 1): ['M:2024-06'],
 ('a24', '2025-2027', 1): ['RY:2025..2027', 'Y:2025', 'Y:2027'], ('a24', 'around March 1', 1): around(UQ[(1446, 9, 1)]),
 ('a24', 'December 18', 1): ['D:2024-12-18'], ('a24', 'June 30', 1): ['D:2025-06-30'],
 # a25 Manila, pub Mon 2026-11-16: the 13th-month pay and December's holidays
 ('a25', 'the 30th', 1): ['D:2026-11-30'], ('a25', 'Nov. 30', 1): ['D:2026-11-30'], ('a25', 'the calendar year', 1): ['Y:2026'],
 ('a25', 'January and October', 1): [months(2026, 1, 2026, 10), 'M:2026-01', 'M:2026-10'], ('a25', 'ber months', 1): [months(2026, 9, 2026, 12)],
 ('a25', 'Christmas Day', 1): ['D:2026-12-25'], ('a25', 'a Friday', 1): ['D:2026-12-25'], ('a25', 'the next day', 1): ['D:2026-12-31'],
 ('a25', 'Christmas', 3): ['D:2025-12-25'], ('a25', 'a Thursday', 1): ['D:2025-12-25'], ('a25', 'the whole week', 1): [Wk(p('2025-12-25'))],
 ('a25', 'Undas', 1): [R('2026-11-01', '2026-11-02'), R('2026-10-31', '2026-11-02')],
 ('a25', 'the 23rd', 1): [Dd(p('2026-12-24') - td(1))], ('a25', 'Dec. 24', 1): ['D:2026-12-24'],
}
# months and parts of months named without a year: 'past' is the latest such month not after the publication month,
# 'future' the earliest not before it
MONTH_TENSE = {
 ('a02', 'January', 1): 'future', ('a02', 'February', 1): 'future', ('a02', 'July', 1): 'past', ('a02', 'August', 1): 'past',
 ('a02', 'mid-December', 1): 'future', ('a03', 'March', 1): 'past', ('a05', 'early September', 1): 'past', ('a05', 'mid-January', 1): 'future',
 ('a06', 'mid-August', 1): 'future', ('a07', 'early February', 1): 'future', ('a07', 'Early February', 1): 'future',
 ('a08', 'November', 1): 'past', ('a10', 'August', 1): 'past', ('a12', 'mid-July', 1): 'future', ('a13', 'late May', 1): 'future',
 ('a13', 'early May', 1): 'future', ('a17', 'late October', 1): 'future', ('a19', 'late May', 1): 'future', ('a19', 'late July', 1): 'future',
 ('a20', 'February', 1): 'past', ('a21', 'September', 1): 'past', ('a23', 'October', 1): 'future', ('a24', 'December', 3): 'past',
 ('a24', 'November', 1): 'past', ('a25', 'January', 1): 'future', ('a25', 'December', 1): 'future', ('a25', 'December', 2): 'future',
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
        if not names: continue
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
    for m in re.finditer(r'\bthe (\d{1,2})(?:st|nd|rd|th)\b(?! day| century)(?: of (' + '|'.join(MONTHS) + r'))?', span):
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
    if s in simple: return simple[s]
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
        if not alts[0].startswith('D:') or abs((x - ref).days) > 6: err(d, repr(span), 'bare weekday beyond six days', alts)
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
    if not 250 <= n <= 350: err(d, 'length', n)
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
