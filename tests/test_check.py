"""check's findings, codes, silencing and output formats, on hand-made reports (no spaCy)."""

from __future__ import annotations

import json

import pytest
import report_fixture as rf

from claimkit.check import counts_toward, find_findings, parse_ignores
from claimkit.codes import BY_CODE, CODES, FAMILY, code_for, list_codes, markdown_table
from claimkit.models import KINDS
from claimkit.render import render_check

DRAFT_LINE = "Durov could face a fine of {figure}.\n"


def _draft(figure: str, before: str = "") -> tuple:
    text = "# Draft\n" + before + DRAFT_LINE.format(figure=figure)
    srcs = rf.sources(text)
    return srcs, srcs[0], srcs[1], srcs[2]


def _base(a, b):  # noqa: ANN001, ANN202
    twd = rf.money(a, "over 5 million TWD", 5e6, "TWD", "at_least")
    eur = rf.money(a, "500,000 euros", 5e5, "EUR")
    usd = rf.money(b, "$550,000", 5.5e5, "USD")
    return twd, eur, usd


def _findings(srcs, claims, facts, conflicts):  # noqa: ANN001, ANN202
    report = rf.build(srcs, claims, facts, conflicts)
    return report, find_findings(report, {srcs[2].doc.id: srcs[2].text})


def test_conflict_with_every_source():
    srcs, a, b, d = _draft("$5.5 million")
    twd, eur, usd = _base(a, b)
    draft = rf.money(d, "$5.5 million", 5.5e6, "USD")
    facts = [rf.fact("f1", "money", "fine", "conflict", [[twd], [eur, usd], [draft]])]
    conflicts = [rf.conflict("x1", "f1", "high", [[twd], [eur, usd]]),
                 rf.conflict("x2", "f1", "high", [[eur, usd], [draft]]),
                 rf.conflict("x3", "f1", "medium", [[twd], [draft]])]
    report, findings = _findings(srcs, [twd, eur, usd, draft], facts, conflicts)
    assert len(findings) == 1
    f = findings[0]
    assert (f.code, f.severity, f.status, f.claim) == ("CK101", "high", "conflict", draft.id)
    assert set(f.evidence) == {twd.id, eur.id, usd.id}
    assert (f.line, f.column) == (2, 28)  # "# Draft" is line 1; "$" is the 28th character of line 2
    assert f.message == 'fine "$5.5 million" — sources say over 5 million TWD (a, line 1) vs €500,000 (a, line 2) ≈ $550,000 (b, line 1)'
    lint = render_check(report.model_copy(update={"findings": findings}), "lint")
    assert lint == ('draft.md:2:28: CK101 [high] fine "$5.5 million" — sources say over 5 million TWD (a, line 1) '
                    "vs €500,000 (a, line 2) ≈ $550,000 (b, line 1)\n")


def test_conflict_after_conversion_only():
    srcs, a, b, d = _draft("€5 million")
    _, eur, usd = _base(a, b)
    draft = rf.money(d, "€5 million", 5e6, "EUR")
    facts = [rf.fact("f1", "money", "fine", "conflict", [[usd], [draft]])]
    _, findings = _findings(srcs, [usd, draft], facts, [rf.conflict("x1", "f1", "high", [[usd], [draft]])])
    assert [(f.code, f.status) for f in findings] == [("CK102", "conflict")]


def test_unsupported():
    srcs, a, b, d = _draft("$2 million")
    draft = rf.money(d, "$2 million", 2e6, "USD")
    facts = [rf.fact("f9", "money", "fine", "single_source", [[draft]])]
    _, findings = _findings(srcs, [draft], facts, [])
    assert [(f.code, f.severity, f.status, f.evidence) for f in findings] == [("CK110", "low", "unsupported", [])]
    assert findings[0].message == 'fine "$2 million" — no source gives this fine for Pavel Durov'


