"""The side that reports an event is its source, not its target; through its own forces it acts."""

from tests.pipeline.test_events import PUB, events, place, time
from warta.lang import load
from warta.pipeline.event_rules import find_triggers, rules
from warta.pipeline.event_speakers import speakers
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.sides import side_lexicon

SUNDAY = [time("on Sunday", PUB, PUB)]
MINGGU = [time("pada hari Minggu", PUB, PUB)]


def jenin():
    return [place("Jenin", "Jenin", country="PS", admin1="PS.WE")]


def red_sea():
    return [place("Red Sea", "Red Sea", country=None, admin1="", precision="region")]


def test_a_side_reporting_after_the_event_is_not_its_target():
    (ev,) = events("Gunmen attacked a cargo ship in the Red Sea on Sunday, the British military said.",
                   "en", red_sea(), SUNDAY)
    assert ev.target is None
    (ev,) = events("Sebuah kapal kargo diserang di Laut Merah pada hari Minggu, kata militer Inggris.",
                   "id", [place("Laut Merah", "Red Sea", country=None, admin1="", precision="region")],
                   MINGGU)
    assert (ev.actor, ev.target) == (None, None)


def test_its_own_troops_make_the_reporting_side_the_actor():
    (ev,) = events("Troops killed three militants in Jenin on Sunday, the Israeli military said.",
                   "en", jenin(), SUNDAY)
    assert (ev.actor, ev.target) == ("IL", "PS")
    (ev,) = events("Pasukan menembak mati tiga militan di Jenin pada hari Minggu, kata militer Israel.",
                   "id", jenin(), MINGGU)
    assert (ev.actor, ev.target) == ("IL", "PS")


def test_its_own_soldiers_killed_make_the_reporting_side_the_target():
    (ev,) = events("Two soldiers were killed in Jenin on Sunday, the Israeli military said.",
                   "en", jenin(), SUNDAY)
    assert ev.target == "IL"


def reporting_sides(text, code):
    lang = load(code)
    r, toks = rules(lang), tokenize(text, 0, len(text))
    found = find_triggers(r, toks, text)
    hits = side_lexicon(lang).find(toks, text)
    return [h.value for h in speakers(toks, found[0], r.report_cues.find(toks, text), hits, found)]


def test_a_reporting_clause_that_tells_an_event_of_its_own_names_a_party():
    assert reporting_sides("Rockets hit Tira, Hezbollah said.", "en") == ["LB"]
    assert reporting_sides("Rockets hit Tira, Hezbollah said it had targeted a base.", "en") == []
    assert reporting_sides("Roket menghantam Tira, kata Hizbullah.", "id") == ["LB"]
    text = "Roket menghantam Tira, Hizbullah mengatakan telah menargetkan pangkalan."
    assert reporting_sides(text, "id") == []


def test_a_verb_joined_to_an_earlier_one_has_its_subject():
    text = ("Russian units repelled four attacks by Ukrainian troops and destroyed two tanks "
            "near Vovchansk on Sunday.")
    vovchansk = [place("Vovchansk", "Vovchansk", country="UA", admin1="UA.07")]
    (ev,) = [e for e in events(text, "en", vovchansk, SUNDAY) if e.type == "destruction"]
    assert ev.actor == "RU"
    text = ("Unit-unit Rusia menghalau empat serangan pasukan Ukraina dan menghancurkan dua tank "
            "di dekat Vovchansk pada hari Minggu.")
    (ev,) = [e for e in events(text, "id", vovchansk, MINGGU) if e.type == "destruction"]
    assert ev.actor == "RU"


def test_a_country_named_for_its_forces_is_not_where_it_happened():
    text = ("Pasukan Rusia menggempur Vovchansk pada hari Minggu. "
            "Rusia juga menghancurkan dua tank pasukan Ukraina pada hari Minggu.")
    places = [place("Vovchansk", "Vovchansk", country="UA", admin1="UA.07"),
              place("Ukraina", "Ukraine", country="UA", precision="country", admin1=None)]
    (ev,) = [e for e in events(text, "id", places, [time("pada hari Minggu", PUB, PUB, last=True)])
             if e.type == "destruction"]
    assert ev.place.name == "Vovchansk"


