"""Alignment evidence on invented stories: which figures are each other's best match."""

from __future__ import annotations

import math

import numpy as np
import pytest

from claimkit.reconcile.align import (
    FEATURES, MISSING, Alignment, candidate_pairs, default_weights, feature_columns, learn, pair_evidence,
)
from claimkit.reconcile.frames import build_frames
from claimkit.reconcile.rates import with_base
from test_reconcile import S, count, date, doc, money


def _mutual(first: tuple[str, float, str, str], second: tuple[str, float, str, str]) -> bool:
    claims = []
    for d, (sentence, n, noun, text) in zip("ab", (first, second)):
        claims.append(count(d, text, n, noun, noun.rstrip("s"), subject=None).model_copy(update={"sentence": sentence}))
    frames = build_frames(claims, {}, {}, include_regions=False)
    pairs = sorted(candidate_pairs(frames))
    return bool(learn(frames, pairs).mutual[pairs.index((0, 1))])


def test_best_matches_that_share_words_are_mutual():
    assert _mutual(("Police arrested 40 protesters outside the embassy.", 40, "protesters", "40 protesters"),
                   ("Officers arrested 35 protesters near the embassy.", 35, "protesters", "35 protesters"))


def test_the_only_figure_of_a_document_is_no_best_match_by_default():
    """Each document's one count is the other's best only because nothing else is there."""
    assert not _mutual(("Police arrested 40 protesters outside the embassy.", 40, "protesters", "40 protesters"),
                       ("The museum received 35 paintings from a donor.", 35, "paintings", "35 paintings"))


def _told_elsewhere(claims: list) -> dict[tuple[str, str], float]:
    """The told_elsewhere feature of every candidate pair, keyed by the two claims' texts."""
    frames = build_frames(claims, {}, {}, include_regions=False)
    pairs = sorted(candidate_pairs(frames))
    ev = pair_evidence(frames, pairs)
    column = feature_columns(frames, ev, learn(frames, pairs, ev))[FEATURES.index("told_elsewhere")]
    return {(frames[i].claim.doc + ":" + frames[i].claim.text, frames[j].claim.doc + ":" + frames[j].claim.text): x
            for (i, j), x in zip(pairs, column.tolist())}


def _said(claim, sentence):  # noqa: ANN001, ANN202
    return claim.model_copy(update={"sentence": sentence})


def _bitcoin_story(recovered) -> dict[tuple[str, str], float]:  # noqa: ANN001
    return _told_elsewhere([
        _said(recovered, "Investigators recovered " + recovered.text + " from the gang's wallet."),
        _said(count("a", "52 bitcoins", 52, "bitcoins", "bitcoin"), "The company paid 52 bitcoins in ransom."),
        _said(count("b", "38 bitcoins", 38, "bitcoins", "bitcoin"), "The company paid 38 bitcoins in ransom."),
    ])


def test_a_figure_the_other_outlet_states_as_another_fact_is_told_elsewhere():
    told = _bitcoin_story(count("a", "38 bitcoins", 38, "bitcoins", "bitcoin"))
    assert told[("a:52 bitcoins", "b:38 bitcoins")] == 1.0


def _between(text: str, low: float, high: float):  # noqa: ANN202
    claim = count("a", text, low, "bitcoins", "bitcoin", q="range")
    return claim.model_copy(update={"value": claim.value.model_copy(update={"high": high})})


@pytest.mark.parametrize("recovered", [
    count("a", "more than 30 bitcoins", 30, "bitcoins", "bitcoin", q="at_least"),
    _between("between 30 and 45 bitcoins", 30, 45),
], ids=["bound", "range"])
def test_a_bound_or_range_that_admits_the_figure_does_not_state_it(recovered):  # noqa: ANN001
    """"more than 30 bitcoins" or "between 30 and 45" allows 38, but the outlet never said 38."""
    assert _bitcoin_story(recovered)[("a:52 bitcoins", "b:38 bitcoins")] == 0.0


