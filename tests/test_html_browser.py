"""The editor's page in a real headless Chromium (playwright driving the system's chromium).

Skipped, with the reason, only where no browser is installed (`make browser` installs one).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser_setup import launch, why_unavailable

from claimkit.cli import run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
HOSTILE = "Reader comment: <script>alert(1)</script> and <img src=x onerror=alert(2)> and javascript:alert(3)\n"

pytestmark = pytest.mark.skipif(why_unavailable() is not None, reason=f"browser test skipped: {why_unavailable()}")


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    """reconcile of the seeds plus one hostile document, as html."""
    folder = tmp_path_factory.mktemp("page")
    shutil.copytree(SEEDS, folder / "seeds")
    (folder / "seeds" / "zz_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = folder / "seeds.html"
    assert run(["reconcile", str(folder / "seeds"), "--format", "html", "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def opened(browser, page_file):
    """(page, console errors, dialogs, requests) for the seeds page."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    yield page, errors, dialogs, requests
    page.close()


def _fine_conflict(page):
    """The conflict item whose claims include the '5 million TWD' span."""
    span = page.locator("span.claim", has_text="5 million TWD").first
    claim_id = span.get_attribute("data-claim-id")
    for item in page.locator("#conflict-list > li").all():
        if claim_id in (item.get_attribute("data-claims") or ""):
            return item, claim_id
    raise AssertionError("no conflict names the '5 million TWD' claim")


def test_loads_without_console_errors(opened):
    page, errors, dialogs, requests = opened
    assert page.title() == "claimkit report"
    assert errors == [] and dialogs == []
    assert all(url.startswith("file:") for url in requests), requests  # no network


def test_fine_conflict_is_listed_and_click_highlights_every_side(opened):
    page, errors, _, _ = opened
    item, claim_id = _fine_conflict(page)
    assert "fine" in item.inner_text()
    assert "high" in (item.get_attribute("class") or "")
    assert page.locator("span.claim.active").count() == 0
    item.click()
    twd = page.locator("span.claim", has_text="5 million TWD").first
    assert "active" in (twd.get_attribute("class") or "").split()
    assert twd.is_visible()
    # every claim the conflict names is highlighted, and nothing else
    import json

    wanted = set(json.loads(item.get_attribute("data-claims")))
    active = {el.get_attribute("data-claim-id") for el in page.locator("span.claim.active").all()}
    assert active == wanted and claim_id in active
    assert "selected" in (item.get_attribute("class") or "")
    in_view = page.evaluate(
        "id => { const r = [...document.querySelectorAll('.claim.active')].find(e => e.dataset.claimId === id)"
        ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }", claim_id)
    first_active = page.evaluate("() => { const r = document.querySelector('.claim.active').getBoundingClientRect();"
                                 " return r.top >= 0 && r.bottom <= window.innerHeight; }")
    assert first_active or in_view  # scrolled to the conflict's sides
    assert errors == []


def test_keyboard_selects_a_conflict(opened):
    page, _, _, _ = opened
    item, claim_id = _fine_conflict(page)
    item.focus()
    page.keyboard.press("Enter")
    assert page.locator("span.claim.active").count() >= 2


def test_injected_markup_shows_as_text(opened):
    page, errors, dialogs, _ = opened
    doc = page.locator("article.doc[data-doc='zz_hostile.txt'] pre.text")
    assert doc.inner_text().strip() == HOSTILE.strip()
    assert page.locator("article.doc script").count() == 0 and page.locator("article.doc img").count() == 0
    assert dialogs == [] and errors == []


def test_check_page_finding_highlights_draft_and_sources(browser, tmp_path):
    text = (SEEDS / "001_b0bfe5803ea1ab71.txt").read_text(encoding="utf-8").replace("$550,000", "$5.5 million", 1)
    draft = tmp_path / "draft.md"
    draft.write_text(text, encoding="utf-8")
    out = tmp_path / "check.html"
    assert run(["check", str(draft), "--against", str(SEEDS), "--format", "html", "-o", str(out)]) == 1
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(out.as_uri())
    finding = page.locator("#finding-list > li[data-code='CK101']").first
    assert "$5.5 million" in finding.inner_text()
    finding.click()
    active = page.locator("span.claim.active")
    texts = {el.inner_text() for el in active.all()}
    assert "$5.5 million" in texts and "$550,000" in texts
    assert page.locator("article.doc.draft span.claim.active").count() >= 1
    in_view = page.evaluate("() => { const r = document.querySelector('article.doc.draft span.claim.active')"
                            ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }")
    assert in_view  # the page scrolls to the draft's own figure first
    assert errors == []
    page.close()


# --- part 11: the check page leads with the verdict, the reconcile page scales -------------------

