# Checks gold.py against the built articles (p25's, adapted from p24's verify.py: p24's tables, CALC, MONTH_TENSE,
# WEEKDAY_TENSE, SOUTH, SUNDAY_PAPERS and SPEAKER are replaced by p25's; p25 adds calendar helpers for the Hebrew dates of
# Israel's moved Memorial and Independence Days, Trinidad's Carnival from Easter, Bermuda's Cup Match and Bermuda Day, the
# Canterbury show holiday, Zambia's election day and run-off, Korea's election calendar, Rwanda's Umuganda and the
# Orthodox Pentecost Monday of Cyprus; holiday tables for Northern Ireland, Bangladesh, Nepal, Israel, Japan, South Korea,
# Fiji, Papua New Guinea, Zambia, Uganda, Trinidad and Tobago, Barbados, Bermuda, Gibraltar, Cyprus, Massachusetts, Texas,
# California, Canterbury (New Zealand), the Isle of Man, Jersey, Rwanda and Guyana; day-first numeric dates with slashes
# ('10/06/2026') among the explicit dates; 'the weekend' of the Friday-Saturday weekend of Bangladesh and Israel; and rule
# spans that name an anchor's weekday ('the second Friday after the first Tuesday in November') left out of the weekday
# check as 'the day after' spans are): gold.py loads; every reading parses with p4's scorer and none repeats; every G, N
# and X span occurs in its article and none overlap; weekdays named in a span (full or abbreviated) agree with its D:
# readings (or R: ends); month/day and year agree with the span for month-first ('Feb. 23, 1970', 'May 14 and 15',
# 'February 8 and 9, 2027'), day-first ('Friday 10 July to Tuesday 14 July', '12 to 14 November', '1 November to 30
# April'), numeric day-first ('24/06/2026') and ordinal dates, a range's R: runs from its first named day to its last, and
# a day named without its year more than a year from publication must be in CALC; a bare number in a list of dates
# ('on 27, 28 and 30 November') takes its anchor's month; plain years, decades, centuries, year ranges, halves and months
# with a year agree with their readings; months without a year by the verb's tense (MONTH_TENSE; every entry must name a
# gold item); the relative forms are recomputed with datetime from the publication day or, for the quoted ones, from the
# day SPEAKER gives (every SPEAKER entry must be used); bare weekdays must lie within six days of publication (a table with
# their context is printed) and, outside CALC, equal the weekday WEEKDAY_TENSE's tense gives; a table (CALC) recomputes
# every holiday, counted day, fiscal period, term, season, weekend and other derived reading from rules and tables and
# must equal the gold's readings exactly (order included); every G item must be covered by at least one of these checks;
# bodies are 260-320 words; publication dates are distinct, lie in 2025-01 .. 2026-12, cover every month and weekday, the
# datelines name the publication day and are each story's first item, and the Sunday paper falls on a Sunday; words that
# often mark dates but lie outside every span are printed to eyeball; then synthetic runs through p4's scorer: every item
# given its first reading must score 100%; a second run also claims every N and X span and must count the N claims
# neither way and every X claim as a precision error; every reading (P: ones included) must be accepted for a claim of
# exactly its own interval (P: ones counted right for precision but earning no value recall); perturbed runs (every value
# a year late, a tenth of the claims dropped, a claim on every decoy, every value a day late) must lose exactly what they
# should; score.py itself must give 100% on the perfect run and run on an empty claims file; src/tiny_out.json must score
# as one right claim, two wrong values, one decoy and one neutral.
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
SOUTH = {'a07', 'a08', 'a09', 'a19', 'a20'}        # Suva, Port Moresby, Lusaka, Christchurch, Apia: southern seasons (R: plus the northern label)
SUNDAY_PAPERS = {'a25'}                             # the Georgetown Sunday paper
FRI_SAT_WEEKEND = {'a02', 'a04'}                    # Dhaka and Jerusalem: 'the weekend' is Friday and Saturday
# quoted relative forms dated by the day the story says they were said, not by publication
SPEAKER = {('a01', 'Yesterday', 1): p('2026-07-01'),                                           # said on Wednesday
           ('a02', 'Tomorrow', 1): p('2025-08-10'), ('a02', 'Last year', 1): p('2025-08-10'),  # said on Sunday
           ('a03', 'Last year', 1): p('2026-10-09'), ('a03', 'This year', 1): p('2026-10-09'),  # said on Friday
           ('a04', 'Tomorrow', 1): p('2025-04-27'),                                            # said on Sunday
           ('a05', 'Yesterday', 1): p('2026-04-23'),                                           # said on Thursday
           ('a06', 'This week', 1): p('2026-05-18'), ('a06', 'next Monday', 1): p('2026-05-18'),  # said on Monday
           ('a07', 'Next month', 1): p('2025-06-25'), ('a07', 'this year', 1): p('2025-06-25'),  # said on Wednesday
           ('a08', 'Tomorrow', 1): p('2025-09-08'),                                            # said on Monday
           ('a09', 'Today', 1): p('2026-01-13'),                                               # said at Tuesday's launch
           ('a10', 'Yesterday', 1): p('2025-05-30'),                                           # said on Friday
           ('a11', 'The day after tomorrow', 1): p('2026-02-10'),                              # said on Tuesday
           ('a12', 'Yesterday', 1): p('2026-11-19'),                                           # said on Thursday
           ('a13', 'Next week', 1): p('2026-07-25'),                                           # said on Saturday
           ('a14', 'Last year', 1): p('2025-11-11'), ('a14', 'Yesterday', 1): p('2025-11-11'),  # said on Tuesday
           ('a15', 'Today', 1): p('2026-05-27'), ('a15', 'tomorrow', 1): p('2026-05-27'),      # said on Wednesday
           ('a16', 'Two days ago', 1): p('2026-04-16'),                                        # said on Thursday
           ('a17', 'Last year', 1): p('2026-06-15'), ('a17', 'This weekend', 1): p('2026-06-15'),  # said on Monday
           ('a18', 'Next week', 1): p('2025-03-26'),                                           # said on Wednesday
           ('a19', 'Yesterday', 1): p('2025-11-04'),                                           # said on Tuesday
           ('a20', 'Tonight', 1): p('2025-12-08'), ('a20', 'tomorrow', 1): p('2025-12-08'),    # said on Monday afternoon
           ('a21', 'This month', 1): p('2025-06-16'), ('a21', 'last week', 1): p('2025-06-16'),  # said on Monday
           ('a22', 'Today', 1): p('2026-06-03'),                                               # said on Wednesday evening
           ('a23', 'Next week', 1): p('2025-05-02'),                                           # said on Friday
           ('a24', 'Yesterday', 1): p('2026-06-25'),                                           # said on Thursday
           ('a25', 'Tomorrow', 1): p('2026-02-20')}                                            # said on Friday
# relative forms read from the narrative's focus (a day the story has just named), not from publication: none of p25's
# simple relative forms is; its anaphoric days ('three weeks later', 'four days later', 'the following day') are in CALC
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
# ---- tables checked when the probe was written, with holidays 0.109, convertdate 2.5.1, hijridate 2.6.0 and lunardate
#      0.3.0 in the scratch virtualenv /tmp/probes/venv left by an earlier helper (used read-only; verify.py does not need
#      it, its tables hold the answers and the rules below recompute most of them). Days a story fixes itself (exams,
#      hearings, fixtures, timetables, sailings, tenders, meetings) come from the story.
NIR_2026 = dict(patrick=p('2026-03-17'), twelfth=p('2026-07-12'), twelfth_obs=p('2026-07-13'), late_summer=p('2026-08-31'))   # holidays GB subdiv NIR
BD_2025 = dict(ashura=p('2025-07-06'))                                                                       # holidays BD
BD_2026 = dict(bengali_new_year=p('2026-04-14'))                                                             # holidays BD
NP_2026 = dict(ghatasthapana=p('2026-10-11'), fulpati=p('2026-10-18'), dashami=p('2026-10-20'), duwadashi=p('2026-10-22'),
               laxmi_puja=p('2026-11-08'), bhai_tika=p('2026-11-11'), chhath=p('2026-11-15'))                # holidays NP
