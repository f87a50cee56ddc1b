"""Israel's ambulance service speaks for its own people: the people it reports hurt are Israel's, however
much the story names the side that fired (an organization, country IL). Fighters who 'ikut dalam' an
assault are its strength (used), as 'took part' already was in English."""

import pytest

from warta.pipeline.extract import extract


def _figures(code, text):
    doc = extract(text, lang=code, published="2026-08-30")
    return [(f.quantity.value, f.unit, f.outcome, f.side, c.claimant.kind)
            for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "The Houthis in Yemen said they fired a missile at Tel Aviv, and Yemen's Houthi-run media showed "
           "the launch. Magen David Adom said four people were lightly hurt while running to shelters."),
    ("id", "Houthi di Yaman mengatakan dari Sanaa bahwa mereka menembakkan sebuah rudal ke arah Israel, dan "
           "media Houthi di Yaman menayangkan peluncurannya. Magen David Adom melaporkan empat orang luka "
           "ringan saat berlari ke tempat perlindungan."),
])
def test_the_ambulance_service_counts_its_own_countrys_people(code, text):
    assert _figures(code, text)[-1] == (4, "civilians", "wounded", "IL", "organization")


def test_fighters_who_took_part_are_used():
    text = "Sekitar 25 anggota milisi ikut dalam penyerangan pos itu sebelum fajar, kata polisi."
    assert [(v, u, o) for v, u, o, *_ in _figures("id", text)] == [(25, "personnel", "used")]
