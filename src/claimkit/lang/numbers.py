"""Printed numbers in a locale: "1.670.000.000" (de), "500 000" (fr), "3,5" (de, ru), "50万",
"一千二百" (zh), number words ("dix", "zehn"), each read to a float."""

from __future__ import annotations

import functools
import re

from claimkit.lang.cues import Cues, alternation, bounded

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
ZH_NUMERAL = "[零〇一二两兩三四五六七八九十百千万萬亿億]+"


@functools.cache
def number_pattern(cues: Cues) -> str:
    """A regex (no groups) for one printed number in the locale: digits grouped by the locale's
    group sign or not, an optional decimal part, or a number word."""
    groups = "[" + re.escape(cues.groups) + "]"
    dec = re.escape(cues.decimal)
    digits = rf"\d{{1,3}}(?:{groups}\d{{3}})+(?:{dec}\d+)?|\d+(?:{dec}\d+)?"
    if cues.language == "zh":
        # a number starts only where a run of digits or numerals starts: a match tried at every
        # character of a long run ("万万万…") backtracked over the rest of it each time
        return rf"(?<![\d.,{ZH_NUMERAL[1:-2]}])(?:{digits}|{ZH_NUMERAL})"
    words = alternation(cues.number_words)
    return rf"(?<![\d\w])(?:{digits})(?![\d])" + (f"|{bounded(words, cues)}" if words else "")


def read_number(text: str, cues: Cues) -> float | None:
    """The value of a string `number_pattern` matched, or None."""
    low = text.lower()
    if low in cues.number_words:
        return float(cues.number_words[low])
    if cues.language == "zh" and re.fullmatch(ZH_NUMERAL, text):
        return zh_numeral(text)
    plain = plain_digits(text, cues)
    try:
        return float(plain)
    except ValueError:
        return None


def zh_numeral(text: str) -> float | None:
    """一千二百 -> 1200, 十 -> 10, 三十五 -> 35, 五万 -> 50000, 两亿 -> 2e8."""
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            section += (1 if digit is None else digit) * _ZH_UNITS[ch]
            digit = None
        elif ch in _ZH_BIG:
            total += (section + (digit or 0)) * _ZH_BIG[ch]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


def plain_digits(text: str, cues: Cues) -> str:
    """The number as English digits ("3,5" -> "3.5", "500 000" -> "500000"), for the English
    rule of implied precision (`extract.numbers.implied_precision`)."""
    return "".join(ch for ch in text if ch not in cues.groups).replace(cues.decimal, ".")
