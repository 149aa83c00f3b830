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

import asyncio
import contextlib
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated, AsyncIterator, Callable, Iterator, Literal, TypeVar

from fastapi import FastAPI, HTTPException
from fastapi import Path as PathParam
from fastapi import Query
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
T = TypeVar("T")


def create_app(ledger: str, token: str, max_body: int = DEFAULT_MAX_BODY, settings: Settings | None = None,
               warm: bool = True) -> Guard:
    """The service over the ledger at `ledger` (a SQLite path or a postgresql:// URL), guarded by
    `token`; the model is loaded at start-up when `warm`."""
    desk = Desk(Ledger(ledger), settings)
    # One thread does the desk's work, first come first served: extraction runs one at a time
    # anyway (one model), and a queue in arrival order keeps the slowest answers close to the
    # others, where threads racing for a lock can leave one waiting for many turns. The event
    # loop stays free for /healthz, 401 and 413.
    desk_thread = ThreadPoolExecutor(1, thread_name_prefix="claimkit-desk")

    async def on_desk(work: Callable[[], T]) -> T:
        with _answers():
            return await asyncio.get_running_loop().run_in_executor(desk_thread, work)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if warm:
            await on_desk(desk.warm_up)
        yield
        desk_thread.shutdown(wait=True)
        desk.ledger.close()

    api = FastAPI(title="claimkit", version=__version__, lifespan=lifespan,
                  description="Check a draft's figures against a story's sources before it is published.")
    api.state.desk = desk

    @api.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @api.post("/v1/stories/{story}/sources")
    async def add_sources(story: StoryId, body: SourcesIn) -> SourcesOut:
        """Store the documents and their claims; unchanged ones are not extracted again."""
        version, stored = await on_desk(lambda: desk.add_sources(story, body.documents, replace=body.replace))
        return SourcesOut(story=story, version=version, documents=stored)

    @api.get("/v1/stories/{story}/sources")
    async def list_sources(story: StoryId) -> SourcesOut:
        version, stored = await on_desk(lambda: desk.documents(story))
        return SourcesOut(story=story, version=version, documents=stored)

    @api.delete("/v1/stories/{story}", status_code=204)
    async def delete_story(story: StoryId) -> Response:
        if not await on_desk(lambda: desk.delete(story)):
            raise HTTPException(404, f"no story {story!r}")
        return Response(status_code=204)

    @api.post("/v1/stories/{story}/check", response_model=CheckOut,
              responses={200: {"content": {m: {} for m in MEDIA.values()},
                               "description": "the check's JSON (or the format asked for, the verdict in "
                                              "the X-Claimkit-Verdict header)"}})
    async def check(story: StoryId, body: CheckIn, format: Annotated[CheckFormat, Query()] = "json") -> Response:
        """A draft's findings against the story's sources, and the verdict a pre-publish hook acts on."""

        def work() -> tuple[str, str]:
            checked = desk.check(story, body)
            if format == "json":
                answer = CheckOut.model_construct(**dict(checked.report), verdict=checked.verdict,
                                                  fail_on=body.fail_on, story=story,
                                                  story_version=checked.story_version)
                return answer.model_dump_json(), checked.verdict
            from claimkit.render import render_check

            return render_check(checked.report, format, checked.sources, fail_on=body.fail_on), checked.verdict

        content, verdict = await on_desk(work)
        return Response(content, media_type=MEDIA[format], headers={"X-Claimkit-Verdict": verdict})

    @api.get("/v1/stories/{story}/report")
    async def report(story: StoryId, format: Annotated[ReportFormat, Query()] = "json") -> Response:
        """The reconcile report of the story's sources (as `claimkit reconcile` gives it)."""

        def work() -> str:
            from claimkit.render import render_report

            built, sources = desk.report(story)
            return render_report(built, format, sources)

        return Response(await on_desk(work), media_type=MEDIA[format])

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
