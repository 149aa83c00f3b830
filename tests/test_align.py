"""Alignment evidence on invented stories: which figures are each other's best match."""

from __future__ import annotations

import pytest

from claimkit.reconcile.align import FEATURES, candidate_pairs, feature_columns, learn, pair_evidence
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
        _said(count("a", "75 bitcoins", 75, "bitcoins", "bitcoin"), "The company paid 75 bitcoins in ransom."),
        _said(count("b", "64 bitcoins", 64, "bitcoins", "bitcoin"), "The company paid 64 bitcoins in ransom."),
    ])


def test_a_figure_the_other_outlet_states_as_another_fact_is_told_elsewhere():
    told = _bitcoin_story(count("a", "64 bitcoins", 64, "bitcoins", "bitcoin"))
    assert told[("a:75 bitcoins", "b:64 bitcoins")] == 1.0


def _between(text: str, low: float, high: float):  # noqa: ANN202
    claim = count("a", text, low, "bitcoins", "bitcoin", q="range")
    return claim.model_copy(update={"value": claim.value.model_copy(update={"high": high})})


@pytest.mark.parametrize("recovered", [
    count("a", "more than 60 bitcoins", 60, "bitcoins", "bitcoin", q="at_least"),
    _between("between 60 and 70 bitcoins", 60, 70),
], ids=["bound", "range"])
def test_a_bound_or_range_that_admits_the_figure_does_not_state_it(recovered):  # noqa: ANN001
    """"more than 60 bitcoins" or "between 60 and 70" allows 64, but the outlet never said 64."""
    assert _bitcoin_story(recovered)[("a:75 bitcoins", "b:64 bitcoins")] == 0.0


def test_a_date_without_its_year_does_not_state_a_year():
    told = _told_elsewhere([
        _said(date("a", "May 8", "2000-05-08", year_known=False), "On May 8 a judge sentenced him."),
        _said(date("a", "2018", "2018-01-01", "2018-12-31", gran="year"), "He founded the firm in 2018."),
        _said(date("b", "2017", "2017-01-01", "2017-12-31", gran="year"), "He founded the firm in 2017."),
    ])
    assert told[("a:2018", "b:2017")] == 0.0


@pytest.mark.parametrize("same_sentence, expected", [(True, 0.0), (False, 1.0)])
def test_a_conversion_beside_the_figure_is_that_figure_told_again(same_sentence, expected):
    """"14.3 trillion yuan ($2 trillion)": the dollars, which would also round 15.3 trillion yuan,
    are the 14.3 told again, not another figure the outlet gives."""
    yuan = "The province's debt stood at 14.3 trillion yuan ($2 trillion) last year."
    dollars = yuan if same_sentence else "Its lenders are owed $2 trillion."
    claims = with_base([
        _said(money("a", "14.3 trillion yuan", 14.3e12, "CNY", subject=None, attribute="debt"), yuan),
        _said(money("a", "$2 trillion", 2e12, "USD", prec=0.25, subject=None, attribute="debt"), dollars),
        _said(money("b", "15.3 trillion yuan", 15.3e12, "CNY", subject=None, attribute="debt"),
              "The province's debt was put at 15.3 trillion yuan."),
    ], {"a": doc("a"), "b": doc("b")}, S)
    assert _told_elsewhere(claims)[("a:14.3 trillion yuan", "b:15.3 trillion yuan")] == expected


def test_cohesion_is_the_mean_pair_probability_with_unscored_pairs_at_missing():
    import math

    import numpy as np

    from claimkit.reconcile.align import MISSING, Alignment, default_weights

    pairs = np.array([(0, 1), (0, 2), (3, 4)])
    alignment = Alignment(clusters=[], scores={}, disputes={}, restatements=set(), weights=default_weights(),
                          pairs=pairs, same=np.array([0.0, math.log(3.0), 5.0]))
    missing = 1 / (1 + math.exp(-MISSING))
    # {0, 1, 2}: pairs 0-1 (p 0.5), 0-2 (p 0.75), 1-2 never scored; {3}: one claim; {4, 5}: 4-5 never scored
    assert alignment.cohesion([[0, 1, 2], [3], [4, 5]]) == [round((0.5 + 0.75 + missing) / 3, 3), 1.0,
                                                               round(missing, 3)]
