"""A demonstrative after a verb trigger points at its object, not at the told event; "hours later"
dates an event on the told event's day."""

from datetime import date

import warta

PUB = date(2025, 3, 24)  # a Monday
LEAD = {"en": "KHARTOUM, March 24 (Reuters) - Sudan's army retook the presidential palace in central "
              "Khartoum from the RSF on Friday.\n",
        "id": "KHARTOUM, Antara - Tentara Sudan merebut kembali istana kepresidenan di pusat Khartoum "
              "dari RSF pada Jumat (21/3).\n"}


def test_a_demonstrative_after_a_verb_trigger_is_its_objects():
    for code, text in (
            ("en", "On Saturday, an RSF drone struck that palace, killing three state television "
                   "journalists, military sources said."),
            ("id", "Pada Sabtu, drone RSF menghantam istana itu dan menewaskan tiga wartawan televisi "
                   "pemerintah, menurut sumber militer.")):
        evs = warta.extract(LEAD[code] + text, lang=code, published=PUB).events
        assert [(e.type, e.date.start) for e in evs] == [
            ("capture", date(2025, 3, 21)), ("strike", date(2025, 3, 22))], (text, evs)


def test_hours_later_is_the_told_events_day():
    for code, text in (
            ("en", "Hours later, an RSF drone struck the palace, killing three state television "
                   "journalists, military sources said."),
            ("id", "Beberapa jam kemudian, serangan drone RSF menghantam istana itu dan menewaskan tiga "
                   "wartawan televisi pemerintah, menurut sumber militer.")):
        evs = warta.extract(LEAD[code] + text, lang=code, published=PUB).events
        assert [(e.type, e.date.start, e.date.end) for e in evs] == [
            ("capture", date(2025, 3, 21), date(2025, 3, 21)),
            ("strike", date(2025, 3, 21), date(2025, 3, 21))], (text, evs)


def test_the_told_attack_told_again_beside_an_earlier_capture_of_its_own_date_and_place():
    for code, text in (
            ("en", "PORT-AU-PRINCE, April 2 (Reuters) - Gangs stormed the town of Mirebalais in central "
                   "Haiti on Monday, officials said.\n"
                   "The attack came weeks after the same gangs seized the town of Saut-d'Eau in "
                   "mid-March."),
            ("id", "PORT-AU-PRINCE, KOMPAS.com - Geng bersenjata menyerbu kota Mirebalais di Haiti tengah "
                   "pada Senin (31/3/2025), kata pejabat.\n"
                   "Serangan ini terjadi beberapa pekan setelah geng yang sama menguasai kota Saut-d'Eau "
                   "pada pertengahan Maret.")):
        evs = warta.extract(text, lang=code, published=date(2025, 4, 2)).events
        assert [(e.type, e.place.name, e.date.start) for e in evs] == [
            ("attack", "Mirebalais", date(2025, 3, 31)),
            ("capture", "Saut-d'Eau", date(2025, 3, 11))], (text, evs)


def test_control_regained_is_a_capture():
    for code, text in (
            ("en", "The army said on Monday it had regained control of a rural school near Tibu that rebels "
                   "had used as a base."),
            ("id", "Militer mengatakan pada Senin telah memulihkan kendali atas sebuah sekolah di dekat Tibu "
                   "yang dipakai pemberontak sebagai markas.")):
        evs = warta.extract(text, lang=code, published=date(2025, 1, 20)).events
        assert [(e.type, e.place.country) for e in evs] == [("capture", "CO")], (text, evs)
