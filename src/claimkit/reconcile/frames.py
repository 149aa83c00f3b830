"""Claim frames: Claims (+ the story's other claims) -> Frames, what the aligner weighs.

A frame keeps evidence, not one guess: the subject as the extractor named it (with the
story's aliases), the head word of what is measured (stemmed, so "fined"/"fine" and
"withdrew"/"withdrawal" meet), the words around the figure weighted by nearness and by
how rare they are in the story, the years the clause mentions besides the figure (event
time), role words beside the figure (total, part, per unit, earlier, planned) and the
figure's comparable interval.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from claimkit.lexicon import (
    AGE_ATTRIBUTE, AGE_OF_A_THING, ATTRIBUTE_ALIASES, ATTRIBUTE_CUES, COUNT_NOUN_ALIASES, INCREMENTS, IRREGULAR_FORMS,
    MEASURE_MODIFIERS, MONTH_NAMES, NEVER_CLAUSE, OTHER_SUBJECT, PEOPLE_EVENT, ROLE_MARKERS, ROLE_WORDS_BEFORE,
    SAYING_VERBS, STANCE_VERBS, STOCK_NOUNS, UNINFORMATIVE, WEEKDAY_NAMES, people_noun,
)
from claimkit.models import COMPARED_KINDS, Claim, CountValue
from claimkit.reconcile.compare import (
    KELVIN_PER_DEGREE, TEMPERATURE, UNIT_KINDS, Interval, Verdict, compare, interval, is_yearless, shared_space,
    slipped_floors, told_as_share, told_after, told_before,
)
from claimkit.reconcile.subjects import norm_subject

NEAR_WORDS = 3  # words this close to the figure are its "near" context
DECAY = 4.0  # a word's weight halves DECAY words away from the figure
ROLE_WINDOW = 4  # role words count only this close to the figure ("a combined", "including")
_ADJECTIVAL_MEASURE = re.compile(r"^[\d.,]+[-\u2011][^\W\d_]+$")  # "90-kilometre", "2,000-tonne"
_A_YEAR = 365.0  # days from Jan 1 to Dec 31 of the leap year month-and-day dates are placed in
HEDGES = frozenset(w for w, role in ROLE_MARKERS.items() if role == "estimate")
# lemmas on a figure's parse path that make it what was planned, not what happened (not "plan"
# nor "propose": "a $5bn rescue plan", "proposed on April 1" are things that happened)
# ("hop" is the model's lemma of "hopes" and "hoped": "hopes to collect donations from 1,200 people")
PLAN_LEMMAS = frozenset({"intend", "schedule", "aim", "hope", "hop"})
# a plan told as what the figure's clause is: "the plan was to bring 640 doctors", "its goal is to hire 500"
_PLAN_IS_TO = re.compile(r"\b(?:plan|goal|aim|target|ambition|objective|intention)s?\s{1,3}"
                         r"(?:is|was|are|were|had\s{1,3}been)\s{1,3}to\b", re.IGNORECASE)
# ... or as the purpose of an effort named right before it: "launched a campaign to immunise 80,000
# children", "a drive to recruit 5,000 nurses", "its bid to raise $40 million" (a goal, not what was done)
_EFFORT_TO = re.compile(r"\b(?:campaign|drive|effort|programme|program|plan|bid|push|scheme|initiative|mission|"
                        r"target|goal|aim|pledge|promise)s?\s{1,3}to\s{1,3}[a-z]+(?:\s{1,3}[a-z-]+){0,3}\s{1,3}$")
# ... or by the verb "plan" itself, within the figure's clause: "the council plans to widen the ring
# road and add 40 buses", "is planning to hire 300 nurses"; "two new wards are planned" (the noun,
# "a $5bn rescue plan", is a thing that happened)
_PLANS_TO = re.compile(r"\b(?:plans|planned|planning)\s{1,3}to\s[^,;:()\u2013\u2014]{0,80}$", re.IGNORECASE)
_IS_PLANNED = re.compile(r"[^,;:()\u2013\u2014]{0,40}?\b(?:is|are|was|were|been|being)\s{1,3}planned\b", re.IGNORECASE)
# a figure told as what a forecast says will come, the forecast named before the figure's "will" or
# "to": "the board's forecast assumes that growers will pick 44,000 tonnes of tea", "analysts expect the
# firm to sell 4,000 cars", "the ministry projects that exports will reach 90,000 tonnes", "hopes the
# ferry will carry 600"
_FORECAST_THAT = re.compile(r"\b(?:forecasts?|projections?|projects|projected|predicts?|predicted|predictions?|expects?|"
                            r"anticipates?|anticipated|assumes?|assumed|outlook|hopes?|hoped)\b[^.;:]{0,80}?"
                            r"\b(?:will|would|to)\s{1,3}[a-z]+(?:\s{1,3}[a-z-]+){0,3}\s{1,3}$"
                            # ... or the forecast's verb takes the figure itself: "the agency expects about 9,000
                            # visitors", "forecasts 3,000 arrivals"
                            r"|\b(?:forecasts?|projects|predicts?|expects?|anticipates?)\s{1,3}"
                            r"(?:(?:about|around|some|roughly|nearly|almost|over|up\s{1,3}to|at\s{1,3}least|more\s{1,3}"
                            r"than)\s{1,3})?$", re.IGNORECASE)
# ... and a figure told as still to come in any way, a few words before it ("will stay shut for nine
# weeks", "could reach 40,000", "is set to cost")
_COMING = re.compile(r"\b(?:will|would|shall|could|may|might|expects?|expected|forecasts?|projected|predicts?|"
                     r"predicted|set\s{1,3}to|due\s{1,3}to|going\s{1,3}to)\b|'ll\b", re.IGNORECASE)
_BE = frozenset({"is", "was", "were", "are", "be", "been"})
# the forms of the verbs that put a figure, as a hedge before them reads ("probably rose 8%")
HEDGED_VERBS = _BE | frozenset(
    "cost costs rise rises rose risen fall falls fell fallen jump jumped jumps climb climbed "
    "grow grew grown increase increased decrease decreased decline declined drop dropped reach reached total "
    "totalled totaled top topped exceed exceeded stand stood come came amount amounted hit hits double doubled".split())

# a word, or a number with its decade's "s" ("the 1960s" is no year an event was told in)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+(?:[.,]\d+)*(?:s\b)?", re.UNICODE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")
# a year that is the comparison base, not the time of the event: "the highest since the third
# quarter of 2018", "lower than in 2019", "compared with 2020", "up from 2021's 4.1%"
# (and, right after a change's figure, "on": "down 14.3 per cent on 2023/24", "up 6% on 2019")
_CHANGE_ON = r"\d\s*(?:%|per\s?cent|percent|points?)(?:\s+(?:higher|lower|up|down|more|less))?\s+on\s+(?:the\s+)?"
_BASELINE_YEAR = re.compile(r"\b(?:since|than|compared\s+(?:with|to)|versus|vs\.?|up\s+from|down\s+from)\s+"
                            rf"(?:\S+\s+){{0,4}}?((?:19|20)\d\d)\b|{_CHANGE_ON}((?:19|20)\d\d)\b", re.IGNORECASE)
# an aside that tells of a noun, not of the figure's event: "the complex, built in 1972, had cost",
# "the bridge, which opened in 1931, will shut", "the lender, founded in 2018, was fined"
# ... or a relative or participle clause that closes the sentence: "the fine concerns its booking site,
# which the regulator said had forced 9,000 hotels to match its prices from 2019 to 2023."; "rose to
# $8 million in June, extending a run of gains that began in 2019."
_ASIDE = re.compile(r", (?:which|who|whose|where|[^\W\d_]++(?<=ed)|built|begun|made|held|run|won|set up|known)\b(?:[^,]|(?<=\d),(?=\d)){0,80}+,"
                    r"|, (?:which|who|whose|where|[^\W\d_]++(?<=ing))\b(?:[^,.;:!?]|(?<=\d)[,.](?=\d)){0,240}+[.!?]?$",
                    re.IGNORECASE)
# ... and a noun phrase set beside a name between commas: "Ana Ruiz, the champion in 2019 and 2021, was
# banned" (the years are the champion's, not the ban's; "On Monday, the firm ..." names no one)
_APPOSED_TO_A_NAME = re.compile(r"\b(?P<name>[A-Z][\w'’.-]*), (?:the|a|an)\s(?:[^,]|(?<=\d),(?=\d)){0,80}+,")
_DATE_NAMES = frozenset(WEEKDAY_NAMES) | frozenset(MONTH_NAMES)
# what made a count rise, after the figure it rose to: "the toll rose to 21 on Friday, after four
# people died overnight", "climbed to 312 after 40 were found" (the four, the 40 are the rise)
_RISE_AFTER = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|went\s+up)\s+to\s+(?:about\s+|at\s+least\s+)?"
                         r"[\d,.]+\b[^.;:]{0,40}?\bafter\s+(?:another\s+|a\s+further\s+)?$", re.IGNORECASE)
# "two million more votes"; a net change of a count ("18 net new stores", "a net 40 jobs")
_COMPARATIVE = re.compile(r"\S\s+(?:more|fewer|less|extra|net)\s+\w|\bnet\s+\d", re.IGNORECASE)
# ... and a margin told after the figure: "€90 more than now", "40 fewer jobs than a year ago",
# "$2 a share higher than the first offer"
_MORE_THAN_AFTER = re.compile(r"\s{1,3}(?:more|less|fewer|higher|lower|extra)\b(?:\s{1,3}[\w'’-]{1,20}){0,3}?"
                              r"\s{1,3}than\b", re.IGNORECASE)
_WHOLE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+$|\d+$")  # "1,020", "57": a count's figure written alone
# a sentence that opens on another matter: "Separately, ...", "In a separate ruling, ...", "In
# another case, ...": its figures are of that other matter, whatever words they share with this one
# ("In a separate statement" is the same matter told elsewhere, not another one)
_ANOTHER_MATTER = re.compile(r"(?:separately\b|in\s+(?:a\s+separate|another|an\s+unrelated)\s+"
                             r"(?!statement\b|interview\b|comment\b|post\b|release\b|filing\b|letter\b)\w+\s*,)",
                             re.IGNORECASE)
# a sentence opening on a union tells the figures of the whole it makes: "Once combined, the group will
# employ about 7,800 people", "Together, the two carriers fly 410 aircraft", "After the merger, it will run 90 parks"
_COMBINED_MATTER = re.compile(r"(?:(?:once|when)\s+)?(?:combined|merged)\s*,|together\s*,|after\s+the\s+(?:merger|deal|"
                              r"takeover|acquisition)\s*,", re.IGNORECASE)
# a count of others of the things counted: "two other men were also jailed", "40 other patients"
# (not "27 others": a pronoun counts the people of its own event, "two killed and 27 others hurt")
_OTHER_ONES = re.compile(r"\bother\s+\w", re.IGNORECASE)
# a figure for each one of something right after it: "$54 a share", "$1.84 per share", "€20 a head",
# "$3 each", "£500 apiece" (a price of one, never the total a deal or a profit comes to); not
# "$5bn a year" nor "20 hours a week", a rate over time that may be the same figure as a plain one,
# nor an apposition after a comma ("fined €24 million, a record for the region")
_PER_UNIT = re.compile(r"\s{1,3}(?:(?:a|an|per)\s{1,3}(?!(?:day|week|month|year|annum|quarter|hour|minute|night|"
                       r"season|decade)s?\b)[^\W\d_]+|each|apiece)\b", re.IGNORECASE)
# a count told per a round number of others: "104 deaths per 100,000 live births", "12 cases per 1,000"
_PER_ROUND_NUMBER = re.compile(r"\s{1,3}(?:per|for\s{1,3}every|in\s{1,3}every)\s{1,3}"
                               r"(?:1|10|100|1,?000|10,?000|100,?000|1,?000,?000"
                               r"|a\s{1,3}(?:hundred|thousand|million)|(?:one\s{1,3})?(?:hundred|thousand|million))\b",
                               re.IGNORECASE)
# a count told per period right after it: "replaces about 1,100 lines a year", "sees 40 patients a day",
# "300 flights per week": a rate, not the stock or the total counted once
_PER_PERIOD = re.compile(r"\s{1,3}(?:(?:a|an|per|each|every)\s{1,3}(?P<period>day|week|fortnight|month|year|night|"
                         r"season|quarter|shift)|annually|yearly|weekly|daily|monthly)\b", re.IGNORECASE)
# ... of which the periods a sum or a quantity per period is weighed against its total by ("€3 million a
# year" and "€24 million over eight years": _period_of)
_COUNTED_PERIODS = frozenset({"day", "week", "month", "year"})
# ... or a share given to each one after it, past a conversion in brackets: "will pay ₹85,000 (about
# $1,020) to each family", "€400 for every worker laid off" (not "for each year", a rate over time)
_TO_EACH_AFTER = re.compile(r"(?:\s{0,3}\([^()]{1,60}\))?,?\s{1,3}(?:to|for)\s{1,3}(?:each|every)\s{1,3}"
                            r"(?!(?:day|week|month|year|quarter|season|time|hour|night)s?\b)[^\W\d_]", re.IGNORECASE)
# "each" before the figure in its clause, no other figure between: one person's or thing's share
# ("each worker is to receive €1,450"), not a frequency ("each year")
_EACH_BEFORE = re.compile(r"\beach\b(?!\s+(?:day|week|month|year|quarter|season|time|other)s?\b)[^\d,;€$£¥]{0,90}$",
                          re.IGNORECASE)
# a whole a part is told of, right before the count: "88 of the 200 seats", "four of its 11 directors",
# "11 per cent of its 38,000 staff", "3 out of 40 passengers" (the part is a figure of its own; the
# whole is what it is taken from, never the part's rival)
_PART_OF = re.compile(r"(?:^|\s)(?:\d[\d,.]*\s*(?:%|per\s?cent|percent)?|one|two|three|four|five|six|seven|"
                      r"eight|nine|ten|eleven|twelve|\w+teen|"
                      r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|half|third|quarter)"
                      r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?$", re.IGNORECASE)
# a count told to be among a whole right after it: "12 pilots were among those laid off"
_AMONG = re.compile(r"\s{1,3}(?:were|was|are|is|had\s{1,3}been|have\s{1,3}been)\s{1,3}(?:also\s{1,3})?among\b",
                    re.IGNORECASE)
# a share of a whole told by its verb: "the north accounted for 41,000 tonnes", "exports make up 40% of",
# "the north contributed 12,000 of the votes"
_ACCOUNTED_FOR = re.compile(r"\b(?:account(?:s|ed|ing)?\s{1,3}for|ma(?:de|kes?|king)\s{1,3}up)\s{1,3}"
                            r"(?:about\s{1,3}|some\s{1,3}|nearly\s{1,3}|almost\s{1,3}|roughly\s{1,3}|around\s{1,3})?$",
                            re.IGNORECASE)
# a name, then "alone", before the figure: "Paris alone recorded", "Acme Bank alone has lost" (no
# comma, semicolon or colon between: "Left alone, the region recorded" names no part)
_ALONE = re.compile(r"\b[A-Z][\w'’-]*\s{1,3}alone\b(?![^,;:]{0,30}[,;:])")
# ... or after it: "23,000 people in the halls on the Saturday alone", "1,200 cases in Lyon alone", "3,000
# flights on the first day alone", "$2bn in 2024 alone"
_ALONE_AFTER = re.compile(r"(?:\s[^\s,;:.]{1,20}){0,6}?\s(?:[A-Z][\w'’-]*|day|night|week|weekend|month|year|"
                          r"(?:19|20)\d\d)\s{1,3}alone\b")
# a figure followed by the measure it is part of: "€30 million of the cost", "$2m of its overall budget"
_OF_A_MEASURE = re.compile(r"\s{1,3}of\s{1,3}(?:the|its|their|his|her|our|this|that)\s{1,3}([^\W\d_]+)"
                           r"(?:\s{1,3}([^\W\d_]+))?")
# a sentence that opens on the whole its figures are parts of: "Of the total, ...", "Of that, ...",
# "Out of these, ..."
_OF_THE_WHOLE = re.compile(r"\s{0,3}(?:Of|Out\s{1,3}of)\s{1,3}(?:the|that|this|these|those)\b[^,]{0,40},\s")
# a count of a part of the whole counted before it: "124 of them", "5 of whom", "of which 96"
_OF_THEM = re.compile(r"\s{1,3}of\s{1,3}(?:them|these|those|whom)\b", re.IGNORECASE)
_OF_WHICH = re.compile(r"\bof\s{1,3}(?:which|whom|these|those|them)[\s,]{1,3}$", re.IGNORECASE)
# the most a place, a vehicle or a plant holds or makes, right before its figure: "will hold 22,000
# fans", "the hall seats 900", "can carry 640 passengers", "a capacity of 40,000", "room for 300",
# "can produce 9 million litres a day" (not what it "is producing"): never the
# count of those who came or were aboard ("was carrying 640 passengers", "a capacity crowd of 40,000"),
# nor what one holds ("the party holds 88 seats")
_CAPACITY_BEFORE = re.compile(
    r"(?:\b(?:can|could|will|would|to)\s+(?:hold|seat|accommodate|carry|take|house|sleep)|"
    r"\b(?:can|could)\s+(?:produce|generate|treat|process|handle|store|pump|supply|deliver|make)|"
    r"\b(?:seats|accommodates|sleeps)|\bcapacity\s+(?:of|for)|\b(?:room|space|seating)\s+for)"
    r"\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
# pay told net of what is paid out of it: "will take home €1,690", "a take-home pay of", "net of
# fees" right before it; "after tax", "after social contributions", "net" right after it (a wage
# told gross elsewhere; a profit's "net" is a measure of its own, MEASURE_MODIFIERS)
_TAKE_HOME = re.compile(r"\btake[- ]home\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)  # pay whatever its cue
_NET_BEFORE = re.compile(r"\b(?:net\s+of\s+[\w-]+|after[- ]tax)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_NET_AFTER = re.compile(r"\s{0,3},?\s{0,3}(?:an?\s+(?:month|year|week)\s+)?(?:net\b|after\s+(?:[\w'-]+\s+){0,4}?"
                        r"(?:tax(?:es)?|deductions|contributions)\b)", re.IGNORECASE)
ONE_AND_ALL = frozenset({"unit", "total"})  # roles of a figure per one and of the sum over all (one_against_all)
# a sum told as the whole right after its figure: "€81,000 in all", "a further 40 in total"
_IN_ALL = re.compile(r",?\s{1,3}in\s{1,3}(?:all|total)\b", re.IGNORECASE)
# ... and the whole such a part is told of, right before it: "412 flights, of which 96 were late"
_OF_WHICH_NEXT = re.compile(r"\s{0,3},\s{1,3}of\s{1,3}(?:which|whom)\b", re.IGNORECASE)
# ... and "per" + a noun before it, the measure of one ("earnings per share of", "revenue per member
# rose to"): "per cent" and a time ("per year") name no unit
_PER_UNIT_BEFORE = re.compile(r"\bper\s+(?!(?:cent|day|week|month|year|annum|quarter|hour|minute|night|season|"
                              r"decade)s?\b)[^\W\d_]+\b", re.IGNORECASE)
# a running tally: "with 87% of the ballots counted", "with 92 percent of precincts reporting", "with
# 90% of the vote in," (not "54.3% of the vote in a race that drew ...")
_PARTIAL_TALLY = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.,]\d+)?)\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+|all\s+)?"
    r"(?:votes?|ballots?|precincts?|polling\s+stations?|tally\s+sheets?|returns|districts?)\s+"
    r"(?:counted|reporting|reported|processed|tallied|in(?=\s*(?:[,.;:)]|$)))\b", re.IGNORECASE)
# a toll told as of a moment: "as of Monday, the toll stood at 41 dead", "so far 12 are
# missing", "two people were still missing", "the toll stands at 27": an article that dates its
# count of casualties, or counts those still in a state, tells one stage of a count still moving
_TOLL_AT_A_TIME = re.compile(r"\b(?:as\s+of|so\s+far|at\s+last\s+count|at\s+the\s+time\s+of\s+writing"
                             r"|(?:still|remain(?:s|ed)?)\s+(?:missing|unaccounted\s+for|in\s+hospital|hospitali[sz]ed"
                             r"|trapped|stranded|in\s+(?:intensive\s+care|a\s+critical\s+condition|critical\s+condition))"
                             r"|(?:stood|stands)\s+at"
                             # a toll in the present perfect tells it as of the article's day: "eleven of
                             # the swans have died", "40 people have been treated" (more may follow)
                             r"|(?:have|has)\s+(?:now\s+|so\s+far\s+)?(?:died|perished|been\s+(?:killed|injured|hurt"
                             r"|treated|rescued|evacuated|hospitali[sz]ed|found\s+dead|confirmed\s+dead)))\b", re.IGNORECASE)
# a count told as it stood at a moment: "had gathered about 31,000 signatures by Friday morning"
_COUNT_AT_A_STAGE = re.compile(
    rf"\bby\s+(?:early\s+|late\s+)?(?:(?:{'|'.join(WEEKDAY_NAMES)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?|midday|noon|midnight|nightfall"
    r"|(?:this|that|the\s+next|the\s+following)\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
# ... or told as a first count that may still grow: "about 900 holders, adding that the number could
# rise", "the toll is expected to climb"
_MAY_STILL_GROW = re.compile(r"\b(?:could|may|might|(?:is|was|are|were)\s{1,3}(?:likely|expected)\s{1,3}to|"
                             r"(?:is|was)\s{1,3}set\s{1,3}to)\s{1,3}(?:still\s{1,3}|further\s{1,3})?"
                             r"(?:rise|climb|grow|increase|go\s{1,3}up)\b", re.IGNORECASE)
# ... or told as the figure it has moved to ("the death toll rose to 19", "has climbed to 2,400"):
# an earlier stage was lower or higher, so an article that says so tells one stage of a moving count
_MOVING = r"(?:rose|risen|climbed|increased|jumped|grew|grown|swelled|mounted|fell|dropped)\s+to\s+" \
          r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some)\s+)?$"
_MOVED_TO = re.compile(rf"\b{_MOVING}", re.IGNORECASE)
# ... but not a stock that grows over the years between two counts ("the city's population has grown
# to 248,316", "its workforce rose to 1,200", "enrolment climbed to 31,240"): it is the figure of one
# count, not one stage of a count still running between two articles
_STOCK_MOVED = re.compile(rf"\b(?:{'|'.join(STOCK_NOUNS)})(?:'s)?\s+(?:(?:has|have|had)\s+)?(?:now\s+)?{_MOVING}",
                          re.IGNORECASE)
# ... or told beside the figure it moved from, later in its clause (no other figure between):
# "2.1 million customers were affected by the breach, up from its initial estimate of 1.3 million"
# (read on the rest of the sentence with its spaces collapsed, one space per gap: nothing backtracks)
_MOVED_FROM = re.compile(r"(?: [^\W\d][\w'’-]*){0,12}? ?,? (?:up|down) from\b", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")  # "up from 94 in 2019": another year's count
# the figure a count moved from, told after it in its sentence: "148,000 had died as of March 3, up
# from 84,000 in its count of February 10", "recorded in 12 provinces, compared with nine in February"
_EARLIER_FIGURE = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|from\s+(?:an?\s+)?(?:earlier|initial|previous|first)"
    r"\s+(?:count|estimate|figure|tally|toll)\s+of)\s+(?:(?:about|around|some|nearly|almost|just)\s+)?"
    r"(?P<n>\d[\d,.]*(?:\s+(?:thousand|million|billion))?|[a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "al")
STEM_LENGTH = 6  # truncation after suffix stripping: "penalties"/"penalty"/"penalised" -> "penal"


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem that meets derivational families: 'withdrawal'/'withdraw' -> 'withdr',
    'fined' -> 'fin', 'paid' -> 'pay', 'payments' -> 'pay'."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = IRREGULAR_FORMS.get(w, w)
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return w[:STEM_LENGTH]


@dataclass(slots=True)  # not frozen: a frozen dataclass pays a setattr per field, 100,000 frames at a time
class Frame:
    """One compared claim as evidence: who, what, when, the words around it and its value."""

    index: int
    claim: Claim
    doc: str
    group: str  # the document's independent-source group
    subject: str | None
    head: str | None
    modality: str | None
    terms: dict[str, float]  # stem -> weight (nearness x rarity in the story)
    near: frozenset[str]
    path: dict[str, float]  # stems of the words on the figure's parse path -> weight (order x rarity)
    years: frozenset[int]
    roles: frozenset[str]
    running: bool  # a count or share in an article that counts from a tally still running ("with 87% counted")
    moved: bool  # a count told as what it moved to ("the toll rose to 19"): a stage, if told on another day
    earlier: float | None  # the figure a count moved from, told beside it ("up from 84,000"): its earlier stage
    interval: Interval | None
    native: Interval | None  # money in its own currency (two euro figures never meet a rate band)
    yearless: Interval | None  # a date on month and day only (beside a date without a year)
    rounded: Interval | None  # a quantity to the rounding of its last digit (beside a figure in another unit)
    currency: str | None  # money's own currency: two figures in one currency compare in it
    unit: str | None  # a quantity's or a length's unit as printed: figures in two units compare to their rounding
    no_year: bool  # a date on month and day only: it compares on month and day with any date
    value_key: tuple
    live: bool  # article text (claims in promotions and disclaimers are never compared)
    lead: bool  # the document's first claim of this kind
    norm: float = 0.0  # length of `terms`, for the cosine
    beside: tuple[Frame, ...] = ()  # a date's: the other figures of its sentence (the event's own figures)
    modifier: str | None = None  # what divides the measure: "net" of "net profit"
    sentence_no: int = -1  # the number of its (document, sentence) in the story: pairs compare ints, not texts
    places: frozenset[str] = frozenset()  # the places its clause is told of (its scope): "northern region"
    told_from_its_day: bool = False  # a day counted from its article's ("on Tuesday", "yesterday")
    period: int = 0  # days in the reporting period its sentence names ("in the fourth quarter": 90), 0: none
    period_end: int = 0  # the last day of that period (a proleptic ordinal)
    period_words: str = ""  # the words that name it, lower-cased
    recent: bool = False  # its sentence names a time within a month of its article's day ("last week")
    subject_shared: bool = False  # its subject is named (in full or in part) by two documents or more
    headline: bool = False  # its document's first figure of the kind, in its first sentence with a compared figure
    dated_past: bool = False  # its clause names a year before its article's ("the record set in 1994")
    published_day: int = -1  # its article's publication day (ordinal), -1 if undated
    seasons: frozenset[int] = frozenset()  # the split years its clause names, by their first year ("2025/26": 2025)
    per: str | None = None  # the period a sum or a quantity is told per ("€3 million a year": "year")
    forecast: bool = False  # told as what a forecast says will come (_FORECAST_THAT)
    coming: bool = False  # told as anything still to come: a forecast, a plan, a possibility (_COMING)


# Two articles published this many days apart, or more, cannot mean one day by "on Tuesday"
NEWS_WEEK = 7


def age_kind(f: Frame) -> int:
    """0 for a figure that is no age, 1 for a person's age, 2 for a thing's ("the 95-year-old house"):
    figures of two kinds are never one fact, nor does one excuse the other as a second fact."""
    if f.head != AGE_ATTRIBUTE:
        return 0
    return 2 if AGE_OF_A_THING in f.claim.notes else 1


def periods_apart(a: Frame, b: Frame) -> bool:
    """Both figures are told per a period, not the same one ("340 marks a month", "4,080 marks a
    year"), or for a reporting period, one at least twice as long as the other (a
    quarter's profit and the year's, a month's rise and the year's are two measures), or ending
    half a period or more apart though told in the same words ("in the year to June" in a July
    story of one year and of the next: two years; the nearest period of a figure beside two is no
    firmer reading than that)."""
    if a.per and b.per and a.per != b.per:
        return True  # "340 marks a month" and "340 marks a year": a rate per month is never one per year
    if not (a.period and b.period):
        return False
    return max(a.period, b.period) >= 2 * min(a.period, b.period) \
        or (a.period_words == b.period_words and abs(a.period_end - b.period_end) >= min(a.period, b.period) / 2)


def other_years(a: Frame, b: Frame) -> bool:
    """Both clauses name years, and none in common: "fined in 2019" and "fined in 2023"; or both
    name split years (seasons, academic or fiscal years), and none in common: "the 2025/2026 intake"
    and "the 2026/2027 intake" share a calendar year but are two intakes."""
    if a.seasons and b.seasons and not (a.seasons & b.seasons):
        return True
    return bool(a.years) and bool(b.years) and not (a.years & b.years)


def _seasons(sentence: str, years: set[int]) -> frozenset[int]:
    """The first years of the split years ("2025/2026", "2025-26") of the clause's years."""
    return frozenset(int(a) for a, b in _SEASON.findall(sentence)
                     if int(a) in years and int(b[-2:]) == (int(a) + 1) % 100)


