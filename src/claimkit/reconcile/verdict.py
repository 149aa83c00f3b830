"""Verdicts: aligned clusters of claims -> Facts (value groups) and the Conflicts of facts in dispute.

Inside a fact, claims whose values agree (within rounding, rate bands, granularity) form a
value group; the group most independent sources back is the majority, the others are
outliers. A fact with an outlier is in conflict: its records name the fact, the outliers, the
arithmetic of the comparison and the evidence that the claims are one fact: one conflict per
fact, its sides the value groups. An outlier group the aligner tied only weakly to the majority
is split off as a fact of its own instead: the evidence does not carry a contradiction.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from claimkit.extract.numbers import UNITS, parse_number
from claimkit.lexicon import (
    AGE_ATTRIBUTE, COUNT_STATES, FALL_WORDS, GAIN_WORDS, HOLDING_VERBS, LOSS_WORDS, ORG_UNIT_NOUNS,
    PLACE_NOUNS, POPULATION_NOUNS, RISE_WORDS, SAYING_VERBS, STATING_VERBS,
)
from claimkit.models import Claim, Conflict, CountValue, Fact, FactEvidence, FactValue
from claimkit.reconcile.align import (
    APART_FROM_THE_PLAIN, LOG_GAP_CAP, MISSING, Alignment, people_and_households, shifted,
)
from claimkit.reconcile.compare import (
    DATE_SPACES, HIGH, Verdict, center, digits_slipped, leaning, same_numeral, scale_word_slipped, told_after,
    told_before, typing_slip,
)
from claimkit.reconcile.frames import (
    PARTITIVE_AFTER, Frame, age_kind, compare_frames, one_against_all, other_years, people_named_plainly, periods_apart,
    said_on_its_day, shared_words,
)
from claimkit.reconcile.subjects import display_subject, most_frequent, name_similarity
from claimkit.settings import Settings

# how far a conversion printed beside its figure may lie from the window's rates and still be that
# figure at the outlet's rate (a currency moves that much within a year; a slipped key moves it tenfold)
CONVERSION_SLACK = 1.25
WHOLE_OF_A_KIND = 2.0  # how many times a kind's count the plain noun's must be to count the whole
SURE = 2.0  # dispute log odds above the joining threshold below which a conflict's severity drops one step
_LOWER = {"high": "medium", "medium": "low", "low": "low"}
_RANK = {"high": 3, "medium": 2, "low": 1}
_WORD = re.compile(r"[^\W\d_][\w'-]*")
# words between a figure and its noun that say how many, not what: "5 million people", "at least 12 dead"
SCALE_AND_BOUND_WORDS = frozenset({
    "thousand", "million", "billion", "trillion", "hundred", "dozen", "dozens", "hundreds", "thousands", "millions",
    "at", "least", "most", "more", "than", "over", "under", "about", "around", "nearly", "almost", "some", "roughly",
    "up", "to", "and", "or", "between", "the", "a", "an", "of", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "another", "other", "additional", "further", "new", "all", "total",
})
_DOC_STEM = re.compile(r"^(?P<stem>.+?)(?:_[0-9a-f]{8,})?(?:\.\w{1,5})?$")


@dataclass
class Group:
    """Claims (positions in the frame list) that state one value."""

    members: list[int]
    sources: int  # independent source groups behind it
    rep: int = -1  # the member that states the group's value: one of its best-supported form
    neutral: bool = False  # values every group allows ("4.3 million" beside 4,281,112 and 4,312,950)

    def __post_init__(self) -> None:
        if self.rep < 0:
            self.rep = self.members[0]


def value_groups(frames: list[Frame], members: list[int]) -> list[Group]:
    """Members split into groups that agree: each value joins the first group all of whose values
    it agrees with; values that cannot be compared join only their exact equal."""
    by_key: dict[tuple, list[int]] = {}
    for m in members:  # "just over 40%" and "just under 40%" are two values (`leaning`)
        by_key.setdefault((*frames[m].value_key, leaning(frames[m].claim)), []).append(m)
    keys = sorted(by_key, key=lambda k: (-len({frames[m].group for m in by_key[k]}), min(by_key[k])))
    groups: list[list[tuple]] = []
    for k in keys:
        rep = frames[by_key[k][0]]
        home = None
        for g in groups:
            if all(_agree(rep, frames[by_key[o][0]]) for o in g):
                home = g
                break
        if home is None:
            groups.append([k])
        else:
            home.append(k)
    # a rounded figure that every group's own value allows takes no side: it is kept apart
    neutral = [k for g in groups for k in g[1:] if len(groups) > 1 and all(
        _agree(frames[by_key[k][0]], frames[by_key[h[0]][0]]) for h in groups if h is not g)]
    out = []
    for g in groups:
        ms = sorted(m for k in g if k not in neutral for m in by_key[k])
        out.append(Group(members=ms, sources=len({frames[m].group for m in ms}), rep=by_key[g[0]][0]))
    out.sort(key=lambda g: (-g.sources, -len(g.members), g.members[0]))
    if neutral:
        ms = sorted(m for k in neutral for m in by_key[k])
        out.append(Group(members=ms, sources=len({frames[m].group for m in ms}), neutral=True))
    return out


def _agree(a: Frame, b: Frame) -> bool:
    verdict = compare_frames(a, b)
    return verdict is not None and not verdict.conflict


def settle(frames: list[Frame], alignment: Alignment) -> list[tuple[list[Group], list[int]]]:
    """Each cluster as (value groups, indices of the outlier groups); weakly tied outliers split off."""
    out: list[tuple[list[Group], list[int]]] = []
    stated = _stated_values(frames)
    for cluster in alignment.clusters:
        groups = value_groups(frames, cluster)
        if len(groups) < 2:
            out.append((groups, []))
            continue
        groups = _with_its_conversions(frames, alignment, _contested_first(frames, groups))
        major = groups[0]
        kept, alone, apart, staged = [major], [], [], []
        for g in groups[1:]:
            verdict = compare_frames(frames[_partner(frames, major, g)], frames[g.rep])
            if g.neutral or verdict is None or not verdict.conflict or _converts_the_majority(frames, alignment, major, g):
                # "this month" with no anchor, a figure the majority's own does not contradict
                # ("12,640,118" beside "over 12 million" that one "12 million" split off), a
                # rounded figure every side allows: kept with the fact, never one of its sides
                apart.append(g)
                continue
            # firmer evidence where the tie is weaker: one source against one (neither side has
            # support), sides that name no measure in common; a figure that is the other's with
            # one slip of the keys stands for one of those margins (a misprint explains why they
            # differ); the figures the articles lead with answer the story's question whatever
            # their words (the dispute model reads words)
            weights = alignment.weights
            margins = [weights.one_on_one] * (major.sources < 2)
            margins += [weights.headless] * (not _measure_shared(frames, major, g))
            if margins and _slip_of_keys(frames, major, g):
                margins.remove(max(margins))
            need = weights.threshold + sum(margins)
            # a figure moved here as another fact's value printed in this one's place: that the
            # majority's articles tell its value of the other fact is what made it a misprint
            told = {} if alignment.misprinted.issuperset(g.members) else stated
            one_fact = not (_other_fact(frames, major, g, told)
                            or _against_the_evidence(frames, alignment, major, g))
            if one_fact and (_headlines(frames, major, g) or _plain_misprint(frames, major, g)
                             or alignment.side_score(g.members, major.members) > need):
                # one count told at another stage stays with its fact, as no side of it
                (staged if _other_stage(frames, major, g, verdict.diff) else kept).append(g)
            else:
                alone.append(g)
        for g in staged:
            # ... unless it contradicts every outlier, as the majority does: then it stands with it
            # ("6,204,518 votes" in the final count beside "6,189,002" at 95% counted, both against
            # a misprinted "61.1 million")
            if len(kept) > 1 and all(_opposed(frames, g, o) for o in kept[1:]):
                major.members = sorted(major.members + g.members)
                major.sources = len({frames[m].group for m in major.members})
            else:
                apart.append(g)
        out.append((kept + apart, list(range(1, len(kept)))))
        for g in alone:
            out.append(([g], []))
    return out


def _with_its_conversions(frames: list[Frame], alignment: Alignment, groups: list[Group]) -> list[Group]:
    """The majority with its value told in a unit no rate converts, where the outlets convert it beside
    it ("$2.7 million, the equivalent of 42 bitcoin", "$2.7 million (42 BTC)"): the best-supported
    group of each such unit joins it when another figure in that unit contradicts it ("24 bitcoin"),
    which is then weighed against the majority's own figure in it, not left aside for want of a rate;
    or when another figure contradicts the majority ("310 billion shillings (about $84 million)" twice
    against "$310 billion"): the words of the figure in the rateless unit tie the outlier to the fact
    as much as its conversion's do (unless the outlier's own article tells it too: "24 bitcoin, then
    worth $2.7 million" against "42 bitcoin" twice, where the dollars restate either)."""
    major, rest = groups[0], []
    units = [major.rep]  # a figure of each unit the majority now holds
    for g in groups[1:]:
        if g.neutral or any(compare_frames(frames[u], frames[g.rep]) is not None for u in units) \
                or not any(alignment.restates(x, y) for x in g.members for y in major.members) \
                or not any(_opposed(frames, g, h)
                           or (_opposed(frames, major, h) and not _docs(frames, g) & _docs(frames, h))
                           for h in groups[1:] if h is not g and not h.neutral):
            rest.append(g)
            continue
        members = sorted(major.members + g.members)
        major = Group(members=members, sources=len({frames[m].group for m in members}), rep=major.rep)
        units.append(g.rep)
    return [major, *rest]


