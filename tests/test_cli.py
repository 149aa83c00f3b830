"""The command line through `cli.run(argv) -> exit code`: usage, bad input, formats, and issue 4's acceptance checks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimkit.cli import run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_001 = SEEDS / "001_b0bfe5803ea1ab71.txt"
SEED_002 = SEEDS / "002_a38dfe09f7a90cd8.txt"


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- usage


@pytest.mark.parametrize("command", [[], ["extract"], ["reconcile"], ["check"], ["schema"]])
def test_help(capsys, command):
    code, out, _ = cli(capsys, *command, "--help")
    assert code == 0
    assert "Usage:" in out


def test_version(capsys):
    code, out, _ = cli(capsys, "--version")
    assert code == 0 and out.startswith("claimkit ")


@pytest.mark.parametrize("argv", [
    ["bogus-command"],
    ["reconcile", str(SEEDS), "--format", "pdf"],
    ["check", str(SEED_001), "--against", str(SEEDS), "--fail-on", "sometimes"],
    ["extract"],
])
def test_usage_errors_exit_2(capsys, argv):
    code, _, _ = cli(capsys, *argv)
    assert code == 2


def test_list_codes(capsys):
    code, out, _ = cli(capsys, "check", "--list-codes")
    assert code == 0
    assert out.splitlines()[0].startswith("CK101")
    assert "CK130" in out and "CK901" in out
    code, out, _ = cli(capsys, "check", "--list-codes", "--format", "md")
    assert code == 0 and out.startswith("| code |") and "CK101 | money-conflict |" in out


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("command", [["extract"], ["reconcile"], ["check", str(SEED_001), "--against"]])
def test_missing_path_exits_2_naming_it(capsys, tmp_path, command):
    missing = tmp_path / "no-such-dir"
    code, out, err = cli(capsys, *command, missing)
    assert code == 2
    assert str(missing) in err and out == ""
    assert len(err.strip().splitlines()) == 1


def test_missing_draft_exits_2(capsys, tmp_path):
    code, _, err = cli(capsys, "check", tmp_path / "draft.md", "--against", SEEDS)
    assert code == 2 and str(tmp_path / "draft.md") in err


@pytest.mark.parametrize("command", [["extract"], ["reconcile"]])
def test_empty_directory_exits_2(capsys, tmp_path, command):
    code, out, err = cli(capsys, *command, tmp_path)
    assert code == 2 and out == ""
    assert str(tmp_path) in err


def test_check_against_empty_directory_exits_2(capsys, tmp_path):
    empty = tmp_path / "sources"
    empty.mkdir()
    code, _, err = cli(capsys, "check", SEED_001, "--against", empty)
    assert code == 2 and str(empty) in err


def test_check_without_sources_exits_2(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = cli(capsys, "check", SEED_001)
    assert code == 2 and "--against" in err


def test_check_bad_toml_exits_2(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimkit.toml").write_text("[check\nagainst = 1\n")
    code, _, err = cli(capsys, "check", SEED_001)
    assert code == 2 and "claimkit.toml" in err


# --------------------------------------------------------------------------- schema, extract


def test_schema_writes_files(capsys, tmp_path):
    code, out, _ = cli(capsys, "schema", "-o", tmp_path / "schemas")
    assert code == 0
    written = sorted((tmp_path / "schemas").glob("*.schema.json"))
    assert written and len(out.splitlines()) == len(written)
    assert {p.name for p in written} >= {"claim.schema.json", "report.schema.json"}
    for path in written:
        assert "$defs" in json.loads(path.read_text()) or "properties" in json.loads(path.read_text())


def test_extract_jsonl_one_claim_per_line(capsys, tmp_path):
    doc = tmp_path / "fine.txt"
    doc.write_text("Durov could face up to 10 years in prison and a $550,000 fine, prosecutors said on April 21, 2025.\n")
    code, out, _ = cli(capsys, "extract", doc, "--format", "jsonl")
    assert code == 0
    lines = out.splitlines()
    assert lines
    claims = [json.loads(line) for line in lines]
    assert all(c["doc"] == "fine.txt" for c in claims)
    assert any(c["kind"] == "money" and c["text"] == "$550,000" for c in claims)


def test_output_file_leaves_stdout_empty(capsys, tmp_path):
    doc = tmp_path / "fine.txt"
    doc.write_text("A fine of $550,000.\n")
    target = tmp_path / "out" / "claims.json"
    target.parent.mkdir()
    code, out, _ = cli(capsys, "extract", doc, "-o", target)
    assert code == 0 and out == ""
    assert json.loads(target.read_text())["documents"][0]["id"] == "fine.txt"
    assert [p.name for p in target.parent.iterdir()] == ["claims.json"]  # no temp file left behind


# --------------------------------------------------------------------------- reconcile on the seeds


@pytest.fixture(scope="module")
def seeds_html(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("html") / "seeds.html"
    assert run(["reconcile", str(SEEDS), "--format", "html", "-o", str(out)]) == 0
    return out


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_reconcile_human_formats(capsys, fmt):
    code, out, _ = cli(capsys, "reconcile", SEEDS, "--format", fmt)
    assert code == 0
    assert "5 million TWD" in out  # the fine conflict, with its words
    assert "\x1b[" not in out


def test_reconcile_html_is_one_file(seeds_html):
    page = seeds_html.read_text()
    assert page.startswith("<!DOCTYPE html>") and 'id="conflict-list"' in page
    assert "<link" not in page and "src=" not in page


def test_reconcile_fail_on_high_exits_1(capsys):
    code, _, _ = cli(capsys, "reconcile", SEEDS, "--fail-on", "high", "--format", "json")
    assert code == 1


# --------------------------------------------------------------------------- issue 4 acceptance


def _draft_from_001(tmp_path: Path, old: str, new: str, name: str = "draft.md") -> tuple[Path, str]:
    text = SEED_001.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path, text


def _position(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    line = text.count("\n", 0, start) + 1
    return line, start - (text.rfind("\n", 0, start) + 1) + 1


def test_changed_fine_is_a_high_money_finding(capsys, tmp_path):
    draft, text = _draft_from_001(tmp_path, "$550,000", "$5.5 million")
    code, out, _ = cli(capsys, "check", draft, "--against", SEEDS, "--format", "json")
    assert code == 1
    findings = json.loads(out)["findings"]
    line, column = _position(text, "$5.5 million")
    hits = [f for f in findings if f["code"].startswith("CK1") and f["severity"] == "high"]
    assert [(f["line"], f["column"], f["status"]) for f in hits] == [(line, column, "conflict")]
    code, out, _ = cli(capsys, "check", draft, "--against", SEEDS)
    assert f"{draft}:{line}:{column}: CK101 [high] fine \"$5.5 million\"" in out


def test_unchanged_draft_passes(capsys, tmp_path):
    draft, _ = _draft_from_001(tmp_path, "$550,000", "$550,000")
    code, out, _ = cli(capsys, "check", draft, "--against", SEEDS)
    assert code == 0, out


def test_twenty_years_is_flagged(capsys, tmp_path):
    draft, text = _draft_from_001(tmp_path, "up to 10 years in prison", "up to 20 years in prison")
    code, out, _ = cli(capsys, "check", draft, "--against", SEEDS, "--format", "json")
    assert code == 1
    line, _ = _position(text, "20 years")
    hits = [f for f in json.loads(out)["findings"] if f["code"].startswith("CK3") and f["status"] == "conflict"]
    assert [f["line"] for f in hits] == [line]


def test_euros_pass_with_a_conversion_note(capsys, tmp_path):
    draft, text = _draft_from_001(tmp_path, "$550,000", "€500,000")
    # the sources that say "$550,000" (000 also says "500,000 euros" itself, which would support it directly)
    code, out, _ = cli(capsys, "check", draft, "--against", SEED_001, "--against", SEED_002, "--format", "json")
    assert code == 0
    line, column = _position(text, "€500,000")
    hits = [f for f in json.loads(out)["findings"] if (f["line"], f["column"]) == (line, column)]
    assert [(f["code"], f["severity"], f["status"]) for f in hits] == [("CK130", "info", "converted")]
    assert "conversion" in hits[0]["message"]


def test_silenced_finding_does_not_fail(capsys, tmp_path):
    draft, text = _draft_from_001(tmp_path, "a $550,000 fine", "a $5.5 million fine <!-- claimkit: ignore CK101 -->")
    code, out, _ = cli(capsys, "check", draft, "--against", SEEDS, "--format", "json")
    assert code == 0
    silenced = [f for f in json.loads(out)["findings"] if f["code"] == "CK101"]
    assert silenced and all(f["silenced"] for f in silenced)


def test_claimkit_toml_supplies_sources(capsys, tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "sources")
    (tmp_path / "claimkit.toml").write_text('[check]\nagainst = ["sources/"]\nfail-on = "high"\n')
    draft, _ = _draft_from_001(tmp_path, "$550,000", "$5.5 million")
    monkeypatch.chdir(tmp_path)
    code, out, _ = cli(capsys, "check", "draft.md", "--format", "github")
    assert code == 1
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    assert len(errors) == 1 and errors[0].startswith("::error file=draft.md,line=") and "title=CK101::" in errors[0]


def test_several_drafts_in_one_run(capsys, tmp_path):
    """As pre-commit calls it: every changed draft, each checked on its own."""
    bad, _ = _draft_from_001(tmp_path, "$550,000", "$5.5 million", "bad.md")
    good, _ = _draft_from_001(tmp_path, "$550,000", "$550,000", "good.md")
    code, out, _ = cli(capsys, "check", good, bad, "--against", SEEDS)
    assert code == 1
    high = [line for line in out.splitlines() if "[high]" in line]
    assert high and all(line.startswith(f"{bad}:") for line in high)
    code, _, err = cli(capsys, "check", good, bad, "--against", SEEDS, "--format", "json")
    assert code == 2 and "one draft at a time" in err


def test_directory_as_draft_exits_2(capsys, tmp_path):
    code, _, err = cli(capsys, "check", SEED_001, SEEDS, "--against", SEEDS)
    assert code == 2 and "--against" in err and str(SEEDS) in err


def test_pre_commit_hook_declared():
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "claimkit-check")
    assert hook["entry"].startswith("claimkit check") and hook["types"] == ["markdown"]


def test_check_sarif_and_md(capsys, tmp_path):
    draft, _ = _draft_from_001(tmp_path, "$550,000", "$5.5 million")
    code, out, _ = cli(capsys, "check", draft, "--against", SEEDS, "--format", "sarif")
    assert code == 1
    sarif = json.loads(out)
    assert any(r["ruleId"] == "CK101" for r in sarif["runs"][0]["results"])
    code, out, _ = cli(capsys, "check", draft, "--against", SEEDS, "--format", "md", "--fail-on", "never")
    assert code == 0 and "## Findings" in out


def test_progress_only_on_a_terminal(monkeypatch):
    import sys

    from claimkit import cli as cli_module

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert not cli_module._progress_wanted(100)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert cli_module._progress_wanted(cli_module.PROGRESS_MIN + 1)
    assert not cli_module._progress_wanted(cli_module.PROGRESS_MIN)


def test_progress_path_gives_the_same_claims(monkeypatch, capsys):
    from claimkit import api
    from claimkit import cli as cli_module
    from claimkit.ingest import load
    from claimkit.settings import Settings

    settings = Settings(now="2026-01-01T00:00:00Z")
    loaded = load([str(SEEDS)])
    plain = api.extract_loaded(loaded, settings)
    monkeypatch.setattr(cli_module, "_progress_wanted", lambda n: True)
    shown = cli_module._extract(loaded, settings)
    assert shown == plain
    assert capsys.readouterr().out == ""  # the bar goes to stderr only


def test_binary_draft_exits_2(capsys, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_bytes(b"\x00\x01binary\x00")
    code, out, err = cli(capsys, "check", draft, "--against", SEED_001)
    assert code == 2 and out == "" and str(draft) in err and "binary" in err


def test_empty_draft_is_clean(capsys, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("")
    code, out, err = cli(capsys, "check", draft, "--against", SEED_001)
    assert (code, out) == (0, "")
    # a clean draft printed nothing at all: the summary says it was checked
    assert err.strip().splitlines()[-1] == f"claimkit: checked 0 figures in {draft} against 1 source: no findings"


# --------------------------------------------------------------------------- nothing lost


def test_report_over_the_draft_is_refused(capsys, tmp_path):
    """`check draft.md --against sources/ -o draft.md` would replace the draft with the report."""
    draft, text = _draft_from_001(tmp_path, "$550,000", "$5.5 million")
    before = draft.read_bytes()
    code, out, err = cli(capsys, "check", draft, "--against", SEEDS, "--format", "json", "-o", draft)
    assert code == 2 and "is an input of this run" in err and str(draft) in err
    assert draft.read_bytes() == before


def test_report_inside_a_source_folder_is_refused(capsys, tmp_path):
    """`reconcile sources/ -o sources/wire.md` would replace nothing now but be read as a source next time."""
    sources = tmp_path / "sources"
    shutil.copytree(SEEDS, sources)
    names = sorted(p.name for p in sources.iterdir())
    code, _, err = cli(capsys, "reconcile", sources, "--format", "md", "-o", sources / "wire.md")
    assert code == 2 and "which this run reads" in err
    assert sorted(p.name for p in sources.iterdir()) == names
    # a file the loader never reads may sit there ("report.sarif"), and a folder elsewhere is fine
    code, _, _ = cli(capsys, "reconcile", sources, "--format", "json", "-o", tmp_path / "report.json")
    assert code == 0 and (tmp_path / "report.json").is_file()


def test_unwritable_output_is_refused_before_the_work(capsys, tmp_path):
    code, _, err = cli(capsys, "reconcile", SEEDS, "-o", tmp_path / "missing" / "report.json")
    assert code == 2 and "no such directory" in err
    code, _, err = cli(capsys, "reconcile", SEEDS, "-o", tmp_path)
    assert code == 2 and "is a directory" in err


def test_report_files_follow_the_umask_and_keep_their_mode(capsys, tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.json"
        assert cli(capsys, "reconcile", SEED_001, "-o", fresh)[0] == 0
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # as open() would make it, not mkstemp's 0600
        kept = tmp_path / "kept.json"
        kept.write_text("{}")
        kept.chmod(0o640)
        assert cli(capsys, "reconcile", SEED_001, "-o", kept)[0] == 0
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_text() != "{}"
    finally:
        os.umask(old)


def test_unknown_base_currency_is_refused_with_the_nearest_code(capsys):
    """A typo would switch every money comparison off and exit 0."""
    code, out, err = cli(capsys, "reconcile", SEED_001, "--base-currency", "EUE")
    assert code == 2 and out == "" and "--base-currency EUE" in err and "did you mean EUR?" in err
    assert cli(capsys, "reconcile", SEED_001, "--base-currency", "eur")[0] == 0


@pytest.mark.parametrize(("toml", "said"), [
    ('[check]\nagaints = ["sources/"]\n', "unknown key [check] againts (did you mean against?)"),
    ('base-currency = "EUR"\n[check]\nagainst = ["sources/"]\n', "unknown key 'base-currency'"),
])
def test_unknown_claimkit_toml_keys_are_refused(capsys, tmp_path, monkeypatch, toml, said):
    """A misspelt or misplaced key did nothing, silently (or gave a generic 'no sources')."""
    draft, _ = _draft_from_001(tmp_path, "$550,000", "$5.5 million")
    (tmp_path / "claimkit.toml").write_text(toml)
    monkeypatch.chdir(tmp_path)
    code, _, err = cli(capsys, "check", draft)
    assert code == 2 and said in err


def test_claimkit_toml_sets_the_base_currency(capsys, tmp_path, monkeypatch):
    draft, _ = _draft_from_001(tmp_path, "$550,000", "$5.5 million")
    (tmp_path / "claimkit.toml").write_text(f'[check]\nagainst = ["{SEEDS}"]\nbase-currency = "EUE"\n')
    monkeypatch.chdir(tmp_path)
    code, _, err = cli(capsys, "check", draft)
    assert code == 2 and "--base-currency EUE" in err  # read from the file, and checked like the flag


def test_a_language_claimkit_does_not_read_is_said(capsys, tmp_path):
    """A 'language: nl' source gave 0 claims and no word about it (French is read since issue 17)."""
    (tmp_path / "fr.md").write_text("---\nlanguage: nl\n---\nDe toezichthouder legde een boete op van 5 miljoen euro.\n")
    shutil.copy(SEED_001, tmp_path)
    out = tmp_path.parent / f"{tmp_path.name}.json"
    code, _, err = cli(capsys, "reconcile", tmp_path, "-o", out)
    assert code == 0 and f"{tmp_path / 'fr.md'}: language 'nl': claimkit reads English, French" in err
    assert "001_b0bfe5803ea1ab71.txt: language" not in err
    notes = {d["id"]: d["notes"] for d in json.loads(out.read_text())["documents"]}  # the report says it too
    assert any("claimkit reads English, French" in n for n in notes["fr.md"]) and notes["001_b0bfe5803ea1ab71.txt"] == []


@pytest.mark.parametrize(("flags", "anchor", "tuesday"), [
    (["--published", "2025-04-24"], "2025-04-24 (given by --published)", "2025-04-22"),
    (["--now", "2026-01-08T09:00:00Z"], "2026-01-08 (today)", "2026-01-06"),  # no date given: the run's day
])
def test_a_draft_without_a_date_is_anchored_and_says_so(capsys, tmp_path, flags, anchor, tuesday):
    """An unpublished draft's 'on Tuesday' stayed unanchored and came out unsupported."""
    draft = tmp_path / "draft.md"
    draft.write_text("# Draft\n\nThe court fined Acme $550,000 on Tuesday, prosecutors said.\n")
    code, out, _ = cli(capsys, "check", draft, "--against", SEED_001, "--format", "json", "--fail-on", "never", *flags)
    assert code == 0
    report = json.loads(out)
    (doc,) = [d for d in report["documents"] if d["role"] == "draft"]
    assert f"no publication date: dates read as of {anchor}" in doc["notes"]
    (day,) = [c for c in report["claims"] if c["doc"] == doc["id"] and c["kind"] == "date"]
    assert day["value"]["anchored"] and day["value"]["start"] == tuesday


