"""Parse in two passes: texts -> spaCy Docs as `nlp.pipe` gives them, wherever a claim can be.

The first pass tokenizes every text and marks the sentences that can hold a claim (`triggers`);
runs of them, with one sentence of context on either side, go through the whole pipeline. The
sentences between the runs go through the entity recognizer alone (pronouns are resolved against
the entities of the whole document) and get a flat parse. A document where little can be skipped
is parsed whole, as `nlp.pipe` does. `benchmarks/compare_passes.py` and tests/test_two_pass.py
compare the claims of both paths.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimkit.extract.nlp import SPANS_KEY, one_blas_thread
from claimkit.extract.triggers import claim_sentences, sentences

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# What sentences with no claim get: entities, for the pronouns of the sentences with one.
# (The recognizer keeps an entity inside one parsed sentence, so a run with a claim is never
# given entities found without the parser: it goes through the whole pipeline.)
SKIPPED_PIPES = ("ner",)
# A document is parsed in parts only when this share of its tokens, at least, can be skipped;
# below it the parts would cost more than they save, and the whole is parsed as it always was.
MIN_SKIPPED = 0.15
CONTEXT = 1  # sentences parsed on either side of one that may hold a claim
TWO_PASS = True  # False: the whole pipeline on every sentence (the comparison in tests and benchmarks)
_PARSE_ATTRS = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD"]
_ENT_ATTRS = ["ENT_IOB", "ENT_TYPE"]


def parse(nlp: Language, texts: list[str], two_pass: bool | None = None) -> list[Doc]:
    """`nlp.pipe(texts)`, with the tagger, parser, lemmatizer and span ruler run only on the runs
    of sentences that may hold a claim (`_plan`)."""
    with one_blas_thread():
        return _parse(nlp, texts, TWO_PASS if two_pass is None else two_pass)


def _parse(nlp: Language, texts: list[str], two_pass: bool) -> list[Doc]:
    batch = max(1, len(texts))
    if not two_pass:
        return list(nlp.pipe(texts, batch_size=batch))
    docs = [nlp.make_doc(text) for text in texts]
    plans = [_plan(doc) for doc in docs]
    # each planned doc's runs as (start, part, parse it?); a doc with no plan is parsed whole
    parts = [[(a, doc[a:b].as_doc(), keep) for a, b, keep in plan or ()] for doc, plan in zip(docs, plans)]
    whole = [doc for doc, plan in zip(docs, plans) if plan is None]
    whole += [part for runs in parts for _, part, keep in runs if keep]
    rest = [name for name in nlp.pipe_names if name not in SKIPPED_PIPES]
    skipped = [part for runs in parts for _, part, keep in runs if not keep]
    for _ in nlp.pipe(whole, batch_size=max(1, len(whole))):  # each Doc is annotated in place
        pass
    for _ in nlp.pipe(skipped, batch_size=max(1, len(skipped)), disable=rest):
        pass
    for doc, runs in zip(docs, parts):
        if runs:
            _merge(doc, runs)
    return docs


def _plan(doc: Doc) -> list[tuple[int, int, bool]] | None:
    """Runs of sentences covering the doc as (start, end, parse it?), or None: parse it whole."""
    found = claim_sentences(doc)
    runs: list[tuple[int, int, bool]] = []
    for n, (a, b, _) in enumerate(found):
        keep = any(k for _, _, k in found[max(0, n - CONTEXT):n + CONTEXT + 1])
        if runs and runs[-1][2] == keep:
            runs[-1] = (runs[-1][0], b, keep)
        else:
            runs.append((a, b, keep))
    skipped = sum(b - a for a, b, keep in runs if not keep)
    return runs if skipped >= MIN_SKIPPED * len(doc) and skipped else None


def _merge(doc: Doc, parts: list[tuple[int, Doc, bool]]) -> None:
    """Write each part's annotations (from token `start` on) into the tokenized doc: the whole
    parse of a part parsed, the entities and a flat parse (each rule-based sentence a tree rooted
    at its first token) of a part skipped; the span ruler's matches move to the doc's offsets."""
    import numpy
    from spacy.tokens import Span

    strings = doc.vocab.strings
    attrs = _PARSE_ATTRS + _ENT_ATTRS
    array = numpy.zeros((len(doc), len(attrs)), dtype="uint64")
    dep, head, ents = attrs.index("DEP"), attrs.index("HEAD"), attrs.index(_ENT_ATTRS[0])
    for a, b in sentences(doc):  # what a skipped sentence keeps; a parsed one is overwritten below
        array[a, dep] = strings.add("ROOT")
        array[a + 1:b, dep] = strings.add("dep")
        array[a + 1:b, head] = (a - numpy.arange(a + 1, b)).astype("int64").astype("uint64")
    spans = []
    for start, part, parsed in parts:
        end = start + len(part)
        if parsed:
            array[start:end] = part.to_array(attrs)
            spans += [Span(doc, s.start + start, s.end + start, label=s.label, span_id=s.id)
                      for s in part.spans.get(SPANS_KEY, [])]
        else:
            array[start:end, ents:] = part.to_array(_ENT_ATTRS)
    doc.from_array(attrs, array)
    doc.spans[SPANS_KEY] = spans
