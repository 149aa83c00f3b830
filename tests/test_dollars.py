"""Which dollar a bare "$" is: US dollars, unless the outlet says otherwise.

A text that writes "US$" uses the bare sign for another dollar; an outlet in a country with its
own dollar may mean either. A conversion in the same sentence names the dollar; without one the
figure is not compared. Sentences are invented; rates are the ECB's for 2024.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from claimkit.models import Document, MoneyClaim, MoneyValue
from claimkit.reconcile import reconcile_claims
from claimkit.reconcile.rates import with_base
from claimkit.settings import Settings

PUB = dt.date(2024, 11, 9)
S = Settings()
_ids = itertools.count()


def doc(name: str, url: str | None = None) -> Document:
    return Document(id=name, path=name, sha256="0" * 64, published=PUB, url=url)


def money(d: str, text: str, amount: float, currency: str, sentence: str, source: str = "symbol",
          precision: float = 0.002) -> MoneyClaim:
    n = next(_ids)
    start = sentence.find(text)
    return MoneyClaim(id=f"{d}#{n}-{n + 1}", doc=d, text=text, start=start, end=start + len(text), line=1, column=1,
                      sentence=sentence, subject="Acme", attribute="fine", extractor="test",
                      value=MoneyValue(amount=amount, currency=currency, low=amount, high=amount, precision=precision,
                                       currency_source=source))  # type: ignore[arg-type]


def read(claims: list[MoneyClaim], docs: list[Document]) -> dict[str, MoneyClaim]:
    return {c.text: c for c in with_base(claims, {d.id: d for d in docs}, S)}  # type: ignore[misc]


AU = "https://www.example.com.au/business/fine"
US = "https://www.example.com/business/fine"


@pytest.mark.parametrize(("url", "sentence", "figures", "bare", "expected"), [
    # an Australian outlet converts euros: the figure fits the AUD rate (about 1.65/EUR), not the USD one (1.08)
    (AU, "The regulator fined Acme €500 million ($830 million) on Friday.",
     [("€500 million", 5e8, "EUR")], ("$830 million", 8.3e8), "AUD"),
    # the same outlet converting at the US rate means US dollars
    (AU, "The regulator fined Acme €500 million ($540 million) on Friday.",
     [("€500 million", 5e8, "EUR")], ("$540 million", 5.4e8), "USD"),
    # "US$" beside a bare "$" in a Singapore outlet: the bare sign is the local dollar
    ("https://www.example.com.sg/markets", "The fund lends 2 billion yuan (US$280 million or $372 million) to cities.",
     [("2 billion yuan", 2e9, "CNY"), ("US$280 million", 2.8e8, "USD")], ("$372 million", 3.72e8), "SGD"),
    # an American outlet: a bare "$" stays US dollars, whatever follows
    (US, "The regulator fined Acme €500 million ($540 million) on Friday.",
     [("€500 million", 5e8, "EUR")], ("$540 million", 5.4e8), "USD"),
])
def test_conversion_names_the_dollar(url, sentence, figures, bare, expected):
    claims = [money("a", text, amount, cur, sentence) for text, amount, cur in figures]
    claims.append(money("a", bare[0], bare[1], "USD", sentence, source="inferred"))
    got = read(claims, [doc("a", url)])[bare[0]]
    assert got.value.currency == expected
    assert got.value.in_base is not None


@pytest.mark.parametrize(("url", "texts", "why"), [
    (AU, [("The regulator fined Acme $5 million.", "$5 million", 5e6, "inferred")], "own dollar"),
    (US, [("Acme paid US$2 million in March.", "US$2 million", 2e6, "symbol"),
          ("The regulator fined Acme $5 million.", "$5 million", 5e6, "inferred")], "'US$'"),
])
def test_open_dollar_is_not_compared(url, texts, why):
    claims = [money("a", text, amount, "USD", sentence, source) for sentence, text, amount, source in texts]
    got = read(claims, [doc("a", url)])["$5 million"]
    assert got.value.in_base is None and got.value.currency_source == "ambiguous"
    assert any("not compared" in n and why in n for n in got.notes)


@pytest.mark.parametrize("other", [("€500 million", 5e8, "EUR"), ("US$500 million", 5e8, "USD")])
def test_open_dollar_raises_no_conflict(other):
    """A $5 million figure of an Australian outlet against €500 million or US$500 million in two others:
    which dollar is not known, so no conflict (not even against US dollars, in US dollars), where a
    US outlet's $5 million is one."""
    text, amount, currency = other
    fines = [money(d, text, amount, currency, f"The regulator fined Acme {text} on Monday.") for d in "bc"]
    for url, conflicts in ((AU, 0), (US, 1)):
        fine_usd = money("a", "$5 million", 5e6, "USD", "The regulator fined Acme $5 million on Monday.",
                         source="inferred")
        _, _, found = reconcile_claims([fine_usd, *fines], [doc("a", url), doc("b"), doc("c")], S)
        assert len(found) == conflicts, url


