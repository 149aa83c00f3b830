"""Reconciliation: Claims + Documents -> Facts and Conflicts, and the Report around them.

Claims are blocked by slot (kind, subject, attribute, modality), never compared all
against all; within a slot, each (value, document) side is compared with the others
as intervals (compare.py), money in the base currency over ECB rate bands (fx.py).
"""

from __future__ import annotations

import gc
import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable

from claimkit import fx
from claimkit.compare import (
    Interval, center, compare, interval, is_yearless, multi_valued, nearest, scale_slip, separate_statements,
    several_facts,
)
from claimkit.errors import PatternError, RateUnavailable
from claimkit.models import BaseAmount, Claim, Conflict, Document, ExtractResult, Fact, FactValue, Report, Summary
from claimkit.settings import Settings
from claimkit.slots import (
    COMPARED_KINDS, SlotKey, derived_pairs, display_names, display_subject, event_subjects, slot_key, source_groups,
    subject_aliases, with_derivation,
)

ALL_PAIRS_SIDES = 80  # above this many sides in one fact, compare each side with the best-supported only
ANCHORS = 20
MAX_CONFLICTS_PER_FACT = 50
FAR = 3.0  # exact figures further apart than this are different facts, not one misreported
FAR_CROSS = 10.0  # the same across currencies
FAR_BOUND = 10.0  # a bound ("a maximum of 170 years") this far from a figure (62 months) caps another fact
_DOC_STEM = re.compile(r"^(?P<stem>.+?)(?:_[0-9a-f]{8,})?(?:\.\w{1,5})?$")


# ----------------------------------------------------------------------------- entry points


def provenance(documents: list[Document], claims: list[Claim], texts: list[str] | None = None) -> list[Document]:
    """Documents with derived_from set for copies (shingles) and translations (same figures in order)."""
    return with_derivation(documents, derived_pairs(documents, claims, texts))


def reconcile_claims(claims: list[Claim], documents: list[Document],
                     settings: Settings) -> tuple[list[Claim], list[Fact], list[Conflict]]:
    """Claims (money given its base-currency interval), the facts they make up, and the conflicts.
    Provenance is worked out here unless the documents already carry it."""
    if not any(d.derived_from for d in documents):
        documents = provenance(documents, claims)
    return _without_gc(_reconcile, claims, documents, settings)


def _without_gc(fn, *args):  # noqa: ANN001, ANN002, ANN202
    # many small acyclic records: the cyclic collector would rescan them all, over and over
    enabled = gc.isenabled()
    gc.disable()
    try:
        return fn(*args)
    finally:
        if enabled:
            gc.enable()


def _reconcile(claims: list[Claim], documents: list[Document],
               settings: Settings) -> tuple[list[Claim], list[Fact], list[Conflict]]:
    """reconcile_claims, on documents whose provenance is known."""
    groups = source_groups(documents)
    claims = _with_base(claims, {d.id: d for d in documents}, settings)
    order = {d.id: i for i, d in enumerate(documents)}
    undated = frozenset(d.id for d in documents if d.published is None)
    aliases = subject_aliases(c.subject for c in claims)
    names = display_names(claims, aliases)
    ordered = sorted(claims, key=lambda c: (order.get(c.doc, len(order)), c.start, c.end))
    keyed = event_subjects([(slot_key(c, aliases), c) for c in ordered])
    # a claim whose sentence names no modality joins the one modality the other sources give it
    modalities: dict[tuple, set[str | None]] = defaultdict(set)
    for k, _ in keyed:
        modalities[k[:3]].add(k.modality)
    slots: dict[SlotKey, list[Claim]] = defaultdict(list)
    for k, c in keyed:
        named = modalities[k[:3]] - {None}
        if k.modality is None and len(named) == 1:
            k = k._replace(modality=next(iter(named)))
        slots[k].append(c)

    facts: list[Fact] = []
    conflicts: list[Conflict] = []
    for key, members in slots.items():
        comparable = key.kind in COMPARED_KINDS and key.subject is not None and key.attribute is not None
        if not comparable:
            # nothing says these are about one thing: only identical values make a fact
            for same in _by_value(members).values():
                facts.append(_fact(f"f{len(facts) + 1}", key, same, groups, [], names))
            continue
        ivs = {c.id: interval(c) for c in members}
        compared = [c for c in members if ivs[c.id] is not None]
        for same in _by_value([c for c in members if ivs[c.id] is None]).values():
            facts.append(_fact(f"f{len(facts) + 1}", key, same, groups, [], names))
        if not compared:
            continue
        found, parts, agreed = _conflicts(key, compared, ivs, settings, undated, names)
        # each group of sides linked by a comparison is one fact; sides never compared
        # ("$35,000 costs" beside "$220 million") are facts of their own
        for part in parts:
            fid = f"f{len(facts) + 1}"
            ids = {c.id for c in part}
            mine = []
            for x in found:
                if x.claims[0] in ids:
                    mine.append(x.model_copy(update={"id": f"x{len(conflicts) + len(mine) + 1}", "fact": fid}))
            conflicts.extend(mine)
            links = [pair for pair in agreed if pair[0][0] in ids]
            facts.append(_fact(fid, key, part, groups, mine, names, links))
    return claims, facts, conflicts


