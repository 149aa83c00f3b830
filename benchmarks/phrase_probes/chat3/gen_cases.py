#!/usr/bin/env python3
"""Generator for cases.py: every expected date is computed here with datetime.

Run: python3 gen_cases.py  -> writes cases.py (literal ISO values) and prints a
review listing (pub weekday + resolved values) for eyeballing.
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

ROWS = []   # (tag, pub, sentence, exps, news)


def R(tag, pub, sentence, fn=None, news=False):
    p = D(pub)
    exps = fn(p) if fn else []
    ROWS.append((tag, pub, sentence, exps, news))


def wdcheck(d, wd):
    assert d.weekday() == wd, (d, WDN[d.weekday()], WDN[wd])
    return d


# =====================================================================
# abs-day
R("abs-day", "2021-02-10", "Can you book the dentist for March 3rd?",
  lambda p: [("March 3rd", DAY(D("2021-03-03")))])
R("abs-day", "2021-01-18", "Put the quarterly review on 3 March 2021, please.",
  lambda p: [("3 March 2021", DAY(D("2021-03-03")))])
R("abs-day", "2023-02-27", "Is the office closed on the 3rd of March?",
  lambda p: [("the 3rd of March", DAY(D("2023-03-03")))])
R("abs-day", "2022-03-01", "My flight is on 03/15/2022 out of Denver.",
  lambda p: [("03/15/2022", DAY(D("2022-03-15")))])
R("abs-day", "2022-03-01", "Add a reminder for 2022-03-15: renew passport.",
  lambda p: [("2022-03-15", DAY(D("2022-03-15")))])
R("abs-day", "2020-02-20", "The lease ends Mar. 3, right?",
  lambda p: [("Mar. 3", DAY(D("2020-03-03")))])
R("abs-day", "2025-07-21", "Are we still on for Sat, Aug 9?",
  lambda p: [("Sat, Aug 9", DAY(wdcheck(D("2025-08-09"), SAT)))])
R("abs-day", "2026-01-05", "Send me the photos from Sat, Aug 9 again.",
  lambda p: [("Sat, Aug 9", DAY(wdcheck(D("2025-08-09"), SAT)))])
R("abs-day", "2024-06-08", "The rent is due on the 15th.",
  lambda p: [("the 15th", DAY(D("2024-06-15")))])
R("abs-day", "2026-11-20", "I think I paid the water bill on the 4th.",
  lambda p: [("the 4th", DAY(D("2026-11-04")))])
R("abs-day", "2019-10-02", "The museum will reopen on Saturday, November 16, 2019, officials said.",
  lambda p: [("Saturday, November 16, 2019", DAY(wdcheck(D("2019-11-16"), SAT)))], news=True)
R("abs-day", "2023-12-28", "What's on my calendar for December 31st?",
  lambda p: [("December 31st", DAY(D("2023-12-31")))])
R("abs-day", "2027-01-04", "Schedule the team offsite for 14 Jan.",
  lambda p: [("14 Jan", DAY(D("2027-01-14")))])
R("abs-day", "2026-06-30", "Set the due date to 7/14/2026.",
  lambda p: [("7/14/2026", DAY(D("2026-07-14")))])
R("abs-day", "2022-08-01", "The trial is set to begin on Monday, Aug. 15, 2022, in federal court.",
  lambda p: [("Monday, Aug. 15, 2022", DAY(wdcheck(D("2022-08-15"), MON)))], news=True)
R("abs-day", "2024-09-10", "Move my haircut to the twenty-first.",
  lambda p: [("the twenty-first", DAY(D("2024-09-21")))])
R("abs-day", "2021-05-12", "Born on 4 July 1951, she spent four decades at the paper.",
  lambda p: [("4 July 1951", DAY(D("1951-07-04")))], news=True)
R("abs-day", "2025-11-28", "Is 2025-12-01 a holiday?",
  lambda p: [("2025-12-01", DAY(D("2025-12-01")))])
R("abs-day", "2019-12-27", "Remind me about the recital on Thursday, Jan 2nd.",
  lambda p: [("Thursday, Jan 2nd", DAY(wdcheck(D("2020-01-02"), THU)))])

# =====================================================================
# rel-day
R("rel-day", "2022-12-31", "What's the weather like tomorrow?",
  lambda p: [("tomorrow", DAY(p + td(1)))])
R("rel-day", "2020-02-28", "Remind me the day after tomorrow to call the bank.",
  lambda p: [("the day after tomorrow", DAY(p + td(2)))])
R("rel-day", "2024-03-01", "Did I have any meetings the day before yesterday?",
  lambda p: [("the day before yesterday", DAY(p - td(2)))])
R("rel-day", "2023-06-14", "Cancel everything on my calendar today.",
  lambda p: [("today", DAY(p))])
R("rel-day", "2021-10-31", "What's happening in town tonight?",
  lambda p: [("tonight", DAY(p))])
R("rel-day", "2019-01-01", "I forgot to take my pills yesterday.",
  lambda p: [("yesterday", DAY(p - td(1)))])
R("rel-day", "2026-04-28", "Remind me in 3 days to water the plants.",
  lambda p: [("in 3 days", DAY(p + td(3)))])
R("rel-day", "2027-12-30", "The package should arrive 3 days from now.",
  lambda p: [("3 days from now", DAY(p + td(3)))])
R("rel-day", "2025-03-02", "I got the invitation two days ago.",
  lambda p: [("two days ago", DAY(p - td(2)))])
R("rel-day", "2023-09-04", "The bridge will reopen to traffic tomorrow, the transport department said on Monday.",
  lambda p: [("tomorrow", DAY(p + td(1))), ("Monday", DAY(wdcheck(p, MON)))], news=True)
R("rel-day", "2024-07-15", "Push the deadline to the day after tomorrow.",
  lambda p: [("the day after tomorrow", DAY(p + td(2)))])
R("rel-day", "2022-05-31", "Book a table for four in five days.",
  lambda p: [("in five days", DAY(p + td(5)))])
R("rel-day", "2020-12-31", "Set a reminder for tomorrow: pay rent.",
  lambda p: [("tomorrow", DAY(p + td(1)))])
R("rel-day", "2019-08-20", "Two people were injured yesterday when a crane collapsed downtown.",
  lambda p: [("yesterday", DAY(p - td(1)))], news=True)
R("rel-day", "2023-03-01", "What did I spend yesterday?",
  lambda p: [("yesterday", DAY(p - td(1)))])
R("rel-day", "2027-03-02", "I returned the jacket four days ago.",
  lambda p: [("four days ago", DAY(p - td(4)))])
R("rel-day", "2024-02-29", "Officials said the fire was contained late yesterday.",
  lambda p: [("yesterday", DAY(p - td(1)))], news=True)

R("rel-day", "2026-09-18", "Did it rain last night?",
  lambda p: [("last night", DAY(p - td(1)))])

# =====================================================================
# weekday
R("weekday", "2023-05-17", "Can we meet on Monday?",
  lambda p: [("Monday", DAY(nxt(p, MON)))])
R("weekday", "2024-01-08", "Schedule a call for next Tuesday.",
  lambda p: [("next Tuesday", ALTS(DAY(nextw(p, TUE)), DAY(nxt(p, TUE))))])
R("weekday", "2022-09-13", "Is the gym open this Friday?",
  lambda p: [("this Friday", DAY(thisw(p, FRI)))])
R("weekday", "2021-11-24", "I went hiking last Sunday.",
  lambda p: [("last Sunday", DAY(prv(p, SUN)))])
R("weekday", "2025-02-26", "Put the budget review on Monday next week.",
  lambda p: [("Monday next week", DAY(nextw(p, MON)))])
R("weekday", "2020-06-18", "We talked about it on Tuesday.",
  lambda p: [("Tuesday", DAY(prv(p, TUE)))])
R("weekday", "2020-06-18", "We'll talk about it on Tuesday.",
  lambda p: [("Tuesday", DAY(nxt(p, TUE)))])
R("weekday", "2019-11-29", "The senator announced her resignation on Wednesday.",
  lambda p: [("Wednesday", DAY(prv(p, WED)))], news=True)
R("weekday", "2026-03-09", "The strike will begin Thursday unless a deal is reached.",
  lambda p: [("Thursday", DAY(nxt(p, THU)))], news=True)
R("weekday", "2027-08-01", "Remind me Saturday to pick up the dry cleaning.",
  lambda p: [("Saturday", DAY(nxt(p, SAT)))])
R("weekday", "2021-12-30", "Let's do lunch Friday.",
  lambda p: [("Friday", DAY(nxt(p, FRI)))])
R("weekday", "2024-12-30", "Can you move the standup to Wednesday?",
  lambda p: [("Wednesday", DAY(nxt(p, WED)))])
R("weekday", "2023-07-07", "What did I have on Monday?",
  lambda p: [("Monday", DAY(prv(p, MON)))])
R("weekday", "2022-02-20", "Is anything planned for this Saturday?",
  lambda p: [("this Saturday", ALTS(DAY(nxt(p, SAT)), DAY(thisw(p, SAT))))])
R("weekday", "2025-06-04", "Last Friday's meeting ran long.",
  lambda p: [("Last Friday", DAY(prv(p, FRI)))])
R("weekday", "2023-10-13", "Polls close Tuesday and results are expected Wednesday.",
  lambda p: [("Tuesday", DAY(nxt(p, TUE))), ("Wednesday", DAY(nxt(p, WED)))], news=True)
R("weekday", "2026-05-29", "Next Friday works for me.",
  lambda p: [("Next Friday", ALTS(DAY(nextw(p, FRI)), DAY(nxt(p, FRI))))])

R("weekday", "2024-03-15", "The jury resumes deliberations Monday.",
  lambda p: [("Monday", DAY(nxt(p, MON)))], news=True)

# =====================================================================
# week
R("week", "2023-05-17", "What do I have this week?",
  lambda p: [("this week", WEEK(p))])
R("week", "2021-12-29", "Block off next week for vacation.",
  lambda p: [("next week", WEEK(p + td(7)))])
R("week", "2020-01-02", "How many hours did I log last week?",
  lambda p: [("last week", WEEK(p - td(7)))])
R("week", "2024-08-14", "Any good hikes to do this weekend?",
  lambda p: [("this weekend", RANGE(thisw(p, SAT), thisw(p, SUN)))])
R("week", "2024-06-01", "Let's plan the retreat for the week of June 10.",
  lambda p: [("the week of June 10", WEEK(wdcheck(D("2024-06-10"), MON)))])
R("week", "2019-07-05", "Sales peaked in the last week of June 2019.",
  lambda p: [("the last week of June 2019", ALTS(WEEK(D("2019-06-30")), RANGE(D("2019-06-24"), D("2019-06-30"))))], news=True)
R("week", "2023-04-20", "Our team is out the first week of May 2023.",
  lambda p: [("the first week of May 2023", WEEK(wdcheck(D("2023-05-01"), MON)))])
R("week", "2021-04-20", "Can we do the audit in the first week of May?",
  lambda p: [("the first week of May", ALTS(WEEK(D("2021-05-01")), WEEK(nth_wd(2021, 5, MON, 1)),
                                             RANGE(D("2021-05-01"), D("2021-05-07"))))])
R("week", "2026-02-13", "Are you free next weekend?",
  lambda p: [("next weekend", ALTS(RANGE(nxt(p, SAT), nxt(p, SAT) + td(1)),
                                   RANGE(nxt(p, SAT) + td(7), nxt(p, SAT) + td(8))))])
R("week", "2022-10-31", "I cleaned the garage last weekend.",
  lambda p: [("last weekend", RANGE(prv(p, SAT), prv(p, SUN)))])
R("week", "2025-11-20", "Holiday shipping volumes are expected to peak the week of Dec. 15.",
  lambda p: [("the week of Dec. 15", WEEK(wdcheck(D("2025-12-15"), MON)))], news=True)
R("week", "2027-01-06", "Can we push the launch to the week after next?",
  lambda p: [("the week after next", WEEK(p + td(14)))])
R("week", "2025-12-28", "Anything on the calendar this week?",
  lambda p: [("this week", ALTS(WEEK(p), WEEK(p + td(1))))])
R("week", "2020-09-10", "The festival returns this weekend after a year off.",
  lambda p: [("this weekend", RANGE(thisw(p, SAT), thisw(p, SUN)))], news=True)
R("week", "2023-02-07", "I'm on call the whole week of March 6.",
  lambda p: [("week of March 6", WEEK(wdcheck(D("2023-03-06"), MON)))])

R("week", "2025-03-10", "Retail foot traffic fell 4% last week, data showed.",
  lambda p: [("last week", WEEK(p - td(7)))], news=True)

# =====================================================================
# month
R("month", "2022-01-12", "Let's revisit this in May.",
  lambda p: [("May", MONTH(2022, 5))])
R("month", "2023-11-30", "What bills are due next month?",
  lambda p: [("next month", month_rel(p, 1))])
R("month", "2024-01-03", "How much did I spend on groceries last month?",
  lambda p: [("last month", month_rel(p, -1))])
R("month", "2021-08-31", "Show me all events this month.",
  lambda p: [("this month", month_rel(p, 0))])
R("month", "2020-07-14", "Unemployment hit a record high in May 2020, the report found.",
  lambda p: [("May 2020", MONTH(2020, 5))], news=True)
R("month", "2019-06-05", "The invoice has to go out by the end of the month.",
  lambda p: [("the end of the month", ALTS(MONTH(2019, 6), DAY(D("2019-06-30"))))])
R("month", "2025-01-20", "We should start planting in early March.",
  lambda p: [("early March", ALTS(MONTH(2025, 3), RANGE(D("2025-03-01"), D("2025-03-10"))))])
R("month", "2026-05-02", "Can we get together mid-July?",
  lambda p: [("mid-July", ALTS(MONTH(2026, 7), RANGE(D("2026-07-11"), D("2026-07-20"))))])
R("month", "2027-10-15", "I'm moving in late November.",
  lambda p: [("late November", ALTS(MONTH(2027, 11), RANGE(D("2027-11-21"), D("2027-11-30"))))])
R("month", "2024-09-03", "Home prices fell in August for the first time in two years.",
  lambda p: [("August", MONTH(2024, 8))], news=True)
R("month", "2019-12-15", "Remind me in January to file my taxes.",
  lambda p: [("January", MONTH(2020, 1))])
R("month", "2022-10-04", "The gym membership renews in October.",
  lambda p: [("October", MONTH(2022, 10))])
R("month", "2021-02-25", "Retail sales rose 2% in January from December.",
  lambda p: [("January", MONTH(2021, 1)), ("December", MONTH(2020, 12))], news=True)
R("month", "2023-03-31", "Let's do the performance reviews the month after next.",
  lambda p: [("the month after next", month_rel(p, 2))])
R("month", "2020-11-10", "Sept 2020 was our best month ever.",
  lambda p: [("Sept 2020", MONTH(2020, 9))])
R("month", "2026-08-14", "Orders placed this month ship by the end of September.",
  lambda p: [("this month", MONTH(2026, 8)),
             ("the end of September", ALTS(MONTH(2026, 9), DAY(D("2026-09-30"))))], news=True)

R("month", "2027-06-22", "The new rules take effect next month.",
  lambda p: [("next month", month_rel(p, 1))], news=True)

# =====================================================================
# year-quarter
R("year-quarter", "2022-06-15", "Let's plan a trip to Japan next year.",
  lambda p: [("next year", YEAR(2023))])
R("year-quarter", "2025-01-02", "How many books did I read last year?",
  lambda p: [("last year", YEAR(2024))])
R("year-quarter", "2020-04-10", "I want to retire in 2031.",
  lambda p: [("2031", YEAR(2031))])
R("year-quarter", "2024-05-08", "The firm expects revenue to recover in Q3 2024.",
  lambda p: [("Q3 2024", QTR(2024, 3))], news=True)
R("year-quarter", "2023-11-02", "Profit rose 12% in the third quarter.",
  lambda p: [("the third quarter", QTR(2023, 3))], news=True)
R("year-quarter", "2021-05-20", "What are our targets for this quarter?",
  lambda p: [("this quarter", QTR(2021, quarter_of(p)))])
R("year-quarter", "2022-08-11", "Shipments dropped sharply in the first half of 2022.",
  lambda p: [("the first half of 2022", HALF(2022, 1))], news=True)
R("year-quarter", "2019-03-14", "The retailer reported a loss for fiscal 2019.",
  lambda p: [("fiscal 2019", YEAR(2019))], news=True)
R("year-quarter", "2026-12-30", "Add 'file taxes' to my goals for this year.",
  lambda p: [("this year", YEAR(2026))])
R("year-quarter", "2027-03-03", "What happened with the budget in Q4?",
  lambda p: [("Q4", QTR(2026, 4))])
R("year-quarter", "2024-02-01", "Growth slowed in the last quarter of 2023.",
  lambda p: [("the last quarter of 2023", QTR(2023, 4))], news=True)
R("year-quarter", "2023-09-29", "Let's hit that goal by next quarter.",
  lambda p: [("next quarter", QTR(2023, 4))])
R("year-quarter", "2020-01-15", "The 2019 season was the team's worst in a decade.",
  lambda p: [("2019", YEAR(2019))], news=True)
R("year-quarter", "2025-07-04", "Did we close more deals last quarter?",
  lambda p: [("last quarter", QTR(2025, 2))])
R("year-quarter", "2021-10-20", "Analysts expect the plant to open in the second half of next year.",
  lambda p: [("the second half of next year", HALF(2022, 2))], news=True)

# =====================================================================
# ago / from now
R("ago", "2024-03-10", "Where was I a year ago?",
  lambda p: [("a year ago", YEAR(p.year - 1))])
R("ago", "2024-08-31", "I started this job six months ago.",
  lambda p: [("six months ago", month_rel(p, -6))])
R("ago", "2022-04-05", "The plant closed 10 years ago and has sat empty since.",
  lambda p: [("10 years ago", YEAR(p.year - 10))], news=True)
R("ago", "2021-11-15", "Remind me in two weeks to check the oil.",
  lambda p: [("in two weeks", ALTS(DAY(p + td(14)), WEEK(p + td(14))))])
R("ago", "2023-10-31", "Let's review the plan in 3 months.",
  lambda p: [("in 3 months", ALTS(month_rel(p, 3), DAY(add_months(p, 3))))])
R("ago", "2019-05-22", "What was on my calendar three weeks ago?",
  lambda p: [("three weeks ago", ALTS(DAY(p - td(21)), WEEK(p - td(21))))])
R("ago", "2026-01-15", "My passport expires two years from now.",
  lambda p: [("two years from now", ALTS(YEAR(p.year + 2), DAY(add_months(p, 24))))])
R("ago", "2020-03-31", "I joined the club a month ago.",
  lambda p: [("a month ago", month_rel(p, -1))])
R("ago", "2025-06-18", "Five years ago, the stadium was a parking lot.",
  lambda p: [("Five years ago", YEAR(p.year - 5))], news=True)
R("ago", "2022-12-20", "Check back with me in 10 days.",
  lambda p: [("in 10 days", DAY(p + td(10)))])
R("ago", "2027-02-14", "We adopted the dog 18 months ago.",
  lambda p: [("18 months ago", month_rel(p, -18))])
R("ago", "2023-07-01", "Set a reminder for a week from today.",
  lambda p: [("a week from today", DAY(p + td(7)))])
R("ago", "2021-09-09", "Three years ago, the dam failed and flooded the valley.",
  lambda p: [("Three years ago", YEAR(p.year - 3))], news=True)
R("ago", "2019-02-27", "I'll be back in 4 days.",
  lambda p: [("in 4 days", DAY(p + td(4)))])
R("ago", "2024-11-29", "Ship the samples two weeks from now.",
  lambda p: [("two weeks from now", ALTS(DAY(p + td(14)), WEEK(p + td(14))))])

R("ago", "2022-03-17", "Two weeks ago, the council rejected the plan.",
  lambda p: [("Two weeks ago", ALTS(DAY(p - td(14)), WEEK(p - td(14))))], news=True)

# =====================================================================
# yearless dates needing a year from tense/context
R("yearless", "2024-02-12", "The suspect was arrested on Dec 19 after a months-long investigation.",
  lambda p: [("Dec 19", DAY(D("2023-12-19")))], news=True)
R("yearless", "2025-01-09", "The new terminal is scheduled to open March 3.",
  lambda p: [("March 3", DAY(D("2025-03-03")))], news=True)
R("yearless", "2023-10-05", "I got promoted last April.",
  lambda p: [("last April", MONTH(2023, 4))])
R("yearless", "2022-02-03", "We met last April at the conference.",
  lambda p: [("last April", MONTH(2021, 4))])
R("yearless", "2020-11-25", "Our anniversary is Feb. 11, can you remind me?",
  lambda p: [("Feb. 11", DAY(D("2021-02-11")))])
R("yearless", "2026-12-29", "I ordered it on the 22nd of December and it still isn't here.",
  lambda p: [("the 22nd of December", DAY(D("2026-12-22")))])
R("yearless", "2019-01-07", "The exhibition, which opened Nov. 30, runs through Feb. 24.",
  lambda p: [("Nov. 30", DAY(D("2018-11-30"))), ("Feb. 24", DAY(D("2019-02-24")))], news=True)
R("yearless", "2027-06-30", "Is my dentist appointment on July 2 or July 9?",
  lambda p: [("July 2", DAY(D("2027-07-02"))), ("July 9", DAY(D("2027-07-09")))])
R("yearless", "2021-12-27", "Book the cabin for January 8.",
  lambda p: [("January 8", DAY(D("2022-01-08")))])
R("yearless", "2022-01-04", "Did you finish the report you started on December 28?",
  lambda p: [("December 28", DAY(D("2021-12-28")))])
R("yearless", "2025-08-20", "Next April we'll renovate the kitchen.",
  lambda p: [("Next April", MONTH(2026, 4))])
R("yearless", "2023-05-30", "Voters go to the polls in September.",
  lambda p: [("September", MONTH(2023, 9))], news=True)
R("yearless", "2024-11-18", "In March we hiked the whole trail.",
  lambda p: [("March", MONTH(2024, 3))])

R("yearless", "2020-01-06", "The tally, which closed on Dec. 31, beat forecasts.",
  lambda p: [("Dec. 31", DAY(D("2019-12-31")))], news=True)
R("yearless", "2024-05-10", "I haven't heard from him since the 2nd.",
  lambda p: [("the 2nd", DAY(D("2024-05-02")))])

# =====================================================================
# holidays
R("holiday", "2023-11-01", "What are you doing for Christmas?",
  lambda p: [("Christmas", DAY(D("2023-12-25")))])
R("holiday", "2022-10-10", "Book flights home for Christmas Eve 2022.",
  lambda p: [("Christmas Eve 2022", DAY(D("2022-12-24")))])
R("holiday", "2024-12-20", "Are banks open on New Year's Day?",
  lambda p: [("New Year's Day", DAY(D("2025-01-01")))])
R("holiday", "2021-12-03", "Where should we go for New Year's Eve?",
  lambda p: [("New Year's Eve", DAY(D("2021-12-31")))])
R("holiday", "2019-03-01", "Easter 2019 falls unusually late, on April 21.",
  lambda p: [("Easter 2019", DAY(easter(2019))), ("April 21", DAY(D("2019-04-21")))], news=True)
R("holiday", "2020-11-02", "Who's hosting Thanksgiving?",
  lambda p: [("Thanksgiving", DAY(thanksgiving(2020)))])
R("holiday", "2025-10-20", "Remind me to buy candy before Halloween.",
  lambda p: [("Halloween", DAY(D("2025-10-31")))])
R("holiday", "2026-01-30", "Valentine's Day is on a Saturday, right?",
  lambda p: [("Valentine's Day", DAY(wdcheck(D("2026-02-14"), SAT)))])
R("holiday", "2023-06-20", "Fireworks will be banned across the county on the Fourth of July due to drought.",
  lambda p: [("the Fourth of July", DAY(D("2023-07-04")))], news=True)
R("holiday", "2024-06-25", "Is the post office open on Independence Day?",
  lambda p: [("Independence Day", DAY(D("2024-07-04")))])
R("holiday", "2022-08-25", "The pool closes for the season after Labor Day.",
  lambda p: [("Labor Day", DAY(labor_day(2022)))], news=True)
R("holiday", "2021-05-03", "Are we doing a barbecue on Memorial Day?",
  lambda p: [("Memorial Day", DAY(memorial_day(2021)))])
R("holiday", "2027-01-05", "Is school closed for MLK day?",
  lambda p: [("MLK day", DAY(mlk_day(2027)))])
R("holiday", "2019-04-29", "Remind me to call Mom on Mother's Day.",
  lambda p: [("Mother's Day", DAY(mothers_day(2019)))])
R("holiday", "2020-12-01", "how many days until xmas",
  lambda p: [("xmas", DAY(D("2020-12-25")))])
R("holiday", "2026-01-02", "Shoppers returned gifts in record numbers after Christmas.",
  lambda p: [("Christmas", DAY(D("2025-12-25")))], news=True)
R("holiday", "2024-01-15", "We're spending Easter with my in-laws.",
  lambda p: [("Easter", DAY(easter(2024)))])
R("holiday", "2025-02-10", "I proposed on New Year's Eve.",
  lambda p: [("New Year's Eve", DAY(D("2024-12-31")))])
R("holiday", "2021-03-16", "Book the cabin for Thanksgiving 2021.",
  lambda p: [("Thanksgiving 2021", DAY(thanksgiving(2021)))])

# =====================================================================
# ranges
R("range", "2021-02-15", "I'll be in Chicago from March 3 to March 7.",
  lambda p: [("March 3 to March 7", RANGE(D("2021-03-03"), D("2021-03-07")))])
R("range", "2023-09-14", "Can the painters come between Monday and Wednesday?",
  lambda p: [("Monday and Wednesday", RANGE(nxt(p, MON), nxt(nxt(p, MON), WED)))])
R("range", "2024-05-20", "The conference runs June 10-12.",
  lambda p: [("June 10-12", RANGE(D("2024-06-10"), D("2024-06-12")))])
R("range", "2022-06-09", "Sales this year through May were up 8%.",
  lambda p: [("this year through May", RANGE(D("2022-01-01"), D("2022-05-31")))], news=True)
R("range", "2019-07-29", "Block my calendar Aug 5 through Aug 9.",
  lambda p: [("Aug 5 through Aug 9", RANGE(D("2019-08-05"), D("2019-08-09")))])
R("range", "2025-04-01", "The road will be closed from April 14 until April 18.",
  lambda p: [("April 14 until April 18", RANGE(D("2025-04-14"), D("2025-04-18")))], news=True)
R("range", "2026-10-05", "We're in Lisbon Oct 20 - 27.",
  lambda p: [("Oct 20 - 27", RANGE(D("2026-10-20"), D("2026-10-27")))])
R("range", "2020-12-10", "The office is closed Dec. 24 through Jan. 1.",
  lambda p: [("Dec. 24 through Jan. 1", RANGE(D("2020-12-24"), D("2021-01-01")))])
R("range", "2027-03-15", "I'm on leave from the 22nd to the 26th.",
  lambda p: [("the 22nd to the 26th", RANGE(D("2027-03-22"), D("2027-03-26")))])
R("range", "2023-02-14", "The festival takes place July 27-30, 2023, in the park.",
  lambda p: [("July 27-30, 2023", RANGE(D("2023-07-27"), D("2023-07-30")))], news=True)
R("range", "2022-11-07", "Is the gym open Friday through Sunday?",
  lambda p: [("Friday through Sunday", RANGE(nxt(p, FRI), nxt(p, SUN)))])
R("range", "2024-10-01", "Pause my subscription from November to January.",
  lambda p: [("November to January", RANGE(D("2024-11-01"), D("2025-01-31")))])
R("range", "2021-06-30", "Between 2015 and 2020, enrollment doubled.",
  lambda p: [("2015 and 2020", RANGE(D("2015-01-01"), D("2020-12-31")))], news=True)
R("range", "2025-09-02", "Find me flights between the 12th and the 15th.",
  lambda p: [("the 12th and the 15th", RANGE(D("2025-09-12"), D("2025-09-15")))])

R("range", "2019-10-14", "The summit runs from Tuesday through Thursday in Geneva.",
  lambda p: [("Tuesday through Thursday", RANGE(nxt(p, TUE), nxt(p, THU)))], news=True)
R("range", "2026-03-20", "I'm away from Monday to Thursday next week.",
  lambda p: [("Monday to Thursday next week", RANGE(nextw(p, MON), nextw(p, THU)))])

# =====================================================================
# time of day attached to a day (claim = the day)
R("time-of-day", "2023-03-08", "Remind me tomorrow at 9am to call the plumber.",
  lambda p: [("tomorrow", DAY(p + td(1)))])
R("time-of-day", "2022-04-26", "Let's grab lunch Friday at noon.",
  lambda p: [("Friday", DAY(nxt(p, FRI)))])
R("time-of-day", "2021-07-31", "Dinner tonight at 8?",
  lambda p: [("tonight", DAY(p))])
R("time-of-day", "2024-02-28", "Set an alarm for 6:30 tomorrow morning.",
  lambda p: [("tomorrow", DAY(p + td(1)))])
R("time-of-day", "2019-12-31", "Wake me at 7 on New Year's Day.",
  lambda p: [("New Year's Day", DAY(D("2020-01-01")))])
R("time-of-day", "2026-06-12", "Schedule the call for Monday at 3:15 pm.",
  lambda p: [("Monday", DAY(nxt(p, MON)))])
R("time-of-day", "2020-10-06", "Polls close at 8 p.m. on Nov. 3.",
  lambda p: [("Nov. 3", DAY(D("2020-11-03")))], news=True)
R("time-of-day", "2025-11-30", "Meeting at 10:00 on December 2nd.",
  lambda p: [("December 2nd", DAY(D("2025-12-02")))])
R("time-of-day", "2023-08-20", "Can you call me this evening around 6?",
  lambda p: [("this evening", DAY(p))])
R("time-of-day", "2027-05-05", "Remind me at 5pm the day after tomorrow.",
  lambda p: [("the day after tomorrow", DAY(p + td(2)))])
R("time-of-day", "2022-01-31", "The server crashed yesterday around 11pm.",
  lambda p: [("yesterday", DAY(p - td(1)))])
R("time-of-day", "2024-09-09", "Book the restaurant for Saturday night at 7:30.",
  lambda p: [("Saturday", DAY(nxt(p, SAT)))])
R("time-of-day", "2021-03-03", "The launch is scheduled for 6:45 a.m. EST on Thursday.",
  lambda p: [("Thursday", DAY(nxt(p, THU)))], news=True)

R("time-of-day", "2025-04-29", "Remind me at 8:15 on the 3rd.",
  lambda p: [("the 3rd", DAY(D("2025-05-03")))])

# =====================================================================
# mixed (news lines with several expressions)
R("mixed", "2022-04-12", "The company was founded in 1998 and went public on June 5, 2014.",
  lambda p: [("1998", YEAR(1998)), ("June 5, 2014", DAY(D("2014-06-05")))], news=True)
R("mixed", "2023-01-20", "Filings rose 4% last year and are expected to climb again in 2023.",
  lambda p: [("last year", YEAR(2022)), ("2023", YEAR(2023))], news=True)
R("mixed", "2024-10-29", "Early voting began Monday, and ballots must be cast by Nov. 5.",
  lambda p: [("Monday", DAY(prv(p, MON))), ("Nov. 5", DAY(D("2024-11-05")))], news=True)
R("mixed", "2019-09-16", "Shares fell 3% on Friday after the company cut its 2020 outlook.",
  lambda p: [("Friday", DAY(prv(p, FRI))), ("2020", YEAR(2020))], news=True)
R("mixed", "2025-12-31", "The law, passed in March, takes effect on Jan. 1.",
  lambda p: [("March", MONTH(2025, 3)), ("Jan. 1", DAY(D("2026-01-01")))], news=True)
R("mixed", "2021-04-19", "The museum, closed since March 2020, reopens Thursday.",
  lambda p: [("March 2020", MONTH(2020, 3)), ("Thursday", DAY(nxt(p, THU)))], news=True)
R("mixed", "2026-07-08", "Inflation eased in June, the second straight decline since a peak in April.",
  lambda p: [("June", MONTH(2026, 6)), ("April", MONTH(2026, 4))], news=True)
R("mixed", "2020-08-27", "The storm made landfall early Thursday and is expected to weaken by Saturday.",
  lambda p: [("Thursday", DAY(wdcheck(p, THU))), ("Saturday", DAY(nxt(p, SAT)))], news=True)
R("mixed", "2027-11-15", "The merger, announced in 2025, closed last week.",
  lambda p: [("2025", YEAR(2025)), ("last week", WEEK(p - td(7)))], news=True)
R("mixed", "2023-12-04", "The mayor, who took office on Jan. 1, 2022, will not seek reelection next year.",
  lambda p: [("Jan. 1, 2022", DAY(D("2022-01-01"))), ("next year", YEAR(2024))], news=True)

# =====================================================================
# negatives (no date claim expected)
NEG = [
    ("2024-04-02", "May I borrow your pen?", False),
    ("2021-09-14", "Do you have a car?", False),
    ("2022-03-08", "The band will march forward no matter what.", False),
    ("2019-11-21", "I'd like a second opinion on this rash.", False),
    ("2025-05-06", "I'm going to sue the landlord.", False),
    ("2023-01-31", "Call me at 555-0142.", False),
    ("2020-06-30", "We won 3-1 in the final.", False),
    ("2026-02-27", "The help desk is open 24/7.", False),
    ("2027-09-10", "That jacket costs $149.99.", False),
    ("2024-12-31", "Meet me in room 1205.", False),
    ("2022-07-19", "Upgrade to Python 3.10 first.", False),
    ("2021-02-12", "I have a date with Anna.", False),
    ("2023-04-27", "My sister April is visiting.", False),
    ("2020-10-22", "Ask Jan from accounting.", False),
    ("2019-05-31", "What's the capital of Australia?", False),
    ("2025-08-08", "Add milk and eggs to my shopping list.", False),
    ("2026-03-31", "Turn off the living room lights.", False),
    ("2027-07-26", "How far is it to the airport?", False),
    ("2022-11-30", "Play some jazz.", False),
    ("2024-05-14", "Mix 1/2 cup of flour with 3/4 cup of water.", False),
    ("2023-10-09", "Please don't mar the table with your keys.", False),
    ("2021-06-01", "Put on some sunscreen, the sun is brutal.", False),
    ("2020-01-28", "I sat in the waiting room for ages.", False),
    ("2025-10-16", "The recipe serves 4 to 6 people.", False),
    ("2019-08-08", "My phone is at 15% battery.", False),
    ("2026-09-01", "The course lasts three weeks.", False),
    ("2027-04-19", "What's your favorite color?", False),
    ("2024-02-20", "Mark my words, he'll regret it.", False),
    ("2022-12-12", "Who won the game?", False),
    ("2023-06-27", "I need a new charger.", False),
    ("2021-11-02", "Set the thermostat to 68.", False),
    ("2020-04-17", "Can I get a large coffee with 2 sugars?", False),
    ("2025-01-31", "Text Mark that I'm running late.", False),
    ("2026-07-31", "Enter code 0412 at the gate.", False),
    ("2019-10-30", "Reply STOP to unsubscribe.", False),
    ("2027-12-01", "He's ranked 3rd in the world.", False),
    ("2024-08-23", "May the best team win.", False),
    ("2022-05-09", "My address is 1600 Elm Street.", False),
    ("2023-12-15", "Her second album went platinum.", False),
    ("2021-03-29", "The printer model is the LX-2030.", False),
    ("2020-07-07", "Grab me a 12-pack of sparkling water.", False),
    ("2025-03-14", "The battery lasts two days on a charge.", False),
    # news-style negatives
    ("2022-09-21", "Temperatures hit 38 degrees in the shade.", True),
    ("2019-06-12", "The bill passed by a vote of 52-48.", True),
    ("2024-03-27", "The index rose 1.5% to 4,512.3.", True),
    ("2026-11-11", "The company employs 2,300 people across 14 countries.", True),
    ("2021-08-17", "Flight 1207 to Boston was diverted.", True),
    ("2023-08-02", "The Fed held rates steady, citing sticky inflation.", True),
    ("2020-03-03", "The Fourth Amendment protects against unreasonable searches.", True),
    ("2027-05-28", "The striker scored a hat trick in the second half.", True),
    ("2025-07-09", "The court ruled 7 to 2 in favor of the city.", True),
    ("2019-02-15", "The governor vowed to march on despite the setback.", True),
]
for pub, s, news in NEG:
    R("negative", pub, s, None, news=news)

# =====================================================================
# time-only (no expectation; claims there are neither required nor penalized)
TONLY = [
    ("2024-04-15", "Wake me at 7am."),
    ("2021-01-29", "Meet at 5:30."),
    ("2023-11-24", "Set an alarm for 6:45."),
    ("2019-09-30", "Remind me in 20 minutes to check the oven."),
    ("2026-04-03", "The call starts at noon."),
    ("2022-02-28", "I'll be there in an hour."),
    ("2027-10-31", "Lights off at 10:30 pm."),
    ("2020-05-19", "Ping me at quarter past four."),
    ("2025-12-24", "Start the dishwasher at midnight."),
    ("2024-07-31", "Alarm at 0600 please."),
    ("2021-10-12", "Can we do 3pm instead of 2pm?"),
    ("2023-03-31", "The store opens at 9 and closes at 21:00."),
    ("2026-10-30", "Remind me in 45 minutes."),
    ("2019-12-09", "Set a timer for 5 minutes."),
    ("2022-06-30", "Let's meet at half past eight."),
]
for pub, s in TONLY:
    R("time-only", pub, s, None)


HEADER = '''"""Held-out probe corpus: chat/voice-assistant utterances + news-style lines.