def _docs(frames: list[Frame], group: Group) -> set[str]:
    """The articles a group's figures are told in."""
    return {frames[m].doc for m in group.members}


def _converts_the_majority(frames: list[Frame], alignment: Alignment, major: Group, group: Group) -> bool:
    """Every figure of the group is a conversion, beside it, of a majority figure it agrees with
    ("agreed at 2.3 billion euro ($2.68bn)" where other outlets' euros, at their own days' rates,
    come to a little less): the majority's figure told again, no side against it. A conversion
    printed beside its figure is at the outlet's own rate, which may be weeks or a season away from
    the rates of the window (or of days the table does not reach yet): within CONVERSION_SLACK of
    the band it is the figure told again, not a second figure."""
    return all(any(alignment.restates(x, y) and (_agree(frames[x], frames[y]) or _converted(frames[x], frames[y]))
                   for y in major.members)
               for x in group.members)


def _converted(a: Frame, b: Frame) -> bool:
    """Sums in two currencies whose values, at the window's rates, lie within CONVERSION_SLACK."""
    x, y = a.interval, b.interval
    if a.claim.kind != "money" or b.claim.kind != "money" or x is None or y is None \
            or a.claim.value.currency == b.claim.value.currency or x.space != y.space:  # type: ignore[union-attr]
        return False
    return 0 < x.lo <= y.hi * CONVERSION_SLACK and 0 < y.lo <= x.hi * CONVERSION_SLACK


def _opposed(frames: list[Frame], group: Group, other: Group) -> bool:
    """The two groups' figures contradict each other (weighed as the verdict weighs a side)."""
    verdict = compare_frames(frames[_partner(frames, group, other)], frames[other.rep])
    return verdict is not None and verdict.conflict


def _contested_first(frames: list[Frame], groups: list[Group]) -> list[Group]:
    """The groups with the majority first: the best-supported one, unless nothing contradicts it and
    it cannot be weighed against a group that is contradicted: a fact told in dollars by every
    outlet and in bitcoin by some ("$2.7 million" three times; "42 bitcoin" twice against "24
    bitcoin") has its contradiction among the bitcoin figures, which no rate weighs against dollars."""
    if any(_opposed(frames, groups[0], g) for g in groups[1:] if not g.neutral):
        return groups
    for k, g in enumerate(groups[1:], 1):
        if not g.neutral and compare_frames(frames[groups[0].rep], frames[g.rep]) is None \
                and any(_opposed(frames, g, h) for h in groups[k + 1:] if not h.neutral):
            return [g, *groups[:k], *groups[k + 1:]]
    return groups


def _against_the_evidence(frames: list[Frame], alignment: Alignment, major: Group, group: Group) -> bool:
    """Sides that name no measure, their figures' tie scored below that of two figures no evidence
    brought together (align.MISSING): nothing but the kind or a unit joins "the crater lies 12 km
    north of the village" and "the tremor was felt 800 km away in Orlen", and the rest of the
    evidence speaks against it. Not the same figure in another unit, which the value's distance
    alone sets apart."""
    if any(frames[m].head for m in (*major.members, *group.members)) \
            or same_numeral(frames[major.rep].claim, frames[group.rep].claim):
        return False
    return alignment.mean_score(group.members, major.members) < MISSING


def _measure_shared(frames: list[Frame], major: Group, group: Group) -> bool:
    """Some claim of each side names the same measure ("fine" and "fined", "shut down"): the
    firmest sign two figures answer one question. "Forfeiture" against "gain", or figures whose
    measure went unnamed, leave a disagreement to the rest of the evidence, which must then be
    firmer (Weights.headless)."""
    heads = {frames[m].head for m in major.members if frames[m].head}
    if not heads and frames[major.rep].claim.kind == "quantity" and not any(frames[m].head for m in group.members) \
            and not any(frames[m].dated_past for m in (*major.members, *group.members)):
        # "38,000 litres" against "58,000 litres": the unit names what is measured (a volume), of one
        # event unless a clause dates its figure to an earlier year ("the record 7.3 metres set in
        # 1994" against "6.4 metres"; "capped at 18,400 tonnes in 2024", said in 2023, is this quota)
        return True
    return any(frames[m].head in heads for m in group.members) or _people_told_plainly(frames, major, group)


def _people_told_plainly(frames: list[Frame], major: Group, group: Group) -> bool:
    """One side counts "people", the other a kind of people (frames.people_named_plainly)."""
    return people_named_plainly([frames[m] for m in major.members], [frames[m] for m in group.members])


def _plain_misprint(frames: list[Frame], major: Group, group: Group) -> bool:
    """The outlier's figure is the majority's, told by two sources or more, with its decimal point or
    scale moved in a numeral of three digits or more ("R345 million" against "R34.5 million"; align.shifted),
    or with two neighbouring digits swapped or one dropped ("4,172 runners" against "4,712 people";
    compare.digits_slipped), less than a hundred times apart (_orders_apart), or with its scale word
    changed, however far apart ("640 million baht" against "640,000 baht"), both name one measure
    and the outlier names no party the story's other articles do not: a numeral no other figure shares by
    chance, so the misprint needs no more evidence from the words."""
    # a party the majority's figures do not name, but other articles of the story do ("fined Coral Reef
    # Divers 640 million baht" where the others fine "a Phuket dive operator" and name the firm
    # further down), is no other party
    another = _another_party(frames, major, group) and not all(frames[m].subject_shared for m in group.members)
    if not (major.sources >= 2 and _measure_shared(frames, major, group)) or another:
        return False
    pairs = [(frames[g], frames[m]) for g in group.members for m in major.members]
    if any(scale_word_slipped(g.claim, m.claim) for g, m in pairs):
        return True  # a thousand times or more apart, but by one word: no two measures by chance
    return not _orders_apart(frames[major.rep], frames[group.rep]) \
        and any(shifted(g, m) or digits_slipped(g.claim, m.claim) for g, m in pairs)


def _slip_of_keys(frames: list[Frame], major: Group, group: Group) -> bool:
    """The outlier's figure is the majority's with one slip of the keys (compare.typing_slip:
    "£1.48 million" against "£14.8 million", "1,740" against "1,240"): a misprint explains why
    the two differ as well as a shared measure word says they answer one question."""
    return typing_slip(frames[group.rep].claim, frames[major.rep].claim)


def _headlines(frames: list[Frame], major: Group, group: Group) -> bool:
    """The figure each article's opening sentence states, where one side names no measure at all or
    both name one measure: "has claimed the €27.4 million jackpot" and "are sharing a prize of 27.4
    million euros" against "scooped €24.7 million"; "jailed for 8 years" and "an eight-year prison
    term" against "will spend 5 years behind bars". Each document on either side states its side's
    value in its first sentence with a figure, and the majority has two sources or more: what an
    outlet leads with answers the story's question whatever its words, so such sides need neither
    a shared measure word nor the dispute model (align joins a lead left alone). A figure further
    down ("a forfeiture of $9.2 million" against "his gain put at $7 million") still needs them, as
    do leads of two measures, one dated to an earlier year ("the record 7.3 metres set in 1994"),
    days each side tells from its own article's day, figures more than a hundred times apart, and
    one the outlier tells of a party the majority never names."""
    heads = [{frames[m].head for m in g.members if frames[m].head} for g in (major, group)]
    if major.sources < 2 or (heads[0] and heads[1] and heads[0].isdisjoint(heads[1])
                             and not _people_told_plainly(frames, major, group)):
        return False
    if any(frames[m].dated_past for m in (*major.members, *group.members)) or _own_news_days(frames, major, group) \
            or _orders_apart(frames[major.rep], frames[group.rep]):
        return False
    if _another_party(frames, major, group):
        return False
    for side in (major, group):
        docs = _docs(frames, side)
        if {frames[m].doc for m in side.members if frames[m].headline} != docs:
            return False
    return True


