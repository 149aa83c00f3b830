"""money claims: SpanRuler candidates (patterns/money.jsonl) -> MoneyValue.

"500,000 euros", "$ 550,000", "NT$1.2bn", "over 5 million TWD" (at_least),
"US$20,000 to US$250,000" (range), "about 80 bitcoin" (XBT). Currency names and ISO codes come from
Babel's CLDR data, symbols and news spellings from data/currencies.json.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from dataclasses import dataclass, replace
from importlib import resources
from typing import TYPE_CHECKING, Final, Iterable

from claimkit.extract.base import Context, Found, doc_text, verb_above
from claimkit.extract.context import bound_of, change_then_level
from claimkit.extract.places import cities_named, territories_named, territory_names
from claimkit.lexicon import ATTRIBUTE_CUES, FALL_WORDS, RISE_WORDS, WEATHER_LEMMAS, WEIGHT_VERBS
from claimkit.extract.numbers import (
    DASHES, HUNDREDS_AND_UP, LETTER_SCALES, NUMBER_WORDS, SCALES, compound_before, fraction_before, in_a_title,
    joins_hundreds, multiple_before, parse_number, sign_word_before, split_pieces, spoken_decimal, spoken_fraction,
)
from claimkit.models import MoneyValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

KIND: Final = "money"
NAME: Final = "money.rules"

CONNECTORS: Final = DASHES | {"to", "and"}
WEIGHT_POUNDS: Final = frozenset({"pound", "pounds"})
OUNCES: Final = frozenset({"ounce", "ounces", "oz", "oz."})
# units of mass "pounds" may be converted into ("15 pounds in kilos"): then they weigh
MASS_UNITS: Final = frozenset({"kilos", "kilo", "kg", "kgs", "kilograms", "kilogram", "grams", "gram", "g", "ounces",
                               "oz", "stone", "tonnes", "tons"})
# words before a bare figure that tie it to the money figure before it ("of which 41,3 million")
CARRY_WORDS: Final = frozenset({"which", "including", "from", "to", "than", "versus", "vs", "or"})
# a bare figure in a sentence with one of these lemmas may be money ("a levy of 512.37 crore")
MONEY_CUES: Final = frozenset(ATTRIBUTE_CUES["money"]) | {
    "fine", "penalise", "penalize", "pay", "cost", "owe", "award", "levy", "impose", "charge", "fines", "paid"}
INDIAN_SCALES: Final = frozenset({"crore", "crores", "lakh", "lakhs", "lac", "lacs"})
CRYPTO: Final = frozenset({"XBT", "ETH"})
RETIRED_CODES: Final = frozenset({"FIM", "ESP", "NLG", "DEM", "ITL", "FRF"})
# scale words that may follow a figure with no space, split off by the tokenizer ("€2.5m.")
GLUED_AFTER: Final = LETTER_SCALES | {"bn", "mn"}
# a text that writes "41,3" or "2.417.305.118,62" uses the decimal comma everywhere
_DECIMAL_COMMA = re.compile(r"""^(?: \d+,\d{1,2}                       # 41,3
                                   | \d{1,3}(?:\.\d{3}){2,}(?:,\d+)?    # 2.417.305.118,62
                                   )$""", re.VERBOSE)
_AMBIGUOUS_COMMA = re.compile(r"^\d{1,3},(?P<group>\d{3})$")  # "1,128": a thousand group or a decimal comma
_GLUED_CODE = re.compile(r"^(?P<code>[A-Z]{3}|RM|Rs|Tk|Dhs?|Shs?|shs|ZiG)\d+$")  # "CNY8", "RM15"; not "EUR5m"
TENDER_DATE: Final = dt.date(2025, 1, 1)  # the day whose legal tender a country's shared currency word means
_DOT_THOUSANDS = re.compile(r"^[1-9]\d{0,2}\.\d{3}$")  # "100.000": a thousand group or an English decimal


@dataclass(frozen=True)
class Tables:
    symbols: dict[str, str]
    glued_scale_only: dict[str, str]
    names: dict[str, str | None]
    minor: dict[str, tuple[str, float]]
    assumed: dict[str, str]
    codes: frozenset[str]
    code_stoplist: frozenset[str]
    prefix_words: frozenset[str]
    crypto_codes: dict[str, str]  # 'BTC' -> 'XBT': market codes outside ISO 4217
    codes_any_case: frozenset[str]  # 'Eur', 'eur' after a figure
    bare_names: dict[str, str | None]  # 'francs' -> 'CHF', 'crowns' -> None: a word several currencies share
    shared_signs: dict[str, str]  # 'sh' -> 'shilling': a sign several currencies share, read as that bare word
    letter_signs: dict[str, tuple[str, ...]]  # 'k' -> ('ZM', 'MW', ...): a letter sign, the countries writing it


@functools.cache
def tables() -> Tables:
    """Currency symbols, names and codes: CLDR (Babel) names plus the bundled hand table."""
    from babel import Locale
    from babel.numbers import get_currency_name

    raw = json.loads((resources.files("claimkit") / "data" / "currencies.json").read_text("utf-8"))
    en = Locale("en")
    names: dict[str, str | None] = {}
    counted: dict[str, tuple[str, str]] = {}  # code -> CLDR's names for one and for several
    for code, name in en.currencies.items():
        if "(" in name or (code.startswith("X") and code not in {"XOF", "XAF", "XPF", "XCD"}):
            continue  # historic variants ("Afghan Afghani (1927–2002)"), metals, test codes
        counted[code] = (get_currency_name(code, count=1, locale=en), get_currency_name(code, count=2, locale=en))
        for form in (name, *counted[code]):
            names.setdefault(_key(form), code)
    codes = set(counted)
    names.update({_key(k): v for k, v in raw["names"].items()})  # the hand table wins ("pounds" = GBP)
    current = {code: forms for code, forms in counted.items() if code in _tender_codes()}
    for word, code in _own_names(current, frozenset(raw["bare_name_stoplist"]) | frozenset(raw["bare_names"])).items():
        names.setdefault(word, code)  # "500 tugrik", "20 birr": a name only one currency has
    return Tables(
        symbols={_key(k).replace(" ", ""): v for k, v in raw["symbols"].items()},
        glued_scale_only=raw["glued_scale_only"],
        names=names,
        minor={k: (v[0], v[1]) for k, v in raw["minor"].items()},
        assumed={_key(k).replace(" ", ""): v for k, v in raw["assumed"].items()},
        codes=frozenset(codes) | RETIRED_CODES,
        code_stoplist=frozenset(raw["code_stoplist"]),
        prefix_words=frozenset(raw["prefix_words"]),
        crypto_codes=raw["crypto_codes"],
        codes_any_case=frozenset(raw["codes_any_case"]),
        bare_names=raw["bare_names"],
        shared_signs=raw["shared_signs"],
        letter_signs={k: tuple(v) for k, v in raw["letter_signs"].items()},
    )


def _own_names(counted: dict[str, tuple[str, str]], stoplist: frozenset[str]) -> dict[str, str]:
    """The last word of CLDR's names ('Mongolian tugrik' -> 'tugrik', 'tugriks') where only one current
    currency has it; 'dinar', 'peso' and 'shilling' belong to several and stay unread alone. A retired
    namesake shares nothing ('Burmese kyat' beside the Myanmar kyat): `counted` holds current ones."""
    owners: dict[str, set[str]] = {}
    for code, forms in counted.items():
        for form in forms:
            owners.setdefault(_key(form).split()[-1], set()).add(code)
    return {w: next(iter(c)) for w, c in owners.items() if len(c) == 1 and len(w) >= 4 and w not in stoplist}


def _key(text: str) -> str:
    """'U.S. Dollars' -> 'us dollars'; 'Rs.' -> 'rs' (dots and case do not tell currencies apart)."""
    return " ".join(text.lower().replace(".", "").split())


@dataclass(frozen=True)
class Currency:
    code: str
    source: str  # symbol | code | name | inferred
    factor: float = 1.0  # 0.01 for minor units ("50 cents")
    note: str | None = None
    shared: str | None = None  # "franc", "crown": a bare word the text may say more about elsewhere


@dataclass(frozen=True)
class Reading:
    """What one money phrase says: 'US$20,000 to US$250,000' -> USD 20000..250000."""

    low: float
    high: float
    currency: Currency
    precision: float
    is_range: bool
    clause_end: bool = False  # valid only where the clause ends ("thirteen dollars forty five.")
    bare_minor: bool = False  # "4 pounds 50": valid only where no noun or figure follows the minor figure


_FINANCE_MILLION: Final = re.compile(r"(?<=\d)MM$")
# a lakh or crore glued to a figure after a rupee sign: "₹12.5L", "Rs 2.4Cr" (a glued "L" elsewhere is litres)
_RUPEE_SIGN: Final = re.compile(r"^(?:₹|Rs\.?|INR)$")
_GLUED_LAKH: Final = re.compile(r"^(?P<figure>\d{1,3}(?:\.\d{1,2})?)(?P<scale>L|Cr)\.?$")


def read_money(pieces: list[str], decimal_comma: bool = False) -> Reading | None:
    """Pieces of a matched span -> Reading, or None: ['$', '550,000'] -> USD 550000.

    With `decimal_comma` (the text writes "41,3 million"), "2,417 billion" is 2.417 billion.
    """
    negative = bool(pieces) and len(pieces[0]) > 1 and pieces[0][0] in "-\u2212"
    if negative:
        pieces = [pieces[0][1:], *pieces[1:]]  # "-$3.4 million": a sign glued to the figure
    pieces = [_FINANCE_MILLION.sub("m", p) for p in pieces]  # "$1.5MM": finance's million
    if len(pieces) == 2 and _RUPEE_SIGN.match(pieces[0]) and (lakh := _GLUED_LAKH.match(pieces[1])):
        pieces = [pieces[0], lakh["figure"], "lakh" if lakh["scale"] == "L" else "crore"]  # "₹12.5L"
    pieces = _unhyphenated(_locale(split_pieces(pieces), decimal_comma))
    if not pieces:
        return None
    if len(pieces) >= 4 and pieces[-3].lower() == "and" and pieces[-1] in ("p", "c") \
            and pieces[-2].isdecimal() and len(pieces[-2]) <= 2:
        pieces = [*pieces[:-1], "pence" if pieces[-1] == "p" else "cents"]  # the hundredths: "£3 and 20p", "$4 and 5c"
    compound = _read_compound(pieces)
    if compound is not None:
        return compound
    if pieces[0] in DASHES or pieces[-1] in DASHES:
        return None  # "$ 70 - a - share" must stop at "$ 70"
    for i, p in enumerate(pieces):
        if i > 0 and joins_hundreds(pieces[i - 1], p) and pieces[i + 1:i + 2] and pieces[i + 1][:1].isalpha():
            continue  # "two hundred and fifty pounds": one number in words, no range ("£1.8 million and £2.2 million" is)
        if p.lower() in CONNECTORS and _has_number(pieces[:i]) and _has_number(pieces[i + 1:]):
            return _read_range(pieces[:i], pieces[i + 1:])
    one = _read_side(pieces)
    if one is None or one[1] is None:
        return None
    (value, precision, _), cur = one
    amount = _tidy(value * cur.factor) * (-1 if negative else 1)
    return Reading(amount, amount, cur, precision, False)


def _unhyphenated(pieces: list[str]) -> list[str]:
    """'$10-million contract', 'a 3.5-billion-dollar deal': a hyphen joining a figure to its scale word
    is no range."""
    return [p for i, p in enumerate(pieces) if not (
        p in DASHES and 0 < i < len(pieces) - 1 and _piece_kind(pieces[i - 1], False) == "num"
        and _piece_kind(pieces[i + 1], False) == "scale" and pieces[i + 1].lower() not in LETTER_SCALES)]


def _read_range(left: list[str], right: list[str]) -> Reading | None:
    """'US$15,000' 'US$150,000' / '5' '10 million euros' -> one Reading with low..high."""
    a, b = _read_side(left), _read_side(right)
    if a is None or b is None:
        return None
    (lv, lp, lscale), lcur = a
    (rv, rp, rscale), rcur = b
    if lcur and rcur and (lcur.code, lcur.factor) != (rcur.code, rcur.factor):
        return None
    cur = rcur or lcur
    if cur is None:
        return None
    if lscale == 1.0:
        # "5 to 10 million euros": the scale serves both figures, all of it ("two to three hundred
        # thousand": a hundred thousand, as many as the high end's first number is worth; "five to
        # seven hundred": a hundred)
        first = parse_number(right[0]) if right and _piece_kind(right[0], True) == "num" else None
        shared = rv / first.value if first is not None and first.value else rscale
        if shared > rscale and math.log10(shared).is_integer():
            rscale = shared
        if rscale > 1.0 and lv * rscale <= rv:
            lv *= rscale
    if lv >= rv:
        return None  # "20 to 5" is not a range we can read
    return Reading(_tidy(lv * cur.factor), _tidy(rv * cur.factor), cur, max(lp, rp), True)


def _read_compound(pieces: list[str]) -> Reading | None:
    """'thirteen dollars and forty-five cents', '3 dollars 50 cents', 'thirteen dollars forty five' -> 13.45 / 3.5."""
    t = tables()
    low = [p.lower() for p in pieces]
    major_at = next((i for i, p in enumerate(low[:-1])  # "Swiss francs"; a bare "francs" before "centimes"
                     if t.names.get(p) or i > 0 and t.names.get(f"{low[i - 1]} {p}") or p in t.bare_names), None)
    if major_at is None and len(pieces) >= 4 and low[-1] in t.minor and _piece_kind(pieces[0], False) == "other":
        return _read_symbol_compound(pieces)
    if len(pieces) < 3 or major_at is None or major_at == 0:
        return None
    minor = low[-1] in t.minor
    tail = [p for p in pieces[major_at + 1: len(pieces) - minor] if p.lower() != "and"]
    # "4 pounds 50", "3 euros 20": whole units in digits and the hundredths as two digits, no "and"
    bare_minor = not minor and len(tail) == 1 and len(tail[0]) == 2 and tail[0].isdigit() \
        and pieces[0][:1].isdigit() and low[major_at + 1] != "and"
    if not minor and not bare_minor and (low[major_at + 1] == "and"
                                         or not all(p.isalpha() or "-" in p for p in tail)):
        return None  # without "cents" only spoken words: "thirteen dollars forty five", never "$5 and 10"
    major = _read_side(pieces[: major_at + 1])
    cents = parse_number(" ".join(tail)) if tail else None
    if major is None or major[1] is None or cents is None or cents.value >= 100:
        return None
    code, factor = t.minor[low[-1]] if minor else (major[1].code, 0.01)
    if minor and low[-1] in t.assumed:
        code = major[1].code  # "2 euros 30 cents": a cent is the hundredth of the unit it follows
    currency = major[1]
    if minor and code and not currency.code and currency.shared:
        # a shared name before a minor unit of one country's: "2 kwacha 50 ngwee" is Zambia's
        currency = replace(currency, code=code, source="name", shared=None)
    if currency.code != code:
        return None
    amount = _tidy(major[0][0] + cents.value * factor)
    return Reading(amount, amount, currency, 0.0, False, clause_end=not minor and not bare_minor,
                   bare_minor=bare_minor)


def _read_symbol_compound(pieces: list[str]) -> Reading | None:
    """'$15 and 20 cents', 'RM2 and 40 sen': the unit marked by a symbol or glued code, 15.20 USD. The
    minor figure is the last one, under 100; a scale word or a second symbol makes it something else."""
    t = tables()
    at = next((i for i, p in enumerate(pieces) if _piece_kind(p, False) == "num"), None)
    if at is None:
        return None
    tail = [p for p in pieces[at + 1:-1] if p.lower() != "and"]
    major = _read_side(pieces[: at + 1])
    sign = _key("".join(pieces[:at])).replace(" ", "")
    if (major is None or major[1] is None or major[1].shared) and sign in t.glued_scale_only:
        bare = _read_side(pieces[at:at + 1])  # "R15 and 50 cents": the minor unit says it is money
        major = None if bare is None else (bare[0], Currency(t.glued_scale_only[sign], "symbol"))
    cents = parse_number(" ".join(tail)) if len(tail) == 1 and tail[0][:1].isdigit() else None
    if major is None or major[1] is None or cents is None or not 0 < cents.value < 100:
        return None
    code, factor = t.minor[pieces[-1].lower()]
    if pieces[-1].lower() in t.assumed:
        code = major[1].code  # "$15 and 20 cents", "RM12 and 30 sen": the hundredth of the unit before it
    if major[1].code != code or factor >= 1:
        return None
    amount = _tidy(major[0][0] + cents.value * factor)
    return Reading(amount, amount, major[1], 0.0, False)


def _read_side(pieces: list[str]) -> tuple[tuple[float, float, float], Currency | None] | None:
    """One figure with its currency marks: ((value, precision, scale), Currency or None)."""
    kinds = [_piece_kind(p, i == 0) for i, p in enumerate(pieces)]
    kinds = ["num" if 0 < i < len(pieces) - 1 and joins_hundreds(pieces[i - 1], p) and kinds[i + 1] == "num" else k
             for i, (p, k) in enumerate(zip(pieces, kinds))]  # "two hundred and fifty"
    nums = [i for i, k in enumerate(kinds) if k in ("num", "scale")]
    if not nums or nums != list(range(nums[0], nums[-1] + 1)) or kinds[nums[0]] == "scale":
        return None  # one figure, and "million dollars" alone is no figure
    run = pieces[nums[0]: nums[-1] + 1]
    scale = 1.0
    if kinds[nums[-1]] == "scale" and len(run) > 1:
        word = run[-1].lower()
        scale = SCALES[word]
        if word in LETTER_SCALES:
            run = run[:-2] + [run[-2] + word]  # "5 m" reads as "5m"
    if run[0].lower() in ("a", "an") and (len(run) < 2 or not run[1].isalpha()):
        return None  # "a 5 million fine": the article is not part of the figure
    number = parse_number(" ".join(run))
    if number is None:
        return None
    before, after = pieces[: nums[0]], [p for p in pieces[nums[-1] + 1:] if p not in DASHES]
    # a figure grouped in thousands (by commas or spaces) or given to the cent is a sum as surely
    # as a scaled one: "R350,000", "R12 000" and "R3.01" are no roads
    grouped = bool(_GROUPED.match(run[0]) or _CENTS.match(run[0])) or _space_grouped(run)
    # ... and so is one grouped by a dot after the code of a currency counted in whole units ("COP 25.500")
    dotted = bool(_DOT_THOUSANDS.match(run[0]))
    coded = dotted and len(before) == 1 and before[0] in tables().codes and _whole_units_only(before[0])
    cur = _currency(before, after, scale > 1.0 or grouped or coded)
    if cur is False:
        return None
    if cur and scale == 1.0 and dotted and _whole_units_only(cur.code):
        value = number.value * 1000  # "65.000đ", "¥1.250": a currency with no minor unit groups by dots
        return (value, number.precision, scale), cur
    if cur is None and not after and run[-1].lower() == "grand":  # "50 grand": thousands of dollars, in slang
        cur = Currency("USD", "inferred", 1.0, tables().assumed["grand"])
    return (number.value, number.precision, scale), cur or None


_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$")
_CENTS = re.compile(r"^\d+[.,]\d{2}$")  # "3.01", and "177,12" with a decimal comma (no group has two digits)


@functools.cache
def _whole_units_only(code: str) -> bool:
    """The currency is counted in whole units (CLDR gives it no decimals: the dong, the rupiah, the yen,
    the won, the Chilean peso), so a figure written to a thousandth groups its thousands by a dot."""
    from babel.numbers import get_currency_precision

    return bool(code) and get_currency_precision(code) == 0


def _space_grouped(run: list[str]) -> bool:
    """'15 000', '2 350 000': a figure's thousands set apart by spaces (up to a scale word)."""
    digits = [p for p in run if p.lower() not in SCALES]
    return len(digits) > 1 and bool(re.fullmatch(r"\d{1,3}", digits[0])) \
        and all(re.fullmatch(r"\d{3}", p) for p in digits[1:])


