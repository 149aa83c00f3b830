"""Numeric dates written day first: "07/05/27" in a story datelined in Sydney is 7 May 2027, in
one datelined in Chicago December 3. The grammar reads a slashed or dashed date month first, as
American copy writes it, unless its first number is over 12; `day_first_dates` reads it day first
in a story whose dateline names a country that writes the day first (all but the few that put the
month first), or, with no dateline the city table knows, whose own dates in words put the day before
the month ("22 November") and never after it ("November 22"), or one of whose numeric dates can only
be day first ("28/06"), as annotators read such dates by the country of the newsroom. Dotted dates
("12.03.2027") are read day first already.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from claimkit.extract.base import Found, doc_text, placed
from claimkit.extract.dates_words import MONTH_WORD
from claimkit.extract.places import dateline_territory

if TYPE_CHECKING:
    from spacy.tokens import Doc

# countries whose copy writes a numeric date month first (CLDR codes); Canada writes both, so a
# Canadian dateline leaves the reading as it is
MONTH_FIRST: frozenset[str] = frozenset({"US", "PR", "GU", "AS", "VI", "MP", "UM", "PH", "FM", "PW", "MH", "BZ",
                                         "CA"})
# one or two numeric dates, the year written once or on each ("07/05/27", "9/3-13/3", "9/3 to 13/3/2026")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?:(?P=s)(?P<y>\d{2}|\d{4}))?"
                      r"(?:\s?(?:-|\u2013|to)\s?(?P<a2>\d{1,2})(?P=s)(?P<b2>\d{1,2})(?:(?P=s)(?P<y2>\d{2}|\d{4}))?)?")
_DAY_THEN_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s{MONTH_WORD}\b", re.IGNORECASE)
_MONTH_THEN_DAY = re.compile(rf"\b{MONTH_WORD}\.?\s\d{{1,2}}\b(?![\d:])", re.IGNORECASE)
# a form's own hint at the order of its numeric dates: "(DD/MM/YYYY)", "mm-dd-yy"
_FORMAT_TOLD = re.compile(r"\b(?P<first>dd|mm)(?P<s>[/.-])(?:dd|mm)(?:(?P=s)(?:yyyy|yy))?\b", re.IGNORECASE)
NUMERIC_RULES = frozenset({"date.numeric", "date.month_day_numeric", "date.range"})


def day_first_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Numeric dates of a day-first story read day first (module docstring), and in any story the
    other end of a range whose one end can only be day first ("9/3-13/3": March 9 to 13)."""
    if not any(f.rule in NUMERIC_RULES for f in found):
        return found
    text = doc_text(doc)
    story = None
    out = []
    for f in found:
        m = _NUMERIC.fullmatch(text[f.start:f.end].strip()) if f.rule in NUMERIC_RULES else None
        if m is not None and (m["a2"] is not None and max(int(m["a"]), int(m["a2"])) > 12
                              or (story := day_first(doc, found) if story is None else story)):
            f = _day_first(f, m)
        out.append(f)
    return out


def day_first(doc: Doc, found: list[Found]) -> bool:
    """The story writes the day before the month: as its text says ("dd/mm/yyyy"), by its dateline's
    country, else by its own dates:
    in words ("22 November", never "November 22"), or in figures one of which can only be day first
    ("check-in 28/06, checkout 02/07": July 2)."""
    text = doc_text(doc)
    told = _FORMAT_TOLD.search(text)  # "Birth date (dd/mm/yyyy): 07/04/1992": the text says
    if told is not None:
        return told["first"].lower() == "dd"
    country = dateline_territory(text)
    if country is not None:
        return country not in MONTH_FIRST
    if any(_only_day_first(text[f.start:f.end]) for f in found if f.rule in NUMERIC_RULES):
        return True
    return bool(_DAY_THEN_MONTH.search(text)) and not _MONTH_THEN_DAY.search(text)


def _only_day_first(said: str) -> bool:
    """A numeric date whose first number is a day over 12 and whose second is a month: "28/06"."""
    m = _NUMERIC.fullmatch(said.strip())
    return m is not None and int(m["a"]) > 12 and int(m["b"]) <= 12


def _day_first(f: Found, m: re.Match) -> Found:
    v = f.value
    if v.granularity != "day" or not v.start or not v.start[:4].isdigit() or not v.end:
        return f
    read_end = dt.date.fromisoformat(v.end)
    end = read_end if m["a2"] is None else _swapped(int(m["a2"]), int(m["b2"]), read_end)
    start = _swapped(int(m["a"]), int(m["b"]), dt.date.fromisoformat(v.start))
    if m["a2"] is None:
        end = start
    if start is None or end is None:
        return f
    if start.year != end.year and start.replace(year=end.year) <= end:
        start = start.replace(year=end.year)  # the year was chosen for the month-first reading of this end
    if start > end:
        return f
    return dataclasses.replace(placed(f, start, end, "day"), rule="date.day_first")


def _swapped(first: int, second: int, read: dt.date) -> dt.date | None:
    """The day `read` of "first/second", read day first in its year: as read when the first number
    is over 12 (read day first already), else with month and day exchanged; None when the reading is
    not of these numbers."""
    if first > 12 and (read.day, read.month) == (first, second):
        return read
    if first > 12 or second > 12 or (read.month, read.day) != (first, second):
        return None
    try:
        return dt.date(read.year, second, first)
    except ValueError:
        return None
