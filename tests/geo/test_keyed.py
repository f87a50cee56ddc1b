from warta.geo.keyed import add_to, append_to


def test_add_to_makes_a_set_for_a_new_key_and_adds_to_it_after():
    under: dict[str, set[int]] = {}
    add_to(under, "a", 1)
    add_to(under, "a", 1)
    add_to(under, "b", 2)
    add_to(under, "a", 3)
    assert under == {"a": {1, 3}, "b": {2}}
    assert list(under) == ["a", "b"]


def test_append_to_keeps_the_values_of_a_key_in_order():
    under: dict[int, list[str]] = {}
    for k, v in [(2, "x"), (1, "y"), (2, "z")]:
        append_to(under, k, v)
    assert under == {2: ["x", "z"], 1: ["y"]}
    assert list(under) == [2, 1]
