"""Who and what a figure is about: subject, attribute, modality, qualifier.

Read from the spaCy parse around a claim's span. Subjects are PERSON/ORG
entities of the sentence (the grammatical subject first), pronouns resolved
to the nearest earlier person or organisation in the document.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Final

from claimkit.extract.base import entities, memo
from claimkit.extract.cues import (
    ACTOR_NOUNS, CAUSED_CHANGES, CHANGE_CUES, CHANGE_VERBS, ENDING_VERBS, ESTIMATING_VERBS, EVENT_NOUNS,
    EVENT_TAKING_VERBS, LEVEL_VERBS, LIGHT_VERBS, MODALITY_CUES, NAME_TRAILING_VERBS, OBJECT_EVENTS, ORG_ANAPHORS,
    PATIENT_VERBS, PERSON_NOUNS, PERSON_VERBS, PHASE_VERBS, QUALIFIER_CUES,
)
from claimkit.extract.places import known_place
from claimkit.lexicon import (
    ATTRIBUTE_ALIASES, ATTRIBUTE_CUES, GENERIC_MEASURE_NOUNS, LAW_NOUNS, MEASURE_MODIFIERS, NEVER_CLAUSE,
    NOUN_ONLY_ALIASES, ORG_UNIT_NOUNS, OTHER_SUBJECT, PAY_MODIFIERS, PEOPLE_NOUNS, PLACE_ADVERBS, PLACE_NOUNS,
    POPULATION_NOUNS, RESCHEDULING_VERBS, SAYING_VERBS, WINNING_BID_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECT_LABELS = frozenset({"PERSON", "ORG"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "it", "its", "they", "them", "their"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
OVER_PARTICLE_VERBS = frozenset({"hand", "turn", "fork", "sign"})  # "hand over", not "paid over $5m"
UP_PARTICLE_VERBS = frozenset({"go", "shoot", "move", "climb", "jump", "soar", "step"})  # "went up to 40%": risen to it
_POSSIBLE = frozenset({"could", "may", "might", "can"})  # "could go up to 20 years": a ceiling
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
ORG_PRONOUNS = frozenset({"it", "its"})
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
PATIENT_DEPS = frozenset({"dobj", "dative", "nsubjpass", "obj", "iobj"})
_NO_ENTITY = "\x00no entity"  # _clause_subject: the clause has a subject, but it names nobody
_SURNAME = re.compile(r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)", re.VERBOSE)
_DATELINE_ENDS = frozenset({"-", "–", "—", ":", "--"})
MAX_CUE_DISTANCE = 8  # an attribute cue further than this from the figure is about something else
_MAX_MODALITY_WORDS = max(len(k.split()) for k in MODALITY_CUES)
# A cue can only start on one of these words (or on a token holding a space, checked as before):
# the others are passed without joining the words after them.
_MODALITY_FIRST_WORDS = frozenset(k.split(" ")[0] for k in MODALITY_CUES)
_ACTORS = PERSON_NOUNS | ORG_ANAPHORS  # nouns that act: a verb of level's subject that names no measure
_MAX_QUALIFIER_WORDS = max(len(k.split()) for k in QUALIFIER_CUES)


def qualifier_before(doc: Doc, start_char: int) -> tuple[str, int] | None:
    """The qualifier cue ending just before `start_char`, and where it starts: 'up to' -> ('at_most', ...)."""
    tok = doc.char_span(start_char, start_char, alignment_mode="expand")
    idx = tok.start if tok is not None else None
    if idx is None:
        return None
    for n in range(_MAX_QUALIFIER_WORDS, 0, -1):
        if idx - n < 0:
            continue
        words = doc[idx - n: idx]
        phrase = words.text.lower()
        if phrase in QUALIFIER_CUES and not _particle(words) and (phrase not in _PASSING or _round_mark(doc, idx)):
            return QUALIFIER_CUES[phrase], words.start_char
    return None


_PASSING = frozenset({"passed", "crossed"})  # a threshold only before a round mark ("passed 3 exams" counts)
_SCALED = frozenset({"thousand", "million", "billion", "trillion", "m", "bn"})


def _round_mark(doc: Doc, i: int) -> bool:
    """The figure from doc[i] on is a mark a total passes: one or two significant digits, in the
    thousands or with a scale ("40,000", "€2 billion", "$1m"; not "3 exams", "47,380")."""
    if i < len(doc) and not any(c.isdigit() for c in doc[i].text):
        i += 1  # a sign of its own: "$ 2 billion"
    if i >= len(doc):
        return False
    digits = re.sub(r"\D", "", doc[i].text)
    scaled = doc[i].text[-1:].lower() in ("m", "k") or i + 1 < len(doc) and doc[i + 1].lower_ in _SCALED
    return bool(digits) and len(digits.rstrip("0")) <= 2 and (scaled or len(digits) >= 4)


def _particle(words: Span) -> bool:
    """'will hand over $525 million', 'turned over 40 documents': 'over' finishes the verb, it
    bounds nothing (the parse reads it as a bound either way); so does 'up' of a verb of rising
    ('its borrowing limit will go up to £4.2 billion', 'prices shot up to $90': the level reached),
    unless a modal makes it a ceiling ('the sentence could go up to 20 years')."""
    before = words.doc[words.start - 1] if words.start else None
    if before is None:
        return False
    if words[0].lower_ == "up" and words.text.lower() == "up to" and before.lemma_.lower() in UP_PARTICLE_VERBS:
        return not any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in before.children)
    return words[0].lower_ == "over" and before.lemma_.lower() in OVER_PARTICLE_VERBS


def bound_of(doc: Doc, span: Span, is_range: bool) -> str:
    """The qualifier of a figure from the words around it: 'up to $5m' -> at_most,
    '$5m or more' -> at_least; a range read from two figures stays 'range'."""
    from claimkit.extract.numbers import trailing_qualifier

    if is_range:
        return "range"
    if any(t.lower_ == "odd" and t.i > span.start and (doc[t.i - 1].like_num or doc[t.i - 1].text in ("-", "‑"))
           for t in span):
        return "approx"  # "40-odd quid", "30-odd miles"
    if len(span) > 2 and span[0].lower_ == "a" and span[1].lower_ == "couple":
        return "approx"  # "a couple of bucks": about two
    words = [t.lower_ for t in doc[span.end: span.end + 3]]
    if words[:2] in (["-", "odd"], ["‑", "odd"]):
        return "approx"  # "£40-odd"
    after = trailing_qualifier(words)
    if words[:1] == ["plus"] and _adds_a_sum(doc, span.end + 1):
        after = None  # "a fine of £145k plus costs of £23,600": another sum, no bound
    if after and words[:2] == ["at", "most"] and len(words) == 3 and doc[span.end + 2].pos_ in ("NOUN", "PROPN", "ADJ"):
        after = None  # "$15 at most shops": 'most' is a determiner
    if after:
        return after
    cue = qualifier_before(doc, span.start_char)
    return cue[0] if cue is not None and cue[0] != "range" else "exact"


def _adds_a_sum(doc: Doc, i: int) -> bool:
    """The words from doc[i] on, after a "plus", name another sum: a figure or a currency ("£5m plus
    £2m"), a determiner ("plus a bonus", "plus its costs") or a sum's name ("plus costs", "plus
    interest", "plus VAT"); not the counted thing of a bound ("20 plus years")."""
    if i >= len(doc):
        return False
    tok = doc[i]
    return tok.like_num or tok.is_currency or tok.pos_ == "DET" or tok.tag_ == "PRP$" \
        or tok.lower_ in ATTRIBUTE_CUES["money"] or tok.lower_ in ADDED_SUMS


# sums copy adds to a money figure after "plus" that are no money cue of their own
ADDED_SUMS: Final = frozenset({"interest", "vat", "tax", "costs", "expenses", "fees", "bonuses", "add"})  # "add"-ons


# "rose by $40 million to $512 million": a change and the level it reached, when the level is at
# least this many times the change ("cut jobs by 10 to 15 percent" is a range of the change)
LEVEL_OVER_CHANGE = 3.0


def change_then_level(doc: Doc, span: Span, low: float, high: float) -> bool:
    """Two figures written as one 'X to Y': a change and the level it led to, not a range.
    'rose from $401 million to $512 million' (after 'from' and a verb of change within six
    words: the old level and the new); 'raised the rate by 2.5 cents to 71.5 cents', 'the toll
    rose by 12 to 57' (after 'by', the second figure well above the first). 'Fines from $5 to
    $10', 'cut by 10 to 15 percent', 'anywhere from $250 to $400' and 'between 2 and 3 million' stay ranges."""
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    if prev == "from" and span.start > 1 and doc[span.start - 2].lower_ == "anywhere":
        return False  # "sells for anywhere from $250 to $400": a range, whatever the verb
    if prev == "from":
        return bool({t.lemma_ for t in doc[max(0, span.start - 6): span.start]} & CHANGE_CUES)
    return prev == "by" and low > 0 and high >= LEVEL_OVER_CHANGE * low


CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN", "ADV"})
PATH_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr", "compound", "amod", "prt", "poss", "agent",
                       "oprd", "acomp", "npadvmod", "nmod"})
MAX_PATH_WORDS = 12
_PATH_SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})  # figures, not words


