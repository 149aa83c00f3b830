"""Money written with slang, glued minor units and a lone article (issue 13, currency forms, part 2).

Sentences are invented; values worked out by hand. A row is (sentence, claim text without its
bounding words, amount, currency); a negative row is a sentence with no money in it.
"""

from __future__ import annotations

import pytest

from conftest import core

CURRENCY_FORMS = [
    # "quid": British slang for pounds sterling
    ("He paid 20 quid for the ticket.", "20 quid", 20, "GBP"),
    ("A pint costs four quid in the village.", "four quid", 4, "GBP"),
    ("The taxi cost a quid more than the bus.", "a quid", 1, "GBP"),
    # pence glued to the figure, under a hundred
    ("The loaf went up to 99p on Monday.", "99p", 0.99, "GBP"),
    ("Petrol rose 4.5p a litre.", "4.5p", 0.045, "GBP"),
    ("The stamp now costs 85p.", "85p", 0.85, "GBP"),
    # and a hundred pence and more told to a tenth of a penny, as fuel is sold
    ("Unleaded averaged 148.9p a litre in March.", "148.9p", 1.489, "GBP"),
    ("Diesel fell to 152.35p at supermarket pumps.", "152.35p", 1.5235, "GBP"),
    # one unit, told with the article
    ("Bus fares cost a dollar in the old days.", "a dollar", 1, "USD"),
    ("Families live on less than a euro a day.", "a euro", 1, "EUR"),
    ("The app costs a buck, its maker said.", "a buck", 1, "USD"),
    # notes named by what they are worth, and a thousand in slang
    ("He lent me a fiver for the bus.", "a fiver", 5, "GBP"),
    ("Tickets cost a tenner each.", "a tenner", 10, "GBP"),
    ("The repair came to a grand in the end.", "a grand", 1000, "USD"),
    ("A call costs a rupee.", "a rupee", 1, "INR"),
    # the Swiss hundredth
    ("A stamp for a postcard costs 85 centimes.", "85 centimes", 0.85, "CHF"),
    ("The fare rose by 40 centimes.", "40 centimes", 0.40, "CHF"),
    # the hundredth of a currency named before it: the figure is that hundredth, not whole units
    ("The bottle deposit is 25 euro cents.", "25 euro cents", 0.25, "EUR"),
    ("Each stamp costs 50 US cents more from May.", "50 US cents", 0.50, "USD"),
    ("A call to the line costs 99 Australian cents.", "99 Australian cents", 0.99, "AUD"),
    ("The toonie fell 2 Canadian cents against the dollar.", "2 Canadian cents", 0.02, "CAD"),
    ("Milk rose 12 New Zealand cents a litre.", "12 New Zealand cents", 0.12, "NZD"),
    ("It came to 25 euros, cents included.", "25 euros", 25, "EUR"),  # no hundredth named after the figure
    # a word several countries' currencies share, with a default, is the one of the country the text names
    ("A riad in Marrakech, Morocco, is 900 dirhams a night.", "900 dirhams", 900, "MAD"),
    ("A room in Dubai is 900 dirhams a night.", "900 dirhams", 900, "AED"),
    ("The visa costs 300 riyals at the border with Qatar.", "300 riyals", 300, "QAR"),
    ("The visa costs 300 riyals, officials said.", "300 riyals", 300, "SAR"),
    ("The court in Kigali, Rwanda, fined him 2 million francs.", "2 million francs", 2e6, "RWF"),
    ("Tolls in Muscat, Oman, rose to 5,000 rials.", "5,000 rials", 5000, "OMR"),
    # a currency's own name that is also a word or a name: money where the text names its country
    ("A tuk-tuk in Vientiane, Laos, costs 30,000 kip.", "30,000 kip", 30_000, "LAK"),
    ("The court in Cluj, Romania, fined the driver 2,500 lei.", "2,500 lei", 2500, "RON"),
    ("Pensions in Moldova rose to 3,000 lei a month.", "3,000 lei", 3000, "MDL"),
    ("A beer in Sofia, Bulgaria, costs 4 leva.", "4 leva", 4, "BGN"),
    ("In Yerevan, Armenia, a taxi ride costs 1,200 drams.", "1,200 drams", 1200, "AMD"),
    ("Bus fares in Lima, Peru, rose to 2 soles.", "2 soles", 2, "PEN"),
    ("Rent in Baku, Azerbaijan, is 600 manat.", "600 manat", 600, "AZN"),
    # ... or a city of it (data/cities.json: capitals and large cities), a dateline's in capitals too
    ("A harbour tour in Bergen costs 450 kroner.", "450 kroner", 450, "NOK"),
    ("In Odense the fine was 2,000 kroner.", "2,000 kroner", 2000, "DKK"),
    ("A tram ticket in Ostrava is 30 crowns.", "30 crowns", 30, "CZK"),
    ("MOMBASA, May 4 - The port fined the shipper 8 million shillings.", "8 million shillings", 8e6, "KES"),
    ("A dinner in Rosario came to 40,000 pesos.", "40,000 pesos", 40_000, "ARS"),
    ("Hotels in Lausanne charge 250 francs a night.", "250 francs", 250, "CHF"),
    # ... and where the story names several, the one the figure's own sentence names, by its name, a
    # city or its currency's adjective: the country in focus, not one named further on
    ("Chilean start-up Copihue raised 30 billion pesos on Tuesday. It also sells in Mexico and Peru.",
     "30 billion pesos", 3e10, "CLP"),
    ("A court in Kampala fined the brewer 2 billion shillings. Kenya and Tanzania have similar laws.",
     "2 billion shillings", 2e9, "UGX"),
    ("Bergen's council set the harbour fee at 450 kroner. Denmark charges less.", "450 kroner", 450, "NOK"),
    ("Mombasa's county signed a deal worth Sh2.1 billion. Most of its cargo goes on to Uganda.",
     "Sh2.1 billion", 2.1e9, "KES"),
    # a code that is also a word, before a figure grouped by a dot in a currency counted in whole units
    ("A taxi across Cali costs COP 18.000 at night.", "COP 18.000", 18_000, "COP"),
    ("Lunch in Pereira came to COP 25.500 a head.", "COP 25.500", 25_500, "COP"),
    # a currency's own name that only one current currency has (a retired namesake aside)
    ("Grapes in Skopje sell for 18 denars a kilo.", "18 denars", 18, "MKD"),
    ("A market meal costs 8 quetzales.", "8 quetzales", 8, "GTQ"),
    ("Entry to the pagoda costs 10,000 kyats.", "10,000 kyats", 10_000, "MMK"),
    ("The ferry costs 1,500 colones.", "1,500 colones", 1500, "CRC"),
    ("A coffee in Tirana costs 150 lek.", "150 lek", 150, "ALL"),
    # local signs of the Namibian dollar, the shekel, the Turkish lira and the taka, and the
    # kobo and the piastre, a hundredth of the naira and of the Egyptian pound
    ("A beer in Windhoek was N$40.", "N$40", 40, "NAD"),
    ("The bus to Haifa costs 30 NIS.", "30 NIS", 30, "ILS"),
    ("A simit in Izmir is 15 TL now.", "15 TL", 15, "TRY"),
    ("The launch ticket in Barisal was Tk 120.", "Tk 120", 120, "BDT"),
    ("Diesel rose by 80 kobo a litre.", "80 kobo", 0.8, "NGN"),
    ("A loaf in Giza now costs 25 piastres.", "25 piastres", 0.25, "EGP"),
    # a part of one unit said in words, and hundreds "odd"
    ("The plumber wanted half a grand for the boiler.", "half a grand", 500, "USD"),
    ("The bus fare came to half a quid.", "half a quid", 0.5, "GBP"),
    ("She spent two hundred odd quid on the tickets.", "two hundred odd quid", 200, "GBP"),
]
CURRENCY_FORMS_NEGATIVE = [
    "The phone streams in 720p and 1080p.",
    "The old set only showed 480p pictures.",
    "She shops at a dollar store on Main Street.",
    "The euro zone grew, a euro official said.",
    "He bought a dollar-denominated bond.",
    "The quid pro quo was denied.",
    "Player 2p joins the game.",
    "Route 5p is closed.",
    # ... and no money where no country of it is named
    "He drank two drams of whisky.",
    "Engineers rated the beam at 40 kips.",
    "He paid 3,000 pesos after flying from Bogotá to Santiago.",  # two countries with pesos named
    "The Mexican buyer paid the Chilean seller 12 billion pesos. Both firms also trade in Peru.",
    "COP 18 officers were hurt in the clash.",  # the word, before a count
    "Hawaii's growers sold 3,000 lei to tourists.",
    "The TL team won 3 games.",
    # "a penny" or "a cent" that is no sum: none at all, or the British idiom
    "We haven't got a penny left for the roof.",
    "The county won't pay a cent towards the bridge.",
    "I must spend a penny before the film starts.",
    # "The", a figure and a capitalised noun: a title
    "My gran loved The $64,000 Question on Sundays.",
    "Tk and Tl are symbols on a chart of 40 elements.",
]


