"""Spans of time shared by the sentence and duration extractors.

Reads the SpanRuler's "duration" matches ("10-year", "one hour and a half",
"3.5years") into `TimeSpan`s: amount + unit as stated, days via pint, ranges,
compounds ("five years and two months") and the qualifier before them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from claimkit.extract.base import entities, ruler_matches
from claimkit.extract.context import LASTING_VERBS, qualifier_before
from claimkit.extract.numbers import (
    DASHES, FRACTIONS, HUNDREDS_AND_UP, SCALES, compound_before, multiple_before, parse_number, parse_words,
    trailing_qualifier,
)
from claimkit.normalize.units import get_ureg

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# surface unit -> (pint unit, factor): pint's "decade" is a logarithmic unit, so decades are years
UNIT_WORDS: Final[dict[str, tuple[str, float]]] = {
    "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1), "yrs": ("year", 1), "y": ("year", 1),
    "decade": ("year", 10), "decades": ("year", 10), "century": ("year", 100), "centuries": ("year", 100),
    "month": ("month", 1), "months": ("month", 1), "mo": ("month", 1), "mos": ("month", 1), "mth": ("month", 1),
    "mths": ("month", 1),
    "week": ("week", 1), "weeks": ("week", 1), "wk": ("week", 1), "wks": ("week", 1), "w": ("week", 1),
    "fortnight": ("week", 2), "fortnights": ("week", 2),
    "day": ("day", 1), "days": ("day", 1), "d": ("day", 1), "night": ("day", 1), "nights": ("day", 1),
    "hour": ("hour", 1), "hours": ("hour", 1), "hr": ("hour", 1), "hrs": ("hour", 1), "h": ("hour", 1),
    "minute": ("minute", 1), "minutes": ("minute", 1), "min": ("minute", 1), "mins": ("minute", 1),
    "second": ("second", 1), "seconds": ("second", 1), "sec": ("second", 1), "secs": ("second", 1),
    "millisecond": ("second", 0.001), "milliseconds": ("second", 0.001), "ms": ("second", 0.001),
}
# abbreviations that only read as units after digits ("3 h", not "twenty h")
DIGITS_ONLY_UNITS: Final = frozenset({"h", "y", "d", "w", "sec", "secs", "mo", "mos", "mth", "mths", "ms"})
UNIT_ORDER: Final[dict[str, int]] = {u: i for i, u in enumerate(("second", "minute", "hour", "day", "week", "month", "year"))}
FRACTION_WORDS: Final[dict[str, float]] = {"half": 0.5, "quarter": 0.25, "½": 0.5, "¼": 0.25, "¾": 0.75}
# "a quarter of an hour", "two thirds of a year": a fraction of one unit, read before "of"
FRACTION_OF: Final[dict[str, float]] = {**FRACTIONS, **{f"{w}s": v for w, v in FRACTIONS.items() if w != "half"}}
# words standing for "one" of a unit: "an hour", "all day", "another week"
ONE_WORDS: Final = frozenset({"a", "an", "another", "all", "full", "whole", "entire"})
# adjectives the patterns allow between figure and unit ("two more years", "five straight days")
FILLER_WORDS: Final = frozenset({
    "full", "consecutive", "straight", "long", "more", "additional", "further", "extra", "whole", "calendar",
    "business", "working", "solid", "short", "successive", "entire", "-", "–",
})
RANGE_SEPARATORS: Final = frozenset({"to", "-", "–", "—", "or"})
# words around a glued "30s" that make it seconds (`_seconds_said`)
SECONDS_LEADS: Final = frozenset({
    "for", "every", "after", "within", "wait", "waited", "waiting", "took", "takes", "take", "lasts", "lasted",
    "only", "just", "about", "around", "another", "first", "last", "final", "next", "extra", "timer",
    # a step of an exercise or a recipe done for a length: "rest 30s between sets", "pause 10s" (not "hold":
    # "who hold 30s records")
    "rest", "pause", "sprint", "jog", "stretch", "simmer", "stir", "blend", "whisk"})
SECONDS_FOLLOWERS: Final = frozenset({"long", "later", "left", "ago", "remaining", "each", "apiece", "flat", "earlier"})

_GLUED: Final = re.compile(r"""^(?P<num>\d+(?:\.\d+)?) (?P<unit>[a-z]+)$""", re.VERBOSE | re.IGNORECASE)
# "1h 45m", "1h45m", and "7h40" with two digits of minutes and no mark
_MINUTES_SECONDS: Final = re.compile(r"^(?:(?P<h>\d{1,2})h\s?)?(?P<m>\d{1,3})\s?(?:m|mins?)\s?(?P<s>\d{1,2})\s?"
                                      r"(?:s|secs?)\.?$")
_HOURS_MINUTES: Final = re.compile(r"^(?P<h>\d{1,2})h\s?(?:(?P<m>\d{1,2})(?:m|min|mins)\.?|(?P<mm>[0-5]\d))$")
_HOURS_BEFORE_A_NOUN: Final = re.compile(r"^[1-9]\d{1,2}h$")  # "24h", "48h", "168h"; not "3D", "5G", "4K"
# AP style writes fractions with a slash: "2 1/2 years"
_SLASH_FRACTION: Final = re.compile(r"""^(?P<top>[1-7]) / (?P<bottom>[2348])$""", re.VERBOSE)  # not "9/11"


# pint's day per unit, written out so a run that only reads prison terms does not build pint's
# registry (~0.4 s per process); tests/extract/test_duration.py checks the table against pint
DAYS_PER_UNIT: Final[dict[str, float]] = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0,
    "month": 30.4375, "year": 365.25,
}


@functools.cache
def to_days(amount: float, unit: str) -> float:
    """3 'month' -> 91.3125 (pint's calendar: year 365.25 days, month = year / 12)."""
    if unit in DAYS_PER_UNIT:
        return amount * DAYS_PER_UNIT[unit]
    ureg = get_ureg()
    return float(ureg.Quantity(amount, unit).to(ureg.day).magnitude)


@functools.cache
def from_days(days: float, unit: str) -> float:
    if unit in DAYS_PER_UNIT:
        return days / DAYS_PER_UNIT[unit]
    ureg = get_ureg()
    return float(ureg.Quantity(days, ureg.day).to(unit).magnitude)


@dataclass(frozen=True)
class TimeSpan:
    """One length of time read from a doc: token range, value, and how it was written."""

    start: int  # token indices, end exclusive; the qualifier ("up to") is not included
    end: int
    amount: float
    unit: str
    days: float
    low: float
    high: float
    precision: float
    rule: str
    qualifier: str = "exact"
    qualifier_start: int | None = None  # char offset of the qualifier cue, if any
    qualifier_token: int | None = None  # token index of the same cue
    adjectival: bool = False  # "10-year" before a noun
    age: bool = False  # "12-year-old", "12 years old"
    single: bool = False  # written as "a"/"an"/"another"/"one" plus a unit
    end_trim: bool = False  # the last token carries the sentence's full stop ("1h 45m.")


def time_spans(doc: Doc) -> list[TimeSpan]:
    """Every span of time in the doc, compounds merged: 'five years and two months' -> 62 month."""
    cached = doc.user_data.get(("claimkit", "time_spans"))
    if cached is not None:
        return cached
    spans = [_with_qualifier(doc, t) for t in _merge(doc, _atoms(doc))]
    doc.user_data[("claimkit", "time_spans")] = spans
    return spans


def _atoms(doc: Doc) -> list[TimeSpan]:
    """The longest readings among all the ruler's matches: a long match that does not read
    ('2019 - 62 months') must not hide the short one that does ('62 months')."""
    read = [_with_spoken_minutes(doc, _with_fraction_of(doc, _with_hyphen_whole(doc, _with_whole_number(doc, t))))
            for t in (read_span(s) for s in ruler_matches(doc, "duration")) if t is not None]
    taken: set[int] = set()
    atoms = []
    for t in sorted(read, key=lambda a: (a.start - a.end, a.start)):
        if not taken.intersection(range(t.start, t.end)):
            taken.update(range(t.start, t.end))
            atoms.append(t)
    return sorted(atoms, key=lambda a: a.start)


def read_span(span: Span) -> TimeSpan | None:
    """A matched span -> TimeSpan: 'one and a half hours' -> 1.5 hour; None if it does not read."""
    rule = span.id_ or "duration"
    span = compound_before(span)  # "one [hundred and twenty minutes]"
    if multiple_before(span)[1] != 1.0:
        return None  # "a few hundred years", "a couple thousand hours": no figure to compare
    tokens = list(span)
    if rule == "duration.glued_hours_minutes":  # "1h 45m": 105 minutes
        m = _HOURS_MINUTES.match(span.text)
        minutes = None if m is None else int(m["m"] or m["mm"])
        if minutes is None or minutes >= 60:
            return None
        t = _make(span, [str(60 * int(m["h"]) + minutes)], "minutes", [], rule)
        return None if t is None else replace(t, end_trim=span.text.endswith("."))
    if rule == "duration.glued_days_hours":  # "3d 5h": 77 hours
        days, hours = int(tokens[0].text[:-1]), int(tokens[1].text.rstrip(".")[:-1])
        t = _make(span, [str(24 * days + hours)], "hours", [], rule) if hours < 24 else None
        return None if t is None else replace(t, end_trim=span.text.endswith("."))
    if rule == "duration.minutes_seconds":  # "3m 12s": 192 seconds; "4h 12m 09s": 15,129
        m = _MINUTES_SECONDS.match(span.text)
        if m is None or int(m["s"]) >= 60 or m["h"] and int(m["m"]) >= 60:
            return None
        seconds = 3600 * int(m["h"] or 0) + 60 * int(m["m"]) + int(m["s"])
        t = _make(span, [str(seconds)], "seconds", [], rule)
        return None if t is None else replace(t, end_trim=span.text.endswith("."))
    if rule == "duration.glued_seconds":  # "wait 30s": seconds only where the words around say so
        timed = "." in span.text or _seconds_said(span[0])  # "12.31s": a time to hundredths, no decade or age
        return _make(span, [span.text[:-1]], "seconds", [], rule) if timed else None
    if rule == "duration.slash_second":  # "1/250 sec": a shutter's time, a fraction of a second
        return _make(span, [repr(1 / int(tokens[0].text.split("/")[1]))], "seconds", [], rule)
    if rule == "duration.odd":  # "30-odd years", "two hundred odd years": about that
        figure = [t.text for t in tokens[:-2] if t.text not in DASHES]
        t = _make(span, figure, tokens[-1].lower_, [], rule)
        return None if t is None else replace(t, qualifier="approx")
    if rule == "duration.couple":  # "a couple of hours": two, approximately
        t = _make(span, ["2"], tokens[-1].lower_, [], rule)
        return None if t is None else replace(t, qualifier="approx")
    if len(tokens) == 1:
        m = _GLUED.match(tokens[0].text)
        if not m or m.group("unit").lower() not in UNIT_WORDS:
            return None
        unit_word = m.group("unit").lower()
        if len(unit_word) == 1 and not _standalone_letter_unit(tokens[0]):
            return None  # "3D printing", "2G network"
        if m.group("unit") == "W" and not _timed_by_the_word_before(tokens[0]):
            return None  # "a 65W charger", "is 65W": a capital W is the watt's symbol ("lasted 2W": weeks)
        return _make(span, [m.group("num")], unit_word, [], rule)
    idx = next((i for i, t in enumerate(tokens) if i > 0 and t.lower_ in UNIT_WORDS), None)
    if idx is None:
        return None
    unit_tok = tokens[idx]
    if unit_tok.lower_ in ("sec", "min") and unit_tok.text.isupper():
        return None  # the SEC, not seconds
    words = [t.text for t in tokens[:idx]]
    if unit_tok.lower_ == "second" and (words[-1].isalpha() and words[-1].lower() not in ("a", "an", "one", "another")
                                        or span.start > 0 and span.doc[span.start - 1].lower_ == "the"):
        return None  # "Friday the twenty second" is an ordinal
    if unit_tok.lower_ in DIGITS_ONLY_UNITS and not (words and words[-1][:1].isdigit()):
        return None
    trailing = [t.lower_ for t in tokens[idx + 1:]]
    return _make(span, words, unit_tok.lower_, trailing, rule)


def _seconds_said(tok: Token) -> bool:
    """'30s' as seconds after a word that leads a length or before one that follows it ('wait 30s',
    'every 45s', 'the last 10s', '20s later', '30s long'); with none, '30s' is a decade or an age ('in
    her 30s', 'the 30s', 'the over-30s'), and '2s and 3s' counts in twos."""
    doc = tok.doc
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    return before in SECONDS_LEADS or after in SECONDS_FOLLOWERS


# words right before a figure that make it a length of time: "lasted 2W", "for 3W"
_TIMING_WORDS: Final = LASTING_VERBS | {"for", "within", "after", "over", "in", "wait", "spend"}  # lemmas


def _timed_by_the_word_before(tok: Token) -> bool:
    """The word before the figure times it ("lasted 2W", "for 3W"), as a watt's figure is never."""
    return tok.i > 0 and tok.doc[tok.i - 1].lemma_.lower() in _TIMING_WORDS


def _standalone_letter_unit(tok: Token) -> bool:
    """'10D' as ten days only where it is not a modifier: 'for 10D', not '3D printing'; hours of two
    digits or more modify a noun as a length does ('a 24h metro pass', 'the 72h ceasefire')."""
    doc = tok.doc
    if tok.i > 0 and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 1].is_space:
        return False  # inside an identifier: "cc23-413d-b8ab" (a line break before it is a space)
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and not tok.whitespace_ and not nxt.is_punct and not nxt.is_space \
            or nxt is not None and nxt.text in ("-", "/"):
        return False
    if _HOURS_BEFORE_A_NOUN.match(tok.text):
        return nxt is None or nxt.pos_ != "NUM"
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _make(span: Span, words: list[str], unit_word: str, trailing: list[str], rule: str) -> TimeSpan | None:
    unit, factor = UNIT_WORDS[unit_word]
    read = read_amount(words)
    if read is None:
        return None
    amount, precision, low_amount = read
    if trailing:  # "an hour and a half", "one year and a quarter"
        frac = next((FRACTION_WORDS[w] for w in trailing if w in FRACTION_WORDS), None)
        if frac is None:
            return None
        amount += frac
        low_amount = amount
    amount, low_amount = amount * factor, low_amount * factor
    days = to_days(amount, unit)
    low = to_days(low_amount, unit)
    doc = span.doc
    end = span.end
    adjectival = any(t.text in ("-", "–") for t in span) and span[-1].lower_ in UNIT_WORDS and not span[-1].lower_.endswith("s")
    age = False
    # "12-year-old", "12 years old", "12-year-olds"
    after = [t.lower_ for t in doc[end:end + 2]]
    if after[:2] in (["-", "old"], ["-", "olds"]) or after[:1] == ["old"]:
        age = True
        end += 2 if after[0] == "-" else 1
    first = words[0].lower() if words else ""
    return TimeSpan(
        start=span.start, end=end, amount=amount, unit=unit, days=days, low=min(low, days), high=max(low, days),
        precision=precision, rule=rule, qualifier="range" if low != days else "exact",
        adjectival=adjectival and not age, age=age,
        single=first in ("a", "an", "another", "one") and amount == 1,
    )


