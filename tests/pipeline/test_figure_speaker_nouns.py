"""A speaker named with an article who frames a toll is no count, and its noun says nothing of the
bare number it gives ("A doctor in Hangu put the toll at 45", "A police officer ..., who asked not to
be named, put the toll at 45", "Seorang dokter di Hangu menyebut korban tewas mencapai 45")."""

import warta


def figures(text, code, published="2025-01-16"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: (f.unit, c.claimant.text) for c in article.claims for f in c.figures}


def test_a_speaker_who_puts_the_toll_is_no_count():
    got = figures("A doctor in Hangu put the toll at 41.", "en")
    assert list(got) == ["41"] and "doctor" in got["41"][1], got
    got = figures("A police officer in Hangu, who asked not to be named, put the toll at 41.", "en")
    assert got.get("41", ("",))[0] == "civilians", got
    got = figures("Seorang dokter di Hangu menyebut korban tewas mencapai 41.", "id")
    assert list(got) == ["41"] and "dokter" in got["41"][1], got
    got = figures("Seorang perwira polisi di Hangu, yang enggan disebut namanya, menyebut korban tewas "
                  "mencapai 41.", "id")
    assert got.get("41", ("",))[0] == "civilians", got
