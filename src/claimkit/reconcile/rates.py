"""Money in the base currency: MoneyClaims -> the same claims with `value.in_base` filled.

The rate band comes from the ECB reference rates over a window before the document's date
(or the bundled table for currencies the ECB does not quote); an unknown currency or a
negative amount gets a note and is not compared.

A bare "$" is US dollars unless the outlet says otherwise: a text that writes "US$" uses the
bare sign for another dollar, and an outlet in a country with its own dollar (by its url)
may mean either. Such a "$" is read from a conversion in the same sentence ("2 billion yuan
(US$280 million or $372 million)": the rate that fits names the dollar), else not compared.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from urllib.parse import urlsplit

from claimkit.normalize import fx
from claimkit.errors import PatternError, RateUnavailable
from claimkit.models import BaseAmount, Claim, Document
from claimkit.reconcile.compare import restating_gap
from claimkit.settings import Settings

# country code top-level domains of countries whose currency is also written "$"
DOLLAR_DOMAINS = {"au": "AUD", "ca": "CAD", "nz": "NZD", "sg": "SGD", "hk": "HKD", "tw": "TWD", "jm": "JMD",
                  "tt": "TTD", "bs": "BSD", "bb": "BBD", "bz": "BZD", "fj": "FJD", "gy": "GYD", "na": "NAD",
                  "lr": "LRD", "sr": "SRD", "bn": "BND"}
WIDELY_QUOTED_DOLLARS = ("AUD", "CAD", "NZD", "SGD", "HKD")  # the other dollars "$" may mean beside a "US$"
OTHER_DOLLARS = frozenset(DOLLAR_DOMAINS.values()) | frozenset(WIDELY_QUOTED_DOLLARS)
# signs several currencies share, read by default as the key (extract's "assumed" table), and the
# other currencies they may be: "Rs" (Pakistani, Sri Lankan, Nepalese rupees), "¥" (the yuan)
SHARED_SIGNS = {"INR": ("PKR", "LKR", "NPR"), "JPY": ("CNY",)}
_US_MARKED = re.compile(r"\b(?:US|U\.S\.)\s?\$", re.IGNORECASE)
_BARE = re.compile(r"(?<![A-Za-z.$])\$")
FIT_SLACK = 0.02  # a conversion printed by an outlet is rounded; its rate may be a day off the band


def with_base(claims: list[Claim], docs: dict[str, Document], settings: Settings) -> list[Claim]:
    """Money claims with in_base filled; an unknown currency gets a note instead."""
    bands: dict[tuple, fx.RateBand | str] = {}
    base = settings.base_currency.upper()
    rates = str(settings.rates_file) if settings.rates_file else None

    def band_of(currency: str, published) -> fx.RateBand | str:  # noqa: ANN001
        k = (currency, published)
        if k not in bands:
            try:
                bands[k] = fx.rate_band(currency, base, published, settings.fx_window_days, rates)
            except (RateUnavailable, PatternError) as exc:
                bands[k] = str(exc)
        return bands[k]

    claims = _which_sign(_which_dollar(claims, docs, band_of), docs, band_of)
    out: list[Claim] = []
    for c in claims:
        if c.kind != "money" or c.value.in_base is not None:  # type: ignore[union-attr]
            out.append(c)
            continue
        if c.value.low < 0:  # type: ignore[union-attr]
            out.append(c.model_copy(update={"notes": [*c.notes, "not compared: a negative amount"]}))
            continue
        if c.value.currency_source == "ambiguous":  # type: ignore[union-attr]
            out.append(c)
            continue
        doc = docs.get(c.doc)
        band = band_of(c.value.currency, doc.published if doc else None)  # type: ignore[union-attr]
        if isinstance(band, str):
            out.append(c.model_copy(update={"notes": [*c.notes, f"not comparable: {band}"]}))
            continue
        v = c.value
        in_base = BaseAmount(currency=base, low=v.low * band.low, high=v.high * band.high,  # type: ignore[union-attr]
                             rate_date=band.window, rate_source=band.source)
        out.append(c.model_copy(update={"value": v.model_copy(update={"in_base": in_base})}))
    return out


def _bare_dollar(c: Claim) -> bool:
    return (c.kind == "money" and c.value.currency == "USD"  # type: ignore[union-attr]
            and c.value.currency_source == "inferred" and bool(_BARE.search(c.text)))  # type: ignore[union-attr]


def _which_dollar(claims: list[Claim], docs: dict[str, Document], band_of) -> list[Claim]:  # noqa: ANN001
    """Bare "$" figures whose dollar the outlet leaves open, read from a conversion beside them or
    from another article that marks the same figure's dollar ("A$485 million"); those neither
    settles are marked ambiguous (never compared)."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "money":
            by_doc[c.doc].append(c)
    marked = _marked_dollars(claims)
    resolved: dict[str, Claim] = {}
    for doc_id, money in by_doc.items():
        bare = [c for c in money if _bare_dollar(c)]
        if not bare:
            continue
        doc = docs.get(doc_id)
        local = _domain_dollar(doc.url if doc else None)
        if any(_US_MARKED.search(c.text) for c in money):
            candidates = (local,) if local else WIDELY_QUOTED_DOLLARS  # "US$" beside "$": not US dollars
            why = "the text writes US dollars as 'US$'"
        elif local:
            candidates = ("USD", local)
            why = f"the outlet's country writes its own dollar as '$' ({local})"
        else:
            candidates, why = (), ""
        published = doc.published if doc else None
        for c in bare:
            beside = [o for o in money if o.sentence == c.sentence and not _bare_dollar(o)]
            cur, restated = _dollar_of(c, candidates, beside, published, band_of) if candidates else (None, None)
            same = marked.get(c.value.amount, set())  # type: ignore[union-attr]
            if restated is None and len(same) == 1:
                # "$485 million" where another article of the story writes "A$485 million": the same
                # figure, its dollar marked there (an outlet at home leaves its own dollar bare)
                (cur,) = same
                how = f"an article of the story writes the same figure in {cur}"
            else:
                how = f"it converts '{restated}' at the {cur} rate" if restated else why
            if cur is not None:
                update, note = {"currency": cur}, f"a bare '$' read as {cur}: {how}"
            elif candidates:
                update = {"currency_source": "ambiguous"}
                note = f"not compared: {why}, and no conversion beside this bare '$' tells which dollar it is"
            else:
                continue  # an outlet with no dollar of its own: "$" stays the US dollar
            resolved[c.id] = c.model_copy(update={"value": c.value.model_copy(update=update), "notes": [*c.notes, note]})
    return [resolved.get(c.id, c) for c in claims] if resolved else claims


