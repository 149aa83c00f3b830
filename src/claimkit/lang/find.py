"""One sentence in another language -> its figures, as `Found`s with offsets into the sentence.

Each kind is one compiled expression per language, built from the cue table and CLDR data
(`cues.py`, `numbers.py`) and run over one sentence at a time, never over a whole article.
Where two kinds claim overlapping text the longer span wins, then the kind listed first in
`PRIORITY` ("il y a 12 ans" is a date, not the duration "12 ans"; "10 ans de prison" a term).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from claimkit.extract.base import Found, first_to_claim
from claimkit.extract.numbers import implied_precision
from claimkit.lang.cues import Cues, alternation
from claimkit.lang.dates import absolute_date, relative_date
from claimkit.lang.numbers import number_pattern, plain_digits, read_number
from claimkit.models import CountValue, DateValue, MoneyValue, PercentValue, SpanValue

PRIORITY = ("money", "percent", "sentence", "date", "duration", "count")
DAYS = {"year": 365.25, "month": 30.4375, "week": 7.0, "day": 1.0}
PRISON_WINDOW = 40  # characters between a term and its prison cue ("dix ans de prison ferme")
YEARS = range(1900, 2101)  # "2025年" is a year, not a term of 2025 years: such a number before a year word is no term


@dataclass(frozen=True)
class Figure:
    kind: str
    found: Found


def letters_bounded(pattern: str, cues: Cues) -> str:
    """`pattern` not glued to a letter on either side (digits and signs may touch it: "500€")."""
    return rf"(?<![^\W\d_])(?:{pattern})(?![^\W\d_])" if cues.spaced else f"(?:{pattern})"


@functools.cache
def _patterns(cues: Cues) -> dict[str, re.Pattern[str]]:
    num = number_pattern(cues)
    gap = r"[ \u00a0\u202f]?" if cues.spaced else ""
    scale = letters_bounded(alternation(cues.scales), cues)
    cur = letters_bounded(alternation(cues.currencies), cues)
    conn = alternation(cues.connectors)
    connect = rf"(?:(?:{conn}){gap})?" if conn else ""
    units = letters_bounded(alternation(cues.units), cues)
    nouns = letters_bounded(alternation(cues.count_nouns), cues)
    percent = alternation(cues.percent_words)
    month = "1[0-2]|0?[1-9]" if cues.language == "zh" else alternation(cues.months)
    dates = [t.replace(" ", r"\s+").format(day=f"(?P<day>{cues.day})", month=f"(?P<month>{month})",
                                           year=r"(?P<year>(?:1[89]|20)\d\d)") for t in cues.dates]
    ago = [t.replace(" ", gap).format(n=f"(?:{num})", unit=units) for t in cues.ago]
    flags = re.IGNORECASE | re.UNICODE
    out = {
        "money_after": rf"(?P<num>{num})(?:{gap}(?P<scale>{scale}))?{gap}{connect}(?P<cur>{cur})",
        "money_before": rf"(?P<cur>{cur}){gap}(?P<num>{num})(?:{gap}(?P<scale>{scale}))?",
        "percent": rf"(?P<num>{num}){gap}(?:{letters_bounded(percent, cues)}|%)"
                   + (rf"|百分之(?P<num2>{num})" if not cues.spaced else ""),
        "span": rf"(?P<num>{num}){gap}(?P<unit>{units})",
        "count": rf"(?P<num>{num}){gap}(?P<noun>{nouns})",
        "relative": letters_bounded("|".join([alternation(cues.relative_words), *ago]), cues),
        "prison": letters_bounded(alternation(cues.prison), cues),
    }
    # several date templates name the same groups: compile each on its own
    compiled = {k: re.compile(v, flags) for k, v in out.items()}
    for n, d in enumerate(dates):
        compiled[f"date{n}"] = re.compile(letters_bounded(d, cues), flags)
    return compiled


def figures(sentence: str, cues: Cues, published: dt.date | None) -> list[Figure]:
    """Every figure of one sentence, overlaps resolved (longest, then `PRIORITY`)."""
    p = _patterns(cues)
    found: list[Figure] = []
    for name in ("money_after", "money_before"):
        found += [f for m in p[name].finditer(sentence) if (f := _money(m, cues)) is not None]
    found += [f for m in p["percent"].finditer(sentence) if (f := _percent(m, cues)) is not None]
    found += [f for m in p["span"].finditer(sentence) if (f := _span(m, sentence, cues)) is not None]
    found += [f for m in p["count"].finditer(sentence) if (f := _count(m, cues)) is not None]
    for name in sorted(k for k in p if k.startswith("date")):
        found += [f for m in p[name].finditer(sentence) if (f := _date(m, cues, published, False)) is not None]
    found += [f for m in p["relative"].finditer(sentence) if (f := _date(m, cues, published, True)) is not None]
    return _resolve(found)


def _resolve(found: list[Figure]) -> list[Figure]:
    """The longest figure keeps overlapping text (then the kind listed first in PRIORITY)."""
    ranked = sorted(found, key=lambda f: (-(f.found.end - f.found.start), PRIORITY.index(f.kind), f.found.start))
    return sorted(first_to_claim(ranked, lambda f: f.found), key=lambda f: f.found.start)


def _money(m: re.Match[str], cues: Cues) -> Figure | None:
    value = read_number(m["num"], cues)
    if value is None:
        return None
    scale = cues.scales.get(m["scale"].lower(), 1.0) if m["scale"] else 1.0
    code = cues.currencies[m["cur"].lower()]
    amount = value * scale
    precision = implied_precision(plain_digits(m["num"], cues), scale) if value.is_integer() or scale > 1 else 0.0
    source = "symbol" if not m["cur"][:1].isalpha() else ("code" if m["cur"].isupper() and len(m["cur"]) == 3 else "name")
    return Figure("money", Found(m.start(), m.end(), MoneyValue(
        amount=amount, currency=code, low=amount, high=amount, precision=precision, currency_source=source),
        rule=f"{cues.language}.money"))


def _percent(m: re.Match[str], cues: Cues) -> Figure | None:
    text = m["num"] or m["num2"]
    value = read_number(text, cues)
    if value is None:
        return None
    return Figure("percent", Found(m.start(), m.end(), PercentValue(amount=value, low=value, high=value),
                                   rule=f"{cues.language}.percent"))


def _span(m: re.Match[str], sentence: str, cues: Cues) -> Figure | None:
    value = read_number(m["num"], cues)
    unit = cues.units.get(m["unit"].lower(), "")
    if value is None or not value or not unit or (unit == "year" and value in YEARS):
        return None
    near = sentence[max(0, m.start() - PRISON_WINDOW):m.end() + PRISON_WINDOW]
    kind = "sentence" if _patterns(cues)["prison"].search(near) else "duration"
    span = SpanValue(amount=value, unit=unit, days=value * DAYS[unit], low=value, high=value)
    return Figure(kind, Found(m.start(), m.end(), span, rule=f"{cues.language}.{kind}",
                              attribute="prison term" if kind == "sentence" else None))


def _count(m: re.Match[str], cues: Cues) -> Figure | None:
    value = read_number(m["num"], cues)
    if value is None:
        return None
    noun = m["noun"]
    english = cues.count_nouns.get(noun.lower(), noun)
    lemma = english[:-1] if english.endswith("s") and not english.endswith("ss") else english
    return Figure("count", Found(m.start(), m.end(), CountValue(
        amount=value, noun=noun, lemma=lemma, low=value, high=value), rule=f"{cues.language}.count", attribute=lemma))


def _date(m: re.Match[str], cues: Cues, published: dt.date | None, relative: bool) -> Figure | None:
    groups = m.groupdict()
    if groups.get("year") and not groups.get("month"):  # "im Jahr 2027", "2027年": a year needs no parser
        year = int(groups["year"])
        value = DateValue(start=f"{year}-01-01", end=f"{year}-12-31", granularity="year", year_known=True, anchored=True)
        return Figure("date", Found(m.start(), m.end(), value, rule=f"{cues.language}.year"))
    phrase = m.group()
    value = relative_date(phrase, cues, published) if relative else absolute_date(phrase, cues, published)
    if value is None:
        return None
    return Figure("date", Found(m.start(), m.end(), value, rule=f"{cues.language}.{'relative' if relative else 'date'}"))
