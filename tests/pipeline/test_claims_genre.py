"""Claims in wire-style paragraphs of our own: quoting outlets, rival forces of one country,
sources whose country only the story gives."""

from test_claims import claims, given, who

from warta.pipeline.extract import extract


def extracted(text, code):
    """Claims as the whole pipeline finds them (with places, which give a story its country)."""
    return extract(text, lang=code, published="2025-05-07").claims


def test_a_name_after_kata_ends_where_a_quoting_cue_begins():
    text = ("Kapolres Nabire AKBP Dedi Rahman mengatakan polisi berjaga. "
            "\"Dua anggota kelompok itu tewas,\" kata Dedi seperti dikutip dari Antara.")
    last = given(text, "id", "Dua anggota")[-1]
    assert last.claimant.text == "Dedi" and last.claimant.kind == "official"
    text = "Two fighters were killed, said Dedi Rahman, quoted by Antara."
    (c,) = given(text, "en", "Two fighters")
    assert c.claimant.text == "Dedi Rahman"


def test_the_speaker_quoted_by_an_outlet_is_the_claimant_not_the_outlet():
    text = "Mayor Oksana Hrytsenko was quoted by Suspilne as saying that 14 houses were damaged."
    (c,) = given(text, "en", "14 houses")
    assert (c.claimant.text, c.claimant.kind) == ("Mayor Oksana Hrytsenko", "official")
    text = "Wali Kota Oksana Hrytsenko dikutip Suspilne mengatakan 14 rumah rusak."
    (c,) = given(text, "id", "14 rumah")
    assert (c.claimant.text, c.claimant.kind) == ("Wali Kota Oksana Hrytsenko", "official")
    (c,) = given("Lena Ortiz was quoted as saying 14 houses were damaged.", "en", "14 houses")
    assert c.claimant.text == "Lena Ortiz"


def test_an_armed_groups_denial_disputes_its_own_countrys_army():
    text = ("The Sudanese army said it killed 90 RSF fighters near Babanusa. "
            "The RSF denied the claim.")
    army, rsf = given(text, "en", "90 RSF fighters")
    assert army.disputed_by is rsf and rsf.claimant.text == "The RSF"
    text = ("Tentara Sudan mengklaim menewaskan 90 anggota RSF di dekat Babanusa. "
            "RSF membantah klaim tersebut.")
    army, rsf = given(text, "id", "90 anggota")
    assert army.disputed_by is rsf
    text = ("TPNPB mengklaim menembak mati 4 prajurit di Puncak. "
            "Klaim itu dibantah oleh Kapendam Cenderawasih Kolonel Candra Kurniawan.")
    tpnpb, pendam = given(text, "id", "4 prajurit")
    assert tpnpb.disputed_by is pendam and pendam.claimant.kind == "military"


def test_two_offices_of_one_army_are_no_rivals():
    text = ("The Sudanese army said it killed 90 RSF fighters near Babanusa. "
            "An army spokesman denied that the town had fallen.")
    (army,) = given(text, "en", "90 RSF fighters")
    assert army.disputed_by is None
    text = ("Tentara Sudan mengklaim menewaskan 90 anggota RSF di dekat Babanusa. "
            "Juru bicara militer membantah kota itu jatuh.")
    (army,) = given(text, "id", "90 anggota")
    assert army.disputed_by is None


def test_a_fighting_sides_denial_disputes_its_rival_not_the_un_count_before():
    text = ("The UN said 40 civilians were killed in Kadugli. The army said it killed 90 rebels. "
            "The rebels denied it.")
    un, army, rebels = given(text, "en", "40 civilians", "90 rebels")
    assert army.disputed_by is rebels and un.disputed_by is None
    text = ("PBB menyebut 40 warga sipil tewas di Kadugli. Tentara mengklaim menewaskan 90 pemberontak. "
            "Pemberontak membantahnya.")
    un, army, rebels = given(text, "id", "40 warga", "90 pemberontak")
    assert army.disputed_by is rebels and un.disputed_by is None


