"""A ground assault that names infantry arms beside a heavy weapon ("opened fire with mortars and machine
guns", "menembaki ... dengan mortir dan senapan mesin") is a firefight on the ground, an attack; heavy
weapons alone ("fired mortar rounds at", "menembakkan peluru mortir ke") make it a strike from afar."""

from datetime import date

import warta

PUBLISHED = date(2026, 7, 22)


def types(code: str, text: str) -> list[str]:
    return [e.type for e in warta.extract(text, lang=code, published=PUBLISHED).events]


def test_mortars_beside_machine_guns_are_a_firefight_mortars_alone_a_strike():
    for code, mixed, heavy in (
            ("en", "BISHKEK, July 22 - Uzbek border guards opened fire with mortars and heavy machine guns "
                   "on a Kyrgyz frontier post near Aravan on Tuesday, wounding four guards.",
             "BISHKEK, July 22 - Uzbek border guards fired mortar rounds at a Kyrgyz frontier post near "
             "Aravan on Tuesday, wounding four guards."),
            ("id", "BISHKEK - Penjaga perbatasan Uzbekistan menembaki sebuah pos perbatasan Kirgistan di "
                   "dekat Aravan dengan mortir dan senapan mesin berat pada Selasa (21/7), melukai empat "
                   "penjaga.",
             "BISHKEK - Penjaga perbatasan Uzbekistan menembakkan peluru mortir ke sebuah pos perbatasan "
             "Kirgistan di dekat Aravan pada Selasa (21/7), melukai empat penjaga.")):
        assert types(code, mixed) == ["attack"], mixed
        assert types(code, heavy) == ["strike"], heavy
