"""The command line: thin typer commands over `claimkit.api`.

Exit codes: 0 clean, 1 conflicts at or above --fail-on, 2 bad input or usage.
Nothing heavy is imported at module level, so `claimkit --help` is instant.
"""

from __future__ import annotations

import contextlib
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Callable, Iterable, Iterator, Optional

import typer

from claimkit.version import __version__

app = typer.Typer(
    name="claimkit",
    help="Extract the claims of several sources on one story and reconcile them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


class ReportFormat(str, Enum):
    json = "json"
    text = "text"
    md = "md"
    html = "html"


class CheckFormat(str, Enum):
    lint = "lint"
    json = "json"
    md = "md"
    html = "html"
    github = "github"
    sarif = "sarif"


class FailOn(str, Enum):
    high = "high"
    medium = "medium"
    low = "low"
    never = "never"


Paths = Annotated[list[str], typer.Argument(help="Files or directories (.txt .md .html .json .jsonl).", show_default=False)]
Output = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")]
Model = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline [env: CLAIMKIT_MODEL].")]
Now = Annotated[Optional[str], typer.Option("--now", help="Pin generated_at (ISO 8601) for reproducible output.")]
BaseCurrency = Annotated[str, typer.Option("--base-currency", help="Currency money is compared in.")]
Rates = Annotated[Optional[Path], typer.Option("--rates", help="JSON table of annual rate ranges overriding the bundled one.")]
CacheDir = Annotated[Optional[Path], typer.Option(
    "--cache", "--cache-dir", envvar="CLAIMKIT_CACHE", show_envvar=False,
    help="Claim cache folder (SQLite); re-runs on unchanged documents skip parsing "
         "[env: CLAIMKIT_CACHE; default: the user cache directory].")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the claim cache.")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=0, help=(
    "Worker processes for parsing and extraction; 0: one per core (up to 8) when the input is "
    "more than one batch (64 documents or 200,000 characters)."))]
TimeBudget = Annotated[Optional[float], typer.Option(
    "--time-budget", min=0.001,
    help="Seconds of extraction per document; past it the document keeps the claims found so far "
         "and gets a note [default: 30].", show_default=False)]


def _cache_dir(cache_dir: Path | None, no_cache: bool) -> Path | None:
    from claimkit.extract.cache import default_dir

    return None if no_cache else (cache_dir or default_dir())


def _settings(**kw: object):  # noqa: ANN202 - Settings is imported lazily
    from claimkit.settings import Settings

    base = kw.get("base_currency")
    if base is not None:
        _known_currency(str(base), kw.get("rates_file"))  # type: ignore[arg-type]
    return Settings(**{k: v for k, v in kw.items() if v is not None})


def _known_currency(code: str, rates_file: Path | None) -> None:
    """A base currency no rate is known for would switch every money comparison off: refuse it."""
    import difflib

    from claimkit.errors import InputError
    from claimkit.normalize.fx import known_currencies

    known = known_currencies(rates_file)
    if code not in known:
        near = difflib.get_close_matches(code, sorted(known), n=1)
        hint = f" (did you mean {near[0]}?)" if near else ""
        raise InputError(f"--base-currency {code}: no exchange rates known for it{hint}")


def _load(paths: list[str]):  # noqa: ANN202 - ingest is imported lazily
    """The documents under `paths`; exit 2 when there are none at all."""
    from claimkit.ingest import load

    loaded = load(paths)
    if not loaded.sources and not loaded.skipped:
        raise _no_documents(paths)
    return loaded


def _no_documents(paths: list[str]) -> typer.Exit:
    return _fail(f"{' '.join(paths)}: no documents found (.txt .md .html .json .jsonl)")


def _notes(skipped: Iterable[tuple[str, str]]) -> None:
    """One stderr line per input that was skipped, naming it."""
    for path, reason in skipped:
        typer.echo(f"claimkit: note: {path}: {reason}", err=True)


