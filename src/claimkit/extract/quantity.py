"""quantity claims: SpanRuler candidates (patterns/quantity.jsonl) -> QuantityValue in pint base units.

"5,000 km" -> 5e6 meter; "3.5 tonnes" -> 3500 kilogram; "100 square metres";
"1.2 million barrels per day"; "5-10 kg" and "between 4 and 6 kilometres" (ranges keep both
ends, as amounts claimed); "half a gallon", "3/4 cup", "a kilogram"; "6 feet 2 inches" (one claim,
summed in the smaller unit, as "2 hours 10 minutes" is for durations; a height told as "5 foot
10", "6 ft 2 in" or "6'2\"" likewise, the bare second figure read as inches, and "1 metre 85" or
"1m85" as centimetres); "a third of a cup", "4 fl oz", "400 megawatt-hours"; "a magnitude 6.9
earthquake" (a scale without a pint unit, kept as "magnitude"); temperatures keep their sign
("minus 5 degrees Celsius", "-5 degrees C"); a lone "m" is metres only before a word of
length ("12m long", "3 m high"), since elsewhere it is a million; "180g." keeps its abbreviation at
a sentence end. Temperatures may be written glued ("30C", "-5C", "86F": read
only in a sentence that speaks of the weather, or signed, since "Apartment 4C" and "seat 12F" are
no temperatures). Time spans belong to duration.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Iterable

from claimkit.extract.base import Context, Found, doc_text
from claimkit.extract.context import bound_of
from claimkit.extract.numbers import (
    DASHES, SCALES, VULGAR_FRACTIONS, compound_before, in_a_title, multiple_before, parse_number, sign_word_before,
    split_pieces,
)
from claimkit.extract.spans_of_time import FRACTION_WORDS, read_amount
from claimkit.lexicon import MAGNITUDE_SCALES, WEATHER_LEMMAS, WEIGHT_VERBS
from claimkit.models import QuantityValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

KIND: Final = "quantity"
NAME: Final = "quantity.rules"

# surface unit (lower case, as one piece) -> pint expression; the pattern file lists the same words
UNIT_WORDS: Final[dict[str, str]] = {
    "km": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer", "kilometer": "kilometer",
    "kilometers": "kilometer", "metre": "meter", "metres": "meter", "meter": "meter", "meters": "meter",
    "cm": "centimeter", "centimetre": "centimeter", "centimetres": "centimeter", "centimeters": "centimeter",
    "mm": "millimeter", "millimetres": "millimeter", "millimeters": "millimeter",
    "mile": "mile", "miles": "mile", "mi": "mile", "feet": "foot", "foot": "foot", "ft": "foot",
    "inch": "inch", "inches": "inch", "yard": "yard", "yards": "yard", "furlong": "furlong", "furlongs": "furlong",
    "kg": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram", "kilo": "kilogram", "kilos": "kilogram",
    "g": "gram", "gram": "gram", "grams": "gram", "mg": "milligram", "milligrams": "milligram",
    "tonne": "metric_ton", "tonnes": "metric_ton", "ton": "ton", "tons": "ton",
    "lb": "pound", "lbs": "pound", "kgs": "kilogram", "kms": "kilometer", "pound": "pound", "pounds": "pound", "ounce": "ounce", "ounces": "ounce",
    "oz": "ounce", "carat": "carat", "carats": "carat",
    "hectare": "hectare", "hectares": "hectare", "ha": "hectare", "acre": "acre", "acres": "acre",
    "m²": "meter ** 2", "m2": "meter ** 2", "km²": "kilometer ** 2", "km2": "kilometer ** 2",
    "litre": "liter", "litres": "liter", "liter": "liter", "liters": "liter", "ml": "milliliter",
    "millilitres": "milliliter", "milliliters": "milliliter", "gallon": "gallon", "gallons": "gallon",
    "barrel": "oil_barrel", "barrels": "oil_barrel", "bbl": "oil_barrel",
    "kwh": "kilowatt_hour", "mwh": "megawatt_hour", "gwh": "gigawatt_hour", "twh": "terawatt_hour",
    "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "watt": "watt", "watts": "watt",
    # energy of food and exercise: the "calories" of a label or a workout are kilocalories
    "kcal": "kilocalorie", "calorie": "kilocalorie", "calories": "kilocalorie", "kilocalories": "kilocalorie",
    "kj": "kilojoule", "kilojoules": "kilojoule",
    "hpa": "hectopascal", "millibars": "millibar", "mbar": "millibar",  # air pressure in weather copy
    "bar": "bar",  # tyres, boilers and dive cylinders: read only where no noun follows (BAR_PRESSURE)
    "kilowatts": "kilowatt", "megawatts": "megawatt", "gigawatts": "gigawatt", "terawatts": "terawatt",
    "kilowatt": "kilowatt", "megawatt": "megawatt", "gigawatt": "gigawatt", "terawatt": "terawatt",  # "a 40-megawatt farm"
    "mph": "mile / hour", "kph": "kilometer / hour", "km/h": "kilometer / hour", "knot": "knot", "knots": "knot",
    "psi": "pound_force_per_square_inch", "mbps": "megabit / second", "gbps": "gigabit / second",
    "kbps": "kilobit / second",
    "gb": "gigabyte", "tb": "terabyte", "mb": "megabyte", "gigabytes": "gigabyte", "terabytes": "terabyte",
    "°c": "degree_Celsius", "°f": "degree_Fahrenheit", "celsius": "degree_Celsius", "fahrenheit": "degree_Fahrenheit",
    # kitchen and trade measures, and forms written glued to the figure ("5l", "2gal")
    "cup": "cup", "cups": "cup", "tablespoon": "tablespoon", "tablespoons": "tablespoon", "tbsp": "tablespoon",
    "teaspoon": "teaspoon", "teaspoons": "teaspoon", "tsp": "teaspoon", "pint": "pint", "pints": "pint",
    "quart": "quart", "quarts": "quart", "gal": "gallon",
    "hectolitre": "hectoliter", "hectolitres": "hectoliter", "hectoliter": "hectoliter", "hectoliters": "hectoliter",
    "hl": "hectoliter", "decilitre": "deciliter", "decilitres": "deciliter", "dl": "deciliter",
    "centilitre": "centiliter", "centilitres": "centiliter", "cl": "centiliter", "millilitre": "milliliter",
    "milliliter": "milliliter", "millimetre": "millimeter", "millimeter": "millimeter", "milligram": "milligram",
    "centimeter": "centimeter", "kilogramme": "kilogram", "kilogrammes": "kilogram",
    "gramme": "gram", "grammes": "gram",
    # engines, batteries, doses and fuel use
    "cc": "cubic_centimeter", "hp": "horsepower", "bhp": "horsepower", "horsepower": "horsepower",
    "mah": "milliampere_hour", "volt": "volt", "volts": "volt", "mpg": "mile / gallon",
    "µl": "microliter", "μl": "microliter", "microlitre": "microliter", "microlitres": "microliter",
    "microliter": "microliter", "microliters": "microliter", "mmol": "millimole",
    "mcg": "microgram", "µg": "microgram", "microgram": "microgram", "micrograms": "microgram",
    "amp": "ampere", "amps": "ampere", "ampere": "ampere", "amperes": "ampere",
    # the sea's and the farm's measures
    "fathom": "fathom", "fathoms": "fathom", "bushel": "bushel", "bushels": "bushel",
    # light, speed of turning, frequency, radiation dose and pressure ("800 lumens", "22,000 rpm", "5 GHz",
    # "7 mSv", "250 kPa", "135 mmHg")
    "lumen": "lumen", "lumens": "lumen", "rpm": "revolutions_per_minute", "hz": "hertz", "hertz": "hertz",
    "khz": "kilohertz", "kilohertz": "kilohertz", "mhz": "megahertz", "megahertz": "megahertz", "ghz": "gigahertz",
    "gigahertz": "gigahertz", "msv": "millisievert", "millisievert": "millisievert", "millisieverts": "millisievert",
    "sievert": "sievert", "sieverts": "sievert", "kpa": "kilopascal", "kilopascal": "kilopascal",
    "kilopascals": "kilopascal", "mmhg": "millimeter_Hg",
    # property, utility and engineering measures ("85 sqm", "1,230 m³", "96 therms", "29.8 inHg", "400 kV",
    # "110 Ah", "32 MPa", "2.5 mm² cable", "10 cwt")
    "sqm": "meter ** 2", "m³": "meter ** 3", "m3": "meter ** 3", "mm²": "millimeter ** 2", "cm²": "centimeter ** 2",
    "ft²": "foot ** 2", "therm": "therm", "therms": "therm", "inhg": "inch_Hg", "kv": "kilovolt",
    "kilovolt": "kilovolt", "kilovolts": "kilovolt", "ah": "ampere_hour", "mpa": "megapascal",
    "megapascal": "megapascal", "megapascals": "megapascal", "cwt": "hundredweight", "hundredweight": "hundredweight",
    # sea and air speeds, gems, fabric weights and yarns, and data in bits ("25 kts", "3.02 ct", "400 gsm",
    # "15 denier", "250 terabits")
    "kts": "knot", "kt": "knot", "ct": "carat", "cts": "carat", "gsm": "gram / meter ** 2", "denier": "denier",
    "terabit": "terabit", "terabits": "terabit", "gigabit": "gigabit", "gigabits": "gigabit",
    "megabit": "megabit", "megabits": "megabit",
    # storage at scale, radioactivity, vacuum, and the lengths of astronomy and of atoms ("40 petabytes",
    # "1,500 becquerels", "0.001 torr", "1.3 parsecs", "0.5 ångström")
    "petabyte": "petabyte", "petabytes": "petabyte", "exabyte": "exabyte", "exabytes": "exabyte",
    "becquerel": "becquerel", "becquerels": "becquerel", "torr": "torr", "parsec": "parsec", "parsecs": "parsec",
    "angstrom": "angstrom", "angstroms": "angstrom", "ångström": "angstrom", "ångströms": "angstrom",
    "nm": "nautical_mile", "nmi": "nautical_mile",  # "48 NM" in capitals only: "nm" is a nanometre
    # heat, apparent power, fibre and film thickness, freight volume, yards and food energy as written
    # ("9,000 BTU", "20 kVA", "12 micron", "6.5 CBM", "150 sq yd", "310 cals")
    "dwt": "metric_ton",  # a ship's deadweight in tonnes ("a 180,000 DWT bulk carrier"), not a pennyweight
    "btu": "Btu", "kva": "kilovolt_ampere", "mva": "megavolt_ampere", "micron": "micrometer", "microns": "micrometer",
    "cbm": "meter ** 3",
    "yd": "yard", "yds": "yard", "cals": "kilocalorie",
    # force, radiation dose and light as science and health copy gives them ("a hook rated at 1,500 kN",
    # "48 Gy over four sessions", "lit at 80 lux")
    "kn": "kilonewton", "kilonewton": "kilonewton", "kilonewtons": "kilonewton", "gy": "gray", "lux": "lux",
    # water tariffs and the oil and gas trade ("9 kilolitres a month", "1.1 million bpd", "12 bcm":
    # barrels a day, billions of cubic metres)
    "kilolitre": "kiloliter", "kilolitres": "kiloliter", "kiloliter": "kiloliter", "kiloliters": "kiloliter",
    "bpd": "oil_barrel / day", "bcm": "kilometer ** 3",
}
# units written with a digit, which the figure reader would take for part of the figure: "28 m2"
DIGIT_UNITS: Final[dict[str, str]] = {"m2": "m²", "km2": "km²", "m3": "m³"}
# units read only glued to their figure ("5l", "2L"): a spaced "l" is too often something else
GLUED_UNITS: Final[dict[str, str]] = {"l": "liter", "v": "volt"}
# a power before "hours" that makes an energy: "400 megawatt-hours" (singular: "5 megawatts per hour" is a rate)
ENERGY_PREFIXES: Final = frozenset({"kilowatt", "megawatt", "gigawatt", "terawatt"})
# a first word that changes the unit: "square metres", "cubic metres", "metric tons", "nautical miles"
UNIT_MODIFIERS: Final[dict[str, str]] = {
    "square": "{} ** 2", "sq": "{} ** 2", "cubic": "{} ** 3", "metric": "metric_ton", "nautical": "nautical_mile",
    "fluid": "fluid_ounce", "fl": "fluid_ounce",  # "8 fl oz", "12 fluid ounces": of ounces only
    "troy": "troy_ounce",  # "412,000 troy ounces": of ounces only
    "board": "board_foot",  # "450 board feet" of timber: of feet only
    "linear": "{}", "running": "{}",  # "120 linear feet", "40 running metres": a length as it is
    "imperial": "imperial_{}", "us": "{}",  # "300 imperial gallons", "250 US gallons": of gallons, pints, quarts
}
# the measures the British and the American systems size apart, which "imperial" and "US" choose between
_TWO_SYSTEMS: Final = frozenset({"gallon", "pint", "quart"})
_SYSTEM_WORDS: Final = frozenset({"imperial", "us"})
# a modifier that makes one unit of one word only: "troy" of ounces, "board" of feet
_MODIFIED_ONLY: Final[dict[str, str]] = {"fluid_ounce": "ounce", "troy_ounce": "ounce", "board_foot": "foot"}
PER_TIME: Final[dict[str, str]] = {"day": "day", "year": "year", "hour": "hour", "h": "hour", "second": "second",
                                   "week": "week", "month": "month", "annum": "year", "d": "day",
                                   "hr": "hour", "min": "minute", "s": "second", "sec": "second"}  # "3 L/min"
# a letter read as a unit only before a slash and a unit of time: "25 m/s" (a lone "m" is often a
# million), "3 L/min" (a spaced "l" is too often something else)
RATE_ONLY_UNITS: Final[dict[str, str]] = {"m": "meter", "l": "liter"}
# a concentration as lab reports and labels give it: an amount per volume (a dose "per kg" of body weight
# stays its amount, "15 mg", as the dose is said)
_SOLUTES: Final = frozenset({"mmol", "mg", "g", "µg", "mcg"})
_PER_AMOUNT: Final[dict[str, str]] = {"l": "liter", "dl": "deciliter", "ml": "milliliter"}
# data in bits, told from bytes by the case of the "b": "80 Mb/s" is megabits, "80 MB/s" megabytes
BIT_UNITS: Final[dict[str, str]] = {"Kb": "kilobits", "Mb": "megabits", "Gb": "gigabits", "Tb": "terabits"}
# abbreviations are read in their own case only: "5 g" is grams, "5G" a network; "10 MW" is not "10 mW"
ABBREVIATIONS: Final = frozenset({
    "g", "kg", "kgs", "kms", "mg", "km", "cm", "mm", "ml", "ha", "mi", "ft", "oz", "lb", "lbs", "bbl", "mph", "kph",
    "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "GB", "TB", "MB", "km2", "m2", "psi", "Mbps", "Gbps", "kbps",
    "cc", "hp", "bhp", "mAh", "mpg", "mcg", "µg", "Hz", "kHz", "MHz", "GHz", "mSv", "kPa", "mmHg",
    "inHg", "kV", "Ah", "MPa", "m3", "kts", "kt", "ct", "cts", "gsm", "NM", "kN", "Gy", "bpd", "bcm",
})
_ABBREV_BY_LOWER: Final = {a.lower(): a for a in ABBREVIATIONS}
CONNECTORS: Final = DASHES | {"to", "or"}  # "5 or 6 km": the unit told once, a range (as "two or three years")
# temperature scales and where water freezes on them; "degrees" alone takes the scale its text names
FREEZING: Final[dict[str, float]] = {"degree_Celsius": 0.0, "degree_Fahrenheit": 32.0}
BARE_DEGREES: Final = "quantity.bare_degrees"
BARE_DEGREES_RANGE: Final = "quantity.bare_degrees_range"
ARTICLE_RULES: Final = ("quantity.a_unit", "quantity.fraction_unit", "quantity.part_of_a_unit",
                        "quantity.a_pound_of")  # a_unit_and_half too
ANGLE_LEMMAS: Final = frozenset({
    "turn", "rotate", "tilt", "angle", "spin", "pivot", "slope", "incline", "lean", "swivel", "bend", "arc",
    "latitude", "longitude", "north", "south", "east", "west", "heading", "bearing", "compass", "u-turn"})
# parts of one that multiply the figure before them, read only before "of" (_split): "a third of a
# cup", "two thirds of a litre", "three quarters of a pint" (never "the third mile", "third day")
PARTS_OF_ONE: Final[dict[str, float]] = {"third": 1 / 3, "thirds": 1 / 3, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2,
                                         "eighth": 0.125, "eighths": 0.125, "sixteenth": 0.0625, "sixteenths": 0.0625}
# words inside a spoken figure: "one and a half", "half a", "a quarter"
FIGURE_WORDS: Final = frozenset({"and", "a", "an", *FRACTION_WORDS})
_SLASH: Final = re.compile(r"^\d{1,2}$")
# earthquake magnitudes: a logarithmic scale pint has no unit for, compared as written (0-9.99)
MAGNITUDE: Final = "magnitude"
# a temperature whose scale the text never says ("It was over 35 degrees"): compared as written
UNSAID_SCALE: Final = "degree"
ACADEMIC_LEMMAS: Final = frozenset({
    "award", "graduate", "university", "college", "honorary", "bachelor", "master", "doctorate", "doctoral",
    "student", "diploma", "academic", "earn", "confer", "school"})
_MAGNITUDE_FIGURE: Final = re.compile(r"""(?<![\d.]) (?P<figure>\d(?:\.(?P<decimals>\d{1,2}))?) (?![\d.])""", re.VERBOSE)
# a temperature's scale letter on its figure or after a space: "30C", "-5C", "86F", "41.5C." at a
# sentence end, "350 F"
_GLUED_DEGREES: Final = re.compile(r"^(?P<sign>[-\u2212])?(?P<figure>\d{1,3}(?:\.\d)?) ?(?P<scale>[CF])\.?$")
GLUED_SCALES: Final = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}
# a height: "6'2\"", "5\u203210\u2033" (feet, a prime or apostrophe, inches)
_FEET_INCHES: Final = re.compile(r"^(?P<feet>\d)['\u2032\u2019](?P<inches>\d{1,2})")
FEET_INCHES: Final = "quantity.feet_inches"
# a height told as it is said, metres then centimetres: "1 metre 85", "1m85"
METRES_CENTIMETRES: Final = "quantity.metres_centimetres"
_GLUED_METRES: Final = re.compile(r"^(?P<metres>[1-9])m(?P<centimetres>\d{2})$")
# a spaced lower-case "m" that ends its phrase is metres ("visibility fell to 600 m at dawn", "the keel
# draws 2.1 m."); one before a noun is a million ("14 m viewers"), as a glued one may be anywhere ("signed
# for 12m at the time")
METRE_ALONE: Final = "quantity.metre_letter_alone"
_PHRASE_ENDS: Final = frozenset({".", ",", ";", ":", ")", "!", "?", "at", "above", "below", "away"})
# ... as one before a race's name is its distance ("the 100m sprint", "the 400m hurdles"), unless the
# word may be an adjective of a noun after it ("a 100m final offer")
METRE_RACE: Final = "quantity.metre_letter_race"
_RACE_OR_ADJECTIVE: Final = frozenset({"final", "finals", "semi-final", "semifinal", "heat", "heats", "race", "races",
                                       "platform"})
STONE: Final = "quantity.stone"
# "8st 9lb", "9st 4": a weight glued to its "st" (which "1st", "21st" are not: ordinals)
_GLUED_STONE: Final = re.compile(r"^(?P<stone>\d{1,2})st(?: ?(?P<pounds>\d{1,2}) ?(?P<lb>lbs?\.?)?)?$")
# a race's distance as race cards print it, in furlongs (an eighth of a mile) and miles: "the 6f
# maiden", "1m 4f", "2m 4½f"; furlongs alone only in a sentence about racing ("6f" is no floor there)
_RACE_DISTANCE: Final = re.compile(r"^(?:(?P<miles>\d)m)?(?P<furlongs>\d{1,2})(?P<half>½)?f$")
_RACING_LEMMAS: Final = frozenset({
    "race", "handicap", "stakes", "maiden", "sprint", "trip", "furlong", "hurdle", "chase", "novice", "derby",
    "guineas", "filly", "colt", "gelding", "mare", "stallion", "horse", "jockey", "trainer", "racecourse",
    "nursery", "juvenile", "gallop"})
# a horse's height in hands of four inches, the figure after the point being inches: "16.1 hands" is 65
# inches, "14.2hh" 58; "hands" alone only beside a horse or "high" ("12 hands on deck" are people)
_HANDS: Final = re.compile(r"^(?P<hands>\d{1,2})(?:\.(?P<inches>[0-3]))?(?:hh)?$")
_AT_SEA_OR_AIR: Final = frozenset({
    "fly", "flight", "pilot", "aircraft", "plane", "airport", "runway", "descend", "climb", "knot", "sail", "yacht",
    "boat", "vessel", "ship", "nautical", "offshore", "coast", "harbour", "harbor", "cruise", "crew", "skipper"})
_HORSE_HEIGHT_LEMMAS: Final = frozenset({"horse", "pony", "mare", "filly", "colt", "gelding", "stallion", "cob",
                                         "foal", "mount", "high", "tall"})
BAR_PRESSURE: Final = "quantity.bar_pressure"  # "200 bar": read only where no noun follows (the pattern's id)
TONNES_T: Final = "quantity.tonnes_t"  # "48,500 t of maize": read only before "of" or the clause's end
OWN_PATTERN_UNITS: Final = frozenset({"bar", "t"})  # units read by a pattern of their own, not the shared unit list
# words that make "one stone", "two stone" a weight, as digits do ("lost two stone")
STONE_WEIGHT_LEMMAS: Final = WEIGHT_VERBS | {"heavier", "light", "lighter", "pound", "overweight"}
_STONE_GLUED_LEMMAS: Final = STONE_WEIGHT_LEMMAS | _RACING_LEMMAS | {"ride", "carry"}  # "rides at 8st"
# connecting words inside a unit phrase: "20 degrees Celsius", "barrels per day", "km/h"
_NOISE: Final = frozenset({"degrees", "degree", "°", "per", "a", "an", "/", "of"})


def read_quantity(texts: list[str]) -> tuple[float, float, float, str] | None:
    """Token texts -> (low, high, precision, pint unit expression): ['5,000', 'km'] -> (5000, 5000, 0.1, 'kilometer')."""
    texts = [BIT_UNITS.get(t) or DIGIT_UNITS.get(t.lower(), t) for t in texts]
    pieces = _fraction_after_unit(_slash_fractions(_unhyphenated_parts(split_pieces(texts))))
    pieces = [RATE_ONLY_UNITS.get(p.lower(), p) if pieces[i + 1:i + 2] == ["/"] else p for i, p in enumerate(pieces)]
    nums, unit_words = _split(pieces)
    unit = _unit(unit_words)
    if unit is None or not nums:
        return None
    parts = [p.lower() for p in nums if p.lower() in PARTS_OF_ONE]
    if parts:  # "a third of a cup", "two thirds of a litre"; "one and a third cups" adds the part
        rest = [p.lower() for p in nums if p.lower() not in PARTS_OF_ONE and p.lower() not in ("a", "an")]
        added = rest[-1:] == ["and"]
        if added:
            rest = rest[:-1]
        base = read_amount(rest) if rest else (1.0, 0.0, 1.0)
        if base is None or "and" in rest:
            return None
        value = base[0] + PARTS_OF_ONE[parts[0]] if added else base[0] * PARTS_OF_ONE[parts[0]]
        return value, value, 0.0, unit
    if any(p.lower() in FIGURE_WORDS or "/" in p for p in nums):
        spoken = read_amount(nums)  # "half a", "one and a half", "3/4", "1 1/2", "4 and 6" (after "between")
        return None if spoken is None else (spoken[2], spoken[0], spoken[1], unit)
    for i, p in enumerate(nums):
        if p.lower() in CONNECTORS and 0 < i < len(nums) - 1:
            a, b = parse_number(" ".join(nums[:i])), parse_number(" ".join(nums[i + 1:]))
            if a is None or b is None or a.value >= b.value:
                return None
            scale = SCALES.get(nums[-1].lower(), 1.0)
            low = a.value * scale if a.value * scale <= b.value and nums[i - 1].lower() not in SCALES else a.value
            return low, b.value, max(a.precision, b.precision), unit
    n = parse_number(" ".join(nums))
    return None if n is None else (n.value, n.value, n.precision, unit)


def _unhyphenated_parts(pieces: list[str]) -> list[str]:
    """['three', '-', 'quarters', 'of', 'a', 'cup'] -> ['three', 'quarters', ...], ['half', '-', 'pound']
    -> ['half', 'pound']: a hyphen beside a fraction word joins, it opens no range; so does one before
    a scale word (['1.2', '-', 'million', '-', 'litre'], "a 1.2-million-litre tank")."""
    parts = FRACTION_WORDS | PARTS_OF_ONE.keys()
    return [p for i, p in enumerate(pieces) if not (
        p in DASHES and 0 < i < len(pieces) - 1 and (pieces[i - 1].lower() in parts or pieces[i + 1].lower() in parts
                                                     or pieces[i + 1].lower() in SCALES))]


def _fraction_after_unit(pieces: list[str]) -> list[str]:
    """['a', 'litre', 'and', 'a', 'half'] -> ['one', 'and', 'a', 'half', 'litre']: the fraction told after the unit."""
    if len(pieces) >= 5 and pieces[0].lower() in ("a", "an", "one") and [p.lower() for p in pieces[-3:-1]] == ["and", "a"] \
            and pieces[-1].lower() in ("half", "quarter"):
        return ["one", "and", "a", pieces[-1].lower(), *pieces[1:-3]]
    return pieces


def _slash_fractions(pieces: list[str]) -> list[str]:
    """['3', '/', '4', 'cup'] -> ['3/4', 'cup'] (the tokenizer splits what a cook writes as one);
    fraction characters the same: ['1½', 'cups'] -> ['1', '1/2', 'cups'], ['⅓', 'cup'] -> ['1/3', 'cup']."""
    out: list[str] = []
    for p in pieces:
        if p[-1:] in VULGAR_FRACTIONS:
            out += [p[:-1], VULGAR_FRACTIONS[p[-1]]] if p[:-1].isdigit() else [VULGAR_FRACTIONS[p[-1]]]
            continue
        if len(out) >= 2 and out[-1] == "/" and _SLASH.match(out[-2]) and _SLASH.match(p) and int(out[-2]) < int(p):
            out[-2:] = [f"{out[-2]}/{p}"]
        else:
            out.append(p)
    return out


def _split(pieces: list[str]) -> tuple[list[str], list[str]]:
    """Number pieces (with scale words and range connectors) and the unit words after them."""
    for i, p in enumerate(pieces):
        low = p.lower()
        is_num = p[:1].isdigit() or low in SCALES and i > 0 or low in CONNECTORS and i > 0 \
            or parse_number(low) is not None or low in FIGURE_WORDS \
            or low in PARTS_OF_ONE and (i + 1 < len(pieces) and pieces[i + 1].lower() == "of"
                                        or [q.lower() for q in pieces[max(0, i - 2):i]] == ["and", "a"])
        if not is_num or low in UNIT_WORDS or low in GLUED_UNITS:
            nums = pieces[:i]
            while nums and nums[-1] in DASHES:
                nums = nums[:-1]  # "a 10-km run"
            words = [w for w in pieces[i:] if w.lower() not in _NOISE]
            if any(not _case_ok(w) for w in words):
                return nums, []
            return nums, [w.lower() for w in words]
    return pieces, []


# ... and some only in lower case: "3 CT scans", "a 40 KT yield" are no carats or knots
_LOWER_CASE_ONLY: Final = frozenset({"ct", "cts", "kt"})


def unit_word(word: str) -> bool:
    """A unit of measure as written after a figure: 'metres', 'ft', 'kg' ('KG' and 'Ft' are not)."""
    return word.lower() in UNIT_WORDS and _case_ok(word)


def _case_ok(word: str) -> bool:
    canon = _ABBREV_BY_LOWER.get(word.lower())
    return canon is None or word == canon or (canon.islower() and len(canon) > 1 and word == canon.upper()
                                              and canon not in _LOWER_CASE_ONLY) \
        or (canon.endswith("l") and word == canon[:-1] + "L")  # "5 mL", "2 dL": the litre's capital L


def _unit(words: list[str]) -> str | None:
    """['square', 'metres'] -> 'meter ** 2'; ['barrels', 'day'] -> 'oil_barrel / day'; ['°', 'c'] -> degree_Celsius."""
    words = [w for w in words if w not in DASHES]
    if len(words) == 2 and words[0] in ENERGY_PREFIXES and words[1] in ("hour", "hours"):
        return f"{words[0]}_hour"  # "megawatt-hours", "kilowatt hours": an energy, not a power per hour
    per = words[-1].rstrip(".") if words else ""  # "50 MB/s." at a sentence end
    if per in PER_TIME and len(words) >= 2:
        base = _unit(words[:-1])
        return None if base is None else f"({base}) / {PER_TIME[per]}"
    if len(words) == 2 and words[0] in _SOLUTES and words[1] in _PER_AMOUNT:
        return f"{UNIT_WORDS[words[0]]} / {_PER_AMOUNT[words[1]]}"  # "4.9 mmol/L", "110 mg/dL"
    if words in (["c"], ["f"]):
        words = ["°" + words[0]]  # "20 degrees C" (the pattern only lets C/F follow degrees)
    if len(words) == 1:
        return UNIT_WORDS.get(words[0]) or GLUED_UNITS.get(words[0])
    if len(words) == 2 and words[0] in UNIT_MODIFIERS and words[1] in UNIT_WORDS:
        template = UNIT_MODIFIERS[words[0]]
        if template in _MODIFIED_ONLY and UNIT_WORDS[words[1]] != _MODIFIED_ONLY[template] \
                or words[0] in _SYSTEM_WORDS and UNIT_WORDS[words[1]] not in _TWO_SYSTEMS:
            return None
        return template.format(UNIT_WORDS[words[1]]) if "{}" in template else template
    return None


def find(doc: Doc, ctx: Context) -> Iterable[Found]:
    """Measured amounts of a parsed text: 'a 5,000 km pipeline' -> 5e6 meter."""
    from claimkit.extract.nlp import SPANS_KEY
    from claimkit.normalize.units import get_ureg

    if SPANS_KEY not in doc.spans:
        return []
    readings = []
    for span in doc.spans[SPANS_KEY]:
        if span.label_ == KIND and span.id_.startswith("quantity.magnitude"):
            r = read_magnitude(span)
            if r is not None:
                readings.append((span, r))
        elif span.label_ == KIND and span.id_.startswith("quantity.glued_degrees"):
            signed = _glued_degrees(span)
            if signed is not None:
                readings.append(signed)
        elif span.label_ == KIND and span.id_ == "quantity.metre_letter_dimensions":
            for side in (span[0:2], span[3:5]):  # "4m x 3m": two lengths
                r = read_quantity([side[0].text, "metres"])
                if r is not None:
                    readings.append((side, r))
        elif span.label_ == KIND and span.id_.startswith("quantity.metre_letter"):
            hyphen = span.end < len(doc) and doc[span.end].text in DASHES  # "a 12m long-term deal"
            ends = span.id_ != METRE_ALONE or (bool(span[0].whitespace_) and _ends_its_phrase(doc, span.end)) \
                or _told_as_a_length(span)
            if span.id_ == METRE_RACE and span[-1].lower_ in _RACE_OR_ADJECTIVE and span.end < len(doc) \
                    and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ"):
                ends = False  # "the club's 100m final offer" is a sum; "the 1500m final" a race
            r = read_quantity([span[0].text, "metres"]) if ends and not (_after_number(span) or hyphen) else None
            if r is not None:
                readings.append((span[:2], r))  # "12m long": the adjective only says it is a length
        elif span.label_ == KIND and span.id_ == BAR_PRESSURE:
            # "200 bar" of a dive cylinder or a boiler; not "a 5 bar gate" or "the 2 bar fire", where
            # the bars are the thing's parts
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ") and nxt.text not in DASHES \
                    or nxt.lower_ in _AXLES:  # tyres "2.3 bar front, 2.5 bar rear"
                r = read_quantity([span[0].text, "bar"])
                if r is not None:
                    readings.append((span, r))
        elif span.label_ == KIND and span.id_ == TONNES_T:
            # the metric tonne of commodity copy, "t" alone, only where what follows cannot make the
            # letter something else: "of" the material, the end of the clause, or a preposition after
            # a figure of thousands ("1.2 million t in 2025")
            nxt = doc[span.end] if span.end < len(doc) else None
            r = read_quantity([t.text for t in span[:-1]] + ["tonnes"])
            if r is not None and (span[-1].text == "t." or nxt is None or nxt.lower_ == "of"
                                  or nxt.is_punct and nxt.text not in DASHES or nxt.pos_ == "ADP" and r[0] >= 1000):
                readings.append((span, r))
        elif span.label_ == KIND and span.id_ in _OWN_READERS:  # a weight in stone, a horse's height, a race's distance
            r = _OWN_READERS[span.id_](span)
            if r is not None:
                readings.append((span, r))
        elif span.label_ == KIND and span.id_.startswith(FEET_INCHES):
            r = _feet_and_inches(span)
            if r is not None:
                readings.append((span, r))
        elif span.label_ == KIND and span.id_.startswith(METRES_CENTIMETRES):
            r = _metres_and_centimetres(span)
            if r is not None:
                readings.append((span, r))
        elif span.label_ == KIND and not span.id_.startswith(BARE_DEGREES) and not _after_number(span) \
                and not _and_without_between(span) and not _article_not_a_measure(span) and not in_a_title(span):
            whole = compound_before(span)  # "two hundred and [ten pounds]"
            signed = _signed(whole) if multiple_before(whole)[1] == 1.0 else None  # not "a few hundred metres"
            if signed is not None:
                readings.append(signed)
    readings += _bare_degrees(doc, readings)
    readings += _dimensions_before(doc, readings)
    readings.sort(key=lambda sr: (-(sr[0].end - sr[0].start), sr[0].start))
    taken: set[int] = set()
    out: list[Found] = []
    for span, (low, high, precision, unit) in readings:
        if taken.intersection(range(span.start, span.end)):
            continue
        if unit in (MAGNITUDE, UNSAID_SCALE):  # no pint unit: pint's "degree" is an angle
            unit_name, base_amount, base_unit = unit, low, unit
        else:
            try:
                q = get_ureg().Quantity(low, unit)  # built on the first quantity only
                base = q.to_base_units()
            except Exception:  # pint raises its own tree; an odd unit is no claim, not a crash
                continue
            unit_name, base_amount, base_unit = str(q.units), float(f"{base.magnitude:.12g}"), str(base.units)
        taken.update(range(span.start, span.end))
        qualifier = bound_of(doc, span, high != low)  # "up to 20 kg", "20 kg or more"
        if qualifier == "at_least" and _course(doc, span, unit):
            qualifier = "exact"  # "run over 2m 4f": the course, no bound
        value = QuantityValue(
            amount=low, unit=unit_name, base_amount=base_amount, base_unit=base_unit,
            low=low, high=high, precision=round(precision, 6),
        )
        end = span.end_char - (1 if span[-1].text[-1:] == "." and len(span[-1]) > 1 else 0)  # "120 km/h." ends a sentence
        attribute = _magnitude_scale(span) if unit == MAGNITUDE else None
        out.append(Found(span.start_char, end, value, span.id_ or "quantity", qualifier, attribute=attribute))
    return _summed(doc, sorted(out, key=lambda f: f.start))


def _bare_degrees(doc: Doc, readings: list[tuple[Span, tuple[float, float, float, str]]],
                  ) -> list[tuple[Span, tuple[float, float, float, str]]]:
    """'over 35 degrees', '5 below zero', '3 degrees below freezing' in a text that names its scale
    elsewhere ('highs of 38 degrees Celsius'): that scale, as a money figure takes the currency the
    text names. With no scale named, a temperature whose scale is unsaid (UNSAID_SCALE: compared
    only with others like it, never converted; 'below freezing' needs a scale); with two named, no
    claim: Celsius and Fahrenheit readings of '35 degrees' are days apart in weather."""
    from claimkit.extract.nlp import SPANS_KEY

    scales = {unit for _, (_, _, _, unit) in readings if unit in FREEZING}
    if len(scales) > 1:
        return []
    unit = next(iter(scales), UNSAID_SCALE)
    out = []
    for span in doc.spans[SPANS_KEY]:
        if span.label_ != KIND or not span.id_.startswith(BARE_DEGREES) or _after_number(span):
            continue
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text in ("-", "/")):
            continue  # "a 90 degree turn", "a 360 degree view": an angle
        if ANGLE_LEMMAS & {t.lemma_.lower() for t in (span.sent if doc.has_annotation("SENT_START") else doc)}:
            continue  # "the arm turned 90 degrees", "tilted 23 degrees": an angle
        words = [t.lower_ for t in span]
        figure = [t.text for t in span if t.lower_ not in ("degree", "degrees", "below", "zero", "freezing")]
        if span.id_ == BARE_DEGREES_RANGE:  # "between 11 and 14 degrees", "31 to 34 degrees"
            ends = _degree_range(span, figure)
            if ends is not None and not (unit == UNSAID_SCALE and _not_a_temperature(span, nxt)):
                out.append((span, (*ends, unit)))
            continue
        n = parse_number(" ".join(split_pieces(figure)))  # "35", "thirty-four"
        if n is None:
            continue
        if unit == UNSAID_SCALE and (words[-1] == "freezing" or _not_a_temperature(span, nxt)):
            continue
        value = n.value
        if sign_word_before(span) and "below" not in words:
            span, value = doc[span.start - 1:span.end], -value  # "minus 5 degrees"
        if "below" in words:  # "5 below zero" -> -5; "3 degrees below freezing" -> -3 °C or 29 °F
            value = (FREEZING[unit] if words[-1] == "freezing" else 0.0) - n.value
        out.append((span, (value, value, n.precision, unit)))
    return out


def _degree_range(span: Span, figure: list[str]) -> tuple[float, float, float] | None:
    """(low, high, precision) of a bare range of degrees, its two figures joined by "to", a dash, or
    "and" after "between"; None when they do not rise."""
    if figure[1].lower() == "and" and (span.start == 0 or span.doc[span.start - 1].lower_ != "between"):
        return None
    a, b = parse_number(figure[0]), parse_number(figure[2])
    if a is None or b is None or a.value >= b.value:
        return None
    return a.value, b.value, max(a.precision, b.precision)


def _not_a_temperature(span: Span, nxt) -> bool:  # noqa: ANN001
    """'degrees' with no scale in the text, where they are no heat: 'degrees of separation', 'degrees
    in law', '4,000 degrees awarded' (academic degrees); or part of '3 degrees below freezing', which
    needs the scale."""
    doc = span.doc
    if nxt is not None and (nxt.lower_ in ("of", "below", "above") or nxt.lower_ == "in" and nxt.i + 1 < len(doc)
                            and doc[nxt.i + 1].is_lower and doc[nxt.i + 1].pos_ == "NOUN"):
        return True  # not "35 degrees in Seville", "in the shade"
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    return not ACADEMIC_LEMMAS.isdisjoint(t.lemma_.lower() for t in sent)


def _signed(span: Span) -> tuple[Span, tuple[float, float, float, str]] | None:
    """A temperature keeps its sign: 'minus 5 degrees Celsius', 'negative 10 degrees F', '-5 degrees
    Celsius' -> -5. Other measures are read unsigned, as before ('minus 5 km' is no distance)."""
    texts = [t.text for t in span]
    if len(texts) > 1 and texts[-1].endswith(".") and len(texts[-1]) > 1:
        texts[-1] = texts[-1][:-1]  # "120 km/h." ends a sentence
    glued = texts[0][:1] in "-\u2212" and texts[0][1:2].isdigit()
    if glued:
        texts = [texts[0][1:], *texts[1:]]
    r = read_quantity(texts)
    if glued and (r is None or r[0] != r[1]):
        r = _signed_range(texts)  # "-5 to 3 degrees Celsius": only the first end is signed
        return None if r is None else (span, r)
    if r is None:
        return None
    doc = span.doc
    worded = sign_word_before(span)
    if r[3] not in FREEZING or r[0] != r[1] or not (glued or worded):
        return None if glued else (span, r)
    if worded:
        span = doc[span.start - 1:span.end]
    return span, (-r[0], -r[1], r[2], r[3])