def test_a_date_without_its_year_does_not_state_a_year():
    told = _told_elsewhere([
        _said(date("a", "June 14", "2000-06-14", year_known=False), "On June 14 a judge sentenced him."),
        _said(date("a", "2013", "2013-01-01", "2013-12-31", gran="year"), "He founded the firm in 2013."),
        _said(date("b", "2012", "2012-01-01", "2012-12-31", gran="year"), "He founded the firm in 2012."),
    ])
    assert told[("a:2013", "b:2012")] == 0.0


@pytest.mark.parametrize("wide", [
    ("2025", "2025-01-01", "2025-12-31", "year", "Rates were cut twice in 2025."),
    ("July", "2025-07-01", "2025-07-31", "month", "Inflation eased in July."),
    ("this month", "2025-07-01", "2025-07-31", "month", "Results are due later this month."),
])
def test_a_year_or_month_does_not_state_a_day_within_it(wide):
    """An outlet that names the year (or month) a day falls in has not told that day: "the board
    meets on July 24" against "on July 17" stays a disagreement, whatever else the outlets date."""
    text, start, end, gran, sentence = wide
    told = _told_elsewhere([
        _said(date("a", "July 17", "2025-07-17", attribute="meet"), "The board meets next on July 17."),
        _said(date("a", text, start, end, gran=gran, attribute="cut"), sentence),
        _said(date("b", "July 24", "2025-07-24", attribute="meet"), "The board meets again on July 24."),
    ])
    assert told[("a:July 17", "b:July 24")] == 0.0


def test_the_other_outlets_day_told_in_another_sentence_is_told_elsewhere():
    """The day itself, written any way, is stated: the outlet dates two events."""
    told = _told_elsewhere([
        _said(date("a", "July 17", "2025-07-17", attribute="meet"), "The board meets next on July 17."),
        _said(date("a", "24 July 2025", "2025-07-24", attribute="vote"), "A budget vote is due on 24 July 2025."),
        _said(date("b", "July 24", "2025-07-24", attribute="meet"), "The board meets again on July 24."),
    ])
    assert told[("a:July 17", "b:July 24")] == 1.0


@pytest.mark.parametrize("same_sentence, expected", [(True, 0.0), (False, 1.0)])
def test_a_conversion_beside_the_figure_is_that_figure_told_again(same_sentence, expected):
    """"3.2 trillion yen ($23 billion)": the dollars, which would also round 3.4 trillion yen, are
    the 3.2 told again, not another figure the outlet gives."""
    yen = "The utility's debt stood at 3.2 trillion yen ($23 billion) last year."
    dollars = yen if same_sentence else "Its lenders are owed $23 billion."
    claims = with_base([
        _said(money("a", "3.2 trillion yen", 3.2e12, "JPY", subject=None, attribute="debt"), yen),
        _said(money("a", "$23 billion", 2.3e10, "USD", prec=0.1, subject=None, attribute="debt"), dollars),
        _said(money("b", "3.4 trillion yen", 3.4e12, "JPY", subject=None, attribute="debt"),
              "The utility's debt was put at 3.4 trillion yen."),
    ], {"a": doc("a"), "b": doc("b")}, S)
    assert _told_elsewhere(claims)[("a:3.2 trillion yen", "b:3.4 trillion yen")] == expected