STORY = ROOT / "tests" / "fixtures" / "story"
WRONG = ROOT / "tests" / "fixtures" / "story-drafts" / "wrong.md"
NARROW = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    """The two pages of the invented story, the seeds' check page, and the reconcile page of a
    generated 40-document story (tests/make_story.py)."""
    from make_story import write

    folder = tmp_path_factory.mktemp("pages")
    out = {name: folder / f"{name}.html" for name in ("story", "story-check", "seeds-check", "many")}
    assert run(["reconcile", str(STORY), "--format", "html", "-o", str(out["story"])]) == 0
    assert run(["check", str(WRONG), "--against", str(STORY), "--format", "html", "-q",
                "-o", str(out["story-check"])]) == 1
    clean = folder / "clean.txt"
    clean.write_text((SEEDS / "001_b0bfe5803ea1ab71.txt").read_text(encoding="utf-8"), encoding="utf-8")
    # a deep checkout: long paths without a space must wrap rather than widen the page
    deep = folder / "newsroom_archive_2026_desk_checkouts_claimkit_main_seeds"
    shutil.copytree(SEEDS, deep)
    assert run(["check", str(clean), "--against", str(deep), "--format", "html", "-q", "--fail-on", "high",
                "-o", str(out["seeds-check"])]) == 0
    many = write(40, folder / "many")
    assert run(["reconcile", str(many), "--format", "html", "-o", str(out["many"])]) == 0
    return out


def _open(browser, path: Path, viewport: dict | None = None, js: bool = True):
    """(page, requests that left file:, console errors); every request is recorded and any that is
    not the page itself is refused."""
    context = browser.new_context(viewport=viewport or {"width": 1400, "height": 900}, java_script_enabled=js)
    page = context.new_page()
    outside: list[str] = []
    errors: list[str] = []

    def route(r):  # noqa: ANN001
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith("file:") else None)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, outside, errors


def test_check_page_opens_with_the_verdict(browser, pages):
    page, outside, errors = _open(browser, pages["story-check"])
    first = page.evaluate("() => { const h = document.querySelector('h1,h2,h3,h4,h5,h6');"
                          " return [h.tagName, h.textContent]; }")
    assert first[0] == "H1"
    # €24 million against the sources' €2.4 million is the one finding at or above medium
    assert first[1] == "Fails: 1 conflict — fail-on medium"
    assert "fail" in page.locator("#verdict").get_attribute("class").split()
    assert page.title() == "claimkit check"  # as ingest knows claimkit's own page, never read back
    assert outside == [] and errors == []
    page.context.close()


def test_check_page_passes_under_a_higher_threshold(browser, pages):
    page, _, errors = _open(browser, pages["seeds-check"])
    heading = page.locator("h1").first.inner_text()
    assert heading.startswith("Passes") and heading.endswith("fail-on high")
    assert errors == []
    page.context.close()


def test_check_page_draft_precedes_the_sources(browser, pages):
    page, _, _ = _open(browser, pages["story-check"])
    order = page.evaluate("""() => {
        const draft = document.querySelector('article.doc.draft'), sources = document.querySelector('#sources');
        const findings = document.querySelector('#finding-list');
        return [!!(draft.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING),
                !!(findings.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING),
                document.querySelectorAll('#sources article.doc.draft').length]; }""")
    assert order == [True, True, 0]
    page.context.close()


def test_check_page_marks_draft_figures_and_shows_each_side(browser, pages):
    page, _, _ = _open(browser, pages["story-check"])
    draft = page.locator("article.doc.draft")
    assert draft.locator("span.claim.st-conflict", has_text="€24 million").count() == 1
    assert draft.locator("span.claim.st-unsupported", has_text="€9 million").count() == 1
    finding = page.locator("#finding-list > li[data-code='CK101']")
    assert finding.locator("a").first.inner_text() == "the draft, line 5"  # where the figure is
    sides = finding.locator("ul.groups > li")
    assert sides.count() == 2  # the majority's €2.4 million and the draft's side, €24 million
    assert "€2.4 million" in sides.nth(0).inner_text() and "majority" in sides.nth(0).inner_text()
    assert "the draft" in sides.nth(1).inner_text() and "Nordic Daily" in sides.nth(1).inner_text()
    # the majority's six documents are summarized, and open on a click
    many = sides.nth(0).locator("details.many")
    assert many.locator("summary").inner_text() == "6 sources"
    assert not many.locator("a").first.is_visible()
    many.locator("summary").click()
    assert many.locator("a").first.is_visible()
    page.context.close()


def test_front_matter_is_a_header_not_text(browser, pages):
    for name in ("story", "story-check"):
        page, _, _ = _open(browser, pages[name])
        wire = page.locator("article.doc[data-doc='wire.md']")
        text = wire.locator("pre.text").inner_text()
        assert "source:" not in text and "---" not in text and "url:" not in text
        assert text.startswith("The Nordvik maritime court")
        head = wire.locator(".doc-head")
        assert head.locator(".outlet").inner_text() == "Harbour Wire"
        link = head.locator("a.title")
        assert link.inner_text() == "Ferry operator fined €2.4 million over Lindholm collision"
        assert link.get_attribute("href") == "https://wire.example/2026/03/ferry-operator-fined"
        assert head.locator("time").inner_text() == "2026-03-12"
        assert "derived from" in head.inner_text()  # the wire copy's original
        page.context.close()


