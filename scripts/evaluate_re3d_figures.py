"""Figures of warta on re3d: strike reports and government statements nobody tuned on.

    python scripts/evaluate_re3d_figures.py [RE3D_DIR] [--show N]

re3d (../shared/data/re3d_dev, see scripts/evaluate_re3d.py) links a ``Quantity`` to what
it counts with a ``HasAttrOf`` relation ("destroyed three tanks", "killed 20 fighters").
Gold figures are those quantities (entity confidence at least 0.5, relation confidence at
least 0.5) tied to any entity but a ``Nationality``: weapons, platforms, vehicles, people,
groups, and places counted as things (buildings, villages, square miles of land, which the
contract's units ``other`` and ``area_km2`` hold). Left out, following the evaluation
contract: counts of strikes (a strike is an event, not a figure), percentages, and
definite re-mentions ("the 14 tanks", "the two units"). A warta figure matches a gold
quantity when its number span overlaps it (one to one). A figure that overlaps a quantity
left out is a false figure; one that overlaps only a quantity the annotators tied to
nothing (re3d leaves most list items unlinked: "destroyed three buildings, two vehicles"
links the vehicles only) or were unsure of (confidence under 0.5) is not scored, and is
counted apart, and so is one whose words overlap a countable entity re3d marks without a
count ("a bulldozer", "two bridges" tagged as one Location): only figures over text re3d
marks nothing in, or over quantities left out, are false. Results are printed for each
subset (CENTCOM, UK, DFAT) and overall; with ``--show``, the first N misses and false
figures of each subset.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluate_re3d import MIN_CONFIDENCE, PUBLISHED, arguments
from span_match import Span, overlaps, pair, prf

from warta.pipeline.extract import extract

SUBSETS = {"CENTCOM": "CENTCOM", "UK_Government": "UK", "Australian_Department_of_Foreign_Affairs": "DFAT"}
EVENTS = re.compile(r"\b(?:air)?strikes?\b", re.IGNORECASE)
PERCENT = re.compile(r"%|\bper ?cent\b", re.IGNORECASE)
DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)
COUNTABLE = {"Weapon", "MilitaryPlatform", "Vehicle", "Person", "Organisation", "Location"}


@dataclass
class Doc:
    subset: str
    text: str
    gold: list[Span] = field(default_factory=list)
    excluded: list[Span] = field(default_factory=list)  # quantities that are no figure
    unscored: list[Span] = field(default_factory=list)  # tied to nothing, or unsure
    things: list[Span] = field(default_factory=list)  # countable entities, whatever their count


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def judge(text: str, quantity: dict[str, Any], counted: dict[str, Any] | None, confidence: float) -> str:
    """'gold', 'excluded' or 'unscored' for one quantity and what a relation says it counts."""
    if quantity["confidence"] < MIN_CONFIDENCE:
        return "unscored"
    if counted is None:
        return "unscored"
    if confidence < MIN_CONFIDENCE or counted["type"] == "Nationality":
        return "unscored"
    if EVENTS.search(counted["value"]) or PERCENT.search(quantity["value"]):
        return "excluded"
    if DEFINITE.search(text[max(0, quantity["begin"] - 8):quantity["begin"]]):
        return "excluded"
    return "gold"


def read(folder: Path) -> list[Doc]:
    """Each document under ``folder`` with its quantities sorted into gold, excluded and unscored."""
    out = []
    for sub in sorted(p for p in folder.iterdir() if (p / "documents.jsonl").exists()):
        ents = _lines(sub / "entities.jsonl")
        rels = _lines(sub / "relations.jsonl") if (sub / "relations.jsonl").exists() else []
        for raw in _lines(sub / "documents.jsonl"):
            doc = Doc(SUBSETS.get(sub.name, sub.name), raw["text"])
            mine = {(e["begin"], e["end"]): e for e in ents if e["documentId"] == raw["_id"]}
            ties: dict[Span, tuple[dict[str, Any], float]] = {}
            for r in rels:
                if r["type"] != "HasAttrOf" or r["documentId"] != raw["_id"]:
                    continue
                ends = ((r["sourceBegin"], r["sourceEnd"]), (r["targetBegin"], r["targetEnd"]))
                for q, other in (ends, ends[::-1]):
                    if q in mine and other in mine and mine[q]["type"] == "Quantity":
                        if q not in ties or ties[q][1] < r["confidence"]:
                            ties[q] = (mine[other], r["confidence"])
            for span, e in sorted(mine.items()):
                if e["type"] == "Quantity":
                    counted, confidence = ties.get(span, (None, 0.0))
                    getattr(doc, judge(doc.text, e, counted, confidence)).append(span)
                elif e["type"] in COUNTABLE:
                    doc.things.append(span)
            out.append(doc)
    return out


def score(doc: Doc, pred: list[Span], whole: dict[Span, Span]) -> tuple[int, list[Span], list[Span], int]:
    """(hits, missed gold, false figures, unscored figures), matching number spans one to one
    by overlap; ``whole`` gives the span of each figure's words by its number span."""
    links, missed = pair(doc.gold, pred)
    used = set(links.values())
    rest = [p for i, p in enumerate(pred) if i not in used]
    false = [p for p in rest if overlaps(p, doc.excluded)
             or not (overlaps(p, doc.unscored + doc.gold) or overlaps(whole.get(p, p), doc.things))]
    return len(used), missed, false, len(rest) - len(false)


def main() -> int:
    args = arguments(__doc__, "false figures")
    if args is None:
        return 2
    totals: dict[str, list[int]] = {}
    shown: dict[str, list[str]] = {}
    for doc in read(args.folder):
        article = extract(doc.text, lang="en", published=PUBLISHED)
        figures = [f for claim in article.claims for f in claim.figures]
        whole = {(f.quantity.start, f.quantity.end): (f.start, f.end) for f in figures}
        hits, missed, false, unscored = score(doc, sorted(whole), whole)
        for key in (doc.subset, "overall"):
            row = totals.setdefault(key, [0, 0, 0, 0])
            row[0] += hits
            row[1] += len(doc.gold)
            row[2] += hits + len(false)
            row[3] += unscored
        lines = shown.setdefault(doc.subset, [])
        for kind, spans in (("missed", missed), ("false ", false)):
            for a, b in spans:
                lines.append(f"  {kind} {doc.text[a:b]!r} in {doc.text[max(0, a - 50):b + 40]!r}")
    for key in sorted(totals, key=lambda k: k == "overall"):
        hits, n_gold, n_pred, unscored = totals[key]
        scores = prf(hits, n_gold, n_pred)
        print(f"{key:8}: gold {n_gold:3} predicted {n_pred:3}  {scores}  (not scored {unscored})")
        for line in shown.get(key, [])[: args.show]:
            print(line.replace("\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
