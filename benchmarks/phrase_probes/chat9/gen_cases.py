#!/usr/bin/env python3
"""Generator for chat9/cases.py: every expected date is computed here with datetime.

Run: python3 gen_cases.py  -> writes cases.py (literal ISO values, next to this
file) and prints a review listing (pub weekday + resolved values) for eyeballing.
Helpers up to the holiday sanity checks are chat3's, unchanged; then chat7's
helpers, unchanged; then the helpers for this probe's added conventions.
"""
import calendar
import pprint
from datetime import date, timedelta

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
WDN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def D(s):
    return date.fromisoformat(s)


def td(n):
    return timedelta(days=n)


# ---- value constructors (each returns a list of (start, end) alternatives)
def DAY(d):
    return [(d, d)]


def RANGE(a, b):
    assert a <= b, (a, b)
    return [(a, b)]


def WEEK(d):
    m = d - td(d.weekday())
    return [(m, m + td(6))]


def MONTH(y, m):
    return [(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]))]


def MONTH_OF(d):
    return MONTH(d.year, d.month)


def YEAR(y):
    return [(date(y, 1, 1), date(y, 12, 31))]


def QTR(y, q):
    m0 = 3 * (q - 1) + 1
    return [(date(y, m0, 1), MONTH(y, m0 + 2)[0][1])]


def HALF(y, h):
    return [(date(y, 1, 1), date(y, 6, 30))] if h == 1 else [(date(y, 7, 1), date(y, 12, 31))]


def ALTS(*lists):
    out = []
    for l in lists:
        for a in l:
            if a not in out:
                out.append(a)
    return out


# ---- relative helpers
def nxt(p, wd):           # first coming weekday strictly after p
    d = p + td(1)
    while d.weekday() != wd:
        d += td(1)
    return d


def prv(p, wd):           # most recent weekday strictly before p
    d = p - td(1)
    while d.weekday() != wd:
        d -= td(1)
    return d


def thisw(p, wd):         # weekday wd of p's Mon..Sun week
    return p - td(p.weekday()) + td(wd)


def nextw(p, wd):         # weekday wd of the following Mon..Sun week
    return thisw(p, wd) + td(7)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def month_rel(p, n):
    return MONTH_OF(add_months(p.replace(day=1), n))


def quarter_of(d):
    return (d.month - 1) // 3 + 1


# ---- holidays
def easter(y):            # anonymous Gregorian algorithm
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return date(y, month, day)


def nth_wd(y, m, wd, n):
    d = date(y, m, 1)
    while d.weekday() != wd:
        d += td(1)
    return d + td(7 * (n - 1))


def last_wd(y, m, wd):
    d = date(y, m, calendar.monthrange(y, m)[1])
    while d.weekday() != wd:
        d -= td(1)
    return d


def thanksgiving(y): return nth_wd(y, 11, THU, 4)
def labor_day(y): return nth_wd(y, 9, MON, 1)
def memorial_day(y): return last_wd(y, 5, MON)
def mlk_day(y): return nth_wd(y, 1, MON, 3)
def mothers_day(y): return nth_wd(y, 5, SUN, 2)


# sanity checks of the holiday math against independently known dates
assert easter(2019) == date(2019, 4, 21)
assert easter(2023) == date(2023, 4, 9)
assert easter(2024) == date(2024, 3, 31)
assert easter(2025) == date(2025, 4, 20)
assert easter(2000) == date(2000, 4, 23)
assert thanksgiving(2020) == date(2020, 11, 26)
assert thanksgiving(2021) == date(2021, 11, 25)
assert labor_day(2022) == date(2022, 9, 5)
assert memorial_day(2021) == date(2021, 5, 31)
assert mlk_day(2027) == date(2027, 1, 18)
assert mlk_day(2024) == date(2024, 1, 15)
assert mothers_day(2019) == date(2019, 5, 12)
assert date(2024, 1, 1).weekday() == MON and date(2020, 1, 1).weekday() == WED


# ---- added for chat7 (its "ADDED IN THIS PROBE" section, copied into HEADER as "ADDED IN chat7")
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def good_friday(y): return easter(y) - td(2)
def easter_monday(y): return easter(y) + td(1)
def black_friday(y): return thanksgiving(y) + td(1)
def cyber_monday(y): return thanksgiving(y) + td(4)
def presidents_day(y): return nth_wd(y, 2, MON, 3)
def fathers_day(y): return nth_wd(y, 6, SUN, 3)
def columbus_day(y): return nth_wd(y, 10, MON, 2)


LUNAR_NEW_YEAR = {2024: date(2024, 2, 10), 2025: date(2025, 1, 29),
                  2026: date(2026, 2, 17), 2027: date(2027, 2, 6)}

assert easter(2026) == date(2026, 4, 5)
assert easter(2027) == date(2027, 3, 28)
assert easter(2028) == date(2028, 4, 16)
assert good_friday(2027) == date(2027, 3, 26)
assert easter_monday(2025) == date(2025, 4, 21)
assert thanksgiving(2024) == date(2024, 11, 28)
assert thanksgiving(2025) == date(2025, 11, 27)
assert thanksgiving(2026) == date(2026, 11, 26)
assert fathers_day(2022) == date(2022, 6, 19)
assert presidents_day(2028) == date(2028, 2, 21)
assert columbus_day(2026) == date(2026, 10, 12)
assert LUNAR_NEW_YEAR[2027].weekday() == SAT


def SEASON(y, name):
    """Northern-hemisphere meteorological season; winter y = Dec y .. end Feb y+1."""
    if name == "spring":
        return [(date(y, 3, 1), date(y, 5, 31))]
    if name == "summer":
        return [(date(y, 6, 1), date(y, 8, 31))]
    if name in ("autumn", "fall"):
        return [(date(y, 9, 1), date(y, 11, 30))]
    if name == "winter":
        return [(date(y, 12, 1), MONTH(y + 1, 2)[0][1])]
    raise ValueError(name)


def DECADE(y0):
    assert y0 % 10 == 0
    return [(date(y0, 1, 1), date(y0 + 9, 12, 31))]


def CENTURY(n):
    """The n-th century: 100(n-1)..100(n-1)+99 (TimeML "18" style), alt the strict count."""
    a = 100 * (n - 1)
    return [(date(a, 1, 1), date(a + 99, 12, 31)), (date(a + 1, 1, 1), date(a + 100, 12, 31))]


def YEAR_PART(y, part):
    """early/mid/late <year>: the year (alt Jan-Apr / May-Aug / Sep-Dec)."""
    alt = {"early": (date(y, 1, 1), date(y, 4, 30)),
           "mid": (date(y, 5, 1), date(y, 8, 31)),
           "late": (date(y, 9, 1), date(y, 12, 31))}[part]
    return ALTS(YEAR(y), [alt])


def END_OF_YEAR(y):
    return ALTS(YEAR(y), DAY(date(y, 12, 31)), MONTH(y, 12))


def END_OF_WEEK(d):
    """end of (this/next) week: the Mon..Sun week (alt its Friday, alt its Sunday)."""
    m = d - td(d.weekday())
    return ALTS(WEEK(m), DAY(m + td(4)), DAY(m + td(6)))


def MONTH_PART(y, m, part):
    """early/mid/late <Month> (chat3): the month (alt days 1-10 / 11-20 / 21-end)."""
    last = calendar.monthrange(y, m)[1]
    alt = {"early": (date(y, m, 1), date(y, m, 10)),
           "mid": (date(y, m, 11), date(y, m, 20)),
           "late": (date(y, m, 21), date(y, m, last))}[part]
    return ALTS(MONTH(y, m), [alt])


def START_OF_MONTH(y, m):
    """start/beginning of <month>: the month (alt its 1st; alt days 1-10)."""
    return ALTS(MONTH(y, m), DAY(date(y, m, 1)), [(date(y, m, 1), date(y, m, 10))])


def DAY_OR_WEEK(d):
    """"in two weeks"-style (chat3): the day (alt its Mon..Sun week)."""
    return ALTS(DAY(d), WEEK(d))


def WEEKEND(sat):
    assert sat.weekday() == SAT, sat
    return [(sat, sat + td(1))]


def ordinal_future(p, n):
    """bare "the Nth" in a future sentence: this month if n > today, else next month."""
    if n > p.day:
        return date(p.year, p.month, n)
    q = add_months(p.replace(day=1), 1)
    return date(q.year, q.month, n)


def ordinal_past(p, n):
    """bare "the Nth" in a past sentence: this month if n < today, else last month."""
    if n < p.day:
        return date(p.year, p.month, n)
    q = add_months(p.replace(day=1), -1)
    return date(q.year, q.month, n)


# ---- added for chat9 (see "ADDED IN THIS PROBE" in HEADER; written before the rows)
def mardi_gras(y): return easter(y) - td(47)          # = Shrove Tuesday / Pancake Day
def ash_wednesday(y): return easter(y) - td(46)
def mothering_sunday(y): return easter(y) - td(21)    # UK Mother's Day
def remembrance_sunday(y): return nth_wd(y, 11, SUN, 2)
def canadian_thanksgiving(y): return nth_wd(y, 10, MON, 2)
def patriots_day(y): return nth_wd(y, 4, MON, 3)
def election_day(y): return nth_wd(y, 11, MON, 1) + td(1)


def kings_day(y):         # Apr 27, moved to Apr 26 when the 27th is a Sunday
    d = date(y, 4, 27)
    return d - td(1) if d.weekday() == SUN else d


DIWALI = {2023: date(2023, 11, 12)}
HOLI = {2024: date(2024, 3, 25)}
EID_AL_FITR = {2024: date(2024, 4, 10)}      # alt: the next day (later moon sighting)
MID_AUTUMN = {2025: date(2025, 10, 6)}

# sanity checks against independently known dates
assert easter(2020) == date(2020, 4, 12)
assert easter(2029) == date(2029, 4, 1)
assert mardi_gras(2024) == date(2024, 2, 13)
assert mardi_gras(2025) == date(2025, 3, 4)
assert ash_wednesday(2029) == date(2029, 2, 14)
assert mothering_sunday(2020) == date(2020, 3, 22)
assert remembrance_sunday(2021) == date(2021, 11, 14)
assert canadian_thanksgiving(2022) == date(2022, 10, 10)
assert patriots_day(2026) == date(2026, 4, 20)
assert election_day(2024) == date(2024, 11, 5)
assert election_day(2028) == date(2028, 11, 7)
assert kings_day(2028) == date(2028, 4, 27) and kings_day(2025) == date(2025, 4, 26)
assert DIWALI[2023].weekday() == SUN and EID_AL_FITR[2024].weekday() == WED


