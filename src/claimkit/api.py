"""The pipeline end to end: paths -> ExtractResult / Report. The CLI is a thin layer over this."""

from __future__ import annotations

import datetime as dt
import os
from typing import Iterator

from claimkit import __version__
from claimkit.ingest import Loaded, Source, load
from claimkit.models import Claim, ExtractResult, Report
from claimkit.settings import Settings

TOOL = {"name": "claimkit", "version": __version__}


def generated_at(settings: Settings) -> str:
    """Now in UTC, unless pinned by --now or SOURCE_DATE_EPOCH (reproducible reports)."""
    if settings.now:
        return settings.now
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def extract_sources(sources: list[Source], settings: Settings) -> Iterator[tuple[Source, list[Claim]]]:
    """Each source with its claims, parsed in batches through one spaCy pipeline."""
    from claimkit.extract import extract_source
    from claimkit.nlp import chunks, get_nlp

    if not sources:
        return
    nlp = get_nlp(settings.model)
    for source in sources:
        pieces = list(chunks(source.text, source.body_start))
        docs = nlp.pipe([p for _, p in pieces], batch_size=16)
        yield source, extract_source(source, settings, zip([o for o, _ in pieces], docs))


def extract_loaded(loaded: Loaded, settings: Settings) -> ExtractResult:
    claims: list[Claim] = []
    for _, found in extract_sources(loaded.sources, settings):
        claims.extend(found)
    return ExtractResult(
        tool=TOOL, generated_at=generated_at(settings), settings=settings.fingerprint(),
        documents=[s.doc for s in loaded.sources], claims=claims, skipped=loaded.skipped,
    )


def extract_paths(paths: list[str], settings: Settings) -> ExtractResult:
    return extract_loaded(load(paths), settings)


def reconcile_loaded(loaded: Loaded, settings: Settings) -> Report:
    from claimkit.reconcile import build_report

    result = extract_loaded(loaded, settings)
    return build_report(result, settings, [s.text for s in loaded.sources])


def reconcile_paths(paths: list[str], settings: Settings) -> Report:
    return reconcile_loaded(load(paths), settings)
