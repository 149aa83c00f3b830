#!/usr/bin/env python3
"""Generator for chat24/cases.py: every expected date is computed here with datetime.

Run: python3 gen_cases.py  -> writes cases.py (literal ISO values, next to this
file) and prints a review listing (pub weekday + resolved values) for eyeballing.
Helpers up to the chat9 section are chat9's gen_cases.py helpers, unchanged (chat3's,
then chat7's, then chat9's); then the helpers for this probe's added conventions.
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


# ---- added for chat24 (see "ADDED IN THIS PROBE" in HEADER; written before the rows)
def THIS_WD(p, wd):
    """"this <weekday>" (future): the current week's one if still ahead, else the first one
    strictly after p (alt: the current week's one, chat3's literal rule)."""
    d = thisw(p, wd)
    assert d != p, (p, wd)
    if d > p:
        return DAY(d)
    return ALTS(DAY(nxt(p, wd)), DAY(d))


def THIS_WD_PAST(p, wd):
    """"this <weekday>" in a past sentence: the current week's one, already gone."""
    d = thisw(p, wd)
    assert d < p, (p, wd)
    return DAY(d)


def NEXT_WD(p, wd):
    """chat3: next week's one (alt: the first coming one)."""
    return ALTS(DAY(nextw(p, wd)), DAY(nxt(p, wd)))


def NEXTWEEK_WD(p, wd):
    """"<weekday> next week" (chat3's "Monday next week")."""
    return DAY(nextw(p, wd))


def LAST_WD(p, wd):
    """"last <weekday>": the most recent one strictly before p (alt: that weekday of the
    previous Mon..Sun week)."""
    return ALTS(DAY(prv(p, wd)), DAY(thisw(p, wd) - td(7)))


def COMING_WD(p, wd):
    return DAY(nxt(p, wd))


def PAST_WD(p, wd):       # bare weekday / "this past <weekday>" in a past sentence (chat3)
    return DAY(prv(p, wd))


def AFTER_NEXT_WD(p, wd):
    """"<weekday> after next": the second one strictly after p (alt: that weekday of the
    Mon..Sun week two weeks after the current one)."""
    return ALTS(DAY(nxt(p, wd) + td(7)), DAY(thisw(p, wd) + td(14)))


def NEXT_WEEK(p):
    return WEEK(p + td(7))


def WEEK_AFTER_NEXT(p):
    return WEEK(p + td(14))


def WEEK_PART(monday, part):
    """"early/late next week": the week (alt Mon..Tue, Mon..Wed / Thu..Fri, Thu..Sun)."""
    assert monday.weekday() == MON
    if part == "early":
        return ALTS(WEEK(monday), RANGE(monday, monday + td(1)), RANGE(monday, monday + td(2)))
    return ALTS(WEEK(monday), RANGE(monday + td(3), monday + td(4)),
                RANGE(monday + td(3), monday + td(6)))


def NEXTWEEK_DAYS(p, wd_a, wd_b):
    """"mon-fri next week": those days of next week's Mon..Sun week."""
    return RANGE(nextw(p, wd_a), nextw(p, wd_b))


def MONTH_END(y, m):
    """chat3's "the end of the month": the month (alt its last day)."""
    return ALTS(MONTH(y, m), DAY(MONTH(y, m)[0][1]))


def next_month(p):
    return add_months(p.replace(day=1), 1)


def QTR_START(y, q):
    m0 = 3 * (q - 1) + 1
    return ALTS(QTR(y, q), MONTH(y, m0), DAY(date(y, m0, 1)))


def QTR_END(y, q):
    m2 = 3 * q
    return ALTS(QTR(y, q), MONTH(y, m2), DAY(MONTH(y, m2)[0][1]))


def q_future(p, q):
    """year of a yearless future "Qq": the current one if it is Qq, else the next to come."""
    return p.year if q >= quarter_of(p) else p.year + 1


def q_shift(p, n):
    """(year, quarter) n quarters from the current one."""
    k = p.year * 4 + quarter_of(p) - 1 + n
    return k // 4, k % 4 + 1


def ORD_RANGE(p, a, b):
    """future "from the a-th to the b-th": a by chat7's bare-ordinal rule; b in the same month,
    or in the next month when b < a."""
    s = ordinal_future(p, a)
    e = date(s.year, s.month, b) if b >= a else date(next_month(s).year, next_month(s).month, b)
    return RANGE(s, e)


# holidays (chat24)
def orthodox_easter(y):   # Julian computus (Meeus), + 13 days to Gregorian (1900-2099)
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month = (d + e + 114) // 31
    day = (d + e + 114) % 31 + 1
    return date(y, month, day) + td(13)


def victoria_day(y):
    d = date(y, 5, 24)
    while d.weekday() != MON:
        d -= td(1)
    return d


def uk_early_may(y): return nth_wd(y, 5, MON, 1)
def uk_spring_bh(y): return last_wd(y, 5, MON)
def uk_august_bh(y): return last_wd(y, 8, MON)          # England and Wales
def family_day(y): return nth_wd(y, 2, MON, 3)          # Ontario
def civic_holiday(y): return nth_wd(y, 8, MON, 1)       # Ontario
def melbourne_cup(y): return nth_wd(y, 11, TUE, 1)
def ascension(y): return easter(y) + td(39)
def whit_monday(y): return easter(y) + td(50)


def midsummer_eve(y):     # Sweden: the Friday from Jun 19 to Jun 25
    d = date(y, 6, 19)
    while d.weekday() != FRI:
        d += td(1)
    return d


def MIDSUMMER(y):
    e = midsummer_eve(y)
    return ALTS(DAY(e), DAY(e + td(1)))


def GOLDEN_WEEK(y):
    return RANGE(date(y, 4, 29), date(y, 5, 5))


def SONGKRAN(y):
    return ALTS(DAY(date(y, 4, 13)), RANGE(date(y, 4, 13), date(y, 4, 15)))


CHINESE_NEW_YEAR = {2028: date(2028, 1, 26)}
HOLI24 = {2025: date(2025, 3, 14)}
RAMADAN_START = {2025: date(2025, 3, 1)}      # alt: the next day
EID_AL_ADHA = {2025: date(2025, 6, 6)}        # alt: the next day
CHUSEOK = {2024: date(2024, 9, 17), 2025: date(2025, 10, 6)}   # alt: the day before .. after
DIWALI24 = {2025: date(2025, 10, 20)}         # alt: the next day
YOM_KIPPUR = {2025: date(2025, 10, 2)}        # alt: from the evening before
ROSH_HASHANAH = {2025: date(2025, 9, 23)}     # first of two days
HANUKKAH = {2024: (date(2024, 12, 26), date(2025, 1, 2)),
            2025: (date(2025, 12, 15), date(2025, 12, 22))}    # first full day .. last day


def NEXT_DAY_ALT(d):
    return ALTS(DAY(d), DAY(d + td(1)))


def CHUSEOK_(y):
    d = CHUSEOK[y]
    return ALTS(DAY(d), RANGE(d - td(1), d + td(1)))


def YOM_KIPPUR_(y):
    d = YOM_KIPPUR[y]
    return ALTS(DAY(d), RANGE(d - td(1), d))


def ROSH_HASHANAH_(y):
    d = ROSH_HASHANAH[y]
    return ALTS(RANGE(d, d + td(1)), DAY(d), RANGE(d - td(1), d + td(1)))


def HANUKKAH_(y):
    a, b = HANUKKAH[y]
    return ALTS(RANGE(a, b), RANGE(a - td(1), b))


def HANUKKAH_FIRST_NIGHT(y):
    return DAY(HANUKKAH[y][0] - td(1))


