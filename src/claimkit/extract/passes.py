"""Parse in two passes: texts -> spaCy Docs as `nlp.pipe` gives them, wherever a claim can be.

The first pass (the tokenizer and the entity recognizer) runs on every sentence; the second (the
tagger, parser, lemmatizer and claimkit's span ruler) only on the sentences `triggers` marks as
able to hold a claim, with one sentence of context on either side, merged into runs. A document
where little can be skipped is parsed whole, as `nlp.pipe` does. `benchmarks/compare_passes.py`
and tests/test_two_pass.py compare the claims of both paths.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimkit.extract.nlp import SPANS_KEY
from claimkit.extract.triggers import claim_sentences, sentences

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The first pass (tokenizer and entity recognizer) runs on every sentence: the recognizer reads no
# other component's output, and pronouns are resolved against the entities of the whole document.
FIRST_PASS = ("ner",)
# A document is parsed in parts only when this share of its tokens, at least, can be skipped;
# below it the parts would cost more than they save, and the whole is parsed as it always was.
MIN_SKIPPED = 0.15
CONTEXT = 1  # sentences parsed on either side of one that may hold a claim
TWO_PASS = True  # False: the whole pipeline on every sentence (the comparison in tests and benchmarks)
_PARSED_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD")


def parse(nlp: Language, texts: list[str], two_pass: bool | None = None) -> list[Doc]:
    """`nlp.pipe(texts)`, in two passes: the tokenizer and the entity recognizer on everything,
    then the tagger, parser, lemmatizer and span ruler on the sentences that may hold a claim
    (`triggers.claim_sentences`) and CONTEXT sentences either side. Sentences skipped keep their
    entities and get a flat parse (each a sentence of its own, rooted at its first token)."""
    batch = max(1, len(texts))
    if not (TWO_PASS if two_pass is None else two_pass):
        return list(nlp.pipe(texts, batch_size=batch))
    rest = [name for name in nlp.pipe_names if name not in FIRST_PASS]
    docs = list(nlp.pipe(texts, batch_size=batch, disable=rest))
    plans = [_plan(doc) for doc in docs]
    todo = [(k, a, b) for k, plan in enumerate(plans) for a, b in (plan or [(0, len(docs[k]))])]
    parts = [docs[k] if plans[k] is None else docs[k][a:b].as_doc() for k, a, b in todo]
    parsed = nlp.pipe(parts, batch_size=max(1, len(parts)), disable=list(FIRST_PASS))
    done: dict[int, list[tuple[int, Doc]]] = {}
    for (k, a, _), part in zip(todo, parsed):
        if plans[k] is not None:
            done.setdefault(k, []).append((a, part))
    for k, found in done.items():
        _merge(docs[k], found)
    return docs


def _plan(doc: Doc) -> list[tuple[int, int]] | None:
    """Token ranges to parse (runs of sentences that may hold a claim), or None: the whole doc."""
    found = claim_sentences(doc)
    runs: list[tuple[int, int]] = []
    for n, (a, b, _) in enumerate(found):
        if not any(keep for _, _, keep in found[max(0, n - CONTEXT):n + CONTEXT + 1]):
            continue
        if runs and runs[-1][1] == a:
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    kept = sum(b - a for a, b in runs)
    return None if len(doc) - kept < MIN_SKIPPED * len(doc) else runs


def _merge(doc: Doc, parts: list[tuple[int, Doc]]) -> None:
    """Write the parse of each part (parsed from token `start` on) into the first-pass doc; skipped
    sentences get a flat parse; the span ruler's matches are moved to the doc's offsets."""
    import numpy
    from spacy.tokens import Span

    strings = doc.vocab.strings
    array = numpy.zeros((len(doc), len(_PARSED_ATTRS)), dtype="uint64")
    dep, head = _PARSED_ATTRS.index("DEP"), _PARSED_ATTRS.index("HEAD")
    for a, b in sentences(doc):  # skipped ones keep this; parsed ones are overwritten below
        array[a, dep] = strings.add("ROOT")
        array[a + 1:b, dep] = strings.add("dep")
        array[a + 1:b, head] = (a - numpy.arange(a + 1, b)).astype("int64").astype("uint64")
    spans = []
    for start, part in parts:
        array[start:start + len(part)] = part.to_array(list(_PARSED_ATTRS))
        spans += [Span(doc, s.start + start, s.end + start, label=s.label, span_id=s.id)
                  for s in part.spans.get(SPANS_KEY, [])]
    doc.from_array(list(_PARSED_ATTRS), array)
    doc.spans[SPANS_KEY] = spans
