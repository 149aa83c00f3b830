"""Reconciliation rules as tables: pairs of hand-made claims -> agree / conflict (severity).

No spaCy: claims are built directly, as the extractors would give them.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from claimkit.models import (
    CountClaim, CountValue, DateClaim, DateValue, Document, DurationClaim, ExtractResult, LawClaim, LawValue,
    MoneyClaim, MoneyValue, PercentClaim, PercentValue, QuantityClaim, QuantityValue, SentenceClaim, SpanValue,
)
from claimkit.reconcile import build_report, reconcile_claims
from claimkit.reconcile.compare import compare_claims
from claimkit.reconcile.frames import build_frames
from claimkit.reconcile.verdict import (
    Group, _measure_shared, _naming_alike, _partner, _plain_misprint, _roles, _span_against_day,
)
from claimkit.reconcile.rates import with_base
from claimkit.settings import Settings
from claimkit.reconcile.subjects import name_similarity, subject_aliases

PUB = dt.date(2025, 4, 25)
_ids = itertools.count()
S = Settings()


def doc(name: str, published: dt.date | None = PUB) -> Document:
    return Document(id=name, path=name, sha256="0" * 64, published=published)


def _base(d: str, text: str, subject, attribute, modality, qualifier, region=None) -> dict:
    n = next(_ids)
    return dict(id=f"{d}#{n}-{n + 1}", doc=d, text=text, start=n, end=n + 1, line=n + 1, column=1, sentence=text,
                subject=subject, attribute=attribute, modality=modality, qualifier=qualifier, extractor="test",
                region=region)


def money(d, text, amount, cur, q="exact", prec=0.0, subject="Pavel Durov", attribute="fine",
          modality="potential", region=None, high=None):
    return MoneyClaim(**_base(d, text, subject, attribute, modality, q, region),
                      value=MoneyValue(amount=amount, currency=cur, low=amount, high=high or amount, precision=prec))


def date(d, text, start, end=None, gran="day", q="exact", year_known=True, anchored=True,
         subject="Pavel Durov", attribute="post", modality=None):
    return DateClaim(**_base(d, text, subject, attribute, modality, q),
                     value=DateValue(start=start, end=end or start, granularity=gran, year_known=year_known,
                                     anchored=anchored, relative=None if anchored else "-1 month"))


_DAYS = {"year": 365.25, "month": 365.25 / 12, "week": 7.0, "day": 1.0, "hour": 1 / 24}


def sentence(d, text, years, q="exact", modality="potential", attribute="prison term", subject="Pavel Durov",
             unit="year"):
    """A term of `years` units (years unless `unit` says otherwise)."""
    days = years * _DAYS[unit]
    return SentenceClaim(**_base(d, text, subject, attribute, modality, q),
                         value=SpanValue(amount=years, unit=unit, days=days, low=days, high=days))


def term(d, text, amount, unit):
    """A prison term as extraction gives it: its figure and bounds in its own unit, its days beside."""
    return SentenceClaim(**_base(d, text, "Pavel Durov", "prison term", "imposed", "exact"),
                         value=SpanValue(amount=amount, unit=unit, days=amount * _DAYS[unit], low=amount, high=amount))


def lasted(d, text, amount, unit):
    """A length of time (a closure, a strike) as extraction gives it, in its own unit."""
    return DurationClaim(**_base(d, text, "Route 9 bridge", "closure", None, "exact"),
                         value=SpanValue(amount=amount, unit=unit, days=amount * _DAYS[unit], low=amount, high=amount))


def count(d, text, n, noun, lemma, q="exact", subject="Julian Assange"):
    return CountClaim(**_base(d, text, subject, None, None, q),
                      value=CountValue(amount=n, noun=noun, lemma=lemma, low=n, high=n))


def pair(a, b, docs=None):
    docs = docs or [doc("a"), doc("b")]
    return reconcile_claims([a, b], docs, S)


# (claim a, claim b, expected: None = no conflict, else severity)
PAIRS = [
    # cross-currency within the ECB band (about 1.02-1.15 USD/EUR in the year before 2025-04-25)
    ("€500k vs $550k", money("a", "500,000 euros", 5e5, "EUR", prec=0.1), money("b", "$550,000", 5.5e5, "USD", prec=0.009), None),
    ("€290m vs $324m", money("a", "€290m", 2.9e8, "EUR", prec=0.0017), money("b", "$324m", 3.24e8, "USD", prec=0.0015), None),
    ("5 million TWD vs $550k", money("a", "5 million TWD", 5e6, "TWD", prec=0.1), money("b", "$550,000", 5.5e5, "USD", prec=0.009), "high"),
    ("over 5m TWD vs €500k: compatible bound, x3 off", money("a", "over 5 million TWD", 5e6, "TWD", "at_least", 0.1),
     money("b", "500,000 euros", 5e5, "EUR", prec=0.1), "high"),
    ("over €450k vs €500k", money("a", "over €450,000", 4.5e5, "EUR", "at_least", 0.01), money("b", "€500,000", 5e5, "EUR", prec=0.1), None),
    # a round floor is a threshold, not a rounded figure; a floor of two digits or more may be one
    ("more than €800m vs €740m", money("a", "more than €800 million", 8e8, "EUR", "at_least", 0.0625),
     money("b", "€740m", 7.4e8, "EUR", prec=0.00068), "medium"),
    ("more than €4.7m vs €4.66m", money("a", "more than €4.7 million", 4.7e6, "EUR", "at_least", 0.011),
     money("b", "€4.66m", 4.66e6, "EUR", prec=0.0011), None),
    ("more than 5 million vs 4.8 million people",
     count("a", "more than 5 million people", 5e6, "people", "person", q="at_least").model_copy(
         update={"value": CountValue(amount=5e6, noun="people", lemma="person", low=5e6, high=5e6, precision=0.1)}),
     count("b", "4.8 million people", 4.8e6, "people", "person"), "low"),
    # a figure below a stated cap, however far, is what a cap allows (maximum penalty, actual one)
    ("up to $1m vs $550k: under the cap", money("a", "up to $1 million", 1e6, "USD", "at_most", 0.1),
     money("b", "$550,000", 5.5e5, "USD", prec=0.009), None),
    ("up to 4% of turnover vs 1%", money("a", "up to €4 million", 4e6, "EUR", "at_most", 0.1),
     money("b", "€1 million", 1e6, "EUR", prec=0.1), None),
    ("over €1.28bn vs €1.13bn: 12% outside the bound", money("a", "over 1.28 billion euros", 1.28e9, "EUR", "at_least", 0.004),
     money("b", "EUR 1.13 billion", 1.13e9, "EUR", prec=0.0044), "medium"),
    ("up to $600k vs $550k", money("a", "up to $600,000", 6e5, "USD", "at_most", 0.01), money("b", "$550,000", 5.5e5, "USD"), None),
    ("at_most vs exact, same figure", money("a", "up to $550,000", 5.5e5, "USD", "at_most"), money("b", "$550,000", 5.5e5, "USD"), None),
    # nothing but the figures tells these apart, and value distance never splits one fact: an outlet
    # that prints a figure six thousand times off is the error an editor most needs to see
    ("$35,000 vs $220 million, one slot", money("a", "$35,000", 3.5e4, "USD"), money("b", "$220 million", 2.2e8, "USD"), "high"),
    ("$1.13bn vs $200m, one slot", money("a", "$1.13 billion", 1.13e9, "USD", prec=0.0044),
     money("b", "$200 million", 2e8, "USD", prec=0.0025), "high"),
    ("$220 billion vs $220 million", money("a", "$220 billion", 2.2e11, "USD", prec=0.002), money("b", "$220 million", 2.2e8, "USD", prec=0.002), "high"),
    # the same digits at another power of ten is a slipped decimal point, not another amount
    ("$5.5 million vs $550,000", money("a", "$5.5 million", 5.5e6, "USD", prec=0.009), money("b", "$550,000", 5.5e5, "USD", prec=0.009), "high"),
    ("€12.5m vs €125m", money("a", "€12.5m", 1.25e7, "EUR", prec=0.004), money("b", "€125m", 1.25e8, "EUR", prec=0.004), "high"),
    ("$5.5 million vs $1.2 million, one slot", money("a", "$5.5 million", 5.5e6, "USD", prec=0.009),
     money("b", "$1.2 million", 1.2e6, "USD", prec=0.04), "high"),
    ("€1.28bn vs €1.13bn: 12% apart", money("a", "€1.28 billion", 1.28e9, "EUR", prec=0.004), money("b", "EUR 1.13 billion", 1.13e9, "EUR", prec=0.0044), "medium"),
    ("$12,000 vs $11,535: rounding", money("a", "$12,000", 1.2e4, "USD", prec=0.0417), money("b", "$11,535", 11535, "USD"), None),
    ("1,337 vs 1,337.76 crore: dropped decimals", money("a", "Rs 1,337 crore", 1.337e10, "INR"), money("b", "Rs 1,337.76 crore", 1.33776e10, "INR"), None),
    ("$100 vs $103: 3%, low", money("a", "$100", 100, "USD"), money("b", "$103", 103, "USD"), "low"),
    ("about $100 vs $108", money("a", "about $100", 100, "USD", "approx"), money("b", "$108", 108, "USD"), None),
    # "about" adds a few units of the figure's last written digit, not 10% of a figure written to three
    ("about 8.6bn vs 7.9bn: 8% apart", money("a", "about $8.6 billion", 8.6e9, "USD", "approx", 0.0058),
     money("b", "$7.9 billion", 7.9e9, "USD", prec=0.0063), "medium"),
    ("about €4.7m vs €4.65m", money("a", "about €4.7 million", 4.7e6, "EUR", "approx", 0.0106),
     money("b", "€4.65 million", 4.65e6, "EUR", prec=0.0011), None),
    ("about 85 vs nearly 72: whole figures round to their units", count("a", "about 85 ships", 85, "ships", "ship", "approx"),
     count("b", "nearly 72 ships", 72, "ships", "ship", "approx"), "medium"),
    ("about 120 vs 126: rounded to tens", count("a", "about 120 people", 120, "people", "people", "approx"),
     count("b", "126 people", 126, "people", "people"), None),
    ("roughly $3m vs $3.25m: one digit, 10%", money("a", "roughly $3 million", 3e6, "USD", "approx", 0.1),
     money("b", "$3.25 million", 3.25e6, "USD", prec=0.0015), None),
    ("range $100-120 vs $110", money("a", "$100-$120", 100, "USD", "range", high=120), money("b", "$110", 110, "USD"), None),
    # modality and attribute keep facts apart
    ("potential vs imposed", money("a", "up to $1m", 1e6, "USD", "at_most", modality="potential"),
     money("b", "$5,000", 5e3, "USD", modality="imposed"), None),
    ("fine vs bail", money("a", "$1 million fine", 1e6, "USD", attribute="fine"), money("b", "$5,000 bail", 5e3, "USD", attribute="bail"), None),
    ("no attribute: not compared", money("a", "$4.7 billion", 4.7e9, "USD", attribute=None), money("b", "$1.2 billion", 1.2e9, "USD", attribute=None), None),
    ("alias: Durov = Pavel Durov", money("a", "$1 million", 1e6, "USD", subject="Durov"), money("b", "$550,000", 5.5e5, "USD"), "high"),
    ("unknown currency: not comparable", money("a", "5 million XYZ", 5e6, "XYZ"), money("b", "$550,000", 5.5e5, "USD"), None),
    ("region claim never conflicts", money("a", "$400,000", 4e5, "USD", region="promo"), money("b", "$550,000", 5.5e5, "USD"), None),
    # sentences
    ("10-year vs up to 10 years", sentence("a", "10-year prison sentence", 10), sentence("b", "up to 10 years", 10, "at_most"), None),
    ("170 vs 175 years", sentence("a", "170 years", 170), sentence("b", "175 years", 175), "high"),
    ("up to 10 vs up to 20 years: bounds x2 apart", sentence("a", "up to 10 years", 10, "at_most"),
     sentence("b", "up to 20 years", 20, "at_most"), "high"),
    ("requested vs imposed", sentence("a", "20 years", 20, modality="requested"), sentence("b", "12 years", 12, modality="imposed"), None),
    ("more than five years vs 62 months", sentence("a", "more than five years", 5, "at_least"), sentence("b", "62 months", 62 / 12), None),
    # a ceiling more than x10 from a figure caps another fact (statutory maximum beside time served)
    ("a maximum of 170 years vs 62 months imposed", sentence("a", "a maximum of 170 years", 170, "at_most"),
     sentence("b", "62 months", 62 / 12, modality="imposed"), None),
    ("a maximum of 170 years vs 175 years", sentence("a", "a maximum of 170 years", 170, "at_most"),
     sentence("b", "175 years", 175), "high"),
    ("up to 10 years vs 16 years: within x10, still compared", sentence("a", "up to 10 years", 10, "at_most"),
     sentence("b", "16 years", 16), "high"),
    ("faces up to 20 years vs sentenced to 5", sentence("a", "up to 20 years", 20, "at_most"), sentence("b", "5 years", 5), None),
    # two floors are both true when the larger holds: early tolls, "more than" terms
    ("more than 5 years vs more than 7 years", sentence("a", "more than five years", 5, "at_least"),
     sentence("b", "more than seven years", 7, "at_least"), None),
    # ... but not the same numeral in another unit: one of them slipped ("closed for at least nine
    # weeks" against "at least nine months"; "banned for at least three years", "three months")
    ("at least nine weeks vs at least nine months", sentence("a", "at least nine weeks", 9, "at_least", unit="week"),
     sentence("b", "at least nine months", 9, "at_least", unit="month"), "high"),
    ("at least three years vs at least three months", sentence("a", "at least three years", 3, "at_least"),
     sentence("b", "at least three months", 3, "at_least", unit="month"), "high"),
    ("at least nine weeks vs at least ten weeks: two floors", sentence("a", "at least nine weeks", 9, "at_least", unit="week"),
     sentence("b", "at least ten weeks", 10, "at_least", unit="week"), None),
    ("at least two weeks vs at least 14 days: one floor", sentence("a", "at least two weeks", 2, "at_least", unit="week"),
     sentence("b", "at least 14 days", 14, "at_least", unit="day"), None),
    # months against days or weeks give a calendar's two and a half days; months against months none
    ("three months vs 90 days", term("a", "three months", 3, "month"), term("b", "90 days", 90, "day"), None),
    ("six months vs 26 weeks", term("a", "six months", 6, "month"), term("b", "26 weeks", 26, "week"), None),
    ("three months vs 100 days", term("a", "three months", 3, "month"), term("b", "100 days", 100, "day"), "high"),
    ("two months vs 60 days", term("a", "two months", 2, "month"), term("b", "60 days", 60, "day"), None),
    ("62 months vs 1,860 days", term("a", "62 months", 62, "month"), term("b", "1,860 days", 1860, "day"), "high"),
    ("ten months vs eleven months", term("a", "ten months", 10, "month"), term("b", "eleven months", 11, "month"), "high"),
    # dates
    ("April 21 vs 4/21, yearless", date("a", "April 21", "--04-21", year_known=False), date("b", "4/21", "--04-21", year_known=False), None),
    ("yearless vs dated, same day", date("a", "April 21", "--04-21", year_known=False), date("b", "April 21, 2025", "2025-04-21"), None),
    ("yearless, different day", date("a", "April 21", "--04-21", year_known=False), date("b", "April 22", "--04-22", year_known=False), "high"),
    ("March contains March 12", date("a", "March", "2025-03-01", "2025-03-31", "month"), date("b", "March 12", "2025-03-12"), None),
    ("early April vs beginning of April", date("a", "early April", "2025-04-01", "2025-04-10", "month"),
     date("b", "the beginning of April", "2025-04-01", "2025-04-10", "month"), None),
    ("by 2026 vs in 2026", date("a", "by 2026", "2026-01-01", "2026-12-31", "year", "at_most"),
     date("b", "in 2026", "2026-01-01", "2026-12-31", "year"), None),
    # two deadlines of one thing compare the dates they state; a month apart they are one told two ways
    ("by March 2026 vs by March 2027", date("a", "by March 2026", "2026-03-01", "2026-03-31", "month", "at_most"),
     date("b", "by March 2027", "2027-03-01", "2027-03-31", "month", "at_most"), "high"),
    ("by 2030 vs by 2033", date("a", "by 2030", "2030-01-01", "2030-12-31", "year", "at_most"),
     date("b", "by 2033", "2033-01-01", "2033-12-31", "year", "at_most"), "high"),
    ("by the end of March vs by April", date("a", "by the end of March 2026", "2026-03-21", "2026-03-31", "month", "at_most"),
     date("b", "by April 2026", "2026-04-01", "2026-04-30", "month", "at_most"), None),
    ("by 2030 vs by 2031", date("a", "by 2030", "2030-01-01", "2030-12-31", "year", "at_most"),
     date("b", "by 2031", "2031-01-01", "2031-12-31", "year", "at_most"), None),
    ("March 23 vs March 22", date("a", "March 23", "2022-03-23"), date("b", "March 22", "2022-03-22"), "high"),
    ("2023 vs 19 July 2024", date("a", "in 2023", "2023-01-01", "2023-12-31", "year"), date("b", "19 July 2024", "2024-07-19"), "high"),
    ("unanchored never compared", date("a", "last month", None, None, "month", anchored=False),
     date("b", "in March", "--03-01", "--03-31", "month", year_known=False), None),
    ("different events", date("a", "April 21", "2025-04-21", attribute="post"), date("b", "March 3", "2025-03-03", attribute="reject"), None),
    # counts key on the counted noun (with synonyms)
    ("at least 2 dead vs at least 3 dead", count("a", "at least two people", 2, "people", "people", "at_least"),
     count("b", "at least three people", 3, "people", "people", "at_least"), None),
    ("at least 2 dead vs at least 12 dead: a toll that rose", count("a", "at least two people", 2, "people", "people", "at_least"),
     count("b", "at least 12 people", 12, "people", "people", "at_least"), None),
    ("more than 40 arrests vs over 100 arrests: two floors", count("a", "more than 40 arrests", 40, "arrests", "arrest", "at_least"),
     count("b", "over 100 arrests", 100, "arrests", "arrest", "at_least"), None),
    ("at least 3 dead vs 2 dead: below the floor", count("a", "at least three people", 3, "people", "people", "at_least"),
     count("b", "two people", 2, "people", "people"), "high"),
    ("17 counts vs 18 charges", count("a", "17 counts", 17, "counts", "count"), count("b", "18 charges", 18, "charges", "charge"), "medium"),  # 1/18 = 5.6%
    ("200 victims vs 200 employees", count("a", "200 victims", 200, "victims", "victim"), count("b", "300 employees", 300, "employees", "employee"), None),
]


# A length in halves or quarters of its unit against one in another unit: rounded to the fraction.
# Compared by the verdict itself, since two bare lengths are one fact only by the aligner's weighing.
ROUNDED_LENGTHS = [
    ("five and a half weeks vs 39 days", lasted("a", "five and a half weeks", 5.5, "week"),
     lasted("b", "39 days", 39, "day"), None),
    ("three and a half days vs 80 hours", lasted("a", "three and a half days", 3.5, "day"),
     lasted("b", "80 hours", 80, "hour"), None),
    ("a year and a quarter vs 16 months", lasted("a", "a year and a quarter", 1.25, "year"),
     lasted("b", "16 months", 16, "month"), None),
    ("five and a half weeks vs 43 days", lasted("a", "five and a half weeks", 5.5, "week"),
     lasted("b", "43 days", 43, "day"), "medium"),
    ("three and a half weeks vs 30 days", lasted("a", "three and a half weeks", 3.5, "week"),
     lasted("b", "30 days", 30, "day"), "medium"),
    # ... but not in the same unit, nor a whole figure, nor a prison term (exact to the month)
    ("five and a half weeks vs six weeks", lasted("a", "five and a half weeks", 5.5, "week"),
     lasted("b", "six weeks", 6, "week"), "medium"),
    ("six weeks vs 39 days", lasted("a", "six weeks", 6, "week"), lasted("b", "39 days", 39, "day"), "medium"),
    ("five and a half years vs 68 months", term("a", "five and a half years", 5.5, "year"),
     term("b", "68 months", 68, "month"), "high"),
]


@pytest.mark.parametrize("a, b, expected", [p[1:] for p in ROUNDED_LENGTHS], ids=[p[0] for p in ROUNDED_LENGTHS])
def test_length_rounded_to_its_fraction(a, b, expected):
    assert verdict_of(a, b) == expected


@pytest.mark.parametrize("a, b, expected", [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_pair(a, b, expected):
    """Expected agreement: reconciled, no conflict (by value, or because they are two facts).
    Expected conflict: the comparison's verdict (whether two bare figures are one fact is the
    aligner's to weigh: see the stories below)."""
    if expected is None:
        _, _, conflicts = pair(a, b)
        assert conflicts == []
    else:
        assert verdict_of(a, b) == expected


