"""Comparison of values within one fact: Claim -> Interval, (Interval, Interval) -> Verdict.

Intervals widen by the figure's implied precision and its qualifier; money is compared
in the base currency over a rate band (or in its own currency when both share it); dates
by day ordinal (month-day when a year is missing). A floor more than x1.5 below what
another source states is a conflict; two stated maxima compare as figures. Which claims are
one fact is decided before this, by the aligner.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache
from typing import NamedTuple

from claimkit.models import Claim, DateValue, SpanValue

BOUND_FACTOR = 1.5  # a bound this far from another source's figure is a conflict
DEADLINE_SLACK_DAYS = 31  # two deadlines this close are one told two ways ("by the end of March", "by April")
APPROX = 0.10  # "about" widens by up to 10%...
APPROX_DIGITS = 3.0  # ...but by no more than three times the figure's own rounding: "about 8.6 trillion" is 8.6 ± 1%
# months told against days or weeks: N months of a calendar run N x 30.44 days, give or take two and a half
# (three months are 89 to 92 days, 62 months 1,885 to 1,889)
MONTH_SLACK_DAYS = 2.5
UNIT_KINDS = frozenset({"quantity", "sentence", "duration"})  # kinds whose figures in two units compare to their rounding
SLACK = 0.01  # dropped decimals ("1,337 crore" vs "1,337.76 crore") are never a conflict
HIGH, MEDIUM = 0.25, 0.05
_LEAP = 2000  # month-day comparisons run in a leap year so "--02-29" exists
INF = math.inf
DATE_SPACES = frozenset({"date", "md"})  # spaces measured in day ordinals, not magnitudes
TEMPERATURE = "kelvin"  # temperatures of a named scale compare in kelvin
KELVIN_PER_DEGREE = {"degree_Celsius": 1.0, "degree_Fahrenheit": 5 / 9}
# spaces with no slack: whole counts (211 votes against 212), and temperatures, where 1% of a
# kelvin figure is three degrees
UNSLACKED = frozenset({"count", TEMPERATURE})
# a share of another measure restated as its figure: "up to 10% of its annual turnover — roughly
# €84 million", "a tenth of the budget, or about $2m", "30% of the fund, or $4.35 million" (not
# the whole a share is of: "16.3% of the constituency's 72,771 electors")
_SHARE_OF = re.compile(r"(?:(?<![\d.])\d++(?:\.\d++)?\s?(?:%|per\s?cent|percent)|\b(?:half|(?:a|one)[\s-]+(?:third|quarter|fifth|tenth)))"
                       r"\s{1,3}of\b[^\d.;,—–]{1,50}(?:,|\s[—–-])\s{0,3}(?:or\s{1,3}|i\.e\.\s{1,3})?"
                       r"(?:roughly|about|around|some|nearly|almost|approximately)?\s{0,3}$", re.IGNORECASE)

# what may stand between a figure and its restatement: "€500,000 ($550,000)", "144 months (12 years)",
# "€2m, or about $2.2m", and an apposition that converts it: "$3.1 million, the equivalent of about 52
# coins", "80 coins, worth some $5 million", "12 coins, with an estimated value of about $700,000",
# a bracket after what the sum was paid in ("$2.6 million in bitcoin (48 BTC)"), and a valuing
# apposition after the few words of the figure's own clause ("80 coins were seized last week, worth
# some $5 million"; no figure between), or converts it by a verb ("€1.2 million, converted to about $1.3
# million", "£40,000, which translates to $50,000")
# (read on the gap with its spaces collapsed, so nothing backtracks)
BRACKETED = re.compile(r"(?:in [^\W\d_]+ )?[(\[]")
_VALUED = (r"(?:with an? (?:estimated |approximate )?value of|(?:then |now |currently |today )?(?:worth|valued at)"
           r"|(?:which )?(?:convert|translat)(?:e[sd]?|ing|s)?(?: (?:to|into))?)")
_RESTATED = re.compile(r"(?:" + BRACKETED.pattern + r"|[=≈~]|,? ?or|,? ?i\.e\.,?|, (?:the )?equivalent (?:of|to)|,? ?" + _VALUED
                       + r"|(?<![^\W\d_])[^\W\d_]++(?: [^\W\d_]++){0,5}+, " + _VALUED + ")"
                       r"(?: ?(?:about|around|roughly|some|approximately|nearly|almost|equivalent to|worth|or))?",
                       re.IGNORECASE)


class Interval(NamedTuple):
    """Comparable range of one claim; `core_lo`/`core_hi` are the stated figures (for the x1.5 rule)."""

    lo: float
    hi: float
    bound: str | None  # "at_least" | "at_most" | None
    core_lo: float  # the stated figure(s) before the qualifier opened one end
    core_hi: float
    space: str  # what the numbers measure ("USD", "days", "md" month-day, "date", "count:charge", ...)
    lean: int = 0  # an approximation that names its side (+1 over, -1 under): its printed end is exact


class Verdict(NamedTuple):
    conflict: bool
    severity: str | None  # "high" | "medium" | "low"
    reason: str  # "amount", "bound", "date"
    diff: float  # relative difference of the nearest ends (0 when they meet)


def _widen(lo: float, hi: float, precision: float, qualifier: str, space: str, written: float = 0.0,
           lean: int = 0) -> Interval:
    """The figure's range: its rounding, "about" (a few units of its last digit, at most 10%: "about
    4.7 million" 3 x 1.1%, "about 75" 3 x 0.7%, "about 300" 10%), and an open end for a bound.
    `written` is the figure as printed, before any conversion, for the rounding of a whole figure.
    `lean` is the side an approximation names (`leaning`): "just over 30%" widens upward only."""
    p = precision or 0.0
    if qualifier == "approx":
        p = max(p, min(APPROX, APPROX_DIGITS * (p or _digit_precision(written or lo))))
    core_lo, core_hi = lo - abs(lo) * p, hi + abs(hi) * p  # outward for negative figures too
    if qualifier == "approx" and lean and lo >= 0:
        core_lo, core_hi = (lo, core_hi) if lean > 0 else (core_lo, hi)
        return Interval(core_lo, core_hi, None, core_lo, core_hi, space, lean)
    if qualifier == "at_most":
        return Interval(0.0 if lo >= 0 else -INF, core_hi, "at_most", core_lo, core_hi, space)
    if qualifier == "at_least":
        # a round floor is a threshold, not a rounded figure: "more than 800 million" is no 750
        # million ("more than 4.7 million" may be 4.66 million rounded)
        floor = lo if _one_digit(written or lo) else core_lo
        return Interval(floor, INF, "at_least", core_lo, core_hi, space)
    return Interval(core_lo, core_hi, None, core_lo, core_hi, space)


# An approximation that names its side: "just over 30%" is 30% or a little more, never 29.5%; "just
# under 2%" is 2% or a little less. The figure itself stays inside (29.96% may be printed "30.0%").
# ("Nearly" and "almost" are left either side: outlets write "nearly 2 million" of a tally that went
# on past it.)
_LEANS_UP = re.compile(r"(?:just|slightly|a little|a bit|fractionally|marginally) (?:over|above|more than|higher than)\b",
                       re.IGNORECASE)
_LEANS_DOWN = re.compile(r"(?:(?:just|slightly|a little|a bit|fractionally|marginally) (?:under|below|less than|short of"
                         r"|lower than))\b", re.IGNORECASE)


def leaning(claim: Claim) -> int:
    """+1 when the claim's approximation says the figure is a little more than printed, -1 a little
    less, 0 either side ("about", "some") or no approximation."""
    if claim.qualifier != "approx":
        return 0
    text = claim.text[:40]
    return 1 if _LEANS_UP.match(text) else -1 if _LEANS_DOWN.match(text) else 0


def _one_digit(x: float) -> bool:
    """One significant digit: 800, 5,000, 2 million (not 2.3 million, not 750)."""
    return len(significant_digits(x)) == 1


@lru_cache(maxsize=1 << 16)
def significant_digits(x: float) -> str:
    """A figure's digits without its scale: 48,600,000 and 4.86 -> '486', 800 -> '8', 0 -> ''."""
    return f"{abs(x):.6e}".split("e")[0].replace(".", "").rstrip("0")