def build_report(result: ExtractResult, settings: Settings, texts: list[str] | None = None) -> Report:
    """The report of CONTRACT.md: documents (with provenance), claims, facts, conflicts, summary."""
    documents = provenance(result.documents, result.claims, texts)  # with the texts: shingles too
    claims, facts, conflicts = _without_gc(_reconcile, result.claims, documents, settings)
    by_sev = Counter(x.severity for x in conflicts)
    report_settings = dict(result.settings)
    undated = sorted({c.doc for c in claims if c.kind == "money" and c.value.in_base  # type: ignore[union-attr]
                      and c.value.in_base.rate_source != "identity"  # type: ignore[union-attr]
                      and next((d.published for d in documents if d.id == c.doc), None) is None})
    if undated:
        report_settings["fx_note"] = (f"{len(undated)} document(s) without a publication date: money converted "
                                      f"over the last {fx.NO_DATE_YEARS} years of rates")
    return Report(
        tool=result.tool, generated_at=result.generated_at, settings=report_settings,
        documents=documents, claims=claims, facts=facts, conflicts=conflicts, skipped=result.skipped,
        summary=Summary(documents=len(documents), claims=len(claims), facts=len(facts),
                        conflicts={s: by_sev.get(s, 0) for s in ("high", "medium", "low")},
                        skipped=len(result.skipped)),
    )


# ----------------------------------------------------------------------------- money


def _with_base(claims: list[Claim], docs: dict[str, Document], settings: Settings) -> list[Claim]:
    """Money claims with in_base filled; an unknown currency gets a note instead."""
    bands: dict[tuple, fx.RateBand | str] = {}
    out: list[Claim] = []
    base = settings.base_currency.upper()
    rates = str(settings.rates_file) if settings.rates_file else None
    for c in claims:
        if c.kind != "money" or c.value.in_base is not None:  # type: ignore[union-attr]
            out.append(c)
            continue
        if c.value.low < 0:  # type: ignore[union-attr]
            out.append(c.model_copy(update={"notes": [*c.notes, "not compared: a negative amount"]}))
            continue
        doc = docs.get(c.doc)
        published = doc.published if doc else None
        k = (c.value.currency, published)  # type: ignore[union-attr]
        if k not in bands:
            try:
                bands[k] = fx.rate_band(k[0], base, published, settings.fx_window_days, rates)
            except (RateUnavailable, PatternError) as exc:
                bands[k] = str(exc)
        band = bands[k]
        if isinstance(band, str):
            out.append(c.model_copy(update={"notes": [*c.notes, f"not comparable: {band}"]}))
            continue
        v = c.value
        in_base = BaseAmount(currency=base, low=v.low * band.low, high=v.high * band.high,  # type: ignore[union-attr]
                             rate_date=band.window, rate_source=band.source)
        out.append(c.model_copy(update={"value": v.model_copy(update={"in_base": in_base})}))
    return out


