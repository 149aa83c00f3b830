"""Long weekends a day of their sentence makes.

"Waitangi Day falls on Friday, giving families a long weekend", "Revolution Day brings a long
weekend ending Monday, Nov. 17", "a three-day weekend from Oct. 4 to 6" after a Monday feast: the
long weekend is that Friday or Monday and the Saturday and Sunday beside it (TimeML: a period the
text fixes, not the coming weekend). With no such day, "a long weekend" and "a three-day weekend"
name no one weekend and are no date; "the long weekend" stays the coming one, as a bare "the
weekend" is. "The long weekend of Santo António", "the Natal Day long weekend", "the weekend of the
Grand Prix": the weekend of a feast or event no reading dated is no date either (the grammar reads
the feasts it knows: `dates_grammar`'s holiday_weekend).

"The weekend" of a story datelined where the weekend is Friday and Saturday (Israel, Bangladesh,
Egypt, most of the Gulf: python-holidays' `weekend` of the country) is those days, as its readers
take it; the grammar reads Saturday and Sunday.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from claimkit.extract.base import Found, doc_text, placed
from claimkit.extract.dates_calendar import DAY
from claimkit.extract.places import dateline_territory
from claimkit.models import DateValue

if TYPE_CHECKING:
    from spacy.tokens import Doc

WEEKEND_RULE = "date.weekend"
# what makes a weekend long, just before a bare "weekend" claim: "a long", "another three-day", "the 3-day"
_LONG = re.compile(r"(?:\b(?P<det>a|an|another|the|this|that)\s{1,3})?(?P<long>long|(?:three|3)-day)\s{1,3}$",
                   re.IGNORECASE)
_NAMED = re.compile(r"[A-Z][\w'\u2019]*\s{1,3}$")  # a name's last word before "long": "the Family Day long weekend"
_OF_A_NAME = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3})?[A-Z]")  # "the weekend of Santo António"
_MONDAY, _FRIDAY, _SATURDAY = 0, 4, 5
_SINCE = re.compile(r"\b(?:since|after|before)\s{1,3}(?:the\s{1,3})?\S*$", re.IGNORECASE)
_WEEKEND_WORD = re.compile(r"\bweekend\b", re.IGNORECASE)


def weekends_of_the_country(doc: Doc, found: list[Found]) -> list[Found]:
    """The claims, with each weekend the grammar read as a Saturday and Sunday moved to the two days
    the weekend is in the country of the story's dateline (module docstring)."""
    text = doc_text(doc)
    weekends = [n for n, f in enumerate(found) if _WEEKEND_WORD.search(text, f.start, f.end) and _saturday_sunday(f)]
    first = _first_weekend_day(dateline_territory(text)) if weekends else None
    if first is None or first == _SATURDAY:
        return found
    out = list(found)
    for n in weekends:
        start = dt.date.fromisoformat(out[n].value.start) + (first - _SATURDAY) * DAY  # type: ignore[arg-type]
        out[n] = placed(out[n], start, start + DAY)
    return out


def _saturday_sunday(f: Found) -> bool:
    v = f.value
    if not isinstance(v, DateValue) or not v.start or not v.end or not v.start[:4].isdigit():
        return False
    start, end = dt.date.fromisoformat(v.start), dt.date.fromisoformat(v.end)
    return start.weekday() == _SATURDAY and end == start + DAY


@functools.cache
def _first_weekend_day(country: str | None) -> int | None:
    """The first of the two days a country's weekend is (python-holidays), when they follow each other."""
    if country is None:
        return None
    import holidays

    try:
        days = sorted(holidays.country_holidays(country).weekend)
    except NotImplementedError:
        return None
    return days[0] if len(days) == 2 and days[1] == days[0] + 1 else None


def long_weekends(doc: Doc, found: list[Found]) -> list[Found]:
    """A document's date claims with each long weekend placed on the Friday or Monday its sentence
    names, or dropped when it names none and the weekend is not the coming one (module docstring)."""
    text = doc_text(doc)
    out: list[Found] = []
    for f in found:
        if f.rule != WEEKEND_RULE:
            out.append(f)
            continue
        long = _LONG.search(text, max(0, f.start - 24), f.start)
        of_a_name = _OF_A_NAME.match(text, f.end) is not None
        if long is None:
            if not of_a_name:
                out.append(f)
            continue
        if long["det"] is None and _NAMED.search(text, max(0, long.start() - 40), long.start()):
            continue  # "the Natal Day long weekend": a feast no reading dated, not the sentence's Friday's
        day = _nearest_friday_or_monday(doc, f, found)
        if day is not None:
            start, end = (day, day + 2 * DAY) if day.weekday() == _FRIDAY else (day - 2 * DAY, day)
            weekend = placed(f, start, end, "day", rule="date.long_weekend")
            out.append(dataclasses.replace(weekend, start=long.start("long")))
        elif (long["det"] or "").lower() in ("the", "this") and long["long"].lower() == "long" and not of_a_name:
            out.append(f)  # "the long weekend", "this long weekend": the coming one
    return out


def _nearest_friday_or_monday(doc: Doc, f: Found, found: list[Found]) -> dt.date | None:
    """The Friday or Monday told as one day nearest to `f` in its sentence, if any."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return None
    lo, hi = span.sent.start_char, span.sent.end_char
    days = []
    for g in found:
        v = g.value
        if g is f or not (lo <= g.start and g.end <= hi) or not isinstance(v, DateValue) \
                or v.granularity != "day" or v.start != v.end or not (v.start and v.start[:4].isdigit()):
            continue
        day = dt.date.fromisoformat(v.start)
        if g.start >= f.end and _SINCE.search(doc_text(doc), f.end, g.start):
            continue  # "the busiest long weekend since Matariki": another weekend, counted from that day's
        if day.weekday() in (_FRIDAY, _MONDAY):
            days.append((min(abs(g.start - f.end), abs(f.start - g.end)), day))
    return min(days)[1] if days else None