def _signed_range(texts: list[str]) -> tuple[float, float, float, str] | None:
    """['5', 'to', '3', 'degrees', 'Celsius'] of '-5 to 3 degrees Celsius' -> (-5, 3, ...): a range of
    temperatures whose first end is below zero; '-10 to -5 degrees' too."""
    at = next((k for k, w in enumerate(texts) if k > 0 and w.lower() in ("to", "and", *DASHES)), None)
    if at is None or at != 1:
        return None
    first = parse_number(texts[0])
    rest = texts[at + 1:]
    negative = bool(rest) and rest[0][:1] in "-\u2212" and rest[0][1:2].isdigit()
    right = read_quantity([rest[0][1:], *rest[1:]] if negative else rest)
    if first is None or right is None or right[3] not in FREEZING or right[0] != right[1]:
        return None
    low, high = -first.value, -right[0] if negative else right[0]
    return None if low >= high else (low, high, max(first.precision, right[2]), right[3])


def _glued_degrees(span: Span) -> tuple[Span, tuple[float, float, float, str]] | None:
    """'30C', '-5C', 'minus 12C', '86F', 'bake at 350 F' -> a temperature, when the sentence speaks of
    the weather, cooking or the body ('highs of 30C', 'temperatures hit 41.5C', 'preheat the oven to
    200 C') or the figure is signed; 'Apartment 4C', 'seat 12F' and 'a 3C grade' are none."""
    m = _GLUED_DEGREES.match(span.text)
    if m is None:
        return None
    doc = span.doc
    value = float(m["figure"])
    worded = sign_word_before(span)
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    weather = any(t.lemma_.lower() in WEATHER_LEMMAS or t.lower_ in WEATHER_LEMMAS for t in sent)
    if not (weather or m["sign"] or worded):
        return None
    if m["sign"] or worded:
        value = -value
    if worded:
        span = doc[span.start - 1:span.end]
    return span, (value, value, 0.0, GLUED_SCALES[m["scale"]])


