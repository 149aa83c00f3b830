"""Alignment: Frames -> clusters of frames that state one fact.

Pairs of same-kind frames are scored from their evidence with log-likelihood weights
(`data/alignment.json`, fitted on labelled stories with leave-one-story-out; see
`benchmarks/fit_alignment.py`), then clustered by average link: two groups join when the
mean score of their pairs is positive and no cannot-link stands between them. Must-links
(a figure restated in parentheses beside another) join first; cannot-links keep apart two
different figures one document gives in two sentences. Candidate pairs come from blocks
(subject, head, rare context words), so cost stays near linear.
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

from claimkit.reconcile.compare import log_gap
from claimkit.reconcile.frames import Frame, compare_frames, cosine, other_years, path_overlap
from claimkit.reconcile.subjects import name_similarity

CONTEXT_FEATURES: tuple[str, ...] = (
    "bias", "context", "near", "path", "path_none", "head_same", "head_diff", "head_synonym", "subject_same", "subject_diff",
    "modality_diff", "slot_same", "slot_unique", "year_diff", "role_diff", "same_doc", "lead_both", "mutual_best", "mutual_path",
    "mutual_context",
)
FEATURES: tuple[str, ...] = (*CONTEXT_FEATURES, "value_agree", "value_far")
DISPUTE = 1.0  # log odds the dispute model must give before two disagreeing groups are one fact
MAX_BLOCK = 100  # a key shared by more frames than this says nothing about which are one fact
TOP_TERMS = 4  # each frame's rarest-and-nearest words used as blocking keys
ALL_PAIRS_CHECK = 2500  # cannot-links checked between every pair of two clusters up to this many pairs
MISSING = -4.0  # the score of a pair no block brought together
LOG_GAP_CAP = math.log(100.0)
_BOUNDS = frozenset({"at_least", "at_most"})

# what may stand between a figure and its restatement: "€500,000 ($550,000)", "144 months (12 years)",
# "€2m, or about $2.2m" (read on the gap with its spaces collapsed, so nothing backtracks)
_RESTATED = re.compile(r"(?:[(\[=≈~]|,? ?or|,? ?i\.e\.,?)(?: ?(?:about|around|roughly|some|approximately|nearly|almost|"
                       r"equivalent to|worth|or))?", re.IGNORECASE)


@dataclass(frozen=True)
class Weights:
    """Log-likelihood weights of two models, and where they came from: `same` scores any pair
    (values included) for clustering; `dispute` scores a pair whose values disagree from its
    context alone, and decides whether the disagreement is one fact told two ways."""

    same: dict[str, float]
    dispute: dict[str, float]
    provenance: str = ""

    def __post_init__(self) -> None:  # the weights in FEATURES order: a pair is scored by one dot product
        object.__setattr__(self, "_vectors", {m: tuple(getattr(self, m).get(n, 0.0) for n in FEATURES)
                                               for m in ("same", "dispute")})

    def score(self, x: Sequence[float], model: str = "same") -> float:
        return sum(map(operator.mul, self._vectors[model], x))  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    data = json.loads(resources.files("claimkit.data").joinpath("alignment.json").read_text("utf-8"))
    return Weights(same={k: float(v) for k, v in data["same"].items()},
                   dispute={k: float(v) for k, v in data["dispute"].items()}, provenance=data["_source"])


@dataclass
class Story:
    """What the whole story says about its frames: learned head synonyms, best partners per document."""

    synonyms: set[frozenset[str]]
    best: dict[tuple[int, str], int]  # (frame position, other document) -> position of its best match there
    main_subject: str | None
    unique_slots: set[tuple]  # (head, subject, modality) where no document gives two exact values


def learn(frames: list[Frame], pairs: Iterable[tuple[int, int]]) -> Story:
    """Heads that carry agreeing values in two or more pairs of documents are one attribute
    (schema matching by duplicates); each frame's best match in every other document."""
    seen: dict[frozenset[str], set[frozenset[str]]] = defaultdict(set)
    best_score: dict[tuple[int, str], float] = {}
    best: dict[tuple[int, str], int] = {}
    for i, j in pairs:
        a, b = frames[i], frames[j]
        if a.doc == b.doc:
            continue
        if a.head and b.head and a.head != b.head:
            v = compare_frames(a, b)
            if v is not None and not v.conflict:
                seen[frozenset((a.head, b.head))].add(frozenset((a.doc, b.doc)))
        s = rank_score(a, b)
        for x, y in ((i, j), (j, i)):
            key = (x, frames[y].doc)
            if s > best_score.get(key, -math.inf):
                best_score[key], best[key] = s, y
    synonyms = {h for h, docs in seen.items() if len(docs) >= 2}
    subjects = defaultdict(set)
    for f in frames:
        if f.subject:
            subjects[f.subject].add(f.doc)
    main = max(subjects, key=lambda s: (len(subjects[s]), s)) if subjects else None
    # per slot and document: its exact values, and its bounds ("over 5 million" in a lead beside
    # "500,000 euros" further down is one statement told twice)
    stated: dict[tuple, dict[str, tuple[set, set]]] = defaultdict(lambda: defaultdict(lambda: (set(), set())))
    for f in frames:
        key = slot_of(f)
        if key is not None:
            said = f.claim.sentence if f.claim.kind == "date" else f.value_key
            stated[key][f.doc][f.claim.qualifier in _BOUNDS].add(said)
    unique = {k for k, docs in stated.items() if all(len(exact or bounds) == 1 for exact, bounds in docs.values())}
    return Story(synonyms=synonyms, best=best, main_subject=main, unique_slots=unique)