def _in_a_name(words: list[tuple[str, int, str, bool]], k: int) -> bool:
    """Word k of _words is capitalized, and so is the word after it in the sentence: part of a name
    ("the Ledmoor Combined Authority", "Second Street"), no role word."""
    following = _following(words, k)
    return words[k][0][:1].isupper() and following is not None and following[0][:1].isupper()


def _words_to_next(claim: Claim, kin: list[Claim]) -> float:
    """The distance in words (as _words counts them) of the first word of the next figure of the
    claim's kind in its sentence; infinite when none follows."""
    after = [k.start for k in kin if k.start >= claim.end]
    at = claim.sentence.find(claim.text)
    if not after or at < 0:
        return math.inf
    gap = claim.sentence[at + len(claim.text): at + len(claim.text) + min(after) - claim.end]
    return len(_TOKEN.findall(gap)) + 1


def _opens_next_figure(claim: Claim, word: str) -> bool:
    """A role word after the figure that opens the phrase of a figure told next, with no stop
    between: "24,938 smashed the previous record of 17,120", "rose to 47 from a previous 30" (the
    earlier figure is 17,120, 30); not "1,200 in total, 300 of them children"."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    return bool(_opening_next(word).search(claim.sentence, at + len(claim.text)))


def _closes_last_figure(claim: Claim, word: str) -> bool:
    """A word of one each before the figure that ends the phrase of the figure told last, a comma
    between: "pays €9,000 to each family, €81,000 in all" (each family's is the €9,000); not "40
    defendants, each fined €5,000". (A time is the whole clause's: "1,612 the previous year, when
    13,960 sat" dates both.)"""
    at = claim.sentence.find(claim.text)
    return at > 0 and bool(_closing_last(word).search(claim.sentence, 0, at))


@lru_cache(maxsize=256)
def _closing_last(word: str) -> re.Pattern[str]:
    """A figure, no stop, the word, more words, a comma, then at most two words up to the end."""
    return re.compile(rf"\d[^\d.;:]*?\b{re.escape(word)}\b[^\d.;:,]*,(?:\s+[^\W\d_]+){{0,2}}\s*[^\w\s]{{0,2}}$",
                      re.IGNORECASE)


@lru_cache(maxsize=256)
def _opening_next(word: str) -> re.Pattern[str]:
    """The word, at most two more words, then a figure (a currency sign may open it)."""
    return re.compile(rf"\b{re.escape(word)}\b(?:\s+[^\W\d_]+){{0,2}}\s+[^\w\s]{{0,2}}\d", re.IGNORECASE)


# first-person words that make a quoted figure the speaker's: "I spent 30 years", "my rent went up 20%"
# (not "me": "four years for me and eighteen months for Luca" gives another's figure after it)
_FIRST_PERSON = frozenset({"i", "my", "i've", "i'd", "i'm", "i’ve", "i’d", "i’m"})
OWN_WINDOW = 5  # words between the first person and the figure: "My rent went up by 20%"


def _own_figure(claim: Claim, words: list[tuple[str, int, str, bool]]) -> bool:
    """A figure a quoted speaker tells of their own life: "I spent 30 years cutting turf", "I paid
    £400 for a ticket", "my rent went up by 20%" (a first-person word a few words before it, inside
    quotation marks). Another measure than the story's (a scheme's five years, the fare's £85),
    however alike the words; "I think the €80m fine was fair" tells someone else's (STANCE_VERBS)."""
    if claim.language != "en" or not _quoted(claim.sentence, claim.sentence.find(claim.text)):
        return False
    for _raw, dist, low, before in words:  # the words before the figure come first, nearest first
        if not before or dist > OWN_WINDOW or low in STANCE_VERBS or low in SAYING_VERBS:
            return False
        if low in _FIRST_PERSON:
            return True
    return False


# a level a change left, told before the one it moved to: "cut from six trains an hour to four",
# "raised the fee from £40 to £55" (a verb of change before "from", a figure after "to")
_LEVEL_LEFT_BEFORE = re.compile(r"\b(?:cut|reduced|raised|increased|lowered|lifted|rose|risen|fell|fallen|grew|"
                                r"grown|dropped|slashed|trimmed|doubled|halved|went|gone|moved|changed)"
                                r"\s{1,3}(?:\S{1,30}\s{1,3}){0,3}?from\s{1,3}(?:about\s{1,3}|around\s{1,3}|some\s{1,3})?$",
                                re.IGNORECASE)
_LEVEL_LEFT_AFTER = re.compile(r"(?:\s{1,3}[^\s\d.;:]{1,30}){0,4}?\s{1,3}to\s{1,3}(?:about\s{1,3}|around\s{1,3}|just"
                               r"\s{1,3})?(?:[$€£¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                               r"|a\s{1,3}few)\b)", re.IGNORECASE)