def _another_party(frames: list[Frame], major: Group, group: Group) -> bool:
    """The outlier tells of a party the majority never names ("Corvin Bank will pay €122m" against
    the authority's "€212 million contract")."""
    named = {frames[m].subject for m in major.members if frames[m].subject}
    return any(frames[m].subject is not None and not any(_one_party(frames[m].subject, n) for n in named)
               for m in group.members)


def _orders_apart(a: Frame, b: Frame) -> bool:
    """Two figures more than a hundred times apart (align.LOG_GAP_CAP): "rang out for more than three
    hours" and "has been ringing for seven decades" lead with two questions, not one answered two
    ways; a figure ten times off (a slipped decimal) is still a lead's error. Dates are left out."""
    x, y = a.interval, b.interval
    if x is None or y is None or x.space != y.space or x.space in DATE_SPACES:
        return False
    return abs(center(x) - center(y)) > LOG_GAP_CAP


def _own_news_days(frames: list[Frame], major: Group, group: Group) -> bool:
    """Days each side tells from its own article's day, in articles of other days: "said on Tuesday"
    in Tuesday's copy and "said on Wednesday" in Thursday's lead with each day's own news."""
    days = [{frames[m].published_day for m in g.members if frames[m].told_from_its_day} for g in (major, group)]
    return bool(days[0]) and bool(days[1]) and days[0].isdisjoint(days[1])


def _one_party(a: str, b: str) -> bool:
    """Two names of one party: alike by spelling or acronym, or sharing a word ("Valmora" and "the
    Valmora Regional Transport Authority")."""
    return name_similarity(a, b) > 0.0 or not set(a.split()).isdisjoint(b.split())


def _stated_values(frames: list[Frame]) -> dict[tuple, list[int]]:
    """Positions of the frames by the value they state (value_key without the qualifier, but with the
    side an approximation names: "just over 50%" does not state 50%)."""
    out: dict[tuple, list[int]] = {}
    for n, f in enumerate(frames):
        out.setdefault(_stated(f), []).append(n)
    return out


def _stated(f: Frame) -> tuple:
    return (*f.value_key[:-1], leaning(f.claim))


def _other_fact(frames: list[Frame], major: Group, group: Group, stated: dict[tuple, list[int]]) -> bool:
    """True when a disagreeing group states another figure than the majority's, whatever the
    alignment says: what was asked or possible against what was imposed ("prosecutors sought €2
    million", "fined €800,000"); two sets counted ("40 state prisons", "12 federal prisons"); a
    margin against a count, a running tally against the final one; a period against a day."""
    mine, theirs = _modality(frames, group), _modality(frames, major)
    return ((mine is not None and theirs is not None and mine != theirs)
            or _possible_against_told(frames, major, group)
            or _forecast_against_done(frames, major, group)
            or _rate_and_its_total(frames, major, group)
            or _kinds_apart(_modifiers(frames, group), _modifiers(frames, major))
            or _whole_of_a_kind(frames, major, group)
            or _scopes_apart(frames, major, group)
            or _subjects_apart(frames, major, group)
            or _someone_elses_own(frames, major, group)
            or _group_and_its_unit(frames, major, group)
            or _directions_apart(frames, major, group)
            or _states_apart(frames, major, group)
            or _stock_and_what_is_done(frames, major, group)
            or _complementary_parts(frames, major, group)
            or _capacity_against_output(frames, major, group)
            or _move_over_a_span(frames, major, group)
            or _dates_in_the_same_words(frames, major, group)
            or _roles_apart(_roles(frames, group), _roles(frames, _naming_alike(frames, major, group)))
            or _wholes_apart(frames, major, group)
            or _span_against_day(frames[group.rep], frames[_partner(frames, major, group)])
            or _ages_of_others(frames, major, group)
            or _said_on_other_days(frames, major, group)
            or _earlier_year(frames, major, group)
            or _done_against_coming(frames, major, group)
            or _told_by_the_majority(frames, major, group, stated))


def _told_by_the_majority(frames: list[Frame], major: Group, group: Group,
                          stated: dict[tuple, list[int]]) -> bool:
    """An article of the majority also states the outlier's figure, apart from its own: "some 1,150
    flights since Monday, including 412 on the first day" against another outlet's "at least 412
    flights cancelled on Monday"; "a basic salary of £185,000 ... total remuneration of £232,000"
    against "a pay package worth £232,000". An outlet that tells both figures, written alike (the
    same amount in the same form, not one that merely fits a rounding), tells two facts. (The
    outlier's own article telling the majority's figure too proves less: a wrong outlet may.)
    A majority article that tells the figure only as what was asked, planned or possible ("prosecutors
    had asked for 11 years" beside "sentenced to eight years") does not tell it as the outlier's fact:
    giving the request for the sentence is the outlier's error; so does a figure the majority tells only
    as possible when the outlier tells it plainly ("there could be as many as 5,200 pups" before the
    count, against "rangers counted 5,200 seal pups": the forecast given as the count). Nor does a
    figure the majority tells for another reporting period than the outlier's own words name: the
    quarter's profit printed as the year's is the year's told wrong; nor a sum the majority tells
    over all where the outlier tells it of each one ("€81,000 in all" against "paid each family
    €81,000": the total printed as each one's share).
    Nor does a figure the majority tells of a measure a modifier sets apart from the plain one the
    outlier names ("core inflation fell to 4.8%" beside "inflation eased to 6.2%", against "annual
    inflation slowed to 4.8%": the core rate printed as the headline one).
    Nor does a figure the majority's article gives another measure by its own head word, when two
    of its sources name the outlier's measure as the outlier does: "twelve miners were killed and 40
    others rescued" twice against "left 40 miners dead" is the rescued printed as the dead.
    Nor does a figure the majority tells of a year before its article's, when the outlier tells it
    with recent news (_past_and_recent), or of another year than the outlier's own clause names
    ("up from 61% in 2025" against "61% in 2026": last year's rate printed as this year's), or tells
    as a part of a whole what the outlier tells plainly (_part_as_whole), or tells of people where the
    outlier counts homes ("172,000 people" against "172,000 households": the people printed as homes),
    or tells as a thing's age what the outlier tells as a person's ("the 95-year-old house" against
    "killed Ana Ruiz, 95": the house's age printed as the woman's).
    `stated`: the frames' positions by value, as _stated_values() gives them."""
    docs = _docs(frames, major)
    taken = set(major.members) | set(group.members)
    mine = _modality(frames, group)
    named = _named_measure(frames, major, group)
    return any(frames[n].doc in docs and n not in taken
               and (frames[n].modality in (None, mine) or _consequence(frames[n]))
               and not (named and _other_measure(frames[n].head, named))
               and not _apart_from_the_plain(frames[n], [frames[m] for m in group.members])
               and not any(periods_apart(frames[n], frames[m]) or one_against_all(frames[n], frames[m])
                           or _past_and_recent(frames[n], frames[m]) or _part_as_whole(frames[n], frames[m])
                           or people_and_households(frames[n], frames[m])
                           or age_kind(frames[n]) != age_kind(frames[m])
                           or other_years(frames[n], frames[m]) for m in group.members)
               for key in {_stated(frames[m]) for m in group.members} for n in stated.get(key, ()))


def _part_as_whole(told: Frame, outlier: Frame) -> bool:
    """The majority tells the figure as a part of a whole ("Of the total, 9,000 tonnes went to
    Asia", "6,200 people, including 2,400 in the town of Lesk"), the outlier as the whole ("exported
    9,000 tonnes"): the part given as the whole."""
    return bool(told.roles & _PART_ROLES) and not outlier.roles & _PART_ROLES \
        and not _names_the_parts_scope(told.claim, outlier.claim.sentence)


_PART_ROLES = frozenset({"portion", "part"})
# words of a partitive's whole that name nothing ("of the 200 seats in the chamber")
_WHOLE_FILLERS = frozenset({"the", "a", "an", "in", "of", "on", "at", "for", "and", "were", "was", "are", "is", "had",
                            "have", "has", "been", "to"})


