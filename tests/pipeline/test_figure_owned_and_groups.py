"""A count of fighters joined to a person of theirs ('six soldiers and their driver', 'enam tentara dan
sopir mereka') counts the fighters only, no mixed count. Armed groups the side index names: the Polisario
Front and the Sahrawis (EH), the Shining Path (PE), the Kuki-Chin National Front (BD), the SPLA-IO (SS),
Ambazonian separatists (CM), the Seleka and anti-balaka (CF). An Indonesian list item whose noun runs on
past its unit word before the joiner still lists the item after it."""

import pytest

from warta.pipeline.extract import extract


def _figures(code, text):
    doc = extract(text, lang=code, published="2026-09-14")
    return [(f.quantity.value, f.unit, f.outcome, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "Near Jalalabad, a mine killed six soldiers and their driver on Monday."),
    ("id", "Di dekat Jalalabad, sebuah ranjau menewaskan enam tentara dan sopir mereka pada Senin."),
])
def test_fighters_and_a_person_of_theirs(code, text):
    assert [f[1] for f in _figures(code, text)] == ["personnel"]


@pytest.mark.parametrize("code, text, want", [
    ("en", "Gunfire killed four Polisario Front fighters near Tifariti, a Sahrawi official said.", "EH"),
    ("id", "Tembakan menewaskan empat pejuang Polisario di dekat Tifariti, kata seorang pejabat.", "EH"),
    ("en", "Troops killed five Shining Path rebels in the valley, the army said.", "PE"),
    ("en", "Soldiers killed three SPLA-IO fighters near Nasir, officials said.", "SS"),
])
def test_armed_groups_name_their_side(code, text, want):
    assert [f[3] for f in _figures(code, text)] == [want]


def test_an_item_whose_noun_runs_on_before_the_joiner_is_listed():
    # head-first nouns run on past their unit word ('dua meriam artileri medan dan ...'): the list goes on
    # to the item after the joiner, which shares its verb ('sebuah' counts in a list of equipment). English
    # puts the modifiers before the head, so its lists already read right.
    text = ("Menurut kementerian, musuh kehilangan 60 prajurit, dua tank, tiga meriam artileri medan dan "
            "sebuah stasiun radar dalam sehari.")
    assert [(f[0], f[1], f[2]) for f in _figures("id", text)] == [
        (60, "personnel", "lost"), (2, "tanks", "lost"), (3, "artillery", "lost"), (1, "other", "lost")]