def unit_start(p, unit):
    if unit == "week":
        return p - td(p.weekday())
    if unit == "month":
        return p.replace(day=1)
    if unit == "year":
        return date(p.year, 1, 1)
    raise ValueError(unit)


def unit_of(p, unit):
    return {"week": WEEK, "month": MONTH_OF, "year": lambda d: YEAR(d.year)}[unit](p)


def EARLIER_THIS(p, unit):
    """"earlier this week/month/year": the unit (alt start..yesterday; alt start..today)."""
    s = unit_start(p, unit)
    assert s < p, (p, unit)
    return ALTS(unit_of(p, unit), RANGE(s, p - td(1)), RANGE(s, p))


def LATER_THIS(p, unit):
    """"later this week/month/year": the unit (alt tomorrow..end; alt today..end)."""
    e = unit_of(p, unit)[0][1]
    assert p < e, (p, unit)
    return ALTS(unit_of(p, unit), RANGE(p + td(1), e), RANGE(p, e))


def SO_FAR_THIS_YEAR(p):
    return ALTS(YEAR(p.year), RANGE(date(p.year, 1, 1), p))


def shift(p, n, unit):
    if unit == "days":
        return p + td(n)
    if unit == "weeks":
        return p + td(7 * n)
    if unit == "months":
        return add_months(p, n)
    if unit == "years":
        return add_months(p, 12 * n)
    raise ValueError(unit)


def PAST_SPAN(p, n, unit):
    """"the past/last N units": p-N .. p (alt .. p-1; alt p-N+1 .. p; months/years: the N
    whole calendar units before the current one)."""
    s = shift(p, -n, unit)
    alts = [RANGE(s, p), RANGE(s, p - td(1)), RANGE(s + td(1), p)]
    if unit == "months":
        cur = p.replace(day=1)
        alts.append(RANGE(add_months(cur, -n), cur - td(1)))
    if unit == "years":
        alts.append(RANGE(date(p.year - n, 1, 1), date(p.year - 1, 12, 31)))
    return ALTS(*alts)


def NEXT_SPAN(p, n, unit):
    """"the next/coming N units": p .. p+N (alt p+1 .. p+N; alt p .. p+N-1; months/years:
    the N whole calendar units after the current one)."""
    e = shift(p, n, unit)
    alts = [RANGE(p, e), RANGE(p + td(1), e), RANGE(p, e - td(1))]
    if unit == "months":
        nxt1 = add_months(p.replace(day=1), 1)
        alts.append(RANGE(nxt1, add_months(nxt1, n) - td(1)))
    if unit == "years":
        alts.append(RANGE(date(p.year + 1, 1, 1), date(p.year + n, 12, 31)))
    return ALTS(*alts)


def WEEK_ENDED(d):
    """"the week ended/ending <d>": the seven days ending on d (alt its Mon..Sun week)."""
    return ALTS(RANGE(d - td(6), d), WEEK(d))


def MIDWEEK(monday):
    assert monday.weekday() == MON
    return ALTS(WEEK(monday), DAY(monday + td(2)), RANGE(monday + td(1), monday + td(3)))


def LAST_WEEK_OF_MONTH(y, m):
    """chat3: Mon..Sun week containing the last day (alt last full Mon..Sun week; alt last 7 days)."""
    last = MONTH(y, m)[0][1]
    full_end = last if last.weekday() == SUN else last - td(last.weekday() + 1)
    return ALTS(WEEK(last), WEEK(full_end), RANGE(last - td(6), last))


def MONTHS_TO(y, m, n):
    """"the N months to <Month y>": first day of the month N-1 before .. last day of Month y."""
    s = add_months(date(y, m, 1), -(n - 1))
    return RANGE(s, MONTH(y, m)[0][1])


def SCHOOL_YEAR(y):
    """school/academic year y-(y+1): Sep 1..Aug 31 (alt Aug 1..Jul 31; alt the two years)."""
    return ALTS(RANGE(date(y, 9, 1), date(y + 1, 8, 31)), RANGE(date(y, 8, 1), date(y + 1, 7, 31)),
                RANGE(date(y, 1, 1), date(y + 1, 12, 31)))


def SPLIT_SEASON(y):
    """sports season y-(y+1): Jul 1..Jun 30 (alt the two calendar years)."""
    return ALTS(RANGE(date(y, 7, 1), date(y + 1, 6, 30)), RANGE(date(y, 1, 1), date(y + 1, 12, 31)))


def SEASON_PART(y, name, part):
    """early/late <season>: the season (alt its first / last month)."""
    s, e = SEASON(y, name)[0]
    alt = MONTH_OF(s) if part == "early" else MONTH_OF(e)
    return ALTS(SEASON(y, name), alt)


def TURN_OF(y):
    """"the turn of the century" around year y (y = 2000 or 1900): the year (alt y-5..y+5; y-1..y+1)."""
    return ALTS(YEAR(y), RANGE(date(y - 5, 1, 1), date(y + 5, 12, 31)),
                RANGE(date(y - 1, 1, 1), date(y + 1, 12, 31)))


def DECADE_PART(y0, part):
    """early/mid/late <decade>: the decade (alt its years 0-3 / 4-6 / 7-9)."""
    a, b = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[part]
    return ALTS(DECADE(y0), RANGE(date(y0 + a, 1, 1), date(y0 + b, 12, 31)))


def SAME_DAY_YEAR_AGO(p):
    d = add_months(p, -12)
    return ALTS(DAY(d), YEAR(d.year))


def coming_weekend(p):
    """the first Sat..Sun strictly after p (p itself is never a weekend day here)."""
    assert p.weekday() < SAT, p
    return WEEKEND(nxt(p, SAT))


def last_weekend_sat(p):
    """Saturday of the most recent completed Sat..Sun before p."""
    sun = prv(p, SUN)
    return sun - td(1)


ROWS = []   # (tag, pub, sentence, exps, news)


def R(tag, pub, sentence, fn=None, news=False, wd=None):
    p = D(pub)
    if wd is not None:
        assert p.weekday() == wd, (pub, WDN[p.weekday()], WDN[wd], sentence)
    exps = fn(p) if fn else []
    ROWS.append((tag, pub, sentence, exps, news))


def wdcheck(d, wd):
    assert d.weekday() == wd, (d, WDN[d.weekday()], WDN[wd])
    return d

# =====================================================================
# abs-day (explicit day + month, abbreviations, weekday + date, ordinal styles)
R("abs-day", "2026-10-27", "Is the clinic open on Tues., Nov. 3?",
  lambda p: [("Tues., Nov. 3", DAY(wdcheck(D("2026-11-03"), TUE)))], wd=TUE)
R("abs-day", "2019-05-14", "The plant's final shift will clock out on Friday, May 31, 2019, the union said.",
  lambda p: [("Friday, May 31, 2019", DAY(wdcheck(D("2019-05-31"), FRI)))], news=True)
R("abs-day", "2027-01-30", "Add the boiler service on the 9th of Feb '27 to the house calendar.",
  lambda p: [("the 9th of Feb '27", DAY(D("2027-02-09")))], wd=SAT)
R("abs-day", "2023-12-31", "Which pharmacies are open on January 1st, 2024?",
  lambda p: [("January 1st, 2024", DAY(D("2024-01-01")))], wd=SUN)
R("abs-day", "2025-03-15", "The wedding invite says Saturday 21st June 2025, is that right?",
  lambda p: [("Saturday 21st June 2025", DAY(wdcheck(D("2025-06-21"), SAT)))], wd=SAT)
R("abs-day", "2020-09-09", "A federal jury was seated on Sept. 8, 2020, in the wire fraud case against two former bank executives.",
  lambda p: [("Sept. 8, 2020", DAY(D("2020-09-08")))], news=True)
R("abs-day", "2029-04-12", "My citizenship interview is 4 May 2029 at the downtown office.",
  lambda p: [("4 May 2029", DAY(D("2029-05-04")))], wd=THU)
R("abs-day", "2018-11-30", "The treaty enters into force on 1 January 2019, the foreign ministry said.",
  lambda p: [("1 January 2019", DAY(D("2019-01-01")))], news=True, wd=FRI)
R("abs-day", "2024-10-02", "Ms Adeyemi, born on March 3rd, 1962, in Enugu, was sworn in as the country's chief justice.",
  lambda p: [("March 3rd, 1962", DAY(D("1962-03-03")))], news=True)
R("abs-day", "2028-06-17", "Did the solicitor say completion is Wednesday the 5th of July?",
  lambda p: [("Wednesday the 5th of July", DAY(wdcheck(D("2028-07-05"), WED)))], wd=SAT)

# =====================================================================
# numeric (slash US month-first / day-first above 12, dotted day-first, year-first, hyphens)
R("numeric", "2019-03-05", "Can you move the pottery class to Sat 3/9?",
  lambda p: [("Sat 3/9", DAY(wdcheck(D("2019-03-09"), SAT)))], wd=TUE)
R("numeric", "2024-02-20", "My Berlin flat viewing is on 9.3.2024, put it in the calendar.",
  lambda p: [("9.3.2024", DAY(D("2024-03-09")))])
R("numeric", "2026-05-02", "The mechanic's receipt is dated 2026/05/01, file it under car stuff.",
  lambda p: [("2026/05/01", DAY(D("2026-05-01")))], wd=SAT)
R("numeric", "2021-09-01", "Book the ferry crossing for 03.09.21, the early sailing.",
  lambda p: [("03.09.21", DAY(D("2021-09-03")))])
R("numeric", "2025-12-29", "The supplier wants payment by 1/15/26, log it with the invoice.",
  lambda p: [("1/15/26", DAY(D("2026-01-15")))], wd=MON)
R("numeric", "2020-04-30", "Applications must be postmarked by 5/15/2020, the county said.",
  lambda p: [("5/15/2020", DAY(D("2020-05-15")))], news=True)