def _locale(pieces: list[str], decimal_comma: bool) -> list[str]:
    """Figures in the text's own grouping: in a text with decimal commas '1,128 billion' is 1.128 billion
    and '100.000 euros' a hundred thousand; in any text '2.000 euros' is two thousand (a money figure
    written to a thousandth ends in a digit that says something: '$1.125 a share')."""
    out = []
    for i, p in enumerate(pieces):
        scaled = i + 1 < len(pieces) and SCALES.get(pieces[i + 1].lower(), 0) >= 1e6
        if decimal_comma and scaled and _AMBIGUOUS_COMMA.match(p):
            p = p.replace(",", ".")
        elif _DOT_THOUSANDS.match(p) and (decimal_comma or p.endswith(".000") and not scaled):
            p = p.replace(".", ",")  # grouped as thousands still: "COP 18.000" is a sum as "MAD 2,500" is
        out.append(p)
    return out


def _tidy(x: float) -> float:
    """16.4 * 1e6 -> 16400000.0, not 16399999.999999998."""
    return float(f"{x:.12g}")


def _has_number(pieces: list[str]) -> bool:
    return any(_piece_kind(p, False) == "num" for p in pieces)


def _piece_kind(piece: str, first: bool) -> str:
    low = piece.lower()
    if piece[:1].isdigit() or low in NUMBER_WORDS or "-" in low and all(w in NUMBER_WORDS for w in low.split("-")):
        return "num"
    if low in SCALES and low not in ("m", "b", "k", "t") or low in LETTER_SCALES and not first:
        return "scale"  # a letter first is a sign ("K12,500"), never a scale
    if first and low in ("a", "an"):
        return "num"
    return "other"