def _whole_told(c: Claim) -> str | None:
    """The first words of the whole a partitive names after its figure ("of the 200 seats" -> "200
    seats"), or None where no partitive follows the figure."""
    m = told_after(c, PARTITIVE_AFTER)
    return m["words"] if m is not None and m["words"] else None


def _wholes_apart(frames: list[Frame], major: Group, group: Group) -> bool:
    """Both sides tell a part of a whole ("Fourteen of the victims were skiing" against "Five of the
    Valmora victims"), and the wholes are not named alike: parts of two wholes, not one part told two
    ways. Or the outlier tells only a part of a whole its articles count larger ("Motorcycles accounted
    for 14,900 of the registrations"), and the majority not only parts: a part against another figure."""
    parts = [all("portion" in frames[m].roles for m in side.members) for side in (group, major)]
    wholes = [[_whole_told(frames[m].claim) for m in side.members] for side in (group, major)]
    if parts[0] and not parts[1]:
        # ... unless a majority article names the same whole ("88 of the 200 seats" against "91 of the
        # 200 seats": one part told two ways)
        words = [{w for t in side if t for w in t.casefold().split()} - _WHOLE_FILLERS for side in wholes]
        return not words[0] & words[1]
    if not all(parts) or None in wholes[0] or None in wholes[1]:
        return False
    names = [{w for t in side for w in t.split() if w[:1].isupper()} for side in wholes]  # type: ignore[union-attr]
    return names[0] != names[1]


_NAME = re.compile(r"(?<!^)\b[A-Z][\w'’-]+")


def _names_the_parts_scope(part: Claim, sentence: str) -> bool:
    """The outlier's sentence names what sets the part apart, as its clause gives it ("including 96 mm
    on Tuesday alone" against "96 millimetres fell on the city on Tuesday"): it tells the part."""
    at = part.sentence.find(part.text)
    if at < 0:
        return False
    start = part.sentence.rfind(",", 0, at) + 1
    end = part.sentence.find(",", at + len(part.text))
    clause = part.sentence[start:end if end >= 0 else len(part.sentence)]
    names = {m.group().removesuffix("'s").removesuffix("’s") for m in _NAME.finditer(clause)}
    return any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in names)


def _past_and_recent(told: Frame, outlier: Frame) -> bool:
    """The majority tells the figure of a year before its article's, the outlier as recent news ("A
    quake there in 2018 injured 120" against "an earthquake injured 120 people on Tuesday"): the old
    toll given as the new one."""
    return told.dated_past and not outlier.dated_past and outlier.recent


def _named_measure(frames: list[Frame], major: Group, group: Group) -> str | None:
    """The head word the outlier's every figure names its measure by, if two sources of the
    majority name it so too."""
    heads = {frames[m].head for m in group.members}
    head = heads.pop() if len(heads) == 1 else None
    if head is None:
        return None
    return head if len({frames[m].group for m in major.members if frames[m].head == head}) >= 2 else None


def _apart_from_the_plain(told: Frame, side: list[Frame]) -> bool:
    """The majority's figure measures what a modifier sets apart ("core inflation" at 8.3%), where the
    side tells the plain measure ("inflation eased to 8.3%"): the core rate printed as the headline one."""
    return told.modifier in APART_FROM_THE_PLAIN and all(f.modifier is None for f in side)


def _other_measure(head: str | None, named: str) -> bool:
    """Head words that count one thing by two things that happened to it ("person rescu" against
    "person kill", "house destroy" against "house damag"). Not a bare noun against its event
    ("person" against "person kill"), which a parse may drop; nor two nouns ("outlet" against
    "store"), which may be one thing called two ways."""
    if head is None:
        return False
    mine, theirs = set(head.split()), set(named.split())
    return bool(mine & theirs) and bool(mine - theirs) and bool(theirs - mine)


# "would" right before a figure tells what it comes to under a condition ("once the rebate is paid, an
# owner would pay about €4,200"): the figure as the outlet knows it, not a guess ("could be as many as")
_WOULD_BEFORE = re.compile(r"\bwould\s{1,3}(?:[a-z]+\s{1,3}){0,3}(?:about\s{1,3}|only\s{1,3})?$")


def _consequence(frame: Frame) -> bool:
    """A figure told with "would" right before it: what it comes to under a condition."""
    c = frame.claim
    at = c.sentence.find(c.text)
    return at > 0 and _WOULD_BEFORE.search(c.sentence[max(0, at - 60):at]) is not None


def _said_on_other_days(frames: list[Frame], major: Group, group: Group) -> bool:
    """The outlier's figures are all days a source spoke ("the agency said on Wednesday", "said on
    18 June"), each its own article's day or the day before, and no article of the majority was
    published that day: the outlet reports the statement of its own news day (Wednesday's update
    after Monday's), not Monday's statement dated wrong. A day of saying an article places further
    back is a statement's day told, and may be told wrong."""
    side = [frames[m] for m in group.members]
    theirs = {frames[m].published_day for m in major.members}
    return all(said_on_its_day(f, _SAID) and f.interval.lo == f.interval.hi for f in side) \
        and -1 not in theirs and theirs.isdisjoint(f.published_day for f in side)


def _earlier_year(frames: list[Frame], major: Group, group: Group) -> bool:
    """Every claim of one side is dated to a year before its article's, and no claim of the other
    side is: "in 2013, the last great flood, four people died" against "38 people have died"."""
    return _one_side_only([frames[m].dated_past for m in major.members],
                          [frames[m].dated_past for m in group.members])


def _done_against_coming(frames: list[Frame], major: Group, group: Group) -> bool:
    """Dates of one side all fall before their articles' days, told as done (no plan, nothing
    possible), and the other side's all after theirs: "its original plant, which opened in 1962"
    against "the new factory would open in 2026". A planned day misprinted into the past ("will
    open in 2016") keeps its plan and stays a conflict."""
    if frames[major.rep].claim.kind != "date":
        return False

    def done(f: Frame) -> bool:
        return f.interval is not None and 0 <= f.published_day and f.interval.hi < f.published_day \
            and f.modality != "potential" and "plan" not in f.roles

    def coming(f: Frame) -> bool:
        return f.interval is not None and 0 <= f.published_day < f.interval.lo

    sides = ([frames[m] for m in major.members], [frames[m] for m in group.members])
    return any(all(map(done, a)) and all(map(coming, b)) for a, b in (sides, sides[::-1]))


def _one_side_only(a: list[bool], b: list[bool]) -> bool:
    """Every member of one side holds, and no member of the other."""
    return (all(a) and not any(b)) or (all(b) and not any(a))


def _ages_of_others(frames: list[Frame], major: Group, group: Group) -> bool:
    """Ages are a person's: "the 27-year-old grandmaster" (whose?) against "the 34-year-old
    Deveraux", or a trainer's "58" against a horse's "nine-year-old", are two people's ages unless
    both sides name someone in common (one outlet's other reading of a name does not part them)."""
    sides = [[frames[m] for m in g.members] for g in (major, group)]
    if not all(f.claim.kind == "duration" and f.claim.attribute == AGE_ATTRIBUTE for side in sides for f in side):
        return False
    named = [{f.subject for f in side if f.subject} for side in sides]
    return named[0] != named[1] and not named[0] & named[1]


def _possible_against_told(frames: list[Frame], major: Group, group: Group) -> bool:
    """A count every claim of one side tells as a possibility ("a backlog of up to 40,000 containers
    could build up", "could end up with 2,500 fragments") and no claim of the other does: a
    forecast, not a rival reading of the count told."""
    if frames[major.rep].claim.kind != "count":
        return False
    return _one_side_only([frames[m].modality == "potential" for m in group.members],
                          [frames[m].modality == "potential" for m in major.members])


def _forecast_against_done(frames: list[Frame], major: Group, group: Group) -> bool:
    """Every figure of one side is what a forecast says will come ("the board's forecast assumes growers
    will pick 44,000 tonnes of tea") and none of the other is told as anything to come ("growers picked
    41,300 tonnes"): the forecast against the outcome. Where the others too tell what will be ("the
    pass will be closed for at least nine weeks"), they answer one question."""
    if frames[major.rep].claim.kind == "date":
        return False  # dates: _done_against_coming
    sides = ([frames[m] for m in major.members], [frames[m] for m in group.members])
    return any(all(f.forecast for f in a) and not any(f.coming for f in b) for a, b in (sides, sides[::-1]))


