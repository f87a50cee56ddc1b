"""Whose figures, through the whole pipeline: loss verbs over lists, datelines,
makers of equipment, nationality words, incidental places, the firing side."""

import warta


def sides(text, code, published="2025-03-10"):
    article = warta.extract(text, lang=code, published=published)
    return [(f.text, f.unit, f.outcome, f.side) for c in article.claims for f in c.figures]


def test_the_subject_of_a_loss_verb_owns_every_item_of_its_list():
    got = sides("Menurut laporan itu, Rusia kehilangan 310 tentara, 7 tank, 12 kendaraan tempur lapis baja "
                "dan 2 helikopter.", "id")
    assert {s for *_, s in got} == {"RU"} and len(got) == 4
    got = sides("The report said Russia lost 310 troops, 7 tanks, 12 armoured vehicles and 2 jets.", "en")
    assert {s for *_, s in got} == {"RU"} and len(got) == 4


def test_a_dateline_is_not_a_side():
    text = ("Ukraine says it downs drones\nKYIV (Reuters) - The Ukrainian air force said its units "
            "shot down 30 of the 35 drones launched by Russia in the night.")
    got = sides(text, "en")
    assert ("35 drones", "drones", "used", "RU") in got
    text = ("Rusia kirim drone\nKYIV - Angkatan Udara Ukraina mengatakan 35 drone diluncurkan ke wilayahnya "
            "semalam.")
    assert sides(text, "id") == [("35 drone", "drones", "used", "RU")]


def test_the_country_that_made_equipment_is_not_its_owner():
    text = "Pasukan Ukraina kehilangan 40 tentara. Sebanyak 6 tank buatan Jerman juga hancur."
    assert [f[3] for f in sides(text, "id") if f[1] == "tanks"] == ["UA"]
    text = "Ukrainian forces lost 40 troops. Six tanks made in Germany were also destroyed."
    assert [f[3] for f in sides(text, "en") if f[1] == "tanks"] == ["UA"]


def test_nationality_words_and_armed_groups_name_the_side():
    got = sides("Al-Shabaab fighters killed 9 Somali soldiers near Baidoa, officials said.", "en")
    assert ("9 Somali soldiers", "personnel", "killed", "SO") in got
    got = sides("Gunmen killed 14 Nigerian villagers in Zamfara.", "en")
    assert [f[3] for f in got] == ["NG"]
    got = sides("Sebanyak 150 pengungsi Rohingya mendarat di Aceh, kata pejabat setempat.", "id")
    assert got == [("150 pengungsi Rohingya", "civilians", "displaced", "MM")]


def test_a_place_named_once_in_a_story_about_another_country_does_not_give_the_side():
    text = ("Bentrokan di Indonesia\nPolisi Indonesia mengatakan bentrokan terjadi di Jayapura, Indonesia. "
            "Sebanyak 3 warga tewas di dekat sebuah hotel bernama Astana.")
    assert [f[3] for f in sides(text, "id") if f[0].startswith("3")] == ["ID"]
    text = ("Clashes in Indonesia\nIndonesian police said clashes broke out in Jayapura, Indonesia. "
            "Three residents were killed near a hotel called Astana.")
    assert [f[3] for f in sides(text, "en") if f[0].startswith("Three")] == ["ID"]


def test_a_claimant_that_says_its_side_fired_gives_its_own_side():
    got = sides("Iranian state media said the country fired 80 missiles at Israel.", "en")
    assert got == [("80 missiles", "missiles", "used", "IR")]
    got = sides("Kementerian Pertahanan Rusia mengatakan pihaknya meluncurkan 40 rudal ke Ukraina.", "id")
    assert got == [("40 rudal", "missiles", "used", "RU")]


def test_the_subject_of_a_loss_verb_may_stand_a_few_words_before_it():
    got = sides("Analysts said Russia is now confirmed to have lost more than 900 tanks.", "en")
    assert [f[3] for f in got] == ["RU"]
    got = sides("Laporan itu menyebut Rusia diyakini telah kehilangan lebih dari 900 tank.", "id")
    assert [f[3] for f in got] == ["RU"]


def test_what_is_shot_down_over_a_country_is_its_enemys():
    text = "Ukraine and Russia trade strikes\nTwelve drones were shot down over Kherson, the governors said."
    assert [f[3] for f in sides(text, "en")] == ["RU"]
    text = "Ukraina dan Rusia saling serang\nSebanyak 12 drone ditembak jatuh di atas Kherson, kata gubernur."
    assert [f[3] for f in sides(text, "id")] == ["RU"]


