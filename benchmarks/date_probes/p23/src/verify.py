# Checks gold.py against the built articles (p23's, adapted from p22's verify.py: p22's tables, CALC, MONTH_TENSE, SOUTH,
# SUNDAY_PAPERS and SPEAKER are replaced by p23's; p23 adds 'earlier this week', 'the end of next month', 'a fortnight on
# <weekday>' and '<n> weeks from <weekday>' to the relative forms recomputed, and calendar helpers for the Hebrew new year
# (the molad of Tishrei with its postponements), Mardi Gras and Ash Wednesday, the IATA northern summer season, South
# Africa's March-February tax year, settlement and ex-dates counted in business days, and New Zealand's Mondayised
# holidays): gold.py loads; every reading parses with p4's scorer and none repeats; every G, N and X span occurs in its
# article and none overlap; weekdays named in a span (full or abbreviated) agree with its D: readings (or R: ends);
# month/day and year agree with the span for month-first ('Sept. 21, 2025', 'Feb 17 and 18', 'June 16 to July 31'),
# day-first ('Thursday, 30 July 2026', '3 and 6 April', '13 to 17 October') and ordinal dates, a range's R: runs from its
# first named day to its last, and a day named without its year more than a year from publication must be in CALC; a
# bare number in a list of dates ('May 23 and 24') takes its anchor's month; plain years, decades, year ranges, halves
# and months with a year agree with their readings; months without a year by the verb's tense (MONTH_TENSE; every entry
# must name a gold item); the relative forms are recomputed with datetime from the publication day or, for the quoted
# ones, from the day SPEAKER gives (every SPEAKER entry must be used); bare weekdays must lie within six days of
# publication (a table with their context is printed); a table (CALC) recomputes every holiday, counted day, fiscal
# period, term, season, weekend and other derived reading from rules and tables and must equal the gold's readings
# exactly (order included); every G item must be covered by at least one of these checks; bodies are 260-320 words;
# publication dates are distinct, lie in 2025-01 .. 2026-12, cover every month and weekday, the datelines name the
# publication day and are each story's first item, and the Sunday paper falls on a Sunday; words that often mark dates
# but lie outside every span are printed to eyeball; then synthetic runs through p4's scorer (the one score.py runs):
# every item given its first reading must score 100%; a second run also claims every N and X span and must count the N
# claims neither way and every X claim as a precision error; every reading (P: ones included) must be accepted for a
# claim of exactly its own interval (P: ones counted right for precision but earning no value recall); perturbed runs
# (every value a year late, a tenth of the claims dropped, a claim on every decoy, every value a day late) must lose
# exactly what they should; score.py itself must give 100% on the perfect run and run on an empty claims file;
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
SOUTH = {'a01', 'a02', 'a14', 'a16', 'a17'}   # Tauranga, Johannesburg, Durban, Cape Town, Wellington: southern seasons (R: plus the northern label)
SUNDAY_PAPERS = {'a12'}                         # the Philadelphia Sunday paper
# quoted relative forms dated by the day the story says they were said, not by publication
SPEAKER = {('a01', 'Tomorrow', 1): p('2026-04-16'),                                            # said on Thursday
           ('a02', 'Last month', 1): p('2026-07-28'),                                          # said on Tuesday
           ('a03', 'next week', 1): p('2025-06-05'),                                           # said on Thursday
           ('a04', 'Next week', 1): p('2026-01-30'),                                           # said on Friday
           ('a05', 'this week', 1): p('2025-05-26'),                                           # said on Monday
           ('a06', 'Today', 1): p('2025-08-05'),                                               # said on Tuesday
           ('a07', 'A week on Sunday', 1): p('2026-02-16'),                                    # said on Monday
           ('a08', 'Next week', 1): p('2026-01-08'),                                           # said on Jan. 8
           ('a09', 'last year', 1): p('2026-05-13'), ('a09', 'this year', 1): p('2026-05-13'),  # said Wednesday
           ('a10', 'last spring', 1): p('2025-10-21'),                                         # said Tuesday
           ('a11', 'Tomorrow', 1): p('2025-12-07'),                                            # said on Sunday night
           ('a12', 'Tomorrow', 1): p('2025-09-18'),                                            # said Thursday
           ('a13', 'next week', 1): p('2025-11-07'),                                           # said on Friday
           ('a14', 'Last year', 1): p('2025-03-10'), ('a14', 'this year', 1): p('2025-03-10'),  # said on Monday
           ('a15', 'later this year', 1): p('2026-05-19'),                                     # said on May 19
           ('a16', 'Next week', 1): p('2026-03-20'),                                           # said on Friday
           ('a17', 'Tomorrow', 1): p('2025-11-06'),                                            # said on Thursday
           ('a18', 'Yesterday', 1): p('2025-12-16'), ('a18', 'next month', 1): p('2025-12-16'),  # said on Tuesday
           ('a19', 'This summer', 1): p('2025-07-28'),                                         # said on Monday
           ('a20', 'Next week', 1): p('2026-06-02'),                                           # said on June 2
           ('a21', 'Next month', 1): p('2025-03-28'), ('a21', 'last year', 2): p('2025-04-08'),   # said on March 28, on Tuesday
           ('a22', 'Tomorrow', 1): p('2026-03-26'),                                            # said on Thursday
           ('a23', 'Tomorrow', 1): p('2026-10-04'),                                            # said on Sunday
           ('a24', 'Next week', 1): p('2026-04-02'),                                           # said on Thursday
           ('a25', 'Next week', 1): p('2026-02-11')}                                           # said on Wednesday
