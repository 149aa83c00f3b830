"""Relative periods anchored on what the text says, not only on the published date: 'a year
ago' after the quarter or month a sentence reports is that period a year before, 'the previous
quarter' the one before it (earnings copy, as TimeML annotators resolve them); 'the second half'
after 'in 2024' is 2024's; 'the following month' and 'a year earlier' with no such period are
counted from the date the paragraph last named (TIDES: the temporal focus). `date.find` applies
`anchored` to the claims of a whole document, in order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING, Callable

from claimkit.extract import dates_phrases
from claimkit.extract.base import Found, doc_text, placed, verb_above
from claimkit.extract.dates_calendar import DAY, SEASON_START, add_months, nth_weekday, period
from claimkit.extract.dates_fiscal import fiscal_periods
from claimkit.extract.dates_quoted import quoted_from_their_saying
from claimkit.extract.dates_national import easter_weekends, national_days
from claimkit.extract.dates_local_holidays import local_holidays
from claimkit.extract.dates_numeric import day_first_dates
from claimkit.extract.dates_orthodox import orthodox_feasts
from claimkit.extract.dates_southern import southern_seasons
from claimkit.extract.dates_weekends import long_weekends, weekends_of_the_country
from claimkit.extract.dates_words import ORDINALS, WEEKDAYS, normalize
from claimkit.lexicon import MONTH_NAMES, SAYING_VERBS, WEEKDAY_NAMES
from claimkit.models import DateValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# "a year earlier" counted from a date no further back than this in its paragraph
FOCUS_CHARS = 600

# an offset the grammar could only count from the narrated event ("-1 year from the event")
_FROM_EVENT = re.compile(r"(?P<n>[+-]\d+) (?P<unit>year|month|week|day) from the event")

# what joins a part of a year to the year it is of: "the April-June period of 2015"
_PERIOD_OF = re.compile(r"\s{1,3}(?:period|quarter|months|half)\s{1,3}of\s{1,3}")

# periods counted from the date a paragraph last named, not from the published one
_ANAPHORIC = re.compile(r"the (?P<dir>following|previous|preceding|prior) (?P<unit>week|month|year|"
                        rf"(?P<wd>{'|'.join(WEEKDAY_NAMES)})|(?P<season>{'|'.join(SEASON_START)})"
                        rf"|(?P<mon>{'|'.join(MONTH_NAMES)}))")

# a year a sentence opens on, or hangs a "when" clause on, and what tells a claim's own year (`days_in_a_told_year`)
YEAR_RULES = frozenset({"date.year", "date.period_shift", "date.offset"})  # "in 2019", "last year", "six years ago"
_WHEN = re.compile(r"\s{0,3},?\s{0,3}when\b")  # bounded: no backtracking over a run of spaces
_APPOSED = re.compile(r"\s{0,3},\s{0,3}(?:on\s{1,3}|in\s{1,3})?")  # "will be taken in 2031, on March 16"
# a year that opens a clause joined to the sentence: "..., while in 2023 it came as late as June 8",
# "..., but in 2019 the fair opened on May 3"
_OPENS_A_CLAUSE = re.compile(r"(?:[,;]|\b(?:while|whereas|but))\s{1,3}(?:in|during)\s{1,3}$", re.IGNORECASE)
_YEAR_TOLD = re.compile(r"\d{4}|'\d\d|\byear\b", re.IGNORECASE)
_OF_A_THING = re.compile(r"-[a-z]")  # "the 1998-built ship", "1960s-era planes": the thing's year, not the clause's
# claims placed in a year the text told, though their own words hold none ("two years later", "July of that year")
FOCUS_YEAR_RULES = frozenset({"date.counted_from_focus", "date.in_the_focus_year", "date.same_period_in_year",
                              "date.in_a_told_year"})

# "that year", "the same month" (dates_grammar's same_period) and what joins them to a date beside them
SAME_PERIOD = "date.same_period"
_SAME_FROM_EVENT = frozenset({"+0 month from the event", "+0 week from the event", "+0 day from the event"})
_SAME_PERIOD_JOIN = re.compile(r"\s{1,3}(?:(?:of|in)\s{1,3}|and\s{1,3}\d{1,2}\s{1,3})?")  # "Jan. 11 and 12 that year"

# readings of "a year ago", "a year earlier", "the year-ago quarter" that a quarter in the sentence anchors
YEAR_AGO_RULES = frozenset({"date.offset", "date.year_ago_period"})

# words before a period that make it a point of comparison, not the one a figure reports
COMPARED_WITH = frozenset({"than", "below", "above", "from", "against", "with", "over", "versus", "vs", "vs."})


def anchored(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """A document's date claims, in order, with their relative periods anchored on what the text names."""
    found = year_ago_periods(doc, periods_of_a_named_year(doc, fiscal_periods(doc, day_first_dates(doc, found), pub)))
    found = easter_weekends(doc, national_days(doc, orthodox_feasts(doc, southern_seasons(doc, found, pub), pub), pub))
    found = local_holidays(doc, found, pub)
    found = days_told_again(doc, weekdays_of_told_dates(doc, found))
    found = joined_with_the_same_period(doc, days_in_a_told_year(doc, days_of_a_told_season(doc, found, pub), pub))
    found = weekdays_of_told_dates(doc, found, last=True)  # again: the date may have moved to its told year since
    found = rules_of_told_dates(doc, found, pub)
    found = counted_from_the_focus(doc, shifted_from_the_focus(doc, found), pub)
    found = quoted_from_their_saying(doc, counted_days_told_beside(doc, found), pub)
    return weekends_of_the_country(doc, long_weekends(doc, feasts_of_a_named_year(doc, anniversaries(doc, found, pub))))