def _digit_precision(x: float) -> float:
    """Half a unit of the last non-zero digit of a whole figure, relative: 75 -> 0.0067, 300 -> 0.17
    (what "about" rounds to; a figure with decimals carries its own precision)."""
    n = round(abs(x))
    if n == 0 or n != abs(x):
        return APPROX / APPROX_DIGITS
    step = 1
    while n % (step * 10) == 0:
        step *= 10
    return 0.5 * step / n


def _day(iso: str, yearless: bool) -> int | None:
    try:
        if iso.startswith("--"):
            month, day = int(iso[2:4]), int(iso[5:7])
            return dt.date(_LEAP, month, day).toordinal()
        d = dt.date.fromisoformat(iso[:10])
        return dt.date(_LEAP, d.month, d.day).toordinal() if yearless else d.toordinal()
    except (ValueError, IndexError):
        return None


def _fraction_rounding(v: SpanValue, lo: float, hi: float) -> tuple[float, float]:
    """A length told in halves or quarters of its unit is rounded to them: "five and a half weeks"
    is 5.5 weeks give or take a quarter, so 36.75 to 40.25 days ("39 days" is the same length). A prison
    term is exact to its month, however it is written, and a whole figure keeps its own unit."""
    step = {0.5: 0.5, 0.25: 0.25, 0.75: 0.25}.get(v.amount % 1)
    if step is None or v.low != v.high:
        return lo, hi
    give = step / 2 * v.days / v.amount
    return lo - give, hi + give


