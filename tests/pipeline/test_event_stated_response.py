"""A response a side says it will make is a threat: the future word before it ("would respond", "would have
to respond", "akan memberikan respons", "akan merespons") makes it one, even with a quotation mark opened
between, and so does what it says an act will be met with ("would be met with full force", "akan dibalas
dengan kekuatan penuh"); a response it will not make, or one to a question, is none."""
from datetime import date

import warta

LEADS = {"en": "Drones struck an oil depot in Belgorod region overnight, the governor said on Tuesday. ",
         "id": "Drone menghantam depot minyak di wilayah Belgorod pada malam hari, kata gubernur. "}


def _types(lang, rest):
    res = warta.extract(LEADS[lang] + rest, lang=lang, published=date(2026, 9, 2))
    return sorted(e.type for e in res.events)


def test_a_response_a_side_will_make_is_a_threat_en():
    assert _types("en", "Russia's foreign ministry said Moscow would respond to the attack on Belgorod.") \
        == ["strike", "threat"]
    assert _types("en", "Russia's defence minister said on Tuesday that the Kremlin would have to respond.") \
        == ["strike", "threat"]


def test_a_response_a_side_will_make_is_a_threat_id():
    assert _types("id", 'Kementerian Luar Negeri Rusia menyatakan Moskow akan memberikan "respons tegas" '
                        "atas serangan di Belgorod.") == ["strike", "threat"]
    assert _types("id", "Menteri Pertahanan Rusia mengatakan Moskow akan merespons serangan di Belgorod.") \
        == ["strike", "threat"]


def test_no_response_is_no_threat_en():
    assert _types("en", "Russia's defence ministry said Moscow would not respond to questions on Belgorod.") \
        == ["strike"]


def test_no_response_is_no_threat_id():
    assert _types("id", "Kementerian Pertahanan Rusia mengatakan Moskow tidak akan merespons pertanyaan "
                        "soal Belgorod.") == ["strike"]


def test_what_an_act_will_be_met_with_is_a_threat_en():
    assert _types("en", "Russia's defence minister said that attacks on Belgorod would be met with full "
                        "force.") == ["strike", "threat"]


def test_what_an_act_will_be_met_with_is_a_threat_id():
    assert _types("id", "Menteri Pertahanan Rusia mengatakan setiap serangan baru ke Belgorod akan dibalas "
                        "dengan kekuatan penuh.") == ["strike", "threat"]
