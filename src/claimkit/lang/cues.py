"""Cue tables: `cues/<lang>.yaml` (what a language says around a figure) joined with Babel's
CLDR data for the locale (decimal and group signs, currency names and symbols, month names)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from claimkit.lang import SUPPORTED

# currencies whose CLDR names and symbols are looked up in every language
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "RUB", "CNY", "JPY", "TWD", "HKD", "BRL", "MXN")
# signs that name one currency wherever they stand ("$" is USD, as in English copy)
SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "₽": "RUB"}
SPACES = " \u00a0\u202f"


@dataclass(frozen=True, eq=False)  # hashed by identity: one per language (cues_for caches it)
class Cues:
    language: str
    decimal: str
    groups: str  # characters that may group thousands
    spaced: bool  # words are separated by spaces (not Chinese)
    connectors: tuple[str, ...]
    scales: dict[str, float]
    currencies: dict[str, str]  # lower-cased name, symbol or code -> ISO code
    number_words: dict[str, int]
    percent_words: tuple[str, ...]
    units: dict[str, str]
    prison: tuple[str, ...]
    qualifiers: dict[str, str]
    modality: dict[str, tuple[str, ...]]
    attributes: dict[str, str]
    gloss: dict[str, str]
    count_nouns: dict[str, str]
    relative_words: tuple[str, ...]
    ago: tuple[str, ...]
    dates: tuple[str, ...]
    day: str
    months: dict[str, int]  # lower-cased month name or abbreviation -> 1..12
    change_verbs: frozenset[str] = frozenset()  # "fell"/"rose" before "до": the figure reached, no bound
    articles: tuple[str, ...] = ()  # dropped before dateparser reads a phrase ("il mese scorso")


@functools.cache
def cues_for(language: str) -> Cues:
    """The cue table of a supported language, with its CLDR data (cached)."""
    import yaml
    from babel import Locale
    from babel.numbers import get_currency_name, get_currency_symbol, get_decimal_symbol, get_group_symbol

    if language not in SUPPORTED:
        raise ValueError(f"no cue table for language {language!r}")
    raw = yaml.safe_load(resources.files("claimkit.lang").joinpath(f"cues/{language}.yaml").read_text("utf-8"))
    locale = Locale.parse(language)
    group = get_group_symbol(locale=language)
    groups = SPACES if group in SPACES else group  # "500 000" is typed with any kind of space
    currencies: dict[str, str] = {}
    for code in CURRENCIES:
        currencies[code.lower()] = code
        for count in (1, 2, 5):
            currencies[get_currency_name(code, count=count, locale=language).lower()] = code
        symbol = get_currency_symbol(code, locale=language)
        if not symbol.isalpha() or symbol.isupper() and symbol != code:  # "$US", "NT$", "¥"; not bare codes
            currencies.setdefault(symbol.lower(), code)
    currencies.update(_folded(raw["currencies"]))
    currencies.update(SIGNS)
    months: dict[str, int] = {}
    if language != "zh":  # Chinese months are numbers: "4月"
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for n, name in locale.months[context][width].items():
                    months.setdefault(name.lower(), n)
                    months.setdefault(name.lower().rstrip("."), n)
    return Cues(
        language=language, decimal=get_decimal_symbol(locale=language), groups=groups,
        spaced=language != "zh", connectors=tuple(raw["connectors"]),
        scales={k: float(v) for k, v in _folded(raw["scales"]).items()},
        currencies=currencies, number_words=dict(raw["number_words"]),
        percent_words=tuple(raw["percent_words"]), units=_folded(raw["units"]), prison=tuple(raw["prison"]),
        qualifiers=_folded(raw["qualifiers"]), modality={k: tuple(v) for k, v in raw["modality"].items()},
        attributes=_folded(raw["attributes"]), gloss=_folded(raw["gloss"]), count_nouns=_folded(raw["count_nouns"]),
        relative_words=tuple(raw["relative_words"]), ago=tuple(raw["ago"]), dates=tuple(raw["dates"]),
        day=raw["day"], months=months, articles=tuple(raw.get("articles", ())),
        change_verbs=frozenset(w.lower() for w in raw.get("change_verbs", ())),
    )


def _folded(table: dict[str, str]) -> dict[str, str]:
    """Keys lower-cased, as matched words are looked up (lower(), not casefold(): "Geldbuße"
    must stay "geldbuße", the form the expressions are built from)."""
    return {k.lower(): v for k, v in table.items()}


def alternation(words: object) -> str:
    """A regex alternation of literal words, longest first (so "mil millones" beats "mil"); with
    no words, an expression that never matches (an empty one would match everywhere)."""
    if not words:
        return "(?!)"
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # type: ignore[call-overload]


def bounded(pattern: str, cues: Cues) -> str:
    """`pattern` as whole words where words are spaced; anywhere in Chinese."""
    return f"(?<![\\w])(?:{pattern})(?![\\w])" if cues.spaced else f"(?:{pattern})"
