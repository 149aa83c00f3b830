"""The first pass: a tokenized Doc -> its sentences, each marked if it may hold a claim.

Every claim holds a figure (a digit, a number or scale word), a date word (a month, a weekday,
"yesterday", a holiday, a season, a unit of time), a law's name or cue, or a quotation mark; a
sentence with none of these gives none, so the tagger, the parser and the span ruler may skip it.
The test reads tokens only: the entity recognizer keeps an entity inside one parsed sentence, so
it must run after the parser wherever a claim may be. It is generous on purpose (a sentence kept
for nothing costs time, one skipped wrongly loses a claim), and its word lists come from the
extractors' own tables and patterns, so a phrasing added there is covered here.

Sentences are cut by rule, after . ! ? (see `sentences`).
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING, Iterator

from claimkit.extract.cues import PERSON_NOUNS, PERSON_VERBS
from claimkit.extract import dates_calendar, dates_holidays, dates_words, law, numbers, percent, quote, spans_of_time
from claimkit.extract.quantity import ARTICLE_RULES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# pattern files whose literal words are triggers (other kinds need a figure, which triggers anyway)
WORD_KINDS = frozenset({"date", "duration", "law"})
# words too common to mark a sentence, though a pattern names them ("this week", "the Act of ...")
COMMON = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "of", "and", "or", "to", "in", "on", "at", "by", "for",
    "from", "with", "as", "is", "it", "its", "'s", "s", "-", "new", "now", "end", "start", "rest", "long",
    "short", "more", "all", "full", "whole", "extra", "further", "another", "coming", "following", "past",
    "current", "early", "late", "mid", "middle", "beginning", "remaining", "remainder", "prior", "later",
    "earlier", "hence", "additional", "entire", "solid", "straight", "working", "business", "calendar",
    "consecutive", "successive", "black", "king", "st", "st.", "against", "called", "named", "known",
})
# what `context._acts_as_person` looks for, as word beginnings ("pleaded", "lawyers", "sentencing")
PERSON_STEMS = tuple(sorted({w[:-1] if w.endswith(("e", "y")) else w for w in PERSON_VERBS | PERSON_NOUNS}
                            | {"pled", "fled", "dying", "jailed"}))
QUOTE_MARKS = frozenset(quote.PAIRS) | frozenset(quote.PAIRS.values())
SENTENCE_ENDS = frozenset({".", "!", "?", "…", "。", "！", "？", "..."})


@functools.cache
def trigger_words() -> frozenset[str]:
    """Lower-case words that mark a sentence (see the module docstring)."""
    from claimkit.extract.nlp import load_patterns

    words: set[str] = set()
    for pattern in load_patterns():
        # and the units an amount names with an article alone ("a kilogram", "a quarter teaspoon", "a dollar")
        if pattern["label"] in WORD_KINDS or str(pattern.get("id", "")).startswith((*ARTICLE_RULES, "money.a_unit")):
            words |= _literals(pattern["pattern"])
    words |= set(numbers.SCALES) | {f"{w}s" for w in numbers.SCALES} | set(numbers.UNITS) | set(numbers.TENS)
    words |= set(numbers.OTHER_WORDS) | set(numbers.NUMBER_WORDS) | set(numbers.FRACTIONS)
    words |= set(dates_words.MONTHS) | set(dates_words.WEEKDAYS) | set(dates_words.UNITS)
    words |= set(dates_words.ORDINALS) | set(dates_words.CARDINALS) | set(dates_calendar.SEASON_START)
    words |= {w for name in dates_holidays.NAMES for w in name.split()}
    words |= set(spans_of_time.UNIT_WORDS) | set(spans_of_time.FRACTION_WORDS)
    words |= set(percent.PERCENT_WORDS) | set(percent.POINT_WORDS) | set(percent.BASIS_POINT_ABBREVIATIONS)
    words |= {"today", "yesterday", "tomorrow", "tonight", "ago", "weekend", "noon", "midnight", "decade",
              "decades", "century", "centuries", "annual", "annually", "fortnight", "dozens", "hundreds",
              "thousands", "millions", "billions", "life", "lifetime", "twice", "thrice"}
    words |= _law_names()
    # a pattern's punctuation ("Sat, Aug 9") is in every sentence: figures, signs and quotation
    # marks are read character by character in `marks_claim` instead
    return frozenset(w.lower() for w in words if any(ch.isalnum() for ch in w)) - COMMON


def _literals(pattern: object) -> set[str]:
    """The literal strings a token pattern matches (LOWER/ORTH/TEXT/NORM values and IN lists)."""
    out: set[str] = set()
    if isinstance(pattern, list):
        for item in pattern:
            out |= _literals(item)
    elif isinstance(pattern, dict):
        for key, value in pattern.items():
            if key in ("LOWER", "ORTH", "TEXT", "NORM"):
                if isinstance(value, str):
                    out.add(value.lower())
                elif isinstance(value, dict):
                    out |= {str(v).lower() for v in value.get("IN", [])}
    return out


def _law_names() -> set[str]:
    """Every word of the law gazetteer's names and aliases (`law.gazetteer`, read once for both)."""
    return {w for entry in law.gazetteer() for name in entry.aliases for w in name.lower().split()}


