"""A place whose country the story never names (a town read as a namesake abroad) does not give its
country to the figures beside it, nor to the local source named with it: the sentence's other places
say where, else the story's scenes. The misreading is simulated by changing the resolved country."""

from dataclasses import replace

import pytest

import warta.pipeline.extract as extract_module
from warta.pipeline.extract import extract


def misread(monkeypatch, names, country):
    real = extract_module.find_places

    def find_places(*args, **kwargs):
        return [replace(p, country=country) if p.text in names else p for p in real(*args, **kwargs)]
    monkeypatch.setattr(extract_module, "find_places", find_places)


def sides(text, code):
    claims = extract(text, lang=code, published="2025-06-03").claims
    return {f.text: f.side for c in claims for f in c.figures}


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Rusia kembali menyerang Ukraina dan wilayah Sumy. Serangan rudal Rusia menghantam kota Sumy di "
           "timur laut Ukraina pada Senin, menewaskan sedikitnya empat warga sipil.", "sedikitnya "
                                                                                      "empat warga sipil"),
    ("en", "Russia struck Ukraine and the Sumy region again overnight. A Russian missile hit the "
           "city of Sumy "
           "in northeastern Ukraine on Monday, killing at least four civilians.", "at least four civilians"),
])
def test_a_town_of_a_country_never_named_does_not_give_the_side(monkeypatch, code, text, figure):
    misread(monkeypatch, ("Sumy",), "ID")
    assert sides(text, code)[figure] == "UA"


@pytest.mark.parametrize("code, text, figure", [
    ("en", "South Sudan's army said a militia overran its garrison in Nasir, in South Sudan's Upper "
           "Nile state. A "
           "local official in Nasir County, John Deng, said at least 15 civilians had died in the fighting.",
     "at least 15 civilians"),
    ("id", "Militer Sudan Selatan menyebut milisi merebut garnisunnya di Nasir, negara bagian Upper Nile, "
           "Sudan Selatan. "
           "Seorang pejabat lokal di Nasir, John Deng, mengatakan sedikitnya 15 warga sipil tewas dalam "
           "pertempuran itu.", "sedikitnya 15 warga sipil"),
])
def test_a_local_source_of_a_misread_town_speaks_for_the_story_country(monkeypatch, code, text, figure):
    misread(monkeypatch, ("Nasir", "Nasir County"), "SD")
    assert sides(text, code)[figure] == "SS"
