"""`claimkit schema`: the JSON Schemas of the contract, generated from models.py."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from claimkit.errors import OutputError
from claimkit.models import Claim, Document, ExtractResult, Report


def schemas() -> dict[str, dict]:
    """File name -> JSON Schema, in serialization mode (what the commands emit)."""
    return {
        "claim.schema.json": TypeAdapter(Claim).json_schema(mode="serialization"),
        "document.schema.json": Document.model_json_schema(mode="serialization"),
        "extract.schema.json": ExtractResult.model_json_schema(mode="serialization"),
        "report.schema.json": Report.model_json_schema(mode="serialization"),
    }


def render(schema: dict) -> str:
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create: {exc.strerror or exc}") from exc
    written = []
    for name, schema in schemas().items():
        path = folder / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written