def path_words(doc: Doc, start: int, end: int, kind: str = "") -> list[str]:
    """The words that say what a figure is, nearest on the parse first: its own nouns, then each
    head above it with that head's subject, object and modifiers. "Operating profit jumped 54
    percent" -> ['jump', 'profit', 'operate']; "revenue was 4.1 percent lower" -> ['low', 'revenue'].
    The reconciler compares these lemmas across documents; it never sees the parse."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out: list[str] = []

    def add(tok: Token) -> None:
        if tok.pos_ in CONTENT_POS and not tok.is_stop and tok.is_alpha and tok.ent_type_ not in _PATH_SKIP_ENTS:
            lemma = tok.lemma_.lower()
            if lemma not in out:
                out.append(lemma)

    for tok in span:  # the figure's own nouns: "12 bitcoins", "30 storeys"
        if tok.pos_ == "NOUN":
            add(tok)
    # ... and what a quantity is of: "4,250 tonnes of sawn timber"
    material = _material(span) if kind == "quantity" else None
    if material and material not in out:
        out.append(material)
    for tok in [span.root, *span.root.ancestors]:
        if _naming(tok):
            continue  # "paid a firm called Northgate 3 million euros": the figure is what was paid
        if not (span.start <= tok.i < span.end):
            add(tok)
        for c in tok.children:
            if c.dep_ in PATH_DEPS and not (span.start <= c.i < span.end):
                add(c)
                if _another_one(c) and OTHER_SUBJECT not in out:
                    out.append(OTHER_SUBJECT)
                for g in c.children:
                    if g.dep_ in ("compound", "amod"):
                        add(g)
        if kind in _TIMED_KINDS and tok.lower_ in _TIME_PARTICIPLES and tok.i < span.start:
            continue  # "banned starting Jan. 1": the participle is a preposition; the clause is the ban's
        if len(out) >= MAX_PATH_WORDS or (tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp", "aux", "auxpass")):
            if any(c.dep_ == "neg" and c.lower_ == NEVER_CLAUSE for c in tok.children) and NEVER_CLAUSE not in out \
                    and not _hung_on_a_relative(tok, span):
                out.append(NEVER_CLAUSE)
            if kind == "date":
                for verb in _dated_with(tok, span):
                    add(verb)
                    for c in verb.children:
                        if c.dep_ in ("dobj", "obj"):
                            add(c)
            break  # the figure's own clause: its first governing verb and that verb's arguments
    return out[:MAX_PATH_WORDS]


def _hung_on_a_relative(verb: Token, span: Span) -> bool:
    """A relative clause's verb the figure reaches through a preposition: the parser's guess, which
    hangs the main verb's phrase on the nearest verb ("sentenced the owner of an agency that sold trips
    that never took place to six years": the term is the sentence's, not of what never took place)."""
    below = next((t for t in span.root.ancestors if t.head.i == verb.i), span.root)
    return verb.dep_ == "relcl" and below.dep_ == "prep"


# how a figure stands to the verb of its clause: what the verb acts on or names the holder of
_PATIENT_DEPS: Final = frozenset({"dobj", "obj", "nsubjpass", "dative"})


def clause_verb(doc: Doc, start: int, end: int) -> tuple[str, str] | None:
    """The verb of the figure's clause with the figure's part in it, ('have', 'patient') for "The
    port has 9 cranes", ('shut', 'patient') for "Seven cranes were shut" and "refunded £2m to 300
    customers" (the object of the verb's preposition), ('close', 'agent') for "40 shops will close";
    None when the figure is no argument of a verb ("its 9 cranes", "a fleet of 9 cranes")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        return (verb.lemma_.lower(), "patient") if verb.pos_ in ("VERB", "AUX") else None
    if head.pos_ not in ("VERB", "AUX") or head is tok:
        return None
    if tok.dep_ in _PATIENT_DEPS:
        return head.lemma_.lower(), "patient"
    if tok.dep_ == "nsubj":
        return head.lemma_.lower(), "agent"
    return None


def _dated_with(verb: Token, span: Span) -> list[Token]:
    """Other verbs a date's clause dates: a time told after coordinated verbs scopes over all of
    them ("must file the accounts and pay the levy by May 1": the filing too), and a grant of time
    is for the act it names ("gave residents until Friday to pay", "firms have until June 30 to
    file"). Objects stay with their own verbs: only dates are read this way."""
    out = []
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and span.start > verb.i and not _timed(verb.head):
        out.append(verb.head)  # not "was fined in May and paid on June 3": the fine has its own time
    if verb.lemma_.lower() in _GRANTS_OF_TIME and any(
            c.dep_ == "prep" and c.lower_ in _GRANTED_UNTIL and c.i < span.end for c in verb.children):
        out += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i >= span.end
                and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)]
    return out


def _timed(verb: Token) -> bool:
    """A verb told with a time of its own ("fined in May", "opened last week")."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("prep", "npadvmod")
               for t in c.subtree)


# verbs that grant a time for an act, and the prepositions of the time granted
_GRANTS_OF_TIME: Final = frozenset({"give", "grant", "allow", "have"})
_GRANTED_UNTIL: Final = frozenset({"until", "till", "by"})


# participles that open a time the way a preposition does ("banned starting Jan. 1", "closed
# beginning Monday", "in force ending March 3"): a date's clause is the verb they modify
_TIME_PARTICIPLES: Final = frozenset({"starting", "beginning", "commencing", "ending"})
_TIMED_KINDS: Final = frozenset({"date", "duration"})


# subjects that tell of other sources, not other things: "other estimates put the toll at 45"
_SOURCE_NOUNS: Final = frozenset({"estimate", "report", "source", "outlet", "account", "figure", "count", "tally",
                                  "survey", "poll", "study", "calculation", "media", "official"})


def _another_one(subject: Token) -> bool:
    """A subject told as another one of its kind: "Ridgeline's other plant employs 900 people",
    "another hospital treated 40 patients", "the other two defendants were jailed for four years"."""
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.lemma_.lower() not in _SOURCE_NOUNS and any(
        g.lower_ in ("other", "another") and g.dep_ in ("amod", "det") for g in subject.children)


# participles that name the noun they follow; the parser takes a figure after the name for a
# second complement of the participle ("sent a charity named Hope House £40,000")
_NAMING_VERBS = frozenset({"call", "name", "dub", "nickname", "title", "know", "label"})


def _naming(tok: Token) -> bool:
    """A participle that names a noun ("a firm called X", "a man known as Y"): no verb of the figure."""
    return tok.dep_ == "acl" and tok.lemma_.lower() in _NAMING_VERBS


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_SCOPE_NOUNS = PLACE_NOUNS | ORG_UNIT_NOUNS
_PLACE_PREPS = frozenset({"in", "across", "throughout", "within", "for", "at", "of"})


def places(doc: Doc, start: int, end: int) -> list[str]:
    """The places the figure's own clause is told of, lower-cased: "In the northern region the pass
    rate fell to 74.9%" -> ['northern region']; "across the wider Brennick metropolitan region,
    crime fell 5%" -> ['brennick metropolitan region']; "nationally, 27.6% ..." -> ['nationally'].
    Read on the path from the figure to its first governing verb (as path_words), from the
    place (a GPE, LOC or FAC entity, or a place noun with its modifiers) in a preposition's object,
    a subject or a possessor, and from adverbs of scope. A part of an organisation scopes a figure
    as a place does: "revenue at the division" -> ['division'], "group revenue" -> ['group']."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out: list[str] = []

    def place(tok: Token, named: bool = False) -> None:
        if tok.ent_type_ in _PLACE_ENTS or named and _named_place(tok):
            ent = _entity_at(tok)
            name = (ent.text if ent is not None else tok.text).casefold()
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in _SCOPE_NOUNS:
            if (named_of := _name_of_the_place(tok)) is not None:
                place(named_of, named=True)  # "the Argentine city of Tarija": Tarija, not "argentine city"
                return
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
            name = " ".join(t.text for t in sorted([*mods, tok], key=lambda t: t.i)).casefold()
        elif tok.pos_ in ("NOUN", "PROPN") and (group := _population(tok)) and _of_a_group(tok):
            name = group  # "men's median pay", "for women": a group of people
        else:
            return
        if name not in out and _latin(name):  # not a run of text in another script the recognizer took whole
            out.append(name)

    def held_by(c: Token) -> None:
        """A subject's or possessor's place, and those of its own possessor and part noun."""
        place(c)
        for g in c.children:
            if g.dep_ == "poss":
                place(g)  # "Brennick's homicide count"
            elif g.dep_ == "compound" and g.lower_ in ORG_UNIT_NOUNS and g.lower_ not in out:
                out.append(g.lower_)  # "Group revenue was £3.1bn" (a sentence's first word: a PROPN)

    told_its = None  # the verb of a clause whose subject is "its ..." ("and its operating profit reached")
    path = [span.root, *span.root.ancestors]
    for tok in path:
        for c in tok.children:
            if span.start <= c.i < span.end:
                continue
            if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and c not in path:
                # (a preposition that holds the figure's own phrase names what the figure measures:
                # "approval for the Arden Hills, a park of 40 hectares" is no figure of a place)
                for g in _objects(c):
                    place(g, named=True)
            elif c.dep_ in ("nsubj", "nsubjpass", "poss", "npadvmod"):
                held_by(c)
                for g in c.children:
                    if g.dep_ == "poss" and g.lower_ in _ITS and c.dep_ in ("nsubj", "nsubjpass"):
                        told_its = tok
                    elif g.dep_ == "prep" and g.lower_ in _PLACE_PREPS and c.dep_ != "poss" and g not in path \
                            and not (g.i > 0 and doc[g.i - 1].text == ","):  # "Tarija, in the south,": where it lies
                        for p in _objects(g):
                            place(p, named=True)  # "recorded crime in Brennick fell 6%"
            elif c.dep_ == "advmod" and c.lower_ in PLACE_ADVERBS and c.lower_ not in out:
                out.append(c.lower_)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp", "aux", "auxpass") and not _outcome_clause(tok):
            break
    if not out and told_its is not None and told_its.dep_ == "conj":
        # "The unit's net profit rose to ¥19.7bn, and its operating profit reached ¥31.2bn": "its"
        # is the possessor of the clause it is joined to, whose subject names the place or the part
        for c in told_its.head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                held_by(c)
    return out


