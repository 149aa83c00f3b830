"""The pipeline end to end: paths -> ExtractResult / Report. The CLI is a thin layer over this.

Documents stream: `iter_sources` reads one file at a time, `extract_sources` yields each
document's claims in input order as soon as they are ready (in batches through `nlp.pipe`,
or in `settings.jobs` worker processes), under a per-document time budget.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import os
import time
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from claimkit import ingest
from claimkit.ingest import Loaded, Source, load
from claimkit.models import Claim, ExtractResult, Report
from claimkit.settings import Settings
from claimkit.version import __version__

if TYPE_CHECKING:
    from claimkit.extract.nlp import Piece

TOOL = {"name": "claimkit", "version": __version__}
BATCH_DOCS = 64  # documents per nlp.pipe batch
BATCH_CHARS = 200_000  # and at most this much text, so a huge document is parsed a piece at a time
# ... and batches sent to worker processes hold less: many small batches keep every worker busy to
# the end (2 workers over 60,000 words of news: 8.7 s wall in batches of 200,000 characters, 7.7 s
# in batches of 20,000), while in one process a bigger batch parses a little faster (12.3 s / 12.5 s)
POOL_BATCH_CHARS = 20_000
PIECE_CHARS = 25_000  # a document is parsed in pieces of this size: the budget is checked between them
MAX_AUTO_JOBS = 8


def generated_at(settings: Settings) -> str:
    """Now in UTC, unless pinned by --now or SOURCE_DATE_EPOCH (reproducible reports)."""
    if settings.now:
        return settings.now
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


iter_sources = ingest.iter_load  # documents one file at a time, for streaming


def require_known_currency(settings: Settings, name: str = "base_currency") -> Settings:
    """`settings`, when its base currency has exchange rates; an unknown one would switch every
    money comparison off in silence, so it is refused naming the nearest known code ('EUE' -> EUR).
    `name` is how the caller calls the setting (the CLI's '--base-currency')."""
    from claimkit.errors import InputError, nearest
    from claimkit.normalize.fx import known_currencies

    known = known_currencies(settings.rates_file)
    if settings.base_currency not in known:
        near = nearest(settings.base_currency.upper(), sorted(known))
        hint = f" (did you mean {near}?)" if near else ""
        raise InputError(f"{name} {settings.base_currency}: no exchange rates known for it{hint}")
    return settings


def extract_sources(sources: Iterable[Source], settings: Settings) -> Iterator[tuple[Source, list[Claim]]]:
    """Each source with its claims, in input order, as soon as they are ready. The source
    yielded carries a note when its time budget cut extraction short."""
    cache = _Cache(settings) if settings.cache_dir is not None else None
    jobs = workers(settings)
    pool = None  # started at the first batch that needs parsing, if another batch follows it
    batches = _read_ahead(_batches(sources, POOL_BATCH_CHARS)) if jobs > 1 else ((b, False) for b in _batches(sources))
    try:
        for batch, more in batches:
            hits = cache.lookup(batch) if cache else {}
            misses = [s for i, s in enumerate(batch) if i not in hits]
            if pool is None and misses and more:  # a lone batch would go to one process anyway
                pool = _Pool(settings, jobs)
            if pool is not None:
                pool.submit(batch, hits, misses)
                for done in pool.ready(keep=2 * jobs):
                    yield from _finish(cache, *done)
            else:
                yield from _finish(cache, batch, hits, misses, extract_batch(misses, settings) if misses else [])
        for done in pool.ready(keep=0) if pool else ():
            yield from _finish(cache, *done)
    finally:
        if pool is not None:
            pool.close()


def _finish(cache, batch, hits, misses, results):  # noqa: ANN001, ANN202
    """Yield a batch in order: cached claims, or fresh ones (cached unless cut short)."""
    fresh = iter(results)
    for i, source in enumerate(batch):
        if i in hits:  # claims from the cache; the document's identified language is not cached
            from claimkit.lang.route import identified

            yield identified(source), hits[i]
            continue
        done, claims, cut = next(fresh)
        if cache is not None and not cut:
            cache.put(source, claims)
        elif cache is not None:
            cache.missed.pop(id(source), None)  # cut short: not cached
        yield done, claims


def workers(settings: Settings) -> int:
    """Worker processes for extraction: `settings.jobs`, or for 0 one per usable core (at most
    MAX_AUTO_JOBS: each worker holds its own copy of the model's working memory)."""
    if settings.jobs > 0:
        return settings.jobs
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_AUTO_JOBS))


