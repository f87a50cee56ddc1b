"""Words of the genre the figure lexicons lacked: a part's own verb past an adverb ("and two were
still missing", "dan dua lainnya kini masih hilang"); small arms, hideouts and the stations that
steer drones are things of no weapon class ("14 machine guns", "45 caves", "two drone ground control
stations", "tiga pusat pelatihan", "senapan mesin"); weapons carried off were captured ("membawa
kabur dua senapan", "made off with two rifles"); "armed drones" are drones."""

import warta


def figures(text, code, published="2025-05-20"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: (f.unit, f.outcome) for c in article.claims for f in c.figures}


def test_a_part_s_own_verb_past_an_adverb():
    got = figures("The police chief said four officers were wounded and three were still missing.", "en")
    assert got.get("three") == ("personnel", "missing"), got
    got = figures("Kapolres mengatakan tiga polisi terluka dan dua lainnya kini masih hilang.", "id")
    assert got.get("dua lainnya") == ("personnel", "missing"), got


def test_small_arms_hideouts_and_drone_stations_are_other():
    got = figures("The rebels said they seized 12 machine guns and destroyed two drone ground control "
                  "stations and 30 caves in the hills.", "en")
    assert got.get("12 machine guns") == ("other", "captured"), got
    assert got.get("two drone ground control stations") == ("other", "destroyed"), got
    assert got.get("30 caves") == ("other", "destroyed"), got
    got = figures("Militer mengatakan pasukannya menyita tujuh senapan mesin dan menghancurkan tiga pusat "
                  "pelatihan milik kelompok itu.", "id")
    assert got.get("tujuh senapan mesin") == ("other", "captured"), got
    assert got.get("tiga pusat pelatihan") == ("other", "destroyed"), got


def test_weapons_carried_off_were_captured():
    got = figures("Polisi mengatakan para pelaku membawa kabur tiga senapan milik petugas.", "id")
    assert got.get("tiga senapan") == ("other", "captured"), got
    got = figures("Police said the attackers made off with three rifles belonging to the guards.", "en")
    assert got.get("three rifles") == ("other", "captured"), got


def test_armed_drones_are_drones():
    got = figures("The rebels said they had shot down two Turkish armed drones near the border.", "en")
    assert got.get("two Turkish armed drones") == ("drones", "intercepted"), got
