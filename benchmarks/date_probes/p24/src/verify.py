# Checks gold.py against the built articles (p24's, adapted from p23's verify.py: p23's tables, CALC, MONTH_TENSE, SOUTH,
# SUNDAY_PAPERS and SPEAKER are replaced by p24's; p24 adds calendar helpers for Ireland's St Brigid's Day bank holiday,
# Kenya's election day, Cebu's Sinulog, South Australia's fixed-date election and the Bahamas' moved holidays, holiday tables
# for Ireland, four Australian states, Ghana, India (Karnataka, Kerala), Tanzania, the Philippines, Malaysia, Hong Kong,
# mainland China, Manitoba, British Columbia, Jamaica, the UAE, Malta, Sri Lanka, Kenya, Botswana, Newfoundland, the
# Bahamas and Qatar, with the Hijri dates of 1447, and 'the rest of the month' to the relative forms recomputed): gold.py
# loads; every reading parses with p4's scorer and none repeats; every G, N and X span occurs in its
# article and none overlap; weekdays named in a span (full or abbreviated) agree with its D: readings (or R: ends);
# month/day and year agree with the span for month-first ('Sept 26', 'Nov. 20 to Dec. 18, 2022', 'July 14 and 16'),
# day-first ('Saturday 19 July 2025', '28 July to 1 August', '1 November and 30 April') and ordinal dates ('February 4th'),
# a range's R: runs from its first named day to its last, and a day named without its year more than a year from
# publication must be in CALC; plain years, decades, year ranges, halves and months with a year agree with their readings;
# months without a year by the verb's tense (MONTH_TENSE; every entry must name a gold item); the relative forms are
# recomputed with datetime from the publication day or, for the quoted ones, from the day SPEAKER gives (every SPEAKER
# entry must be used); bare weekdays must lie within six days of publication (a table with their context is printed); a
# table (CALC) recomputes every holiday, counted day, fiscal period, term, season, weekend and other derived reading from
# rules and tables and must equal the gold's readings exactly (order included); every G item must be covered by at least
# one of these checks; bodies are 260-320 words; publication dates are distinct, lie in 2025-01 .. 2026-12, cover every
# month and weekday, the datelines name the publication day and are each story's first item, and the Sunday paper falls
# on a Sunday; words that often mark dates but lie outside every span are printed to eyeball; then synthetic runs through
# p4's scorer: every item given its first reading must score 100%; a second run also claims every N and X span and must
# count the N claims neither way and every X claim as a precision error; every reading (P: ones included) must be accepted
# for a claim of exactly its own interval (P: ones counted right for precision but earning no value recall); perturbed runs
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
SOUTH = {'a02', 'a03', 'a04', 'a18', 'a19', 'a21'}   # Brisbane, Darwin, Adelaide, Sydney, Perth, Gaborone: southern seasons (R: plus the northern label)
SUNDAY_PAPERS = {'a07'}                               # the Dar es Salaam Sunday paper
# quoted relative forms dated by the day the story says they were said, not by publication
SPEAKER = {('a01', 'yesterday', 1): p('2025-01-13'),                                           # said on Monday
           ('a03', 'Last year', 1): p('2026-10-15'),                                           # said on Thursday
           ('a04', 'Tomorrow', 1): p('2025-03-04'),                                            # said on Tuesday
           ('a05', 'Next month', 1): p('2025-05-23'),                                          # said on Friday
           ('a07', 'Tomorrow', 1): p('2026-07-03'),                                            # said on Friday
           ('a08', 'Yesterday', 1): p('2026-01-13'), ('a08', 'the weekend', 1): p('2026-01-13'),  # said on Tuesday
           ('a09', 'Next month', 1): p('2025-06-13'),                                          # said on Friday
           ('a10', 'Yesterday', 1): p('2025-09-25'),                                           # said on Thursday
           ('a11', 'Tomorrow', 1): p('2026-02-11'), ('a11', 'Next week', 1): p('2026-02-11'),  # said on Wednesday
           ('a12', 'Yesterday', 1): p('2026-07-30'),                                           # said on Thursday
           ('a13', 'Next week', 1): p('2025-03-22'), ('a13', 'since September', 1): p('2025-03-22'),
           ('a13', 'Last year', 1): p('2025-03-22'),                                           # said on Saturday
           ('a14', 'Tomorrow', 1): p('2026-03-17'), ('a14', 'last year', 1): p('2026-03-17'),  # said on Tuesday
           ('a15', 'Yesterday', 1): p('2026-06-05'),                                           # said on Friday
           ('a16', 'Today', 1): p('2025-04-10'), ('a16', 'last year', 1): p('2025-04-10'),     # said on Thursday
           ('a17', 'Yesterday', 1): p('2025-11-21'),                                           # said on Friday
           ('a18', 'Tomorrow', 1): p('2026-01-19'),                                            # said on Monday
           ('a19', 'Today', 1): p('2026-02-18'),                                               # said on Wednesday
           ('a20', 'Tomorrow', 1): p('2026-05-25'),                                            # said on Monday
           ('a21', 'Tomorrow', 1): p('2025-07-17'),                                            # said on Thursday
           ('a22', 'Yesterday', 1): p('2026-07-21'),                                           # said on Tuesday
           ('a23', 'Tomorrow', 1): p('2025-08-03'),                                            # said on Sunday
           ('a24', 'Yesterday', 1): p('2026-12-27'),                                           # said on Sunday
           ('a25', 'Tomorrow', 1): p('2026-02-08')}                                            # said on Sunday
# relative forms read from the narrative's focus (a day the story has just named), not from publication: none of p24's
# simple relative forms is; its anaphoric days ('a week earlier', 'two days later', 'the following day') are in CALC
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
# ---- tables checked when the probe was written, with holidays 0.109, hijridate 2.6.0 and lunardate 0.3.0 in the scratch
#      virtualenv /tmp/probes/venv left by an earlier helper (used read-only; verify.py does not need it, its tables hold the
#      answers). Days a story fixes itself (auctions, terms, fixtures, timetables, hearings, sales) come from the story.
IE_2025 = dict(brigid=p('2025-02-03'), october=p('2025-10-27'))                                                   # holidays IE
IE_2026 = dict(june=p('2026-06-01'), august=p('2026-08-03'))                                                      # holidays IE
QLD_2026 = dict(ekka=p('2026-08-12'), kings_birthday=p('2026-10-05'))                                             # holidays AU-QLD
AU_2027 = dict(australia=p('2027-01-26'))                                                                         # holidays AU (2027)
NT_2026 = dict(picnic=p('2026-08-03'))                                                                            # holidays AU-NT
SA_2025 = dict(adelaide_cup=p('2025-03-10'))                                                                      # holidays AU-SA
NSW_2026 = dict(australia=p('2026-01-26'))                                                                        # holidays AU-NSW
WA_2026 = dict(labour=p('2026-03-02'))                                                                            # holidays AU-WA
GH_2025 = dict(workers=p('2025-05-01'), republic=p('2025-07-01'))                                                 # holidays GH
IN_2025 = dict(diwali=p('2025-10-20'), rajyotsava=p('2025-11-01'))                                               # holidays IN (subdiv KA)
KL_2026 = dict(election=p('2026-04-09'), bakrid=p('2026-05-27'))                                                  # holidays IN (subdiv KL)
TZ_2026 = dict(saba_saba=p('2026-07-07'), nane_nane=p('2026-08-08'))                                              # holidays TZ
PH_2026 = dict(cny=p('2026-02-17'))                                                                               # holidays PH, lunardate 1/1
MY_2025 = dict(agong=p('2025-06-02'), awal_muharram=p('2025-06-27'))                                              # holidays MY (subdiv 14)
HK_2025 = dict(national=p('2025-10-01'), mid_autumn=p('2025-10-06'), after_mid_autumn=p('2025-10-07'),
               chung_yeung=p('2025-10-29'))                                                                      # holidays HK, lunardate 8/15 and 9/9