NISAN1_5785 = p('2025-03-30')   # 1 Nisan 5785 (convertdate: 15 Nisan = 13 April 2025, the first day of Pesach in holidays IL)
IL_2025 = dict(memorial=p('2025-04-30'), independence=p('2025-05-01'), jerusalem=p('2025-05-26'), shavuot=p('2025-06-02'))  # holidays IL
JP_2026 = dict(showa=p('2026-04-29'), constitution=p('2026-05-03'), greenery=p('2026-05-04'), children=p('2026-05-05'),
               substitute=p('2026-05-06'), aged=p('2026-09-21'), sandwiched=p('2026-09-22'), equinox=p('2026-09-23'))   # holidays JP
JP_2025 = dict(marine=p('2025-07-21'))                                                                       # holidays JP
KR_2026 = dict(buddha=p('2026-05-24'), buddha_alt=p('2026-05-25'), election=p('2026-06-03'), memorial=p('2026-06-06'))   # holidays KR (lunardate 4/8)
KR_PAST = dict(local_2022=p('2022-06-01'), presidential_2025=p('2025-06-03'))                                 # holidays KR (election days)
FJ_2025 = dict(fiji_day=p('2025-10-10'))                                                                     # holidays FJ
PG_2025 = dict(independence=p('2025-09-16'), remembrance=p('2025-07-23'))                                    # holidays PG
ZM_2026 = dict(youth=p('2026-03-12'), heroes=p('2026-07-06'), unity=p('2026-07-07'), farmers=p('2026-08-03'), election=p('2026-08-13'))  # holidays ZM
ZM_2021 = dict(election=p('2021-08-12'))                                                                     # holidays ZM
UG_2025 = dict(martyrs=p('2025-06-03'), heroes=p('2025-06-09'), eid_adha=p('2025-06-06'))                    # holidays UG (Eid estimated; = hijridate's 10 Dhu al-Hijja 1446)
TT_2026 = dict(baptist=p('2026-03-30'))                                                                      # holidays TT
BB_2026 = dict(independence=p('2026-11-30'))                                                                 # holidays BB
BM_2026 = dict(bermuda_day=p('2026-05-22'), emancipation=p('2026-07-30'), mary_prince=p('2026-07-31'), labour=p('2026-09-07'))   # holidays BM
GI = dict(national_2025=p('2025-09-10'), midterm_2026=p('2026-02-16'))                                       # holidays GI
CY_2026 = dict(easter=p('2026-04-12'), pentecost_monday=p('2026-06-01'))                                     # holidays CY
MA = dict(patriots_2026=p('2026-04-20'), patriots_2024=p('2024-04-15'))                                      # holidays US subdiv MA
TX_2026 = dict(juneteenth=p('2026-06-19'), independence=p('2026-07-04'), independence_obs=p('2026-07-03'))   # holidays US subdiv TX
CA_2025 = dict(chavez=p('2025-03-31'))                                                                       # holidays US subdiv CA
CAN_2025 = dict(labour=p('2025-10-27'), show_day=p('2025-11-14'))                                            # holidays NZ subdiv CAN
VIC_2025 = dict(melbourne_cup=p('2025-11-04'))                                                               # holidays AU subdiv VIC
IM_2026 = dict(spring=p('2026-05-25'), tt=p('2026-06-05'), tynwald_obs=p('2026-07-06'))                      # holidays IM
JE_2025 = dict(good_friday=p('2025-04-18'), easter_monday=p('2025-04-21'), early_may=p('2025-05-05'), liberation=p('2025-05-09'), spring=p('2025-05-26'))  # holidays JE
RW_2026 = dict(independence=p('2026-07-01'), liberation=p('2026-07-04'), liberation_obs=p('2026-07-06'), umuganura=p('2026-08-07'))   # holidays RW
GY_2026 = dict(republic=p('2026-02-23'), phagwah=p('2026-03-03'), good_friday=p('2026-04-03'), easter_monday=p('2026-04-06'),
               independence=p('2026-05-26'), caricom=p('2026-07-06'))                                        # holidays GY
GY_2025 = dict(republic=p('2025-02-23'))                                                                     # holidays GY
E = {y: easter(y) for y in (2024, 2025, 2026, 2027)}
def observed_weekend_monday(d): return d + td(7 - d.weekday()) if d.weekday() >= 5 else d     # a Saturday or Sunday holiday moved to the Monday
def observed_sat_fri(d): return d - td(1) if d.weekday() == 5 else d + td(1) if d.weekday() == 6 else d   # US federal and Texas: Saturday to Friday, Sunday to Monday
def il_shoah(n1):         # Holocaust Remembrance Day, 27 Nisan: a Friday moves to Thursday, a Sunday to Monday
    d = n1 + td(26); return d - td(1) if d.weekday() == 4 else d + td(1) if d.weekday() == 6 else d
def il_independence(n1):  # Independence Day, 5 Iyar (Nisan has 30 days): a Friday or Saturday moves to Thursday, a Monday to Tuesday
    d = n1 + td(34); return d - td(1) if d.weekday() == 4 else d - td(2) if d.weekday() == 5 else d + td(1) if d.weekday() == 0 else d
def carnival(y): return (E[y] - td(48), E[y] - td(47))       # Trinidad's Carnival Monday and Tuesday, before Ash Wednesday
def cup_match(y):                                             # Bermuda: the Thursday and Friday before the first Monday in August
    m = nth_wd(y, 8, 0, 1); return (m - td(4), m - td(3))
def bermuda_day(y): return last_wd(y, 5, 0) - td(3)          # the Friday before the last Monday in May
def show_day(y):                                              # Canterbury: the second Friday after the first Tuesday in November
    t = nth_wd(y, 11, 1, 1); return t + td((4 - t.weekday()) % 7) + td(7)