def marks_claim(token: Token, words: frozenset[str]) -> bool:
    """Whether one token may belong to a claim: a digit or fraction character ("⅝"), a currency sign, %,
    a quotation mark, a listed word."""
    text = token.text
    if token.lower_ in words or text in QUOTE_MARKS:
        return True
    return any(ch.isnumeric() or ch in "%‰" or unicodedata.category(ch) == "Sc" for ch in text)


def sentences(doc: Doc) -> Iterator[tuple[int, int]]:
    r"""Rule-based sentences as token ranges: a sentence ends after . ! ? and the closing punctuation
    and spaces that follow them ('hearing."', 'Mashinsky.\n-'); an opening bracket or quotation
    mark after a space starts the next ('count. "We', '. ($1 = ...'). Line breaks end none: the
    parser reads a headline or a list's lead-in with the sentence after it."""
    start, seen_end = 0, False
    for tok in doc:
        if seen_end and not tok.is_space and (not tok.is_punct or _opens(doc, tok.i)):
            yield start, tok.i
            start, seen_end = tok.i, False
        if tok.text in SENTENCE_ENDS:
            seen_end = True
    if start < len(doc):
        yield start, len(doc)


def _opens(doc: Doc, i: int) -> bool:
    tok, prev = doc[i], doc[i - 1]
    spaced = bool(prev.whitespace_) or prev.is_space
    return tok.is_left_punct and not tok.is_quote or spaced and tok.is_quote


def claim_sentences(doc: Doc) -> list[tuple[int, int, bool]]:
    """Each rule-based sentence of a tokenized doc as (start, end, may hold a claim?). A sentence
    where a name pleads, is jailed or has lawyers is kept too: a pronoun may be resolved to a lone
    name the recognizer calls an organisation by its parse there (`context._acts_as_person`)."""
    words = trigger_words()
    out = []
    for a, b in sentences(doc):
        keep = any(marks_claim(doc[i], words) for i in range(a, b))
        if not keep and any(doc[i].is_title for i in range(a + 1, b)):
            keep = any(doc[i].lower_.startswith(PERSON_STEMS) for i in range(a, b))
        out.append((a, b, keep))
    return _with_speakers(doc, out)


def _with_speakers(doc: Doc, found: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Keep every sentence within `quote.ANTECEDENT_WINDOW` tokens before one holding a quotation
    mark: a quote's speaker ('she said') is looked for among the subjects parsed there."""
    quoted = [a for a, b, _ in found if any(doc[i].text in QUOTE_MARKS for i in range(a, b))]
    if not quoted:
        return found
    out, k = [], 0
    for a, b, keep in found:
        while k < len(quoted) and quoted[k] < a:
            k += 1
        # the next quote-holding sentence at or after this one looks back over it
        reach = k < len(quoted) and quoted[k] - b < quote.ANTECEDENT_WINDOW
        out.append((a, b, keep or reach))
    return out
