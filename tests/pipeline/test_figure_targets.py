"""Settlements and sites after a target word of fired weapons are what was shelled, not weapons used
("fired BM-21 rockets at four villages", "menembakkan roket ke empat desa"): outcome other, and the
shelled villages are the speaker's side's when its enemy fired."""

import warta


def figures(text, code, published="2025-07-25"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: (f.unit, f.outcome, f.side) for c in article.claims for f in c.figures}


def test_villages_fired_at_were_shelled():
    got = figures("Thailand's army said Cambodian troops had fired BM-21 rockets at six villages in Surin.",
                  "en")
    assert got.get("six villages") == ("settlements", "other", "TH"), got
    got = figures("Militer Thailand menyebut pasukan Kamboja menembakkan roket BM-21 ke enam desa di Surin.",
                  "id")
    assert got.get("enam desa") == ("settlements", "other", "TH"), got
