"""Which year a date without one belongs to, and which week a bare weekday: the tense of the
clause it times, read on the parse (`date` calls `by_tense` on every candidate).

TIDES resolves a date to the nearest occurrence the clause allows: a past event dated after
publication happened last year ('was arrested on Sept. 12' in a May story), a future one dated
before it happens next year ('will vote on March 10'). English marks the future in more ways than
"will": a modal, a verb of scheduling, a future told in the past ('said it would'), a noun said to
lie ahead ('its next meeting'); and the past in more than a past verb: a bare participle ('a
forecast made in December'), the baseline of a change ('down from 45% in October').
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from claimkit.extract import dates_holidays
from claimkit.extract.base import TIMES_OF_DAY, doc_text
from claimkit.extract.cues import EVENT_NOUNS
from claimkit.extract.dates_calendar import DAY, Reading, add_months, monday, nth_weekday
from claimkit.extract.dates_quoted import quote_around
from claimkit.extract.dates_words import MONTHS, WEEKDAYS
from claimkit.lexicon import MOVING_TO_A_DAY, RESCHEDULING_VERBS, SAYING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# words on or above a date's verb that put it ahead ("will vote", "is scheduled for", "plans to")
FUTURE_WORDS = frozenset({"will", "'ll", "shall", "upcoming", "scheduled", "plans", "planned"})

# participles that look ahead with no helper: "rains expected in April", "the vote scheduled for May",
# "a strike planned for June", "results due in March" (a bare participle is otherwise past: "a forecast
# made in December")
EXPECTING_PARTICIPLES = frozenset({"expect", "schedule", "plan", "forecast", "predict", "project", "slate", "set",
                                   "due", "anticipate", "tip"})

# finite verbs whose object lies ahead of them: "said it expected completion in the third quarter"
# (in a May story: this year's), "forecast a recovery in March"; what was expected is not past
EXPECTING_VERBS = frozenset({"expect", "forecast", "predict", "anticipate", "project"})
# adjectives of a forecast's likelihood: "further bans were likely for Sunday", "showers likely Sunday",
# "freezing rain possible Saturday night": what may happen lies ahead
LIKELY_ADJECTIVES = frozenset({"likely", "possible", "probable", "unlikely"})
# nouns of a warning that covers a time ahead ("issued a wind warning from 6pm on Saturday until 9am on
# Sunday", "has issued a snow warning for Sunday"), by the verbs that put one out
WARNING_NOUNS = frozenset({"warning", "alert", "advisory", "watch"})
ISSUING_VERBS = frozenset({"issue", "declare", "raise", "extend", "upgrade", "post"})
_COVERING_LEADS = frozenset({"for", "from", "until", "till", "through", "to"})
_TIME_OF_DAY = frozenset({"on", "at", "am", "pm", "a.m.", "p.m.", "noon", "midday", "midnight"})  # "from 6pm on"
# past verbs whose infinitive lies ahead of them: "expected its busiest day to be Saturday", "hoped to vote
# in July", "planned to sell before Thanksgiving" (not "was ordered to appear on April 2": that may be done)
HOPING_VERBS = EXPECTING_VERBS | {"hope", "plan", "intend", "aim", "want", "seek", "wish"}

# words a request may open with before its verb ("Please remind me Friday", "OK, book it for May 3")
REQUEST_OPENERS = frozenset({"please", "pls", "plz", "just", "now", "so", "ok", "okay", "then", "also", "and", "oh",
                             "hey", "hi"})

# verbs of booking and scheduling a request opens with, which the tagger may read as a name
# when capitalised ("Book the cabin for May 3", "Schedule a call for Monday")
REQUEST_VERBS = frozenset({"book", "schedule", "reschedule", "remind", "reserve", "cancel", "move", "set", "put",
                           "add", "plan", "block", "mark", "pencil", "arrange", "postpone", "push", "order"})

# verbs whose participle complement takes their tense ("get the car fixed on the 2nd", "have it
# delivered by Friday")
CAUSATIVE_VERBS = frozenset({"get", "have"})

# helpers that put a verb in the past ("was arrested", "had left")
PAST_HELPERS = frozenset({"was", "were", "had", "did", "has", "have"})

# scale words inside a baseline figure ("down from $3.2 billion in March")
BASELINE_SCALES = frozenset({"million", "billion", "trillion", "thousand", "percent", "per", "cent", "points", "bn",
                             "m"})

# a noun so modified lies ahead ("its next meeting on March 19")
AHEAD_WORDS = frozenset({"next", "upcoming", "coming", "forthcoming"})
# a sum that falls due on a day: "a dividend of 18 cents, payable on Sept. 25 to holders of record on
# Sept. 10" is paid after it is declared, whatever tense reports the declaring
DUE_ADJECTIVES = frozenset({"payable", "repayable", "redeemable"})

# a month that names one of these is a delivery month of futures, the nearest ahead
DELIVERY_NOUNS = frozenset({"delivery", "contract", "futures", "future", "expiry", "shipment"})

# the present of "be" before a participle of expecting: "is expected in June", "are due by May"
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})

# helpers of a verb that look ahead ("could run into March"; not "could have")
MODALS = frozenset({"could", "may", "might", "should", "must", "can"})


# a date after these may lie ahead of a past verb ("was jailed until", "had to pay by", "have called a
# strike for mid-August", "said bookings for August were running ahead")
OPEN_ENDED_LEADS = frozenset({"until", "till", "through", "by", "before", "to", "from", "for"})

# verbs that direct someone to act: the infinitive they take is to be done after them ("has told landlords
# to fit smoke alarms by May", "orders the firm to repay the loans before March"): a deadline there lies ahead
DIRECTING_VERBS = frozenset({"order", "tell", "instruct", "require", "direct", "ask", "urge", "compel", "force",
                             "oblige", "give"})

# verbs that set a day for something: "set a hearing date of Feb. 4", "scheduled the vote for March"
SETTING_VERBS = frozenset({"set", "schedule", "fix", "slate", "book", "list", "earmark", "call", "convene"})
# nouns whose "of" names a day set ahead, whatever the verb: "a closing date of 28th January" (a
# "date" with its kind), "a deadline of May 1"
DEADLINE_NOUNS = frozenset({"deadline", "date", "cutoff", "cut-off", "expiry"})

# a weekday after these is a deadline: the nearest one, ahead as often as behind ("warned of more snow
# by Wednesday" in a Monday story is this Wednesday)
DEADLINE_LEADS = frozenset({"by", "until", "till", "before"})

# days a late-published story may trail its events by
YEAR_SLACK = dt.timedelta(days=3)
# how long after a period closes its results are still news: a future verb then pays or reports on it
REPORTING_LAG = dt.timedelta(days=120)
# periods told by the day that closes them: "the six months to March 31", "the December quarter"
_CLOSED_PERIOD_RULES = frozenset({"period_ended", "month_quarter"})

# in the present, a borrowed year half a year behind the published date moves ahead (TIDES: the nearest)
HALF_YEAR = dt.timedelta(days=183)


def by_tense(doc: Doc, i: int, r: Reading, pub: dt.date | None) -> Reading:
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
    if doc[i].lower_ == "since" or _lead(doc, i) == "since" or _under_since(doc, i):
        # "the third walkout since Easter will begin ...", "his first since the election on May 3":
        # a time already past, whatever the clause's tense
        if r.rule in ("weekday", "weekend") and r.start > pub:
            return _moved(r, days=-7)  # "since the weekend" said on a Tuesday: the one just gone
        return _moved(r, years=-1) if r.year_from_published and r.start > pub + YEAR_SLACK else r
    tense = tense_of(doc, i, infinitive=r.granularity == "day" or _on_a_verb(doc, i))
    if tense == "either":  # a verb whose past is its present: the nearest such day, ahead or behind
        if r.year_from_published and r.rule not in ("weekday", "weekend", "day_of_month") and r.start > pub:
            back = _moved(r, years=-1)
            return back if back.end is not None and pub - back.end < r.start - pub else r
        tense = None
    if tense == "perfect":
        # English joins no day of the past to the present perfect ("has paid it on May 3" is not said): a
        # date under one times what was arranged or has held since ("has declared offices shut from
        # October 6", "has drawn up plans for a strike in the first week of January"), the nearest such
        # date; a weekday is still the one just gone ("has gazetted Tuesday" is read from its own date)
        nearest = r.year_from_published and r.rule not in ("weekday", "weekend", "day_of_month") \
            and r.start is not None and r.start <= pub + HALF_YEAR \
            and not any(t.lower_ == "since" for t in doc[i].ancestors)  # "since the harvest in July": gone
        tense = "present" if nearest else "past"
    if r.rule == "day_of_month":
        if tense == "past" and r.start > pub + YEAR_SLACK and not _moved_to(doc, i):
            return _moved_months(r, -1)
        if tense in ("future", "present") and r.end < pub - YEAR_SLACK:
            return _moved_months(r, 1)  # "rent is due on the 3rd" on the 20th: next month's
        return r
    if _weekday_range(r):  # "between Monday and Wednesday": both days move as one weekday does
        if tense == "future" and r.start < pub or tense == "present" and r.start < pub \
                and _finite_present(doc, i) and not _reporting_verb(doc, i):
            return _moved(r, days=7)
        return _moved(r, days=-7) if tense == "past" and r.end > pub else r
    if r.rule in ("weekday", "weekend"):
        if r.rule == "weekday" and tense == "future" and r.start < pub:
            return _moved(r, days=7)
        if r.rule == "weekday" and tense == "present" and r.start < pub and _finite_present(doc, i) \
                and not _reporting_verb(doc, i):
            return _moved(r, days=7)  # "the Senate votes Tuesday", "reports are due by Friday": the next one
        if r.rule == "weekday" and r.start < pub and _untagged_present(doc, i):
            return _moved(r, days=7)  # "shops close on Monday", "polls open on Sunday": likewise
        if r.rule == "weekday" and r.start < pub and _set_for_a_day(doc, i):
            return _moved(r, days=7)  # "has called a protest for Monday": the day it is set for
        if r.rule == "weekday" and r.start < pub - 3 * DAY and _lead(doc, i) in DEADLINE_LEADS \
                and not _perfect(doc, i):
            return _moved(r, days=7)  # a deadline: the nearest such day ("had been restored by Sunday" is done)
        if r.rule == "weekend" and tense == "past" and r.start > pub:
            return _moved(r, days=-7)
        return r
    if not r.year_from_published:
        return r
    if tense != "future" and _baseline(doc, i):
        tense = "past"  # "approval at 31%, down from 45% in October" said in January: last October
    if r.rule in _CLOSED_PERIOD_RULES and tense == "past" and r.start > pub:
        return _moved(r, years=-1)  # "profit for the six months to 31 December rose" in February: a period a past
        # verb reports has begun, whatever its lead ("for" leaves other dates open ahead)
    if r.rule in _CLOSED_PERIOD_RULES and tense == "future" and YEAR_SLACK < pub - r.end <= REPORTING_LAG:
        return r  # "will pay a distribution for the six months to March 31" in May: the one just closed (a past
        # verb may tell of the period under way: "said the March quarter had started slowly")
    if tense == "past" and r.start > pub + YEAR_SLACK and (not _open_ended(doc, i) or r.start > pub + HALF_YEAR) \
            and not _deadline_of_an_order(doc, i) \
            and not ((r.start <= pub + HALF_YEAR or _set_for_a_day(doc, i) and _perfect(doc, i))
                     and _ahead_of_a_past_act(doc, i, r.start.month)):
        # "was jailed until Sept. 12" may lie ahead of a past verb; "failed to pass it before Christmas"
        # said in January is not eleven months ahead: the nearest, as TIDES has it
        return _moved(r, years=-1)
    if tense in (None, "present", "future") and pub < r.start and r.start.year < r.end.year:
        back = _moved(r, years=-1)  # "the tour runs Dec. 29-Jan. 6" in a story of Jan. 2: the one under way
        if back.start is not None and back.end is not None and back.start <= pub <= back.end:
            return back
    if tense in (None, "present") and r.start > pub + HALF_YEAR and _under_a_past_verb(doc, i) \
            and not _deadline_of_an_order(doc, i):
        return _moved(r, years=-1)  # "failed to pass it before Christmas" said in January: the nearest
    if tense != "future" and r.end < pub - HALF_YEAR and _ahead_of_a_past_act(doc, i, r.start.month):
        return _moved(r, years=1)  # "adjourned the inquiry to Jan. 12" said in December: the coming one
    if tense == "future" and r.end < pub - YEAR_SLACK and not _period_of_a_noun(doc, i):
        return _moved(r, years=1)  # "would stay shut until Jan. 4" said on Dec. 30
    if tense == "present" and r.end < pub - YEAR_SLACK and r.granularity in ("day", "month") \
            and _timetable_bound(doc, i) and _finite_present(doc, i):
        return _moved(r, years=1)  # "the current budget runs to June 30" in October: next June's
    if tense == "present" and r.end < pub - HALF_YEAR and (_finite_present(doc, i) or _untagged_present(doc, i)):
        return _moved(r, years=1)  # "the law takes effect Jan. 1" in a late-December story: the nearest one
    if tense == "present" and r.end < pub - YEAR_SLACK and r.granularity == "day" and _taking_effect(doc, i):
        return _moved(r, years=1)  # "the new fee applies from 1 July" said in November: the coming one
    return r


# verbs of a period's bound in the present: "the fiscal year that begins July 1", "the licence expires on 3 March"
_BOUND_VERBS = frozenset({"begin", "start", "commence", "end", "expire", "finish", "lapse"})
# ... and of a period that holds "to" or "through" its end: "runs to June 30", "lasts through March"
_LASTING_VERBS = frozenset({"run", "last", "continue", "remain", "stay", "extend", "go"})


def _timetable_bound(doc: Doc, i: int) -> bool:
    """The date bounds something that holds now, told in the present simple: a period's end after
    "until", or after "to" or "through" a verb of lasting takes ("the current budget runs to June 30",
    "the permit is valid until 3 March"), or the day a verb of beginning or ending names ("the fiscal
    year that begins July 1").
    Told so, a day already gone is next year's, however near behind (a gone one is told in the past)."""
    verb = _verb_of(doc, i)
    if verb is None or any(t.tag_ == "VBD" for t in doc[i].subtree) or any(
            c.dep_ in ("advcl", "relcl") and c.tag_ == "VBD" and any(w.lower_ == "when" for w in c.children)
            for c in verb.children):
        return False  # "ends on June 30, when it held $612 million": a clause of its own tells the day gone
    lead, lemma = _lead(doc, i), verb.lemma_.lower()
    return lead in ("until", "till") or lead in ("to", "through") and lemma in _LASTING_VERBS \
        or lemma in _BOUND_VERBS  # not "dispatches through October are up", a period counted to date


def tense_of(doc: Doc, i: int, infinitive: bool = False) -> str | None:
    """The tense a date at token i is told in: its clause's ("past", "present", "future", "perfect",
    "either"), else its sentence's; None where nothing tells one. A verb the tagger took for an
    adjective or a noun ("Shops close on Monday, officials said") is the clause's, before any verb of
    saying above it. With `infinitive`, a date under "is set to" lies ahead (see _clause_tense)."""
    if _untagged_present(doc, i):
        return "present"
    return _clause_tense(doc, i, infinitive=infinitive) or _sentence_tense(doc, i)


def _own_past_clause(verb: Token) -> bool:
    """A past verb with a subject of its own and no 'that' before it: a clause of its own, in its
    own tense ("will play five matches, and the manager said on Thursday ..."), not a backshifted one."""
    return verb.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and not any(c.dep_ == "mark" for c in verb.children)


def _weekday_range(r: Reading) -> bool:
    """Two weekdays no word places in a week, read as one range ('from Friday through Sunday')."""
    days = (r.relative or "").split("..")
    return r.rule == "range" and len(days) == 2 and all(d in WEEKDAYS for d in days)


def _under_a_past_verb(doc: Doc, i: int) -> bool:
    """An infinitive or participle under a verb in the past ('failed to pass it before Christmas',
    'had been due to rule by Dec. 19'): its date may lie ahead of that verb, but not most of a year."""
    for v in _ancestors(doc, i):  # up to the first verb that carries a tense ("is unlikely to hear": present)
        if v.pos_ not in ("VERB", "AUX"):
            continue
        helpers = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
        if v.tag_ == "VBD" or any(h.lower_ in PAST_HELPERS for h in helpers):
            return True
        if v.tag_ in ("VBZ", "VBP", "MD") or helpers:
            return False
    return False


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
        or (word in ("with", "to") and before == "compared") \
        or (word == "than" and before not in ("later", "earlier", "sooner"))  # "no later than": a bound ahead


def _period_of_a_noun(doc: Doc, i: int) -> bool:
    """'will publish second-quarter results on Aug. 4': a period that modifies a noun is the one the
    noun is about (the quarter just ended), not when the verb's future happens."""
    if not doc.has_annotation("DEP"):
        return False
    tok = doc[i]
    while tok.dep_ in ("compound", "nummod", "amod", "det", "punct") and tok.head.i != tok.i \
            and tok.head.pos_ != "NOUN":
        tok = tok.head
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ == "NOUN" and not _delivery_month(tok) \
        and not _DAY_NUMBER.match(tok.head.text)  # "January 4th": the tagger's noun is the date's own day


_DAY_NUMBER = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$")


def _on_a_verb(doc: Doc, i: int) -> bool:
    """The date times a verb through a preposition ('is due to travel to Beijing in January'), not a
    noun it modifies ('expect third-quarter sales to top forecasts', about the quarter just ended)."""
    if not doc.has_annotation("DEP"):
        return False
    tok = doc[i]
    if tok.dep_ == "prep":  # the claim opens on its preposition: "by early February"
        return tok.head.pos_ in ("VERB", "AUX")
    while tok.dep_ in ("compound", "nummod", "amod", "det") and tok.head.i != tok.i:
        tok = tok.head  # up to the date's own head word
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX")


def _reporting_verb(doc: Doc, i: int) -> bool:
    """'officials say Monday that ...': a verb of saying, whose day is the day it was said. "Report"
    and "announce" say something only with what they say ('reports on Tuesday that ...'); alone
    they name a scheduled act ('Dongsan reports on Tuesday': its results, the next Tuesday)."""
    verb = _verb_of(doc, i)
    if verb is None or verb.lemma_.lower() not in SAYING_VERBS:
        return False
    return verb.lemma_.lower() in ("say", "tell") or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


# verbs whose past is their base form: tagged as a base form after a plural subject, they may tell the
# past ("the banks cut rates on Monday", "analysts forecast growth in May")
PAST_AS_BASE = frozenset({"cut", "put", "set", "hit", "forecast", "cost", "let", "shut", "quit", "spread",
                          "hurt", "bet", "broadcast", "burst", "cast", "split", "upset", "bid", "read", "shed",
                          "beat", "fit", "offset", "reset", "thrust"})


def _finite_present(doc: Doc, i: int) -> bool:
    """The verb the date hangs from is in the present ('takes effect', 'is due', 'opens'), not a bare
    infinitive under a past verb ('was ordered to appear on April 2')."""
    verb = _verb_of(doc, i)
    if verb is None:
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(h.tag_ == "TO" for h in helpers):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(h.tag_ in ("VBZ", "VBP") for h in helpers) \
        or verb.tag_ == "VBN" and not helpers and _stated_in_present(verb) \
        or verb.tag_ == "VB" and not helpers and verb.dep_ in ("ROOT", "conj") and verb.lower_ not in PAST_AS_BASE \
        and bool(_plural_subjects(verb)) \
        or _bare_conjunct_of_a_present(verb) or _joined_to_a_bare_present(verb)  # "the buses run on Sunday"


def _joined_to_a_bare_present(verb: Token) -> bool:
    """A verb whose past is its base form, tagged as a past, with no singular subject to tell ("libraries
    shut on Friday", "the mills cut output"), joined to a base form with no subject or helper of its own
    that is no such verb ("... and reopen on Tuesday"): both in the present, as a past would say
    "reopened" ("the bank cut rates", singular, stays the past)."""
    return verb.tag_ == "VBD" and verb.lower_ in PAST_AS_BASE and not _singular_subject(verb) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(c.dep_ == "conj" and c.tag_ == "VB" and c.lower_ not in PAST_AS_BASE and _bare(c)
                for c in verb.children)


def _bare(verb: Token) -> bool:
    """The verb has no subject or helper of its own (a conjunct that shares another verb's)."""
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _bare_conjunct_of_a_present(verb: Token) -> bool:
    """A base form joined to a verb in the present, with no subject or helper of its own: it shares
    that present ("The galleries reopen tomorrow and close again on Friday"), and when the verb it joins
    is one whose past is its base form, it tells that verb's tense too ("Tickets cost $30 and go on sale
    Tuesday": a past would say "went")."""
    head = verb.head
    return verb.tag_ == "VB" and verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and _bare(verb) \
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children) \
        and (head.tag_ in ("VBZ", "VBP") or head.tag_ == "VBD" and head.lower_ in PAST_AS_BASE)


