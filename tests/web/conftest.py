"""Stores filled with hand-built articles (one of them hostile), the app
over them, and for browser tests a real `warta serve` plus headless Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from warta.store import Source, Store, content_hash, open_store
from warta.store.testing import make_article, pg_url, reset_postgres

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "web"
CHROMIUM = os.environ.get("WARTA_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("WARTA_CHROMEDRIVER", "/usr/bin/chromedriver")
# an installed `warta` command for the browser tests to serve with (scripts/test.sh
# points it at a wheel installed outside the clone); unset, this tree's warta serves
WARTA_EXE = os.environ.get("WARTA_EXE")

# markup an article might carry; each would set window.__pwned or the title if it ran
HOSTILE_CLAIMANT = 'Kemhan <img src=x onerror="window.__pwned=1">'
HOSTILE_EXTRA = (' <script>window.__pwned=2;document.title="pwned"</script>'
                 ' <a href="javascript:window.__pwned=3">klik</a>'
                 ' " onmouseover="window.__pwned=4" x=" </textarea></script><svg onload=alert(1)>')
HOSTILE_TITLE = '<script>window.__pwned=5</script>Judul "berbahaya"'


def fill(store: Store) -> dict[str, int]:
    """Five articles: two claimants disagreeing on one measure, a strike, a
    capture, and a hostile article. Returns their ids by name."""
    specs = {
        "ru_mod": dict(day=date(2025, 1, 5)),
        "ua_staff": dict(claimant="Staf Umum Ukraina", country="UA", kind="military",
                         value=35, day=date(2025, 1, 5)),
        "kharkiv": dict(claimant="Gubernur Kharkiv", country="UA", kind="official", value=12,
                        unit="civilians", side="UA", place="Kharkiv", lat=49.99, lon=36.23,
                        place_country="UA", admin1="Kharkiv Oblast", event_type="strike",
                        actor="RU", target="UA", day=date(2025, 2, 10)),
        "pokrovsk": dict(claimant="Kementerian Pertahanan Rusia", value=3, unit="tanks",
                         outcome="destroyed", place="Pokrovsk", lat=48.28, lon=37.18,
                         place_country="UA", admin1="Donetsk Oblast", event_type="capture",
                         actor="RU", target="UA", day=date(2025, 3, 1)),
        "hostile": dict(claimant=HOSTILE_CLAIMANT, country="RU", value=7, place="Sumy",
                        lat=50.91, lon=34.8, place_country="UA", admin1="Sumy Oblast",
                        event_type="killing", actor="RU", target="UA", day=date(2025, 1, 20),
                        extra=HOSTILE_EXTRA),
    }
    ids = {}
    for name, kw in specs.items():
        text, art = make_article(**kw)  # type: ignore[arg-type]
        title = HOSTILE_TITLE if name == "hostile" else f"Laporan {name}"
        url = "javascript:window.__pwned=6" if name == "hostile" else f"https://example.org/{name}"
        src = Source(f"{name}.txt", title=title, url=url, source=f"Kantor {name}",
                     published=kw["day"])  # type: ignore[arg-type]
        aid = store.add_article(text, art, src, content_hash(text), "test-1")
        assert aid is not None
        ids[name] = aid
    return ids


@pytest.fixture(params=["sqlite", "postgres"])
def web_store(request: pytest.FixtureRequest,
              tmp_path: Path) -> Iterator[tuple[Store, dict[str, int]]]:
    """A filled store on each backend (PostgreSQL when WARTA_TEST_PG_URL is set)."""
    if request.param == "sqlite":
        url = str(tmp_path / "web.db")
    else:
        url = pg_url() or ""
        if not url:
            pytest.skip("no PostgreSQL: eval \"$(bash .ci/postgres.sh)\" sets WARTA_TEST_PG_URL")
        reset_postgres(url)
    store = open_store(url)
    ids = fill(store)
    yield store, ids
    store.close()


@pytest.fixture
def client(web_store: tuple[Store, dict[str, int]]):  # noqa: ANN201
    from starlette.testclient import TestClient

    from warta.web import create_app

    store, _ = web_store
    with TestClient(create_app(store), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def ids(web_store: tuple[Store, dict[str, int]]) -> dict[str, int]:
    return web_store[1]


def write_errors() -> tuple[type[Exception], ...]:
    """What a read-only connection raises on a write, on either backend."""
    import sqlite3

    import psycopg

    return (sqlite3.Error, psycopg.Error)


# -- browser tests ---------------------------------------------------------

def _need(ok: bool, why: str) -> None:
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{why} (browser tests must run under CI: scripts/test.sh installs it)")
    pytest.skip(why)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The filled SQLite store `served` serves: (its path, article ids)."""
    db = tmp_path_factory.mktemp("served") / "web.db"
    with open_store(str(db)) as store:
        ids = fill(store)
    return db, ids


@pytest.fixture(scope="module")
def served(served_db: tuple[Path, dict[str, int]]) -> Iterator[tuple[str, dict[str, int]]]:
    """`warta serve` on 127.0.0.1 on a free port over a filled SQLite store:
    (base URL, article ids)."""
    from warta.web.app import missing_assets

    db, ids = served_db
    env = dict(os.environ)
    if WARTA_EXE:  # the installed one, run where it cannot import this tree
        cmd, cwd = [WARTA_EXE], db.parent
        env.pop("PYTHONPATH", None)
    else:
        _need(not missing_assets(), "web assets not built: npm ci --prefix warta/web")
        cmd, cwd = [sys.executable, "-m", "warta"], ROOT
    port = _free_port()
    log = open(db.parent / "serve.log", "w+b")  # noqa: SIM115 - closed below
    proc = subprocess.Popen([*cmd, "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=cwd, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                log.seek(0)
                pytest.fail("warta serve did not start: " + log.read().decode(errors="replace"))
            time.sleep(0.1)
    try:
        yield base, ids
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """Debian's headless Chromium through its chromedriver (no browser download)."""
    _need(Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists(),
          f"no {CHROMIUM} / {CHROMEDRIVER}: apt-get install chromium chromium-driver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _need(False, "selenium is not installed: pip install -e '.[test]'")
        raise
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not download anything
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-dev-shm-usage", "--window-size=1366,900",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=opts, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


@pytest.fixture
def shot(browser):  # noqa: ANN001, ANN201
    """Save a screenshot of the current page as test-artifacts/web/<name>.png."""
    def save(name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        browser.save_screenshot(str(path))
        return path
    return save