def test_a_minister_or_army_with_no_country_serves_the_one_country_of_the_story():
    text = ("KHARTOUM - Fighting spread from Omdurman to El Obeid. "
            "Health Minister Haitham Ibrahim said 52 people were killed in Omdurman.")
    (c,) = extracted(text, "en")
    assert (c.claimant.kind, c.claimant.country) == ("government", "SD")
    text = ("KHARTOUM - Pertempuran meluas dari Omdurman ke El Obeid. "
            "Menteri Kesehatan Haitham Ibrahim mengatakan 52 orang tewas di Omdurman.")
    (c,) = extracted(text, "id")
    assert (c.claimant.kind, c.claimant.country) == ("government", "SD")
    text = "Fighting in Sudan spread from Omdurman to El Obeid. The army said 30 rebels were killed."
    (c,) = extracted(text, "en")
    assert c.claimant.country == "SD"


def test_no_story_country_when_two_countries_are_named():
    text = ("Russia and Ukraine traded strikes on Kharkiv and Belgorod. "
            "Health Minister Ivan Petrenko said 52 people were killed.")
    (c,) = extracted(text, "en")
    assert c.claimant.country is None


def test_accusing_is_a_reporting_cue():
    (c,) = claims("Komite Perlawanan El Fasher menuding RSF menewaskan 45 orang di kamp Zamzam.", "id")
    assert who(c)[:2] == ("Komite Perlawanan El Fasher", "organization")
    (c,) = claims("The El Fasher Resistance Committee accused the RSF of killing 45 people at Zamzam camp.",
                  "en")
    assert who(c)[:2] == ("The El Fasher Resistance Committee", "organization")


def test_two_sources_joined_at_the_start_of_a_clause_speak_together():
    (c,) = given("Police and residents said 4 civilians were killed in Kupiansk.", "en", "4 civilians")
    assert (c.claimant.text, c.claimant.kind) == ("Police and residents", "official")
    (c,) = given("Polisi dan warga setempat mengatakan 4 warga tewas di Kupiansk.", "id", "4 warga")
    assert (c.claimant.text, c.claimant.kind) == ("Polisi dan warga setempat", "official")
    (c,) = given("Four civilians died, a local resistance group and residents said.", "en", "Four civilians")
    assert (c.claimant.text, c.claimant.kind) == ("a local resistance group and residents", "organization")
    (c,) = given("Nine people died, according to police and local residents.", "en", "Nine people")
    assert c.claimant.text == "police and local residents"
    (c,) = given("Sembilan orang tewas, kata polisi dan warga setempat.", "id", "Sembilan orang")
    assert c.claimant.text == "polisi dan warga setempat"


def test_a_clause_before_and_is_no_second_source():
    (c,) = given("Russia fired 40 missiles and the air force said 30 were shot down.", "en", "30")
    assert c.claimant.text == "the air force"
    (c,) = given("Rusia menembakkan 40 rudal dan angkatan udara menyebut 30 rudal ditembak jatuh.", "id",
                 "30 rudal")
    assert c.claimant.text == "angkatan udara"
    (c,) = given("Kyiv was hit and officials said 3 people died.", "en", "3 people")
    assert c.claimant.text == "officials"


def test_a_preposition_inside_a_capitalised_name_is_no_head_boundary():
    (c,) = given("The junta's Global New Light of Myanmar newspaper said 18 fighters were killed.", "en",
                 "18 fighters")
    assert c.claimant.kind == "media"
    (c,) = given("Sources in Hamas said 18 fighters were killed.", "en", "18 fighters")
    assert c.claimant.kind == "unknown"