_AXLES: Final = frozenset({"front", "rear"})  # a tyre pressure told per axle, not a bar's part
_TIMES_OF_DAY: Final = frozenset({"the", "morning", "afternoon", "evening", "night"})  # "3 in the morning"


def _feet_and_inches(span: Span) -> tuple[float, float, float, str] | None:
    """A height or a length: '6\'2"', '5 foot 10', 'six feet one', '6 ft 2 in', a board's '10 foot 6',
    '7 ft 3½ in' -> inches (74, 70, 73, 74, 126, 87.5), the second figure under 12; before a noun after
    a determiner it is the noun's height ('a 6 ft 2 lock'). Not when a noun or another unit follows it
    ('6 feet 2 inches' is summed elsewhere; '5 feet 3 days'), nor when 'in' opens a phrase ('5 feet 3 in
    the morning'), unless of what is worn ('5 ft 7 in boots')."""
    doc = span.doc
    m = _FEET_INCHES.match(span[0].text)
    if m is not None:
        feet, inches = float(m["feet"]), float(m["inches"])
    else:
        words = [t for t in span if t.lower_ not in ("in", "in.", "inches")]
        if len(words) != 3:
            return None
        a, b = parse_number(words[0].text), read_amount([words[2].text])  # "3½" inches too
        if a is None or b is None:
            return None
        feet, inches = a.value, b[0]
        nxt = doc[span.end] if span.end < len(doc) else None
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == "in" and after is not None and after.lower_ not in _TIMES_OF_DAY \
                and after.pos_ in ("NOUN", "ADJ"):
            nxt = None  # "5 ft 7 in flats": "in" opens a phrase of what is worn, the height stands
        if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in UNIT_WORDS and span.start > 0 \
                and doc[span.start - 1].tag_ in ("DT", "PRP$"):
            nxt = None  # "the 6 ft 4 striker": the height of the noun it stands before
        if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM", "DET", "PRON") or nxt.like_num
                                or nxt.lower_ in UNIT_WORDS or nxt.text in DASHES or nxt.lower_ in ("/", "in")):
            return None
    # heights, boards, boats; inches to the quarter
    if not (inches < 12 and (inches * 4).is_integer() and feet == int(feet) and 0 < feet < 100):
        return None
    total = feet * 12 + inches
    return total, total, 0.0, "inch"