def _rate_and_its_total(frames: list[Frame], major: Group, group: Group) -> bool:
    """One side tells a sum per period ("€3 million a year"), the other a plain figure n times it,
    and a sentence of either tells n such periods ("a €24 million plan over eight years"; "a rise of
    2% a year" against "8% over four years"): a rate and the total it makes, not one figure told
    two ways."""
    sides = ([frames[m] for m in major.members], [frames[m] for m in group.members])
    for rates, totals in (sides, sides[::-1]):
        per = {f.per for f in rates}
        if len(per) != 1 or None in per or any(f.per for f in totals):
            continue
        rate, total = rates[0].interval, totals[0].interval
        if rate is None or total is None or rate.space != total.space or rate.lo <= 0 \
                or not math.isfinite(rate.hi + total.hi):
            continue
        times = (total.lo + total.hi) / (rate.lo + rate.hi)
        n = round(times)
        if not 2 <= n <= 100 or abs(times - n) > 0.05 * n:
            continue
        names = "|".join([str(n), *(w for w, v in UNITS.items() if v == n)])  # "6", "six"
        counted = re.compile(rf"\b(?:{names})[\s-]{next(iter(per))}s?\b", re.IGNORECASE)  # "over six years"
        if any(counted.search(f.claim.sentence) for f in (*rates, *totals)):
            return True
    return False


def _partner(frames: list[Frame], major: Group, group: Group) -> int:
    """The majority member an outlier group is weighed against: for a bound, one bounded the same way
    if there is one ("up to 20 years" against the majority's "up to 10 years", not its "10-year
    sentence": two caps compare as figures, a figure under a cap agrees); for a figure, a figure told
    to the unit if there is one ("29 killed" against a majority of "at least 23" and "has reached
    23": the floor allows 29, the figure does not; a rounded "12 million" or "a hundred" beside a
    floor is no firmer than it); for a day, a day ("1 July" against "June 1", not against the
    majority's "1 June to 30 September", which holds both); else the representative. Of a majority
    told in two units ("$2.7 million" and "42 bitcoin"), only its figures in the outlier's unit."""
    rep = frames[group.rep]
    if compare_frames(frames[major.rep], rep) is None:  # a majority told in two units: its figures in this one
        weighed = [m for m in major.members if compare_frames(frames[m], rep) is not None]
        if weighed:
            major = Group(members=weighed, sources=len({frames[m].group for m in weighed}))

    def alike(m: int) -> bool:  # checked last, on the few members a test picks
        return compare_frames(frames[m], rep) is not None

    qualifier = rep.claim.qualifier
    if rep.claim.kind == "date" and _one_day(rep) and not _one_day(frames[major.rep]):
        return next((m for m in major.members if _one_day(frames[m])), major.rep)
    if frames[major.rep].claim.qualifier == qualifier:
        return major.rep
    if qualifier in ("at_most", "at_least"):
        return next((m for m in major.members if frames[m].claim.qualifier == qualifier and alike(m)), major.rep)
    return next((m for m in major.members if _to_the_unit(frames[m].claim) and alike(m)), major.rep)


def _one_day(f: Frame) -> bool:
    """A date told to the day."""
    iv = f.interval or f.yearless
    return iv is not None and iv.lo == iv.hi


def _to_the_unit(claim: Claim) -> bool:
    """An exact figure with no rounding that is not a round number ("23", "1,437"; not "12 million",
    "a hundred", "1,200")."""
    v = claim.value
    low = getattr(v, "low", None)
    return claim.qualifier == "exact" and not getattr(v, "precision", 1.0) and low is not None and low % 10 != 0


# roles that make a figure another quantity than a plain one: a margin, a guess or a first reading,
# a plan (not what happened), a sum over several parties ("a combined €450m" for two companies), a
# price of one ("$54 a share" against the deal's $8.6bn), the whole a part is taken from ("11% of its
# 38,000 staff" against the 4,200 jobs cut), a part of a named sum ("€30 million of the cost"), a
# quoted speaker's own figure ("I spent 30 years"), the time still to run ("another 19 years"
# against a life of 84), the level a change left ("cut from six trains an hour to four"). A
# "total" alone is not one: "fined a total of
# €1.1bn" is often the one fine
_ROLES_APART = frozenset({"difference", "estimate", "preliminary", "plan", "combined", "other", "unit", "whole",
                          "portion", "never", "per_period", "own", "net", "rest", "left"})
# figures a later, firmer one may correct by a little
_PROVISIONAL = frozenset({"running", "estimate", "preliminary"})
# what a date of saying is timed by, as extraction names it ("said" -> state): the day a source spoke
_SAID = frozenset({"state", "tell", "report", "add", "note", "write", "warn"})


def _naming_alike(frames: list[Frame], major: Group, group: Group) -> Group:
    """The majority's claims that name a measure the group names, if any do: the roles of "babies are
    expected to be born this week" say nothing of "the wing opened on Monday" beside it."""
    heads = {frames[m].head for m in group.members if frames[m].head}
    alike = [m for m in major.members if frames[m].head in heads]
    return Group(members=alike, sources=major.sources, rep=alike[0]) if alike else major


def _roles(frames: list[Frame], group: Group) -> frozenset[str]:
    """The roles most of a group's claims play that make a figure another quantity than the
    plain one (_ROLES_APART: a margin, an estimate, a plan, a combined sum), or a running tally
    ("with 87% counted")."""
    return most_frequent(frames[m].roles & _ROLES_APART | ({"running"} if frames[m].running else set())
                 for m in group.members) or frozenset()


def _roles_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two figures of different roles are two quantities (a margin and a count, a plan and what
    was done); a running tally or an estimate against the final figure is one count (_other_stage)."""
    return not (a ^ b) <= _PROVISIONAL


def _other_stage(frames: list[Frame], major: Group, group: Group, gap: float) -> bool:
    """One count told at two stages: a running tally or an estimate against the final figure
    ("4,120,554 votes with 87% counted" against the final "4,206,881"), while the gap is one a
    count still running or a guess explains (a figure ten times off is an error), or a count told
    as it ran in articles of other days (_stages_apart). Not a contradiction, and still the fact's."""
    mine, theirs = _roles(frames, group), _roles(frames, major)
    return (mine != theirs and gap < HIGH) or _stages_apart(frames, major, group) or _hours_apart(frames, major, group)


# an hour of the day a figure is told at: "said at 9 a.m.", "as of 8am", "by 6 p.m."
_AT_AN_HOUR = re.compile(r"\b(?:at|by|as\s(?:of|at))\s(?:\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"
                         r"|noon\b|midday\b|midnight\b)", re.IGNORECASE)


def _hours_apart(frames: list[Frame], major: Group, group: Group) -> bool:
    """A count that ran through one day: the lower side is told at an hour of it ("killing four and
    injuring 12, police said at 9 a.m."), and an article of the higher side tells the story's
    counts as they rose ("the toll had risen to seven by 6 p.m."): the lower is what was known at that
    hour, a stage of the count, not an error."""
    sides = [[frames[m] for m in g.members] for g in (major, group)]
    if any(f.claim.kind != "count" or f.interval is None for side in sides for f in side):
        return False
    for low, high in (sides, sides[::-1]):
        if max(f.interval.hi for f in low) < min(f.interval.lo for f in high) \
                and all(_AT_AN_HOUR.search(f.claim.sentence) for f in low):
            risen_in = {h.doc for h in high}  # an article of the higher side tells a count as risen
            return any(f.moved and f.doc in risen_in for f in frames)
    return False


def _stages_apart(frames: list[Frame], major: Group, group: Group) -> bool:
    """One side is a count still running (told "as of", "so far", "by Friday morning", or as what it
    "rose to") in articles published after every article of the other side, or before: two stages of
    one count, whatever the gap ("12,400 signatures in its first 24 hours" on Wednesday, "about 31,000
    by Friday morning" on Friday; "12 bodies" on Tuesday, "the toll rose to 19" on Wednesday), or a
    floor told before ("at least 14 hurt" on Monday, "23 hurt" on Tuesday)."""
    def days(g: Group) -> list[int]:
        return [frames[m].published_day for m in g.members]

    def floors(g: Group) -> bool:
        return all(frames[m].claim.kind == "count" and frames[m].claim.qualifier == "at_least" for m in g.members)

    mine, theirs = days(group), days(major)
    if min(mine + theirs) < 0:
        return False
    if max(mine) < min(theirs) and _told_as_earlier(frames, major, group):
        return True
    apart = min(mine) > max(theirs) or min(theirs) > max(mine)
    running = any(all(frames[m].running or frames[m].moved for m in g.members) for g in (group, major))
    # a count told as a floor ("at least 14 people were hurt") in articles before every article of
    # the other side is what was known then: a stage of it
    floor_first = (floors(group) and max(mine) < min(theirs)) or (floors(major) and max(theirs) < min(mine))
    return apart and (running or floor_first)


