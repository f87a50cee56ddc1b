"""Event forms that unseen wire reports showed (events18): a judgement of a kind of act ("could amount to war
crimes") tells no act; a grenade thrown is an attack; an operation that killed and a pursuit that killed are
clashes, not bare killings; the toll after a gapped clause is its assault's; a date before a joiner ends the
clause before, so the trigger after the joiner takes its own date."""

from datetime import date

import warta

PUB = date(2026, 3, 17)


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    evs = warta.extract(text, lang=lang, published=PUB).events
    return [(e.type, e.place.name if e.place else "", e.date.start.isoformat() if e.date else "")
            for e in evs]


def test_a_judgement_of_a_kind_of_attack_is_no_event():
    en = _events("NAIROBI, March 17 (Wire) - Gunmen attacked an aid convoy near Beni on Sunday, police said. "
                 "The U.N. said in a statement that attacks on aid workers could amount to war crimes and "
                 "urged Kinshasa to act.", "en")
    assert [e[0] for e in en] == ["attack"]
    ids = _events("NAIROBI - Orang bersenjata menyerang konvoi bantuan di dekat Beni pada Minggu (15/3), "
                  "kata polisi. Seorang pejabat PBB menilai penyerangan atas konvoi bantuan bisa digolongkan "
                  "sebagai kejahatan perang dan mendesak Kinshasa bertindak.", "id")
    assert [e[0] for e in ids] == ["attack"]


def test_a_thrown_grenade_is_an_attack():
    assert _events("MANILA, March 17 (Wire) - On Sunday night, unidentified men threw a grenade at a police "
                   "post in Jolo, wounding two officers.", "en") == [("attack", "Jolo", "2026-03-15")]
    assert _events("MANILA - Pada Minggu (15/3) malam, orang tak dikenal melemparkan granat ke sebuah pos "
                   "polisi di Jolo, melukai dua polisi.", "id") == [("attack", "Jolo", "2026-03-15")]


def test_an_operation_or_a_pursuit_that_killed_is_a_clash():
    en = _events("BOGOTA, March 17 (Wire) - Rebels attacked a police station in Jamundi on Sunday, police "
                 "said. The minister said the attack was revenge for an army operation that killed a rebel "
                 "commander near Suarez on March 9.", "en")
    assert [e[0] for e in en] == ["attack", "attack"]
    en = _events("BOGOTA, March 17 (Wire) - Rebels attacked a police station in Jamundi on Sunday, police "
                 "said. Soldiers pursued the rebels and killed five of them near Suarez on Monday.", "en")
    assert [e[0] for e in en] == ["attack", "attack"]
    ids = _events("BOGOTA - Pemberontak menyerang kantor polisi di Jamundi pada Minggu (15/3), kata polisi. "
                  "Tiga tersangka pelaku tewas saat pengejaran oleh polisi di dekat Suarez pada Senin "
                  "(16/3).", "id")
    assert [(t, d) for t, _, d in ids] == [("attack", "2026-03-15"), ("attack", "2026-03-16")]


def test_the_toll_after_a_gapped_clause_is_its_assault_s():
    en = _events("PESHAWAR, March 17 (Wire) - Militants attacked Tank on Friday and Wana on Saturday, "
                 "killing four people, police said.", "en")
    assert [(t, d) for t, _, d in en] == [("attack", "2026-03-13"), ("attack", "2026-03-14")]
    ids = _events("PESHAWAR - Pesawat nirawak militer menyerang tempat persembunyian militan di Tank pada "
                  "Jumat (13/3) dan di Wana pada Sabtu (14/3), menewaskan 11 militan.", "id")
    assert [(t, d) for t, _, d in ids] == [("strike", "2026-03-13"), ("strike", "2026-03-14")]