# relative forms read from the narrative's focus (a day the story has just named), not from publication: none of p23's
# simple relative forms is; its anaphoric days ('a week later', 'the following Monday', 'the following day') are in CALC
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
# ---- tables checked when the probe was written, with holidays 0.109, convertdate 2.5.1, hijridate 2.6.0 and lunardate 0.3.0
#      in the scratch virtualenv /tmp/probes/venv left by an earlier helper (used read-only; verify.py does not need it, its
#      tables hold the answers). Days a story fixes itself (auctions, terms, fixtures, timetables, hearings) come from the story.
NZ_2026 = dict(waitangi=p('2026-02-06'), good_friday=p('2026-04-03'), easter_monday=p('2026-04-06'), anzac=p('2026-04-25'),
               anzac_obs=p('2026-04-27'), kings_birthday=p('2026-06-01'), matariki=p('2026-07-10'))              # holidays NZ
ZA_2025 = dict(human_rights=p('2025-03-21'), good_friday=p('2025-04-18'))                                        # holidays ZA
ZA_2026 = dict(human_rights=p('2026-03-21'), good_friday=p('2026-04-03'), family=p('2026-04-06'), freedom=p('2026-04-27'),
               womens=p('2026-08-09'), womens_obs=p('2026-08-10'), heritage=p('2026-09-24'))                     # holidays ZA
NG_2025 = dict(eid_adha=p('2025-06-06'), eid_adha_obs=p('2025-06-09'), democracy=p('2025-06-12'))                # holidays NG
NG_2026 = dict(national=p('2026-10-01'))                                                                         # holidays NG
SG_2026 = dict(cny=(p('2026-02-17'), p('2026-02-18')), hari_raya_puasa=p('2026-03-21'), good_friday=p('2026-04-03'),
               hari_raya_haji=p('2026-05-27'), vesak=p('2026-05-31'), vesak_obs=p('2026-06-01'),
               national=p('2026-08-09'), national_obs=p('2026-08-10'))                                           # holidays SG, lunardate
PK_2025 = dict(eid_fitr=(p('2025-03-31'), p('2025-04-02')), labour=p('2025-05-01'), takbeer=p('2025-05-28'),
               eid_adha=p('2025-06-07'))                                                                         # holidays PK (Eid by Pakistan's own sighting)
SCT_2025 = dict(summer_bh=p('2025-08-04'))                                                                       # holidays GB-SCT
QC_2026 = dict(patriots=p('2026-05-18'), fete=p('2026-06-24'), canada=p('2026-07-01'), labour=p('2026-09-07'))   # holidays CA-QC
US_2025 = dict(indigenous=p('2025-10-13'), veterans=p('2025-11-11'), thanksgiving=p('2025-11-27'))               # holidays US (PA, OH, IA)
US_2026 = dict(presidents=p('2026-02-16'), mardi_gras=p('2026-02-17'), memorial=p('2026-05-25'), july4=p('2026-07-04'),
               labor=p('2026-09-07'))                                                                            # holidays US (LA, ID, WA)
IN_HOLI = {2024: p('2024-03-25'), 2025: p('2025-03-14')}                                                         # holidays IN
E = {y: easter(y) for y in (2024, 2025, 2026)}
def advent1(y):           # the first Sunday of Advent: four Sundays before Christmas
    c = dt.date(y, 12, 25); return c - td((c.weekday() + 1) % 7 or 7) - td(21)
def us_election_day(y): return nth_wd(y, 11, 0, 1) + td(1)      # the Tuesday after the first Monday of November
def hebrew_new_year(y):   # 1 Tishrei of Hebrew year y (Reingold and Dershowitz): months and parts since the epoch's molad,
    def elapsed(y):       # the molad's postponements (lo ADU Rosh, molad zaken, GaTaRaD, BeTUTaKPaT)
        m = (235 * y - 234) // 19; parts = 12084 + 13753 * m; d = 29 * m + parts // 25920
        return d + 1 if (3 * (d + 1)) % 7 < 3 else d
    n0, n1, n2 = elapsed(y - 1), elapsed(y), elapsed(y + 1)
    return dt.date.fromordinal(-1373427 + n1 + (2 if n2 - n1 == 356 else 1 if n1 - n0 == 382 else 0))
def mardi_gras(y): return easter(y) - td(47)
def iata_summer(y):       # the IATA northern summer season: the last Sunday of March to the Saturday before the last Sunday of October
    return last_wd(y, 3, 6), last_wd(y, 10, 6) - td(1)
def za_tax_year(y): return R(dt.date(y, 3, 1), dt.date(y + 1, 3, 1) - td(1))   # South Africa's year of assessment, March-February
def add_busdays(d, n, hols=()):
    while n:
        d += td(1)
        if d.weekday() < 5 and d not in hols: n -= 1
    return d
