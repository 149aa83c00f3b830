"""Penal sentences: phrase -> SpanValue (days checked by hand: year 365.25, month 30.4375), modality, attribute."""

from __future__ import annotations

import pytest

from claimkit.extract import sentence
from claimkit.extract.base import Context


@pytest.fixture(scope="module")
def find(nlp, settings):
    ctx = Context(doc_id="t", published=None, settings=settings)

    def run(text: str):
        doc = nlp(text)
        return [(doc.text[f.start:f.end], f) for f in sentence.find(doc, ctx)]

    return run


@pytest.mark.parametrize(("text", "surface", "amount", "unit", "days", "qualifier", "modality", "attribute"), [
    ("If convicted, he could face 10 years in prison.", "10 years in prison", 10, "year", 3652.5, "exact", "potential", "prison term"),
    ("Durov could face up to 10 years in prison.", "10 years in prison", 10, "year", 3652.5, "at_most", "potential", "prison term"),
    ("Durov faces a lawsuit, potentially resulting in a 10-year prison sentence.", "10-year prison sentence", 10, "year", 3652.5, "exact", "potential", "prison term"),
    ("Durov Facing up to 10 years of prison time if condemned.", "10 years of prison time", 10, "year", 3652.5, "at_most", "potential", "prison term"),
    ("He was sentenced to 25 years.", "25 years", 25, "year", 9131.25, "exact", "imposed", "prison term"),
    ("She received a nine-year sentence.", "nine-year sentence", 9, "year", 3287.25, "exact", "imposed", "prison term"),
    ("He spent four months in jail.", "four months in jail", 4, "month", 121.75, "exact", "imposed", "prison term"),
    ("The judge gave him five years' probation.", "five years' probation", 5, "year", 1826.25, "exact", "imposed", "probation"),
    ("He was ordered to serve three years of supervised release.", "three years of supervised release", 3, "year", 1095.75, "exact", "imposed", "supervised release"),
    ("Prosecutors sought 144 months in prison.", "144 months in prison", 144, "month", 4383.0, "exact", "requested", "prison term"),
    ("The judge sentenced him to one year and one day in prison.", "one year and one day in prison", 366.25, "day", 366.25, "exact", "imposed", "prison term"),
    ("He was sentenced to a five-year, two-month prison term.", "five-year, two-month prison term", 62, "month", 1887.125, "exact", "imposed", "prison term"),
    ("The offence is punishable by up to 10 years.", "10 years", 10, "year", 3652.5, "at_most", "potential", "prison term"),
    ("He was jailed for 18 months.", "18 months", 18, "month", 547.875, "exact", "imposed", "prison term"),
    ("He would be sentenced to 20 years if found guilty.", "20 years", 20, "year", 7305.0, "exact", "potential", "prison term"),
    ("Prosecutors asked for a 10-year sentence.", "10-year sentence", 10, "year", 3652.5, "exact", "requested", "prison term"),
    ("He was handed a two-year suspended sentence.", "two-year suspended sentence", 2, "year", 730.5, "exact", "imposed", "suspended sentence"),
    ("The court jailed him for six weeks.", "six weeks", 6, "week", 42.0, "exact", "imposed", "prison term"),
    ("He must do 200 hours of community service in prison.", "200 hours of community service", 200, "hour", 200 / 24, "exact", None, "community service"),
    ("He received a sentence of 30 months.", "30 months", 30, "month", 913.125, "exact", "imposed", "prison term"),
    ("The maximum sentence is 10 years.", "10 years", 10, "year", 3652.5, "exact", "potential", "prison term"),
    ("Judge gives man 6 years for drug trafficking.", "6 years", 6, "year", 2191.5, "exact", "imposed", "prison term"),
    ("A Moscow court sentenced Gershkovich to 16 years in a high-security penal colony.",
     "16 years in a high-security penal colony", 16, "year", 5844.0, "exact", "imposed", "prison term"),
    ("He was sentenced to two and a half years in prison.", "two and a half years in prison", 2.5, "year", 913.125, "exact", "imposed", "prison term"),
    ("She was given 14 months of house arrest.", "14 months of house arrest", 14, "month", 426.125, "exact", "imposed", "house arrest"),
    ("He faces a maximum of 20 years behind bars.", "20 years behind bars", 20, "year", 7305.0, "at_most", "potential", "prison term"),
    # no cue touches the figure; the sentence is about the punishment and the figure is its object
    ("His punishment: nine years, to be served in a maximum security prison.", "nine years", 9, "year", 3287.25, "exact", "imposed", "prison term"),
    ("The judge sent the founder to prison for 12 years.", "12 years", 12, "year", 4383.0, "exact", None, "prison term"),
    ("His lawyers had argued for a custodial term of only 366 days.", "366 days", 366, "day", 366.0, "exact", "requested", "prison term"),
    ("His lawyers said a 20-year term would have amounted to life imprisonment.", "20-year", 20, "year", 7305.0, "exact", "potential", "prison term"),
    ("Prosecutors had pressed for 20 years in the sentencing memo.", "20 years", 20, "year", 7305.0, "exact", "requested", "prison term"),
    # an indeterminate sentence: life, with parole possible after the figure
    ("He was sentenced to 15 years to life.", "15 years to life", 15, "year", 5478.75, "at_least", "imposed", "prison term"),
    ("He was jailed for life with a minimum term of 25 years.", "25 years", 25, "year", 9131.25, "exact", "imposed", "minimum term"),
    # a term told as the time until release is no sentence either
    ("She will serve six years before she is eligible for parole.", "six years", 6, "year", 2191.5, "exact", None, "minimum term"),
    ("The judge said he could be released after four years and one month in prison.",
     "four years and one month in prison", 49, "month", 1491.4375, "exact", "potential", "minimum term"),
    ("He is expected to spend 30 months in jail before being paroled.", "30 months in jail", 30, "month", 913.125, "exact",
     None, "minimum term"),
    ("She must spend three years behind bars before she can be released.", "three years behind bars", 3, "year",
     1095.75, "exact", None, "minimum term"),
    ("He will serve 18 months in jail before he is paroled.", "18 months in jail", 18, "month", 547.875,
     "exact", None, "minimum term"),
    # the non-parole period of Australian and New Zealand courts
    ("A non-parole period of six years was set by the court.", "six years", 6, "year", 2191.5,
     "exact", None, "minimum term"),
    ("The judge set a non-parole period of four years and two months.", "four years and two months", 50, "month",
     1521.875, "exact", None, "minimum term"),
    ("He was sentenced to nine years in prison before a packed court.", "nine years in prison", 9, "year", 3287.25,
     "exact", "imposed", "prison term"),
    ("She was jailed for seven years after a trial in Leeds.", "seven years", 7, "year", 2556.75, "exact", "imposed",
     "prison term"),
])
def test_sentence(find, text, surface, amount, unit, days, qualifier, modality, attribute):
    found = find(text)
    assert len(found) == 1, found
    got_text, f = found[0]
    assert got_text == surface
    assert f.value.amount == pytest.approx(amount)
    assert f.value.unit == unit
    assert f.value.days == pytest.approx(days)
    assert (f.qualifier, f.modality, f.attribute) == (qualifier, modality, attribute)