CN_2025_GOLDEN = (p('2025-10-01'), p('2025-10-08'))                                                               # holidays CN: 1-3, 6-8 Oct and the weekend between
MB_2026 = dict(louis_riel=p('2026-02-16'))                                                                        # holidays CA-MB
BC_2026 = dict(bc_day=p('2026-08-03'), labour=p('2026-09-07'), thanksgiving=p('2026-10-12'))                      # holidays CA-BC
JM_2025 = dict(ash_wednesday=p('2025-03-05'), good_friday=p('2025-04-18'), easter_monday=p('2025-04-21'))          # holidays JM
AE_2026 = dict(eid_off=(p('2026-03-19'), p('2026-03-22')), eid=p('2026-03-20'), arafat=p('2026-05-26'))           # holidays AE
HIJRI_1447 = dict(ramadan1=p('2026-02-18'), shawwal1=p('2026-03-20'), dhu_al_hijja9=p('2026-05-26'))              # hijridate (Umm al-Qura)
MT_2025 = dict(independence=p('2025-09-21'))                                                                      # holidays MT
MT_2026 = [p(x) for x in ('2026-01-01', '2026-02-10', '2026-03-19', '2026-03-31', '2026-04-03', '2026-05-01', '2026-06-07',
           '2026-06-29', '2026-08-15', '2026-09-08', '2026-09-21', '2026-12-08', '2026-12-13', '2026-12-25')]   # holidays MT, all fourteen
MT_2025_ALL = [p(x) for x in ('2025-01-01', '2025-02-10', '2025-03-19', '2025-03-31', '2025-04-18', '2025-05-01', '2025-06-07',
               '2025-06-29', '2025-08-15', '2025-09-08', '2025-09-21', '2025-12-08', '2025-12-13', '2025-12-25')]
LK_2025 = dict(bak_poya=p('2025-04-12'), new_year_eve=p('2025-04-13'), new_year=p('2025-04-14'), good_friday=p('2025-04-18'),
               vesak=p('2025-05-12'), vesak_after=p('2025-05-13'))                                               # holidays LK
KE_2025 = dict(jamhuri=p('2025-12-12'))                                                                          # holidays KE
BW_2025 = dict(khama=p('2025-07-01'), president=(p('2025-07-21'), p('2025-07-22')), botswana=(p('2025-09-30'), p('2025-10-01')))  # holidays BW
NL_2025 = dict(memorial=p('2025-07-01'))                                                                          # holidays CA-NL
BS_2026 = dict(boxing=p('2026-12-26'), boxing_obs=p('2026-12-28'))                                                # holidays BS
BS_2027 = dict(new_year=p('2027-01-01'), majority_rule=p('2027-01-10'), majority_rule_obs=p('2027-01-11'))        # holidays BS
QA_2026 = dict(sport=p('2026-02-10'), national=p('2026-12-18'))                                                   # holidays QA
E = {y: easter(y) for y in (2025, 2026, 2027)}
def ie_brigid(y):         # Ireland's St Brigid's Day bank holiday: 1 February if a Friday, else the first Monday of February
    d = dt.date(y, 2, 1); return d if d.weekday() == 4 else nth_wd(y, 2, 0, 1)
