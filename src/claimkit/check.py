"""The pre-publication check: a reconciled Report with a draft in it -> Findings, one per draft figure.

A draft claim is a conflict (its value disagrees with every source on the
other side), unsupported (no source claim in its fact), contested (its sources
disagree among themselves) or converted (it agrees only after currency/unit
conversion or rounding). Codes come from `claimkit.codes`.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from claimkit.codes import code_for
from claimkit.errors import InputError
from claimkit.ingest import Loaded, Source, load, read_named
from claimkit.models import Finding, Report, SpanValue
from claimkit.render.wording import SEVERITY_RANK, counts_toward, fact_words, named_subject, outlet_labels, value_text

if TYPE_CHECKING:
    from claimkit.models import Claim, Conflict, ExtractResult, Fact
    from claimkit.settings import Settings

# The body of one HTML comment: "claimkit: ignore CK101, CK130" (no codes: every code).
_IGNORE = re.compile(r"""
    ^\s*claimkit\s*:\s*ignore\b
    (?P<codes>(?:[\s,]+CK\d{3})*)
    \s*$
""", re.VERBOSE | re.IGNORECASE)
_CODE = re.compile(r"CK\d{3}", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # as Source.position counts lines

STDIN, STDIN_ID = "-", "stdin.md"  # a draft piped in: its findings name it stdin.md
FIXED_SEVERITY = {"unsupported": "low", "contested": "low", "converted": "info"}


# --------------------------------------------------------------------------- inputs


def load_sources(against: list[str], drafts: list[str] | tuple[str, ...] = ()) -> Loaded:
    """The documents under `against`, leaving out the drafts' own files ("check sources/a.md --against sources/")."""
    if not against:
        raise InputError("no sources to check against: give --against PATH or [check] against in claimkit.toml")
    for draft in drafts:
        if draft == STDIN:
            continue
        draft_path = Path(draft)
        if not draft_path.exists():
            raise InputError(f"{draft}: no such file or directory")
        if draft_path.is_dir():
            raise InputError(f"{draft}: a directory is not a draft (more sources go after --against, one per flag)")
    loaded = load(against)
    own = {Path(d).resolve() for d in drafts}
    kept = [s for s in loaded.sources if Path(s.doc.path).resolve() not in own]
    if not kept:
        raise InputError(f"{' '.join(against)}: no source documents found (.txt .md .html .json .jsonl)")
    return Loaded(kept, loaded.skipped)


def draft_sources(draft: str) -> list[str] | None:
    """The sources a Markdown draft's front matter names (`sources: [../sources/story-a/]`),
    relative to the draft's folder; None when it names none (one repo, a sources folder per story)."""
    from claimkit.ingest.sources import front_matter

    path = Path(draft)
    if draft == STDIN or path.suffix.lower() not in (".md", ".markdown") or not path.is_file():
        return None
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            head = fh.read(64 * 1024)  # front matter sits at the top
    except OSError:
        return None
    named = front_matter(head).get("sources")
    if named is None:
        return None
    items = [named] if isinstance(named, str) else named
    if not isinstance(items, list) or not items or not all(isinstance(p, str) and p for p in items):
        raise InputError(f"{draft}: front matter sources must be a path or a list of paths, not {named!r}")
    return [str(path.parent / p) if not Path(p).is_absolute() else p for p in items]


def load_draft(draft: str | Source, taken: set[str], published: dt.date | None = None,
               today: dt.date | None = None) -> Loaded:
    """The draft as documents of role 'draft', renamed 'draft:ID' where a source has its id. A draft
    without a publication date is anchored on `published` (--published), else on `today`, and says
    so: an unpublished draft's "on Tuesday" and "last year" mean this week and last year."""
    if isinstance(draft, Source):  # a text handed over by the Python API
        drafted = Loaded([Source(draft.doc.model_copy(update={"role": "draft"}), draft.text, draft.body_start,
                                  draft.language_given)], [])
    elif draft == STDIN:  # "claimkit check - --against sources/ < draft.md"
        drafted = Loaded([read_named(STDIN_ID, sys.stdin.read(), role="draft")], [])
    else:
        drafted = load([draft], role="draft")
    if not drafted.sources:
        reason = drafted.skipped[0].reason if drafted.skipped else "not a readable document"
        raise InputError(f"{draft}: {reason}")
    out = []
    for s in drafted.sources:
        update: dict = {"id": s.doc.id if s.doc.id not in taken else f"draft:{s.doc.id}"}  # claim ids unique
        if s.doc.published is None:
            anchor = published or today or dt.date.today()
            how = "given by --published" if published else "today"
            update |= {"published": anchor,
                       "notes": [*s.doc.notes, f"no publication date: dates read as of {anchor.isoformat()} ({how})"]}
        out.append(Source(s.doc.model_copy(update=update), s.text, s.body_start, s.language_given))
    return Loaded(out, drafted.skipped)