def _metres_and_centimetres(span: Span) -> tuple[float, float, float, str] | None:
    """A height: '1 metre 85', '1m85' -> 1.85 metres. Not when a noun, a unit or a figure follows it
    ('1 metre 20 times'; '1 metre 20 centimetres' is two measures, which _summed adds)."""
    m = _GLUED_METRES.match(span[0].text)
    if m is not None:
        metres, centimetres = float(m["metres"]), float(m["centimetres"])
    else:
        a = parse_number(span[0].text)
        if a is None or a.value != int(a.value) or not 0 < a.value < 10:
            return None
        metres, centimetres = a.value, float(span[2].text)
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.like_num or nxt.lower_ in UNIT_WORDS
                            or nxt.text in DASHES):
        return None
    total = metres + centimetres / 100
    return total, total, 0.0, "meter"


def _stone(span: Span) -> tuple[float, float, float, str] | None:
    """A British body weight: '9 stone' -> 9 stone; '11 stone 4', '11 stone 4 pounds' -> 158 pounds (14
    to the stone, the pounds under 14). Not 'three stone bridges' (the stone is what things are made
    of), nor 'two birds with one stone' (a figure in words needs a word of weight in its sentence)."""
    doc = span.doc
    n = parse_number(span[0].text)
    nxt = doc[span.end] if span.end < len(doc) else None
    if n is None or nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.like_num
                                         or nxt.text in DASHES or nxt.lower_ in UNIT_WORDS):
        return None
    if not span[0].text[:1].isdigit():
        if not any(t.lemma_.lower() in STONE_WEIGHT_LEMMAS for t in _sentence(span)):
            return None
    if len(span) == 2:
        return n.value, n.value, n.precision, "stone"
    pounds = parse_number(span[2].text)
    if pounds is None or pounds.value >= 14 or pounds.value != int(pounds.value):
        return None
    total = n.value * 14 + pounds.value
    return total, total, 0.0, "pound"


