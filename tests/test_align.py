"""Alignment evidence on invented stories: which figures are each other's best match."""

from __future__ import annotations

from claimkit.reconcile.align import candidate_pairs, learn
from claimkit.reconcile.frames import build_frames
from test_reconcile import count


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
