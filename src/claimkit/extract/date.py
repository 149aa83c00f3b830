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

from claimkit.extract import dates_phrases
from claimkit.extract.base import Context, Found, ruler_matches
from claimkit.extract.dates_calendar import DAY, Reading, add_months
from claimkit.extract.dates_words import MONTHS, normalize
from claimkit.models import DateValue

if TYPE_CHECKING:
    from spacy.tokens import Doc

KIND: Final = "date"
NAME: Final = "date.rules"

# words that may sit inside a run without being dates themselves ("4 to 22 January", "15 April of 87")
CONNECTORS = frozenset({",", ".", "-", "\u2013", "/", "of", "the", "in", "to", "until", "till", "through",
                        "thru", "and", "between", "from", "on", "by", "since", "before", "after", "a", "an",
                        "within", "during", "'s", "my", "ended", "ending"})
# words a candidate may start with although they are no date ("by 2026", "between May 1 and 5")
LEADS = frozenset({"between", "from", "by", "since", "before", "after", "in", "on", "the", "a", "an",
                   "within", "during", "until", "till"})
# leading words left out of the claim's text ("on April 21" -> "April 21")
TRIM = frozenset({"on", "at", "during", "of", "in", "for", "from"})
# a bare number is a year or a month/day only after one of these ("in 2016", "on 4/21"; not "1/2 cup")
NUMBER_LEADS = frozenset({"in", "on", "by", "since", "from", "until", "till", "of", "during", "before",
                          "after", "through", "to", "between", "and", "year", "dated", "early", "late",
                          "mid", "around", "spring", "summer", "autumn", "fall", "winter", "end", "("})
BARE_NUMBER_RULES = frozenset({"year", "month_day_numeric"})
# a bare weekday abbreviation ("Wed", "Fri") is too often something else
WEEKDAY_ABBREVIATIONS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"})
MAX_RUN = 15
# capitalised words that make a weekday after them the name of a day ("Super Tuesday", "Cyber Monday")
NAMED_DAY_WORDS = frozenset({"Super", "Bloody", "Black", "Blue", "Cyber", "Giving", "Manic", "Holy", "Spy"})
MONTH_LEADS = frozenset({"in", "since", "until", "till", "by", "of", "during", "early", "late", "mid", "last",
                         "next", "this", "from", "before", "after", "through"})
NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"})
# words before a bare year that make it a modifier of the noun after it ("its 2003 invasion", "a 1951 treaty")
YEAR_MODIFIER_LEADS = frozenset({"a", "an", "the", "this", "that"})
# nouns a bare figure counts or measures in front of them, even after an article
MEASURE_NOUNS = frozenset({"block", "mile", "kilometre", "kilometer", "km", "metre", "meter", "foot", "feet", "yard",
                           "word", "page", "point", "pound", "ton", "tonne", "acre", "hectare", "gallon", "litre",
                           "liter", "barrel", "hour", "minute", "second", "day", "week", "month", "year", "calorie",
                           "horsepower", "unit", "seat", "bed", "room", "pixel", "volt", "watt", "degree"})
