"""The spaCy pipeline: loaded once per process, with claimkit's SpanRuler added.

`get_nlp(model)` is the only place spaCy is loaded. Rule patterns live in
`extract/patterns/<kind>.jsonl`; matches land in `doc.spans["claimkit"]`, so
the model's own `doc.ents` stay untouched.

`chunks(text)` cuts a document into `Piece`s: what spaCy is given, which is the
text with odd spacing, dashes, soft hyphens and character references evened out
so that one phrase reads the same however it was typed, plus a map back to the
document's own offsets.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import gc
import html
import json
import re
import sys
import warnings
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Callable, Iterator

from claimkit.errors import InputError, PatternError
from claimkit.extract.gated_matcher import GatedMatcher

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

SPANS_KEY = "claimkit"
CHUNK_CHARS = 100_000  # well under spaCy's max_length; long texts are cut at paragraph breaks
# spaCy strips affixes one character at a time, copying the rest: a run of 8,000 "?" takes
# 8 s, 100,000 would take 20 minutes. Runs longer than LONG_RUN are tokenized in RUN_PIECE pieces.
LONG_RUN = 1000
RUN_PIECE = 250
_BREAK = re.compile(r"\n\s*\n|\n")
# "$400 million-$500 million": spaCy keeps "million-$500" as one token, so the range is read as "$400".
# Split a dash after a scale word before a figure, and the currency sign after it, as spaCy does for
# "$400 million - $500 million".
# "It raised $1.25M.": spaCy splits a full stop after a lower-case letter or a digit only, and
# "1.25M." is no figure; split it after a figure with a capital scale letter too.
# "It paid $84m. The deal ...": spaCy keeps "m." whole (a special case for a lower-case initial),
# so the sentence runs on into the next; a figure's "m" is millions or metres, never an initial.
# spaCy splits "Wed" and "wed" as an apostrophe-less "we'd"; in copy "Wed" is the weekday ("Wed 5/11")
# and "wed" the verb ("will wed in June") far more often than a "we'd" that lost its apostrophe
_DROPPED_SPECIAL_CASES = ("m.", "Wed", "wed")
_SCALE_STOP = r"(?<=[0-9][KMB])\.$"
# "wanted 10,000៛.": a sign of no script spaCy splits a full stop from (riel, yen and yuan glyphs
# written after the figure) keeps it, and the sentence runs on
_SIGN_STOP = r"(?<=[0-9][\u17db\u5143\u5186])\.$"
# "£118million", "a 3billion-dollar plan": a scale word glued to its figure is split off as spaCy
# splits "bn" ("£118bn" reads already); the patterns then see "118 million".
_GLUED_SCALE = r"(?<=[0-9])(?:[Mm]illion|[Bb]illion|[Tt]rillion)$"
# "Rs 62,000/-", "Rs. 12,400/=": South Asian and East African copy closes a sum with "/-" or "/="
# (no paise, no cents); split off, the figure reads
_NO_PAISE = r"(?<=[0-9])/[-=]$"
_SCALE_WORDS = ("million", "billion", "trillion", "thousand")  # "$10bn-$12bn" is read whole already
# Broadcast copy spells decimals out with hyphens ("14-point-28 trillion won"); spaCy keeps
# "point-57" whole, so split the hyphen before the digits as it does before a word ("point-three").
# "~$45", "~3kg": the sign of "about" glued to a figure or a currency sign is a word of its own
_APPROX_SIGN = r"^~(?=[0-9$€£¥₹])"
_POINT_INFIX = r"(?<=[Pp]oint)-(?=[0-9])"
_RANGE_INFIX = "|".join([
    "(?:" + "|".join(f"(?<={w})" for w in _SCALE_WORDS) + r")[-\u2013\u2014](?=[$€£¥₹]?[0-9])",
    "(?:" + "|".join(f"(?<={w}[-\u2013\u2014])" for w in _SCALE_WORDS) + r")[$€£¥₹](?=[0-9])",
    r"(?<=[0-9][½¼¾])[-\u2013\u2014](?=[0-9])",  # "2½–3 hours": a range from a figure with a fraction sign
])


@functools.cache
def get_nlp(model: str) -> Language:
    """The named spaCy pipeline plus claimkit's span ruler (cached per model name)."""
    # The model is a few hundred thousand objects that live as long as the process. While they
    # are made, the collector would walk them again and again for the few cycles the load leaves
    # (10-20 objects): 0.05-0.07 s of a cold `check`, so it is off until they are frozen below.
    # (By threshold: srsly turns the collector back on after each weight file it reads.)
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        nlp = _load(model)
        # Frozen, every full collection after this leaves them alone (it walked them again: 7 %
        # of extraction time), and forked workers do not copy the pages those walks touch.
        gc.freeze()
    finally:
        gc.set_threshold(*thresholds)
    return nlp


