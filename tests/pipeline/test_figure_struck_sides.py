"""Sites, bases and buildings a belligerent says its own forces struck, took or wrecked ("India
said its forces had struck nine sites", "pihaknya menghantam sembilan lokasi", "said it had
struck more than 1,000 targets") are its enemy's; struck by the enemy ("Russia struck 15
buildings, Ukraine's military said") they stay the claimant's own."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2025-05-08")
    return [f.side for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, side", [
    ("en", "India said its forces had struck nine sites used by militants in Pakistan.", "PK"),
    ("en", "U.S. Central Command said it had struck more than 1,000 targets since the campaign against the "
     "Houthis began.", "YE"),
    ("id", "Kementerian Pertahanan India menyatakan pihaknya menghantam sembilan lokasi di Pakistan.", "PK"),
    ("id", "Militer Israel mengatakan pasukannya menghancurkan 40 markas di Lebanon selatan.", "LB"),
    ("en", "Russia struck 15 buildings in Kharkiv, Ukraine's military said.", "UA"),
    ("id", "Militer Ukraina mengatakan Rusia menghantam 15 gedung di Kharkiv.", "UA"),
])
def test_what_a_sides_forces_struck_is_its_enemys(code, text, side):
    assert sides(text, code) == [side]