def test_claim_in_no_fact_is_unsupported():
    srcs, a, b, d = _draft("$2 million")
    draft = rf.money(d, "$2 million", 2e6, "USD")
    _, findings = _findings(srcs, [draft], [], [])
    assert [f.code for f in findings] == ["CK110"]


def test_contested_when_the_sources_disagree():
    srcs, a, b, d = _draft("$550,000")
    twd, eur, usd = _base(a, b)
    draft = rf.money(d, "$550,000", 5.5e5, "USD")
    facts = [rf.fact("f1", "money", "fine", "conflict", [[twd], [eur, usd, draft]])]
    # pairwise conflicts, as a reconciler may give them: the draft stands with eur and usd
    conflicts = [rf.conflict("x1", "f1", "high", [[twd], [eur]]), rf.conflict("x2", "f1", "high", [[twd], [usd]]),
                 rf.conflict("x3", "f1", "high", [[twd], [draft]])]
    _, findings = _findings(srcs, [twd, eur, usd, draft], facts, conflicts)
    assert [(f.code, f.severity, f.status) for f in findings] == [("CK120", "low", "contested")]
    assert findings[0].message == ('fine "$550,000" — sources disagree: over 5 million TWD (a, line 1) '
                                   "vs €500,000 (a, line 2) ≈ $550,000 (b, line 1)")
    assert counts_toward(findings, "medium") == []


def test_agrees_after_conversion():
    srcs, a, b, d = _draft("€500,000")
    _, _, usd = _base(a, b)
    draft = rf.money(d, "€500,000", 5e5, "EUR")
    facts = [rf.fact("f1", "money", "fine", "agreed", [[usd, draft]])]
    _, findings = _findings(srcs, [usd, draft], facts, [])
    assert [(f.code, f.severity, f.status) for f in findings] == [("CK130", "info", "converted")]
    assert findings[0].message == ('fine "€500,000" — agrees with $550,000 (b, line 1) after conversion at ECB rates '
                                   "2024-04-21..2025-04-21")
    assert findings[0].evidence == [usd.id]


@pytest.mark.parametrize(("figure", "amount", "qualifier", "codes"), [
    ("$550,000", 5.5e5, "exact", []),                 # the source's own figure: nothing to say
    ("about $600,000", 6e5, "approx", ["CK131"]),     # same currency, agrees within rounding only
])
def test_rounding(figure, amount, qualifier, codes):
    srcs, a, b, d = _draft(figure)
    _, _, usd = _base(a, b)
    draft = rf.money(d, figure, amount, "USD", qualifier)
    facts = [rf.fact("f1", "money", "fine", "agreed", [[usd, draft]])]
    _, findings = _findings(srcs, [usd, draft], facts, [])
    assert [f.code for f in findings] == codes


def test_sentence_conflict_code_family():
    srcs, a, b, d = _draft("up to 20 years in prison")
    pa, pb = rf.prison(a, "10 years in prison", 10), rf.prison(b, "up to 10 years in prison", 10, "at_most")
    draft = rf.prison(d, "up to 20 years in prison", 20, "at_most")
    facts = [rf.fact("f2", "sentence", "prison term", "conflict", [[pa, pb], [draft]])]
    conflicts = [rf.conflict("x1", "f2", "high", [[pa, pb], [draft]], kind="sentence", attribute="prison term")]
    _, findings = _findings(srcs, [pa, pb, draft], facts, conflicts)
    assert [(f.code, f.severity) for f in findings] == [("CK301", "high")]
    assert findings[0].message.endswith("sources say 10 years (a, line 2) ≈ up to 10 years (b, line 1)")


def test_agrees_after_unit_conversion():
    srcs, a, b, d = _draft("120 months in prison")
    pa = rf.prison(a, "10 years in prison", 10)
    draft = rf.prison(d, "120 months in prison", 120, unit="month")
    fact = rf.fact("f2", "sentence", "prison term", "agreed", [[pa], [draft]])
    fact = fact.model_copy(update={"agreements": [[[pa.id], [draft.id]]]})  # compared by the reconciler
    _, findings = _findings(srcs, [pa, draft], [fact], [])
    assert [(f.code, f.severity, f.status) for f in findings] == [("CK331", "info", "converted")]
    assert "after unit conversion" in findings[0].message