def _share(d, text, amount, precision=0.0):  # noqa: ANN001, ANN202
    q = "approx" if not text[0].isdigit() else "exact"
    return PercentClaim(**_base(d, text, "Tonga Power", None, None, q),
                        value=PercentValue(amount=amount, low=amount, high=amount, precision=precision))


# An approximation that names its side keeps its figure's other side closed: "just over 12%" is 12%
# or a little more. "About", "some", "nearly" and "almost" still reach either side.
LEANING = [
    ("just over 12% vs 11.8%", _share("a", "just over 12 per cent", 12), _share("b", "11.8 per cent", 11.8, 0.0042), True),
    ("just over 50% vs 49.6%", _share("a", "just over 50%", 50), _share("b", "49.6%", 49.6, 0.001), True),
    ("just under 50% vs 50.4%", _share("a", "just under 50%", 50), _share("b", "50.4%", 50.4, 0.001), True),
    ("slightly more than 30% vs 29.5%", _share("a", "slightly more than 30%", 30), _share("b", "29.5%", 29.5, 0.0017), True),
    ("a little under 2% vs 2.2%", _share("a", "a little under 2 per cent", 2), _share("b", "2.2 per cent", 2.2, 0.023), True),
    ("just under 50% vs just over 50%", _share("a", "just under 50%", 50), _share("b", "just over 50%", 50), True),
    ("just over 12% vs 12.3%", _share("a", "just over 12 per cent", 12), _share("b", "12.3 per cent", 12.3, 0.004), False),
    ("just over 12% vs 12.0%: its own rounding", _share("a", "just over 12 per cent", 12), _share("b", "12.0 per cent", 12.0, 0.0042), False),
    ("just under 50% vs 49.6%", _share("a", "just under 50%", 50), _share("b", "49.6%", 49.6, 0.001), False),
    ("about 12% vs 11.8%", _share("a", "about 12 per cent", 12), _share("b", "11.8 per cent", 11.8, 0.0042), False),
    ("nearly 12% vs 12.3%", _share("a", "nearly 12 per cent", 12), _share("b", "12.3 per cent", 12.3, 0.004), False),
    ("just over 12% vs nearly 12%", _share("a", "just over 12 per cent", 12), _share("b", "nearly 12 per cent", 12), False),
]


@pytest.mark.parametrize("a, b, conflict", [p[1:] for p in LEANING], ids=[p[0] for p in LEANING])
def test_leaning_approximation(a, b, conflict):
    verdict = compare_claims(a, b)
    assert verdict is not None and verdict.conflict is conflict


def verdict_of(a, b):  # noqa: ANN001, ANN201
    """The severity a conflict between the two would have (prison terms are always high), or None."""
    a, b = with_base([a, b], {"a": doc("a"), "b": doc("b")}, S)
    v = compare_claims(a, b)
    if v is None or not v.conflict:
        return None
    return "high" if a.kind == "sentence" else v.severity


def _told(claim, sentence):  # noqa: ANN001, ANN202
    return claim.model_copy(update={"sentence": sentence})


STORIES = [
    # one fact told by three outlets in their own words, the third's figure differing
    ("charges", [
        _told(count("a", "18 counts", 18, "counts", "count"), "The indictment against Julian Assange lists 18 counts."),
        _told(count("c", "18 charges", 18, "charges", "charge"), "Julian Assange was indicted on 18 charges in 2019."),
        _told(count("b", "17 charges", 17, "charges", "charge"), "Julian Assange was indicted on 17 charges."),
    ], "medium"),
    ("verdict day", [
        _told(date("a", "March 22", "2022-03-22", attribute="verdict", subject="Ana Ruiz"),
              "A court convicted Ana Ruiz of fraud on March 22."),
        _told(date("c", "March 22", "2022-03-22", attribute="verdict", subject="Ana Ruiz"),
              "Ana Ruiz was convicted of fraud on March 22, her lawyer said."),
        _told(date("b", "March 23", "2022-03-23", attribute="verdict", subject="Ana Ruiz"),
              "Ana Ruiz was convicted of fraud by the court on March 23."),
    ], "high"),
]


@pytest.mark.parametrize("claims, expected", [s[1:] for s in STORIES], ids=[s[0] for s in STORIES])
def test_story_conflict(claims, expected):
    """The gap sets the severity; an alignment short of certain lowers it one step."""
    _, facts, conflicts = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(conflicts) == 1 and set(conflicts[0].claims) == {c.id for c in claims}
    assert conflicts[0].sides[-1] == [claims[-1].id]  # the third outlet is the outlier
    assert conflicts[0].severity in (expected, {"high": "medium", "medium": "low"}[expected])


def test_different_subjects_are_different_facts():
    _, _, conflicts = pair(money("a", "$1 billion", 1e9, "USD", subject="X"), money("b", "$550,000", 5.5e5, "USD"))
    assert conflicts == []


def test_negative_amounts_are_kept_but_not_compared():
    """'net income was minus €3m' against '-$3.3m' or '-$5m': the comparisons work on magnitudes,
    so a negative figure only ever shares a value group with the same figure, never conflicts."""
    a, b, c = (money("a", "minus 3 million euros", -3e6, "EUR", prec=0.1), money("b", "-$5 million", -5e6, "USD", prec=0.1),
               money("c", "minus 3 million euros", -3e6, "EUR", prec=0.1))
    _, facts, conflicts = reconcile_claims([a, b, c], [doc("a"), doc("b"), doc("c")], S)
    assert conflicts == []
    groups = sorted(v.claims for f in facts for v in f.values)
    assert groups == [[a.id, c.id], [b.id]]
    claims, _, _ = reconcile_claims([a], [doc("a")], S)
    assert claims[0].notes == ["not compared: a negative amount"]



def test_value_groups_hold_agreeing_forms():
    """€500,000 and $550,000 agree at the day's rate: one value group; $5.5 million is the outlier."""
    a, b = money("a", "500,000 euros", 5e5, "EUR", prec=0.1), money("b", "$550,000", 5.5e5, "USD", prec=0.009)
    c = money("c", "$5.5 million", 5.5e6, "USD", prec=0.009)
    _, facts, conflicts = reconcile_claims([a, b, c], [doc("a"), doc("b"), doc("c")], S)
    fact = next(f for f in facts if a.id in f.claims)
    assert [sorted(v.claims) for v in fact.values] == [sorted([a.id, b.id]), [c.id]]
    assert [v.independent_sources for v in fact.values] == [2, 1]
    assert {x.fact for x in conflicts} == {fact.id} and all(x.outliers == [1] for x in conflicts)
    assert fact.evidence is not None and fact.evidence.heads == ["fine"]



def test_seed_fine():
    """The seeds' fine: TWD bound against €500,000 (same doc) and $550,000 (two docs); €/$ agree.
    One fact, two value groups, one conflict whose sides are the groups."""
    docs = [doc("000", None), doc("001", None), doc("002", None)]
    twd = money("000", "over 5 million TWD", 5e6, "TWD", "at_least", 0.1)
    eur = money("000", "500,000 euros", 5e5, "EUR", prec=0.1, subject="Durov")
    usd1 = money("001", "$550,000", 5.5e5, "USD", prec=0.009, subject="Durov")
    usd2 = money("002", "$ 550,000", 5.5e5, "USD", prec=0.009)
    claims, facts, conflicts = reconcile_claims([twd, eur, usd1, usd2], docs, S)
    assert len(conflicts) == 1 and conflicts[0].severity == "high"
    assert [sorted(side) for side in conflicts[0].sides] == [sorted([eur.id, usd1.id, usd2.id]), [twd.id]]
    assert '"over 5 million TWD"' in conflicts[0].summary and "500,000 euros" in conflicts[0].summary
    assert "no publication date" in conflicts[0].summary
    eur_claim = next(c for c in claims if c.id == eur.id)
    assert eur_claim.value.in_base.low < 550_000 < eur_claim.value.in_base.high  # type: ignore[union-attr]
    assert len(facts) == 1 and facts[0].subject == "Pavel Durov" and facts[0].status == "conflict"
    assert [sorted(v.claims) for v in facts[0].values] == [sorted([eur.id, usd1.id, usd2.id]), [twd.id]]



def test_unknown_currency_gets_note():
    claims, _, _ = pair(money("a", "5 million XYZ", 5e6, "XYZ"), money("b", "$5", 5, "USD"))
    assert any("not comparable" in n for n in claims[0].notes)


def test_include_regions_setting():
    a, b = money("a", "$400,000", 4e5, "USD", region="promo"), money("b", "$550,000", 5.5e5, "USD")
    _, _, conflicts = reconcile_claims([a, b], [doc("a"), doc("b")], S.model_copy(update={"include_regions": True}))
    assert len(conflicts) == 1


def test_contradiction_within_one_sentence():
    """'a fine of €1.28 billion (1.13 billion)': one sentence, two figures for one fine."""
    sent = "Amazon was fined €1.28 billion (1.13 billion)."
    a = money("a", "€1.28 billion", 1.28e9, "EUR").model_copy(update={"sentence": sent, "line": 7})
    b = money("a", "1.13 billion", 1.13e9, "EUR").model_copy(update={"sentence": sent, "line": 7})
    _, _, conflicts = reconcile_claims([a, b], [doc("a")], S)
    assert [x.severity for x in conflicts] == ["medium"]


def test_a_level_and_its_rise_after_or_are_two_figures():
    """'will rise from £112.40 to £117.12, or £4.72 a week': after "or", one currency, two figures
    that disagree: the new rent and the rise, not one figure told twice."""
    sent = "The average weekly rent will rise from £112.40 to £117.12, or £4.72 a week."
    a = money("a", "£117.12", 117.12, "GBP", attribute="rent").model_copy(update={"sentence": sent})
    b = money("a", "£4.72", 4.72, "GBP", attribute="rent").model_copy(update={"sentence": sent})
    _, _, conflicts = reconcile_claims([a, b], [doc("a")], S)
    assert conflicts == []


def test_part_of_a_total_in_one_sentence():
    """'a fine of 200 million euros (of which 68.7 million for Amazon)': a part, not a contradiction."""
    sent = "Amazon and Apple were fined 200 million euros (of which 68,7 million for Amazon)."
    a = money("a", "200 million euros", 2e8, "EUR").model_copy(update={"sentence": sent, "line": 7})
    b = money("a", "68,7 million", 6.87e7, "EUR").model_copy(update={"sentence": sent, "line": 7})
    _, _, conflicts = reconcile_claims([a, b], [doc("a")], S)
    assert conflicts == []


