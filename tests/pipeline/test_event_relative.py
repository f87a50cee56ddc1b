from datetime import date

import warta

PUB = date(2024, 3, 9)  # a Saturday


def test_the_event_a_span_before_the_told_one_is_dated_from_it_in_both_languages():
    for code, text in (
            ("en", "Jihadists attacked an army post near Djibo, Burkina Faso, on Thursday, sources said.\n\n"
                   "The attack came two days after gunmen killed six civilians in a village near Kaya."),
            ("id", "Jihadis menyerang pos tentara di dekat Djibo, Burkina Faso, pada Kamis, kata sumber.\n\n"
                   "Serangan itu terjadi dua hari setelah orang bersenjata menewaskan enam warga sipil "
                   "di sebuah desa dekat Kaya.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        got = sorted((e.type, e.place.name, e.date.start, e.date.end) for e in evs)
        assert got == [("attack", "Djibo", date(2024, 3, 7), date(2024, 3, 7)),  # gunmen who kill: a raid
                       ("attack", "Kaya", date(2024, 3, 5), date(2024, 3, 5))], text


def test_without_a_span_the_mention_of_the_told_event_stays_none_of_its_own():
    for code, text in (
            ("en", "Jihadists attacked an army post near Djibo, Burkina Faso, on Thursday, sources said.\n\n"
                   "The attack came after weeks of threats."),
            ("id", "Jihadis menyerang pos tentara di dekat Djibo, Burkina Faso, pada Kamis, kata sumber.\n\n"
                   "Serangan itu terjadi setelah ancaman selama berminggu-minggu.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [e.type for e in evs] == ["attack"], text


def test_the_event_the_told_one_came_during_is_on_its_day():
    for code, text in (
            ("en", "Israeli strikes on Nuseirat in central Gaza killed 40 Palestinians on Thursday, "
                   "medics said.\n\n"
                   "The strikes came during an operation to free four hostages."),
            ("id", "Serangan Israel di Nuseirat, Gaza tengah, menewaskan 40 warga Palestina pada Kamis, kata "
                   "petugas medis.\n\n"
                   "Serangan itu dilakukan bersamaan dengan operasi yang membebaskan empat sandera.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        thursday = (date(2024, 3, 7), date(2024, 3, 7))
        assert [(e.type, (e.date.start, e.date.end)) for e in evs] == [
            ("strike", thursday), ("other", thursday)], text


def test_calling_the_told_killings_a_crime_is_no_event_of_its_own():
    for code, text in (
            ("en", "Israeli strikes on Nuseirat in central Gaza killed 40 Palestinians on Thursday, "
                   "medics said.\n\n"
                   "The government media office called the killings in Nuseirat a war crime."),
            ("id", "Serangan Israel di Nuseirat, Gaza tengah, menewaskan 40 warga Palestina pada Kamis, kata "
                   "petugas medis.\n\n"
                   "Kantor media pemerintah menyebut pembantaian di Nuseirat itu sebagai kejahatan perang.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [e.type for e in evs] == ["strike"], text
