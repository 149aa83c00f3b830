"""Durations and quantities beyond the peer benchmark (issue 13), one table per class.

Sentences are invented; values worked out by hand (a US cup is 236.5882365 ml, a US gallon
3.785411784 l, an inch 2.54 cm, an ounce 28.349523125 g). Conventions: a range keeps both ends (low, high); two measures
of one dimension told one after the other ("6 feet 2 inches") are one claim, summed in the
smaller unit, as "2 hours 10 minutes" is for durations.
"""

from __future__ import annotations

import pytest

from claimkit.extract import duration
from claimkit.extract.base import Context
from conftest import core


@pytest.fixture(scope="module")
def durations(nlp, settings):
    ctx = Context(doc_id="t", published=None, settings=settings)
    return lambda text: [(text[f.start:f.end], f) for f in duration.find(nlp(text), ctx)]


# sentence, claim text, amount, unit, low, high (in that unit)
DURATIONS = [
    # fractions and spoken compounds
    ("The meeting lasted one and a quarter hours.", "one and a quarter hours", 1.25, "hour", 1.25, 1.25),
    ("The flight took 1 hour thirty.", "1 hour thirty", 90, "minute", 90, 90),
    ("The drive took 2 hours forty-five.", "2 hours forty-five", 165, "minute", 165, 165),
    ("The ferry crossing is an hour and five.", "an hour and five", 65, "minute", 65, 65),
    ("The climb took 3 hours and 20.", "3 hours and 20", 200, "minute", 200, 200),
    ("It took three quarters of an hour.", "three quarters of an hour", 0.75, "hour", 0.75, 0.75),
    # composite measures, summed
    ("The trip took 2 hours 10 minutes.", "2 hours 10 minutes", 130, "minute", 130, 130),
    ("The trial lasted 2 weeks and 3 days.", "2 weeks and 3 days", 17, "day", 17, 17),
    # ranges keep both ends
    ("The talks lasted between 2 and 3 hours.", "2 and 3 hours", 3, "hour", 2, 3),
    ("Repairs take 2-3 weeks.", "2-3 weeks", 3, "week", 2, 3),
    # a measure over a span: "in" a time after a measure of the same verb is the time taken, even
    # under a future or an imperative (where "in two hours" alone says when)
    ("She will swim 5 km in two hours.", "two hours", 2, "hour", 2, 2),
    ("Up to 80mm of rain could fall in 24 hours.", "24 hours", 24, "hour", 24, 24),
    ("Drive 300 km in 4 hours.", "4 hours", 4, "hour", 4, 4),
    # a race time in hours, minutes and seconds, summed in seconds
    ("The winner crossed the line in 2:06:51.", "2:06:51", 7611, "second", 7611, 7611),
    ("She clocked 2:19:12 in Berlin last year.", "2:19:12", 8352, "second", 8352, 8352),
    ("His personal best of 1:02:45.5 still stands.", "1:02:45.5", 3765.5, "second", 3765.5, 3765.5),
    # hours and minutes before a word of hours; a shutter's fraction of a second
    ("The crossing took 1:45 hrs in fog.", "1:45 hrs", 105, "minute", 105, 105),
    ("Shoot at 1/250 sec to freeze the motion.", "1/250 sec", 0.004, "second", 0.004, 0.004),
    ("The camera's shutter fires in 1/8000 of a second.", "1/8000 of a second", 0.000125, "second", 0.000125,
     0.000125),
]
CLOCK_TIMES = [  # a time of day, or a log's stamp, is no length
    "The blast happened at 10:45:30 local time.",
    "Doors stay open from 09:00:00 to 17:00:00.",
    "The error was logged 14:02:11 GMT.",
    "Meet me at 1:45 by the gate.",
]
RATES_OF_A_THING = [  # "a day" after a figure of a thing named by a code or a proper noun is a rate
    "Rent is 2,400 CHF a month.",
    "Take 1,000 mcg of B12 a day.",
]
IN_A_WHILE = [  # when, not how long: no measure, or one of another verb
    "We will leave in two hours.",
    "Pour 2 cups of water and serve in 10 minutes.",
]
# a scheduled event told in the present ("the sale ends in 5 days") or as due: "in" says when, a date
# (published 2025-08-29, a Friday)
SCHEDULED_IN = [
    ("The free trial on my meal kit ends in 5 days.", "in 5 days", "2025-09-03"),
    ("The museum reopens in two weeks, the city said.", "in two weeks", "2025-09-12"),
    ("The offer expires in three days.", "in three days", "2025-09-01"),
    ("Her flight leaves in 4 days from Gatwick.", "in 4 days", "2025-09-02"),
    ("The car's inspection is due in 6 weeks.", "in 6 weeks", "2025-10-10"),
    # ... a past verb of saying over it leaves it ahead
    ("The minister said the bridge would reopen in three months.", "in three months", "2025-11-29"),
]
STILL_A_LENGTH = [  # a change over a span, and the past, keep their length
    ("The stock doubles in two years at that rate.", "two years"),
    ("The festival ended in three days of rain.", "three days"),
    ("The old museum was rebuilt in two years.", "two years"),
    ("Half the revenue arrives in ten weeks of summer.", "ten weeks"),  # "in N weeks of" a season: how long
    ("The trial lasted a week on appeal.", "a week"),  # "a week on" a day is a day; not on a noun
]
DURATIONS_NEGATIVE_TAIL = [  # the figure after the hours is no minutes: the span stops at the hour
    ("He waited an hour 20 people came.", "an hour", None),
    ("We waited an hour and 20 people left.", "an hour", None),
    ("She slept 8 hours 3 nights in a row.", "8 hours", "3 nights"),
]

