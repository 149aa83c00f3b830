"""Holidays a news story may date an event by: name + year -> the holiday's day.

Fixed days are (month, day); floating ones (n-th weekday of a month, n=-1 for
the last) follow the US calendar, as the English copy we read mostly does.
"""

from __future__ import annotations

import datetime as dt

from claimkit.extract import dates_calendar as cal
from claimkit.extract.dates_calendar import Reading

FIXED: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "yuandan": (1, 1), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "juneteenth": (6, 19),
    "independence day": (7, 4), "halloween": (10, 31), "veterans day": (11, 11),
    "christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
    "boxing day": (12, 26), "new year's eve": (12, 31),
}
# name -> (month, weekday 0=Monday, n-th; -1 = last), plus days added ("black friday")
FLOATING: dict[str, tuple[int, int, int, int]] = {
    "martin luther king day": (1, 0, 3, 0), "presidents day": (2, 0, 3, 0),
    "mother's day": (5, 6, 2, 0), "memorial day": (5, 0, -1, 0), "father's day": (6, 6, 3, 0),
    "labor day": (9, 0, 1, 0), "columbus day": (10, 0, 2, 0), "thanksgiving": (11, 3, 4, 0),
    "thanksgiving day": (11, 3, 4, 0), "thanks giving day": (11, 3, 4, 0), "thanks giving": (11, 3, 4, 0),
    "black friday": (11, 3, 4, 1), "cyber monday": (11, 3, 4, 4),
}
NAMES = sorted([*FIXED, *FLOATING], key=len, reverse=True)


def holiday(name: str, year: int | None, pub: dt.date | None) -> Reading | None:
    """'Thanksgiving 2010' -> 2010-11-25; 'Christmas' alone takes the published year."""
    if name in FIXED:
        m, d = FIXED[name]
        return cal.day(year, m, d, pub)
    m, wd, n, extra = FLOATING[name]
    if year is None and pub is None:
        return cal.unanchored("day", name)
    y = year if year is not None else pub.year  # type: ignore[union-attr]
    r = cal.nth_weekday(n, wd, 0, m, y, pub)
    if r is None or r.start is None:
        return None
    d = r.start + extra * cal.DAY
    return Reading(d, d, "day")