Generated by gen_cases.py (all expected values computed with datetime).
Each row: (id, tag, published, sentence, expectations)
  expectations: list of ("date", span, alts); span is an exact (unique) substring
  of the sentence that a claim must overlap; alts is a list of (start, end) ISO
  pairs, any one of which must equal the claim's (value.start, value.end).
  negative / time-only rows have [].

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
"""
'''


def main():
    out = []
    news_ids = []
    seen = set()
    for i, (tag, pub, s, exps, news) in enumerate(ROWS, 1):
        rid = "d%03d" % i
        assert (pub, s) not in seen, s
        seen.add((pub, s))
        D(pub)
        ex = []
        for span, alts in exps:
            assert s.count(span) == 1, (rid, span, s)
            assert alts, (rid, span)
            ex.append(("date", span, [(a.isoformat(), b.isoformat()) for a, b in alts]))
            for a, b in alts:
                assert a <= b
        if tag in ("negative", "time-only"):
            assert not ex
        else:
            assert ex, rid
        out.append((rid, tag, pub, s, ex))
        if news:
            news_ids.append(rid)
    with open("cases.py", "w") as f:
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
        print(f"{rid} {tag:13s} {pub} {WDN[pd.weekday()]} | {s}")
        for _, span, alts in ex:
            desc = []
            for a, b in alts:
                da, db = D(a), D(b)
                desc.append(f"{a}({WDN[da.weekday()]})..{b}({WDN[db.weekday()]})" if a != b
                            else f"{a}({WDN[da.weekday()]})")
            print(f"      [{span}] -> " + " | ".join(desc))
    from collections import Counter
    c = Counter(r[1] for r in out)
    print(len(out), "rows;", dict(c), "; news:", len(news_ids))


if __name__ == "__main__":
    main()