def test_a_date_before_a_joiner_ends_the_clause_before():
    en = _events("NAIROBI, March 17 (Wire) - Rebels attacked a village near Goma on Saturday and shelled an "
                 "army base in Sake on Sunday, the army said.", "en")
    assert [(t, d) for t, _, d in en] == [("attack", "2026-03-14"), ("strike", "2026-03-15")]
    ids = _events("NAIROBI - Pemberontak menyerang sebuah desa di dekat Goma pada Sabtu (14/3) dan menembaki "
                  "pangkalan militer di Sake dengan mortir pada Minggu (15/3), kata tentara.", "id")
    assert [(t, d) for t, _, d in ids] == [("attack", "2026-03-14"), ("strike", "2026-03-15")]


def test_an_assault_talks_are_about_is_their_subject():
    en = _events("NAIROBI, March 17 (Wire) - Rebels attacked a village near Goma on Sunday, the army said. "
                 "Talks between the government and elders on a new offensive stalled last month in "
                 "Kisangani.", "en")
    assert [(t, d) for t, _, d in en] == [("attack", "2026-03-15"), ("negotiation", "2026-02-01")]
    ids = _events("NAIROBI - Pemberontak menyerang sebuah desa di dekat Goma pada Minggu (15/3), kata "
                  "tentara. Perundingan antara pemerintah dan para tetua adat mengenai serangan baru "
                  "terhenti di Kisangani bulan lalu.", "id")
    assert [(t, d) for t, _, d in ids] == [("attack", "2026-03-15"), ("negotiation", "2026-02-01")]


def test_a_clause_set_off_by_commas_stands_between_no_trigger_and_its_date():
    en = _events("NAIROBI, March 17 (Wire) - Rebels attacked a village near Goma on Sunday, the army said. "
                 "The government suspended peace talks with the faction, known as the Central Command, in "
                 "March 2024.", "en")
    assert [(t, d) for t, _, d in en] == [("attack", "2026-03-15"), ("negotiation", "2024-03-01")]
    ids = _events("NAIROBI - Pemberontak menyerang sebuah desa di dekat Goma pada Minggu (15/3), kata "
                  "tentara. Pemerintah menangguhkan perundingan damai dengan faksi itu, yang dikenal sebagai "
                  "Komando Pusat, pada Maret 2024.", "id")
    assert [(t, d) for t, _, d in ids] == [("attack", "2026-03-15"), ("negotiation", "2024-03-01")]


def test_the_fighting_a_when_clause_tells_is_one_event():
    ids = _events("MANILA - Empat tentara tewas dalam bentrokan di kota Tipo-Tipo pada Senin (16/3). Basilan "
                  "pernah menjadi lokasi pertempuran paling mematikan di wilayah itu pada Oktober 2011, "
                  "ketika 19 tentara tewas dalam baku tembak dengan gerilyawan di Al-Barka.", "id")
    assert [(t, p, d) for t, p, d in ids if d < "2026"] == [("attack", "Al-Barka", "2011-10-01")]
    en = _events("MANILA, March 17 (Wire) - Four soldiers were killed in a clash in Tipo-Tipo on Monday. "
                 "Basilan saw the deadliest fighting in the region in October 2011, when 19 soldiers died in "
                 "a gunbattle with guerrillas in Al-Barka.", "en")
    assert [(t, p, d) for t, p, d in en if d < "2026"] == [("attack", "Al-Barka", "2011-10-01")]


def test_what_fighting_has_driven_people_to_is_a_tally():
    en = _events("MAPUTO, March 17 (Wire) - Insurgents attacked Montepuez on Friday, police said. Aid "
                 "agencies said on Thursday that clashes near Ancuabe had displaced nearly 9,000 "
                 "villagers.", "en")
    assert [(t, p) for t, p, _ in en] == [("attack", "Montepuez")]
    ids = _events("MAPUTO - Pemberontak menyerang Montepuez pada Jumat (13/3), kata polisi. Lembaga bantuan "
                  "mengatakan pada Kamis bahwa bentrokan di sekitar Ancuabe telah membuat hampir 9.000 warga "
                  "desa mengungsi.", "id")
    assert [(t, p) for t, p, _ in ids] == [("attack", "Montepuez")]


