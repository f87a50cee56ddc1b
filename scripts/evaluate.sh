#!/usr/bin/env bash
# Reproduce the scores in the README: news-dev (all kinds), geo-dev (places, --geo)
# and the TimeML corpora (times, --timeml).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${WARTA_SHARED:-../shared}"
PY="${PYTHON:-python}"
echo "== news-dev"
BATCH=(); if [ "${1:-}" = "--by-batch" ]; then BATCH=(--by-batch); shift; fi
"$PY" scripts/evaluate.py "$SHARED/data/news-dev" out/news-dev --scorer "$SHARED/eval/score.py" "${BATCH[@]}"
if [ "${1:-}" = "--geo" ]; then
  echo "== geo-dev (places)"
  # GeoWebNews and LGL annotate adjectives of peoples ("Russian forces") as places; GeoVirus does not
  "$PY" scripts/evaluate.py "$SHARED/data/geo-dev" out/geo-dev --only places --scorer "$SHARED/eval/score.py" \
    --demonyms gwn_dev --demonyms lgl
fi
if [[ " $* " == *" --timeml "* ]]; then
  echo "== TimeML: TimeBank, AQUAINT (te3_tbaq_train), MEANTIME (times, TempEval-3 metrics)"
  WARTA_SHARED="$SHARED" "$PY" scripts/evaluate_timeml.py out/timeml
fi
