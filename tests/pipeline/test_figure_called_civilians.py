"""A toll whose own sentence calls the dead civilians stays its source's civilians, even when another
source says after it that some of the dead were fighters ("killed nine people at a market and
described the victims as civilians", "menewaskan sembilan orang di pasar, semuanya warga sipil")."""

import warta


def units(text, code, published="2025-06-06"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: f.unit for c in article.claims for f in c.figures}


def test_a_toll_called_civilian_is_not_mixed_by_a_rival_s_parts():
    got = units("The district council said the drone strike killed nine people at a market and described "
                "the victims as civilians. A militia commander said three of the dead were members of the "
                "army's border guard.", "en")
    assert got.get("nine people") == "civilians", got
    got = units("Dewan distrik menyebut serangan drone itu menewaskan sembilan orang di pasar, semuanya "
                "warga sipil. Seorang komandan milisi mengatakan tiga dari korban tewas adalah anggota "
                "pasukan perbatasan.", "id")
    assert got.get("sembilan orang") == "civilians", got
