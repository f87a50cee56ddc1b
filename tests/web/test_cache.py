"""The answer cache: one computation for many readers of one page, a new
answer as soon as the store changes, errors never kept, and answers kept
apart by kind and encoding."""

from __future__ import annotations

import asyncio
from typing import Any

from warta.web.cache import ResponseCache


class _Counting:
    """An ASGI app that answers slowly and counts its calls."""

    def __init__(self, status: int = 200) -> None:
        self.calls = 0
        self.status = status

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.calls += 1
        await asyncio.sleep(0.05)
        body = f"{scope['path']} #{self.calls}".encode()
        await send({"type": "http.response.start", "status": self.status, "headers": []})
        await send({"type": "http.response.body", "body": body, "more_body": False})


async def _get(app: Any, path: str, accept: bytes = b"text/html",
               encoding: bytes = b"") -> tuple[int, bytes]:
    got: dict[str, Any] = {"body": b""}

    async def send(message: Any) -> None:
        if message["type"] == "http.response.start":
            got["status"] = message["status"]
        else:
            got["body"] += message.get("body", b"")

    async def receive() -> Any:
        return {"type": "http.request"}

    scope = {"type": "http", "method": "GET", "path": path, "query_string": b"",
             "headers": [(b"accept", accept), (b"accept-encoding", encoding)]}
    await app(scope, receive, send)
    return got["status"], got["body"]


def test_many_readers_one_computation() -> None:
    inner = _Counting()
    app = ResponseCache(inner, version=lambda: 1)

    async def run() -> list[tuple[int, bytes]]:
        return await asyncio.gather(*[_get(app, "/claims") for _ in range(20)])

    answers = asyncio.run(run())
    assert inner.calls == 1
    assert {a for a in answers} == {(200, b"/claims #1")}


def test_a_change_in_the_store_gives_a_new_answer() -> None:
    inner = _Counting()
    version = [1]
    app = ResponseCache(inner, version=lambda: version[0])
    assert asyncio.run(_get(app, "/")) == (200, b"/ #1")
    assert asyncio.run(_get(app, "/")) == (200, b"/ #1")
    version[0] = 2  # an article ingested, a merge undone
    assert asyncio.run(_get(app, "/")) == (200, b"/ #2")


def test_errors_are_not_kept_and_kinds_are_apart() -> None:
    failing = _Counting(status=500)
    app = ResponseCache(failing, version=lambda: 1)
    asyncio.run(_get(app, "/x"))
    asyncio.run(_get(app, "/x"))
    assert failing.calls == 2
    inner = _Counting()
    app = ResponseCache(inner, version=lambda: 1)
    asyncio.run(_get(app, "/p", accept=b"text/html"))
    asyncio.run(_get(app, "/p", accept=b"application/json"))
    asyncio.run(_get(app, "/p", accept=b"text/html", encoding=b"gzip"))
    asyncio.run(_get(app, "/p", accept=b"text/html", encoding=b"gzip"))
    assert inner.calls == 3


def test_app_answers_follow_an_unmerge(web_store, client, ids) -> None:  # noqa: ANN001
    store, _ = web_store
    before = client.get("/events.json").json()
    assert client.get("/events.json").json() == before  # from the cache
    cid = next(e["cluster_id"] for e in before["events"] if e["cluster_id"])
    store.db.execute("SET default_transaction_read_only = off"
                     if store.db.name == "postgres" else "PRAGMA query_only = OFF")
    store.unmerge(cid)
    after = client.get("/events.json").json()
    assert all(e["cluster_id"] != cid for e in after["events"])


def test_an_answer_cut_short_is_not_kept() -> None:
    calls = [0]

    async def streaming(scope: Any, receive: Any, send: Any) -> None:
        calls[0] += 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"part one", "more_body": True})
        if calls[0] == 1:
            return  # the reader left: the stream stops without its last part
        await send({"type": "http.response.body", "body": b" and two", "more_body": False})

    app = ResponseCache(streaming, version=lambda: 1)
    assert asyncio.run(_get(app, "/big")) == (200, b"part one")
    assert asyncio.run(_get(app, "/big")) == (200, b"part one and two")
    assert asyncio.run(_get(app, "/big")) == (200, b"part one and two")
    assert calls[0] == 2
