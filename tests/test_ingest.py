"""ingest: paths -> Sources; every readable file becomes a document, every other one a Skipped with a reason."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from claimkit.errors import InputError
from claimkit.ingest.decoding import decode
from claimkit.ingest.html_text import html_text
from claimkit.ingest import Source, load, load_text

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def one(path: Path) -> Source:
    loaded = load([str(path)])
    assert loaded.skipped == []
    assert len(loaded.sources) == 1
    return loaded.sources[0]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, "utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- formats


def test_plain_text(tmp_path: Path) -> None:
    src = one(write(tmp_path / "a.txt", "Durov said the fine is 500,000 euros.\n"))
    assert (src.doc.id, src.text, src.doc.encoding, src.doc.notes) == ("a.txt", "Durov said the fine is 500,000 euros.\n", "utf-8", [])
    assert src.body_start == 0


def test_markdown_front_matter(tmp_path: Path) -> None:
    text = "---\ntitle: Durov post\nsource: Telegram\npublished: 2025-04-21\nurl: https://t.me/durov\nlanguage: en\n---\nBody line.\n"
    src = one(write(tmp_path / "post.md", text))
    d = src.doc
    assert (d.title, d.source, d.published, d.url, d.language) == ("Durov post", "Telegram", dt.date(2025, 4, 21), "https://t.me/durov", "en")
    assert src.text == text  # offsets index the file as written, front matter included
    assert src.text[src.body_start:] == "Body line.\n"
    assert src.position(src.body_start) == (8, 1)


@pytest.mark.parametrize(("published", "expected"), [
    ("2025-04-21T10:00:00Z", dt.date(2025, 4, 21)),
    ("'2025-04-21'", dt.date(2025, 4, 21)),
    ("2025-04-21 08:30:00", dt.date(2025, 4, 21)),
])
def test_front_matter_dates(tmp_path: Path, published: str, expected: dt.date) -> None:
    src = one(write(tmp_path / "p.md", f"---\npublished: {published}\n---\nBody.\n"))
    assert src.doc.published == expected


def test_unreadable_published_date_is_a_note(tmp_path: Path) -> None:
    src = one(write(tmp_path / "p.md", "---\npublished: last Tuesday\n---\nBody.\n"))
    assert src.doc.published is None
    assert any("published date" in n for n in src.doc.notes)


@pytest.mark.parametrize(("text", "note"), [
    ("---\ntitle: [unclosed\n---\nBody text.\n", "malformed front matter"),
    ("---\n- a\n- b\n---\nBody text.\n", "not a mapping"),
    ("---\ntitle: never closed\nBody text.\n", "not closed"),
])
def test_malformed_front_matter_keeps_text(tmp_path: Path, text: str, note: str) -> None:
    src = one(write(tmp_path / "bad.md", text))
    assert src.text == text
    assert "Body text." in src.text[src.body_start:]
    assert any(note in n for n in src.doc.notes), src.doc.notes


@pytest.mark.parametrize(("front", "title", "published"), [
    # a title with a second ": " is no YAML (a nested mapping), but every line says what it means
    ("title: Plant blast: 17 dead\npublished: 2024-03-14", "Plant blast: 17 dead", dt.date(2024, 3, 14)),
    ("title: Budget vote: council says yes\nsource: Tribune\n# a comment\n\npublished: 2023-11-02",
     "Budget vote: council says yes", dt.date(2023, 11, 2)),
    ("published: 2022-05-01\ntitle: Q&A: what the ruling means", "Q&A: what the ruling means", dt.date(2022, 5, 1)),
])
def test_front_matter_yaml_refuses_is_read_line_by_line(tmp_path: Path, front: str, title: str,
                                                         published: dt.date) -> None:
    src = one(write(tmp_path / "p.md", f"---\n{front}\n---\nBody text.\n"))
    assert (src.doc.title, src.doc.published) == (title, published)
    assert any("read line by line" in n for n in src.doc.notes), src.doc.notes


@pytest.mark.parametrize("front", [
    "title: [unclosed",  # YAML syntax in the value: not a plain line
    "title: Plant blast: 17 dead\n  nested: x",  # an indented line is no plain field
    "title: Plant blast: 17 dead\njust words",
])
def test_front_matter_that_is_not_plain_lines_is_still_ignored(tmp_path: Path, front: str) -> None:
    src = one(write(tmp_path / "p.md", f"---\n{front}\n---\nBody text.\n"))
    assert src.doc.title is None
    assert any("malformed front matter ignored" in n for n in src.doc.notes), src.doc.notes


def test_front_matter_with_crlf_and_lone_cr(tmp_path: Path) -> None:
    for name, nl in (("crlf.md", "\r\n"), ("cr.md", "\r")):
        text = nl.join(["---", "title: T", "published: 2025-04-21", "---", "Body."]) + nl
        src = one(write(tmp_path / name, text))
        assert (src.doc.title, src.doc.published) == ("T", dt.date(2025, 4, 21))
        assert src.text[src.body_start:] == "Body." + nl


def test_html_main_text_and_title() -> None:
    src = one(FIXTURES / "site" / "news" / "durov.html")
    assert src.doc.title == "Durov: Telegram would rather exit France"
    assert src.text == (
        "Durov says Telegram will not add backdoors\n\n"
        "Telegram CEO Pavel Durov said on April 21 that the app would rather exit the French market.\n\n"
        "He cited the \u201cProtectEU\u201d proposal & warned about encryption backdoors."
    )


@pytest.mark.parametrize("markup", [
    "<p>Unclosed <b>tags <nav>menu",
    "<<<>>> </p></div> <p>text",
    "<script>never closed",
    "",
])
def test_html_never_crashes(markup: str) -> None:
    text, title, _ = html_text(markup)
    assert isinstance(text, str) and "menu" not in text and "never closed" not in text


def test_json_single_record(tmp_path: Path) -> None:
    rec = {"text": "Durov could face up to 10 years.", "published": "2025-04-22", "source": "Cointelegraph", "other": 1}
    src = one(write(tmp_path / "r.json", json.dumps(rec)))
    assert (src.doc.id, src.text, src.doc.published, src.doc.source) == ("r.json", rec["text"], dt.date(2025, 4, 22), "Cointelegraph")


def test_json_list_and_jsonl_records(tmp_path: Path) -> None:
    write(tmp_path / "d" / "list.json", json.dumps([{"id": "a", "text": "First."}, {"text": "Second."}, {"no_text": 1}]))
    write(tmp_path / "d" / "lines.jsonl", '{"text": "One."}\nnot json\n\n{"text": "Two.", "title": "T2"}\n')
    loaded = load([str(tmp_path / "d")])
    got = {s.doc.id: s.text for s in loaded.sources}
    assert got == {"list.json#a": "First.", "list.json#2": "Second.", "lines.jsonl#1": "One.", "lines.jsonl#2": "Two."}
    notes = {s.doc.id: s.doc.notes for s in loaded.sources}
    assert any("without a 'text'" in n for n in notes["list.json#a"])
    assert any("line(s) 2 not JSON" in n for n in notes["lines.jsonl#1"])


def test_json_record_with_html_markup_is_read_as_a_page(tmp_path: Path) -> None:
    """A CMS export's body as markup: tags would glue '2023.</p><p>Meta' into one token and lose the year."""
    rec = {"text": "<p>The regulator fined Meta &euro;1.2&nbsp;billion on May 22, 2023.</p><p>Meta said "
                   "it would <a href='x'>appeal</a>.</p>", "published": "2024-05-01"}
    src = one(write(tmp_path / "r.json", json.dumps(rec)))
    assert src.text == "The regulator fined Meta €1.2 billion on May 22, 2023.\n\nMeta said it would appeal."
    assert "'text' is HTML: read as a page, offsets index its text" in src.doc.notes


