# Checks gold.py against the built articles (p21's, adapted from p20's verify.py: p20's tables, CALC, MONTH_TENSE,
# SOUTH, SUNDAY_PAPERS and SPEAKER are replaced by p21's; p21 adds day-first dashed dates ('05-01-2026'), Canadian
# bilingual best-before codes ('2026 AL 15'), a year after a comma in day-first dates ('9th December, 2025'), 'nine'
# and its kin to the number words, FOCUS (a relative form read from the narrative's focus, not publication), and the
# weekday exception for 'the day after Whit Monday' and 'the day before Good Friday', whose weekday names the anchor):
# gold.py loads; every reading parses with p4's scorer and none repeats; every G, N and X span occurs in its article
# and none overlap; weekdays named in a span (full or abbreviated) agree with its D: readings (or R: ends); month/day
# and year agree with the span for month-first ('Sept. 20, 2021', 'Nov. 8-9', 'July 29 to Aug. 31'), day-first
# ('Tuesday, 11th February, 2025', '19 to 27 September', '21 November to 5 December'), ordinal ('the 2nd of January'),
# dashed day-first ('22-12-2025') and best-before ('2026 MR 28') dates, and a day named without its year more than a
# year from publication must be in CALC; plain years, decades, year ranges, halves and months with a year agree with
# their readings; months without a year by the verb's tense (MONTH_TENSE); the relative forms are recomputed with
# datetime from the publication day or, for the quoted ones and those read from the narrative's focus, from the day
# SPEAKER or FOCUS gives; bare weekdays must lie within six days of publication (a table with their context is
# printed); a table (CALC) recomputes every holiday, counted day, fiscal period, term, sitting, season, decade and
# other derived reading from rules and tables and must equal the gold's readings exactly (order included); every G
# item must be covered by at least one of these checks; bodies are 260-320 words; publication dates are distinct, lie
# in 2025-01 .. 2026-12, cover every month and weekday, the datelines name the publication day and are each story's
# first item, and the two Sunday papers fall on Sundays; words that often mark dates but lie outside every span are
# printed to eyeball; then a synthetic run through p4's scorer (the one score.py runs) gives every item its first
# reading and must score 100%; a second run also claims every N and X span and must count the N claims neither way
# and every X claim as a precision error; every reading (P: ones included) must be accepted for a claim of exactly
# its own interval (P: ones counted right for precision but earning no value recall); perturbed runs (every value a
# year late, a tenth of the claims dropped, a claim on every decoy, every value a day late) must lose exactly what they
# should; score.py itself must give 100% on the perfect run and run on an empty claims file; src/tiny_out.json must
# score as one right claim, two wrong values, one decoy and one neutral.
# Run from anywhere after build.py:  python3 src/verify.py
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
SOUTH = {'a02', 'a10', 'a19'}          # Hobart, Wellington, Auckland: southern seasons (R: plus the northern label)
SUNDAY_PAPERS = {'a11', 'a19'}         # Halifax and Auckland Sunday papers
# quoted relative forms dated by the day (or month) the story says they were said, not by publication
SPEAKER = {('a03', 'next month', 1): p('2025-10-23'),                                          # said at the sitting of 23rd October
           ('a04', 'Next week', 1): p('2026-07-31'),                                           # said on Friday
           ('a05', 'Tomorrow', 1): p('2025-05-13'),                                            # said on Tuesday
           ('a06', 'the weekend', 1): p('2025-07-10'),                                         # said on Thursday
           ('a07', 'Next week', 1): p('2026-09-10'),                                           # said last Thursday
           ('a08', 'Next month', 1): p('2025-11-27'),                                          # said on 27 November
           ('a09', 'tomorrow', 1): p('2026-03-09'), ('a09', 'next week', 1): p('2026-03-09'),  # said on Monday
           ('a10', 'The day after tomorrow', 1): p('2026-05-27'),                              # said on Wednesday
           ('a11', 'Tomorrow', 1): p('2025-04-11'),                                            # said on Friday
           ('a12', 'Next week', 1): p('2026-03-22'),                                           # said on Sunday
           ('a13', 'Friday week', 1): p('2025-04-17'),                                         # said on Thursday
           ('a15', 'Tomorrow', 1): p('2026-06-04'),                                            # said yesterday
           ('a16', 'The weekend after next', 1): p('2026-10-24'),                              # said on Saturday
           ('a17', 'Next week', 1): p('2026-02-06'),                                           # said last Friday
           ('a18', 'The day after tomorrow', 1): p('2025-10-22'),                              # said on Wednesday
           ('a19', 'Yesterday', 1): p('2026-01-30'),                                           # said on Friday
           ('a20', 'This week', 1): p('2026-05-21'),                                           # said last Thursday
           ('a21', 'Monday week', 1): p('2025-12-13'),                                         # said on Saturday
           ('a22', 'the day after tomorrow', 1): p('2026-01-14'),                              # said on Wednesday
           ('a23', 'The weekend', 1): p('2026-02-19'),                                         # said on Thursday
           ('a24', 'the day after tomorrow', 1): p('2025-09-29'),                              # said on Monday
           ('a25', 'This week', 1): p('2025-06-07')}                                           # said on Saturday
# relative forms read from the narrative's focus (a day the story has just named), not from publication: none of p21's
# simple relative forms is; its anaphoric days ('two days later', 'the following Tuesday', 'a week after that') are in CALC
FOCUS = {}
# CALC-dated quoted or anchored forms said on other days: a02 'the end of next month' (10 September), a10 'early next
# week' (Wednesday), a22 'Holy Week' (Wednesday), a24 'two days later' (Monday's quote, after 'the day after tomorrow')
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
# ---- tables checked when the probe was written, with holidays 0.109 and lunardate 0.3.0 installed in a scratch
#      virtualenv outside this folder (/tmp/probes/venv), which verify.py does not need (its tables hold their answers).
#      Days a story fixes itself (tenders, voyages, hearings, terms, fixtures, schedules, dividends) come from the story.
SG_2026 = dict(national=p('2026-08-09'), national_obs=p('2026-08-10'), deepavali=p('2026-11-08'), deepavali_obs=p('2026-11-09'),
               cny=(p('2026-02-17'), p('2026-02-18')), good_friday=p('2026-04-03'))                           # holidays SG
TH_2026 = dict(makha=p('2026-03-03'), chakri=p('2026-04-06'), songkran=(p('2026-04-13'), p('2026-04-15')),
               visakha=p('2026-05-31'), visakha_lieu=p('2026-06-01'))                                           # holidays TH