def _level_left(claim: Claim) -> bool:
    """The figure is the level a change moved from (_LEVEL_LEFT_BEFORE): the earlier level, never
    the story's figure now ("cut from six trains an hour to four" against "four trains an hour")."""
    at = claim.sentence.find(claim.text)
    return at > 0 and _LEVEL_LEFT_BEFORE.search(claim.sentence, max(0, at - 60), at) is not None \
        and _LEVEL_LEFT_AFTER.match(claim.sentence, at + len(claim.text)) is not None


def _quoted(sentence: str, at: int) -> bool:
    """Position `at` of the sentence lies inside quotation marks opened before it."""
    head = sentence[:max(at, 0)]
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


# the year "last year", "this year" or "next year" names, from its article's
_RELATIVE_YEAR = {"last": -1, "this": 0, "next": 1}
_COMPARED_ON = frozenset({"on", "from", "than", "over", "with", "against", "since", "versus", "vs", "of"})


# "year" as the words list holds it, possessive too: "last year's table included 31 universities"
_YEAR_WORDS = frozenset({"year", "year's", "year’s"})


def _relative_year(w: list[tuple[str, int, str, bool]], k: int, day: dt.date | None) -> int | None:
    """The year that the word "year" at w[k] names with the word before it in the text ("last
    year" in an article of 2026: 2025), or None (no such word, or no publication day)."""
    if day is None:
        return None
    before = w[k][3]
    prev = k + 1 if before else k - 1  # words before the figure run nearest first
    if not 0 <= prev < len(w) or w[prev][3] != before:
        return None
    shift = _RELATIVE_YEAR.get(w[prev][2])
    base = prev + 1 if before else prev - 1
    if 0 <= base < len(w) and w[base][3] == before and w[base][2] in _COMPARED_ON:
        return None  # "up seven points on last year": the base of a change, not the figure's year
    return None if shift is None else day.year + shift


