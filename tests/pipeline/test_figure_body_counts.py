"""A count of bodies is a count of the dead whatever verb it sits near: bodies brought to a hospital
beside a count of the wounded, or bodies that arrived somewhere, were not wounded or displaced
("60 bodies arrived ... and 200 people were wounded", "22 jenazah tiba sejak pagi"). And "shot to death"
kills, as "shot dead" and "hacked to death" do."""

import pytest

from warta.pipeline.extract import extract


def _figures(code: str, text: str) -> list[tuple[str, str, str]]:
    doc = extract(text, lang=code, published="2025-06-01")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Health officials said 60 bodies arrived at hospitals in the past day and 200 people were "
           "wounded.",
     "60 bodies"),
    ("id", "Rumah sakit di Khan Younis melaporkan 22 jenazah tiba sejak pagi dan 45 orang terluka.",
     "22 jenazah"),
])
def test_bodies_are_dead(code, text, figure):
    assert (figure, "civilians", "killed") in _figures(code, text)


def test_wounded_beside_bodies_stay_wounded():
    text = "Rumah sakit di Khan Younis melaporkan 22 jenazah tiba sejak pagi dan 45 orang terluka."
    assert ("45 orang", "civilians", "wounded") in _figures("id", text)


def test_shot_to_death_kills():
    text = "Bandits shot to death 17 farmers near Gusau on Sunday, a council official said."
    assert ("17 farmers", "civilians", "killed") in _figures("en", text)