def read_amount(words: list[str]) -> tuple[float, float, float] | None:
    """Figure words before a unit -> (amount, precision, low): ['one', 'and', 'a', 'half'] -> 1.5; ['5', 'and', '10'] -> range."""
    if len(words) >= 3 and words[1] in ("-", "–") and words[0][:1].isdigit() and words[2][:1].isdigit():
        left, right = _number(words[:1]), _number(words[2:3])  # "5-10 years"
        if left is None or right is None or left[0] >= right[0]:
            return None
        return right[0], right[1], left[0]
    ws = [w.lower() for w in words if w not in ("-", "–")]
    if ws and ws[-1][:1].isdigit() and ws[-1][-1] in FRACTION_WORDS:
        ws = ws[:-1] + [ws[-1][:-1], ws[-1][-1]]  # "2½" -> "2", "½"
    if len(ws) == 1 and ws[0] in ONE_WORDS:  # "all day", "full-week", "another month"
        return 1.0, 0.0, 1.0
    ws = [w for w in ws if w not in FILLER_WORDS]
    if not ws:
        return None
    if len(ws) == 1 and ws[0] in ONE_WORDS:  # "a full year"
        return 1.0, 0.0, 1.0
    slash = _SLASH_FRACTION.match(ws[-1])
    if slash and int(slash["top"]) < int(slash["bottom"]):  # "2 1/2", "1/2"
        base = _number(ws[:-1]) if len(ws) > 1 else (0.0, 0.0)
        if base is None:
            return None
        value = base[0] + int(slash["top"]) / int(slash["bottom"])
        return value, 0.0, value
    frac = [w for w in ws if w in FRACTION_WORDS or w == "quarters"]
    if frac:  # "half an", "a half", "one and a half", "½"
        k = ws.index(frac[0])
        part = FRACTION_WORDS.get(frac[0], 0.25)
        if frac[0] in ("quarter", "quarters") and k > 0 and ws[k - 1] == "three":
            part, ws = 0.75, ws[:k - 1] + ws[k:]  # "one and three-quarter hours"
        rest = [w for w in ws if w not in FRACTION_WORDS and w not in ("a", "an", "and", "quarters")]
        base = _number(rest) if rest else (0.0, 0.0)
        if base is None:
            return None
        value = base[0] + part
        return value, 0.0, value
    if "and" in ws:  # "twenty and four" is 24; "5 and 10" (after "between") is a range
        i = ws.index("and")
        left, right = _number(ws[:i]), _number(ws[i + 1:])
        if left is None or right is None:
            return None
        words_sum = parse_words(ws)
        if words_sum is not None and (left[0] >= 20 and left[0] % 10 == 0 and right[0] < 10
                                      or ws[i - 1] in HUNDREDS_AND_UP and right[0] < SCALES[ws[i - 1]]):
            return words_sum, 0.0, words_sum  # "twenty and four", "one hundred and twenty"
        return right[0], right[1], left[0]
    number = _number(ws)
    if number is None:
        return None
    return number[0], number[1], number[0]