@pytest.mark.parametrize(("sentence", "text", "amount", "currency"), CURRENCY_FORMS)
def test_currency_form(extract_text, sentence, text, amount, currency):
    claims = extract_text(sentence, kind="money")
    assert [(core(c.text), c.value.amount, c.value.currency) for c in claims] == [
        (text, pytest.approx(amount), currency)]


@pytest.mark.parametrize("sentence", CURRENCY_FORMS_NEGATIVE)
def test_no_money(extract_text, sentence):
    assert extract_text(sentence, kind="money") == []


# A bound written after the figure ("$15 at most") keeps its qualifier, as "$15 or less" does.
TRAILING_BOUNDS = [
    ("The ticket costs $15 at most.", "$15", "at_most"),
    ("The fine is $500 minimum, the law says.", "$500", "at_least"),
    ("Expect to pay 40 euros at the most.", "40 euros", "at_most"),
    ("Rooms cost 90 pounds maximum.", "90 pounds", "at_most"),
    ("Bail is $2,000 at least.", "$2,000", "at_least"),
    ("She paid $15 at the door.", "$15", "exact"),
    ("He paid $15 at most shops.", "$15", "exact"),  # 'most' before a noun is a determiner
]


@pytest.mark.parametrize(("sentence", "text", "qualifier"), TRAILING_BOUNDS)
def test_trailing_bound(extract_text, sentence, text, qualifier):
    claims = extract_text(sentence, kind="money")
    assert [(c.text, c.qualifier) for c in claims] == [(text, qualifier)]


