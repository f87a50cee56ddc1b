#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and print the
# shell lines that point the tests at it:
#     eval "$(bash .ci/postgres.sh)"      # sets WARTA_TEST_PG_URL
#     bash .ci/postgres.sh stop           # stops the one in $WARTA_TEST_PG_DIR
# Installs Debian's postgresql when it is missing. The cluster lives in a temp
# dir, listens on 127.0.0.1 on a free port, runs as a non-root user, and is
# tuned for speed, not durability (fsync off). Progress goes to stderr.
set -euo pipefail

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

if [ "${1:-}" = "stop" ]; then
  dir="${WARTA_TEST_PG_DIR:?WARTA_TEST_PG_DIR is not set}"
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$(bin_dir)/pg_ctl" -D "$dir/data" -m fast stop >&2
  else "$(bin_dir)/pg_ctl" -D "$dir/data" -m fast stop >&2; fi
  exit 0
fi

if [ -z "$(bin_dir)" ] || [ ! -x "$(bin_dir)/initdb" ]; then
  echo "postgres.sh: installing postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
BIN="$(bin_dir)"

run() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

DIR="$(mktemp -d "${TMPDIR:-/tmp}/warta-pg.XXXXXX")"
if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

run "$BIN/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 --no-sync >/dev/null 2>&1 \
  || { echo "postgres.sh: initdb failed" >&2; exit 1; }
run "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $PORT -k $DIR -F -c synchronous_commit=off -c full_page_writes=off" \
  start >&2
run "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres warta_test >&2

echo "export WARTA_TEST_PG_URL=postgresql://postgres@127.0.0.1:$PORT/warta_test"
echo "export WARTA_TEST_PG_DIR=$DIR"