R("numeric", "2027-08-14", "Was the last payroll run on 8/13?",
  lambda p: [("8/13", DAY(wdcheck(D("2027-08-13"), FRI)))], wd=SAT)
R("numeric", "2023-06-09", "Put 30/06 down for the end-of-term concert.",
  lambda p: [("30/06", DAY(D("2023-06-30")))])
R("numeric", "2022-11-30", "The recall notice lists an effective date of 2022-12-05.",
  lambda p: [("2022-12-05", DAY(D("2022-12-05")))], news=True)
R("numeric", "2029-01-02", "Mark 01/07 as the day the new nanny starts.",
  lambda p: [("01/07", DAY(D("2029-01-07")))], wd=TUE)
R("numeric", "2018-10-20", "The raffle ticket lists the draw date as 10-27-18.",
  lambda p: [("10-27-18", DAY(D("2018-10-27")))], wd=SAT)
R("numeric", "2025-04-23", "My dentist texted 'appt Thu 24/4 at 10:15', can you add it?",
  lambda p: [("Thu 24/4", DAY(wdcheck(D("2025-04-24"), THU)))], wd=WED)

# =====================================================================
# yearless (month + day, no year; signal words outside the value)
R("yearless", "2026-03-12", "The new speed limits will take effect from April 1, the transport ministry said.",
  lambda p: [("April 1", DAY(D("2026-04-01")))], news=True)
R("yearless", "2025-04-07", "As of March 31, the fund held $4.2 billion in assets, the filing showed.",
  lambda p: [("March 31", DAY(D("2025-03-31")))], news=True)
R("yearless", "2021-06-21", "The central bank's new governor takes office on 1 July, the finance ministry confirmed.",
  lambda p: [("1 July", DAY(D("2021-07-01")))], news=True)
R("yearless", "2019-01-02", "Have I paid the gas bill since Dec. 12?",
  lambda p: [("Dec. 12", DAY(D("2018-12-12")))])
R("yearless", "2024-11-23", "Remind me to book the tree delivery for Dec 7.",
  lambda p: [("Dec 7", DAY(D("2024-12-07")))], wd=SAT)
R("yearless", "2022-08-31", "Effective Oct. 1, bus fares will rise by 25 cents, the authority said.",
  lambda p: [("Oct. 1", DAY(D("2022-10-01")))], news=True)
R("yearless", "2028-01-14", "Is Mar 3 more than six weeks off?",
  lambda p: [("Mar 3", DAY(D("2028-03-03")))])
R("yearless", "2020-12-28", "The gym reopens Jan 4th, right?",
  lambda p: [("Jan 4th", DAY(D("2021-01-04")))])
R("yearless", "2026-07-01", "Do I need a timed-entry permit for the park after July 15?",
  lambda p: [("July 15", DAY(D("2026-07-15")))])
R("yearless", "2029-05-19", "I think I last changed the furnace filter around April 2nd.",
  lambda p: [("April 2nd", DAY(D("2029-04-02")))], wd=SAT)

# =====================================================================
# month (relative months, "earlier/later this month", month + 'yy, signal words)
R("month", "2025-06-02", "The retailer announced last month that it would close 40 stores.",
  lambda p: [("last month", month_rel(p, -1))], news=True)
R("month", "2024-01-08", "Are there any good concerts later this month?",
  lambda p: [("later this month", LATER_THIS(p, "month"))])
R("month", "2027-09-30", "Factory orders picked up earlier this month, according to a private survey.",
  lambda p: [("earlier this month", EARLIER_THIS(p, "month"))], news=True)
R("month", "2023-05-04", "I sold the old bike this past March.",
  lambda p: [("this past March", MONTH(2023, 3))], wd=THU)
R("month", "2018-12-10", "Let's not schedule anything new until the end of the month.",
  lambda p: [("the end of the month", ALTS(MONTH(2018, 12), DAY(D("2018-12-31"))))])
R("month", "2024-05-16", "Find the photos from March '24 at the lake.",
  lambda p: [("March '24", MONTH(2024, 3))], wd=THU)
R("month", "2026-04-15", "The car tax is due in June, don't let me forget.",
  lambda p: [("June", MONTH(2026, 6))])
R("month", "2020-10-19", "Colleges across the state will keep classes online through December, officials said.",
  lambda p: [("December", MONTH(2020, 12))], news=True)
R("month", "2019-07-31", "A new chief executive will be named by the end of September, the board said.",
  lambda p: [("the end of September", ALTS(MONTH(2019, 9), DAY(D("2019-09-30"))))], news=True)
R("month", "2025-01-01", "Show me every transaction from December.",
  lambda p: [("December", MONTH(2024, 12))], wd=WED)
R("month", "2028-08-26", "I heard festival tickets go on sale in mid-September, can you remind me?",
  lambda p: [("mid-September", MONTH_PART(2028, 9, "mid"))], wd=SAT)

# =====================================================================
# ordinal-day (bare "the Nth", chat7's tense rule)
R("ordinal-day", "2024-02-29", "I'll be back from the conference on the 4th.",
  lambda p: [("the 4th", DAY(ordinal_future(p, 4)))], wd=THU)
R("ordinal-day", "2026-01-31", "Did the landlord cash the cheque on the 30th?",
  lambda p: [("the 30th", DAY(ordinal_past(p, 30)))], wd=SAT)
R("ordinal-day", "2023-07-10", "The plumber can only do the night of the 14th, is that OK?",
  lambda p: [("the night of the 14th", DAY(ordinal_future(p, 14)))])
R("ordinal-day", "2027-03-17", "Move my gym induction to the first of the month.",
  lambda p: [("the first of the month", DAY(ordinal_future(p, 1)))])
R("ordinal-day", "2019-04-03", "Lawmakers will return from recess on the 23rd, the speaker's office said.",
  lambda p: [("the 23rd", DAY(ordinal_future(p, 23)))], news=True)

# =====================================================================
# rel-day
R("rel-day", "2025-08-31", "Did anyone call while I was out earlier today?",
  lambda p: [("earlier today", DAY(p))], wd=SUN)
R("rel-day", "2022-03-05", "What was the score of the match the night before last?",
  lambda p: [("the night before last", DAY(p - td(2)))], wd=SAT)
R("rel-day", "2029-12-31", "Is the supermarket open tomorrow morning?",
  lambda p: [("tomorrow", DAY(p + td(1)))])
R("rel-day", "2018-02-28", "A freight train derailed early today near the border, railway officials said.",
  lambda p: [("today", DAY(p))], news=True)
R("rel-day", "2021-01-01", "Yesterday's fireworks kept the dog up all night.",
  lambda p: [("Yesterday", DAY(p - td(1)))])
R("rel-day", "2026-09-15", "The minister is expected to resign later today, two officials told reporters.",
  lambda p: [("later today", DAY(p))], news=True)
R("rel-day", "2024-06-30", "Can the bank appointment be the day after tomorrow?",
  lambda p: [("the day after tomorrow", DAY(p + td(2)))], wd=SUN)
R("rel-day", "2020-05-17", "Which restaurant did we order from last night?",
  lambda p: [("last night", DAY(p - td(1)))], wd=SUN)

# =====================================================================
# weekday (reported speech, possessives, times attached, abbreviations, "a week on Saturday")
R("weekday", "2023-03-15", "The prime minister said on Tuesday that the tax cut would be delayed.",
  lambda p: [("Tuesday", DAY(prv(p, TUE)))], news=True, wd=WED)
R("weekday", "2026-11-13", "Shares in the carmaker slumped 9% on Thursday after it lowered its outlook.",
  lambda p: [("Thursday", DAY(prv(p, THU)))], news=True, wd=FRI)
R("weekday", "2019-10-06", "Thousands of protesters marched through the capital on Saturday in defiance of a ban.",
  lambda p: [("Saturday", DAY(prv(p, SAT)))], news=True, wd=SUN)
R("weekday", "2027-02-08", "Talks between the union and the rail operator will resume Wednesday.",
  lambda p: [("Wednesday", DAY(nxt(p, WED)))], news=True, wd=MON)
R("weekday", "2021-08-22", "Can you find a sitter for Friday night?",
  lambda p: [("Friday", DAY(nxt(p, FRI)))], wd=SUN)
R("weekday", "2024-12-27", "The painters said they'd be finished by Tuesday at the latest.",
  lambda p: [("Tuesday", DAY(nxt(p, TUE)))], wd=FRI)
R("weekday", "2022-05-23", "I dropped my keys somewhere on Saturday.",
  lambda p: [("Saturday", DAY(prv(p, SAT)))], wd=MON)
R("weekday", "2018-06-24", "Election officials expect to announce the final count late Monday.",
  lambda p: [("Monday", DAY(nxt(p, MON)))], news=True, wd=SUN)
R("weekday", "2029-03-09", "Book the squash court for a week on Saturday.",
  lambda p: [("a week on Saturday", DAY(nxt(p, SAT) + td(7)))], wd=FRI)
R("weekday", "2020-01-29", "This past Sunday was the first time I ran 10K.",
  lambda p: [("This past Sunday", DAY(prv(p, SUN)))], wd=WED)
R("weekday", "2023-10-29", "Tuesday's vote is expected to be close, according to party whips.",
  lambda p: [("Tuesday", DAY(nxt(p, TUE)))], news=True, wd=SUN)
R("weekday", "2026-06-04", "Can we push the review to Mon?",
  lambda p: [("Mon", DAY(nxt(p, MON)))], wd=THU)
R("weekday", "2028-09-03", "The kids start school on Wednesday, so buy pencils before then.",
  lambda p: [("Wednesday", DAY(nxt(p, WED)))], wd=SUN)
R("weekday", "2024-04-18", "Flights resumed on Wednesday evening after a two-day closure of the airport.",
  lambda p: [("Wednesday", DAY(prv(p, WED)))], news=True, wd=THU)

# =====================================================================
# week / weekend ("earlier/later this week", midweek, "the week ended", weekends)
R("week", "2025-11-19", "The committee met earlier this week to review the findings.",
  lambda p: [("earlier this week", EARLIER_THIS(p, "week"))], news=True, wd=WED)
