"""Drones that hit their targets after a count of drones one side fired are that side's; a participle
"involved" right after people says who they were, not what befell them ("killing all 40 gunmen
involved"), while "were involved" still says they took part."""

import pytest

from warta.pipeline.extract import extract


def sides(text, code):
    doc = extract(text, lang=code, published="2025-06-02")
    return [(f.text, f.outcome, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "KYIV - Russia launched 90 drones at Ukraine overnight, Ukraine's air force said. "
           "It said 70 of the drones were shot down. It said 14 drones had hit targets in Odesa.",
     [("90 drones", "used", "RU"), ("70 of the drones", "intercepted", "RU"),
      ("14 drones", "other", "RU")]),
    ("id", "KYIV - Rusia meluncurkan 90 drone ke Ukraina semalam, kata angkatan udara Ukraina. "
           "Angkatan udara mengatakan 70 drone ditembak jatuh. Dikatakan 14 drone mengenai sasaran di Odesa.",
     [("90 drone", "used", "RU"), ("70 drone", "intercepted", "RU"), ("14 drone", "other", "RU")]),
])
def test_drones_through(code, text, expected):
    assert sides(text, code) == expected


def test_involved_participle():
    doc = extract("Commandos ended the siege, killing all 40 gunmen involved, the army said. About 300 "
                  "fighters were involved in the raid, it said.", lang="en", published="2025-06-02")
    assert [(f.text, f.outcome) for c in doc.claims for f in c.figures] == \
        [("40 gunmen", "killed"), ("About 300 fighters", "used")]
