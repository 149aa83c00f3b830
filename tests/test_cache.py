"""The claim cache: hits, misses on every change that matters, concurrency, corruption."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3
import warnings

import pytest

from claimkit.extract import cache as cache_module  # by import: `claimkit.extract` as an attribute is the API function
from claimkit.extract.cache import ClaimCache, cache_key
from claimkit.ingest import load_text
from claimkit.models import Claim, LawClaim, LawValue


def _claim(doc_id: str = "a.txt") -> Claim:
    return LawClaim(id=f"{doc_id}#0-9", doc=doc_id, text="ProtectEU", start=0, end=9, line=1, column=1,
                    sentence="ProtectEU.", extractor="law.rules", value=LawValue(name="ProtectEU", canonical="ProtectEU"))


def _key(text="ProtectEU.", published=None, model="m", version="1", settings=None):
    doc = load_text(text, "a.txt", published=published).doc
    return cache_key(doc, model, version, settings or {"model": model})


def test_hit_returns_what_was_put(tmp_path):
    cache = ClaimCache(tmp_path)
    cache.put(_key(), [_claim()])
    assert cache.get(_key()) == [_claim()]
    assert cache.info()["documents"] == 1


@pytest.mark.parametrize("changed", [
    _key(text="ProtectEU!"),
    _key(published=dt.date(2025, 4, 21)),
    _key(model="other"),
    _key(version="2"),
    _key(settings={"model": "m", "time_budget": 5}),
])
def test_any_change_is_a_miss(tmp_path, changed):
    cache = ClaimCache(tmp_path)
    cache.put(_key(), [_claim()])
    assert changed != _key()
    assert cache.get(changed) is None


def test_claimkit_version_is_part_of_the_key(monkeypatch):
    before = _key()
    monkeypatch.setattr(cache_module, "__version__", "999")
    assert _key() != before


def test_corrupt_file_is_moved_aside_and_rebuilt(tmp_path):
    (tmp_path / "claims.sqlite3").write_bytes(b"this is not a database" * 100)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cache = ClaimCache(tmp_path)
    assert any("moved" in str(w.message) for w in caught)
    assert (tmp_path / "claims.sqlite3.corrupt").exists()
    assert cache.get(_key()) is None
    cache.put(_key(), [_claim()])
    assert cache.get(_key()) == [_claim()]


def test_foreign_sqlite_file_is_not_trusted(tmp_path):
    db = sqlite3.connect(tmp_path / "claims.sqlite3")
    db.execute("CREATE TABLE claims (key TEXT, schema INTEGER, data BLOB)")
    db.commit()
    db.close()
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        cache = ClaimCache(tmp_path)
    assert cache.get(_key()) is None


def _writer(folder, n):
    cache = ClaimCache(folder)
    for i in range(50):
        cache.put(f"{n}-{i}", [_claim(f"{n}-{i}.txt")])
    cache.close()


def test_concurrent_writers(tmp_path):
    procs = [multiprocessing.Process(target=_writer, args=(tmp_path, n)) for n in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    cache = ClaimCache(tmp_path)
    assert cache.info()["documents"] == 150
    assert cache.get("2-49") == [_claim("2-49.txt")]


def test_clear_empties_the_cache(tmp_path):
    cache = ClaimCache(tmp_path)
    cache.put(_key(), [_claim()])
    assert cache.clear() == 1
    assert cache.get(_key()) is None