def _number(words: list[str]) -> tuple[float, float] | None:
    text = " ".join(words).replace(" - ", "-")
    n = parse_number(text)
    if n is None and len(words) > 1:
        value = parse_words(words)
        return None if value is None else (value, 0.0)
    if n is None or n.value <= 0:
        return None
    return n.value, n.precision


def _with_spoken_minutes(doc: Doc, t: TimeSpan) -> TimeSpan:
    """'1 hour thirty', 'two hours forty-five', 'an hour and five': the bare figure after the hours is
    minutes, as said aloud; not where a noun follows it ('an hour 20 people came') or it is no whole
    minute count."""
    if t.unit != "hour" or t.qualifier != "exact" or t.age or t.end >= len(doc):
        return t
    first = t.end + 1 if doc[t.end].lower_ == "and" and t.end + 1 < len(doc) else t.end  # "an hour and five"
    end = first + 1
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].like_num:
        end += 2  # "forty-five"
    words = [tok.text for tok in doc[first:end] if tok.text != "-"]
    nxt = doc[end] if end < len(doc) else None
    if not doc[first].like_num or nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM")
                                                       or nxt.lower_ in UNIT_WORDS):
        return t  # "an hour 20 people came"; "an hour and 20 minutes" is two spans, merged
    if nxt is not None and nxt.text in ("-", "/", ":", ".") and end + 1 < len(doc) and doc[end + 1].like_num:
        return t  # "1 hour 30.5", "2 hours 1/2": some other figure
    n = parse_number("-".join(words)) if len(words) > 1 else parse_number(words[0])
    value = n.value if n is not None else parse_words(words)
    if value is None or not 1 <= value < 60 or value != int(value):
        return t
    days = t.days + to_days(value, "minute")
    amount = round(from_days(days, "minute"), 6)
    return replace(t, end=end, amount=amount, unit="minute", days=days, low=days, high=days,
                   rule=t.rule + "+minutes", single=False)


