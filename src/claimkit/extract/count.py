"""count claims: spaCy Doc -> Found(CountValue) for counted things.

"12 charges", "17 counts of espionage", "more than 100 employees", "1.5 million
users". Years, ages, money, percents, units, ordinals, list and page numbers
("Top 10 tips", "page 12", "Windows 10 users") are not counts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Iterable, Iterator

from claimkit.extract.base import Context, Found, ruler_spans
from claimkit.extract.context import change_then_level, object_of, qualifier_before
from claimkit.extract.numbers import (
    HUNDREDS_AND_UP, SCALES, TENS, UNITS, compound_before, implied_precision, joins_hundreds, multiple_before,
    parse_number,
)
from claimkit.extract.spans_of_time import UNIT_WORDS
from claimkit.lexicon import (
    COUNTED_SYNONYMS, GAIN_WORDS, JOB_NOUNS, LOSS_WORDS, PEOPLE_EVENT, PEOPLE_NOUNS, WEEKDAY_NAMES, people_noun,
)
from claimkit.models import CountValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

KIND: Final = "count"
NAME: Final = "count.rules"

# "count" is a charge only in court: "18 counts of fraud", not "vote counts"
COURT_LEMMAS: Final = frozenset({
    "charge", "indict", "indictment", "convict", "conviction", "guilty", "plead", "court", "prosecutor", "jury",
    "fraud", "criminal", "judge", "trial", "accuse", "sentence", "espionage", "murder",
    "felony", "misdemeanor", "misdemeanour",  # "91 felony counts" is 91 charges
})
# counted things that belong to other kinds or are no count at all
NOT_COUNTED: Final = frozenset({
    *UNIT_WORDS, "percent", "per", "%", "pct", "point", "points", "percentage", "time", "times", "am", "pm",
    "dollar", "euro", "cent", "pound", "yen", "yuan", "rupee", "franc", "ruble", "rouble", "won", "peso",
    "bitcoin", "penny", "pence", "lira", "real", "rand", "dinar", "dirham", "shekel", "krona", "krone", "kroner",
    "shilling", "kwacha", "rial", "riyal",
    "km", "kilometre", "kilometer", "mile", "metre", "meter", "foot", "feet", "inch", "kg", "kilogram", "gram",
    "m",  # "1,100 m of climbing": metres or millions, never things called "m"
    "ton", "tonne", "ounce", "litre", "liter", "gallon", "acre", "hectare", "degree", "mph", "gb", "mb", "tb",
    "kw", "mw", "gw", "kwh", "mwh", "gwh", "watt", "barrel", "calorie", "square", "cubic", "celsius", "fahrenheit",
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
    "year-old", "old", "o'clock", "th", "st", "nd", "rd", "markka", "mao", "kuai",
    "morning", "afternoon", "evening", "tonight", "today", "tomorrow", "yesterday", "weekend",
    *WEEKDAY_NAMES,
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    # listicles and vague heads: "5 things", "three ways", "10 tips"
    "thing", "way", "reason", "tip", "step", "lesson", "fact", "question", "takeaway", "sign", "trick", "idea",
})
# "-ing" words before "points" that make them a score, not places ("ranking points", "rating points")
SCORING_GERUNDS: Final = frozenset({"ranking", "rating", "scoring", "betting", "earning", "talking", "starting",
                                    "breaking", "boiling", "melting", "freezing", "turning", "tipping"})
# a word right before the figure that makes it a label: "page 12", "Top 10", "No. 5", "Article 17"
LABEL_BEFORE: Final = frozenset({
    "page", "p.", "pp.", "no", "no.", "number", "#", "top", "chapter", "section", "article", "rule", "room",
    "route", "flight", "model", "version", "level", "grade", "phase", "step", "stage", "episode", "season",
    "part", "vol", "vol.", "volume", "line", "item", "table", "figure", "fig", "fig.", "covid", "g", "-",
    "the", "in", "since", "by", "of",
})
# ...but "the" / "in" / "by" / "of" only matter before a year-like figure ("the 2024 election")
YEAR_ONLY_LABELS: Final = frozenset({"the", "in", "since", "by", "of"})
# ...and a label word a verb after "to" / "will" is none ("expected to top 400,000 vehicles")
VERB_TAGS: Final = frozenset({"VB", "VBP", "VBZ", "VBD"})
# a count of one is kept only for these: "1 person died", "one charge of fraud"
ONE_WORTH_COUNTING: Final = frozenset({"person", "charge", "death", "child", "victim"})
RANGE_WORDS: Final = frozenset({"to", "or", "and", "-", "–"})
# words of the day after a figure, which the model may join to it as a time: "rose to 41 overnight"
_DAY_WORDS: Final = frozenset({"overnight", "today", "tonight", "yesterday", "morning", "afternoon", "evening",
                               *WEEKDAY_NAMES})
# scale letters the tokenizer splits off a figure: "1.5m users", "500k followers"
SCALE_LETTERS: Final = frozenset({"k", "m", "mn", "bn", "b"})
_GLUED_SCALE: Final = re.compile(r"""^\d+(?:\.\d+)?(?:k|m|mn|bn)$""", re.VERBOSE | re.IGNORECASE)
# a plural acronym is a plural common noun whatever the tagger says: "nine MEPs", "40 NGOs", "12 CEOs"
_ACRONYM_PLURAL: Final = re.compile(r"^[A-Z]{2,5}s$")
# a dot before exactly three digits: a whole number grouped the European way ("204.118 ballots"),
# since nothing counted comes in thousandths
_DOT_GROUPED: Final = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+$")
# "41' 318.207 votes", "1'250 seats": an apostrophe groups the millions or thousands (Swiss, Italian copy)
_APOSTROPHES: Final = frozenset({"'", "\u2019"})
_APOSTROPHE_GLUED: Final = re.compile(r"^\d{1,3}(?:['\u2019]\d{3})+$")  # one token: "35'923'969"
_GROUPED_WHOLE: Final = re.compile(r"""^(?: \d{1,3}['\u2019]\ ?\d{3}(?:[.'\u2019]\d{3})*   # 41' 318.207, 1'250
                                         | [1-9]\d{0,2}(?:\.\d{3})+                  # 204.118
                                         )$""", re.VERBOSE)
SKIP_ENTS: Final = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})


# what happened to the people counted: "12 people were killed" and "14 died" count the same thing,
# "40 were injured" another, so each event is a slot of its own
EVENTS: Final[dict[str, str]] = {
    **dict.fromkeys(["kill", "die", "dead", "murder", "execute", "behead", "drown", "perish", "slay"], "killed"),
    **dict.fromkeys(["injure", "wound", "hurt", "injured", "wounded", "hospitalize", "hospitalise"], "injured"),
    **dict.fromkeys(["arrest", "detain", "apprehend"], "arrested"),
    **dict.fromkeys(["displace", "evacuate", "flee"], "displaced"),
    **dict.fromkeys(["rescue", "save"], "rescued"),
    **dict.fromkeys(["attend", "turn out"], "attended"),
    # people unaccounted for: "60 workers were reported missing", "40 people trapped under the rubble"
    **dict.fromkeys(["missing", "trap", "trapped", "unaccounted"], "missing"),
}
# what happened to the things a disaster counts: "340 houses were destroyed" and "1,200 homes were
# damaged" are two tolls of one storm; and to the services a storm, fog or strike disrupts: "fog
# delayed 142 flights" and "38 flights were cancelled" are two counts of one day's schedule
THING_EVENTS: Final[dict[str, str]] = {
    **dict.fromkeys(["destroy", "destroyed", "flatten", "raze", "demolish", "wreck", "level", "burn", "gut"],
                    "destroyed"),
    **dict.fromkeys(["damage", "damaged"], "damaged"),
    **dict.fromkeys(["cancel", "cancelled", "canceled"], "cancelled"),
    **dict.fromkeys(["delay", "delayed"], "delayed"),
    **dict.fromkeys(["divert", "diverted", "reroute"], "diverted"),
}
# verbs whose babies are births
BIRTH_VERBS: Final = frozenset({"bear", "deliver", "welcome"})
# nouns that tell people gathered, the noun for them left out: "a crowd of 61,400", "attendance reached 18,000"
CROWD_NOUNS: Final = frozenset({"crowd", "audience", "attendance"})
# verbs that tell a toll with a word of state: "were confirmed dead", "are feared dead", "remain missing"
TOLL_VERBS: Final = frozenset({"confirm", "report", "declare", "fear", "presume", "list", "be", "remain", "leave"})
# nouns that count people by what happened to them: "27 deaths", "12 fatalities", "19 arrests" are
# the toll "27 people killed" is, told by its noun ("casualties" are the dead and the injured together)
TOLL_NOUNS: Final[dict[str, str]] = {"death": "killed", "fatality": "killed", "injury": "injured", "arrest": "arrested"}
# people counted as those who came: "festival-goers", "concertgoers", "attendees" (a crowd's people)
_GOER: Final = "goer"
ATTENDING_NOUNS: Final = frozenset({"attendee"})
# ...and lives, only when they are lost: "claimed 40 lives", "cost 11 lives" (not "saved 40 lives")
LIVES_LOST_VERBS: Final = frozenset({"claim", "cost", "lose", "take"})
# what people are "lost to" when they die of it ("lost three soldiers to a roadside bomb"), not when
# they leave ("lost five players to rival clubs")
DEATH_CAUSES: Final = frozenset({
    "complication", "disease", "illness", "cancer", "covid", "virus", "flu", "influenza", "malaria", "cholera",
    "infection", "violence", "bomb", "attack", "gunfire", "fire", "flood", "storm", "avalanche", "childbirth",
    "pregnancy", "accident", "crash", "overdose", "war", "fighting", "famine", "hunger", "starvation", "drought",
    "heat", "heatwave", "cold", "suicide", "drowning", "landslide", "earthquake", "epidemic", "pandemic",
})
_TOTAL_NOUNS: Final = frozenset({"total", "number"})
# synonyms a compound before the noun does not change: "wire fraud charges", "Rohingya people"
_ALWAYS_SYNONYMS: Final = frozenset({"charge", "person"})
# verbs that say what level a toll reached: "the death toll has reached 23", "rose to 37", "stood at 41"
TOLL_LEVEL_VERBS: Final = frozenset({"reach", "rise", "climb", "jump", "increase", "grow", "stand", "hit", "top",
                                     "be", "pass", "exceed", "soar"})
# ...and the level a number of things reached, which may also fall: "the number of people waiting fell to 48,300"
NUMBER_LEVEL_VERBS: Final = TOLL_LEVEL_VERBS | frozenset({"fall", "drop", "decline", "dip", "slip", "shrink", "ease",
                                                          "double", "swell", "total"})


def find(doc: Doc, ctx: Context) -> Iterable[Found]:
    """Counts of things: 'more than 100 employees' -> 100 employee, at_least; and people counted by
    what happened to them with the noun left out: 'at least 12 were killed', 'police arrested 23'."""
    taken: set[int] = set()
    for span in ruler_spans(doc, KIND):
        found = _storeys(doc, span) if span.id_ == "count.storeys" else _read(doc, span)
        if found is None:
            continue
        part, determined = _figure_of_before(doc, span)
        if part is not None and not determined and _ratio(part, found.value):  # type: ignore[arg-type]
            continue
        taken.update(range(span.start, span.end))
        yield found
        for tok, rule in ((_level_after_change(span), "count.level_after_change"),
                          (_part_including(span), "count.part_including"),
                          (_coordinated_bare(span), "count.coordinated"),
                          (_subject_of_a_passive_conjunct(span.root), "count.done_to_some")):
            if tok is not None and tok.i not in taken and (like := _counted_like(doc, tok, found, rule)) is not None:
                taken.add(tok.i)
                yield like
        if part is not None and part.i not in taken and _whole_number(doc, span, part):
            taken.add(part.i)
            counted = _bare_casualties(doc, part) or _part_of_whole(part, found)
            if counted is not None:
                yield counted
    for tok in doc:
        if tok.i not in taken and (found := _of_the_things_before(doc, tok) or _whole_out_of(doc, tok)
                                   or _bare_casualties(doc, tok)
                                   or _toll_level(doc, tok) or _number_level(doc, tok) or _crowd(doc, tok)
                                   or _population(doc, tok) or _people_adjective(doc, tok)) is not None:
            yield found


# what may stand between a part and its whole: "88 of the 200 seats", "four of its 11 directors",
# "nine of the country's 16 states", "4 of the last 6 games", "15 of the nearly 80 victims"
_WHOLE_DETERMINERS: Final = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})
_WHOLE_MODIFIERS: Final = frozenset({"last", "first", "remaining", "nearly", "about", "some", "roughly", "almost",
                                     "around", "over", "more", "than"})
# a part after these is no count of its own: "all but three of the 200" (197), "2 to 3 of the 10"
# (a range), "1 in 3 of the 90" (a ratio)
_NOT_A_PART_AFTER: Final = frozenset({"but", "except", "in", *RANGE_WORDS})
# "seven of 10 respondents", "4 out of 5 stars": a ratio or a rating, not a count of either
_RATIO_WHOLES: Final = frozenset({3.0, 4.0, 5.0, 10.0})


def _figure_of_before(doc: Doc, span: Span) -> tuple[Token | None, bool]:
    """The figure told before a whole as 'N of', 'N out of' ('88' of 'won 88 of the 200 seats',
    '3' of '3 out of 40 passengers'), and whether a determiner, an owner or a modifier stands
    between 'of' and the whole ('the', 'its', "the country's", 'the last')."""
    k = span.start - 1
    while k >= 0 and (doc[k].lower_ in _WHOLE_MODIFIERS or doc[k].lower_ in _WHOLE_DETERMINERS or doc[k].tag_ == "POS"
                      or (doc[k + 1].tag_ == "POS" and doc[k].pos_ in ("NOUN", "PROPN"))):
        k -= 1
    determined = k < span.start - 1
    if k < 1 or doc[k].lower_ != "of":
        return None, determined
    k -= 1
    if doc[k].lower_ == "out":
        k -= 1
    return (doc[k] if k >= 0 and doc[k].tag_ == "CD" else None), determined


def _ratio(part: Token, whole: CountValue) -> bool:
    """'seven of 10 respondents', 'nine out of 10 dentists', '4 out of 5 stars' (nothing between
    'of' and the whole): a share or a rating, neither a count of ten respondents nor of seven."""
    n = parse_number(part.text)
    return whole.amount in _RATIO_WHOLES and n is not None and n.value < whole.amount


def _whole_number(doc: Doc, span: Span, part: Token) -> bool:
    """The figure before 'of' is a whole number of its own: not the tail of 'twenty-one' or '1.5
    million', a range's end, 'all but three', a label ('Stage 9 of the 21 stages'), nor told of a
    whole whose scale it lacks ('2 of the 3 million refugees')."""
    if part.ent_type_ in SKIP_ENTS or part.lower_ in SCALES or any(t.lower_ in SCALES for t in span):
        return False
    before = doc[part.i - 1] if part.i > 0 else None
    return before is None or not (before.lower_ in _NOT_A_PART_AFTER or before.like_num or before.text in ("-", "–")
                                  or before.pos_ in ("NOUN", "PROPN") or before.lower_ in LABEL_BEFORE)


def _part_of_whole(tok: Token, whole: Found) -> Found | None:
    """The part counts what its whole counts: 88 seats, four defendants, 3 passengers (what the
    clause says of them); the whole keeps its own count. Read unless the part is no less than the
    whole or, as 'one of the 12 ministers', as vague as 'one minister'."""
    n = parse_number(tok.text)
    value: CountValue = whole.value  # type: ignore[assignment]
    if n is None or n.value != int(n.value) or n.value >= value.low \
            or (n.value < 2 and value.lemma not in ONE_WORTH_COUNTING):
        return None
    return Found(
        start=tok.idx, end=tok.idx + len(tok.text),
        value=CountValue(amount=n.value, noun=value.noun, lemma=value.lemma, low=n.value, high=n.value,
                         precision=n.precision),
        # the lemma, not the whole's event: in "two of the 5 people killed were children" the part
        # is the children, not the dead
        rule="count.part_of_whole", qualifier=_bound(tok.doc, tok.idx),  # type: ignore[arg-type]
        confidence=0.7, attribute=value.lemma,
    )


def _said(tok: Token, events: dict[str, str] = EVENTS) -> str | None:
    """The event a word names: 'killed', 'died', 'dead' -> 'killed'; not 'missing out on pay'. A
    verb that takes people "into custody" arrests them."""
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    if particle is not None:  # "turned out" is attending; "missing out on pay" no one missing
        return events.get(f"{tok.lemma_.lower()} {particle}")
    if events is EVENTS and tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "custody" for g in c.children)
            for c in tok.children):
        return "arrested"
    if events is EVENTS and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "to" and (any(g.lemma_.lower() == "hospital" for g in c.children)
                                                       or c.nbor().lemma_.lower() == "hospital")
            for c in tok.children if c.i + 1 < len(c.doc)):
        return "injured"  # "were taken to hospital", "rushed to five area hospitals", "admitted to hospital"
        # (and "taken to hospital, officials said", which the parser may hang from the speakers)
    if events is EVENTS and tok.lemma_.lower() == "survive" and any(c.dep_ == "neg" for c in tok.children):
        return "killed"  # "seven of the children did not survive"
    if events is EVENTS and tok.lemma_.lower() == "fail" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() == "survive" for c in tok.children):
        return "killed"  # the subject of "12 failed to survive"
    return events.get(tok.lemma_.lower()) or events.get(tok.lower_)


def _toll_noun(head: Token, lemma: str) -> str | None:
    """The event a counted noun names by itself: '27 deaths', '19 arrests', 'claimed 40 lives'."""
    if lemma == "life":
        return "killed" if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in LIVES_LOST_VERBS else None
    if lemma.endswith(_GOER) or lemma in ATTENDING_NOUNS:
        return "attended"  # "48,500 festival-goers", "12,000 concertgoers", "900 attendees": a crowd's people
    return TOLL_NOUNS.get(lemma)


def _event(head: Token, events: dict[str, str] = EVENTS) -> str | None:
    """What happened to the people counted, said of them directly: '12 people were killed', 'killed 12
    people', '14 people died', '12 people killed', 'people who were hurt', 'left 12 people dead', and
    by a word of state after a verb that tells a toll: '14 passengers were confirmed dead', '60
    workers were reported missing', '12 people are missing'. With THING_EVENTS, what happened to
    counted things: '340 houses were destroyed', 'damaged 1,200 homes'. "A total of 230 protesters
    were detained": what happened is said of the total."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _TOTAL_NOUNS:
        head = head.head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        if event := _nominal_event(head.head.head, events):
            return event  # "the evacuation of 164 residents", "led to the arrest of 23 protesters"
    verb = head.head
    if head.dep_ == "nsubj" and verb.pos_ == "ADJ" and verb.dep_ in ("oprd", "xcomp", "ccomp"):
        return _said(verb, events)  # a small clause: "left six of them dead", "left 40 homeless"
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX"):
        if event := _said(verb, events):
            return event
        if events is EVENTS and head.dep_ == "nsubj" and verb.lemma_.lower() == "lose" and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children):
            return "killed"  # the people lose their own lives: "nine miners lost their lives"
        if events is EVENTS and head.dep_ == "dobj" and verb.lemma_.lower() == "lose" and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(t.lemma_.lower() in DEATH_CAUSES for t in c.subtree)
                for c in verb.children):
            return "killed"  # people lost to a cause of death: "lost 104 women to complications of childbirth"
        if head.dep_ == "dobj":  # "left 12 people dead"; "left 17 of them injured" (a participle hung apart)
            return _state_after(verb, events)
        # of a subject, a word of state after a verb that tells the toll ("were confirmed dead", "remain
        # missing"); not a discovery ("four men were found dead in the block" is a part of it), nor a
        # verb it tries ("tried to save")
        if verb.lemma_.lower() in TOLL_VERBS:
            return next((e for c in verb.children if c.dep_ in ("oprd", "acomp") and (e := _said(c, events))), None)
        return None
    return next((e for c in head.children if c.dep_ in ("amod", "acl", "relcl") and (e := _said(c, events))), None)