R("week", "2022-09-26", "Any chance we could meet later this week?",
  lambda p: [("later this week", LATER_THIS(p, "week"))], wd=MON)
R("week", "2027-04-28", "Can we aim for the middle of next week?",
  lambda p: [("the middle of next week", MIDWEEK(nextw(p, MON)))], wd=WED)
R("week", "2021-10-08", "Initial jobless claims fell to 326,000 in the week ended Oct. 2, the Labor Department said.",
  lambda p: [("the week ended Oct. 2", WEEK_ENDED(wdcheck(D("2021-10-02"), SAT)))], news=True, wd=FRI)
R("week", "2019-05-27", "We went camping this past weekend.",
  lambda p: [("this past weekend", WEEKEND(last_weekend_sat(p)))], wd=MON)
R("week", "2026-02-22", "Clear my calendar for the last week of March.",
  lambda p: [("the last week of March", LAST_WEEK_OF_MONTH(2026, 3))], wd=SUN)
R("week", "2023-01-16", "Snow is forecast to return by the weekend, the weather service said.",
  lambda p: [("the weekend", coming_weekend(p))], news=True, wd=MON)
R("week", "2029-06-13", "Which trail did we hike the weekend before last?",
  lambda p: [("the weekend before last", WEEKEND(last_weekend_sat(p) - td(7)))], wd=WED)
R("week", "2020-11-23", "Let's finish the jigsaw sometime midweek.",
  lambda p: [("midweek", MIDWEEK(thisw(p, MON)))], wd=MON)

# =====================================================================
# season
R("season", "2027-01-09", "Water use in the city has fallen by a fifth since last spring, the utility said.",
  lambda p: [("last spring", SEASON(2026, "spring"))], news=True, wd=SAT)
R("season", "2023-09-23", "We redid the patio this past summer.",
  lambda p: [("this past summer", SEASON(2023, "summer"))], wd=SAT)
R("season", "2025-03-12", "Power demand hit a record in the winter of 2024-25, the grid operator said.",
  lambda p: [("the winter of 2024-25", SEASON(2024, "winter"))], news=True)
R("season", "2021-04-09", "I want to get the roof done before autumn.",
  lambda p: [("autumn", SEASON(2021, "autumn"))])
R("season", "2028-07-19", "Is the new metro line still opening in late summer?",
  lambda p: [("late summer", SEASON_PART(2028, "summer", "late"))])
R("season", "2019-12-01", "Book us a ski week sometime this winter.",
  lambda p: [("this winter", SEASON(2019, "winter"))], wd=SUN)
R("season", "2022-03-25", "I'm planning to start the master's in autumn 2022.",
  lambda p: [("autumn 2022", SEASON(2022, "autumn"))])

# =====================================================================
# year-part (earlier/later this year, so far this year, fiscal/school/sports years, halves,
# "the 12 months to", "this time last year")
R("year-part", "2024-08-05", "How much have I spent on fuel so far this year?",
  lambda p: [("so far this year", SO_FAR_THIS_YEAR(p))])
R("year-part", "2027-05-30", "Did we go to any weddings earlier this year?",
  lambda p: [("earlier this year", EARLIER_THIS(p, "year"))], wd=SUN)
R("year-part", "2020-07-22", "The company plans to list its shares later this year.",
  lambda p: [("later this year", LATER_THIS(p, "year"))], news=True)
R("year-part", "2025-11-07", "Analysts see the chipmaker's sales doubling in FY2027.",
  lambda p: [("FY2027", YEAR(2027))], news=True)
R("year-part", "2023-11-24", "Staffing shortages should ease during the 2024-25 school year, the district said.",
  lambda p: [("the 2024-25 school year", SCHOOL_YEAR(2024))], news=True, wd=FRI)
R("year-part", "2019-09-16", "How many sick days has Maya used this school year?",
  lambda p: [("this school year", SCHOOL_YEAR(2019))])
R("year-part", "2022-06-11", "The striker scored 31 goals in the 2021-22 season.",
  lambda p: [("the 2021-22 season", SPLIT_SEASON(2021))], news=True, wd=SAT)
R("year-part", "2029-10-03", "Have the Mariners made the playoffs since the 2024 season?",
  lambda p: [("the 2024 season", YEAR(2024))])
R("year-part", "2026-07-28", "Output in H1 2026 beat forecasts, the automaker said.",
  lambda p: [("H1 2026", HALF(2026, 1))], news=True)
R("year-part", "2024-10-31", "What was I worrying about this time last year?",
  lambda p: [("this time last year", SAME_DAY_YEAR_AGO(p))])
R("year-part", "2018-03-08", "Wages rose 2.8% in the 12 months to January, the statistics office said.",
  lambda p: [("the 12 months to January", MONTHS_TO(2018, 1, 12))], news=True, wd=THU)
R("year-part", "2025-09-14", "Construction of the pipeline should wrap up in the back half of next year, the operator said.",
  lambda p: [("the back half of next year", HALF(2026, 2))], news=True, wd=SUN)

# =====================================================================
# decade-century
R("decade-century", "2026-06-20", "The region's population has doubled since the turn of the century.",
  lambda p: [("the turn of the century", TURN_OF(2000))], news=True, wd=SAT)
R("decade-century", "2024-05-24", "The country aims to phase out coal power in the 2030s.",
  lambda p: [("the 2030s", DECADE(2030))], news=True, wd=FRI)
R("decade-century", "2021-03-05", "Play me some pop hits from the early 2000s.",
  lambda p: [("the early 2000s", DECADE_PART(2000, "early"))], wd=FRI)
R("decade-century", "2019-11-09", "My great-grandparents emigrated around the turn of the 20th century.",
  lambda p: [("the turn of the 20th century", TURN_OF(1900))], wd=SAT)
R("decade-century", "2027-07-04", "That sitcom was huge in the mid-'90s, wasn't it?",
  lambda p: [("the mid-'90s", DECADE_PART(1990, "mid"))], wd=SUN)
R("decade-century", "2029-08-17", "Most of the city's housing stock was built in the late 1960s.",
  lambda p: [("the late 1960s", DECADE_PART(1960, "late"))], news=True, wd=FRI)
R("decade-century", "2018-04-12", "What's the most important invention of the 21st century?",
  lambda p: [("the 21st century", CENTURY(21))], wd=THU)

# =====================================================================
# span (the past / next N units, measured from the published day)
R("span", "2025-10-12", "Will it rain at all within the next two weeks?",
  lambda p: [("the next two weeks", NEXT_SPAN(p, 2, "weeks"))], wd=SUN)
R("span", "2022-04-30", "Rents have climbed 4% over the past three months, the listings site said.",
  lambda p: [("the past three months", PAST_SPAN(p, 3, "months"))], news=True, wd=SAT)
R("span", "2019-06-30", "Show me every card payment over $100 in the last 30 days.",
  lambda p: [("the last 30 days", PAST_SPAN(p, 30, "days"))], wd=SUN)
R("span", "2027-11-30", "The carrier plans to hire 2,000 drivers over the next 12 months.",
  lambda p: [("the next 12 months", NEXT_SPAN(p, 12, "months"))], news=True)
R("span", "2020-08-01", "What was my average step count over the past week?",
  lambda p: [("the past week", PAST_SPAN(p, 1, "weeks"))], wd=SAT)
R("span", "2024-12-15", "Between now and Christmas, the postal service expects to handle 40 million parcels.",
  lambda p: [("now and Christmas", RANGE(p, D("2024-12-25")))], news=True, wd=SUN)
R("span", "2026-03-31", "How much has my rent gone up in the last two years?",
  lambda p: [("the last two years", PAST_SPAN(p, 2, "years"))])
R("span", "2021-05-16", "Remind me to water the seedlings daily for the next 10 days.",
  lambda p: [("the next 10 days", NEXT_SPAN(p, 10, "days"))], wd=SUN)
R("span", "2028-02-29", "Food prices have risen sharply over the past year, the central bank said.",
  lambda p: [("the past year", PAST_SPAN(p, 1, "years"))], news=True, wd=TUE)
R("span", "2023-08-17", "Is anything due in the coming 7 days?",
  lambda p: [("the coming 7 days", NEXT_SPAN(p, 7, "days"))], wd=THU)

# =====================================================================
# ago / from now
R("ago", "2026-12-27", "I bought these boots a couple of days ago.",
  lambda p: [("a couple of days ago", DAY(p - td(2)))], wd=SUN)
R("ago", "2019-03-31", "The dam was completed a decade ago at a cost of $3 billion.",
  lambda p: [("a decade ago", YEAR(p.year - 10))], news=True, wd=SUN)
R("ago", "2025-05-28", "We had that tasting menu six weeks ago.",
  lambda p: [("six weeks ago", DAY_OR_WEEK(p - td(42)))])
R("ago", "2022-10-13", "The warranty runs out 18 months from now.",
  lambda p: [("18 months from now", ALTS(MONTH_OF(add_months(p, 18)), DAY(add_months(p, 18))))], wd=THU)
R("ago", "2028-05-05", "Two years ago this month, the bridge collapsed during rush hour.",
  lambda p: [("Two years ago this month", MONTH(2026, 5))], news=True)
R("ago", "2020-11-08", "The cat had her kittens nine days ago.",
  lambda p: [("nine days ago", DAY(p - td(9)))], wd=SUN)
R("ago", "2024-09-22", "A year ago today, the wildfire reached the edge of town.",
  lambda p: [("A year ago today", SAME_DAY_YEAR_AGO(p))], news=True, wd=SUN)
R("ago", "2029-07-11", "The MOT on the Fiesta lapses in five months.",
  lambda p: [("in five months", ALTS(MONTH_OF(add_months(p, 5)), DAY(add_months(p, 5))))])

# =====================================================================
# holiday (several countries; no year -> nearest occurrence consistent with tense)
R("holiday", "2023-04-26", "Crowds gathered at dawn services across Australia and New Zealand on Anzac Day.",
  lambda p: [("Anzac Day", DAY(D("2023-04-25")))], news=True)
R("holiday", "2027-01-19", "What are we cooking for Burns Night?",
  lambda p: [("Burns Night", DAY(D("2027-01-25")))])
