"""quantity claims. (Stub: to be written.)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Iterable

from claimkit.extract.base import Context, Found

if TYPE_CHECKING:
    from spacy.tokens import Doc

KIND: Final = "quantity"
NAME: Final = "quantity.rules"


def find(doc: Doc, ctx: Context) -> Iterable[Found]:
    return ()