def test_sums_no_rate_compares_are_never_told_elsewhere():
    """An outlet that gives "48 bitcoin" in one sentence and "$2.6 million" in another has not told
    another outlet's "$2.6 million" as a second fact beside its bitcoin: no rate weighs bitcoin
    against dollars, so the two neither agree nor disagree."""
    claims = with_base([
        _said(money("a", "48 bitcoin", 48.0, "XBT", subject=None, attribute="recover"),
              "Investigators recovered 48 bitcoin from the wallet."),
        _said(money("a", "$2.6 million", 2.6e6, "USD", prec=0.05, subject=None, attribute="worth"),
              "The coins are worth $2.6 million today."),
        _said(money("b", "$2.6 million", 2.6e6, "USD", prec=0.05, subject=None, attribute="recover"),
              "Agents recovered $2.6 million of the ransom."),
    ], {"a": doc("a"), "b": doc("b")}, S)
    assert _told_elsewhere(claims)[("a:48 bitcoin", "b:$2.6 million")] == 0.0


@pytest.mark.parametrize(("second_shillings", "agreeing"), [(310e9, True), (31e9, False)])
def test_a_figure_no_rate_weighs_against_the_first_agrees_through_the_others(second_shillings, agreeing):
    """A cluster of "310 billion shillings", its conversion "$84 million", and another outlet's
    shillings and dollars: the shilling has no rate, so a shilling figure is weighed against the
    cluster's other shilling figure; it agrees when it meets one and contradicts none."""
    from claimkit.reconcile.align import _Clusters

    claims = with_base([
        _said(money("a", "$84 million", 84e6, "USD", prec=0.01, subject=None, attribute="contract"),
              "The agency awarded a $84 million contract."),
        _said(money("a", "310 billion shillings", 310e9, "UGX", prec=0.01, subject=None, attribute="contract"),
              "It is worth 310 billion shillings."),
        _said(money("b", "shillings", second_shillings, "UGX", prec=0.01, subject=None, attribute="contract"),
              "The agency awarded a contract worth that many shillings."),
        _said(money("b", "$84 million", 84e6, "USD", prec=0.01, subject=None, attribute="contract"),
              "The contract is worth $84 million."),
    ], {"a": doc("a"), "b": doc("b")}, S)
    frames = build_frames(claims, {}, {}, include_regions=False)
    assert _Clusters(frames).agreeing([0, 1, 2, 3]) is agreeing


@pytest.mark.parametrize(("unweighed", "expected"), [
    (set(), 0.0),
    ({(0, 2)}, 2.0),  # the pair without a value to weigh is left out ...
    ({(0, 1), (0, 2)}, 0.0),  # ... unless no pair has one
])
def test_pairs_whose_values_cannot_be_weighed_count_only_alone_in_a_clusters_mean(unweighed, expected):
    """"48 bitcoin" beside "$2.6 million" lacks the evidence of its value that two dollar figures
    have: the figure's cluster is weighed by the pairs that have it."""
    from claimkit.reconcile.align import _mean

    assert _mean({(0, 1): 2.0, (0, 2): -2.0}, [0], [1, 2], unweighed=unweighed) == expected


def test_cohesion_is_the_mean_pair_probability_with_unscored_pairs_at_missing():
    pairs, same = np.array([(0, 1), (0, 2), (3, 4)]), np.array([0.0, math.log(3.0), 5.0])
    alignment = Alignment(clusters=[], scores=dict(zip(map(tuple, pairs.tolist()), same.tolist())), disputes={},
                          restatements=set(), weights=default_weights(), pairs=pairs, same=same)
    missing = 1 / (1 + math.exp(-MISSING))
    # {0, 1, 2}: pairs 0-1 (p 0.5), 0-2 (p 0.75), 1-2 never scored; {3}: one claim; {4, 5}: 4-5 never scored
    assert alignment.cohesion([[0, 1, 2], [3], [4, 5]]) == [round((0.5 + 0.75 + missing) / 3, 3), 1.0,
                                                               round(missing, 3)]


