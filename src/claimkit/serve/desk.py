"""The story desk: uploads -> Sources and claims stored in the ledger; a draft -> the check's report
against a story's stored claims (the sources are never extracted again); a story -> its reconcile
report. What a server process holds in memory is keyed by the story's ledger version, so several
worker processes over one ledger never answer from stale sources.
"""

from __future__ import annotations

import collections
import json
import threading
from dataclasses import dataclass
from typing import Iterable

from pydantic import TypeAdapter

from claimkit import api
from claimkit.check import as_read, counts_toward, draft_report, load_draft
from claimkit.errors import InputError
from claimkit.ingest import Source, read_named
from claimkit.models import Claim, Document, ExtractResult, Report
from claimkit.serve.ledger import Ledger, StoredDocument, utc_now
from claimkit.serve.wire import CheckIn, SourceIn, SourceStored
from claimkit.settings import Settings

_CLAIMS = TypeAdapter(list[Claim])
DRAFT_MEMO = 64  # drafts whose claims are kept: a CMS checks the same draft on save and on publish
STORY_MEMO = 32  # stories held in memory


class UnknownStory(LookupError):
    """No sources were ever given for this story."""


@dataclass
class Story:
    """A story's sources as one ledger version left them, and their reconcile report once asked for."""

    version: int
    sources: list[Source]
    parsed: ExtractResult  # the sources' documents and claims
    added: dict[str, str]  # document id -> when its text was stored
    report: Report | None = None


@dataclass
class Checked:
    report: Report
    sources: list[Source]  # the story's sources and the draft, for the pages that show their text
    verdict: str
    story_version: int


def source_of(upload: SourceIn | CheckIn, role: str = "source") -> Source:
    """A Source read from an upload as `ingest` reads a file of that name (the upload's own fields
    win over a .md's front matter); a draft's `published` is handed to load_draft instead, which
    notes where its date came from."""
    meta = {k: v for k in ("source", "url", "published", "title", "language")
            if isinstance(upload, SourceIn) and (v := getattr(upload, k)) is not None}
    return read_named(upload.id, upload.text, meta, role)