def _told_as_earlier(frames: list[Frame], major: Group, group: Group) -> bool:
    """An article of the later side tells the other side's figure as the one its count moved from
    ("148,000 head had died as of March 3, up from 84,000 in its count of February 10" against an
    earlier article's "84,000 head"): the earlier articles told an earlier stage, no error."""
    told = {(v.low, v.high) if isinstance(v := frames[m].claim.value, CountValue) else None
            for m in group.members}  # as printed: "some 84,000" is 84,000, whatever slack compares it
    if len(told) != 1 or None in told:
        return False
    (low, high), = told  # type: ignore[misc]
    return low == high and any(frames[m].earlier == low for m in major.members)


def _span_against_day(a: Frame, b: Frame) -> bool:
    """A stated period of more than a month, or any span of more than a year ("the past five
    years"), against a single day: a time something went on and the day something happened are two
    facts."""
    if a.claim.kind != "date" or b.claim.kind != "date":
        return False
    spans = [f.interval is not None and f.interval.hi - f.interval.lo > 31
             and (f.claim.qualifier == "range" or f.interval.hi - f.interval.lo > 366) for f in (a, b)]
    days = [f.interval is not None and f.interval.hi == f.interval.lo for f in (a, b)]
    return (spans[0] and days[1]) or (spans[1] and days[0])


def _scopes_apart(frames: list[Frame], major: Group, group: Group) -> bool:
    """Both sides tell their figure of a place, and not the same one: a city's fall in crime and
    its wider region's, the northern region's pass rate and the southern one's, a province's target
    and the country's; or of a part of an organisation, and not the same one: the division's revenue
    and the group's (a place is no rival of a part: "Italy" and "the Amazon group" may tell one fine).
    A group of people scopes a figure even when one side alone names it: men's median pay against the
    median, women's against men's (lexicon.POPULATION_NOUNS).
    Dates are left out: where an event was told is no scope of its day; so are prison terms, a
    person's wherever the court that gave them sits ("a court in Varna jailed him for six years")."""
    if frames[major.rep].claim.kind in ("date", "sentence"):
        return False
    mine = most_frequent(frames[m].places for m in group.members) or frozenset()
    theirs = most_frequent(frames[m].places for m in major.members) or frozenset()
    if mine & POPULATION_NOUNS != theirs & POPULATION_NOUNS:
        return True  # men's pay against everyone's, or women's: one side alone need name its group
    for part_of_an_organisation in (False, True):  # a place against a place, a division against a group
        a, b = ({p for p in side if _organisational(p) is part_of_an_organisation} for side in (mine, theirs))
        if a and b and not (a & b) and (part_of_an_organisation or _unnamed(a) == _unnamed(b)):
            return True  # ... but "across the county" names no other place than "in Fenwold" does
    # a unit's money against money told of no part: "the unit's operating profit reached ¥31.2bn"
    # against "operating profit reached ¥142.6bn" (results are reported for each segment and for the
    # group; a count a unit makes, "the maternity unit recorded 6,814 births", is the whole's)
    if frames[major.rep].claim.kind != "money":
        return False
    mine_a_unit, theirs_a_unit = (any(_organisational(p) and p.rsplit(" ", 1)[-1] not in GROUP_WORDS for p in side)
                                  for side in (mine, theirs))
    if mine_a_unit == theirs_a_unit:
        return False
    untold = theirs if mine_a_unit else mine  # the side that must name no part of an organisation at all
    return not any(map(_organisational, untold))


def _unnamed(places: set[str]) -> bool:
    """Places told only by a bare noun ("the county", "the region"): the story's own, unnamed."""
    return all(p in PLACE_NOUNS for p in places)


def _organisational(place: str) -> bool:
    """A scope that is a part of an organisation ("division", "amazon group"), not a place."""
    return place.rsplit(" ", 1)[-1] in ORG_UNIT_NOUNS


def _subjects_apart(frames: list[Frame], major: Group, group: Group) -> bool:
    """Both sides tell their figure of someone the story names in two documents or more, and no name
    of one is like a name of the other (a word shared, an acronym): the buyer's shares against the
    target's, one defendant's term against another's. A name one outlet alone gives may be its
    misreading (a heading, a dateline) and says nothing."""
    mine = {frames[m].subject for m in group.members if frames[m].subject_shared}
    theirs = {frames[m].subject for m in major.members if frames[m].subject_shared}
    return bool(mine) and bool(theirs) and not any(_one_party(a, b) for a in mine for b in theirs)


# what stands between a person's name and a figure of their own told in a relative clause: "said
# Ana Ruiz, 57, who keeps 340 sheep", "Tomas Berg, who runs two shops"
_WHO_CLAUSE = re.compile(r"(?:,\s{0,3}\d{1,3},)?\s{0,3},?\s{0,3}who\s{1,3}(?:[\w'-]+\s{1,3}){1,4}(?:about\s{1,3}|some\s{1,3})?")


def _someone_elses_own(frames: list[Frame], major: Group, group: Group) -> bool:
    """Every figure of the group is a person's own, told in a relative clause after the name of
    someone only its article names ("said the farmer Ana Ruiz, 57, who keeps 340 sheep" against the
    country's 1.9 million sheep), and no figure of the majority is told of that person: a speaker's
    own holding, not the story's figure."""
    for m in group.members:
        f = frames[m]
        c = f.claim
        if c.kind not in ("count", "money", "quantity") or not c.subject or f.subject_shared \
                or any(frames[n].subject == f.subject for n in major.members):
            return False
        at, name = c.sentence.find(c.text), c.sentence.find(c.subject)
        if name < 0 or at < name or not _WHO_CLAUSE.fullmatch(c.sentence[name + len(c.subject):at]):
            return False
    return True


# the last word of a parent company's written name: "Tavel Group", "Orrin Holdings"
GROUP_WORDS = frozenset({"group", "holdings", "holding"})


def _group_and_its_unit(frames: list[Frame], major: Group, group: Group) -> bool:
    """One side tells its figure of a group ("Tavel Group will cut 3,800 jobs"), the other of a
    company named after it ("Tavel Logistics will cut 900 jobs"): a subsidiary's figure is a part
    of the group's, not a rival, though both names share a word ("Orrin" and "Orrin Ferries", no
    group named, stay one party)."""
    def parents(g: Group) -> set[str]:
        return {frames[m].subject for m in g.members if frames[m].subject
                and (frames[m].claim.subject or "").split()[-1].casefold() in GROUP_WORDS}

    def units(g: Group) -> set[str]:
        return {frames[m].subject for m in g.members if frames[m].subject}

    for whole, part in ((major, group), (group, major)):
        heads, named = parents(whole), units(part)
        if heads and named and all(any(n.startswith(h + " ") for h in heads) for n in named):
            return True
    return False


def _directions_apart(frames: list[Frame], major: Group, group: Group) -> bool:
    """Both sides say which way their count went, and not the same way: jobs shed against jobs
    added, stores closed against stores opened (lexicon.LOSS_WORDS, GAIN_WORDS on the figure's path);
    a share that fell against one that rose (FALL_WORDS, RISE_WORDS)."""
    mine = most_frequent(_direction(frames[m]) for m in group.members)
    theirs = most_frequent(_direction(frames[m]) for m in major.members)
    return mine is not None and theirs is not None and mine != theirs


def _states_apart(frames: list[Frame], major: Group, group: Group) -> bool:
    """Both sides say what state the things they count are in, and not the same: houses damaged
    against houses destroyed, people hurt against people killed (lexicon.COUNT_STATES, _state)."""
    if frames[major.rep].claim.kind != "count":
        return False
    mine = most_frequent(_state(frames[m]) for m in group.members)
    theirs = most_frequent(_state(frames[m]) for m in major.members)
    return mine is not None and theirs is not None and mine != theirs


def _stock_and_what_is_done(frames: list[Frame], major: Group, group: Group) -> bool:
    """One side tells what a party holds ("the port has 9 cranes", "which serves 40,000
    customers"), the other what was done to some of them ("Seven cranes were shut down", "refunded
    £2m to 800 customers"): a stock and an act on a part of it, two facts, however alike their
    nouns (lexicon.HOLDING_VERBS; a verb that only states a level, STATING_VERBS, is neither)."""
    def part(f: Frame) -> str | None:
        verb = f.claim.verb
        if len(verb) != 2 or verb[1] != "patient" or verb[0] in STATING_VERBS or verb[0] in SAYING_VERBS:
            return None
        return "stock" if verb[0] in HOLDING_VERBS else "act"

    if frames[major.rep].claim.kind != "count":
        return False
    mine = {part(frames[m]) for m in group.members}
    theirs = {part(frames[m]) for m in major.members}
    return {frozenset(mine), frozenset(theirs)} == {frozenset({"stock"}), frozenset({"act"})}


