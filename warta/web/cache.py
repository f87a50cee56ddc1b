"""Answers kept while the store does not change: the app is read-only, so
the same request gets the same answer until something is ingested,
reprocessed or unmerged. Many readers asking for one page at once wait for
one computation of it (single flight) instead of each running it.

The store's version (its newest article, newest extraction, newest cluster
and undone merges: four index lookups) is read for every request, so a
change shows at once.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_ENTRIES = 512
MAX_BODY = 8 * 1024 * 1024  # larger answers are not kept
MAX_TOTAL = 128 * 1024 * 1024


@dataclass(slots=True)
class _Entry:
    version: Any
    start: Message
    body: bytes


class ResponseCache:
    """ASGI middleware keeping successful GET answers per path, query, kind
    (HTML or JSON) and encoding (gzip or not), for as long as ``version()``
    returns the same value."""

    def __init__(self, app: ASGIApp, version: Callable[[], Any]) -> None:
        self.app = app
        self.version = version
        self.entries: OrderedDict[tuple[str, bytes, bool, bool], _Entry] = OrderedDict()
        self.size = 0
        self.locks: dict[tuple[str, bytes, bool, bool], asyncio.Lock] = {}

    async def _current(self) -> Any:
        return await run_in_threadpool(self.version)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        key = (scope["path"], scope.get("query_string", b""),
               b"text/html" in headers.get(b"accept", b""),
               b"gzip" in headers.get(b"accept-encoding", b""))
        version = await self._current()
        if await self._replay(key, version, send):
            return
        lock = self.locks.setdefault(key, asyncio.Lock())
        async with lock:
            if await self._replay(key, version, send):
                return
            await self._fill(key, version, scope, receive, send)
        if not lock.locked():
            self.locks.pop(key, None)

    async def _replay(self, key: tuple[str, bytes, bool, bool], version: Any, send: Send) -> bool:
        entry = self.entries.get(key)
        if entry is None or entry.version != version:
            return False
        self.entries.move_to_end(key)
        await send(entry.start)
        await send({"type": "http.response.body", "body": entry.body, "more_body": False})
        return True

    async def _fill(self, key: tuple[str, bytes, bool, bool], version: Any, scope: Scope,
                    receive: Receive, send: Send) -> None:
        start: Message | None = None
        chunks: list[bytes] = []
        keep = True
        size = 0
        complete = False  # the last part was sent: a reader who left early leaves no half answer

        async def capture(message: Message) -> None:
            nonlocal start, keep, size, complete
            if message["type"] == "http.response.start":
                start = message
                keep = message["status"] == 200
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                keep = size <= MAX_BODY
                complete = not message.get("more_body", False)
            await send(message)

        await self.app(scope, receive, capture)
        if keep and complete and start is not None:
            self._store(key, _Entry(version, start, b"".join(chunks)))

    def _store(self, key: tuple[str, bytes, bool, bool], entry: _Entry) -> None:
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self.entries[key] = entry
        self.size += len(entry.body)
        while self.entries and (len(self.entries) > MAX_ENTRIES or self.size > MAX_TOTAL):
            _, dropped = self.entries.popitem(last=False)
            self.size -= len(dropped.body)
