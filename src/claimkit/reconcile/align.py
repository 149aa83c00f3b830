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

import itertools
import json
import math
import operator
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from importlib import resources
from typing import Any, Callable, Hashable, Iterable, Sequence, TypeVar

import numpy as np

from claimkit.lexicon import FALL_WORDS, RISE_WORDS
from claimkit.models import CountValue, DateValue
from claimkit.reconcile.compare import (
    BOUND_FACTOR, BRACKETED, DATE_SPACES, SLACK, UNSLACKED, center, moved_point, restating_gap, same_numeral,
    significant_digits, typing_slip,
)
from claimkit.reconcile.frames import (
    ONE_AND_ALL, Frame, age_kind, compare_frames, cosine, news_days_apart, one_against_all, other_years, path_overlap,
    people_named_plainly, periods_apart, stem,
)
from claimkit.reconcile.subjects import name_similarity

CONTEXT_FEATURES: tuple[str, ...] = (
    "bias", "context", "near", "path", "path_none", "head_same", "head_diff", "head_synonym", "subject_same", "subject_diff",
    "modality_diff", "slot_same", "slot_unique", "year_diff", "role_diff", "same_doc", "lead_both", "mutual_best", "mutual_path",
    "mutual_context", "told_elsewhere",
)
FEATURES: tuple[str, ...] = (*CONTEXT_FEATURES, "value_agree", "value_far")
DISPUTE = 0.0  # default log odds the dispute model must give before two disagreeing groups are one fact
ONE_ON_ONE = 2.0  # default extra log odds a disagreement needs when the majority is a single source
HEADLESS = 0.0  # default extra log odds a disagreement needs when its sides name no measure in common
MISPRINT = math.inf  # default: a figure never leaves the fact its value joined (_move_misprinted)
MAX_BLOCK = 100  # a key shared by more frames than this says nothing about which are one fact
TOP_TERMS = 4  # each frame's rarest-and-nearest words used as blocking keys
ALL_PAIRS_CHECK = 2500  # cannot-links checked between every pair of two clusters up to this many pairs
MISSING = -4.0  # the score of a pair no block brought together
SLIPPED_FLOOR = -3.0  # the least mean `same` score with which a slipped figure joins a fact (_join_slipped)
MAX_SLIP_CLUSTER = 12  # the largest fact whose one disagreeing figure may leave it as a slip of another
LOG_GAP_CAP = math.log(100.0)
TENFOLD = 2.0  # the log ratio beyond which two values are a power of ten apart (ln 10 = 2.3)
_BOUNDS = frozenset({"at_least", "at_most"})
_POINTS = frozenset({"exact", "approx"})  # qualifiers of a figure that states one value
_BOUND_CODES = {None: 0, "at_least": 1, "at_most": 2}  # an Interval's bound as a number, for columns
_ANY = "\0any"  # a head key that stands for every head (_move_misprinted)
T = TypeVar("T")



@dataclass(frozen=True)
class Weights:
    """Log-likelihood weights of two models, and where they came from: `same` scores any pair
    (values included) for clustering; `dispute` scores a pair whose values disagree from its
    context alone, and decides whether the disagreement is one fact told two ways."""

    same: dict[str, float]
    dispute: dict[str, float]
    provenance: str = ""
    threshold: float = DISPUTE  # the dispute log odds that joins two disagreeing groups (fitted with the weights)
    one_on_one: float = ONE_ON_ONE  # what one source against one source needs on top (neither side has support)
    headless: float = HEADLESS  # what it needs on top when no claim of one side measures what one of the other does
    misprint: float = MISPRINT  # how much firmer a figure's words must tie it to another fact to move there (_move_misprinted)

    def __post_init__(self) -> None:  # the weights in FEATURES order: a pair is scored by one dot product
        object.__setattr__(self, "_vectors", {m: tuple(getattr(self, m).get(n, 0.0) for n in FEATURES)
                                               for m in ("same", "dispute")})

    def score(self, x: Sequence[Any], model: str = "same") -> Any:
        """One pair's score from its features, or every pair's from feature columns (numpy arrays):
        summed term by term in FEATURES order either way, so the two agree to the last digit."""
        return sum(map(operator.mul, self._vectors[model], x))  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    data = json.loads(resources.files("claimkit.data").joinpath("alignment.json").read_text("utf-8"))
    return Weights(same={k: float(v) for k, v in data["same"].items()},
                   dispute={k: float(v) for k, v in data["dispute"].items()}, provenance=data["_source"],
                   threshold=float(data.get("threshold", DISPUTE)), one_on_one=float(data.get("one_on_one", ONE_ON_ONE)),
                   headless=float(data.get("headless", HEADLESS)), misprint=float(data.get("misprint", MISPRINT)))


@dataclass
class Story:
    """What the whole story says about its frames: learned head synonyms, best partners per document."""

    synonyms: set[frozenset[str]]
    mutual: np.ndarray  # per learned pair: each frame is the other's best match in its document
    main_subject: str | None
    unique_slots: set[tuple]  # (head, subject, modality) where no document gives two exact values


@dataclass
class PairEvidence:
    """What two frames' own fields say of each other, one column per piece over the candidate
    pairs (i[n], j[n]): computed once, ranked on by learn() and weighed by feature_columns()."""

    i: np.ndarray
    j: np.ndarray
    context: np.ndarray  # cosine of the words around the figures
    path: np.ndarray  # overlap of the parse paths
    subject: np.ndarray  # name_similarity of the frames' own subjects
    agree: np.ndarray  # 1.0 where the values agree
    comparable: np.ndarray  # True where the values can be weighed at all (_comparable)
    far: np.ndarray  # how far apart the values are, 0..1
    near: np.ndarray  # Jaccard of the near words
    year_diff: np.ndarray  # 1.0 where the clauses name other years
    doc: np.ndarray  # per frame: its document's number
    sentence: np.ndarray  # per frame: the number of its (document, sentence)
    space: np.ndarray  # per frame: the number of the space its value is in (None: not comparable)


def pair_evidence(frames: Sequence[Frame], pairs: Sequence[tuple[int, int]] | np.ndarray) -> PairEvidence:
    # each piece is a function of a few frame fields: it is worked out once per distinct pair of
    # those fields (wire copies repeat sentences and figures word for word), then spread to the pairs
    ij = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    i, j = ij[:, 0], ij[:, 1]
    agree = _agree_on_pairs(frames, i, j)
    space, _ = _ids(frames, lambda f: f.interval.space if f.interval else None)
    doc, _ = _ids(frames, lambda f: f.doc)
    return PairEvidence(
        i=i, j=j,
        context=_on_pairs(cosine, frames, i, j, lambda f: tuple(f.terms.items())),
        path=_on_pairs(path_overlap, frames, i, j, lambda f: tuple(f.path.items())),
        subject=_on_pairs(name_similarity, [f.subject for f in frames], i, j),
        agree=agree, comparable=_comparable(frames, i, j), far=_far(frames, i, j, space),
        near=_on_pairs(lambda a, b: len(a.near & b.near) / max(len(a.near | b.near), 1), frames, i, j,
                       lambda f: f.near),
        year_diff=_on_pairs(lambda a, b: 1.0 if other_years(a, b) else 0.0, frames, i, j, lambda f: f.years),
        doc=doc, sentence=_first_seen(np.array([f.sentence_no for f in frames], dtype=np.int64)),  # numbered by build_frames
        space=space,
    )


def _values_agree(a: Frame, b: Frame) -> float:
    verdict = compare_frames(a, b)
    return 1.0 if verdict is not None and not verdict.conflict else 0.0


