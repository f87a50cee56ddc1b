"""The spatial grid answers exactly what a scan of every point would."""

from __future__ import annotations

import math
import random

from warta.geo.grid import Grid, km, mixed, neighbours


def brute(points, lat, lon, limit, skip=frozenset(), same=False):
    ds = [km((lat, lon), p) for p in points if p not in skip and (same or p != (lat, lon))]
    d = min(ds, default=math.inf)
    return d if d <= limit else math.inf


def test_nearest_matches_a_full_scan_everywhere_on_the_globe():
    rng = random.Random(3)
    # clusters (an article about one region) plus points near the poles and the date line
    points = [(48 + rng.uniform(-3, 3), 37 + rng.uniform(-3, 3)) for _ in range(300)]
    points += [(rng.uniform(-89.9, 89.9), rng.uniform(-180, 180)) for _ in range(300)]
    points += [(rng.uniform(-60, 60), rng.choice((-179.9, 179.9))) for _ in range(40)]
    grid = Grid()
    seen = []
    for n, p in enumerate(points):
        grid.add(p)
        seen.append(p)
        if n % 7:
            continue
        for _ in range(5):
            q = rng.choice(seen) if rng.random() < 0.5 else (rng.uniform(-90, 90), rng.uniform(-180, 180))
            for limit in (50.0, 300.0, 500.0):
                assert grid.nearest(*q, limit) == brute(seen, *q, limit)
                assert grid.nearest(*q, limit, same=True) == brute(seen, *q, limit, same=True)
                skip = set(rng.sample(seen, min(5, len(seen))))
                assert grid.nearest(*q, limit, skip) == brute(seen, *q, limit, skip)


def test_within_and_distinct_points():
    grid = Grid([(50.0, 36.0), (50.0, 36.0), (50.2, 36.1), (10.0, 10.0)])
    assert len(grid) == 3 and (50.2, 36.1) in grid
    assert sorted(grid.within(50.0, 36.0, 50.0)) == [(50.0, 36.0), (50.2, 36.1)]
    assert grid.add((10.0, 10.0)) is False
    # across the date line: two points 22 km apart on either side of it
    wrap = Grid([(0.0, 179.9), (0.0, -179.9)])
    assert wrap.nearest(0.0, 179.9, 50.0) < 25.0


def test_within_matches_a_full_scan_across_buckets_of_longitude():
    rng = random.Random(5)
    points = [(rng.uniform(-89.9, 89.9), rng.uniform(-180, 180)) for _ in range(400)]
    points += [(rng.uniform(-70, 70), rng.choice((-179.95, 179.95, -0.01, 0.01))) for _ in range(60)]
    grid = Grid(points)
    for _ in range(200):
        q = rng.choice(points) if rng.random() < 0.5 else (rng.uniform(-90, 90), rng.uniform(-180, 180))
        for radius in (40.0, 300.0, 3000.0):
            want = [p for p in points if km(q, p) < radius]
            assert list(grid.within(*q, radius)) == want
        for limit in (3000.0, 20000.0):
            assert grid.nearest(*q, limit) == brute(points, *q, limit)


def test_cells_find_what_the_grid_finds():
    from warta.geo.grid import Cells

    rng = random.Random(11)
    points = [(48 + rng.uniform(-1, 1), 37 + rng.uniform(-1, 1)) for _ in range(200)]
    points += [(rng.uniform(-89.9, 89.9), rng.uniform(-180, 180)) for _ in range(200)]
    points += [(rng.uniform(-60, 60), rng.choice((-179.99, 179.99, -180.0))) for _ in range(40)]
    points += [(rng.choice((-89.9, 89.9, 84.9)), rng.uniform(-180, 180)) for _ in range(20)]
    near_the_date_line = [(rng.uniform(-70, 70), rng.choice((-1, 1)) * rng.uniform(179.0, 180.0))
                          for _ in range(60)]
    for radius in (7.0, 40.0, 50.0, 300.0, 1000.0):
        grid, cells = Grid(), Cells(radius)
        for p in points:
            assert grid.add(p) == cells.add(p)
        assert not cells.add(points[0])
        for q in points[::3] + near_the_date_line + [(rng.uniform(-90, 90), rng.uniform(-180, 180))
                                                     for _ in range(100)]:
            assert cells.within(*q) == list(grid.within(*q, radius))


def test_neighbourhoods_find_what_cells_find():
    from warta.geo.grid import Cells, neighbourhoods

    rng = random.Random(5)
    points = [(-7 + rng.uniform(-0.5, 0.5), 110 + rng.uniform(-0.5, 0.5)) for _ in range(150)]
    points += [(rng.uniform(-89.9, 89.9), rng.uniform(-180, 180)) for _ in range(150)]
    points += [(rng.uniform(-60, 60), rng.choice((-179.99, 179.99, -180.0))) for _ in range(40)]
    points += [(rng.choice((-89.9, 89.9)), rng.uniform(-180, 180)) for _ in range(20)]
    points += [(rng.uniform(59.0, 61.0), rng.uniform(-180, 180)) for _ in range(100)]  # a band at 60 degrees
    points += [(rng.uniform(-20, 20), rng.uniform(-1, 1) % 360 - 180) for _ in range(50)]  # at the date line
    points = list(dict.fromkeys(points))
    for radius in (7.0, 40.0, 300.0):
        cells = Cells(radius)
        for p in points:
            cells.add(p)
        found = neighbourhoods(points, radius)
        for p, near in zip(points, found):
            assert [points[i] for i in near] == cells.within(*p)


def test_nearest_under_a_key_answers_as_under_the_point():
    rng = random.Random(5)
    points = [(48 + rng.uniform(-2, 2), 37 + rng.uniform(-2, 2)) for _ in range(60)]
    asked = [(48 + rng.uniform(-2, 2), 37 + rng.uniform(-2, 2)) for _ in range(10)]
    keyed, plain = Grid(), Grid()
    for n, p in enumerate(points):
        keyed.add(p)
        plain.add(p)
        for k, q in enumerate(asked if n % 5 == 0 else asked[:2]):
            for limit in (30.0, 100.0):
                want = brute(points[:n + 1], *q, limit)
                assert keyed.nearest(*q, limit, key=k) == plain.nearest(*q, limit) == want


def test_mixed_finds_the_pairs_of_two_owners_that_neighbours_finds():
    rng = random.Random(11)
    for _ in range(200):
        points = list({(rng.uniform(40, 41), rng.uniform(30, 31)) for _ in range(rng.randint(2, 8))})
        owners = [rng.randint(0, 2) for _ in points]
        near = neighbours(points, 20.0)
        pairs = [(i, j) for i, js in near.items() for j in js]
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        assert mixed(lats, lons, owners, 20.0) == any(owners[i] != owners[j] for i, j in pairs)