def _outcome_clause(verb: Token) -> bool:
    """A participle clause after its main clause, with no subject of its own, telling what the main
    clause brought about: "In Kerala, floods swept villages, killing 14 people and injuring 30". Its
    figures are told of the main clause's place."""
    while verb.dep_ == "conj" and verb.head.tag_ == "VBG":
        verb = verb.head  # "... and injuring 30"
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > verb.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _name_of_the_place(noun: Token) -> Token | None:
    """The name a place noun is told by with "of": "the city of Tarija", "the region of Kakheti"."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return name if name is not None and name.pos_ == "PROPN" else None


def _named_place(tok: Token) -> bool:
    """A proper name the city table or CLDR's country names know, whatever entity the recognizer
    took it for: the small model calls many cities it rarely saw organisations ("enrolment in
    Bamako", "births in Antananarivo"). Read only as a preposition's object, where a place is told."""
    if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
        return False
    ent = _entity_at(tok)
    name = ent.text if ent is not None else tok.text
    return known_place(name)


def _objects(prep: Token) -> list[Token]:
    """A preposition's objects, each coordinated one too: "in Leeds and Bradford" -> Leeds, Bradford."""
    return [o for g in prep.children if g.dep_ == "pobj" for o in (g, *g.conjuncts)]


_ITS: Final = frozenset({"its", "their"})
_IRREGULAR_PLURALS: Final = {"men": "man", "women": "woman", "children": "child"}


def _population(tok: Token) -> str | None:
    """The group of people a plural noun names, singular ("Men's" -> 'man', "pensioners" ->
    'pensioner'); not one person ("a 44-year-old man who ...")."""
    word = _IRREGULAR_PLURALS.get(tok.lower_) or (tok.lower_[:-1] if tok.lower_.endswith("s") else None)
    return word if word in POPULATION_NOUNS else None


def _of_a_group(tok: Token) -> bool:
    """A group of people as the owner or beneficiary of what is measured ("men's median pay", "€2,890
    for women"), not the people a share is of ("86% of Year 6 children": everyone measured)."""
    return tok.dep_ == "poss" or (tok.dep_ == "pobj" and tok.head.lower_ == "for")


def _latin(name: str) -> bool:
    """English copy writes a place in Latin letters ("São Paulo"); the recognizer run over a line of
    Chinese takes unspaced text for a name."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


def sentence_of(doc: Doc, start: int, end: int) -> Span:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc[:]
    return span.sent


def _modality_cues(sent: Span) -> list[tuple[int, str]]:
    """(token index in sent, modality) of each cue in the sentence, read once per sentence."""
    held = memo(sent.doc)
    key = ("modality", sent.start, sent.end)
    if key in held:
        return held[key]
    # "May 2021" is a month, not the modal "may"
    words = ["" if t.ent_type_ == "DATE" and t.pos_ == "PROPN" else t.lower_ for t in sent]
    found: list[tuple[int, str]] = []
    for i in range(len(words)):
        if words[i] not in _MODALITY_FIRST_WORDS and " " not in words[i]:
            continue
        for n in range(_MAX_MODALITY_WORDS, 0, -1):
            phrase = " ".join(words[i:i + n])
            if i + n <= len(words) and phrase in MODALITY_CUES:
                if n == 1 and i + 1 < len(words) and words[i + 1] in _NO_PENALTY_PARTICLES.get(phrase, ()):
                    break  # "14,382 umbrellas were handed in": found property, no term handed down
                found.append((i, MODALITY_CUES[phrase]))
                break
    held[key] = found
    return found


# particles that make a verb of imposing a penalty another verb: "handed in", "handed back"
_NO_PENALTY_PARTICLES: Final = {"handed": frozenset({"in", "back", "over"})}


# prepositions whose clause tells what happened before or after another event: a figure inside
# it belongs to that clause ("faces questions after a 13-hour blackout": no possible blackout)
_TIME_PREPS = frozenset({"after", "before", "since", "following", "until", "during"})


def _governing(root: Token) -> list[Token]:
    """The words that govern a figure within its own clause: its ancestors up to the head of an
    adverbial clause or of a clause after a preposition of time, which says nothing of it."""
    out: list[Token] = []
    tok = root
    while tok.head.i != tok.i:
        if tok.dep_ == "advcl" or (tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in _TIME_PREPS):
            break
        tok = tok.head
        out.append(tok)
    return out


def modality(sent: Span, start: int | None = None, end: int | None = None) -> str | None:
    """'could face', 'if convicted' -> potential; 'prosecutors seek' -> requested; 'sentenced' -> imposed.

    Given the figure's offsets, only cues on the figure's own clause count, the nearest first
    ("sentenced to 12 years; prosecutors had sought 20": imposed for 12, requested for 20): the
    words that govern it, their auxiliaries and modifiers, and an "if" clause on them. A modal in
    another clause says nothing of this figure ("the lender, founded in 2018, lets savers who
    could not borrow elsewhere apply": 2018 is no possibility). Without offsets, the strongest
    cue in the sentence.
    """
    found = _modality_cues(sent)
    if not found:
        return None
    if start is not None:
        span = sent.doc.char_span(start, end if end is not None else start, alignment_mode="expand")
        if span is not None and span.start >= sent.start:
            pos = span.start - sent.start
            governing = _governing(span.root)
            ancestors = {t.i - sent.start for t in governing}
            linked = ancestors | {c.i - sent.start for a in (span.root, *governing) for c in a.children}
            linked |= {g.i - sent.start for a in governing for c in a.children if _conditional(c) for g in c.children}
            on_clause = [item for item in found if item[0] in linked and not _handed_over(sent, item[0], span.root)
                         and not (item[0] not in ancestors and _own_clause(sent[item[0]]))]
            if not on_clause:
                return None

            # a modal on a governing verb bounds that verb: "could be fined", "may be jailed" are possible
            modals = {c.i - sent.start for a in governing for c in a.children if c.dep_ == "aux"}

            def rank(item: tuple[int, str]) -> tuple[int, int]:
                i, cue = item
                if i in modals and cue == "potential":
                    return (-1, abs(i - pos))
                return (0 if i in ancestors else 1, abs(i - pos))  # a governing verb first

            return min(on_clause, key=rank)[1]
    values = {v for _, v in found}
    for preferred in ("potential", "requested", "imposed"):
        if preferred in values:
            return preferred
    return None


# a cue that heads a clause of its own below the figure's verb tells that clause: "took £412,600 from
# 63 customers ..., often demanding a third up front" demands nothing of the sum taken (a participle on
# the figure's noun tells the figure: "a $4 billion fine imposed on the carmaker")
_CLAUSE_DEPS: Final = frozenset({"advcl", "conj", "ccomp", "parataxis"})


def _own_clause(cue: Token) -> bool:
    """The cue heads a clause of its own (_CLAUSE_DEPS): an adverbial clause with a subject or a
    conjunction of its own ("although prosecutors had sought eight"), or a present participle ("often
    demanding a third"); a past participle the parser hangs from the verb still tells the verb's
    object ("puts the fine at €12.4 million, levied for price fixing")."""
    if cue.dep_ != "advcl":
        return cue.dep_ in _CLAUSE_DEPS
    return cue.tag_ == "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in cue.children)


# verbs of giving that impose a penalty when what they give is one ("was handed a £2,000 fine",
# "received a 10-year sentence"), and only pass something on when they give the figure itself
_GIVING_VERBS: Final = frozenset({"hand", "give", "receive"})


def _handed_over(sent: Span, cue: int, root: Token) -> bool:
    """The cue at `cue` (index in sent) is a verb of giving whose direct object is the figure itself,
    money or things, not a penalty: "handed $3.27 million to the fraudsters", "received 1,200
    applications", "was given £2,000 by the council". A span of time given ("was handed 18 months")
    is a term."""
    verb = root.head
    return (root.dep_ == "dobj" and root.ent_type_ != "DATE" and verb.lemma_ in _GIVING_VERBS
            and verb.i - sent.start in (cue, cue + 1))


# what opens a clause of condition, whose cues bound the figure of the clause it hangs from ("faces
# 20 years if convicted"); a clause of time does not ("without power for 29 hours before engineers
# could reconnect them": no possible outage)
_CONDITIONS = frozenset({"if", "unless"})


def _conditional(clause: Token) -> bool:
    """An adverbial clause of condition: "if convicted", "unless he pleads guilty"."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in clause.children)


def attribute(kind: str, doc: Doc, start: int, end: int) -> str | None:
    """What is measured: 'a penalty of 80,000 pounds' -> 'fine'; 'Novak posted on June 3' -> 'post'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if kind == "date":
        return event_of(span)
    if kind == "percent":
        return noun_measured(span)
    if kind == "duration":  # how long what lasted: 'a five-year ban', 'closed for three weeks'
        return noun_measured(span) or _what_lasted(span) or _state_after(span) or event_of(span)
    cues = ATTRIBUTE_CUES.get(kind)
    if not cues:
        return None
    if kind == "money" and (named := _named_in(span, cues)) is not None:
        return named
    sent = span.sent
    ancestors = {t.i for t in span.root.ancestors}
    best: tuple[tuple[int, int], str] | None = None
    for tok in sent:
        if span.start <= tok.i < span.end and kind != "money":
            continue
        key = tok.lower_ if tok.lower_ in cues else tok.lemma_.lower()
        if key not in cues and tok.i >= sent.start + 2 and tok.nbor(-1).text == "-" and not tok.nbor(-2).whitespace_:
            key = f"{tok.nbor(-2).lower_}-{tok.lower_}"  # "add-ons", "earn-out": the tokenizer splits at the hyphen
        if key not in cues and tok.pos_ == "VERB":  # a phrasal verb: "take over", "buy out"
            key = next((f"{key} {c.lower_}" for c in tok.children if c.dep_ == "prt"), key)
        if kind == "money" and key in VERB_NOT_CUE and tok.pos_ == "VERB" and _pays_for_a_thing(tok):
            key = "purchase"  # "is paying £46m for the business", "paid £21.5m for the striker"
        if key in cues and cues[key] == "offer" and any(c.lower_ in WINNING_BID_WORDS for c in tok.children):
            key = "purchase"  # "the winning bid of €2.1m": what the buyer pays
        if key not in cues or (key in VERB_NOT_CUE and tok.pos_ in ("VERB", "AUX")) or _tax_modifier(tok) \
                or (key in APPROVING_VERBS and tok.pos_ == "VERB" and _approves_a_thing(tok, span)):
            continue
        distance = 0 if span.start <= tok.i < span.end else min(abs(tok.i - span.start), abs(tok.i - (span.end - 1)))
        syntactic = tok.i in ancestors or tok.head.i in range(span.start, span.end) or tok.head == span.root.head
        # the subject of a verb above the figure, however far ("Revenue for the July-September period
        # rose to $9.6 billion from $7.9 billion": both are revenue)
        subject_above = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in ancestors and tok.head.pos_ in ("VERB", "AUX")
        if distance > MAX_CUE_DISTANCE and not (syntactic or subject_above) \
                or (not syntactic and _buys_another_sum(tok, span)) or (not syntactic and key in CUES_ON_THE_PATH):
            continue
        # then, by distance, the cues of the figure's clause, that subject among them ("Revenue grew
        # 6.2% to ¥1.18 trillion, and operating profit reached ...": revenue's figure); a cue of
        # another clause comes last
        rank = (0 if syntactic else 1 if subject_above or _in_clause(tok, span, ancestors) else 2, distance)
        named = None
        if key == "worth":  # "bonuses worth €15m": what is worth it is measured, if it names a measure
            noun = tok.head if tok.dep_ == "amod" else tok.nbor(-1) if tok.i > sent.start else tok
            named = next((n for n in (noun, *(c for c in noun.children if c.dep_ == "compound"))
                          if n.lower_ in cues or n.lemma_.lower() in cues), None)  # "a compensation package worth"
            if named is None and noun.lemma_.lower() in DEAL_NOUNS:
                rank = (rank[0], rank[1] + MAX_CUE_DISTANCE * 10)  # "agreed to buy Hartwell in a deal worth £460m"
        if best is None or rank < best[0]:
            best = (rank, _modified(tok, cues[key]))
            if key == "worth":
                measure = cues[key] if named is None else cues.get(named.lower_) or cues[named.lemma_.lower()]
                best = (rank, measure if named is None else _modified(named, measure))
    return best[1] if best else None


def _named_in(span: Span, cues: dict[str, str]) -> str | None:
    """The measure a sum names by "in" right after it, whatever the verb: "cost the carmaker about
    ¥90 billion in revenue", "won $2 million in damages", "raised €40m in funding", "$800m in
    restitution" (not "in cash", "in 2021": no measure)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "in" or doc[span.end].head.i not in range(span.start, span.end):
        return None
    noun = next((c for c in doc[span.end].children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN":
        return None
    key = noun.lower_ if noun.lower_ in cues else noun.lemma_.lower()
    return _modified(noun, cues[key]) if key in cues else None


def _in_clause(tok: Token, span: Span, ancestors: set[int]) -> bool:
    """The cue hangs from the figure, or its nearest verb (itself, if a verb) is one above the
    figure: the figure's clause."""
    for t in [tok, *tok.ancestors]:
        if span.start <= t.i < span.end:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return t.i in ancestors
    return False


def _material(span: Span) -> str | None:
    """What a quantity is of: '4,250 tonnes of sawn timber' -> 'timber', '40 cm of snow' -> 'snow',
    '2,000 litres of diesel' -> 'diesel' (a common noun after the unit's "of"; not a name: '3 km of
    the Danube')."""
    unit = span[-1]
    of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    return noun.lemma_.lower()


# cue words that name a measure only as nouns: "her pay package" is a salary, "must pay €30m" is not
VERB_NOT_CUE: Final = frozenset({"pay"})
# what a buyer pays for: "paying £46m for the business", "paid £21.5m for the striker" (not "pay €30m
# for breaching the rules", "for its role", "for the damage")
BOUGHT_NOUNS: Final = frozenset({
    "business", "company", "firm", "group", "stake", "share", "unit", "division", "subsidiary", "brand", "chain",
    "club", "player", "striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "property", "site",
    "building", "house", "home", "land", "painting", "car", "rights", "licence", "license",
})


# verbs of penalising that also mean approving ("the ministry sanctioned ₹480 crore for the
# hospital", "a loan sanctioned to the cooperative"): a penalty only when what they take is a party
APPROVING_VERBS: Final = frozenset({"sanction"})


def _approves_a_thing(verb: Token, figure: Span) -> bool:
    """The verb approves a sum rather than penalising a party: it modifies a thing ("the largest
    scheme ever sanctioned for the district"), or its object is the figure itself with no party
    beside it ("the state sanctioned ₹480 crore for the hospital"). "Regulators sanctioned the bank
    $2 million", "the lawyer was sanctioned $5,000", "the court sanctioned Acme $40,000" penalise:
    a party is given or made the passive subject."""
    if verb.dep_ in ("acl", "relcl", "amod"):
        return not (verb.head.ent_type_ in ("PERSON", "ORG", "NORP") or verb.head.pos_ == "PROPN")
    slots = {c.dep_: c for c in verb.children}
    taken = slots.get("dobj")
    return "nsubjpass" not in slots and "dative" not in slots and taken is not None \
        and figure.start <= taken.i < figure.end


def _pays_for_a_thing(verb: Token) -> bool:
    """'pay ... for' a thing bought: the object of 'for' a name, or a noun of BOUGHT_NOUNS."""
    obj = object_of(verb, "for")
    return obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON") or obj.lemma_.lower() in BOUGHT_NOUNS)


def object_of(head: Token, preposition: str) -> Token | None:
    """The object of `head`'s preposition ("for the business" of "paid"), if it has one."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


# nouns of a deal, whose worth is what the clause's own measure says it is ("agreed to buy Hartwell in
# a deal worth £460m" is the purchase; "a deal worth £27.5m" alone, its value)
DEAL_NOUNS: Final = frozenset({"deal", "transaction", "agreement"})


# cues that name only a figure on their own parse path: "sold for £2.74m", not "the sale totalled
# £14.9m, with 31 of 38 lots sold" (the lots were sold; the total is the sale's)
CUES_ON_THE_PATH: Final = frozenset({"sell", "sold", "fetch", "fetched"})


def _modified(cue: Token, measure: str) -> str:
    """'net profit' and 'operating profit', 'core inflation' and 'headline inflation' are two
    measures: a cue noun keeps a modifier that divides its measure (lexicon.MEASURE_MODIFIERS).
    "Total compensation" or "a compensation package" is someone's pay, not damages."""
    if cue.lower_ == "compensation" and (cue.pos_ == "NOUN" or cue.dep_ == "compound") and _paid(cue):
        return "salary"
    if cue.pos_ != "NOUN":
        return measure
    mod = next((c.lower_ for c in cue.children if c.dep_ in ("amod", "compound", "nmod") and c.i < cue.i
                and c.lower_ in MEASURE_MODIFIERS), None) or _taxed(cue)
    return f"{mod} {measure}" if mod else measure


# profit told before or after tax: "a pre-tax profit", "profit before tax" (pretax); "after-tax
# earnings", "earnings after tax" (net)
_TAX_SIDES: Final = {"pre": "pretax", "before": "pretax", "after": "net"}


def _taxed(cue: Token) -> str | None:
    """'pretax' or 'net' for a measure told before or after tax, hyphenated before the noun or
    after it; else None."""
    doc, i = cue.doc, cue.i
    if i >= 3 and doc[i - 1].lower_ == "tax" and doc[i - 2].text in ("-", "‑") and doc[i - 3].lower_ in _TAX_SIDES:
        return _TAX_SIDES[doc[i - 3].lower_]
    if i + 2 < len(doc) and doc[i + 1].lower_ in ("before", "after") and doc[i + 2].lower_ in ("tax", "taxes"):
        return _TAX_SIDES[doc[i + 1].lower_]
    return None


def _buys_another_sum(tok: Token, span: Span) -> bool:
    """A cue verb whose object holds another sum names that sum: "scooped £6.4m after buying a £2
    ticket" ("buying" is the £2's purchase, not the jackpot's)."""
    return tok.pos_ == "VERB" and any(
        t.ent_type_ == "MONEY" and not span.start <= t.i < span.end
        for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree)


def _tax_modifier(tok: Token) -> bool:
    """'tax' in 'pre-tax', 'before tax', 'after tax': it says which profit, it is no tax figure."""
    if tok.lower_ not in ("tax", "taxes") or tok.i < 1:
        return False
    before = tok.nbor(-1)
    return before.lower_ in ("before", "after") or (before.text in ("-", "‑") and tok.i >= 2
                                                    and tok.nbor(-2).lower_ in _TAX_SIDES)


def _paid(cue: Token) -> bool:
    """'total compensation', 'executive compensation', 'a compensation package' (the noun it is a
    compound of): someone's pay (lexicon.PAY_MODIFIERS)."""
    return cue.head.lower_ in PAY_MODIFIERS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in PAY_MODIFIERS for c in cue.children)


def noun_measured(span: Span) -> str | None:
    """The noun a figure measures when the parse ties them directly: 'a 49% premium', 'its 27.4
    percent stake' (the figure modifies the noun), 'a premium of 49%', 'turnout of 61 per cent'
    (the figure is the object of the noun's "of"), or the subject of a verb of level
    (_level_subject). Its lemma ("export change" for a change), or None."""
    root = span.root
    head = root.head
    if head.i in range(span.start, span.end) or head == root:
        return None
    if root.dep_ in ("amod", "compound", "nummod", "nmod") and head.pos_ == "NOUN":
        return kind_of(head) or _modified(head, head.lemma_.lower())
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        return _modified(head.head, head.head.lemma_.lower())
    return _level_subject(root)


def kind_of(noun: Token) -> str | None:
    """A generic noun's kind, named by the noun compounded with it nearest before it ("a 15-year
    director disqualification order" -> 'ban', "a two-year probation period" -> 'probation')."""
    if noun.lemma_.lower() not in GENERIC_MEASURE_NOUNS:
        return None
    kind = max((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i),
               key=lambda c: c.i, default=None)
    return None if kind is None else ATTRIBUTE_ALIASES.get(kind.lemma_.lower(), kind.lemma_.lower())


# verbs that only say something went on for a time: what lasted is their subject
LASTING_VERBS = frozenset({"last", "run", "take", "continue", "drag"})


def _what_lasted(span: Span) -> str | None:
    """'the drive lasted three weeks', 'the strike ran for 12 days', 'the trial took six months': a
    verb of lasting says nothing itself; its subject is what the duration measures, or the act its
    infinitive names ('it took us two hours to reach the clinic': the trip, 'reach'). A verb joined
    to another has that one's subject ('Construction of the bridge is due to begin in May and take 30
    months')."""
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "for" else root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LASTING_VERBS or root.dep_ not in ("npadvmod", "dobj", "pobj"):
        return None
    noun, above = None, verb
    for _ in range(_JOINED_VERBS):  # take <- start (conj) <- due (xcomp) <- is: the subject of the chain
        noun = next((c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is not None or above.dep_ not in ("conj", "xcomp", "acomp"):
            break
        above = above.head
    if above.dep_ == "relcl" and (noun is None or noun.tag_ in ("WDT", "WP")):
        noun = above.head  # "an outage that lasted 31 hours": what lasted is the noun the clause tells of
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if (noun is None or noun.pos_ != "NOUN") and act is not None:  # "it took us an hour to reach ..."
        return act.lemma_.lower()
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    return ATTRIBUTE_ALIASES.get(noun.lemma_.lower(), noun.lemma_.lower())


_JOINED_VERBS = 4  # how far up a chain of joined verbs a verb of lasting looks for its subject

# states a time is spent in, told right after it as adjectives ("40 days adrift", "two weeks missing")
_STATE_WORDS: Final = frozenset({"adrift", "missing", "stuck", "alone", "afloat", "aboard", "underground", "awake",
                                 "unconscious", "asleep", "homeless", "jobless", "unpaid"})


def _state_after(span: Span) -> str | None:
    """'after 61 hours trapped underground', 'spent three days stranded', 'found after 40 days
    adrift': the state told right after the time is what it measures, whatever verb the clause has
    ('freed', 'spent', 'found')."""
    if span.end >= len(span.doc):
        return None
    after = span.doc[span.end]
    if after.tag_ == "VBN" or after.lower_ in _STATE_WORDS:
        return after.lemma_.lower() if after.tag_ == "VBN" else after.lower_
    return None


def _level_subject(root: Token) -> str | None:
    """'Turnout stood at 48%', 'unemployment fell to 4.1%', 'the approval rating was 38 percent',
    'turnout is estimated at 52 percent': a verb of level whose subject is a common noun says what
    the figure measures; 'exports rose 9%' measures their change. The verb is the figure's head,
    or the head of its 'at'/'to'/'by'; a verb coordinated with another ('beat expectations and
    stood at 70%') shares that one's subject. A verb that changes its object "by" the figure
    measures the object's change ('will raise pensions by 4.2%'); otherwise a verb with an object
    ('the company increased its stake to 27%'), a subject that is an actor ('the company topped
    10%') and a second 'at' after the verb's first ('the deficit stood at 3.1% and debt at 92%': a
    gapped clause with a measure of its own) name no measure here."""
    verb, prep = root.head, None
    if root.dep_ == "pobj" and verb.lower_ in ("at", "to", "by"):
        verb, prep = verb.head, verb
    elif root.dep_ not in ("attr", "dobj", "npadvmod"):
        return None
    if verb.lower_ in _PARTICLES and verb.dep_ in ("advmod", "prt"):
        verb = verb.head  # "fares are going up 9.5%": the figure hangs off the particle
    lemma = _change_of(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != root.i), None)
    if obj is not None and prep is not None and prep.lower_ == "by" and lemma in CAUSED_CHANGES \
            and obj.pos_ == "NOUN" and not obj.ent_type_:
        return _modified(obj, obj.lemma_.lower()) + " change"  # "will raise pensions by 4.2%": their change
    if verb.pos_ not in ("VERB", "AUX") or lemma not in LEVEL_VERBS:
        return None
    # the first such preposition of the verb, or of its particle ("are up by 15%"): prep is one of
    # its head's children, so the search ends at it at the latest
    if prep is not None \
            and next(c for c in prep.head.children if c.dep_ == prep.dep_ and c.lower_ == prep.lower_) != prep:
        return None
    if obj is not None:
        return None
    change = lemma in CHANGE_VERBS and (prep is None or prep.lower_ == "by")  # "rose to 4%" is a level
    while verb.dep_ == "conj" and not any(c.dep_ in AGENT_DEPS for c in verb.children):
        verb = verb.head
    # "analysts put the chance at 40%": who estimates is no measure; what is estimated is ("was put at")
    subjects = ("nsubjpass",) if verb.lemma_.lower() in ESTIMATING_VERBS else ("nsubj", "nsubjpass")
    noun = next((c for c in verb.children if c.dep_ in subjects), None)
    if noun is None or noun.pos_ != "NOUN" or (noun.ent_type_ and not _first_word_slip(noun)) \
            or noun.lemma_.lower() in _ACTORS:
        return None
    return (kind_of(noun) or _modified(noun, noun.lemma_.lower())) + (" change" if change else "")


def _first_word_slip(noun: Token) -> bool:
    """A common noun opening the sentence that the recognizer took for a name: "Turnout ... was
    64.3%" as a PERSON (the tagger still calls it a noun)."""
    return noun.is_sent_start and noun.is_title and noun.i + 1 < len(noun.doc) and noun.nbor(1).ent_iob_ != "I"


# verbs that tell a change with a particle: "fares are going up 9.5%", "prices edged down 0.2%"
PHRASAL_CHANGES: Final[dict[str, str]] = {
    "go up": "rise", "go down": "fall", "shoot up": "rise", "edge up": "rise", "edge down": "fall",
    "creep up": "rise", "tick up": "rise", "tick down": "fall", "inch up": "rise", "inch down": "fall",
}
_PARTICLES = frozenset(phrase.split()[1] for phrase in PHRASAL_CHANGES)  # "up", "down"


def _change_of(verb: Token) -> str:
    """The verb's lemma, a phrasal verb of change as the change it tells ("go up" -> "rise")."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in _PARTICLES), None)
    return PHRASAL_CHANGES.get(f"{lemma} {particle}", lemma) if particle else lemma


def event_of(span: Span) -> str | None:
    """The event a date times: the governing verb (with particle) or event noun, alias-mapped.

    "Novak posted on June 3", "On June 3, Novak posted", "in a post on June 3" -> 'post';
    "the verdict was announced on May 9" -> 'verdict'; "It was on 3 March that the bureau issued
    its decision with the penalty" -> 'fine'; a dateline ("May 9 (Agency) -") times its lead's verb.
    """
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod", "nummod") and root.head.pos_ == "NOUN" and root.head.i >= span.end:
        # "September data published on Thursday", "its 2019 results": the period the noun is about,
        # not the time of the clause's verb
        lemma = root.head.lemma_.lower()
        return ATTRIBUTE_ALIASES.get(lemma, lemma)
    dated = [root, *(c for c in root.children if c.dep_ == "pobj")]  # "1997" of "since 1997"
    when = next((c for t in dated for c in t.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")
                 and any(g.dep_ == "advmod" and g.lower_ == "when" for g in c.children)), None)
    below = None
    for tok in _clause_chain(span):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (lemma in EVENT_NOUNS or _possessed_act(tok, span)):
            return ATTRIBUTE_ALIASES.get(lemma, lemma)
        if tok.pos_ in ("VERB", "AUX") and lemma not in ("be", "have"):
            if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "from":
                continue  # "banned from driving for three years": what is kept from happening, not the event
            if lemma in SAYING_VERBS and below is not None and below.dep_ in ("ccomp", "parataxis"):
                return None  # "will be away from 3 February, the firm confirmed": the clause said, not the saying
            if when is not None and not _names_an_event(tok):
                # "a record that had stood since 1997, when it was set": the clause on the date says
                # what happened then ('set'), whatever the verb counts from it; not "the inquiry dates
                # from March 2020, when officials opened a file": the inquiry is named
                return _verb_event(when)
            moved = _moved_event(tok) if lemma in RESCHEDULING_VERBS else None
            return moved or _verb_event(tok)
        below = tok
    return None


def _names_an_event(verb: Token) -> bool:
    """The verb's subject is an event noun ("the inquiry dates from", "the strike began")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in EVENT_NOUNS for c in verb.children)


def _moved_event(verb: Token) -> str | None:
    """What a verb that moves a date moves, when it is an event: "the launch was rescheduled for 22
    October", "they postponed the hearing to May 3" -> 'launch', 'hearing'."""
    noun = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN"), None)
    if noun is None or noun.lemma_.lower() not in EVENT_NOUNS:
        return None
    return ATTRIBUTE_ALIASES.get(noun.lemma_.lower(), noun.lemma_.lower())


def _possessed_act(noun: Token, span: Span) -> bool:
    """'Ana Ruiz's transfer to Porto in 2019', 'after Acme's takeover of Globex in 2018': a noun with
    an owner that the date's own preposition hangs from is the act of its owner the date times; not
    a subject, which acts itself ('Dunn's lawyer on Friday filed an appeal': the parse often hangs a
    time told before the verb from the subject)."""
    prep = span.root.head
    return prep.dep_ == "prep" and prep.head == noun and noun.dep_ not in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "poss" for c in noun.children)


def _verb_event(tok: Token) -> str:
    """'the probe started' -> 'probe'; 'was handed six years in jail' -> 'verdict'; 'posted' -> 'post'."""
    lemma = tok.lemma_.lower()
    event = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                  and c.lemma_.lower() in EVENT_NOUNS), None)
    if event is not None:
        return _noun_event(event, lemma)
    if lemma in LIGHT_VERBS and (found := _object_event(tok)):
        return found
    if lemma in EVENT_TAKING_VERBS and (named := _event_taken(tok)):
        return named  # "will stand trial on", "goes on trial on", "will hold a vote on": the trial, the vote
    noun = tok.head
    if tok.dep_ == "acl" and lemma in _ACL_EVENT_VERBS and noun.pos_ == "NOUN" \
            and noun.lemma_.lower() in EVENT_NOUNS:
        # "a ruling handed down on March 21", "a hearing starting on 9 September": the noun's event
        return _noun_event(noun, lemma)
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    after = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]]
    if f"{lemma} {' '.join(after)}" in ATTRIBUTE_ALIASES:  # "comes into force"
        lemma = f"{lemma} {' '.join(after)}"
    elif prt or f"{lemma} {after[0] if after else ''}" in ATTRIBUTE_ALIASES:  # "put forward" (parsed as advmod too)
        lemma = f"{lemma} {prt or after[0]}"
    if lemma == "hold" and _held(tok):
        return "take place"
    if lemma in _DEPARTING_VERBS and _first_one(tok):
        return _START
    if lemma in _IMPOSING_VERBS and (imposed := _thing_imposed(tok)):
        return imposed
    if tok.dep_ == "xcomp" and ATTRIBUTE_ALIASES.get(tok.head.lemma_.lower(), tok.head.lemma_.lower()) == _START:
        # "will start clearing the homes from 3 May", "began demolishing the tower on 4 June": the
        # work's start, as "demolition will begin on 3 March" tells it
        return _START
    return lemma if lemma in NOUN_ONLY_ALIASES else ATTRIBUTE_ALIASES.get(lemma, lemma)