def _merge(doc: Doc, atoms: list[TimeSpan]) -> list[TimeSpan]:
    """Join 'five years and two months' (units falling) into one span, and '2 to 4 years' into a range."""
    out: list[TimeSpan] = []
    for t in sorted(atoms, key=lambda a: a.start):
        t = _with_range_start(doc, t)
        prev = out[-1] if out else None
        if prev is not None and t.start < prev.end:
            continue
        if prev is not None and not prev.age and not t.age and prev.qualifier == t.qualifier == "exact":
            gap = [tok.lower_ for tok in doc[prev.end:t.start]]
            if len(gap) <= 2 and all(g in (",", "and") for g in gap) and _parts_of_one(prev, t):
                days = prev.days + t.days
                amount = round(from_days(days, t.unit), 6)
                out[-1] = replace(prev, end=t.end, amount=amount, unit=t.unit, days=days, low=days, high=days,
                                  precision=max(prev.precision, t.precision), rule=prev.rule + "+" + t.rule.split(".")[-1],
                                  adjectival=t.adjectival, single=False)
                continue
            if len(gap) == 1 and gap[0] in RANGE_SEPARATORS and t.unit == prev.unit and prev.days < t.days:
                # "two years to five years" ("from 95 minutes to 20 minutes" falls: a change, two figures)
                out[-1] = replace(t, start=prev.start, low=prev.days, high=t.days, qualifier="range")
                continue
        out.append(t)
    return out


