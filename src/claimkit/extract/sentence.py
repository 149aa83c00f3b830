"""sentence claims: spaCy Doc -> Found(SpanValue) for penal sentences.

A span of time (spans_of_time) becomes a sentence when a penal cue from
patterns/sentence.jsonl touches it: "10 years in prison", "a 10-year prison
sentence", "sentenced to 25 years", "five years' probation". Modality and
attribute are read from the clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Iterable

from claimkit.extract.base import Context, Found, ruler_matches, verb_above
from claimkit.extract.duration import span_value
from claimkit.extract.spans_of_time import TimeSpan, subject_of, time_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

KIND: Final = "sentence"
NAME: Final = "sentence.rules"

# lemmas that make a clause about courts and prisons, so "faces 10 years" is a penalty
PENAL_LEMMAS: Final = frozenset({
    "prison", "jail", "imprisonment", "sentence", "convict", "conviction", "guilty", "probation", "prosecutor",
    "prosecution", "court", "judge", "charge", "crime", "criminal", "offense", "offence", "penalty", "incarceration",
    "custody", "plead", "jury", "verdict", "indictment", "indict", "condemn", "punishable", "felony", "lawsuit",
    "trial", "sentencing", "parole", "fraud", "murder", "manslaughter", "espionage", "jail", "behind",
    "theft", "assault", "robbery", "bribery", "corruption", "embezzlement", "trafficking", "smuggling", "terrorism",
    "rape", "homicide", "laundering", "arrest", "police", "punishment",
})
# lemmas that make a sentence plainly about a penalty, so a bare "12 years" in it is the term:
# "With 9 years, the judge settled halfway between what both sides asked"
SENTENCING_LEMMAS: Final = frozenset({
    "prison", "jail", "sentence", "sentencing", "imprisonment", "punishment", "probation", "incarceration",
})
# a bare span of time takes the penal reading only in these grammatical roles (object of a verb or
# of "for"/"with", an appositive after "punishment:"), never as an adverbial "for 12 years, he ran ..."
CONTEXT_DEPS: Final = frozenset({"dobj", "pobj", "appos", "attr", "ROOT", "npadvmod", "conj"})
# nouns a weak cue's "N-year ..." may describe that are no penalty: "serve a four-year term (as judge)"
NON_PENAL_TERMS: Final = frozenset({"term", "tenure", "contract", "mandate", "ban", "deal", "plan", "lease", "loan", "stint"})
# ... and nouns that are never a custodial term, whatever the cue: "imposed a 15-year director
# disqualification order", "handed a three-year driving ban", "a two-year suspension"
NON_CUSTODIAL: Final = frozenset({"ban", "order", "disqualification", "suspension", "prohibition", "exclusion"})
# cue words -> attribute (first hit in the cue span, then the default)
ATTRIBUTE_WORDS: Final[dict[str, str]] = {
    "probation": "probation", "probationary": "probation", "supervised": "supervised release",
    "release": "supervised release", "house": "house arrest", "suspended": "suspended sentence",
    "community": "community service",
}
DEFAULT_ATTRIBUTE: Final = "prison term"
# "life with a minimum term of 25 years": the time before parole, not the sentence; so is the
# non-parole period of Australian and New Zealand courts ("a non-parole period of six years")
MINIMUM_WORDS: Final = frozenset({"minimum", "tariff"})
_NON_PAROLE: Final = re.compile(r"\bnon[- ]?parole\b", re.IGNORECASE)
# so is a term told as the time until release: "will serve four years before he is eligible for
# parole", "could be released after two years and three months", "parole after 30 months"
RELEASE_WORDS: Final = frozenset({"parole", "paroled", "release", "released", "freed", "eligible"})
# a span of time these govern in court copy is no prison term: "suspended for two years",
# "banned from driving for three years", "disqualified as a director for 12 years"
NON_TERM_LEMMAS: Final = frozenset({"suspend", "ban", "bar", "disqualify", "prohibit", "forbid", "exclude"})

# where a weak verb's years are spent in custody ("served 14 years in prison"), against a body or a role
# ("served 22 years in the army": _spent_in_a_body_or_role)
CUSTODY_NOUNS: Final = frozenset({
    "prison", "jail", "gaol", "custody", "detention", "penitentiary", "cell", "confinement", "solitary", "isolation",
    "camp", "colony", "lockup", "remand", "reformatory", "borstal", "facility", "institution", "unit", "hospital",
    "bar", "dungeon", "captivity", "exile", "incarceration", "imprisonment",
})
_SERVICE_PREPOSITIONS: Final = frozenset({"in", "at", "on", "with", "as"})

# word forms in the clause -> modality ("could face" potential, "prosecutors seek" requested)
MODALITY_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(["face", "faces", "facing", "faced", "risk", "risks", "risking", "carry", "carries", "carried",
                     "carrying", "punishable", "potentially", "potential", "possible", "maximum", "statutory"],
                    "potential"),
    **dict.fromkeys(["seek", "seeks", "sought", "seeking", "request", "requests", "requested", "requesting",
                     "demand", "demands", "demanded", "demanding", "recommend", "recommends", "recommended",
                     "recommending", "ask", "asks", "asked", "asking", "urge", "urged", "want", "wants", "wanted",
                     "propose", "proposed", "called", "calls", "pressed", "pressing", "argued", "arguing"], "requested"),
    **dict.fromkeys(["sentenced", "jailed", "imprisoned", "incarcerated", "received", "receives", "receiving",
                     "handed", "hands", "given", "gave", "gives", "giving", "got", "gets", "serving", "served", "serves", "spent", "spending",
                     "imposed", "ordered", "condemned", "sentencing"], "imposed"),
}
# an imposed verb under one of these is only a possibility: "would be sentenced to", "could get"
MODALS: Final = frozenset({"could", "would", "may", "might", "will", "'ll", "can", "shall", "should", "must"})
# "if convicted", "if found guilty": the clause speaks of a possible penalty
CONDITIONAL_WORDS: Final = frozenset({"convicted", "found", "condemned", "guilty", "proven"})


def find(doc: Doc, ctx: Context) -> Iterable[Found]:
    """Penal sentences: 'may get up to 7 years in jail' -> 7 year, at_most, potential."""
    after, before = _cues(doc)
    for t in time_spans(doc):
        if t.age:
            continue
        cue_after = after.get(t.end)
        anchor = t.qualifier_token if t.qualifier_token is not None else t.start
        cue_before = before.get(anchor) or (before.get(anchor - 1) if anchor > 0 and doc[anchor - 1].lower_ in ("a", "an") else None)
        sent = doc[t.start].sent
        if cue_after is None and cue_before is None:
            if _penal_context(doc, t, sent):
                yield _found(doc, t, sent, doc[t.start:t.end], "sentence.context", 0.6, None, None)
            continue
        if cue_after is None and cue_before is not None and (_names_other_term(doc, t, NON_CUSTODIAL) or (
                ".weak." in cue_before.id_ and (not (_penal(sent) or _penal_beside(doc, t, sent))
                                                or _names_other_term(doc, t, NON_PENAL_TERMS)
                                                or _spent_in_a_body_or_role(doc, t, cue_before)))):
            continue  # "faces two years of losses"; "the judge will serve a four-year term"; "imposed a 15-year ban";
            # "who had served 22 years in the army"
        end = cue_after.end if cue_after is not None else t.end
        confidence = 0.9 if cue_after is not None or ".before." in cue_before.id_ else 0.75  # type: ignore[union-attr]
        yield _found(doc, t, sent, doc[t.start:end], (cue_after or cue_before).id_, confidence,  # type: ignore[union-attr]
                     cue_after, cue_before)


def _found(doc: Doc, t: TimeSpan, sent: Span, span: Span, rule: str, confidence: float,
           cue_after: Span | None, cue_before: Span | None) -> Found:
    qualifier = t.qualifier
    if [tok.lower_ for tok in doc[span.end:span.end + 2]] == ["to", "life"]:
        span, qualifier = doc[span.start:span.end + 2], "at_least"  # "15 years to life": life, parole after 15
    attribute = _attribute(cue_after, cue_before)
    if any(tok.lower_ in MINIMUM_WORDS for tok in doc[max(sent.start, t.start - 4):t.start]) \
            or _NON_PAROLE.search(doc[max(sent.start, t.start - 6):t.start].text) \
            or _until_release(doc, t, sent):
        attribute = "minimum term"
    return Found(
        start=span.start_char, end=span.end_char,
        value=span_value(t),
        rule=rule,
        qualifier=qualifier,  # type: ignore[arg-type]
        confidence=confidence,
        attribute=attribute,
        modality=_modality(doc, t, sent),  # type: ignore[arg-type]
        subject=subject_of(doc, t),
    )


def _until_release(doc: Doc, t: TimeSpan, sent: Span) -> bool:
    """The term is the time before release: "before" and a release word within a few words after it
    ("three years before being paroled", "five years behind bars before he can be released"), or a
    release word right before its "after" ("released after", "eligible for parole after")."""
    after = [tok.lower_ for tok in doc[t.end:min(sent.end, t.end + 6)]]
    at = after.index("before") if "before" in after else None
    if at is not None and RELEASE_WORDS.intersection(tok.lower_ for tok in doc[t.end + at:min(sent.end, t.end + at + 6)]):
        return True
    before = [tok.lower_ for tok in doc[max(sent.start, t.start - 4):t.start]]
    return "after" in before and bool(RELEASE_WORDS.intersection(before[:before.index("after")]))


def _penal_context(doc: Doc, t: TimeSpan, sent: Span) -> bool:
    """A bare span of time that can only be the term in a sentence about sentencing:
    'His punishment: nine years', 'prosecutors had pressed for at least 20 years'."""
    if t.unit not in ("year", "month", "day") or t.end < len(doc) and doc[t.end].lower_ in (
            "ago", "earlier", "later", "old", "before", "after"):
        return False
    head = doc[t.end - 1]
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:  # "96 months and 60 months": the first names the role
        first = first.head
    if first.dep_ == "appos" and first.head.lemma_.lower() == "term" and _penal(sent):
        return True  # "two concurrent terms - 96 months and 60 months - for the bribery counts"
    if not any(tok.lemma_.lower() in SENTENCING_LEMMAS or tok.lower_ in SENTENCING_LEMMAS for tok in sent) \
            and not _NON_PAROLE.search(sent.text):
        return False
    if _governed_by_non_term(head) or _told_of_the_deeds(head):
        return False
    if t.adjectival:  # "a 25-year term would have meant dying behind bars"
        return head.head.i >= t.end and head.head.lemma_.lower() in ("term", "sentence")
    if head.dep_ == "pobj" and head.head.lower_ not in ("for", "with", "to", "of"):
        return False  # "in 10 years", "over two years": when, not how long
    return head.dep_ in CONTEXT_DEPS


def _told_of_the_deeds(tok: Token) -> bool:
    """The span's nearest verb is a relative clause's, and no penalty's: the time the crime or a career
    took, beside the term ("a clerk who stole €2m over 11 years was jailed for six", "the man who ran
    the club for two decades was given four years")."""
    verb = verb_above(tok)
    return verb is not None and verb.dep_ in ("relcl", "acl") and verb.lemma_.lower() not in PENAL_LEMMAS \
        and verb.lower_ not in MODALITY_WORDS


def _governed_by_non_term(tok: Token) -> bool:
    """Whether the nearest verb above `tok` that says anything suspends or bans rather than jails:
    'jailed for nine months and banned from driving for three years' (three years: banned)."""
    for above in tok.ancestors:
        lemma = above.lemma_.lower()
        if lemma in NON_TERM_LEMMAS or above.lower_ in ("suspended", "banned", "barred", "disqualified"):  # forms the model lemmatizes oddly
            return True
        if above.pos_ == "VERB" and (lemma in PENAL_LEMMAS or MODALITY_WORDS.get(above.lower_)):
            return False  # "jailed for", "sentenced to": the term of that penalty
    return False


def _cues(doc: Doc) -> tuple[dict[int, Span], dict[int, Span]]:
    """Penal cue spans: those after a span of time keyed by start token, those before by end token."""
    after: dict[int, Span] = {}
    before: dict[int, Span] = {}
    for s in ruler_matches(doc, KIND):
        if ".after." in s.id_:
            if s.start not in after or len(s) > len(after[s.start]):
                after[s.start] = s
        elif s.end not in before or _cue_rank(s) > _cue_rank(before[s.end]):
            before[s.end] = s
    return after, before


def _cue_rank(cue: Span) -> tuple[bool, int]:
    """A strong cue ('sentence of') beats a weak one ('received a sentence of') ending at the same token."""
    return ".before." in cue.id_, len(cue)


def _names_other_term(doc: Doc, t: TimeSpan, nouns: frozenset[str]) -> bool:
    """'a four-year term', 'a two-year ban': an adjectival span describing one of `nouns`."""
    if not t.adjectival or t.end >= len(doc):
        return False
    head = doc[t.end - 1].head
    return head.i >= t.end and head.lemma_.lower() in nouns


def _spent_in_a_body_or_role(doc: Doc, t: TimeSpan, cue: Span) -> bool:
    """Years a weak verb spends in a body, a job or a role: "served 22 years in the army", "spent 11
    years at the bank", "served eight years on the council", "two years as mayor": a career, not a term
    (but "14 years in prison", "in a maximum-security jail", "in Belmarsh": a custody or a named place)."""
    if t.end >= len(doc) or doc[t.end].lower_ not in _SERVICE_PREPOSITIONS \
            or not any(w.lemma_.lower() in ("serve", "spend") for w in cue):
        return False  # not "pressed for 20 years in the sentencing memo"
    noun = next((c for c in doc[t.end].children if c.dep_ == "pobj"), None)
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() not in CUSTODY_NOUNS


def _penal(sent: Span) -> bool:
    return any(t.lemma_.lower() in PENAL_LEMMAS or t.lower_ in PENAL_LEMMAS for t in sent)


def _penal_beside(doc: Doc, t: TimeSpan, sent: Span) -> bool:
    """A term a weak verb gives with nothing after it, where the sentence before or after speaks of
    jail: "Two men have been jailed. Vasko received six years.", "Marsh got four years. His brother
    was jailed for two." (not "received six years of training")."""
    if t.end < len(doc) and doc[t.end].is_alpha:
        return False
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    after = doc[sent.end].sent if sent.end < len(doc) else None
    return any(s is not None and _penal(s) for s in (before, after))


def _attribute(cue_after: Span | None, cue_before: Span | None) -> str:
    """'of probation' -> 'probation'; 'of supervised release' -> 'supervised release'; else 'prison term'."""
    for cue in (cue_after, cue_before):
        if cue is None:
            continue
        for tok in cue:
            if tok.lower_ in ATTRIBUTE_WORDS:
                return ATTRIBUTE_WORDS[tok.lower_]
    return DEFAULT_ATTRIBUTE


def _modality(doc: Doc, t: TimeSpan, sent: Span) -> str | None:
    """The clause's word for this penalty, nearest in the parse first: 'was sentenced to' -> imposed."""
    root = doc[t.end - 1]
    ancestors = {a.i for a in root.ancestors}
    linked = ancestors | {c.i for a in root.ancestors for c in a.children}
    best: tuple[int, int, str] | None = None
    for tok in sent:
        if t.start <= tok.i < t.end:
            continue
        value = _cue_modality(tok)
        if value is None:
            continue
        rank = (0 if tok.i in linked else 1, abs(tok.i - t.start))
        if best is None or rank < best[:2]:
            best = (rank[0], rank[1], value)
    if best is not None:
        return best[2]
    if t.qualifier == "at_most":
        return "potential"  # "up to 10 years in prison" is a statutory maximum
    from claimkit.extract.context import modality

    return modality(sent)


def _cue_modality(tok: Token) -> str | None:
    word = tok.lower_
    if word in ("if", "unless"):
        window = tok.doc[tok.i + 1: tok.i + 4]
        return "potential" if any(w.lower_ in CONDITIONAL_WORDS for w in window) else None
    value = MODALITY_WORDS.get(word)
    if value != "imposed":
        return value
    # "would be sentenced to", "could get": the modal makes it a possibility
    if any(c.lower_ in MODALS for c in tok.children) or any(
        c.lower_ in MODALS for c in tok.head.children if tok.dep_ in ("xcomp", "ccomp")
    ):
        return "potential"
    if tok.dep_ in ("xcomp", "ccomp") and MODALITY_WORDS.get(tok.head.lower_) in ("potential", "requested"):
        return MODALITY_WORDS[tok.head.lower_]  # "faces being sentenced", "asked the judge to sentence"
    return value