def _stone_glued(span: Span) -> tuple[float, float, float, str] | None:
    """'8st 9lb', '9st 4' -> 121, 130 pounds; '10st' -> 10 stone, in a sentence about weight and not
    where it can be an ordinal ('the 21st')."""
    m = _GLUED_STONE.match(" ".join(t.text for t in span))
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if m is None or nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.like_num):
        return None
    stone, pounds = int(m["stone"]), int(m["pounds"] or 0)
    if not 3 <= stone <= 40 or pounds >= 14:
        return None
    if m["lb"] is None and (stone % 10 == 1 and stone != 11 or not any(
            t.lemma_.lower() in _STONE_GLUED_LEMMAS for t in _sentence(span))):
        return None
    if m["pounds"] is None:
        return stone, stone, 0.0, "stone"
    return stone * 14 + pounds, stone * 14 + pounds, 0.0, "pound"


def _race_distance(span: Span) -> tuple[float, float, float, str] | None:
    """'6f' -> 6 furlongs in a sentence about racing; '1m 4f', '2m 4½f' -> 1.5, 2.5625 miles."""
    m = _RACE_DISTANCE.match("".join(t.text for t in span))
    if m is None:
        return None
    furlongs = int(m["furlongs"]) + (0.5 if m["half"] else 0.0)
    if m["miles"] is None:
        if not 2 <= furlongs <= 40 or not any(t.lemma_.lower() in _RACING_LEMMAS for t in _sentence(span)):
            return None
        return furlongs, furlongs, 0.0, "furlong"
    if furlongs >= 8:
        return None
    miles = int(m["miles"]) + furlongs / 8
    return miles, miles, 0.0, "mile"