def test_a_figure_and_its_conversion_count_once_in_a_clusters_mean():
    """'€4.1bn ($4.76bn)' against another outlet's '€4.1bn': the euro figures align (+1.0), the
    dollar conversion, at another day's rate, does not (-1.5). One statement told twice is weighed
    once, by its best figure: the clusters join, where a plain mean (-0.25) would keep them apart."""
    from claimkit.reconcile.align import _Clusters, _mean

    scores = {(0, 1): 3.0, (0, 2): 1.0, (1, 2): -1.5}
    assert _mean(scores, [0, 1], [2]) == -0.25
    assert _mean(scores, [0, 1], [2], statement=[0, 0, 2]) == 1.0
    frames = build_frames([money(d, t, 1.0, "EUR", subject="Acme") for d, t in (("a", "€4.1bn"), ("a", "$4.76bn"),
                                                                                ("b", "€4.1bn"))],
                          {}, {}, include_regions=False)
    clusters = _Clusters(frames, [(0, 1)])
    clusters.union(0, 1)
    i, j = np.array([0, 0, 1]), np.array([1, 2, 2])
    clusters.merge_by(i, j, np.array([3.0, 1.0, -1.5]), scores, threshold=0.0)
    assert sorted(map(sorted, clusters.members.values())) == [[0, 1, 2]]


POINT = frozenset()


OTHERS = ["a", "b", "c"]  # each figure in an article of its own


@pytest.mark.parametrize(("same_02", "told_as", "docs", "expected"), [
    # the third figure echoes the majority's first way of telling it (a positive `same`): weighed against it
    (1.0, [POINT, POINT, POINT], OTHERS, 0.2),
    # ... not when the words do not make them one, a side is another role, or the majority holds a bound
    (-0.5, [POINT, POINT, POINT], OTHERS, -1.4),
    (1.0, [POINT, POINT, frozenset({"plan"})], OTHERS, -1.4),
    (1.0, [frozenset({"plan"}), POINT, frozenset({"plan"})], OTHERS, 0.2),  # one role on both: the nearest
    (1.0, [None, POINT, POINT], OTHERS, -1.4),
    (1.0, [POINT, POINT, None], OTHERS, -1.4),
    # the majority's bound is the third figure's own article's ("more than 100" in its lead): no other outlet
    (1.0, [POINT, None, POINT], ["a", "c", "c"], 0.2),
    (-0.5, [POINT, None, POINT], ["a", "c", "c"], 0.2),  # the mean over the other outlets: only 0's
    (1.0, [POINT, None, POINT], ["a", "b", "c"], -1.4),
])
def test_a_lone_figure_is_weighed_against_the_majoritys_nearest_telling(same_02, told_as, docs, expected):
    """A majority (0, 1) that agrees on a value it words two ways, a third figure (2) against it."""
    from claimkit.reconcile.align import _nearest

    same = {(0, 2): same_02, (1, 2): -2.0}
    dispute = {(0, 2): 0.2, (1, 2): -3.0}
    assert _nearest(same, dispute, 2, [0, 1], told_as, docs) == pytest.approx(expected)


@pytest.mark.parametrize(("gap", "restates"), [
    ("(", True), (", or about", True), (" = ", True),
    # a sum paid in a currency, then in it: "$2.6 million in bitcoin (48 BTC)", "in damages ("
    (" in bitcoin (", True), (" in damages (", True), (" in 2019 (", False),
    # an apposition that converts the figure: "$3.1 million, the equivalent of about 52 coins"
    (", the equivalent of about", True), (", equivalent to", True), (", worth some", True),
    (", valued at", True), (", with an estimated value of about", True), (", then worth about", True),
    # a sum valued again at today's rate: "seized 120 bitcoin, now worth about $4 million"
    (", now worth about", True), (", currently valued at", True), (", today worth", True),
    ("valued at some", True), ("worth", True),  # "3,150 ETH valued at some 11.2 million dollars"
    # ... after the few words of the figure's own clause: "80 coins were seized last week, worth some $5
    # million", "12 bitcoins were returned to the firm, with an estimated value of $700,000"
    (" were seized last week, worth some", True), (" were returned to the firm, with an estimated value of", True),
    (" in fines and 20 coins, worth", False), (" were seized, and later", False),
    # ... or by a verb of converting: "€1.2 million, converted to about $1.3 million", "£40,000, which
    # translates to $50,000", "3 coins of those paid, converted 700 euros"
    (", converted to about", True), (", which translates to", True), (", converting into", True),
    (" of those paid, converted", True), (" and later converted", False), (", converted from", False),
    # another figure after it
    (" and", False), (", up from", False), (", of which", False), (" in fines and", False), (", plus", False),
])
def test_what_may_stand_between_a_figure_and_its_restatement(gap, restates):
    from claimkit.reconcile.compare import _RESTATED

    assert bool(_RESTATED.fullmatch(" ".join(gap.split()))) is restates  # as restated() reads the gap



