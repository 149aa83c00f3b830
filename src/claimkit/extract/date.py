"""date claims: spaCy Doc + published date -> `Found`s with a `DateValue`.

Candidates are runs of date atoms (SpanRuler patterns in patterns/date.jsonl,
plus the model's DATE entities); the longest part of each run that the grammar
in `dates_phrases` reads becomes a claim.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Final, Iterable, NamedTuple

from claimkit.extract import dates_holidays, dates_phrases
from claimkit.extract.base import Context, Found, doc_text, entities, ruler_matches, verb_above
from claimkit.extract.dates_anchor import anchored, tied_to_a_date, verb_a_date_falls_on
from claimkit.extract.dates_calendar import Reading
from claimkit.extract.dates_grammar import two_years
from claimkit.extract.dates_lists import listed_days
from claimkit.extract.dates_tense import by_tense, to_a_moved_day
from claimkit.extract.dates_words import MONTHS, ORDINALS, UNITS, WEEKDAYS, normalize
from claimkit.extract.quantity import unit_word
from claimkit.extract.quote import PAIRS as QUOTE_PAIRS
from claimkit.lexicon import RESCHEDULING_VERBS
from claimkit.models import DateValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

KIND: Final = "date"
NAME: Final = "date.rules"

# time zones after a four-digit figure make it a time of day ("1530 GMT")
TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "ET", "PST", "PDT", "CST", "JST", "IST",
                        "HRS", "HOURS", "LOCAL"})

# words that may sit inside a run without being dates themselves ("4 to 22 January", "15 April of 87")
CONNECTORS = frozenset({",", ".", "-", "\u2013", "/", "of", "the", "in", "to", "until", "till", "through",
                        "thru", "and", "between", "from", "on", "by", "since", "before", "after", "a", "an",
                        "within", "during", "'s", "my", "ended", "ending"})
# words a candidate may start with although they are no date ("by 2026", "between May 1 and 5")
LEADS = frozenset({"between", "from", "by", "since", "before", "after", "in", "on", "the", "a", "an",
                   "within", "during", "until", "till"})
# words before a year that make it one even before a unit ("In 1998 tons of grain rotted")
TIME_PREPOSITIONS = frozenset({"in", "since", "by", "until", "till", "from", "during", "before", "after"})
# leading words left out of the claim's text ("on April 21" -> "April 21")
TRIM = frozenset({"on", "at", "during", "of", "in", "for", "from"})
# a bare number is a year or a month/day only after one of these ("in 2016", "on 4/21"; not "1/2 cup")
NUMBER_LEADS = frozenset({"in", "on", "by", "since", "from", "until", "till", "of", "during", "before",
                          "after", "through", "to", "between", "and", "year", "dated", "early", "late",
                          "mid", "around", "spring", "summer", "autumn", "fall", "winter", "end", "("})
BARE_NUMBER_RULES = frozenset({"year", "month_day_numeric"})
_ZERO_PADDED = re.compile(r"0[1-9]/\d\d|\d\d/0[1-9]")  # "02/07", "28/06": a day and month, no fraction
# a bare weekday abbreviation ("Wed", "Fri") is too often something else
WEEKDAY_ABBREVIATIONS = frozenset({"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri"})
ANY_ONE = frozenset({"a", "an", "any", "every", "each"})  # "on a Saturday", "any weekend": no one day
# a day that recurs after "every" or "each", without a year: "every Fourth of July", "each Christmas Eve"
RECURRING_RULES = frozenset({"holiday", "day_month_year", "month_day_year", "weekday", "month_part"})
_DIGIT_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
# rites a lower-case "thanksgiving" names, not the feast: "a thanksgiving service", "thanksgiving prayers"
RITE_NOUNS = frozenset({"service", "mass", "prayer", "ceremony", "offering", "worship", "liturgy", "hymn"})
# nouns whose value is a number to key in: "the door code is 2020", "extension 2019"
CODE_NOUNS = frozenset({"code", "pin", "keypad", "password", "passcode", "passnumber", "combination", "extension",
                        "ext", "ext."})
# nouns a telephone number names a service by: "the 1912 helpline"
PHONE_SERVICE_NOUNS = frozenset({"helpline", "hotline", "freephone", "tollfree", "toll-free", "shortcode"})
ABBREVIATION_LEADS = frozenset({"on", "by", "until", "till", "to", "from", "next", "this", "before", "after"})
MAX_RUN = 15
# capitalised words that make a weekday after them the name of a day ("Super Tuesday", "Cyber Monday")
NAMED_DAY_WORDS = frozenset({"Super", "Bloody", "Black", "Blue", "Cyber", "Giving", "Manic", "Holy", "Spy"})
# words before a weekday that make it part of a name ("Mrs. Tuesday"), and capitalised words before one
# that keep it a day ("the Early Friday session" is no name): `_titled`
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "aunt", "uncle"})
NAME_FREE_MODIFIERS = frozenset({"early", "late", "last", "next", "this", "every", "each", "following", "previous",
                                 "coming", "same", "first", "second", "third", "fourth"})
MONTH_LEADS = frozenset({"in", "since", "until", "till", "by", "of", "during", "early", "late", "mid", "last",
                         "next", "this", "from", "before", "after", "through"})
NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"})
# nouns of a period's record or vote, whose year says when ("Budget 2024", "Election 2024 results",
# "Arrivals 2025:"), unlike a name's number ("Flight 1549")
RECORD_NOUNS = frozenset({"budget", "election", "census", "result", "account", "arrival", "report", "review",
                          "survey", "forecast", "outlook", "season", "class", "harvest", "crop", "vintage"})
# words after a feast that name a part of its day ("Halloween night", "Christmas morning")
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "lunchtime", "dinner"})
# capitalised words a year may follow and still be a date ("Christmas 2010", "FY 2019"), beside
# NUMBER_LEADS ("In 2019", "Summer 2020") and RECORD_NOUNS; after any other capitalised word a bare
# figure numbers a name ("Flight 1549", `_numbered_name`)
DATE_WORDS_BEFORE_A_YEAR = frozenset(
    {*MONTHS, *WEEKDAYS, *dates_holidays.NAMES, "fy", "fiscal", "financial", "ad", "a.d.", "ce", "circa", "c.",
     "q1", "q2", "q3", "q4", "h1", "h2", "throughout", "about", "approximately", "starting", "beginning", "effective",
     "for"})
# words before a bare year that make it a modifier of the noun after it ("its 2003 invasion", "a 1951 treaty")
YEAR_MODIFIER_LEADS = frozenset({"a", "an", "the", "this", "that"})
# nouns a bare figure counts or measures in front of them, even after an article
MEASURE_NOUNS = frozenset({"block", "mile", "kilometre", "kilometer", "km", "metre", "meter", "foot", "feet", "yard",
                           "word", "page", "point", "pound", "ton", "tonne", "acre", "hectare", "gallon", "litre",
                           "liter", "barrel", "hour", "minute", "second", "day", "week", "month", "year", "calorie",
                           "horsepower", "unit", "seat", "bed", "room", "pixel", "volt", "watt", "degree"})
# things done each week, whose plural after a weekday makes it a habit ("his Tuesday masterclasses")
WEEKLY_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "class", "masterclass", "lesson", "shift",
                          "service", "round", "session", "market", "meeting", "visit", "practice", "rehearsal",
                          "clinic", "surgery", "collection", "opening", "closing", "walk", "ride", "run", "match"})
# words after a sentence's first "March" that make it the verb ('"March with us," ...', "March for peace")
MARCHING_WORDS = frozenset({"with", "for", "against", "alongside", "into", "across", "behind", "beside", "us", "me",
                            "them", "you", "together", "forward", "peacefully", "now"})
# nouns after "2009-10" that make it two years, not a month ("the 2009-10 season", "the 2021-22 budget")
SPLIT_YEAR_NOUNS = frozenset({"season", "seasons", "campaign", "term", "budget", "school", "academic", "fiscal",
                              "financial", "tax", "winter", "session", "series",
                              # what spans a turn of the year: "the 2008-09 recession", "the 2011-12 drought"
                              "recession", "crisis", "slump", "downturn", "drought", "boom", "harvest", "summer",
                              "cycle", "biennium"})
# a month's abbreviation alone, with no period, is a date only after a lead ("in Jan"; "due Dec." has its
# period): "Tell Jan", "mar the table"
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
# kin and roles a given name follows ("my sister April", "Aunt May", "our colleague June")
# what is held on a feast's own day: "Veterans Day ceremonies", "the Canada Day fireworks", "a
# Thanksgiving dinner" time an event by the day ("Christmas shopping", "a Christmas market" do not)
FEAST_DAY_EVENTS = frozenset({"ceremony", "parade", "firework", "fireworks", "celebration", "service", "concert",
                              "speech", "address", "broadcast", "game", "match", "dinner", "lunch", "brunch", "rally",
                              "vigil", "mass", "prayer", "message", "procession", "festivity", "feast"})
# verbs whose object is someone spoken to: "Tell April the dinner's on me", "Ask June if she wants one"
ADDRESSING_VERBS = frozenset({"tell", "ask", "call", "text", "email", "message", "thank", "invite", "remind",
                              "phone", "ring", "warn", "inform", "congratulate"})
RELATION_NOUNS = frozenset({"sister", "brother", "cousin", "aunt", "auntie", "uncle", "mother", "father", "mom", "mum",
                            "dad", "daughter", "son", "wife", "husband", "niece", "nephew", "grandma", "grandpa",
                            "granddaughter", "grandson", "friend", "colleague", "coworker", "neighbour", "neighbor",
                            "boss", "girlfriend", "boyfriend", "fiancee", "fiancée", "partner", "roommate",
                            "classmate", "teacher", "coach", "nurse", "doctor", "dr", "mrs", "ms", "miss", "mr"})
# readings of one word that may be a word of a name ('Monday Lane', 'Jim Easter'): `_word_of_a_name`
NAMED_WORD_RULES = frozenset({"weekday", "month_part", "holiday"})
# capitalised nouns that make the date word before them part of a place's name ('October Square')
NAME_PLACE_NOUNS = frozenset({"street", "avenue", "road", "lane", "boulevard", "drive", "way", "place", "court",
                              "terrace", "parkway", "highway", "square", "park", "bridge", "island", "market", "hall",
                              "gardens", "crescent", "close", "row", "quay", "wharf", "harbour", "harbor", "beach"})
NAME_LEADS = frozenset({"on", "in", "at", "the", "since", "until", "from", "of", "by"})  # words a run may open on
QUOTE_CHARS = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values())  # the quote reader's marks
# nouns for a work or an offer that a quoted title names ('the single "Fourth of July"'): `_quoted_title`
WORK_NOUNS = frozenset({"single", "song", "album", "track", "hit", "record", "film", "movie", "book", "novel",
                        "play", "musical", "opera", "ballet", "poem", "painting", "show", "series", "episode",
                        "exhibition", "offer", "campaign", "promotion", "deal", "sale", "event", "festival",
                        "programme", "program", "slogan", "title"})
PERFORMING_VERBS = frozenset({"play", "sing", "perform", "record", "release", "hum", "broadcast", "screen"})
TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "or"})
# words that end a street's name after a house number
STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "boulevard", "blvd", "drive",
                          "dr", "way", "place", "pl", "court", "ct", "terrace", "parkway", "pkwy", "highway", "hwy",
                          "square", "sq"})
# nouns only a game has, whose halves and quarters are no dates ("the striker scored in the second half";
# "goal", "game", "match" name a company's targets and products too)
PLAY_NOUNS = frozenset({"striker", "goalkeeper", "halftime", "half-time", "touchdown",
                        "quarterback", "referee", "equaliser", "equalizer", "inning", "innings", "kickoff",
                        "kick-off", "midfielder", "defender", "hat-trick"})
# words before "the 15th" that make it a day of the month
DAY_LEADS = frozenset({"on", "by", "until", "till", "before", "after", "since", "from", "through", "for"})
RANK_VERBS = frozenset({"finish", "place", "rank", "seed", "qualify"})
# three words before a date that bound it, as one word does ("by", "since": dates_words.QUALIFIER_LEADS)
COMPARED_BOUNDS = {"no later than": "at_most", "not later than": "at_most", "no earlier than": "at_least",
                   "not earlier than": "at_least", "no sooner than": "at_least"}
SEASON_LEADS = frozenset({"in", "during", "over", "by", "until", "since", "through", "this", "last", "next"})
# a decade in words names a level, not years, after these verbs or of these subjects ("traded in the
# sixties", "highs will be in the seventies"); after a possessive it is an age ("in his seventies")
LEVEL_VERBS = frozenset({"climb", "trade", "hover", "rise", "fall", "drop", "dip", "soar", "stay", "remain",
                         "reach", "hit", "sit", "top", "range", "score"})
LEVEL_SUBJECTS = frozenset({"high", "low", "temperature", "mercury", "thermometer", "reading"})
# "in 10 years" after these is a span of time, not a date ("the first time in 10 years")
SPAN_BEFORE_IN = frozenset({"time", "first", "once", "decade", "years", "months", "weeks", "days"})


class _Ents(NamedTuple):
    """Token indices inside the model's DATE entities and inside names (read once per doc)."""

    dates: frozenset[int]
    names: frozenset[int]


