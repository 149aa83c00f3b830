"""Dates in other languages, read by dateparser for the phrase's own language.

dateparser fills whatever the text leaves out from its base date: "21 avril" comes back in the
base's year. So a phrase is parsed against two probe bases two years apart; where the two years
differ, the text gave none. Such a date takes its year from `published` when there is one, and
is `year_known: false` ('--04-21') when there is none, as in English. A relative phrase ("il y a
12 ans", "上个月") is resolved against `published`; with no publication date it stays unanchored
and keeps only its offset ('-12 year').
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools

from claimkit.lang.cues import Cues
from claimkit.models import DateValue

PROBES = (dt.datetime(2001, 6, 15), dt.datetime(2003, 6, 15))  # two bases whose years differ
GRAINS = frozenset({"day", "week", "month", "year"})


@functools.cache
def _parser(language: str, base: dt.datetime):  # noqa: ANN202
    from dateparser.date import DateDataParser  # imported here: dateparser takes a while to load

    return DateDataParser(languages=[language], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period", "PREFER_DAY_OF_MONTH": "first"})


def _parse(phrase: str, cues: Cues, base: dt.datetime) -> tuple[dt.date, str] | None:
    for article in cues.articles:  # dateparser reads "mese scorso" but not "il mese scorso"
        if phrase.casefold().startswith(article) and len(phrase) > len(article):
            phrase = phrase[len(article):].lstrip()
            break
    if cues.language == "zh" and phrase[:1].isdigit() and "年" not in phrase:
        phrase = f"{base.year}年{phrase}"  # dateparser reads "4月21日" only with a year in front
    data = _parser(cues.language, base).get_date_data(phrase)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period if data.period in GRAINS else "day"


def _steps(base: dt.date, day: dt.date, grain: str) -> int:
    """How many of `grain` from base to day, counted on the grain ("cette année" is 0 years,
    whatever day in it dateparser returns)."""
    if grain == "year":
        return day.year - base.year
    if grain == "month":
        return (day.year - base.year) * 12 + day.month - base.month
    if grain == "week":
        return ((day - dt.timedelta(days=day.weekday())) - (base - dt.timedelta(days=base.weekday()))).days // 7
    return (day - base).days


def _bounds(day: dt.date, grain: str) -> tuple[dt.date, dt.date]:
    if grain == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if grain == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if grain == "week":
        start = day - dt.timedelta(days=day.weekday())
        return start, start + dt.timedelta(days=6)
    return day, day


def absolute_date(phrase: str, cues: Cues, published: dt.date | None) -> DateValue | None:
    """A calendar date as written ("21 avril 2025", "21. April", "2025年4月"), or None."""
    first, second = (_parse(phrase, cues, base) for base in PROBES)
    if first is None or second is None:
        return None
    (day, grain), (other, _) = first, second
    if day.year != other.year:  # the text gave no year: dateparser took the base's
        if published is not None:
            anchored = _parse(phrase, cues, dt.datetime.combine(published, dt.time()))
            if anchored is None:
                return None
            day, grain = anchored
        else:
            start, end = _bounds(day, grain)
            return DateValue(start=f"--{start:%m-%d}", end=f"--{end:%m-%d}", granularity=grain,  # type: ignore[arg-type]
                             year_known=False, anchored=True)
    start, end = _bounds(day, grain)
    return DateValue(start=start.isoformat(), end=end.isoformat(), granularity=grain,  # type: ignore[arg-type]
                     year_known=True, anchored=True)


def relative_date(phrase: str, cues: Cues, published: dt.date | None) -> DateValue | None:
    """A date relative to the writing ("hier", "vor drei Jahren", "上个月"): resolved against
    `published`, or kept unanchored with its offset."""
    base = PROBES[0] if published is None else dt.datetime.combine(published, dt.time())
    parsed = _parse(phrase, cues, base)
    if parsed is None:
        return None
    day, grain = parsed
    offset = f"{_steps(base.date(), day, grain)} {grain}"
    if published is None:
        return DateValue(start=None, end=None, granularity=grain, year_known=False,  # type: ignore[arg-type]
                         anchored=False, relative=offset)
    start, end = _bounds(day, grain)
    return DateValue(start=start.isoformat(), end=end.isoformat(), granularity=grain,  # type: ignore[arg-type]
                     year_known=True, anchored=True, relative=offset)
