"""Who acted and who was acted upon: agreement of warta's events with gold ones.

    python scripts/event_sides.py GOLD_DIR OUT_DIR [--show]

The shared scorer matches events on type, place and date only; this scores the
sides of the events it would match (same type, places within 50 km or one
country at country precision, overlapping dates; each gold event with the first
such prediction): the share whose ``actor`` and whose ``target`` equal gold's.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

NEAR_KM = 50.0


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    if a.get("lat") is None or b.get("lat") is None:
        return math.inf
    dy = (a["lat"] - b["lat"]) * 111.2
    dx = (a["lon"] - b["lon"]) * 111.2 * math.cos(math.radians((a["lat"] + b["lat"]) / 2))
    return math.hypot(dx, dy)


def _same(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    gp, pp = gold.get("place") or {}, pred.get("place") or {}
    if gold["type"] != pred["type"]:
        return False
    one_country = "country" in (gp.get("precision"), pp.get("precision")) \
        and gp.get("country") is not None and gp.get("country") == pp.get("country")
    if not one_country and _km(gp, pp) > NEAR_KM:
        return False
    a, b = gold.get("date"), pred.get("date")
    return not a or not b or (a["start"] <= b["end"] and b["start"] <= a["end"])


def agreement(gold_dir: Path, out_dir: Path) -> tuple[int, int, int, list[str]]:
    """Matched events, how many have gold's actor, how many gold's target, and the misses."""
    matched = actors = targets = 0
    misses: list[str] = []
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        slug = gold_file.name[: -len(".gold.json")]
        pred_file = out_dir / f"{slug}.json"
        if not pred_file.exists():
            continue
        preds = json.loads(pred_file.read_text(encoding="utf-8")).get("events", [])
        used: set[int] = set()
        for g in json.loads(gold_file.read_text(encoding="utf-8")).get("events", []):
            i = next((i for i, p in enumerate(preds) if i not in used and _same(g, p)), None)
            if i is None:
                continue
            used.add(i)
            p = preds[i]
            matched += 1
            actors += p.get("actor") == g.get("actor")
            targets += p.get("target") == g.get("target")
            if (p.get("actor"), p.get("target")) != (g.get("actor"), g.get("target")):
                misses.append(f"{slug} {g['type']}: gold {g.get('actor')} -> {g.get('target')}, "
                              f"warta {p.get('actor')} -> {p.get('target')}")
    return matched, actors, targets, misses


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--show", action="store_true", help="list the matched events whose sides differ")
    args = ap.parse_args()
    matched, actors, targets, misses = agreement(args.gold, args.out)
    if args.show:
        print("\n".join(misses))
    if matched:
        print(f"event sides   actor {actors / matched:.3f}  target {targets / matched:.3f}  "
              f"(of {matched} matched events)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
