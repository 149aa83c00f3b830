"""A company's fiscal year, read from what the story says of it, and the fiscal periods it names.

"Tessaline's fiscal year runs from July 1 to June 30", "whose financial year ends in March", "FY25,
which closed on 31 March", "fiscal 2027 starts on Oct. 1", "the fiscal second quarter, which ended on
Dec. 31" fix the month the year closes; "fiscal 2003 ran from
Feb. 1, 2003, to Jan. 31, 2004" fixes how the years are named too. Then "fiscal 2019" is July 2018 to
June 2019 and "the fiscal fourth quarter" April to June, as the story means them (TimeML annotates a
fiscal period by the months the text gives it). A story that says nothing of its fiscal year keeps
the calendar year, read approximately (`dates_grammar._fiscal_year`).

A year not named by the text is named as most of its months fall (a year closing in June by the year
it closes in, as Microsoft's and Australia's are; one closing in January by the year it opens in, as
retailers' are). In a story whose fiscal year is told, a quarter or half that names no calendar year
("the fourth quarter", "the second half") is the company's: the one just past under a past verb,
else the one under way or next.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from claimkit.extract.base import Found, doc_text, placed
from claimkit.extract.dates_calendar import DAY, add_months, full_year
from claimkit.extract.dates_tense import tense_of
from claimkit.extract.dates_words import MONTH_WORD
from claimkit.extract.places import dateline_territory
from claimkit.models import DateValue

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MONTH_NUMBERS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                               "nov", "dec"), 1)}
_MON = MONTH_WORD + r"\.?"
# the fiscal year, or one named ("fiscal 2027 starts on Oct. 1", "FY25, which closed on 31 March"; not
# "fiscal 2023/24", which a government names by both its years, whatever the story's quarters are)
_FY = (r"(?:\b(?:fiscal|financial)\s{1,3}(?:year|(?P<fy>(?:19|20)\d\d)(?![/\u2013-]\d))"
       r"|\bFY\s?'?(?P<fyy>\d\d(?:\d\d)?))\b[^.;]{0,60}?\b")
# what the story says of its fiscal year, most explicit first; every gap bounded (no backtracking)
_NAMED_RUN = re.compile(
    rf"\b(?:fiscal|financial)\s{{1,3}}(?:year\s{{1,3}})?(?P<y>\d{{4}})\s{{1,3}}(?:ran|runs|run|running|covers|covered)"
    rf"\s{{1,3}}from\s{{1,3}}(?P<s>{_MON})\s{{0,3}}\d{{0,2}},?\s{{0,3}}(?P<sy>\d{{4}})?,?\s{{1,3}}(?:to|through|until)"
    rf"\s{{1,3}}(?P<e>{_MON})\s{{0,3}}\d{{0,2}},?\s{{0,3}}(?P<ey>\d{{4}})?", re.IGNORECASE)
_RUNS = re.compile(rf"{_FY}(?:runs|ran|running|run)\s{{1,3}}from\s{{1,3}}(?P<s>{_MON})[^.;]{{0,12}}?"
                   rf"\s(?:to|through|until)\s{{1,3}}(?P<e>{_MON})", re.IGNORECASE)
_ON = r"(?:in\s{1,3}|on\s{1,3})?(?:\d{1,2}\s{1,3})?"  # "ended on March 31", "ended on 31 March"
_ENDS = re.compile(rf"{_FY}(?:ends|ended|ending|end|closes|closed|closing)\s{{1,3}}{_ON}(?P<e>{_MON})", re.IGNORECASE)
_BEGINS = re.compile(rf"{_FY}(?:begins|began|beginning|begin|starts|started|starting|start)\s{{1,3}}{_ON}(?P<s>{_MON})",
                     re.IGNORECASE)
_QUARTER_ENDED = re.compile(
    rf"\b(?:fiscal\s{{1,3}})?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]{{1,3}}quarter\b[^.;]{{0,50}}?"
    rf"\b(?:ended|ending|ends|closed)\s{{1,3}}(?:on\s{{1,3}})?(?P<e>{_MON})", re.IGNORECASE)
# ... and the other way round: "the quarter ended September 30, the second quarter of FY26", "the three
# months to Dec. 31, its fiscal third quarter"
_ENDED_QUARTER_NAMED = re.compile(
    rf"\b(?:quarter|three\s{{1,3}}months)\s{{1,3}}(?:ended|ending|to)\s{{1,3}}(?:on\s{{1,3}})?(?:\d{{1,2}}\s{{1,3}})?"
    rf"(?P<e>{_MON})[^.;,]{{0,12}},\s{{1,3}}(?:its\s{{1,3}}|the\s{{1,3}})?(?:fiscal\s{{1,3}})?"
    rf"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]{{1,3}}quarter\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:ended|closed|began|started|ran)\b", re.IGNORECASE)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# a claim's own words for a part of a fiscal year
_QUARTER = re.compile(r"\b(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]{1,3}quarter\b|\bq(?P<qq>[1-4])\b",
                      re.IGNORECASE)
_HALF = re.compile(r"\b(?P<n>first|second|1st|2nd)[\s-]{1,3}half\b|\bh(?P<hh>[12])\b", re.IGNORECASE)
_CALENDAR_YEAR = re.compile(r"\b\d{4}\b|\b(?:this|next|last)\s{1,3}year\b", re.IGNORECASE)
_SHIFTS = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1, "past": -1, "prior": -1}
_NEW = re.compile(r"\bnew\b", re.IGNORECASE)
_OF_THE_NEW = re.compile(r"\s{1,3}of\s{1,3}(?:the|its|their)\s{1,3}new\s{1,3}(?:fiscal|financial)\s{1,3}year\b",
                         re.IGNORECASE)
_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial|fy|(?:tax|income|assessment)\s{1,3}year)", re.IGNORECASE)
_ASSESSMENT_YEAR = re.compile(r"AY\s?\d")  # India's "AY 2025-26"
# the readings of a fiscal period's own name; others ("the quarter ended Sept. 30") carry their months
_PERIOD_RULES = frozenset({"date.quarter", "date.quarter_compact", "date.fiscal_year", "date.fiscal_split",
                           "date.split_year"})
# a year of two calendar years a fiscal word names after it: "the 2023-24 income year", "the 2022/23 fiscal year"
_FISCAL_AFTER = re.compile(r"\s{1,3}(?:fiscal|financial|tax|income|assessment)\s{1,3}year\b", re.IGNORECASE)
_SPLIT_RULES = frozenset({"date.fiscal_split", "date.split_year"})
# the fiscal year a quarter or half names in its words or right after them: "the second quarter of
# FY26", "the first half of fiscal 2026", "Q2 FY26"
_FISCAL_NAME = r"(?:fiscal\s{1,3}(?:year\s{1,3})?|FY\s?'?)(?P<y>\d\d(?:\d\d)?)\b"
_FISCAL_NAMED = re.compile(_FISCAL_NAME, re.IGNORECASE)
_FISCAL_NAMED_AFTER = re.compile(rf"\s{{1,3}}(?:of\s{{1,3}})?{_FISCAL_NAME}", re.IGNORECASE)


# the month the fiscal years of a country's government and nearly all its firms close in, each year
# named by the year it closes in ("FY26" in India is April 2025 to March 2026, in Pakistan, Bangladesh,
# Egypt, Australia, Kenya, Uganda and Tanzania July 2025 to June 2026): the year of a story datelined
# there that tells no other
COUNTRY_YEAR_ENDS: dict[str, int] = {"IN": 3, "PK": 6, "BD": 6, "EG": 6, "AU": 6, "KE": 6, "UG": 6, "TZ": 6}


@dataclasses.dataclass(frozen=True)
class FiscalYear:
    last_month: int  # 1-12: the month the year closes with
    named_by_end: bool  # fiscal 2019 closes in 2019 (else it opens in 2019)
    by_country: bool = False  # the dateline's country's year, the story telling none: only for periods it calls fiscal

    def span(self, name: int) -> tuple[dt.date, dt.date]:
        """The first and last day of the fiscal year of that name."""
        closes = name if self.named_by_end else name + 1
        end = add_months(dt.date(closes, self.last_month, 1), 1) - DAY
        return add_months(end + DAY, -12), end

    def containing(self, day: dt.date) -> int:
        """The name of the fiscal year that holds `day`."""
        name = day.year if self.named_by_end else day.year - 1
        return name + 1 if day > self.span(name)[1] else name


def fiscal_year(doc: Doc, pub: dt.date | None = None) -> FiscalYear | None:
    """The story's fiscal year, if it tells one that is not the calendar year; `pub`, the published
    day, dates a named year's end or start told in the past ("FY25, which closed on 31 March" in
    April 2026: FY26 closed in 2026, so the years are named by their end)."""
    text = doc_text(doc)
    named = None
    if m := _NAMED_RUN.search(text):
        last, year = _month(m["e"]), int(m["y"])
        named = year == int(m["ey"]) if m["ey"] else year != int(m["sy"]) if m["sy"] else None
    elif m := _RUNS.search(text) or _ENDS.search(text):
        last = _month(m["e"])
        named = _named_by_end(m, _month(m["e"]), pub, closes=True)
    elif m := _BEGINS.search(text):
        last = (_month(m["s"]) - 2) % 12 + 1
        named = _named_by_end(m, _month(m["s"]), pub, closes=False)
    elif m := _QUARTER_ENDED.search(text) or _ENDED_QUARTER_NAMED.search(text):
        last = (_month(m["e"]) + 3 * (4 - _ORDINALS[m["q"].lower()]) - 1) % 12 + 1
    elif (country := dateline_territory(doc_text(doc))) in COUNTRY_YEAR_ENDS:
        return FiscalYear(COUNTRY_YEAR_ENDS[country], True, by_country=True)  # "FY26" in a Mumbai story
    else:
        return None
    if last == 12:
        return None
    if named is None and COUNTRY_YEAR_ENDS.get(dateline_territory(text) or "") == last:
        named = True  # the dateline's country names its years so: an Indian firm's "FY26" closes in March 2026
    return FiscalYear(last, named if named is not None else last >= 6)  # most of its months in the year it closes


def _named_by_end(m: re.Match[str], month: int, pub: dt.date | None, closes: bool) -> bool | None:
    """Whether a named fiscal year told to end or begin in `month` ("fiscal 2027 starts on Oct. 1" in
    an October 2025 story, "fiscal 2018, which ends on March 31" in an October 2017 one) is named by
    the year it closes in: the month is the latest one by the published day when told in the past,
    else the next. None when the text names no year."""
    name = m["fy"] or m["fyy"]
    if name is None or pub is None:
        return None
    year = int(name) if len(name) == 4 else 2000 + int(name)
    if _PAST.search(m.group()):
        told = pub.year if month <= pub.month else pub.year - 1
    else:
        told = pub.year if month > pub.month else pub.year + 1  # the next such month still to come
    return year == told if closes else year == told + 1


def fiscal_periods(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """The claims that name a fiscal period, placed in the story's fiscal year (module docstring).
    Where the story does not tell its fiscal year, a quarter or half it calls the fiscal year's ("the
    first half of the financial year", "the fiscal second quarter") names months no one knows: no claim."""
    if not any(f.rule in _PERIOD_RULES for f in found):
        return found
    fy = fiscal_year(doc, pub)
    text = doc_text(doc)
    if fy is None:  # ... nor does "the new financial year", which is no calendar year
        return [f for f in found
                if not (f.rule in ("date.quarter", "date.quarter_compact") and _of_a_fiscal_year(f, text)
                        or f.rule == "date.fiscal_year" and _NEW.search(text, f.start, f.end))]
    out = [_in_fiscal_year(doc, f, fy, text, pub) if f.rule in _PERIOD_RULES and _called_fiscal(f, fy, text)
           else f for f in found]
    # a year a part of it took in ("the new financial year" of "the first half of the new financial year")
    return [f for f in out if not any(g.rule == "date.fiscal_period" and g.start <= f.start and f.end <= g.end
                                      and (g.start, g.end) != (f.start, f.end) for g in out)]