# a noun made of a verb, back to the verb: "evacuation" -> "evacuate", "killing" -> "kill"
_NOMINAL_SUFFIXES: Final = (("ation", "ate"), ("ation", "e"), ("ion", "e"), ("ment", ""), ("ing", ""), ("al", ""))


def _nominal_event(noun: Token, events: dict[str, str]) -> str | None:
    """The event a noun made of an event's verb names, of the people "of" it: "the evacuation of 164
    residents" were displaced, "the killing of 40 civilians" killed, "the rescue of 19 miners"
    rescued, "the deaths of 12 people" killed; not "the support of 300 residents"."""
    lemma = noun.lemma_.lower()
    if events is EVENTS and lemma in TOLL_NOUNS:
        return TOLL_NOUNS[lemma]
    verbs = [lemma] + [lemma[:-len(end)] + verb for end, verb in _NOMINAL_SUFFIXES if lemma.endswith(end)]
    return next((events[v] for v in verbs if v in events), None)


def _state_after(verb: Token, events: dict[str, str], after: int = -1) -> str | None:
    """What a small clause of state under `verb` says happened to its object (after token `after`):
    "left 12 people dead" -> killed; the parser may hang a participle apart ("left 17 of them injured")."""
    states = (c for c in verb.children if c.i > after and (
        c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or c.dep_ == "advcl" and c.tag_ == "VBN"))
    return next((e for c in states if (e := _said(c, events))), None)


