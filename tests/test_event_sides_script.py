"""scripts/event_sides.py: the sides of events the shared scorer would match."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("event_sides", ROOT / "scripts" / "event_sides.py")
event_sides = importlib.util.module_from_spec(spec)
spec.loader.exec_module(event_sides)


def ev(etype, actor, target, lat, lon, day="2025-01-05", precision="settlement", country="UA"):
    return {"type": etype, "actor": actor, "target": target, "date": {"start": day, "end": day},
            "place": {"name": "x", "lat": lat, "lon": lon, "country": country, "precision": precision}}


def test_sides_are_scored_on_events_matched_by_type_place_and_date(tmp_path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    out.mkdir()
    (gold / "a.gold.json").write_text(json.dumps({"events": [
        ev("strike", "RU", "UA", 46.5, 30.7), ev("attack", "RU", "UA", 48.3, 37.2),
        ev("strike", "UA", "RU", 50.6, 36.6)]}))
    (out / "a.json").write_text(json.dumps({"events": [
        ev("strike", "RU", "UA", 46.6, 30.8),  # Odesa, 13 km off: matched, both right
        ev("attack", None, "UA", 48.3, 37.2),  # matched, actor missed
        ev("strike", "UA", "RU", 55.7, 37.6)]}))  # 570 km off: not matched
    matched, actors, targets, misses = event_sides.agreement(gold, out)
    assert (matched, actors, targets) == (2, 1, 2)
    assert misses == ["a attack: gold RU -> UA, warta None -> UA"]


def test_a_country_wide_event_matches_anywhere_in_its_country(tmp_path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    out.mkdir()
    (gold / "b.gold.json").write_text(json.dumps({"events": [ev("strike", "RU", "UA", 49.0, 32.0,
                                                                precision="country")]}))
    (out / "b.json").write_text(json.dumps({"events": [ev("strike", "RU", None, 46.5, 30.7)]}))
    assert event_sides.agreement(gold, out)[:3] == (1, 1, 0)
