"""Measure words that name one thing (WordNet senses one step apart), and those that do not."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from claimkit.reconcile.align import FEATURES, block_keys, candidate_pairs, feature_columns, learn, pair_evidence
from claimkit.reconcile.frames import build_frames
from claimkit.reconcile.senses import related
from test_reconcile import date, money

RELATED = [
    # one synset: outlets' synonyms for one event or measure
    ("die", "pass away"), ("resign", "step down"), ("buy", "purchase"), ("profit", "earnings"),
    ("salary", "wage"), ("injure", "wound"), ("protester", "demonstrator"), ("arrest", "apprehend"),
    # a direct, narrow hypernym: "fined" is a penalty, buying is acquiring, a house a home
    ("fine", "penalty"), ("buy", "acquire"), ("house", "home"), ("codefendant", "defendant"),
    # inflected forms, by WordNet's exception lists and detachment rules, also in phrases
    ("died", "passed away"), ("bought", "acquired"), ("houses", "homes"), ("resigned", "stepped down"),
    # phrases of as many words, word by word
    ("person arrested", "person apprehended"),
]

UNRELATED = [
    # siblings under one hypernym: different measures of one company
    ("revenue", "profit"), ("import", "export"), ("deficit", "surplus"), ("salary", "bonus"),
    # opposites and counterparts
    ("rise", "fall"), ("buy", "sell"), ("hire", "fire"), ("win", "lose"), ("open", "close"),
    # different events of one case
    ("arrest", "charge"), ("convict", "sentence"), ("kill", "injure"),
    # a hypernym so general it joins everything: "person", "worker"
    ("inhabitant", "person"), ("employee", "worker"),
    # derivation: the act and its agent are different counts
    ("vote", "voter"),
    # speech: the verb of reporting is never the measure
    ("announce", "state"), ("tell", "state"), ("report", "announce"),
    # all-purpose verbs
    ("go", "come"), ("make", "do"), ("take", "get"),
    # nothing named
    (None, "fine"), ("", ""),
]


@pytest.mark.parametrize("a, b", RELATED)
def test_related_measure_words(a, b):
    assert related(a, b) and related(b, a)


@pytest.mark.parametrize("a, b", UNRELATED)
def test_unrelated_measure_words(a, b):
    assert not related(a, b) and not related(b, a)


def test_the_same_word_is_related_even_unknown_to_wordnet():
    assert related("ransom payment", "Ransom  payment")
    assert related("zorbulation", "zorbulation") and not related("zorbulation", "fine")


def test_the_table_names_its_source_and_is_sorted():
    """The bisection needs lemma order; the licence needs the notice on every copy."""
    data = gzip.decompress(resources.files("claimkit.data").joinpath("wordnet-senses.tsv.gz").read_bytes())
    header, *lines = data.decode("utf-8").splitlines()
    assert header.startswith("# WordNet 3.0 (c) 2006 Princeton University")
    keys = [line.split("\t")[0] + "\t" for line in lines]
    assert keys == sorted(keys) and len(keys) > 100_000
    assert resources.files("claimkit.data").joinpath("WORDNET-LICENSE").read_text("utf-8").count("Princeton") >= 2


def _synonym_column(claims: list) -> list[float]:
    frames = build_frames(claims, {}, {}, include_regions=False)
    pairs = sorted(candidate_pairs(frames))
    ev = pair_evidence(frames, pairs)
    columns = feature_columns(frames, ev, learn(frames, pairs, ev))
    return [columns[FEATURES.index(name)][0] for name in ("head_same", "head_synonym", "head_diff")]


def test_related_heads_are_synonyms_not_different_heads():
    """Two outlets dating one death: "died" and "passed away" name one event."""
    died = date("a", "12 March 2021", "2021-03-12", subject="Ana Ruiz", attribute="die")
    passed = date("b", "March 12, 2021", "2021-03-12", subject="Ana Ruiz", attribute="pass away")
    assert _synonym_column([died, passed]) == [0.0, 1.0, 0.0]


def test_sibling_heads_stay_different():
    revenue = money("a", "$4m", 4e6, "USD", subject="Acme", attribute="revenue", modality=None)
    profit = money("b", "$4m", 4e6, "USD", subject="Acme", attribute="profit", modality=None)
    assert _synonym_column([revenue, profit]) == [0.0, 0.0, 1.0]


def test_related_heads_share_a_blocking_key():
    """In a story too big to weigh every pair, related heads must still meet in a block."""
    def keys(attribute: str) -> set:
        f = build_frames([money("a", "$4m", 4e6, "USD", subject="Acme", attribute=attribute)], {}, {}, False)[0]
        return {k for k in block_keys(f) if k[0] == "w"}

    assert keys("fine") & keys("penalty")
    assert keys("died") & keys("passed away")
    assert not keys("fine") & keys("revenue")
