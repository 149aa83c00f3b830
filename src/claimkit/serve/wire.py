"""The service's request and response bodies (pydantic, as the rest of the contract): what a CMS
sends and gets back. Requests refuse unknown fields, so a field that looks like a path ("path",
"file") is an error (422), never something the server would open."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from claimkit.models import Report

# A story id is a path segment the CMS chooses (its post id, a slug).
STORY_ID = r"^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$"
# A document id names the document in findings and reports ("wire.md"); its suffix picks the
# reader (.md: front matter, .html: the page's text), as a file name does. Never a path to open.
DocId = Annotated[str, Field(min_length=1, max_length=300, pattern=r"^[^\x00-\x1f\x7f]+$",
                             examples=["wire.md"])]
FailOn = Literal["high", "medium", "low", "never"]


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceIn(Request):
    """One source document: its text and the metadata front matter would give."""

    id: DocId
    text: str = Field(description="the article's text (plain, Markdown or HTML)")
    source: str | None = Field(None, description="the outlet", examples=["Reuters"])
    url: str | None = None
    published: dt.date | None = Field(None, description="YYYY-MM-DD; relative dates are read from it")
    title: str | None = None
    language: str | None = None


class SourcesIn(Request):
    documents: list[SourceIn] = Field(min_length=1)
    replace: bool = Field(False, description="drop the story's other documents (the set given is the whole story)")

    @field_validator("documents")
    @classmethod
    def _ids_unique(cls, documents: list[SourceIn]) -> list[SourceIn]:
        seen: set[str] = set()
        for doc in documents:
            if doc.id in seen:
                raise ValueError(f"document id {doc.id!r} given twice")
            seen.add(doc.id)
        return documents


class CheckIn(Request):
    """A draft to check against the story's sources."""

    text: str = Field(description="the draft's text (plain, Markdown or HTML)")
    published: dt.date | None = Field(None, description="the draft's publication date [default: today]")
    fail_on: FailOn = Field("medium", description="the verdict is fail on a finding at or above this severity")
    id: DocId = Field("draft.md", description="the name findings give the draft; its suffix picks the reader")


class SourceStored(BaseModel):
    id: str
    status: Literal["added", "replaced", "unchanged"]
    claims: int
    sha256: str
    added: str = Field(description="when this text was stored (UTC), kept while it is unchanged")
    notes: list[str] = Field(default_factory=list)


class SourcesOut(BaseModel):
    story: str
    version: int = Field(description="goes up by one with every change to the story's sources")
    documents: list[SourceStored]


class CheckOut(Report):
    """The report of `claimkit check --format json`, with the verdict a pre-publish hook acts on."""

    verdict: Literal["pass", "fail"] = Field(description="fail when a finding not silenced is at or above fail_on")
    fail_on: FailOn
    story: str
    story_version: int
