"""`claimkit serve`: the typer command. Imports nothing heavy, so `claimkit --help` stays instant;
FastAPI, uvicorn and SQLAlchemy (the `serve` extra) are imported when the command runs."""

from __future__ import annotations

import os
from typing import Annotated, NoReturn, Optional

import typer

INSTALL_HINT = "claimkit serve needs the serve extra: pip install 'claimkit[serve]'"


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
    ledger: Annotated[Optional[str], typer.Option(
        "--ledger", help="Where stories are kept: a SQLite file path, or a postgresql:// URL "
                         "[default: $XDG_DATA_HOME/claimkit/ledger.sqlite3].", show_default=False)] = None,
    workers: Annotated[int, typer.Option(
        "--workers", min=1, help="Server processes, each with its own warm model (one per core serves most).")] = 1,
    max_body_mb: Annotated[float, typer.Option(
        "--max-body-mb", min=0.001, help="Largest request body accepted, in MiB (larger: 413).")] = 8.0,
) -> None:
    """Check drafts over HTTP for a CMS (token: $CLAIMKIT_TOKEN)."""
    token = os.environ.get("CLAIMKIT_TOKEN", "")
    if not token.strip():
        _exit("set CLAIMKIT_TOKEN: every route but /healthz asks for it as 'Authorization: Bearer <token>'")
    try:
        import uvicorn

        from claimkit.serve.ledger import Ledger, default_location
    except ImportError as exc:
        _exit(f"{INSTALL_HINT} ({exc.name} is missing)")
    from claimkit.errors import ClaimkitError

    location = ledger or str(default_location())
    try:
        Ledger(location).close()  # migrate once, here, before any worker starts
    except ClaimkitError as exc:
        _exit(str(exc))
    except Exception as exc:  # noqa: BLE001 - the database's own error, said in one line
        _exit(f"--ledger {_redacted(location)}: cannot open: {type(exc).__name__}: {str(exc).splitlines()[0]}")
    os.environ.update(CLAIMKIT_LEDGER=location, CLAIMKIT_MAX_BODY=str(int(max_body_mb * 2**20)))
    typer.echo(f"claimkit serve: ledger {_redacted(location)}, http://{host}:{port} "
               f"({workers} worker{'s' if workers != 1 else ''})", err=True)
    uvicorn.run("claimkit.serve.app:app_from_environment", factory=True, host=host, port=port, workers=workers,
                log_level="warning", access_log=False)


def _redacted(location: str) -> str:
    """A URL without its password, for the log."""
    if "://" not in location or "@" not in location:
        return location
    scheme, rest = location.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}" if ":" in credentials else location


def _exit(message: str) -> NoReturn:
    typer.echo(f"claimkit: error: {message}", err=True)
    raise typer.Exit(code=2)