def _summary(report) -> str:  # noqa: ANN001 - models are imported lazily
    """'checked 14 figures in draft.md against 5 sources: 1 conflict, 2 unsupported' (also when clean)."""
    drafts = [d for d in report.documents if d.role == "draft"]
    draft_ids = {d.id for d in drafts}
    figures = sum(1 for c in report.claims if c.region is None and c.doc in draft_ids)
    live = [f for f in report.findings or [] if not f.silenced]
    counts: dict[str, int] = {}
    for f in live:
        counts[f.status] = counts.get(f.status, 0) + 1
    said = ", ".join(f"{n} {status}{'s' if status == 'conflict' and n != 1 else ''}" for status, n in counts.items())
    names = ", ".join(d.path for d in drafts)
    sources = len(report.documents) - len(drafts)
    return (f"checked {figures} figure{'s' if figures != 1 else ''} in {names} against {sources} "
            f"source{'s' if sources != 1 else ''}: {said or 'no findings'}")


def _date(text: str | None):  # noqa: ANN202 - datetime is imported lazily
    import datetime as dt

    from claimkit.errors import InputError

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--published {text}: not a date (YYYY-MM-DD)") from None


def _read_notes(documents: Iterable) -> list[tuple[str, str]]:  # noqa: ANN001 - models are imported lazily
    """(path, note) for documents read only in part: cut by the time budget (a note every report
    carries too), or in a language claimkit does not read."""
    out = []
    for doc in documents:
        out += [(doc.path, n) for n in doc.notes if "time budget" in n]
        if doc.language and not doc.language.lower().startswith("en"):
            out.append((doc.path, f"language {doc.language!r}: claimkit reads English only; no claims were read "
                                  "from it (give an English copy, or mark the front matter language: en)"))
    return out


def _fail(message: str) -> typer.Exit:
    typer.echo(f"claimkit: error: {message}", err=True)
    return typer.Exit(code=2)


PROGRESS_MIN = 4  # a bar only when more documents than this are parsed


def _color(output: Optional[Path]) -> bool:
    return output is None and sys.stdout.isatty()


def _progress_wanted(n: int) -> bool:
    return n > PROGRESS_MIN and sys.stderr.isatty()


@contextlib.contextmanager
def _progress() -> Iterator[Callable[[int, int], None]]:
    """A callable (done, total) that draws a bar on stderr once it sees a long run and stderr is a
    terminal. Nothing but the requested output goes to stdout."""
    with contextlib.ExitStack() as stack:
        state: dict = {}

        def advance(done: int, total: int) -> None:
            if "bar" not in state:
                if not _progress_wanted(total):
                    return
                from rich.console import Console
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

                columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
                state["bar"] = stack.enter_context(Progress(*columns, console=Console(stderr=True), transient=True))
                state["task"] = state["bar"].add_task("extract", total=total)
            state["bar"].update(state["task"], completed=done)

        yield advance


def _extract(loaded, settings):  # noqa: ANN001, ANN202 - models are imported lazily
    """api.extract_loaded, with a progress bar."""
    from claimkit import api

    with _progress() as advance:
        return api.extract_loaded(loaded, settings, advance)


def _stream_jsonl(paths: list[str], settings, output: Optional[Path]) -> list[tuple[str, str]]:  # noqa: ANN001
    """extract --format jsonl, one document at a time: read, extract, write its claims, forget it.
    A file output appears (atomically) only when the run succeeds. Returns the skipped (path, reason)."""
    from claimkit import api
    from claimkit.models import Skipped
    from claimkit.render.output import open_output

    skipped: list[tuple[str, str]] = []
    seen = 0

    def sources():  # noqa: ANN202
        nonlocal seen
        for item in api.iter_sources(paths):
            if isinstance(item, Skipped):
                skipped.append((item.path, item.reason))
            else:
                seen += 1
                yield item

    with open_output(output) as out:
        for _, claims in api.extract_sources(sources(), settings):
            out.write("".join(c.model_dump_json() + "\n" for c in claims))
        if not seen and not skipped:
            raise _no_documents(paths)
    return skipped