TH_2025 = dict(songkran=(p('2025-04-13'), p('2025-04-15')), songkran_lieu=p('2025-04-16'))                      # holidays TH
NL_2025 = dict(kings=p('2025-04-26'), easter_monday=p('2025-04-21'), liberation=p('2025-05-05'))                # holidays NL
ZA_2026 = dict(human_rights=p('2026-03-21'), good_friday=p('2026-04-03'), family=p('2026-04-06'), heritage=p('2026-09-24'),
               lge=p('2026-11-04'), reconciliation=p('2026-12-16'))                                             # holidays ZA
NZ_2026 = dict(good_friday=p('2026-04-03'), anzac=p('2026-04-25'), anzac_obs=p('2026-04-27'), kings=p('2026-06-01'),
               matariki=p('2026-07-10'), waitangi=p('2026-02-06'), auckland=p('2026-01-26'))                    # holidays NZ, NZ-AUK
NZ_2027 = dict(waitangi_obs=p('2027-02-08'))                                                                    # holidays NZ
BR_RJ_2026 = dict(carnival=p('2026-02-17'), tiradentes=p('2026-04-21'), st_george=p('2026-04-23'))             # holidays BR-RJ
MX_2025 = dict(independence=p('2025-09-16'), revolution=p('2025-11-17'))                                        # holidays MX
CA_2025 = dict(good_friday=p('2025-04-18'))                                                                     # holidays CA-NS
US_2026 = dict(memorial=p('2026-05-25'), juneteenth=p('2026-06-19'), july4_obs=p('2026-07-03'), ny2027=p('2027-01-01'))   # holidays US
NO_2026 = dict(ascension=p('2026-05-14'), constitution=p('2026-05-17'), whitsun=p('2026-05-24'), whit_monday=p('2026-05-25'))   # holidays NO
DK_2025 = dict(ascension=p('2025-05-29'), whit_monday=p('2025-06-09'))                                          # holidays DK
IN_DIWALI = {2025: p('2025-10-20'), 2026: p('2026-11-08')}; IN_REPUBLIC = {2026: p('2026-01-26')}               # holidays IN
GB_2026 = dict(spring_bh=p('2026-05-25'))                                                                       # holidays GB-ENG
GB_WLS_2025 = dict(christmas=p('2025-12-25'), boxing=p('2025-12-26'), new_year=p('2026-01-01'))                # holidays GB-WLS
GR_2026 = dict(clean_monday=p('2026-02-23'), independence=p('2026-03-25'), good_friday=p('2026-04-10'), easter_monday=p('2026-04-13'),
               holy_spirit=p('2026-06-01'))                                                                     # holidays GR
TW_2025 = dict(teachers=p('2025-09-28'), teachers_obs=p('2025-09-29'), mid_autumn=p('2025-10-06'), national=p('2025-10-10'),
               retrocession=p('2025-10-25'), retrocession_obs=p('2025-10-24'))                                  # holidays TW
PT_LX_2025 = dict(portugal=p('2025-06-10'), santo_antonio=p('2025-06-13'), corpus=p('2025-06-19'))              # holidays PT-11
NG_INDEPENDENCE = lambda y: dt.date(y, 10, 1)                                                                   # holidays NG (National Day)
CNY = {2026: p('2026-02-17')}                                                                                    # lunardate
E = {y: easter(y) for y in (2024, 2025, 2026)}
OE = {2026: orthodox_easter(2026)}
REGATTA = lambda y: nth_wd(y, 2, 0, 2)                   # Royal Hobart Regatta: the second Monday of February
REMEMBRANCE_SUNDAY = lambda y: nth_wd(y, 11, 6, 2)       # the second Sunday of November
BLACK_FRIDAY = lambda y: nth_wd(y, 11, 3, 4) + td(1)     # the day after the fourth Thursday of November
assert E[2025] == p('2025-04-20') and E[2026] == p('2026-04-05') and OE[2026] == p('2026-04-12')
assert GR_2026['clean_monday'] == OE[2026] - td(48) and GR_2026['holy_spirit'] == OE[2026] + td(50) and GR_2026['good_friday'] == OE[2026] - td(2)
assert NO_2026['ascension'] == E[2026] + td(39) and NO_2026['whit_monday'] == E[2026] + td(50) and DK_2025['whit_monday'] == E[2025] + td(50)
assert PT_LX_2025['corpus'] == E[2025] + td(60) and BR_RJ_2026['carnival'] == E[2026] - td(47) and DK_2025['ascension'] == E[2025] + td(39)
assert NZ_2026['anzac_obs'] == observed_nz(NZ_2026['anzac']) and NZ_2027['waitangi_obs'] == observed_nz(dt.date(2027, 2, 6)) and NZ_2026['kings'] == nth_wd(2026, 6, 0, 1)
assert NZ_2026['auckland'] == nearest_monday(dt.date(2026, 1, 29)) and TW_2025['retrocession_obs'] == observed_tw(TW_2025['retrocession']) and TW_2025['teachers_obs'] == observed_tw(TW_2025['teachers'])
assert SG_2026['national_obs'] == observed_sun_mon(SG_2026['national']) and SG_2026['deepavali_obs'] == observed_sun_mon(SG_2026['deepavali']) and SG_2026['deepavali'] == IN_DIWALI[2026]
assert NL_2025['kings'] == nl_kings_day(2025) and MX_2025['revolution'] == nth_wd(2025, 11, 0, 3) and US_2026['memorial'] == last_wd(2026, 5, 0)
assert US_2026['july4_obs'] == dt.date(2026, 7, 4) - td(1) and TH_2026['visakha_lieu'] == observed_sun_mon(TH_2026['visakha']) and SG_2026['cny'][0] == CNY[2026]
assert ZA_2026['family'] == E[2026] + td(1) and ZA_2026['good_friday'] == E[2026] - td(2) and GB_2026['spring_bh'] == last_wd(2026, 5, 0)

# ---- the stories' own calendars (as each story gives them), and public dates recalled by the writer
KE_TENDER = dict(advert=p('2024-12-03'), old_close=p('2025-01-28'), close=p('2025-02-11'), reopened=p('2025-01-02'))   # a01
AURORA = dict(v1=p('2025-10-21'), v1_back=p('2025-11-20'), v2_back=p('2026-01-02'), v3=(p('2026-01-07'), p('2026-02-13')), briefing=p('2025-09-10'))   # a02
ABJ = dict(sitting=p('2025-11-18'), adjourned=p('2025-12-09'), last=p('2025-10-23'), vacation=(p('2025-12-15'), p('2026-01-11')))   # a03
KVU = dict(orientation=(p('2026-08-05'), p('2026-08-08')), ay_end=p('2027-05-07'), recess=(p('2026-09-19'), p('2026-09-27')),
           sem2_2026=(p('2026-01-12'), p('2026-05-08')))                                                        # a04
