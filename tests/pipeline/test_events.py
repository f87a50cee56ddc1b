from datetime import date

import warta
from warta.lang import load
from warta.model import Figure, PlaceMention, Quantity, TimeMention
from warta.pipeline.events import find_events
from warta.pipeline.segment import sentences

PUB = date(2025, 1, 5)


def place(text, name, *, precision="settlement", admin1="RU.41", country="RU", actor=False,
          lat=51.0, lon=36.0, last=False):
    def make(t):
        at = t.rindex(text) if last else t.index(text)
        return PlaceMention(at, at + len(text), text, name, lat, lon, country, precision,
                            admin1=admin1, actor_use=actor)
    return make


def time(text, start, end, *, kind="point", precision="day", last=False):
    def make(t):
        at = t.rindex(text) if last else t.index(text)
        return TimeMention(at, at + len(text), text, start, end, precision, kind)
    return make


def figure(text, *, running=False):
    def make(t):
        at = t.index(text)
        qty = Quantity(at, at + len(text), text, 1.0, 1.0, 1.0)
        return Figure(at, at + len(text), text, qty, "civilians", "killed", running_total=running)
    return make


def events(text, code, places=(), times=(), figures=()):
    lang = load(code)
    return find_events(text, lang, sentences(text, lang), [f(text) for f in times],
                       [f(text) for f in places], [f(text) for f in figures], PUB)


def quote(ev, text):
    return [text[s.start:s.end] for s in ev.evidence]


def test_events_type_place_date_and_sides():
    text = "Pasukan Ukraina melancarkan serangan balasan ke desa Berdin pada hari Minggu."
    (ev,) = events(text, "id", [place("Berdin", "Berdin")],
                   [time("pada hari Minggu", PUB, PUB)])
    assert (ev.type, ev.actor, ev.place.name, ev.date.start) == ("attack", "UA", "Berdin", PUB)
    assert ev.trigger.text == "melancarkan serangan"
    assert text[ev.evidence[0].start:ev.evidence[0].end] == ev.evidence[0].text


def test_events_strike_outranks_killing_and_target_follows_trigger():
    text = "Russian drones struck Ukraine's port of Izmail on Saturday, killing two people."
    (ev,) = events(text, "en", [place("Izmail", "Izmail", country="UA", admin1="UA.17")],
                   [time("on Saturday", date(2025, 1, 4), date(2025, 1, 4))])
    assert (ev.type, ev.actor, ev.target) == ("strike", "RU", "UA")


def test_events_need_a_date_or_a_named_place_outside_the_lead():
    text = ("First line about Novaya.\nSecond line.\nThird line.\n"
            "Troops attacked the village.")
    assert events(text, "en", [place("Novaya", "Novaya")]) == []  # only the main place: no event
    assert len(events("Troops attacked the village of Novaya.", "en", [place("Novaya", "Novaya")])) == 1


def test_events_undated_with_a_named_place_get_the_breaking_window():
    text = ("First line about the war.\nSecond line.\nThird line.\n"
            "Russian forces badly damaged an apartment block in Novaya.")
    (ev,) = events(text, "en", [place("Novaya", "Novaya", country="UA", admin1="UA.07")])
    assert (ev.type, ev.place.name) == ("strike", "Novaya")
    assert (ev.date.start, ev.date.end) == (date(2025, 1, 4), PUB)


def test_events_skip_direct_speech():
    text = "“We attacked them near Novaya on Sunday,” the commander said."
    assert events(text, "en", [place("Novaya", "Novaya")],
                  [time("on Sunday", PUB, PUB)]) == []


def test_events_same_type_in_one_region_merge_with_both_evidence():
    text = ("Ukrainian units launched a fresh assault across the Kursk border on Sunday. "
            "The assault pushed on towards Berdin on Sunday.")
    evs = events(text, "en",
                 [place("Kursk", "Kursk Oblast", precision="admin1"), place("Berdin", "Berdin")],
                 [time("on Sunday", PUB, PUB), time("on Sunday", PUB, PUB, last=True)])
    assert len(evs) == 1
    assert evs[0].place.name == "Berdin" and len(evs[0].evidence) == 2


def test_events_actor_use_of_a_capital_is_not_a_location():
    text = "Moskow pada hari Sabtu menjanjikan pembalasan atas serangan di Belgorod."
    (ev,) = events(text, "id", [place("Moskow", "Moscow", actor=True), place("Belgorod", "Belgorod")],
                   [time("pada hari Sabtu", date(2025, 1, 4), date(2025, 1, 4))])
    assert ev.type == "threat" and ev.place.name == "Belgorod"


def test_events_a_side_after_an_indonesian_attack_noun_is_the_attacker():
    text = "Serangan rudal balistik Rusia menghantam kota Odesa pada hari Jumat."
    (ev,) = events(text, "id", [place("Odesa", "Odesa", country="UA", admin1="UA.17")],
                   [time("pada hari Jumat", date(2025, 1, 3), date(2025, 1, 3))])
    assert (ev.type, ev.actor, ev.target) == ("strike", "RU", "UA")


def test_events_a_side_after_by_acts_and_after_on_is_struck():
    text = "A drone attack by Russia on Ukraine's port of Izmail wounded two people on Friday."
    (ev,) = events(text, "en", [place("Izmail", "Izmail", country="UA", admin1="UA.17")],
                   [time("on Friday", date(2025, 1, 3), date(2025, 1, 3))])
    assert (ev.actor, ev.target) == ("RU", "UA")


def test_events_narration_after_a_closing_quote_counts():
    text = ("“We ran out and saw the dust,” said Ahmad, a resident of Tira, "
            "where the rocket hit on Saturday.")
    (ev,) = events(text, "en", [place("Tira", "Tira", country="IL", admin1="IL.02")],
                   [time("on Saturday", date(2025, 1, 4), date(2025, 1, 4))])
    assert (ev.type, ev.place.name, ev.trigger.text) == ("strike", "Tira", "hit")
    text = ("\"Kami melihat debu di mana-mana,\" kata Rudi, warga Tira, "
            "tempat roket itu menghantam pada Sabtu.")
    (ev,) = events(text, "id", [place("Tira", "Tira", country="IL", admin1="IL.02")],
                   [time("pada Sabtu", date(2025, 1, 4), date(2025, 1, 4))])
    assert (ev.type, ev.trigger.text) == ("strike", "menghantam")


def test_events_speech_spanning_sentences_is_skipped_but_scare_quotes_are_not():
    text = "“The enemy shelled Novaya on Sunday. Then they attacked again,” the governor said."
    assert events(text, "en", [place("Novaya", "Novaya")], [time("on Sunday", PUB, PUB)]) == []
    text = "Militer menyatakan melanjutkan \"aktivitas operasional\" di Novaya pada hari Minggu."
    (ev,) = events(text, "id", [place("Novaya", "Novaya")], [time("pada hari Minggu", PUB, PUB)])
    assert ev.type == "attack"