R("holiday", "2025-12-30", "Are the trains running late on Hogmanay?",
  lambda p: [("Hogmanay", DAY(D("2025-12-31")))])
R("holiday", "2024-05-01", "Any Cinco de Mayo specials at the taco place?",
  lambda p: [("Cinco de Mayo", DAY(D("2024-05-05")))])
R("holiday", "2026-10-28", "Should we build an altar for the Day of the Dead?",
  lambda p: [("the Day of the Dead", ALTS(DAY(D("2026-11-02")), RANGE(D("2026-11-01"), D("2026-11-02"))))])
R("holiday", "2021-10-31", "The prime minister will lay a wreath at the Cenotaph on Remembrance Sunday.",
  lambda p: [("Remembrance Sunday", DAY(remembrance_sunday(2021)))], news=True, wd=SUN)
R("holiday", "2022-09-29", "We're driving to my aunt's in Guelph for Canadian Thanksgiving.",
  lambda p: [("Canadian Thanksgiving", DAY(canadian_thanksgiving(2022)))])
R("holiday", "2024-02-05", "Are the schools closed on Mardi Gras?",
  lambda p: [("Mardi Gras", DAY(mardi_gras(2024)))])
R("holiday", "2029-02-05", "Churches expect larger congregations than usual on Ash Wednesday.",
  lambda p: [("Ash Wednesday", DAY(ash_wednesday(2029)))], news=True)
R("holiday", "2020-03-10", "Which florists deliver on Mothering Sunday?",
  lambda p: [("Mothering Sunday", DAY(mothering_sunday(2020)))])
R("holiday", "2026-09-27", "Berlin will host the main celebrations for German Unity Day on Saturday.",
  lambda p: [("German Unity Day", DAY(D("2026-10-03"))),
             ("Saturday", DAY(wdcheck(nxt(p, SAT), SAT)))], news=True, wd=SUN)
R("holiday", "2028-04-20", "Do we need orange outfits for King's Day in Amsterdam?",
  lambda p: [("King's Day", DAY(kings_day(2028)))])
R("holiday", "2023-11-08", "Are you lighting diyas for Diwali?",
  lambda p: [("Diwali", DAY(DIWALI[2023]))])
R("holiday", "2024-04-06", "Is the mosque holding Eid al-Fitr prayers in the park?",
  lambda p: [("Eid al-Fitr", ALTS(DAY(EID_AL_FITR[2024]), DAY(EID_AL_FITR[2024] + td(1))))], wd=SAT)
R("holiday", "2025-10-01", "Should we order mooncakes for the Mid-Autumn Festival?",
  lambda p: [("the Mid-Autumn Festival", DAY(MID_AUTUMN[2025]))])
R("holiday", "2028-10-20", "Do I get time off to vote on Election Day?",
  lambda p: [("Election Day", DAY(election_day(2028)))], wd=FRI)
R("holiday", "2026-04-16", "Thousands of runners will line up in Hopkinton on Patriots' Day.",
  lambda p: [("Patriots' Day", DAY(patriots_day(2026)))], news=True)
R("holiday", "2029-11-20", "Retailers expect record online spending the day after Thanksgiving.",
  lambda p: [("the day after Thanksgiving", DAY(thanksgiving(2029) + td(1)))], news=True)
R("holiday", "2020-01-20", "Sydney will host its largest citizenship ceremony on Australia Day.",
  lambda p: [("Australia Day", DAY(D("2020-01-26")))], news=True)
R("holiday", "2024-03-20", "Wear something you don't mind ruining for Holi.",
  lambda p: [("Holi", DAY(HOLI[2024]))])
R("holiday", "2025-02-24", "Do we have enough eggs for Pancake Day?",
  lambda p: [("Pancake Day", DAY(mardi_gras(2025)))])

# =====================================================================
# range (one claim each)
R("range", "2026-05-16", "I'm off from the 26th to the 29th, can you block it out?",
  lambda p: [("the 26th to the 29th", RANGE(D("2026-05-26"), D("2026-05-29")))], wd=SAT)
R("range", "2023-11-22", "The museum will close Nov. 27\u2013Dec. 3 for repairs.",
  lambda p: [("Nov. 27\u2013Dec. 3", RANGE(D("2023-11-27"), D("2023-12-03")))], news=True)
R("range", "2019-01-28", "Annual growth averaged 2.1% over 2016-18, the report found.",
  lambda p: [("2016-18", RANGE(D("2016-01-01"), D("2018-12-31")))], news=True)
R("range", "2025-06-23", "Can you book the campsite for Fri through Sun?",
  lambda p: [("Fri through Sun", RANGE(nxt(p, FRI), nxt(p, FRI) + td(2)))], wd=MON)
R("range", "2021-02-14", "Our Rome trip runs 12 to 16 March.",
  lambda p: [("12 to 16 March", RANGE(D("2021-03-12"), D("2021-03-16")))], wd=SUN)
R("range", "2028-09-05", "Nominations are open from Nov. 1 to Dec. 15, 2028, organisers said.",
  lambda p: [("Nov. 1 to Dec. 15, 2028", RANGE(D("2028-11-01"), D("2028-12-15")))], news=True)
R("range", "2020-06-01", "Pause my gym membership July through September.",
  lambda p: [("July through September", RANGE(D("2020-07-01"), D("2020-09-30")))])
R("range", "2024-08-19", "Night closures on the highway will run Tuesday through Thursday next week.",
  lambda p: [("Tuesday through Thursday next week", RANGE(nextw(p, TUE), nextw(p, THU)))], news=True, wd=MON)
R("range", "2027-12-11", "Block out the 20th-23rd for the family visit.",
  lambda p: [("the 20th-23rd", RANGE(D("2027-12-20"), D("2027-12-23")))], wd=SAT)
R("range", "2022-10-03", "Voting will take place over three days, Oct. 28-30.",
  lambda p: [("Oct. 28-30", RANGE(D("2022-10-28"), D("2022-10-30")))], news=True)
R("range", "2029-01-15", "I'm in Tokyo Mar 10\u201317, any good exhibitions on?",
  lambda p: [("Mar 10\u201317", RANGE(D("2029-03-10"), D("2029-03-17")))])
R("range", "2018-07-16", "Is the outdoor pool closed from mid-August to early September?",
  lambda p: [("mid-August to early September", ALTS(RANGE(D("2018-08-01"), D("2018-09-30")),
                                                    RANGE(D("2018-08-11"), D("2018-09-10"))))])

# =====================================================================
# deadline (by / no later than / until / before / close of business / midnight)
R("deadline", "2026-01-26", "Taxpayers must file by April 15 to avoid penalties, the agency reminded.",
  lambda p: [("April 15", DAY(D("2026-04-15")))], news=True)
R("deadline", "2021-09-28", "I need the signed contract back no later than Thursday.",
  lambda p: [("Thursday", DAY(nxt(p, THU)))], wd=TUE)
R("deadline", "2024-05-27", "The report is due by close of business on the 30th.",
  lambda p: [("the 30th", DAY(ordinal_future(p, 30)))], wd=MON)
R("deadline", "2027-03-24", "The deadline for the photo contest is midnight Sunday.",
  lambda p: [("Sunday", DAY(nxt(p, SUN)))], wd=WED)
R("deadline", "2023-06-14", "Bids must be submitted before 5 p.m. on July 7, the council said.",
  lambda p: [("July 7", DAY(D("2023-07-07")))], news=True)
R("deadline", "2020-10-30", "Make sure the dog's rabies shot is done before the end of next month.",
  lambda p: [("the end of next month", ALTS(MONTH(2020, 11), DAY(D("2020-11-30"))))])
R("deadline", "2025-03-03", "Is the Hockney show on until May 11?",
  lambda p: [("May 11", DAY(D("2025-05-11")))])

# =====================================================================
# time-of-day (a clock time attached to a date: the date)
R("time-of-day", "2018-09-09", "Engineers will attempt the spacewalk at 2300 GMT on Tuesday, the space agency said.",
  lambda p: [("Tuesday", DAY(nxt(p, TUE)))], news=True, wd=SUN)
R("time-of-day", "2022-12-18", "I need to be up at 5:15 on Sat for the ferry.",
  lambda p: [("Sat", DAY(nxt(p, SAT)))], wd=SUN)
R("time-of-day", "2026-02-28", "Dinner at 8 tomorrow with the Okonkwos?",
  lambda p: [("tomorrow", DAY(p + td(1)))], wd=SAT)
R("time-of-day", "2029-09-27", "Voters in the runoff can cast ballots from dawn on Sunday, the electoral commission said.",
  lambda p: [("Sunday", DAY(nxt(p, SUN)))], news=True, wd=THU)
R("time-of-day", "2021-07-29", "Can you book the vet for half nine Friday morning?",
  lambda p: [("Friday", DAY(nxt(p, FRI)))], wd=THU)

# =====================================================================
# anchored (resolved against a date named earlier in the same sentence)
R("anchored", "2024-01-18", "The former minister was indicted on Jan. 9 and surrendered to federal agents the following day.",
  lambda p: [("Jan. 9", DAY(D("2024-01-09"))), ("the following day", DAY(D("2024-01-10")))], news=True)
R("anchored", "2026-06-08", "Negotiators reached a deal on June 3, ending talks that had stalled the previous Friday.",
  lambda p: [("June 3", DAY(D("2026-06-03"))),
             ("the previous Friday", DAY(wdcheck(prv(D("2026-06-03"), FRI), FRI)))], news=True, wd=MON)
R("anchored", "2019-04-24", "I posted the form on April 10 and it arrived a week later.",
  lambda p: [("April 10", DAY(D("2019-04-10"))), ("a week later", DAY(D("2019-04-17")))])
R("anchored", "2022-12-29", "We land on New Year's Eve and drive up to the cabin the next morning.",
  lambda p: [("New Year's Eve", DAY(D("2022-12-31"))), ("the next morning", DAY(D("2023-01-01")))])
R("anchored", "2028-10-11", "The leak was found on Oct. 2, but residents said they had smelled gas two days earlier.",
  lambda p: [("Oct. 2", DAY(D("2028-10-02"))), ("two days earlier", DAY(D("2028-09-30")))], news=True)

