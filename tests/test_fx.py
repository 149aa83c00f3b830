"""Rate bands: ECB series, the bundled annual table, the --rates override, unknown currencies."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from claimkit.normalize import fx
from claimkit.errors import RateUnavailable
from claimkit.models import MoneyValue

D = dt.date(2025, 4, 25)


@pytest.mark.parametrize(
    "cur, base, published, inside, outside",
    [
        ("EUR", "USD", dt.date(2025, 12, 31), 1.10, 1.25),  # 2025: EUR/USD about 1.02-1.18
        ("EUR", "USD", D, 1.10, 1.20),
        ("USD", "EUR", D, 1 / 1.10, 1.0),
        ("GBP", "EUR", dt.date(2024, 8, 26), 1 / 0.84645, 1.30),  # 0.84645 GBP/EUR on 2024-08-26
        ("TWD", "USD", D, 1 / 32.5, 1 / 25),  # bundled table: about 30-33 TWD per USD
        ("RUB", "USD", dt.date(2022, 3, 23), 1 / 104.0, 1 / 45),  # ECB until March 2022, then the table
        ("AED", "USD", D, 1 / 3.6725, 1 / 3.5),
        ("USD", "USD", None, 1.0, 1.1),
    ],
)
def test_band_contains_known_rate(cur, base, published, inside, outside):
    band = fx.rate_band(cur, base, published)
    assert band.low <= inside <= band.high
    assert not band.low <= outside <= band.high


def test_twd_comes_from_bundled_table():
    band = fx.rate_band("TWD", "USD", D)
    assert "rates.json" in band.source
    assert band.window == "2024-04-25..2025-04-25"


def test_undated_window_is_last_five_years():
    band = fx.rate_band("EUR", "USD", None)
    start, end = band.window.split("..")
    assert not band.dated
    assert int(end[:4]) - int(start[:4]) == 5


def test_override_file_wins(tmp_path):
    path = tmp_path / "rates.json"
    path.write_text(json.dumps({"_source": "test", "TWD": {"2025": [10.0, 10.0]}, "XYZ": {"2025": [2.0, 4.0]}}))
    band = fx.rate_band("TWD", "USD", dt.date(2025, 6, 1), rates_file=path)
    assert band.low == pytest.approx(0.1) and band.high == pytest.approx(0.1)
    assert band.source == "rates.json"
    xyz = fx.rate_band("XYZ", "USD", dt.date(2025, 6, 1), rates_file=path)
    assert (xyz.low, xyz.high) == pytest.approx((0.25, 0.5))


@pytest.mark.parametrize("cur, published", [("XYZ", D), ("TWD", dt.date(1990, 1, 1)), ("BTC", None)])
def test_unknown_currency_raises(cur, published):
    with pytest.raises(RateUnavailable):
        fx.rate_band(cur, "USD", published)


def test_to_base_interval():
    value = MoneyValue(amount=500_000, currency="EUR", low=500_000, high=500_000)
    base = fx.to_base(value, "USD", D)
    assert base.currency == "USD" and base.rate_source == "ECB"
    assert base.low <= 550_000 <= base.high
    assert 500_000 < base.low and base.high < 600_000


@pytest.mark.parametrize("cur", ["EUR", "ISK", "JPY"])
@pytest.mark.parametrize("after", [40, 300, 700])
def test_a_day_past_the_table_takes_a_whole_window_before_its_last_day(cur, after):
    """The rates since the table's last day are unknown: the band is that of the window before it,
    never that of the few weeks the table shares with the article's own window (or of none)."""
    last = fx.ecb_last_date()
    band = fx.rate_band(cur, "USD", last + dt.timedelta(days=after))
    known = fx.rate_band(cur, "USD", last)
    assert (band.low, band.high) == pytest.approx((known.low, known.high))
