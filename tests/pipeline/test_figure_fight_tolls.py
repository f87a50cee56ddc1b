"""A generic toll of a fight whose parties include a state's force and armed men ("a gunfight between
police and gunmen killed nine people", "baku tembak antara pasukan dan kelompok bersenjata menewaskan
tujuh orang") is of both, fighters among them: a mixed count (`other`). A fight of armed groups only,
and the people a fight drove from home, stay civilians."""

import pytest

import warta


def units(text, code, published="2026-04-02"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: f.unit for c in article.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("en", "A gunfight between soldiers and smugglers' gunmen near the town of Kakuma killed seven people on "
           "Tuesday, local officials said.", "seven people"),
    ("en", "Clashes between government troops and rebel fighters in the hills around Bunia have killed "
           "dozens of people since Sunday, aid workers said.", "dozens of people"),
    ("id", "Baku tembak antara pasukan keamanan dan kelompok bersenjata di dekat kota Kakuma menewaskan "
           "tujuh orang pada Selasa, kata pejabat setempat.", "tujuh orang"),
])
def test_a_fight_of_a_state_force_and_armed_men_kills_both(code, text, figure):
    assert units(text, code)[figure] == "other"


@pytest.mark.parametrize("code, text, dead, fled", [
    ("en", "Clashes between government troops and rebel fighters in the hills around Bunia have killed "
           "dozens of people and forced about 3,000 people from their homes since Sunday, aid workers said.",
     "dozens of people", "about 3,000 people"),
    ("id", "Bentrokan antara pasukan pemerintah dan pemberontak di sekitar Bunia menewaskan puluhan "
           "orang dan memaksa sekitar 3.000 orang mengungsi sejak Minggu, kata pekerja bantuan.",
     "puluhan orang", "sekitar 3.000 orang"),
])
def test_the_fight_s_dead_are_mixed_the_displaced_civilians(code, text, dead, fled):
    got = units(text, code)
    assert (got[dead], got[fled]) == ("other", "civilians")


def test_a_fight_of_armed_groups_only_is_no_state_s():
    got = units("A gunfight between police and gunmen near Kakuma killed seven people on Tuesday. Fighting "
                "between two rival militias near Lodwar killed five people on Monday, local officials said.",
                "en")
    assert (got["seven people"], got["five people"]) == ("other", "civilians")