def test_one_document_two_sentences_two_facts():
    """A November fine and a December fine told in two sentences are not a contradiction."""
    a, b = money("a", "EUR 68.7 million", 6.87e7, "EUR"), money("a", "EUR 1.13 billion", 1.13e9, "EUR")
    _, _, conflicts = reconcile_claims([a, b], [doc("a")], S)
    assert conflicts == []


def test_bound_within_one_document_counts():
    """The seeds' 000: 'a fine of over 5 million TWD' and 'a fine of 500,000 euros' in two sentences."""
    a = money("a", "over 5 million TWD", 5e6, "TWD", "at_least", 0.1)
    b = money("a", "500,000 euros", 5e5, "EUR", prec=0.1)
    _, _, conflicts = reconcile_claims([a, b], [doc("a")], S)
    assert [x.severity for x in conflicts] == ["high"]


def test_fines_of_two_years_are_two_facts():
    """'fined EUR 1.13 billion in 2023' and 'fined EUR 68.7 million in 2019': the event years differ, so the
    slot does not make them one fact; a 12% outlier on this year's fine is a conflict."""
    def fine(d, text, amount, year):
        return money(d, text, amount, "EUR", prec=0.004).model_copy(
            update={"sentence": f"The regulator fined Acme {text} in {year} for abusing its dominance."})
    claims = [fine(d, "EUR 1.13 billion", 1.13e9, 2023) for d in ("a", "b")]
    claims += [fine(d, "EUR 68.7 million", 6.87e7, 2019) for d in ("c", "d")]
    claims += [fine("e", "€1.28 billion", 1.28e9, 2023)]
    _, facts, conflicts = reconcile_claims(claims, [doc(x) for x in "abcde"], S)
    assert [[sorted(side) for side in x.sides] for x in conflicts] == [[sorted([claims[0].id, claims[1].id]),
                                                                        [claims[4].id]]]
    assert not any(claims[2].id in x.claims for x in conflicts)



def test_statuses_and_independent_sources():
    docs = [doc("a"), doc("b").model_copy(update={"derived_from": "a"}), doc("c")]
    same = [money(d, "$5", 5, "USD") for d in ("a", "b", "c")]
    lone = money("a", "$9 bail", 9, "USD", attribute="bail")
    _, facts, _ = reconcile_claims([*same, lone], docs, S)
    by_attr = {f.attribute: f for f in facts}
    assert by_attr["fine"].status == "agreed" and by_attr["fine"].values[0].independent_sources == 2
    assert by_attr["bail"].status == "single_source"


def test_laws_group_by_canonical():
    def law(d, name):
        return LawClaim(**_base(d, name, None, None, None, "exact"), value=LawValue(name=name, canonical="ProtectEU"))

    _, facts, conflicts = reconcile_claims([law("a", "ProtectEU"), law("b", "Protectionu")], [doc("a"), doc("b")], S)
    assert conflicts == [] and len(facts) == 1 and facts[0].status == "agreed"


@pytest.mark.parametrize(
    "names, expect",
    [
        (["Durov", "Pavel Durov"], {"durov": "pavel durov"}),
        (["Durov's", "Telegram CEO Pavel Durov", "Pavel Durov"], {"durov": "pavel durov", "telegram ceo pavel durov": "pavel durov"}),
        (["National Assembly", "French National Assembly"], {"french national assembly": "national assembly"}),
        (["Durov", "Pavel Durov", "Nikolai Durov"], {"durov": "durov"}),  # ambiguous: kept apart
        (["the EU", "EU"], {"eu": "eu"}),
        (["Telegram CEO", "Telegram CEO Pavel Durov", "Durov"], {"telegram ceo": "telegram ceo pavel durov", "durov": "telegram ceo pavel durov"}),
        (["Meta Platforms Incorporated", "Meta", "Amazon.com Inc.", "Amazon"], {"meta": "meta", "amazon": "amazon"}),
        # two first names, not two spellings: kept apart
        (["Pavel Durov", "Nikolai Durov"], {"pavel durov": "pavel durov", "nikolai durov": "nikolai durov"}),
        (["Anna Petrova", "Anya Petrova"], {"anna petrova": "anna petrova", "anya petrova": "anya petrova"}),
        (["Olga Ivanova", "Olga Ivanov"], {"olga ivanova": "olga ivanova", "olga ivanov": "olga ivanov"}),
        (["Mario Rossi", "Maria Rossi"], {"mario rossi": "mario rossi", "maria rossi": "maria rossi"}),
    ],
)
def test_subject_aliases(names, expect):
    got = subject_aliases(names)
    for k, v in expect.items():
        assert got[k] == v


@pytest.mark.parametrize("a, b, expect", [
    ("sergey lavrov", "sergei lavrov", 0.8),  # a transliteration: one letter in a long word
    ("mikhail khodorkovsky", "mikhail khodorkovskiy", 0.8),
    ("fccpc", "federal competition and consumer protection commission", 0.8),  # an acronym
    ("who", "world health organization", 0.8),
    ("anna petrova", "anya petrova", 0.5),  # two first names: only the surname is shared
    ("pavel durov", "nikolai durov", 0.5),
    ("orrin", "orrin ferries", 0.5),  # an organisation by its leading words
    ("castlemere dairy", "castlemere dairy holdings", 0.5),
    ("sun", "sun valley mining", 0.0),  # too short a word to tell a name by
    ("dairy holdings", "castlemere dairy holdings", 0.5),  # (a shared last word, as a surname)
    ("acme", "globex", 0.0),
    ("acme", None, 0.0),
])
def test_name_similarity(a, b, expect):
    """Spellings and acronyms are evidence the aligner weighs, not merges."""
    assert name_similarity(a, b) == expect
    assert name_similarity(b, a) == expect


def test_derived_documents_by_figures_and_shingles():
    docs = [doc("001"), doc("002"), doc("003")]
    figs = [5.5e5, 1e9, 10.0, 12.0, 2026.0]
    claims = [money(d, f"${x}", x, "USD", attribute=None) for d in ("001", "002") for x in figs]
    claims += [money("003", "$7", 7.0, "USD", attribute=None)]
    report = build_report(ExtractResult(tool={}, generated_at="", settings={}, documents=docs, claims=claims), S,
                          ["one two three four five six seven"] * 2 + ["other words entirely here and there"])
    derived = {d.id: d.derived_from for d in report.documents}
    assert derived == {"001": None, "002": "001", "003": None}
    assert report.summary.claims == len(claims)


def test_shingles_alone_mark_a_copy():
    text = "the quick brown fox jumps over the lazy dog again and again today"
    docs = [doc("a"), doc("b"), doc("c")]
    report = build_report(ExtractResult(tool={}, generated_at="", settings={}, documents=docs, claims=[]), S,
                          [text, text + " extra", "nothing in common with those two at all really"])
    assert [d.derived_from for d in report.documents] == [None, "a", None]


def test_one_document_two_different_figures_never_one_fact():
    """A document that gives '$35,000' (costs) and '$220 million' (the fine) in two sentences states
    two facts: a cannot-link, whatever their words share."""
    a = money("a", "$35,000", 3.5e4, "USD").model_copy(update={"sentence": "Costs were $35,000.", "line": 3})
    b = money("a", "$220 million", 2.2e8, "USD").model_copy(update={"sentence": "The fine was $220 million.", "line": 5})
    c = money("c", "$220 million", 2.2e8, "USD")
    _, facts, conflicts = reconcile_claims([a, b, c], [doc("a"), doc("c")], S)
    assert not any(a.id in x.claims and b.id in x.claims for x in conflicts)
    assert not any(a.id in f.claims and b.id in f.claims for f in facts)



@pytest.mark.parametrize("lead, below, other", [
    (("$161.95 million", 1.6195e8, 0.00003), ("$161.9 million", 1.619e8, 0.0003), ("$162 million", 1.62e8, 0.003)),
    (("13.38 billion rupees", 1.338e10, 0.0004), ("1,337.76 crore rupees", 1.33776e10, 0.000004),
     ("Rs 1,338 crore", 1.338e10, 0.0004)),
])
def test_one_document_rounding_one_figure_two_ways_is_one_fact(lead, below, other):
    """A figure in the lead and the same figure rounded otherwise further down (or in another
    scale word) is one statement, not two facts the document keeps apart."""
    cur = "USD" if lead[0].startswith("$") else "INR"
    a = money("a", lead[0], lead[1], cur, prec=lead[2]).model_copy(update={"sentence": f"Acme was fined {lead[0]}.", "line": 1})
    b = money("a", below[0], below[1], cur, prec=below[2]).model_copy(
        update={"sentence": f"The {below[0]} penalty is the largest yet.", "line": 9})
    c = money("c", other[0], other[1], cur, prec=other[2]).model_copy(update={"sentence": f"Acme must pay {other[0]}."})
    _, facts, conflicts = reconcile_claims([a, b, c], [doc("a"), doc("c")], S)
    assert conflicts == []
    assert any({a.id, b.id, c.id} <= set(f.claims) for f in facts)


@pytest.mark.parametrize(("other", "verdict"), [
    (date("b", "in 2016", "2016-01-01", "2016-12-31", "year"), None),  # names no part of a year
    (date("b", "2024 to 2026", "2024-01-01", "2026-12-31", "year", q="range"), None),
    (date("b", "October", "2016-10-01", "2016-10-31", "month"), False),  # holds the day
    (date("b", "15 October 2016", "2016-10-15"), True),
])
def test_a_day_told_without_its_year_weighs_only_against_a_part_of_a_year(other, verdict):
    """"Until 14 October" says nothing of a year: against "in 2016" there is nothing to weigh
    (every day of every year lies in it), against "October" or "15 October" there is."""
    from claimkit.reconcile.frames import build_frames, compare_frames
    day = date("a", "until 14 October", "--10-14", year_known=False)
    x, y = build_frames([day, other], {}, {}, include_regions=False)
    found = compare_frames(x, y)
    assert (None if found is None else found.conflict) is verdict


def test_a_year_and_a_month_of_it_in_one_document_stay_apart():
    """'in 2024' and 'in March 2024' in two sentences of one document: the year holds the month,
    but they are two dates the document tells, not one written two ways."""
    from claimkit.reconcile.align import cannot_link
    from claimkit.reconcile.frames import build_frames
    a = date("a", "2024", "2024-01-01", "2024-12-31", "year").model_copy(update={"sentence": "Talks began in 2024."})
    b = date("a", "March 2024", "2024-03-01", "2024-03-31", "month").model_copy(
        update={"sentence": "The deal was signed in March 2024."})
    x, y = build_frames([a, b], {}, {}, include_regions=False)
    assert cannot_link(x, y)


@pytest.mark.parametrize(("first", "second", "apart"), [
    (("48 bitcoin", 48.0, "XBT"), ("$2.6 million", 2.6e6, "USD"), False),  # no rate says whether they differ
    (("900 ether", 900.0, "ETH"), ("$2.6 million", 2.6e6, "USD"), False),
    (("$1.5 million", 1.5e6, "USD"), ("$2.6 million", 2.6e6, "USD"), True),  # one currency: they differ
])
def test_two_sums_of_one_document_stay_apart_only_when_they_differ(first, second, apart):
    """Two figures one article gives in two sentences are two facts when their values differ; sums
    no rate table can weigh against each other have not been shown to differ."""
    from claimkit.reconcile.align import cannot_link
    from claimkit.reconcile.frames import build_frames
    a = money("a", *first, prec=0.02).model_copy(update={"sentence": f"Agents seized {first[0]} from the wallet."})
    b = money("a", *second, prec=0.02).model_copy(update={"sentence": f"The haul is put at {second[0]}."})
    x, y = build_frames(with_base([a, b], {"a": doc("a")}, S), {}, {}, include_regions=False)
    assert cannot_link(x, y) is apart


def test_a_bound_and_another_figure_of_one_sentence_stay_apart():
    """'at least 16 weeks of severance plus two weeks for every year of service': one sentence,
    two figures that differ, neither restating the other; a bound is no exception there."""
    from claimkit.reconcile.align import cannot_link
    from claimkit.reconcile.frames import build_frames
    said = "Employees will receive at least 16 weeks of severance pay plus two weeks for every year of service."
    a = sentence("a", "at least 16 weeks", 16 / 52, q="at_least").model_copy(update={"sentence": said})
    b = sentence("a", "two weeks", 2 / 52).model_copy(update={"sentence": said})
    x, y = build_frames([a, b], {}, {}, include_regions=False)
    assert cannot_link(x, y)
    assert reconcile_claims([a, b], [doc("a")], S)[2] == []


def test_a_whole_is_no_side_against_its_part():
    """'will shed 11 per cent of its 38,000 staff, or 4,200 people': the workforce is not the cut."""
    claims = [_told(count(d, "4,200 jobs", 4200, "jobs", "job", subject="Brightlane"),
                    "Brightlane will cut about 4,200 jobs, the company said.") for d in ("a", "b")]
    said = "Brightlane will shed around 11 per cent of its 38,000 staff, or 4,200 people, the company said."
    claims += [_told(count("c", "38,000 staff", 38000, "staff", "staff", subject="Brightlane"), said),
               _told(count("c", "4,200 people", 4200, "people", "person", subject="Brightlane"), said)]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert found == []


def test_rates_file_setting_changes_the_verdict(tmp_path):
    """With --rates saying 1 TWD = 0.11 USD, '5 million TWD' is $550,000: no conflict any more."""
    path = tmp_path / "rates.json"
    path.write_text('{"_source": "test", "TWD": {"2025": [9.0, 9.2], "2024": [9.0, 9.2]}}')
    a = money("a", "5 million TWD", 5e6, "TWD", prec=0.1)
    b = money("b", "$550,000", 5.5e5, "USD", prec=0.009)
    settings = S.model_copy(update={"rates_file": path})
    claims, _, conflicts = reconcile_claims([a, b], [doc("a"), doc("b")], settings)
    assert conflicts == []
    assert claims[0].value.in_base.rate_source == "rates.json"  # type: ignore[union-attr]


def test_huge_fact_is_blocked_and_capped():
    """200 sources on one fine: the outlier is still flagged, against a bounded number of sides."""
    docs = [doc(f"d{i:03}") for i in range(201)]
    claims = [money(d.id, "$550,000", 5.5e5, "USD", prec=0.009) for d in docs[:200]]
    claims.append(money(docs[200].id, "$1.2 million", 1.2e6, "USD", prec=0.04))
    _, facts, conflicts = reconcile_claims(claims, docs, S)
    assert 0 < len(conflicts) <= 50
    assert all(claims[-1].id in x.claims for x in conflicts)
    assert len(facts) == 1 and facts[0].status == "conflict"


# ----------------------------------------------------------------------------- subjectless event dates


def _dated(d, text, day, subject, attribute="verdict"):
    return date(d, text, day, subject=subject, attribute=attribute)


def test_subjectless_date_takes_the_story_subject():
    """'the judgment was handed down on May 4' names nobody: the story's main subject stands in."""
    claims = [_dated("a", "May 4", "2023-05-04", None), _dated("b", "May 3", "2023-05-03", "Ivan Petrov"),
              _dated("c", "Wednesday", "2023-05-03", "Petrov")]
    _, _, conflicts = reconcile_claims(claims, [doc(d) for d in "abc"], S)
    assert {c for x in conflicts for c in x.claims} == {c.id for c in claims}


def test_other_event_stays_apart():
    """An arrest date and a verdict date are two events, whoever they are about."""
    claims = [_dated("a", "May 4", "2023-05-04", "Ivan Petrov", "verdict"), _dated("b", "May 3", "2023-05-03", "Ivan Petrov", "arrest"),
              _dated("c", "May 3", "2023-05-03", "Ivan Petrov", "arrest")]
    _, _, conflicts = reconcile_claims(claims, [doc(d) for d in "abc"], S)
    assert conflicts == []