def _words(claim: Claim) -> list[tuple[str, int, str, bool]]:
    """The sentence's words around the figure: (word, distance in words, lower-cased word, before it)."""
    if claim.language != "en":  # another language: the English glosses of its cue words, nearest first
        return [(w, n, w.casefold(), True) for n, w in enumerate(claim.context, 1)]
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0:
        at = sentence.casefold().find(claim.text.casefold())
    lo, hi = (at, at + len(claim.text)) if at >= 0 else (len(sentence), len(sentence))
    before: list[str] = []
    after: list[str] = []
    for m in _TOKEN.finditer(sentence):
        start, end = m.span()
        if end <= lo:
            before.append(m.group())
        elif start >= hi:
            after.append(m.group())
    return ([(w, n, w.casefold(), True) for n, w in enumerate(reversed(before), 1)]
            + [(w, n, w.casefold(), False) for n, w in enumerate(after, 1)])


@lru_cache(maxsize=4096)
def aside_years(sentence: str, figure: str) -> frozenset[int]:
    """Years of the sentence's asides (_ASIDE) that do not hold the figure: they date the noun the
    aside tells of ("the overhaul of the complex, built in 1972, had cost €48.6 million")."""
    at = sentence.find(figure)
    asides = [*_ASIDE.finditer(sentence),
              *(m for m in _APPOSED_TO_A_NAME.finditer(sentence) if m["name"].casefold() not in _DATE_NAMES)]
    return frozenset(int(y) for m in asides if not m.start() <= at < m.end()
                     for y in _YEAR_IN_TEXT.findall(m.group()))


