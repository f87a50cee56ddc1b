"""The dead buried or mourned are deaths already told, no killing of their own."""

from datetime import date

import warta

EN_PLACE = "in the town of Mingin in Myanmar's Sagaing region"
ID_PLACE = "di kota Mingin, wilayah Sagaing, Myanmar,"


def test_burying_the_dead_is_no_killing_of_its_own_but_killing_at_a_funeral_is():
    for code, text in (
            ("en", f"An army airstrike hit a school {EN_PLACE} on Friday, killing 11, witnesses said.\n"
                   "A teacher said 30 people were wounded and that villagers buried the dead on Saturday."),
            ("id", f"Serangan udara militer menghantam sebuah sekolah {ID_PLACE} pada Jumat (9/5/2025), "
                   "menewaskan 11 orang, kata warga.\nSeorang guru mengatakan 30 orang terluka dan warga "
                   "memakamkan para korban tewas pada Sabtu (10/5/2025).")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 11)).events
        assert [(e.type, e.date.start) for e in evs] == [("strike", date(2025, 5, 9))], (text, evs)
    # ... but people killed at a funeral are killed
    for code, text in (
            ("en", f"Gunmen killed 20 people at a funeral {EN_PLACE} on Friday, residents said."),
            ("id", f"Pria bersenjata membunuh 20 orang di sebuah pemakaman {ID_PLACE} pada Jumat (9/5/2025), "
                   "kata warga.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 11)).events
        assert len(evs) == 1, (text, evs)