# =====================================================================
# quote (dates inside quotation marks; resolved against the published date)
R("quote", "2023-05-02", "\"We expect to reopen the pier by Friday,\" the harbour master told reporters.",
  lambda p: [("Friday", DAY(nxt(p, FRI)))], news=True, wd=TUE)
R("quote", "2026-09-04", "'The strike will go ahead on Monday unless we get a better offer,' the union leader said.",
  lambda p: [("Monday", DAY(nxt(p, MON)))], news=True, wd=FRI)
R("quote", "2021-12-05", "Mum just texted 'see you on the 18th!' so put it in the calendar.",
  lambda p: [("the 18th", DAY(ordinal_future(p, 18)))], wd=SUN)
R("quote", "2019-08-26", "\"The site will be fully open again in March,\" the developer said.",
  lambda p: [("March", MONTH(2020, 3))], news=True)
R("quote", "2027-11-15", "Add 'dentist Thurs 18th' from her message to my diary.",
  lambda p: [("Thurs 18th", DAY(wdcheck(ordinal_future(p, 18), THU)))], wd=MON)
R("quote", "2024-07-13", "\"By the end of 2025 every school will have a counsellor,\" the minister promised.",
  lambda p: [("the end of 2025", END_OF_YEAR(2025))], news=True, wd=SAT)

# =====================================================================
# mixed (a past and a future date in one sentence, each by its own clause's tense)
R("mixed", "2025-09-10", "I missed the dentist on Monday, so I'll rebook it for next Thursday.",
  lambda p: [("Monday", DAY(prv(p, MON))),
             ("next Thursday", ALTS(DAY(nextw(p, THU)), DAY(nxt(p, THU))))], wd=WED)
R("mixed", "2020-03-18", "Schools closed on Monday and will stay shut until at least April 20, the ministry said.",
  lambda p: [("Monday", DAY(prv(p, MON))), ("April 20", DAY(D("2020-04-20")))], news=True, wd=WED)
R("mixed", "2023-12-29", "We moved in last December and the lease renews in February.",
  lambda p: [("last December", MONTH(2022, 12)), ("February", MONTH(2024, 2))])
R("mixed", "2028-04-22", "The airline, which cut 300 routes in 2027, will restore half of them by June.",
  lambda p: [("2027", YEAR(2027)), ("June", MONTH(2028, 6))], news=True, wd=SAT)
R("mixed", "2022-08-08", "We joined the choir in the spring, and the first concert is on September 14th.",
  lambda p: [("the spring", SEASON(2022, "spring")), ("September 14th", DAY(D("2022-09-14")))])
R("mixed", "2026-11-29", "The court convicted the pair on Friday and will sentence them on Jan. 15.",
  lambda p: [("Friday", DAY(prv(p, FRI))), ("Jan. 15", DAY(D("2027-01-15")))], news=True, wd=SUN)

# =====================================================================
# dateline (a news dateline is a yearless date, normally the published day)
R("dateline", "2027-10-31", "LISBON, Oct. 31 \u2014 Portugal's president dissolved parliament on Sunday and called a snap election.",
  lambda p: [("Oct. 31", DAY(p)), ("Sunday", DAY(p))], news=True, wd=SUN)
R("dateline", "2019-03-03", "NAIROBI, March 3 - Kenya's central bank held its benchmark rate steady at 9%.",
  lambda p: [("March 3", DAY(p))], news=True, wd=SUN)
R("dateline", "2024-12-31", "WELLINGTON, Dec 31 \u2014 Fireworks lit up the harbour as New Zealand welcomed 2025.",
  lambda p: [("Dec 31", DAY(p)), ("2025", YEAR(2025))], news=True, wd=TUE)

# =====================================================================
# negative (no date at all)
NEG = [
    # chat / voice assistant
    ("2026-08-17", "Every Monday is laundry day in this house.", False),
    ("2019-02-27", "Are chemists usually open on a Sunday?", False),
    ("2023-04-04", "Remind me to water the ferns on Sundays.", False),
    ("2021-10-14", "Add 'September' by Earth, Wind & Fire to the party playlist.", False),
    ("2025-01-10", "Is season two of Wednesday out on Netflix yet?", False),
    ("2028-03-18", "I'm rereading 1984 for book club.", False),
    ("2020-06-30", "Did August Wilson write Fences?", False),
    ("2027-12-05", "Is the Audi Q4 e-tron any good in snow?", False),
    ("2022-01-31", "My old laptop is still stuck on Windows 10.", False),
    ("2018-08-29", "Update the router firmware to 3.12.1.", False),
    ("2024-07-04", "We beat them 12-10 in the last inning.", False),
    ("2029-02-28", "Let's push drinks back to half five.", False),
    ("2025-08-01", "Meet you outside the cinema at 19:30.", False),
    ("2020-09-19", "Wake me at 6:40, not a minute later.", False),
    ("2023-10-08", "Is a 2x4 strong enough for a shelf bracket?", False),
    ("2026-01-02", "The dining table is 1.8 by 0.9 metres.", False),
    ("2021-04-27", "The optician says I've got 20/20 vision.", False),
    ("2019-07-10", "It's a 50/50 chance they'll actually show up.", False),
    ("2027-06-24", "I don't want to be stuck in a 9-to-5 job forever.", False),
    ("2022-05-31", "Book me a two-week course of physio.", False),
    ("2028-01-29", "Grab me a Slurpee from 7-Eleven on the way back.", False),
    ("2024-10-28", "Should I upgrade to the iPhone 16 Pro?", False),
    ("2018-05-23", "Is it worth driving Route 66 end to end?", False),
    ("2023-02-28", "Deliver it to flat 12/4, the buzzer is broken.", False),
    ("2025-11-28", "Every other Friday is payday at my job.", False),
    ("2020-03-26", "The bins go out weekly on Thursdays.", False),
    ("2026-10-11", "Tell May from next door that her parcel came.", False),
    ("2029-06-22", "Is Christmas Island part of Australia?", False),
    ("2021-08-30", "How far is Easter Island from the Chilean coast?", False),
    ("2027-02-28", "Order the Sunday roast for two from the pub menu.", False),
    ("2019-12-31", "My book club meets on the first Tuesday of every month.", False),
    ("2024-01-23", "I got 18/20 on the vocab quiz.", False),
    ("2022-11-16", "Set the oven to gas mark 6.", False),
    ("2028-07-31", "How many weeks are there in a leap year?", False),
    ("2020-12-12", "Turn the heating up to 21 in the lounge.", False),
    ("2025-06-26", "Is the 3/4 sleeve version in stock?", False),
    ("2026-03-09", "What's 15% of 240?", False),
    ("2023-07-21", "Cancel the 4:15 with Dr. Ruiz.", False),
    ("2020-02-29", "Read me Psalm 23:4.", False),
    ("2029-10-30", "My kid is in Year 6 now.", False),
    ("2018-12-30", "Is the 5:2 diet actually any good?", False),
    # news-style
    ("2021-01-25", "The Pistons fell 112-108 after two extra periods.", True),
    ("2019-03-13", "Airlines grounded their Boeing 787 fleets for engine inspections.", True),
    ("2018-01-16", "Prime Minister Theresa May faced a backbench rebellion over the bill.", True),
    ("2022-09-15", "The blue-chip benchmark finished the session 41 points higher at 7,312.", True),
    ("2025-07-18", "Traders put the odds of a rate cut at 3-to-1.", True),
    ("2026-09-13", "A reboot of Friday Night Lights is in development, the network said.", True),
    ("2020-10-13", "The Ruby Tuesday restaurant chain filed for bankruptcy protection.", True),
    ("2027-05-12", "The bill cleared the lower house by 212 votes to 198.", True),
    ("2029-03-23", "Europe's Ariane 6 rocket completed a full-duration engine test.", True),
    ("2024-06-19", "Gusts topped 150 mph as the cyclone crossed the coast.", True),
    ("2028-11-30", "The union's 11-day walkout cost shippers an estimated $90 million.", True),
    ("2022-02-10", "The committee meets every Thursday while parliament is sitting.", True),
    ("2025-05-27", "Most shops in the old town stay closed on Sundays.", True),
    ("2021-07-17", "Organisers of the Women's March said they expected 10,000 people.", True),
    ("2019-10-17", "The champion won 6-3, 7-5 to reach the quarterfinals.", True),
]
for pub, s, news in NEG:
    R("negative", pub, s, None, news=news)


