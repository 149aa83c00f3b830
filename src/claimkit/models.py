"""The records every stage passes on, and the JSON contract (CONTRACT.md).

Ingest makes `Document`s, extraction makes `Claim`s, reconciliation makes
`Fact`s and `Conflict`s, and `Report` is what every command emits. All records
are frozen and refuse unknown fields; `claimkit schema` writes their JSON Schemas.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Kind = Literal["money", "date", "sentence", "duration", "count", "percent", "quantity", "law", "quote"]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]
# kinds whose values are compared (laws and quotes are grouped by value, never in conflict)
COMPARED_KINDS: frozenset[str] = frozenset({"money", "date", "sentence", "duration", "count", "percent", "quantity"})
Modality = Literal["potential", "requested", "imposed"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
RegionKind = Literal["promo", "disclaimer", "related", "share", "foreign_language"]
Granularity = Literal["day", "week", "month", "quarter", "year"]
Severity = Literal["high", "medium", "low"]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- values


class BaseAmount(Record):
    """A money value converted to the base currency, as an interval over the rate band."""

    currency: str
    low: float
    high: float
    rate_date: str = Field(description="ISO date (or 'FROM..TO' window) of the rates used")
    rate_source: str = Field(description="'ECB' or the bundled/override table that gave the rate")


class MoneyValue(Record):
    amount: float
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    low: float = Field(description="lower end as stated (a range's first figure, else the amount)")
    high: float = Field(description="upper end as stated (a range's second figure, else the amount)")
    precision: float = Field(0.0, description="relative tolerance the surface form implies (0.1 for '5 million')")
    currency_source: Literal["code", "symbol", "name", "inferred", "ambiguous"] = Field(
        "code", description="how the currency was read: written code, symbol, name, or inferred from context; "
                            "ambiguous when the sign could name more than one currency (never compared)"
    )
    in_base: BaseAmount | None = None


class DateValue(Record):
    start: str | None = Field(
        description="ISO date; '--MM-DD' when the year is unknown; null when a relative date has no anchor"
    )
    end: str | None = Field(description="ISO date, inclusive; same conventions as start")
    granularity: Granularity
    year_known: bool
    anchored: bool = Field(description="false for a relative date ('last month') with no publication date")
    relative: str | None = Field(None, description="the offset of a relative date, e.g. '-1 month'")


class SpanValue(Record):
    """A length of time: prison terms ('sentence') and other durations."""

    amount: float
    unit: str = Field(description="singular pint unit name: year, month, week, day, hour")
    days: float = Field(description="amount in days (pint: a year is 365.25 days)")
    low: float = Field(description="lower end, in `unit` ('one to five years': 1)")
    high: float = Field(description="upper end, in `unit` ('one to five years': 5)")
    precision: float = 0.0

    def days_range(self) -> tuple[float, float]:
        """(low, high) in days, for comparing terms written in different units."""
        per_unit = self.days / self.amount if self.amount else 1.0
        return self.low * per_unit, self.high * per_unit


class CountValue(Record):
    amount: float
    noun: str = Field(description="what is counted, as written ('charges')")
    lemma: str = Field("", description="the counted noun's lemma, for comparison ('charge')")
    low: float
    high: float
    precision: float = 0.0


class PercentValue(Record):
    amount: float
    low: float
    high: float
    precision: float = 0.0


class QuantityValue(Record):
    amount: float
    unit: str
    base_amount: float
    base_unit: str
    low: float
    high: float
    precision: float = 0.0


class LawValue(Record):
    name: str
    canonical: str
    score: float = Field(1.0, description="fuzzy-match score against the gazetteer name, 0-1")


class QuoteValue(Record):
    speaker: str | None
    quote: str


# --------------------------------------------------------------------------- claims


class ClaimBase(Record):
    id: str = Field(description="'DOC#START-END'")
    doc: str
    text: str = Field(description="document text[start:end]")
    start: int
    end: int
    line: int = Field(description="1-based")
    column: int = Field(description="1-based, in characters")
    sentence: str
    subject: str | None = None
    attribute: str | None = None
    modality: Modality | None = None
    qualifier: Qualifier = "exact"
    confidence: float = 0.9
    extractor: str
    region: RegionKind | None = None
    language: str = Field("en", description="ISO 639-1 code of the language the claim was read in")
    notes: list[str] = Field(default_factory=list)
    context: list[str] = Field(
        default_factory=list,
        description="lemmas on the figure's parse path, nearest first: what it is ('jump', 'profit', 'operating')",
    )
    verb: list[str] = Field(
        default_factory=list,
        description="the verb of the figure's clause and the figure's part in it, ['shut', 'patient'] for "
                    "'Seven cranes were shut', ['close', 'agent'] for '40 shops will close'; empty when the "
                    "figure is no argument of a verb",
    )
    places: list[str] = Field(
        default_factory=list,
        description="the places the figure's own clause is told of, lower-cased ('northern region', 'brennick'): "
                    "its scope, where two figures of one measure may differ without contradicting",
    )


class MoneyClaim(ClaimBase):
    kind: Literal["money"] = "money"
    value: MoneyValue


class DateClaim(ClaimBase):
    kind: Literal["date"] = "date"
    value: DateValue


class SentenceClaim(ClaimBase):
    kind: Literal["sentence"] = "sentence"
    value: SpanValue


class DurationClaim(ClaimBase):
    kind: Literal["duration"] = "duration"
    value: SpanValue


class CountClaim(ClaimBase):
    kind: Literal["count"] = "count"
    value: CountValue


class PercentClaim(ClaimBase):
    kind: Literal["percent"] = "percent"
    value: PercentValue


class QuantityClaim(ClaimBase):
    kind: Literal["quantity"] = "quantity"
    value: QuantityValue


class LawClaim(ClaimBase):
    kind: Literal["law"] = "law"
    value: LawValue


class QuoteClaim(ClaimBase):
    kind: Literal["quote"] = "quote"
    value: QuoteValue


Claim = Annotated[
    Union[
        MoneyClaim, DateClaim, SentenceClaim, DurationClaim, CountClaim,
        PercentClaim, QuantityClaim, LawClaim, QuoteClaim,
    ],
    Field(discriminator="kind"),
]
ClaimValue = Union[MoneyValue, DateValue, SpanValue, CountValue, PercentValue, QuantityValue, LawValue, QuoteValue]
CLAIM_TYPES: dict[str, type[ClaimBase]] = {
    "money": MoneyClaim, "date": DateClaim, "sentence": SentenceClaim, "duration": DurationClaim,
    "count": CountClaim, "percent": PercentClaim, "quantity": QuantityClaim, "law": LawClaim,
    "quote": QuoteClaim,
}


# --------------------------------------------------------------------------- documents


class Region(Record):
    start: int
    end: int
    kind: RegionKind


class Document(Record):
    id: str = Field(description="path relative to the directory given, or the file name")
    path: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str = "en"
    sha256: str
    encoding: str = "utf-8"
    role: Literal["source", "draft"] = "source"
    derived_from: str | None = None
    regions: list[Region] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class Skipped(Record):
    """A path that could not be read as a document, with the reason."""

    path: str
    reason: str


class ExtractResult(Record):
    """What `claimkit extract` emits."""

    schema_version: str = SCHEMA_VERSION
    tool: dict[str, str]
    generated_at: str
    settings: dict[str, str | int | float | bool | None]
    documents: list[Document]
    claims: list[Claim]
    skipped: list[Skipped] = Field(default_factory=list)


# --------------------------------------------------------------------------- report


class FactValue(Record):
    """One value group of a fact: claims whose values agree (within rounding, rates, granularity)."""

    value: ClaimValue
    claims: list[str]
    documents: list[str]
    independent_sources: int


class FactEvidence(Record):
    """Why a fact's claims were taken as one: what they share and how firmly they were aligned."""

    subjects: list[str] = Field(default_factory=list, description="the subjects its claims name")
    heads: list[str] = Field(default_factory=list, description="what its claims measure (stemmed head words)")
    shared_words: list[str] = Field(default_factory=list, description="stems most of its claims' sentences share")
    alignment: float = Field(0.0, description="mean probability, over its pairs of claims, that they state one fact")


