"""Writing output: atomically to a file (temp file + rename), or to stdout."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterator

from claimkit.errors import OutputError


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
