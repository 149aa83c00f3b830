"""Quantity extraction: phrase -> claim text, amount, unit, value in pint base units (worked out by hand)."""

from __future__ import annotations

import pytest

from conftest import core


CASES = [
    ("a 5,000 km pipeline", "5,000 km", 5000, 5000, "kilometer", 5_000_000, "meter", "exact"),
    ("a 5,000km pipeline", "5,000km", 5000, 5000, "kilometer", 5_000_000, "meter", "exact"),
    ("They seized 20 kg of cocaine.", "20 kg", 20, 20, "kilogram", 20, "kilogram", "exact"),
    ("The bolt is 5mm wide.", "5mm", 5, 5, "millimeter", 0.005, "meter", "exact"),  # not finance's "MM"
    ("a truck carrying 3.5 tonnes", "3.5 tonnes", 3.5, 3.5, "metric_ton", 3500, "kilogram", "exact"),
    ("a flat of 100 square metres", "100 square metres", 100, 100, "meter ** 2", 100, "meter ** 2", "exact"),
    ("a 5 sq km park", "5 sq km", 5, 5, "kilometer ** 2", 5_000_000, "meter ** 2", "exact"),
    ("output of 1.2 million barrels per day", "1.2 million barrels per day", 1.2e6, 1.2e6,
     "oil_barrel / day", 1.2e6 * 0.158987294928 / 86400, "meter ** 3 / second", "exact"),
    ("Output was cut by 2 million barrels a day.", "2 million barrels a day", 2e6, 2e6,
     "oil_barrel / day", 2e6 * 0.158987294928 / 86400, "meter ** 3 / second", "exact"),
    ("bags of 5-10 kg", "5-10 kg", 5, 10, "kilogram", 5, "kilogram", "range"),
    # "N or M" with the unit told once: an approximate range, as "two or three years" is
    ("The walk is 5 or 6 km long.", "5 or 6 km", 5, 6, "kilometer", 5000, "meter", "range"),
    ("Add 2 or 3 cups of stock.", "2 or 3 cups", 2, 3, "cup", 2 * 0.000236588, "meter ** 3", "range"),
    ("Each sack holds 40 or 50 kg of grain.", "40 or 50 kg", 40, 50, "kilogram", 40, "kilogram", "range"),
    ("a limit of 90 km/h", "90 km/h", 90, 90, "kilometer / hour", 25, "meter / second", "exact"),
    ("It was 20 degrees Celsius.", "20 degrees Celsius", 20, 20, "degree_Celsius", 293.15, "kelvin", "exact"),
    ("a 10-km run", "10-km", 10, 10, "kilometer", 10_000, "meter", "exact"),
    # a scale word hyphened into the compound multiplies, it ends no range
    ("a 1.2-million-litre rainwater tank", "1.2-million-litre", 1.2e6, 1.2e6, "liter", 1200, "meter ** 3", "exact"),
    ("the 2-million-tonne smelter", "2-million-tonne", 2e6, 2e6, "metric_ton", 2e9, "kilogram", "exact"),
    ("flows of 2 million-3 million litres", "2 million-3 million litres", 2e6, 3e6, "liter", 2000, "meter ** 3",
     "range"),
    ("winds of up to 60 mph", "60 mph", 60, 60, "mile / hour", 26.8224, "meter / second", "at_most"),
    ("about 5 million tonnes of grain", "5 million tonnes", 5e6, 5e6, "metric_ton", 5e9, "kilogram", "approx"),
    ("a 300 hectares estate", "300 hectares", 300, 300, "hectare", 3_000_000, "meter ** 2", "exact"),
    ("It walked 3 miles.", "3 miles", 3, 3, "mile", 4828.032, "meter", "exact"),
    ("bags of 20 kg or less", "20 kg", 20, 20, "kilogram", 20, "kilogram", "at_most"),
    # earthquake magnitudes: a scale pint has no unit for, kept and compared as written
    ("A magnitude 6.9 earthquake hit the coast.", "magnitude 6.9", 6.9, 6.9, "magnitude", 6.9, "magnitude", "exact"),
    ("The 7.2-magnitude quake toppled a tower.", "7.2-magnitude", 7.2, 7.2, "magnitude", 7.2, "magnitude", "exact"),
    ("A magnitude-6.1 tremor was felt inland.", "magnitude-6.1", 6.1, 6.1, "magnitude", 6.1, "magnitude", "exact"),
    ("It measured 6.4 on the Richter scale.", "6.4 on the Richter scale", 6.4, 6.4, "magnitude", 6.4, "magnitude",
     "exact"),
    ("An aftershock of about magnitude 5 followed.", "magnitude 5", 5, 5, "magnitude", 5, "magnitude", "approx"),
    ("The survey put its magnitude at 6.8 on Monday.", "magnitude at 6.8", 6.8, 6.8, "magnitude", 6.8, "magnitude",
     "exact"),
    ("A quake with a magnitude of 5.8 shook the city.", "magnitude of 5.8", 5.8, 5.8, "magnitude", 5.8, "magnitude",
     "exact"),
    ("The parcel weighs ~3kg.", "~3kg", 3, 3, "kilogram", 3, "kilogram", "approx"),
    # units of engines, batteries, doses and fuel use, spaced or glued ("125cc", "12V"), in their own case
    ("my hybrid does 58 mpg on the motorway", "58 mpg", 58, 58, "mile / gallon", 24658335.030955777,
     "1 / meter ** 2", "exact"),
    ("is 1,000 mcg of B12 a day too much", "1,000 mcg", 1000, 1000, "microgram", 1e-6, "kilogram", "exact"),
    ("Each tablet holds 400 µg of folic acid.", "400 µg", 400, 400, "microgram", 4e-7, "kilogram", "exact"),
    ("can i ride a 125cc scooter on a car licence", "125cc", 125, 125, "cubic_centimeter", 1.25e-4, "meter ** 3",
     "exact"),
    ("The new pickup makes 300 horsepower.", "300 horsepower", 300, 300, "horsepower", 223709.96147468104,
     "kilogram * meter ** 2 / second ** 3", "exact"),
    ("The tuned engine gives 180 hp.", "180 hp", 180, 180, "horsepower", 134225.97688480862,
     "kilogram * meter ** 2 / second ** 3", "exact"),
    ("will a 10,000mAh power bank charge my laptop", "10,000mAh", 10000, 10000, "milliampere_hour", 36000,
     "ampere * second", "exact"),
    ("the car battery is 12V, right?", "12V", 12, 12, "volt", 12, "kilogram * meter ** 2 / ampere / second ** 3",
     "exact"),
    ("Mains power here is 230 volts.", "230 volts", 230, 230, "volt", 230,
     "kilogram * meter ** 2 / ampere / second ** 3", "exact"),
    ("The heater needs a 13 amp fuse.", "13 amp", 13, 13, "ampere", 13, "ampere", "exact"),
    # pint's fathom: 6 US survey feet of 1200/3937 m
    ("The wreck lies in 60 fathoms of water.", "60 fathoms", 60, 60, "fathom", 109.728219456, "meter", "exact"),
    ("The co-op stored 2,400 bushels of wheat.", "2,400 bushels", 2400, 2400, "bushel", 84.573768400512, "meter ** 3",
     "exact"),
    # a unit of power in the singular, hyphenated before what it powers
    ("Regulators approved a 640-megawatt wind farm.", "640-megawatt", 640, 640, "megawatt", 6.4e8,
     "kilogram * meter ** 2 / second ** 3", "exact"),
    ("The town installed a 1,200-kilowatt battery.", "1,200-kilowatt", 1200, 1200, "kilowatt", 1.2e6,
     "kilogram * meter ** 2 / second ** 3", "exact"),
    ("It will be a 2-gigawatt plant.", "2-gigawatt", 2, 2, "gigawatt", 2e9, "kilogram * meter ** 2 / second ** 3",
     "exact"),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit", "base", "base_unit", "qualifier"), CASES)
def test_quantity(extract_text, sentence, text, low, high, unit, base, base_unit, qualifier):
    claims = extract_text(sentence, kind="quantity")
    assert [core(c.text) for c in claims] == [text]
    v = claims[0].value
    assert (v.amount, v.low, v.high) == (pytest.approx(low), pytest.approx(low), pytest.approx(high))
    assert v.unit == unit and v.base_unit == base_unit
    assert v.base_amount == pytest.approx(base, rel=1e-6)
    assert claims[0].qualifier == qualifier


@pytest.mark.parametrize("sentence", [
    "He was jailed for 12 years.",
    "We walked a few hundred metres.",  # no figure: the scale alone would read 100 m
    "I tried to call Bob 3 times already.",
    "Top 10 tips",
    "a 5G network and a 3D model",
    "COVID-19 cases rose.",
    "The change was an order of magnitude 10 times larger.",  # no magnitude past 9.99
    "A magnitude 12 event.",
    "We underestimated the magnitude of 3 crises.",
    "HP shipped 3 laptops to the school.",  # the company, not horsepower
    "Please cc 3 people on the reply.",
    "Henry V and Richard III were staged twice.",
    "Change to 5W-30 oil before winter.",  # a viscosity grade, no watts
])
def test_no_quantity(extract_text, sentence):
    assert extract_text(sentence, kind="quantity") == []


@pytest.mark.parametrize(("sentence", "precision"), [
    ("A magnitude 6.9 earthquake hit.", 0.05 / 6.9),  # half the last written digit
    ("A 7 magnitude earthquake hit.", 0.5 / 7),
])
def test_magnitude_precision(extract_text, sentence, precision):
    (claim,) = extract_text(sentence, kind="quantity")
    assert claim.value.precision == pytest.approx(precision, rel=1e-3)


@pytest.mark.parametrize(("sentence", "text", "scale"), [
    # the scale a quake's magnitude is told on, where its phrase names one
    ("A tremor measuring 4.7 on the local magnitude scale shook the valley.", "4.7 on the local magnitude scale",
     "local magnitude"),
    ("The institute put the quake's moment magnitude at 6.3.", "magnitude at 6.3", "moment magnitude"),
    ("A magnitude 5.2 quake on the local scale rattled windows.", "magnitude 5.2", "local magnitude"),
    ("The quake registered 5.8 on the Richter scale.", "5.8 on the Richter scale", "local magnitude"),
    ("A moment magnitude 7.4 earthquake struck before dawn.", "magnitude 7.4", "moment magnitude"),
    # no scale named: a "local" that names no scale, or none at all
    ("A magnitude 6.1 quake damaged local schools.", "magnitude 6.1", None),
    ("A 4.9-magnitude aftershock followed at noon.", "4.9-magnitude", None),
])
def test_the_scale_a_magnitude_is_told_on(extract_text, sentence, text, scale):
    (claim,) = extract_text(sentence, kind="quantity")
    assert (claim.text, claim.attribute) == (text, scale)


def test_get_ureg_is_shared():
    from claimkit.normalize.units import get_ureg

    assert get_ureg() is get_ureg()


def test_pattern_units_match_the_unit_table():
    """Every unit word the patterns match is one the reader knows, and the other way round."""
    import json
    from importlib import resources

    from claimkit.extract.quantity import OWN_PATTERN_UNITS, RATE_ONLY_UNITS, UNIT_WORDS

    text = (resources.files("claimkit.extract") / "patterns" / "quantity.jsonl").read_text("utf-8")
    in_patterns = set()
    for line in text.splitlines():
        pattern = json.loads(line)
        assert pattern["label"] == "quantity" and pattern["id"].startswith("quantity.")
        for tok in pattern["pattern"]:
            words = tok.get("LOWER", {}).get("IN", []) if isinstance(tok.get("LOWER"), dict) else []
            if "km" in words:
                in_patterns |= set(words)
    assert in_patterns - RATE_ONLY_UNITS.keys() == {w for w in UNIT_WORDS if "/" not in w and not w.startswith("°")
                                                    and w not in OWN_PATTERN_UNITS}
