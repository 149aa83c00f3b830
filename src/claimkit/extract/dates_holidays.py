"""Holidays a news story may date an event by: name + year -> the holiday's day.

Fixed days are (month, day); floating ones (n-th weekday of a month, n=-1 for
the last) follow the US calendar, as the English copy we read mostly does.
Easter and the feasts tied to it follow the Gregorian computus (Orthodox Easter the
Julian one); Passover, Rosh Hashanah, Yom Kippur and Hanukkah the arithmetic Hebrew
calendar, as their first full day (they begin at sundown the evening before);
Ramadan and the two Eids the tabular Islamic calendar, which can be a day off the
moon sighting a country goes by, so those readings are approximate. Feasts of
lunisolar calendars that need the moon's true position (Lunar New Year, Diwali,
Holi, the Mid-Autumn and Dragon Boat festivals, Vesak) come from the tables of the
`holidays` package (python-holidays, MIT; Chinese and Buddhist calendars 1901-2100, the
Indian feasts 2001-2035): a year outside them reads no day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math

from claimkit.extract import dates_calendar as cal
from claimkit.extract.dates_calendar import Reading
from claimkit.extract.dates_words import normalize

FIXED: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "yuandan": (1, 1), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "juneteenth": (6, 19),
    "independence day": (7, 4), "halloween": (10, 31), "veterans day": (11, 11),
    "christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
    "boxing day": (12, 26), "new year's eve": (12, 31),
    "earth day": (4, 22), "may day": (5, 1), "cinco de mayo": (5, 5), "canada day": (7, 1), "bastille day": (7, 14),
    "australia day": (1, 26), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
    "armistice day": (11, 11), "kwanzaa": (12, 26),
    "anzac day": (4, 25), "burns night": (1, 25), "hogmanay": (12, 31), "day of the dead": (11, 2),
    "german unity day": (10, 3), "king's day": (4, 27), "kings day": (4, 27), "epiphany": (1, 6),
    # national days and feasts of other countries whose names no other country uses for another day
    "hangul day": (10, 9), "saint-jean-baptiste day": (6, 24), "ve day": (5, 8), "vj day": (8, 15),
    "all saints day": (11, 1), "all souls day": (11, 2), "remembrance day": (11, 11), "waitangi day": (2, 6),
    "portugal day": (6, 10), "assumption day": (8, 15), "st andrew's day": (11, 30), "st david's day": (3, 1),
    "st george's day": (4, 23), "ambedkar jayanti": (4, 14),
    # Ireland's St Stephen's Day and Women's Christmas, Kenya's three national days, England's quarter days
    "st stephen's day": (12, 26), "nollaig na mban": (1, 6), "mashujaa day": (10, 20), "madaraka day": (6, 1),
    "jamhuri day": (12, 12), "lady day": (3, 25), "michaelmas": (9, 29),
    # Italy's mid-August holiday; Thailand's new year, whose public holiday opens on April 13
    "ferragosto": (8, 15), "songkran": (4, 13),
    # China's shopping days, named by their dates
    "singles' day": (11, 11), "singles day": (11, 11), "double 11": (11, 11), "double eleven": (11, 11),
    "double 12": (12, 12), "double twelve": (12, 12),
}
# name -> (month, weekday 0=Monday, n-th; -1 = last), plus days added ("black friday")
FLOATING: dict[str, tuple[int, int, int, int]] = {
    "martin luther king day": (1, 0, 3, 0), "presidents day": (2, 0, 3, 0),
    "mother's day": (5, 6, 2, 0), "memorial day": (5, 0, -1, 0), "father's day": (6, 6, 3, 0),
    "labor day": (9, 0, 1, 0), "columbus day": (10, 0, 2, 0), "thanksgiving": (11, 3, 4, 0),
    "thanksgiving day": (11, 3, 4, 0), "thanks giving day": (11, 3, 4, 0), "thanks giving": (11, 3, 4, 0),
    "black friday": (11, 3, 4, 1), "cyber monday": (11, 3, 4, 4),
    "remembrance sunday": (11, 6, 2, 0), "canadian thanksgiving": (10, 0, 2, 0), "patriots' day": (4, 0, 3, 0),
    "patriots day": (4, 0, 3, 0),
    # the American one, the Tuesday after the first Monday of November (dates_national keeps it only
    # under a US dateline: other countries' copy calls its own polling day so)
    "election day": (11, 0, 1, 1),
    # Victoria's horse-race holiday; the US Columbus Day under the name many states now give it
    "melbourne cup day": (11, 1, 1, 0), "indigenous peoples' day": (10, 0, 2, 0),
    # most Canadian provinces' August holiday
    "civic holiday": (8, 0, 1, 0),
    # England's and Wales's bank holidays on Mondays (Scotland's summer one is August's first)
    "early may bank holiday": (5, 0, 1, 0), "spring bank holiday": (5, 0, -1, 0),
    "late may bank holiday": (5, 0, -1, 0), "summer bank holiday": (8, 0, -1, 0), "august bank holiday": (8, 0, -1, 0),
}
# name -> days after Easter Sunday
EASTER: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1, "holy saturday": -1,
    "maundy thursday": -3, "palm sunday": -7, "ash wednesday": -46, "pentecost": 49, "whit monday": 50,
    "mardi gras": -47, "shrove tuesday": -47, "pancake day": -47, "mothering sunday": -21,
    "ascension day": 39, "whit sunday": 49, "trinity sunday": 56,
}
# name -> days after Orthodox Easter, for the feasts only the Orthodox churches name: Clean Monday opens
# their Lent, Tsiknopempti is the Thursday eleven days before it, Holy Spirit Monday follows Pentecost
ORTHODOX: dict[str, int] = {"orthodox easter": 0, "clean monday": -48, "tsiknopempti": -59, "holy spirit monday": 50}
# name -> days after Advent Sunday, the fourth Sunday before Christmas (November 27 to December 3)
ADVENT: dict[str, int] = {"advent sunday": 0, "first sunday of advent": 0, "second sunday of advent": 7,
                          "third sunday of advent": 14, "fourth sunday of advent": 21}
# feasts of the Hebrew calendar, read by `hebrew`
HEBREW: frozenset[str] = frozenset({"passover", "pesach", "rosh hashanah", "yom kippur", "hanukkah", "chanukah"})
# name -> (Islamic month, day, days it lasts)
ISLAMIC: dict[str, tuple[int, int, int]] = {
    "ramadan": (9, 1, 0), "eid al-fitr": (10, 1, 1), "eid al fitr": (10, 1, 1), "eid ul-fitr": (10, 1, 1),
    "eid al-adha": (12, 10, 1), "eid al adha": (12, 10, 1), "eid ul-adha": (12, 10, 1),
}
# feasts of lunisolar calendars -> (python-holidays calendar, its method, days after that day)
LUNISOLAR: dict[str, tuple[str, str, int]] = {
    "lunar new year": ("chinese", "lunar_new_year_date", 0), "chinese new year": ("chinese", "lunar_new_year_date", 0),
    "lantern festival": ("chinese", "lunar_new_year_date", 14), "mid autumn festival": ("chinese", "mid_autumn_date", 0),
    "dragon boat festival": ("chinese", "dragon_boat_date", 0),
    "diwali": ("hindu", "diwali_india_date", 0), "deepavali": ("hindu", "diwali_india_date", 0),
    "holi": ("hindu", "holi_date", 0),
    # Korea's names of the lunar new year and of the harvest moon (the Mid-Autumn day; Korea keeps the
    # day before and after too)
    "seollal": ("chinese", "lunar_new_year_date", 0), "chuseok": ("chinese", "mid_autumn_date", 0),
    # the Buddha's day as Singapore, Malaysia and Indonesia keep it (Sri Lanka's Poya: dates_national)
    "vesak": ("buddhist", "vesak_date", 0),
}
# other spellings -> the table's name
ALIASES: dict[str, str] = {
    "xmas": "christmas", "x-mas": "christmas", "xmas eve": "christmas eve", "xmas day": "christmas day",
    "mlk day": "martin luther king day", "martin luther king jr. day": "martin luther king day",
    "martin luther king jr day": "martin luther king day", "new years eve": "new year's eve",
    "new years day": "new year's day", "presidents' day": "presidents day", "president's day": "presidents day",
    "valentine's": "valentine's day",
    # the Epiphany as Spanish- and Portuguese-speaking countries name it, not the Dutch King's Day
    "three kings day": "epiphany", "three kings' day": "epiphany", "three king's day": "epiphany",
    # the two Eids as Malaysia, Singapore and Indonesia name them
    "hari raya puasa": "eid al-fitr", "hari raya aidilfitri": "eid al-fitr", "hari raya haji": "eid al-adha",
    "hari raya aidiladha": "eid al-adha", "wesak": "vesak", "vesak day": "vesak", "wesak day": "vesak",
    "st-jean-baptiste day": "saint-jean-baptiste day", "v-e day": "ve day", "all saints' day": "all saints day",
    "all souls' day": "all souls day", "st. andrew's day": "st andrew's day", "st. david's day": "st david's day",
    "st. george's day": "st george's day", "indigenous peoples day": "indigenous peoples' day",
    "st. stephen's day": "st stephen's day",
}
# ... and every name as the date grammar reads text (`dates_words.normalize`: number words as digits,
# no "the"), so that "Three Kings Day" and "the Day of the Dead" are found as written
_TABLED = [name for table in (FIXED, FLOATING, EASTER, ORTHODOX, ADVENT, HEBREW, ISLAMIC, LUNISOLAR) for name in table]
ALIASES.update({form: ALIASES.get(name, name) for name in [*_TABLED, *ALIASES] if (form := normalize(name)) != name})
NAMES = sorted([*_TABLED, *ALIASES], key=len, reverse=True)
_HEBREW_EPOCH = -1373427  # Tishri 1, AM 1, as a proleptic Gregorian ordinal
_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram AH 1, proleptic Gregorian


def advent_sunday(y: int) -> dt.date:
    """The first Sunday of Advent of year y, the fourth Sunday before Christmas: 2025 -> November 30."""
    christmas = dt.date(y, 12, 25)
    return christmas - ((christmas.weekday() + 1) % 7 or 7) * cal.DAY - 21 * cal.DAY


def easter(y: int) -> dt.date:
    """Easter Sunday of year y (the anonymous Gregorian algorithm): 2019 -> April 21."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def orthodox_easter(y: int) -> dt.date:
    """Orthodox Easter Sunday (the Julian computus, moved to the Gregorian calendar): 2024 -> May 5."""
    d = (19 * (y % 19) + 15) % 30
    e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_to_gregorian = y // 100 - y // 400 - 2  # 13 days in 1900-2099
    return dt.date(y, month, day + 1) + julian_to_gregorian * cal.DAY


