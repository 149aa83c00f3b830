"""Ingest: paths -> documents (`Source`: a `Document` record, its decoded text and regions).

    sources.py     walk paths, read .txt/.md/.html/.json/.jsonl, front matter, sidecars, manifests
    decoding.py    bytes -> text (BOMs, UTF-16, legacy code pages), invisible characters evened out
    html_text.py   an HTML page -> the text an editor reads
    regions.py     promotions, disclaimers, teasers, non-English paragraphs, marked not deleted

Unreadable inputs become `Skipped` records, never crashes. Nothing here knows about claims.
"""

from __future__ import annotations

from claimkit.ingest.sources import Loaded, Source, iter_load, load, load_text, read_named

__all__ = ["Loaded", "Source", "iter_load", "load", "load_text", "read_named"]
