"""What forces seized from armed men is theirs down the whole list ("killed six of the raiders and seized
two trucks and a machine gun"); an armed group whose men the story says came from abroad fights the state
where the story happens, so its tally of killed police is that state's; and a country named as where the
men came from is no scene of the story."""

import pytest

import warta


def sides(text, code, published="2026-06-05"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: f.side for c in article.claims for f in c.figures}


@pytest.mark.parametrize("code, text, seized, tally", [
    ("en", "Gunmen who crossed from Ethiopia raided a police post near Marsabit in northern Kenya on Friday. "
           "Police killed six of the raiders and seized two trucks and a machine gun, the interior ministry "
           "said. JNIM, a group active in Ethiopia, said its fighters had killed 12 policemen.",
     "a machine gun", "12 policemen"),
    ("id", "Pria bersenjata dari Ethiopia menyerbu pos polisi di dekat Marsabit, Kenya utara, pada Jumat. "
           "Kementerian Dalam Negeri Kenya menyatakan polisi menewaskan enam penyerang serta menyita "
           "dua truk dan tiga senapan mesin. JNIM, kelompok yang aktif di Ethiopia, menyatakan pejuangnya "
           "menewaskan 12 polisi.", "tiga senapan mesin", "12 polisi"),
])
def test_seized_lists_and_a_foreign_group_s_tally(code, text, seized, tally):
    got = sides(text, code)
    assert (got[seized], got[tally]) == ("ET", "KE"), got
