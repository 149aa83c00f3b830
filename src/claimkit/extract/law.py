"""law claims: names of bills, acts, proposals and regulations -> `LawValue`.

Candidates come from the SpanRuler (patterns/law.jsonl: "X Act", "the X proposal",
'"X" bill') and the gazetteer (data/laws.json); names are mapped to a canonical
name exactly, or by a fuzzy match for garbled spellings ("Protectionu" -> ProtectEU).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Final, Iterable

from claimkit.extract.base import Context, Found, ruler_matches
from claimkit.models import LawValue

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab

KIND: Final = "law"
NAME: Final = "law.rules"

# Lower-case words that say "a law" next to a name but are not part of it ("the ProtectEU proposal").
OUTER_CUES: Final = frozenset({
    "proposal", "proposals", "bill", "bills", "legislation", "initiative", "law", "laws",
    "regulation", "regulations", "directive", "act", "amendment",
})
QUOTES: Final = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
CONNECTORS: Final = frozenset({"of", "and", "for", "on", "to", "in", "&", "the"})
# Words that name who makes a law, not a law: "the EU bill", "the Senate bill", "the French proposal".
NOT_NAMES: Final = frozenset({
    "eu", "e.u.", "us", "u.s.", "usa", "uk", "u.k.", "european", "union", "commission", "council",
    "parliament", "assembly", "national", "senate", "house", "congress", "government", "state",
    "federal", "ministry", "minister", "member", "members", "mep", "meps", "court", "police",
    "new", "draft", "final", "latest", "previous", "similar", "controversial", "proposed",
})
NON_NAME_ENTS: Final = frozenset({"GPE", "NORP", "PERSON", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"})
PREFIXES: Final = frozenset({"eu", "e.u.", "european", "us", "u.s.", "uk", "u.k.", "british", "french", "german"})

FUZZY_CUTOFF: Final = 78.0  # rapidfuzz ratio, 0-100; "Protectionu" vs "ProtectEU" scores 80
FUZZY_WORD_CUTOFF: Final = 60.0  # every word must resemble its counterpart: "Data" is no garbled "Digital"
CONFIDENCE: Final = {"gazetteer": 0.95, "titled": 0.8, "cue": 0.7, "fuzzy": 0.6}


@dataclass(frozen=True)
class Entry:
    canonical: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """How a written name maps to the gazetteer: exact, fuzzy (score < 1) or unknown."""

    canonical: str
    score: float
    known: bool


@functools.cache
def gazetteer() -> tuple[Entry, ...]:
    """The bundled table of laws and their aliases (data/laws.json)."""
    raw = json.loads((resources.files("claimkit") / "data" / "laws.json").read_text("utf-8"))
    return tuple(Entry(e["canonical"], tuple(e["aliases"]) + (e["canonical"],)) for e in raw["laws"])


@functools.cache
def _alias_index() -> dict[str, str]:
    return {_key(alias): entry.canonical for entry in gazetteer() for alias in entry.aliases}


def _key(name: str) -> str:
    """Comparison key: case-folded words, punctuation dropped, no leading 'the'."""
    words = "".join(ch if ch.isalnum() else " " for ch in name.casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def canonical(name: str) -> Match:
    """Canonical name for a written one: 'Digital Services Act (DSA)' -> Digital Services Act."""
    key = _key(name)
    index = _alias_index()
    if key in index:
        return Match(index[key], 1.0, True)
    words = key.split()
    while words and words[0] in PREFIXES:  # "EU Digital Services Act"
        words = words[1:]
        if " ".join(words) in index:
            return Match(index[" ".join(words)], 1.0, True)
    fuzzy = _fuzzy(key)
    return fuzzy or Match(" ".join(name.split()), 1.0, False)


def _fuzzy(key: str) -> Match | None:
    from rapidfuzz import fuzz, process

    index = _alias_index()
    best = process.extractOne(key, list(index), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if best is None:
        return None
    alias = best[0]
    ours, theirs = key.split(), alias.split()
    if len(ours) != len(theirs) or any(fuzz.ratio(a, b) < FUZZY_WORD_CUTOFF for a, b in zip(ours, theirs)):
        return None
    return Match(index[alias], round(best[1] / 100, 2), True)


def normalize(name: str) -> LawValue:
    """'Protectionu' -> LawValue(name='Protectionu', canonical='ProtectEU', score=0.8)."""
    match = canonical(name)
    return LawValue(name=name, canonical=match.canonical, score=match.score)


def find(doc: Doc, ctx: Context) -> Iterable[Found]:
    """Law names in a parsed text: 'the EU Data Act', 'the "SafeRoads" proposal'."""
    names: list[tuple[Span, str]] = []
    # every ruler match, not only the longest: "Bill C-11 and Senate Bill 1047" must not swallow both
    for span in ruler_matches(doc, KIND):
        name = _name_of(span)
        if name is not None:
            names.append((name, span.id_ or "law.rule"))
    names.extend((span, "law.gazetteer") for span in _gazetteer_spans(doc))
    found, taken = _accept(names, [])
    # later bare mentions of a name found with a cue: "... standing on Protectionu."
    accepted = [doc.char_span(f.start, f.end) for f in found]
    more, _ = _accept([(s, "law.repeat") for s in _repeats(doc, [a for a in accepted if a is not None])], taken)
    return sorted(found + more, key=lambda f: f.start)


def _accept(names: list[tuple[Span, str]], taken: list[tuple[int, int]]) -> tuple[list[Found], list[tuple[int, int]]]:
    """Longest names first; a name overlapping one already kept is dropped."""
    found: list[Found] = []
    taken = list(taken)
    for span, rule in sorted(names, key=lambda x: (-(x[0].end - x[0].start), x[0].start)):
        if any(span.start < e and s < span.end for s, e in taken):
            continue
        result = _found(span, rule)
        if result is not None:
            taken.append((span.start, span.end))
            found.append(result)
    return found, taken


def _found(span: Span, rule: str) -> Found | None:
    match = canonical(span.text)
    if not match.known and not _looks_like_name(span, rule):
        return None
    if not match.known and _joins_two(span):
        return None  # "the Law on Foreign Agents and the Code of Criminal Procedure" is two laws
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if not match.known and after is not None and after.pos_ == "PROPN" and after.is_title and not after.is_sent_start:
        return None  # the name goes on: "Coastal Fishing Law Review Board" is a body
    span = _drop_prefix(span) if match.known else span
    notes: tuple[str, ...] = ()
    if match.score < 1.0:
        notes = (f"garbled spelling matched to {match.canonical}, score {match.score:.2f}",)
        confidence = CONFIDENCE["fuzzy"]
    elif match.known:
        confidence = CONFIDENCE["gazetteer"]
    else:
        confidence = CONFIDENCE["titled"] if span[-1].text in _title_cues() else CONFIDENCE["cue"]
    value = LawValue(name=span.text, canonical=match.canonical, score=match.score)
    return Found(span.start_char, span.end_char, value, rule, confidence=confidence, notes=notes)


def _joins_two(span: Span) -> bool:
    cues = _title_cues()
    words = [t for t in span if t.lower_ != "the"]
    return any(a.lower_ == "and" and b.text in cues for a, b in zip(words, words[1:]))


def _name_of(span: Span) -> Span | None:
    """The name inside a ruler match: quotes, outer cue words and leading function words removed."""
    start, end = span.start, span.end
    doc = span.doc
    if doc[end - 1].text in OUTER_CUES:
        end -= 1
    if doc[start].text in OUTER_CUES:  # 'proposal called "X"'
        start += 1
        while start < end and doc[start].text not in QUOTES:
            start += 1
    while start < end and (doc[start].text in QUOTES or _function_word(doc[start])):
        start += 1
    while end > start and (doc[end - 1].text in QUOTES or doc[end - 1].lower_ in CONNECTORS):
        end -= 1
    return doc[start:end] if end > start else None


def _function_word(tok: Token) -> bool:
    # "Under the Online Safety Act", "This bill": a capitalised stop word opens a sentence, not a name
    return tok.lower_ in CONNECTORS or (tok.is_stop and tok.pos_ != "PROPN")


def _looks_like_name(span: Span, rule: str) -> bool:
    """Reject names that are only makers of laws or places: 'the EU bill', 'the French proposal'."""
    if rule == "law.numbered":
        return True  # "Bill C-11", "Proposition 22": the number is the name
    words = [t for t in span if t.lower_ not in CONNECTORS]
    title_cues = _title_cues()
    core = [t for t in words if t.text not in title_cues]
    if not core:
        return False  # "the Act"
    if all(t.lower_ in NOT_NAMES or t.ent_type_ in NON_NAME_ENTS for t in core):
        return False
    quoted = rule.startswith(("law.quoted", "law.cue_then"))
    if not quoted and core[0].is_sent_start and core[0].pos_ != "PROPN" and len(words) == 1:
        return False  # "Similar proposals were rejected"
    return True


def _drop_prefix(span: Span) -> Span:
    """'EU Digital Services Act' -> 'Digital Services Act' when the rest is a known name."""
    start = span.start
    doc = span.doc
    while start < span.end - 1 and doc[start].lower_ in PREFIXES and _key(doc[start + 1:span.end].text) in _alias_index():
        start += 1
    return doc[start:span.end]


@functools.cache
def _title_cues() -> frozenset[str]:
    from claimkit.extract.nlp import load_patterns

    cues: set[str] = set()
    for pattern in load_patterns():
        if pattern.get("id") == "law.titled_name":
            for tok in pattern["pattern"]:
                cues.update(tok.get("ORTH", {}).get("IN", []))
    return frozenset(cues)


def _gazetteer_spans(doc: Doc) -> list[Span]:
    matcher = _phrase_matcher(doc.vocab)
    spans = []
    for _, start, end in matcher(doc):
        span = doc[start:end]
        alias = _case_sensitive_aliases().get(_key(span.text))
        if alias is not None and span.text != alias:
            continue  # "DSA" must be written in capitals; "dsa" is no law
        spans.append(span)
    return spans


@functools.cache
def _case_sensitive_aliases() -> dict[str, str]:
    return {_key(a): a for e in gazetteer() for a in e.aliases if a.isupper() and len(a.split()) == 1}


@functools.cache
def _phrase_matcher(vocab: Vocab) -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher

    from claimkit.extract.nlp import tokenizer_for

    # the aliases are cut as the texts are; building English's tokenizer for them took 0.05 s
    tokenizer = tokenizer_for(vocab)
    if tokenizer is None:  # a Doc of another pipeline
        from spacy.lang.en import English

        tokenizer = English(vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    aliases = sorted({a for e in gazetteer() for a in e.aliases})
    matcher.add("law", [tokenizer(a) for a in aliases])
    return matcher


def _repeats(doc: Doc, names: list[Span]) -> list[Span]:
    """Later bare mentions of a name found with a cue: 'standing on Protectionu.'"""
    seen = {tuple(t.text for t in n) for n in names if len(n)}
    out: list[Span] = []
    for words in seen:
        n = len(words)
        for i in range(len(doc) - n + 1):
            if doc[i].text == words[0] and tuple(t.text for t in doc[i:i + n]) == words:
                out.append(doc[i:i + n])
    return out