def ke_election(y): return nth_wd(y, 8, 1, 2)     # Kenya's general election: the second Tuesday of August
def sinulog(y): return nth_wd(y, 1, 6, 3)         # Cebu's Sinulog Grand Parade: the third Sunday of January
def sa_election(y): return nth_wd(y, 3, 5, 3)     # South Australia's fixed-date election: the third Saturday of March
def observed_bs(d): return d + td(2) if d.weekday() == 5 else d + td(1) if d.weekday() == 6 else d   # Bahamas: weekend holidays to the Monday
assert E[2025] == p('2025-04-20') and E[2026] == p('2026-04-05') and E[2027] == p('2027-03-28')
assert IE_2025['brigid'] == ie_brigid(2025) and IE_2025['october'] == last_wd(2025, 10, 0)
assert IE_2026['june'] == nth_wd(2026, 6, 0, 1) and IE_2026['august'] == nth_wd(2026, 8, 0, 1)
assert QLD_2026['kings_birthday'] == nth_wd(2026, 10, 0, 1) and NT_2026['picnic'] == nth_wd(2026, 8, 0, 1)
assert SA_2025['adelaide_cup'] == nth_wd(2025, 3, 0, 2) and WA_2026['labour'] == nth_wd(2026, 3, 0, 1)
assert MY_2025['agong'] == nth_wd(2025, 6, 0, 1) and MB_2026['louis_riel'] == nth_wd(2026, 2, 0, 3)
assert BC_2026['bc_day'] == nth_wd(2026, 8, 0, 1) and BC_2026['labour'] == nth_wd(2026, 9, 0, 1) and BC_2026['thanksgiving'] == nth_wd(2026, 10, 0, 2)
assert JM_2025['ash_wednesday'] == E[2025] - td(46) and JM_2025['good_friday'] == E[2025] - td(2) and JM_2025['easter_monday'] == E[2025] + td(1)
assert AE_2026['eid'] == HIJRI_1447['shawwal1'] and AE_2026['arafat'] == HIJRI_1447['dhu_al_hijja9']
assert LK_2025['good_friday'] == E[2025] - td(2) and LK_2025['vesak_after'] == LK_2025['vesak'] + td(1) and LK_2025['new_year_eve'] == LK_2025['new_year'] - td(1)
assert BW_2025['president'][0] == nth_wd(2025, 7, 0, 3) and BW_2025['president'][1] == BW_2025['president'][0] + td(1)
assert BS_2026['boxing_obs'] == observed_bs(BS_2026['boxing']) and BS_2027['majority_rule_obs'] == observed_bs(BS_2027['majority_rule'])
assert QA_2026['sport'] == nth_wd(2026, 2, 1, 2) and HK_2025['after_mid_autumn'] == HK_2025['mid_autumn'] + td(1)
assert sinulog(2026) == p('2026-01-18') and sa_election(2026) == p('2026-03-21') and ke_election(2027) == p('2027-08-10')
assert PH_2026['cny'] == HIJRI_1447['ramadan1'] - td(1)     # the Lunar New Year (lunardate) falls the day before Ramadan begins in 2026
assert len(MT_2026) == 14 and [d for d in MT_2026 if d.weekday() >= 5] == [p('2026-06-07'), p('2026-08-15'), p('2026-12-13')]
assert len([d for d in MT_2025_ALL if d.weekday() >= 5]) == 4
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
FURLONG = dict(seized=p('2023-06-23'))                                                                            # a01: the seizure at Ringaskiddy
QLD_TERMS = dict(term4=(p('2026-10-06'), p('2026-12-11')), exams=(p('2026-10-19'), p('2026-11-13')), results=p('2026-12-19'))  # a02
CYCLONE_SEASON = (1, 11, 4)                                                                                       # a03: 1 November to 30 April (the bureau's season)
BROWNHILL = dict(polling=p('2025-03-29'), writ=p('2025-02-24'), postal_days=5)                                    # a04: postal votes counted to the Thursday after
GH_MPC = dict(next=(p('2025-07-21'), p('2025-07-25')))                                                            # a05: the committee's July meeting
KAVERI = dict(m1=4, record=p('2025-10-24'), paid=p('2025-11-12'))                                                 # a06: an April-March financial year
DAR_PORT = dict(berth=p('2026-07-09'), fair=(p('2026-06-28'), p('2026-07-13')), carriers=(p('2026-07-14'), p('2026-07-16')), m1=7)  # a07: a July-June year
DBKL = dict(sale=p('2025-06-23'), briefing=p('2025-06-26'), planned=p('2025-07-03'))                              # a09: the tender closes a week after the day first planned
COUNTY_FERRIES = dict(fare_rise=p('2025-11-01'))                                                                  # a10
ATU = dict(vote_2019=p('2019-11-14'), notice_hours=72, festival=(p('2026-02-13'), p('2026-02-22')))                # a11: 72 hours' notice, served the day after Monday's talks at the earliest
BCF = dict(extra=(p('2026-07-30'), p('2026-08-04')), fault=p('2026-07-24'), m1=4)                                 # a12: an April-March fiscal year
CHAMPS = dict(days=(p('2025-03-25'), p('2025-03-29')), tickets=p('2025-03-20'), school_close=p('2025-04-11'))     # a13
AE_SPRING_BREAK = (p('2026-03-16'), p('2026-03-29'))                                                              # a14
GOZO = dict(summer=p('2026-06-15'), nights_until=p('2026-09-30'))                                                 # a15
CTA = dict(this_sale=(p('2025-04-08'), p('2025-04-09')), figures=p('2025-04-25'))                                 # a16: normally Tuesday and Wednesday
KABUTHI = dict(polling=p('2025-11-27'), timetable=p('2025-10-06'), clash=p('2025-11-15'), reopen=p('2025-12-01'), m1=7)  # a17: a July-June year
RTBU = dict(trackwork=p('2026-01-31'), vote=p('2026-02-02'))                                                      # a18
PILBARA = dict(m1=7, record=p('2026-03-05'), paid=p('2026-03-26'))                                                # a19: ASX ex-date one business day before the record date
MONSOON = dict(normal=(6, 1), onset_2025=p('2025-05-24'), onset_2023=p('2023-06-08'), ban=(p('2026-06-09'), p('2026-07-31')), schools=p('2026-06-02'))  # a20
OKAVANGO = dict(cycle=(p('2025-07-28'), p('2025-08-01')), m1=4)                                                   # a21: Botswana's April-March year
BALLYBRIT = dict(opening=last_wd(2026, 7, 0))                                                                     # a22: the festival opens on the last Monday of July
REGATTA = dict(day=nth_wd(2025, 8, 2, 1))                                                                         # a23: the first Wednesday in August
JUNKANOO = dict(results=p('2026-12-30'))                                                                          # a24
ASPIRE = dict(volleyball=p('2026-02-11'), wc=(p('2022-11-20'), p('2022-12-18')))                                  # a25
CALC = {
 # a01 Cork, pub Tue 2025-01-14: a sentencing adjourned past the St Brigid's Day bank holiday
 ('a01', 'February 4th', 1): [Dd(ie_brigid(2025) + td(1))], ("a01", "the day after the St Brigid's Day bank holiday", 1): [Dd(IE_2025['brigid'] + td(1))],
 ('a01', 'two days later', 1): [Dd(FURLONG['seized'] + td(2))], ('a01', 'a week earlier', 1): [Dd(FURLONG['seized'] - td(7))],
 ('a01', 'Christmas', 1): ['D:2024-12-25'], ('a01', 'the end of the month', 1): end_of(2025, 1), ('a01', 'the week of March 3', 1): week_of(p('2025-03-03')),
 # a02 Brisbane, pub Wed 2026-09-30: Queensland's school year around King's Birthday (southern)
 ('a02', 'Monday 5 October', 1): [Dd(nth_wd(2026, 10, 0, 1))], ('a02', 'Monday', 3): [Dd(QLD_2026['kings_birthday'])],
 ('a02', 'Tuesday 6 October to Friday 11 December', 1): days3(*QLD_TERMS['term4']), ('a02', '19 October to 13 November', 1): days3(*QLD_TERMS['exams']),
 ('a02', 'Saturday 19 December', 1): [Dd(QLD_TERMS['results'])], ('a02', 'the long weekend', 1): [R(QLD_2026['kings_birthday'] - td(2), QLD_2026['kings_birthday']), f"P:D:{QLD_2026['kings_birthday']}"],
 ('a02', 'Wednesday 27 January', 1): [Dd(AU_2027['australia'] + td(1))], ('a02', 'the day after Australia Day', 1): [Dd(AU_2027['australia'] + td(1))],
 ('a02', 'Thursday 25 March', 1): [Dd(E[2027] - td(3))], ('a02', 'Christmas', 1): ['D:2026-12-25'], ('a02', 'the end of the year', 1): ['D:2026-12-31', 'M:2026-12', 'Y:2026'],
 ('a02', '12 August', 1): [Dd(QLD_2026['ekka'])], ('a02', 'the last Friday of term', 1): [Dd(QLD_TERMS['term4'][1])],
 # a03 Darwin, pub Fri 2026-10-16: the cyclone outlook (southern; a season of 1 November to 30 April)
 ('a03', '2026-27', 1): [R(dt.date(2026, 11, 1), mend(2027, 4)), 'RY:2026..2027'], ('a03', '1 November', 1): [Dd(dt.date(2026, CYCLONE_SEASON[1], CYCLONE_SEASON[0]))],
 ('a03', '1 November and 30 April', 1): days3(dt.date(2026, 11, 1), mend(2027, CYCLONE_SEASON[2])), ('a03', 'the end of the month', 1): end_of(2026, 10),
 ('a03', 'Christmas Day 1974', 1): ['D:1974-12-25'], ('a03', 'the season', 1): [R(dt.date(2026, 11, 1), mend(2027, 4))], ('a03', 'the Picnic Day long weekend', 1): [R(NT_2026['picnic'] - td(2), NT_2026['picnic']), f"P:D:{NT_2026['picnic']}"],
 ('a03', 'Monday 26 October to Friday 6 November', 1): days3(p('2026-10-26'), p('2026-11-06')), ('a03', 'mid-2027', 1): ['YIN:2027', 'IN:2027-05-01..2027-08-31'],
 # a04 Adelaide, pub Thu 2025-03-06: a state by-election around Adelaide Cup Day (southern)
 ('a04', 'Saturday 29 March', 1): [Dd(BROWNHILL['polling'])], ('a04', '24 February', 1): [Dd(BROWNHILL['writ'])],
 ('a04', 'Monday 17 March', 1): [Dd(SA_2025['adelaide_cup'] + td(7))], ('a04', 'a week after Adelaide Cup Day', 1): [Dd(nth_wd(2025, 3, 0, 2) + td(7))],
 ('a04', 'Friday 28 March', 1): [Dd(BROWNHILL['polling'] - td(1))], ('a04', 'Thursday 3 April', 1): [Dd(BROWNHILL['polling'] + td(BROWNHILL['postal_days']))],
 ('a04', 'the following week', 1): [Wk(BROWNHILL['polling'] + td(BROWNHILL['postal_days']) + td(7))],
 ('a04', 'the long weekend', 1): [R(SA_2025['adelaide_cup'] - td(2), SA_2025['adelaide_cup']), f"P:D:{SA_2025['adelaide_cup']}"], ('a04', 'Monday', 3): [Dd(SA_2025['adelaide_cup'])],
 ('a04', '21 March 2026', 1): [Dd(sa_election(2026))], ('a04', 'the third Saturday in March', 1): [Dd(sa_election(2026))], ('a04', '23 March', 1): ['D:2025-03-23'],
 # a05 Accra, pub Mon 2025-05-26: the central bank's rate decision (a calendar year)
 ('a05', 'the second half', 1): [months(2025, 7, 2025, 12), 'H:2025-H2'], ('a05', 'July 21 to 25', 1): days3(*GH_MPC['next']),
 ('a05', 'the end of 2026', 1): ['D:2026-12-31', 'M:2026-12', 'Y:2026'], ('a05', 'a week earlier', 1): [Dd(previous(p('2025-05-26'), 4) - td(7))],
 ('a05', 'May 1', 1): [Dd(GH_2025['workers'])], ('a05', 'July 1', 1): [Dd(GH_2025['republic'])],
 # a06 Bengaluru, pub Thu 2025-10-16: an IT firm's second-quarter results (an April-March year)
 ('a06', 'the September quarter', 1): [fq(2026, 2, KAVERI['m1']), 'Q:2025-Q3'], ('a06', 'the December quarter', 1): [fq(2026, 3, KAVERI['m1']), 'Q:2025-Q4'],
 ('a06', 'Q2 FY26', 1): [fq(2026, 2, KAVERI['m1']), 'Q:2025-Q3'], ('a06', 'a year earlier', 1): [fq(2025, 2, KAVERI['m1']), 'Q:2024-Q3'],
 ('a06', 'the June quarter', 1): [fq(2026, 1, KAVERI['m1']), 'Q:2025-Q2'], ('a06', 'the first half of FY26', 1): [fh(2026, 1, KAVERI['m1'])],
 ('a06', 'October 24', 1): [Dd(KAVERI['record'])], ('a06', 'November 12', 1): [Dd(KAVERI['paid'])], ('a06', 'this quarter', 1): [fq(2026, 3, KAVERI['m1']), 'Q:2025-Q4'],
 ('a06', 'the quarter', 1): [fq(2026, 2, KAVERI['m1']), 'Q:2025-Q3'],
 ('a06', 'FY27', 1): [fyR(fy_first(2027, KAVERI['m1']), KAVERI['m1']), 'P:Y:2027'], ('a06', 'FY26', 3): [fyR(fy_first(2026, KAVERI['m1']), KAVERI['m1']), 'P:Y:2026'],
 ('a06', 'FY25', 1): [fyR(fy_first(2025, KAVERI['m1']), KAVERI['m1']), 'P:Y:2025'], ('a06', 'Monday', 1): [Dd(IN_2025['diwali'])],
 ('a06', 'November 1', 1): [Dd(IN_2025['rajyotsava'])], ('a06', 'a Saturday', 1): [Dd(IN_2025['rajyotsava'])],
 ('a06', 'the end of March', 1): end_of(2026, 3), ('a06', 'the last day of the financial year', 1): [Dd(rng_end(fyR(2025, KAVERI['m1'])))],
 # a07 Dar es Salaam, a Sunday paper, pub Sun 2026-07-05: the port's queue, Saba Saba and the trade fair (a July-June year)
 ('a07', 'Thursday', 1): [Dd(DAR_PORT['berth'])], ('a07', 'two days later', 1): [Dd(DAR_PORT['berth'] + td(2))], ('a07', 'July 14 and 16', 1): days3(*DAR_PORT['carriers']),
 ('a07', 'the end of the month', 1): end_of(2026, 7), ('a07', 'Tuesday', 1): [Dd(TZ_2026['saba_saba'])], ('a07', 'June 28', 1): [Dd(DAR_PORT['fair'][0])],
 ('a07', 'July 13', 1): [Dd(DAR_PORT['fair'][1])], ('a07', 'the first half of the year', 1): [months(2026, 1, 2026, 6), 'H:2026-H1'],
 ('a07', 'June 11', 1): [Dd(nth_wd(2026, 6, 3, 2))], ('a07', 'the 2026/27 financial year', 1): [fyR(2026, DAR_PORT['m1']), 'RY:2026..2027'],
 ('a07', 'Wednesday', 1): [Dd(p(fyR(2026, DAR_PORT['m1'])[2:12]))], ('a07', 'the end of next year', 1): ['D:2027-12-31', 'M:2027-12', 'Y:2027'],
 ('a07', 'Nane Nane', 1): [Dd(TZ_2026['nane_nane'])],
 # a08 Cebu City, pub Wed 2026-01-14: the Sinulog week (the Grand Parade on the third Sunday of January)
 ('a08', 'Sunday', 1): [Dd(sinulog(2026))], ('a08', 'Thursday', 1): [Dd(sinulog(2026) - td(10))], ('a08', 'Friday', 1): [Dd(sinulog(2026) - td(2))],
 ('a08', 'Saturday', 1): [Dd(sinulog(2026) - td(1))], ('a08', 'Saturday', 2): [Dd(sinulog(2026) - td(1))], ('a08', 'Monday, Jan. 19', 1): [Dd(sinulog(2026) + td(1))],
 ('a08', 'Jan. 15 to 19', 1): days3(p('2026-01-15'), sinulog(2026) + td(1)), ('a08', 'parade day', 1): [Dd(sinulog(2026))],
 ('a08', 'Jan. 19, 2025', 1): [Dd(sinulog(2025))], ('a08', 'Jan. 17, 2027', 1): [Dd(sinulog(2027))],
 ('a08', 'Friday to Monday', 1): days3(sinulog(2026) - td(2), sinulog(2026) + td(1)), ('a08', 'Feb. 17', 1): [Dd(PH_2026['cny'])],
 ('a08', 'Jan. 20', 1): [Dd(sinulog(2026) + td(2))],
 # a09 Kuala Lumpur, pub Tue 2025-06-17: a flood-pond tender closing after Awal Muharram
 ('a09', 'Monday, June 23', 1): [Dd(DBKL['sale'])], ('a09', 'Thursday, June 26', 1): [Dd(DBKL['briefing'])], ('a09', 'the following day', 1): [Dd(MY_2025['awal_muharram'])],
 ('a09', '10 July 2025', 1): [Dd(DBKL['planned'] + td(7))], ('a09', 'June 2', 1): [Dd(MY_2025['agong'])], ('a09', '3 July', 1): [Dd(DBKL['planned'])],
 ('a09', 'the following month', 1): ['M:2025-04'], ('a09', 'the end of the year', 1): ['D:2025-12-31', 'M:2025-12', 'Y:2025'],
 # a10 Hong Kong, pub Fri 2025-09-26: island ferries over National Day and the Mid-Autumn Festival
 ('a10', 'the week after', 1): [Wk(p('2025-09-29') + td(7))], ('a10', 'Wednesday, October 1', 1): [Dd(HK_2025['national'])],
 ('a10', 'October 7', 1): [Dd(HK_2025['after_mid_autumn'])], ('a10', 'the day following the Mid-Autumn Festival', 1): [Dd(HK_2025['mid_autumn'] + td(1))],
 ('a10', 'Monday, October 6', 1): [Dd(HK_2025['mid_autumn'])], ('a10', 'October 1 to 8', 1): days3(*CN_2025_GOLDEN), ('a10', 'October 29', 1): [Dd(HK_2025['chung_yeung'])],
 ('a10', 'Easter', 1): [Dd(E[2025])], ('a10', 'the first eight months of the year', 1): [months(2025, 1, 2025, 8)], ('a10', 'November 1', 1): [Dd(COUNTY_FERRIES['fare_rise'])],
 ('a10', 'the night of October 6', 1): [Dd(HK_2025['mid_autumn'])],
 # a11 Winnipeg, pub Thu 2026-02-12: a transit strike notice over Louis Riel Day
 ('a11', 'Feb. 20', 1): [Dd(MB_2026['louis_riel'] + td(1) + td(hours=ATU['notice_hours']))], ('a11', 'Friday, Feb. 20', 1): [Dd(MB_2026['louis_riel'] + td(1) + td(hours=ATU['notice_hours']))],
 ('a11', 'winter', 1): north('winter', 2025), ('a11', 'Monday', 1): [Dd(MB_2026['louis_riel'])],
 ('a11', 'Feb. 16 to 20', 1): days3(MB_2026['louis_riel'], MB_2026['louis_riel'] + td(4)), ('a11', 'Feb. 13 to 22', 1): days3(*ATU['festival']),
 ('a11', 'the end of the month', 1): end_of(2026, 2), ('a11', 'Nov. 14, 2019', 1): [Dd(ATU['vote_2019'])], ('a11', 'four days later', 1): [Dd(ATU['vote_2019'] + td(4))],
 # a12 Vancouver, pub Sat 2026-08-01: ferries over the B.C. Day long weekend
 ('a12', 'the B.C. Day long weekend', 1): [R(BC_2026['bc_day'] - td(2), BC_2026['bc_day']), f"P:D:{BC_2026['bc_day']}"], ('a12', 'Monday, Aug. 3', 1): [Dd(BC_2026['bc_day'])],
 ('a12', 'Thursday', 1): [Dd(BCF['extra'][0])], ('a12', 'Tuesday', 1): [Dd(BCF['extra'][1])], ('a12', 'July 24', 1): [Dd(BCF['fault'])], ('a12', 'a week earlier', 1): [Dd(BCF['fault'] - td(7))],
 ('a12', 'the whole weekend', 1): [R(BC_2026['bc_day'] - td(2), BC_2026['bc_day']), f"P:D:{BC_2026['bc_day']}"],
 ('a12', 'Sept. 7', 1): [Dd(BC_2026['labour'])], ('a12', 'the following day', 1): [Dd(BC_2026['labour'] + td(1))],
 ('a12', 'Thanksgiving weekend', 1): [R(BC_2026['thanksgiving'] - td(2), BC_2026['thanksgiving']), f"P:D:{BC_2026['thanksgiving']}"],
 ('a12', 'April 1', 1): [Dd(p(fyR(2026, BCF['m1'])[2:12]))], ('a12', 'the start of its fiscal year', 1): [Dd(p(fyR(2026, BCF['m1'])[2:12]))],
 # a13 Kingston, pub Mon 2025-03-24: the schools' athletics championships before Easter
 ('a13', 'tomorrow', 1): [Dd(CHAMPS['days'][0])], ('a13', 'the first day', 1): [Dd(CHAMPS['days'][0])], ('a13', 'Friday', 1): [Dd(CHAMPS['days'][1] - td(1))],
 ('a13', 'Saturday', 2): [Dd(CHAMPS['days'][1])], ('a13', 'the final day', 1): [Dd(CHAMPS['days'][1])], ('a13', 'Thursday', 1): [Dd(CHAMPS['tickets'])],
 ('a13', 'Ash Wednesday', 1): [Dd(JM_2025['ash_wednesday'])], ('a13', 'the Easter weekend', 1): [R(JM_2025['good_friday'], JM_2025['easter_monday']), f'P:D:{E[2025]}'],
 ('a13', 'April 24 to 26', 1): days3(last_wd(2025, 4, 3), last_wd(2025, 4, 3) + td(2)), ('a13', 'Friday, April 11', 1): [Dd(CHAMPS['school_close'])],
 ('a13', 'the Easter holiday', 1): holidays_R(CHAMPS['school_close'] + td(1), JM_2025['easter_monday'] + td(6)),
 ('a13', 'April 28', 1): [Dd(JM_2025['easter_monday'] + td(7))], ('a13', 'a week after Easter Monday', 1): [Dd(JM_2025['easter_monday'] + td(7))],
 # a14 Dubai, pub Wed 2026-03-18: the Eid Al Fitr holiday (1 Shawwal 1447)
 ('a14', 'Thursday, March 19', 1): [Dd(AE_2026['eid_off'][0])], ('a14', 'Sunday, March 22', 1): [Dd(AE_2026['eid_off'][1])], ('a14', 'Monday, March 23', 1): [Dd(AE_2026['eid_off'][1] + td(1))],
 ('a14', 'Friday, March 20', 1): [Dd(HIJRI_1447['shawwal1'])], ('a14', 'February 18', 1): [Dd(HIJRI_1447['ramadan1'])], ('a14', 'March 16 to 29', 1): days3(*AE_SPRING_BREAK), ('a14', 'the school spring holiday', 1): holidays_R(*AE_SPRING_BREAK),
 ('a14', 'Sunday', 2): [Dd(AE_2026['eid_off'][1])], ('a14', 'the end of the holiday', 1): [Dd(AE_2026['eid_off'][1])], ('a14', 'Friday', 2): [Dd(AE_2026['eid'])],
 ('a14', 'May 26', 1): [Dd(AE_2026['arafat'])],
 # a15 Valletta, pub Mon 2026-06-08: a holiday on a Sunday added to workers' leave
 ('a15', 'Sunday', 1): [Dd([d for d in MT_2026 if d.weekday() >= 5][0])], ('a15', 'Saturday 15 August', 1): [Dd([d for d in MT_2026 if d.weekday() >= 5][1])],
 ('a15', 'Sunday 13 December', 1): [Dd([d for d in MT_2026 if d.weekday() >= 5][2])], ('a15', '21 September', 1): [Dd(MT_2025['independence'])],
 ('a15', '7 June 1919', 1): ['D:1919-06-07'], ('a15', 'the end of the year', 1): ['D:2026-12-31', 'M:2026-12', 'Y:2026'],
 ('a15', 'Monday 29 June', 1): [Dd(MT_2026[7])], ('a15', 'a long weekend', 1): [R(MT_2026[7] - td(2), MT_2026[7]), f'P:D:{MT_2026[7]}'], ('a15', 'Saturday 27 June', 1): [Dd(MT_2026[7] - td(2))],
 ('a15', 'Monday 15 June', 1): [Dd(GOZO['summer'])], ('a15', '30 September', 1): [Dd(GOZO['nights_until'])], ('a15', '31 March', 1): [Dd(MT_2026[3])],
 ('a15', 'three days later', 1): [Dd(MT_2026[3] + td(3))],
 # a16 Colombo, pub Fri 2025-04-11: the tea auction moved by the Sinhala and Tamil New Year
 ('a16', 'Wednesday', 1): [Dd(LK_2025['new_year'] + td(2))], ('a16', 'Thursday', 1): [Dd(LK_2025['new_year'] + td(3))], ('a16', 'Saturday', 1): [Dd(LK_2025['bak_poya'])],
 ('a16', 'the day before the New Year', 1): [Dd(LK_2025['new_year_eve'])], ('a16', 'Sunday', 1): [Dd(LK_2025['new_year_eve'])], ('a16', 'Monday', 1): [Dd(LK_2025['new_year'])],
 ('a16', 'April 18', 1): [Dd(LK_2025['good_friday'])], ('a16', 'April 22 and 23', 1): days3(CTA['this_sale'][0] + td(14), CTA['this_sale'][1] + td(14)),
 ('a16', 'Tuesday', 2): [Dd(CTA['this_sale'][0])], ('a16', 'Wednesday', 3): [Dd(CTA['this_sale'][1])],
 ('a16', 'the first quarter', 1): Q(2025, 1)[::-1], ('a16', 'a year earlier', 1): Q(2024, 1)[::-1], ('a16', 'May 12', 1): [Dd(LK_2025['vesak'])],
 ('a16', 'the following day', 1): [Dd(LK_2025['vesak_after'])], ('a16', 'April 25', 1): [Dd(CTA['figures'])],
 ('a16', 'the New Year weekend', 1): [R(LK_2025['bak_poya'], LK_2025['new_year']), f"P:D:{LK_2025['new_year']}"],
 # a17 Nyeri, pub Sat 2025-11-22: a parliamentary by-election (a July-June year)
 ('a17', 'Thursday', 1): [Dd(KABUTHI['polling'])], ('a17', 'October 6', 1): [Dd(KABUTHI['timetable'])], ('a17', 'Tuesday', 1): [Dd(KABUTHI['polling'] - td(2))],
 ('a17', '4 December', 1): [Dd(KABUTHI['polling'] + td(7))], ('a17', 'November 15', 1): [Dd(KABUTHI['clash'])], ('a17', 'a week earlier', 1): [Dd(KABUTHI['clash'] - td(7))],
 ('a17', 'August 10, 2027', 1): [Dd(ke_election(2027))], ('a17', 'the second Tuesday of August', 1): [Dd(ke_election(2027))], ('a17', 'Jamhuri Day', 1): [Dd(KE_2025['jamhuri'])],
 ('a17', 'the 2025/26 financial year', 1): [fyR(2025, KABUTHI['m1']), 'RY:2025..2026'], ('a17', 'Wednesday', 2): [Dd(KABUTHI['polling'] - td(1))],
 ('a17', 'Monday, December 1', 1): [Dd(KABUTHI['reopen'])],
 # a18 Sydney, pub Tue 2026-01-20: a rail overtime ban over Australia Day (southern)
 ('a18', 'Australia Day', 1): [Dd(NSW_2026['australia'])], ('a18', 'the summer', 1): south('summer', 2025), ('a18', 'Monday', 1): [Dd(NSW_2026['australia'])],
 ('a18', 'Christmas', 1): ['D:2025-12-25'], ("a18", "New Year's Eve", 1): ['D:2025-12-31'], ('a18', 'early 2023', 1): ['YIN:2023', 'IN:2023-01-01..2023-04-30'],
 ('a18', 'Saturday 31 January and Sunday 1 February', 1): days3(RTBU['trackwork'], RTBU['trackwork'] + td(1)),
 ('a18', 'the first week of February', 1): nth_week(2026, 2, 1), ('a18', 'a year earlier', 1): ['M:2024-12'], ('a18', '2 February', 1): [Dd(RTBU['vote'])],
 ('a18', 'the last weekend', 1): [wknd(RTBU['trackwork'])],
 # a19 Perth, pub Thu 2026-02-19: a miner's half-year results (a July-June year; southern)
 ('a19', 'the six months to 31 December', 1): [fh(2026, 1, PILBARA['m1']), 'H:2025-H2'], ('a19', 'a year earlier', 1): [fh(2025, 1, PILBARA['m1']), 'H:2024-H2'],
 ('a19', 'FY26', 1): [fyR(fy_first(2026, PILBARA['m1']), PILBARA['m1']), 'P:Y:2026'], ('a19', 'FY25', 1): [fyR(fy_first(2025, PILBARA['m1']), PILBARA['m1']), 'P:Y:2025'],
 ('a19', '26 March', 1): [Dd(PILBARA['paid'])], ('a19', '5 March', 1): [Dd(PILBARA['record'])], ('a19', 'the day before', 1): [Dd(prev_business(PILBARA['record'] - td(1)))],
 ('a19', 'Monday 2 March', 1): [Dd(WA_2026['labour'])], ('a19', 'the June half', 1): [fh(2026, 2, PILBARA['m1']), 'H:2026-H1'],
 ('a19', 'the March quarter', 1): Q(2026, 1)[::-1],
 # a20 Kochi, pub Tue 2026-05-26: the monsoon's onset over Kerala
 ('a20', 'June 1', 1): [Dd(dt.date(2026, *MONSOON['normal']))], ('a20', 'May 24', 1): [Dd(MONSOON['onset_2025'])], ('a20', 'June 8', 1): [Dd(MONSOON['onset_2023'])],
 ('a20', 'June to September', 1): mrange(2026, 6, 2026, 9), ('a20', 'June 9 to July 31', 1): days3(*MONSOON['ban']), ('a20', 'June 2', 1): [Dd(MONSOON['schools'])],
 ('a20', 'April 9', 1): [Dd(KL_2026['election'])], ('a20', 'Wednesday', 1): [Dd(KL_2026['bakrid'])], ('a20', 'Wednesday', 2): [Dd(KL_2026['bakrid'])],
 # a21 Gaborone, pub Sat 2025-07-19: President's Day and a diamond sales cycle (an April-March year; southern)
 ('a21', 'Monday', 1): [Dd(BW_2025['president'][0])], ('a21', 'Tuesday', 1): [Dd(BW_2025['president'][1])], ('a21', '1 July', 1): [Dd(BW_2025['khama'])],
 ('a21', '28 July to 1 August', 1): days3(*OKAVANGO['cycle']), ('a21', 'the holiday', 1): [R(BW_2025['president'][0] - td(2), BW_2025['president'][1]), f"P:D:{BW_2025['president'][0]}"],
 ('a21', 'the first five months of the year', 1): [months(2025, 1, 2025, 5)], ('a21', 'the first quarter of the financial year', 1): [fq(2026, 1, OKAVANGO['m1']), 'Q:2025-Q2'],
 ('a21', '2025/26', 1): [fyR(2025, OKAVANGO['m1']), 'RY:2025..2026'], ('a21', '1 April', 1): [Dd(p(fyR(2025, OKAVANGO['m1'])[2:12]))],
 ('a21', 'the end of the year', 1): ['D:2025-12-31', 'M:2025-12', 'Y:2025'], ('a21', '30 September', 1): [Dd(BW_2025['botswana'][0])],
 ('a21', 'the day after', 1): [Dd(BW_2025['botswana'][1])], ('a21', 'a Tuesday', 1): [Dd(BW_2025['botswana'][0])], ('a21', 'a Wednesday', 1): [Dd(BW_2025['botswana'][1])],
 ('a21', 'the long weekend', 1): [R(BW_2025['president'][0] - td(2), BW_2025['president'][1]), f"P:D:{BW_2025['president'][0]}"],
 # a22 Galway, pub Wed 2026-07-22: the Galway Races (the last Monday of July to the Sunday before the August bank holiday)
 ('a22', 'Monday', 1): [Dd(BALLYBRIT['opening'])], ('a22', 'Sunday 2 August', 1): [Dd(BALLYBRIT['opening'] + td(6))],
 ('a22', 'the day before the August bank holiday', 1): [Dd(IE_2026['august'] - td(1))], ('a22', 'Wednesday 29 July', 1): [Dd(BALLYBRIT['opening'] + td(2))],
 ('a22', 'the following day', 1): [Dd(BALLYBRIT['opening'] + td(3))], ('a22', 'Thursday 30 July', 1): [Dd(BALLYBRIT['opening'] + td(3))],
 ('a22', 'the June bank holiday', 1): [Dd(IE_2026['june'])], ('a22', 'Friday 31 July', 1): [Dd(BALLYBRIT['opening'] + td(4))], ('a22', 'Saturday 1 August', 1): [Dd(BALLYBRIT['opening'] + td(5))],
 ('a22', 'the October bank holiday weekend', 1): [R(IE_2025['october'] - td(2), IE_2025['october']), f"P:D:{IE_2025['october']}"],
 # a23 St. John's, pub Mon 2025-08-04: the Royal St. John's Regatta (the first Wednesday in August, weather permitting)
 ('a23', 'Wednesday', 1): [Dd(REGATTA['day'])], ('a23', 'the first Wednesday in August', 1): [Dd(nth_wd(2025, 8, 2, 1))], ('a23', 'Regatta Day', 1): [Dd(REGATTA['day'])],
 ('a23', 'the rest of the month', 1): [f'IN:2025-08-04..{mend(2025, 8)}', 'M:2025-08'], ('a23', 'the following Monday', 1): [Dd(coming(p('2025-08-08'), 0))],
 ('a23', 'July 1', 1): [Dd(NL_2025['memorial'])],
 # a24 Nassau, pub Mon 2026-12-28: Junkanoo after a Boxing Day on a Saturday
 ('a24', 'Wednesday', 1): [Dd(JUNKANOO['results'])], ('a24', 'Saturday', 1): [Dd(BS_2026['boxing'])], ('a24', 'today', 1): [Dd(BS_2026['boxing_obs'])],
 ('a24', 'Saturday', 2): [Dd(BS_2026['boxing'])], ('a24', 'Friday', 1): [Dd(BS_2027['new_year'])], ('a24', 'the 18th century', 1): century(18),
 ('a24', 'Jan. 10', 1): [Dd(BS_2027['majority_rule'])], ('a24', 'a Sunday', 1): [Dd(BS_2027['majority_rule'])], ('a24', 'Monday, Jan. 11', 1): [Dd(BS_2027['majority_rule_obs'])],
 ('a24', 'the new year', 1): ['Y:2027'],
 # a25 Doha, pub Mon 2026-02-09: National Sport Day (the second Tuesday of February)
 ('a25', 'tomorrow', 1): [Dd(QA_2026['sport'])], ('a25', 'the second Tuesday of February', 1): [Dd(nth_wd(2026, 2, 1, 2))],
 ('a25', 'Nov. 20 to Dec. 18, 2022', 1): days3(*ASPIRE['wc']), ('a25', 'late 2027', 1): ['YIN:2027', 'IN:2027-09-01..2027-12-31'],
 ('a25', 'Wednesday', 2): [Dd(ASPIRE['volleyball'])], ('a25', 'the following day', 1): [Dd(ASPIRE['volleyball'] + td(1))], ('a25', 'February 18', 1): [Dd(HIJRI_1447['ramadan1'])],
 ('a25', 'December 18', 1): [Dd(QA_2026['national'])],
}
# months and parts of months named without a year: 'past' is the latest such month not after the publication month,
# 'future' the earliest not before it
MONTH_TENSE = {
 ('a01', 'November', 1): 'past', ('a01', 'October', 1): 'past',
 ('a02', 'March', 2): 'past', ('a02', 'January', 2): 'future',
 ('a03', 'December', 1): 'future', ('a03', 'early December', 1): 'past', ('a03', 'January', 1): 'future',
 ('a05', 'April', 1): 'past', ('a05', 'March', 1): 'past', ('a05', 'July', 2): 'future', ('a05', 'early May', 1): 'past', ('a05', 'late July', 1): 'future',
 ('a06', 'December', 2): 'future',
 ('a07', 'June', 1): 'past', ('a07', 'late May', 1): 'past', ('a07', 'August', 1): 'future',
 ('a08', 'December', 1): 'past',
 ('a09', 'October', 1): 'past', ('a09', 'March', 1): 'past', ('a09', 'September', 1): 'future', ('a09', 'late April', 1): 'past',
 ('a10', 'December', 1): 'future',
 ('a11', 'January', 1): 'past',
 ('a13', 'September', 2): 'future',
 ('a14', 'late May', 1): 'future',
 ('a16', 'October', 1): 'past', ('a16', 'March', 1): 'past', ('a16', 'July', 1): 'future',
 ('a17', 'August', 1): 'past',
 ('a18', 'December', 1): 'past',
 ('a19', 'late January', 1): 'past', ('a19', 'April', 1): 'future', ('a19', 'late April', 1): 'future', ('a19', 'November', 1): 'past',
 ('a20', 'May', 3): 'past', ('a20', 'April', 2): 'past', ('a20', 'late August', 1): 'future',
 ('a21', 'June', 1): 'past', ('a21', 'February', 1): 'past', ('a21', 'August', 2): 'future',
 ('a22', 'May', 1): 'past',
 ('a23', 'July', 1): 'past',
 ('a24', 'July', 1): 'past',
 ('a25', 'March', 1): 'future',
}
# bare weekdays outside CALC, by the tense of the verb that governs them (p24): 'past' ('said on Thursday', 'arrived on
# Wednesday'), 'future' ('will close on Monday', 'is due on Friday'), 'today'; each was set from its clause before the check ran
WEEKDAY_TENSE = {
 ('a01', 'Monday', 1): 'past', ('a01', 'Monday', 2): 'past', ('a01', 'Friday', 1): 'future',
 ('a02', 'Sunday', 1): 'future', ('a02', 'Tuesday', 3): 'past',
 ('a03', 'Thursday', 1): 'past', ('a03', 'Thursday', 2): 'past',
 ('a04', 'Monday', 1): 'past', ('a04', 'Tuesday', 1): 'past', ('a04', 'Wednesday', 1): 'past',
 ('a05', 'Friday', 1): 'past', ('a05', 'Tuesday', 1): 'past', ('a05', 'Friday', 2): 'past', ('a05', 'Friday', 4): 'future', ('a05', 'Wednesday', 1): 'future',
 ('a06', 'Wednesday', 1): 'past', ('a06', 'Wednesday', 2): 'past',
 ('a07', 'Friday', 1): 'past', ('a07', 'Monday', 1): 'past',
 ('a08', 'Tuesday', 1): 'past',
 ('a09', 'Friday', 1): 'past',
 ('a10', 'Thursday', 1): 'past',
 ('a11', 'Tuesday', 1): 'past', ('a11', 'Wednesday', 1): 'past', ('a11', 'Sunday', 1): 'past', ('a11', 'Friday', 2): 'future',
 ('a12', 'Wednesday', 1): 'past', ('a12', 'Thursday', 2): 'past',
 ('a13', 'Saturday', 1): 'future', ('a13', 'Saturday', 3): 'past', ('a13', 'Saturday', 4): 'future',
 ('a14', 'Tuesday', 1): 'past', ('a14', 'Monday', 2): 'past',
 ('a15', 'Friday', 1): 'past', ('a15', 'Saturday', 3): 'past',
 ('a16', 'Thursday', 2): 'past',
 ('a17', 'Friday', 1): 'past', ('a17', 'Wednesday', 1): 'past',
 ('a18', 'Thursday', 1): 'future', ('a18', 'Saturday', 1): 'future', ('a18', 'Sunday', 1): 'future', ('a18', 'Wednesday', 1): 'future', ('a18', 'Monday', 2): 'past',
 ('a19', 'Wednesday', 1): 'past', ('a19', 'Wednesday', 2): 'past',
 ('a20', 'Thursday', 1): 'future', ('a20', 'Monday', 1): 'past', ('a20', 'Monday', 2): 'past',
 ('a21', 'Thursday', 1): 'past', ('a21', 'Friday', 1): 'past', ('a21', 'Wednesday', 2): 'future',
 ('a22', 'Tuesday', 1): 'past', ('a22', 'Sunday', 2): 'future', ('a22', 'Saturday', 2): 'future',
 ('a23', 'Sunday', 1): 'past', ('a23', 'Saturday', 1): 'past', ('a23', 'Friday', 1): 'future',
 ('a24', 'Sunday', 1): 'past', ('a24', 'Tuesday', 1): 'future', ('a24', 'Thursday', 1): 'future',
 ('a25', 'Sunday', 1): 'past', ('a25', 'Wednesday', 1): 'future', ('a25', 'Thursday', 1): 'future', ('a25', 'Sunday', 2): 'past', ('a25', 'Friday', 1): 'future',
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
    simple.update({'the rest of the month': [f'IN:{ref}..{mend(ref.year, ref.month)}', f'M:{ref:%Y-%m}']})   # p24: as 'later this month'
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

# ---- 8b. bare weekdays outside CALC by the verb's tense (WEEKDAY_TENSE, p24): 'past' is the latest such weekday before the
#      day the story (or SPEAKER) dates the clause from, 'future' the nearest after it, 'today' that day itself
for d in docs:
    for span, occ, alts in gold.G[d]:
        m = re.fullmatch(r"(?:[Tt]he |on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?", span)
        if not m or (d, span, occ) in CALC: continue
        t = WEEKDAY_TENSE.get((d, span, occ))
        if not t: err(d, repr(span), occ, 'a bare weekday in neither WEEKDAY_TENSE nor CALC'); continue
        ref = SPEAKER.get((d, span, occ), pubs[d]); wd = W.index(m.group(1))
        want = ref if t == 'today' else previous(ref, wd) if t == 'past' else coming(ref, wd)
        if alts != [Dd(want)]: err(d, repr(span), occ, 'weekday by tense', t, alts, 'computed', Dd(want))
        cover((d, span, occ), 'weekday tense')
for k in WEEKDAY_TENSE:
    if not any(it[0] == k[1] and it[1] == k[2] for it in gold.G.get(k[0], [])): err('WEEKDAY_TENSE item not in gold', k)

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