NVB = dict(first_patient=p('2023-03-14'), fy_start_month=5)                                                     # a05: a fiscal year from 1 May
TLP = dict(opener=p('2025-07-12'), leagues_cup=(p('2025-07-29'), p('2025-08-31')))                              # a06
ZA_NA = dict(mtbps=p('2026-10-21'), constituency_end=p('2026-11-08'), adjourn=p('2026-12-04'), lge_2021=p('2021-11-01'))   # a07
RECALL = dict(found=p('2026-03-05'))                                                                            # a09
WLG = dict(last_warning=p('2026-05-14'), school_hols=(p('2026-07-04'), p('2026-07-19')))                        # a10
CA_VOTE = dict(writ=p('2025-03-23'), election=p('2025-04-28'), ns_2024=p('2024-11-26'), fed_2021=p('2021-09-20'))   # a11
SHAKA = dict(fy_end={2024: last_sun(2024, 6), 2025: last_sun(2025, 6), 2026: last_sun(2026, 6), 2027: last_sun(2027, 6)}, record=p('2026-03-27'))   # a14
FJORDLYS = dict(grounding=p('2026-05-14'), inspection=p('2026-03-02'))                                          # a15
AKL_TERMS = dict(t1=(p('2026-02-03'), p('2026-04-02')), t2=(p('2026-04-20'), p('2026-07-03')), lantern=(p('2026-02-27'), p('2026-03-01')))   # a19
DMRC = dict(close=p('2026-01-05'), prebid=p('2025-12-22'))                                                      # a21
def sittings(y):   # the High Court's sittings (as the writer recalls the rule): Hilary from 11 January to the Wednesday
    #                before Easter, Easter from the second Tuesday after Easter Sunday to the Friday before the spring bank holiday,
    #                Trinity from the second Tuesday after it to 31 July, Michaelmas from 1 October to 21 December
    e = easter(y); sbh = last_wd(y, 5, 0)
    return dict(hilary=(dt.date(y, 1, 11), e - td(4)), easter=(e + td(9), sbh - td(3)), trinity=(sbh + td(8), dt.date(y, 7, 31)),
                long_vac=(dt.date(y, 8, 1), dt.date(y, 9, 30)), michaelmas=(dt.date(y, 10, 1), dt.date(y, 12, 21)))