class Fact(Record):
    id: str
    kind: Kind
    subject: str | None
    attribute: str | None
    modality: Modality | None
    status: Literal["agreed", "conflict", "single_source"]
    claims: list[str]
    values: list[FactValue]
    agreements: list[list[list[str]]] = Field(
        default_factory=list,
        description="pairs of sides (claim ids) that were compared and agree; sides never compared are not listed",
    )
    evidence: FactEvidence | None = None


class Conflict(Record):
    id: str
    fact: str
    severity: Severity
    kind: Kind
    subject: str | None
    attribute: str | None
    claims: list[str] = Field(description="claim ids of every side")
    summary: str
    sides: list[list[str]] = Field(default_factory=list, description="claim ids grouped by side")
    reason: str = Field("", description="machine-readable cause: amount, bound, date, currency, unit, ...")
    majority: int | None = Field(None, description="index in the fact's values of the best-supported group")
    outliers: list[int] = Field(default_factory=list, description="indices in the fact's values that differ from it")
    side_severity: list[str | None] = Field(
        default_factory=list,
        description="per side (as `sides`): how badly it departs from the majority (null for the majority); "
                    "the conflict's severity is the worst of them")
    arithmetic: str = Field("", description="what the comparison computed: rates, tolerance, the gap")
    evidence: FactEvidence | None = None


class Finding(Record):
    code: str
    severity: Literal["high", "medium", "low", "info"]
    status: Literal["conflict", "unsupported", "contested", "converted"]
    claim: str
    evidence: list[str]
    message: str
    silenced: bool = False
    line: int = 0
    column: int = 0
    baselined: bool = Field(False, description="a known finding, accepted by --baseline FILE: it fails nothing")

    @property
    def suppressed(self) -> bool:
        """Silenced in the draft or known to the baseline: shown, but it fails nothing."""
        return self.silenced or self.baselined


class Summary(Record):
    documents: int
    claims: int
    facts: int
    conflicts: dict[str, int]
    skipped: int = 0


class Report(Record):
    schema_version: str = SCHEMA_VERSION
    tool: dict[str, str]
    generated_at: str
    settings: dict[str, str | int | float | bool | None]
    documents: list[Document]
    claims: list[Claim]
    facts: list[Fact]
    conflicts: list[Conflict]
    summary: Summary
    skipped: list[Skipped] = Field(default_factory=list)
    findings: list[Finding] | None = None
