"""claimkit.api: lazy ingest, streaming order, worker processes, the per-document time budget."""

from __future__ import annotations

import importlib
import time
from pathlib import Path

import pytest

from claimkit import api
from claimkit.ingest import load, load_text
from claimkit.models import Skipped
from claimkit.settings import Settings

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

DOCS = [
    ("a.txt", "The company was fined $5 million on March 3, 2021."),
    ("b.txt", "Nothing to see here."),
    ("c.txt", "He was sentenced to 10 years in prison. Sales rose 12%."),
    ("d.txt", ""),
    ("e.txt", "About 300 people attended. The fine was €2.5 million."),
]


def _sources():
    return [load_text(text, name) for name, text in DOCS]


def _claims(pairs):
    return [(s.doc.id, c.kind, c.start, c.end, c.value.model_dump_json()) for s, claims in pairs for c in claims]


@pytest.fixture(scope="module")
def serial(nlp):
    return list(api.extract_sources(_sources(), Settings(jobs=1)))


def test_stream_keeps_input_order(serial):
    assert [s.doc.id for s, _ in serial] == [name for name, _ in DOCS]
    kinds = {s.doc.id: sorted({c.kind for c in claims}) for s, claims in serial}
    assert kinds["a.txt"] == ["date", "money"]
    assert kinds["b.txt"] == [] and kinds["d.txt"] == []
    assert "sentence" in kinds["c.txt"] and "percent" in kinds["c.txt"]


@pytest.mark.parametrize(("jobs", "ahead"), [(1, 0), (2, 5)])
def test_stream_is_lazy(nlp, monkeypatch, jobs, ahead):
    """The first document comes out before the last one is read: in one process, before the next
    is read; with workers, at most 2 batches per worker in flight and one batch read ahead (to know
    whether starting them is worth it)."""
    names = [f"{i:02}-{name}" for i in range(4) for name, _ in DOCS]
    texts = [text for _ in range(4) for _, text in DOCS]
    read = []

    def sources():
        for name, text in zip(names, texts):
            read.append(name)
            yield load_text(text, name)

    monkeypatch.setattr(api, "BATCH_DOCS", 1)
    stream = api.extract_sources(sources(), Settings(jobs=jobs))
    first, _ = next(stream)
    assert first.doc.id == names[0] and read == names[:1 + ahead]
    assert [s.doc.id for s, _ in stream] == names[1:]


@pytest.fixture()
def pools_started(monkeypatch):
    """Batches of two documents, and a list of the worker counts of every pool started."""
    started = []

    class Recorded(api._Pool):
        def __init__(self, settings, jobs):  # noqa: ANN001
            started.append(jobs)
            super().__init__(settings, jobs)

    monkeypatch.setattr(api, "BATCH_DOCS", 2)
    monkeypatch.setattr(api, "_Pool", Recorded)
    return started


def test_jobs_give_the_same_claims(serial, pools_started):
    parallel = list(api.extract_sources(_sources(), Settings(jobs=2)))
    assert pools_started == [2]
    assert _claims(parallel) == _claims(serial)
    assert [s.doc.id for s, _ in parallel] == [name for name, _ in DOCS]


@pytest.mark.parametrize(("jobs", "cores", "docs", "expected"), [
    (0, 2, 5, [2]),  # auto: one worker per core, for an input of three batches
    (0, 64, 5, [api.MAX_AUTO_JOBS]),
    (0, 2, 2, []),  # a single batch is parsed in this process: no workers to fork
    (0, 1, 5, []),  # one core: no workers
    (1, 2, 5, []),
    (3, 1, 5, [3]),  # asked for
])
def test_workers_are_started_only_when_they_can_help(monkeypatch, pools_started, jobs, cores, docs, expected):
    monkeypatch.setattr(api.os, "sched_getaffinity", lambda _pid: set(range(cores)), raising=False)
    out = list(api.extract_sources(_sources()[:docs], Settings(jobs=jobs)))
    assert pools_started == expected
    assert [s.doc.id for s, _ in out] == [name for name, _ in DOCS[:docs]]


