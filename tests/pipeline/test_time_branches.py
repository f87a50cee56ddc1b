"""Optional groups written as alternations (warta/pipeline/time_branches.py): the same matches and groups."""

import re

from hypothesis import given, settings, strategies as st

from warta.lang import load
from warta.pipeline.time_branches import optional_as_branch
from warta.pipeline.time_grammar import grammar


def test_optional_groups_become_empty_branches():
    assert optional_as_branch(r"(?:ab)?c") == r"(?:ab|)c"
    assert optional_as_branch(r"(?P<x>a|b)?c") == r"(?:(?P<x>a|b)|)c"
    assert optional_as_branch(r"(a)?") == r"(?:(a)|)"
    assert optional_as_branch(r"(?i:a)?") == r"(?:(?i:a)|)"


def test_what_is_no_optional_group_stays():
    for pattern in (r"(?:ab)??c", r"(?:ab)?+c", r"a?", r"\(x\)?", r"[(?:)]?", r"(?=a)?b", r"(?#c)(a)?",
                    r"(?(1)a|b)", r"[]()?]", r"(?<!\w)x"):
        assert optional_as_branch(pattern) == pattern


def _pieces(depth: int) -> st.SearchStrategy[str]:
    atoms = st.sampled_from(["a", "b", "ab", r"\s", "[ab]", "a+", r"\d", ""])
    if depth == 0:
        return atoms
    inner = st.lists(st.one_of(atoms, _pieces(depth - 1)), min_size=1, max_size=3).map("".join)
    alts = st.lists(inner, min_size=1, max_size=3).map("|".join)
    return st.one_of(
        atoms,
        st.tuples(st.sampled_from(["(?:", "(", "(?P<g{}>"]), alts, st.sampled_from(["?", "??", "", "*", "+"]))
        .map(lambda t: t[0] + t[1] + ")" + t[2]))


_names = iter(range(10**9))


def _named(pattern: str) -> str:
    return re.sub(r"\(\?P<g\{\}>", lambda _: f"(?P<g{next(_names)}>", pattern)


@settings(max_examples=400, deadline=None)
@given(st.lists(_pieces(2), min_size=1, max_size=4).map("".join), st.text("ab 1", max_size=8))
def test_matches_and_groups_are_those_of_the_pattern(pattern, text):
    pattern = _named(pattern)
    old, new = re.compile(pattern), re.compile(optional_as_branch(pattern))
    assert new.groups == old.groups
    for at in range(len(text) + 1):
        a, b = old.match(text, at), new.match(text, at)
        assert (a is None) == (b is None)
        if a is not None and b is not None:
            assert [a.span(k) for k in range(old.groups + 1)] == [b.span(k) for k in range(old.groups + 1)]


def test_the_time_grammar_is_written_with_branches():
    for code in ("en", "id"):
        pattern = grammar(load(code)).regex.pattern
        assert optional_as_branch(pattern) == pattern  # no optional group left to write
