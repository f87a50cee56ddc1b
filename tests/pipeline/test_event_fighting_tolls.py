"""Deaths "in the fighting" at a place an earlier event was told at are that event's toll."""

from datetime import date

import warta


def test_deaths_in_the_fighting_at_a_told_place_are_no_new_event():
    for code, text in (
            ("en", "GOMA, March 3 (Reuters) - Rebels attacked the town of Sake on Saturday, residents said.\n"
                   "The army said its jets struck rebel positions near Masisi on Sunday.\n"
                   "Aid groups said thousands of people had fled towards Goma.\n"
                   "The provincial governor said 14 civilians had been killed in the fighting in Sake."),
            ("id", "GOMA - Pemberontak menyerang kota Sake pada Sabtu (1/3), kata warga.\n"
                   "Militer mengatakan jetnya menggempur posisi pemberontak dekat Masisi pada Minggu (2/3).\n"
                   "Lembaga bantuan menyebut ribuan orang mengungsi ke arah Goma.\n"
                   "Gubernur provinsi mengatakan 14 warga sipil tewas dalam pertempuran di Sake.")):
        evs = warta.extract(text, lang=code, published=date(2025, 3, 3)).events
        assert sorted(e.type for e in evs) == ["attack", "strike"], (text, evs)
