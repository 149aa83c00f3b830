"""What every format says alike: a claim's value in words, short document labels, a fact's
label, the sides of a conflict, severities in order. Records -> short strings; no format here.

Currency symbols come from Babel's CLDR data (English), as the money extractor's names do.
"""

from __future__ import annotations

import calendar
import functools
import re
from typing import TYPE_CHECKING, Iterable

from claimkit.lexicon import ATTRIBUTE_CUES

if TYPE_CHECKING:
    from claimkit.models import Claim, Finding

SEVERITY_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3}
SEVERITIES = ("high", "medium", "low")
QUALIFIER_WORDS = {"at_most": "up to ", "at_least": "over ", "approx": "about ", "exact": "", "range": ""}


def at_or_above(severities: list[str], fail_on: str) -> bool:
    """True when some severity reaches `fail_on` ('never' never does)."""
    if fail_on == "never":
        return False
    return any(SEVERITY_RANK.get(s, 0) >= SEVERITY_RANK[fail_on] for s in severities)


def counts_toward(findings: list[Finding], fail_on: str) -> list[Finding]:
    """The findings that make the check fail: not silenced nor known to the baseline, at or above `fail_on`."""
    if fail_on == "never":
        return []
    return [f for f in findings
            if not f.suppressed and SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]]


def number(x: float) -> str:
    """5500000 -> '5.5 million', 550000 -> '550,000', 2.5 -> '2.5'."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        scaled = x / size * 1000
        if abs(x) >= size and abs(scaled - round(scaled)) < 1e-6:  # 5.25 million yes, 5,123,456 no
            return f"{x / size:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


@functools.cache
def currency_sign(code: str) -> str | None:
    """CLDR's English symbol when it is a sign of its own: 'EUR' -> '€', 'INR' -> '₹'. None when
    CLDR gives letters ('TWD' -> 'NT$', 'CAD' -> 'CA$', 'CHF') or nothing: the code reads better."""
    from babel.numbers import get_currency_symbol

    symbol = get_currency_symbol(code, locale="en")
    return None if symbol == code or symbol == "¤" or re.search(r"[^\W\d_]", symbol) else symbol


def money_text(amount: float, currency: str) -> str:
    """(500000, 'EUR') -> '€500,000'; (5e6, 'TWD') -> '5 million TWD'."""
    symbol = currency_sign(currency)
    return f"{symbol}{number(amount)}" if symbol else f"{number(amount)} {currency}"


def _iso_date_text(iso: str, granularity: str) -> str:
    if iso.startswith("--"):  # yearless '--04-21'
        month, day = int(iso[2:4]), int(iso[5:7])
        return f"{calendar.month_name[month]} {day}" if granularity == "day" else calendar.month_name[month]
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    if granularity == "year":
        return str(year)
    if granularity in ("month", "quarter"):
        return f"{calendar.month_name[month]} {year}"
    return f"{calendar.month_name[month]} {day}, {year}"


def value_text(claim: Claim) -> str:
    """A claim's normalized value in words: 'up to 10 years', '€500,000', 'April 21, 2025'."""
    v = claim.value
    q = QUALIFIER_WORDS.get(claim.qualifier, "")
    kind = claim.kind
    if kind == "money":
        if claim.qualifier == "range" and v.low != v.high:
            return f"{money_text(v.low, v.currency)}–{money_text(v.high, v.currency)}"
        return q + money_text(v.amount, v.currency)
    if kind == "date":
        if not v.anchored or v.start is None:
            return v.relative or claim.text
        start = _iso_date_text(v.start, v.granularity)
        end = _iso_date_text(v.end, v.granularity) if v.end else start
        return q + (start if end == start else f"{start}–{end}")
    if kind in ("sentence", "duration"):
        unit = v.unit if v.amount == 1 else v.unit + "s"
        return f"{q}{number(v.amount)} {unit}"
    if kind == "count":
        return f"{q}{number(v.amount)} {v.noun}"
    if kind == "percent":
        if claim.qualifier == "range" and v.low != v.high:
            return f"{number(v.low)}–{number(v.high)}%"
        return f"{q}{number(v.amount)}%"
    if kind == "quantity":
        return f"{q}{number(v.amount)} {v.unit}"
    if kind == "law":
        return v.canonical or v.name
    if kind == "quote":
        words = v.quote if len(v.quote) <= 60 else v.quote[:57].rstrip() + "…"
        return f"“{words}”"
    return claim.text


# Document notes that say a document was read only in part, or not as written; with the skipped
# files they are the notes every format shows (json has them all, in documents[].notes and skipped).
LOST = ("time budget", "Russian and Chinese only")  # figures may be missing (ingest.sources.LANGUAGE_NOTE): lint, github, sarif too
ANCHORED = "no publication date"  # the draft read as of another day: the human formats say it


def language_tag(claim: Claim) -> str:
    """' [fr]' after a claim read in another language ('' for English): the editor sees which
    figures came from the cue tables rather than the English grammar."""
    return "" if claim.language == "en" else f" [{claim.language}]"


def lost_notes(reports) -> list[tuple[str, str]]:  # noqa: ANN001 - Reports
    """The inputs whose figures may be missing (skipped, cut, another language), once each."""
    return list(dict.fromkeys(note for report in reports for note in reading_notes(report, lost_only=True)))


