"""Counts whose fate a whole clause tells, not one verb next to them. People who left anything in fear
('had abandoned their fields ..., fearing', 'meninggalkan kebun ... karena takut') fled; a count of the
same noun a word pointing back introduces ('put the number at nearly 35 families') shares the fate of the
count before; refugees stay displaced wherever they live now. Shells and rockets that landed or fell
somewhere were fired. Fighters right after 'attacked by' / 'diserang oleh' were the attackers (used).
Generic people whose death word is said only of soldiers ('gugur') were soldiers, and so are the others
counted right after them."""

import pytest

from tests.pipeline.figure_triples import figure_triples


def _figures(code, text):
    return figure_triples(code, text, "2026-06-10")


@pytest.mark.parametrize("code, text", [
    ("en", "Farmers said about 70 families had abandoned their fields near the river since Monday, fearing "
           "more raids. A church group put the number at nearly 90 families."),
    ("id", "Warga mengatakan sekitar 70 keluarga meninggalkan kebun mereka di tepi sungai sejak Senin "
           "karena takut serangan lanjutan."),
])
def test_people_who_left_in_fear_fled(code, text):
    want = [(70, "civilians", "displaced"), (90, "civilians", "displaced")]
    assert _figures(code, text) == want[:1 + (code == "en")]


@pytest.mark.parametrize("code, text", [
    ("en", "About 45,000 Karen refugees still live in camps along the border, an aid group said."),
    ("id", "Sekitar 45.000 pengungsi Karen masih tinggal di kamp-kamp di sepanjang perbatasan, kata "
           "sebuah lembaga bantuan."),
])
def test_refugees_living_in_camps_are_displaced(code, text):
    assert _figures(code, text) == [(45000, "civilians", "displaced")]


@pytest.mark.parametrize("code, text", [
    ("en", "Police said six mortar shells landed near a school on Friday."),
    ("id", "Polisi mengatakan enam peluru mortir jatuh di dekat sebuah sekolah pada Jumat."),
])
def test_shells_that_landed_were_fired(code, text):
    assert _figures(code, text) == [(6, "munitions", "used")]


@pytest.mark.parametrize("code, text", [
    ("en", "The patrol was attacked by about 35 militants near the bridge, an officer said."),
    ("id", "Patroli itu diserang oleh sekitar 35 militan di dekat jembatan, kata seorang perwira."),
])
def test_fighters_a_passive_attack_names_as_agent_are_used(code, text):
    assert _figures(code, text) == [(35, "personnel", "used")]


def test_people_fallen_as_soldiers_are_personnel():
    text = ('"Anggota kami yang gugur empat orang, sedangkan enam lainnya terluka," kata komandan itu. '
            'Di pasar, dua orang tewas.')
    assert _figures("id", text) == [(4, "personnel", "killed"), (6, "personnel", "wounded"),
                                    (2, "civilians", "killed")]
