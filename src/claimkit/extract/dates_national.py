"""National days that many countries name alike: "Independence Day" in a story datelined in
Mumbai is India's (August 15), in Mexico City Mexico's (September 16). The grammar reads the name
by the American calendar (`dates_holidays.FIXED`); `national_days` moves it to the day of the
country the story's dateline names, or the one country of the table its sentence names, as
annotators of such stories date it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from claimkit.extract.base import Found, doc_text, placed
from claimkit.extract.dates_calendar import same_feast_elsewhere
from claimkit.extract.dates_southern import dateline_territory
from claimkit.extract.places import territories_named

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Independence Day (month, day) of countries whose copy calls it so, by CLDR code (national calendars)
INDEPENDENCE_DAYS: dict[str, tuple[int, int]] = {
    "US": (7, 4), "IN": (8, 15), "PK": (8, 14), "BD": (3, 26), "LK": (2, 4), "ID": (8, 17), "PH": (6, 12),
    "MX": (9, 16), "BR": (9, 7), "AR": (7, 9), "CL": (9, 18), "CO": (7, 20), "PE": (7, 28), "VE": (7, 5),
    "UY": (8, 25), "PY": (5, 15), "BO": (8, 6), "EC": (8, 10), "GH": (3, 6), "NG": (10, 1), "TZ": (12, 9),
    "UG": (10, 9), "ZW": (4, 18), "ZM": (10, 24), "MW": (7, 6), "BW": (9, 30), "NA": (3, 21), "MZ": (6, 25),
    "UA": (8, 24), "FJ": (10, 10), "PG": (9, 16),
}
_INDEPENDENCE = re.compile(r"\bindependence\s+day\b", re.IGNORECASE)


def national_days(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """'Independence Day' claims moved to the day of the story's country (module docstring)."""
    if pub is None:
        return found
    text = doc_text(doc)
    if not _INDEPENDENCE.search(text):
        return found
    dateline = dateline_territory(doc)
    out = []
    for f in found:
        said = text[f.start:f.end]
        v = f.value
        if not _INDEPENDENCE.search(said) or v.granularity != "day" or not v.start or not v.start[:4].isdigit() \
                or v.start[5:] != "07-04":
            out.append(f)
            continue
        country = _sentence_country(doc, f) or dateline
        if country not in INDEPENDENCE_DAYS or country == "US":
            out.append(f)
            continue
        m, d = INDEPENDENCE_DAYS[country]
        day = same_feast_elsewhere(dt.date.fromisoformat(v.start), said, pub, lambda y: dt.date(y, m, d))
        out.append(placed(f, day, day, rule="date.national_day"))
    return out


def _sentence_country(doc: Doc, f: Found) -> str | None:
    """The one country of the table the claim's sentence names ("Brazil's Independence Day")."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return None
    named = territories_named(span.sent.text, INDEPENDENCE_DAYS)
    return next(iter(named)) if len(named) == 1 else None