def zm_election(y): return nth_wd(y, 8, 3, 2)                # Zambia: the second Thursday of August
def umuganda(y, m): return last_wd(y, m, 5)                  # Rwanda: the last Saturday of the month
assert all(E[y] == easter(y) for y in E) and E[2025] == p('2025-04-20') and E[2026] == p('2026-04-05') and E[2027] == p('2027-03-28')
assert NIR_2026['twelfth_obs'] == observed_weekend_monday(NIR_2026['twelfth']) and NIR_2026['late_summer'] == last_wd(2026, 8, 0)
assert IL_2025['independence'] == il_independence(NISAN1_5785) and IL_2025['memorial'] == IL_2025['independence'] - td(1)
assert il_shoah(NISAN1_5785) == p('2025-04-24') and NISAN1_5785 + td(14) == p('2025-04-13')
assert IL_2025['jerusalem'] == NISAN1_5785 + td(57) and IL_2025['shavuot'] == NISAN1_5785 + td(64)
assert JP_2026['substitute'] == JP_2026['constitution'] + td(3) and JP_2026['constitution'].weekday() == 6 and JP_2025['marine'] == nth_wd(2025, 7, 0, 3)
assert JP_2026['aged'] == nth_wd(2026, 9, 0, 3) and JP_2026['sandwiched'] == JP_2026['aged'] + td(1) == JP_2026['equinox'] - td(1)
assert KR_2026['buddha_alt'] == observed_weekend_monday(KR_2026['buddha']) and KR_2026['memorial'].weekday() == 5
assert ZM_2026['election'] == zm_election(2026) and ZM_2021['election'] == zm_election(2021) and ZM_2026['heroes'] == nth_wd(2026, 7, 0, 1)
assert ZM_2026['unity'] == ZM_2026['heroes'] + td(1) and ZM_2026['farmers'] == nth_wd(2026, 8, 0, 1)
assert BM_2026['bermuda_day'] == bermuda_day(2026) and (BM_2026['emancipation'], BM_2026['mary_prince']) == cup_match(2026)
assert GI['midterm_2026'] == nth_wd(2026, 2, 0, 3) and CY_2026['easter'] == orthodox_easter(2026) and CY_2026['pentecost_monday'] == orthodox_easter(2026) + td(50)
assert MA['patriots_2026'] == nth_wd(2026, 4, 0, 3) and MA['patriots_2024'] == nth_wd(2024, 4, 0, 3) == p('2024-04-15')
assert TX_2026['independence_obs'] == observed_sat_fri(TX_2026['independence'])
assert CAN_2025['show_day'] == show_day(2025) and CAN_2025['labour'] == nth_wd(2025, 10, 0, 4) and VIC_2025['melbourne_cup'] == nth_wd(2025, 11, 1, 1)
assert IM_2026['spring'] == last_wd(2026, 5, 0) and IM_2026['tynwald_obs'] == observed_weekend_monday(p('2026-07-05'))
assert JE_2025['good_friday'] == E[2025] - td(2) and JE_2025['easter_monday'] == E[2025] + td(1) and JE_2025['early_may'] == nth_wd(2025, 5, 0, 1) and JE_2025['spring'] == last_wd(2025, 5, 0)
assert RW_2026['liberation_obs'] == observed_weekend_monday(RW_2026['liberation']) and RW_2026['umuganura'] == nth_wd(2026, 8, 4, 1)
assert GY_2026['caricom'] == nth_wd(2026, 7, 0, 1) and GY_2026['good_friday'] == E[2026] - td(2) and GY_2026['easter_monday'] == E[2026] + td(1)
assert carnival(2025) == (p('2025-03-03'), p('2025-03-04')) and carnival(2026) == (p('2026-02-16'), p('2026-02-17')) and carnival(2027) == (p('2027-02-08'), p('2027-02-09'))
assert umuganda(2026, 6) == p('2026-06-27') and umuganda(2026, 7) == p('2026-07-25') and NP_2026['duwadashi'] == NP_2026['dashami'] + td(2)
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
TRANSLINK = dict(strike=(p('2026-07-10'), p('2026-07-14')), talks_resumed_weeks=3)                            # a01
HSC = dict(start=p('2025-06-26'), old_end=p('2025-08-19'), moved=(p('2025-08-12'), p('2025-08-13')), new=(p('2025-08-23'), p('2025-08-24')),
           practicals=(p('2025-08-26'), p('2025-09-04')), ashura_delay=4, m1=7)                               # a02: a July-June year
DASHAIN = dict(flights_until=p('2026-10-23'), highway=p('2026-09-28'))                                        # a03
JR_EAST = dict(results=p('2026-04-28'), ana=(p('2026-04-24'), p('2026-05-10')), m1=4)                        # a05: an April-March year
KR_CAL = dict(register=20, campaign=13, poll_ban=6, early=(5, 4))                                            # a06: days before polling
FIJI = dict(m1=8, rises=p('2025-07-11'), cyclone=(11, 4))                                                    # a07: an August-July year
PNG = dict(break_until=p('2025-10-05'), service=p('2025-09-21'))                                            # a08
ECZ = dict(nominations=(p('2026-05-11'), p('2026-05-15')), registration=(p('2025-10-13'), p('2025-11-21')), runoff_days=37)  # a09
KOLOLO = dict(budget=nth_wd(2025, 6, 3, 2), m1=7)                                                            # a10: the budget on the second Thursday of June
NCC = dict(kiddies=p('2026-02-07'), stands=p('2026-01-30'), schools=(p('2026-02-13'), p('2026-02-19')))      # a11
CWI = dict(first=p('2026-11-15'), washed_out=p('2026-11-18'), replay=p('2026-11-22'), third=p('2026-11-24'),
           t20=(p('2026-11-27'), p('2026-11-28'), p('2026-11-30')), fly=p('2026-12-01'))                     # a12