def test_events_negated_or_hypothetical_triggers_are_no_events():
    novaya, sunday = [place("Novaya", "Novaya")], [time("on Sunday", PUB, PUB)]
    assert events("Moscow denied attacking Novaya on Sunday.", "en", novaya, sunday) == []
    assert events("The army said on Sunday it will attack Novaya.", "en", novaya, sunday) == []
    (ev,) = events("The rebels threatened on Sunday to attack Novaya.", "en", novaya, sunday)
    assert ev.type == "threat"
    minggu = [time("pada hari Minggu", PUB, PUB)]
    assert events("Rusia membantah menyerang Novaya pada hari Minggu.", "id", novaya, minggu) == []
    assert events("Pasukan akan menyerang Novaya pada hari Minggu.", "id", novaya, minggu) == []
    assert events("Mereka bersaing untuk menguasai Novaya pada hari Minggu.", "id", novaya, minggu) == []


def test_events_ongoing_background_is_no_event():
    novaya = [place("Novaya", "Novaya")]
    assert events("Rescue work was hampered by ongoing Russian attacks on Novaya.", "en", novaya) == []
    assert events("Hizbullah mulai menembakkan roket ke Novaya.", "id", novaya) == []


def test_events_a_date_spanning_months_marks_background():
    novaya = [place("Novaya", "Novaya")]
    assert events("Fighting has escalated around Novaya since September.", "en", novaya,
                  [time("since September", date(2024, 9, 1), PUB, kind="since", precision="range")]) == []
    assert events("Pertempuran di Novaya meningkat pada bulan Desember.", "id", novaya,
                  [time("pada bulan Desember", date(2024, 12, 1), date(2024, 12, 31),
                        precision="month")]) == []


def test_events_deaths_amid_fighting_are_a_killing():
    (ev,) = events("At least 40 people were killed in Goma amid fighting with rebels.", "en",
                   [place("Goma", "Goma", country="CD", admin1="CD.11")])
    assert ev.type == "killing"
    (ev,) = events("Sedikitnya 40 orang tewas di Goma di tengah pertempuran dengan pemberontak.", "id",
                   [place("Goma", "Goma", country="CD", admin1="CD.11")])
    assert ev.type == "killing"


def test_events_an_attack_with_bombs_or_missiles_is_a_strike():
    kharkiv = [place("Kharkiv", "Kharkiv", country="UA", admin1="UA.07")]
    (ev,) = events("Russian forces attacked the city of Kharkiv with guided aerial bombs.", "en", kharkiv)
    assert ev.type == "strike"
    (ev,) = events("Pasukan Rusia menyerang kota Kharkiv dengan rudal balistik.", "id", kharkiv)
    assert ev.type == "strike"
    (ev,) = events("Russian troops attacked Kharkiv, then fired missiles at Sumy.", "en", kharkiv)
    assert ev.type == "strike"  # fired missiles: the stronger trigger
    (ev,) = events("Infantry attacked Kharkiv, the army said, adding that missiles were spotted.",
                   "en", kharkiv)
    assert ev.type == "attack"  # the missiles are in another clause


def test_events_destruction_is_its_own_event_beside_the_attack():
    text = "Selain itu, belasan rumah dibakar dalam penyerangan di Novaya pada Rabu."
    evs = events(text, "id", [place("Novaya", "Novaya")], [time("pada Rabu", PUB, PUB)])
    assert sorted(e.type for e in evs) == ["attack", "destruction"]
    text = "Gunmen burned a dozen houses in a raid on Novaya on Wednesday."
    evs = events(text, "en", [place("Novaya", "Novaya")], [time("on Wednesday", PUB, PUB)])
    assert sorted(e.type for e in evs) == ["attack", "destruction"]


def test_events_two_dated_clauses_give_two_events():
    odesa = place("Odesa", "Odesa", country="UA", admin1="UA.17", lat=46.5, lon=30.7)
    belgorod = place("Belgorod", "Belgorod", admin1="RU.09", lat=50.6, lon=36.6)
    text = ("Russian drones struck Odesa on Friday, a day after Ukrainian troops "
            "attacked Belgorod on Thursday.")
    evs = events(text, "en", [odesa, belgorod],
                 [time("on Friday", date(2025, 1, 3), date(2025, 1, 3)),
                  time("on Thursday", date(2025, 1, 2), date(2025, 1, 2))])
    assert [(e.type, e.place.name, e.date.start.day) for e in evs] == [
        ("strike", "Odesa", 3), ("attack", "Belgorod", 2)]
    text = ("Drone Rusia menghantam Odesa pada Jumat, sehari setelah pasukan Ukraina "
            "menyerbu Belgorod pada Kamis.")
    evs = events(text, "id", [odesa, belgorod],
                 [time("pada Jumat", date(2025, 1, 3), date(2025, 1, 3)),
                  time("pada Kamis", date(2025, 1, 2), date(2025, 1, 2))])
    assert [(e.type, e.place.name) for e in evs] == [("strike", "Odesa"), ("attack", "Belgorod")]


def test_events_take_the_date_of_the_previous_sentence_of_their_paragraph():
    text = ("One.\nTwo.\nThree.\n"
            "The army reported the incident on Saturday. A rocket hit a house in Haifa.")
    (ev,) = events(text, "en", [place("Haifa", "Haifa", country="IL", admin1="IL.03")],
                   [time("on Saturday", date(2025, 1, 4), date(2025, 1, 4))])
    assert ev.date.start == ev.date.end == date(2025, 1, 4) and ev.trigger.text == "hit"
    text = "One.\nTwo.\nThree.\nThe army reported the incident on Saturday.\nA rocket hit a house in Haifa."
    (ev,) = events(text, "en", [place("Haifa", "Haifa", country="IL", admin1="IL.03")],
                   [time("on Saturday", date(2025, 1, 4), date(2025, 1, 4))])
    assert ev.date.start == date(2025, 1, 4) and ev.date.end == PUB  # another paragraph: breaking window


def test_events_take_the_last_date_told_earlier_in_their_paragraph():
    # the date may lie two sentences back, as long as no paragraph break stands between
    text = ("One.\nTwo.\nThree.\n"
            "The monitor has kept its count since Monday. Most were men. "
            "Ten guards died in Israeli airstrikes near Sweida.")
    week = time("since Monday", date(2024, 12, 30), PUB, kind="since", precision="range")
    sweida = place("Sweida", "Sweida", country="SY", admin1="SY.15")
    (ev,) = events(text, "en", [sweida], [week])
    assert (ev.type, ev.date.start, ev.date.end) == ("strike", date(2024, 12, 30), PUB)
    text = ("Satu.\nDua.\nTiga.\n"
            "Pemantau terus menghitung sejak Senin. Sebagian besar laki-laki. "
            "Sepuluh penjaga tewas dalam serangan udara Israel di dekat Sweida.")
    week = time("sejak Senin", date(2024, 12, 30), PUB, kind="since", precision="range")
    (ev,) = events(text, "id", [sweida], [week])
    assert (ev.type, ev.date.start, ev.date.end) == ("strike", date(2024, 12, 30), PUB)
    text = text.replace("laki-laki. ", "laki-laki.\n")  # a new paragraph starts afresh
    assert [e.date.start for e in events(text, "id", [sweida], [week])] == [date(2025, 1, 4)]


