"""Side names: countries, armed groups, leaders, peoples' adjectives; sides at war."""

from warta.lang import load
from warta.pipeline.segment import tokens
from warta.pipeline.sides import enemies, side_lexicon


def sides(text, code):
    return [(m.text, m.value) for m in side_lexicon(load(code)).find(tokens(text, 0, len(text)), text)]


def test_every_people_the_place_list_knows_names_its_side():
    assert sides("Ugandan and Burundian troops met Congolese officials.", "en") == [
        ("Ugandan", "UG"), ("Burundian", "BI"), ("Congolese", "CD")]
    assert sides("Pasukan Uganda dan Burundi bertemu pejabat Kongo.", "id") == [
        ("Uganda", "UG"), ("Burundi", "BI"), ("Kongo", "CD")]


def test_sides_at_war_are_data():
    for code in ("en", "id"):
        assert frozenset({"RU", "UA"}) in enemies(load(code))
        assert frozenset({"SD", "ML"}) not in enemies(load(code))


def test_a_capital_written_as_a_name_stands_for_its_state():
    assert sides("New Delhi did not confirm the toll; Tehran warned Kabul.", "en") == [
        ("New Delhi", "IN"), ("Tehran", "IR"), ("Kabul", "AF")]
    assert sides("Pemerintah daerah mengabulkan izin itu setelah baku tembak.", "id") == []


def test_a_side_whose_name_is_a_common_word_in_lower_case_is_matched_as_written():
    text = "Crews polish the turkey before the Polish and Chadian envoys arrive from Turkey."
    assert sides(text, "en") == [("Polish", "PL"), ("Chadian", "TD"), ("Turkey", "TR")]
    assert sides("Pasukan Polandia dan Turki tiba di Chad.", "id") == [("Polandia", "PL"), ("Turki", "TR"),
                                                                      ("Chad", "TD")]


def test_sides_by_the_names_news_writes_beside_cldrs():
    text = "Palestine, Turkey, the Czech Republic, Ivory Coast and East Timor."
    assert [v for _, v in sides(text, "en")] == ["PS", "TR", "CZ", "CI", "TL"]
    assert [v for _, v in sides("Palestina, Republik Ceko, Pantai Gading dan Sudan Selatan.", "id")] == [
        "PS", "CZ", "CI", "SS"]