def _quoted_apart(doc: Doc, i: int, verb: Token) -> bool:
    """Token i lies inside a quotation that the verb lies outside of: the verb of saying a quoted
    fragment hangs from tells the saying's tense, not the fragment's."""
    tok = doc[i]
    quote = quote_around(doc_text(doc), tok.idx, tok.idx + len(tok.text))
    return quote is not None and not quote[0] < verb.idx < quote[1]


def _singular_subject(verb: Token) -> bool:
    """The verb has a subject in the third person singular, whose present would end in -s ("the bank
    cut" is past; "banks cut", "we cut" and a bare "cut" may be either)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ in ("NN", "NNP") or c.lower_ in ("he", "she", "it"))
               for c in verb.children)


def _plural_subjects(tok: Token) -> list[Token]:
    """The plural nouns a word has for subject ("the buses" of "run", "Extra ferries" of "sail")."""
    return [c for c in tok.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")]



# verbs of a place's hours that are adjectives too, which the parser may hang from the subject before them
_OPEN_OR_SHUT = frozenset({"open", "close", "shut", "reopen"})
# verbs of a timetable the tagger takes for plural nouns after their subject ("the mission returns in May",
# "the offer expires on 3 March")
_SCHEDULE_VERBS = _OPEN_OR_SHUT | frozenset({"return", "end", "start", "resume", "expire", "finish", "launch",
                                             "arrive", "depart", "sit", "meet", "run"})
# verbs whose object's participle is wished for, not done: "want the House recalled in August"
_WANTING = frozenset({"want", "wish", "need", "like", "prefer"})


# what a clause's head word may hang from: the sentence's root, or a verb of saying after it
# ("Nominations close on Jan. 8, the party confirmed")
_CLAUSE_HEADS = frozenset({"ROOT", "advcl", "ccomp"})


def _untagged_present(doc: Doc, i: int) -> bool:
    """The date hangs from a clause's verb that the tagger took for an adjective or adverb ("Shops
    close on Monday", "Polls open on Sunday": "close" RB, "open" JJ; "the window closes on Monday":
    "closes" a plural noun; "Extra ferries sail on Monday": "sail" a noun), in the present: the head
    has a subject and no copula or helper, and no verb stands between it and the date."""
    for tok in doc[i].ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lower_ in _OPEN_OR_SHUT and tok.dep_ in ("amod", "advmod") and tok.head.dep_ in _CLAUSE_HEADS \
                and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i:
            return True  # ... or for a modifier of the subject before it ("Schools close on Friday": "close" amod)
        if tok.tag_ == "NNS" and _schedule_verb(tok.lower_) and tok.dep_ in ("ROOT", "appos") and tok.i > 0 \
                and doc[tok.i - 1].pos_ in ("NOUN", "PROPN"):
            return True  # ... or for a plural noun after the subject ("the transfer window closes on Monday")
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # ... or a noun with a plural subject before it ("Extra ferries sail on Monday": "sail" NN)
            taken = tok.tag_ in ("JJ", "RB") or tok.tag_ == "NN" and tok.lower_ not in PAST_AS_BASE \
                and any(c.i < tok.i for c in _plural_subjects(tok))
            return taken and tok.dep_ in ("ROOT", "conj") and not tok.text.endswith("ed") \
                and not any(c.dep_ in ("cop", "aux", "auxpass") or c.lemma_ == "be" for c in tok.children)
    return False


def _wanted(participle) -> bool:  # noqa: ANN001
    """The participle of a verb of wanting's object: "want the House recalled", "want the crossing
    built"; not one that reaches back ("wants 9%, backdated to Jan. 1")."""
    head = _object_verb(participle)
    return head is not None and head.lemma_.lower() in _WANTING \
        and participle.lemma_.lower() not in ("backdate", "backdated")


