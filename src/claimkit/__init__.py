"""claimkit: extract the claims in several sources on one story, and reconcile them.

    >>> import claimkit
    >>> report = claimkit.reconcile(["seeds/"])          # doctest: +SKIP
    >>> [c.summary for c in report.conflicts]             # doctest: +SKIP

Heavy parts (spaCy, pint, the rate tables) load on first use, not at import.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from claimkit.version import __version__

__all__ = ["__version__", "extract", "reconcile"]


class _Package(types.ModuleType):
    """The subpackages claimkit.extract and claimkit.reconcile share their names with the API
    functions below; importing one would rebind `claimkit.extract` or `claimkit.reconcile` to the
    module (the first `claimkit.reconcile(...)` imports the subpackage, and a second call found a
    module). The functions stay; the subpackages are reached as `from claimkit.reconcile import
    ...` or importlib, through sys.modules."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _API_NAMES and isinstance(value, types.ModuleType) and callable(self.__dict__.get(name)):
            return
        super().__setattr__(name, value)


_API_NAMES = frozenset({"extract", "reconcile"})
sys.modules[__name__].__class__ = _Package

if TYPE_CHECKING:
    from claimkit.models import ExtractResult, Report


def extract(paths: list[str], **settings: Any) -> ExtractResult:
    """Claims of each document under `paths` (files or directories)."""
    from claimkit.api import extract_paths
    from claimkit.settings import Settings

    return extract_paths([str(p) for p in paths], Settings(**settings))


def reconcile(paths: list[str], **settings: Any) -> Report:
    """Claims, facts and conflicts across every document under `paths`."""
    from claimkit.api import reconcile_paths
    from claimkit.settings import Settings

    return reconcile_paths([str(p) for p in paths], Settings(**settings))