def interval(claim: Claim, yearless: bool = False, native: bool = False, rounded: bool = False) -> Interval | None:
    """The range a claim allows, or None when it cannot be compared (no rate, unanchored date).

    `native` keeps money in its own currency (two euro figures never go through a rate band).
    `rounded` widens a quantity's whole figure by half a unit of its last digit: what a figure
    converted from another unit was rounded to ("a 17-mile (27-kilometer) path": 17 miles are
    27.4 km), and a length in months by a calendar month's give ("three months" against "90 days").
    Two figures in one unit stay exact: "17 miles" against "18 miles" is a conflict.
    """
    v = claim.value
    q = claim.qualifier
    lean = leaning(claim)
    if claim.kind == "money" and (v.low < 0 or v.currency_source == "ambiguous"):  # type: ignore[union-attr]
        return None  # "minus €3m" (comparisons work on magnitudes in log space), a "$" of unknown dollar
    if claim.kind == "money" and native:
        return _widen(v.low, v.high, v.precision, q, v.currency, v.amount, lean)  # type: ignore[union-attr]
    if claim.kind == "money":
        base = v.in_base  # type: ignore[union-attr]
        if base is None:
            return None
        return _widen(base.low, base.high, v.precision, q, base.currency, v.amount)  # type: ignore[union-attr]
    if claim.kind in ("sentence", "duration"):
        lo, hi = v.days_range()  # type: ignore[union-attr]
        if rounded and v.unit == "month":  # type: ignore[union-attr]
            # calendar months run 28 to 31 days: "three months" may be a "90-day" state of emergency
            lo, hi = lo - MONTH_SLACK_DAYS, hi + MONTH_SLACK_DAYS
        elif rounded and claim.kind == "duration":
            lo, hi = _fraction_rounding(v, lo, hi)  # type: ignore[arg-type]
        return _widen(lo, hi, v.precision, q, "days", v.amount, lean)  # type: ignore[union-attr]
    if claim.kind in ("count", "percent"):
        return _widen(v.low, v.high, v.precision, q, claim.kind, lean=lean)  # type: ignore[union-attr]
    if claim.kind == "quantity" and v.unit in KELVIN_PER_DEGREE:  # type: ignore[union-attr]
        return _temperature(v, q)
    if claim.kind == "quantity":
        scale = v.base_amount / v.amount if v.amount else 1.0  # type: ignore[union-attr]
        precision = v.precision or (_digit_precision(v.amount) if rounded else 0.0)  # type: ignore[union-attr]
        return _widen(v.low * scale, v.high * scale, precision, q, v.base_unit, v.amount, lean)  # type: ignore[union-attr]
    if claim.kind == "date":
        if not v.anchored or not v.start or not v.end:  # type: ignore[union-attr]
            return None
        yl = yearless or not v.year_known  # type: ignore[union-attr]
        lo, hi = _day(v.start, yl), _day(v.end, yl)  # type: ignore[union-attr]
        if lo is None or hi is None or (yl and hi < lo):  # a yearless span across New Year: skip
            return None
        space = "md" if yl else "date"
        if q == "at_most":  # "by 2026"
            return Interval(-INF, hi, "at_most", lo, hi, space)
        if q == "at_least":  # "after March"
            return Interval(lo, INF, "at_least", lo, hi, space)
        return Interval(lo, hi, None, lo, hi, space)
    return None