def _read_ahead(batches: Iterable[list[Source]]) -> Iterator[tuple[list[Source], bool]]:
    """(batch, does another follow?) pairs, reading one batch ahead."""
    it = iter(batches)
    current = next(it, None)
    while current is not None:
        following = next(it, None)
        yield current, following is not None
        current = following


def _batches(sources: Iterable[Source], max_chars: int = BATCH_CHARS) -> Iterator[list[Source]]:
    batch: list[Source] = []
    chars = 0
    for source in sources:
        batch.append(source)
        chars += len(source.text)
        if len(batch) >= BATCH_DOCS or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


class _Cache:
    """The claim cache, opened once per run."""

    def __init__(self, settings: Settings) -> None:
        from importlib.metadata import PackageNotFoundError, version

        from claimkit.extract.cache import ClaimCache

        try:
            self.model_version = version(settings.model)
        except PackageNotFoundError:
            self.model_version = "unknown"
        self.settings = settings
        self.cache = ClaimCache(settings.cache_dir)
        self.fingerprint = settings.extraction_fingerprint()
        self.missed: dict[int, str] = {}  # id(source) -> its key, from lookup to put

    def key(self, source: Source) -> str:
        from claimkit.extract.cache import cache_key

        return cache_key(source.doc, self.settings.model, self.model_version, self.fingerprint)

    def lookup(self, batch: list[Source]) -> dict[int, list[Claim]]:
        hits = {}
        for i, source in enumerate(batch):
            key = self.key(source)
            found = self.cache.get(key)
            if found is not None:
                hits[i] = found
            else:
                self.missed[id(source)] = key
        return hits

    def put(self, source: Source, claims: list[Claim]) -> None:
        self.cache.put(self.missed.pop(id(source), None) or self.key(source), claims)


class _Pool:
    """`jobs` worker processes (forked after the model is loaded, so it is shared),
    at most 2 batches in flight per worker so memory stays flat."""

    def __init__(self, settings: Settings, jobs: int) -> None:
        import multiprocessing

        # load the model and the lazy tables (pint, babel) once, before the fork shares them
        extract_batch([_warm_up_source()], settings)
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        self.settings = settings
        self.pool = ctx.Pool(jobs)
        self.window: collections.deque = collections.deque()

    def submit(self, batch, hits, misses) -> None:  # noqa: ANN001
        result = self.pool.apply_async(extract_batch, (misses, self.settings)) if misses else None
        self.window.append((batch, hits, misses, result))

    def ready(self, keep: int) -> Iterator[tuple]:
        """Finished batches in order; waits while more than `keep` are in flight."""
        while self.window:
            head = self.window[0][3]
            if len(self.window) <= keep and head is not None and not head.ready():
                return
            batch, hits, misses, result = self.window.popleft()
            yield batch, hits, misses, result.get() if result is not None else []

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


def _warm_up_source() -> Source:
    from claimkit.ingest import load_text

    return load_text('"We paid $5 million," he said on May 3, 2021: 10% more, 3 tonnes, 2 years in prison.', "warm-up")


