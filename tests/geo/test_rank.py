"""The best candidate is the first one that scores highest, whatever the context."""

from __future__ import annotations

import random

from warta.geo.gazetteer import Candidate
from warta.geo.grid import Grid
from warta.geo.rank import Context, best, score, value, values, world_counts

KINDS = ("settlement", "settlement", "admin2", "admin1", "country", "region")


def _cand(rng: random.Random, n: int) -> Candidate:
    kind = rng.choice(KINDS)
    country = rng.choice(("UA", "RU", "US", None))
    return Candidate(n, f"{country}.{n}", None, "x", kind, country, 48 + rng.uniform(-4, 4),
                     35 + rng.uniform(-4, 4), rng.choice((0, 9, 99, 500, 20_000, 2_000_000)),
                     rng.choice((f"{country}.1", f"{country}.2", None)), "test", "P",
                     rng.random() < 0.7)


def test_best_is_the_first_highest_score():
    rng = random.Random(5)
    for _ in range(400):
        cands = [_cand(rng, n) for n in range(rng.randint(1, 12))]
        anchors = Grid((48 + rng.uniform(-4, 4), 35 + rng.uniform(-4, 4)) for _ in range(rng.randint(0, 4)))
        points = list(anchors)
        ctx = Context({"UA"} if rng.random() < 0.5 else set(), {"UA.1", "RU.2"}, anchors,
                      curated=(cands[0].code,) if rng.random() < 0.2 else (),
                      not_countries=frozenset({"UA"}) if rng.random() < 0.2 else frozenset(),
                      not_admin1s=frozenset({"RU.2"}) if rng.random() < 0.3 else frozenset(),
                      not_anchors=frozenset(points[:1]) if rng.random() < 0.3 else frozenset(),
                      not_town_anchors=frozenset(points[1:2]) if rng.random() < 0.3 else frozenset(),
                      near_units=frozenset({"UA.1"}))
        want = rng.choice((None, "settlement", "admin", "admin2", "new"))
        world = world_counts(cands, ctx)
        assert best(cands, ctx, want) == max(cands, key=lambda c: value(c, ctx, want, world))
        one = [value(c, ctx, want, world) for c in cands]
        assert values(cands, ctx, want) == one == [score(c, ctx, want, world).score for c in cands]