# ----------------------------------------------------------------------------- facts


def _value_key(c: Claim) -> tuple:
    v = c.value
    if c.kind == "money":
        return (v.currency, v.low, v.high, c.qualifier)  # type: ignore[union-attr]
    if c.kind == "date":
        relative = v.relative if not v.anchored else None  # type: ignore[union-attr]
        return (v.start, v.end, v.granularity, relative, c.qualifier)  # type: ignore[union-attr]
    if c.kind in ("sentence", "duration"):
        low, high = v.days_range()  # type: ignore[union-attr]
        return (round(low, 2), round(high, 2), c.qualifier)
    if c.kind == "count":
        return (v.lemma or v.noun, v.low, v.high, c.qualifier)  # type: ignore[union-attr]
    if c.kind == "quantity":
        return (v.base_unit, round(v.base_amount, 9), c.qualifier)  # type: ignore[union-attr]
    if c.kind == "law":
        return (v.canonical,)  # type: ignore[union-attr]
    if c.kind == "quote":
        return ((v.speaker or "").casefold(), " ".join(v.quote.casefold().split()))  # type: ignore[union-attr]
    return (v.low, v.high, c.qualifier)  # type: ignore[union-attr]


def _by_value(claims: Iterable[Claim]) -> dict[tuple, list[Claim]]:
    out: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        out[_value_key(c)].append(c)
    return out


def _fact(fid: str, key: SlotKey, claims: list[Claim], groups: dict[str, str], found: list[Conflict],
          names: dict[str, str], agreements: list[list[list[str]]] | None = None) -> Fact:
    values = [
        FactValue(value=same[0].value, claims=[c.id for c in same],
                  documents=sorted({c.doc for c in same}),
                  independent_sources=len({groups.get(c.doc, c.doc) for c in same}))
        for same in _by_value(claims).values()
    ]
    docs = {c.doc for c in claims}
    status = "conflict" if found else "agreed" if len(docs) >= 2 else "single_source"
    return Fact(id=fid, kind=key.kind, subject=display_subject(key.subject, claims, names),  # type: ignore[arg-type]
                attribute=key.attribute, modality=key.modality, status=status,  # type: ignore[arg-type]
                claims=[c.id for c in claims], values=values, agreements=agreements or [])


# ----------------------------------------------------------------------------- conflicts


def _hull(ivs: list[Interval]) -> Interval:
    first = ivs[0]
    if len(ivs) == 1:
        return first
    return first._replace(lo=min(i.lo for i in ivs), hi=max(i.hi for i in ivs),
                          core_lo=min(i.core_lo for i in ivs), core_hi=max(i.core_hi for i in ivs))