def reading_notes(report, lost_only: bool = False) -> list[tuple[str, str]]:  # noqa: ANN001 - Report or ExtractResult
    """(path, note) for each input not read in full: a skipped file (a .docx, a binary), a document
    cut by the time budget or in a language claimkit does not read; and unless `lost_only`, a draft
    read as of a day it does not give."""
    wanted = LOST if lost_only else (*LOST, ANCHORED)
    out = [(s.path, s.reason) for s in report.skipped]
    out += [(d.path, n) for d in report.documents for n in d.notes if any(w in n for w in wanted)]
    return list(dict.fromkeys(out))


# a claim kind in words, for a message ("no source gives this percentage")
KIND_WORDS = {"money": "money figure", "date": "date", "sentence": "penalty", "duration": "duration",
              "count": "count", "percent": "percentage", "quantity": "quantity", "law": "law", "quote": "quotation"}


@functools.cache
def _noun_attributes() -> frozenset[str]:
    """The attributes that are words a reader knows (a fine, bail, a prison term), not internal keys:
    the money and penalty cue tables' values; other attributes are lemmas or event keys ('employ', 'post')."""
    return frozenset(v for kind in ("money", "sentence") for v in ATTRIBUTE_CUES.get(kind, {}).values()) | {"minimum term"}


def fact_words(claim: Claim) -> str:
    """What a draft figure states, in a reader's words: 'fine', 'prison term', 'number of
    employees', 'percentage' — never an internal key such as a stem or an event label."""
    if claim.attribute and claim.attribute in _noun_attributes() and claim.kind in ("money", "sentence"):
        return claim.attribute
    if claim.kind == "count":
        noun = getattr(claim.value, "noun", "")
        if noun:
            return f"number of {noun}"
        if claim.attribute and claim.attribute.startswith("person "):  # "12 killed": no noun written
            return f"number of people {claim.attribute.removeprefix('person ')}"
    return KIND_WORDS.get(claim.kind, claim.kind)


def named_subject(subject: str | None) -> str | None:
    """A subject worth naming in a message: a name ('Pavel Durov'), not a phrase the extractor
    settled for ('this report', 'the company')."""
    return subject if subject and subject[:1].isupper() else None


def outlet_labels(documents: Iterable) -> dict[str, str]:  # noqa: ANN001 - Document records
    """How a message names each document: its outlet (`source` in front matter or a sidecar), else
    its file name without the suffix ('us-wire.md' -> 'us-wire'); an outlet that several documents
    share gets the file name too ('Reuters us-wire')."""
    docs = list(documents)

    def stem(doc) -> str:  # noqa: ANN001
        base, _, record = doc.id.partition("#")  # a JSON record: 'feed.jsonl#3' -> 'feed#3'
        name = base.rsplit("/", 1)[-1]
        name = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
        return f"{name}#{record}" if record else name

    outlets = [d.source.strip() if d.source and d.source.strip() else None for d in docs]
    shared = {o for o in outlets if o and outlets.count(o) > 1}
    return {d.id: (o if o and o not in shared else f"{o} {stem(d)}" if o else stem(d)) for d, o in zip(docs, outlets)}


def short_labels(doc_ids: Iterable[str]) -> dict[str, str]:
    """Shortest unique prefix of each id cut at '_', '-', '.' or '/': '000_2df3….txt' -> '000'."""
    ids = list(dict.fromkeys(doc_ids))
    labels: dict[str, str] = {}
    for doc in ids:
        cuts = [i for i, ch in enumerate(doc) if ch in "_-./ "] + [len(doc)]
        labels[doc] = doc
        for cut in cuts:
            prefix = doc[:cut]
            if prefix and not any(o != doc and (o[:cut] == prefix and (len(o) == cut or o[cut] in "_-./ ")) for o in ids):
                labels[doc] = prefix
                break
    return labels


def fact_label(subject: str | None, attribute: str | None, kind: str, modality: str | None = None) -> str:
    """'Pavel Durov · fine (potential)' — what a fact is about, in a few words."""
    what = attribute or kind
    if modality:
        what += f" ({modality})"
    return f"{subject} · {what}" if subject else what


def side_headings(conflict, facts_by_id: dict) -> list[str]:  # noqa: ANN001
    """One heading per side of a conflict: the majority, then each outlier, with the number of
    independent sources behind it ("majority, 2 independent sources")."""
    fact = facts_by_id.get(conflict.fact)
    support = {frozenset(v.claims): v.independent_sources for v in (fact.values if fact else [])}
    sides = conflict.sides or [[cid] for cid in conflict.claims]
    out = []
    for n, side in enumerate(sides):
        role = ("majority" if n == 0 else "outlier") if conflict.outliers else f"side {n + 1}"
        k = support.get(frozenset(side))
        out.append(role if k is None else f"{role}, {k} independent source{'s' if k != 1 else ''}")
    return out


def conflict_sides(conflict, claims_by_id: dict) -> list[list]:  # noqa: ANN001
    """The conflict's sides as lists of claims (one claim a side when the reconciler gave no grouping)."""
    sides = conflict.sides or [[cid] for cid in conflict.claims]
    return [[claims_by_id[cid] for cid in side if cid in claims_by_id] for side in sides]