# the whole a part is told of, right after it: "Two of the six lifts", "40 of its 110 seats",
# "four of the station's six lifts"
_OF_A_COUNTED_WHOLE = re.compile(r"\s{1,3}of\s{1,3}(?:the|its|their|his|her|our)\s{1,3}"
                                 r"(?:[\w-]{1,40}(?:'s|’s)\s{1,3})?"
                                 r"(?P<whole>\d[\d,]{0,20}|[a-z]{1,20}(?:-[a-z]{1,20})?)\b", re.IGNORECASE)


def _complementary_parts(frames: list[Frame], major: Group, group: Group) -> bool:
    """Both sides tell a part of one counted whole, and their parts make it up: "Two of the six
    lifts are out of order" against "four of the six lifts are working", "40 of the 110 seats"
    against "70 of the 110 seats": the other part of the whole, not a rival figure."""
    def part(f: Frame) -> tuple[float, float] | None:
        m = told_after(f.claim, _OF_A_COUNTED_WHOLE) if f.claim.kind == "count" else None
        whole = parse_number(m.group("whole")) if m else None
        return (f.value_key[0], whole.value) if whole is not None and whole.value > f.value_key[0] else None

    mine = {part(frames[m]) for m in group.members}
    theirs = {part(frames[m]) for m in major.members}
    if len(mine) != 1 or len(theirs) != 1 or None in mine or None in theirs:
        return False
    (a, whole), (b, other) = mine.pop(), theirs.pop()  # type: ignore[misc]
    return whole == other and a + b == whole


# what a plant or a place was doing or did, right before its figure: "is producing 6.2 million
# litres", "has averaged about", "crushed 260 tonnes", "were carrying"
_DONE_BEFORE = re.compile(r"\b(?:(?:is|are|was|were|been)\s{1,3}[a-z]{1,20}ing|[a-z]{1,20}ed)\s{1,3}"
                          r"(?:up\s{1,3}to\s{1,3}|about\s{1,3}|around\s{1,3}|some\s{1,3}|nearly\s{1,3}|"
                          r"almost\s{1,3}|only\s{1,3}|just\s{1,3}|an\s{1,3}average\s{1,3}of\s{1,3})?$", re.IGNORECASE)


def _capacity_against_output(frames: list[Frame], major: Group, group: Group) -> bool:
    """One side tells what a plant or a place can make or hold ("can produce 9 million litres a
    day", frames' capacity role), the other what it is making or made ("is producing 6.2 million
    litres a day", "crushed 260 tonnes"): the most and the actual, two figures. (What it "will
    produce" may be either, and stays comparable.)"""
    def side(g: Group) -> str | None:
        caps = {"capacity" in frames[m].roles for m in g.members}
        done = {told_before(frames[m].claim, _DONE_BEFORE, 40) for m in g.members}
        if True in caps and True not in done:
            return "capacity"  # its conversion in brackets ("(about 2.4 million US gallons)") names no role
        return "output" if caps == {False} and done == {True} else None

    return {side(major), side(group)} == {"capacity", "output"}


def _dates_in_the_same_words(frames: list[Frame], major: Group, group: Group) -> bool:
    """The side prints its date in the words of the majority ("in the year to June", "on
    Tuesday"): read as another day only from the day or the clause it was told in (articles a year
    apart, a tense), which the outlet did not get wrong. Not a contradiction."""
    if frames[major.rep].claim.kind != "date":
        return False
    theirs = {frames[m].claim.text.casefold() for m in major.members}
    return all(frames[m].claim.text.casefold() in theirs for m in group.members)


# a change told over a stretch of time right after its figure: "have risen 28% over the past year",
# "up 9% so far this year", "fell 12% in the last three months"
_OVER_A_SPAN = re.compile(r"\s{1,3}(?:(?:over|in|during)\s{1,3}the\s{1,3}(?:past|last|previous)\s{1,3}"
                          r"(?:[\w-]{1,12}\s{1,3})?(?:year|years|months|weeks|decade)"
                          r"|(?:so\s{1,3}far\s{1,3})?this\s{1,3}year|year\s{1,3}to\s{1,3}date"
                          r"|since\s{1,3}the\s{1,3}start\s{1,3}of\s{1,3}the\s{1,3}year)\b", re.IGNORECASE)


def _move_over_a_span(frames: list[Frame], major: Group, group: Group) -> bool:
    """One side tells a percentage change over a stretch of time ("its shares have risen about 28%
    over the past year"), the other a change with no such stretch ("the shares rose 3.4% on the
    day"): two moves, not one told wrong."""
    if frames[major.rep].claim.kind != "percent":
        return False
    return _one_side_only([bool(told_after(frames[m].claim, _OVER_A_SPAN)) for m in major.members],
                          [bool(told_after(frames[m].claim, _OVER_A_SPAN)) for m in group.members])


def _state(f: Frame) -> str | None:
    """The state a count's things are in: a state word the figure's own words hold ("46 damaged
    buildings", "12 injured climbers"), within three words after it ("6,300 houses damaged", "1,400
    homes were razed", "nine buildings declared unsafe"), else one on its path ("killed 12 people")."""
    c = f.claim
    told = next((COUNT_STATES[w] for w in _WORD.findall(c.text.casefold()) if w in COUNT_STATES), None)
    if told is not None:
        return told
    at = c.sentence.find(c.text)
    after = _WORD.findall(re.split(r"[,;:.()]|\band\b", c.sentence[at + len(c.text):], maxsplit=1)[0].casefold()) \
        if at >= 0 else []
    told = next((COUNT_STATES[w] for w in after[:3] if w in COUNT_STATES), None)
    if told is not None:
        return told
    states = {COUNT_STATES[w] for w in c.context if w in COUNT_STATES}
    return states.pop() if len(states) == 1 else None


def _direction(f: Frame) -> str | None:
    words = set(f.claim.context)
    losses, gains = (FALL_WORDS, RISE_WORDS) if f.claim.kind == "percent" else (LOSS_WORDS, GAIN_WORDS)
    loss, gain = bool(words & losses), bool(words & gains)
    return "loss" if loss and not gain else "gain" if gain and not loss else None


def _modality(frames: list[Frame], group: Group) -> str | None:
    """The modality most of a group's claims name (potential, requested, imposed, planned), if any."""
    return most_frequent(frames[m].modality for m in group.members)


def _modifiers(frames: list[Frame], group: Group) -> frozenset[str]:
    """What a group's counted things are said to be, beyond the noun: "40 state prisons" ->
    {state}, "12 federal prisons" -> {federal}, "counts of wire fraud" -> {wire, fraud};
    the set most of its counts name."""
    return most_frequent(s for s in map(_counted_kind, (frames[m].claim for m in group.members)) if s) or frozenset()


def _counted_kind(claim: Claim) -> frozenset[str] | None:
    """What a count's things are said to be, beyond the noun ("40 state prisons" -> {state}); None
    for a claim that names no noun."""
    noun = (getattr(claim.value, "noun", "") or "").casefold().split()
    if not noun:
        return None
    if "of" in noun:
        return frozenset(noun[noun.index("of") + 1:])
    words = _WORD.findall(claim.text.casefold())
    at = max((n for n, w in enumerate(words) if w == noun[0]), default=len(words))
    before = {w for w in words[:at] if w not in SCALE_AND_BOUND_WORDS}
    return frozenset(before | set(noun[:-1]))


def _whole_of_a_kind(frames: list[Frame], major: Group, group: Group) -> bool:
    """The outlier counts the plain noun, at least twice as many, where every count of the majority
    names a kind of it ("360 beds" against "36 intensive care beds" twice; "40 prisons" against "12
    federal prisons"): the whole against a part of it, not the part told wrong. Nearer than that
    ("2,900 cars" against "2,400 electric cars") the plain figure is the kind's, told wrong."""
    if frames[major.rep].claim.kind != "count":
        return False
    mine = [frames[m].claim for m in group.members]
    theirs = [frames[m].claim for m in major.members]
    lemmas = {getattr(c.value, "lemma", None) for c in mine + theirs}
    part = max(c.value.high for c in theirs)  # type: ignore[union-attr]
    return len(lemmas) == 1 and None not in lemmas and all(_counted_kind(c) == frozenset() for c in mine) \
        and all(_counted_kind(c) for c in theirs) \
        and min(c.value.low for c in mine) >= WHOLE_OF_A_KIND * part  # type: ignore[union-attr]


