"""scripts/evaluate_ucdp.py: UCDP's coded places, placed by warta in a sentence of ours."""

import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = str(ROOT / "scripts" / "evaluate_ucdp.py")
COLUMNS = ["where_prec", "where_coordinates", "adm_1", "country", "latitude", "longitude"]


def test_places_are_scored_by_distance_to_the_coded_coordinates(tmp_path):
    rows = [  # Kharkiv placed right; a village the index lacks lands at its oblast's centre
        {"where_prec": "1", "where_coordinates": "Kharkiv city", "adm_1": "Kharkiv oblast",
         "country": "Ukraine", "latitude": "49.99", "longitude": "36.23"},
        {"where_prec": "2", "where_coordinates": "Zzyzxovka village", "adm_1": "Kharkiv oblast",
         "country": "Ukraine", "latitude": "49.10", "longitude": "37.90"},
        {"where_prec": "4", "where_coordinates": "Kharkiv oblast", "adm_1": "Kharkiv oblast",
         "country": "Ukraine", "latitude": "49.5", "longitude": "36.5"}]  # beyond --max-prec
    path = tmp_path / "ged.csv"
    with path.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    done = subprocess.run([sys.executable, SCRIPT, str(path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    table = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[1:]}
    assert table["1"] == ["1", "1.000", "1.000", "1.000", "1.000"]
    events, found, near, *_ = table["2"]
    assert (events, found, near) == ("1", "1.000", "0.000")  # found, but at the oblast's centre
    assert table["all"][0] == "2"


def test_missing_sample_is_named(tmp_path):
    done = subprocess.run([sys.executable, SCRIPT, str(tmp_path / "none.csv")], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2 and "no UCDP sample" in done.stderr
