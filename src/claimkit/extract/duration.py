"""duration claims: spaCy Doc -> Found(SpanValue) for lengths of time.

"12-year history", "for three weeks", "more than two years", "half an hour",
"a 12-year-old company" (attribute "age"). Relative dates ("12 years ago",
"the past two years") and frequencies ("twice a day") are left to others.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Iterable

from claimkit.extract import context
from claimkit.extract.base import Context, Found, doc_text, entities, ruler_matches, verb_above
from claimkit.extract.dates_words import MONTHS, WEEKDAYS
from claimkit.extract.numbers import in_a_title
from claimkit.extract.spans_of_time import (
    UNIT_WORDS, TimeSpan, char_bounds, subject_of, time_spans, to_days, written_name,
)
from claimkit.lexicon import (
    AGE_ATTRIBUTE, AGE_OF_A_THING, AGED_PEOPLE_NOUNS, CORPORATE_DESIGNATORS, POPULATION_NOUNS, people_noun,
)
from claimkit.models import SpanValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

KIND: Final = "duration"
NAME: Final = "duration.rules"

# a word right after the span that makes it a point in time: "12 years ago" is a date
RELATIVE_AFTER: Final = frozenset({"ago", "earlier", "later", "hence", "before", "after", "back", "prior"})
# a word right before it that makes it a date range or a frequency: "the past two years", "every two weeks"
RELATIVE_BEFORE: Final = frozenset({
    "last", "past", "next", "previous", "coming", "following", "recent", "every", "each", "per",
})
# words that open a date phrase after "later"/"earlier": "30 minutes later this week"
# verbs of an event at a point of time, which the present tense schedules: "the offer expires in three
# days" says when, as "will expire" does ("the stock doubles in two years" is a change over the span)
SCHEDULED_EVENTS: Final = frozenset({
    "start", "begin", "open", "reopen", "close", "end", "finish", "expire", "lapse", "launch", "leave", "depart",
    "arrive", "land", "resume", "return", "debut", "premiere", "conclude", "restart", "shut"})
DATE_STARTS: Final = frozenset({"this", "that", "next", "today", "tonight", "tomorrow", "in", "on"})
# ... after "in" or "on", what opens the date ("later in the day", "later on Monday", "later in 2019")
_OPENS_A_DATE: Final = frozenset({"the", "this", "that", "early", "late", "mid"})
# "twice a day", "three times a week", "$5 an hour": a rate, not a length
FREQUENCY_BEFORE: Final = frozenset({"times", "once", "twice", "thrice", "per"})
RATE_WORDS: Final = frozenset({"a", "an", "per", "each", "every"})
# "before"/"after" after a span that is already framed as a length: "closed for ten days before the
# sale", "it took almost a month after the flood"; without the frame it is a point ("two days before")
LENGTH_VERBS: Final = frozenset({"take", "last", "spend", "wait", "need", "require", "stay", "remain"})
# ... and a length reached: "the hearing ran to three days before the judge adjourned", "the queue
# stretched to two hours after the doors opened" ("extended to two days before the vote" is a point)
REACHING_VERBS: Final = frozenset({"run", "stretch"})
# ... and the amount a time was moved by: "delayed by two hours after a power cut", "extended by
# two weeks after talks stalled" ("two hours after a power cut" alone is a point)
MOVING_VERBS: Final = frozenset({"delay", "extend", "postpone", "push", "cut", "shorten", "lengthen", "prolong",
                                 "reduce", "trim", "bring", "set"})
_GLUED_FIGURE: Final = re.compile(
    r"^(?:\D{0,4}\d[\d.,]*(?:k|m|mn|bn|b|tn|t)|[A-Z]{0,3}[$€£¥₹₩₽₺₪฿₫₱₦]\d[\d.,]*)$", re.IGNORECASE)  # "€10bn", "S$45"


def find(doc: Doc, ctx: Context) -> Iterable[Found]:
    """Lengths of time in the doc: 'for three weeks' -> 3 week (21 days)."""
    for t in time_spans(doc):
        if _is_point_or_rate(doc, t) or in_a_title(doc[t.start:t.end]) or _minute_the_adjective(doc, t):
            continue  # a rate, a point in time, a title ("500 Days of Summer"), "a minute detail"
        start, end = char_bounds(doc, t)
        yield Found(
            start=start, end=end,
            value=span_value(t),
            rule=t.rule,
            qualifier=t.qualifier,  # type: ignore[arg-type]
            confidence=_confidence(t),
            attribute=AGE_ATTRIBUTE if t.age else _modified_noun(doc, t),
            subject=subject_of(doc, t),
            notes=(AGE_OF_A_THING,) if t.age and _aged_thing(doc, t) else (),
        )
    yield from bare_ages(doc)
    yield from race_times(doc)


# what "minute" (tiny) says of: "a minute amount of lead", "a minute trace", "a minute detail"
_SMALL_THINGS: Final = frozenset({"amount", "fraction", "quantity", "trace", "detail", "difference", "change",
                                  "portion", "particle", "dose", "speck", "part", "percentage", "error", "crack"})


def _minute_the_adjective(doc: Doc, t: TimeSpan) -> bool:
    """'a minute detail', 'a minute amount': the adjective (tiny), no length of time."""
    if t.end - t.start != 2 or doc[t.end - 1].lower_ != "minute" or doc[t.start].lower_ not in ("a", "one"):
        return False
    nxt = doc[t.end] if t.end < len(doc) else None
    return doc[t.end - 1].pos_ == "ADJ" or (nxt is not None and nxt.lemma_.lower() in _SMALL_THINGS)


# a race time: hours, minutes and seconds, and tenths ("2:06:51", "1:02:45.5"); hours and minutes
# before a word of hours ("1:45 hrs")
_RACE_TIME: Final = re.compile(r"^(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d(?:\.\d{1,3})?))?$")
# minutes, seconds and their hundredths ("3:29.85"): a clock never reads so, no word before it needed
_SPLIT_TIME: Final = re.compile(r"^(?P<m>\d{1,2}):(?P<s>[0-5]\d\.\d{1,3})$")
_HOURS: Final = frozenset({"h", "hr", "hrs", "hour", "hours"})
# words before it that tell a time taken: "won in 2:06:51", "a best of", "clocked", "ran"
RACE_TIME_LEADS: Final = frozenset({"in", "of", "clocked", "ran", "run", "runs", "finished", "timed", "posted"})


def race_times(doc: Doc) -> Iterable[Found]:
    """Times taken written as a clock reads: 'crossed the line in 2:06:51' -> 7611 seconds, after a
    word of a time taken only ('at 10:45:30 local time' is a time of day); minutes and seconds with
    hundredths anywhere ('3:29.85' -> 209.85 seconds)."""
    if ":" not in doc_text(doc):
        return  # most texts: no token to look at
    for tok in doc:
        split = _SPLIT_TIME.match(tok.text) if ":" in tok.text else None
        m = _RACE_TIME.match(tok.text) if ":" in tok.text and split is None else None
        if split is not None:
            seconds, hours, end = int(split["m"]) * 60 + float(split["s"]), False, tok.idx + len(tok.text)
        elif m is not None:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            hours = m["s"] is None and nxt is not None and nxt.lower_.rstrip(".") in _HOURS  # "1:45 hrs"
            if not hours and (m["s"] is None or tok.i == 0 or doc[tok.i - 1].lower_ not in RACE_TIME_LEADS):
                continue
            seconds = int(m["h"]) * 3600 + int(m["m"]) * 60 + float(m["s"] or 0)
            end = nxt.idx + len(nxt.text.rstrip(".")) if hours and nxt is not None else tok.idx + len(tok.text)
        else:
            continue
        amount, unit = (seconds / 60, "minute") if hours else (seconds, "second")
        yield Found(
            start=tok.idx, end=end,
            value=SpanValue(amount=amount, unit=unit, days=seconds / 86400, low=amount, high=amount, precision=0.0),
            rule="duration.race_time",
        )


MAX_AGE = 120
_AGE = re.compile(r"[0-9]{1,3}")  # ASCII digits: str.isdigit() also takes "²"


def bare_ages(doc: Doc) -> Iterable[Found]:
    """Ages told without a unit, as wire copy writes them: "Suri, aged 41", "Keller, 52, was
    arrested" (a person's name, or the surname of one the article named, then the age between
    commas) -> 41 / 52 years, attribute "age", about that person. Whole numbers of 1 to MAX_AGE only."""
    people = {e.end: e for e in entities(doc) if e.label_ == "PERSON"}  # a name, by the token after it
    # a first name and surname the recognizer took for a company or a place ("Ruben Alcazar, 23,
    # took the title"): two or three title-case proper nouns, none a company's designator
    people.update({e.end: e for e in entities(doc) if e.label_ in ("ORG", "GPE") and _two_names(e)})
    # ... and a surname alone once the article has named its person ("Brandt, 44, denies the charge"
    # after "Tomas Brandt"), which the recognizer often labels a place or leaves unlabelled
    surnames = {e[-1].text for e in people.values() if len(e) > 1}
    for tok in doc:
        if tok.text in surnames and tok.pos_ == "PROPN" and tok.i + 1 not in people:  # any label: "Brandt, 44" reads as a place
            people[tok.i + 1] = doc[tok.i:tok.i + 1]
    for tok in doc:
        i = tok.i
        if _AGE.fullmatch(tok.text) is None or not 1 <= int(tok.text) <= MAX_AGE or i == 0:
            continue
        if doc[i - 1].lower_ == "aged" or (i >= 2 and doc[i - 2].lower_ == "aged" and doc[i - 1].lower_ in _JUST):
            # "Maria Lopes, aged 19", "aged just 24"; "a man aged 33" (nobody named)
            start = doc[i - 1] if doc[i - 1].lower_ == "aged" else doc[i - 2]
            person = people.get(start.i - 1) if start.i >= 2 and doc[start.i - 1].text == "," else None
        elif doc[i - 1].text == "," and i + 1 < len(doc) and doc[i + 1].text in (",", ";") and i - 1 in people:
            start, person = tok, people[i - 1]  # "Anna Keller, 52, was arrested"
        else:
            continue
        years = float(tok.text)
        yield Found(
            start=start.idx, end=tok.idx + len(tok.text),
            value=SpanValue(amount=years, unit="year", days=years * 365.25, low=years, high=years, precision=0.0),
            rule="duration.bare_age", attribute=AGE_ATTRIBUTE,
            subject=written_name(person.text) if person is not None else None,
        )


_JUST: Final = frozenset({"just", "only"})  # "aged just 24"


def _two_names(e) -> bool:  # noqa: ANN001 - a spaCy Span
    """A person's name as two or three title-case proper nouns: "Ruben Alcazar" (not "Acme Corp")."""
    return 2 <= len(e) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in CORPORATE_DESIGNATORS
                                    for t in e)


