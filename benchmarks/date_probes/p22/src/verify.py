# Checks gold.py against the built articles (p22's, adapted from p21's verify.py: p21's tables, CALC, MONTH_TENSE, SOUTH,
# SUNDAY_PAPERS and SPEAKER are replaced by p22's; p22 adds 'earlier this year', 'later this year', 'earlier this month'
# and 'later this month' to the relative forms recomputed, and fiscal-quarter and fiscal-half helpers (fq, fh) for years
# named by the calendar year they end in): gold.py loads; every reading parses with p4's scorer and none repeats; every
# G, N and X span occurs in its article and none overlap; weekdays named in a span (full or abbreviated) agree with its
# D: readings (or R: ends); month/day and year agree with the span for month-first ('Sept. 30, 2025', 'Nov. 7-8', 'Oct.
# 25 through Nov. 2'), day-first ('Wednesday 27th August 2025', '25 to 29 May', '4 to 8 January') and ordinal dates, a
# range's R: runs from its first named day to its last, and a day named without its year more than a year from
# publication must be in CALC; a bare number in a list of dates ('on 18, 19 and 22 May') takes its anchor's month; plain
# years, decades, year ranges, halves and months with a year agree with their readings; months without a year by the
# verb's tense (MONTH_TENSE; every entry must name a gold item); the relative forms are recomputed with datetime from the
# publication day or, for the quoted ones, from the day SPEAKER gives (every SPEAKER entry must be used); bare weekdays
# must lie within six days of publication (a table with their context is printed); a table (CALC) recomputes every
# holiday, counted day, fiscal period, term, season, weekend and other derived reading from rules and tables and must
# equal the gold's readings exactly (order included); every G item must be covered by at least one of these checks;
# bodies are 260-320 words; publication dates are distinct, lie in 2025-01 .. 2026-12, cover every month and weekday,
# the datelines name the publication day and are each story's first item, and the Sunday paper falls on a Sunday; words
# that often mark dates but lie outside every span are printed to eyeball; then synthetic runs through p4's scorer (the
# one score.py runs): every item given its first reading must score 100%; a second run also claims every N and X span
# and must count the N claims neither way and every X claim as a precision error; every reading (P: ones included) must
# be accepted for a claim of exactly its own interval (P: ones counted right for precision but earning no value recall);
# perturbed runs (every value a year late, a tenth of the claims dropped, a claim on every decoy, every value a day late)
# must lose exactly what they should; score.py itself must give 100% on the perfect run and run on an empty claims file;
# src/tiny_out.json must score as one right claim, two wrong values, one decoy and one neutral.
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
SOUTH = {'a04', 'a12', 'a19'}          # Sydney, Perth, Perth: southern seasons (R: plus the northern label)
SUNDAY_PAPERS = {'a11'}                # the Newark Sunday paper
# quoted relative forms dated by the day the story says they were said, not by publication
SPEAKER = {('a02', 'this year', 1): p('2025-11-24'),                                           # said in evidence on 24 November
           ('a06', 'last Friday', 1): p('2025-08-26'), ('a06', 'Next week', 1): p('2025-08-26'),  # said yesterday
           ('a07', 'This year', 1): p('2025-04-14'),                                           # said yesterday
           ('a10', 'Next week', 1): p('2026-05-08'), ('a10', 'a week on Monday', 1): p('2026-05-08'),   # said on Friday
           ('a11', 'Four years ago', 1): p('2025-10-16'), ('a11', 'This year', 1): p('2025-10-16'),    # said on Thursday
           ('a12', 'This winter', 1): p('2026-03-09'),                                         # said on Monday
           ('a14', 'tomorrow', 1): p('2025-10-26'),                                            # said on Sunday
           ('a15', 'tomorrow', 1): p('2026-01-26'), ('a15', 'the rest of the week', 1): p('2026-01-26'),   # said on Monday night
           ('a18', 'This weekend', 1): p('2026-04-08'), ('a18', 'next week', 1): p('2026-04-08'),
           ('a22', 'This weekend', 1): p('2026-01-27'),                                        # said on Tuesday
           ('a23', 'Tomorrow', 1): p('2025-10-06'),                                            # said yesterday
           ('a24', 'a week from Monday', 1): p('2026-02-18')}                                  # said on Wednesday      # said on Wednesday
# relative forms read from the narrative's focus (a day the story has just named), not from publication: none of p22's
# simple relative forms is; its anaphoric days ('a week later', 'the following week', 'three days earlier') are in CALC
FOCUS = {}
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
def mrange(y1, m1, y2, m2): return [months(y1, m1, y2, m2), f'M:{y1}-{m1:02d}', f'M:{y2}-{m2:02d}']   # p21: 'from October to March'
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
def observed_sun_mon(d): return d + td(1) if d.weekday() == 6 else d            # a Sunday holiday moved to the Monday
def observed_tw(d): return d - td(1) if d.weekday() == 5 else d + td(1) if d.weekday() == 6 else d   # Taiwan: Saturday to Friday, Sunday to Monday
def observed_nz(d): return d + td(7 - d.weekday()) if d.weekday() >= 5 else d   # New Zealand's Mondayised Waitangi and Anzac Days
def prev_business(d, hols=()):
    while d.weekday() >= 5 or d in hols: d -= td(1)
    return d
def last_sun(y, m): return last_wd(y, m, 6)
def next_business_day(d):
    d += td(1)
    while d.weekday() >= 5: d += td(1)
    return d
def nl_kings_day(y): return dt.date(y, 4, 26) if dt.date(y, 4, 27).weekday() == 6 else dt.date(y, 4, 27)
def nearest_monday(d):        # Auckland Anniversary Day: the Monday nearest 29 January
    back = d - td(d.weekday()); fwd = back + td(7)
    return back if (d - back) <= (fwd - d) else fwd