LAW26 = sittings(2026)
CALC = {
 # a01 Nairobi, pub Mon 2025-01-20: a water-pipe tender's extended deadline (Kenya's July-June financial year)
 ('a01', 'ten days later', 1): [Dd(KE_TENDER['advert'] + td(10))], ('a01', 'Friday, 13th December', 1): [Dd(KE_TENDER['advert'] + td(10))],
 ('a01', 'the following Tuesday', 1): [Dd(coming(KE_TENDER['advert'] + td(10), 1))],
 ('a01', 'the same afternoon', 1): [Dd(KE_TENDER['close'])], ('a01', '11th February', 2): [Dd(KE_TENDER['close'])],
 ('a01', 'seven days before the closing date', 1): [Dd(KE_TENDER['close'] - td(7))], ('a01', '4th February', 1): [Dd(KE_TENDER['close'] - td(7))],
 ('a01', '11th June', 1): [Dd(KE_TENDER['close'] + td(120))], ('a01', 'the end of April', 1): end_of(2025, 4),
 ('a01', 'the first quarter of the 2025/26 financial year', 1): [fyR(2025, 7, 3), 'Q:2025-Q3'], ('a01', 'between July and September', 1): mrange(2025, 7, 2025, 9), ('a01', 'the new financial year', 1): [fyR(2025, 7), 'P:Y:2025'],
 ('a01', '28th January', 1): [Dd(KE_TENDER['old_close'])], ('a01', '2nd January', 1): [Dd(KE_TENDER['reopened'])],
 # a02 Hobart, pub Tue 2025-09-30: the icebreaker's four voyages of the 2025-26 season
 ('a02', 'the 2025-26 season', 1): [months(2025, 10, 2026, 3), 'RY:2025..2026'], ('a02', 'Last season', 1): [months(2024, 10, 2025, 3), 'RY:2024..2025'],
 ('a02', 'October to March', 1): mrange(2025, 10, 2026, 3), ('a02', '7 January to 13 February', 1): days3(*AURORA['v3']),
 ('a02', '12 days later', 1): [Dd(AURORA['v1'] + td(12))], ('a02', 'Nine days later', 1): [Dd(AURORA['v1_back'] + td(9))],
 ('a02', 'Saturday 29 November', 1): [Dd(AURORA['v1_back'] + td(9))], ('a02', 'a week after that', 1): [Dd(AURORA['v3'][1] + td(7))],
 ('a02', 'Easter', 1): [Dd(E[2026])], ('a02', 'Monday 9 February', 1): [Dd(REGATTA(2026))],
 ('a02', 'the end of next month', 1): end_of(2025, 10), ('a02', 'Christmas', 2): ['D:2025-12-25'], ('a02', 'Christmas Day', 1): ['D:2025-12-25'],
 ('a02', 'July', 1): ['M:2025-07'],
 # a03 Abuja, pub Wed 2025-11-19: a Federal High Court adjournment
 ('a03', 'three days after that', 1): [Dd(coming(p('2025-11-19'), 1) + td(3))], ('a03', 'that day', 1): [Dd(ABJ['last'])],
 ('a03', 'the eve of Independence Day', 1): [Dd(NG_INDEPENDENCE(2025) - td(1))], ('a03', 'the next adjourned date', 1): [Dd(ABJ['adjourned'])],
 ('a03', 'the day', 1): [Dd(ABJ['sitting'])], ('a03', 'the Christmas vacation', 1): holidays_R(*ABJ['vacation']), ('a03', '15th December to 11th January', 1): days3(*ABJ['vacation']), ('a03', 'Monday, 12th January, 2026', 1): [Dd(ABJ['vacation'][1] + td(1))],
 ('a03', '18th November', 1): [Dd(ABJ['sitting'])], ("a03", "Tuesday's", 1): [Dd(ABJ['sitting'])],
 # a04 Singapore, pub Mon 2026-08-03: a university's semester around National Day and Deepavali on Sundays
 ('a04', 'Sunday', 1): [Dd(SG_2026['national'])], ('a04', 'the following Monday', 1): [Dd(SG_2026['national_obs'])],
 ('a04', 'Tuesday 11 August', 1): [Dd(SG_2026['national_obs'] + td(1))], ('a04', 'Wednesday to Saturday', 1): days3(*KVU['orientation']), ('a04', '12 January to 8 May', 1): days3(*KVU['sem2_2026']),
 ('a04', 'Academic Year 2026/27', 1): [R(SG_2026['national_obs'] + td(1), KVU['ay_end']), 'RY:2026..2027'],
 ('a04', 'the academic year', 1): [R(SG_2026['national_obs'] + td(1), KVU['ay_end']), 'RY:2026..2027'],
 ('a04', 'Recess Week', 1): [R(*KVU['recess'])], ('a04', '8 November', 1): [Dd(SG_2026['deepavali'])], ('a04', 'Monday 9 November', 1): [Dd(SG_2026['deepavali_obs'])],
 ('a04', 'the end of that week', 1): [Dd(SG_2026['deepavali_obs'] + td(4)), f"IN:{SG_2026['deepavali_obs'] + td(4)}..{SG_2026['deepavali_obs'] + td(6)}"],
 ('a04', 'a fortnight after classes start', 1): [Dd(SG_2026['national_obs'] + td(15))],
 ('a04', 'Last semester', 1): [R(*KVU['sem2_2026'])], ('a04', '17 and 18 February', 1): days3(*SG_2026['cny']), ('a04', '3 April', 1): [Dd(SG_2026['good_friday'])],
 ('a04', 'the day before orientation', 1): [Dd(KVU['orientation'][0] - td(1))],
 ('a04', 'a Sunday', 1): [Dd(SG_2026['deepavali'])], ('a04', 'a reading week', 1): [R(p('2026-11-21') - td(7), p('2026-11-21') - td(1))],
 ('a04', 'the new semester', 1): [R(SG_2026['national_obs'] + td(1), p('2026-12-05'))], ('a04', 'The first semester', 1): [R(SG_2026['national_obs'] + td(1), p('2026-12-05'))],
 ('a04', 'The second semester', 1): [R(p('2027-01-11'), KVU['ay_end'])],
 # a05 Copenhagen, pub Thu 2025-05-15: a phase 3 trial's milestones, a May-April fiscal year, Great Prayer Day abolished
 ('a05', 'the July-September quarter', 1): Q(2025, 3), ('a05', '18 months later', 1): ['M:2024-09'], ('a05', 'the week of 9 June', 1): week_of(DK_2025['whit_monday']),
 ('a05', 'The 2024/25 financial year', 1): [fyR(2024, NVB['fy_start_month']), 'RY:2024..2025'], ('a05', '30 April', 1): [Dd(mend(2025, 4))],
 ('a05', 'the first quarter of 2025/26', 1): [fyR(2025, NVB['fy_start_month'], 3)], ('a05', 'tomorrow', 1): [Dd(E[2025] + td(26))],
 ('a05', 'the day the FDA meeting week begins', 1): [Dd(DK_2025['whit_monday'])], ('a05', '29 May', 1): [Dd(DK_2025['ascension'])], ('a05', '9 June', 2): [Dd(DK_2025['whit_monday'])], ('a05', '5 June', 1): ['D:2025-06-05'],
 # a06 Mexico City, pub Sat 2025-07-12: a club's season across the Apertura, the Clausura and the World Cup
 ('a06', 'eight days later', 1): [Dd(TLP['opener'] + td(8))], ('a06', 'Sunday, July 20', 1): [Dd(TLP['opener'] + td(8))],
 ('a06', 'a week later', 1): [Dd(TLP['opener'] + td(7))], ('a06', 'July 29 to Aug. 31', 1): days3(*TLP['leagues_cup']),
 ('a06', 'Tuesday, Sept. 16', 1): [Dd(MX_2025['independence'])], ('a06', 'Monday, Nov. 17', 1): [Dd(MX_2025['revolution'])],
 ('a06', 'the first weekend of January', 1): [wknd(nth_wd(2026, 1, 5, 1))], ('a06', '2026-27', 1): [months(2026, 8, 2027, 5), 'RY:2026..2027'],
 ('a06', 'August to May', 1): mrange(2026, 8, 2027, 5),
 # a07 Cape Town, pub Wed 2026-09-16: the National Assembly's fourth term around the local government elections
 ('a07', 'Thursday 24 September', 1): [Dd(ZA_2026['heritage'])], ('a07', 'eight days later', 1): [Dd(ZA_NA['mtbps'] + td(8))],
 ('a07', 'Polling day', 1): [Dd(ZA_2026['lge'])], ('a07', 'polling day', 1): [Dd(ZA_2026['lge'])], ('a07', 'the last week of term', 1): [Wk(p('2026-09-17'))], ('a07', '4 November', 1): [Dd(ZA_2026['lge'])], ('a07', 'the Tuesday after the elections', 1): [Dd(coming(ZA_2026['lge'], 1))],
 ('a07', '16 December', 1): [Dd(ZA_2026['reconciliation'])], ('a07', 'the end of the fourth term', 1): [Dd(ZA_NA['adjourn'])],
 ('a07', 'the 2026/27 financial year', 1): [fyR(2026, 4), 'RY:2026..2027'], ('a07', 'the first half of the financial year', 1): [fyR(2026, 4, 6)],
 ('a07', 'the end of October', 1): end_of(2026, 10),
 # a08 Cardiff, pub Thu 2025-12-04: benefit payment dates over Christmas and New Year
 ('a08', 'the first full week of December', 1): [Wk(nth_wd(2025, 12, 0, 1))],
 ('a08', 'Christmas Day', 1): [Dd(GB_WLS_2025['christmas'])], ('a08', 'Boxing Day', 1): [Dd(GB_WLS_2025['boxing'])],
 ('a08', 'a Thursday', 1): [Dd(GB_WLS_2025['christmas'])], ('a08', 'a Friday', 1): [Dd(GB_WLS_2025['boxing'])],
 ('a08', 'Wednesday 24 December', 1): [Dd(prev_business(GB_WLS_2025['christmas'] - td(1)))], ("a08", "New Year's Day", 1): [Dd(GB_WLS_2025['new_year'])],
 ('a08', 'the day before', 1): [Dd(GB_WLS_2025['new_year'] - td(1))], ('a08', 'Friday 2 January', 1): [Dd(GB_WLS_2025['new_year'] + td(1))],
 ('a08', 'Christmas Eve', 1): ['D:2025-12-24'], ('a08', 'the 2026-27 tax year', 1): [uk_tax_year(2026), 'RY:2026..2027'], ('a08', '6 April', 1): ['D:2026-04-06'],
 ('a08', 'from Christmas Eve to 2 January', 1): days3(p('2025-12-24'), GB_WLS_2025['new_year'] + td(1)), ('a08', 'the end of the month', 1): end_of(2025, 12),
 # a09 Ottawa, pub Tue 2026-03-10: a hummus recall by bilingual best-before codes
 ('a09', 'the next day', 1): [Dd(RECALL['found'] + td(1))], ('a09', 'that evening', 1): [Dd(RECALL['found'] + td(1))],
 ('a09', 'two days later', 1): [Dd(RECALL['found'] + td(3))], ('a09', 'the following Monday', 1): [Dd(coming(RECALL['found'] + td(3), 0))],
 ('a09', 'last night', 1): [Dd(p('2026-03-10') - td(1))], ('a09', 'this Friday', 1): [Dd(coming(p('2026-03-10'), 4))], ('a09', 'April 3', 1): [Dd(E[2026] - td(2))],
 # a10 Wellington, pub Thu 2026-05-28: rain and snow warnings over the King's Birthday weekend
 ("a10", "the King's Birthday weekend", 1): [R(NZ_2026['kings'] - td(2), NZ_2026['kings']), f"P:D:{NZ_2026['kings']}"],
 ('a10', 'Monday', 1): [Dd(NZ_2026['kings'])], ('a10', 'the first day of winter', 1): ['D:2026-06-01'],
 ('a10', 'early next week', 1): [f"IN:{monday(p('2026-05-27')) + td(7)}..{monday(p('2026-05-27')) + td(9)}", f"P:W:{monday(p('2026-05-27')) + td(7)}"],
 ('a10', 'two days later', 1): [Dd(WLG['last_warning'] + td(2))], ('a10', 'both days of the weekend', 1): [wknd(p('2026-05-30'))],
 ('a10', 'Easter', 1): [Dd(E[2026])], ('a10', '3 April', 1): [Dd(NZ_2026['good_friday'])], ('a10', 'Monday 27 April', 1): [Dd(NZ_2026['anzac_obs'])],
 ('a10', 'Friday 10 July', 1): [Dd(NZ_2026['matariki'])], ('a10', 'the July school holidays', 1): holidays_R(*WLG['school_hols']), ('a10', '4 July', 1): [Dd(WLG['school_hols'][0])],
 # a11 Halifax, a Sunday paper, pub Sun 2025-04-13: advance polls over Easter before the federal election
 ('a11', 'the Easter long weekend', 1): [R(CA_2025['good_friday'], E[2025] + td(1)), f'P:D:{E[2025]}'],
 ('a11', 'April 18', 1): [Dd(CA_2025['good_friday'])], ('a11', 'April 21', 1): [Dd(E[2025] + td(1))], ('a11', 'Good Friday', 2): [Dd(CA_2025['good_friday'])],
 ('a11', 'Election day', 1): [Dd(CA_VOTE['election'])], ('a11', 'election night', 1): [Dd(CA_VOTE['election'])], ('a11', 'March 23', 1): [Dd(CA_VOTE['writ'])],
 ('a11', 'the day after advance polling closes', 1): [Dd(E[2025] + td(2))], ('a11', 'Tuesday, April 22', 1): [Dd(E[2025] + td(2))],
 ('a11', 'Nov. 26', 1): [Dd(CA_VOTE['ns_2024'])], ('a11', 'November', 1): ['M:2021-11'],
 ('a11', 'a holiday weekend', 1): [R(CA_2025['good_friday'], E[2025] + td(1)), f'P:D:{E[2025]}'],
 # a12 Bangkok, pub Fri 2026-03-27: Songkran's special holiday and the "seven dangerous days" (Thailand's October fiscal year)
 ('a12', 'the day after the Songkran holidays', 1): [Dd(TH_2026['songkran'][1] + td(1))], ('a12', 'the festival', 2): [R(*TH_2026['songkran'])],
 ('a12', 'Thursday, April 16', 1): [Dd(TH_2026['songkran'][1] + td(1))], ('a12', 'April 11 to 19', 1): days3(TH_2026['songkran'][0] - td(2), TH_2026['songkran'][1] + td(4)),
 ('a12', 'Monday, April 13, to Wednesday, April 15', 1): days3(*TH_2026['songkran']), ('a12', 'Monday, April 6', 1): [Dd(TH_2026['chakri'])], ('a12', 'a Sunday', 1): [Dd(TH_2025['songkran'][0])], ('a12', 'April 16', 2): [Dd(TH_2025['songkran_lieu'])],
 ('a12', 'the Friday before Songkran', 1): [Dd(previous(TH_2026['songkran'][0], 4))], ('a12', 'April 10 to 16', 1): days3(previous(TH_2026['songkran'][0], 4), TH_2026['songkran'][1] + td(1)),
 ('a12', 'Makha Bucha', 1): [Dd(TH_2026['makha'])], ('a12', 'May 31', 1): [Dd(TH_2026['visakha'])], ('a12', 'a Sunday', 2): [Dd(TH_2026['visakha'])],
 ('a12', 'Monday, June 1', 1): [Dd(TH_2026['visakha_lieu'])], ('a12', 'the third quarter of fiscal 2026', 1): [fyR(2026, 4, 3), 'Q:2026-Q2'],
 ('a12', 'April to June', 1): mrange(2026, 4, 2026, 6), ('a12', 'fiscal 2026', 2): [fyR(2025, 10), 'P:Y:2026'], ('a12', 'the week of April 13', 1): week_of(TH_2026['songkran'][0]), ('a12', 'the end of April', 1): end_of(2026, 4),
 # a13 Amsterdam, pub Tue 2025-04-22: King's Day moved to a Saturday, Remembrance and Liberation Days in a lustrum year
 ('a13', 'Saturday', 1): [Dd(NL_2025['kings'])], ('a13', 'Saturday', 2): [Dd(NL_2025['kings'])], ('a13', 'Friday', 1): [Dd(NL_2025['kings'] - td(1))],
 ('a13', 'Friday', 2): [Dd(NL_2025['kings'] - td(1))], ('a13', 'Sunday', 2): [Dd(NL_2025['kings'] + td(1))], ("a13", "Last year's King's Day", 1): [Dd(nl_kings_day(2024))],
 ('a13', '26 April 2014', 1): [Dd(nl_kings_day(2014))], ('a13', 'the May holiday', 1): holidays_R(p('2025-04-26'), p('2025-05-04')),
 ('a13', 'the next day', 1): [Dd(NL_2025['liberation'])], ('a13', 'Yesterday', 1): [Dd(NL_2025['easter_monday'])], ('a13', 'the day', 2): [Dd(NL_2025['kings'])],
 ('a13', '29 May', 1): [Dd(E[2025] + td(39))], ('a13', '9 June', 1): [Dd(E[2025] + td(50))], ("a13", "a week after King's Day", 1): [Dd(NL_2025['kings'] + td(7))],
 ('a13', 'Saturday 3 May', 1): [Dd(NL_2025['kings'] + td(7))],
 ('a13', 'a Sunday', 1): [Dd(dt.date(2025, 4, 27))], ('a13', 'a Saturday', 1): [Dd(nl_kings_day(2024))],
 # a14 Johannesburg, pub Tue 2026-03-03: a retailer's 26 weeks to 28 December in a year to the last Sunday of June
 ('a14', 'the 26 weeks to 28 December 2025', 1): [R(SHAKA['fy_end'][2025] + td(1), SHAKA['fy_end'][2025] + td(182))],
 ('a14', 'the comparable period', 1): [R(SHAKA['fy_end'][2024] + td(1), SHAKA['fy_end'][2024] + td(182))],
 ('a14', '29 December 2024', 1): [Dd(SHAKA['fy_end'][2024] + td(182))], ('a14', '28 November', 1): [Dd(BLACK_FRIDAY(2025))],
 ('a14', 'the six weeks to 4 January', 1): [R(p('2026-01-04') - td(41), p('2026-01-04'))],
 ('a14', 'the financial year', 1): [R(SHAKA['fy_end'][2025] + td(1), SHAKA['fy_end'][2026]), 'P:Y:2026'], ('a14', '28 June 2026', 1): [Dd(SHAKA['fy_end'][2026])],
 ('a14', 'the first nine weeks of the second half', 1): [R(SHAKA['fy_end'][2025] + td(183), SHAKA['fy_end'][2025] + td(182 + 63))],
 ('a14', 'the second half', 2): [R(SHAKA['fy_end'][2025] + td(183), SHAKA['fy_end'][2026])],
 ('a14', '27 March', 2): ['D:2020-03-27'], ('a14', 'the 2027 financial year', 1): [R(SHAKA['fy_end'][2026] + td(1), SHAKA['fy_end'][2027]), 'P:Y:2027'],
 ('a14', 'Good Friday, 3 April', 1): [Dd(ZA_2026['good_friday'])], ('a14', '6 April', 1): [Dd(ZA_2026['family'])],
 ('a14', '21 March', 1): [Dd(ZA_2026['human_rights'])], ('a14', 'a Saturday', 1): [Dd(ZA_2026['human_rights'])],
 ('a14', 'Easter', 1): [Dd(E[2026])],
 ('a14', 'Friday 27 March', 1): [Dd(SHAKA['record'])], ('a14', 'Monday 30 March', 1): [Dd(next_business_day(SHAKA['record']))],
 ('a14', 'Tuesday 24 March', 1): [Dd(SHAKA['record'] - td(3))], ('a14', 'Wednesday 25 March', 1): [Dd(SHAKA['record'] - td(2))],
 # a15 Oslo, pub Fri 2026-06-05: a ferry's grounding on Ascension Day told day by day
 ('a15', 'Thursday 14 May', 1): [Dd(NO_2026['ascension'])], ('a15', 'that day', 1): [Dd(FJORDLYS['grounding'])], ('a15', 'the next morning', 1): [Dd(FJORDLYS['grounding'] + td(1))],
 ('a15', 'two days later', 1): [Dd(FJORDLYS['grounding'] + td(3))], ('a15', 'the following Tuesday', 1): [Dd(coming(FJORDLYS['grounding'] + td(3), 1))],
 ('a15', 'a week after that', 1): [Dd(coming(FJORDLYS['grounding'] + td(3), 1) + td(7))], ('a15', 'the day after Whit Monday', 1): [Dd(NO_2026['whit_monday'] + td(1))],
 ('a15', 'the Whitsun weekend', 1): [R(NO_2026['whitsun'] - td(1), NO_2026['whit_monday']), f"P:D:{NO_2026['whitsun']}"],
 ('a15', 'ten days before the grounding', 1): [Dd(FJORDLYS['grounding'] - td(10))], ('a15', 'three weeks to the day after the grounding', 1): [Dd(FJORDLYS['grounding'] + td(21))],
 ('a15', 'six months earlier', 1): ['M:2025-09'], ('a15', '17 May', 1): [Dd(NO_2026['constitution'])],
 # a16 Leicester, pub Wed 2026-10-28: Diwali on Remembrance Sunday, Bonfire Night and half-term
 ('a16', 'Diwali', 1): [Dd(IN_DIWALI[2026])], ('a16', 'the same day as Remembrance Sunday', 1): [Dd(REMEMBRANCE_SUNDAY(2026))], ('a16', 'Sunday 8 November', 1): [Dd(IN_DIWALI[2026])],
 ('a16', 'last Sunday', 1): [Dd(last_sun(2026, 10))], ('a16', 'the day the clocks went back', 1): [Dd(last_sun(2026, 10))], ('a16', 'the first Sunday of December', 1): [Dd(nth_wd(2026, 12, 6, 1))],
 ('a16', 'Saturday 7 November', 1): [Dd(IN_DIWALI[2026] - td(1))], ('a16', 'the eve of Diwali', 1): [Dd(IN_DIWALI[2026] - td(1))],
 ('a16', 'the day after', 1): [Dd(IN_DIWALI[2026] + td(1))], ("a16", "Last year's Diwali", 1): [Dd(IN_DIWALI[2025])], ('a16', 'a Monday', 1): [Dd(IN_DIWALI[2025])],
 ('a16', 'the day', 3): [Dd(IN_DIWALI[2026])], ('a16', 'the Sunday', 1): [Dd(IN_DIWALI[2026])], ('a16', '2026-27', 1): [fyR(2026, 4), 'RY:2026..2027'],
 # a17 Rio de Janeiro, pub Thu 2026-02-12: carnival before Ash Wednesday
 ('a17', 'Ash Wednesday', 1): [Dd(E[2026] - td(46))], ('a17', 'Ash Wednesday', 2): [Dd(E[2026] - td(46))], ('a17', 'the five days', 1): [R(p('2026-02-13'), BR_RJ_2026['carnival'])],
 ('a17', 'Sunday', 1): [Dd(E[2026] - td(49))], ('a17', 'Monday', 1): [Dd(E[2026] - td(48))], ('a17', 'Tuesday', 1): [Dd(BR_RJ_2026['carnival'])], ('a17', 'Wednesday', 2): [Dd(E[2026] - td(46))], ('a17', 'Wednesday', 4): [Dd(E[2026] - td(46))],
 ('a17', 'Saturday, Feb. 21', 1): [Dd(E[2026] - td(43))], ('a17', 'three days after the results', 1): [Dd(E[2026] - td(43))],
 ('a17', 'March 5', 1): [Dd(E[2025] - td(46))], ('a17', 'April 5', 1): [Dd(E[2026])], ('a17', 'Lent', 1): [R(E[2026] - td(46), E[2026] - td(1))],
 ('a17', 'Tuesday, April 21', 1): [Dd(BR_RJ_2026['tiradentes'])], ('a17', 'Thursday, April 23', 1): [Dd(BR_RJ_2026['st_george'])],
 ('a17', 'the parades', 1): [R(E[2026] - td(49), BR_RJ_2026['carnival'])], ('a17', 'Carnival Tuesday', 1): [Dd(BR_RJ_2026['carnival'])],
 ('a17', 'June 4', 1): [Dd(E[2026] + td(60))], ('a17', 'the first night', 1): [Dd(E[2026] - td(49))],
 # a18 Oaxaca, pub Fri 2025-10-24: the Day of the Dead, Revolution Day and the December feasts
 ('a18', 'Nov. 1 and 2', 1): days3(p('2025-11-01'), p('2025-11-02')), ('a18', 'the two days that follow', 1): [R(p('2025-11-01'), p('2025-11-02'))],
 ('a18', 'the day after the Day of the Dead', 1): ['D:2025-11-03'], ('a18', 'Nov. 3', 1): ['D:2025-11-03'],
 ('a18', 'a long weekend', 1): [R(MX_2025['revolution'] - td(2), MX_2025['revolution']), f"P:D:{MX_2025['revolution']}"], ('a18', 'Monday, Nov. 17', 1): [Dd(MX_2025['revolution'])],
 ('a18', 'July 21', 1): [Dd(coming(p('2025-07-16'), 0))], ('a18', '28', 1): [Dd(coming(p('2025-07-16'), 0) + td(7))],
 ('a18', 'the weekend after', 1): [wknd(p('2025-11-01') + td(7))], ('a18', 'Dec. 23', 1): ['D:2025-12-23'],
 # a19 Auckland, a Sunday paper, pub Sun 2026-02-01: Waitangi Day, Term 1 and the Lantern Festival
 ('a19', 'Friday', 1): [Dd(NZ_2026['waitangi'])], ('a19', 'Waitangi Day', 2): [Dd(NZ_2026['waitangi'])], ('a19', 'the day', 2): [Dd(NZ_2026['waitangi'])],
 ('a19', 'last Monday', 1): [Dd(NZ_2026['auckland'])], ('a19', 'Anniversary Day', 1): [Dd(NZ_2026['auckland'])],
 ('a19', 'a first week', 1): [Wk(AKL_TERMS['t1'][0])], ('a19', 'Term 1', 1): [R(*AKL_TERMS['t1'])], ('a19', 'the day before Good Friday', 1): [Dd(NZ_2026['good_friday'] - td(1))], ('a19', 'Thursday 2 April', 1): [Dd(AKL_TERMS['t1'][1])],
 ('a19', 'Term 2', 1): [R(*AKL_TERMS['t2'])], ('a19', '20 April to 3 July', 1): days3(*AKL_TERMS['t2']), ('a19', 'the school holidays', 1): holidays_R(AKL_TERMS['t1'][1] + td(1), AKL_TERMS['t2'][0] - td(1)),
 ('a19', '6 February', 2): ['D:2027-02-06'], ('a19', 'a Saturday', 1): ['D:2027-02-06'], ('a19', 'Monday 8 February 2027', 1): [Dd(NZ_2027['waitangi_obs'])],
 ('a19', '17 February', 1): [Dd(CNY[2026])], ('a19', '27 February to 1 March', 1): days3(*AKL_TERMS['lantern']), ('a19', '5 April', 1): [Dd(E[2026])],
 ('a19', 'a long weekend', 1): [R(NZ_2026['waitangi'], NZ_2026['waitangi'] + td(2)), f"P:D:{NZ_2026['waitangi']}"],
 # a20 Pittsburgh, pub Tue 2026-05-26: Social Security's Wednesdays and SSI moved off weekends and holidays
 ('a20', 'the fourth Wednesday in May', 1): [Dd(nth_wd(2026, 5, 2, 4))], ('a20', 'tomorrow', 1): [Dd(nth_wd(2026, 5, 2, 4))], ('a20', 'yesterday', 1): [Dd(US_2026['memorial'])],
 ('a20', 'June 10', 1): [Dd(nth_wd(2026, 6, 2, 2))], ('a20', 'June 17', 1): [Dd(nth_wd(2026, 6, 2, 3))], ('a20', 'June 24', 1): [Dd(nth_wd(2026, 6, 2, 4))],
 ('a20', 'Friday, July 31', 1): [Dd(prev_business(dt.date(2026, 8, 1)))], ('a20', 'Friday, Oct. 30', 1): [Dd(prev_business(dt.date(2026, 11, 1)))],
 ('a20', 'Dec. 31', 1): [Dd(prev_business(US_2026['ny2027'], {US_2026['ny2027']}))], ('a20', "the day before New Year's Day", 1): [Dd(US_2026['ny2027'] - td(1))],
 ('a20', 'Friday, June 19', 1): [Dd(US_2026['juneteenth'])], ('a20', 'Friday, July 3', 1): [Dd(US_2026['july4_obs'])], ('a20', 'the following Monday', 1): [Dd(coming(US_2026['july4_obs'], 0))],
 ('a20', 'May', 2): ['M:2026-05'], ("a20", "August's", 1): ['M:2026-08'], ("a20", "November's", 1): ['M:2026-11'], ("a20", "January's", 1): ['M:2027-01'],
 ('a20', 'a Saturday', 1): ['D:2026-08-01'],
 # a21 New Delhi, pub Mon 2025-12-15: a metro viaduct tender in day-first dashed dates (India's April-March year)
 ('a21', 'the last date', 1): [Dd(DMRC['close'])], ('a21', 'the next day', 1): [Dd(DMRC['close'] + td(1))], ('a21', 'the last week of January', 1): last_week_of(2026, 1),
 ('a21', 'January 26', 1): [Dd(IN_REPUBLIC[2026])], ('a21', 'the 2026-27 financial year', 1): [fyR(2026, 4), 'RY:2026..2027'],
 ('a21', 'the October-December quarter', 1): [months(2025, 10, 2025, 12), 'Q:2025-Q4'], ('a21', '29-12-2025', 1): [Dd(DMRC['prebid'] + td(7))], ('a21', 'a week after the pre-bid meeting', 1): [Dd(DMRC['prebid'] + td(7))],
 # a22 London, pub Fri 2026-01-16: a Chancery trial listed in the Easter sittings
 ('a22', 'the first day of the Easter sittings', 1): [Dd(LAW26['easter'][0])], ('a22', 'Tuesday 14 April', 1): [Dd(LAW26['easter'][0])], ('a22', 'the Hilary sittings', 1): [R(*LAW26['hilary'])],
 ('a22', '28 days later', 1): [Dd(p('2026-02-13') + td(28))], ('a22', 'the end of the Easter sittings', 1): [Dd(LAW26['easter'][1])],
 ('a22', 'the Friday before the spring bank holiday', 1): [Dd(previous(GB_2026['spring_bh'], 4))], ('a22', 'the Trinity sittings', 1): [R(*LAW26['trinity'])],
 ('a22', '2 June', 1): [Dd(LAW26['trinity'][0])], ('a22', 'the long vacation', 1): [R(*LAW26['long_vac'])], ('a22', 'the Michaelmas sittings', 1): [R(*LAW26['michaelmas'])],
 ('a22', 'Holy Week', 1): [R(E[2026] - td(7), E[2026] - td(1)), f'P:W:{monday(E[2026] - td(6))}'],
 ('a22', 'the spring of 2019', 1): north('spring', 2019), ('a22', 'two years later', 1): ['Y:2021'],
 # a23 Athens, pub Sat 2026-02-21: ferries for the Clean Monday long weekend
 ('a23', 'the Clean Monday long weekend', 1): [R(GR_2026['clean_monday'] - td(2), GR_2026['clean_monday']), f"P:D:{GR_2026['clean_monday']}"],
 ('a23', 'Clean Monday', 2): [Dd(GR_2026['clean_monday'])], ('a23', '12 April', 1): [Dd(OE[2026])], ('a23', '5 April', 1): [Dd(E[2026])],
 ('a23', 'Monday', 3): [Dd(GR_2026['clean_monday'])], ('a23', 'Monday', 4): [Dd(GR_2026['clean_monday'])], ('a23', 'the three days', 1): [R(GR_2026['clean_monday'] - td(2), GR_2026['clean_monday'])],
 ('a23', 'nine days ago', 1): [Dd(GR_2026['clean_monday'] - td(11))], ('a23', '25 March', 1): [Dd(GR_2026['independence'])], ('a23', 'a Wednesday', 1): [Dd(GR_2026['independence'])],
 ('a23', 'the Easter weekend', 1): [R(GR_2026['good_friday'], GR_2026['easter_monday']), f'P:D:{OE[2026]}'],
 ('a23', '10 April', 1): [Dd(GR_2026['good_friday'])], ('a23', '13 April', 1): [Dd(GR_2026['easter_monday'])], ('a23', '1 June', 1): [Dd(GR_2026['holy_spirit'])],
 # a24 Taipei, pub Wed 2025-10-01: a typhoon before the Mid-Autumn and National Day holidays
 ('a24', 'the Mid-Autumn Festival holiday', 1): [Dd(TW_2025['mid_autumn'])], ('a24', 'two days later', 1): [Dd(p('2025-09-29') + td(2) + td(2))],
 ('a24', 'Sunday, Sept. 28', 1): [Dd(TW_2025['teachers'])], ('a24', 'Monday', 2): [Dd(TW_2025['teachers_obs'])], ('a24', 'Monday, Oct. 6', 1): [Dd(TW_2025['mid_autumn'])],
 ('a24', 'Oct. 4 to 6', 1): days3(TW_2025['mid_autumn'] - td(2), TW_2025['mid_autumn']), ('a24', 'Friday, Oct. 10', 1): [Dd(TW_2025['national'])],
 ('a24', 'another long weekend', 1): [R(TW_2025['national'], TW_2025['national'] + td(2)), f"P:D:{TW_2025['national']}"],
 ('a24', 'a Saturday', 1): [Dd(TW_2025['retrocession'])], ('a24', 'Oct. 25', 1): [Dd(TW_2025['retrocession'])], ('a24', 'Friday, Oct. 24', 1): [Dd(TW_2025['retrocession_obs'])],
 ('a24', 'November last year', 1): ['M:2024-11'],
 ('a24', 'a three-day weekend', 1): [R(TW_2025['mid_autumn'] - td(2), TW_2025['mid_autumn']), f"P:D:{TW_2025['mid_autumn']}"], ('a24', 'the festival weekend', 1): [R(TW_2025['mid_autumn'] - td(2), TW_2025['mid_autumn']), f"P:D:{TW_2025['mid_autumn']}"],
 # a25 Lisbon, pub Mon 2025-06-09: the Santos Populares, Portugal Day and Corpus Christi
 ('a25', 'tomorrow', 1): [Dd(PT_LX_2025['portugal'])], ('a25', 'Friday', 1): [Dd(PT_LX_2025['santo_antonio'])], ('a25', 'Friday', 2): [Dd(PT_LX_2025['santo_antonio'])],
 ('a25', 'Thursday, June 12', 1): [Dd(PT_LX_2025['santo_antonio'] - td(1))], ('a25', 'the eve of Santo António', 1): [Dd(PT_LX_2025['santo_antonio'] - td(1))],
 ('a25', 'that morning', 1): [Dd(PT_LX_2025['santo_antonio'])], ('a25', 'Thursday, June 19', 1): [Dd(PT_LX_2025['corpus'])], ('a25', 'the Friday', 1): [Dd(PT_LX_2025['corpus'] + td(1))],
 ('a25', 'June 23', 1): ['D:2025-06-23'], ('a25', 'June 29', 1): ['D:2025-06-29'],
 ('a25', 'a week later', 1): [Dd(coming(p('2025-06-09'), 2) + td(7))], ('a25', 'the day before Corpus Christi', 1): [Dd(PT_LX_2025['corpus'] - td(1))],
 ('a25', 'the month', 1): ['M:2025-06'],
 ('a25', 'the weekend just gone', 1): [wknd(previous(p('2025-06-09'), 5))], ('a25', 'the end of June', 1): end_of(2025, 6), ('a25', 'the first four months', 1): [months(2025, 1, 2025, 4)],
 ('a25', 'the long weekend of Santo António', 1): [R(PT_LX_2025['santo_antonio'], PT_LX_2025['santo_antonio'] + td(2)), f"P:D:{PT_LX_2025['santo_antonio']}"],
}
# months and parts of months named without a year: 'past' is the latest such month not after the publication month,
# 'future' the earliest not before it
MONTH_TENSE = {
 ('a01', 'mid-March', 1): 'future', 
 ('a02', 'January', 3): 'past', ('a02', 'April', 1): 'past',
 ('a05', 'late July', 1): 'future', ('a05', 'July', 3): 'future', ('a06', 'September', 1): 'future', ('a06', 'October', 1): 'future',
 ('a06', 'mid-May', 1): 'future', ('a07', 'February', 1): 'future', ('a08', 'January', 3): 'future', ('a08', 'April', 2): 'past',
 ('a09', 'mid-March', 1): 'future', ('a11', 'late May', 1): 'future', 
 ('a13', 'May', 6): 'future', ('a14', 'January', 2): 'past', ('a14', 'February', 1): 'past', ('a15', 'mid-July', 1): 'future',
 ('a18', 'July', 1): 'past', ('a20', 'June', 1): 'future', ('a20', 'July', 1): 'future', ('a20', 'October', 1): 'future',
 ('a20', 'January', 2): 'past', ('a23', 'January', 1): 'past', ('a25', 'July', 1): 'future',
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