def _bare_casualties(doc: Doc, tok: Token) -> Found | None:
    """A figure standing for people, its noun left out: the subject or object of a killing, wounding
    or arrest ('At least 12 were killed', 'Police arrested 23', 'killed 12 and wounded 40', 'left 37
    injured')."""
    if tok.pos_ != "NUM" or not tok.like_num or tok.ent_type_ in SKIP_ENTS:
        return None
    verb = tok.head
    if tok.dep_ in ("conj", "npadvmod") and verb.pos_ == "NUM":  # "killed 12 and wounded 40": 40 hangs off 12
        return None
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    event = _said(verb)
    if event is None and tok.dep_ == "dobj" and verb.lemma_.lower() == "leave":
        event = _state_after(verb, EVENTS, after=tok.i)  # "left 37 injured", "leaving 12 dead"
    if event is None or any(c.dep_ in ("prep", "compound", "amod") and c.pos_ == "NOUN" for c in tok.children):
        return None
    return _people(doc, tok, event, "count.bare_casualties")


def _people(doc: Doc, tok: Token, event: str, rule: str) -> Found | None:
    """A whole figure of two or more standing for people its noun leaves out, counted by `event`."""
    first = _tens_before(doc, tok)
    n = parse_number(doc[first.i:tok.i + 1].text.replace(" ", ""))
    if n is None or n.value < 2 or n.value != int(n.value):
        return None
    return _noun_left_out(doc, first.idx, tok.idx + len(tok.text), n.value, n.precision, "", "person",
                          PEOPLE_EVENT + event, rule)


