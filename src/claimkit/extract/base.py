"""What an extractor module gives back, and what it is given.

Each kind module (money, date, ...) exposes `KIND`, `NAME` and
`find(doc, ctx) -> Iterable[Found]`, with offsets into `doc.text`.
The driver in `extract/__init__.py` turns `Found`s into `Claim`s.
"""

from __future__ import annotations

import datetime as dt
import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Protocol, TypeVar

from claimkit.models import ClaimValue, Modality, Qualifier

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimkit.settings import Settings


T = TypeVar("T")


def first_to_claim(ranked: Iterable[T], found: Callable[[T], Found], shares: Callable[[T], bool] = lambda _: False) -> list[T]:
    """Candidates in rank order, each kept unless one kept before it took any of its characters;
    a candidate that `shares` its text is kept and takes none. Taken characters are marked, so a
    piece with thousands of figures stays linear."""
    items = list(ranked)
    taken = bytearray(max((found(x).end for x in items), default=0))
    kept: list[T] = []
    for x in items:
        f = found(x)
        if not shares(x):
            if any(taken[f.start:f.end]):
                continue
            taken[f.start:f.end] = b"\x01" * (f.end - f.start)
        kept.append(x)
    return kept


@dataclass(frozen=True)
class Context:
    """What an extractor may know about the document beyond its text."""

    doc_id: str
    published: dt.date | None
    settings: Settings


@dataclass(frozen=True)
class Found:
    """One claim candidate, before subject/attribute/modality are filled in."""

    start: int  # character offsets into the spaCy Doc's text
    end: int
    value: ClaimValue
    rule: str  # pattern or rule id, e.g. "money.number_currency"
    qualifier: Qualifier = "exact"
    confidence: float = 0.9
    attribute: str | None = None  # set when the extractor knows better than the cue lexicon
    modality: Modality | None = None
    subject: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


class Extractor(Protocol):
    KIND: str
    NAME: str

    def find(self, doc: Doc, ctx: Context) -> Iterable[Found]: ...


_MEMO: tuple[object, dict] = (None, {})  # (a Doc, what was read from it): see memo()


def memo(doc: Doc) -> dict:
    """What is read once per Doc (its entities, the ruler's spans, each sentence's modality cues),
    for the last Doc read: extraction reads one Doc at a time and never changes it, and memory
    stays flat."""
    global _MEMO
    held = _MEMO
    if held[0] is not doc:
        held = _MEMO = (doc, {})
    return held[1]


def doc_text(doc: Doc) -> str:
    """doc.text, joined once per Doc: spaCy joins every token again at each access."""
    held = memo(doc)
    if "text" not in held:
        held["text"] = doc.text
    return held["text"]


def entities(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, built once per Doc: spaCy builds every entity's Span again at each access, and
    subjects and pronouns look them up for each claim (a quarter of _to_claim)."""
    held = memo(doc)
    if "ents" not in held:
        held["ents"] = tuple(doc.ents)
    return held["ents"]


def ruler_matches(doc: Doc, label: str) -> list[Span]:
    """Every span the SpanRuler matched for `label`, overlapping ones included. The spans of every
    label are built once per Doc: a SpanGroup builds each Span again at each reading, and several
    extractors read the same labels."""
    from claimkit.extract.nlp import SPANS_KEY

    held = memo(doc)
    if "ruler" not in held:
        by_label: dict[str, list[Span]] = {}
        for s in doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else ():
            by_label.setdefault(s.label_, []).append(s)
        held["ruler"] = by_label
    return list(held["ruler"].get(label, ()))


def ruler_spans(doc: Doc, label: str) -> list[Span]:
    """Spans the SpanRuler matched for `label`, longest first where they overlap."""
    from spacy.util import filter_spans

    return sorted(filter_spans(ruler_matches(doc, label)), key=lambda s: s.start)


# times of day the tagger may take for past participles ("begins at sundown on Oct. 6": no past)
TIMES_OF_DAY = frozenset({"sundown", "sunset", "sunrise", "dusk", "dawn", "nightfall", "daybreak", "midnight",
                          "noon"})


def verb_above(tok: Token) -> Token | None:
    """The first verb (or helper) above the token in the parse, a time of day aside."""
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX") and a.lower_ not in TIMES_OF_DAY), None)


def placed(f: Found, start: dt.date, end: dt.date, granularity: str | None = None, **changes: object) -> Found:
    """The date claim placed on the calendar from start to end (its year known, anchored), in
    `granularity` if given, with `changes` to the claim's own fields (rule, confidence, qualifier)."""
    update: dict[str, object] = {"start": start.isoformat(), "end": end.isoformat(), "anchored": True,
                                 "year_known": True}
    if granularity is not None:
        update["granularity"] = granularity
    return dataclasses.replace(f, value=f.value.model_copy(update=update), **changes)  # type: ignore[arg-type]
