"""Which parts of a document the English grammar reads and which the cue tables read.

A document whose metadata names a language keeps it (front matter overrides identification,
for its paragraphs too).
A document with none is English unless its text is plainly another language claimkit reads.
Inside an English document, each paragraph identified as one of those languages is read by its
table (seed 004's Chinese paragraph); it keeps its `foreign_language` region, so its claims are
shown and never raise conflicts, as before.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimkit.lang import SUPPORTED
from claimkit.lang.identify import foreign_paragraphs, identify

if TYPE_CHECKING:
    from claimkit.ingest import Source
    from claimkit.models import Claim

SAMPLE_CHARS = 4000  # a document's language is identified from its opening


@dataclass(frozen=True)
class Route:
    source: Source  # with `doc.language` set where it was identified
    parts: list[tuple[int, int, str]]  # (start, end, language) read by the cue tables
    whole: bool  # the whole document is in another language: the English grammar skips it


def identified(source: Source) -> Source:
    """The source with the language its text is in, when the metadata names none and it is one
    claimkit reads (its regions found again for that language)."""
    body = source.text[source.body_start:]
    if source.language_given or not body.strip():
        return source
    found = identify(body[:SAMPLE_CHARS])  # "en" at once for plainly English text
    return _as_language(source, found) if found in SUPPORTED else source


def route(source: Source) -> Route:
    source = identified(source)
    language = source.doc.language.lower()[:2]
    if language in SUPPORTED:
        return Route(source, [(source.body_start, len(source.text), language)], True)
    if language != "en" or source.language_given:
        # a language claimkit does not read (its note says so), or English by the metadata's word
        return Route(source, [], False)
    return Route(source, list(foreign_paragraphs(source.text, source.body_start)), False)


def _as_language(source: Source, language: str) -> Source:
    from claimkit.ingest.regions import detect_regions

    doc = source.doc.model_copy(update={
        "language": language, "regions": detect_regions(source.text, source.body_start, language)})
    return dataclasses.replace(source, doc=doc)


def merged(english: list[Claim], foreign: list[Claim], parts: list[tuple[int, int, str]]) -> list[Claim]:
    """The English grammar's claims outside the foreign parts, and the cue tables' claims (in no
    order: the caller sorts a document's claims once)."""
    return [c for c in english if not any(a <= c.start < b for a, b, _ in parts)] + foreign