def test_people_killed_by_a_named_side_with_no_place_are_its_enemys():
    text = ("Rusia dan Ukraina\nSerangan di Kyiv dan Kharkiv berlanjut. Serangan terbaru pasukan Putin itu "
            "menewaskan sedikitnya 6 orang.")
    assert [f[3] for f in sides(text, "id")] == ["UA"]
    text = ("Russia and Ukraine\nAttacks on Kyiv and Kharkiv went on. The latest barrage by Putin's forces "
            "killed at least 6 people.")
    assert [f[3] for f in sides(text, "en")] == ["UA"]


def test_in_a_civil_conflict_the_enemy_of_an_army_is_its_own_country():
    text = ("Nigeria: army kills bandits\nThe Nigerian army said on Monday that it killed 30 bandits in "
            "Zamfara, Nigeria. Nigerian officials said the gang had fled from Niger. Nigeria's police and "
            "Nigerian soldiers now patrol the area.")
    assert [f[3] for f in sides(text, "en") if f[1] == "personnel"] == ["NG"]
    text = ("Nigeria: tentara tewaskan bandit\nMiliter Nigeria mengatakan pada Senin bahwa mereka menewaskan "
            "30 pemberontak di Zamfara, Nigeria. Pejabat Nigeria mengatakan kelompok itu datang dari Niger. "
            "Polisi Nigeria dan tentara Nigeria kini berpatroli.")
    assert [f[3] for f in sides(text, "id") if f[1] == "personnel"] == ["NG"]


def test_displaced_people_keep_the_origin_named_for_them_before():
    text = ("Sekitar 150 pengungsi Rohingya mendarat di Aceh, kata pejabat setempat. Kelompok 150 orang itu "
            "mendarat di Pidie, Aceh, kata polisi.")
    assert [f[3] for f in sides(text, "id")] == ["MM", "MM"]
    text = ("About 150 Rohingya refugees landed in Aceh, a local official said. The group of 150 people "
            "landed in Pidie, Aceh, police said.")
    assert [f[3] for f in sides(text, "en")][:1] == ["MM"]
    assert all(s == "MM" for s in [f[3] for f in sides(text, "en")])


def test_a_place_inside_a_leaders_name_is_not_where_it_happened():
    text = ("Rusia dan Ukraina\nSerangan di Kyiv berlanjut. Serangan terbaru pemerintah Presiden "
            "Vladimir Putin tersebut menewaskan paling sedikit 6 orang.")
    assert [f[3] for f in sides(text, "id")] == ["UA"]


def test_an_exchange_of_equal_numbers_gives_one_figure_per_side():
    got = sides("Ukraine and Russia exchanged 150 prisoners of war each on Friday.", "en")
    assert sorted(f[3] for f in got) == ["RU", "UA"] and {f[2] for f in got} == {"released"}
    got = sides("Ukraina dan Rusia bertukar 150 tawanan perang masing-masing pada Jumat.", "id")
    assert sorted(f[3] for f in got) == ["RU", "UA"] and {f[2] for f in got} == {"released"}
    assert len(sides("Ukraine and Russia exchanged 150 prisoners of war on Friday.", "en")) == 1


def test_a_possessive_ties_counted_people_to_the_speaker_or_the_side_named_before():
    assert sides("Hezbollah said 4 of its fighters were killed in Israeli strikes.", "en") == [
        ("4 of its fighters", "personnel", "killed", "LB")]
    assert sides("Hizbullah mengatakan 4 pejuangnya tewas dalam serangan Israel.", "id") == [
        ("4 pejuangnya", "personnel", "killed", "LB")]
    got = sides("Moskow menyebut pasukan Ukraina terpukul hingga puluhan prajurit mereka tewas.", "id")
    assert [f[3] for f in got] == ["UA"]
    got = sides("Moscow said Ukrainian units were routed and dozens of their soldiers were killed.", "en")
    assert [f[3] for f in got] == ["UA"]


def test_a_belligerents_troops_who_fell_are_its_own_and_those_it_killed_its_enemys():
    got = sides("Israel's military said 12 soldiers were killed in southern Gaza on Sunday.", "en")
    assert got == [("12 soldiers", "personnel", "killed", "IL")]
    got = sides("Israel's military said it killed 12 militants in southern Gaza on Sunday.", "en")
    assert got == [("12 militants", "personnel", "killed", "PS")]
    got = sides("Militer Israel mengatakan 12 prajurit gugur di Gaza selatan pada Minggu.", "id")
    assert got == [("12 prajurit", "personnel", "killed", "IL")]
    got = sides("Militer Israel mengatakan pihaknya menewaskan 12 militan di Gaza selatan pada Minggu.", "id")
    assert got == [("12 militan", "personnel", "killed", "PS")]
    # the side named before the figure still counts: the losses of the AFU are Ukraine's
    got = sides("The ministry said daily losses of the AFU averaged 150 servicemen killed.", "en")
    assert got[0][3] == "UA"


