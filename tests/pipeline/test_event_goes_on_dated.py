"""An undated violent sentence past the lead's paragraph goes on with the incident told last: it takes that
incident's day when the story dated it a few days back, not the breaking window of publication."""
from datetime import date

import warta

EN = "Car bomb kills six in northern Iraq\n" \
     "ERBIL, Iraq, March 12 (Reuters) - A car bomb exploded at a checkpoint outside Sinjar on Sunday, " \
     "killing six members of a local militia, security officials said on Wednesday.\n" \
     "Police said gunmen also burned two police vehicles in the village of Khanasor."
ID = "Bom Mobil Tewaskan Enam Orang di Irak Utara\n" \
     "Erbil (ANTARA) - Sebuah bom mobil meledak di pos pemeriksaan di luar Sinjar pada Minggu (8/3), " \
     "menewaskan enam anggota milisi setempat, kata pejabat keamanan pada Rabu.\n" \
     "Polisi mengatakan orang bersenjata juga membakar dua kendaraan polisi di desa Khanasor."


def _days(text, lang):
    res = warta.extract(text, lang=lang, published=date(2026, 3, 12))
    return {(e.type, e.place.name): (e.date.start, e.date.end) for e in res.events if e.place is not None}


def test_an_undated_sentence_takes_the_day_told_last_en():
    assert _days(EN, "en").get(("destruction", "Khanasor")) == (date(2026, 3, 8), date(2026, 3, 8))


def test_an_undated_sentence_takes_the_day_told_last_id():
    assert _days(ID, "id").get(("destruction", "Khanasor")) == (date(2026, 3, 8), date(2026, 3, 8))


WEEK_EN = "Bandits kill two herders in Kebbi\n" \
          "Gunmen killed two herders near Argungu last week, police said on Thursday.\n" \
          "Troops clashed with a gang of bandits near Jega, killing four of them."
WEEK_ID = "Bandit Tewaskan Dua Penggembala di Kebbi\n" \
          "Orang bersenjata menewaskan dua penggembala di dekat Argungu pekan lalu, kata polisi " \
          "pada Kamis.\n" \
          "Tentara terlibat bentrokan dengan sekelompok bandit di dekat Jega dan menewaskan empat " \
          "di antaranya."


def test_an_incident_dated_by_a_week_leaves_the_next_undated_one_in_the_window_en():
    assert _days(WEEK_EN, "en").get(("attack", "Jega")) == (date(2026, 3, 11), date(2026, 3, 12))


def test_an_incident_dated_by_a_week_leaves_the_next_undated_one_in_the_window_id():
    assert _days(WEEK_ID, "id").get(("attack", "Jega")) == (date(2026, 3, 11), date(2026, 3, 12))
