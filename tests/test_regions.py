"""detect_regions: cue tables over lines -> promo/disclaimer/share/related/foreign_language regions."""

from __future__ import annotations

import pytest

from claimkit.ingest.regions import detect_regions

ARTICLE = "Durov said the fine could reach 500,000 euros if he is convicted in France.\n"


def kinds_of(text: str) -> list[tuple[str, str]]:
    return [(r.kind, text[r.start:r.end]) for r in detect_regions(text)]


@pytest.mark.parametrize(("block", "kind"), [
    ("🎉 Lucky Draw Round 10 is Officially Live!\nDraw Now 👉 https://example.com/draw", "promo"),
    ("Sign up today and get a 50 USDT bonus", "promo"),
    ("Ad", "promo"),
    ("🔥 Follow us on X: https://x.com/example\n👉 Our channel: https://t.me/example", "promo"),
    ("Sponsored", "promo"),
    ("派网:注册并领取高达10000 USDT", "promo"),
    ("🎁 Every 300 points to draw 1 chance, win a laptop and more amazing prizes!", "promo"),
    ("Disclaimer: this article does not constitute investment advice.", "disclaimer"),
    ("The content is for information only and reflects the author's views.", "disclaimer"),
    ("免责声明:本文章仅代表作者个人观点,不构成投资建议。", "disclaimer"),
    ("Share To\nAPP\n\nX\n\nTelegram\n\nFacebook\n\nReddit\n\nCopyLink", "share"),
    ("Related: EU may fine X $1 billion for illegal content", "related"),
    ("Related Content: The EU may fine Elon Musk's X company $1 billion.", "related"),
    ("Read more: Telegram founder leaves France", "related"),
    ("Magazine: Altcoin season to hit in Q2?", "related"),
    ("Telegram在其常见问题解答页面中悄悄进行的一项修改中写道,用户首次可以举报非法内容", "foreign_language"),
    ("Павел Дуров заявил, что Telegram скорее уйдет с рынка.", "foreign_language"),
])
def test_block_after_article(block: str, kind: str) -> None:
    text = ARTICLE + block + "\n"
    assert kinds_of(text) == [(kind, block)]


@pytest.mark.parametrize("line", [
    "Executives received a bonus of $5 million last year, according to filings reviewed by reporters for this story.",
    "The company added that the sign-up page was never compromised.",
    "Durov posted the message on Telegram and X on April 21.",
    "He emphasized: \"Telegram would rather exit the market than compromise.\"",
    "Advocates said the bill was an ad hoc response.",
    "The site carried a disclaimer, critics said, but regulators were not satisfied with it at all.",
    "Telegram (the messenger) was founded 12 years ago.",
    "The Tokyo-based firm 三菱 signed the deal.",
    "Telegram\nFacebook",  # two short lines are not yet a share widget
    "Read the full ruling at https://curia.europa.eu/case/123 for details.",
])
def test_article_lines_are_not_regions(line: str) -> None:
    assert kinds_of(ARTICLE + line + "\n" + ARTICLE) == []


def test_teaser_in_brackets_only_at_the_end() -> None:
    teaser = "( The UK demands Apple to provide user data! The US government is furious )"
    assert kinds_of(ARTICLE * 6 + teaser + "\nOriginally appeared on Chain News.") == [("related", teaser)]
    assert kinds_of(teaser + "\n" + ARTICLE * 6) == []
    assert kinds_of(ARTICLE * 6 + "($1 = 104.0270 roubles)") == []  # a wire's rate note


def test_disclaimer_phrases_only_at_the_edges() -> None:
    middle = "The ministry said the figures were shared for information only and may change."
    assert kinds_of(ARTICLE * 4 + middle + "\n" + ARTICLE * 4) == []
    assert kinds_of(ARTICLE * 4 + middle) == [("disclaimer", middle)]


def test_adjacent_lines_of_one_kind_merge_and_offsets_are_exact() -> None:
    text = "🎉 Lucky Draw is Live!\n\nDraw Now 👉 https://x.example/d\n#Points#\n" + ARTICLE
    regions = detect_regions(text)
    assert len(regions) == 1
    assert text[regions[0].start:regions[0].end] == "🎉 Lucky Draw is Live!\n\nDraw Now 👉 https://x.example/d\n#Points#"


def test_body_start_excludes_front_matter() -> None:
    front = "---\ntitle: Sponsored\n---\n"
    text = front + ARTICLE
    assert detect_regions(text, len(front)) == []
    assert detect_regions(text, 0) != []  # the same line would count if it were body text


def test_empty_text() -> None:
    assert detect_regions("") == []
    assert detect_regions("\n \n") == []


SEED_REGIONS = {
    "000": [("promo", 1, 9), ("related", 34, 34)],
    "001": [("related", 32, 32), ("related", 40, 40), ("disclaimer", 42, 42), ("promo", 44, 45), ("share", 46, 57)],
    "002": [("related", 19, 19), ("related", 23, 23)],
    "003": [],
    "004": [("foreign_language", 11, 11)],
}


@pytest.mark.parametrize("prefix", sorted(SEED_REGIONS))
def test_seed_regions(prefix: str) -> None:
    from conftest import SEEDS

    path = next(SEEDS.glob(prefix + "_*"))
    text = path.read_text("utf-8")
    got = [(r.kind, text.count("\n", 0, r.start) + 1, text.count("\n", 0, r.end) + 1) for r in detect_regions(text)]
    assert got == SEED_REGIONS[prefix]


from hypothesis import given, settings, strategies as st  # noqa: E402

_LINES = st.sampled_from([
    ARTICLE.strip(), "", "   ", "Ad", "Share To", "X", "Telegram", "Related: more", "Disclaimer: not advice",
    "🎉 Lucky Draw", "https://example.com", "#Tag#", "杜罗夫说Telegram宁愿退出法国市场", "( a b c d e f g )", "\t",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=30), st.sampled_from(["\n", "\r\n", "\r"]), st.integers(0, 40))
def test_regions_are_ordered_disjoint_and_trimmed(lines: list[str], nl: str, cut: int) -> None:
    text = nl.join(lines)
    body_start = min(cut, len(text))
    regions = detect_regions(text, body_start)
    prev_end = body_start
    for r in regions:
        assert prev_end <= r.start < r.end <= len(text)
        assert not text[r.start].isspace() and not text[r.end - 1].isspace()
        prev_end = r.end
