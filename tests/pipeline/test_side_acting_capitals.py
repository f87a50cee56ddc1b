"""A capital the place engine reads as acting for its state ("Kampala deployed 2,000 troops", "Kampala
mengerahkan 2.000 tentara") names the side of what it sends, as the country's own name does."""

import pytest

import warta


def sides(text, code):
    article = warta.extract(text, lang=code, published="2026-01-20")
    return {f.text: f.side for c in article.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure, side", [
    ("en", "Tension rose along the coast of Venezuela. Washington has sent roughly 6,000 marines to "
           "the area since March.", "roughly 6,000 marines", "US"),
    ("en", "Fighting continued in South Sudan. Kampala deployed 2,000 troops to help Juba.",
     "2,000 troops", "UG"),
    ("id", "Pertempuran berlanjut di Sudan Selatan. Kampala mengerahkan 2.000 tentara untuk membantu Juba.",
     "2.000 tentara", "UG"),
    ("id", "Bentrokan meluas di perbatasan Chad. Khartoum telah mengirim sekitar 3.000 tentara ke "
           "kawasan itu.", "sekitar 3.000 tentara", "SD"),
])
def test_a_capital_acting_for_its_state_names_the_side(code, text, figure, side):
    assert sides(text, code)[figure] == side


@pytest.mark.parametrize("code, text, figure, side", [
    ("en", "Moscow said its air defences downed 40 Ukrainian drones overnight.", "40 Ukrainian drones", "UA"),
    ("id", "Moskow mengatakan pertahanan udaranya menembak jatuh 40 drone Ukraina.", "40 drone Ukraina",
     "UA"),
])
def test_a_capital_as_the_claimant_does_not_take_the_figures(code, text, figure, side):
    assert sides(text, code)[figure] == side
