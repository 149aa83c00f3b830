"""The spaCy pipeline: loaded once per process, with claimkit's SpanRuler added.

`get_nlp(model)` is the only place spaCy is loaded. Rule patterns live in
`extract/patterns/<kind>.jsonl`; matches land in `doc.spans["claimkit"]`, so
the model's own `doc.ents` stay untouched.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import TYPE_CHECKING, Iterator

from claimkit.errors import InputError, PatternError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SPANS_KEY = "claimkit"
CHUNK_CHARS = 100_000  # well under spaCy's max_length; long texts are cut at paragraph breaks
# spaCy strips affixes one character at a time, copying the rest: a run of 8,000 "?" takes
# 8 s, 100,000 would take 20 minutes. Runs longer than LONG_RUN are tokenized in RUN_PIECE pieces.
LONG_RUN = 1000
RUN_PIECE = 250
_BREAK = re.compile(r"\n\s*\n|\n")


@functools.cache
def get_nlp(model: str) -> Language:
    """The named spaCy pipeline plus claimkit's span ruler (cached per model name)."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise InputError(f"spaCy model {model!r} is not installed (set --model or CLAIMKIT_MODEL)") from exc
    ruler = nlp.add_pipe(
        "span_ruler", name="claimkit_ruler", last=True,
        config={"spans_key": SPANS_KEY, "validate": True, "overwrite": False},
    )
    ruler.add_patterns(list(load_patterns()))  # type: ignore[attr-defined]
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    return nlp


class BoundedTokenizer:
    """spaCy's tokenizer, except that whitespace-free runs over LONG_RUN characters are cut
    into RUN_PIECE pieces first (linear time on "????..." instead of quadratic); text kept exactly."""

    def __init__(self, inner) -> None:  # noqa: ANN001 - spacy.tokenizer.Tokenizer
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        cuts = long_run_cuts(text)
        if not cuts:
            return self.inner(text)
        from spacy.tokens import Doc

        bounds = [0, *cuts, len(text)]
        docs = [self.inner(text[a:b]) for a, b in zip(bounds, bounds[1:]) if b > a]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts, batch_size: int = 1000):  # noqa: ANN001, ANN201
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):  # noqa: ANN204 - vocab, rules, to_bytes ... of the real tokenizer
        return getattr(self.inner, name)


def long_run_cuts(text: str) -> list[int]:
    """Offsets cutting every whitespace-free run longer than LONG_RUN into RUN_PIECE pieces ("" -> [])."""
    if len(text) <= LONG_RUN or max(map(len, text.split()), default=0) <= LONG_RUN:
        return []
    cuts, pos = [], 0
    for word in text.split():
        start = text.index(word, pos)
        pos = start + len(word)
        if len(word) > LONG_RUN:
            cuts.extend(range(start + RUN_PIECE, pos, RUN_PIECE))
    return cuts


@functools.cache
def load_patterns() -> tuple[dict, ...]:
    """Every pattern in extract/patterns/*.jsonl, each checked for label and id; read once
    (the ruler and the law extractor's title cues both use them)."""
    patterns: list[dict] = []
    folder = resources.files("claimkit.extract") / "patterns"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".jsonl"):
            continue
        for n, line in enumerate(entry.read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                pattern = json.loads(line)
            except ValueError as exc:
                raise PatternError(f"{entry.name}:{n}: not JSON: {exc}") from exc
            if not {"label", "pattern", "id"} <= pattern.keys():
                raise PatternError(f"{entry.name}:{n}: needs label, id and pattern")
            patterns.append(pattern)
    return tuple(patterns)


# spaCy makes a token of a no-break space or a tab, and patterns never skip it: "5\u00a0million
# euros" would be no claim. One character for one keeps every offset.
_PLAIN_SPACES = str.maketrans({c: " " for c in "\t\u00a0\u2007\u2009\u202f\u205f\u3000"})


# A hard line wrap inside a sentence ("a fine of\n500,000 euros", "12.5\npercent") splits a phrase
# the same way; a newline after a letter, digit or comma and before a lower-case letter, digit or
# currency sign is read as a space. Headlines and paragraphs (capitals, blank lines) keep theirs.
_LINE_WRAP = re.compile(r"(?<=[\w,])\n(?=[a-z0-9$€£¥₹%])")


def chunks(text: str, start: int = 0, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering text[start:], cut at line breaks near `size` characters;
    odd spaces (no-break, thin, tab) and line wraps inside a sentence become plain spaces, so piece and
    text align character for character."""
    pos = start
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            window = text[pos + size // 2:end]
            breaks = [m.end() for m in _BREAK.finditer(window)]
            if breaks:
                end = pos + size // 2 + breaks[-1]
        yield pos, _LINE_WRAP.sub(" ", text[pos:end].translate(_PLAIN_SPACES))
        pos = end
