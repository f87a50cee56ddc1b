"""A toll told again right after, where its parts show it mixed, is the same mixed count ("At
least 31 people were killed ... '31 citizens ... have died, among them five border guards'"); a
part a subset word opens belongs to the whole's side ("20 Hamas militants, including three
commanders" in a story about Lebanon); "Kirgistan" is Kyrgyzstan in Indonesian."""

import warta


def figures(text, code, published="2025-09-20"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: (f.unit, f.side) for c in article.claims for f in c.figures}


def test_a_toll_told_again_with_fighters_among_it_is_mixed():
    got = figures("Kyrgyz border clashes kill 31\nAt least 31 people were killed in the border clashes, "
                  "Kyrgyzstan's health ministry said. \"So far 31 citizens of Kyrgyzstan have died, among "
                  "them five border guards,\" the ministry said.", "en")
    assert got.get("At least 31 people", ("",))[0] == "other", got
    got = figures("Bentrokan Perbatasan Tewaskan 31 Orang\nSedikitnya 31 orang tewas dalam bentrokan di "
                  "perbatasan, menurut Kementerian Kesehatan Kirgistan. \"Sebanyak 31 warga Kirgistan "
                  "meninggal, di antaranya lima anggota pasukan perbatasan,\" kata kementerian itu.", "id")
    assert got.get("Sedikitnya 31 orang") == ("other", "KG"), got
    assert got.get("31 warga Kirgistan") == ("other", "KG"), got


def test_a_part_after_a_subset_word_is_of_the_whole_s_side():
    got = figures("Israeli jets pounded Hezbollah positions across southern Lebanon on Monday, and Lebanon's "
                  "health ministry said 14 people were killed. The Israeli military said a separate raid "
                  "killed 20 Hamas militants, including three commanders.", "en")
    assert got.get("three commanders") == ("personnel", "PS"), got
    got = figures("Jet-jet Israel menggempur posisi Hizbullah di Lebanon selatan pada Senin, dan Kementerian "
                  "Kesehatan Lebanon menyebut 14 orang tewas. Militer Israel menyatakan serangan terpisah "
                  "menewaskan 20 militan Hamas, termasuk tiga komandan.", "id")
    assert got.get("tiga komandan") == ("personnel", "PS"), got
