"""Claimants: the body whose data a source used ("berdasarkan angka dari", "based on figures from",
"mengutip", "citing") or the outlet that quoted a source ("yang dikutip AFP", "quoted by AFP") does not
assert the figure when another cue of the sentence names who does; health workers are persons; a
source after "menurut" ends before the adverb of the verb that follows it ("yang menurut kantor
berita WAFA telah menewaskan")."""

import pytest

from warta.pipeline.extract import extract


def claimant_of(text, code, figure):
    at = text.index(figure)
    return next(c.claimant for c in extract(text, lang=code, published="2024-10-10").claims
                for f in c.figures if f.start == at)


@pytest.mark.parametrize("code, text, figure, source", [
    ("id", "Berdasarkan angka-angka dari komisi HAM nasional, sedikitnya 350 warga sipil tewas dalam "
           "serangan drone sepanjang tahun lalu, lapor Human Rights Watch.",
     "sedikitnya 350 warga sipil", "Human Rights Watch"),
    ("en", "Based on figures from the national rights commission, at least 350 civilians were killed in "
           "drone strikes last year, Human Rights Watch reported.",
     "at least 350 civilians", "Human Rights Watch"),
    ("id", "Serangan itu telah menewaskan lebih dari 30 orang, menurut penghitungan kantor berita AFP "
           "berdasarkan angka dari kementerian.", "lebih dari 30 orang", "AFP"),
    ("id", "Kantor berita Reuters, mengutip warga setempat, melaporkan serangan udara itu menewaskan "
           "sembilan warga desa.", "sembilan warga", "Reuters"),
    ("en", "The Reuters news agency, citing residents, reported that the air strike killed nine villagers.",
     "nine villagers", "Reuters"),
    ("id", "Sumber keamanan setempat yang dikutip kantor berita AFP menyebut sekitar 60 prajurit masih "
           "hilang.",
     "sekitar 60 prajurit", "Sumber keamanan"),
    ("en", "Security sources quoted by AFP said about 60 soldiers were still missing.", "about 60 soldiers",
     "Security sources"),
])
def test_a_data_origin_or_quoting_outlet_does_not_assert(code, text, figure, source):
    assert source in claimant_of(text, code, figure).text


@pytest.mark.parametrize("code, text, figure", [
    ("id", "Serangan itu menewaskan 18 penumpang, kata seorang petugas kesehatan di rumah sakit setempat "
           "kepada kantor berita AFP.", "18 penumpang"),
    ("en", "The strike killed 18 passengers, a health worker at the local hospital told AFP.",
     "18 passengers"),
])
def test_a_health_worker_is_a_person_source(code, text, figure):
    claimant = claimant_of(text, code, figure)
    assert (claimant.kind, "kesehatan" in claimant.text or "health" in claimant.text) == ("person", True)


def test_a_source_after_menurut_ends_before_the_adverb():
    text = ("Kampanye itu dimulai di Jenin, yang menurut kantor berita WAFA telah menewaskan lebih dari 70 "
            "orang.")
    assert claimant_of(text, "id", "lebih dari 70 orang").text == "kantor berita WAFA"
