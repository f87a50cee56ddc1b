"""An article counts equipment only as an item of a list: "a fighter jet dropped two bombs", "sebuah
jet tempur menjatuhkan dua bom" count the bombs, not one jet; a source named before it with a comma
("Seorang warga mengatakan, sebuah jet ...") makes no list."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text, kept", [
    ("en", "A farmer said a fighter jet dropped two bombs near the market.", ["two bombs"]),
    ("id", "Seorang petani mengatakan, sebuah jet tempur menjatuhkan dua bom di dekat pasar.", ["dua bom"]),
])
def test_one_vehicle_named_with_an_article_outside_a_list_is_no_count(code, text, kept):
    doc = extract(text, lang=code, published="2025-01-28")
    assert [f.text for c in doc.claims for f in c.figures] == kept