# sanity checks against independently known dates
assert orthodox_easter(2021) == date(2021, 5, 2)
assert orthodox_easter(2023) == date(2023, 4, 16)
assert orthodox_easter(2024) == date(2024, 5, 5)
assert orthodox_easter(2025) == date(2025, 4, 20) == easter(2025)
assert orthodox_easter(2026) == date(2026, 4, 12)
assert victoria_day(2024) == date(2024, 5, 20) and victoria_day(2025) == date(2025, 5, 19)
assert uk_early_may(2025) == date(2025, 5, 5) and uk_spring_bh(2025) == date(2025, 5, 26)
assert uk_august_bh(2025) == date(2025, 8, 25) and uk_august_bh(2024) == date(2024, 8, 26)
assert family_day(2025) == date(2025, 2, 17) and civic_holiday(2025) == date(2025, 8, 4)
assert melbourne_cup(2024) == date(2024, 11, 5) and melbourne_cup(2025) == date(2025, 11, 4)
assert ascension(2025) == date(2025, 5, 29) and whit_monday(2025) == date(2025, 6, 9)
assert whit_monday(2024) == date(2024, 5, 20)
assert midsummer_eve(2024) == date(2024, 6, 21) and midsummer_eve(2025) == date(2025, 6, 20)
assert CHINESE_NEW_YEAR[2028].weekday() == WED and HOLI24[2025].weekday() == FRI
assert RAMADAN_START[2025].weekday() == SAT and EID_AL_ADHA[2025].weekday() == FRI
assert CHUSEOK[2024].weekday() == TUE and CHUSEOK[2025].weekday() == MON
assert DIWALI24[2025].weekday() == MON and YOM_KIPPUR[2025].weekday() == THU
assert ROSH_HASHANAH[2025].weekday() == TUE and YOM_KIPPUR[2025] == ROSH_HASHANAH[2025] + td(9)
assert HANUKKAH[2024][0].weekday() == THU and HANUKKAH[2025][0] - td(1) == date(2025, 12, 14)
assert all((b - a).days == 7 for a, b in HANUKKAH.values())


def wdnot(d, wd):
    assert d.weekday() != wd, (d, WDN[wd])
    return d

# =====================================================================
# weekday: this / next / last / coming / past / after next (+ chat abbreviations and typos)
R("weekday", "2026-03-10", "get the plumber on the phone this thurs, remind me",
  lambda p: [("this thurs", THIS_WD(p, THU))], wd=TUE)
R("weekday", "2025-06-02", "reserve 4 seats at luigi's next fri at 7",
  lambda p: [("next fri", NEXT_WD(p, FRI))], wd=MON)
R("weekday", "2024-09-19", "did the gas payment go out last tues",
  lambda p: [("last tues", LAST_WD(p, TUE))], wd=THU)
R("weekday", "2027-01-14", "move my dentist appt to this coming monday",
  lambda p: [("this coming monday", COMING_WD(p, MON))], wd=THU)
R("weekday", "2028-05-05", "set an alarm for this sunday 6am, got an early flight",
  lambda p: [("this sunday", THIS_WD(p, SUN))], wd=FRI)
R("weekday", "2021-08-29", "priya suggested ramen this wednesday, put it in",
  lambda p: [("this wednesday", THIS_WD(p, WED))], wd=SUN)
R("weekday", "2019-02-11", "i need the car back by next weds",
  lambda p: [("next weds", NEXT_WD(p, WED))], wd=MON)
R("weekday", "2026-11-16", "lane swimming this saturday or is that only on sundays",
  lambda p: [("this saturday", THIS_WD(p, SAT))], wd=MON)
R("weekday", "2027-06-30", "the parcel was meant to arrive last fri but nothing yet",
  lambda p: [("last fri", LAST_WD(p, FRI))], wd=WED)
R("weekday", "2024-02-28", "reschedule physio to thurs next week pls",
  lambda p: [("thurs next week", NEXTWEEK_WD(p, THU))], wd=WED)
R("weekday", "2029-12-28", "what are the leisure centre hours this coming tuesday",
  lambda p: [("this coming tuesday", COMING_WD(p, TUE))], wd=FRI)
R("weekday", "2020-01-02", "which events were in my diary last sat",
  lambda p: [("last sat", LAST_WD(p, SAT))], wd=THU)
R("weekday", "2022-06-15", "dentist wants to rebook me for wendsday next week, accept it",
  lambda p: [("wendsday next week", NEXTWEEK_WD(p, WED))], wd=WED)
R("weekday", "2023-04-20", "did i log my hours this monday",
  lambda p: [("this monday", THIS_WD_PAST(p, MON))], wd=THU)
R("weekday", "2026-01-29", "book squash for thrusday after next",
  lambda p: [("thrusday after next", AFTER_NEXT_WD(p, THU))], wd=THU)
R("weekday", "2023-11-22", "whats the forecast for saturday after next, thinking of a hike",
  lambda p: [("saturday after next", AFTER_NEXT_WD(p, SAT))], wd=WED)
R("weekday", "2025-04-16", "The committee will vote next Tuesday on the revised zoning map, a spokesperson said.",
  lambda p: [("next Tuesday", NEXT_WD(p, TUE))], news=True, wd=WED)
R("weekday", "2023-03-03", "Shares in the miner slid last Monday after the assay results were released.",
  lambda p: [("last Monday", LAST_WD(p, MON))], news=True, wd=FRI)
R("weekday", "2026-09-24", "Union leaders said the walkout would begin this coming Monday unless talks resume.",
  lambda p: [("this coming Monday", COMING_WD(p, MON))], news=True, wd=THU)
R("weekday", "2028-10-13", "The museum reopens to the public this Sunday after an 18-month refit.",
  lambda p: [("this Sunday", THIS_WD(p, SUN))], news=True, wd=FRI)
R("weekday", "2021-05-18", "The long-delayed flood review will land on Thursday of next week, a minister confirmed.",
  lambda p: [("Thursday of next week", NEXTWEEK_WD(p, THU))], news=True, wd=TUE)
R("weekday", "2024-06-12", "The sentencing hearing was set for the Friday after next.",
  lambda p: [("the Friday after next", AFTER_NEXT_WD(p, FRI))], news=True, wd=WED)
R("weekday", "2018-10-10", "The ferry operator cancelled sailings this past Monday because of high winds.",
  lambda p: [("this past Monday", PAST_WD(p, MON))], news=True, wd=WED)
R("weekday", "2027-02-19", "Negotiations between the two unions collapsed last Thursday, a mediator said.",
  lambda p: [("last Thursday", LAST_WD(p, THU))], news=True, wd=FRI)
R("weekday", "2029-09-12", "Rate-setters will unveil their decision on borrowing costs this Thursday.",
  lambda p: [("this Thursday", THIS_WD(p, THU))], news=True, wd=WED)

# week: the week after next, nxt wk, early/late next week, counting from today
R("week", "2025-01-15", "i'm on annual leave the week after next, block out the calendar",
  lambda p: [("the week after next", WEEK_AFTER_NEXT(p))], wd=WED)
R("week", "2023-06-06", "any free slots nxt wk for a haircut?",
  lambda p: [("nxt wk", NEXT_WEEK(p))], wd=TUE)
R("week", "2026-12-22", "hold the week after next for the external auditors",
  lambda p: [("the week after next", WEEK_AFTER_NEXT(p))], wd=TUE)
R("week", "2019-08-21", "handover of the keys early next week is fine by me",
  lambda p: [("early next week", WEEK_PART(nextw(p, MON), "early"))], wd=WED)
R("week", "2028-03-01", "figma critique might have to wait till late next week",
  lambda p: [("late next week", WEEK_PART(nextw(p, MON), "late"))], wd=WED)
R("week", "2024-11-25", "in two weeks' time i'll be in lisbon, remind me to pack",
  lambda p: [("in two weeks' time", DAY_OR_WEEK(p + td(14)))], wd=MON)
R("week", "2022-07-08", "okafors free for a curry a fortnight today?",
  lambda p: [("a fortnight today", DAY_OR_WEEK(p + td(14)))], wd=FRI)
R("week", "2030-01-31", "a week today i fly to reykjavik",
  lambda p: [("a week today", DAY(p + td(7)))], wd=THU)
R("week", "2027-09-10", "check trains to york for two weeks today",
  lambda p: [("two weeks today", DAY_OR_WEEK(p + td(14)))], wd=FRI)