# A major unit named in two words, then its hundredths: one amount.
TWO_WORD_MAJOR_AND_MINOR = [
    ("It costs 20 Swiss francs and 50 centimes.", "20 Swiss francs and 50 centimes", 20.50, "CHF"),
    ("A coffee is 4 Swiss francs 20 centimes in Bern.", "4 Swiss francs 20 centimes", 4.20, "CHF"),
    ("The toll is 3 Canadian dollars and 25 cents.", "3 Canadian dollars and 25 cents", 3.25, "CAD"),
    ("He paid 3 US dollars 40 cents.", "3 US dollars 40 cents", 3.40, "USD"),
    ("The fee is 12 Swiss francs.", "12 Swiss francs", 12, "CHF"),
]
# "a day" after a currency's name is a rate, not a length of time
RATES_NOT_LENGTHS = [
    "He lives on a dollar a day.",
    "She earns 20 quid a week.",
    "Workers get five euros an hour.",
    "The fare is 80 cents a ride, or 3 dollars a day.",
    "Pensioners get 300 rupees a month.",
    # and after a figure glued to its currency sign
    "A hostel bed in Singapore is S$45 a night.",
    "Parking near the pier costs HK$30 a day.",
    "Bikes rent for R$20 an hour on the beach.",
]


@pytest.mark.parametrize(("sentence", "text", "amount", "currency"), TWO_WORD_MAJOR_AND_MINOR)
def test_two_word_major_and_minor(extract_text, sentence, text, amount, currency):
    claims = extract_text(sentence, kind="money")
    assert [(c.text, c.value.amount, c.value.currency) for c in claims] == [(text, pytest.approx(amount), currency)]


@pytest.mark.parametrize("sentence", RATES_NOT_LENGTHS)
def test_rate_is_no_duration(extract_text, sentence):
    assert extract_text(sentence, kind="duration") == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("He paid $5 or so for it.", "$5"),
    ("Lunch was 12 euros or so.", "12 euros"),
])
def test_or_so_is_approx(extract_text, sentence, text):
    assert [(c.text, c.qualifier) for c in extract_text(sentence, kind="money")] == [(text, "approx")]


# The country after the dollar sign, as Australian and New Zealand papers write it.
DOLLAR_THEN_CODE = [
    ("The fine was $US500 million.", "$US500 million", 500e6, "USD"),
    ("A coffee cost $A5 in Sydney.", "$A5", 5, "AUD"),
    ("The deal is worth $NZ3 billion.", "$NZ3 billion", 3e9, "NZD"),
    ("Profit was $US1.2bn.", "$US1.2bn", 1.2e9, "USD"),
]
DOLLAR_THEN_CODE_NEGATIVE = [
    "The $ sign and the US50 road.",
    "Type $ then US1 in the box.",
]


@pytest.mark.parametrize(("sentence", "text", "amount", "currency"), DOLLAR_THEN_CODE)
def test_dollar_then_code(extract_text, sentence, text, amount, currency):
    claims = extract_text(sentence, kind="money")
    assert [(c.text, c.value.amount, c.value.currency) for c in claims] == [(text, pytest.approx(amount), currency)]


@pytest.mark.parametrize("sentence", DOLLAR_THEN_CODE_NEGATIVE)
def test_dollar_sign_alone(extract_text, sentence):
    assert [c.text for c in extract_text(sentence, kind="money") if c.text.startswith("$")] == []


@pytest.mark.parametrize("sentence", ["Unleaded averaged 148.9p a litre in March.", "Mangoes are S$9 a kilo there."])
def test_unit_after_a_glued_price_is_no_measure(extract_text, sentence):
    assert extract_text(sentence, kind="quantity") == []