def span_value(t: TimeSpan) -> SpanValue:
    """The contract's value for a TimeSpan (amount rounded so 1.5 hour stays 1.5)."""
    per_unit = t.days / t.amount if t.amount else 1.0  # TimeSpan keeps its ends in days; the contract in units
    return SpanValue(amount=round(t.amount, 6), unit=t.unit, days=t.days, low=round(t.low / per_unit, 6),
                     high=round(t.high / per_unit, 6), precision=t.precision)


def _period_days(word: str) -> float:
    """The days of the period a unit word names ("week": 7, "fortnight": 14)."""
    unit, n = UNIT_WORDS[word]
    return to_days(n, unit)


def _is_point_or_rate(doc: Doc, t: TimeSpan) -> bool:
    after = doc[t.end].lower_ if t.end < len(doc) else ""
    after2 = doc[t.end + 1].lower_ if t.end + 1 < len(doc) else ""
    after3 = doc[t.end + 2].lower_.rstrip(".") if t.end + 2 < len(doc) else ""
    if after2 in ("in", "on") and not (after3 in _OPENS_A_DATE or after3 in MONTHS or after3 in WEEKDAYS
                                       or after3[:1].isdigit()):
        after2 = ""  # "detained three days later in Kilkenny": a place, no date after "later"
    if after in RELATIVE_AFTER and not (after in ("later", "earlier") and after2 in DATE_STARTS) and not (
            after in ("before", "after") and _framed_as_length(doc, t)):
        return True  # but "30 minutes later this week" is a length plus a date
    if after == "from" and after2 in ("now", "today", "tomorrow", "yesterday"):
        return True
    if t.unit == "week" and (after in ("tomorrow", "today") or after in ("from", "on", "last")
                             and after2.rstrip(".") in WEEKDAYS
                             or after.rstrip(".") in WEEKDAYS and doc[t.start].lower_ == "a") \
            and not (t.end + 2 < len(doc) and doc[t.end + 2].lower_ in ("to", "until", "till", "through")) \
            and not _told_done_on_a_day(doc, t) \
            and not (after == "from" and t.start > 0 and doc[t.start - 1].lower_ == "for"):
        return True  # British "a week tomorrow", "a week today", "a week from Friday", "a week on Tuesday",
        # "a week Friday", "a week last Tuesday": a day ("shut for a fortnight from Monday" is a length)
    if _period_of_a_date(doc, t, after, after2):
        return True
    if _future_in(doc, t):
        return True
    if after in RATE_WORDS and after2 in UNIT_WORDS and t.days >= 0.999 * _period_days(after2):
        return True  # "24 hours a day", "7 days a week": the whole period, no length ("20 minutes a day" is one)
    before = doc[t.start - 1] if t.start > 0 else None
    if before is not None and t.qualifier_start is None and before.lower_ in RELATIVE_BEFORE and before.pos_ not in ("VERB", "AUX"):
        return True  # "the past two years"; yet "shouldn't last two hours" is a length
    if t.unit == "second" and doc[t.end - 1].lower_ == "second" and _second_compound(doc, t.end):
        return True  # "2,140 second homes", "12 second-hand cars": the ordinal, no length
    if t.unit == "hour" and (_military_clock(doc, t) or _french_clock(doc, t)):
        return True  # "from 2200 hrs to 0500 hrs", "at 1400 hours", "at 18 h": times on a 24-hour clock
    if t.unit == "hour" and t.amount == 24 and after in ROUND_THE_CLOCK_NOUNS and t.end - t.start >= 2 \
            and doc[t.end - 2].text in ("-", "\u2011"):
        return True  # "a 24-hour pharmacy", "24-hour news": open round the clock, no length
    if t.single:
        first = doc[t.start].lower_
        if t.unit == "second" and first in ("a", "an", "another"):
            return True  # "a second round", "a second wave"
        if before is not None and (before.lower_ in FREQUENCY_BEFORE or before.lower_ in UNIT_WORDS
                                   or _figure(before) or before.is_currency or _currency_word(before)
                                   or _SIGNED_FIGURE.match(before.text)):
            return True  # "$2 a day", "a dollar a day", "20 quid a week", "N85,000 a month": a rate
        if before is not None and before.pos_ in ("NOUN", "PROPN") and _figure_of_noun_before(doc, t.start):
            return True  # "2 million barrels a day", "250ml of juice a day", "1,000 mcg of B12 a day",
            # "2,400 CHF a month": a rate of the thing counted
        if first in ("one", "a") and t.unit == "day" and doc[t.start].is_sent_start:
            return True  # "One day, he ..."
        if first == "a" and t.unit in ("minute", "second") and before is not None and before.lower_ in _WAITING:
            return True  # "wait a minute", "hang on a second", "just a sec": a request to wait, no length
    return False