R("week", "2020-10-05", "this time next week ill be done with exams lol",
  lambda p: [("this time next week", DAY_OR_WEEK(p + td(7)))], wd=MON)
R("week", "2026-05-13", "A ruling from the competition watchdog on the takeover is due the week after next.",
  lambda p: [("the week after next", WEEK_AFTER_NEXT(p))], news=True, wd=WED)
R("week", "2019-03-27", "Budget talks are set to resume early next week, officials said.",
  lambda p: [("early next week", WEEK_PART(nextw(p, MON), "early"))], news=True, wd=WED)
R("week", "2024-12-04", "Results of the recount are due in two weeks' time, the electoral board said.",
  lambda p: [("in two weeks' time", DAY_OR_WEEK(p + td(14)))], news=True, wd=WED)
R("week", "2018-05-30", "Dock workers will walk out a fortnight on Friday if the pay offer is not improved.",
  lambda p: [("a fortnight on Friday", DAY(nxt(p, FRI) + td(14)))], news=True, wd=WED)
R("week", "2023-10-09", "The inquiry will deliver its findings a fortnight today, the chair said.",
  lambda p: [("a fortnight today", DAY_OR_WEEK(p + td(14)))], news=True, wd=MON)

# rel-day: tomorrow / today / tonight / this evening / last night, chat spellings
R("rel-day", "2025-12-31", "2morrow i need to sort the residents parking permit, remind me",
  lambda p: [("2morrow", DAY(p + td(1)))], wd=WED)
R("rel-day", "2024-02-28", "tmrw at 8 can u wake me up",
  lambda p: [("tmrw", DAY(p + td(1)))], wd=WED)
R("rel-day", "2019-06-30", "whats on at the cinema tonite",
  lambda p: [("tonite", DAY(p))], wd=SUN)
R("rel-day", "2027-04-12", "order pizza for this evening, the usual",
  lambda p: [("this evening", DAY(p))])
R("rel-day", "2022-02-27", "sis turns 30 the day after tmrw!! gift ideas?",
  lambda p: [("the day after tmrw", DAY(p + td(2)))], wd=SUN)
R("rel-day", "2029-08-14", "chance of showers tomorrow night?",
  lambda p: [("tomorrow night", DAY(p + td(1)))])
R("rel-day", "2020-11-30", "ring the landlord first thing tomorow about the leak",
  lambda p: [("tomorow", DAY(p + td(1)))], wd=MON)
R("rel-day", "2026-07-04", "we got in late last night, can u log the hotel receipt",
  lambda p: [("last night", DAY(p - td(1)))], wd=SAT)
R("rel-day", "2028-09-09", "does the flea market shut early 2day",
  lambda p: [("2day", DAY(p))], wd=SAT)
R("rel-day", "2021-10-18", "text dad that i'll ring him tmw evening",
  lambda p: [("tmw evening", DAY(p + td(1)))], wd=MON)
R("rel-day", "2025-03-21", "Forecasters warned that temperatures would drop below freezing tonight across the north.",
  lambda p: [("tonight", DAY(p))], news=True)
R("rel-day", "2024-08-05", "Counting will continue this evening, the commission said.",
  lambda p: [("this evening", DAY(p))], news=True)
R("rel-day", "2019-01-29", "The verdict is expected the day after tomorrow, lawyers for both sides said.",
  lambda p: [("the day after tomorrow", DAY(p + td(2)))], news=True)
R("rel-day", "2026-02-02", "Schools in the valley will stay closed tomorrow as crews clear fallen trees.",
  lambda p: [("tomorrow", DAY(p + td(1)))], news=True)
R("rel-day", "2030-05-17", "Rail services were suspended late last night after a signal failure near the junction.",
  lambda p: [("late last night", DAY(p - td(1)))], news=True)
R("rel-day", "2022-11-30", "The minister will address parliament tonight on the energy price cap.",
  lambda p: [("tonight", DAY(p))], news=True)

# ordinal-day: bare ordinals (chat7's rule), month and year rollover
R("ordinal-day", "2026-01-08", "hygienist on the 14th at 10:30, put it in the diary",
  lambda p: [("the 14th", DAY(ordinal_future(p, 14)))])
R("ordinal-day", "2025-04-22", "transfer the rent to mr osei on the 1st, set a nag",
  lambda p: [("the 1st", DAY(ordinal_future(p, 1)))])
R("ordinal-day", "2023-12-20", "my nephew's party is on the 3rd",
  lambda p: [("the 3rd", DAY(ordinal_future(p, 3)))])
R("ordinal-day", "2027-10-31", "did recycling actually get collected on the 28th?",
  lambda p: [("the 28th", DAY(ordinal_past(p, 28)))])
R("ordinal-day", "2024-03-05", "i got paid on the 28th right?",
  lambda p: [("the 28th", DAY(ordinal_past(p, 28)))])
R("ordinal-day", "2020-02-15", "ask the window cleaner if the 29th suits instead",
  lambda p: [("the 29th", DAY(ordinal_future(p, 29)))])
R("ordinal-day", "2021-07-09", "council tax direct debit leaves on the twenty-fifth, flag it pls",
  lambda p: [("the twenty-fifth", DAY(ordinal_future(p, 25)))])
R("ordinal-day", "2018-08-14", "is the 14th ok for the boiler service",
  lambda p: [("the 14th", DAY(ordinal_future(p, 14)))])
R("ordinal-day", "2022-09-12", "Councillors will gather on the 21st for a final vote on spending plans.",
  lambda p: [("the 21st", DAY(ordinal_future(p, 21)))], news=True)
R("ordinal-day", "2018-06-19", "The fire broke out early on the 17th and burned for two days.",
  lambda p: [("the 17th", DAY(ordinal_past(p, 17)))], news=True)
R("ordinal-day", "2028-12-15", "Nominations close on the 8th, the party confirmed.",
  lambda p: [("the 8th", DAY(ordinal_future(p, 8)))], news=True)

# month-part: end of next month, early/mid/late <month>, beginning of next month
R("month-part", "2025-08-19", "chase accounts so the supplier gets paid by end of next month",
  lambda p: [("end of next month", MONTH_END(next_month(p).year, next_month(p).month))])
R("month-part", "2019-11-26", "planning a trip to lapland early december",
  lambda p: [("early december", MONTH_PART(2019, 12, "early"))])
R("month-part", "2026-10-05", "kitchen fitters can start mid jan",
  lambda p: [("mid jan", MONTH_PART(2027, 1, "mid"))])
R("month-part", "2023-04-03", "the hatchback needs its service in late april, find a slot",
  lambda p: [("late april", MONTH_PART(2023, 4, "late"))])
R("month-part", "2030-12-02", "sort the passport renewal before end of feb",
  lambda p: [("end of feb", MONTH_END(2031, 2))])
R("month-part", "2022-05-31", "is the beginning of next month realistic for moving flats",
  lambda p: [("the beginning of next month", START_OF_MONTH(2022, 6))])
R("month-part", "2018-02-14", "the boiler guy said mid febuary is booked so mid-march is the earliest",
  lambda p: [("mid febuary", MONTH_PART(2018, 2, "mid")), ("mid-march", MONTH_PART(2018, 3, "mid"))])
R("month-part", "2024-10-16", "The agency expects to publish revised guidance in late November.",
  lambda p: [("late November", MONTH_PART(2024, 11, "late"))], news=True)
R("month-part", "2021-01-19", "Construction on the bridge began in early January, the contractor said.",
  lambda p: [("early January", MONTH_PART(2021, 1, "early"))], news=True)
R("month-part", "2029-02-06", "Flights between the two islands should resume by the end of next month, the carrier said.",
  lambda p: [("the end of next month", MONTH_END(2029, 3))], news=True)
R("month-part", "2025-09-29", "Harvest figures will be released in mid-October.",
  lambda p: [("mid-October", MONTH_PART(2025, 10, "mid"))], news=True)
