"""Renderers on a hand-made Report (tests/report_fixture.py): json, text, md, html; no spaCy."""

from __future__ import annotations

import html
import json
from html.parser import HTMLParser

import pytest
import report_fixture as rf

from claimkit.ingest import load_text
from claimkit.models import LawValue, QuoteValue
from claimkit.render import render_report
from claimkit.render.wording import money_text, number, short_labels, value_text


@pytest.fixture(scope="module")
def fixture():
    return rf.seeds_like()


# --------------------------------------------------------------------------- shared wording


@pytest.mark.parametrize(("x", "words"), [
    (5_500_000, "5.5 million"),
    (5_000_000, "5 million"),
    (550_000, "550,000"),
    (1_000_000_000, "1 billion"),
    (1_234_567, "1,234,567"),
    (2.5, "2.5"),
    (12, "12"),
    (5_250_000, "5.25 million"),
])
def test_number(x, words):
    assert number(x) == words


@pytest.mark.parametrize(("words", "amount", "currency", "qualifier", "expected"), [
    ("$5.5 million", 5.5e6, "USD", "exact", "$5.5 million"),
    ("500,000 euros", 5e5, "EUR", "exact", "€500,000"),
    ("over 5 million TWD", 5e6, "TWD", "at_least", "over 5 million TWD"),
    ("$550,000", 5.5e5, "USD", "at_most", "up to $550,000"),
    ("$550,000", 5.5e5, "USD", "approx", "about $550,000"),
])
def test_value_text_money(words, amount, currency, qualifier, expected):
    source = load_text(f"A fine of {words}.", "m.txt")
    assert value_text(rf.money(source, words, amount, currency, qualifier)) == expected


@pytest.mark.parametrize(("amount", "currency", "expected"), [
    (5e5, "GBP", "£500,000"), (2e9, "JPY", "¥2 billion"), (4e6, "INR", "₹4 million"), (3e6, "KRW", "₩3 million"),
    (1e6, "ILS", "₪1 million"),                      # a sign of its own in CLDR's English data
    (1e6, "CAD", "1 million CAD"), (1e6, "CHF", "1 million CHF"),  # CLDR gives 'CA$', 'CHF': letters
    (1e6, "NGN", "1 million NGN"), (1e6, "XXX", "1 million XXX"),  # no symbol; the generic sign
])
def test_money_symbols_come_from_cldr(amount, currency, expected):
    assert money_text(amount, currency) == expected


def test_value_text_sentence():
    source = load_text("He faces up to 10 years in prison.", "s.txt")
    assert value_text(rf.prison(source, "up to 10 years in prison", 10, "at_most")) == "up to 10 years"


@pytest.mark.parametrize(("ids", "expected"), [
    (["000_2df3.txt", "001_b0bf.txt"], ["000", "001"]),
    (["a.txt", "a.md"], ["a.txt", "a.md"]),
    (["x/y.txt", "x/z.txt"], ["x/y", "x/z"]),
    (["only.txt"], ["only"]),
    (["draft.md", "draft:draft.md"], ["draft", "draft:draft"]),
])
def test_short_labels(ids, expected):
    labels = short_labels(ids)
    assert [labels[i] for i in ids] == expected


# --------------------------------------------------------------------------- json, text, md


def test_json_is_the_contract(fixture):
    report, _ = fixture
    assert render_report(report, "json") == report.model_dump_json(indent=2)
    assert json.loads(render_report(report, "json"))["conflicts"][0]["id"] == "x1"


def test_text_lists_conflicts_first_with_positions(fixture):
    report, _ = fixture
    text = render_report(report, "text")
    assert "\x1b[" not in text  # no colour when not asked for (not a TTY)
    assert text.index("HIGH (1)") < text.index("Agreed facts (1)")
    # "over" starts at column 76 of line 1 of a.txt (counted by hand)
    assert 'a.txt:1:76  "over 5 million TWD"' in text
    assert 'a.txt:2:62  "500,000 euros"' in text
    assert 'b.txt:1:75  "$550,000"' in text
    facts = text[text.index("Agreed facts"):]
    assert "prison term" in facts and "10 years" in facts and "a, b" in facts


def test_text_colour_only_when_asked(fixture):
    report, _ = fixture
    assert "\x1b[" in render_report(report, "text", color=True)