def test_a_subject_striking_where_its_own_country_is_strikes_the_other_side():
    text = ("Russia said Ukraine lost 40 men. Russia and Ukraine have been at war since 2022. "
            "Ukrainian forces launched a counter-attack near Vovchansk on Sunday.")
    vovchansk = [place("Vovchansk", "Vovchansk", country="UA", admin1="UA.07")]
    (ev,) = events(text, "en", vovchansk, SUNDAY)
    assert (ev.actor, ev.target) == ("UA", "RU")
    text = ("Rusia mengatakan Ukraina kehilangan 40 prajurit. Rusia dan Ukraina berperang sejak 2022. "
            "Pasukan Ukraina melancarkan serangan balik di dekat Vovchansk pada hari Minggu.")
    (ev,) = events(text, "id", vovchansk, MINGGU)
    assert (ev.actor, ev.target) == ("UA", "RU")


def test_a_mediator_is_no_party():
    text = ("Russia released 300 prisoners of war in Novaya on Sunday in an exchange mediated by "
            "the United Arab Emirates.")
    (ev,) = events(text, "en", [place("Novaya", "Novaya")], SUNDAY)
    assert (ev.actor, ev.target) == ("RU", None)
    text = ("Rusia membebaskan 300 tawanan perang di Novaya pada hari Minggu dalam pertukaran yang "
            "dimediasi oleh UEA.")
    (ev,) = events(text, "id", [place("Novaya", "Novaya")], MINGGU)
    assert (ev.actor, ev.target) == ("RU", None)


def test_a_strike_noun_after_an_adjunct_says_how_the_clauses_verb_attacked():
    text = ("Militer Ukraina menyerang kilang di Ryazan pada hari Minggu dalam rentetan serangan drone "
            "yang diklaim sebagai pembalasan atas serangan rudal Rusia.")
    ryazan = [place("Ryazan", "Ryazan", admin1="RU.62")]
    (ev,) = events(text, "id", ryazan, MINGGU)
    assert (ev.type, ev.actor) == ("strike", "UA")
    text = "Ukrainian forces attacked a refinery in Ryazan on Sunday in a wave of drone strikes."
    (ev,) = events(text, "en", ryazan, SUNDAY)
    assert (ev.type, ev.actor) == ("strike", "UA")


def test_a_side_the_trigger_names_is_who_struck_not_where():
    text = "Serangan Israel di Palestina menewaskan 12 orang pada hari Minggu."
    places = [place("Israel", "Israel", country="IL", precision="country", admin1=None),
              place("Palestina", "Palestinian Territory", country="PS", precision="country", admin1=None)]
    (ev,) = events(text, "id", places, MINGGU)
    assert (ev.actor, ev.place.country) == ("IL", "PS")


def test_an_article_that_names_no_place_puts_a_violent_event_in_the_target_s_country():
    (ev,) = events("Israeli strikes killed 12 Palestinians overnight, medics said.", "en",
                   times=[time("overnight", PUB, PUB)])
    assert (ev.type, ev.actor, ev.place.country, ev.place.precision) == ("strike", "IL", "PS", "country")
    assert ev.place.text == "Palestinians"  # the words it stands on
    assert events("The talks ended on Sunday, officials said.", "en", times=SUNDAY) == []


def test_a_killing_by_a_weapon_is_a_strike():
    kharkiv = [place("Kharkiv", "Kharkiv", country="UA", admin1="UA.07")]
    (ev,) = events("Russian drones killed three civilians in Kharkiv on Sunday.", "en", kharkiv, SUNDAY)
    assert (ev.type, ev.actor) == ("strike", "RU")
    text = "Drone Rusia menewaskan tiga warga sipil di Kharkiv pada hari Minggu."
    (ev,) = events(text, "id", kharkiv, MINGGU)
    assert (ev.type, ev.actor) == ("strike", "RU")


def test_a_joint_subject_acts_through_its_first_side():
    segou = [place("Segou", "Segou", country="ML", admin1="ML.06")]
    text = "Malian troops and Russian mercenaries killed 25 villagers in Segou on Sunday."
    (ev,) = events(text, "en", segou, SUNDAY)
    assert ev.actor == "ML"
    text = "Tentara Mali dan tentara bayaran Rusia membunuh 25 warga di Segou pada hari Minggu."
    (ev,) = events(text, "id", segou, MINGGU)
    assert ev.actor == "ML"
    text = "Russia said on Sunday that Ukrainian drones hit Segou."  # a speaker is no joint subject
    (ev,) = events(text, "en", segou, SUNDAY)
    assert ev.actor == "UA"


