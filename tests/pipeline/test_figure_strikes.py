"""Strike reports: equipment lists with nouns the lexicon lacks, units engaged or suppressed,
munitions delivered, in both languages."""

from warta.lang import load
from warta.pipeline.figures import find_figures
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import sentences


def figures(text, code):
    lang = load(code)
    return find_figures(text, lang, sentences(text, lang), find_quantities(text, lang, articles=True), [], [])


def brief(figs):
    return [(f.quantity.value, f.unit, f.outcome) for f in figs]


def test_unknown_equipment_in_a_destroyed_list_is_counted_in_english():
    text = ("Near Deir Hafer, four air raids destroyed seven fuel pumps, three generators, "
            "two water cisterns and 11 trucks.")
    got = brief(figures(text, "en"))
    assert (7, "other", "destroyed") in got and (3, "other", "destroyed") in got
    assert (2, "other", "destroyed") in got and (11, "vehicles", "destroyed") in got
    assert not any(v == 4 for v, _, _ in got)  # air raids are events, not figures


def test_unknown_equipment_in_a_destroyed_list_is_counted_in_indonesian():
    text = ("Prajurit TNI menghancurkan tujuh pompa bahan bakar, tiga generator, "
            "dua tandon air dan 11 truk milik kelompok itu.")
    got = brief(figures(text, "id"))
    assert (7, "other", "destroyed") in got and (3, "other", "destroyed") in got
    assert (2, "other", "destroyed") in got and (11, "vehicles", "destroyed") in got


def test_a_lone_unknown_noun_outside_a_list_is_still_no_figure():
    assert brief(figures("The army held nine townships after the offensive.", "en")) == []
    assert brief(figures("Tentara menguasai sembilan kecamatan setelah serangan itu.", "id")) == []


def test_units_engaged_and_suppressed_are_counted_in_english():
    text = "Near Hawija, three strikes engaged five ISIS tactical units and suppressed two mortar teams."
    got = brief(figures(text, "en"))
    assert (5, "other", "other") in got and (2, "other", "other") in got
    assert not any(v == 3 for v, _, _ in got)


def test_units_engaged_are_counted_in_indonesian():
    text = "Di Intan Jaya, pasukan TNI menggempur empat satuan taktis kelompok bersenjata itu."
    got = brief(figures(text, "id"))
    assert (4, "other", "other") in got


def test_munitions_delivered_and_car_bombs_are_counted():
    en = brief(figures("Coalition jets delivered more than 600 munitions and fought off four VBIEDs.", "en"))
    assert (600, "munitions", "used") in en and (4, "vehicles", "intercepted") in en
    idn = brief(figures("Pesawat koalisi menembakkan lebih dari 600 amunisi dan menghalau empat bom mobil.",
                        "id"))
    assert (600, "munitions", "used") in idn or (600, "munitions", "intercepted") in idn
    assert any(v == 4 and u == "vehicles" for v, u, _ in idn)


def test_people_named_in_capitals_in_a_list_are_not_taken_for_things():
    en = brief(figures("The dead include 40 members of the security forces and 12 Bedouins.", "en"))
    assert not any(v == 12 for v, _, _ in en)
    idn = brief(figures("Korban tewas mencakup 40 anggota pasukan keamanan dan 12 Badui.", "id"))
    assert not any(v == 12 for v, _, _ in idn)


def test_money_is_no_figure():
    assert brief(figures("Britain has committed over £2.3bn to displaced people in the region.", "en")) == []
    assert brief(figures("The fund gave $40 million to 300,000 refugees who fled.", "en")) == \
        [(300000, "civilians", "displaced")]
    assert brief(figures("Pemerintah menyalurkan Rp 5 miliar kepada pengungsi yang mengungsi.", "id")) == []
    assert brief(figures("Pemerintah menyalurkan 5 miliar rupiah kepada warga yang mengungsi.", "id")) == []


def test_things_and_equipment_listed_before_a_passive_verb_share_it():
    text = ("On Monday, four howitzers, three militant-held buildings, two tactical trucks, "
            "and an air defence system were also destroyed.")
    got = brief(figures(text, "en"))
    assert (4, "artillery", "destroyed") in got and (3, "other", "destroyed") in got
    assert (2, "vehicles", "destroyed") in got
    text = ("Pada Senin, empat howitzer, tiga bangunan milik militan, dua truk taktis, "
            "dan sebuah sistem pertahanan udara juga dihancurkan.")
    got = brief(figures(text, "id"))
    assert (4, "artillery", "destroyed") in got and (3, "other", "destroyed") in got
    assert (2, "vehicles", "destroyed") in got


def test_nationals_killed_and_troops_provided_are_counted():
    got = brief(figures("Since 2011 hundreds of thousands of Syrians have died in the war.", "en"))
    assert got == [(None, "civilians", "killed")]
    assert (3, "civilians", "killed") in brief(figures("Three Iraqis were killed in the blast.", "en"))
    assert brief(figures("Britain is providing an additional 150 soldiers to train the army.", "en")) == \
        [(150, "personnel", "used")]
    assert brief(figures("Inggris menyediakan 150 tentara tambahan untuk melatih tentara Irak.", "id")) == \
        [(150, "personnel", "used")]


def test_grenade_launchers_and_mortar_systems_are_not_rockets():
    text = "The raid destroyed a rocket-propelled grenade launcher and two mortar systems."
    got = brief(figures(text, "en"))
    assert (1, "other", "destroyed") in got and (2, "artillery", "destroyed") in got
    assert not any(u == "missiles" for _, u, _ in got)
    got = brief(figures("Serangan itu menghancurkan sebuah peluncur granat roket dan dua sistem mortir.",
                        "id"))
    assert (1, "other", "destroyed") in got and (2, "artillery", "destroyed") in got


