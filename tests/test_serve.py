"""claimkit serve, the same tests on a SQLite ledger and on a PostgreSQL one (a throwaway cluster):
a real server process (`claimkit serve`) is given the seeds as sources, checks a faithful and a
wrong draft, refuses a missing or wrong token and an oversized body, and keeps its ledger across a
restart. The desk (what the routes call) is also driven in this process, to see what it extracts."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from claimkit.serve.ledger import SCHEMA_VERSION, Ledger, migrate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_001 = SEEDS / "001_b0bfe5803ea1ab71.txt"
TOKEN = "test-token-5f1c"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MAX_BODY_MB = 1
PUBLISHED = "2025-04-22"


def seeds_documents() -> list[dict]:
    return [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.iterdir())]


def draft(old: str = "$550,000", new: str = "$550,000") -> str:
    """Seed 001 as a draft, one figure changed (or none)."""
    return SEED_001.read_text(encoding="utf-8").replace(old, new, 1)


# --------------------------------------------------------------------------- ledgers


@pytest.fixture(scope="module")
def postgres():
    """A PostgreSQL cluster for this module, or a skip that says why there is none."""
    from pg_cluster import Cluster, Unavailable

    try:
        cluster = Cluster()
        url = cluster.start()
    except Unavailable as exc:
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield cluster, url
    cluster.stop()


_databases = iter(range(1, 10_000))


@pytest.fixture(params=["sqlite", "postgresql"])
def new_ledger(request, tmp_path_factory):
    """A function giving the location of a new, empty ledger of the parametrized kind."""
    if request.param == "sqlite":
        return lambda: str(tmp_path_factory.mktemp("ledger") / "ledger.sqlite3")
    cluster, url = request.getfixturevalue("postgres")
    return lambda: cluster.fresh_database(url, f"ledger_{next(_databases)}")


# --------------------------------------------------------------------------- a server process


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`claimkit serve` in a child process on a free loopback port."""

    def __init__(self, ledger: str) -> None:
        self.ledger = ledger
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "CLAIMKIT_TOKEN": TOKEN}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "claimkit", "serve", "--port", str(self.port), "--ledger", ledger,
             "--max-body-mb", str(MAX_BODY_MB)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"claimkit serve exited {self.process.returncode}: {self.process.stdout.read()!r}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("claimkit serve did not answer /healthz within 120 s")
            time.sleep(0.2)
        self.client = httpx.Client(base_url=self.url, headers=AUTH, timeout=120)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()
        if hasattr(self, "client"):
            self.client.close()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def served(request, tmp_path_factory):
    """(server, the answer to adding the seeds as sources of story 'durov') on each kind of ledger."""
    if request.param == "sqlite":
        ledger = str(tmp_path_factory.mktemp("served") / "ledger.sqlite3")
    else:
        cluster, url = request.getfixturevalue("postgres")
        ledger = cluster.fresh_database(url, "served")
    server = Server(ledger)
    added = server.client.post("/v1/stories/durov/sources", json={"documents": seeds_documents()})
    yield server, added
    server.stop()


# --------------------------------------------------------------------------- the routes


def test_seeds_are_stored_with_the_claims_extract_gives(served, seeds_result):
    _, added = served
    assert added.status_code == 200, added.text
    body = added.json()
    expected = {d.id: sum(c.doc == d.id for c in seeds_result.claims) for d in seeds_result.documents}
    assert {d["id"]: d["claims"] for d in body["documents"]} == expected
    assert {d["status"] for d in body["documents"]} == {"added"} and body["version"] == 1


def test_the_same_sources_again_change_nothing(served):
    server, _ = served
    again = server.client.post("/v1/stories/durov/sources", json={"documents": seeds_documents()})
    assert again.status_code == 200
    assert {d["status"] for d in again.json()["documents"]} == {"unchanged"} and again.json()["version"] == 1


def test_faithful_draft_passes(served):
    server, _ = served
    answer = server.client.post("/v1/stories/durov/check", json={"text": draft(), "published": PUBLISHED})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["verdict"] == "pass" and body["fail_on"] == "medium"
    assert not [f for f in body["findings"] if f["severity"] in ("high", "medium")]