def slot_of(f: Frame) -> tuple | None:
    """(head, subject, modality) when all three are named."""
    if f.head and f.subject and f.modality:
        return (f.head, f.subject, f.modality)
    return None


def rank_score(a: Frame, b: Frame) -> float:
    """An unweighted sum of context evidence, used only to rank a frame's candidates in a document."""
    head = 1.0 if a.head and a.head == b.head else -1.0 if a.head and b.head else 0.0
    return (cosine(a, b) + path_overlap(a, b) + head
            + 0.5 * name_similarity(a.subject, b.subject))


def features(a: Frame, b: Frame, story: Story | None = None, i: int = -1, j: int = -1) -> tuple[float, ...]:
    """The evidence that two frames state one fact, as numbers in FEATURES order."""
    head_same = float(a.head is not None and a.head == b.head)
    synonym = float(story is not None and not head_same and a.head is not None and b.head is not None
                    and frozenset((a.head, b.head)) in story.synonyms)
    head_diff = float(a.head is not None and b.head is not None and not head_same and not synonym)
    main = story.main_subject if story else None
    sa, sb = a.subject or main, b.subject or main
    subj = name_similarity(sa, sb)
    subject_diff = float(sa is not None and sb is not None and subj == 0.0)
    modality_diff = float(a.modality is not None and b.modality is not None and a.modality != b.modality)
    verdict = compare_frames(a, b)
    agree = float(verdict is not None and not verdict.conflict)
    gap = log_gap(a.interval, b.interval)
    far = 0.0 if gap is None else min(gap, LOG_GAP_CAP) / LOG_GAP_CAP
    year_diff = float(other_years(a, b))
    role_diff = float(a.roles != b.roles)
    near = len(a.near & b.near) / max(len(a.near | b.near), 1)
    mutual = float(story is not None and a.doc != b.doc and story.best.get((i, b.doc)) == j
                   and story.best.get((j, a.doc)) == i)
    path = path_overlap(a, b)
    path_none = float(bool(a.path) and bool(b.path) and path == 0.0)
    context = cosine(a, b)
    # the old exact key, now one piece of evidence: who, what and how (fine, Novak, potential) all named alike
    slot = float(bool(head_same) and subj == 1.0 and a.modality is not None and a.modality == b.modality)
    unique = float(bool(slot) and story is not None and slot_of(a) in story.unique_slots)
    return (1.0, context, near, path, path_none, head_same, head_diff, synonym, subj, subject_diff, modality_diff,
            slot, unique, year_diff, role_diff, float(a.doc == b.doc), float(a.lead and b.lead), mutual,
            mutual * path, mutual * context, agree, far)


def restated(a: Frame, b: Frame) -> bool:
    """True when one figure restates the other in the same sentence: a conversion in brackets."""
    if a.doc != b.doc or a.claim.sentence != b.claim.sentence:
        return False
    first, second = (a.claim, b.claim) if a.claim.start <= b.claim.start else (b.claim, a.claim)
    sentence = first.sentence
    i = sentence.find(first.text)
    j = sentence.find(second.text, i + len(first.text)) if i >= 0 else -1
    return i >= 0 and j >= 0 and bool(_RESTATED.fullmatch(" ".join(sentence[i + len(first.text):j].split())))


def cannot_link(a: Frame, b: Frame) -> bool:
    """Figures whose clauses name different years are two events; two different figures one
    document states in two sentences are two facts, unless one is a bound ("a fine of over X" in
    the lead, "a fine of Y" further down can be one fine)."""
    if other_years(a, b):
        return True  # "fined in 2019" and "fined in 2023": two events, two facts
    return (a.doc == b.doc and a.claim.sentence != b.claim.sentence and a.value_key != b.value_key
            and a.claim.qualifier not in _BOUNDS and b.claim.qualifier not in _BOUNDS)


def block_keys(f: Frame) -> list[tuple]:
    keys: list[tuple] = []
    if f.subject:
        keys.append(("s", f.subject.split()[-1]))
    if f.head:
        keys.append(("h", f.head))
    for t, _ in sorted(f.terms.items(), key=lambda kv: -kv[1])[:TOP_TERMS]:
        keys.append(("t", t))
    return keys