@pytest.mark.parametrize("text", [
    "Shares rose as a < b and c > d, the <unnamed> source said.",  # angle brackets, no article tags
    "AT&T paid &euro;5 million.",  # a character reference alone: nlp.chunks reads it, offsets stay the file's
])
def test_json_record_without_markup_is_kept_as_written(tmp_path: Path, text: str) -> None:
    src = one(write(tmp_path / "r.json", json.dumps({"text": text})))
    assert src.text == text and not any("HTML" in n for n in src.doc.notes)


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("bad.json", "{not json", "not valid JSON"),
    ("none.json", '{"title": "no text"}', "no 'text' string: not a document"),
    ("list.json", '[{"title": "a"}, {"title": "b"}]', "2 record(s) without a 'text' string"),
    ("empty.jsonl", "", "no JSON records"),
])
def test_json_without_records_is_skipped(tmp_path: Path, name: str, data: str, reason: str) -> None:
    loaded = load([str(write(tmp_path / name, data))])
    assert loaded.sources == []
    assert [s.path for s in loaded.skipped] == [str(tmp_path / name)]
    assert reason in loaded.skipped[0].reason


def test_sidecar_metadata() -> None:
    loaded = load([str(FIXTURES / "site")])
    assert loaded.skipped == []
    assert sorted(s.doc.id for s in loaded.sources) == ["news/durov.html", "post.md", "wire.txt"]  # sidecar not a source
    wire = next(s for s in loaded.sources if s.doc.id == "wire.txt")
    assert (wire.doc.source, wire.doc.published, wire.doc.title) == ("Cointelegraph", dt.date(2025, 4, 22), "Telegram CEO Durov")


