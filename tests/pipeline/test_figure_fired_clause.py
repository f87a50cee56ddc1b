"""Weapons a belligerent says it fired with its second verb ("shot down a U.S. drone ... and launched two
missiles") are its own: the side named in the clause before is that clause's (an owner, an object), not
who fired."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2025-04-15")
    return {f.text: f.side for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Houthi mengklaim telah menembak jatuh pesawat nirawak milik Amerika Serikat di atas Al-Jawf dan "
     "meluncurkan tiga rudal balistik ke arah kapal perang di Laut Merah.", "tiga rudal balistik"),
    ("en", "The Houthis said they had shot down an American drone over Al-Jawf province and launched three "
     "ballistic missiles at a warship in the Red Sea.", "three ballistic missiles"),
])
def test_the_claimant_fired_them(code, text, figure):
    assert sides(text, code)[figure] == "YE"
