"""claimkit: extract the claims in several sources on one story, and reconcile them.

    >>> import claimkit
    >>> report = claimkit.reconcile(["seeds/"])          # doctest: +SKIP
    >>> [c.summary for c in report.conflicts]             # doctest: +SKIP

Heavy parts (spaCy, pint, the rate tables) load on first use, not at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "reconcile"]

# The subpackage claimkit.extract shares the name of the function below. Importing it first, and
# defining the function after, keeps `claimkit.extract` the function: a later import of a submodule
# (claimkit.extract.money) does not rebind an already imported package. The subpackage is light.
from claimkit import extract as _extract_package  # noqa: E402,F401  isort: skip

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
