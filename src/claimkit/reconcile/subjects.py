"""Subjects: the names claims are about, merged where one name is plainly a form of another.

"Durov" = "Pavel Durov" (a surname of exactly one full name), "Telegram CEO" = "Telegram CEO
Pavel Durov"; spellings and acronyms are left to `name_similarity`, which the aligner weighs as
evidence rather than a merge.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable, TypeVar

from rapidfuzz.distance import Levenshtein

from claimkit.lexicon import CORPORATE_DESIGNATORS, TITLE_WORDS
from claimkit.models import Claim

T = TypeVar("T")

_POSSESSIVE = re.compile(r"(?P<stem>.+?)(?:'s|’s|'|’)$")
_LEADING = ("the ", "a ", "an ")
_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "&"})


@lru_cache(maxsize=65536)
def norm_subject(name: str | None) -> str | None:
    """Case-folded, possessive and article stripped: "Pavel Durov's" -> "pavel durov"."""
    if not name:
        return None
    text = " ".join(name.replace("’", "'").split()).strip(" \"'“”‘").casefold()
    for lead in _LEADING:
        if text.startswith(lead):
            text = text[len(lead):]
    m = _POSSESSIVE.fullmatch(text)
    if m:
        text = m.group("stem")
    # "Meta Platforms Incorporated", "Amazon.com Inc." -> "meta", "amazon"
    words = text.split()
    while len(words) > 1 and words[-1].strip(",") in CORPORATE_DESIGNATORS:
        words.pop()
    if words and words[0].endswith(".com") and len(words[0]) > 4:
        words[0] = words[0][:-4]
    return " ".join(words) or None


def subject_aliases(names: Iterable[str | None]) -> dict[str, str]:
    """Map each normalized name to its corpus-wide canonical form: 'durov' -> 'pavel durov'.

    A name is merged into a longer one when its words are a suffix of it ('national
    assembly' of 'french national assembly') and that longer name is the only candidate.
    """
    counts = Counter(filter(None, map(norm_subject, names)))
    words = {n: tuple(n.split()) for n in counts}
    # every proper word-suffix -> the names that end with it: 'durov' -> ['pavel durov', ...]
    by_suffix: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for n, w in words.items():
        for k in range(1, len(w)):
            by_suffix[w[-k:]].append(n)
    parent = {n: n for n in counts}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for n, w in words.items():
        longer = by_suffix.get(w, [])
        if not longer:
            continue
        # a one-word name is ambiguous when it ends two different names ("Pavel/Nikolai Durov");
        # longer names differ only by descriptors ("Telegram CEO/founder Pavel Durov")
        if len(w) == 1 and len({words[m][-2:] for m in longer}) > 1:
            continue
        for m in longer:
            ra, rb = find(n), find(m)
            if ra != rb:
                parent[ra] = rb
    # "Telegram CEO" names the person a source introduced as "Telegram CEO Pavel Durov"
    by_prefix: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for n, w in words.items():
        for k in range(1, len(w)):
            by_prefix[w[:k]].append(n)
    for n, w in words.items():
        if w[-1] in TITLE_WORDS:
            people = {words[m][len(w):] for m in by_prefix.get(w, [])}
            if len(people) == 1:
                for m in by_prefix[w]:
                    ra, rb = find(n), find(m)
                    if ra != rb:
                        parent[ra] = rb
    groups: dict[str, list[str]] = defaultdict(list)
    for n in counts:
        groups[find(n)].append(n)
    out: dict[str, str] = {}
    for members in groups.values():
        # the canonical form: the shortest full name (two words or more), most often written
        full = [m for m in members if len(words[m]) > 1 and words[m][-1] not in TITLE_WORDS] or members
        canon = min(full, key=lambda m: (len(words[m]), -counts[m], m))
        for m in members:
            out[m] = canon
    return out


def name_similarity(a: str | None, b: str | None) -> float:
    """How surely two canonical names are one: 1 the same, 0.8 one spelling apart in a long word
    ("Sergey"/"Sergei") or an acronym of the other ("WHO"), 0.5 a shared surname or an organisation
    by its leading words ("Castlemere" and "Castlemere Dairy Holdings"), else 0."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    wa, wb = a.split(), b.split()
    if len(wa) == len(wb) and all(x == y or (min(len(x), len(y)) >= 5 and Levenshtein.distance(x, y) <= 1)
                                  for x, y in zip(wa, wb)):
        return 0.8
    for short, long in ((wa, wb), (wb, wa)):
        if len(short) == 1 and len(long) >= 2 and len(short[0]) >= 2:
            initials = {"".join(w[0] for w in long), "".join(w[0] for w in long if w not in _FUNCTION_WORDS)}
            if short[0] in initials:
                return 0.8
    if wa[-1] == wb[-1] and len(wa[-1]) >= 4:
        return 0.5
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if long[:len(short)] == short and len(short[0]) >= 4:
        return 0.5  # an organisation by its leading words: "Orrin" for "Orrin Ferries"
    return 0.0


def display_names(claims: Iterable[Claim], aliases: dict[str, str]) -> dict[str, str]:
    """Canonical subject -> how a source wrote it ('pavel durov' -> 'Pavel Durov'), most often written."""
    seen: dict[str, list[str]] = defaultdict(list)  # name -> its written forms, as written
    for c in claims:
        n = norm_subject(c.subject)
        if n and c.subject:
            seen[n].append(" ".join(c.subject.split()))
    return {canon: most_frequent(seen.get(canon, ())) or canon for canon in set(aliases.values())}


def most_frequent(items: Iterable[T]) -> T | None:
    """The most frequent of the items that are not empty, the first seen on a tie; None if none.
    (Counter.most_common(1) without its overhead: the verdict asks this several times per fact.)"""
    counted: dict[T, int] = {}
    for x in items:
        if x:
            counted[x] = counted.get(x, 0) + 1
    return max(counted, key=counted.__getitem__) if counted else None


def display_subject(canon: str | None, claims: list[Claim], names: dict[str, str] | None = None) -> str | None:
    """The canonical subject as a source wrote it, for the report."""
    if canon is None:
        return None
    if names and canon in names:
        return names[canon]
    written = [c.subject for c in claims if c.subject]
    best = [w for w in written if norm_subject(w) == canon]
    return max(best or written or [canon], key=len)