def _schedule_verb(word: str) -> bool:
    """A verb of _SCHEDULE_VERBS in its third person: "returns", "closes", "launches"."""
    return word.endswith("s") and (word[:-1] in _SCHEDULE_VERBS or word.endswith("es") and word[:-2] in _SCHEDULE_VERBS)


def _stated_in_present(participle) -> bool:  # noqa: ANN001
    """A participle that says what holds: the complement of 'is' ('the pool is closed on Monday'), or
    in a question a helper in the present opens ('Is the pool closed on Monday?', however the parser
    hangs it)."""
    if participle.dep_ == "acomp" and participle.head.tag_ in ("VBZ", "VBP"):
        return True
    words = [t for t in participle.sent if not t.is_space]
    return bool(words) and words[0].pos_ == "AUX" and words[0].tag_ in ("VBZ", "VBP") and words[-1].text == "?"


def _moved_months(r: Reading, months: int) -> Reading:
    """The day, or the days ('from the 3rd to the 7th'), `months` away; 'on the 31st' a month away
    that has no 31st: no such day, so the reading stays as it is."""
    assert r.start is not None and r.end is not None
    moved = []
    for day in (r.start, r.end):
        try:
            moved.append(add_months(day.replace(day=1), months).replace(day=day.day))
        except ValueError:
            return r
    return dataclasses.replace(r, start=moved[0], end=moved[1])