@pytest.mark.parametrize(("first", "second", "far"), [
    # the decimal point slipped: the same digits in the same unit say nothing of the distance
    (count("a", "23,850 tickets", 23850, "tickets", "ticket"), count("b", "2,385 tickets", 2385, "tickets", "ticket"), False),
    (money("a", "€48.6 million", 48.6e6, "EUR"), money("b", "€4.86 million", 4.86e6, "EUR"), False),
    (money("a", "$86.5m", 86.5e6, "USD"), money("b", "$865 million", 865e6, "USD"), False),
    # a round figure ten times another, other digits, or one digit is no slip
    (count("a", "2,000 tickets", 2000, "tickets", "ticket"), count("b", "20,000 tickets", 20000, "tickets", "ticket"), True),
    (count("a", "23,850 tickets", 23850, "tickets", "ticket"), count("b", "2,358 tickets", 2358, "tickets", "ticket"), True),
    (money("a", "€48.6 million", 48.6e6, "EUR"), money("b", "$4.86 million", 4.86e6, "USD"), True),
    # the same numeral under another currency's sign, of one measure: a slipped sign, no distance
    (money("a", "¥8.6 billion", 8.6e9, "JPY"), money("b", "$8.6 billion", 8.6e9, "USD"), False),
    (money("a", "₦2.4 billion", 2.4e9, "NGN"), money("b", "$2.4 billion", 2.4e9, "USD"), False),
    # ... of two measures, or of a single significant digit, the distance its values say
    (money("a", "¥8.6 billion", 8.6e9, "JPY"), money("b", "$8.6 billion", 8.6e9, "USD", attribute="revenue"), True),
    (money("a", "₹4.8 billion", 4.8e9, "INR", attribute="grant"),
     money("b", "$4.8 billion", 4.8e9, "USD", attribute="export"), True),
    (money("a", "¥2 billion", 2e9, "JPY"), money("b", "$2 billion", 2e9, "USD"), True),
])
def test_a_slipped_decimal_point_or_sign_is_no_distance(first, second, far):
    frames = build_frames(with_base([first, second], {"a": doc("a"), "b": doc("b")}, S), {}, {}, include_regions=False)
    assert bool(pair_evidence(frames, [(0, 1)]).far[0] > 0.0) is far


def test_a_lone_day_is_weighed_against_the_nearest_of_the_majoritys_alike_tellings():
    """A majority telling its day as a span ("1 June to 30 September") and as a day ("June 1"), the
    words of both making them one fact with a third outlet's "1 July": the day is weighed against
    the telling the dispute model finds nearest, not only the one whose words are most alike."""
    from claimkit.reconcile.align import _nearest

    same = {(0, 2): 1.0, (1, 2): 0.5}
    dispute = {(0, 2): -1.5, (1, 2): 0.3}
    assert _nearest(same, dispute, 2, [0, 1], [POINT, POINT, POINT], OTHERS) == pytest.approx(0.3)
    # ... only among tellings the words make one fact with it
    assert _nearest({(0, 2): 1.0, (1, 2): -0.5}, dispute, 2, [0, 1], [POINT, POINT, POINT], OTHERS) == pytest.approx(-1.5)


