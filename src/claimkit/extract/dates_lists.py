"""Days listed before or after one month: "on 8, 15 and 22 March", "March 14, 16 and 18", "May 26
and 27". Each listed day is a date of its own (TIDES annotates every member of a list), in the
month and year the written-out date beside it was read in; the grammar reads only that one.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from claimkit.extract.base import Found, doc_text
from claimkit.extract.numbers import NUMBER_WORDS, SCALES
from claimkit.models import DateValue

if TYPE_CHECKING:
    from spacy.tokens import Doc

_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# the days before a day-first date, up to the "and" that joins the last of them to it
_DAYS_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<days>{_DAY}(?:,\s{{1,3}}{_DAY}){{0,6}}),?\s{{1,3}}(?:and|&)\s{{1,3}}$")
# the days after a month-first date: ", 16 and 18", " and 27"
_DAYS_AFTER = re.compile(rf"(?P<days>(?:,\s{{1,3}}{_DAY}){{0,6}},?\s{{1,3}}(?:and|&)\s{{1,3}}{_DAY})(?![\w%])")
_NUMBER = re.compile(r"\d{1,2}")
_DAY_FIRST = re.compile(rf"{_DAY}\s")  # "18 July", "18th July 2025"
_MONTH_FIRST = re.compile(rf"[A-Za-z]{{3,9}}\.?\s{_DAY}$")  # "March 14", "Aug. 4" (no year after the day)
# parts of speech that make the number after "and" a count of something ("on May 26 and 27 protesters ...")
_COUNTED = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def listed_days(doc: Doc, found: list[Found]) -> list[Found]:
    """The document's date claims with the days listed beside a day's date added, in text order
    (module docstring). The listed days must rise to the date (or from it) and exist in its month."""
    text = doc_text(doc)
    taken = [(f.start, f.end) for f in found]
    added: list[Found] = []
    for f in found:
        v = f.value
        if not isinstance(v, DateValue) or v.granularity != "day" or v.start is None or v.start != v.end:
            continue
        words = text[f.start:f.end]
        if _DAY_FIRST.match(words) and (m := _DAYS_BEFORE.search(text, max(0, f.start - 60), f.start)):
            spans = [(m.start("days") + d.start(), m.start("days") + d.end()) for d in _NUMBER.finditer(m["days"])]
            listed = [int(text[a:b]) for a, b in spans]
            days = [*listed, int(_NUMBER.match(words)[0])]  # type: ignore[index]
            lead = (text[max(0, m.start() - 30):m.start()].split() or [""])[-1]
            if not (lead.isalpha() or lead == "(") or lead.lower() in NUMBER_WORDS or lead.lower() in SCALES:
                continue  # "of the 40, 12 and 18 July ...": no list of days
        elif _MONTH_FIRST.search(words) and (m := _DAYS_AFTER.match(text, f.end)):
            spans = [(m.start() + d.start(), m.start() + d.end()) for d in _NUMBER.finditer(m["days"])]
            listed = [int(text[a:b]) for a, b in spans]
            days = [int(_NUMBER.findall(words)[-1]), *listed]
            if _counted_after(doc, m.end()):
                continue
        else:
            continue
        if any(b <= a for a, b in zip(days, days[1:])):
            continue  # a list of days runs forward
        day = dt.date(2000, int(v.start[2:4]), int(v.start[5:7])) if v.start.startswith("--") \
            else dt.date.fromisoformat(v.start)  # (2000: a leap year holds every day of a month)
        for (a, b), n in zip(spans, listed):
            if any(x < b and a < y for x, y in taken):
                continue
            try:
                other = day.replace(day=n)
            except ValueError:
                continue  # "30 February"
            iso = other.isoformat() if v.year_known else other.strftime("--%m-%d")
            added.append(Found(start=a, end=b, rule="date.listed_day", confidence=f.confidence,
                               value=v.model_copy(update={"start": iso, "end": iso, "relative": None})))
            taken.append((a, b))
    return sorted([*found, *added], key=lambda f: f.start) if added else found


def _counted_after(doc: Doc, end: int) -> bool:
    """The word after the list's last number counts something: "May 26 and 27 protesters"."""
    span = doc.char_span(end, len(doc_text(doc)), alignment_mode="expand")
    nxt = span[0] if span is not None and len(span) else None
    return nxt is not None and nxt.pos_ in _COUNTED and not nxt.is_punct