# what "24-hour" before it says is open or running round the clock ("a 24-hour pharmacy"), not a
# length ("a 24-hour strike", "a 24-hour curfew" last a day)
ROUND_THE_CLOCK_NOUNS: Final = frozenset({
    "pharmacy", "chemist", "shop", "store", "supermarket", "diner", "cafe", "café", "restaurant", "gym", "garage",
    "helpline", "hotline", "service", "services", "news", "channel", "access", "support", "security", "surveillance",
    "coverage", "care", "clinic", "casino", "reception", "concierge", "emergency", "petrol", "gas", "laundrette",
    "laundromat", "convenience",
})
_CLOCK_LEADS: Final = frozenset({"at", "by", "from", "until", "till", "before", "after", "around", "about", "since"})


def _military_clock(doc: Doc, t: TimeSpan) -> bool:
    """A four-digit figure of hours that reads as a 24-hour clock ("2200", "0500": hours under 24,
    minutes under 60) told with a leading zero, after a word that places a time ("at 1400 hours"),
    or as an end of a range whose other end has one ("from 2200 hrs to 0500 hrs")."""
    figures = [tok for tok in doc[t.start:t.end] if len(tok.text) == 4 and tok.text.isdigit()]
    if not figures or not all(int(f.text[:2]) < 24 and int(f.text[2:]) < 60 for f in figures):
        return False
    before = doc[t.start - 1].lower_ if t.start > 0 else ""
    return any(f.text.startswith("0") for f in figures) or before in _CLOCK_LEADS


