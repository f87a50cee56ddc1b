"""Wire forms: a person named in apposition before a speech verb is a source, no count ("Seorang warga
Kairu, Musa Sani, mengatakan"); shops looted are other; a toll linked to its number by "has risen to" /
"naik menjadi" reaches back over a long noun phrase; guided aerial bombs are missiles; troops withdrawn
are other."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-06-02")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, expected", [
    ("id", "Seorang warga Tessit, Amadou Traore, mengatakan jumlah korban jauh lebih tinggi.", []),
    ("en", "Gunmen burned 14 houses and looted about 20 shops in Gao, a trader said.",
     [("14 houses", "other", "destroyed"), ("about 20 shops", "other", "other")]),
    ("id", "Orang bersenjata membakar 14 rumah dan menjarah sekitar 20 toko di Gao, kata seorang pedagang.",
     [("14 rumah", "other", "destroyed"), ("sekitar 20 toko", "other", "other")]),
    ("en", "The death toll from three days of fighting between rival militias in and around the town of "
           "Tessit in northern Mali has risen to 57, a local official said.",
     [("57", "civilians", "killed")]),
    ("id", "Jumlah korban tewas akibat pertempuran tiga hari antara milisi yang bersaing di dalam dan "
           "sekitar kota Tessit di Mali utara telah naik menjadi 57 orang, kata seorang pejabat.",
     [("57 orang", "civilians", "killed")]),
    ("id", "Pertahanan udara menembak jatuh enam bom udara berpemandu di atas Kherson, kata militer.",
     [("enam bom udara berpemandu", "munitions", "intercepted")]),
    ("en", "Chad, which had sent about 1,500 soldiers, withdrew 600 of them last week, officials said.",
     [("about 1,500 soldiers", "personnel", "used"), ("600 of them", "personnel", "other")]),
])
def test_wire_forms(code, text, expected):
    assert figures(text, code) == expected