def test_a_figure_the_majority_allows_is_no_side():
    """'over 12 million votes' (two outlets), '12 million votes', '12,640,118 votes': the exact count
    disagrees only with the rounded one, not with what most outlets say, so no conflict."""
    def votes(d, text, n, q="exact", prec=0.0):
        return count(d, text, n, "votes", "vote", q, subject="Ana Ruiz").model_copy(
            update={"sentence": f"Ana Ruiz won with {text}."})
    claims = [votes("a", "over 12 million votes", 1.2e7, "at_least"), votes("b", "over 12 million votes", 1.2e7, "at_least"),
              votes("c", "12 million votes", 1.2e7), votes("d", "12,640,118 votes", 12640118)]
    claims = [c.model_copy(update={"value": c.value.model_copy(update={"precision": p})})
              for c, p in zip(claims, (0.042, 0.042, 0.042, 0.0))]
    _, facts, conflicts = reconcile_claims(claims, [doc(x) for x in "abcd"], S)
    assert conflicts == []
    assert len(facts) == 1 and len(facts[0].values) == 2


@pytest.mark.parametrize("texts", [
    ("310 electoral councils", "310 electoral councils", "1,240 municipal councils"),
    ("12 federal charges", "12 federal charges", "3 state charges"),
])
def test_differently_qualified_counts_are_two_facts(texts):
    """Counts that both say what they count, and nothing alike, are two sets, not an outlier."""
    # the extractor's noun leaves an adjective out ("municipal councils" -> "councils"): the text says it
    claims = [_told(count(d, t, float(t.split()[0].replace(",", "")), t.split()[-1], t.split()[-1][:-1]),
                    f"Officials said the count covered {t} across the country.") for d, t in zip("acb", texts)]
    _, _, conflicts = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert conflicts == []


def test_copied_sentence_with_another_figure_is_one_fact():
    """A wire story reprinted, or a draft edited from a source, with one figure changed: the same
    sentence but for the figure is one statement, however far apart the figures."""
    sentence = "The regulator fined Acme {} on Tuesday for breaking the rules on data transfers."
    claims = [_told(money(d, t, v, "USD", prec=0.01), sentence.format(t))
              for d, t, v in (("a", "$550,000", 5.5e5), ("b", "$5.5 million", 5.5e6))]
    claims.insert(1, _told(money("c", "$550,000", 5.5e5, "USD", prec=0.01), "Acme must pay $550,000, officials said."))
    _, _, conflicts = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(conflicts) == 1 and conflicts[0].severity == "high"  # firmly one fact: the copy says so
    assert conflicts[0].sides[-1] == [claims[-1].id]


def test_two_caps_compare_even_beside_a_plain_figure():
    """'up to 20 years' against a majority that says '10-year sentence' and 'up to 10 years': the cap
    is weighed against the other cap (a figure under a cap would agree)."""
    claims = [sentence("a", "10-year prison sentence", 10), sentence("a2", "10-year prison sentence", 10),
              sentence("c", "up to 10 years", 10, "at_most"), sentence("d", "up to 20 years", 20, "at_most")]
    claims = [_told(c, f"Pavel Durov faces {c.text} if convicted of complicity.") for c in claims]
    _, facts, conflicts = reconcile_claims(claims, [doc(x) for x in ("a", "a2", "c", "d")], S)
    assert [x.sides[-1] for x in conflicts] == [[claims[-1].id]]


@pytest.mark.parametrize(("majority", "outlier", "shared"), [
    (("people", "person"), ("skiers", "skier"), True),  # "people" covers any kind of people
    (("people", "person"), ("passengers", "passenger"), True),
    (("skiers", "skier"), ("people", "person"), True),
    (("soldiers", "soldier"), ("civilians", "civilian"), False),  # two kinds are two measures
    (("people", "person"), ("cabins", "cabin"), False),  # things are no people
])
def test_people_name_the_measure_a_kind_of_people_does(majority, outlier, shared):
    claims = [count(d, f"{n} {noun}", n, noun, lemma, subject=None)
              for d, n, (noun, lemma) in (("a", 312, majority), ("b", 312, majority), ("c", 3120, outlier))]
    frames = build_frames(claims, {}, {}, include_regions=False)
    assert _measure_shared(frames, Group([0, 1], 2), Group([2], 1)) is shared


@pytest.mark.parametrize(("outlier", "amount", "sources", "moved"), [
    ("€125 million", 125e6, 2, True),  # the point moved in "12.5": a misprint of the fine
    ("€1.25 million", 1.25e6, 2, True),
    ("€13.5 million", 13.5e6, 2, False),  # another digit: for the words to weigh
    ("€120 million", 120e6, 2, False),  # ten times, but not the same digits
    ("€12,500", 12.5e3, 2, False),  # a thousand times: another question
    ("€125 million", 125e6, 1, False),  # one source against one
    ("€21.5 million", 21.5e6, 2, True),  # two neighbouring digits swapped
    ("€15.2 million", 15.2e6, 2, True),  # ... across the point
    ("€15.2 million", 15.2e6, 1, False),
    ("€1.5 million", 1.5e6, 2, False),  # a digit dropped, but two digits left: for the words to weigh
])
def test_a_point_moved_or_digits_slipped_in_a_numeral_of_three_digits(outlier, amount, sources, moved):
    claims = [money("a", "€12.5 million", 12.5e6, "EUR"), money("b", "€12.5 million", 12.5e6, "EUR"),
              money("c", outlier, amount, "EUR")]
    frames = build_frames(with_base(claims, {d: doc(d) for d in "abc"}, S), {}, {}, include_regions=False)
    assert _plain_misprint(frames, Group([0, 1], sources), Group([2], 1)) is moved


@pytest.mark.parametrize(("outlier", "amount", "moved"), [
    ("640 million baht", 640e6, True),  # the numeral kept, its scale changed: a misprint however far apart
    ("640 billion baht", 640e9, True),
    ("640 baht", 640.0, True),
    ("64 million baht", 64e6, False),  # another numeral: for the words to weigh
    ("6.4 million baht", 6.4e6, False),
])
def test_a_scale_word_changed_on_the_same_numeral(outlier, amount, moved):
    claims = [money("a", "640,000 baht", 640e3, "THB"), money("b", "THB 640,000", 640e3, "THB"),
              money("c", outlier, amount, "THB")]
    frames = build_frames(with_base(claims, {d: doc(d) for d in "abc"}, S), {}, {}, include_regions=False)
    assert _plain_misprint(frames, Group([0, 1], 2), Group([2], 1)) is moved


@pytest.mark.parametrize(("named_elsewhere", "moved"), [(True, True), (False, False)])
def test_a_misprints_party_named_by_the_other_articles_is_no_other_party(named_elsewhere, moved):
    """The majority fines "a Phuket dive operator" and names the firm further down; the outlier fines
    the firm by name: the same party. A firm no other article names is another party."""
    claims = [money("a", "640,000 baht", 640e3, "THB", subject="Phuket"),
              money("b", "THB 640,000", 640e3, "THB", subject=None),
              money("c", "640 million baht", 640e6, "THB", subject="Coral Reef Divers")]
    if named_elsewhere:
        claims.append(count("a", "12 divers", 12, "divers", "diver", subject="Coral Reef Divers"))
    frames = build_frames(with_base(claims, {d: doc(d) for d in "abc"}, S), {}, {}, include_regions=False)
    assert _plain_misprint(frames, Group([0, 1], 2), Group([2], 1)) is moved


@pytest.mark.parametrize(("a", "b", "slipped"), [
    (money("a", "2.35 billion dong", 2.35e9, "VND"), money("b", "2.35 trillion dong", 2.35e12, "VND"), True),
    (count("a", "4,600 homes", 4600, "homes", "home"), count("b", "4.6 million homes", 4.6e6, "homes", "home"), False),
    (count("a", "46,000 homes", 46000, "homes", "home"), count("b", "46 million homes", 46e6, "homes", "home"), True),
    (money("a", "€12.5 million", 12.5e6, "EUR"), money("b", "€12,500", 12.5e3, "EUR"), False),
    (money("a", "€5 million", 5e6, "EUR"), money("b", "€5,000", 5e3, "EUR"), False),  # one digit: too common
])
def test_scale_word_slipped(a, b, slipped):
    from claimkit.reconcile.compare import scale_word_slipped

    assert scale_word_slipped(a, b) is slipped and scale_word_slipped(b, a) is slipped


def test_a_margin_is_not_the_count():
    """'two million more votes' and '200 fewer jobs' are margins: never the outlier of the count."""
    claims = [_told(count(d, t, v, "votes", "vote", subject="Ana Ruiz"), f"Ana Ruiz won with {t} in the count.")
              for d, t, v in (("a", "9.4 million votes", 9.4e6), ("c", "9.4 million votes", 9.4e6),
                              ("b", "two million more votes", 2e6))]
    _, _, conflicts = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert conflicts == []


@pytest.mark.parametrize(("sentence", "figure", "amount"), [
    ("Bus drivers will earn €1,980 a month from March, €90 more than now.", "€90", 90),
    ("The new contract pays $64,000, about $3,000 higher than the last one.", "$3,000", 3000),
    ("Tickets cost £12 this season, £2 less than the club charged last year.", "£2", 2),
])
def test_a_margin_told_after_the_figure_is_not_the_amount(sentence, figure, amount):
    """'€90 more than now' is the change, never the pay the majority states ('€1,980 a month')."""
    margin = _told(money("c", figure, amount, figure[0].replace("€", "EUR").replace("$", "USD").replace("£", "GBP"),
                         subject=None, attribute="salary"), sentence)
    [frame] = build_frames([margin], {}, {}, include_regions=False)
    assert "difference" in frame.roles


def test_a_period_is_not_the_day():
    """'between March 2019 and June 2022' (when something went on) against 'on Monday' (when it
    was decided): two facts, however the words around them align."""
    day = "The authority fined the company on {}, for transfers it made to the United States."
    claims = [_told(date(d, "Monday", "2024-08-26", attribute="fine", subject="Acme"), day.format("Monday"))
              for d in ("a", "c")]
    claims.append(_told(date("b", "between March 2019 and June 2022", "2019-03-01", "2022-06-30", "month",
                             q="range", attribute="fine", subject="Acme"),
                        day.format("between March 2019 and June 2022")))
    _, _, conflicts = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert conflicts == []


@pytest.mark.parametrize(("text", "start", "end", "gran", "q", "apart"), [
    ("between March 2019 and June 2022", "2019-03-01", "2022-06-30", "month", "range", True),
    ("the past five years", "2021-01-01", "2025-12-31", "year", "exact", True),  # a span of years, however told
    ("2025", "2025-01-01", "2025-12-31", "year", "exact", False),  # one year: a coarse date, no period
    ("January", "2026-01-01", "2026-01-31", "month", "exact", False),
])
def test_a_span_of_years_against_a_day_is_two_facts(text, start, end, gran, q, apart):
    period = date("a", text, start, end, gran, q=q, attribute="rise", subject=None)
    day = date("b", "January 1, 2026", "2026-01-01", attribute="rise", subject=None)
    a, b = build_frames([period, day], {}, {}, include_regions=False)
    assert _span_against_day(a, b) is apart and _span_against_day(b, a) is apart


@pytest.mark.parametrize(("majority", "expected"), [
    # a day is weighed against a day of the majority, not against a season that holds both
    ([("1 June to 30 September", "2025-06-01", "2025-09-30", "range"), ("June 1", "2025-06-01", None, "exact")], 1),
    ([("in March", "2025-03-01", "2025-03-31", "exact"), ("March 3", "2025-03-03", None, "exact")], 1),
    # ... a majority that tells no day is weighed as it is
    ([("in March", "2025-03-01", "2025-03-31", "exact"), ("March", "2025-03-01", "2025-03-31", "exact")], 0),
])
def test_a_day_is_weighed_against_a_day(majority, expected):
    told = [date(d, text, start, end, "day" if end is None else "month", q=q)
            for d, (text, start, end, q) in zip("ab", majority)]
    frames = build_frames([*told, date("c", "1 July", "2025-07-01")], {}, {}, include_regions=False)
    assert _partner(frames, Group(members=[0, 1], sources=2), Group(members=[2], sources=1)) == expected


def test_the_roles_weighed_are_those_of_the_claims_naming_the_same_measure():
    """'Babies are expected to be born this week' (a plan) beside 'the wing opened on Monday': the
    majority's opening day is no plan, so a plan to open in September is another fact."""
    told = [_told(date("a", "this week", "2025-03-10", "2025-03-16", "week", attribute="bear"),
                  "The first babies are expected to be born this week in the wing, which opened on Monday."),
            _told(date("a", "Monday", "2025-03-10", attribute="open"),
                  "The first babies are expected to be born this week in the wing, which opened on Monday."),
            _told(date("c", "September 2024", "2024-09-01", "2024-09-30", "month", attribute="open"),
                  "The wing had originally been due to open in September 2024.")]
    frames = build_frames(told, {}, {}, include_regions=False)
    major, outlier = Group(members=[0, 1], sources=1), Group(members=[2], sources=1)
    assert _naming_alike(frames, major, outlier).members == [1]
    assert _roles(frames, major) == {"plan"} and _roles(frames, _naming_alike(frames, major, outlier)) == set()
    assert _roles(frames, outlier) == {"plan"}


@pytest.mark.parametrize(("running", "conflicts"), [
    ("4,120,554 votes", 0),  # a tally still running explains a figure a little short of the final one
    ("41,205,540 votes", 1),  # but not one ten times off
])
def test_a_running_tally_is_not_the_final_count(running, conflicts):
    final = "Ana Ruiz won {} with 100 per cent of the votes counted, the electoral board said."
    claims = [_told(count(d, "4,206,881 votes", 4206881, "votes", "vote", subject="Ana Ruiz"),
                    final.format("4,206,881 votes")) for d in ("a", "c")]
    claims.append(_told(count("b", running, float(running.split()[0].replace(",", "")), "votes", "vote",
                              subject="Ana Ruiz"),
                        f"With 87% of the ballots counted, Ana Ruiz won {running}, the electoral board said."))
    _, facts, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == conflicts
    # the tally and the final count are one count told at two stages: one fact, whatever the verdict
    assert any({c.id for c in claims} <= set(f.claims) for f in facts)


@pytest.mark.parametrize("attributes, conflict", [
    (("forfeiture", "forfeiture", "forfeiture"), True),  # three outlets on the sum forfeited
    (("forfeiture", "forfeiture", "gain"), False),  # a forfeiture against a gain: two measures
    (("fine", "fine", None), False),  # the lone figure names no measure: "paid $24 million"
    (("fine", None, "fine"), True),  # one of the majority names it: the sides share "fine"
])
def test_a_disagreement_whose_sides_share_no_measure_needs_firmer_evidence(attributes, conflict):
    """With every pair scored alike (a constant model), only the measures the two sides name
    decide: sides that share none need `headless` more log odds than the evidence gives. (Each
    article opens with a date, so the figures are not what the articles lead with.)"""
    from claimkit.reconcile.align import Weights
    weights = Weights(same={"bias": 1.0}, dispute={"bias": 1.0}, threshold=0.0, one_on_one=0.0, headless=2.0)
    openings = [date(d, "March 3", "2025-03-03", attribute="meet", subject="Acme").model_copy(
                    update={"sentence": "Acme met the regulator on March 3."}) for d in "abc"]
    claims = openings + [money(d, text, amount, "USD", subject="Acme", attribute=attribute).model_copy(
                             update={"sentence": f"Acme: {text}."})
                         for d, text, amount, attribute in zip("abc", ("$30 million", "$30 million", "$24 million"),
                                                               (3e7, 3e7, 2.4e7), attributes)]
    _, _, conflicts = reconcile_claims(claims, [doc(x) for x in "abc"], S, weights)
    assert bool(conflicts) is conflict


