"""Extract: documents (`Source`) -> `Claim`s, parsed by spaCy and read by one module per kind.

    nlp.py              the spaCy pipeline (loaded once) and `chunks`: a text -> the pieces it parses
    passes.py           parse in two passes: every sentence tokenized and its entities found, the
                        rest only where triggers.py sees a possible claim
    <kind>.py           money, percent, sentence, duration, date, quantity, count, law, quote
    base.py             what a kind module is given (`Context`) and gives back (`Found`)
    context.py          who and what a figure is about: subject, attribute, modality, qualifier
    cues.py, numbers.py cue tables and printed numbers; spans_of_time.py and dates_*.py what
                        several kinds read (spans of time, the date grammar)
    budget.py           the time budget of one document; cache.py its claims kept between runs
    patterns/           the SpanRuler's token patterns, one file per kind

`EXTRACTORS` is the registry, in priority order: where two kinds claim
overlapping text ("10 years in prison" is a sentence, not a duration or a
date), the earlier kind wins. Laws and quotes may overlap anything.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import time
from typing import TYPE_CHECKING, Iterable

from claimkit.extract import (
    context, count, date, duration, law, money, percent, quantity, quote, sentence,
)
from claimkit.extract.base import Context, Extractor, Found, doc_text, first_to_claim
from claimkit.extract.cues import THRESHOLD_VERBS
from claimkit.extract.idioms import idiom_spans
from claimkit.models import CLAIM_TYPES, COMPARED_KINDS, Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimkit.extract.nlp import Piece
    from claimkit.ingest import Source
    from claimkit.settings import Settings

EXTRACTORS: tuple[Extractor, ...] = (money, percent, sentence, duration, date, quantity, count, law, quote)  # type: ignore[assignment]
OVERLAPPING_KINDS = frozenset({"law", "quote"})
BOUND_KINDS = frozenset({"money", "percent", "sentence", "duration", "quantity", "count"})

__all__ = ["EXTRACTORS", "claims_from_doc", "claims_within", "extract_source", "Found", "Context"]


def extract_source(source: Source, settings: Settings, docs: Iterable[tuple[Piece, Doc]]) -> list[Claim]:
    """Claims of one source, from its parsed pieces ((`nlp.Piece`, Doc) pairs)."""
    ctx = Context(doc_id=source.doc.id, published=source.doc.published, settings=settings)
    claims: list[Claim] = []
    for piece, doc in docs:
        claims.extend(claims_from_doc(doc, ctx, source, piece))
    claims.sort(key=lambda c: (c.start, c.end, c.kind))
    return claims


def claims_from_doc(doc: Doc, ctx: Context, source: Source, piece: Piece) -> list[Claim]:
    return claims_within(doc, ctx, source, piece, math.inf)[0]


def claims_within(doc: Doc, ctx: Context, source: Source, piece: Piece, deadline: float,
                  failures: list[str] | None = None) -> tuple[list[Claim], bool]:
    """Claims of one parsed piece, stopping at `deadline` (time.monotonic()): between extractors,
    and inside a long one by an alarm. Returns (claims found so far, complete?). With a `failures`
    list, a reader that fails on this text (a parse no rule foresaw) costs only its own claims there:
    the failure is appended ("date: StopIteration") and the other readers go on; without one it
    raises, as tests want."""
    from claimkit.extract.budget import OverBudget, alarm

    found: list[tuple[str, str, Found]] = []
    complete = True
    try:
        with alarm(deadline):
            for ex in EXTRACTORS:
                if time.monotonic() > deadline:
                    raise OverBudget
                try:
                    found.extend((ex.KIND, ex.NAME, _with_qualifier(ex.KIND, f, doc)) for f in list(ex.find(doc, ctx)))
                except OverBudget:
                    raise
                except Exception as e:  # noqa: BLE001 - reported as the document's note by the caller
                    if failures is None:
                        raise
                    failures.append(f"{ex.KIND}: {type(e).__name__}")
    except OverBudget:
        complete = False
    idioms = idiom_spans(doc)
    if idioms:  # "the whole nine yards": no measure
        found = [x for x in found if x[0] in OVERLAPPING_KINDS
                 or not any(a <= x[2].start and x[2].end <= b for a, b in idioms)]
    claims = []
    for kind, name, f in _resolve_overlaps(found):
        if time.monotonic() > deadline + 1.0:  # turning 200,000 dates into claims is slow too
            return claims, False
        try:
            claims.append(_to_claim(kind, name, f, doc, source, piece))
        except Exception as e:  # noqa: BLE001 - the claim's context could not be read: the claim is lost, not the run
            if failures is None:
                raise
            failures.append(f"{kind}: {type(e).__name__}")
    return claims, complete


def _with_qualifier(kind: str, f: Found, doc: Doc) -> Found:
    """Widen the span over the words that bound it, so the claim reads as printed:
    "up to 10 years in prison", "over 5 million TWD" (the qualifier is part of what the source said)."""
    if kind not in BOUND_KINDS or f.qualifier not in ("at_most", "at_least", "approx"):
        return f
    cue = context.qualifier_before(doc, f.start)
    if cue is None or cue[0] != f.qualifier or cue[1] >= f.start \
            or doc_text(doc)[cue[1]:f.start].strip().lower() in THRESHOLD_VERBS:  # "sales topped [$40 million]"
        return f
    return dataclasses.replace(f, start=cue[1])


def _resolve_overlaps(found: list[tuple[str, str, Found]]) -> list[tuple[str, str, Found]]:
    """Where two kinds claim overlapping text the earlier kind (then the longer span) keeps it; a
    span of time or a measure that describes the things a count counts ("18,460 three-day parcels",
    "300 10-tonne lorries") shares its text with the count."""
    priority = {ex.KIND: i for i, ex in enumerate(EXTRACTORS)}
    ranked = sorted(found, key=lambda x: (priority[x[0]], -(x[2].end - x[2].start), x[2].start))
    counts = sorted((f.start, f.end) for kind, _, f in found if kind == "count")

    def shares(x: tuple[str, str, Found]) -> bool:
        kind, _, f = x
        if kind in OVERLAPPING_KINDS:
            return True
        if kind not in _COUNT_MODIFIERS or not counts:
            return False
        k = bisect.bisect_left(counts, (f.start, -1)) - 1  # the last count starting before it
        return k >= 0 and counts[k][0] < f.start and f.end <= counts[k][1]

    return first_to_claim(ranked, lambda x: x[2], shares)


_COUNT_MODIFIERS = frozenset({"duration", "quantity"})


def _to_claim(kind: str, name: str, f: Found, doc: Doc, source: Source, piece: Piece) -> Claim:
    start, end = piece.source_index(f.start), piece.source_end(f.end)
    line, column = source.position(start)
    sent = context.sentence_of(doc, f.start, f.end)
    printed = source.text[piece.source_index(sent.start_char):piece.source_end(sent.end_char)]  # not as parsed
    region = next((r.kind for r in source.doc.regions if r.start <= start < r.end), None)
    cls = CLAIM_TYPES[kind]
    return cls(  # type: ignore[return-value]
        id=f"{source.doc.id}#{start}-{end}",
        doc=source.doc.id,
        text=source.text[start:end],
        start=start, end=end, line=line, column=column,
        sentence=printed.strip(),
        subject=(f.subject if f.subject is not None else context.subject(doc, f.start, f.end, kind)) or None,
        attribute=f.attribute or context.attribute(kind, doc, f.start, f.end),
        modality=f.modality or context.modality(sent, f.start, f.end),
        qualifier=f.qualifier,
        value=f.value,
        confidence=f.confidence,
        extractor=f"{name}:{f.rule}" if f.rule else name,
        region=region,
        notes=list(f.notes),
        context=context.path_words(doc, f.start, f.end, kind) if kind in COMPARED_KINDS else [],
        places=context.places(doc, f.start, f.end) if kind in COMPARED_KINDS else [],
        verb=list(context.clause_verb(doc, f.start, f.end) or ()) if kind in COMPARED_KINDS else [],
    )
