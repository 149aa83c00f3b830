"""Sources in other languages (issue 17): which language a document and a paragraph are in,
and an invented story told by an English wire, a French and a German report of one fine."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimkit.api import extract_batch, reconcile_paths
from claimkit.ingest import load
from claimkit.ingest.sources import read_named
from claimkit.lang.identify import identify, plainly_english
from claimkit.lang.route import route
from claimkit.settings import Settings

HERE = Path(__file__).parent
STORY = HERE / "fixtures" / "multilingual"
SEEDS = HERE.parent / "seeds"


@pytest.fixture(scope="module")
def story():
    return reconcile_paths([str(STORY)], Settings())


def test_the_story_s_one_discrepancy_is_found_across_languages(story):
    """The German report prints the fine ten times too high; the English wire and the French report agree."""
    assert len(story.conflicts) == 1
    x = story.conflicts[0]
    claims = {c.id: c for c in story.claims}
    fact = next(f for f in story.facts if f.id == x.fact)
    assert (x.kind, x.severity, fact.attribute) == ("money", "high", "fine")
    groups = sorted(sorted((claims[c].doc, claims[c].language) for c in g.claims) for g in fact.values)
    assert groups == [[("de.md", "de")], [("fr.md", "fr"), ("wire.md", "en")]]


@pytest.mark.parametrize(("kind", "texts"), [
    ("count", {"300 employees", "300 salariés", "300 Mitarbeiter"}),
    ("percent", {"12%", "12 %", "12 Prozent"}),
    ("date", {"March 10", "10 mars", "10. März"}),
])
def test_agreeing_figures_in_three_languages_are_one_fact(story, kind, texts):
    claims = {c.id: c for c in story.claims}
    facts = [f for f in story.facts if f.kind == kind]
    assert len(facts) == 1 and facts[0].status == "agreed"
    assert {claims[c].text for c in facts[0].claims} == texts
    assert {claims[c].language for c in facts[0].claims} == {"en", "fr", "de"}


def test_a_document_s_language_is_identified_and_front_matter_overrides_it():
    sources = {s.doc.id: s for s in load([str(STORY)]).sources}
    assert route(sources["de.md"]).source.doc.language == "de"  # no front matter: identified
    assert route(sources["wire.md"]).whole is False and route(sources["wire.md"]).parts == []
    german = (STORY / "de.md").read_text(encoding="utf-8").replace("---\n", "---\nlanguage: en\n", 1)
    given = route(read_named("de.md", german))
    assert (given.whole, given.parts, given.source.doc.language) == (False, [], "en")


def test_english_is_recognised_without_loading_the_identifier():
    assert plainly_english("The regulator said on Tuesday that it had fined the company for the breach.")
    assert not plainly_english("Le régulateur a infligé mardi une amende à la société pour la violation.")
    assert identify("Nordwind") is None  # too short to say


def test_a_paragraph_in_another_language_is_read_and_stays_in_its_region():
    """An English article with a Chinese promotion: its figure is read as Chinese, in the promo region,
    and raises no conflict against the article's own figure."""
    text = ("The regulator fined the exchange 2 million dollars on Monday for failing to check its customers.\n\n"
            "Sponsored: 注册即可领取最高500美元的交易奖励，活动于3月31日结束。\n")
    src = read_named("story.txt", text)
    (_, claims, _), = extract_batch([src], Settings())
    promo = [c for c in claims if c.language == "zh"]
    assert [(c.kind, c.text, c.qualifier) for c in promo][:1] == [("money", "最高500美元", "at_most")]
    assert all(c.region is not None for c in promo)


def test_seed_chinese_paragraphs_are_read_as_chinese_inside_their_regions():
    """Seed 004's Chinese paragraph and seed 001's Chinese disclaimer go to the Chinese tables; they hold
    no figure, so the seeds' claims are what they were (tests/test_seeds.py)."""
    sources = {s.doc.id: s for s in load([str(SEEDS)]).sources}
    for doc_id in ("004_24d8cc2d1364aa63.txt", "001_b0bfe5803ea1ab71.txt"):
        source = sources[doc_id]
        parts = route(source).parts
        assert parts and {lang for _, _, lang in parts} == {"zh"}
        for start, _, _ in parts:
            assert any(r.start <= start < r.end for r in source.doc.regions)


def test_an_identified_language_survives_the_claim_cache(tmp_path):
    """The second run reads claims from the cache; the German report is still 'de' there."""
    from claimkit.api import extract_paths

    settings = Settings(cache_dir=tmp_path / "cache")
    runs = [extract_paths([str(STORY)], settings) for _ in range(2)]
    assert [{d.id: d.language for d in r.documents}["de.md"] for r in runs] == ["de", "de"]
    assert runs[0].claims == runs[1].claims


def test_a_sentence_of_thousands_of_figures_is_read_in_linear_time():
    """Each claim took its sentence's text from spaCy's tokens again and searched the whole
    sentence for its cues: 12,000 terms in one Chinese line took 80 s."""
    import time

    from claimkit.lang.read import read_parts

    source = read_named("zh.md", "---\nlanguage: zh\n---\n" + "1年" * 6000 + "\n")
    started = time.perf_counter()
    claims, complete = read_parts(source, [(source.body_start, len(source.text), "zh")])
    assert complete and len(claims) == 6000 and time.perf_counter() - started < 5.0


def test_a_long_document_in_another_language_keeps_to_the_time_budget(tmp_path):
    """The cue tables' reading had no budget: a long French file was read to its end whatever
    --time-budget said. Now it stops, keeps what it found and says so, as the English grammar does."""
    from claimkit.api import extract_paths

    (tmp_path / "long.md").write_text("---\nlanguage: fr\n---\n" + "Le club a payé 5 millions d'euros.\n" * 20000,
                                      encoding="utf-8")
    result = extract_paths([str(tmp_path)], Settings(time_budget=0.5))
    (doc,) = result.documents
    assert any("time budget" in n for n in doc.notes)
    assert 0 < len(result.claims) < 20000 and {c.language for c in result.claims} == {"fr"}


def test_a_budget_spent_before_the_first_line_still_reads_that_line(tmp_path):
    """Loading the French model and spaCy's first batch come before the first line: on a busy
    machine they alone could take the budget, and the document kept nothing at all."""
    from claimkit.api import extract_paths

    (tmp_path / "long.md").write_text("---\nlanguage: fr\n---\n" + "Le club a payé 5 millions d'euros.\n" * 50,
                                      encoding="utf-8")
    result = extract_paths([str(tmp_path)], Settings(time_budget=1e-9))
    (doc,) = result.documents
    assert any("time budget" in n for n in doc.notes)
    assert [c.text for c in result.claims] == ["5 millions d'euros"]


def test_a_drafts_front_matter_language_survives_loading_and_reading():
    """A draft whose front matter names its language keeps that word through check's loading and
    the reading that blanks ignore comments: the metadata overrides identification there too."""
    from claimkit.check import as_read, load_draft
    from claimkit.ingest import read_named

    text = "---\nlanguage: en\n---\nLe tribunal a infligé une amende de 5 millions d'euros.\n"
    loaded = load_draft(read_named("d.md", text, role="draft"), set())
    assert loaded.sources[0].language_given
    assert as_read(loaded.sources[0]).language_given
