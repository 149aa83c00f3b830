"""Fixed expressions that hold a figure and a unit but measure nothing: 'the whole nine yards', 'my
two cents', 'Rome wasn't built in a day'. A claim inside one is no claim (`idiom_spans`).

The table lists whole expressions, not their words: 'a dollar short' alone, or 'nine yards' of
fabric, are still read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from claimkit.extract.base import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

IDIOMS: Final = (
    r"the\s+whole\s+nine\s+yards",
    r"a\s+(?:ten|10)[\s-]foot\s+pole",
    r"a\s+day\s+late\s+and\s+a\s+dollar\s+short",
    r"an\s+ounce\s+of\s+prevention\s+is\s+worth\s+a\s+pound\s+of\s+cure",
    r"(?:my|his|her|their|our|your)\s+two\s+cents(?:'?\s+worth)?",
    r"a\s+dime\s+a\s+dozen",
    r"(?:wasn't|was\s+not|isn't|is\s+not)\s+built\s+in\s+a\s+day",
    r"a\s+nine[\s-]day\s+wonder",
    r"(?:go|goes|going|went|gone)\s+the\s+extra\s+mile",
    r"in\s+a\s+new\s+york\s+minute",
    r"(?:the\s+)?seven[\s-]year\s+itch",
    r"a\s+million\s+miles\s+(?:away|from)",
    r"a\s+picture\s+is\s+worth\s+a\s+thousand\s+words",
    r"(?:give|gives|gave|giving|given)\s+(?:it\s+)?(?:110|a\s+hundred\s+and\s+ten)\s*(?:%|per\s?cent)",
    r"(?:a\s+)?pint[\s-]sized?",  # small, of a person or a thing
)
# a first word any idiom needs, read before the table's regex runs over a text
_WORDS: Final = re.compile(r"\b(?:nine|foot|dollar|ounce|cents|dime|built|extra|minute|itch|million|picture|110|ten|"
                           r"pint)\b", re.IGNORECASE)
_IDIOM: Final = re.compile(r"\b(?:" + "|".join(IDIOMS) + r")\b", re.IGNORECASE)


def idiom_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of the fixed expressions in the doc's text."""
    text = doc_text(doc)
    if _WORDS.search(text) is None:
        return []
    return [m.span() for m in _IDIOM.finditer(text)]
