import warta
from warta.lang import load
from warta.model import Figure, Quantity
from warta.pipeline.claims import find_claims
from warta.pipeline.figures import find_figures
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import sentences


def claims(text, code):
    lang = load(code)
    sents = sentences(text, lang)
    figs = find_figures(text, lang, sents, find_quantities(text, lang), [], [])
    return find_claims(text, lang, sents, figs, [])


def given(text, code, *figures):
    """Claims over figures given by their words, so that only attribution is tested."""
    lang = load(code)
    sents = sentences(text, lang)
    figs = []
    for words in figures:
        at = text.index(words)
        sent = next(s.index for s in sents if s.start <= at < s.end)
        q = Quantity(at, at + len(words), words, 1.0, 1.0, 1.0)
        figs.append(Figure(at, at + len(words), words, q, "personnel", "killed", sentence=sent))
    return find_claims(text, lang, sents, sorted(figs, key=lambda f: f.start), [])


def who(claim):
    c = claim.claimant
    return (c.text, c.kind, c.country, claim.cue.text if claim.cue else None)


def test_claims_subject_before_cue_indonesian():
    text = "Kementerian Pertahanan Rusia mengatakan pasukannya membunuh 200 tentara Ukraina."
    (c,) = claims(text, "id")
    assert who(c) == ("Kementerian Pertahanan Rusia", "government", "RU", "mengatakan")
    assert text[c.claimant.start:c.claimant.end] == c.claimant.text
    assert (c.start, c.end) == (0, len(text))


def test_claims_source_after_menurut_and_according_to():
    (c,) = claims("Sedikitnya 9 orang tewas, menurut PBB.", "id")
    assert who(c) == ("PBB", "organization", None, "menurut")
    (c,) = claims("At least 9 people were killed, according to the Red Cross.", "en")
    assert who(c) == ("the Red Cross", "organization", None, "according to")


def test_claims_speaker_after_a_quote():
    text = '"We destroyed 4 tanks," said General Petrov.'
    (c,) = claims(text, "en")
    assert c.claimant.text == "General Petrov" and c.cue.text == "said"


def test_claims_apposition_takes_the_name():
    text = "Ivan Sirko, juru bicara militer Ukraina, mengatakan 15 drone ditembak jatuh."
    (c,) = claims(text, "id")
    assert who(c) == ("Ivan Sirko", "military", "UA", "mengatakan")


def test_claims_pronoun_cue_resolves_to_last_speaker():
    text = ("Gubernur Kharkiv mengatakan serangan itu berat. "
            "“Dua warga tewas,” katanya.")
    (c,) = claims(text, "id")
    assert (c.claimant.text, c.cue.text) == ("nya", "kata")  # the suffix is the claimant
    assert c.claimant.kind == "official"


def test_claims_no_source_is_the_reporter():
    (c,) = claims("Three soldiers were killed in the ambush.", "en")
    assert who(c) == ("", "reporter", None, None)
    assert c.claimant.start is None


def test_claims_country_used_as_actor_is_a_government():
    (c,) = claims("Menurut laporan harian, Ukraina mengklaim pasukan Rusia kehilangan 1.000 tentara.", "id")
    assert who(c) == ("Ukraina", "government", "UA", "mengklaim")
    assert c.figures[0].side == "RU" and c.figures[0].outcome == "lost"


def test_claims_bare_surname_takes_the_title_it_was_introduced_with():
    text = ("Military spokesman Andi Wirawan visited the area. "
            "Wirawan said 7 rebels were killed.")
    (c,) = claims(text, "en")
    assert who(c) == ("Wirawan", "military", None, "said")


def test_claims_coordinated_verbs_keep_the_sentence_subject():
    text = ("Staf Umum Angkatan Bersenjata Ukraina membantah laporan itu dan mengklaim "
            "Rusia kehilangan 900 tentara.")
    (c,) = claims(text, "id")
    assert who(c) == ("Staf Umum Angkatan Bersenjata Ukraina", "military", "UA", "mengklaim")


def test_claims_a_named_source_beats_the_outlet_that_relays_it():
    text = "Reuters melaporkan 310 warga tewas pekan ini, kata kementerian kesehatan Lebanon."
    (c,) = claims(text, "id")
    assert who(c) == ("kementerian kesehatan Lebanon", "government", "LB", "kata")


