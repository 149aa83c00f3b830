"""Seasons of the southern hemisphere: a story datelined in a city south of the equator means its
own seasons ("this spring" said in Melbourne in September is September to November, not March to
May). The grammar reads every season by the northern, meteorological calendar; `southern_seasons`
moves a dated story's season claims to the same season of the south, as annotators of such stories
do (TIDES: the season as the place it is said in has it). The story's place is its dateline's city
(data/cities.json); a season with a year written ("summer 2019") is left as read.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from claimkit.extract.base import Found, doc_text, placed
from claimkit.extract.dates_calendar import DAY, SEASON_START, add_months
from claimkit.extract.places import dateline_territory

if TYPE_CHECKING:
    from spacy.tokens import Doc

# countries wholly or mostly south of the equator, by CLDR code
SOUTHERN: frozenset[str] = frozenset({
    "AU", "NZ", "ZA", "AR", "CL", "UY", "PY", "BR", "BO", "PE", "NA", "BW", "LS", "SZ", "ZW", "MZ", "MG", "MU",
    "ZM", "MW", "AO", "FJ", "PG",
})
_SEASON_WORD = re.compile(r"\b(?P<s>spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:last|past|previous|just\s+gone|just\s+ended)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:next|coming|upcoming)\b", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}|'\d\d")
_THIS = re.compile(r"\bthis\b", re.IGNORECASE)


def southern(doc: Doc) -> bool:
    """The story's dateline names a city of a southern country."""
    return dateline_territory(doc_text(doc)) in SOUTHERN


def southern_seasons(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """Season claims of a southern story moved to the south's seasons (module docstring)."""
    if pub is None or not any(f.value.granularity == "quarter" for f in found) or not southern(doc):
        return found
    text = doc_text(doc)
    return [_south(f, text[f.start:f.end], pub) for f in found]


def _south(f: Found, said: str, pub: dt.date) -> Found:
    m = _SEASON_WORD.search(said)
    v = f.value
    if m is None or _YEAR.search(said) or v.granularity != "quarter" or not v.start or not v.start[:4].isdigit():
        return f
    north = dt.date.fromisoformat(v.start)
    name = m["s"].lower()
    if north.month != SEASON_START[name] or north.day != 1:
        return f  # not the season's three months as the grammar (SEASON_START) reads them
    month = (SEASON_START[name] + 5) % 12 + 1  # the same season six months on
    spans = [(s, add_months(s, 3) - DAY) for s in (dt.date(y, month, 1) for y in range(pub.year - 2, pub.year + 2))]
    latest_over = max((p for p in spans if p[1] < pub), key=lambda p: p[0])
    next_to_come = min((p for p in spans if p[0] > pub), key=lambda p: p[0])
    under_way = next((p for p in spans if p[0] <= pub <= p[1]), None)
    if _PAST.search(said):
        chosen = latest_over
    elif _AHEAD.search(said):
        chosen = next_to_come
    elif under_way is not None:
        chosen = under_way
    elif _THIS.search(said):  # "this summer" in a southern November: the one weeks off, not the one long over
        chosen = min((latest_over, next_to_come), key=lambda p: min(abs((p[0] - pub).days), abs((p[1] - pub).days)))
    else:  # the one on the side of the published day the grammar's reading took (the clause's tense)
        chosen = latest_over if dt.date.fromisoformat(v.end) < pub else next_to_come
    return placed(f, *chosen, "quarter")
