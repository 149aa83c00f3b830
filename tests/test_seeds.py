"""The seeds read as an editor expects (tests/seeds-answer-key.json, a copy of the shared key).

Each expectation is its own test case, so a failure names the exact pair.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEEDS

KEY = json.loads((Path(__file__).parent / "seeds-answer-key.json").read_text())


@pytest.fixture(scope="module")
def report(settings):
    from claimkit.api import reconcile_paths

    return reconcile_paths([str(SEEDS)], settings)


def _matches(claim, side) -> bool:
    text, want = claim.text.strip(), side["text_contains"].strip()
    return Path(claim.doc).name.startswith(side["doc"]) and bool(text) and (want in text or text in want)


def _opposed(report, a, b):
    """The conflict (if any) that lists a claim matching `a` and one matching `b` on different sides."""
    by_id = {c.id: c for c in report.claims}
    groups = {f.id: [set(v.claims) for v in f.values] for f in report.facts}
    for conflict in report.conflicts:
        members = [by_id[i] for i in conflict.claims]
        for x in members:
            for y in members:
                if x.id != y.id and _matches(x, a) and _matches(y, b):
                    same = any(x.id in g and y.id in g for g in groups.get(conflict.fact, []))
                    if not same:
                        return conflict
    return None


@pytest.mark.parametrize("exp", KEY["must_extract"], ids=lambda e: f"{e['doc']}-{e['kind']}-{e['text_contains']}")
def test_must_extract(report, exp):
    candidates = [c for c in report.claims if c.kind == exp["kind"] and _matches(c, exp)]
    assert candidates, f"no {exp['kind']} claim for {exp['text_contains']!r} in {exp['doc']}"

    def ok(claim) -> bool:
        value = claim.value.model_dump()
        for field in ("amount", "currency", "unit", "canonical", "year_known"):
            if field in exp:
                got = value.get(field)
                if isinstance(exp[field], bool) or isinstance(exp[field], str):
                    if got != exp[field]:
                        return False
                elif got is None or abs(got - exp[field]) > 1e-6 * max(1, abs(exp[field])):
                    return False
        return "qualifier" not in exp or claim.qualifier == exp["qualifier"]

    assert any(ok(c) for c in candidates), [(c.text, c.qualifier, c.value) for c in candidates]


@pytest.mark.parametrize("exp", KEY["must_conflict"], ids=lambda e: f"{e['a']['text_contains']}~{e['b']['text_contains']}")
def test_must_conflict(report, exp):
    conflict = _opposed(report, exp["a"], exp["b"])
    assert conflict is not None, exp["why"]
    assert conflict.severity == "high"


@pytest.mark.parametrize("exp", KEY["must_not_conflict"], ids=lambda e: f"{e['a']['doc']}:{e['a']['text_contains']}~{e['b']['doc']}:{e['b']['text_contains']}")
def test_must_not_conflict(report, exp):
    """Two claims of one conflict are opposed exactly when they sit in different value groups of its
    fact (CONTRACT.md): €500,000 and its $550,000 conversion share the majority's side."""
    conflict = _opposed(report, exp["a"], exp["b"])
    assert conflict is None, f"{exp['why']}: {conflict.summary if conflict else ''}"


def test_regions_of_the_seeds(report):
    regions = {d.id[:3]: {r.kind for r in d.regions} for d in report.documents}
    assert "promo" in regions["000"]
    assert "disclaimer" in regions["001"]
    assert "foreign_language" in regions["004"]


def test_translations_marked_derived(report):
    derived = {d.id[:3]: d.derived_from for d in report.documents}
    assert (derived["001"] or "")[:3] == "002" or (derived["002"] or "")[:3] == "001"


def test_every_claim_slices_back_to_its_text(report):
    texts = {p.name: p.read_text("utf-8") for p in SEEDS.iterdir()}
    for claim in report.claims:
        assert texts[claim.doc][claim.start:claim.end] == claim.text
