"""`claimkit serve`: check and reconcile as an HTTP JSON service for a CMS's pre-publish hook.

    command.py   the typer command (light: imported by `claimkit --help`)
    app.py       the FastAPI routes, built by create_app(ledger, token)
    guard.py     bearer token (401) and request body cap (413), before any route
    desk.py      uploads -> stored claims; a draft -> the check's report against them
    ledger.py    the story ledger: SQLite or PostgreSQL, one schema, numbered migrations
    wire.py      request and response bodies

Needs the `serve` extra (FastAPI, uvicorn, SQLAlchemy, psycopg); only command.py is imported
without it.
"""