_FRENCH_CLOCK_LEADS: Final = frozenset({"at", "by", "from", "until", "till"})  # not "about 8 h": a length


def _french_clock(doc: Doc, t: TimeSpan) -> bool:
    """A whole hour under 24 and a spaced "h", after a word that places a time: "we leave at 8 h",
    "doors open at 18 h" (the French clock, as Quebec and Swiss English write it)."""
    hours = doc[t.start:t.end]
    before = doc[t.start - 1].lower_ if t.start > 0 else ""
    return len(hours) == 2 and hours[1].text == "h" and hours[0].text.isdigit() and int(hours[0].text) < 24 \
        and before in _FRENCH_CLOCK_LEADS

# nouns that "second" makes a compound with, as the ordinal: "second homes", "a second-hand car",
# "second-language speakers", "second-generation migrants" ("a 30 second ad" is a length)
SECOND_COMPOUNDS: Final = frozenset({
    "home", "homes", "hand", "language", "languages", "generation", "opinion", "opinions", "chance", "chances",
    "citizenship", "nationality", "passport", "passports"})


def _second_compound(doc: Doc, i: int) -> bool:
    """The words from doc[i] continue "second" into one of SECOND_COMPOUNDS (a hyphen allowed)."""
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    return i < len(doc) and doc[i].lower_ in SECOND_COMPOUNDS


