"""A place set off after a comma by an apposition ("X, a district in the Y province") is where the place
before lies: an address, not a second place of the event."""
from datetime import date

import warta


def _places(text, lang):
    res = warta.extract(text, lang=lang, published=date(2026, 3, 12))
    return [(e.type, e.place.name if e.place else None) for e in res.events]


def test_an_apposition_after_a_comma_gives_where_the_place_lies():
    en = "Rebels ambushed an army supply convoy on Sunday outside Kimbiri, a district in the La Convencion " \
         "province, officials said."
    idn = "Pemberontak menyergap konvoi tentara pada Minggu di luar Kimbiri, sebuah distrik di provinsi " \
          "La Convencion, kata pejabat."
    assert _places(en, "en") == [("attack", "Kimbiri")]
    assert _places(idn, "id") == [("attack", "Kimbiri")]
    listed = "Gunmen attacked army posts on Sunday in Kimbiri and in Pichari, officials said."
    assert [p for _, p in _places(listed, "en")] == ["Kimbiri", "Pichari"]  # a list stays one
