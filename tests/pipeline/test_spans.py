"""Position lookups and runs of linked items (warta/pipeline/spans.py)."""

from hypothesis import given, strategies as st

from warta.pipeline.spans import covering, linked_runs


def test_linked_runs_keep_runs_of_two_or_more_in_order():
    def next_number(a, b):
        return b == a + 1

    assert linked_runs([1, 2, 3, 7, 9, 10], next_number) == [[1, 2, 3], [9, 10]]
    assert linked_runs([4], next_number) == []
    assert linked_runs([], next_number) == []


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60))), st.integers(-5, 70))
def test_covering_answers_as_a_scan_of_every_span_does(spans, x):
    assert covering(spans)(x) == any(a <= x < b for a, b in spans)
