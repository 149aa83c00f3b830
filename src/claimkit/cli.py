"""The command line: thin typer commands over `claimkit.api`.

Exit codes: 0 clean, 1 conflicts at or above --fail-on, 2 bad input or usage.
Nothing heavy is imported at module level, so `claimkit --help` is instant.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Callable, Iterable, Iterator, NamedTuple, Optional

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
    """Settings from the flags given; a base currency without rates is refused (exit 2), as the API does."""
    from claimkit.api import require_known_currency
    from claimkit.settings import Settings

    settings = Settings.checked(**{k: v for k, v in kw.items() if v is not None})
    return require_known_currency(settings, "--base-currency") if "base_currency" in kw else settings


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
    live = [f for f in report.findings or [] if not f.suppressed]
    counts: dict[str, int] = {}
    for f in live:
        counts[f.status] = counts.get(f.status, 0) + 1
    said = ", ".join(f"{n} {status}{'s' if status == 'conflict' and n != 1 else ''}" for status, n in counts.items())
    known = sum(1 for f in report.findings or [] if f.baselined)
    said = ", ".join(filter(None, [said, f"{known} known (baseline)" if known else ""]))
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


def _did_you_mean(value: str, choices: Iterable[str]) -> str:
    """' (did you mean medium?)' for the choice nearest `value`, or '' when none is near."""
    from claimkit.errors import nearest

    near = nearest(value, choices, cutoff=0.5, fold=True)
    return f" (did you mean {near}?)" if near else ""


_NOT_ONE_OF = re.compile(r"'(?P<bad>[^']*)' is not one of (?P<choices>'[^']*'(?:, '[^']*')*)")


def _with_nearest_choice(message: str) -> str:
    """typer's "'meduim' is not one of 'high', 'medium', ..." with the nearest choice named."""
    m = _NOT_ONE_OF.search(message)
    if not m:
        return message
    return message.rstrip(".") + _did_you_mean(m["bad"], re.findall(r"'([^']*)'", m["choices"]))


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
    from claimkit.render.wording import reading_notes

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
    _notes(reading_notes(result, lost_only=True))


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
    from claimkit.render.wording import at_or_above, reading_notes

    try:
        check_output(output, paths)
        settings = _settings(model=model, now=now, base_currency=base_currency.upper(), rates_file=rates,
                             cache_dir=_cache_dir(cache_dir, no_cache), jobs=jobs, time_budget=time_budget)
        loaded = _load(paths)
        report = _reconcile(loaded, settings)
        write_output(render_report(report, format.value, loaded.sources, color=_color(output)), output)
    except ClaimkitError as exc:
        raise _fail(str(exc)) from None
    _notes(reading_notes(report, lost_only=True))
    if at_or_above([c.severity for c in report.conflicts], fail_on.value):
        raise typer.Exit(code=1)


