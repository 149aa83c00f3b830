"""Numbers as newsrooms print them -> float plus the precision they imply.

"500,000" -> 500000; "5.2 million" -> 5.2e6 (±1%); "2.417.305.118,62" and
"41,3 million" (European grouping and decimal comma); "2,415.08 crore";
"twenty-five"; "a dozen"; "5m", "1.2bn", "500k".
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Final

from claimkit.extract.dates_words import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

SCALES: Final[dict[str, float]] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "grand": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "m": 1e6, "mil": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12, "trln": 1e12, "tln": 1e12, "t": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
    "ribu": 1e3, "rb": 1e3, "juta": 1e6,  # Indonesian and Malay copy: "Rp 85 ribu", "Rp15rb", "Rp 1,2 juta"
}
# "lakh crore", "thousand crore": Indian copy stacks these under crore
STACKED_UNDER_CRORE: Final = frozenset({"lakh", "lakhs", "thousand", "hundred"})
# one-letter scales only count glued to a digit ("5m", "$1B"), never as words
LETTER_SCALES: Final = frozenset({"k", "m", "b", "t"})

UNITS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
OTHER_WORDS: Final[dict[str, float]] = {"a": 1, "an": 1, "dozen": 12, "dozens": 12, "half": 0.5, "score": 20}
NUMBER_WORDS: Final = frozenset(UNITS) | frozenset(TENS) | {"hundred", "dozen", "half"}
DASHES: Final = frozenset({"-", "–", "—", "‑"})
SIGN_WORDS: Final = frozenset({"minus", "negative"})  # "minus 3 million euros", "minus 5 degrees"
FRACTIONS: Final[dict[str, float]] = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
# a fraction character as a cook or a shop writes it -> the slash form readers know: "⅓" -> "1/3"
VULGAR_FRACTIONS: Final[dict[str, str]] = {
    ch: f"{f.numerator}/{f.denominator}" for ch in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
    for f in [Fraction(unicodedata.numeric(ch)).limit_denominator(8)]}

_DIGITS = re.compile(
    r"""^(?P<sign>[-−])?
        (?: (?P<us>\d{1,3}(?:,\d{3})+(?:\.\d+)?)          # 1,234,567.89
          | (?P<eu>\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?         # 1.234.567,89 (one dot group alone
                 | \d{1,3}\.\d{3},\d+)                   # is an English decimal: "$1.125")
          | (?P<in>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?)    # 1,33,77,600 (Indian grouping)
          | (?P<thin>\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?)  # 1 234 567
          | (?P<comma_dec>\d+,\d{1,2})                     # 68,7  (decimal comma)
          | (?P<plain>\d*\.?\d+)
        )$""",
    re.VERBOSE,
)
# one glued token -> pieces: "NT$1.2bn" -> NT$ | 1.2 | bn; "5m-€10" -> 5 | m | - | € | 10
_PIECES = re.compile(
    r"""(?P<num>\d(?:[\d.,]*\d)?)      # digits with their separators
      | (?P<dash>[-–—‑])               # a range dash inside a token
      | (?P<other>[^\d\-–—‑]+)         # symbol, code, unit or scale letters
    """,
    re.VERBOSE,
)
_APOSTROPHE_GROUPS = re.compile(r"(?<=\d)['\u2019](?=\d{3}(?!\d))")
_GLUED = re.compile(r"^(?P<num>[\d.,]+)(?P<scale>[a-zA-Z]+)$")


@dataclass(frozen=True)
class Number:
    value: float
    precision: float  # relative half-width the written form implies (0 for exact)


# words right after a figure -> qualifier ("$5 million or more" is at_least)
TRAILING_QUALIFIERS: Final[dict[tuple[str, ...], str]] = {
    ("or", "more"): "at_least", ("or", "above"): "at_least", ("or", "higher"): "at_least",
    ("or", "over"): "at_least", ("plus",): "at_least", ("-plus",): "at_least",
    ("or", "less"): "at_most", ("or", "fewer"): "at_most", ("or", "below"): "at_most", ("or", "under"): "at_most",
    ("at", "most"): "at_most", ("at", "the", "most"): "at_most", ("at", "least"): "at_least",  # "$15 at most"
    ("max",): "at_most", ("maximum",): "at_most", ("minimum",): "at_least",  # "20 minutes max"
    ("or", "so"): "approx",  # "a week or so", "$5 or so"
}


def trailing_qualifier(words: list[str]) -> str | None:
    """The qualifier the words after a figure add: ['or', 'more'] -> 'at_least'."""
    for n in (3, 2, 1):
        if tuple(words[:n]) in TRAILING_QUALIFIERS:
            return TRAILING_QUALIFIERS[tuple(words[:n])]
    return None


def split_pieces(texts: list[str]) -> list[str]:
    """Token texts -> pieces a reader can classify: ['NT$1.2bn'] -> ['NT$', '1.2', 'bn']; ['forty', '-', 'five'] -> ['forty-five']."""
    out: list[str] = []
    for p in texts:
        p = _APOSTROPHE_GROUPS.sub(",", p)  # "1'250.00": Swiss grouping of thousands
        parts = [m.group() for m in _PIECES.finditer(p)] if any(c.isdigit() or c in VULGAR_FRACTIONS for c in p) \
            else [p]  # "½-inch" too
        out.extend(x for x in parts if x.strip())
    out = _counted_words(out)
    joined: list[str] = []
    for p in out:
        if len(joined) >= 2 and joined[-1] in DASHES and joined[-2].lower() in TENS and p.lower() in UNITS:
            joined[-2:] = [joined[-2] + "-" + p]
        elif p.lower() == "odd" and joined and (joined[-1][:1].isdigit() or joined[-1] in DASHES
                                                 or joined[-1].lower() in ("hundred", "thousand")):
            # "40-odd", "two hundred odd": about that (bound_of says so)
            joined = joined[:-1] if joined[-1] in DASHES else joined
        else:
            joined.append(p)
    return joined


# words that count before a unit: "a couple of bucks", "a dozen miles", "half a dozen litres"
_COUNTED = {("half", "a", "dozen"): "6", ("a", "dozen"): "12", ("a", "couple", "of"): "2", ("a", "couple"): "2"}


def _counted_words(pieces: list[str]) -> list[str]:
    """['a', 'couple', 'of', 'bucks'] -> ['2', 'bucks']; ['half', 'a', 'dozen', 'litres'] -> ['6', 'litres']
    (about two: bound_of reads "couple")."""
    low = [p.lower() for p in pieces]
    for words, figure in _COUNTED.items():
        if tuple(low[:len(words)]) == words and len(pieces) > len(words):
            return [figure, *pieces[len(words):]]
    return pieces


def parse_digits(text: str) -> float | None:
    """'1,234.5' / '1.234,5' / '68,7' / '1,33,776' -> float, else None."""
    raw = _plain(text)
    return None if raw is None else float(raw)


def _plain(text: str) -> str | None:
    """The digits of a written number in Python's notation: '1.234,5' -> '1234.5'."""
    m = _DIGITS.match(text.strip())
    if not m:
        return None
    sign = "-" if m.group("sign") else ""
    if m.group("us") or m.group("in"):
        raw = (m.group("us") or m.group("in")).replace(",", "")
    elif m.group("eu"):
        raw = m.group("eu").replace(".", "").replace(",", ".")
    elif m.group("thin"):
        raw = re.sub(r"[\u00a0\u202f ]", "", m.group("thin")).replace(",", ".")
    elif m.group("comma_dec"):
        raw = m.group("comma_dec").replace(",", ".")
    else:
        raw = m.group("plain")
    return sign + raw