def test_each_before_the_verb_gives_one_released_figure_per_side():
    for code, text in (("id", "Rusia dan Ukraina masing-masing membebaskan 150 tahanan pada Jumat."),
                       ("en", "Russia and Ukraine each released 150 prisoners on Friday.")):
        assert {s for *_, s in sides(text, code)} == {"RU", "UA"}, text


def test_weapons_shot_down_after_a_side_said_it_fired_them_are_that_sides():
    # the interceptor's enemy would be Gaza's side, the one the article names most; the
    # missiles were the Houthis', fired in the sentence before
    en = ("Israeli strikes on Gaza killed 12 Palestinians, Gaza's health ministry said. Palestinians in Gaza "
          "fled south. The Houthis in Yemen said they fired three ballistic missiles at Israel. "
          "The Israeli military said two missiles were intercepted.")
    assert ("two missiles", "missiles", "intercepted", "YE") in sides(en, "en")
    idn = ("Serangan Israel di Gaza menewaskan 12 warga Palestina, kata kementerian kesehatan Gaza. Warga "
           "Palestina di Gaza mengungsi ke selatan. Houthi di Yaman mengatakan pihaknya meluncurkan tiga "
           "rudal balistik ke Israel. Militer Israel menyatakan dua rudal berhasil dicegat.")
    assert ("dua rudal", "missiles", "intercepted", "YE") in sides(idn, "id")


def test_a_side_right_after_a_loss_noun_owns_the_loss():
    # the speaker is the subject before the noun; the side after it is whose losses they are
    idn = "Moskow sebelumnya menyebut kerugian Ukraina di wilayah Kursk melampaui 76.000 personel."
    assert sides(idn, "id") == [("melampaui 76.000 personel", "personnel", "lost", "UA")]
    en = "Moscow said the losses of Ukrainian units in Kursk exceeded 76,000 troops."
    assert [s for *_, s in sides(en, "en")] == ["UA"]


def test_people_fired_at_are_no_figure():
    assert sides("Police fired tear gas at thousands of protesters outside parliament.", "en") == []
    assert sides("Polisi menembakkan gas air mata ke arah ribuan pengunjuk rasa.", "id") == []


def test_civilians_a_state_speaks_of_at_a_scene_abroad_are_that_places_people():
    # the speaker's own people, unless the figure's place lies abroad and the text puts
    # the deaths there ("in Sumy"), not where captives were taken ("back to Gaza")
    for code, text in (("en", "Russia denied that 20 civilians were killed in the strike on Sumy."),
                       ("id", "Rusia membantah bahwa 20 warga sipil tewas dalam serangan di Sumy.")):
        assert [s for *_, s in sides(text, code)] == ["UA"]
    got = sides("Israel said militants killed about 1,200 people and took 251 hostages back to Gaza.", "en")
    assert [s for *_, s in got] == ["IL", "IL"]


def test_a_country_owning_an_attack_noun_is_who_struck_not_where():
    # Indonesian puts the possessor after the noun: "serangan India" is India's attack, so the
    # victims are the speaker's people, as in English where "Indian strikes" names no place
    idn = "Militer Pakistan menyebut 31 warga sipil tewas dalam serangan India pada Rabu."
    assert [s for *_, s in sides(idn, "id")] == ["PK"]
    en = "Pakistan's military said 31 civilians were killed in the Indian strikes on Wednesday."
    assert [s for *_, s in sides(en, "en")] == ["PK"]


def test_fighters_an_army_kills_at_home_are_its_own_country_s_when_the_other_country_is_no_enemy():
    text = ("Nigerian troops killed 35 jihadists in Borno state on Thursday, the army said. "
            "Burkina Faso's army said its forces killed 100 militants near Djibo, in Burkina Faso.")
    got = {t: s for t, _, _, s in sides(text, "en")}
    assert got["35 jihadists"] == "NG" and got["100 militants"] == "BF"
    text = ("Tentara Nigeria menewaskan 35 militan di negara bagian Borno pada Kamis, kata militer. "
            "Militer Burkina Faso mengatakan pasukannya menewaskan 100 militan di dekat Djibo, Burkina Faso.")
    got = {t: s for t, _, _, s in sides(text, "id")}
    assert got["35 militan"] == "NG" and got["100 militan"] == "BF"


def test_soldiers_an_army_kills_at_home_in_a_war_are_the_enemy_s():
    text = ("Russia said Ukraine lost troops. Ukraine said Russia lost troops. "
            "Russia's defence ministry said its forces killed 50 soldiers in the Kursk region of Russia.")
    assert {s for t, _, _, s in sides(text, "en") if t == "50 soldiers"} == {"UA"}