def _parts_of_one(big: TimeSpan, small: TimeSpan) -> bool:
    """'two years and three days' is one length; 'six months and 200 hours (of community service)' is two.

    The smaller part of a compound is under one of the next unit up: nobody writes '200 hours' for 8 days.
    Days after years or months are the exception, as reigns, tenures, records and pregnancies are
    told: 'reigned for 70 years and 214 days', 'eleven months and 12 days' (the days under the unit
    before them; weeks are skipped).
    """
    order = UNIT_ORDER[small.unit]
    if order >= UNIT_ORDER[big.unit]:
        return False
    if big.unit == "year" and small.unit == "day":
        return small.days < 366
    if big.unit == "month" and small.unit == "day":
        return small.days < 31
    next_up = next(u for u, i in UNIT_ORDER.items() if i == order + 1)
    return small.days < to_days(1, next_up)


def _with_range_start(doc: Doc, t: TimeSpan) -> TimeSpan:
    """'2 to 4 years' / '5-10 years': the span starts at the first figure, low from it."""
    i = t.start
    if i < 2 or doc[i].lower_ in ONE_WORDS or t.qualifier == "range":
        return t
    sep, first = doc[i - 1], doc[i - 2]
    if i >= 4 and sep.text in ("-", "\u2011") and first.lower_ in ("to", "or") and doc[i - 3].text in ("-", "\u2011") \
            and doc[i - 4].like_num:
        i, sep, first = i - 2, first, doc[i - 4]  # "a two-to-three-hour drive", "six-to-eight-week": one word
    signed = first.text[:1].isdigit() and first.text[-1] in FRACTION_WORDS  # "2½ to 3 hours", "2½–3 hours"
    if sep.lower_ not in RANGE_SEPARATORS or not (first.like_num or signed):
        return t
    n = read_amount([first.text]) if signed else _number([first.text])
    if n is None or n[0] >= t.amount:
        return t
    _, factor = UNIT_WORDS.get(doc[t.end - 1].lower_, (t.unit, 1.0))
    low = to_days(n[0] * factor, t.unit)
    return replace(t, start=i - 2, low=low, high=t.days, qualifier="range")