def test_an_armed_group_named_by_a_place_and_a_role_word_is_not_the_state_army():
    text = "The Arakan Army said 14 soldiers were captured. Myanmar's military said 20 rebels died."
    aa, junta = given(text, "en", "14 soldiers", "20 rebels")
    assert aa.claimant.key != junta.claimant.key
    text = "Tentara Arakan menyebut 14 tentara ditawan. Militer Myanmar menyebut 20 pemberontak tewas."
    aa_id, junta_id = given(text, "id", "14 tentara", "20 pemberontak")
    assert aa_id.claimant.key != junta_id.claimant.key
    assert aa.claimant.key.split(":")[-1] == aa_id.claimant.key.split(":")[-1] == "army arakan"


def test_a_claim_word_after_a_possessive_is_a_noun():
    text = ("Rebel spokesman Ali Saree said 12 missiles hit the ship. "
            "Saree's claim could not be independently verified.")
    first, doubt = given(text, "en", "12 missiles")
    assert first.disputed_by is doubt and doubt.claimant.kind == "reporter"


def test_a_denial_naming_one_claim_disputes_the_last_sources_only():
    text = ("President Petro Ivanenko said 1,200 bombs fell last week. "
            "Governor Anton Sokol said 2 civilians were killed. The claim could not be verified.")
    president, governor, doubt = given(text, "en", "1,200 bombs", "2 civilians")
    assert governor.disputed_by is doubt and president.disputed_by is None
    text = ("Presiden Petro Ivanenko mengatakan 1.200 bom jatuh pekan lalu. "
            "Gubernur Anton Sokol menuturkan 2 warga sipil tewas. Klaim itu belum dapat diverifikasi.")
    president, governor, doubt = given(text, "id", "1.200 bom", "2 warga")
    assert governor.disputed_by is doubt and president.disputed_by is None
    text = ("President Petro Ivanenko said 1,200 bombs fell last week. "
            "Governor Anton Sokol said 2 civilians were killed. Neither figure could be verified.")
    president, governor, doubt = given(text, "en", "1,200 bombs", "2 civilians")
    assert governor.disputed_by is doubt and president.disputed_by is doubt


def test_a_denial_of_a_figure_in_its_own_sentence_disputes_none_before():
    text = ("The WHO said 700 people were killed in Goma. "
            "Rwanda denied sending 4,000 troops to the city.")
    who_, rwanda = given(text, "en", "700 people", "4,000 troops")
    assert who_.disputed_by is None and rwanda.claimant.text == "Rwanda"
    text = ("WHO menyebut 700 orang tewas di Goma. Rwanda membantah mengirim 4.000 tentara ke kota itu.")
    who_, rwanda = given(text, "id", "700 orang", "4.000 tentara")
    assert who_.disputed_by is None
    text = ("Israel's military said it killed 20 Hezbollah fighters. "
            "Hezbollah denied the claim and said 3 of its fighters died.")
    israel, hezbollah = given(text, "en", "20 Hezbollah", "3 of its")
    assert israel.disputed_by is hezbollah


def test_a_foreign_rival_is_disputed_before_a_body_of_the_deniers_own_country():
    text = ("Militer Israel mengklaim menewaskan 20 anggota Hizbullah di Khiam. "
            "Kementerian Kesehatan Lebanon menyebut 33 orang tewas. Hizbullah membantah klaim Israel.")
    israel, ministry, denial = given(text, "id", "20 anggota", "33 orang")
    assert israel.disputed_by is denial and ministry.disputed_by is None
    text = ("Israel's military said it killed 20 Hezbollah fighters in Khiam. "
            "Lebanon's health ministry said 33 people were killed. Hezbollah denied Israel's account.")
    israel, ministry, denial = given(text, "en", "20 Hezbollah", "33 people")
    assert israel.disputed_by is denial and ministry.disputed_by is None