# the base of a change told with its own year: "rose to 71% in 2026, up from 64% in 2025", "rose
# 9% to $5.2m, from $4.8m in 2025" (a figure after "from", not "from 2019 to 2023")
_BASE_FIGURE_YEAR = re.compile(r"\bfrom\s{1,3}(?P<figure>(?:about\s{1,3}|some\s{1,3})?[^\W\d_]{0,3}[$£€¥]?\d"
                               r"[^,;()]{0,40}?)\s{1,3}in\s{1,3}(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# the year before the one the clause prints, told in words after the figure: "in 2025, after only
# 61% passed the previous year's exam" (2025 is not the figure's year)
_YEAR_BEFORE = re.compile(r"\b(?:the\s{1,3}(?:previous|prior|preceding)\s{1,3}year|the\s{1,3}year\s{1,3}before|"
                          r"a\s{1,3}year\s{1,3}(?:earlier|before))\b(?!\s{1,3}than)", re.IGNORECASE)


def _a_year_before_the_printed(c: Claim) -> bool:
    """The words after the figure, in its clause, name the year before a printed one ("the previous
    year"), no year between them ("paid 6% in 2022, as a year earlier" tells its own year first)."""
    at = c.sentence.find(c.text)
    tail = c.sentence[at + len(c.text):][:80] if at >= 0 else ""
    m = _YEAR_BEFORE.search(tail)
    between = tail[:m.start()] if m is not None else ""
    return m is not None and not _YEAR_IN_TEXT.search(between) and "." not in between and ";" not in between


def base_figure_year(sentence: str, figure: str) -> int | None:
    """The year of the figure a change starts from, when the figure is that base: 64% in "rose to 71%
    in 2026, up from 64% in 2025" is 2025's (the base year times no other figure of the sentence)."""
    for m in _BASE_FIGURE_YEAR.finditer(sentence):
        if figure in m["figure"]:
            return int(m["year"])
    return None


@lru_cache(maxsize=4096)
def baseline_years(sentence: str) -> frozenset[int]:
    """Years the sentence names as a comparison base ("the most since 2018", "up from 4% in 2019"):
    no event's time."""
    return frozenset(int(y) for pair in _BASELINE_YEAR.findall(sentence) for y in pair if y) \
        | frozenset(int(m["year"]) for m in _BASE_FIGURE_YEAR.finditer(sentence))


def head_of(claim: Claim) -> str | None:
    """What is measured, stemmed: the extractor's attribute (through the alias table, without a
    modifier that divides it: "net profit" measures profit), a count's noun."""
    noun = (getattr(claim.value, "lemma", "") or getattr(claim.value, "noun", "")) if claim.kind == "count" else ""
    modifier = modifier_of(claim)
    attribute = claim.attribute[len(modifier) + 1:] if modifier else claim.attribute
    return _head(attribute, noun)


def modifier_of(claim: Claim) -> str | None:
    """The modifier that divides the claim's measure ("net" of "net profit"), if any."""
    first, _, rest = (claim.attribute or "").partition(" ")
    return first if rest and first in MEASURE_MODIFIERS else None


@lru_cache(maxsize=65536)
def _head(attr: str | None, noun: str) -> str | None:
    if not attr and noun:
        attr = COUNT_NOUN_ALIASES.get(noun.casefold(), noun.casefold())
    if not attr:
        return None
    attr = " ".join(attr.casefold().split())
    attr = ATTRIBUTE_ALIASES.get(attr, attr)
    return " ".join(stem(w) for w in attr.split())


def value_key(c: Claim) -> tuple:
    """Claims with equal keys state the same value in the same form."""
    v = c.value
    if c.kind == "money":
        return (v.currency, v.low, v.high, c.qualifier)  # type: ignore[union-attr]
    if c.kind == "date":
        relative = v.relative if not v.anchored else None  # type: ignore[union-attr]
        return (v.start, v.end, v.granularity, relative, c.qualifier)  # type: ignore[union-attr]
    if c.kind in ("sentence", "duration"):
        low, high = v.days_range()  # type: ignore[union-attr]
        return (round(low, 2), round(high, 2), c.qualifier)
    if c.kind == "quantity":
        return (v.base_unit, round(v.base_amount, 9), c.qualifier)  # type: ignore[union-attr]
    if c.kind == "law":
        return (v.canonical,)  # type: ignore[union-attr]
    if c.kind == "quote":
        return ((v.speaker or "").casefold(), " ".join(v.quote.casefold().split()))  # type: ignore[union-attr]
    return (v.low, v.high, c.qualifier)  # type: ignore[union-attr]


def build_frames(claims: list[Claim], groups: dict[str, str], aliases: dict[str, str],
                 include_regions: bool, published: dict[str, dt.date | None] | None = None) -> list[Frame]:
    """One frame per compared claim (money, dates, terms, counts, percentages, quantities);
    `published` gives each document's day, the news day its "on Tuesday" and "yesterday" count from.

    Word weights are nearness x rarity: a word in most of the story's sentences ("fine" in a
    story about a fine) still counts, but less than one that sets this figure apart ("recovered").
    """
    compared = []
    words = []  # by position in `compared`
    df: dict[str, int] = {}
    seen_sentences: dict[tuple[str, str], int] = {}  # (document, sentence) -> its number
    running: set[str] = set()
    tolls: set[tuple[str, str | None]] = set()
    lower_case: set[str] = set()  # words the story writes in lower case somewhere
    kin: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)  # figures of a kind per sentence
    most: dict[tuple[str, str], float] = {}  # the largest count of each thing per document
    for i, c in enumerate(claims):  # one pass over the claims before the weights are known
        if c.kind not in COMPARED_KINDS:
            continue
        compared.append((i, c))
        kin[(c.doc, c.sentence, c.kind)].append(c)
        if isinstance(c.value, CountValue):
            key = (c.doc, _counted_thing(c.value.lemma))
            most[key] = max(most.get(key, 0.0), c.value.amount)
        w = _words(c)
        words.append(w)
        key = (c.doc, c.sentence)
        if key not in seen_sentences:
            seen_sentences[key] = len(seen_sentences)
            for t in {stem(t) for t, _, low, _ in w if _informative(low)}:
                df[t] = df.get(t, 0) + 1
            lower_case.update(t for t, _, _, _ in w if t.islower())
        # "With 87% of the ballots counted, ..." in its lead: the article's counts are of that stage
        if c.doc not in running and _PARTIAL_TALLY.search(c.sentence):
            running.add(c.doc)
        # ... and a toll told as of a moment makes the article's counts of that event (killed,
        # missing, ...) of that stage: "so far arrested 200" says nothing of its death toll
        if _toll(c) and _TOLL_AT_A_TIME.search(c.sentence):
            tolls.add((c.doc, c.attribute))
        # ... as does any count told as it stood by a moment ("had gathered about 31,000 signatures by
        # Friday morning"): a stage of a count still growing
        if c.kind == "count" and (_COUNT_AT_A_STAGE.search(c.sentence) or _MAY_STILL_GROW.search(c.sentence)) \
                and told_after(c, PARTITIVE_AFTER) is None:
            tolls.add((c.doc, c.attribute))  # (not "11 of the lost boxes had been found by Monday": a part's stage)
    n_sent = max(len(seen_sentences), 1)
    idf = {t: math.log(1.0 + n_sent / n) for t, n in df.items()}
    first: set[tuple[str, str]] = set()
    frames = []
    for (i, c), w in zip(compared, words):
        day = (published or {}).get(c.doc)
        terms: dict[str, float] = {}
        near: set[str] = set()
        years: set[int] = set()
        relative: set[int] = set()  # years told from the article's ("last year"): no dating of the past
        roles: set[str] = set()
        ahead = None  # the words before, by distance: read only beside a hedge word
        figure_after = False  # a figure met after this one: role words past it are its ("$3.4bn, paying $46 per share")
        # a measure told as its noun's adjective ("the 90-kilometre line", "a 2,000-tonne ship") is a property
        # of the noun: role words past it time the noun's event ("the 90-kilometre road is due to open")
        property_of = c.kind == "quantity" and bool(_ADJECTIVAL_MEASURE.match(c.text))
        next_kin: float | None = None if c.kind != "date" else math.inf  # worked out at the first year after the figure
        bare_after = math.inf  # a count's next whole number with no noun of its own ("compare with 1,020 in 2024")
        for k, (raw, dist, low, before) in enumerate(w):
            if not before and raw[:1].isdigit():
                figure_after = True
                if c.kind == "count" and dist < bare_after and _WHOLE_NUMBER.match(raw) and not _YEAR.match(raw):
                    bare_after = dist
            # a year past another figure of the kind is that figure's ("peaked at 46.4C, above the
            # 43.9C set in 1939"; a date's own window is short)
            # ... and so is "last year" told there ("Last year the state paid 2,400 grants" in a 2026
            # article: 2025), kept apart from printed years, which alone date a past
            told = _relative_year(w, k, day) if low in _YEAR_WORDS and c.kind != "date" else None
            printed = told is None and bool(_YEAR.match(raw)) and (c.kind != "date" or dist <= ROLE_WINDOW * 2) \
                and int(raw) not in baseline_years(c.sentence) and int(raw) not in aside_years(c.sentence, c.text)
            if told is not None or printed:
                if not before and next_kin is None:
                    next_kin = _words_to_next(c, kin[(c.doc, c.sentence, c.kind)])
                if before or dist < min(next_kin, bare_after):  # type: ignore[type-var]
                    if told is not None:
                        relative.add(told)
                    else:
                        years.add(int(raw))
            if low in HEDGES:
                if ahead is None:
                    ahead = {d: x for _, d, x, b in w if b}
                if not (before and _hedges(ahead, dist)):
                    continue
            after_ok = low not in ROLE_WORDS_BEFORE and not property_of  # a role word after the figure
            if dist <= ROLE_WINDOW and low in ROLE_MARKERS and (before or after_ok) \
                    and not (low in INCREMENTS and (dist == 1 or not before)) and not (low == "per" and _cent(w, k)) \
                    and not (figure_after and not before) and not _in_a_name(w, k) and not _a_period(w, k) \
                    and not (not before and _opens_next_figure(c, low)) \
                    and not (before and ROLE_MARKERS[low] == "rate" and _closes_last_figure(c, low)) \
                    and not (ROLE_MARKERS[low] == "plan" and _sizes_a_thing(c)):
                # "including €5m" is a part; "€20m, including ..." is the whole the parts follow
                roles.add(ROLE_MARKERS[low])
            elif low in INCREMENTS and dist == 1 and before and c.kind == "duration":
                # "can expect to live another 19 years", "will stay shut another three weeks": the time
                # still to run, not the whole length (a further sum is often the rest of a deal another
                # outlet gives plainly: "a further £16m in add-ons" against "up to €10m in add-ons")
                roles.add("rest")
            elif dist <= ROLE_WINDOW and low in INCREMENTS and not before and not figure_after \
                    and any(x[0][:1].isdigit() for x in w[k + 1:k + 3]):
                # "a fee of £100m, with a further £16m in add-ons": the sum a later figure adds to, a
                # part of their total ("lies 74 metres further up" adds nothing)
                roles.add("part")
            if not _informative(low):
                continue
            s = stem(raw)
            weight = idf.get(s, 1.0) / (1.0 + dist / DECAY)
            if weight > terms.get(s, 0.0):
                terms[s] = weight
            if dist <= NEAR_WORDS:
                near.add(s)
        if c.kind == "date":
            years -= _own_years(c)
        elif (base := base_figure_year(c.sentence, c.text)) is not None:
            years, relative = {base}, set()  # the year before it is the change's, not the base's
        elif _a_year_before_the_printed(c):
            years.clear()
        if _ANOTHER_MATTER.match(c.sentence.lstrip()) or (c.kind == "count" and _OTHER_ONES.search(c.text)) \
                or (OTHER_SUBJECT in c.context and not c.subject):  # "the other plant"; "the other candidate, X," is X's
            roles.add("other")
        if _own_figure(c, w):
            roles.add("own")
        if c.kind != "date" and _level_left(c):
            roles.add("left")
        if _COMBINED_MATTER.match(c.sentence.lstrip()):
            roles.add("combined")
        if NEVER_CLAUSE in c.context and c.kind != "date":
            # "had never before batted through a full day": no figure of the event (a date under it
            # anchors the claim: "has never handed over a message since its founding 12 years ago")
            roles.add("never")
        if c.kind == "count" and _whole_of_a_part(c):
            roles.add("whole")
        if (whole := _OF_THE_WHOLE.match(c.sentence)) and c.sentence.find(c.text) >= whole.end():
            roles.discard("total")  # "Of the total, 9 tonnes went to ...": a part of it, not the total
            roles.add("portion")
        if told_after(c, _IN_ALL):
            roles.add("total")
        if c.kind in ("count", "quantity") and told_before(c, _CAPACITY_BEFORE, 40):
            roles.add("capacity")
        if c.kind == "money" and _per_unit(c):
            roles.add("unit")
        if c.kind == "money" and (told_before(c, _TAKE_HOME, 50) or c.attribute == "salary" and (
                told_before(c, _NET_BEFORE, 50) or told_after(c, _NET_AFTER))):
            roles.add("net")
        if c.kind == "count" and told_after(c, _PER_ROUND_NUMBER):
            roles.add("rate")  # "104 deaths per 100,000 live births": a ratio, never the count of deaths
        if c.kind in ("count", "duration") and _per_period(c):
            # "replaces about 1,100 lines a year", "300 flights per week": a count per period is a
            # rate, never the stock or total another outlet counts once ("2,450 lines remain"); a
            # rate word before it need not be one ("each of the 40 passengers")
            roles |= {"rate", "per_period"}
        if (c.kind == "money" and _portion(c)) or _partitive(c, kin[(c.doc, c.sentence, c.kind)]) \
                or _listed_part(c, kin[(c.doc, c.sentence, c.kind)]) or _part_of_a_counted_whole(c, most) \
                or _one_of_many(c) or told_as_share(c):
            roles.add("portion")
        if _COMPARATIVE.search(c.text) or told_after(c, _MORE_THAN_AFTER) or _points(c) \
                or (c.kind == "count" and told_before(c, _RISE_AFTER, 80)):
            roles.add("difference")  # "two million more votes", "200 fewer jobs": a margin, not a total
        before_figure = c.sentence[:max(c.sentence.find(c.text), 0)]
        if not PLAN_LEMMAS.isdisjoint(c.context) or _PLAN_IS_TO.search(before_figure) \
                or (c.kind != "date" and not _sizes_a_thing(c)
                    and (_EFFORT_TO.search(before_figure[-80:]) or _PLANS_TO.search(before_figure)
                         or told_after(c, _IS_PLANNED))):
            roles.add("plan")  # "had intended to announce the tariffs on Monday": a verb above the figure plans
            # it; "the plan was to bring 640 doctors": so does a plan the clause says it is
        if "plan" in roles and _day_still_ahead(c, day) and not _FORMER_PLAN.search(before_figure):
            roles.discard("plan")  # "the first sailing is scheduled for 14 June": the day announced, as "will sail on"
        subj, head = norm_subject(c.subject), head_of(c)
        period = _reporting_period(c, kin[(c.doc, c.sentence, "date")]) if c.kind != "date" else (0, 0, "")
        if _common_word(c.subject, lower_case):
            # "Inflation rose to 4.8%": a sentence's first word the recognizer took for a name, which
            # the story writes in lower case elsewhere ("annual inflation"), is what is measured
            subj, head = None, head or _head(c.subject.casefold(), "")  # type: ignore[union-attr]
        kind_doc = (c.kind, c.doc)
        lead = kind_doc not in first
        first.add(kind_doc)
        modality = c.modality
        if c.kind == "sentence" and c.qualifier == "at_most":
            modality = "potential"  # "up to 30 years" is a ceiling, whatever verb is near it
        norm = math.sqrt(sum([v * v for v in terms.values()]))
        path: dict[str, float] = {}
        if c.context:
            own = {stem(w) for w in c.text.split()}  # "17 million people": the counted noun is the value, not its context
            for k, lemma in enumerate(c.context):
                st = stem(lemma)
                if st not in path and st not in own and lemma not in UNINFORMATIVE:
                    path[st] = idf.get(st, 1.0) / (1.0 + k / NEAR_WORDS)
        frames.append(Frame(
            index=i, claim=c, doc=c.doc, group=groups.get(c.doc, c.doc),
            subject=aliases.get(subj, subj) if subj else None, head=head, modality=modality,
            terms=terms, near=frozenset(near), path=path, years=frozenset(years | relative), roles=frozenset(roles),
            seasons=_seasons(c.sentence, years),
            running=c.kind in ("count", "percent") and c.doc in running or (c.doc, c.attribute) in tolls,
            moved=c.kind == "count" and _moved_to(c),
            earlier=_earlier_figure(c) if c.kind == "count" else None,
            interval=interval(c), native=interval(c, native=True) if c.kind == "money" else None,
            yearless=_on_month_and_day(c),
            rounded=interval(c, rounded=True) if c.kind in UNIT_KINDS else None,
            unit=c.value.unit if c.kind in UNIT_KINDS else None,  # type: ignore[union-attr]
            currency=c.value.currency if c.kind == "money" else None,  # type: ignore[union-attr]
            no_year=is_yearless(c), value_key=value_key(c),
            live=(c.region is None or include_regions) and not stamp_or_baseline(c),
            lead=lead, norm=norm, modifier=modifier_of(c), sentence_no=seen_sentences[(c.doc, c.sentence)],
            places=frozenset(c.places), told_from_its_day=_told_from_its_day(c),
            period=period[0], period_end=period[1], period_words=period[2],
            dated_past=_dated_past(years, c.sentence, day) or _set_in_a_past_year(c, day),
            published_day=day.toordinal() if day else -1,
            recent=c.kind != "date" and _told_as_recent(c, kin[(c.doc, c.sentence, "date")], day),
            forecast=bool(_FORECAST_THAT.search(before_figure[-140:])), coming=bool(_COMING.search(before_figure[-80:])),
            per=_period_of(c) if c.kind in ("money", "quantity", "percent") else None,
        ))
    by_sentence: dict[int, list[Frame]] = defaultdict(list)
    dates = []
    for f, (_, c) in zip(frames, compared):
        if c.kind == "date":
            dates.append(f)
        elif f.interval is not None:
            by_sentence[f.sentence_no].append(f)
    for f in dates:
        f.beside = tuple(by_sentence.get(f.sentence_no, ()))
    # a name two documents give, in full or in part ("Crestline" and "Crestline Bank")
    told_by: dict[str, set[str]] = defaultdict(set)
    for f in frames:
        for word in (f.subject or "").split():
            told_by[word].add(f.doc)
    first_sentence: dict[str, int] = {}
    for f in frames:
        f.subject_shared = any(len(told_by[word]) >= 2 for word in (f.subject or "").split() if len(word) > 2)
        first_sentence.setdefault(f.doc, f.sentence_no)  # sentences are numbered in the order of the text
    for f in frames:
        f.headline = f.lead and f.sentence_no == first_sentence[f.doc]
    _bare_degrees_in_a_told_scale(frames)
    return frames