@pytest.mark.parametrize("name", ["story", "story-check", "seeds-check", "many"])
def test_no_horizontal_overflow_at_390px(browser, pages, name):
    page, _, _ = _open(browser, pages[name], NARROW)
    for details in page.locator("details").all():  # the widest state: every group and list open
        page.evaluate("d => d.open = true", details.element_handle())
    wide = page.evaluate("""() => { const W = document.documentElement.clientWidth;
        return [document.documentElement.scrollWidth, W,
                [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > W + 1)
                    .slice(0, 3).map(e => e.tagName + ' ' + e.textContent.slice(0, 40))]; }""")
    assert wide[0] <= wide[1] and wide[2] == [], wide
    # a heading breaks between words, never inside one: each word sits on one line box
    split = page.evaluate("""() => { const out = [];
        document.querySelectorAll('h1,h2,h3').forEach(h => {
          const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (const m of n.textContent.matchAll(/\\S+/g)) {
              const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
              const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
              if (tops.size > 1) out.push(m[0]);
            } } });
        return out; }""")
    assert split == []
    page.context.close()


def _shown(page, selector: str) -> list[str]:
    return [el.get_attribute("id") for el in page.locator(selector).all() if el.is_visible()]


def test_filters_change_what_is_shown(browser, pages):
    page, outside, errors = _open(browser, pages["story"])
    conflicts = "#conflict-list > li"
    every = _shown(page, conflicts)
    assert len(every) == page.locator(conflicts).count() >= 4
    page.select_option("#filters select[name=kind]", "money")
    money = _shown(page, conflicts)
    assert money and set(money) < set(every)
    assert all(page.locator(f"#{i}").get_attribute("data-kind") == "money" for i in money)
    page.select_option("#filters select[name=kind]", "")
    page.select_option("#filters select[name=severity]", "high")
    high = _shown(page, conflicts)
    assert high and set(high) < set(every)
    assert all("sev-high" in page.locator(f"#{i}").get_attribute("class") for i in high)
    assert _shown(page, "li.fact") == []  # agreed facts have no severity but "agreed"
    page.select_option("#filters select[name=severity]", "")
    page.select_option("#filters select[name=outlet]", "Nordic Daily")
    nordic = _shown(page, conflicts)
    assert nordic and set(nordic) <= set(every)
    assert all("Nordic Daily" in page.locator(f"#{i}").get_attribute("data-outlets") for i in nordic)
    assert [a.get_attribute("data-doc") for a in page.locator("article.doc").all() if a.is_visible()] == ["nordic-daily.md"]
    assert "Showing" in page.locator("#shown").inner_text()
    page.select_option("#filters select[name=outlet]", "")
    page.fill("#filters input[name=q]", "passengers")
    words = _shown(page, conflicts)
    assert words and set(words) < set(every)
    assert all("passenger" in page.locator(f"#{i}").inner_text() for i in words)
    page.fill("#filters input[name=q]", "")
    assert _shown(page, conflicts) == every
    assert outside == [] and errors == []
    page.context.close()


def test_without_script_everything_is_shown(browser, pages):
    page, _, _ = _open(browser, pages["story"], js=False)
    assert not page.locator("#filters").is_visible()  # the filters need the script: hidden without it
    assert all(li.is_visible() for li in page.locator("#conflict-list > li").all())
    assert page.locator("#conflict-list > li").count() >= 4
    page.context.close()


def test_hundreds_of_documents_are_summarized_and_collapsed(browser, pages):
    page, outside, errors = _open(browser, pages["many"])
    assert page.locator("article.doc").count() == 40
    group = page.locator("details.group[data-group=sources]")
    assert group.count() == 1 and group.get_attribute("open") is None
    assert not page.locator("article.doc").first.is_visible()
    n_facts = page.locator("li.fact").count()  # agreed facts: grouped by kind, collapsed beyond a dozen
    assert all((g.get_attribute("open") is None) == (n_facts > 12) for g in page.locator("#facts details.group").all())
    summaries = [s.inner_text() for s in page.locator("details.many > summary").all()]
    assert summaries and all(s.endswith("sources") and s.split()[0].isdigit() and int(s.split()[0]) > 4
                             for s in summaries)
    # selecting a conflict opens the source that holds its first claim
    page.locator("#conflict-list > li").first.click()
    active = page.locator("span.claim.active").first
    assert active.is_visible()
    page.select_option("#filters select[name=outlet]", index=1)
    visible = [a for a in page.locator("article.doc").all() if a.get_attribute("hidden") is None]
    assert 0 < len(visible) < 40
    assert outside == [] and errors == []
    page.context.close()


def test_policy_allows_only_the_page_own_style_and_script(pages):
    import re

    html = pages["story"].read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", csp)
    assert html.count("<script") == 1 and "<script src" not in html
