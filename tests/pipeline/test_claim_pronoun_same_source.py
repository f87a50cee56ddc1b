"""A personal pronoun after a source named in the same sentence is that source, no second one: "Congo's
army said ... destroyed three of their trucks, but it acknowledged ...", "..., namun ia mengakui ..."."""

import pytest

from warta.pipeline.extract import extract


@pytest.mark.parametrize("code, text", [
    ("en", "GOMA, Feb 3 (Reuters) - Rebels seized the town of Kalehe on Sunday, and at least nine civilians "
           "were killed, a local official said.\nCongo's army said its forces had killed 40 rebels in the "
           "fighting and destroyed three of their trucks, but it acknowledged that \"some positions\" had "
           "been lost."),
    ("id", "Juru bicara militer mengatakan 12 pemberontak tewas dan tiga truk hancur, tetapi ia mengakui "
           "dua pos telah jatuh."),
])
def test_pronoun_is_the_named_source(code, text):
    doc = extract(text, lang=code, published="2025-02-03")
    speakers = {c.claimant.text for c in doc.claims for f in c.figures if f.quantity.value in (40, 12, 3)}
    assert len(speakers) == 1 and speakers != {"it"} and speakers != {"ia"}