def _moved(r: Reading, days: int = 0, years: int = 0) -> Reading:
    assert r.start is not None and r.end is not None
    if years and r.feast:  # "until Easter" said in October: next year's Easter, worked out again
        again = dates_holidays.holiday(r.feast, r.start.year + years, None)
        was = dates_holidays.holiday(r.feast, r.start.year, None)
        if again is not None and again.start and again.end and was is not None and was.start and was.end:
            # the days around the feast it names too: "the Easter weekend" is Good Friday to Sunday again
            return dataclasses.replace(r, start=again.start + (r.start - was.start), end=again.end + (r.end - was.end))
    if years and r.nth:  # "the first Saturday of January" a year on is that January's first Saturday
        again = nth_weekday(*r.nth, 0, r.start.month, r.start.year + years, None)
        if again is not None and again.start:
            return dataclasses.replace(r, start=again.start, end=again.start + (r.end - r.start))
    if years and r.granularity == "week" and r.rule == "nth_week":
        # "the third week of March" a year on is that March's days 15-21 again, "the last week of
        # June" the week of that June's last day (dates_calendar.nth_week)
        if r.start.day % 7 == 1 and r.end.month == r.start.month:
            return dataclasses.replace(r, start=add_months(r.start, 12 * years), end=add_months(r.end, 12 * years))
        month = add_months(r.start.replace(day=1), 12 * years)  # a last week starts in its own month
        start = monday(add_months(month, 1) - DAY)
        return dataclasses.replace(r, start=start, end=start + 6 * DAY)
    if years and r.granularity == "week":  # a week a year on starts on a Monday again
        start = add_months(r.start, 12 * years)
        start -= start.weekday() * DAY
        return dataclasses.replace(r, start=start, end=start + 6 * DAY)
    if years:
        end = add_months(r.end, 12 * years)
        if r.granularity != "day" and (r.end + DAY).day == 1:  # a month's end is that month's end a year on:
            end = add_months(end.replace(day=1), 1) - DAY  # February moved to a leap year ends on the 29th
        return dataclasses.replace(r, start=add_months(r.start, 12 * years), end=end)
    return dataclasses.replace(r, start=r.start + days * DAY, end=r.end + days * DAY)