@pytest.mark.parametrize(("tie", "moves"), [
    # "1,830 flights" (c), tied only to another outlet's disagreeing "212 flights" (a), is one slip of the
    # keys from the "1,380 flights" a and b both give, and nearer to it in words: it leaves for that fact
    (-5.0, True),
    # ... not when its tie is as near in words as that fact
    (-0.5, False),
])
def test_a_figure_tied_to_one_disagreeing_figure_leaves_for_the_fact_it_slips_from(tie, moves):
    from claimkit.reconcile.align import _Clusters, _join_slipped

    claims = [count(d, text, n, "flights", "flight", subject=None)
              for d, text, n in (("a", "1,380 flights", 1380), ("b", "1,380 flights", 1380),
                                 ("c", "1,830 flights", 1830), ("a", "212 flights", 212))]
    frames = build_frames(claims, {}, {}, include_regions=False)
    scores = {(0, 1): 3.0, (0, 2): -1.0, (1, 2): -1.2, (2, 3): tie, (0, 3): -6.0, (1, 3): -6.0}
    clusters = _Clusters(frames)
    clusters.union(0, 1)
    clusters.union(2, 3)
    first, second = (np.array(side) for side in zip(*scores))
    joined = _join_slipped(frames, clusters, scores, first, second)
    assert (clusters.find(2) == clusters.find(0)) is moves
    assert (joined == {(0, 2)}) is moves
    assert clusters.find(3) != clusters.find(0)


_ILL = ("people", "person", 486, 468, 4120)  # taken ill, told with a slip, everyone aboard
_CANCELLED = ("flights", "flight", 1380, 1830, 5200)  # cancelled on Monday, told with a slip, all week


@pytest.mark.parametrize(("story", "tie", "moves"), [
    # "468 people" (c), tied to a fact two other outlets give as "4,120 people" (everyone aboard), is
    # one slip of the keys from the "486 people" (those taken ill) a and b both give, and nearer to it
    # in words: it leaves for that fact; so does "1,830 flights" tied to the week's "5,200 flights"
    (_ILL, -5.0, True),
    (_CANCELLED, -5.0, True),
    # ... not when its tie is as near in words as that fact
    (_ILL, -0.5, False),
])
def test_a_figure_tied_to_a_fact_it_disagrees_with_leaves_for_the_fact_it_slips_from(story, tie, moves):
    from claimkit.reconcile.align import _Clusters, _join_slipped

    noun, lemma, told, slipped, other = story
    claims = [count(d, f"{n:,} {noun}", n, noun, lemma, subject=None)
              for d, n in (("a", told), ("b", told), ("c", slipped), ("a", other), ("b", other))]
    frames = build_frames(claims, {}, {}, include_regions=False)
    scores = {(0, 1): 3.0, (0, 2): -1.0, (1, 2): -1.2, (2, 3): tie, (2, 4): tie, (3, 4): 3.0,
              (0, 3): -6.0, (1, 4): -6.0}
    clusters = _Clusters(frames)
    clusters.union(0, 1)
    clusters.union(3, 4)
    clusters.union(2, 3)
    first, second = (np.array(side) for side in zip(*scores))
    joined = _join_slipped(frames, clusters, scores, first, second)
    assert (clusters.find(2) == clusters.find(0)) is moves
    assert (joined == {(0, 2)}) is moves
    assert clusters.find(3) == clusters.find(4) != clusters.find(0)


