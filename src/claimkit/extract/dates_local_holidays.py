"""Holidays of the story's own country, by name: "Adelaide Cup Day" in a story datelined in
Adelaide, "Louis Riel Day" in Winnipeg, "the Picnic Day weekend" in Darwin, "the August bank
holiday" in Cork. The grammar knows the feasts many countries keep (`dates_holidays`); a holiday
that only one country, or one of its states or provinces, keeps is read from python-holidays'
calendar of the one country the name's sentence names, else of the country of the dateline, its
subdivisions' holidays with it, as annotators date such a name by the newsroom's calendar.

A name is read as the calendar writes it, its first letter a capital ("a national day of action" is none),
and left undated where its day is not one day: kept on several days or on different days by the
country's subdivisions (Australia's "King's Birthday"), or only estimated (lunar feasts before their
moon is sighted). Nor is a name dated that a date beside it dates already ("Republic Day, Jan.
26"), that names an event whose own clause dates it ("the Show runs from 10 to 18 August"), or that
ends a longer name ("the Lagos International Trade Fair").

The year: this year's day, moved by the clause's tense as the grammar's feasts are
(`dates_tense.by_tense`), or the one "last year's" or "next year's" names. A day counted from the
holiday is that day ("two days after Adelaide Cup Day", "the eve of Freedom Day", "the Thursday before
Labour Day"); "the Picnic Day weekend" of a Monday holiday runs from the Saturday.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from claimkit.extract.base import Found, doc_text
from claimkit.extract.dates_calendar import DAY, Reading
from claimkit.extract.dates_tense import by_tense
from claimkit.extract.dates_phrases import FROM_A_DAY, from_a_day
from claimkit.extract.dates_words import WEEKDAYS, normalize
from claimkit.extract.places import dateline_territory, territories_named
from claimkit.models import DateValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# names the calendars give days that say nothing of which day, or that dates_national decides on
_NOT_OURS = frozenset({"public holiday", "bank holiday", "holiday", "day off", "election day",
                       "thanksgiving", "thanksgiving day"})
# the grammar's readings of a feast by its own calendar, and of a day counted from one
_GRAMMAR_READINGS = frozenset({"date.holiday", "date.from_a_day"})
# words a holiday's name may stand before and still be the day ("the Louis Riel Day long weekend")
_DAY_NOUNS = frozenset({"weekend", "long", "holiday", "holidays", "break", "bank"})
_WEEKEND = re.compile(r"\s{1,3}(?:long\s{1,3})?weekend\b", re.IGNORECASE)
# a day counted from the holiday: "the day after", "a week before", "two days after", "the Friday
# before", "the eve of" (the article may go before the name: "the eve of the National Day")
_COUNTED = re.compile(
    r"\b(?:(?P<the_day>the\s{1,3}(?:day|week))|(?P<n>\d{1,2}|[a-z]+)\s{1,3}(?P<unit>days?|weeks?)"
    r"|the\s{1,3}(?P<wd>[a-z]+day)"
    r"|(?P<eve>the\s{1,3}eve))\s{1,3}(?P<dir>after|before|of)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
# a weekday the name is said to fall on ("Heritage Day, which falls on a Sunday", "Children's Day, a Tuesday")
_WEEKDAY_TOLD = re.compile(r",?\s{1,3}(?:which\s{1,3})?(?:(?:falls|fell|is|was)\s{1,3}on\s{1,3})?an?\s{1,3}"
                           r"(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
# what a claim reading a word of the name may hold before it and still be no reading of more than the
# name ("before the June" of "the week before the June bank holiday")
_LEADS = re.compile(r"(?:\s{0,3}\b(?:the|a|an|before|after|on|by|from|until|till|since|in|to|over|during|at)\b)*"
                    r"\s{0,3}", re.IGNORECASE)  # each round a word: no run of spaces read two ways
_LED = re.compile(r"\b(?:to|until|till|on|by|from|for)\s{1,3}$", re.IGNORECASE)
_YEAR_OF = re.compile(r"\b(?P<which>last|this|next)\s{1,3}year['\u2019]s\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
_RANGE_WORD = re.compile(r"\s{1,3}(?:to|until|till|through)\s{1,3}(?:the\s{1,3})?", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\s{1,3}(?:to|until|till|through)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
# claims beside a name that do not date it: its own weekend ("the Labour Day long weekend"), a bare weekday
# ("falls on a Sunday": _WEEKDAY_TOLD reads it)
_NO_DATING_RULES = frozenset({"date.weekend", "date.long_weekend", "date.weekday"})
# verbs that place a day its subject is kept on ("falls on", "runs from", "marks")
_PLACING_VERBS = frozenset({"fall", "be", "begin", "start", "run", "end", "mark", "last", "commence", "occur", "land"})
_PLACED_WITHIN = 6  # tokens after such a verb in which its date starts ("marks the vote of 27 April 1994")
# what stands between a name and a date that dates it ("Republic Day, Jan. 26", "the Matariki holiday, on 10 July",
# "the Oct. 2 Gandhi Jayanti holiday")
_BESIDE = re.compile(r"[\s,(]{0,4}(?:(?:holiday|on|from)[\s,]{1,3}){0,2}", re.IGNORECASE)


def local_holidays(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """The found date claims, with the holidays of the story's country its text names by a name the
    grammar did not read whole (module docstring): a claim inside the name ("August" of "the August bank
    holiday") gives way to it. Without a dateline only a sentence that names one country and a "Day"
    is read (a cheap test for the many undated texts)."""
    if pub is None or not doc.has_annotation("SENT_START"):
        return found
    text = doc_text(doc)
    dateline = dateline_territory(text)
    spans = []
    if dateline is not None:
        for m in _names_of(dateline, pub.year).finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            named = territories_named(span.sent.text, _HOLIDAY_COUNTRIES) if span is not None else {}
            # "in Japan, where Constitution Day falls on a Sunday this year": Japan's
            spans.append((next(iter(named)) if len(named) == 1 else dateline, m))
    else:
        for sent in doc.sents:
            named = territories_named(sent.text, _HOLIDAY_COUNTRIES) if "Day" in sent.text else {}
            if len(named) == 1:
                (country,) = named
                spans += [(country, m) for m in _names_of(country, pub.year).finditer(text, sent.start_char,
                                                                                     sent.end_char)]
    out = list(found)
    for country, m in spans:
        start, end = m.span()
        inside = [f for f in out if f.start < end and start < f.end]
        ours = [f for f in inside if _grammars_reading(f, text, start, country)]
        if any(f.end > end or f not in ours and (f.start < start and not _LEADS.fullmatch(text, f.start, start)
                                                 or (f.start, f.end) == (start, end)) for f in inside):
            continue  # a claim reaches past the name, or reads it whole already (by this country's calendar)
        f = _holiday_at(doc, [g for g in out if g not in inside], pub, country, m)
        if f is not None and any((g.value.start, g.value.end) == (f.value.start, f.value.end)
                                 or not _one_day_in(country, g, m.group(), pub) for g in ours):
            continue  # the country keeps the feast on the grammar's day, or its calendar no one day in the
            # grammar's year ("Australia Day" 2020, a Sunday some states kept on the Monday): the grammar's stands
        if f is not None:  # what it holds gives way ("August" of "the August bank holiday", "long weekend")
            out = [g for g in out if g not in inside and not (f.start <= g.start and g.end <= f.end)] + [f]
    return sorted(out, key=lambda f: f.start) if spans else found


def _grammars_reading(f: Found, text: str, start: int, country: str) -> bool:
    """The claim is the grammar's reading of the feast the name matched at `start` is, or of a day
    counted from it, by the calendar the grammar keeps (the American or British one: "Labor Day",
    "Memorial Day", "two days before the August bank holiday", "King's Day"), in the copy of a country
    whose own calendar the name's day is then read from ("Labor Day" in Manila is May 1, "Memorial
    Day" in Seoul June 6, Ireland's August bank holiday the first Monday of August)."""
    if country == "US" or f.rule not in _GRAMMAR_READINGS:
        return False
    return f.start == start or _COUNTED.fullmatch(text, f.start, start) is not None


def _one_day_in(country: str, f: Found, name: str, pub: dt.date) -> bool:
    """The country's calendar keeps the name on one day in the year of the claim's reading."""
    year = f.value.start[:4] if isinstance(f.value, DateValue) and f.value.start else ""
    return year.isdigit() and _calendar(country, int(year), pub.year).get(_key(name)) is not None


def _holiday_at(doc: Doc, others: list[Found], pub: dt.date, country: str, m: re.Match) -> Found | None:
    """The claim of the holiday name matched at m, or of the day counted from it (module docstring)."""
    text = doc_text(doc)
    start, end = m.span()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or _no_day_of_its_own(span, others, text):
        return None
    name = _key(m.group())
    dating = _dating(span, others, text)
    counted = _COUNTED.search(text, max(0, start - 30), start)
    told = _WEEKDAY_TOLD.match(text, end)
    if (said := _YEAR_OF.search(text, max(0, start - 20), start)) is not None:
        year = pub.year + {"last": -1, "this": 0, "next": 1}[said["which"].lower()]
        day = _calendar(country, year, pub.year).get(name)
    elif dating:  # "Republic Day, Jan. 26", "Sports Day, the second Monday in October": the year the date tells
        days = {d for f in dating for y in _years_of(f) if (d := _calendar(country, y, pub.year).get(name)) is not None}
        day = next((d for d in sorted(days) if any(_holds(f, d) for f in dating)), None)
    elif told is not None and (weekday := WEEKDAYS.get(told["wd"].lower())) is not None:
        # "Heritage Day, which falls on a Sunday": the year in which it does
        days = [d for y in (pub.year - 1, pub.year, pub.year + 1)
                if (d := _calendar(country, y, pub.year).get(name)) is not None and d.weekday() == weekday]
        day = min(days, key=lambda d: abs((d - pub).days)) if days else None
    else:  # a counted day a preposition leads to is timed as such a date ("postponed to the day after Unity Day")
        led = counted is not None and _LED.search(text, max(0, counted.start() - 8), counted.start()) is not None
        at = doc.char_span(counted.start(), end, alignment_mode="expand") if led else None
        day = _by_tense(doc, at.start if at is not None else span.start, pub, country, name)
    if day is None:
        return None
    if counted is not None and (shifted := _counted_from(counted, day)) is not None:
        return _claim(counted.start(), end, *shifted)
    weekend = _WEEKEND.match(text, end)
    if weekend is not None and day.weekday() in (0, 4):  # a Monday's from the Saturday, a Friday's to the Sunday
        first, last = (day - 2 * DAY, day) if day.weekday() == 0 else (day, day + 2 * DAY)
        return _claim(start, weekend.end(), first, last)
    return _claim(start, end, day, day)


def _no_day_of_its_own(span: Span, others: list[Found], text: str) -> bool:
    """The name is no day of its own here: a noun of its own follows ("Louis Riel Day celebrations":
    the feast in general), it ends a longer name, or it is one end of a range the grammar does not
    read ("from Emancipation Day to Independence Day")."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in _DAY_NOUNS:
        return True
    if any(e.start < span.start < e.end and e.label_ not in ("DATE", "TIME")
           and any(t.pos_ != "DET" for t in span.doc[e.start:span.start]) for e in span.doc.ents):
        return True  # "the Lagos International Trade Fair" (not "the" the recognizer takes in)
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.is_title and not before.is_sent_start:
        return True  # ... and where the recognizer ends the place before it
    start, end = span.start_char, span.end_char
    after, before = _RANGE_WORD.match(text, end), _RANGE_BEFORE.search(text, max(0, start - 16), start)
    return after is not None and any(0 <= f.start - after.end() <= 4 for f in others) \
        or before is not None and any(0 <= before.start() - f.end <= 2 for f in others)


def _dating(span: Span, others: list[Found], text: str) -> list[Found]:
    """The dates that tell the holiday's day: one beside the name ("Republic Day, Jan. 26", "the Oct. 2
    Gandhi Jayanti holiday", "the Matariki holiday, on 10 July"), or in the clause of a verb of placing a day the
    name is the subject of ("Mnarja falls on Monday 29 June", "the Show runs from 10 to 18 August")."""
    start, end = span.start_char, span.end_char
    others = [f for f in others if f.rule not in _NO_DATING_RULES]
    out = [f for f in others if f.end <= start and _BESIDE.fullmatch(text, f.end, start)
           or end <= f.start and _BESIDE.fullmatch(text, end, f.start)]
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _PLACING_VERBS:
        verb = root.head  # the verb's own words after it, not a clause the parser hangs further on
        lo = verb.idx + len(verb.text)
        hi = span.doc[min(len(span.doc), verb.i + _PLACED_WITHIN) - 1].idx + 1
        out += [f for f in others if lo <= f.start < hi]
    return out


def _years_of(f: Found) -> range:
    v = f.value
    if not isinstance(v, DateValue) or not v.start or not v.end or not v.start[:4].isdigit():
        return range(0)
    return range(int(v.start[:4]), int(v.end[:4]) + 1)


def _holds(f: Found, day: dt.date) -> bool:
    """The date claim holds the day: the day itself, or a month or year around it."""
    v = f.value
    return isinstance(v, DateValue) and bool(v.start) and bool(v.end) and v.start[:4].isdigit() \
        and v.start <= day.isoformat() <= v.end and (v.granularity != "day" or v.start == v.end)


def _by_tense(doc: Doc, i: int, pub: dt.date, country: str, name: str) -> dt.date | None:
    """The holiday's day in the year its clause's tense points to, as the grammar's feasts are placed:
    this year's, moved a year back under a past verb when it lies ahead, and so on."""
    this = _calendar(country, pub.year, pub.year).get(name)
    if this is None:
        days = [d for y in (pub.year - 1, pub.year + 1) if (d := _calendar(country, y, pub.year).get(name)) is not None]
        return min(days, key=lambda d: abs((d - pub).days)) if days else None
    r = by_tense(doc, i, Reading(this, this, "day", year_from_published=True, rule="holiday"), pub)
    year = r.start.year if r.start is not None else pub.year
    return this if year == pub.year else _calendar(country, year, pub.year).get(name)


def _counted_from(m: re.Match, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day the words before a holiday count from it: "the eve of" the day before,
    "two days after", "the Friday before", "the week before" (its seven days) as the grammar counts from
    any day (dates_phrases.from_a_day)."""
    if m["eve"] or m["dir"].lower() == "of":
        return (day - DAY, day - DAY) if m["eve"] and m["dir"].lower() == "of" else None
    words = FROM_A_DAY.fullmatch(normalize(f"{m.group()} it"))
    counted = from_a_day(words, Reading(day, day, "day")) if words is not None else None
    if counted is None or counted.start is None or counted.end is None:
        return None
    return counted.start, counted.end


def _claim(start: int, end: int, first: dt.date, last: dt.date) -> Found:
    return Found(start=start, end=end, rule="date.local_holiday",
                 value=DateValue(start=first.isoformat(), end=last.isoformat(), granularity="day", year_known=True,
                                 anchored=True))


# countries whose holidays a sentence may name (python-holidays' calendars of English-language copy)
_HOLIDAY_COUNTRIES = ("AU", "CA", "IE", "IN", "NZ", "SG", "ZA", "KE", "GH", "NG", "TZ", "BW", "LK", "MY", "PH",
                      "JM", "BS", "MT", "HK", "AE", "QA", "PK", "BD", "UG", "ZM", "ZW", "NA", "TT", "BB", "JP",
                      "KR", "CN", "EG", "TH", "GB")


def _key(name: str) -> str:
    """A name as the calendars are looked up by: "saint" for "St", straight apostrophes, single spaces,
    lower case."""
    name = re.sub(r"\bst\.?(?=\s)", "saint", name.casefold().replace("\u2019", "'"))
    return " ".join(name.split())


def _calendar(country: str, year: int, around: int) -> dict[str, dt.date | None]:
    """Each holiday name of the country's calendar and its subdivisions' in `year` (by _key) -> its one
    day, or None when it is kept on more than one, differs between subdivisions or is only estimated.
    `around`: the published year, whose neighbours are read with it."""
    return _calendars(country, around if abs(year - around) <= 1 else year)[0].get(year, {})


@functools.cache
def _calendars(country: str, around: int) -> tuple[dict[int, dict[str, dt.date | None]], frozenset[str]]:
    """(_calendar of each year from around - 1 to around + 1, the names as the calendars write them):
    python-holidays builds one calendar per subdivision, so the three years are read at once."""
    import holidays

    years = [around - 1, around, around + 1]
    try:
        national = holidays.country_holidays(country, years=years)
    except NotImplementedError:  # a country python-holidays has no calendar of
        return {}, frozenset()
    days: dict[int, dict[str, set[dt.date]]] = {y: defaultdict(set) for y in years}
    doubtful: set[tuple[int, str]] = set()
    written: set[str] = set()
    # the names in American English, as the package writes them by default, and in the country's own
    # English where it has one ("Labour Day" in Canada, "Chung Yeung Festival" in Hong Kong)
    own = f"en_{country}" if f"en_{country}" in getattr(type(national), "supported_languages", ()) else None
    calendars = [national, *(holidays.country_holidays(country, subdiv=s, years=years) for s in national.subdivisions)]
    if own is not None:
        calendars += [holidays.country_holidays(country, subdiv=s, years=years, language=own)
                      for s in (None, *national.subdivisions)]
    for calendar in calendars:
        for day, names in calendar.items():
            for entry in names.split("; "):
                name = " ".join(re.sub(r"\s*\([^)]*\)", "", entry).split())
                key = _key(name)
                if not key or key in _NOT_OURS or key.startswith("the ") or day.year not in days:
                    continue  # "The Royal Queensland Show": an event, whose holiday is one of its days
                written.add(name)
                if "estimated" in entry:
                    doubtful.add((day.year, key))
                elif "observed" not in entry:  # an observed Monday is the feast's, not a day of the name
                    days[day.year][key].add(day)
    one_day = {y: {key: (next(iter(ds)) if len(ds) == 1 and (y, key) not in doubtful else None)
                   for key, ds in by_name.items()} for y, by_name in days.items()}
    return one_day, frozenset(written)


@functools.cache
def _names_of(country: str, year: int) -> re.Pattern:
    """One expression for the holiday names of the country's calendars in the years around `year`,
    longest first, capitalised as the calendar writes them ("St" or "St." for "Saint", either apostrophe)."""
    names = sorted(_calendars(country, year)[1], key=len, reverse=True)

    def pattern(name: str) -> str:  # its first letter as written, the rest in any case ("the August bank holiday")
        parts = []
        for k, word in enumerate(name.split()):
            if word == "Saint":
                parts.append(r"(?:Saint|St\.?)" if k == 0 else r"(?i:saint|st\.?)")
                continue
            head, body = re.escape(word[0]), re.escape(word[1:]).replace("'", "['\u2019]")
            parts.append(head + (f"(?i:{body})" if body else "") if k == 0 else f"(?i:{head}{body})")
        return r"\s{1,3}".join(parts)

    return re.compile(r"\b(?:" + "|".join(pattern(n) for n in names) + r")\b" if names else r"(?!)")
