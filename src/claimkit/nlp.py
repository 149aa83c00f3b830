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
    ruler.add_patterns(load_patterns())  # type: ignore[attr-defined]
    return nlp


def load_patterns() -> list[dict]:
    """Every pattern in extract/patterns/*.jsonl, each checked for label and id."""
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
    return patterns


def chunks(text: str, start: int = 0, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering text[start:], cut at line breaks near `size` characters."""
    pos = start
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            window = text[pos + size // 2:end]
            breaks = [m.end() for m in _BREAK.finditer(window)]
            if breaks:
                end = pos + size // 2 + breaks[-1]
        yield pos, text[pos:end]
        pos = end


def parse(nlp: Language, pieces: list[str], batch_size: int = 32) -> Iterator[Doc]:
    """Docs for text pieces, batched through nlp.pipe."""
    yield from nlp.pipe(pieces, batch_size=batch_size)