def test_a_source_never_compared_is_no_support():
    srcs, a, b, d = _draft("$5.5 million")
    _, eur, usd = _base(a, b)
    draft = rf.money(d, "$5.5 million", 5.5e6, "USD")
    # the reconciler compared the draft with $550,000 only; €500,000 sits in the fact uncompared
    facts = [rf.fact("f1", "money", "fine", "conflict", [[eur], [usd], [draft]])]
    conflicts = [rf.conflict("x1", "f1", "high", [[usd], [draft]])]
    _, findings = _findings(srcs, [eur, usd, draft], facts, conflicts)
    assert [(f.code, f.status) for f in findings] == [("CK101", "conflict")]


def test_draft_contradicting_itself():
    text = "# Draft\nA fine of $550,000.\nLater: a fine of $5.5 million.\n"
    srcs = rf.sources(text)
    d = srcs[2]
    one, two = rf.money(d, "$550,000", 5.5e5, "USD"), rf.money(d, "$5.5 million", 5.5e6, "USD")
    facts = [rf.fact("f1", "money", "fine", "conflict", [[one], [two]])]
    _, findings = _findings(srcs, [one, two], facts, [rf.conflict("x1", "f1", "high", [[one], [two]])])
    assert [(f.code, f.claim) for f in findings] == [("CK901", one.id), ("CK901", two.id)]
    assert findings[0].message == 'fine "$550,000" — the draft also says $5.5 million (line 3)'


# --------------------------------------------------------------------------- silencing


@pytest.mark.parametrize(("text", "expected"), [
    ("a\n<!-- claimkit: ignore CK101 -->\nb", {2: {"CK101"}, 3: {"CK101"}}),
    ("x <!-- claimkit: ignore CK101, ck130 -->", {1: {"CK101", "CK130"}}),
    ("<!--claimkit:ignore-->", {1: set()}),                                 # no codes: every code
    ("<!-- claimkit: ignore CK101 -->\n<!-- claimkit: ignore -->", {1: {"CK101"}, 2: set()}),
    ("<!-- a comment about claimkit -->", {}),
    ("<!-- claimkit: ignore CK101", {}),                                     # never closed
    ("<!-- claimkit: ignore everything -->", {}),                            # not a code
    # alone on its line: the paragraph that follows it, to the next empty line
    ("p1\n\n<!-- claimkit: ignore CK110 -->\nl1\nl2\n\nl3", {3: {"CK110"}, 4: {"CK110"}, 5: {"CK110"}}),
    ("<!-- claimkit:\n  ignore CK110 -->\nl1\r\nl2\rl3\n\nl4", {1: {"CK110"}, 2: {"CK110"}, 3: {"CK110"},
                                                            4: {"CK110"}, 5: {"CK110"}}),
    ("<!-- claimkit: ignore CK101 -->\n\nb", {1: {"CK101"}}),               # an empty line: nothing follows
    # beside text: the paragraph it sits in
    ("a\nb <!-- claimkit: ignore -->\nc\n\nd", {1: set(), 2: set(), 3: set()}),
])
def test_parse_ignores(text, expected):
    assert parse_ignores(text) == expected