HEADER = '''"""Held-out probe chat9: dates in chat/voice-assistant utterances + news-style lines.

Written blind (no claimkit code read or run). About 65% chat/voice-assistant
utterances, 35% short news lines (ids in NEWS_IDS); every sentence was written
for this probe (none taken or paraphrased from chat3, chat7 or the other
probes). Generated by gen_cases.py (all expected values computed with datetime).
Each row: (id, tag, published, sentence, expectations)
  expectations: list of ("date", span, alts); span is an exact (unique) substring
  of the sentence that a claim must overlap; alts is a list of (start, end) ISO
  pairs, any one of which must equal the claim's (value.start, value.end).
  negative rows have [] (this probe has no time-only rows).
Each row lists EVERY date expected in it; any other date claim in the row is
a false positive.

chat3's CONVENTIONS (copied word for word below) and chat7's added section
(copied word for word below as "ADDED IN chat7"; only its title line differs)
apply unchanged. The "ADDED IN THIS PROBE" section at the end was decided
before any row was written.

CONVENTIONS (TimeML/TIDES-style, resolved at the expression's own granularity)
- A day: start=end=that day. Month: 1st..last day. Week: Monday..Sunday.
  Quarter: its 3 months. Half: Jan-Jun / Jul-Dec. Year: Jan 1..Dec 31.
  Day ranges "March 3 to March 7": start 03-03, end 03-07.
- Relative expressions resolve against the `published` date.
- No time of day: "tomorrow at 9am" = tomorrow; "tonight", "this evening" = today.
- "this week"/"next week"/"last week" = that Mon..Sun week. On a Sunday,
  "this week" also accepts the following Mon..Sun week.
- "this weekend" = Sat..Sun of the current Mon..Sun week (a day range);
  "last weekend" = the most recent Sat..Sun; "next weekend" said on a Friday:
  the coming Sat..Sun OR the one after (both accepted).
- "the week of <date>" = the Mon..Sun week containing that date (dates chosen
  to be Mondays). "the first/last week of <month>": Mon..Sun week containing
  the 1st / last day (plus alternatives: first full week; days 1-7 / 24-30).
- Weekdays: bare weekday in a future-tense sentence = next occurrence strictly
  after published; in a past-tense sentence = most recent one strictly before.
  News "said on Monday" when published on that Monday = published day.
  "this Friday" = the Friday of the current week. "next Tuesday": both the
  Tuesday of next week and the first coming Tuesday accepted. "Monday next
  week" = Monday of next week. "this Saturday" said on a Sunday: both the
  coming Saturday and the Saturday of the current Mon..Sun week accepted.
- Months: "in May" without year = nearest occurrence consistent with tense
  (future -> this or next year; past -> this or last year); a month named in
  the current month ("renews in October" said in October) = the current month.
  "early/mid/late <Month>" = the month (alt: days 1-10 / 11-20 / 21-end).
  "the end of the month" = the month (alt: its last day).
  "next month", "last month", "the month after next" = that calendar month.
- Years/quarters: "next year" etc = the calendar year; "fiscal 2019" = calendar
  2019; "the third quarter" without year in a past-tense story = that quarter of
  the published year; "Q4" asked about in the past in Q1 = Q4 of last year.
- Ago / from now: "N days ago / in N days / N days from now" = that day;
  "N weeks ago / in two weeks / two weeks from now" = the day (alt: its Mon..Sun
  week); "N months ago" / "a month ago" = that month; "in 3 months" = that
  month (alt: the day); "N years ago" / "a year ago" = that year;
  "two years from now" = that year (alt: the day). "a week from today" = day.
- "last April" said in October = this year's April; said in February = last
  year's April. "Next April" said in August = next year's April.
- Holidays without a year: nearest occurrence consistent with tense. US
  holidays: Thanksgiving = 4th Thu Nov; Labor Day = 1st Mon Sep; Memorial Day =
  last Mon May; MLK day = 3rd Mon Jan; Mother's Day = 2nd Sun May; Easter =
  Western (Gregorian) Easter Sunday.
- Year ranges "Between 2015 and 2020" = 2015-01-01..2020-12-31; month ranges
  "from November to January" = Nov 1..Jan 31 (next year);
  "this year through May" = Jan 1..May 31 of the published year.
- Birth dates etc. in the distant past are normal absolute dates (1951-07-04).

ADDED IN chat7 (resolved the way a TimeML/TIDES annotator would; decided
before writing the rows; where two readings are both ordinary, both are alts)
- Bare ordinal day ("on the 15th", "the twenty-third", "noon on the 5th"):
  future sentence -> that day of the published month if it is still ahead
  (day > published day), else of the next month; past sentence -> the
  published month if already gone (day < published day), else the previous
  month. "the 1st / first of next month", "the 20th of last month", "the
  last day of next month" = that day.
  "Wednesday the 12th" = the 12th of the month (weekday agrees).
- "a fortnight" = 14 days: "in a fortnight", "a fortnight from now",
  "a fortnight ago" = the day (alt: its Mon..Sun week), like chat3's
  "in two weeks". "two weeks from today" likewise.
- "tomorrow week" / "a week tomorrow" = tomorrow + 7 days. "Monday week" =
  the coming Monday + 7. "a week from Friday" = the coming Friday + 7.
  "two Fridays from now" = the second Friday strictly after published.
  "the coming Thursday" / "this coming Saturday" = the first one strictly
  after published. "the first Monday of next month", "the last Monday of
  October" = that day.
- Time-of-day and deadline words are dropped: "first thing Monday",
  "first thing tomorrow", "by EOD Friday", "this time tomorrow",
  "yesterday afternoon", "this morning" = that day ("by X" = X, as chat3's
  "by Nov. 5").
- "the end of this/next week", "end of week" = that Mon..Sun week (alt: its
  Friday; alt: its Sunday). "the end of the year / of next year" = that year
  (alt: Dec 31; alt: December). "the start/beginning of <month>", "the start
  of next month" = that month (alt: its 1st; alt: days 1-10).
  "the last days of <Month>" = like chat3's "late <Month>": the month (alt:
  days 21-end).
- Weekends: "the weekend after next" = Sat..Sun of the Mon..Sun week two weeks
  after the current one (alt: one week after, for speakers whose "next
  weekend" is the coming one); "this coming weekend" = the first Sat..Sun
  after published; "over the weekend" in a past-tense sentence = the most
  recent Sat..Sun before published; "the weekend of the 18th" = the Sat..Sun
  containing that day (chosen to be a Saturday). "the week before last" = the
  Mon..Sun week two weeks before the current one.
- "early/mid/late <year>" ("mid-2027", "late 2020", "early next year") = the
  year (alt: Jan 1-Apr 30 / May 1-Aug 31 / Sep 1-Dec 31).
- Seasons = northern-hemisphere meteorological: spring Mar 1-May 31, summer
  Jun 1-Aug 31, autumn/fall Sep 1-Nov 30, winter Dec 1-end Feb (of the next
  year). "this <season>" = the one of the current year (winter: the one that
  starts in the current December when said in Nov/Dec); "next <season>" said
  outside that season = the coming one; "last <season>" = the most recent
  completed one; "in the fall" without year = nearest consistent with tense;
  "summer 2022", "the summer of 2019" = that year's.
- Decades: "the 1980s", "the seventies", "the '60s", "The 2010s" =
  Jan 1 of the first year .. Dec 31 of the ninth. Centuries: "the 19th
  century" = 1800-01-01..1899-12-31 (TimeML value "18"; alt the strict count
  1801-01-01..1900-12-31); "this century" said in the 2020s = 2000..2099
  (alt 2001..2100). Numeric "in the 90s" (test scores, temperatures) is not a
  date.
- Holidays added to chat3's list (no year = nearest occurrence consistent with
  tense): Good Friday = Easter - 2; Easter Monday / "the Monday after Easter" =
  Easter + 1; Black Friday = Thanksgiving + 1; Cyber Monday = Thanksgiving + 4;
  Presidents' Day = 3rd Mon Feb; Columbus Day = 2nd Mon Oct; Juneteenth =
  Jun 19; Veterans Day = Nov 11; St. Patrick's Day = Mar 17; Boxing Day =
  Dec 26; Canada Day = Jul 1; Bastille Day = Jul 14; Bonfire Night = Nov 5;
  May Day = May 1; Father's Day = 3rd Sun Jun (US); Valentine's (Day) =
  Feb 14; Lunar New Year = first day of the Chinese lunar year (table in
  gen_cases.py; 2027: Feb 6). "last Christmas" said in early January = the
  Christmas just past; "this Thanksgiving" = the current year's.
- "between Christmas and New Year" = Dec 25..Jan 1 (chat3's inclusive
  "between" range; alt: Dec 26..Dec 31, the days strictly between).
- Numeric dates: slash dates are US month-first ("12/24", "4/17/2028"),
  except that a first number above 12 makes it day-first ("28/10"); no year ->
  chat3's yearless rule. ISO "2027-03-14" = that day. Abbreviated forms
  ("Sept. 3", "Thu 9 Oct", "Wed., June 2", "Sun 2 Sept") = that day; the
  weekday always agrees with the date.
- Ranges: "from the 3rd to the 7th of May" = May 3..May 7; "June 10-14",
  "Aug 2-9" = that day range; "between the 20th and 24th", "from the 11th
  through the 15th" = the published month's days when still ahead;
  "Saturday until Tuesday" = the coming Saturday .. the Tuesday after it;
  "Dec. 29 to Jan. 4" runs into the next year; "from 2016 to 2019" =
  2016-01-01..2019-12-31. One claim per range.
- Anchored expressions ("the next day", "the following Monday", "three days
  later") resolve against the date named earlier in the same sentence, not the
  published date; both the anchor and the anchored expression are expected.
- A holiday and its date or weekday given side by side ("Columbus Day,
  Oct. 12"; "Veterans Day ... on Sunday") are two expected claims.
- Not dates (negative rows, no claim expected): clock times alone ("10:30",
  "opens at 6", "4pm", "quarter to seven" - chat3 kept these in an
  ignored time-only tag; here they are scored negatives); "May I..."; people
  and animals named April/June/Summer; "a second", "the second exit";
  "Friday" as the film title; "Sunday best", "a month of Sundays"; "The Sunday Times"; "24/7";
  phone numbers; software versions; product and model names (Galaxy S24,
  Xbox 360, X200, 747); scores and votes (21-14, 61-39, 5-4); ratings and
  fractions (7/10, 5/8 inch, 2/3 of a cup, 4 out of 5); a lock combination
  ("12-25-07"); race times; addresses, ages, bill and track numbers, an
  oven temperature ("425"); "spring water";
  "a fall on the ice"; "in the 90s" for scores and temperatures.
ADDED IN THIS PROBE (chat9; resolved the way a TimeML/TIDES annotator would;
decided before any row was written; where two readings are both ordinary,
both are alts)
- Signal words stay outside the value (TimeML puts "since", "as of", "from",
  "until", "through", "after", "by", "no later than", "before",
  "effective", "starting" in a SIGNAL, not in the TIMEX3): "as of March 31"
  = March 31; "will take effect from April 1" = April 1; "since last
  spring" = last spring (the season); "until May 11", "through December" =
  May 11 / December (a point, not a range from today). Deadline wording is
  dropped as in chat7: "no later than Thursday", "by close of business on
  the 30th", "midnight Sunday", "before 5 p.m. on July 7" = that day.
- Reported speech, quotations, datelines: relative expressions in reported
  speech ("said on Tuesday", "announced last month") and inside quotation
  marks resolve against the published date (rows are written so that the
  words were spoken or written on the published day and the quote names no
  other reference day). Each clause keeps its own tense, so one sentence can
  hold a past and a future date ("closed on Monday and will stay shut until
  at least April 20"). A dateline ("LISBON, Oct. 31 -") is a yearless date
  resolved like any other (here always the published day); a weekday in the
  story that names the published day ("on Sunday", published on that
  Sunday) is the published day (chat3).
- "earlier this week/month/year" = the current Mon..Sun week / month / year
  (alt: its first day .. the day before published; alt: its first day ..
  published). "later this week/month/year" = the current week / month /
  year (alt: the day after published .. its last day; alt: published .. its
  last day). "so far this year" = the year (alt: Jan 1 .. published).
  "earlier today", "later today" = today; "the night before last" =
  published - 2; "this past Sunday / weekend / March / summer" = the most
  recent one before published, like "last".
- Weekdays: possessives and attached times ("Tuesday's vote", "late
  Monday", "Wednesday evening", "Friday night", "2300 GMT on Tuesday",
  "half nine Friday morning") = that weekday by chat3's tense rule.
  Abbreviations ("Mon", "Sat", "Fri", "Tues.", "Thurs") are weekdays.
  "a week on Saturday" (British) = the coming Saturday + 7, like chat7's
  "Monday week".
- Weeks and weekends: "the week ended/ending Oct. 2" (statistics style) =
  the seven days ending on that day (alt: the Mon..Sun week containing it).
  "the middle of next week", "midweek" (= this week) = that Mon..Sun week
  (alt: its Wednesday; alt: its Tue..Thu). "the weekend" / "by the weekend"
  in a future sentence said on a weekday = the coming Sat..Sun; "the
  weekend before last" = the most recent completed Sat..Sun minus 7 days;
  "the last week of March" follows chat3's "the last week of <month>" (the
  Mon..Sun week containing the last day; alts: the last full Mon..Sun week,
  the last seven days of the month).
- Anchored expressions (chat7's rule, more forms): "the following day",
  "the next morning", "a week later", "two days earlier", "the previous
  Friday" (the Friday strictly before the anchor) resolve against the date
  named earlier in the same sentence; anchor and anchored are both expected.
- Spans measured from the published day: "the past/last N days|weeks|months|
  years", "over the past N ...", "in the last N ...", "the past week",
  "over the past year" = published minus N units .. published (alts:
  .. the day before published; that start + 1 day .. published; for months
  and years also the N whole calendar months/years before the current one).
  "the next/coming N ...", "within the next N ...", "over the next N ..."
  = published .. published plus N units (alts: from the day after
  published; .. that end - 1 day; for months and years also the N whole
  calendar months/years after the current one). "between now and
  Christmas" = published .. Dec 25 (one claim). Durations that are not
  anchored to a day ("over three days", "a two-week course", "an 11-day
  walkout", "a two-day closure") are not dates.
- Ago / from now: "a couple of days ago" = 2 days ago; "a decade ago" = the
  year 10 years back (chat3's "N years ago"); "N years ago this month" =
  that month N years back; "a year ago today", "this time last year" = the
  same day one year back (alt: that year); "18 months from now", "in five
  months" = chat3's "in 3 months" (the month, alt the day).
- Periods ending in a month (statistics style): "the 12 months to January"
  = the first day of the month 11 months before January .. Jan 31 (the
  nearest such January consistent with tense).
- Fiscal, school and sports years: chat3's "fiscal 2019 = calendar 2019"
  also covers "FY2027". A school/academic year "the 2024-25 school year" =
  Sep 1 2024 .. Aug 31 2025 (alts: Aug 1 2024 .. Jul 31 2025; the two
  calendar years Jan 1 2024 .. Dec 31 2025); "this school year" = the one
  containing published. A one-year sports season ("the 2024 season") = that
  year; a split season ("the 2021-22 season") = Jul 1 2021 .. Jun 30 2022
  (alt: Jan 1 2021 .. Dec 31 2022). "H1 2026" = Jan-Jun 2026; "the back
  half of next year" = Jul-Dec of next year.
- Seasons (chat7's meteorological rule): "the winter of 2024-25" = Dec 1 2024
  .. Feb 28 2025; "early/late <season>" = the season (alt: its first / last
  month); "before autumn" = the coming autumn; "in the spring" in a past
  clause = the most recent spring.
- Centuries and decades: "the turn of the century" (no century named,
  written after 2000) = around 2000: the year 2000 (TimeML "2000" with mod
  APPROX; alts 1995-01-01..2005-12-31 and 1999-01-01..2001-12-31); "the
  turn of the 20th century" = around 1900 in the same way. "the 2030s" =
  2030..2039 (chat7's decades); "the 21st century" = 2000..2099 (alt
  2001..2100, chat7). "the early/mid/late <decade>" ("the early 2000s", "the
  mid-'90s", "the late 1960s") = the decade (alt: its years 0-3 / 4-6 / 7-9).
- Numeric dates: chat7's slash rule is unchanged (US month-first unless the
  first number is above 12: "Sat 3/9" = March 9, "01/07" = January 7,
  "24/4" and "30/06" day-first); US hyphenated "10-27-18" likewise;
  two-digit years are 20xx. Dotted numeric dates are day-first (European):
  "9.3.2024" = 9 March 2024, "03.09.21" = 3 September 2021. Year-first
  "2026/05/01" = that day. Apostrophe years: "March '24" = March 2024, "the
  9th of Feb '27" = 2027-02-09 ("the '60s" stays a decade). A weekday with a
  bare ordinal ("Thurs 18th") follows chat7's "Wednesday the 12th"; the
  weekday always agrees with the date.
- Ranges (one claim each, as in chat3/chat7): "Nov. 27-Dec. 3" (also with an
  en dash), "Mar 10-17", "12 to 16 March", "the 26th to the 29th", "the
  20th-23rd", "Fri through Sun" (the coming Friday .. the Sunday after it),
  "Tuesday through Thursday next week", "July through September" (Jul 1 ..
  Sep 30), "2016-18" (2016-01-01 .. 2018-12-31); "mid-August to early
  September" = Aug 1 .. Sep 30 (alt: Aug 11 .. Sep 10, chat3's month-part
  days).
- Holidays added to chat3's and chat7's lists (no year = nearest occurrence
  consistent with tense): Anzac Day Apr 25; Australia Day Jan 26; Burns
  Night Jan 25; Hogmanay Dec 31; Cinco de Mayo May 5; King's Day (NL)
  Apr 27 (Apr 26 when the 27th is a Sunday); German Unity Day Oct 3; Day of
  the Dead Nov 2 (alt Nov 1-2, the two days of the observance); Remembrance
  Sunday (UK) = 2nd Sun Nov; Canadian Thanksgiving = 2nd Mon Oct; Patriots'
  Day = 3rd Mon Apr; US Election Day = the Tuesday after the first Monday of
  November; Mardi Gras = Pancake Day (Shrove Tuesday) = Easter - 47; Ash
  Wednesday = Easter - 46; Mothering Sunday (UK) = Easter - 21; lunar and
  lunisolar holidays from a table in gen_cases.py (Diwali 2023 = Nov 12;
  Holi 2024 = Mar 25; Eid al-Fitr 2024 = Apr 10, alt Apr 11 where the moon
  is sighted a day later; Mid-Autumn Festival 2025 = Oct 6). "the day after
  Thanksgiving" = Thanksgiving + 1 (chat7's "the Monday after Easter").
  A holiday and the weekday it falls on ("German Unity Day on Saturday")
  are two claims (chat7).
- Not dates (negative rows, no claim expected): SETs and frequencies
  ("Every Monday", "on Sundays", "Every other Friday", "weekly on
  Thursdays", "the first Tuesday of every month", "every Thursday" -
  TimeML type SET, not DATE); generic "on a Sunday"; titles with date words
  or years ("September" the song, "Wednesday" the series, "1984" the novel,
  "Friday Night Lights", Ruby Tuesday the restaurant chain); people and
  places (August Wilson, Theresa May, a neighbour called May, Christmas
  Island, Easter Island, the Women's March); product and model names (Audi
  Q4 e-tron, Boeing 787, iPhone 16, Windows 10, Ariane 6, 7-Eleven, Route
  66); dotted versions ("3.12.1"); scores and votes that look like dates
  ("12-10", "112-108", "6-3, 7-5", "212 votes to 198"); "flat 12/4";
  ratios, odds and fractions ("20/20", "50/50", "3-to-1", "18/20", "3/4
  sleeve", "5:2 diet"); "a 9-to-5 job"; clock times alone ("half five",
  "19:30", "6:40", "the 4:15"); a Bible verse ("23:4"); "Year 6" (a school
  grade); "the Sunday roast"; "a leap year"; measurements, temperatures,
  speeds and durations.
"""
'''