class Desk:
    """One server process's view of the ledger, with the model warm. Extraction and reconciling run
    one at a time (a spaCy pipeline is not thread-safe, and reconcile pauses the garbage collector)."""

    def __init__(self, ledger: Ledger, settings: Settings | None = None) -> None:
        from importlib.metadata import PackageNotFoundError, version

        # jobs=1: never fork extraction workers inside a server; no claim cache: the ledger is one
        self.settings = (settings or Settings()).model_copy(update={"jobs": 1, "cache_dir": None})
        self.ledger = ledger
        self.work = threading.Lock()
        self.memo = threading.Lock()  # the request threads share the story memo
        self.stories: collections.OrderedDict[str, Story] = collections.OrderedDict()
        self.drafts: collections.OrderedDict[str, tuple[Document, list[Claim]]] = collections.OrderedDict()
        try:
            self.model_version = version(self.settings.model)
        except PackageNotFoundError:
            self.model_version = "unknown"

    def warm_up(self) -> None:
        """Load the model and the lazy tables before the first request pays for them."""
        from claimkit.ingest import load_text

        sample = load_text('"We paid $5 million," he said on May 3, 2021: 10% more, 2 years in prison.', "warm-up.txt")
        with self.work:
            list(api.extract_sources([sample], self.settings))

    # ----------------------------------------------------------------------- sources

    def add_sources(self, story: str, uploads: list[SourceIn], replace: bool = False) -> tuple[int, list[SourceStored]]:
        """Store the uploads' texts and claims; a document whose text and metadata are unchanged is
        not extracted again. Returns the story's new version and what became of each upload."""
        version, stored = self.ledger.documents(story)
        before = {d.id: d for d in stored}
        sources = [source_of(u) for u in uploads]
        fresh = [s for s in sources if not _same(before.get(s.doc.id), s, self._key(s.doc))]
        with self.work:
            extracted = {s.doc.id: (s, claims) for s, claims in api.extract_sources(fresh, self.settings)}
        rows, out = [], []
        for source in sources:
            old = before.get(source.doc.id)
            if source.doc.id not in extracted:
                assert old is not None
                rows.append(old)
                out.append(SourceStored(id=old.id, status="unchanged", claims=len(json.loads(old.claims)),
                                        sha256=source.doc.sha256, added=old.added, notes=source.doc.notes))
                continue
            done, claims = extracted[source.doc.id]
            row = self._row(done, claims, utc_now())
            rows.append(row)
            out.append(SourceStored(id=row.id, status="replaced" if old else "added", claims=len(claims),
                                    sha256=done.doc.sha256, added=row.added, notes=done.doc.notes))
        dropped = replace and set(before) - {s.doc.id for s in sources}
        if not fresh and not dropped and stored:  # nothing changed: the version stays, no one reloads
            return version or 0, out
        version = self.ledger.put(story, rows, replace_all=replace)
        with self.memo:
            self.stories.pop(story, None)
        return version, out

    def _row(self, source: Source, claims: list[Claim], added: str) -> StoredDocument:
        return StoredDocument(id=source.doc.id, text=source.text, body_start=source.body_start,
                              document=source.doc.model_dump_json(), claims=_CLAIMS.dump_json(claims).decode(),
                              extraction_key=self._key(source.doc), added=added)

    def _key(self, doc: Document) -> str:
        from claimkit.extract.cache import cache_key

        return cache_key(doc, self.settings.model, self.model_version, self.settings.extraction_fingerprint())

    def story(self, story: str) -> Story:
        """The story as the ledger has it now (from memory while its version is unchanged)."""
        version = self.ledger.version(story)
        if version is None:
            raise UnknownStory(story)
        with self.memo:
            held = self.stories.get(story)
            if held is not None and held.version == version:
                self.stories.move_to_end(story)
                return held
            version, rows = self.ledger.documents(story)
            if version is None:
                raise UnknownStory(story)
            held = self._load(story, version, rows)
            self.stories[story] = held
            while len(self.stories) > STORY_MEMO:
                self.stories.popitem(last=False)
            return held

    def _load(self, story: str, version: int, rows: list[StoredDocument]) -> Story:
        sources, claims, stale = [], [], []
        for row in rows:
            source = Source(Document.model_validate_json(row.document), row.text, row.body_start)
            sources.append(source)
            if row.extraction_key != self._key(source.doc):
                stale.append((row, source))
            else:
                claims.extend(_CLAIMS.validate_json(row.claims))
        if stale:  # another claimkit or model extracted these: extract them again, once, and store that
            with self.work:
                again = list(api.extract_sources([s for _, s in stale], self.settings))
            self.ledger.refresh(story, [self._row(s, c, row.added) for (row, _), (s, c) in zip(stale, again)])
            redone = {s.doc.id: (s, c) for s, c in again}
            sources = [redone[s.doc.id][0] if s.doc.id in redone else s for s in sources]
            claims.extend(c for _, found in again for c in found)
        parsed = ExtractResult(tool=api.TOOL, generated_at="", settings=self.settings.fingerprint(),
                               documents=[s.doc for s in sources], claims=_in_order(claims, sources))
        return Story(version, sources, parsed, {r.id: r.added for r in rows})

    # ----------------------------------------------------------------------- check and report

    def check(self, story: str, draft: CheckIn) -> Checked:
        """The check's report of a draft against the story's stored claims, and its verdict."""
        held = self.story(story)
        drafted = load_draft(source_of(draft, role="draft"), {s.doc.id for s in held.sources}, draft.published)
        if not drafted.sources:
            raise InputError("the draft has no readable text")
        source = drafted.sources[0]
        with self.work:
            doc, claims = self._draft_claims(as_read(source))
            source = Source(doc, source.text, source.body_start)
            parsed = held.parsed.model_copy(update={"generated_at": api.generated_at(self.settings)})
            mine = parsed.model_copy(update={"documents": [doc], "claims": claims, "skipped": []})
            report = draft_report(parsed, held.sources, [source], mine, self.settings)
        both = [*held.sources, source]
        verdict = "fail" if counts_toward(report.findings or [], draft.fail_on) else "pass"
        return Checked(report, both, verdict, held.version)

    def _draft_claims(self, source: Source) -> tuple[Document, list[Claim]]:
        key = source.doc.model_dump_json() + "\0" + source.text
        found = self.drafts.get(key)
        if found is None:
            [(done, claims)] = api.extract_sources([source], self.settings)
            found = (done.doc, claims)
            self.drafts[key] = found
            while len(self.drafts) > DRAFT_MEMO:
                self.drafts.popitem(last=False)
        self.drafts.move_to_end(key)
        return found

    def report(self, story: str) -> tuple[Report, list[Source]]:
        """The reconcile report of the story's sources (built once per version)."""
        held = self.story(story)
        if held.report is None:
            with self.work:
                parsed = held.parsed.model_copy(update={"generated_at": api.generated_at(self.settings)})
                held.report = _build(parsed, self.settings, held.sources)
        return held.report, held.sources

    def documents(self, story: str) -> tuple[int, list[SourceStored]]:
        held = self.story(story)
        counts = collections.Counter(c.doc for c in held.parsed.claims)
        return held.version, [SourceStored(id=s.doc.id, status="unchanged", claims=counts[s.doc.id], sha256=s.doc.sha256,
                                           added=held.added.get(s.doc.id, ""), notes=s.doc.notes)
                              for s in held.sources]

    def delete(self, story: str) -> bool:
        with self.memo:
            self.stories.pop(story, None)
        return self.ledger.delete(story)


def _same(old: StoredDocument | None, new: Source, key: str) -> bool:
    """True when a stored document has this text, this metadata and claims this code would extract."""
    if old is None or old.text != new.text or old.extraction_key != key:
        return False
    # a time-budget note is added after extraction; the other notes come from reading the upload
    stored = Document.model_validate_json(old.document)
    return stored.model_copy(update={"notes": new.doc.notes}) == new.doc


def _build(result: ExtractResult, settings: Settings, sources: list[Source]) -> Report:
    from claimkit.reconcile import build_report

    return build_report(result, settings, [s.text for s in sources])


def _in_order(claims: Iterable[Claim], sources: list[Source]) -> list[Claim]:
    """Claims in the sources' order (documents by id), each document's as extracted."""
    rank = {s.doc.id: i for i, s in enumerate(sources)}
    return sorted(claims, key=lambda c: rank.get(c.doc, len(rank)))