@pytest.mark.parametrize(("comment", "silenced"), [
    ("<!-- claimkit: ignore CK101 -->\n", True),
    ("<!-- claimkit: ignore CK130 -->\n", False),
    ("<!-- claimkit: ignore CK101 -->\n\n", False),  # an empty line between: not the paragraph that follows
    ("<!-- claimkit: ignore CK101 -->\nThe court met.\n", True),  # the paragraph's second line
])
def test_silencing(comment, silenced):
    srcs, a, b, d = _draft("$5.5 million", before=comment)
    _, eur, usd = _base(a, b)
    draft = rf.money(d, "$5.5 million", 5.5e6, "USD")
    facts = [rf.fact("f1", "money", "fine", "conflict", [[eur, usd], [draft]])]
    report, findings = _findings(srcs, [eur, usd, draft], facts, [rf.conflict("x1", "f1", "high", [[eur, usd], [draft]])])
    assert [f.silenced for f in findings] == [silenced]
    assert bool(counts_toward(findings, "medium")) is not silenced
    lint = render_check(report.model_copy(update={"findings": findings}), "lint")
    assert (lint == "") is silenced
    sarif = json.loads(render_check(report.model_copy(update={"findings": findings}), "sarif"))
    assert ("suppressions" in sarif["runs"][0]["results"][0]) is silenced


@pytest.mark.parametrize(("severities", "fail_on", "fails"), [
    (["high"], "medium", True), (["medium"], "medium", True), (["low"], "medium", False),
    (["info"], "low", False), (["low"], "low", True), (["high"], "never", False), ([], "low", False),
])
def test_counts_toward(severities, fail_on, fails):
    from claimkit.models import Finding

    findings = [Finding(code="CK101", severity=s, status="conflict", claim="d#1-2", evidence=[], message="m")
                for s in severities]
    assert bool(counts_toward(findings, fail_on)) is fails


# --------------------------------------------------------------------------- formats


@pytest.fixture(scope="module")
def checked():
    srcs, a, b, d = _draft("$5.5 million")
    twd, eur, usd = _base(a, b)
    draft = rf.money(d, "$5.5 million", 5.5e6, "USD")
    facts = [rf.fact("f1", "money", "fine", "conflict", [[eur, usd], [draft]])]
    report, findings = _findings(srcs, [eur, usd, draft], facts, [rf.conflict("x1", "f1", "high", [[eur, usd], [draft]])])
    return report.model_copy(update={"findings": findings}), srcs


def test_github(checked):
    report, _ = checked
    line = render_check(report, "github")
    assert line == ('::error file=draft.md,line=2,col=28,endColumn=40,title=CK101::[high] fine "$5.5 million" — '
                    "sources say €500,000 (a, line 2) ≈ $550,000 (b, line 1)\n")


def test_github_escapes():
    from claimkit.render.findings import _escape_data, _escape_property

    assert _escape_data("50%\nnext") == "50%25%0Anext"
    assert _escape_property("a:b,c") == "a%3Ab%2Cc"


def test_sarif(checked):
    report, _ = checked
    sarif = json.loads(render_check(report, "sarif"))
    assert sarif["version"] == "2.1.0" and "sarif-2.1.0" in sarif["$schema"]
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [c.code for c in CODES]
    result = run["results"][0]
    assert result["ruleId"] == "CK101" and rules[result["ruleIndex"]]["id"] == "CK101"
    assert result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 28, 40)
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "draft.md"
    assert {r["physicalLocation"]["artifactLocation"]["uri"] for r in result["relatedLocations"]} == {"a.txt", "b.txt"}


def test_json_has_findings(checked):
    report, _ = checked
    data = json.loads(render_check(report, "json"))
    assert data["findings"][0]["code"] == "CK101" and data["findings"][0]["silenced"] is False
    assert {"claims", "facts", "conflicts", "summary", "documents"} <= set(data)


def test_md_and_html_show_findings(checked):
    report, srcs = checked
    md = render_check(report, "md")
    assert md.index("## Findings") < md.index("## Conflicts")
    assert "| `draft.md:2:28` | CK101 | **high** |" in md
    page = render_check(report, "html", srcs)
    assert 'id="finding-list"' in page and 'data-code="CK101"' in page and "claimkit check" in page


# --------------------------------------------------------------------------- the code table