# words before "a minute" / "a second" that make it a request to wait: "wait a minute", "hold on a second"
_WAITING: Final = frozenset({"wait", "on", "just", "hold", "me", "us"})


def _figure_of_noun_before(doc: Doc, start: int) -> bool:
    """A figure right before the noun phrase that ends at `start`: "2 million barrels", "250ml of
    juice", "500 to 700 millilitres of water" (nouns, adjectives and "of", four words at most)."""
    k = start - 1
    while k >= 0 and start - k <= 4 and not doc[k].text[:1].isdigit() \
            and (doc[k].pos_ in ("NOUN", "ADJ", "PROPN") or doc[k].lower_ == "of"):
        k -= 1
    return 0 <= k < start - 1 and (_figure(doc[k]) or doc[k].text[:1].isdigit())  # "250ml", one token


# a figure with a sign of letters glued before it: "N85,000", "KSh500", "Rp50,000", "R15"
_SIGNED_FIGURE: Final = re.compile(r"^[^\W\d_]{1,3}\d[\d,.]*$")


def _currency_word(tok: Token) -> bool:
    """'dollar', 'euros', 'quid', 'cents': a currency's name, after which 'a day' is a rate."""
    from claimkit.extract.money import tables

    t = tables()
    return tok.lower_ in t.names or tok.lower_ in t.minor


