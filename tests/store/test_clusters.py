"""Events from different articles merged into clusters, with reasons, and
merges undone by hand."""

from __future__ import annotations

from datetime import date

import pytest

from warta.errors import StoreError
from warta.store import Source, Store, content_hash
from warta.store.testing import make_article


def _add(store: Store, n: int, **kw: object) -> int:
    text, art = make_article(extra=f" Laporan {n}.", **kw)  # type: ignore[arg-type]
    aid = store.add_article(text, art, Source(f"{n}.txt"), content_hash(text), "v1")
    assert aid is not None
    return aid


def test_clusters_merge_near_places_same_type_overlapping_dates(store: Store) -> None:
    _add(store, 1)  # Kursk
    _add(store, 2, claimant="Staf Umum Ukraina", country="UA", place="Sudzha",
         lat=51.19, lon=35.27, admin1=None)  # 80 km away, different region: no
    _add(store, 3, place="Kursk", lat=51.75, lon=36.10)  # 6 km away: yes
    _add(store, 4, place="Zheleznogorsk", lat=52.34, lon=35.35, admin1="Kursk Oblast")
    _add(store, 5, lat=51.74, lon=36.2, day=date(2025, 1, 9))  # other day: no
    _add(store, 6, lat=51.74, lon=36.2, event_type="strike")  # other type: no
    _add(store, 7, lat=51.74, lon=36.2, actor="RU", target="UA")  # other sides: no
    _add(store, 8, lat=51.74, lon=36.2, actor=None, target="RU")  # unknown actor: yes
    (cl,) = store.clusters()
    assert cl.type == "attack" and cl.undone_at is None
    events = {e.id: e for e in store.event_rows()}
    members = {events[e].article_id: reason for e, reason in cl.members}
    assert sorted(members) == [1, 3, 4, 8]
    assert members[1] == "first reported"
    assert "km apart" in members[3] and "dates overlap 2025-01-05" in members[3]
    assert "same admin region Kursk Oblast" in members[4]
    assert "sides UA→RU" in members[8]
    assert {e.cluster_id for e in store.event_rows(cluster_id=cl.id)} == {cl.id}
    assert store.counts()["clusters"] == 1


def test_clusters_never_merge_within_one_article(store: Store) -> None:
    text, art = make_article()
    art.events.append(art.events[0])
    store.add_article(text, art, Source("a.txt"), content_hash(text), "v1")
    assert store.clusters() == []


def test_unmerge_undoes_and_is_remembered(store: Store) -> None:
    _add(store, 1)
    _add(store, 2, lat=51.75, lon=36.10)
    (cl,) = store.clusters()
    info = store.unmerge(cl.id)
    assert info.undone_at is not None
    assert all(e.cluster_id is None for e in store.event_rows())
    assert store.counts()["clusters"] == 0
    (again,) = store.clusters(cl.id)
    assert again.undone_at and len(again.members) == 2  # still inspectable
    with pytest.raises(StoreError):
        store.unmerge(cl.id)
    with pytest.raises(StoreError):
        store.unmerge(9999)
    _add(store, 3, lat=51.74, lon=36.15)  # a third report joins one of them, not both
    active = [c for c in store.clusters() if c.undone_at is None]
    assert len(active) == 1 and len(active[0].members) == 2
    ids = {e for e, _ in active[0].members}
    first_two = {e.id for e in store.event_rows() if e.article_id in (1, 2)}
    assert len(ids & first_two) == 1


def test_reprocess_dissolves_clusters_left_with_one_event(store: Store) -> None:
    a = _add(store, 1)
    _add(store, 2, lat=51.75, lon=36.10)
    assert store.counts()["clusters"] == 1
    text, art = make_article(extra=" Laporan 1.")
    art.events[0].type = "strike"
    store.replace_extraction(a, art, "v2")
    assert store.counts()["clusters"] == 0
    assert all(e.cluster_id is None for e in store.event_rows())


def test_clusters_refuse_a_side_acting_on_itself(store: Store) -> None:
    _add(store, 1, actor="RU", target=None)
    _add(store, 2, actor=None, target="RU", lat=51.75, lon=36.10)
    assert store.clusters() == []


def test_clusters_admin1_centroids_match_by_region(store: Store) -> None:
    _add(store, 1, lat=51.5, lon=36.0)
    text, art = make_article(extra=" Laporan 2.")
    assert art.events[0].place is not None
    art.events[0].place.precision = "admin1"
    art.events[0].place.name = "Kursk Oblast"
    store.add_article(text, art, Source("2.txt"), content_hash(text), "v1")
    art3_text, art3 = make_article(extra=" Laporan 3.", admin1="Belgorod Oblast",
                                   lat=51.5, lon=36.0)
    art3.events[0].place.precision = "admin1"  # type: ignore[union-attr]
    store.add_article(art3_text, art3, Source("3.txt"), content_hash(art3_text), "v1")
    (cl,) = store.clusters()
    assert len(cl.members) == 2 and "same admin region Kursk Oblast" in cl.members[1][1]
