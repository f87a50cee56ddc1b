"""Who says it (warta.pipeline.claimant, warta.pipeline.sources): the claimant phrase,
its kind and side, on sentences of the genre written for these tests."""

import warta
from tests.pipeline.test_claims import given  # claims over figures given by their words


def full(text, code):
    """Claims with places and dates found, as ``warta extract`` makes them."""
    return warta.extract(text, lang=code, published="2025-06-01").claims


def who(claim):
    c = claim.claimant
    return (c.text, c.kind, c.country)


def test_a_preposition_after_a_source_word_stays_in_the_claimant():
    (c,) = full("Armenia and Azerbaijan handed over 40 detainees each on Tuesday, officials on "
                "both sides said.", "en")
    assert who(c) == ("officials on both sides", "official", None)
    (c,) = full("Armenia dan Azerbaijan saling menyerahkan 40 tahanan pada Selasa, kata pejabat "
                "di kedua belah pihak.", "id")
    assert who(c) == ("pejabat di kedua belah pihak", "official", None)
    (c,) = given("A source close to the Houthis said 6 of the group's fighters died.", "en",
                 "6 of the group's fighters")
    assert (c.claimant.text, c.claimant.kind) == ("A source close to the Houthis", "unknown")
    (c,) = given("Menteri Dalam Negeri Tomas Lind mengklaim 8 polisi terluka.", "id", "8 polisi")
    assert (c.claimant.text, c.claimant.kind) == ("Menteri Dalam Negeri Tomas Lind", "government")


def test_a_preposition_inside_a_clause_before_the_cue_does_not_join_it():
    (c,) = given("Seorang relawan yang timnya menolong warga di kota itu mengatakan 9 orang tewas.",
                 "id", "9 orang")
    assert c.claimant.text == "Seorang relawan"
    (c,) = given("Troops killed 7 fighters in Kidal on Monday, the army said.", "en", "7 fighters")
    assert c.claimant.text == "the army"


def test_the_head_of_a_source_phrase_gives_its_kind_not_its_complement():
    (c,) = given("Sumber yang dekat dengan Hamas mengatakan 3 komandan tewas.", "id", "3 komandan")
    assert (c.claimant.text, c.claimant.kind) == ("Sumber yang dekat dengan Hamas", "unknown")
    (c,) = given("Sumber di kementerian pertahanan mengatakan 3 jet hilang.", "id", "3 jet")
    assert (c.claimant.text, c.claimant.kind) == ("Sumber di kementerian pertahanan", "unknown")
    (c,) = given("Sources in the defence ministry said 3 jets were lost.", "en", "3 jets")
    assert (c.claimant.text, c.claimant.kind) == ("Sources in the defence ministry", "unknown")


def test_a_channel_after_a_preposition_is_no_part_of_the_source():
    (c,) = given("The ministry in a statement said 5 soldiers died.", "en", "5 soldiers")
    assert c.claimant.text == "The ministry"
    (c,) = given("Five soldiers died, said the governor on Telegram.", "en", "Five soldiers")
    assert c.claimant.text == "the governor"
    (c,) = given("Lima tentara tewas, kata gubernur di Telegram.", "id", "Lima tentara")
    assert c.claimant.text == "gubernur"
    (c,) = given("Lima tentara tewas, menurut pejabat di kedua kubu.", "id", "Lima tentara")
    assert c.claimant.text == "pejabat di kedua kubu"


def test_a_bare_name_takes_its_kind_from_its_own_introduction_not_the_sentence_before():
    text = "The army said 5 soldiers died. Talks resumed on Monday, according to Hadiza Bello."
    assert who(given(text, "en", "5 soldiers", "Talks")[-1])[1] == "person"
    text = "Tentara mengatakan 5 prajurit tewas. Perundingan berlanjut, menurut Hadiza Bello."
    assert who(given(text, "id", "5 prajurit", "Perundingan")[-1])[1] == "person"
    text = ("Rebel commander Tun Myat denied it. Later, Tun Myat said 4 soldiers were captured.")
    assert who(given(text, "en", "4 soldiers")[-1])[1] == "military"
    text = ("Dia dibantah komandan pemberontak Tun Myat. Kemudian Tun Myat mengatakan 4 tentara ditawan.")
    assert who(given(text, "id", "4 tentara")[-1])[1] == "military"


