"""A count framed as a force's losses counts its fighters, and the figure's own word for the fate
is finer than the umbrella of losses ("put the army's losses at between 30 and 40 dead", "putting
the army's dead at 41", "kerugian militer mencapai 60 korban jiwa")."""

import warta


def figures(text, code, published="2025-07-14"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: (f.unit, f.outcome) for c in article.claims for f in c.figures}


def test_a_force_s_losses_at_a_number_of_dead():
    got = figures("Local officials, who asked not to be named, put the army's losses at between 30 and "
                  "40 dead.", "en")
    assert got.get("between 30 and 40 dead") == ("personnel", "killed"), got
    got = figures("The rebels said the ambush had killed 12 people in the market, putting the army's dead "
                  "at 19.", "en")
    assert got.get("19") == ("personnel", "killed"), got


def test_kerugian_of_a_force_counted_in_korban_jiwa():
    got = figures("Dua sumber keamanan menaksir kerugian militer mencapai 60 korban jiwa.", "id")
    assert got.get("60 korban jiwa") == ("personnel", "killed"), got
