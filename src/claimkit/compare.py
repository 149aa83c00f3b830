"""Comparison of claims within one fact: Claim -> interval, (interval, interval) -> verdict + severity.

Intervals widen by the figure's implied precision and its qualifier; money is compared
in the base currency over a rate band; dates by day ordinal (month-day when a year is
missing). A bound more than x1.5 away from what another source states is a conflict.
Which pairs are compared at all (one fact or two?) is decided here too.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from typing import NamedTuple

from claimkit.models import Claim

BOUND_FACTOR = 1.5  # a bound this far from another source's figure is a conflict
APPROX = 0.10  # "about" widens by at least 10%
SLACK = 0.01  # dropped decimals ("1,337 crore" vs "1,337.76 crore") are never a conflict
HIGH, MEDIUM = 0.25, 0.05
_LEAP = 2000  # month-day comparisons run in a leap year so "--02-29" exists
INF = math.inf


class Interval(NamedTuple):
    """Comparable range of one claim; `core_lo`/`core_hi` are the stated figures (for the x1.5 rule)."""

    lo: float
    hi: float
    bound: str | None  # "at_least" | "at_most" | None
    core_lo: float  # the stated figure(s) before the qualifier opened one end
    core_hi: float
    space: str  # what the numbers measure ("USD", "days", "md" month-day, "date", "count:charge", ...)


class Verdict(NamedTuple):
    conflict: bool
    severity: str | None  # "high" | "medium" | "low"
    reason: str  # "amount", "bound", "date"
    diff: float  # relative difference of the nearest ends (0 when they meet)


def _widen(lo: float, hi: float, precision: float, qualifier: str, space: str) -> Interval:
    p = max(precision or 0.0, APPROX if qualifier == "approx" else 0.0)
    core_lo, core_hi = lo - abs(lo) * p, hi + abs(hi) * p  # outward for negative figures too
    if qualifier == "at_most":
        return Interval(0.0 if lo >= 0 else -INF, core_hi, "at_most", core_lo, core_hi, space)
    if qualifier == "at_least":
        return Interval(core_lo, INF, "at_least", core_lo, core_hi, space)
    return Interval(core_lo, core_hi, None, core_lo, core_hi, space)


def _day(iso: str, yearless: bool) -> int | None:
    try:
        if iso.startswith("--"):
            month, day = int(iso[2:4]), int(iso[5:7])
            return dt.date(_LEAP, month, day).toordinal()
        d = dt.date.fromisoformat(iso[:10])
        return dt.date(_LEAP, d.month, d.day).toordinal() if yearless else d.toordinal()
    except (ValueError, IndexError):
        return None


def interval(claim: Claim, yearless: bool = False, native: bool = False) -> Interval | None:
    """The range a claim allows, or None when it cannot be compared (no rate, unanchored date).

    `native` keeps money in its own currency (two euro figures never go through a rate band).
    """
    v = claim.value
    q = claim.qualifier
    if claim.kind == "money" and v.low < 0:  # type: ignore[union-attr]
        return None  # "minus €3m": the comparisons work on magnitudes in log space; said, not compared
    if claim.kind == "money" and native:
        return _widen(v.low, v.high, v.precision, q, v.currency)  # type: ignore[union-attr]
    if claim.kind == "money":
        base = v.in_base  # type: ignore[union-attr]
        if base is None:
            return None
        return _widen(base.low, base.high, v.precision, q, base.currency)  # type: ignore[union-attr]
    if claim.kind in ("sentence", "duration"):
        return _widen(*v.days_range(), v.precision, q, "days")  # type: ignore[union-attr]
    if claim.kind in ("count", "percent"):
        return _widen(v.low, v.high, v.precision, q, claim.kind)  # type: ignore[union-attr]
    if claim.kind == "quantity":
        scale = v.base_amount / v.amount if v.amount else 1.0  # type: ignore[union-attr]
        return _widen(v.low * scale, v.high * scale, v.precision, q, v.base_unit)  # type: ignore[union-attr]
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


def is_yearless(claim: Claim) -> bool:
    return claim.kind == "date" and not getattr(claim.value, "year_known", True)


def _rel(a: float, b: float) -> float:
    """Relative gap between two positive figures: 0.25 when one is 25% below the other."""
    if a == b:
        return 0.0
    big = max(abs(a), abs(b))
    return abs(a - b) / big if big else 0.0


def compare(a: Interval, b: Interval) -> Verdict:
    """Agree when the ranges meet (and no bound is x1.5 off); else a conflict with its severity."""
    if a.space != b.space:
        return Verdict(False, None, "incomparable", 0.0)
    if a.space in ("date", "md"):
        if a.lo <= b.hi and b.lo <= a.hi:
            return Verdict(False, None, "date", 0.0)
        return Verdict(True, "high", "date", abs((a.lo if a.lo > b.hi else b.lo) - (b.hi if a.lo > b.hi else a.hi)))
    slack = SLACK
    if a.lo <= b.hi * (1 + slack) and b.lo <= a.hi * (1 + slack):
        return _bound_check(a, b)
    # disjoint: how far apart are the nearest ends?
    lower, upper = (a, b) if a.hi < b.lo else (b, a)
    diff = _rel(lower.hi, upper.lo)
    sev = "high" if diff >= HIGH else "medium" if diff >= MEDIUM else "low"
    return Verdict(True, sev, "amount", diff)


def _bound_check(a: Interval, b: Interval) -> Verdict:
    """'over 5 million TWD' against a figure 3.5 times larger: compatible, but not the same fine."""
    for x, y in ((a, b), (b, a)):
        if x.bound == "at_least" and y.bound != "at_most" and y.core_lo > BOUND_FACTOR * x.core_hi:
            return Verdict(True, "high", "bound", _rel(x.core_hi, y.core_lo))
        if x.bound == "at_most" and y.bound != "at_least" and y.core_hi * BOUND_FACTOR < x.core_lo:
            return Verdict(True, "high", "bound", _rel(x.core_lo, y.core_hi))
    return Verdict(False, None, "meet", 0.0)


# ----------------------------------------------------------------------------- which pairs are one fact


def separate_statements(x: list[Claim], y: list[Claim], a: Interval, b: Interval) -> bool:
    """Two figures a document states in different sentences (or list lines) are two facts (a
    November and a December fine), not a contradiction; one statement can contradict itself
    ("€1.28 billion (1.13 billion)"), and so can a bound against the document's own figure."""
    if x[0].kind == "date":
        return True  # "fined in 2018 and again last year": one document's two dates are two events
    if {(c.sentence, c.line) for c in x} & {(c.sentence, c.line) for c in y}:
        # "€1.28 billion (1.13 billion)" restates one figure; "200 million (of which 68.7 million)"
        # gives a part of it
        return abs(center(a) - center(b)) > math.log(1.5)
    return a.bound is None and b.bound is None


