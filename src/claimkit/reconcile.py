"""Reconciliation: claims -> facts -> conflicts. (Stub: to be written.)"""

from __future__ import annotations

from claimkit.models import ExtractResult, Report, Summary
from claimkit.settings import Settings


def build_report(result: ExtractResult, settings: Settings, texts: list[str] | None = None) -> Report:
    return Report(
        tool=result.tool, generated_at=result.generated_at, settings=result.settings,
        documents=result.documents, claims=result.claims, facts=[], conflicts=[], skipped=result.skipped,
        summary=Summary(documents=len(result.documents), claims=len(result.claims), facts=0,
                        conflicts={"high": 0, "medium": 0, "low": 0}, skipped=len(result.skipped)),
    )