def _reconcile(loaded, settings):  # noqa: ANN001, ANN202
    """api.reconcile_loaded, with a progress bar."""
    from claimkit import api

    with _progress() as advance:
        return api.reconcile_loaded(loaded, settings, advance)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimkit {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """Extract the claims of several sources on one story and reconcile them."""


@app.command()
def extract(
    paths: Paths,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.json,
    output: Output = None,
    model: Model = None,
    now: Now = None,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
    jobs: Jobs = 0,
    time_budget: TimeBudget = None,
) -> None:
    """Print the claims of each document."""
    from claimkit.errors import ClaimkitError
    from claimkit.render import render_extract
    from claimkit.render.output import check_output, write_output

    try:
        check_output(output, paths)
        settings = _settings(model=model, now=now, cache_dir=_cache_dir(cache_dir, no_cache), jobs=jobs,
                             time_budget=time_budget)
        if format == ExtractFormat.jsonl:
            _notes(_stream_jsonl(paths, settings, output))
            return
        loaded = _load(paths)
        result = _extract(loaded, settings)
        write_output(render_extract(result, format.value), output)
    except ClaimkitError as exc:
        raise _fail(str(exc)) from None
    _notes([*((s.path, s.reason) for s in result.skipped), *_read_notes(result.documents)])


@app.command()
def reconcile(
    paths: Paths,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")] = ReportFormat.json,
    output: Output = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 on a conflict at or above this severity.")] = FailOn.never,
    base_currency: BaseCurrency = "USD",
    rates: Rates = None,
    model: Model = None,
    now: Now = None,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
    jobs: Jobs = 0,
    time_budget: TimeBudget = None,
) -> None:
    """Report claims, facts and conflicts across all documents."""
    from claimkit.errors import ClaimkitError
    from claimkit.render import render_report
    from claimkit.render.output import check_output, write_output
    from claimkit.render.wording import at_or_above

    try:
        check_output(output, paths)
        settings = _settings(model=model, now=now, base_currency=base_currency.upper(), rates_file=rates,
                             cache_dir=_cache_dir(cache_dir, no_cache), jobs=jobs, time_budget=time_budget)
        loaded = _load(paths)
        report = _reconcile(loaded, settings)
        write_output(render_report(report, format.value, loaded.sources, color=_color(output)), output)
    except ClaimkitError as exc:
        raise _fail(str(exc)) from None
    _notes([*((s.path, s.reason) for s in report.skipped), *_read_notes(report.documents)])
    if at_or_above([c.severity for c in report.conflicts], fail_on.value):
        raise typer.Exit(code=1)


CHECK_KEYS = ("against", "fail-on", "base-currency", "rates")  # the [check] keys of claimkit.toml


def _check_config() -> dict:
    """The [check] table of ./claimkit.toml ({} when there is none); an unknown key or table is an
    error naming the nearest known one (a typo would silently switch the setting off)."""
    import difflib
    import tomllib

    path = Path("claimkit.toml")
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _fail(f"{path}: cannot read: {exc}") from None
    for key in data:
        if key != "check":
            hint = f"; [check] {key} is one" if key in CHECK_KEYS else ""
            raise _fail(f"{path}: unknown key {key!r} (claimkit reads the [check] table{hint})")
    table = data.get("check", {})
    if not isinstance(table, dict):
        raise _fail(f"{path}: [check] must be a table")
    for key in table:
        if key.replace("_", "-") not in CHECK_KEYS:
            near = difflib.get_close_matches(key, CHECK_KEYS, n=1)
            hint = f" (did you mean {near[0]}?)" if near else f" (known: {', '.join(CHECK_KEYS)})"
            raise _fail(f"{path}: unknown key [check] {key}{hint}")
    return {k.replace("_", "-"): v for k, v in table.items()}


@app.command()
def check(
    drafts: Annotated[Optional[list[str]], typer.Argument(
        metavar="DRAFT", show_default=False,
        help="The draft(s); each is checked on its own against the sources (lint, github, sarif take several).")] = None,
    against: Annotated[Optional[list[str]], typer.Option(
        "--against", "-a", help="Source file or directory (repeatable); default: [check] against in ./claimkit.toml.",
        show_default=False)] = None,
    fail_on: Annotated[Optional[FailOn], typer.Option(
        "--fail-on", help="Exit 1 on a finding at or above this severity [default: medium].", show_default=False)] = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.lint,
    output: Output = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line on stderr.")] = False,
    published: Annotated[Optional[str], typer.Option(
        "--published", help="The draft's publication date (YYYY-MM-DD) when its front matter gives none "
                            "[default: today].", show_default=False)] = None,
    list_codes: Annotated[bool, typer.Option("--list-codes", help="List the finding codes and exit (--format md: as a Markdown table).")] = False,
    base_currency: Annotated[Optional[str], typer.Option(
        "--base-currency", help="Currency money is compared in [default: [check] base-currency, else USD].",
        show_default=False)] = None,
    rates: Rates = None,
    model: Model = None,
    now: Now = None,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
    jobs: Jobs = 0,
    time_budget: TimeBudget = None,
) -> None:
    """Check a draft's figures against the sources, like a linter."""
    if list_codes:
        from claimkit.codes import list_codes as codes_text
        from claimkit.codes import markdown_table

        typer.echo(markdown_table() if format == CheckFormat.md else codes_text(), nl=False)
        return
    from claimkit.check import check_drafts, counts_toward
    from claimkit.errors import ClaimkitError
    from claimkit.render import MULTI_DRAFT_FORMATS, render_check
    from claimkit.render.output import check_output, write_output

    if not drafts:
        raise _fail("missing DRAFT: claimkit check DRAFT --against PATH...")
    if len(drafts) > 1 and format.value not in MULTI_DRAFT_FORMATS:
        raise _fail(f"--format {format.value} takes one draft at a time ({len(drafts)} given)")
    config = _check_config()
    sources = list(against or [])
    if not sources:
        configured = config.get("against", [])
        sources = [configured] if isinstance(configured, str) else [str(p) for p in configured]
    threshold = fail_on.value if fail_on else str(config.get("fail-on", "medium"))
    base_currency = base_currency or str(config.get("base-currency", "USD"))
    rates = rates or (Path(str(config["rates"])) if config.get("rates") else None)
    if threshold not in FailOn.__members__:
        raise _fail(f"claimkit.toml: fail-on must be one of {', '.join(FailOn.__members__)}, not {threshold!r}")
    try:
        check_output(output, [*drafts, *sources])
        settings = _settings(model=model, now=now, base_currency=base_currency.upper(), rates_file=rates,
                             cache_dir=_cache_dir(cache_dir, no_cache), jobs=jobs, time_budget=time_budget)
        with _progress() as advance:
            reports, texts = check_drafts(drafts, sources, settings, advance, published=_date(published))
        write_output(render_check(reports, format.value, texts, color=_color(output)), output)
    except ClaimkitError as exc:
        raise _fail(str(exc)) from None
    _notes({**{s.path: s.reason for report in reports for s in report.skipped},  # once per path
            **dict(_read_notes(d for report in reports for d in report.documents))}.items())
    if not quiet:
        for report in reports:
            typer.echo(f"claimkit: {_summary(report)}", err=True)
    if counts_toward([f for report in reports for f in report.findings or []], threshold):
        raise typer.Exit(code=1)


@app.command()
def schema(
    output: Annotated[Path, typer.Option("--output", "-o", help="Directory for the *.schema.json files.")] = Path("schemas"),
) -> None:
    """Write the JSON Schemas of the output contract."""
    from claimkit.errors import ClaimkitError
    from claimkit.schema import write_schemas

    try:
        for path in write_schemas(output):
            typer.echo(str(path))
    except ClaimkitError as exc:
        raise _fail(str(exc)) from None


from claimkit.serve.command import serve  # noqa: E402 - light: FastAPI is imported when it runs

app.command()(serve)

cache_app = typer.Typer(help="Inspect or clear the claim cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info(cache_dir: CacheDir = None) -> None:
    """Print where the claim cache is, how many documents it holds and its size."""
    from claimkit.extract.cache import ClaimCache

    info = ClaimCache(_cache_dir(cache_dir, False)).info()  # type: ignore[arg-type]
    typer.echo(f"{info['path']}: {info['documents']} documents, {info['bytes']} bytes")


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDir = None) -> None:
    """Remove every cached document."""
    from claimkit.extract.cache import ClaimCache

    cache = ClaimCache(_cache_dir(cache_dir, False))  # type: ignore[arg-type]
    typer.echo(f"{cache.path}: removed {cache.clear()} documents")


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (for tests and `python -m claimkit`)."""
    try:
        code = app(args=argv, prog_name="claimkit", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:  # click usage errors
        return int(exc.code or 0)
    except Exception as exc:  # click's (or typer's vendored click's) UsageError and friends
        if callable(getattr(exc, "show", None)) and hasattr(exc, "exit_code"):
            exc.show()
            return 2
        raise
    return code if isinstance(code, int) else 0  # click returns an Exit's code when not standalone


def entry() -> None:
    sys.exit(run())