def parse_words(words: list[str]) -> float | None:
    """['twenty', 'five'] -> 25; ['one', 'hundred', 'and', 'two'] -> 102; else None."""
    total = current = 0.0
    seen = False
    for w in words:
        w = w.lower().strip(",")
        if w in ("and", ""):
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif "-" in w and all(p in UNITS or p in TENS for p in w.split("-")):
            current += sum(UNITS.get(p, TENS.get(p, 0)) for p in w.split("-"))
        elif w in OTHER_WORDS and not seen:
            current += OTHER_WORDS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in SCALES and w not in LETTER_SCALES:
            total += max(current, 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def implied_precision(digits: str, scale: float = 1.0) -> float:
    """Half a unit of the last significant written digit, relative: '5 million' -> 0.1, '5.2 million' -> ~0.01.

    Integers written without a scale word are taken as exact below 10,000 ("12 charges").
    """
    plain = _plain(digits.strip().lstrip("-−"))
    if plain is None or not float(plain):
        return 0.0
    value = float(plain)
    if scale == 1.0 and value < 10_000 and "." not in plain:
        return 0.0
    if "." in plain:
        decimals = len(plain.split(".")[-1])
        step = 10.0 ** -decimals
    else:
        stripped = plain.rstrip("0")
        step = 10.0 ** (len(plain) - len(stripped))
    return min(0.5 * step / value, 0.1)


def parse_number(text: str) -> Number | None:
    """A number as written, digits and/or words, with an optional scale: '5.2 million' -> 5.2e6 ±1%."""
    t = text.strip().replace("\u2009", " ")
    t = re.sub(r"(?<=\d)\s+(?=\d{3}\b)", "\u00a0", t)
    parts = t.split(" ")
    if parts and parts[0].lower() in ("a", "an") and len(parts) > 1:
        parts = parts[1:]  # "a dozen", "a million"
    if not parts or not parts[0]:
        return None
    glued = _GLUED.match(parts[-1])
    scale = 1.0
    if len(parts) >= 3 and parts[-1].lower() in ("crore", "crores") and parts[-2].lower() in STACKED_UNDER_CRORE:
        scale = SCALES["crore"]  # "45 lakh crore" (Indian budgets) is 45 x 1e5 x 1e7
        parts = parts[:-1]
    if len(parts) >= 2 and parts[-1].lower() in SCALES and parts[-1].lower() not in LETTER_SCALES \
            and not any(p.lower() in SCALES for p in parts[:-1]):  # "one thousand five hundred" is read whole
        scale *= SCALES[parts[-1].lower()]
        parts = parts[:-1]
    elif glued and glued.group("scale").lower() in SCALES:
        scale = SCALES[glued.group("scale").lower()]
        parts = parts[:-1] + [glued.group("num")]
    if len(parts) == 1:
        value = parse_digits(parts[0])
        if value is not None:
            # "$" followed by 400 nines is text, not a figure: never hand on inf
            scaled_value = float(f"{value * scale:.15g}")  # "4.1 million" is 4100000, not 4099999.9999999995
            return Number(scaled_value, implied_precision(parts[0], scale)) if math.isfinite(scaled_value) else None
    value = parse_words(parts)
    if value is None:
        return None
    # "a million", "five thousand": a round word figure is as vague as "5 million"
    scaled = scale >= 1e3 or SCALES.get(parts[-1].lower(), 0) >= 1e3  # not "one thousand five hundred"
    return Number(value * scale, 0.1 if scaled else 0.0)


def spoken_decimal(span: Span) -> tuple[Span, list[str]]:
    """'[fifteen point] five percent' -> ('fifteen point five percent', ['15.5', 'percent']); also
    '[14-point-]28 trillion won' as broadcast transcripts write it.

    The ruler matches figures made of number tokens, so a spoken decimal reaches it cut after
    "point" ("five percent", "three billion dollars"); widen it, or leave the span as it is.
    """
    doc, i = span.doc, span.start
    texts = [t.text for t in span]
    point = i - 1 - (i > 0 and doc[i - 1].text in DASHES)  # "14-point-28": hyphens around "point"
    if point < 1 or doc[point].lower_ != "point":
        return span, texts
    whole_end = point - (doc[point - 1].text in DASHES)
    if whole_end < 1 or not doc[whole_end - 1].like_num:
        return span, texts
    start = whole_end
    while start > 0 and (_digit_text(doc[start - 1].text) or _is_word(doc[start - 1].lower_)):
        start -= 1
    left = [t.text for t in doc[start:whole_end]]
    if not left:
        return span, texts
    whole = parse_digits(left[0]) if len(left) == 1 and left[0].isdigit() else parse_words(left)
    n = 0
    while n < len(texts) and (n == 0 and texts[n].isdigit() or UNITS.get(texts[n].lower(), 10) < 10):
        n += 1  # decimals are read digit by digit: "point three five"
    if whole is None or n == 0:
        return span, texts
    decimals = "".join(t if t.isdigit() else str(UNITS[t.lower()]) for t in texts[:n])
    return doc[start:span.end], [f"{int(whole)}.{decimals}"] + texts[n:]


def spoken_fraction(span: Span) -> tuple[Span, list[str]]:
    """'[one and a half] million dollars' -> ('one and a half million dollars', ['1.5', 'million', 'dollars']).

    The ruler needs a number token before the scale word, and "half" is none; else the span as it is.
    """
    doc, i = span.doc, span.start
    texts = [t.text for t in span]
    if i == 0 or span[0].lower_ not in SCALES or span[0].lower_ in LETTER_SCALES or doc[i - 1].lower_ not in FRACTIONS:
        return span, texts
    value, start = FRACTIONS[doc[i - 1].lower_], i - 1
    if start > 0 and doc[start - 1].lower_ in ("a", "an"):
        start -= 1  # "a half million"
    if start > 1 and doc[start - 1].lower_ == "and" and doc[start - 2].like_num:
        first = start - 2
        if first > 1 and doc[first - 1].text in DASHES and doc[first - 2].lower_ in TENS:
            first -= 2  # "thirty-four and a half million": the tens before the hyphen too
        whole = parse_number(doc[first:start - 1].text)  # "one and a half million"
        if whole is None:
            return span, texts
        value, start = value + whole.value, first
    return doc[start:span.end], [f"{value:g}"] + texts


HUNDREDS_AND_UP: Final = frozenset({"hundred", "thousand", "million", "billion"})


def joins_hundreds(before: str, word: str) -> bool:
    """'and' inside a number told in words ('two hundred and fifty'): no range, no list."""
    return word.lower() == "and" and before.lower() in HUNDREDS_AND_UP


def compound_before(span: Span) -> Span:
    """'two hundred and [fifty pounds]', 'one [hundred and twenty minutes]': a number told in words
    with "and" after its hundreds is one figure, but the ruler's span starts inside it; the span
    widened to the whole number, else the span as it is."""
    doc, i = span.doc, span.start
    first = span[0].lower_
    if first in HUNDREDS_AND_UP:
        k = i  # "one [hundred and twenty ...]"
    elif i >= 2 and doc[i - 1].lower_ == "and" and doc[i - 2].lower_ in HUNDREDS_AND_UP and _is_word(first):
        k = i - 2  # "two hundred and [fifty pounds]"
    else:
        return span
    while k > 0 and (_is_word(doc[k - 1].lower_) or doc[k - 1].lower_ in HUNDREDS_AND_UP):
        k -= 1
    if k > 0 and doc[k - 1].lower_ in ("a", "an") and doc[k].lower_ in HUNDREDS_AND_UP:
        k -= 1  # "a hundred and fifty"
    return doc[k:span.end] if k < i else span


# words before a bare "hundred" or "thousand" that say how many only roughly: "a few hundred
# dollars", "several thousand people" hold no figure to compare
VAGUE_MULTIPLES: Final = frozenset({"few", "several", "many"})


def multiple_before(span: Span) -> tuple[Span, float | None]:
    """A figure that starts on a bare scale word, times what stands before it: 'a couple (of)
    [hundred bucks]' -> (the whole span, 2); 'a few [hundred dollars]', 'several [thousand
    people]' -> (span, None): no figure at all (the scale alone would read 100); else (span, 1)."""
    doc, i = span.doc, span.start
    if span[0].lower_ not in HUNDREDS_AND_UP:
        return span, 1.0
    k = i - 2 if i >= 2 and doc[i - 1].lower_ == "of" else i - 1
    word = doc[k].lower_ if k >= 0 else ""
    if word == "couple":
        start = k - 1 if k > 0 and doc[k - 1].lower_ == "a" else k
        return doc[start:span.end], 2.0
    return (span, None) if word in VAGUE_MULTIPLES else (span, 1.0)


def fraction_before(span: Span) -> tuple[Span, float]:
    """'[half] a million dollars' -> (whole span, 0.5); '[three quarters of] a billion' and '[two-thirds
    of] a million' -> 0.75, 2/3; else (span, 1)."""
    doc, i = span.doc, span.start
    if i == 0 or span[0].lower_ not in ("a", "an", "one"):
        return span, 1.0
    if doc[i - 1].lower_ == "half":
        return doc[i - 1:span.end], 0.5  # "half a million"
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_.rstrip("s") not in FRACTIONS:
        return span, 1.0
    word, start = doc[i - 2].lower_, i - 2
    part = FRACTIONS[word.rstrip("s")]
    before = doc[start - 1] if start > 0 else None
    if word.endswith("s"):  # "three quarters of", "three-quarters of": the count is needed
        count_at = start - 2 if before is not None and before.text in DASHES and start > 1 else start - 1
        n = parse_words([doc[count_at].text]) if count_at >= 0 else None
        if n is None or n >= 4:
            return span, 1.0
        return doc[count_at:span.end], part * n
    if before is not None and before.lower_ in ("a", "an", "one"):
        start -= 1  # "a quarter of a billion"
    return doc[start:span.end], part


def _digit_text(text: str) -> bool:
    return text.isdigit() and len(text) <= 3


def _is_word(w: str) -> bool:
    return w in UNITS or w in TENS or w == "hundred" or "-" in w and all(p in UNITS or p in TENS for p in w.split("-"))


_FUNCTION_POS: Final = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART", "PRON"})
NAMED_SCALES: Final = frozenset({"celsius", "fahrenheit", "kelvin", "c", "f"})  # capitalised by nature
_DATE_NAMES: Final = frozenset(MONTHS) | frozenset(WEEKDAYS)


def in_a_title(span: Span) -> bool:
    """'500 Days of Summer', 'play Thirty Seconds to Mars', 'Three Mile Island': a figure and its unit
    capitalised, with the name going on after them, inside a sentence that is not itself in title case
    (a headline capitalises every measure) name a work, a band or a place, not a measure."""
    doc = span.doc
    if _capital_article_before(span) and span.end < len(doc) and doc[span.end].is_title and doc[span.end].is_alpha \
            and doc[span.end].lower_.rstrip(".") not in _DATE_NAMES and not _headline(span):
        return True  # "who hosted The $64,000 Question": "The", the figure and a capitalised noun name a work
    unit = span[-1]
    figure = next((t for t in span if t.like_num or t.text[:1].isdigit()), None)
    if figure is None or not unit.is_title or unit.i == figure.i or not (figure.is_title or figure.text[:1].isdigit()) \
            or unit.lower_ in NAMED_SCALES or not any(ch in "aeiouy" for ch in unit.lower_):
        return False  # "degrees Celsius", "100 Mbps": a scale's name or an abbreviation, capitalised as written
    worded = figure.is_alpha and not figure.is_sent_start  # "is Seven Pounds a sad film?": words in capitals
    # a capital unit in the singular after a plural figure ("50 Cent"), or after a verb that plays or
    # shows a work ("play 500 Miles by the Proclaimers", "watch 28 Days Later"): a name
    singular = figure.text[:1].isdigit() and len(unit.text) > 3 and unit.lower_ not in SCALES \
        and not unit.lower_.endswith("s") and parse_digits(figure.text) not in (None, 1.0)
    played = _played(doc, span.start)
    if not _name_goes_on(doc, span.end) and not _name_began_before(doc, span.start) and not worded and not singular \
            and not played:
        return False  # "got 40 Kilograms on Monday": a measure, however it is capitalised
    return not _headline(span)


def _headline(span: Span) -> bool:
    """The figure's sentence capitalises a function word outside the figure and its article: "Firm
    Fined For 3 Years Of Delays" (not "The" of "The Hundred-Foot Journey")."""
    doc = span.doc
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    article = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
    return any(t.is_title and not t.is_sent_start and t.pos_ in _FUNCTION_POS and not article <= t.i < span.end
               for t in sent)


def _capital_article_before(span: Span) -> bool:
    """'The' in capitals right before the figure, inside its sentence: the first word of a title."""
    return span.start > 0 and span.doc[span.start - 1].text == "The" and not span.doc[span.start - 1].is_sent_start


# verbs whose object is a work by its title: a song, a film, a show
_PLAYING_VERBS: Final = frozenset({"play", "playing", "played", "watch", "watching", "watched", "stream", "streaming",
                                   "queue", "shuffle", "rewatch"})


def _played(doc: Doc, i: int) -> bool:
    """The figure right after a verb that plays or shows a work (an article between them allowed)."""
    k = i - 1 if i > 0 and doc[i - 1].lower_ in ("a", "the") and doc[i - 1].is_title else i
    return k > 0 and doc[k - 1].lower_ in _PLAYING_VERBS


def _name_goes_on(doc: Doc, i: int) -> bool:
    """A capitalised word at `i`, or after one small word ('of Summer', 'to Mars'), that is no month or
    weekday: the name the figure and unit began goes on ('Nine Inch Nails', '500 Days of Summer')."""
    for k in (i, i + 1):
        if k >= len(doc):
            return False
        t = doc[k]
        if t.is_title and t.is_alpha and t.lower_.rstrip(".") not in _DATE_NAMES:
            return True
        if k == i and t.lower_ not in ("of", "to", "in", "on", "and", "the", "from"):
            return False
        if k == i + 1 and t.like_num and k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].is_alpha \
                and doc[k + 1].lower_ not in NAMED_SCALES:
            return True  # "40 Days and 40 Nights": a second figure and capitalised unit go on with it
    return False


def _name_began_before(doc: Doc, i: int) -> bool:
    """A capitalised word, then 'and' or 'of', right before the figure at `i`: the figure and its
    capitalised unit go on a name begun before them ('40 Days and 40 Nights')."""
    return i >= 2 and doc[i - 1].lower_ in ("and", "of") and doc[i - 2].is_title and doc[i - 2].is_alpha \
        and not doc[i - 2].is_sent_start and doc[i - 2].lower_.rstrip(".") not in _DATE_NAMES


def sign_word_before(span: Span) -> bool:
    """A sign written out before the figure: 'minus 5 degrees', 'negative 3 million euros'."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in SIGN_WORDS
