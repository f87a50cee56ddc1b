"""In a story whose armed groups of no named side act in their own country ("gunmen raided ...", "orang
bersenjata menyerbu ..."), a violent event at home whose words name no doer ("a bomb went off near a
market", "sebuah bom meledak di dekat pasar") is that country's acting on itself too; alone, such an
event guesses no actor."""

from datetime import date

import warta

PUBLISHED = date(2026, 3, 4)


def sides(code: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in warta.extract(text, lang=code, published=PUBLISHED).events]


def test_a_doerless_blast_in_a_story_of_home_gunmen_is_theirs_alone_no_ones():
    for code, story, alone in (
            ("en", "MAIDUGURI, March 4 - Gunmen raided the village of Mafa on Monday, killing seven farmers, "
                   "police said.\nOn Tuesday a bomb went off near a market in Konduga, wounding 12 people.",
             "MAIDUGURI, March 4 - A bomb went off near a market in Konduga on Tuesday, wounding 12 people."),
            ("id", "MAIDUGURI - Orang-orang bersenjata menyerbu desa Mafa pada Senin (2/3), menewaskan tujuh "
                   "petani, kata polisi.\nPada Selasa (3/3), sebuah bom meledak di dekat pasar di Konduga, "
                   "melukai 12 orang.",
             "MAIDUGURI - Sebuah bom meledak di dekat pasar di Konduga pada Selasa (3/3), melukai 12 "
             "orang.")):
        assert sides(code, story) == [("attack", "NG", "NG"), ("attack", "NG", "NG")], story
        assert sides(code, alone) == [("attack", None, "NG")], alone
