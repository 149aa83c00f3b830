"""National days that many countries name alike: "Independence Day" in a story datelined in
Mumbai is India's (August 15), in Mexico City Mexico's (September 16). The grammar reads the name
by the American calendar (`dates_holidays.FIXED`); `national_days` moves it to the day of the
country the story's dateline names, or the one country of the table its sentence names, as
annotators of such stories date it. "Thanksgiving" in a Canadian story is Canada's (the second Monday
of October; its weekend from the Saturday), unless "American" or "U.S." says otherwise; "Vesak" in a
Sri Lankan one is its Poya.
"Election Day" is the American one only in a story datelined in the United States, and no date elsewhere.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from claimkit.extract.base import Found, doc_text, placed
from claimkit.extract.dates_calendar import DAY, same_feast_elsewhere
from claimkit.extract.dates_holidays import holiday, vesak_poya
from claimkit.extract.places import dateline_territory, territories_named

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Independence Day (month, day) of countries whose copy calls it so, by CLDR code (national calendars)
INDEPENDENCE_DAYS: dict[str, tuple[int, int]] = {
    "US": (7, 4), "IN": (8, 15), "PK": (8, 14), "BD": (3, 26), "LK": (2, 4), "ID": (8, 17), "PH": (6, 12),
    "MX": (9, 16), "BR": (9, 7), "AR": (7, 9), "CL": (9, 18), "CO": (7, 20), "PE": (7, 28), "VE": (7, 5),
    "UY": (8, 25), "PY": (5, 15), "BO": (8, 6), "EC": (8, 10), "GH": (3, 6), "NG": (10, 1), "TZ": (12, 9),
    "UG": (10, 9), "ZW": (4, 18), "ZM": (10, 24), "MW": (7, 6), "BW": (9, 30), "NA": (3, 21), "MZ": (6, 25),
    "UA": (8, 24), "FJ": (10, 10), "PG": (9, 16),
    # the Caribbean and Central America
    "JM": (8, 6), "TT": (8, 31), "BB": (11, 30), "BS": (7, 10), "BZ": (9, 21), "GY": (5, 26), "GD": (2, 7),
    "LC": (2, 22), "DM": (11, 3), "AG": (11, 1), "KN": (9, 19), "VC": (10, 27), "SR": (11, 25), "DO": (2, 27),
    "HT": (1, 1), "GT": (9, 15), "HN": (9, 15), "SV": (9, 15), "NI": (9, 15), "CR": (9, 15),
    # Africa
    "KE": (12, 12), "DZ": (7, 5), "MA": (11, 18), "TN": (3, 20), "SN": (4, 4), "CI": (8, 7), "RW": (7, 1),
    "BI": (7, 1), "CD": (6, 30), "SL": (4, 27), "LR": (7, 26), "GM": (2, 18), "ER": (5, 24), "SO": (7, 1),
    "DJ": (6, 27), "LS": (10, 4), "SZ": (9, 6), "SC": (6, 29), "MG": (6, 26), "AO": (11, 11), "SS": (7, 9),
    "CV": (7, 5), "GW": (9, 24), "ST": (7, 12), "TD": (8, 11), "NE": (8, 3), "ML": (9, 22), "BF": (8, 5),
    "BJ": (8, 1), "TG": (4, 27), "GA": (8, 17), "CG": (8, 15), "CF": (8, 13), "MR": (11, 28), "KM": (7, 6),
    "MU": (3, 12),
    # Europe, the Caucasus and Central Asia
    "GE": (5, 26), "AM": (9, 21), "AZ": (10, 18), "KZ": (12, 16), "UZ": (9, 1), "KG": (8, 31), "TJ": (9, 9),
    "TM": (9, 27), "MD": (8, 27), "BY": (7, 3), "MK": (9, 8), "ME": (5, 21), "BA": (3, 1), "XK": (2, 17),
    "AL": (11, 28), "CY": (10, 1), "MT": (9, 21), "FI": (12, 6), "GR": (3, 25),
    # Asia and the Pacific
    "KH": (11, 9), "MM": (1, 4), "LB": (11, 22), "JO": (5, 25), "MY": (8, 31), "SB": (7, 7), "VU": (7, 30),
    "WS": (6, 1), "NR": (1, 31), "KI": (7, 12), "TV": (10, 1),
}
_INDEPENDENCE = re.compile(r"\bindependence\s+day\b", re.IGNORECASE)
# "Thanksgiving" in a Canadian story: the grammar reads the American feast, the fourth Thursday of
# November ("Canadian Thanksgiving" it reads as written); not after "American" ("fly south for American
# Thanksgiving")
_THANKSGIVING = re.compile(r"(?<!canadian )\bthanksgiving\b", re.IGNORECASE)
_AMERICAN_BEFORE = re.compile(r"\b(?:American|U\.S\.|US)\s$")


# "Election Day", capitalised, in a story datelined in the United States: its federal day
_ELECTION_DAY = re.compile(r"\belection\s+day\b", re.IGNORECASE)
_US_ELECTION_DAY = re.compile(r"\bElection\s+Day\b")


def _american_election_days(text: str, found: list[Found]) -> list[Found]:
    """The claims, less those of an "election day" that is not the American one: under a dateline of
    another country or none, or written in lower case ("election day" of a Mexican or Philippine story
    is its own polling day, a date no calendar gives)."""
    american = dateline_territory(text) == "US"
    return [f for f in found if not _ELECTION_DAY.search(text, f.start, f.end)
            or american and _US_ELECTION_DAY.search(text, f.start, f.end)]


def _canadian_thanksgiving(year: int) -> dt.date:
    reading = holiday("canadian thanksgiving", year, None)
    assert reading is not None and reading.start is not None
    return reading.start


# "Vesak" in a Sri Lankan story is the Vesak Poya, the full moon of May by the Sinhala calendar, which
# can fall a lunar month before the day Singapore and Malaysia keep (1 May 2026 against 31 May)
_VESAK = re.compile(r"\b[vw]esak\b", re.IGNORECASE)


def national_days(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """'Independence Day' claims moved to the day of the story's country, 'Thanksgiving' to Canada's in
    a Canadian story and 'Vesak' to the Poya in a Sri Lankan one; 'election day' kept only as the
    American one (module docstring)."""
    text = doc_text(doc)
    if _ELECTION_DAY.search(text):
        found = _american_election_days(text, found)
    if pub is None:
        return found
    independence, thanksgiving, vesak = _INDEPENDENCE.search(text), _THANKSGIVING.search(text), _VESAK.search(text)
    if not independence and not thanksgiving and not vesak:
        return found
    dateline = dateline_territory(text)
    out = []
    for f in found:
        said = text[f.start:f.end]
        v = f.value
        if v.granularity != "day" or not v.start or not v.start[:4].isdigit():
            out.append(f)
            continue
        read = dt.date.fromisoformat(v.start)
        if independence and _INDEPENDENCE.search(said) and v.start[5:] == "07-04":
            country = _sentence_country(doc, f) or dateline
            if country in INDEPENDENCE_DAYS and country != "US":
                m, d = INDEPENDENCE_DAYS[country]
                day = same_feast_elsewhere(read, said, pub, lambda y: dt.date(y, m, d))
                f = placed(f, day, day, rule="date.national_day")
        elif thanksgiving and dateline == "CA" and _THANKSGIVING.search(said) and read.month == 11 \
                and (v.end == v.start or f.rule == "date.holiday_weekend") \
                and not _AMERICAN_BEFORE.search(text, max(0, f.start - 12), f.start):
            day = same_feast_elsewhere(read, said, pub, _canadian_thanksgiving)
            # "Thanksgiving weekend" of a Monday feast runs from the Saturday
            f = placed(f, day if v.end == v.start else day - 2 * DAY, day, rule="date.national_day")
        elif vesak and dateline == "LK" and _VESAK.search(said) and v.end == v.start:
            day = same_feast_elsewhere(read, said, pub, vesak_poya)
            f = placed(f, day, day, rule="date.national_day")
        out.append(f)
    return out


def easter_weekends(doc: Doc, found: list[Found]) -> list[Found]:
    """'the Easter weekend' of a story datelined in a country whose national calendar keeps Easter
    Monday (python-holidays: the Netherlands, Kenya, Australia...) runs from Good Friday to that
    Monday; elsewhere, and where no dateline tells, to Easter Sunday (`dates_grammar`)."""
    text = doc_text(doc)
    weekends = {n for n, f in enumerate(found)
                if f.rule == "date.holiday_weekend" and _EASTER.search(text[f.start:f.end])}
    country = dateline_territory(text) if weekends else None
    if country is None or country == "US":
        return found
    out = []
    for n, f in enumerate(found):
        v = f.value
        if n in weekends and v.end and v.end[:4].isdigit():
            monday = dt.date.fromisoformat(v.end) + DAY
            if _keeps_easter_monday(country, monday):
                f = placed(f, dt.date.fromisoformat(v.start), monday)
        out.append(f)
    return out


_EASTER = re.compile(r"\beaster\s+weekend\b", re.IGNORECASE)  # not its "long weekend": that has the Monday


@functools.cache
def _keeps_easter_monday(country: str, monday: dt.date) -> bool:
    import holidays

    try:
        # Britain's bank holidays are its nations': England's and Wales's keep the Monday, as most copy counts it
        calendar = holidays.country_holidays(country, subdiv="ENG" if country == "GB" else None, years=monday.year)
    except NotImplementedError:  # a country python-holidays has no calendar of
        return False
    return "Easter Monday" in (calendar.get(monday) or "")


def _sentence_country(doc: Doc, f: Found) -> str | None:
    """The one country of the table the claim's sentence names ("Brazil's Independence Day")."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return None
    named = territories_named(span.sent.text, INDEPENDENCE_DAYS)
    return next(iter(named)) if len(named) == 1 else None
