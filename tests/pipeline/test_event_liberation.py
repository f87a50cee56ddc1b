"""A side announcing the liberation of a settlement ("announced the liberation of the village of X",
"mengumumkan pembebasan desa X") took it: a capture; a liberation army or front ("Tentara Pembebasan ...")
is a name, no event, and the liberation of hostages is their release."""

from datetime import date

import warta

PUBLISHED = date(2026, 1, 9)


def events(code: str, text: str) -> list[tuple[str, str | None, date]]:
    return [(e.type, e.place.name if e.place else None, e.date.start)
            for e in warta.extract(text, lang=code, published=PUBLISHED).events]


def test_a_settlement_liberated_is_taken_a_liberation_army_no_event():
    for code, text, named in (
            ("en", "MOSCOW, Jan 9 - Russia's defence ministry on Wednesday announced the liberation of the "
                   "village of Dachne in Ukraine's Dnipropetrovsk region.",
             "MOSCOW, Jan 9 - A spokesman for the Kosovo Liberation Army veterans' group spoke in Pristina "
             "on Wednesday."),
            ("id", "MOSKOW - Kementerian Pertahanan Rusia pada Rabu (7/1) mengumumkan pembebasan desa Dachne "
                   "di wilayah Dnipropetrovsk, Ukraina.",
             "MOSKOW - Juru bicara Tentara Pembebasan Kosovo berbicara di Pristina pada Rabu (7/1).")):
        assert [(t, p) for t, p, _ in events(code, text)] == [("capture", "Dachne")], text
        assert events(code, named) == [], named