def _tens_before(doc: Doc, tok: Token) -> Token:
    """The first word of a number written with a hyphen ('Thirty-four', which the tokenizer splits
    into three tokens, read from its last word 'four'), else `tok`."""
    i = tok.i
    if i >= 2 and doc[i - 1].text in ("-", "\u2011") and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ \
            and doc[i - 2].lower_ in TENS and 0 < UNITS.get(tok.lower_, 0) < 10:
        return doc[i - 2]
    return tok


def _noun_left_out(doc: Doc, start: int, end: int, amount: float, precision: float, noun: str, lemma: str,
                   attribute: str, rule: str) -> Found:
    """A count whose noun the text tells elsewhere or leaves out, read with less confidence."""
    return Found(
        start=start, end=end,
        value=CountValue(amount=amount, noun=noun, lemma=lemma, low=amount, high=amount, precision=precision),
        rule=rule, qualifier=_bound(doc, start),  # type: ignore[arg-type]
        confidence=0.6, attribute=attribute,
    )


def _level_verb(tok: Token, verbs: frozenset[str]) -> Token | None:
    """The verb of level a figure is the level of: 'reached 23', 'rose to 37', 'stood at 41', 'is 12'."""
    if tok.pos_ != "NUM" or not tok.like_num or (tok.ent_type_ in SKIP_ENTS and not _unitless_quantity(tok)):
        return None
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in ("to", "at"):
        verb = verb.head
    elif tok.dep_ not in ("dobj", "attr"):
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in verbs else None


def _unitless_quantity(tok: Token) -> bool:
    """The model's QUANTITY or TIME with no unit after the figure, only a word of the day: 'rose to
    3,870 overnight', 'stood at 41 on Tuesday' (a slip; not '40 tonnes', '5 pm', '12 hours')."""
    if tok.ent_type_ not in ("QUANTITY", "TIME"):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or not nxt.is_alpha or nxt.lower_ in _DAY_WORDS:
        return True
    return nxt.lemma_.lower() not in NOT_COUNTED and nxt.lower_ not in NOT_COUNTED


def _toll_level(doc: Doc, tok: Token) -> Found | None:
    """The level a toll is said to reach: 'the death toll has reached 23', 'the toll rose to 37', 'the
    injury toll stood at 120', 'the death toll is 12': people killed (injured when the toll says so),
    the noun left out."""
    verb = _level_verb(tok, TOLL_LEVEL_VERBS)
    if verb is None:
        return None
    toll = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() == "toll"), None)
    if toll is None:
        return None
    kind = next((c.lemma_.lower() for c in toll.children if c.dep_ in ("compound", "amod")), "death")
    event = TOLL_NOUNS.get(kind)  # a casualty toll counts the dead and the injured together: none
    return _people(doc, tok, event, "count.toll_level") if event is not None else None


def _number_level(doc: Doc, tok: Token) -> Found | None:
    """The level a number of things is said to reach, the noun told before the figure: 'the number of
    people waiting rose to 48,300', 'the total number of cases has reached 312', 'the number of
    passengers was 1.2 million' -> a count of people, cases, passengers. A change ('rose by 300')
    is no level; a share ('fell to 5%') or money is another kind. Attendance told as a level
    ('attendance reached 61,400') counts the people who attended."""
    verb = _level_verb(tok, NUMBER_LEVEL_VERBS)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lemma_.lower() in CROWD_NOUNS:
        return _attended(doc, tok)
    if subject is not None and subject.tag_ == "NNS" and _counted_plural(subject):
        # the things themselves, counted: "deaths climbed to 17", "housing starts slipped to 21,460"
        if (lemma := _lemma(subject)) in TOLL_NOUNS:
            return _people(doc, tok, TOLL_NOUNS[lemma], "count.number_level")
        return _level_of(doc, tok, subject)
    if subject is None or subject.lemma_.lower() != "number":
        return None
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of else None
    return None if counted is None else _level_of(doc, tok, counted)


def _level_of(doc: Doc, tok: Token, counted: Token) -> Found | None:
    """The figure `tok` as the level of the things `counted` names, with what they are said to be:
    "the number of international students" counts a set of students."""
    lemma = _lemma(counted)
    first = min((c.i for c in counted.lefts if c.dep_ in ("amod", "compound")), default=counted.i)
    return _whole_figure(doc, tok, doc[first:counted.i + 1].text, lemma, lemma, "count.number_level")


# plural nouns of what is measured, not counted, as the subject of a verb of level: "shares fell to
# 120" is a price, "sales rose to 4,300" may be money, "rates rose to 5.25" a share
MEASURED_PLURALS: Final = frozenset({
    "share", "stock", "price", "rate", "yield", "temperature", "sale", "export", "import", "earning", "profit",
    "revenue", "cost", "level", "figure", "value", "score", "return", "margin", "premium", "fee", "wage", "salary",
    "payment", "tax", "bill", "reserve", "saving", "deposit", "asset", "fund", "debt", "loan", "bid", "offer",
    "estimate", "forecast", "total", "rating", "reading", "odd", "output", "emission", "balance", "number",
    "expense", "income", "proceeds", "sum", "amount", "benefit", "pension", "rent", "tariff", "duty", "interest",
    "spending", "investment", "holding", "valuation", "ratio", "point", "standing", "poll",
})


def _counted_plural(subject: Token) -> bool:
    """A plural noun of things counted one by one ("deaths", "applications", "housing starts"), not
    of a measure (MEASURED_PLURALS) nor of a unit (NOT_COUNTED), and not a name."""
    lemma = _lemma(subject)
    return subject.pos_ == "NOUN" and subject.is_alpha and lemma not in MEASURED_PLURALS \
        and lemma not in NOT_COUNTED and subject.lower_ not in NOT_COUNTED and not subject.ent_type_


# verbs that carry a change on to the level it makes: "hired 300 workers, bringing its workforce to
# 5,200", "arrested 12 more, taking the total to 57", "closed 40 stores, cutting its network to 410"
LEVEL_CARRIERS: Final = frozenset({"take", "bring", "lift", "raise", "push", "boost", "increase", "swell", "reduce",
                                   "cut", "lower"})


def _level_after_change(span: Span) -> Token | None:
    """The level a counted change makes, its noun left out: '212' of "recruited 38 midwives, taking
    the unit's headcount to 212" (the number told after 'to' in a participle clause of the change's
    verb, with an object of its own)."""
    noun = span.root
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in LEVEL_CARRIERS
                   and c.tag_ == "VBG" and any(g.dep_ == "dobj" for g in c.children)), None)
    return object_of(clause, "to") if clause is not None else None


def _part_including(span: Span) -> Token | None:
    """A part of a count told after 'including', its noun left out: '412' of "cancelled some 1,150
    flights since Monday, including 412 on the first day", '40' of "cut 300 jobs, including 40 in
    sales" (a part with a noun of its own, "including 12 minors", is read by the ruler), hung from
    the count's noun or, the noun an argument, from its verb."""
    noun = span.root
    heads = _noun_and_its_verb(noun)
    heads += tuple(_adjuncts(heads[-1]))
    return next((tok for head in heads if (tok := object_of(head, "including")) is not None and _bare_number(tok)),
                None)


def _coordinated_bare(span: Span) -> Token | None:
    """A second count of the same things after "and", its noun left out: '260' of "will employ about
    420 people during construction and 260 once it is running", "need 420 workers to build and 260 to
    run", "arrested 57 people on Friday and 12 on Saturday" (joined to the count's noun or, the noun
    an argument, to its verb)."""
    noun = span.root
    return next((c for head in _noun_and_its_verb(noun) for c in head.children
                 if c.dep_ == "conj" and c.i > noun.i and _bare_number(c)
                 and not any(g.pos_ in ("NOUN", "PROPN") and g.dep_ != "relcl" for g in c.children)), None)


