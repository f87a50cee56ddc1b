"""A place a distance is measured off is no event's place, and the story's later telling of its
event, dated only by the breaking window, is that event."""

from datetime import date

import warta

PUB = date(2025, 7, 3)  # a Thursday


def test_a_place_measured_off_is_a_point_of_reference_not_the_events_place():
    for code, text in (
            ("en", "Jihadists attack army camps in western Mali\n"
                   "BAMAKO, July 3 (Reuters) - Fighters attacked army positions in Kayes on Tuesday, "
                   "the army said.\n"
                   "Residents of Kayes, a regional capital about 500 km from Bamako, said gunfire began "
                   "around dawn."),
            ("id", "Jihadis Serang Kamp Tentara di Mali Barat\n"
                   "BAMAKO, Antara - Para pejuang menyerang pos tentara di Kayes pada Selasa, kata militer.\n"
                   "Warga Kayes, ibu kota wilayah sekitar 500 km dari Bamako, mengatakan baku tembak terjadi "
                   "sejak subuh.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert [(e.type, e.place.name, e.date.start) for e in evs] == [
            ("attack", "Kayes", date(2025, 7, 1))], (text, evs)


def test_places_listed_with_a_locative_again_give_an_event_each():
    for code, text in (
            ("en", "Israel struck military sites near Damascus and in Daraa province on Monday night, "
                   "state media said."),
            ("id", "Israel melancarkan serangan udara ke sejumlah sasaran militer di dekat Damaskus dan di "
                   "provinsi Daraa pada Senin malam, menurut media pemerintah.")):
        evs = warta.extract(text, lang=code, published=date(2025, 3, 11)).events
        assert sorted((e.type, e.place.name) for e in evs) == [
            ("strike", "Damascus"), ("strike", "Dar'ā")], (text, evs)


def test_the_places_of_the_triggers_own_clause_count_however_long_the_phrase_before_them():
    for code, text in (
            ("en", "Syria's coast sees worst violence in years\n"
                   "Clashes between the new government's security forces and armed loyalists of the former "
                   "president Bashar al-Assad in Latakia and Tartus provinces killed more than 1,000 people "
                   "on Friday, a monitor said."),
            ("id", "Kekerasan Terburuk dalam Beberapa Tahun di Pesisir Suriah\n"
                   "Bentrokan antara pasukan keamanan pemerintah baru Suriah dan kelompok bersenjata "
                   "loyalis mantan presiden Bashar al-Assad di provinsi Latakia dan Tartus menewaskan lebih "
                   "dari 1.000 orang pada Jumat, kata pemantau.")):
        evs = warta.extract(text, lang=code, published=date(2025, 3, 11)).events
        assert sorted((e.type, e.place.name) for e in evs) == [
            ("attack", "Al Lādhiqīyah"), ("attack", "Ţarţūs")], (text, evs)


def test_places_listed_in_a_claim_for_the_told_attack_give_an_event_each():
    for code, text in (
            ("en", "KYIV, June 12 (Reuters) - Russian drones struck Kharkiv on Tuesday, officials said.\n"
                   "Russia's defence ministry claimed responsibility for the attacks on Kharkiv, Sumy and "
                   "Poltava."),
            ("id", "KYIV, Antara - Drone Rusia menghantam Kharkiv pada Selasa, kata pejabat.\n"
                   "Kementerian Pertahanan Rusia mengaku bertanggung jawab atas serangan di Kharkiv, Sumy "
                   "dan Poltava.")):
        evs = warta.extract(text, lang=code, published=date(2024, 6, 12)).events
        assert sorted((e.type, e.place.name, e.date.start) for e in evs) == [
            ("strike", "Kharkiv", date(2024, 6, 11)), ("strike", "Poltava", date(2024, 6, 11)),
            ("strike", "Sumy", date(2024, 6, 11))], (text, evs)


def test_a_claim_of_responsibility_tells_the_attack_claimed():
    text = ("JAYAPURA, KOMPAS - TPNPB mengklaim bertanggung jawab atas penembakan dua prajurit TNI di "
            "Distrik Sugapa, Intan Jaya, pada Senin.")
    evs = warta.extract(text, lang="id", published=date(2024, 6, 12)).events
    assert [(e.type, e.date.start) for e in evs] == [("attack", date(2024, 6, 10))], evs
    # ... as in English, where the phrase always told of it
    text = "JAYAPURA - The TPNPB claimed responsibility for the shooting of two soldiers in Sugapa on Monday."
    evs = warta.extract(text, lang="en", published=date(2024, 6, 12)).events
    assert [(e.type, e.date.start) for e in evs] == [("attack", date(2024, 6, 10))], evs


def test_a_strike_near_a_border_keeps_an_event_though_the_bordering_side_is_no_party():
    for code, text in (
            ("en", "Army gunners shelled rebel hideouts close to the Thai border on Tuesday, leaving 23 "
                   "fighters dead, officers said."),
            ("id", "Artileri tentara menembakkan roket ke kamp pemberontak Kamboja di dekat perbatasan "
                   "Thailand hari ini, menewaskan 23 orang, kata para perwira.")):
        evs = warta.extract(text, lang=code, published=date(2000, 1, 1)).events
        assert [e.type for e in evs] == ["strike"], (text, evs)
