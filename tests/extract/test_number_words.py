"""Numbers told in words with their hundreds and "and" ("two hundred and fifty pounds", "one
thousand five hundred euros"): one figure, whatever kind it counts, never a range or its tail."""

from __future__ import annotations

import pytest

from claimkit.extract.numbers import parse_number

# phrase -> value (words only, no scale stripped off the end when another scale stands before it)
WORDS = [
    ("one thousand five hundred", 1500),
    ("two thousand three hundred", 2300),
    ("two million five hundred thousand", 2_500_000),
    ("two hundred and fifty", 250),
    ("a hundred and five", 105),
    ("five million", 5_000_000),  # a figure and its scale, as before
    ("twelve hundred", 1200),
]


@pytest.mark.parametrize(("text", "value"), WORDS)
def test_number_words(text, value):
    n = parse_number(text)
    assert n is not None and n.value == value


# sentence, kind, claim text, low, high
CLAIMS = [
    ("That watch costs two hundred and fifty pounds.", "money", "two hundred and fifty pounds", 250, 250),
    ("It costs one thousand five hundred euros.", "money", "one thousand five hundred euros", 1500, 1500),
    ("The fare was a hundred and fifty dollars.", "money", "a hundred and fifty dollars", 150, 150),
    ("The film lasted one hundred and twenty minutes.", "duration", "one hundred and twenty minutes", 120, 120),
    ("He weighed two hundred and ten pounds.", "quantity", "two hundred and ten pounds", 210, 210),
    ("The pipe runs one thousand five hundred metres.", "quantity", "one thousand five hundred metres", 1500, 1500),
    ("One hundred and five people died.", "count", "One hundred and five people", 105, 105),
    ("A hundred and fifty protesters marched.", "count", "A hundred and fifty protesters", 150, 150),
    ("Two hundred and fifty thousand people attended.", "count", "Two hundred and fifty thousand people",
     250_000, 250_000),
    # ... with a hyphenated tens-and-units after the "and"
    ("Three hundred and forty-one people were evacuated.", "count", "Three hundred and forty-one people", 341, 341),
    ("Police said one thousand and twenty-five cars were towed.", "count", "one thousand and twenty-five cars",
     1025, 1025),
    ("The club sold five hundred and sixty-two season tickets.", "count", "five hundred and sixty-two season tickets",
     562, 562),
    # "and" between two figures is still a range or a list
    ("Tickets cost between 5 and 10 dollars.", "money", "5 and 10 dollars", 5, 10),
]


@pytest.mark.parametrize(("sentence", "kind", "text", "low", "high"), CLAIMS)
def test_one_figure_in_words(extract_text, sentence, kind, text, low, high):
    claims = extract_text(sentence, kind=kind)
    assert [(c.text.removeprefix("between "), c.value.low, c.value.high) for c in claims] == [(text, low, high)]
