"""Provenance: Documents + Claims -> derived_from, and the independent source groups.

Syndicated copies share long runs of words (shingles); translations and rewrites of one
original share nearly all its figures in the same order. A fact's support counts groups,
not documents.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable, Sequence

from claimkit.models import Claim, Document

SHINGLE = 5
SHINGLE_JACCARD = 0.5
SEQUENCE_SHARE = 0.8  # share of the longer document's figures, in order, for a translation/rewrite
MIN_SEQUENCE = 4  # figures a document needs before its sequence says anything
MAX_SHARED = 10  # a shingle or figure in more documents than this is the story's, not a copy's

_WORD = re.compile(r"(?P<w>\w+)", re.UNICODE)


def _shingles(text: str) -> set[int]:
    words = [m.group("w").casefold() for m in _WORD.finditer(text)]
    return {hash(tuple(words[i:i + SHINGLE])) for i in range(max(len(words) - SHINGLE + 1, 0))}


def _figure_key(claim: Claim) -> tuple | None:
    v = claim.value
    if claim.kind == "money":
        return ("money", v.currency, round(v.amount, 6))  # type: ignore[union-attr]
    if claim.kind in ("sentence", "duration"):
        return ("span", round(v.days, 3))  # type: ignore[union-attr]
    if claim.kind == "date":
        return ("date", v.start, v.end) if v.start else None  # type: ignore[union-attr]
    if claim.kind in ("count", "percent", "quantity"):
        return (claim.kind, round(v.amount, 6))  # type: ignore[union-attr]
    return None


def _lcs(a: list, b: list) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def _pair_counts(groups: Iterable[Sequence[str]]) -> Counter[tuple[str, str]]:
    """How many groups each pair of documents shares; a shingle or figure in more than MAX_SHARED
    documents is the story's (or every page's boilerplate), not a copy's, and says nothing."""
    counts: Counter[tuple[str, str]] = Counter()
    for docs in groups:
        if 1 < len(docs) <= MAX_SHARED:
            for x in range(len(docs)):
                for y in range(x + 1, len(docs)):
                    counts[(docs[x], docs[y])] += 1
    return counts


def derived_pairs(documents: list[Document], claims: list[Claim],
                  texts: list[str] | None = None) -> list[tuple[str, str, str]]:
    """(copy, original, why) for syndicated copies (shingles) and translations (same figures in order)."""
    pairs: list[tuple[str, str, str]] = []
    seen: set[frozenset[str]] = set()
    ids = [d.id for d in documents]
    if texts is not None and len(texts) == len(ids):
        sh = {i: _shingles(t) for i, t in zip(ids, texts)}
        index: dict[int, list[str]] = defaultdict(list)
        for i, s in sh.items():
            for h in s:
                index[h].append(i)
        shared = _pair_counts(index.values())
        for (a, b), n in shared.items():
            if n / max(len(sh[a] | sh[b]), 1) > SHINGLE_JACCARD:
                seen.add(frozenset((a, b)))
                pairs.append((a, b, "shingles"))
    seqs: dict[str, list] = defaultdict(list)
    for c in sorted(claims, key=lambda c: (c.doc, c.start)):
        if c.region is None:
            key = _figure_key(c)
            if key is not None:
                seqs[c.doc].append(key)
    index2: dict[tuple, list[str]] = {}  # figure -> the documents that state it, each once
    for d, seq in seqs.items():
        for k in seq:
            docs = index2.get(k)
            if docs is None:
                index2[k] = [d]
            elif docs[-1] != d:  # a document's figures come together: a repeat is the last one added
                docs.append(d)
    candidates = _pair_counts(sorted(docs) for docs in index2.values())
    distinct = {d: len(set(seq)) for d, seq in seqs.items()}
    for (a, b), n in candidates.items():
        short = min(distinct[a], distinct[b])
        if short < MIN_SEQUENCE or n < SEQUENCE_SHARE * short or frozenset((a, b)) in seen:
            continue
        # two reports of one story share its figures; a translation shares nearly all, in order
        if _lcs(seqs[a], seqs[b]) >= SEQUENCE_SHARE * max(len(seqs[a]), len(seqs[b])):
            seen.add(frozenset((a, b)))
            pairs.append((a, b, "figures"))
    order = {d.id: (d.published is None, d.published or 0, i) for i, d in enumerate(documents)}
    out = []
    for a, b, why in pairs:
        orig, copy = sorted((a, b), key=lambda x: order.get(x, (True, 0, 0)))  # type: ignore[arg-type]
        out.append((copy, orig, why))
    return out


def with_derivation(documents: list[Document], pairs: list[tuple[str, str, str]]) -> list[Document]:
    """Documents with derived_from filled (first original found wins); existing values kept."""
    first: dict[str, str] = {}
    for copy, orig, _ in pairs:
        first.setdefault(copy, orig)
    return [d if d.derived_from or d.id not in first else d.model_copy(update={"derived_from": first[d.id]})
            for d in documents]


def source_groups(documents: list[Document]) -> dict[str, str]:
    """Document id -> id of its independent group (union of derived_from links)."""
    parent = {d.id: d.id for d in documents}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for d in documents:
        if d.derived_from and d.derived_from in parent:
            ra, rb = find(d.id), find(d.derived_from)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {d.id: find(d.id) for d in documents}
