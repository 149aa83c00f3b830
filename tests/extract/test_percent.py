"""Percent extraction: phrase -> claim text, low, high, qualifier (values worked out by hand)."""

from __future__ import annotations

import pytest

from conftest import core


CASES = [
    ("Turnout was 30%.", "30%", 30, 30, "exact"),
    ("Rates rose by a 5pc margin.", "5pc", 5, 5, "exact"),  # British papers glue 'pc' to the figure
    ("The bank cut rates by half a percentage point.", "half a percentage point", 0.5, 0.5, "exact"),
    ("Turnout was 30 %.", "30 %", 30, 30, "exact"),
    ("Turnout was 30 per cent.", "30 per cent", 30, 30, "exact"),
    ("Turnout was 30 percent.", "30 percent", 30, 30, "exact"),
    ("Turnout was thirty percent.", "thirty percent", 30, 30, "exact"),
    ("He bought a 12.5% stake.", "12.5%", 12.5, 12.5, "exact"),
    ("Prices rose between 5% and 10%.", "5% and 10%", 5, 10, "range"),
    ("Prices rose 5-10% last year.", "5-10%", 5, 10, "range"),
    ("Prices rose 5% to 10% last year.", "5% to 10%", 5, 10, "range"),
    ("Prices rose 5 to 10 per cent.", "5 to 10 per cent", 5, 10, "range"),
    ("Support fell 2 percentage points.", "2 percentage points", 2, 2, "exact"),
    ("The bank cut rates by 50 basis points.", "50 basis points", 0.5, 0.5, "exact"),
    ("Rates rose by 25 bps.", "25 bps", 0.25, 0.25, "exact"),  # market copy's abbreviations
    ("The bank announced a 50bp hike.", "50bp", 0.5, 0.5, "exact"),
    ("It cut by 25bps.", "25bps", 0.25, 0.25, "exact"),
    ("Growth was -0.5% in March.", "-0.5%", -0.5, -0.5, "exact"),
    ("just need minus five percent", "minus five percent", -5, -5, "exact"),
    ("It rose by up to 30 per cent.", "30 per cent", 30, 30, "at_most"),
    ("It rose about 40 percent.", "40 percent", 40, 40, "approx"),
    ("It rose more than 240 percent.", "240 percent", 240, 240, "at_least"),
    ("one hundred percents", "one hundred percents", 100, 100, "exact"),
    ("per cent of twenty-two", "per cent of twenty-two", 22, 22, "exact"),
    ("percent of 10", "percent of 10", 10, 10, "exact"),
    ("a turnout of 30% or more", "30%", 30, 30, "at_least"),
    # spoken decimals (quoted speech): the ruler sees only "five percent"
    ("The rate is fifteen point five percent.", "fifteen point five percent", 15.5, 15.5, "exact"),
    ("Unemployment is at 4 point 5 percent.", "4 point 5 percent", 4.5, 4.5, "exact"),
    ("Growth slowed to two point three five percent.", "two point three five percent", 2.35, 2.35, "exact"),
    # a whole and a half or a quarter: one figure, not two
    ("Prices fell by six and a half per cent.", "six and a half per cent", 6.5, 6.5, "exact"),
    ("Rents rose two and a half percent.", "two and a half percent", 2.5, 2.5, "exact"),
    ("The fee went up by 7 and a half per cent.", "7 and a half per cent", 7.5, 7.5, "exact"),
    ("The loan costs four and a quarter per cent.", "four and a quarter per cent", 4.25, 4.25, "exact"),
    ("Output grew by more than three and a half percent.", "three and a half percent", 3.5, 3.5, "at_least"),
    # broadcast transcripts join the spoken decimal with hyphens
    ("Turnout was 48-point-six percent.", "48-point-six percent", 48.6, 48.6, "exact"),
    ("Approval stood at 41-point-2 percent.", "41-point-2 percent", 41.2, 41.2, "exact"),
    ("He got one point. Five percent agreed.", "Five percent", 5, 5, "exact"),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "qualifier"), CASES)
def test_percent(extract_text, sentence, text, low, high, qualifier):
    claims = extract_text(sentence, kind="percent")
    assert [core(c.text) for c in claims] == [text]
    v = claims[0].value
    assert (v.amount, v.low, v.high) == (pytest.approx(low), pytest.approx(low), pytest.approx(high))
    assert claims[0].qualifier == qualifier


@pytest.mark.parametrize("sentence", [
    "You can go to https://www.test.com/search?q=30%25%2020%",
    "Ten people came.",
    "The percentage of voters is unknown.",
    "sales rose 6 . 2 % to $ 1.45 billion",  # tokenized newswire: "6 . 2" is 6.2, never "2 %"
])
def test_no_percent(extract_text, sentence):
    assert extract_text(sentence, kind="percent") == []


@pytest.mark.parametrize(("sentence", "values"), [
    ("Unemployment rose from 5% to 7%.", [5, 7]),  # a change: two figures
    ("Unemployment rose from 5 percent to 7 percent last year.", [5, 7]),
    ("Growth is forecast from 2% to 3% next year.", [(2, 3)]),  # no change word: a range
])
def test_change_is_two_figures(extract_text, sentence, values):
    claims = extract_text(sentence, kind="percent")
    got = [c.value.amount if c.value.low == c.value.high else (c.value.low, c.value.high) for c in claims]
    assert got == values


def test_percent_of_after_a_figure(extract_text):
    claims = extract_text("About 30 percent of 200 people voted.", kind="percent")
    assert [(core(c.text), c.value.amount) for c in claims] == [("30 percent", 30)]


def test_points_are_noted(extract_text):
    (claim,) = extract_text("Support fell 2 percentage points.", kind="percent")
    assert any("percentage points" in n for n in claim.notes)


# the reader alone: patterns/percent.jsonl has no fraction or glued "pc" pattern yet (see benchmarks/peer-notes.md)
@pytest.mark.parametrize(("pieces", "value"), [
    (["half", "a", "percentage", "point"], 0.5),
    (["a", "quarter", "of", "a", "percentage", "point"], 0.25),
    (["three", "quarters", "of", "a", "percentage", "point"], 0.75),
    (["38pc"], 38),
    (["quarters", "percent"], None),
])
def test_read_percent_fractions(pieces, value):
    from claimkit.extract.percent import read_percent

    r = read_percent(pieces)
    assert (r.low if r else None) == (pytest.approx(value) if value is not None else None)