def _load(model: str) -> Language:
    spacy = import_spacy()
    from spacy.util import registry

    # The tokenizer is built once, from the pipeline's saved one with claimkit's affixes added
    # (`_load_tokenizer`): spaCy would build a default tokenizer, then load the saved one, and
    # claimkit changed it again, each time compiling its expressions and checking its 1,347
    # special cases against them (0.15-0.2 s of a cold `check`).
    registry.tokenizers.register(_SAVED_TOKENIZER, func=_saved_tokenizer)
    try:
        nlp = spacy.load(model, exclude=disabled_components(model),
                         config={"nlp": {"tokenizer": {"@tokenizers": _SAVED_TOKENIZER}}})
    except OSError as exc:
        raise InputError(f"spaCy model {model!r} is not installed (set --model or CLAIMKIT_MODEL)") from exc
    nlp.tokenizer = BoundedTokenizer(_load_tokenizer(nlp))
    multiply_with_numpy(nlp)
    _gate_attribute_ruler(nlp)
    if "parser" in nlp.pipe_names:
        from spacy.language import Language

        if not Language.has_factory(_BREAKS):
            Language.component(_BREAKS, func=_no_bare_breaks)
        nlp.add_pipe(_BREAKS, before="parser")
    _TOKENIZERS[id(nlp.vocab)] = (nlp.vocab, nlp.tokenizer)
    _index_by_set(nlp)
    ruler = nlp.add_pipe(
        "span_ruler", name="claimkit_ruler", last=True,
        config={"spans_key": SPANS_KEY, "validate": True, "overwrite": False},
    )
    # the same matches as spaCy's Matcher, looked for only where a pattern can start
    ruler.matcher = GatedMatcher(nlp.vocab, validate=True)  # type: ignore[attr-defined]
    ruler.add_patterns(list(load_patterns()))  # type: ignore[attr-defined]
    return nlp


_BREAKS = "claimkit_sentence_breaks"


def _no_bare_breaks(doc: Doc) -> Doc:
    """No sentence starts where nothing ends one: the parser may cut a sentence before a sum in a
    sign written as a word after a name ("fined PT Garuda Lestari Tbk | Rp 3.1 trillion"), and
    the figure loses its verb, its subject and its measure. Run before the parser, which keeps
    the starts it is given: a token right after a word or a number starts none; one after a mark
    (the punctuation that ends a sentence, a quote, a bracket, a dash, an emoji) or a line break may
    (the parser decides); one after a blank line does."""
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START]).astype("int64")  # 1 a start, -1 none, 0 left to the parser
    text = [(t.text, t.whitespace_) for t in doc]  # read once: a token's properties cost a call each
    for i in range(1, len(text)):
        word = text[i][0]
        if starts[i] or word.isspace():
            continue
        before, gap = text[i - 1]
        if gap.count("\n") > 1 or before.isspace() and before.count("\n") > 1:
            starts[i] = 1  # a blank line ends a paragraph, and any sentence in it
        elif before[-1:].isalnum() and "\n" not in gap:
            starts[i] = -1  # after a word or a number ("Tbk | Rp"), not a mark or a symbol ("⏰")
    doc.from_array([SENT_START], starts.view("uint64"))  # set in one call
    return doc