def _hands(span: Span) -> tuple[float, float, float, str] | None:
    """'16.1 hands', '14.2hh' -> 65, 58 inches (four to the hand, the inches after the point)."""
    m = _HANDS.match(span[0].text.lower())
    if m is None or not 8 <= int(m["hands"]) <= 20:
        return None
    if span[-1].lower_ == "hands" and not any(t.lemma_.lower() in _HORSE_HEIGHT_LEMMAS for t in _sentence(span)):
        return None
    inches = int(m["hands"]) * 4 + int(m["inches"] or 0)
    return inches, inches, 0.0, "inch"


def _course(doc: Doc, span: Span, unit: str) -> bool:
    """'over 6 furlongs', 'over 1m 4f', 'over 3 miles 1½ furlongs': a race's distance after "over" is
    the course it is run over, not a floor."""
    if span.start == 0 or doc[span.start - 1].lower_ != "over":
        return False
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return unit == "furlong" or unit == "mile" and (
        span[-1].text[-1:] == "f" or after is not None and after.lower_ in ("furlong", "furlongs"))


def _footer(span: Span) -> tuple[float, float, float, str] | None:
    """'a 52-footer' -> 52 feet: a boat (or a box) named by its length."""
    return read_quantity([span[0].text, "feet"])


def _nautical(span: Span) -> tuple[float, float, float, str] | None:
    """'35 nm from the airport' -> 35 nautical miles, in a sentence about flying or sailing; elsewhere a
    lower-case "nm" is a nanometre (a "3 nm" chip), which no reading here claims."""
    if not any(t.lemma_.lower() in _AT_SEA_OR_AIR for t in _sentence(span)):
        return None
    return read_quantity([span[0].text, "NM"])


