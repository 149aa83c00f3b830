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


# a counted change carried on to the level it makes, the level's noun left out: a count of the same thing
LEVELS = [
    ("The trust recruited 38 midwives during the year, taking the unit's headcount to 212.",
     [("38 midwives", 38, "midwife"), ("212", 212, "midwife")]),
    ("Police arrested 12 more people on Sunday, taking the total to 57.",
     [("12 more people", 12, "person arrested"), ("57", 57, "person arrested")]),
    ("The chain closed 40 stores in March, cutting its network to 410.", [("40 stores", 40, "store"), ("410", 410, "store")]),
    # not a level of the change's thing: a share, a figure with its own noun, no object carried
    ("The bank cut 300 jobs, taking its costs to 12%.", [("300 jobs", 300, "job")]),
    ("The chain closed 40 stores, cutting its network to 410 shops.", [("40 stores", 40, "store"), ("410 shops", 410, "shop")]),
    ("The club signed 3 players, going to 25 in the squad.", [("3 players", 3, "player")]),
]


@pytest.mark.parametrize(("sentence", "expected"), LEVELS)
def test_the_level_a_counted_change_makes_counts_the_same_thing(extract_text, sentence, expected):
    got = [(c.text, c.value.amount, c.attribute) for c in extract_text(sentence, "2025-03-03", "count")]
    assert got == expected