def _gate_attribute_ruler(nlp: Language) -> None:
    """The attribute ruler's patterns (the tag map, lemma and POS exceptions: 179 in
    en_core_web_sm, nearly all of one token) matched by a GatedMatcher, which looks one-token
    patterns up by their values: the same matches, a tenth of the pipeline's time less."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    gated = GatedMatcher(nlp.vocab, validate=ruler.validate)  # type: ignore[attr-defined]
    for n, entry in enumerate(ruler.patterns):  # type: ignore[attr-defined]
        gated.add(str(n), entry["patterns"])  # the ruler's keys: the rule's ordinal as a string
    ruler.matcher = gated  # type: ignore[attr-defined]


def multiply_with_numpy(nlp: Language) -> None:
    """Every model of the pipeline multiplies its matrices with numpy's BLAS (OpenBLAS, which
    picks kernels for the CPU it runs on) instead of thinc's bundled BLIS: the same weights and
    the same products up to float rounding (no tag, arc, lemma or entity of the dev set and the
    benchmark texts changed), in a quarter of the time here, and the matrix products were a third
    of the model's (`benchmarks/bench_blas.py`). thinc's own switch (`NumpyOps(use_blis=False)`);
    models keep the ops they were built with, so each is given it. The parser's transition steps
    still call BLIS on their small matrices (thinc's CBlas table)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def one_blas_thread():  # noqa: ANN201 - a context manager
    """While a pipeline runs: OpenBLAS on one thread. Its threads would take the other core from
    the second worker of `--jobs 0` (or from the machine, for `--jobs 1`), for little: the model's
    products are many and small."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


_SAVED_TOKENIZER = "claimkit.saved_tokenizer.v1"
_TOKENIZERS: dict[int, tuple[Vocab, BoundedTokenizer]] = {}  # id(vocab) -> (vocab, tokenizer): get_nlp's


def tokenizer_for(vocab: Vocab) -> Callable[[str], Doc] | None:
    """The tokenizer of the pipeline get_nlp loaded with `vocab` (None for another vocab): what
    phrases to match are cut with, so that they are cut as the texts they are looked for in."""
    entry = _TOKENIZERS.get(id(vocab))
    return entry[1] if entry is not None and entry[0] is vocab else None


def disabled_components(model: str) -> list[str]:
    """The components a pipeline ships disabled, from its meta.json (en_core_web_sm: ["senter"]).
    claimkit never enables one, so they are not loaded at all (the senter's weights: 0.03 s)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(model) if model.isidentifier() else None
    except (ImportError, ValueError):
        spec = None
    folder = Path(spec.origin).parent if spec is not None and spec.origin else Path(model)
    try:
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
    except (OSError, ValueError):
        return []  # spacy.load says what is wrong with the pipeline
    disabled = meta.get("disabled") if isinstance(meta, dict) else None
    return [name for name in disabled or () if isinstance(name, str)]


class _SavedTokenizer:
    """Stands in for the tokenizer while spaCy loads a pipeline: it keeps where the saved
    tokenizer is, and `_load_tokenizer` builds the real one from there."""

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self.path = None

    def from_disk(self, path, *, exclude=()):  # noqa: ANN001, ANN202 - called by Language.from_disk
        self.path = path
        return self

    def __call__(self, text: str) -> Doc:
        raise RuntimeError("the pipeline's tokenizer is not loaded yet (claimkit.extract.nlp.get_nlp)")


def _saved_tokenizer():  # noqa: ANN202 - a spaCy tokenizer factory: nlp -> tokenizer
    return _SavedTokenizer


def _load_tokenizer(nlp: Language):  # noqa: ANN202 - spacy.tokenizer.Tokenizer
    """spaCy's rule-based tokenizer as the pipeline saved it, with claimkit's infixes and suffixes
    added to its own (see _RANGE_INFIX ...): its expressions compiled and special cases checked once."""
    import srsly
    from spacy.tokenizer import Tokenizer

    if nlp.tokenizer.path is None:  # not loaded from disk: the language's default tokenizer
        from spacy.util import registry

        saved = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp).to_bytes(exclude=["vocab"])
    else:
        saved = Path(nlp.tokenizer.path).read_bytes()
    data = srsly.msgpack_loads(saved)
    data["infix_finditer"] = f"{data['infix_finditer']}|{_RANGE_INFIX}|{_POINT_INFIX}"
    data["suffix_search"] = f"{data['suffix_search']}|{_SCALE_STOP}|{_SIGN_STOP}|{_GLUED_SCALE}|{_NO_PAISE}"
    data["prefix_search"] = f"{data['prefix_search']}|{_APPROX_SIGN}"
    for special in _DROPPED_SPECIAL_CASES:
        (data.get("exceptions") or {}).pop(special, None)
    return Tokenizer(nlp.vocab).from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])