def _temperature(v, qualifier: str) -> Interval:  # noqa: ANN001 - a QuantityValue
    """A temperature in kelvin. The scales are offset, not multiples, so each end converts by itself
    ("44-46C"), and the figure's rounding is a width in degrees ("46.4C" is 46.4 ± 0.05 degrees,
    not ± 0.1% of 319.55 K)."""
    degree = KELVIN_PER_DEGREE[v.unit]
    # half a unit of the last digit written, a zero included ("40C" is 39.5 to 40.5)
    decimals = repr(float(v.amount)).partition(".")[2].rstrip("0")
    width = (abs(v.amount) * v.precision if v.precision else 0.5 * 10.0 ** -len(decimals)) * degree
    if qualifier == "approx":
        width *= APPROX_DIGITS
    core_lo = v.base_amount + (v.low - v.amount) * degree - width
    core_hi = v.base_amount + (v.high - v.amount) * degree + width
    if qualifier == "at_most":
        return Interval(0.0, core_hi, "at_most", core_lo, core_hi, TEMPERATURE)
    if qualifier == "at_least":
        return Interval(core_lo, INF, "at_least", core_lo, core_hi, TEMPERATURE)
    return Interval(core_lo, core_hi, None, core_lo, core_hi, TEMPERATURE)


def is_yearless(claim: Claim) -> bool:
    return claim.kind == "date" and not getattr(claim.value, "year_known", True)


def _rel(a: float, b: float) -> float:
    """Relative gap between two positive figures: 0.25 when one is 25% below the other."""
    if a == b:
        return 0.0
    big = max(abs(a), abs(b))
    return abs(a - b) / big if big else 0.0


def compare(a: Interval, b: Interval) -> Verdict:
    """Agree when the ranges meet (and no floor is x1.5 below the other figure); else a conflict with its severity."""
    if a.space != b.space:
        return Verdict(False, None, "incomparable", 0.0)
    if a.space in DATE_SPACES:
        if a.bound == b.bound == "at_most":
            # two deadlines of one thing ("all claims paid by March 2026", "by March 2027") state
            # their dates, though both reach back without end; one a month or less after the other
            # is the same deadline told another way ("by the end of March", "by April")
            a, b = _as_stated(a), _as_stated(b)
            if max(a.lo, b.lo) - min(a.hi, b.hi) <= DEADLINE_SLACK_DAYS:
                return Verdict(False, None, "date", 0.0)
        if a.lo <= b.hi and b.lo <= a.hi:
            return Verdict(False, None, "date", 0.0)
        return Verdict(True, "high", "date", abs((a.lo if a.lo > b.hi else b.lo) - (b.hi if a.lo > b.hi else a.hi)))
    if a.bound == b.bound == "at_most":
        # two stated maxima of one penalty: "up to 5 years" against "up to 7 years" disagree on
        # the figure, though the ranges [0, 5] and [0, 7] overlap (a cap is a precise figure; two
        # floors, "at least 2 dead" and "at least 3 dead", are both true and stay intervals)
        a, b = _as_stated(a), _as_stated(b)
    slack = 0.0 if a.space in UNSLACKED or a.lean or b.lean else SLACK
    if a.lean * b.lean < 0 and (a.hi == b.lo or b.hi == a.lo):
        return Verdict(True, "low", "amount", 0.0)  # "just under 40%" against "just over 40%"
    if a.lo <= b.hi * (1 + slack) and b.lo <= a.hi * (1 + slack):
        return _bound_check(a, b)
    # disjoint: how far apart are the nearest ends?
    lower, upper = (a, b) if a.hi < b.lo else (b, a)
    diff = _rel(lower.hi, upper.lo)
    sev = "high" if diff >= HIGH else "medium" if diff >= MEDIUM else "low"
    return Verdict(True, sev, "amount", diff)