@pytest.mark.parametrize(("hedged", "amount", "conflicts"), [
    ("probably cost €5.3 million", 5.3e6, 0),  # a guess a little off the figure later given
    ("likely cost €5.3 million", 5.3e6, 0),
    ("probably cost €53 million", 5.3e7, 1),  # but not one ten times off
])
def test_an_estimate_is_not_the_final_figure(hedged, amount, conflicts):
    final = "The repairs to the Acme bridge cost €5.6 million, the city said."
    claims = [_told(money(d, "€5.6 million", 5.6e6, "EUR", subject="Acme", attribute="cost", modality=None),
                    final) for d in ("a", "c")]
    claims.append(_told(money("b", hedged.split()[-2] + " million", amount, "EUR", subject="Acme",
                              attribute="cost", modality=None),
                        f"The repairs to the Acme bridge {hedged}, the city said."))
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == conflicts


@pytest.mark.parametrize(("later", "when", "year", "fine", "conflicts"), [
    # an earlier fine and this year's: two events, neither their sums nor their dates conflict
    ("In 2023 Acme Corp was fined {} by the regulator.", "2023", 2023, 3.1e8, []),
    # the same fine dated two ways is still a conflict of dates
    ("In 2023 Acme Corp was fined {} by the regulator.", "2023", 2023, 2.25e8, ["date"]),
    # and one fine misprinted, dated alike, is one event: the money conflicts, the dates agree
    ("In 2021 Acme Corp was fined {} by the regulator.", "2021", 2021, 2.25e9, ["money"]),
])
def test_two_fines_in_two_years_are_two_events(later, when, year, fine, conflicts):
    first = "In 2021 Acme Corp was fined €225 million by the regulator."
    said = f"€{fine / 1e6:g} million"
    claims = [_told(money(d, "€225 million", 2.25e8, "EUR", subject="Acme Corp", modality="imposed"), first)
              for d in ("a", "c")]
    claims += [_told(date(d, "2021", "2021-01-01", "2021-12-31", gran="year", subject="Acme Corp", attribute="fine"),
                     first) for d in ("a", "c")]
    claims.append(_told(money("b", said, fine, "EUR", subject="Acme Corp", modality="imposed"), later.format(said)))
    claims.append(_told(date("b", when, f"{year}-01-01", f"{year}-12-31", gran="year", subject="Acme Corp",
                             attribute="fine"), later.format(said)))
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert [c.kind for c in found] == conflicts


def test_a_combined_sum_for_two_companies_is_not_one_companys_fine():
    one = "The EU fined Acme Corp €310 million on Monday for abusing its dominance."
    claims = [_told(money(d, "€310 million", 3.1e8, "EUR", subject="Acme Corp", modality="imposed"), one)
              for d in ("a", "c")]
    claims.append(_told(money("b", "€450 million", 4.5e8, "EUR", subject="Acme Corp", modality="imposed"),
                        "Brussels fined Acme Corp and Globex Inc a combined €450 million on Monday."))
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert found == []


def test_a_planned_date_is_not_the_day_it_happened():
    """'had intended to announce the tariffs on Monday': the path above the figure plans it."""
    done = "The ministry announced the new tariffs on Wednesday."
    claims = [_told(date(d, "Wednesday", "2025-09-10", attribute="announce", subject=None), done) for d in ("a", "c")]
    planned = _told(date("b", "Monday", "2025-09-08", attribute="announce", subject=None),
                    "The ministry had intended to announce the new tariffs on Monday, officials said.")
    claims.append(planned.model_copy(update={"context": ["announce", "tariff", "new", "intend", "ministry"]}))
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert found == []


@pytest.mark.parametrize(("late", "day", "weekday", "conflicts"), [
    # three weeks later, "said on Thursday" is that article's news: the results, not the forecast
    (dt.date(2021, 7, 29), "2021-07-29", "Thursday", 0),
    (dt.date(2024, 3, 20), "2024-03-19", "Tuesday", 0),  # a later article's "on Tuesday"
    # the next day's article names the same news day wrong: a conflict
    (dt.date(2021, 7, 8), "2021-07-06", "Tuesday", 1),
])
def test_days_told_from_articles_a_week_apart_are_two_news_days(late, day, weekday, conflicts):
    """'said on Wednesday' and 'said on Thursday' count from each article's own day: articles
    published a week or more apart time two statements, whatever the sentences share."""
    def said(d, text, start):  # noqa: ANN001, ANN202
        sentence = {"a": "Acme Electronics said on {} that its operating profit rose sharply.",
                    "b": "Acme Electronics said on {} that it expects operating profit to rise sharply.",
                    "c": "Acme Electronics said on {} its operating profit rose sharply in the quarter."}[d]
        claim = _told(date(d, text, start, attribute="state", subject="Acme Electronics"), sentence.format(text))
        return claim.model_copy(update={"value": claim.value.model_copy(update={"relative": text.casefold()})})

    early = dt.date(2021, 7, 7) if late.year == 2021 else dt.date(2024, 2, 28)
    first = early.isoformat()
    claims = [said("a", early.strftime("%A"), first), said("b", early.strftime("%A"), first), said("c", weekday, day)]
    _, _, found = reconcile_claims(claims, [doc("a", early), doc("b", early), doc("c", late)], S)
    assert len(found) == conflicts


def test_identical_figures_group_before_a_differing_one_joins():
    """'212 passengers and crew' and '212 people aboard' are one figure whatever the nouns: they
    join first, so the third outlet's '172 people', closer in words to one of them, stands out."""
    claims = [
        _told(count("a", "212 passengers", 212, "passengers", "passenger", subject=None),
              "The vessel was carrying 212 passengers and crew."),
        _told(count("b", "212 people", 212, "people", "person", subject=None),
              "Search teams combed the waters after the ferry went down with 212 people aboard."),
        _told(count("c", "172 people", 172, "people", "person", subject=None),
              "Search teams combed the waters on Sunday after the ferry went down with 172 people aboard."),
    ]
    paths = (["carry", "vessel"], ["go", "ferry", "comb", "search"], ["go", "ferry", "comb", "search"])  # as parsed
    claims = [c.model_copy(update={"context": path}) for c, path in zip(claims, paths)]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert [(set(c.claims), c.sides[-1]) for c in found] == [({c.id for c in claims}, [claims[2].id])]


@pytest.mark.parametrize(("outlier", "subject", "conflicts"), [
    ("Harbor & Vale shares have risen 34% this year.", "Harbor & Vale", 0),  # the target's shares, not the buyer's
    ("Shares in Crestline Bank fell 34% on Monday.", "Crestline Bank", 1),
    ("Shares in the lender fell 34% on Monday.", None, 1),  # no one named: the story's own
    # a name only this outlet gives (a heading read as a name) may be a misreading: no evidence
    ("Markets Wrap shares fell 34% on Monday.", "Markets Wrap", 1),
])
def test_figures_told_of_two_names_alike_in_nothing_are_two_facts(outlier, subject, conflicts):
    def shares(d, text, amount, sentence, subject):  # noqa: ANN001, ANN202
        return PercentClaim(**_base(d, text, subject, "share change", None, "exact"),
                            value=PercentValue(amount=amount, low=amount, high=amount)).model_copy(
            update={"sentence": sentence})

    claims = [shares("a", "3.2%", 3.2, "Crestline shares fell 3.2% on Monday.", "Crestline"),
              shares("b", "3.2%", 3.2, "Shares in Crestline Bank slipped 3.2% on Monday.", "Crestline Bank"),
              shares("c", "34%", 34, outlier, subject),
              # the target, named by two outlets
              count("a", "1,200 branches", 1200, "branches", "branch", subject="Harbor & Vale"),
              count("c", "1,200 branches", 1200, "branches", "branch", subject="Harbor & Vale")]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == conflicts


@pytest.mark.parametrize(("third", "conflicts"), [
    (("6.4 on the local scale", 6.4, "local magnitude"), 0),  # the other scale's figure of the same quake
    (("magnitude 6.9", 6.9, "moment magnitude"), 1),  # the same scale told wrong
    (("magnitude 6.9", 6.9, None), 1),  # no scale named: nothing says it is another figure
])
def test_magnitudes_on_two_scales_are_two_figures(third, conflicts):
    """A quake's moment magnitude ("a moment magnitude of 6.1", twice) and its local one ("6.4 on the
    local scale"): agencies measure one quake on both, and neither contradicts the other."""
    def quake(d, text, amount, scale, sentence):  # noqa: ANN001, ANN202
        claim = QuantityClaim(**_base(d, text, None, scale, None, "exact"),
                              value=QuantityValue(amount=amount, unit="magnitude", base_amount=amount,
                                                  base_unit="magnitude", low=amount, high=amount, precision=0.05 / amount))
        return _told(claim, sentence.format(text))

    claims = [quake("a", "a moment magnitude of 6.1", 6.1, "moment magnitude",
                    "The earthquake that struck off the coast on Monday had {}, the survey said."),
              quake("c", "a moment magnitude of 6.1", 6.1, "moment magnitude",
                    "Monday's quake, with {}, was felt in three provinces."),
              quake("b", *third, "An earthquake measuring {} struck off the coast on Monday.")]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == conflicts


def _quantity(d, text, amount, unit, base, sentence, path):  # noqa: ANN001, ANN202
    per = {"litre": 0.001, "tonne": 1000.0, "metre": 1.0}[unit]
    claim = QuantityClaim(**_base(d, text, None, None, None, "exact"),
                          value=QuantityValue(amount=amount, unit=unit, base_amount=amount * per, base_unit=base,
                                              low=amount, high=amount))
    return claim.model_copy(update={"sentence": sentence, "context": path})


@pytest.mark.parametrize("story", [
    [("38,000 litres", 38000, "About 38,000 litres of diesel leaked into the river on Monday.", ["leak", "diesel"]),
     ("38,000 litres", 38000, "Officials said 38,000 litres of fuel had escaped from the line.", ["escape", "fuel"]),
     ("58,000 litres", 58000, "Some 58,000 litres of diesel spilled into the river.", ["spill", "diesel"])],
    [("206,000 tonnes", 206000, "The mine produced 206,000 tonnes of copper in the quarter.", ["produce", "copper"]),
     ("206,000 tonnes", 206000, "Copper output reached 206,000 tonnes between April and June.", ["reach", "output"]),
     ("246,000 tonnes", 246000, "The mine turned out 246,000 tonnes of copper in the second quarter.",
      ["turn", "copper"])],
    # a split season reaching the article's year ("2024/25", told in 2025) is this one
    [("41,000 tonnes", 41000, "Olive oil output fell to 41,000 tonnes in the 2024/25 season.", ["fall", "output"]),
     ("41,000 tonnes", 41000, "Producers pressed just 41,000 tonnes of oil this season.", ["press", "oil"]),
     ("58,000 tonnes", 58000, "Growers produced 58,000 tonnes of oil in the latest harvest.", ["produce", "oil"])],
    # the article's own year (or a later one) dates no other event
    [("18,400 tonnes", 18400, "Ministers set the cod quota at 18,400 tonnes.", ["set", "quota"]),
     ("18,400 tonnes", 18400, "Cod catches will be limited to 18,400 tonnes in 2026.", ["limit", "catch"]),
     ("14,800 tonnes", 14800, "The total allowable catch will be 14,800 tonnes, ministers decided.", ["be", "catch"])],
])
def test_quantities_in_one_unit_name_their_measure(story):
    """No outlet names the measure in a word the others use, but litres against litres (tonnes
    against tonnes) say what is measured: the third outlet's figure is no second spill."""
    unit = "litre" if "litres" in story[0][0] else "tonne"  # the story's articles are of 2025 (PUB)
    base = "cubic_meter" if unit == "litre" else "kilogram"
    claims = [_quantity(d, text, n, unit, base, sentence, path) for d, (text, n, sentence, path) in zip("abc", story)]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert [c.sides[-1] for c in found] == [[claims[2].id]]


def test_a_quantity_dated_to_another_year_needs_a_named_measure():
    """'the record 7.3 metres set in 1994' against this flood's '6.4 metres': the unit alone no longer
    says one measure when a clause dates its figure."""
    claims = [_quantity("a", "7.3 metres", 7.3, "metre", "meter",
                        "The river peaked at 7.1 metres, short of the record 7.3 metres set in 1994.", ["set", "record"]),
              _quantity("b", "7.3 metres", 7.3, "metre", "meter",
                        "Only the flood of 1994, when the river reached 7.3 metres, was worse.", ["reach", "river"]),
              _quantity("c", "6.4 metres", 6.4, "metre", "meter",
                        "The river reached 6.4 metres at the gauge by mid-afternoon.", ["reach", "river"])]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert found == []


@pytest.mark.parametrize(("later", "conflicts"), [
    (dt.date(2025, 5, 9), 0),  # two days on: the count as it stood by Friday is another stage of it
    (dt.date(2025, 5, 7), 1),  # the same day: the same count told two ways
])
def test_a_count_told_by_a_later_moment_in_a_later_article_is_another_stage(later, conflicts):
    """'had gathered about 31,000 signatures by Friday morning', published two days after '12,400
    signatures in its first 24 hours': a count still growing, at two moments, whatever the gap."""
    def signed(d, text, n, sentence):  # noqa: ANN001, ANN202
        return _told(count(d, text, n, "signatures", "signature", subject="Hartwell Wood"), sentence)

    claims = [signed("a", "12,400 signatures", 12400, "The petition gathered 12,400 signatures in its first 24 hours."),
              signed("b", "12,400 signatures", 12400, "Campaigners said 12,400 signatures had been collected."),
              signed("c", "about 31,000 signatures", 31000,
                     "The petition had gathered about 31,000 signatures by Friday morning.")]
    early = dt.date(2025, 5, 7)
    _, _, found = reconcile_claims(claims, [doc("a", early), doc("b", early), doc("c", later)], S)
    assert len(found) == conflicts


def test_dates_of_quantities_that_disagree_in_other_years_are_two_events():
    """'the 61 cm that fell in January 1987' and '52 cm fell on Wednesday' date two snowfalls: the
    centimetres name their measure, and they disagree, so the dates are no rival readings of one day."""
    recent = "Some 52 cm of snow fell on Wednesday across the hills."
    record = "The town's record remains the 61 cm that fell in January 1987."
    claims = [_told(date("a", "Wednesday", "2024-02-07", attribute="fall", subject=None), recent),
              _quantity("a", "52 cm", 52, "metre", "meter", recent, ["fall", "snow"]),
              _told(date("b", "Wednesday", "2024-02-07", attribute="fall", subject=None), recent.replace("Some ", "")),
              _quantity("b", "52 cm", 52, "metre", "meter", recent.replace("Some ", ""), ["fall", "snow"]),
              _told(date("c", "January 1987", "1987-01-01", "1987-01-31", gran="month", attribute="fall",
                         subject=None), record),
              _quantity("c", "61 cm", 61, "metre", "meter", record, ["fall", "record"])]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert [c for c in found if c.kind == "date"] == []


@pytest.mark.parametrize(("modality", "conflicts"), [
    ("potential", 0),  # "could build up": a forecast, no rival reading of the count handled
    (None, 1),  # told as fact, the third outlet's figure contradicts the others'
])
def test_a_count_told_as_a_possibility_is_no_rival_of_one_told(modality, conflicts):
    def boxes(d, text, n, sentence, path):  # noqa: ANN001, ANN202
        claim = _told(count(d, text, n, "containers", "container", subject="Salvenne"), sentence)
        return claim.model_copy(update={"context": path})

    claims = [boxes("a", "2.1 million containers", 2.1e6, "Salvenne handled 2.1 million containers in 2024.",
                    ["handle", "salvenne"]),
              boxes("b", "2.1 million containers", 2.1e6, "The port moved 2.1 million containers last year.",
                    ["move", "port"]),
              boxes("c", "1.4 million containers", 1.4e6, "A strike at Salvenne could hold up 1.4 million containers.",
                    ["hold", "strike", "salvenne"]).model_copy(update={"modality": modality})]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == conflicts


