"""Cue tables shared by the extractors: qualifiers, modality, attributes.

Data, not code: each table maps a lower-cased phrase to what it signals.
Phrases are matched on the words just before a figure (qualifiers) or
anywhere in its sentence (modality, attribute).
"""

from __future__ import annotations

from typing import Final

# verbs of passing a threshold, which bound the figure after them ("sales topped $40 million") but are
# no part of it as printed; "passed" and "crossed" only before a round figure (context._round_mark)
THRESHOLD_VERBS: Final = frozenset({"topped", "exceeded", "surpassed", "passed", "crossed"})

# words right before a figure -> qualifier ("up to 10 years" is at_most)
QUALIFIER_CUES: Final[dict[str, str]] = {
    "up to": "at_most", "as much as": "at_most", "as many as": "at_most", "at most": "at_most",
    "no more than": "at_most", "not more than": "at_most", "a maximum of": "at_most", "maximum of": "at_most",
    "maximum": "at_most", "max": "at_most", "less than": "at_most", "fewer than": "at_most", "under": "at_most",
    "below": "at_most", "within": "at_most", "not exceeding": "at_most", "capped at": "at_most",
    "lower than": "at_most", "cheaper than": "at_most",
    "over": "at_least", "more than": "at_least", "above": "at_least", "at least": "at_least",
    "higher than": "at_least", "greater than": "at_least",
    **dict.fromkeys(THRESHOLD_VERBS, "at_least"),  # "exports exceeded 3 million tonnes"
    "exceeding": "at_least", "in excess of": "at_least", "upwards of": "at_least", "a minimum of": "at_least",
    "minimum of": "at_least", "no less than": "at_least", "not less than": "at_least", "beyond": "at_least",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx", "nearly": "approx",
    "almost": "approx", "some": "approx", "circa": "approx", "close to": "approx", "an estimated": "approx",
    "estimated": "approx", "just over": "approx", "just under": "approx", "~": "approx", "approx.": "approx",
    "between": "range", "from": "range",
}

# phrase anywhere in the clause -> modality ("could face 10 years" is potential)
MODALITY_CUES: Final[dict[str, str]] = {
    "could face": "potential", "faces": "potential", "facing": "potential", "face up to": "potential",
    "could": "potential", "may": "potential", "might": "potential", "would": "potential",
    "potentially": "potential", "punishable by": "potential", "if convicted": "potential",
    "if found guilty": "potential", "if condemned": "potential", "maximum penalty": "potential",
    "statutory maximum": "potential", "carries a maximum": "potential", "risks": "potential",
    "seek": "requested", "seeks": "requested", "sought": "requested", "seeking": "requested",
    "requested": "requested", "asked for": "requested", "demanded": "requested", "recommended": "requested",
    "prosecutors asked": "requested", "proposed": "requested", "pressed for": "requested",
    "asking for": "requested", "asked for only": "requested", "called for": "requested", "demanding": "requested",
    "sentenced": "imposed", "was fined": "imposed", "were fined": "imposed", "fined": "imposed",
    "imposed": "imposed", "ordered to pay": "imposed", "handed": "imposed", "jailed": "imposed",
    "was given": "imposed", "received": "imposed", "levied": "imposed", "slapped": "imposed",
}

# verbs whose object, not their subject, is who the figure is about ("the EU may fine X $1 billion")
PATIENT_VERBS: Final = frozenset({
    "fine", "sentence", "order", "penalize", "penalise", "punish", "sue", "charge", "jail", "convict",
    "sanction", "hit", "slap", "ban", "award", "impose", "levy",
    "fin",  # the small model's lemma of "fined"
})

# payments and deals whose "by" names who pays or acts ("a $2bn takeover bid by Initech", "a
# $5m donation by Acme"); any other noun's "by" names an issuer or an author ("a fine by the
# regulator", "a painting by Picasso"), never whom the figure is about
ACTOR_NOUNS: Final = frozenset({
    "bid", "offer", "takeover", "acquisition", "purchase", "buyout", "buyback", "investment", "donation",
    "contribution", "pledge", "payment", "loan", "grant", "deal", "stake", "spending", "sale",
})

# verbs that put a measure at a level ("turnout stood at 48%", "the rate was 4%"), change it
# ("sales rose 5%") or estimate it ("turnout is estimated at 52%": only a passive subject is measured)
CHANGE_VERBS: Final = frozenset({"rise", "fall", "climb", "drop", "jump", "slip", "grow", "increase", "decrease",
                                 "decline",
                                 # how rates move in economic copy: "inflation slowed to 4.1%", "eased to",
                                 # "accelerated to", "quickened to", "cooled to", "dipped to", "edged up"
                                 "slow", "ease", "accelerate", "quicken", "cool", "moderate", "dip", "edge", "slide",
                                 "surge", "soar", "plunge", "tumble", "rebound", "slump"})