def test_claims_a_relative_clause_stays_inside_the_claimant():
    text = "Gubernur wilayah Donetsk yang dikuasai Ukraina mengatakan 15 warga sipil tewas."
    (c,) = claims(text, "id")
    assert who(c) == ("Gubernur wilayah Donetsk yang dikuasai Ukraina", "official", "UA", "mengatakan")


def test_claims_two_named_sources_in_one_sentence_each_keep_their_figures():
    text = ("The health ministry says more than 300 people were killed, while 40 soldiers "
            "were killed and 12 captured, according to the army.")
    got = claims(text, "en")
    assert [(c.claimant.text, [f.quantity.value for f in c.figures]) for c in got] == [
        ("The health ministry", [300]), ("the army", [40, 12])]
    for c in got:
        assert c.start <= c.figures[0].start and c.figures[-1].end <= c.end


def test_claims_an_opening_connective_is_not_the_subject():
    text = ("Sementara itu, juru bicara TPNPB-OPM Yonas Wenda mengklaim serangan itu "
            "dan menyebut tiga anggota TNI tewas.")
    (c,) = claims(text, "id")
    assert (c.claimant.text, c.claimant.kind, c.claimant.country) == (
        "juru bicara TPNPB-OPM Yonas Wenda", "military", "ID")


# -- who says it: mechanisms, each in both languages ------------------------------

def full(text, code):
    """Claims with places and dates found, as ``warta extract`` makes them."""
    return warta.extract(text, lang=code, published="2025-03-10").claims


def test_claims_a_date_between_source_and_cue_is_no_claimant():
    (c,) = full("Staf Umum Angkatan Bersenjata Ukraina pada hari Senin menyatakan bahwa "
                "35 tentara Rusia tewas.", "id")
    assert (c.claimant.text, c.claimant.kind, c.claimant.country) == (
        "Staf Umum Angkatan Bersenjata Ukraina", "military", "UA")
    (c,) = full("The General Staff of Ukraine's armed forces on Monday said 35 Russian soldiers "
                "were killed.", "en")
    assert c.claimant.text.startswith("The General Staff") and c.claimant.kind == "military"


def test_claims_he_and_dia_resolve_to_the_last_person_not_the_last_body():
    text = ("Governor Ivan Petrenko said the night was hard. The defence ministry said 12 drones "
            "were shot down. \"Five people were wounded,\" he said.")
    last = claims(text, "en")[-1]
    assert (last.claimant.text, last.claimant.kind) == ("he", "official")
    assert last.claimant.key == claims(text, "en")[0].claimant.key or last.claimant.key.endswith(":petrenko")
    text = ("Gubernur Andi Mulyana mengatakan malam itu berat. Kementerian Pertahanan mengatakan "
            "12 drone ditembak jatuh. “Lima warga terluka,” kata dia.")
    last = claims(text, "id")[-1]
    assert (last.claimant.text, last.claimant.kind, last.cue.text) == ("dia", "official", "kata")
    assert last.claimant.key.endswith(":mulyana")


def test_claims_it_resolves_to_the_last_body():
    text = ("The Ukrainian air force said 30 drones were launched. Mayor Olena Hrytsenko "
            "visited the site. It said 25 drones were shot down.")
    last = claims(text, "en")[-1]
    assert (last.claimant.text, last.claimant.kind, last.claimant.country) == ("It", "military", "UA")


def test_claims_a_definite_description_takes_the_earlier_source_and_its_key():
    text = ("Juru bicara militer Israel, Letkol Avi Dagan, mengatakan 40 roket ditembakkan. "
            "Juru bicara itu menyebut 12 roket dicegat.")
    first, second = claims(text, "id")
    assert second.claimant.text == "Juru bicara itu"
    assert (second.claimant.kind, second.claimant.country) == ("military", "IL")
    assert second.claimant.key == first.claimant.key
    text = ("Israeli military spokesman Lt. Col. Avi Dagan said 40 rockets were fired. "
            "The spokesman said 12 rockets were intercepted.")
    first, second = claims(text, "en")
    assert (second.claimant.text, second.claimant.country) == ("The spokesman", "IL")
    assert second.claimant.key == first.claimant.key