_ZERO_ON = {"degree_Celsius": 273.15, "degree_Fahrenheit": 273.15 - 32 * 5 / 9}  # kelvin at 0 on each scale


def _bare_degrees_in_a_told_scale(frames: list[Frame]) -> None:
    """'47.3 degrees', of no scale, reads as Celsius or Fahrenheit when the story tells that very
    temperature in that scale ('47.3C' in another article): one reading, told again. A figure that
    fits neither stays apart, as no scale can be guessed for it ('100 degrees' of a US paper against
    '38C' elsewhere)."""
    told = [f.interval for f in frames if f.interval is not None and f.interval.space == TEMPERATURE]
    if not told:
        return
    for f in frames:
        v = f.claim.value
        if f.claim.kind != "quantity" or getattr(v, "unit", None) != "degree":
            continue
        for scale, zero in _ZERO_ON.items():
            base = v.amount * KELVIN_PER_DEGREE[scale] + zero  # type: ignore[union-attr]
            if any(t.core_lo <= base <= t.core_hi for t in told):
                read = f.claim.model_copy(update={"value": v.model_copy(update={  # type: ignore[union-attr]
                    "unit": scale, "base_unit": TEMPERATURE, "base_amount": base})})
                f.interval, f.value_key = interval(read), value_key(read)
                break


def _points(c: Claim) -> bool:
    """Percentage (or basis) points: a difference between two rates, never a rate ("losing 3.8
    percentage points" against "31.4% of the vote"); the percent extractor notes them."""
    return c.kind == "percent" and any(n.startswith(("percentage points", "basis points")) for n in c.notes)


# how near its article's day a date of the sentence lies for the sentence to tell recent news
RECENT = dt.timedelta(days=31)


def _told_as_recent(c: Claim, dates: list[Claim], published: dt.date | None) -> bool:
    """The sentence times the figure's own event within a month of its article's day ("injured 64
    people last week", "on Wednesday", "this month"; not "the ministry confirmed on Friday", a day
    of saying): it tells news, not an event of years before."""
    if published is None:
        return False
    for d in dates:
        if d.attribute not in c.verb[:1] and d.attribute not in c.context:
            continue  # a day of another event of the sentence: "the ministry confirmed on Friday"
        start, end = getattr(d.value, "start", None), getattr(d.value, "end", None)
        if start and end and _ISO_DAY.match(start) and _ISO_DAY.match(end) and published - RECENT \
                <= dt.date.fromisoformat(start) <= dt.date.fromisoformat(end) <= published + RECENT:
            return True
    return False


def _told_from_its_day(c: Claim) -> bool:
    """A day counted from its article's day: a weekday, "yesterday", "today"."""
    v = c.value
    return c.kind == "date" and bool(getattr(v, "relative", None)) and getattr(v, "granularity", None) == "day"


def _sizes_a_thing(c: Claim) -> bool:
    """The figure is an adjective of the thing it sizes ("a plan to build a 40-kilometre road",
    "plans to lay a 12-mile pipeline"): the thing's size, planned or built, never a planned figure."""
    return _ADJECTIVAL_MEASURE.match(c.text) is not None


def _day_still_ahead(c: Claim, published: dt.date | None) -> bool:
    """A day of a known year after its article's: what is scheduled for it has not yet been kept or
    dropped, so the schedule tells the day as plainly as "will" does."""
    start = getattr(c.value, "start", None) if c.kind == "date" else None
    if published is None or not start or not getattr(c.value, "year_known", False) \
            or getattr(c.value, "granularity", None) != "day":  # a year or a season ahead is forecast, not set
        return False
    return dt.date.fromisoformat(start[:10]) > published


# a plan told as a former one: "had been scheduled for", "was due on", "originally planned for"
_FORMER_PLAN = re.compile(r"\b(?:had|was|were|originally|initially|previously)\b[^,;]{0,80}$", re.IGNORECASE)


def _dated_past(years: set[int], sentence: str, published: dt.date | None) -> bool:
    """The clause names only years before the article's own (any year, if the article is undated):
    "the record set in 1994", not "the 2023/24 season" told in 2024; nor a sentence that tells its
    event on a day of the news ("was jailed for six years yesterday for fraud during the 2019 boom",
    "a court on Thursday sentenced him ... over the floods of 2020"): the older year dates something
    else it names. A day of saying ("officials said on Monday") tells no event."""
    if not years:
        return False
    if any(not _SAID_BEFORE.search(sentence[:m.start()]) for m in _NEWS_DAY.finditer(sentence)):
        return False
    return published is None or max(years | _split_year_ends(sentence)) < published.year


# a participle right after a figure that dates it: "the record of 46C set in December 1997"
_SET_IN_YEAR = re.compile(r",?\s{1,3}(?:set|recorded|registered|measured|logged|reached|seen|posted|established)"
                          r"\s{1,3}(?:back\s{1,3})?in\s{1,3}(?:[A-Z][a-z]{2,8}\.?\s{1,3})?(?P<year>(?:19|20)\d\d)\b")


def _set_in_a_past_year(c: Claim, published: dt.date | None) -> bool:
    """The figure dated by a participle right after it to a year before its article's ("breaking
    the record of 46C set in December 1997"), whatever day of the news the sentence tells."""
    m = told_after(c, _SET_IN_YEAR)
    return m is not None and published is not None and int(m["year"]) < published.year


# a day of the news a sentence tells its event on, and the saying verb a day may belong to instead
_NEWS_DAY = re.compile(r"\b(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|"
                       r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|added|stated)(?:\s+\S+){0,2}\s*$",
                          re.IGNORECASE)


_SEASON = re.compile(r"\b((?:19|20)\d\d)\s?[/\u2013-]\s?((?:19|20)?\d\d)\b")
_SPLIT_YEAR = re.compile(r"\b((?:19|20)\d\d)[/-](\d\d)\b")


def _split_year_ends(sentence: str) -> set[int]:
    """The years a split year reaches: "2023/24", "2023-24" -> 2024."""
    return {int(a[:2] + b) for a, b in _SPLIT_YEAR.findall(sentence) if b > a[2:]}


def news_days_apart(a: Frame, b: Frame) -> bool:
    """Days told from articles published a week or more apart ("said on Wednesday" in one, "said on
    Thursday" in another three weeks later), or days that each name their own article's day (a day
    of saying also the day before), in articles of different days ("officials said on Monday" in
    Monday's copy, "said on Wednesday" in Wednesday's; "enters its tenth day on Saturday" in
    Saturday's): each names its own article's news, two events."""
    if not (a.told_from_its_day and b.told_from_its_day and a.published_day >= 0 and b.published_day >= 0):
        return False
    return abs(a.published_day - b.published_day) >= NEWS_WEEK or (
        a.published_day != b.published_day and _its_own_day(a) and _its_own_day(b))


def _its_own_day(f: Frame) -> bool:
    """A day of saying ("said on Monday") that is its article's own day or the day before, or any
    day told as the article's own ("the strike enters its tenth day on Saturday" in Saturday's copy)."""
    if f.interval is None:
        return False
    if f.claim.attribute in SAYING_VERBS:
        return said_on_its_day(f)
    return f.interval.lo == f.interval.hi == f.published_day


def said_on_its_day(f: Frame, verbs: frozenset[str] = SAYING_VERBS) -> bool:
    """A date whose event is a verb of saying (one of `verbs`, as extraction names it: "said" ->
    state) that falls on its article's own day or the day before: the news of that day."""
    iv = f.interval
    return f.claim.kind == "date" and f.claim.attribute in verbs and iv is not None and f.published_day >= 0 \
        and f.published_day - 1 <= iv.lo <= iv.hi <= f.published_day