def _currency(before: list[str], after: list[str], scaled: bool) -> Currency | None | bool:
    """The currency the marks around a figure name; None if there are none, False if they are no currency."""
    found: list[Currency] = []
    if before:
        cur = _prefix(before, scaled)
        if cur is None:
            return False
        found.append(cur)
    if after:
        cur = _suffix(after)
        if cur is None:
            return False
        found.append(cur)
    if not found:
        return None
    if len(found) == 2 and found[0].source == "inferred" and found[1].source == "code" and found[1].factor == 1.0:
        return found[1]  # "$40 CAD", "$850 MXN", "¥500 CNY": the code says which dollar, yen or peso the sign is
    if len(found) == 2 and (found[0].code != found[1].code or found[1].factor != 1.0):
        return False
    return found[0] if len(found) == 1 or found[0].source != "inferred" else found[1]


def _prefix(words: list[str], scaled: bool) -> Currency | None:
    t = tables()
    text = "".join(words)
    if len(words) == 1 and text in t.codes:
        # a code that is also a word or a firm ("AMD", "TOP", "MAD") is a currency only before a sum a
        # scale word or a thousands group makes one: "AMD 96.2bn", "MAD 2,500,000" (_fits: no noun after)
        return Currency(text, "code") if text not in t.code_stoplist or scaled else None
    if len(words) == 1 and text in t.crypto_codes:
        return Currency(t.crypto_codes[text], "code")  # "BTC 2.5"
    if len(words) == 1 and text.upper() in t.codes_any_case and text.islower():
        return Currency(text.upper(), "code")  # "usd 75", "eur 289,90" as people type them
    if len(words) == 1 and len(text) == 4 and text.endswith("$") and text[:3] in _dollar_codes():
        return Currency(text[:3], "code")  # "JMD$38,500", "AUD$120": a dollar's code with its sign
    if len(words) == 2 and words[1] == "$":
        if words[0].lower() not in t.prefix_words:
            return None  # "Los Angeles, CA $5 million": a state, the "$" stands alone
        text = words[0] + "$"  # WSJ spacing: "c $ 16.4 million", "hk $ 10.05 billion"
    key = _key(text).replace(" ", "")
    if key in t.symbols:  # a symbol several countries print ("Rs") is settled by _settle_shared too
        return replace(_marked(key, t.symbols[key], "symbol"), shared=t.shared_signs.get(key))
    if scaled and len(words) == 1 and key in t.glued_scale_only:
        return Currency(t.glued_scale_only[key], "symbol")  # "N60 billion" (naira), never "N95"
    if key in t.shared_signs:  # settled by _settle_shared, as the bare word the sign stands for
        return Currency("", "inferred", shared=t.shared_signs[key])
    if (len(words) == 1 or words[1:] == ["."]) and key in t.letter_signs:
        # "K12,500", "N450", "Nu. 300" (the stop split off): settled by the country the text names
        return Currency("", "inferred", shared=key)
    return None


