"""Date phrases: a normalized candidate ("between march 1 and 5", "by 2026") -> `Reading`.

Tries the leaf forms of `dates_grammar` first, then leading words ("in", "by"),
then ranges split on a connector, each side read with what it borrows from the other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from claimkit.extract import dates_calendar as cal
from claimkit.extract.dates_calendar import Reading
from claimkit.extract.dates_grammar import SHIFT_RE, read_leaf
from claimkit.extract.dates_words import QUALIFIER_LEADS, SHIFT, UNITS, WEEKDAYS

_RANGE_CONN = re.compile(r"\s?(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\band\b|-)\s?")
_RANGE_LEAD = re.compile(r"(?P<lead>between|from)\s(?P<rest>.+)")
_WEEK_CTX = re.compile(rf"(?P<wk>{SHIFT_RE}\sweek)\s(?:(?P<between>between\s)|from\s|on\s)?(?P<rest>.+)")
_REL_PREFIX = re.compile(r"(?:today|tomorrow|yesterday),?\s(?P<rest>.+)")
_LEAD = re.compile(r"(?:in|on|at|during|for|of|around|about|dated|over)\s(?P<rest>.+)")
_HAS_YEAR = re.compile(r"(?<![\d/.-])(?P<y>\d{4})(?![\d/.-]\d)|(?<=[/.-])(?P<y2>\d{4})\b")
_OFFSET_RULES = {"offset", "offset_in", "span"}
_DAYNUM = re.compile(r"\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?![/.-]\d)")
# "the day after Thanksgiving", "two days before March 3", "the Monday after Easter", "the weekend
# before Christmas", "the week before Christmas": a day counted from a day the phrase names
# (`normalize` has dropped "the" but before "day" and "week")
FROM_A_DAY = re.compile(
    r"(?:the\s(?P<part>day)|the\s(?P<week>week)|(?P<part2>night|morning|evening)"
    r"|(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"|(?P<weekend>weekend)"
    r"|(?P<n>\d{1,3}|a|an|a\scouple\sof)\s(?P<u>days?|weeks?|months?|years?))"
    r"\s(?P<dir>after|before)\s(?P<rest>.+)")
_DAY_YEAR = re.compile(r"(?P<day>(?:[12]?\d|3[01])(?:st|nd|rd|th)?),?\s(?P<year>\d{4})")


def read(text: str, pub: dt.date | None) -> Reading | None:
    """A normalized phrase read as a date: 'early april' -> April 1-10 ('--04-01' if no year)."""
    r = read_leaf(text, pub)
    if r is not None:
        return r
    m = _LEAD.fullmatch(text)
    if m:
        return read(m["rest"], pub)
    m = FROM_A_DAY.fullmatch(text)
    if m and (r := from_a_day(m, read(m["rest"], pub))) is not None:
        return r
    first, _, rest = text.partition(" ")
    if first in QUALIFIER_LEADS and rest and not (first == "from" and _RANGE_CONN.search(rest)):
        r = read(rest, pub)
        return cal.with_qualifier(r, QUALIFIER_LEADS[first]) if r else None
    m = _WEEK_CTX.fullmatch(text) or _week_after(text)
    if m and _RANGE_CONN.search(m["rest"]):
        r = _read_range(m["rest"], pub, between=bool(m["between"]), suffix=" " + m["wk"])
        if r is not None:
            return r
    m = _RANGE_LEAD.fullmatch(text)
    if m:
        r = _read_range(m["rest"], pub, between=m["lead"] == "between")
        if r is not None:
            return r
    m = _REL_PREFIX.fullmatch(text)  # "tomorrow, 13/04/21": the written date says more
    if m:
        r = read_leaf(m["rest"], pub)
        if r is not None and r.year_known and r.granularity == "day":
            return r
    return _read_range(text, pub)


def from_a_day(m: re.Match, anchor: Reading | None) -> Reading | None:
    """The day a `FROM_A_DAY` phrase counts from its anchor day: "the day after" one day on, "the
    Monday after" the first Monday after it, "the weekend before" the last Saturday and Sunday
    before it, "the week before" the seven days before it, "two weeks after" fourteen days on.
    None unless the anchor is one known day."""
    if anchor is None or anchor.start is None or anchor.start != anchor.end or anchor.granularity != "day":
        return None
    sign, d = (1 if m["dir"] == "after" else -1), anchor.start
    if m["wd"]:
        wd = WEEKDAYS.get(m["wd"])
        if wd is None:
            return None
        start = end = cal.next_weekday(wd, d) if sign > 0 else cal.previous_weekday(wd, d)
    elif m["weekend"]:  # its Saturday after the day, or its Sunday before it
        start = cal.next_weekday(5, d) if sign > 0 else cal.previous_weekday(6, d) - cal.DAY
        end = start + cal.DAY
    elif m["part"] or m["part2"]:
        start = end = d + sign * cal.DAY
    elif m["week"]:  # the seven days before it, or after it
        start, end = (d + cal.DAY, d + 7 * cal.DAY) if sign > 0 else (d - 7 * cal.DAY, d - cal.DAY)
    else:
        n = 1 if m["n"] in ("a", "an") else 2 if m["n"].startswith("a couple") else int(m["n"])
        unit = UNITS[m["u"]]
        if unit in ("month", "year"):
            start = end = cal.add_months(d, sign * n * (12 if unit == "year" else 1))
        else:
            start = end = d + sign * n * (7 if unit == "week" else 1) * cal.DAY
    return Reading(start, end, "day", year_known=anchor.year_known, year_from_published=anchor.year_from_published,
                   rule="from_a_day")


def _week_after(text: str) -> dict[str, str] | None:
    """'monday to wednesday next week', 'between tuesday and thursday last week': the week said after
    a range, as `_WEEK_CTX` reads one said before it (split on words: a pattern with a lazy run
    before the week would backtrack on long text)."""
    words = text.split(" ")
    if len(words) < 3 or words[-1] != "week" or words[-2] not in SHIFT:
        return None
    lead = words[0] if words[0] in ("between", "from") else ""
    rest = " ".join(words[1 if lead else 0:-2]).rstrip(",")
    return {"rest": rest, "between": "between " if lead == "between" else "", "wk": " ".join(words[-2:])}


def _read_range(text: str, pub: dt.date | None, between: bool = False, suffix: str = "") -> Reading | None:
    for m in _RANGE_CONN.finditer(text):
        if m.group().strip() == "and" and not between:
            continue
        a, b = text[:m.start()].strip(" ,"), text[m.end():].strip(" ,")
        if not a or not b:
            continue
        r = _pair(a + suffix, b + suffix, pub, dash=m.group().strip() == "-", between=between)
        if r is not None:  # two days of one month keep its rule: the clause's tense moves them as one
            rule = "day_of_month" if r.rule == "day_of_month" else "range"
            return dataclasses.replace(r, qualifier="range", rule=rule)
    return None


def _pair(a: str, b: str, pub: dt.date | None, dash: bool = False, between: bool = False) -> Reading | None:
    if _DAYNUM.fullmatch(b) and _DAYNUM.search(a):  # "March 1 to 5": the second side borrows the month
        b = _DAYNUM.sub(b, a, count=1)
    elif (m := _DAY_YEAR.fullmatch(b)) and _DAYNUM.search(a) and not _HAS_YEAR.search(a):
        b = _DAYNUM.sub(m["day"], a, count=1) + ", " + m["year"]  # "June 10-12, 2025": the month, the year once
    rb = _side(b, pub)
    if rb is None:
        return None
    if _DAYNUM.fullmatch(a) and _DAYNUM.search(b):  # "4 to 22 January": the first side borrows the second's month
        a = _DAYNUM.sub(a, b, count=1)
    ra, borrowed = None, False
    yb = _HAS_YEAR.search(b)
    if yb and not _HAS_YEAR.search(a):  # "Nov 18 - Dec 19, 2015": the year is written once
        ra = _side(f"{a}, {yb['y'] or yb['y2']}", pub)
        borrowed = ra is not None
    if ra is None:
        ra = _side(a, pub)
    if ra is None or dash and {ra.rule, rb.rule} & _OFFSET_RULES or "week_after_a_day" in (ra.rule, rb.rule):
        return None  # "April 2019 - 62 months ago": a dash between clauses, not a range
    if rb.rule == "new_year" and ra.granularity == "day" and ra.start is not None:
        d = dt.date(ra.start.year + 1, 1, 1)  # "between Christmas and New Year": to its first day, not its whole
        rb = Reading(d, d, "day", rule="holiday")
    if ra.rule == rb.rule == "day_of_month" and not between and ra.start is not None and rb.start is not None:
        # "from the 18th to the 21st", "the 30th until the 4th": days of the published month, the
        # second in the next month when it comes first
        end = rb.start if rb.start >= ra.start else cal.add_months(rb.start, 1)
        return Reading(ra.start, end, "day", year_from_published=True, rule="day_of_month")
    if "day_of_month" in (ra.rule, rb.rule):
        return None  # "between the 21st and 23rd" with no month anywhere: the peer benchmark reads no date
    if _bare_weekday(rb) and ra.granularity == "day" and not _bare_weekday(ra) and ra.start is not None \
            and rb.start is not None and rb.start <= ra.start:
        # "from tomorrow until Sunday": the first such weekday after the first day
        d = rb.start + 7 * ((ra.start - rb.start).days // 7 + 1) * cal.DAY
        rb = dataclasses.replace(rb, start=d, end=d)
    if _bare_weekday(ra) and _bare_weekday(rb) and rb.start is not None and ra.start is not None \
            and rb.start < ra.start:
        rb = dataclasses.replace(rb, start=rb.start + 7 * cal.DAY, end=rb.start + 7 * cal.DAY)
        # "Tuesday to Thursday" said on a Tuesday: the days between, not last Thursday; the
        # clause's tense moves the two together (`dates_tense`)

    # "Dec 30 - Jan 2" with no year written: the range runs into the next year
    roll = not yb and not _HAS_YEAR.search(a) and ra.rule not in _OFFSET_RULES
    if ra.year_from_published and not rb.year_from_published and rb.relative and ra.start is not None \
            and ra.end is not None and rb.start is not None and ra.start > rb.start:
        # "from October to last month", "since November until last weekend" said in January: the end is
        # placed by the published day, so the start is the month before it, not a year on
        ra = dataclasses.replace(ra, start=cal.add_months(ra.start, -12), end=cal.add_months(ra.end, -12))
        roll = False
    return cal.join(ra, rb, shift_back=borrowed, roll_forward=roll)


def _bare_weekday(r: Reading) -> bool:
    """A weekday no word places in a week ('Monday', not 'next Monday'): the latest one."""
    return r.rule == "weekday" and r.relative is not None and " " not in r.relative


def _side(text: str, pub: dt.date | None) -> Reading | None:
    if text in ("now", "right now"):
        return cal.offset(0, "day", pub)
    return read_leaf(text, pub) or (read(m["rest"], pub) if (m := _LEAD.fullmatch(text)) else None)
