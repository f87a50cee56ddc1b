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
