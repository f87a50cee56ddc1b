"""A vow is a threat even with an adjunct between the vow word and the hostile step ("vowed in a radio
address on Friday to crush ...", "bersumpah dalam pidato radio pada Jumat untuk menumpas ..."); a clause
break between them joins nothing ("which has pledged allegiance to the group, claimed the attack")."""

from datetime import date

import warta


def kinds(code: str, text: str) -> list[str]:
    return [e.type for e in warta.extract(text, lang=code, published=date(2026, 7, 11)).events]


def test_a_vow_with_an_adjunct_before_its_step_is_a_threat():
    for code, text in (
            ("en", "NIAMEY, July 11 (Wire) - Militants killed nine soldiers near Ayorou in Niger on "
                   "Thursday. The junta leader vowed in a radio address on Friday to \"crush the gangs\"."),
            ("id", "NIAMEY - Militan menewaskan sembilan tentara di dekat Ayorou, Niger, pada Kamis (9/7). "
                   "Pemimpin junta bersumpah dalam pidato radio pada Jumat (10/7) untuk menumpas pelaku.")):
        assert kinds(code, text) == ["attack", "threat"], text
    text = ("NIAMEY, July 11 (Wire) - Militants killed nine soldiers near Ayorou in Niger on Thursday. The "
            "group, which has pledged allegiance to a global network, claimed the attack on Friday.")
    assert "threat" not in kinds("en", text)
