"""Threat forms a fourth batch of fresh reports showed: a threat made inside a direct quote (a threat
is speech, so the quote is the event), idioms of retaliation ("will pay the price", "tidak akan
dibiarkan tanpa balasan") and a punitive step an official says the state will take ("would crush",
"akan menumpas")."""

from datetime import date

import warta

PUB = date(2025, 4, 16)


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = warta.extract(text, lang=lang, published=PUB).events
    return [(e.type, e.date.end.isoformat() if e.date else "") for e in evs]


def test_a_threat_inside_a_quote_is_a_threat():
    assert _events('In Niamey, the junta spokesman said on Tuesday: "We will hunt down the killers."',
                   "en") == [("threat", "2025-04-15")]
    assert _events('Di Niamey, juru bicara junta pada Selasa berkata: "Kami akan memburu para pembunuh '
                   'itu."', "id") == [("threat", "2025-04-15")]


def test_an_attack_inside_a_quote_stays_no_event_of_its_own():
    assert _events('"They attacked us at dawn," a farmer in Niamey said on Tuesday.', "en") == []
    assert _events('"Mereka menyerang kami saat subuh," kata seorang petani di Niamey pada Selasa.',
                   "id") == []


def test_idioms_of_retaliation_are_threats():
    assert _events("The rebel command in Niamey said on Tuesday that the junta would pay dearly for the "
                   "raid.", "en") == [("threat", "2025-04-15")]
    assert _events("The governor of Niamey said on Tuesday that the killing of the chief will not go "
                   "unanswered.", "en") == [("threat", "2025-04-15")]
    assert _events("Gubernur Niamey pada Selasa mengatakan pembunuhan kepala desa itu tidak akan "
                   "dibiarkan tanpa balasan.", "id") == [("threat", "2025-04-15")]
    assert _events("Komando pemberontak di Niamey pada Selasa menyatakan junta akan membayar mahal atas "
                   "serangan itu.", "id") == [("threat", "2025-04-15")]


def test_a_punitive_step_the_state_will_take_is_a_threat():
    assert _events("The interior minister said on Tuesday that the army would crush the gangs in "
                   "Niamey.", "en") == [("threat", "2025-04-15")]
    assert _events("Menteri dalam negeri pada Selasa menyatakan tentara akan menumpas geng-geng di "
                   "Niamey.", "id") == [("threat", "2025-04-15")]