class _WordIndex(list):
    """A lemmatizer's word list that answers `in` from a set: the same answers, without reading
    the list through."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._words = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._words


def _index_by_set(nlp: Language) -> None:
    """spaCy's rule lemmatizer asks `form in index[pos]` of each form its rules make of a word,
    and the index is a list (57,528 nouns in en_core_web_sm): a scan for every form not in it,
    about 40 µs a word, 0.05-0.1 s of a cold `check` whose 1,000 words are all new to it. The
    lists are kept (they are still lists, saved as before) and answer `in` from a set."""
    for _, pipe in nlp.pipeline:
        lookups = getattr(pipe, "lookups", None)
        if getattr(pipe, "mode", None) != "rule" or lookups is None or not lookups.has_table("lemma_index"):
            continue
        table = lookups.get_table("lemma_index")
        for pos, words in list(table.items()):
            if type(words) is list:
                table[pos] = _WordIndex(words)


def import_spacy() -> ModuleType:
    """spaCy, imported without what a cold start never uses. `spacy/__init__` imports `spacy.cli`
    for `spacy.info`, and with it every training command, weasel, requests and httpx: 0.2-0.5 s
    of `claimkit check`. A stand-in takes its place during the import and is dropped after, so
    a later `import spacy.cli` gets the real one. And srsly looks up its msgpack decoders each
    time it reads a model's weights, which on Python 3.11 walks every installed entry point
    (0.1-0.2 s per load); the same entry points grouped once in a plain dict are read directly."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_in = {name: ModuleType(name) for name in ("spacy.cli", "spacy.cli.info")}
    stand_in["spacy.cli"].__path__ = []  # a package, so "spacy.cli.info" resolves to the stand-in
    stand_in["spacy.cli.info"].info = _spacy_info  # type: ignore[attr-defined]
    missing = [name for name in stand_in if name not in sys.modules]
    sys.modules.update({name: stand_in[name] for name in missing})
    try:
        import spacy
    finally:
        for name in missing:
            if sys.modules.get(name) is stand_in[name]:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is stand_in["spacy.cli"]:
        del spacy.cli  # type: ignore[attr-defined]
    import catalogue

    if isinstance(catalogue.AVAILABLE_ENTRY_POINTS, dict):  # SelectableGroups: group -> entry points
        with warnings.catch_warnings():  # its dict interface is deprecated, and what catalogue reads
            warnings.simplefilter("ignore", DeprecationWarning)
            catalogue.AVAILABLE_ENTRY_POINTS = dict(catalogue.AVAILABLE_ENTRY_POINTS)
    return spacy


def _spacy_info(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - spacy.info, imported when called
    from spacy.cli.info import info

    return info(*args, **kwargs)


class BoundedTokenizer:
    """spaCy's tokenizer, except that whitespace-free runs over LONG_RUN characters are cut
    into RUN_PIECE pieces first (linear time on "????..." instead of quadratic); text kept exactly."""

    def __init__(self, inner) -> None:  # noqa: ANN001 - spacy.tokenizer.Tokenizer
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        cuts = long_run_cuts(text)
        if not cuts:
            return self.inner(text)
        from spacy.tokens import Doc

        bounds = [0, *cuts, len(text)]
        docs = [self.inner(text[a:b]) for a, b in zip(bounds, bounds[1:]) if b > a]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts, batch_size: int = 1000):  # noqa: ANN001, ANN201
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):  # noqa: ANN204 - vocab, rules, to_bytes ... of the real tokenizer
        return getattr(self.inner, name)


def long_run_cuts(text: str) -> list[int]:
    """Offsets cutting every whitespace-free run longer than LONG_RUN into RUN_PIECE pieces ("" -> [])."""
    if len(text) <= LONG_RUN or max(map(len, text.split()), default=0) <= LONG_RUN:
        return []
    cuts, pos = [], 0
    for word in text.split():
        start = text.index(word, pos)
        pos = start + len(word)
        if len(word) > LONG_RUN:
            cuts.extend(range(start + RUN_PIECE, pos, RUN_PIECE))
    return cuts