def find(doc: Doc, ctx: Context) -> Iterable[Found]:
    """Date claims in a parsed document: 'on April 21' -> April 21 of the published year."""
    ents = _Ents(
        frozenset(k for e in entities(doc) if e.label_ == "DATE" for k in range(e.start, e.end)),
        frozenset(k for e in entities(doc) if e.label_ in NAME_LABELS for k in range(e.start, e.end)),
    )
    atoms = _atom_tokens(doc) | ents.dates
    text = doc_text(doc)
    found = [f for run_start, run_end in _runs(doc, atoms)
             for f in _read_run(doc, run_start, run_end, ctx.published, ents) if not _a_difference(text, f)]
    return _deadlines(text, _eves(text, listed_days(doc, anchored(doc, found, ctx.published))))


# "by the end of next month", "until the end of 2027": a deadline at a period's end
_DEADLINE_AT_AN_END = re.compile(r"(?:by|before|until|till)\s{1,3}(?:the\s{1,3})?end\s{1,3}of\b", re.IGNORECASE)


def _deadlines(text: str, found: list[Found]) -> list[Found]:
    """A deadline at a period's end bounds the period's last day, as "by March 31" does (TimeML's END
    of the period, read as the point it ends on): "by the end of next month" in August is September
    30, at most. Read once the period is placed, so that a February moved to a leap year ends on the
    29th."""
    out = []
    for f in found:
        v = f.value
        if f.qualifier == "at_most" and isinstance(v, DateValue) and v.end and v.end[:4].isdigit() \
                and v.granularity != "day" and _DEADLINE_AT_AN_END.match(text, f.start):
            f = dataclasses.replace(f, value=v.model_copy(update={"start": v.end, "granularity": "day"}))
        out.append(f)
    return out