def test_events_a_country_after_a_locative_word_is_where_its_own_side_acted():
    # "in Haiti" names where the Haitian gangs killed, not only who killed
    geneva = place("Geneva", "Geneva", country="CH", admin1="CH.GE", lat=46.2, lon=6.1)
    haiti = place("Haiti", "Haiti", country="HT", precision="country", admin1=None, lat=19.0, lon=-72.4)
    for code, text, when in (
            ("en", "Donors met in Geneva.\nIn the first quarter, gangs in Haiti killed 900 people, "
                   "the UN said.", "the first quarter"),
            ("id", "Para donor bertemu di Jenewa.\nPada kuartal pertama, geng di Haiti menewaskan 900 orang, "
                   "kata PBB.", "kuartal pertama")):
        jenewa = place("Jenewa", "Geneva", country="CH", admin1="CH.GE")
        places = [geneva, haiti] if code == "en" else [jenewa, haiti]
        quarter = time(when, date(2024, 1, 1), date(2024, 3, 31), precision="range")
        (ev,) = events(text, code, places, [quarter], [figure("900 people" if code == "en" else "900 orang")])
        assert (ev.type, ev.place.name, ev.actor) == ("killing", "Haiti", "HT")


def test_events_a_dateline_is_not_where_it_happened():
    text = "Tel Aviv, VIVA – Lebanon launched rockets at Israel on Saturday."
    (ev,) = events(text, "en", [place("Tel Aviv", "Tel Aviv", country="IL", admin1="IL.05"),
                                place("Israel", "Israel", country="IL", precision="country", admin1=None)],
                   [time("on Saturday", date(2025, 1, 4), date(2025, 1, 4))])
    assert ev.place.name == "Israel"


def test_a_datelines_date_splits_no_sentence_into_two_events():
    text = ("KYIV, Jan 5 (Reuters) - Russian troops pulled back from the village of Novaya "
            "after days of fighting, Ukraine said on Sunday.")
    places = [place("KYIV", "Kyiv", country="UA", admin1="UA.12"), place("Novaya", "Novaya")]
    times = [time("Jan 5", PUB, PUB), time("on Sunday", PUB, PUB)]
    (ev,) = events(text, "en", places, times)
    assert (ev.type, ev.place.name) == ("retreat", "Novaya")
    text = "KYIV, 5 Januari - Pasukan Rusia mundur dari desa Novaya, kata Ukraina pada hari Minggu."
    places = [place("KYIV", "Kyiv", country="UA", admin1="UA.12"), place("Novaya", "Novaya")]
    times = [time("5 Januari", PUB, PUB), time("pada hari Minggu", PUB, PUB)]
    (ev,) = events(text, "id", places, times)
    assert (ev.type, ev.place.name) == ("retreat", "Novaya")


def test_a_web_outlets_dateline_is_one():
    from warta.model import Sentence
    from warta.pipeline.event_places import is_dateline

    for text in ("Liputan6.com, Jayapura - Dua prajurit gugur di Distrik Sugapa.",
                 "Bisnis.com, JAKARTA - Militer menyebut 20 tentara tewas.",
                 "Example.co.id, Jayapura - Two soldiers died in Sugapa."):
        city = text.split(", ")[1].split(" ")[0]
        at = text.index(city)
        mention = PlaceMention(at, at + len(city), city, city, None, None, "ID", "settlement")
        assert is_dateline(text, mention, Sentence(0, 0, len(text))), text
    text = "Many residents of Jayapura - and of nearby towns - fled."
    at = text.index("Jayapura")
    mention = PlaceMention(at, at + 8, "Jayapura", "Jayapura", None, None, "ID", "settlement")
    assert not is_dateline(text, mention, Sentence(0, 0, len(text)))


def test_events_the_leads_dateline_is_no_fallback_place():
    # the event's own sentence names its place beyond the trigger's reach; the story's
    # main place would be the dateline, where it was filed
    for code, text in (
        ("en", "Kyiv - Russia launched its largest combined assault of the war on Saturday night against "
               "regions across the country, and at least 12 people died, three of them in Zhytomyr."),
        ("id", "Kyiv - Rusia melancarkan serangan gabungan terbesar sejak awal perang ke berbagai wilayah "
               "pada Sabtu malam, dan sedikitnya 12 orang tewas, tiga di antaranya di Zhytomyr.")):
        kyiv = place("Kyiv", "Kyiv", country="UA", admin1="UA.12", precision="admin1")
        zhytomyr = place("Zhytomyr", "Zhytomyr Oblast", country="UA", admin1="UA.27", precision="admin1")
        night = time("Saturday night" if code == "en" else "Sabtu malam", date(2025, 1, 4), date(2025, 1, 4))
        found = events(text, code, [kyiv, zhytomyr], [night])
        assert found and all(ev.place.name == "Zhytomyr Oblast" for ev in found), (code, found)


def test_events_a_capture_is_placed_where_the_trigger_points():
    text = ("Saat pertempuran berkecamuk di Goma, tentara berhasil merebut kembali desa-desa "
            "di wilayah Kalehe pada Selasa.")
    (ev,) = events(text, "id", [place("Goma", "Goma", country="CD", admin1="CD.11"),
                                place("Kalehe", "Kalehe", country="CD", admin1="CD.12", precision="admin2")],
                   [time("pada Selasa", PUB, PUB)])
    assert (ev.type, ev.place.name) == ("capture", "Kalehe")


def test_events_an_opening_place_frames_the_sentence():
    text = ("In Rafah, in the south of the strip, a resident who asked not to be named "
            "said a house was hit on Friday.")
    (ev,) = events(text, "en", [place("Rafah", "Rafah", country="PS", admin1="PS.01")],
                   [time("on Friday", date(2025, 1, 3), date(2025, 1, 3))])
    assert ev.place.name == "Rafah"


def test_events_a_headline_joins_the_story_event():
    text = ("Houthi drones downed over the Red Sea\n"
            "Forces destroyed four drones fired at a warship in the Red Sea on Thursday.")
    sea = place("Red Sea", "Red Sea", precision="region", country=None, admin1=None)
    (ev,) = events(text, "en", [sea],
                   [time("on Thursday", date(2025, 1, 2), date(2025, 1, 2))])
    assert ev.type == "strike" and [e.text for e in ev.evidence] == text.split("\n")
    text = "Dozens Killed in Fighting in Goma\nAt least 40 people were killed in Goma amid fighting."
    (ev,) = events(text, "en", [place("Goma", "Goma", country="CD", admin1="CD.11", last=True)])
    assert ev.type == "killing" and len(ev.evidence) == 2


def test_events_the_breaking_window_gives_way_to_the_article_date():
    text = ("Serangan kelompok bersenjata di Kampung Lambera menewaskan tiga warga.\n"
            "Rumah warga dibakar dalam penyerangan yang berlangsung Rabu (1/1/2025).")
    evs = events(text, "id", [place("Kampung Lambera", "Lambera", country="ID", admin1="ID.40")],
                 [time("Rabu (1/1/2025)", date(2025, 1, 1), date(2025, 1, 1))])
    attack = next(e for e in evs if e.type == "attack")
    assert attack.date.start == attack.date.end == date(2025, 1, 1) and len(attack.evidence) == 2


