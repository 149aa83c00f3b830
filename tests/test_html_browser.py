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