def test_codes_are_unique_and_well_formed():
    codes = [c.code for c in CODES]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 5 and c.startswith("CK") and c[2:].isdigit() for c in codes)
    assert len({c.name for c in CODES}) == len(CODES)
    family_digit = {"money": "1", "date": "2", "sentence": "3", "count": "4", "percent": "5", "law": "6",
                    "quote": "7", "measure": "8", "internal": "9"}
    assert all(c.code[2] == family_digit[c.kind] for c in CODES)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", ["conflict", "unsupported", "contested", "converted"])
def test_every_kind_and_status_has_a_code(kind, status):
    code = code_for(kind, status)
    assert code.status == status and code.kind == FAMILY[kind]


@pytest.mark.parametrize(("kind", "status", "variant", "expected"), [
    ("money", "conflict", "", "CK101"), ("money", "conflict", "conversion", "CK102"),
    ("money", "converted", "conversion", "CK130"), ("money", "converted", "rounding", "CK131"),
    ("date", "conflict", "conversion", "CK201"), ("date", "converted", "conversion", "CK231"),
    ("duration", "converted", "conversion", "CK830"), ("quantity", "unsupported", "", "CK810"),
    ("internal", "conflict", "", "CK901"),
])
def test_code_for(kind, status, variant, expected):
    assert code_for(kind, status, variant).code == expected


def test_list_codes_and_readme_table():
    listing = list_codes()
    assert all(c in listing for c in BY_CODE)
    assert listing.count("\n") == len(CODES)
    assert markdown_table().count("\n| <a id=") == len(CODES)


def test_siding_with_a_lone_outlier_is_a_conflict():
    """The draft repeats the one source that two independent sources contradict: a conflict at the
    fact's severity, not a low 'contested' note."""
    srcs, a, b, d = _draft("over 5 million TWD")
    twd, eur, usd = _base(a, b)
    draft = rf.money(d, "over 5 million TWD", 5e6, "TWD", "at_least")
    facts = [rf.fact("f1", "money", "fine", "conflict", [[eur, usd], [twd, draft]])]
    conflicts = [rf.conflict("x1", "f1", "high", [[eur, usd], [twd, draft]])]
    _, findings = _findings(srcs, [twd, eur, usd, draft], facts, conflicts)
    assert [(f.code, f.severity, f.status) for f in findings] == [("CK102", "high", "conflict")]
    assert set(findings[0].evidence) == {eur.id, usd.id}
    assert findings[0].message.endswith("(2 independent sources; 1 source with the draft)")


def test_siding_with_the_majority_is_not_a_conflict():
    """The same fact, the draft with the euro figure: the TWD source disagrees, the draft is backed."""
    srcs, a, b, d = _draft("€500,000")
    twd, eur, usd = _base(a, b)
    draft = rf.money(d, "€500,000", 5e5, "EUR")
    facts = [rf.fact("f1", "money", "fine", "conflict", [[eur, usd, draft], [twd]])]
    conflicts = [rf.conflict("x1", "f1", "high", [[eur, usd, draft], [twd]])]
    _, findings = _findings(srcs, [twd, eur, usd, draft], facts, conflicts)
    assert [f.status for f in findings] == ["contested"]


@pytest.mark.parametrize("fmt", ["lint", "github"])
def test_a_finding_is_one_line_whatever_its_quote(fmt):
    """A claim's text with a line break ('"$5.5\\nmillion"') must not split a finding over two lines:
    problem matchers and editors read one finding per line."""
    srcs, a, b, d = _draft("$5.5 million")
    twd, eur, usd = _base(a, b)
    draft = rf.money(d, "$5.5 million", 5.5e6, "USD")
    facts = [rf.fact("f1", "money", "fine", "conflict", [[eur, usd], [draft]])]
    conflicts = [rf.conflict("x1", "f1", "high", [[eur, usd], [draft]])]
    report, findings = _findings(srcs, [twd, eur, usd, draft], facts, conflicts)
    broken = [f.model_copy(update={"message": f.message.replace(" ", "\n", 2)}) for f in findings]
    out = render_check(report.model_copy(update={"findings": broken}), fmt)
    assert out.count("\n") == len(broken) == 1 and "%0A" not in out