def test_claims_a_headline_names_its_source_after_a_colon_or_before_its_verb():
    (c, *_) = full("Drone strike kills two in Belgorod: governor\nDebris fell on a house.", "en")
    assert (c.claimant.text, c.claimant.kind, c.claimant.country, c.cue) == (
        "governor", "official", "RU", None)
    (c, *_) = full("Militer Israel Sebut Lima Milisi Hamas Tewas di Rafah\nSerangan terjadi malam.", "id")
    assert (c.claimant.text, c.claimant.kind, c.claimant.country) == ("Militer Israel", "military", "IL")


def test_claims_a_quotation_over_several_sentences_belongs_to_its_speaker():
    text = "\"We shot down 12 drones. We also destroyed 3 tanks,\" General Petrov said."
    got = claims(text, "en")
    assert [c.claimant.text for c in got] == ["General Petrov", "General Petrov"]
    assert sorted(f.quantity.value for c in got for f in c.figures) == [3, 12]
    text = "“Kami menembak jatuh 12 drone. Kami juga menghancurkan 3 tank,” ujar Kolonel Budi Santoso."
    got = claims(text, "id")
    assert [c.claimant.text for c in got] == ["Kolonel Budi Santoso", "Kolonel Budi Santoso"]


def test_claims_a_sentence_continuing_a_statement_is_the_reporters():
    first, second = claims("The ministry said 5 soldiers died. Another 7 were wounded.", "en")
    assert first.claimant.kind == "government" and second.claimant.kind == "reporter"
    first, second = claims("Kementerian mengatakan 5 tentara tewas. Sebanyak 7 lainnya terluka.", "id")
    assert first.claimant.kind == "government" and second.claimant.kind == "reporter"


def test_claims_the_agent_of_a_passive_cue_or_a_report_is_the_source():
    (c,) = full("Jumlah itu naik dari 49 orang tewas yang disebutkan Kemenkes Palestina kemarin.", "id")
    assert (c.claimant.text, c.claimant.kind) == ("Kemenkes Palestina", "government")
    (c,) = given("A toll of 49 dead was reported by the Palestinian health ministry.", "en", "49 dead")
    assert (c.claimant.text, c.claimant.kind, c.claimant.country) == (
        "the Palestinian health ministry", "government", "PS")
    (c,) = given("Menurut laporan yang dikutip Reuters, Rusia menyerahkan 120 tahanan.", "id",
                 "120 tahanan")
    assert (c.claimant.text, c.claimant.kind) == ("Reuters", "media")
    (c,) = given("According to a report by the UN, 300 people fled the town.", "en", "300 people")
    assert (c.claimant.text, c.claimant.kind) == ("the UN", "organization")


def test_claims_a_source_keeps_its_place():
    (c,) = full("Petugas medis di Jalur Gaza mengatakan 30 orang tewas.", "id")
    assert c.claimant.text == "Petugas medis di Jalur Gaza" and c.claimant.kind == "person"
    (c,) = full("Doctors in Gaza City said 30 people were killed.", "en")
    assert c.claimant.text == "Doctors in Gaza City" and c.claimant.kind == "person"


def test_claims_the_head_before_a_relative_clause_claims():
    (c,) = given("Juru bicara TPNPB Yonas Wenda yang mengaku telah menembak tiga anggota TNI.", "id",
                 "tiga anggota TNI")
    assert "Yonas Wenda" in c.claimant.text and c.claimant.kind == "military"
    (c,) = given("The rebel spokesman, who claimed 4 soldiers were shot dead, gave no proof.", "en",
                 "4 soldiers")
    assert c.claimant.text == "The rebel spokesman"


def test_claims_an_apposition_before_the_cue_is_not_the_claim():
    (c,) = given("Ukraine's president, Volodymyr Zelenskyy, said the sides agreed to swap "
                 "1,000 prisoners.", "en", "1,000 prisoners")
    assert (c.claimant.kind, c.claimant.country) == ("government", "UA")
    (c,) = given("Presiden Ukraina, Volodymyr Zelenskyy, mengatakan kedua pihak sepakat menukar "
                 "1.000 tahanan.", "id", "1.000 tahanan")
    assert (c.claimant.kind, c.claimant.country) == ("government", "UA")


def test_claims_a_source_in_a_later_subordinate_clause_speaks_of_something_else():
    (c,) = given("Two crew members were rescued, Reuters reported, a day after the Houthis "
                 "claimed the attack.", "en", "Two crew members")
    assert c.claimant.text == "Reuters"
    (c,) = given("Dua awak diselamatkan, seperti dilansir Reuters, sehari setelah Houthi "
                 "mengklaim serangan itu.", "id", "Dua awak")
    assert c.claimant.text == "Reuters"