# sentence, claim text, low, high, unit, base amount, base unit, qualifier
QUANTITIES = [
    # fractions and an article as one
    ("Add half a gallon of water.", "half a gallon", 0.5, 0.5, "gallon", 0.0018927058920, "meter ** 3", "exact"),
    ("Stir in 3/4 cup of sugar.", "3/4 cup", 0.75, 0.75, "cup", 0.000177441177375, "meter ** 3", "exact"),
    ("Use 1 1/2 cups of milk.", "1 1/2 cups", 1.5, 1.5, "cup", 0.00035488235475, "meter ** 3", "exact"),
    ("The parcel weighs a kilogram.", "a kilogram", 1, 1, "kilogram", 1, "kilogram", "exact"),
    ("She lost a kilogram over the holidays.", "a kilogram", 1, 1, "kilogram", 1, "kilogram", "exact"),
    ("Add a quarter teaspoon of salt.", "a quarter teaspoon", 0.25, 0.25, "teaspoon", 1.2322304e-06, "meter ** 3",
     "exact"),
    ("Stir in a half cup of milk.", "a half cup", 0.5, 0.5, "cup", 0.0001182941182, "meter ** 3", "exact"),
    ("Add a quarter of a cup of sugar.", "a quarter of a cup", 0.25, 0.25, "cup", 5.91470591e-05, "meter ** 3",
     "exact"),
    # a part of one "of" the unit multiplies it: thirds, and quarters counted
    ("Add a third of a cup of milk.", "a third of a cup", 1 / 3, 1 / 3, "cup", 7.88627455e-05, "meter ** 3", "exact"),
    ("Stir in two thirds of a cup of cream.", "two thirds of a cup", 2 / 3, 2 / 3, "cup", 0.000157725491, "meter ** 3",
     "exact"),
    ("Pour in three quarters of a pint of stock.", "three quarters of a pint", 0.75, 0.75, "pint", 0.000354882355,
     "meter ** 3", "exact"),
    ("The trail climbs for a third of a mile.", "a third of a mile", 1 / 3, 1 / 3, "mile", 536.448, "meter", "exact"),
    # ... of a unit of power, as a plant's or a battery's output is told in words
    ("The battery can deliver a quarter of a gigawatt.", "a quarter of a gigawatt", 0.25, 0.25, "gigawatt", 2.5e8,
     "kilogram * meter ** 2 / second ** 3", "exact"),
    ("The new turbines add half a megawatt to the grid.", "half a megawatt", 0.5, 0.5, "megawatt", 5e5,
     "kilogram * meter ** 2 / second ** 3", "exact"),
    ("The dam supplies two thirds of a gigawatt.", "two thirds of a gigawatt", 2 / 3, 2 / 3, "gigawatt", 2e9 / 3,
     "kilogram * meter ** 2 / second ** 3", "exact"),
    # ... hyphenated, as many cooks and sub-editors write it, or as a slash fraction "of a" unit
    ("Use three-quarters of a teaspoon of salt.", "three-quarters of a teaspoon", 0.75, 0.75, "teaspoon",
     3.69669119531e-06, "meter ** 3", "exact"),
    ("The path climbs two-thirds of a mile.", "two-thirds of a mile", 2 / 3, 2 / 3, "mile", 1072.896, "meter",
     "exact"),
    ("Add 3/4 of a cup of water.", "3/4 of a cup", 0.75, 0.75, "cup", 0.000177441177375, "meter ** 3", "exact"),
    ("Whisk in 1/2 of a teaspoon of baking soda.", "1/2 of a teaspoon", 0.5, 0.5, "teaspoon", 2.46446079688e-06,
     "meter ** 3", "exact"),
    # parts of a pound weigh, before "of" or, hyphenated, before the thing they weigh
    ("Slice three quarters of a pound of cheese.", "three quarters of a pound", 0.75, 0.75, "pound", 0.3401942775,
     "kilogram", "exact"),
    ("Buy a quarter pound of ham.", "a quarter pound", 0.25, 0.25, "pound", 0.1133980925, "kilogram", "exact"),
    ("He ordered a half-pound burger.", "a half-pound", 0.5, 0.5, "pound", 0.226796185, "kilogram", "exact"),
    ("The diner sells a quarter-pound hot dog.", "a quarter-pound", 0.25, 0.25, "pound", 0.1133980925, "kilogram",
     "exact"),
    # ... and adds to a figure after "and a"
    ("Pour in one and a third cups of stock.", "one and a third cups", 4 / 3, 4 / 3, "cup", 0.000315450982,
     "meter ** 3", "exact"),
    ("Add 2 and a third cups of flour.", "2 and a third cups", 7 / 3, 7 / 3, "cup", 0.0005520392185, "meter ** 3",
     "exact"),
    ("Two thirds of a litre is plenty.", "Two thirds of a litre", 2 / 3, 2 / 3, "liter", 0.000666666667, "meter ** 3",
     "exact"),
    # the fraction told after the unit: one and a half
    ("Buy a litre and a half of water.", "a litre and a half", 1.5, 1.5, "liter", 0.0015, "meter ** 3", "exact"),
    ("The pipe runs a kilometre and a half.", "a kilometre and a half", 1.5, 1.5, "kilometer", 1500, "meter",
     "exact"),
    ("The school is half a mile away.", "half a mile", 0.5, 0.5, "mile", 804.672, "meter", "exact"),
    ("It is a quarter of a mile from the station.", "a quarter of a mile", 0.25, 0.25, "mile", 402.336, "meter",
     "exact"),
    ("We walked a mile and a half.", "a mile and a half", 1.5, 1.5, "mile", 2414.016, "meter", "exact"),
    ("They seized one and a half kilograms of heroin.", "one and a half kilograms", 1.5, 1.5, "kilogram", 1.5,
     "kilogram", "exact"),
    # composite measures, summed in the smaller unit
    ("He is 6 feet 2 inches tall.", "6 feet 2 inches", 74, 74, "inch", 1.8796, "meter", "exact"),
    ("The baby weighed 7 pounds 4 ounces.", "7 pounds 4 ounces", 116, 116, "ounce", 3.2885446825, "kilogram", "exact"),
    ("The fish was 2 pounds 3 ounces.", "2 pounds 3 ounces", 35, 35, "ounce", 0.992233309375, "kilogram", "exact"),
    # a height told as it is said: metres, then centimetres
    ("He stands 1 metre 85.", "1 metre 85", 1.85, 1.85, "meter", 1.85, "meter", "exact"),
    ("She is 1m85 tall.", "1m85", 1.85, 1.85, "meter", 1.85, "meter", "exact"),
    ("At 1 metre 92, he towers over the team.", "1 metre 92", 1.92, 1.92, "meter", 1.92, "meter", "exact"),
    # ... a qualifier before the first measure is the whole's
    ("It is about 6 feet 11 inches across.", "6 feet 11 inches", 83, 83, "inch", 2.1082, "meter", "approx"),
    ("The pike was over 3 ft 4 in long.", "3 ft 4 in", 40, 40, "inch", 1.016, "meter", "at_least"),
    # ranges keep both ends
    ("The road runs between 4 and 6 kilometres.", "4 and 6 kilometres", 4, 6, "kilometer", 4000, "meter", "range"),
    ("Temperatures of 25-35 degrees Celsius are expected.", "25-35 degrees Celsius", 25, 35, "degree_Celsius",
     298.15, "kelvin", "range"),
    # an area unit with a digit in it stays whole ("m2" read as "m" and a 2 before)
    ("The studio in Vienna is only 28 m2.", "28 m2", 28, 28, "meter ** 2", 28, "meter ** 2", "exact"),
    ("The reserve covers 140 km2 of wetland.", "140 km2", 140, 140, "kilometer ** 2", 140e6, "meter ** 2", "exact"),
    # glued units
    ("Buy 5l of milk.", "5l", 5, 5, "liter", 0.005, "meter ** 3", "exact"),
    ("The tank holds 2gal of fuel.", "2gal", 2, 2, "gallon", 0.007570823568, "meter ** 3", "exact"),
    # units read as counts before: a measure, whatever is measured
    ("Mix 2 cups of flour.", "2 cups", 2, 2, "cup", 0.000473176473, "meter ** 3", "exact"),
    ("We drank 4 cups of coffee.", "4 cups", 4, 4, "cup", 0.000946352946, "meter ** 3", "exact"),
    ("They shipped at least three hectolitres.", "three hectolitres", 3, 3, "hectoliter", 0.3, "meter ** 3",
     "at_least"),
    ("Add two tablespoons of oil.", "two tablespoons", 2, 2, "tablespoon", 2.95735295625e-05, "meter ** 3", "exact"),
    # a power before "hours" is an energy, spelled out ("5 megawatts per hour" stays a rate)
    ("The battery stores 400 megawatt-hours.", "400 megawatt-hours", 400, 400, "megawatt_hour", 1.44e12,
     "kilogram * meter ** 2 / second ** 2", "exact"),
    ("The plant produced 1,200 gigawatt-hours.", "1,200 gigawatt-hours", 1200, 1200, "gigawatt_hour", 4.32e15,
     "kilogram * meter ** 2 / second ** 2", "exact"),
    ("Homes use 3,000 kilowatt hours a year.", "3,000 kilowatt hours", 3000, 3000, "kilowatt_hour", 1.08e10,
     "kilogram * meter ** 2 / second ** 2", "exact"),
    ("The turbine adds 5 megawatts per hour.", "5 megawatts per hour", 5, 5, "megawatt / hour", 1388.888889,
     "kilogram * meter ** 2 / second ** 4", "exact"),
    # fluid ounces, a volume, not ounces that weigh nor a count of "fl oz"
    ("Pour 4 fl oz of water.", "4 fl oz", 4, 4, "fluid_ounce", 0.00011829411825, "meter ** 3", "exact"),
    ("A 12 fluid ounce can of soda.", "12 fluid ounce", 12, 12, "fluid_ounce", 0.00035488235475, "meter ** 3", "exact"),
    ("Drink 16 fluid ounces of water.", "16 fluid ounces", 16, 16, "fluid_ounce", 0.000473176473, "meter ** 3",
     "exact"),
    # pressure, speed at sea and data rates: measures, not counts
    ("Inflate the tyres to 32 psi.", "32 psi", 32, 32, "pound_force_per_square_inch", 220632.233381,
     "kilogram / meter / second ** 2", "exact"),
    ("The ship was doing 20 knots.", "20 knots", 20, 20, "knot", 10.2888888889, "meter / second", "exact"),
    ("Her broadband runs at 100 Mbps.", "100 Mbps", 100, 100, "megabit / second", 1e8, "bit / second", "exact"),
]
QUANTITIES_SEVERAL = [  # not one figure: other dimensions, a range without "between", a larger second part
    ("The truck drove 5 km and carried 20 kg.", ["5 km", "20 kg"]),
    ("He ran 4 and 6 kilometres on two days.", ["6 kilometres"]),  # the bare 4 names no unit of its own
    ("The boards were 6 feet and 14 inches long.", ["6 feet", "14 inches"]),
    ("He jumped 1 metre 20 times.", ["1 metre"]),  # the bare figure counts the times
    ("The patio will be 4m x 3m.", ["4m", "3m"]),  # a size: two lengths ("m" alone is a million elsewhere)
    ("The hall is 30 m by 12 m.", ["30 m", "12 m"]),
]
# Degrees with no scale written take the scale the text names elsewhere, as a bare figure takes the
# currency its text names; "below zero" is negative, "below freezing" counts down from 0 °C or 32 °F.
# text, claim text, value, unit
BARE_DEGREES = [
    ("Highs reached 38 degrees Celsius on Monday. On Tuesday it was over 35 degrees.", "35 degrees", 35,
     "degree_Celsius"),
    ("Highs reached 38 degrees Celsius. At night it was 5 below zero.", "5 below zero", -5, "degree_Celsius"),
    ("Readings topped 100 degrees Fahrenheit. By dawn it was 3 degrees below freezing.",
     "3 degrees below freezing", 29, "degree_Fahrenheit"),
    ("Lows of 2°C are forecast, and 4 degrees below zero in the hills.", "4 degrees below zero", -4,
     "degree_Celsius"),
    ("The lake froze at 20 degrees Fahrenheit; by noon it was 28 degrees.", "28 degrees", 28, "degree_Fahrenheit"),
]
# With no scale named anywhere, a temperature whose scale is unsaid: unit "degree", compared as written
# (pint's "degree" is an angle, so it is not converted); "below freezing" needs a scale.
UNSAID_SCALE = [
    ("It was over 35 degrees in Seville today.", "35 degrees", 35),
    ("Overnight it dropped to 5 below zero.", "5 below zero", -5),
    ("It is minus 12 degrees outside.", "minus 12 degrees", -12),
    ("It hit 40 degrees in the shade.", "40 degrees", 40),
    ("Preheat the oven to 180 degrees.", "180 degrees", 180),
    # a number of two words joined by a hyphen is one figure ("four degrees" before)
    ("Will it hit thirty-four degrees in Madrid on Sunday?", "thirty-four degrees", 34),
    ("By noon it was twenty-eight degrees on the beach.", "twenty-eight degrees", 28),
]
UNSAID_SCALE_NEGATIVE = [  # no heat: academic degrees, a figure of speech, a scale needed
    "She holds two degrees in law.",
    "The university awarded 4,000 degrees this year.",
    "There are six degrees of separation.",
    "Temperatures reached 3 degrees below freezing.",
]
BARE_DEGREES_NEGATIVE = [  # two scales named, or an angle
    "Highs were 30 degrees Celsius, or 86 degrees Fahrenheit; at night 20 degrees.",
    "After highs of 30 degrees Celsius the car made a 180 degree turn.",
    "Highs of 30°C were expected; the crane arm turned 90 degrees.",
    "The Earth's axis is tilted 23 degrees, astronomers said in a 20 degrees Celsius room.",
]
QUANTITIES_NEGATIVE = [
    "Petrol costs $3 a gallon.",
    "Rice sells for 5 euros a kilogram.",
    "Arsenal won a cup in May.",
    "He did not put a foot wrong.",
    "It was a ton of fun.",
    "She won by a mile.",
    "The cup final was on Saturday.",
    "They sold 5 cupcakes.",
    "Add a quarter cup.",  # a cup measures only "a cup of ..."
    "He found a pound on the pavement.",  # a pound alone is money or an idiom
    "A quarter pounder with cheese, please.",
    "The three-quarters of a century since the war.",
    "The quarter final was on Sunday.",
    "She had a third cup of coffee.",  # an ordinal: the third cup
    "The third mile was the hardest.",
    "She came third of a field of 40 runners.",
    "It holds 3 fluid gallons.",  # "fluid" names ounces only
]