_CALENDAR_NAMES: Final = frozenset(MONTHS) | frozenset(WEEKDAYS)  # what "the six months to ..." closes with
_DAY_NUMBER: Final = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")


def _period_of_a_date(doc: Doc, t: TimeSpan, after: str, after2: str) -> bool:
    """'the three months ended Sept. 30', 'the six months to June', 'the 26 weeks to 31 August', 'the first
    nine months of 2023': a period of the calendar, which `date` reads whole (TimeML annotates the
    phrase as one date); 'extended by six months to June' and 'the first two years of his term' stay
    lengths."""
    before = doc[t.start - 1].lower_ if t.start > 0 else ""
    if before not in ("the", "first", "1st", "opening"):
        return False
    if after in ("ended", "ending"):
        return True
    if before == "the" and after in ("to", "through") and after2.rstrip(".") in _CALENDAR_NAMES:
        return True
    after3 = doc[t.end + 2].lower_.rstrip(".") if t.end + 2 < len(doc) else ""
    if before == "the" and after in ("to", "through") and _DAY_NUMBER.fullmatch(after2) and after3 in MONTHS:
        return True  # "the 26 weeks to 31 August", day first
    if before != "the" and after == "of" and t.end + 1 < len(doc):
        k = t.end + 1
        while k < len(doc) - 1 and doc[k].lower_ in ("the", "this", "last", "next", "fiscal"):
            k += 1
        word = doc[k].lower_.rstrip(".")
        return word in MONTHS or word in ("year", "quarter") or (len(word) == 4 and word.isdigit())
    return False


def _framed_as_length(doc: Doc, t: TimeSpan) -> bool:
    """'for five days before ...', 'took almost a month after ...', 'ran to six hours before ...',
    'delayed by two hours after ...', 'a rest of about ten days before the race': the span answers
    "how long"; so does one before or after an act told by a gerund, or before a clause of a person's
    act ('roots six weeks after planting', 'cool 15 minutes before slicing', '21 days before you move
    them'), which no calendar dates (a day or an event named by a noun, 'two days before the
    vote', is a point)."""
    nxt = doc[t.end + 1] if t.end + 1 < len(doc) else None
    if nxt is not None and (nxt.tag_ == "VBG" or doc[t.end].lower_ == "before" and (
            nxt.tag_ == "PRP" or nxt.lower_ in _SOMEONE)):
        return True  # ("two days after we spoke" tells when: a point)
    first = t.qualifier_token if t.qualifier_token is not None else t.start
    if first > 0 and doc[first - 1].lower_ == "for":
        return True
    if first > 1 and doc[first - 1].lower_ == "of" and doc[first - 2].pos_ == "NOUN":
        return True  # the length of a noun's time: "a wait of two hours after landing"
    if first > 1 and doc[first - 1].lower_ == "to" and doc[first - 2].lemma_.lower() in REACHING_VERBS:
        return True
    verb = verb_above(doc[t.end - 1])
    if verb is not None and verb.i < t.start and first > 0 and doc[first - 1].lower_ == "by" \
            and verb.lemma_.lower() in MOVING_VERBS:
        return True
    return verb is not None and verb.i < t.start and verb.lemma_.lower() in LENGTH_VERBS


_SOMEONE: Final = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "nobody"})


def _figure(tok: Token) -> bool:
    """'5', 'million', '10bn', '€10bn', '$5m', 'S$45': a figure, written out, glued to its scale or its currency."""
    return tok.like_num or _GLUED_FIGURE.match(tok.text) is not None


