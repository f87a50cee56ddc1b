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
        assert got == [("attack", "Djibo", date(2024, 3, 7), date(2024, 3, 7)),
                       ("killing", "Kaya", date(2024, 3, 5), date(2024, 3, 5))], text


def test_without_a_span_the_mention_of_the_told_event_stays_none_of_its_own():
    for code, text in (
            ("en", "Jihadists attacked an army post near Djibo, Burkina Faso, on Thursday, sources said.\n\n"
                   "The attack came after weeks of threats."),
            ("id", "Jihadis menyerang pos tentara di dekat Djibo, Burkina Faso, pada Kamis, kata sumber.\n\n"
                   "Serangan itu terjadi setelah ancaman selama berminggu-minggu.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [e.type for e in evs] == ["attack"], text
