"""Normalize: figures -> comparable amounts: quantities in base units, money as rate bands.

    units.py   the one pint registry of the process: "5 km" -> 5000 meter
    fx.py      exchange-rate bands: (currency, base, document date) -> [low, high] units of base

Not a pass over the claims but the conversions two stages share: extract reads quantities and
spans of time into base units through `units`, reconcile puts money in the base currency through
`fx`. It imports only the records and errors, so both may import it. Tables load on first use.
"""
