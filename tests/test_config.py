"""claimkit check as CI and pre-commit run it: claimkit.toml found walking up from each draft, a
draft's front matter naming its sources, the [check] drafts a hook passes, a baseline of known findings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimkit import config
from claimkit.cli import app
from test_cli import ROOT, SEED_001, SEED_002, SEEDS, cli

SEED_003 = SEEDS / "003_c3c8d861a2998c50.txt"


@pytest.fixture()
def newsroom(tmp_path, monkeypatch):
    """The README's layout: one repo, a sources folder per story, drafts beside them, the
    claimkit.toml at its root; the commands run from somewhere else."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    for story, seeds in (("story-a", (SEED_001, SEED_002)), ("story-b", (SEED_003,))):
        (repo / "sources" / story).mkdir(parents=True)
        for seed in seeds:
            shutil.copy(seed, repo / "sources" / story)
    (repo / "drafts" / "a").mkdir(parents=True)
    (repo / "claimkit.toml").write_text('[check]\nagainst = ["sources/story-a/"]\ndrafts = ["drafts/"]\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return repo


def _draft(folder: Path, new: str = "$5.5 million", head: str = "", name: str = "draft.md") -> Path:
    text = SEED_001.read_text(encoding="utf-8").replace("$550,000", new, 1)
    path = folder / name
    path.write_text(head + text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- every option has a key


def test_every_check_option_has_a_toml_key():
    """An option only the command line can set cannot be fixed for a repo; those that name one run's
    own files or date are listed in config.PER_RUN, on purpose."""
    import typer

    command = typer.main.get_command(app).commands["check"]
    options = {p.name for p in command.params if p.param_type_name == "option"}
    per_run = {name.replace("-", "_") for name in config.PER_RUN}
    assert options - per_run == set(config.OPTION_KEYS), "an option without a claimkit.toml key, or a key without one"
    assert set(config.OPTION_KEYS.values()) | {"drafts"} == set(config.KEYS)


@pytest.mark.parametrize(("toml", "said"), [
    ('[check]\njobs = "two"\n', "[check] jobs must be int, not 'two'"),
    ('[check]\nquiet = 1\n', "[check] quiet must be bool"),
    ('[check]\nagainst = 3\n', "[check] against must be a path or a list of paths"),
    ('[check]\nformat = "lnt"\nagainst = "sources/story-a/"\n', "format 'lnt' is not one of lint, json, md, html, github, sarif (did you mean lint?)"),
    ('[check]\nfail-on = "hihg"\nagainst = "sources/story-a/"\n', "fail-on 'hihg' is not one of high, medium, low, never (did you mean high?)"),
    ('[check]\ntime_budgett = 3\n', "unknown key [check] time_budgett (did you mean time-budget?)"),
    ('[check]\njobs = -1\nagainst = "sources/story-a/"\n', "jobs: Input should be greater than or equal to 0"),
    ('[check]\ntime-budget = 0\nagainst = "sources/story-a/"\n', "time_budget: Input should be greater than 0"),
])
def test_a_wrong_toml_value_is_refused_naming_it(capsys, newsroom, toml, said):
    (newsroom / "claimkit.toml").write_text(toml)
    code, _, err = cli(capsys, "check", _draft(newsroom / "drafts" / "a"))
    assert code == 2 and said in err


# --------------------------------------------------------------------------- discovery


def test_claimkit_toml_is_found_walking_up_from_the_draft(capsys, newsroom):
    """It was read only from the working directory: run from elsewhere, the draft had no sources."""
    draft = _draft(newsroom / "drafts" / "a")
    code, out, err = cli(capsys, "check", draft, "--format", "json")
    assert code == 1, err
    assert any(f["code"] == "CK101" and not f["silenced"] for f in json.loads(out)["findings"])
    assert f"in {draft} against 2 sources" in err


def test_the_walk_stops_at_the_repository_root(capsys, newsroom):
    inner = newsroom / "vendored"
    (inner / ".git").mkdir(parents=True)
    code, _, err = cli(capsys, "check", _draft(inner))
    assert code == 2 and "no sources to check against" in err


def test_toml_paths_are_read_beside_the_file(capsys, newsroom):
    (newsroom / "claimkit.toml").write_text('[check]\nagainst = "sources/story-a/"\nfail-on = "never"\nquiet = true\n')
    code, _, err = cli(capsys, "check", _draft(newsroom / "drafts" / "a"))
    assert (code, err) == (0, "")  # fail-on and quiet came from the file too


def test_front_matter_names_the_drafts_sources(capsys, newsroom):
    """One repo, a sources folder per story: the draft says which (relative to itself)."""
    draft = _draft(newsroom / "drafts" / "a", head="---\ntitle: Durov\nsources: [../../sources/story-b/]\n---\n")
    code, _, err = cli(capsys, "check", draft, "--fail-on", "never")
    assert code == 0 and f"in {draft} against 1 source:" in err  # story-b's one file, not the toml's story-a
    code, _, err = cli(capsys, "check", draft, "--fail-on", "never", "--against", SEED_001)
    assert code == 0 and "against 1 source:" in err  # a flag still wins
    (newsroom / "drafts" / "a" / "bad.md").write_text("---\nsources: 3\n---\nText.\n")
    code, _, err = cli(capsys, "check", newsroom / "drafts" / "a" / "bad.md")
    assert code == 2 and "front matter sources must be a path or a list of paths" in err


def test_only_the_configured_drafts_are_checked(capsys, newsroom):
    """pre-commit passes every changed Markdown file: sources were checked as drafts and failed (exit 2)."""
    draft = _draft(newsroom / "drafts" / "a", new="$550,000")
    source = newsroom / "sources" / "story-a" / "notes.md"
    source.write_text("The fine was $9 million.\n")
    code, out, err = cli(capsys, "check", source, draft)
    assert code == 0, err
    assert f"claimkit: note: {source}: not under [check] drafts" in err
    assert str(source) not in out and f"in {draft} against" in err
    code, _, err = cli(capsys, "check", source)
    assert code == 0 and "not checked" in err


def test_the_pre_commit_hook_and_the_readme_agree():
    import yaml

    hook = next(h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()) if h["id"] == "claimkit-check")
    readme = (ROOT / "README.md").read_text("utf-8")
    assert hook["entry"] == "claimkit check" and "id: claimkit-check" in readme
    assert "files: ^drafts/" in readme and 'drafts = ["drafts/"]' in readme


# --------------------------------------------------------------------------- baseline


def test_a_baseline_accepts_known_findings_and_survives_edits_elsewhere(capsys, newsroom, tmp_path):
    draft = _draft(newsroom / "drafts" / "a")
    known = newsroom / "claimkit-baseline.json"
    code, _, err = cli(capsys, "check", draft, "--write-baseline", known)
    assert code == 0 and f"{known}: " in err and "known finding" in err
    rows = json.loads(known.read_text())["findings"]
    assert {"draft": "drafts/a/draft.md", "code": "CK101", "fact": "fine", "text": "$5.5 million",
            "value": "$5.5 million", "count": 1} in rows
    assert all("line" not in row for row in rows)

    code, out, err = cli(capsys, "check", draft, "--baseline", known)
    assert (code, out) == (0, "") and "known (baseline)" in err
    code, out, _ = cli(capsys, "check", draft, "--baseline", known, "--format", "json")
    assert [f["baselined"] for f in json.loads(out)["findings"] if f["code"] == "CK101"] == [True]

    _draft(newsroom / "drafts" / "a", head="A new first paragraph.\n\nAnd a second one.\n\n")  # lines move
    code, out, _ = cli(capsys, "check", draft, "--baseline", known)
    assert (code, out) == (0, "")
    (newsroom / "claimkit.toml").write_text('[check]\nagainst = ["sources/story-a/"]\nbaseline = "claimkit-baseline.json"\n')
    _draft(newsroom / "drafts" / "a", new="$6 million")  # a new figure is a new finding
    code, out, _ = cli(capsys, "check", draft)
    assert code == 1 and 'CK101 [high] fine "$6 million"' in out


@pytest.mark.parametrize(("content", "said"), [
    (None, "no such file (write one with --write-baseline"),
    ('{"findings": []}', "not a claimkit baseline"),
    ("not json", "cannot read"),
])
def test_a_bad_baseline_exits_2(capsys, newsroom, content, said):
    known = newsroom / "known.json"
    if content is not None:
        known.write_text(content)
    code, _, err = cli(capsys, "check", _draft(newsroom / "drafts" / "a"), "--baseline", known)
    assert code == 2 and said in err


def test_the_baseline_is_never_written_over_an_input(capsys, newsroom):
    draft = _draft(newsroom / "drafts" / "a")
    before = draft.read_bytes()
    code, _, err = cli(capsys, "check", draft, "--write-baseline", draft)
    assert code == 2 and draft.read_bytes() == before
