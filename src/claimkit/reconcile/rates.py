"""Money in the base currency: MoneyClaims -> the same claims with `value.in_base` filled.

The rate band comes from the ECB reference rates over a window before the document's date
(or the bundled table for currencies the ECB does not quote); an unknown currency or a
negative amount gets a note and is not compared.
"""

from __future__ import annotations

from claimkit import fx
from claimkit.errors import PatternError, RateUnavailable
from claimkit.models import BaseAmount, Claim, Document
from claimkit.settings import Settings


def with_base(claims: list[Claim], docs: dict[str, Document], settings: Settings) -> list[Claim]:
    """Money claims with in_base filled; an unknown currency gets a note instead."""
    bands: dict[tuple, fx.RateBand | str] = {}
    out: list[Claim] = []
    base = settings.base_currency.upper()
    rates = str(settings.rates_file) if settings.rates_file else None
    for c in claims:
        if c.kind != "money" or c.value.in_base is not None:  # type: ignore[union-attr]
            out.append(c)
            continue
        if c.value.low < 0:  # type: ignore[union-attr]
            out.append(c.model_copy(update={"notes": [*c.notes, "not compared: a negative amount"]}))
            continue
        doc = docs.get(c.doc)
        published = doc.published if doc else None
        k = (c.value.currency, published)  # type: ignore[union-attr]
        if k not in bands:
            try:
                bands[k] = fx.rate_band(k[0], base, published, settings.fx_window_days, rates)
            except (RateUnavailable, PatternError) as exc:
                bands[k] = str(exc)
        band = bands[k]
        if isinstance(band, str):
            out.append(c.model_copy(update={"notes": [*c.notes, f"not comparable: {band}"]}))
            continue
        v = c.value
        in_base = BaseAmount(currency=base, low=v.low * band.low, high=v.high * band.high,  # type: ignore[union-attr]
                             rate_date=band.window, rate_source=band.source)
        out.append(c.model_copy(update={"value": v.model_copy(update={"in_base": in_base})}))
    return out
