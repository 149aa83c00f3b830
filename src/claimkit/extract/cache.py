"""Incremental cache: a document's extracted claims kept in SQLite, keyed by everything
that changes them (text hash, metadata, claimkit version, model name and version, settings).

Safe with several processes (WAL, busy timeout). A corrupt or foreign file is moved
aside and rebuilt with a warning, never trusted and never fatal.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import time
import warnings
from pathlib import Path

from pydantic import TypeAdapter

from claimkit.models import Claim, Document
from claimkit.version import __version__

SCHEMA = 1
_APP_ID = 0x436B4331  # "CkC1": marks the file as ours
_CLAIMS = TypeAdapter(list[Claim])


@functools.cache
def code_fingerprint() -> str:
    """Hash of claimkit's own code and data: an edited extractor never reads stale claims."""
    root = Path(__file__).parents[1]  # the whole claimkit package, not only extract/
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".jsonl", ".json", ".yaml", ".txt") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def default_dir() -> Path:
    """$CLAIMKIT_CACHE, else $XDG_CACHE_HOME/claimkit, else ~/.cache/claimkit."""
    if os.environ.get("CLAIMKIT_CACHE"):
        return Path(os.environ["CLAIMKIT_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimkit"


def cache_key(doc: Document, model: str, model_version: str, extraction_settings: dict) -> str:
    """Everything that can change a document's claims, hashed."""
    parts = {
        "sha256": doc.sha256, "id": doc.id, "published": str(doc.published), "role": doc.role,
        "regions": [r.model_dump() for r in doc.regions], "claimkit": __version__, "code": code_fingerprint(),
        "model": model, "model_version": model_version, "settings": extraction_settings,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


class ClaimCache:
    """get/put a document's claims by key. Open with `ClaimCache(folder)`."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / "claims.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        for attempt in range(50):
            try:
                return self._connect()
            except sqlite3.OperationalError:  # locked by another process: wait, it is not corruption
                time.sleep(0.05 * (attempt + 1))
            except sqlite3.DatabaseError as exc:
                return self._rebuild(exc)
        return self._connect()

    def _rebuild(self, exc: Exception) -> sqlite3.Connection:
        aside = self.path.with_name(self.path.name + ".corrupt")
        warnings.warn(f"claimkit cache {self.path} unusable ({exc}); moved to {aside} and rebuilt", stacklevel=4)
        os.replace(self.path, aside)
        for suffix in ("-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)
        return self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        # one read snapshot: between two separate reads another process may create the file's
        # table and mark, and a half-seen new cache would be taken for a foreign one
        db.execute("BEGIN")
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        db.execute("COMMIT")
        if tables and (app_id != _APP_ID or "claims" not in tables):
            db.close()
            raise sqlite3.DatabaseError("not a claimkit cache")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        if not tables:
            db.execute("BEGIN IMMEDIATE")
            db.execute(f"PRAGMA application_id={_APP_ID}")
            db.execute("CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, schema INTEGER, data BLOB)")
            db.execute("COMMIT")
        db.execute("PRAGMA quick_check").fetchone()
        return db

    def get(self, key: str) -> list[Claim] | None:
        try:
            row = self._db.execute("SELECT schema, data FROM claims WHERE key=?", (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        if row is None or row[0] != SCHEMA:
            return None
        try:
            return _CLAIMS.validate_json(row[1])
        except ValueError:
            return None  # a row we cannot read is a miss, never a wrong answer

    def put(self, key: str, claims: list[Claim]) -> None:
        data = _CLAIMS.dump_json(claims)
        try:
            self._db.execute("INSERT OR REPLACE INTO claims VALUES (?, ?, ?)", (key, SCHEMA, data))
        except sqlite3.DatabaseError as exc:
            warnings.warn(f"claimkit cache {self.path}: write failed ({exc})", stacklevel=2)

    def info(self) -> dict[str, object]:
        count = self._db.execute("SELECT count(*) FROM claims").fetchone()[0]
        size = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.exists())
        return {"path": str(self.path), "documents": count, "bytes": size}

    def clear(self) -> int:
        n = self._db.execute("SELECT count(*) FROM claims").fetchone()[0]
        self._db.execute("DELETE FROM claims")
        self._db.execute("VACUUM")
        return n

    def close(self) -> None:
        self._db.close()