# the event a start is keyed by ("begin", "commence" alias to it: lexicon.ATTRIBUTE_ALIASES)
_START: Final = ATTRIBUTE_ALIASES["begin"]

# verbs of imposing, a fine's verbs (lexicon.ATTRIBUTE_ALIASES) unless what they impose is named otherwise
_IMPOSING_VERBS: Final = frozenset({"impose", "levy"})
_PENALTY_NOUNS: Final = frozenset({"fine", "penalty", "sanction", "sentence", "levy", "charge", "surcharge"})


def _thing_imposed(verb: Token) -> str | None:
    """What a verb of imposing imposes, when it is no penalty: "a cut imposed in 2017", "imposed a
    curfew on 3 May", "restrictions were imposed on 4 June" time the cut, the curfew, the
    restrictions; a fine imposed stays a fine (None)."""
    nouns = [verb.head] if verb.dep_ == "acl" else []
    nouns += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    noun = next((n for n in nouns if n.pos_ == "NOUN" and not n.ent_type_), None)
    if noun is None or noun.lemma_.lower() in _PENALTY_NOUNS:
        return None
    lemma = noun.lemma_.lower()
    return ATTRIBUTE_ALIASES.get(lemma, lemma)


# verbs of a run of a service ("the first train leaves on 14 December"): its first run is its start
_DEPARTING_VERBS: Final = frozenset({"leave", "depart", "run", "sail", "fly", "operate", "set"})
_FIRST_WORDS: Final = frozenset({"first", "maiden", "inaugural", "opening"})


