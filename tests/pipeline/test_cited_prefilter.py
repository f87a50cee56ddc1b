"""An outlet's cited source is found past a quick test that the sentence holds a cue's first word:
that test must let through a cue in any case, of one word or two."""

from warta.lang import load
from warta.pipeline.claim_lexicon import lexicons as claim_lexicons
from warta.pipeline.segment import tokens
from warta.pipeline.side_clues import cited_source
from warta.pipeline.side_words import side_words


def cited(text, code):
    w = side_words(load(code))
    kinds = claim_lexicons(load(code)).kinds
    return cited_source(tokens(text, 0, len(text)), text, w.origins, w.sides, kinds)


def test_a_cited_source_is_found_whatever_the_case_of_its_cue():
    for text in ("Agence Kappa, citing the Peruvian Defence Ministry, said 12 soldiers died.",
                 "Agence Kappa, Citing the Peruvian Defence Ministry, said 12 soldiers died.",
                 "AGENCE KAPPA, CITING THE Peruvian Defence Ministry, said 12 soldiers died.",
                 "Agence Kappa, Based On the Peruvian Defence Ministry's data, said 12 soldiers died."):
        spans, side, _ = cited(text, "en")
        assert side == "PE" and [text[a:b] for a, b in spans] == ["Peruvian"], text
    for text in ("Kantor berita Kappa, mengutip Kementerian Pertahanan Peru, menyebut 12 tentara tewas.",
                 "Kantor berita Kappa, MENGUTIP Kementerian Pertahanan Peru, menyebut 12 tentara tewas.",
                 "Kantor berita Kappa, Berdasarkan Data Kementerian Pertahanan Peru, menyebut 12 tewas."):
        spans, side, _ = cited(text, "id")
        assert side == "PE" and [text[a:b] for a, b in spans] == ["Peru"], text


def test_no_cue_no_cited_source():
    assert cited("Agence Kappa said 12 soldiers died near the Peruvian border.", "en") == ([], None, None)
    assert cited("Kantor berita Kappa menyebut 12 tentara Peru tewas.", "id") == ([], None, None)
