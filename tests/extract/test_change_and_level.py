"""A change and the level it led to, written as one 'X to Y', are two figures, not a range."""

from __future__ import annotations

import pytest

# (sentence, kind, [(text, low, high)]) for that kind's claims, in order
ROWS = [
    # after "by", a level well above the change: the change and the level
    ("The council raised the property tax rate by 2.5 cents to 71.5 cents.", "money",
     [("2.5 cents", 0.025, 0.025), ("71.5 cents", 0.715, 0.715)]),
    ("Quarterly profit rose by $40 million to $512 million.", "money",
     [("$40 million", 4e7, 4e7), ("$512 million", 5.12e8, 5.12e8)]),
    ("The toll rose by 12 to 57 people overnight.", "count", [("57 people", 57, 57)]),
    ("Turnout rose by 3% to 61%.", "percent", [("3%", 3, 3), ("61%", 61, 61)]),
    # after "from" and a verb of change: the old level and the new
    ("Net income climbed from $401 million to $512 million.", "money",
     [("$401 million", 4.01e8, 4.01e8), ("$512 million", 5.12e8, 5.12e8)]),
    ("The death toll rose from 40 to 57 people.", "count", [("57 people", 57, 57)]),
    ("Unemployment fell from 5.2% to 4.9%.", "percent", [("5.2%", 5.2, 5.2), ("4.9%", 4.9, 4.9)]),
    # ranges stay ranges: no verb of change before "from", ends close after "by", "between"
    ("Tickets for the final sell from $25 to $180.", "money", [("$25 to $180", 25, 180)]),
    ("The firm will cut jobs by 10 to 15 percent.", "percent", [("10 to 15 percent", 10, 15)]),
    ("Fines could rise by $2 to $3 million.", "money", [("$2 to $3 million", 2e6, 3e6)]),
    ("Police said between 40 and 57 people were rescued.", "count", [("40 and 57 people", 40, 57)]),
    ("Officials said 40 to 57 people were rescued.", "count", [("40 to 57 people", 40, 57)]),
    ("Growth is forecast from 2% to 3% next year.", "percent", [("2% to 3%", 2, 3)]),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), ROWS)
def test_a_change_and_its_level_are_two_figures(extract_text, sentence, kind, expected):
    got = [(c.text, c.value.low, c.value.high) for c in extract_text(sentence, "2025-03-03", kind)]
    assert got == [(text, pytest.approx(low), pytest.approx(high)) for text, low, high in expected]
