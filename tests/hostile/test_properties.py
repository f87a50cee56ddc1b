"""Property tests: random and adversarial text through ``extract`` in both
languages never raises, and always gives well-formed, strict JSON whose every
span points at its own text. Kept fast (short texts, few examples); the cost
of long inputs is measured by benchmarks/scaling_bench.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

import warta
from warta.cli import main

FAST = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# pieces that have broken or slowed text pipelines: stop runs, capitalised
# runs, digit runs, other scripts, controls and invisible marks, quotes, lines
PIECES = [
    ".", "....", "!!!", ".?", "?!.", " . . . ", "…", "\n", "\n\n\n", "\r\n", "\t",
    "Kursk ", "Kyiv Donetsk Kharkiv Sumy ", "Pokrovsk, Bakhmut. ", "U.S. ", "Gen. ", "A. B. C. ",
    "12", "1.000.000", "9,999,999.99", "1,5 juta", "9" * 40, "9" * 330, "12-13-14", "0,", "3/4",
    "9" * 330 + " tentara tewas ", "9" * 330 + " soldiers were killed ",
    "2025", "5 Januari 2025", "January 5, 2025", "kemarin", "yesterday", "pukul 09.00 WIB",
    "قال الجيش", "Наступление", "攻撃", "🙂", "\u200b", "\u202e", "\ufeff", "\x00", "\x07", "\x1b[0m",
    "\"", "“", "”", "'", "(", ")", "[", "—", "-", "%", "$", "#",
    "tentara tewas ", "soldiers were killed ", "kata kementerian ", "the ministry said ",
    "sebanyak ", "at least ", "lebih dari ", "nearly ", "antara 5 dan 7 ", "between 5 and 7 ",
]
ADVERSARIAL = st.lists(st.sampled_from(PIECES), min_size=1, max_size=60).map("".join)
RANDOM = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=400)
RUNS = st.builds(lambda piece, n, filler: filler + piece * n + filler,
                 st.sampled_from([".", "!", ".?", "Kursk ", "9", "9,", "\n", "🙂", "\x00"]),
                 st.integers(1, 400), st.sampled_from(["", "Pasukan maju. ", "Troops left. "]))


def _spans(obj: object) -> list[dict]:
    """Every {"text", "start", "end"} object in the output, at any depth."""
    if isinstance(obj, list):
        return [s for v in obj for s in _spans(v)]
    if not isinstance(obj, dict):
        return []
    own = [obj] if isinstance(obj.get("start"), int) and isinstance(obj.get("text"), str) else []
    return own + [s for v in obj.values() for s in _spans(v)]


def well_formed(text: str, code: str) -> None:
    art = warta.extract(text, lang=code, published="2025-01-05")
    doc = json.loads(json.dumps(art.to_json(), allow_nan=False, ensure_ascii=False))
    assert doc["lang"] == code
    for span in _spans(doc):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert text[span["start"]:span["end"]] == span["text"], span
    for s in doc["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(text)

# the genre's own parts, shuffled into sentences that need not parse: sources, tolls, places,
# dates (one ending the sentence after its verb, amounts of time past the calendar), quotes and
# paragraph breaks, where the steps read past a phrase to the token after it
GENRE = {
    "en": ["He said", "Officer Dan Reed of the Lakeview police said", "“We are looking for two men,”",
           "Seven people were hurt", "at least 12 soldiers were killed", "the army said", ", police said",
           ", according to officials", "said shortly before 3 p.m.", "on Monday", "last week", "in 2024",
           "at 10:00", "yesterday", "in Kursk", "near the border", "in Lakeview, Ohio", "about 340",
           "more than 1,000 troops", "two drones were shot down", "430,000 weeks ago", "9999999 days ago",
           "in the last 99999999 years", "December 31, 9999", "the following day", "since February 2022",
           "KYIV —", "(AP)", "—", "“", "”", "and", "of", "the", "in 2022", "—9,999 people were killed"],
    "id": ["Dia mengatakan", "Kepala Polisi Lakeview Dan Reed mengatakan", "“Kami mencari dua pria,”",
           "Tujuh orang terluka", "sedikitnya 12 tentara tewas", "kata militer", ", kata polisi",
           ", menurut pejabat", "katanya sesaat sebelum pukul 15.00", "pada Senin", "pekan lalu", "pada 2024",
           "pukul 10.00 WIB", "kemarin", "di Kursk", "dekat perbatasan", "sekitar 340",
           "lebih dari 1.000 tentara", "dua drone ditembak jatuh", "30.000 dekade lalu", "9999999 hari lalu",
           "31 Desember 9999", "keesokan harinya", "sejak Februari 2022", "KYIV —", "(AP)", "—", "“", "”",
           "dan", "yang", "dari", "pada 2022", "—9.999 orang tewas"],
}


def _genre(code: str) -> st.SearchStrategy[str]:
    sentence = st.builds(lambda words, end: " ".join(words).replace(" ,", ",") + end,
                         st.lists(st.sampled_from(GENRE[code]), min_size=1, max_size=9),
                         st.sampled_from([".", "", "?", ".”", " ."]))
    return st.lists(st.tuples(sentence, st.sampled_from([" ", "\n", "\n\n"])), min_size=1, max_size=6) \
        .map(lambda parts: "".join(s + j for s, j in parts))


@pytest.mark.parametrize("code", ["id", "en"])
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_genres_parts_in_any_order_extract_cleanly(code: str, data: st.DataObject) -> None:
    well_formed(data.draw(_genre(code)), code)


@pytest.mark.parametrize("code", ["id", "en"])
@FAST
@given(text=ADVERSARIAL)
def test_adversarial_text_extracts_cleanly(code: str, text: str) -> None:
    well_formed(text, code)


@pytest.mark.parametrize("code", ["id", "en"])
@FAST
@given(text=RANDOM)
def test_random_text_extracts_cleanly(code: str, text: str) -> None:
    well_formed(text, code)


@pytest.mark.parametrize("code", ["id", "en"])
@FAST
@given(text=RUNS)
def test_long_runs_extract_cleanly(code: str, text: str) -> None:
    well_formed(text, code)


@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.one_of(ADVERSARIAL.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.binary(max_size=300)),
       code=st.sampled_from(["id", "en", "auto"]))
def test_extract_command_gives_json_or_a_clean_error(tmp_path: Path, data: bytes,
                                                     code: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    r = CliRunner().invoke(main, ["extract", str(path), "--lang", code])
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    if r.exit_code == 0:
        json.loads(r.stdout, parse_constant=lambda c: pytest.fail(f"not strict JSON: {c}"))
    else:
        assert r.exit_code == 2 and r.stderr.startswith("Error [W"), r.output
