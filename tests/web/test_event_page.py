"""The page of one event and its JSON twin: the event, every report merged
into it with its evidence, the figures tied to it by claimant, and its
merges, undone ones included."""

from __future__ import annotations


def _event_id(client, article_id: int) -> int:  # noqa: ANN001
    evs = client.get("/events.json").json()["events"]
    return next(e["id"] for e in evs if e["article_id"] == article_id)


def test_event_json_has_reports_figures_and_cluster(client, ids) -> None:  # noqa: ANN001
    eid = _event_id(client, ids["ru_mod"])
    body = client.get(f"/events/{eid}.json").json()
    ev = body["event"]
    assert (ev["type"], ev["actor"], ev["target"], ev["place"], ev["country"]) == \
        ("attack", "UA", "RU", "Kursk", "RU")
    assert ev["precision"] == "settlement" and ev["admin1"] == "Kursk Oblast"
    assert ev["date_start"] == ev["date_end"] == "2025-01-05"
    # the two articles reporting the Kursk attack were merged: both reports are shown
    arts = {r["article_id"] for r in body["reports"]}
    assert arts == {ids["ru_mod"], ids["ua_staff"]}
    for r in body["reports"]:
        assert r["evidence"] and r["evidence_url"].startswith(f"/articles/{r['article_id']}?at=")
        assert r["article"]["title"].startswith("Laporan")
    # each claimant's figure, not averaged
    by = {g["claimant"]: [f["value"] for f in g["figures"]] for g in body["figures"]}
    assert by == {"RU:government:kementerian pertahanan rusia": [340], "UA:military:staf umum ukraina": [35]}
    labels = [g["label"] for g in body["figures"]]
    assert labels == ["Kementerian Pertahanan Rusia (RU)", "Staf Umum Ukraina (UA)"]
    (cluster,) = body["clusters"]
    assert cluster["current"] and cluster["undone_at"] is None
    assert cluster["unmerge"] == f"warta unmerge {cluster['id']}"
    assert any("matches event" in m["reason"] for m in cluster["members"])


def test_event_page_html(client, ids) -> None:  # noqa: ANN001
    eid = _event_id(client, ids["kharkiv"])
    html = client.get(f"/events/{eid}").text
    assert "strike at Kharkiv" in html and "Russia → Ukraine" in html
    assert "Not merged with any other report." in html
    assert "Gubernur Kharkiv" in html and f'href="/events/{eid}.json"' in html


def test_unmerged_cluster_is_shown_as_history(web_store, client, ids) -> None:  # noqa: ANN001
    store, _ = web_store
    eid = _event_id(client, ids["ru_mod"])
    cid = client.get(f"/events/{eid}.json").json()["event"]["cluster_id"]
    store.db.execute("SET default_transaction_read_only = off"
                     if store.db.name == "postgres" else "PRAGMA query_only = OFF")
    store.unmerge(cid)
    body = client.get(f"/events/{eid}.json").json()
    assert [r["id"] for r in body["reports"]] == [eid]  # it stands alone now
    (cluster,) = body["clusters"]
    assert cluster["undone_at"] and not cluster["current"] and cluster["unmerge"] is None
    assert "unmerged" in client.get(f"/events/{eid}").text


def test_missing_event_is_404(client) -> None:  # noqa: ANN001
    r = client.get("/events/999999.json")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert client.get("/events/99999999999999999999").status_code == 404