# "the eve of Wesak", "Lunar New Year's Eve": the day before a feast the grammar read
_EVE_BEFORE = re.compile(r"\b(?:the\s{1,3})?eve\s{1,3}of\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
_EVE_AFTER = re.compile(r"(?:'s|\u2019s)?\s{1,3}Eve\b")


def _eves(text: str, found: list[Found]) -> list[Found]:
    """A feast's day told as its eve ("on the eve of Diwali", "Lunar New Year's Eve") is the day
    before it (before the first day of one that lasts: "the eve of Ramadan"), the eve's words taken
    into the claim."""
    out = []
    for f in found:
        v = f.value
        if f.rule in ("date.holiday", "date.national_day"):
            before = _EVE_BEFORE.search(text, max(0, f.start - 20), f.start)
            after = _EVE_AFTER.match(text, f.end) if before is None else None
            if (before or after) and v.start and v.start[:4].isdigit():
                day = dt.date.fromisoformat(v.start) - dt.timedelta(days=1)
                f = dataclasses.replace(f, start=before.start() if before else f.start,
                                        end=after.end() if after else f.end, rule="date.eve",
                                        value=v.model_copy(update={"start": day.isoformat(), "end": day.isoformat(),
                                                                   "granularity": "day"}))
        out.append(f)
    return out


def _a_difference(text: str, f: Found) -> bool:
    """'eight days earlier than last year', 'two weeks later than planned': how far apart two days
    are, no day of its own."""
    if not text[f.start:f.end].lower().endswith(("earlier", "later", "sooner")):
        return False
    rest = text[f.end:f.end + 16].lstrip()
    return rest[:4].lower() == "than" and not rest[4:5].isalnum()


def _atom_tokens(doc: Doc) -> set[int]:
    atoms: set[int] = set()
    for span in ruler_matches(doc, KIND):
        atoms.update(range(span.start, span.end))
    return atoms


def _runs(doc: Doc, atoms: set[int]) -> list[tuple[int, int]]:
    """Token ranges [start, end) of atoms joined by connectors, each holding at least one atom."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if i not in atoms and doc[i].lower_ not in LEADS:
            i += 1
            continue
        j, last_atom = i, -1
        while j < n and (j in atoms or doc[j].lower_ in CONNECTORS) and "\n" not in doc[j].text \
                and not (j > i and (_sentence_break(doc, j) or _dateline_dash(doc, j))):
            if j in atoms:
                last_atom = j
            j += 1
        if last_atom >= 0:
            runs.append((i, last_atom + 1))
            i = last_atom + 1
        else:
            i = j + 1 if j == i else j
    return runs


def _dateline_dash(doc: Doc, j: int) -> bool:
    """Token j is a spaced dash before a capitalised number word: a dateline's dash before the copy
    ("NEW YORK, Oct. 19 - Twenty years ago today, ..."), which opens no range ("Oct. 19-20", "Oct. 19 -
    20" and "Oct. 19 - March 3" do)."""
    return doc[j].text in ("-", "\u2013", "\u2014") and bool(doc[j - 1].whitespace_) and j + 1 < len(doc) \
        and doc[j + 1].is_title and doc[j + 1].is_alpha and doc[j + 1].like_num


def _sentence_break(doc: Doc, j: int) -> bool:
    """A new sentence starts at token j, unless the 'sentence' is '12. September' split after the day."""
    if not doc[j].is_sent_start:
        return False
    day = doc[j - 2].text if j >= 2 else ""
    return not (doc[j - 1].text == "." and day.isdigit() and len(day) <= 2)


def _read_run(doc: Doc, start: int, end: int, pub: dt.date | None, ents: _Ents) -> Iterable[Found]:
    """The readable pieces of one run, left to right: at each place the longest one, where a
    piece that starts on "in"/"on" competes with the one after it ("in 2017 April")."""
    i = start
    while i < end:
        if (recurring := _recurring_day(doc, i, end, pub)) is not None:
            i = recurring  # "as it is every Fourth of July", "each Christmas Eve": no one day, nor its month
            continue
        best: tuple[int, Found] | None = None
        # a piece may start after one or two leading words: "in [2017 April]", "before the [May Day holiday]"
        leads = 2 if i + 2 < end and doc[i].lower_ in LEADS and doc[i + 1].lower_ in LEADS else 1
        for k in range(i, i + leads + 1) if doc[i].lower_ in LEADS and i + 1 < end else (i,):
            for j in range(min(end, k + MAX_RUN), k, -1):
                found = _candidate(doc, k, j, pub, ents)
                if found is not None:
                    if best is None or j > best[0]:
                        best = (j, found)
                    break
        if best is None:
            i += 1
            continue
        yield best[1]
        i = best[0]


def _first_of_two_years(doc: Doc, j: int) -> bool:
    """The piece ends on the first year of a season named by two ("the end of the [2010]-11 series"):
    the two years are read together, never the first alone."""
    return j + 2 < len(doc) and doc[j - 1].is_digit and len(doc[j - 1].text) == 4 \
        and doc[j].text in ("-", "/", "\u2013") and doc[j + 1].is_digit and len(doc[j + 1].text) == 2 \
        and doc[j + 2].lower_ in SPLIT_YEAR_NOUNS


def _shifted_by(doc: Doc, i: int) -> bool:
    """The piece at i opens on how far something moved, after "by": "extended by two weeks to Feb.
    11", "pushed back by three months to June" (not "the six months to June", a period that closes
    with its date): the day it moved to is read alone after "to"."""
    def unit(t: Token) -> bool:
        return t.lower_.rstrip("s") in ("day", "week", "month", "year")

    k = i + 1 if doc[i].lower_ == "by" else i  # the count: "by [two] weeks", "by a [week]"
    if k < len(doc) and unit(doc[k]):
        k -= 1
    return k > 0 and doc[k - 1].lower_ == "by" and k + 2 < len(doc) \
        and (doc[k].like_num or doc[k].lower_ in ("a", "an")) and unit(doc[k + 1]) and doc[k + 2].lower_ == "to"


def _recurring_day(doc: Doc, i: int, end: int, pub: dt.date | None) -> int | None:
    """The end of the longest day or feast after "every" or "each" at i that names no year (a
    recurring day: `RECURRING_RULES`), if one is read there."""
    if i == 0 or doc[i - 1].lower_ not in ("every", "each"):
        return None
    for j in range(min(end, i + MAX_RUN), i, -1):
        reading = _read(doc[i:j].text, pub)
        if reading is not None and reading.rule in RECURRING_RULES \
                and not any(t.is_digit and len(t.text) == 4 for t in doc[i:j]):
            return j
    return None


def _candidate(doc: Doc, i: int, j: int, pub: dt.date | None, ents: _Ents) -> Found | None:
    first, last = doc[i], doc[j - 1]
    possessive = last.lower_ in ("'s", "\u2019s")  # ends a feast's name only: "for Valentine's"
    if last.lower_ in CONNECTORS and not possessive or last.is_space \
            or (first.lower_ in CONNECTORS and first.lower_ not in LEADS):
        return None  # a run may take in a space token the entity recognizer did ("2025&nbsp; "): never its end
    span = doc[i:j]
    reading = _read(span.text, pub)
    if possessive and (reading is None or reading.rule != "holiday"):
        return None
    if reading is not None and reading.rule == "year_month_numeric" and j < len(doc) \
            and doc[j].lower_ in SPLIT_YEAR_NOUNS:
        two = two_years(span.text)  # "the 2009-10 season": two years, not October 2009
        if two is not None:
            reading = dataclasses.replace(two, qualifier=reading.qualifier) if reading.qualifier != "exact" else two
    if reading is None or not _plausible(doc, i, j, reading, ents) or _moved(doc, i, j) or _shifted_by(doc, i) \
            or _first_of_two_years(doc, j):
        return None
    bound = COMPARED_BOUNDS.get(" ".join(t.lower_ for t in doc[i - 3:i])) if i >= 3 else None
    if reading.qualifier == "exact" and bound is not None:
        reading = dataclasses.replace(reading, qualifier=bound)  # "no later than June 30": a deadline, as "by June 30"
    while i < j - 1 and (doc[i].lower_ in TRIM and reading.rule != "offset_in" or _loose_the(doc, i)):
        i += 1
    span = doc[i:j]
    if reading.rule == "from_a_day":
        reading = _counted_from_a_day(doc, i, j, pub, ents)  # type: ignore[assignment]
        if reading is None:
            return None
    else:
        reading = by_tense(doc, i, reading, pub)
    return Found(
        start=span.start_char, end=span.end_char, value=to_value(reading),
        rule=f"date.{reading.rule}", qualifier=reading.qualifier,  # type: ignore[arg-type]
        confidence=0.9 if reading.anchored else 0.7,
    )


def _counted_from_a_day(doc: Doc, i: int, j: int, pub: dt.date | None, ents: _Ents) -> Reading | None:
    """'the day after Thanksgiving', 'the Monday after Easter': the clause's tense places the day
    counted from (which Christmas 'was freed two days after Christmas' means), then the count."""
    if i > 0 and doc[i - 1].lower_ in ("every", "each"):
        return None  # "every day after Christmas": no one day
    k = next((k for k in range(i + 1, j - 1) if doc[k].lower_ in ("after", "before")), None)
    m = dates_phrases.FROM_A_DAY.fullmatch(normalize(doc[i:j].text))
    if k is None or m is None:
        return None
    first = k + 2 if doc[k + 1].lower_ == "the" else k + 1  # "the day before [the] German Unity Day holiday"
    anchor = _read(doc[first:j].text, pub)
    if anchor is None or not _plausible(doc, first, j, anchor, ents):
        return None
    return dates_phrases.from_a_day(m, by_tense(doc, i, anchor, pub))


def _moved(doc: Doc, i: int, j: int) -> bool:
    """'from A to B' after a verb that moves a date within the clause: two days, not one span."""
    k = i - 1 if doc[i].lower_ != "from" else i
    if k < 0 or doc[k].lower_ != "from" or not any(t.lower_ in ("to", "until") for t in doc[k + 1:j]):
        return False
    return any(t.lemma_.lower() in RESCHEDULING_VERBS for t in doc[max(0, k - 6):k])


def _loose_the(doc: Doc, i: int) -> bool:
    """'the' before a number or month name is left out ('the 2018 law'); 'the beginning of April' keeps it."""
    nxt = doc[i + 1].lower_.rstrip(".") if i + 1 < len(doc) else ""
    return doc[i].lower_ == "the" and (nxt[:1].isdigit() or nxt in MONTHS)


@functools.lru_cache(maxsize=4096)
def _read(text: str, pub: dt.date | None) -> Reading | None:
    try:
        return dates_phrases.read(normalize(text), pub)
    except (ValueError, OverflowError):  # "Dec 30 - Jan 2, 9999" runs off the calendar
        return None


def _plausible(doc: Doc, i: int, j: int, r: Reading, ents: _Ents) -> bool:
    """Guards for readings that are often no date at all: '1/2 cup', '2016 people', 'Wed'."""
    words = [t.lower_ for t in doc[i:j]]
    if r.rule == "year" and j < len(doc) and doc[j].text.upper() in TIME_ZONES:
        return False  # "by 1530 GMT": a time of day
    if r.rule == "month_year" and len(words) == 3 and words[1] == "," and len(words[2]) == 2:
        return False  # "Tomas May, 47, was arrested": a name and an age, not May 1947 ("May '47" keeps its mark)
    if r.rule == "day_of_month_shift" and len(words) > 1 and words[1] == "in" and words[0] in ORDINALS:
        return False  # "will pick third in next month's draft": a place, no day ("the 4th of next month" is)
    if r.rule in BARE_NUMBER_RULES and words[0] == "the" and len(words) == 2:
        i, words = i + 1, words[1:]  # "the 2016 people": the article is no lead for a year
    if r.rule in BARE_NUMBER_RULES and len(words) == 1:
        prev = doc[i - 1].lower_ if i > 0 else ""
        nxt = doc[j] if j < len(doc) else None
        in_ent = i in ents.dates
        counted = nxt is not None and nxt.tag_ in ("NN", "NNS")  # "2016 people"
        if prev not in NUMBER_LEADS and not (r.rule == "year" and in_ent and not counted) \
                and not (r.rule == "year" and _year_modifier(doc, i)) \
                and not (r.rule == "month_day_numeric" and _ZERO_PADDED.fullmatch(doc[i].text)
                         and prev not in ("runway", "runways", "rwy")):  # "Runway 09/27": two headings
            return False  # ("the flat is ours from 28/06, keys back 02/07": no fraction has a leading zero)
    if r.rule == "day_of_month" and not _day_of_month_plausible(doc, i, j):
        return False  # "the 15th century", "on the 3rd lap", "the 20th anniversary"
    if r.rule == "century" and (j < len(doc) and (doc[j].text in ("-", "\u2011") or doc[j].is_title
                                                  and doc[j].pos_ == "PROPN") or ents.names & set(range(i, j))):
        return False  # "20th Century-Fox", "21st Century Fox": a company
    if r.rule == "holiday" and not any(t.like_num or t.lower_ in ("year", "last", "this", "next") for t in doc[i:j]) \
            and j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and j not in ents.dates \
            and doc[j].lower_ not in CONNECTORS and doc[j].lower_ not in PARTS_OF_DAY \
            and doc[j].lemma_.lower() not in FEAST_DAY_EVENTS \
            and not (doc[j].lower_ in ("holiday", "holidays") and i > 0 and doc[i - 1].lower_ == "the"):
        return False  # "Election Day rules", "Christmas shopping": the feast in general ("the Easter holiday",
        # "Halloween night", "last Christmas's sales" are it)
    if r.rule == "new_year" and j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN" and j not in ents.dates:
        return False  # "the New Year Test", "the New Year Honours": a name ("the New Year break" is a time)
    if r.rule == "holiday" and i > 0 and doc[i - 1].pos_ == "PROPN" \
            and doc[i - 1].is_title and doc[i - 1].ent_type_ not in ("NORP", "GPE", "LOC") \
            and doc[i - 1].lower_ not in _FEAST_WORDS:
        return False  # "Holocaust Remembrance Day", "World Kidney Day": another day's name ends with the feast's
    if r.rule == "month_day_numeric" and len(words) == 1 and any(t.lower_ == "odds" for t in doc[max(0, i - 6):i]):
        return False  # "odds of 7/2", "odds were cut to 5/1": a bookmaker's price
    if r.rule == "month_day_numeric" and len([w for w in words if w not in LEADS]) == 1 and j < len(doc) \
            and (doc[j].pos_ == "NOUN" or doc[j].lower_ == "of" and j + 1 < len(doc) and doc[j + 1].lower_ in ("a", "an")):
        return False  # "stir in 3/4 cup", "in 2/3 cases", "whisk in 1/2 of a teaspoon": a fraction of what follows
    if r.rule == "month_day_numeric" and len([w for w in words if w not in LEADS]) == 1 and j + 1 < len(doc) \
            and doc[j].text in ("-", "\u2011") and not doc[j - 1].whitespace_ \
            and doc[j + 1].is_lower and doc[j + 1].is_alpha:
        return False  # "a 5/8-inch board", "a 1/2-mile loop": a fraction glued to its unit
    if len(words) == 1 and doc[i].text.isalpha() and doc[i].text.isupper() and len(doc[i].text) <= 4 \
            and not doc[i].is_sent_start and r.rule != "to_date":
        return False  # "$DEC farming": a ticker, not December
    after_lead = i > 0 and doc[i - 1].lower_ in MONTH_LEADS
    if r.rule == "month_part" and [w for w in words if w != "the"] == [doc[j - 1].text] \
            and doc[j - 1].text in ("march", "may") and (j < 2 or doc[j - 2].lower_ not in MONTH_LEADS):
        return False  # "the march recalled", "it may rain": a verb or a noun, written in lower case
    if len(words) == 1 and r.rule in ("month_part", "holiday") and not after_lead \
            and _is_name(doc, i, ents if r.rule == "month_part" else None):
        return False  # "June Carter said", "August Wilson wrote"; not "in June" (the recognizer takes
        # a feast alone for a person or an event: "spending Easter with", "hosting Thanksgiving")
    if len(words) == 1 and r.rule == "month_part" and not after_lead and (
            doc[i].lower_ in MONTH_ABBREVIATIONS and (j >= len(doc) or doc[j].text != ".")
            or i > 0 and doc[i - 1].lower_ in RELATION_NOUNS
            or i > 0 and doc[i - 1].lemma_.lower() in ADDRESSING_VERBS and doc[i].dep_ in ("dobj", "dative", "npadvmod")):
        return False  # "Tell Jan the news", "don't mar it", "my sister April", "ask June if": a name or a word
    if r.rule == "decade_words" and _level_or_age(doc, i, j):
        return False  # "in his seventies", "traded in the sixties", "highs in the nineties"
    if r.rule == "offset_in" and j + 1 < len(doc) and doc[j].like_num and doc[j + 1].lower_ in UNITS:
        return False  # "ends in 2 days 6 hours": the time left, a length told in two units
    if r.rule == "year" and len(words) <= 2 and words[0] != "in" and _house_number(doc, j):
        return False  # "lives at 1600 Elm Street": a house number
    if r.rule == "year" and len([w for w in words if w not in LEADS]) == 1 and j < len(doc) and unit_word(doc[j].text) \
            and not (j > 1 and doc[j - 2].lower_ in TIME_PREPOSITIONS):
        return False  # "the 1500 metres", "2000 feet below": a measure ("In 1998 tons of grain rotted": the year)
    if r.rule == "year" and len(words) == 1 and _numbered_name(doc, i):
        return False  # "Flight 1549", "Room 2008", "the asteroid 2063 Ferrand": a name's number
    if r.rule == "holiday" and doc[j - 1].text == "thanksgiving" and j < len(doc) \
            and doc[j].lemma_.lower() in RITE_NOUNS:
        return False  # "a thanksgiving service at the cathedral", "a thanksgiving mass": a rite, not the feast
    if r.rule == "year" and len([w for w in words if w not in LEADS]) == 1 \
            and (_phone_number(doc, j - 1, j) or _glued_into_a_code(doc, j - 1, j) or _value_of_a_code(doc, j - 1)):
        return False  # "call 1800 931 276", "reported on 1800 372 999", "the 1912 helpline", "the helpline 1950",
        # "602-534-1995", "code 2082-M", "the PIN is 1987"
    if r.rule in ("range", "year_month_numeric", "year") and _digit_groups(doc, i, j):
        return False  # "1800-11-1975": a number written in groups, no run of years
    if r.rule == "span" and doc[i].lower_ == "last" and doc[i].tag_.startswith("VB"):
        return False  # "the trial could last six weeks": the verb, a length
    if r.rule in ("day_month_year", "month_shift") and not any(t.text[:1].isdigit() for t in doc[i:j]) \
            and j < len(doc) and doc[j].is_digit and len(doc[j].text) <= 2:
        return False  # "the third Sept. 15", "the last Jan. 15": the month's day follows; the word counts a list
    if r.rule == "season" and _season_of_a_kind(doc, j - 1):
        return False  # "fly in from spring training", "the spring statement": a kind of thing, no season's time
    if r.rule == "season" and [w for w in words if w != "the"] == [words[-1]] and not _season_context(doc, j - 1):
        return False  # "the fall of the wall", "prices fall"
    if r.rule == "year_words" and not any(t.is_alpha and t.lower_ != "and" for t in doc[i:j]):
        return False  # "20 15" in digits is two numbers; "twenty fifteen" is a year
    if r.rule == "weekday" and len(words) == 1 and words[0].rstrip(".") in WEEKDAY_ABBREVIATIONS \
            and not (doc[i].is_title and i > 0 and doc[i - 1].lower_ in ABBREVIATION_LEADS):
        return False  # "Wed" the verb, "Fri" alone; "push it to Mon", "by Fri." are days
    if any(t.text in ("EOD", "COB") for t in doc[i:j]) and not _end_of_day(doc, i, j):
        return False  # "the EOD team" (bomb disposal), "by COB Friday" (the Friday says which day)
    if r.rule == "weeks_after_a_day" and "on" in words and i > 0 and doc[i - 1].pos_ == "VERB":
        return False  # "waited two weeks on Friday for news": a length, then a day
    if r.rule == "weekday_next" and j < len(doc) \
            and (doc[j].lower_ in ("to", "door") or doc[j].lemma_.lower() in UNITS):
        return False  # "spoke on Monday next to the mayor": "next to" places someone, it dates nothing; in
        # "falls on a Saturday next year" "next" is the year's
    if r.rule == "weekend" and words == ["weekend"] and _a_kind_of_weekend(doc, i):
        return False  # "a four-day weekend", "the Ascension weekend": one a word names, not this one
    if r.rule == "weekend" and [w for w in words if w not in ANY_ONE] == ["weekend"] \
            and (words[0] in ANY_ONE or i > 0 and doc[i - 1].lower_ in ANY_ONE
                 or j < len(doc) and doc[j].tag_ in ("NNS", "NN") and doc[j - 1].dep_ in ("compound", "amod")):
        return False  # "does it fall on a weekend?", "any weekend works", "weekend tickets": no one weekend
    if len(words) == 1 and r.rule in ("weekday", "month_part") and _one_of_a_kind(doc, i):
        return False  # "on a wet Tuesday in November", "every August since 1950": no one day or month
    if r.rule in ("weekday", "nth_weekday") and _every(doc, i, j):
        return False  # "every other Friday", "the first Tuesday of every month": no one day
    if r.rule == "week_number" and i > 0 and doc[i - 1].lower_ == "at":
        return False  # "met its goal at Week 24", "kidney function at week 52": a study's time point, no calendar week
    if r.rule == "weekday" and len(words) == 1 and i > 0 and doc[i - 1].text == "(" and j < len(doc) \
            and doc[j].is_title and doc[j].lower_ not in DATE_WORDS_BEFORE_A_YEAR:
        return False  # "(Sunday Island Wire)", "(Monday Business Desk)": a name in brackets, a dateline's agency
    if r.rule == "weekday" and (len(words) == 1 and i > 0 and doc[i - 1].lower_ in ANY_ONE
                                and not tied_to_a_date(doc_text(doc)[max(0, doc[i].idx - 60):doc[i].idx])
                                and verb_a_date_falls_on(doc[i]) is None
                                or _weekly(doc, j - 1)):
        return False  # "on a Saturday", "every Monday", "his Tuesday classes": no one day ("June 27, a
        # Friday" and "April 15 falls on a Saturday" are that day's: dates_anchor.weekdays_of_told_dates)
    if r.rule == "month_part" and words == ["march"] and doc[i].text == "March" and j < len(doc) \
            and doc[j].lower_ in MARCHING_WORDS and _first_word(doc, i):
        return False  # '"March with us," the leaflets said': the verb, bidding
    if r.rule == "weekday" and len(words) == 1 and i > 0 and doc[i - 1].text in NAMED_DAY_WORDS:
        return False  # "Super Tuesday", "Bloody Sunday", "Black Monday": a named day, not this week's
    if r.rule == "weekday" and _titled(doc, next((t.i for t in doc[i:j] if t.lower_ in WEEKDAYS), i)):
        return False  # "The Sunday Times", "the Saturday Evening Post": a title
    named = [k for k in range(i, j) if doc[k].lower_ not in NAME_LEADS]
    if len(named) == 1 and r.rule in NAMED_WORD_RULES and _word_of_a_name(doc, named[0]):
        return False  # "Monday Lane", "the folk band Saturday Harbour", "councillor Jim Easter"
    if _quoted_title(doc, i, j):
        return False  # the single "Fourth of July", a "12 Days of Christmas" offer: a title
    if r.rule == "offset_in" and (i > 0 and doc[i - 1].lower_ in SPAN_BEFORE_IN or _record_within(doc, i)
                                  or _done_within(doc, i)):
        return False
    if r.rule == "relative_day" and len(words) == 1 and doc[i].is_title and i > 0 and not doc[i].is_sent_start \
            and doc[i - 1].is_alpha and (doc[i - 1].is_title or doc[i - 1].is_upper):
        return False  # "USA Today", "the journal Psychology Today": a title
    if r.rule == "quarter" and (r.year_from_published or not r.year_known) \
            and (_part_of_something(doc, j) or _in_play(doc, i)):
        return False  # "the first half of the match", "scored twice in the second half": a game's
    if r.rule == "new_year" and not (words[0] == "the" or i > 0 and doc[i - 1].lower_ == "the"):
        return False  # "the Lunar New Year", "a new year for the club": not the calendar's next year
    if r.rule == "day_shift" and "the" not in words and (i == 0 or doc[i - 1].lower_ != "the"):
        return False  # "next-day delivery", "next day shipping"
    if r.rule == "relative_day" and words[-1] == "day" and j < len(doc) and doc[j].text == "," \
            and "at" in [t.lower_ for t in doc[max(0, i - 2):i]]:
        return False  # the idiom "at the end of the day, ..."; "by the end of the day" is a time
    return True


def _end_of_day(doc: Doc, i: int, j: int) -> bool:
    """'send it by EOD.', 'at COB, the desk closes': a lead before and nothing after but punctuation."""
    k = next(t.i for t in doc[i:j] if t.text in ("EOD", "COB"))
    return k > 0 and doc[k - 1].lower_ in ("by", "at", "before", "until", "till") and (
        k + 1 >= len(doc) or doc[k + 1].is_punct)


def _day_of_month_plausible(doc: Doc, i: int, j: int) -> bool:
    """'on the 15th', 'by the 3rd', 'until the 1st of the month': a lead before 'the' and nothing
    counted or ranked after the ordinal."""
    k = next((t.i for t in doc[i:j] if t.lower_ == "the"), None)
    lead = doc[k - 1].lower_ if k is not None and k > 0 else ""
    if lead not in DAY_LEADS and not (k is not None and k > 0 and to_a_moved_day(doc[k - 1])
                                      and doc[j - 1].text[:1].isdigit()):
        return False  # ... or "adjourned to the 14th", "moved to the 3rd": the day a hearing or event goes to
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.lower_ in ("of", "-", "place")):
        return False
    if nxt is not None and nxt.lower_ in ("and", "or", "to", "through", "-") and j + 2 < len(doc):
        k = j + 2 if doc[j + 1].lower_ == "the" else j + 1  # "from the 3rd to the 7th grade"
        if _ordinal(doc[k].lower_) and k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN":
            return False  # "after the second and third rounds", "the first or second stage": ranks of a noun
    verb = next((a for a in doc[j - 1].ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is None or verb.lemma_.lower() not in RANK_VERBS  # "finished the race on the 3rd": a place


def _part_of_something(doc: Doc, j: int) -> bool:
    """'the second half of the match': a half or quarter of something that is no period; 'the
    second half of the year' is the published year's."""
    if j >= len(doc) or doc[j].lower_ != "of":
        return False
    k = j + 1
    while k < len(doc) and doc[k].lower_ in ("the", "this", "its", "their", "new", "fiscal", "financial", "calendar"):
        k += 1
    return k >= len(doc) or doc[k].lower_ not in ("year", "season", "decade")


def _in_play(doc: Doc, i: int) -> bool:
    """A sentence about a game: a half or quarter with no year in it is one of the game's."""
    sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in PLAY_NOUNS for t in sent)


def _year_modifier(doc: Doc, i: int) -> bool:
    """A bare year before its noun: 'its 2003 invasion', 'the US-led 2003 invasion', 'a 1951 treaty',
    'the company's 2019 results': an article or possessive before it (past adjectives), a noun after
    it. A count would take a plural noun ('the 2016 people'), so a plural noun makes it a year only
    after a possessive; copy writes counts of a thousand and more with a comma."""
    year = doc[i].text[:4]  # the year atom also takes a token with a glued sign: "2025‑" (a non-breaking hyphen)
    if not (year.isdigit() and 1800 <= int(year) <= 2099):
        return False
    k = i - 1
    while k > 0 and i - k <= 4 and doc[k].tag_ in ("JJ", "VBN", "HYPH", "NNP"):
        k -= 1  # "the US-led 2003 invasion"
    j = i + 1
    while j < len(doc) - 1 and doc[j].tag_ in ("JJ", "NNP") and doc[j + 1].pos_ in ("NOUN", "PROPN"):
        j += 1  # "a 2011 nuclear accident", "its 2019 Tokyo office"
    if k < 0 or j >= len(doc) or doc[j].pos_ not in ("NOUN", "PROPN") or doc[j].like_num:
        return False
    if doc[j].lower_ in MEASURE_NOUNS:
        return False  # "the 1900 block of Elm Street", "a 2000 mile trek": a number, not a year
    if doc[j].lemma_.lower() == "level":
        return True  # "above 2019 levels", "back to pre-crisis 2007 levels": that year's
    possessive = doc[k].tag_ in ("PRP$", "POS")
    if not possessive and doc[k].lower_ not in YEAR_MODIFIER_LEADS:
        return False
    return doc[j].tag_ in ("NN", "NNP") or possessive


def _record_within(doc: Doc, i: int) -> bool:
    """'its lowest total in a decade', 'the first album in 17 years', 'the biggest fall in five years': a
    record over the span before now, not a time ahead (a superlative or 'first'/'only' in the noun
    phrase just before 'in', no verb between)."""
    for k in range(i - 1, max(-1, i - 7), -1):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
        if t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "only", "last"):
            return True
    return False


def _done_within(doc: Doc, i: int) -> bool:
    """'recorded 90 millimetres of rain in 12 hours', 'reached the summit in six days', 'was rebuilt in
    two years': the time a past act took, not a time ahead (the verb above in the past, no helper of
    the future or of a possibility with it: "said it would reopen in two weeks" stays a date)."""
    verb = verb_above(doc[i])
    if verb is None or verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.tag_ == "MD" or c.lower_ in ("will", "shall") for c in verb.children)


