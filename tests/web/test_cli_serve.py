"""`warta serve`: says what to run when the assets are missing, refuses a
store that does not exist, binds to loopback by default, serves read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.store import open_store

from .conftest import fill, write_errors


def test_serve_without_assets_says_what_to_run(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setattr("warta.web.app.missing_assets", lambda: ["leaflet.js"])
    res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 2
    assert "[W600]" in res.stderr and "npm ci --prefix" in res.stderr
    assert "wheel" in res.stderr
    assert "warta/web" in res.stderr.replace("\\", "/")


def test_serve_without_a_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("warta.web.app.missing_assets", lambda: [])
    res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and "no store at" in res.stderr and "warta ingest" in res.stderr
    assert not (tmp_path / "none.db").exists()


def test_serve_defaults_to_loopback_read_only(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    import uvicorn

    db = tmp_path / "w.db"
    with open_store(str(db)) as store:
        fill(store)
    seen = {}

    def fake_run(app, **kw):  # noqa: ANN001, ANN003, ANN202
        seen.update(kw)
        with pytest.raises(write_errors()):
            app.state.store.db.execute("DELETE FROM articles")

    monkeypatch.setattr("warta.web.app.missing_assets", lambda: [])
    monkeypatch.setattr(uvicorn, "run", fake_run)
    res = CliRunner().invoke(main, ["serve", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8000)
    assert "read-only at http://127.0.0.1:8000/" in res.stderr and "warning" not in res.stderr
    res = CliRunner().invoke(main, ["serve", "--db", str(db), "--host", "0.0.0.0",
                                    "--port", "8123"])
    assert seen["host"] == "0.0.0.0" and "warning: listening on 0.0.0.0" in res.stderr


def test_serve_refuses_a_port_in_use_before_announcing(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    import socket

    import uvicorn

    db = tmp_path / "w.db"
    with open_store(str(db)) as store:
        fill(store)
    monkeypatch.setattr("warta.web.app.missing_assets", lambda: [])
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("uvicorn must not start"))
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        res = CliRunner().invoke(main, ["serve", "--db", str(db), "--host", "127.0.0.1",
                                        "--port", str(port)])
    assert res.exit_code == 2, res.output
    assert "[W601]" in res.stderr and f"port {port}" in res.stderr and "in use" in res.stderr
    assert f"--port {port + 1}" in res.stderr
    assert "serving" not in res.stderr
