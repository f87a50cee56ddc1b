"""Unrest and arson forms a fourth batch of fresh reports showed: protest words guard a trigger as
before, but not an arson (a riot's event) nor any trigger of a sentence that tells deaths; things
"set alight", "set ... on fire" or "terbakar" were burned; a sentence dated from the told event by its
opening ("A day after the shooting, ...", "Sehari setelah penembakan itu, ...") is news, no toll."""

from datetime import date

import warta

PUB = date(2024, 6, 27)


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = warta.extract(text, lang=lang, published=PUB).events
    return [(e.type, e.date.start.isoformat() if e.date else "") for e in evs]


def test_protesters_clashing_with_police_stay_no_event():
    assert _events("In Mombasa, protesters clashed with police on Tuesday.", "en") == []
    assert _events("Di Mombasa, pengunjuk rasa bentrok dengan polisi pada Selasa.", "id") == []


def test_an_arson_by_protesters_is_a_destruction():
    assert _events("In Mombasa, protesters set fire to a police station on Tuesday.", "en") \
        == [("destruction", "2024-06-25")]
    assert _events("Di Mombasa, pengunjuk rasa membakar kantor polisi pada Selasa.", "id") \
        == [("destruction", "2024-06-25")]


def test_police_firing_on_protesters_with_deaths_is_an_attack():
    assert _events("In Mombasa, police opened fire on protesters on Tuesday, killing four people.", "en") \
        == [("attack", "2024-06-25")]
    assert _events("Di Mombasa, polisi melepaskan tembakan ke arah pengunjuk rasa pada Selasa, menewaskan "
                   "empat orang.", "id") == [("attack", "2024-06-25")]


def test_things_set_alight_or_on_fire_were_burned():
    assert _events("In Mombasa, gunmen set a bus on fire on Tuesday.", "en") \
        == [("destruction", "2024-06-25")]
    assert _events("In Mombasa, homes were set alight on Tuesday.", "en") == [("destruction", "2024-06-25")]
    assert _events("Di Mombasa, sejumlah rumah warga terbakar pada Selasa.", "id") \
        == [("destruction", "2024-06-25")]


def test_a_sentence_dated_from_the_told_event_is_no_toll():
    assert _events("Gunmen shot dead two workers in Mombasa on Tuesday. A day after the shooting, a school "
                   "was burned by the same group.", "en") \
        == [("attack", "2024-06-25"), ("destruction", "2024-06-26")]
    assert _events("Dua pekerja tewas ditembak di Mombasa pada Selasa. Sehari setelah penembakan itu, sebuah "
                   "sekolah dibakar oleh kelompok yang sama.", "id") \
        == [("killing", "2024-06-25"), ("destruction", "2024-06-26")]


def test_a_party_named_a_league_guards_no_clash():
    assert _events("In Dhaka, six people were killed in clashes between students and Awami League activists "
                   "on Tuesday.", "en") == [("attack", "2024-06-25")]
    assert _events("Di Dhaka, enam orang tewas dalam bentrokan antara mahasiswa dan aktivis Liga Awami pada "
                   "Selasa.", "id") == [("attack", "2024-06-25")]