def test_wrong_draft_fails_with_the_findings_of_check(served):
    """The server's findings are those of claimkit.check_text on the same draft and sources."""
    import claimkit

    server, _ = served
    wrong = draft("$550,000", "$5.5 million")
    answer = server.client.post("/v1/stories/durov/check", json={"text": wrong, "published": PUBLISHED})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["verdict"] == "fail" and answer.headers["x-claimkit-verdict"] == "fail"
    high = [f for f in body["findings"] if f["severity"] == "high"]
    assert [(f["code"], f["status"]) for f in high] == [("CK101", "conflict")]
    claims = {c["id"]: c for c in body["claims"]}
    assert claims[high[0]["claim"]]["text"] == "$5.5 million"
    local = claimkit.check_text(wrong, [str(SEEDS)], published=dt.date.fromisoformat(PUBLISHED), name="draft.md")
    assert [(f["code"], f["claim"], f["evidence"], f["message"]) for f in body["findings"]] == \
           [(f.code, f.claim, f.evidence, f.message) for f in local.findings]


def test_an_ignore_comment_is_markup_on_the_server_too(served):
    """`<!-- claimkit: ignore CK110 -->` on the line before a sentence is markup on the server as
    in check: the claims are those of the draft without it, and the conflict it does not name stays."""
    server, _ = served
    body = "# Draft\n\n{}10 years in prison and a $5.5 million fine could follow.\n"
    seen = []
    for text in (body.format(""), body.format("<!-- claimkit: ignore CK110 -->\n")):
        answer = server.client.post("/v1/stories/durov/check", json={"text": text, "published": PUBLISHED}).json()
        seen.append([(c["text"], c["subject"], c["attribute"]) for c in answer["claims"] if c["doc"] == "draft.md"])
        assert answer["verdict"] == "fail"
        assert "CK101" in [f["code"] for f in answer["findings"] if not f["silenced"]]
    assert seen[0] == seen[1] and all(subject != "CK110" for _, subject, _ in seen[1])


def test_fail_on_sets_the_verdict(served):
    server, _ = served
    wrong = draft("$550,000", "$5.5 million")
    answer = server.client.post("/v1/stories/durov/check", json={"text": wrong, "fail_on": "never"})
    assert answer.json()["verdict"] == "pass"


@pytest.mark.parametrize(("fmt", "media", "mark"), [
    ("sarif", "application/sarif+json", '"CK101"'),
    ("md", "text/markdown", "CK101"),
    ("html", "text/html", "<html"),
])
def test_other_formats_carry_the_verdict_in_a_header(served, fmt, media, mark):
    server, _ = served
    answer = server.client.post(f"/v1/stories/durov/check?format={fmt}", json={"text": draft("$550,000", "$5.5 million")})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith(media) and answer.headers["x-claimkit-verdict"] == "fail"
    assert mark in answer.text


def test_report_is_the_reconcile_report(served):
    import claimkit

    server, _ = served
    answer = server.client.get("/v1/stories/durov/report")
    assert answer.status_code == 200
    local = claimkit.reconcile([str(SEEDS)])
    body = answer.json()
    assert [(x["fact"], x["severity"], x["summary"]) for x in body["conflicts"]] == \
           [(x.fact, x.severity, x.summary) for x in local.conflicts]
    assert len(body["claims"]) == len(local.claims)


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
                                     {"Authorization": TOKEN}, {"Authorization": f"Bearer {TOKEN}x"}])
@pytest.mark.parametrize(("method", "path"), [
    ("POST", "/v1/stories/durov/sources"), ("POST", "/v1/stories/durov/check"), ("GET", "/v1/stories/durov/report"),
    ("GET", "/v1/stories/durov/sources"), ("DELETE", "/v1/stories/durov"), ("GET", "/openapi.json"),
])
def test_every_route_but_healthz_wants_the_token(served, method, path, headers):
    server, _ = served
    answer = httpx.request(method, server.url + path, headers=headers, json={"text": draft()})
    assert answer.status_code == 401 and answer.headers["www-authenticate"].startswith("Bearer")
    assert httpx.get(server.url + "/healthz").json()["status"] == "ok"


