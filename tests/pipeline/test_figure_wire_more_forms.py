"""More wire forms: a span of years is no toll; a number right after a source word counts who speaks;
attackers who set fire or who arrived were used; an exchange "from each side" with no side in its
sentence is between the article's two sides; the side that names a whole owns the part a part word
opens; "a ..." that weapons were fired at is their target, no count; villages a belligerent took were
its enemy's; a toll "mostly militants" mixes fighters in; hotel guests are civilians."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    return [f for c in extract(text, lang=code, published="2024-10-10").claims for f in c.figures]


def one(text, code, figure):
    at = text.index(figure)
    return next(f for f in figures(text, code) if f.start == at)


@pytest.mark.parametrize("code, text", [
    ("en", "The war killed an estimated 400,000 people between 2013 and 2018."),
    ("id", "Perang itu menewaskan sekitar 400.000 orang antara 2013 dan 2018."),
])
def test_a_span_of_years_is_no_toll(code, text):
    assert not any("2013" in f.text for f in figures(text, code))


@pytest.mark.parametrize("code, text, figure, source", [
    ("id", "Sedikitnya 12 tentara tewas, kata dua perwira militer kepada kantor berita Reuters.",
     "Sedikitnya 12 tentara", "dua perwira"),
    ("en", "At least 12 soldiers were killed, according to two military officers.", "At least 12 soldiers",
     "two military officers"),
])
def test_a_number_after_a_source_word_counts_who_speaks(code, text, figure, source):
    found = extract(text, lang=code, published="2024-10-10").claims
    assert [f.text for c in found for f in c.figures] == [figure]
    assert source in found[0].claimant.text


@pytest.mark.parametrize("code, text, figure", [
    ("en", "\"Dozens of armed men came with machetes and set fire to the shelters,\" he said.",
     "Dozens of armed men"),
    ("id", "\"Puluhan pria bersenjata datang membawa parang dan membakar tenda-tenda itu,\" katanya.",
     "Puluhan pria bersenjata"),
    ("en", "A local official told AFP that around a hundred assailants had arrived on motorbikes.",
     "around a hundred assailants"),
    ("id", "Seorang pejabat setempat mengatakan sekitar seratus penyerang tiba dengan sepeda motor.",
     "sekitar seratus penyerang"),
])
def test_attackers_who_burned_or_arrived_were_used(code, text, figure):
    f = one(text, code, figure)
    assert (f.unit, f.outcome) == ("personnel", "used")


@pytest.mark.parametrize("code, text", [
    ("id", "Delegasi Rusia dan Ukraina bertemu di Istanbul pada Senin. Kedua pihak sepakat bertukar 1.000 "
           "tahanan perang dari masing-masing pihak, namun gagal menyepakati gencatan senjata."),
    ("en", "Russian and Ukrainian delegations met in Istanbul on Monday. The two sides agreed to swap 1,000 "
           "prisoners of war from each side but failed to agree on a ceasefire."),
])
def test_an_exchange_from_each_side_is_between_the_articles_two_sides(code, text):
    assert sorted(f.side for f in figures(text, code) if f.outcome == "released") == ["RU", "UA"]


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Russia and Ukraine swapped prisoners on Saturday. Ukrainian President Volodymyr "
           "Zelenskyy said the "
           "freed Ukrainians included 12 National Guard members.", "12 National Guard members"),
    ("id", "Rusia dan Ukraina bertukar tahanan pada Sabtu. Presiden Volodymyr Zelensky mengatakan warga "
           "Ukraina yang dibebaskan termasuk 12 anggota Garda Nasional.", "12 anggota"),
])
def test_the_side_naming_a_whole_owns_its_part(code, text, figure):
    assert one(text, code, figure).side == "UA"


@pytest.mark.parametrize("code, text", [
    ("en", "A Houthi spokesman said the group fired two ballistic missiles and 11 drones at a US aircraft "
           "carrier in the Red Sea."),
    ("id", "Juru bicara Houthi mengatakan kelompoknya menembakkan dua rudal balistik dan 11 drone ke sebuah "
           "kapal induk AS di Laut Merah."),
])
def test_what_weapons_were_fired_at_is_no_count(code, text):
    assert [f.value for f in [g.quantity for g in figures(text, code)]] == [2, 11]


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Serhiy Bondar, a Ukrainian officer, said the fighting went on. Moscow says it captured two "
           "villages.", "two villages"),
    ("id", "Perwira Ukraina Serhiy Bondar mengatakan pertempuran berlanjut. Moskow Klaim Rebut Dua Desa.",
     "Dua Desa"),
])
def test_villages_a_belligerent_took_were_its_enemys(code, text, figure):
    assert one(text, code, figure).side == "UA"


@pytest.mark.parametrize("code, text, figure, unit", [
    ("id", "Pertempuran di Marawi pada 2017 menewaskan lebih dari 1.100 orang, sebagian besar militan.",
     "lebih dari 1.100 orang", "other"),
    ("en", "The battle for Marawi in 2017 killed more than 1,100 people, most of them militants.",
     "more than 1,100 people", "other"),
    ("id", "Militan menyerbu hotel itu dan menyandera puluhan tamu selama tujuh jam.", "puluhan tamu",
     "civilians"),
    ("en", "The militants stormed the hotel and held dozens of guests hostage for seven hours.",
     "dozens of guests", "civilians"),
])
def test_mixed_tolls_and_guests(code, text, figure, unit):
    assert one(text, code, figure).unit == unit
