"""A well-known place that ends an office's title is the office's place, the
holder's name coming after a comma: it is no surname, here or at the place's
other mentions (warta.pipeline.place_persons); a governor's place is the province, a
regent's the regency (office_units)."""

from __future__ import annotations

import pytest

from warta.lang import load
from warta.pipeline.place_lexicon import lexicon
from warta.pipeline.place_persons import person_zone
from warta.pipeline.place_spans import find_runs
from warta.pipeline.place_words import tokenize
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences


def test_an_office_s_place_before_a_comma_and_the_holder_is_a_place(gaz):
    text = ("Rudal menghantam kota Sumy pada Selasa. Kepala Administrasi Militer Regional Sumy, "
            "Oleh Hryhorov, mengatakan lima orang terluka.")
    lang = load("id")
    got = [p for p in find_places(text, lang, sentences(text, lang), gaz) if p.text == "Sumy"]
    assert len(got) == 2 and all(p.found and p.country == "UA" for p in got)
    everything = find_places(text, lang, sentences(text, lang), gaz)
    assert not any(p.text in ("Oleh", "Hryhorov") for p in everything)


def test_a_given_name_after_the_title_is_still_a_person(gaz):
    text = "Gubernur Anies Baswedan meninjau banjir di Jakarta."
    lang = load("id")
    assert [p.text for p in find_places(text, lang, sentences(text, lang), gaz)] == ["Jakarta"]


def _by_text(text: str, code: str, gaz) -> dict:
    lang = load(code)
    return {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}


@pytest.mark.parametrize("code,text,name", [
    ("en", "Zaporizhzhia Governor Ivan Fedorov said three people were wounded.", "Zaporizhzhia"),
    ("en", "The governor of Zaporizhzhia said three people were wounded.", "Zaporizhzhia"),
    ("en", "Three people were wounded, the Zaporizhzhia governor wrote on Telegram.", "Zaporizhzhia"),
    ("en", "Kursk acting Governor Alexei Smirnov said drones hit a school.", "Kursk"),
    ("id", "Gubernur Zaporizhzhia Ivan Fedorov mengatakan tiga warga terluka.", "Zaporizhzhia"),
    ("id", "Menurut gubernur Kursk, drone menghantam sebuah sekolah.", "Kursk"),
])
def test_a_governors_place_is_the_province(gaz, code, text, name):
    assert _by_text(text, code, gaz)[name].precision == "admin1"


def test_a_regents_place_is_the_regency(gaz):
    got = _by_text("Bupati Nduga Yairus Gwijangge mengatakan warga mengungsi ke Wamena, Papua Pegunungan.",
                   "id", gaz)
    assert got["Nduga"].precision == "admin2"


@pytest.mark.parametrize("code,text,name", [
    ("id", "Kepala Dinas Kesehatan Papua Tengah mengatakan dua warga terluka.", "Papua Tengah"),
    ("id", "Kepala Dinas Kesehatan Papua mengatakan dua warga terluka.", "Papua"),
    ("id", "Kepala Dinas Kesehatan Papua Tengah Silwanus Sumule mengatakan dua warga terluka.",
     "Papua Tengah"),
    ("id", "Kepala Badan Penanggulangan Bencana Daerah Jawa Barat mengatakan 300 rumah rusak.", "Jawa Barat"),
    ("en", "The head of the Central Papua Health Office said two residents were wounded.", "Central Papua"),
])
def test_the_place_in_a_bodys_name_after_its_heads_title_is_a_place(gaz, code, text, name):
    got = _by_text(text, code, gaz)
    assert got[name].precision == "admin1" and "Sumule" not in got



@pytest.mark.parametrize("code,text,name", [
    ("id", "Gubernur Zaporizhzhia Ivan Fedorov mengatakan lima orang terluka, kata kantor gubernur.",
     ["Ivan", "Fedorov"]),
])
def test_a_title_left_out_of_a_run_still_opens_a_persons_name(gaz, code, text, name):
    lang = load(code)
    lex = lexicon(lang)
    toks = tokenize(text, sentences(text, lang), lex.shortened_heads)
    lower = {t.key for t in toks if not t.cap}
    [run] = [r for r in find_runs(text, toks, lex, lower) if toks[r.toks[-1]].text == name[-1]]
    assert toks[run.toks[0]].key not in lex.titles  # the sentence's first word, written lower elsewhere
    found = gaz.lookup({t.key for t in toks})
    assert [toks[g].text for g in sorted(person_zone(text, toks, run, lex, found))] == name


@pytest.mark.parametrize("code,text,name", [
    ("en", "The bomber struck a camp in Mogadishu, police spokesman Abdifatah Aden said.", "Aden"),
    ("en", "Shelling hit the port on Friday, army spokesman Ihor Kherson said.", "Kherson"),
])
def test_a_name_a_lower_case_title_opens_is_a_persons_to_its_end(gaz, code, text, name):
    assert name not in _by_text(text, code, gaz)
