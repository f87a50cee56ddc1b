"""A noun for a country's citizens names whose people a count is ("15 WNI": Indonesia's), wherever the
story happens, without making the story that country's."""

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2025-10-02")
    return {f.text: f.side for c in doc.claims for f in c.figures}


def test_citizens_are_their_countrys():
    text = ("KBRI Kyiv menyebut 15 WNI yang bekerja di Kharkiv telah dievakuasi ke Lviv, Kamis.\n"
            "Pemerintah Ukraina mengatakan serangan drone menewaskan enam warga di Kharkiv.")
    got = sides(text, "id")
    assert got["15 WNI"] == "ID" and got["enam warga"] == "UA", got