def test_a_bad_published_date_is_refused(capsys, tmp_path):
    draft, _ = _draft_from_001(tmp_path, "$550,000", "$5.5 million")
    code, _, err = cli(capsys, "check", draft, "--against", SEEDS, "--published", "2025-13-01")
    assert code == 2 and "--published 2025-13-01: not a date" in err


def test_every_check_ends_with_a_summary_line(capsys, tmp_path):
    """A clean draft printed nothing at all; now one line on stderr says what was checked."""
    draft, _ = _draft_from_001(tmp_path, "$550,000", "$5.5 million")
    code, _, err = cli(capsys, "check", draft, "--against", SEEDS)
    assert code == 1
    assert err.strip().splitlines()[-1].startswith(f"claimkit: checked ") and f"in {draft} against 5 sources: " in err
    assert "1 conflict" in err.splitlines()[-1]
    code, _, err = cli(capsys, "check", draft, "--against", SEEDS, "--quiet")
    assert "checked" not in err


def test_a_draft_on_stdin(capsys, monkeypatch):
    """`claimkit check - --against seeds/ --published 2025-04-22 < draft.md` (a CMS pipes the draft in)."""
    import io

    text = SEED_001.read_text(encoding="utf-8").replace("$550,000", "$5.5 million", 1)
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code, out, err = cli(capsys, "check", "-", "--against", SEEDS, "--published", "2025-04-22")
    line, column = _position(text, "$5.5 million")
    assert code == 1 and f"stdin.md:{line}:{column}: CK101 [high]" in out
    assert "checked 14 figures in stdin.md against 5 sources" in err
    code, _, err = cli(capsys, "check", "-", "-", "--against", SEEDS, "--format", "lint")
    assert code == 2 and "'-' (the draft on stdin) can be given once" in err


