"""Prison inmates freed in a jailbreak are counted as neither civilians nor fighters: unit ``other``
("freed about 400 inmates", "membebaskan 120 narapidana"); prisoners and detainees of a war's
exchanges stay civilians."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, figure, unit", [
    ("en", "Gangs stormed the prison in Les Cayes on Sunday and freed about 400 inmates, police said.",
     "about 400 inmates", "other"),
    ("id", "Kelompok bersenjata menyerbu lapas di Sorong dan membebaskan 120 narapidana, kata polisi.",
     "120 narapidana", "other"),
    ("en", "Israel freed 40 Palestinian detainees on Thursday, the prison service said.",
     "40 Palestinian detainees", "civilians"),
])
def test_inmates_unit(code, text, figure, unit):
    doc = extract(text, lang=code, published="2025-06-01")
    assert [(f.unit, f.outcome) for c in doc.claims for f in c.figures if f.text == figure] \
        == [(unit, "released")]