def test_text_does_not_read_markup(fixture):
    report, _ = fixture
    hostile = report.model_copy(update={"conflicts": [report.conflicts[0].model_copy(
        update={"summary": "[bold red]not markup[/bold red] and [link=x]y[/link]"})]})
    text = render_report(hostile, "text")
    assert "[bold red]not markup[/bold red]" in text


def test_text_without_conflicts(fixture):
    report, _ = fixture
    calm = report.model_copy(update={"conflicts": []})
    assert "No conflicts." in render_report(calm, "text")


def test_md(fixture):
    report, _ = fixture
    md = render_report(report, "md")
    assert md.startswith("# claimkit report")
    assert md.index("## Conflicts") < md.index("## Agreed facts (1)")
    assert "- outlier, 1 independent source: `a.txt:1:76` “over 5 million TWD”" in md
    assert "- majority, 2 independent sources: `a.txt:2:62` “500,000 euros”; `b.txt:1:75` “$550,000”" in md
    assert "| f2 | sentence | Pavel Durov · prison term (potential) | 10 years | a, b |" in md


def test_md_escapes_table_cells(fixture):
    report, _ = fixture
    fact = report.facts[1].model_copy(update={"subject": "A|B <b>"})
    md = render_report(report.model_copy(update={"facts": [report.facts[0], fact]}), "md")
    assert "A\\|B &lt;b&gt;" in md


# --------------------------------------------------------------------------- html (static checks; the browser test clicks)


