"""Names the index lacks that a border site or a unit word announces: "the X border crossing",
"penyeberangan X", "pos perbatasan X", "sektor X", "upazila A dan B" are places of the story;
a body's name after the word ("pos Satuan Tugas") is none."""

from __future__ import annotations

import pytest

from tests.pipeline.test_place_bearings import by_text


@pytest.mark.parametrize("code,text,name,country", [
    ("en", "Guards shut the Brnjak border crossing with Serbia after two officers were shot near Leposavic, "
           "Kosovo, on Friday.", "Brnjak", "XK"),
    ("en", "About 300 Rohingya refugees crossed into the Ghilatoli upazila of Cox's Bazar, Bangladesh, "
           "on Sunday.", "Ghilatoli", "BD"),
    ("id", "Pakistan menutup penyeberangan Ghulam Khan setelah bentrokan di Waziristan Utara, Pakistan, "
           "pada Rabu.", "Ghulam Khan", "PK"),
    ("id", "Dua tentara terluka di pos perbatasan Sangu Bari di distrik Kupwara, Kashmir, India, dan sebuah "
           "pos Satuan Tugas di dekatnya ditembaki.", "Sangu Bari", "IN"),
    ("id", "Dua tentara terluka saat kontak tembak di pos pantau Wuloga, Kabupaten Puncak, Papua, pada Rabu.",
     "Wuloga", "ID"),
    ("id", "Tembakan mortir menghantam sektor Lalpani di distrik Poonch, Kashmir, India, pada Senin.",
     "Lalpani", "IN"),
    ("id", "Sekitar 500 pengungsi menyeberang ke upazila Teknaf dan Dhalirchar di Cox's Bazar, Bangladesh.",
     "Dhalirchar", "BD"),
])
def test_a_name_a_border_site_or_unit_word_announces_is_a_place(gaz, code, text, name, country):
    got = by_text(text, code, gaz)
    assert name in got and not got[name].found and got[name].country == country
    assert "Satuan Tugas" not in got  # a unit's post: no place


@pytest.mark.parametrize("code,text,name,country", [
    ("en", "Drones struck rebel hideouts in Erbil province on Sunday. A second strike hit the village of "
           "Qalatoka, near the Iran border, officials in Iraq said.", "Qalatoka", "IQ"),
    ("id", "Pesawat nirawak menyerang persembunyian pemberontak di provinsi Erbil pada Minggu. Serangan "
           "kedua menghantam kawasan Qalatoka, dekat perbatasan Iran, kata pejabat Irak.", "Qalatoka", "IQ"),
    ("id", "Pasukan pemerintah merebut kembali kota Damasak di negara bagian Borno pada Selasa. Warga "
           "mengungsi ke kawasan Kinjiri, dekat perbatasan Niger, kata pejabat Nigeria.", "Kinjiri", "NG"),
])
def test_a_place_by_a_border_lies_on_this_side_of_it(gaz, code, text, name, country):
    got = by_text(text, code, gaz)
    assert got[name].country == country  # not the country across the border


@pytest.mark.parametrize("code,text,name,country", [
    ("en", "A roadside bomb killed three policemen in the Salarzai tehsil of Bajaur district, Pakistan.",
     "Salarzai", "PK"),
    ("en", "Gunmen burned homes in the Gida Kiremu woreda of Oromia, Ethiopia.", "Gida Kiremu", "ET"),
    ("id", "Bom pinggir jalan menewaskan tiga polisi di tehsil Salarzai, distrik Bajaur, Pakistan.",
     "Salarzai", "PK"),
])
def test_a_name_a_local_unit_word_announces_is_a_place(gaz, code, text, name, country):
    got = by_text(text, code, gaz)
    assert name in got and got[name].country == country


@pytest.mark.parametrize("code,text,name", [
    ("id", "Pemberontak menyerang sebuah pos di Komune Bukinanyana, provinsi Cibitoke, Burundi.",
     "Komune Bukinanyana"),
])
def test_a_local_unit_word_as_a_head_names_the_district_the_index_holds(gaz, code, text, name):
    got = by_text(text, code, gaz)
    assert got[name].found and got[name].precision == "admin2"
