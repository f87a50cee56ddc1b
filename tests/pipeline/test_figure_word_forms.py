"""Forms the lexicon lacked: 'neutralizing' kills, 'fighting vehicles' are armoured, novices are people;
of two person nouns joined to a fighter noun the last says who ('soldiers and volunteer auxiliaries' are
all fighters, no mix); 'tewasnya' (the death of) kills."""

import pytest

from warta.pipeline.extract import extract


def brief(text, code):
    doc = extract(text, lang=code, published="2026-10-21")
    return {(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("code, text, item", [
    ("en", "The police said officers had stormed the hideout, neutralizing 12 gunmen.",
     (12, "personnel", "killed")),
    ("en", "The ministry said its troops destroyed four Marder fighting vehicles near the river.",
     (4, "armored_vehicles", "destroyed")),
    ("en", "Militants killed 14 soldiers and volunteer auxiliaries at the post, officials said.",
     (14, "personnel", "killed")),
    ("id", "Kelompok itu mengumumkan tewasnya lima anggotanya dalam serangan udara.",
     (5, "personnel", "killed")),
])
def test_word_forms(code, text, item):
    assert item in brief(text, code)


@pytest.mark.parametrize("code, text", [
    ("en", "The police said officers seized five armored trucks from the cartel on Monday."),
    ("id", "Polisi mengatakan petugas menyita lima truk lapis baja milik kartel itu pada Senin."),
])
def test_armoured_trucks(code, text):
    assert (5, "armored_vehicles", "captured") in brief(text, code)


@pytest.mark.parametrize("code, text", [
    ("en", "The army said sappers found and defused 14 roadside bombs near the bridge."),
    ("id", "Tim Gegana menemukan dan menjinakkan 14 bom rakitan di dekat jembatan itu, kata polisi."),
])
def test_explosives_made_safe(code, text):
    assert (14, "munitions", "destroyed") in brief(text, code)
