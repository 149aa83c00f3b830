"""Places a story names by their cities: data/cities.json (GeoNames, written by
tools/build_cities.py) maps a city's name to its country, so that a currency word several countries
share ("145 kroner" in a Copenhagen story) and a dateline's hemisphere ("PERTH, Friday") can be read
from where the story is. A name that a larger city of another country also has ("Los Angeles",
"Madrid": the table's "shadowed") places nothing. Loaded once, on the first lookup. Countries'
own names are CLDR's (`territory_names`).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from importlib import resources
from typing import Iterable

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")  # a possessive the word pattern keeps on its name
# a dateline: the city in capitals or capitalised, then a comma, a bracket or a dash
_DATELINE = re.compile(r"^\s*(?P<city>[A-Z][A-Za-z'’.-]*(?:\s[A-Z][A-Za-z'’.-]*){0,2})\s*(?:,|\(|-|\u2013|\u2014)")


def city_territory(name: str) -> str | None:
    """The territory (CLDR code) of a city, by its name as written ('Santiago', 'MELBOURNE'), or None."""
    return _city_table()[0].get(name)


def cities_named(text: str) -> dict[str, str]:
    """The territories of the cities the text names, as written (capitalised, or in a dateline's
    capitals, or possessive: "Lima's"), each with the first city named in it: each run of up to four
    words from a capitalised one, looked up whole."""
    table, longest = _city_table()
    words = _WORD.findall(text)
    found: dict[str, str] = {}
    for k, w in enumerate(words):
        if w[:1].isupper():
            for n in range(min(longest, len(words) - k), 0, -1):
                name = " ".join(words[k:k + n])
                if name.endswith(_POSSESSIVE_ENDS) and name not in table:
                    name = name[:-2] if name[-1] == "s" else name[:-1]  # "Lima's airport": Lima (not "St. John's")
                plain = name if name in table or name.isascii() else _plain_letters(name)
                if plain in table:  # "Chișinău" as the table's "Chisinau"
                    found.setdefault(table[plain], name)
                    break
    return found


def _plain_letters(name: str) -> str:
    """'Chișinău' -> 'Chisinau': the table keeps an accented name under its plain letters too, and a
    city's accents are printed several ways (a comma or a cedilla below the s)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@functools.cache
def _city_table() -> tuple[dict[str, str], int]:
    """The cities (and their names in capitals: "NAIROBI, March 3") -> territory, shadowed names left
    out, and the most words a name has."""
    raw = json.loads((resources.files("claimkit") / "data" / "cities.json").read_text("utf-8"))
    shadowed = frozenset(raw.get("shadowed", ()))
    cities = {k: v for k, v in raw["cities"].items() if k not in shadowed}
    table: dict[str, str] = {**cities, **{k.upper(): v for k, v in cities.items()}}
    return table, max(len(k.split()) for k in table)


@functools.cache
def territory_names() -> dict[str, str]:
    """CLDR's English names of countries and regions, by code ('MX' -> 'Mexico')."""
    from babel import Locale

    return dict(Locale("en").territories)


def known_place(name: str) -> bool:
    """Whether a name as written is a city of the table or a country's English name."""
    return city_territory(name) is not None or name in _country_names()


@functools.cache
def _country_names() -> frozenset[str]:
    return frozenset(territory_names().values())


def territories_named(text: str, among: Iterable[str]) -> dict[str, str]:
    """The territories of `among` whose English names the text writes, each with its name
    ('pesos' in "Mexico's central bank": {'MX': 'Mexico'})."""
    names = territory_names()
    return {t: names[t] for t in among if t in names and re.search(rf"\b{re.escape(names[t])}\b", text)}


# a dateline's second part naming a state or province, as wire style writes one after a town the
# city table lacks ("DUBBO, NSW, 4 March", "ORILLIA, Ont., Oct. 3"); abbreviations a word or a
# US state could also be ("SA", "WA", "Vic") are left out
DATELINE_REGIONS: dict[str, str] = {
    "NSW": "AU", "N.S.W.": "AU", "Qld": "AU", "Qld.": "AU", "Tas.": "AU", "ACT": "AU", "NT": "AU",
    "New South Wales": "AU", "Queensland": "AU", "Tasmania": "AU", "Western Australia": "AU",
    "South Australia": "AU", "Northern Territory": "AU",
    "Ont.": "CA", "Que.": "CA", "B.C.": "CA", "Alta.": "CA", "Man.": "CA", "Sask.": "CA", "N.S.": "CA",
    "N.B.": "CA", "Nfld.": "CA", "P.E.I.": "CA", "Ontario": "CA", "Quebec": "CA", "British Columbia": "CA",
    "Alberta": "CA", "Manitoba": "CA", "Saskatchewan": "CA", "Nova Scotia": "CA", "New Brunswick": "CA",
    "NZ": "NZ", "N.Z.": "NZ",
    # the United States' states as AP style writes them after a city ("RICHMOND, Va.", "DAYTON, Ohio");
    # not "Georgia", a country too
    **dict.fromkeys([
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.",
        "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.",
        "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.",
        "W.Va.", "Wis.", "Wyo.", "D.C.", "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
        "Alabama", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Illinois", "Indiana", "Kansas", "Kentucky", "Louisiana", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York", "North Carolina", "North Dakota", "Oklahoma", "Oregon", "Pennsylvania",
        "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Vermont", "Virginia", "Washington",
        "West Virginia", "Wisconsin", "Wyoming"], "US"),
}
_DATELINE_REGION = re.compile(r"\s{0,3}(?P<region>[A-Z][A-Za-z.'’]{0,30}(?:\s[A-Z][A-Za-z.'’]{0,30}){0,2}?)\s{0,3}"
                              r"(?:,|\(|-|\u2013|\u2014)")


def dateline_territory(text: str) -> str | None:
    """The country (CLDR code) of the city a story's dateline names ("NAIROBI, March 3 -"), if the
    city table has it, or of the town a dateline in capitals names ("GALWAY, July 22 -"); the state,
    province or country named after it comes first ("DUBBO, NSW,", "TARIJA, Bolivia,")."""
    m = _DATELINE.match(text[:80])
    if m is None:
        return None
    r = _DATELINE_REGION.match(text, m.end()) if text[m.end() - 1:m.end()] == "," else None
    region = DATELINE_REGIONS.get(r["region"]) or _territory_of_name(r["region"]) if r is not None else None
    city = m["city"]
    # "PERTH, Ont.," is Canada's Perth; a town too small for the city table only in a wire's capitals
    return region or city_territory(city) or (_towns().get(city) if city.isupper() else None)


@functools.cache
def _towns() -> dict[str, str]:
    """Smaller towns in capitals -> territory (data/towns.json, GeoNames' towns of 15,000 people or
    more that dominate their namesakes): a dateline's "CORK," or "ALICE SPRINGS,", where a short name
    or one a word also has cannot be a word; loaded on the first dateline the city table lacks."""
    raw = json.loads((resources.files("claimkit") / "data" / "towns.json").read_text("utf-8"))
    return raw["towns"]


@functools.cache
def _territory_of_name(name: str) -> str | None:
    """The CLDR code of a country by its English name ('Bolivia' -> 'BO')."""
    return next((code for code, n in territory_names().items() if n == name and code.isalpha()), None)
