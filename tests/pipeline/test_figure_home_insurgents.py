"""Militants said to come from across the border are not that neighbour's when the story names them as
the scene's own insurgents ("TTP" in a Pakistani story): they fight in their own country; armed men
who crossed from a neighbour with no such group named stay the neighbour's."""

import pytest

from warta.pipeline.extract import extract


def _sides(code: str, text: str) -> list[tuple[str, str | None]]:
    doc = extract(text, lang=code, published="2025-06-01")
    return [(f.text, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "Pakistani troops killed 12 militants of the TTP in South Waziristan, the army said. The army "
           "said 12 militants who crossed from Afghanistan were killed in a firefight.",
     ("12 militants", "PK")),
    ("id", "Pasukan Pakistan menewaskan 20 militan di distrik Kurram, kata militer. Menurut militer, para "
           "militan itu datang dari Afghanistan dan merupakan anggota TTP.",
     ("20 militan", "PK")),
])
def test_home_insurgents_from_abroad(code, text, expected):
    sides = _sides(code, text)
    assert expected in sides and all(s == "PK" for _, s in sides)


def test_crossed_from_neighbour_stays():
    text = "Soldiers killed 40 gunmen who crossed from Burkina Faso near the border town of Tera in Niger, " \
           "the army said."
    assert ("40 gunmen", "BF") in _sides("en", text)