def multi_valued(sides: list[list[Claim]], hull: list[Interval]) -> dict[str, list[int]]:
    """Documents that state several different values in this slot (several fines of one company),
    with the indices of their sides."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sides):
        by_doc[s[0].doc].append(i)
    out: dict[str, list[int]] = {}
    for d, idx in by_doc.items():
        pairs = ((i, j) for n, i in enumerate(idx) for j in idx[n + 1:])
        if any(separate_statements(sides[i], sides[j], hull[i], hull[j]) and compare(hull[i], hull[j]).conflict
               for i, j in pairs):
            out[d] = idx
    return out


def several_facts(docs: list[str], hull: list[Interval]) -> bool:
    """True when the slot's figures form two or more groups (within x1.5) each told by two or more
    documents: a November fine and a December fine, a total and a part. Figures from different
    groups are then different facts; an outlier told by one source is still compared."""
    if not hull or hull[0].space in ("date", "md"):
        return False
    order = sorted(range(len(hull)), key=lambda k: center(hull[k]))
    groups: list[set[str]] = []
    last = None
    for k in order:
        c = center(hull[k])
        if last is None or c - last > math.log(1.5):
            groups.append(set())
        groups[-1].add(docs[k])
        last = c
    return sum(1 for g in groups if len(g) >= 2) >= 2


def scale_slip(gap: float) -> bool:
    """The same digits at another power of ten (log gap of the centres): '$220 billion' for
    '$220 million', '$5.5 million' for '$550,000' — a slipped scale word or decimal point."""
    ratio = math.exp(gap)
    return any(abs(ratio / 10.0 ** k - 1) < 0.02 for k in range(1, 10))


def center(iv: Interval) -> float:
    lo, hi = iv.core_lo, iv.core_hi
    return math.log(max(lo * hi, 1e-300)) / 2 if lo > 0 and hi > 0 and iv.space not in ("date", "md") else (lo + hi) / 2


def nearest(i: int, j: int, docs: list[str], hull: list[Interval], multi: dict[str, list[int]],
             sentences: list[set[str]]) -> bool:
    """When i's document has several values, j is compared with the nearest one only, and only
    when it is within x2 of it; a figure far from all of them is likely yet another fact."""
    if docs[i] not in multi:
        return True
    cj = center(hull[j])
    best = min(multi[docs[i]], key=lambda k: abs(center(hull[k]) - cj))
    if best != i and not (sentences[best] & sentences[i]):  # a conversion beside it is the same fact
        return False
    return hull[j].space in ("date", "md") or abs(center(hull[i]) - cj) <= math.log(2)