def _which_sign(claims: list[Claim], docs: dict[str, Document], band_of) -> list[Claim]:  # noqa: ANN001
    """Figures in a sign several currencies share, read as the most common of them ("Rs" as the
    Indian rupee, "¥" as the yen), where a conversion beside one of the story's figures in that
    sign ("Rs 148 billion (about US$490 million)") does not meet that currency's rate: the story's
    sign is another of them (SHARED_SIGNS). The one whose rate meets every such conversion, if one
    does ("¥2 billion ($280 million)": the yuan), else none: its figures are not compared."""
    signed = {c.id: c for c in claims if _in_shared_sign(c)}
    if not signed:
        return claims
    by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "money" and c.id not in signed:
            by_sentence[c.doc, c.sentence].append(c)
    read: dict[str, str | None] = {}  # a default the story's conversions disprove -> what its sign is
    for c in signed.values():
        default = c.value.currency  # type: ignore[union-attr]
        if default in read:
            continue
        published = docs[c.doc].published if c.doc in docs else None
        beside = [o for o in by_sentence.get((c.doc, c.sentence), ())
                  if o.value.currency != default and restating_gap(c, o) is not None]  # type: ignore[union-attr]
        if not beside or any(_converts(c, default, o, published, band_of) for o in beside):
            continue
        fits = [cur for cur in SHARED_SIGNS[default]
                if all(_converts(c, cur, o, published, band_of) for o in beside)]
        read[default] = fits[0] if len(fits) == 1 else None
    if not read:
        return claims
    out = []
    for c in claims:
        if c.id in signed and c.value.currency in read:  # type: ignore[union-attr]
            default, cur = c.value.currency, read[c.value.currency]  # type: ignore[union-attr]
            why = f"a conversion beside a figure of the story does not meet the {default} rate"
            if cur is not None:
                update, note = {"currency": cur}, f"read as {cur}: {why}, and the {cur} rate meets it"
            else:
                update, note = {"currency_source": "ambiguous"}, f"not compared: {why}, and no other rate tells its currency"
            c = c.model_copy(update={"value": c.value.model_copy(update=update), "notes": [*c.notes, note]})
        out.append(c)
    return out


