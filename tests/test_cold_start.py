"""What a cold `check` no longer pays for gives the same pipeline: the tokenizer built once from the
saved one, the disabled components left out, the lemmatizer's word index, the ECB table's columns."""

from __future__ import annotations

import csv
import gc
import io
import re
import subprocess
import sys
import zipfile

import pytest


def test_tokenizer_is_the_saved_one_with_claimkit_affixes(nlp):
    """Built once from the saved bytes, it is the tokenizer the three-step load made: the saved one,
    its prefixes, infixes and suffixes extended, its special cases loaded again (less the initials a figure's
    scale letter is mistaken for, and "Wed" read as "we'd")."""
    from spacy.tokenizer import Tokenizer

    from claimkit.extract.nlp import (
        _APPROX_SIGN, _DROPPED_SPECIAL_CASES, _GLUED_SCALE, _NO_PAISE, _POINT_INFIX, _RANGE_INFIX, _SCALE_STOP,
        _SIGN_STOP,
    )

    old = Tokenizer(nlp.vocab).from_disk(nlp.path / "tokenizer", exclude=["vocab"])
    infixes, suffixes = old.infix_finditer.__self__.pattern, old.suffix_search.__self__.pattern
    prefixes = old.prefix_search.__self__.pattern
    rules, old.rules = old.rules, {}
    old.infix_finditer = re.compile(f"{infixes}|{_RANGE_INFIX}|{_POINT_INFIX}").finditer
    old.suffix_search = re.compile(f"{suffixes}|{_SCALE_STOP}|{_SIGN_STOP}|{_GLUED_SCALE}|{_NO_PAISE}").search
    old.prefix_search = re.compile(f"{prefixes}|{_APPROX_SIGN}").search
    old.rules = {k: v for k, v in rules.items() if k not in _DROPPED_SPECIAL_CASES}
    assert nlp.tokenizer.inner.to_bytes(exclude=["vocab"]) == old.to_bytes(exclude=["vocab"])
    for text in ["$400 million-$500 million", "It raised $1.25M.", "£118million", "14-point-28 trillion won",
                 "don't, e.g. at 3pm in the U.S.", "a 3billion-dollar plan :) https://example.com/a-b", "paid $84m. The",
                 "about ~$45, see ~/bin", "Rs 500/- only",
                 "for 2½–3 hours", "wanted 10,000៛.", "on Wed 5/11"]:
        assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in old(text)], text


def test_disabled_components_are_not_loaded(nlp, settings):
    from claimkit.extract.nlp import disabled_components

    assert disabled_components(settings.model) == ["senter"]
    assert "senter" not in nlp.component_names
    assert nlp.pipe_names == ["tok2vec", "tagger", "claimkit_sentence_breaks", "parser", "attribute_ruler", "lemmatizer",
                              "ner", "claimkit_ruler"]
    assert disabled_components("no/such/pipeline") == []


def test_collector_is_back_on_after_the_load(nlp):
    assert gc.get_threshold()[0] > 0


def test_law_aliases_are_cut_by_the_pipeline_tokenizer(nlp):
    from spacy.vocab import Vocab

    from claimkit.extract.nlp import tokenizer_for

    assert tokenizer_for(nlp.vocab) is nlp.tokenizer
    assert tokenizer_for(Vocab()) is None


def test_lemmatizer_word_index_answers_as_its_list(nlp):
    from claimkit.extract.nlp import _WordIndex

    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    for words in table.values():
        assert isinstance(words, _WordIndex)
        plain = list(words)
        for word in [*plain[:50], *plain[-50:], "", "zzzz", "fine", "finer", "running", "run"]:
            assert (word in words) == (word in plain)
    assert nlp("The companies were fined twice.")[1].lemma_ == "company"


def test_ecb_columns_read_as_csv_reads_them():
    from claimkit.normalize import fx

    with zipfile.ZipFile(io.BytesIO(fx._ecb_file().read_bytes())) as zf:
        rows = list(csv.reader(io.StringIO(zf.read(zf.namelist()[0]).decode("utf-8"))))
    table = fx._EcbTable()
    assert list(table) == [c.strip() for c in rows[0][1:] if c.strip()] + ["EUR"]
    for code in ("USD", "GBP", "RUB", "JPY"):
        col = rows[0].index(code)
        days = sorted((fx.dt.date.fromisoformat(r[0]).toordinal(), float(r[col])) for r in rows[1:]
                      if r and r[0] and col < len(r) and r[col] not in ("", "N/A"))
        assert table[code] == fx._Series([d for d, _ in days], [v for _, v in days])
    with pytest.raises(KeyError):
        table["TWD"]


def test_rates_do_not_import_currency_converter():
    """Its __init__ imports urllib.request, http.client and ssl; only its data file is read."""
    code = ("import sys; from claimkit.normalize import fx; fx.known_currencies(); fx._ecb()['USD']; "
            "print('currency_converter' in sys.modules, 'ssl' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