def _subject_of_a_passive_conjunct(noun: Token) -> Token | None:
    """A bare number, the subject of a passive clause joined to the count's verb: some of the same
    things, what was done to them ("seized 27 cars so far, and 11 have been auctioned", "recalled
    4,000 kettles and 900 were returned"). Not people a casualty verb counts ("destroyed 200 homes,
    and 12 were killed": people, read by _bare_casualties)."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    for verb in noun.head.children:
        if verb.dep_ != "conj" or verb.i < noun.i or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and _bare_number(subject) \
                and not any(c.dep_ in ("prep", "compound") for c in subject.children) \
                and _bare_casualties(subject.doc, subject) is None:
            return subject
    return None


def _noun_and_its_verb(noun: Token) -> tuple[Token, ...]:
    """The count's noun, and the verb it is an argument of: what a part or a second count the noun
    leaves out may hang from."""
    return (noun, noun.head) if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else (noun,)


def _adjuncts(head: Token) -> Iterator[Token]:
    """The nouns of the time and place phrases hung from `head`, through "of" ("end" and "2027" of
    "cut 1,630 jobs by the end of 2027"), which the parser may give an "including" told after them:
    not a plural ("in 12 cities, including 5 in Leeds": the five are cities)."""
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        while obj is not None and obj.tag_ not in ("NNS", "NNPS"):
            yield obj
            obj = object_of(obj, "of")


def _bare_number(tok: Token) -> bool:
    """A number standing alone, no date, sum or share."""
    return tok.pos_ == "NUM" and tok.like_num and tok.ent_type_ not in SKIP_ENTS


def _counted_like(doc: Doc, tok: Token, like: Found, rule: str) -> Found | None:
    """The bare number `tok` as a count of what `like` counts ("taking the headcount to 212" after
    "recruited 38 midwives"; "including 412" after "some 1,150 flights")."""
    if not _bare_number(tok):
        return None
    value = like.value
    # what was done to some of them is no attribute of the whole ("arrested 57 people and 12 were charged")
    attribute = value.lemma if rule == "count.done_to_some" else like.attribute or value.lemma  # type: ignore
    return _whole_figure(doc, tok, value.noun, value.lemma, attribute, rule)  # type: ignore[union-attr]


def _crowd(doc: Doc, tok: Token) -> Found | None:
    """People told as a crowd, its noun left out: 'a crowd of 61,400', 'an audience of 2,300',
    'attendance of 18,000' -> people who attended."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() not in CROWD_NOUNS \
            or tok.pos_ != "NUM" or tok.ent_type_ in SKIP_ENTS:
        return None
    return _attended(doc, tok)


# places told by how many live there: "a country of 14 million", "a city of two million"
PEOPLED_PLACES: Final = frozenset({"country", "nation", "city", "town", "village", "state", "island", "province",
                                   "region", "county", "district", "suburb", "community"})


def _population(doc: Doc, tok: Token) -> Found | None:
    """A population told as a figure, its people left out: 'a population of 284,316', 'the population
    has grown to 284,316', 'put its population at 284,316', 'the population is 12,400', 'a country of
    14 million' -> people, as 'is home to 284,316 people' counts them."""
    if not _bare_number(tok):
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        # ... or a place "of" its people: "a country of 14 million", "a town of 40,000"
        told = head.head.lemma_.lower() == "population" or head.head.lemma_.lower() in PEOPLED_PLACES \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.head.children)
    elif tok.dep_ in ("pobj", "dobj", "attr"):
        verb = head.head if tok.dep_ == "pobj" and head.lower_ in ("to", "at") else head
        told = verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() == "population" for c in verb.children)
    else:
        told = False
    return _whole_figure(doc, tok, "", "person", "person", "count.population") if told else None


# adjectives that stand for the people they describe: "15,000 faithful filled the square", "some
# 4,000 homeless slept in the halls" (an event's: "40 wounded" are the injured)
PEOPLE_ADJECTIVES: Final = frozenset({"faithful", "devout", "homeless", "elderly", "unemployed", "jobless",
                                      "wounded", "injured", "dead", "displaced"})


def _people_adjective(doc: Doc, tok: Token) -> Found | None:
    """A figure counting people by an adjective that stands for them, no noun after it: '15,000
    faithful came' -> 15,000 faithful; '40 wounded were flown out' -> people injured."""
    if tok.dep_ != "nummod" or tok.i + 1 >= len(doc) or tok.ent_type_ in SKIP_ENTS:
        return None
    adj = doc[tok.i + 1]  # the parser may hang the figure from the verb after it: "4,000 homeless slept"
    if adj.lower_ not in PEOPLE_ADJECTIVES or adj.pos_ not in ("ADJ", "VERB") or tok.head not in (adj, adj.head):
        return None
    nxt = doc[adj.i + 1] if adj.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ not in ("VERB", "AUX", "ADP", "CCONJ", "PUNCT"):
        return None  # "40 wounded soldiers": the noun counts (count.num_noun)
    event = EVENTS.get(adj.lower_)
    attribute = PEOPLE_EVENT + event if event else adj.lower_
    return _whole_figure(doc, tok, adj.text, "person" if event else adj.lower_, attribute, "count.people_adjective")


def _attended(doc: Doc, tok: Token) -> Found | None:
    """The people a crowd, an audience or attendance counts: people who attended."""
    return _whole_figure(doc, tok, "", "person", PEOPLE_EVENT + "attended", "count.crowd")


def _whole_figure(doc: Doc, tok: Token, noun: str, lemma: str, attribute: str, rule: str) -> Found | None:
    """A count of two or more written by `tok` and the number words before it ('1.2 million'), not a
    share nor a rate ('12 an hour'): its noun told elsewhere."""
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("%", "percent", "per", "a", "an", "each"):
        return None
    number_toks = sorted([*(c for c in tok.lefts if c.like_num or c.lower_ in SCALES), tok], key=lambda t: t.i)
    if any(t.i != u.i - 1 for t, u in zip(number_toks, number_toks[1:])):
        return None
    figures = _figures(number_toks)
    if figures is None or figures[0] != figures[1] or figures[1] < 2 or figures[1] != int(figures[1]):
        return None
    return _noun_left_out(doc, number_toks[0].idx, tok.idx + len(tok.text), figures[1], figures[2], noun, lemma,
                          attribute, rule)


def _storeys(doc: Doc, span: Span) -> Found | None:
    """'a 41-story building', 'the 28-storey tower' -> 41 storey (the hyphen makes the storeys a count)."""
    n = parse_number(span[0].text)
    if n is None or n.value < 2 or n.value != int(n.value) or span[0].ent_type_ in ("DATE", "MONEY", "PERCENT"):
        return None
    return Found(
        start=span.start_char, end=span.end_char,
        value=CountValue(amount=n.value, noun=span[-1].text, lemma="storey", low=n.value, high=n.value, precision=0.0),
        rule="count.storeys", qualifier=_bound(doc, span.start_char),  # type: ignore[arg-type]
        confidence=0.8, attribute="storey",
    )