# an airline's two-character code, a capital letter and a digit either way round ("Y4", "U2", "3K")
_CARRIER_CODE = re.compile(r"[A-Z][0-9]|[0-9][A-Z]")


def _numbered_name(doc: Doc, i: int) -> bool:
    """A bare four-digit figure that numbers a name: right after a capitalised word that leads no date
    ('Flight 1549', 'Store 1958', 'UAW Local 1948', 'the Hai Lun 1995'), or before a capitalised name
    with no word that leads a date before it ('the asteroid 2063 Ferrand'). 'In 2019', 'Christmas 2010',
    'Summer 2020', 'FY 2019', 'His 2007 conviction' and 'in 2019 Smith joined' are dates. An airline's
    code numbers a flight ('Y4 2025')."""
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if prev is not None and prev.is_alpha and (prev.is_title or prev.is_upper) and prev.pos_ in ("PROPN", "NOUN") \
            and prev.lower_ not in DATE_WORDS_BEFORE_A_YEAR and prev.lower_ not in NUMBER_LEADS \
            and prev.lemma_.lower() not in RECORD_NOUNS:
        return True
    if prev is not None and _CARRIER_CODE.fullmatch(prev.text) and prev.lower_ not in DATE_WORDS_BEFORE_A_YEAR \
            and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
        return True  # a flight or route: "Y4 2025", "U2 1924" ("the G7 2025 summit" keeps its year)
    return nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and nxt.lower_ not in MONTHS \
        and prev is not None and prev.lower_ not in NUMBER_LEADS and prev.pos_ == "NOUN"