class _Tags(HTMLParser):
    VOID = {"meta", "br", "img", "input", "link", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.pre_text: list[str] = []
        self.in_pre = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "pre":
            self.in_pre += 1
            self.pre_text.append("")

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()
        if tag == "pre":
            self.in_pre -= 1

    def handle_data(self, data):
        if self.in_pre:
            self.pre_text[-1] += data


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    assert parser.stack == ["html"] or parser.stack == [], parser.stack
    return parser


def test_html_is_self_contained_and_escapes_sources(fixture):
    report, sources = fixture
    page = render_report(report, "html", sources)
    tags = _parse(page)
    assert tags.tags.count("script") == 1  # ours only: the article's <script> is text
    assert "img" not in tags.tags and "link" not in tags.tags and "iframe" not in tags.tags
    assert not any(k.startswith("on") for _, a in tags.attrs for k in a)
    assert not any(("src" in a) or a.get("href", "#").split("#")[0] for _, a in tags.attrs), "no external references"
    assert "default-src 'none'" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;/style&gt;" in page and "onerror=alert(2)" in html.unescape(page)
    # every piece of each source is shown, exactly, once
    assert tags.pre_text == [s.text for s in sources]


def test_html_marks_claims_and_conflicts(fixture):
    report, sources = fixture
    page = render_report(report, "html", sources)
    tags = _parse(page)
    spans = {a["data-claim-id"]: a for t, a in tags.attrs if t == "span" and "data-claim-id" in a}
    assert set(spans) == {c.id for c in report.claims}
    twd = next(c for c in report.claims if c.text == "over 5 million TWD")
    assert "in-conflict" in spans[twd.id]["class"] and "k-money" in spans[twd.id]["class"]
    prison = next(c for c in report.claims if c.kind == "sentence")
    assert "in-conflict" not in spans[prison.id]["class"] and "k-sentence" in spans[prison.id]["class"]
    conflict = next(a for t, a in tags.attrs if a.get("id") == "conflict-x1")
    assert set(json.loads(conflict["data-claims"])) == set(report.conflicts[0].claims)
    assert any(a.get("id") == "fact-f2" for _, a in tags.attrs)


def test_html_nests_overlapping_claims():
    """A quote holding a money claim, and two claims that cross: spans stay well formed."""
    text = 'He said "pay $5 million now" today.\n'
    source = load_text(text, "q.txt")
    money = rf.money(source, "$5 million", 5e6, "USD")
    quote = rf._claim(source, '"pay $5 million now"', "money", money.value)  # a wide span over the money
    quote = quote.model_copy(update={"kind": "money"})
    crossing = rf._claim(source, "million now\" today", "money", money.value)
    report = rf.build([source], [money, quote, crossing], [], [])
    page = render_report(report, "html", [source])
    tags = _parse(page)
    assert tags.pre_text == [text]
    ids = {a["data-claim-id"] for t, a in tags.attrs if t == "span" and "data-claim-id" in a}
    assert ids == {money.id, quote.id, crossing.id}


def test_html_without_source_text(fixture):
    report, _ = fixture
    page = render_report(report, "html", [])
    assert "(text not available)" in page
    _parse(page)


@pytest.mark.parametrize(("url", "linked"), [("https://wire.example/a?x=1&y=<2>", True),
                                             ("javascript:alert(1)", False), ("data:text/html,<b>", False)])
def test_html_front_matter_is_a_header(url, linked):
    """Front matter is the document's header (outlet, title, date), escaped; only an http(s) URL is linked;
    the article's text starts after it."""
    from claimkit.ingest import read_named

    text = (f"---\nsource: Wire <b>Service</b>\nurl: \"{url}\"\ntitle: Fined <script>x</script>\n"
            "published: 2026-03-12\n---\nThe court fined the firm $5 million.\n")
    source = read_named("wire.md", text)
    claim = rf.money(source, "$5 million", 5e6, "USD")
    page = render_report(rf.build([source], [claim], [], []), "html", [source])
    tags = _parse(page)
    assert tags.pre_text == ["The court fined the firm $5 million.\n"]  # no front matter as text
    assert "Wire &lt;b&gt;Service&lt;/b&gt;" in page and "Fined &lt;script&gt;x&lt;/script&gt;" in page
    assert '<time datetime="2026-03-12">' in page
    hrefs = [a["href"] for t, a in tags.attrs if t == "a" and not a.get("href", "#").startswith("#")]
    assert hrefs == ([url] if linked else [])
    assert not any(a.get("href", "").lower().startswith(("javascript:", "data:")) for _, a in tags.attrs)


@pytest.mark.parametrize("law_or_quote", ["law", "quote"])
def test_value_text_law_and_quote(law_or_quote):
    source = load_text("x", "x.txt")
    claim = rf.money(load_text("a $1 fine", "y.txt"), "$1", 1, "USD")
    if law_or_quote == "law":
        from claimkit.models import LawClaim

        c = LawClaim(**{**claim.model_dump(exclude={"kind", "value"}), "value": LawValue(name="Protectionu", canonical="ProtectEU")})
        assert value_text(c) == "ProtectEU"
    else:
        from claimkit.models import QuoteClaim

        c = QuoteClaim(**{**claim.model_dump(exclude={"kind", "value"}), "value": QuoteValue(speaker="Durov", quote="we will not trade privacy for market share")})
        assert value_text(c) == "“we will not trade privacy for market share”"
    assert source.text == "x"


from hypothesis import given, settings as hsettings, strategies as st  # noqa: E402

_TEXT = 'Fine of <b>$5 million</b> & "quotes" over\n5 million TWD, or €500,000 — 10 years.\n'


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_TEXT) - 1), st.integers(1, 20)), max_size=12, unique=True))
def test_html_any_spans_are_well_formed(spans):
    """Whatever the claims' offsets (nested, crossing, equal), the page nests and keeps the text exactly."""
    source = load_text(_TEXT, "h.txt")
    claims = []
    for start, length in spans:
        end = min(len(_TEXT), start + length)
        words = _TEXT[start:end]
        claim = rf.money(source, "Fine", 1, "USD").model_copy(
            update={"id": f"h.txt#{start}-{end}", "start": start, "end": end, "text": words})
        claims.append(claim)
    claims = list({c.id: c for c in claims}.values())
    page = render_report(rf.build([source], claims, [], []), "html", [source])
    tags = _parse(page)
    assert tags.pre_text == [_TEXT]
    ids = {a["data-claim-id"] for t, a in tags.attrs if t == "span" and "data-claim-id" in a}
    assert ids == {c.id for c in claims}
    # each claim's first piece carries its element id, once
    dom_ids = [a["id"] for t, a in tags.attrs if t == "span" and a.get("id", "").startswith("claim-")]
    assert len(dom_ids) == len(set(dom_ids)) == len(claims)


def test_html_long_finding_message_is_cut():
    """A finding's message naming hundreds of sources is cut on the check page, the whole behind a click."""
    from claimkit.render.html_check import MESSAGE_SHOWN, message

    short = 'fine "$5 million" — sources say <€500,000>'
    assert message(short) == html.escape(short)
    long = 'fine "€24 million" — sources say €2.4 million (' + "; ".join(f"Outlet {n}, line 7" for n in range(300)) + ")"
    cut = message(long)
    head = html.unescape(cut.split("…", 1)[0])
    assert len(head) <= MESSAGE_SHOWN and long.startswith(head)
    assert '<details class="many"><summary>whole message</summary>' in cut and html.escape(long) in cut
