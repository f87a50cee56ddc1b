"""Names that hold each other up (warta.geo.cohere), on made-up candidates."""

from __future__ import annotations

import random

from warta.geo.cohere import MATE, MATES, RESTORE, SUPPORT, Name, Neighbours, apart, cohere, support
from warta.geo.gazetteer import Candidate


def place(id_: int, name: str, kind: str, admin1: str | None, lat: float, lon: float,
          primary: bool = True, code: str | None = None) -> Candidate:
    country = "XY" if code and code.startswith("Y") else "XX"
    return Candidate(id_, code or f"gn:{id_}", id_, name, kind, country, lat, lon, 1000, admin1, "test",
                     "P", primary)


# two towns called "Alder" and two counties called "Birch", one of each in state S1, far apart
ALDER_FAR = place(1, "Alder", "settlement", "S2", 10.0, 10.0)
ALDER_NEAR = place(2, "Alder", "settlement", "S1", 40.0, -90.0)
BIRCH_FAR = place(3, "Birch County", "admin2", "S3", 20.0, 30.0)
BIRCH_NEAR = place(4, "Birch County", "admin2", "S1", 40.2, -90.1)


def name(key: str, cands: list[Candidate], scores: list[float], choice: Candidate | None) -> Name:
    return Name(key, cands, {c.id: s for c, s in zip(cands, scores)}, choice)


def test_two_ambiguous_names_move_to_the_pair_that_lies_together():
    alder = name("alder", [ALDER_FAR, ALDER_NEAR], [10.0, 9.0], ALDER_FAR)
    birch = name("birch county", [BIRCH_FAR, BIRCH_NEAR], [10.0, 9.5], BIRCH_FAR)
    moved = cohere([alder, birch])
    assert moved == {0: ALDER_NEAR, 1: BIRCH_NEAR}


def test_an_unlikely_namesake_backs_nothing():
    # the "Birch County" beside Alder ranks far below the name's choice
    alder = name("alder", [ALDER_FAR, ALDER_NEAR], [10.0, 9.0], ALDER_FAR)
    birch = name("birch county", [BIRCH_FAR, BIRCH_NEAR], [10.0, 10.0 - SUPPORT - 1], BIRCH_FAR)
    assert cohere([alder, birch]) == {}
    assert alder.choice is ALDER_FAR and birch.choice is BIRCH_FAR


def test_an_alternate_name_never_displaces_a_main_name():
    alias = place(5, "Old Alder", "settlement", "S1", 40.1, -90.0, primary=False)
    alder = name("alder", [ALDER_FAR, alias], [10.0, 9.9], ALDER_FAR)
    birch = name("birch county", [BIRCH_NEAR], [9.0], BIRCH_NEAR)
    assert cohere([alder, birch]) == {}


def test_a_doubtful_name_comes_back_only_with_support():
    lone = name("alder", [ALDER_FAR, ALDER_NEAR], [10.0, 9.0], None)
    assert cohere([lone]) == {}
    birch = name("birch county", [BIRCH_NEAR], [9.0], BIRCH_NEAR)
    assert SUPPORT >= RESTORE
    assert cohere([name("alder", [ALDER_FAR, ALDER_NEAR], [10.0, 9.0], None), birch]) == {0: ALDER_NEAR}


def test_a_state_backs_the_towns_inside_it():
    state = place(6, "Sylvania", "admin1", None, 41.0, -89.0, code="S1")
    alder = name("alder", [ALDER_FAR, ALDER_NEAR], [10.0, 9.0], ALDER_FAR)
    other = place(7, "Sylvania", "settlement", "S9", -30.0, 150.0)
    sylvania = name("sylvania", [other, state], [10.0, 9.0], other)
    moved = cohere([alder, sylvania])
    assert moved == {0: ALDER_NEAR, 1: state}


def test_a_name_does_not_back_itself():
    # two groups of one name (bound and unbound mentions) are not two witnesses
    a = name("alder", [ALDER_FAR, ALDER_NEAR], [10.0, 9.0], ALDER_FAR)
    b = name("alder", [ALDER_NEAR, ALDER_FAR], [9.0, 10.0], ALDER_FAR)
    assert cohere([a, b]) == {}


def test_a_name_that_may_be_a_country_joins_the_states_it_is_listed_with():
    country = Candidate(10, "XY", 10, "Sylvania", "country", "XY", 50.0, 20.0, 1000, None, "test", "A")
    state = place(11, "Sylvania", "admin1", None, 41.0, -89.0, code="S1")
    peer_a = name("ostland", [place(12, "Ostland", "admin1", None, 38.0, -95.0, code="S2")], [9.0], None)
    peer_a.choice = peer_a.cands[0]
    peer_b = name("westmark", [place(13, "Westmark", "admin1", None, 35.0, -99.0, code="S3")], [9.0], None)
    peer_b.choice = peer_b.cands[0]
    sylvania = name("sylvania", [country, state], [15.0, 10.0], country)
    assert cohere([sylvania, peer_a]) == {}  # one peer is not a list
    assert cohere([sylvania, peer_a, peer_b]) == {0: state}
    # the states of the country itself say nothing against the country
    home = name("sylvania", [country, place(14, "Sylvania", "admin1", None, 50.1, 20.1, code="Y1")],
                [15.0, 10.0], country)
    ost = name("ostland", [place(15, "Ostland", "admin1", None, 51.0, 21.0, code="Y2")], [9.0], None)
    ost.choice = ost.cands[0]
    west = name("westmark", [place(16, "Westmark", "admin1", None, 49.0, 19.0, code="Y3")], [9.0], None)
    west.choice = west.cands[0]
    assert cohere([home, ost, west]) == {}