def _weekly(doc: Doc, i: int) -> bool:
    """A weekday before the plural of something done each week ('his Tuesday masterclasses', 'on Sunday
    evenings', 'adding Saturday shifts'; not 'Friday takings', 'Thursday previews': one day's), or
    before a noun after 'a' ('a reduced Sunday timetable'): what happens each such day."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ != "NOUN":
        return False
    k = i - 1
    while k >= 0 and (doc[k].pos_ == "ADJ" or doc[k].tag_ in ("VBN", "VBG")):  # "a reduced Sunday timetable"
        k -= 1
    if k >= 0 and doc[k].lower_ in ("a", "an", "every", "each"):
        return True
    singular = {nxt.lemma_.lower(), nxt.lower_[:-1], nxt.lower_[:-2]}  # the lemmatizer leaves "masterclasses"
    return nxt.tag_ == "NNS" and bool(singular & WEEKLY_NOUNS)


def _first_word(doc: Doc, i: int) -> bool:
    """The token opens its sentence, or a quotation ('"March with us," ...')."""
    k = i - 1
    while k >= 0 and (doc[k].is_quote or doc[k].is_space or doc[k].text in ("(", "[", "-", "\u2014")):
        k -= 1
    return k < 0 or doc[k].is_punct and doc[k].text in (".", "!", "?", ":", ";") or doc[i].is_sent_start


def _level_or_age(doc: Doc, i: int, j: int) -> bool:
    """'a man in his seventies', 'temperatures climbed into the nineties', 'shares traded in the
    sixties', 'highs will be in the seventies': a decade of a life or a level, no years."""
    last = doc[j - 1]
    owners = [last, last.head] if last.dep_ == "conj" else [last]  # "in their forties and fifties"
    if any(t.tag_ == "PRP$" for t in doc[max(0, i - 2):j]) or i > 0 and doc[i - 1].lower_ == "into" \
            or any(c.tag_ == "PRP$" for t in owners for c in t.children):
        return True
    verb = next((a for a in doc[j - 1].ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subjects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    return verb.lemma_.lower() in LEVEL_VERBS or not subjects.isdisjoint(LEVEL_SUBJECTS)


def _house_number(doc: Doc, j: int) -> bool:
    """A number before a street's name: '1600 Elm Street', 'at 2200 Pine St.', '410 Old Mill Road',
    '1995 Saint-Laurent Blvd.' (a hyphen within the name)."""
    k = j
    while k < len(doc) and k - j < 5 and doc[k].lower_.rstrip(".") not in STREET_WORDS \
            and (doc[k].is_title or doc[k].text in ("-", "\u2011") and not doc[k - 1].whitespace_):
        k += 1
    return j < k < len(doc) and doc[k].lower_.rstrip(".") in STREET_WORDS


# nouns a season word before them still times: "the summer holidays", "the winter break", "the spring term"
_SEASON_TIME_NOUNS = frozenset({"holiday", "holidays", "break", "term", "recess", "session", "season", "months",
                                "period", "vacation", "semester", "half", "quarter", "solstice", "equinox",
                                "sitting", "sittings", "sessions", "terms", "window", "weekend", "week", "day",
                                "days", "night", "nights"})
_SEASON_SHIFTS = frozenset({"last", "this", "next", "early", "late", "mid", "past", "coming"})


def _season_of_a_kind(doc: Doc, i: int) -> bool:
    """A bare season word that names a kind of the noun after it, not a time: "spring training",
    "summer camp", "the spring statement", "winter tyres" (not "the summer holidays")."""
    tok = doc[i]
    head = tok.head
    return tok.dep_ in ("compound", "amod", "nmod") and head.i == i + 1 and head.pos_ == "NOUN" \
        and head.lower_ not in _SEASON_TIME_NOUNS \
        and not any(t.like_num or t.lower_ in _SEASON_SHIFTS for t in doc[max(0, i - 2):i])  # "Last spring buyers"


def _season_context(doc: Doc, i: int) -> bool:
    """'in the spring', 'during summer', 'this winter': a bare season word needs one of these; 'for
    the summer' too ('planned for the autumn', 'breaking for the summer'), unless a preposition
    follows (the reason 'for the fall of the government', 'for the fall in prices')."""
    before = [t.lower_ for t in doc[max(0, i - 2):i]]
    after = doc[i + 1] if i + 1 < len(doc) else None
    leads = SEASON_LEADS | ({"for"} if after is None or after.pos_ != "ADP" else set())
    return doc[i].pos_ in ("NOUN", "PROPN") and bool(before) and (
        before[-1] in leads or before[-1] == "the" and len(before) == 2 and before[0] in leads)


def _ordinal(word: str) -> bool:
    """'second', '3rd', 'final': a word that ranks."""
    return word in ORDINALS or word == "final" or bool(_DIGIT_ORDINAL.fullmatch(word))


# words that make a weekend a kind of its own: "a four-day weekend", "a bank holiday weekend" ("the
# long weekend" is most often the coming one, as a bare "the weekend" is)
_WEEKEND_KINDS: Final = frozenset({"day", "holiday", "bank", "same"})


def _a_kind_of_weekend(doc: Doc, i: int) -> bool:
    """The word before a bare "weekend" names which one: a kind ("four-day", "bank holiday", "the same
    weekend last year") or a name ("Ascension", "the Fourth of July"), not the sentence's capitalised
    first word."""
    before = doc[i - 1] if i > 1 else None
    if before is not None and before.lower_ == "day" and i > 3 and doc[i - 2].text == "-" \
            and doc[i - 3].lower_ in ("three", "3"):
        return False  # "a three-day weekend": a long weekend, placed by `dates_weekends`
    return before is not None and (before.lower_ in _WEEKEND_KINDS or before.is_title and before.pos_ == "PROPN")


def _glued_into_a_code(doc: Doc, i: int, j: int) -> bool:
    """A year-like figure the last group of a hyphenated number ("602-534-1995": two groups and two
    hyphens before it, no space) or the first of a code with letters ("2082-M", "1995-B")."""
    after = doc[j:j + 2]
    if len(after) == 2 and after[0].text == "-" and not doc[j - 1].whitespace_ and not after[0].whitespace_ \
            and re.fullmatch(r"[A-Z]{1,2}\.?", after[1].text):
        return True
    return i >= 4 and [t.text for t in (doc[i - 1], doc[i - 3])] == ["-", "-"] and doc[i - 2].is_digit \
        and doc[i - 4].is_digit and all(t.whitespace_ == "" for t in doc[i - 4:i])


def _value_of_a_code(doc: Doc, i: int) -> bool:
    """A four-digit figure that a code's noun names, right before it or through "is": "the door code
    is 2020", "keypad is 1987", "extension 2019" ('the code was written in 1987' dates the writing)."""
    k = i - 1
    if k >= 0 and doc[k].lower_ in ("is", ":", "was"):
        k -= 1
    return k >= 0 and doc[k].lower_ in CODE_NOUNS


def _phone_number(doc: Doc, i: int, j: int) -> bool:
    """A year-like figure that begins a telephone number: another group of three or four digits
    after it ("1800 931 276", "1300 65 65 65" has a two-digit group first, so is none), or a
    number service's noun before or after it ("the 1912 helpline", "a 1800 hotline", "Hotline 1555"); or
    the last group, after one of three or four digits ("call 6221 2026")."""
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.is_digit and len(before.text) in (3, 4) and before.whitespace_:
        return True  # its last group: "call the manager on 6221 2026"
    if j >= len(doc):
        return False
    after = doc[j]
    return (after.is_digit and len(after.text) in (3, 4) and doc[j - 1].whitespace_ != "") \
        or after.lower_ in PHONE_SERVICE_NOUNS or before is not None and before.lower_ in PHONE_SERVICE_NOUNS


def _digit_groups(doc: Doc, i: int, j: int) -> bool:
    """Part of three or four groups of digits glued by hyphens, two of them of three digits or more
    ("1800-11-1975", "602-534-1995", "1-800-555-2024"): a telephone or reference number. A numeric
    date has one such group at most ("2019-11-05", "05-11-2019"), and two of them six groups."""
    first, last = i, j - 1
    while first < last and doc[first].lower_ in LEADS:
        first += 1
    glued = lambda t: t.is_digit or t.text in ("-", "\u2011")  # noqa: E731
    while first > 0 and glued(doc[first - 1]) and not doc[first - 1].whitespace_:
        first -= 1
    while last + 1 < len(doc) and glued(doc[last + 1]) and not doc[last].whitespace_:
        last += 1
    run = doc[first:last + 1]
    if not all(glued(t) for t in run) or any(t.whitespace_ for t in run[:-1]):
        return False
    groups = [t.text for t in run if t.is_digit]
    return len(groups) in (3, 4) and sum(len(g) >= 3 for g in groups) >= 2  # six: two dates, "10-1-2018-10-7-2018"


def _one_of_a_kind(doc: Doc, i: int) -> bool:
    """A weekday or month after 'every', or a weekday after a preposition's 'a' with adjectives
    between ('on a wet Tuesday in November', 'every August'): any such day, no one day ('it was a
    good Friday for stocks' is the Friday just gone, 'after a dry September' the September just gone)."""
    k = i - 1
    while k >= 0 and (doc[k].pos_ == "ADJ" or doc[k].text == ","):
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in ("every", "each"):
        return True
    return k < i - 1 and doc[k].lower_ in ("a", "an") and k > 0 and doc[k - 1].pos_ == "ADP" \
        and doc[i].lower_.rstrip(".") in WEEKDAYS


def _every(doc: Doc, i: int, j: int) -> bool:
    """A weekday that recurs: after 'every other' or 'every second', or an nth weekday 'of every
    month' (the peer benchmark reads 'second saturday of each month' as the next one, so 'each' is
    left to it)."""
    before = [t.lower_ for t in doc[max(0, i - 2):i]]
    after = [t.lower_ for t in doc[j:j + 3]]
    return before in (["every", "other"], ["every", "second"]) or after[:2] == ["of", "every"]


def _word_of_a_name(doc: Doc, i: int) -> bool:
    """A weekday, month or feast word that is part of a name: before a capitalised place noun
    ('Monday Lane', 'October Square', 'May Street'); between a common noun and a capitalised word, a
    name in apposition ('the folk band Saturday Harbour', 'the mare June Rose'); after 'the' and
    before a capitalised word, a title ('the January Event'); the last word of a person's name the
    recognizer reads ('councillor Jim Easter')."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if not tok.is_title:
        return False
    if any(e.start < i < e.end or e.start < i == e.end - 1 for e in doc.ents if e.label_ == "PERSON"):
        return True
    if nxt is None or not nxt.is_title or not nxt.is_alpha or _date_word(nxt):
        return False
    if nxt.lower_ in NAME_PLACE_NOUNS:
        return True
    prev = doc[i - 1] if i > 0 else None
    return prev is not None and (prev.pos_ == "NOUN" and prev.is_lower and prev.is_alpha and nxt.pos_ == "PROPN"
                                 and prev.ent_type_ != "TIME" and nxt.ent_type_ not in ("GPE", "LOC")
                                 or prev.lower_ == "the" and tok.lower_.rstrip(".") in MONTHS)


def _date_word(tok: Token) -> bool:
    word = tok.lower_.rstrip(".")
    return word in MONTHS or word in WEEKDAYS or word in PARTS_OF_DAY or word in _FEAST_WORDS \
        or word in ("day", "eve", "week", "weekend")


_FEAST_WORDS = frozenset(w for name in dates_holidays.NAMES for w in name.split())


def _quoted_title(doc: Doc, i: int, j: int) -> bool:
    """The date stands in a short quotation whose words are capitalised as a title's, beside a noun
    for a work or an offer it names: 'the single "Fourth of July"', 'a "12 Days of Christmas" offer';
    'opens on "Christmas Eve"', 'a quiet "Black Friday"' are days in scare quotes."""
    opening = next((k for k in range(i - 1, max(-1, i - 6), -1) if doc[k].text in QUOTE_CHARS), None)
    closing = next((k for k in range(j, min(len(doc), j + 6)) if doc[k].text in QUOTE_CHARS), None)
    if opening is None or closing is None:
        return False
    before, after = (doc[opening - 1] if opening else None), (doc[closing + 1] if closing + 1 < len(doc) else None)
    if not any(t is not None and (t.lower_ in WORK_NOUNS or t.lemma_.lower() in PERFORMING_VERBS)
               for t in (before, after)):
        return False
    words = [t for t in doc[opening + 1:closing] if t.is_alpha]
    return 1 < len(words) <= 6 and all(t.is_title or t.lower_ in TITLE_SMALL_WORDS for t in words) \
        and all(t.is_alpha or t.like_num for t in doc[opening + 1:closing])


def _titled(doc: Doc, i: int) -> bool:
    """A weekday in a name: between 'the' and a capitalised word that is no date, a paper's or a club's
    title ('The Sunday Times', 'the Saturday Evening Post'; 'the Sunday March 3 vote' is a day); after
    an honorific ('Mrs. Tuesday', a character); after a capitalised word that follows an article or a
    participle ('the Nordic Friday' and 'the Cypriot-flagged Nordic Friday', a ship; 'The Ruby Tuesday
    chain') or opens a bracket ('(Atlantic Sunday Wire)', a dateline's agency), where 'Microsoft
    Tuesday reported' opens its sentence on the name."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if i > 0 and doc[i - 1].lower_ == "the" and doc[i].is_title and nxt is not None and nxt.is_title \
            and nxt.pos_ == "PROPN" and nxt.lower_.rstrip(".") not in MONTHS and nxt.lower_ not in WEEKDAYS:
        return True
    prev = doc[i - 1] if i > 0 else None
    if prev is None or not doc[i].is_title:
        return False
    if prev.lower_.rstrip(".") in HONORIFICS:
        return True
    before = doc[i - 2] if i > 1 else None
    return prev.is_title and prev.is_alpha and not prev.is_sent_start and prev.lower_ not in NAME_FREE_MODIFIERS \
        and prev.lower_.rstrip(".") not in MONTHS and before is not None \
        and (before.lower_ in ("the", "a", "an", "(") or before.is_lower and before.tag_ in ("VBN", "JJ"))



def _is_name(doc: Doc, i: int, ents: _Ents | None) -> bool:
    """A month word that is part of a person's or organisation's name (by the entity recognizer's
    names when given, and by a proper name after it)."""
    if ents is not None and i in ents.names:
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title and nxt.lower_.rstrip(".") not in MONTHS


def _iso(d: dt.date | None, year_known: bool) -> str | None:
    if d is None:
        return None
    return d.isoformat() if year_known else d.strftime("--%m-%d")


def to_value(r: Reading) -> DateValue:
    """A grammar reading as the contract's DateValue ('--04-21' when the year is unknown)."""
    return DateValue(
        start=_iso(r.start, r.year_known), end=_iso(r.end, r.year_known),
        granularity=r.granularity, year_known=r.year_known,  # type: ignore[arg-type]
        anchored=r.anchored, relative=r.relative,
    )