# an anniversary: "Twenty years ago today", "Fifty years ago this week", "25 years ago this month", "A
# century ago today"
_YEARS_AGO = re.compile(r"\b(?:years?|decades?|centur(?:y|ies))\s+ago$", re.IGNORECASE)  # "half a century ago"
_NOW_WORDS = {"today": "day", "tomorrow": "day", "yesterday": "day", "this week": "week", "this month": "month",
              "next month": "month", "last month": "month"}


def anniversaries(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """'Twenty years ago today' is the published day twenty years before, 'this week' and 'this month'
    after 'N years ago' the week or month holding it (TIDES: the anniversary's date, not today's);
    'Forty years ago tomorrow', 'ten years ago last month' the day or month so named, that many years back."""
    if pub is None:
        return found
    text = doc_text(doc)
    out = list(found)
    for k in range(1, len(out)):
        before, f = out[k - 1], out[k]
        grain = _NOW_WORDS.get(" ".join(text[f.start:f.end].lower().split()))
        back = before.value.start if isinstance(before.value, DateValue) else None
        if grain is None or back is None or text[before.end:f.start].strip() \
                or not _YEARS_AGO.search(text[before.start:before.end]):
            continue
        now = f.value.start if isinstance(f.value, DateValue) else None
        # "tomorrow", "next month": the day or month the word names; "this week": the one holding today
        moved = grain != "week" and now and now[:4].isdigit()
        now_day = dt.date.fromisoformat(now) if moved else pub
        then = period(grain, 0, add_months(now_day, 12 * (int(back[:4]) - pub.year)))  # February 29: the 28th
        if then is not None and then.start is not None and then.end is not None:
            out[k] = placed(f, then.start, then.end)
    return out


# what ties a weekday after it to the date before it: "June 27, a Friday", "April 15 falls on a Saturday",
# "November 14 (Friday)"
WEEKDAY_OF_A_DATE = re.compile(r"(?:,\s{1,3}|\b(?:falls|fell|fall|falling)\s{1,3}on\s{1,3}(?:a\s{1,3}|the\s{1,3})?"
                               r"|\s{0,2}\(\s{0,2})(?:a\s{1,3})?$", re.IGNORECASE)
_BRACKETED = re.compile(r"\s{0,2}\)")  # ... the weekday in brackets: printed as the date's, it fixes the year


# a date's last word, capitalised as a feast's name is ("New Year's Day", not "the day"), with a comma or
# an adverb before the verb: "Nov. 1, falls on", "Nov. 30, also falls on"
_DATE_BEFORE = re.compile(r"(?:\d|\b(?:Day|Eve|Christmas|Easter|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                          r"[a-z]{0,6})\.?)\s{0,3},?\s{0,3}(?:(?:also|again|usually|always|[a-z]{2,10}ly)\s{1,3})?$")


def tied_to_a_date(before: str) -> bool:
    """The text before a weekday ties it to a date told just before: "... June 27, a", "New Year's
    Day, a", "April 15 falls on a"; "does your birthday fall on a" ties it to none."""
    m = WEEKDAY_OF_A_DATE.search(before)
    return m is not None and _DATE_BEFORE.search(before[max(0, m.start() - 24):m.start()]) is not None


def verb_a_date_falls_on(weekday: Token) -> Token | None:
    """The verb when a weekday is the day something 'falls on' or 'is' ("2 January, a Scottish bank
    holiday, falls on a Friday", "the deadline, March 3, is a Tuesday"): its subject may be a date told
    with words between."""
    head = weekday.head
    if weekday.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() == "fall":
        return head.head
    if weekday.dep_ == "attr" and head.lemma_.lower() == "be":
        return head
    return None


def _date_the_verb_tells_of(doc: Doc, weekday: Token, told: list[Found], found: list[Found]) -> Found | None:
    """The one-day date that is the subject of the verb a weekday falls on, or what its relative clause
    tells of, when its weekday is that one ("All Saints' Day, Nov. 1, falls on a Saturday", "31 October,
    which falls on a Saturday"); none for "the day fell on a Saturday", nor for a date in a clause
    inside the subject ("Adwa Day, which marks the battle of 1 March 1896, falls on a Monday")."""
    verb = verb_a_date_falls_on(weekday)
    if verb is None:
        return None
    # "falls on a Saturday again next year, on 2 October": a year told after it ("this year" agrees)
    sent_end = weekday.sent.end_char if doc.has_annotation("SENT_START") else len(doc_text(doc))
    after = [(f, doc.char_span(f.start, f.end, alignment_mode="expand")) for f in found
             if weekday.idx < f.start < sent_end and isinstance(f.value, DateValue) and f.value.start]
    years_after = {f.value.start[:4] for f, span in after if span is not None and span.root.head == verb}
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "npadvmod", "prep") and c.i < verb.i]
    heads = subject + ([verb.head] if verb.dep_ == "relcl" else [])  # "which falls on": what the clause tells of
    for f in reversed(told):
        v = f.value
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or f.start > verb.idx or not _one_day(v) \
                or dt.date.fromisoformat(v.start).weekday() != WEEKDAYS.get(weekday.lower_.rstrip(".")) \
                or years_after - {v.start[:4]}:
            continue
        if any(_within(t, h) for t in span for h in heads):
            return f
    return None


def _within(token: Token, head: Token) -> bool:
    """The token is the head or hangs from it through no clause of its own."""
    while token.i != head.i:
        if token.dep_ in ("relcl", "acl", "ccomp", "advcl", "ROOT") or token.head.i == token.i:
            return False
        token = token.head
    return True


def _one_day(v: object) -> bool:
    """A date claim's value that is one day of the calendar ("June 27", not "June" or "June 27-29")."""
    return isinstance(v, DateValue) and v.granularity == "day" and bool(v.start) and v.start == v.end