def _first_one(verb: Token) -> bool:
    """The verb's subject (or that of the verb it completes: "is due to leave") is the first of its
    kind: "the first train is due to leave Brussels on 14 December", "the maiden sailing leaves Dover
    on June 2", "the first buses will run on Monday": the service starts that day."""
    heads = [verb]
    # "is due to leave", "is set to sail"; "with the first train due to leave": the noun itself
    while heads[-1].dep_ in ("xcomp", "acomp", "amod", "prep") and len(heads) < 4:
        heads.append(heads[-1].head)
    subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [h for h in heads[1:] if h.pos_ == "NOUN"]
    return any(g.dep_ == "amod" and g.lower_ in _FIRST_WORDS for s in subjects for g in s.children)


def _held(verb: Token) -> bool:
    """'The match will be held on Saturday': an event that takes place; not 'the hostages were held
    for 12 days' (people held) nor 'Acme holds a stake' (an object held)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is None or not (subject.ent_type_ == "PERSON" or subject.lemma_.lower() in PEOPLE_NOUNS
                                   or subject.lower_ in ("he", "she", "they", "we", "i", "you"))


# participles whose event is the event noun they modify: handed down, starting, ending
_ACL_EVENT_VERBS: Final = LIGHT_VERBS | PHASE_VERBS | ENDING_VERBS


def _noun_event(noun: Token, verb: str) -> str:
    """The event an event noun names, or its end under an ending verb ("the probe ended": 'probe end')."""
    key = ATTRIBUTE_ALIASES.get(noun.lemma_.lower(), noun.lemma_.lower())
    return f"{key} end" if verb in ENDING_VERBS else key


def _event_taken(verb: Token) -> str | None:
    """The event noun an event-taking verb takes: its object, or the object of its "on"/"to"."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "to") for g in c.children
              if g.dep_ == "pobj"]
    lemma = next((n.lemma_.lower() for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in EVENT_NOUNS), None)
    return ATTRIBUTE_ALIASES.get(lemma, lemma) if lemma else None


