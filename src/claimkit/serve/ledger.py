"""The story ledger: each story's source documents, their text and their extracted claims, kept in
SQLite (a file path) or PostgreSQL (a postgresql:// URL) through SQLAlchemy Core.

One schema for both, built by numbered migrations (MIGRATIONS); the version reached is kept in
`claimkit_schema`, so a newer claimkit upgrades an older ledger in place and an older claimkit
refuses a newer ledger rather than misread it. Rows hold JSON text (a Document, a list of Claims)
in portable column types: TEXT and INTEGER only.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

from claimkit.errors import InputError

# Each migration moves the ledger one version up; never edit a released one, append the next.
# IF NOT EXISTS: SQLite's driver runs DDL outside the transaction, so a migration cut short
# half-way must be able to run again.
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, (
        """CREATE TABLE IF NOT EXISTS stories (
            id TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL)""",
        # `document` is the Document record as JSON, `claims` its claims as a JSON list;
        # `extraction_key` says what extracted them (claimkit code, model, settings): a
        # different key on load means the claims are stale and are extracted again
        """CREATE TABLE IF NOT EXISTS documents (
            story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            text TEXT NOT NULL,
            body_start INTEGER NOT NULL,
            document TEXT NOT NULL,
            claims TEXT NOT NULL,
            extraction_key TEXT NOT NULL,
            added TEXT NOT NULL,
            PRIMARY KEY (story, id))""",
    )),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


@dataclass(frozen=True)
class StoredDocument:
    """One row of `documents`, as stored."""

    id: str
    text: str
    body_start: int
    document: str  # Document JSON
    claims: str  # list[Claim] JSON
    extraction_key: str
    added: str


def default_location() -> Path:
    """$XDG_DATA_HOME/claimkit/ledger.sqlite3, else ~/.local/share/claimkit/ledger.sqlite3."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "claimkit" / "ledger.sqlite3"


def engine_for(location: str | os.PathLike) -> Engine:
    """An engine for a ledger: a postgresql:// URL (driven by psycopg 3), else a SQLite file path."""
    where = str(location)
    if where.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        url = make_url(where).set(drivername="postgresql+psycopg")
        return create_engine(url, pool_pre_ping=True)
    if "://" in where:
        raise InputError(f"--ledger {where}: give a file path (SQLite) or a postgresql:// URL")
    path = Path(where).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(connection, _record) -> None:  # noqa: ANN001
    # WAL lets server workers read while one writes; foreign keys make a story's delete cascade
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def migrate(engine: Engine) -> int:
    """Bring the ledger's schema to SCHEMA_VERSION; returns the version it had before."""
    with engine.begin() as db:
        db.execute(text("CREATE TABLE IF NOT EXISTS claimkit_schema (version INTEGER NOT NULL)"))
        if engine.dialect.name == "postgresql":  # two servers starting at once: one migrates
            db.execute(text("LOCK TABLE claimkit_schema IN EXCLUSIVE MODE"))
        found = db.execute(text("SELECT max(version) FROM claimkit_schema")).scalar() or 0
        if found > SCHEMA_VERSION:
            raise InputError(f"ledger schema version {found} is newer than this claimkit's ({SCHEMA_VERSION}): "
                             "upgrade claimkit")
        for version, statements in MIGRATIONS:
            if version > found:
                for statement in statements:
                    db.execute(text(statement))
                db.execute(text("DELETE FROM claimkit_schema"))
                db.execute(text("INSERT INTO claimkit_schema (version) VALUES (:v)"), {"v": version})
    return found


class Ledger:
    """Stories and their documents. Every write bumps the story's version, which tells a server
    process (one of several workers) that what it holds in memory for the story is out of date."""

    def __init__(self, location: str | os.PathLike) -> None:
        self.location = str(location)
        self.engine = engine_for(location)
        migrate(self.engine)

    def version(self, story: str) -> int | None:
        """The story's version, None for a story never given sources."""
        with self.engine.connect() as db:
            return _version(db, story)

    def documents(self, story: str) -> tuple[int | None, list[StoredDocument]]:
        """(version, documents ordered by id) read in one transaction."""
        with self.engine.begin() as db:
            version = _version(db, story)
            rows = db.execute(text(
                "SELECT id, text, body_start, document, claims, extraction_key, added FROM documents "
                "WHERE story = :s ORDER BY id"), {"s": story}).all()
        return version, [StoredDocument(*row) for row in rows]

    def put(self, story: str, documents: list[StoredDocument], replace_all: bool = False) -> int:
        """Add or replace documents (by id); `replace_all` drops the story's other documents.
        Returns the story's new version."""
        now = utc_now()
        with self.engine.begin() as db:
            version = _version(db, story)
            if version is None:
                version = 1
                db.execute(text("INSERT INTO stories (id, version, created, updated) VALUES (:s, 1, :t, :t)"),
                           {"s": story, "t": now})
            else:
                version += 1
                db.execute(text("UPDATE stories SET version = :v, updated = :t WHERE id = :s"),
                           {"s": story, "v": version, "t": now})
            if replace_all:
                db.execute(text("DELETE FROM documents WHERE story = :s"), {"s": story})
            elif documents:
                db.execute(text("DELETE FROM documents WHERE story = :s AND id = :i"),
                           [{"s": story, "i": d.id} for d in documents])
            if documents:
                db.execute(text(
                    "INSERT INTO documents (story, id, text, body_start, document, claims, extraction_key, added) "
                    "VALUES (:s, :i, :text, :b, :d, :c, :k, :a)"),
                    [{"s": story, "i": d.id, "text": d.text, "b": d.body_start, "d": d.document, "c": d.claims,
                      "k": d.extraction_key, "a": d.added} for d in documents])
        return version

    def refresh(self, story: str, documents: list[StoredDocument]) -> None:
        """Store claims extracted again (stale extraction keys) without changing the story's version:
        the same texts, so what other processes hold is still right, only re-derived."""
        with self.engine.begin() as db:
            db.execute(text("UPDATE documents SET claims = :c, extraction_key = :k, document = :d "
                            "WHERE story = :s AND id = :i"),
                       [{"s": story, "i": d.id, "c": d.claims, "k": d.extraction_key, "d": d.document}
                        for d in documents])

    def delete(self, story: str) -> bool:
        with self.engine.begin() as db:
            db.execute(text("DELETE FROM documents WHERE story = :s"), {"s": story})
            return db.execute(text("DELETE FROM stories WHERE id = :s"), {"s": story}).rowcount > 0

    def close(self) -> None:
        self.engine.dispose()


def utc_now() -> str:
    """Now in UTC to the second: '2026-12-03T12:00:00Z' (when a story or a text was stored)."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _version(db, story: str) -> int | None:  # noqa: ANN001 - a SQLAlchemy connection
    """The story's version in this transaction, None for a story never given sources."""
    return db.execute(text("SELECT version FROM stories WHERE id = :s"), {"s": story}).scalar()