def test_an_insurgency_that_began_with_an_attack_dates_that_attack():
    en = _events("MAPUTO, March 17 (Wire) - Insurgents attacked Montepuez on Friday, police said. The war, "
                 "which started with a raid on the port of Pemba in May 2012, has killed over 4,000 "
                 "people.", "en")
    assert ("attack", "2012-05-01") in [(t, d) for t, _, d in en]


def test_a_told_attack_a_protest_calls_by_a_quoted_name_is_no_new_one():
    en = _events("ISLAMABAD, March 17 (Wire) - Indian troops shelled villages near Kotli on Sunday night, "
                 "officials said. Pakistan's foreign ministry summoned an Indian envoy in Islamabad on "
                 "Monday over what it called \"the shelling of civilians\".", "en")
    assert [t for t, _, _ in en] == ["strike", "statement"]
    ids = _events("ISLAMABAD - Pasukan India menembaki desa-desa di dekat Kotli pada Minggu (15/3) malam, "
                  "kata pejabat. Kementerian Luar Negeri Pakistan memanggil seorang diplomat India di "
                  "Islamabad pada Senin (16/3) untuk memprotes apa yang disebutnya \"penembakan membabi "
                  "buta\" terhadap penduduk.", "id")
    assert [t for t, _, _ in ids] == ["attack", "statement"]


def test_an_assault_rifle_is_a_weapon_not_an_assault():
    en = _events("MAPUTO, March 17 (Wire) - Insurgents raided two villages in Montepuez district on Friday, "
                 "killing 11 civilians, the district administrator said. A military spokesman said troops "
                 "killed 20 insurgents near Ancuabe on Sunday. Soldiers also seized a dozen assault rifles, "
                 "he added.",
                 "en")
    assert [t for t, _, _ in en] == ["attack", "attack"]  # troops killing insurgents: a fight
    ids = _events("MAPUTO - Pemberontak menyerbu dua desa di distrik Montepuez pada Jumat (13/3), menewaskan "
                  "11 warga sipil, kata pejabat distrik. Juru bicara militer mengatakan pasukan menewaskan "
                  "20 pemberontak di dekat Ancuabe pada Minggu (15/3). Pasukan juga menyita selusin senapan "
                  "serbu, tambahnya.", "id")
    assert [t for t, _, _ in ids] == ["attack", "attack"]


def test_an_attack_a_side_is_accused_of_is_the_one_told():
    en = _events("KHARTOUM, March 17 (Wire) - A drone strike hit a market in Nyala on Sunday, killing 15 "
                 "civilians, doctors said. The paramilitaries accused the army of carrying out the attack.",
                 "en")
    assert [t for t, _, _ in en] == ["strike"]
    ids = _events("KHARTOUM - Serangan pesawat nirawak menghantam sebuah pasar di kota Nyala pada Minggu "
                  "(15/3), menewaskan 15 warga sipil, kata dokter setempat. Kelompok paramiliter menuduh "
                  "tentara melancarkan serangan itu.", "id")
    assert [t for t, _, _ in ids] == ["strike"]


def test_delegates_who_met_and_agreed_held_talks():
    en = _events("KYIV, March 17 (Wire) - Russian bombs killed nine people in Kramatorsk on Sunday, "
                 "officials said. Envoys of the two governments met in Geneva on Tuesday and agreed on a "
                 "swap of 150 detainees.", "en")
    assert ("negotiation", "Geneva") in [(t, p) for t, p, _ in en]
    ids = _events("KYIV - Bom Rusia menewaskan sembilan orang di Kramatorsk pada Minggu (15/3), kata "
                  "pejabat. Wakil kedua pemerintah bertemu di Jenewa pada Selasa (10/3) dan menyepakati "
                  "pertukaran 150 tahanan.", "id")
    assert [(t, p) for t, p, _ in ids] == [("strike", "Kramatorsk"), ("negotiation", "Geneva")]


