"""The one pint unit registry of the process, built on first use.

pint refuses to mix quantities of two registries, so every stage that needs
units (quantity, sentence, duration, reconcile) goes through `get_ureg()`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint


@functools.cache
def get_ureg() -> pint.UnitRegistry:
    """The shared registry: get_ureg().Quantity(5, "km").to_base_units() -> 5000 meter."""
    import pint

    # pint's disk cache has had stale-file bugs; building takes ~0.3 s once per process
    ureg = pint.UnitRegistry(on_redefinition="ignore")
    # pint's furlong is the US survey one; racing's (and Britain's) is an eighth of the international mile,
    # so that "3 miles 1½ furlongs" is 25.5 furlongs, not 25.49995
    ureg.define("furlong = mile / 8")
    return ureg