def main():
    out = []
    news_ids = []
    seen = set()
    for i, (tag, pub, s, exps, news) in enumerate(ROWS, 1):
        rid = "d%03d" % i
        assert (pub, s) not in seen, s
        assert s not in {x[1] for x in seen}, s
        seen.add((pub, s))
        D(pub)
        ex = []
        for span, alts in exps:
            assert s.count(span) == 1, (rid, span, s)
            assert alts, (rid, span)
            ex.append(("date", span, [(a.isoformat(), b.isoformat()) for a, b in alts]))
            for a, b in alts:
                assert a <= b
        if tag == "negative":
            assert not ex
        else:
            assert ex, rid
        out.append((rid, tag, pub, s, ex))
        if news:
            news_ids.append(rid)
    with open(os.path.join(HERE, "cases.py"), "w") as f:
        f.write(HEADER)
        f.write("\nROWS = [\n")
        for r in out:
            f.write("    " + repr(r) + ",\n")
        f.write("]\n\n")
        f.write("# rows written in news style (the rest are chat/voice-assistant utterances)\n")
        f.write("NEWS_IDS = " + pprint.pformat(news_ids, width=100, compact=True) + "\n")
    # review listing
    for rid, tag, pub, s, ex in out:
        pd = D(pub)
        print(f"{rid} {tag:14s} {pub} {WDN[pd.weekday()]} | {s}")
        for _, span, alts in ex:
            desc = []
            for a, b in alts:
                da, db = D(a), D(b)
                desc.append(f"{a}({WDN[da.weekday()]})..{b}({WDN[db.weekday()]})" if a != b
                            else f"{a}({WDN[da.weekday()]})")
            print(f"      [{span}] -> " + " | ".join(desc))
    from collections import Counter
    c = Counter(r[1] for r in out)
    n_exp = sum(len(r[4]) for r in out)
    print(len(out), "rows;", dict(c), "; news:", len(news_ids), "; expected dates:", n_exp)


if __name__ == "__main__":
    main()