def _suffix(words: list[str]) -> Currency | None:
    t = tables()
    text = " ".join(words)
    if len(words) == 1 and text in t.codes:
        return Currency(text, "code") if text not in t.code_stoplist else None
    if len(words) == 1 and text in t.crypto_codes:
        return Currency(t.crypto_codes[text], "code")  # "nearly 12 BTC", "1.5 ETH"
    if len(words) == 1 and text.upper() in t.codes_any_case:
        return Currency(text.upper(), "code")  # "240 million Eur"
    key = _key(text)
    if key not in t.names and key.replace(" ", "") in t.symbols:
        return _marked(key.replace(" ", ""), t.symbols[key.replace(" ", "")], "symbol")  # "100 ₡", "100元"
    if key in t.minor:
        code, factor = t.minor[key]
        return Currency(code, "inferred" if key in t.assumed else "name", factor, t.assumed.get(key))
    if key in t.names:
        code = t.names[key]
        return None if code is None else _marked(key, code, "name")
    if key in t.bare_names:  # settled by _settle_shared, from the whole text
        code, note = t.bare_names[key] or "", t.assumed.get(key)
        # a default told with no note is what English copy means by the word ("pounds": sterling)
        source = "name" if code and not note else "inferred"
        return Currency(code, source, note=note, shared=key.removesuffix("s"))
    return None


def _marked(key: str, code: str, source: str) -> Currency:
    note = tables().assumed.get(key.replace(" ", ""))  # the table's keys are written without spaces
    return Currency(code, "inferred" if note else source, 1.0, note)


def find(doc: Doc, ctx: Context) -> Iterable[Found]:
    """Money phrases of a parsed text: 'a levy of over 8 million NOK' -> NOK 8e6, at_least."""
    from claimkit.extract.nlp import SPANS_KEY

    if SPANS_KEY not in doc.spans:
        return []
    decimal_comma = any(t.like_num and _DECIMAL_COMMA.match(t.text) for t in doc)
    readings: list[tuple[Span, Reading]] = []
    bare: list[Span] = []
    for span in doc.spans[SPANS_KEY]:
        if span.label_ != KIND:
            continue
        if span.id_.startswith("money.bare"):
            bare.append(span)
            continue
        if span.id_.startswith("money.dollar_then_code"):
            one = _dollar_then_code(span)
            if one is not None:
                readings.append((span, one))
            continue
        if span.id_.startswith(("money.a_unit_c_note", "money.counted_notes")):
            one = _named_notes(span)
            if one is not None:
                readings.append((span, one))
            continue
        if span.id_.startswith(("money.glued_pence", "money.glued_cents", "money.a_unit")):
            one = _glued_minor(span) if span.id_.startswith("money.glued_") else _a_unit(span)
            if one is not None and span.id_.startswith("money.a_unit") and len(span) == 2:
                span, part = fraction_before(span)  # "half a grand", "a quarter of a million dollars"
                one = replace(one, low=_tidy(one.low * part), high=_tidy(one.high * part))
            if one is not None:
                readings.append((span, one))
            continue
        span = compound_before(span)  # "two hundred and [fifty pounds]"
        told, times = multiple_before(span)  # "a couple hundred bucks": told from "a"
        if times is None:
            continue  # "a few hundred dollars"
        wide, texts = spoken_decimal(span)  # "one point five million dollars", not "five million"
        span, texts = (wide, texts) if wide is not span else spoken_fraction(span)  # "one and a half million"
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and not doc[span.end - 1].whitespace_ and nxt.lower_.rstrip(".") in GLUED_AFTER:
            span, texts = doc[span.start:span.end + 1], texts + [nxt.text.rstrip(".")]  # "€2.5m." ends a sentence
        span, part = fraction_before(span)  # "half a million dollars"
        if times != 1.0:
            span, part = doc[told.start:span.end], part * times
            if texts and texts[0].lower() in HUNDREDS_AND_UP:
                texts = ["one", *texts]  # "a couple [thousand pounds]": one thousand, twice
        if span.id_.startswith("money.range_or"):
            texts = ["to" if t.lower() == "or" else t for t in texts]  # "5 or 6 dollars": the unit once, a range
        reading = read_money(texts, decimal_comma)
        if reading is not None and not reading.is_range and sign_word_before(span):
            span = doc[span.start - 1:span.end]  # "net income was minus 3 million euros"
            reading = replace(reading, low=-reading.low, high=-reading.high)
        if reading is not None and part != 1.0:
            reading = replace(reading, low=_tidy(reading.low * part), high=_tidy(reading.high * part))
        if reading is not None and _fits(span, reading) and not in_a_title(span):  # "Seven Pounds", a film
            readings.append((span, reading))
    kept = _longest(_settle_shared(_pounds_and_pence(doc, readings)), set())
    taken = {i for s, _ in kept for i in range(s.start, s.end)}
    kept += _longest(_carried(doc, bare, kept, decimal_comma), taken)
    kept = _two_ends(doc, kept)
    # a bare "$" is US dollars, but say so louder when the same text writes NT$, C$ or HK$
    other_dollars = any("$" in s.text and r.currency.code != "USD" for s, r in kept)
    return sorted((_found(doc, s, r, other_dollars) for s, r in kept), key=lambda f: f.start)