def test_terms_named_in_apposition(find):
    found = find("The total is built from two concurrent terms - 144 months and 120 months - for the two fraud counts.")
    assert [(t, f.value.days, f.attribute) for t, f in found] == [
        ("144 months", 4383.0, "prison term"), ("120 months", 3652.5, "prison term")]


def test_range_sentence(find):
    (_, f), = find("He was sentenced to between five and seven years in prison.")
    assert f.qualifier == "range"
    assert (f.value.low, f.value.high) == pytest.approx((5, 7))  # in the stated unit, years
    assert f.value.days_range() == pytest.approx((1826.25, 2556.75))


def test_two_modalities_in_one_sentence(find):
    found = find("Prosecutors asked for a 10-year sentence, but he was sentenced to 7 years.")
    assert [(t, f.modality) for t, f in found] == [("10-year sentence", "requested"), ("7 years", "imposed")]


@pytest.mark.parametrize(("text", "terms"), [
    ("He was jailed for nine years, with a non-parole period of six years.",
     [("nine years", "prison term"), ("six years", "minimum term")]),
    ("The court imposed a sentence of 12 years and a nonparole period of eight years.",
     [("12 years", "prison term"), ("eight years", "minimum term")]),
])
def test_the_non_parole_period_beside_its_sentence(find, text, terms):
    assert [(t, f.attribute) for t, f in find(text)] == terms


def test_subject_is_who_faces_it(find):
    (_, f), = find('EU Member of Parliament Salla criticized the bill, while Durov faces a lawsuit in France, '
                   'potentially resulting in a 10-year prison sentence.')
    assert f.subject == "Durov"


@pytest.mark.parametrize("text", [
    # who imposes a term is not whose it is: the judge who jails, sentences or orders
    "District Judge Kamal Okafor jailed him for 32 weeks.",
    "Judge Ana Ortiz sentenced him to six years in prison.",
    "Magistrate Lena Vos ordered him to serve 18 months in jail.",
])
def test_the_judge_is_not_whose_term_it_is(find, text):
    (_, f), = find(text)
    assert f.subject is None  # left to the clause's patient (context.subject resolves "him")


