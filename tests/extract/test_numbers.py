"""Numbers as printed -> value and implied precision (worked out by hand: half a unit of the last written digit)."""

from __future__ import annotations

import pytest

from claimkit.extract.numbers import parse_digits, parse_number, split_pieces


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("500,000", 500_000, 0.1),                       # 5 significant: ±50,000 capped at 10%
    ("550,000", 550_000, 5_000 / 550_000),           # ±5,000
    ("5 million", 5e6, 0.1),
    ("5.2 million", 5.2e6, 0.05 / 5.2),
    ("a million", 1e6, 0.1),
    ("five million", 5e6, 0.1),
    ("twenty thousand", 20_000, 0.1),
    ("12", 12, 0.0),                                  # small integers are counts, exact
    ("twenty-five", 25, 0.0),
    ("one hundred", 100, 0.0),
    ("1.128.596.156,33", 1_128_596_156.33, 0.005 / 1_128_596_156.33),
    ("68,7 million", 68.7e6, 0.05 / 68.7),
    ("1,337.76 crore", 1.33776e10, 0.005 / 1337.76),
    ("5 lakh", 5e5, 0.1),
    ("1.2bn", 1.2e9, 0.05 / 1.2),
    ("5m", 5e6, 0.1),
    ("500k", 5e5, 0.1),
    ("5 mln", 5e6, 0.1),
    ("1.125", 1.125, 0.0005 / 1.125),                 # one dot group is an English decimal
    ("1.125 billion", 1.125e9, 0.0005 / 1.125),
    ("1,25", 1.25, 0.005 / 1.25),
    ("a dozen", 12, 0.0),
])
def test_parse_number(text, value, precision):
    n = parse_number(text)
    assert n is not None
    assert n.value == pytest.approx(value)
    assert n.precision == pytest.approx(precision, rel=1e-6)


@pytest.mark.parametrize("text", ["", "may", "COVID-19", "5 solutions", "1.2.3", "9" * 400, "9" * 300 + " billion"])
def test_not_a_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("1,234.5", 1234.5), ("1.234.567,89", 1234567.89), ("1,33,77,600", 13377600), ("1.234", 1.234),
])
def test_parse_digits(text, value):
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize(("tokens", "pieces"), [
    (["NT$1.2bn"], ["NT$", "1.2", "bn"]),
    (["5m-€10"], ["5", "m", "-", "€", "10"]),
    (["forty", "-", "five", "cents"], ["forty-five", "cents"]),
    (["12", "-", "cent"], ["12", "-", "cent"]),
    (["100元"], ["100", "元"]),
])
def test_split_pieces(tokens, pieces):
    assert split_pieces(tokens) == pieces
