"""Shared fixtures: the real spaCy pipeline (loaded once per session) and helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimkit.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def core(text: str) -> str:
    """A claim's figure without the bounding words the driver includes ('over 5 million TWD' -> '5 million TWD')."""
    from claimkit.extract.cues import QUALIFIER_CUES

    for cue in sorted(QUALIFIER_CUES, key=len, reverse=True):
        if text.lower().startswith(cue + " "):
            return text[len(cue) + 1:]
    return text


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def nlp(settings: Settings):
    from claimkit.extract.nlp import get_nlp

    return get_nlp(settings.model)


@pytest.fixture(scope="session")
def extract_text(nlp, settings):
    """extract_text(text, published=None, kind=None) -> list[Claim] of that kind (all kinds if None)."""
    from claimkit.extract import extract_source
    from claimkit.ingest import load_text
    from claimkit.extract.nlp import chunks

    def run(text: str, published: dt.date | str | None = None, kind: str | None = None):
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        source = load_text(text, published=published)
        pieces = list(chunks(source.text))
        docs = zip(pieces, nlp.pipe([p.text for p in pieces]))
        claims = extract_source(source, settings, docs)
        return [c for c in claims if kind is None or c.kind == kind]

    return run


@pytest.fixture(scope="session")
def dates(nlp, settings):
    """dates(text, published=None) -> [(surface, Found)] of the date extractor alone."""
    from claimkit.extract import date
    from claimkit.extract.base import Context

    def run(text: str, published: str | None = None):
        pub = dt.date.fromisoformat(published) if published else None
        return [(text[f.start:f.end], f) for f in date.find(nlp(text), Context("t", pub, settings))]

    return run


@pytest.fixture(scope="session")
def seeds_result(settings):
    """`claimkit extract seeds/` as a model, computed once."""
    from claimkit.api import extract_paths

    return extract_paths([str(SEEDS)], settings)