def _following(w: list[tuple[str, int, str, bool]], k: int) -> tuple[str, int, str, bool] | None:
    """The word after w[k] in the sentence, as _words lists them (the words before the figure
    nearest first, then those after it); None after the last one and before the figure."""
    _, dist, _, before = w[k]
    return w[k - 1] if before and dist > 1 else w[k + 1] if not before and k + 1 < len(w) else None


# periods an ordinal numbers: "the second quarter", "a second day of talks" (a period's place in a
# sequence, not another thing of the figure's kind: "a second fine")
_PERIODS = frozenset({"quarter", "half", "day", "week", "month", "year", "round", "term", "season", "leg", "phase",
                      "period", "stage", "session", "hour", "night"})


def _a_period(w: list[tuple[str, int, str, bool]], k: int) -> bool:
    """Word k of _words is an ordinal whose next word is a period: "in the second quarter"."""
    following = _following(w, k)
    return w[k][2] == "second" and following is not None and following[2] in _PERIODS


def _cent(w: list[tuple[str, int, str, bool]], k: int) -> bool:
    """The word after w[k] in the sentence is "cent": "11 per cent of its staff" names no rate."""
    following = _following(w, k)
    return following is not None and following[2] == "cent"


def _whole_of_a_part(c: Claim) -> bool:
    """A count a part is told of: "200 seats" in "holds 88 of the 200 seats", "38,000 staff" in
    "will shed 11 per cent of its 38,000 staff", "412 flights" in "handled 412 flights, of which 96
    were late" (the part told next)."""
    return told_before(c, _PART_OF, 40) or bool(told_after(c, _OF_WHICH_NEXT))


# the head of a count of "people" told with no event ("286 people were lowered on ropes")
PEOPLE_HEAD = PEOPLE_EVENT.strip()


def people_named_plainly(one: list[Frame], other: list[Frame]) -> bool:
    """Some frame of one side counts "people" with no other measure word and some of the other side
    counts a kind of people, or people something happened to ("lowered 3,120 climbers", "312 people
    were evacuated" against "Three hundred and twelve people were winched down"): "people" covers
    them. Two kinds ("soldiers", "civilians") stay two measures."""
    def plainly(side: list[Frame]) -> bool:
        return any(f.head == PEOPLE_HEAD for f in side)

    def of_people(side: list[Frame]) -> bool:
        return any(isinstance(v := f.claim.value, CountValue) and people_noun(v.lemma) for f in side)
    return plainly(one) and of_people(other) or plainly(other) and of_people(one)


def one_against_all(a: Frame, b: Frame) -> bool:
    """One figure is told as what each one gets or costs, the other as the sum over all ("€9,000 to
    each family", "€81,000 in all"): two measures, whatever their values."""
    roles = a.roles | b.roles
    return ONE_AND_ALL <= roles and not (ONE_AND_ALL <= a.roles or ONE_AND_ALL <= b.roles)


def _portion(c: Claim) -> bool:
    """A sum told as a part of a named money measure: "€30 million of the cost came from a grant",
    "$2m of the fine was suspended", "£5m of its budget" (not "a fine of the EU", no measure)."""
    m = told_after(c, _OF_A_MEASURE)
    return m is not None and any((w or "").casefold() in ATTRIBUTE_CUES["money"] for w in m.groups())


def _partitive(c: Claim, kin: list[Claim]) -> bool:
    """A count told as a part of a whole the sentence has just counted: "214 people have died, 124
    of them in the district", "killed 12 people, 5 of whom were children", "412 flights, of which 96
    were international" (not "Umbrellas topped the list: 14,832 of them were handed in", the
    count of a kind of thing, no part of a figure; nor a toll of an event the whole is not counted
    by: "the landslide buried 30 miners and left 11 of them dead" counts the dead). `kin`: the
    counts of its sentence."""
    event = c.attribute if (c.attribute or "").startswith(PEOPLE_EVENT) else None
    return c.kind == "count" and (bool(told_after(c, _OF_THEM)) or told_before(c, _OF_WHICH, 20)) \
        and any(k.start < c.start and (event is None or k.attribute == event) for k in kin)


# a partitive naming its whole after the figure: "14 of the victims", "4,100 of the homes finished";
# `words`: the whole's first words ("of the Valmora victims", read by verdict._wholes_apart)
PARTITIVE_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?:the|its|their|his|her|our)\b"
                          r"(?:\s{1,3}(?P<words>(?:[\w'’-]+\s{1,3}){0,3}[\w'’-]+))?", re.IGNORECASE)
# ... a whole something happened to: "1,052 of the impounded vehicles", "11 of the lost containers",
# "4,100 of the homes finished last year"
_PARTICIPLES = r"(?:[a-z]{2,20}ed|lost|stolen|sold|built|held|found|hit|seized|taken|given|shown|sent|kept|made)"
_OF_AN_EVENTS_WHOLE = re.compile(rf"\s{{1,3}}of\s{{1,3}}(?:the|its|their)\s{{1,3}}(?:[\w-]{{1,30}}\s{{1,3}})?"
                                 rf"(?:{_PARTICIPLES}\s{{1,3}}[a-z]|[a-z]{{2,30}}s\s{{1,3}}{_PARTICIPLES}\b)")


def _counted_thing(lemma: str) -> str:
    """What a count counts, people as one thing ("victims", "people", "passengers")."""
    return "person" if people_noun(lemma) or lemma == "people" else lemma


def _part_of_a_counted_whole(c: Claim, most: dict[tuple[str, str], float]) -> bool:
    """A count told as a part of things its article counts larger elsewhere: "Fourteen of the victims
    were skiing" beside "23 people died", "4,100 of the homes finished last year" beside "18,600 new
    homes"; or of things something happened to ("1,052 of the impounded vehicles had been released"),
    a whole the story counts (not "banned 147 of the club's supporters", a set no figure counts whole)."""
    v = c.value
    return isinstance(v, CountValue) and told_after(c, PARTITIVE_AFTER) is not None \
        and (most.get((c.doc, _counted_thing(v.lemma)), 0.0) > v.amount
             or told_after(c, _OF_AN_EVENTS_WHOLE) is not None)


def _listed_part(c: Claim, kin: list[Claim]) -> bool:
    """A count in a list after a colon that splits a larger count told before the colon: "a fleet of
    40 buses: 25 electric and 15 diesel", "will close its nine mills in three stages: four mills in
    2027, three in 2028 ..." (each listed count is a part of the whole). `kin`: the counts of its
    sentence."""
    at = c.sentence.find(c.text)
    colon = c.sentence.rfind(":", 0, max(at, 0))
    if c.kind != "count" or colon < 0:
        return False
    colon_at = c.start - (at - colon)
    return any(k.start < colon_at and k.value.amount > c.value.amount for k in kin)  # type: ignore[union-attr]


def _one_of_many(c: Claim) -> bool:
    """A figure told of one named place or party "alone": "Greyfield General alone has postponed 480
    operations", "Paris alone recorded 1,200 cases", "1,200 cases in Paris alone"; or told to be among
    the whole ("12 pilots were among those laid off") or to account for part of it ("the north
    accounted for 41,000 tonnes"): a part of the whole the story counts."""
    return told_before(c, _ALONE, 60) or told_after(c, _ALONE_AFTER) is not None \
        or told_after(c, _AMONG) is not None or told_before(c, _ACCOUNTED_FOR, 40)


def _per_unit(c: Claim) -> bool:
    """A price of one: "$54 a share", "$1.84 per share", "$3 each", "€400 to each worker", and the measure named so
    before the figure: "earnings per share of $1.84", "revenue per member rose to $11.82", "each
    eligible worker is to receive €1,450", "will pay each of its staff a bonus of €1,450"."""
    at = c.sentence.find(c.text)
    return at >= 0 and (bool(_PER_UNIT.match(c.sentence, at + len(c.text)))
                        or bool(_TO_EACH_AFTER.match(c.sentence, at + len(c.text)))
                        or bool(_PER_UNIT_BEFORE.search(c.sentence, max(0, at - 50), at))
                        or bool(_EACH_BEFORE.search(c.sentence[max(0, at - 100):at])))


def _period_of(c: Claim) -> str | None:
    """The period a sum, quantity or percentage is told per, right after its figure ("€3 million a
    year", "a rise of 2% a year")."""
    m = told_after(c, _PER_PERIOD)
    period = (m["period"] or "").lower() if m else ""
    return period if period in _COUNTED_PERIODS else None


def _per_period(c: Claim) -> bool:
    """A count or a length told per period right after its figure ("about 1,100 lines a year", "20
    minutes a day"): a rate."""
    at = c.sentence.find(c.text)
    return at >= 0 and bool(_PER_PERIOD.match(c.sentence, at + len(c.text)))


# date rules that name a period a figure is reported over ("the fourth quarter", "the financial year to
# March 31", "the first six months"), not a time an event happened ("in 2023", "in March")
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d$")  # a day of a known year (not "--03-31")
PERIOD_RULES = frozenset({"date.fiscal_period", "date.fiscal_year", "date.period_ended", "date.month_quarter",
                          "date.quarter", "date.quarter_compact", "date.first_units_of", "date.year_ago_period"})


def _reporting_period(c: Claim, dates: list[Claim]) -> tuple[int, int, str]:
    """How many days the reporting period nearest the figure in its sentence holds ("net profit was
    1.7 billion kronor in the fourth quarter": about 90; "in the year to March 31": 365), with the
    ordinal of its last day and its words; (0, 0, "") when the sentence names none."""
    periods = [d for d in dates if d.extractor.rpartition(":")[2] in PERIOD_RULES
               and _ISO_DAY.match(getattr(d.value, "start", None) or "")
               and _ISO_DAY.match(getattr(d.value, "end", None) or "")]
    if not periods:
        return 0, 0, ""
    d = min(periods, key=lambda d: abs(d.start - c.start))
    start, end = dt.date.fromisoformat(d.value.start), dt.date.fromisoformat(d.value.end)  # type: ignore[union-attr]
    return (end - start).days + 1, end.toordinal(), d.text.casefold()


def _common_word(subject: str | None, lower_case: set[str]) -> bool:
    """A one-word subject written with a capital only ("Inflation", "Turnout") that the story
    writes in lower case elsewhere: a common noun at the start of a sentence, not a name
    (truecasing by the story's own usage; "Apple" or "Uber" is not written lower case)."""
    return bool(subject) and subject.istitle() and subject.isalpha() and subject.casefold() in lower_case  # type: ignore[union-attr]


