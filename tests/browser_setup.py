"""Headless Chromium for the HTML page's tests and `make screenshot`: find it, launch it with playwright.

Uses the system's chromium (Debian: apt-get install chromium); never downloads
a browser (`playwright install` is not used).
Usage: python tests/browser_setup.py screenshot PAGE.html OUT.png [WIDTH]
       (OUT.png is the whole page at WIDTH px, default 1400; OUT-top.png the first screen)
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    """The browser binary: $CLAIMKIT_CHROMIUM ('none' turns the browser off), else a system chromium, else None."""
    env = os.environ.get("CLAIMKIT_CHROMIUM")
    if env == "none":
        return None
    if env and Path(env).exists():
        return env
    for name in CANDIDATES:
        if Path(name).exists():
            return name
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def why_unavailable() -> str | None:
    """None when a browser test can run, else the reason (for pytest.skip)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    if chromium_path() is None:
        return ("no chromium found (run `make browser`, or apt-get install chromium, or set CLAIMKIT_CHROMIUM"
                " to the binary)")
    return None


def launch(playwright):  # noqa: ANN001, ANN201
    """A headless Chromium browser from a started `sync_playwright()`."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=ARGS, headless=True)


def screenshot(page_file: str, out_file: str, width: int = 1400, height: int = 900) -> None:
    """Open `page_file`, select the first finding or conflict (on a page of a few sources: with
    hundreds it is shown as it opens, collapsed), save a full-page PNG to `out_file` and the first
    screen to `out_file` with '-top' before the suffix."""
    from playwright.sync_api import sync_playwright

    Path(out_file).parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(Path(page_file).resolve().as_uri())
        first = page.locator("#finding-list > li, #conflict-list > li").first
        if first.count() and not page.locator("details.group[data-group=sources]").count():
            first.click()
            page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=out_file, full_page=True)
        top = Path(out_file)
        page.screenshot(path=str(top.with_name(top.stem + "-top" + top.suffix)))
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5) or sys.argv[1] != "screenshot":
        sys.exit(__doc__)
    reason = why_unavailable()
    if reason:
        sys.exit(f"screenshot: {reason}")
    screenshot(sys.argv[2], sys.argv[3], *(int(a) for a in sys.argv[4:]))
    print(sys.argv[3])
