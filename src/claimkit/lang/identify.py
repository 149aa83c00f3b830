"""Which language a document or paragraph is in.

A cheap count comes first: text in which English function words are common is English, and a
Latin-script text without the function words of French, German, Spanish, Italian or Portuguese
is left alone; the identifier is never loaded for either (an English-only run pays nothing). Anything else goes to
lingua (`lingua-language-detector`), whose models ship inside the wheel (nothing is downloaded)
and are loaded on first use, restricted to English and the languages claimkit reads, in its
low-accuracy mode (0.3 s to load instead of 3 s; paragraphs are long enough for it).
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

from claimkit.lang import SUPPORTED

# English function words: a paragraph with this share of them among its words is English
_ENGLISH = frozenset("the of and to a in is that for on was with he it as at by said from has be his have an "
                     "are were will not this which or its after but had been who they their would could".split())
ENGLISH_SHARE = 0.12
# function words of the Latin-script languages claimkit reads: a Latin-script text with few of
# them is not worth loading the identifier for (an English headline, a list of names)
_OTHER = frozenset("le la les des du une est et dans pour sur au aux qui que der die das und ist nicht mit "
                   "von den dem ein eine zu im el los las del y en por con se lo il di che della dei per "
                   "con non os as do da em não um uma ao".split())
MIN_LETTERS = {"latin": 60, "other": 8}  # a paragraph shorter than this is left as it was read (a Han or Cyrillic line says more per letter)
MIN_CONFIDENCE = 0.8
SCAN_CHARS = 1_000_000  # paragraphs past this point of an English document are not identified (a 50 MB file)
MAX_WORD = 14  # mean letters per word above which a Latin-script text is no prose
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_PARAGRAPH = re.compile(r"[^\n]+")


def plainly_english(text: str) -> bool:
    words = _WORDS.findall(text.casefold())
    return bool(words) and sum(w in _ENGLISH for w in words) / len(words) >= ENGLISH_SHARE


@functools.cache
def _detector():  # noqa: ANN202
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in ("en", *SUPPORTED)]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def identify(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language ('en' or one of SUPPORTED), or None when unsure."""
    if plainly_english(text):
        return "en"
    letters = sum(ch.isalpha() for ch in text)
    latin = sum(ch.isalpha() and ord(ch) < 0x250 for ch in text)
    if letters < MIN_LETTERS["latin" if latin * 2 > letters else "other"]:
        return None
    script = _script_language(text, letters)
    if script is not None:
        return script  # Han or Cyrillic: among the languages read, the script alone says which
    words = _WORDS.findall(text)
    if latin * 2 > letters and sum(map(len, words)) > MAX_WORD * len(words):
        return None  # base64, hashes, URLs: letters but no language
    if latin * 2 > letters and sum(w.lower() in _OTHER for w in words) < ENGLISH_SHARE * len(words):
        return None  # Latin letters without the other languages' function words: nothing to ask
    values = _detector().compute_language_confidence_values(text)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    return values[0].language.iso_code_639_1.name.lower()


def _script_language(text: str, letters: int) -> str | None:
    """'zh' for a text mostly of Han characters, 'ru' for one mostly Cyrillic, else None: each is
    the only language claimkit reads in its script, so no model need be loaded to tell."""
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    if han * 2 > letters:
        return "zh"
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text)
    return "ru" if cyrillic * 2 > letters else None


def foreign_paragraphs(text: str, body_start: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, language) of each line of an English document written in a language claimkit
    reads, within its first SCAN_CHARS. A line of ASCII alone is taken as English: prose in the
    other languages has accented or non-Latin letters."""
    for m in _PARAGRAPH.finditer(text, body_start, min(len(text), body_start + SCAN_CHARS)):
        if m.group().isascii():
            continue
        language = identify(m.group())
        if language in SUPPORTED:
            yield m.start(), m.end(), language
