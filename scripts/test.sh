#!/usr/bin/env bash
# Run warta's whole test suite on a fresh machine, then test the package as a
# user gets it.
#
# 1. Makes .venv with the pip that `python3 -m venv` gives (no upgrade) and
#    installs warta editable with its test extras; the build hook (setup.py)
#    builds the web UI's assets with Node.js (Debian's nodejs and npm,
#    installed when missing). Installs Debian's Chromium and ChromeDriver
#    when missing, starts a throwaway PostgreSQL on loopback for the store
#    tests, and runs pytest (with any arguments given to this script).
# 2. With no arguments (as .ci/run calls it): builds the sdist and the wheel
#    from a clean clone of HEAD, checks that a wheel built straight from the
#    clone and one built from the sdist hold the same web assets, installs
#    the wheel into a new venv in a folder outside the clone, and runs that
#    install's `warta ingest` on examples/corpus, `warta serve`, and the
#    Chromium tests (tests/web/test_browser.py) against it.
# 3. Builds the compiled wheel (WARTA_COMPILE=1: mypyc compiles the engine
#    and its records, a few minutes) and runs the suite again with its
#    compiled modules in place of the sources (not the README's fresh-clone
#    installs, the browser tests, run in step 2, or the check of written-out
#    __init__ signatures, which compiled code does not expose).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PY="${PYTHON:-python3}"

if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "test.sh: installing nodejs and npm" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q -e '.[test]'
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "test.sh: installing chromium and chromium-driver" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# a gazetteer index private to this checkout, built once and reused
export WARTA_CACHE_DIR="${WARTA_CACHE_DIR:-$PWD/.cache/warta}"

if [ -z "${WARTA_TEST_PG_URL:-}" ]; then
  eval "$(bash .ci/postgres.sh)"
  trap 'bash .ci/postgres.sh stop || true' EXIT
fi
.venv/bin/python -m pytest "$@"
if [ "$#" -gt 0 ]; then
  exit 0
fi

echo "== the package: sdist and wheel from a clean clone, installed outside it" >&2
PKG="$(mktemp -d "${TMPDIR:-/tmp}/warta-package.XXXXXX")"
git clone --quiet "$ROOT" "$PKG/clone"
.venv/bin/python -m build --outdir "$PKG/dist" "$PKG/clone" >"$PKG/build.log" 2>&1 \
  || { tail -40 "$PKG/build.log" >&2; exit 1; }
.venv/bin/python -m build --wheel --outdir "$PKG/direct" "$PKG/clone" >>"$PKG/build.log" 2>&1 \
  || { tail -40 "$PKG/build.log" >&2; exit 1; }
.venv/bin/python scripts/check_dist.py "$PKG/dist"/warta-*.tar.gz "$PKG/dist"/warta-*.whl \
  "$PKG/direct"/warta-*.whl

"$PY" -m venv "$PKG/venv"
"$PKG/venv/bin/python" -m pip install -q "$PKG/dist"/warta-*.whl
WARTA="$PKG/venv/bin/warta"
cd "$PKG"
"$WARTA" ingest "$ROOT/examples/corpus" --db "$PKG/corpus.db" --no-progress
"$WARTA" claims --db "$PKG/corpus.db" >/dev/null
"$PKG/venv/bin/python" - "$WARTA" "$PKG/corpus.db" <<'PYEOF'
"""`warta serve` from the installed wheel starts and serves pages and assets."""
import socket, subprocess, sys, time, urllib.request

exe, db = sys.argv[1], sys.argv[2]
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
proc = subprocess.Popen([exe, "serve", "--db", db, "--port", str(port)])
try:
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                sys.exit("test.sh: the installed warta serve exited")
            time.sleep(0.2)
    for path in ("/", "/events.json", "/static/build/leaflet.js", "/static/build/admin1-10m.json",
                 "/static/build/countries-50m.json"):
        with urllib.request.urlopen(base + path, timeout=10) as r:
            assert r.status == 200, (path, r.status)
    print(f"test.sh: installed warta serve answered on {base}", file=sys.stderr)
finally:
    proc.terminate()
    proc.wait(timeout=10)
PYEOF
cd "$ROOT"
WARTA_EXE="$WARTA" .venv/bin/python -m pytest -p no:cacheprovider tests/web/test_browser.py

echo "== the compiled build: the suite on its compiled modules" >&2
if ! command -v cc >/dev/null || ! .venv/bin/python -c \
    'import os, sysconfig; raise SystemExit(not os.path.exists(sysconfig.get_paths()["include"] + "/Python.h"))'; then
  echo "test.sh: installing a C compiler and Python's headers for the compiled build" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq build-essential python3-dev >/dev/null
fi
WARTA_COMPILE=1 .venv/bin/python -m build --wheel --outdir "$PKG/compiled" "$PKG/clone" \
  >>"$PKG/build.log" 2>&1 || { tail -40 "$PKG/build.log" >&2; exit 1; }
.venv/bin/python -m zipfile -e "$PKG/compiled"/warta-*.whl "$PKG/clone"
export WARTA_SHARED="${WARTA_SHARED:-$ROOT/../shared}"
(cd "$PKG/clone" && WARTA_EXPECT_COMPILED=1 PYTHONPATH="$PKG/clone" "$ROOT/.venv/bin/python" -m pytest -q \
  -p no:cacheprovider -k "not linear" --ignore=tests/test_readme.py --ignore=tests/test_written_inits.py \
  --ignore=tests/web/test_browser.py tests)
rm -rf "$PKG"