def test_where_a_source_speaks_is_no_part_of_it():
    text = "Juru bicara M23 Lawrence Kanyuka melalui akun X-nya menyatakan 1.200 tentara ditawan."
    (c,) = given(text, "id", "1.200 tentara")
    assert c.claimant.text == "Juru bicara M23 Lawrence Kanyuka"
    text = "Militer Israel dalam pernyataannya mengatakan 25 orang ditangkap."
    (c,) = given(text, "id", "25 orang")
    assert c.claimant.text == "Militer Israel"
    text = "Militia spokesman Abu Omar said via his Telegram account that 12 soldiers were killed."
    (c,) = given(text, "en", "12 soldiers")
    assert c.claimant.text == "Militia spokesman Abu Omar"


def test_a_body_owned_by_a_re_mentioned_group_takes_its_side():
    text = ("The Houthis said they fired 12 missiles. "
            "US strikes killed 17 people, the group's health ministry said.")
    _, ministry = given(text, "en", "12 missiles", "17 people")
    assert (ministry.claimant.kind, ministry.claimant.country) == ("government", "YE")
    text = ("Kelompok Houthi menyebut 12 rudal ditembakkan. "
            "Menurut kementerian kesehatan kelompok itu, 17 orang tewas akibat serangan AS.")
    _, ministry = given(text, "id", "12 rudal", "17 orang")
    assert (ministry.claimant.kind, ministry.claimant.country) == ("government", "YE")
    text = "The Houthis said they fired 12 missiles. Twelve fighters died, the group's media office said."
    _, office = given(text, "en", "12 missiles", "Twelve fighters")
    assert (office.claimant.kind, office.claimant.country) == ("military", "YE")


def test_the_reporters_doubt_after_a_sources_figures_disputes_them():
    text = "Local officials put the death toll at 115, but that figure could not be confirmed."
    source, doubt = claims(text, "en")
    assert source.claimant.kind == "official" and source.disputed_by is doubt
    assert doubt.claimant.kind == "reporter" and not doubt.figures
    text = ("Kementerian Pertahanan Rusia mengklaim 1.430 tentara Ukraina tewas, "
            "namun angka itu belum dapat diverifikasi secara independen.")
    source, doubt = claims(text, "id")
    assert source.disputed_by is doubt and doubt.claimant.kind == "reporter"


def test_people_an_armys_troops_acted_on_are_its_enemys():
    text = ("Israeli forces raided Jenin and Nablus in the West Bank on Monday. "
            "The Israeli military said its troops arrested 25 wanted people.")
    (c,) = [c for c in extracted(text, "en") if c.figures]
    assert c.figures[0].side == "PS"
    text = ("Pasukan Israel menyerbu Jenin dan Nablus di Tepi Barat pada Senin. "
            "Militer Israel mengatakan pasukannya menangkap 25 orang yang dicari.")
    (c,) = [c for c in extracted(text, "id") if c.figures]
    assert c.figures[0].side == "PS"


def test_a_military_intelligence_agency_is_military_with_its_own_key():
    (c,) = given("Ukraine's military intelligence agency said 1,500 shells were destroyed.", "en",
                 "1,500 shells")
    assert (c.claimant.kind, c.claimant.key) == ("military", "UA:military:military_intelligence")
    (c,) = given("Badan intelijen militer Ukraina menyebut 1.500 peluru hancur.", "id", "1.500 peluru")
    assert (c.claimant.kind, c.claimant.key) == ("military", "UA:military:military_intelligence")
    text = ("Ukraine's military intelligence agency said 1,500 shells were destroyed. "
            "Ukraine's military said 1,730 soldiers were lost.")
    assert given(text, "en", "1,500 shells", "1,730 soldiers")[1].claimant.key == "UA:military:army"
    text = ("Badan intelijen militer Ukraina menyebut 1.500 peluru hancur. "
            "Militer Ukraina menyebut 1.730 tentara hilang.")
    assert given(text, "id", "1.500 peluru", "1.730 tentara")[1].claimant.key == "UA:military:army"