def test_claims_a_denial_in_the_sentence_disputes_the_other_sources_figures():
    text = "Rebel spokesman John Doe said 12 soldiers were killed, but the army denied it."
    got = claims(text, "en")
    owner = next(c for c in got if c.figures)
    assert "John Doe" in owner.claimant.text
    assert owner.disputed_by is not None and owner.disputed_by.claimant.text == "the army"
    assert not owner.disputed_by.figures
    text = ("Kapendam Letkol Reza mengatakan situasi aman. Dia menyebut pernyataan juru bicara "
            "TPNPB Yonas Wenda yang mengaku telah menembak tiga anggota TNI tidak benar.")
    got = given(text, "id", "tiga anggota TNI")
    owner = next(c for c in got if c.figures)
    assert "Yonas Wenda" in owner.claimant.text
    assert owner.disputed_by is not None and owner.disputed_by.claimant.text == "Dia"


def test_claims_a_later_denial_disputes_the_figures_just_before():
    got = claims("The WHO said 450 people were killed at the hospital. "
                 "The RSF denied attacking the hospital.", "en")
    assert got[0].claimant.text == "The WHO" and got[0].disputed_by is got[1]
    assert (got[1].claimant.text, got[1].claimant.country, got[1].figures) == ("The RSF", "SD", [])
    got = claims("WHO mengatakan 450 orang tewas di rumah sakit itu. "
                 "RSF membantah menyerang rumah sakit.", "id")
    assert got[0].disputed_by is got[1] and got[1].claimant.text == "RSF"
    got = claims("The ministry said 340 soldiers were killed. "
                 "The figure could not be independently verified.", "en")
    assert got[0].disputed_by is got[1] and got[1].claimant.kind == "reporter"
    got = claims("Kementerian mengatakan 340 tentara tewas. Angka itu tidak dapat diverifikasi.", "id")
    assert got[0].disputed_by is got[1] and got[1].claimant.kind == "reporter"


def test_claims_one_source_named_in_two_languages_has_one_key():
    (a,) = claims("Staf Umum Angkatan Bersenjata Ukraina mengatakan 420 tentara Rusia tewas.", "id")
    (b,) = claims("Ukraine's General Staff said 420 Russian soldiers were killed.", "en")
    assert a.claimant.key == b.claimant.key == "UA:military:general_staff"
    (a,) = claims("Kementerian Pertahanan Rusia mengatakan 27 drone ditembak jatuh.", "id")
    (b,) = claims("Russia's defence ministry said 27 drones were shot down.", "en")
    assert a.claimant.key == b.claimant.key == "RU:government:defence_ministry"


def test_claims_json_carries_the_key_and_the_denial():
    got = warta.extract("The WHO said 450 people were killed at the hospital. "
                        "The RSF denied attacking the hospital.", lang="en",
                        published="2025-03-10").to_json()["claims"]
    assert got[0]["disputed_by"] == got[1]["id"]
    assert got[0]["figures"][0]["disputed_by"] == got[1]["id"]
    assert got[0]["claimant"]["key"] == "-:organization:who"


def test_claims_unlisted_sources_are_found_by_their_shape():
    # an organisation named by its own words, a title after the name, a rank with an office
    (c,) = given("At least 45 people were killed, the Sudan Doctors Network said on Monday.", "en",
                 "45 people")
    assert (c.claimant.text, c.claimant.kind) == ("the Sudan Doctors Network", "organization")
    (c,) = given("Sebanyak 45 orang tewas, kata Jaringan Dokter Sudan, Senin.", "id", "45 orang")
    assert (c.claimant.text, c.claimant.kind) == ("Jaringan Dokter Sudan", "organization")
    (c,) = given("Two fighters were killed, said Omar Idris, head of the regional police.", "en",
                 "Two fighters")
    assert (c.claimant.text, c.claimant.kind) == ("Omar Idris", "official")
    (c,) = given("Dua pejuang tewas, kata Omar Idris, kepala kepolisian daerah.", "id", "Dua pejuang")
    assert (c.claimant.text, c.claimant.kind) == ("Omar Idris", "official")
    (c,) = given("Kabid Humas Polda Papua, Kombes Andi Saputra mengatakan 3 polisi terluka.", "id",
                 "3 polisi")
    assert (c.claimant.text, c.claimant.kind) == ("Kombes Andi Saputra", "official")
    (c,) = given("Lt. Col. Ramon Cruz said 3 soldiers were wounded.", "en", "3 soldiers")
    assert (c.claimant.text, c.claimant.kind) == ("Lt. Col. Ramon Cruz", "military")