def _called_fiscal(f: Found, fy: FiscalYear, text: str) -> bool:
    """A period read in the story's fiscal year: a year of two calendar years only where a fiscal word
    names it ("FY2024-25", "the 2023-24 income year"; "the 2023-24 season" is a league's), anything
    else where the story tells its fiscal year or the claim calls itself fiscal ("Q2 FY26")."""
    if f.rule in _SPLIT_RULES:
        said = text[f.start:f.end]
        return bool(_FISCAL_WORD.search(said) or _ASSESSMENT_YEAR.match(said) or _FISCAL_AFTER.match(text, f.end))
    return not fy.by_country or bool(_FISCAL_WORD.search(text[f.start:f.end + 6]) or _OF_FISCAL.match(text, f.end))


# "the first half of the financial year", "the second quarter of its fiscal year", "of fiscal 2025"
_OF_FISCAL = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3}|this\s{1,3}|the\s{1,3}current\s{1,3})?"
                        r"(?:new\s{1,3})?(?:fiscal|financial)\b", re.IGNORECASE)


def _of_a_fiscal_year(f: Found, text: str) -> bool:
    """The period's own words, or the words right after it, call it a fiscal year's."""
    return bool(_FISCAL_WORD.search(text[max(0, f.start - 12):f.end]) or _OF_FISCAL.match(text, f.end))


