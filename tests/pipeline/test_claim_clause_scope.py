"""A source whose own figures follow its cue ("Moskow Klaim Rebut Dua Desa") does not also tell the
clause a comma closes before its name ("Serangan ... Tewaskan 4 Orang, ..."); a source after the clause
with nothing of its own after the cue ("3 killed, governor says") or going on after a comma ("..., the
spokesman said, adding that ...") still tells it."""

import pytest

from warta.pipeline.extract import extract


def sources(text, code):
    return {f.text: c.claimant.text for c in extract(text, lang=code, published="2024-10-10").claims
            for f in c.figures}


@pytest.mark.parametrize("code, text, first, second, source", [
    ("id", "Serangan Rusia ke Kharkiv Tewaskan 4 Orang, Moskow Klaim Rebut Dua Desa", "4 Orang", "Dua Desa",
     "Moskow"),
    ("en", "Russian strike on Kharkiv kills 4, Moscow says it captured two villages", "4", "two villages",
     "Moscow"),
])
def test_a_clause_before_a_source_with_its_own_figures_is_the_reporters(code, text, first, second, source):
    found = sources(text, code)
    assert (found[first], found[second]) == ("", source)


@pytest.mark.parametrize("code, text, figure, source", [
    ("en", "Three killed in Kharkiv strike, governor says", "Three", "governor"),
    ("en", "Two soldiers were killed, the army spokesman said, adding that troops killed seven attackers.",
     "Two soldiers", "the army spokesman"),
    ("id", "Dua tentara tewas, kata juru bicara militer, seraya menambahkan pasukan menewaskan "
           "tujuh penyerang.",
     "Dua tentara", "juru bicara militer"),
])
def test_a_source_after_the_clause_still_tells_it(code, text, figure, source):
    assert source in sources(text, code)[figure]
