"""Claims read no sentence after the last one that can change them: the last with figures or a
denial, or the sentence where a quotation open there closes (its speaker is the quotation's).
The claims are the same as when every sentence is read."""

import pytest

import warta.pipeline.claims as claims_module
from warta.pipeline.extract import extract


@pytest.fixture
def read(monkeypatch):
    """The sentences whose source the claim finder reads (their first words)."""
    if claims_module.__file__.endswith(".so"):
        pytest.skip("a compiled build's methods cannot be spied on (the golden outputs still hold it)")
    seen: list[str] = []
    original = claims_module.ClaimFinder._attribution

    def spy(self, toks, figs, rejecting):
        seen.append(self.text[toks[0].start:toks[-1].end].split()[0].strip('"'))
        return original(self, toks, figs, rejecting)

    monkeypatch.setattr(claims_module.ClaimFinder, "_attribution", spy)
    return seen


def claims_of(text, code):
    art = extract(text, lang=code, published="2025-03-08")
    return [(c.claimant.text, [f.text for f in c.figures]) for c in art.claims]


def test_sentences_after_the_last_figure_are_not_read(read):
    text = ("Militia fighters killed 14 villagers near Kavumu on Tuesday, a local official said. "
            "The official said the village was calm on Wednesday. "
            "Schools will reopen next week, the mayor said.")
    assert claims_of(text, "en") == [("a local official", ["14 villagers"])]
    assert read == ["Militia"]
    read.clear()
    text = ("Milisi menewaskan 14 warga desa di dekat Kavumu pada Selasa, kata seorang pejabat setempat. "
            "Pejabat itu mengatakan desa itu tenang pada Rabu. "
            "Sekolah akan dibuka kembali pekan depan, kata wali kota.")
    assert claims_of(text, "id") == [("seorang pejabat setempat", ["14 warga"])]
    assert read == ["Milisi"]


def test_a_quotation_open_at_the_last_figure_is_read_to_its_close(read):
    text = ('"Nine of our soldiers died in the ambush near the river. We will answer it," the army spokesman '
            "told reporters in Juba. Roads near the town stayed closed on Friday, residents said.")
    assert claims_of(text, "en") == [("the army spokesman", ["Nine of our soldiers"])]
    assert read == ["Nine", "We"]
    read.clear()
    text = ('"Sembilan prajurit kami gugur dalam penyergapan itu. Kami akan membalasnya," kata juru bicara '
            "militer kepada wartawan di Juba. "
            "Jalan di sekitar kota itu masih ditutup pada Jumat, kata warga.")
    assert claims_of(text, "id") == [("juru bicara militer", ["Sembilan prajurit"])]
    assert read == ["Sembilan", "Kami"]


def test_a_denial_after_the_figures_is_read(read):
    text = ("Rebels said they shot down 3 army drones over Kavumu on Monday. The army denied the claim. "
            "Flights resumed on Tuesday, an airport official said.")
    assert [who for who, _ in claims_of(text, "en")] == ["Rebels", "The army"]
    assert read == ["Rebels", "The"]
    read.clear()
    text = ("Pemberontak mengaku menembak jatuh 3 drone militer di atas Kavumu pada Senin. Militer membantah "
            "klaim itu. Penerbangan kembali dibuka pada Selasa, kata seorang pejabat bandara.")
    assert [who for who, _ in claims_of(text, "id")] == ["Pemberontak", "Militer"]
    assert read == ["Pemberontak", "Militer"]
