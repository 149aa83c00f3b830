"""Subject, attribute and modality read from the parse around a figure (needs the spaCy model)."""

from __future__ import annotations

import pytest

from claimkit.extract import context

# (sentence, figure, kind, expected subject, expected attribute)
ROWS = [
    ("EU Member of Parliament Salla criticized the bill, while Durov faces a lawsuit in France, "
     "potentially resulting in a 10-year prison sentence and a fine of over 5 million TWD.",
     "5 million TWD", "money", "Durov", "fine"),
    ("Durov was being investigated by French authorities. If convicted, he could face 10 years in prison "
     "and a fine of 500,000 euros.", "500,000 euros", "money", "Durov", "fine"),
    ("According to French prosecutors, if convicted, Durov could face up to 10 years in prison and a $550,000 fine.",
     "$550,000", "money", "Durov", "fine"),
    ("The Dutch regulator fined Uber 290 million euros, while Uber's turnover reached 34.5 billion euros.",
     "290 million euros", "money", "Uber", "fine"),
    ("The Dutch regulator fined Uber 290 million euros, while Uber's turnover reached 34.5 billion euros.",
     "34.5 billion euros", "money", "Uber", "revenue"),
    ("On April 21, Durov posted a shocking message on Telegram's channel.", "April 21", "date", "Durov", "post"),
    ("Durov posted on Telegram on 4/21 opposing the EU.", "4/21", "date", "Durov", "post"),
    ("The background: Mashinsky launched Celsius in 2017 and pitched it as a safe alternative.",
     "2017", "date", "Celsius", "launch"),
    ("Although the French National Assembly rejected a proposal in March, the war is far from over.",
     "March", "date", "French National Assembly", "reject"),
    ("Google lost again. Google makes Android phones. The first came on October 20, when the regulator fined "
     "the company 1,337.76 crore for abusing its dominance.", "1,337.76 crore", "money", "Google", "fine"),
    ("Durov referenced the ProtectEU proposal put forward by the European Commission in early April.",
     "early April", "date", "European Commission", "propose"),
]


@pytest.mark.parametrize("text, figure, kind, subject, attribute", ROWS, ids=[r[1] for r in ROWS])
def test_subject_and_attribute(nlp, text, figure, kind, subject, attribute):
    doc = nlp(text)
    start = text.index(figure)
    end = start + len(figure)
    assert context.subject(doc, start, end, kind) == subject
    if kind == "date":  # the driver passes no kind: dates are recognised by their entity type
        assert context.subject(doc, start, end) == subject
    assert context.attribute(kind, doc, start, end) == attribute


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        ("If convicted, he could face 10 years in prison.", "10 years", "potential"),
        ("Prosecutors are seeking 20 years for Mashinsky.", "20 years", "requested"),
        ("He was sentenced to 12 years in prison.", "12 years", "imposed"),
        # the nearest cue wins when a sentence holds both
        ("He was sentenced to 12 years, while prosecutors had pressed for at least 20 years.", "20 years", "requested"),
        ("He was sentenced to 12 years, while prosecutors had pressed for at least 20 years.", "12 years", "imposed"),
        ("The company reported 12 new offices.", "12", None),
    ],
)
def test_modality_nearest_cue(nlp, text, figure, expected):
    doc = nlp(text)
    start = text.index(figure)
    sent = context.sentence_of(doc, start, start + len(figure))
    assert context.modality(sent, start, start + len(figure)) == expected


@pytest.mark.parametrize(
    "text, pronoun_at, expected",
    [
        ("Telegram founder Pavel Durov left France in August. Later he said the case was political.", "he said",
         "Pavel Durov"),
        ("Telegram grew fast. Durov said it would never leak data.", "it would", "Telegram"),
    ],
)
def test_pronouns_resolve_backwards(nlp, text, pronoun_at, expected):
    doc = nlp(text)
    i = text.index(pronoun_at)
    tok = next(t for t in doc if t.idx == i)
    assert context.resolve_pronoun(tok) == expected


@pytest.mark.parametrize(
    "raw, clean",
    [("Durov Facing", "Durov"), ("the EU", "EU"), ("Durov's", "Durov"), ("Chelsea Manning", "Chelsea Manning")],
)
def test_clean_names(raw, clean):
    assert context._clean(raw) == clean