@pytest.mark.parametrize("text", [
    "The company faces two years of losses.",
    "He was sentenced to time served.",
    "He served 10 years on the board.",
    "The project took 10 years.",
    "He was sentenced to life in prison.",
    "A 12-year-old boy was arrested.",
    "The bill was rejected after 10 years of debate.",
    "He spent 10 years in a refugee camp.",
    "His term is four years.",
    "She got a two-year ban from athletics.",
    "The judge will serve a four-year term.",
    # a ban, an order or a suspension is never a custodial term, whatever the verb before it
    "The judge imposed a 15-year director disqualification order.",
    "She was handed a three-year driving ban.",
    "The court imposed a two-year community order.",
    "The rider was given a two-year suspension by the federation.",
    "The sentencing took place 12 years ago.",
    "He was released from prison in two years of good behaviour.",
])
def test_no_sentence(find, text):
    assert find(text) == []


@pytest.mark.parametrize(("text", "terms"), [
    # the period a sentence is suspended for, or a ban, is no prison term
    ("He was given a two-year jail term, suspended for three years.", ["two-year jail term"]),
    ("She received a six-month sentence, suspended for two years.", ["six-month sentence"]),
    ("He was jailed for nine months and banned from driving for three years.", ["nine months"]),
    ("He was jailed for two years and disqualified from being a director for 12 years.", ["two years"]),
])
def test_suspension_and_ban_periods_are_no_term(find, text, terms):
    assert [t for t, _ in find(text)] == terms


@pytest.mark.parametrize(("text", "terms"), [
    # the time a relative clause tells of the deeds or a career, beside the term: no term
    ("A bookkeeper who stole £900,000 from the charity over 11 years was jailed for six years.", ["six years"]),
    ("The man who ran the club for more than two decades began a four-year prison sentence.",
     ["four-year prison sentence"]),
    ("A nurse who poisoned patients for three years was jailed for life.", []),
    ("The gang that smuggled migrants for five years was sentenced on Friday.", []),
    # ... a relative clause that jails: its term
    ("A dealer who was sentenced to nine years has appealed.", ["nine years"]),
])
def test_the_time_a_relative_clause_tells_of_the_deeds_is_no_term(find, text, terms):
    assert [t for t, _ in find(text)] == terms


@pytest.mark.parametrize(("text", "terms"), [
    # years a weak verb spends in a body, a job or a role are a career, not a term, beside a penalty
    ("A sergeant who had served 22 years in the army was jailed for four years.", ["four years"]),
    ("Okafor, who spent 11 years at the bank, was sentenced to six years in prison.", ["six years in prison"]),
    ("The councillor, who served eight years on the council, was fined $5,000 and jailed for 18 months.",
     ["18 months"]),
    ("The treasurer, who served two years as mayor, was convicted of fraud.", []),
    # ... in custody or a named place they are the term
    ("The killer, who has served 14 years in prison, was denied parole.", ["14 years in prison"]),
    ("She spent six years in a maximum-security jail after the robbery conviction.",
     ["six years in a maximum-security jail"]),
])
def test_years_in_a_body_or_a_role_are_no_term(find, text, terms):
    assert [t for t, _ in find(text)] == terms


def test_in_prison_for(find):
    (text, f), = find("He has been behind bars for two years.")
    assert (text, f.value.days, f.attribute) == ("two years", 730.5, "prison term")


def test_seeds_sentences_agree(extract_text):
    from conftest import SEEDS

    claims = []
    for path in sorted(SEEDS.glob("00[012]_*.txt")):
        claims += extract_text(path.read_text("utf-8"), kind="sentence")
    assert [(c.text, c.value.days, c.qualifier, c.modality) for c in claims] == [
        ("10-year prison sentence", 3652.5, "exact", "potential"),
        ("10 years in prison", 3652.5, "exact", "potential"),
        ("up to 10 years in prison", 3652.5, "at_most", "potential"),  # the driver keeps the bound in the text
        ("up to 10 years of prison time", 3652.5, "at_most", "potential"),
    ]


@pytest.mark.parametrize(("text", "terms"), [
    # a weak verb's bare term beside a sentence about jail: the term of that penalty
    ("Two men behind a spree of thefts have been jailed. Vasko, who planned the raids, received six years.",
     ["six years"]),
    ("Marsh got four years. His brother was jailed for two years on the same charge.", ["four years", "two years"]),
    # ... not a term with a noun of its own after it, nor a weak verb beside no word of jail
    ("She was jailed in 2019. She had received six years of training.", []),
    ("The firm grew quickly. Its founder got two years of funding.", []),
    ("The mill opened in 1868. Its owners received six years of grants.", []),
])
def test_a_bare_term_beside_a_sentence_about_jail(find, text, terms):
    assert [t for t, _ in find(text)] == terms
