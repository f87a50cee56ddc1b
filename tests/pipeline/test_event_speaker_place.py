"""Where a source spoke and when it spoke are not where and when the event it tells of happened: a
place after a locative word before the reporting verb ("Kolonel X di Jayapura, Rabu, menjelaskan bahwa
...") is the speaker's, and a date set off by commas right before the verb dates the report."""

from datetime import date

import warta

PUB = date(2025, 5, 29)


def _events(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    evs = warta.extract(text, lang=lang, published=PUB).events
    return [(e.type, e.date.start.isoformat() if e.date else "", e.date.end.isoformat() if e.date else "",
             e.place.name if e.place else "") for e in evs]


def test_the_speakers_place_is_not_the_events():
    got = _events("Pos tentara di Wamena diserang kelompok bersenjata pada Selasa dini hari. Juru bicara "
                  "Kodam di Jayapura, Rabu, menjelaskan bahwa penyerangan terjadi saat prajurit "
                  "beristirahat.", "id")
    assert [(t, s, p) for t, s, _, p in got] == [("attack", "2025-05-27", "Wamena")]
    got = _events("Rebels attacked an army post in Goma on Tuesday. An army spokesman in Kinshasa said that "
                  "rebels attacked the post at dawn.", "en")
    assert [(t, s, p) for t, s, _, p in got] == [("attack", "2025-05-27", "Goma")]


def test_a_date_set_off_by_commas_before_the_verb_dates_the_report():
    got = _events("Juru bicara Kodam di Jayapura, Rabu, menjelaskan bahwa pos tentara di Wamena diserang "
                  "kelompok bersenjata.", "id")
    assert [(s, e) for _, s, e, _ in got] == [("2025-05-27", "2025-05-28")]


def test_a_date_that_ends_the_events_clause_stays_the_events():
    got = _events("Rebels attacked soldiers in Wamena in a battle lasting hours on Wednesday, said the army "
                  "spokesman.", "en")
    assert [(s, e) for _, s, e, _ in got] == [("2025-05-28", "2025-05-28")]


def test_the_place_between_a_reporting_verb_and_that_is_the_speakers():
    got = _events("Militants attacked an army base near Jowhar in Middle Shabelle on Monday. The information "
                  "minister told journalists in Mogadishu that soldiers had recaptured the base by "
                  "evening.", "en")
    assert [p for t, _, _, p in got if t == "capture"] == ["Jawhar"]  # the index spells it so
    got = _events("Militan menyerang pangkalan militer di dekat Jowhar, Shabelle Tengah, pada Senin. Menteri "
                  "penerangan mengatakan kepada wartawan di Mogadishu bahwa tentara telah merebut kembali "
                  "pangkalan itu pada sore hari.", "id")
    assert [p for t, _, _, p in got if t == "capture"] == ["Jawhar"]  # the index spells it so
