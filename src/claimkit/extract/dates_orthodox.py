"""Easter and the feasts tied to it as the Orthodox churches keep them: "Easter" said of Orthodox
or Coptic Christians, or in a story datelined in a country whose church is Orthodox, is Orthodox
Easter (the Julian computus), as annotators of such stories date it. The grammar reads every
Easter-tied feast by the Gregorian computus (`dates_holidays.EASTER`); `orthodox_feasts` moves them:
to the same year's Orthodox feast when the grammar kept the published year, else to the nearest
one on the side of the published day the clause's tense or a "last"/"next" chose.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from claimkit.extract.base import Found, doc_text, placed
from claimkit.extract.dates_calendar import same_feast_elsewhere
from claimkit.extract.dates_holidays import EASTER, easter, orthodox_easter
from claimkit.extract.places import dateline_territory

if TYPE_CHECKING:
    from spacy.tokens import Doc

# countries whose people are mostly of an Orthodox church that keeps the Julian Easter, by CLDR code
ORTHODOX_COUNTRIES: frozenset[str] = frozenset({
    "RO", "MD", "RS", "BG", "GR", "CY", "MK", "ME", "RU", "UA", "BY", "GE", "ET", "ER",
})
_ORTHODOX_SAID = re.compile(r"\b(?:Orthodox|Copts?|Coptic)\b")
_WESTERN_SAID = re.compile(r"\b(?:Catholics?|Protestants?|western|Gregorian)\b", re.IGNORECASE)
_FEAST = re.compile(r"\b(?P<feast>" + "|".join(sorted(map(re.escape, EASTER), key=len, reverse=True)) + r")\b",
                    re.IGNORECASE)


def orthodox_feasts(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """Easter-tied feasts of an Orthodox story or sentence moved to the Orthodox computus (module docstring)."""
    if pub is None:
        return found
    text = doc_text(doc)
    feasts = [(n, _FEAST.search(text[f.start:f.end])) for n, f in enumerate(found)]
    if not any(m for _, m in feasts):
        return found
    country_is = dateline_territory(text) in ORTHODOX_COUNTRIES
    out = list(found)
    for n, m in feasts:
        f = found[n]
        if m is None or "orthodox" in text[f.start:f.end].lower() or f.value.granularity != "day" \
                or not f.value.start or not f.value.start[:4].isdigit() or f.value.start != f.value.end:
            continue
        sentence = _sentence(text, f.start)
        if not (_ORTHODOX_SAID.search(sentence) and not _WESTERN_SAID.search(sentence) or country_is):
            continue
        out[n] = _moved(f, text[f.start:f.end], EASTER[m["feast"].lower()], pub)
    return out


def _moved(f: Found, said: str, offset: int, pub: dt.date) -> Found:
    western = dt.date.fromisoformat(f.value.start)
    if western != easter(western.year) + dt.timedelta(days=offset):
        return f  # not the feast's Gregorian day as the grammar reads it ("the week after Easter")
    day = same_feast_elsewhere(western, said, pub, lambda y: orthodox_easter(y) + dt.timedelta(days=offset))
    return placed(f, day, day, rule="date.orthodox_feast")


def _sentence(text: str, at: int) -> str:
    """The sentence around `at`, cut at full stops and line breaks (enough to find a church's name)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return text[start:min(ends) if ends else len(text)]