def _hebrew_new_year(hy: int) -> dt.date:
    """Rosh Hashanah (Tishri 1) of Hebrew year hy, by the molad and its postponements: 5785 -> 2024-10-03."""
    def elapsed(y: int) -> int:
        months = (235 * y - 234) // 19
        day = 29 * months + (12084 + 13753 * months) // 25920
        return day + 1 if (3 * (day + 1)) % 7 < 3 else day
    before, this, after = elapsed(hy - 1), elapsed(hy), elapsed(hy + 1)
    delay = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return dt.date.fromordinal(_HEBREW_EPOCH + this + delay)


def hebrew(name: str, y: int) -> dt.date:
    """The first full day of a Jewish feast in Gregorian year y: 'Passover 2024' -> April 23."""
    hy = y + 3761  # the Hebrew year that begins in September/October of y
    new_year = _hebrew_new_year(hy)
    if name in ("passover", "pesach"):
        return new_year - 163 * cal.DAY  # 15 Nisan is always 163 days before the next Tishri 1
    if name == "rosh hashanah":
        return new_year
    if name == "yom kippur":
        return new_year + 9 * cal.DAY
    length = (_hebrew_new_year(hy + 1) - new_year).days
    kislev = new_year + (30 + (30 if length in (355, 385) else 29)) * cal.DAY  # Heshvan is long in a full year
    return kislev + 24 * cal.DAY  # Hanukkah: 25 Kislev


