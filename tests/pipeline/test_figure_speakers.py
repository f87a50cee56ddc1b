"""People counted right before a speech verb are the sources, no figure ("one of them said", "dua di
antaranya mengatakan"), also past an aside between commas ("One of them, who declined to be named,
said"); members of a force named with a possessive ("members of the junta's forces") or of the group
told again ("members of the group", "anggota kelompok itu") are fighters."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-03-02")
    return [(f.text, f.unit) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, kept", [
    ("en", "Shelling killed nine people in the camp. \"We could not reach the wounded,\" one of them said.",
     ["nine people"]),
    ("en", "Rebels burned 40 homes in the village. Two of them, who asked not to be named, told reporters "
           "the attackers came at night.", ["40 homes"]),
    ("id", "Serangan itu menewaskan sembilan warga. Dua di antaranya mengatakan bahwa rumah mereka dibakar.",
     ["sembilan warga"]),
])
def test_people_who_speak_are_no_figure(code, text, kept):
    assert [t for t, _ in figures(text, code)] == kept


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The rebels said they had killed 35 members of the regime's forces near the dam.",
     "35 members of the regime's forces"),
    ("en", "A junta spokesman said troops had killed 18 members of the group in a raid.",
     "18 members of the group"),
    ("id", "Juru bicara militer mengatakan pasukan menewaskan 18 anggota kelompok itu dalam penggerebekan.",
     "18 anggota kelompok itu"),
])
def test_members_of_a_force_told_again_are_fighters(code, text, figure):
    assert (figure, "personnel") in figures(text, code)