def _read(doc: Doc, span: Span) -> Found | None:
    span = compound_before(span)  # "two hundred and [fifty protesters]"
    if multiple_before(span)[1] != 1.0:
        return None  # "a few hundred protesters", "a couple thousand fans": no figure to compare
    number_toks = _figure_tokens(span)
    if not number_toks:
        return None
    joined = [n for n, t in enumerate(number_toks)
              if t.lower_ == "and" and not (n > 0 and joins_hundreds(number_toks[n - 1].text, t.text))]
    if joined and (span.start == 0 or doc[span.start - 1].lower_ != "between"):
        # "won 12.3 and 4.1 million votes respectively": a list, not a range; the figure the noun
        # follows is read on its own
        number_toks = number_toks[joined[0] + 1:]
        span = doc[number_toks[0].i:span.end]
    joint = next((n for n, t in enumerate(number_toks) if t.lower_ in RANGE_WORDS), None)
    if joint is not None and joint + 1 < len(number_toks) and _numbers_a_name(number_toks[0]):
        # "on Township Road 118 – 143 dogs in all": the first number is the road's, no range's end
        number_toks = number_toks[joint + 1:]
        span = doc[number_toks[0].i:span.end]
    head = _head_noun(doc[number_toks[-1].i + 1:span.end])
    if head is None:
        return None
    figures = _figures(number_toks)
    if figures is None or _excluded(doc, span, head, figures, number_toks):
        return None
    low, amount, precision = figures
    joint = next((n for n, t in enumerate(number_toks) if t.lower_ in RANGE_WORDS), None)
    if low != amount and joint is not None and change_then_level(doc, span, low, amount):
        # "the toll rose by 12 to 57 people", "from 40 to 57 people": the level reached is the count
        number_toks = number_toks[joint + 1:]
        span = doc[number_toks[0].i:span.end]
        figures = _figures(number_toks)
        if figures is None:
            return None
        low, amount, precision = figures
    end = _of_phrase_end(doc, head)
    noun_start = min((t.i for t in doc[number_toks[-1].i + 1:head.i + 1]
                      if t.pos_ in ("NOUN", "PROPN") and t.is_alpha and not _hyphen_part(t)), default=head.i)
    while noun_start - 2 > number_toks[-1].i and _glued_hyphen(doc, noun_start - 1):
        noun_start -= 2  # the whole of a hyphenated noun: "co-defendants", "festival-goers"
    noun = doc[noun_start:end].text
    lemma = _prefixed(head, _lemma(head))
    if lemma == "other":
        lemma = _counted_before(head) or lemma  # "killed two people and injured 27 others": people
    event = (_event(head) if people_noun(lemma) else None) or _toll_noun(head, lemma)
    done = _event(head, THING_EVENTS) if event is None and lemma not in PEOPLE_NOUNS else None  # "340 houses destroyed"
    qualifier = "range" if low != amount else _bound(doc, span.start_char)
    return Found(
        start=span.start_char, end=doc[end - 1].idx + len(doc[end - 1].text),
        value=CountValue(amount=amount, noun=noun, lemma=lemma, low=low, high=amount, precision=precision),
        rule=span.id_ or "count",
        qualifier=qualifier,  # type: ignore[arg-type]
        confidence=0.8,
        attribute=PEOPLE_EVENT + event if event else f"{lemma} {done}" if done else lemma,
    )


def _bound(doc: Doc, start_char: int) -> str:
    """'more than 100 employees' -> at_least, by the cue before the figure; else exact."""
    q = qualifier_before(doc, start_char)
    return q[0] if q and q[0] != "range" else "exact"


def _figure_tokens(span: Span) -> list[Token]:
    """The leading tokens that write the figure: '1.5', 'million'; '1.5', 'm' (tokenized apart); 'two', 'to', 'four'."""
    out: list[Token] = []
    for t in span:
        glued_scale = out and not out[-1].whitespace_ and t.lower_ in SCALE_LETTERS
        if t.text in _APOSTROPHES and out and t.i == span.start + 1:
            out.append(t)  # "41' 318.207": the pattern lets one through only between digit groups
        elif not out and t.lower_ in ("a", "an") and t.i + 1 < span.end and span.doc[t.i + 1].lower_ in HUNDREDS_AND_UP:
            out.append(t)  # "a hundred and fifty protesters"
        elif out and t.like_num and _modifier_number(t):
            break  # "18,460 three-day parcels", "1,200 two-bedroom homes": the number of a modifier
        elif t.like_num or t.lower_ in RANGE_WORDS or glued_scale or _GLUED_SCALE.match(t.text) \
                or _APOSTROPHE_GLUED.match(t.text):
            out.append(t)
        else:
            break
    while out and out[-1].lower_ in RANGE_WORDS:
        out.pop()
    return out


def _numbers_a_name(t: Token) -> bool:
    """A number that is part of the name before it ("Road 118", "Flight 370", "Platform 9")."""
    return t.dep_ == "nummod" and t.head.i == t.i - 1 and t.head.pos_ == "PROPN"


def _modifier_number(t: Token) -> bool:
    """A number glued by a hyphen to a word that is no number: "three-day", "two-bedroom", "10-tonne"
    (not "twenty-one")."""
    doc = t.doc
    return _glued_hyphen(doc, t.i + 1) and doc[t.i + 2].is_alpha and not doc[t.i + 2].like_num


def _head_noun(span: Span) -> Token | None:
    """The counted noun: the first noun after the figures, or the second where the first is its compound."""
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    head = _past_hyphens(nouns[0])
    # follow compounds to their head, even past the match: "27 EU member states" counts states
    while head.dep_ == "compound" and head.i < head.head.i <= head.i + 2 and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head.pos_ == "PROPN" and head.tag_ != "NNPS" and not _ACRONYM_PLURAL.match(head.text):
        return None  # "10 Downing Street"; but "12 Democrats" and "nine MEPs" count
    return head


# prefixes that make a hyphenated noun another set than the noun alone: "four co-defendants" are the
# others tried beside someone, "five defendants" all of them; "ex-employees" are no employees
_SET_PREFIXES: Final = frozenset({"co", "ex", "non", "vice"})