def test_events_at_distant_towns_of_one_region_stay_apart():
    text = ("Russian bombs hit Kharkiv on Sunday.\n"
            "Russian forces also badly damaged a building in Kupiansk on Sunday.")
    evs = events(text, "en", [
        place("Kharkiv", "Kharkiv", country="UA", admin1="UA.07", lat=49.98, lon=36.25),
        place("Kupiansk", "Kupiansk", country="UA", admin1="UA.07", lat=49.71, lon=37.61)],
                 [time("on Sunday", date(2025, 1, 4), date(2025, 1, 4)),
                  time("on Sunday", date(2025, 1, 4), date(2025, 1, 4), last=True)])
    assert [e.place.name for e in evs] == ["Kharkiv", "Kupiansk"]


def test_events_a_toll_of_running_totals_is_no_killing():
    text = "Deaths in Novaya now total 1,200 since the war began, the ministry said on Sunday."
    assert events(text, "en", [place("Novaya", "Novaya")], [time("on Sunday", PUB, PUB)],
                  [figure("1,200", running=True)]) == []
    assert len(events(text, "en", [place("Novaya", "Novaya")], [time("on Sunday", PUB, PUB)],
                      [figure("1,200")])) == 1


def test_events_look_alikes_are_no_events():
    novaya, sunday = [place("Novaya", "Novaya")], [time("on Sunday", PUB, PUB)]
    assert events("Unions in Novaya called a general strike on Sunday.", "en", novaya, sunday) == []
    assert events("Buruh di Novaya melakukan aksi mogok pada hari Minggu.", "id", novaya,
                  [time("pada hari Minggu", PUB, PUB)]) == []


def test_events_the_possessor_of_an_indonesian_attack_noun_acts_whoever_speaks():
    text = "Menurut kementerian, 61 warga tewas akibat serangan Israel di Baalbek pada Jumat."
    (ev,) = events(text, "id", [place("Baalbek", "Baalbek", country="LB", admin1="LB.04")],
                   [time("pada Jumat", date(2025, 1, 3), date(2025, 1, 3))])
    assert (ev.type, ev.actor, ev.target) == ("strike", "IL", "LB")


def test_events_the_actors_own_country_is_not_where_it_acted():
    text = "Pasukan Ukraina melancarkan serangan baru ke Rusia pada hari Minggu."
    (ev,) = events(text, "id", [place("Ukraina", "Ukraine", precision="country", country="UA", admin1=None),
                                place("Rusia", "Russia", precision="country", country="RU", admin1=None)],
                   [time("pada hari Minggu", PUB, PUB)])
    assert (ev.actor, ev.place.name) == ("UA", "Russia")


def test_events_held_territory_and_habits_are_no_events():
    text = "Satu.\nDua.\nTiga.\nWilayah yang dikuasai di Kursk dapat menjadi alat tawar."
    assert events(text, "id", [place("Kursk", "Kursk Oblast", precision="admin1")]) == []
    text = "One.\nTwo.\nThree.\nThe city of Kharkiv is repeatedly shelled by Russian forces."
    assert events(text, "en", [place("Kharkiv", "Kharkiv", country="UA", admin1="UA.07")]) == []


def test_events_undated_outside_the_lead_need_a_place_finer_than_a_country():
    text = "One.\nTwo.\nThree.\nRussian forces attacked Ukraine."
    assert events(text, "en", [place("Ukraine", "Ukraine", precision="country", country="UA",
                                     admin1=None, last=True)]) == []


def test_events_after_a_passive_the_side_before_is_the_target():
    text = "Four Palestinians were killed on Sunday during clashes with Israeli troops in Jenin."
    (ev,) = events(text, "en", [place("Jenin", "Jenin", country="PS", admin1="PS.03")],
                   [time("on Sunday", PUB, PUB)])
    assert (ev.type, ev.actor, ev.target) == ("attack", "IL", "PS")
    text = "Pos tentara Ukraina diserang oleh pasukan Rusia di Novaya pada hari Minggu."
    (ev,) = events(text, "id", [place("Novaya", "Novaya", country="UA", admin1="UA.07")],
                   [time("pada hari Minggu", PUB, PUB)])
    assert (ev.type, ev.actor, ev.target) == ("attack", "RU", "UA")


def test_events_in_listed_places_are_one_event_each():
    tartus = place("Tartous", "Tartus", country="SY", admin1="SY.14", lat=34.9, lon=35.9)
    latakia = place("Latakia", "Latakia", country="SY", admin1="SY.02", lat=35.5, lon=35.8)
    hama = place("Hama", "Hama", country="SY", admin1="SY.10", precision="admin1", lat=35.2, lon=36.8)
    text = "Gunmen killed 40 civilians in Tartous, Latakia and Hama on Sunday."
    evs = events(text, "en", [tartus, latakia, hama], [time("on Sunday", PUB, PUB)])
    assert sorted(e.place.name for e in evs) == ["Hama", "Latakia", "Tartus"]
    text = "Kelompok bersenjata membunuh 40 warga di Tartous, Latakia, dan Hama pada hari Minggu."
    evs = events(text, "id", [tartus, latakia, hama], [time("pada hari Minggu", PUB, PUB)])
    assert sorted(e.place.name for e in evs) == ["Hama", "Latakia", "Tartus"]


def test_events_a_place_and_its_region_or_close_listed_villages_are_one_event():
    jaya = place("Intan Jaya", "Intan Jaya", country="ID", admin1="ID.38", precision="admin2")
    papua = place("Papua", "Papua", country="ID", admin1="ID.38", precision="admin1", lat=-4.0, lon=138.0)
    text = "Rebels attacked a post in Intan Jaya, Papua, on Sunday."
    (ev,) = events(text, "en", [jaya, papua], [time("on Sunday", PUB, PUB)])
    assert ev.place.name == "Intan Jaya"
    text = "Pasukan Rusia menyerang desa Lipki dan Sokil pada hari Minggu."
    (ev,) = events(text, "id", [place("Lipki", "Lipki", lat=51.00, lon=36.00),
                                place("Sokil", "Sokil", lat=51.05, lon=36.05)],
                   [time("pada hari Minggu", PUB, PUB)])
    assert ev.place.name in ("Lipki", "Sokil")


def test_events_dated_by_listed_days_span_them_all():
    sat, sun = date(2025, 1, 4), date(2025, 1, 5)
    text = "Pada Sabtu (4/1) dan Minggu (5/1), 40 truk bantuan masuk ke Rafah."
    (ev,) = events(text, "id", [place("Rafah", "Rafah", country="PS", admin1="PS.GZ")],
                   [time("Sabtu (4/1)", sat, sat), time("Minggu (5/1)", sun, sun)])
    assert (ev.type, ev.date.start, ev.date.end) == ("other", sat, sun)
    text = "Russian drones struck Novaya on Saturday and Sunday."
    (ev,) = events(text, "en", [place("Novaya", "Novaya")],
                   [time("on Saturday", sat, sat), time("Sunday", sun, sun)])
    assert (ev.date.start, ev.date.end) == (sat, sun)


