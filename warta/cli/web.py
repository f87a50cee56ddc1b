"""``warta serve``: the read-only web UI over a store."""

from __future__ import annotations

import ipaddress
import os

import click

from warta.cli import main


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@main.command()
@click.option("--db", default="warta.db", show_default=True, envvar="WARTA_DB",
              help="SQLite file, or a postgresql:// URL (env WARTA_DB).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the store to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
def serve(db: str, host: str, port: int) -> None:
    """Serve the web UI (map, timeline, claims board, articles, search, each
    page with a JSON twin) read-only at http://HOST:PORT/."""
    import uvicorn

    from warta.errors import StoreError
    from warta.store import open_store
    from warta.web import check_assets, create_app

    check_assets()
    if "://" not in db and not os.path.exists(db.removeprefix("sqlite:///")):
        raise StoreError(f"no store at {db}", "Fill one first: warta ingest FILES --db " + db)
    if not _loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the store",
                   err=True)
    store = open_store(db)
    app = create_app(store)
    click.echo(f"warta: serving {db} read-only at http://{host}:{port}/ (Ctrl-C stops)",
               err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    finally:
        store.close()
