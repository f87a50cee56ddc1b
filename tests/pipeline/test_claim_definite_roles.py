"""A definite body with a role ("the health ministry", "kementerian kesehatan itu") stands for an
earlier source of that role only: after a headline's "Israel says" it is no re-mention of Israel,
and a place its sentence opens with ("In Lebanon, ...", "Di Lebanon, ...") gives its side."""

import pytest

from warta.pipeline.extract import extract


def ministries(text, code):
    doc = extract(text, lang=code, published="2024-09-22")
    return [(c.claimant.country, [f.side for f in c.figures]) for c in doc.claims
            if "minist" in c.claimant.text.lower() or "kementerian" in c.claimant.text.lower()]


@pytest.mark.parametrize("code, text", [
    ("en", "Israel says 115 rockets fired from Lebanon\nIn Lebanon, the health ministry said Israeli strikes "
     "on the south killed three people on Saturday."),
    ("id", "Israel Sebut 115 Roket Ditembakkan dari Lebanon\nDi Lebanon, kementerian kesehatan itu "
     "mengatakan serangan Israel di wilayah selatan menewaskan tiga orang pada Sabtu."),
])
def test_a_ministry_with_a_role_is_no_earlier_state(code, text):
    assert ministries(text, code) == [("LB", ["LB"])]


@pytest.mark.parametrize("code, text", [
    ("en", "Gaza's health ministry said 40 people were killed. The health ministry said 120 were wounded."),
    ("id", "Kementerian Kesehatan Gaza mengatakan 40 orang tewas. Kementerian kesehatan itu menyebut "
     "120 orang terluka."),
])
def test_the_same_role_is_still_re_mentioned(code, text):
    assert ministries(text, code) == [("PS", ["PS"]), ("PS", ["PS"])]