def _agree_on_pairs(frames: Sequence[Frame], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """_values_agree(frames[i[n]], frames[j[n]]) for every n at once: compare_frames' choice of
    interval and compare()'s tests, column by column in the same float arithmetic (one verdict
    per pair, not one Python call per pair)."""
    spaces: dict[str, int] = {}
    currencies: dict[str | None, int] = {None: -1}
    none = (0.0, 0.0, 0.0, 0.0, -1, -1, 0)
    rows = []  # per interval (the base one, the native one, the yearless one), per frame: its fields
    for get in (operator.attrgetter("interval"), operator.attrgetter("native"), operator.attrgetter("yearless"),
                operator.attrgetter("rounded")):
        rows += [none if iv is None else (iv[0], iv[1], iv[3], iv[4], _BOUND_CODES[iv[2]], spaces.setdefault(iv[5], len(spaces)), 1)
                 for iv in map(get, frames)]
    table = np.array(rows, dtype=float).reshape(-1, 7)  # (lo, hi, core_lo, core_hi, bound, space, present)
    currency = np.array([currencies.setdefault(f.currency, len(currencies)) for f in frames], dtype=np.int64)
    no_year = np.array([f.no_year for f in frames], dtype=bool)
    # shared_space: the base interval (0), the native one for one currency (1), else the yearless one for a date without its year (2)
    units: dict[str | None, int] = {None: -1}
    unit = np.array([units.setdefault(f.unit, len(units)) for f in frames], dtype=np.int64)
    # ... the rounded one (3) for quantities in two units
    which = np.where((currency[i] >= 0) & (currency[i] == currency[j]), 1, np.where(
        no_year[i] | no_year[j], 2, np.where((unit[i] >= 0) & (unit[j] >= 0) & (unit[i] != unit[j]), 3, 0)))
    n = len(frames)
    x, y = table[which * n + i], table[which * n + j]
    x_lo, x_hi, x_core_lo, x_core_hi, x_bound, x_space = (x[:, c] for c in range(6))
    y_lo, y_hi, y_core_lo, y_core_hi, y_bound, y_space = (y[:, c] for c in range(6))
    ok = (x[:, 6] == 1) & (y[:, 6] == 1)
    dated = np.isin(x_space, [spaces[s] for s in DATE_SPACES if s in spaces])
    # a bound on a date is a deadline or a start ("until 30 April", "from March 1"): it agrees with the
    # day it names, not with every day on its side of it
    bounded = (x_bound != 0) | (y_bound != 0)
    meet_dates = np.where(bounded, (x_core_lo <= y_core_hi) & (y_core_lo <= x_core_hi), (x_lo <= y_hi) & (y_lo <= x_hi))
    caps = (x_bound == _BOUND_CODES["at_most"]) & (y_bound == _BOUND_CODES["at_most"])  # two caps compare as figures
    x_lo, x_hi = np.where(caps, x_core_lo, x_lo), np.where(caps, x_core_hi, x_hi)
    y_lo, y_hi = np.where(caps, y_core_lo, y_lo), np.where(caps, y_core_hi, y_hi)
    x_bound, y_bound = np.where(caps, 0, x_bound), np.where(caps, 0, y_bound)
    stretch = np.where(np.isin(x_space, [spaces[s] for s in UNSLACKED if s in spaces]), 1 + 0.0, 1 + SLACK)
    meet = (x_lo <= y_hi * stretch) & (y_lo <= x_hi * stretch)
    floor = _BOUND_CODES["at_least"]
    below = (((x_bound == floor) & (y_bound == 0) & (y_core_lo > BOUND_FACTOR * x_core_hi))
             | ((y_bound == floor) & (x_bound == 0) & (x_core_lo > BOUND_FACTOR * y_core_hi)))
    agree = ok & ((x_space != y_space) | np.where(dated, meet_dates, meet & ~below))
    return agree.astype(float)


def _far(frames: Sequence[Frame], i: np.ndarray, j: np.ndarray, space: np.ndarray) -> np.ndarray:
    """How far apart two values are, 0..1: |log ratio| of their centres (years apart for dates),
    capped at LOG_GAP_CAP; 0 where the two cannot be compared. Each frame's centre is worked out
    once, not pair by pair."""
    intervals = [f.interval for f in frames]
    centre = np.array([center(iv) if iv else 0.0 for iv in intervals], dtype=float)
    per_year = np.array([365.0 if iv and iv.space in DATE_SPACES else 1.0 for iv in intervals])
    known = np.array([iv is not None for iv in intervals], dtype=bool)
    gap = np.abs(centre[i] - centre[j]) / per_year[i]
    comparable = known[i] & known[j] & (space[i] == space[j])
    far = np.where(comparable, np.minimum(gap, LOG_GAP_CAP) / LOG_GAP_CAP, 0.0)
    # a slipped decimal point sets two values a power of ten apart (log ratio 2.3 or more), and so
    # does the same numeral under a slipped unit or currency sign ("₦2.4 billion" printed "$2.4
    # billion", 1,500 times as much): only those pairs are read for their digits
    tenfold = np.flatnonzero(comparable & (gap > TENFOLD))
    if len(tenfold):
        keys = {x: _significant_digits(frames[x]) for x in set(i[tenfold].tolist()) | set(j[tenfold].tolist())}
        # (the same numeral, of two or more significant digits, in two units or currencies and under one
        # head: "fined ... ₦2.4 billion" and "fined ... $2.4 billion", `_sign_slipped`)
        slipped = [n for n, a, b in zip(tenfold.tolist(), i[tenfold].tolist(), j[tenfold].tolist())
                   if keys[a] is not None and keys[b] is not None
                   and (keys[a] == keys[b] or same_numeral(frames[a].claim, frames[b].claim)
                        and _one_head(frames[a], frames[b]))]
        far[slipped] = 0.0
    return far


def _one_head(a: Frame, b: Frame) -> bool:
    """Both figures are told under one head word."""
    return a.head is not None and a.head == b.head


def _sign_slipped(a: Frame, b: Frame) -> bool:
    """A money figure printed under another currency's sign ("$2.4 billion" for "₦2.4 billion"), a
    power of ten or more away by rate: one slip of the keys only under the same head (`_one_head`),
    since the same numeral of another measure ("$8.6 billion in revenue" beside a "¥8.6 billion"
    fine) is as often another fact. Currencies whose values lie within a power of ten ("NZ$45,000",
    "45,000 dollars") are one figure read two ways, not a slip."""
    return a.claim.kind == "money" and same_numeral(a.claim, b.claim) \
        and getattr(a.claim.value, "currency", None) != getattr(b.claim.value, "currency", None) \
        and a.interval is not None and b.interval is not None \
        and abs(center(a.interval) - center(b.interval)) > TENFOLD


def _significant_digits(f: Frame) -> tuple | None:
    """A figure's digits without its scale, with what it counts in, when they are two or more: "€4.86
    million" and "€48.6 million" print one figure with the decimal point slipped, however far apart
    their values (a round "100" against "1,000" may be two figures)."""
    amount = getattr(f.claim.value, "amount", None)
    if not amount or f.claim.kind == "date" or amount != amount or abs(amount) == math.inf:
        return None
    digits = significant_digits(amount)
    if len(digits) < 2:
        return None
    unit = getattr(f.claim.value, "currency", None) or getattr(f.claim.value, "unit", None)
    return (f.claim.kind, unit, digits)


def _ids(items: Sequence[T], key: Callable[[T], Hashable] = lambda x: x) -> tuple[np.ndarray, list[T]]:
    """Each item's number among the distinct values of key(item), and the first item of each number."""
    keys = list(map(key, items))
    ids = {k: n for n, k in enumerate(dict.fromkeys(keys))}  # numbered in order of first appearance
    numbers = np.fromiter(map(ids.__getitem__, keys), dtype=np.int64, count=len(keys))
    _, first = np.unique(numbers, return_index=True)
    return numbers, [items[x] for x in first.tolist()]


def _first_seen(codes: np.ndarray) -> np.ndarray:
    """Each code's number among the distinct codes in order of first appearance (_ids on ints)."""
    _, first, inverse = np.unique(codes, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[inverse.reshape(-1)]


def _on_pairs(fn: Callable[[T, T], Any], items: Sequence[T], i: np.ndarray, j: np.ndarray,
              key: Callable[[T], Hashable] = lambda x: x, columns: int = 1) -> np.ndarray:
    """fn(items[i[n]], items[j[n]]) for every n, called once per distinct pair of keys, in that
    order (fn need not be symmetric); its value must follow from the keys alone."""
    numbers, first = _ids(items, key)
    k = len(first)
    codes = numbers[i] * k + numbers[j]
    if k * k <= 4 * len(codes) + 4096:  # few keys (years, roles, heads): the codes seen marked in a table, not sorted
        seen = np.zeros(k * k, dtype=bool)
        seen[codes] = True
        distinct = np.flatnonzero(seen)  # ascending, as np.unique gives them
        slot = np.zeros(k * k, dtype=np.int64)
        slot[distinct] = np.arange(len(distinct))
        where = slot[codes]
    else:
        distinct, where = np.unique(codes, return_inverse=True)
    values = np.array([fn(first[c // k], first[c % k]) for c in distinct.tolist()], dtype=float)
    out = values.reshape(len(distinct), columns)[where.reshape(-1)]
    return out[:, 0] if columns == 1 else out


def learn(frames: list[Frame], pairs: Sequence[tuple[int, int]], evidence: PairEvidence | None = None) -> Story:
    """Heads that carry agreeing values in two or more pairs of documents are one attribute
    (schema matching by duplicates); each frame's best match in every other document."""
    ev = evidence if evidence is not None else pair_evidence(frames, pairs)
    i, j, doc = ev.i, ev.j, ev.doc
    named, _ = _ids(frames, lambda f: f.head or None)  # the head as a truth value: "" names nothing
    head_named = np.array([bool(f.head) for f in frames], dtype=bool)
    other_doc = doc[i] != doc[j]
    both = head_named[i] & head_named[j]
    seen: dict[frozenset[str], set[frozenset[str]]] = defaultdict(set)
    for n in np.flatnonzero(other_doc & both & (named[i] != named[j]) & (ev.agree == 1.0)).tolist():
        a, b = frames[i[n]], frames[j[n]]
        seen[frozenset((a.head, b.head))].add(frozenset((a.doc, b.doc)))
    synonyms = {h for h, ds in seen.items() if len(ds) >= 2}
    # each frame's best match per other document: the highest rank, the first pair on a tie
    # ranked by an unweighted sum of context evidence
    head = np.where(both & (named[i] == named[j]), 1.0, np.where(both, -1.0, 0.0))
    rank = ev.context + ev.path + head + 0.5 * ev.subject
    # a temperature's best match is no megawatt figure, however alike their words: quantities of
    # two dimensions are never one fact (cannot_link)
    measured = np.array([f.claim.kind == "quantity" for f in frames], dtype=bool)
    n = np.flatnonzero(other_doc & ~(measured[i] & measured[j] & (ev.space[i] != ev.space[j])))
    x, y = np.concatenate((i[n], j[n])), np.concatenate((j[n], i[n]))
    in_doc, s = doc[y], np.concatenate((rank[n], rank[n]))
    order = np.concatenate((2 * n, 2 * n + 1))  # the pair order, each pair both ways
    by = np.lexsort((order, -s, in_doc, x))
    first = np.ones(len(by), dtype=bool)
    first[1:] = (x[by][1:] != x[by][:-1]) | (in_doc[by][1:] != in_doc[by][:-1])
    win = by[first]
    win = win[s[win] > 0.0]  # a best match with no evidence for it (or heads apart) is just the last one standing
    # a pair is mutual when it won both ways: entries below len(n) are i -> j, the rest j -> i
    forward, backward = np.zeros(len(i), dtype=bool), np.zeros(len(i), dtype=bool)
    forward[n[win[win < len(n)]]] = True
    backward[n[win[win >= len(n)] - len(n)]] = True
    subjects = defaultdict(set)
    for f in frames:
        if f.subject:
            subjects[f.subject].add(f.doc)
    main = max(subjects, key=lambda s: (len(subjects[s]), s)) if subjects else None
    # per slot and document: its exact values, and its bounds ("over 5 million" in a lead beside
    # "500,000 euros" further down is one statement told twice)
    stated: dict[tuple, dict[str, tuple[dict, dict]]] = defaultdict(lambda: defaultdict(lambda: ({}, {})))
    for f in frames:
        key = slot_of(f)
        if key is not None:
            said = f.claim.sentence if f.claim.kind == "date" else f.value_key
            stated[key][f.doc][f.claim.qualifier in _BOUNDS].setdefault(said, f)
    unique = {k for k, ds in stated.items() if all(_one_value(exact or bounds) for exact, bounds in ds.values())}
    return Story(synonyms=synonyms, mutual=forward & backward, main_subject=main, unique_slots=unique)


def _one_value(said: dict[Any, Frame]) -> bool:
    """One statement: a single date sentence, or figures that are one value rounded two ways."""
    first, *rest = said.values()
    return not rest or (first.claim.kind != "date" and all(_values_agree(first, f) for f in rest))


def slot_of(f: Frame) -> tuple | None:
    """(head, subject, modality) when all three are named."""
    if f.head and f.subject and f.modality:
        return (f.head, f.subject, f.modality)
    return None


def feature_columns(frames: Sequence[Frame], ev: PairEvidence, story: Story | None = None) -> list[np.ndarray]:
    """The evidence that two frames state one fact, for every pair of `ev` at once: one column per
    feature in FEATURES order (`story` learned on the same pairs)."""
    i, j = ev.i, ev.j
    main = story.main_subject if story else None
    head, _ = _ids(frames, lambda f: f.head)
    head_named = np.array([f.head is not None for f in frames], dtype=bool)
    both = head_named[i] & head_named[j]
    head_same = (head_named[i] & (head[i] == head[j])).astype(float)
    synonym = np.zeros(len(i))
    if story is not None:
        differ = np.flatnonzero(both & (head[i] != head[j]))
        synonym[differ] = _on_pairs(lambda a, b: 1.0 if frozenset((a.head, b.head)) in story.synonyms else 0.0,
                                    frames, i[differ], j[differ], lambda f: f.head)
    head_diff = (both & (head_same == 0.0) & (synonym == 0.0)).astype(float)
    # an unnamed subject is the story's main one
    subject = _on_pairs(_subjects, [f.subject or main for f in frames], i, j, columns=2)
    subj, subject_diff = subject[:, 0], subject[:, 1]
    modality, _ = _ids(frames, lambda f: f.modality)
    modality_named = np.array([f.modality is not None for f in frames], dtype=bool)
    same_modality = modality_named[i] & modality_named[j] & (modality[i] == modality[j])
    modality_diff = (modality_named[i] & modality_named[j] & ~same_modality).astype(float)
    roles, _ = _ids(frames, lambda f: f.roles)
    doc = ev.doc
    same_doc = doc[i] == doc[j]
    mutual = story.mutual.astype(float) if story is not None else np.zeros(len(i))
    has_path = np.array([bool(f.path) for f in frames], dtype=bool)
    path_none = (has_path[i] & has_path[j] & (ev.path == 0.0)).astype(float)
    # the old exact key, now one piece of evidence: who, what and how (fine, Novak, potential) all named alike
    slot = (head_same == 1.0) & (subj == 1.0) & same_modality
    in_unique = np.array([story is not None and slot_of(f) in story.unique_slots for f in frames], dtype=bool)
    lead = np.array([f.lead for f in frames], dtype=bool)
    return [np.ones(len(i)), ev.context, ev.near, ev.path, path_none, head_same, head_diff, synonym, subj,
            subject_diff, modality_diff, slot.astype(float), (slot & in_unique[i]).astype(float), ev.year_diff,
            (roles[i] != roles[j]).astype(float), same_doc.astype(float), (lead[i] & lead[j]).astype(float),
            mutual, mutual * ev.path, mutual * ev.context, _told_elsewhere(frames, ev), ev.agree, ev.far]


def _told_elsewhere(frames: Sequence[Frame], ev: PairEvidence) -> np.ndarray:
    """1.0 where two figures disagree but one's document states the other's value elsewhere: an
    outlet that gives both figures is telling two facts, not contradicting one. Stating is more
    than being compatible: a bound ("by 2021", "over 5 million"), a range ("between 60 and 62%")
    or a date without its year does not state 2017, a year or month does not state a day within it
    ("in 2025" states neither July 17 nor July 24), and a conversion beside the figure itself
    ("3.2 trillion yen ($21 billion)") is that figure told again, not another one."""
    i, j, doc, sentence, space = ev.i, ev.j, ev.doc, ev.sentence, ev.space
    k = int(doc.max()) + 1 if len(doc) else 1
    s = int(sentence.max()) + 1 if len(sentence) else 1
    point = np.array([f.interval is not None and f.claim.qualifier in _POINTS for f in frames], dtype=bool)
    other = doc[i] != doc[j]
    stating = other & (ev.agree == 1.0) & point[i] & point[j] & (space[i] == space[j]) & _same_dates(frames, i, j)
    x, m = np.concatenate((i[stating], j[stating])), np.concatenate((j[stating], i[stating]))
    # only disagreeing pairs across documents are asked, both ways at once (a's value stated in
    # b's document away from b, then b's in a's): each table of statements is counted once
    # and only figures that can be compared: "48 bitcoin" neither agrees nor disagrees with "$2.6 million"
    asked = np.flatnonzero(other & (ev.agree == 0.0) & ev.comparable)
    a, b = np.concatenate((i[asked], j[asked])), np.concatenate((j[asked], i[asked]))
    told = _counts(x * k + doc[m], a * k + doc[b]) > _counts(x * s + sentence[m], a * s + sentence[b])
    out = np.zeros(len(i))
    out[asked] = told[:len(asked)] | told[len(asked):]
    return out


def _comparable(frames: Sequence[Frame], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """True where two figures have values to weigh against each other: both converted to a common
    space, or both in one currency (two sums in a currency no rate table holds, "48 bitcoin")."""
    based = np.array([f.interval is not None for f in frames], dtype=bool)
    currency, _ = _ids(frames, lambda f: f.currency)
    native = np.array([f.native is not None for f in frames], dtype=bool)
    return (based[i] & based[j]) | (native[i] & native[j] & (currency[i] == currency[j]))


def _same_dates(frames: Sequence[Frame], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """False where two dates that agree cover different days (a year and a day of it); True elsewhere."""
    dated = np.array([f.interval is not None and f.interval.space in DATE_SPACES for f in frames], dtype=bool)
    lo = np.array([f.interval.lo if d else 0.0 for f, d in zip(frames, dated)])
    hi = np.array([f.interval.hi if d else 0.0 for f, d in zip(frames, dated)])
    return ~(dated[i] & dated[j]) | ((lo[i] == lo[j]) & (hi[i] == hi[j]))


def _counts(keys: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """How many times each query occurs among keys."""
    values, counts = np.unique(keys, return_counts=True)
    at = np.searchsorted(values, queries)
    found = at < len(values)
    found[found] = values[at[found]] == queries[found]
    out = np.zeros(len(queries), dtype=np.int64)
    out[found] = counts[at[found]]
    return out


def _subjects(a: str | None, b: str | None) -> tuple[float, float]:
    """(name_similarity, 1.0 if both are named and nothing alike)."""
    similarity = name_similarity(a, b)
    return (similarity, 1.0 if a is not None and b is not None and similarity == 0.0 else 0.0)


def restated(a: Frame, b: Frame) -> bool:
    """True when one figure restates the other in the same sentence: a conversion in brackets.
    A bracket restates whatever it holds ("fined €4.2 million (3.9 million)" contradicts
    itself); after "or", two amounts in one currency that disagree are two figures ("will rise
    from £112.40 to £117.12, or £4.72 a week": the new rent and the rise), while a conversion,
    right or wrong, is the figure again."""
    if a.doc != b.doc or a.claim.sentence != b.claim.sentence:
        return False
    gap = restating_gap(a.claim, b.claim)
    if gap is None:
        return False
    return bool(BRACKETED.match(gap)) or (a.currency is not None and a.currency != b.currency) or _values_agree(a, b)


def copied(frames: Sequence[Frame]) -> set[tuple[int, int]]:
    """Pairs of figures in two documents whose sentences are the same but for the figure: a copy,
    a wire story reprinted or a draft edited from a source, one statement whatever the figures say;
    not where the same words name two years or periods (a yearly release's sentence, told a year
    apart)."""
    by_template: dict[str, list[int]] = defaultdict(list)
    for n, f in enumerate(frames):
        sentence, text = f.claim.sentence, f.claim.text
        if text and sentence.count(text) == 1 and len(sentence) > 2 * len(text):
            by_template[" ".join(sentence.replace(text, "\0").casefold().split())].append(n)
    return {(x, y) for members in by_template.values() if len(members) < MAX_BLOCK
            for k, x in enumerate(members) for y in members[k + 1:] if frames[x].doc != frames[y].doc
            and not other_years(frames[x], frames[y]) and not periods_apart(frames[x], frames[y])}


# modifiers whose measure a plain one never is: "core inflation" is not "inflation", "underlying
# profit" not the reported "profit" (while a plain "profit" may be the net or the operating one)
APART_FROM_THE_PLAIN = frozenset({"core", "underlying", "adjusted"})


# what counts people by the homes they share
HOUSEHOLD_NOUNS = frozenset({"household", "home", "house", "family", "dwelling", "homestead"})
_PEOPLE_LEMMAS = frozenset({"person", "people"})
_PEOPLE_OR_HOMES = HOUSEHOLD_NOUNS | _PEOPLE_LEMMAS


def people_and_households(a: Frame, b: Frame) -> bool:
    """One counts people, the other the homes or families they live in (either way round)."""
    x, y = a.claim.value, b.claim.value
    if not isinstance(x, CountValue) or not isinstance(y, CountValue):
        return False
    lemmas = {x.lemma, y.lemma}
    return bool(lemmas & _PEOPLE_LEMMAS) and bool(lemmas & HOUSEHOLD_NOUNS)


def cannot_link(a: Frame, b: Frame) -> bool:
    """Figures whose clauses name different years are two events; two different figures one
    document states (in two sentences, or side by side in one, not as a restatement in brackets)
    are two facts, unless one is a floor told in another sentence ("a fine of over X" in
    the lead, "a fine of Y" further down can be one fine) or the two are one figure rounded two
    ways ("$161.95 million" in the lead, "$161.9 million" below; "13.38 billion rupees" and
    "1,337.76 crore"). Two dates are one only when written alike: "2024" holds "March 2024"
    without being the same day; days told from articles a week apart are two news days. A figure
    dated to a year before its article's is not one told with recent news ("last week").
    Quantities of two dimensions (a volume, a length) are two measures."""
    if other_years(a, b):
        return True  # "fined in 2019" and "fined in 2023": two events, two facts
    if a.dated_past != b.dated_past and (b.recent if a.dated_past else a.recent):
        return True  # "In 2018 a quake injured 120 people" and "a quake injured 120 people on Tuesday": two quakes
    if a.modifier and b.modifier and a.modifier != b.modifier:
        return True  # "net profit" and "operating profit": two measures ("profit" alone may be either)
    if a.head == b.head and (a.modifier in APART_FROM_THE_PLAIN) != (b.modifier in APART_FROM_THE_PLAIN) \
            and (a.modifier is None or b.modifier is None):
        return True  # "core inflation" and "annual inflation": the core rate is never the headline one
    if a.claim.kind == "date" and (_events_apart(a, b) or news_days_apart(a, b)):
        return True
    if a.claim.kind == "quantity" and a.interval and b.interval and a.interval.space != b.interval.space:
        return True  # "14 million litres" and "900 mm": a volume and a length are two measures
    if periods_apart(a, b):
        return True  # a quarter's profit and a year's: two measures, whatever their words
    if one_against_all(a, b):
        return True  # "€9,000 to each family" and "€81,000 in all": what one gets and what all do
    if people_and_households(a, b):
        return True  # "172,000 people" and "46,000 households": the people a home holds are two counts
    if a.doc != b.doc or a.value_key == b.value_key:
        return False
    if a.claim.sentence == b.claim.sentence:  # "a $1.2bn fine and $800m in restitution": two parts;
        # "at least 16 weeks of pay plus two weeks for every year": a bound is no exception here
        return not _values_agree(a, b) and not restated(a, b)
    if a.claim.qualifier == "at_least" or b.claim.qualifier == "at_least":
        return False
    if a.claim.qualifier == "at_most" or b.claim.qualifier == "at_most":
        return True  # "a ban of up to three years" beside "banned for 18 months": the ceiling and the term
    if a.claim.kind == "date":
        return not _span_holding_its_day(a, b)
    verdict = compare_frames(a, b)
    return verdict is not None and verdict.conflict


def _span_holding_its_day(a: Frame, b: Frame) -> bool:
    """One date is a span of days up to a month, told from the article's day, that holds the other
    day: the lead's "in the coming week" and "on February 12" below are the article's one event
    told loosely, then exactly (as a bound told in the lead is)."""
    for span, day in ((a, b), (b, a)):
        s, d = span.interval, day.interval
        if s is None or d is None or getattr(span.claim.value, "relative", None) is None or d.lo != d.hi:
            continue
        if s.lo < s.hi <= s.lo + 31 and s.lo <= d.lo <= s.hi:
            return True
    return False


def _events_apart(a: Frame, b: Frame) -> bool:
    """Two dates of different years whose sentences state figures of one named measure, none of
    which agree, time two events: "in 2021 Acme was fined €225m" and "in 2023 Acme was fined
    €310m" are two fines, not one fine dated two ways. Days of one year stay comparable ("fined
    €5m on March 10" against "€8m on March 12" is one fine told wrong twice), and so do dates
    that agree (a misprinted fine dated alike is one event: the misprint is the money's conflict)."""
    if not (a.beside and b.beside) or _year(a) is None or _year(b) is None or _year(a) == _year(b):
        return False
    compared = [_values_agree(x, y) for x in a.beside for y in b.beside
                if x.claim.kind == y.claim.kind and _one_measure(x, y) and compare_frames(x, y) is not None]
    return bool(compared) and not any(compared)


def _one_measure(x: Frame, y: Frame) -> bool:
    """Two figures name one measure: the same head, or quantities neither names, whose unit says
    what they measure ("61 cm" of snow in 1987, "up to 40 cm" this week)."""
    if x.head is not None:
        return x.head == y.head
    return y.head is None and x.claim.kind == "quantity"


def _year(f: Frame) -> str | None:
    """The one year a date claim falls in, or None (a span across years, a yearless date)."""
    v = f.claim.value
    start, end = (getattr(v, "start", None) or "")[:4], (getattr(v, "end", None) or "")[:4]
    return start if start.isdigit() and start == end and not f.no_year else None


def block_keys(f: Frame) -> list[tuple]:
    # the kind itself is a block: a story small enough (MAX_BLOCK frames of a kind) has every pair
    # weighed; the narrower keys only matter at scale
    keys: list[tuple] = [("k",)]
    if f.subject:
        keys.append(("s", f.subject.split()[-1]))
    if f.head:
        keys.append(("h", f.head))
    # heaviest first, ties in the words' order (a stable sort keeps them under reverse too)
    for t, _ in sorted(f.terms.items(), key=operator.itemgetter(1), reverse=True)[:TOP_TERMS]:
        keys.append(("t", t))
    return keys


def candidate_pairs(frames: list[Frame]) -> set[tuple[int, int]]:
    """Pairs of positions in `frames` that share a block key (same kind is given)."""
    return {divmod(code, len(frames)) for code in _pair_codes(frames)}


def _pair_codes(frames: list[Frame]) -> set[int]:
    """Candidate pairs (i, j), i < j, as i * len(frames) + j: ints hash and sort faster than tuples."""
    n = len(frames)
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for x, f in enumerate(frames):
        for k in block_keys(f):
            blocks[k].append(x)
    codes: set[int] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for x, i in enumerate(members):  # members ascend: i < j
            row = i * n
            codes.update([row + j for j in members[x + 1:]])
    for i in range(n - 1):  # neighbours in one sentence: a restatement whatever the blocks say
        if frames[i].sentence_no == frames[i + 1].sentence_no:
            codes.add(i * n + i + 1)
    return codes


@dataclass
class Alignment:
    """Clusters of positions in the frame list, and the scores of the pairs that were weighed."""

    clusters: list[list[int]]
    scores: dict[tuple[int, int], float]
    disputes: dict[tuple[int, int], float]
    restatements: set[tuple[int, int]]
    weights: Weights  # what scored them: its dispute threshold and one-on-one margin decide the sides too
    # `scores` as arrays, for what reads every pair at once (cohesion): the scored pairs and their
    # `same` scores in that order
    pairs: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))
    same: np.ndarray = field(default_factory=lambda: np.zeros(0))
    told_as: list[frozenset[str] | None] = field(default_factory=list)  # see _Clusters.told_as
    docs: list[str] = field(default_factory=list)  # each position's document (see _nearest)
    told_again: set[tuple[int, int]] = field(default_factory=set)  # the restatements in one sentence (restated)
    misprinted: set[int] = field(default_factory=set)  # figures moved to the fact their words tell (_move_misprinted)
    statement: list[int] | None = None  # each position's statement, a figure and its conversion one (_Clusters)

    def cohesion(self, facts: Sequence[Sequence[int]]) -> list[float]:
        """For each list of positions, the mean probability its pairs are one fact (a pair no block
        brought together counts at MISSING); 1.0 for a single claim. Every list at once."""
        n = max((max(ms) for ms in facts if ms), default=-1) + 1
        label = np.full(n, -1, dtype=np.int64)
        for k, ms in enumerate(facts):
            label[list(ms)] = k
        size = np.array([len(ms) for ms in facts], dtype=float)
        total = size * (size - 1) / 2
        inside = np.zeros(len(facts))
        found = np.zeros(len(facts))
        if len(self.pairs) and n:
            i, j = self.pairs[:, 0], self.pairs[:, 1]
            ok = (i < n) & (j < n)
            i, j, p = i[ok], j[ok], 1.0 / (1.0 + np.exp(-self.same[ok]))
            same = (label[i] == label[j]) & (label[i] >= 0)
            inside = np.bincount(label[i][same], weights=p[same], minlength=len(facts))
            found = np.bincount(label[i][same], minlength=len(facts)).astype(float)
        missing = 1.0 / (1.0 + math.exp(-MISSING))
        mean = (inside + (total - found) * missing) / np.maximum(total, 1.0)
        return [round(float(x), 3) if t else 1.0 for x, t in zip(mean.tolist(), total.tolist())]

    def score(self, i: int, j: int) -> float:
        return self.scores.get(_key(i, j), MISSING)

    def restates(self, i: int, j: int) -> bool:
        """One figure restates the other beside it ("€2.3bn ($2.68bn)"), not just a must-link."""
        return _key(i, j) in self.told_again

    def side_score(self, side: list[int], major: list[int]) -> float:
        """How firmly a side joins the majority of a fact (the dispute model): each of its figures
        against the majority's figure told most alike (_nearest), the mean over the side; a
        majority's figure and its conversion in brackets are one statement."""
        if any(_key(x, y) in self.restatements for x in side for y in major):
            return math.inf
        scores = [_nearest(self.scores, self.disputes, x, major, self.told_as, self.docs, self.statement) for x in side]
        return reduce(operator.add, scores, 0.0) / len(scores) if scores else MISSING

    def mean_score(self, xs: list[int], ys: list[int]) -> float:
        """Mean `same` score between two groups; infinite when a must-link joins them (a figure and
        its conversion in brackets, a slot every document states once)."""
        if any(_key(x, y) in self.restatements for x in xs for y in ys):
            return math.inf
        return _mean(self.scores, xs, ys)


def align(frames: list[Frame], weights: Weights | None = None) -> Alignment:
    """Cluster same-kind frames into facts: average link over the `same` scores, then disagreeing
    clusters joined where the `dispute` model says their context makes them one fact."""
    weights = weights or default_weights()
    codes = np.fromiter(_pair_codes(frames), dtype=np.int64)
    codes.sort()
    i, j = np.divmod(codes, max(len(frames), 1))
    pairs = list(zip(i.tolist(), j.tolist()))
    evidence = pair_evidence(frames, np.stack((i, j), axis=1))
    story = learn(frames, pairs, evidence)
    x = feature_columns(frames, evidence, story)  # every pair at once: the weights score whole columns
    same, dispute = weights.score(x, "same"), weights.score(x, "dispute")
    # a person's age is never the length of anything else, whatever the figures and words share
    # ("Ada Kowal, 64," and "retired after 64 years on its wards"): such a pair is scored as one no block met
    # (nor a house's age a person's: "Ana Ruiz, 95" is no restatement of "the 95-year-old house")
    age = np.fromiter((age_kind(f) for f in frames), dtype=np.int8, count=len(frames))
    apart = age[i] != age[j]
    same[apart], dispute[apart] = MISSING, MISSING
    scores, disputes = dict(zip(pairs, same.tolist())), dict(zip(pairs, dispute.tolist()))
    beside = np.flatnonzero(evidence.sentence[i] == evidence.sentence[j]).tolist()  # a restatement shares its sentence
    told_again = {pairs[n] for n in beside if restated(frames[pairs[n][0]], frames[pairs[n][1]])}
    must = told_again | copied(frames)
    clusters = _Clusters(frames, told_again)
    clusters.unweighed = {pairs[n] for n in np.flatnonzero(~evidence.comparable).tolist()}
    for a, b in must:
        clusters.union(a, b)
    # figures that agree group first, as an editor lines up the articles that print one number;
    # a differing figure then joins the group it is closest to as a whole (average link)
    agreeing = np.flatnonzero(evidence.agree == 1.0)
    clusters.merge_by(i[agreeing], j[agreeing], same[agreeing], scores, threshold=0.0)
    clusters.merge_by(i, j, same, scores, threshold=0.0)
    clusters.merge_by(i, j, dispute, disputes, threshold=weights.threshold, nearest=scores)  # see _nearest
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
    _join_lone_leads(frames, clusters)
    near = dispute > weights.threshold
    misprinted = _move_misprinted(frames, clusters, scores, disputes, weights, i[near], j[near])
    must |= _join_slipped(frames, clusters, scores, i, j)
    out = sorted((sorted(m) for m in clusters.members.values()), key=lambda m: m[0])
    return Alignment(clusters=out, scores=scores, disputes=disputes, restatements=must, weights=weights,
                     pairs=np.stack((i, j), axis=1), same=same, told_as=clusters.told_as, told_again=told_again,
                     docs=clusters.doc_of, misprinted=misprinted, statement=clusters.statement)


def _move_misprinted(frames: list[Frame], clusters: _Clusters, same: dict[tuple[int, int], float],
                     dispute: dict[tuple[int, int], float], weights: Weights, near_i: np.ndarray,
                     near_j: np.ndarray) -> set[int]:
    """A figure that joined a fact on its value alone, while its words tell another fact of the
    story, moves to that fact: the outlet printed one fact's figure in the place of another's ("the
    haulier paid the gang 30 bitcoin", where the others report 42 paid and 30 recovered;
    "the storm killed 1,200 people", where 1,200 is what the others count as evacuated). Only a
    document's one figure in the fact it leaves, and only to a fact whose every figure it
    contradicts and in which two other sources name the measure by its own head word, more sources
    than name the fact it leaves by it ("employs 310 nurses" stays with "took its nursing staff to
    310", though the hires are "45 nurses" twice), or, where no figure of the fact it leaves names its
    measure, one outlet that names it there gives the fact it leaves under another measure's word
    (told_apart, _measures_apart: "net profit of $210 million" and "revenue rose to $3.4 billion" in
    one article, "net profit climbed to $3.4 billion" in another); and only when its words (the dispute model) tie
    it to that fact above the dispute threshold and by `weights.misprint` more than to the fact it
    leaves (by any margin when no other figure there names its measure: "killed 14 climbers" in a
    fact of "14 climbers were caught" and "14 people on the rope"). Frames of one kind; `near_i`,
    `near_j` the pairs above the dispute threshold. Returns the figures moved."""
    moved: set[int] = set()
    if not math.isfinite(weights.misprint):
        return moved
    label = np.asarray(clusters.label, dtype=np.int64)
    apart = label[near_i] != label[near_j]  # only a pair across two clusters can name a fact to move to
    partners: dict[int, list[int]] = defaultdict(list)  # the pairs (near_i, near_j) whose words tie them past the threshold
    for a, b in zip(near_i[apart].tolist(), near_j[apart].tolist()):
        partners[a].append(b)
        partners[b].append(a)
    # per cluster, read once (clusters change only where a figure moves): how many figures each
    # document gives it, and which documents of each source group name each head word
    told: dict[int, tuple[Counter[str], dict[str | None, dict[str, set[str]]]]] = {}

    def summary(root: int) -> tuple[Counter[str], dict[str | None, dict[str, set[str]]]]:
        if root not in told:
            heads: dict[str | None, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
            for m in clusters.members[root]:
                heads[frames[m].head][frames[m].group].add(frames[m].doc)
                heads[_ANY][frames[m].group].add(frames[m].doc)
            told[root] = (Counter(frames[m].doc for m in clusters.members[root]), heads)
        return told[root]

    def naming(root: int, head: str | None, f: Frame) -> int:
        """How many source groups of the cluster name `head` (_ANY: any), f's document aside."""
        groups = summary(root)[1].get(head, {})
        return len(groups) - (groups.get(f.group) == {f.doc})

    def told_apart(home: int, there: int, f: Frame) -> bool:
        """Whether an outlet that names f's measure in `there` gives the fact f leaves under a
        measure word of its own: it tells the two facts apart, with two figures."""
        heads = summary(home)[1]
        namers = set().union(*summary(there)[1].get(f.head, {}).values()) - {f.doc}
        return any(namers & docs for head, groups in heads.items()
                   if head not in (_ANY, None) and _measures_apart(f.claim.kind, f.head, head)
                   and f.near.isdisjoint(head.split())  # "$10bn including debt" names both
                   for docs in groups.values())

    for x in sorted(partners):
        f = frames[x]
        home = clusters.find(x)
        if f.head is None or summary(home)[0][f.doc] != 1 or naming(home, _ANY, f) < 1:
            continue
        named_home, told_home = naming(home, f.head, f), naming(home, _ANY, f)
        # a date moves only among dates told as finely: a year misprinted for another event's
        # year, never the quarter a figure reports for the day it was announced
        grain = getattr(f.claim.value, "granularity", None)
        candidates = [there for there in dict.fromkeys(clusters.find(y) for y in partners[x])
                      if there != home and all(getattr(frames[m].claim.value, "granularity", None) == grain
                                               for m in clusters.members[there])
                      and (told_home >= 2 and naming(there, f.head, f) >= max(2, named_home + 1)
                           or named_home == 0 and naming(there, f.head, f) >= 1 and told_apart(home, there, f))]
        if not candidates:
            continue
        members = clusters.members[home]
        others = [m for m in members if frames[m].doc != f.doc]
        if _weighed(f, [frames[m] for m in others]) != {False}:
            continue
        stay = _nearest(same, dispute, x, others, clusters.told_as, clusters.doc_of, clusters.statement)
        best, target = weights.threshold, None
        for there in candidates:
            them = clusters.members[there]
            score = _nearest(same, dispute, x, them, clusters.told_as, clusters.doc_of, clusters.statement)
            # no figure of the fact it leaves names its measure, two sources of this one do: the
            # head word has already told which fact it is, its words need only tie it nearer here
            margin = 0.0 if named_home == 0 else weights.misprint
            if score > best and score - stay > margin and _weighed(f, [frames[m] for m in them]) == {True}:
                best, target = score, there
        if target is not None:
            told.pop(home, None)
            told.pop(target, None)
            clusters.split_off(x)
            if clusters.blocked(x, target):
                clusters.union(x, home)
            else:
                clusters.union(x, target)
                moved.add(x)
    return moved


_CHANGE_STEMS = frozenset(stem(w) for w in RISE_WORDS | FALL_WORDS | {"change"})


def _measures_apart(kind: str, a: str, b: str) -> bool:
    """Two head words that name two measures, not one measure worded two ways. A count's noun
    names only what is counted ("people", "members", "staff", "residents" are one crowd told
    apart by place or time, not by word): counts are apart by what happened to one kind ("person
    kill", "person injure"). Other heads are apart when they share no word, every word of change
    being one ("a rise of 4%" and "pensions rose 6%" are changes both)."""
    x, y = ([w if w not in _CHANGE_STEMS else "change" for w in h.split()] for h in (a, b))
    if kind == "count":
        return len(x) == len(y) == 2 and x[0] == y[0] and x[1] != y[1]
    return not set(x) & set(y)


def _join_slipped(frames: list[Frame], clusters: _Clusters, same: dict[tuple[int, int], float],
                  first: np.ndarray, second: np.ndarray) -> set[tuple[int, int]]:
    """A figure one article alone prints, left on its own, joins the fact two other sources or more
    give a value it is with one slip of the keys (compare.typing_slip): "Some 4,560 householders had to
    leave" against "4,650 people were evacuated" and "ordered 4,650 residents out"; "1,830 departures
    were scrapped" against "1,380 flights cancelled" twice. Only
    where that fact is the nearest to it in words (the mean `same` score of its pairs, above
    SLIPPED_FLOOR), its article gives that fact no figure and no other fact is as near; never across
    a cannot-link. A misprint explains why the figures differ as well as the words say they answer
    one question: the pair is returned as a must-link, and the verdict then weighs it as any side.
    A figure tied to a fact whose figures, all of other articles, agree and disagree with it ("¥380
    million" beside another outlet's "about ¥120 billion"; "1,830 flights" beside the week's "5,200
    flights" twice) is as alone: it leaves that tie for a slipped fact nearer to it in words than those
    figures ("¥380 billion" told twice; "1,380 flights" twice). A fact its figure cannot be weighed
    against (a price in a currency with no rate) is no nearer fact."""
    lone = {root: ms for root, ms in clusters.members.items()
            if len({frames[m].doc for m in ms}) == 1 and clusters.agreeing(ms)}
    paired = {m: root for root, ms in clusters.members.items() if 2 <= len(ms) <= MAX_SLIP_CLUSTER
              and len({frames[m].doc for m in ms}) >= 2 and not clusters.agreeing(ms)
              for m in _outliers(frames, clusters, ms)}
    if not lone and not paired:
        return set()
    label = np.asarray(clusters.label, dtype=np.int64)
    roots = np.fromiter(lone, dtype=np.int64)
    figures = np.fromiter(paired, dtype=np.int64)
    touching = np.isin(label[first], roots) | np.isin(label[second], roots) \
        | np.isin(first, figures) | np.isin(second, figures)
    near: dict[int, set[int]] = defaultdict(set)  # each lone cluster -> the clusters its figures were scored with
    near_figure: dict[int, set[int]] = defaultdict(set)  # each paired figure -> the same
    for a, b in zip(first[touching].tolist(), second[touching].tolist()):
        ra, rb = clusters.find(a), clusters.find(b)
        if ra != rb:
            near[ra].add(rb)
            near[rb].add(ra)
            for x, other in ((a, rb), (b, ra)):
                if x in paired:
                    near_figure[x].add(other)
    joined: set[tuple[int, int]] = set()
    for root, ms in sorted(lone.items()):
        if clusters.find(root) != root or root not in near:
            continue
        around = {clusters.find(t) for t in near[root]} - {root}
        found = _slipped_fact(frames, clusters, same, ms, around)
        if found is not None and not clusters.blocked(root, found[0]):
            clusters.union(root, found[0])
            joined.add(_key(ms[0], found[1]))
    for x, root in sorted(paired.items()):
        if clusters.find(x) != root or x not in near_figure \
                or x not in _outliers(frames, clusters, clusters.members[root]):
            continue
        around = {clusters.find(t) for t in near_figure[x]} - {root}
        rest = [m for m in clusters.members[root] if m != x]
        found = _slipped_fact(frames, clusters, same, [x], around, _mean(same, [x], rest))
        if found is None:
            continue
        clusters.split_off(x)
        if clusters.blocked(x, found[0]):
            clusters.union(x, rest[0])
            continue
        clusters.union(x, found[0])
        joined.add(_key(x, found[1]))
    return joined


def _outliers(frames: list[Frame], clusters: _Clusters, ms: list[int]) -> list[int]:
    """The figures of a cluster each alone from its article whose value the rest, all agreeing, do
    not share: one outlet's figure tied to a fact it disagrees with (in a pair, either figure)."""
    out = []
    for m in ms:
        rest = [n for n in ms if n != m]
        if all(frames[n].doc != frames[m].doc for n in rest) and clusters.agreeing(rest) \
                and not _values_agree(frames[m], frames[rest[0]]):
            out.append(m)
    return out


def _slipped_fact(frames: list[Frame], clusters: _Clusters, same: dict[tuple[int, int], float], ms: list[int],
                  around: set[int], tie: float = -math.inf) -> tuple[int, int] | None:
    """(the cluster among `around` that the agreeing figures `ms` of one article join as a slip of
    the keys, its first figure they are a slip of) (_join_slipped), if they join one, cannot-links
    aside; `tie`: the score of a tie they would leave for it."""
    f = frames[ms[0]]
    # for each fact around it that other sources give: its figures f's value is one slip from
    # (never a figure told as an earlier stage or a part where the fact's is not: "a year ago, 1.17
    # million seats" is no slip of "1.07 million passengers")
    slips = {t: [m for m in clusters.members[t] if typing_slip(f.claim, frames[m].claim) and f.roles == frames[m].roles
                 and (_one_head(f, frames[m]) or not _sign_slipped(f, frames[m]))]
             for t in around if _told_by_others(frames, clusters.members[t], f.group)}
    if not any(slips.values()):  # the common case, settled without weighing words
        return None
    # a fact whose figures f's cannot be weighed against (another currency with no rate, another
    # dimension) is no rival: f joined there would be weighed against nothing
    rivals = [t for t in around if slips.get(t) or any(_weighable(f, frames[m]) for m in clusters.members[t])]
    ranked = sorted(((_mean(same, ms, clusters.members[t]), t) for t in rivals), reverse=True)
    # a point or a scale moved in a figure of three digits or more ("3,740" for "37,400") is a
    # numeral no other fact shares by chance: the fact it names is the one, if its words are not far
    moved = [t for t, ps in slips.items() if any(shifted(f, frames[m]) or _year_slipped(f, frames[m]) for m in ps)]
    if len(moved) == 1 and _mean(same, ms, clusters.members[moved[0]]) > SLIPPED_FLOOR:
        ranked = [r for r in ranked if r[1] == moved[0]]
    (best, target), runner_up = ranked[0], max(ranked[1][0] if len(ranked) > 1 else -math.inf, tie)
    them, partners = clusters.members[target], slips.get(target)
    if best <= SLIPPED_FLOOR or runner_up >= best or not partners:
        return None
    if not clusters.agreeing(them) or any(_values_agree(f, frames[m]) for m in them):
        return None
    return target, partners[0]


def _year_slipped(a: Frame, b: Frame) -> bool:
    """Two days with the same day and month and another year ("15 March 2028" for "15 March 2027"): a
    day no other fact shares by chance, as a moved point is a numeral no other shares."""
    x, y = a.claim.value, b.claim.value
    return isinstance(x, DateValue) and isinstance(y, DateValue) and x.granularity == y.granularity == "day" \
        and x.year_known and y.year_known and bool(x.start) and bool(y.start) and x.start == x.end \
        and y.start == y.end and x.start[4:] == y.start[4:] and x.start[:4] != y.start[:4]  # type: ignore[index]


def shifted(a: Frame, b: Frame) -> bool:
    """The figures share three significant digits or more and differ by a power of ten."""
    x, y = getattr(a.claim.value, "amount", None), getattr(b.claim.value, "amount", None)
    if not x or not y or not math.isfinite(x) or not math.isfinite(y) or x == y:
        return False
    digits = moved_point(x, y)
    return digits is not None and len(digits) >= 3


def _told_by_others(frames: list[Frame], members: list[int], group: str) -> bool:
    """Two source groups or more tell these figures, and `group` is none of them."""
    groups = {frames[m].group for m in members}
    return len(groups) >= 2 and group not in groups


def _weighable(a: Frame, b: Frame) -> bool:
    """The two figures can be weighed against each other: a rate or a rounding relates them ("110 kV"
    is no length; lei have no rate)."""
    v = compare_frames(a, b)
    return v is not None and v.reason != "incomparable"


def _weighed(f: Frame, others: Iterable[Frame]) -> set[bool]:
    """Whether f's value contradicts each of the others it can be weighed against (True: a conflict)."""
    return {v.conflict for v in (compare_frames(f, g) for g in others) if v is not None}


def _join_lone_leads(frames: list[Frame], clusters: _Clusters) -> None:
    """The figure an article leads with, left on its own, joins the fact that the leads of two other
    articles or more state: "has donated $38.5 million" and "a $38.5m gift" against "an endowment of
    $28.5 million", each its article's first figure of the kind in its first sentence with one. Only
    a figure that names no measure, or the one the others name ("people" naming any kind of people),
    and never across a cannot-link: the verdict then weighs the disagreement as it weighs any."""
    leads = [n for n, f in enumerate(frames) if f.headline and not f.dated_past]
    by_cluster: dict[int, list[int]] = defaultdict(list)
    for n in leads:
        by_cluster[clusters.find(n)].append(n)
    shared = [(root, ns) for root, ns in by_cluster.items() if len({frames[n].group for n in ns}) >= 2]
    if len(shared) != 1:  # no story lead, or two: nothing says which one a lone lead would answer
        return
    root, ns = shared[0]
    heads = {frames[n].head for n in ns if frames[n].head}
    for n in leads:
        lone = clusters.find(n)
        if lone == root or len({frames[m].doc for m in clusters.members[lone]}) > 1:
            continue
        named_apart = frames[n].head is not None and frames[n].head not in heads \
            and not people_named_plainly([frames[m] for m in ns], [frames[n]])
        if named_apart or clusters.blocked(root, lone):
            continue
        clusters.union(root, lone)
        root = clusters.find(root)


class _Clusters:
    """Clusters of frame positions that refuse merges across a cannot-link. Each position keeps
    its cluster's label (the smaller cluster is relabelled on a merge), so the common question,
    "are these two already one cluster?", is two list reads."""

    def __init__(self, frames: list[Frame], told_again: Iterable[tuple[int, int]] = ()) -> None:
        self.frames = frames
        told_again = list(told_again)
        # one statement per figure and its restatements ("€4.1bn ($4.76bn)"): a cluster's mean
        # weighs a statement once, by its best-aligned figure
        statement = list(range(len(frames)))

        def root(x: int) -> int:
            while statement[x] != x:
                x = statement[x]
            return x

        for a, b in told_again:
            ra, rb = root(a), root(b)
            statement[max(ra, rb)] = min(ra, rb)
        # None when no figure is told twice: each statement is one figure, and _mean need not look
        self.statement: list[int] | None = [root(x) for x in range(len(frames))] if told_again else None
        self.label = list(range(len(frames)))
        # what _nearest needs of a figure: a point (not a bound) and its roles, "a total of" aside
        self.told_as: list[frozenset[str] | None] = [
            None if f.interval is None or f.interval.bound else f.roles - {"total"} for f in frames]
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(frames))}
        self.doc_of = [f.doc for f in frames]
        self.unweighed: set[tuple[int, int]] = set()  # pairs whose values cannot be compared (see _mean)
        self.docs: dict[int, set[str]] = {i: {f.doc} for i, f in enumerate(frames)}
        # a cannot-link across documents needs years, a date's own figures, a divided measure
        # ("net profit"), a news day or a quantity's dimension on both sides
        # ... or a plain measure the story also tells with a modifier apart from it ("inflation" beside
        # "core inflation": APART_FROM_THE_PLAIN)
        self.apart_heads = frozenset(f.head for f in frames if f.modifier in APART_FROM_THE_PLAIN)
        self.dated: dict[int, bool] = {i: self._dated(f) for i, f in enumerate(frames)}

    def _dated(self, f: Frame) -> bool:
        return _dated(f) or (f.head is not None and f.head in self.apart_heads)

    def find(self, x: int) -> int:
        return self.label[x]

    def union(self, x: int, y: int) -> None:
        rx, ry = self.label[x], self.label[y]
        if rx == ry:
            return
        if len(self.members[rx]) < len(self.members[ry]):
            rx, ry = ry, rx
        moved = self.members.pop(ry)
        label = self.label
        for m in moved:
            label[m] = rx
        self.members[rx].extend(moved)
        self.docs[rx] |= self.docs.pop(ry)
        dated = self.dated.pop(ry)  # popped whatever rx holds: no entry outlives its cluster
        self.dated[rx] = self.dated[rx] or dated

    def split_off(self, x: int) -> None:
        """x leaves its cluster for one of its own."""
        root = self.label[x]
        if len(self.members[root]) == 1:
            return
        rest = [m for m in self.members.pop(root) if m != x]
        for m in rest:
            self.label[m] = rest[0]
        self.label[x] = x
        self.members[rest[0]], self.members[x] = rest, [x]
        self.docs.pop(root)
        self.dated.pop(root)
        for r, ms in ((rest[0], rest), (x, [x])):
            self.docs[r] = {self.frames[m].doc for m in ms}
            self.dated[r] = any(self._dated(self.frames[m]) for m in ms)

    def blocked(self, rx: int, ry: int) -> bool:
        # a cannot-link needs a shared document or years named on both sides: most merges have neither
        if self.docs[rx].isdisjoint(self.docs[ry]) and not (self.dated[rx] and self.dated[ry]):
            return False
        frames = self.frames
        xs, ys = self.members[rx], self.members[ry]
        if len(xs) * len(ys) <= ALL_PAIRS_CHECK:
            return any(cannot_link(frames[p], frames[q]) for p in xs for q in ys)
        dx: dict[str, list[int]] = defaultdict(list)  # big clusters: within documents only
        for m in xs:
            dx[frames[m].doc].append(m)
        return any(cannot_link(frames[p], frames[q]) for q in ys for p in dx.get(frames[q].doc, ()))

    def agreeing(self, members: list[int]) -> bool:
        """The figures of a cluster all agree with its first: one value, however worded. A figure no
        rate weighs against the first ("310 billion shillings" against "$84 million": the shilling has
        no rate) agrees when it meets another of the cluster and contradicts none."""
        frames = self.frames
        unweighed = []
        for m in members[1:]:
            verdict = compare_frames(frames[members[0]], frames[m])
            if verdict is None:
                unweighed.append(m)
            elif verdict.conflict:
                return False
        for m in unweighed:
            verdicts = [v for v in (compare_frames(frames[m], frames[o]) for o in members if o != m) if v is not None]
            if not verdicts or any(v.conflict for v in verdicts):
                return False
        return True

    def merge_by(self, first: np.ndarray, second: np.ndarray, values: np.ndarray,
                 table: dict[tuple[int, int], float], threshold: float,
                 nearest: dict[tuple[int, int], float] | None = None) -> None:
        """Average link over the pairs (first[n], second[n]) scored values[n] (`table` the same
        scores by pair): the best pair first; two clusters join when the mean of their pair scores
        (unscored pairs count MISSING) is above the threshold. With `nearest` (the same-fact
        scores), a lone figure against a cluster of agreeing figures is weighed by _nearest."""
        label = self.label
        # clusters only ever join: a pair already in one cluster now stays so, and is dropped unread
        # (most pairs by the second pass)
        labels = np.array(label, dtype=np.int64)
        above = np.flatnonzero((values > threshold) & (labels[first] != labels[second]))
        order = above[np.argsort(-values[above], kind="stable")]  # the best first; ties keep the pairs' order
        for i, j in zip(first[order].tolist(), second[order].tolist()):
            ri, rj = label[i], label[j]
            if ri == rj or self.blocked(ri, rj):
                continue
            xs, ys = self.members[ri], self.members[rj]
            if len(xs) * len(ys) > 1 and _mean(table, xs, ys, self.statement, self.unweighed) <= threshold:
                lone, group = (ys, xs) if len(ys) == 1 else (xs, ys)
                if nearest is None or len(lone) != 1 or not self.agreeing(group) \
                        or _nearest(nearest, table, lone[0], group, self.told_as, self.doc_of) <= threshold:
                    continue
            self.union(ri, rj)


def _dated(f: Frame) -> bool:
    """What a cannot-link across documents needs on both sides (_Clusters.blocked)."""
    return bool(f.years or f.beside or f.modifier or f.told_from_its_day or f.period or f.per or f.recent
                or f.claim.kind == "quantity" or not f.roles.isdisjoint(ONE_AND_ALL)
                or isinstance(v := f.claim.value, CountValue) and v.lemma in _PEOPLE_OR_HOMES)


def _nearest(same: dict[tuple[int, int], float], table: dict[tuple[int, int], float], x: int,
             major: list[int], told_as: Sequence[frozenset[str] | None], docs: Sequence[str],
             statement: Sequence[int] | None = None) -> float:
    """x's `table` score against a majority whose figures agree: against the nearest of those the
    words make one fact with it (a positive `same` score: "June 1" and "1 June to 30 September"
    both, against "1 July"); else the mean over them. What made the majority one is its value,
    and one outlet's other words for the measure ("the last bottles will leave the line on 14 May"
    beside "will shut on 14 May") should not pull a third outlet's "will cease on 21 May" apart
    from the one it echoes. Only for
    points told in one role (`told_as`, None for a bound): "up to 20 years" agrees with any term
    below it, so a majority holding one is no one value, and the day a plant "had been due to
    shut" is another question than the day it shuts, however alike their words. x's own article
    in the majority is no other outlet: only its loose bound can be there ("more than a hundred
    dogs" in the lead of the article that counts "183 dogs" below), and that says nothing of
    which fact the other outlets' figures make x. With `statement`, a figure and its conversion
    count once (_mean)."""
    major = [y for y in major if docs[y] != docs[x]] or major
    alike = [y for y in major if same.get(_key(x, y), MISSING) > 0.0 and told_as[y] == told_as[x]]
    if alike and told_as[x] is not None and all(told_as[y] is not None for y in major):
        return max(table.get(_key(x, y), MISSING) for y in alike)
    return _mean(table, [x], major, statement)


def _key(x: int, y: int) -> tuple[int, int]:
    return (x, y) if x < y else (y, x)


def _mean(scores: dict[tuple[int, int], float], xs: list[int], ys: list[int],
          statement: Sequence[int] | None = None, unweighed: set[tuple[int, int]] | None = None) -> float:
    """Mean pair score between two groups; pairs no block brought together count MISSING. With
    `statement` (each position's statement), a statement told in two figures counts once, by the
    best score of its figures against each statement of the other group. Pairs in `unweighed`
    (figures whose values cannot be weighed against each other) count only when no other pair
    does: "48 bitcoin" lacks the evidence of its value that "$2.6 million" has beside "$2.6m"."""
    if not xs or not ys:
        return MISSING
    pairs = [(x, y) for x in xs for y in ys]
    keys = [(x, y) if x < y else (y, x) for x, y in pairs]
    if unweighed:
        weighed = [n for n, key in enumerate(keys) if key not in unweighed]
        if weighed and len(weighed) < len(keys):
            pairs, keys = [pairs[n] for n in weighed], [keys[n] for n in weighed]
    values = list(map(scores.get, keys, itertools.repeat(MISSING)))
    if statement is not None and (len({statement[x] for x in xs}) < len(xs) or len({statement[y] for y in ys}) < len(ys)):
        best: dict[tuple[int, int], float] = {}
        for (x, y), score in zip(pairs, values):
            key = (statement[x], statement[y])
            if score > best.get(key, -math.inf):
                best[key] = score
        values = list(best.values())
    # summed in this order (a left fold, not sum(), whose float sum is compensated from Python
    # 3.12), so the mean is the same to the last digit
    return reduce(operator.add, values, 0.0) / len(values)
