"""Downing an aircraft (a helicopter, a warplane, a reconnaissance drone) is a destruction by the side that
shot it down, of the side that flew it; air defence downing drones or missiles stays the strike it stopped,
by the side that launched them."""

from datetime import date

import warta

PUBLISHED = date(2026, 4, 16)


def events(code: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in warta.extract(text, lang=code, published=PUBLISHED).events]


def test_rebels_downing_an_army_helicopter_destroy_it():
    for code, text in (
            ("en", "GOMA, April 16 - M23 rebels shot down a Congolese army helicopter near Rutshuru on "
                   "Wednesday, a rebel spokesman said."),
            ("id", "GOMA - Pemberontak M23 menembak jatuh sebuah helikopter militer Kongo di dekat Rutshuru "
                   "pada Rabu (15/4), kata juru bicara pemberontak.")):
        assert events(code, text) == [("destruction", "CD", "CD")], text


def test_a_warplane_downed_is_its_owners_loss_drones_downed_in_a_raid_the_raid():
    for code, text, raid in (
            ("en", "Moscow said on Wednesday its forces had shot down a Ukrainian Su-27 fighter jet near "
                   "Bakhmut.",
             "Russia's defence ministry said on Wednesday its air defences shot down 31 Ukrainian drones "
             "over the Bryansk region."),
            ("id", "Moskow menyatakan pada Rabu (15/4) bahwa pasukannya menembak jatuh jet tempur Su-27 "
                   "Ukraina di dekat Bakhmut.",
             "Kementerian Pertahanan Rusia mengatakan pada Rabu (15/4) bahwa pertahanan udaranya menembak "
             "jatuh 31 drone Ukraina di atas wilayah Bryansk.")):
        assert events(code, text) == [("destruction", "RU", "UA")], text
        assert [(t, a) for t, a, _ in events(code, raid)] == [("strike", "UA")], raid

