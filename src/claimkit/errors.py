"""claimkit's exceptions. Each also derives from the matching builtin, as in pint.

ClaimkitError
  InputError(ValueError)        -> exit 2: unreadable path, empty directory, bad flag value
  OutputError(OSError)          -> exit 2: a report path that cannot be written
  PatternError(ValueError)      a bad pattern or data file shipped with claimkit
  RateUnavailable(LookupError)  no exchange rate for a currency pair and date
"""

from typing import Iterable


class ClaimkitError(Exception):
    """Base of every error claimkit raises on purpose."""


class InputError(ClaimkitError, ValueError):
    """Input the user gave cannot be used; the message names the path or flag."""


class OutputError(ClaimkitError, OSError):
    """A report cannot be written where the user asked."""


class PatternError(ClaimkitError, ValueError):
    """A pattern or data table shipped with claimkit is malformed."""


class RateUnavailable(ClaimkitError, LookupError):
    """No rate is known for a currency pair: the amounts are not comparable."""


def nearest(value: str, choices: Iterable[str], cutoff: float = 0.6, fold: bool = False) -> str | None:
    """The choice closest to a mistyped `value`, for a "did you mean ...?" hint, or None when none
    is near; `fold` compares without case ('ck3o1' is near CK301) and returns the choice as given."""
    import difflib

    by_key = {(c.lower() if fold else c): c for c in choices}
    near = difflib.get_close_matches(value.lower() if fold else value, list(by_key), n=1, cutoff=cutoff)
    return by_key[near[0]] if near else None
