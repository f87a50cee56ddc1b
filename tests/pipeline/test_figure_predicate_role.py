"""What the clause says the counted people were gives their unit ("Nine of the dead were soldiers",
"12 dari korban tewas adalah polisi"), and a toll such a part is taken from mixes fighters in; so does
a vague headline toll that spans it."""

import warta


def units(text, code, published="2025-11-02"):
    article = warta.extract(text, lang=code, published=published)
    return [(f.text, f.unit) for c in article.claims for f in c.figures]


def test_a_predicate_gives_the_role_and_the_toll_mixes():
    en = ("Raiders storm a market town\nRaiders stormed the market town of Kawo on Friday, killing 34 "
          "people, district officials said. Twelve of the dead were policemen guarding the bridge, "
          "a police spokesman said.")
    got = dict(units(en, "en"))
    assert got.get("Twelve of the dead") == "personnel" and got.get("34 people") == "other", got
    idn = ("Puluhan Tewas dalam Serangan di Pasar Kawo\nKelompok bersenjata menyerbu pasar di kota Kawo "
           "pada Jumat dan menewaskan 34 orang, kata pejabat distrik. Seorang juru bicara polisi "
           "mengatakan 12 dari korban tewas adalah polisi yang menjaga jembatan.")
    got = units(idn, "id")
    assert ("34 orang", "other") in got and ("Puluhan", "other") in got, got
    assert any(t.startswith("12") and u == "personnel" for t, u in got), got
