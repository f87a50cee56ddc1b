"""Event types on the PLOVER gold sentences: does warta find the conflict events, and
does it keep quiet on the rest?

    python scripts/evaluate_plover.py [PLOVER_GSR_CAMEO.json] [--show]

Each of the 322 coded sentences (CAMEO manual examples, ../shared/data/plover_gsr) is
extracted on its own (English, published 2000-01-01). warta's event types map to PLOVER's
as ``MAPPING`` says; a sentence counts as found when one of its warta events maps to the
gold PLOVER type. Printed per PLOVER type: sentences, found, and the sentences of other
types where warta gives an event of that type (false alarms; some of those sentences do
report such an event in passing, "complained over two air raids", so precision is a floor).
Violent types (FIGHT, ASSAULT) are scored together: warta's types do not draw PLOVER's line
between them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

from warta.pipeline.extract import extract

SHARED = Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DEFAULT = SHARED / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
VIOLENT = "FIGHT/ASSAULT"
MAPPING = {"attack": VIOLENT, "strike": VIOLENT, "advance": VIOLENT, "capture": VIOLENT,
           "killing": VIOLENT, "destruction": VIOLENT, "retreat": "RETREAT", "threat": "THREATEN",
           "negotiation": "CONSULT"}
SCORED = (VIOLENT, "THREATEN", "RETREAT", "CONSULT")


def gold_type(event: str) -> str:
    return VIOLENT if event in ("FIGHT", "ASSAULT") else event


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show", action="store_true", help="list the misses and false alarms")
    args = ap.parse_args()
    if not args.gold.exists():
        print(f"no PLOVER gold at {args.gold}: give its path or set WARTA_SHARED", file=sys.stderr)
        return 2
    records = [r for r in json.loads(args.gold.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    total, found, alarms = Counter(), Counter(), Counter()
    for r in records:
        gold = gold_type(r["event"])
        got = {MAPPING[e.type] for e in extract(r["text"], lang="en", published="2000-01-01").events
               if e.type in MAPPING}
        total[gold] += 1
        found[gold] += gold in got
        for kind in got - {gold}:
            alarms[kind] += 1
            if args.show:
                print(f"false {kind}: {r['text'][:120]}")
        if args.show and gold in SCORED and gold not in got:
            print(f"missed {gold}: {r['text'][:120]}")
    print(f"{'PLOVER type':16} {'gold':>5} {'found':>6} {'recall':>7} {'false':>6} {'precision':>9}")
    for kind in SCORED:
        n, k, f = total[kind], found[kind], alarms[kind]
        print(f"{kind:16} {n:5} {k:6} {k / n if n else 0:7.3f} {f:6} {k / (k + f) if k + f else 0:9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