# words before "the 15th" that make it a day of the month
DAY_LEADS = frozenset({"on", "by", "until", "till", "before", "after", "since", "from", "through"})
RANK_VERBS = frozenset({"finish", "place", "rank", "seed", "qualify"})
SEASON_LEADS = frozenset({"in", "during", "over", "by", "until", "since", "through", "this", "last", "next"})
FUTURE_WORDS = frozenset({"will", "'ll", "shall", "upcoming", "scheduled", "plans", "planned"})
PAST_HELPERS = frozenset({"was", "were", "had", "did", "has", "have"})
# "a year earlier" counted from a date no further back than this in its paragraph
FOCUS_CHARS = 600
_FROM_EVENT = re.compile(r"(?P<n>[+-]\d+) (?P<unit>year|month) from the event")
# scale words inside a baseline figure ("down from $3.2 billion in March")
BASELINE_SCALES = frozenset({"million", "billion", "trillion", "thousand", "percent", "per", "cent", "points", "bn", "m"})
# a noun so modified lies ahead ("its next meeting on March 19"); verbs of saying end a reported clause
AHEAD_WORDS = frozenset({"next", "upcoming", "coming", "forthcoming"})
MODALS = frozenset({"could", "may", "might", "should", "must", "can"})
SAYING_VERBS = frozenset({"say", "tell", "announce", "report", "confirm", "state", "warn", "add", "note", "write"})
# a date after these may lie ahead of a past verb ("was jailed until", "had to pay by")
OPEN_ENDED_LEADS = frozenset({"until", "till", "through", "by", "before", "to", "from"})
YEAR_SLACK = dt.timedelta(days=3)
# in the present, a borrowed year half a year behind the published date moves ahead (TIDES: the nearest)
HALF_YEAR = dt.timedelta(days=183)
# readings of "a year ago", "a year earlier", "the year-ago quarter" that a quarter in the sentence anchors
YEAR_AGO_RULES = frozenset({"date.offset", "date.year_ago_period"})
COMPARED_WITH = frozenset({"than", "below", "above", "from", "against", "with", "over", "versus", "vs", "vs."})
# "in 10 years" after these is a span of time, not a date ("the first time in 10 years")
SPAN_BEFORE_IN = frozenset({"time", "first", "once", "decade", "years", "months", "weeks", "days"})


class _Ents(NamedTuple):
    """Token indices inside the model's DATE entities and inside names (read once per doc)."""

    dates: frozenset[int]
    names: frozenset[int]


def find(doc: Doc, ctx: Context) -> Iterable[Found]:
    """Date claims in a parsed document: 'on April 21' -> April 21 of the published year."""
    ents = _Ents(
        frozenset(k for e in doc.ents if e.label_ == "DATE" for k in range(e.start, e.end)),
        frozenset(k for e in doc.ents if e.label_ in NAME_LABELS for k in range(e.start, e.end)),
    )
    atoms = _atom_tokens(doc) | ents.dates
    found = [f for run_start, run_end in _runs(doc, atoms)
             for f in _read_run(doc, run_start, run_end, ctx.published, ents)]
    return _counted_from_the_focus(doc, _year_ago_periods(doc, found), ctx.published)


def _counted_from_the_focus(doc: Doc, found: list[Found], pub: dt.date | None) -> list[Found]:
    """'A year earlier', 'two years later', 'six months earlier' with no period in their sentence:
    counted from the time the text last named in the same paragraph (TIDES: the temporal focus),
    else, for 'earlier', from the published date, and read as that year (or month)."""
    out: list[Found] = []
    for f in found:
        v = f.value
        assert isinstance(v, DateValue)
        m = _FROM_EVENT.fullmatch(v.relative or "") if not v.anchored else None
        base = (_focus(doc, f, out) or (pub if m["n"].startswith("-") else None)) if m else None
        if m and base is not None:
            unit = m["unit"]
            day = add_months(base, int(m["n"]) * (12 if unit == "year" else 1))
            if unit == "year":
                start, end = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
            else:
                start = day.replace(day=1)
                end = add_months(start, 1) - dt.timedelta(days=1)
            value = v.model_copy(update={"start": start.isoformat(), "end": end.isoformat(), "granularity": unit,
                                         "anchored": True, "year_known": True})
            f = dataclasses.replace(f, value=value, rule="date.counted_from_focus", confidence=0.7)
        out.append(f)
    return out


def _focus(doc: Doc, f: Found, earlier: list[Found]) -> dt.date | None:
    """The start of the last date placed on the calendar before `f` in its paragraph."""
    for p in reversed(earlier):
        v = p.value
        if p.end > f.start or "\n\n" in doc.text[p.end:f.start] or f.start - p.end > FOCUS_CHARS:
            break
        if isinstance(v, DateValue) and v.anchored and v.year_known and v.start:
            return dt.date.fromisoformat(v.start)
    return None


