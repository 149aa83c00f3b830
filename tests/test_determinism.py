"""Determinism (issue 6, item 3): the same inputs give a byte-identical JSON report whatever the order
the files are given or listed in, the claim cache's state, the way the time is pinned, or the jobs."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from claimkit.cli import run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NOW = "2025-06-01T00:00:00Z"
EPOCH = "1748736000"  # 2025-06-01T00:00:00Z
EXTRA = {  # a few odd files next to the seeds, so notes and skips are in the report too
    "z-legacy.txt": "Caf\u00e9 owner fined \u20ac500,000 on April 21, 2025.".encode("cp1252"),
    "a-empty.txt": b"",
    "m-binary.txt": b"\x00\x01\x02" * 100,
    "sub/records.jsonl": b'{"text": "A fine of $550,000, prosecutors said."}\n{"text": "Up to 10 years in prison."}\n',
}


def _populate(folder: Path, reverse: bool = False) -> list[Path]:
    """The seeds plus EXTRA, created in name order or in reverse (directory listing order follows)."""
    files = {p.name: p.read_bytes() for p in SEEDS.iterdir() if p.is_file()} | EXTRA
    order = sorted(files, reverse=reverse)
    for name in order:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[name])
    return [folder / name for name in order]


def _without_settings(report: bytes) -> bytes:
    """The report minus its "settings" echo, which records how the run was invoked (cache folder, --now)."""
    import json

    data = json.loads(report)
    data.pop("settings")
    return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")


def _report(*argv: object, fmt: str = "json") -> bytes:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = run([str(a) for a in argv] + ["--format", fmt])
    assert code == 0
    return out.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    folder = tmp_path_factory.mktemp("det") / "in"
    return folder, _populate(folder)


@pytest.fixture(scope="module")
def baseline(corpus) -> dict[str, bytes]:
    folder, _ = corpus
    return {cmd: _report(cmd, folder, "--no-cache", "--now", NOW) for cmd in ("reconcile", "extract")}


@pytest.mark.parametrize("command", ["reconcile", "extract"])
def test_file_order_on_the_command_line_does_not_matter(corpus, baseline, command: str) -> None:
    folder, files = corpus
    files = [f for f in files if f.parent == folder]
    forward = _report(command, *files, "--no-cache", "--now", NOW)
    backward = _report(command, *reversed(files), "--no-cache", "--now", NOW)
    assert forward == backward
    assert b'"id": "z-legacy.txt"' in forward


def test_directory_listing_order_does_not_matter(corpus, baseline) -> None:
    folder, _ = corpus
    again = folder.parent / "again"
    _populate(again, reverse=True)
    shutil.rmtree(folder)
    again.rename(folder)  # the same path, its files created in the opposite order
    for command in ("reconcile", "extract"):
        assert _report(command, folder, "--no-cache", "--now", NOW) == baseline[command]


def test_cache_state_does_not_matter(corpus, baseline, tmp_path: Path) -> None:
    folder, _ = corpus
    cache = tmp_path / "cache"
    for command in ("extract", "reconcile"):
        cold = _report(command, folder, "--cache", cache, "--now", NOW)
        warm = _report(command, folder, "--cache", cache, "--now", NOW)
        assert cold == warm
        assert _without_settings(warm) == _without_settings(baseline[command])  # and as without a cache
    assert any(cache.iterdir())  # the warm runs really had a cache to read


def test_source_date_epoch_pins_generated_at_like_now(corpus, baseline, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, _ = corpus
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    pinned = _report("reconcile", folder, "--no-cache")
    assert pinned == _report("reconcile", folder, "--no-cache")
    assert _without_settings(pinned) == _without_settings(baseline["reconcile"])
    assert b'"generated_at": "2025-06-01T00:00:00Z"' in baseline["reconcile"]


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_other_report_formats_repeat_exactly(corpus, fmt: str) -> None:
    folder, files = corpus
    top = [f for f in files if f.parent == folder]
    assert _report("reconcile", *top, "--no-cache", "--now", NOW, fmt=fmt) == _report(
        "reconcile", *reversed(top), "--no-cache", "--now", NOW, fmt=fmt)


def test_one_or_two_processes_give_the_same_claims(corpus, monkeypatch) -> None:
    from claimkit import api
    from claimkit.api import extract_paths
    from claimkit.settings import Settings

    monkeypatch.setattr(api, "BATCH_DOCS", 3)  # several batches, so two workers share them
    folder, _ = corpus
    one = extract_paths([str(folder)], Settings(jobs=1, now=NOW))
    two = extract_paths([str(folder)], Settings(jobs=2, now=NOW))
    assert one.claims and one.model_dump_json(exclude={"settings"}) == two.model_dump_json(exclude={"settings"})


def test_jsonl_stream_does_not_depend_on_file_order(corpus) -> None:
    folder, files = corpus
    top = [f for f in files if f.parent == folder]
    assert _report("extract", *top, "--no-cache", fmt="jsonl") == _report("extract", *reversed(top), "--no-cache",
                                                                          fmt="jsonl")
