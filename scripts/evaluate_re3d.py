"""Places and dates of warta on re3d, conflict documents from Syria and Iraq nobody tuned on.

    python scripts/evaluate_re3d.py [RE3D_DIR] [--show N]

re3d (../shared/data/re3d_dev) holds press releases and statements of 2016-2017 (US CENTCOM
strike reports, UK and Australian government statements) with entity spans. Each document
is extracted as an English article; the documents carry no date, so a nominal one
(``PUBLISHED``) lets relative dates resolve (only spans are scored). Gold places are the
``Location`` entities (confidence at least 0.5) that carry a name (a word in title case
other than a leading article): "Mosul district, Ninewa province" counts, "the northern part
of the country" and "supply routes" do not, as warta finds names, not descriptions. Gold
dates are the ``Temporal`` entities (confidence at least 0.5) against all of warta's time
expressions. A prediction counts when it overlaps a gold span not yet matched (overlap
P/R/F1, as scripts/ner_places.py); one that overlaps only an entity of the same type the
annotators were unsure of (confidence under 0.5: "Iraq" as an actor, say) is not scored.
With ``--show``, the first N misses and false alarms of each kind are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from span_match import overlaps, pair, prf

from warta.pipeline.extract import extract

SHARED = Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DEFAULT = SHARED / "data" / "re3d_dev"
MIN_CONFIDENCE = 0.5
PUBLISHED = "2017-01-15"
NAMED = re.compile(r"\b(?!(?:The|A|An)\b)[A-Z][a-z]")

Spans = list[tuple[int, int]]


Doc = tuple[str, dict[str, Spans], dict[str, Spans]]
KINDS = {"places": "Location", "dates": "Temporal"}


def read(folder: Path) -> list[Doc]:
    """(text, gold spans by kind, unsure spans by kind) of each document under ``folder``."""
    out = []
    for sub in sorted(p for p in folder.iterdir() if (p / "documents.jsonl").exists()):
        docs = [json.loads(line) for line in (sub / "documents.jsonl").open(encoding="utf-8")]
        ents = [json.loads(line) for line in (sub / "entities.jsonl").open(encoding="utf-8")]
        for doc in docs:
            mine = [e for e in ents if e["documentId"] == doc["_id"]]
            gold = {kind: sorted({(e["begin"], e["end"]) for e in mine if e["type"] == etype
                                  and e["confidence"] >= MIN_CONFIDENCE
                                  and (kind != "places" or NAMED.search(e["value"]))})
                    for kind, etype in KINDS.items()}
            unsure = {kind: [(e["begin"], e["end"]) for e in mine
                             if e["type"] == etype and e["confidence"] < MIN_CONFIDENCE]
                      for kind, etype in KINDS.items()}
            out.append((doc["text"], gold, unsure))
    return out


def match(gold: Spans, pred: Spans, unsure: Spans) -> tuple[int, Spans, Spans]:
    """Overlap matches one to one: (hits, missed gold, unmatched predictions not unsure)."""
    links, missed = pair(gold, pred)
    used = set(links.values())
    return len(used), missed, [p for i, p in enumerate(pred) if i not in used and not overlaps(p, unsure)]


def arguments(doc: str | None, false: str) -> argparse.Namespace | None:
    """The re3d scripts' command line (``folder``, ``--show``); None, said why, when
    there is no data."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show", type=int, default=0, help=f"print the first N misses and {false}")
    args = ap.parse_args()
    if not args.folder.is_dir():
        print(f"no re3d data at {args.folder}: give its path or set WARTA_SHARED", file=sys.stderr)
        return None
    return args


def main() -> int:
    args = arguments(__doc__, "false alarms")
    if args is None:
        return 2
    totals = {"places": [0, 0, 0], "dates": [0, 0, 0]}
    shown: dict[str, list[str]] = {"places": [], "dates": []}
    for text, gold, unsure in read(args.folder):
        article = extract(text, lang="en", published=PUBLISHED)
        pred = {"places": [(p.start, p.end) for p in article.places],
                "dates": [(t.start, t.end) for t in article.times]}
        for kind in KINDS:
            hits, missed, extra = match(gold[kind], pred[kind], unsure[kind])
            totals[kind][0] += hits
            totals[kind][1] += len(gold[kind])
            totals[kind][2] += hits + len(extra)
            shown[kind] += [f"  missed {text[a:b]!r}" for a, b in missed]
            shown[kind] += [f"  false  {text[a:b]!r}" for a, b in extra]
    for kind, (hits, n_gold, n_pred) in totals.items():
        print(f"{kind:7}: gold {n_gold} predicted {n_pred}  {prf(hits, n_gold, n_pred)}")
        for line in shown[kind][: args.show]:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
