"""Counts of people by what their clause makes of them. Fighters who are the subject of an active
capture verb with an object ('overran the garrison', 'menduduki markas itu') or of an arrival verb
('came', 'mendatangi') are the attackers' strength (used). Held people whom their list's verb harms
('9 hostages and 14 militants were killed') are killed. A rank among attacks ('one of the deadliest
attacks') counts nothing; a generic toll with a fate word before its noun ('23 wounded people, including
five civilians') is mixed when a part names civilians. The Indonesian forms of the last two already
read right (no 'one of' count, head-first nouns), so only English tests them."""

import pytest

from tests.pipeline.figure_triples import figure_triples


def _figures(code, text):
    return figure_triples(code, text, "2026-05-12")


@pytest.mark.parametrize("code, text", [
    ("en", "About 70 fighters on pickup trucks overran the garrison at Mora before dawn on Monday, the army "
           "said. Five soldiers captured in the raid were held in the bush, it said."),
    ("id", "Sekitar 70 anggota milisi menduduki markas itu sebelum fajar pada Senin, kata militer. Lima "
           "prajurit tertangkap saat itu, kata militer."),
])
def test_subject_of_a_capture_verb_with_an_object_is_used(code, text):
    # (no object, or a passive verb: the people counted were taken)
    assert _figures(code, text) == [(70, "personnel", "used"), (5, "personnel", "captured")]


@pytest.mark.parametrize("code, text", [
    ("en", "The mayor said about 25 armed men came to the market on Tuesday night."),
    ("id", "Menurut kepala desa, sekitar 25 orang bersenjata mendatangi pasar itu pada Selasa malam."),
])
def test_armed_men_who_came_are_used(code, text):
    assert _figures(code, text) == [(25, "personnel", "used")]


@pytest.mark.parametrize("code, text", [
    ("en", "Troops recaptured the depot on Monday; the army said 9 hostages and 14 militants were killed in "
           "the fighting."),
    ("id", "Tentara merebut kembali gudang itu pada Senin; militer mengatakan 9 sandera dan 14 militan tewas "
           "dalam pertempuran."),
])
def test_hostages_their_list_verb_kills_are_killed(code, text):
    assert [(v, o) for v, _, o in _figures(code, text)] == [(9, "killed"), (14, "killed")]


def test_a_rank_among_attacks_is_no_count():
    text = ("Police said three officers were killed on Sunday, one of the deadliest attacks on the force "
            "this year.")
    assert _figures("en", text) == [(3, "personnel", "killed")]


def test_a_generic_toll_with_a_fate_word_before_its_noun_is_mixed():
    text = ("A doctor at the district hospital said 23 wounded people, including five civilians, had been "
            "brought in since Monday.")
    assert _figures("en", text) == [(23, "other", "wounded"), (5, "civilians", "wounded")]
