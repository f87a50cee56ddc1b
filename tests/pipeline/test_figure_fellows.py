"""A fighting or police speaker's fellows are its fighters: comrades, "rekannya", "its men", and the
"others" told right after them count personnel, not civilians."""

import warta


def units(text, code, published="2025-10-03"):
    article = warta.extract(text, lang=code, published=published)
    return [(f.text, f.unit, f.outcome) for c in article.claims for f in c.figures]


def test_an_officers_comrades_and_the_others_after_them_are_personnel():
    en = ('A captain at the Kidal garrison said the convoy hit a mine. "We lost five of our comrades on '
          'that road. Six others are fighting for their lives," he said.')
    got = units(en, "en")
    assert ("Six others", "personnel", "wounded") in got and {u for _, u, _ in got} == {"personnel"}, got
    en = "The brigade said nine of its men were killed and four wounded near the dam."
    assert units(en, "en")[0][1] == "personnel"


def test_rekan_of_a_military_speaker_are_personnel():
    idn = ('Komandan pos itu mengatakan ranjau meledak saat konvoi lewat. "Enam rekan kami masih dirawat '
           'dan kondisinya kritis," ujarnya.')
    got = units(idn, "id")
    assert got and got[0][0].startswith("Enam rekan") and got[0][1] == "personnel", got
    idn = "Komandan batalyon itu mengatakan tiga rekannya gugur dan lima kawannya terluka."
    assert {u for _, u, _ in units(idn, "id")} == {"personnel"}
    # a villager's friends are not a soldier's
    idn = "Seorang petani di Tarakan mengatakan dua kawannya terluka dalam serangan tersebut."
    assert {u for _, u, _ in units(idn, "id")} == {"civilians"}


def test_the_people_a_fighting_speaker_lost_are_personnel():
    idn = "Batalyon itu kehilangan enam orang dalam penyergapan di tepi sungai, kata seorang kapten."
    assert units(idn, "id") == [("enam orang", "personnel", "lost")], units(idn, "id")
    en = "The battalion lost six men in the ambush on the riverbank, a captain said."
    assert units(en, "en") == [("six men", "personnel", "lost")], units(en, "en")


def test_a_lost_comrade_is_counted():
    idn = '"Kami kehilangan dua rekan dalam penyergapan di jembatan itu," ujar seorang letnan.'
    assert units(idn, "id") == [("dua rekan", "personnel", "lost")], units(idn, "id")
    en = '"We lost two comrades in the ambush at the bridge," a lieutenant said.'
    assert units(en, "en") == [("two comrades", "personnel", "lost")], units(en, "en")
