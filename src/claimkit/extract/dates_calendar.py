"""Calendar arithmetic for date phrases: fields + published date -> `Reading`.

Weeks run Monday-Sunday (ISO). A year taken from nowhere is stored as 2000 (a
leap year, so "Feb 29" survives) with `year_known=False`; a relative date with
no published date has no start or end at all.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

YEARLESS = 2000
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Reading:
    """What a date phrase says: [start, end] inclusive, or only its offset when unanchored."""

    start: dt.date | None
    end: dt.date | None
    granularity: str
    year_known: bool = True
    year_from_published: bool = False  # "April 21" in a dated story: the year is a guess the clause may correct
    anchored: bool = True
    relative: str | None = None
    qualifier: str = "exact"
    rule: str = ""
    feast: str | None = None  # a feast whose day moves from year to year ("Easter"): moved, it is worked out again
    nth: tuple[int, int] | None = None  # (n, weekday) of "the first Saturday of May" (n -1: the last): likewise


def with_rule(r: Reading, rule: str) -> Reading:
    return r if r.rule else dataclasses.replace(r, rule=rule)


def with_qualifier(r: Reading, qualifier: str) -> Reading:
    return dataclasses.replace(r, qualifier=qualifier)


def unanchored(granularity: str, relative: str) -> Reading:
    """'last month' with no published date: kept, never placed on the calendar."""
    return Reading(None, None, granularity, year_known=False, anchored=False, relative=relative)


def full_year(text: str | None) -> int | None:
    """'2016' -> 2016, '87' -> 1987, '07' -> 2007 (two digits up to 29 are this century)."""
    if not text:
        return None
    n = int(text.strip("'"))
    if len(text.strip("'")) == 4:
        return n
    return 2000 + n if n <= 29 else 1900 + n


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, _last_day(y, m + 1)))


def _year_of(y: int | None, pub: dt.date | None) -> tuple[int, dict[str, bool]]:
    """'April 21' takes its year from the published date, else the placeholder year; the second
    item is the Reading's year fields."""
    if y is not None:
        return y, {"year_known": True}
    if pub is not None:
        return pub.year, {"year_known": True, "year_from_published": True}
    return YEARLESS, {"year_known": False}


def day(y: int | None, m: int | None, d: int, pub: dt.date | None) -> Reading | None:
    if m is None:
        return None
    y, year = _year_of(y, pub)
    x = dt.date(y, m, d)
    return Reading(x, x, "day", **year)


def month(y: int | None, m: int | None, pub: dt.date | None) -> Reading | None:
    if m is None:
        return None
    y, year = _year_of(y, pub)
    return Reading(dt.date(y, m, 1), dt.date(y, m, _last_day(y, m)), "month", **year)


