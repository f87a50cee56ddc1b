"""A trailing attribution to a company or operator names a source, and the name that closes the
sentence after its description is part of it ("kata perusahaan pengelolanya, Petrofa.")."""

import warta


def claimants(text, code, published="2025-07-19"):
    article = warta.extract(text, lang=code, published=published)
    return [(c.claimant.text, c.claimant.kind) for c in article.claims if c.figures]


def test_a_company_named_after_its_description_is_the_source():
    idn = ("Pesawat nirawak itu menghantam gudang di Odesa dan menewaskan dua penjaga, kata perusahaan "
           "pemiliknya, Petrofa.")
    got = claimants(idn, "id")
    assert len(got) == 1 and "Petrofa" in got[0][0] and got[0][1] == "organization", got
    en = "The drone hit a warehouse in Odesa, killing two guards, said its operator, Petrofa."
    got = claimants(en, "en")
    assert len(got) == 1 and "Petrofa" in got[0][0] and got[0][1] == "organization", got