def check_paths(draft: str | Source, against: list[str], settings: Settings,
                published: dt.date | None = None) -> Report:
    """The Python API of `claimkit check`: the report with its findings (a Source: a draft held in memory)."""
    reports, _ = check_drafts([draft], against, settings, published=published)
    return reports[0]


def check_drafts(drafts: list[str | Source], against: list[str], settings: Settings,
                 on_document: Callable[[int, int], None] | None = None,
                 published: dt.date | None = None) -> tuple[list[Report], list[Source]]:
    """One report with findings per draft, the sources parsed once; and every source and draft
    (for the pages that show their text). `on_document` is called as each source is parsed."""
    from claimkit import api

    sources = load_sources(against, [d for d in drafts if isinstance(d, str)])
    parsed = api.extract_loaded(sources, settings, on_document)
    reports, texts = [], list(sources.sources)
    for draft in drafts:
        drafted = load_draft(draft, {s.doc.id for s in sources.sources}, published, _today(settings))
        mine = api.extract_loaded(Loaded([as_read(s) for s in drafted.sources], drafted.skipped), settings)
        reports.append(draft_report(parsed.model_copy(update={"skipped": parsed.skipped + drafted.skipped}),
                                    sources.sources, drafted.sources, mine, settings))
        texts += drafted.sources
    return reports, texts


def as_read(draft: Source) -> Source:
    """The draft as the extractors read it: its ignore comments are markup, blanked (offsets kept)."""
    return Source(draft.doc, without_comments(draft.text), draft.body_start, draft.language_given)


def draft_report(parsed: ExtractResult, sources: list[Source], drafts: list[Source], mine: ExtractResult,
                 settings: Settings) -> Report:
    """The report of sources and drafts with the drafts' findings: `parsed` holds the sources'
    claims, `mine` the drafts' (extracted from as_read(draft))."""
    from claimkit.reconcile import build_report

    result = parsed.model_copy(update={"documents": parsed.documents + mine.documents,
                                       "claims": parsed.claims + mine.claims})
    report = build_report(result, settings, [s.text for s in sources] + [as_read(d).text for d in drafts])
    return add_findings(report, sources + drafts)  # the ignore comments are read from the text as written


def _today(settings: Settings) -> dt.date:
    """The run's date: --now or SOURCE_DATE_EPOCH when pinned (reproducible), else today."""
    from claimkit.api import generated_at

    return dt.date.fromisoformat(generated_at(settings)[:10])


def add_findings(report: Report, sources: list[Source]) -> Report:
    """`report` with `findings` filled in for its draft documents."""
    texts = {s.doc.id: s.text for s in sources if s.doc.role == "draft"}
    return report.model_copy(update={"findings": find_findings(report, texts)})


# --------------------------------------------------------------------------- findings


def find_findings(report: Report, draft_texts: dict[str, str] | None = None) -> list[Finding]:
    """One finding per draft claim that is not plainly supported ("$5.5 million" vs sources' $550,000 -> CK101)."""
    by_id = {c.id: c for c in report.claims}
    drafts = {d.id for d in report.documents if d.role == "draft"}
    labels = outlet_labels(report.documents)
    fact_of: dict[str, Fact] = {cid: f for f in report.facts for cid in f.claims}
    conflicts_of: dict[str, list[Conflict]] = {}
    for x in report.conflicts:
        conflicts_of.setdefault(x.fact, []).append(x)
    ignores = {doc: parse_ignores(text) for doc, text in (draft_texts or {}).items()}
    findings: list[Finding] = []
    for claim in sorted((c for c in report.claims if c.doc in drafts and c.region is None),
                        key=lambda c: (c.doc, c.start, c.end)):
        ctx = _Ctx(claim, by_id, drafts, labels, fact_of.get(claim.id), conflicts_of)
        for finding in ctx.findings():
            findings.append(_silence(finding, claim, ignores.get(claim.doc, {})))
    return findings


