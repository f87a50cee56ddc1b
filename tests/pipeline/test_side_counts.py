"""Counts made with dict operations are the ``Counter`` ones, item order and ties included."""

from collections import Counter

from warta.pipeline.side_counts import added, most_common, tally

SIDES = ["UA", "RU", "UA", "SY", "RU", "IL", "UA"]
MORE = ["IL", "LB", "SY", "LB"]


def test_tally_is_the_counter_of_the_items_in_first_order():
    got = tally(SIDES)
    assert type(got) is Counter and list(got.items()) == list(Counter(SIDES).items())
    assert got["missing"] == 0 and tally([]) == Counter()


def test_added_counts_are_the_sum_in_counter_order():
    both = Counter(SIDES) + Counter(MORE)
    assert list(added(Counter(SIDES), Counter(MORE)).items()) == list(both.items())
    assert list(added(Counter(MORE), Counter()).items()) == list(Counter(MORE).items())


def test_most_common_breaks_ties_by_first_coming():
    counts = Counter(SIDES + MORE)  # RU, SY, IL and LB twice each
    for n in (None, 0, 1, 2, 3, 9):
        assert most_common(counts, n) == counts.most_common(n)
    assert most_common(counts, 2) == [("UA", 3), ("RU", 2)]