R("month-part", "2020-06-25", "The upper house should approve the housing measure by the end of the month, aides said.",
  lambda p: [("the end of the month", MONTH_END(2020, 6))], news=True)
R("month-part", "2026-12-09", "Fuel prices are forecast to ease by early February, analysts said.",
  lambda p: [("early February", MONTH_PART(2027, 2, "early"))], news=True)

# quarter: beginning / end of Qn, yearless Qn, this / next / last quarter, halves
R("quarter", "2026-04-14", "lets revisit pricing at the beginning of Q3",
  lambda p: [("the beginning of Q3", QTR_START(q_future(p, 3), 3))])
R("quarter", "2024-08-20", "vat return has to be filed end of Q3, set a nudge",
  lambda p: [("end of Q3", QTR_END(q_future(p, 3), 3))])
R("quarter", "2027-11-03", "the migration is pencilled in for Q1",
  lambda p: [("Q1", QTR(q_future(p, 1), 1))])
R("quarter", "2023-02-09", "pull the churn figures for last quarter, the board wants them",
  lambda p: [("last quarter", QTR(*q_shift(p, -1)))])
R("quarter", "2025-05-27", "set up a kickoff for next quarter",
  lambda p: [("next quarter", QTR(*q_shift(p, 1)))])
R("quarter", "2030-10-15", "can u pull the sales numbers for this quarter",
  lambda p: [("this quarter", QTR(*q_shift(p, 0)))])
R("quarter", "2028-01-25", "The smelter should be running at full capacity by the start of the second quarter, the company said.",
  lambda p: [("the start of the second quarter", QTR_START(q_future(p, 2), 2))], news=True)
R("quarter", "2019-07-30", "A 12% rise in second-quarter earnings was announced by the lender on Tuesday.",
  lambda p: [("second-quarter", QTR(2019, 2)), ("Tuesday", DAY(p))], news=True, wd=TUE)
R("quarter", "2022-10-27", "A brokerage note forecast a rebound in deliveries in the fourth quarter of 2022.",
  lambda p: [("the fourth quarter of 2022", QTR(2022, 4))], news=True)
R("quarter", "2030-03-12", "Forty new outlets will open in the second half of 2030, the discount grocer said.",
  lambda p: [("the second half of 2030", HALF(2030, 2))], news=True)
R("quarter", "2026-11-18", "The shipyard expects to hand over the first ferry at the start of Q1 2027.",
  lambda p: [("the start of Q1 2027", QTR_START(2027, 1))], news=True)
R("quarter", "2021-06-29", "The lender warned that margins would narrow at the end of the third quarter.",
  lambda p: [("the end of the third quarter", QTR_END(q_future(p, 3), 3))], news=True)

# holiday: several countries, with and without a year
R("holiday", "2026-01-10", "when's orthodox easter, want to visit yiayia",
  lambda p: [("orthodox easter", DAY(orthodox_easter(2026)))])
R("holiday", "2019-05-10", "the cottage opens on victoria day",
  lambda p: [("victoria day", DAY(victoria_day(2019)))])
R("holiday", "2025-08-11", "can i take garden waste to the recycling centre on the august bank holiday",
  lambda p: [("the august bank holiday", DAY(uk_august_bh(2025)))])
R("holiday", "2027-05-01", "will southern run a reduced service on the early may bank holiday",
  lambda p: [("the early may bank holiday", DAY(uk_early_may(2027)))], wd=SAT)
R("holiday", "2024-06-10", "we're doing midsummer at the cabin in dalarna",
  lambda p: [("midsummer", MIDSUMMER(2024))])
R("holiday", "2026-11-02", "nudge me on waitangi day to ring aroha in auckland",
  lambda p: [("waitangi day", DAY(date(2027, 2, 6)))])
R("holiday", "2025-09-08", "will the kosher deli shut for yom kippur",
  lambda p: [("yom kippur", YOM_KIPPUR_(2025))])
R("holiday", "2024-12-11", "what dates is hanukkah, need to plan the latkes",
  lambda p: [("hanukkah", HANUKKAH_(2024))])
R("holiday", "2025-02-20", "community iftar near me on the first day of ramadan?",
  lambda p: [("the first day of ramadan", NEXT_DAY_ALT(RAMADAN_START[2025]))])
R("holiday", "2025-05-20", "we fly to jeddah just before eid al-adha",
  lambda p: [("eid al-adha", NEXT_DAY_ALT(EID_AL_ADHA[2025]))])
R("holiday", "2025-09-15", "find me cheap flights to seoul over chuseok",
  lambda p: [("chuseok", CHUSEOK_(2025))])
R("holiday", "2025-10-01", "order sweets for the office for diwali",
  lambda p: [("diwali", NEXT_DAY_ALT(DIWALI24[2025]))])
R("holiday", "2024-04-02", "is the tokyo office shut for golden week",
  lambda p: [("golden week", GOLDEN_WEEK(2024))])
R("holiday", "2026-03-25", "book a hostel in chiang mai for songkran",
  lambda p: [("songkran", SONGKRAN(2026))])
R("holiday", "2028-11-01", "put melbourne cup day in the team calendar",
  lambda p: [("melbourne cup day", DAY(melbourne_cup(2028)))])
R("holiday", "2022-11-24", "need to buy haggis before st andrew's day",
  lambda p: [("st andrew's day", DAY(date(2022, 11, 30)))])
R("holiday", "2023-08-01", "are museums open in rome on ferragosto",
  lambda p: [("ferragosto", DAY(date(2023, 8, 15)))])
R("holiday", "2026-06-15", "countdown to thanksgiving 2026 please",
  lambda p: [("thanksgiving 2026", DAY(thanksgiving(2026)))])
R("holiday", "2028-06-01", "will the outdoor pools be open on canada day '28",
  lambda p: [("canada day '28", DAY(date(2028, 7, 1)))])
R("holiday", "2027-12-14", "we're doing chinese new year at nana's",
  lambda p: [("chinese new year", DAY(CHINESE_NEW_YEAR[2028]))])
R("holiday", "2026-01-22", "Crowds are expected in New Delhi for the Republic Day parade on Monday.",
  lambda p: [("Republic Day", DAY(wdcheck(date(2026, 1, 26), MON))), ("Monday", COMING_WD(p, MON))],
  news=True, wd=THU)
R("holiday", "2025-08-13", "India will mark Independence Day on Friday with a speech from the Red Fort.",
  lambda p: [("Independence Day", DAY(wdcheck(date(2025, 8, 15), FRI))), ("Friday", COMING_WD(p, FRI))],
  news=True, wd=WED)
R("holiday", "2024-09-14", "Troops will parade through the Zocalo in Mexico City for Independence Day on Monday.",
  lambda p: [("Independence Day", DAY(wdcheck(date(2024, 9, 16), MON))), ("Monday", COMING_WD(p, MON))],
  news=True, wd=SAT)
R("holiday", "2023-11-10", "France will mark Armistice Day tomorrow with a ceremony at the Arc de Triomphe.",
  lambda p: [("Armistice Day", DAY(date(2023, 11, 11))), ("tomorrow", DAY(p + td(1)))], news=True)
R("holiday", "2025-04-23", "English Heritage sites will fly the flag for St George's Day today.",
  lambda p: [("St George's Day", DAY(date(2025, 4, 23))), ("today", DAY(p))], news=True)
R("holiday", "2019-08-09", "Singapore marked National Day with a flypast over the Padang.",
  lambda p: [("National Day", DAY(date(2019, 8, 9)))], news=True)
R("holiday", "2021-05-03", "Orthodox Easter was celebrated across Greece on Sunday under lockdown rules.",
  lambda p: [("Orthodox Easter", DAY(orthodox_easter(2021))), ("Sunday", PAST_WD(p, SUN))],
  news=True, wd=MON)
R("holiday", "2026-05-12", "Dutch shops will keep limited hours on Ascension Day.",
  lambda p: [("Ascension Day", DAY(ascension(2026)))], news=True)