def _sentence(span: Span) -> Span:
    return span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]


_OWN_READERS: Final = {  # pattern id -> its reader
    "quantity.footer": _footer, "quantity.nautical_miles": _nautical,
    STONE: _stone, "quantity.stone_glued": _stone_glued, "quantity.hands": _hands, "quantity.hands_glued": _hands,
    "quantity.furlongs_glued": _race_distance, "quantity.miles_furlongs": _race_distance,
    "quantity.miles_furlongs_glued": _race_distance,
}


_BY: Final = frozenset({"by", "x", "×"})


def _dimensions_before(doc: Doc, readings: list) -> list:  # noqa: ANN001 - (Span, reading) pairs
    """'60 x 40 x 25 cm', '30 by 80 feet': the sides of a box or a plot, the unit told once after the
    last: each side before it is a length in that unit. Two sides need 'by' ("2 x 500 ml" is two
    bottles, "4 x 400m" a relay's legs); three or more may be joined by 'x' or '×'."""
    out = []
    for span, (low, high, _, unit) in readings:
        if low != high or not span[0].like_num:
            continue
        sides, k, joiners = [], span.start, set()
        while k >= 2 and doc[k - 1].lower_ in _BY and doc[k - 2].like_num:
            sides.append(doc[k - 2])
            joiners.add(doc[k - 1].lower_)
            k -= 2
        if not sides or (len(sides) < 2 and "by" not in joiners) or (len(joiners) > 1 and "by" in joiners):
            continue
        for tok in sides:
            n = parse_number(tok.text)
            if n is not None:
                out.append((doc[tok.i:tok.i + 1], (n.value, n.value, 0.0, unit)))
    return out


