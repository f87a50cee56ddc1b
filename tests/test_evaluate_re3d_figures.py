"""scripts/evaluate_re3d_figures.py: figures against re3d-style quantities tied to what they count."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = str(ROOT / "scripts" / "evaluate_re3d_figures.py")


def entity(doc, text, value, etype, confidence=1.0):
    begin = text.index(value)
    return {"documentId": doc, "begin": begin, "end": begin + len(value), "type": etype,
            "value": value, "confidence": confidence}


def tie(quantity, thing, confidence=1.0):
    return {"documentId": quantity["documentId"], "type": "HasAttrOf", "confidence": confidence,
            "sourceBegin": thing["begin"], "sourceEnd": thing["end"],
            "targetBegin": quantity["begin"], "targetEnd": quantity["end"]}


def run(tmp_path, text, ents, rels, subset="CENTCOM"):
    sub = tmp_path / subset
    sub.mkdir()
    (sub / "documents.jsonl").write_text(json.dumps({"_id": "d1", "text": text}) + "\n")
    (sub / "entities.jsonl").write_text("".join(json.dumps(e) + "\n" for e in ents))
    (sub / "relations.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rels))
    done = subprocess.run([sys.executable, SCRIPT, str(tmp_path), "--show", "9"], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_tied_quantities_are_gold_and_strike_counts_are_not(tmp_path):
    text = ("Near Tikrit, four strikes destroyed nine tanks and killed 30 fighters. "
            "The army said 12 soldiers were wounded.")
    four, strikes = entity("d1", text, "four", "Quantity"), entity("d1", text, "strikes", "Weapon")
    nine, tanks = entity("d1", text, "nine", "Quantity"), entity("d1", text, "tanks", "MilitaryPlatform")
    thirty, fighters = entity("d1", text, "30", "Quantity"), entity("d1", text, "fighters", "Organisation")
    twelve = entity("d1", text, "12", "Quantity")  # tied to nothing: not scored either way
    out = run(tmp_path, text, [four, strikes, nine, tanks, thirty, fighters, twelve],
              [tie(four, strikes), tie(nine, tanks), tie(thirty, fighters)])
    rows = {line.split(":")[0].strip(): line for line in out.splitlines() if not line.startswith(" ")}
    assert "gold   2 predicted   2  P 1.000 R 1.000" in rows["CENTCOM"], out
    assert "gold   2 predicted   2" in rows["overall"]
    assert "(not scored 1)" in rows["overall"]


def test_a_missed_quantity_is_listed(tmp_path):
    text = "The ministry spent 40 days planning while 75 members of the tribe were held."
    q, members = entity("d1", text, "40", "Quantity"), entity("d1", text, "ministry", "Organisation")
    out = run(tmp_path, text, [q, members], [tie(q, members)], subset="UK_Government")
    assert "missed '40'" in out and "R 0.000" in out


def test_missing_data_is_named(tmp_path):
    done = subprocess.run([sys.executable, SCRIPT, str(tmp_path / "none")], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2 and "no re3d data" in done.stderr