def _with_whole_number(doc: Doc, t: TimeSpan) -> TimeSpan:
    """'3 ½ hours' -> 3.5 hour: the ruler's fraction-sign pattern starts at '½'."""
    i = t.start
    if i == 0 or doc[i].text not in FRACTION_WORDS or not doc[i - 1].text.isdigit():
        return t
    factor = t.amount / FRACTION_WORDS[doc[i].text]  # 5 for "½ decade" (10 years)
    amount = t.amount + int(doc[i - 1].text) * factor
    days = to_days(amount, t.unit)
    return replace(t, start=i - 1, amount=amount, days=days, low=days, high=days)


def _with_hyphen_whole(doc: Doc, t: TimeSpan) -> TimeSpan:
    """'two-and-a-half year' -> 2.5 year: the ruler matched only 'half year'."""
    i = t.start
    if doc[i].lower_ not in FRACTION_WORDS:
        return t
    for lead in (["-", "and", "-", "a", "-"], ["-", "and", "-"]):
        first = i - len(lead) - 1
        if first >= 0 and [tok.lower_ for tok in doc[first + 1:i]] == lead:
            n = _number([doc[first].text])
            if n is None:
                return t
            amount = t.amount + n[0] * t.amount / FRACTION_WORDS[doc[i].lower_]
            days = to_days(amount, t.unit)
            return replace(t, start=first, amount=amount, days=days, low=days, high=days)
    return t