def _kinds_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name what they count, and nothing alike."""
    return bool(a) and bool(b) and not (a & b)


def fact_record(fid: str, frames: list[Frame], groups: list[Group], outliers: list[int], extra: list[Claim],
                cohesion: float, names: dict[str, str]) -> Fact:
    """The Fact of one cluster: its value groups with their support, and the evidence (`cohesion`:
    the mean probability its claims' pairs are one fact, Alignment.cohesion)."""
    claims = [frames[m].claim for g in groups for m in g.members] + extra
    # built from validated claims: model_construct skips validating them again, fact by fact
    values = [
        FactValue.model_construct(value=frames[g.rep].claim.value, claims=[frames[m].claim.id for m in g.members],
                                  documents=sorted(_docs(frames, g)), independent_sources=g.sources)
        for g in groups
    ]
    for c in extra:  # claims in promotions or disclaimers: shown with the fact, never one of its sides
        values.append(FactValue.model_construct(value=c.value, claims=[c.id], documents=[c.doc], independent_sources=0))
    members = [m for g in groups for m in g.members]
    docs = {frames[m].doc for m in members} | {c.doc for c in extra}
    status = "conflict" if outliers else "agreed" if len(docs) >= 2 else "single_source"
    return Fact(
        id=fid, kind=claims[0].kind, subject=_subject(frames, members, names),  # type: ignore[arg-type]
        attribute=most_frequent(c.attribute for c in claims), modality=most_frequent(frames[m].modality for m in members),  # type: ignore[arg-type]
        status=status, claims=list(dict.fromkeys(cid for v in values for cid in v.claims)), values=values,
        evidence=evidence(frames, members, cohesion, names),
    )


def evidence(frames: list[Frame], members: list[int], cohesion: float, names: dict[str, str]) -> FactEvidence:
    subjects = [names.get(s, s) for s in dict.fromkeys(frames[m].subject for m in members) if s]
    return FactEvidence(
        subjects=subjects[:5], heads=[h for h in dict.fromkeys(frames[m].head for m in members) if h][:5],
        shared_words=shared_words(frames[m] for m in members),
        alignment=cohesion,
    )


def conflict_record(fact: Fact, frames: list[Frame], groups: list[Group], outliers: list[int],
                    alignment: Alignment, settings: Settings, undated: frozenset[str]) -> Conflict:
    """The one conflict of a fact: the majority against each outlier group, the worst gap deciding
    severity; its sides are the value groups. The id is the caller's to give."""
    major = groups[0]
    verdicts: list[tuple[int, Verdict]] = []
    for i in outliers:
        v = compare_frames(frames[_partner(frames, major, groups[i])], frames[groups[i].rep])
        verdicts.append((i, v if v is not None else Verdict(True, "high", "amount", 1.0)))
    _, worst = max(verdicts, key=lambda iv: (_RANK.get(iv[1].severity or "low", 1), iv[1].diff))
    side_severity: list[str | None] = [None]
    for i, v in verdicts:  # each outlier: its gap, one step lower when it was joined to the fact but not by much
        severity = "high" if fact.kind == "sentence" else (v.severity or "high")
        if alignment.side_score(groups[i].members, major.members) < alignment.weights.threshold + SURE:
            severity = _LOWER[severity]
        side_severity.append(severity)
    severity = max(side_severity[1:], key=lambda x: _RANK[x or "low"])
    arithmetic = _arithmetic(frames, groups, verdicts, settings, undated)
    said = "; ".join(_side_words(frames, groups[i], settings) for i in outliers)
    sides = [[frames[m].claim.id for m in major.members]] + [[frames[m].claim.id for m in groups[i].members]
                                                              for i in outliers]
    summary = (f"{_label(fact)}: {_side_words(frames, major, settings)} against {said}: {arithmetic}. "
               f"Taken as one fact because {_because(fact.evidence)}.")
    return Conflict(
        id="", fact=fact.id, severity=severity, kind=fact.kind,  # type: ignore[arg-type]
        subject=fact.subject, attribute=fact.attribute, claims=[cid for side in sides for cid in side],
        sides=sides, side_severity=side_severity, reason=worst.reason, summary=summary, majority=0,
        outliers=list(outliers),
        arithmetic=arithmetic, evidence=fact.evidence,
    )


# ----------------------------------------------------------------------------- wording


def _subject(frames: list[Frame], members: list[int], names: dict[str, str]) -> str | None:
    canon = most_frequent(frames[m].subject for m in members)
    return display_subject(canon, [frames[m].claim for m in members], names)


def _label(fact: Fact) -> str:
    what = ", ".join(x for x in (fact.attribute or fact.kind, fact.modality) if x)
    return f"{fact.subject}, {what}" if fact.subject else what


def _because(ev: FactEvidence | None) -> str:
    if ev is None:
        return "they were restated side by side"
    parts = []
    if ev.subjects:
        parts.append("they concern " + " / ".join(ev.subjects[:2]))
    if ev.heads:
        parts.append("measure " + " / ".join(ev.heads[:2]))
    if ev.shared_words:
        parts.append("share the words " + ", ".join(ev.shared_words[:4]))
    parts.append(f"alignment {ev.alignment:.2f}")
    return "; ".join(parts)


@lru_cache(maxsize=4096)
def _stem(doc_id: str) -> str:
    """'000_2df3a78b5b1835e0.txt' -> '000'; '01-wire.md' -> '01-wire'."""
    m = _DOC_STEM.match(doc_id.rsplit("/", 1)[-1])
    return m.group("stem") if m else doc_id


def _money(x: float, cur: str) -> str:
    sym = {"USD": "$", "EUR": "€", "GBP": "£"}.get(cur)
    if abs(x) >= 1e9:
        txt = f"{x / 1e9:,.3g} billion"
    elif abs(x) >= 1e7:
        txt = f"{x / 1e6:,.3g} million"
    else:
        txt = f"{x:,.3g}" if abs(x) < 1000 else f"{round(x, -3 if abs(x) >= 1e5 else -2):,.0f}"
    return f"{sym}{txt}" if sym else f"{txt} {cur}"


def _side_words(frames: list[Frame], group: Group, settings: Settings) -> str:
    claims = [frames[m].claim for m in group.members]
    texts = list(dict.fromkeys(f'"{c.text}"' for c in claims))
    refs = ", ".join(dict.fromkeys(f"{_stem(c.doc)}:{c.line}" for c in claims[:6])) + (", …" if len(claims) > 6 else "")
    out = " / ".join(texts[:3]) + (" …" if len(texts) > 3 else "") + f" ({refs}"
    out += f"; {group.sources} independent source{'s' if group.sources != 1 else ''})"
    c = claims[0]
    base = settings.base_currency.upper()
    if c.kind == "money" and c.value.in_base and c.value.currency != base:  # type: ignore[union-attr]
        b = c.value.in_base  # type: ignore[union-attr]
        lo, hi = _money(b.low, base), _money(b.high, base)
        out += f" ≈ {lo}" if lo == hi else f" ≈ {lo}–{hi}"
    return out


def _arithmetic(frames: list[Frame], groups: list[Group], verdicts: list[tuple[int, Verdict]],
                settings: Settings, undated: frozenset[str]) -> str:
    """What the comparison computed, in words: the gap, the bound rule, the rates used."""
    parts = []
    for _, v in verdicts:
        if v.reason == "date":
            parts.append("the dates do not overlap")
        elif v.reason == "bound":
            parts.append("a floor more than 1.5 times below the other figure")
        else:
            parts.append(f"{v.diff:.0%} apart beyond the figures' rounding")
    why = "; ".join(dict.fromkeys(parts))
    claims = [frames[m].claim for g in groups for m in g.members]
    currencies = {c.value.currency for c in claims if c.kind == "money"}  # type: ignore[union-attr]
    if len(currencies) > 1:
        windows = {c.value.in_base.rate_date for c in claims if c.kind == "money" and c.value.in_base}  # type: ignore[union-attr]
        why += f"; no rate in {', '.join(sorted(windows))} explains it" if windows else ""
        if any(c.doc in undated for c in claims):
            why += " (no publication date: the last five years of rates)"
    return why
