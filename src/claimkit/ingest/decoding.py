"""Bytes -> text: BOMs, UTF-8, UTF-16 without a BOM and legacy code pages (charset-normalizer)
decoded, binary files recognised. `scrub` then makes invisible characters that would glue onto
words spaces, one character for one, so offsets stay those of the decoded file.
"""

from __future__ import annotations

from typing import Any

# legacy encodings in the order we trust them when charset-normalizer finds several equally clean
PREFERRED_ENCODINGS = ("cp1252", "iso8859_1", "cp1251", "gb18030", "gbk", "big5", "shift_jis", "euc_jp",
                       "euc_kr", "cp1250", "koi8_r", "iso8859_15", "cp1253", "cp1254", "cp1256")
# bidi marks/embeddings/overrides/isolates, zero-width space, word joiner, a BOM inside the text;
# ZWJ and ZWNJ stay (they shape Persian, Indic scripts and emoji)
_INVISIBLE_CHARS = "\u061c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS), " ")


def decode(data: bytes) -> tuple[str | None, str, str | None]:
    """(text, encoding, note). text is None for binary data, with the reason in note."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                     (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            text = data[len(bom):].decode(enc.replace("-sig", ""), "replace")
            return text, enc, ("undecodable bytes replaced with U+FFFD" if "\ufffd" in text else None)
    if b"\x00" in data[:8192]:
        wide = _utf16_without_bom(data)
        if wide is not None:
            return wide, "utf-16", "UTF-16 without a byte-order mark"
        return None, "binary", "binary file (NUL bytes): skipped"
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    lossy = data.decode("utf-8", "replace")
    bad = lossy.count("\ufffd")
    wide_chars = sum(1 for ch in lossy if ord(ch) > 0x7F and ch != "\ufffd")
    if wide_chars >= bad:  # real UTF-8 text with a few broken bytes, not a legacy code page
        return lossy, "utf-8", f"not valid UTF-8: {bad} undecodable byte(s) replaced with U+FFFD"
    legacy = _legacy(data)
    if legacy is not None:
        return legacy[0], legacy[1], f"not UTF-8: decoded as {legacy[1]}"
    return lossy, "utf-8", f"not valid UTF-8: {bad} undecodable byte(s) replaced with U+FFFD"


def _legacy(data: bytes) -> tuple[str, str] | None:
    """The cleanest 8-bit/CJK decoding charset-normalizer finds, common code pages first on a tie."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    clean = [m for m in matches if m.chaos <= least + 0.01]
    rank = {enc: i for i, enc in enumerate(PREFERRED_ENCODINGS)}

    def name(m: Any) -> str:  # cp1250 and cp1252 often decode a text identically: record the common one
        return min(m.could_be_from_charset or [m.encoding], key=lambda e: rank.get(e, len(rank)))

    best = min(clean, key=lambda m: rank.get(name(m), len(rank)))
    return str(best), name(best)


def _utf16_without_bom(data: bytes) -> str | None:
    """ASCII-heavy UTF-16 shows NULs in every other byte; anything else with NULs is binary."""
    sample = data[:8192]
    if len(sample) < 4:
        return None
    odd = sample[1::2].count(0) / (len(sample) // 2)
    even = sample[0::2].count(0) / ((len(sample) + 1) // 2)
    enc = "utf-16-le" if odd > 0.6 and even < 0.1 else "utf-16-be" if even > 0.6 and odd < 0.1 else None
    if enc is None or len(data) % 2:
        return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    return text if "\x00" not in text else None


def scrub(text: str) -> tuple[str, str | None]:
    """Lone surrogates (from JSON '\\ud800') cannot be written out: each becomes U+FFFD, offsets kept.
    Bidi controls and zero-width spaces glue onto words ("\u202e5 years" is no figure): each becomes a space."""
    notes = []
    hidden = sum(text.count(ch) for ch in _INVISIBLE_CHARS)
    if hidden:
        text = text.translate(_INVISIBLE)
        notes.append(f"{hidden} bidi control or zero-width character(s) read as spaces")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
        notes.append("lone surrogate code points replaced with U+FFFD")
    return text, "; ".join(notes) or None
