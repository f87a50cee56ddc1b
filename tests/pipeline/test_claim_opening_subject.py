"""The phrase that opens a sentence, right before its speech verb, is the sentence's source whatever
its head word ("The regional interior directorate said 9 ...", "Sementara itu, direktorat keamanan
wilayah menyatakan ..."): a body the lexicon has no word for still speaks for its figures."""

import pytest

import warta


def claimants(text, code, published="2026-02-10"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: c.claimant.text for c in article.claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure, source", [
    ("en", "Markets stayed closed in the port town on Monday. The regional interior directorate said 9 "
           "smugglers were shot dead during the sweep.", "9 smugglers",
     "The regional interior directorate"),
    ("en", "Markets stayed closed in the port town on Monday. The tenants' rights bureau said nearly 150 "
           "households had fled the valley.", "nearly 150 households", "The tenants' rights bureau"),
    ("id", "Pasar di kota pelabuhan itu tutup pada Senin. Sementara itu, direktorat keamanan wilayah "
           "menyatakan 9 penyelundup tewas dalam penyisiran itu.", "9 penyelundup",
     "direktorat keamanan wilayah"),
])
def test_an_opening_phrase_before_the_cue_is_the_source(code, text, figure, source):
    assert claimants(text, code)[figure] == source