def _future_in(doc: Doc, t: TimeSpan) -> bool:
    """'I will leave in two years', 'schedule a meeting in 8 minutes': a future date, not a length.

    'The stock has doubled in two years' and 'the first summit in 24 years' stay durations.
    """
    if t.start == 0 or doc[t.start - 1].lower_ != "in" or t.qualifier_start is not None:
        return False
    if t.days < 1 / 86400 or t.end < len(doc) and doc[t.end].lower_ == "of":
        return False  # "fires in 1/8000 of a second", "arrives in ten weeks of summer": how long, never when
    if sum(tok.lower_ in UNIT_WORDS for tok in doc[t.start:t.end]) > 1:
        return False  # "ends in 2 days 6 hours", "in 1 hour 20 minutes": the time left, told to the hour
    if _measure_before(doc, t.start - 1):
        return False  # "drive 300 km in 4 hours", "80mm of rain could fall in 24 hours": a measure over a span
    verb = verb_above(doc[t.start - 1])
    if verb is None:
        return True  # a bare "in 5 minutes"
    if any(c.lower_ in ("will", "'ll", "shall", "wo") for c in verb.children):
        return True
    if verb.tag_ in ("VBZ", "VBP") and (verb.lemma_.lower() in SCHEDULED_EVENTS or doc[t.start - 1].head.lower_ == "due"
                                        or any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children)):
        return True  # what is scheduled is told in the present: "the sale ends in 5 days", "is due in 6 weeks"
    return verb.tag_ == "VB"  # imperative or infinitive: "schedule ... in 8 minutes", "want to loan ... in 3 years"


def _measure_before(doc: Doc, i: int) -> bool:
    """A physical measure before token i ('in') in the same clause ('drive 300 km in 4 hours', '80mm of
    rain could fall in 24 hours'): what the span after 'in' is the time taken for. Not one of another
    verb ('Pour 2 cups of water and serve in 10 minutes')."""
    verb = verb_above(doc[i])
    if verb is None:
        return False
    # Tokens are made afresh at each access: compare their indexes
    return any(span.end <= i and getattr(verb_above(doc[span.end - 1]), "i", None) == verb.i
               for span in ruler_matches(doc, "quantity"))


def _told_done_on_a_day(doc: Doc, t: TimeSpan) -> bool:
    """'suspended for 14 weeks on Friday', 'the port was closed for two weeks on Monday': a length
    "for" frames under a verb in the past, told with the day it was done. The British day a week on
    is always ahead ('book the court for a week on Saturday', 'we meet two weeks on Friday')."""
    verb = verb_above(doc[t.end - 1])
    return _framed_as_length(doc, t) and verb is not None and verb.tag_ in ("VBD", "VBN") \
        and verb.lemma_.lower() not in _SETTING_A_DAY


# verbs that set a day, under which "for a week from Friday" is the day ("the sailing is set for a week
# from Friday", "the hearing was fixed for a week on Monday"), not a length
_SETTING_A_DAY: Final = frozenset({"set", "schedule", "slate", "fix", "book", "plan", "reschedule", "move", "put"})


def _confidence(t: TimeSpan) -> float:
    if t.single:
        return 0.6
    if t.rule.endswith("glued"):
        return 0.8
    return 0.9


def _aged_thing(doc: Doc, t: TimeSpan) -> bool:
    """An age told of a thing, not of a person: "the 95-year-old house", "a 12-year-old company" (not
    "a 78-year-old teacher", "Ana Ruiz, 78")."""
    head = doc[t.end - 1].head
    lemma = head.lemma_.lower()
    return head.i >= t.end and head.pos_ == "NOUN" and not (
        people_noun(lemma) or lemma in POPULATION_NOUNS or lemma in AGED_PEOPLE_NOUNS)


def _modified_noun(doc: Doc, t: TimeSpan) -> str | None:
    """'12-year history' -> 'history': the noun an adjectival span describes."""
    if not t.adjectival:
        return None
    head = doc[t.end - 1].head
    if head.i >= t.end and head.pos_ == "NOUN":
        return context.kind_of(head) or head.lemma_.lower()
    return None
