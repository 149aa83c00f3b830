"""Report + source texts -> one self-contained HTML page for editors (inline CSS and JS, no network).

    html.py            picks the page: a check's report (it has findings) or a reconcile report
    html_check.py      `check --format html`: the verdict, the draft beside its findings, the sources
    html_reconcile.py  `reconcile --format html`: conflicts, agreed facts, sources; filters for hundreds
    html_page.py       what both share: claim links, value groups, a source's header and text
    html_assets.py     the inline style and script, and the CSP that admits them by hash

Clicking a conflict, finding or fact adds the class "active" to each of its claims and scrolls to
the first; the pages read without the script (it adds the highlight and the filters).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimkit.render.html_assets import CSP
from claimkit.render.html_check import render_check_page
from claimkit.render.html_page import Page
from claimkit.render.html_reconcile import render_reconcile_page

if TYPE_CHECKING:
    from claimkit.ingest import Source
    from claimkit.models import Report

__all__ = ["CSP", "render_html"]


def render_html(report: Report, sources: list[Source], fail_on: str | None = None) -> str:
    """A check's report -> the check page, its verdict at `fail_on` (default medium); a reconcile
    report -> the report page."""
    if report.findings is not None:
        return render_check_page(Page(report, sources), fail_on or "medium")
    return render_reconcile_page(Page(report, sources))
