"""Background told in a clause of its own: a "since" clause with its own month and place, two days
joined as one span, and a toll in a paragraph that goes on with a pronoun."""

from datetime import date

import warta

PUB = date(2024, 6, 12)  # a Wednesday


def test_a_since_clause_with_its_own_month_and_place_is_an_event_in_both_languages():
    for code, text in (
            ("en", "Gunmen shot dead four farmers near Gusau on Tuesday, police said.\n"
                   "Attacks have grown in the district since bandits overran the town of Tsafe in March, "
                   "residents said."),
            ("id", "Orang bersenjata menembak mati empat petani di dekat Gusau pada Selasa, kata polisi.\n"
                   "Serangan meningkat di distrik itu sejak bandit menguasai kota Tsafe pada Maret, "
                   "kata warga.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        got = [(e.type, e.place.name, e.date.start, e.date.end) for e in evs if e.type == "capture"]
        assert got == [("capture", "Tsafe", date(2024, 3, 1), date(2024, 3, 31))], (text, evs)
    # ... one that names no place of its own stays a point of reference
    for code, text in (
            ("en", "Attacks have grown in Zamfara since the army launched an offensive in March."),
            ("id", "Serangan meningkat di Zamfara sejak tentara melancarkan serangan pada Maret.")):
        assert not warta.extract(text, lang=code, published=PUB).events, text


def test_two_days_joined_as_a_span_date_one_event_over_both():
    for code, text in (
            ("en", "Russian drones struck the port of Izmail from Monday night until Tuesday morning, "
                   "killing two people, the governor said."),
            ("id", "Drone Rusia menghantam pelabuhan Izmail pada Senin malam hingga Selasa pagi, "
                   "menewaskan dua orang, kata gubernur.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [(e.type, e.date.start, e.date.end) for e in evs] == [
            ("strike", date(2024, 6, 10), date(2024, 6, 11))], (text, evs)


def test_a_toll_in_a_paragraph_opened_by_a_pronoun_is_that_of_the_told_capture():
    for code, text in (
            ("en", "Rebels said on Tuesday they had captured an army base near the town of Kalehe.\n"
                   "They said dozens of soldiers were killed and 30 others surrendered."),
            ("id", "Pemberontak mengatakan pada Selasa mereka telah merebut markas tentara di dekat "
                   "kota Kalehe.\n"
                   "Mereka mengatakan puluhan tentara tewas dan 30 lainnya menyerah.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [e.type for e in evs] == ["capture"], (text, evs)


def test_a_capture_told_in_a_relative_clause_took_the_place_before_it():
    for code, text in (
            ("en", "Troops retook the village of Synkivka on Tuesday, the army said.\n"
                   "Shelling went on near Kupiansk, which Russian forces had overrun in March."),
            ("id", "Tentara merebut kembali desa Synkivka pada Selasa, kata militer.\n"
                   "Penembakan berlanjut di dekat Kupiansk yang direbut pasukan Rusia pada Maret.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        got = [(e.type, e.place.name.split()[0], e.actor, e.date.start) for e in evs]
        assert ("capture", "Kupyansk", "RU", date(2024, 3, 1)) in got, (text, evs)  # the town, not its raion


def test_a_glide_bomb_attack_is_a_strike():
    for code, text in (
            ("en", "A glide bomb attack on the village of Zolochiv wounded a woman on Tuesday, "
                   "the governor said."),
            ("id", "Serangan bom luncur ke desa Zolochiv melukai seorang perempuan pada Selasa, "
                   "kata gubernur.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [e.type for e in evs] == ["strike"], (text, evs)


def test_a_sentence_opening_with_the_told_strike_tells_it_again():
    # the place the second sentence names is no reason for a second strike ('Kani' has a namesake far off)
    for code, text in (
            ("en", "A military jet bombed a village in Sagaing region on Monday, killing 14 people, "
                   "residents said.\n"
                   "The strike hit Let Pan Hla village in Kani township as people gathered for a funeral."),
            ("id", "Jet militer mengebom sebuah desa di wilayah Sagaing pada Senin, menewaskan 14 orang, "
                   "kata warga.\n"
                   "Serangan itu menghantam desa Let Pan Hla di kota Kani saat warga berkumpul "
                   "untuk pemakaman.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [(e.type, e.date.start) for e in evs] == [("strike", date(2024, 6, 10))], (text, evs)


def test_a_date_of_the_triggers_own_clause_dates_it_before_a_nearer_one_beyond_a_comma():
    for code, text in (
            ("en", "KHARTOUM, June 12 (Reuters) - Fighting raged in El Fasher on Tuesday.\n"
                   "The RSF, formed in 2013, seized the town of Mellit in April."),
            ("id", "KHARTOUM, Antara - Pertempuran berkecamuk di El Fasher pada Selasa.\n"
                   "RSF, yang dibentuk pada 2013, merebut kota Mellit pada April.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        got = [(e.type, e.place.name, e.date.start, e.date.end) for e in evs]
        assert got == [("capture", "Mellit", date(2024, 4, 1), date(2024, 4, 30))], (text, evs)


def test_a_date_in_a_relative_clause_dates_only_that_clause():
    for code, text in (
            ("en", "KHARTOUM, June 12 (Reuters) - The army retook the town of Mellit, which the RSF had "
                   "overrun in April, a military spokesman said."),
            ("id", "KHARTOUM, Antara - Tentara merebut kembali kota Mellit, yang direbut RSF pada April, "
                   "kata juru bicara militer.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        got = sorted((e.type, e.place.name, e.date.start, e.date.end) for e in evs)
        assert got == [("capture", "Mellit", date(2024, 4, 1), date(2024, 4, 30)),
                       ("capture", "Mellit", date(2024, 6, 11), date(2024, 6, 12))], (text, evs)


def test_a_when_clause_after_a_death_verb_has_its_own_subject():
    for code, text in (
            ("en", "In northern Gaza, two people were killed when Israel's drones fired on a group of "
                   "residents near Jabalia on Tuesday, Gaza's civil defence said."),
            ("id", "Di Gaza utara, dua orang tewas ketika pesawat nirawak Israel menembaki sekelompok warga "
                   "di dekat Jabalia pada Selasa, menurut pertahanan sipil Gaza.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [(e.type, e.actor, e.target) for e in evs] == [("strike", "IL", "PS")], (text, evs)


def test_a_country_named_beside_a_border_word_is_no_party():
    for code, text in (
            ("en", "Rebels attacked an army post in Tibu near the Venezuelan border on Tuesday, "
                   "officials said."),
            ("id", "Pemberontak menyerang pos tentara di Tibu dekat perbatasan Venezuela pada Selasa, "
                   "kata pejabat.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [(e.type, e.target) for e in evs] == [("attack", "CO")], (text, evs)


def test_an_after_clause_after_a_death_verb_has_its_own_subject():
    for code, text in (
            ("en", "In Russia's Belgorod region, a civilian was killed on Sunday after Ukraine's drones "
                   "hit a truck in the town of Shebekino, the governor said."),
            ("id", "Di wilayah Belgorod, Rusia, seorang warga sipil tewas pada Minggu setelah drone Ukraina "
                   "menghantam sebuah truk di kota Shebekino, kata gubernur.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [(e.type, e.actor, e.target) for e in evs] == [("strike", "UA", "RU")], (text, evs)


def test_a_drone_attack_noun_takes_its_owner_after_it():
    # Indonesian names the owner after the noun, as it does after 'serangan udara'
    for code, text in (
            ("en", "Zaporizhzhia governor Ivan Fedorov said a drone attack by Russia on the city of "
                   "Zaporizhzhia on Sunday night wounded five people."),
            ("id", "Gubernur Zaporizhzhia Ivan Fedorov mengatakan serangan pesawat nirawak Rusia ke kota "
                   "Zaporizhzhia pada Minggu malam melukai lima orang.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [(e.type, e.actor, e.target) for e in evs] == [("strike", "RU", "UA")], (text, evs)


def test_an_after_clause_with_its_own_month_and_place_is_an_event():
    for code, text in (
            ("en", "KHARTOUM, June 12 (Reuters) - Fighting raged around El Fasher on Tuesday, a month after "
                   "the RSF overran the town of Mellit in May."),
            ("id", "KHARTOUM, Antara - Pertempuran berkecamuk di sekitar El Fasher pada Selasa, sebulan "
                   "setelah RSF merebut kota Mellit pada Mei.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        got = [(e.type, e.place.name, e.date.start, e.date.end) for e in evs if e.type == "capture"]
        assert got == [("capture", "Mellit", date(2024, 5, 1), date(2024, 5, 31))], (text, evs)


def test_a_since_clause_with_a_few_days_of_its_own_is_an_event():
    for code, text in (
            ("en", "Shelling has not stopped since Russian forces overran the town of Vovchansk in late May, "
                   "residents said."),
            ("id", "Penembakan tidak berhenti sejak pasukan Rusia merebut kota Vovchansk pada akhir Mei, "
                   "kata warga.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [(e.type, e.actor, e.place.name, e.date.start) for e in evs] == [
            ("capture", "RU", "Vovchansk", date(2024, 5, 21))], (text, evs)


def test_a_toll_in_a_paragraph_a_source_opens_is_that_of_the_told_capture():
    for code, text in (
            ("en", "Rebels said on Tuesday they had captured an army base near the town of Kalehe.\n"
                   "A military spokesman said dozens of soldiers were killed and 30 others surrendered."),
            ("id", "Pemberontak mengatakan pada Selasa mereka telah merebut markas tentara di dekat "
                   "kota Kalehe.\n"
                   "Juru bicara militer mengatakan puluhan tentara tewas dan 30 lainnya menyerah.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [e.type for e in evs] == ["capture"], (text, evs)


def test_a_date_that_opens_the_sentence_dates_its_main_clause_before_a_later_month():
    for code, text in (
            ("en", "On Tuesday, rebels attacked the town of Kalehe taken by the army in March, "
                   "residents said."),
            ("id", "Pada Selasa, pemberontak menyerang kota Kalehe yang direbut tentara pada Maret, "
                   "kata warga.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert ("attack", date(2024, 6, 11)) in [(e.type, e.date.start) for e in evs], (text, evs)


def test_a_day_in_a_relative_clause_dates_the_told_event_too():
    for code, text in (
            ("en", "KYIV, June 13 (Reuters) - Russia launched a missile strike on Kharkiv, which killed "
                   "three people on Tuesday, officials said."),
            ("id", "KYIV, Antara - Rusia melancarkan serangan rudal ke Kharkiv, yang menewaskan tiga orang "
                   "pada Selasa, kata pejabat.")):
        evs = warta.extract(text, lang=code, published=date(2024, 6, 13)).events
        assert [(e.type, e.date.start) for e in evs] == [("strike", date(2024, 6, 11))], (text, evs)
