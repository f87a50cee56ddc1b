"""A bare number before a partitive and a harm word ('two of the injured', 'dua dari yang terluka') counts
part of the people the text last counted with that harm, sentences before: their unit and their side, not
the generic people its own words would make of them. A bare count after soldiers keeps their side past a
country named only as where they served, and generic people a belligerent says fell ('gugur') are its own."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "Bandits killed three Nigerien soldiers and wounded eight others near Tera on Sunday, the army "
           "said. The patrol had left its base at dawn. Two of the injured were flown to Niamey, it said."),
    ("id", "Bandit menewaskan tiga tentara Niger dan melukai delapan lainnya di dekat Tera pada Minggu, "
           "kata militer. Patroli itu berangkat saat fajar. Dua dari yang terluka diterbangkan ke Niamey, "
           "katanya."),
])
def test_part_of_the_harmed_counted_before(code, text):
    doc = extract(text, lang=code, published="2026-03-02")
    figs = [f for c in doc.claims for f in c.figures]
    last = figs[-1]
    assert (last.quantity.value, last.unit, last.outcome, last.side) == (2, "personnel", "wounded", "NE")
    assert figs[-1].text.startswith(("Two of the injured", "Dua dari yang terluka"))


@pytest.mark.parametrize("code, text, want", [
    ("en", "In May 2024, five Chadian soldiers serving with a joint force in Niger were killed in an ambush, "
           "and four were taken prisoner.", "TD"),
    ("id", "Juru bicara militer Chad mengatakan, \"Anggota kami yang gugur dua orang, sementara empat "
           "lainnya terluka,\" usai bentrokan dengan militan Boko Haram.", "TD"),
])
def test_the_side_of_more_of_the_same_people(code, text, want):
    doc = extract(text, lang=code, published="2026-03-02")
    assert [f.side for c in doc.claims for f in c.figures] == [want, want]


@pytest.mark.parametrize("code, text, want", [
    ("en", "The Thai defence ministry said 12 Cambodian soldiers were captured and two of its own soldiers "
           "were killed.", ["KH", "TH"]),
    ("id", "Kementerian Pertahanan Laos juga menyebut 12 tentara Vietnam ditahan dan dua prajuritnya sendiri "
           "tewas.", ["VN", "LA"]),
])
def test_a_possessive_after_another_sides_count_is_the_speakers(code, text, want):
    # the side that only owns another count ('12 Cambodian soldiers') is no antecedent of 'its'/'-nya'
    doc = extract(text, lang=code, published="2026-03-02")
    assert [f.side for c in doc.claims for f in c.figures] == want