def _conflicts(key: SlotKey, claims: list[Claim], ivs: dict[str, Interval | None], settings: Settings,
               undated: frozenset[str], names: dict[str, str],
               ) -> tuple[list[Conflict], list[list[Claim]], list[list[list[str]]]]:
    """Every disagreeing pair of sides (one value in one document), the slot's claims split into
    facts (sides linked by a comparison), and the pairs of sides compared and found to agree.
    Regions stay out of comparisons unless asked."""
    live = [c for c in claims if c.region is None or settings.include_regions]
    side_map: dict[tuple, list[Claim]] = defaultdict(list)
    for c in live:
        side_map[(_value_key(c), c.doc)].append(c)
    sides = list(side_map.values())
    by_value: dict[tuple, list[Claim]] = defaultdict(list)  # for "also 002:22" in summaries
    for (value, _), side in side_map.items():
        by_value[value].extend(side)
    parent = list(range(len(sides)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def parts() -> list[list[Claim]]:
        """Linked sides, in order of first claim; a region claim joins a part with its value."""
        position = {c.id: n for n, c in enumerate(claims)}
        by_root: dict[int, list[Claim]] = defaultdict(list)
        for i, side in enumerate(sides):
            by_root[find(i)].extend(side)
        groups = sorted(by_root.values(), key=lambda g: min(position[c.id] for c in g))
        where = {_value_key(c): g for g in groups for c in g}
        for c in claims:
            if c.region is not None and not settings.include_regions:
                g = where.get(_value_key(c))
                if g is None:
                    g = []
                    groups.append(g)
                    where[_value_key(c)] = g
                g.append(c)
        return [sorted(g, key=lambda c: position[c.id]) for g in groups if g]

    if len(sides) < 2:
        return [], parts(), []
    hull = [_hull([ivs[c.id] for c in s]) for s in sides]  # type: ignore[misc]
    yearless = [any(is_yearless(c) for c in s) for s in sides]
    currency = [s[0].value.currency if key.kind == "money" else None for s in sides]  # type: ignore[union-attr]
    other: dict[tuple[int, str], Interval | None] = {}

    def view(i: int, how: str) -> Interval | None:
        """Side i as month-days ('md') or in its own currency ('native'), computed once."""
        if (i, how) not in other:
            got = [interval(c, yearless=how == "md", native=how == "native") for c in sides[i]]
            other[(i, how)] = _hull([g for g in got if g]) if all(got) else None  # type: ignore[misc]
        return other[(i, how)]

    if len(sides) <= ALL_PAIRS_SIDES:
        pairs: Iterable[tuple[int, int]] = ((i, j) for i in range(len(sides)) for j in range(i + 1, len(sides)))
    else:  # blocking inside a huge fact: compare with the best-supported sides only
        anchors = sorted(range(len(sides)), key=lambda i: -len(sides[i]))[:ANCHORS]
        pairs = {(min(i, a), max(i, a)) for a in anchors for i in range(len(sides)) if i != a}
        pairs = sorted(pairs)
    docs = [s[0].doc for s in sides]
    agreed: list[list[list[str]]] = []  # sides compared and found to agree, for check's "supported by"
    multi = multi_valued(sides, hull)
    sentences = [{c.sentence for c in side} for side in sides]
    several = several_facts(docs, hull)
    dated = hull[0].space in ("date", "md")
    cen = [0.0 if dated else center(h) for h in hull]
    out: list[Conflict] = []
    for i, j in pairs:
        a, b = hull[i], hull[j]
        if docs[i] == docs[j]:
            if separate_statements(sides[i], sides[j], a, b):
                continue
        elif not (nearest(i, j, docs, hull, multi, sentences) and nearest(j, i, docs, hull, multi, sentences)):
            continue
        gap = abs(cen[i] - cen[j])
        # exact figures beyond x3 apart (and not the same digits at another power of ten) are another
        # amount (costs beside a fine, a total beside a part), not a misreport of this one; with
        # several told facts, beyond x2. Bounds keep the x1.5 rule.
        cross = currency[i] != currency[j]  # a currency mix-up is a misreport worth showing up to x10
        far = math.log(2 if several else FAR_BOUND if a.bound or b.bound else FAR_CROSS if cross else FAR)
        if gap > far and not scale_slip(gap):
            continue
        how = "md" if yearless[i] or yearless[j] else "native" if currency[i] and currency[i] == currency[j] else ""
        if how:
            a, b = view(i, how), view(j, how)  # type: ignore[assignment]
            if a is None or b is None:
                continue
        verdict = compare(a, b)
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
        if not verdict.conflict:
            agreed.append([[c.id for c in sides[i]], [c.id for c in sides[j]]])
            continue
        if len(out) >= MAX_CONFLICTS_PER_FACT:
            continue
        severity = "high" if key.kind == "sentence" else verdict.severity
        ids_a, ids_b = [c.id for c in sides[i]], [c.id for c in sides[j]]
        out.append(Conflict(
            id="", fact="", severity=severity, kind=key.kind,  # type: ignore[arg-type]
            subject=display_subject(key.subject, sides[i] + sides[j], names), attribute=key.attribute,
            claims=ids_a + ids_b, sides=[ids_a, ids_b], reason=verdict.reason,
            summary=_summary(key, sides[i], sides[j], a, b, verdict.reason, verdict.diff, settings, undated, names,
                             by_value),
        ))
    return out, parts(), agreed


def _ref(c: Claim) -> str:
    return f"{_stem(c.doc)}:{c.line}"


@lru_cache(maxsize=4096)
def _stem(doc_id: str) -> str:
    """'000_2df3a78b5b1835e0.txt' -> '000'; '01-ctol.md' -> '01-ctol'."""
    m = _DOC_STEM.match(doc_id.rsplit("/", 1)[-1])
    return m.group("stem") if m else doc_id


def _money(x: float, cur: str) -> str:
    sym = {"USD": "$", "EUR": "€", "GBP": "£"}.get(cur)
    if abs(x) >= 1e9:
        txt = f"{x / 1e9:,.3g} billion"
    elif abs(x) >= 1e7:
        txt = f"{x / 1e6:,.3g} million"
    else:
        txt = f"{x:,.3g}" if abs(x) < 1000 else f"{round(x, -3 if abs(x) >= 1e5 else -2):,.0f}"
    return f"{sym}{txt}" if sym else f"{txt} {cur}"


def _side_words(side: list[Claim], base: str, by_value: dict[tuple, list[Claim]]) -> str:
    c = side[0]
    mine = {x.id for x in side}
    also = [x for x in by_value.get(_value_key(c), []) if x.id not in mine]
    refs = ", ".join(dict.fromkeys(_ref(x) for x in side[:5])) + (", …" if len(side) > 5 else "")
    if also:  # the same figure elsewhere: the editor sees its support without a second conflict
        refs += "; also " + ", ".join(dict.fromkeys(_ref(x) for x in also[:5])) + (", …" if len(also) > 5 else "")
    text = f'"{c.text}" ({refs})'
    if c.kind == "money" and c.value.in_base and c.value.currency != base:  # type: ignore[union-attr]
        b = c.value.in_base  # type: ignore[union-attr]
        lo, hi = b.low, b.high
        text += f" ≈ {_money(lo, base)}" if _money(lo, base) == _money(hi, base) else \
            f" ≈ {_money(lo, base)}–{_money(hi, base)}"
    return text


def _summary(key: SlotKey, a_side: list[Claim], b_side: list[Claim], a: Interval, b: Interval,
             reason: str, diff: float, settings: Settings, undated: frozenset[str],
             names: dict[str, str], by_value: dict[tuple, list[Claim]]) -> str:
    """One sentence naming both sides' words and where, and whether conversion or rounding explains it."""
    base = settings.base_currency.upper()
    what = ", ".join(x for x in (key.attribute, key.modality) if x)
    label = f"{display_subject(key.subject, a_side + b_side, names)}, {what}" if key.subject else what
    left, right = _side_words(a_side, base, by_value), _side_words(b_side, base, by_value)
    if key.kind == "date":
        grains = {getattr(c.value, "granularity", "day") for c in a_side + b_side}
        unit = next((g for g in ("year", "quarter", "month", "week") if g in grains), "day")
        return f"{label}: {left} and {right} do not overlap: a different {unit} for the same event."
    below = (a.core_hi if a.hi != float("inf") else a.core_lo) < (b.core_lo if b.lo > 0 else b.core_hi)
    rel = ("far " if diff >= 0.25 or reason == "bound" else "") + ("below" if below else "above")
    currencies = {c.value.currency for c in a_side + b_side if c.kind == "money"}  # type: ignore[union-attr]
    if reason == "bound":
        why = f"a bound more than {1.5:g} times away from the other figure"
    elif a.space not in ("date", "md") and scale_slip(abs(center(a) - center(b))):
        why = "the same digits at another power of ten (a slipped decimal point or scale word?)"
    elif a.bound or b.bound:
        why = f"{diff:.0%} outside the bound"
    else:
        why = f"{diff:.0%} apart beyond the figures' rounding"
    if len(currencies) > 1:
        windows = {c.value.in_base.rate_date for c in a_side + b_side if c.value.in_base}  # type: ignore[union-attr]
        why += f"; no rate in {', '.join(sorted(windows))} explains it"
        if any(c.doc in undated for c in a_side + b_side):
            why += " (no publication date: the last five years of rates)"
    elif key.kind == "money":
        why += "; rounding does not explain it"
    return f"{label}: {left} is {rel} {right}: {why}."