def extract_batch(sources: list[Source], settings: Settings) -> list[tuple[Source, list[Claim], bool]]:
    """(source, claims, cut short or a reader failed?) per source; the pieces of all sources are parsed
    (`passes.parse`) together, at most BATCH_CHARS at a time, and each source stops at its time budget."""
    from claimkit.extract import claims_within
    from claimkit.extract.base import Context
    from claimkit.extract.nlp import chunks, get_nlp
    from claimkit.extract.passes import parse

    from claimkit.lang.route import route

    nlp = get_nlp(settings.model)
    routes = [route(s) for s in sources]  # other languages: whole documents and paragraphs
    sources = [r.source for r in routes]
    ctxs = [Context(doc_id=s.doc.id, published=s.doc.published, settings=settings) for s in sources]
    found: list[list[Claim]] = [[] for _ in sources]
    deadline: dict[int, float] = {}
    cut: dict[int, float] = {}
    failed: dict[int, list[str]] = {}  # readers that failed on a document (claims_within)
    plan = [(i, piece) for i, s in enumerate(sources) if not routes[i].whole
            for piece in chunks(s.text, s.body_start, PIECE_CHARS)]
    for group in _groups(plan):
        now = time.monotonic()
        for i in {i for i, _ in group if i in deadline and i not in cut and now > deadline[i] + settings.time_budget}:
            cut[i] = now - deadline[i]
        group = [(i, piece) for i, piece in group if i not in cut]
        docs = parse(nlp, [piece.text for _, piece in group])
        for (i, piece), doc in zip(group, docs):
            if i in cut:
                continue
            start = deadline.setdefault(i, time.monotonic())  # the clock starts at the first piece
            claims, complete = claims_within(doc, ctxs[i], sources[i], piece, start + settings.time_budget,
                                             failed.setdefault(i, []))
            found[i].extend(claims)
            if not complete:
                cut[i] = time.monotonic() - start
    out = []
    for i, source in enumerate(sources):
        claims = found[i]
        if routes[i].parts:
            from claimkit.lang.read import read_parts
            from claimkit.lang.route import merged

            started = time.monotonic()  # the other languages' reading has a time budget of its own
            foreign, complete = read_parts(source, routes[i].parts, started + settings.time_budget)
            claims = merged(claims, foreign, routes[i].parts)
            if not complete:
                cut[i] = cut.get(i, 0.0) + time.monotonic() - started
        claims = sorted(claims, key=lambda c: (c.start, c.end, c.kind))
        notes = []
        if i in cut:
            notes.append(f"extraction stopped after {cut[i]:.1f} s: time budget ({settings.time_budget:g} s); figures "
                         "past that point were not read (raise --time-budget, or split the document)")
        if failed.get(i):
            notes.append(f"a reader failed on this document ({', '.join(sorted(set(failed[i])))}); the claims it would "
                         "have read there are missing, the rest was read (please report the document)")
        if notes:
            doc = source.doc.model_copy(update={"notes": [*source.doc.notes, *notes]})
            source = dataclasses.replace(source, doc=doc)
        out.append((source, claims, i in cut or bool(failed.get(i))))  # either: not cached
    return out


def _groups(plan: list[tuple[int, Piece]]) -> Iterator[list[tuple[int, Piece]]]:
    """Pieces to parse together: at most BATCH_CHARS, and one piece per document, so the
    budget of a long document is checked before each of its pieces is parsed."""
    group, chars, docs = [], 0, set()
    for item in plan:
        if group and (chars + len(item[1].text) > BATCH_CHARS or item[0] in docs):
            yield group
            group, chars, docs = [], 0, set()
        group.append(item)
        chars += len(item[1].text)
        docs.add(item[0])
    if group:
        yield group


def extract_loaded(loaded: Loaded, settings: Settings,
                   on_document: Callable[[int, int], None] | None = None) -> ExtractResult:
    """The claims of every loaded document; `on_document(done, total)` is called as each one is done."""
    documents, claims = [], []
    for source, found in extract_sources(loaded.sources, settings):
        documents.append(source.doc)  # with a note when the time budget cut it short
        claims.extend(found)
        if on_document is not None:
            on_document(len(documents), len(loaded.sources))
    return ExtractResult(
        tool=TOOL, generated_at=generated_at(settings), settings=settings.fingerprint(),
        documents=documents, claims=claims, skipped=loaded.skipped,
    )


def extract_paths(paths: list[str], settings: Settings) -> ExtractResult:
    return extract_loaded(load(paths), settings)


def reconcile_loaded(loaded: Loaded, settings: Settings,
                     on_document: Callable[[int, int], None] | None = None) -> Report:
    from claimkit.reconcile import build_report

    result = extract_loaded(loaded, settings, on_document)
    return build_report(result, settings, [s.text for s in loaded.sources])


def reconcile_paths(paths: list[str], settings: Settings) -> Report:
    return reconcile_loaded(load(paths), settings)