R("holiday", "2030-05-20", "Motorway traffic is forecast to peak before the Whit Monday holiday, the roads agency said.",
  lambda p: [("Whit Monday", DAY(whit_monday(2030)))], news=True)
R("holiday", "2027-06-01", "Swedes are expected to head to the countryside for Midsummer Eve.",
  lambda p: [("Midsummer Eve", DAY(midsummer_eve(2027)))], news=True)
R("holiday", "2022-12-27", "Engineering works will disrupt trains out of the capital on New Year's Day.",
  lambda p: [("New Year's Day", DAY(date(2023, 1, 1)))], news=True)
R("holiday", "2018-11-21", "Airports braced for the busiest travel day of the year on the Wednesday before Thanksgiving.",
  lambda p: [("the Wednesday before Thanksgiving", DAY(thanksgiving(2018) - td(1)))], news=True, wd=WED)
R("holiday", "2025-09-17", "Synagogues across the city are preparing for Rosh Hashanah next week.",
  lambda p: [("Rosh Hashanah", ROSH_HASHANAH_(2025)), ("next week", NEXT_WEEK(p))], news=True, wd=WED)
R("holiday", "2025-03-15", "Millions across India celebrated Holi on Friday with coloured powder.",
  lambda p: [("Holi", DAY(HOLI24[2025])), ("Friday", PAST_WD(p, FRI))], news=True, wd=SAT)
R("holiday", "2019-05-24", "Heavy traffic is expected ahead of the spring bank holiday.",
  lambda p: [("the spring bank holiday", DAY(uk_spring_bh(2019)))], news=True)
R("holiday", "2027-12-20", "Branches of the postal service shut at noon on Christmas Eve and open again on Dec. 27.",
  lambda p: [("Christmas Eve", DAY(date(2027, 12, 24))), ("Dec. 27", DAY(date(2027, 12, 27)))], news=True)
R("holiday", "2024-01-04", "Spanish retailers will pull down their shutters for Epiphany on Saturday.",
  lambda p: [("Epiphany", DAY(wdcheck(date(2024, 1, 6), SAT))), ("Saturday", COMING_WD(p, SAT))],
  news=True, wd=THU)
R("holiday", "2025-12-12", "The city's menorah will be lit on Sunday evening for the first night of Hanukkah.",
  lambda p: [("Sunday evening", COMING_WD(p, SUN)), ("the first night of Hanukkah", HANUKKAH_FIRST_NIGHT(2025))],
  news=True, wd=FRI)
R("holiday", "2029-10-30", "The parade route for Memorial Day 2030 has not been decided.",
  lambda p: [("Memorial Day 2030", DAY(memorial_day(2030)))], news=True)
R("holiday", "2018-08-06", "Toronto's beaches were packed for the Civic Holiday.",
  lambda p: [("the Civic Holiday", DAY(civic_holiday(2018)))], news=True)

# numeric: US and day-first slash dates with context, ISO, dotted
R("numeric", "2026-02-03", "flight from jfk on 3/14 can u track it",
  lambda p: [("3/14", DAY(date(2026, 3, 14)))])
R("numeric", "2025-06-18", "hotel check-in is 28/06, checkout 02/07",
  lambda p: [("28/06", DAY(date(2025, 6, 28))), ("02/07", DAY(date(2025, 7, 2)))])
R("numeric", "2025-10-20", "parents evening is wed 5/11, put it in",
  lambda p: [("wed 5/11", DAY(wdcheck(date(2025, 11, 5), WED)))], wd=MON)
R("numeric", "2027-03-02", "my date of birth (dd/mm/yyyy) is 07/04/1992",
  lambda p: [("07/04/1992", DAY(date(1992, 4, 7)))])
R("numeric", "2023-09-05", "the garage can do an mot on 2023-09-19, add it",
  lambda p: [("2023-09-19", DAY(date(2023, 9, 19)))])
R("numeric", "2029-11-12", "renewal date 2030-01-15 pls add",
  lambda p: [("2030-01-15", DAY(date(2030, 1, 15)))])
R("numeric", "2022-04-19", "return flight 4/30 from denver",
  lambda p: [("4/30", DAY(date(2022, 4, 30)))])
R("numeric", "2028-07-07", "the lease starts 01.08.2028",
  lambda p: [("01.08.2028", DAY(date(2028, 8, 1)))])
R("numeric", "2020-12-09", "parcel tracking says ETA fri 12/11",
  lambda p: [("fri 12/11", DAY(wdcheck(date(2020, 12, 11), FRI)))])
R("numeric", "2026-06-01", "schedule the deposit for 15/6 and the balance for 1/7",
  lambda p: [("15/6", DAY(date(2026, 6, 15))), ("1/7", DAY(date(2026, 7, 1)))])
R("numeric", "2021-04-06", "pay the council by 30/4",
  lambda p: [("30/4", DAY(date(2021, 4, 30)))])
R("numeric", "2030-04-02", "sat 4/6 or sun 4/7 for the bbq?",
  lambda p: [("sat 4/6", DAY(wdcheck(date(2030, 4, 6), SAT))),
             ("sun 4/7", DAY(wdcheck(date(2030, 4, 7), SUN)))])
R("numeric", "2025-03-04", "The filing deadline has been moved to 2025-04-30, the tax office said.",
  lambda p: [("2025-04-30", DAY(date(2025, 4, 30)))], news=True)
R("numeric", "2027-08-16", "Tickets dated 21/08/2027 remain valid for the rescheduled concert.",
  lambda p: [("21/08/2027", DAY(date(2027, 8, 21)))], news=True)
R("numeric", "2030-10-08", "The notice, dated 10/02/2030, was signed by the county clerk.",
  lambda p: [("10/02/2030", DAY(date(2030, 10, 2)))], news=True)
R("numeric", "2018-03-12", "Only pesto jars stamped 30.04.2018 are affected by the recall, the supermarket said.",
  lambda p: [("30.04.2018", DAY(date(2018, 4, 30)))], news=True)

# range: ordinal spans, weekday spans next week, month rollover
R("range", "2026-08-05", "submit a holiday request for the 17th to the 21st",
  lambda p: [("the 17th to the 21st", ORD_RANGE(p, 17, 21))])
R("range", "2025-01-20", "im in berlin mon-fri next week, no calls pls",
  lambda p: [("mon-fri next week", NEXTWEEK_DAYS(p, MON, FRI))], wd=MON)
R("range", "2023-07-12", "airbnb search: porto, the 3rd to the 7th, 2 guests",
  lambda p: [("the 3rd to the 7th", ORD_RANGE(p, 3, 7))])
R("range", "2028-02-22", "kids are at their dad's thurs to sun",
  lambda p: [("thurs to sun", RANGE(nxt(p, THU), nxt(nxt(p, THU), SUN)))], wd=TUE)
R("range", "2019-12-18", "office is shut 24th-2nd, set my out of office",
  lambda p: [("24th-2nd", ORD_RANGE(p, 24, 2))])
R("range", "2024-05-07", "can you block tue-thu next week for the offsite",
  lambda p: [("tue-thu next week", NEXTWEEK_DAYS(p, TUE, THU))], wd=TUE)
R("range", "2027-05-25", "nobody's home from the 30th until the 4th, can u pause the veg box",
  lambda p: [("the 30th until the 4th", ORD_RANGE(p, 30, 4))])
R("range", "2022-03-08", "from tomorrow until sunday im working from home",
  lambda p: [("tomorrow until sunday", RANGE(p + td(1), nxt(p, SUN)))], wd=TUE)
R("range", "2029-07-02", "rent a car in faro 12-19 aug",
  lambda p: [("12-19 aug", RANGE(date(2029, 8, 12), date(2029, 8, 19)))])
R("range", "2026-10-14", "The exhibition runs from Oct. 20 to Jan. 10 at the city gallery.",
  lambda p: [("Oct. 20 to Jan. 10", RANGE(date(2026, 10, 20), date(2027, 1, 10)))], news=True)
