"""Whose drones and who was aboard: a side of several tokens between the number and the noun is one
name ("seven U.S. Reaper drones"); an owner word after the figure, past a model name, names the side
("seven Hermes drones belonging to Israel", "tujuh drone Hermes milik Israel"); people counted aboard
or carried are no toll, though a part of them after it still counts ("Of the 440 passengers on board,
354 were freed", "kapal itu mengangkut 150 orang"); a bare number that "the figure"/"angkanya" introduces
counts what the count before it counted; martyred fighters died."""

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
    text = "The Houthis launched four drones at a U.S. destroyer and an allied tanker off Hodeidah."
    assert [f.unit for f in figures(text, "en").values()] == ["drones"]


@pytest.mark.parametrize("code, text, figure, part", [
    ("en", "Israeli strikes killed 44 people across Gaza on Monday, medics said. The UN put the figure "
     "at 52, including 19 children.", "52", "19 children"),
    ("id", "Serangan Israel menewaskan 44 orang di Gaza pada Senin, kata petugas medis. PBB menyebut "
     "angkanya mencapai 52, termasuk 19 anak-anak.", "52", "19 anak-anak"),
])
def test_the_figure_counts_what_the_count_before_counted(code, text, figure, part):
    figs = figures(text, code)
    for key in (figure, part):
        assert (figs[key].unit, figs[key].outcome) == ("civilians", "killed")


@pytest.mark.parametrize("code, text, figure", [
    ("en", "\"At least 70 of our fighters were martyred,\" the group said in a statement.",
     "At least 70 of our fighters"),
    ("id", "\"Sedikitnya 70 pejuang kami mati syahid,\" kata kelompok itu dalam pernyataan.",
     "Sedikitnya 70 pejuang"),
])
def test_martyred_fighters_died(code, text, figure):
    fig = figures(text, code)[figure]
    assert (fig.unit, fig.outcome) == ("personnel", "killed")