def _moved_to(c: Claim) -> bool:
    """The figure is what a count moved to: "the toll rose to 19", "has climbed to about 2,400",
    or a count told beside the one it moved from: "2.1 million customers were affected, up from
    its initial estimate of 1.3 million"."""
    if told_before(c, _MOVED_TO, 40):
        return not told_before(c, _STOCK_MOVED, 60)
    at = c.sentence.find(c.text)
    rest = " " + " ".join(c.sentence[at + len(c.text):].split()) if at >= 0 else ""
    moved = _MOVED_FROM.match(rest)
    # "up from 94 in 2019" compares with another year's count: a change, not a revision of this one
    return moved is not None and not _YEAR_IN.search(re.split(r"[.;:]", rest[moved.end():], maxsplit=1)[0])


def _earlier_figure(c: Claim) -> float | None:
    """The figure a count moved from, told after it in its sentence ("up from 84,000 in its count of
    February 10", "compared with nine in February"), in digits or words; None when none is told or it
    is another year's ("up from 94 in 2019": a change over years, not an earlier stage of this count)."""
    from claimkit.extract.numbers import parse_number

    at = c.sentence.find(c.text)
    rest = c.sentence[at + len(c.text):] if at >= 0 else ""
    m = _EARLIER_FIGURE.search(rest)
    if m is None or _YEAR_IN.search(re.split(r"[.;:]", rest[m.end():], maxsplit=1)[0]):
        return None
    number = parse_number(m["n"].rstrip(".,"))
    return number.value if number is not None else None


def _toll(c: Claim) -> bool:
    """A count of people by what happened to them ("person killed", "person missing")."""
    return c.kind == "count" and (c.attribute or "").startswith(PEOPLE_EVENT)


_BASE_WORDS = frozenset({"from", "than", "with", "over", "on", "versus", "vs", "vs."})
# a period named as what a figure is compared with, a few words before it: "less than in the strong
# first quarter", "down from 40 million in the first six months", "compared with the same month",
# "versus 2019" (not "since": "held since March 3" dates the holding)
# ("than" is a comparison with a period only before its preposition: "more than 40 million in the
# second quarter" bounds a figure, "more than doubled in March" dates the doubling)
# (a decimal figure among the words too: "up from 7.9 billion euros in 2024")
_BASE_WORD = r"(?:[^\s.;:!?]|(?<=\d)\.(?=\d))++"
_PERIOD_AFTER = r"\s+(?:in|during|for|over|of|on)?\s*(?:the\s+)?$"
_COMPARED_WITH = re.compile(r"(?:\bthan\s+(?:in|during|for|over|on|at)\b(?:\s+[^\W\d]+){0,2}?|(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|"
                            rf"\b(?:up|down)\s+from)(?:\s+{_BASE_WORD}){{0,4}}?){_PERIOD_AFTER}", re.IGNORECASE)
# ... and a bare "from" with a figure after it, when no figure it moved to came first: "grew 6% from
# 12.5 million in 2023" (not "fell to 3.8% from 3.9% in March", where the month is the fall's,
# nor "rose from 12 to 30 in 2024")
_FROM_A_FIGURE = re.compile(rf"\bfrom(?=\s+[$€£¥]?\d)(?:\s+(?!to\b|and\b){_BASE_WORD}){{1,4}}?{_PERIOD_AFTER}",
                            re.IGNORECASE)
_TO_A_FIGURE = re.compile(r"\bto\s+(?:about\s+|around\s+)?[$€£¥]?\d", re.IGNORECASE)

# a change "on" a period, right after its figure (British usage): "down 14.3 per cent on 2023/24",
# "up 6% on 2019", "8% higher on the first quarter of 2024" compare with the period; a day after
# "on" dates the change ("shares fell 5% on Monday")
_CHANGED_ON = re.compile(rf"{_CHANGE_ON}$", re.IGNORECASE)


# a day another is counted from, right before it: "the day before Independence Day", "two weeks
# after Easter", "the eve of the vote"
_COUNTED_FROM = re.compile(r"\b(?:(?:day|days|night|week|weeks|weekend)\s+(?:before|after|ahead\s+of|following|preceding)"
                           r"|eve\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# a feast named in apposition to a day just told ("on Monday, August 6, Independence Day",
# "on March 17, Ireland's national holiday"): the day told again, whose calendar value is no claim
_FEAST_RULES = ("date.holiday", "date.national_day", "date.orthodox_feast")
_APPOSED_TO_A_DAY = re.compile(r"\d(?:st|nd|rd|th)?\s{0,2},\s{1,3}(?:the\s+|[A-Z][\w'\u2019.]*\s+){0,2}$")
# an adverb of habit before a date in its clause: what happens every year, not when the story's event did
_HABITUAL = re.compile(r"\b(?:usually|typically|normally|generally|traditionally|customarily|tends?\s+to|"
                       r"as\s+a\s+rule)\b", re.IGNORECASE)


def stamp_or_baseline(c: Claim) -> bool:
    """Dates that state no event of the story: a dateline ("Nov. 8 (Agency) --" opening the
    copy: when the outlet filed, which differs by outlet), a relative comparison base ("up 20%
    from a year earlier", "on the previous quarter"), whose anchor is the outlet's own date,
    and a period a figure is compared with ("down from 40 million in the first quarter"): the
    base, not what the figure tells; and a time of year told as a habit ("usually peak in March").
    Kept in the report, never compared."""
    if c.kind != "date":
        return False
    at = c.sentence.find(c.text)
    if at >= 0 and len(c.sentence[:at].split()) <= 3 and _ends_dateline(c.sentence[at + len(c.text):]):
        return True  # the sentence opens with (at most a place name and) the date, then a dash
    if at >= 0 and _COMPARED_WITH.search(c.sentence[max(0, at - 80):at]):
        return True  # "24% less than in the first quarter", "down from 40 million in March"
    base = _FROM_A_FIGURE.search(c.sentence[max(0, at - 80):at]) if at >= 0 else None
    if base is not None and not _TO_A_FIGURE.search(c.sentence[max(0, at - 80):at][:base.start()]):
        return True  # "grew 6% from 12.5 million in 2023"
    if at >= 0 and c.value.granularity != "day" and _CHANGED_ON.search(c.sentence[max(0, at - 40):at]):  # type: ignore[union-attr]
        return True  # "down 14.3 per cent on 2023/24"
    if at >= 0 and _HABITUAL.search(re.split(r"[,;:()]", c.sentence[:at])[-1]):
        return True  # "losses typically peak in late winter": a time of every year, no day of the event
    if at >= 0 and _COUNTED_FROM.search(c.sentence[max(0, at - 40):at]):
        return True  # "on July 3, the day before Independence Day": the day counted from, no event
    if at >= 0 and c.extractor.endswith(_FEAST_RULES) and _APPOSED_TO_A_DAY.search(c.sentence[max(0, at - 40):at]):
        return True  # "on Monday, August 6, Independence Day": the day told again by its feast's name
    v = c.value
    if not (v.relative and v.granularity in ("quarter", "year")):  # type: ignore[union-attr]
        return False
    if c.text.casefold().endswith(" ago") and at >= 0:  # "founded 12 years ago" times an event;
        before = c.sentence[:at].split()  # "up from a year ago", "than two years ago" is a base
        return bool(before) and before[-1].casefold() in _BASE_WORDS
    return True


def _ends_dateline(rest: str) -> bool:
    """' (Agency) -- The ...', ' - The ...', ': ...': what follows a dateline's date."""
    rest = rest.lstrip()
    if rest.startswith("("):
        close = rest.find(")", 0, 42)
        if close < 0:
            return False
        rest = rest[close + 1:].lstrip()
    return rest[:1] in ("-", "–", "—", ":")


def _hedges(ahead: dict[int, str], dist: int) -> bool:
    """A hedge word `dist` words before the figure hedges it when the verb right after it puts the
    figure ("probably rose 8%", "was likely $40m", "will likely cost 120 jobs"), not
    another verb ("will likely appeal the €5m bill") nor a comparison ("20% more likely")."""
    after, before = ahead.get(dist - 1), ahead.get(dist + 1)
    if before in ("more", "less", "most", "least"):
        return False
    return after in HEDGED_VERBS or (dist == 1 and before in _BE)


def _informative(low: str) -> bool:
    return low[0].isalpha() and len(low) > 1 and low not in UNINFORMATIVE


def _own_years(c: Claim) -> set[int]:
    v = c.value
    out = set()
    for iso in (getattr(v, "start", None), getattr(v, "end", None)):
        if iso and not iso.startswith("--") and not is_yearless(c):
            out.add(int(iso[:4]))
    return out


def _on_month_and_day(c: Claim) -> Interval | None:
    """A date's months and days, to weigh against a date told without its year ("until 14
    October"); None for a date that names no part of a year ("in 2016", "2024 to 2026"): every
    day lies in it, so it neither agrees nor disagrees with a day told without its year."""
    if c.kind != "date":
        return None
    on = interval(c, yearless=True)
    return None if on is None or on.hi - on.lo >= _A_YEAR else on


def compare_frames(a: Frame, b: Frame) -> Verdict | None:
    """compare_claims on the intervals each frame computed once: the alignment compares every
    candidate pair, so the intervals are not rebuilt per pair."""
    space = shared_space(a.currency, b.currency, a.no_year, b.no_year)
    if space == "native":
        x, y = a.native, b.native
    elif space == "yearless":
        x, y = a.yearless, b.yearless
    elif a.unit is not None and b.unit is not None and a.unit != b.unit:
        x, y = a.rounded, b.rounded
    else:
        x, y = a.interval, b.interval
    if x is None or y is None:
        return None
    return compare(*slipped_floors(a.claim, b.claim, x, y))


def cosine(a: Frame, b: Frame) -> float:
    """Weighted overlap of the words around two figures, 0..1."""
    if not a.norm or not b.norm:
        return 0.0
    small, big = (a.terms, b.terms) if len(a.terms) <= len(b.terms) else (b.terms, a.terms)
    dot = sum(w * big[t] for t, w in small.items() if t in big)
    return dot / (a.norm * b.norm)


def path_overlap(a: Frame, b: Frame) -> float:
    """Weighted Jaccard of the two figures' parse-path words, 0..1."""
    if not a.path or not b.path:
        return 0.0
    keys = a.path.keys() | b.path.keys()
    low = sum(min(a.path.get(k, 0.0), b.path.get(k, 0.0)) for k in keys)
    high = sum(max(a.path.get(k, 0.0), b.path.get(k, 0.0)) for k in keys)
    return low / high if high else 0.0


def shared_words(frames: Iterable[Frame], limit: int = 5) -> list[str]:
    """The stems most of a fact's frames share, heaviest first: the evidence an editor reads."""
    count: dict[str, int] = {}
    weight: dict[str, float] = {}
    frames = list(frames)
    for f in frames:
        for t, w in f.terms.items():
            count[t] = count.get(t, 0) + 1
            weight[t] = weight.get(t, 0) + w
    common = [t for t, n in count.items() if n >= max(2, len(frames) // 2)]
    return sorted(common, key=lambda t: -weight[t])[:limit]
