"""An outcome word right before the next figure labels that figure, not the one before it: in "the death
toll ... reached 40,000 people and injured 90,000", "korban tewas ... berjumlah 3.000 orang dan korban
luka 7.000 orang" the first count is the toll's dead, not people who wounded others."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, first, second", [
    ("en", "The health ministry said the death toll since the war began has reached 40,000 people and "
           "injured 90,000 people.", "40,000 people", "90,000 people"),
    ("id", "Menurut data rumah sakit, korban tewas di Khartoum sepanjang tahun ini berjumlah 3.000 orang dan "
           "korban luka 7.000 orang.", "3.000 orang", "7.000 orang"),
])
def test_label_before_next_figure(code, text, first, second):
    doc = extract(text, lang=code, published="2025-06-01")
    got = {f.text: f.outcome for c in doc.claims for f in c.figures}
    assert got[first] == "killed" and got[second] == "wounded"


def test_verb_before_two_counts_still_shared():
    doc = extract("Serangan itu menewaskan 5 orang dan melukai 12 orang, kata polisi.", lang="id",
                  published="2025-06-01")
    assert [(f.text, f.outcome) for c in doc.claims for f in c.figures] \
        == [("5 orang", "killed"), ("12 orang", "wounded")]


def test_subject_verb_before_its_object_is_no_label():
    doc = extract("About 200 gunmen overran an army post and two checkpoints near Arbinda on Friday, the "
                  "army said.", lang="en", published="2025-06-01")
    assert ("About 200 gunmen", "used") in [(f.text, f.outcome) for c in doc.claims for f in c.figures]
