"""Slots and provenance: Claims -> slot keys (kind, subject, attribute, modality), Documents -> derived_from.

Subjects are alias-merged across the corpus ("Durov" = "Pavel Durov"); attributes go
through the nominalization table ("posted"/"post" -> "post"); documents that copy or
translate one another are grouped so support counts independent sources.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Final, Iterable, NamedTuple

from rapidfuzz.distance import Levenshtein

from claimkit.extract.cues import ATTRIBUTE_ALIASES, CORPORATE_DESIGNATORS, COUNT_NOUN_ALIASES, TITLE_WORDS
from claimkit.models import Claim, Document

SHINGLE = 5
SHINGLE_JACCARD = 0.5
SEQUENCE_SHARE = 0.8  # share of the longer document's figures, in order, for a translation/rewrite
MIN_SEQUENCE = 4  # figures a document needs before its sequence says anything
MAX_SHARED = 10  # a shingle or figure in more documents than this is the story's, not a copy's
COMPARED_KINDS: Final = frozenset({"money", "date", "sentence", "duration", "count", "percent", "quantity"})

_WORD = re.compile(r"(?P<w>\w+)", re.UNICODE)
_POSSESSIVE = re.compile(r"(?P<stem>.+?)(?:'s|’s|'|’)$")
_LEADING = ("the ", "a ", "an ")
_GENDER_ENDINGS = frozenset("aoe")
_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "&"})


class SlotKey(NamedTuple):
    kind: str
    subject: str | None
    attribute: str | None
    modality: str | None


# ----------------------------------------------------------------------------- subjects


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
    counts = Counter(n for n in (norm_subject(x) for x in names) if n)
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

    # "Alexey Navalny" = "Alexei Navalny": one name in two transliterations
    spelling = {n: n for n in counts}
    by_last: dict[tuple[int, str], list[str]] = defaultdict(list)  # blocked by length and surname start
    for n, w in words.items():
        if len(w) > 1:
            by_last[(len(w), w[-1][:3])].append(n)
    for same in by_last.values():
        for x in range(len(same)):
            for y in range(x + 1, len(same)):
                a, b = same[x], same[y]
                if spelling[b] == b and _transliterations(words[a], words[b]):
                    spelling[b] = spelling[a]
                    ra, rb = find(a), find(b)
                    if ra != rb:
                        parent[rb] = ra

    for n, w in words.items():
        longer = by_suffix.get(w, [])
        if not longer:
            continue
        # a one-word name is ambiguous when it ends two different names ("Pavel/Nikolai Durov");
        # longer names differ only by descriptors ("Telegram CEO/founder Pavel Durov")
        if len(w) == 1 and len({words[spelling[m]][-2:] for m in longer}) > 1:
            continue
        for m in longer:
            ra, rb = find(n), find(m)
            if ra != rb:
                parent[ra] = rb
    # "FCCPC" = "Federal Competition and Consumer Protection Commission", "DoJ" = "Department of Justice"
    initials: dict[str, set[str]] = defaultdict(set)
    for n, w in words.items():
        if len(w) >= 2:
            initials["".join(x[0] for x in w)].add(n)
            initials["".join(x[0] for x in w if x not in _FUNCTION_WORDS)].add(n)
    for n, w in words.items():
        long = initials.get(w[0]) if len(w) == 1 and len(w[0]) >= 2 else None
        if long and len(long) == 1:
            ra, rb = find(n), find(next(iter(long)))
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


def _transliterations(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """('alexey', 'navalny') ~ ('alexei', 'navalny'): same words but one letter in a word of 5+ letters."""
    if len(a) != len(b) or a == b:
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        if min(len(x), len(y)) < 5 or x[0] != y[0] or Levenshtein.distance(x, y) > 1:
            return False
        # a gendered ending is another person ("Ivanov"/"Ivanova", "Mario"/"Maria"), not a spelling
        if x[:-1] == y[:-1]:  # the last letter swapped
            ends = {x[-1], y[-1]}
        elif x.startswith(y) or y.startswith(x):  # a letter appended
            ends = {max(x, y, key=len)[-1]}
        else:
            ends = set()
        if ends & _GENDER_ENDINGS:
            return False
    return True


def attribute_key(claim: Claim) -> str | None:
    """What is measured, through the alias tables: 'posted'/'posting' -> 'post', 'counts' -> 'charge'."""
    attr = claim.attribute
    if claim.kind == "count" and not attr:
        attr = getattr(claim.value, "lemma", "") or getattr(claim.value, "noun", "") or None
        if attr:
            attr = COUNT_NOUN_ALIASES.get(attr.casefold(), attr.casefold())
    if claim.kind == "law":
        return claim.value.canonical.casefold()  # type: ignore[union-attr]
    if not attr:
        return None
    attr = " ".join(attr.casefold().split())
    return ATTRIBUTE_ALIASES.get(attr, attr)


def slot_key(claim: Claim, aliases: dict[str, str]) -> SlotKey:
    """(kind, subject, attribute, modality); laws key on their canonical name alone."""
    if claim.kind == "law":
        return SlotKey("law", None, attribute_key(claim), None)
    subj = norm_subject(claim.subject)
    modality = claim.modality
    if claim.kind == "sentence" and claim.qualifier == "at_most":
        modality = "potential"  # "up to 30 years" is a ceiling, whatever verb is near it
    return SlotKey(claim.kind, aliases.get(subj, subj) if subj else None, attribute_key(claim), modality)


def event_subjects(keyed: list[tuple[SlotKey, Claim]]) -> list[tuple[SlotKey, Claim]]:
    """A date whose sentence names nobody ("the verdict was read out on March 23") joins the subject
    most documents give that event, when they outnumber the documents that name only someone else."""
    docs: dict[tuple, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for k, c in keyed:
        if k.kind == "date" and k.attribute and k.subject:
            docs[(k.kind, k.attribute)][k.subject].add(c.doc)
    best: dict[tuple, str] = {}
    for ev, named in docs.items():
        ranked = sorted(named.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        top, others = ranked[0], set().union(*(d for _, d in ranked[1:]))
        if len(top[1]) > len(others - top[1]):
            best[ev] = top[0]
    return [(k._replace(subject=best[(k.kind, k.attribute)])
             if k.kind == "date" and k.subject is None and (k.kind, k.attribute) in best else k, c)
            for k, c in keyed]


def display_names(claims: Iterable[Claim], aliases: dict[str, str]) -> dict[str, str]:
    """Canonical subject -> how a source wrote it ('pavel durov' -> 'Pavel Durov'), most often written."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        n = norm_subject(c.subject)
        if n and c.subject:
            seen[n][" ".join(c.subject.split())] += 1
    out: dict[str, str] = {}
    for canon in set(aliases.values()):
        forms = seen.get(canon)
        out[canon] = forms.most_common(1)[0][0] if forms else canon
    return out


def display_subject(canon: str | None, claims: list[Claim], names: dict[str, str] | None = None) -> str | None:
    """The canonical subject as a source wrote it, for the report."""
    if canon is None:
        return None
    if names and canon in names:
        return names[canon]
    written = [c.subject for c in claims if c.subject]
    best = [w for w in written if norm_subject(w) == canon]
    return max(best or written or [canon], key=len)


# ----------------------------------------------------------------------------- provenance


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
        shared: Counter[tuple[str, str]] = Counter()
        for docs in index.values():
            if 1 < len(docs) <= MAX_SHARED:  # boilerplate shared by every page says nothing
                for x in range(len(docs)):
                    for y in range(x + 1, len(docs)):
                        shared[(docs[x], docs[y])] += 1
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
    index2: dict[tuple, set[str]] = defaultdict(set)
    for d, seq in seqs.items():
        for k in seq:
            index2[k].add(d)
    candidates: Counter[tuple[str, str]] = Counter()
    for docs in index2.values():
        if 1 < len(docs) <= MAX_SHARED:
            ordered = sorted(docs)
            for x in range(len(ordered)):
                for y in range(x + 1, len(ordered)):
                    candidates[(ordered[x], ordered[y])] += 1
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