def _prefixed(head: Token, lemma: str) -> str:
    """The counted noun's lemma with a set-changing prefix glued to it by a hyphen: 'co-defendant'."""
    doc = head.doc
    if _glued_hyphen(doc, head.i - 1) and doc[head.i - 2].lower_ in _SET_PREFIXES:
        return f"{doc[head.i - 2].lower_}-{lemma}"
    return lemma


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """doc[i] is a hyphen with no space on either side, inside a word: "full-time", "co-defendants"."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _hyphen_part(tok: Token) -> bool:
    """A token glued to a hyphen on either side: a part of a word the tokenizer split."""
    doc = tok.doc
    glued_after = tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-"
    return glued_after or (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_)


def _past_hyphens(tok: Token) -> Token:
    """The counted noun a hyphenated word leads to: its last part ("festival-goers"), or the noun
    after it when it modifies one ("full-time jobs", "in-lamb ewes")."""
    doc, last = tok.doc, tok
    while _glued_hyphen(doc, last.i + 1) and doc[last.i + 2].is_alpha:
        last = doc[last.i + 2]
    if _hyphen_part(last) and last.whitespace_ and last.i + 1 < len(doc) and doc[last.i + 1].pos_ in ("NOUN", "PROPN"):
        return doc[last.i + 1]
    return last if last.pos_ in ("NOUN", "PROPN") else tok


def _figures(tokens: list[Token]) -> tuple[float, float, float] | None:
    """(low, amount, precision) of the figure tokens: ['1.5', 'million'] -> 1.5e6; ['2', 'to', '4'] -> (2, 4)."""
    words = [t.text for t in tokens]
    seps = [i for i, w in enumerate(words) if w.lower() in RANGE_WORDS and not (i > 0 and joins_hundreds(words[i - 1], w))]
    if seps and 0 < seps[0] < len(words) - 1:
        left_text, right_text = _joined(tokens[:seps[0]]), _joined(tokens[seps[0] + 1:])
        scale = right_text.split()[-1].lower()
        if scale in SCALES and len(scale) > 1 and len(left_text.split()) == 1:
            left_text += " " + scale  # "2 to 3 million users": the scale word serves both ends
        left, right = parse_number(left_text), parse_number(right_text)
        if left is not None and right is not None and left.value < right.value:
            return left.value, right.value, right.precision
        if "-" in words and left is not None and right is not None and left.value >= 20 and left.value % 10 == 0 \
                and right.value < 10:  # "twenty-one", but not "five-thirty" (a time)
            n = parse_number(f"{left_text}-{right_text}")  # "two hundred and eighty-six" too
            return (n.value, n.value, n.precision) if n is not None else None
        return None
    text = _joined(tokens)
    if _DOT_GROUPED.match(text) or any(a in text for a in _APOSTROPHES):
        whole = "".join(c for c in text if c.isdigit())  # "204.118", "41' 318.207": one whole number
        if not _GROUPED_WHOLE.match(text):
            return None
        return float(whole), float(whole), implied_precision(whole)
    n = parse_number(text)
    if n is None:
        return None
    return n.value, n.value, n.precision


def _joined(tokens: list[Token]) -> str:
    """Tokens as written, so '1.5' + 'm' reads '1.5m' again."""
    return "".join(t.text_with_ws for t in tokens).strip()


def _points_as_places(head: Token) -> bool:
    """Points an "-ing" word names are places, counted like stations: "2,400 charging points",
    "14 border crossing points", "six meeting points" ("ranking points" and "boiling point" are not)."""
    return head.lemma_.lower() == "point" and any(
        c.dep_ in ("compound", "amod") and c.lower_.endswith("ing") and c.lower_ not in SCORING_GERUNDS
        for c in head.lefts)


def _excluded(doc: Doc, span: Span, head: Token, figures: tuple[float, float, float], number_toks: list[Token]) -> bool:
    first = span[0]
    if (head.lemma_.lower() in NOT_COUNTED or head.lower_ in NOT_COUNTED) and not _points_as_places(head) \
            or not head.is_alpha:
        return True
    if head.text.isupper() and len(head.text) == 3 and head.tag_ != "NNS":
        return True  # currency codes: "5 million TWD"
    if any(t.ent_type_ in SKIP_ENTS for t in number_toks) and not _ner_slip(head, number_toks):
        return True
    if figures[1] == 1 and _lemma(head) not in ONE_WORTH_COUNTING:
        return True  # "one way", "draw 1 chance": too vague to compare
    if figures[1] != int(figures[1]) and figures[1] < 1000:
        return True  # "a magnitude 6.4 earthquake", "a 2.5 litre engine": a measure, not how many
    before = doc[span.start - 1] if span.start > 0 else None
    year_like = first.is_digit and len(first.text) == 4 and 1900 <= figures[1] <= 2100
    if year_like and (head.tag_ not in ("NNS", "NNPS") or (before is not None and before.lower_ in YEAR_ONLY_LABELS)):
        return True
    last = number_toks[-1]
    if not last.whitespace_ and last.i + 1 < len(doc) and doc[last.i + 1].is_alpha and last.lower_ not in SCALE_LETTERS:
        return True  # glued to letters: "5G networks"
    if before is None:
        return False
    if before.lower_ == "in" and span.start > 1 and doc[span.start - 2].like_num:
        return True  # "1 in 5 adults" is a ratio
    if before.lower_ in LABEL_BEFORE and before.lower_ not in YEAR_ONLY_LABELS \
            and not (before.tag_ in VERB_TAGS and before.i > 0 and doc[before.i - 1].lower_ in ("to", "will", "would")) \
            and not _spaced_dash(before):
        return True  # "Top 10", "page 12", "F-16 jets"; not the verb in "expected to top 400,000 vehicles"
    if before.is_currency or before.text in ("$", "€", "£", "#"):
        return True
    # "Windows 10 users", "iPhone 15 buyers": a figure glued to a name labels it
    return before.pos_ == "PROPN" and first.is_digit and before.tag_ != "POS"


def _spaced_dash(tok: Token) -> bool:
    """A dash with a space on either side is punctuation, no label: a dateline's 'KESSLING (RPA) -
    Forty-three arrests', an aside's ' - 12 people'; 'F-16' glues its label."""
    return tok.text in ("-", "–") and bool(tok.whitespace_) and tok.i > 0 and bool(tok.nbor(-1).whitespace_)


def _ner_slip(head: Token, number_toks: list[Token]) -> bool:
    """The model's entity label is wrong where the counted noun says otherwise: 'more than 38,2 million
    votes' as MONEY (money with a currency is the money extractor's, which runs first), 'nine MEPs' as
    TIME (an acronym it does not know), '87 measles infections' as a QUANTITY with no unit."""
    if head.tag_ not in ("NNS", "NNPS") and not _ACRONYM_PLURAL.match(head.text):
        return False
    labels = {t.ent_type_ for t in number_toks} - {""}
    return (labels <= {"MONEY"} or bool(_ACRONYM_PLURAL.match(head.text)) and labels <= {"DATE", "TIME", "CARDINAL"}
            or labels == {"DATE"} and _spelled_date(number_toks)
            or labels == {"QUANTITY"} and (_no_unit_in_entity(number_toks) or _measured_modifier_after(number_toks)))


def _measured_modifier_after(number_toks: list[Token]) -> bool:
    """The recognizer's QUANTITY runs from the count into a measure that describes what is counted:
    "300 10-tonne lorries" read as "300 10-tonne"; the unit is the modifier's, not the count's."""
    doc, k = number_toks[0].doc, number_toks[-1].i + 1
    return k < len(doc) and doc[k].like_num and _modifier_number(doc[k])


def _no_unit_in_entity(number_toks: list[Token]) -> bool:
    """The recognizer's QUANTITY holds the figure and words after it none of which is a unit: "87
    measles infections" read as "87 measles", "40 flu patients" as "40 flu" (not "40 tonnes")."""
    doc, k = number_toks[0].doc, number_toks[-1].i + 1
    words = []
    while k < len(doc) and doc[k].ent_iob_ == "I":
        words.append(doc[k])
        k += 1
    return all(w.is_alpha and w.lemma_.lower() not in NOT_COUNTED and w.lower_ not in NOT_COUNTED for w in words)


def _spelled_date(number_toks: list[Token]) -> bool:
    """'Forty-two Pellworth Pharmacy stores', 'Seventy-one Valmora Farms workers': a number written in
    words, opening a count before a name, that the recognizer files as a DATE of its own: no digit,
    and the entity holds nothing but the number (a year in words, "nineteen ninety-eight", is left)."""
    first, last = number_toks[0], number_toks[-1]
    if any(ch.isdigit() for t in number_toks for ch in t.text) or sum(t.is_alpha for t in number_toks) > 2:
        return False
    after = first.doc[last.i + 1] if last.i + 1 < len(first.doc) else None
    return first.ent_iob_ == "B" and (after is None or after.ent_iob_ != "I")


def _of_phrase_end(doc: Doc, head: Token) -> int:
    """Token end of the count, with 'of espionage' for charges: '17 counts of espionage'."""
    end = head.i + 1
    if COUNTED_SYNONYMS.get(_raw_lemma(head)) != "charge" and _raw_lemma(head) != "count":
        return end
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.i - head.i > 5:
        return end
    return pobj.i + 1


def _raw_lemma(tok: Token) -> str:
    if tok.lower_ == "people":
        return "people"
    if _ACRONYM_PLURAL.match(tok.text):
        return tok.lower_[:-1]  # "MEPs" -> "mep"
    if tok.tag_ == "NNPS" and tok.lower_.endswith("s"):
        return tok.lower_[:-1]  # "Democrats": the tagger leaves plural names unlemmatized
    return tok.lemma_.lower()


