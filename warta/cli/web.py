"""``warta serve``: the read-only web UI over a store."""

from __future__ import annotations

import errno
import ipaddress
import os

import click

from warta.cli import main
from warta.errors import WartaError


class PortInUse(WartaError):
    """The address ``serve`` was asked to listen on cannot be bound."""

    code = "W601"


def check_port(host: str, port: int) -> None:
    """Raise :class:`PortInUse` unless ``host:port`` can be bound now (checked
    before ``serve`` says where it serves, so it never announces a dead URL)."""
    if port == 0:
        return
    import socket  # here, not at start: every other command would pay for it

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as err:
        raise PortInUse(f"cannot listen on {host}: {err.strerror}",
                        "give an address of this machine with --host, e.g. 127.0.0.1") from err
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            sock.bind(addr)
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise PortInUse(f"port {port} on {host} is already in use",
                                f"stop what listens there or pick another port: "
                                f"warta serve --port {port + 1}") from err
            raise PortInUse(f"cannot listen on {host}:{port}: {err.strerror}",
                            "pick another --host/--port (ports below 1024 need root)") from err


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
    check_port(host, port)
    store = open_store(db)
    app = create_app(store)
    click.echo(f"warta: serving {db} read-only at http://{host}:{port}/ (Ctrl-C stops)",
               err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    finally:
        store.close()