def test_an_apposition_stands_between_no_trigger_and_its_month():
    en = _events("ADDIS ABABA, March 17 (Wire) - A drone strike killed 26 people in Debre Markos on "
                 "Saturday, residents said. Clashes between the army and the FRC, a coalition of local "
                 "militias, broke out in June 2021.", "en")
    assert [(t, d) for t, _, d in en] == [("strike", "2026-03-14"), ("attack", "2021-06-01")]
    ids = _events("ADDIS ABABA - Serangan drone menewaskan 26 orang di Debre Markos pada Sabtu (14/3), kata "
                  "warga. Bentrokan antara tentara dan FRC, sebuah koalisi milisi lokal, pecah pada Juni "
                  "2021.",
                  "id")
    assert [(t, d) for t, _, d in ids] == [("strike", "2026-03-14"), ("attack", "2021-06-01")]


def test_a_cessation_of_hostilities_is_talks_not_violence():
    # ... the talks of a month of their own after "since" are background talks of that month (event_dated)
    en = _events("SRINAGAR, March 17 (Wire) - Indian and Pakistani troops exchanged artillery fire near "
                 "Poonch on Sunday night, officials said. Officials called it the worst ceasefire violation "
                 "since both governments agreed to a cessation of hostilities in February 2021.", "en")
    assert [(t, d) for t, _, d in en] == [("attack", "2026-03-15"), ("negotiation", "2021-02-01")]
    ids = _events("SRINAGAR - Pasukan India dan Pakistan terlibat baku tembak artileri di dekat Poonch pada "
                  "Minggu malam, kata pejabat. Pejabat menyebutnya pelanggaran gencatan senjata terburuk "
                  "sejak kedua pemerintah menyepakati penghentian permusuhan pada Februari 2021.", "id")
    assert [(t, d) for t, _, d in ids] == [("strike", "2026-03-15"), ("negotiation", "2021-02-01")]


def test_a_counter_offensive_is_not_the_assault_it_answers():
    en = _events("PORT-AU-PRINCE, March 17 (Wire) - Gang members killed at least 20 people in an attack on "
                 "the town of Hinche over the weekend, the U.N. said on Tuesday. Police said they shot dead "
                 "nine gang members during a counter-offensive on Sunday.", "en")
    assert [(t, d) for t, _, d in en] == [("attack", "2026-03-14"), ("attack", "2026-03-15")]
    ids = _events("PORT-AU-PRINCE - Anggota geng menewaskan sedikitnya 20 orang dalam serangan di kota "
                  "Hinche pada akhir pekan, kata PBB pada Selasa. Polisi menyatakan telah menembak mati "
                  "sembilan anggota geng dalam serangan balik pada Minggu (15/3).", "id")
    assert [(t, d) for t, _, d in ids] == [("attack", "2026-03-14"), ("attack", "2026-03-15")]


def test_a_weapon_before_a_joiner_arms_no_predicate_after_it():
    en = _events("KYIV, March 17 (Wire) - A Russian missile hit an apartment block in Zaporizhzhia on "
                 "Monday, killing six. On Sunday, Russian troops shelled the village of Stepnohirsk with "
                 "artillery and stormed Ukrainian positions near Orikhiv the next day.", "en")
    assert [t for t, _, _ in en] == ["strike", "strike", "attack"]
    ids = _events("KYIV - Rudal Rusia menghantam gedung apartemen di kota Zaporizhzhia pada Senin (16/3), "
                  "menewaskan enam orang. Pada Minggu (15/3), pasukan Rusia menembaki desa Stepnohirsk "
                  "dengan artileri dan menyerbu posisi Ukraina di dekat Orikhiv pada hari berikutnya.", "id")
    assert [t for t, _, _ in ids] == ["strike", "strike", "attack"]


def test_an_official_condemnation_with_a_day_of_its_own_is_a_statement():
    en = _events("KHARTOUM, March 17 (Wire) - A drone strike hit a market in Nyala on Sunday, killing 15 "
                 "civilians. The African Union condemned the incident in a statement on Monday and urged "
                 "both sides to protect civilians.", "en")
    assert [(t, d) for t, _, d in en] == [("strike", "2026-03-15"), ("statement", "2026-03-16")]
    ids = _events("KHARTOUM - Serangan pesawat nirawak menghantam pasar di kota Nyala pada Minggu (15/3), "
                  "menewaskan 15 warga sipil. Kementerian Luar Negeri Sudan mengutuk serangan udara itu pada "
                  "Senin (16/3) dan mendesak penyelidikan.", "id")
    assert [(t, d) for t, _, d in ids] == [("strike", "2026-03-15"), ("statement", "2026-03-16")]


