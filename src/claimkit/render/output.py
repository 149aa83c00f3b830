"""Writing output: atomically to a file (temp file + rename), or to stdout.

Before any work, `check_output` refuses a report path that is one of the run's inputs, or a file
the loader would read inside an input folder (the report would replace the draft, or be read as a
source next time), and one that cannot be written. A new file gets the user's umask, as open()
would give it; a replaced file keeps its mode.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

from claimkit.errors import OutputError
from claimkit.ingest.sources import SUFFIXES


def check_output(path: Path | None, inputs: Iterable[str]) -> None:
    """Raise OutputError when writing the report to `path` would lose an input or cannot be done."""
    if path is None or str(path) == "-":
        return
    target = Path(path).resolve()
    if target.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name")
    for name in inputs:
        given = Path(name).resolve()
        if target == given:
            raise OutputError(f"{path}: is an input of this run; the report would replace it")
        if given.is_dir() and given in target.parents and target.name.lower().endswith(SUFFIXES):
            raise OutputError(f"{path}: is inside {name}, which this run reads; the next run would read "
                              "the report as a source (write it elsewhere)")
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: no such directory: {folder}")
    if not os.access(folder, os.W_OK | os.X_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise OutputError(f"{path}: cannot write here (permission denied)")


def _mode_for(path: Path) -> int:
    """An existing file's mode; else what open() would give a new file under the current umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[IO[str]]:
    """A text stream to `path` that appears only when the block ends without an error (temp file +
    rename, so an interrupted run never leaves half a report); stdout when path is None or '-'."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        os.chmod(tmp, _mode_for(path))  # mkstemp makes 0600: a report is for others to read too
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    finally:
        Path(tmp).unlink(missing_ok=True)  # gone already after the rename


def write_output(text: str, path: Path | None) -> None:
    """Write `text` to `path` atomically, or to stdout when path is None or '-'."""
    with open_output(path) as out:
        out.write(text)
        if text and not text.endswith("\n"):
            out.write("\n")