def test_two_parts_listed_in_one_sentence_are_two_facts():
    """'a $1.2 billion fine and $800 million in restitution': the restitution is no second reading
    of the fine, even where the parse lends it the fine's cue word, and beside an outlet's sum."""
    def fine(d, text, amount, sentence, path):  # noqa: ANN001, ANN202
        claim = money(d, text, amount, "USD", subject="Initech", modality=None)
        return claim.model_copy(update={"sentence": sentence, "context": path})

    listed = "A federal judge ordered Initech to pay a $1.2 billion fine and $800 million in restitution."
    ordered = ["fine", "pay", "order", "judge", "federal", "initech"]  # the parse's path, as extracted
    claims = [fine("a", "$1.2 billion", 1.2e9, listed, ordered), fine("a", "$800 million", 8e8, listed, ordered),
              fine("b", "$1.2 billion", 1.2e9, "Initech must pay a $1.2 billion fine, the judge ruled.",
                   ["fine", "pay", "initech"]),
              fine("c", "$2 billion", 2e9, "Initech was ordered to pay $2 billion in total, including the fine.",
                   ["pay", "order", "initech"])]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert all(claims[1].id not in c.claims for c in found)


@pytest.mark.parametrize(("attribute", "conflicts"), [
    ("fine", ["date", "money"]),  # days of one year: one fine told wrong twice, both reported
    # figures that name no measure say nothing of the events; told in each article's opening
    # sentence, they are what the articles lead with, and conflict themselves too
    (None, ["date", "money"]),
])
def test_a_fine_dated_and_priced_two_ways_in_one_year_is_one_event(attribute, conflicts):
    def told(d, day, amount):  # noqa: ANN001, ANN202
        sentence = f"Regulators fined Acme Corp €{amount / 1e6:g} million on March {day}."
        return [_told(money(d, f"€{amount / 1e6:g} million", amount, "EUR", subject="Acme Corp", modality="imposed",
                            attribute=attribute), sentence),
                _told(date(d, f"March {day}", f"2025-03-{day}", subject="Acme Corp", attribute="fine"), sentence)]

    claims = told("a", 10, 5e6) + told("c", 10, 5e6) + told("b", 12, 8e6)
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert [c.kind for c in found] == conflicts


@pytest.mark.parametrize(("attributes", "conflict"), [
    (("net profit", "net profit", "operating profit"), False),  # two measures of one report
    (("net profit", "net profit", "profit"), True),  # a bare profit may be the net one, told wrong
    (("profit", "profit", "net profit"), True),
])
def test_a_divided_measure_is_compared_only_with_its_own_division(attributes, conflict):
    claims = [_told(money(d, text, amount, "USD", subject="Acme Corp", modality=None, attribute=attribute),
                    f"Acme Corp reported a {attribute} of {text} for the quarter.")
              for d, text, amount, attribute in zip("acb", ("$2 billion", "$2 billion", "$3 billion"),
                                                    (2e9, 2e9, 3e9), attributes)]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert bool(found) == conflict


@pytest.mark.parametrize(("dated", "amount", "attribute", "conflicts"), [
    # a toll told as of a moment is one stage of a count still moving: a small gap is time
    ("As of Tuesday, {} had been confirmed dead, officials said.", 38, "person killed", 0),
    ("So far {} are missing, the fire service said.", 38, "person missing", 0),
    # ... as is a count of those still in a state, or a toll told as where it stands
    ("{} were still missing on Monday night, the coastguard said.", 38, "person missing", 0),
    ("Rescuers said {} remained missing after the avalanche.", 38, "person missing", 0),
    ("The death toll stood at {} on Thursday, the ministry said.", 38, "person killed", 0),
    # ... or a toll told in the present perfect, as of the article's day
    ("Officials said {} have died since the dam gave way.", 38, "person killed", 0),
    ("At least {} have been treated for burns, the hospital said.", 38, "person injured", 0),
    # but not one ten times off
    ("As of Tuesday, {} had been confirmed dead, officials said.", 410, "person killed", 1),
    ("{} were still missing on Monday night, the coastguard said.", 410, "person missing", 1),
    # nor one that is merely still told
    ("The crash still killed {}, the ministry said.", 38, "person killed", 1),
    # and a dated count of people with nothing happened to them is no toll
    ("As of Tuesday, {} had been counted in the shelter.", 38, "person", 1),
])
def test_a_toll_told_as_of_a_moment_is_a_stage_of_the_count(dated, amount, attribute, conflicts):
    def toll(d, n, sentence):  # noqa: ANN001, ANN202
        claim = count(d, f"{n} people", n, "people", "person", subject=None).model_copy(update={"attribute": attribute})
        return _told(claim, sentence.format(f"{n} people"))

    final = "The flood in the Ardennes valley left {} dead or missing, the regional governor said."
    claims = [toll("a", 41, final), toll("c", 41, final), toll("b", amount, dated)]
    _, facts, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == conflicts
    if attribute.startswith("person ") and amount < 100:  # a stage of the toll stays the toll's
        assert any({c.id for c in claims} <= set(f.claims) for f in facts)


@pytest.mark.parametrize(("other", "plain"), [
    ("Globex will pay a further €16 million in bonuses on top of the fee.",
     "Globex will pay bonuses of up to €10 million on top of the fee."),
    ("The insurer agreed to pay another €40 million to the families of the victims.",
     "The insurer agreed to pay €25 million to the families of the victims."),
])
def test_another_amount_in_one_outlet_is_the_plain_amount_in_another(other, plain):
    """'a further €16m', 'another €40m' are in addition to what the same article told before;
    against another outlet's plain figure of the same thing they are that figure told wrong."""
    def told(d, sentence):  # noqa: ANN001, ANN202
        text = next(w for w in sentence.split() if w.startswith("€")) + " million"
        amount = float(text[1:].split()[0]) * 1e6
        return _told(money(d, text, amount, "EUR", subject=None, attribute="bonus", modality=None), sentence)

    claims = [told("a", plain), told("c", plain), told("b", other)]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert [c.kind for c in found] == ["money"]


@pytest.mark.parametrize(("second", "conflicts"), [
    ("exact", 1),  # "has reached 23": the figure the floor agrees with says 29 is wrong
    ("at_least", 0),  # two floors of 23: 29 is allowed
])
def test_a_figure_is_weighed_against_the_majoritys_figure_not_its_floor(second, conflicts):
    def toll(d, n, q, sentence):  # noqa: ANN001, ANN202
        claim = count(d, f"{n} people", n, "people", "person", q=q, subject=None)
        return _told(claim.model_copy(update={"attribute": "person killed"}), sentence)

    claims = [toll("a", 23, "at_least", "At least 23 people were killed when a landslide buried the village, officials said."),
              toll("c", 23, second, "The death toll from the landslide in the village has reached 23 people, officials said."),
              toll("b", 29, "exact", "A landslide buried the village on Sunday, killing 29 people, officials said.")]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == conflicts


def test_a_toll_of_another_event_told_as_of_a_moment_leaves_the_death_toll_final():
    """'Police have so far arrested 200 protesters': the arrests are a running count, the deaths
    another outlet puts at 23 against this one's 19 still conflict."""
    def toll(d, n, attribute, sentence):  # noqa: ANN001, ANN202
        claim = count(d, f"{n} people", n, "people", "person", subject=None).model_copy(update={"attribute": attribute})
        return _told(claim, sentence)

    claims = [toll(d, 23, "person killed", "Clashes in the capital on Tuesday killed 23 people, officials said.")
              for d in ("a", "c")]
    claims += [toll("b", 19, "person killed", "Clashes in the capital on Tuesday killed 19 people, officials said."),
               toll("b", 200, "person arrested", "Police have so far arrested 200 people in the capital.")]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == 1


@pytest.mark.parametrize("other", [
    "Regulators imposed a second fine of €5 million on Acme Corp on Tuesday.",
    "Acme Corp will pay an additional €5 million to settle the claims of the states on Tuesday.",
])
def test_a_second_or_additional_amount_is_another_fact(other):
    one = "Regulators fined Acme Corp €8 million on Tuesday to settle the claims."
    claims = [_told(money(d, "€8 million", 8e6, "EUR", subject="Acme Corp", modality=None), one) for d in ("a", "c")]
    claims.append(_told(money("b", "€5 million", 5e6, "EUR", subject="Acme Corp", modality=None), other))
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert found == []


@pytest.mark.parametrize(("places", "other_places", "conflicts"), [
    # the same measure told of two places is two figures: a city and its wider region, two regions
    (["brennick"], ["brennick metropolitan region"], 0),
    (["northern region"], ["southern region"], 0),
    (["the eastern province"], ["soralia"], 0),
    # ... and so is one told of two parts of an organisation: a division's revenue and its group's
    (["division"], ["group"], 0),
    (["haldane group"], ["parcels division"], 0),
    # a group of people scopes a figure even when one side alone names it: men's pay against everyone's
    (["man"], [], 0),
    ([], ["pensioner"], 0),
    (["woman"], ["man"], 0),
    (["woman"], ["woman"], 1),
    # a place is no rival of a part of an organisation: "Italy" and "the Amazon group" tell one fine
    (["italy"], ["amazon group"], 1),
    # one place on both sides, or a place on one side only: one fact, and the figures disagree
    (["brennick"], ["brennick"], 1),
    (["brennick"], [], 1),
    ([], [], 1),
])
def test_one_measure_of_two_places_is_two_facts(places, other_places, conflicts):
    said = "Recorded crime fell 6% last year, police figures showed."
    claims = [_told(money(d, "€6 million", 6e6, "EUR", subject=None, attribute="budget", modality=None), said)
              .model_copy(update={"places": places}) for d in ("a", "c")]
    claims.append(_told(money("b", "€9 million", 9e6, "EUR", subject=None, attribute="budget", modality=None), said)
                  .model_copy(update={"places": other_places}))
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == conflicts


@pytest.mark.parametrize(("places", "other_places"), [
    (["varna"], ["bulgaria"]),  # "a court in Varna jailed him" against "jailed in Bulgaria"
    (["southern district"], []),
])
def test_a_prison_term_is_no_place_s_figure(places, other_places):
    """Where the court sits scopes no prison term: the person's term told wrong is a conflict."""
    said = "A court sentenced Pavel Durov to six years in prison on Tuesday."
    claims = [_told(sentence(d, "six years", 6, modality="imposed"), said).model_copy(update={"places": places})
              for d in ("a", "c")]
    claims.append(_told(sentence("b", "nine years", 9, modality="imposed"), said.replace("six", "nine"))
                  .model_copy(update={"places": other_places}))
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == 1


@pytest.mark.parametrize(("word", "conflicts"), [
    ("Revenue", 1),  # the story writes "revenue" in lower case: a measure, not a name
    ("Globex", 0),  # a name the story never writes in lower case stays the subject: another party
])
def test_a_sentences_first_word_taken_for_a_name_is_what_is_measured(word, conflicts):
    """'Revenue of the railway rose to $4.8 billion': the recognizer often takes a sentence's first
    word for a person or a company; the story's own lower-case use tells it is a common noun."""
    said = "Annual revenue of the state railway rose to $6.8 billion in May, the ministry said."
    claims = [_told(money(d, "$6.8 billion", 6.8e9, "USD", subject=None, attribute="revenue", modality=None), said)
              for d in ("a", "c")]
    claims.append(_told(money("b", "$4.8 billion", 4.8e9, "USD", subject=word, attribute=None, modality=None),
                        f"{word} of the state railway rose to $4.8 billion in May, the ministry said."))
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == conflicts


def test_a_price_of_one_is_no_side_against_the_total():
    """'for $8.6 billion, or $54 a share': the price of one share is another quantity than the deal's."""
    claims = [_told(money(d, "$8.6 billion", 8.6e9, "USD", subject="Acme", attribute="deal", modality=None),
                    "Acme agreed on Monday to buy Globex for $8.6 billion in cash and stock.") for d in ("a", "b")]
    told = "Globex agreed to be taken over by Acme for $8.6 billion, or $54 a share."
    claims += [_told(money("c", "$8.6 billion", 8.6e9, "USD", subject="Acme", attribute="deal", modality=None), told),
               _told(money("c", "$54", 54.0, "USD", subject="Acme", attribute="deal", modality=None), told)]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert found == []


@pytest.mark.parametrize(("verb", "other_verb", "conflicts"), [
    # two counts that went opposite ways are two figures: jobs shed against jobs added
    ("shed", "add", 0),
    ("close", "open", 0),
    # the same way, or one way unsaid: one figure told two ways
    ("cut", "shed", 1),
    ("cut", None, 1),
])
def test_counts_that_went_opposite_ways_are_two_figures(verb, other_verb, conflicts):
    def jobs(d, n, lemma):  # noqa: ANN001, ANN202
        claim = count(d, f"{n:,} jobs", n, "jobs", "job", subject=None)
        return _told(claim, f"The economy changed by {n:,} jobs in September.").model_copy(
            update={"context": ["job", lemma] if lemma else ["job"]})

    claims = [jobs("a", 4200, verb), jobs("c", 4200, verb), jobs("b", 18000, other_verb)]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == conflicts


# Two invented stories whose outlets lead with the story's figure and name no measure for it in
# words the others use: a lottery win and a hospital's new wing.
_LEADS = {
    "lottery": [
        "A syndicate of 41 warehouse workers in Dellmoor has claimed the €18.6 million Fortuna jackpot, the "
        "operator said on Monday.\n\nThe group has played the same numbers since 2015, paying €3 a week each.",
        "Forty-one warehouse staff in Dellmoor are sharing a prize of 18.6 million euros after Saturday's "
        "Fortuna draw.\n\nEach will receive roughly €450,000, the operator said.",
        "{lead}\n\nThe group has played the same numbers since 2015, paying €3 a week each.",
    ],
    "donation": [
        "A shipping heiress has donated $27.5 million to Corrow College to fund scholarships, the "
        "college said on Monday.\n\nThe money will pay for 300 places a year.",
        "Corrow College has received a $27.5m gift from shipping heiress Mara Ellingsen.\n\n"
        "It will fund 300 scholarship places a year, starting in 2026.",
        "{lead}\n\nThe money will pay for 300 places a year.",
    ],
    "hospital": [
        "Harrow Vale General will spend £64 million on a new cancer wing, the health board said on "
        "Thursday.\n\nThe wing will hold 120 beds and open in 2027.",
        "A £64m expansion of Harrow Vale General's cancer services was approved on Thursday.\n\n"
        "Construction starts in March and the wing will open in 2027 with 120 beds.",
        "{lead}\n\nThe wing will hold 120 beds and open in 2027.",
    ],
}