def test_claims_a_spokesman_for_a_group_in_apposition_and_the_outlet_told():
    text = ("“We seized 2 trucks. We destroyed 4 vehicles,” Ali Dahir, the group’s military "
            "spokesman, told Reuters.")
    got = given(text, "en", "2 trucks", "4 vehicles")
    assert {c.claimant.text for c in got} == {"Ali Dahir"}
    assert {c.claimant.kind for c in got} == {"military"}
    text = "Juru bicara militer kelompok itu, Ali Dahir, mengatakan kepada Reuters bahwa 4 kendaraan hancur."
    (c,) = given(text, "id", "4 kendaraan")
    assert c.claimant.text == "Ali Dahir" and c.claimant.kind == "military"


def test_claims_according_to_takes_any_phrase_that_is_no_date_or_place():
    (c,) = given("According to open-source analysts, 288 tanks were captured.", "en", "288 tanks")
    assert c.claimant.text == "open-source analysts"
    (c,) = given("Menurut para pengamat sumber terbuka, 288 tank direbut.", "id", "288 tank")
    assert c.claimant.text == "para pengamat sumber terbuka"


def test_claims_reportedly_belongs_to_a_named_subject_only():
    (c,) = given("Ukraine has reportedly destroyed 2,049 tanks.", "en", "2,049 tanks")
    assert (c.claimant.text, c.claimant.kind, c.claimant.country) == ("Ukraine", "government", "UA")
    (c,) = given("The ship was reportedly hit and 3 sailors were killed.", "en", "3 sailors")
    assert c.claimant.kind == "reporter"
    (c,) = given("Ukraina kabarnya menghancurkan 2.049 tank.", "id", "2.049 tank")
    assert (c.claimant.text, c.claimant.country) == ("Ukraina", "UA")


def test_claims_an_acronym_is_no_function_word():
    (c,) = given("More than 450 people were killed at the hospital, the WHO reported.", "en", "450 people")
    assert (c.claimant.text, c.claimant.kind) == ("the WHO", "organization")
    (c,) = given("Lebih dari 450 orang tewas di rumah sakit itu, menurut WHO.", "id", "450 orang")
    assert (c.claimant.text, c.claimant.kind) == ("WHO", "organization")


def test_claims_a_possessive_stays_inside_the_claimant():
    (c,) = given("Four drones were shot down, the regions’ governors said.", "en", "Four drones")
    assert (c.claimant.text, c.claimant.kind) == ("the regions’ governors", "official")
    (c,) = given("Empat drone ditembak jatuh, kata para gubernur wilayah itu.", "id", "Empat drone")
    assert c.claimant.kind == "official"


def test_claims_a_cue_inside_the_statement_is_not_a_source_unless_a_clause_opens():
    (c,) = given("The Oryx blog has reported that Russia is now shown by photos to have lost 900 tanks.",
                 "en", "900 tanks")
    assert c.claimant.text == "The Oryx blog"
    got = given("The army said that 5 militants were killed in the raid, where medics said "
                "12 civilians died.", "en", "5 militants", "12 civilians")
    assert [(c.claimant.text, len(c.figures)) for c in got] == [("The army", 1), ("medics", 1)]
    got = given("Militer mengatakan bahwa 5 militan tewas dalam serangan itu, di mana petugas medis "
                "melaporkan 12 warga tewas.", "id", "5 militan", "12 warga")
    assert [(c.claimant.text, len(c.figures)) for c in got] == [("Militer", 1), ("petugas medis", 1)]


def test_claims_a_phrase_after_the_name_that_is_no_title_does_not_describe_it():
    (c,) = given("“Ada 42 markas yang kami kuasai,” ujar Kombes Faizal, kepada awak media.", "id",
                 "42 markas")
    assert (c.claimant.text, c.claimant.kind) == ("Kombes Faizal", "official")
    (c,) = given("“We hold 42 bases,” said Col. Faizal, speaking to the media.", "en", "42 bases")
    assert (c.claimant.text, c.claimant.kind) == ("Col. Faizal", "military")


