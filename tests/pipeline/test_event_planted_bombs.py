"""A bomb is planted unless the words say it came from the air or a side owns it: its blast is a ground
attack ("a bomb hidden in a cart killed", "was hit by a roadside bomb", "bom yang dipasang ... meledak"); a
side's bombs ("bom Rusia") and bombs dropped or guided stay strikes. Civilians seized are a kidnapping."""

from datetime import date

import warta


def kinds(code: str, text: str, published: date = date(2026, 9, 16)) -> list[tuple[str, str]]:
    evs = warta.extract(text, lang=code, published=published).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_bomb_no_one_dropped_is_a_ground_attack():
    for code, text in (
            ("en", "KISMAYO, Sept 16 (Wire) - Police said a parcel bomb left under a bench killed four "
                   "traders at the fish market of Kismayo, Somalia, on Tuesday."),
            ("en", "KISMAYO, Sept 16 (Wire) - Two officers were hurt on Tuesday when their car was struck by "
                   "a bomb buried in the road outside Kismayo, Somalia, police said."),
            ("id", "KISMAYO - Polisi menyebut sebuah bom paket di bawah bangku pasar ikan Kismayo, Somalia, "
                   "meledak pada Selasa (15/9) dan menewaskan empat pedagang.")):
        assert kinds(code, text) == [("attack", "Kismayo")], text
    for code, text in (  # bombs from the air or of a side stay strikes
            ("en", "KHERSON, Sept 16 (Wire) - Guided bombs killed three people in the Ukrainian city of "
                   "Kherson on Tuesday, officials said."),
            ("id", "KHERSON - Bom Rusia menewaskan tiga orang di kota Kherson, Ukraina, pada Selasa (15/9), "
                   "kata pejabat setempat.")):
        assert kinds(code, text) == [("strike", "Kherson")], text


def test_civilians_seized_by_armed_men_are_a_kidnapping():
    text = ("SOKOTO, Sept 16 (Wire) - Armed men seized 37 pupils from a school in Sokoto state, Nigeria, "
            "on Tuesday, police said.")
    assert [t for t, _ in kinds("en", text)] == ["attack"]