@pytest.mark.parametrize(("told", "figure", "moves"), [
    # "3,740 hectares" (c) is "37,400 hectares" (a, b) with the point moved: a numeral of four digits no
    # other fact shares by chance, so it joins that fact though its words are nearer another ("at risk")
    (37400, 3740, True),
    # ... not a numeral of two digits shifted ("3,700" against "37,000"), which two facts may share
    (37000, 3700, False),
])
def test_a_point_moved_in_a_long_numeral_joins_the_fact_it_slips_from(told, figure, moves):
    from claimkit.reconcile.align import _Clusters, _join_slipped

    claims = [count(d, f"{v:,} hectares", v, "hectares", "hectare", subject=None)
              for d, v in (("a", told), ("b", told), ("c", figure), ("a", 90000))]
    frames = build_frames(claims, {}, {}, include_regions=False)
    scores = {(0, 1): 3.0, (0, 2): -1.0, (1, 2): -1.2, (2, 3): 0.8, (0, 3): -6.0, (1, 3): -6.0}
    clusters = _Clusters(frames)
    clusters.union(0, 1)
    first, second = (np.array(side) for side in zip(*scores))
    _join_slipped(frames, clusters, scores, first, second)
    assert (clusters.find(2) == clusters.find(0)) is moves


@pytest.mark.parametrize(("rival", "moves"), [
    # "€54.2 million" (c) is the "€52.4 million" a and b give with two digits swapped; a fact nearer to it in
    # words but priced in a currency no rate weighs against euros is no rival: it joins the euros
    (("MDL", "31.5 lei"), True),
    # ... while a rival its figure can be weighed against keeps it where the words put it
    (("EUR", "€31.5"), False),
])
def test_a_fact_no_rate_weighs_against_is_no_rival_for_a_slipped_figure(rival, moves):
    from claimkit.reconcile.align import _Clusters, _join_slipped

    cur, text = rival
    told = (("a", "€52.4 million", 52.4e6, "EUR"), ("b", "€52.4 million", 52.4e6, "EUR"),
            ("c", "€54.2 million", 54.2e6, "EUR"), ("a", text, 31.5, cur), ("b", text, 31.5, cur))
    claims = with_base([money(d, t, v, c, subject=None, attribute="cost") for d, t, v, c in told],
                       {d: doc(d) for d in "abc"}, S)
    frames = build_frames(claims, {}, {}, include_regions=False)
    scores = {(0, 1): 3.0, (0, 2): -1.2, (1, 2): -2.2, (3, 4): 3.0, (2, 3): 1.4, (2, 4): 1.0,
              (0, 3): -4.0, (0, 4): -4.0, (1, 3): -4.0, (1, 4): -4.0}
    clusters = _Clusters(frames)
    clusters.union(0, 1)
    clusters.union(3, 4)
    first, second = (np.array(side) for side in zip(*scores))
    _join_slipped(frames, clusters, scores, first, second)
    assert (clusters.find(2) == clusters.find(0)) is moves


def test_a_fact_of_another_dimension_is_no_rival_for_a_slipped_figure():
    """"112-kilometre" (c) is the "112-mile" a gives beside its "180-kilometre", the unit slipped; a
    "132-kilovolt" fact nearer to it in words is a voltage, which no length can be weighed against."""
    from claimkit.models import QuantityClaim, QuantityValue
    from claimkit.reconcile.align import _Clusters, _join_slipped
    from test_reconcile import _base

    def measure(d, text, amount, unit, base, base_unit):  # noqa: ANN001, ANN202
        return QuantityClaim(**_base(d, text, None, None, None, "exact"),
                             value=QuantityValue(amount=amount, unit=unit, base_amount=base, base_unit=base_unit,
                                                 low=amount, high=amount))

    claims = [measure("a", "180-kilometre", 180, "kilometer", 180000.0, "meter"),
              measure("a", "112-mile", 112, "mile", 180246.528, "meter"),
              measure("b", "180 km", 180, "kilometer", 180000.0, "meter"),
              measure("c", "112-kilometre", 112, "kilometer", 112000.0, "meter"),
              measure("a", "132-kilovolt", 132, "kilovolt", 132000.0, "volt"),
              measure("c", "132-kilovolt", 132, "kilovolt", 132000.0, "volt")]
    frames = build_frames(claims, {}, {}, include_regions=False)
    scores = {(0, 1): 2.0, (0, 2): 2.0, (1, 2): 1.0, (0, 3): -1.7, (1, 3): -1.0, (2, 3): -1.6, (3, 4): 0.9,
              (3, 5): -1.1, (4, 5): 3.0, (0, 4): -5.0, (2, 4): -5.0, (0, 5): -5.0, (2, 5): -5.0}
    clusters = _Clusters(frames)
    for a, b in ((0, 1), (0, 2), (4, 5)):
        clusters.union(a, b)
    first, second = (np.array(side) for side in zip(*scores))
    _join_slipped(frames, clusters, scores, first, second)
    assert clusters.find(3) == clusters.find(0)