@pytest.mark.parametrize(("story", "lead", "conflicts"), [
    # the third outlet's opening sentence gets the figure wrong: the story's question, answered two ways
    ("lottery", "Dellmoor warehouse workers scooped €12.5 million in Saturday's Fortuna draw.", 1),
    ("hospital", "Harrow Vale General has committed £46 million to a cancer wing, officials said.", 1),
    # the lead of the third outlet, which the alignment left on its own, joins the others' lead
    ("donation", "Corrow College's new scholarships are funded by an endowment of $17.5 million.", 1),
    # the same figure further down, after another opening: an unnamed figure, not the lead, proves nothing
    ("lottery", "Warehouse staff in Dellmoor celebrated on Monday with 300 colleagues.\n\n"
                "The workers scooped €12.5 million in Saturday's Fortuna draw.", 0),
    # ... unless it is the others' figure with two digits swapped: a misprint ties it (verdict._slip_of_keys)
    ("lottery", "Warehouse staff in Dellmoor celebrated on Monday with 300 colleagues.\n\n"
                "The workers scooped €16.8 million in Saturday's Fortuna draw.", 1),
])
def test_the_figure_each_outlet_leads_with_needs_no_shared_measure_word(tmp_path, story, lead, conflicts):
    from claimkit.api import reconcile_paths

    for n, text in enumerate(_LEADS[story], 1):
        body = text.format(lead=lead)
        (tmp_path / f"0{n}.md").write_text(f"---\nsource: Outlet {n}\npublished: 2025-03-10\n---\n\n{body}\n", "utf-8")
    report = reconcile_paths([str(tmp_path)], Settings(cache_dir=None))
    claims = {c.id: c for c in report.claims}
    found = [x for x in report.conflicts if x.kind == "money"]
    assert len(found) == conflicts, [[claims[i].text for i in x.claims] for x in found]
    for x in found:  # the third outlet's figure against the other two
        assert {claims[i].doc.rsplit("/", 1)[-1] for i in x.sides[-1]} == {"03.md"}


@pytest.mark.parametrize(("third", "conflicts"), [
    ("The Civic League stays the largest party with 42 seats, despite losing 3.8 percentage points.", 0),
    ("Bank lending rates rose by 25 basis points on the day of the election.", 0),
    ("The Civic League stays the largest party with 42 seats and 36.4% of the vote.", 1),
])
def test_percentage_points_are_a_difference_not_a_rate(tmp_path, third, conflicts):
    """Each outlet's opening figure, none named by a measure word: "losing 3.8 percentage points" is
    a change between two shares, no rival of the share itself."""
    from claimkit.api import reconcile_paths

    told = ["The Civic League won Sunday's regional election with 31.4% of the vote, down from 35.2% in 2021.",
            "The Civic League finished first in the regional election with 31.4 per cent of the vote.", third]
    for n, text in enumerate(told, 1):
        (tmp_path / f"0{n}.md").write_text(f"---\nsource: Outlet {n}\npublished: 2025-03-10\n---\n\n{text}\n", "utf-8")
    report = reconcile_paths([str(tmp_path)], Settings(cache_dir=None))
    assert len([x for x in report.conflicts if x.kind == "percent"]) == conflicts



@pytest.mark.parametrize(("lone", "conflict"), [
    ({}, True),  # the third article's lead, left alone by the alignment, joins and is weighed as a headline
    ({"attribute": "endowment"}, False),  # it names a measure the leads do not: another figure
    ({"opens_with_a_date": True}, False),  # not its article's opening figure
])
def test_a_lone_lead_joins_the_lead_two_outlets_share(lone, conflict):
    """With a model that clusters only agreeing figures and never finds a dispute, only the leads
    decide: each article's first figure of the kind, in its first sentence with a figure, naming
    no measure; the two outlets that agree make the story's lead."""
    from claimkit.reconcile.align import Weights
    weights = Weights(same={"bias": -1.0, "value_agree": 3.0}, dispute={"bias": -5.0}, threshold=0.0,
                      one_on_one=0.0, headless=2.0)
    claims = []
    if lone.get("opens_with_a_date"):
        claims.append(date("c", "March 3", "2025-03-03", attribute="announce", subject=None).model_copy(
            update={"sentence": "The college announced the gift on March 3."}))
    said = {"a": "A shipping heiress has donated $27.5 million.", "b": "The college received a $27.5m gift.",
            "c": "Scholarships are funded by $12 million from the heiress."}
    # (no figure one slip of the keys from the others': that would join by itself, _join_slipped)
    for d, text, amount in (("a", "$27.5 million", 2.75e7), ("b", "$27.5m", 2.75e7), ("c", "$12 million", 1.2e7)):
        attribute = lone.get("attribute") if d == "c" else None
        claims.append(money(d, text, amount, "USD", subject=None, attribute=attribute, modality=None).model_copy(
            update={"sentence": said[d]}))
    _, _, conflicts = reconcile_claims(claims, [doc(x) for x in "abc"], S, weights)
    assert bool([x for x in conflicts if x.kind == "money"]) is conflict


@pytest.mark.parametrize(("subjects", "conflict"), [
    ((None, None, "Anouk Deveraux"), False),  # the 34-year-old is someone the others never name: another's age
    ((None, None, None), True),  # the same unnamed person told two ages
    # a name in common: one outlet's other reading (the clause's agent for "a 27-year-old") does not part them
    (("Orrin Guild", "Lena Marsh", "Lena Marsh"), True),
])
def test_ages_are_compared_only_between_the_same_people(subjects, conflict):
    from claimkit.reconcile.align import Weights
    weights = Weights(same={"bias": 1.0}, dispute={"bias": 1.0}, threshold=0.0, one_on_one=0.0, headless=2.0)

    def age(d, years, subject):  # noqa: ANN001, ANN202
        days = years * 365.25
        return DurationClaim(**_base(d, f"{years}-year-old", subject, "age", None, "exact"),
                             value=SpanValue(amount=years, unit="year", days=days, low=days, high=days))

    claims = [age(d, years, who) for d, years, who in zip("abc", (27, 27, 34), subjects)]
    _, _, conflicts = reconcile_claims(claims, [doc(x) for x in "abc"], S, weights)
    assert bool(conflicts) is conflict


_NO_DISPUTE = dict(same={"bias": 1.0}, dispute={"bias": -5.0}, threshold=0.0, one_on_one=0.0, headless=2.0)


@pytest.mark.parametrize(("third", "conflict"), [
    ({}, True),  # "awarded a €212 million contract" twice, "signed a €122m contract": one measure, two figures
    ({"subject": "Ostra"}, True),  # the party told by part of the majority's name
    ({"attribute": "loan"}, False),  # a lead of another measure: another figure
    ({"subject": "Corvin Bank"}, False),  # a lead about a party the majority never names
    ({"sentence": "In 2019 Ostra paid €122m for its tunnel."}, False),  # dated to an earlier year
])
def test_opening_figures_that_name_one_measure_answer_one_question(third, conflict):
    """Each article's opening figure, all three naming the same measure (or one side none): with a
    model that never joins a disagreement by its words, the leads alone make the conflict."""
    from claimkit.reconcile.align import Weights

    said = {"a": "The authority awarded a {} contract for the bridge on Tuesday.",
            "b": "Builders won the {} contract after a two-year tender.", "c": "Ostra will pay {} to build its bridge."}

    def lead(d, text, amount, **kw):  # noqa: ANN001, ANN202
        sentence = kw.pop("sentence", said[d].format(text))
        fields = {"subject": "Ostra Regional Transport Authority", "attribute": "contract", "modality": None, **kw}
        return _told(money(d, text, amount, "EUR", **fields), sentence)

    claims = [lead("a", "€212 million", 2.12e8), lead("b", "€212m", 2.12e8), lead("c", "€122m", 1.22e8, **third)]
    _, _, conflicts = reconcile_claims(claims, [doc(x) for x in "abc"], S, Weights(**_NO_DISPUTE))
    assert bool(conflicts) is conflict


@pytest.mark.parametrize(("third_day", "conflict"), [
    (dt.date(2025, 4, 26), False),  # the next day's lead: "said on Saturday", its own news day
    (PUB, True),  # the same day's copy: one statement's day told two ways
])
def test_leads_dated_from_their_own_article_day_are_each_days_news(third_day, conflict):
    from claimkit.reconcile.align import Weights

    def said(d, weekday, day):  # noqa: ANN001, ANN202
        said = {"a": "Harbeck Appliances said on {} it would recall 1.4 million heaters after 23 fires.",
                "b": "The recall was announced on {} by Harbeck Appliances.",
                "c": "Harbeck Appliances said on {} it had opened a hotline for owners."}
        claim = _told(date(d, weekday, day.isoformat(), attribute="state", subject="Harbeck Appliances"),
                      said[d].format(weekday))
        return claim.model_copy(update={"value": claim.value.model_copy(update={"relative": weekday.casefold()})})

    friday, saturday = PUB, dt.date(2025, 4, 26)
    claims = [said("a", "Friday", friday), said("b", "Friday", friday), said("c", "Saturday", saturday)]
    docs = [doc("a"), doc("b"), doc("c", third_day)]
    _, _, conflicts = reconcile_claims(claims, docs, S, Weights(**_NO_DISPUTE))
    assert bool(conflicts) is conflict


@pytest.mark.parametrize(("told", "conflict"), [
    # each article's "said on <its own day>" (or the day before), in copy of three days: three days' news
    ([("Monday", "2025-04-21", "2025-04-21"), ("Tuesday", "2025-04-22", "2025-04-22"),
      ("Wednesday", "2025-04-23", "2025-04-23")], False),
    ([("Sunday", "2025-04-20", "2025-04-21"), ("Sunday", "2025-04-20", "2025-04-21"),
      ("Tuesday", "2025-04-22", "2025-04-22")], False),
    # a later article that names neither its own day nor the day before: the same statement's day told wrong
    ([("Monday", "2025-04-21", "2025-04-21"), ("Monday", "2025-04-21", "2025-04-21"),
      ("Saturday", "2025-04-19", "2025-04-22")], True),
])
def test_days_of_saying_that_are_each_articles_own_day_are_its_news(told, conflict):
    _weekday_story(told, conflict, "state", {
        "a": "Health officials said on {} that six cases had been confirmed.",
        "b": "The health protection team said on {} that it was testing towers.",
        "c": "Officials said on {} that the outbreak had grown."})


@pytest.mark.parametrize(("told", "conflict"), [
    # any day an article tells as its own ("enters its ninth day on Friday" in Friday's copy)
    ([("Friday", "2025-04-18", "2025-04-18"), ("Friday", "2025-04-18", "2025-04-18"),
      ("Monday", "2025-04-21", "2025-04-21")], False),
    # ... not a day before it (only a day of saying may be the day before: "said on Sunday" in Monday's)
    ([("Friday", "2025-04-18", "2025-04-18"), ("Friday", "2025-04-18", "2025-04-18"),
      ("Wednesday", "2025-04-16", "2025-04-21")], True),
])
def test_a_day_each_article_tells_as_its_own_is_its_news(told, conflict):
    _weekday_story(told, conflict, "enter", {
        "a": "About 4,800 dockworkers entered the ninth day of their strike on {}.",
        "b": "The port strike entered a ninth day on {}, with 140 ships at anchor.",
        "c": "Shops report empty shelves as the port strike enters its tenth day on {}."})


def _weekday_story(told, conflict, attribute, said):  # noqa: ANN001, ANN202
    from claimkit.reconcile.align import Weights
    claims, docs = [], []
    for d, (weekday, day, published) in zip("abc", told):
        claim = _told(date(d, weekday, day, attribute=attribute, subject=None), said[d].format(weekday))
        claims.append(claim.model_copy(update={"value": claim.value.model_copy(update={"relative": weekday.casefold()})}))
        docs.append(doc(d, dt.date.fromisoformat(published)))
    weights = Weights(same={"bias": 1.0}, dispute={"bias": 1.0}, threshold=0.0, one_on_one=0.0, headless=0.0)
    _, _, conflicts = reconcile_claims(claims, docs, S, weights)
    assert bool(conflicts) is conflict


def test_a_volume_and_a_length_are_never_one_fact():
    """Figures joined by every word around them, and by a model that joins anything, stay apart when
    their units measure two dimensions: "14 million litres" of water and a "900 mm" main."""
    from claimkit.reconcile.align import Weights, cannot_link
    from claimkit.reconcile.frames import build_frames
    sentence = "The 900 mm main burst and about 14 million litres of water were lost."
    volume = _quantity("a", "14 million litres", 1.4e7, "litre", "cubic_meter", sentence, ["lose", "water"])
    length = _quantity("b", "900 mm", 0.9, "metre", "meter", sentence, ["burst", "main"])
    weights = Weights(same={"bias": 5.0}, dispute={"bias": 5.0}, threshold=0.0, one_on_one=0.0, headless=0.0)
    facts = reconcile_claims([volume, length], [doc("a"), doc("b")], S, weights)[1]
    assert sorted(len(f.claims) for f in facts) == [1, 1]
    a, b = build_frames([volume, length], {}, {}, include_regions=False)
    assert cannot_link(a, b)
    assert not cannot_link(a, build_frames([volume.model_copy(update={"doc": "c"})], {}, {}, include_regions=False)[0])


@pytest.mark.parametrize(("same", "heads", "conflict"), [
    (-3.0, False, True),  # unnamed figures, weakly tied: the unit and the dispute model decide
    (-6.0, False, False),  # tied below what no evidence at all scores (align.MISSING): two facts
    (-6.0, True, True),  # ... unless a measure word of their own joins them: the verdict weighs it as any
])
def test_unnamed_quantities_the_evidence_speaks_against_are_two_facts(same, heads, conflict):
    from claimkit.reconcile.align import Weights
    told = [("a", "800 km", 8e5, "The tremor was felt 800 km away in Orlen."),
            ("b", "some 800 km", 8e5, "Orlen, some 800 km to the south, also shook."),
            ("c", "about 12 km", 1.2e4, "The crater lies about 12 km north of the village.")]
    claims = [_quantity(d, text, n, "metre", "meter", sentence, ["lie"]) for d, text, n, sentence in told]
    if heads:
        claims = [c.model_copy(update={"attribute": "distance"}) for c in claims]
    weights = Weights(same={"bias": same}, dispute={"bias": 5.0}, threshold=0.0, one_on_one=0.0, headless=0.0)
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S, weights)
    assert bool(found) is conflict


@pytest.mark.parametrize(("text", "amount", "conflict"), [
    ("€21.2m", 2.12e7, True),  # ten times off: a slipped decimal, still the lead's error
    ("€310,000", 3.1e5, False),  # a thousand times off: another question, not one answered two ways
    ("€212,000", 2.12e5, True),  # ... unless it is the same numeral with its scale changed: a misprint
])
def test_leads_of_one_measure_orders_of_magnitude_apart_ask_two_questions(text, amount, conflict):
    from claimkit.reconcile.align import Weights
    said = {"a": "The authority awarded a {} contract for the bridge on Tuesday.",
            "b": "Builders won the {} contract after a two-year tender.", "c": "Ostra will pay {} to build its bridge."}

    def lead(d, text, amount):  # noqa: ANN001, ANN202
        return _told(money(d, text, amount, "EUR", subject=None, attribute="contract", modality=None),
                     said[d].format(text))

    claims = [lead("a", "€212 million", 2.12e8), lead("b", "€212m", 2.12e8), lead("c", text, amount)]
    _, _, conflicts = reconcile_claims(claims, [doc(x) for x in "abc"], S, Weights(**_NO_DISPUTE))
    assert bool(conflicts) is conflict


@pytest.mark.parametrize(("attribute", "b_published", "conflicts"), [
    ("state", dt.date(2025, 6, 18), 0),  # Wednesday's article reports Wednesday's statement
    ("tell", dt.date(2025, 6, 18), 0),
    ("state", dt.date(2025, 6, 16), 1),  # the same day's copy: one statement dated two ways
    ("close", dt.date(2025, 6, 18), 1),  # a day the event happened, not one a source spoke
])
def test_days_a_source_spoke_in_articles_of_other_days_are_two_statements(attribute, b_published, conflicts):
    """"The agency said on 16 June" in Monday's copy and "said on 18 June" in Wednesday's: an
    outbreak's health agency updates its count, and each outlet dates the update it reports."""
    def said(d, text, iso):  # noqa: ANN001, ANN202
        claim = date(d, text, iso, subject="Regional Health Agency", attribute=attribute)
        verb = {"state": "said", "tell": "told reporters", "close": "closed the dairy"}[attribute]
        return _told(claim, f"The Regional Health Agency {verb} on {text} that 14 cases were confirmed.")

    claims = [said("a", "16 June", "2025-06-16"), said("c", "16 June", "2025-06-16"), said("b", "18 June", "2025-06-18")]
    docs = [doc("a", dt.date(2025, 6, 16)), doc("c", dt.date(2025, 6, 16)), doc("b", b_published)]
    _, _, found = reconcile_claims(claims, docs, S)
    assert len(found) == conflicts