def _with_fraction_of(doc: Doc, t: TimeSpan) -> TimeSpan:
    """'three quarters of an hour', 'three-quarters of an hour' -> 0.75 hour: the ruler matched only 'an hour'."""
    i = t.start
    one = t.end - i == 2 and doc[i].lower_ in ("a", "an", "one")  # "an hour", "a decade"
    if not one or i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in FRACTION_OF:
        return t
    word, start, times = doc[i - 2].lower_, i - 2, 1.0
    if start > 1 and doc[start - 1].text in ("-", "\u2011") and not doc[start - 2].whitespace_:
        start -= 1  # "three-quarters of an hour": the count joined by a hyphen
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in ("a", "an", "one") and not word.endswith("s"):
        start -= 1  # "a quarter of an hour"
    elif before is not None and before.like_num and word.endswith("s"):
        n = _number([before.text])  # "three quarters of an hour"
        if n is None:
            return t
        times, start = n[0], start - 1
    elif word.endswith("s"):
        return t  # "quarters of an hour" without a count says no amount
    amount = t.amount * FRACTION_OF[word] * times
    days = to_days(amount, t.unit)
    return replace(t, start=start, amount=amount, days=days, low=days, high=days,
                   rule="duration.fraction_of", single=False)


def _with_qualifier(doc: Doc, t: TimeSpan) -> TimeSpan:
    start_char = doc[t.start].idx
    q = qualifier_before(doc, start_char)
    if q is None:
        return _trailing_bound(doc, t)
    value, q_start = q
    cue = doc.char_span(q_start, start_char, alignment_mode="expand")
    if cue is not None and len(cue) == 1 and cue[0].lower_ == "over" and cue[0].dep_ == "prep":
        return t  # "$5 billion over 10 years": across, not more than ("in under 20 minutes" is a bound)
    q_token = cue.start if cue is not None else None
    if t.qualifier == "range":
        return replace(t, qualifier_start=q_start, qualifier_token=q_token) if value == "range" else t
    if value == "range":
        return t  # "from 10 years" alone is no range
    return replace(t, qualifier=value, qualifier_start=q_start, qualifier_token=q_token)