# ---- tables checked when the probe was written, with holidays 0.109 in the scratch virtualenv /tmp/probes/venv left by an
#      earlier helper (used read-only; verify.py does not need it, its tables hold the answers). Days a story fixes itself
#      (results, fixtures, terms, timetables, hearings) come from the story.
US_2025 = dict(labor=p('2025-09-01'), thanksgiving=p('2025-11-27'))                                              # holidays US
US_2026 = dict(presidents=p('2026-02-16'), july4=p('2026-07-04'), july4_obs=p('2026-07-03'), labor=p('2026-09-07'),
               thanksgiving=p('2026-11-26'))                                                                      # holidays US
CA_2026 = dict(canada=p('2026-07-01'), labour=p('2026-09-07'), thanksgiving=p('2026-10-12'))                      # holidays CA-ON
IE_2025 = dict(october_bh=p('2025-10-27'))                                                                       # holidays IE
SCT = dict(st_andrew_2025=p('2025-11-30'), st_andrew_obs_2025=p('2025-12-01'), st_andrew_obs_2024=p('2024-12-02'),
           ny2_2026=p('2026-01-02'))                                                                             # holidays GB-SCT
GB_ENG_2026 = dict(early_may=p('2026-05-04'), spring_bh=p('2026-05-25'))                                          # holidays GB-ENG
AU_NSW_2026 = dict(australia=p('2026-01-26'), good_friday=p('2026-04-03'))                                        # holidays AU-NSW
PH_2025 = dict(maundy=p('2025-04-17'), good_friday=p('2025-04-18'), black_saturday=p('2025-04-19'), election=p('2025-05-12'),
               all_saints_eve=p('2025-10-31'), all_saints=p('2025-11-01'), bonifacio=p('2025-11-30'),
               christmas_eve=p('2025-12-24'), nye=p('2025-12-31'))                                              # holidays PH
PH_2024 = dict(all_saints=p('2024-11-01'))                                                                       # holidays PH
KE_2025 = dict(mashujaa=p('2025-10-20'))                                                                         # holidays KE
IN_2025 = dict(diwali=p('2025-10-20'), independence=p('2025-08-15'))                                             # holidays IN
E = {y: easter(y) for y in (2024, 2025, 2026)}
def advent1(y):           # the first Sunday of Advent: four Sundays before Christmas (the fourth being the last Sunday before 25 December)
    c = dt.date(y, 12, 25); return c - td((c.weekday() + 1) % 7 or 7) - td(21)
def us_election_day(y): return nth_wd(y, 11, 0, 1) + td(1)      # the Tuesday after the first Monday of November
BLACK_FRIDAY = lambda y: nth_wd(y, 11, 3, 4) + td(1)     # the day after the fourth Thursday of November
assert E[2025] == p('2025-04-20') and E[2026] == p('2026-04-05')
assert US_2025['labor'] == nth_wd(2025, 9, 0, 1) and US_2026['labor'] == nth_wd(2026, 9, 0, 1) and US_2026['presidents'] == nth_wd(2026, 2, 0, 3)
assert US_2026['thanksgiving'] == nth_wd(2026, 11, 3, 4) and US_2025['thanksgiving'] == nth_wd(2025, 11, 3, 4) and US_2026['july4_obs'] == US_2026['july4'] - td(1)
assert CA_2026['labour'] == nth_wd(2026, 9, 0, 1) and CA_2026['thanksgiving'] == nth_wd(2026, 10, 0, 2) and IE_2025['october_bh'] == last_wd(2025, 10, 0)
assert SCT['st_andrew_obs_2025'] == SCT['st_andrew_2025'] + td(1) and GB_ENG_2026['spring_bh'] == last_wd(2026, 5, 0) and GB_ENG_2026['early_may'] == nth_wd(2026, 5, 0, 1)
assert PH_2025['maundy'] == E[2025] - td(3) and PH_2025['good_friday'] == E[2025] - td(2) and PH_2025['black_saturday'] == E[2025] - td(1)
assert PH_2025['election'] == nth_wd(2025, 5, 0, 2) and AU_NSW_2026['good_friday'] == E[2026] - td(2) and advent1(2025) == p('2025-11-30')


# ---- fiscal helpers: a fiscal year named by the calendar year it ends in, starting on the 1st of month m1
def fy_first(fy, m1): return fy - 1 if m1 > 1 else fy
def fq(fy, n, m1): # quarter n of fiscal year fy
    y, m = fy_first(fy, m1), m1 + 3 * (n - 1)
    y += (m - 1) // 12; m = (m - 1) % 12 + 1
    return fyR(y, m, 3)
def fh(fy, n, m1):  # half n of fiscal year fy
    y, m = fy_first(fy, m1), m1 + 6 * (n - 1)
    y += (m - 1) // 12; m = (m - 1) % 12 + 1
    return fyR(y, m, 6)
def rng_end(r): return p(r.split('..')[1])