def test_scores_alone_move_no_name():
    # the earlier passes chose with more context (nearby places, trigger words);
    # only the other names' support moves a choice
    alder = name("alder", [ALDER_FAR, ALDER_NEAR], [8.0, 10.0], ALDER_FAR)
    assert cohere([alder]) == {}
    birch = name("birch county", [BIRCH_NEAR], [9.0], BIRCH_NEAR)
    assert cohere([name("alder", [ALDER_FAR, ALDER_NEAR], [8.0, 10.0], ALDER_FAR), birch]) == {0: ALDER_NEAR}


def _placed(key: str, c: Candidate) -> Name:
    return name(key, [c], [9.0], c)


def test_towns_placed_elsewhere_in_a_state_move_a_name_there_when_two_or_more():
    # "Alder" has a bigger namesake far away; two other names are placed in state S1,
    # more than COHERE_KM from Alder, and together outweigh the difference
    cedar = _placed("cedar", place(20, "Cedar", "settlement", "S1", 41.5, -88.0))
    dogwood = _placed("dogwood", place(21, "Dogwood", "settlement", "S1", 39.0, -91.5))
    assert MATES == 2 and 2 * MATE > 2.0
    one = cohere([name("alder", [ALDER_FAR, ALDER_NEAR], [11.0, 9.0], ALDER_FAR), cedar])
    assert one == {}  # one town elsewhere in the state is not enough
    both = cohere([name("alder", [ALDER_FAR, ALDER_NEAR], [11.0, 9.0], ALDER_FAR), cedar, dogwood])
    assert both == {0: ALDER_NEAR}


def test_a_namesake_in_the_state_that_another_name_did_not_choose_backs_nothing_there():
    cedar_home = place(22, "Cedar", "settlement", "S7", -20.0, 120.0)
    cedar = name("cedar", [cedar_home, place(23, "Cedar", "settlement", "S1", 41.5, -88.0)],
                 [10.0, 10.0], cedar_home)
    dogwood_home = place(24, "Dogwood", "settlement", "S8", -25.0, 125.0)
    dogwood = name("dogwood", [dogwood_home, place(25, "Dogwood", "settlement", "S1", 39.0, -91.5)],
                   [10.0, 10.0], dogwood_home)
    alder = name("alder", [ALDER_FAR, ALDER_NEAR], [11.0, 9.0], ALDER_FAR)
    assert 0 not in cohere([alder, cedar, dogwood])


def test_towns_elsewhere_in_the_state_bring_back_no_doubtful_name():
    cedar = _placed("cedar", place(26, "Cedar", "settlement", "S1", 41.5, -88.0))
    dogwood = _placed("dogwood", place(27, "Dogwood", "settlement", "S1", 39.0, -91.5))
    assert cohere([name("alder", [ALDER_FAR, ALDER_NEAR], [10.0, 9.0], None), cedar, dogwood]) == {}


def test_the_towns_placed_in_a_state_back_one_of_its_towns_up_to_a_cap():
    from warta.geo.cohere import MATE_CAP, Neighbours

    index = Neighbours([])
    index.placed = {"US.GA": [(n, None) for n in range(3 * MATE_CAP)]}

    town = place(90, "Town", "settlement", "US.GA", 33.0, -84.0)
    assert len(index.mates(town)) == MATE_CAP


def test_names_apart_back_none():
    # random names of random towns, counties and states: when apart says no name can back another,
    # no candidate gets any support
    rng = random.Random(7)
    states = ["S1", "S2", "S3", "S4", "S5", "S6"]
    for trial in range(300):
        names = []
        for k in range(rng.randint(2, 4)):
            cands = []
            for _ in range(rng.randint(1, 3)):
                id_ = 100 * trial + 10 * k + len(cands)
                kind = rng.choice(["settlement", "settlement", "admin2", "admin1", "country"])
                code = rng.choice(["YA", "YB", "XA"]) if kind == "admin1" else None
                cands.append(place(id_, f"n{k}", kind, rng.choice(states) if kind != "admin1" else None,
                                   rng.uniform(40, 43), rng.uniform(-92, -89), code=code))
            names.append(name(f"n{k}", cands, [rng.uniform(5, 10) for _ in cands], rng.choice(cands)))
        if not apart([(n.key, n.cands) for n in names]):
            continue
        index = Neighbours(names)
        index.place(names)
        assert all(support(names, index, n, c) == 0.0 for n, nm in enumerate(names) for c in nm.cands)
        assert cohere(names) == {}
