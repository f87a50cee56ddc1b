"""A toll of people that names civilians among its dead ("the dead included 61 civilians",
"termasuk 61 warga sipil", "most of them civilians", "sebagian besar di antaranya adalah warga
sipil") mixes fighters in: it counts `other` people; a part of another kind ("13 children")
leaves it civilians. A monitor ("pemantau", "the monitor") is an organization."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2024-12-01")
    return [(f.quantity.value, f.unit) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "Fighting in the northwest has killed 412 people since Wednesday, the monitor said. It said the "
     "dead included 61 civilians."),
    ("id", "Pertempuran di barat laut menewaskan 412 orang sejak Rabu, kata pemantau itu. Pemantau itu "
     "menyebut korban tewas termasuk 61 warga sipil."),
])
def test_a_toll_naming_civilians_among_its_dead_is_mixed(code, text):
    assert figures(text, code) == [(412, "other"), (61, "civilians")]


@pytest.mark.parametrize("code, text", [
    ("en", "The clashes have killed more than 1,000 people, most of them civilians, the monitor said."),
    ("id", "SOHR melaporkan jumlah korban tewas telah melampaui 1.000 orang, sebagian besar di antaranya "
     "adalah warga sipil."),
])
def test_most_of_them_civilians_is_a_mixed_toll(code, text):
    assert figures(text, code) == [(1000, "other")]


@pytest.mark.parametrize("code, text", [
    ("en", "Israeli strikes killed 32 people, including 13 children, the ministry said."),
    ("id", "Serangan Israel menewaskan 32 orang, termasuk 13 anak-anak, kata kementerian."),
])
def test_a_part_of_another_kind_leaves_the_toll_civilian(code, text):
    assert figures(text, code) == [(32, "civilians"), (13, "civilians")]


@pytest.mark.parametrize("code, text", [
    ("en", "Fighting killed 46 people in Aleppo, the monitor said."),
    ("id", "Pertempuran menewaskan 46 orang di Aleppo, kata pemantau perang itu."),
])
def test_a_monitor_is_an_organization(code, text):
    doc = extract(text, lang=code, published="2024-12-01")
    assert [c.claimant.kind for c in doc.claims] == ["organization"]


@pytest.mark.parametrize("code, text", [
    ("en", "Fighting has killed 46 people over the past 24 hours, the monitor said, raising the overall toll "
     "since Wednesday to 412. It said the dead included 61 civilians."),
    ("id", "Pertempuran menewaskan 46 orang dalam 24 jam terakhir sehingga total korban tewas sejak Rabu "
     "menjadi 412 orang, kata pemantau itu. Pemantau itu menyebut korban tewas termasuk 61 warga sipil."),
])
def test_the_toll_a_mixed_running_total_adds_is_mixed(code, text):
    assert figures(text, code) == [(46, "other"), (412, "other"), (61, "civilians")]
