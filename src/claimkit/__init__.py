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
from pathlib import Path
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
    from claimkit.ingest import Source
    from claimkit.models import ExtractResult, Report
    from claimkit.settings import Settings

# The keyword arguments below are the fields of claimkit.settings.Settings, with its defaults (a
# test holds the two together); `settings=` passes a Settings object whole, and a keyword given
# beside it with another value than its default overrides that field. Errors are ClaimkitError
# subclasses (claimkit.errors): InputError for a bad path or value, OutputError, RateUnavailable...


def extract(paths: list[str], *, settings: Settings | None = None, model: str | None = None,
            time_budget: float = 30.0, jobs: int = 0, now: str | None = None,
            cache_dir: str | Path | None = None) -> ExtractResult:
    """Claims of each document under `paths` (files or directories). `model` None: $CLAIMKIT_MODEL,
    else the bundled English model."""
    from claimkit.api import extract_paths

    chosen = _settings(settings, model=model, time_budget=time_budget, jobs=jobs, now=now, cache_dir=cache_dir)
    return extract_paths(_paths(paths), chosen)


def reconcile(paths: list[str], *, settings: Settings | None = None, base_currency: str = "USD",
              rates_file: str | Path | None = None, fx_window_days: int = 365, include_regions: bool = False,
              model: str | None = None, time_budget: float = 30.0, jobs: int = 0, now: str | None = None,
              cache_dir: str | Path | None = None) -> Report:
    """Claims, facts and conflicts across every document under `paths`."""
    from claimkit.api import reconcile_paths, require_known_currency

    chosen = _settings(settings, base_currency=base_currency, rates_file=rates_file, fx_window_days=fx_window_days,
                       include_regions=include_regions, model=model, time_budget=time_budget, jobs=jobs, now=now,
                       cache_dir=cache_dir)
    return reconcile_paths(_paths(paths), require_known_currency(chosen))


def check(draft: str | Path, sources: list[str], *, published: dt.date | None = None,
          settings: Settings | None = None, base_currency: str = "USD", rates_file: str | Path | None = None,
          fx_window_days: int = 365, include_regions: bool = False, model: str | None = None,
          time_budget: float = 30.0, jobs: int = 0, now: str | None = None,
          cache_dir: str | Path | None = None) -> Report:
    """The report of `claimkit check`: a draft file against the documents under `sources`, with
    `findings`; a draft without a date is read as of `published`, else today."""
    chosen = _settings(settings, base_currency=base_currency, rates_file=rates_file, fx_window_days=fx_window_days,
                       include_regions=include_regions, model=model, time_budget=time_budget, jobs=jobs, now=now,
                       cache_dir=cache_dir)
    return _check(str(draft), sources, published, chosen)


def check_text(text: str, sources: list[str], *, published: dt.date | None = None, name: str = "draft.md",
               settings: Settings | None = None, base_currency: str = "USD", rates_file: str | Path | None = None,
               fx_window_days: int = 365, include_regions: bool = False, model: str | None = None,
               time_budget: float = 30.0, jobs: int = 0, now: str | None = None,
               cache_dir: str | Path | None = None) -> Report:
    """check() for a draft held in memory (a CMS's draft): `name` says how findings refer to it
    (its suffix picks the reader, as for a file)."""
    from claimkit.errors import InputError
    from claimkit.ingest import read_named

    if not isinstance(text, str):
        raise InputError(f"check_text: the draft must be a str, not {type(text).__name__}")
    chosen = _settings(settings, base_currency=base_currency, rates_file=rates_file, fx_window_days=fx_window_days,
                       include_regions=include_regions, model=model, time_budget=time_budget, jobs=jobs, now=now,
                       cache_dir=cache_dir)
    return _check(read_named(name, text, role="draft"), sources, published, chosen)


def _settings(given: Settings | None, **fields: Any) -> Settings:
    """A Settings from `given` and the keyword arguments that differ from Settings' defaults; a
    value Settings refuses (jobs=-1) is an InputError naming the field."""
    from claimkit.errors import InputError
    from claimkit.settings import Settings

    defaults = Settings.model_fields
    changed = {k: v for k, v in fields.items()
               if v is not None and (defaults[k].default_factory is not None or v != defaults[k].default)}
    if given is None:
        return Settings.checked(**changed)
    if not isinstance(given, Settings):
        raise InputError(f"settings: a claimkit.settings.Settings, not {type(given).__name__}")
    return Settings.checked(**{**given.model_dump(), **changed})  # validated, unlike model_copy(update=...)


def _paths(paths: list[str] | str | Path) -> list[str]:
    """A list of paths; a lone path is taken as one (a str would otherwise be read letter by letter)."""
    return [str(paths)] if isinstance(paths, (str, Path)) else [str(p) for p in paths]


def _check(draft: str | Source, sources: list[str], published: dt.date | None, settings: Settings) -> Report:
    from claimkit.api import require_known_currency
    from claimkit.check import check_paths
    from claimkit.errors import InputError

    if published is not None and not isinstance(published, dt.date):
        raise InputError(f"published {published!r}: a datetime.date (datetime.date(2025, 4, 22))")
    return check_paths(draft, _paths(sources), require_known_currency(settings), published=published)