R("range", "2024-04-26", "Roadworks will close the northbound lanes of the bypass from Monday to Friday next week.",
  lambda p: [("Monday to Friday next week", NEXTWEEK_DAYS(p, MON, FRI))], news=True, wd=FRI)
R("range", "2021-11-09", "The festival will be held from the 18th to the 21st, organisers said.",
  lambda p: [("the 18th to the 21st", ORD_RANGE(p, 18, 21))], news=True)
R("range", "2029-06-11", "Voting takes place between June 14 and June 16.",
  lambda p: [("June 14 and June 16", RANGE(date(2029, 6, 14), date(2029, 6, 16)))], news=True)

# recurring: the SET is not a date, its anchor is
R("recurring", "2025-02-28", "every monday starting next week ping me to feed the sourdough starter",
  lambda p: [("next week", NEXT_WEEK(p))], wd=FRI)
R("recurring", "2024-09-03", "set a weekly reminder for thursdays until the end of october",
  lambda p: [("the end of october", MONTH_END(2024, 10))])
R("recurring", "2026-05-18", "every day from the 1st to the 10th remind me to take the antibiotics",
  lambda p: [("the 1st to the 10th", ORD_RANGE(p, 1, 10))])
R("recurring", "2023-10-30", "book the spin class every wed and fri from nov 8",
  lambda p: [("nov 8", DAY(date(2023, 11, 8)))])
R("recurring", "2027-08-02", "cancel my recurring standup from 16 august onwards",
  lambda p: [("16 august", DAY(date(2027, 8, 16)))])
R("recurring", "2028-01-03", "every other tuesday starting the 11th, team lunch",
  lambda p: [("the 11th", DAY(wdcheck(ordinal_future(p, 11), TUE)))])
R("recurring", "2019-04-15", "make it a daily alarm at 6 but only until the 30th",
  lambda p: [("the 30th", DAY(ordinal_future(p, 30)))])
R("recurring", "2022-08-22", "Starting Sept. 5, the library will open every Sunday afternoon.",
  lambda p: [("Sept. 5", DAY(date(2022, 9, 5)))], news=True)
R("recurring", "2025-11-12", "The market will run every Saturday between Nov. 29 and Dec. 20.",
  lambda p: [("Nov. 29 and Dec. 20", RANGE(date(2025, 11, 29), date(2025, 12, 20)))], news=True)
R("recurring", "2030-01-07", "From next month, bin collections will move to every other Wednesday.",
  lambda p: [("next month", MONTH(2030, 2))], news=True)

# time-of-day: a date with a clock time (the time is dropped)
R("time-of-day", "2024-06-12", "get us a dinner reservation at 5pm on friday",
  lambda p: [("friday", COMING_WD(p, FRI))], wd=WED)
R("time-of-day", "2026-10-22", "alarm 6:15 tmrw, big interview",
  lambda p: [("tmrw", DAY(p + td(1)))])
R("time-of-day", "2023-03-30", "call the bank at 9:30am on the 3rd",
  lambda p: [("the 3rd", DAY(ordinal_future(p, 3)))])
R("time-of-day", "2020-07-31", "the webinar is 14:00 on 4 aug, add it",
  lambda p: [("4 aug", DAY(date(2020, 8, 4)))])
R("time-of-day", "2018-12-31", "alert me at midnight tonight when the tickets drop",
  lambda p: [("midnight tonight", ALTS(DAY(p), DAY(p + td(1))))])
R("time-of-day", "2029-03-15", "noon next tuesday suits me for the catch-up",
  lambda p: [("next tuesday", NEXT_WD(p, TUE))], wd=THU)
R("time-of-day", "2027-02-08", "can i get a 7.30 taxi sat morning",
  lambda p: [("sat morning", COMING_WD(p, SAT))], wd=MON)
R("time-of-day", "2025-05-09", "move my 11am to 2:30 on monday",
  lambda p: [("monday", COMING_WD(p, MON))], wd=FRI)
R("time-of-day", "2021-06-23", "the ferry leaves at 1am saturday so we need to be at the port by 11 friday",
  lambda p: [("saturday", COMING_WD(p, SAT)), ("friday", COMING_WD(p, FRI))], wd=WED)
R("time-of-day", "2026-03-27", "Voters must bring photo ID when stations open at 7 a.m. on Sunday, officials said.",
  lambda p: [("Sunday", COMING_WD(p, SUN))], news=True, wd=FRI)
R("time-of-day", "2024-11-18", "Engineers said the rocket's window to lift off begins at 11:42 p.m. EST on Wednesday.",
  lambda p: [("Wednesday", COMING_WD(p, WED))], news=True, wd=MON)
R("time-of-day", "2019-04-04", "The suspect is due in court at 10 a.m. tomorrow.",
  lambda p: [("tomorrow", DAY(p + td(1)))], news=True)
R("time-of-day", "2030-08-30", "The curfew will be lifted at 6 a.m. on Monday, Sept. 2.",
  lambda p: [("Monday, Sept. 2", DAY(wdcheck(date(2030, 9, 2), MON)))], news=True)

# abs-day / anchored / mixed
R("abs-day", "2025-07-03", "whats on in edinburgh on 14 august",
  lambda p: [("14 august", DAY(date(2025, 8, 14)))])
R("abs-day", "2023-01-25", "my passport expires march 3rd 2024, is that ok for japan in december",
  lambda p: [("march 3rd 2024", DAY(date(2024, 3, 3))), ("december", MONTH(2023, 12))])
R("abs-day", "2028-06-06", "The airport's second runway opened on June 1, 2028, ahead of schedule.",
  lambda p: [("June 1, 2028", DAY(date(2028, 6, 1)))], news=True)
R("abs-day", "2020-09-28", "The court adjourned the trial until Oct. 12.",
  lambda p: [("Oct. 12", DAY(date(2020, 10, 12)))], news=True)
R("abs-day", "2026-04-29", "Voters go to the polls on Thursday, May 7, in the first election under the new boundaries.",
  lambda p: [("Thursday, May 7", DAY(wdcheck(date(2026, 5, 7), THU)))], news=True)
R("anchored", "2026-07-20", "i land on the 29th and the conference starts the day after",
  lambda p: [("the 29th", DAY(ordinal_future(p, 29))), ("the day after", DAY(ordinal_future(p, 29) + td(1)))])
R("anchored", "2027-09-06", "The storm made landfall on Saturday and power was restored two days later.",
  lambda p: [("Saturday", PAST_WD(p, SAT)), ("two days later", DAY(prv(p, SAT) + td(2)))], news=True, wd=MON)
R("mixed", "2024-02-08", "The plant was shut on Monday and will reopen next Wednesday at the earliest.",
  lambda p: [("Monday", PAST_WD(p, MON)), ("next Wednesday", NEXT_WD(p, WED))], news=True, wd=THU)
R("mixed", "2029-10-03", "Sales fell last quarter but are forecast to recover in early 2030.",
  lambda p: [("last quarter", QTR(*q_shift(p, -1))), ("early 2030", YEAR_PART(2030, "early"))], news=True)
R("mixed", "2027-04-27", "The bridge closed last Tuesday and will stay shut until the week after next.",
  lambda p: [("last Tuesday", LAST_WD(p, TUE)), ("the week after next", WEEK_AFTER_NEXT(p))], news=True, wd=TUE)
R("mixed", "2021-02-25", "Judges heard arguments on the 3rd and are due to deliver a ruling on the 12th of next month.",
  lambda p: [("the 3rd", DAY(ordinal_past(p, 3))), ("the 12th of next month", DAY(date(2021, 3, 12)))], news=True)

