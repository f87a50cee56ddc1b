"""Highlighted article text: every piece escaped, overlapping items split
into segments that name all of them, offsets kept."""

from __future__ import annotations

import re

from warta.web.highlight import Item, items, render


def _marks(html: str) -> list[tuple[str, str, str]]:
    return re.findall(r'<mark class="hl ([^"]+)" data-items="([^"]+)" tabindex="0">(.*?)</mark>',
                      html)


def test_render_escapes_every_piece() -> None:
    text = 'Kata <b>"340"</b> & <script>x</script> tewas'
    s = text.index("340")
    html = str(render(text, [Item("i0", "figure", s, s + 3, "340", "340")]))
    assert "<b>" not in html and "<script>" not in html
    assert "&lt;b&gt;&#34;" in html and "&amp;" in html
    assert _marks(html) == [("hl-figure", "i0", "340")]


def test_overlapping_items_split_into_segments() -> None:
    text = "Rusia mengatakan 340 tentara Ukraina tewas di Kursk."
    fig = Item("i0", "figure", 17, 36, text[17:36], "f")
    place = Item("i1", "place", 29, 36, text[29:36], "p")
    target = Item("i2", "target", 0, len(text), text, "t")
    html = str(render(text, [fig, place, target]))
    segs = _marks(html)
    assert "".join(seg for _, _, seg in segs) == text  # target covers all
    assert ("hl-target hl-figure hl-place", "i0 i1 i2", "Ukraina") in segs
    assert ("hl-target hl-figure", "i0 i2", "340 tentara ") in segs


def test_items_from_an_extraction_keep_offsets_and_drop_bad_spans() -> None:
    text = "Kemhan Rusia mengatakan 340 tentara Ukraina tewas pada hari Minggu."
    result = {
        "claims": [{"id": "c0", "claimant": {"text": "Kemhan Rusia", "start": 0, "end": 12,
                                             "country": "RU", "kind": "government"},
                    "cue": {"text": "mengatakan", "start": 13, "end": 23},
                    "figures": [{"id": "f0", "text": "340 tentara", "start": 24, "end": 35,
                                 "value": 340, "unit": "personnel", "outcome": "killed",
                                 "side": "UA", "period": None}]}],
        "places": [{"text": "Ukraina", "start": 36, "end": 43, "name": "Ukraine"},
                   {"text": "nowhere", "start": 60, "end": 999}],
        "times": [{"text": "pada hari Minggu", "start": 50, "end": 66,
                   "start_date": "2025-01-05", "end_date": "2025-01-05"}],
        "events": [{"id": "e0", "type": "killing", "trigger": {"start": 44, "end": 49}}],
    }
    found = items(result, text, {"e0": {"id": 7, "cluster_id": None}}, target=(0, 12))
    assert [(i.kind, i.text) for i in found] == [
        ("claimant", "Kemhan Rusia"), ("cue", "mengatakan"), ("figure", "340 tentara"),
        ("place", "Ukraina"), ("time", "pada hari Minggu"), ("trigger", "tewas"),
        ("target", "Kemhan Rusia")]
    fig = found[2]
    assert fig.label == "340 personnel killed (UA)" and fig.details["claimant"] == "Kemhan Rusia"
    assert found[5].details["event"] == 7
    assert all(text[i.start:i.end] == i.text for i in found)
