"""A toll a force suffered counts its fighters ("320 korban yang diderita pasukan Ukraina", "40 deaths
suffered by Ukrainian troops"): the force after "suffered by" says whose people they were."""

import warta


def figures(text, code, published="2025-05-31"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: (f.unit, f.side) for c in article.claims for f in c.figures}


def test_korban_yang_diderita_pasukan():
    got = figures("Staf Umum Rusia mengklaim pertempuran di Pokrovsk menyebabkan 320 korban yang diderita "
                  "pasukan Ukraina.", "id")
    assert ("personnel", "UA") in got.values(), got


def test_deaths_suffered_by_troops():
    got = figures("Russia's general staff said the Pokrovsk battles had cost 40 deaths suffered by Ukrainian "
                  "troops.", "en")
    assert ("personnel", "UA") in got.values(), got
