"""Score warta's time expressions against TimeML corpora, the TempEval-3 way.

    python scripts/evaluate_timeml.py [OUT_DIR] [--corpus NAME ...] [--show] [--full]

Corpora (under ``../shared/data``, or ``$WARTA_SHARED/data``): ``timebank`` and ``aquaint`` (the two halves
of ``te3_tbaq_train``, TimeML ``.tml``) and ``meantime`` (``meantime_en_dev``,
MEANTIME CAT XML). Each document is converted to ``<doc>.txt`` +
``<doc>.gold.json`` (``../shared/eval/timeml.py convert`` for TimeML; for CAT
XML the tokens of the annotated sentences, the first few of each article, are
joined back into text here, and the creation-time mention, which MEANTIME
annotates inside the text, is gold like any other), warta finds
the times of each text with the document creation time as publication date
(only the times step, with sentences, unless ``--full`` runs the whole
``extract``), and ``timeml.py score`` prints relaxed/strict span, value and
type P/R/F1 per corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

from warta.lang import load
from warta.pipeline.extract import extract
from warta.pipeline.segment import sentences
from warta.pipeline.times import find_times

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED") or next(
    (str(d / "shared") for d in (ROOT.parent, ROOT.parent.parent) if (d / "shared" / "eval").is_dir()),
    str(ROOT.parent / "shared")))
CORPORA = {
    "timebank": ("tml", "te3_tbaq_train/TimeBank"),
    "aquaint": ("tml", "te3_tbaq_train/AQUAINT"),
    "meantime": ("cat", "meantime_en_dev"),
}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "'s", "n't", "'", "%", "'re", "'ve", "'ll", "'d"}
NO_SPACE_AFTER = {"(", "[", "$"}


def read_cat(path: Path) -> dict:
    """Text, creation date and TIMEX3s of one MEANTIME CAT document."""
    root = ET.parse(path).getroot()
    sentence = {t.get("t_id"): int(t.get("sentence") or 0) for t in root.iter("token")}
    annotated = max((sentence.get(a.get("t_id"), 0) for mk in root.iter("Markables")
                     for a in mk.iter("token_anchor")), default=0)
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    prev_sent, prev_tok = None, ""
    for tok in root.iter("token"):
        if int(tok.get("sentence") or 0) > annotated:
            break  # MEANTIME annotates only the first sentences of each article
        word = tok.text or ""
        if prev_sent is not None:
            if tok.get("sentence") != prev_sent:
                parts.append("\n")
            elif word not in NO_SPACE_BEFORE and prev_tok not in NO_SPACE_AFTER:
                parts.append(" ")
        start = sum(map(len, parts))
        parts.append(word)
        spans[tok.get("t_id") or ""] = (start, start + len(word))
        prev_sent, prev_tok = tok.get("sentence"), word
    text = "".join(parts)
    times: list[dict[str, Any]] = []
    dct = None
    for t in root.iter("TIMEX3"):
        ids = [a.get("t_id") or "" for a in t.iter("token_anchor")]
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = (t.get("value") or "")[:10]
        if not ids or any(i not in spans for i in ids):
            continue
        s, e = spans[ids[0]][0], spans[ids[-1]][1]
        if any(x["start"] == s and x["end"] == e for x in times):
            continue  # the creation time is listed twice
        times.append({"text": text[s:e], "start": s, "end": e, "type": t.get("type"),
                      "value": t.get("value")})
    times.sort(key=lambda x: int(x["start"]))
    return {"text": text, "published": dct, "times": times}


def convert(name: str, gold: Path) -> None:
    kind, rel = CORPORA[name]
    src = SHARED / "data" / rel
    gold.mkdir(parents=True, exist_ok=True)
    if kind == "tml":
        subprocess.run([sys.executable, str(SHARED / "eval" / "timeml.py"), "convert", str(src), str(gold),
                        "--lang", "en"], check=True, stdout=subprocess.DEVNULL)
        return
    for path in sorted(src.glob("corpus_*/*.xml")):
        doc = read_cat(path)
        (gold / f"{path.stem}.txt").write_text(doc["text"], encoding="utf-8")
        (gold / f"{path.stem}.gold.json").write_text(json.dumps(
            {"lang": "en", "published": doc["published"], "claims": [], "events": [], "places": [],
             "times": doc["times"]}, ensure_ascii=False), encoding="utf-8")


def predict(gold: Path, pred: Path, full: bool) -> None:
    pred.mkdir(parents=True, exist_ok=True)
    lang = load("en")
    for g in sorted(gold.glob("*.gold.json")):
        slug = g.name[: -len(".gold.json")]
        meta = json.loads(g.read_text(encoding="utf-8"))
        text = (gold / f"{slug}.txt").read_text(encoding="utf-8")
        pub = date.fromisoformat(meta["published"]) if meta.get("published") else None
        if full:
            times = [p for t in extract(text, lang="en", published=pub).to_json()["times"]
                     for p in t.get("parts") or [t]]
        else:  # a range's two dates are two TIMEX3s
            found = find_times(text, lang, pub, sentences(text, lang))
            times = [p.to_json() for t in found for p in t.timexes]
        (pred / f"{slug}.json").write_text(json.dumps({"times": times}, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", nargs="?", type=Path, default=ROOT / "out" / "timeml")
    ap.add_argument("--corpus", action="append", choices=list(CORPORA))
    ap.add_argument("--show", action="store_true", help="list misses, false alarms and wrong values")
    ap.add_argument("--full", action="store_true", help="run the whole extract, not only the times step")
    args = ap.parse_args()
    print(f"{'':10} {'relaxed':>8} {'strict':>8} {'value':>8} {'type':>8}   F1 (P/R with --show)")
    for name in args.corpus or list(CORPORA):
        gold, pred = args.out / name / "gold", args.out / name / "pred"
        if not any(gold.glob("*.gold.json")):
            convert(name, gold)
        predict(gold, pred, args.full)
        cmd = [sys.executable, str(SHARED / "eval" / "timeml.py"), "score", str(gold), str(pred), "--json"]
        if args.show:
            subprocess.run(cmd[:-1] + ["--show"], check=True)
        res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        print(f"{name:10} " + " ".join(f"{res[k]['f1']:8.3f}" for k in ("relaxed", "strict", "value", "type"))
              + f"   gold {res['gold']} pred {res['pred']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