# ... and verbs that change their object ("increase pensions by 4.2%", "cut fares by 10%"): what
# changed, not who changed it, is what is measured
CAUSED_CHANGES: Final = frozenset({"increase", "raise", "cut", "lift", "reduce", "lower", "boost", "hike", "slash"})
ESTIMATING_VERBS: Final = frozenset({"estimate", "put", "peg"})
LEVEL_VERBS: Final = CHANGE_VERBS | ESTIMATING_VERBS | frozenset({
    "be", "stand", "reach", "hit", "top", "total", "exceed", "remain", "stay", "hover", "sit", "come", "amount",
})

# nouns that, with "the", refer back to the last organisation named ("the shipping giant")
ORG_ANAPHORS: Final = frozenset({
    "company", "firm", "giant", "group", "platform", "corporation", "business", "app", "service",
    "startup", "conglomerate", "network", "messenger", "lender", "exchange", "bank", "retailer",
})

# nouns that name an event a date can time ("in a post on April 21", "the verdict on March 22")
EVENT_NOUNS: Final = frozenset({
    "post", "posting", "announcement", "ruling", "verdict", "decision", "rejection", "launch", "arrest",
    "hearing", "sentencing", "plea", "vote", "proposal", "indictment", "trial", "conviction", "statement",
    "filing", "approval", "adoption", "founding", "deadline", "meeting", "summit", "election", "raid",
    "probe", "inquiry", "enquiry", "investigation", "judgment", "judgement", "death", "resignation",
    # a stoppage under its names: "the stoppage will take place on", "a walkout on May 4"
    "strike", "walkout", "stoppage",
})

# verbs that take their event from their object: "issued an order with a penalty" is the fine,
# "was handed six years in jail" the sentence, "delivering the sentence" the verdict
LIGHT_VERBS: Final = frozenset({
    "give", "hand", "issue", "deliver", "impose", "levy", "pass", "read", "order", "slap", "mete",
})

# verbs whose event is the event noun they take, as object or after "on"/"to": "stand trial", "go on
# trial", "go to trial", "face trial", "hold a vote", "take a vote", "called a strike"
EVENT_TAKING_VERBS: Final = frozenset({"stand", "go", "face", "hold", "take", "call"})  # "called a strike for"
# verbs that start the event noun they modify: "a hearing starting on", "a summit beginning on"
PHASE_VERBS: Final = frozenset({"start", "begin", "open", "commence"})

# nouns that make a light verb's object an event: noun -> event key
OBJECT_EVENTS: Final[dict[str, str]] = {
    "fine": "fine", "penalty": "fine", "sanction": "fine",
    "sentence": "verdict", "verdict": "verdict", "judgment": "verdict", "judgement": "verdict",
    "term": "verdict", "prison": "verdict", "jail": "verdict", "imprisonment": "verdict",
}

# verbs that close rather than open what their subject names ("the probe ended in 2023")
ENDING_VERBS: Final = frozenset({"end", "conclude", "close", "finish", "wrap", "complete"})

# a name that does these, or owns these, is a person even when NER files it under ORG
# ("Assange heads for Saipan to plead guilty", "Assange's lawyers")
PERSON_VERBS: Final = frozenset({
    "plead", "sentence", "jail", "imprison", "extradite", "arrest", "convict", "marry", "testify", "resign",
    "flee", "confess", "detain", "indict", "acquit", "pardon", "die",
})
PERSON_NOUNS: Final = frozenset({
    "lawyer", "attorney", "wife", "husband", "family", "mother", "father", "son", "daughter", "brother",
    "sister", "supporter", "partner", "friend", "extradition", "imprisonment", "plea", "birthday", "health",
})

# words NER glues onto a name in title-cased machine translation ("Novak Facing up to 8 years")
NAME_TRAILING_VERBS: Final = frozenset({
    "facing", "faces", "says", "said", "saying", "warns", "warned", "slams", "slammed", "calls", "urges",
    "posts", "posted", "states", "stated", "claims", "denies", "responds", "reacts", "speaks", "exits",
})


# "X to Y" after one of these words is a change ("rose from $5m to $7m"), two figures, not a range
CHANGE_CUES: Final = frozenset({
    "rise", "fall", "increase", "decrease", "grow", "cut", "raise", "drop", "jump", "climb", "decline",
    "reduce", "lower", "slash", "boost", "up", "down", "change", "go", "soar", "plunge", "sink", "shrink",
})
