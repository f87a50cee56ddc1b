"""Event types that need context (releases, landings, aid) and non-conflict senses."""

from datetime import date

from tests.pipeline.test_events import PUB, events, place, time

SUNDAY = [time("on Sunday", PUB, PUB)]
MINGGU = [time("pada hari Minggu", PUB, PUB)]


def test_prisoners_freed_or_exchanged_are_an_other_event():
    novaya = [place("Novaya", "Novaya")]
    (ev,) = events("Russia freed 40 Ukrainian prisoners of war in Novaya on Sunday.", "en", novaya, SUNDAY)
    assert (ev.type, ev.actor) == ("other", "RU")
    (ev,) = events("Kedua pihak bertukar 120 tahanan di Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "other"


def test_a_release_without_captives_is_no_event():
    novaya = [place("Novaya", "Novaya")]
    assert events("The army released a statement in Novaya on Sunday.", "en", novaya, SUNDAY) == []
    assert events("Pemerintah membebaskan biaya visa bagi turis pada hari Minggu.", "id", (), MINGGU) == []


def test_liberating_a_village_stays_a_capture_and_freeing_prisoners_is_a_release():
    novaya = [place("Novaya", "Novaya")]
    (ev,) = events("Pasukan Rusia membebaskan desa Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "capture"
    (ev,) = events("Pasukan Rusia membebaskan 30 tahanan di Novaya pada hari Minggu.", "id", novaya, MINGGU)
    assert ev.type == "other"


def test_each_side_releasing_is_its_own_event():
    text = "Israel freed 90 Palestinian prisoners in Beitunia on Sunday after Hamas freed three hostages."
    evs = events(text, "en", [place("Beitunia", "Beitunia", country="PS", admin1="PS.WE")], SUNDAY)
    assert sorted((e.type, e.actor) for e in evs) == [("other", "IL"), ("other", "PS")]
    text = ("Rusia membebaskan 50 tawanan di Novaya pada hari Minggu, "
            "sementara Ukraina membebaskan 40 tawanan.")
    evs = events(text, "id", [place("Novaya", "Novaya")], MINGGU)
    assert sorted(e.actor for e in evs) == ["RU", "UA"]


def test_refugee_landings_and_aid_deliveries_are_other_events():
    aceh = [place("Pidie", "Pidie", country="ID", admin1="ID.01", precision="admin2")]
    (ev,) = events("Sekitar 150 pengungsi Rohingya mendarat di Pidie pada hari Minggu.", "id", aceh, MINGGU)
    assert ev.type == "other"
    (ev,) = events("About 150 Rohingya refugees landed in Pidie on Sunday.", "en", aceh, SUNDAY)
    assert ev.type == "other"
    rafah = [place("Rafah", "Rafah", country="PS", admin1="PS.GZ")]
    (ev,) = events("Thirty aid trucks entered Rafah on Sunday.", "en", rafah, SUNDAY)
    assert ev.type == "other"
    (ev,) = events("Tiga puluh truk bantuan memasuki Rafah pada hari Minggu.", "id", rafah, MINGGU)
    assert ev.type == "other"
    assert events("The minister arrived in Rafah on Sunday.", "en", rafah, SUNDAY) == []
    assert events("Menteri itu tiba di Rafah pada hari Minggu.", "id", rafah, MINGGU) == []


def test_an_undated_release_in_the_lead_takes_the_breaking_window():
    (ev,) = events("Ukraine freed 55 Russian prisoners in Novaya.", "en", [place("Novaya", "Novaya")])
    assert (ev.type, ev.date.start, ev.date.end) == ("other", date(2025, 1, 4), PUB)


def test_natural_disasters_accidents_protests_and_sport_are_no_conflict_events():
    novaya = [place("Novaya", "Novaya")]
    for text in ("Floods killed 12 people in Novaya on Sunday.",
                 "Two people died in a road accident in Novaya on Sunday.",
                 "Protesters clashed with riot police in Novaya on Sunday.",
                 "The striker scored after a quick counter-attack in Novaya on Sunday."):
        assert events(text, "en", novaya, SUNDAY) == [], text
    for text in ("Banjir bandang menewaskan 12 orang di Novaya pada hari Minggu.",
                 "Dua orang tewas dalam kecelakaan lalu lintas di Novaya pada hari Minggu.",
                 "Demonstran bentrok dengan polisi di Novaya pada hari Minggu.",
                 "Tim tamu mencetak gol lewat serangan balik di Novaya pada hari Minggu."):
        assert events(text, "id", novaya, MINGGU) == [], text


def test_a_fire_after_a_weapon_strike_still_counts():
    novaya = [place("Novaya", "Novaya")]
    evs = events("A drone strike started a fire that destroyed 20 houses in Novaya on Sunday.", "en",
                 novaya, SUNDAY)
    assert "strike" in {e.type for e in evs}
    evs = events("Serangan drone memicu kebakaran yang menghancurkan 20 rumah di Novaya pada hari Minggu.",
                 "id", novaya, MINGGU)
    assert "strike" in {e.type for e in evs}