def _hijri(y: int, m: int, d: int) -> dt.date:
    """A day of the tabular Islamic calendar: (1442, 9, 1) -> 2021-04-13."""
    return dt.date.fromordinal(d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + _HIJRI_EPOCH - 1)


def islamic(name: str, y: int) -> Reading:
    """'Ramadan 2021' -> the month of Ramadan that begins in 2021 (April 13 - May 12), approximately."""
    m, d, days = ISLAMIC[name]
    guess = round((y - 622) * 33 / 32)  # Islamic years run about 11 days shorter
    hy = next(h for h in range(guess - 2, guess + 3) if _hijri(h, m, d).year >= y)
    start = _hijri(hy, m, d)
    end = start + (days - 1) * cal.DAY if days else _hijri(hy, m + 1, 1) - cal.DAY
    return Reading(start, end, "day" if days else "month", qualifier="approx")


def lunisolar(name: str, y: int) -> dt.date | None:
    """'lunar new year', 2003 -> 2003-02-01; 'diwali', 2017 -> 2017-10-19; None outside the tables."""
    calendar, method, after = LUNISOLAR[name]
    day, _ = getattr(_lunisolar_calendar(calendar), method)(y)
    return None if day is None else day + after * cal.DAY


@functools.cache
def _lunisolar_calendar(name: str):  # noqa: ANN202
    """python-holidays' table of one calendar, loaded on the first such feast a text names."""
    if name == "chinese":
        from holidays.calendars.chinese import _ChineseLunisolar
        return _ChineseLunisolar()
    if name == "buddhist":
        from holidays.calendars.buddhist import _BuddhistLunisolar
        return _BuddhistLunisolar()
    if name == "sinhala":
        from holidays.calendars.sinhala import _SinhalaLunar
        return _SinhalaLunar()
    from holidays.calendars.hindu import _HinduLunisolar
    return _HinduLunisolar()


