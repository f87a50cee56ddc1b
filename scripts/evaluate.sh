#!/usr/bin/env bash
# Reproduce the README's scores: news-dev (all kinds), geo-dev (places, --geo),
# the TimeML corpora (times, --timeml), the Indonesian NER sets (--ner) and the
# PLOVER gold sentences (event types, --plover), re3d's conflict documents (places
# and dates, --re3d), UCDP's coded event locations (places, --ucdp) and warta's own
# gold sets in eval/ (all kinds, --own). The shared gold data and the scorer are
# not part of the repository: they live in the project's shared folder
# (docs/evaluation.md), found in $WARTA_SHARED, else ../shared or ../../shared
# beside the clone.
#
#   bash scripts/evaluate.sh [--by-batch] [--own] [--geo] [--timeml] [--ner] [--plover] [--re3d] [--ucdp] [--show]
#   WARTA_SHARED=/path/to/shared bash scripts/evaluate.sh
set -euo pipefail
cd "$(dirname "$0")/.."

OPTS=(); OWN=0; GEO=0; TIMEML=0; NER=0; PLOVER=0; RE3D=0; UCDP=0
for arg in "$@"; do
  case "$arg" in
    --by-batch|--show) OPTS+=("$arg") ;;
    --own) OWN=1 ;;
    --geo) GEO=1 ;;
    --timeml) TIMEML=1 ;;
    --ner) NER=1 ;;
    --plover) PLOVER=1 ;;
    --re3d) RE3D=1 ;;
    --ucdp) UCDP=1 ;;
    *) echo "evaluate.sh: unknown option $arg (use --by-batch, --own, --geo, --timeml, --ner, --plover, --re3d, --ucdp, --show)" >&2
       exit 2 ;;
  esac
done

# the project's venv (README quick start) when there is one, else $PYTHON or python3
if [ -n "${PYTHON:-}" ]; then PY="$PYTHON"
elif [ -x .venv/bin/python ]; then PY="$PWD/.venv/bin/python"
else PY=python3; fi
if ! (cd scripts && "$PY" -c "import warta") 2>/dev/null; then
  echo "evaluate.sh: $PY cannot import warta; install it first (README, Quick start):" >&2
  echo "  python3 -m venv .venv && .venv/bin/pip install -e ." >&2
  echo "or name an interpreter that has it: PYTHON=/path/to/python bash scripts/evaluate.sh" >&2
  exit 2
fi

SHARED="${WARTA_SHARED:-}"
if [ -z "$SHARED" ]; then
  for dir in ../shared ../../shared; do
    if [ -f "$dir/eval/score.py" ]; then SHARED="$dir"; break; fi
  done
fi
if [ -z "$SHARED" ] || [ ! -f "$SHARED/eval/score.py" ] || [ ! -d "$SHARED/data/news-dev" ]; then
  echo "evaluate.sh: no evaluation data found${SHARED:+ in $SHARED}." >&2
  echo "It needs the shared folder that holds eval/score.py and data/news-dev" >&2
  echo "(docs/evaluation.md). Name it: WARTA_SHARED=/path/to/shared bash scripts/evaluate.sh" >&2
  exit 2
fi


echo "== news-dev ($SHARED/data/news-dev)"
"$PY" scripts/evaluate.py "$SHARED/data/news-dev" out/news-dev --scorer "$SHARED/eval/score.py" "${OPTS[@]}"
if [ "$OWN" = 1 ]; then
  for set in eval/*/; do
    set="${set%/}"
    echo "== ${set#eval/} ($set, warta's own reports)"
    "$PY" scripts/evaluate.py "$set" "out/${set#eval/}" --scorer "$SHARED/eval/score.py" "${OPTS[@]}"
  done
fi
if [ "$GEO" = 1 ]; then
  echo "== geo-dev (places)"
  GEO_OPTS=(); for o in "${OPTS[@]}"; do if [ "$o" = --show ]; then GEO_OPTS+=(--show); fi; done
  # GeoWebNews and LGL annotate adjectives of peoples ("Russian forces") as places; GeoVirus does not
  "$PY" scripts/evaluate.py "$SHARED/data/geo-dev" out/geo-dev --only places --scorer "$SHARED/eval/score.py" \
    --demonyms gwn_dev --demonyms lgl "${GEO_OPTS[@]}"
fi
if [ "$TIMEML" = 1 ]; then
  echo "== TimeML: TimeBank, AQUAINT (te3_tbaq_train), MEANTIME (times, TempEval-3 metrics)"
  WARTA_SHARED="$SHARED" "$PY" scripts/evaluate_timeml.py out/timeml
fi
if [ "$NER" = 1 ]; then
  # each set with its own convention (scripts/ner_places.py): idner-news-2k tags only names used
  # as locations, and all three tag named buildings; NERP is lower-cased
  echo "== Indonesian NER dev splits (place spans)"
  "$PY" scripts/ner_places.py "$SHARED/data/idner_news_2k_dev/dev.txt" --literal --facilities
  "$PY" scripts/ner_places.py "$SHARED/data/indonlu_nergrit_dev/valid_preprocess.txt" --facilities
  "$PY" scripts/ner_places.py "$SHARED/data/indonlu_nerp_dev/valid_preprocess.txt"
fi
if [ "$PLOVER" = 1 ]; then
  echo "== PLOVER gold sentences (event types)"
  "$PY" scripts/evaluate_plover.py "$SHARED/data/plover_gsr/PLOVER_GSR_CAMEO.json"
fi
if [ "$RE3D" = 1 ]; then
  echo "== re3d conflict documents (place and date spans, then figures)"
  "$PY" scripts/evaluate_re3d.py "$SHARED/data/re3d_dev"
  "$PY" scripts/evaluate_re3d_figures.py "$SHARED/data/re3d_dev"
fi
if [ "$UCDP" = 1 ]; then
  echo "== UCDP GED sample (event locations placed in a sentence of ours)"
  "$PY" scripts/evaluate_ucdp.py "$SHARED/data/ucdp_ged_sample/ucdpged_sample_1000.csv"
fi