@pytest.mark.parametrize(("wrong", "conflicts"), [(24.0, 1), (42.0, 0)])
def test_a_fact_told_in_two_currencies_no_rate_weighs_is_contradicted_in_either(wrong, conflicts):
    """Every outlet gives the ransom in dollars, and in bitcoin: "42 bitcoin" twice against "24
    bitcoin". No rate weighs bitcoin against dollars, so the dollars, which all agree, say nothing
    of the bitcoin figures; these are weighed among themselves."""
    def paid(d, coins):  # noqa: ANN001, ANN202
        text = f"{coins:g} bitcoin"
        said = f"The haulier paid a ransom of {text}, then worth $2.7 million, to the gang."
        return [_told(money(d, text, coins, "XBT", subject="Drummond Logistics", attribute="ransom", modality=None), said),
                _told(money(d, "$2.7 million", 2.7e6, "USD", prec=0.02, subject="Drummond Logistics", attribute="ransom",
                            modality=None), said)]

    claims = [*paid("a", 42.0), *paid("c", 42.0), *paid("b", wrong)]
    _, _, found = reconcile_claims(claims, [doc("a"), doc("b"), doc("c")], S)
    assert len(found) == conflicts
    if found:
        sides = [{cid.split("#")[0] for cid in side} for side in found[0].sides]
        assert sides[found[0].majority] == {"a", "c"}


def test_a_majority_told_in_two_units_weighs_an_outlier_in_either():
    """"$2.7 million, the equivalent of 42 bitcoin" in two outlets, "$3.4 million" alone in a third
    (a dollar side of its own), and "24 bitcoin" in a fourth: the bitcoin figure is weighed against
    the majority's own figure in bitcoin, which its conversions tie to its dollars."""
    def paid(d, dollars, coins):  # noqa: ANN001, ANN202
        said = f"The haulier paid a ransom of ${dollars:g} million, the equivalent of {coins:g} bitcoin, to the gang."
        return [_told(money(d, f"${dollars:g} million", dollars * 1e6, "USD", prec=0.02, subject="Drummond Logistics",
                            attribute="ransom", modality=None), said),
                _told(money(d, f"{coins:g} bitcoin", coins, "XBT", subject="Drummond Logistics", attribute="ransom",
                            modality=None), said)]

    def coins_only(d, coins):  # noqa: ANN001, ANN202
        return [_told(money(d, f"{coins:g} bitcoin", coins, "XBT", subject="Drummond Logistics", attribute="ransom",
                            modality=None), f"The haulier paid the gang a ransom of {coins:g} bitcoin.")]

    claims = [*paid("a", 2.7, 42.0), *paid("c", 2.7, 42.0), *paid("e", 3.4, 42.0), *coins_only("b", 24.0)]
    _, _, found = reconcile_claims(claims, [doc(x) for x in "aceb"], S)
    texts = {c.id: c.text for c in claims}
    (conflict,) = found
    assert sorted([texts[cid] for cid in conflict.sides[n]] for n in conflict.outliers) == [["$3.4 million"], ["24 bitcoin"]]
    assert "42 bitcoin" in {texts[cid] for cid in conflict.sides[conflict.majority]}


@pytest.mark.parametrize(("wrong", "conflicts"), [((310e9, "$310 billion"), 1), ((84e6, "$84 million"), 0)])
def test_a_majority_in_a_currency_no_rate_weighs_ties_an_outlier_by_its_words(wrong, conflicts):
    """"310 billion shillings (about $84 million)" in one outlet, 310 billion shillings and, further on,
    $84 million in another, and "$310 billion" in a third (the shillings printed as dollars). No rate
    weighs the shilling, so only the dollars can contradict the outlier, but the words that tie it to
    the fact are the shilling figures' ("awarded a ... contract to rebuild the highway"): they stand
    with their conversions on the majority's side."""
    def ugx(d):  # noqa: ANN001, ANN202
        return money(d, "310 billion shillings", 310e9, "UGX", prec=0.01, subject="Gulu", attribute="contract",
                     modality=None)

    def usd(d, amount, text):  # noqa: ANN001, ANN202
        return money(d, text, amount, "USD", prec=0.01, subject="Gulu", attribute="contract", modality=None)

    both = "The roads agency awarded a 310 billion shillings (about $84 million) contract to rebuild the Gulu highway."
    claims = [_told(ugx("a"), both), _told(usd("a", 84e6, "about $84 million"), both),
              _told(ugx("c"), "The roads agency awarded a 310 billion shillings contract to rebuild the Gulu highway."),
              _told(usd("c", 84e6, "$84 million"), "The minister said the work, worth $84 million, was overdue."),
              _told(usd("b", *wrong), f"The roads agency awarded a {wrong[1]} contract to rebuild the Gulu highway.")]
    _, _, found = reconcile_claims(claims, [doc(x) for x in "acb"], S)
    assert len(found) == conflicts
    if found:
        texts = {c.id: (c.doc, c.text) for c in claims}
        assert [texts[cid] for n in found[0].outliers for cid in found[0].sides[n]] == [("b", "$310 billion")]


def test_a_stage_of_the_count_that_contradicts_the_outlier_stands_with_the_majority():
    """The final "4,206,881 votes" and a rounded "4.2 million", against a misprinted "42.1
    million": the tally at 87% counted is another stage of the same count, no side of its own,
    but it contradicts the misprint as the majority does, so it stands on the majority's side."""
    def told(d, text, n, sentence, prec=0.0):  # noqa: ANN001, ANN202
        claim = count(d, text, n, "votes", "vote", subject="Ana Ruiz")
        claim = claim.model_copy(update={"value": claim.value.model_copy(update={"precision": prec})})
        return _told(claim, sentence)

    claims = [told("a", "4.2 million votes", 4.2e6, "Ana Ruiz won 4.2 million votes, the electoral board said.", 0.012),
              told("c", "4.2 million votes", 4.2e6, "Ana Ruiz won 4.2 million votes, the electoral board said.", 0.012),
              told("e", "4,206,881 votes", 4206881, "Ana Ruiz won 4,206,881 votes with 100 per cent of the votes counted."),
              told("b", "4,120,554 votes", 4120554, "With 87% of the ballots counted, Ana Ruiz had 4,120,554 votes."),
              told("d", "42.1 million votes", 4.21e7, "Ana Ruiz won 42.1 million votes, the electoral board said.", 0.0012)]
    _, _, found = reconcile_claims(claims, [doc(d) for d in "acebd"], S)
    assert len(found) == 1
    majority = found[0].sides[found[0].majority]
    assert claims[3].id in majority and claims[4].id not in majority


def _temperature(text: str, amount: float, unit: str, q: str = "exact") -> QuantityClaim:
    kelvin = amount + 273.15 if unit == "degree_Celsius" else (amount - 32) * 5 / 9 + 273.15
    return QuantityClaim(**_base("a", text, None, None, None, q),
                         value=QuantityValue(amount=amount, unit=unit, base_amount=kelvin, base_unit="kelvin",
                                             low=amount, high=amount))


@pytest.mark.parametrize(("a", "b", "conflict"), [
    # temperatures are offset scales: compared by degrees, not by a share of a kelvin figure
    (("46.4C", 46.4, "degree_Celsius"), ("44.6C", 44.6, "degree_Celsius"), True),
    (("30C", 30, "degree_Celsius"), ("32C", 32, "degree_Celsius"), True),
    (("30C", 30, "degree_Celsius"), ("31C", 31, "degree_Celsius"), False),  # 30.5 either way
    (("41.5C", 41.5, "degree_Celsius"), ("41.8C", 41.8, "degree_Celsius"), True),
    # ... each rounded to its last digit, in its own scale
    (("43.7C", 43.7, "degree_Celsius"), ("110.7F", 110.7, "degree_Fahrenheit"), False),
    (("40C", 40, "degree_Celsius"), ("104F", 104, "degree_Fahrenheit"), False),
    (("-5C", -5, "degree_Celsius"), ("23F", 23, "degree_Fahrenheit"), False),
    (("about 45C", 45, "degree_Celsius", "approx"), ("46C", 46, "degree_Celsius"), False),
    (("about 45C", 45, "degree_Celsius", "approx"), ("48C", 48, "degree_Celsius"), True),
])
def test_temperatures_compare_by_degrees(a, b, conflict):
    verdict = compare_claims(_temperature(*a), _temperature(*b))
    assert verdict is not None and verdict.conflict is conflict


@pytest.mark.parametrize(("a", "b", "slip"), [
    # the decimal point or the scale word moved: one figure's digits, a power of ten apart
    (money("a", "£14.8 million", 1.48e7, "GBP"), money("b", "£1.48 million", 1.48e6, "GBP"), True),
    (money("a", "R4.2 billion", 4.2e9, "ZAR"), money("b", "R4.2 million", 4.2e6, "ZAR"), True),
    (money("a", "$865 million", 8.65e8, "USD"), money("b", "$86.5m", 8.65e7, "USD"), True),
    # neighbouring digits swapped, one digit changed, dropped or added (three digits or more)
    (count("a", "1.38 million customers", 1.38e6, "customers", "customer"),
     count("b", "1.83 million households", 1.83e6, "households", "household"), True),
    (count("a", "1,240 jobs", 1240, "jobs", "job"), count("b", "1,740 people", 1740, "people", "person"), True),
    (count("a", "1,850 pupils", 1850, "pupils", "pupil"), count("b", "850 pupils", 850, "pupils", "pupil"), True),
    (money("a", "€184 million", 1.84e8, "EUR"), money("b", "€148 million", 1.48e8, "EUR"), True),
    (money("a", "$11.2 million", 1.12e7, "USD"), money("b", "$17.2 million", 1.72e7, "USD"), True),
    # the same numeral in another unit
    (_temperature("38C", 38, "degree_Celsius"), _temperature("38F", 38, "degree_Fahrenheit"), True),
    # two digits swapped are a slip; two otherwise apart too often tell two things; two keys apart is no slip
    (count("a", "84 homes", 84, "homes", "home"), count("b", "48 homes", 48, "homes", "home"), True),
    # ... the two either side of the decimal point too, in a figure of three digits or more
    (_share("a", "16.8 per cent", 16.8), _share("b", "18.6 per cent", 18.6), True),
    (_share("a", "24.7 per cent", 24.7), _share("b", "27.4 per cent", 27.4), True),
    (_share("a", "16.8 per cent", 16.8), _share("b", "81.6 per cent", 81.6), False),
    (_share("a", "3.2 per cent", 3.2), _share("b", "2.3 per cent", 2.3), False),
    (money("a", "$4.5 million", 4.5e6, "USD"), money("b", "$5.4 million", 5.4e6, "USD"), True),
    (count("a", "45 homes", 45, "homes", "home"), count("b", "65 homes", 65, "homes", "home"), False),
    (count("a", "45 homes", 45, "homes", "home"), count("b", "4 homes", 4, "homes", "home"), False),
    (money("a", "£1.5 million", 1.5e6, "GBP"), money("b", "£15 million", 1.5e7, "GBP"), True),
    (money("a", "£2 million", 2e6, "GBP"), money("b", "£20 million", 2e7, "GBP"), False),
    (count("a", "1,240 jobs", 1240, "jobs", "job"), count("b", "4,210 jobs", 4210, "jobs", "job"), False),
    (count("a", "1,240 jobs", 1240, "jobs", "job"), count("b", "1,750 jobs", 1750, "jobs", "job"), False),
    (money("a", "£14.8 million", 1.48e7, "GBP"), money("b", "£4.8 million", 4.8e6, "GBP"), True),
    (money("a", "£14.8 million", 1.48e7, "GBP"), money("b", "£1.84 million", 1.84e6, "GBP"), False),
    (money("a", "$3.5 million", 3.5e6, "USD"), money("b", "$3.5 million", 3.5e6, "USD"), True),
    # years are compared as periods; a day is slipped with its month name confused, or its day or
    # year mistyped, as printed (not a day worked out from a weekday)
    (date("a", "2032", "2032-01-01", "2032-12-31", "year"), date("b", "2023", "2023-01-01", "2023-12-31", "year"), False),
    (date("a", "June 9, 2027", "2027-06-09"), date("b", "July 9 next year", "2027-07-09"), True),
    (date("a", "3 October", "2026-10-03"), date("b", "13 October", "2026-10-13"), True),
    (date("a", "Oct. 21", "2026-10-21"), date("b", "Oct. 12", "2026-10-12"), True),
    (date("a", "Jan. 1, 2027", "2027-01-01"), date("b", "Jan. 1, 2028", "2028-01-01"), True),
    (date("a", "Oct. 3", "2026-10-03"), date("b", "Oct. 8", "2026-10-08"), False),  # one digit each: two days
    (date("a", "Monday", "2026-10-12"), date("b", "Wednesday", "2026-10-14"), False),
    (date("a", "June 9", "2027-06-09"), date("b", "July 10", "2027-07-10"), False),
    # a share of a measure restated as a sum is a power of ten from it by arithmetic, not by a slip
    (money("a", "€840 million", 8.4e8, "EUR"),
     _told(money("b", "roughly €84 million", 8.4e7, "EUR"),
              "The law allows a fine of up to 10% of its annual turnover — roughly €84 million."), False),
    (money("a", "$24 million", 2.4e7, "USD"),
     _told(money("b", "$2.4 million", 2.4e6, "USD"), "Lawyers may claim a tenth of the fund, or about $2.4 million."),
     False),
    # ... but the whole a share is told of is no restatement of it
    (money("a", "€840 million", 8.4e8, "EUR"),
     _told(money("b", "€84 million", 8.4e7, "EUR"), "Exports were 12% of the region's €84 million output."), True),
])
def test_a_typing_slip_turns_one_figure_into_the_other(a, b, slip):
    from claimkit.reconcile.compare import typing_slip

    assert typing_slip(a, b) is slip and typing_slip(b, a) is slip


@pytest.mark.parametrize(("a", "b", "slipped"), [
    # two neighbouring digits swapped, or one dropped, in numerals of three significant digits or
    # more: a misprint that needs no more evidence from the words (verdict._plain_misprint)
    (count("a", "3,857 people", 3857, "people", "person"), count("b", "3,587 entrants", 3587, "entrants", "entrant"),
     True),
    (count("a", "1,406 kiosks", 1406, "kiosks", "kiosk"), count("b", "146 kiosks", 146, "kiosks", "kiosk"), True),
    (money("a", "€2.35 million", 2.35e6, "EUR"), money("b", "€2.53 million", 2.53e6, "EUR"), True),
    # ... not two digits moved, one digit changed, figures of two digits, nor a moved point
    (count("a", "3,857 people", 3857, "people", "person"), count("b", "3,578 people", 3578, "people", "person"),
     False),
    (count("a", "1,240 jobs", 1240, "jobs", "job"), count("b", "1,740 jobs", 1740, "jobs", "job"), False),
    (count("a", "48 boats", 48, "boats", "boat"), count("b", "84 boats", 84, "boats", "boat"), False),
    (money("a", "£14.8 million", 1.48e7, "GBP"), money("b", "£1.48 million", 1.48e6, "GBP"), False),
])
def test_digits_slipped_in_a_long_numeral(a, b, slipped):
    from claimkit.reconcile.compare import digits_slipped

    assert digits_slipped(a, b) is slipped and digits_slipped(b, a) is slipped
