"""The web app: routes, security headers, and the one error shape.

Read-only: every route answers GET (and HEAD) only, and the database
connection itself is put in read-only mode.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from warta import __version__
from warta.store import Store
from warta.web import queries, views
from warta.web.cache import ResponseCache
from warta.web.filters import WebError

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
BUILD = STATIC / "build"
BUILT_FILES = ("leaflet.js", "leaflet.css", "leaflet.markercluster.js", "MarkerCluster.css",
               "MarkerCluster.Default.css", "topojson-client.min.js", "countries-50m.json",
               "admin1-10m.json")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_STATUS_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
                 500: "internal_error"}
log = logging.getLogger("warta.web")


def missing_assets() -> list[str]:
    """The built browser files that are not there (empty when the build ran)."""
    return [name for name in BUILT_FILES if not (BUILD / name).is_file()]


class SecurityHeaders:
    """Adds the Content-Security-Policy and friends to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


def _error(request: Request, err: WebError) -> Response:
    if request.url.path.endswith(".json") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(err.to_json(), status_code=err.status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html",
                                      {"request": request, "error": err.to_json()["error"],
                                       "page": ""}, status_code=err.status)


async def _on_web_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WebError)
    return _error(request, exc)


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = _STATUS_CODES.get(exc.status_code, "http_error")
    message = {404: f"no page at {request.url.path}",
               405: f"{request.method} is not allowed: this app is read-only"}.get(
        exc.status_code, str(exc.detail))
    return _error(request, WebError(exc.status_code, code, message))


async def _on_crash(request: Request, exc: Exception) -> Response:
    log.exception("error serving %s", request.url.path)
    return _error(request, WebError(500, "internal_error",
                                    f"{type(exc).__name__} while serving this page"))


def _read_only(store: Store) -> None:
    """Bring the full-text index up to date, then make the store's
    connection refuse writes."""
    db = queries.backend(store)
    if hasattr(db, "sync_search"):
        db.sync_search()
    if db.name == "sqlite":
        db.execute("PRAGMA query_only = ON")
    else:
        db.execute("SET default_transaction_read_only = on")


def create_app(store: Store, *, read_only: bool = True) -> Starlette:
    """The app serving ``store`` (an open :class:`warta.store.Store`)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.globals["version"] = __version__
    templates = Jinja2Templates(env=env)
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)  # compiled now, not by the first reader of each page
    if read_only:
        _read_only(store)
    get = ["GET", "HEAD"]
    routes = [
        Route("/", views.events_page, methods=get),
        Route("/map", views.events_page, methods=get),
        Route("/events.json", views.events_page, methods=get),
        Route("/timeline", views.timeline_page, methods=get),
        Route("/timeline.json", views.timeline_page, methods=get),
        Route("/chart", views.chart_page, methods=get),
        Route("/chart.json", views.chart_page, methods=get),
        Route("/claims", views.claims_page, methods=get),
        Route("/claims.json", views.claims_page, methods=get),
        Route("/events.csv", views.download, methods=get),
        Route("/events.geojson", views.download, methods=get),
        Route("/figures.csv", views.download, methods=get),
        Route("/events/{id:int}", views.event_page, methods=get),
        Route("/events/{id:int}.json", views.event_page, methods=get),
        Route("/articles/{id:int}", views.article_page, methods=get),
        Route("/articles/{id:int}.json", views.article_page, methods=get),
        Route("/search", views.search_page, methods=get),
        Route("/search.json", views.search_page, methods=get),
        Route("/articles", views.search_page, methods=get),
        Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={
        WebError: _on_web_error, HTTPException: _on_http, Exception: _on_crash,
    })
    app.add_middleware(SecurityHeaders)
    lock = threading.Lock()

    def version() -> tuple[Any, ...]:
        with lock:
            return queries.version(queries.backend(store))

    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(ResponseCache, version=version)  # outermost: keeps the headers too
    app.state.store = store
    app.state.lock = lock
    db = queries.backend(store)
    app.state.choices = (queries.version(db), queries.choices(db))  # the menus, read once now
    app.state.templates = templates
    return app
