"""claimkit: extract the claims in several sources on one story, and reconcile them.

    >>> import claimkit
    >>> report = claimkit.reconcile(["seeds/"])          # doctest: +SKIP
    >>> [c.summary for c in report.conflicts]             # doctest: +SKIP

Heavy parts (spaCy, pint, the rate tables) load on first use, not at import.
"""

from __future__ import annotations

import datetime as dt
import sys
import types
from typing import TYPE_CHECKING, Any

from claimkit.version import __version__

__all__ = ["__version__", "check", "check_text", "extract", "reconcile"]


class _Package(types.ModuleType):
    """The modules claimkit.extract, claimkit.reconcile and claimkit.check share their names with the API
    functions below; importing one would rebind `claimkit.extract` or `claimkit.reconcile` to the
    module (the first `claimkit.reconcile(...)` imports the subpackage, and a second call found a
    module). The functions stay; the subpackages are reached as `from claimkit.reconcile import
    ...` or importlib, through sys.modules."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _API_NAMES and isinstance(value, types.ModuleType) and callable(self.__dict__.get(name)):
            return
        super().__setattr__(name, value)


_API_NAMES = frozenset({"extract", "reconcile", "check"})
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


def check(draft: str, sources: list[str], *, published: dt.date | None = None, **settings: Any) -> Report:
    """The report of `claimkit check`: a draft file against the documents under `sources`, with
    `findings`; a draft without a date is read as of `published`, else today."""
    return _check(str(draft), sources, published, settings)


def check_text(text: str, sources: list[str], *, published: dt.date | None = None, name: str = "draft.md",
               **settings: Any) -> Report:
    """check() for a draft held in memory (a CMS's draft): `name` says how findings refer to it
    (its suffix picks the reader, as for a file)."""
    from claimkit.ingest import load_text

    return _check(load_text(text, name, role="draft"), sources, published, settings)


def _check(draft: Any, sources: list[str], published: dt.date | None, settings: dict[str, Any]) -> Report:
    from claimkit.check import check_drafts
    from claimkit.settings import Settings

    reports, _ = check_drafts([draft], [str(p) for p in sources], Settings(**settings), published=published)
    return reports[0]
