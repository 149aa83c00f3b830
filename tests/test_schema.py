"""The committed JSON Schemas match the models; the extractor registry is complete."""

import json
import subprocess
import sys

from claimkit.extract import EXTRACTORS
from claimkit.models import KINDS
from claimkit.extract.nlp import load_patterns
from claimkit.schema import render, schemas

from conftest import ROOT


def test_schemas_up_to_date():
    for name, schema in schemas().items():
        path = ROOT / "schemas" / name
        assert path.exists(), f"{path} missing: run `make schema`"
        assert path.read_text() == render(schema), f"{path} is out of date: run `make schema`"


def test_every_kind_has_one_extractor_and_one_pattern_file():
    assert sorted(e.KIND for e in EXTRACTORS) == sorted(KINDS)
    folder = ROOT / "src" / "claimkit" / "extract" / "patterns"
    assert sorted(p.stem for p in folder.glob("*.jsonl")) == sorted(KINDS)


def test_pattern_ids_are_named_by_kind():
    # an id names a rule; several token patterns may spell one rule
    for p in load_patterns():
        assert p["id"].startswith(p["label"] + "."), p["id"]


def test_import_does_not_load_heavy_libraries():
    code = "import sys, claimkit, claimkit.models, claimkit.cli; print([m for m in ('spacy', 'pint', 'currency_converter', 'dateparser', 'lingua', 'babel') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.replace("'", '"')) == []


def test_reports_validate_against_the_committed_schemas(seeds_result):
    """What the commands emit is what schemas/*.schema.json promise (the golden seeds report too)."""
    import jsonschema

    report_schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text())
    extract_schema = json.loads((ROOT / "schemas" / "extract.schema.json").read_text())
    golden = json.loads((ROOT / "tests" / "golden" / "seeds.report.json").read_text())
    assert golden["conflicts"], "the golden report should exercise conflicts"
    jsonschema.validate(golden, report_schema)
    jsonschema.validate(json.loads(seeds_result.model_dump_json()), extract_schema)
    broken = {**golden, "summary": {**golden["summary"], "claims": "many"}}
    try:
        jsonschema.validate(broken, report_schema)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("the schema accepted a summary with a non-integer claim count")
