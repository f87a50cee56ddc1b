"""Drones disabled by electronic warfare ("29 others were disabled", "29 lainnya dilumpuhkan") were
damaged, not launched: the passive makes them what was disabled, not drones that damaged something."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, figure", [
    ("en", "The air force said 51 drones were shot down and 29 others were disabled by electronic warfare.",
     "29 others"),
    ("id", "Angkatan udara mengatakan 51 drone ditembak jatuh, sementara 29 lainnya dilumpuhkan dengan "
           "perang elektronik.", "29 lainnya"),
])
def test_drones_disabled_were_damaged(code, text, figure):
    doc = extract(text, lang=code, published="2025-04-05")
    assert [(f.unit, f.outcome) for c in doc.claims for f in c.figures if f.text == figure] \
        == [("drones", "damaged")]
