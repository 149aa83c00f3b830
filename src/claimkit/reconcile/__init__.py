"""Reconciliation: Claims + Documents -> Facts (value groups) and Conflicts, and the Report.

    provenance   documents -> derived_from, independent source groups
    rates        money claims -> their interval in the base currency
    frames       compared claims -> Frames (subject, head, context words, event years, roles)
    align        Frames -> clusters that state one fact (scored pairs, average link)
    verdict      clusters -> Facts with value groups, one Conflict per fact in dispute

Laws and quotes are grouped by their canonical value and never conflict.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict

from claimkit.normalize import fx
from claimkit.models import COMPARED_KINDS, Claim, Conflict, Document, ExtractResult, Fact, FactValue, Report, Summary
from claimkit.reconcile.align import Weights, align
from claimkit.reconcile.frames import Frame, build_frames, value_key
from claimkit.reconcile.provenance import derived_pairs, source_groups, with_derivation
from claimkit.reconcile.rates import with_base
from claimkit.reconcile.subjects import display_names, subject_aliases
from claimkit.reconcile.verdict import conflict_record, fact_record, settle
from claimkit.settings import Settings

__all__ = ["build_report", "provenance", "reconcile_claims", "story_frames"]


def provenance(documents: list[Document], claims: list[Claim], texts: list[str] | None = None) -> list[Document]:
    """Documents with derived_from set for copies (shingles) and translations (same figures in order)."""
    return with_derivation(documents, derived_pairs(documents, claims, texts))


def reconcile_claims(claims: list[Claim], documents: list[Document], settings: Settings,
                     weights: Weights | None = None) -> tuple[list[Claim], list[Fact], list[Conflict]]:
    """Claims (money given its base-currency interval), the facts they make up, and the conflicts.
    Provenance is worked out here unless the documents already carry it."""
    if not any(d.derived_from for d in documents):
        documents = _without_gc(provenance, documents, claims)
    return _without_gc(_reconcile, claims, documents, settings, weights)


def _without_gc(fn, *args):  # noqa: ANN001, ANN002, ANN202
    # many small acyclic records: the cyclic collector would rescan them all, over and over
    enabled = gc.isenabled()
    gc.disable()
    try:
        return fn(*args)
    finally:
        if enabled:
            gc.enable()


def story_frames(claims: list[Claim], documents: list[Document], settings: Settings,
                 aliases: dict[str, str] | None = None) -> tuple[list[Claim], list[Claim], list[Frame]]:
    """The claims (money given its base-currency interval), the same in a canonical order (the
    input order never matters), and the frames of the compared ones; provenance as given."""
    claims = with_base(claims, {d.id: d for d in documents}, settings)
    ordered = sorted(claims, key=lambda c: (c.doc, c.start, c.end, c.kind))
    if aliases is None:
        aliases = subject_aliases(c.subject for c in claims)
    return claims, ordered, build_frames(ordered, source_groups(documents), aliases, settings.include_regions,
                                          {d.id: d.published for d in documents})


def _reconcile(claims: list[Claim], documents: list[Document], settings: Settings,
               weights: Weights | None) -> tuple[list[Claim], list[Fact], list[Conflict]]:
    groups = source_groups(documents)
    aliases = subject_aliases(c.subject for c in claims)  # with_base changes no subject
    claims, claims_sorted, frames = story_frames(claims, documents, settings, aliases)
    undated = frozenset(d.id for d in documents if d.published is None)
    names = display_names(claims, aliases)
    facts: list[Fact] = []
    conflicts: list[Conflict] = []
    by_kind: dict[str, list[Frame]] = defaultdict(list)
    resting: list[Frame] = []  # claims in promotions and disclaimers: shown, never compared
    for f in frames:
        (by_kind[f.claim.kind] if f.live else resting).append(f)
    for kind in sorted(by_kind):
        kframes = by_kind[kind]
        alignment = align(kframes, weights)
        settled = settle(kframes, alignment)
        extra, lone = _attach(resting, kind, kframes, settled)
        settled += [([], []) for _ in lone]  # a region claim repeating no value: a fact of its own
        extra.update({len(settled) - len(lone) + n: [c] for n, c in enumerate(lone)})
        cohesion = alignment.cohesion([[m for g in vgroups for m in g.members] for vgroups, _ in settled])
        for n, (vgroups, outliers) in enumerate(settled):
            fid = f"f{len(facts) + 1}"
            fact = fact_record(fid, kframes, vgroups, outliers, extra.get(n, []), cohesion[n], names)
            facts.append(fact)
            if outliers:
                x = conflict_record(fact, kframes, vgroups, outliers, alignment, settings, undated)
                conflicts.append(x.model_copy(update={"id": f"x{len(conflicts) + 1}"}))
    resting_left = [f.claim for f in resting if f.claim.kind not in by_kind]
    # every compared claim has a frame: the others are looked for only when some claims have none
    others = [c for c in claims_sorted if c.kind not in COMPARED_KINDS] if len(frames) < len(claims_sorted) else []
    others += resting_left
    for same in _by_value(others).values():
        facts.append(_plain_fact(f"f{len(facts) + 1}", same, groups))
    return claims, facts, conflicts


def _attach(resting: list[Frame], kind: str, frames: list[Frame],
            settled: list[tuple[list, list[int]]]) -> tuple[dict[int, list[Claim]], list[Claim]]:
    """Region claims of `kind`: those that repeat a fact's value, by the fact's position in
    `settled`, and those that repeat none."""
    where: dict[tuple, int] = {}
    for n, (vgroups, _) in enumerate(settled):
        for g in vgroups:
            for m in g.members:
                where.setdefault(frames[m].value_key, n)
    attached: dict[int, list[Claim]] = defaultdict(list)
    lone: list[Claim] = []
    for f in resting:
        if f.claim.kind != kind:
            continue
        if f.value_key in where:
            attached[where[f.value_key]].append(f.claim)
        else:
            lone.append(f.claim)
    return attached, lone


def _by_value(claims: list[Claim]) -> dict[tuple, list[Claim]]:
    out: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        out[(c.kind, value_key(c))].append(c)
    return out


def _plain_fact(fid: str, claims: list[Claim], groups: dict[str, str]) -> Fact:
    """Laws, quotes and uncompared claims: one fact per value, never in conflict."""
    docs = {c.doc for c in claims}
    value = FactValue(value=claims[0].value, claims=[c.id for c in claims], documents=sorted(docs),
                      independent_sources=len({groups.get(d, d) for d in docs}))
    subjects = Counter(c.subject for c in claims if c.subject)
    return Fact(id=fid, kind=claims[0].kind, subject=subjects.most_common(1)[0][0] if subjects else None,  # type: ignore[arg-type]
                attribute=claims[0].attribute, modality=claims[0].modality,
                status="agreed" if len(docs) >= 2 else "single_source", claims=[c.id for c in claims], values=[value])


def build_report(result: ExtractResult, settings: Settings, texts: list[str] | None = None,
                 weights: Weights | None = None) -> Report:
    """The report of CONTRACT.md: documents (with provenance), claims, facts, conflicts, summary."""
    documents = provenance(result.documents, result.claims, texts)  # with the texts: shingles too
    claims, facts, conflicts = _without_gc(_reconcile, result.claims, documents, settings, weights)
    by_sev = Counter(x.severity for x in conflicts)
    report_settings = dict(result.settings)
    published = {d.id: d.published for d in documents}
    undated = sorted({c.doc for c in claims if c.kind == "money" and c.value.in_base  # type: ignore[union-attr]
                      and c.value.in_base.rate_source != "identity"  # type: ignore[union-attr]
                      and published.get(c.doc) is None})
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
