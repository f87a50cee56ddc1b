"""A verb right after another count is that count's own predicate ('three miners were killed'): the
list after it ('four miners and two guards ... were wounded') takes its own verb. People being treated are
wounded; bodies in uniform are fighters'. The Indonesian 'dirawat' was already a wound word."""

import pytest

from tests.pipeline.figure_triples import figure_triples


def _figures(code, text):
    return figure_triples(code, text, "2026-09-22")


@pytest.mark.parametrize("code, text", [
    ("en", "Three miners were killed and four miners and two guards from the company were wounded in the "
           "attack, police said."),
    ("en", "Two miners died, four miners and two guards from the company were wounded in the attack, police "
           "said."),
    ("id", "Kapolres mengatakan tiga penambang tewas, lima penambang dan dua anggota Satpol PP luka berat "
           "dalam serangan itu."),
])
def test_a_list_after_another_counts_predicate_takes_its_own_verb(code, text):
    got = [(u, o) for _, u, o in _figures(code, text)]
    assert got == [("civilians", "killed"), ("civilians", "wounded"), ("personnel", "wounded")]
    # (a verb that opens the list after a comma is the list's: "..., wounded 3 fighters and 2 commanders")
    guard = "The army said it killed 5 militants, wounded 3 fighters and 2 commanders, and seized 4 rifles."
    assert [o for *_, o in _figures("en", guard)] == ["killed", "wounded", "wounded", "captured"]


def test_people_being_treated_are_wounded():
    text = "Doctors in Bunia said 17 people were being treated at the main hospital after the raid."
    assert _figures("en", text) == [(17, "civilians", "wounded")]


@pytest.mark.parametrize("code, text", [
    ("en", "A nurse said six bodies in military uniform were brought to the clinic on Friday."),
    ("id", "Seorang perawat mengatakan enam jenazah berseragam militer dibawa ke klinik itu pada Jumat."),
])
def test_bodies_in_uniform_are_fighters(code, text):
    assert _figures(code, text) == [(6, "personnel", "killed")]


def test_a_force_words_toll_counts_fighters():
    # (Indonesian puts the force after the toll, with a noun: "korban jiwa militer mencapai 30 orang")
    text = "The governor's office put the military death toll at almost 30 after Tuesday's raid."
    assert _figures("en", text) == [(30, "personnel", "killed")]


def test_an_article_after_including_names_an_example_a_numeral_counts():
    text = "Shelling killed four people, including a young girl, the governor said on Sunday."
    assert _figures("en", text) == [(4, "civilians", "killed")]
    # ("seorang" is a numeral: one of them, counted)
    text = "Penembakan itu menewaskan empat orang, termasuk seorang anak perempuan, kata gubernur."
    assert _figures("id", text) == [(4, "civilians", "killed"), (1, "civilians", "killed")]
