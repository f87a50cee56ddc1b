"""warta's web UI: a read-only app over the store with a map of events, a
timeline, the claims board, articles with their evidence highlighted, and
full-text search; every page has a JSON twin (docs/web.md).

>>> from warta.store import open_store
>>> from warta.web import create_app
>>> app = create_app(open_store("warta.db"))     # an ASGI app, e.g. for uvicorn
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from warta.errors import WartaError

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from warta.store import Store

__all__ = ["create_app", "AssetsMissing", "WEB_DIR", "check_assets"]

WEB_DIR = Path(__file__).resolve().parent


class AssetsMissing(WartaError):
    """The browser assets (Leaflet, the basemap and its admin-region layer)
    have not been built."""

    code = "W600"


def check_assets() -> None:
    """Raise :class:`AssetsMissing`, saying the command to run, when the
    browser assets are not built."""
    from warta.web.app import missing_assets

    missing = missing_assets()
    if missing:
        raise AssetsMissing(f"the web UI's browser assets are not built ({', '.join(missing)} "
                            f"missing in {WEB_DIR / 'static' / 'build'})",
                            f"Run: npm ci --prefix {WEB_DIR} (Node.js builds them; a wheel of "
                            f"warta carries them)")


def create_app(store: Store, *, read_only: bool = True) -> Starlette:
    """The ASGI app serving an open store (see :func:`warta.web.app.create_app`)."""
    from warta.web.app import create_app as make

    return make(store, read_only=read_only)
