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
    """Each source with its claims, in order; every chunk of every source goes through one
    batched `nlp.pipe` stream (several processes with settings.jobs > 1)."""
    from claimkit.extract import extract_source
    from claimkit.nlp import chunks, get_nlp

    if not sources:
        return
    cache, keys, hits = _cache_lookup(sources, settings)
    misses = [i for i in range(len(sources)) if i not in hits]
    if not misses:
        yield from ((s, hits[i]) for i, s in enumerate(sources))
        return
    nlp = get_nlp(settings.model)
    plan = [(i, offset, piece) for i in misses for offset, piece in chunks(sources[i].text, sources[i].body_start)]
    stream = nlp.pipe(((piece, (i, offset)) for i, offset, piece in plan), as_tuples=True,
                      batch_size=64, n_process=max(1, settings.jobs))
    pending: dict[int, list] = {}
    expected = {i: 0 for i in misses}
    for i, _, _ in plan:
        expected[i] += 1
    next_out = 0

    def flush() -> Iterator[tuple[Source, list[Claim]]]:
        nonlocal next_out
        while next_out < len(sources):
            if next_out in hits:
                yield sources[next_out], hits.pop(next_out)
            elif len(pending.get(next_out, [])) == expected[next_out]:
                parts = pending.pop(next_out, [])
                claims = extract_source(sources[next_out], settings, parts)
                if cache is not None:
                    cache.put(keys[next_out], claims)
                yield sources[next_out], claims
            else:
                return
            next_out += 1

    yield from flush()  # sources with no text at all
    for doc, (i, offset) in stream:
        pending.setdefault(i, []).append((offset, doc))
        yield from flush()


def _cache_lookup(sources: list[Source], settings: Settings):  # noqa: ANN202
    """(cache or None, key per source, {index: cached claims})."""
    if settings.cache_dir is None:
        return None, {}, {}
    from importlib.metadata import PackageNotFoundError, version

    from claimkit.cache import ClaimCache, cache_key

    try:
        model_version = version(settings.model)
    except PackageNotFoundError:
        model_version = "unknown"
    cache = ClaimCache(settings.cache_dir)
    fingerprint = settings.extraction_fingerprint()
    keys = {i: cache_key(s.doc, settings.model, model_version, fingerprint) for i, s in enumerate(sources)}
    hits = {}
    for i, key in keys.items():
        found = cache.get(key)
        if found is not None:
            hits[i] = found
    return cache, keys, hits


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
