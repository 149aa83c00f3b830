"""The span ruler's Matcher, run only where a pattern can start: patterns -> (key, start, end) matches.

spaCy's Matcher starts every pattern at every token and checks each `IN` and `REGEX` of a
pattern's first token in Python there: with claimkit's 180-odd patterns that was a fifth of
the pipeline's time. `GatedMatcher` gives the span ruler the same matches for less. Patterns
are grouped by what their first token must be; a group's first-token test is a property of
the word alone (its text, lower case or lexeme flags such as LIKE_NUM), so it is worked out
once per word of the vocabulary and cached. In a Doc each group's Matcher then runs only over
short windows, each from a token where one of its patterns can start to the furthest token a
match from there can reach, instead of over every token: no further than the most tokens its
patterns take outside their "+" and "*" runs (`_Group.reach`), and, when every spec of the group
asks something of the word, not past the first word none of them takes (`_members_end`). A window
shorter than the fewest tokens a match of the group takes is not run at all (`_Group.shortest`):
most windows end a token after they start, at a word no spec takes.

A pattern of one token that only asks its word, tag, dependency or space flag to be one of
some values (the attribute ruler's tag map: {"TAG": "NNS"} -> POS NOUN) needs no Matcher at all:
it is looked up by its most telling value, token by token (`_OneToken`).

The matches are exactly the plain Matcher's: a match is found inside a window as in the whole
Doc, since every test is on one token, and every match lies in a window. tests/test_gated_matcher.py
compares the two over invented sentences and the repo's texts, for the span ruler's patterns and
the attribute ruler's.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.lexeme import Lexeme
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

LexemeTest = Callable[["Lexeme"], bool]
INF = float("inf")
_OPS = {None: (1, 1), "?": (0, 1), "+": (1, INF), "*": (0, INF)}  # "{n,m}" is read by repeat_range
_WORD_READS = {"ORTH": "orth_", "TEXT": "orth_", "LOWER": "lower_", "SHAPE": "shape_"}
# what a one-token pattern may ask for `_OneToken` to look it up: an attribute read from the token
# array, equal to a string or IN a list of them, and the space flag (True or False)
_ARRAY_READS = ("ORTH", "LOWER", "TAG", "POS", "DEP")
_FLAG_READS = ("IS_SPACE",)


class Word:
    """A lexeme's text, lower case and shape read once (a Lexeme reads them from the string
    store at each access), and its flags: what the word tests below are given."""

    __slots__ = ("orth_", "lower_", "shape_", "check_flag")

    def __init__(self, lex: Lexeme) -> None:
        self.orth_, self.lower_, self.shape_ = lex.orth_, lex.lower_, lex.shape_
        self.check_flag = lex.check_flag


def lexeme_test(spec: dict) -> LexemeTest | None:
    """What one token spec asks of the word alone, or None when it asks nothing of it.
    {"LOWER": {"IN": ["may", "june"]}, "POS": "PROPN"} -> lexeme.lower_ in {"may", "june"}:
    a test every token matching the spec passes (POS belongs to the token, so it is left out)."""
    from spacy.attrs import IDS

    tests: list[LexemeTest] = []
    for key, value in spec.items():
        name = key.upper()
        if name in _WORD_READS:
            tests.extend(_word_tests(_WORD_READS[name], value))
        elif IDS.get(name, 64) < 64 and isinstance(value, bool):  # a lexeme flag: LIKE_NUM, IS_ALPHA ...
            tests.append(lambda lex, flag=IDS[name], want=value: lex.check_flag(flag) is want)
    if not tests:
        return None
    return tests[0] if len(tests) == 1 else (lambda lex: all(test(lex) for test in tests))


def _word_tests(read: str, value: object) -> list[LexemeTest]:
    """Tests of the word's text or lower case, as the Matcher reads them (REGEX searches)."""
    if isinstance(value, str):
        return [lambda lex: getattr(lex, read) == value]
    if not isinstance(value, dict):
        return []
    tests: list[LexemeTest] = []
    for op, arg in value.items():
        if op == "IN":
            tests.append(lambda lex, words=frozenset(arg): getattr(lex, read) in words)
        elif op == "NOT_IN":
            tests.append(lambda lex, words=frozenset(arg): getattr(lex, read) not in words)
        elif op == "REGEX":
            tests.append(lambda lex, search=re.compile(arg).search: search(getattr(lex, read)) is not None)
        # any other operator (FUZZY, IS_SUBSET ...) is left out: the test only gets wider
    return tests


