"""claimkit.toml: where it is (walking up from a draft) and its [check] table, checked key by key.

    [check]
    against = ["sources/"]      # paths are relative to the claimkit.toml
    drafts = ["drafts/"]        # only files under these are checked (pre-commit passes every changed file)
    fail-on = "medium"

Every option of `claimkit check` has a key here but those that name one run's own files or date
(PER_RUN). An unknown key, or a value of the wrong type, is an InputError naming the nearest key:
a typo must never switch a setting off in silence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from claimkit.errors import InputError, nearest

FILE = "claimkit.toml"
REPO_MARKERS = (".git", ".hg", ".svn")  # the walk up stops at a repository's root


def _paths(value: Any) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise TypeError("a path or a list of paths")
    return items


def _of(*types: type) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        # toml's true is no number, though bool is an int
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise TypeError(" or ".join(t.__name__ for t in types))
        return value
    return check


# key -> how its value is read; keys whose values are paths are resolved beside the file
KEYS: dict[str, Callable[[Any], Any]] = {
    "against": _paths, "drafts": _paths, "fail-on": _of(str), "format": _of(str), "quiet": _of(bool),
    "base-currency": _of(str), "rates": _of(str), "model": _of(str), "cache-dir": _of(str),
    "no-cache": _of(bool), "jobs": _of(int), "time-budget": _of(int, float), "baseline": _of(str),
    "now": _of(str),
}
PATH_KEYS = frozenset({"against", "drafts", "rates", "cache-dir", "baseline"})
# check's options (as typer names them: '_' for '-') -> their keys; `drafts` is a key alone (no flag picks drafts)
OPTION_KEYS = {key.replace("-", "_"): key for key in KEYS if key != "drafts"}
# options of `claimkit check` without a key: they name this run's output, date or baseline to write
PER_RUN = ("output", "published", "list-codes", "write-baseline")
OTHER_TABLES = ("sources",)  # [sources."file"] metadata, read by ingest as a folder's manifest


@dataclass(frozen=True)
class CheckConfig:
    """The [check] table of one claimkit.toml (path None: there is none), paths made absolute-or-
    relative-to-the-working-directory as the file's folder requires."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def find(start: Path) -> Path | None:
    """The claimkit.toml nearest `start` (a file's folder, or a folder), walking up to the
    repository's root (a folder holding .git) or the filesystem's root."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        if (candidate / FILE).is_file():
            return candidate / FILE
        if any((candidate / marker).exists() for marker in REPO_MARKERS):
            return None
    return None


def for_draft(draft: str, already: dict[Path, CheckConfig] | None = None) -> CheckConfig:
    """The config that applies to `draft`: the nearest claimkit.toml above it, else above the
    working directory ('-', the draft on stdin, starts there). `already` holds the files one run
    has read, so drafts that share a claimkit.toml (a pre-commit run's) read it once."""
    found = (find(Path(draft)) if draft != "-" else None) or find(Path.cwd())
    if found is None:
        return CheckConfig()
    if already is None:
        return read(found)
    if found not in already:
        already[found] = read(found)
    return already[found]


def read(path: Path) -> CheckConfig:
    """The [check] table of `path`, every key known and of its type, paths resolved beside the file."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    for key in data:
        if key != "check" and key not in OTHER_TABLES:
            hint = f"; [check] {key} is one" if key.replace("_", "-") in KEYS else ""
            raise InputError(f"{path}: unknown key {key!r} (claimkit reads the [check] table{hint})")
    table = data.get("check", {})
    if not isinstance(table, dict):
        raise InputError(f"{path}: [check] must be a table")
    values: dict[str, Any] = {}
    for raw, value in table.items():
        key = raw.replace("_", "-")
        if key not in KEYS:
            near = nearest(key, KEYS)
            hint = f" (did you mean {near}?)" if near else f" (known: {', '.join(KEYS)})"
            raise InputError(f"{path}: unknown key [check] {raw}{hint}")
        try:
            value = KEYS[key](value)
        except TypeError as exc:
            raise InputError(f"{path}: [check] {raw} must be {exc}, not {value!r}") from None
        if key in PATH_KEYS:
            value = [_beside(path, v) for v in value] if isinstance(value, list) else _beside(path, value)
        values[key] = value
    return CheckConfig(path, values)


def _beside(config: Path, value: str) -> str:
    """A path written in `config`, from the working directory: relative when it can be."""
    import os

    target = Path(value).expanduser()
    if target.is_absolute():
        return str(target)
    joined = config.parent / target
    try:
        return os.path.relpath(joined)
    except ValueError:  # another drive (Windows)
        return str(joined)