class _Ctx:
    """What one draft claim's fact and conflicts say about it."""

    def __init__(self, claim: Claim, by_id: dict, drafts: set[str], labels: dict[str, str],
                 fact: Fact | None, conflicts_of: dict[str, list[Conflict]]) -> None:
        self.claim, self.by_id, self.drafts, self.labels = claim, by_id, drafts, labels
        self.fact = fact
        self.conflicts = conflicts_of.get(fact.id, []) if fact else []
        members = [by_id[cid] for cid in (fact.claims if fact else []) if cid in by_id]
        self.sources = [c for c in members if c.doc not in drafts]

    def findings(self) -> list[Finding]:
        claim = self.claim
        # Conflicts may be pairwise or grouped by side: a source is against the draft's figure when
        # some conflict puts them on different sides, and with it otherwise.
        opposed = [c for c in self.sources if self._apart(claim, c)]
        support = [c for c in self.sources if self._with(claim, c)]
        if opposed and not support:
            severity = max((self._severity(x) for x in self.conflicts if claim.id in x.claims
                            and any(c.id in x.claims for c in opposed)), key=SEVERITY_RANK.get, default="high")
            return [self._conflict(_unique(opposed), severity)]
        if not self.sources:
            drafted = [self.by_id[cid] for x in self.conflicts if claim.id in x.claims for cid in x.claims
                       if cid in self.by_id and cid != claim.id and self._apart(claim, self.by_id[cid])]
            if drafted:
                severity = max((self._severity(x) for x in self.conflicts if claim.id in x.claims),
                               key=SEVERITY_RANK.get, default="high")
                drafted = _unique(drafted)
                return [self._finding("internal", "conflict", "", severity, [c.id for c in drafted],
                                      f"the draft also says {self._refs(drafted, lines_only=True)}")]
            subject = named_subject(claim.subject)
            about = f" for {subject}" if subject else ""
            return [self._finding(claim.kind, "unsupported", "", "low", [],
                                  f"no source gives this {fact_words(claim)}{about}")]
        lone = self._against_majority()
        if lone is not None:
            conflict, majority, n_major, n_own = lone
            sources = "no other source" if n_own == 0 else f"{n_own} source{'s' if n_own != 1 else ''}"
            finding = self._conflict(_unique(majority), self._severity(conflict))
            return [finding.model_copy(update={"message": (
                f"{finding.message} ({n_major} independent sources; {sources} with the draft)")})]
        out: list[Finding] = []
        disputed = [c for x in self.conflicts for cid in x.claims
                    if (c := self.by_id.get(cid)) is not None and c.doc not in self.drafts]
        if disputed:
            disputed = _unique(disputed)
            out.append(self._finding(claim.kind, "contested", "", "low", [c.id for c in disputed],
                                     f"sources disagree: {self._said(disputed)}"))
        converted = self._converted(support)
        if converted:
            out.append(converted)
        return out

    def _severity(self, conflict: Conflict) -> str:
        """How badly the draft's side departs: its own side's severity where the conflict gives one
        per side (another outlier's weak tie does not soften this one), else the conflict's."""
        for side, severity in zip(conflict.sides, conflict.side_severity):
            if self.claim.id in side and severity is not None:
                return severity
        return conflict.severity

    def _against_majority(self) -> tuple[Conflict, list[Claim], int, int] | None:
        """The conflict where the draft's figure sides with an outlier against a majority that
        more independent sources back (at least two): (conflict, majority claims, their sources,
        the sources beside the draft)."""
        values = self.fact.values if self.fact else []
        for x in self.conflicts:
            if not x.sides or x.majority is None or x.majority >= len(values):
                continue
            majority = set(values[x.majority].claims)  # `majority` indexes the fact's value groups
            major = next((side for side in x.sides if set(side) == majority), None)
            mine = next((side for side in x.sides if self.claim.id in side), None)
            if major is None or mine is None or mine is major:
                continue
            n_major, n_own = self._support(major), self._support(mine)
            if n_major >= 2 and n_major > n_own:
                return x, [self.by_id[cid] for cid in major if cid in self.by_id], n_major, n_own
        return None

    def _support(self, side: list[str]) -> int:
        """Independent sources behind one side, the drafts left out."""
        drafts = {self.by_id[cid].doc for cid in side if cid in self.by_id and self.by_id[cid].doc in self.drafts}
        value = next((v for v in (self.fact.values if self.fact else []) if set(v.claims) == set(side)), None)
        if value is not None:
            return max(value.independent_sources - len(drafts), 0)
        return len({self.by_id[cid].doc for cid in side if cid in self.by_id} - drafts)

    def _with(self, a: Claim, b: Claim) -> bool:
        """True when `b` states the same value as `a`, or the two were compared and agree; a
        source the reconciler never compared with the draft's figure supports nothing."""
        if self.fact is None:
            return False
        if any(a.id in v.claims and b.id in v.claims for v in self.fact.values):
            return True
        return any((a.id in x and b.id in y) or (b.id in x and a.id in y) for x, y in self.fact.agreements)

    def _apart(self, a: Claim, b: Claim) -> bool:
        """True when some conflict puts `a` and `b` on different sides."""
        for x in self.conflicts:
            sides = x.sides or [[cid] for cid in x.claims]
            sa = next((i for i, s in enumerate(sides) if a.id in s), None)
            sb = next((i for i, s in enumerate(sides) if b.id in s), None)
            if sa is not None and sb is not None and sa != sb:
                return True
        return False

    def _said(self, claims: list[Claim]) -> str:
        """'€500,000 (Le Monde, line 29) ≈ $550,000 (AP, line 38) vs over 5 million TWD (wire, line 28)': agreeing groups."""
        groups: list[list[Claim]] = []
        for c in claims:
            home = next((g for g in groups if not any(self._apart(c, m) for m in g)), None)
            if home is None:
                groups.append([c])
            else:
                home.append(c)
        return " vs ".join(self._refs(g) for g in groups)

    def _conflict(self, evidence: list[Claim], severity: str) -> Finding:
        claim = self.claim
        variant = ""
        if claim.kind == "money" and all(c.value.currency != claim.value.currency for c in evidence):
            variant = "conversion"
        elif claim.kind in ("duration", "quantity") and all(c.value.unit != claim.value.unit for c in evidence):
            variant = "conversion"
        return self._finding(claim.kind, "conflict", variant, severity, [c.id for c in evidence],
                             f"sources say {self._said(evidence)}")

    def _converted(self, support: list[Claim]) -> Finding | None:
        claim, v = self.claim, self.claim.value
        if not support:
            return None
        kind = claim.kind
        if kind == "money":
            same = [c for c in support if c.value.currency == v.currency]
            if any(_close(c.value.low, v.low) and _close(c.value.high, v.high) for c in same):
                return None
            if same:
                return self._rounded(same)
            band = v.in_base or next((c.value.in_base for c in support if c.value.in_base), None)
            rate = f" at {band.rate_source} rates {band.rate_date}" if band else ""
            return self._finding(kind, "converted", "conversion", "info", [c.id for c in support],
                                 f"agrees with {self._refs(support)} after conversion{rate}")
        if kind == "date":
            if any((c.value.start, c.value.end) == (v.start, v.end) for c in support):
                return None
            return self._finding(kind, "converted", "rounding", "info", [c.id for c in support],
                                 f"agrees with {self._refs(support)} only at {v.granularity} granularity")
        if kind == "law":
            if any(c.value.name.casefold() == v.name.casefold() for c in support):
                return None
            return self._finding(kind, "converted", "rounding", "info", [c.id for c in support],
                                 f"sources spell it {self._refs(support)}")
        if kind == "quote":
            if any(_words(c.value.quote) == _words(v.quote) for c in support):
                return None
            return self._finding(kind, "converted", "rounding", "info", [c.id for c in support],
                                 f"the sources' wording differs: {self._refs(support)}")
        unit = getattr(v, "unit", None)
        if any(_close(c.value.amount, v.amount) and getattr(c.value, "unit", None) == unit for c in support):
            return None
        if unit and any(all(map(_close, _ends(c.value), _ends(v))) for c in support):
            return self._finding(kind, "converted", "conversion", "info", [c.id for c in support],
                                 f"agrees with {self._refs(support)} after unit conversion")
        return self._rounded(support)

    def _rounded(self, support: list[Claim]) -> Finding:
        return self._finding(self.claim.kind, "converted", "rounding", "info", [c.id for c in support],
                             f"agrees with {self._refs(support)} only within rounding")

    def _finding(self, kind: str, status: str, variant: str, severity: str, evidence: list[str], tail: str) -> Finding:
        claim = self.claim
        code = code_for(kind, status, variant)
        return Finding(code=code.code, severity=severity, status=status, claim=claim.id,  # type: ignore[arg-type]
                       evidence=evidence, line=claim.line, column=claim.column,
                       message=f'{fact_words(claim)} "{claim.text}" — {tail}')

    def _refs(self, claims: list[Claim], joiner: str = " ≈ ", lines_only: bool = False) -> str:
        """'€500,000 (Le Monde, line 29) ≈ $550,000 (Reuters, line 38; AP, line 22)': distinct values,
        each with the outlets that give it and the line."""
        groups: dict[str, dict[str, list[int]]] = {}  # value -> outlet -> lines
        for c in claims:
            outlet = "" if lines_only else self.labels.get(c.doc, c.doc)
            lines = groups.setdefault(value_text(c), {}).setdefault(outlet, [])
            if c.line not in lines:
                lines.append(c.line)

        def where(outlet: str, lines: list[int]) -> str:  # 'Le Monde, lines 11, 13'
            said = f"line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}"
            return f"{outlet}, {said}" if outlet else said

        return joiner.join(f"{value} ({'; '.join(where(o, ls) for o, ls in by.items())})" for value, by in groups.items())