def test_a_belligerent_never_shoots_down_its_own_weapons():
    text = ("Russia launched 101 drones at Ukraine overnight. "
            "Russia's defence ministry said it destroyed 61 Ukrainian drones, 27 of them over Kursk.")
    last = [c for c in extracted(text, "en") if c.figures][-1]
    assert [f.side for f in last.figures if f.outcome == "intercepted"] == ["UA", "UA"]
    text = ("Rusia meluncurkan 101 drone ke Ukraina semalam. Kementerian Pertahanan Rusia menyatakan "
            "menghancurkan 61 drone Ukraina, 27 di antaranya di atas Kursk.")
    last = [c for c in extracted(text, "id") if c.figures][-1]
    assert [f.side for f in last.figures if f.outcome == "intercepted"] == ["UA", "UA"]


def test_the_group_is_the_armed_group_just_named_not_an_earlier_agency():
    text = ("Rescuers of the civil defence agency said 23 bodies were recovered. "
            "Hamas said the strike was a massacre. The group said 59 hostages were still held.")
    last = given(text, "en", "23 bodies", "59 hostages")[-1]
    assert (last.claimant.kind, last.claimant.country) == ("military", "PS")
    text = ("Badan Pertahanan Sipil Gaza menyebut 23 jenazah dievakuasi. "
            "Hamas menyebut serangan itu pembantaian. Kelompok itu mengatakan 59 sandera masih ditahan.")
    last = given(text, "id", "23 jenazah", "59 sandera")[-1]
    assert (last.claimant.kind, last.claimant.country) == ("military", "PS")


def test_health_authorities_are_the_health_ministry():
    (c,) = given("More than 50,600 people have been killed, according to health authorities.", "en",
                 "More than 50,600")
    assert (c.claimant.kind, c.claimant.key.split(":")[-1]) == ("government", "health_ministry")
    (c,) = given("Lebih dari 50.600 orang tewas, menurut otoritas kesehatan.", "id", "Lebih dari 50.600")
    assert (c.claimant.kind, c.claimant.key.split(":")[-1]) == ("government", "health_ministry")


def test_a_running_total_is_of_the_side_whose_figure_it_adds_to():
    text = ("Five Israeli soldiers were killed in fighting in southern Lebanon, the military said, "
            "bringing the number of troops killed in the ground operation to 14.")
    (c,) = extracted(text, "en")
    assert [f.side for f in c.figures] == ["IL", "IL"]
    text = ("Lima tentara Israel tewas dalam pertempuran di Lebanon selatan, kata militer Israel, sehingga "
            "total tentara yang tewas sejak operasi darat dimulai menjadi 14 tentara.")
    (c,) = extracted(text, "id")
    assert [f.side for f in c.figures] == ["IL", "IL"]


def test_people_of_an_international_body_have_no_side():
    text = ("Israeli tanks fired on positions in southern Lebanon. The UN peacekeeping force UNIFIL said "
            "two of its peacekeepers were wounded in Naqoura.")
    (c,) = [c for c in extracted(text, "en") if c.figures]
    assert c.figures[0].side is None
    text = ("Tank Israel menembaki posisi di Lebanon selatan. Pasukan penjaga perdamaian PBB UNIFIL "
            "menyatakan dua personelnya terluka di Naqoura.")
    (c,) = [c for c in extracted(text, "id") if c.figures]
    assert c.figures[0].side is None


def test_a_side_that_has_not_confirmed_a_loss_disputes_the_rival_claim():
    text = ("Pakistan mengklaim menembak jatuh 5 jet tempur India. "
            "India belum mengonfirmasi kehilangan pesawat.")
    pakistan, india = given(text, "id", "5 jet")
    assert (india.claimant.text, india.claimant.country) == ("India", "IN")
    assert pakistan.disputed_by is india
    text = "Pakistan claimed to have shot down 5 Indian jets. India did not confirm the loss of any aircraft."
    pakistan, india = given(text, "en", "5 Indian jets")
    assert (india.claimant.text, india.claimant.country) == ("India", "IN")
    assert pakistan.disputed_by is india


