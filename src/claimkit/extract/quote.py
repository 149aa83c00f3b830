"""quote claims: quoted speech -> `QuoteValue(speaker, quote)`.

Quote marks are paired by a scan over tokens within a paragraph; the speaker is
the subject of the nearest reporting verb (patterns/quote.jsonl: "said", "stated",
"according to"), else a PERSON of the sentence. Quotes may overlap other kinds.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Iterable

from claimkit.extract.base import Context, Found, doc_text, entities, ruler_spans
from claimkit.models import QuoteValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

KIND: Final = "quote"
NAME: Final = "quote.rules"

# opening mark -> closing mark; straight marks close themselves
PAIRS: Final = {'"': '"', "“": "”", "‘": "’", "'": "'", "«": "»", "„": "“", "「": "」"}
MIN_WORDS: Final = 4  # fewer is a scare quote or a title ("stifling digital freedom"), not speech
SUBJECT_DEPS: Final = frozenset({"nsubj", "nsubjpass"})
NAME_DEPS: Final = frozenset({"compound", "flat", "appos"})
PRONOUNS: Final = frozenset({"he", "she", "they", "i", "we"})
CONFIDENCE: Final = {"verb": 0.9, "person": 0.75, "none": 0.6}
TRAILING: Final = ",;:- \u2014\u2013"
ANTECEDENT_WINDOW: Final = 400  # tokens looked back for the person a pronoun stands for


@dataclass(frozen=True)
class _Parse:
    """What speaker lookup reads from a Doc, gathered once (doc.ents and doc.spans build new objects per access)."""

    cues: list[Span]
    verbs: frozenset[int]  # token index of each reporting verb
    people: list[tuple[int, int, str]]  # PERSON entities: start, end, text
    names: dict[int, str]  # token index -> text of the PERSON/ORG entity covering it
    sent_starts: list[int]  # Token.sent walks every sentence from the start: look them up by bisection

    def sent(self, i: int, n_tokens: int) -> tuple[int, int]:
        """(start, end) token indices of the sentence holding token i."""
        k = bisect.bisect_right(self.sent_starts, i) - 1
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else n_tokens
        return self.sent_starts[k], end

    @classmethod
    def of(cls, doc: Doc) -> _Parse:
        cues = ruler_spans(doc, KIND)
        ents = [(e.start, e.end, e.text, e.label_) for e in entities(doc) if e.label_ in ("PERSON", "ORG")]
        names = {i: text for start, end, text, _ in ents for i in range(start, end)}
        people = [(start, end, text) for start, end, text, label in ents if label == "PERSON"]
        starts = [s.start for s in doc.sents] if len(doc) else [0]
        return cls(cues, frozenset(c.root.i for c in cues), people, names, starts)


def find(doc: Doc, ctx: Context) -> Iterable[Found]:
    """Quotes with their speakers: 'Okafor said, "We will not sell our readers for clicks."'."""
    pairs = quote_pairs(doc)
    if not pairs:
        return []
    parse = _Parse.of(doc)
    text = doc_text(doc)
    out: list[Found] = []
    for open_i, close_i in pairs:
        inner = doc[open_i + 1:close_i]
        words = [t for t in inner if t.is_alpha or t.like_num]
        if len(words) < MIN_WORDS:
            continue
        start = inner.start_char
        end = inner.end_char
        while end > start and text[end - 1] in TRAILING:  # 'the backdoor,' adding that ...
            end -= 1
        speaker, how = _speaker(doc, open_i, close_i, parse)
        out.append(Found(
            start, end, QuoteValue(speaker=speaker, quote=text[start:end]), f"quote.{how}",
            confidence=CONFIDENCE[how], subject=speaker,
        ))
    return out


def quote_pairs(doc: Doc) -> list[tuple[int, int]]:
    """(open, close) token indices of paired quote marks, never across a paragraph break."""
    pairs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.text in PAIRS and _can_open(doc, i):
            close = _closing(doc, i, PAIRS[tok.text])
            if close is not None:
                pairs.append((i, close))
                i = close + 1
                continue
        i += 1
    return pairs


def _can_open(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.whitespace_ or i + 1 >= len(doc):
        return False  # an opening mark sticks to the word after it
    if tok.text in ("'", "’"):
        # an apostrophe closing "users'" is no opening mark: require a space or punctuation before
        return i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_punct or doc[i - 1].is_space
    return True


def _closing(doc: Doc, open_i: int, mark: str) -> int | None:
    for j in range(open_i + 1, len(doc)):
        tok = doc[j]
        if _paragraph_break(tok):
            return None
        if tok.text == mark and j > open_i + 1 and not doc[j - 1].whitespace_:
            if mark in ("'", "’") and j + 1 < len(doc) and not tok.whitespace_ and doc[j + 1].is_alpha:
                continue  # an apostrophe inside a word
            return j
    return None


def _paragraph_break(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text or "\n" in tok.whitespace_


def _speaker(doc: Doc, open_i: int, close_i: int, parse: _Parse) -> tuple[str | None, str]:
    """Who speaks: the subject of the nearest reporting verb outside the quote, else a PERSON nearby."""
    lo, hi = _paragraph(doc, parse.sent(open_i, len(doc))[0], parse.sent(close_i, len(doc))[1], open_i)
    prev = lo - 1
    while prev >= 0 and doc[prev].is_space:
        prev -= 1
    if lo == open_i and prev >= 0 and doc[prev].text == ":":
        lo = parse.sent(prev, len(doc))[0]  # 'Durov said ... private messages:' then the quote as its own paragraph
    outside = [c for c in parse.cues if lo <= c.start < hi and not (open_i <= c.start <= close_i)]
    outside.sort(key=lambda c: min(abs(c.start - open_i), abs(c.start - close_i)))
    for cue in outside:
        who = _cue_speaker(cue, open_i, parse)
        if who:
            return who, "verb"
    for start, _, text in parse.people:
        if lo <= start < hi and not (open_i <= start <= close_i):
            return _clean(text), "person"
    return None, "none"


def _paragraph(doc: Doc, lo: int, hi: int, at: int) -> tuple[int, int]:
    """Clip [lo, hi) to the paragraph holding token `at`: a headline's quote has no speaker in the next line."""
    for k in range(at, lo - 1, -1):
        if _paragraph_break(doc[k]) and k < at:
            lo = k + 1
            break
    for k in range(at, hi):
        if _paragraph_break(doc[k]):
            return lo, k + 1
    return lo, hi