def indexed_words(spec: dict) -> tuple[str, frozenset[str]] | None:
    """The words a spec's first ORTH, TEXT or LOWER equality or IN allows, with the lexeme
    attribute they are read from, or None: {"LOWER": {"IN": ["a", "an"]}} -> ("lower_", {"a", "an"})."""
    for key, value in spec.items():
        read = _WORD_READS.get(key.upper())
        if read in ("orth_", "lower_"):
            if isinstance(value, str):
                return read, frozenset([value])
            if isinstance(value, dict) and isinstance(value.get("IN"), list):
                return read, frozenset(value["IN"])
    return None


def repeat_range(spec: dict) -> tuple[int, float] | None:
    """How many tokens a spec takes, (least, most), from its operator; None for "!" or one not read.
    {"OP": "?"} -> (0, 1), {"OP": "+"} -> (1, inf), {"OP": "{0,3}"} -> (0, 3)."""
    op = spec.get("OP")
    if op in _OPS:
        return _OPS[op]
    counted = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op) if isinstance(op, str) else None
    if counted is None or counted.group(0) == "{,}":
        return None
    least = int(counted[1] or 0)
    most = float(counted[3]) if counted[3] else (INF if counted[2] else least)
    return least, most


def starting_specs(pattern: list[dict]) -> list[dict]:
    """The specs a match can start on: the first, and each after a run of optional ones."""
    specs = []
    for spec in pattern:
        specs.append(spec)
        if (repeat_range(spec) or (1, 1))[0] > 0:
            break
    return specs


def _lexical_key(spec: dict) -> str:
    """What the spec asks of the word alone, as text: the key patterns are grouped by."""
    from spacy.attrs import IDS

    kept = {k: v for k, v in spec.items() if k.upper() in _WORD_READS or IDS.get(k.upper(), 64) < 64}
    return json.dumps(kept, sort_keys=True)


@dataclass
class _Group:
    """Patterns that can start on the same words, with one Matcher."""

    starts: dict[str, tuple[dict, LexemeTest]]  # a match of the group starts on a word passing one
    matcher: object  # spacy.matcher.Matcher
    singles: int = 0  # the most tokens a match takes outside its unbounded ("+", "*") specs
    shortest: float = INF  # the fewest tokens a match of the group takes: a shorter window holds none
    repeats: dict[str, LexemeTest] = field(default_factory=dict)  # one passes on each token those
    # take (keyed by what the spec asks of the word: groups asking the same share running counts)
    unbounded: bool = False  # an unbounded spec takes any word: a match can reach the Doc's end
    # each token of a match passes one of these (None: some spec takes any word), so a window
    # also ends before the first token passing none
    members: dict[str, LexemeTest] | None = field(default_factory=dict)

    def repeated(self, lex: Lexeme) -> bool:
        return any(test(lex) for test in self.repeats.values())

    def member(self, lex: Lexeme) -> bool:
        return any(test(lex) for test in self.members.values())  # type: ignore[union-attr]

    @property
    def repeat_key(self) -> str:
        return json.dumps(sorted(self.repeats))

    @property
    def member_key(self) -> str:
        return json.dumps(sorted(self.members or ()))

    def reach(self, start: int, outside: list[int] | None, length: int) -> int:
        """Where a window from `start` ends: a match takes at most `singles` tokens failing every
        test in `repeats` (`outside` counts those, as a running total); the others are repeats."""
        if self.unbounded:
            return length
        if outside is None:
            return min(length, start + self.singles)
        return bisect.bisect_right(outside, outside[start] + self.singles) - 1


