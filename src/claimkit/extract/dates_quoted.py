"""Relative dates in a quotation, counted from the day it was said.

'In July, the finance chief told analysts: "The tools arrive next month."' means August: a quote
speaks from the time of its saying, and TIDES anchors its relative dates there, not on the
published day. The saying is dated by a date outside the quotation in the sentences that hold it
("told a conference on Sept. 30", "speaking on Friday", "In May, the minister told reporters"), or
by "then", which points back to the last date the paragraph named before the quote ('At a hearing
on Jan. 22, the lawyer asked for a delay. "We received the papers last month," he said then.').
A quote with no such date keeps the published day, as the quoted is assumed to speak that day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from claimkit.extract import dates_phrases
from claimkit.extract.base import Found, doc_text
from claimkit.extract.dates_words import normalize
from claimkit.lexicon import SAYING_VERBS
from claimkit.models import DateValue

if TYPE_CHECKING:
    from spacy.tokens import Doc

QUOTE_MARKS = frozenset('"“”')  # double marks only: an apostrophe or a single mark counts no quotation
# readings counted from the published day ("next year", "tomorrow", "next fall", "by the end of next
# month", "Friday week", "the weekend after next", "Monday next"); not "the following Monday", which
# counts from the text's last date
_TODAY_RULES = frozenset({"date.period_shift", "date.relative_day", "date.season", "date.period_part",
                          "date.week_after_a_day", "date.period_two_away", "date.weekday_next",
                          "date.offset", "date.offset_in"})  # "two days ago", "in two weeks"; not "a week earlier"
# the unit of a reading's offset; a weekday's or weekend's is counted in days; not an offset "from the
# event" ("a week earlier": the narrative's, not today's)
_FROM_TODAY = re.compile(r"[+-]\d+ (?P<unit>year|month|weekend|week|day|[a-z]+day)\b(?! from\b)")
# the speaking a saying date tells ("said on Friday", "speaking on Friday", "told reporters in May")
# verbs that open a quotation: saying, and saying what will come or what one holds ("he predicted: ...",
# "she had promised: ...")
_SPEAKING = SAYING_VERBS | {"speak", "predict", "promise", "pledge", "vow", "insist", "declare", "boast", "recall",
                            "explain", "reply", "admit", "concede", "argue", "claim"}
_THEN = re.compile(r"\bthen\b", re.IGNORECASE)
_SAID_DAY_GRANULARITIES = frozenset({"day", "month"})


def quoted_from_their_saying(doc: Doc, found: list[Found], pub: dt.date | None = None) -> list[Found]:
    """The claims of a document with each relative date inside a quotation counted from the day or
    month the quotation was said, where the text dates the saying (module docstring). A quotation
    said on the published day keeps its reading, with what was read into it since (a southern season)."""
    text = doc_text(doc)
    if not any(ch in QUOTE_MARKS for ch in text):
        return found
    out = list(found)
    for n, f in enumerate(found):
        v = f.value
        m = _FROM_TODAY.match(v.relative or "") if isinstance(v, DateValue) and f.rule in _TODAY_RULES else None
        # ... or a month named by its shift ("next July", "last March"), read again from the saying's month
        shifted_month = isinstance(v, DateValue) and f.rule == "date.month_shift"
        unit = _unit(m["unit"]) if m else "month" if shifted_month else None
        quote = quote_around(text, f.start, f.end) if unit else None
        if unit is None or quote is None:
            continue
        said = _said_on(doc, text, quote, found)
        if said is None or (unit in ("day", "week") and said[1] != "day") or (said[0] == pub and said[1] == "day"):
            continue  # "tomorrow" from a month says no day
        r = dates_phrases.read(normalize(text[f.start:f.end]), said[0])
        if r is not None and r.start is not None and r.end is not None:
            value = v.model_copy(update={"start": r.start.isoformat(), "end": r.end.isoformat()})
            out[n] = dataclasses.replace(f, value=value, rule="date.from_its_saying")
    return out


def _unit(unit: str) -> str:
    """An offset's unit, a weekday's ("+1 week monday") and a weekend's counted in days."""
    return "day" if unit == "weekend" or unit.endswith("day") else unit


def quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(the opening mark, the closing mark) of the quotation that holds text[start:end] in its
    paragraph, if any: marks are counted from the paragraph's start."""
    para = text.rfind("\n\n", 0, start) + 1
    opened = [k for k in range(para, start) if text[k] in QUOTE_MARKS]
    if len(opened) % 2 == 0:
        return None
    stop = text.find("\n\n", end)
    stop = len(text) if stop < 0 else stop
    close = next((k for k in range(end, stop) if text[k] in QUOTE_MARKS), None)
    return None if close is None else (opened[-1], close)


def _said_on(doc: Doc, text: str, quote: tuple[int, int], found: list[Found]) -> tuple[dt.date, str] | None:
    """(first day, granularity) of the time the quotation was said: a day or month told outside it
    in the sentences that hold its marks, with a verb of saying between the date and the quote or
    before both ("In May, the minister told reporters: ...", "... she said, speaking on Friday"),
    else, after "then" there, the last one before it in its paragraph."""
    first = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
    last = doc.char_span(quote[1], quote[1] + 1, alignment_mode="expand")
    if first is None or last is None:
        return None
    lo, hi = first.sent.start_char, last.sent.end_char

    def speaking(a: int, b: int) -> bool:
        span = doc.char_span(a, b, alignment_mode="expand")
        return span is not None and any(t.lemma_.lower() in _SPEAKING for t in span)

    def of_the_saying(f: Found) -> bool:
        """The date is the saying's: told in its clause, in a clause under it ("When the plan went out in
        November, she said"), or before one of its own ("in December, when she told investors"); not in
        another main clause ("begin a week from today ..., and the groundstaff say")."""
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return True
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        return verb is None or verb.lemma_.lower() in _SPEAKING \
            or any(t.lemma_.lower() in _SPEAKING for t in span.root.subtree) \
            or (verb.dep_ == "advcl" and any(t.lemma_.lower() in _SPEAKING for t in verb.ancestors))

    # dates in no quotation (not the one said, nor a second one in the same sentences)
    told = [f for f in found if lo <= f.start < hi and _a_day_or_month(f)
            and quote_around(text, f.start, f.end) is None and of_the_saying(f)
            and (speaking(lo, quote[0]) if f.start < quote[0] else speaking(quote[1], f.start))]
    if told:
        return _start(told[0])
    if not _THEN.search(text[lo:quote[0]] + " " + text[quote[1]:hi]):
        return None
    para = text.rfind("\n\n", 0, quote[0]) + 1
    before = [f for f in found if para <= f.start and f.end <= lo and _a_day_or_month(f)
              and quote_around(text, f.start, f.end) is None]
    return _start(before[-1]) if before else None


def _a_day_or_month(f: Found) -> bool:
    """A date placed on the calendar as one day or one month: what a saying is dated by; not "that
    day", "the same month" ('he said, although there is no game that day'), which point at an event."""
    v = f.value
    return isinstance(v, DateValue) and v.anchored and v.year_known and bool(v.start) \
        and v.granularity in _SAID_DAY_GRANULARITIES and not (v.relative or "").startswith("+0 ")


def _start(f: Found) -> tuple[dt.date, str]:
    v = f.value
    assert isinstance(v, DateValue) and v.start is not None
    return dt.date.fromisoformat(v.start), v.granularity
