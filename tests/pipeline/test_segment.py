from warta.lang import load
from warta.pipeline.segment import sentences, tokens


def test_segment_sentences_split_on_stops_and_lines():
    text = "Pasukan maju ke desa itu. Kementerian mengatakan 12 tank hancur.\nBaris baru di sini"
    got = [text[s.start:s.end] for s in sentences(text, load("id"))]
    assert got == ["Pasukan maju ke desa itu.", "Kementerian mengatakan 12 tank hancur.",
                   "Baris baru di sini"]


def test_segment_abbreviations_do_not_end_sentences():
    text = "Troops crossed on Aug. 6 near the U.S. base, Gen. Smith said. Then they left."
    got = [text[s.start:s.end] for s in sentences(text, load("en"))]
    assert got == ["Troops crossed on Aug. 6 near the U.S. base, Gen. Smith said.", "Then they left."]


def test_segment_quote_closing_after_stop():
    text = "“Kami diserang dari segala arah.” Kata itu diulang."
    got = [text[s.start:s.end] for s in sentences(text, load("id"))]
    assert got == ["“Kami diserang dari segala arah.”", "Kata itu diulang."]


def test_segment_tokens_keep_grouped_numbers_and_offsets():
    text = "lebih dari 61.500 tentara, 1,5 juta warga"
    toks = tokens(text)
    assert [t.text for t in toks] == ["lebih", "dari", "61.500", "tentara", ",", "1,5", "juta", "warga"]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_segment_possessive_splits_but_apostrophe_names_stay():
    got = [t.text for t in tokens("Ukraine's army near Pokrovs'k")]
    assert got == ["Ukraine", "'", "s", "army", "near", "Pokrovs'k"]
