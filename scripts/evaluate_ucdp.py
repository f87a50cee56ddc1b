"""Places of conflict events: UCDP's coded locations, placed by warta in a sentence of ours.

    python scripts/evaluate_ucdp.py [UCDP_CSV] [--max-prec N] [--show N]

UCDP GED (../shared/data/ucdp_ged_sample) gives, for each of 1,000 events from 1989 to 2022,
the place name its coders used (``where_coordinates``: "Rami village", "Kabul city"), its
first-level unit, its country and coordinates, with a precision (``where_prec``: 1 the spot,
2 within 25 km, 3 a second-level unit, ...). For each event up to ``--max-prec`` (default 2),
warta extracts one English sentence written here around those names: "Fighting was reported in
<place>, <unit>, <country>." and the place it gives for the name is compared with UCDP's
coordinates. Printed: the share of events whose name warta places (found) and whose place lies
within 25, 50 and 161 km of UCDP's, per precision; with ``--show``, the first N misses (not
found, or placed beyond 50 km) with the name warta chose.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import Counter
from math import asin, cos, radians, sin, sqrt
from pathlib import Path

from warta.pipeline.extract import extract

SHARED = Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DEFAULT = SHARED / "data" / "ucdp_ged_sample" / "ucdpged_sample_1000.csv"
FRAME = "Fighting was reported in {where}, {unit}, {country}."
RINGS = (25, 50, 161)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = (tuple(map(radians, a)), tuple(map(radians, b)))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))


def sentence(row: dict[str, str]) -> tuple[str, int, int]:
    """Our sentence for an event and the span of its place name in it."""
    where = row["where_coordinates"].strip()
    text = FRAME.format(where=where, unit=row["adm_1"].strip() or row["country"], country=row["country"])
    start = text.index(where)
    return text, start, start + len(where)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--max-prec", type=int, default=2, help="UCDP where_prec up to this (1 = the spot)")
    ap.add_argument("--show", type=int, default=0, help="print the first N misses")
    args = ap.parse_args()
    if not args.csv.exists():
        print(f"no UCDP sample at {args.csv}: give its path or set WARTA_SHARED", file=sys.stderr)
        return 2
    with args.csv.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f)
                if r["where_coordinates"].strip() and int(r["where_prec"]) <= args.max_prec]
    total: Counter[int] = Counter()
    found: Counter[int] = Counter()
    within: dict[int, Counter[int]] = {ring: Counter() for ring in RINGS}
    shown = 0
    for row in rows:
        prec = int(row["where_prec"])
        text, start, end = sentence(row)
        places = [p for p in extract(text, lang="en").places
                  if p.start < end and start < p.end and p.lat is not None and p.lon is not None]
        total[prec] += 1
        best = places[0] if places else None
        off = km((best.lat, best.lon), (float(row["latitude"]), float(row["longitude"]))) \
            if best is not None and best.lat is not None and best.lon is not None else None
        if best is not None:
            found[prec] += 1
        for ring in RINGS:
            within[ring][prec] += off is not None and off <= ring
        if shown < args.show and (off is None or off > 50):
            shown += 1
            put = f"{best.name} ({best.country}, {off:.0f} km)" if best is not None and off is not None \
                else "not placed"
            print(f"  prec {prec} {row['where_coordinates']!r} in {row['adm_1']!r}, {row['country']}: {put}")
    print(f"{'where_prec':>10} {'events':>7} {'found':>7} " + " ".join(f"{f'<={r} km':>8}" for r in RINGS))
    lines: list[tuple[str, int, int, list[int]]] = [
        (str(p), total[p], found[p], [within[r][p] for r in RINGS]) for p in sorted(total)]
    lines.append(("all", sum(total.values()), sum(found.values()), [sum(within[r].values()) for r in RINGS]))
    for label, n, got, rings in lines:
        print(f"{label:>10} {n:7d} {got / n:7.3f} " + " ".join(f"{x / n:8.3f}" for x in rings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