# verbs of what moved from one sum to another ("rose from HK$5 to HK$9", "went from 2 euros to 3.50 euros")
_MOVING: Final = RISE_WORDS | FALL_WORDS | {"go", "move", "change", "shift", "swing", "leap", "edge"}
# the word before a range's low end and the words between its ends, when each end is read alone
_RANGE_WORDS: Final = {"from": (("up", "to"), ("to",)), "between": (("and",),)}


def _two_ends(doc: Doc, readings: list[tuple[Span, Reading]]) -> list[tuple[Span, Reading]]:
    """'from ₹300 up to ₹2,000', 'from HK$5 million to HK$9 million', 'between RWF 80 billion and RWF 95
    billion': one range, its ceiling no bound of its own, where each end was read as a sum of its own (a
    code and a scale word on each); not what moved from one to the other ("rose from HK$5 to HK$9")."""
    from spacy.tokens import Span

    readings = sorted(readings, key=lambda sr: sr[0].start)
    out: list[tuple[Span, Reading]] = []
    for span, r in readings:
        if out:
            first, low = out[-1]
            lead = doc[first.start - 1].lower_ if first.start > 0 else ""
            moved = first.start > 1 and doc[first.start - 2].lemma_.lower() in _MOVING
            between = tuple(t.lower_ for t in doc[first.end:span.start])
            if lead in _RANGE_WORDS and between in _RANGE_WORDS[lead] and not (moved and between == ("to",)) \
                    and not (low.is_range or r.is_range) and low.currency.code == r.currency.code and low.high < r.low:
                whole = Span(doc, first.start, span.end, label=first.label_, span_id=f"money.{lead}_two_ends")
                out[-1] = (whole, replace(low, high=r.high, is_range=True))
                continue
        out.append((span, r))
    return out


def _pounds_and_pence(doc: Doc, readings: list[tuple[Span, Reading]]) -> list[tuple[Span, Reading]]:
    """'1 pound 20p', '£3 50p': whole pounds and the glued pence right after them are one amount
    (1.20), as '4 pounds 50 pence' is."""
    pence = {span.start: (span, r) for span, r in readings if span.id_.startswith("money.glued_pence")}
    out = []
    for span, r in readings:
        after = pence.get(span.end)
        if after is not None and r.currency.code == "GBP" and not r.is_range and r.low == r.high == int(r.low) \
                and not span.id_.startswith("money.glued_pence") and doc[span.end - 1].whitespace_:
            amount = _tidy(r.low + after[1].low)
            out.append((doc[span.start:after[0].end], replace(r, low=amount, high=amount)))
        else:
            out.append((span, r))
    return out


def _settle_shared(readings: list[tuple[Span, Reading]]) -> list[tuple[Span, Reading]]:
    """A bare 'francs' or 'crowns' -> the one the text names in full ('Swiss francs', 'Czech crowns'),
    else its default (francs: CHF, noted), else no money ('2,000 crowns and tiaras')."""
    named: dict[str, dict[str, str]] = {}  # "crown" -> {"CZK": "Czech crowns"}
    for span, r in readings:
        word = span[-1].lower_.removesuffix("s")
        if r.currency.shared is None and word in _shared_words() and r.currency.code:
            name = " ".join(w.text for w in span if w.is_alpha and w.lower_ not in SCALES and w.lower_ not in NUMBER_WORDS)
            named.setdefault(word, {}).setdefault(r.currency.code, name)
    out = []
    text = None  # the Doc's text, joined from its tokens once if a shared name needs it
    for span, r in readings:
        shared = r.currency.shared
        if shared is None:
            out.append((span, r))
            continue
        if shared in tables().letter_signs and _names_a_thing(span):
            continue  # "N95 masks", "a K2 summit": a letter and digits that name a thing
        told = named.get(shared, {})
        country = None
        if not told:  # a default too gives way to the one country the text names ("francs" in Rwanda)
            text = doc_text(span.doc) if text is None else text
            country = _country_in_sentence(shared, span.sent) or _country_named(shared, text)
        said = _shared_mark(span, shared)
        source = "inferred"  # from the rest of the text
        if len(told) == 1:
            (code, name), = told.items()
            note = f"'{said}' read as {code}: the text names '{name}'"
        elif country is not None:
            code, name = country
            note = f"'{said}' read as {code}: the text names {name}"
        elif told or not r.currency.code:
            continue  # two kinds of franc named, or a crown of no country
        else:  # "'francs' read as Swiss franc (...)"; "pounds", sterling, as written
            code, note, source = r.currency.code, r.currency.note, r.currency.source
        if not r.currency.code and _whole_units_only(code) and _DOT_THOUSANDS.match(span[0].text):
            r = replace(r, low=r.low * 1000, high=r.high * 1000)  # "7.500 pesos" in Santiago: no centavos
        out.append((span, replace(r, currency=replace(r.currency, code=code, note=note, shared=None, source=source))))
    return out


def _names_a_thing(span: Span) -> bool:
    """A letter and bare digits modifying the noun after them ("N95 masks", "the K2 summit"), unless
    the noun names a sum ("a K500 fine", "N450 fares"); or after "the" with no such noun, as roads
    and models are named ("on the R101 near Brits", "the N1")."""
    if not _BARE_LETTER.match(span.text):
        return False
    tok = span[-1]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the" \
            and (after is None or after.lemma_.lower() not in MONEY_CUES):
        return True
    return tok.dep_ in ("compound", "nmod", "amod") \
        and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN") \
        and tok.head.lower_ not in MONEY_CUES and tok.head.lemma_.lower() not in MONEY_CUES


_BARE_LETTER = re.compile(r"^[A-Z]\d+$")


def _shared_mark(span: Span, word: str) -> str:
    """The word or sign of a money span that several currencies share: 'francs' in '18 million
    francs', 'Sh' in 'Sh28.4 billion'."""
    named = next((w.text for w in span if w.lower_.removesuffix("s") == word), None)
    return named or re.sub(r"[\d.,]+.*", "", span[0].text)


def _country_named(word: str, text: str) -> tuple[str, str] | None:
    """(code, country) when the text names exactly one country whose currency is a `word`: a bare
    'pesos' in a story that names Mexico is the Mexican peso; one that names Mexico and Chile, none.
    A city the text names stands for its country ('145 kroner' in a story from Copenhagen), by the
    bundled table of capitals and large cities (data/cities.json, from GeoNames); failing both, the
    adjective of its currency ('a Bulgarian toll' beside '12 leva')."""
    territories = _territories_by_word().get(word, {})
    found = territories_named(text, territories) or _cities_named_in(text, territories) \
        or _adjectives_named(text, territories)  # last, as adjectives are often of something else ("Indian Ocean")
    return _one_country(found, territories)