def _object_event(verb: Token) -> str | None:
    """The event a light verb's object or with-phrase names: 'issued its order with the penalty' -> 'fine'."""
    # "was handed six years in jail": the small model parses the term as npadvmod
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "oprd", "attr")
               or (c.dep_ == "nsubjpass" and c.ent_type_ not in SUBJECT_LABELS and c.pos_ == "NOUN")
               or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"]
    for obj in objects:
        # the object and its own modifiers, nearest first: "nine years in prison", "order with the penalty"
        for t in sorted(obj.subtree, key=lambda t: abs(t.i - obj.i)):
            if abs(t.i - obj.i) > 6:
                break
            key = OBJECT_EVENTS.get(t.lemma_.lower())
            if key:
                return key
    return None


def _clause_chain(span: Span) -> list[Token]:
    """The figure's root and the heads above it in its sentence; a cleft ("It was on X that Y did Z")
    continues into its that-clause, a dateline ("May 9 (Agency) -") into the lead's main verb."""
    out: list[Token] = []
    sent = span.sent  # built once: spaCy walks the Doc to a sentence's ends at each .sent
    for tok in [span.root, *span.root.ancestors]:
        if not sent.start <= tok.i < sent.end:  # tok.sent != span.sent: sentences do not overlap
            break
        if _naming(tok):
            continue
        target = _cleft_target(tok)
        out.append(target if target is not None else tok)
        if target is not None:
            return out
    lead = _dateline_lead(span)
    if lead is not None:
        out.append(lead)
    elif out and out[-1].pos_ in ("NOUN", "PROPN") and out[-1].dep_ == "ROOT":
        # "she was detained on charges: 9 counts of fraud": the figure elaborates the clause
        # before the colon, and is about its subject
        root = out[-1]
        colon = any(t.text in (":", "-", "–", "—") and t.i < span.start for t in root.children)
        before = [c for c in root.children if c.i < span.start and c.dep_ in ("ccomp", "parataxis")
                  and c.pos_ in ("VERB", "AUX")]
        if colon and before:
            out.append(before[-1])
    return out


def _cleft_target(tok: Token) -> Token | None:
    """'It was on 3 March that the bureau issued ...': the verb of the that-clause, else None."""
    if tok.lemma_.lower() != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ in ("ccomp", "relcl", "advcl") and c.pos_ in ("VERB", "AUX")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _dateline_lead(span: Span) -> Token | None:
    """A dateline ('May 9 (Agency) -', a sentence of its own with no verb, ending in a dash or
    colon) times the lead that follows: the main verb of the next sentence."""
    sent = span.sent
    doc = sent.doc
    if sent.end >= len(doc) or sent[-1].text not in _DATELINE_ENDS:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    root = doc[sent.end].sent.root
    return root if root.pos_ in ("VERB", "AUX") else None