def test_the_author_of_a_report_may_be_a_group_named_by_a_weak_word():
    (c,) = given("Sebanyak 12 warga sipil tewas, sebagaimana dilaporkan oleh kelompok hak asasi manusia "
                 "setempat.", "id", "12 warga")
    assert (c.claimant.text, c.claimant.kind) == ("kelompok hak asasi manusia setempat", "organization")
    (c,) = given("Twelve civilians were killed in Namhsan, as reported by a local rights group.", "en",
                 "Twelve civilians")
    assert (c.claimant.text, c.claimant.kind) == ("a local rights group", "organization")


def test_a_relative_clause_after_a_source_does_not_describe_it_and_a_denial_does_not_invert():
    found = given("Rwanda, which UN experts say has 4,000 troops in Congo, denies backing the rebels.", "en",
                  "4,000 troops")
    assert [(c.claimant.text, c.claimant.kind) for c in found if not c.figures] == [("Rwanda", "government")]
    found = given("Rwanda, yang menurut pakar PBB mengerahkan 4.000 tentara di Kongo, membantah mendukung "
                  "pemberontak.", "id", "4.000 tentara")
    assert (found[-1].claimant.text, found[-1].claimant.kind) == ("Rwanda", "government")


def test_an_outlet_quoting_a_source_as_saying_gives_the_source():
    (c,) = given("State news agency SANA quoted a military source as saying 14 missiles were shot down.",
                 "en", "14 missiles")
    assert c.claimant.text == "a military source"
    (c,) = given("Interfax cited the regional governor as saying 3 people were killed in Tula.", "en",
                 "3 people")
    assert (c.claimant.text, c.claimant.kind) == ("the regional governor", "official")
    (c,) = given("Kantor berita Interfax mengutip gubernur setempat yang menyebut 3 orang tewas di Tula.",
                 "id", "3 orang")
    assert (c.claimant.text, c.claimant.kind) == ("gubernur setempat", "official")


def test_a_statement_carried_by_an_outlet_is_where_the_source_speaks():
    text = ("Kementerian Kesehatan Palestina menyebut serangan berlanjut. Kementerian itu dalam pernyataan "
            "yang disiarkan kantor berita WAFA mengatakan 18 warga tewas di Jenin.")
    last = given(text, "id", "18 warga")[-1]
    assert (last.claimant.text, last.claimant.kind) == ("Kementerian itu", "government")
    text = ("The Palestinian health ministry said raids went on. The ministry, in a statement carried by "
            "the WAFA news agency, said 18 people were killed in Jenin.")
    last = given(text, "en", "18 people")[-1]
    assert (last.claimant.text, last.claimant.kind) == ("The ministry", "government")


def test_a_claim_word_in_a_denials_object_is_a_noun():
    text = ("Sebby Sambom, a spokesman for the rebels, said 6 soldiers were shot dead. "
            "Military spokesman Col. Candra Kurniawan denied the rebel claim.")
    rebels, army = given(text, "en", "6 soldiers")
    assert rebels.disputed_by is army and army.claimant.text.endswith("Candra Kurniawan")
    text = ("Sebby Sambom, juru bicara pemberontak, mengatakan 6 prajurit ditembak mati. "
            "Juru bicara militer Kolonel Candra Kurniawan membantah klaim pemberontak itu.")
    rebels, army = given(text, "id", "6 prajurit")
    assert rebels.disputed_by is army and army.claimant.text.endswith("Candra Kurniawan")