def _bound_check(a: Interval, b: Interval) -> Verdict:
    """'over 5 million TWD' against a figure 3.5 times larger: compatible, but not the same fine.
    Only a floor misleads that way: a figure far below a stated cap is what a cap is for ("faces
    up to 20 years", "sentenced to 5 years"; "fines of up to 4% of turnover", "fined 1%"), and
    only against a figure: two floors are both true ("at least 2 dead" early, "at least 12 dead"
    as the toll rose)."""
    for x, y in ((a, b), (b, a)):
        if x.bound == "at_least" and y.bound is None and y.core_lo > BOUND_FACTOR * x.core_hi:
            return Verdict(True, "high", "bound", _rel(x.core_hi, y.core_lo))
    return Verdict(False, None, "meet", 0.0)


def center(iv: Interval) -> float:
    lo, hi = iv.core_lo, iv.core_hi
    return math.log(max(lo * hi, 1e-300)) / 2 if lo > 0 and hi > 0 and iv.space not in DATE_SPACES else (lo + hi) / 2


def shared_space(a_currency: str | None, b_currency: str | None, a_no_year: bool, b_no_year: bool) -> str:
    """Which interval two claims compare in: 'native' (money in the currency both are in: two euro
    figures never meet a rate band), 'yearless' (a date without a year beside any date: month and
    day), else 'base' (the base currency, full dates)."""
    if a_currency is not None and a_currency == b_currency:
        return "native"
    return "yearless" if a_no_year or b_no_year else "base"


def compare_claims(a: Claim, b: Claim) -> Verdict | None:
    """Two claims' verdict in the space they share (shared_space); None when either cannot be
    compared (no rate, no anchor)."""
    currency = [c.value.currency if c.kind == "money" else None for c in (a, b)]  # type: ignore[union-attr]
    space = shared_space(*currency, is_yearless(a), is_yearless(b))
    units = {c.value.unit for c in (a, b) if c.kind in UNIT_KINDS}  # type: ignore[union-attr]
    x, y = (interval(c, yearless=space == "yearless", native=space == "native", rounded=len(units) == 2)
            for c in (a, b))
    if x is None or y is None:
        return None
    return compare(*slipped_floors(a, b, x, y))


def slipped_floors(a: Claim, b: Claim, x: Interval, y: Interval) -> tuple[Interval, Interval]:
    """Two floors of one numeral in another unit ("closed for at least nine weeks", "at least nine
    months"; "banned for at least three years", "three months") are a slip of the unit: compared as
    the figures they state, though both ranges are open upwards (floors of other figures stay
    intervals: "at least 2 dead" and "at least 12 dead" are both true)."""
    if x.bound == y.bound == "at_least" and same_numeral(a, b):
        return _as_stated(x), _as_stated(y)
    return x, y


def _as_stated(iv: Interval) -> Interval:
    """The figures a bound states, its open end closed: what two caps, or two slipped floors, compare."""
    return iv._replace(lo=iv.core_lo, hi=iv.core_hi, bound=None)


def moved_point(x: float, y: float) -> str | None:
    """The significant digits two figures share when one is the other with its decimal point or scale
    moved, a power of ten apart ("126,500" and "12,650" -> '1265'), else None."""
    digits = significant_digits(x)
    if digits != significant_digits(y):
        return None
    ratio = math.log10(abs(x / y))
    return digits if abs(ratio - round(ratio)) < 1e-6 else None