def test_a_country_that_supplied_the_weapons_is_not_where_they_struck():
    text = ("Ukraina menyerang Kursk pada hari Sabtu. Moskow menjanjikan pembalasan pada hari Minggu "
            "atas rudal yang dipasok AS.")
    places = [place("Kursk", "Kursk Oblast", precision="admin1"),
              place("AS", "United States", country="US", precision="country", admin1=None)]
    times = [time("pada hari Sabtu", PUB, PUB), time("pada hari Minggu", PUB, PUB)]
    (ev,) = [e for e in events(text, "id", places, times) if e.type == "threat"]
    assert ev.place.name == "Kursk Oblast"
    text = ("Ukraine attacked Kursk on Saturday. Moscow vowed retaliation on Sunday for missiles "
            "supplied by the US.")
    places = [place("Kursk", "Kursk Oblast", precision="admin1"),
              place("US", "United States", country="US", precision="country", admin1=None)]
    times = [time("on Saturday", PUB, PUB), time("on Sunday", PUB, PUB)]
    (ev,) = [e for e in events(text, "en", places, times) if e.type == "threat"]
    assert ev.place.name == "Kursk Oblast"


def test_an_abbreviation_s_full_stop_ends_no_reporting_clause():
    (ev,) = events("Gunmen attacked a cargo ship in the Red Sea on Sunday, the U.S. military said.",
                   "en", red_sea(), SUNDAY)
    assert ev.target is None


def test_an_event_whose_only_place_is_its_actors_country_lands_in_the_target_s():
    us = [place("U.S", "United States", country="US", precision="country", admin1=None)]
    (ev,) = events("U.S. forces struck a Houthi radar site on Sunday.", "en", us, SUNDAY)
    assert (ev.actor, ev.target, ev.place.country) == ("US", "YE", "YE")


def test_assaults_a_line_repels_are_attacks_unless_a_weapon_is_named():
    pokrovsk = [place("Pokrovsk", "Pokrovsk", country="UA", admin1="UA.05")]
    text = "Pasukan Ukraina menangkis 42 serangan Rusia di dekat Pokrovsk pada hari Minggu."
    (ev,) = events(text, "id", pokrovsk, MINGGU)
    assert (ev.type, ev.actor, ev.target) == ("attack", "RU", "UA")
    text = "Ukrainian forces repelled 42 Russian drone strikes near Pokrovsk on Sunday."
    (ev,) = events(text, "en", pokrovsk, SUNDAY)
    assert ev.type == "strike"


def test_an_assault_noun_after_an_adjunct_takes_the_sides_of_the_clauses_killing_verb():
    # the raid is when the troops killed: they act, the people they killed are struck
    jenin = [place("Jenin", "Jenin", country="PS", admin1="PS.WE", lat=32.46, lon=35.3)]
    text = "Israeli troops killed three Palestinians during a raid in Jenin on Sunday."
    (ev,) = events(text, "en", jenin, SUNDAY)
    assert (ev.type, ev.actor, ev.target) == ("attack", "IL", "PS")
    text = "Pasukan Israel menewaskan tiga warga Palestina dalam penggerebekan di Jenin pada hari Minggu."
    (ev,) = events(text, "id", jenin, MINGGU)
    assert (ev.type, ev.actor, ev.target) == ("attack", "IL", "PS")


def test_a_passive_killing_verb_leaves_the_sides_to_the_assault_noun():
    jenin = [place("Jenin", "Jenin", country="PS", admin1="PS.WE", lat=32.46, lon=35.3)]
    text = "Three Palestinians were killed in an Israeli raid in Jenin on Sunday."
    (ev,) = events(text, "en", jenin, SUNDAY)
    assert (ev.type, ev.actor) == ("attack", "IL")
    text = "Tiga warga Palestina tewas dalam penggerebekan Israel di Jenin pada hari Minggu."
    (ev,) = events(text, "id", jenin, MINGGU)
    assert (ev.type, ev.actor) == ("attack", "IL")