def candidate_pairs(frames: list[Frame]) -> set[tuple[int, int]]:
    """Pairs of positions in `frames` that share a block key (same kind is given)."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for n, f in enumerate(frames):
        for k in block_keys(f):
            blocks[k].append(n)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    for n in range(len(frames) - 1):  # neighbours in one sentence: a restatement whatever the blocks say
        if frames[n].doc == frames[n + 1].doc and frames[n].claim.sentence == frames[n + 1].claim.sentence:
            pairs.add((n, n + 1))
    return pairs


@dataclass
class Alignment:
    """Clusters of positions in the frame list, and the scores of the pairs that were weighed."""

    clusters: list[list[int]]
    scores: dict[tuple[int, int], float]
    disputes: dict[tuple[int, int], float]
    restatements: set[tuple[int, int]]

    def score(self, i: int, j: int) -> float:
        return self.scores.get(_key(i, j), MISSING)

    def mean_score(self, xs: list[int], ys: list[int], model: str = "same") -> float:
        """Mean score between two groups; infinite when a must-link joins them (a figure and its
        conversion in brackets, a slot every document states once)."""
        if any(_key(x, y) in self.restatements for x in xs for y in ys):
            return math.inf
        return _mean(self.scores if model == "same" else self.disputes, xs, ys)


def align(frames: list[Frame], weights: Weights | None = None) -> Alignment:
    """Cluster same-kind frames into facts: average link over the `same` scores, then disagreeing
    clusters joined where the `dispute` model says their context makes them one fact."""
    weights = weights or default_weights()
    pairs = sorted(candidate_pairs(frames))
    story = learn(frames, pairs)
    scores: dict[tuple[int, int], float] = {}
    disputes: dict[tuple[int, int], float] = {}
    must: set[tuple[int, int]] = set()
    for i, j in pairs:
        a, b = frames[i], frames[j]
        if restated(a, b):
            must.add((i, j))
        x = features(a, b, story, i, j)
        scores[(i, j)] = weights.score(x, "same")
        disputes[(i, j)] = weights.score(x, "dispute")
    clusters = _Clusters(frames)
    for i, j in must:
        clusters.union(i, j)
    clusters.merge_by(scores, threshold=0.0)
    clusters.merge_by(disputes, threshold=DISPUTE)
    # a slot (what, who, how) that every document states with one value is one fact: its
    # claims join whatever their words, as an editor reads "the fine" in every article
    by_slot: dict[tuple, list[int]] = defaultdict(list)
    for n, f in enumerate(frames):
        key = slot_of(f)
        if key in story.unique_slots:
            by_slot[key].append(n)
    for members in by_slot.values():
        for n in members[1:]:
            rx, ry = clusters.find(members[0]), clusters.find(n)
            a, b = frames[members[0]], frames[n]
            if other_years(a, b) or a.roles != b.roles:
                continue
            if rx == ry or not clusters.blocked(rx, ry):
                clusters.union(rx, ry)
                must.add(_key(members[0], n))  # firm: the slot itself says so
    out = sorted((sorted(m) for m in clusters.members.values()), key=lambda m: m[0])
    return Alignment(clusters=out, scores=scores, disputes=disputes, restatements=must)


class _Clusters:
    """Union-find over frame positions that refuses merges across a cannot-link."""

    def __init__(self, frames: list[Frame]) -> None:
        self.frames = frames
        self.parent = list(range(len(frames)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(frames))}

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return
        if len(self.members[rx]) < len(self.members[ry]):
            rx, ry = ry, rx
        self.parent[ry] = rx
        self.members[rx].extend(self.members.pop(ry))

    def blocked(self, rx: int, ry: int) -> bool:
        frames = self.frames
        xs, ys = self.members[rx], self.members[ry]
        if len(xs) * len(ys) <= ALL_PAIRS_CHECK:
            return any(cannot_link(frames[p], frames[q]) for p in xs for q in ys)
        dx: dict[str, list[int]] = defaultdict(list)  # big clusters: within documents only
        for m in xs:
            dx[frames[m].doc].append(m)
        return any(cannot_link(frames[p], frames[q]) for q in ys for p in dx.get(frames[q].doc, ()))

    def merge_by(self, table: dict[tuple[int, int], float], threshold: float) -> None:
        """Average link: the best pair first; two clusters join when the mean of their pair
        scores (unscored pairs count MISSING) is above the threshold."""
        for (i, j), s in sorted(table.items(), key=lambda kv: -kv[1]):
            if s <= threshold:
                break
            ri, rj = self.find(i), self.find(j)
            if ri == rj or self.blocked(ri, rj):
                continue
            xs, ys = self.members[ri], self.members[rj]
            if len(xs) * len(ys) > 1 and _mean(table, xs, ys) <= threshold:
                continue
            self.union(ri, rj)


def _key(x: int, y: int) -> tuple[int, int]:
    return (x, y) if x < y else (y, x)


def _mean(scores: dict[tuple[int, int], float], xs: list[int], ys: list[int]) -> float:
    """Mean pair score between two groups; pairs no block brought together count MISSING."""
    if not xs or not ys:
        return MISSING
    return sum(scores.get(_key(x, y), MISSING) for x in xs for y in ys) / (len(xs) * len(ys))