def _sentence_at(doc: Doc, i: int) -> Span:
    """The sentence of doc[i] (the whole text where no sentences were cut)."""
    return doc[i].sent if doc.has_annotation("SENT_START") else doc[:]


def _sentence_tense(doc: Doc, i: int) -> str | None:
    sent = _sentence_at(doc, i)
    if any(_looks_ahead(t) for t in sent):
        return "future"
    return "past" if any(t.tag_ in ("VBD", "VBN") for t in sent) else None


def _clause_tense(doc: Doc, i: int, infinitive: bool = True) -> str | None:
    """The tense of the verb the date hangs from ('was arrested on', 'will meet on', 'perfect' for 'has
    declared'); None without one.
    With `infinitive`, a day under 'is set to', 'is due to' lies ahead; a period does not ('expects
    second-quarter earnings to beat forecasts' is about the quarter just ended)."""
    if not doc.has_annotation("DEP"):
        return None
    if _ahead_of_its_noun(doc, i):
        return "future"
    for verb in _ancestors(doc, i):
        if verb.pos_ in ("PROPN", "NOUN") and verb.dep_ == "ROOT" and _requested(verb):
            return "future"
        if verb.pos_ not in ("VERB", "AUX") or _event_noun(verb):
            continue
        if verb.lemma_.lower() in SAYING_VERBS and _quoted_apart(doc, i, verb):
            return "either"  # 'will publish results "no later than 30 September", she said': a quoted fragment
        if _expected_after(verb, i) or _requested(verb):
            return "future"
        helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if verb.tag_ == "VBN" and not helpers and _causative(verb) and verb.lemma_.lower() not in EXPECTING_PARTICIPLES:
            continue  # "can we get the car fixed on the 2nd?": the tense of "get" (but "has a launch planned for
            # the first quarter" is what is planned: ahead)
        if verb.tag_ == "VBG" and not helpers and verb.dep_ in ("xcomp", "acomp") and verb.head.pos_ in ("VERB", "AUX"):
            continue  # "went hiking over the weekend", "kept working on Sunday": the tense of the verb above
            # ("will be touring from early March": the parser may hang the participle off "be")
            # (not an adverbial participle: "allowed a rise, taking effect April 1" looks ahead)
        if verb.tag_ == "VBD" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                      for c in verb.children):
            return "present"  # "Is the office closed on ...?": a participle the tagger reads as a past
        if not helpers and verb.dep_ == "conj" and verb.tag_ not in ("VBZ", "VBP") and not _own_past_clause(verb):
            # "will hold a meeting and publish results on Feb. 4": a bare verb shares the first's helper;
            # one in the present has its own tense ("has moved the release, and the decision is due on
            # Sept. 22"; a past one may be reported speech backshifted, "would need ... and that a cut was")
            helpers = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
        if helpers <= {"to"} and verb.dep_ == "xcomp":  # "will seek to recover assets at a hearing in March"
            governing = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
            if governing & FUTURE_WORDS or (governing & MODALS and "have" not in governing):
                return "future"  # a past helper up there says nothing: "was ordered to appear on April 2"
        if verb.tag_ == "VBN" and helpers and helpers <= _PRESENT_BE and verb.lemma_.lower() in EXPECTING_PARTICIPLES \
                and not _compared(verb):
            return "future"  # "a ruling is expected in June", "talks are scheduled for May": said now, ahead
        if helpers & FUTURE_WORDS or _looks_ahead(verb) or (helpers & MODALS and "have" not in helpers):
            return "future"  # "will meet", "is scheduled for", "could run into March" (not "could have")
        if verb.tag_ in ("VBD", "VBN") and not helpers and _wanted(verb):
            return "future"  # "want the House recalled in August": what is wished for lies ahead
        if verb.lemma_ == "be" and verb.tag_ == "VBD" and verb.dep_ == "ccomp" and verb.head.lemma_ in SAYING_VERBS:
            return "present"  # "said bookings for May were near zero": a state told in reported speech, backshifted
        if not helpers and _joined_to_a_bare_present(verb):
            return "present"  # "libraries shut on Friday and reopen on Tuesday": a past would say "reopened"
        if verb.tag_ == "VBD" and not helpers and verb.lower_ in PAST_AS_BASE and not _singular_subject(verb):
            return "either"  # "Branches shut at noon on Christmas Eve", "put the game in the calendar": no tense told
        if verb.tag_ == "VBD" and not helpers:
            return "past"  # a verb's own tense before its heads': "lost a vote on March 9" under "had been scheduled"
        if verb.tag_ == "VBN" and not helpers and _stated_in_present(verb):
            return "present"  # "the pool is closed on Monday", "Is the pool closed on Monday?": a state
        if verb.tag_ == "VBN" and not helpers and verb.dep_ in ("advcl", "acl") \
                and not any(c.dep_ == "mark" for c in verb.children) \
                and (verb.lemma_.lower() not in EXPECTING_PARTICIPLES or _compared(verb)):
            return "past"  # "under the proposals, published on Feb. 2, the libraries would shut": done
            # before; not a condition ("would strike unless paid by Monday")
        if any(_looks_ahead(a) for a in verb.ancestors) or _reported_future(verb):
            return "future"
        if infinitive and _infinitive_ahead(verb):
            return "future"
        if verb.tag_ == "VBN" and not helpers and verb.dep_ not in ("ROOT", "conj"):
            if verb.lemma_.lower() in EXPECTING_PARTICIPLES and not _compared(verb):
                return "future"  # "rains expected in April", "a vote scheduled for May"
            return "past"  # "a forecast made in December", "launched in November,", "with 412 admitted between"
        if verb.tag_ == "VBN" and helpers >= {"to", "have"} and verb.dep_ == "xcomp" \
                and verb.head.lemma_.lower() in HOPING_VERBS:
            return "future"  # "expects to have repaired them by the end of the first quarter": done by then, ahead
        if verb.tag_ == "VBN" and helpers & {"has", "have"} and not helpers & (MODALS | FUTURE_WORDS):
            return "perfect"  # "has declared offices shut from October 6" (see by_tense); "could have" is past
        if verb.tag_ == "VBD" or helpers & PAST_HELPERS:
            return "past"
        return "present"  # or bare: no correction
    return None