def _country_in_sentence(word: str, sentence: Span) -> tuple[str, str] | None:
    """(code, country) when the figure's own sentence names exactly one country whose currency is a
    `word`, by its name, a city of it or its currency's adjective ("a Chilean start-up raised 30
    billion pesos", "Mombasa's county signed a deal worth Sh2.1 billion"): the nearest evidence of which
    one it is, before what the rest of the story names (Uganda, Mexico, further on)."""
    territories = _territories_by_word().get(word, {})
    text = sentence.text
    found = {**_adjectives_named(text, territories), **_cities_named_in(text, territories),
             **territories_named(text, territories)}
    one = _one_country(found, territories)
    return (one[0], f"{one[1]} in its sentence") if one else None


def _cities_named_in(text: str, territories: dict[str, str]) -> dict[str, str]:
    """The territories of `territories` the text names a city of, each as "Santiago, in Chile"."""
    names = territory_names()
    return {t: f"{city}, in {names[t]}" for t, city in cities_named(text).items() if t in territories}


def _one_country(found: dict[str, str], territories: dict[str, str]) -> tuple[str, str] | None:
    """(code, how the text names it) when the territories found all take one currency, else None."""
    if len({territories[t] for t in found}) != 1:
        return None
    t = min(found)
    return territories[t], found[t]


def _adjectives_named(text: str, territories: dict[str, str]) -> dict[str, str]:
    """The territories whose currency's adjective the text writes ('a Bulgarian toll' beside '12
    leva'): CLDR's English name of the currency less its last word ('Bulgarian Lev')."""
    return {t: adjective for t, code in territories.items()
            if (adjective := _currency_adjective(code)) and re.search(rf"\b{re.escape(adjective)}\b", text)}


@functools.cache
def _currency_adjective(code: str) -> str:
    from babel.numbers import get_currency_name

    return " ".join(get_currency_name(code, locale="en").split()[:-1])


@functools.cache
def _tender() -> dict[str, tuple[str, ...]]:
    """Each country's legal tender on TENDER_DATE, by territory code (CLDR's territory data; "001"
    World and "419" Latin America are regions, not countries)."""
    from babel.numbers import get_territory_currencies

    return {territory: tuple(get_territory_currencies(territory, TENDER_DATE, tender=True))
            for territory in territory_names() if territory.isalpha()}


def _tender_codes() -> frozenset[str]:
    """The currencies some country's legal tender is (_tender)."""
    return frozenset(code for codes in _tender().values() for code in codes)


@functools.cache
def _dollar_codes() -> frozenset[str]:
    """The codes of the currencies CLDR names a dollar ("JMD": Jamaican Dollar)."""
    from babel import Locale

    return frozenset(code for code, name in Locale("en").currencies.items() if name.endswith(" Dollar"))


@functools.cache
def _territories_by_word() -> dict[str, dict[str, str]]:
    """'peso' -> {'MX': 'MXN', 'PH': 'PHP', ...}: for each word several currencies share, the
    countries (CLDR territory codes) whose legal tender is one of them (as of TENDER_DATE); for each
    letter sign ('k'), the countries of the table that write it."""
    from babel import Locale
    from babel.numbers import get_currency_name

    en = Locale("en")
    out: dict[str, dict[str, str]] = {}
    words = _shared_words()
    # the names table's too: CLDR calls the Czech crown a koruna, the hand table "czech crowns" (CZK)
    hand = {(name.split()[-1].removesuffix("s"), code) for name, code in tables().names.items()
            if code and " " in name and name.split()[-1].removesuffix("s") in words}
    for sign, territories in tables().letter_signs.items():  # "K": the kwachas, the kina, the kyat
        # the country's own currency where it has two ("Nu." is Bhutan's ngultrum, not the rupee it also takes)
        out[sign] = {t: next((c for c in _tender()[t] if c[:2] == t), _tender()[t][0]) for t in territories}
    for territory, codes in _tender().items():
        for code in codes:
            for count in (1, 2):  # "krone" and "kroner"
                word = _key(get_currency_name(code, count=count, locale=en)).split()[-1].removesuffix("s")
                if word in words:
                    out.setdefault(word, {})[territory] = code
            for word in {w for w, c in hand if c == code}:
                out.setdefault(word, {})[territory] = code
    return out


def shared_word_territories() -> dict[str, frozenset[str]]:
    """'peso' -> the codes of the countries whose currency it names (tools/build_cities.py reads it)."""
    return {word: frozenset(ts) for word, ts in _territories_by_word().items()}


@functools.cache
def _shared_words() -> frozenset[str]:
    """'franc', 'crown', 'rial': bare words several currencies share."""
    return frozenset(k.removesuffix("s") for k in tables().bare_names)


def _longest(readings: list[tuple[Span, Reading]], taken: set[int]) -> list[tuple[Span, Reading]]:
    """The longest readings that do not overlap each other or `taken`."""
    kept = []
    for span, reading in sorted(readings, key=lambda sr: (-(sr[0].end - sr[0].start), sr[0].start)):
        if not taken.intersection(range(span.start, span.end)):
            taken.update(range(span.start, span.end))
            kept.append((span, reading))
    return kept


def _carried(doc: Doc, bare: list[Span], kept: list[tuple[Span, Reading]], decimal_comma: bool,
             ) -> list[tuple[Span, Reading]]:
    """Figures without a currency that take one from context: '€2.45 billion (2.16 billion)', 'a levy of 512.37 crore'."""
    from spacy.tokens import Span

    out = []
    for span in bare:
        inner = span[1:-1] if span[0].text == "(" else span
        side = _read_side(_locale(split_pieces([t.text for t in inner]), decimal_comma))
        if side is None or side[1] is not None:
            continue
        value, precision, scale = side[0]
        if 1.0 < scale < 1e6 or scale == 1.0 and (value < 1000 or not any(c in inner.text for c in ",.")):
            continue  # "(2021)", "(5)", "1.3k": only large figures carry a currency this way
        source = _carry_source(doc, span, inner, kept, scale)
        if source is None:
            continue
        cur = source if isinstance(source, Currency) else Currency(
            source[1].currency.code, "inferred", 1.0, f"currency carried over from '{source[0].text}'")
        figure = Span(doc, inner.start, inner.end, label=KIND, span_id=span.id_)  # keeps the rule id
        out.append((figure, Reading(_tidy(value), _tidy(value), cur, precision, False)))
    return out


def _carry_source(doc: Doc, span: Span, inner: Span, kept: list[tuple[Span, Reading]], scale: float,
                  ) -> tuple[Span, Reading] | Currency | None:
    """The money claim (or, for crore/lakh, the currency) a bare figure borrows from, if context allows."""
    before = [(s, r) for s, r in kept if s.end <= span.start and r.currency.factor == 1.0]
    if span[0].text == "(":  # "€2.45 billion (2.16 billion)": a restatement of the figure just before
        return next(((s, r) for s, r in before if s.end == span.start), None)
    nxt = doc[inner.end] if inner.end < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None  # "3 million users": a count, not money
    sent = inner.sent if doc.has_annotation("SENT_START") else doc[:]
    in_sentence = [(s, r) for s, r in before if s.start >= sent.start]
    prev = doc[inner.start - 1].lower_ if inner.start > 0 else ""
    if prev in CARRY_WORDS and in_sentence:  # "of which 41,3 million", "up from 4 billion"
        return in_sentence[-1]
    if prev in CARRY_WORDS and _counted_before(sent, inner.start):
        return None  # "reached 60 million units, down from 81 million": the units of the figure it is set against
    if not any(t.lower_ in MONEY_CUES or t.lemma_.lower() in MONEY_CUES for t in sent):  # the model lemmatises "fined" as "fin"
        return None
    if before:  # "fined the bank 2,415.08 crore" after "₹2,415.1 crore" elsewhere in the text
        return before[-1]
    if inner[-1].lower_ in INDIAN_SCALES:
        return Currency("INR", "inferred", 1.0, "a crore/lakh figure read as Indian rupees")
    return None


