"""Once an article has told people kidnapped, a passive release word frees them even with no prisoner word
near ("twelve of the children were freed on Friday", "dibebaskan pada Jumat"): a release of its own where they
were taken, never merged with the kidnapping; with no kidnapping told such a word is no event."""

from datetime import date

import warta


def test_people_freed_after_a_kidnapping_are_a_release():
    for code, text in (
            ("en", "PORT-AU-PRINCE - Gunmen kidnapped 15 pupils from a school near Mirebalais on Monday. "
                   "The police chief said twelve of the children were freed on Friday in a forest near the "
                   "town."),
            ("id", "PORT-AU-PRINCE - Orang bersenjata menculik 15 murid dari sebuah sekolah di dekat "
                   "Mirebalais pada Senin. Kepala polisi mengatakan dua belas anak itu dibebaskan pada Jumat "
                   "di sebuah hutan dekat kota itu.")):
        evs = warta.extract(text, lang=code, published=date(2026, 3, 7)).events
        assert [(e.type, e.place.name if e.place else None, e.date.start) for e in evs] == [
            ("attack", "Mirebalais", date(2026, 3, 2)), ("other", "Mirebalais", date(2026, 3, 6))], \
            (text, evs)
    text = ("PORT-AU-PRINCE - Gunmen attacked a school near Mirebalais on Monday. The police report was "
            "released on Friday.")
    evs = warta.extract(text, lang="en", published=date(2026, 3, 7)).events
    assert [e.type for e in evs] == ["attack"], (text, evs)