ITO = dict(deadline=p('2025-11-30'), m1=7)                                                                   # a14: a July-June tax year
HALLOUMI = dict(use_by=(p('2026-06-10'), p('2026-06-24')), sampled=p('2026-05-19'))                         # a15
BPS = dict(vacation_days=5)                                                                                  # a16: the April vacation week of Patriots' Day
CA_BUDGET = dict(m1=7, proposal=p('2025-01-10'), may_revision=p('2025-05-14'), deadline=p('2025-06-15'), filing=p('2025-04-15'), la_filing=p('2025-10-15'))  # a18
ADDINGTON = dict(ships=p('1850-12-16'), racing_m1=8)                                                         # a19
SAMOA = dict(broke_up=p('2025-12-05'), cyclone=(11, 4))                                                      # a20
NANIWA = dict(agm=p('2025-06-26'), record=p('2025-03-31'), m1=4, expo=(p('2025-04-13'), p('2025-10-13')), q1_results=p('2025-07-31'))  # a21
TT_RACES = dict(postponed=p('2026-06-03'), senior=p('2026-06-06'))                                           # a22
JERSEY_TRIAL = dict(adjourned_to=p('2025-05-12'), sworn=p('2025-04-14'), liberation80=(p('2025-05-08'), p('2025-05-11')))   # a23
RRA = dict(m1=7, returns_due=p('2026-03-31'))                                                                # a24
GY_BUDGET = dict(approved=p('2026-02-13'))                                                                   # a25
def cyclone_season(y, sm=11, em=4): return R(dt.date(y, sm, 1), mend(y + 1, em))
def korea_before(n): return KR_2026['election'] - td(n)
CALC = {
 # a01 Belfast, pub Thu 2026-07-02: a bus and rail strike over the Twelfth (an April-March financial year)
 ('a01', 'Friday 10 July to Tuesday 14 July', 1): days3(*TRANSLINK['strike']), ('a01', 'the Eleventh Night', 1): [Dd(NIR_2026['twelfth'] - td(1))],
 ('a01', 'the Twelfth', 2): [Dd(NIR_2026['twelfth'])], ('a01', 'a Sunday', 1): [Dd(NIR_2026['twelfth'])], ('a01', 'Monday 13 July', 1): [Dd(observed_weekend_monday(dt.date(2026, 7, 12)))],
 ('a01', 'that day', 1): [Dd(NIR_2026['twelfth_obs'])], ('a01', 'the end of the month', 1): end_of(2026, 6), ('a01', '1 April', 1): [Dd(p(fyR(2026, 4)[2:12]))],
 ('a01', 'the 2026-27 financial year', 1): [fyR(2026, 4), 'RY:2026..2027'], ("a01", "St Patrick's Day", 1): [Dd(NIR_2026['patrick'])],
 ('a01', 'three weeks later', 1): [Dd(NIR_2026['patrick'] + td(7 * TRANSLINK['talks_resumed_weeks']))], ('a01', 'Wednesday 15 July', 1): [Dd(TRANSLINK['strike'][1] + td(1))],
 ('a01', 'the late summer bank holiday', 1): [Dd(last_wd(2026, 8, 0))],
 # a02 Dhaka, pub Mon 2025-08-11: exams moved by floods (a Friday-Saturday weekend; a July-June year)
 ('a02', 'Tuesday', 1): [Dd(HSC['moved'][0])], ('a02', 'Wednesday', 1): [Dd(HSC['moved'][1])], ('a02', 'August 23 and 24', 1): days3(*HSC['new']),
 ('a02', 'a Saturday', 1): [Dd(HSC['new'][0])], ('a02', 'June 26', 1): [Dd(HSC['start'])], ('a02', 'August 19', 1): [Dd(HSC['old_end'])],
 ('a02', 'August 26 to September 4', 1): days3(*HSC['practicals']), ('a02', 'July 6', 1): [Dd(BD_2025['ashura'])],
 ('a02', 'four days later', 1): [Dd(BD_2025['ashura'] + td(HSC['ashura_delay']))], ('a02', 'FY2025-26', 1): [fyR(2025, HSC['m1']), 'RY:2025..2026'],
 ('a02', 'the end of the month', 1): end_of(2025, 8), ('a02', 'April 14', 1): [Dd(BD_2026['bengali_new_year'])],
 # a03 Kathmandu, pub Sat 2026-10-10: Dashain travel
 ('a03', 'tomorrow', 1): [Dd(NP_2026['ghatasthapana'])], ('a03', 'Sunday, October 18', 1): [Dd(NP_2026['fulpati'])], ('a03', 'Thursday, October 22', 1): [Dd(NP_2026['duwadashi'])],
 ('a03', 'Tuesday, October 20', 1): [Dd(NP_2026['dashami'])], ('a03', 'the following week', 1): [Wk(NP_2026['duwadashi'] + td(7))],
 ('a03', 'October 23', 1): [Dd(DASHAIN['flights_until'])], ('a03', 'September 28', 1): [Dd(DASHAIN['highway'])],
 ('a03', 'November 8', 1): [Dd(NP_2026['laxmi_puja'])], ('a03', 'November 11', 1): [Dd(NP_2026['bhai_tika'])], ('a03', 'November 15', 1): [Dd(NP_2026['chhath'])],
 ('a03', 'the start of Dashain', 1): [Dd(NP_2026['ghatasthapana'])], ('a03', 'the end of Tihar', 1): [Dd(NP_2026['bhai_tika'])],
 # a04 Jerusalem, pub Mon 2025-04-28: Memorial and Independence Days brought forward from the Sabbath (a Friday-Saturday weekend)
 ('a04', 'Wednesday', 1): [Dd(IL_2025['memorial'])], ('a04', 'Thursday, May 1', 1): [Dd(il_independence(NISAN1_5785))], ('a04', '5 Iyar', 1): [Dd(NISAN1_5785 + td(34))],
 ('a04', 'Saturday', 1): [Dd(NISAN1_5785 + td(34))], ('a04', 'Memorial Day', 2): [Dd(il_independence(NISAN1_5785) - td(1))], ('a04', 'tomorrow', 1): [Dd(IL_2025['memorial'] - td(1))],
 ('a04', 'Friday', 1): [Dd(NISAN1_5785 + td(26))], ('a04', 'Thursday', 2): [Dd(il_shoah(NISAN1_5785))], ('a04', 'Wednesday', 2): [Dd(IL_2025['memorial'])],
 ('a04', 'Wednesday', 3): [Dd(IL_2025['memorial'])], ('a04', 'Independence Day', 2): [Dd(IL_2025['independence'])], ('a04', 'May 3', 1): [Dd(NISAN1_5785 + td(34))],
 ('a04', 'May 26', 1): [Dd(IL_2025['jerusalem'])], ('a04', 'June 2', 1): [Dd(IL_2025['shavuot'])], ('a04', 'the eve of the festival', 1): [Dd(IL_2025['shavuot'] - td(1))],
 ('a04', 'the autumn', 1): north('autumn', 2025),
 # a05 Tokyo, pub Fri 2026-04-24: Golden Week and JR East's year (an April-March year)
 ('a05', 'Wednesday, April 29', 1): [Dd(JP_2026['showa'])], ('a05', 'Saturday, May 2', 1): [Dd(JP_2026['constitution'] - td(1))], ('a05', 'a Sunday', 1): [Dd(JP_2026['constitution'])],
 ('a05', 'Wednesday, May 6', 1): [Dd(JP_2026['substitute'])], ('a05', 'May 2 to 6', 1): days3(JP_2026['constitution'] - td(1), JP_2026['substitute']),
 ('a05', 'April 30 and May 1', 1): days3(JP_2026['showa'] + td(1), JP_2026['showa'] + td(2)), ('a05', 'May 2', 3): [Dd(JP_2026['constitution'] - td(1))],
 ('a05', 'the last day of the holidays', 1): [Dd(JP_2026['substitute'])], ('a05', 'a month earlier', 1): [Dd(JP_2026['substitute'].replace(month=4))],
 ('a05', 'April 24 to May 10', 1): days3(*JR_EAST['ana']), ('a05', 'the year that ended on March 31', 1): [fyR(2025, JR_EAST['m1'])], ('a05', 'April 28', 1): [Dd(JR_EAST['results'])],
 ('a05', 'the year to March 2027', 1): [fyR(2026, JR_EAST['m1'])], ('a05', 'First-quarter', 1): [fq(2027, 1, JR_EAST['m1']), 'Q:2026-Q2'],
 ('a05', 'April to June', 1): [fq(2027, 1, JR_EAST['m1']), 'M:2026-04', 'M:2026-06'], ('a05', 'September 19 to 23', 1): days3(JP_2026['aged'] - td(2), JP_2026['equinox']),
 ("a05", "Children's Day", 1): [Dd(JP_2026['children'])],
 # a06 Seoul, pub Tue 2026-05-19: the local elections of 3 June
 ('a06', 'Wednesday, June 3', 1): [Dd(KR_2026['election'])], ('a06', 'June 1, 2022', 1): [Dd(KR_PAST['local_2022'])],
 ('a06', 'May 14 and 15', 1): days3(korea_before(KR_CAL['register']), korea_before(KR_CAL['register'] - 1)), ('a06', 'Thursday', 1): [Dd(korea_before(KR_CAL['campaign']))],
 ('a06', 'June 2', 1): [Dd(korea_before(1))], ('a06', 'the eve of polling', 1): [Dd(korea_before(1))],
 ('a06', 'May 29 and 30', 1): days3(korea_before(KR_CAL['early'][0]), korea_before(KR_CAL['early'][1])), ('a06', 'May 28', 1): [Dd(korea_before(KR_CAL['poll_ban']))],
 ('a06', 'Sunday', 1): [Dd(KR_2026['buddha'])], ('a06', 'Monday', 1): [Dd(KR_2026['buddha_alt'])], ('a06', 'the long weekend', 1): [R(KR_2026['buddha'] - td(1), KR_2026['buddha_alt']), f"P:D:{KR_2026['buddha']}"],
 ('a06', 'June 6', 1): [Dd(KR_2026['memorial'])], ('a06', 'a Saturday', 1): [Dd(KR_2026['memorial'])], ('a06', 'the following day', 1): [Dd(KR_2026['election'] + td(1))],
 ('a06', 'June 3, 2025', 1): [Dd(KR_PAST['presidential_2025'])], ('a06', 'the first 10 days of May', 1): [R(p('2026-05-01'), p('2026-05-10'))],
 ('a06', 'a year earlier', 1): [R(p('2025-05-01'), p('2025-05-10'))], ('a06', 'first quarter', 1): Q(2026, 1), ('a06', 'polling day', 1): [Dd(KR_2026['election'])],
 ('a06', 'the end of the month', 1): end_of(2026, 5),
 # a07 Suva, pub Fri 2025-06-27: the budget for an August-July year (southern)
 ('a07', '2025-2026', 1): [fyR(2025, FIJI['m1']), 'RY:2025..2026'], ('a07', 'the 2024-25', 1): [cyclone_season(2024), 'RY:2024..2025'],
 ('a07', 'the new financial year', 1): [fyR(2025, FIJI['m1'])], ('a07', '1 August', 1): [Dd(p(fyR(2025, FIJI['m1'])[2:12]))], ('a07', 'Friday 11 July', 1): [Dd(FIJI['rises'])],
 ('a07', 'the current year', 1): [fyR(2024, FIJI['m1'])], ('a07', '31 July', 1): [Dd(rng_end(fyR(2024, FIJI['m1'])))],
 ('a07', 'the first ten months of the financial year', 1): [fyR(2024, FIJI['m1'], 10)], ('a07', '2024-2025', 1): [fyR(2024, FIJI['m1']), 'RY:2024..2025'],
 ('a07', 'Fiji Day', 1): [Dd(FJ_2025['fiji_day'])], ('a07', 'the start of the financial year', 1): [Dd(p(fyR(2025, FIJI['m1'])[2:12]))],
 ('a07', 'early 2027', 1): ['YIN:2027', 'IN:2027-01-01..2027-04-30'], ('a07', 'the first half of the new financial year', 1): [fh(2026, 1, FIJI['m1'])],
 # a08 Port Moresby, pub Wed 2025-09-10: fifty years of independence (southern)
 ('a08', 'Tuesday', 1): [Dd(PG_2025['independence'])], ('a08', 'Monday', 1): [Dd(PG_2025['independence'] - td(1))],
 ('a08', 'a four-day weekend', 1): [R(PG_2025['independence'] - td(3), PG_2025['independence']), f"P:D:{PG_2025['independence']}"],
 ('a08', 'Saturday, September 13', 1): [Dd(PG_2025['independence'] - td(3))], ('a08', '16 September 1975', 1): ['D:1975-09-16'],
 ('a08', 'Remembrance Day', 1): [Dd(PG_2025['remembrance'])], ('a08', 'the four-day weekend', 1): [R(PG_2025['independence'] - td(3), PG_2025['independence']), f"P:D:{PG_2025['independence']}"],
 ('a08', 'October 5', 1): [Dd(PNG['break_until'])], ('a08', 'Sunday, September 21', 1): [Dd(PNG['service'])],
 ('a08', 'the holiday weekend', 1): [R(PG_2025['independence'] - td(3), PG_2025['independence']), f"P:D:{PG_2025['independence']}"],
 ('a08', 'the end of the year', 1): ['D:2025-12-31', 'M:2025-12', 'Y:2025'], ('a08', 'mid-2027', 1): ['YIN:2027', 'IN:2027-05-01..2027-08-31'],
 ('a08', 'a Tuesday', 1): [Dd(dt.date(2014, 9, 16))], ('a08', 'Christmas', 1): ['D:2025-12-25'], ('a08', 'a Thursday', 1): ['D:2025-12-25'], ('a08', 'the Friday', 1): ['D:2025-12-26'],
 # a09 Lusaka, pub Wed 2026-01-14: the election timetable (southern)
 ('a09', 'Thursday, August 13', 1): [Dd(zm_election(2026))], ('a09', 'the second Thursday of August', 1): [Dd(nth_wd(2026, 8, 3, 2))],
 ('a09', 'May 11 to 15', 1): days3(*ECZ['nominations']), ('a09', 'the following Monday', 1): [Dd(coming(ECZ['nominations'][1], 0))],
 ('a09', 'August 12', 1): [Dd(zm_election(2026) - td(1))], ('a09', 'the eve of polling', 1): [Dd(zm_election(2026) - td(1))],
 ('a09', 'October 13 to November 21', 1): days3(*ECZ['registration']), ('a09', 'March 12', 1): [Dd(ZM_2026['youth'])],
 ('a09', 'September 19', 1): [Dd(zm_election(2026) + td(ECZ['runoff_days']))], ('a09', 'July 6 and 7', 1): days3(ZM_2026['heroes'], ZM_2026['unity']),
 ('a09', 'August 3', 1): [Dd(ZM_2026['farmers'])], ('a09', 'August 12, 2021', 1): [Dd(ZM_2021['election'])], ('a09', 'the first quarter', 1): Q(2026, 1),
 # a10 Kampala, pub Sat 2025-05-31: Martyrs' Day and the budget (a July-June year)
 ('a10', 'Tuesday', 1): [Dd(UG_2025['martyrs'])], ("a10", "Martyrs' Day", 2): [Dd(UG_2025['martyrs'])], ('a10', 'the day', 1): [Dd(UG_2025['martyrs'])],
 ('a10', 'the following Monday', 1): [Dd(coming(UG_2025['martyrs'], 0))], ('a10', 'Friday', 2): [Dd(UG_2025['eid_adha'])],
 ('a10', 'the 2025/26 financial year', 1): [fyR(2025, KOLOLO['m1']), 'RY:2025..2026'], ('a10', 'Thursday, June 12', 1): [Dd(KOLOLO['budget'])],
 ('a10', 'July 1', 1): [Dd(p(fyR(2025, KOLOLO['m1'])[2:12]))], ('a10', '3 June 1886', 1): ['D:1886-06-03'],
 ('a10', 'the 19th century', 1): century(19),
 # a11 Port of Spain, pub Wed 2026-02-11: Carnival (Monday and Tuesday before Ash Wednesday)
 ('a11', 'Monday', 1): [Dd(carnival(2026)[0])], ('a11', 'Tuesday', 1): [Dd(carnival(2026)[1])], ('a11', 'Ash Wednesday', 1): [Dd(E[2026] - td(46))],
 ('a11', 'Saturday', 1): [Dd(carnival(2026)[0] - td(2))], ('a11', 'Sunday', 1): [Dd(carnival(2026)[0] - td(1))], ('a11', 'Saturday, February 7', 1): [Dd(NCC['kiddies'])],
 ('a11', 'January 30', 1): [Dd(NCC['stands'])], ('a11', 'Carnival Monday and Tuesday', 1): days3(*carnival(2026)), ('a11', 'Friday', 1): [Dd(NCC['schools'][0])],
 ('a11', 'Thursday, February 19', 1): [Dd(NCC['schools'][1])], ('a11', 'March 3 and 4', 1): days3(*carnival(2025)), ('a11', 'February 8 and 9, 2027', 1): days3(*carnival(2027)),
 ('a11', 'Monday', 4): [Dd(carnival(2026)[0])], ('a11', 'Friday, February 13', 1): [Dd(carnival(2026)[0] - td(3))], ('a11', 'Tuesday', 5): [Dd(carnival(2026)[1])],
 ('a11', 'the end of the month', 1): end_of(2026, 2), ('a11', 'March 30', 1): [Dd(TT_2026['baptist'])],
 # a12 Bridgetown, pub Fri 2026-11-20: a women's series around Independence Day
 ('a12', 'Wednesday', 1): [Dd(CWI['washed_out'])], ('a12', 'Sunday', 1): [Dd(CWI['replay'])], ('a12', 'Tuesday 24 November', 1): [Dd(CWI['third'])],
 ('a12', '30 November', 1): [Dd(BB_2026['independence'])], ('a12', '30 November 1966', 1): ['D:1966-11-30'], ('a12', 'Sunday 15 November', 1): [Dd(CWI['first'])],
 ('a12', 'Wednesday', 2): [Dd(CWI['washed_out'])], ('a12', 'December 1', 1): [Dd(CWI['fly'])], ('a12', 'the day after Independence Day', 1): [Dd(BB_2026['independence'] + td(1))],
 ('a12', 'the new year', 1): ['Y:2027'], ('a12', 'Sunday 29 November', 1): [Dd(BB_2026['independence'] - td(1))],
 # a13 Hamilton, pub Mon 2026-07-27: Cup Match (the Thursday and Friday before the first Monday in August)
 ('a13', 'Thursday and Friday', 1): days3(*cup_match(2026)), ('a13', 'July 30 and 31', 1): days3(BM_2026['emancipation'], BM_2026['mary_prince']),
 ('a13', 'the first Monday in August', 1): [Dd(nth_wd(2026, 8, 0, 1))], ('a13', 'August 1, 1834', 1): ['D:1834-08-01'],
 ('a13', 'the day after Cup Match', 1): [Dd(cup_match(2026)[1] + td(1))], ('a13', 'Wednesday', 1): [Dd(cup_match(2026)[0] - td(1))],
 ('a13', 'the long weekend', 1): [R(cup_match(2026)[0], cup_match(2026)[1] + td(2)), f"P:D:{BM_2026['emancipation']}"], ('a13', 'Bermuda Day', 1): [Dd(bermuda_day(2026))],
 ('a13', 'Tuesday last week', 1): [Dd(p('2026-07-27') - td(6))], ('a13', 'Wednesday', 2): [Dd(cup_match(2026)[0] - td(1))], ('a13', 'the first day', 1): [Dd(cup_match(2026)[0])],
 ('a13', 'September 7', 1): [Dd(BM_2026['labour'])],
 # a14 Gibraltar, pub Wed 2025-11-12: tax returns for a July-June year
 ('a14', 'the year of assessment that ended on 30 June', 1): [fyR(2024, ITO['m1'])], ('a14', '30 November', 1): [Dd(ITO['deadline'])], ('a14', 'a Sunday', 1): [Dd(ITO['deadline'])],
 ('a14', 'Monday 1 December', 1): [Dd(next_business_day(ITO['deadline']))], ('a14', 'Saturday 29 November', 1): [Dd(ITO['deadline'] - td(1))],
 ('a14', '2025/26', 1): [fyR(2025, ITO['m1']), 'RY:2025..2026'], ('a14', '31 December', 1): ['D:2025-12-31'], ('a14', '30 June', 2): [Dd(rng_end(fyR(2025, ITO['m1'])))],
 ('a14', 'the next year of assessment', 1): [fyR(2026, ITO['m1'])], ('a14', '1 July', 1): [Dd(p(fyR(2026, ITO['m1'])[2:12]))], ('a14', 'National Day', 1): [Dd(GI['national_2025'])],
 ('a14', 'Christmas', 1): ['D:2025-12-25'], ('a14', 'the winter midterm bank holiday', 1): [Dd(nth_wd(2026, 2, 0, 3))], ('a14', '2024/25', 1): [fyR(2024, ITO['m1']), 'RY:2024..2025'],
 ('a14', 'the end of the year', 1): ['D:2025-12-31', 'M:2025-12', 'Y:2025'], ('a14', 'the extra day', 1): [Dd(next_business_day(ITO['deadline']))],
 # a15 Limassol, pub Thu 2026-05-28: a halloumi recall before Kataklysmos (Orthodox Pentecost Monday)
 ('a15', '10/06/2026', 1): [Dd(HALLOUMI['use_by'][0])], ('a15', '24/06/2026', 1): [Dd(HALLOUMI['use_by'][1])], ('a15', 'May 19', 1): [Dd(HALLOUMI['sampled'])],
 ('a15', 'Monday', 1): [Dd(orthodox_easter(2026) + td(50))], ('a15', 'Orthodox Easter', 1): [Dd(orthodox_easter(2026))], ('a15', 'Easter', 2): [Dd(CY_2026['easter'])],
 ('a15', 'Friday', 1): [Dd(CY_2026['pentecost_monday'] - td(3))], ('a15', 'Tuesday', 1): [Dd(CY_2026['pentecost_monday'] + td(1))],
 ('a15', 'the first quarter', 1): Q(2026, 1), ('a15', 'a year earlier', 1): Q(2025, 1), ('a15', 'the end of June', 1): end_of(2026, 6),
 ('a15', 'the summer of 2024', 1): north('summer', 2024),
 # a16 Boston, pub Fri 2026-04-17: the marathon on Patriots' Day (the third Monday in April)
 ('a16', 'Monday', 1): [Dd(MA['patriots_2026'])], ('a16', 'the third Monday in April', 1): [Dd(nth_wd(2026, 4, 0, 3))], ('a16', 'April 19, 1897', 1): ['D:1897-04-19'],
 ('a16', 'April 19, 1775', 1): ['D:1775-04-19'], ('a16', 'Wednesday', 1): ['D:2026-04-15'], ('a16', 'April 15', 1): [Dd(MA['patriots_2024'])],
 ('a16', 'April 17', 2): [Dd(MA['patriots_2024'] + td(2))], ('a16', 'April 20 to 24', 1): days3(MA['patriots_2026'], MA['patriots_2026'] + td(BPS['vacation_days'] - 1)),
 ('a16', 'Monday', 4): [Dd(MA['patriots_2026'])],
 # a17 Galveston, pub Tue 2026-06-16: Juneteenth
 ('a17', 'Friday', 1): [Dd(TX_2026['juneteenth'])], ('a17', 'a long weekend', 1): [R(TX_2026['juneteenth'], TX_2026['juneteenth'] + td(2)), f"P:D:{TX_2026['juneteenth']}"],
 ('a17', 'June 19, 1865', 1): ['D:1865-06-19'], ('a17', 'Friday', 2): [Dd(TX_2026['juneteenth'])],
 ('a17', 'the long weekend', 1): [R(TX_2026['juneteenth'], TX_2026['juneteenth'] + td(2)), f"P:D:{TX_2026['juneteenth']}"],
 ('a17', 'hurricane season', 1): [R(p('2026-06-01'), p('2026-11-30'))], ('a17', 'June 1', 1): ['D:2026-06-01'], ('a17', 'Nov. 30', 1): ['D:2026-11-30'],
 ('a17', 'a Saturday', 1): [Dd(TX_2026['independence'])], ('a17', 'Friday, July 3', 1): [Dd(observed_sat_fri(TX_2026['independence']))],
 # a18 Sacramento, pub Thu 2025-03-27: Cesar Chavez Day and the budget (a July-June year)
 ('a18', 'Monday', 1): [Dd(CA_2025['chavez'])], ('a18', 'March 31, 1927', 1): ['D:1927-03-31'], ('a18', 'the 2025-26 fiscal year', 1): [fyR(2025, CA_BUDGET['m1']), 'RY:2025..2026'],
 ('a18', 'July 1', 1): [Dd(p(fyR(2025, CA_BUDGET['m1'])[2:12]))], ('a18', 'Jan. 10', 1): [Dd(CA_BUDGET['proposal'])], ('a18', 'May 14', 1): [Dd(CA_BUDGET['may_revision'])],
 ('a18', 'June 15', 1): [Dd(CA_BUDGET['deadline'])], ('a18', 'July through February', 1): [R(p(fyR(2024, 7)[2:12]), mend(2025, 2)), 'M:2024-07', 'M:2025-02'],
 ('a18', 'April 15', 1): [Dd(CA_BUDGET['filing'])], ('a18', 'Oct. 15', 1): [Dd(CA_BUDGET['la_filing'])],
 ('a18', 'the last quarter of the fiscal year', 1): [fq(2025, 4, CA_BUDGET['m1']), 'Q:2025-Q2'], ('a18', 'Tuesday', 1): [Dd(CA_2025['chavez'] + td(1))],
 ('a18', 'The current fiscal year', 1): [fyR(2024, CA_BUDGET['m1'])], ('a18', 'June 30', 1): [Dd(rng_end(fyR(2024, CA_BUDGET['m1'])))],
 ('a18', 'a year later', 1): ['Y:1966'], ('a18', 'Tuesday', 2): [Dd(CA_2025['chavez'] + td(1))],
 # a19 Christchurch, pub Wed 2025-11-05: Cup and Show Week (southern)
 ('a19', 'Tuesday 11 November', 1): [Dd(show_day(2025) - td(3))], ('a19', 'Friday 14 November', 1): [Dd(CAN_2025['show_day'])],
 ('a19', 'the second Friday after the first Tuesday in November', 1): [Dd(show_day(2025))], ('a19', '12 to 14 November', 1): days3(show_day(2025) - td(2), show_day(2025)),
 ('a19', 'yesterday', 1): [Dd(VIC_2025['melbourne_cup'])], ('a19', 'the first long weekend', 1): [R(show_day(2025), show_day(2025) + td(2)), f"P:D:{show_day(2025)}"],
 ('a19', 'Labour Day', 1): [Dd(CAN_2025['labour'])], ('a19', 'the Friday', 1): [Dd(CAN_2025['show_day'])], ('a19', '16 December 1850', 1): [Dd(ADDINGTON['ships'])],
 ('a19', 'the anniversary', 1): [Dd(ADDINGTON['ships'].replace(year=2025))], ('a19', '1 August', 1): [Dd(p(fyR(2025, ADDINGTON['racing_m1'])[2:12]))],
 ('a19', '31 July', 1): [Dd(rng_end(fyR(2025, ADDINGTON['racing_m1'])))], ('a19', 'Cup Day', 1): [Dd(show_day(2025) - td(3))],
 # a20 Apia, pub Tue 2025-12-09: a cyclone in the season of 1 November to 30 April (southern)
 ('a20', '1 November to 30 April', 1): days3(dt.date(2025, 11, 1), mend(2026, 4)), ('a20', 'Friday', 4): [Dd(SAMOA['broke_up'])],
 ('a20', '2025-26', 1): [cyclone_season(2025), 'RY:2025..2026'], ('a20', 'Christmas', 1): ['D:2025-12-25'], ('a20', 'the new year', 1): ['Y:2026'],
 ('a20', '30 December 2011', 1): ['D:2011-12-30'], ('a20', '13 December 2012', 1): ['D:2012-12-13'],
 # a21 Osaka, pub Tue 2025-06-17: an annual meeting and year-end dividend (an April-March year)
 ('a21', 'June 26', 1): [Dd(NANIWA['agm'])], ('a21', 'the year to March', 1): [fyR(2024, NANIWA['m1'])], ('a21', 'March 31', 1): [Dd(rng_end(fyR(2024, NANIWA['m1'])))],
 ('a21', 'June 27', 1): [Dd(NANIWA['agm'] + td(1))], ('a21', 'the day after the meeting', 1): [Dd(NANIWA['agm'] + td(1))], ('a21', 'June 25', 1): [Dd(NANIWA['agm'] - td(1))], ('a21', 'the day before the meeting', 1): [Dd(NANIWA['agm'] - td(1))],
 ('a21', 'April 13', 1): [Dd(NANIWA['expo'][0])], ('a21', 'October 13', 1): [Dd(NANIWA['expo'][1])], ('a21', 'the current year', 1): [fyR(2025, NANIWA['m1'])],
 ('a21', 'the April-June quarter', 1): Q(2025, 2), ('a21', 'July 31', 1): [Dd(NANIWA['q1_results'])], ('a21', 'the six months from July', 1): [months(2025, 7, 2025, 12)],
 ('a21', 'Marine Day', 1): [Dd(JP_2025['marine'])], ('a21', 'the end of August', 1): end_of(2025, 8), ('a21', 'the year to March 2027', 1): [fyR(2026, NANIWA['m1'])],
 # a22 Douglas, pub Thu 2026-06-04: the TT postponed (the TT Bank Holiday, Tynwald Day moved off a Sunday)
 ('a22', 'Wednesday', 1): [Dd(TT_RACES['postponed'])], ('a22', 'Friday', 1): [Dd(IM_2026['tt'])], ('a22', 'Saturday 6 June', 1): [Dd(TT_RACES['senior'])],
 ('a22', 'Sunday', 1): [Dd(TT_RACES['senior'] + td(1))], ('a22', 'the Spring Bank Holiday', 1): [Dd(IM_2026['spring'])], ('a22', '28 May 1907', 1): ['D:1907-05-28'],
 ('a22', '5 July', 1): ['D:2026-07-05'], ('a22', 'a Sunday', 1): ['D:2026-07-05'], ('a22', 'Monday 6 July', 1): [Dd(observed_weekend_monday(p('2026-07-05')))],
 ('a22', 'Sunday', 3): [Dd(TT_RACES['senior'] + td(1))],
 # a23 St Helier, pub Tue 2025-05-06: a trial adjourned over Liberation Day
 ('a23', 'Monday 12 May', 1): [Dd(JERSEY_TRIAL['adjourned_to'])], ('a23', 'Friday', 1): [Dd(JE_2025['liberation'])], ('a23', 'yesterday', 1): [Dd(JE_2025['early_may'])],
 ('a23', 'a year later', 1): ['M:2023-03', 'P:Y:2023'], ('a23', '14 April', 1): [Dd(JERSEY_TRIAL['sworn'])], ('a23', 'Good Friday', 1): [Dd(JE_2025['good_friday'])],
 ('a23', 'Easter Monday', 1): [Dd(JE_2025['easter_monday'])], ('a23', 'Monday 12 May', 2): [Dd(JERSEY_TRIAL['adjourned_to'])],
 ('a23', 'the following week', 1): [Wk(JERSEY_TRIAL['adjourned_to'] + td(7))], ('a23', 'the end of the month', 1): end_of(2025, 5), ('a23', '9 May 1945', 1): ['D:1945-05-09'],
 ('a23', 'the day after VE Day', 1): [Dd(dt.date(1945, 5, 8) + td(1))], ('a23', 'Thursday 8 May to Sunday 11 May', 1): days3(*JERSEY_TRIAL['liberation80']),
 ('a23', 'the day itself', 1): [Dd(JE_2025['liberation'])], ('a23', 'the Spring Bank Holiday', 1): [Dd(JE_2025['spring'])],
 # a24 Kigali, pub Fri 2026-06-26: Umuganda, Independence Day and Kwibohora (a July-June year)
 ('a24', 'tomorrow', 1): [Dd(umuganda(2026, 6))], ('a24', 'the last Saturday of the month', 1): [Dd(last_wd(2026, 6, 5))], ('a24', 'Wednesday', 1): [Dd(RW_2026['independence'])],
 ('a24', 'July 4', 1): [Dd(RW_2026['liberation'])], ('a24', 'a Saturday', 1): [Dd(RW_2026['liberation'])], ('a24', 'Monday, July 6', 1): [Dd(RW_2026['liberation_obs'])],
 ('a24', 'July 4, 1994', 1): ['D:1994-07-04'], ('a24', 'the 2026/27 fiscal year', 1): [fyR(2026, RRA['m1']), 'RY:2026..2027'], ('a24', 'July 1', 1): [Dd(p(fyR(2026, RRA['m1'])[2:12]))],
 ('a24', 'March 31', 1): [Dd(RRA['returns_due'])], ('a24', 'the end of the month', 1): end_of(2026, 6), ('a24', 'Saturday', 3): [Dd(umuganda(2026, 6))],
 ('a24', 'the long weekend', 1): [R(RW_2026['liberation'], RW_2026['liberation_obs']), f"P:D:{RW_2026['liberation']}"], ('a24', 'July 25', 1): [Dd(umuganda(2026, 7))],
 ('a24', 'the first Friday of August', 1): [Dd(RW_2026['umuganura'])], ('a24', 'Saturday', 4): [Dd(umuganda(2026, 6))],
 # a25 Georgetown, a Sunday paper, pub Sun 2026-02-22: Mashramani on Republic Day
 ('a25', 'tomorrow', 1): [Dd(GY_2026['republic'])], ('a25', 'Feb. 23, 1970', 1): ['D:1970-02-23'], ('a25', 'Monday', 1): [Dd(GY_2026['republic'])],
 ('a25', 'Feb. 13', 1): [Dd(GY_BUDGET['approved'])], ('a25', 'March 3', 1): [Dd(GY_2026['phagwah'])],
 ('a25', 'the Easter weekend', 1): [R(GY_2026['good_friday'], GY_2026['easter_monday']), f'P:D:{E[2026]}'], ('a25', 'Good Friday', 1): [Dd(GY_2026['good_friday'])],
 ('a25', 'Easter Monday', 1): [Dd(GY_2026['easter_monday'])], ('a25', 'May 26', 1): [Dd(GY_2026['independence'])], ('a25', 'the first Monday of July', 1): [Dd(nth_wd(2026, 7, 0, 1))],
 ('a25', 'a Sunday', 1): [Dd(GY_2025['republic'])],
}
# months and parts of months named without a year: 'past' is the latest such month not after the publication month,
# 'future' the earliest not before it
MONTH_TENSE = {
 ('a01', 'May', 1): 'past',
 ('a02', 'early November', 1): 'future', ('a02', 'December', 1): 'future', ('a02', 'late September', 1): 'future', ('a02', 'April', 1): 'future',
 ('a03', 'early July', 1): 'past', ('a03', 'mid-July', 1): 'past',
 ('a04', 'March', 1): 'past',
 ('a05', 'late July', 1): 'future', ('a05', 'mid-August', 1): 'future', ('a05', 'September', 1): 'future',
 ('a07', 'May', 1): 'past', ('a07', 'February', 1): 'future', ('a07', 'late July', 1): 'future',
 ('a09', 'March', 1): 'future', ('a09', 'September', 2): 'past', ('a09', 'June', 1): 'future',
 ('a12', 'October', 1): 'past', ('a12', 'mid-November', 1): 'past', ('a12', 'mid-December', 1): 'future', ('a12', 'January', 1): 'future',
 ('a14', 'June', 4): 'past', ('a14', 'March', 1): 'past',
 ('a15', 'mid-June', 1): 'future',
 ('a16', 'September', 1): 'future',
 ('a17', 'mid-July', 1): 'future',
 ('a18', 'January', 1): 'past', ('a18', 'mid-April', 1): 'future',
 ('a19', 'late November', 1): 'future',
 ('a21', 'June', 5): 'past', ('a21', 'late June', 1): 'future',
 ('a22', 'late August', 1): 'future',
 ('a23', 'July', 1): 'future', ('a23', 'June', 1): 'future',
 ('a24', 'late May', 1): 'past', ('a24', 'mid-September', 1): 'future',
}
# bare weekdays outside CALC, by the tense of the verb that governs them (p24's table): 'past' ('said on Thursday', 'sold
# out on Saturday'), 'future' ('begins on Thursday', 'is due on Friday'), 'today'; each was set from its clause before the check ran
WEEKDAY_TENSE = {
 ('a01', 'Tuesday', 1): 'past', ('a01', 'Wednesday', 1): 'past', ('a01', 'Friday', 2): 'future',
 ('a02', 'Sunday', 1): 'past', ('a02', 'Thursday', 1): 'future', ('a02', 'Thursday', 2): 'past',
 ('a03', 'Thursday', 1): 'future', ('a03', 'Friday', 1): 'past', ('a03', 'Wednesday', 1): 'future',
 ('a04', 'Sunday', 1): 'past',
 ('a05', 'Thursday', 1): 'past',
 ('a06', 'Monday', 3): 'past',
 ('a07', 'Monday', 1): 'future', ('a07', 'Wednesday', 1): 'past',
 ('a08', 'Monday', 2): 'past', ('a08', 'Friday', 1): 'future', ('a08', 'Thursday', 1): 'future',
 ('a09', 'Tuesday', 1): 'past', ('a09', 'Monday', 2): 'future',
 ('a10', 'Friday', 1): 'past', ('a10', 'Monday', 1): 'future', ('a10', 'Wednesday', 1): 'future',
 ('a11', 'Tuesday', 3): 'past',
 ('a12', 'Thursday', 1): 'past', ('a12', 'Monday', 1): 'future', ('a12', 'Saturday', 1): 'future',
 ('a13', 'Saturday', 1): 'past', ('a13', 'Saturday', 2): 'past',
 ('a14', 'Tuesday', 1): 'past',
 ('a15', 'Wednesday', 1): 'past', ('a15', 'Saturday', 1): 'future',
 ('a16', 'Sunday', 1): 'future', ('a16', 'Thursday', 1): 'past',
 ('a17', 'Saturday', 1): 'future', ('a17', 'Monday', 1): 'past', ('a17', 'Sunday', 1): 'future', ('a17', 'Saturday', 3): 'future',
 ('a18', 'Wednesday', 1): 'past', ('a18', 'Saturday', 1): 'future',
 ('a19', 'Tuesday', 3): 'past',
 ('a20', 'Thursday', 1): 'future', ('a20', 'Friday', 1): 'future', ('a20', 'Monday', 1): 'past', ('a20', 'Friday', 2): 'future', ("a20", "Friday's", 1): 'future',
 ('a20', 'Thursday', 2): 'future', ('a20', 'Wednesday', 1): 'future',
 ('a21', 'Monday', 1): 'past',
 ('a22', 'Wednesday', 2): 'past', ('a22', 'Monday', 1): 'future',
 ('a23', 'Friday', 2): 'past', ('a23', 'Wednesday', 1): 'future', ('a23', 'Thursday', 1): 'future',
 ('a24', 'Thursday', 1): 'past', ('a24', 'Thursday', 2): 'future',
 ('a25', 'Friday', 1): 'past', ('a25', 'Friday', 2): 'past',
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
        if re.match(r'(?i)the \w+ \w+ (?:after|before) the ', span): continue   # p25: 'the second Friday after the first Tuesday in November' names its anchor's weekday too
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
    for m in re.finditer(r'\b(\d{2})/(\d{2})/(\d{4})\b', span):                   # p25: slashed, day first (Cyprus)
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
              'the weekend': [wknd(coming(ref, 5))] if d not in FRI_SAT_WEEKEND else [R(coming(ref, 4), coming(ref, 4) + td(1))],   # p25: Friday-Saturday weekends
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
