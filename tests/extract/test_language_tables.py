"""Figures in French, German, Spanish, Italian, Portuguese, Russian and Chinese (issue 17):
every row of tests/extract/languages/<lang>.tsv, an invented sentence with the phrase claimkit
must read in it and its value, checked by hand (README.md beside the tables)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from claimkit.ingest.sources import read_named
from claimkit.lang import SUPPORTED
from claimkit.lang.read import read_parts

TABLES = Path(__file__).parent / "languages"
MIN_ROWS = 30


def _rows(language: str) -> list[dict[str, str]]:
    with open(TABLES / f"{language}.tsv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = [(lang, n, row) for lang in SUPPORTED if (TABLES / f"{lang}.tsv").exists() for n, row in enumerate(_rows(lang), 2)]


@pytest.mark.parametrize("language", SUPPORTED)
def test_each_language_has_a_table_of_30_rows_with_yearless_and_unanchored_dates(language):
    rows = _rows(language)
    assert len(rows) >= MIN_ROWS
    assert any(r["kind"] == "date" and r["value"].startswith("--") for r in rows)  # year not given
    assert any(r["kind"] == "date" and r["value"].startswith("unanchored") for r in rows)  # no anchor


def _read(row: dict[str, str], language: str):  # noqa: ANN202
    published = "" if row["published"] == "-" else f"published: {row['published']}\n"
    text = f"---\n{published}language: {language}\n---\n{row['sentence']}\n"
    source = read_named(f"{language}.md", text)
    body = source.body_start
    return read_parts(source, [(body, len(source.text), language)])[0]


def _value(claim) -> str:  # noqa: ANN001
    v = claim.value
    number = lambda x: f"{x:.15g}"  # noqa: E731
    if claim.kind == "money":
        return f"{number(v.amount)} {v.currency}"
    if claim.kind == "percent":
        return number(v.amount)
    if claim.kind in ("sentence", "duration"):
        return f"{number(v.amount)} {v.unit}"
    if claim.kind == "count":
        return f"{number(v.amount)} {v.lemma}"
    if not v.anchored:
        return f"unanchored {v.relative} {v.granularity}"
    return f"{v.start} {v.end} {v.granularity}"


@pytest.mark.parametrize(("language", "line", "row"), ROWS, ids=[f"{lang}:{n}" for lang, n, _ in ROWS])
def test_phrase_reads_as_its_value(language, line, row):
    claims = _read(row, language)
    at = {c.text: c for c in claims}
    if row["kind"] == "none":
        assert not any(row["phrase"] in c.text or c.text in row["phrase"] for c in claims), claims
        return
    assert row["phrase"] in at, (row["phrase"], [c.text for c in claims])
    claim = at[row["phrase"]]
    assert (claim.kind, _value(claim), claim.qualifier) == (row["kind"], row["value"], row["qualifier"])
    assert claim.language == language
    if row.get("frame"):  # "ATTRIBUTE MODALITY", - for none: what the cue table says around the figure
        attribute, _, modality = row["frame"].rpartition(" ")
        assert (claim.attribute or "-", claim.modality or "-") == (attribute, modality)


def test_a_yearless_date_takes_the_year_of_publication_and_none_without_it():
    """The same '21 avril' read twice: dateparser's own base year never leaks into the value."""
    row = {"published": "-", "sentence": "Le texte sera voté le 21 avril."}
    (bare,) = _read(row, "fr")
    (dated,) = _read({**row, "published": "2031-01-05"}, "fr")
    assert (bare.value.start, bare.value.year_known) == ("--04-21", False)
    assert (dated.value.start, dated.value.year_known) == ("2031-04-21", True)
    assert str(dt.date.today().year) not in bare.value.model_dump_json()


CUE_KINDS = ("qualifiers", "scales", "currencies", "prison", "attributes", "relative_words", "count_nouns", "modality")


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_cue_is_backed_by_two_sentences(language):
    """Generalize, never fit: each entry of the cue table (but number words and unit inflections,
    closed paradigms) appears in at least two different invented sentences of the language's table."""
    import re

    import yaml

    from claimkit.lang.cues import cues_for

    raw = yaml.safe_load((Path(__file__).parents[2] / "src/claimkit/lang/cues" / f"{language}.yaml").read_text("utf-8"))
    spaced = cues_for(language).spaced
    sentences = {r["sentence"].lower() for r in _rows(language)}
    thin = []
    for kind in CUE_KINDS:
        table = raw[kind]
        entries = [w for ws in table.values() for w in ws] if kind == "modality" else list(table)
        for entry in entries:
            word = str(entry).lower()
            pattern = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])" if spaced else re.escape(word))  # as find.py bounds words
            if sum(bool(pattern.search(s)) for s in sentences) < 2:
                thin.append(f"{kind}: {entry}")
    assert not thin, f"{language}: cue entries without two sentences: {thin}"


def test_an_empty_cue_list_matches_nothing():
    """A table trimmed to no entries must not turn into an expression that matches everywhere."""
    import re

    from claimkit.lang.cues import alternation

    assert re.search(alternation([]), "amende de 500 euros") is None
    assert re.search(alternation(["mil", "mil millones"]), "3 mil millones").group() == "mil millones"


@pytest.mark.parametrize("language", SUPPORTED)
def test_worst_case_sentences_are_read_in_linear_time(language):
    """Runs of numerals, digit groups and unit words: a Chinese run of 万 took 172 s when every
    character could start a number, 12,000 terms in a row 7 s when overlaps were checked pairwise."""
    import time

    from claimkit.lang.cues import cues_for
    from claimkit.lang.find import figures

    cues = cues_for(language)
    for text in ("1 000 " * 4000, "1.000." * 4000, "万" * 24000, "1" * 24000, "1年" * 12000, "5 ans " * 4000,
                 "百分之" * 8000, "10 %" * 6000):
        started = time.perf_counter()
        figures(text, cues, None)
        assert time.perf_counter() - started < 2.0, (language, text[:12])
