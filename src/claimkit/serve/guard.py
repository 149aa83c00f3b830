"""The door of the service, an ASGI middleware in front of every route: a bearer token (401 when
missing or wrong) on all but the open paths, then a cap on the request body (413), counted as it
arrives, so neither an unauthenticated caller nor an oversized body reaches the application.
"""

from __future__ import annotations

import hmac
import json
from typing import Any, Awaitable, Callable

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

OPEN_PATHS = frozenset({"/healthz"})
DRAIN_LIMIT = 64 * 2**20  # an oversized body is read and dropped up to this much, so the client sees the 413


class Guard:
    def __init__(self, app: ASGIApp, token: str, max_body: int, open_paths: frozenset[str] = OPEN_PATHS) -> None:
        if not token:
            raise ValueError("an empty token would let anyone in")
        self.app = app
        self.token = token.encode()
        self.max_body = max_body
        self.open_paths = open_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        if scope["path"] not in self.open_paths and not self._authorized(headers.get(b"authorization", b"")):
            await _reply(send, 401, "missing or wrong bearer token (Authorization: Bearer $CLAIMKIT_TOKEN)",
                         [(b"www-authenticate", b'Bearer realm="claimkit"')])
            return
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _drain(receive)
            await _reply(send, 413, f"request body larger than {self.max_body} bytes")
            return
        body, ended = await _read(receive, self.max_body)
        if body is None:  # a chunked body that grew past the cap
            if not ended:
                await _drain(receive)
            await _reply(send, 413, f"request body larger than {self.max_body} bytes")
            return
        await self.app(scope, _replay(body, receive), send)

    def _authorized(self, header: bytes) -> bool:
        scheme, _, given = header.partition(b" ")
        return scheme.lower() == b"bearer" and hmac.compare_digest(given.strip(), self.token)


async def _read(receive: Receive, limit: int) -> tuple[bytes | None, bool]:
    """(the body, None once it went past `limit`; whether the client has sent all of it)."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":  # the client went away
            return b"", True
        chunk = message.get("body", b"")
        size += len(chunk)
        ended = not message.get("more_body", False)
        if size > limit:
            return None, ended
        chunks.append(chunk)
        if ended:
            return b"".join(chunks), True


async def _drain(receive: Receive) -> None:
    drained = 0
    while drained < DRAIN_LIMIT:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return
        drained += len(message.get("body", b""))


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that gives the body read already, then whatever the server says next (a disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _reply(send: Send, status: int, detail: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})
