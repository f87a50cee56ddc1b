"""A vow is a threat even with an adjunct between the vow word and the hostile step ("vowed at the barracks
on Friday to crush ...", "bersumpah di barak pada Jumat untuk menumpas ..."); a clause
break between them joins nothing ("who pledged support to the junta, condemned the attack")."""

from datetime import date

import warta


def kinds(code: str, text: str) -> list[str]:
    return [e.type for e in warta.extract(text, lang=code, published=date(2026, 7, 11)).events]


def test_a_vow_with_an_adjunct_before_its_step_is_a_threat():
    for code, text in (
            ("en", "NIAMEY, July 11 (Wire) - Militants killed nine soldiers near Ayorou in Niger on "
                   "Thursday. The junta leader vowed at the barracks on Friday to \"crush the gangs\"."),
            ("id", "NIAMEY - Militan menewaskan sembilan tentara di dekat Ayorou, Niger, pada Kamis (9/7). "
                   "Pemimpin junta bersumpah di barak pada Jumat (10/7) untuk menumpas pelaku.")):
        assert kinds(code, text) == ["attack", "threat"], text
    text = ("NIAMEY, July 11 (Wire) - Militants killed nine soldiers near Ayorou in Niger on Thursday. An "
            "opposition leader, who pledged support to the junta last year, condemned the attack on Friday.")
    assert "threat" not in kinds("en", text)
