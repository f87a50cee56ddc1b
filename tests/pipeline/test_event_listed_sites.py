"""A place listed after a joiner and a few words naming a site, or after the unit the first lies in,
is an event of its own."""

from datetime import date

import warta


def _places(text: str, code: str) -> list[str]:
    return sorted(e.place.name for e in warta.extract(text, lang=code, published=date(2025, 6, 7)).events)


def test_a_site_named_after_a_joiner_is_a_place_of_its_own():
    for code, text in (
            ("en", "ABUJA, June 7 (Reuters) - Gunmen attacked a market in Gusau and a police post near Tsafe "
                   "on Friday, police said."),
            ("id", "ABUJA - Kelompok bersenjata menyerang pasar di Gusau dan sebuah pos polisi di dekat "
                   "Tsafe pada Jumat (6/6), kata polisi.")):
        assert _places(text, code) == ["Gusau", "Tsafe"], text


def test_the_unit_a_town_lies_in_is_passed_over_in_a_list():
    for code, text in (
            ("en", "PESHAWAR, June 7 (Reuters) - Troops killed 12 militants in raids in Wana in South "
                   "Waziristan and in the Tank district on Friday, the army said."),
            ("id", "PESHAWAR - Pasukan menewaskan 12 militan dalam penggerebekan di Wana di Waziristan "
                   "Selatan dan di distrik Tank pada Jumat (6/6), kata militer.")):
        assert _places(text, code) == ["Tank", "Wana"], text
