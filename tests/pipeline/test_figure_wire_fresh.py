"""Forms found on fresh wire texts: a toll whose clause ends with a bare number counts it past a word
in its complement ("raising the death toll from the cross-border fire to 28"); scare quotes are no
words between a verb and its figure ('"neutralised" more than 50 terrorists'); "most of them
soldiers" mixes a generic toll ("sebagian besar di antaranya tentara"); "its own fighters" are the
group's fighters; people searched for are missing, people who sought shelter displaced."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2024-10-10")
    return {f.text: f for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text", [
    ("en", "Artillery fire killed at least 15 civilians overnight, raising the death toll from the "
     "cross-border fire to 28."),
    ("id", "Tembakan artileri menewaskan sedikitnya 15 warga sipil semalam, sehingga jumlah korban tewas "
     "akibat tembakan lintas perbatasan menjadi 28."),
])
def test_toll_clause_ending_with_a_bare_number(code, text):
    fig = figures(text, code)["28"]
    assert (fig.unit, fig.outcome) == ("civilians", "killed")


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The army said it had \"neutralised\" more than 50 fighters and seized 30 rifles.",
     "more than 50 fighters"),
    ("id", "Militer mengklaim telah \"menetralisir\" lebih dari 50 teroris dan menangkap 30 orang.",
     "lebih dari 50 teroris"),
])
def test_scare_quotes_are_no_distance(code, text, figure):
    assert figures(text, code)[figure].outcome == "killed"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "Militants killed more than 100 people, most of them soldiers, security sources said.",
     "more than 100 people"),
    ("id", "Militan menewaskan lebih dari 100 orang, sebagian besar di antaranya tentara, kata sumber "
     "keamanan.", "lebih dari 100 orang"),
])
def test_most_of_them_soldiers_mixes_the_toll(code, text, figure):
    assert figures(text, code)[figure].unit == "other"


def test_its_own_fighters():
    fig = figures("The group said eight of its own fighters had died in the assault.", "en")[
        "eight of its own fighters"]
    assert (fig.unit, fig.outcome) == ("personnel", "killed")


@pytest.mark.parametrize("code, text, figure, outcome", [
    ("en", "Thirty-one bodies were recovered, an official said, adding that the search for 17 others "
     "continued.", "17 others", "missing"),
    ("id", "Sebanyak 31 jenazah ditemukan, kata seorang pejabat, seraya menambahkan pencarian terhadap 17 "
     "orang lainnya masih berlangsung.", "17 orang lainnya", "missing"),
    ("en", "Some 4,000 people have sought shelter in schools and churches, the Red Cross said.",
     "Some 4,000 people", "displaced"),
    ("id", "Sekitar 4.000 orang berlindung di sekolah dan gereja, kata Palang Merah.", "Sekitar 4.000 orang",
     "displaced"),
])
def test_people_searched_for_and_sheltering(code, text, figure, outcome):
    assert figures(text, code)[figure].outcome == outcome
