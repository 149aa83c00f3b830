"""percent claims: SpanRuler candidates (patterns/percent.jsonl) -> PercentValue.

"30%", "30 per cent", "thirty percent", "minus five percent", "between 5% and
10%" (range), "2 percentage points" (noted), "50 basis points" (0.5, noted).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Iterable

from claimkit.extract.base import Context, Found
from claimkit.extract.context import bound_of, change_then_level
from claimkit.extract.numbers import (
    DASHES, FRACTIONS, NUMBER_WORDS, parse_number, parse_words, split_pieces, spoken_decimal,
)
from claimkit.extract.spans_of_time import read_amount
from claimkit.models import PercentValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

KIND: Final = "percent"
NAME: Final = "percent.rules"

PERCENT_WORDS: Final = frozenset({"%", "percent", "percents", "pct", "percentage", "percentages", "pc", "per", "cent", "cents"})
POINT_WORDS: Final = frozenset({"point", "points", "pts"})
SIGNS: Final[dict[str, float]] = {"minus": -1.0, "negative": -1.0, "plus": 1.0}
CONNECTORS: Final = DASHES | {"to", "and"}


# wire and market copy: "cut rates by 25 bps", "a 50bp hike"
BASIS_POINT_ABBREVIATIONS: Final = frozenset({"bp", "bps"})
# words of a percent phrase that are not its figure
NOT_FIGURE_WORDS: Final = PERCENT_WORDS | POINT_WORDS | BASIS_POINT_ABBREVIATIONS | {"basis", "of"}


@dataclass(frozen=True)
class Reading:
    low: float
    high: float
    precision: float
    is_range: bool
    note: str | None = None


def read_percent(texts: list[str]) -> Reading | None:
    """Token texts of a matched span -> Reading: ['12.5', '%'] -> 12.5; ['5', '-', '10', '%'] -> 5..10."""
    pieces = split_pieces(texts)
    low = [p.lower() for p in pieces]
    note = None
    if "basis" in low or low[-1:] and low[-1] in BASIS_POINT_ABBREVIATIONS:
        note, factor = "basis points: hundredths of a percentage point", 0.01
    elif any(w in POINT_WORDS for w in low):
        note, factor = "percentage points: a difference between two percentages", 1.0
    else:
        factor = 1.0
    words = [p for p, w in zip(pieces, low) if w not in NOT_FIGURE_WORDS]
    sign = 1.0
    if words and (words[0].lower() in SIGNS or words[0] in DASHES or words[0] == "−"):
        sign = SIGNS.get(words[0].lower(), -1.0)
        words = words[1:]
    whole_and_part = _and_a_fraction(words)
    if whole_and_part is not None:  # "six and a half per cent": one figure, no range
        return Reading(sign * whole_and_part * factor, sign * whole_and_part * factor, 0.0, False, note)
    for i, w in enumerate(words):
        if w.lower() in CONNECTORS and 0 < i < len(words) - 1:
            a, b = parse_number(" ".join(words[:i])), parse_number(" ".join(words[i + 1:]))
            if a is None or b is None or sign * a.value >= b.value:
                return None
            return Reading(sign * a.value * factor, b.value * factor, max(a.precision, b.precision), True, note)
    part = _fraction(words)
    if part is not None:  # "half a percentage point", "a quarter of a percentage point"
        return Reading(part * factor, part * factor, 0.0, False, note)
    if not words or not all(w[:1].isdigit() or _is_number_word(w) for w in words):
        return None
    n = parse_number(" ".join(words))
    if n is None:
        return None
    value = float(f"{sign * n.value * factor:.12g}")
    return Reading(value, value, n.precision, False, note)


def _and_a_fraction(words: list[str]) -> float | None:
    """['six', 'and', 'a', 'half'] -> 6.5; ['2', 'and', 'a', 'quarter'] -> 2.25 (read as a span of
    time's figure words are); else None."""
    ws = [w.lower() for w in words]
    if len(ws) < 3 or ws[-1] not in ("half", "quarter") or "and" not in ws:
        return None
    spoken = read_amount(words)
    return None if spoken is None else spoken[0]


def _fraction(words: list[str]) -> float | None:
    """['half', 'a'] -> 0.5; ['a', 'quarter', 'a'] -> 0.25; ['three', 'quarters', 'a'] -> 0.75; else None."""
    ws = [w.lower() for w in words if w.lower() not in ("a", "an")]
    if not ws or ws[-1].rstrip("s") not in FRACTIONS or len(ws) == 1 and ws[0].endswith("s"):
        return None  # "quarters" alone gives no count
    count = parse_words(ws[:-1]) if len(ws) > 1 else 1.0
    return None if count is None else count * FRACTIONS[ws[-1].rstrip("s")]


def _is_number_word(w: str) -> bool:
    w = w.lower()
    return w in NUMBER_WORDS or w in ("and", "a", "thousand") or all(p in NUMBER_WORDS for p in w.split("-"))


def find(doc: Doc, ctx: Context) -> Iterable[Found]:
    """Percentages of a parsed text: 'a 12.5% stake' -> 12.5; 'up to 30 per cent' -> 30, at_most."""
    from claimkit.extract.nlp import SPANS_KEY

    if SPANS_KEY not in doc.spans:
        return []
    readings: list[tuple[Span, Reading]] = []
    for span in doc.spans[SPANS_KEY]:
        if span.label_ != KIND:
            continue
        span, texts = spoken_decimal(span)  # "fifteen point five percent", not "five percent"
        if not _fits(span):
            continue
        reading = read_percent(texts)
        if reading is not None and reading.is_range and change_then_level(doc, span, reading.low, reading.high):
            continue  # "rose from 5% to 7%", "by 2% to 9%": two figures; "forecast from 2% to 3%" a range
        if reading is not None:
            readings.append((span, reading))
    readings.sort(key=lambda sr: (-(sr[0].end - sr[0].start), sr[0].start))
    taken: set[int] = set()
    out: list[Found] = []
    for span, r in readings:
        if taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        qualifier = bound_of(doc, span, r.is_range)  # "over 30%", "30% or more"
        value = PercentValue(amount=r.low, low=r.low, high=r.high, precision=round(r.precision, 6))
        notes = (r.note,) if r.note else ()
        out.append(Found(span.start_char, span.end_char, value, span.id_ or "percent", qualifier, notes=notes))
    return sorted(out, key=lambda f: f.start)


def _fits(span: Span) -> bool:
    """Context checks: 'percent of 10' stands alone, never after '30' ('30 percent of 200 people')."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if span.id_ in ("percent.percent_of", "percent.per_cent_of") and before is not None and before.like_num:
        return False
    if any(t.lower_ == "and" for t in span) and (before is None or before.lower_ != "between") \
            and not span.id_.startswith("percent.num_and_frac"):
        return False  # "5 and 10 percent" without "between" is two figures; "six and a half per cent" one
    if before is not None and before.text == "." and span.start > 1 and doc[span.start - 2].like_num:
        return False  # "1 . 6 %": a decimal split by tokenized newswire, not "6 %"
    return not (before is not None and before.like_num and span[0].like_num and not before.is_punct)