# ---- the stories' own calendars (as each story gives them), and public dates recalled by the writer
CASCADIA = dict(m1=7, ridgeline=p('2025-10-03'))                                                                 # a01: a July-June fiscal year
ODUYA = dict(listed=p('2025-10-27'), defence_closed=p('2025-11-28'), evidence=p('2025-11-24'))                   # a02
AUS_TERM1 = (p('2026-02-02'), p('2026-04-02'))                                                                    # a04
NANDI = dict(m1=4)                                                                                                # a05: an April-March fiscal year
KNUT = dict(notice=p('2025-08-25'), term3=(p('2025-08-25'), p('2025-10-24')), ke_fy_m1=7)                          # a06
GREY_CUP = dict(semis=p('2026-11-07'), camp=p('2026-05-10'))                                                      # a08
HALLORAN = dict(died=p('2025-09-14'))                                                                             # a09
BCPS = dict(year=(p('2025-08-25'), p('2026-06-12')), report_cards=p('2026-02-02'))                               # a15
WA_TERM2 = (p('2026-04-14'), p('2026-07-03'))                                                                     # a12
EMERGENCY = dict(proclaimed=p('1975-06-25'))                                                                      # a16
EDI_SCHOOLS = (p('2025-12-19'), p('2026-01-06'))                                                                  # a17: last day of term, first day back
ASHES = dict(adelaide=p('2025-12-17'), sydney=(p('2026-01-04'), p('2026-01-08')))                                 # a19
LAURENTIAN = dict(m1=11)                                                                                          # a21: a November-October fiscal year
IE_2026 = dict(st_brigid=p('2026-02-02'))                                                                        # holidays IE
IE_SCHOOLS = dict(easter_close=p('2026-03-27'), easter_back=p('2026-04-13'), results=p('2026-08-21'))            # a22
BIHAR = dict(notify1=p('2025-10-10'), phase1=p('2025-11-06'), count=p('2025-11-14'), v2020=(p('2020-10-28'), p('2020-11-07')))   # a23
KOWALCZYK = dict(jury=p('2026-03-02'))                                                                           # a24
KE_BUDGET = dict(protest=p('2024-06-25'))                                                                        # a25
assert IE_2026['st_brigid'] == nth_wd(2026, 2, 0, 1) and dt.date(2026, 2, 1).weekday() != 4
CALC = {
 # a01 Seattle, pub Wed 2026-01-28: a software firm's second quarter in a July-June fiscal year named by its end
 ('a01', 'the three months ended Dec. 31', 1): [fq(2026, 2, 7), 'Q:2025-Q4'], ('a01', 'the year-earlier quarter', 1): [fq(2025, 2, 7), 'Q:2024-Q4'],
 ('a01', 'the first half', 1): [fh(2026, 1, 7), 'H:2025-H2'], ('a01', 'fiscal 2026', 1): [fyR(fy_first(2026, 7), 7), 'P:Y:2026'],
 ('a01', 'the third quarter', 1): [fq(2026, 3, 7), 'Q:2026-Q1'], ('a01', 'March 31', 1): [Dd(rng_end(fq(2026, 3, 7)))],
 ('a01', 'the second half', 1): [fh(2026, 2, 7), 'H:2026-H1'], ('a01', 'fiscal 2027', 1): [fyR(fy_first(2027, 7), 7), 'P:Y:2027'],
 ('a01', 'fiscal 2028', 1): [fyR(fy_first(2028, 7), 7), 'P:Y:2028'], ('a01', 'the end of the fiscal year', 1): [Dd(rng_end(fyR(fy_first(2026, 7), 7)))],
 ('a01', 'fiscal second quarter', 1): [fq(2026, 2, 7), 'Q:2025-Q4'], ('a01', 'The quarter', 1): [fq(2026, 2, 7), 'Q:2025-Q4'], ('a01', 'third-quarter', 1): [fq(2026, 3, 7), 'Q:2026-Q1'],
 ('a01', 'Oct. 3', 1): [Dd(CASCADIA['ridgeline'])],
 # a02 Birmingham, pub Thu 2025-12-11: a Crown Court fraud verdict
 ('a02', 'between March 2022 and June 2023', 1): mrange(2022, 3, 2023, 6), ('a02', 'the summer of 2023', 1): north('summer', 2023),
 ('a02', 'a week later', 1): [Dd(ODUYA['listed'] + td(7))], ('a02', 'Monday 3 November', 1): [Dd(ODUYA['listed'] + td(7))],
 ('a02', 'the following week', 1): [Wk(ODUYA['defence_closed'] + td(3))], ('a02', 'Last Christmas', 1): ['D:2024-12-25'],
 ('a02', 'the 2022-23 tax year', 1): [uk_tax_year(2022), 'RY:2022..2023'], ('a02', 'Christmas 2022', 1): ['D:2022-12-25'], ('a02', 'Christmas', 3): ['D:2025-12-25'],
 # a03 Dublin, pub Fri 2025-10-24: a storm over the October bank holiday weekend
 ('a03', 'the October bank holiday weekend', 1): [R(IE_2025['october_bh'] - td(2), IE_2025['october_bh']), f"P:D:{IE_2025['october_bh']}"],
 ('a03', 'the 2025-26 season', 1): [months(2025, 9, 2026, 8), 'RY:2025..2026'], ('a03', 'September to August', 1): mrange(2025, 9, 2026, 8),
 ('a03', 'Monday', 1): [Dd(IE_2025['october_bh'])], ('a03', 'the mid-term break', 1): holidays_R(IE_2025['october_bh'], IE_2025['october_bh'] + td(4)),
 ('a03', 'Monday 3 November', 1): [Dd(IE_2025['october_bh'] + td(7))], ('a03', 'last night', 1): [Dd(p('2025-10-24') - td(1))],
 ('a03', '20 October last year', 1): ['D:2024-10-20'], ('a03', 'Halloween', 2): ['D:2025-10-31'], ('a03', 'last season', 1): [months(2024, 9, 2025, 8), 'RY:2024..2025'], ('a03', 'Sunday', 1): [Dd(last_sun(2025, 10))],
 # a04 Sydney, pub Thu 2026-01-22: a heatwave over the Australia Day long weekend
 ('a04', 'Monday', 1): [Dd(AU_NSW_2026['australia'])], ('a04', 'the long weekend', 1): [R(AU_NSW_2026['australia'] - td(2), AU_NSW_2026['australia']), f"P:D:{AU_NSW_2026['australia']}"],
 ('a04', 'Term 1', 1): [R(*AUS_TERM1)], ('a04', 'a week after Australia Day', 1): [Dd(AU_NSW_2026['australia'] + td(7))], ('a04', 'Monday 2 February', 1): [Dd(AUS_TERM1[0])],
 ('a04', 'the end of the month', 1): end_of(2026, 1), ('a04', '2 April', 1): [Dd(AU_NSW_2026['good_friday'] - td(1))], ('a04', 'the day before Good Friday', 1): [Dd(AU_NSW_2026['good_friday'] - td(1))], ('a04', 'autumn', 1): south('autumn', 2026),
 # a05 Bengaluru, pub Thu 2025-10-16: an IT firm's second quarter of FY26 (April-March, named by its end)
 ('a05', 'the quarter ended September 30', 1): [fq(2026, 2, 4), 'Q:2025-Q3'], ('a05', 'the second quarter of FY26', 1): [fq(2026, 2, 4), 'Q:2025-Q3'], ('a05', 'the quarter', 2): [fq(2026, 2, 4), 'Q:2025-Q3'], ('a05', 'third-quarter', 1): [fq(2026, 3, 4), 'Q:2025-Q4'], ('a05', 'FY26', 2): [fyR(fy_first(2026, 4), 4), 'P:Y:2026'],
 ('a05', 'the April-June quarter', 1): [fq(2026, 1, 4), 'Q:2025-Q2'], ('a05', 'the year-ago quarter', 1): [fq(2025, 2, 4), 'Q:2024-Q3'],
 ('a05', 'the previous quarter', 1): [fq(2026, 1, 4), 'Q:2025-Q2'], ('a05', 'The third quarter', 1): [fq(2026, 3, 4), 'Q:2025-Q4'],
 ('a05', 'Diwali', 1): [Dd(IN_2025['diwali'])], ('a05', 'FY27', 1): [fyR(fy_first(2027, 4), 4), 'P:Y:2027'], ('a05', 'the first half', 1): [fh(2026, 1, 4)],
 ('a05', 'the June quarter', 1): [fq(2026, 1, 4), 'Q:2025-Q2'], ('a05', 'the second week of January', 1): nth_week(2026, 1, 2), ('a05', 'March 31', 1): [Dd(rng_end(fyR(fy_first(2026, 4), 4)))],
 # a06 Nairobi, pub Wed 2025-08-27: a teachers' strike notice (Kenya's July-June financial year)
 ('a06', 'Monday, 1st September', 1): [Dd(KNUT['notice'] + td(7))], ('a06', 'seven days later', 1): [Dd(KNUT['notice'] + td(7))], ('a06', 'third term', 1): [R(*KNUT['term3'])],
 ('a06', 'Friday, 24th October', 1): [Dd(KNUT['term3'][1])], ('a06', 'Tuesday, 21st October', 1): [Dd(KE_2025['mashujaa'] + td(1))], ('a06', 'the day after Mashujaa Day', 1): [Dd(KE_2025['mashujaa'] + td(1))],
 ('a06', 'the end of June', 1): end_of(2025, 6), ('a06', 'the 2025/26 financial year', 1): [fyR(2025, 7), 'RY:2025..2026'], ('a06', '1st July', 1): ['D:2025-07-01'],
 ('a06', 'the second quarter of the financial year', 1): [fq(2026, 2, 7), 'Q:2025-Q4'], ('a06', 'October and December', 1): mrange(2025, 10, 2025, 12),
 ('a06', 'the end of the month', 1): end_of(2025, 8), ('a06', 'over the weekend', 1): [wknd(coming(p('2025-08-27'), 5))],
 # a07 Manila, pub Tue 2025-04-15: the campaign ban over Holy Week before the midterm elections
 ('a07', 'April 17 and 18', 1): days3(PH_2025['maundy'], PH_2025['good_friday']), ('a07', 'May 12', 1): [Dd(PH_2025['election'])],
 ('a07', 'Saturday', 1): [Dd(PH_2025['black_saturday'])], ('a07', 'Easter Sunday', 1): [Dd(E[2025])], ('a07', 'a Saturday', 1): ['D:2025-05-10'],
 ('a07', 'election day', 1): [Dd(PH_2025['election'])], ('a07', 'election day', 2): [Dd(PH_2025['election'])],
 ('a07', 'May 11 to 12', 1): days3(PH_2025['election'] - td(1), PH_2025['election']), ('a07', 'Easter Monday', 1): [Dd(E[2025] + td(1))],
 ('a07', 'the fourth Monday of July', 1): [Dd(nth_wd(2025, 7, 0, 4))], ('a07', 'Monday, May 12', 1): [Dd(PH_2025['election'])],
 # a08 Toronto, pub Thu 2026-02-12: the CFL's 2026 schedule
 ('a08', 'Wednesday, July 1', 1): [Dd(CA_2026['canada'])], ('a08', 'Monday, Sept. 7', 1): [Dd(CA_2026['labour'])], ('a08', 'the following weekend', 1): [wknd(CA_2026['labour'] + td(5))],
 ('a08', 'Thanksgiving', 1): [Dd(CA_2026['thanksgiving'])], ('a08', 'the holiday weekend', 1): [R(CA_2026['thanksgiving'] - td(2), CA_2026['thanksgiving']), f"P:D:{CA_2026['thanksgiving']}"], ('a08', 'a Saturday', 1): ['D:2026-10-31'], ('a08', 'the weekend after', 1): [wknd(GREY_CUP['semis'] + td(7))],
 ('a08', 'three days earlier', 1): [Dd(GREY_CUP['camp'] - td(3))], ('a08', 'the last week of May', 1): last_week_of(2026, 5),
 # a09 Dayton, pub Tue 2025-09-16: an obituary
 ('a09', 'the fall of 1961', 1): north('autumn', 1961), ('a09', 'Labor Day', 1): [Dd(US_2025['labor'])], ('a09', '13 days before her death', 1): [Dd(HALLORAN['died'] - td(13))],
 ('a09', 'the end of the month', 1): end_of(2025, 9), ('a09', 'Sunday', 1): [Dd(HALLORAN['died'])],
 # a10 Manchester, pub Mon 2026-05-11: a bus strike around the spring bank holiday
 ('a10', 'the spring bank holiday weekend', 1): [R(GB_ENG_2026['spring_bh'] - td(2), GB_ENG_2026['spring_bh']), f"P:D:{GB_ENG_2026['spring_bh']}"],
 ('a10', '25 to 29 May', 1): days3(GB_ENG_2026['spring_bh'], GB_ENG_2026['spring_bh'] + td(4)), ('a10', 'the week before Christmas', 1): [Wk(monday(p('2025-12-25')) - td(7))],
 ('a10', '4 May', 1): [Dd(GB_ENG_2026['early_may'])], ('a10', 'the end of the year', 1): ['D:2026-12-31', 'M:2026-12', 'Y:2026'], ('a10', '2026-27', 1): [fyR(2026, 4), 'RY:2026..2027'],
 # a11 Newark, a Sunday paper, pub Sun 2025-10-19: early voting before the governor's race
 ('a11', 'Nov. 4', 1): [Dd(us_election_day(2025))], ('a11', 'Election Day', 1): [Dd(us_election_day(2025))], ('a11', 'Election Day', 2): [Dd(us_election_day(2025))],
 ('a11', 'the third Tuesday in January', 1): [Dd(nth_wd(2026, 1, 1, 3))], ('a11', 'Jan. 20', 1): [Dd(nth_wd(2026, 1, 1, 3))],
 ('a11', 'the fiscal year that begins July 1', 1): [fyR(2026, 7), 'P:Y:2027'], ('a11', 'June 30', 1): [Dd(rng_end(fyR(2025, 7)))],
 ('a11', 'since Labor Day', 1): [Dd(US_2025['labor']), R(US_2025['labor'], p('2025-10-19'))],
 # a12 Perth, pub Wed 2026-03-11: a free flu vaccine campaign before a southern winter (Australia's July-June year)
 ('a12', 'the end of the financial year', 1): [Dd(rng_end(fyR(2025, 7)))], ('a12', '30 June', 1): [Dd(rng_end(fyR(2025, 7)))],
 ('a12', 'the second week of July', 1): nth_week(2025, 7, 2), ('a12', 'Easter', 1): [Dd(E[2026])], ('a12', 'Term 2', 1): [R(*WA_TERM2)],
 ('a12', 'the 2025-26 budget', 1): [fyR(2025, 7), 'RY:2025..2026'], ('a12', 'August last year', 1): ['M:2025-08'], ('a12', 'the end of April', 1): end_of(2026, 4),
 # a13 Austin, pub Wed 2026-07-15: an electric pickup's launch (a calendar-year company)
 ('a13', 'the fourth quarter', 1): Q(2026, 4)[::-1], ('a13', 'Fourth of July', 1): [Dd(US_2026['july4'])], ('a13', 'Thanksgiving', 1): [Dd(US_2026['thanksgiving'])],
 ('a13', 'the Fourth of July weekend', 1): [R(US_2026['july4_obs'], US_2026['july4'] + td(1)), f"P:D:{US_2026['july4']}"],
 ('a13', 'second-quarter', 1): Q(2026, 2)[::-1], ('a13', 'the first half', 1): [months(2026, 1, 2026, 6), 'H:2026-H1'], ('a13', 'early 2027', 1): ['YIN:2027', 'IN:2027-01-01..2027-04-30'], ('a13', 'Labor Day', 1): [Dd(US_2026['labor'])],
 # a14 Manila, pub Mon 2025-10-27: travel for Undas with a special non-working Friday
 ('a14', 'Friday, Oct. 31', 1): [Dd(PH_2025['all_saints_eve'])], ('a14', 'a Saturday', 1): [Dd(PH_2025['all_saints'])],
 ('a14', 'a three-day weekend', 1): [R(PH_2025['all_saints_eve'], PH_2025['all_saints'] + td(1)), f"P:D:{PH_2025['all_saints']}"],
 ('a14', 'a Friday', 1): [Dd(PH_2024['all_saints'])], ('a14', 'the eve of the holiday', 1): [Dd(PH_2025['all_saints_eve'] - td(1))],
 ('a14', 'a Sunday', 1): [Dd(PH_2025['bonifacio'])], ('a14', 'Dec. 24', 1): [Dd(PH_2025['christmas_eve'])], ('a14', 'Dec. 31', 1): [Dd(PH_2025['nye'])],
 ('a14', 'the Monday after Undas', 1): [Dd(coming(PH_2025['all_saints'] + td(1), 0))], ('a14', 'Nov. 3', 1): [Dd(coming(PH_2025['all_saints'] + td(1), 0))],
 # a15 Baltimore, pub Tue 2026-01-27: snow days in a school year
 ('a15', 'the 2025-26 school year', 1): [R(*BCPS['year']), 'RY:2025..2026'], ('a15', 'Monday, June 15', 1): [Dd(coming(BCPS['year'][1], 0))],
 ('a15', 'Feb. 16', 1): [Dd(US_2026['presidents'])], ('a15', 'March 30 to April 3', 1): days3(E[2026] - td(6), E[2026] - td(2)),
 ('a15', 'Feb. 5-6', 1): days3(p('2010-02-05'), p('2010-02-06')), ('a15', 'Feb. 9-10', 1): days3(p('2010-02-09'), p('2010-02-10')),
 ('a15', 'the first week of February', 1): nth_week(2026, 2, 1), ('a15', 'a week later', 1): [Dd(BCPS['report_cards'] + td(7))],
 # a16 New Delhi, pub Wed 2025-06-25: the Emergency fifty years on
 ('a16', '13 days earlier', 1): [Dd(EMERGENCY['proclaimed'] - td(13))], ('a16', 'the next morning', 1): [Dd(EMERGENCY['proclaimed'] + td(1))],
 ('a16', 'June 26', 1): [Dd(EMERGENCY['proclaimed'] + td(1))], ('a16', 'the spring of 1977', 1): north('spring', 1977),
 ('a16', 'August 15', 1): [Dd(IN_2025['independence'])], ('a16', 'the third week of July', 1): nth_week(2025, 7, 3),
 # a17 Edinburgh, pub Fri 2025-11-28: St Andrew's Day on a Sunday, its Monday holiday and the Scottish New Year
 ('a17', 'Monday', 1): [Dd(SCT['st_andrew_obs_2025'])], ('a17', 'Sunday 30 November', 1): [Dd(SCT['st_andrew_2025'])], ('a17', 'the first Sunday of Advent', 1): [Dd(advent1(2025))],
 ('a17', 'Monday 1 December', 1): [Dd(SCT['st_andrew_obs_2025'])], ('a17', 'a Saturday', 1): ['D:2024-11-30'], ('a17', 'Monday 2 December', 1): [Dd(SCT['st_andrew_obs_2024'])],
 ('a17', 'the weekend', 1): [wknd(SCT['st_andrew_2025'] - td(1))], ('a17', 'Black Friday', 1): [Dd(BLACK_FRIDAY(2025))], ('a17', 'the Christmas holidays', 1): holidays_R(EDI_SCHOOLS[0] + td(1), EDI_SCHOOLS[1] - td(1)),
 ('a17', '2 January', 1): [Dd(SCT['ny2_2026'])], ('a17', 'a Friday', 1): [Dd(SCT['ny2_2026'])], ('a17', 'a four-day weekend', 1): [R(p('2026-01-01'), SCT['ny2_2026'] + td(2)), 'P:D:2026-01-01'],
 # a18 Washington, pub Fri 2026-04-10: Tax Day and the estimated-payment calendar
 ('a18', 'Tax Day', 1): ['D:2026-04-15'], ('a18', 'The filing season', 1): [R(p('2026-01-26'), p('2026-04-15'))], ('a18', 'tax year 2025', 1): ['Y:2025'], ('a18', 'April 18', 1): [Dd(next_business_day(p('2022-04-15')))],
 ('a18', 'the first business day of February', 1): [Dd(next_business_day(p('2026-01-31')))], ('a18', 'Feb. 2', 1): [Dd(next_business_day(p('2026-01-31')))],
 # a19 Perth, pub Sat 2025-11-22: the Ashes schedule in a southern summer
 ('a19', 'the New Year Test', 1): [R(*ASHES['sydney'])], ('a19', '4 to 8 January', 1): days3(*ASHES['sydney']), ('a19', 'last Christmas', 1): ['D:2024-12-25'],
 ('a19', 'early 2027', 1): ['YIN:2027', 'IN:2027-01-01..2027-04-30'], ('a19', 'three days before the Adelaide Test', 1): [Dd(ASHES['adelaide'] - td(3))],
 ('a19', '14 December', 1): [Dd(ASHES['adelaide'] - td(3))], ("a19", "New Year's Eve", 1): ['D:2025-12-31'], ('a19', 'last night', 1): [Dd(p('2025-11-22') - td(1))],
 # a20 Buffalo, pub Tue 2026-11-24: lake-effect snow over Thanksgiving
 ('a20', 'Thanksgiving', 1): [Dd(US_2026['thanksgiving'])], ('a20', 'Thanksgiving', 2): [Dd(US_2026['thanksgiving'])], ('a20', 'Black Friday', 1): [Dd(BLACK_FRIDAY(2026))],
 ('a20', 'Nov. 17-20', 1): days3(p('2022-11-17'), p('2022-11-20')), ('a20', 'a month later', 1): ['M:2022-12'], ('a20', 'over the weekend', 1): [wknd(coming(p('2026-11-24'), 5))],
 # a21 Toronto, pub Thu 2025-12-04: a bank's fourth quarter in a November-October fiscal year named by its end
 ('a21', 'the fourth quarter', 1): [fq(2025, 4, 11)], ('a21', 'the three months ended Oct. 31', 1): [fq(2025, 4, 11)], ('a21', 'the year-earlier period', 1): [fq(2024, 4, 11)],
 ('a21', 'fiscal 2025', 1): [fyR(fy_first(2025, 11), 11), 'P:Y:2025'], ('a21', 'a year earlier', 1): [fyR(fy_first(2024, 11), 11), 'P:Y:2024'],
 ('a21', 'the third quarter', 1): [fq(2025, 3, 11)], ('a21', 'the first half of fiscal 2026', 1): [fh(2026, 1, 11)], ('a21', 'The second half', 1): [fh(2026, 2, 11)],
 ('a21', 'the end of fiscal 2026', 1): [Dd(rng_end(fyR(fy_first(2026, 11), 11)))], ('a21', 'first-quarter', 1): [fq(2026, 1, 11)],
 ('a21', 'the end of October', 1): end_of(2025, 10), ('a21', 'the end of July', 1): end_of(2025, 7),
 # a22 Dublin, pub Thu 2026-01-29: the CAO deadline over the St Brigid's Day weekend and the exam year
 ('a22', 'Monday', 1): [Dd(IE_2026['st_brigid'])], ('a22', 'the first Monday in February', 1): [Dd(IE_2026['st_brigid'])], ('a22', '1 February', 1): ['D:2026-02-01'], ('a22', 'a Sunday', 1): ['D:2026-02-01'],
 ('a22', 'Wednesday 3 June', 1): [Dd(nth_wd(2026, 6, 2, 1))], ('a22', 'four days later', 1): [Dd(IE_SCHOOLS['results'] + td(4))],
 ('a22', 'the week before the Easter holidays', 1): [Wk(IE_SCHOOLS['easter_close'])], ('a22', 'the Easter holidays', 2): holidays_R(IE_SCHOOLS['easter_close'] + td(1), IE_SCHOOLS['easter_back'] - td(1)),
 ('a22', 'the weekend', 1): [wknd(IE_2026['st_brigid'] - td(2))],
 # a23 Patna, pub Tue 2025-10-07: Bihar's two-phase assembly election
 ('a23', 'a week later', 1): [Dd(BIHAR['notify1'] + td(7))], ('a23', 'October 17', 1): [Dd(BIHAR['notify1'] + td(7))], ('a23', 'October 20', 1): [Dd(IN_2025['diwali'])],
 ('a23', 'October 28 and November 7', 1): days3(*BIHAR['v2020']), ('a23', 'three days later', 1): [Dd(BIHAR['v2020'][1] + td(3))],
 ('a23', 'the day before the first phase', 1): [Dd(BIHAR['phase1'] - td(1))], ('a23', 'November 5', 1): [Dd(BIHAR['phase1'] - td(1))],
 ('a23', 'the end of the month', 1): end_of(2025, 11),
 # a24 Chicago, pub Fri 2026-02-20: a federal bribery trial's calendar
 ('a24', 'two days later', 1): [Dd(KOWALCZYK['jury'] + td(2))], ('a24', 'the week of March 30', 1): week_of(p('2026-03-30')),
 ('a24', 'late 2019', 1): ['YIN:2019', 'IN:2019-09-01..2019-12-31'], ('a24', 'the spring of 2022', 1): north('spring', 2022),
 ('a24', 'Monday', 3): [Dd(US_2026['presidents'])], ('a24', 'the fall', 1): north('autumn', 2026),
 # a25 Nairobi, pub Fri 2025-06-13: Kenya's budget for 2025/26 (a July-June financial year)
 ('a25', 'the 2025/26 financial year', 1): [fyR(2025, 7), 'RY:2025..2026'], ('a25', 'the last day of the financial year', 1): [Dd(rng_end(fyR(2024, 7)))], ('a25', '30th June', 1): [Dd(rng_end(fyR(2024, 7)))],
 ('a25', '26th June, 2024', 1): [Dd(KE_BUDGET['protest'] + td(1))], ('a25', '25th June', 1): [Dd(KE_BUDGET['protest'])],
 ('a25', 'the first eleven months of the financial year', 1): [R(p('2024-07-01'), mend(2025, 5))], ('a25', '2024/25', 1): [fyR(2024, 7), 'RY:2024..2025'],
 ('a25', 'the first quarter of 2025', 1): Q(2025, 1)[::-1], ('a25', 'a year earlier', 1): Q(2024, 1)[::-1],
 ('a25', '1st June', 1): ['D:2025-06-01'], ('a25', 'a Sunday', 1): ['D:2025-06-01'], ('a25', 'Monday, 2nd June', 1): [Dd(observed_sun_mon(p('2025-06-01')))],
 ('a25', 'the second quarter of the financial year', 1): [fq(2026, 2, 7), 'Q:2025-Q4'], ('a25', '1st October', 1): [Dd(p(fq(2026, 2, 7)[2:12]))],
}# months and parts of months named without a year: 'past' is the latest such month not after the publication month,
# 'future' the earliest not before it
MONTH_TENSE = {
 ('a01', 'December', 1): 'past', ('a01', 'July', 1): 'future', ('a01', 'late April', 1): 'future', ('a02', 'April', 1): 'past',
 ('a04', 'December', 1): 'past', ('a04', 'February', 2): 'future', ('a05', 'December', 1): 'future', ('a05', 'January', 1): 'future',
 ('a05', 'February', 1): 'future', ('a06', 'November', 1): 'future', ('a07', 'mid-May', 1): 'future', ('a08', 'August', 1): 'past',
 ('a08', 'April', 2): 'future', ('a10', 'June', 1): 'future', ('a11', 'late February', 1): 'future', ('a11', 'January', 2): 'future',
 ('a12', 'December', 1): 'past', ('a12', 'January', 1): 'past', ('a12', 'July', 2): 'future', ('a12', 'May', 1): 'future',
 ('a13', 'June', 1): 'past', ('a14', 'mid-December', 1): 'future', ('a18', 'January', 1): 'past',
 ('a21', 'May', 1): 'past', ('a22', 'mid-February', 1): 'future', ('a22', 'September', 1): 'future', ('a24', 'May', 1): 'future',
 ('a24', 'December', 1): 'past',
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
        if re.match(r'(?i)the day (?:after|before) ', span): continue     # p21: 'the day after Whit Monday', 'the day before Good Friday' name the anchor's weekday
        days = [p(a[2:]) for a in alts if a.startswith('D:')] or [x for a in alts if a.startswith('R:') for x in map(p, a[2:].split('..'))]
        for n in names:
            wd = W.index(n) if n in W else WABB[n]
            if not any(x.weekday() == wd for x in days): err(d, repr(span), 'weekday', n, 'disagrees with', alts)
        cover((d, span, occ), 'weekday')

# ---- 4. explicit dates: month-first, day-first, ISO, ordinals, dashed day-first, best-before codes
BB = dict(JA=1, FE=2, MR=3, AL=4, MA=5, JN=6, JL=7, AU=8, SE=9, OC=10, NO=11, DE=12)   # the bilingual month codes of Canadian labels
def word_dates(span):
    toks = []
    for m in re.finditer(r'\b' + MRE + r'\.?\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:(?:-| and | to )(\d{1,2})\b(?!\s*' + MRE.replace('(', '(?:', 1) + r'))?(?:,? (\d{4}))?', span):
        y = int(m.group(4)) if m.group(4) else None
        toks.append((m.start(), (y, MON[m.group(1)], int(m.group(2)))))
        if m.group(3): toks.append((m.start() + 1, (y, MON[m.group(1)], int(m.group(3)))))
    for m in re.finditer(r'\b(\d{1,2})(?:st|nd|rd|th)?(?:(?:-| and | to )(\d{1,2}))?\s+' + MRE + r'\b(?:,? (\d{4}))?', span):   # p21: '9th December, 2025'
        y = int(m.group(4)) if m.group(4) else None
        if m.group(2): toks += [(m.start(), (y, MON[m.group(3)], int(m.group(1)))), (m.start() + 1, (y, MON[m.group(3)], int(m.group(2))))]
        else: toks.append((m.start(), (y, MON[m.group(3)], int(m.group(1)))))
    for m in re.finditer(r'\b(\d{4})-(\d\d)-(\d\d)\b', span):
        toks.append((m.start(), (int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in re.finditer(r'\b(\d{2})\.(\d{2})\.(\d{4})\b', span):                 # dotted, day first (India)
        toks.append((m.start(), (int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    for m in re.finditer(r'\b(\d{2})-(\d{2})-(\d{4})\b', span):                   # p21: dashed, day first (India)
        toks.append((m.start(), (int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    for m in re.finditer(r'\b(\d{4}) (' + '|'.join(BB) + r') (\d{2})\b', span):  # p21: Canadian bilingual best-before codes
        toks.append((m.start(), (int(m.group(1)), BB[m.group(2)], int(m.group(3)))))
    for m in re.finditer(r'\bthe (\d{1,2})(?:st|nd|rd|th)\b(?! day| century| of (?!(?:' + '|'.join(MONTHS) + r')\b)[A-Z])(?: of (' + '|'.join(MONTHS) + r'))?', span):
        toks.append((m.start(), (None, MON[m.group(2)] if m.group(2) else None, int(m.group(1)))))
    return [t for _, t in sorted(toks)]
yearless = []
for d in docs:
    for span, occ, alts in gold.G[d]:
        wd_ = word_dates(span)
        if not wd_: continue
        days = dates_of(alts)
        named = []
        for y, mo, da in wd_:
            hit = [x for x in days if x.day == da and (mo is None or x.month == mo) and (y is None or x.year == y)]
            if not hit: err(d, repr(span), 'names', (y, mo, da), 'but readings are', alts)
            elif y is None and all(abs((x - pubs[d]).days) > 366 for x in hit): yearless.append((d, span, occ))
            named += [x for x in hit if f'D:{x}' in alts] or hit[:1]
        rr = [a for a in alts if a.startswith('R:')]
        if len(wd_) >= 2 and named and rr and rr[0] != R(min(named), max(named)):     # p21: a range's R: runs from its first named day to its last
            err(d, repr(span), 'range', rr[0], 'but names', min(named), 'to', max(named))
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
        anchor = sorted([it for it in gold.G[d] if it[0] in m.group(0) and re.search(MRE, it[0])], key=lambda it: -len(it[0]))   # p21: the longest (a date, not its month)
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
        if m and not re.search(r'\d{4}-\d\d-\d\d|\d\d-\d\d-\d{4}', span) and not (re.search(r'quarter of', span) and (d, span, occ) in CALC):   # p21: a quarter of a split year lies in one year
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

for k in MONTH_TENSE:                 # p21: every MONTH_TENSE entry names a gold item
    if not any(it[0] == k[1] and it[1] == k[2] for it in gold.G.get(k[0], [])): err('MONTH_TENSE item not in gold', k)

# ---- 7. relative forms, recomputed from the publication day (or SPEAKER's day)
NUMW = {'a': 1, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9, 'ten': 10,
        'eleven': 11, 'twelve': 12, 'twenty': 20, 'fifty': 50}
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
    # p22's: 'earlier this year' Y: with IN: from 1 January to the day before; 'later this year' IN: from the day to
    # 31 December with Y: (p16's later_in); 'earlier this month' M: with IN: from the 1st to the day before; 'later
    # this month' IN: from the day to the month's end with M:
    simple.update({'earlier this year': [f'Y:{ref.year}', f'IN:{dt.date(ref.year, 1, 1)}..{ref - td(1)}'],
                   'later this year': later_in(ref, ref.year),
                   'earlier this month': [f'M:{ref:%Y-%m}', f'IN:{ref.replace(day=1)}..{ref - td(1)}'],
                   'later this month': [f'IN:{ref}..{mend(ref.year, ref.month)}', f'M:{ref:%Y-%m}']})
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
        ref = SPEAKER.get((d, span, occ), FOCUS.get((d, span, occ), pubs[d]))
        want = rel_expect(d, span, ref)
        if want is None: continue
        relseen += 1
        if alts != want: err(d, repr(span), 'relative form read', alts, 'computed', want)
        cover((d, span, occ), 'relative')
for k in list(SPEAKER) + list(FOCUS):   # every SPEAKER and FOCUS entry names an item whose relative form was recomputed from it
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
    if not 260 <= n <= 320: err(d, 'length', n)
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