_A_BEFORE = re.compile(r"(?<!\w)[Aa]\s$")  # "falls on a Saturday"
_WEEKDAY_RULES = frozenset({"date.weekday", "date.weekday_of_a_date"})


def weekdays_of_told_dates(doc: Doc, found: list[Found], last: bool = False) -> list[Found]:
    """A weekday in apposition to a date, or one a date falls on ("the hearing on June 27, a Friday",
    "New Year's Day, a Saturday", "Boxing Day falls on a Sunday this year"), names that date's day.
    Where the date prints no year, falls on another weekday in the year its tense gave it and the
    weekday is told of "this year" or "next year", or in brackets as the date's own ("votes counted on
    November 14 (Friday)"), the weekday fixes the year, the one before or after ("the last collection,
    on Dec. 27, a Sunday this year, had been cancelled" in November 2026: this December's, whatever
    the past verb suggested; "were held on Aug. 14, a Friday" keeps its tense). A weekday a date
    "falls on" or "is" ties only through that verb (_date_the_verb_tells_of); with `last`, an
    indefinite one ("on a Saturday") that ties to no date is dropped."""
    text = doc_text(doc)
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        indefinite = f.rule in _WEEKDAY_RULES and _A_BEFORE.search(text, max(0, f.start - 3), f.start) is not None
        weekday = doc.char_span(f.start, f.end, alignment_mode="expand")[-1] if indefinite else None
        told = _date_the_verb_tells_of(doc, weekday, out, found) if weekday is not None else None
        under_a_verb = weekday is not None and verb_a_date_falls_on(weekday) is not None
        prev = told or prev
        tied = f.rule in _WEEKDAY_RULES and prev is not None and _one_day(prev.value) \
            and (told is prev or not under_a_verb and WEEKDAY_OF_A_DATE.search(text[prev.end:f.start])
                 and len(text[prev.end:f.start]) <= 16)
        if indefinite and not tied and last:
            continue  # "the day fell on a Saturday": no date told, so no one Saturday (the last pass: "in
            # 2010, when Christmas fell on a Saturday" ties once Christmas has its told year)
        if tied:
            day = dt.date.fromisoformat(prev.value.start)
            named = WEEKDAYS.get(normalize(text[f.start:f.end]).split()[-1].rstrip("."))
            if named is not None and named != day.weekday() \
                    and (_THIS_YEAR_AFTER.match(text, f.end) or _BRACKETED.match(text, f.end)) \
                    and not _PRINTED_YEAR.search(text[prev.start:prev.end]):
                # a year on or back (never a February 29 moved to the 28th), where the weekday holds
                day = next((d for d in (add_months(day, 12), add_months(day, -12))
                            if d.day == day.day and d.weekday() == named), day)
                at = next(k for k in range(len(out) - 1, -1, -1) if out[k] is prev)
                out[at] = prev = placed(prev, day, day) if day.isoformat() != prev.value.start else prev
            f = dataclasses.replace(f, value=f.value.model_copy(update={
                "start": prev.value.start, "end": prev.value.end, "relative": None}), rule="date.weekday_of_a_date")
        out.append(f)
    return out


# "the third Saturday in March", "the first Monday of October": a rule that names a day
_NTH_WEEKDAY = re.compile(r"(?:the\s{1,3})?(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th)\s{1,3}"
                          r"(?P<wd>[a-z]+day)\s{1,3}(?:of|in)\s{1,3}[a-z]+\.?$", re.IGNORECASE)