def vesak_poya(year: int) -> dt.date:
    """Sri Lanka's Vesak Poya, the full moon of May by the Sinhala calendar, which can fall a lunar
    month before the day Singapore keeps; where that table ends, the Buddhist table's day."""
    day, _ = _lunisolar_calendar("sinhala").vesak_poya_date(year)
    day = day if day is not None else lunisolar("vesak", year)
    assert day is not None  # the Buddhist table runs 1901-2100, as the years a text is read in
    return day


def holiday(name: str, year: int | None, pub: dt.date | None) -> Reading | None:
    """'Thanksgiving 2010' -> 2010-11-25; 'Christmas' alone takes the published year; 'Easter 2019'
    -> 2019-04-21; 'Ramadan 2021' -> 2021-04-13..2021-05-12 (approx)."""
    name = ALIASES.get(name, name)
    if name in FIXED:
        m, d = FIXED[name]
        return cal.day(year, m, d, pub)
    if year is None and pub is None:
        return cal.unanchored("day", name)
    y = year if year is not None else pub.year  # type: ignore[union-attr]
    borrowed = {"year_from_published": year is None, "feast": name}
    if name in EASTER or name in ORTHODOX or name in HEBREW:
        d = easter(y) + EASTER[name] * cal.DAY if name in EASTER else \
            orthodox_easter(y) + ORTHODOX[name] * cal.DAY if name in ORTHODOX else hebrew(name, y)
        return Reading(d, d, "day", **borrowed)
    if name in ADVENT:
        d = advent_sunday(y) + ADVENT[name] * cal.DAY
        return Reading(d, d, "day", **borrowed)
    if name in ISLAMIC:
        return dataclasses.replace(islamic(name, y), **borrowed)
    if name in LUNISOLAR:
        d = lunisolar(name, y)
        return None if d is None else Reading(d, d, "day", **borrowed)
    m, wd, n, extra = FLOATING[name]
    r = cal.nth_weekday(n, wd, 0, m, y, pub)
    if r is None or r.start is None:
        return None
    d = r.start + extra * cal.DAY
    return Reading(d, d, "day", **borrowed)  # the clause's tense may move it a year ("went on sale before Labor Day")