def _year_ago_periods(doc: Doc, found: list[Found]) -> list[Found]:
    """Earnings copy: 'third-quarter profit rose to $5 billion from $4 billion a year ago' compares
    quarters, so 'a year ago' (or 'a year earlier', 'the year-ago quarter') is the quarter a year
    before the one the sentence names (or the month: 'In September, prices rose 2.9% from a year
    earlier'), and 'the previous quarter' the one before it, as TimeML annotators resolve them;
    without such a period in the sentence they keep their plain reading."""
    out: list[Found] = []
    for f in found:
        v = f.value
        assert isinstance(v, DateValue)
        back = 12 if _year_ago(doc, f) else 3 if _quarter_ago(doc, f) else 0
        # a month too for "a year ago/earlier", not for "last year" ("took office in July, said inflation
        # reached 6.4% last year" is the calendar year)
        months = back == 12 and f.rule in YEAR_AGO_RULES
        period = _period_before(doc, f, out, ("quarter", "month") if months else ("quarter",)) if back else None
        if period is not None and period.start and period.end:
            start = add_months(dt.date.fromisoformat(period.start), -back)
            end = add_months(start, 1 if period.granularity == "month" else 3) - dt.timedelta(days=1)
            value = v.model_copy(update={"start": start.isoformat(), "end": end.isoformat(),
                                         "granularity": period.granularity, "anchored": True, "year_known": True})
            f = dataclasses.replace(f, value=value, rule="date.year_ago_period", confidence=0.8)
        out.append(f)
    return out


def _year_ago(doc: Doc, f: Found) -> bool:
    """'a year ago', 'a year earlier', 'the year-ago quarter'; 'last year' only right after the
    figure it dates ('from $4 billion last year'), where it stands for the year-ago period."""
    v = f.value
    assert isinstance(v, DateValue)
    if f.rule in YEAR_AGO_RULES:
        return (v.relative or "").startswith("-1 year")
    if f.rule != "date.period_shift" or v.relative != "-1 year" or doc.text[f.start:f.end].lower() != "last year":
        return False
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    before = doc[max(0, span.start - 3):span.start] if span is not None else []
    return any(t.like_num or t.is_currency or t.text == "%" for t in before)


def _quarter_ago(doc: Doc, f: Found) -> bool:
    """'the previous quarter', 'the prior quarter', 'the preceding quarter' (not 'last quarter', which
    counts from the published date)."""
    v = f.value
    assert isinstance(v, DateValue)
    text = doc.text[f.start:f.end].lower()
    return v.relative == "-1 quarter" and any(w in text for w in ("previous", "prior", "preceding"))