def year(y: int) -> Reading:
    return Reading(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def part_of(r: Reading, part: int) -> Reading:
    """early/mid/late: days 1-10, 11-20, 21-end of a month; Jan-Apr, May-Aug, Sep-Dec of a year;
    the first, second or third month of a quarter; Monday-Tuesday, Wednesday-Thursday, Friday-Sunday of a week."""
    assert r.start is not None and r.end is not None
    if r.granularity == "week":
        s = r.start + 2 * part * DAY
        e = r.end if part == 2 else s + DAY
    elif r.granularity == "year":
        s = dt.date(r.start.year, 1 + 4 * part, 1)
        e = add_months(s, 4) - DAY
    elif r.granularity == "quarter" and (r.end - r.start).days > 80:  # "the end of the quarter": its last month
        s = add_months(r.start, part)
        e = add_months(s, 1) - DAY
    else:
        s = r.start.replace(day=1 + 10 * part)
        e = r.end if part == 2 else s.replace(day=10 * (part + 1))
    return dataclasses.replace(r, start=s, end=e, qualifier="approx")


def month_shift(m: int | None, shift: int, pub: dt.date | None) -> Reading | None:
    """'next June' is June of the following year; 'last Sept' of the previous one (said after
    September, `dates_grammar` reads it as this year's)."""
    if m is None:
        return None
    if pub is None:
        return unanchored("month", f"{shift:+d} year month={m}")
    return month(pub.year + shift, m, pub)


SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def season(name: str, y: int | None, pub: dt.date | None) -> Reading:
    """'summer 2021' = June-August; 'winter 2021' = December 2021-February 2022 (northern, meteorological)."""
    y, year = _year_of(y, pub)
    s = dt.date(y, SEASON_START[name], 1)
    return Reading(s, add_months(s, 3) - DAY, "quarter", **year)


def nearest_season(name: str, shift: int, pub: dt.date) -> int:
    """The year of 'last spring' (the most recent spring over: this year's, said in September) or
    'next autumn' (the nearest to come: this year's, said in January); not for winter."""
    start = SEASON_START[name]
    if shift < 0:
        return pub.year if pub.month > start + 2 else pub.year - 1
    return pub.year if pub.month < start else pub.year + 1


def winter_of(shift: int, pub: dt.date) -> int:
    """The year a shifted winter starts in (December): 'this winter' is the one under way, or in
    spring the one just over, or from July the one ahead; 'last winter' the one before the current
    or just-ended one; 'next winter' the one after."""
    ongoing = pub.month in (12, 1, 2)
    latest = pub.year if pub.month == 12 else pub.year - 1  # the last winter begun by `pub`
    if shift == 0:
        return latest if ongoing or pub.month <= 6 else pub.year
    return latest - 1 + (0 if ongoing else 1) if shift < 0 else latest + 1


def quarter(y: int | None, q: int, pub: dt.date | None) -> Reading:
    y, year = _year_of(y, pub)
    s = dt.date(y, 3 * q - 2, 1)
    return Reading(s, add_months(s, 3) - DAY, "quarter", **year)


def half(y: int | None, h: int, pub: dt.date | None) -> Reading:
    y, year = _year_of(y, pub)
    s = dt.date(y, 6 * h - 5, 1)
    return Reading(s, add_months(s, 6) - DAY, "quarter", **year)


def monday(d: dt.date) -> dt.date:
    return d - d.weekday() * DAY


def period(unit: str, shift: int, pub: dt.date | None) -> Reading | None:
    """'last month', 'this week', 'next quarter', 'the weekend' around the published date."""
    gran = {"weekend": "day", "day": "day"}.get(unit, unit)
    if pub is None:
        return unanchored(gran, f"{shift:+d} {unit}")
    rel = f"{shift:+d} {unit}"
    if unit == "day":
        d = pub + shift * DAY
        return Reading(d, d, "day", relative=rel)
    if unit in ("week", "weekend"):
        s = monday(pub) + 7 * shift * DAY
        if unit == "weekend":
            s += 5 * DAY
            return Reading(s, s + DAY, "day", relative=rel)
        return Reading(s, s + 6 * DAY, "week", relative=rel)
    if unit == "month":
        s = add_months(pub.replace(day=1), shift)
        return Reading(s, add_months(s, 1) - DAY, "month", relative=rel)
    if unit == "quarter":
        s = add_months(dt.date(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1), 3 * shift)
        return Reading(s, add_months(s, 3) - DAY, "quarter", relative=rel)
    y = pub.year + shift
    return Reading(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", relative=rel)


def offset(n: int, unit: str, pub: dt.date | None, base_days: int = 0, relative: str | None = None) -> Reading:
    """'three days ago' (-3 day), 'in two weeks' (+2 week), 'tomorrow' (+1 day)."""
    if relative:
        rel = relative
    else:
        rel = f"{base_days:+d} day {n:+d} {unit}" if base_days else f"{n:+d} {unit}"
    if pub is None:
        return unanchored("day", rel)
    base = pub + base_days * DAY
    if unit == "day":
        d = base + n * DAY
    elif unit == "week":
        d = base + 7 * n * DAY
    elif unit == "month":
        d = add_months(base, n)
    else:
        d = add_months(base, 12 * n)
    return Reading(d, d, "day", relative=rel)


def period_back(n: int, unit: str, pub: dt.date | None) -> Reading:
    """'three years ago' -> the year three before the published one; 'six months ago' -> that month
    (TIDES writes such a phrase at the unit's granularity, not as a day); a negative `n` counts ahead
    ('two years from now')."""
    rel = f"{-n:+d} {unit}"
    if pub is None:
        return unanchored(unit, rel)
    day = offset(-n, unit, pub).start
    assert day is not None
    if unit == "year":
        return Reading(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year", relative=rel)
    start = day.replace(day=1)
    return Reading(start, add_months(start, 1) - DAY, "month", relative=rel)


def span(n: int, unit: str, pub: dt.date | None) -> Reading:
    """'next 3 days' = the three days after the published date; 'past 3 weeks' the 21 before it."""
    if pub is None:
        return unanchored("day", f"{n:+d} {unit} span")
    edge = offset(n, unit, pub).start
    assert edge is not None
    s, e = (pub + DAY, edge) if n > 0 else (edge, pub - DAY)
    return Reading(s, e, "day", relative=f"{n:+d} {unit} span")


def next_weekday(wd: int, pub: dt.date) -> dt.date:
    """The first day of weekday `wd` after `pub` (a week on when `pub` is one): 'the coming Friday'."""
    return pub + ((wd - pub.weekday() - 1) % 7 + 1) * DAY


def previous_weekday(wd: int, d: dt.date) -> dt.date:
    """The last day of weekday `wd` before `d` (a week back when `d` is one): 'the Tuesday before'."""
    return d - ((d.weekday() - wd - 1) % 7 + 1) * DAY


def weekday(wd: int, shift: int | None, pub: dt.date | None) -> Reading:
    """'next Sunday' is Sunday of next week; a bare 'Monday' the latest one on or before `pub`."""
    name = calendar.day_name[wd].lower()
    rel = name if shift is None else f"{shift:+d} week {name}"
    if pub is None:
        return unanchored("day", rel)
    if shift is None:
        d = pub - ((pub.weekday() - wd) % 7) * DAY
    else:
        d = monday(pub) + (7 * shift + wd) * DAY
    return Reading(d, d, "day", relative=rel)


weekday_in_week = weekday


def weekday_day(wd: int, d: int, pub: dt.date | None) -> Reading | None:
    """'Thursday the 21st': the 21st of the published month, or a neighbour where it is a Thursday."""
    if pub is None:
        return None
    first = pub.replace(day=1)
    options = []
    for k in (0, -1, 1):
        s = add_months(first, k)
        if d <= _last_day(s.year, s.month):
            options.append(s.replace(day=d))
    hits = [x for x in options if x.weekday() == wd] or options[:1]
    return Reading(hits[0], hits[0], "day", relative=f"day {d}") if hits else None


def _month_of(shift: int, mon: int | None, y: int | None,
              pub: dt.date | None) -> tuple[dt.date, dict[str, bool]] | None:
    """The month's first day and the Reading's year fields (a named month takes the published year)."""
    if mon is not None:
        yy, year = _year_of(y, pub)
        return dt.date(yy, mon, 1), year
    if pub is None:
        return None
    return add_months(pub.replace(day=1), shift), {"year_known": True}


BUSINESS_DAY = 7  # a weekday number that stands for any of Monday to Friday ("the first business day")


def nth_weekday(n: int, wd: int, shift: int, mon: int | None, y: int | None, pub: dt.date | None) -> Reading | None:
    """'the first Friday of next month', 'second Sunday' (of the published month); with BUSINESS_DAY,
    'the first business day of February', 'the last working day of the month' (weekends skipped)."""
    found = _month_of(shift, mon, y, pub)
    if found is None:
        return unanchored("day", f"{shift:+d} month weekday {n}:{wd}")
    first, year = found
    if wd == BUSINESS_DAY:
        days = [first + k * DAY for k in range(_last_day(first.year, first.month)) if (first + k * DAY).weekday() < 5]
        d = days[n - 1] if n > 0 else days[n]
    elif n > 0:
        d = first + ((wd - first.weekday()) % 7 + 7 * (n - 1)) * DAY
    else:
        last = first.replace(day=_last_day(first.year, first.month))
        d = last - ((last.weekday() - wd) % 7) * DAY
    if d.month != first.month:
        return None
    return Reading(d, d, "day", nth=(n, wd), **year)


def day_in_month_shift(d: int, shift: int, pub: dt.date | None) -> Reading:
    """'20th of next month'."""
    if pub is None:
        return unanchored("day", f"{shift:+d} month day {d}")
    x = add_months(pub.replace(day=1), shift).replace(day=d)
    return Reading(x, x, "day", relative=f"{shift:+d} month")


def iso_week(n: int, y: int | None, pub: dt.date | None) -> Reading | None:
    """'week 31' of the published year (ISO numbering)."""
    if y is None and pub is None:
        return unanchored("week", f"week {n}")
    s = dt.date.fromisocalendar(y or pub.year, n, 1)  # type: ignore[union-attr]
    return Reading(s, s + 6 * DAY, "week")


def nth_week(n: int, y: int | None, shift: int | None, mon: int | None, pub: dt.date | None,
             month_year: int | None = None) -> Reading | None:
    """'first week of 2015' (ISO week 1); 'the first week of May' its days 1-7, the second 8-14, as news
    annotators read them; 'the last week of this month' the week (Monday to Sunday) of its last day,
    as the peer benchmark does."""
    if y is not None:
        if n > 0:
            return iso_week(n, y, pub)
        s = monday(dt.date(y, 12, 28))
        return Reading(s, s + 6 * DAY, "week")
    found = _month_of(shift or 0, mon, month_year, pub)
    if found is None:
        return unanchored("week", f"{shift or 0:+d} month week {n}")
    first, year = found
    last = first.replace(day=_last_day(first.year, first.month))
    if n > 0:
        s = first + 7 * (n - 1) * DAY
        if s > last:
            return None  # "the fifth week of February"
        return Reading(s, min(s + 6 * DAY, last), "week", **year)
    s = monday(last)
    return Reading(s, s + 6 * DAY, "week", **year)


def rest_of(unit: str, pub: dt.date | None) -> Reading:
    """'the rest of the week': from the published date to the end of its week/month/year."""
    if pub is None:
        return unanchored("day", f"rest of {unit}")
    if unit == "week":
        e = monday(pub) + 6 * DAY
    elif unit == "month":
        e = pub.replace(day=_last_day(pub.year, pub.month))
    else:
        e = dt.date(pub.year, 12, 31)
    return Reading(pub, e, "day", relative=f"rest of {unit}")


def week_containing(r: Reading) -> Reading:
    """'the week of March 3'."""
    assert r.start is not None
    s = monday(r.start)
    return dataclasses.replace(r, start=s, end=s + 6 * DAY, granularity="week")


def join(a: Reading, b: Reading, shift_back: bool = False, roll_forward: bool = False) -> Reading | None:
    """'from A to B' as one range; 'Nov - Feb 2017' moves a borrowed year back when needed."""
    if not (a.anchored and b.anchored):
        return unanchored(a.granularity, f"{a.relative or a.start}..{b.relative or b.start}")
    if a.year_known != b.year_known:
        return None
    assert a.start and b.start and b.end
    if shift_back and a.start > b.start:
        a = dataclasses.replace(a, start=a.start.replace(year=a.start.year - 1))
    if roll_forward and a.start > b.end and b.granularity in ("day", "month") and a.year_known == b.year_known:
        b = dataclasses.replace(b, start=add_months(b.start, 12), end=add_months(b.end, 12))
    if a.start > b.end or b.end.year - a.start.year > 200:
        return None
    gran = a.granularity if a.granularity == b.granularity else "day"
    rel = f"{a.relative}..{b.relative}" if a.relative or b.relative else None
    return Reading(a.start, b.end, gran, year_known=a.year_known, relative=rel, qualifier="range",
                   year_from_published=a.year_from_published and b.year_from_published)


_YEAR_WRITTEN = re.compile(r"\d{4}")
_LAST = re.compile(r"\b(?:last|previous)\b", re.IGNORECASE)
_NEXT = re.compile(r"\b(?:next|coming)\b", re.IGNORECASE)


def same_feast_elsewhere(read: dt.date, said: str, pub: dt.date, day_in: Callable[[int], dt.date]) -> dt.date:
    """The day another calendar or country gives a feast the grammar read as `read` ("Easter" of the
    Orthodox, "Independence Day" in India): `day_in(year)` in the year written or kept from the
    published date, else the nearest on the side of `pub` the tense or a "last"/"next" chose."""
    if _YEAR_WRITTEN.search(said) or (read.year == pub.year and not _LAST.search(said) and not _NEXT.search(said)):
        return day_in(read.year)
    days = [day_in(y) for y in range(pub.year - 1, pub.year + 2)]
    if read < pub or _LAST.search(said):
        return max(d for d in days if d < pub)
    return min(d for d in days if d >= pub)
