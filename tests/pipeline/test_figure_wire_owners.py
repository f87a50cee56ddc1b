"""Whose drones and who was aboard: a side of several tokens between the number and the noun is one
name ("seven U.S. Reaper drones"); an owner word after the figure, past a model name, names the side
("seven Hermes drones belonging to Israel", "tujuh drone Hermes milik Israel"); people counted aboard
or carried are no toll, though a part of them after it still counts ("Of the 440 passengers on board,
354 were freed", "kapal itu mengangkut 150 orang")."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code, published="2024-10-10"):
    doc = extract(text, lang=code, published=published)
    return {f.text: f for c in doc.claims for f in c.figures}


def test_a_side_of_several_tokens_before_the_noun():
    fig = figures("The Houthis say they have downed seven U.S. Reaper drones since March.", "en")[
        "seven U.S. Reaper drones"]
    assert (fig.unit, fig.outcome, fig.side) == ("drones", "intercepted", "US")


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Hezbollah said it shot down seven Hermes drones belonging to Israel over Nabatieh.",
     "seven Hermes drones"),
    ("en", "The Houthis said they shot down two Reaper drones belonging to the U.S. over Marib.",
     "two Reaper drones"),
    ("id", "Tujuh drone Hermes milik Israel ditembak jatuh di atas Nabatieh, Lebanon selatan.",
     "Tujuh drone"),
])
def test_owner_after_the_figure_names_the_side(code, text, figure):
    side = figures(text, code)[figure].side
    assert side == ("US" if "U.S." in text else "IL")


@pytest.mark.parametrize("code, text, kept", [
    ("en", "Of the roughly 440 passengers on board the train, 354 were freed, officials said.", "354"),
    ("id", "UNHCR memperkirakan kapal itu mengangkut sekitar 150 orang. Dari 150 penumpang di dalam kapal, "
     "69 orang diselamatkan.", "69 orang"),
])
def test_people_aboard_are_no_toll(code, text, kept):
    figs = figures(text, code)
    assert kept in figs
    assert not any(f.quantity.value in (440, 150) for f in figs.values())


def test_an_article_before_a_side_of_several_tokens_counts_nothing():
    text = "The Houthis fired four drones at a U.S. warship and a coalition vessel in the Red Sea."
    assert [f.unit for f in figures(text, "en").values()] == ["drones"]
