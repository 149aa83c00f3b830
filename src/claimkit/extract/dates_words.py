"""Date words: month/weekday/number tables, and the normalizer every phrase goes through.

'Twenty-Seventh of Dec.' -> '27th of dec.'; the grammar in `dates_grammar` reads the result.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- tables

MONTHS = {m: i for i, ms in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), 1) for m in ms}
WEEKDAYS = {w: i for i, ws in enumerate((
    ("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "wednesday"),
    ("thu", "thur", "thurs", "thursday"), ("fri", "friday"), ("sat", "saturday"),
    ("sun", "sunday"))) for w in ws}
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year",
         "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute", "min": "minute",
         "mins": "minute"}
# "next"/"last" and friends: offset in periods from the published one
SHIFT = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1,
         "upcoming": 1, "last": -1, "previous": -1, "past": -1, "prior": -1}
# "early April" = days 1-10, "mid-April" 11-20, "late April" 21-end (DESIGN.md)
PART_OF = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}
# a month's name or its abbreviation as written in running text ("Sept", "November"), for patterns
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
QUALIFIER_LEADS = {"by": "at_most", "before": "at_most", "until": "at_most", "till": "at_most",
                   "since": "at_least", "after": "at_least", "from": "exact"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1}
CARDINALS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
             "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
             "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

# short forms of period words in notes and headlines ("this qtr", "last yr")
ABBREVIATIONS = {"qtr": "quarter", "qtrs": "quarters", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks",
                 # chat shorthand: "call me tmrw", "send it by EOD" (end of the business day)
                 "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "tmw": "tomorrow", "yday": "yesterday",
                 "eod": "end of day", "cob": "end of day",
                 # chat spellings: "nxt wk", "2morrow", "tomorow", "2day", "weds", "thrusday", "mid febuary"
                 "nxt": "next", "2morrow": "tomorrow", "2morow": "tomorrow", "tomorow": "tomorrow",
                 "tommorow": "tomorrow", "tommorrow": "tomorrow", "2day": "today", "2nite": "tonight",
                 "weds": "wednesday", "wendsday": "wednesday", "wensday": "wednesday", "wednsday": "wednesday",
                 "thrusday": "thursday", "thurday": "thursday", "febuary": "february", "feburary": "february"}

# --------------------------------------------------------------------------- normalizing


def _words_to_digits(text: str) -> str:
    """'twenty seventh' -> '27th', 'fifteen' -> '15', 'second' -> '2nd' (not 'a', 'last')."""

    def nth(n: int) -> str:
        return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

    out: list[str] = []
    for word in text.split():
        card, ordn = CARDINALS.get(word), ORDINALS.get(word)
        if word in ("a", "an", "last"):
            card = ordn = None
        prev = out[-1] if out else ""
        tens = prev in ("20", "30", "40", "50", "60", "70", "80", "90")
        if ordn is not None and ordn > 0 and tens:
            out[-1] = nth(int(prev) + ordn)
        elif card is not None and card < 10 and tens:
            out[-1] = str(int(prev) + card)
        elif ordn is not None:
            out.append(nth(ordn))
        elif card is not None:
            out.append(str(card))
        else:
            out.append(word)
    return " ".join(out)


_SPACING = re.compile(r"""
    (?<=[a-z]{3})(?=\d{1,2}\b)                         # 'dec31' -> 'dec 31' (not 'q1')
  | (?<=\d)(?=(?:years?|yrs?|h[12])\b)                # '3year', '2016h2'
  | (?<=\bmid)-                                       # 'mid-april'
  | (?<=\blate)- | (?<=\bearly)-
  | (?<=[a-z])-(?=(?:one|two|three|four|five|six|seven|eight|nine
                    |first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)   # 'twenty-first'
  | (?<=[a-z])-(?=(?:quarter|half|week|century)\b)  # 'third-quarter profit', 'first-half', '20th-century'
""", re.VERBOSE)


def normalize(text: str) -> str:
    """Lower-case, one space between words, number words as digits, no 'the'."""
    text = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    text = _SPACING.sub(" ", text)
    words = text.split()
    # "the" only matters in "the day before yesterday", "the year 2008", "the week of ..."
    words = [w for i, w in enumerate(words) if w != "the" or words[i + 1:i + 2] in (["day"], ["week"], ["year"])]
    text = " ".join(ABBREVIATIONS.get(w, w) for w in words)
    return _words_to_digits(text).strip(" ,.!?;:-")