def _ends(value) -> tuple[float, float]:  # noqa: ANN001
    """A value's (low, high), terms in days so 144 months meets 12 years."""
    return value.days_range() if isinstance(value, SpanValue) else (value.low, value.high)


def _unique(claims: list[Claim]) -> list[Claim]:
    return list({c.id: c for c in sorted(claims, key=lambda c: (c.doc, c.start))}.values())


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


# --------------------------------------------------------------------------- silencing


def html_comments(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each closed `<!-- ... -->` in `text`; an unclosed one is text."""
    pos = text.find("<!--")
    while pos != -1:
        end = text.find("-->", pos + 4)
        if end == -1:
            return
        yield pos, end + 3
        pos = text.find("<!--", end + 3)


def without_comments(text: str) -> str:
    """`text` with its HTML comments blanked, line breaks kept, so offsets and lines are unchanged:
    an editor's comment is markup, never the article ("<!-- claimkit: ignore CK110 -->" above a
    sentence made "CK110" the subject of its figures)."""
    out, last = [], 0
    for start, end in html_comments(text):
        out += [text[last:start], "".join(ch if ch in "\r\n" else " " for ch in text[start:end])]
        last = end
    return "".join(out) + text[last:]


def parse_ignores(text: str) -> dict[int, set[str]]:
    """Line -> codes silenced there by `<!-- claimkit: ignore CK101 -->` (empty set: every code).

    A comment on lines of its own silences the paragraph that follows it (the lines up to the next
    blank line; a blank line right after the comment leaves nothing to silence); a comment beside
    text silences the paragraph it sits in.
    """
    empty = [not line.strip() for line in _LINE_BREAK.split(text)]
    textless = [not line.strip() for line in _LINE_BREAK.split(without_comments(text))]  # comments are no text
    out: dict[int, set[str]] = {}
    for start, end in html_comments(text):
        m = _IGNORE.match(text[start + 4:end - 3])
        if not m:
            continue
        codes = {c.upper() for c in _CODE.findall(m.group("codes"))}
        first, last = _line_of(text, start), _line_of(text, end - 1)
        alone = all(textless[i - 1] for i in range(first, last + 1))
        for target in _paragraph(alone, empty, first, last):
            have = out.get(target)
            out[target] = set() if (have == set() or not codes) else (have or set()) | codes
    return out


def _line_of(text: str, offset: int) -> int:
    """1-based line of `offset`, counting CRLF, CR and LF as one break each."""
    return len(_LINE_BREAK.findall(text, 0, offset)) + 1


def _paragraph(alone: bool, empty: list[bool], first: int, last: int) -> range:
    """The lines (1-based) an ignore comment on lines first..last applies to: down to the next empty
    line, and when it sits beside text (not `alone`), up to the empty line above too."""
    top, bottom = first, last
    while not alone and top > 1 and not empty[top - 2]:
        top -= 1
    while bottom < len(empty) and not empty[bottom]:
        bottom += 1
    return range(top, bottom + 1)


def _silence(finding: Finding, claim: Claim, ignores: dict[int, set[str]]) -> Finding:
    codes = ignores.get(claim.line)
    if codes is None or (codes and finding.code not in codes):
        return finding
    return finding.model_copy(update={"silenced": True})
