"""'took' a place right after it is a capture ('took El Fasher', 'took the town of Bara'), not 'took place
in' or 'taken to hospital in'."""

from datetime import date

import warta


def test_took_a_town_is_a_capture_but_taken_to_hospital_in_one_is_not():
    for code, text in (
            ("en", "KHARTOUM, May 6 (Reuters) - RSF fighters took Kadugli in South Kordofan on "
                   "Sunday, the army said. The wounded were taken to a hospital in El Obeid."),
            ("id", "KHARTOUM - Pasukan RSF merebut Kadugli di Kordofan Selatan pada Minggu (4/5/2025), "
                   "kata militer. Korban luka dibawa ke rumah sakit di El Obeid.")):
        evs = warta.extract(text, lang=code, published=date(2025, 5, 6)).events
        assert [(e.type, e.place and e.place.name, e.date.start) for e in evs] == [
            ("capture", "Kadugli", date(2025, 5, 4))], (text, evs)
    text = "KHARTOUM, May 6 (Reuters) - The talks took place in Jeddah on Monday, mediators said."
    assert [e.type for e in warta.extract(text, lang="en", published=date(2025, 5, 6)).events] == [
        "negotiation"]
