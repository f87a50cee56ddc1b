"""The index build's fast paths give exactly what the plain definitions give:
folding many names at once, the alias filter over many names, stripping
admin head words through a table; and the build shows one bar with an ETA."""

from __future__ import annotations

import sqlite3
import unicodedata

from warta.geo import fold as fold_mod
from warta.geo.build import bulk_insert, insert_rows
from warta.geo.fold import fold, fold_many, has_upper, is_latin
from warta.geo.progress import Progress
from warta.geo.sources import Row, _HeadStripper, _strip_heads, good_alias, good_aliases

# names in both languages' areas and in other scripts, with marks, dashes,
# apostrophes, final sigma, dotted I, letters beyond the BMP and odd spaces
NAMES = ["Kota Kharkiv", "Pokrovs'k", "Beit-Lahia", "Zaporizhzhia Oblast", "Jawa Barat",
         "Dnipropetrovs’ka Oblast", "Провінція", "ΟΔΟΣ", "a Σ", "İstanbul", "Ærø", "Łódź",
         "Straße", "ǅemal", "\u0301abc", "x\u0301", "Sumy\u2003Oblast", "Kyiv — City",
         "𝐀bc Town", "Kab. Bandung", "DKI", "UAE", "Nusa Tenggara Timur", "", "  ", "Ab\u00a0cd",
         "Bà Rịa–Vũng Tàu", "Ḩalab", "Київ", "東京", "Sa'dah", "Ta‘izz", "ßAb", "a\x00B"]
NAMES += [chr(c) + "Ab" for c in range(0x20, 0x3000)]
NAMES += ["Ab" + chr(c) + "\u0301x" for c in range(0x20, 0x3000)]


def _plain_fold(name: str) -> str:
    s = name.lower().translate(fold_mod._SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return fold_mod._SPACE_RE.sub(" ", s.translate(fold_mod._DROP)).strip()


def test_fold_and_fold_many_equal_the_plain_definition() -> None:
    plain = [_plain_fold(n) for n in NAMES]
    assert [fold(n) for n in NAMES] == plain
    assert fold_many(NAMES) == plain
    assert fold_many(NAMES[:5]) == plain[:5]  # all in the BMP: one joined pass
    assert fold("Dnipropetrovs’ka Oblast") == "dnipropetrovska oblast"
    assert fold("Bà Rịa–Vũng Tàu") == "ba ria vung tau"


def test_has_upper_and_is_latin_equal_the_plain_definition() -> None:
    for n in NAMES:
        assert has_upper(n) == any(c.isupper() for c in n), repr(n)
        k = fold(n)
        assert is_latin(k) == (all(c.isascii() for c in k) and any(c.isalpha() for c in k))


def test_good_aliases_equal_good_alias_one_by_one() -> None:
    table = good_aliases(NAMES, 3)
    for n in NAMES:
        assert table.get(n) == good_alias(n, 3), repr(n)
    assert table["Kota Kharkiv"] == "kota kharkiv" and "Київ" not in table and "DKI" not in table


def test_head_stripper_equals_strip_heads() -> None:
    heads = sorted(["oblast", "kota", "kabupaten", "provinsi", "raion", "gorodskoy okrug",
                    "city", "oblast'"], key=len, reverse=True)
    strip = _HeadStripper(heads)
    keys = ["kota malang", "kharkiv oblast", "oblast", "kota", "kota ab", "ab kota", "kota kota",
            "provinsi jawa barat kota", "city of kyiv", "kyiv city", "gorodskoy okrug x",
            "sumy gorodskoy okrug", "raion oblast", "x", "", "ab oblast cd"]
    for key in keys:
        assert strip(key) == _strip_heads(key, heads), key
        assert strip(key) == _strip_heads(key, heads)  # cached answer too


def _rows() -> list[Row]:
    return [Row(code="gn:1", name="Kharkiv", kind="settlement", country="UA", lat=49.99,
                lon=36.23, gid=1, aliases=[("kharkiv", 1), ("harkov", 0), ("", 0)]),
            Row(code="UA.07", name="Kharkiv Oblast", kind="admin1", country="UA", lat=49.5,
                lon=36.5, gid=2, aliases=[("kharkiv oblast", 1), ("kharkiv", 0)]),
            Row(code="ID", name="Indonesia", kind="country", country="ID", lat=-2.0, lon=118.0,
                gid=3, aliases=[("indonesia", 1), ("republik indonesia", 0)])]


def test_bulk_insert_writes_what_insert_rows_writes(tmp_path) -> None:
    from warta.geo.build import SCHEMA

    dumps = []
    for name, write in (("slow", lambda con: insert_rows(con, _rows())),
                        ("fast", lambda con: bulk_insert(con, _rows(), Progress("", False)))):
        con = sqlite3.connect(tmp_path / f"{name}.sqlite")
        con.executescript(SCHEMA)
        counts = write(con)
        dumps.append((counts, con.execute("SELECT * FROM place ORDER BY id").fetchall(),
                      con.execute("SELECT * FROM alias ORDER BY key, place").fetchall()))
        con.close()
    assert dumps[0] == dumps[1]
    assert dumps[1][0] == (3, 6)


def test_progress_bar_shows_an_eta_and_ends_full(capsys) -> None:
    bar = Progress("building the place index", True)
    bar.advance(30.0)
    bar.advance(200.0)  # more than is left: capped
    assert bar.done == 100.0
    bar.finish()
    err = capsys.readouterr().err
    assert "building the place index" in err and "100%" in err and "left" in err
    quiet = Progress("x", False)
    quiet.advance(50.0)
    quiet.finish()
    assert quiet.done == 100.0 and capsys.readouterr().err == ""