def test_an_ignore_comment_is_markup_not_text(capsys, tmp_path):
    """`<!-- claimkit: ignore CK110 -->` on the line before a sentence made "CK110" the subject of
    its figures. The comment is markup: the claims are those of the draft without it, and the
    conflict it does not name is still found (exit 1)."""
    body = "# Draft\n\n{}10 years in prison and a $5.5 million fine could follow.\n"
    plain, marked = tmp_path / "plain.md", tmp_path / "marked.md"
    plain.write_text(body.format(""))
    marked.write_text(body.format("<!-- claimkit: ignore CK110 -->\n"))
    seen = {}
    for draft in (plain, marked):
        code, out, _ = cli(capsys, "check", draft, "--against", SEEDS, "--format", "json", "--published", "2025-04-22")
        report = json.loads(out)
        (doc,) = [d["id"] for d in report["documents"] if d["role"] == "draft"]
        seen[draft.name] = [(c["text"], c["subject"], c["attribute"]) for c in report["claims"] if c["doc"] == doc]
        assert code == 1
        live = [f["code"] for f in report["findings"] if not f["silenced"]]
        assert "CK101" in live, (draft.name, report["findings"])
    assert seen["marked.md"] == seen["plain.md"] and all(subject != "CK110" for _, subject, _ in seen["marked.md"])


@pytest.mark.parametrize(("argv", "code", "said"), [
    (["explain", "CK301"], 0, "CK301 sentence-conflict (conflict)\n\nA penalty (prison term, probation) differs"),
    (["explain", "ck110"], 0, "No source gives this figure"),
    (["explain"], 0, "CK101  money-conflict"),
    (["explain", "CK3O2"], 2, "unknown code 'CK3O2'"),
    (["check", "x.md", "--against", "y", "--fail-on", "meduim"], 2, "'meduim' is not one of 'high', 'medium', 'low', 'never' (did you mean medium?)"),
    (["reconcile", "y", "--fail-on", "hihg"], 2, "(did you mean high?)"),
    (["check", "x.md", "--against", "y", "--format", "lnt"], 2, "(did you mean lint?)"),
])
def test_explain_and_unknown_choices(capsys, argv, code, said):
    """`claimkit explain CK301` prints a rule's help; an unknown --fail-on names the nearest value
    (a typo must never pass for a setting)."""
    got, out, err = cli(capsys, *argv)
    assert got == code and said in out + err
