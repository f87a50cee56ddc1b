"""A month ties to the trigger before it across a name set off by commas, and further on in the clause
when no other trigger stands between; where a retreat went is not where it happened; a deal struck is no
strike; a violent step a side would take if its demand is not met is a threat; an operation launched
against a group is an attack."""

from datetime import date

import warta

PUB = date(2025, 7, 17)


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    evs = warta.extract(text, lang=lang, published=PUB).events
    return sorted((e.type, e.date.start.isoformat() if e.date else "", e.place.name if e.place else "")
                  for e in evs)


def test_a_month_after_a_name_set_off_by_commas_dates_the_talks():
    text = "Kedua pihak menyepakati gencatan senjata di Nairobi, Kenya, pada Maret 2024."
    assert [e[:2] for e in _events(text, "id")] == [("negotiation", "2024-03-01")]
    assert [e[:2] for e in _events("The two sides agreed a truce in Nairobi, Kenya, in March 2024.", "en")] \
        == [("negotiation", "2024-03-01")]


def test_a_month_further_on_with_no_trigger_between_dates_the_talks():
    assert [e[:2] for e in _events("Talks in Nairobi between the two governments and their allies broke down "
                                   "in March 2024.", "en")] == [("negotiation", "2024-03-01")]
    assert [e[:2] for e in _events("Perundingan di Nairobi yang dimediasi Uni Afrika dan Amerika Serikat "
                                   "pada Maret 2024 gagal.", "id")] == [("negotiation", "2024-03-01")]


def test_where_a_retreat_went_is_not_its_place():
    text = ("Rebels seized the town of Mandera on Tuesday. Surviving soldiers withdrew to the town of "
            "Garissa, an official said.")
    assert ("retreat", "Garissa") not in [(t, p) for t, _, p in _events(text, "en")]
    text = ("Pemberontak merebut kota Mandera pada Selasa (15/7). Menurut pejabat setempat, sisa "
            "pasukan mundur ke arah kota Garissa.")
    assert ("retreat", "Garissa") not in [(t, p) for t, _, p in _events(text, "id")]


def test_a_deal_struck_is_no_strike():
    assert "strike" not in [t for t, _, _ in _events(
        "The two sides swapped 90 prisoners on Tuesday under a deal struck in Nairobi on June 2.", "en")]


def test_a_step_a_side_would_take_if_its_demand_fails_is_a_threat():
    assert [e[0] for e in _events("The army said on Tuesday it would attack Mandera if the rebels failed "
                                  "to leave.", "en")] == ["threat"]
    assert [e[0] for e in _events("Tentara pada Selasa (15/7) mengatakan akan menyerang Mandera jika "
                                  "pemberontak tidak pergi.", "id")] == ["threat"]


def test_an_operation_launched_against_a_group_is_an_attack():
    text = "Police launched an operation against gangs in Mandera on Tuesday."
    assert [e[:2] for e in _events(text, "en")] == [("attack", "2025-07-15")]
    assert [e[:2] for e in _events("Polisi melancarkan operasi terhadap geng di Mandera pada Selasa (15/7).",
                                   "id")] == [("attack", "2025-07-15")]


def test_a_diplomat_summoned_in_protest_is_a_statement():
    assert [e[0] for e in _events("Kenya summoned Somalia's ambassador in Nairobi on Tuesday to protest the "
                                  "raid.", "en")] == ["statement"]
    assert [e[0] for e in _events("Kenya memanggil duta besar Somalia di Nairobi pada Selasa (15/7) untuk "
                                  "memprotes serangan itu.", "id")] == ["statement"]