def _object_verb(participle):  # noqa: ANN001, ANN202
    """The verb whose object a participle tells the state of ("get the car fixed", "want the House
    recalled"), which the parser hangs from the verb or from its object; None for any other participle."""
    head = participle.head
    if participle.dep_ == "acl" and head.dep_ == "dobj":
        return head.head
    return head if participle.dep_ in ("ccomp", "xcomp", "oprd") else None


def _causative(participle) -> bool:  # noqa: ANN001
    """'get the car fixed', 'have the parcel delivered': the participle of a causative verb's object."""
    head = _object_verb(participle)
    return head is not None and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in CAUSATIVE_VERBS \
        and not any(c.dep_ == "xcomp" for c in head.children)  # "will have to sit": an obligation, no causative


def _looks_ahead(tok) -> bool:  # noqa: ANN001
    """A word of FUTURE_WORDS that puts its clause ahead; not after "as" or "than" ("operated as planned
    during the strike on June 30", "later than scheduled"), which compare what happened with a plan."""
    return tok.lower_ in FUTURE_WORDS and not _compared(tok)


def _compared(tok) -> bool:  # noqa: ANN001
    """'as planned', 'later than scheduled': a plan named to compare what happened with it."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("as", "than")


def _requested(verb) -> bool:  # noqa: ANN001
    """'Remind me Friday', 'Please book it for May 3', "Let's meet Tuesday": a request or a proposal
    is about what is yet to happen. The verb, or the one its clause hangs from, is an imperative: a
    bare verb with no subject or helper that opens its sentence (after 'please', 'just' ...)."""
    v = verb
    while v.dep_ in ("ccomp", "xcomp", "conj") and v.head.i != v.i:
        v = v.head
    if v.dep_ == "ROOT" and v.pos_ in ("PROPN", "NOUN") and _opens_sentence(v) and v.lower_ in REQUEST_VERBS \
            and v.i + 1 < len(v.doc) and v.doc[v.i + 1].tag_ in ("DT", "PRP", "PRP$"):
        return True  # "Book the cabin for May 3": a request whose verb the tagger takes for a name or noun
    negated = {c.i for c in v.children if c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ == "do"}  # "Don't forget"
    if v.dep_ != "ROOT" or v.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl")
                                                 and c.i not in negated for c in v.children):
        return False
    return _opens_sentence(v, negated)


def _opens_sentence(v, skipped: set[int] | frozenset[int] = frozenset()) -> bool:  # noqa: ANN001
    """The token is the first word of its sentence, after openers such as 'please' and the skipped ones."""
    first = next((t for t in v.sent if not (t.is_punct or t.is_space or t.lower_ in REQUEST_OPENERS
                                            or t.i in skipped)), None)
    return first is not None and first.i == v.i


def _event_noun(verb) -> bool:  # noqa: ANN001
    """A word in -ing the tagger reads as a verb that stands where a noun does: "must attend a
    confiscation hearing on 3 March", "after the meeting on Friday". It names the event the date
    times; the verb above it gives the tense."""
    return verb.tag_ == "VBG" and verb.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos") \
        and not any(c.dep_ in ("dobj", "aux", "nsubj") for c in verb.children)


def _expected_after(verb, i: int) -> bool:  # noqa: ANN001
    """A date after a finite verb of expectation, or its infinitive, that has an object ("expected
    completion in the third quarter", "predicts a surplus in March", "were told to expect delays from
    Wednesday"): the time of what is expected, not of the expecting ("In March, the firm expected ..." is
    fronted; "more than expected" has no object)."""
    infinitive = verb.tag_ == "VB" and any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children)
    return (verb.lemma_.lower() in EXPECTING_VERBS and (verb.tag_ in ("VBD", "VBP", "VBZ") or infinitive)
            and verb.i < i and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children))


def _verb_of(doc: Doc, i: int):  # noqa: ANN202
    """The first verb the date hangs from, or None."""
    return next((v for v in _ancestors(doc, i) if v.pos_ in ("VERB", "AUX")), None)


def _ancestors(doc: Doc, i: int) -> list:
    """The date's heads, upward; but 'the firm said on Tuesday it would cut jobs', parsed with the
    date on 'cut', times the saying: a date between a verb of saying and the subject of the clause
    it reports belongs to the saying."""
    heads = [h for h in doc[i].ancestors if h.lower_ not in TIMES_OF_DAY]  # "begins at sundown on": no past participle
    verb = next((v for v in heads if v.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.dep_ == "conj" and verb.lemma_.lower() in SAYING_VERBS and verb.i > i \
            and any(c.dep_ == "nsubj" and c.i > i for c in verb.children):
        # "will walk out on 18 May, and again over the bank holiday weekend, the union said": a trailing
        # attribution the parser joined to the clause; the date is the clause's
        return [verb.head, *verb.head.ancestors]
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING_VERBS:
        return heads
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.head.i < i and subject is not None and i < subject.i:
        return [verb.head, *verb.head.ancestors]
    return heads


def _reported_future(verb) -> bool:  # noqa: ANN001
    """'said it would close stores in January', 'said they would march on Friday', 'would wait for
    results, expected on Monday': a future told in the past ("would", not "would have") lies ahead of
    the report. Read on the verb, the verbs it is coordinated with or hangs from, up to a verb of saying."""
    v = verb
    for _ in range(4):
        helpers = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(h.lower_ in ("would", "'d") for h in helpers):
            return not any(h.lower_ == "have" for h in helpers)
        if helpers and v is verb and not all(h.tag_ == "TO" for h in helpers):
            return False  # its own helper says its tense: "that it had begun talks on Dec. 30"
        if v.lemma_.lower() in SAYING_VERBS or v.head is v or v.dep_ not in ("conj", "xcomp", "acl", "advcl", "relcl"):
            return False
        v = v.head
    return False


def _ahead_of_its_noun(doc: Doc, i: int) -> bool:
    """'its next meeting, on March 19-20', 'the upcoming vote on June 3', 'ahead of the ceremony on
    April 14', 'a dividend payable on May 2': the noun the date times is said to lie ahead, whatever
    tense the sentence reports it in."""
    if _delivery_month(doc[i]) or _forecast(doc, i):
        return True
    for tok in doc[i].ancestors:
        if tok.lower_ in DUE_ADJECTIVES and tok.dep_ != "acomp":
            return True  # of a sum ("a dividend ... payable on"), not told of it by a verb ("was payable on")
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.pos_ == "NOUN" and any(c.lower_ in AHEAD_WORDS and c.dep_ == "amod" for c in tok.children):
            return True
        if tok.pos_ == "NOUN" and tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead":
            return True  # "ahead of the ceremony on April 14"
    return False


def _forecast(doc: Doc, i: int) -> bool:
    """A day a forecast tells of: after an adjective of its likelihood ("further bans were likely for
    Sunday", "showers likely Sunday", "rain possible Saturday night"), or in the time a warning just
    put out covers ("issued a wind warning from 6pm on Saturday until 9am on Sunday", "has issued a
    snow warning for Sunday"; not the day it was issued, "issued an alert on Monday", nor a warning
    the sentence dates before it, "On Thursday, forecasters issued a warning for Saturday")."""
    j = _lead_index(doc, i)
    while j > 0 and (doc[j].like_num or doc[j].lower_ in _TIME_OF_DAY):
        j -= 1  # "from 6pm on Saturday": the lead of the time before the day
    covering = j >= 0 and doc[j].lower_ in _COVERING_LEADS
    if j >= 0 and doc[j].lemma_.lower() in LIKELY_ADJECTIVES or covering and j > 0 \
            and doc[j - 1].lemma_.lower() in LIKELY_ADJECTIVES \
            or any(t.lemma_.lower() in LIKELY_ADJECTIVES and t.dep_ == "acomp" for t in doc[i].ancestors):
        return True
    if not covering:
        return False
    sent = _sentence_at(doc, i)
    # by its word, not its lemma: the tagger may take "warning" for a participle ("a wind warning")
    warning = next((t for t in reversed(doc[sent.start:j]) if t.lower_.rstrip("s") in WARNING_NOUNS), None)
    if warning is None:
        return False
    issued = next((t for t in reversed(doc[sent.start:warning.i]) if t.lemma_.lower() in ISSUING_VERBS
                   and t.pos_ in ("VERB", "AUX")), None)
    return issued is not None and not any(t.lower_ in WEEKDAYS or t.lower_.rstrip(".") in MONTHS
                                          for t in doc[sent.start:issued.i])


def _delivery_month(date) -> bool:  # noqa: ANN001
    """Futures copy: 'wheat for May delivery', 'the January contract', 'cocoa futures for July': the
    month of a delivery is the nearest one ahead. Only the month right on the noun ('a contract in
    March' may be when it was signed)."""
    head = date.head
    if date.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in DELIVERY_NOUNS:
        return True
    return date.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in DELIVERY_NOUNS


def _infinitive_ahead(verb) -> bool:
    """'talks are set to resume Monday', 'he is due to be sentenced on March 10', 'plans to vote
    Tuesday': an infinitive under a verb in the present looks ahead; under a past one ('was ordered
    to appear on April 2') it may lie behind, and stays uncorrected."""
    if not any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children):
        return False
    head = verb.head
    while head.dep_ == "xcomp" and head.head is not head and head.tag_ == "VB":
        head = head.head  # "is expected to try to resume"
    if head.dep_ == "acomp" and head.head is not head:
        head = head.head  # "is due to be sentenced": the tense is on the copula ("had been due to rule")
    helpers = {c for c in head.children if c.dep_ in ("aux", "auxpass")}
    if head is not verb and head.tag_ == "VBD" and head.lemma_.lower() in HOPING_VERBS and not helpers:
        return True  # "said it expected its busiest day to be Saturday", "hoped to vote in July": what was hoped for
    if head is verb or head.tag_ == "VBD" or any(h.tag_ in ("VBD",) or h.lower_ in PAST_HELPERS for h in helpers):
        return False
    return head.tag_ in ("VBZ", "VBP", "VBN", "JJ", "VBG") or any(h.tag_ in ("VBZ", "VBP") for h in helpers)


def _deadline_of_an_order(doc: Doc, i: int) -> bool:
    """A deadline ('by', 'until', 'before') of an infinitive that a verb of directing in the present
    or the present perfect takes ('has told landlords to fit smoke alarms by May', 'requires firms to
    file by March'): what is to be done after an order still standing, ahead. (After one in the past,
    'was asked to pass it before Christmas' said in January, the nearest is as likely gone.)"""
    if _lead(doc, i) not in DEADLINE_LEADS:
        return False
    verb = _verb_of(doc, i)
    if verb is None or verb.head is verb or verb.head.lemma_.lower() not in DIRECTING_VERBS \
            or not any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children):
        return False
    order = verb.head
    return order.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in order.children)


