"""A ground assault that names infantry arms beside a heavy weapon ("attacked the outpost with mortars and
machine guns", "menyerang pos itu dengan mortir dan senapan mesin") is a firefight on the ground, an attack;
heavy weapons alone ("fired mortar rounds at", "menembakkan peluru mortir ke") make it a strike from afar."""

from datetime import date

import warta

PUBLISHED = date(2026, 7, 22)


def types(code: str, text: str) -> list[str]:
    return [e.type for e in warta.extract(text, lang=code, published=PUBLISHED).events]


def test_mortars_beside_machine_guns_are_a_firefight_mortars_alone_a_strike():
    for code, mixed, heavy in (
            ("en", "KINSHASA, July 22 - Mai-Mai fighters attacked an army outpost outside Kindu with mortars "
                   "and machine guns on Tuesday, leaving four soldiers wounded.",
             "KINSHASA, July 22 - Mai-Mai fighters fired mortar rounds at an army outpost outside Kindu on "
             "Tuesday, leaving four soldiers wounded."),
            ("id", "KINSHASA - Milisi Mai-Mai menyerang sebuah pos tentara di luar Kindu dengan mortir dan "
                   "senapan mesin pada Selasa (21/7), membuat empat tentara terluka.",
             "KINSHASA - Milisi Mai-Mai menembakkan peluru mortir ke sebuah pos tentara di luar Kindu pada "
             "Selasa (21/7), membuat empat tentara terluka.")):
        assert types(code, mixed) == ["attack"], mixed
        assert types(code, heavy) == ["strike"], heavy
