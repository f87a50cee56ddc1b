"""An undated sentence that names no place goes on at the scene of the event the sentence before told
(a town, district or province), not at the story's most named place: "soldiers detained four men during
a search of homes in Kunar province. A gunman was killed in a shootout nearby."."""

from datetime import date

import warta


def test_an_unplaced_undated_event_is_where_the_sentence_before_put_its_event():
    for code, text in (
            ("en", "KABUL, Oct 20 (Wire) - A car bomb killed nine shoppers at a market in Kabul, "
                   "Afghanistan, on Sunday. Kabul police said the car was parked by the main gate. Kabul has "
                   "seen many such attacks. On Monday soldiers detained four men during a search of "
                   "homes in Kunar province. A gunman was killed in a shootout nearby."),
            ("id", "KABUL - Sebuah bom mobil menewaskan sembilan pembeli di sebuah pasar di Kabul, "
                   "Afghanistan, pada Minggu (18/10). Polisi Kabul mengatakan mobil itu diparkir di dekat "
                   "gerbang utama. Kabul kerap diguncang serangan serupa. Pada Senin (19/10), tentara "
                   "menahan empat pria saat menggeledah rumah-rumah di Provinsi Kunar. Seorang pria "
                   "bersenjata tewas dalam kontak senjata di sekitar lokasi.")):
        evs = warta.extract(text, lang=code, published=date(2026, 10, 20)).events
        got = {e.type: e.place.name if e.place else None for e in evs if e.date.start == date(2026, 10, 19)}
        assert got.get("attack") == got.get("other") and "Kabul" not in str(got.get("attack")), (text, evs)
