"""A hand-made Report (two sources, an optional draft) for the renderer and check tests: no spaCy.

The fine conflicts ("over 5 million TWD" against €500,000 and $550,000); the
prison term agrees. Source a.txt carries hostile markup that must show as text.
"""

from __future__ import annotations

from claimkit.ingest import Source, load_text
from claimkit.models import (
    BaseAmount, Conflict, Document, Fact, FactValue, MoneyClaim, MoneyValue, Report, SentenceClaim, SpanValue, Summary,
)

TEXT_A = (
    "Durov faces a lawsuit, potentially a 10-year prison sentence and a fine of over 5 million TWD.\n"
    "If convicted, he could face 10 years in prison and a fine of 500,000 euros.\n"
    "Injected <script>alert(1)</script> </style> <img src=x onerror=alert(2)> javascript:alert(3) & more.\n"
)
TEXT_B = "According to prosecutors, Durov could face up to 10 years in prison and a $550,000 fine.\n"

USD_BAND = {"EUR": (1.08, 1.14), "TWD": (0.030, 0.033), "USD": (1.0, 1.0)}


def _claim(source: Source, words: str, kind: str, value, nth: int = 0, **kw):  # noqa: ANN001
    start = -1
    for _ in range(nth + 1):
        start = source.text.index(words, start + 1)
    end = start + len(words)
    line, column = source.position(start)
    cls = {"money": MoneyClaim, "sentence": SentenceClaim}[kind]
    return cls(id=f"{source.doc.id}#{start}-{end}", doc=source.doc.id, text=words, start=start, end=end,
               line=line, column=column, sentence=source.text[source.text.rfind("\n", 0, start) + 1:end],
               subject="Pavel Durov", extractor=f"{kind}.rules", value=value, **kw)


def money(source: Source, words: str, amount: float, currency: str, qualifier: str = "exact", **kw) -> MoneyClaim:
    lo, hi = USD_BAND.get(currency, (1.0, 1.0))
    band = BaseAmount(currency="USD", low=amount * lo, high=amount * hi, rate_date="2024-04-21..2025-04-21",
                      rate_source="ECB" if currency != "TWD" else "bundled")
    value = MoneyValue(amount=amount, currency=currency, low=amount, high=amount, in_base=band)
    return _claim(source, words, "money", value, attribute="fine", modality="potential", qualifier=qualifier, **kw)


def prison(source: Source, words: str, years: float, qualifier: str = "exact", unit: str = "year",
           **kw) -> SentenceClaim:
    """A potential prison term; `years` is the amount in `unit` (low and high are in that unit too)."""
    days = years * {"year": 365.25, "month": 30.4375, "day": 1.0}[unit]
    value = SpanValue(amount=years, unit=unit, days=days, low=years, high=years)
    return _claim(source, words, "sentence", value, attribute="prison term", modality="potential",
                  qualifier=qualifier, **kw)


def sources(draft: str | None = None, draft_id: str = "draft.md") -> list[Source]:
    out = [load_text(TEXT_A, "a.txt"), load_text(TEXT_B, "b.txt")]
    if draft is not None:
        out.append(load_text(draft, draft_id, role="draft"))
    return out


def build(srcs: list[Source], claims: list, facts: list[Fact], conflicts: list[Conflict]) -> Report:
    docs: list[Document] = [s.doc for s in srcs]
    counts = {k: sum(1 for x in conflicts if x.severity == k) for k in ("high", "medium", "low")}
    return Report(tool={"name": "claimkit", "version": "test"}, generated_at="2026-01-01T00:00:00Z", settings={},
                  documents=docs, claims=claims, facts=facts, conflicts=conflicts,
                  summary=Summary(documents=len(docs), claims=len(claims), facts=len(facts), conflicts=counts))


def fact(fid: str, kind: str, attribute: str, status: str, groups: list[list]) -> Fact:
    values = [FactValue(value=g[0].value, claims=[c.id for c in g], documents=sorted({c.doc for c in g}),
                        independent_sources=len({c.doc for c in g})) for g in groups]
    return Fact(id=fid, kind=kind, subject="Pavel Durov", attribute=attribute, modality="potential",  # type: ignore[arg-type]
                status=status, claims=[c.id for g in groups for c in g], values=values)  # type: ignore[arg-type]


def conflict(xid: str, fid: str, severity: str, sides: list[list], kind: str = "money", attribute: str = "fine") -> Conflict:
    return Conflict(id=xid, fact=fid, severity=severity, kind=kind, subject="Pavel Durov", attribute=attribute,  # type: ignore[arg-type]
                    claims=[c.id for side in sides for c in side], sides=[[c.id for c in side] for side in sides],
                    majority=0, outliers=list(range(1, len(sides))),
                    summary="The fine is given as over 5 million TWD (≈ $150,000–165,000) in a.txt but €500,000 "
                            "in a.txt and $550,000 in b.txt: more than ×1.5 apart.", reason="bound")


def seeds_like(extra_sources: list[Source] | None = None) -> tuple[Report, list[Source]]:
    """Two sources: a fine conflict (x1, high) and an agreed prison term (f2)."""
    srcs = sources() + (extra_sources or [])
    a, b = srcs[0], srcs[1]
    twd = money(a, "over 5 million TWD", 5e6, "TWD", "at_least")
    eur = money(a, "500,000 euros", 5e5, "EUR")
    usd = money(b, "$550,000", 5.5e5, "USD")
    p_a = prison(a, "10 years in prison", 10)
    p_b = prison(b, "up to 10 years in prison", 10, "at_most")
    claims = sorted([twd, eur, usd, p_a, p_b], key=lambda c: (c.doc, c.start))
    facts = [fact("f1", "money", "fine", "conflict", [[eur, usd], [twd]]),
             fact("f2", "sentence", "prison term", "agreed", [[p_a, p_b]])]
    return build(srcs, claims, facts, [conflict("x1", "f1", "high", [[eur, usd], [twd]])]), srcs