def test_events_a_colon_dateline_is_not_where_it_happened():
    rakhine = place("Rakhine", "Rakhine", country="MM", admin1="MM.01", precision="admin1")
    yangon = place("Yangon", "Yangon", country="MM", admin1="MM.17", precision="admin1", lat=16.8, lon=96.2)
    text = "Yangon: Serangan udara junta menewaskan 40 orang di sebuah desa di Rakhine pada hari Rabu."
    (ev,) = events(text, "id", [yangon, rakhine], [time("pada hari Rabu", PUB, PUB)])
    assert ev.place.name == "Rakhine"
    text = "Yangon: an air strike killed 40 villagers in Rakhine on Wednesday."
    (ev,) = events(text, "en", [yangon, rakhine], [time("on Wednesday", PUB, PUB)])
    assert ev.place.name == "Rakhine"


def figure_of(text, unit, outcome, side):
    def make(t):
        at = t.index(text)
        qty = Quantity(at, at + len(text), text, 6.0, 6.0, 6.0)
        return Figure(at, at + len(text), text, qty, unit, outcome, side=side)
    return make


def test_events_the_side_whose_drones_were_shot_down_struck_as_figures_say():
    text = "The Ukrainian military destroyed six drones over Novaya on Sunday."
    (ev,) = events(text, "en", [place("Novaya", "Novaya", country="UA", admin1="UA.07")],
                   [time("on Sunday", PUB, PUB)], [figure_of("six drones", "drones", "intercepted", "RU")])
    assert (ev.type, ev.actor) == ("strike", "RU")
    text = "Pasukan Ukraina menghancurkan enam drone di atas Novaya pada hari Minggu."
    (ev,) = events(text, "id", [place("Novaya", "Novaya", country="UA", admin1="UA.07")],
                   [time("pada hari Minggu", PUB, PUB)],
                   [figure_of("enam drone", "drones", "intercepted", "RU")])
    assert (ev.type, ev.actor) == ("strike", "RU")


def month(text, year, mon, *, last=False):
    from calendar import monthrange
    return time(text, date(year, mon, 1), date(year, mon, monthrange(year, mon)[1]), precision="month",
                last=last)


def test_events_a_month_dates_the_event_it_is_tied_to():
    novaya = [place("Novaya", "Novaya")]
    (ev,) = events("Pada bulan Maret, 97 pengungsi Rohingya tiba di pantai Novaya.", "id", novaya,
                   [month("Pada bulan Maret", 2024, 3)])
    assert (ev.type, ev.date.start, ev.date.end) == ("other", date(2024, 3, 1), date(2024, 3, 31))
    (ev,) = events("Rebels attacked Novaya in March, officials said.", "en", novaya,
                   [month("in March", 2024, 3)])
    assert ev.date.start == date(2024, 3, 1)
    # a month far from the trigger, in another clause, is background
    assert events("In March, after weeks of talks and a long winter, troops attacked Novaya.", "en", novaya,
                  [month("In March", 2024, 3)]) != []  # opening the sentence, it frames it
    assert events("Troops attacked Novaya, a town the army had fortified in March.", "en", novaya,
                  [month("in March", 2024, 3)]) == []


def test_events_listed_months_are_one_event_each():
    text = "The refinery in Novaya was hit by previous strikes in March and June."
    evs = events(text, "en", [place("Novaya", "Novaya")],
                 [month("in March", 2024, 3), month("June", 2024, 6)])
    assert sorted(e.date.start.month for e in evs) == [3, 6]
    text = "Kilang di Novaya pernah dihantam serangan pada Maret dan Juni."
    evs = events(text, "id", [place("Novaya", "Novaya")],
                 [month("pada Maret", 2024, 3), month("Juni", 2024, 6)])
    assert sorted(e.date.start.month for e in evs) == [3, 6]


def test_events_since_an_undated_or_month_dated_event_is_background():
    novaya = [place("Novaya", "Novaya", country="UA", admin1="UA.07")]
    text = "Novaya has become a target since Russian troops invaded the country in February 2022."
    assert events(text, "en", novaya, [month("in February 2022", 2022, 2)]) == []
    text = "Novaya menjadi sasaran sejak Rusia melancarkan invasi skala penuh pada Februari 2022."
    assert events(text, "id", novaya, [month("pada Februari 2022", 2022, 2)]) == []
    text = "Warga Novaya berduka sejak serangan pemberontak pada 5 Januari."
    (ev,) = events(text, "id", novaya, [time("pada 5 Januari", PUB, PUB)])
    assert ev.type == "attack"  # a day date of its own: the event itself


def test_events_a_place_opening_the_sentence_as_its_subject_frames_it():
    town = place("Novaya", "Novaya", lat=51.0, lon=36.0)
    far = place("Luhansk", "Luhansk Oblast", precision="admin1", country="UA", admin1="UA.14",
                lat=48.9, lon=39.0)
    text = ("The Novaya refinery, which lies some 10 km from the border of the Luhansk region, "
            "was hit by strikes on Sunday.")
    (ev,) = events(text, "en", [town, far], [time("on Sunday", PUB, PUB)])
    assert ev.place.name == "Novaya"
    text = ("Kota Novaya, yang terletak sekitar 10 km dari perbatasan wilayah Luhansk, "
            "dihantam serangan drone pada hari Minggu.")
    (ev,) = events(text, "id", [town, far], [time("pada hari Minggu", PUB, PUB)])
    assert ev.place.name == "Novaya"


def test_events_a_date_beside_a_reporting_verb_may_follow_the_night_of_the_event():
    thursday, wednesday = date(2025, 1, 2), date(2025, 1, 1)
    text = "A drone strike killed three people in Novaya, the governor said Thursday."
    (ev,) = events(text, "en", [place("Novaya", "Novaya")], [time("Thursday", thursday, thursday)])
    assert (ev.date.start, ev.date.end) == (wednesday, thursday)
    text = "Gubernur mengatakan pada hari Kamis bahwa serangan drone menewaskan tiga orang di Novaya."
    (ev,) = events(text, "id", [place("Novaya", "Novaya")], [time("pada hari Kamis", thursday, thursday)])
    assert (ev.date.start, ev.date.end) == (wednesday, thursday)
    text = "A drone strike on Thursday killed three people in Novaya."
    (ev,) = events(text, "en", [place("Novaya", "Novaya")], [time("on Thursday", thursday, thursday)])
    assert ev.date.start == thursday  # the event's own date


