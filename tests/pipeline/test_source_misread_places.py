"""A source's country does not come from a place that is a namesake misread abroad: a country the story
never names whose places are a third or fewer of the mentions of the one it is about ("a police
spokesman in Chinandega", a city district read as the Nicaraguan department, in a Honduran story)."""

import pytest

import warta

EN = ("Gunmen kill five in Honduran city\n"
      "SAN PEDRO SULA, Honduras (AP) - Gunmen killed five people at a bus stop in the Chinandega district of "
      "San Pedro Sula on Tuesday. A police spokesman in Chinandega said three of the dead were students, and "
      "that officers arrested two suspects in Masaya. Honduras has deployed troops to Choloma, Tegucigalpa "
      "and San Pedro Sula this year, and Honduran officials said violence had fallen in Honduras.")
ID = ("Orang Bersenjata Tewaskan Lima Orang di Honduras\n"
      "TEGUCIGALPA (AP) - Orang-orang bersenjata menewaskan lima orang di sebuah halte bus di distrik "
      "Chinandega, San Pedro Sula, Honduras, pada Selasa. Seorang juru bicara polisi di Chinandega "
      "mengatakan tiga korban adalah pelajar dan dua tersangka ditangkap di Masaya. Honduras mengerahkan "
      "tentara ke Choloma, Tegucigalpa dan San Pedro Sula tahun ini.")


@pytest.mark.parametrize("code, text", [("en", EN), ("id", ID)])
def test_a_misread_namesake_places_no_source(code, text):
    article = warta.extract(text, lang=code, published="2026-05-06")
    spokesman = [c.claimant for c in article.claims if c.claimant.text and "Chinandega" in c.claimant.text]
    assert spokesman and all(s.country == "HN" for s in spokesman), [(s.text, s.country) for s in spokesman]