def _actors(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in warta.extract(text, lang=lang, published=PUB).events]


def test_a_foreign_strike_in_a_civil_war_makes_no_enemy_of_unnamed_attackers():
    en = _actors("MOGADISHU, March 17 (Wire) - Al Shabaab fighters captured the town of Moqokori from Somali "
                 "troops on Sunday, residents said. Separately, a U.S. airstrike killed four al Shabaab "
                 "fighters near Jilib on Sunday, U.S. Africa Command said. On Monday, militants stormed a "
                 "police station in Jalalaqsi, killing three officers.", "en")
    assert ("attack", "SO", "SO") in en and ("strike", "US", "SO") in en
    ids = _actors("MOGADISHU - Militan al-Shabaab merebut kota Moqokori dari tentara Somalia pada Minggu "
                  "(15/3), kata warga. Secara terpisah, serangan udara AS menewaskan empat militan "
                  "al-Shabaab di dekat Jilib pada Minggu (15/3), kata Komando Afrika AS. Pada Senin (16/3), "
                  "militan menyerbu kantor polisi di Jalalaqsi dan menewaskan tiga polisi.", "id")
    assert ("attack", "SO", "SO") in ids and ("strike", "US", "SO") in ids


def test_a_campaign_launched_in_a_named_year_is_that_year_s_event():
    en = _events("MOGADISHU, March 17 (Wire) - Al Shabaab fighters attacked an army base near Mahaday on "
                 "Monday, the army said. The army launched an offensive against the militants in 2019 after "
                 "a string of bombings.", "en")
    assert [(t, d) for t, _, d in en] == [("attack", "2026-03-16"), ("attack", "2019-01-01")]
    ids = _events("MOGADISHU - Militan al-Shabaab menyerang pangkalan militer di dekat Mahaday pada Senin "
                  "(16/3), kata tentara. Tentara melancarkan ofensif terhadap kelompok militan itu pada 2019 "
                  "setelah serangkaian pengeboman.", "id")
    assert [(t, d) for t, _, d in ids] == [("attack", "2026-03-16"), ("attack", "2019-01-01")]


def test_the_town_the_wounded_died_on_the_way_to_is_no_event_s_place():
    en = _events("JAYAPURA, March 17 (Wire) - Gunmen attacked an army post in Mapenduma district in Nduga on "
                 "Saturday, wounding two soldiers. The two men died while being taken to Wamena, the army "
                 "said.",
                 "en")
    assert [(t, d) for t, _, d in en] == [("attack", "2026-03-14")]
    ids = _events("JAYAPURA - Kelompok bersenjata menyerang pos TNI di Distrik Mapenduma, Kabupaten Nduga, "
                  "pada Sabtu (14/3), melukai dua prajurit. Mereka tewas saat dilarikan ke rumah sakit di "
                  "Wamena.", "id")
    assert [(t, d) for t, _, d in ids] == [("attack", "2026-03-14")]


def test_a_date_after_a_verb_of_holding_dates_the_talks_that_are_its_subject():
    en = _events("MANILA, March 17 (Wire) - Communist rebels ambushed an army patrol near Kabankalan on "
                 "Sunday, killing two soldiers. Talks between the government and the rebels that Norway "
                 "brokers were last held in Oslo in May.", "en")
    assert [(t, p, d) for t, p, d in en][1:] == [("negotiation", "Oslo", "2025-05-01")]
    ids = _events("MANILA - Pemberontak komunis menyergap patroli tentara di dekat Kabankalan pada Minggu "
                  "(15/3), menewaskan dua tentara. Perundingan antara pemerintah dan pemberontak komunis "
                  "yang ditengahi Norwegia terakhir kali diadakan di Oslo pada Mei lalu.", "id")
    assert [(t, p, d) for t, p, d in ids][1:] == [("negotiation", "Oslo", "2025-05-01")]