def _ahead_of_a_past_act(doc: Doc, i: int, month: int) -> bool:
    """A date a past act points ahead to: the day something was moved to or from ("adjourned the
    inquiry to February 16", "postponed it from Jan. 12 to March 9"), a deadline set by an order
    ("ordered the council to repair the roads by Jan. 30", "ordered the documents handed over by
    Jan. 8"), a day set ("set a hearing date of Feb. 4", "scheduled the vote for March", "a closing
    date of 28th January"). A past
    verb does not put these behind; most of a year behind, they are the nearest such day, ahead
    (TIDES), unless the sentence dates the act by a month before them no later in the year than
    the date's `month`: "In January the court ordered it to pay by March 3" is the act's own year,
    while "in November set a deadline of March 31" and "advertised on 3rd December 2024 with a
    closing date of 28th January" point into the year after the act."""
    if _named_as_a_deadline(doc, i):
        return True  # "declared a dividend, with October 24 as the record date"
    j = _lead_index(doc, i)  # the claim may open with its preposition ("by Jan. 30")
    if j < 0:
        return False
    prep = doc[j]
    lead = prep.lower_
    if any(MONTHS[t.lower_.rstrip(".")] <= month
           and not any(a.lower_ == "from" and a.head == prep.head for a in t.ancestors)
           for t in _months_before(doc, i, j)):
        return False  # the act's own year (a "from" end aside)
    if lead == "to" and to_a_moved_day(prep) or lead == "from" and prep.head.lemma_.lower() in RESCHEDULING_VERBS:
        return True
    if lead in ("of", "for") and _under_a_setting_verb(prep) or lead == "on" and _an_event_called(prep):
        return True
    if lead == "of" and _sets_a_day(prep.head):
        return True  # "advertised in December with a closing date of 28th January": the day the noun names
    verb = _verb_of(doc, i)
    boss = next((t for t in verb.ancestors if t.pos_ == "VERB"), None) if verb is not None else None
    return lead in DEADLINE_LEADS and boss is not None and boss.lemma_.lower() in DIRECTING_VERBS


