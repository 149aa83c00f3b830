"""Date leaf forms: one normalized date ("early april", "4/21") -> `Reading`.

Table-driven: each form is one full-match regex with named groups, tried in
order; `dates_phrases` adds ranges and leading words, `dates_calendar` the
calendar arithmetic (weeks, quarters, relative offsets).

Conventions follow news annotation (TimeML/TIDES) where it does not contradict the
peer benchmark: a century is its hundred years as TimeML writes it ("the 20th
century" = 1900-1999), "the quarter ended Sept. 30" and "the first nine months of
2023" are one date, the period, and a fiscal year is the calendar year of its name,
approx, unless the story tells its fiscal year (`dates_fiscal`); "the mid-1990s" is a
third of the decade (TIMEX2 marks it MID); "on the 15th" is the published month's,
moved by tense as TIDES moves a day without a month (in `date`, which also moves a
borrowed year ahead under a present verb when the published year's lies half a year
behind: the nearest, as TIDES has it). Where the
two disagree the peer's reading stays until one is chosen (README, "Still open"),
except for "three years ago" and "six months ago", read as TIDES writes them (the
year, the month; the peer counts back the day, 4 of its items) and "last April"
said later in the year (this year's, the most recent April; the peer's is the year
before, 1 item): "between 2004
and 2006" one range (TimeML: two dates), a present-tense date half a year ahead is
not moved back (TIDES: the nearest), "between the 21st and 23rd" with no month is
no date.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from typing import Callable

from claimkit.extract import dates_calendar as cal
from claimkit.extract import dates_holidays
from claimkit.extract.dates_calendar import Reading
from claimkit.extract.dates_words import MONTHS, PART_OF, SHIFT, UNITS, WEEKDAYS

_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WD = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
SHIFT_RE = _SHIFT = r"(?:this|current|next|coming|following|upcoming|last|previous|past|prior)"

# --------------------------------------------------------------------------- leaf forms

Handler = Callable[[dict, "dt.date | None"], "Reading | None"]
_FORMS: list[tuple[str, re.Pattern, Handler]] = []


def form(name: str, pattern: str) -> Callable[[Handler], Handler]:
    """Register a leaf form: a full-match VERBOSE regex and the function that reads it."""
    rx = re.compile(pattern, re.VERBOSE)

    def deco(fn: Handler) -> Handler:
        _FORMS.append((name, rx, fn))
        return fn
    return deco


def _int(g: dict, key: str) -> int | None:
    v = g.get(key)
    return int(v) if v else None


def _mon(g: dict, key: str = "mon") -> int | None:
    """'sept.' -> 9; None for words that only start like a month ('marching')."""
    v = (g.get(key) or "").rstrip(".")
    if v in MONTHS:
        return MONTHS[v]
    return next((i for name, i in MONTHS.items() if len(v) >= 3 and len(name) > 4 and name.startswith(v)), None)


@form("iso", r"(?P<y>\d{4})\s?(?P<s>[-/.\s])\s?(?P<m>\d{1,2})\s?(?P=s)\s?(?P<d>\d{1,2})")
def _iso(g, pub):
    return cal.day(int(g["y"]), int(g["m"]), int(g["d"]), pub)


@form("compact", r"(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)")
def _compact(g, pub):
    return cal.day(int(g["y"]), int(g["m"]), int(g["d"]), pub)


@form("numeric", r"(?P<a>\d{1,2})\s?(?P<s>[-/.])\s?(?P<b>\d{1,2})\s?(?:(?P=s)|,)\s?(?P<y>\d{4}|\d\d)")
def _numeric(g, pub):
    a, b, y = int(g["a"]), int(g["b"]), cal.full_year(g["y"])
    # US month/day, except "13.5.2015" (dots are European) or a first number over 12
    if g["s"] == "." and len(g["y"]) < 4:
        return None  # "version 1.12.15"
    if g["s"] == "." or a > 12:
        a, b = b, a
    return cal.day(y, a, b, pub)


@form("month_day_numeric", r"(?P<m>\d{1,2})/(?P<d>\d{1,2})")
def _md(g, pub):
    m, d = int(g["m"]), int(g["d"])
    if (m, d) in ((24, 7), (24, 365)):
        return None  # "open 24/7": round the clock, no day
    if m > 12 >= d:
        m, d = d, m  # "on 28/10": day first, as British and European copy writes it
    return cal.day(None, m, d, pub)


@form("split_year", r"(?:(?:the\s)?(?:fiscal\s|financial\s)?year\s)?(?P<y>19\d\d|20\d\d)\s?[-/]\s?(?P<y2>\d\d)")
def _split_year(g, pub):
    """'the 2022-23 fiscal year', 'the 2022/23 season': parts of two calendar years, which months
    depending on whose fiscal year it is, so both years, approximately; 'the 2022-25 plan' the years
    2022 to 2025. A second figure up to 12 is a month ('2011-12' is December 2011, as in ISO)."""
    y, y2 = int(g["y"]), int(g["y2"])
    if 1 <= y2 <= 12:
        return None
    end = y + 1 if y2 == (y + 1) % 100 else y - y % 100 + y2  # "1999-00" runs into the next century
    return _years(y, end) if end > y else None


def _years(y: int, end: int) -> Reading:
    """The years y to end as one reading: approximately when two (whose fiscal year or season it is)."""
    both = cal.join(cal.year(y), cal.year(end))
    return dataclasses.replace(both, qualifier="approx" if end == y + 1 else "range")  # type: ignore[arg-type]


def two_years(text: str) -> Reading | None:
    """'2009-10' as the two years of a season or budget, whatever a month reading would make of it."""
    m = re.search(r"(?<!\d)(?P<y>19\d\d|20\d\d)\s?[-/]\s?(?P<y2>\d\d)$", text.strip())
    if m is None or int(m["y2"]) != (int(m["y"]) + 1) % 100:
        return None
    return dataclasses.replace(_years(int(m["y"]), int(m["y"]) + 1), rule="split_year")


# the years the "year" form reads (1500-2099): "1/8000" of a second is no January of the year 8000
@form("year_month_numeric", r"(?P<y>1[5-9]\d\d|20\d\d)\s?[-/.]\s?(?P<m>\d{1,2})|(?P<m2>\d{1,2})\s?[-/]\s?(?P<y2>1[5-9]\d\d|20\d\d)")
def _ym(g, pub):
    return cal.month(int(g["y"] or g["y2"]), int(g["m"] or g["m2"]), pub)


_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4}|'\d\d)"


@form("month_day_year", rf"(?:(?P<wd>{_WD}),?\s)?(?P<mon>{_MON})\s?[-/]?\s?{_DAY}(?:\s?[-/,]?\s?(?:of\s|in\s)?{_YEAR})?")
def _mdy(g, pub):
    return _by_weekday(cal.day(cal.full_year(g["y"]), _mon(g), int(g["d"]), pub), g["wd"], pub)


# a year of two digits after a day and month is glued by a dash or slash ("25-Mar-25"), marked
# ("4 May '25") or told with "of" ("15 April of 87"): "by 25 March, 30 days after" names no 1930
@form("day_month_year", rf"(?:(?P<wd>{_WD}),?\s)?{_DAY}\.?\s?(?:of\s)?[-/]?(?P<mon>{_MON})(?:\s?[-/,]?\s?(?:of\s|in\s)?(?P<y>\d{{4}}|'\d\d|(?<=[-/])\d\d|(?<=of\s)\d\d))?")
def _dmy(g, pub):
    return _by_weekday(cal.day(cal.full_year(g["y"]), _mon(g), int(g["d"]), pub), g["wd"], pub)


@form("day_year_shift", rf"(?:(?P<mon>{_MON})\s?{_DAY}|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s?(?:of\s)?(?P<mon2>{_MON}))"
                        rf",?\s(?:of\s)?(?P<sh>this|next|last)\syear")
def _day_year_shift(g, pub):
    """'Jan. 9 last year', '3 March next year': the day in the year the shift names."""
    if pub is None:
        return cal.unanchored("day", f"{SHIFT[g['sh']]:+d} year")
    if g["mon2"]:
        return cal.day(pub.year + SHIFT[g["sh"]], _mon(g, "mon2"), int(g["d2"]), pub)
    return cal.day(pub.year + SHIFT[g["sh"]], _mon(g), int(g["d"]), pub)


def _by_weekday(r: Reading | None, wd: str | None, pub: dt.date | None) -> Reading | None:
    """'Sat, Aug 9' in an October 2024 story: the weekday fixes the year (2025, the one of the
    published year and its neighbours where Aug 9 is a Saturday; at most one of the three is).
    Within a month of the published date the date the reader has in front of them wins, and a
    wrong weekday is a slip ('Wednesday, March 12' in a story of March 20, 2024, a Tuesday); a
    right one holds the year against the tense ('was rescheduled for Wednesday 22 October' in a
    story of 25 September 2025 is this October's). A year it fits over twelve months behind the
    published day is none (term dates may be told well over a year ahead): "the court will sit on
    Friday 14 March" in a November 2026 story, when 14 March 2027 is a Sunday, is the coming one
    with its weekday mistyped, not March 2025."""
    day = WEEKDAYS.get((wd or "").rstrip("."))
    if r is None or day is None or not r.year_from_published or r.start is None or pub is None:
        return r
    if abs((r.start - pub).days) <= 31:  # a weekday that fits confirms the year: no tense moves it
        return dataclasses.replace(r, year_from_published=False) if r.start.weekday() == day else r
    for y in (pub.year, pub.year - 1, pub.year + 1):
        try:
            d = r.start.replace(year=y)
        except ValueError:  # Feb 29
            continue
        if d.weekday() == day and (pub - d).days <= 366:
            return dataclasses.replace(r, start=d, end=d, year_from_published=False)
    return r  # a weekday that fits no year near the story's is a slip: the tense decides


@form("year_month_day", rf"(?P<y>\d{{4}})\s?[-/]\s?(?P<mon>{_MON})\s?[-/]\s?{_DAY}|(?P<y2>\d{{4}})\s?/\s?(?P<d2>\d{{1,2}})\s?/\s?(?P<mon2>{_MON})")
def _ymd(g, pub):
    if g["y2"]:
        return cal.day(int(g["y2"]), _mon(g, "mon2"), int(g["d2"]), pub)
    return cal.day(int(g["y"]), _mon(g), int(g["d"]), pub)


@form("month_year_day", rf"(?P<mon>{_MON})-(?P<y>\d{{4}})-{_DAY}|(?P<d2>\d{{1,2}})-(?P<y2>\d{{4}})-(?P<mon2>{_MON})")
def _myd(g, pub):
    if g["y2"]:
        return cal.day(int(g["y2"]), _mon(g, "mon2"), int(g["d2"]), pub)
    return cal.day(int(g["y"]), _mon(g), int(g["d"]), pub)


@form("month_year", rf"(?P<mon>{_MON})\s?(?:[-/,]|of|in)?\s?(?P<y>\d{{4}}|'?\d\d)|(?P<y2>\d{{4}})\s?,?\s?(?P<mon2>{_MON})")
def _my(g, pub):
    if g["y2"]:
        return cal.month(int(g["y2"]), _mon(g, "mon2"), pub)
    y = cal.full_year(g["y"])
    if len(g["y"]) == 2 and int(g["y"]) <= 31:
        return None  # "May 21" is a day, read by month_day_year ("March '24" is a year)
    return cal.month(y, _mon(g), pub)


@form("month_half", rf"(?:the\s)?(?P<h>first|second|1st|2nd)\shalf\sof\s(?P<mon>{_MON})(?:,?\s?(?:of\s|in\s)?(?P<y>\d{{4}}))?")
def _month_half(g, pub):
    """'the first half of November' -> Nov. 1-15, 'the second half of March' -> March 16-31."""
    m = _mon(g)
    return _half_of_month(cal.month(int(g["y"]) if g["y"] else None, m, pub) if m else None, g["h"])


@form("shifted_month_half", rf"(?:the\s)?(?P<h>first|second|1st|2nd)\shalf\sof\s(?P<sh>{_SHIFT})\smonth")
def _shifted_month_half(g, pub):
    """'the second half of next month', 'the first half of last month': that month's days 1-15 or 16 on."""
    return _half_of_month(cal.period("month", SHIFT[g["sh"]], pub), g["h"])


def _half_of_month(r: Reading | None, half: str) -> Reading | None:
    """Days 1-15 of the month read (the first half) or 16 to its end (the second)."""
    if r is None or r.start is None or r.end is None:
        return r
    first = half in ("first", "1st")
    mid = r.start.replace(day=15)
    return dataclasses.replace(r, start=r.start if first else mid + cal.DAY, end=mid if first else r.end)


@form("month_part", rf"(?:(?P<part>early|mid|late)\s?|(?P<part2>beginning|start|middle|end)\s?of\s)?(?P<mon>{_MON})(?:,?\s?(?:of\s|in\s)?(?P<y>\d{{4}}))?")
def _month(g, pub):
    m = _mon(g)
    if m is None:
        return None
    r = cal.month(int(g["y"]) if g["y"] else None, m, pub)
    part = g["part"] or g["part2"]
    return cal.part_of(r, PART_OF[part]) if part and r else r


@form("month_shift", rf"(?P<sh>{_SHIFT})\s(?P<mon>{_MON})|(?P<mon2>{_MON})\s(?:of\s)?(?P<sh2>this|next|last)\syear")
def _month_shift(g, pub):
    m = _mon(g, "mon") or _mon(g, "mon2")
    if g["sh"] in ("last", "previous", "past") and m is not None and pub is not None and m < pub.month:
        return cal.month(pub.year, m, pub)  # TIDES: "last April" said in October is the most recent April
    return cal.month_shift(m, SHIFT[g["sh"] or g["sh2"]], pub)


_SEASON = r"(?:spring|summer|autumn|fall|winter)"


@form("season", rf"(?:(?P<sh>{_SHIFT})\s|(?:early|mid|late)\s?-?\s?)?(?P<s>{_SEASON})(?:\s?,?\s?(?:of\s|in\s)?(?:(?P<y>\d{{4}})|(?P<sh2>this|next|last)\syear))?|(?P<y2>\d{{4}})\s(?P<s2>{_SEASON})")
def _season(g, pub):
    """'summer 2021', 'last summer', 'late autumn' (the season: TIMEX2 marks the part as a modifier);
    'last spring' is the most recent spring over ('next autumn' the nearest to come), and a winter
    runs across New Year, so 'last winter' said in January is the one before the current."""
    season = g["s"] or g["s2"]
    shift = g["sh"] or g["sh2"]
    y = _int(g, "y") or _int(g, "y2")
    if y is None and season == "winter" and pub is not None and g["sh"]:
        y = cal.winter_of(SHIFT[shift], pub)
    elif y is None and pub is not None and g["sh"] and SHIFT[shift]:
        y = cal.nearest_season(season, SHIFT[shift], pub)
    elif y is None and shift:
        if pub is None:
            return cal.unanchored("quarter", f"{SHIFT[shift]:+d} year {season}")
        y = pub.year + SHIFT[shift]
    r = cal.season(season, y, pub)
    return dataclasses.replace(r, relative=f"{SHIFT[shift]:+d} year {season}") if shift else r


@form("year", r"(?:(?P<part>early|mid|late)\s|(?P<part2>beginning|start|middle|end)\sof\s|(?:the\s)?year\s(?:of\s)?)?(?P<y>1[5-9]\d\d|20\d\d)")
def _year(g, pub):
    r = cal.year(int(g["y"]))
    part = g["part"] or g["part2"]
    return cal.part_of(r, PART_OF[part]) if part else r


@form("new_year", r"(?:the\s)?new\syear(?:\s(?P<h>holidays?|break))?")
def _new_year(g, pub):
    """'in the new year': the year about to begin when said in its second half, else the one begun
    (TIDES: the year); 'the New Year holiday' its first day. Needs the published date."""
    if pub is None:
        return cal.unanchored("year", "the new year")
    y = pub.year + 1 if pub.month >= 7 else pub.year
    return Reading(dt.date(y, 1, 1), dt.date(y, 1, 1), "day") if g["h"] else cal.year(y)


@form("decade", r"(?:(?P<part>early|mid|late)\s?-?\s?)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s)")
def _decade(g, pub):
    """'the 1990s' -> 1990-1999; 'the mid-1990s', 'the early 2000s' -> a third of it, approx
    (TIMEX2 marks these with a modifier, EARLY/MID/LATE, on the decade; the years are ours:
    0-3, 4-6, 7-9)."""
    r = _decade_years(g, pub)
    if r is None or not g["part"]:
        return r
    assert r.start is not None
    lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[g["part"]]
    return dataclasses.replace(r, start=dt.date(r.start.year + lo, 1, 1), end=dt.date(r.start.year + hi, 12, 31),
                               qualifier="approx")


# decades in words; "twenties" is left out: the 1920s or this decade, which the words do not tell
DECADE_WORDS = {"thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
                "nineties": 90, "noughties": 0, "aughts": 0}


@form("decade_words", rf"(?:the\s)?(?:(?P<part>early|mid|late)\s?-?\s?)?(?P<w>{'|'.join(DECADE_WORDS)})")
def _decade_words(g, pub):
    """'the seventies' -> the latest such decade before the published year, as "the '70s"; 'the late
    seventies' a third of it, approx."""
    return _decade({**g, "c": None, "d": None, "d2": str(DECADE_WORDS[g["w"]] // 10)}, pub)


def _decade_years(g, pub):
    if g["d2"]:  # "the '90s": the latest such decade before the published year
        if pub is None:
            return None
        start = (pub.year // 100) * 100 + 10 * int(g["d2"])
        start -= 100 if start > pub.year else 0
    else:
        start = int(g["c"]) * 100 + 10 * int(g["d"])
    return cal.Reading(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "year")


@form("period_part", rf"(?P<part>early|mid|late|beginning\sof|start\sof|middle\sof|end\sof)\s(?:(?:the|this)\s|(?P<sh>{_SHIFT})\s)?(?P<u>year|month|week|quarter)")
def _period_part(g, pub):
    part = PART_OF[g["part"].split()[0]]
    r = cal.period(g["u"], SHIFT[g["sh"]] if g["sh"] else 0, pub)
    if r is None or not r.anchored:
        return cal.unanchored(g["u"], f"{g['part']} {(r.relative if r else '')}")
    return dataclasses.replace(cal.part_of(r, part), relative=r.relative)


@form("century", r"(?:(?P<part>early|mid|late)\s)?(?P<n>1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)\scentury")
def _century(g, pub):
    """'the 20th century' -> 1900-1999, as TimeML writes it (value '19'), not 1901-2000."""
    start = 100 * (int(g["n"]) - 1)
    r = Reading(dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31), "year")
    if g["part"]:  # "the early 20th century": its first, middle or last third
        third = {"early": 0, "mid": 1, "late": 2}[g["part"]]
        r = dataclasses.replace(r, start=dt.date(start + 33 * third + (third > 0), 1, 1),
                                end=dt.date(start + (33, 66, 99)[third], 12, 31), qualifier="approx")
    return r


@form("turn_of_century",
      r"turn\sof\s(?:the\s)?(?:(?P<n>1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)\s)?(?P<u>century|millennium)")
def _turn_of_century(g, pub):
    """'the turn of the century' -> the years either side of the last hundred begun before the published
    day (1999-2001 in a 2026 story; approx: how wide the turn is, copy does not say); 'the turn of the
    20th century' -> 1899-1901, the start of the century named; 'the millennium' -> 1999-2001."""
    if g["n"]:
        turn = 100 * (int(g["n"]) - 1)
    elif g["u"] == "millennium":
        turn = 2000 if pub is None or pub.year >= 2000 else 1000
    elif pub is not None:
        turn = pub.year // 100 * 100
    else:
        return None
    return Reading(dt.date(max(turn - 1, 1), 1, 1), dt.date(turn + 1, 12, 31), "year", qualifier="approx")


@form("century_shift", r"(?P<sh>this|current|last|previous|next)\scentury")
def _century_shift(g, pub):
    """'this century' -> the published year's hundred years (2000-2099, TimeML's '20'), 'last century'
    the hundred before ('the past century' is a span, not read here)."""
    if pub is None:
        return cal.unanchored("year", f"{SHIFT[g['sh']]:+d} century")
    start = 100 * (pub.year // 100 + SHIFT[g["sh"]])
    return Reading(dt.date(start, 1, 1), dt.date(start + 99, 12, 31), "year")


@form("decade_shift", r"(?P<later>later\s)?(?P<sh>this|current|next)\sdecade")
def _decade_shift(g, pub):
    """'this decade' -> the published year's ten years (2020-2029, TimeML's '202'), 'next decade' the
    ten after ('the last decade' and 'the past decade' are most often the ten years to now, a span, not
    read here); 'later this decade' the rest of it, from the published day."""
    if pub is None:
        return cal.unanchored("year", f"{SHIFT[g['sh']]:+d} decade")
    start = 10 * (pub.year // 10 + SHIFT[g["sh"]])
    end = dt.date(start + 9, 12, 31)
    if g["later"] and SHIFT[g["sh"]] == 0:
        return Reading(pub, end, "day", qualifier="approx")
    return Reading(dt.date(start, 1, 1), end, "year")


@form("year_words", r"(?P<c>19|20)\s(?P<x>\d\d)|2\sthousand(?:\sand)?\s(?P<z>\d{1,2})|(?:the\s)?year\s2\sthousand")
def _year_words(g, pub):
    """'twenty fifteen', 'two thousand and eight', 'the year two thousand'."""
    n = int(g["x"] or g["z"] or 0)
    return cal.year((int(g["c"]) * 100 if g["c"] else 2000) + n)


@form("quarter_compact", r"(?P<n>[1-4])(?P<k>[qh])\s?'?(?P<y>\d\d|\d{4})|(?P<k2>[qh])(?P<n2>[1-4])\s?'(?P<y2>\d\d)")
def _quarter_compact(g, pub):
    """Earnings shorthand: '3Q24', '1H25', "Q3 '24" -> that quarter or half (the year comes after it)."""
    n, kind = int(g["n"] or g["n2"]), g["k"] or g["k2"]
    y = cal.full_year(g["y"] or g["y2"])
    if kind == "h":
        return cal.half(y, n, pub) if n <= 2 else None
    return cal.quarter(y, n, pub)


@form("fiscal_split", r"(?:(?:fiscal|financial|tax|income|assessment)\s(?:year\s)?|fy\s?|ay\s?)"
                     r"(?P<y>19\d\d|20\d\d)\s?[-/]\s?(?P<y2>\d\d(?:\d\d)?)")
def _fiscal_split(g, pub):
    """'FY2024-25', 'AY 2025-26', 'tax year 2023-24', 'fiscal 2023/24': one fiscal year named by the
    two calendar years it spans; which months, the country's or the company's (`dates_fiscal`), so
    both years, approximately, as 'the 2022-23 fiscal year' (split_year)."""
    y, y2 = int(g["y"]), int(g["y2"])
    return _years(y, y + 1) if y2 in (y + 1, (y + 1) % 100) else None


@form("fiscal_year", rf"(?P<pre>fiscal|financial|fy|tax\syear|income\syear|assessment\syear)\s?(?:year\s)?"
                     rf"(?P<y>\d{{4}}|'?\d\d)"
                     rf"|(?P<sh>{_SHIFT}|new)\s(?:fiscal|financial)\syear")
def _fiscal_year(g, pub):
    """'fiscal 2019', 'FY24', 'this fiscal year': the calendar year of that name, approximately, since
    whose fiscal year it is (October-September, April-March...) the phrase does not say. TimeML
    annotators write such years as FY2019; claimkit's contract holds ISO days, so the calendar year
    stands in for it, marked approx."""
    if g["sh"]:  # "the new financial year": the one whose start is nearest, once the story tells its months
        r = cal.period("year", SHIFT.get(g["sh"], 0), pub)
    else:
        if (len(g["y"].strip("'")) == 2 and g["pre"] != "fy") or (g["pre"].endswith("year") and len(g["y"]) != 4):
            return None  # "fiscal 24" is no year we know; "FY24" is
        r = cal.year(cal.full_year(g["y"]))  # type: ignore[arg-type]
    return None if r is None else dataclasses.replace(r, qualifier="approx")


_Q = r"(?P<q>[1-4])(?:st|nd|rd|th)?\squarter|q(?P<qq>[1-4])|h(?P<h>[12])|(?P<hh>[12])(?:st|nd)\shalf|(?P<lh>latter|back|front)\shalf|(?P<fq>final|last)\squarter"
_HALF_WORDS = {"latter": 2, "back": 2, "front": 1}


@form("quarter", rf"(?:(?P<y>\d{{4}})\s?-?\s?)?(?:{_Q})(?:\s?(?:of\s|in\s|-)?\s?"
                 rf"(?:(?:fiscal\s(?:year\s)?)?(?P<y2>\d{{4}})|fy\s?'?(?P<fy>\d\d)|(?P<sh>this|next|last)\syear))?")
def _quarter(g, pub):
    """'the third quarter of 2024', 'Q4', 'the second half of this year'; 'the first half of fiscal
    2026', 'the second quarter of FY26' are read as the calendar's, which `dates_fiscal` moves into the
    story's fiscal year (or drops, where the story tells none)."""
    y = _int(g, "y") or _int(g, "y2") or cal.full_year(g["fy"])
    if y is None and g["sh"]:
        if pub is None:
            return cal.unanchored("quarter", f"{SHIFT[g['sh']]:+d} year")
        y = pub.year + SHIFT[g["sh"]]
    if g["fq"]:  # "the final (last) quarter of 2023": the fourth; alone, "the final quarter" is a game's,
        # "last quarter" the one before this (`period_shift`)
        return cal.quarter(y, 4, pub) if g["y"] or g["y2"] or g["sh"] else None
    if g["lh"]:  # "the back half of 2023", "the latter half": the second half
        return cal.half(y, _HALF_WORDS[g["lh"]], pub)
    if g["h"] or g["hh"]:
        return cal.half(y, int(g["h"] or g["hh"]), pub)
    return cal.quarter(y, int(g["q"] or g["qq"]), pub)


_ENDED = {"quarter": 3, "half": 6, "half-year": 6, "half year": 6, "year": 12, "fiscal year": 12,
          "financial year": 12, "month": 1}


@form("period_ended", r"(?:same\s)?(?:(?P<u>quarter|half(?:-|\s)year|half|year|fiscal\syear|financial\syear|month|week"
                      r"|fortnight)|(?P<n>[1-9]|1[0-2])\smonths|(?P<nd>[1-9]\d?)\sdays|(?P<nw>[1-9]\d?)\sweeks)"
                      r"\s(?:that\s)?(?P<how>ended|ending|to|through)\s(?P<rest>.+)")
def _period_ended(g, pub):
    """'the quarter ended Sept. 30', 'the six months to June', 'the year ending March 31', 'the 13 weeks
    ended Jan. 28', 'the half-year ended 31 December': the period of that many months, weeks or days
    that closes with the date, as earnings copy means it (TimeML annotates the whole phrase as one
    date whose value is that period); the date's borrowed year stays open to the clause's tense,
    except after "ended", which puts the end behind the published day ('the half-year ended 31
    December' in a February story is last year's)."""
    end = read_leaf(g["rest"], pub)
    if end is None or end.end is None or end.granularity not in ("day", "month"):
        return None
    if g["how"] == "ended" and end.year_from_published and pub is not None and end.end > pub:
        end = dataclasses.replace(end, start=_a_year_back(end.start), end=_a_year_back(end.end),
                                  year_from_published=False)
    days = {"week": 7, "fortnight": 14}.get(g["u"] or "") or int(g["nd"] or 0) or 7 * int(g["nw"] or 0)
    if days:  # "the week to Feb. 20", "the seven days to Sunday", "the fortnight to Friday": the days closing with it;
        # "the 13 weeks ended Jan. 28", "the 26 weeks to 31 August": a retailer's quarter or half, in whole weeks
        if end.granularity != "day":
            return None
        start = end.end - (days - 1) * cal.DAY
        gran = "week" if days == 7 else "year" if days >= 364 else "quarter" if days >= 91 else "day"
        return dataclasses.replace(end, start=start, granularity=gran)
    months = _ENDED[g["u"]] if g["u"] else int(g["n"])
    start = cal.add_months(end.end + cal.DAY, -months)  # Sept. 30 -> July 1; "Sept. 27" (13 weeks) -> June 28
    gran = "year" if months == 12 else "month" if months == 1 else "quarter"
    return Reading(start, end.end, gran, year_known=end.year_known, year_from_published=end.year_from_published)


def _a_year_back(day: dt.date | None) -> dt.date | None:
    return None if day is None else cal.add_months(day, -12)


@form("month_quarter", rf"(?P<mon>{_MON})\s(?P<u>quarter|half)")
def _month_quarter(g, pub):
    """'the December quarter', 'the June half': the quarter or half that closes with that month, as
    company results name a period (Apple's 'December quarter' is October-December)."""
    month = read_leaf(g["mon"], pub)
    if month is None or month.end is None or month.granularity != "month":
        return None
    start = cal.add_months(month.end + cal.DAY, -_ENDED[g["u"]])
    return Reading(start, month.end, "quarter", year_known=month.year_known,
                   year_from_published=month.year_from_published)


_FIRST_LAST = {"1st": 1, "first": 1, "last": -1, "final": -1, "closing": -1, "opening": 1}


@form("first_units_of", r"(?P<fl>1st|first|opening|last|final|closing)\s(?P<n>\d{1,3})\s(?P<u>days|weeks|months)"
                        r"\sof\s(?P<rest>.+)")
def _first_units_of(g, pub):
    """'the first nine months of 2023', 'the last three months of the year': that part of the
    period named, as earnings copy reports it (TimeML: one date, the part)."""
    rest = cal.period("year", 0, pub) if g["rest"] in ("the year", "year") else read_leaf(g["rest"], pub)
    if rest is None or rest.start is None or rest.end is None or rest.granularity not in ("year", "quarter", "month"):
        return None
    n, unit = int(g["n"]), UNITS[g["u"]]
    if unit == "month":
        step = lambda d, k: cal.add_months(d, k)  # noqa: E731
    else:
        days = {"day": 1, "week": 7}[unit]
        step = lambda d, k: d + k * days * cal.DAY  # noqa: E731
    if _FIRST_LAST[g["fl"]] == 1:
        start, end = rest.start, step(rest.start, n) - cal.DAY
    else:
        start, end = step(rest.end + cal.DAY, -n), rest.end
    if end > rest.end or start < rest.start or (start, end) == (rest.start, rest.end):
        return None  # "the first 14 months of 2023" is no part of it
    gran = "month" if unit == "month" else "day"
    return dataclasses.replace(rest, start=start, end=end, granularity=gran, relative=rest.relative)


@form("to_date", r"(?:the\s)?(?P<u>year|month|quarter)[\s-]to[\s-]date|(?P<abbr>ytd|mtd|qtd)")
def _to_date(g, pub):
    """'year to date', 'YTD', 'month-to-date': from the period's first day to the published date
    (TimeML: a period ending at the document time)."""
    unit = g["u"] or {"ytd": "year", "mtd": "month", "qtd": "quarter"}[g["abbr"]]
    r = cal.period(unit, 0, pub)
    if r is None or not r.anchored or r.start is None or pub is None:
        return None
    return dataclasses.replace(r, end=pub, granularity="day", relative=f"{unit} to date")


@form("possessive_year_period", r"(?P<y>\d{4})\s?'s\s(?:(?P<n>[1-4])(?:st|nd|rd|th)|(?P<fin>final|last))\s(?P<u>quarter|half)")
def _possessive_year_period(g, pub):
    """'2023's final quarter', '2024's 1st half': the period of the year named before it."""
    y = int(g["y"])
    if g["u"] == "half":
        n = 2 if g["fin"] else int(g["n"])
        return cal.half(y, n, pub) if n <= 2 else None
    return cal.quarter(y, 4 if g["fin"] else int(g["n"]), pub)


@form("year_ago_period", r"(?:the\s)?year\s?-?\s?(?:ago|earlier)\s(?P<u>quarter|period|half)")
def _year_ago_period(g, pub):
    """'the year-ago quarter': a year before the period the sentence reports, which `date` finds."""
    return cal.unanchored("quarter", f"-1 year {g['u']}")


_THIS_COMING = r"(?:this\s(?=(?:up)?coming\s))?"  # "this coming Saturday": "this" adds nothing to "coming"
AHEAD = frozenset({"coming", "upcoming"})  # the first one still ahead, this week's when it is


@form("period_shift", rf"{_THIS_COMING}(?P<sh>{_SHIFT})\s(?:calendar\s)?(?P<u>week|weekend|month|quarter|year)")
def _period(g, pub):
    if g["sh"] in AHEAD and g["u"] == "weekend" and pub is not None:
        return cal.period("weekend", 0 if pub.weekday() < 5 else 1, pub)  # "this coming weekend" on a Wednesday
    return cal.period(g["u"], SHIFT[g["sh"]], pub)


@form("period_two_away",
      rf"(?:the\s)?(?:(?P<u>week|weekend|month|quarter|year)|(?P<wd>{_WD}))\s(?P<dir>after\snext|before\slast)")
def _period_two_away(g, pub):
    """'the week after next', 'the month before last': two of the unit away; 'the Sunday after next' a
    week after the coming Sunday, 'the Friday before last' a week before last Friday."""
    if g["wd"]:
        wd = WEEKDAYS.get(g["wd"].rstrip("."))
        if wd is None:
            return None
        ahead = g["dir"].startswith("after")
        rel = f"{'+2' if ahead else '-2'} week {calendar.day_name[wd].lower()}"
        if pub is None:
            return cal.unanchored("day", rel)
        d = cal.next_weekday(wd, pub) + 7 * cal.DAY if ahead else cal.weekday(wd, -1, pub).start - 7 * cal.DAY
        return Reading(d, d, "day", relative=rel)
    return cal.period(g["u"], 2 if g["dir"].startswith("after") else -2, pub)


@form("relative_day", r"(?P<w>today|tonight|tonite|tomorrow|yesterday|otd)(?:\s(?:morning|afternoon|evening|night))?|(?P<p>this|last|tomorrow|yesterday)\s(?P<pod>morning|afternoon|evening|night)|(?:end\sof\s)(?:the\s)?(?P<w2>today|tomorrow|day)|(?:the\s)?(?P<bef>day\s(?:before\syesterday|after\stomorrow)|night\sbefore\slast)")
def _relday(g, pub):
    w = g["w"] or g["w2"] or g["p"]
    if g["bef"]:
        off = -2 if "before" in g["bef"] else 2  # "the night before last": two days back
    elif w in ("tomorrow",):
        off = 1
    elif w == "yesterday" or (w == "last" and g["pod"] == "night"):
        off = -1
    else:
        off = 0
    return cal.offset(off, "day", pub)


@form("day_shift",
      r"(?:the\s)?(?P<sh>next|following|previous|preceding|prior)\s(?:day|morning|afternoon|evening|night)")
def _day_shift(g, pub):
    """'the next day', 'the previous day', 'the following morning': a day counted from the one the
    narration last named (the temporal focus, `dates_anchor.counted_from_the_focus`), never from the
    published one."""
    return cal.unanchored("day", f"{1 if g['sh'] in ('next', 'following') else -1:+d} day from the event")


@form("same_period", r"(?:that|(?:the\s)?same)\s(?P<u>year|month|week|day)")
def _same_period(g, pub):
    """'that year', 'the same month', 'later that day': the period the narration last named (the temporal
    focus, `dates_anchor.counted_from_the_focus`); with none it is no date."""
    return cal.unanchored(g["u"], f"+0 {g['u']} from the event")


@form("weekday", rf"(?:end\sof\s)?{_THIS_COMING}(?P<sh>{_SHIFT})?\s?(?P<wd>{_WD})(?:\s(?:morning|afternoon|evening|night))?(?:\s(?:of\s|on\s)?(?P<wsh>{_SHIFT})\sweek)?|(?P<wsh2>{_SHIFT})\sweek\s?(?:on\s|-\s)?(?P<wd2>{_WD})")
def _weekday(g, pub):
    wd = WEEKDAYS.get((g["wd"] or g["wd2"]).rstrip("."))
    if wd is None:
        return None
    if g["wsh"] or g["wsh2"]:
        return cal.weekday_in_week(wd, SHIFT[g["wsh"] or g["wsh2"]], pub)
    if g["sh"] in AHEAD and pub is not None:  # "the coming Thursday" said on a Tuesday: this week's
        d = cal.next_weekday(wd, pub)
        return Reading(d, d, "day", relative=f"+1 {calendar.day_name[wd].lower()}")
    if g["sh"] and SHIFT[g["sh"]] == -1 and pub is not None and pub.weekday() == 6:
        # "last Friday" in a Sunday's story is two days before, not nine: the week just ended, as a
        # calendar whose weeks start on Sunday counts it
        d = cal.weekday(wd, None, pub - cal.DAY).start
        return Reading(d, d, "day", relative=f"-1 week {calendar.day_name[wd].lower()}")
    return cal.weekday(wd, SHIFT[g["sh"]] if g["sh"] else None, pub)


@form("week_after_a_day", rf"(?P<wd>{_WD})\s(?P<u1>week|fortnight)"
                          rf"|(?P<tw>tomorrow|today|this\sday)\s(?P<u2>week|fortnight)"
                          rf"|a\s(?P<u3>week|fortnight)\s(?:(?P<tw2>tomorrow|today)"
                          rf"|(?:(?:on|from)\s)?(?P<wd2>{_WD}|tomorrow))")
def _week_after_a_day(g, pub):
    """British 'Monday week', 'a week on Monday', 'a week from Friday', 'a week Friday': seven days
    after the coming such day; 'tomorrow week', 'a week tomorrow', 'a week from tomorrow': eight days on; 'a week
    today', 'today week', 'this day week': seven; a fortnight ('a fortnight tomorrow', 'Friday
    fortnight', 'a fortnight today') fourteen days after the day."""
    weeks = 2 if "fortnight" in (g["u1"], g["u2"], g["u3"]) else 1
    return _weeks_after(weeks, g["tw"] or g["tw2"] or (g["wd"] or g["wd2"] or "").rstrip("."), pub)


def _weeks_after(weeks: int, word: str, pub: dt.date | None) -> Reading | None:
    """`weeks` weeks after the day `word` names: the published day ('today', 'this day'), the day
    after it ('tomorrow'), or the coming such weekday (abbreviations included)."""
    if word in ("today", "this day"):
        first = pub
        rel = f"+{7 * weeks} day"
    elif word == "tomorrow":
        first = None if pub is None else pub + cal.DAY
        rel = f"+{7 * weeks + 1} day"
    else:
        wd = WEEKDAYS.get(word)
        if wd is None:
            return None
        first = None if pub is None else cal.next_weekday(wd, pub)
        rel = f"+{weeks} week {calendar.day_name[wd].lower()}"
    if first is None:
        return cal.unanchored("day", rel)
    d = first + 7 * weeks * cal.DAY
    return Reading(d, d, "day", relative=rel)


@form("weekday_next", rf"(?P<wd>{_WD})\snext")
def _weekday_next(g, pub):
    """'Monday next', 'by Tuesday next' of court lists and Commonwealth copy: the coming such day (a
    court 'adjourned to Monday next' sits on the first Monday after the day it rose), not a week later."""
    return _nearest_weekday(g, pub, ahead=True)


@form("weekday_just_gone", rf"this\spast\s(?P<wd>{_WD})")
def _weekday_just_gone(g, pub):
    """American 'this past Monday': the latest such day before the published one (not last week's,
    as 'past Monday' alone would be read)."""
    return _nearest_weekday(g, pub, ahead=False)


def _nearest_weekday(g, pub, ahead: bool) -> Reading | None:
    """The first such weekday after the published day, or the last one before it (a week away when
    the published day is one)."""
    wd = WEEKDAYS.get(g["wd"].rstrip("."))
    if wd is None:
        return None
    rel = f"{'+' if ahead else '-'}1 {calendar.day_name[wd].lower()}"
    if pub is None:
        return cal.unanchored("day", rel)
    d = cal.next_weekday(wd, pub) if ahead else cal.previous_weekday(wd, pub)
    return Reading(d, d, "day", relative=rel)


@form("weeks_after_a_day", rf"(?P<n>[2-4])\sweeks\s(?:(?P<tw>today|tomorrow)|(?:on|from)\s(?P<wd>{_WD}))")
def _weeks_after_a_day(g, pub):
    """British 'two weeks today', 'three weeks tomorrow', 'two weeks on Friday', and 'three weeks from
    Friday': that many weeks after the day named, as 'a week today' is one (`_weeks_after`)."""
    return _weeks_after(int(g["n"]), g["tw"] or g["wd"].rstrip("."), pub)


@form("week_before_a_day", rf"a\s(?P<u>week|fortnight)\slast\s(?P<wd>{_WD})")
def _week_before_a_day(g, pub):
    """British 'a week last Tuesday', 'a fortnight last Friday': that many days before last such day."""
    wd = WEEKDAYS.get(g["wd"].rstrip("."))
    days = 14 if g["u"] == "fortnight" else 7
    if wd is None:
        return None
    if pub is None:
        return cal.unanchored("day", f"-{days // 7 + 1} week {calendar.day_name[wd].lower()}")
    last = cal.weekday(wd, -1, pub)
    if last.start is None:
        return None
    d = last.start - days * cal.DAY
    return Reading(d, d, "day", relative=f"-{days // 7 + 1} week {calendar.day_name[wd].lower()}")


@form("weekdays_from_now", rf"(?P<n>[1-9])\s(?P<wd>{_WD})s\s(?:from\s(?:now|today)|later)")
def _weekdays_from_now(g, pub):
    """'two Sundays from now': the second Sunday after the published day."""
    wd = WEEKDAYS.get(g["wd"].rstrip(".") + ("day" if len(g["wd"]) == 3 else ""))
    if wd is None or pub is None:
        return None if wd is None else cal.unanchored("day", f"+{g['n']} {g['wd']}")
    first = cal.next_weekday(wd, pub)
    d = first + 7 * (int(g["n"]) - 1) * cal.DAY
    return Reading(d, d, "day", relative=f"+{g['n']} {g['wd']}")


@form("weekday_day", rf"(?P<wd>{_WD})\s{_DAY}")
def _weekday_day(g, pub):
    wd = WEEKDAYS.get(g["wd"].rstrip("."))
    return None if wd is None else cal.weekday_day(wd, int(g["d"]), pub)


@form("weekday_numeric", rf"(?P<wd>{_WD}),?\s(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})")
def _weekday_numeric(g, pub):
    """'Friday 12/11', 'wed 5/11': a day written in figures after its weekday, which tells the order
    (month first or day first) and the year: of the readings within a year of the published day,
    the nearest whose weekday is the one named; none if neither order has it."""
    wd = WEEKDAYS.get(g["wd"].rstrip("."))
    if wd is None or pub is None:
        return None
    a, b = int(g["a"]), int(g["b"])
    days = []
    for month, day in {(a, b), (b, a)}:
        for year in (pub.year - 1, pub.year, pub.year + 1):
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            if d.weekday() == wd and abs((d - pub).days) <= 366:
                days.append((abs((d - pub).days), d))
    if not days:
        return None
    d = min(days)[1]
    return Reading(d, d, "day")


@form("nth_weekend", rf"(?P<n>[1-4](?:st|nd|rd|th)|last|final)\sweekend\s(?:of|in)\s(?P<mon>{_MON})(?:,?\s(?P<y>\d{{4}}))?")
def _nth_weekend(g, pub):
    """'the first weekend of February': its first Saturday and the Sunday after; 'the final weekend
    of May' its last Saturday and the Sunday after (which may fall in June)."""
    n = -1 if g["n"] in ("last", "final") else int(g["n"][0])
    sat = cal.nth_weekday(n, 5, 0, _mon(g), _int(g, "y"), pub)
    return None if sat is None or sat.end is None else dataclasses.replace(sat, end=sat.end + cal.DAY)


@form("nth_weekday", rf"(?P<n>[1-5](?:st|nd|rd|th)|last)\s(?P<wd>{_WD})(?:\s(?:of|in)\s(?:(?P<sh>{_SHIFT})\smonth|(?P<mon>{_MON})(?:\s(?P<y>\d{{4}}))?))?")
def _nth_weekday(g, pub):
    wd = WEEKDAYS.get(g["wd"].rstrip("."))
    n = -1 if g["n"] == "last" else int(g["n"][0])
    if wd is None:
        return None
    return cal.nth_weekday(n, wd, SHIFT[g["sh"]] if g["sh"] else 0, _mon(g) if g["mon"] else None, _int(g, "y"), pub)


@form("nth_day", rf"(?P<n>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\sday\s(?:of|in)\s(?P<mon>{_MON})(?:,?\s(?P<y>\d{{4}}))?"
                 rf"|last\sday\s(?:of|in)\s(?P<mon2>{_MON})(?:,?\s(?P<y2>\d{{4}}))?"
                 rf"|(?P<fl>1st|last)\sday\sof\s(?:the\s|(?P<sh>{_SHIFT})\s)?(?P<u>year|month|quarter)")
def _nth_day(g, pub):
    """'the second day of March' -> March 2; 'the last day of June 2019' -> 2019-06-30; 'the last
    day of the year', 'the first day of next month' -> that day of the period."""
    if g["u"]:
        r = cal.period(g["u"], SHIFT[g["sh"]] if g["sh"] else 0, pub)
        if r is None or not r.anchored or r.start is None or r.end is None:
            return None
        d = r.start if g["fl"] == "1st" else r.end
        return dataclasses.replace(r, start=d, end=d, granularity="day")
    if g["mon2"]:
        r = cal.month(_int(g, "y2"), _mon(g, "mon2"), pub)
        return None if r is None else dataclasses.replace(r, start=r.end, granularity="day")
    return cal.day(_int(g, "y"), _mon(g), int(g["n"]), pub)


@form("business_day", rf"(?P<n>1st|2nd|3rd|last)\s(?:business|working)\sday\s(?:of|in)\s"
                      rf"(?:(?P<mon>{_MON})(?:,?\s(?P<y>\d{{4}}))?|(?:the\s|(?P<sh>{_SHIFT})\s)?month)")
def _business_day(g, pub):
    """'the first business day of February', 'the last working day of the month': that weekday of
    the month, Saturdays and Sundays skipped (a holiday the calendar of the place would skip is not)."""
    n = -1 if g["n"] == "last" else int(g["n"][0])
    return cal.nth_weekday(n, cal.BUSINESS_DAY, SHIFT[g["sh"]] if g["sh"] else 0, _mon(g) if g["mon"] else None,
                           _int(g, "y"), pub)


@form("day_of_month", r"(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:\sof\s(?:this\s)?month)?")
def _day_of_month(g, pub):
    """'on the 15th', 'by the 1st of the month': that day of the published month, which `date`
    moves a month by the clause's tense ('he left on the 15th' in a story of the 10th is last
    month's), as TIDES resolves a day without a month: the nearest in the tense's direction."""
    if pub is None:
        return None
    d = dt.date(pub.year, pub.month, int(g["d"]))
    return Reading(d, d, "day", year_from_published=True)  # and the month too


@form("day_of_month_shift", rf"{_DAY}\s(?:of\s|in\s)?(?P<sh>{_SHIFT})\smonth")
def _day_of_shift(g, pub):
    return cal.day_in_month_shift(int(g["d"]), SHIFT[g["sh"]], pub)


@form("week_number", r"(?:week|w)\s?(?P<n>\d{1,2})(?:\s(?:of\s)?(?P<y>\d{4}))?")
def _week_number(g, pub):
    return cal.iso_week(int(g["n"]), _int(g, "y"), pub)


@form("nth_week", rf"(?P<n>[1-5](?:st|nd|rd|th)|last|final)\sweek\s(?:of|in)\s(?:(?P<y>\d{{4}})|(?P<sh>{_SHIFT})\smonth"
                  rf"|(?P<mon>{_MON})(?:,?\s(?P<my>\d{{4}}))?)")
def _nth_week(g, pub):
    """'the first week of May 2021' (its year, not the published one), 'the last week of June'."""
    n = -1 if g["n"] in ("last", "final") else int(g["n"][0])
    return cal.nth_week(n, _int(g, "y"), SHIFT[g["sh"]] if g["sh"] else None, _mon(g) if g["mon"] else None, pub,
                        month_year=_int(g, "my"))


@form("rest_of", r"(?:rest|remainder|remaining)\s(?:of\s)?(?:my\s|this\s|current\s|the\s)?(?P<u>week|month|year)")
def _rest_of(g, pub):
    return cal.rest_of(g["u"], pub)


_N = r"(?P<n>\d{1,3}|a|an|a\scouple\sof)"  # "a couple of days ago": two
_U = r"(?P<u>days?|weeks?|fortnights?|months?|years?|yrs?|hours?|minutes?|mins?|decades?|centur(?:y|ies))"
# decades and centuries count in years ("two decades ago" is 20 years ago, read as "20 years ago" is)
_YEARS_IN = {"decade": 10, "decades": 10, "century": 100, "centuries": 100}


def _n_unit(g: dict) -> tuple[int, str]:
    n = 1 if g["n"] in ("a", "an") else 2 if g["n"].startswith("a couple") else int(g["n"])
    if g["u"] in _YEARS_IN:
        return n * _YEARS_IN[g["u"]], "year"
    if g["u"].startswith("fortnight"):
        return 2 * n, "week"  # "in a fortnight": two weeks
    return n, UNITS[g["u"]]


@form("offset_in", rf"(?:in|within)\s{_N}\s{_U}")
@form("offset", rf"{_N}\s{_U}\s(?P<dir>ago|earlier|before|later|hence|from\snow|from\stoday|after\stoday|from\stomorrow|from\syesterday)")
def _offset(g, pub):
    n, unit = _n_unit(g)
    d = g.get("dir") or "in"
    sign = -1 if d in ("ago", "earlier", "before") else 1
    base = 1 if d == "from tomorrow" else -1 if d == "from yesterday" else 0
    if unit in ("hour", "minute"):  # a time of day is kept to its day
        return cal.offset(0, "day", pub, relative=f"{sign * n:+d} {unit}")
    if d in ("later", "earlier", "before"):  # "two weeks earlier" counts from the story's event, not from `pub`
        return cal.unanchored("day", f"{sign * n:+d} {unit} from the event")
    if d == "ago" and unit in ("month", "year"):  # TIDES: "three years ago" is the year, "six months ago" the month
        return cal.period_back(n, unit, pub)
    if d in ("from now", "hence") and unit in ("month", "year"):  # ... and "two years from now" the year
        return cal.period_back(-n, unit, pub)
    return cal.offset(sign * n, unit, pub, base_days=base)


@form("fraction_ago", r"(?P<frac>half\s(?:a|an)|a\squarter\sof\sa|three\squarters\sof\sa)\s(?P<u>decade|century)\sago")
def _fraction_ago(g, pub):
    """'half a century ago' -> the year fifty years back, 'a quarter of a century ago' twenty-five (TIDES:
    "N years ago" is the year)."""
    part = 0.5 if g["frac"].startswith("half") else 0.75 if g["frac"].startswith("three") else 0.25
    years = part * (100 if g["u"] == "century" else 10)
    return cal.period_back(int(years), "year", pub) if years == int(years) else None


@form("span", rf"(?P<sh>next|coming|following|upcoming|last|previous|past)\s{_N}\s?{_U}")
def _span(g, pub):
    n, unit = _n_unit(g)
    return None if unit in ("hour", "minute") else cal.span(SHIFT[g["sh"]] * n, unit, pub)


_HOLIDAY = "|".join(r"\s".join(map(re.escape, n.split())) for n in dates_holidays.NAMES)


@form("holiday", rf"(?:(?P<pre>last|this|next)\s)?(?P<h>{_HOLIDAY})(?:\s?,?\s?(?:of\s|in\s)?(?:(?P<y>\d{{4}})|(?P<sh>this|next|last)\syear))?")
def _holiday(g, pub):
    y = _int(g, "y")
    if g["pre"] and not (y or g["sh"]):
        return _shifted_holiday(g["h"], g["pre"], pub)
    if g["sh"]:
        if pub is None:
            return cal.unanchored("day", f"{g['h']} {SHIFT[g['sh']]:+d} year")
        y = pub.year + SHIFT[g["sh"]]
    return dates_holidays.holiday(g["h"], y, pub)


def _shifted_holiday(name: str, shift: str, pub: dt.date | None) -> Reading | None:
    """'last Easter' -> the most recent Easter before the published day, 'next Christmas' the first after
    it, 'this Christmas' the published year's."""
    if pub is None:
        return cal.unanchored("day", f"{name} {shift}")
    r = dates_holidays.holiday(name, pub.year, pub)
    if r is None or r.start is None or shift == "this":
        return r
    if shift == "last" and (r.end or r.start) >= pub or shift == "next" and r.start <= pub:  # a Ramadan under way
        return dates_holidays.holiday(name, pub.year + (1 if shift == "next" else -1), pub)
    return r


@form("holiday_weekend", rf"(?P<h>{_HOLIDAY})(?:\s(?P<y>\d{{4}}))?\s(?:holiday\s|(?P<long>long)\s)?weekend"
                         rf"(?:,?\s(?:of\s)?(?P<y2>\d{{4}}))?")
def _holiday_weekend(g, pub):
    """'Memorial Day weekend', 'Thanksgiving weekend 2023', 'the Anzac Day long weekend': the long
    weekend the feast makes, from the Saturday before a Monday or Tuesday feast, to the Sunday after a
    Thursday or Friday one (approx: which days it takes in is custom, not calendar). Easter's runs
    from Good Friday to Easter Sunday, its "long weekend" to Easter Monday, as the countries that keep
    both as holidays count it. A Wednesday feast has no weekend of its own."""
    r = dates_holidays.holiday(g["h"], _int(g, "y") or _int(g, "y2"), pub)
    if r is None or r.start is None or r.granularity != "day":
        return None
    day = r.start
    wd = day.weekday()
    if dates_holidays.ALIASES.get(g["h"], g["h"]) in ("easter", "easter sunday", "orthodox easter"):
        start, end = day - 2 * cal.DAY, day + cal.DAY if g["long"] else day
    elif wd in (0, 1):
        start, end = day - (wd + 2) * cal.DAY, day
    elif wd in (3, 4):
        start, end = day, day + (6 - wd) * cal.DAY
    elif wd in (5, 6):
        start, end = day - (wd - 5) * cal.DAY, day + (6 - wd) * cal.DAY
    else:
        return None
    return dataclasses.replace(r, start=start, end=end, qualifier="approx")


@form("weekend", r"(?:my\s|this\s)?weekend")
def _weekend(g, pub):
    return cal.period("weekend", 0, pub)


@form("week_of", r"(?:the\s)?week\s(?P<how>of|starting|beginning|commencing)\s(?P<rest>.+)")
def _week_of(g, pub):
    """'the week of March 9': the week (Monday to Sunday) that holds it; 'the week starting March 11'
    and 'the week of March 22' when March 22 is a Sunday (where weeks start on Sundays, no one names a
    week by its last day): the seven days from it."""
    inner = read_leaf(g["rest"], pub)
    if inner is None or inner.granularity != "day":
        return None
    if inner.start is None:  # "the week of Monday" in an undated text: a week not placed, as its day is not
        return cal.unanchored("week", f"week of {inner.relative}")
    if g["how"] != "of" or inner.start.weekday() == 6:
        return dataclasses.replace(inner, end=inner.start + 6 * cal.DAY, granularity="week")
    return cal.week_containing(inner)


# "may 17-18", "may 17-18, 2025", "21st-22nd": the first day, and the year told once (bounded: no backtracking)
_FIRST_OF_TWO_DAYS = re.compile(
    r"(?P<first>(?:[a-z]{3,9}\.?\s)?\d{1,2})(?:st|nd|rd|th)?\s?-\s?\d{1,2}(?:st|nd|rd|th)?(?P<year>,?\s\d{4})?")


@form("weekend_of", r"weekend\s(?:of|starting|beginning)\s(?P<rest>.+)")
def _weekend_of(g, pub):
    """'the weekend of June 21', 'the weekend of May 17-18': the Saturday and Sunday nearest the day
    (a Friday's weekend is the one after it, a Monday's the one before)."""
    two = _FIRST_OF_TWO_DAYS.fullmatch(g["rest"])
    inner = read_leaf(two["first"] + (two["year"] or "") if two else g["rest"], pub)
    if inner is None or inner.granularity != "day" or inner.start is None or inner.start != inner.end:
        return None
    saturday = inner.start + ((5 - inner.start.weekday() + 3) % 7 - 3) * cal.DAY
    return dataclasses.replace(inner, start=saturday, end=saturday + cal.DAY, relative=None, feast=None, nth=None)


_WD_PREFIX = re.compile(rf"{_WD},?\s(?P<rest>.*\d.*)")


def read_leaf(text: str, pub: dt.date | None) -> Reading | None:
    m = _WD_PREFIX.fullmatch(text)  # "Friday 2018-7-6": the weekday adds nothing
    if m and m["rest"].split()[0] not in ("of", "next", "this", "last"):
        r = read_leaf(m["rest"], pub)
        if r is not None and r.granularity == "day" and r.anchored and r.rule != "weekday_day" \
                and not r.year_from_published:  # a borrowed year the weekday may correct: "Sat, Aug 9"
            return r
    for name, rx, fn in _FORMS:
        m = rx.fullmatch(text)
        if m:
            try:
                r = fn(m.groupdict(), pub)
            except (ValueError, OverflowError):
                r = None
            if r is not None:
                return cal.with_rule(r, name)
    return None