def test_claims_an_admission_is_a_claim_and_a_passive_denial_names_its_denier():
    got = given("Hizbullah mengaku menembakkan 40 roket, sementara militer Israel menyebut 35 roket dicegat.",
                "id", "40 roket", "35 roket")
    assert [c.claimant.text for c in got] == ["Hizbullah", "militer Israel"]
    got = given("Hezbollah admitted firing 40 rockets, while the Israeli military said 35 rockets "
                "were intercepted.", "en", "40 rockets", "35 rockets")
    assert [c.claimant.text for c in got] == ["Hezbollah", "the Israeli military"]
    got = given("Tentara Arakan mengklaim menawan 200 tentara junta, klaim yang dibantah militer.",
                "id", "200 tentara junta")
    owner = next(c for c in got if c.figures)
    assert (owner.claimant.text, owner.cue.text) == ("Tentara Arakan", "mengklaim")
    assert owner.disputed_by is not None and owner.disputed_by.claimant.text == "militer"
    got = given("The Arakan Army claimed it captured 200 junta soldiers, a claim the military denied.",
                "en", "200 junta soldiers")
    owner = next(c for c in got if c.figures)
    assert owner.disputed_by is not None and owner.disputed_by.claimant.text == "the military"


def test_claims_a_local_official_serves_a_place_not_the_attacker_named_beside():
    (c,) = full("Pasukan Rusia menembaki kota itu dan menewaskan dua warga sipil, kata Gubernur "
                "Vadym Filashkin.", "id")
    assert c.claimant.kind == "official" and c.claimant.country is None
    (c,) = full("Dua warga sipil tewas di Kharkiv, kata gubernur.", "id")
    assert (c.claimant.kind, c.claimant.country) == ("official", "UA")
    (c,) = full("Two civilians were killed in Kharkiv, the governor said.", "en")
    assert (c.claimant.kind, c.claimant.country) == ("official", "UA")


def test_claims_a_un_office_has_one_key_in_both_languages():
    (a,) = given("Menurut Kantor PBB untuk Koordinasi Urusan Kemanusiaan (OCHA), 1,4 juta orang "
                 "mengungsi.", "id", "1,4 juta orang")
    (b,) = given("According to the UN Office for the Coordination of Humanitarian Affairs, 1.4 million "
                 "people have fled.", "en", "1.4 million people")
    assert a.claimant.key == b.claimant.key == "-:organization:ocha"


def test_claims_a_headline_may_name_its_source_before_the_colon():
    (c, *_) = full("PBB: 300 Warga Sipil Tewas di Darfur\nSerangan berlanjut.", "id")
    assert (c.claimant.text, c.claimant.kind, c.cue) == ("PBB", "organization", None)
    (c, *_) = full("Gaza health ministry: 52 killed in 24 hours\nStrikes continued.", "en")
    assert (c.claimant.text, c.claimant.kind, c.claimant.country) == (
        "Gaza health ministry", "government", "PS")


def test_claims_a_state_named_as_the_source_has_one_key():
    (a,) = given("Rusia mengklaim 27 drone Ukraina ditembak jatuh.", "id", "27 drone Ukraina")
    (b,) = given("Russia claimed 27 Ukrainian drones were shot down.", "en", "27 Ukrainian drones")
    assert a.claimant.key == b.claimant.key == "RU:government:state"


def test_claims_a_possessive_title_speaks_for_the_last_body():
    got = claims("The Red Cross said aid was blocked. Its spokeswoman, Anna Berg, said 300 families "
                 "had fled. She said 12 children were missing.", "en")
    assert [(c.claimant.text, c.claimant.kind) for c in got] == [
        ("Anna Berg", "organization"), ("She", "organization")]
    assert got[0].claimant.key == got[1].claimant.key
    got = claims("Palang Merah mengatakan bantuan terhambat. Juru bicaranya, Anna Berg, mengatakan "
                 "300 keluarga mengungsi. Ia menyebut 12 anak hilang.", "id")
    assert [(c.claimant.text, c.claimant.kind) for c in got] == [
        ("Anna Berg", "organization"), ("Ia", "organization")]