def rules_of_told_dates(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """A rule that names a day ("the third Saturday in March") in apposition to a date is that date's
    day ("the state election on 21 March 2026, the third Saturday in March"), and where the date
    prints no year, the rule picks the year in which both name one day ("the vote is on Oct. 5, the
    first Monday in October" in a November 2025 story: 5 October 2026), as a weekday does
    (weekdays_of_told_dates)."""
    text = doc_text(doc)
    out = list(found)
    for k in range(1, len(out)):
        prev, f = out[k - 1], out[k]
        m = _NTH_WEEKDAY.fullmatch(text, f.start, f.end)
        if m is None or text[prev.end:f.start].strip() != "," or not _one_day(prev.value) \
                or f.value.granularity != "day":
            continue
        weekday, word = WEEKDAYS.get(m["wd"].lower()), m["n"].lower()
        n = int(word[0]) if word[0].isdigit() else ORDINALS[word]
        told = dt.date.fromisoformat(prev.value.start)
        printed = _PRINTED_YEAR.search(text[prev.start:prev.end]) is not None
        years = [told.year] if printed or pub is None else [told.year, told.year + 1, told.year - 1]
        for year in years:
            try:
                day = told.replace(year=year)
            except ValueError:  # 29 February
                continue
            rule = nth_weekday(n, weekday, 0, day.month, year, None) if weekday is not None else None
            if rule is not None and rule.start == day:
                if year != told.year:
                    out[k - 1] = placed(prev, day, day)
                out[k] = placed(f, day, day)
                break
    return out


_THIS_YEAR_AFTER = re.compile(r"\s{1,3}(?:this|next)\s{1,3}year\b", re.IGNORECASE)


_PRINTED_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b")  # a date that prints its year keeps it


def days_told_again(doc: Doc, found: list[Found]) -> list[Found]:
    """A date in apposition to a day told just before it, the same day of the same month ("on
    Friday week, 4 December", "next Friday, March 3"): that day, whatever year the clause's tense would
    give the date on its own ("was bailed to appear on Friday week, 4 December")."""
    text = doc_text(doc)
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        v = f.value
        if prev is not None and _one_day(v) and _one_day(prev.value) \
                and v.start[4:] == prev.value.start[4:] and v.start != prev.value.start \
                and text[prev.end:f.start].strip() == "," and not _PRINTED_YEAR.search(text[f.start:f.end]):
            f = placed(f, dt.date.fromisoformat(prev.value.start), dt.date.fromisoformat(prev.value.end))
        out.append(f)
    return out


# a season or school year told as a split year: "the 2023-24 school year", "the 2025/26 season"
_SPLIT_SEASON = re.compile(r"\b(?P<y>(?:19|20)\d\d)\s?[-/–]\s?(?P<y2>\d\d)(?:\s{1,3}[A-Z][\w'-]{0,20}){0,3}"
                           r"\s{1,3}(?:school|academic|season\b|term\b)", re.IGNORECASE)


def days_of_a_told_season(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """A story that tells one season or school year ("the 2023-24 school year", "the 2025/26 season")
    dates its dateless days in it: "the spring term runs from Jan. 4" in a July 2023 story of the
    2023-24 school year is January 2024, where the published year would put it half a year back. A
    day is moved a year on only when the tense left it before the season's July and a year on puts
    it inside (July to August of the next year), never one told in the past ("the council approved
    the calendar on May 27" stays that May), and only in a story published from the June before the
    season on: earlier, its dateless days are of the season under way."""
    if pub is None:
        return found
    text = doc_text(doc)
    seasons = {int(m["y"]) for m in _SPLIT_SEASON.finditer(text) if int(m["y2"]) == (int(m["y"]) + 1) % 100}
    if len(seasons) != 1:
        return found
    first = seasons.pop()
    opens, closes = dt.date(first, 7, 1), dt.date(first + 1, 8, 31)
    if not add_months(opens, -1) <= pub <= closes:
        return found  # a story of March 2014 naming "the 2014-15 school year" ahead: its May is this May
    out: list[Found] = []
    for f in found:
        v = f.value
        said = text[f.start:f.end]
        if isinstance(v, DateValue) and v.granularity in ("day", "week", "month") and v.anchored and v.start and v.end \
                and not v.relative and not _YEAR_TOLD.search(said) and not _told_in_the_past(doc, f):
            start, end = dt.date.fromisoformat(v.start), dt.date.fromisoformat(v.end)
            if end < opens and opens <= add_months(start, 12) and add_months(end, 12) <= closes:
                f = _placed(f, add_months(start, 12), add_months(end, 12), rule="date.in_a_told_season",
                            granularity=v.granularity)
        out.append(f)
    return out


def days_in_a_told_year(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """'Last year Diwali fell on Oct. 30', 'In 2019, sales peaked in March', 'in 2010, when Christmas
    fell on a Saturday', 'Next year, the festival opens on March 3', 'Five years ago, on May 2, ...':
    a day or month told without its year, under a past verb or in a year still ahead, in a sentence or
    a joined clause ("..., while in 2023 it came on June 8") that opens on a year (not one glued to a
    word that makes it a thing's: "The 1998-built ship"), hangs the clause on a year or on the day's
    own month and year by 'when' ('the floods of May 2024, when the river rose on May 9') or sets the
    day beside it ('in 2031, on March 16'), is in that year (TIDES: the temporal focus), not in the one
    the published date and the tense would give it; not the day of a saying ('the minister said on
    Feb. 3')."""
    out: list[Found] = []
    text = doc_text(doc)
    for f in found:
        v = f.value
        said = text[f.start:f.end]
        if v.granularity in ("day", "month") and v.anchored and v.start and not _YEAR_TOLD.search(said):
            p = _last_in_sentence(doc, f, out, lambda p, w: w.granularity == "year" and p.rule in YEAR_RULES
                                  and not _OF_A_THING.match(text, p.end) or _its_month(w, v))
            # under a past verb; or, whatever the verb, in a year still ahead ("Next year's carnival will be
            # longer, with Rose Monday on Feb. 27")
            year_told = int(p.value.start[:4]) if p is not None else None  # type: ignore[index, union-attr]
            ahead = year_told is not None and pub is not None and year_told > pub.year
            if p is not None and (ahead or _told_in_the_past(doc, f)) and not _said_on(doc, f) \
                    and (_opens_its_sentence(doc, p) or _OPENS_A_CLAUSE.search(text, max(0, p.start - 16), p.start)
                         or _WHEN.match(text[p.end:f.start])
                         or _APPOSED.fullmatch(text[p.end:f.start])):
                year = p.value.start[:4]  # type: ignore[index, union-attr]
                r = dates_phrases.read(f"{normalize(said)} {year}", pub) if year != v.start[:4] else None
                if r is not None and r.start is not None and r.end is not None:
                    f = dataclasses.replace(f, value=v.model_copy(update={
                        "start": r.start.isoformat(), "end": r.end.isoformat()}), rule="date.in_a_told_year")
        out.append(f)
    return out


def _its_month(told: DateValue, v: DateValue) -> bool:
    """`told` is the month, with its year, that holds the day `v` ("the heatwave of June 2024, when
    it hit 51C on June 17")."""
    return told.granularity == "month" and v.granularity == "day" \
        and told.start[5:7] == v.start[-5:-3]  # type: ignore[index]


def _said_on(doc: Doc, f: Found) -> bool:
    """The first verb the claim hangs from is one of saying ('the minister said on Feb. 3'): the
    day of the saying, not of what is said."""
    verb = _first_verb(doc, f)
    return verb is not None and verb.lemma_.lower() in SAYING_VERBS


def _told_in_the_past(doc: Doc, f: Found) -> bool:
    """The first verb the claim hangs from is in the past tense ('Diwali fell on Oct. 30', 'a new
    vote was held on Oct. 26'); where the parser hangs it from no verb ('a typhoon closed offices
    ... on Oct. 2' parsed as a noun phrase), the sentence has a past verb and no helper of the
    future."""
    verb = _first_verb(doc, f)
    if verb is None:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        sent = span.sent if span is not None and doc.has_annotation("SENT_START") else None
        return sent is not None and any(t.tag_ == "VBD" for t in sent) \
            and not any(t.tag_ == "MD" or t.lower_ in ("will", "shall") for t in sent)
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _first_verb(doc: Doc, f: Found) -> Token | None:
    """The first verb (or helper) the claim's first word hangs from."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    return verb_above(span[0]) if span is not None else None


def _opens_its_sentence(doc: Doc, f: Found) -> bool:
    """The claim is the sentence's first words, after a preposition at most ('Last year ...', 'In 2019, ...')."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return False
    return span.start - span.sent.start <= 1


def joined_with_the_same_period(doc: Doc, found: list[Found]) -> list[Found]:
    """'in October of that year', 'on Jan. 11 and 12 that year': the month or days in the year the
    paragraph last named before them (not the year the published date would give them); 'the same
    month last year', 'the same day in 2019': the focus's month or day in the year named after it.
    Other 'that year', 'the same day' are left to `counted_from_the_focus`."""
    out: list[Found] = []
    text = doc_text(doc)
    for f in found:
        prev = out[-1] if out else None
        if prev is None or not _SAME_PERIOD_JOIN.fullmatch(text[prev.end:f.start]):
            out.append(f)
        elif f.rule == SAME_PERIOD and f.value.relative == "+0 year from the event" \
                and prev.value.granularity in ("month", "day", "week", "season") \
                and not _YEAR_TOLD.search(text[prev.start:prev.end]):
            base = _focus_year(text, prev, out[:-1])
            if base is not None:
                out[-1] = _in_year(prev, base.year, end=f.end)
        elif prev.rule == SAME_PERIOD and prev.value.relative in _SAME_FROM_EVENT \
                and f.value.anchored and f.value.granularity == "year" and f.value.start:
            base = _focus(text, prev, out[:-1])
            unit = prev.value.granularity
            if base is None:
                out[-1] = f
            else:
                day = base.replace(year=int(f.value.start[:4])) if (base.month, base.day) != (2, 29) \
                    else dt.date(int(f.value.start[:4]), 2, 28)
                out[-1] = dataclasses.replace(_placed(prev, *_whole(unit, day), rule="date.same_period_in_year"),
                                              end=f.end)
        else:
            out.append(f)
    return out


_POSSESSIVE = re.compile(r"(?:'s|\u2019s)\s{1,3}")


def feasts_of_a_named_year(doc: Doc, found: list[Found]) -> list[Found]:
    """'Last year's Diwali', "2019's Thanksgiving", "next year's Easter": one day, the feast of the
    year the possessive names (TimeML: one expression), not a year beside a feast. The feast was
    already placed in that year (`days_in_a_told_year`); one that was not keeps both claims."""
    text = doc_text(doc)
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        v, pv = f.value, prev.value if prev is not None else None
        if prev is not None and isinstance(v, DateValue) and isinstance(pv, DateValue) \
                and pv.granularity == "year" and v.granularity == "day" and v.start and pv.start \
                and v.start[:4] == pv.start[:4] and _POSSESSIVE.fullmatch(text, prev.end, f.start):
            out[-1] = dataclasses.replace(f, start=prev.start)
        else:
            out.append(f)
    return out


def _in_year(f: Found, year: int, end: int) -> Found:
    """A month or days claim moved to `year`, its text stretched to `end` ('October of that year')."""
    v = f.value
    assert isinstance(v, DateValue) and v.start and v.end
    shift = year - int(v.start[:4])
    value = v.model_copy(update={"start": f"{year}{v.start[4:]}", "end": f"{int(v.end[:4]) + shift}{v.end[4:]}",
                                 "anchored": True, "year_known": True})
    return dataclasses.replace(f, end=end, value=value, rule="date.in_the_focus_year")


def periods_of_a_named_year(doc: Doc, found: list[Found]) -> list[Found]:
    """A part of a year told without its number takes the year its sentence names: 'the April-June
    period of 2015' (one date, the year after it), 'prices will average $2,400 in 2024, with a
    recovery in the second half' (the second half of 2024), as TIDES takes the temporal focus."""
    out: list[Found] = []
    skip = -1
    whole = doc_text(doc)
    for n, f in enumerate(found):
        if n == skip:
            continue
        v = f.value
        assert isinstance(v, DateValue)
        text = whole[f.start:f.end].casefold()
        if not (v.anchored and v.start and v.end and v.granularity in ("month", "quarter")) \
                or any(ch.isdigit() for ch in text) or "year" in text:  # "the third quarter of this year" says which
            out.append(f)
            continue
        after = found[n + 1] if n + 1 < len(found) else None
        year = None
        if after is not None and after.rule == "date.year" and _PERIOD_OF.fullmatch(whole[f.end:after.start]):
            year, end, skip = int(after.value.start[:4]), after.end, n + 1  # type: ignore[union-attr]
        elif f.rule == "date.quarter":
            named = _year_before_in_sentence(doc, f, out)
            year, end = named, f.end
        if year is not None and v.start[:4] == v.end[:4]:
            value = v.model_copy(update={"start": f"{year}{v.start[4:]}", "end": f"{year}{v.end[4:]}"})
            f = dataclasses.replace(f, end=end, value=value)
        out.append(f)
    return out


def _year_before_in_sentence(doc: Doc, f: Found, earlier: list[Found]) -> int | None:
    p = _last_in_sentence(doc, f, earlier, lambda p, v: p.rule == "date.year" and v.granularity == "year"
                          and not _in_a_relative_clause_apart(doc, p, f))
    return int(p.value.start[:4]) if p is not None else None  # type: ignore[union-attr, index]


def _in_a_relative_clause_apart(doc: Doc, year: Found, f: Found) -> bool:
    """The year is told in a relative clause the period is not in: "Lakeland, which sold 410,000
    pickups in 2024, said the recall would cost $60 million in the fourth quarter" names no year
    for the quarter."""
    a = doc.char_span(year.start, year.end, alignment_mode="expand")
    b = doc.char_span(f.start, f.end, alignment_mode="expand")
    if a is None or b is None:
        return False
    above_b = {t.i for t in b.root.ancestors} | {b.root.i}
    return any(t.dep_ == "relcl" and t.i not in above_b for t in [a.root, *a.root.ancestors])


def _last_in_sentence(doc: Doc, f: Found, earlier: list[Found],
                      accept: Callable[[Found, DateValue], bool]) -> Found | None:
    """The last claim before `f` in its sentence, placed on the calendar, that `accept` takes."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    sent_start = span.sent.start_char if span is not None and doc.has_annotation("SENT_START") else 0
    for p in reversed(earlier):
        v = p.value
        if sent_start <= p.start < f.start and isinstance(v, DateValue) and v.anchored and v.year_known and v.start \
                and accept(p, v):
            return p
    return None


def shifted_from_the_focus(doc: Doc, found: list[Found]) -> list[Found]:
    """'opens a base on June 1 and launches flights the following week', 'collapsed in February 2022
    and filed for bankruptcy the following month': 'the following/previous week, month, year' after
    a date named in the paragraph is counted from that date (TIDES: the temporal focus), not from
    the published one ('next week', 'last month' still are). 'Freed on Friday, Feb. 28, and
    charged the following Monday': the first Monday after that day, when the focus is told in days;
    'opened on 6 September 1976 and reported the following March': the first March after it."""
    out: list[Found] = []
    text = doc_text(doc)
    for f in found:
        m = _ANAPHORIC.fullmatch(text[f.start:f.end].casefold())
        if m:
            step, unit = (1 if m["dir"] == "following" else -1), m["unit"]
            base = _focus_day(text, f, out, step > 0) if m["wd"] else _focus(text, f, out)
            if base is not None and m["season"]:
                f = _placed(f, *_season_beside(base, SEASON_START[m["season"]], step), rule="date.shifted_from_focus")
            elif base is not None and m["mon"]:
                first = _month_beside(base, MONTH_NAMES.index(m["mon"]) + 1, step)
                f = _placed(f, first, add_months(first, 1) - DAY, rule="date.shifted_from_focus")
            elif base is not None and m["wd"]:
                ahead = (WEEKDAYS[m["wd"]] - base.weekday()) * step % 7 or 7  # days to it, never 0
                day = base + step * ahead * DAY
                f = _placed(f, day, day, rule="date.shifted_from_focus")
            elif base is not None:
                months = step * (1 if unit == "month" else 12)
                day = base + 7 * step * DAY if unit == "week" else add_months(base, months)
                f = _placed(f, *_whole(unit, day), rule="date.shifted_from_focus")
        out.append(f)
    return out


def _month_beside(base: dt.date, month: int, step: int) -> dt.date:
    """The first day of the first such month after `base`'s month, or with step -1 of the last before
    it: "the following March" after September 1976 is March 1977, "the previous May" before it May 1976."""
    year = base.year + (1 if step > 0 and month <= base.month else -1 if step < 0 and month >= base.month else 0)
    return dt.date(year, month, 1)


def _season_beside(base: dt.date, first_month: int, step: int) -> tuple[dt.date, dt.date]:
    """The first season (meteorological, three months from `first_month`) that starts after `base`, or
    with step -1 the last that ends before it: spring after October 1915 is March-May 1916."""
    start = dt.date(base.year, first_month, 1)
    if step > 0:
        start = start if start > base else dt.date(base.year + 1, first_month, 1)
    elif add_months(start, 3) - DAY >= base:
        start = dt.date(base.year - 1, first_month, 1)
    return start, add_months(start, 3) - DAY


def counted_from_the_focus(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """'A year earlier', 'two years later', 'six months earlier' with no period in their sentence:
    counted from the time the text last named in the same paragraph (TIDES: the temporal focus),
    else, for 'earlier', from the published date, and read as that year (or month). Days ('the
    next day', 'three days later', 'the day before') only from a focus that is itself one day:
    'arrested on March 3 and charged the next day'; after 'in 2019' they say no day. 'That year',
    'the same month' are the focus itself, and no date without one."""
    out: list[Found] = []
    text = doc_text(doc)
    for f in found:
        v = f.value
        assert isinstance(v, DateValue)
        m = _FROM_EVENT.fullmatch(v.relative or "") if not v.anchored else None
        if m and m["unit"] in ("day", "week"):  # "a week later" says nothing after "in 2019"
            before = [p for p in out if not _subject_it_dates(doc, p, f)]
            base = _focus_day(text, f, before, forward=not m["n"].startswith("-"))
        elif m and m["unit"] == "year" and int(m["n"]) == 0:
            base = _focus_year(text, f, out)  # "that year": one the text told, not a month it left to the published year
        else:
            base = (_focus(text, f, out) or (pub if m["n"].startswith("-") else None)) if m else None
        if m and int(m["n"]) == 0 and (base is None or text[f.end:f.end + 4] == " of "):
            continue  # "that year", "the same day" with no time named before them, "the same week of Ramadan
            # last year" (a part of what follows): no date
        if m and base is not None:
            unit = m["unit"]
            n = int(m["n"])
            if unit in ("day", "week"):
                day = base + n * (7 if unit == "week" else 1) * DAY
                unit = "day" if n else unit  # "a week later" from a day is the day a week on, as news
                # annotators read it ("that week" is the week)
            else:
                day = add_months(base, n * (12 if unit == "year" else 1))
            f = _placed(f, *_whole(unit, day), rule="date.counted_from_focus", granularity=unit)
        out.append(f)
    return out


# what joins a counted day to the day told beside it: "ten days later, on Friday, March 13", "a week
# later, the day before Easter"
_TOLD_BESIDE = re.compile(r"\s{0,3},\s{0,3}(?:on\s{1,3})?")


def counted_days_told_beside(doc: Doc, found: list[Found]) -> list[Found]:
    """'Ten days later, on Friday, March 13', 'a week later, the day before Easter': a count of days
    or weeks from the narrated event with the day itself told beside it is that day. The told day
    wins over the count, whose event may not be the date the paragraph last named."""
    text = doc_text(doc)
    out = list(found)
    for k in range(len(out) - 1):
        f, g = out[k], out[k + 1]
        told = g.value
        m = _FROM_EVENT.fullmatch(f.value.relative or "")
        if m is None or m["unit"] not in ("day", "week") or int(m["n"]) == 0 \
                or not _one_day(told) or not told.start[:4].isdigit() \
                or not _TOLD_BESIDE.fullmatch(text, f.end, g.start):
            continue
        day = dt.date.fromisoformat(told.start)
        out[k] = _placed(f, day, day, rule="date.counted_to_a_told_day", granularity="day")
    return out


def _whole(unit: str, day: dt.date) -> tuple[dt.date, dt.date]:
    """The day itself, or the week (Monday to Sunday), month or year that holds `day`."""
    if unit == "day":
        return day, day
    if unit == "week":
        start = day - day.weekday() * DAY
        return start, start + 6 * DAY
    if unit == "month":
        start = day.replace(day=1)
        return start, add_months(start, 1) - DAY
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def _placed(f: Found, start: dt.date, end: dt.date, rule: str, confidence: float = 0.7,
            granularity: str | None = None) -> Found:
    """The claim placed on the calendar from start to end by `rule`, with a reading's confidence."""
    return placed(f, start, end, granularity, rule=rule, confidence=confidence)


def _focus(text: str, f: Found, earlier: list[Found]) -> dt.date | None:
    """The start of the last date placed on the calendar before `f` in its paragraph (of `text`, the Doc's)."""
    last = _last_placed(text, f, earlier)
    return dt.date.fromisoformat(last.start) if last is not None else None  # type: ignore[arg-type]


def _focus_year(text: str, f: Found, earlier: list[Found]) -> dt.date | None:
    """The start of the last date before `f` in its paragraph whose year the text tells ("in 2005", "the
    winter of 2005", "a year earlier"), skipping days and months whose year was the published one's."""
    for p in reversed(earlier):
        v = p.value
        if p.end > f.start or "\n\n" in text[p.end:f.start] or f.start - p.end > FOCUS_CHARS:
            break
        told = v.granularity == "year" or _YEAR_TOLD.search(text[p.start:p.end]) or p.rule in FOCUS_YEAR_RULES
        if isinstance(v, DateValue) and v.anchored and v.year_known and v.start and told:
            return dt.date.fromisoformat(v.start)
    return None


def _subject_it_dates(doc: Doc, subject: Found, f: Found) -> bool:
    """The date is the subject of the verb the count hangs from: "Canada Day follows a week later" is
    Canada Day placed a week after the focus, never counted from itself."""
    a = doc.char_span(subject.start, subject.end, alignment_mode="expand")
    b = doc.char_span(f.start, f.end, alignment_mode="expand")
    if a is None or b is None:
        return False
    verb = b.root.head
    return a.root.dep_ in ("nsubj", "nsubjpass") and a.root.head == verb and b.root != verb


def _focus_day(text: str, f: Found, earlier: list[Found], forward: bool) -> dt.date | None:
    """The day counted from when the last date placed before `f` in its paragraph is told in days:
    its last day counting forward ("from Aug. 28 to Sept. 8, ... from the following day"), its first
    counting back; None after a month or a year, which say no day."""
    last = _last_placed(text, f, earlier)
    if last is None or last.granularity != "day":
        return None
    return dt.date.fromisoformat(last.end if forward else last.start)  # type: ignore[arg-type]


def _last_placed(text: str, f: Found, earlier: list[Found]) -> DateValue | None:
    for p in reversed(earlier):
        v = p.value
        if p.end > f.start or "\n\n" in text[p.end:f.start] or f.start - p.end > FOCUS_CHARS:
            break
        if isinstance(v, DateValue) and v.anchored and v.year_known and v.start and v.end:
            return v
    return None


def year_ago_periods(doc: Doc, found: list[Found]) -> list[Found]:
    """Earnings copy: 'third-quarter profit rose to $5 billion from $4 billion a year ago' compares
    quarters, so 'a year ago' (or 'a year earlier', 'the year-ago quarter') is the quarter a year
    before the one the sentence names (or the month: 'In September, prices rose 2.9% from a year
    earlier'), and 'the previous quarter' the one before it, as TimeML annotators resolve them;
    without such a period in the sentence, 'a year earlier' after a figure and 'the previous quarter'
    anywhere count from the quarter the story leads with, and the others keep their plain reading."""
    out: list[Found] = []
    text = doc_text(doc)
    for f in found:
        v = f.value
        assert isinstance(v, DateValue)
        back = 12 if _year_ago(doc, text, f) else 3 if _quarter_ago(text, f) else 0
        # a month too for "a year ago/earlier", not for "last year" ("took office in July, said inflation
        # reached 6.4% last year" is the calendar year)
        months = back == 12 and f.rule in YEAR_AGO_RULES
        period = _period_before(doc, f, out, ("quarter", "month") if months else ("quarter",)) if back else None
        if period is not None and period.granularity == "month" and not _compared_with_a_year_ago(doc, f):
            period = None  # "approved it in November 2024, and last sold bonds a year ago": the act's time
        if period is None and months:  # "the 12 months to February": a year's run of months, not a calendar year
            period = _period_before(doc, f, out, ("year",))
            if period is not None and (period.start or "").endswith("-01-01"):
                period = None  # a calendar year: "a year earlier" keeps its plain reading, the year before
        if period is None and months and _after_a_figure(doc, f) and not _dated_sentence(doc, f, out):
            period = _reported_period(f, out)  # "up from $1.2bn a year earlier" below the lead's quarter
        if period is None and back == 3:
            period = _reported_period(f, out)  # "revenue grew 2.1% over the previous quarter": before the lead's
        if period is not None and period.start and period.end:
            first, last = dt.date.fromisoformat(period.start), dt.date.fromisoformat(period.end)
            if period.granularity == "month":  # the whole months: "the end of September", "January-November"
                start = add_months(first.replace(day=1), -back)
                end = add_months(last.replace(day=1), 1 - back) - DAY
            else:  # the period's own length: a quarter, or "the six months to June 30"
                start = add_months(first, -back)
                end = add_months(last + DAY, -back) - DAY
            f = _placed(f, start, end, rule="date.year_ago_period", confidence=0.8, granularity=period.granularity)
        out.append(f)
    return out


def _dated_sentence(doc: Doc, f: Found, earlier: list[Found]) -> bool:
    """The sentence dates its own figure by a week or a month before `f` ("Stocks in the first week of
    August stood at 2.1 million tonnes, against 1.8 million a year earlier"): that is what it compares
    with, not the lead's quarter (a day is when it was told: "reported on Thursday that profit rose")."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    start = span.sent.start_char if doc.has_annotation("SENT_START") else 0
    return any(start <= p.start and p.end <= f.start and getattr(p.value, "granularity", None) in ("week", "month")
               for p in earlier)


def _after_a_figure(doc: Doc, f: Found) -> bool:
    """'up from $1.20 billion a year earlier', 'from 3.1% a year earlier': a figure set against its
    year-ago value, right before the words."""
    return any(t.like_num or t.is_currency or t.text == "%" for t in _tokens_before(doc, f, 3))


def _tokens_before(doc: Doc, f: Found, n: int) -> Span | list:
    """The n tokens before the claim's own."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    return doc[max(0, span.start - n):span.start] if span is not None else []


def _compared_with_a_year_ago(doc: Doc, f: Found) -> bool:
    """'rose 2.9% from a year earlier', 'up on a year ago', '$4 billion a year ago', 'from the same
    period a year earlier': a point of comparison, which a month the sentence reports sets; not the
    time of an act ('last sold bonds a year ago')."""
    return _after_a_figure(doc, f) \
        or any(t.lower_ in COMPARED_WITH or t.lower_ == "on" for t in _tokens_before(doc, f, 4))


def _reported_period(f: Found, earlier: list[Found]) -> DateValue | None:
    """The first quarter or half ('its fiscal second quarter', 'the half-year ended 31 December': a
    half is read at a quarter's granularity) placed within FOCUS_CHARS before `f`, paragraphs apart
    or not: the period results copy leads with, which its later figures' 'a year earlier' compares
    with (a later one is often a forecast's: 'warned that the second half would be tougher')."""
    for p in earlier:
        v = p.value
        if p.end > f.start:
            break
        if f.start - p.end <= FOCUS_CHARS and isinstance(v, DateValue) and v.anchored and v.year_known \
                and v.start and v.end and v.granularity == "quarter" and p.rule in _REPORTED_PERIOD_RULES:
            return v
    return None


_REPORTED_PERIOD_RULES = frozenset({"date.period_ended", "date.quarter", "date.fiscal_period", "date.month_quarter"})


def _year_ago(doc: Doc, text: str, f: Found) -> bool:
    """'a year ago', 'a year earlier', 'the year-ago quarter'; 'last year' only right after the
    figure it dates ('from $4 billion last year'), where it stands for the year-ago period."""
    v = f.value
    assert isinstance(v, DateValue)
    if f.rule in YEAR_AGO_RULES:
        return (v.relative or "").startswith("-1 year")
    if f.rule != "date.period_shift" or v.relative != "-1 year" or text[f.start:f.end].lower() != "last year":
        return False
    return _after_a_figure(doc, f)


def _quarter_ago(text: str, f: Found) -> bool:
    """'the previous quarter', 'the prior quarter', 'the preceding quarter' (not 'last quarter', which
    counts from the published date)."""
    v = f.value
    assert isinstance(v, DateValue)
    said = text[f.start:f.end].lower()
    return v.relative == "-1 quarter" and any(w in said for w in ("previous", "prior", "preceding"))


def _period_before(doc: Doc, f: Found, earlier: list[Found], granularities: tuple[str, ...]) -> DateValue | None:
    """The last quarter (or month: 'In September, prices rose 2.9% from a year earlier') placed on the
    calendar before `f` in its sentence, unless that period is itself a point of comparison ('orders
    trailed the fourth quarter's level but topped a year ago')."""
    p = _last_in_sentence(doc, f, earlier, lambda p, v: v.granularity in granularities
                          and p.rule != "date.year_ago_period")  # not one counted back itself
    return None if p is None or _compared(doc, p) else p.value  # type: ignore[return-value]


def _compared(doc: Doc, f: Found) -> bool:
    """'trailed the fourth quarter's', 'than in the third quarter', 'from the second quarter': a period
    the figure is set against, not the one it reports."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "in", "of"):
        i -= 1
    return after == "'s" or i >= 0 and doc[i].lower_ in COMPARED_WITH