@app.command()
def check(
    ctx: typer.Context,
    drafts: Annotated[Optional[list[str]], typer.Argument(
        metavar="DRAFT", show_default=False,
        help="The draft(s); each is checked on its own against the sources (lint, github, sarif take several).")] = None,
    against: Annotated[Optional[list[str]], typer.Option(
        "--against", "-a", help="Source file or directory (repeatable); default: the draft's front matter "
                                "sources, else [check] against in the claimkit.toml nearest the draft.",
        show_default=False)] = None,
    fail_on: Annotated[FailOn, typer.Option(
        "--fail-on", help="Exit 1 on a finding at or above this severity [default: medium].",
        show_default=False)] = FailOn.medium,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.lint,
    output: Output = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line on stderr.")] = False,
    published: Annotated[Optional[str], typer.Option(
        "--published", help="The draft's publication date (YYYY-MM-DD) when its front matter gives none "
                            "[default: today].", show_default=False)] = None,
    list_codes: Annotated[bool, typer.Option("--list-codes", help="List the finding codes and exit (--format md: as a Markdown table).")] = False,
    baseline: Annotated[Optional[Path], typer.Option(
        "--baseline", help="Accept the known findings recorded in FILE by --write-baseline: only new ones fail.",
        show_default=False)] = None,
    write_baseline: Annotated[Optional[Path], typer.Option(
        "--write-baseline", help="Record the draft(s)' findings in FILE as known, and exit 0.", show_default=False)] = None,
    base_currency: Annotated[str, typer.Option("--base-currency", help="Currency money is compared in.")] = "USD",
    rates: Rates = None,
    model: Model = None,
    now: Now = None,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
    jobs: Jobs = 0,
    time_budget: TimeBudget = None,
) -> None:
    """Check a draft's figures against the sources, like a linter.

    Every option but --output, --published, --list-codes and --write-baseline may be set in the
    [check] table of a claimkit.toml (found walking up from each draft); a flag given wins.
    """
    if list_codes:
        from claimkit.codes import list_codes as codes_text
        from claimkit.codes import markdown_table

        typer.echo(markdown_table() if format == CheckFormat.md else codes_text(), nl=False)
        return
    from claimkit import baseline as known
    from claimkit.check import STDIN, check_drafts, counts_toward
    from claimkit.errors import ClaimkitError
    from claimkit.render import MULTI_DRAFT_FORMATS, render_check
    from claimkit.render.output import check_output, write_output
    from claimkit.render.wording import lost_notes

    if not drafts:
        raise _fail("missing DRAFT: claimkit check DRAFT --against PATH...")
    if drafts.count(STDIN) > 1:
        raise _fail("'-' (the draft on stdin) can be given once")
    flags = dict(ctx.params)
    configs: dict = {}  # claimkit.toml path -> its CheckConfig, each file read once
    try:
        run_config = _config_for(drafts[0], configs)
        fmt = _choice(CheckFormat, _option(ctx, flags, run_config, "format"), "format", run_config.path)
        quiet = bool(_option(ctx, flags, run_config, "quiet"))
        plans, passed_over = _plans(ctx, flags, drafts, configs)
        _notes(passed_over)
        checked = list(dict.fromkeys(d for d in drafts if d in plans))  # a draft named twice is checked once
        if not checked:
            return
        if len(checked) > 1 and fmt.value not in MULTI_DRAFT_FORMATS:
            raise _fail(f"--format {fmt.value} takes one draft at a time ({len(checked)} given)")
        inputs = [*checked, *(p for plan in plans.values() for p in plan.sources)]
        check_output(output, inputs)
        check_output(write_baseline, inputs)
        anchor = _date(published)
        reports_of: dict[str, object] = {}
        texts: list = []
        with _progress() as advance:
            for plan, members in _grouped(plans).items():
                reports, shown = check_drafts(members, list(plan.sources), plan.settings, advance, published=anchor)
                if plan.baseline is not None and write_baseline is None:
                    reports = known.apply(reports, plan.baseline)
                reports_of.update(zip(members, reports))
                texts += shown
        reports = [reports_of[d] for d in checked]
        if write_baseline is not None:
            n = known.write(write_baseline, reports)
            typer.echo(f"claimkit: {write_baseline}: {n} known finding{'s' if n != 1 else ''} recorded", err=True)
        write_output(render_check(reports, fmt.value, texts, color=_color(output),
                                  fail_on=plans[checked[0]].threshold), output)
    except ClaimkitError as exc:
        raise _fail(str(exc)) from None
    _notes(lost_notes(reports))
    if not quiet:
        for report in reports:
            typer.echo(f"claimkit: {_summary(report)}", err=True)
    if write_baseline is None and any(counts_toward(r.findings or [], plans[d].threshold) for d, r in zip(checked, reports)):
        raise typer.Exit(code=1)


class _Plan(NamedTuple):
    """How one draft is checked; drafts with equal plans are checked together (sources parsed once)."""

    sources: tuple[str, ...]
    settings: object  # claimkit.settings.Settings, imported lazily
    threshold: str
    baseline: Optional[Path]


def _config_for(draft: str, already: dict):  # noqa: ANN202 - config is imported lazily
    from claimkit import config

    return config.for_draft(draft, already)