def test_events_clock_times_and_dates_after_publication_date_nothing():
    text = "The drone attack on Novaya was thwarted at 23:50 (2050 GMT) on Saturday."
    (ev,) = events(text, "en", [place("Novaya", "Novaya")],
                   [time("2050", date(2050, 1, 1), date(2050, 12, 31), precision="year"),
                    time("on Saturday", date(2025, 1, 4), date(2025, 1, 4))])
    assert ev.date.start == date(2025, 1, 4)
    text = "Serangan drone ke Novaya pada pukul 23.50 (2050 GMT) hari Sabtu menewaskan dua orang."
    (ev,) = events(text, "id", [place("Novaya", "Novaya")],
                   [time("2050", date(2050, 1, 1), date(2050, 12, 31), precision="year"),
                    time("hari Sabtu", date(2025, 1, 4), date(2025, 1, 4))])
    assert ev.date.start == date(2025, 1, 4)


def test_events_a_drone_destroyed_in_flight_is_a_strike():
    text = "Debris from a drone destroyed over Novaya fell on a house on Saturday."
    (ev,) = events(text, "en", [place("Novaya", "Novaya")], [time("on Saturday", PUB, PUB)])
    assert ev.type == "strike"
    text = "Puing drone yang dihancurkan di atas Novaya jatuh ke rumah warga pada hari Sabtu."
    (ev,) = events(text, "id", [place("Novaya", "Novaya")], [time("pada hari Sabtu", PUB, PUB)])
    assert ev.type == "strike"
    text = "A drone strike destroyed a house in Novaya on Saturday."
    assert "destruction" in {e.type for e in events(text, "en", [place("Novaya", "Novaya")],
                                                    [time("on Saturday", PUB, PUB)])}


def test_events_the_day_of_a_date_said_twice_wins_over_the_vaguer_one():
    text = "Pada Rabu (1/1/2025) dua pekan lalu, Rusia dilaporkan telah merebut kota Novaya."
    (ev,) = events(text, "id", [place("Novaya", "Novaya")],
                   [time("Pada Rabu (1/1/2025)", date(2025, 1, 1), date(2025, 1, 1)),
                    time("dua pekan lalu", date(2024, 12, 16), date(2024, 12, 22), precision="week")])
    assert ev.date.start == date(2025, 1, 1)
    text = "On Wednesday, Jan. 1, two weeks ago, Russia reportedly captured the town of Novaya."
    (ev,) = events(text, "en", [place("Novaya", "Novaya")],
                   [time("On Wednesday, Jan. 1", date(2025, 1, 1), date(2025, 1, 1)),
                    time("two weeks ago", date(2024, 12, 16), date(2024, 12, 22), precision="week")])
    assert ev.date.start == date(2025, 1, 1)


def test_events_running_totals_in_their_clause_are_tolls_not_events():
    novaya = [place("Novaya", "Novaya")]
    friday = [time("on Friday", date(2025, 1, 3), date(2025, 1, 3))]
    assert events("The ministry said on Friday 2,000 soldiers were killed in Novaya since the start of the "
                  "offensive.", "en", novaya, friday) == []
    jumat = [time("pada Jumat", date(2025, 1, 3), date(2025, 1, 3))]
    assert events("Kementerian pada Jumat mengklaim 2.000 tentara tewas di Novaya sejak awal pertempuran.",
                  "id", novaya, jumat) == []
    (ev,) = events("Sedikitnya 35 orang tewas di Novaya pada Jumat, sehingga jumlah korban "
                   "secara keseluruhan menjadi 2.000.", "id", novaya, jumat)
    assert ev.type == "killing"


def test_events_the_object_of_an_attack_verb_is_its_place_even_a_country():
    israel = place("Israel", "Israel", precision="country", country="IL", admin1=None, lat=31.5, lon=34.8)
    gaza = place("Gaza", "Gaza Strip", precision="admin1", country="PS", admin1="PS.GZ", lat=31.3, lon=34.3)
    text = "Militan menyerang Israel pada 7 Oktober, lalu membawa sandera ke Gaza."
    (ev,) = events(text, "id", [israel, gaza], [time("pada 7 Oktober", PUB, PUB)])
    assert ev.place.name == "Israel"
    text = "Militants attacked Israel on October 7, then took hostages back to Gaza."
    (ev,) = events(text, "en", [israel, gaza], [time("on October 7", PUB, PUB)])
    assert ev.place.name == "Israel"


def test_events_deaths_told_again_without_a_place_or_date_are_no_new_event():
    text = "Rockets hit Novaya.\nTwo.\nThree.\nThe dead were three men and a woman, medics said."
    assert [e.sentence for e in events(text, "en", [place("Novaya", "Novaya")])] == [0]
    text = ("Roket menghantam Novaya.\nDua.\nTiga.\n"
            "Korban tewas adalah tiga pria dan seorang wanita, kata medis.")
    assert [e.sentence for e in events(text, "id", [place("Novaya", "Novaya")])] == [0]


def test_events_without_a_place_fall_back_on_the_struck_country_not_a_third_countrys_city():
    text = ("The UN office in Geneva spoke.\nThe mission in Geneva reported.\nIt covers Ukraine.\n"
            "Russian strikes on power plants killed 40 people after 10 October, the mission said.")
    geneva = [place("Geneva", "Geneva", country="CH", admin1="CH.GE", lat=46.2, lon=6.1, last=last)
              for last in (False, True)]
    ukraine = place("Ukraine", "Ukraine", precision="country", country="UA", admin1=None, lat=49.0, lon=32.0)
    evs = events(text, "en", [*geneva, ukraine], [time("10 October", date(2024, 10, 10), date(2024, 10, 10))],
                 [figure_of("40 people", "civilians", "killed", "UA")])
    assert [(e.type, e.place.name) for e in evs] == [("strike", "Ukraine")]
    text = ("Kantor PBB di Jenewa berbicara.\nMisi di Jenewa melapor.\nMisi itu memantau Ukraina.\n"
            "Serangan Rusia ke pembangkit listrik menewaskan 40 orang setelah 10 Oktober, kata misi itu.")
    jenewa = [place("Jenewa", "Geneva", country="CH", admin1="CH.GE", lat=46.2, lon=6.1, last=last)
              for last in (False, True)]
    ukraina = place("Ukraina", "Ukraine", precision="country", country="UA", admin1=None, lat=49.0, lon=32.0)
    evs = events(text, "id", [*jenewa, ukraina], [time("10 Oktober", date(2024, 10, 10), date(2024, 10, 10))],
                 [figure_of("40 orang", "civilians", "killed", "UA")])
    assert [(e.type, e.place.name) for e in evs] == [("strike", "Ukraine")]


def test_events_a_strike_named_by_its_launcher_is_not_placed_in_the_launchers_country():
    for code, text in (
            ("en", "KYIV - Ukraine's air force said on Sunday it shot down 41 of 47 drones launched by "
                   "Russia overnight."),
            ("id", "KYIV - Angkatan Udara Ukraina mengatakan pada Minggu pihaknya menembak jatuh 41 dari 47 "
                   "drone yang diluncurkan oleh Rusia semalam.")):
        (ev,) = warta.extract(text, lang=code, published=PUB).events
        assert (ev.type, ev.actor, ev.place.name) == ("strike", "RU", "Ukraine"), text