def _period_before(doc: Doc, f: Found, earlier: list[Found], granularities: tuple[str, ...]) -> DateValue | None:
    """The last quarter (or month: 'In September, prices rose 2.9% from a year earlier') placed on the
    calendar before `f` in its sentence, unless that period is itself a point of comparison ('orders
    trailed the fourth quarter's level but topped a year ago')."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    sent_start = span.sent.start_char if span is not None and doc.has_annotation("SENT_START") else 0
    for p in reversed(earlier):
        v = p.value
        if sent_start <= p.start < f.start and isinstance(v, DateValue) and v.anchored and v.year_known \
                and v.granularity in granularities and p.rule != "date.year_ago_period":  # counted back itself
            return None if _compared(doc, p) else v
    return None


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
                and not (j > i and _sentence_break(doc, j)):
            if j in atoms:
                last_atom = j
            j += 1
        if last_atom >= 0:
            runs.append((i, last_atom + 1))
            i = last_atom + 1
        else:
            i = j + 1 if j == i else j
    return runs


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
        best: tuple[int, Found] | None = None
        for k in (i, i + 1) if doc[i].lower_ in LEADS and i + 1 < end else (i,):
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


def _candidate(doc: Doc, i: int, j: int, pub: dt.date | None, ents: _Ents) -> Found | None:
    first, last = doc[i], doc[j - 1]
    if last.lower_ in CONNECTORS or (first.lower_ in CONNECTORS and first.lower_ not in LEADS):
        return None
    span = doc[i:j]
    reading = _read(span.text, pub)
    if reading is None or not _plausible(doc, i, j, reading, ents):
        return None
    while i < j - 1 and (doc[i].lower_ in TRIM and reading.rule != "offset_in" or _loose_the(doc, i)):
        i += 1
    span = doc[i:j]
    reading = _by_tense(doc, i, reading, pub)
    return Found(
        start=span.start_char, end=span.end_char, value=to_value(reading),
        rule=f"date.{reading.rule}", qualifier=reading.qualifier,  # type: ignore[arg-type]
        confidence=0.9 if reading.anchored else 0.7,
    )


def _by_tense(doc: Doc, i: int, r: Reading, pub: dt.date | None) -> Reading:
    """A bare 'Monday' is the latest one in past-tense copy, the next one after 'will';
    'the weekend' likewise ('over the weekend, police arrested' in a Monday story). A year taken
    from the published date moves the same way: 'was arrested on Sept. 12' in a May story is last
    September's, 'will vote on March 10' next March's (a few days' slack for late publishing). Under
    a verb in the present, a date more than half a year behind the published one is next
    year's, the nearest, as TIDES resolves a date without a year ('takes effect Jan. 1' in a
    December story). A date more than half a year ahead is not moved back, though TIDES would:
    the peer benchmark reads a present-tense date ahead ('the office is closed on Dec 30 - Jan 2'
    in June is this December's), and so does scheduling copy."""
    if pub is None or r.start is None or r.end is None:
        return r
    if r.rule == "weekday" and "week " in (r.relative or ""):
        return r  # "next Monday", "this Friday" say which week
    tense = _clause_tense(doc, i, infinitive=r.granularity == "day" or _on_a_verb(doc, i)) or _sentence_tense(doc, i)
    if r.rule == "day_of_month":
        if tense == "past" and r.start > pub + YEAR_SLACK:
            return _moved_months(r, -1)
        if tense in ("future", "present") and r.end < pub - YEAR_SLACK:
            return _moved_months(r, 1)  # "rent is due on the 3rd" on the 20th: next month's
        return r
    if r.rule in ("weekday", "weekend"):
        if r.rule == "weekday" and tense == "future" and r.start < pub:
            return _moved(r, days=7)
        if r.rule == "weekday" and tense == "present" and r.start < pub and _finite_present(doc, i) \
                and not _reporting_verb(doc, i):
            return _moved(r, days=7)  # "the Senate votes Tuesday", "reports are due by Friday": the next one
        if r.rule == "weekend" and tense == "past" and r.start > pub:
            return _moved(r, days=-7)
        return r
    if not r.year_from_published:
        return r
    if tense != "future" and _baseline(doc, i):
        tense = "past"  # "approval at 31%, down from 45% in October" said in January: last October
    open_ended = _open_ended(doc, i)
    if tense == "past" and r.start > pub + YEAR_SLACK and not open_ended:
        return _moved(r, years=-1)
    if tense == "future" and r.end < pub - YEAR_SLACK and not _period_of_a_noun(doc, i):
        return _moved(r, years=1)  # "would stay shut until Jan. 4" said on Dec. 30
    if tense == "present" and r.end < pub - HALF_YEAR and _finite_present(doc, i):
        return _moved(r, years=1)  # "the law takes effect Jan. 1" in a late-December story: the nearest one
    return r


def _baseline(doc: Doc, i: int) -> bool:
    """The date of the figure a change is measured from: 'down from 45% in October', 'up from $3.2
    billion in March', 'compared with 7% in May', 'higher than in June': a time already past."""
    j = i - 1
    while j >= 0 and (doc[j].lower_ in ("in", "the", "of", "at", "during") or doc[j].like_num or doc[j].is_currency
                      or doc[j].text == "%" or doc[j].lower_ in BASELINE_SCALES):
        j -= 1
    if j < 0 or j == i - 1 and doc[j].lower_ not in ("than", "from"):
        return False
    word, before = doc[j].lower_, doc[j - 1].lower_ if j > 0 else ""
    return (word == "from" and before in ("up", "down", "rose", "fell", "rising", "falling", "increase", "decrease")) \
        or (word in ("with", "to") and before == "compared") or word == "than"


def _period_of_a_noun(doc: Doc, i: int) -> bool:
    """'will publish second-quarter results on Aug. 4': a period that modifies a noun is the one the
    noun is about (the quarter just ended), not when the verb's future happens."""
    if not doc.has_annotation("DEP"):
        return False
    tok = doc[i]
    while tok.dep_ in ("compound", "nummod", "amod", "det", "punct") and tok.head.i != tok.i and tok.head.pos_ != "NOUN":
        tok = tok.head
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ == "NOUN"


def _on_a_verb(doc: Doc, i: int) -> bool:
    """The date times a verb through a preposition ('is due to travel to Beijing in January'), not a
    noun it modifies ('expects second-quarter earnings to beat forecasts', about the quarter just ended)."""
    if not doc.has_annotation("DEP"):
        return False
    tok = doc[i]
    while tok.dep_ in ("compound", "nummod", "amod", "det") and tok.head.i != tok.i:
        tok = tok.head  # up to the date's own head word
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX")


def _reporting_verb(doc: Doc, i: int) -> bool:
    """'officials say Monday that ...': a verb of saying, whose day is the day it was said."""
    verb = next((v for v in doc[i].ancestors if v.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in SAYING_VERBS


def _finite_present(doc: Doc, i: int) -> bool:
    """The verb the date hangs from is in the present ('takes effect', 'is due', 'opens'), not a bare
    infinitive under a past verb ('was ordered to appear on April 2')."""
    verb = next((v for v in doc[i].ancestors if v.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(h.tag_ == "TO" for h in helpers):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(h.tag_ in ("VBZ", "VBP") for h in helpers)


def _moved_months(r: Reading, months: int) -> Reading:
    """'on the 31st' a month away that has no 31st: no such day, so the reading stays as it is."""
    assert r.start is not None
    day = r.start.day
    moved = add_months(r.start.replace(day=1), months)
    try:
        d = moved.replace(day=day)
    except ValueError:
        return r
    return dataclasses.replace(r, start=d, end=d)


def _moved(r: Reading, days: int = 0, years: int = 0) -> Reading:
    assert r.start is not None and r.end is not None
    if years and r.granularity == "week":  # a week a year on starts on a Monday again
        start = add_months(r.start, 12 * years)
        start -= start.weekday() * DAY
        return dataclasses.replace(r, start=start, end=start + 6 * DAY)
    if years:
        return dataclasses.replace(r, start=add_months(r.start, 12 * years), end=add_months(r.end, 12 * years))
    return dataclasses.replace(r, start=r.start + days * DAY, end=r.end + days * DAY)


def _sentence_tense(doc: Doc, i: int) -> str | None:
    sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    if any(t.lower_ in FUTURE_WORDS for t in sent):
        return "future"
    return "past" if any(t.tag_ in ("VBD", "VBN") for t in sent) else None


def _clause_tense(doc: Doc, i: int, infinitive: bool = True) -> str | None:
    """The tense of the verb the date hangs from ('was arrested on', 'will meet on'); None without one.
    With `infinitive`, a day under 'is set to', 'is due to' lies ahead; a period does not ('expects
    second-quarter earnings to beat forecasts' is about the quarter just ended)."""
    if not doc.has_annotation("DEP"):
        return None
    if _ahead_of_its_noun(doc, i):
        return "future"
    for verb in doc[i].ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if helpers & FUTURE_WORDS or verb.lower_ in FUTURE_WORDS or any(a.lower_ in FUTURE_WORDS for a in verb.ancestors) \
                or _reported_future(verb) or (helpers & MODALS and "have" not in helpers):
            return "future"  # "will meet", "is scheduled for", "could run into March" (not "could have")
        if infinitive and _infinitive_ahead(verb):
            return "future"
        if verb.lemma_ == "be" and verb.tag_ == "VBD" and verb.dep_ == "ccomp" and verb.head.lemma_ in SAYING_VERBS:
            return "present"  # "said bookings for May were near zero": a state told in reported speech, backshifted
        if verb.tag_ == "VBN" and not helpers and verb.dep_ not in ("ROOT", "conj"):
            return "past"  # "a forecast made in December", "launched in November,", "with 412 admitted between"
        if verb.tag_ == "VBD" or helpers & PAST_HELPERS:
            return "past"
        return "present"  # or bare: no correction
    return None


def _reported_future(verb) -> bool:  # noqa: ANN001
    """'said it would close stores in January', 'said they would march on Friday', 'would wait for
    results, expected on Monday': a future told in the past ("would", not "would have") lies ahead of
    the report. Read on the verb, the verbs it is coordinated with or hangs from, up to a verb of saying."""
    v = verb
    for _ in range(4):
        helpers = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(h.lower_ in ("would", "'d") for h in helpers):
            return not any(h.lower_ == "have" for h in helpers)
        if v.lemma_.lower() in SAYING_VERBS or v.head is v or v.dep_ not in ("conj", "xcomp", "acl", "advcl", "relcl"):
            return False
        v = v.head
    return False


def _ahead_of_its_noun(doc: Doc, i: int) -> bool:
    """'its next meeting, on March 19-20', 'the upcoming vote on June 3', 'ahead of the ceremony on
    April 14': the noun the date times is said to lie ahead, whatever tense the sentence reports it in."""
    for tok in doc[i].ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.pos_ == "NOUN" and any(c.lower_ in AHEAD_WORDS and c.dep_ == "amod" for c in tok.children):
            return True
        if tok.pos_ == "NOUN" and tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead":
            return True  # "ahead of the ceremony on April 14"
    return False


def _infinitive_ahead(verb) -> bool:
    """'talks are set to resume Monday', 'he is due to be sentenced on March 10', 'plans to vote
    Tuesday': an infinitive under a verb in the present looks ahead; under a past one ('was ordered
    to appear on April 2') it may lie behind, and stays uncorrected."""
    if not any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children):
        return False
    head = verb.head
    while head.dep_ == "xcomp" and head.head is not head and head.tag_ == "VB":
        head = head.head  # "is expected to try to resume"
    helpers = {c for c in head.children if c.dep_ in ("aux", "auxpass")}
    if head is verb or head.tag_ == "VBD" or any(h.tag_ in ("VBD",) or h.lower_ in PAST_HELPERS for h in helpers):
        return False
    return head.tag_ in ("VBZ", "VBP", "VBN", "JJ", "VBG") or any(h.tag_ in ("VBZ", "VBP") for h in helpers)


def _open_ended(doc: Doc, i: int) -> bool:
    """'jailed until Sept. 12', 'by March 10': a past verb does not put these in the past."""
    if doc[i].lower_ in OPEN_ENDED_LEADS:  # the claim may open with it: "until Sept. 12"
        return True
    j = i - 1
    while j >= 0 and doc[j].lower_ in ("the", "early", "late", "mid", "-"):
        j -= 1
    return j >= 0 and doc[j].lower_ in OPEN_ENDED_LEADS


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
    if r.rule in BARE_NUMBER_RULES and words[0] == "the" and len(words) == 2:
        i, words = i + 1, words[1:]  # "the 2016 people": the article is no lead for a year
    if r.rule in BARE_NUMBER_RULES and len(words) == 1:
        prev = doc[i - 1].lower_ if i > 0 else ""
        nxt = doc[j] if j < len(doc) else None
        in_ent = i in ents.dates
        counted = nxt is not None and nxt.tag_ in ("NN", "NNS")  # "2016 people"
        if prev not in NUMBER_LEADS and not (r.rule == "year" and in_ent and not counted) \
                and not (r.rule == "year" and _year_modifier(doc, i)):
            return False
    if r.rule == "day_of_month" and not _day_of_month_plausible(doc, i, j):
        return False  # "the 15th century", "on the 3rd lap", "the 20th anniversary"
    if r.rule == "century" and (j < len(doc) and (doc[j].text in ("-", "\u2011") or doc[j].is_title
                                                  and doc[j].pos_ == "PROPN") or ents.names & set(range(i, j))):
        return False  # "20th Century-Fox", "21st Century Fox": a company
    if r.rule == "holiday" and not any(t.like_num or t.lower_ == "year" for t in doc[i:j]) and j < len(doc) \
            and doc[j].pos_ in ("NOUN", "PROPN") and j not in ents.dates and doc[j].lower_ not in CONNECTORS:
        return False  # "Election Day rules", "Christmas shopping": the feast in general, no date
    if r.rule == "month_day_numeric" and len([w for w in words if w not in LEADS]) == 1 and j < len(doc) \
            and doc[j].pos_ == "NOUN":
        return False  # "stir in 3/4 cup", "in 2/3 cases": a fraction of what follows
    if len(words) == 1 and doc[i].text.isalpha() and doc[i].text.isupper() and len(doc[i].text) <= 4 \
            and not doc[i].is_sent_start and r.rule != "to_date":
        return False  # "$DEC farming": a ticker, not December
    after_lead = i > 0 and doc[i - 1].lower_ in MONTH_LEADS
    if r.rule == "month_part" and [w for w in words if w != "the"] == [doc[j - 1].text] \
            and doc[j - 1].text in ("march", "may") and (j < 2 or doc[j - 2].lower_ not in MONTH_LEADS):
        return False  # "the march recalled", "it may rain": a verb or a noun, written in lower case
    if len(words) == 1 and r.rule in ("month_part", "holiday") and not after_lead and _is_name(doc, i, ents):
        return False  # "June Carter said", "August Wilson wrote"; not "in June"
    if r.rule == "season" and [w for w in words if w != "the"] == [words[-1]] and not _season_context(doc, j - 1):
        return False  # "the fall of the wall", "prices fall"
    if r.rule == "year_words" and not any(t.is_alpha and t.lower_ != "and" for t in doc[i:j]):
        return False  # "20 15" in digits is two numbers; "twenty fifteen" is a year
    if r.rule == "weekday" and len(words) == 1 and words[0].rstrip(".") in WEEKDAY_ABBREVIATIONS:
        return False
    if any(t.text in ("EOD", "COB") for t in doc[i:j]) and not _end_of_day(doc, i, j):
        return False  # "the EOD team" (bomb disposal), "by COB Friday" (the Friday says which day)
    if r.rule == "weekday" and len(words) == 1 and i > 0 and doc[i - 1].text in NAMED_DAY_WORDS:
        return False  # "Super Tuesday", "Bloody Sunday", "Black Monday": a named day, not this week's
    if r.rule == "offset_in" and i > 0 and doc[i - 1].lower_ in SPAN_BEFORE_IN:
        return False
    if r.rule == "quarter" and (r.year_from_published or not r.year_known) and _part_of_something(doc, j):
        return False  # "the first half of the match": what the part is of is no date
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
    if lead not in DAY_LEADS:
        return False
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.lower_ in ("of", "-", "place")):
        return False
    verb = next((a for a in doc[j - 1].ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is None or verb.lemma_.lower() not in RANK_VERBS  # "finished the race on the 3rd": a place


def _part_of_something(doc: Doc, j: int) -> bool:
    """'the second half of the match': a half or quarter of something that is no period; 'the
    second half of the year' is the published year's."""
    if j >= len(doc) or doc[j].lower_ != "of":
        return False
    k = j + 1
    while k < len(doc) and doc[k].lower_ in ("the", "this", "its", "their", "fiscal", "financial", "calendar"):
        k += 1
    return k >= len(doc) or doc[k].lower_ not in ("year", "season", "decade")


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
    possessive = doc[k].tag_ in ("PRP$", "POS")
    if not possessive and doc[k].lower_ not in YEAR_MODIFIER_LEADS:
        return False
    return doc[j].tag_ in ("NN", "NNP") or possessive


def _season_context(doc: Doc, i: int) -> bool:
    """'in the spring', 'during summer', 'this winter': a bare season word needs one of these."""
    before = [t.lower_ for t in doc[max(0, i - 2):i]]
    return doc[i].pos_ in ("NOUN", "PROPN") and bool(before) and (
        before[-1] in SEASON_LEADS or before[-1] == "the" and len(before) == 2 and before[0] in SEASON_LEADS)


def _is_name(doc: Doc, i: int, ents: _Ents) -> bool:
    """A month word that is part of a person's or organisation's name."""
    if i in ents.names:
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
