"""Run warta over a gold folder and score it with the shared scorer.

    python scripts/evaluate.py GOLD_DIR OUT_DIR [--only places] [--show]

Each ``<slug>.txt`` beside ``<slug>.gold.json`` is extracted with the gold
file's ``lang`` and ``published`` (exactly what ``warta extract FILE --lang L
--published D`` prints), written to ``OUT_DIR/<slug>.json``, then scored by
``../shared/eval/score.py``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from warta.io import read_text
from warta.pipeline.extract import extract

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    golds = sorted(args.gold.glob("*.gold.json"))
    for n, gold in enumerate(golds, 1):
        slug = gold.name[: -len(".gold.json")]
        meta = json.loads(gold.read_text(encoding="utf-8"))
        article = extract(read_text(gold.with_name(f"{slug}.txt")), lang=meta.get("lang") or None,
                          published=meta.get("published"))
        (args.out / f"{slug}.json").write_text(json.dumps(article.to_json(), ensure_ascii=False),
                                               encoding="utf-8")
        if n % 100 == 0:
            print(f"{n}/{len(golds)}", file=sys.stderr)
    cmd = [sys.executable, str(args.scorer), str(args.gold), str(args.out)]
    cmd += [x for k in args.only for x in ("--only", k)] + (["--show"] if args.show else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