def test_an_unknown_acronym_is_a_body_and_one_that_claims_an_attack_an_armed_group():
    (c,) = given("Police arrested 30 students last week, according to KHRM.", "en", "30 students")
    assert who(c) == ("KHRM", "organization", None)
    (c,) = given("Polisi menangkap 30 mahasiswa pekan lalu, menurut KHRM.", "id", "30 mahasiswa")
    assert who(c) == ("KHRM", "organization", None)
    (c,) = given("ISGS claimed responsibility and said it killed 9 soldiers.", "en", "9 soldiers")
    assert who(c)[:2] == ("ISGS", "military")
    (c,) = given("ISGS mengaku bertanggung jawab dan menyebut telah membunuh 9 tentara.", "id", "9 tentara")
    assert who(c)[:2] == ("ISGS", "military")


def test_an_apposition_that_opens_with_a_name_beats_a_description_holding_one():
    (c,) = given("Lena Ortiz, a spokeswoman for the Maputo Bar Association, said 30 people were held.",
                 "en", "30 people")
    assert who(c)[:2] == ("Lena Ortiz", "organization")
    (c,) = given("Ravi Menon, writing on Telegram, said 3 drones hit the port.", "en", "3 drones")
    assert c.claimant.text == "Ravi Menon"
    (c,) = given("Juru bicara Komisi Nasional HAM Chile, Lena Ortiz, mengatakan 30 orang ditahan.",
                 "id", "30 orang")
    assert who(c)[:2] == ("Lena Ortiz", "organization")


def test_the_group_stands_for_the_last_body_named_and_a_bare_group_is_any_body():
    text = ("ISGS claimed responsibility for the ambush. The group said 9 soldiers were killed.")
    last = given(text, "en", "9 soldiers")[-1]
    assert (last.claimant.text, last.claimant.kind) == ("The group", "military")
    text = ("Kelompok bersenjata ISGS mengaku bertanggung jawab. Kelompok itu menyebut 9 tentara tewas.")
    last = given(text, "id", "9 tentara")[-1]
    assert (last.claimant.text, last.claimant.kind) == ("Kelompok itu", "military")
    (c,) = given("A paramilitary group said 40 soldiers were captured.", "en", "40 soldiers")
    assert c.claimant.kind == "military"
    (c,) = given("Kelompok paramiliter mengklaim 40 tentara ditawan.", "id", "40 tentara")
    assert c.claimant.kind == "military"
    (c,) = given("A rights group said 40 people were detained.", "en", "40 people")
    assert (c.claimant.text, c.claimant.kind) == ("A rights group", "organization")


def test_police_task_forces_bloggers_and_brigades_have_their_kind():
    (c,) = given("Kasatgas Humas Operasi Damai Cartenz Kombes Yusuf mengatakan 2 warga tewas.", "id",
                 "2 warga")
    assert c.claimant.kind == "official"
    (c,) = given("Cartenz Peace Task Force spokesman Yusuf said 2 residents died.", "en", "2 residents")
    assert c.claimant.kind == "official"
    (c,) = given("Military blogger Ilya Semin claimed 3 villages fell.", "en", "3 villages")
    assert c.claimant.kind == "media"
    (c,) = given("Blogger militer Ilya Semin mengklaim 3 desa jatuh.", "id", "3 desa")
    assert c.claimant.kind == "media"
    (c,) = given("Brigade Serbu ke-47 menyebut 6 tank hancur.", "id", "6 tank")
    assert c.claimant.kind == "military"


def test_a_name_after_dilansir_is_an_outlet():
    (c,) = given("Sebanyak 12 tentara tewas, seperti dilansir Kyodo.", "id", "12 tentara")
    assert who(c) == ("Kyodo", "media", None)
    (c,) = given("Sebanyak 12 tentara tewas, kata Lin Wei.", "id", "12 tentara")
    assert who(c)[1] == "person"
    (c,) = given("Twelve soldiers died, Channel News Asia reported.", "en", "Twelve soldiers")
    assert c.claimant.kind == "media"


def test_a_press_office_speaks_for_its_owner():
    (c,) = given("Twelve fighters died, the navy's media wing said.", "en", "Twelve fighters")
    assert c.claimant.kind == "military"
    (c,) = given("Dua belas pejuang tewas, kata sayap media angkatan laut.", "id", "Dua belas pejuang")
    assert c.claimant.kind == "military"
    (c,) = given("Dua belas pejuang tewas, kata pusat penerangan kepolisian.", "id", "Dua belas pejuang")
    assert c.claimant.kind == "official"