def test_cache_hits_and_misses_interleave_in_order(serial, tmp_path):
    settings = Settings(cache_dir=tmp_path)
    list(api.extract_sources(_sources()[::2], settings))  # a, d ... cached
    again = list(api.extract_sources(_sources(), settings))
    assert _claims(again) == _claims(serial)


def test_iter_sources_reads_what_load_reads(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "1.txt").write_text("One $5.", "utf-8")
    (tmp_path / "sub" / "2.md").write_text("---\npublished: 2024-01-02\n---\nTwo.", "utf-8")
    (tmp_path / "3.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "4.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n', "utf-8")
    lazy = list(api.iter_sources([str(tmp_path)]))
    eager = load([str(tmp_path)])
    assert [s.doc for s in lazy if not isinstance(s, Skipped)] == [s.doc for s in eager.sources]
    assert [s for s in lazy if isinstance(s, Skipped)] == eager.skipped


def test_iter_sources_missing_path():
    from claimkit.errors import InputError

    with pytest.raises(InputError, match="no-such"):
        list(api.iter_sources(["no-such-dir"]))


def test_time_budget_cuts_a_pathological_document_and_goes_on(nlp, monkeypatch):
    """Small pieces, tiny budget: the long document stops early with a note; the next is whole."""
    monkeypatch.setattr(api, "PIECE_CHARS", 600)
    monkeypatch.setattr(api, "BATCH_CHARS", 1200)
    dates = "\n".join(f"On March {d % 28 + 1}, 2021, it rose {d}%." for d in range(400))
    sources = [load_text(dates, "dates.txt"), load_text(DOCS[0][1], "a.txt")]
    full = {s.doc.id: claims for s, claims in api.extract_sources(sources, Settings())}
    t0 = time.monotonic()
    cut = list(api.extract_sources(sources, Settings(time_budget=0.3)))
    elapsed = time.monotonic() - t0
    (long_src, long_claims), (short_src, short_claims) = cut
    assert any("time budget" in n for n in long_src.doc.notes)
    assert len(long_claims) < len(full["dates.txt"])
    assert {c.id for c in long_claims} <= {c.id for c in full["dates.txt"]}
    assert not any("time budget" in n for n in short_src.doc.notes)
    assert {c.kind for c in short_claims} == {"money", "date"}
    assert elapsed < 20


class _Stuck:
    """A quote extractor that never returns in time."""

    KIND, NAME = "quote", "stuck"

    @staticmethod
    def find(doc, ctx):  # noqa: ANN001, ANN205
        time.sleep(30)
        return []


@pytest.fixture()
def stuck_last_extractor(monkeypatch):
    extract = importlib.import_module("claimkit.extract")  # the subpackage; claimkit.extract is the API function
    monkeypatch.setattr(extract, "EXTRACTORS", (*extract.EXTRACTORS[:-1], _Stuck))
    return monkeypatch


def test_time_budget_stops_a_slow_extractor(nlp, stuck_last_extractor):
    """An extractor stuck inside find() is interrupted; claims of earlier extractors are kept."""
    t0 = time.monotonic()
    [(source, claims)] = api.extract_sources([load_text(DOCS[0][1], "a.txt")], Settings(time_budget=0.5))
    assert time.monotonic() - t0 < 10
    assert any("time budget" in n for n in source.doc.notes)
    assert {c.kind for c in claims} == {"money", "date"}


def test_budget_cut_is_not_cached(nlp, stuck_last_extractor, tmp_path):
    settings = Settings(time_budget=0.3, cache_dir=tmp_path)
    list(api.extract_sources([load_text("Fined $5.", "x.txt")], settings))
    stuck_last_extractor.undo()
    [(source, _)] = api.extract_sources([load_text("Fined $5.", "x.txt")], settings)
    assert source.doc.notes == []


class _Failing:
    """A quote extractor that meets a parse no rule foresaw."""

    KIND, NAME = "quote", "failing"

    @staticmethod
    def find(doc, ctx):  # noqa: ANN001, ANN205
        raise StopIteration  # as a next() over children that hold nothing once raised inside a reader


def test_a_failing_reader_costs_only_its_claims(nlp, monkeypatch, tmp_path):
    """The other readers' claims are kept, the document says which reader failed, the run goes on,
    and the document is not cached (a fixed version reads it again)."""
    extract = importlib.import_module("claimkit.extract")
    monkeypatch.setattr(extract, "EXTRACTORS", (*extract.EXTRACTORS[:-1], _Failing))
    settings = Settings(cache_dir=tmp_path)
    out = list(api.extract_sources([load_text(DOCS[0][1], "a.txt"), load_text("Fined $5 on May 3.", "b.txt")],
                                   settings))
    assert [len(claims) > 0 for _, claims in out] == [True, True]
    assert {c.kind for _, claims in out for c in claims} == {"money", "date"}
    assert all(any("a reader failed on this document (quote: StopIteration)" in n for n in s.doc.notes)
               for s, _ in out)
    monkeypatch.undo()
    [(source, _)] = api.extract_sources([load_text("Fined $5 on May 3.", "b.txt")], settings)
    assert source.doc.notes == []


def test_a_failing_reader_raises_where_no_one_collects_failures(nlp, monkeypatch):
    """Tests and callers of extract_source see the error itself."""
    from claimkit.extract import extract_source
    from claimkit.extract.nlp import chunks

    extract = importlib.import_module("claimkit.extract")
    monkeypatch.setattr(extract, "EXTRACTORS", (_Failing,))
    source = load_text("Fined $5.", "c.txt")
    pieces = chunks(source.text, source.body_start, 100_000)
    with pytest.raises(StopIteration):
        extract_source(source, Settings(), [(p, nlp(p.text)) for p in pieces])


def test_long_run_without_spaces_tokenizes_in_linear_time(nlp):
    text = "Fine: $5 " + "?" * 100_000 + " done"
    t0 = time.monotonic()
    doc = nlp.make_doc(text)
    assert time.monotonic() - t0 < 5
    assert doc.text == text
    assert [t.text for t in doc[:3]] == ["Fine", ":", "$"]


def test_extract_jsonl_streams_to_a_file(nlp, tmp_path):
    from claimkit.cli import run

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in DOCS:
        (folder / name).write_text(text, "utf-8")
    out = tmp_path / "claims.jsonl"
    assert run(["extract", str(folder), "--format", "jsonl", "--no-cache", "-o", str(out)]) == 0
    lines = Path(out).read_text("utf-8").splitlines()
    assert len(lines) >= 5 and all(line.startswith("{") for line in lines)
    assert run(["extract", str(tmp_path / "nothing-here"), "--format", "jsonl", "--no-cache"]) == 2


def test_huge_budget_never_overflows_the_timer(nlp):
    [(source, claims)] = api.extract_sources([load_text(DOCS[0][1], "a.txt")], Settings(time_budget=1e12))
    assert source.doc.notes == [] and {c.kind for c in claims} == {"money", "date"}


def test_check_text_and_check_any_number_of_times():
    """A CMS keeps one process: check_text (a draft in memory), check (a file) and reconcile, each
    called again and again, give the same findings; the draft's changed fine is the high one."""
    import claimkit

    text = (SEEDS / "001_b0bfe5803ea1ab71.txt").read_text(encoding="utf-8").replace("$550,000", "$5.5 million", 1)
    for _ in range(3):
        report = claimkit.check_text(text, [str(SEEDS)], name="draft.md")
        high = [f for f in report.findings if f.severity == "high"]
        assert [(f.code, f.status) for f in high] == [("CK101", "conflict")]
        assert report.claims[[c.id for c in report.claims].index(high[0].claim)].text == "$5.5 million"
        assert claimkit.check(str(SEEDS / "001_b0bfe5803ea1ab71.txt"), [str(SEEDS / "000_2df3a78b5b1835e0.txt")]).findings is not None
        assert claimkit.reconcile([str(SEEDS)]).conflicts


def test_the_package_says_it_is_typed():
    """PEP 561: type checkers read claimkit's annotations only when py.typed ships with it."""
    from importlib import resources

    assert resources.files("claimkit").joinpath("py.typed").is_file()
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text()
    assert '"py.typed"' in pyproject  # in the package data, so a wheel carries it


# --------------------------------------------------------------------------- the public functions' signatures

PUBLIC = ("extract", "reconcile", "check", "check_text")


@pytest.mark.parametrize("name", PUBLIC)
def test_keyword_arguments_are_the_settings_fields_with_their_defaults(name):
    """Settings were `**Any`: a typo (`base_curency=`) reached pydantic, and an editor showed nothing.
    Each keyword is a Settings field with Settings' own default (model: None, read from the environment)."""
    import inspect

    import claimkit

    params = inspect.signature(getattr(claimkit, name)).parameters
    fields = {k: v for k, v in params.items() if k in Settings.model_fields}
    assert "settings" in params and not any(p.kind is p.VAR_KEYWORD for p in params.values())
    for field, param in fields.items():
        assert param.kind is param.KEYWORD_ONLY, field
        default = Settings.model_fields[field]
        assert param.default == (None if default.default_factory else default.default), field
    expected = set(Settings.model_fields) - (set() if name != "extract" else
                                             {"base_currency", "rates_file", "fx_window_days", "include_regions"})
    assert set(fields) == expected


def test_settings_object_and_keywords(monkeypatch):
    import claimkit

    seen = []
    monkeypatch.setattr(api, "reconcile_paths", lambda paths, settings: seen.append((paths, settings)))
    claimkit.reconcile(str(SEEDS), settings=Settings(base_currency="EUR", jobs=2))
    claimkit.reconcile([SEEDS], settings=Settings(base_currency="EUR", jobs=2), jobs=1)
    assert seen[0] == ([str(SEEDS)], Settings(base_currency="EUR", jobs=2))  # a lone path is one path
    assert seen[1][1] == Settings(base_currency="EUR", jobs=1)  # a keyword given beside it wins


@pytest.mark.parametrize(("call", "error", "said"), [
    (lambda ck: ck.reconcile([str(SEEDS)], base_currency="EUE"), "InputError", "base_currency EUE: no exchange rates known for it (did you mean EUR?)"),
    (lambda ck: ck.check_text("x", [str(SEEDS)], base_currency="XYZ"), "InputError", "base_currency XYZ"),
    (lambda ck: ck.check(str(SEEDS / "001_b0bfe5803ea1ab71.txt"), [str(SEEDS)], base_currency="usd"), "InputError", "(did you mean USD?)"),
    (lambda ck: ck.reconcile([str(SEEDS)], jobs=-1), "InputError", "jobs: "),
    (lambda ck: ck.extract(["no-such-folder"]), "InputError", "no-such-folder: no such file"),
    (lambda ck: ck.check_text("x", ["no-such-folder"]), "InputError", "no-such-folder: no such file"),
    (lambda ck: ck.check_text("x", [str(SEEDS)], published="2025-04-22"), "InputError", "datetime.date"),
    (lambda ck: ck.check_text(b"x", [str(SEEDS)]), "InputError", "must be a str"),
    (lambda ck: ck.reconcile([str(SEEDS)], rates_file="no-such-rates.json"), "PatternError", "no-such-rates.json"),
])
def test_the_api_raises_from_one_tree_before_any_work(call, error, said):
    """A bad value is a ClaimkitError subclass naming it, raised before a document is parsed (an
    unknown base currency used to switch every money comparison off)."""
    import claimkit
    from claimkit import errors

    with pytest.raises(errors.ClaimkitError, match=None) as caught:
        call(claimkit)
    assert type(caught.value).__name__ == error and said in str(caught.value)


def test_the_error_tree_is_documented():
    """Every exception class of claimkit.errors derives from ClaimkitError and is drawn in the
    module's docstring (the tree users catch from)."""
    import inspect

    from claimkit import errors

    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass) if c.__module__ == errors.__name__]
    assert len(classes) >= 4
    for cls in classes:
        assert issubclass(cls, errors.ClaimkitError) and cls.__name__ in errors.__doc__


def test_check_text_reads_a_markdown_draft_as_a_file():
    """check_text's `name` picks the reader: a .md draft's front matter is metadata, not text."""
    import claimkit

    text = "---\ntitle: Draft\npublished: 2025-04-22\n---\nDurov could face a fine of $550,000.\n"
    report = claimkit.check_text(text, [str(SEEDS)], name="draft.md")
    (doc,) = [d for d in report.documents if d.role == "draft"]
    assert str(doc.published) == "2025-04-22" and doc.title == "Draft"
    assert not [c for c in report.claims if c.doc == doc.id and "published" in c.sentence]
