"""Event words and a place form a fourth batch of fresh reports showed: shots "fired on" a camp are an
attack, a vehicle that "struck a roadside bomb" was attacked, aircraft that "dropped bombs" struck,
"disergap" is an ambush; agreements reached or treaties signed are talks; two places after "between"
("antara") are the ends of one stretch, one event at the first."""

from datetime import date

import warta

PUB = date(2025, 7, 17)


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    evs = warta.extract(text, lang=lang, published=PUB).events
    return [(e.type, e.date.start.isoformat() if e.date else "", e.place.name if e.place else "")
            for e in evs]


def test_shots_fired_on_a_camp_are_an_attack():
    assert [e[0] for e in _events("Militants fired on a police camp in Garissa on Wednesday.", "en")] \
        == ["attack"]


def test_a_vehicle_that_struck_a_roadside_bomb_was_attacked():
    assert [e[0] for e in _events("Three soldiers died when their truck struck a roadside bomb in Garissa on "
                                  "Wednesday.", "en")] == ["attack"]


def test_aircraft_that_dropped_bombs_struck():
    assert [e[0] for e in _events("Military aircraft dropped bombs on a market in Garissa on Wednesday, "
                                  "killing nine people.", "en")] == ["strike"]


def test_a_patrol_that_was_ambushed_was_attacked():
    assert [e[0] for e in _events("Sebuah patroli tentara disergap kelompok bersenjata di Garissa pada Rabu, "
                                  "menewaskan tiga tentara.", "id")] == ["attack"]


def test_an_agreement_reached_or_a_treaty_signed_is_talks():
    assert [e[0] for e in _events("Kenya and Somalia reached an agreement in Nairobi on Wednesday to pull "
                                  "troops back from the border.", "en")] == ["negotiation"]
    assert [e[0] for e in _events("Kenya dan Somalia mencapai kesepakatan di Nairobi pada Rabu untuk "
                                  "menarik pasukan dari perbatasan.", "id")] == ["negotiation"]
    assert [e[0] for e in _events("The two presidents signed a border treaty in Nairobi on March 13.",
                                  "en")] == ["negotiation"]
    assert [e[0] for e in _events("Kedua presiden menandatangani perjanjian perbatasan di Nairobi pada 13 "
                                  "Maret.", "id")] == ["negotiation"]


def test_two_places_after_between_are_one_stretch():
    assert _events("On Wednesday, a drone struck a car on the road between Garissa and Dadaab.", "en") \
        == [("strike", "2025-07-16", "Garissa")]
    assert _events("Pada Rabu, drone menghantam sebuah mobil di jalan antara Garissa dan Dadaab.", "id") \
        == [("strike", "2025-07-16", "Garissa")]


def test_places_listed_without_between_stay_events_of_their_own():
    assert [e[2] for e in _events("On Wednesday, drones struck cars in Garissa and Dadaab.", "en")] \
        == ["Garissa", "Dadaab"]


def test_a_place_retaken_in_the_passive_is_captured():
    assert _events("Mosul was retaken by Iraqi troops in July 2017.", "en") \
        == [("capture", "2017-07-01", "Mosul")]
    assert _events("Mosul direbut kembali oleh pasukan Irak pada Juli 2017.", "id") \
        == [("capture", "2017-07-01", "Mosul")]


def test_a_country_before_an_active_capture_verb_takes_no_people():
    assert _events("Kenya captured 50 militants on Wednesday.", "en") == []


def test_a_kidnapping_that_came_days_after_dates_the_earlier_event():
    assert _events("Bandits kidnapped 35 pupils in Garissa on Tuesday. The kidnapping came a week after "
                   "gunmen killed six farmers in Dadaab.", "en") \
        == [("attack", "2025-07-15", "Garissa"), ("attack", "2025-07-08", "Dadaab")]  # a kidnapping; a raid


def test_a_date_ending_an_opening_adverbial_dates_the_sentence():
    assert _events("Earlier, in October 2024, rebels took control of the town of Garissa.", "en") \
        == [("capture", "2024-10-01", "Garissa")]
    assert _events("Sebelumnya pada bulan Oktober 2024, pemberontak telah mengambil alih kota Garissa.",
                   "id") == [("capture", "2024-10-01", "Garissa")]