def test_an_acronym_takes_the_kind_of_the_name_it_spells():
    text = ("Fighting with the Karen National Liberation Army went on. The KNLA said 8 soldiers "
            "were killed.")
    assert who(given(text, "en", "8 soldiers")[-1])[:2] == ("The KNLA", "military")
    text = ("Pertempuran dengan Karen National Liberation Army berlanjut. KNLA mengatakan 8 tentara "
            "tewas.")
    assert who(given(text, "id", "8 tentara")[-1])[:2] == ("KNLA", "military")


def test_a_title_alone_speaks_for_the_body_it_names():
    text = ("The KNLA said 8 soldiers were killed, according to the Karen National Liberation Army. "
            "KNLA spokesperson Saw Kler said 3 tanks were hit.")
    assert who(given(text, "en", "8 soldiers", "3 tanks")[-1])[1] == "military"
    text = ("Karen National Liberation Army (KNLA) menyebut 8 tentara tewas. Juru bicara KNLA, "
            "Saw Kler, mengatakan 3 tank dihantam.")
    assert who(given(text, "id", "8 tentara", "3 tank")[-1])[:2] == ("Saw Kler", "military")


def test_a_cue_after_seraya_goes_on_with_the_speaker_before():
    (c,) = given("Musuh meluncurkan 50 drone, kata angkatan udara, seraya menambahkan bahwa 40 drone "
                 "ditembak jatuh.", "id", "50 drone", "40 drone")
    assert (c.claimant.text, c.cue.text, len(c.figures)) == ("angkatan udara", "kata", 2)


def test_a_source_after_its_cue_keeps_its_place():
    (c,) = given("Sebanyak 20 orang tewas, kata pejabat kesehatan di wilayah kantong itu.", "id",
                 "20 orang")
    assert c.claimant.text == "pejabat kesehatan di wilayah kantong itu"
    (c,) = given("Twenty people died, said health officials in the enclave.", "en", "Twenty people")
    assert c.claimant.text == "health officials in the enclave"


def test_an_institution_of_one_country_gives_its_side_without_a_place():
    (c,) = given("Kapolres Lanny Jaya AKBP Andi Saputra mengatakan 2 warga tewas.", "id", "2 warga")
    assert who(c) == ("Kapolres Lanny Jaya AKBP Andi Saputra", "official", "ID")
    (c,) = given("A Densus 88 officer said 5 suspects were arrested.", "en", "5 suspects")
    assert who(c) == ("A Densus 88 officer", "official", "ID")


def test_compound_sources_whose_head_is_not_the_military():
    (c,) = given("Military analyst Petro Chernyk said 900 soldiers were lost.", "en", "900 soldiers")
    assert c.claimant.kind == "person"
    (c,) = given("Analis militer Petro Chernyk mengatakan 900 tentara hilang.", "id", "900 tentara")
    assert c.claimant.kind == "person"
    (c,) = given("The state police command said 5 people died.", "en", "5 people")
    assert c.claimant.kind == "official"
    (c,) = given("Komando kepolisian menyebut 5 orang tewas.", "id", "5 orang")
    assert c.claimant.kind == "official"


def test_a_clause_in_apposition_describes_the_source_and_is_none():
    (c,) = given("The Kyiv Monitor, run by military analysts Petro Ivanenko and Olha Kravets, "
                 "said 300 tanks were lost.", "en", "300 tanks")
    assert who(c)[:2] == ("The Kyiv Monitor", "organization")
    (c,) = given("Lembaga Pemantau Kyiv, dikelola analis militer Petro Ivanenko, menyebut 300 tank "
                 "hilang.", "id", "300 tank")
    assert who(c)[:2] == ("Lembaga Pemantau Kyiv", "organization")


def test_a_body_named_with_a_word_of_an_earlier_body_keeps_its_own_key():
    first, second = given("The Houthi-run interior ministry said 4 guards died. Later the Houthi-run "
                          "health ministry said 9 people died.", "en", "4 guards", "9 people")
    assert first.claimant.key != second.claimant.key
    assert "health_ministry" in second.claimant.key
    first, second = given("Kementerian Dalam Negeri Houthi Sanaa menyebut 4 penjaga tewas. Kementerian "
                          "Kesehatan Houthi Sanaa mengatakan 9 orang tewas.", "id", "4 penjaga", "9 orang")
    assert "health_ministry" in second.claimant.key