# negative: no date (chat)
for pub, s in [
    ("2025-01-06", "i need an alarm at 05:50, the loud ringtone"),
    ("2024-03-18", "bins go out every monday night, make that a standing reminder"),
    ("2026-08-23", "convert 90 minutes into hours"),
    ("2019-10-05", "tell june i'll be 10 mins late"),
    ("2027-05-14", "text april the wifi password"),
    ("2023-07-02", "i may be late, can u let them know"),
    ("2028-01-16", "whats a good recipe for a sunday roast"),
    ("2020-04-12", "call mum on 07700 900123"),
    ("2025-08-03", "did the hotspot bug get fixed in ios 18.2.1 or do i need 18.3"),
    ("2022-10-15", "my son is 12 and wants a bike any ideas"),
    ("2029-01-20", "what was the score, 3-1?"),
    ("2021-09-06", "queue up manic monday, the bangles version"),
    ("2018-07-23", "how do i get to platform 9 at kings cross"),
    ("2030-06-16", "25 min countdown for the sourdough proof pls"),
    ("2024-10-29", "meds reminder on weekdays at 7 please"),
    ("2026-03-01", "is the pixel 9 worth it over the pixel 8a"),
    ("2023-03-11", "are the protesters still going to march past the office"),
    ("2027-11-27", "reserve a booth for two at half 7"),
    ("2025-05-30", "is payday always the last friday of every month or does it move"),
    ("2020-02-29", "calorie count for a 250g sirloin?"),
    ("2028-12-03", "heating to 21.5 degrees in the kids' room pls"),
    ("2019-01-31", "remind me to message jan about the invoice"),
    ("2022-05-16", "the sat nav says 40 mins, is that right"),
    ("2029-07-28", "calculate 3/4 of 120 for me"),
    ("2028-02-29", "gate keypad is 1987, save that to notes"),
    ("2021-12-05", "my shift is 7 till 3"),
    ("2030-11-05", "how do you say tuesday in spanish"),
    ("2026-09-30", "put 'friday i'm in love' on the playlist"),
    ("2018-04-30", "rate my run: 10k in 52:30"),
    ("2023-12-31", "is it 11:59 or 23:59 for the cutoff"),
]:
    R("negative", pub, s)

# negative: no date (news)
for pub, s in [
    ("2025-10-14", "Farmers plan to march their tractors to parliament over the fuel levy."),
    ("2019-06-09", "The draft rules may be softened after lobbying, a regulator hinted."),
    ("2027-03-21", "The defending champions won 3-1 after extra time."),
    ("2024-07-06", "Coaches handed the 24-year-old winger a three-year extension after his best campaign."),
    ("2021-08-22", "Hospital staff said the 67-year-old senator was stable after fainting at a rally."),
    ("2024-08-31", "The dockers' blockade dragged on for nine days before police cleared it."),
    ("2020-09-19", "Gusts reaching 140 mph flattened beach huts along the coast."),
    ("2026-06-30", "Finance chief April Mendoza told reporters the figures were sound."),
    ("2023-05-02", "Tickets for The 1975's arena show sold out within minutes."),
    ("2029-12-16", "Version 2.4.1 of the banking app fixed the login bug."),
    ("2018-01-20", "Interstate 95 was closed in both directions after the crash."),
    ("2022-02-08", "The jury voted 10-2 to convict."),
    ("2030-03-26", "A poll of likely voters put the race at 48-46."),
    ("2025-11-28", "The coastguard picked up a Mayday call from the trawler."),
    ("2024-05-26", "The airline's A350-1000 order was the largest in its history."),
    ("2027-07-13", "Residents were told to boil tap water for at least 48 hours."),
    ("2019-11-29", "Callers can reach the helpline on 0800 123 4567."),
    ("2021-03-31", "The motion carried 311-290 after a heated debate."),
    ("2026-12-31", "Witnesses described a man of about 5ft 10in, thought to be in his 30s."),
    ("2028-08-29", "The Sunday roast is making a comeback in city pubs, the survey found."),
]:
    R("negative", pub, s, news=True)