def _set_for_a_day(doc: Doc, i: int) -> bool:
    """The date is what a verb of setting sets something "for" ("has called a protest for Monday",
    "has called an election for Nov. 4", "set the hearing for Friday"): a day ahead of the act (in
    the present perfect however far: "was first listed for December 9" in January is last month's)."""
    j = _lead_index(doc, i)
    return j >= 0 and doc[j].lower_ == "for" and _under_a_setting_verb(doc[j])


def _under_a_setting_verb(prep: Token) -> bool:
    """A verb of setting stands above the date's preposition ("set a hearing date of Feb. 4",
    "called an election for Nov. 4")."""
    return bool(_setting_verbs_above(prep))


def _an_event_called(prep: Token) -> bool:
    """A verb of setting above the date's "on" takes an event as its object ("the union called a walkout
    at the bus depot on May 4", "the governor has called an election on May 3"): the day is the
    event's, as after "for" (not the calling's, a day nearer the news, which "on" also tells)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS
               for verb in _setting_verbs_above(prep) for c in verb.children)


def _setting_verbs_above(prep: Token) -> list[Token]:
    return [t for t in prep.ancestors if t.pos_ == "VERB" and t.lemma_.lower() in SETTING_VERBS]


def _named_as_a_deadline(doc: Doc, i: int) -> bool:
    """The date at token i is named "as" a day a deadline noun sets ("with October 24 as the record
    date", "set March 3 as the deadline"; not "as the date of the attack", a date of nothing set)."""
    k = i
    while k < len(doc) and (doc[k].like_num or doc[k].lower_.rstrip(".") in MONTHS or doc[k].text in (",", ".")):
        k += 1
    if k >= len(doc) or doc[k].lower_ != "as":
        return False
    return any(_sets_a_day(t) for t in doc[k + 1:k + 5])


def _sets_a_day(noun: Token) -> bool:
    """A deadline noun ("deadline", "cut-off"), or "date" with its kind ("a closing date", "the record
    date"; not "the date of the attack")."""
    lemma = noun.lemma_.lower()
    return lemma in DEADLINE_NOUNS and (lemma != "date" or any(c.dep_ in ("compound", "amod") for c in noun.children))


def _perfect(doc: Doc, i: int) -> bool:
    """The verb the date times is in a perfect ('had been restored by Sunday'): a state reached by
    then, already past."""
    verb = _verb_of(doc, i)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have", "'d") for c in verb.children)


def _under_since(doc: Doc, i: int) -> bool:
    """The date tells when the thing "since" counts from happened ("his first since the general
    election on May 3", "the first visit since the summit on Nov. 12"): no verb between them."""
    for tok in doc[i].ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lower_ == "since" and tok.dep_ == "prep":
            return True
    return False


def _lead(doc: Doc, i: int) -> str:
    """The word a date opens with when it is a preposition of OPEN_ENDED_LEADS ('until Sept. 12': the
    claim may open with it), else the word before it ('by Friday', 'until the end of May'), lower-cased."""
    j = _lead_index(doc, i)
    return doc[j].lower_ if j >= 0 else ""


def _lead_index(doc: Doc, i: int) -> int:
    """The position of `_lead`'s word, -1 at the text's start."""
    if doc[i].lower_ in OPEN_ENDED_LEADS:
        return i
    j = i - 1
    while j >= 0 and doc[j].lower_ in ("the", "early", "late", "mid", "-"):
        j -= 1
    return j


def _months_before(doc: Doc, i: int, j: int) -> list[Token]:
    """The month names the sentence of doc[i] prints before doc[j]."""
    sent = _sentence_at(doc, i)
    return [t for t in doc[sent.start:j] if t.lower_.rstrip(".") in MONTHS and t.tag_ != "MD"]


def to_a_moved_day(tok: Token) -> bool:
    """The "to" of a verb that moves something to a day: "adjourned the case to", "moved to"."""
    return tok.lower_ == "to" and tok.head.lemma_.lower() in MOVING_TO_A_DAY


def _moved_to(doc: Doc, i: int) -> bool:
    """A day something was adjourned or moved to ("adjourned the case to the 14th"): after the act,
    so a past verb does not put it in the past. Not where the sentence names a month before it
    ("first listed for December 9, but adjourned to the 22nd"), whose month it is."""
    j = i - 1
    while j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 0 or not to_a_moved_day(doc[j]):
        return False
    return not _months_before(doc, i, j)


# verbs of a rule's start in the present: what "applies from" or "takes effect on" a day already
# gone would be told in the past ("has applied since"), so the day is the coming one
_TAKING_EFFECT = frozenset({"apply", "take", "come", "enter", "go", "kick"})
_EFFECT_OBJECTS = frozenset({"effect", "force", "in"})


def _taking_effect(doc: Doc, i: int) -> bool:
    """The date hangs, through 'from' or 'on', from a verb of a rule's start in the present ('the new
    fare applies from 1 July', 'the ban comes into force on 1 August', 'takes effect from 1 June')."""
    if _lead(doc, i) not in ("from", "on") or not _finite_present(doc, i) or _perfect(doc, i):
        return False  # "have applied from 1 July": since then
    verb = _verb_of(doc, i)
    if verb is None or verb.lemma_.lower() not in _TAKING_EFFECT or verb.dep_ in ("relcl", "acl"):
        return False  # "the surcharge, which applies from 1 September, has angered drivers": in force
    return verb.lemma_.lower() == "apply" or any(t.lower_ in _EFFECT_OBJECTS for t in doc[verb.i + 1:i])


def _open_ended(doc: Doc, i: int) -> bool:
    """'jailed until Sept. 12', 'by March 10': a past verb does not put these in the past."""
    return _lead(doc, i) in OPEN_ENDED_LEADS