def _counted_before(sent: Span, start: int) -> bool:
    """The sentence counts something with a noun of its own before token `start`: a figure then a
    noun that names no currency ("60 million units", "12,000 tonnes")."""
    doc, t = sent.doc, tables()
    return any(w.like_num and w.i + 1 < start and doc[w.i + 1].pos_ == "NOUN"
               and doc[w.i + 1].lower_ not in t.names and doc[w.i + 1].lower_ not in t.bare_names
               for w in doc[sent.start:start])


_DOLLAR_THEN_CODE = re.compile(r"^(?P<code>[A-Z]{1,2})(?P<figure>\d[\d.,]*(?:bn|mn|m|k|b|tn)?)$")


def _dollar_then_code(span: Span) -> Reading | None:
    """'$US500 million', '$A20', '$NZ3bn': the country after the sign, as Australian and New Zealand
    papers write it; read as 'US$500 million'."""
    m = _DOLLAR_THEN_CODE.match(span[1].text)
    if m is None:
        return None
    return read_money([f"{m['code']}$", m["figure"], *[t.text for t in span[2:]]])


def _glued_minor(span: Span) -> Reading | None:
    """'99p', '4.5p' -> GBP 0.99, 0.045: pence glued to the figure, under a hundred (a hundred pence
    and more is written in pounds, so '720p' and '1080p' are screens, not prices) unless told to a
    tenth of a penny, as fuel is sold ('148.9p' a litre); not after a noun ('Player 2p'). Cents the
    same: '85c', '4.5c' a litre (a cent of the dollar unless the text says more, as 'cents' is), but
    not where the sentence speaks of the weather ('it hit 24c')."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].pos_ in ("NOUN", "PROPN") \
            and doc[span.start - 1].lower_ not in ("pound", "pounds", "quid", "dollar", "dollars", "euro", "euros"):
        return None  # "Player 2p", "Route 5p", "flat 4c": a name (but "1 pound 20p" is one price)
    text = span[0].text.rstrip(".")
    if text.endswith("c"):
        if span.start > 0 and doc[span.start - 1].pos_ == "ADJ":
            return None  # "flat 4c", a tagger's adjective: a label
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        if any(t.lemma_.lower() in WEATHER_LEMMAS or t.lower_ in WEATHER_LEMMAS for t in sent):
            return None  # "the temperature hit 24c": degrees
    return read_money([text[:-1], "pence" if text.endswith("p") else "cents"])


# notes named by the amount they are worth, in British slang: "a fiver", "a tenner"
# coins and notes called by their names: (what one is worth, in what)
SLANG_NOTES: Final[dict[str, tuple[str, str]]] = {
    "fiver": ("5", "pounds"), "tenner": ("10", "pounds"), "loonie": ("1", "Canadian dollars"),
    "toonie": ("2", "Canadian dollars"), "nickel": ("5", "cents"), "dime": ("10", "cents"),
    "benjamin": ("100", "dollars"),
}


def _a_unit(span: Span) -> Reading | None:
    """'costs a dollar', 'less than a euro a day', 'a quid' -> one unit; not 'a dollar store', 'a
    euro zone', 'a dollar-denominated bond' (the word names a thing, not an amount). 'a buck fifty',
    'a dollar twenty-five': the hundredths said aloud after the one unit (1.50, 1.25)."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.text in DASHES or nxt.lower_ == "'s"
                            or nxt.like_num) and nxt.tag_ not in ("JJR", "RBR"):  # "a quid more" is one
        return None
    unit = span[1]
    if unit.text[:1].isupper():
        return None  # "a Euro" in a name
    if len(span) == 2 and unit.lower_ in ("penny", "cent", "dime", "nickel") and _no_sum_at_all(span):
        return None  # "not a penny to my name", "won't pay a dime", "I need to spend a penny": no sum
    hundredths = [t.text for t in span[2:] if t.text not in DASHES]
    reading = read_money([*SLANG_NOTES.get(unit.lower_, ("1", unit.text)), *hundredths])
    # the words after the unit are a price's hundredths only as a whole amount: "a buck fifty."
    return None if reading is None or hundredths and reading.low == 1.0 else replace(reading, clause_end=False)