def test_the_claim_before_a_comma_is_no_title_of_the_name_after_it():
    text = ("Markus Tabuni, the head of public relations at the Papua police, spoke on Monday. "
            "Two residents were wounded, Tabuni said.")
    assert who(full(text, "en")[-1]) == ("Tabuni", "official", "ID")
    text = ("Markus Tabuni, kepala hubungan masyarakat kepolisian Papua, berbicara Senin. "
            "Dua warga terluka, kata Tabuni.")
    assert who(full(text, "id")[-1]) == ("Tabuni", "official", "ID")


def test_a_long_title_runs_on_to_the_name_and_not_to_where_it_was_said():
    (c,) = given("Sebanyak 7 rumah dibakar, kata Kepala Bidang Humas Polda Papua Barat Komisaris Besar "
                 "Polisi Adam Erwin Surya di Manokwari.", "id", "7 rumah")
    assert c.claimant.text.endswith("Adam Erwin Surya")
    (c,) = given("Seven homes burned, said police chief Adam Erwin Surya in Manokwari.", "en",
                 "Seven homes")
    assert c.claimant.text == "police chief Adam Erwin Surya"


def test_a_claim_word_after_a_quantifier_or_before_a_demonstrative_is_a_noun():
    last = given("The army said 40 rebels died. Neither claim could be verified.", "en", "40 rebels")[-1]
    assert (last.claimant.kind, last.cue) == ("reporter", None)
    last = given("Tentara menyebut 40 pemberontak tewas. Kedua klaim itu tidak dapat diverifikasi.", "id",
                 "40 pemberontak")[-1]
    assert (last.claimant.kind, last.cue) == ("reporter", None)
    last = given("Tentara menyebut 40 pemberontak tewas. Klaim tersebut tidak dapat diverifikasi.", "id",
                 "40 pemberontak")[-1]
    assert (last.claimant.kind, last.cue) == ("reporter", None)


def test_the_definite_force_is_not_an_earlier_force_of_another_role():
    text = "The Karen army said 9 soldiers died. The junta said 30 rebels were killed."
    first, second = given(text, "en", "9 soldiers", "30 rebels")
    assert second.claimant.key != first.claimant.key
    text = "The Israel Defense Forces said 9 rockets fell. The military said 3 were intercepted."
    first, second = given(text, "en", "9 rockets", "3 were")
    assert second.claimant.key == first.claimant.key
    text = "Tentara Karen menyebut 9 tentara tewas. Junta itu menyebut 30 pemberontak tewas."
    first, second = given(text, "id", "9 tentara", "30 pemberontak")
    assert second.claimant.key != first.claimant.key


def test_known_armed_groups_and_their_affiliates_are_military():
    (c,) = given("Ansar Dine, an al-Qaeda affiliate, said 6 soldiers were killed.", "en", "6 soldiers")
    assert who(c)[:2] == ("Ansar Dine", "military")
    (c,) = given("Ansar Dine, afiliasi Al Qaeda, mengatakan 6 tentara tewas.", "id", "6 tentara")
    assert who(c)[:2] == ("Ansar Dine", "military")
    (c,) = given("Boko Haram claimed 12 soldiers were killed.", "en", "12 soldiers")
    assert c.claimant.kind == "military"
    (c,) = given("Commission chair Rosa Lind said 12 people were hurt. She said 3 died.", "en",
                 "12 people", "3 died")[-1:]
    assert c.claimant.key.endswith(":lind")


def test_a_shortened_re_mention_of_a_named_body_is_that_body():
    text = ("The Sudanese Red Crescent said 17 bodies were found. According to the Red Crescent, "
            "4 were children.")
    first, second = given(text, "en", "17 bodies", "4 were")
    assert (second.claimant.country, second.claimant.key) == (first.claimant.country, first.claimant.key)
    assert first.claimant.country == "SD"
    text = ("Bulan Sabit Merah Sudan mengatakan 17 jenazah ditemukan. Menurut Bulan Sabit Merah, "
            "4 di antaranya anak-anak.")
    first, second = given(text, "id", "17 jenazah", "4 di antaranya")
    assert (second.claimant.country, second.claimant.key) == ("SD", first.claimant.key)
    text = ("Bulan Sabit Merah Sudan mengatakan 17 jenazah ditemukan. Organisasi itu kemudian "
            "menyebut 2 lagi.")
    assert given(text, "id", "17 jenazah", "2 lagi")[-1].claimant.text == "Organisasi itu"