assert E[2025] == p('2025-04-20') and E[2026] == p('2026-04-05')
assert NZ_2026['anzac_obs'] == observed_nz(NZ_2026['anzac']) and NZ_2026['kings_birthday'] == nth_wd(2026, 6, 0, 1)
assert NZ_2026['good_friday'] == E[2026] - td(2) and NZ_2026['easter_monday'] == E[2026] + td(1) and NZ_2026['waitangi'] == p('2026-02-06')
assert ZA_2026['womens_obs'] == observed_sun_mon(ZA_2026['womens']) and observed_sun_mon(ZA_2026['human_rights']) == ZA_2026['human_rights']
assert ZA_2026['family'] == E[2026] + td(1) and ZA_2025['good_friday'] == E[2025] - td(2)
def qc_patriots(y): d = dt.date(y, 5, 24); return d - td(d.weekday())    # National Patriots' Day: the Monday before 25 May
assert QC_2026['patriots'] == qc_patriots(2026) and QC_2026['labour'] == nth_wd(2026, 9, 0, 1) and QC_2026['fete'] == p('2026-06-24')
assert US_2025['indigenous'] == nth_wd(2025, 10, 0, 2) and US_2025['thanksgiving'] == nth_wd(2025, 11, 3, 4) and US_2026['memorial'] == last_wd(2026, 5, 0)
assert US_2026['mardi_gras'] == mardi_gras(2026) and US_2026['presidents'] == nth_wd(2026, 2, 0, 3) and US_2026['labor'] == nth_wd(2026, 9, 0, 1)
assert SCT_2025['summer_bh'] == nth_wd(2025, 8, 0, 1)
assert (hebrew_new_year(5785), hebrew_new_year(5786), hebrew_new_year(5787)) == (p('2024-10-03'), p('2025-09-23'), p('2026-09-12'))  # = convertdate
HEB_5786 = dict(rh=hebrew_new_year(5786), yk=hebrew_new_year(5786) + td(9), sukkot=hebrew_new_year(5786) + td(14),
                simchat_torah=hebrew_new_year(5786) + td(22))          # 1, 10, 15 and 23 Tishrei (Simchat Torah outside Israel)
