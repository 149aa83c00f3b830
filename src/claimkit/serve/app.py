"""The HTTP JSON service for CMS pre-publish hooks: routes -> the desk -> the same reports and
renderers as `claimkit check` and `claimkit reconcile`.

    GET    /healthz                        no token: is the server up, which claimkit
    POST   /v1/stories/{id}/sources        store documents and their claims (once)
    GET    /v1/stories/{id}/sources        what the story holds
    DELETE /v1/stories/{id}                forget a story
    POST   /v1/stories/{id}/check          a draft's findings and verdict (?format=json|sarif|md|html|lint|github)
    GET    /v1/stories/{id}/report         the sources' reconcile report (?format=json|md|html)
"""

from __future__ import annotations

import contextlib
import os
from typing import Annotated, AsyncIterator, Iterator, Literal

from fastapi import FastAPI, HTTPException
from fastapi import Path as PathParam
from fastapi import Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from claimkit.errors import ClaimkitError
from claimkit.serve.desk import Desk, UnknownStory
from claimkit.serve.guard import Guard
from claimkit.serve.ledger import Ledger
from claimkit.serve.wire import STORY_ID, CheckIn, CheckOut, SourcesIn, SourcesOut
from claimkit.settings import Settings
from claimkit.version import __version__

DEFAULT_MAX_BODY = 8 * 2**20
StoryId = Annotated[str, PathParam(pattern=STORY_ID, description="the CMS's id for the story (a post id, a slug)")]
MEDIA = {"json": "application/json", "sarif": "application/sarif+json", "md": "text/markdown; charset=utf-8",
         "html": "text/html; charset=utf-8", "lint": "text/plain; charset=utf-8", "github": "text/plain; charset=utf-8"}
CheckFormat = Literal["json", "sarif", "md", "html", "lint", "github"]
ReportFormat = Literal["json", "md", "html"]


def create_app(ledger: str, token: str, max_body: int = DEFAULT_MAX_BODY, settings: Settings | None = None,
               warm: bool = True) -> Guard:
    """The service over the ledger at `ledger` (a SQLite path or a postgresql:// URL), guarded by
    `token`; the model is loaded at start-up when `warm`."""
    desk = Desk(Ledger(ledger), settings)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if warm:
            await run_in_threadpool(desk.warm_up)
        yield
        desk.ledger.close()

    api = FastAPI(title="claimkit", version=__version__, lifespan=lifespan,
                  description="Check a draft's figures against a story's sources before it is published.")
    api.state.desk = desk

    @api.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @api.post("/v1/stories/{story}/sources")
    def add_sources(story: StoryId, body: SourcesIn) -> SourcesOut:
        """Store the documents and their claims; unchanged ones are not extracted again."""
        with _answers():
            version, stored = desk.add_sources(story, body.documents, replace=body.replace)
        return SourcesOut(story=story, version=version, documents=stored)

    @api.get("/v1/stories/{story}/sources")
    def list_sources(story: StoryId) -> SourcesOut:
        with _answers():
            version, stored = desk.documents(story)
        return SourcesOut(story=story, version=version, documents=stored)

    @api.delete("/v1/stories/{story}", status_code=204)
    def delete_story(story: StoryId) -> Response:
        if not desk.delete(story):
            raise HTTPException(404, f"no story {story!r}")
        return Response(status_code=204)

    @api.post("/v1/stories/{story}/check", response_model=CheckOut,
              responses={200: {"content": {m: {} for m in MEDIA.values()},
                               "description": "the check's JSON (or the format asked for, the verdict in "
                                              "the X-Claimkit-Verdict header)"}})
    def check(story: StoryId, body: CheckIn, format: Annotated[CheckFormat, Query()] = "json") -> Response:
        """A draft's findings against the story's sources, and the verdict a pre-publish hook acts on."""
        with _answers():
            checked = desk.check(story, body)
        headers = {"X-Claimkit-Verdict": checked.verdict}
        if format == "json":
            answer = CheckOut.model_construct(**dict(checked.report), verdict=checked.verdict, fail_on=body.fail_on,
                                              story=story, story_version=checked.story_version)
            return Response(answer.model_dump_json(), media_type=MEDIA["json"], headers=headers)
        from claimkit.render import render_check

        return Response(render_check(checked.report, format, checked.sources), media_type=MEDIA[format],
                        headers=headers)

    @api.get("/v1/stories/{story}/report")
    def report(story: StoryId, format: Annotated[ReportFormat, Query()] = "json") -> Response:
        """The reconcile report of the story's sources (as `claimkit reconcile` gives it)."""
        from claimkit.render import render_report

        with _answers():
            built, sources = desk.report(story)
        return Response(render_report(built, format, sources), media_type=MEDIA[format])

    return Guard(api, token, max_body)


@contextlib.contextmanager
def _answers() -> Iterator[None]:
    """The desk's refusals as HTTP answers: an unknown story is 404, an unusable input 422."""
    try:
        yield
    except UnknownStory as exc:
        raise HTTPException(404, f"no story {exc.args[0]!r}: POST its sources first") from None
    except ClaimkitError as exc:
        raise HTTPException(422, str(exc)) from None


def app_from_environment() -> Guard:
    """The app as `claimkit serve` configures it, through the environment (each uvicorn worker
    process builds its own): CLAIMKIT_LEDGER, CLAIMKIT_TOKEN, CLAIMKIT_MAX_BODY."""
    return create_app(os.environ["CLAIMKIT_LEDGER"], os.environ["CLAIMKIT_TOKEN"],
                      int(os.environ.get("CLAIMKIT_MAX_BODY") or DEFAULT_MAX_BODY))
