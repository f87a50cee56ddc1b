"""An undated fight 'in that town' with no fight told before is background, no event."""

from datetime import date

import warta


def test_a_brigade_known_for_fighting_in_the_town_tells_no_fight():
    for code, text in (
            ("en", "KYIV, Sept 22 (Reuters) - Ukraine and Russia swapped 90 prisoners each near Sumy on "
                   "Wednesday, officials said. Some of the Ukrainians had defended Lysychansk.\nTheir "
                   "brigade earned a reputation for stubbornness in the fighting in the city."),
            ("id", "KYIV - Ukraina dan Rusia bertukar masing-masing 90 tawanan di dekat Sumy pada Rabu "
                   "(21/9/2022), kata pejabat. Sebagian tawanan Ukraina pernah mempertahankan Lysychansk.\n"
                   "Brigade mereka dikenal gigih dalam pertempuran di kota itu.")):
        evs = warta.extract(text, lang=code, published=date(2022, 9, 22)).events
        assert evs and all(e.type == "other" for e in evs), (text, evs)