class _StartIndex:
    """Which groups can start on a word, tested once per word of the vocabulary: the start specs
    that allow a list of words are looked up by the word, only the others (REGEX, LIKE_NUM ...)
    are tried on each word, once per distinct spec."""

    def __init__(self, groups: list[_Group]) -> None:
        self.listed: dict[tuple[str, str], list[tuple[int, LexemeTest]]] = {}
        self.tried: dict[str, tuple[LexemeTest, list[int]]] = {}
        for g, group in enumerate(groups):
            for key, (spec, test) in group.starts.items():
                words = indexed_words(spec)
                if words is None:
                    self.tried.setdefault(key, (test, []))[1].append(g)
                    continue
                read, allowed = words
                for word in allowed:
                    self.listed.setdefault((read, word), []).append((g, test))

    def groups_starting(self, lex: Lexeme) -> tuple[int, ...]:
        found: set[int] = set()
        for read, word in (("orth_", lex.orth_), ("lower_", lex.lower_)):
            found.update(g for g, test in self.listed.get((read, word), ()) if test(lex))
        for test, groups in self.tried.values():
            if test(lex):
                found.update(groups)
        return tuple(sorted(found))


class _OneToken:
    """One-token patterns of value tests only ({"LOWER": "ai", "TAG": {"IN": ["VBP", "VBZ"]}}),
    each filed under one of its (attribute, value) pairs (the first listed of TAG, LOWER, ORTH,
    DEP, POS: a tag or a word is rarer than a dependency); a token is tried only on the patterns
    filed under its own values, and matches one when every other test holds too."""

    ORDER = ("TAG", "LOWER", "ORTH", "DEP", "POS")

    CACHED = 200_000  # token readings whose matches are remembered (then forgotten, all at once)

    def __init__(self) -> None:
        self.filed: dict[tuple[str, str], list[tuple[int, list[tuple[str, frozenset]]]]] = {}
        self.flagged: list[tuple[int, list[tuple[str, frozenset]]]] = []  # patterns asking a flag only
        self._keys_of: dict[tuple[int, ...], list[int]] = {}  # a token's attribute ids -> the keys it matches

    @staticmethod
    def tests(pattern: list[dict]) -> list[tuple[str, frozenset]] | None:
        """[(ATTR, allowed values)] of a pattern it can look up, or None."""
        if len(pattern) != 1 or not isinstance(pattern[0], dict) or not pattern[0]:
            return None
        tests = []
        for key, value in pattern[0].items():
            name = key.upper()
            name = "ORTH" if name == "TEXT" else name
            if name in _FLAG_READS and isinstance(value, bool):
                tests.append((name, frozenset([value])))
            elif name in _ARRAY_READS and isinstance(value, str):
                tests.append((name, frozenset([value])))
            elif name in _ARRAY_READS and isinstance(value, dict) and list(value) == ["IN"] \
                    and isinstance(value["IN"], list) and all(isinstance(v, str) for v in value["IN"]):
                tests.append((name, frozenset(value["IN"])))
            else:
                return None
        return tests

    def add(self, key: int, tests: list[tuple[str, frozenset]]) -> None:
        filed = next((t for name in self.ORDER for t in tests if t[0] == name), None)
        if filed is None:
            self.flagged.append((key, tests))
        else:
            for value in filed[1]:
                self.filed.setdefault((filed[0], value), []).append((key, tests))
        self._keys_of.clear()  # readings matched before may match the new pattern

    def remove(self, key: int) -> None:
        self.filed = {k: kept for k, v in self.filed.items() if (kept := [e for e in v if e[0] != key])}
        self.flagged = [e for e in self.flagged if e[0] != key]
        self._keys_of.clear()

    def __bool__(self) -> bool:
        return bool(self.filed or self.flagged)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        from spacy.attrs import IDS

        names = [*_ARRAY_READS, *_FLAG_READS]
        rows = doc.to_array([IDS[n] for n in names]).tolist() if len(doc) else []
        if len(self._keys_of) > self.CACHED:
            self._keys_of.clear()
        matches = []
        for i, row in enumerate(map(tuple, rows)):
            keys = self._keys_of.get(row)
            if keys is None:
                keys = self._keys_of[row] = self._matching(doc.vocab.strings, names, row)
            matches += [(key, i, i + 1) for key in keys]
        return matches

    def _matching(self, strings, names: list[str], row: tuple[int, ...]) -> list[int]:  # noqa: ANN001
        """The keys of the patterns a token with these attribute ids matches."""
        values = {name: bool(value) if name in _FLAG_READS else strings[value] for name, value in zip(names, row)}
        candidates = [e for name in self.ORDER for e in self.filed.get((name, values[name]), ())]
        return [key for key, tests in candidates + self.flagged
                if all(values[name] in allowed for name, allowed in tests)]


