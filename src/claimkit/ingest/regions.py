"""Non-article regions of a document text: promotions, disclaimers, share widgets,
"related" teasers and non-English paragraphs. Text -> `Region`s; marked, never deleted.

Works line by line from cue tables; precision over recall, since a claim inside
a region never raises a conflict by default.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Iterator

from claimkit.lexicon import OTHER_LANGUAGES as SUPPORTED
from claimkit.models import Region

# Lowercased cues. A promo cue marks a line only when the line is short or also carries emoji/URLs,
# so "a bonus of $5 million for executives" in a long article paragraph stays article text.
PROMO_CUES: tuple[str, ...] = (
    "lucky draw", "draw now", "sign up", "signup", "register and", "register now", "bonus", "airdrop",
    "giveaway", "sponsored", "promo code", "referral", "claim your", "limited time", "join now",
    "trade now", "download the app", "注册", "领取", "空投", "福利", "抽奖",
)
PROMO_LINES: frozenset[str] = frozenset({"ad", "ads", "advertisement", "sponsored", "广告", "推广"})
PROMO_PAIRS: tuple[tuple[str, str], ...] = (("win", "prize"), ("earn", "points"), ("get", "usdt"))
PROMO_MAX_WORDS = 12  # beyond this a cue alone does not make a line promotional
PROMO_DECORATED_WORDS = 25  # an emoji plus a link on a line this short is an ad

DISCLAIMER_STARTS: tuple[str, ...] = ("disclaimer", "免责声明", "风险提示", "risk warning", "legal notice")
DISCLAIMER_PHRASES: tuple[str, ...] = (
    "does not constitute investment advice", "not constitute financial advice", "not investment advice",
    "not financial advice", "for information only", "for informational purposes only",
    "for information purposes only", "不构成", "投资建议", "仅供参考",
)
DISCLAIMER_EDGE = 1 / 3  # a disclaimer phrase counts in the first or last third of the lines, not mid-story

RELATED_STARTS: tuple[str, ...] = (
    "related:", "related content:", "related article:", "related articles:", "related news:",
    "read more:", "read also:", "also read:", "see also:", "magazine:", "recommended:",
    "相关阅读", "推荐阅读",
)
TEASER_TAIL_LINES = 3  # a "( headline )" line counts as a teaser only among the last few lines
TEASER_MIN_WORDS = 6  # "($1 = 104.0270 roubles)" is a wire's rate note, not a teaser

SHARE_TARGETS: frozenset[str] = frozenset({
    "share", "share to", "share this", "share on", "x", "twitter", "telegram", "facebook", "reddit",
    "copylink", "copy link", "whatsapp", "email", "e-mail", "linkedin", "app", "weibo", "wechat",
    "line", "pinterest", "print", "微信", "微博", "分享",
})
SHARE_MIN_LINES = 3

FOREIGN_MIN_LETTERS = 8
FOREIGN_MAX_LATIN = 0.5  # share of letters that are Latin below which a paragraph is non-English

# Which kind wins when one line fits several: "派网:注册并领取..." is Chinese but above all an ad.
PRECEDENCE: tuple[str, ...] = ("disclaimer", "promo", "share", "related", "foreign_language")


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str

    @functools.cached_property
    def lower(self) -> str:
        return self.text.lower()

    @functools.cached_property
    def words(self) -> list[str]:
        return self.text.split()


def detect_regions(text: str, body_start: int = 0, language: str = "en") -> list[Region]:
    """Regions of `text` (offsets into it) that are not article copy: 'Disclaimer: ...' -> disclaimer.
    In a document whose language is not English, its own script is no foreign paragraph."""
    lines = list(_lines(text, body_start))
    if not lines:
        return []
    kinds: list[str | None] = [None] * len(lines)
    _mark(kinds, [_is_disclaimer(i, ln, len(lines)) for i, ln in enumerate(lines)], "disclaimer")
    _mark(kinds, _promo_flags(lines), "promo")
    _mark(kinds, _share_flags(lines), "share")
    _mark(kinds, [_is_related(i, ln, len(lines)) for i, ln in enumerate(lines)], "related")
    if language.lower()[:2] not in SUPPORTED:
        _mark(kinds, [_is_foreign(ln) for ln in lines], "foreign_language")
    return _merge(lines, kinds)


def _lines(text: str, body_start: int) -> Iterator[_Line]:
    """Non-blank lines after body_start, with offsets of their stripped text."""
    pos = body_start
    for raw in text[body_start:].splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield _Line(pos + lead, pos + lead + len(stripped), stripped)
        pos += len(raw)


def _mark(kinds: list[str | None], flags: list[bool], kind: str) -> None:
    for i, flag in enumerate(flags):
        if flag and kinds[i] is None:
            kinds[i] = kind


def _merge(lines: list[_Line], kinds: list[str | None]) -> list[Region]:
    """Adjacent lines of one kind (blank lines between them allowed) become one region."""
    regions: list[Region] = []
    last = -2  # index of the line that ended the previous region
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if kind is None:
            continue
        if regions and regions[-1].kind == kind and last == i - 1:
            regions[-1] = Region(start=regions[-1].start, end=line.end, kind=kind)  # type: ignore[arg-type]
        else:
            regions.append(Region(start=line.start, end=line.end, kind=kind))  # type: ignore[arg-type]
        last = i
    return regions


# --------------------------------------------------------------------------- per-kind tests


def _is_disclaimer(index: int, line: _Line, count: int) -> bool:
    low = line.lower
    if low.startswith(DISCLAIMER_STARTS):
        return True
    # "the data was shared for information only, the ministry said" mid-story is article copy
    reach = max(1.0, count * DISCLAIMER_EDGE)
    edge = index < reach or count - 1 - index < reach
    return edge and any(p in low for p in DISCLAIMER_PHRASES)


def _promo_flags(lines: list[_Line]) -> list[bool]:
    """Runs of promo-looking lines (emoji-led, links, hashtags) that hold at least one promo cue."""
    strong = [_promo_cue(ln) for ln in lines]
    weak = [s or _promo_like(ln) for s, ln in zip(strong, lines)]
    flags = [False] * len(lines)
    i = 0
    while i < len(lines):
        if not weak[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and weak[j]:
            j += 1
        if any(strong[i:j]):
            flags[i:j] = [True] * (j - i)
        i = j
    return flags


def _promo_cue(line: _Line) -> bool:
    low = line.lower
    if low.strip(" .:!") in PROMO_LINES:
        return True
    if len(line.words) <= PROMO_DECORATED_WORDS and _has_url(line) and _has_emoji(line.text):
        return True  # "🔥 Follow us on X: https://x.com/...": emoji and a link make an ad without cue words
    cue = any(b in low and _has_phrase(low, a) for a, b in PROMO_PAIRS) or any(_has_phrase(low, c) for c in PROMO_CUES)
    if not cue:
        return False
    return len(line.words) <= PROMO_MAX_WORDS or _has_url(line) or _has_emoji(line.text)


def _promo_like(line: _Line) -> bool:
    """Decoration typical of ads: an emoji first, a bare link, or only hashtags."""
    if _starts_with_emoji(line.text):
        return True
    if _has_url(line) and len(line.words) <= 15:
        return True
    return all(w.startswith("#") for w in line.words)


def _share_flags(lines: list[_Line]) -> list[bool]:
    """A run of very short lines naming share targets: 'Share To / X / Telegram / Facebook'."""
    hit = [_share_word(ln) for ln in lines]
    flags = [False] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and hit[j]:
            j += 1
        if j - i >= SHARE_MIN_LINES:
            flags[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    return flags


def _share_word(line: _Line) -> bool:
    return len(line.words) <= 3 and line.lower.strip(" :|·") in SHARE_TARGETS


def _is_related(index: int, line: _Line, count: int) -> bool:
    low = line.lower
    if low.startswith(RELATED_STARTS):
        return True
    # "( Regulator orders a shop chain to hand over its logs! ... )": a bracketed teaser headline near the end
    return (
        index >= count - TEASER_TAIL_LINES
        and line.text.startswith(("(", "（")) and line.text.endswith((")", "）"))
        and sum(1 for w in line.words if any(ch.isalpha() for ch in w)) >= TEASER_MIN_WORDS
    )


def _is_foreign(line: _Line) -> bool:
    """Mostly non-Latin letters (CJK, Cyrillic, Arabic, ...): a plain script count, no language model."""
    if line.text.isascii():
        return False
    letters = 0
    latin = 0
    for ch in line.text:
        if ch.isalpha():
            letters += 1
            code = ord(ch)
            # Latin blocks: Basic, Latin-1, Extended-A/B, IPA; Extended Additional; fullwidth Latin
            latin += code < 0x2B0 or 0x1E00 <= code <= 0x1EFF or 0xFF21 <= code <= 0xFF5A
    return letters >= FOREIGN_MIN_LETTERS and latin / letters < FOREIGN_MAX_LATIN


# --------------------------------------------------------------------------- character helpers


def _is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or ch in ("\ufe0f", "\u20e3")


def _starts_with_emoji(text: str) -> bool:
    # "1️⃣ Enter 'Post'": a keycap emoji is a digit followed by U+FE0F U+20E3
    head = text[:3]
    return bool(head) and (_is_emoji(head[0]) or "\u20e3" in head)


def _has_emoji(text: str) -> bool:
    return not text.isascii() and any(_is_emoji(ch) for ch in text)


def _has_url(line: _Line) -> bool:
    low = line.lower
    return ("http" in low or "www." in low) and any(w.lower().startswith(("http://", "https://", "www.")) for w in line.words)


def _has_phrase(low: str, cue: str) -> bool:
    """Cue as whole words ("ad" must not match "added"); CJK cues match as substrings."""
    if not cue.isascii():
        return cue in low
    at = low.find(cue)
    while at != -1:
        before = low[at - 1] if at > 0 else " "
        after = low[at + len(cue)] if at + len(cue) < len(low) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        at = low.find(cue, at + 1)
    return False
