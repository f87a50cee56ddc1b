"""A side that says it will keep up its violence threatens ("akan terus menyerang pos-pos militer"), with
no demand, as one that will strike unless a demand is met ("would attack ... unless the army withdrew")."""

from datetime import date

import warta


def test_a_promise_to_keep_attacking_is_a_threat():
    for code, text in (
            ("id", "WAMENA - Kelompok separatis itu menyatakan akan terus menyerang pos-pos militer di Lanny "
                   "Jaya."),
            ("en", "WAMENA - A spokesman for the group said its fighters would attack security forces in "
                   "Lanny Jaya unless the army withdrew.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 2)).events
        assert [e.type for e in evs] == ["threat"], (text, evs)
