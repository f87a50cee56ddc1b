"""A state fighting its own country's armed group abroad counts that group's losses as its own
country's (a group takes its country: the PKK is Turkey's, the TTP Pakistan's), not the host's;
and a place's head between a scene word and its name ("near the village of X", "di desa X") still
makes the place where the people counted were."""

import warta


def sides(text, code, published="2025-04-03"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: f.side for c in article.claims for f in c.figures}


def test_militants_of_a_turkish_group_struck_in_iraq_are_turkey_s():
    got = sides("Turkish jets bombed PKK hideouts in northern Iraq on Tuesday, officials in Iraq's Kurdistan "
                "region said. Turkey's Defence Ministry said 18 militants were killed in the strikes in "
                "Iraq's Zap region.", "en")
    assert got.get("18 militants") == "TR", got


def test_teroris_of_a_pakistani_group_struck_in_afghanistan_are_pakistan_s():
    got = sides("Jet tempur Pakistan menggempur tempat persembunyian TTP di Provinsi Khost, Afghanistan, "
                "pada Senin. Sumber keamanan Pakistan mengatakan serangan itu menewaskan sedikitnya "
                "25 teroris di Khost.", "id")
    assert got.get("sedikitnya 25 teroris") == "PK", got


def test_the_village_of_a_place_is_still_its_scene():
    got = sides("Syria's Foreign Ministry, which has often called on Amman to close the smuggling routes, "
                "condemned the raid, saying three farmers were killed near the town of Daraa.", "en")
    assert got.get("three farmers") == "SY", got
    got = sides("Dua penggembala tewas di desa Kani Masi pada Rabu, kata pejabat Irak kepada wartawan di "
                "Ankara.", "id")
    assert got.get("Dua penggembala") == "IQ", got


def test_what_a_state_destroyed_of_its_own_insurgents_abroad_is_theirs():
    got = sides("Pakistani jets struck TTP hideouts in Afghanistan's Khost province on Monday. Pakistani "
                "security sources said the strikes destroyed three training centres in Khost.", "en")
    assert got.get("three training centres") == "PK", got
    got = sides("Jet Pakistan menggempur tempat persembunyian TTP di Provinsi Khost, Afghanistan, pada "
                "Senin. Sumber keamanan Pakistan mengatakan serangan itu menghancurkan tiga pusat pelatihan "
                "di Khost.", "id")
    assert got.get("tiga pusat pelatihan") == "PK", got