def test_oversized_body_is_413(served):
    server, _ = served
    big = {"text": "The fine was $5. " * (MAX_BODY_MB * 2**20 // 16)}
    assert server.client.post("/v1/stories/durov/check", json=big).status_code == 413
    # sent in chunks, with no length announced: counted as it arrives
    chunks = (b'{"text": "' + b"x" * 2**16 for _ in range(MAX_BODY_MB * 16 + 1))
    assert server.client.post("/v1/stories/durov/check", content=chunks).status_code == 413
    assert server.client.get("/v1/stories/durov/sources").status_code == 200  # still serving


def test_openapi_describes_the_routes(served):
    server, _ = served
    spec = server.client.get("/openapi.json").json()
    assert {"/v1/stories/{story}/sources", "/v1/stories/{story}/check", "/v1/stories/{story}/report",
            "/healthz"} <= set(spec["paths"])
    assert "verdict" in spec["components"]["schemas"]["CheckOut"]["properties"]


def test_unknown_story_is_404(served):
    server, _ = served
    assert server.client.post("/v1/stories/never-given/check", json={"text": draft()}).status_code == 404
    assert server.client.post("/v1/stories/..%2Fetc/check", json={"text": draft()}).status_code in (404, 422)


def test_nothing_in_a_request_names_a_file_to_read(served):
    """A document id is a name, never a path: '/etc/hostname' is stored with the text sent; a
    field that would name a file is refused."""
    server, _ = served
    sent = server.client.post("/v1/stories/paths/sources", json={"documents": [
        {"id": "/etc/hostname", "text": "The company was fined $5 million on March 3, 2021."}]})
    assert sent.status_code == 200 and sent.json()["documents"][0]["claims"] == 2
    report = server.client.get("/v1/stories/paths/report").json()
    assert [c["text"] for c in report["claims"]] == ["$5 million", "March 3, 2021"]
    refused = server.client.post("/v1/stories/paths/sources", json={"documents": [
        {"id": "a.txt", "text": "x", "path": "/etc/passwd"}]})
    assert refused.status_code == 422
    assert server.client.post("/v1/stories/paths/check", json={"text": "x", "file": "/etc/passwd"}).status_code == 422


def test_the_ledger_survives_a_restart(served):
    """Stopped and started again on the same ledger: the story, its version and its stored
    sources are there, and the checks answer as before."""
    server, _ = served
    before = server.client.get("/v1/stories/durov/sources").json()
    server.stop()
    again = Server(server.ledger)
    try:
        assert again.client.get("/v1/stories/durov/sources").json() == before
        wrong = again.client.post("/v1/stories/durov/check", json={"text": draft("$550,000", "$5.5 million")})
        faithful = again.client.post("/v1/stories/durov/check", json={"text": draft()})
        assert (wrong.status_code, wrong.json()["verdict"]) == (200, "fail")
        assert (faithful.status_code, faithful.json()["verdict"]) == (200, "pass")
        assert again.client.delete("/v1/stories/durov").status_code == 204
        assert again.client.get("/v1/stories/durov/report").status_code == 404
    finally:
        again.stop()


# --------------------------------------------------------------------------- the desk and the ledger


@pytest.fixture()
def extracted(monkeypatch):
    """The ids of every document the desk sends to extraction."""
    from claimkit import api

    seen: list[str] = []
    real = api.extract_sources

    def recorded(sources, settings):
        sources = list(sources)
        seen.extend(s.doc.id for s in sources)
        return real(sources, settings)

    monkeypatch.setattr(api, "extract_sources", recorded)
    return seen


def _desk(location: str):
    from claimkit.serve.desk import Desk

    return Desk(Ledger(location))


def test_a_check_extracts_only_the_draft_even_after_a_restart(new_ledger, extracted, nlp):
    from claimkit.serve.wire import CheckIn, SourceIn

    location = new_ledger()
    first = _desk(location)
    first.add_sources("s", [SourceIn(**d) for d in seeds_documents()])
    assert sorted(extracted) == sorted(p.name for p in SEEDS.iterdir())
    first.ledger.close()
    extracted.clear()
    restarted = _desk(location)  # a new process's desk: nothing in memory
    for text in (draft(), draft("$550,000", "$5.5 million")):
        checked = restarted.check("s", CheckIn(text=text))
        assert checked.verdict == ("pass" if text == draft() else "fail")
    assert extracted == ["draft.md", "draft.md"]
    restarted.check("s", CheckIn(text=draft()))  # the same draft again: its claims are remembered
    assert extracted == ["draft.md", "draft.md"]
    restarted.ledger.close()


def test_another_process_sees_new_sources(new_ledger, nlp):
    """Two desks over one ledger (two server workers): sources added through one are checked
    against by the other."""
    from claimkit.serve.desk import UnknownStory
    from claimkit.serve.wire import CheckIn, SourceIn

    location = new_ledger()
    one, two = _desk(location), _desk(location)
    wrong = CheckIn(text="Durov could face a fine of $5.5 million.", published=dt.date(2025, 4, 22))
    with pytest.raises(UnknownStory):
        two.check("s", wrong)
    one.add_sources("s", [SourceIn(id="a.txt", text="Durov could face a fine of $550,000, prosecutors said.")])
    assert _evidence_docs(two.check("s", wrong)) == {"a.txt"}
    one.add_sources("s", [SourceIn(id="b.txt", text="Durov could face a fine of $550,000 if convicted.")])
    assert _evidence_docs(two.check("s", wrong)) == {"a.txt", "b.txt"}
    one.ledger.close()
    two.ledger.close()


def _evidence_docs(checked) -> set[str]:
    return {cid.split("#")[0] for f in checked.report.findings if f.status == "conflict" for cid in f.evidence}


def test_stale_claims_are_extracted_again_once(new_ledger, extracted, nlp):
    """Claims stored by another claimkit (another extraction key) are extracted again on load and
    stored, so the next process does not redo them."""
    from claimkit.serve.wire import SourceIn

    location = new_ledger()
    desk = _desk(location)
    desk.add_sources("s", [SourceIn(id="a.txt", text="The company was fined $5 million on March 3, 2021.")])
    with desk.ledger.engine.begin() as db:
        db.execute(text("UPDATE documents SET extraction_key = 'from an older claimkit', claims = '[]'"))
    desk.ledger.close()
    extracted.clear()
    again = _desk(location)
    assert len(again.story("s").parsed.claims) == 2 and extracted == ["a.txt"]
    again.ledger.close()
    assert len(_desk(location).story("s").parsed.claims) == 2 and extracted == ["a.txt"]


def test_migrations_run_once_and_a_newer_ledger_is_refused(new_ledger):
    from claimkit.errors import InputError

    location = new_ledger()
    ledger = Ledger(location)
    assert migrate(ledger.engine) == SCHEMA_VERSION  # already there: nothing to do
    with ledger.engine.begin() as db:
        assert db.execute(text("SELECT version FROM claimkit_schema")).scalars().all() == [SCHEMA_VERSION]
        db.execute(text("UPDATE claimkit_schema SET version = :v"), {"v": SCHEMA_VERSION + 1})
    ledger.close()
    with pytest.raises(InputError, match="newer"):
        Ledger(location)


def test_serve_without_a_token_exits_2(tmp_path, capsys, monkeypatch):
    from claimkit.cli import run

    monkeypatch.delenv("CLAIMKIT_TOKEN", raising=False)
    assert run(["serve", "--ledger", str(tmp_path / "l.sqlite3")]) == 2
    assert "CLAIMKIT_TOKEN" in capsys.readouterr().err


def test_help_does_not_import_the_server():
    code = "import sys, claimkit.cli; print(sorted({'fastapi', 'uvicorn', 'sqlalchemy', 'spacy'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out.replace("'", '"')) == []


def test_without_postgresql_the_reason_is_given(monkeypatch):
    """Where PostgreSQL is not installed, the PostgreSQL tests skip with this reason, never fail."""
    import pg_cluster

    monkeypatch.setattr(pg_cluster.shutil, "which", lambda _name: None)
    monkeypatch.setattr(pg_cluster.glob, "glob", lambda _pattern: [])
    with pytest.raises(pg_cluster.Unavailable, match="not installed"):
        pg_cluster.Cluster()