def _lemma(head: Token) -> str:
    """The lemma a count compares on: 'counts' -> 'charge' in court, 'people' -> 'person', posts
    or workers cut -> 'job'."""
    raw = _raw_lemma(head)
    if raw == "count":
        return "charge" if _in_court(head) else "count"
    if raw in JOB_NOUNS and _jobs_changed(head):
        return "job"
    if raw == "baby" and head.head.lemma_.lower() in BIRTH_VERBS:
        return "birth"  # "6,184 babies were born", "delivered 6,184 babies": births; not "40 babies in intensive care"
    same = COUNTED_SYNONYMS.get(raw, raw)
    if same not in _ALWAYS_SYNONYMS and any(c.dep_ == "compound" for c in head.children):
        return raw  # a compound names another thing: "brokerage houses" are firms, not homes
    return same


# pronouns a partitive count takes its things from: "14,832 of them were handed in"
_PARTITIVE_PRONOUNS: Final = frozenset({"them", "these", "those"})


def _of_the_things_before(doc: Doc, tok: Token) -> Found | None:
    """A count of things named before it in its sentence, its noun left out: "Umbrellas were the
    biggest category: 14,832 of them were handed in", "Umbrellas topped the list, with 14,382 handed
    in", "the airline cancelled 412 flights, of which 96 were international" (a partitive "of them"
    or "of which", or an absolute "with N" and a participle). The things are the nearest counted
    plural noun before the figure ("19 children fell into open wells, and seven of them died": the
    children, not the wells), else the nearest plural noun; "of them" opening a sentence takes the
    things the sentence before counted ("Police have seized 27 cars. Eleven of them were sold")."""
    if tok.tag_ != "CD" or tok.ent_type_ in ("MONEY", "PERCENT", "DATE", "TIME", "QUANTITY") or tok.i + 2 >= len(doc):
        return None
    after = doc[tok.i + 1]
    named = _named_whole(doc, tok) if after.lower_ == "of" else None  # "147 of the club's supporters"
    partitive = after.lower_ == "of" and (doc[tok.i + 2].lower_ in _PARTITIVE_PRONOUNS or named is not None)
    absolute = tok.i > 0 and doc[tok.i - 1].lower_ == "with" and after.tag_ == "VBN"
    # "counted 812 tigers, of which 118 were in the reserve": a relative partitive before the figure
    relative = tok.i > 1 and doc[tok.i - 2].lower_ == "of" and doc[tok.i - 1].lower_ == "which" \
        and not after.like_num and after.pos_ not in ("NOUN", "PROPN")
    if not (partitive or absolute or relative):
        return None
    before = doc[tok.sent.start:tok.i]
    counted = lambda t: _plural_noun(t) and _count_of(t) is not None  # noqa: E731
    things = named or next((t for t in reversed(before) if counted(t)), None) \
        or next((t for t in reversed(before) if _plural_noun(t)), None)
    if things is None and partitive and tok.sent.start > 0:
        things = next((t for t in reversed(doc[tok.sent.start - 1].sent) if counted(t)), None)
    if things is None:
        return None
    lemma = _lemma(things) if things.tag_ == "NNS" else things.lower_[:-1]
    if people_noun(lemma) or lemma == "people":
        # "12 of them were arrested": people, counted by what happened to them (_bare_casualties);
        # "214 people have died, 124 of them in the district": by what happened to the whole
        if (counted := _bare_casualties(doc, tok)) is not None or not partitive:
            return counted
        # "left six of them dead": what happened is told of the figure itself
        event = _event(tok) or _event(things)
        if event:
            return _people(doc, tok, event, "count.of_the_things_before")
        # "3.2 million pupils ..., and 1.9 million of them now have laptops": a part of the
        # people counted before, by its own noun ("of whom" after the figure too)
        return _whole_figure(doc, tok, things.lower_, lemma, lemma, "count.of_the_things_before") \
            if partitive and lemma != "people" else None
    return _whole_figure(doc, tok, things.lower_, lemma, lemma, "count.of_the_things_before")


def _whole_out_of(doc: Doc, tok: Token) -> Found | None:
    """A bare whole after "out of", the part counted before it in its sentence: "has 94,300 premises
    connected out of 186,000", "Four of the schools had to close, out of 23 nationally", "won 14
    games out of 20" -> the whole of the same things, by their own noun, not by what the part did
    ("9 out of 10" is a ratio, and a whole with its noun is a count of its own)."""
    k = tok.i - 1
    while k > 0 and doc[k].lower_ in _WHOLE_MODIFIERS:  # "out of about 300"
        k -= 1
    if k < 2 or doc[k].lower_ != "of" or doc[k - 1].lower_ != "out" or not _bare_number(tok) \
            or tok.i + 1 < len(doc) and (doc[tok.i + 1].pos_ in ("NOUN", "PROPN", "NUM") or doc[tok.i + 1].like_num):
        return None
    whole = parse_number(tok.text)
    for t in reversed(doc[tok.sent.start:k - 1]):
        if not _plural_noun(t):
            continue
        part = _count_of(t)
        if part is None and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.like_num:
            part = t.head.head  # "Four of the Northfell schools"
        if part is None:
            continue
        told = parse_number(part.text)
        if whole is None or told is None or told.value >= whole.value or whole.value in _RATIO_WHOLES:
            return None
        lemma = _lemma(t)
        return _whole_figure(doc, tok, t.lower_, lemma, lemma, "count.whole_out_of")
    return None


def _named_whole(doc: Doc, tok: Token) -> Token | None:
    """The plural noun a partitive names after "of" with no figure of the whole: "banned 147 of the
    club's supporters", "12 of its branches" ("88 of the 200 seats" is read with its whole)."""
    of = doc[tok.i + 1]
    noun = next((c for c in of.children if c.dep_ == "pobj"), None)
    if noun is None or noun.tag_ != "NNS" or noun.pos_ != "NOUN" or noun.i - tok.i > 6 \
            or any(t.like_num or t.is_punct and t.text != "'" for t in doc[tok.i + 2:noun.i]):
        return None
    return noun if doc[tok.i + 2].lower_ in _WHOLE_DETERMINERS or doc[tok.i + 3].tag_ == "POS" else None


def _count_of(t: Token) -> Token | None:
    """The bare number that counts a noun: "19" of "19 children", "27" of "some 27 cars" (no sum,
    share or date)."""
    return next((c for c in t.children if c.dep_ == "nummod" and _bare_number(c)), None)


def _plural_noun(t: Token) -> bool:
    """A plural common noun, or one opening the sentence that the tagger took for a name ("Umbrellas
    topped the list": NNP, no entity)."""
    if t.tag_ == "NNS" and t.pos_ == "NOUN":
        return True
    return t.is_sent_start and t.tag_ in ("NNP", "NNPS") and not t.ent_type_ and t.lower_.endswith("s") \
        and not t.lower_.endswith("ss")


def _counted_before(head: Token) -> str | None:
    """What "others" counts: the noun of the nearest count before it in its sentence ("Two people were
    killed and 27 others hurt", "arrested 12 protesters and detained 30 others")."""
    for tok in reversed(head.doc[head.sent.start:head.i]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() != "other" and any(
                c.dep_ == "nummod" and c.like_num for c in tok.children):
            return _lemma(tok)
    return None


def _jobs_changed(head: Token) -> bool:
    """Jobs cut, created or lost: the object of a verb of cutting or adding ('axe 1,840 posts',
    'hire 300 workers'), people laid off ('1,340 workers will be laid off'), or who lose their jobs."""
    verb = head.head
    lemma = verb.lemma_.lower()
    if head.dep_ == "dobj":
        return lemma in LOSS_WORDS or lemma in GAIN_WORDS
    if head.dep_ == "nsubjpass":
        return lemma == "lay" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    if head.dep_ == "nsubj" and lemma == "lose":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "job" for c in verb.children)
    return False


def _in_court(head: Token) -> bool:
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights)
    return has_of or any(t.lemma_.lower() in COURT_LEMMAS for t in head.sent if t.i != head.i)
