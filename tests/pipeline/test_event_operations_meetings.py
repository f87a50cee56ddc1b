"""Killings in an operation are an attack (the operation's type, the verb's subject acting); a military
intervention is an attack; a meeting for talks is the talks, whatever
purpose word or fighting around it; an arrest made in an operation stays an arrest, a name in brackets
between them notwithstanding."""

from datetime import date

import warta

PUB = date(2025, 7, 17)


def _types(text: str, lang: str) -> list[str]:
    return sorted(e.type for e in warta.extract(text, lang=lang, published=PUB).events)


def test_killings_in_an_operation_are_an_attack():
    assert _types("The army said on Tuesday it had killed 42 militants in an operation near Mandera.", "en") \
        == ["attack"]
    assert _types("Tentara pada Selasa (15/7) mengatakan telah menewaskan 42 militan dalam operasi di dekat "
                  "Mandera.", "id") == ["attack"]


def test_a_military_intervention_is_an_attack():
    assert _types("A Saudi-led coalition launched a military intervention in Yemen in March 2015.", "en") \
        == ["attack"]
    assert _types("Koalisi pimpinan Arab Saudi melakukan intervensi di Yaman pada Maret 2015.", "id") \
        == ["attack"]


def test_a_meeting_for_talks_amid_fighting_is_the_talks():
    assert _types("Di tengah pertempuran, delegasi kedua negara bertemu di Nairobi pada Selasa (15/7) untuk "
                  "putaran kedua perundingan.", "id") == ["negotiation"]
    assert _types("Amid the fighting, delegations of both countries met in Nairobi on Tuesday for a second "
                  "round of talks.", "en") == ["negotiation"]


def test_an_arrest_in_an_operation_stays_an_arrest():
    assert _types("Polisi menangkap lima terduga anggota Jamaah Ansharut Daulah (JAD) dalam operasi di "
                  "Mandera dan Garissa pada Selasa (15/7).", "id") == ["other"]
    assert _types("Police arrested five suspected members of the Jamaah Ansharut Daulah (JAD) in an "
                  "operation in Mandera and Garissa on Tuesday.", "en") == ["other"]