def _named_notes(span: Span) -> Reading | None:
    """'a C-note' (a hundred-dollar bill); 'two toonies', 'three fivers', 'five Benjamins': coins and
    notes by their names, counted (the count times what one is worth)."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return None  # "two nickel mines", "a C-note collection"
    if span[0].lower_ == "a":
        return read_money(["100", "dollars"])
    count = parse_number(span[0].text)
    name = span[-1].lower_.removesuffix("s")
    if count is None or name not in SLANG_NOTES or (name == "benjamin" and span[-1].text != "Benjamins"):
        return None
    worth, unit = SLANG_NOTES[name]
    one = read_money([worth, unit])
    return None if one is None else replace(one, low=_tidy(one.low * count.value), high=_tidy(one.high * count.value))


def _rate_after(doc: Doc, i: int) -> bool:
    """What a price is per, after it: 'a bag', 'per kilo', 'each way'."""
    return doc[i].lower_ in ("a", "an", "per", "each") and i + 1 < len(doc) and doc[i + 1].tag_ == "NN"


# a price by the pound in another currency, or pounds valued in one: the pounds are a weight
_BY_THE_POUND = re.compile(r"[$€¥]\s?\d[\d.,]*+\s(?:a|per)\spound\b|\bpounds?\s(?:worth|valued\sat)\s[$€¥]",
                           re.IGNORECASE)


# ... and pounds of a thing told right before a comparison's "from" or "than": its base is pounds of it
# too (not after a sum in pounds: "paid 40 pounds for 5 pounds of apples, up from 30 pounds" is money)
_POUNDS_FIGURE = re.compile(r"(?<![\d.,])\d[\d.,]*+\s(?:(?:million|billion)\s)?pounds\b(\sof\b)?", re.IGNORECASE)
_COMPARED = frozenset({"from", "than", "with", "versus", "vs"})


def _priced_by_the_pound(span: Span) -> bool:
    """The figure's sentence prices a thing by the pound in dollars, euros or yen ("received $8.60 a
    pound") or values the pounds in one ("840,000 pounds worth $1.9 million"), or the figure is the base
    of a comparison with pounds of a thing ("hauled 2.1 million pounds of crab, down from 2.6 million
    pounds in 2024")."""
    sent = span.sent
    if _BY_THE_POUND.search(sent.text) is not None:
        return True
    doc = span.doc
    compared = any(doc[k].lower_ in _COMPARED for k in range(max(span.start - 3, sent.start), span.start))
    before = _POUNDS_FIGURE.findall(doc[sent.start:span.start].text) if compared else []
    return bool(before) and bool(before[-1])  # the pounds figure nearest before it weighs a thing


def _no_sum_at_all(span: Span) -> bool:
    """'a penny' or 'a cent' under a negated verb ("hasn't got a penny", "won't pay a cent": nothing at
    all), or the British idiom "spend a penny" with nothing spent on anything (no "on" or "for" after)."""
    verb = verb_above(span.root)
    if verb is None:
        return False
    if any(c.dep_ == "neg" for c in verb.children) or any(t.lower_ in ("not", "never", "n't") for t in span.doc[
            max(verb.i - 3, 0):verb.i]):
        return True
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return verb.lemma_.lower() == "spend" and after not in ("on", "for", "in", "at")


# what a hyphenated "N-pound" before a noun may still price: "a 20-pound note", "a 50-pound fine"
_POUND_THINGS_PRICED: Final = MONEY_CUES | {"note", "notes", "coin", "coins", "voucher", "vouchers", "ticket",
                                             "tickets", "bill", "bills", "bet", "bets", "prize", "tip", "fare", "fares"}


def _weight_of_a_thing(span: Span) -> bool:
    """A figure in digits hyphenated to "pound" and modifying the noun after it weighs that thing
    ("a 25-pound sack of flour"), unless the noun is one a sum buys or names ("a 20-pound note", "a
    50-pound fine")."""
    doc = span.doc
    if len(span) != 3 or not span[0].text[:1].isdigit() or span[-1].lower_ not in ("pound", "pounds") \
            or span[-2].text not in DASHES or span[-2].whitespace_ or span.end >= len(doc):
        return False  # "a 116-million-pound deal" is a sum: a scale word weighs nothing
    noun = doc[span.end] if doc[span.end].pos_ in ("NOUN", "PROPN") else span[-1].head
    return noun.i >= span.end and noun.pos_ in ("NOUN", "PROPN") and noun.lower_ not in _POUND_THINGS_PRICED \
        and noun.lemma_.lower() not in _POUND_THINGS_PRICED


def _fits(span: Span, reading: Reading) -> bool:
    """Context checks a span cannot make alone."""
    doc = span.doc
    if span.start > 0 and (doc[span.start - 1].is_currency or doc[span.start - 1].text.endswith("$")
                           or _key(doc[span.start - 1].text) in tables().symbols):
        return False  # "$5m to $7m", "Rs 10 to Rs 12" seen from the figure: the reading with its symbol is right
    if (span[0].text in tables().code_stoplist or span.id_ == "money.letter_spaced") \
            and span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False  # "AMD 1.2 billion transistors", "TOP 10,000 firms", "the P 500 form": a word or a name
    glued = _GLUED_CODE.match(span[0].text)
    if glued and (len(span) == 1 or span[1].lower_ not in SCALES) and not _glued_price(span, glued["code"]):
        return False  # "COP26", "ESP32": a code glued to a bare integer names a thing; "EUR5m" is money
    if span[-1].lower_ == "sen" and span[-1].text != "sen":
        return False  # "48 Sen Smith": a senator, not Malaysian cents
    if [t.lower_ for t in span] == ["two", "cents"] and span.start > 0 \
            and doc[span.start - 1].tag_ in ("PRP$", "POS"):
        return False  # "here's my two cents", "the coach's two cents": an opinion, not money
    if span[-1].lower_ == "bob" and (span[-1].text != "bob" or span[-2].text in DASHES):
        return False  # "200 Bob Marley fans" a name; "a two-bob outfit" cheap, not two Kenyan shillings
    if span[-1].lower_ == "grand" and (span[-1].text == "Grand" or span.end < len(doc)
                                      and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ")):
        return False  # "two grand pianos", "50 Grand Avenue": no thousand dollars
    if _weight_of_a_thing(span):
        return False  # "a 25-pound sack of flour", "the 12-pound ham": a weight
    if reading.is_range:
        words = [t.lower_ for t in span]
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if "and" in words and prev != "between":
            return False  # "$5 and $10" without "between" is two figures
        if change_then_level(doc, span, reading.low, reading.high):
            return False  # "rose from $5m to $7m", "by $40m to $512m": two figures; "fines from $5 to $10" a range
    if reading.currency.code in CRYPTO and span.end < len(doc) and doc[span.end].tag_ in ("NNS", "NNPS"):
        return False  # "40 bitcoin ATMs", "three ether wallets": the coin names the things counted
    if reading.clause_end and span.end < len(doc) and not (doc[span.end].is_punct or doc[span.end].is_space
                                                           or doc[span.end].pos_ in ("ADV", "ADP")
                                                           or _rate_after(doc, span.end)):
        return False  # "one dollar and one and one point": not a spoken price (a line may end unpunctuated);
        # "eleven pounds eighty a bag", "two pounds fifty each way" are one
    if span.id_ == "money.symbol_glued_minor" and span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX"):
        return False  # "he paid £5 and 20p was left over": the pence open a clause of their own
    if reading.bare_minor and span.end < len(doc) and (doc[span.end].pos_ in ("NOUN", "PROPN", "NUM", "ADJ")
                                                       or doc[span.end].text in ("%", "-", "/")):
        return False  # "gave 4 pounds 50 pupils": the second figure counts what follows
    if reading.currency.code == "GBP" and span[-1].lower_ in WEIGHT_POUNDS:
        nxt = doc[span.end].lower_ if span.end < len(doc) else ""
        verbs = {t.lemma_ for t in doc[max(0, span.start - 4): span.start]}
        ounces = span.end + 1 < len(doc) and doc[span.end].like_num and doc[span.end + 1].lower_ in OUNCES
        stone = span.start > 0 and doc[span.start - 1].lower_ == "stone"
        converted = nxt in ("in", "to", "into") and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in MASS_UNITS
        if nxt == "of" or verbs & WEIGHT_VERBS or ounces or stone or converted or _priced_by_the_pound(span):
            return False  # "5 pounds of cocaine", "he lost 20 pounds", "2 pounds 3 ounces", "11 stone 4 pounds",
            # "15 pounds in kilos", "sold 840,000 pounds worth $1.9 million": weight
    return True


def _glued_price(span: Span, code: str) -> bool:
    """'fares rose to CNY8', 'a meal costs RM15': a current ISO code or a lettered symbol glued to a figure
    is a price when no noun follows ('the ESP32 chip', 'the COP26 summit', 'the RM15 engine') and the
    code is no English word or retired currency."""
    t = tables()
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    symbol = code.lower() in t.symbols or code.lower() in t.shared_signs
    if not symbol and (code not in t.codes or code in t.code_stoplist or code in RETIRED_CODES):
        return False
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM")


def _found(doc: Doc, span: Span, r: Reading, other_dollars: bool) -> Found:
    qualifier = bound_of(doc, span, r.is_range)  # "up to $5 million", "$5 million or more"
    notes = (r.currency.note,) if r.currency.note else ()
    if other_dollars and r.currency.code == "USD" and r.currency.source == "inferred":
        notes += ("the text also marks other dollars; this bare '$' may not be US dollars",)
    value = MoneyValue(
        amount=r.low, currency=r.currency.code, low=r.low, high=r.high,  # a range's amount is its first figure
        precision=round(r.precision, 6), currency_source=r.currency.source,  # type: ignore[arg-type]
    )
    confidence = 0.8 if r.currency.source == "inferred" else 0.9
    end = span.end_char - (span[-1].text.endswith(".") and (span[-1].lower_.rstrip(".") in SCALES  # "€2.5m."
                                                            or span.id_.startswith(("money.glued_pence",  # "99p."
                                                                                    "money.rupee_glued_lakh"))))
    return Found(span.start_char, end, value, span.id_ or "money", qualifier, confidence, notes=notes)
