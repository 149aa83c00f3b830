"""The GatedMatcher (the span ruler's and the attribute ruler's) finds exactly the matches of
spaCy's plain Matcher, each once.

Three ways: random token sequences against tricky invented patterns (optional first tokens,
repeats, counted operators, a match running to the Doc's end, one-token patterns of tags,
dependencies and words), invented sentences against claimkit's own patterns, and every text the
repo holds (the seeds, the fixtures, and each sentence written in tests/extract/) against
claimkit's own patterns and the model's attribute ruler's.
"""

from __future__ import annotations

import ast
import random

import pytest

from conftest import ROOT, SEEDS

from claimkit.extract.gated_matcher import GatedMatcher, lexeme_test, repeat_range, starting_specs

# Invented patterns in the shapes claimkit's have: a word test on the first token or not,
# optional leading tokens, "+", "*" and counted repeats, a negation, a token asking only a POS.
TRICKY = {
    "one_word": [[{"LOWER": "fine"}]],
    "optional_lead": [[{"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, {"LIKE_NUM": True}, {"LOWER": "years"}]],
    "two_optional_leads": [[{"ORTH": "about", "OP": "?"}, {"LOWER": "a", "OP": "*"}, {"TEXT": {"REGEX": "^\\d+$"}}]],
    "number_run": [[{"LIKE_NUM": True, "OP": "+"}, {"LOWER": {"IN": ["million", "m"]}, "OP": "?"}, {"ORTH": "$"}]],
    "star_inside": [[{"ORTH": "$"}, {"LIKE_NUM": True, "OP": "*"}, {"LOWER": "bn", "OP": "?"}]],
    "counted": [[{"TEXT": {"REGEX": "^[A-Z]"}}, {"IS_ALPHA": True, "OP": "{0,3}"}, {"ORTH": "Act"}]],
    "counted_lead": [[{"LOWER": "x", "OP": "{0,2}"}, {"LOWER": "fine"}, {"LIKE_NUM": True, "OP": "{1,}"}]],
    "any_word_run": [[{"LOWER": "sentenced"}, {"IS_ALPHA": False, "OP": "*"}, {}, {"LOWER": "to"}]],
    "not_in": [[{"LOWER": {"NOT_IN": ["a", "the"]}, "IS_ALPHA": True}, {"LOWER": "fine"}]],
    "negated": [[{"LOWER": "fine"}, {"LOWER": "x", "OP": "!"}, {"LIKE_NUM": True}]],
    "blank_first": [[{}, {"ORTH": "Act"}]],
    "all_optional": [[{"LOWER": "a", "OP": "?"}, {"LIKE_NUM": True, "OP": "*"}]],
    "shape_tail": [[{"LOWER": "fine"}, {"SHAPE": "dd", "OP": "?"}, {"ORTH": ",", "OP": "?"}]],
    # one-token patterns, looked up by value; two of a key finding the same token count once
    "one_token_words": [[{"LOWER": {"IN": ["a", "the"]}}], [{"ORTH": "Act"}], [{"TEXT": "a"}]],
    "one_and_longer": [[{"LOWER": "a"}], [{"LOWER": "a"}, {"LIKE_NUM": True, "OP": "?"}]],
}
WORDS = ["a", "an", "A", "about", "fine", "Fine", "x", "3", "12", "two", "million", "m", "$", "bn",
         "Act", "Clean", "Air", "the", "sentenced", "him", "to", "years", ",", "-", "1,000"]


def _matches(matcher, doc) -> list[tuple[int, int, int]]:  # noqa: ANN001
    return sorted(matcher(doc))  # a list: a match found twice would show


@pytest.fixture(scope="module")
def blank_vocab():
    import spacy

    return spacy.blank("en").vocab


@pytest.mark.parametrize("seed", range(40))
def test_random_sequences_match_as_plain(blank_vocab, seed):
    from spacy.tokens import Doc

    gated = GatedMatcher(blank_vocab)
    for key, patterns in TRICKY.items():
        gated.add(key, patterns)
    rng = random.Random(seed)
    for _ in range(25):
        doc = Doc(blank_vocab, words=[rng.choice(WORDS) for _ in range(rng.randint(0, 30))])
        assert _matches(gated, doc) == _matches(gated.plain, doc), doc.text


# one-token patterns of the attribute ruler's shapes: a tag, a word and a tag, a dependency, space
TAGGED = {
    "tag": [[{"TAG": "NN"}]],
    "tags_of_a_word": [[{"TAG": {"IN": ["VBZ", "VBP"]}, "LOWER": "is"}]],
    "dep_of_words": [[{"DEP": "nsubj", "LOWER": {"IN": ["a", "x"]}}]],
    "deps": [[{"DEP": {"IN": ["dobj", "nsubj"]}, "TAG": {"IN": ["NN", "DT"]}}]],
    "space": [[{"IS_SPACE": True}]],
    "space_tag": [[{"IS_SPACE": False, "TAG": "_SP"}]],
    "two_tokens": [[{"TAG": "DT"}, {"TAG": "NN"}]],
}


@pytest.mark.parametrize("seed", range(20))
def test_tagged_one_token_patterns_match_as_plain(blank_vocab, seed):
    from spacy.tokens import Doc

    gated = GatedMatcher(blank_vocab)
    for key, patterns in TAGGED.items():
        gated.add(key, patterns)
    assert gated._one_token and len(gated._groups) + (gated._everywhere is not None) == 1  # all but two_tokens
    rng = random.Random(seed)
    for _ in range(25):
        n = rng.randint(1, 20)
        words = [rng.choice(["a", "is", "x", "fine", " ", "Act"]) for _ in range(n)]
        tags = [rng.choice(["NN", "VBZ", "VBP", "DT", "_SP"]) for _ in range(n)]
        deps = ["ROOT"] + [rng.choice(["nsubj", "dobj", "det"]) for _ in range(n - 1)]
        doc = Doc(blank_vocab, words=words, tags=tags, deps=deps, heads=[0] * n)
        assert _matches(gated, doc) == _matches(gated.plain, doc), list(zip(words, tags, deps))


def test_missing_annotation_is_an_error_unless_allowed(blank_vocab):
    from spacy.tokens import Doc

    gated = GatedMatcher(blank_vocab)
    gated.add("tag", TAGGED["tag"])
    doc = Doc(blank_vocab, words=["fine", "x"])  # no tags
    with pytest.raises(ValueError):
        gated(doc)
    assert gated(doc, allow_missing=True) == []


def test_windows_are_used(blank_vocab):
    """Patterns with a word test on their first token are grouped, not all run everywhere."""
    gated = GatedMatcher(blank_vocab)
    for key, patterns in TRICKY.items():
        gated.add(key, patterns)
    assert len(gated) == len(TRICKY)
    assert len(gated._everywhere) == 2  # "negated" ("!") and "blank_first" ({} first)
    assert gated._groups


def test_remove(blank_vocab):
    from spacy.tokens import Doc

    gated = GatedMatcher(blank_vocab)
    gated.add("fine", TRICKY["one_word"])
    gated.add("fine", TRICKY["counted_lead"])
    gated.add("run", TRICKY["number_run"])
    gated.remove("fine")
    assert "fine" not in gated and "run" in gated
    doc = Doc(blank_vocab, words=["fine", "12", "$"])
    assert {end - start for _, start, end in gated(doc)} == {2}  # "12 $" only
    with pytest.raises(ValueError):
        gated.remove("fine")


@pytest.mark.parametrize(("op", "taken"), [
    (None, (1, 1)), ("?", (0, 1)), ("+", (1, float("inf"))), ("*", (0, float("inf"))),
    ("{2}", (2, 2)), ("{0,3}", (0, 3)), ("{1,}", (1, float("inf"))), ("{,4}", (0, 4)), ("!", None),
])
def test_repeat_range(op, taken):
    assert repeat_range({"OP": op} if op else {}) == taken


def test_starting_specs_run_past_optional_ones():
    pattern = [{"ORTH": "a", "OP": "?"}, {"ORTH": "b", "OP": "{0,2}"}, {"ORTH": "c"}, {"ORTH": "d", "OP": "?"}]
    assert starting_specs(pattern) == pattern[:3]


def test_lexeme_test_leaves_out_token_attributes(blank_vocab):
    test = lexeme_test({"LOWER": {"IN": ["may"]}, "TAG": {"NOT_IN": ["MD"]}})
    assert test(blank_vocab["May"]) and not test(blank_vocab["June"])
    assert lexeme_test({"POS": "NOUN"}) is None and lexeme_test({}) is None
    regex = lexeme_test({"TEXT": {"REGEX": "\\d"}, "LIKE_NUM": True})
    assert regex(blank_vocab["12"]) and not regex(blank_vocab["x1"])


# claimkit's own patterns over invented sentences and the repo's texts
INVENTED = [
    "He was fined $1.5 million-$2 million on May 3, 2024, and may appeal in March.",
    "A 41-story tower, 1'250 teachers and 35'923'969 people; 1.5m users and 500k followers.",
    "Sentenced him to 10 years in a federal prison, followed by three years of supervised release.",
    "The Clean Air Act of 1970 and the Data Protection Act 2018 were cited under Bill C-11.",
    "Temperatures of 30C, -5C and 25-35 degrees Celsius; a magnitude-6.1 quake, 5 foot 10.",
    "Rates rose 25 bps to 4.5 per cent in 3Q24; the back half of 2023; Sat, Aug 9.",
    "It cost NT$300 million, €4bn, 300m euros and 12 lakh rupees, according to the ministry.",
    "Christmas Eve, Martin Luther King Jr. Day, Eid al-Fitr and the 1990s; EOD tmrw.",
    "five years' probation, 200 hours of community service, half a pound of butter",
    "$", "May", "12", "",
]


@pytest.fixture(scope="module")
def ruler_matcher(nlp):
    matcher = nlp.get_pipe("claimkit_ruler").matcher
    assert isinstance(matcher, GatedMatcher)
    return matcher


def _repo_texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.iterdir())]
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*")):
        if path.suffix in (".txt", ".md"):
            texts.append(path.read_text("utf-8"))
    for path in sorted((ROOT / "tests" / "extract").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value:
                texts.append(node.value)
    return texts


def test_claimkit_patterns_match_as_plain_on_invented_sentences(nlp, ruler_matcher):
    for doc in nlp.pipe(INVENTED):
        assert _matches(ruler_matcher, doc) == _matches(ruler_matcher.plain, doc), doc.text


def test_attribute_ruler_matches_as_plain_on_repo_texts(nlp):
    """The model's attribute ruler (its tag map and exceptions) is given a GatedMatcher too."""
    matcher = nlp.get_pipe("attribute_ruler").matcher
    assert isinstance(matcher, GatedMatcher) and matcher._one_token
    found = 0
    for doc in nlp.pipe(INVENTED + _repo_texts(), batch_size=256):
        plain = sorted(matcher.plain(doc, allow_missing=True))
        assert sorted(matcher(doc, allow_missing=True)) == plain, doc.text[:200]
        found += len(plain)
    assert found > 10_000


def test_claimkit_patterns_match_as_plain_on_repo_texts(nlp, ruler_matcher):
    texts = _repo_texts()
    assert len(texts) > 500
    found = 0
    for doc in nlp.pipe(texts, batch_size=256):
        plain = _matches(ruler_matcher.plain, doc)
        assert _matches(ruler_matcher, doc) == plain, doc.text[:200]
        found += len(plain)
    assert found > 1000
