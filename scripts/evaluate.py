"""Run warta over a gold folder and score it with the shared scorer.

    python scripts/evaluate.py GOLD_DIR OUT_DIR [--only places] [--show] [--by-batch] [--demonyms PREFIX]

Each ``<slug>.txt`` beside ``<slug>.gold.json`` is extracted with the gold
file's ``lang`` and ``published`` (exactly what ``warta extract FILE --lang L
--published D`` prints, less the times that carry no dates, which contract
v1.1 leaves to the TimeML scorer: see ``scripts/evaluate_timeml.py``), written
to ``OUT_DIR/<slug>.json``, then scored by ``../shared/eval/score.py``.

The sides of matched events (who acted, who was acted upon), which the shared
scorer leaves out, are scored by ``scripts/event_sides.py``.

``--by-batch`` also scores each batch of the gold folder and each language
within it. Batches are the ``## `` sections of the folder's ``SOURCES.md``
(the table before the first section is batch 1); a slug belongs to the
section whose table names it. This is how ``docs/quality.md`` keeps first-sight
scores of each new batch apart from the batches the rules were tuned on.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from warta.io import read_text
from warta.pipeline.extract import extract

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def batches(gold_dir: Path, slugs: list[str]) -> dict[str, list[str]]:
    """Slugs grouped by the ``SOURCES.md`` section that lists them."""
    sources = gold_dir / "SOURCES.md"
    if not sources.exists():
        return {"all": slugs}
    known = set(slugs)
    out: dict[str, list[str]] = {}
    name = "batch 1"
    for line in sources.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            name = re.sub(r"\s*\(.*\)\s*$", "", line[3:]).strip().lower()
            continue
        cell = line.split("|")[1].strip() if line.startswith("|") else ""
        if cell in known:
            out.setdefault(name, []).append(cell)
    return out


def _score(args: argparse.Namespace, gold: Path) -> int:
    cmd = [sys.executable, str(args.scorer), str(gold), str(args.out)]
    cmd += [x for k in args.only for x in ("--only", k)] + (["--show"] if args.show else [])
    return subprocess.call(cmd)


def _score_subset(args: argparse.Namespace, title: str, slugs: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for slug in slugs:
            (Path(tmp) / f"{slug}.gold.json").symlink_to((args.gold / f"{slug}.gold.json").resolve())
        print(f"-- {title} ({len(slugs)})", flush=True)
        _score(args, Path(tmp))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--by-batch", action="store_true", help="also score each batch and language")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--demonyms", action="append", default=[], metavar="PREFIX",
                    help="extract the articles whose slug starts with PREFIX with demonyms as places "
                         "(for corpora that annotate them: gwn_dev, lgl)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    golds = sorted(args.gold.glob("*.gold.json"))
    langs: dict[str, str] = {}
    for n, gold in enumerate(golds, 1):
        slug = gold.name[: -len(".gold.json")]
        meta = json.loads(gold.read_text(encoding="utf-8"))
        langs[slug] = meta.get("lang") or "?"
        article = extract(read_text(gold.with_name(f"{slug}.txt")), lang=meta.get("lang") or None,
                          published=meta.get("published"),
                          demonyms=slug.startswith(tuple(args.demonyms)) if args.demonyms else False)
        doc = article.to_json()
        # contract v1.1: times with no dates (bare durations, sets, "now", a clock time with no
        # day) are scored by timeml.py against TimeML gold, not by score.py
        doc["times"] = [t for t in doc["times"] if t.get("start_date")]
        (args.out / f"{slug}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        if n % 100 == 0:
            print(f"{n}/{len(golds)}", file=sys.stderr)
    code = _score(args, args.gold)
    if not args.only or "events" in args.only:
        subprocess.call([sys.executable, str(Path(__file__).with_name("event_sides.py")), str(args.gold),
                         str(args.out)] + (["--show"] if args.show else []))
    if args.by_batch:
        for name, slugs in batches(args.gold, list(langs)).items():
            _score_subset(args, name, slugs)
            for lang in sorted({langs[s] for s in slugs}):
                _score_subset(args, f"{name}, {lang}", [s for s in slugs if langs[s] == lang])
    return code


if __name__ == "__main__":
    sys.exit(main())
