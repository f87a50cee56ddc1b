"""A country named after "the border with" / "perbatasan dengan" is a neighbour: neither where
the event happened nor a side of its victims; the story's country (its dateline) is."""

import warta


def _extract(text, code):
    return warta.extract(text, lang=code, published="2025-01-27")


def _cases():
    yield "en", ("NIAMEY, Jan 26 (Reuters) - Gunmen attacked an army post close to the border with Mali "
                 "on Sunday, killing 12 soldiers, officials said.")
    yield "id", ("NIAMEY - Orang-orang bersenjata menyerang pos militer di dekat perbatasan dengan Mali "
                 "pada hari Minggu dan menewaskan 12 tentara, kata sejumlah pejabat.")


def test_a_neighbour_across_the_border_is_not_where_it_happened():
    for code, text in _cases():
        (ev,) = _extract(text, code).events
        assert (ev.type, ev.place.country, ev.target) == ("attack", "NE", "NE"), (code, ev)


def test_a_neighbour_across_the_border_is_not_the_victims_side():
    for code, text in _cases():
        sides = {f.text: f.side for c in _extract(text, code).claims for f in c.figures}
        assert sides.get("12 soldiers" if code == "en" else "12 tentara") == "NE", (code, sides)


def test_every_neighbour_listed_after_the_border_word_is_one():
    for code, text in (
            ("en", "NIAMEY - Gunmen killed 12 soldiers near the borders with Mali and Burkina Faso on "
                   "Sunday, officials said."),
            ("id", "NIAMEY - Orang-orang bersenjata menewaskan 12 tentara di dekat perbatasan dengan Mali "
                   "dan Burkina Faso pada hari Minggu, kata sejumlah pejabat.")):
        article = _extract(text, code)
        assert [e.place.country for e in article.events] == ["NE"], (code, article.events)
        assert {f.side for c in article.claims for f in c.figures} == {"NE"}, code


def test_a_country_named_otherwise_stays_the_place():
    for code, text in (
            ("en", "NIAMEY - Gunmen attacked an army post in Mali on Sunday, killing 12 soldiers."),
            ("id", "NIAMEY - Orang-orang bersenjata menyerang pos militer di Mali pada hari Minggu "
                   "dan menewaskan 12 tentara.")):
        (ev,) = _extract(text, code).events
        assert ev.place.country == "ML", code
