"""Counts the genre tells that went missing or wrong: a count followed by "and said" is no speaker
("gave a lower toll of 19 civilians killed and said"); the dead described as members of a force
were fighters ("four of the dead were members of the group's coast guard"); "pemuda" are people;
an aside between a noun and its numbering word ("pelaku yang diduga berjumlah sekitar 20 orang")."""

import warta


def figures(text, code, published="2025-03-04"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: (f.unit, f.outcome) for c in article.claims for f in c.figures}


def test_a_count_before_and_said_is_no_speaker():
    got = figures("Army spokesman Col. Jean Bosco gave a lower toll of 17 civilians killed and said troops "
                  "had freed three hostages.", "en")
    assert got.get("17 civilians killed") == ("civilians", "killed"), got
    got = figures("Juru bicara militer memberikan angka korban 17 warga dan mengatakan pasukan membebaskan "
                  "tiga sandera.", "id")
    assert "17 warga" in got, got


def test_the_dead_who_were_members_of_a_force():
    got = figures("The health ministry said the raid killed nine people. A harbour official said five of "
                  "the dead were members of the militia's coast guard.", "en")
    assert got.get("five of the dead") == ("personnel", "killed"), got


def test_pemuda_and_an_aside_before_berjumlah():
    got = figures("Tiga pemuda tewas ditembak dalam penggerebekan di kamp itu, menurut petugas medis.", "id")
    assert got.get("Tiga pemuda") == ("civilians", "killed"), got
    got = figures("Polisi mengatakan pelaku yang diduga berjumlah sekitar 20 orang itu kabur ke hutan.", "id")
    assert got.get("sekitar 20 orang", ("",))[0] == "personnel", got