@pytest.mark.parametrize(("bound", "text"), [("at_most", "until August 31, 2027"), ("at_least", "from August 31, 2027")])
def test_a_bound_on_a_date_agrees_with_the_day_it_names_only(bound, text):
    """"until August 31" is a deadline: it agrees with "31 August", not with "1 March" before it
    (the day new notes arrive), nor, from the other side, with a day after it."""
    from claimkit.reconcile.align import _agree_on_pairs

    claims = [date("a", text, "2027-08-31", q=bound), date("b", "1 March 2027", "2027-03-01"),
              date("c", "31 August 2027", "2027-08-31"), date("d", "31 October 2027", "2027-10-31")]
    frames = build_frames(claims, {}, {}, include_regions=False)
    agree = _agree_on_pairs(frames, np.array([0, 0, 0]), np.array([1, 2, 3]))
    assert agree.tolist() == [0.0, 1.0, 0.0]


@pytest.mark.parametrize(("a", "b", "slipped"), [
    # one day and month told with another year: the year slipped (a fact's day, found by _join_slipped)
    (("15 March 2027", "2027-03-15", None, "day"), ("15 March 2028", "2028-03-15", None, "day"), True),
    (("June 4, 2027", "2027-06-04", None, "day"), ("4 June 2026", "2026-06-04", None, "day"), True),
    # ... not another day, the same day, a month or a span
    (("15 March 2027", "2027-03-15", None, "day"), ("16 March 2028", "2028-03-16", None, "day"), False),
    (("15 March 2027", "2027-03-15", None, "day"), ("March 15, 2027", "2027-03-15", None, "day"), False),
    (("March 2027", "2027-03-01", "2027-03-31", "month"), ("March 2028", "2028-03-01", "2028-03-31", "month"), False),
])
def test_a_day_with_its_year_slipped(a, b, slipped):
    from claimkit.reconcile.align import _year_slipped

    x, y = build_frames([date("a", *a[:3], gran=a[3]), date("b", *b[:3], gran=b[3])], {}, {}, include_regions=False)
    assert _year_slipped(x, y) is slipped


@pytest.mark.parametrize(("kind", "a", "b", "apart"), [
    # two measures an outlet tells apart by their words (_move_misprinted's one-teller case) ...
    ("money", "net profit", "revenue", True),
    ("percent", "stake", "premium", True),
    ("count", "person kill", "person injure", True),  # what happened to one kind of people
    # ... not one measure worded two ways: a word of change is any change, a shared word one measure
    ("percent", "pension change", "rise", False),
    ("money", "net profit", "profit", False),
    # a count's noun says what is counted, not which count: people, residents, members are one crowd
    ("count", "person", "inhabitant", False),
    ("count", "person kill", "die", False),
    ("count", "vehicle", "suv", False),
])
def test_measures_apart_by_their_head_words(kind, a, b, apart):
    from claimkit.reconcile.align import _measures_apart
    from claimkit.reconcile.frames import stem

    heads = [" ".join(stem(w) for w in h.split()) for h in (a, b)]
    assert _measures_apart(kind, *heads) is apart
    assert _measures_apart(kind, *reversed(heads)) is apart
