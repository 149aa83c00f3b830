"""The command line: thin typer commands over `claimkit.api`.

Exit codes: 0 clean, 1 conflicts at or above --fail-on, 2 bad input or usage.
Nothing heavy is imported at module level, so `claimkit --help` is instant.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimkit import __version__

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


def _settings(**kw: object):  # noqa: ANN202 - Settings is imported lazily
    from claimkit.settings import Settings

    return Settings(**{k: v for k, v in kw.items() if v is not None})


def _fail(message: str) -> typer.Exit:
    typer.echo(f"claimkit: error: {message}", err=True)
    return typer.Exit(code=2)


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
) -> None:
    """Print the claims of each document."""
    from claimkit import api
    from claimkit.errors import ClaimkitError
    from claimkit.ingest import load
    from claimkit.output import write_output
    from claimkit.report import render_extract

    try:
        settings = _settings(model=model, now=now)
        loaded = load(paths)
        if not loaded.sources and not loaded.skipped:
            raise _fail(f"{' '.join(paths)}: no documents found (.txt .md .html .json .jsonl)")
        result = api.extract_loaded(loaded, settings)
        write_output(render_extract(result, format.value), output)
    except ClaimkitError as exc:
        raise _fail(str(exc)) from None
    for skipped in result.skipped:
        typer.echo(f"claimkit: note: {skipped.path}: {skipped.reason}", err=True)


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
) -> None:
    """Report claims, facts and conflicts across all documents."""
    from claimkit import api
    from claimkit.errors import ClaimkitError
    from claimkit.ingest import load
    from claimkit.output import write_output
    from claimkit.report import at_or_above, render_report

    try:
        settings = _settings(model=model, now=now, base_currency=base_currency.upper(), rates_file=rates)
        loaded = load(paths)
        if not loaded.sources and not loaded.skipped:
            raise _fail(f"{' '.join(paths)}: no documents found (.txt .md .html .json .jsonl)")
        report = api.reconcile_loaded(loaded, settings)
        write_output(render_report(report, format.value, loaded.sources), output)
    except ClaimkitError as exc:
        raise _fail(str(exc)) from None
    for skipped in report.skipped:
        typer.echo(f"claimkit: note: {skipped.path}: {skipped.reason}", err=True)
    if at_or_above([c.severity for c in report.conflicts], fail_on.value):
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


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (for tests and `python -m claimkit`)."""
    try:
        app(args=argv, prog_name="claimkit", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:  # click usage errors
        return int(exc.code or 0)
    except Exception as exc:  # click.UsageError and friends
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            return 2
        raise
    return 0


def entry() -> None:
    sys.exit(run())