@pytest.mark.parametrize(("text", "surface", "amount", "unit", "low", "high"), DURATIONS)
def test_duration(durations, text, surface, amount, unit, low, high):
    found = [(got, f.value) for got, f in durations(text)]
    assert [got for got, _ in found] == [surface]
    v = found[0][1]
    assert (v.unit, v.amount, v.low, v.high) == (unit, pytest.approx(amount), pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text", IN_A_WHILE)
def test_a_point_after_in_is_no_length(durations, text):
    assert durations(text) == []


@pytest.mark.parametrize("text", RATES_OF_A_THING)
def test_a_rate_of_a_thing_is_no_length(durations, text):
    assert durations(text) == []


@pytest.mark.parametrize("text", CLOCK_TIMES)
def test_a_time_of_day_is_no_race_time(durations, text):
    assert durations(text) == []


# "N-odd" (British): about N, in every kind of amount
ODD = [
    ("The cab was 40-odd quid.", "money", "40-odd quid", 40, "approx"),
    ("He paid £30-odd for the boots.", "money", "£30", 30, "approx"),
    ("She has 30-odd years on the force.", "duration", "30-odd years", 30, "approx"),
    ("The queue took 40 odd minutes.", "duration", "40 odd minutes", 40, "approx"),
    ("We hiked 20-odd miles along the coast.", "quantity", "20-odd miles", 20, "approx"),
]


# "a couple of" (about two) and "a dozen", "half a dozen" before a unit or a currency's name
COUNTED_WORDS = [
    ("Can you lend me a couple of bucks?", "money", "a couple of bucks", 2, "approx"),
    ("It only cost a couple of pounds.", "money", "a couple of pounds", 2, "approx"),
    ("The crate weighs a couple of hundred pounds.", "quantity", "a couple of hundred pounds", 200, "approx"),
    ("I lost a couple of pounds over the summer.", "quantity", "a couple of pounds", 2, "approx"),
    ("The trail runs a dozen miles inland.", "quantity", "a dozen miles", 12, "exact"),
    ("Pour in half a dozen litres of brine.", "quantity", "half a dozen litres", 6, "exact"),
]


@pytest.mark.parametrize(("text", "kind", "surface", "amount", "qualifier"), ODD + COUNTED_WORDS)
def test_odd_is_about_the_figure(extract_text, text, kind, surface, amount, qualifier):
    claims = extract_text(text, kind=kind)
    assert [(core(c.text), c.value.amount, c.qualifier) for c in claims] == [(surface, amount, qualifier)]


@pytest.mark.parametrize("text", ["He did 3 odd jobs and kept 2 odd socks.", "Buy a dozen eggs.",
                                  "A couple of people came."])
def test_counted_things_are_no_amount(extract_text, text):
    assert [c for c in extract_text(text) if c.kind in ("money", "quantity", "duration")] == []


@pytest.mark.parametrize(("text", "surface", "day"), SCHEDULED_IN)
def test_a_scheduled_event_in_a_while_is_a_date(extract_text, text, surface, day):
    claims = extract_text(text, published="2025-08-29")
    assert [(c.kind, core(c.text), getattr(c.value, "start", None)) for c in claims] == [("date", surface, day)]


@pytest.mark.parametrize(("text", "surface"), STILL_A_LENGTH)
def test_a_change_over_a_span_keeps_its_length(durations, text, surface):
    assert [got for got, _ in durations(text)] == [surface]


@pytest.mark.parametrize(("text", "surface", "other"), DURATIONS_NEGATIVE_TAIL)
def test_duration_stops_at_the_unit(durations, text, surface, other):
    assert [got for got, _ in durations(text)] == [surface] + ([other] if other else [])


@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit", "base", "base_unit", "qualifier"), QUANTITIES)
def test_quantity(extract_text, sentence, text, low, high, unit, base, base_unit, qualifier):
    claims = extract_text(sentence, kind="quantity")
    assert [core(c.text) for c in claims] == [text]
    v = claims[0].value
    assert (v.low, v.high, v.unit, v.base_unit) == (pytest.approx(low), pytest.approx(high), unit, base_unit)
    assert v.base_amount == pytest.approx(base, rel=1e-6)
    assert claims[0].qualifier == qualifier


@pytest.mark.parametrize(("sentence", "texts"), QUANTITIES_SEVERAL)
def test_several_quantities(extract_text, sentence, texts):
    assert [core(c.text) for c in extract_text(sentence, kind="quantity")] == texts


@pytest.mark.parametrize("sentence", QUANTITIES_NEGATIVE)
def test_no_quantity(extract_text, sentence):
    assert extract_text(sentence, kind="quantity") == []


@pytest.mark.parametrize(("text", "claim", "value", "unit"), BARE_DEGREES)
def test_bare_degrees_take_the_texts_scale(extract_text, text, claim, value, unit):
    found = {core(c.text): c.value for c in extract_text(text, kind="quantity")}
    assert (found[claim].amount, found[claim].unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", BARE_DEGREES_NEGATIVE)
def test_bare_degrees_without_a_scale(extract_text, text):
    assert [c.text for c in extract_text(text, kind="quantity") if "bare_degrees" in c.extractor] == []


@pytest.mark.parametrize(("text", "claim", "value"), UNSAID_SCALE)
def test_degrees_whose_scale_is_unsaid(extract_text, text, claim, value):
    found = [(core(c.text), c.value) for c in extract_text(text, kind="quantity")]
    assert [(t, v.amount, v.unit, v.base_unit) for t, v in found] == [(claim, value, "degree", "degree")]


@pytest.mark.parametrize("text", UNSAID_SCALE_NEGATIVE)
def test_degrees_that_are_no_heat(extract_text, text):
    assert extract_text(text, kind="quantity") == []