def test_a_number_word_is_no_name_and_a_headquarters_no_person():
    (c,) = given("Three security sources said 15 soldiers died.", "en", "15 soldiers")
    assert c.claimant.key == "-:unknown:security sources"
    (c,) = given("Tiga sumber keamanan mengatakan 15 tentara tewas.", "id", "15 tentara")
    assert c.claimant.key == "-:unknown:sumber keamanan"
    (c,) = given("Markas Kedamaian Nasional menyebut 15 tentara tewas.", "id", "15 tentara")
    assert c.claimant.kind != "person"
    (c,) = given("The Peace Headquarters said 15 soldiers died.", "en", "15 soldiers")
    assert c.claimant.kind != "person"


def test_well_known_bodies_have_one_key_in_both_languages():
    (en,) = given("The Syrian Observatory for Human Rights said 7 people died.", "en", "7 people")
    (id_,) = given("Observatorium Suriah untuk Hak Asasi Manusia mengatakan 7 orang tewas.", "id", "7 orang")
    assert en.claimant.key == id_.claimant.key
    (en,) = given("The Rapid Support Forces said 7 soldiers died.", "en", "7 soldiers")
    (id_,) = given("Pasukan Dukungan Cepat mengatakan 7 tentara tewas.", "id", "7 tentara")
    assert en.claimant.key.split(":")[-1] == id_.claimant.key.split(":")[-1] == "rsf"


def test_correspondents_are_media_and_a_statement_is_the_last_bodys():
    text = ("The General Staff said 1,000 troops were lost. Russian war correspondents reported 300 "
            "casualties. According to the statement, 12 guns were destroyed.")
    first, second, third = given(text, "en", "1,000 troops", "300", "12 guns")
    assert second.claimant.kind == "media"
    assert third.claimant.key == first.claimant.key
    text = ("Staf Umum menyebut 1.000 tentara hilang. Koresponden perang Rusia melaporkan 300 korban. "
            "Menurut pernyataan itu, 12 meriam hancur.")
    first, second, third = given(text, "id", "1.000 tentara", "300 korban", "12 meriam")
    assert second.claimant.kind == "media"
    assert third.claimant.key == first.claimant.key


def test_a_title_with_its_owners_pronoun_is_no_name():
    text = "Badan PBB itu menyebut 14 anak tewas. Juru bicaranya Lena Berg mengatakan 3 sekolah hancur."
    last = given(text, "id", "14 anak", "3 sekolah")[-1]
    assert last.claimant.key.endswith(":berg")


def test_a_force_named_by_its_acronym_has_its_role_key():
    (en,) = given("The IDF said 25 rockets were intercepted.", "en", "25 rockets")
    (id_,) = given("IDF menyatakan 25 roket dicegat.", "id", "25 roket")
    assert en.claimant.key == id_.claimant.key == "IL:military:army"


def test_a_date_opening_the_sentence_is_no_part_of_the_claimant():
    for text, code, claimant in (
            ("Today the ministry said 12 fighters were killed.", "en", "the ministry"),
            ("On Monday the army said 30 rebels were killed.", "en", "the army"),
            ("Hari ini kementerian mengatakan 12 pejuang tewas.", "id", "kementerian"),
            ("Pada hari Senin militer menyebut 30 pemberontak tewas.", "id", "militer")):
        (c,) = full(text, code)
        assert c.claimant.text == claimant, text


def test_a_sentence_that_ends_with_a_clock_time_after_its_verb_is_read_to_its_end():
    # the scan past a time ("said shortly before 3 p.m.") stopped at the sentence's last token and
    # read the token after it: an IndexError for the whole article
    art = warta.extract("He said shortly before 3 p.m.\n\nSeven people were hurt, police said.", lang="en",
                        published="2025-06-01")
    assert [(f.text, c.claimant.text) for c in art.claims for f in c.figures] == [("Seven people", "police")]
