"""People counted "from both sides" are a mixed count, fighters among them ("pembebasan 36 tahanan dari
kedua belah pihak", "the release of 36 detainees from both sides"); named civilians stay civilians."""

import warta


def units(text, code, published="2025-08-12"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: f.unit for c in article.claims for f in c.figures}


def test_detainees_from_both_sides_are_mixed():
    got = units("Palang Merah mengatakan pihaknya memfasilitasi pembebasan 36 tahanan dari kedua belah pihak "
                "pada pekan lalu.", "id")
    assert got.get("36 tahanan") == "other", got
    got = units("The Red Cross said it had facilitated the release of 36 detainees from both sides last "
                "week.", "en")
    assert got.get("36 detainees") == "other", got
    got = units("Sebanyak 20 warga sipil dari kedua pihak tewas dalam bentrokan itu.", "id")
    assert got.get("20 warga sipil") == "civilians", got