def _trailing_bound(doc: Doc, t: TimeSpan) -> TimeSpan:
    """'10 years or more', 'two hours at most', '20 minutes max': the bound written after the span;
    'an hour or two' is one to two hours, 'a week or so' about a week."""
    if t.qualifier != "exact":
        return t
    words = [w.lower_ for w in doc[t.end:t.end + 3]]
    if t.single and words[:2] == ["or", "two"] and (len(words) < 3 or doc[t.end + 2].pos_ not in ("NOUN", "ADJ")):
        return replace(t, end=t.end + 2, high=2 * t.days, qualifier="range")  # "an hour or two": one to two
    value = trailing_qualifier(words)
    if value is None or words[:2] == ["at", "most"] and len(words) == 3 and doc[t.end + 2].pos_ in ("NOUN", "ADJ"):
        return t
    return replace(t, qualifier=value)


NOBODY = ""  # subject_of's answer for a length of time about someone the text does not name


def subject_of(doc: Doc, t: TimeSpan) -> str | None:
    """Who the length of time is about: the PERSON/ORG subject of the nearest verb above the span.

    "Berg praised the plan, while Moreau faces a suit ... ending in a 6-year prison
    term": Moreau, not the sentence's first subject. None leaves it to context.subject; NOBODY
    says the span is about someone unnamed.
    """
    from claimkit.extract.context import SUBJECT_LABELS
    from claimkit.extract.cues import PATIENT_VERBS

    if t.age:  # "the 34-year-old Deveraux": an age is of the name it modifies, not of the clause's subject
        owner = doc[t.end - 1].head
        people = [e for e in entities(doc) if e.label_ == "PERSON"]
        ent = next((e for e in people if e.start <= owner.i < e.end), None)
        if ent is not None and owner.i >= t.end:
            return written_name(ent.text)
        # ... or of the name its noun stands in apposition to: "Anna Keller, a 71-year-old teacher",
        # "a 71-year-old teacher, Anna Keller"
        named = [owner.head] if owner.dep_ == "appos" else [c for c in owner.children if c.dep_ == "appos"]
        ent = next((e for e in people for n in named if e.start <= n.i < e.end), None)
        if ent is not None:
            return written_name(ent.text)
        for n in named:  # a name the recognizer missed: "Agnes Pellworth, a 71-year-old teacher"
            if n.pos_ == "PROPN" and not n.ent_type_:
                first = min([c.i for c in n.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [n.i])
                return written_name(doc[first:n.i + 1].text)
        if owner.pos_ == "NOUN" and owner.i >= t.end:
            # "a 67-year-old beekeeper ... was named by the guild": the age is the unnamed beekeeper's,
            # never the clause's agent or subject
            return NOBODY
    for head in doc[t.end - 1].ancestors:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if subj.dep_ == "nsubj" and head.lemma_.lower() in PATIENT_VERBS:
            return None  # "Judge Reddy jailed him for 32 weeks": who imposes a term is not whose it is
        ent = next((e for e in entities(doc) if e.start <= subj.i < e.end and e.label_ in SUBJECT_LABELS), None)
        if ent is not None:
            return written_name(ent.text)
        if subj.pos_ == "PROPN":  # a name NER missed: "while Moreau faces"
            first = min([c.i for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [subj.i])
            return written_name(doc[first:subj.i + 1].text)
        return None
    return None


def written_name(text: str) -> str:
    """'the Justice Department's' -> 'Justice Department' (as context.subject writes names)."""
    text = text.strip().strip("'\"“”‘’")
    text = text[4:] if text[:4].lower() == "the " else text
    return text[:-2] if text.endswith(("'s", "’s")) else text


def char_bounds(doc: Doc, t: TimeSpan) -> tuple[int, int]:
    span = doc[t.start:t.end]
    return span.start_char, span.end_char - t.end_trim
