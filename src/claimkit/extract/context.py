"""Who and what a figure is about: subject, attribute, modality, qualifier.

Read from the spaCy parse around a claim's span. Subjects are PERSON/ORG
entities of the sentence (the grammatical subject first), pronouns resolved
to the nearest earlier person or organisation in the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimkit.extract.cues import ATTRIBUTE_CUES, MODALITY_CUES, QUALIFIER_CUES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

SUBJECT_LABELS = frozenset({"PERSON", "ORG"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "it", "its", "they", "them", "their"})
_MAX_QUALIFIER_WORDS = max(len(k.split()) for k in QUALIFIER_CUES)


def qualifier_before(doc: Doc, start_char: int) -> tuple[str, int] | None:
    """The qualifier cue ending just before `start_char`, and where it starts: 'up to' -> ('at_most', ...)."""
    tok = doc.char_span(start_char, start_char, alignment_mode="expand")
    idx = tok.start if tok is not None else None
    if idx is None:
        return None
    for n in range(_MAX_QUALIFIER_WORDS, 0, -1):
        if idx - n < 0:
            continue
        words = doc[idx - n: idx]
        phrase = words.text.lower()
        if phrase in QUALIFIER_CUES:
            return QUALIFIER_CUES[phrase], words.start_char
    return None


def sentence_of(doc: Doc, start: int, end: int) -> Span:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc[:]
    return span.sent


def modality(sent: Span) -> str | None:
    """'could face', 'if convicted' -> potential; 'prosecutors seek' -> requested; 'sentenced' -> imposed."""
    text = " " + sent.text.lower() + " "
    found = [(text.find(" " + cue + " "), value) for cue, value in MODALITY_CUES.items() if " " + cue + " " in text]
    if not found:
        return None
    values = {v for _, v in found}
    for preferred in ("potential", "requested", "imposed"):
        if preferred in values:
            return preferred
    return None


def attribute(kind: str, doc: Doc, start: int, end: int) -> str | None:
    """The measured thing nearest the figure: 'a fine of 500,000 euros' -> 'fine'."""
    cues = ATTRIBUTE_CUES.get(kind)
    if not cues:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    best: tuple[int, str] | None = None
    for tok in sent:
        key = tok.lower_ if tok.lower_ in cues else tok.lemma_.lower()
        if key in cues:
            distance = min(abs(tok.i - span.start), abs(tok.i - (span.end - 1)))
            if best is None or distance < best[0]:
                best = (distance, cues[key])
    return best[1] if best else None


def subject(doc: Doc, start: int, end: int) -> str | None:
    """The person or organisation the figure is about, pronouns resolved backwards."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    ents = [e for e in sent.ents if e.label_ in SUBJECT_LABELS and not (e.start >= span.start and e.end <= span.end)]
    subj_ents = [e for e in ents if any(t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass") for t in e)]
    if subj_ents:
        return _clean(subj_ents[0].text)
    pronoun = next((t for t in sent if t.lower_ in PRONOUNS and t.dep_ in ("nsubj", "nsubjpass", "poss")), None)
    if pronoun is not None or not ents:
        earlier = [e for e in doc.ents if e.label_ in SUBJECT_LABELS and e.end <= sent.start]
        if pronoun is not None and earlier:
            people = [e for e in earlier if e.label_ == "PERSON"]
            return _clean((people or earlier)[-1].text)
    if ents:
        return _clean(ents[0].text)
    return None


def _clean(name: str) -> str:
    name = name.strip().strip("'\"“”‘’")
    for prefix in ("the ", "The "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    if name.endswith("'s") or name.endswith("’s"):
        name = name[:-2]
    return name