def _option(ctx: typer.Context, flags: dict, cfg, name: str) -> object:  # noqa: ANN001
    """A check option's value: the flag when given (or its environment variable), else the
    claimkit.toml key, else the flag's default."""
    source = ctx.get_parameter_source(name)
    if source is not None and source.name not in ("DEFAULT", "DEFAULT_MAP"):
        return flags[name]
    from claimkit.config import OPTION_KEYS

    key = OPTION_KEYS[name]
    return cfg.get(key, flags[name])


def _choice(enum: type[Enum], value: object, key: str, where: Optional[Path]) -> Enum:
    """An Enum member from a flag or the value of `key` in the claimkit.toml at `where`, refused
    naming the nearest choice."""
    from claimkit.errors import InputError

    if isinstance(value, enum):
        return value
    try:
        return enum(str(value))
    except ValueError:
        choices = [m.value for m in enum]
        raise InputError(f"{where or 'claimkit.toml'}: {key} {value!r} is not one of {', '.join(choices)}"
                         f"{_did_you_mean(str(value), choices)}") from None


def _plans(ctx: typer.Context, flags: dict, drafts: list[str],
           configs: dict) -> tuple[dict[str, _Plan], list[tuple[str, str]]]:
    """Each draft's plan from the flags, its front matter and its claimkit.toml (read once per run
    into `configs`); and (draft, note) for those left out: not under the configured [check] drafts
    (pre-commit passes every changed file)."""
    from claimkit.check import STDIN, draft_sources
    from claimkit.errors import InputError

    plans: dict[str, _Plan] = {}
    passed_over = []
    for draft in drafts:
        cfg = _config_for(draft, configs)
        if draft != STDIN and cfg.get("drafts") and not _under(draft, cfg.get("drafts")):
            passed_over.append((draft, f"not under [check] drafts ({', '.join(cfg.get('drafts'))}) of {cfg.path}: "
                                       "not checked"))
            continue
        sources = list(flags["against"] or []) or draft_sources(draft) or cfg.get("against", [])
        if not sources:
            raise InputError("no sources to check against: give --against PATH, sources: in the draft's front "
                             "matter, or [check] against in claimkit.toml")
        value = functools.partial(_option, ctx, flags, cfg)
        threshold = _choice(FailOn, value("fail_on"), "fail-on", cfg.path).value
        rates, cache, where = value("rates"), value("cache_dir"), value("baseline")
        settings = _settings(
            model=value("model"), now=value("now"), base_currency=str(value("base_currency")).upper(),
            rates_file=Path(str(rates)) if rates else None, jobs=value("jobs"), time_budget=value("time_budget"),
            cache_dir=_cache_dir(Path(str(cache)) if cache else None, bool(value("no_cache"))))
        plans[draft] = _Plan(tuple(sources), settings, threshold, Path(str(where)) if where else None)
    return plans, passed_over


def _under(draft: str, folders: list[str]) -> bool:
    """True when `draft` is one of `folders` or lies inside one."""
    path = Path(draft).resolve()
    return any(path == Path(f).resolve() or Path(f).resolve() in path.parents for f in folders)


def _grouped(plans: dict[str, _Plan]) -> dict[_Plan, list[str]]:
    groups: dict[_Plan, list[str]] = {}
    for draft, plan in plans.items():
        groups.setdefault(plan, []).append(draft)
    return groups


@app.command()
def explain(
    code: Annotated[Optional[str], typer.Argument(metavar="CODE", help="A finding code, e.g. CK301.",
                                                  show_default=False)] = None,
) -> None:
    """Print what a finding code means and what to do about it (no code: the list of codes)."""
    from claimkit.codes import BY_CODE, help_text, list_codes

    if code is None:
        typer.echo(list_codes(), nl=False)
        return
    found = BY_CODE.get(code.strip().upper())
    if found is None:
        raise _fail(f"unknown code {code!r}{_did_you_mean(code, BY_CODE)}; "
                    "`claimkit explain` lists them")
    typer.echo(help_text(found), nl=False)


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
            if isinstance(getattr(exc, "message", None), str):  # an unknown choice: name the nearest
                exc.message = _with_nearest_choice(exc.message)
            exc.show()
            return 2
        raise
    return code if isinstance(code, int) else 0  # click returns an Exit's code when not standalone


def entry() -> None:
    sys.exit(run())