def test_storage_tanks_and_weapons_depots_are_things_not_armour_or_seized_arms():
    text = "Two strikes destroyed three fuel storage tanks and a weapons storage facility."
    got = brief(figures(text, "en"))
    assert (3, "other", "destroyed") in got and not any(u == "tanks" for _, u, _ in got)
    assert not any(o == "captured" for _, _, o in got)
    got = brief(figures("Serangan itu menghancurkan tiga tangki bahan bakar dan dua kilang minyak.", "id"))
    assert (3, "other", "destroyed") in got and (2, "other", "destroyed") in got


def test_oil_sites_struck_in_a_list_are_counted():
    got = brief(figures("Coalition aircraft struck 12 oil wellheads and two refineries near Raqqa.", "en"))
    assert (12, "other", "other") in got and (2, "other", "other") in got
    text = "Pesawat koalisi menghantam 12 sumur minyak dan dua kilang minyak di dekat Raqqa."
    got = brief(figures(text, "id"))
    assert (12, "other", "other") in got and (2, "other", "other") in got


def test_a_listed_item_may_end_with_whose_it_is():
    text = "Pasukan gabungan merusak tujuh pos, tiga jembatan darurat dan dua menara pengawas milik mereka."
    assert (2, "other", "damaged") in brief(figures(text, "id"))
    text = "Joint forces damaged seven outposts, three bridges and two watchtowers belonging to the group."
    assert (2, "other", "damaged") in brief(figures(text, "en"))


def test_an_article_closes_a_list_of_things_whose_items_run_on():
    text = "Prajurit menghancurkan tiga pucuk senjata api rakitan, dua gudang amunisi dan sebuah markas KKB."
    got = brief(figures(text, "id"))
    assert (1, "other", "destroyed") in got
    text = "Troops destroyed three homemade rifles of the group, two arms depots and a training camp."
    assert (1, "other", "destroyed") in brief(figures(text, "en"))


def test_police_securing_vehicles_and_bombs_seize_them():
    got = brief(figures("Polisi mengamankan lima unit kendaraan dan tiga bom rakitan dari rumah itu.", "id"))
    assert (5, "vehicles", "captured") in got and (3, "munitions", "captured") in got
    got = brief(figures("Police secured five vehicles and three homemade bombs at the house.", "en"))
    assert (5, "vehicles", "captured") in got and (3, "munitions", "captured") in got


def test_a_size_after_a_listed_number_is_no_item():
    text = "Two tanks, three trucks and two howitzers of 152 and 122 mm were also destroyed."
    got = brief(figures(text, "en"))
    assert (2, "artillery", "destroyed") in got and not any(v == 122 for v, _, _ in got)
    text = "Dua tank, tiga truk dan dua howitzer kaliber 152 dan 122 mm milik batalion itu juga dihancurkan."
    got = brief(figures(text, "id"))
    assert (2, "artillery", "destroyed") in got and not any(v == 122 for v, _, _ in got)


def test_a_person_word_before_a_thing_describes_the_thing():
    got = brief(figures("Near Raqqa, four strikes engaged three militant tactical units.", "en"))
    assert (3, "other", "other") in got and not any(u == "personnel" for _, u, _ in got)
    got = brief(figures("Di Raqqa, empat serangan menggempur tiga satuan taktis militan.", "id"))
    assert (3, "other", "other") in got and not any(u == "personnel" for _, u, _ in got)


def test_a_singular_noun_in_a_list_counts_as_its_plural_does():
    text = "The strike destroyed two fighting positions, a tunnel and an anti-aircraft gun."
    got = brief(figures(text, "en"))
    assert (1, "other", "destroyed") in got and (1, "air_defense", "destroyed") in got
    got = brief(figures("Two strikes suppressed a rebel unit and a mortar team.", "en"))
    assert got == [(1, "other", "other"), (1, "other", "other")]
    text = "Serangan itu menghancurkan dua kubu pertahanan, sebuah terowongan dan sebuah meriam antipesawat."
    got = brief(figures(text, "id"))
    assert (1, "other", "destroyed") in got and (1, "air_defense", "destroyed") in got
    got = brief(figures("Pasukan itu menggempur sebuah satuan taktis dan sebuah regu mortir.", "id"))
    assert got == [(1, "other", "other"), (1, "other", "other")]


def test_land_in_square_miles_or_hectares_is_counted_in_square_kilometres():
    got = brief(figures("The SDF has liberated more than 700 square miles of territory.", "en"))
    assert got == [(1813, "area_km2", "captured")]
    got = brief(figures("SDF telah membebaskan lebih dari 700 mil persegi wilayah.", "id"))
    assert got == [(1813, "area_km2", "captured")]
    assert brief(figures("Pasukan merebut 5.000 hektare lahan.", "id")) == [(50, "area_km2", "captured")]


def test_a_thing_noun_before_another_describes_it():
    text = "The jets destroyed three logistics depots, two command posts and a drone base."
    got = brief(figures(text, "en"))
    assert got[-1] == (1, "other", "destroyed") and not any(u == "drones" for _, u, _ in got)
    text = "Jet itu menghancurkan tiga gudang logistik, dua pos komando dan sebuah pangkalan drone."
    got = brief(figures(text, "id"))
    assert got[-1] == (1, "other", "destroyed") and not any(u == "drones" for _, u, _ in got)


def test_blades_and_bows_found_are_seized_in_both_languages():
    assert brief(figures("Officers found two machetes and 14 arrows at the camp.", "en")) == \
        [(2, "other", "captured"), (14, "other", "captured")]
    assert brief(figures("Petugas menemukan dua parang dan 14 anak panah di kamp itu.", "id")) == \
        [(2, "other", "captured"), (14, "other", "captured")]