# --------------------------------------------------------------------------- messages in the fact's words


def _count(noun: str, attribute: str):
    from claimkit.models import CountClaim, CountValue

    value = CountValue(amount=1200, noun=noun, lemma="employ", low=1200, high=1200, precision=0.0)
    return CountClaim(id="d#1-5", doc="draft.md", text="1,200", start=1, end=5, line=1, column=2, sentence="x",
                      extractor="count.rules", value=value, attribute=attribute, subject="this report")


@pytest.mark.parametrize(("claim", "words"), [
    (lambda a, d: rf.money(d, "$5.5 million", 5.5e6, "USD"), "fine"),
    (lambda a, d: rf.money(d, "$5.5 million", 5.5e6, "USD").model_copy(update={"attribute": "turnov"}), "money figure"),
    (lambda a, d: rf.prison(a, "10 years in prison", 10), "prison term"),
    (lambda a, d: _count("employees", "employ"), "number of employees"),
    (lambda a, d: _count("", "person killed"), "number of people killed"),
])
def test_fact_words_never_leak_an_internal_label(claim, words):
    """'no source gives this employ': a stem or key the extractor uses is no word for a reader."""
    from claimkit.render.wording import fact_words

    srcs, a, _, d = _draft("$5.5 million")
    assert fact_words(claim(a, d)) == words


def test_an_unsupported_figure_is_said_in_words():
    srcs, a, b, d = _draft("$5.5 million")
    draft = rf.money(d, "$5.5 million", 5.5e6, "USD").model_copy(update={"attribute": "turnov", "subject": "this report"})
    named = rf.money(d, "$5.5 million", 5.5e6, "USD")
    for claim, message in ((draft, 'money figure "$5.5 million" — no source gives this money figure'),
                           (named, 'fine "$5.5 million" — no source gives this fine for Pavel Durov')):
        _, findings = _findings(srcs, [claim], [], [])
        assert [f.message for f in findings] == [message]


def test_references_name_the_outlet_with_the_line():
    """'(us:10)': a file name cut short where the front matter names the outlet."""
    from claimkit.ingest import Source

    srcs, a, b, d = _draft("$5.5 million")
    a = Source(a.doc.model_copy(update={"id": "us-wire.md", "path": "us-wire.md"}), a.text)
    b = Source(b.doc.model_copy(update={"id": "us-times.md", "path": "us-times.md", "source": "The Times"}), b.text)
    _, eur, usd = _base(a, b)
    draft = rf.money(d, "$5.5 million", 5.5e6, "USD")
    facts = [rf.fact("f1", "money", "fine", "conflict", [[eur, usd], [draft]])]
    _, findings = _findings([a, b, d], [eur, usd, draft], facts, [rf.conflict("x1", "f1", "high", [[eur, usd], [draft]])])
    assert findings[0].message.endswith("sources say $550,000 (The Times, line 1) ≈ €500,000 (us-wire, line 2)")


@pytest.mark.parametrize(("docs", "labels"), [
    ([("us-wire.md", None), ("us-times.md", "The Times")], ["us-wire", "The Times"]),
    ([("a/wire.md", "Reuters"), ("b/wire2.md", "Reuters")], ["Reuters wire", "Reuters wire2"]),  # one outlet, two files
    ([("feed.jsonl#3", None), (".hidden", " ")], ["feed#3", ".hidden"]),
])
def test_outlet_labels(docs, labels):
    from claimkit.models import Document
    from claimkit.render.wording import outlet_labels

    documents = [Document(id=i, path=i, source=s, sha256="0" * 64) for i, s in docs]
    assert list(outlet_labels(documents).values()) == labels


# --------------------------------------------------------------------------- explain, SARIF help, the README table


