"""Ingest: paths -> `Source`s (a `Document` record plus its decoded text).

Reads .txt, .md (YAML front matter), .html (main text), .json/.jsonl records,
and a sidecar NAME.meta.json. Offsets downstream index `Source.text`, which is
the file's text exactly as decoded (for .md, front matter included; for .html,
the extracted text). Unreadable inputs become `Skipped` records, never crashes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator

from claimkit.errors import InputError
from claimkit.models import Document, Skipped

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
META_FIELDS = ("source", "url", "published", "title", "language")
MAX_BYTES = 64 * 1024 * 1024

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Source:
    """A document's metadata and its text, which claim offsets index."""

    doc: Document
    text: str
    body_start: int = 0  # where the article starts (after front matter)
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.text)]
        object.__setattr__(self, "_line_starts", starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; CRLF and lone CR end lines too."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1


@dataclass
class Loaded:
    sources: list[Source]
    skipped: list[Skipped]


def load(paths: list[str], role: str = "source") -> Loaded:
    """Read every document under `paths`; raise InputError only when a given path does not exist."""
    sources: list[Source] = []
    skipped: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise InputError(f"{raw}: no such file or directory")
        if path.is_dir():
            files = sorted(_walk(path), key=lambda p: p.relative_to(path).as_posix())
            for file in files:
                _load_file(file, file.relative_to(path).as_posix(), role, sources, skipped)
        else:
            _load_file(path, path.name, role, sources, skipped)
    return Loaded(sources, skipped)


def load_text(text: str, doc_id: str = "text.txt", published: dt.date | None = None, role: str = "source") -> Source:
    """A Source from a string (tests, the Python API)."""
    doc = Document(id=doc_id, path=doc_id, published=published, sha256=_sha256(text.encode()), role=role)  # type: ignore[arg-type]
    return _finish(doc, text, 0)


def _walk(root: Path) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink loop
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(".") or name.endswith(".meta.json"):
                continue
            if name.lower().endswith(SUFFIXES):
                yield Path(dirpath) / name


def _load_file(path: Path, doc_id: str, role: str, out: list[Source], skipped: list[Skipped]) -> None:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            skipped.append(Skipped(path=str(path), reason=f"larger than {MAX_BYTES // 2**20} MB"))
            return
        data = path.read_bytes()
    except OSError as exc:
        skipped.append(Skipped(path=str(path), reason=f"unreadable: {exc.strerror or exc}"))
        return
    text, encoding, problem = decode(data)
    if text is None:
        skipped.append(Skipped(path=str(path), reason=problem or "not text"))
        return
    meta = _sidecar(path)
    suffix = path.suffix.lower()
    notes = [problem] if problem else []
    if suffix == ".json" or suffix == ".jsonl":
        records, record_notes = _json_records(text, suffix == ".jsonl")
        if records is None:
            if _is_own_report(text):
                return  # a claimkit report written into an input directory: not a source
            skipped.append(Skipped(path=str(path), reason="; ".join(record_notes) or "no records"))
            return
        for i, rec in enumerate(records):
            rec_id = doc_id if len(records) == 1 else f"{doc_id}#{rec.get('id', i + 1)}"
            rec_meta = {**meta, **{k: rec[k] for k in META_FIELDS if k in rec}}
            out.append(_make(path, rec_id, str(rec["text"]), rec_meta, role, encoding, notes + record_notes))
        return
    body_start = 0
    if suffix in (".md", ".markdown"):
        fm, body_start, fm_note = _front_matter(text)
        meta = {**fm, **meta}
        if fm_note:
            notes.append(fm_note)
    elif suffix in (".html", ".htm"):
        text, title = html_text(text)
        if title and "title" not in meta:
            meta["title"] = title
    out.append(_make(path, doc_id, text, meta, role, encoding, notes, body_start))


def _make(path: Path, doc_id: str, text: str, meta: dict[str, Any], role: str, encoding: str,
          notes: list[str], body_start: int = 0) -> Source:
    published, note = _date(meta.get("published"))
    if note:
        notes = notes + [note]
    if not text.strip():
        notes = notes + ["empty document: no text"]
    doc = Document(
        id=doc_id, path=str(path), role=role,  # type: ignore[arg-type]
        title=_str(meta.get("title")), source=_str(meta.get("source")), url=_str(meta.get("url")),
        published=published, language=_str(meta.get("language")) or "en",
        sha256=_sha256(text.encode("utf-8", "surrogatepass")), encoding=encoding, notes=notes,
    )
    return _finish(doc, text, body_start)


def _finish(doc: Document, text: str, body_start: int) -> Source:
    from claimkit.regions import detect_regions

    regions = detect_regions(text, body_start)
    return Source(doc.model_copy(update={"regions": regions}), text, body_start)


def decode(data: bytes) -> tuple[str | None, str, str | None]:
    """(text, encoding, note). text is None for binary data, with the reason in note."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig", None
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(enc, "replace"), enc, None
    if b"\x00" in data[:8192]:
        return None, "binary", "binary file (NUL bytes): skipped"
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return data.decode("utf-8", "replace"), "utf-8", "not valid UTF-8: undecodable bytes replaced with U+FFFD"
    return str(best), best.encoding, f"not UTF-8: decoded as {best.encoding}"


def _front_matter(text: str) -> tuple[dict[str, Any], int, str | None]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0, None
    import yaml

    try:
        data = yaml.safe_load(m.group("body"))
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0]
        return {}, m.end(), f"malformed front matter ignored: {first}"
    if not isinstance(data, dict):
        return {}, m.end(), "front matter is not a mapping: ignored"
    return {str(k): v for k, v in data.items()}, m.end(), None


def _sidecar(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.name + ".meta.json")
    if not meta_path.exists():
        meta_path = path.with_suffix(".meta.json")
    try:
        data = json.loads(meta_path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: data[k] for k in META_FIELDS if isinstance(data, dict) and k in data}


def _json_records(text: str, lines: bool) -> tuple[list[dict[str, Any]] | None, list[str]]:
    notes: list[str] = []
    items: list[Any] = []
    if lines:
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except ValueError:
                notes.append(f"line {n}: not JSON, skipped")
    else:
        try:
            data = json.loads(text)
        except ValueError as exc:
            return None, [f"not valid JSON: {exc}"]
        items = data if isinstance(data, list) else [data]
    records = [i for i in items if isinstance(i, dict) and isinstance(i.get("text"), str)]
    if len(records) < len(items):
        notes.append(f"{len(items) - len(records)} record(s) without a 'text' field skipped")
    return (records or None), notes


def _is_own_report(text: str) -> bool:
    try:
        data = json.loads(text)
    except ValueError:
        return False
    return isinstance(data, dict) and (data.get("tool") or {}).get("name") == "claimkit"


def _date(value: Any) -> tuple[dt.date | None, str | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]), None
    except ValueError:
        return None, f"published date {value!r} not understood: ignored"


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- HTML

_SKIP_TAGS = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg", "template"}
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "blockquote", "pre", "ul", "ol", "table", "figcaption", "main"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCK_TAGS and not self.skip:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCK_TAGS and not self.skip:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        elif not self.skip:
            self.parts.append(data)


def html_text(markup: str) -> tuple[str, str | None]:
    """The readable text of an HTML page (scripts, navigation and footers dropped) and its title."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n[ \n]*", "\n\n", text).strip()
    return text, parser.title
