"""scripts/evaluate_re3d.py: place and date spans against re3d-style entity files."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = str(ROOT / "scripts" / "evaluate_re3d.py")


def entity(doc, text, value, etype, confidence=1.0, nth=0):
    begin = -1
    for _ in range(nth + 1):
        begin = text.index(value, begin + 1)
    return {"documentId": doc, "begin": begin, "end": begin + len(value), "type": etype,
            "value": value, "confidence": confidence}


def test_named_locations_and_dates_are_scored_and_unsure_ones_left_out(tmp_path):
    text = ("Near Mosul, two strikes destroyed a weapons cache on Monday. "
            "Officials in Iraq said the northern part of the country was calm.")
    ents = [entity("d1", text, "Mosul", "Location"),
            entity("d1", text, "the northern part of the country", "Location"),  # no name: not gold
            entity("d1", text, "Iraq", "Location", confidence=0.2),  # unsure: neither gold nor false
            entity("d1", text, "Monday", "Temporal")]
    sub = tmp_path / "Press"
    sub.mkdir()
    (sub / "documents.jsonl").write_text(json.dumps({"_id": "d1", "text": text}) + "\n")
    (sub / "entities.jsonl").write_text("".join(json.dumps(e) + "\n" for e in ents))
    done = subprocess.run([sys.executable, SCRIPT, str(tmp_path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = {line.split(":")[0].strip(): line for line in done.stdout.splitlines()}
    assert "gold 1 predicted 1  P 1.000 R 1.000" in rows["places"]
    assert "gold 1 predicted 1  P 1.000 R 1.000" in rows["dates"]


def test_missing_data_is_named(tmp_path):
    done = subprocess.run([sys.executable, SCRIPT, str(tmp_path / "none")], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2 and "no re3d data" in done.stderr
