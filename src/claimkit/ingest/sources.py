"""Paths -> `Source`s (a `Document` record plus its decoded text): files found, read and split.

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
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterator

from claimkit.ingest.decoding import decode, scrub
from claimkit.errors import InputError
from claimkit.ingest.html_text import html_text, looks_like_html
from claimkit.lexicon import OTHER_LANGUAGES as SUPPORTED
from claimkit.models import Document, Skipped

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
# formats people keep articles in that claimkit does not read: said, never skipped in silence
UNREAD_FORMATS = (".docx", ".doc", ".odt", ".rtf", ".pdf", ".pages", ".epub", ".xlsx", ".pptx",
                  ".png", ".jpg", ".jpeg", ".gif", ".webp", ".tif", ".tiff")
UNREAD_REASON = "a {suffix} file: claimkit reads text, Markdown, HTML and JSON; convert it to text or HTML first"
# a document whose metadata names a language claimkit does not read: its figures are read as English would be, or missed
LANGUAGE_NOTE = ("language {language!r}: claimkit reads English, French, German, Spanish, Italian, Portuguese, "
                 "Russian and Chinese only; figures written in another language may be "
                 "missed or misread (give an English copy, or mark the front matter language: en if it is English)")
META_FIELDS = ("source", "url", "published", "title", "language")
# other names blogs and feeds use for the same fields (Jekyll/Hugo "date", feeds' "link")
META_ALIASES = {"date": "published", "published_at": "published", "pubdate": "published", "link": "url",
                "lang": "language", "outlet": "source", "publisher": "source", "headline": "title"}
MAX_BYTES = 64 * 1024 * 1024
MANIFESTS = ("sources.yaml", "sources.yml", "claimkit.toml")  # per-directory metadata for plain files
# claimkit's own outputs: a report (tool.name) or extracted claims (these keys) are not sources
CLAIM_KEYS = frozenset({"doc", "kind", "start", "end", "extractor"})

_NL = r"(?:\r\n|\r|\n)"
_FRONT_MATTER = re.compile(
    rf"\A---[ \t]*{_NL}(?P<body>.*?){_NL}(?:---|\.\.\.)[ \t]*(?:{_NL}|\Z)", re.S | re.VERBOSE,
)
_FRONT_OPEN = re.compile(rf"\A---[ \t]*{_NL}", re.VERBOSE)
# a plain "key: value" line, its value no YAML syntax ("title: Plant blast: 17 dead" is not YAML,
# which reads a second ": " as a nested mapping, but every CMS that wrote it meant the whole line)
# (a key starts where no word goes on before it: a search over a long word tries it once, not at each letter)
_PLAIN_FIELD = re.compile(r"(?<![\w-])([A-Za-z_][\w-]{0,40})[ \t]{0,3}:[ \t]{1,3}([^\[\]{}\"'|>&*!%@`\s][^\n]*)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# the first line of `extract --format text` ("a.txt:4:1: date '...' -> {") or of a lint run ("a.md:12:41: CK101 [high]")
_OWN_LINE = re.compile(r"""\A [^\n]+ : \d+ : \d+ :\x20 (?: [a-z]+ \x20 ' .* '\x20->\x20[{] | CK\d{3} \x20 \[ )""", re.VERBOSE)


@dataclass(frozen=True)
class Source:
    """A document's metadata and its text, which claim offsets index."""

    doc: Document
    text: str
    body_start: int = 0  # where the article starts (after front matter)
    language_given: bool = False  # the metadata named the language (it overrides identification)
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


@dataclass
class _Run:
    """What one `load` call has seen so far: ids must be unique, and a file is read once."""

    role: str
    sources: list[Source] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    files: dict[tuple[int, int], str] = field(default_factory=dict)
    manifest: dict[str, dict[str, Any]] = field(default_factory=dict)  # absolute path -> metadata
    manifest_dirs: set[str] = field(default_factory=set)

    def skip(self, path: Path | str, reason: str) -> None:
        self.skipped.append(Skipped(path=str(path), reason=reason))

    def unique_id(self, doc_id: str, path: Path) -> str:
        chosen = doc_id if doc_id not in self.ids else path.as_posix()
        n = 2
        while chosen in self.ids:  # the same path given twice
            chosen, n = f"{doc_id}~{n}", n + 1
        self.ids.add(chosen)
        return chosen


def load(paths: list[str], role: str = "source") -> Loaded:
    """Read every document under `paths`; raise InputError only when a given path does not exist."""
    loaded = Loaded([], [])
    for item in iter_load(paths, role):
        (loaded.skipped if isinstance(item, Skipped) else loaded.sources).append(item)  # type: ignore[arg-type]
    return loaded


def iter_load(paths: list[str], role: str = "source") -> Iterator[Source | Skipped]:
    """What `load` reads, one file at a time, so memory does not grow with the number of files."""
    run = _Run(role)

    def drain() -> Iterator[Source | Skipped]:
        yield from run.skipped
        yield from run.sources
        run.skipped.clear()
        run.sources.clear()

    for raw in sorted(paths):  # the report must not depend on the order the paths were given in
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise InputError(f"{raw}: no such file or directory")
        if path.is_dir():
            for file in sorted(_walk(path, run), key=lambda p: p.relative_to(path).as_posix()):
                _load_file(file, file.relative_to(path).as_posix(), run)
                yield from drain()
        else:
            _read_manifests(path.parent, run)
            _load_file(path, path.name, run)
        yield from drain()


def load_text(text: str, doc_id: str = "text.txt", published: dt.date | None = None, role: str = "source") -> Source:
    """A Source from a string (tests, the Python API)."""
    doc = Document(id=doc_id, path=doc_id, published=published, sha256=_sha256(text), role=role)  # type: ignore[arg-type]
    return _finish(doc, text, 0)


def read_named(name: str, text: str, meta: dict[str, Any] | None = None, role: str = "source") -> Source:
    """A text in memory read as a file called `name` would be: a .md's front matter gives metadata
    (`meta`, given by the caller, wins), an HTML text is read as a page. Nothing here opens a path."""
    notes: list[str] = []
    # a CMS's body is often markup whatever its name says
    text, meta, body_start = _body(text, PurePosixPath(name).suffix.lower(), dict(meta or {}), notes, sniff_html=True)
    return _make(PurePosixPath(name), name, text, meta, role, "utf-8", notes, body_start)  # type: ignore[arg-type]


def _body(text: str, suffix: str, meta: dict[str, Any], notes: list[str],
          sniff_html: bool = False) -> tuple[str, dict[str, Any], int]:
    """A file's text as read for its suffix: (text, metadata, where the body starts). A .md's front
    matter is metadata (`meta`, from sidecars or the caller, wins); an HTML page is reduced to its
    text, its <title> the title if none is given. Notes are appended to `notes`."""
    if suffix in (".md", ".markdown"):
        front, body_start, note = _front_matter(text)
        notes += [note] if note else []
        return text, {**front, **meta}, body_start
    if suffix in (".html", ".htm") or (sniff_html and looks_like_html(text)):
        text, title, note = html_text(text)
        notes += [note] if note else []
        return text, ({**meta, "title": title} if title and "title" not in meta else meta), 0
    return text, meta, 0


def _walk(root: Path, run: _Run) -> Iterator[Path]:
    """Files with a known suffix under root, following symlinks but never round a loop."""
    seen: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        run.skip(exc.filename or root, f"directory not readable: {exc.strerror or exc}")

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=unreadable):
        try:
            st = os.stat(dirpath)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink back to a directory already walked
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        _read_manifests(Path(dirpath), run)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or name.endswith(".meta.json"):
                continue
            if name.lower().endswith(SUFFIXES):
                yield Path(dirpath) / name
            elif name.lower().endswith(UNREAD_FORMATS):
                run.skip(Path(dirpath) / name, UNREAD_REASON.format(suffix=Path(name).suffix.lower()))


def _load_file(path: Path, doc_id: str, run: _Run) -> None:
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            run.skip(path, "not a regular file")
            return
        if st.st_size > MAX_BYTES:
            run.skip(path, f"larger than {MAX_BYTES // 2**20} MB")
            return
        if (st.st_dev, st.st_ino) in run.files:
            run.skip(path, f"same file as {run.files[(st.st_dev, st.st_ino)]}: read once")
            return
        data = path.read_bytes()
    except OSError as exc:
        run.skip(path, f"unreadable: {exc.strerror or exc}")
        return
    run.files[(st.st_dev, st.st_ino)] = str(path)
    text, encoding, problem = decode(data)
    if text is None and path.suffix.lower() in UNREAD_FORMATS:
        run.skip(path, UNREAD_REASON.format(suffix=path.suffix.lower()))
        return
    if text is None:
        run.skip(path, problem or "not text")
        return
    if _is_own_report(text):
        run.skip(path, "claimkit output (report or claims): not read as a source")
        return
    meta, notes = _sidecar(path)
    meta = {**run.manifest.get(os.path.abspath(path), {}), **meta}
    if problem:
        notes.append(problem)
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        _load_records(path, doc_id, text, meta, encoding, notes, run)
        return
    text, meta, body_start = _body(text, suffix, meta, notes)
    run.sources.append(_make(path, run.unique_id(doc_id, path), text, meta, run.role, encoding, notes, body_start))


def _load_records(path: Path, doc_id: str, text: str, meta: dict[str, Any], encoding: str,
                  notes: list[str], run: _Run) -> None:
    """One Source per JSON record with a 'text' field: {"text": ..., "published": ...}."""
    items, problem = _json_items(text, path.suffix.lower() == ".jsonl")
    if _is_own_output(items):
        run.skip(path, "claimkit output (report or claims): not read as a source")
        return
    records = [i for i in items if isinstance(i, dict) and isinstance(i.get("text"), str)]
    record_notes = [problem] if problem else []
    if len(records) < len(items):
        record_notes.append(f"{len(items) - len(records)} record(s) without a 'text' string skipped"
                            if len(items) > 1 else "no 'text' string: not a document")
    if not records:
        run.skip(path, "; ".join(record_notes) or "no JSON records with a 'text' field")
        return
    for i, rec in enumerate(records):
        rec_id = doc_id if len(records) == 1 else f"{doc_id}#{rec.get('id', i + 1)}"
        rec_meta = {**meta, **_meta(rec)}
        rec_text, rec_notes = rec["text"], notes + record_notes
        if looks_like_html(rec_text):  # CMS exports often carry the body as markup
            rec_text, title, html_note = html_text(rec_text)
            rec_meta.setdefault("title", title)
            rec_notes = [*rec_notes, "'text' is HTML: read as a page, offsets index its text", *filter(None, [html_note])]
        run.sources.append(_make(path, run.unique_id(rec_id, path), rec_text, rec_meta, run.role, encoding, rec_notes))


def _make(path: Path, doc_id: str, text: str, meta: dict[str, Any], role: str, encoding: str,
          notes: list[str], body_start: int = 0) -> Source:
    text, scrub_note = scrub(text)
    notes = notes + ([scrub_note] if scrub_note else [])
    published, note = _date(meta.get("published"))
    if note:
        notes.append(note)
    if not text[body_start:].strip():
        notes.append("empty document: no text")
    given = _str(meta.get("language"))
    language = given or "en"
    if not language.lower().startswith("en") and language.lower()[:2] not in SUPPORTED:
        notes.append(LANGUAGE_NOTE.format(language=language))
    doc = Document(
        id=doc_id, path=str(path), role=role,  # type: ignore[arg-type]
        title=_str(meta.get("title")), source=_str(meta.get("source")), url=_str(meta.get("url")),
        published=published, language=language,
        sha256=_sha256(text), encoding=encoding, notes=notes,
    )
    return _finish(doc, text, body_start, language_given=bool(given))


def _finish(doc: Document, text: str, body_start: int, language_given: bool = False) -> Source:
    from claimkit.ingest.regions import detect_regions

    regions = detect_regions(text, body_start, doc.language)
    return Source(doc.model_copy(update={"regions": regions}), text, body_start, language_given)


# --------------------------------------------------------------------------- metadata


def _front_matter(text: str) -> tuple[dict[str, Any], int, str | None]:
    data, end, note = _raw_front_matter(text)
    return _meta(data), end, note


def front_matter(text: str) -> dict[str, Any]:
    """A Markdown file's front matter as written, every key ({} when it has none or it is unreadable):
    what is read beyond the metadata fields, as a draft's `sources: [../sources/story-a/]`."""
    return _raw_front_matter(text)[0]


def _raw_front_matter(text: str) -> tuple[dict[Any, Any], int, str | None]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0, ("front matter not closed: read as text" if _FRONT_OPEN.match(text) else None)
    import yaml

    try:
        data = yaml.safe_load(m.group("body"))
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        plain = _plain_fields(m.group("body"))
        if plain:
            return plain, m.end(), f"front matter read line by line (not YAML: {first})"
        return {}, m.end(), f"malformed front matter ignored: {first}"
    if data is None:
        return {}, m.end(), None
    if not isinstance(data, dict):
        return {}, m.end(), "front matter is not a mapping: ignored"
    return data, m.end(), None


def _plain_fields(body: str) -> dict[str, str] | None:
    """Front matter YAML refuses, read as one "key: value" per line, when every line that is not
    blank or a comment is one."""
    fields: dict[str, str] = {}
    for line in body.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _PLAIN_FIELD.fullmatch(line.rstrip())
        if m is None:
            return None
        fields[m.group(1)] = m.group(2).strip()
    return fields or None


def _sidecar(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Metadata from NAME.meta.json (or NAME-without-suffix.meta.json), and a note if it is broken."""
    for meta_path in (path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.json")):
        if meta_path.is_file():
            break
    else:
        return {}, []
    try:
        data = json.loads(meta_path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError) as exc:
        return {}, [f"sidecar {meta_path.name} ignored: {exc}"]
    if not isinstance(data, dict):
        return {}, [f"sidecar {meta_path.name} ignored: not a JSON object"]
    return _meta(data), []


def _read_manifests(folder: Path, run: _Run) -> None:
    """sources.yaml ({file: {published: ...}}) or claimkit.toml ([sources."file"]) in a directory."""
    key = os.path.abspath(folder)
    if key in run.manifest_dirs:
        return
    run.manifest_dirs.add(key)
    for name in MANIFESTS:
        path = folder / name
        if not path.is_file():
            continue
        try:
            raw = path.read_bytes().decode("utf-8-sig")
            if name.endswith(".toml"):
                import tomllib

                table = tomllib.loads(raw).get("sources", {})
            else:
                import yaml

                table = yaml.safe_load(raw)
        except Exception as exc:  # noqa: BLE001  (yaml, toml and decoding errors alike: note and go on)
            run.skip(path, f"manifest ignored: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
            continue
        if isinstance(table, list):  # - {path: a.txt, published: ...}
            table = {str(e.get("path")): e for e in table if isinstance(e, dict) and e.get("path")}
        if not isinstance(table, dict):
            run.skip(path, "manifest ignored: not a mapping of file names to metadata")
            continue
        for file, meta in table.items():
            if isinstance(meta, dict):
                run.manifest.setdefault(os.path.abspath(folder / str(file)), _meta(meta))


def _json_items(text: str, lines: bool) -> tuple[list[Any], str | None]:
    if not lines:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            return [], f"not valid JSON: {exc}"
        return (data if isinstance(data, list) else [data]), None
    items: list[Any] = []
    bad: list[int] = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except (ValueError, RecursionError):
                bad.append(n)
    return items, (f"line(s) {', '.join(map(str, bad[:10]))} not JSON: skipped" if bad else None)


def _meta(data: dict[Any, Any]) -> dict[str, Any]:
    """The metadata fields of a mapping, aliases folded in; a field's own name wins over an alias."""
    out = {META_ALIASES[str(k).lower()]: v for k, v in data.items() if str(k).lower() in META_ALIASES}
    out.update({str(k).lower(): v for k, v in data.items() if str(k).lower() in META_FIELDS})
    return out


def _is_own_output(items: list[Any]) -> bool:
    first = items[0] if items else None
    if not isinstance(first, dict):
        return False
    tool = first.get("tool")
    return (isinstance(tool, dict) and tool.get("name") == "claimkit") or CLAIM_KEYS <= first.keys()


def _is_own_report(text: str) -> bool:
    """A report claimkit wrote (-o into an input folder): html by its title, md and text by their head lines."""
    head = text[:4096]
    if "<title>claimkit report</title>" in head or "<title>claimkit check</title>" in head:
        return True
    lines = head.lstrip("\ufeff").splitlines()[:3]
    if lines[:1] == ["# claimkit report"]:  # render_md: title, blank line, "N documents, N claims, ..."
        return len(lines) == 3 and " claims, " in lines[2] and "Conflicts:" in lines[2]
    if lines and lines[0].startswith("claimkit: ") and " claims, " in lines[0] and "conflicts:" in lines[0]:
        return True
    return bool(lines) and _OWN_LINE.match(lines[0][:1000]) is not None  # extract --format text, check's lint


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


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
