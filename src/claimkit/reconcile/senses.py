"""Which measure words name one thing: WordNet 3.0's senses, one step apart.

Outlets name one measure with different words: "died" and "passed away", "resigned" and
"stepped down", "fined" and "a penalty", "bought" and "acquired". Two words are related here when
a frequent sense of one (its first two a part of speech, as WordNet orders them by use) is a sense
of the other, its direct hypernym or a derivationally related form ("die" -> "death"). Siblings
are not: "revenue" and "profit" are both income, and stay apart.

The table (`data/wordnet-senses.tsv.gz`, written by `benchmarks/make_wordnet_table.py` from
Princeton WordNet 3.0, licence in `data/WORDNET-LICENSE`) is read once, on the first question, and
searched by bisection: nothing is parsed for the 129,000 lemmas no story asks about.
"""

from __future__ import annotations

import bisect
import gzip
from functools import lru_cache
from importlib import resources

# WordNet's own detachment rules ("morphy") for forms its exception lists do not hold
_NOUN_ENDINGS = (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
                 ("ies", "y"), ("s", ""))
_VERB_ENDINGS = (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", ""))


@lru_cache(maxsize=1)
def _lines() -> list[bytes]:
    data = resources.files("claimkit.data").joinpath("wordnet-senses.tsv.gz").read_bytes()
    lines = gzip.decompress(data).split(b"\n")
    return [line for line in lines if line and not line.startswith(b"#")]  # sorted by lemma


@lru_cache(maxsize=8192)
def _entry(lemma: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the lemma's own senses, the senses one step from them); empty when WordNet lacks it."""
    lines = _lines()
    for form in _forms(lemma):
        key = form.encode("utf-8") + b"\t"
        at = bisect.bisect_left(lines, key)
        if at < len(lines) and lines[at].startswith(key):
            _, own, reach = lines[at].decode("utf-8").split("\t")
            return frozenset(own.split()), frozenset(reach.split())
    return frozenset(), frozenset()


def _forms(phrase: str) -> list[str]:
    """The phrase, then its possible base forms by WordNet's detachment rules, applied to its
    first word ("passed away" -> "pass away")."""
    word, space, rest = phrase.partition(" ")
    forms = [phrase]
    for ending, base in _NOUN_ENDINGS + _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            forms.append(word[: len(word) - len(ending)] + base + space + rest)
    return list(dict.fromkeys(forms))


@lru_cache(maxsize=8192)
def senses(measure: str | None) -> frozenset[str]:
    """The WordNet senses a measure word names and their narrow hypernyms: blocking keys, so that
    "died" and "passed away", "fined" and "a penalty" meet in a story too big to weigh every pair
    (siblings meet too, under their hypernym; the scores keep them apart)."""
    if not measure:
        return frozenset()
    own, reach = _entry(" ".join(measure.casefold().split()))
    return own | reach


def _one_step(a: str, b: str) -> bool:
    own_a, reach_a = _entry(a)
    own_b, reach_b = _entry(b)
    return bool(own_a & (own_b | reach_b)) or bool(own_b & reach_a)


@lru_cache(maxsize=65536)
def related(a: str | None, b: str | None) -> bool:
    """True when two measure words (lemmas, one or several words) name one thing: the same word,
    WordNet senses one step apart, or, word by word, phrases of as many words that are so
    ("person arrested" / "person detained" holds only if arrest and detain are)."""
    if not a or not b:
        return False
    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    if a == b or _one_step(a, b):
        return True
    x, y = a.split(), b.split()
    return len(x) == len(y) > 1 and all(p == q or _one_step(p, q) for p, q in zip(x, y))