@functools.cache
def load_patterns() -> tuple[dict, ...]:
    """Every pattern in extract/patterns/*.jsonl, each checked for label and id; read once
    (the ruler and the law extractor's title cues both use them)."""
    patterns: list[dict] = []
    folder = resources.files("claimkit.extract") / "patterns"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".jsonl"):
            continue
        for n, line in enumerate(entry.read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                pattern = json.loads(line)
            except ValueError as exc:
                raise PatternError(f"{entry.name}:{n}: not JSON: {exc}") from exc
            if not {"label", "pattern", "id"} <= pattern.keys():
                raise PatternError(f"{entry.name}:{n}: needs label, id and pattern")
            patterns.append(pattern)
    return tuple(patterns)


# What spaCy is given instead of what was printed, so that one phrase reads the same however it
# was typed. Character for character: odd spaces (no-break, thin, tab) become plain ones, since
# spaCy makes a token of each and patterns never skip one; Unicode line separators become line
# breaks (spaCy glues "2025\x85" into one token); a non-breaking hyphen becomes a hyphen.
_PLAIN = str.maketrans({
    **dict.fromkeys("\t\x0b\x0c\x1c\x1d\x1e\x1f\u00a0\u1680\u202f\u205f\u3000", " "),
    **dict.fromkeys(map(chr, range(0x2000, 0x200B)), " "),  # en quad ... hair space
    **dict.fromkeys("\x85\u2028\u2029", "\n"),  # next line, line and paragraph separators
    "\u2010": "-", "\u2011": "-",
})
# A dash between two figures is a range: "10–12 years", "$5–10 million", "2019—2020" read as
# "10-12", which spaCy splits into three tokens as it does a hyphen (it keeps "10–12" whole).
_FIGURE_DASH = re.compile(r"(?<=\d)( ?)[\u2012\u2013\u2014\u2015\u2212]( ?)(?=\d)")
# Shorter: a run of spaces, and a hard line wrap inside a sentence ("a fine of\n500,000 euros",
# "12.5\npercent": a line break (LF, CRLF or CR) after a letter, digit or comma and before a
# lower-case letter, digit or currency sign, with any spaces around it), read as one space; a soft
# hyphen ("mil\u00adlion") dropped; an HTML character reference left in scraped copy ("&euro;500",
# "500&nbsp;000", "&#8364;") read as its character. Headlines and paragraphs keep their breaks.
_SHORTER = re.compile(
    r"(?P<space>(?<=[\w,]) *(?:\r\n|\r|\n) *(?=[a-z0-9$€£¥₹%])| {2,})"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|\u00ad+"
)


@dataclasses.dataclass(frozen=True)
class Piece:
    """A stretch `[start, end)` of a document as spaCy reads it (see _PLAIN, _FIGURE_DASH, _SHORTER);
    `source_index` maps an index into `text` back to the document."""

    start: int
    end: int
    text: str
    # Where `text` runs behind the document: from text index _at[k] on, by _behind[k] characters.
    _at: tuple[int, ...] = ()
    _behind: tuple[int, ...] = ()
    # text index of a character read for a reference ("€" for "&euro;") -> where the reference ends
    _ends: dict[int, int] = dataclasses.field(default_factory=dict)

    def source_index(self, i: int) -> int:
        """Where the character at text[i] is in the document (for a space read for a run: its first)."""
        k = bisect.bisect_right(self._at, i)
        return self.start + i + (self._behind[k - 1] if k else 0)

    def source_end(self, i: int) -> int:
        """Where a span of text ending at i ends in the document: after its last character, so no
        dropped or collapsed character that follows it is taken in."""
        if i <= 0:
            return self.start
        return self._ends.get(i - 1) or self.source_index(i - 1) + 1


def chunks(text: str, start: int = 0, size: int = CHUNK_CHARS) -> Iterator[Piece]:
    """Pieces covering text[start:], cut at line breaks near `size` characters. Blank lines before
    the first word are left out: the model parses a lead that opens on a line break otherwise than
    the same lead without it (a dateline's agency taken for the subject of the lead's verb)."""
    pos = start
    while pos < len(text) and text[pos].isspace():
        pos += 1
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            window = text[pos + size // 2:end]
            breaks = [m.end() for m in _BREAK.finditer(window)]
            if breaks:
                end = pos + size // 2 + breaks[-1]
        yield _piece(text, pos, end)
        pos = end


def _piece(text: str, start: int, end: int) -> Piece:
    raw = text[start:end].translate(_PLAIN)
    at: list[int] = []
    behind: list[int] = []
    ends: dict[int, int] = {}
    parts: list[str] = []
    done = 0  # raw characters copied or replaced so far
    for m in _SHORTER.finditer(raw):
        put = " " if m["space"] else html.unescape(m[0]).translate(_PLAIN) if m["entity"] else ""
        parts += (raw[done:m.start()], put)
        done = m.end()
        before = behind[-1] if behind else 0
        dropped = before + len(m[0]) - len(put)
        if dropped != before:
            at.append(m.end() - dropped)  # the text index of the character after the match
            behind.append(dropped)
            if m["entity"]:
                ends[m.end() - dropped - 1] = start + m.end()
    parts.append(raw[done:])
    # one character for one, so after the map is made: it also sees a dash that was "&ndash;"
    parsed = _FIGURE_DASH.sub(r"\1-\2", "".join(parts))
    return Piece(start, end, parsed, tuple(at), tuple(behind), ends)