@pytest.mark.parametrize(("marked", "bare", "expected"), [
    # the story's other article marks the same figure's dollar: the bare sign is that dollar
    (("A$485 million", 4.85e8, "AUD", "symbol"), ("$485 million", 4.85e8), "AUD"),
    (("212 million Canadian dollars", 2.12e8, "CAD", "name"), ("$212 million", 2.12e8), "CAD"),
    # ... not another figure, nor one two dollars are marked on (no one dollar is told)
    (("A$485 million", 4.85e8, "AUD", "symbol"), ("$480 million", 4.8e8), "USD"),
])
def test_a_bare_dollar_takes_the_dollar_the_story_marks_on_its_figure(marked, bare, expected):
    text, amount, currency, source = marked
    claims = [money("b", text, amount, currency, f"The stadium will cost {text}.", source=source),
              money("a", bare[0], bare[1], "USD", f"The stadium will cost {bare[0]}.", source="inferred")]
    got = read(claims, [doc("a", US), doc("b", US)])[bare[0]]
    assert got.value.currency == expected


def test_a_figure_two_dollars_are_marked_on_tells_no_dollar():
    claims = [money("b", "A$40 million", 4e7, "AUD", "It costs A$40 million."),
              money("c", "NZ$40 million", 4e7, "NZD", "It costs NZ$40 million."),
              money("a", "$40 million", 4e7, "USD", "It costs $40 million.", source="inferred")]
    got = read(claims, [doc("a", US), doc("b", US), doc("c", US)])["$40 million"]
    assert got.value.currency == "USD" and got.value.currency_source == "inferred"


def test_a_bare_dollar_read_from_the_story_raises_no_conflict():
    """"$485 million" in one outlet, "A$485 million" in two others: one figure, no conflict."""
    claims = [money(d, "A$485 million", 4.85e8, "AUD", "The upgrade will cost A$485 million.") for d in "bc"]
    claims.append(money("a", "$485 million", 4.85e8, "USD", "The upgrade will cost $485 million.", source="inferred"))
    _, _, found = reconcile_claims(claims, [doc("a", US), doc("b", US), doc("c", US)], S)
    assert found == []


@pytest.mark.parametrize(("figure", "conversion", "expected"), [
    # "Rs" is read as the Indian rupee; a conversion the Indian rate does not meet says it is another
    # rupee (Sri Lankan here), which has no ECB rate: not compared
    (("Rs 148 billion", 1.48e11, "INR"), ("about US$490 million", 4.9e8, "USD"), (None, "ambiguous")),
    # ... one the Indian rate meets keeps it
    (("Rs 4,000 crore", 4e10, "INR"), ("about US$480 million", 4.8e8, "USD"), ("INR", "inferred")),
    # "¥" is read as the yen; a conversion only the yuan's rate meets makes it the yuan
    (("¥2 billion", 2e9, "JPY"), ("$280 million", 2.8e8, "USD"), ("CNY", "inferred")),
    (("¥380 billion", 3.8e11, "JPY"), ("$2.5 billion", 2.5e9, "USD"), ("JPY", "inferred")),
])
def test_a_conversion_tells_which_currency_a_shared_sign_is(figure, conversion, expected):
    (text, amount, currency), (other, other_amount, other_currency) = figure, conversion
    sentence = f"The road cost {text} ({other}) to build."
    elsewhere = f"Its builders were paid {text} in all."
    claims = [money("a", text, amount, currency, sentence, source="inferred"),
              money("a", other, other_amount, other_currency, sentence),
              money("b", text, amount, currency, elsewhere, source="inferred")]
    got = with_base(claims, {d.id: d for d in (doc("a", US), doc("b", US))}, S)
    cur, source = expected
    for c in (got[0], got[2]):  # the story's other figure in the sign is read the same way
        assert c.value.currency_source == source
        assert c.value.currency == (cur or currency)
        assert (c.value.in_base is None) == (cur is None)
