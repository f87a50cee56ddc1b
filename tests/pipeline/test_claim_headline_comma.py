"""A headline's figure after a comma that opens a clause with its own subject before its verb is a
second headline the reporter tells, as after a semicolon: not the source of the first clause's."""

import pytest

from warta.pipeline.extract import extract


def claimants(text, code):
    doc = extract(text, lang=code, published="2025-06-20")
    return {f.text: (c.claimant.text, f.side) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure, side", [
    ("id", "Rusia Klaim Cegat 40 Drone Ukraina, Penembakan di Odesa Tewaskan Empat Warga\nMoskow - "
     "Kementerian Pertahanan Rusia mengatakan 40 drone Ukraina dicegat semalam.", "Empat Warga", "UA"),
    ("en", "Russia says it downed 40 Ukrainian drones, shelling kills four in Odesa\nMOSCOW - Russia's "
     "defence ministry said 40 Ukrainian drones were shot down overnight.", "four", "UA"),
])
def test_a_second_clause_after_a_comma_is_the_reporters(code, text, figure, side):
    got = claimants(text, code)
    assert got[figure] == ("", side), got
