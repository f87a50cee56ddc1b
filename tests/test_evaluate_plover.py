"""scripts/evaluate_plover.py: event types against PLOVER-coded sentences."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_found_and_false_alarms_per_plover_type(tmp_path):
    gold = tmp_path / "gsr.json"
    gold.write_text(json.dumps([
        {"event": "DOCUMENT", "text": "header"},
        {"event": "FIGHT", "text": "Russian troops shelled the town of Kupiansk in Ukraine on Monday."},
        {"event": "ASSAULT", "text": "Rebels exploded three bombs in Kabul, Afghanistan on Monday."},
        {"event": "AGREE", "text": "Turkey and Greece agreed on Monday to hold talks in Athens."},
    ]))
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "evaluate_plover.py"), str(gold)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[1:]}
    assert rows["FIGHT/ASSAULT"][:2] == ["2", "2"]  # two violent sentences, both found
    assert rows["CONSULT"][:2] == ["0", "0"] and rows["CONSULT"][3] == "1"  # talks in an AGREE sentence


def test_missing_gold_is_named(tmp_path):
    script = str(ROOT / "scripts" / "evaluate_plover.py")
    done = subprocess.run([sys.executable, script, str(tmp_path / "no.json")],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2 and "no PLOVER gold" in done.stderr
