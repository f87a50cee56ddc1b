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


def _within(seconds, fn, *args):
    """Run ``fn``; raise if it has not returned after ``seconds`` (a hang guard,
    far above the expected cost, not a speed measurement)."""
    import signal

    def stop(*_):
        raise TimeoutError(f"still running after {seconds}s: the cost is not linear")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        return fn(*args)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


import pytest  # noqa: E402


@pytest.mark.parametrize("code", ["id", "en"])
@pytest.mark.parametrize("run", [".", "!", ".?", "!?."])
def test_segment_long_stop_runs_are_split_in_one_pass(code, run):
    # a 300k-character run took over an hour with the backtracking stop regex
    # the run is not a sentence end (lower case follows): every start in it was tried
    first = "Pasukan maju" + run * (300_000 // len(run)) + " lalu mundur."
    text = first + " Tank hancur."
    got = _within(20, sentences, text, load(code))
    assert [(s.start, s.end) for s in got] == [(0, len(first)), (len(first) + 1, len(text))]


@pytest.mark.parametrize("code", ["id", "en"])
def test_segment_stop_runs_before_lower_case_do_not_split(code):
    text = "Troops left" + "." * 50 + " and came back!!! Then rested"
    got = [text[s.start:s.end] for s in sentences(text, load(code))]
    assert got == [text[:text.index("Then") - 1], "Then rested"]


def test_token_index_is_the_first_token_at_or_after_an_offset():
    from warta.pipeline.segment import token_index, tokens

    text = "Dua tank hancur, kata militer."
    toks = tokens(text)
    assert [token_index(toks, k) for k in (0, 1, 4, 15, len(text), len(text) + 5)] == [0, 1, 1, 3, 7, 7]


@pytest.mark.parametrize("text", [
    "Pasukan Rusia menembakkan 1.250 rudal ke Kharkiv's pinggiran; 3 warga tewas, kata gubernur. " * 12,
    "Kyiv's mayor said 2,400 homes lost power after strikes on Dnipro-Kherson lines. " * 12,
])
def test_span_tokens_are_the_tokens_of_the_span_alone(text):
    """A span's tokens come from the article's tokens, also where a span cuts a word or
    a possessive in two: they must equal tokenising the span by itself."""
    from warta.pipeline.segment import TOKEN_RE

    assert len(text) > 512  # an article, not a phrase cached by value
    for start in range(0, 200, 7):
        for end in (start, start + 1, start + 13, start + 80, len(text)):
            got = [(t.start, t.end, t.text) for t in tokens(text, start, end)]
            want = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]
            assert got == want, (start, end)
    assert [t.text for t in tokens(text)] == TOKEN_RE.findall(text)


def test_segment_a_corps_after_a_military_rank_ends_no_sentence():
    # "Letkol Inf." (infantry), "Mayor Kav." (cavalry), "Bripda": the name goes on
    lang = load("id")
    for text in ("Kapendam Letkol Inf. Candra Wijaya mengatakan dua prajurit gugur. Ia tidak merinci.",
                 "Serangan dipimpin Mayor Kav. Andi Saputra pada malam hari. Dua warga tewas."):
        assert len(sentences(text, lang)) == 2, text


@pytest.mark.parametrize("text", [
    "Dua tank hancur di dekat Kupiansk's pinggiran,   kata militer.\n\n" + " " * 300_000,
    " \t" * 150_000 + "Tank-tank 1.250 hancur!" + "\n " * 150_000 + "x",
    "\u00a0\u2003Kyiv’s 49.000 ... — “ok”\u3000",
])
def test_span_tokens_are_those_of_the_pattern_also_around_long_white_space(text):
    """Tokens are read with the white space before each: a long run of it, also at the end of
    a span, costs its length once, and any span's tokens (offsets clamped to the text, as the
    pattern's own are) are the pattern's matches."""
    from warta.pipeline.segment import TOKEN_RE, _scan

    def want(start, end):
        return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]

    got = _within(20, _scan, text, 0, len(text))
    assert [(t.start, t.end, t.text) for t in got] == want(0, len(text))
    for start, end in ((-5, 40), (3, 9), (30, len(text) + 9), (len(text) + 2, len(text) + 5), (9, 3)):
        assert [(t.start, t.end, t.text) for t in _scan(text, start, end)] == want(start, end)


def test_tokens_read_piece_by_piece_are_the_pattern_s_matches():
    """Tokens are read from the pieces between spaces (a word, a word and one mark, else the
    pattern on the piece): on random text with other white space, marks, "_", apostrophes and
    non-Latin word characters, any span's tokens are still the pattern's matches."""
    import random

    from warta.pipeline.segment import TOKEN_RE, _scan

    rnd = random.Random(11)
    chars = "ab_Σ1é.\n '-,’s\u00a0\u2003/()\u0663\u0301²\x1c\x85"
    for _ in range(20_000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 14)))
        start = rnd.randint(-2, len(text) + 2)
        end = rnd.randint(start - 2, len(text) + 2)
        want = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]
        assert [(t.start, t.end, t.text) for t in _scan(text, start, end)] == want, (text, start, end)


def test_the_word_before_a_stop_is_what_a_search_for_it_at_the_end_finds():
    """The word before a stop is read backwards from it; it must be what a search for a word,
    at most one "." and the end (or a last line break) finds in the same window."""
    import random
    import re

    from warta.pipeline.segment import _word_before

    ending = re.compile(r"(\w+)\.?$")
    rnd = random.Random(7)
    for _ in range(20_000):
        text = "".join(rnd.choice("ab_Σ1é.\n '-,") for _ in range(rnd.randint(0, 12)))
        lo = rnd.randint(0, len(text))
        hi = rnd.randint(lo, len(text))
        found = ending.search(text, lo, hi)
        assert _word_before(text, lo, hi) == (found.group(1) if found else ""), (text, lo, hi)
    assert _word_before("Kab. Bandung dan Gen.", 0, 20) == "Gen"


from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = ["a", "s", "bc", "1", "é", "_", "'", "’", "-", ".", ",", "/", "!", "“", " ", "  ", "\n", "\t",
           "'s", "’s ", "s'", "1.5", "a-b", "x/y", "\u00a0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60),
       st.lists(st.tuples(st.integers(-3, 120), st.integers(-3, 120)), min_size=1, max_size=12))
def test_span_tokens_are_a_fresh_scan_of_the_span(pieces, spans):
    """For any article and any spans of it (edges cutting words, possessives, number groups or
    white space), ``tokens`` gives what scanning the span alone gives."""
    from warta.pipeline.segment import _scan

    text = "".join(pieces) + " x'y" * 140  # long: read as an article, its tokens spliced
    for start, end in spans:
        got = [(t.start, t.end, t.text) for t in tokens(text, start, end)]
        assert got == [(t.start, t.end, t.text) for t in _scan(text, start, end)], (start, end)


def test_lower_text_is_the_text_in_lower_case_made_once_per_text():
    from warta.pipeline.segment import lower_text

    text = "Shelling HIT Two Villages. İstanbul Σ."
    first = lower_text(text)
    assert first == text.lower()
    assert lower_text(text) is first  # remembered: a step asking per figure lowers the article once
    other = "Another TEXT"
    assert lower_text(other) == "another text"
    assert lower_text(text) == text.lower()
