"""The time scan starts only at one word of each phrase of the language's time data (time_scan._core).
Every phrase of the data, in a few frames, must be found from that word exactly as it is found
when every word of every phrase starts the scan: a word dropped from the core by an edit of
times.toml that leaves an expression unreached fails here. (Pure build only: the compiled
build does not see the patched function, and then compares the grammar with itself.)"""

from __future__ import annotations

from typing import Any

import pytest

import warta
from warta.lang import load
from warta.pipeline import time_scan
from warta.pipeline.time_grammar import grammar
from warta.pipeline.times import _matches


def _phrases(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value} if any(c.isalpha() for c in value) else set()
    if isinstance(value, dict):
        return set().union(*(_phrases(k) | _phrases(v) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return set().union(*(_phrases(v) for v in value))
    return set()


pytestmark = pytest.mark.skipif(warta.build() == "compiled",
                                reason="the compiled build calls time_scan's functions natively: no patch "
                                       "reaches them")

FRAMES = ("{p}", "Itu terjadi {p}, katanya.", "It came {p} and then 3 {p}.", "3 {p} 2024", "the {p} of May 5",
          "5 {p} ago", "Senin {p} lalu", "on {p} 10:00")


@pytest.mark.parametrize("code", ["en", "id"])
def test_phrases_are_found_from_their_kept_core_word(code, monkeypatch):
    lang = load(code)
    kept = grammar(lang)
    monkeypatch.setattr(time_scan, "_marked_elsewhere", lambda d, core, keep: set())
    every = grammar.__wrapped__(lang)  # each word of each phrase a core word
    phrases = sorted(_phrases(lang.data("times")))
    differ = []
    for p in phrases:
        for frame in FRAMES:
            text = frame.format(p=p)
            got = [m.span() for m in _matches(text, kept)]
            want = [m.span() for m in _matches(text, every)]
            if got != want:
                differ.append((text, got, want))
    assert not differ, differ[:10]