def _in_shared_sign(c: Claim) -> bool:
    return (c.kind == "money" and c.value.currency_source == "inferred"  # type: ignore[union-attr]
            and c.value.currency in SHARED_SIGNS)  # type: ignore[union-attr]


def _marked_dollars(claims: list[Claim]) -> dict[float, set[str]]:
    """The dollars other than the US one that the story's articles mark on each amount ("A$485
    million", "485 million Australian dollars")."""
    out: dict[float, set[str]] = defaultdict(set)
    for c in claims:
        v = c.value
        if c.kind == "money" and v.currency in OTHER_DOLLARS \
                and v.currency_source in ("symbol", "name"):  # type: ignore[union-attr]
            out[v.amount].add(v.currency)  # type: ignore[union-attr]
    return out


def _dollar_of(c: Claim, candidates: tuple[str, ...], beside: list[Claim], published,  # noqa: ANN001
               band_of) -> tuple[str | None, str | None]:  # noqa: ANN001
    """(the dollar `c` is in, the figure whose conversion says so), (the one candidate, None), or
    (None, None) when the outlet leaves it open."""
    # the figures beside it that some candidate converts are its restatements: the right dollar
    # converts them all ("2 billion yuan (US$280 million or $372 million)")
    fit = {(cur, o.id): _converts(c, cur, o, published, band_of) for cur in candidates for o in beside}
    restated = [o for o in beside if any(fit[cur, o.id] for cur in candidates)]
    fits = [cur for cur in candidates if restated and all(fit[cur, o.id] for o in restated)]
    if len(fits) > 1:  # rounded figures and wide rate windows let two dollars fit: the nearest, if clearly
        gaps = sorted((sum(_gap(c, cur, o, published, band_of) for o in restated), cur) for cur in fits)
        fits = [gaps[0][1]] if gaps[0][0] * 2 < gaps[1][0] else fits
    if len(fits) == 1:
        return fits[0], restated[0].text
    return (candidates[0], None) if len(candidates) == 1 else (None, None)


def _domain_dollar(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return DOLLAR_DOMAINS.get(host.rsplit(".", 1)[-1]) if host else None


def _converts(c: Claim, currency: str, other: Claim, published, band_of) -> bool:  # noqa: ANN001
    """True when `c`'s figure in `currency` and `other`'s figure meet in the base currency."""
    mine, theirs = band_of(currency, published), band_of(other.value.currency, published)  # type: ignore[union-attr]
    if isinstance(mine, str) or isinstance(theirs, str):
        return False
    v, w = c.value, other.value
    slack_v = 1.0 + v.precision + FIT_SLACK  # type: ignore[union-attr]
    slack_w = 1.0 + w.precision  # type: ignore[union-attr]
    lo, hi = v.low * mine.low / slack_v, v.high * mine.high * slack_v  # type: ignore[union-attr]
    return lo <= w.high * theirs.high * slack_w and w.low * theirs.low / slack_w <= hi  # type: ignore[union-attr]


def _gap(c: Claim, currency: str, other: Claim, published, band_of) -> float:  # noqa: ANN001
    """|log ratio| of the two figures in the base currency at the middle of their rate bands."""
    mine, theirs = band_of(currency, published), band_of(other.value.currency, published)  # type: ignore[union-attr]
    x = c.value.amount * (mine.low + mine.high) / 2  # type: ignore[union-attr]
    y = other.value.amount * (theirs.low + theirs.high) / 2  # type: ignore[union-attr]
    return abs(math.log(x / y)) if x > 0 and y > 0 else math.inf