def subject(doc: Doc, start: int, end: int, kind: str | None = None) -> str | None:
    """The person or organisation the figure is about: the agent of its clause, or the patient of
    verbs like 'fine' ("the EU may fine X $1 billion": X); pronouns resolved backwards."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if kind is None and span.root.ent_type_ == "DATE" and span.root.pos_ != "NOUN":
        kind = "date"  # the driver does not say; "April 21" is a date, "10 years" a length
    paired = _respectively(span) or _gapped(span)
    if paired is not None:
        return _clean(paired)
    found = _clause_subject(span, kind)
    if found is _NO_ENTITY:
        return None  # the clause names its subject, and it is no person or organisation
    if found is None:
        sent = span.sent
        ents = [e for e in sent.ents if e.label_ in SUBJECT_LABELS and not (e.start >= span.start and e.end <= span.end)
                and not _where_to_or_from(e.root)]
        found = ents[0].text if ents else None
    if found is not None and kind != "date" and _rules_on_it(found, span.sent.text):
        return None  # "Judge Ann Reid set the company's penalty at $184,000": the figure is not the judge's
    return _clean(found) if found is not None else None


# titles of whoever rules on a penalty or a term: the person so named imposes the figure, never bears it
JUDICIAL_TITLES: Final = ("Judge", "Justice", "Magistrate", "Sheriff", "Recorder", "Coroner")
_TITLED = re.compile(r"\b(?:" + "|".join(JUDICIAL_TITLES) + r")\s+(?:[A-Z][\w.'’-]*\s+){0,2}$")


def _rules_on_it(name: str, sentence: str) -> bool:
    """The name is written after a judicial title in the sentence ("Judge Ann Reid", "Justice Nair")."""
    at = sentence.find(name)
    return at > 0 and bool(_TITLED.search(sentence, max(0, at - 60), at))


# verbs of going somewhere: the name they take is a place ("leave Brussels-Midi", "arrive at Heathrow")
_MOTION_VERBS: Final = frozenset({"leave", "depart", "reach", "arrive", "enter", "visit", "cross", "sail", "fly",
                                  "travel", "head", "return", "board", "dock", "land"})


def _where_to_or_from(name: Token) -> bool:
    """A name a verb of going takes, as its object or after "from", "to", "at", "into": a place,
    even when the recognizer calls it an organisation ("the first train will leave Brussels-Midi on
    December 15", "the ship docks at Rotterdam Port"), never whom the figure is about."""
    if name.dep_ == "dobj":
        return name.head.lemma_.lower() in _MOTION_VERBS
    return name.dep_ == "pobj" and name.head.lower_ in ("from", "to", "at", "into") \
        and name.head.head.lemma_.lower() in _MOTION_VERBS


def _respectively(span: Span) -> str | None:
    """'A and B were fined $5m and $7m respectively': the k-th figure of a coordination is about the
    k-th of the coordinated names nearest before the figures, when the sentence says so and both
    lists are as long ('Analysts at X and Y expect A and B to earn ... respectively': A and B)."""
    sent = span.sent
    if not any(t.lower_ == "respectively" for t in sent):
        return None
    figures = _figure_coordination(span)
    at = next((k for k, t in enumerate(figures) if span.start <= t.i < span.end), None)
    if at is None:
        return None
    for tok in reversed(sent[:figures[0].i - sent.start]):  # the nearest list first
        if tok.dep_ == "conj":
            continue
        names = _coordination(tok)
        if len(names) == len(figures) and names[-1].i < figures[0].i:
            found = [_entity_name(t) for t in names]
            if all(found):
                return found[at]
    return None


def _figure_coordination(span: Span) -> list[Token]:
    """The coordinated figures the span is one of: by the parse (a conjunct of it, or its own
    conjuncts), else by the words (_listed_numbers)."""
    member = next((t for t in span if t.dep_ == "conj" and not span.start <= t.head.i < span.end), None)
    if member is None:
        member = next((t for t in span if any(c.dep_ == "conj" for c in t.children)), None)
    return _coordination(member) or _listed_numbers(span)


def _gapped(span: Span) -> str | None:
    """'ordered Google to pay €300m and Apple €90m', 'Smith got 12 years and Jones 15': a name right
    before the figure, after 'and' or a comma that follows another figure, is the subject of a
    clause whose verb was left out (gapping)."""
    doc, start = span.doc, span.sent.start
    ent = next((e for e in entities(doc) if e.end == span.start and e.start >= start and e.label_ in SUBJECT_LABELS),
               None)
    if ent is None or ent.start < 2 or doc[ent.start - 1].lower_ not in ("and", ","):
        return None
    before = doc[max(start, ent.start - 4):ent.start - 1]
    return ent.text if any(t.like_num for t in before) else None


def _listed_numbers(span: Span) -> list[Token]:
    """The first token of each figure in a list of figures joined by 'and' or commas ("12.2 million
    and 3.9 million votes"), read off the words where the parse does not coordinate them."""
    def numeric(t: Token) -> bool:
        return t.like_num or t.is_currency

    runs: list[Token] = []
    joined = True  # only joiners stand between the last figure and here
    for t in span.sent:
        if numeric(t):
            if not runs or not numeric(t.nbor(-1)):
                if not joined:
                    if any(span.start <= r.i < span.end for r in runs):
                        break
                    runs = []
                runs.append(t)
            joined = True
        else:
            joined = t.lower_ in ("and", ",") and bool(runs) and joined
    return runs if len(runs) > 1 and any(span.start <= r.i < span.end for r in runs) else []


def _coordination(tok: Token | None) -> list[Token]:
    """The conjuncts of the coordination `tok` belongs to, in order ([] for none, or a lone token)."""
    if tok is None:
        return []
    while tok.dep_ == "conj":
        tok = tok.head
    out = [tok]
    while (nxt := next((c for c in out[-1].children if c.dep_ == "conj"), None)) is not None:
        out.append(nxt)
    return out if len(out) > 1 else []


def _clause_subject(span: Span, kind: str | None) -> str | None:
    """Walk up from the figure: its noun's owner ('Durov's fine', 'a fine on Meta'), then each verb's
    participants, patient first for 'fine'/'sentence' verbs and for dates of acts on an entity."""
    for tok in _clause_chain(span):
        if tok == span.root and (payer := _relative_agent(tok, span)):
            return payer
        if tok.pos_ in ("NOUN", "PROPN"):
            # "Durov's fine", "Uber 290 million euros", "a fine on Meta": the noun's owner or target
            for c in tok.children:
                if span.start <= c.i < span.end:
                    continue
                named = c.ent_type_ in SUBJECT_LABELS or c.pos_ == "PROPN" or c.lower_ in PRONOUNS
                if c.dep_ in ("poss", "nmod") and named:
                    target = c
                elif c.dep_ == "prep" and c.lower_ in ("on", "against", "for", "into"):  # "a probe into Meta"
                    target = next((g for g in c.children if g.dep_ == "pobj"), None)
                elif c.dep_ in ("prep", "agent") and c.lower_ == "by" and tok.lemma_.lower() in ACTOR_NOUNS:
                    # "the $2bn takeover bid by Initech", "a $2m donation by Acme": who bids or gives;
                    # not "a fine by the regulator" (who imposed it) nor "a painting by Picasso"
                    target = next((g for g in c.children if g.dep_ == "pobj"), None)
                else:
                    continue
                name = _entity_name(target) if target is not None else None
                if name:
                    return name
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        agents = [c for c in tok.children if c.dep_ in AGENT_DEPS]
        agents += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        patients = [c for c in tok.children if c.dep_ in PATIENT_DEPS and not (span.start <= c.i < span.end)
                    and not _where_to_or_from(c)]
        # "imposed a fine on Amazon": the object of on/against is who pays
        lemma = tok.lemma_.lower()
        patient_verb = lemma in PATIENT_VERBS
        if patient_verb:
            patients += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                         for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ == "acl":  # "a service launched in 2018": the noun is what was launched
            patients.append(tok.head)
        # a date times an act on its patient ("Durov was arrested on"), unless the object is the act
        # itself ("X issued its order with the penalty on 19 July")
        acted_on = kind == "date" and not (lemma in LIGHT_VERBS and _object_event(tok))
        if patient_verb:
            # the agent of a verb of penalising is never whom its figure is about: "Judge Reid fined
            # the firm $50,000" is no figure of the judge's, named firm or not (a date times the act:
            # its agent may)
            order = patients if kind != "date" else patients + agents
        else:
            order = patients + agents if acted_on else agents
        agent_names = [(g, _entity_name(g)) for g in agents] if order else []  # named once, not per candidate
        # ... nor the body a noun agent stands for: "the commission fined the bank" (not the Savings Commission)
        agent_nouns = {g.lower_ for g, n in agent_names if n is None and g.pos_ == "NOUN"} if patient_verb else set()
        for cand in order:
            # "the Authority has penalised the shipping giant": the giant is not the Authority
            name = _entity_name(cand, exclude=frozenset(
                n.split()[-1].casefold() for g, n in agent_names if g is not cand and n) | agent_nouns)
            if name:
                return name
        # "a guilty verdict could have cost her 40 years": a pronoun object is who it is about
        for cand in patients:
            if cand.lower_ in PRONOUNS:
                name = resolve_pronoun(cand)
                if name:
                    return name
        if patients and patient_verb:  # "penalised the shipping giant" unresolved: not the regulator
            return _NO_ENTITY
        if agents:  # the clause has a subject that is no entity ("prosecutors said"): stop here
            return _NO_ENTITY
    return None


def _relative_agent(noun: Token, span: Span) -> str | None:
    """'seized most of the $4.3 million that Acme paid', 'the €2m that Globex lost': a relative
    clause on the figure itself ('that', 'which'), with a subject of its own, says whose figure it
    is (not a verb whose agent imposes it: 'the fine that the EU imposed' is not the EU's)."""
    for rel in noun.children:
        if rel.dep_ != "relcl" or span.start <= rel.i < span.end or rel.lemma_.lower() in PATIENT_VERBS \
                or not any(c.lower_ in RELATIVE_PRONOUNS for c in rel.children):
            continue
        for g in rel.children:
            if g.dep_ == "nsubj" and g.lower_ not in RELATIVE_PRONOUNS and (name := _entity_name(g)):
                return name
    return None


def _named_entity(tok: Token) -> str | None:
    """The text of the person or organisation entity the token is part of, if any."""
    ent = _entity_at(tok)
    return ent.text if ent is not None and ent.label_ in SUBJECT_LABELS and not _in_dateline(tok) else None


DATELINE_TOKENS = 16  # a dateline ("SANKT ORLEN, Nov 19 (Alpine Press Agency) –") is this short at most


def _in_dateline(tok: Token) -> bool:
    """The token is in the dateline its sentence opens with: a place in capitals, a date, the agency
    in parentheses, then a dash. Who files a story and where it is filed are no one's figure, though
    the parse often hangs the lead's verb from them."""
    return tok.i in _datelines(tok.doc)


def _datelines(doc: Doc) -> frozenset[int]:
    """The indices of the tokens of the Doc's datelines, found once per Doc (from its dashes)."""
    held = memo(doc)
    if "datelines" not in held:
        found: set[int] = set()
        seen: set[int] = set()  # sentences whose first dash was read: only the first can end a dateline
        # a dateline's dash stands apart ("LONDON (Agency) - "), unlike a hyphen inside a word
        for dash in (t for t in doc if t.text in _DATELINE_DASHES and t.i > 0 and doc[t.i - 1].whitespace_):
            sent = dash.sent
            if sent.start in seen:
                continue
            seen.add(sent.start)
            start = next((t.i for t in sent if not t.is_space), sent.end)  # past a line break it opens on
            if start < dash.i < start + DATELINE_TOKENS and _dateline_shape(doc[start:dash.i]):
                found.update(range(start, dash.i))
        held["datelines"] = frozenset(found)
    return held["datelines"]


def _dateline_shape(prefix: Span) -> bool:
    """The words before a dash read as a dateline: "LONDON (Agency)", "Sankt Orlen, Nov 19 (Agency)",
    "SANKT ORLEN, Nov 19"; not "Tollan Mining (TML)" before "- the miner -"."""
    first = prefix[0]
    if prefix[-1].text == ")" and any(t.text == "(" for t in prefix):
        return first.is_upper or (first.is_title and any(t.text == "," for t in prefix))
    return first.is_upper and len(first) > 1 and all(t.is_upper or not t.is_alpha for t in prefix[:2]) \
        and any(t.text == "," for t in prefix)


_DATELINE_DASHES = _DATELINE_ENDS - {":"}


def _entity_at(tok: Token) -> Span | None:
    """The entity the token is part of, if any (from `entities`, built once per Doc)."""
    if not tok.ent_type_:
        return None
    return next((e for e in entities(tok.doc) if e.start <= tok.i < e.end), None)


def _entity_name(tok: Token, exclude: frozenset[str] = frozenset()) -> str | None:
    """The PERSON/ORG a token names or points to (pronouns resolved to the nearest earlier fit)."""
    doc = tok.doc
    if _in_dateline(tok):
        return None
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        # "Ana Ruiz, who won 41%": whom the clause is about; not who imposes ("the regulator CNIL, which fined")
        if tok.head.lemma_.lower() in PATIENT_VERBS and tok.dep_ == "nsubj":
            return None
        return _entity_name(tok.head.head, exclude)
    if tok.lower_ in PRONOUNS:
        return _reporter(tok, exclude) or resolve_pronoun(tok, None, exclude)
    # a place before a noun for a person ("a Hallam Bridge man", "a Barclays worker") says where they
    # are from, not who they are
    linked = ("poss", "appos", "nmod") if tok.lemma_.lower() in PEOPLE_NOUNS else ("compound", "poss", "appos", "nmod")
    for t in [tok, *(c for c in tok.children if c.dep_ in linked)]:
        if name := _named_entity(t):
            return name
    if tok.dep_ == "appos" and tok.head.i != tok.i:  # "Acme - a payments app founded in 2016"
        head = _entity_name(tok.head) if tok.head.dep_ != "appos" else None
        if head:
            return head
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON", "ORG"):  # a name NER missed: "Durov faces"
        first = min([c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok.i])
        return doc[first:tok.i + 1].text
    if tok.pos_ == "NOUN":
        # "the indictment against him", "the probe into Meta": who the thing is aimed at
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "into")):
            for g in (g for g in prep.children if g.dep_ == "pobj"):
                name = resolve_pronoun(g) if g.lower_ in PRONOUNS else _entity_name(g)
                if name:
                    return name
        # "several companies of the Amazon group": a name in the noun's of-phrase
        for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for t in of.subtree:
                if t.i > tok.i + 6:
                    break
                if name := _named_entity(t):
                    return name
        # "the shipping giant", "the company": a definite description of the last organisation named
        # and "his company", "her firm": the organisation its boss speaks for
        if tok.lemma_.lower() in ORG_ANAPHORS and any(c.lower_ in ("the", "this", "that", "his", "her", "their")
                                                      for c in tok.children):
            return resolve_pronoun(tok, {"ORG"}, exclude)
    return None