HEADER = '''"""Held-out probe chat24: dates in chat/voice-assistant utterances + news-style lines.

Written blind (no claimkit code read or run). About 60% chat/voice-assistant
utterances (lower case, often unpunctuated, with typos and abbreviations such
as "tmrw", "nxt wk", "thurs", "2morrow"), 40% short news lines (ids in
NEWS_IDS); every sentence was written for this probe (none taken or
paraphrased from chat3, chat7, chat9 or the other probes). Generated by
gen_cases.py (all expected values computed with datetime).
Each row: (id, tag, published, sentence, expectations)
  expectations: list of ("date", span, alts); span is an exact (unique) substring
  of the sentence that a claim must overlap; alts is a list of (start, end) ISO
  pairs, any one of which must equal the claim's (value.start, value.end).
  negative rows have [] (this probe has no time-only rows).
Each row lists EVERY date expected in it; any other date claim in the row is
a false positive.

chat3's CONVENTIONS (copied word for word below), chat7's added section
(copied word for word below as "ADDED IN chat7") and chat9's added section
(copied word for word below as "ADDED IN chat9"; only their title lines
differ) apply unchanged. The "ADDED IN THIS PROBE" section at the end was
decided before any row was written.

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
ADDED IN chat9 (resolved the way a TimeML/TIDES annotator would;
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
ADDED IN THIS PROBE (chat24; resolved the way a TimeML/TIDES annotator would;
decided before any row was written; where two readings are both ordinary,
both are alts; everything not named here follows chat3, chat7 and chat9 above)
- Chat spelling: lower case, missing punctuation, typos and abbreviations
  do not change an expression. "tmrw", "tmw", "2morrow", "tomorow" =
  tomorrow; "2day" = today; "tonite", "2nite" = tonight; "nxt wk" = next
  week; "mon", "tue(s)", "wed(s)", "thu(r)(s)", "fri", "sat", "sun" and
  misspellings such as "wendsday", "thrusday" = the weekday; "febuary" =
  February; "thru" = through. The span is the text as typed.
- Evenings and nights (chat3's "tonight, this evening = today", spelled
  out): "tonight", "tonite", "2nite", "this evening", "late tonight" = the
  published day; "tomorrow night", "tmw evening" = published + 1; "last
  night", "late last night" = published - 1 (the evening before the
  published day, not the small hours of the published day). "midnight
  tonight" = the published day (alt: published + 1, the day that starts at
  that midnight).
- Weekday modifiers (chat3's "this Friday" / "next Tuesday" rules kept):
  * "this <weekday>" in a future sentence = that weekday of the current
    Mon..Sun week when it is still ahead of published; when that day has
    already gone (so always when said on a Sunday) = the first one strictly
    after published (alt: the current week's one, chat3's literal rule, as
    chat3 does for "this Saturday" said on a Sunday). Rows never say
    "this <weekday>" on that same weekday. In a past sentence ("did I log
    my hours this monday") = the current week's one, already gone.
  * "next <weekday>", "next fri": chat3 (next week's one; alt the first
    coming one). "<weekday> next week", "<weekday> of next week", "thurs
    next week" = next week's one (chat3's "Monday next week").
  * "last <weekday>" = the most recent one strictly before published (alt:
    that weekday of the previous Mon..Sun week, which differs when the
    weekday falls between Monday and the day before published).
  * "this coming <weekday>", "the coming <weekday>" = the first one strictly
    after published (chat7); "this past <weekday>" = the most recent one
    strictly before (chat9).
  * "<weekday> after next", "the Friday after next" = the second one
    strictly after published (alt: that weekday of the Mon..Sun week two
    weeks after the current one).
- Weeks: "the week after next" = the Mon..Sun week two weeks after the
  current one (the mirror of chat7's "the week before last"); "nxt wk" =
  next week. "early next week" = next week (alts: its Mon..Tue; its
  Mon..Wed); "late next week" = next week (alts: its Thu..Fri; its
  Thu..Sun).
- Counting from today: "in two weeks' time" = chat3's "in two weeks" (the
  day published + 14; alt its Mon..Sun week); "a fortnight today" and "two
  weeks today" (British) = published + 14 likewise (day, alt its week, as
  chat7's "a fortnight"); "a week today" = published + 7 (a day, like
  chat3's "a week from today"); "this time next week" = published + 7 (day;
  alt its Mon..Sun week); "a fortnight on Friday" = the coming Friday + 14
  (a day, like chat9's "a week on Saturday"). "the day after tomorrow",
  "the day after tmrw" = published + 2 (chat7).
- Bare ordinal days follow chat7 exactly ("on the 14th", "the twenty-fifth",
  "on the 1st"): future -> this month if the day is still ahead, else next
  month (so "the 14th" said on the 14th is next month's, and "the 3rd" said
  on Dec 20 is January's); past -> this month if already gone, else last
  month.
- Month parts: "end of next month", "by the end of next month" = chat3's
  "the end of the month" applied to next month: that month (alt: its last
  day); "end of feb" likewise for a named month. "early/mid/late <Month>"
  = chat3 (month; alt days 1-10 / 11-20 / 21-end), also unhyphenated ("mid
  jan") and misspelled; "the beginning of next month" = chat7's "start of
  next month".
- Quarters and halves: "Q3", "the third quarter" without a year in a future
  sentence = the current quarter if it is that one, else the next one to
  come; "this quarter", "next quarter", "last quarter" = the current /
  following / previous calendar quarter. "the beginning / start of Q3" =
  the quarter (alts: its first month; its first day); "the end of Q3", "end
  of the third quarter" = the quarter (alts: its last month; its last day) -
  chat7's "start/end of" rule applied to quarters. "the second half of
  2030" = Jul-Dec 2030 (chat3's halves).
- Ranges (one claim each, chat7): "from the 17th to the 21st", "the 9th thru
  the 12th", "from the 30th until the 4th" (an end day below the start day
  runs into the next month), "24th-2nd": chat7's bare-ordinal rule picks
  the month of the first day; "12-19 aug" (month named, no year) = that day
  range, its year by chat3's yearless rule. "mon-fri next week", "tue-thu next
  week", "from Monday to Friday next week" = those days of next week's
  Mon..Sun week; "thurs to sun" = the coming Thursday .. the Sunday after it
  (chat9's "Fri through Sun"); "from tomorrow until sunday" = published + 1
  .. the first Sunday strictly after published (one claim from two relative
  ends). "between Nov. 29 and Dec. 20" = that day range.
- Recurring requests: "every monday", "every wed and fri", "every other
  tuesday", "thursdays", "on sundays", "weekdays", "a daily alarm", "a
  weekly reminder", "payday is the last friday of every month" are TimeML
  SETs, not dates (chat9): no claim. The dates that anchor or bound the
  recurrence are ordinary expected dates: "starting next week" = next week;
  "until the end of october" = October (alt Oct 31); "from nov 8",
  "starting the 11th", "from 16 august onwards", "until the 30th" = that day;
  "every day from the 1st to the 10th" = the range; "From next month" = next
  month.
- Dates with times: the clock time is dropped and the date keeps its own
  rule ("at 5pm on friday", "6:15 tmrw", "9:30am on the 3rd", "14:00 on 4
  aug", "noon next tuesday", "a 7.30 taxi sat morning", "at 7 a.m. on
  Sunday", "11:42 p.m. EST on Wednesday"); a clock time with no date stays a
  negative (chat7). A time after midnight belongs to the day named ("at 1am
  saturday" = Saturday).
- Numeric dates: chat7's slash rule (US month-first unless the first number
  is above 12) is the default, and context that fixes the order overrides
  it: (a) a format hint next to the date ("(dd/mm/yyyy) 07/04/1992" = 7
  April 1992); (b) a weekday that agrees with only one reading ("wed 5/11"
  said in October 2025 = Wednesday 5 November 2025, since 11 May is not a
  Wednesday; "sat 4/6" = Saturday 6 April 2030, since 4 June is not a
  Saturday); (c) another slash date in the same sentence that can only be
  day-first ("28/06, checkout 02/07" -> 2 July; "15/6 ... 1/7" -> 1 July).
  Yearless numeric dates then follow chat3's yearless rule (nearest
  occurrence consistent with tense). ISO "2023-09-19" = that day; dotted
  dates are day-first (chat9).
- Holidays added to chat3's, chat7's and chat9's lists (no year = nearest
  occurrence consistent with tense; "canada day '28", "Memorial Day 2030",
  "thanksgiving 2026" = that year's):
  * fixed days: Christmas Eve Dec 24; New Year's Day Jan 1; Epiphany /
    Three Kings Day Jan 6; Republic Day (India) Jan 26; Waitangi Day (NZ)
    Feb 6; St David's Day Mar 1; Songkran (Thailand) Apr 13 (alt Apr
    13-15, the three-day holiday); St George's Day Apr 23; Golden Week
    (Japan) = the range Apr 29 .. May 5; Singapore's National Day Aug 9;
    Independence Day (India) Aug 15; Ferragosto (Italy) Aug 15; Mexican
    Independence Day Sep 16; All Saints' Day Nov 1; Armistice Day (France)
    Nov 11; St Andrew's Day Nov 30.
  * rule days: Victoria Day (Canada) = the last Monday on or before May 24;
    UK bank holidays: early May = 1st Mon May, spring = last Mon May,
    August (England) = last Mon Aug; Ontario's Family Day = 3rd Mon Feb;
    Ontario's Civic Holiday = 1st Mon Aug; Melbourne Cup Day = 1st Tue
    Nov; Ascension Day = Easter + 39; Whit Monday = Easter + 50; Swedish
    Midsummer Eve = the Friday from Jun 19 to Jun 25 ("Midsummer" alone:
    that Friday, alt the Saturday after it, Midsummer Day); Orthodox Easter
    = Julian-computus Easter converted to the Gregorian calendar; "the
    Wednesday before Thanksgiving" = Thanksgiving - 1 (one claim, like
    chat7's "the Monday after Easter").
  * lunar and lunisolar days from a table in gen_cases.py (civil dates of
    the main observance): Chinese New Year 2028 = Jan 26 (chat7's lunar
    table extended); Holi 2025 = Mar 14; the first day of Ramadan 2025 =
    Mar 1 (alt Mar 2, a later moon sighting); Eid al-Adha 2025 = Jun 6 (alt
    Jun 7); Chuseok 2024 = Sep 17 and 2025 = Oct 6 (alt the three-day
    holiday around it); Diwali 2025 = Oct 20 (alt Oct 21).
  * Jewish holidays begin at sundown: a one-day holiday is the civil day of
    its daytime (alt: from the evening before, eve .. day): Yom Kippur 2025
    = Oct 2 (alt Oct 1 .. Oct 2); Rosh Hashanah (two days) 2025 = Sep 23 ..
    Sep 24 (alts: Sep 23 alone; Sep 22 .. Sep 24); Hanukkah = its eight
    days (2024: Dec 26 .. Jan 2, 2025; alt from the first candle evening,
    Dec 25 .. Jan 2); "the first night of Hanukkah" = the evening of the
    first candle (2025: Dec 14).
  A holiday and its weekday or relative day side by side ("Republic Day
  parade on Monday", "Armistice Day tomorrow", "St George's Day today") are
  two claims (chat7).
- Not dates (negative rows, no claim expected), in addition to chat7's and
  chat9's lists: SETs and recurring requests without an anchoring date
  ("every monday night", "on weekdays at 7", "the last friday of every
  month"); clock times alone ("05:50", "half 7", "11:59 or 23:59", "7 till
  3", "52:30"); durations ("90 minutes", "25 min", "nine days", "at least
  48 hours", "a three-year extension"); ages ("is 12", "the 24-year-old",
  "67-year-old", "in his 30s"); scores, votes and polls ("3-1", "10-2",
  "48-46", "311-290"); model, route, platform and version numbers ("pixel
  9", "pixel 8a", "A350-1000", "Interstate 95", "platform 9", "ios
  18.2.1", "2.4.1"); phone numbers; a keypad code ("1987"); a fraction
  ("3/4 of 120"); measurements, speeds and temperatures; "may" and "march"
  as verbs; people called June, April and Jan; the band The 1975; song
  titles with weekdays ("manic monday", "friday i'm in love"); "sat nav";
  "Mayday" (the distress call); a weekday named as a word ("how do you say
  tuesday"); "the Sunday roast".
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