def test_claims_a_quotation_opened_after_its_speaker_belongs_to_them():
    got = given('Governor Oleh Petrenko said: "Three people died in the strike. Five more were wounded."',
                "en", "Three people", "Five more")
    assert [c.claimant.text for c in got] == ["Governor Oleh Petrenko"] * 2
    got = given('Gubernur Oleh Petrenko mengatakan: "Tiga orang tewas dalam serangan itu. Lima lainnya '
                'terluka."', "id", "Tiga orang", "Lima lainnya")
    assert [c.claimant.text for c in got] == ["Gubernur Oleh Petrenko"] * 2


def test_claims_rights_groups_outlets_and_defence_departments_have_their_kind():
    cases = (("en", "Bandits killed 70 people, according to Amnesty International.", "organization"),
             ("en", "At least 30 people were killed, Human Rights Watch said.", "organization"),
             ("en", "The New York Times reported that 40 people died.", "media"),
             ("en", "The Pentagon said 3 soldiers were wounded.", "government"),
             ("id", "Menurut Amnesty International, 70 orang tewas tahun ini.", "organization"),
             ("id", "Harian Kompas melaporkan 12 orang tewas.", "media"),
             ("id", "Pentagon mengatakan 3 tentara terluka.", "government"))
    for code, text, kind in cases:
        (claim,) = claims(text, code)
        assert claim.claimant.kind == kind, text


def test_claims_a_dateline_is_no_source_and_a_date_ends_the_source_phrase():
    cases = (("id", "MOSKOW, KOMPAS TV – Kementerian Pertahanan Rusia pada Jumat 4 Oktober, mengklaim "
                    "300 tentara tewas.", "Kementerian Pertahanan Rusia"),
             ("id", "Detik.com, JAKARTA - Militer Israel hari Senin, menyebut 40 roket diluncurkan.",
              "Militer Israel"),
             ("en", "KYIV (Reuters) - Ukraine's air force, citing radar data, said 40 drones were shot down.",
              "Ukraine's air force"))
    for code, text, source in cases:
        (claim,) = warta.extract(text, lang=code, published="2024-10-05").claims
        assert claim.claimant.text == source, text


def test_claims_an_international_body_stands_for_no_side_whatever_country_it_names():
    cases = (("id", "Badan PBB untuk Pengungsi Palestina menyatakan 1,9 juta warga Gaza mengungsi.", None),
             ("en", "The Syrian Observatory for Human Rights said 50 fighters died.", None),
             ("id", "Layanan darurat Israel mengatakan 12 orang terluka.", "IL"),
             ("en", "Israel's emergency service said 12 people were hurt.", "IL"))
    for code, text, country in cases:
        (claim,) = claims(text, code)
        assert (claim.claimant.kind, claim.claimant.country) == ("organization", country), text


def test_claims_a_source_ending_the_sentence_leaves_its_full_stop_out():
    for code, text, source in (("id", "Ratusan warga mengungsi dari kota itu, kata saksi.", "saksi"),
                               ("en", "Hundreds fled the town, said witnesses.", "witnesses"),
                               ("en", "Three soldiers were hurt, said Lt. Col. Dagan.", "Lt. Col. Dagan")):
        (claim,) = claims(text, code)
        assert claim.claimant.text == source, text


def test_claims_indonesian_agencies_have_their_kind():
    (claim,) = claims("Korban tewas bertambah menjadi 25 orang, kata BNPB.", "id")
    assert claim.claimant.kind == "government"
    (claim,) = claims("Tim SAR menemukan 5 jenazah, kata Basarnas.", "id")
    assert claim.claimant.kind == "organization"


def test_claims_a_local_official_serves_the_place_of_its_own_sentence():
    text = ("Di Rostov, drone menghantam kilang minyak, kata gubernur setempat. "
            "Di Kharkiv, serangan rudal menewaskan tiga warga sipil, menurut Wali Kota Ihor Terekhov.")
    got = [(c.claimant.kind, c.claimant.country) for c in warta.extract(text, lang="id",
                                                                          published="2025-03-09").claims]
    assert got[-1] == ("official", "UA")
    text = ("In Rostov, a drone hit an oil refinery, the local governor said. "
            "In Kharkiv, a missile strike killed three civilians, according to mayor Ihor Terekhov.")
    got = [(c.claimant.kind, c.claimant.country) for c in warta.extract(text, lang="en",
                                                                          published="2025-03-09").claims]
    assert got[-1] == ("official", "UA")