def typing_slip(a: Claim, b: Claim) -> bool:
    """One figure printed as the other with one slip of the keys: the same numeral in another unit
    ("38 kg", "38 pounds"), the decimal point or the scale moved ("£14.8 million", "£1.48 million";
    "R4.2 billion", "R4.2 million"), two neighbouring digits swapped ("1.38 million", "1.83
    million"; "12 days", "21 days"; "24.7%", "27.4%" across the point), one digit changed, dropped or
    added in a figure of three digits or more ("1,240", "1,740"; "1,850", "850"). Two figures of two digits that differ otherwise
    ("3.9%", "5.9%"; "45", "65") often tell two things. A day is slipped when its month name is
    another with the day and year the same ("July 9, 2027" for "June 9, 2027": the names are
    confused) or when its day or year is one slip of the keys ("March 12" for "March 21"). A figure
    worked out as a share of another is left out ("up to 10% of its turnover, roughly €84 million"
    beside the turnover's "€840 million": a power of ten by arithmetic, not by a slip)."""
    if a.kind == "date" == b.kind:
        return _day_slip(a, b)
    if a.kind != b.kind or told_as_share(a) or told_as_share(b):
        return False
    if same_numeral(a, b):
        return True
    amounts = _signed_amounts(a, b)
    if amounts is None:
        return False
    x, y = amounts
    dx, dy = significant_digits(x), significant_digits(y)
    if dx == dy:  # a slipped decimal point or scale word: a power of ten apart
        digits = moved_point(x, y)
        return digits is not None and len(digits) >= 2
    edit = _key_slip(_digits_at_units(x), _digits_at_units(y))
    return edit == "swap" or (edit is not None and max(len(dx), len(dy)) >= 3)


def scale_word_slipped(a: Claim, b: Claim) -> bool:
    """One figure printed as the other with its scale changed and its numeral kept: "640,000 baht"
    as "640 million baht", "2.35 billion dong" as "2.35 trillion": the same numeral of two significant
    digits or more (its groups of three zeros counted as a scale), a power of a thousand apart ("12.5
    million" and "12,500" are two numerals)."""
    amounts = _signed_amounts(a, b) if a.kind == b.kind else None
    if amounts is None:
        return False
    x, y = amounts
    digits = moved_point(x, y)
    power = round(math.log10(abs(x / y)))
    numeral = _printed_numeral(a.text)
    return digits is not None and len(digits) >= 2 and power != 0 and power % 3 == 0 \
        and numeral is not None and numeral == _printed_numeral(b.text)


_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _printed_numeral(text: str) -> str | None:
    """The first numeral as printed, less its groups of three zeros ("640,000" -> "640")."""
    m = _NUMERAL.search(text)
    if m is None:
        return None
    numeral = m.group()
    while numeral.endswith(",000"):
        numeral = numeral[:-4]
    return numeral


def digits_slipped(a: Claim, b: Claim) -> bool:
    """Two figures of three significant digits or more, one the other with two neighbouring digits
    swapped or one digit dropped ("4,172 people" for "4,712"; "3,508 kiosks" for "358"): a numeral
    that shares all its digits but one slip with another is seldom another measure's by chance."""
    amounts = _signed_amounts(a, b) if a.kind == b.kind else None
    if amounts is None:
        return False
    x, y = amounts
    dx, dy = significant_digits(x), significant_digits(y)
    if dx == dy or min(len(dx), len(dy)) < 3:  # the same digits: one figure, or a moved point (align.shifted)
        return False
    return _key_slip(_digits_at_units(x), _digits_at_units(y)) in ("swap", "drop")


def _signed_amounts(a: Claim, b: Claim) -> tuple[float, float] | None:
    """The two figures' amounts, when both are finite, not zero and of one sign (a slip is of digits)."""
    x, y = getattr(a.value, "amount", None), getattr(b.value, "amount", None)
    if not x or not y or not all(map(math.isfinite, (x, y))) or (x < 0) != (y < 0):
        return None
    return x, y


