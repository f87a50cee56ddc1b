"""Deaths "in a firefight" (an indefinite article after "in") name a new clash, not the told one as "in
the fighting" does: an undated sentence after a told attack that kills in a firefight of its own is an
attack."""

from datetime import date

import warta


def test_killed_in_a_firefight_is_a_clash_of_its_own():
    for code, text in (
            ("en", "NAIROBI, June 10 (Reuters) - A bomb hit a bus near Wajir on Monday, killing four "
                   "passengers. Soldiers killed two gunmen in a shootout in Garissa county, the army said."),
            ("id", "NAIROBI - Sebuah bom menghantam bus di dekat Wajir pada Senin (9/6/2025), menewaskan "
                   "empat penumpang. Tentara menewaskan dua pria bersenjata dalam sebuah baku tembak di "
                   "Garissa, kata militer.")):
        evs = warta.extract(text, lang=code, published=date(2025, 6, 10)).events
        there = [e.type for e in evs if e.place and e.place.name.startswith("Garissa")]
        assert there == ["attack"], (text, evs)