@dataclass
class GatedMatcher:
    """The part of spacy.matcher.Matcher the span ruler uses (add, remove, len, call on a Doc),
    running each group of patterns only in the windows where one can match."""

    vocab: Vocab
    validate: bool = False
    plain: object = None  # a plain Matcher of every pattern: the reference, and the annotation check
    _groups: dict[str, _Group] = field(default_factory=dict)
    _everywhere: object = None  # a plain Matcher: patterns with a first token no word test covers
    _keys: dict[int, list[object]] = field(default_factory=dict)  # key -> the matchers holding it
    _starts: dict[int, tuple[int, ...]] = field(default_factory=dict)  # word (orth) -> group indexes
    _index: _StartIndex | None = None  # built again when the groups change
    _repeated: dict[str, dict[int, bool]] = field(default_factory=dict)  # repeat key -> word -> repeat?
    _member: dict[str, dict[int, bool]] = field(default_factory=dict)  # member key -> word -> member?
    _one_token: _OneToken = field(default_factory=_OneToken)

    def __post_init__(self) -> None:
        self.plain = self._new_matcher(validate=self.validate)

    def _new_matcher(self, validate: bool = False):  # noqa: ANN202 - spacy.matcher.Matcher
        """A plain Matcher; only `plain` validates, as every pattern is added to it first."""
        from spacy.matcher import Matcher

        return Matcher(self.vocab, validate=validate)

    def add(self, key: str | int, patterns: list[list[dict]], *, on_match=None, greedy=None) -> None:  # noqa: ANN001
        """Add patterns under `key`, each to its group (see module docstring)."""
        self.plain.add(key, patterns, on_match=on_match, greedy=greedy)  # type: ignore[attr-defined]
        plain_only = on_match is None and greedy is None  # a callback or a greedy filter: the plain Matcher's way
        for pattern in patterns:
            tests = _OneToken.tests(pattern) if plain_only else None
            if tests is not None:
                self._one_token.add(self._key(key), tests)
                holder: object = self._one_token
            else:
                matcher = self._matcher_for(pattern) if plain_only else None
                if matcher is None:
                    if self._everywhere is None:
                        self._everywhere = self._new_matcher()
                    matcher = self._everywhere
                matcher.add(key, [pattern], on_match=on_match, greedy=greedy)  # type: ignore[attr-defined]
                holder = matcher
            self._keys.setdefault(self._key(key), []).append(holder)
        self._starts.clear()  # the groups changed: every word is tested again
        self._index = None
        self._repeated.clear()
        self._member.clear()

    def _key(self, key: str | int) -> int:
        return self.vocab.strings.add(key) if isinstance(key, str) else key

    def _matcher_for(self, pattern: list[dict]):  # noqa: ANN202 - the group's Matcher, or None
        ranges = [repeat_range(spec) if isinstance(spec, dict) else None for spec in pattern]
        if None in ranges:
            return None  # "!" (or no dict): run on every token, as the plain Matcher does
        first = starting_specs(pattern)
        starts = {_lexical_key(spec): (spec, lexeme_test(spec)) for spec in first}
        if any(test is None for _, test in starts.values()):
            return None  # some first token can be any word (it only asks a POS, a LEMMA ...)
        # patterns with a spec that takes any word get windows of their own: those cannot end
        # at the first word no spec takes
        any_word = any(lexeme_test(spec) is None for spec in pattern)
        key = json.dumps([sorted(starts), any_word])
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = _Group(starts, self._new_matcher())  # type: ignore[arg-type]
        for spec in pattern:
            test = lexeme_test(spec)
            if test is None:
                group.members = None
            elif group.members is not None:
                group.members[_lexical_key(spec)] = test
        for spec, (_, most) in zip(pattern, ranges):
            if most == INF:
                repeat = lexeme_test(spec)
                group.unbounded |= repeat is None
                if repeat is not None:
                    group.repeats[_lexical_key(spec)] = repeat
        group.singles = max(group.singles, int(sum(most for _, most in ranges if most != INF)))
        group.shortest = min(group.shortest, max(1, sum(least for least, _ in ranges)))  # a match holds a token
        return group.matcher

    def remove(self, key: str | int) -> None:
        """Remove every pattern under `key` (ValueError when there is none, as Matcher.remove)."""
        self.plain.remove(key)  # type: ignore[attr-defined]
        for matcher in {id(m): m for m in self._keys.pop(self._key(key))}.values():
            matcher.remove(self._key(key))  # type: ignore[attr-defined]
        self._groups = {k: g for k, g in self._groups.items() if len(g.matcher)}  # type: ignore[arg-type]
        if self._everywhere is not None and not len(self._everywhere):  # type: ignore[arg-type]
            self._everywhere = None
        self._starts.clear()
        self._index = None
        self._repeated.clear()
        self._member.clear()

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: str | int) -> bool:
        return self._key(key) in self._keys

    def get(self, key: str | int, default=None):  # noqa: ANN001, ANN201 - as Matcher.get
        """(on_match, patterns) added under `key`, as the plain Matcher keeps them."""
        return self.plain.get(key, default)  # type: ignore[attr-defined]

    def __call__(self, doc: Doc, *, allow_missing: bool = False,
                 as_spans: bool = False) -> list[tuple[int, int, int]]:
        """(key, start, end) of every match in the Doc, as the plain Matcher finds them (order aside).
        Like the Matcher, an error when the Doc lacks an annotation a pattern reads, unless
        `allow_missing`; `as_spans` is the Matcher's, not supported."""
        from spacy.attrs import ORTH

        if as_spans:
            raise NotImplementedError("GatedMatcher gives (key, start, end) tuples")
        self.plain(doc[0:0], allow_missing=allow_missing)  # the Matcher's check that the Doc has what it reads
        matches: list[tuple[int, int, int]] = self._one_token(doc) if self._one_token else []
        if self._everywhere is not None:
            matches += self._everywhere(doc, allow_missing=True)
        groups = list(self._groups.values())
        if self._index is None:
            self._index = _StartIndex(groups)
        words = doc.to_array(ORTH).tolist()
        starts_at: dict[int, list[int]] = {}
        for i, orth in enumerate(words):
            found = self._starts.get(orth)
            if found is None:
                found = self._starts[orth] = self._index.groups_starting(Word(self.vocab[orth]))
            for g in found:
                starts_at.setdefault(g, []).append(i)
        outside_by_test: dict[str, list[int]] = {}
        for g, starts in starts_at.items():
            group = groups[g]
            outside = None
            if group.repeats and not group.unbounded:
                outside = outside_by_test.get(group.repeat_key)
                if outside is None:
                    outside = outside_by_test[group.repeat_key] = self._outside(group, words)
            members = None if group.members is None else self._member.setdefault(group.member_key, {})
            begin = end = -1
            for start in starts:
                if start >= end:  # a new window; the one before, if any, is run first
                    if end - begin >= group.shortest:
                        matches += _shifted(group.matcher, doc, begin, end)
                    begin = start
                reach = group.reach(start, outside, len(words))
                if members is not None:
                    reach = self._members_end(group, members, words, start, reach)
                end = max(end, reach)
            if end - begin >= group.shortest:
                matches += _shifted(group.matcher, doc, begin, end)
        return list(dict.fromkeys(matches))  # once each, as the Matcher: two patterns of a key may find one span

    def _members_end(self, group: _Group, members: dict[int, bool], words: list[int], start: int, end: int) -> int:
        """The first token in words[start:end] that no spec of the group takes, or `end`."""
        for i in range(start, end):
            member = members.get(words[i])
            if member is None:
                member = members[words[i]] = group.member(Word(self.vocab[words[i]]))
            if not member:
                return i
        return end

    def _outside(self, group: _Group, words: list[int]) -> list[int]:
        """Running count of the tokens failing the group's repeat test: outside[i] for words[:i]."""
        cache = self._repeated.setdefault(group.repeat_key, {})
        outside, total = [0], 0
        for orth in words:
            repeats = cache.get(orth)
            if repeats is None:
                repeats = cache[orth] = group.repeated(Word(self.vocab[orth]))
            total += not repeats
            outside.append(total)
        return outside


def _shifted(matcher, doc: Doc, begin: int, end: int) -> list[tuple[int, int, int]]:  # noqa: ANN001
    """The matcher's matches in doc[begin:end], at the Doc's offsets."""
    return [(key, begin + s, begin + e) for key, s, e in matcher(doc[begin:end], allow_missing=True)]
