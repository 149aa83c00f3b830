"""claimkit's exceptions. Each also derives from the matching builtin, as in pint.

ClaimkitError
  InputError(ValueError)        -> exit 2: unreadable path, empty directory, bad flag value
  OutputError(OSError)          -> exit 2: a report path that cannot be written
  PatternError(ValueError)      a bad pattern or data file shipped with claimkit
  RateUnavailable(LookupError)  no exchange rate for a currency pair and date
"""


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
