"""A throwaway PostgreSQL cluster for the serve tests: initdb in a temporary folder, listening only
on a unix socket there (no TCP port to collide with), stopped and removed at the end.

As root it runs as the `postgres` user (initdb refuses root). Debian installs the server programs
in /usr/lib/postgresql/VERSION/bin, outside PATH; `make test` installs the package when missing.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

PORT = 5432  # names the socket file only: nothing listens on TCP


class Unavailable(RuntimeError):
    """PostgreSQL cannot be run here; the message says why (the tests skip with it)."""


def server_bin() -> Path:
    """The folder of initdb and pg_ctl: on PATH, else the newest Debian install."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    installed = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    if installed:
        return Path(installed[-1]).parent
    raise Unavailable("PostgreSQL is not installed (Debian: apt-get install postgresql; `make test` does it as root)")


class Cluster:
    """start() -> a postgresql:// URL; stop() removes everything."""

    def __init__(self) -> None:
        self.bin = server_bin()
        self.root = Path(tempfile.mkdtemp(prefix="claimkit-pg-"))
        self.data, self.socket = self.root / "data", self.root / "socket"
        self.user: str | None = None
        if os.geteuid() == 0:
            import pwd

            try:
                pwd.getpwnam("postgres")
            except KeyError:
                shutil.rmtree(self.root)
                raise Unavailable("running as root and there is no 'postgres' user to run initdb as") from None
            self.user = "postgres"
        self.socket.mkdir()
        if self.user:
            for path in (self.root, self.socket):
                shutil.chown(path, self.user, self.user)

    def _run(self, *args: str) -> None:
        done = subprocess.run([str(self.bin / args[0]), *args[1:]], cwd=self.root, user=self.user,
                              group=self.user, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise Unavailable(f"{args[0]} failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-400:]}")

    def start(self) -> str:
        try:
            self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "claimkit", "-E", "UTF8", "--no-sync")
            options = f"-k {self.socket} -p {PORT} -c listen_addresses='' -c fsync=off"
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")
        except (Unavailable, OSError, subprocess.TimeoutExpired) as exc:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-400:] if log.exists() else ""
            self.stop()
            raise Unavailable(f"cannot start a PostgreSQL cluster: {exc} {tail}".strip()) from None
        return f"postgresql://claimkit@/postgres?host={self.socket}&port={PORT}"

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except Unavailable:
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    def fresh_database(self, url: str, name: str) -> str:
        """A new empty database in the cluster, and its URL."""
        import psycopg

        with psycopg.connect(f"dbname=postgres user=claimkit host={self.socket} port={PORT}", autocommit=True) as db:
            db.execute(f'CREATE DATABASE "{name}"')
        return url.replace("@/postgres?", f"@/{name}?")