def _reporter(tok: Token, exclude: frozenset[str]) -> str | None:
    """'Quillmark said it had raised €48 million', 'Novak told reporters he would appeal': the
    subject pronoun of what someone says is the one who says it, when that one is named (and of
    the pronoun's kind: 'it' no person, 'he' or 'she' no organisation)."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING_VERBS:
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.lower_ in PRONOUNS or speaker.lower_ in RELATIVE_PRONOUNS:
        return None
    name = _entity_name(speaker, exclude)
    if name is None or name.split()[-1].casefold() in exclude:
        return None
    label = speaker.ent_type_
    if (tok.lower_ in PERSON_PRONOUNS and label == "ORG") or (tok.lower_ in ORG_PRONOUNS and label == "PERSON"):
        return None
    return name


def resolve_pronoun(tok: Token, labels: set[str] | None = None, exclude: frozenset[str] = frozenset()) -> str | None:
    """'he' -> the person named most often so far (ties: the nearest); 'it' -> the same among
    organisations; 'they' -> either. News copy's pronouns mostly point at its protagonist, and
    the most-named one is robust to a stray name NER mislabels ('Saipan' as a person)."""
    word = tok.lower_
    if labels is None:
        labels = {"PERSON"} if word in PERSON_PRONOUNS else {"ORG"} if word in ORG_PRONOUNS else set(SUBJECT_LABELS)
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    longest: dict[str, str] = {}
    fits: set[str] = set()
    surnames: dict[str, str] = {}
    # mentions count under either label: NER calls "Assange" an ORG as often as a PERSON
    for e in entities(tok.doc):
        # a law is no party a pronoun stands for: "pleaded guilty to a breach of the Health and
        # Safety at Work Act. ... it was fined" is the company
        if e.label_ in SUBJECT_LABELS and e.end <= tok.i and e[-1].lower_ not in LAW_NOUNS:
            name = _clean(e.text)
            key = name.split()[-1].casefold() if name else ""
            if not key:
                continue
            counts[key] = counts.get(key, 0) + 1
            last[key] = e.start
            if e.label_ in labels:
                fits.add(key)
                longest[key] = max(longest.get(key, ""), name, key=len)
            elif e.label_ == "ORG" and len(e) == 1 and _SURNAME.fullmatch(name):
                surnames[key] = name
                longest.setdefault(key, name)
    fits -= exclude
    if not fits and word in PERSON_PRONOUNS:
        # no person named before 'him': NER often files a lone surname ("Assange") under ORG;
        # a single plain capitalised word may be that person (acronyms and "WikiLeaks" may not)
        fits = {k for k in surnames if k not in exclude and _acts_as_person(tok.doc, k)}
    if not fits:
        return None
    return longest[max(fits, key=lambda k: (counts[k], last[k]))]


def _acts_as_person(doc: Doc, key: str) -> bool:
    """Somewhere in the document the name pleads, is sentenced, or has lawyers: 'Assange's lawyers'."""
    for t in doc:
        if t.lower_ != key:
            continue
        if t.dep_ == "poss" and t.head.lemma_.lower() in PERSON_NOUNS:
            return True
        if t.dep_ in ("nsubj", "nsubjpass"):
            verbs = [t.head, *(c for c in t.head.children if c.dep_ in ("xcomp", "advcl", "conj"))]
            if any(v.lemma_.lower() in PERSON_VERBS for v in verbs):
                return True
    return False


def _clean(name: str) -> str:
    name = name.strip().strip("'\"“”‘’")
    for prefix in ("the ", "The "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    if name.endswith("'s") or name.endswith("’s"):
        name = name[:-2]
    # title-cased machine translation glues the verb to the name: "Novak Facing up to 8 years"
    words = name.split()
    while len(words) > 1 and words[-1].lower() in NAME_TRAILING_VERBS:
        words.pop()
    return " ".join(words)