def test_every_code_is_explained_and_its_help_uri_lands_in_the_readme():
    from pathlib import Path

    from claimkit.codes import help_text, help_uri

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    assert markdown_table() in readme  # the README's table is the code table, `claimkit explain` in each row
    rules = json.loads(render_check(rf.build(rf.sources("x"), [], [], []), "sarif"))["runs"][0]["tool"]["driver"]["rules"]
    for code, rule in zip(CODES, rules):
        text = help_text(code)
        assert text.startswith(f"{code.code} {code.name}") and f"ignore {code.code}" in text
        assert rule["help"]["text"] == text and rule["helpUri"] == help_uri(code)
        assert f'<a id="{rule["helpUri"].rsplit("#", 1)[1]}"></a>{code.code} |' in readme
        assert f"`claimkit explain {code.code}`" in readme


# --------------------------------------------------------------------------- notes in every format


CUT = ("extraction stopped after 2.1 s: time budget (2 s); figures past that point were not read "
       "(raise --time-budget, or split the document)")


@pytest.fixture(scope="module")
def noted():
    """The checked report with a source cut by the time budget, one in French and a skipped .docx."""
    from claimkit.ingest.sources import LANGUAGE_NOTE, UNREAD_REASON
    from claimkit.models import Skipped

    srcs, a, b, d = _draft("$5.5 million")
    twd, eur, usd = _base(a, b)
    draft = rf.money(d, "$5.5 million", 5.5e6, "USD")
    facts = [rf.fact("f1", "money", "fine", "conflict", [[eur, usd], [draft]])]
    report, findings = _findings(srcs, [eur, usd, draft], facts, [rf.conflict("x1", "f1", "high", [[eur, usd], [draft]])])
    docs = [doc.model_copy(update={"notes": {"a.txt": [CUT], "b.txt": [LANGUAGE_NOTE.format(language="nl")]}.get(doc.id, [])})
            for doc in report.documents]
    skipped = [Skipped(path="sources/story.docx", reason=UNREAD_REASON.format(suffix=".docx"))]
    return report.model_copy(update={"findings": findings, "documents": docs, "skipped": skipped}), srcs


@pytest.mark.parametrize("fmt", ["lint", "github", "sarif", "json", "md", "html", "text"])
def test_every_format_says_what_was_not_read(noted, fmt):
    """A document cut by --time-budget was said only in JSON; a 'language: nl' source and a .docx not at all."""
    from claimkit.render import render_report

    report, srcs = noted
    out = render_report(report, "text") if fmt == "text" else render_check(report, fmt, srcs)
    if fmt == "html":
        import html

        out = html.unescape(out)
    if fmt == "text":
        out = " ".join(out.split())  # wrapped to the terminal's width
    for words in (CUT, "language 'nl': claimkit reads English, French", "convert it to text or HTML first"):
        assert words in out, (fmt, words)
    if fmt == "lint":
        assert "a.txt: note: " + CUT + "\n" in out and out.splitlines()[0].startswith("draft.md:2:28: CK101")
    if fmt == "github":
        assert "::warning file=sources/story.docx,title=claimkit note::a .docx file" in out
    if fmt == "sarif":
        notes = json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        assert {n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes} == {
            "a.txt", "b.txt", "sources/story.docx"}


def test_one_outlets_lines_are_named_once():
    srcs, a, b, d = _draft("up to 20 years in prison")
    pa1, pa2 = rf.prison(a, "10-year prison sentence", 10), rf.prison(a, "10 years in prison", 10)
    pb = rf.prison(b, "10 years in prison", 10)
    draft = rf.prison(d, "up to 20 years in prison", 20, "at_most")
    facts = [rf.fact("f2", "sentence", "prison term", "conflict", [[pa1, pa2, pb], [draft]])]
    conflicts = [rf.conflict("x1", "f2", "high", [[pa1, pa2, pb], [draft]], kind="sentence", attribute="prison term")]
    _, findings = _findings(srcs, [pa1, pa2, pb, draft], facts, conflicts)
    assert findings[0].message == 'prison term "up to 20 years in prison" — sources say 10 years (a, lines 1, 2; b, line 1)'