assert (HEB_5786['yk'], HEB_5786['sukkot'], HEB_5786['simchat_torah']) == (p('2025-10-02'), p('2025-10-07'), p('2025-10-15'))
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
TAURANGA_PORT = dict(m1=7)                                                                                       # a01: a July-June financial year
DMO = dict(auction=p('2025-06-23'))                                                                              # a03: settlement two business days later
SG_MARCH_HOLS = (p('2026-03-14'), p('2026-03-22'))                                                               # a04: Singapore's March school holidays
PK_BUDGET = dict(speech=p('2025-06-10'), m1=7)                                                                   # a05: Pakistan's July-June fiscal year
SQA = dict(results=p('2025-08-05'), oct_off=(p('2025-10-11'), p('2025-10-19')))                                 # a06: results day, Glasgow's October week
MUSEUM = dict(opening=p('2026-03-01'), easter_off=(p('2026-03-28'), p('2026-04-12')))                            # a07: St David's Day opening, Cardiff's Easter holidays
QC_LEASE = dict(end=p('2026-06-30'))                                                                             # a08: a lease ending 30 June
GROVE_CITY = dict(ruling=p('2025-10-21'), rehearing=p('2025-11-17'))                                             # a10: 45 days to appeal
VIREO = dict(attempt=p('2025-12-11'))                                                                            # a11: a launch at 7:02 p.m. EST = 0002 GMT the next day
IOWA = dict(marketing_m1=9)                                                                                      # a13: the corn marketing year, September-August
KZN_TERM1 = (p('2025-03-28'), p('2025-04-08'))                                                                   # a14: last day of term 1, first day of term 2
LCLT = dict(m1=4, books_close=p('2026-06-04'))                                                                   # a15: an April-March financial year
TRANSNET = dict(m1=4)                                                                                            # a16
SHARKS = dict(final=p('2026-06-20'))                                                                             # a17
CALEDONIAN = dict(record=p('2025-08-15'))                                                                        # a19: UK ex-dividend on the Thursday before the Friday record date
QC_ELECTION = dict(campaign_days=33)                                                                             # a20
SENTINELS = dict(opener=p('2026-04-10'))                                                                         # a22
NECO = dict(release=p('2026-10-05'), session=p('2026-09-14'))                                                    # a23: release day, secondary schools' first day
DWP = dict(paid=p('2026-03-24'))                                                                                 # a24: four-weekly payments
NOLA = dict(pricing=p('2026-02-24'))                                                                             # a25
CALC = {
 # a01 Tauranga, pub Wed 2026-04-22: a kiwifruit harvest and the port's export run (southern; a July-June financial year)
 ('a01', 'Saturday', 1): [Dd(NZ_2026['anzac'])], ('a01', 'Monday 27 April', 1): [Dd(observed_nz(NZ_2026['anzac']))], ('a01', 'winter', 1): south('winter', 2026),
 ('a01', 'over the summer', 1): south('summer', 2025), ('a01', 'the Easter long weekend', 1): [R(NZ_2026['good_friday'], NZ_2026['easter_monday']), f'P:D:{E[2026]}'],
 ('a01', 'the half-year to 31 December', 1): [fh(2026, 1, TAURANGA_PORT['m1']), 'H:2025-H2'], ('a01', 'the 2025/26 financial year', 1): [fyR(2025, TAURANGA_PORT['m1']), 'RY:2025..2026'],
 ('a01', 'the end of June', 1): end_of(2026, 6), ('a01', 'Christmas', 1): ['D:2026-12-25'], ('a01', 'Monday 1 June', 1): [Dd(nth_wd(2026, 6, 0, 1))],
 ('a01', 'Matariki', 1): [Dd(NZ_2026['matariki'])],
 # a02 Johannesburg, pub Thu 2026-07-30: grant payment days around Women's Day on a Sunday (southern; April-March year, March-February tax year)
 ('a02', 'Monday, 10 August', 1): [Dd(observed_sun_mon(ZA_2026['womens']))], ('a02', 'a Sunday', 1): [Dd(ZA_2026['womens'])], ('a02', '24 September', 1): [Dd(ZA_2026['heritage'])],
 ('a02', '1 April', 1): ['D:2026-04-01'], ('a02', 'the 2026/27 financial year', 1): [fyR(2026, 4), 'RY:2026..2027'],
 ('a02', '1 March', 1): [Dd(p(za_tax_year(2026)[2:12]))], ('a02', 'the end of February', 1): end_of(2027, 2), ('a02', 'the 2025/26 tax year', 1): [za_tax_year(2025), 'RY:2025..2026'],
 # a03 Lagos, pub Tue 2025-06-10: a bond auction between the Eid-el-Kabir holidays and Democracy Day
 ('a03', 'Friday', 1): [Dd(NG_2025['eid_adha'])], ('a03', 'Monday', 2): [Dd(NG_2025['eid_adha_obs'])], ('a03', 'Thursday', 1): [Dd(NG_2025['democracy'])],
 ('a03', 'the following Monday', 1): [Dd(coming(NG_2025['democracy'], 0))], ('a03', 'Wednesday, June 25', 1): [Dd(add_busdays(DMO['auction'], 2))],
 ('a03', 'the first five months of the year', 1): [months(2025, 1, 2025, 5)], ('a03', 'the second half', 1): [months(2025, 7, 2025, 12), 'H:2025-H2'],
 ('a03', 'the third quarter', 1): Q(2025, 3)[::-1], ('a03', 'the Eid break', 1): [R(NG_2025['eid_adha'], NG_2025['eid_adha_obs']), f"P:D:{NG_2025['eid_adha']}"], ('a03', 'the end of the month', 1): end_of(2025, 6),
 # a04 Singapore, pub Mon 2026-02-02: Changi over the Lunar New Year
 ('a04', 'Feb 17 and 18', 1): days3(*SG_2026['cny']), ('a04', 'Feb 16', 1): [Dd(SG_2026['cny'][0] - td(1))], ('a04', 'Feb 16 to 18', 1): days3(SG_2026['cny'][0] - td(1), SG_2026['cny'][1]),
 ('a04', 'March 29', 1): [Dd(iata_summer(2026)[0])], ('a04', 'Oct 24', 1): [Dd(iata_summer(2026)[1])], ('a04', 'the end of the month', 1): end_of(2026, 2),
 ('a04', 'the March school holidays', 1): holidays_R(*SG_MARCH_HOLS), ('a04', 'March 14 to 22', 1): days3(*SG_MARCH_HOLS),
 ('a04', 'a year earlier', 1): ['M:2024-02'], ('a04', 'a long weekend', 1): [R(SG_2026['good_friday'], SG_2026['good_friday'] + td(2)), f"P:D:{SG_2026['good_friday']}"],
 ('a04', 'Saturday, March 21', 1): [Dd(SG_2026['hari_raya_puasa'])], ('a04', 'Good Friday', 1): [Dd(SG_2026['good_friday'])],
 # a05 Islamabad, pub Fri 2025-05-30: the budget session after Eid ul Adha (a July-June fiscal year named by its end)
 ('a05', '2025-26', 1): [fyR(2025, 7), 'RY:2025..2026'], ('a05', 'Saturday, June 7', 1): [Dd(PK_2025['eid_adha'])],
 ('a05', 'Wednesday', 1): [Dd(PK_2025['takbeer'])], ('a05', 'Wednesday', 2): [Dd(PK_2025['takbeer'])],
 ('a05', 'the following day', 1): [Dd(PK_BUDGET['speech'] + td(1))], ('a05', 'the following Monday', 1): [Dd(coming(PK_BUDGET['speech'], 0))],
 ('a05', 'June 30', 1): [Dd(rng_end(fyR(2024, 7)))], ('a05', 'the last day of the fiscal year', 1): [Dd(rng_end(fyR(2024, 7)))], ('a05', 'July 1', 1): [Dd(p(fyR(2025, 7)[2:12]))],
 ('a05', 'FY25', 1): [fyR(fy_first(2025, 7), 7), 'P:Y:2025'], ('a05', 'FY26', 1): [fyR(fy_first(2026, 7), 7), 'P:Y:2026'],
 ('a05', 'July-March', 1): mrange(2024, 7, 2025, 3), ('a05', 'the first ten months of the fiscal year', 1): [R(p(fyR(2024, 7)[2:12]), mend(2025, 4))],
 ('a05', '2024-25', 1): [fyR(2024, 7), 'RY:2024..2025'], ('a05', 'June last year', 1): ['M:2024-06'],
 # a06 Glasgow, pub Thu 2025-08-07: exam results day after the summer bank holiday
 ('a06', 'Monday', 1): [Dd(SCT_2025['summer_bh'])], ('a06', 'Tuesday', 1): [Dd(SCT_2025['summer_bh'] + td(1))], ('a06', 'Tuesday', 2): [Dd(SQA['results'])],
 ('a06', 'Over the summer', 1): north('summer', 2025), ('a06', 'the October week', 1): holidays_R(*SQA['oct_off']),
 ('a06', '13 to 17 October', 1): days3(SQA['oct_off'][0] + td(2), SQA['oct_off'][1] - td(2)), ('a06', 'the end of the month', 1): end_of(2025, 8),
 # a07 Cardiff, pub Fri 2026-02-20: a museum opening on St David's Day
 ('a07', 'Sunday 1 March', 1): ['D:2026-03-01'], ('a07', 'the opening weekend', 1): [wknd(MUSEUM['opening'] - td(1))], ('a07', 'the opening day', 1): [Dd(MUSEUM['opening'])],
 ('a07', 'the Easter holidays', 1): holidays_R(*MUSEUM['easter_off']), ('a07', '30 March to 10 April', 1): days3(MUSEUM['easter_off'][0] + td(2), MUSEUM['easter_off'][1] - td(2)),
 ('a07', 'Thursday 7 May', 1): [Dd(nth_wd(2026, 5, 3, 1))], ('a07', '2026-27', 1): [fyR(2026, 4), 'RY:2026..2027'],
 # a08 Montreal, pub Thu 2026-01-15: rent increase notices for leases ending on 30 June
 ('a08', 'June 30', 1): [Dd(QC_LEASE['end'])], ('a08', 'June 30', 2): [Dd(QC_LEASE['end'])], ('a08', 'July 1', 1): [Dd(QC_LEASE['end'] + td(1))], ('a08', 'June 24', 1): [Dd(QC_2026['fete'])],
 ('a08', 'Jan. 1 and March 31', 1): days3(dt.date(2026, QC_LEASE['end'].month - 5, 1), mend(2026, QC_LEASE['end'].month - 3)),
 ('a08', '2026-27', 1): [fyR(2026, 4), 'RY:2026..2027'],
 # a09 Boise, pub Sat 2026-05-16: a film festival over Memorial Day weekend
 ('a09', 'Memorial Day weekend', 1): [R(US_2026['memorial'] - td(2), US_2026['memorial']), f"P:D:{US_2026['memorial']}"], ('a09', 'May 25', 1): [Dd(US_2026['memorial'])],
 ('a09', 'Friday, May 22', 1): [Dd(US_2026['memorial'] - td(3))], ('a09', 'the final day', 1): [Dd(US_2026['memorial'])], ('a09', 'the Friday', 1): [Dd(US_2026['memorial'] - td(3))],
 ('a09', 'Thursday', 1): [Dd(US_2026['memorial'] - td(4))], ('a09', 'the eve of the gala', 1): [Dd(US_2026['memorial'] - td(4))],
 ('a09', 'the holiday weekend', 2): [R(US_2026['memorial'] - td(2), US_2026['memorial']), f"P:D:{US_2026['memorial']}"], ('a09', 'over the summer', 1): north('summer', 2026),
 # a10 Columbus, pub Wed 2025-10-22: a court of appeals ruling
 ('a10', 'Dec. 5', 1): [Dd(GROVE_CITY['ruling'] + td(45))], ('a10', 'Nov. 4', 1): [Dd(us_election_day(2025))], ('a10', 'Election Day', 1): [Dd(us_election_day(2025))],
 ('a10', 'the following Monday', 1): [Dd(coming(GROVE_CITY['rehearing'], 0))], ('a10', 'Thanksgiving', 1): [Dd(US_2025['thanksgiving'])],
 ('a10', 'the end of the year', 1): ['D:2025-12-31', 'M:2025-12', 'Y:2025'], ('a10', 'the summer of 2023', 1): north('summer', 2023),
 # a11 Cape Canaveral, pub Mon 2025-12-08: a launch attempt moved by upper-level winds
 ('a11', 'Friday', 1): [Dd(VIREO['attempt'] + td(1))], ('a11', 'the following Monday', 1): [Dd(coming(VIREO['attempt'], 0))],
 ('a11', 'Christmas', 1): ['D:2025-12-25'], ('a11', 'the first quarter', 1): Q(2026, 1)[::-1], ('a11', 'the end of 2026', 1): ['D:2026-12-31', 'M:2026-12', 'Y:2026'],
 # a12 Philadelphia, a Sunday paper, pub Sun 2025-09-21: Rosh Hashanah and Yom Kippur closures (Hebrew year 5786)
 ('a12', 'Tuesday', 1): [Dd(HEB_5786['rh'])], ('a12', 'Monday', 1): [Dd(HEB_5786['rh'] - td(1))], ('a12', 'Wednesday', 1): [Dd(HEB_5786['rh'] + td(1))],
 ('a12', 'the second day of the holiday', 1): [Dd(HEB_5786['rh'] + td(1))], ('a12', 'a week from Thursday', 1): [Dd(HEB_5786['yk'])], ('a12', 'the eve of Yom Kippur', 1): [Dd(HEB_5786['yk'] - td(1))],
 ('a12', 'Oct. 6', 1): [Dd(HEB_5786['sukkot'] - td(1))], ('a12', 'Oct. 15', 1): [Dd(HEB_5786['simchat_torah'])], ('a12', 'Sept. 11', 1): [Dd(hebrew_new_year(5787) - td(1))],
 ('a12', 'Oct. 13', 1): [Dd(US_2025['indigenous'])],
 # a13 Des Moines, pub Mon 2025-11-10: the corn harvest in a September-August marketing year
 ('a13', 'over the summer', 1): north('summer', 2025), ('a13', 'the 2025-26 marketing year', 1): [fyR(2025, IOWA['marketing_m1']), 'RY:2025..2026'],
 ('a13', 'Sept. 1', 1): [Dd(p(fyR(2025, IOWA['marketing_m1'])[2:12]))], ('a13', 'tomorrow', 1): [Dd(US_2025['veterans'])], ('a13', 'Thanksgiving', 1): [Dd(US_2025['thanksgiving'])],
 # a14 Durban, pub Wed 2025-03-12: Holi and Human Rights Day (southern)
 ('a14', 'Friday, 14 March', 1): [Dd(IN_HOLI[2025])], ('a14', 'Thursday', 1): [Dd(IN_HOLI[2025] - td(1))], ('a14', 'Saturday', 1): [Dd(IN_HOLI[2025] + td(1))],
 ('a14', 'Saturday', 2): [Dd(IN_HOLI[2025] + td(1))], ('a14', 'Friday', 3): [Dd(IN_HOLI[2025])],
 ('a14', 'a week later', 1): [Dd(IN_HOLI[2025] + td(7))], ('a14', 'Friday, 21 March', 1): [Dd(ZA_2025['human_rights'])],
 ('a14', 'the long weekend', 1): [R(ZA_2025['human_rights'], ZA_2025['human_rights'] + td(2)), f"P:D:{ZA_2025['human_rights']}"],
 ('a14', 'the school holidays', 1): holidays_R(KZN_TERM1[0] + td(1), KZN_TERM1[1] - td(1)), ('a14', '25 March 2024', 1): [Dd(IN_HOLI[2024])],
 ('a14', '18 April', 1): [Dd(ZA_2025['good_friday'])],
 # a15 Singapore, pub Thu 2026-05-28: a REIT's distribution around Hari Raya Haji and Vesak Day (an April-March financial year)
 ('a15', 'the six months to March 31', 1): [fh(2026, 2, LCLT['m1'])], ('a15', 'a year earlier', 1): [fh(2025, 2, LCLT['m1'])],
 ('a15', 'June 3', 1): [Dd(prev_business(LCLT['books_close'] - td(1)))],
 ('a15', 'FY2025/26', 1): [fyR(2025, LCLT['m1']), 'RY:2025..2026'], ('a15', 'the half to September 30', 1): [fh(2026, 1, LCLT['m1'])], ('a15', 'March 31', 2): [Dd(rng_end(fyR(2025, LCLT['m1'])))],
 ('a15', 'yesterday', 1): [Dd(SG_2026['hari_raya_haji'])], ('a15', 'Monday', 1): [Dd(SG_2026['vesak_obs'])], ('a15', 'Sunday', 1): [Dd(SG_2026['vesak'])],
 ('a15', 'the new financial year', 1): [fyR(2026, LCLT['m1']), 'RY:2026..2027'], ('a15', 'the first quarter', 1): [fq(2027, 1, LCLT['m1']), 'Q:2026-Q2'], ('a15', 'Aug 9', 1): [Dd(SG_2026['national'])], ('a15', 'a Sunday', 1): [Dd(SG_2026['national'])],
 ('a15', 'Aug 10', 1): [Dd(observed_sun_mon(SG_2026['national']))],
 # a16 Cape Town, pub Tue 2026-03-24: the citrus export season (southern; Transnet's April-March year)
 ('a16', '2025/26 financial year', 1): [fyR(2025, TRANSNET['m1']), 'RY:2025..2026'], ('a16', '31 March', 1): [Dd(rng_end(fyR(2025, TRANSNET['m1'])))],
 ('a16', 'Saturday', 1): [Dd(ZA_2026['human_rights'])], ('a16', 'Monday', 1): [Dd(ZA_2026['human_rights'] + td(2))],
 ('a16', '3 and 6 April', 1): days3(ZA_2026['good_friday'], ZA_2026['family']), ('a16', 'Monday, 27 April', 1): [Dd(ZA_2026['freedom'])],
 ('a16', 'the year from 1 April', 1): [fyR(2026, TRANSNET['m1'])],
 # a17 Wellington, pub Wed 2025-11-12: a rugby championship's 2026 draw (southern)
 ('a17', 'a week after Waitangi Day', 1): [Dd(NZ_2026['waitangi'] + td(7))], ('a17', 'Friday 13 February', 1): [Dd(NZ_2026['waitangi'] + td(7))],
 ('a17', "the King's Birthday weekend", 1): [R(NZ_2026['kings_birthday'] - td(2), NZ_2026['kings_birthday']), f"P:D:{NZ_2026['kings_birthday']}"],
 ('a17', 'Saturday 30 May', 1): [Dd(NZ_2026['kings_birthday'] - td(2))], ('a17', 'the Easter weekend', 1): [R(NZ_2026['good_friday'], NZ_2026['easter_monday']), f'P:D:{E[2026]}'],
 ('a17', 'the school holidays', 1): holidays_R(p('2026-04-03'), p('2026-04-19')), ('a17', '3 to 19 April', 1): days3(p('2026-04-03'), p('2026-04-19')),
 ('a17', 'a Saturday', 1): [Dd(NZ_2026['anzac'])], ('a17', 'Christmas', 1): ['D:2025-12-25'], ('a17', 'Saturday 20 June', 1): [Dd(SHARKS['final'])],
 # a18 Minneapolis, pub Fri 2025-12-19: a pickup recall over the holidays
 ('a18', 'the week of Jan. 5', 1): week_of(p('2026-01-05')), ('a18', 'the end of the first quarter', 1): [Dd(mend(2026, 3))],
 ('a18', 'late 2024', 1): ['YIN:2024', 'IN:2024-09-01..2024-12-31'], ('a18', 'over the winter', 1): north('winter', 2025),
 ('a18', 'Christmas Eve', 1): ['D:2025-12-24'], ("a18", "New Year's Day", 1): ['D:2026-01-01'], ('a18', 'the fourth quarter', 1): Q(2025, 4)[::-1],
 ('a18', 'the fall', 1): north('autumn', 2025),
 # a19 Edinburgh, pub Wed 2025-07-30: an insurer's interim results and dividend timetable (a calendar year)
 ('a19', 'the six months to 30 June', 1): [months(2025, 1, 2025, 6), 'H:2025-H1'], ('a19', 'a year earlier', 1): [months(2024, 1, 2024, 6), 'H:2024-H1'],
 ('a19', 'Thursday 14 August', 1): [Dd(CALEDONIAN['record'] - td(1))], ('a19', 'the second half', 1): [months(2025, 7, 2025, 12), 'H:2025-H2'],
 ('a19', 'the end of June', 1): end_of(2025, 6),
 # a20 Quebec City, pub Fri 2026-06-12: the National Assembly rises before a fixed-date election
 ('a20', 'Oct. 5', 1): [Dd(nth_wd(2026, 10, 0, 1))], ('a20', 'the first Monday in October', 1): [Dd(nth_wd(2026, 10, 0, 1))], ('a20', 'Oct. 3, 2022', 1): [Dd(nth_wd(2022, 10, 0, 1))],
 ('a20', 'Sept. 2', 1): [Dd(nth_wd(2026, 10, 0, 1) - td(QC_ELECTION['campaign_days']))], ('a20', 'Sept. 27 and 28', 1): days3(nth_wd(2026, 10, 0, 1) - td(8), nth_wd(2026, 10, 0, 1) - td(7)),
 ("a20", "the day after National Patriots' Day", 1): [Dd(qc_patriots(2026) + td(1))], ('a20', '2026-27', 1): [fyR(2026, 4), 'RY:2026..2027'],
 ('a20', 'Wednesday, June 24', 1): [Dd(QC_2026['fete'])], ('a20', 'a week later', 1): [Dd(QC_2026['fete'] + td(7))], ('a20', 'June 24', 2): [Dd(QC_2026['fete'])],
 ('a20', 'Sept. 7', 1): [Dd(QC_2026['labour'])], ('a20', 'the summer', 1): north('summer', 2026), ('a20', 'the fall', 1): north('autumn', 2026),
 # a21 Lahore, pub Thu 2025-04-10: the wheat harvest without a support price (a July-June fiscal year)
 ('a21', 'March 31 to April 2', 1): days3(*PK_2025['eid_fitr']), ('a21', 'the end of May', 1): end_of(2025, 5), ('a21', 'May 1', 1): [Dd(PK_2025['labour'])],
 ('a21', 'July-February', 1): mrange(2024, 7, 2025, 2), ('a21', 'the current fiscal year', 1): [fyR(2024, 7), 'P:Y:2025'], ('a21', 'the end of June', 1): end_of(2025, 6),
 # a22 Spokane, pub Sat 2026-03-28: a minor-league season's calendar
 ('a22', 'Memorial Day', 1): [Dd(US_2026['memorial'])], ('a22', 'the Fourth of July', 1): [Dd(US_2026['july4'])], ('a22', 'Labor Day', 1): [Dd(US_2026['labor'])],
 ('a22', 'the home opener', 1): [Dd(SENTINELS['opener'])], ('a22', 'Friday, April 10', 1): [Dd(SENTINELS['opener'])], ('a22', 'over the summer', 1): north('summer', 2026),
 # a23 Abuja, pub Tue 2026-10-06: school certificate results after Independence Day
 ('a23', 'Thursday', 1): [Dd(NG_2026['national'])], ('a23', 'October 19', 1): [Dd(NECO['release'] + td(14))],
 ('a23', 'September 14', 1): [Dd(NECO['session'])],
 ('a23', 'November and December', 1): mrange(2026, 11, 2026, 12), ('a23', 'the end of October', 1): end_of(2026, 10),
 # a24 Swansea, pub Tue 2026-04-07: the state pension's April rise over Easter (the UK tax year)
 ('a24', 'the 2026-27 tax year', 1): [uk_tax_year(2026), 'RY:2026..2027'], ('a24', 'the new tax year', 1): [uk_tax_year(2026), 'RY:2026..2027'], ('a24', 'Easter Monday', 1): [Dd(E[2026] + td(1))], ('a24', 'Easter Monday', 2): [Dd(E[2026] + td(1))],
 ('a24', '3 April', 1): [Dd(E[2026] - td(2))], ('a24', 'Thursday 2 April', 1): [Dd(prev_business(E[2026] - td(2) - td(1)))],
 ('a24', 'between 2026 and 2028', 1): ['RY:2026..2028'], ('a24', 'the Easter weekend', 1): [R(E[2026] - td(2), E[2026] + td(1)), f'P:D:{E[2026]}'],
 ('a24', '24 March', 1): [Dd(DWP['paid'])], ('a24', '21 April', 1): [Dd(DWP['paid'] + td(28))],
 # a25 New Orleans, pub Fri 2026-02-13: a bond sale after Mardi Gras
 ('a25', 'Monday', 1): [Dd(mardi_gras(2026) - td(1))], ('a25', 'Tuesday', 2): [Dd(mardi_gras(2026))], ('a25', 'the week after', 1): [Wk(mardi_gras(2026) + td(7))],
 ('a25', '2027 through 2056', 1): ['RY:2027..2056'], ('a25', 'hurricane season', 1): [R(p('2026-06-01'), p('2026-11-30'))], ('a25', 'June 1', 1): ['D:2026-06-01'],
 ('a25', 'Jan. 6', 1): [Dd(p('2025-12-25') + td(12))], ('a25', 'Ash Wednesday', 1): [Dd(mardi_gras(2026) + td(1))],
 ('a25', 'that day', 1): [Dd(mardi_gras(2026) + td(1))], ('a25', 'the day before pricing', 1): [Dd(NOLA['pricing'] - td(1))],
}
# months and parts of months named without a year: 'past' is the latest such month not after the publication month,
# 'future' the earliest not before it
MONTH_TENSE = {
 ('a01', 'early March', 1): 'past', ('a01', 'July', 1): 'future',
 ('a02', 'August', 1): 'future', ('a02', 'September', 1): 'future', ('a02', 'February', 1): 'past', ('a02', 'May', 1): 'past', ('a02', 'early June', 1): 'past',
 ('a03', 'May', 1): 'past', ('a03', 'May', 2): 'past', ('a03', 'May', 4): 'past', ('a03', 'February', 1): 'past',
 ('a04', 'April', 1): 'future',
 ('a06', 'late April', 1): 'past', ('a06', 'early June', 1): 'past', ('a06', 'mid-September', 1): 'future', ('a06', 'December', 1): 'future', ('a06', 'July', 2): 'past',
 ('a08', 'March', 2): 'future',
 ('a09', 'April', 1): 'past',
 ('a11', 'August', 1): 'past', ('a11', 'January', 1): 'future',
 ('a12', 'early October', 1): 'past', ('a12', 'January', 1): 'future',
 ('a13', 'July', 1): 'past', ('a13', 'August', 1): 'past', ('a13', 'December', 1): 'future', ('a13', 'May', 1): 'past', ('a13', 'March', 1): 'future',
 ('a14', 'October', 1): 'future', ('a15', 'late July', 1): 'future',
 ('a16', 'October', 1): 'future', ('a16', 'June', 1): 'future', ('a16', 'mid-April', 1): 'future', ('a16', 'May', 1): 'future',
 ('a17', 'March', 1): 'future', ('a18', 'April', 1): 'past', ('a18', 'mid-January', 1): 'future',
 ('a19', 'January', 2): 'past', ('a19', 'mid-October', 1): 'future',
 ('a20', 'September', 1): 'future', ('a20', 'March', 1): 'past', ('a20', 'late November', 1): 'future',
 ('a21', 'mid-April', 1): 'future', ('a21', 'November', 1): 'past', ('a22', 'June', 2): 'future',
 ('a23', 'July', 2): 'past', ('a23', 'mid-November', 1): 'future', ('a24', 'early July', 1): 'future', ('a24', 'November', 2): 'future',
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
    # p23's: 'earlier this week' W: with IN: from its Monday to the day before; 'the end of next month' MIN: and D: of
    # next month's last day (as 'the end of <month>')
    nxt1 = (ref.replace(day=28) + td(4)).replace(day=1)
    simple.update({'earlier this week': [Wk(ref), f'IN:{monday(ref)}..{ref - td(1)}'],
                   'the end of next month': [f'MIN:{nxt1:%Y-%m}', Dd(mend(nxt1.year, nxt1.month))]})
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
    m = re.fullmatch(r'a fortnight (?:from |on )?' + WDS, s)      # p23: 'a fortnight on Saturday', the coming such day + 14
    if m: return [Dd(coming(ref, wdi(m.group(1))) + td(14))]
    m = re.fullmatch(r'(\w+) weeks (?:from|on) ' + WDS, s)        # p23: 'three weeks from Friday', the coming such day + 7n
    if m and m.group(1) in NUMW: return [Dd(coming(ref, wdi(m.group(2))) + td(7 * nm(m.group(1))))]
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