def _cue_speaker(cue: Span, before: int, parse: _Parse) -> str | None:
    if cue.id_ == "quote.according_to" or cue[0].lower_ == "according":
        to = cue[-1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        return _name(objects[0], before, parse) if objects else None
    verb = cue.root
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head is not verb:
        # "Durov said, '...,' adding that ...": the participle shares its head's subject
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    return _name(subjects[0], before, parse) if subjects else None


def _name(tok: Token, before: int, parse: _Parse) -> str | None:
    """The full name around a subject token ('Pavel Durov'); pronouns resolve to the last PERSON before."""
    if tok.lower_ in PRONOUNS:
        if tok.lower_ in ("i", "we"):
            return None  # the quoted person speaking of themselves inside a nested quote
        return _antecedent(tok.doc, min(before, tok.i), parse)
    if tok.pos_ not in ("PROPN", "NOUN"):
        return None
    if tok.i in parse.names:
        return _clean(parse.names[tok.i]) or None
    parts = [tok]
    while parts[0].i > 0 and parts[0].nbor(-1).dep_ in NAME_DEPS and parts[0].nbor(-1).pos_ == "PROPN":
        parts.insert(0, parts[0].nbor(-1))  # "Pavel Durov": the name's own compound words, not "Telegram founder"
    if tok.pos_ == "NOUN":  # "French prosecutors", "the spokesperson"
        parts = [t for t in tok.subtree if t.i < tok.i and t.dep_ in ("amod", "compound")] + [tok]
    return _clean(" ".join(t.text for t in parts)) or None


def _antecedent(doc: Doc, limit: int, parse: _Parse) -> str | None:
    """The last named subject before `limit` ("Pavel Durov runs Telegram. He said ..."), else the last PERSON."""
    window = doc[max(0, limit - ANTECEDENT_WINDOW):limit]
    subjects = [t for t in window if t.dep_ in SUBJECT_DEPS and t.pos_ == "PROPN"]
    here = parse.sent(limit - 1, len(doc))[0] if limit > 0 else 0
    # "Lind stated that although the bank will share records, she said": the speaker of a reporting verb first
    speaking = [t for t in subjects if t.head.i in parse.verbs and t.i >= here]
    people = [t for t in subjects if t.ent_type_ == "PERSON"]
    if speaking or people or subjects:
        return _name((speaking or people or subjects)[-1], limit, parse)
    persons = [text for start, end, text in parse.people if window.start <= start and end <= limit]
    return _clean(persons[-1]) if persons else None


def _clean(name: str) -> str:
    if "(" in name and ")" not in name:  # "the Nordic Trade Board (NTB"
        name = name[:name.index("(")]
    name = name.strip(" '\"’‘“”")
    return name[:-2] if name.endswith(("'s", "’s")) else name
