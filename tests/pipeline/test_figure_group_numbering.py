"""A numbering word after a group counts its strength ('kelompok itu berjumlah sekitar 30 orang', 'The
group, numbering about 30 fighters'): outcome other, as an armed group's strength; after the people
of an act ('the attackers, numbering about 50') it counts a force used. A place inside another figure
('tiga warga negara Malaysia') says whose those are, not where the figure before it is."""

import pytest

from warta.pipeline.extract import extract

OPENING = {
    "en": "MARAWI, Philippines - Philippine troops clashed with militants in the town of Butig in "
          "Lanao del Sur on Monday, the Philippine military said. Malaysia's embassy in Manila said it "
          "was checking.\n",
    "id": "MARAWI, Filipina - Pasukan Filipina bentrok dengan militan di kota Butig, Lanao del Sur, pada "
          "Senin, kata militer Filipina. Kedutaan Malaysia di Manila mengatakan pihaknya masih memeriksa "
          "laporan itu.\n",
}
STRENGTH = {
    "en": "The group, numbering about 30 fighters, among them three Malaysian citizens, hides in the hills.",
    "id": "Kelompok itu diperkirakan berjumlah sekitar 30 orang, termasuk tiga warga negara Malaysia.",
}
USED = {
    "en": "The attackers, numbering about 50, came on motorbikes, the military said.",
    "id": "Para penyerang, yang berjumlah sekitar 50 orang, datang dengan sepeda motor, kata militer.",
}


def _figures(code, text):
    doc = extract(text, lang=code, published="2026-10-21")
    return [(f.quantity.value, f.unit, f.outcome, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code", ["en", "id"])
def test_a_group_numbering_is_its_strength(code):
    got = _figures(code, OPENING[code] + STRENGTH[code])
    assert got[0] == (30, "personnel", "other", "PH")
    assert got[1][2:] == ("other", "MY")
    assert _figures(code, OPENING[code] + USED[code])[0][:3] == (50, "personnel", "used")  # attackers