def test_sidecar_without_suffix_and_broken_sidecar(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Text A.")
    write(tmp_path / "a.meta.json", '{"source": "Wire"}')
    write(tmp_path / "b.txt", "Text B.")
    write(tmp_path / "b.txt.meta.json", "{broken")
    by_id = {s.doc.id: s.doc for s in load([str(tmp_path)]).sources}
    assert by_id["a.txt"].source == "Wire"
    assert any("sidecar b.txt.meta.json ignored" in n for n in by_id["b.txt"].notes)


# --------------------------------------------------------------------------- directories


def test_directory_recursion_ids_are_relative(tmp_path: Path) -> None:
    write(tmp_path / "in" / "x" / "y" / "deep.txt", "Deep.")
    write(tmp_path / "in" / "top.md", "Top.")
    write(tmp_path / "in" / ".hidden" / "h.txt", "Hidden.")
    write(tmp_path / "in" / ".dot.txt", "Dot file.")
    write(tmp_path / "in" / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    loaded = load([str(tmp_path / "in")])
    assert [s.doc.id for s in loaded.sources] == ["top.md", "x/y/deep.txt"]
    # hidden files stay unread in silence; an image is said (see test_formats_claimkit_does_not_read_are_said)
    assert [Path(s.path).name for s in loaded.skipped] == ["image.png"]


def test_names_with_spaces_and_non_ascii(tmp_path: Path) -> None:
    write(tmp_path / "d" / "my file é 杜罗夫.txt", "Text.")
    src = one(tmp_path / "d")
    assert src.doc.id == "my file é 杜罗夫.txt"
    assert src.doc.path == str(tmp_path / "d" / "my file é 杜罗夫.txt")


def test_same_name_in_two_directories_gets_unique_ids(tmp_path: Path) -> None:
    write(tmp_path / "a" / "x.txt", "A.")
    write(tmp_path / "b" / "x.txt", "B.")
    ids = [s.doc.id for s in load([str(tmp_path / "a"), str(tmp_path / "b")]).sources]
    assert len(set(ids)) == 2 and ids[0] == "x.txt"


def test_claimkit_output_is_not_read_back(tmp_path: Path) -> None:
    write(tmp_path / "article.txt", "Durov said so.")
    write(tmp_path / "report.json", json.dumps({"schema_version": "1", "tool": {"name": "claimkit", "version": "0"},
                                                "documents": [], "claims": []}))
    claim = {"id": "a.txt#0-5", "doc": "a.txt", "kind": "law", "text": "GDPR", "start": 0, "end": 4, "extractor": "law.rules"}
    write(tmp_path / "claims.jsonl", json.dumps(claim) + "\n")
    loaded = load([str(tmp_path)])
    assert [s.doc.id for s in loaded.sources] == ["article.txt"]
    assert sorted(Path(s.path).name for s in loaded.skipped) == ["claims.jsonl", "report.json"]
    assert all("claimkit output" in s.reason for s in loaded.skipped)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop_terminates_and_links_are_read_once(tmp_path: Path) -> None:
    root = tmp_path / "root"
    write(root / "sub" / "a.txt", "A.")
    os.symlink(root, root / "sub" / "loop")
    os.symlink(root / "sub" / "a.txt", root / "alias.txt")
    os.symlink(root / "missing.txt", root / "dangling.txt")
    loaded = load([str(root)])
    assert [s.doc.id for s in loaded.sources] == ["alias.txt"]
    reasons = {Path(s.path).name: s.reason for s in loaded.skipped}
    assert "same file as" in reasons["a.txt"]
    assert "unreadable" in reasons["dangling.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_skipped_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    loaded = load([str(tmp_path)])
    assert [(Path(s.path).name, s.reason) for s in loaded.skipped] == [("pipe.txt", "not a regular file")]


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load([str(tmp_path / "nope.txt")])


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = write(tmp_path / "good.txt", "Good.")
    locked = write(tmp_path / "locked.txt", "Locked.")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    loaded = load([str(tmp_path)])
    assert [s.doc.path for s in loaded.sources] == [str(good)]
    assert [(s.path, s.reason) for s in loaded.skipped] == [(str(locked), "unreadable: Permission denied")]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads chmod 000 files")
def test_chmod_000_file_is_skipped(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.txt", "Locked.")
    locked.chmod(0)
    try:
        loaded = load([str(tmp_path)])
    finally:
        locked.chmod(0o644)
    assert loaded.sources == [] and "unreadable" in loaded.skipped[0].reason


# --------------------------------------------------------------------------- bytes and characters


@pytest.mark.parametrize(("data", "text", "encoding"), [
    (b"\xef\xbb\xbfDurov said.", "Durov said.", "utf-8-sig"),
    ("Durov: 500 000 €".encode("utf-16"), "Durov: 500 000 €", "utf-16-le"),
    (b"\xfe\xff" + "Durov €".encode("utf-16-be"), "Durov €", "utf-16-be"),
    ("\ufeffDurov 杜罗夫".encode("utf-32-le"), "Durov 杜罗夫", "utf-32-le"),
    ("Le café coûte très cher à Paris, déjà.".encode("cp1252"), "Le café coûte très cher à Paris, déjà.", "cp1252"),
    ("Штраф для Telegram составит пятьсот тысяч евро сегодня".encode("cp1251"),
     "Штраф для Telegram составит пятьсот тысяч евро сегодня", "cp1251"),
])
def test_decoding(data: bytes, text: str, encoding: str) -> None:
    got, enc, _ = decode(data)
    assert (got, enc) == (text, encoding)


def test_utf16_without_bom_is_recognised() -> None:
    got, enc, note = decode("Durov said the fine is 500,000 euros.".encode("utf-16-le"))
    assert got == "Durov said the fine is 500,000 euros." and note and "UTF-16" in note


def test_broken_utf8_keeps_the_rest_and_says_so(tmp_path: Path) -> None:
    src = one(write(tmp_path / "broken.txt", "Durov — café: ".encode() + b"\xff\xfe" + " 500 €".encode()))
    assert src.text == "Durov — café: \ufffd\ufffd 500 €"
    assert src.doc.encoding == "utf-8"
    assert any("2 undecodable byte(s)" in n for n in src.doc.notes)


def test_legacy_encoding_is_recorded(tmp_path: Path) -> None:
    src = one(write(tmp_path / "latin.txt", "Le café coûte très cher à Paris, déjà.".encode("cp1252")))
    assert src.doc.encoding == "cp1252" and src.doc.notes == ["not UTF-8: decoded as cp1252"]


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.4\n\x00\x01\x02\xff\xfe binary", bytes(range(256))])
def test_binary_files_are_skipped_with_the_path(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "bin.txt", data)
    loaded = load([str(path)])
    assert loaded.sources == []
    assert [(s.path, s.reason) for s in loaded.skipped] == [(str(path), "binary file (NUL bytes): skipped")]


@pytest.mark.parametrize("content", ["", "   \n\t\n", "---\ntitle: Only metadata\n---\n"])
def test_empty_documents_are_kept_with_a_note(tmp_path: Path, content: str) -> None:
    src = one(write(tmp_path / "empty.md", content))
    assert src.text == content
    assert "empty document: no text" in src.doc.notes


def test_lone_surrogates_from_json_are_replaced(tmp_path: Path) -> None:
    src = one(write(tmp_path / "s.json", '{"text": "bad \\ud800 char"}'))
    assert src.text == "bad \ufffd char"
    assert any("surrogate" in n for n in src.doc.notes)
    src.doc.model_dump_json()  # writable


@pytest.mark.parametrize(("nl", "name"), [("\n", "lf"), ("\r\n", "crlf"), ("\r", "cr")])
def test_line_and_column_with_any_line_ending(tmp_path: Path, nl: str, name: str) -> None:
    text = nl.join(["First line.", "", "Durov cited ProtectEU here."]) + nl
    src = one(write(tmp_path / f"{name}.txt", text))
    at = src.text.index("ProtectEU")
    assert src.position(at) == (3, 13)
    assert src.position(0) == (1, 1)
    assert src.position(len(src.text)) == (4, 1)


def test_claim_offsets_index_the_document_text(tmp_path: Path, nlp, settings) -> None:
    from claimkit.extract import extract_source
    from claimkit.extract.nlp import chunks

    text = "---\r\ntitle: T\r\npublished: 2025-04-21\r\n---\r\nUnder the EU Digital Services Act, Telegram discloses IPs.\r\nThe ProtectEU proposal follows.\r\n"
    src = one(write(tmp_path / "a.md", text))
    pieces = list(chunks(src.text, src.body_start))
    claims = extract_source(src, settings, zip(pieces, nlp.pipe([p.text for p in pieces])))
    assert claims and all(src.text[c.start:c.end] == c.text for c in claims)
    laws = [(c.text, c.line, c.column) for c in claims if c.kind == "law"]
    assert laws == [("Digital Services Act", 5, 14), ("ProtectEU", 6, 5)]


def test_load_text() -> None:
    src = load_text("Durov said.", doc_id="x.txt", published=dt.date(2025, 4, 21))
    assert (src.doc.id, src.text, src.doc.published, src.position(6)) == ("x.txt", "Durov said.", dt.date(2025, 4, 21), (1, 7))


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_never_raises(data: bytes) -> None:
    text, encoding, note = decode(data)
    assert text is None or isinstance(text, str)
    assert text is not None or note


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \r\n\t€杜"), max_size=60))
def test_position_agrees_with_counting_line_breaks(text: str) -> None:
    src = load_text(text)
    for offset in range(len(text) + 1):
        head = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
        line = head.count("\n") + 1
        # a CRLF pair is one break: an offset between \r and \n is still on the \r's line
        if offset and text[offset - 1] == "\r" and offset < len(text) and text[offset] == "\n":
            continue
        column = offset - (max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1) + 1
        assert src.position(offset) == (line, column)


def test_metadata_aliases(tmp_path: Path) -> None:
    src = one(write(tmp_path / "hugo.md", "---\ndate: 2025-04-21\nlink: https://x.example\nTitle: Own name wins\nheadline: alias\n---\nBody.\n"))
    assert (src.doc.published, src.doc.url, src.doc.title) == (dt.date(2025, 4, 21), "https://x.example", "Own name wins")
    rec = one(write(tmp_path / "r.json", '{"text": "Body.", "publisher": "Reuters", "lang": "fr"}'))
    assert (rec.doc.source, rec.doc.language) == ("Reuters", "fr")


def test_html_title_is_the_pages_not_an_icons() -> None:
    text, title, _ = html_text("<html><head><title>Page</title></head><body><svg><title>icon</title></svg><p>Body</p></body></html>")
    assert (text, title) == ("Body", "Page")


@pytest.mark.parametrize(("name", "manifest"), [
    ("sources.yaml", "a.txt:\n  source: Reuters\n  published: 2025-04-21\nsub/b.md:\n  title: B\n"),
    ("sources.yaml", "- path: a.txt\n  source: Reuters\n  published: '2025-04-21'\n- path: sub/b.md\n  title: B\n"),
    ("claimkit.toml", '[sources."a.txt"]\nsource = "Reuters"\npublished = 2025-04-21\n[sources."sub/b.md"]\ntitle = "B"\n'),
])
def test_directory_manifest(tmp_path: Path, name: str, manifest: str) -> None:
    write(tmp_path / "a.txt", "A.")
    write(tmp_path / "sub" / "b.md", "---\nsource: Own\n---\nB.")
    write(tmp_path / name, manifest)
    loaded = load([str(tmp_path)])
    docs = {s.doc.id: s.doc for s in loaded.sources}
    assert loaded.skipped == [] and sorted(docs) == ["a.txt", "sub/b.md"]
    assert (docs["a.txt"].source, docs["a.txt"].published) == ("Reuters", dt.date(2025, 4, 21))
    assert (docs["sub/b.md"].title, docs["sub/b.md"].source) == ("B", "Own")
    assert load([str(tmp_path / "a.txt")]).sources[0].doc.source == "Reuters"  # a file given alone too


def test_broken_manifest_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A.")
    write(tmp_path / "sources.yaml", "a.txt: [unclosed\n")
    loaded = load([str(tmp_path)])
    assert [s.doc.id for s in loaded.sources] == ["a.txt"]
    assert [Path(s.path).name for s in loaded.skipped] == ["sources.yaml"] and "manifest ignored" in loaded.skipped[0].reason


@pytest.mark.parametrize("name, data", [
    ("story.docx", b"PK\x03\x04\x14\x00\x06\x00binary"),
    ("story.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n\x00\x00"),
    ("chart.png", b"\x89PNG\r\n\x1a\n\x00\x00"),
])
def test_formats_claimkit_does_not_read_are_said(tmp_path, name, data):
    """A .docx or .pdf in a source folder was skipped in silence (or called 'binary file (NUL bytes)')."""
    (tmp_path / name).write_bytes(data)
    (tmp_path / "a.txt").write_text("He paid $5 million.\n")
    for given in ([str(tmp_path)], [str(tmp_path / name), str(tmp_path / "a.txt")]):  # in a folder, or named
        loaded = load(given)
        assert [s.doc.id for s in loaded.sources] == ["a.txt"]
        (skip,) = loaded.skipped
        assert skip.path.endswith(name) and "convert it to text or HTML first" in skip.reason
