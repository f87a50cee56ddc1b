"""People counted with the place they come from ("650 warga sipil dari wilayah Belgorod", "800
civilians from the Kursk region") are of that place's side, wherever they are held; a quoted statement
closed by "read the ministry's statement" or "demikian bunyi pernyataan kementerian tersebut" is the
ministry's."""

import warta


def figures(text, code, published="2025-05-24"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: (f.side, c.claimant.text) for c in article.claims for f in c.figures}


def test_people_from_a_place_are_of_its_side():
    got = figures("Menurut ombudsman Rusia, Kyiv masih menahan 650 warga sipil dari wilayah Belgorod.", "id")
    assert got.get("650 warga sipil", ("",))[0] == "RU", got
    got = figures("Russia's ombudsman said Ukraine was holding in Sumy more than 800 civilians from the "
                  "Kursk region.", "en")
    assert got.get("more than 800 civilians", ("",))[0] == "RU", got


def test_a_statement_that_reads_is_its_author_s():
    got = figures("Kementerian Pertahanan Rusia mengumumkan pertukaran tawanan pada Jumat. \"Pada 23 Mei, "
                  "270 prajurit dan 120 warga sipil Rusia telah dikembalikan,\" demikian bunyi pernyataan "
                  "kementerian tersebut.", "id")
    assert got.get("270 prajurit", ("", ""))[1] == "kementerian tersebut", got
    got = figures("Russia's defence ministry announced the exchange on Friday. \"On May 23, 270 servicemen "
                  "and 120 Russian civilians were returned,\" read the ministry's statement.", "en")
    assert "ministry" in got.get("270 servicemen", ("", ""))[1], got