def test_events_deaths_after_an_assault_are_that_assault_even_in_a_report_dated_later():
    for code, text in (
            ("en", "The emergency service reported on Sunday that four people died after strikes on Acre."),
            ("id", "Layanan darurat menyebut pada Minggu empat orang tewas setelah serangan udara di Acre.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [e.type for e in evs] == ["strike"], text


def test_events_the_side_after_a_nominal_trigger_owns_it_and_is_not_where_it_struck():
    # Indonesian nouns take their possessor after them: "serangan rudal Rusia" is Russia's attack
    text = "Di Kharkiv, serangan rudal Rusia menewaskan tiga warga sipil pada Minggu, kata pejabat."
    (ev,) = warta.extract(text, lang="id", published=PUB).events
    assert (ev.type, ev.actor, ev.place.name) == ("strike", "RU", "Kharkiv")
    text = "Pasukan Ukraina menyerang Rusia pada Minggu, kata pejabat."  # a verb's object is still a place
    (ev,) = warta.extract(text, lang="id", published=PUB).events
    assert (ev.actor, ev.place.name) == ("UA", "Russia")
    text = "In Kharkiv, a Russian missile attack killed three civilians on Sunday, officials said."
    (ev,) = warta.extract(text, lang="en", published=PUB).events
    assert (ev.type, ev.actor, ev.place.name) == ("strike", "RU", "Kharkiv")


def test_events_a_trigger_named_as_the_topic_of_an_update_is_no_event():
    kursk = [place("Kursk", "Kursk Oblast", precision="admin1")]
    friday = [time("on Friday", date(2025, 1, 3), date(2025, 1, 3))]
    assert events("The agency published its daily update on the fighting near Kursk on Friday.", "en",
                  kursk, friday) == []
    jumat = [time("pada Jumat", date(2025, 1, 3), date(2025, 1, 3))]
    assert events("Kantor berita itu merangkum perkembangan operasi militer di Kursk pada Jumat.", "id",
                  kursk, jumat) == []
    (ev,) = events("Russian troops attacked Ukrainian positions near Kursk on Friday.", "en", kursk, friday)
    assert ev.type == "attack"


def test_events_deaths_named_as_who_the_dead_were_are_no_new_event():
    aden = [place("Aden", "Aden", country="YE", admin1="YE.02")]
    thursday = [time("on Thursday", date(2025, 1, 2), date(2025, 1, 2))]
    text = "The ministry in Aden said on Thursday that three of the sailors killed were Indians."
    assert events(text, "en", aden, thursday) == []
    kamis = [time("pada Kamis", date(2025, 1, 2), date(2025, 1, 2))]
    text = "Kementerian di Aden menyatakan pada Kamis bahwa tiga pelaut yang tewas adalah warga India."
    assert events(text, "id", aden, kamis) == []
    (ev,) = events("Gunmen killed two crew members in Aden on Thursday.", "en", aden, thursday)
    assert ev.type == "attack"  # doers who kill: a raid


def test_events_a_date_right_before_the_reporting_verb_dates_the_report():
    # the event may be the night before the day the source spoke, as after "said Sunday"
    for code, text in (("en", "The defence ministry on Sunday said its forces killed 200 soldiers in Kursk."),
                       ("id", "Kementerian Pertahanan pada hari Minggu menyatakan pasukannya membunuh "
                              "200 tentara di Kursk.")):
        (ev,) = warta.extract(text, lang=code, published=PUB).events
        assert (ev.date.start, ev.date.end) == (date(2025, 1, 4), PUB), text


def test_events_a_peoples_adjective_or_a_possessive_before_the_trigger_owns_it():
    # a passive death verb makes the side before the trigger its victim, but "Israeli
    # strikes" and "Russia's shelling" are Israel's and Russia's, whoever died in them
    for text, actor, target in (
            ("The ministry said 30 people died in Israeli strikes on Khan Younis on Sunday.", "IL", "PS"),
            ("Five people were killed in Russia's shelling of Kherson on Sunday.", "RU", "UA")):
        evs = warta.extract(text, lang="en", published="2025-01-06").events
        assert [(e.type, e.actor, e.target) for e in evs] == [("strike", actor, target)], text
    evs = warta.extract("Lima orang tewas akibat serangan Rusia di Kherson pada Minggu.", lang="id",
                        published="2025-01-06").events
    assert [(e.type, e.actor, e.target) for e in evs] == [("strike", "RU", "UA")]


def test_events_a_strike_with_no_place_near_it_lands_in_the_targets_country():
    # the story names Haifa most, but that is the striker's country
    text = ("Israel struck Iran's nuclear sites early on Sunday, Israeli officials said. Sirens later "
            "sounded in Haifa, and shrapnel fell in Haifa and Tel Aviv.")
    evs = warta.extract(text, lang="en", published="2025-06-22").events
    assert [(e.type, e.actor, e.target, e.place.name) for e in evs] == [("strike", "IL", "IR", "Iran")]


def test_events_what_is_struck_in_a_place_a_side_holds_is_that_sides():
    # "Russian-occupied Melitopol" lies in Ukraine but is Russia's; Indonesian says it after
    # the place ("Melitopol yang diduduki Rusia")
    en = warta.extract("Ukrainian drones hit a depot in Russian-occupied Melitopol on Monday.", lang="en",
                       published="2025-06-10").events
    assert [(e.type, e.actor, e.target) for e in en] == [("strike", "UA", "RU")]
    idn = warta.extract("Drone Ukraina menghantam gudang di Melitopol yang diduduki Rusia pada Senin.",
                        lang="id", published="2025-06-10").events
    assert [(e.type, e.actor, e.target) for e in idn] == [("strike", "UA", "RU")]
    text = "Russian shelling killed three people in the Ukrainian-held town of Kupiansk on Monday."
    held = warta.extract(text, lang="en", published="2025-06-10").events
    assert [(e.actor, e.target) for e in held] == [("RU", "UA")]


def test_events_a_side_that_backs_the_actor_is_not_the_actor():
    for code, text in (("id", "Pemberontak M23 yang didukung Rwanda merebut kota Uvira pada Rabu."),
                       ("en", "M23 rebels, backed by Rwanda, seized the town of Uvira on Wednesday.")):
        evs = warta.extract(text, lang=code, published="2025-12-11").events
        assert [(e.type, e.actor) for e in evs] == [("capture", "CD")], code


def test_a_civil_war_event_with_no_actor_named_is_its_sides_own():
    text = ("Sudan's army and Sudanese paramilitaries fought in Bara on Sunday. "
            "The town of Bara was shelled again on Sunday, killing four.")
    bara = [place("Bara", "Bara", country="SD", admin1="SD.13")]
    assert {(e.actor, e.target) for e in events(text, "en", bara, [time("on Sunday", PUB, PUB)])} \
        == {("SD", "SD")}
    text = ("Tentara Sudan dan paramiliter Sudan bertempur di Bara pada hari Minggu. "
            "Kota Bara dibom pada hari Minggu.")
    assert {(e.actor, e.target) for e in events(text, "id", bara, [time("pada hari Minggu", PUB, PUB)])} \
        == {("SD", "SD")}


def test_in_a_war_of_two_sides_the_side_not_struck_acts():
    text = ("Russia and Ukraine have been at war since 2022. Russia said Ukraine lost 40 men. "
            "A drone hit a school in Odesa on Sunday, Ukraine said, killing two.")
    odesa = [place("Odesa", "Odesa", country="UA", admin1="UA.17")]
    (ev,) = events(text, "en", odesa, [time("on Sunday", PUB, PUB)])
    assert (ev.actor, ev.target) == ("RU", "UA")
    text = ("Rusia dan Ukraina berperang sejak 2022. Rusia mengatakan Ukraina kehilangan 40 prajurit. "
            "Sebuah drone menghantam sekolah di Odesa pada hari Minggu, kata Ukraina.")
    (ev,) = events(text, "id", odesa, [time("pada hari Minggu", PUB, PUB)])
    assert (ev.actor, ev.target) == ("RU", "UA")


def test_a_side_named_once_is_no_party_of_the_article():
    text = ("Sudan's army and Sudanese paramilitaries fought in Bara on Sunday, as Egypt watched. "
            "The town of Bara was shelled again on Sunday.")
    bara = [place("Bara", "Bara", country="SD", admin1="SD.13")]
    assert {e.actor for e in events(text, "en", bara, [time("on Sunday", PUB, PUB, last=True)])} == {"SD"}


def test_a_roundup_of_two_countries_wars_makes_neither_the_others_attacker():
    text = ("Sudan's army and Sudanese paramilitaries fought in Bara. Mali's army and Malian jihadists "
            "fought in Segou. The town of Bara was shelled on Sunday, killing four.")
    places = [place("Bara", "Bara", country="SD", admin1="SD.13"),
              place("Segou", "Segou", country="ML", admin1="ML.06")]
    evs = [e for e in events(text, "en", places, [time("on Sunday", PUB, PUB)]) if e.place.name == "Bara"]
    assert [(e.actor, e.target) for e in evs] == [(None, "SD")]


def test_a_toll_since_the_war_began_beside_the_displaced_is_no_event():
    text = ("More than 150,000 people have been killed in Sudan since the war began, "
            "while 12 million have fled.")
    sudan = [place("Sudan", "Sudan", country="SD", precision="country", admin1=None)]
    figs = [figure("150,000 people", running=True), _displaced(figure("12 million"))]
    assert events(text, "en", sudan, (), figs) == []
    text = ("Lebih dari 150.000 orang tewas di Sudan sejak perang pecah, sementara 12 juta orang mengungsi.")
    figs = [figure("150.000 orang", running=True), _displaced(figure("12 juta orang"))]
    assert events(text, "id", sudan, (), figs) == []


def _displaced(make):
    def again(t):
        fig = make(t)
        fig.outcome = "displaced"
        return fig
    return again


def test_an_address_is_one_place_not_a_list():
    places = [place("Kampung Bilogai", "Bilogai", country="ID", admin1="ID.43", lat=-3.72, lon=136.67),
              place("Distrik Sugapa", "Sugapa", country="ID", admin1="ID.43", lat=-3.74, lon=137.05)]
    text = "Seorang warga tewas ditembak di Kampung Bilogai, Distrik Sugapa, pada hari Minggu."
    minggu = [time("pada hari Minggu", PUB, PUB)]
    assert [e.place.name for e in events(text, "id", places, minggu)] == ["Bilogai"]
    places = [place("Bilogai village", "Bilogai", country="ID", admin1="ID.43", lat=-3.72, lon=136.67),
              place("Sugapa district", "Sugapa", country="ID", admin1="ID.43", lat=-3.74, lon=137.05)]
    text = "A villager was shot dead in Bilogai village, Sugapa district, on Sunday."
    assert [e.place.name for e in events(text, "en", places, [time("on Sunday", PUB, PUB)])] == ["Bilogai"]
    places = [place("Kharkiv", "Kharkiv", country="UA", admin1="UA.07"),
              place("Odesa", "Odesa", country="UA", admin1="UA.17")]
    text = "Russian drones struck Kharkiv, Odesa on Sunday."  # a list stays a list
    assert len(events(text, "en", places, [time("on Sunday", PUB, PUB)])) == 2


def test_items_of_a_list_take_the_date_of_the_paragraph_that_introduced_them():
    # a strike report: a dated lead, a heading, then one line per place with no date of its own
    for code, text in (
            ("en", "On Monday, coalition aircraft conducted 12 strikes in Iraq.\n\nIraq\n"
                   "- Near Mosul, two strikes destroyed a bunker.\n"
                   "- Near Tikrit, one strike hit a mortar team."),
            ("id", "Pada hari Senin, pesawat koalisi melakukan 12 serangan udara di Irak.\n\nIrak\n"
                   "• Di dekat Mosul, dua serangan udara menghancurkan sebuah bunker.\n"
                   "• Di dekat Tikrit, satu serangan udara menghantam regu mortir.")):
        found = warta.extract(text, lang=code, published="2025-01-08").events
        by_place = {e.place.name: e.date for e in found if e.place and e.place.precision == "settlement"}
        assert set(by_place) == {"Mosul", "Tikrīt"}, (code, found)
        assert all(d.start == d.end == date(2025, 1, 6) for d in by_place.values()), (code, by_place)
        # a plain new paragraph is no item: it starts afresh (the breaking-news window)
        plain = text.replace("- ", "").replace("• ", "")
        later = [e.date for e in warta.extract(plain, lang=code, published="2025-01-08").events
                 if e.place and e.place.name == "Tikrīt"]
        assert later and later[0].start != date(2025, 1, 6), (code, later)


def test_a_thing_done_again_on_another_day_is_an_event_on_each():
    for code, text in (("en", "Russian drones struck Kharkiv on Saturday and again on Monday."),
                       ("en", "Russian drones struck Kharkiv on Saturday and once again on Monday."),
                       ("id", "Drone Rusia menyerang Kharkiv pada Sabtu dan kembali pada Senin.")):
        found = warta.extract(text, lang=code, published="2025-03-24").events
        saturday, monday = date(2025, 3, 22), date(2025, 3, 24)
        assert [(e.type, e.date.start, e.date.end) for e in found] == [
            ("strike", saturday, saturday), ("strike", monday, monday)], text
    # days listed without a word of repetition are one event over them
    (ev,) = warta.extract("Russian drones struck Kharkiv on Saturday and Monday.", lang="en",
                          published="2025-03-24").events
    assert (ev.date.start, ev.date.end) == (date(2025, 3, 22), date(2025, 3, 24))


def test_a_toll_right_after_an_event_of_its_paragraph_is_that_events_toll():
    for code, text in (
            ("en", "Troops bombed the village of Kanan in Sagaing on Monday. At least 40 people died."),
            ("id", "Tentara membombardir Desa Kanan di Sagaing pada Senin. Sedikitnya 40 orang tewas.")):
        found = warta.extract(text, lang=code, published="2025-03-24").events
        assert [e.type for e in found] == ["strike"], (code, found)
        # in a paragraph of its own it is news of its own
        apart = warta.extract(text.replace(". ", ".\n"), lang=code, published="2025-03-24").events
        assert [e.type for e in apart] == ["strike", "killing"], (code, apart)