def test_a_person_re_mentioned_by_a_first_name_is_the_one_named_in_full():
    text = ("Hal itu dibenarkan oleh Kapendam Kolonel Candra Kurniawan. "
            "\"Dua prajurit kami gugur,\" ujar Candra kepada wartawan.")
    last = given(text, "id", "Dua prajurit")[-1]
    assert last.claimant.key == "ID:military:kurniawan"
    text = ("This was confirmed by military spokesman Col. Candra Kurniawan. "
            "\"Two of our soldiers died,\" Candra told reporters.")
    last = given(text, "en", "Two of our soldiers")[-1]
    assert last.claimant.key == "ID:military:kurniawan" or last.claimant.key.endswith(":kurniawan")
    text = ("Kantor kejaksaan agung Ukraina menyebut 1.400 warga sipil terluka di Kherson.")
    (c,) = given(text, "id", "1.400 warga")
    assert c.claimant.kind == "official"


def test_a_channel_between_a_source_and_its_cue_does_not_describe_it():
    text = ("Juru bicara militer Houthi, Yahya Saree, dalam pidato yang disiarkan televisi Al-Masirah, "
            "mengatakan 68 orang tewas di Saada.")
    (c,) = given(text, "id", "68 orang")
    assert (c.claimant.text, c.claimant.kind) == ("Yahya Saree", "military")
    text = ("Houthi military spokesman Yahya Saree, in a speech aired by Al-Masirah television, said "
            "68 people were killed in Saada.")
    (c,) = given(text, "en", "68 people")
    assert c.claimant.kind == "military"


def test_who_runs_a_body_gives_its_side():
    (c,) = given("Lebih dari 200 orang tewas, menurut Kementerian Kesehatan yang dikelola Houthi.", "id",
                 "Lebih dari 200")
    assert (c.claimant.kind, c.claimant.country) == ("government", "YE")
    (c,) = given("More than 200 people were killed, according to the Houthi-run health ministry.", "en",
                 "More than 200")
    assert (c.claimant.kind, c.claimant.country) == ("government", "YE")


def test_weapons_a_belligerent_attacked_a_named_target_with_are_its_own():
    text = "The Houthis said they attacked the US aircraft carrier with 18 ballistic missiles in the Red Sea."
    (c,) = extracted(text, "en")
    assert c.figures[0].side == "YE"
    text = "Kelompok Houthi mengaku menyerang kapal induk AS dengan 18 rudal balistik di Laut Merah."
    (c,) = extracted(text, "id")
    assert c.figures[0].side == "YE"
    text = "Ukraine said it was attacked by Russia with 101 drones overnight."
    (c,) = extracted(text, "en")
    assert c.figures[0].side == "RU"


def test_two_joined_sources_key_as_the_first():
    (c,) = given("Two soldiers were killed, the army and police said.", "en", "Two soldiers")
    assert c.claimant.key.endswith(":military:army")
    (c,) = given("Dua prajurit tewas, kata tentara dan polisi.", "id", "Dua prajurit")
    assert c.claimant.key.endswith(":military:army")
    (c,) = given("The Ministry of Foreign Affairs and Trade said 2 citizens were killed.", "en", "2 citizens")
    assert c.claimant.kind == "government"


def test_a_verb_that_puts_a_figure_at_a_number_is_a_cue():
    # "put <what is counted> at <number>": the subject estimates it, however long the object
    text = "Sudan's army put rebel losses in the battle for the city at about 3,100 fighters."
    (c,) = extracted(text, "en")
    assert c.claimant.text == "Sudan's army" and c.cue.text == "put"
    text = ("Tentara Sudan menaksir kerugian pemberontak dalam pertempuran di kota itu mencapai "
            "sekitar 3.100 anggota.")
    (c,) = extracted(text, "id")
    assert c.claimant.text == "Tentara Sudan" and c.cue.text == "menaksir"


def test_putting_troops_somewhere_is_no_estimate():
    # no frame word right before the figure: "put 10,000 troops on alert" is an act, not a claim
    claims_found = extracted("The army put 10,000 troops on alert near the border on Monday.", "en")
    assert all(c.claimant.kind == "reporter" for c in claims_found)