def _in_fiscal_year(doc: Doc, f: Found, fy: FiscalYear, text: str, pub: dt.date | None) -> Found:
    v = f.value
    assert isinstance(v, DateValue)
    said = text[f.start:f.end]
    fiscal = bool(_FISCAL_WORD.search(text[max(0, f.start - 12):f.end]))
    if f.rule in _SPLIT_RULES:  # the year that closes in the second of its two calendar years
        closes = int(v.end[:4]) if v.end else None
        if closes is None:
            return f
        return _placed(f, *fy.span(closes if fy.named_by_end else closes - 1), "year")
    if f.rule == "date.fiscal_year":
        shift = next((n for w, n in _SHIFTS.items() if re.search(rf"\b{w}\b", said, re.IGNORECASE)), None)
        if shift is not None:
            if pub is None:
                return f
            name = fy.containing(pub) + shift
        elif _NEW.search(said) and pub is not None:
            name = _new_year(fy, pub)
        elif v.start and v.start[:4].isdigit():
            name = int(v.start[:4])
        else:
            return f
        return _placed(f, *fy.span(name), "year")
    part = _QUARTER.search(said) or _HALF.search(said)
    if part is None or (_CALENDAR_YEAR.search(said) and not fiscal):
        return f  # "the fourth quarter of 2018": the calendar's, unless called fiscal
    quarter = part.re is _QUARTER
    n = _ORDINALS.get((part["n"] or "").lower()) or int(part["qq"] if quarter else part["hh"])
    months = 3 if quarter else 6

    def period(name: int) -> tuple[dt.date, dt.date]:
        start = add_months(fy.span(name)[0], months * (n - 1))
        return start, add_months(start, months) - DAY

    if pub is not None and (new := _OF_THE_NEW.match(text, f.end)) is not None:
        # "the first half of the new financial year": of the year _new_year names, read as one claim
        return dataclasses.replace(_placed(f, *period(_new_year(fy, pub)), "quarter"), end=new.end())
    # the year a fiscal name gives it ("the first half of fiscal 2026", "the second quarter of FY26"), a
    # calendar year it prints, or a fiscal name right after it ("Q2 FY26")
    year = re.search(r"\b\d{4}\b", said)
    if named := _FISCAL_NAMED.search(said) or year is None and _FISCAL_NAMED_AFTER.match(text, f.end):
        return _placed(f, *period(full_year(named["y"])), "quarter")  # type: ignore[arg-type]
    if year is not None:
        return _placed(f, *period(int(year.group())), "quarter")
    if pub is None or not v.end:
        return f
    # the one just past under a past verb (told in the past, or the reading the tense gave ended before
    # the published day: "profit rose in the fourth quarter" in December, of a year closing in October),
    # else the one under way or next
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    tense = tense_of(doc, span.start) if span is not None else None
    past = tense in ("past", "perfect") or tense not in ("present", "future") and dt.date.fromisoformat(v.end) < pub
    options = [period(name) for name in range(pub.year - 2, pub.year + 3)]
    chosen = max((p for p in options if p[1] < pub), default=None) if past else \
        min((p for p in options if p[1] >= pub), default=None)
    return f if chosen is None else _placed(f, *chosen, "quarter")


def _new_year(fy: FiscalYear, pub: dt.date) -> int:
    """The name of "the new financial year": the one under way if it began within a quarter of the
    published day ("hiring picked up in the new financial year" in April, of an April-March year),
    else the next (in June, of a year that begins in August; in December, of one that began in July)."""
    name = fy.containing(pub)
    return name if (pub - fy.span(name)[0]).days <= 92 else name + 1


def _placed(f: Found, start: dt.date, end: dt.date, granularity: str) -> Found:
    """The claim on the fiscal period's days: exact, where the grammar read a calendar year approximately
    for want of the fiscal one; a bound its words set stays ("before the new financial year")."""
    return placed(f, start, end, granularity, rule="date.fiscal_period",
                  qualifier="exact" if f.qualifier == "approx" else f.qualifier)


def _month(word: str) -> int:
    return _MONTH_NUMBERS[word[:3].lower()]