def _day_slip(a: Claim, b: Claim) -> bool:
    """Two single days, one the other with its month name confused or its day or year mistyped
    (typing_slip), each as printed: a slip is of what was written, so "Monday" against "Wednesday",
    days worked out from weekdays, is none."""
    days = []
    for c in (a, b):
        v = c.value
        if not isinstance(v, DateValue) or v.granularity != "day" or not v.year_known or not v.start \
                or v.start != v.end:
            return False
        days.append(dt.date.fromisoformat(v.start))
    x, y = days
    texts = (a.text.casefold(), b.text.casefold())

    def written(*parts: str) -> bool:
        return all(re.search(rf"(?<!\d){p}(?!\d)", t) for p, t in zip(parts, texts))

    if x == y:
        return False
    if x.day == y.day and x.year == y.year:
        return written(str(x.day), str(y.day)) and all(_MONTH_NAME.search(t) for t in texts)  # the names confused
    if x.month == y.month and x.year == y.year:
        return written(str(x.day), str(y.day)) and max(x.day, y.day) >= 10 \
            and _key_slip(str(x.day), str(y.day)) is not None
    return x.month == y.month and x.day == y.day and written(str(x.year), str(y.year)) \
        and _key_slip(str(x.year), str(y.year)) is not None


_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b")


def told_as_share(c: Claim) -> bool:
    """A share of another measure restated as a figure (_SHARE_OF)."""
    return told_before(c, _SHARE_OF, 80)


def told_before(c: Claim, pattern: re.Pattern[str], reach: int) -> bool:
    """The words just before the figure (up to `reach` characters, the pattern anchored on the figure
    with "$") match `pattern`."""
    at = c.sentence.find(c.text)
    return at > 0 and bool(pattern.search(c.sentence, max(0, at - reach), at))


def told_after(c: Claim, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """`pattern` matched right after the figure, if it matches there."""
    at = c.sentence.find(c.text)
    return pattern.match(c.sentence, at + len(c.text)) if at >= 0 else None


def _digits_at_units(x: float) -> str:
    """The figure's digits with the units digit at a fixed place (850 -> '850.', 18.3 -> '18.3'):
    strings of two figures line up digit for digit, so an edit of one is one edit of the string."""
    return f"{abs(x):.6f}".rstrip("0")


def _key_slip(s: str, t: str) -> str | None:
    """Which one slip turns s into t: "swap" (neighbours), "change", "drop" (or add); None if none."""
    if len(s) == len(t):
        diff = [k for k in range(len(s)) if s[k] != t[k]]
        if len(diff) == 1:
            return "change"
        # neighbours, or in a figure of three digits or more the two either side of the decimal point
        # ("24.7" for "27.4"; two-digit shares such as "3.2%" and "2.3%" too often tell two things)
        across = len(s.replace(".", "")) >= 3 and s[diff[0] + 1:diff[0] + 2] == "."
        neighbours = len(diff) == 2 and (diff[1] == diff[0] + 1 or diff[1] == diff[0] + 2 and across)
        swapped = neighbours and s[diff[0]] == t[diff[1]] and s[diff[1]] == t[diff[0]]
        return "swap" if swapped else None
    longer, shorter = (s, t) if len(s) > len(t) else (t, s)
    if len(longer) - len(shorter) == 1 and any(longer[:k] + longer[k + 1:] == shorter for k in range(len(longer))):
        return "drop"
    return None


def same_numeral(a: Claim, b: Claim) -> bool:
    """The same numeral written in another unit ("8.4 tonnes per hectare", "8.4 kilograms per
    hectare"; "nine weeks", "nine months"): a slip of the unit, whatever the values' distance.
    (A money figure's amount is the whole sum, so "$2.1 million" and "$2.1 billion" are not.)"""
    x, y = getattr(a.value, "amount", None), getattr(b.value, "amount", None)
    return x is not None and x == y and a.kind == b.kind


def restating_gap(a: Claim, b: Claim) -> str | None:
    """The words between two figures of one sentence, when they are words that restate the first
    as the second ("(", ", or about", "worth"); else None."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    sentence = first.sentence
    i = sentence.find(first.text)
    j = sentence.find(second.text, i + len(first.text)) if i >= 0 else -1
    gap = " ".join(sentence[i + len(first.text):j].split()) if i >= 0 and j >= 0 else None
    return gap if gap is not None and _RESTATED.fullmatch(gap) else None