# verbs a height or a length is told after: "standing 2.03m", "the fish measured 1.4 m"
_STANDING: Final = frozenset({"stand", "standing", "stands", "stood", "measure", "measuring", "measures", "measured"})
# ... and a hull's draught, beside a word of a vessel ("the ketch draws 1.8m"; "drew 12m fans" is a crowd)
_DRAWING: Final = frozenset({"draw", "draws", "drew", "drawing"})
_VESSELS: Final = frozenset({"boat", "yacht", "ketch", "sloop", "ship", "vessel", "hull", "keel", "cat", "catamaran",
                             "barge", "tanker", "ferry", "trawler", "dinghy", "draught", "draft"})
_HEDGES: Final = frozenset({"only", "just", "about", "around", "nearly", "almost", "barely", "some", "roughly"})
_METRIC_LENGTHS: Final = frozenset({"cm", "mm", "km", "metre", "metres", "meter", "meters", "centimetres",
                                    "centimeters", "millimetres", "millimeters", "kilometres", "kilometers"})


def _told_as_a_length(span: Span) -> bool:
    """A lone "m" the words around make metres, whatever follows it: a verb of standing, measuring or a
    hull's draught right before the figure, a hedge allowed ("Standing 2.03m, the lock", "draws only
    1.4m"), or, apart from its figure (a glued "12m"
    is often a sum) and before no noun ("14 m users"), another metric length in the sentence ("30 m at
    a 122 cm target")."""
    doc = span.doc
    k = span.start - 1
    if k > 0 and doc[k].lower_ in _HEDGES:
        k -= 1  # "draws only 1.4m"
    if k >= 0 and (doc[k].lower_ in _STANDING or doc[k].lower_ in _DRAWING
                   and any(t.lemma_.lower() in _VESSELS for t in _sentence(span))):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if not span[0].whitespace_ or nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "14 m users": a million of what follows
    return any(t.lower_ in _METRIC_LENGTHS and not (span.start <= t.i < span.end) for t in span.sent)


def _ends_its_phrase(doc: Doc, at: int) -> bool:
    """Token `at` ends the phrase before it: the text's end (a closing line break too), a punctuation
    mark, or a word of place ("at", "above", "away")."""
    return at >= len(doc) or doc[at].is_space or doc[at].lower_ in _PHRASE_ENDS


def _article_not_a_measure(span: Span) -> bool:
    """'$3 a gallon', '5 euros a kilo': the price of one unit, not a measure; 'won a cup': the trophy
    (a cup measures only 'a cup of ...')."""
    if not span.id_.startswith(ARTICLE_RULES):
        return False
    doc = span.doc
    if any(t.like_num or t.is_currency or t.lower_ in SCALES or any(ch.isdigit() for ch in t.text)
           for t in doc[max(0, span.start - 2):span.start]):
        return True  # "$3 a gallon", "5 euros a kilogram", "148.9p a litre", "S$9 a kilo"
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if span[-1].lower_ == "pound":  # "a pound of butter" weighs; "a pound" alone is money or an idiom
        if after == "of":
            return span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "flesh"
        # "a half-pound burger": a part of a pound, hyphenated before the thing it weighs
        return not (span[-2].text in DASHES and span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ"))
    return span[-1].lower_ == "cup" and after != "of"


def _and_without_between(span: Span) -> bool:
    """'between 4 and 6 kilometres' is a range; '4 and 6 kilometres' two figures told as one phrase."""
    words = [t.lower_ for t in span]
    if "and" not in words or any(w in FRACTION_WORDS or w in PARTS_OF_ONE for w in words):
        return False  # "one and a half kilograms", "one and a third cups"
    return span.start == 0 or span.doc[span.start - 1].lower_ != "between"


def _summed(doc: Doc, found: list[Found]) -> list[Found]:
    """'6 feet 2 inches', '3 pounds 4 ounces': one figure in the smaller unit (74 inches), when the
    second measure follows the first (an "and" between them allowed) and is smaller than one of it."""
    from claimkit.normalize.units import get_ureg

    out: list[Found] = []
    text = doc_text(doc)
    for f in found:
        prev = out[-1] if out else None
        if prev is None or not _adjacent(text, prev, f):
            out.append(f)
            continue
        a, b = prev.value, f.value
        try:
            big = get_ureg().Quantity(a.amount, a.unit).to(b.unit).magnitude  # type: ignore[union-attr]
            one = get_ureg().Quantity(1, a.unit).to(b.unit).magnitude  # type: ignore[union-attr]
        except Exception:  # other dimensions: "5 km 20 kg" are two figures
            out.append(f)
            continue
        if one <= 1 or b.amount >= one:  # type: ignore[union-attr]
            out.append(f)
            continue
        total = float(f"{big + b.amount:.12g}")  # type: ignore[union-attr]
        value = b.model_copy(update={  # type: ignore[union-attr]
            "amount": total, "low": total, "high": total,
            "base_amount": float(f"{a.base_amount + b.base_amount:.12g}"),  # type: ignore[union-attr]
        })
        out[-1] = Found(prev.start, f.end, value, "quantity.summed", prev.qualifier)
    return out


def _adjacent(text: str, a: Found, b: Found) -> bool:
    """Two figures with nothing but a space or 'and' between them (in `text`, the Doc's), the second
    exact; a qualifier before the first is the whole's ("about 6 feet 11 inches")."""
    if b.qualifier != "exact" or a.qualifier == "range" or a.value.low != a.value.high:  # type: ignore[union-attr]
        return False
    return text[a.end:b.start].strip().lower() in ("", "and", ",")


def read_magnitude(span: Span) -> tuple[float, float, float, str] | None:
    """'magnitude 6.9', 'a 7.2-magnitude quake', 'a magnitude of 5.8', '6.1 on the Richter scale'
    -> (6.9, 6.9, precision, 'magnitude')."""
    m = _MAGNITUDE_FIGURE.search(span.text)
    if m is None or not 0 < float(m["figure"]) < 10:
        return None
    if span.end < len(span.doc) and span.doc[span.end].tag_ in ("NNS", "NNPS"):
        return None  # "the magnitude of 3 crises": a count follows
    value = float(m["figure"])
    decimals = len(m["decimals"] or "")
    return value, value, 0.5 * 10.0 ** -decimals / value, MAGNITUDE  # "7" is 7 ± 0.5, "6.9" is 6.9 ± 0.05


def _magnitude_scale(span: Span) -> str | None:
    """The scale a quake's magnitude is told on, where its phrase names one ("measuring 4.7 on the
    local magnitude scale", "its moment magnitude at 6.3", "a magnitude 5.2 quake on the local scale",
    "6.1 on the Richter scale", the local scale's old name): "moment magnitude", "local
    magnitude". Agencies give one quake on two scales, two figures that do not contradict."""
    sent = span.sent
    for tok in span.doc[max(sent.start, span.start - 3):min(sent.end, span.end + 4)]:
        scale = MAGNITUDE_SCALES.get(tok.lower_)
        after = tok.nbor(1).lower_ if tok.i + 1 < sent.end else ""
        if scale and (after in ("magnitude", "scale") or tok.lower_ == "richter"):
            return f"{scale} magnitude"
    return None


def _after_number(span: Span) -> bool:
    """'1 . 5 km' and '50 50 kg': a number right before the span means the reading starts too late.
    A number word before digits counts the things measured: 'three 20 kg sacks', 'two 6 TB disks'."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.like_num and before.is_alpha and span[0].text[:1].isdigit() and before.lower_ not in SCALES:
        return False
    return before.like_num or before.text == "." and span.start > 1 and doc[span.start - 2].like_num
