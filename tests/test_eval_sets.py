"""warta's own gold sets (eval/): every set is listed in eval/README.md, every
report is listed in its set's SOURCES.md with its language, and every span of
its gold is exactly the text it names."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"
SETS = sorted(p for p in EVAL.glob("*") if p.is_dir())
GOLDS = [g for s in SETS for g in sorted(s.glob("*.gold.json"))]


def spans(node: Any) -> Iterator[dict[str, Any]]:
    """Every object with a text and integer offsets, at any depth of the gold."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("text"), str):
            yield node
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


def test_there_are_sets_and_the_readme_names_each() -> None:
    assert SETS, "eval/ holds no gold set"
    readme = (EVAL / "README.md").read_text("utf-8")
    for folder in SETS:
        assert f"`{folder.name}/`" in readme, f"eval/README.md does not describe {folder.name}"


@pytest.mark.parametrize("gold", GOLDS, ids=lambda g: f"{g.parent.name}/{g.name}")
def test_each_report_is_sourced_and_its_spans_are_its_text(gold: Path) -> None:
    slug = gold.name[: -len(".gold.json")]
    text = gold.with_name(f"{slug}.txt").read_text("utf-8")
    meta = json.loads(gold.read_text("utf-8"))
    assert meta["lang"] in {"en", "id"} and slug.startswith(meta["lang"] + "-")
    assert len(meta["published"]) == 10
    rows = (gold.parent / "SOURCES.md").read_text("utf-8")
    assert f"| {slug} | {meta['lang']} |" in rows
    found = list(spans(meta))
    assert len(found) >= 20, "a report's gold names its figures, places and times"
    for span in found:
        assert text[span["start"]:span["end"]] == span["text"], (slug, span)


def test_a_wrong_offset_is_caught() -> None:
    gold = {"places": [{"text": "Kyiv", "start": 0, "end": 4}], "claims": [{"cue": {"text": "said",
            "start": 5, "end": 9}}]}
    text = "Kyiv said"
    assert [s["text"] for s in spans(gold)] == ["Kyiv", "said"]
    gold["places"][0]["start"] = 1
    assert any(text[s["start"]:s["end"]] != s["text"] for s in spans(gold))
