"""An undated sentence that names no place goes on at the scene of the event the sentence before told
(a town, district or province), not at the story's most named place: "Police arrested three suspects
in a raid in Kunar province on Monday. A fourth suspect was killed in a gunfight."."""

from datetime import date

import warta


def test_an_unplaced_undated_event_is_where_the_sentence_before_put_its_event():
    for code, text in (
            ("en", "KABUL, Oct 20 (Wire) - A suicide bomber killed nine worshippers at a mosque in Kabul, "
                   "Afghanistan, on Sunday. Kabul police said the bomber struck at the main gate. Kabul has "
                   "seen many such attacks. Security forces arrested three suspects in a raid in Kunar "
                   "province on Monday. A fourth suspect was killed in a gunfight."),
            ("id", "KABUL - Seorang pelaku bom bunuh diri menewaskan sembilan jemaah di sebuah masjid di "
                   "Kabul, Afghanistan, pada Minggu (18/10). Polisi Kabul mengatakan pelaku meledakkan diri "
                   "di gerbang utama. Kabul kerap diguncang serangan serupa. Aparat keamanan menangkap tiga "
                   "tersangka dalam penggerebekan di Provinsi Kunar pada Senin (19/10). Seorang tersangka "
                   "lainnya tewas dalam baku tembak.")):
        evs = warta.extract(text, lang=code, published=date(2026, 10, 20)).events
        got = {e.type: e.place.name if e.place else None for e in evs if e.date.start == date(2026, 10, 19)}
        assert got.get("attack") == got.get("other") and "Kabul" not in str(got.get("attack")), (text, evs)
