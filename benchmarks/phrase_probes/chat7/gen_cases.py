#!/usr/bin/env python3
"""Generator for chat7/cases.py: every expected date is computed here with datetime.

Run: python3 gen_cases.py  -> writes cases.py (literal ISO values, next to this
file) and prints a review listing (pub weekday + resolved values) for eyeballing.
Helpers up to the holiday sanity checks are chat3's, unchanged; the helpers for
this probe's added conventions follow them.
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


# ---- added for chat7 (see "ADDED IN THIS PROBE" in HEADER)
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
# abs-day (explicit month + day, abbreviations, weekday+date)
R("abs-day", "2025-08-08", "Can you move my vet appointment to September 9th?",
  lambda p: [("September 9th", DAY(D("2025-09-09")))])
R("abs-day", "2026-02-28", "Pencil in the kickoff call for Sept. 3.",
  lambda p: [("Sept. 3", DAY(D("2026-09-03")))])
R("abs-day", "2025-09-29", "Put the parents' evening in my diary for Thu 9 Oct.",
  lambda p: [("Thu 9 Oct", DAY(wdcheck(D("2025-10-09"), THU)))], wd=MON)
R("abs-day", "2027-05-30", "Did the clinic say my scan is on Wed., June 2?",
  lambda p: [("Wed., June 2", DAY(wdcheck(D("2027-06-02"), WED)))], wd=SUN)
R("abs-day", "2024-12-31", "Can the babysitter do January 4th?",
  lambda p: [("January 4th", DAY(D("2025-01-04")))], wd=TUE)
R("abs-day", "2019-12-29", "Higher state tax rates kick in on Jan. 1, 2020, the revenue department said.",
  lambda p: [("Jan. 1, 2020", DAY(D("2020-01-01")))], news=True, wd=SUN)
R("abs-day", "2023-11-19", "What time does the parade start on 23 November?",
  lambda p: [("23 November", DAY(D("2023-11-23")))], wd=SUN)
R("abs-day", "2020-02-29", "My car insurance renews on the 2nd of April, can you note it?",
  lambda p: [("the 2nd of April", DAY(D("2020-04-02")))])
R("abs-day", "2022-05-18", "The fraud trial of the former mayor will open on June 13, 2022, a judge ruled.",
  lambda p: [("June 13, 2022", DAY(D("2022-06-13")))], news=True)
R("abs-day", "2021-03-21", "Born in Leeds on 12 October 1947, he trained as a welder before entering politics.",
  lambda p: [("12 October 1947", DAY(D("1947-10-12")))], news=True, wd=SUN)
R("abs-day", "2028-01-13", "What day of the week is February 29, 2028?",
  lambda p: [("February 29, 2028", DAY(D("2028-02-29")))])
R("abs-day", "2019-06-03", "I need the slides ready by Wednesday the 12th.",
  lambda p: [("Wednesday the 12th", DAY(wdcheck(D("2019-06-12"), WED)))], wd=MON)
R("abs-day", "2024-01-24", "The state presidential primary is set for Tuesday, March 5, 2024.",
  lambda p: [("Tuesday, March 5, 2024", DAY(wdcheck(D("2024-03-05"), TUE)))], news=True)
R("abs-day", "2023-04-30", "My fishing license runs out on May the 8th.",
  lambda p: [("May the 8th", DAY(D("2023-05-08")))], wd=SUN)
R("abs-day", "2018-08-20", "Is the community pool still open on Sun 2 Sept?",
  lambda p: [("Sun 2 Sept", DAY(wdcheck(D("2018-09-02"), SUN)))])

# =====================================================================
# yearless (month + day, no year, resolved by tense)
R("yearless", "2018-07-31", "The airline said it would end service to the island on Sept. 30.",
  lambda p: [("Sept. 30", DAY(D("2018-09-30")))], news=True)
R("yearless", "2023-01-04", "The suspect has been held without bail since Dec. 22, police said.",
  lambda p: [("Dec. 22", DAY(D("2022-12-22")))], news=True)
R("yearless", "2025-02-18", "My lease is up on April 30 and I haven't found a new place.",
  lambda p: [("April 30", DAY(D("2025-04-30")))])
R("yearless", "2028-11-26", "When did I book the Rome flights, was it Oct 3?",
  lambda p: [("Oct 3", DAY(D("2028-10-03")))])
R("yearless", "2020-12-19", "Shots are expected to reach every nursing home in the state by Jan. 15.",
  lambda p: [("Jan. 15", DAY(D("2021-01-15")))], news=True)
R("yearless", "2019-09-02", "The kids go back to school on September 4th, right?",
  lambda p: [("September 4th", DAY(D("2019-09-04")))])
R("yearless", "2022-01-28", "Did the refund from the Dec 30 order ever go through?",
  lambda p: [("Dec 30", DAY(D("2021-12-30")))])
R("yearless", "2027-08-29", "Hold Jan 9 for the ski trip with the Nguyens.",
  lambda p: [("Jan 9", DAY(D("2028-01-09")))])
R("yearless", "2024-03-29", "Roof repairs have kept the aquarium shut since Feb. 12.",
  lambda p: [("Feb. 12", DAY(D("2024-02-12")))], news=True)

# =====================================================================
# numeric (US month-first slashes, ISO, day-first only when the first number > 12)
R("numeric", "2026-12-01", "Will the post office have normal hours on 12/24?",
  lambda p: [("12/24", DAY(D("2026-12-24")))])
R("numeric", "2027-02-10", "Does 2027-03-14 fall on a weekend?",
  lambda p: [("2027-03-14", DAY(D("2027-03-14")))])
R("numeric", "2025-06-20", "The new passport came and it expires 06/19/2035.",
  lambda p: [("06/19/2035", DAY(D("2035-06-19")))])
R("numeric", "2022-12-08", "Ship the blanket so it arrives before 12/25.",
  lambda p: [("12/25", DAY(D("2022-12-25")))])
R("numeric", "2019-11-08", "The filing deadline, listed as 2019-12-16 on the court docket, was not extended.",
  lambda p: [("2019-12-16", DAY(D("2019-12-16")))], news=True)
R("numeric", "2024-10-15", "Put my flat inspection on 28/10 in the calendar.",
  lambda p: [("28/10", DAY(D("2024-10-28")))])
R("numeric", "2021-01-03", "What was the total on the 12/28 grocery receipt?",
  lambda p: [("12/28", DAY(D("2020-12-28")))], wd=SUN)
R("numeric", "2028-03-31", "The contract starts 4/17/2028, add that to the deal notes.",
  lambda p: [("4/17/2028", DAY(D("2028-04-17")))])
R("numeric", "2020-08-12", "Mail ballots postmarked by 11/3/2020 will be counted, the elections board said.",
  lambda p: [("11/3/2020", DAY(D("2020-11-03")))], news=True)

# =====================================================================
# ordinal-day (bare "the 15th", "the 1st of next month")
R("ordinal-day", "2024-04-09", "I get paid on the 15th, so remind me to move money into savings.",
  lambda p: [("the 15th", DAY(wdcheck(ordinal_future(p, 15), MON)))])
R("ordinal-day", "2025-10-22", "The gutter guy is coming on the 3rd.",
  lambda p: [("the 3rd", DAY(ordinal_future(p, 3)))])
R("ordinal-day", "2019-12-20", "I last washed the car on the 28th.",
  lambda p: [("the 28th", DAY(ordinal_past(p, 28)))])
R("ordinal-day", "2026-05-25", "Can the cleaners come on the first of next month?",
  lambda p: [("the first of next month", DAY(D("2026-06-01")))])
R("ordinal-day", "2027-12-14", "Move the rent transfer to the 1st of next month.",
  lambda p: [("the 1st of next month", DAY(D("2028-01-01")))])
R("ordinal-day", "2028-10-31", "What's due on the last day of next month?",
  lambda p: [("the last day of next month", DAY(D("2028-11-30")))], wd=TUE)
R("ordinal-day", "2022-03-30", "Show me the card charges from the 20th of last month.",
  lambda p: [("the 20th of last month", DAY(D("2022-02-20")))])
R("ordinal-day", "2021-07-16", "My sister lands on the twenty-third, can you note that?",
  lambda p: [("the twenty-third", DAY(ordinal_future(p, 23)))])
R("ordinal-day", "2020-01-31", "I'm pretty sure the package shipped on the 30th.",
  lambda p: [("the 30th", DAY(ordinal_past(p, 30)))], wd=FRI)
R("ordinal-day", "2018-10-16", "The council will meet again on the 29th to vote on the budget.",
  lambda p: [("the 29th", DAY(ordinal_future(p, 29)))], news=True)
R("ordinal-day", "2024-02-26", "The domain name lapses on the 29th unless I renew it.",
  lambda p: [("the 29th", DAY(D("2024-02-29")))])
R("ordinal-day", "2023-08-31", "Can we get the kids' haircuts done on the 2nd?",
  lambda p: [("the 2nd", DAY(ordinal_future(p, 2)))], wd=THU)
R("ordinal-day", "2028-06-06", "Did Sam pay me back on the 1st?",
  lambda p: [("the 1st", DAY(ordinal_past(p, 1)))])

# =====================================================================
# rel-day
R("rel-day", "2025-12-30", "Is that ramen place open the day after tomorrow?",
  lambda p: [("the day after tomorrow", DAY(p + td(2)))], wd=TUE)
R("rel-day", "2022-07-06", "Chase the refund tomorrow week if it hasn't landed.",
  lambda p: [("tomorrow week", DAY(p + td(8)))])
R("rel-day", "2026-08-28", "Let's catch up properly a fortnight from now.",
  lambda p: [("a fortnight from now", DAY_OR_WEEK(p + td(14)))])
R("rel-day", "2019-03-01", "Could the electrician come a week tomorrow instead?",
  lambda p: [("a week tomorrow", DAY(p + td(8)))])
R("rel-day", "2023-10-09", "Put the recycling out first thing tomorrow.",
  lambda p: [("tomorrow", DAY(p + td(1)))])
R("rel-day", "2027-12-31", "Are we still doing brunch tomorrow with the Garcias?",
  lambda p: [("tomorrow", DAY(D("2028-01-01")))], wd=FRI)
R("rel-day", "2021-02-28", "I lost my good gloves yesterday afternoon.",
  lambda p: [("yesterday", DAY(p - td(1)))], wd=SUN)
R("rel-day", "2024-11-03", "Will the roads be icy this time tomorrow?",
  lambda p: [("tomorrow", DAY(p + td(1)))], wd=SUN)
R("rel-day", "2027-04-14", "The river bridge was closed early this morning after inspectors found a crack.",
  lambda p: [("this morning", DAY(p))], news=True)
R("rel-day", "2020-12-31", "The day after tomorrow is Mom's birthday, don't let me forget.",
  lambda p: [("The day after tomorrow", DAY(p + td(2)))])
R("rel-day", "2018-09-14", "The library books have to go back in a fortnight.",
  lambda p: [("in a fortnight", DAY_OR_WEEK(p + td(14)))])
R("rel-day", "2025-04-18", "We met the new neighbours a fortnight ago.",
  lambda p: [("a fortnight ago", DAY_OR_WEEK(p - td(14)))])
R("rel-day", "2026-06-01", "A water main burst late last night, flooding several streets near the harbor.",
  lambda p: [("last night", DAY(p - td(1)))], news=True)
R("rel-day", "2028-02-28", "I'll ring the landlord the day after tomorrow.",
  lambda p: [("the day after tomorrow", DAY(wdcheck(p + td(2), WED)))])

# =====================================================================
# weekday
R("weekday", "2024-05-07", "Book me a haircut for the coming Thursday.",
  lambda p: [("the coming Thursday", DAY(nxt(p, THU)))], wd=TUE)
R("weekday", "2025-03-11", "The landlord is coming two Fridays from now.",
  lambda p: [("two Fridays from now", DAY(nxt(p, FRI) + td(7)))], wd=TUE)
R("weekday", "2026-11-18", "Call the insurance people first thing Monday.",
  lambda p: [("Monday", DAY(nxt(p, MON)))], wd=WED)
R("weekday", "2027-07-13", "I need that draft by EOD Friday.",
  lambda p: [("Friday", DAY(nxt(p, FRI)))], wd=TUE)
R("weekday", "2019-04-09", "The demo slipped to a week from Friday, update the calendar.",
  lambda p: [("a week from Friday", DAY(nxt(p, FRI) + td(7)))], wd=TUE)
R("weekday", "2023-06-21", "Let's do drinks Monday week.",
  lambda p: [("Monday week", DAY(nxt(p, MON) + td(7)))], wd=WED)
R("weekday", "2020-09-02", "Is the first Monday of next month a bank holiday?",
  lambda p: [("the first Monday of next month", DAY(nth_wd(2020, 10, MON, 1)))])
R("weekday", "2021-10-08", "Pupils return to classrooms on the last Monday of October, the district said.",
  lambda p: [("the last Monday of October", DAY(last_wd(2021, 10, MON)))], news=True)
R("weekday", "2022-01-16", "Ping me Wednesday about renewing the parking permit.",
  lambda p: [("Wednesday", DAY(nxt(p, WED)))], wd=SUN)
R("weekday", "2024-09-29", "I watched that whale documentary on Friday and loved it.",
  lambda p: [("Friday", DAY(prv(p, FRI)))], wd=SUN)
R("weekday", "2025-02-03", "The transit authority said on Sunday that fares would rise by a quarter.",
  lambda p: [("Sunday", DAY(prv(p, SUN)))], news=True, wd=MON)
R("weekday", "2018-12-31", "Stock markets will be closed Tuesday for the holiday.",
  lambda p: [("Tuesday", DAY(nxt(p, TUE)))], news=True, wd=MON)
R("weekday", "2026-01-29", "Book the kids' swim lesson for this coming Saturday.",
  lambda p: [("this coming Saturday", DAY(nxt(p, SAT)))], wd=THU)
R("weekday", "2021-06-25", "Could the mechanic take a look at it Thursday?",
  lambda p: [("Thursday", DAY(nxt(p, THU)))], wd=FRI)
R("weekday", "2023-09-17", "The defence minister quit on Thursday amid a procurement scandal.",
  lambda p: [("Thursday", DAY(prv(p, THU)))], news=True, wd=SUN)
R("weekday", "2020-04-22", "Next Monday I start the new job.",
  lambda p: [("Next Monday", ALTS(DAY(nextw(p, MON)), DAY(nxt(p, MON))))], wd=WED)
R("weekday", "2028-11-09", "Lunch with Priya is Tuesday, right?",
  lambda p: [("Tuesday", DAY(nxt(p, TUE)))], wd=THU)
R("weekday", "2019-08-28", "Could you text me the venue address before Saturday?",
  lambda p: [("Saturday", DAY(nxt(p, SAT)))], wd=WED)
R("weekday", "2026-11-30", "The central bank will announce its rate decision on the first Tuesday of December.",
  lambda p: [("the first Tuesday of December", DAY(nth_wd(2026, 12, TUE, 1)))], news=True, wd=MON)
R("weekday", "2025-07-20", "What was the name of that Thai place we tried Tuesday?",
  lambda p: [("Tuesday", DAY(prv(p, TUE)))], wd=SUN)

# =====================================================================
# week / weekend
R("week", "2024-03-19", "I need the tax forms signed by the end of next week.",
  lambda p: [("the end of next week", END_OF_WEEK(p + td(7)))], wd=TUE)
R("week", "2026-04-14", "We're driving down to the coast the weekend after next.",
  lambda p: [("the weekend after next", ALTS(WEEKEND(thisw(p, SAT) + td(14)),
                                             WEEKEND(thisw(p, SAT) + td(7))))], wd=TUE)
R("week", "2022-08-10", "Want to go kayaking this coming weekend?",
  lambda p: [("this coming weekend", WEEKEND(nxt(p, SAT)))], wd=WED)
R("week", "2019-02-11", "Heavy snow over the weekend left thousands of homes without power.",
  lambda p: [("the weekend", WEEKEND(prv(p, SAT)))], news=True, wd=MON)
R("week", "2027-09-29", "Wrap up the vendor review by end of week.",
  lambda p: [("end of week", END_OF_WEEK(p))], wd=WED)
R("week", "2021-12-27", "Pull up my step count from the week before last.",
  lambda p: [("the week before last", WEEK(p - td(14)))], wd=MON)
R("week", "2025-05-31", "Is the farmers market on this weekend?",
  lambda p: [("this weekend", WEEKEND(thisw(p, SAT)))], wd=SAT)
R("week", "2023-02-06", "The garage sale is the weekend of the 18th, tell the neighbours.",
  lambda p: [("the weekend of the 18th", WEEKEND(D("2023-02-18")))], wd=MON)
R("week", "2020-06-29", "Lawmakers return to the capital next week to finish the budget.",
  lambda p: [("next week", WEEK(p + td(7)))], news=True, wd=MON)
R("week", "2028-12-28", "Clear my schedule for next week, I've come down with the flu.",
  lambda p: [("next week", WEEK(p + td(7)))], wd=THU)
R("week", "2026-10-12", "I want the garden tidied by the weekend after next.",
  lambda p: [("the weekend after next", ALTS(WEEKEND(thisw(p, SAT) + td(14)),
                                             WEEKEND(thisw(p, SAT) + td(7))))], wd=MON)
R("week", "2024-07-01", "Hand in the expense report before the end of this week.",
  lambda p: [("the end of this week", END_OF_WEEK(p))], wd=MON)
R("week", "2018-04-23", "Police said the break-in happened sometime over the weekend.",
  lambda p: [("the weekend", WEEKEND(prv(p, SAT)))], news=True, wd=MON)

# =====================================================================
# month
R("month", "2025-11-30", "Remind me at the start of next month to cancel the free trial.",
  lambda p: [("the start of next month", START_OF_MONTH(2025, 12))], wd=SUN)
R("month", "2024-11-07", "Book the ski chalet for the last days of December.",
  lambda p: [("the last days of December", MONTH_PART(2024, 12, "late"))])
R("month", "2027-06-09", "Can we schedule the move for mid-August?",
  lambda p: [("mid-August", MONTH_PART(2027, 8, "mid"))])
R("month", "2022-09-07", "Wholesale prices climbed in August for a third straight month.",
  lambda p: [("August", MONTH(2022, 8))], news=True)
R("month", "2020-10-28", "I signed up for the climbing gym back in July.",
  lambda p: [("July", MONTH(2020, 7))])
R("month", "2023-12-22", "The diet starts in January, no excuses.",
  lambda p: [("January", MONTH(2024, 1))])
R("month", "2026-03-03", "Did the electric bill go up last month?",
  lambda p: [("last month", month_rel(p, -1))])
R("month", "2021-07-30", "The plastic bag ban takes effect in October, giving retailers time to adjust.",
  lambda p: [("October", MONTH(2021, 10))], news=True)
R("month", "2028-05-20", "I'll be working from Lisbon for most of June.",
  lambda p: [("June", MONTH(2028, 6))])
R("month", "2018-11-22", "How is my budget for December looking?",
  lambda p: [("December", MONTH(2018, 12))])
R("month", "2024-08-31", "Remind me at the beginning of October to book our flu shots.",
  lambda p: [("the beginning of October", START_OF_MONTH(2024, 10))], wd=SAT)

# =====================================================================
# season (meteorological, northern hemisphere)
R("season", "2025-10-19", "We should take the kids camping next summer.",
  lambda p: [("next summer", SEASON(2026, "summer"))])
R("season", "2023-03-23", "Let's repaint the deck this spring.",
  lambda p: [("this spring", SEASON(2023, "spring"))])
R("season", "2024-07-27", "The heating bill was brutal last winter.",
  lambda p: [("last winter", SEASON(2023, "winter"))])
R("season", "2027-01-12", "The new stadium will host its first match in the autumn, the club said.",
  lambda p: [("the autumn", SEASON(2027, "autumn"))], news=True)
R("season", "2019-06-10", "I'm thinking about going back to school in the fall.",
  lambda p: [("the fall", SEASON(2019, "fall"))])
R("season", "2021-05-27", "The carmaker plans to open the battery plant in summer 2022.",
  lambda p: [("summer 2022", SEASON(2022, "summer"))], news=True)
R("season", "2026-12-13", "Is it worth buying snow tyres this winter?",
  lambda p: [("this winter", SEASON(2026, "winter"))])
R("season", "2028-08-20", "We went to Iceland last spring and it rained every day.",
  lambda p: [("last spring", SEASON(2028, "spring"))])
R("season", "2020-02-12", "Remind me to plant tulip bulbs next autumn.",
  lambda p: [("next autumn", SEASON(2020, "autumn"))])

# =====================================================================
# year-part (years, parts of years, quarters, halves)
R("year-part", "2025-04-02", "The rail link is now due to open in mid-2027, two years behind schedule.",
  lambda p: [("mid-2027", YEAR_PART(2027, "mid"))], news=True)
R("year-part", "2022-06-14", "I want the car paid off by the end of the year.",
  lambda p: [("the end of the year", END_OF_YEAR(2022))])
R("year-part", "2019-10-30", "The refinery is expected to be running again by late 2020.",
  lambda p: [("late 2020", YEAR_PART(2020, "late"))], news=True)
R("year-part", "2024-12-11", "We'll tackle the kitchen remodel early next year.",
  lambda p: [("early next year", YEAR_PART(2025, "early"))])
R("year-part", "2026-05-05", "Home sales fell in the first quarter of 2026 as mortgage demand cooled.",
  lambda p: [("the first quarter of 2026", QTR(2026, 1))], news=True)
R("year-part", "2018-02-21", "Exports hit a record in 2017, the trade office said.",
  lambda p: [("2017", YEAR(2017))], news=True)
R("year-part", "2023-05-26", "Did marketing overspend in Q1?",
  lambda p: [("Q1", QTR(2023, 1))])
R("year-part", "2021-11-04", "Margins should improve in the second half of 2022, the chief executive told investors.",
  lambda p: [("the second half of 2022", HALF(2022, 2))], news=True)
R("year-part", "2020-03-15", "My goal is to run a marathon before the end of next year.",
  lambda p: [("the end of next year", END_OF_YEAR(2021))], wd=SUN)

# =====================================================================
# decade-century
R("decade-century", "2024-06-02", "Was the arcade craze mostly in the 1980s?",
  lambda p: [("the 1980s", DECADE(1980))], wd=SUN)
R("decade-century", "2019-07-18", "The mill, built in the 19th century, will be converted into flats.",
  lambda p: [("the 19th century", CENTURY(19))], news=True)
R("decade-century", "2026-09-26", "My parents met in the seventies at a roller disco.",
  lambda p: [("the seventies", DECADE(1970))])
R("decade-century", "2023-03-09", "Home ownership among young adults has fallen steadily since the 1990s.",
  lambda p: [("the 1990s", DECADE(1990))], news=True)
R("decade-century", "2021-10-10", "Who was the biggest band of the '60s?",
  lambda p: [("the '60s", DECADE(1960))])
R("decade-century", "2027-08-16", "It is the region's worst drought this century, scientists said.",
  lambda p: [("this century", CENTURY(21))], news=True)
R("decade-century", "2025-01-31", "Recommend me a novel set in the 18th century.",
  lambda p: [("the 18th century", CENTURY(18))])
R("decade-century", "2022-02-17", "The 2010s were the warmest decade on record at the time, the agency said.",
  lambda p: [("The 2010s", DECADE(2010))], news=True)

# =====================================================================
# ago / from now / in N
R("ago", "2026-03-10", "I renewed my passport three weeks ago.",
  lambda p: [("three weeks ago", DAY_OR_WEEK(p - td(21)))], wd=TUE)
R("ago", "2019-07-31", "Nudge me about the recruiter in 10 days.",
  lambda p: [("in 10 days", DAY(p + td(10)))])
R("ago", "2024-01-05", "The boiler was serviced 4 months ago, wasn't it?",
  lambda p: [("4 months ago", month_rel(p, -4))])
R("ago", "2028-04-04", "Seven years ago, the village had just one shop and no bus service.",
  lambda p: [("Seven years ago", YEAR(2021))], news=True)
R("ago", "2021-09-30", "The rental skis go back 6 days from now, don't let me forget.",
  lambda p: [("6 days from now", DAY(p + td(6)))])
R("ago", "2022-11-25", "I paid the deposit 2 days ago, has it cleared yet?",
  lambda p: [("2 days ago", DAY(p - td(2)))])
R("ago", "2027-02-01", "The car's inspection is due in 6 weeks, put it on my list.",
  lambda p: [("in 6 weeks", DAY_OR_WEEK(p + td(42)))], wd=MON)
R("ago", "2020-05-20", "The factory shut its doors eight months ago.",
  lambda p: [("eight months ago", month_rel(p, -8))], news=True)
R("ago", "2025-08-29", "The free trial on my meal kit ends in 5 days.",
  lambda p: [("in 5 days", DAY(p + td(5)))])
R("ago", "2023-12-27", "We bought the sofa a year ago and it's already sagging.",
  lambda p: [("a year ago", YEAR(2022))])
R("ago", "2018-06-30", "The contractor quoted us two months ago and still hasn't started.",
  lambda p: [("two months ago", month_rel(p, -2))])
R("ago", "2026-01-20", "Remind me a month from now to cancel the streaming service.",
  lambda p: [("a month from now", ALTS(MONTH(2026, 2), DAY(D("2026-02-20"))))])
R("ago", "2024-10-10", "Ten days ago, the river crested at a record height.",
  lambda p: [("Ten days ago", DAY(p - td(10)))], news=True)

R("ago", "2019-01-25", "The zoo's new reptile house opens in three days, the city said.",
  lambda p: [("in three days", DAY(p + td(3)))], news=True)

# =====================================================================
# holiday (US and common international; with and without a year)
R("holiday", "2025-03-26", "Is the bank open the Monday after Easter?",
  lambda p: [("the Monday after Easter", DAY(easter_monday(2025)))])
R("holiday", "2026-12-03", "I'm off work between Christmas and New Year.",
  lambda p: [("Christmas and New Year", ALTS(RANGE(D("2026-12-25"), D("2027-01-01")),
                                             RANGE(D("2026-12-26"), D("2026-12-31"))))])
R("holiday", "2024-10-26", "Do we have any plans for Black Friday?",
  lambda p: [("Black Friday", DAY(black_friday(2024)))])
R("holiday", "2023-02-28", "Parades are planned across the city for St. Patrick's Day.",
  lambda p: [("St. Patrick's Day", DAY(D("2023-03-17")))], news=True)
R("holiday", "2022-06-08", "What should I get Dad for Father's Day?",
  lambda p: [("Father's Day", DAY(fathers_day(2022)))])
R("holiday", "2025-06-12", "City parks will host free concerts on Juneteenth, the mayor's office announced.",
  lambda p: [("Juneteenth", DAY(D("2025-06-19")))], news=True)
R("holiday", "2027-03-10", "Do the kids have swim practice on Good Friday?",
  lambda p: [("Good Friday", DAY(good_friday(2027)))])
R("holiday", "2019-12-20", "We're doing the gift swap on Boxing Day.",
  lambda p: [("Boxing Day", DAY(D("2019-12-26")))])
R("holiday", "2020-11-05", "Many big retailers will stay closed on Thanksgiving Day 2020, a trade group said.",
  lambda p: [("Thanksgiving Day 2020", DAY(thanksgiving(2020)))], news=True)
R("holiday", "2028-01-08", "Does the trash still get picked up on Presidents' Day?",
  lambda p: [("Presidents' Day", DAY(presidents_day(2028)))])
R("holiday", "2018-11-09", "Veterans Day ceremonies will be held at the memorial on Sunday.",
  lambda p: [("Veterans Day", DAY(D("2018-11-11"))),
             ("Sunday", DAY(wdcheck(nxt(p, SUN), SUN)))], news=True, wd=FRI)
R("holiday", "2025-12-31", "Remind me to make black-eyed peas on New Year's Day.",
  lambda p: [("New Year's Day", DAY(D("2026-01-01")))])
R("holiday", "2026-02-06", "I want to book somewhere nice for Valentine's.",
  lambda p: [("Valentine's", DAY(D("2026-02-14")))])
R("holiday", "2024-06-24", "Ottawa's Canada Day fireworks will go ahead as planned, organizers said.",
  lambda p: [("Canada Day", DAY(D("2024-07-01")))], news=True)
R("holiday", "2022-07-06", "Paris will stage its traditional military parade on Bastille Day.",
  lambda p: [("Bastille Day", DAY(D("2022-07-14")))], news=True)
R("holiday", "2023-10-31", "Are the fireworks at the park on Bonfire Night?",
  lambda p: [("Bonfire Night", DAY(D("2023-11-05")))])
R("holiday", "2027-01-20", "Rail bookings are surging ahead of Lunar New Year, operators said.",
  lambda p: [("Lunar New Year", DAY(LUNAR_NEW_YEAR[2027]))], news=True)
R("holiday", "2021-08-03", "Christmas 2021 is at our place this time.",
  lambda p: [("Christmas 2021", DAY(D("2021-12-25")))])
R("holiday", "2028-03-01", "Are your parents hosting Easter 2028 or is it our turn?",
  lambda p: [("Easter 2028", DAY(easter(2028)))])
R("holiday", "2019-01-07", "Aunt Rita gave me this sweater last Christmas.",
  lambda p: [("last Christmas", DAY(D("2018-12-25")))])
R("holiday", "2025-11-16", "Are we doing turkey or ham this Thanksgiving?",
  lambda p: [("this Thanksgiving", DAY(thanksgiving(2025)))])
R("holiday", "2026-10-05", "Banks will be closed on Columbus Day, Oct. 12.",
  lambda p: [("Columbus Day", DAY(columbus_day(2026))), ("Oct. 12", DAY(D("2026-10-12")))], news=True)
R("holiday", "2020-04-24", "Let's have a picnic on May Day if it's sunny.",
  lambda p: [("May Day", DAY(D("2020-05-01")))])
R("holiday", "2024-11-20", "Are there any decent laptop deals on Cyber Monday?",
  lambda p: [("Cyber Monday", DAY(cyber_monday(2024)))])

# =====================================================================
# range
R("range", "2025-04-15", "Can you hold the cottage for us from the 3rd to the 7th of May?",
  lambda p: [("the 3rd to the 7th of May", RANGE(D("2025-05-03"), D("2025-05-07")))])
R("range", "2026-05-14", "Crews will repave Main Street June 10-14, the city said.",
  lambda p: [("June 10-14", RANGE(D("2026-06-10"), D("2026-06-14")))], news=True)
R("range", "2023-01-09", "Can I take Wednesday through Friday off?",
  lambda p: [("Wednesday through Friday", RANGE(nxt(p, WED), nxt(p, FRI)))], wd=MON)
R("range", "2027-12-26", "We're at the lake house from Dec. 29 to Jan. 4.",
  lambda p: [("Dec. 29 to Jan. 4", RANGE(D("2027-12-29"), D("2028-01-04")))])
R("range", "2019-08-19", "The exhibit will be on view from September through January.",
  lambda p: [("September through January", RANGE(D("2019-09-01"), D("2020-01-31")))], news=True)
R("range", "2024-02-05", "Any hotels in Porto with rooms free between the 20th and 24th?",
  lambda p: [("the 20th and 24th", RANGE(D("2024-02-20"), D("2024-02-24")))])
R("range", "2020-09-22", "Enrollment fell every year from 2016 to 2019, the report said.",
  lambda p: [("2016 to 2019", RANGE(D("2016-01-01"), D("2019-12-31")))], news=True)
R("range", "2022-04-23", "I'm traveling Aug 2-9, can you hold my mail?",
  lambda p: [("Aug 2-9", RANGE(D("2022-08-02"), D("2022-08-09")))])
R("range", "2028-09-06", "Set my status to away from the 11th through the 15th.",
  lambda p: [("the 11th through the 15th", RANGE(D("2028-09-11"), D("2028-09-15")))])
R("range", "2021-05-05", "Book the beach house for July 1st to July 8th.",
  lambda p: [("July 1st to July 8th", RANGE(D("2021-07-01"), D("2021-07-08")))])
R("range", "2025-10-27", "Early voting runs Oct. 28 through Nov. 2 at six sites.",
  lambda p: [("Oct. 28 through Nov. 2", RANGE(D("2025-10-28"), D("2025-11-02")))], news=True)
R("range", "2026-07-29", "I'll be unreachable from Saturday until Tuesday.",
  lambda p: [("Saturday until Tuesday", RANGE(nxt(p, SAT), nxt(nxt(p, SAT), TUE)))], wd=WED)
R("range", "2018-03-16", "We rented the cottage for April 14-21.",
  lambda p: [("April 14-21", RANGE(D("2018-04-14"), D("2018-04-21")))])

# =====================================================================
# time-of-day (a clock time attached to a date: the date)
R("time-of-day", "2024-01-10", "Can you set up a call Thursday at 4pm?",
  lambda p: [("Thursday", DAY(nxt(p, THU)))], wd=WED)
R("time-of-day", "2027-10-01", "Alarm at 7:45 tomorrow so I can move the car.",
  lambda p: [("tomorrow", DAY(p + td(1)))], wd=FRI)
R("time-of-day", "2019-02-22", "Dinner reservation for the 28th at 8:30, please.",
  lambda p: [("the 28th", DAY(ordinal_future(p, 28)))])
R("time-of-day", "2025-03-07", "The launch window opens at 10:02 a.m. on Monday.",
  lambda p: [("Monday", DAY(nxt(p, MON)))], news=True, wd=FRI)
R("time-of-day", "2021-11-30", "I need an alarm for 6 a.m. on Dec 1.",
  lambda p: [("Dec 1", DAY(D("2021-12-01")))], wd=TUE)
R("time-of-day", "2023-05-21", "The plumber said he'd come by around 2 tomorrow afternoon.",
  lambda p: [("tomorrow", DAY(p + td(1)))], wd=SUN)
R("time-of-day", "2026-09-30", "Set the quiz night for 7pm this Friday.",
  lambda p: [("this Friday", DAY(thisw(p, FRI)))], wd=WED)
R("time-of-day", "2020-07-17", "The smoke alarm went off at 4:10 yesterday morning.",
  lambda p: [("yesterday", DAY(p - td(1)))])
R("time-of-day", "2018-05-04", "Polls open at 7 a.m. Tuesday and close at 8 p.m.",
  lambda p: [("Tuesday", DAY(nxt(p, TUE)))], news=True, wd=FRI)
R("time-of-day", "2028-12-30", "Book the taxi for 11:30 pm on New Year's Eve.",
  lambda p: [("New Year's Eve", DAY(D("2028-12-31")))], wd=SAT)
R("time-of-day", "2022-02-16", "Can we move the 9:00 on March 2nd to 10:00?",
  lambda p: [("March 2nd", DAY(D("2022-03-02")))])
R("time-of-day", "2025-06-27", "Let's meet at noon on the 5th.",
  lambda p: [("the 5th", DAY(ordinal_future(p, 5)))])

# =====================================================================
# anchored (resolved against a date named earlier in the sentence)
R("anchored", "2025-09-15", "The driver was detained on Sept. 3 and charged the next day, prosecutors said.",
  lambda p: [("Sept. 3", DAY(D("2025-09-03"))), ("the next day", DAY(D("2025-09-04")))], news=True)
R("anchored", "2020-03-10", "The plant closed on Feb. 28 and reopened the following Monday.",
  lambda p: [("Feb. 28", DAY(wdcheck(D("2020-02-28"), FRI))),
             ("the following Monday", DAY(nxt(D("2020-02-28"), MON)))], news=True)
R("anchored", "2024-05-20", "I fly out June 6 and come back three days later.",
  lambda p: [("June 6", DAY(D("2024-06-06"))), ("three days later", DAY(D("2024-06-09")))])

# =====================================================================
# mixed (two independent dates)
R("mixed", "2024-04-25", "The chipmaker, founded in 2009, said Thursday it would cut 300 jobs.",
  lambda p: [("2009", YEAR(2009)), ("Thursday", DAY(p))], news=True, wd=THU)
R("mixed", "2021-01-23", "I moved in on Dec 15 and the first rent check bounced on the 2nd.",
  lambda p: [("Dec 15", DAY(D("2020-12-15"))), ("the 2nd", DAY(D("2021-01-02")))])
R("mixed", "2027-06-14", "Consumer prices rose 3% in May, the most since March 2025.",
  lambda p: [("May", MONTH(2027, 5)), ("March 2025", MONTH(2025, 3))], news=True, wd=MON)
R("mixed", "2023-09-08", "We got engaged in the summer of 2019 and married last October.",
  lambda p: [("the summer of 2019", SEASON(2019, "summer")), ("last October", MONTH(2022, 10))])
R("mixed", "2019-03-27", "The bill, introduced in January, faces a floor vote next Wednesday.",
  lambda p: [("January", MONTH(2019, 1)),
             ("next Wednesday", ALTS(DAY(nextw(p, WED)), DAY(nxt(p, WED))))], news=True, wd=WED)
R("mixed", "2022-10-02", "I started the course on September 12 and the final exam is two weeks from today.",
  lambda p: [("September 12", DAY(D("2022-09-12"))), ("two weeks from today", DAY_OR_WEEK(p + td(14)))],
  wd=SUN)

# =====================================================================
# negative (no date at all)
NEG = [
    # chat / voice assistant
    ("2024-04-16", "May I see the dessert menu?", False),
    ("2021-06-10", "Tell April the dinner's on me.", False),
    ("2025-01-19", "Ask June if she wants the blue one or the red one.", False),
    ("2024-04-30", "Summer from accounting wants the invoice numbers.", False),
    ("2019-11-17", "Give me a second, I'm still reading the menu.", False),
    ("2026-03-25", "Have you ever watched Friday with Ice Cube and Chris Tucker?", False),
    ("2023-08-19", "Does that pharmacy run 24/7 or does it shut at some point?", False),
    ("2027-05-18", "Save 415-555-0199 as Grandma's new number.", False),
    ("2020-10-09", "My work line is 020 7946 0852.", False),
    ("2019-12-31", "Is my phone on iOS 17.4 or 17.5?", False),
    ("2024-09-19", "Install version 2.11.3 of the budgeting app.", False),
    ("2025-05-25", "Should I get the Galaxy S24 or the Pixel 8?", False),
    ("2018-12-05", "Our old Xbox 360 still works fine.", False),
    ("2021-04-17", "I need a 5/8 inch socket for this bolt.", False),
    ("2026-08-11", "The rug we want is 8 by 10 feet.", False),
    ("2022-05-06", "I'd give that film a 7/10 at best.", False),
    ("2023-11-13", "We lost 21-14 in overtime.", False),
    ("2021-06-30", "The recipe says 425 for the wings.", False),
    ("2019-07-14", "Does 10:30 work for the call?", False),
    ("2020-01-15", "The bakery opens at 6.", False),
    ("2028-04-29", "Is 4pm good for you?", False),
    ("2025-09-16", "Wake me at quarter to seven.", False),
    ("2024-02-16", "I'll have the number 12 with extra pickles.", False),
    ("2021-12-20", "Her test scores are all in the 90s.", False),
    ("2026-06-18", "Wear your Sunday best for the family photo.", False),
    ("2023-04-23", "I haven't seen him in a month of Sundays.", False),
    ("2026-12-31", "Take the second exit at the roundabout.", False),
    ("2022-03-19", "Book a table for 6 at the Italian place.", False),
    ("2027-11-09", "How many calories are in 2 slices of pepperoni pizza?", False),
    ("2020-08-28", "Skip to track 11 on the album.", False),
    ("2025-07-21", "Add a 4-pack of AA batteries to the cart.", False),
    ("2019-05-30", "My locker combination is 12-25-07.", False),
    ("2024-12-15", "Deliver it to 1140 Oak Avenue, apartment 3B.", False),
    ("2027-09-30", "I'm 34 and my brother is 36.", False),
    ("2028-10-21", "Is spring water really better than tap water?", False),
    ("2021-02-09", "Is 2/3 of a cup of sugar too much for one batch?", False),
    ("2023-01-27", "I had a nasty fall on the ice and bruised my hip.", False),
    ("2020-05-18", "I'd score the hotel 4 out of 5 overall.", False),
    ("2027-09-02", "May I switch my seat to an aisle?", False),
    ("2025-12-07", "Show me pictures of April the giraffe.", False),
    # news-style
    ("2022-10-26", "The home side won 3-0 in front of a sellout crowd.", True),
    ("2019-03-23", "The senate approved the measure 61-39.", True),
    ("2026-04-28", "The company recalled 40,000 units of its X200 space heater.", True),
    ("2024-08-09", "Temperatures climbed into the 90s across the valley.", True),
    ("2020-03-31", "Officials urged residents to call 311 to report outages.", True),
    ("2018-06-14", "Residents felt a 6.4-magnitude tremor in three provinces.", True),
    ("2023-06-11", "The winner finished the marathon in 2:08:13.", True),
    ("2027-03-31", "The ministry hired 1,200 nurses and 350 doctors.", True),
    ("2020-11-21", "The justices ruled 5-4 that the law was unconstitutional.", True),
    ("2028-05-23", "The airline is retiring its last 747 from passenger service.", True),
    ("2025-11-21", "Assembly Bill 1475 cleared its first committee.", True),
    ("2023-01-02", "The central bank held its key rate at 5.25 percent.", True),
    ("2021-03-04", "The Sunday Times first reported the takeover talks.", True),
    ("2026-05-24", "Order a dozen eggs and a 2-liter bottle of soda.", False),
]
for pub, s, news in NEG:
    R("negative", pub, s, None, news=news)


HEADER = '''"""Held-out probe chat7: dates in chat/voice-assistant utterances + news-style lines.

Written blind (no claimkit code read or run). About 75% chat/voice-assistant
utterances, 25% short news lines (ids in NEWS_IDS); every sentence was written
for this probe (none taken or paraphrased from chat3 or the other probes).
Generated by gen_cases.py (all expected values computed with datetime).
Each row: (id, tag, published, sentence, expectations)
  expectations: list of ("date", span, alts); span is an exact (unique) substring
  of the sentence that a claim must overlap; alts is a list of (start, end) ISO
  pairs, any one of which must equal the claim's (value.start, value.end).
  negative rows have [] (this probe has no time-only rows).
Each row lists EVERY date expected in it; any other date claim in the row is
a false positive.

chat3's CONVENTIONS apply unchanged (copied word for word below); the
"ADDED IN THIS PROBE" section was decided before any row was written.

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

ADDED IN THIS PROBE (resolved the way a TimeML/TIDES annotator would; decided
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
