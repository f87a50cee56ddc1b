"""Arrests, releases and annexations are events of type other; an arrest made in a raid is the arrest,
not an attack; a demonstrative or a phrase that points back to the told event ("the third such release",
"responded to the attack by arresting") leaves the sentence's other event news; and beside another date a
release or talks with their own day still count."""

from datetime import date

import warta

PUB = date(2025, 7, 17)


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = warta.extract(text, lang=lang, published=PUB).events
    return sorted((e.type, e.date.start.isoformat() if e.date else "") for e in evs)


def test_people_arrested_are_an_event_of_type_other():
    assert _events("Police arrested five suspected smugglers in Mombasa on Tuesday.", "en") \
        == [("other", "2025-07-15")]
    assert _events("Polisi menangkap empat mahasiswa di Makassar pada Selasa (15/7).", "id") \
        == [("other", "2025-07-15")]


def test_a_person_detained_in_the_passive_is_arrested():
    assert _events("A local journalist was detained by soldiers in Mombasa on Tuesday.", "en") \
        == [("other", "2025-07-15")]
    assert _events("Seorang penggembala ditahan tentara di dekat Makassar pada Selasa (15/7).", "id") \
        == [("other", "2025-07-15")]


def test_a_raid_an_arrest_was_made_in_is_no_attack():
    assert _events("Soldiers arrested 12 people in night raids around Kisumu on Tuesday.", "en") \
        == [("other", "2025-07-15")]
    assert _events("Tentara menangkap sembilan tersangka dalam penggerebekan di Makassar pada Selasa (15/7).",
                   "id") == [("other", "2025-07-15")]


def test_holding_back_an_assault_is_no_arrest():
    assert "other" not in [t for t, _ in _events(
        "Pasukan menahan serangan musuh di dekat Makassar pada Selasa (15/7).", "id")]
    assert "other" not in [t for t, _ in _events(
        "The police detained two trucks of fuel at a checkpoint in Mombasa on Tuesday.", "en")]


def test_people_freed_after_being_taken_are_released():
    assert _events("Four of the teachers were freed in Mombasa on Tuesday.", "en") \
        == [("other", "2025-07-15")]
    assert _events("Dua misionaris asal Kanada dibebaskan di Makassar pada Selasa (15/7).", "id") \
        == [("other", "2025-07-15")]


def test_an_annexation_is_an_event():
    assert _events("Russia annexed Crimea in March 2014.", "en") == [("other", "2014-03-01")]
    assert _events("Rusia mencaplok Krimea pada Maret 2014.", "id") == [("other", "2014-03-01")]


def test_a_later_such_trigger_points_back_to_the_one_just_told():
    assert _events("Rebels freed 20 prisoners in Mombasa on Tuesday, the third such release since the "
                   "truce took effect in Kisumu on June 1.", "en") \
        == [("negotiation", "2025-06-01"), ("other", "2025-07-15")]


def test_an_arrest_in_response_to_the_told_attack_is_news():
    text = ("Rebels attacked an army base in Kisumu on Monday. The government responded to the attack by "
            "arresting two officials in Mombasa on Tuesday.")
    assert _events(text, "en") == [("attack", "2025-07-14"), ("other", "2025-07-15")]
    text = ("Kelompok bersenjata menyerang pos tentara di Kendari pada Senin (14/7). Pemerintah menanggapi "
            "serangan itu dengan menangkap tiga pejabat di Makassar pada Selasa (15/7).")
    assert _events(text, "id") == [("attack", "2025-07-14"), ("other", "2025-07-15")]


def test_a_release_beside_an_earlier_dated_deal_counts():
    text = ("Pemberontak membebaskan 20 tahanan di Makassar pada Selasa (15/7), setelah kedua pihak "
            "menandatangani perjanjian damai di Kendari pada 1 Juni.")
    assert _events(text, "id") == [("negotiation", "2025-06-01"), ("other", "2025-07-15")]
    text = ("Rebels freed 20 prisoners in Mombasa on Tuesday, after both sides signed a peace agreement in "
            "Kisumu on June 1.")
    assert _events(text, "en") == [("negotiation", "2025-06-01"), ("other", "2025-07-15")]


def test_a_since_date_after_a_release_dates_the_holding():
    text = "Rebels freed two workers they had held since early May in Mandera, police said on Tuesday."
    assert [t for t, d in _events(text, "en") if d >= "2025-07-14"] == ["other"]
    text = ("Pemberontak membebaskan dua pekerja yang mereka sandera sejak awal Mei di Mandera, kata polisi, "
            "Selasa.")
    assert [t for t, d in _events(text, "id") if d >= "2025-07-14"] == ["other"]


def test_the_fighting_an_arrested_reporter_covered_is_the_told_one():
    text = ("Rebels attacked an army base in Kisumu on Monday. Police in Mombasa arrested three journalists "
            "on Tuesday who had reported on the fighting.")
    assert _events(text, "en") == [("attack", "2025-07-14"), ("other", "2025-07-15")]
    text = ("Pemberontak menyerang pangkalan tentara di Kisumu pada Senin (14/7). Polisi di Mombasa "
            "menangkap tiga wartawan pada Selasa (15/7) yang meliput pertempuran itu.")
    assert _events(text, "id") == [("attack", "2025-07-14"), ("other", "2025-07-15")]


def test_fishermen_freed_are_released_and_a_camp_overrun_was_captured():
    assert _events("Two kidnapped fishermen were freed in Mombasa on Tuesday.", "en") \
        == [("other", "2025-07-15")]
    assert _events("Dua nelayan dibebaskan di Makassar pada Selasa (15/7).", "id") \
        == [("other", "2025-07-15")]
    assert _events("Jihadists stormed Mandera on Tuesday, overrunning a military camp.", "en") \
        == [("attack", "2025-07-15"), ("capture", "2025-07-15")]


def test_police_of_no_named_side_arrest_for_the_state_of_the_place():
    evs = warta.extract("Police arrested three journalists in Mombasa on Tuesday.", lang="en",
                        published=PUB).events
    assert [(e.actor, e.target) for e in evs] == [("KE", "KE")]
    evs = warta.extract("Polisi menangkap tiga wartawan di Mombasa pada Selasa (15/7).", lang="id",
                        published=PUB).events
    assert [(e.actor, e.target) for e in evs] == [("KE", "KE")]
