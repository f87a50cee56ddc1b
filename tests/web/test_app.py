"""The app without a browser, on SQLite and PostgreSQL: every page and its
JSON twin, the one error shape, parameterised filters, inert hostile text,
security headers, read-only connection."""

from __future__ import annotations

from urllib.parse import quote_plus

import pytest

from .conftest import HOSTILE_CLAIMANT, write_errors

PAGES = ["/", "/timeline", "/claims", "/search", "/search?q=Kursk", "/articles"]
TWINS = {"/": "/events.json", "/timeline": "/timeline.json", "/claims": "/claims.json",
         "/search": "/search.json"}
HTML = {"accept": "text/html"}


def _error(body: dict) -> dict:
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"status", "code", "message", "param", "valid"}
    assert isinstance(err["status"], int) and isinstance(err["message"], str)
    return err


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_with_security_headers(client, path: str) -> None:  # noqa: ANN001
    r = client.get(path, headers=HTML)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_json_twins(client, ids) -> None:  # noqa: ANN001
    ev = client.get("/events.json").json()
    assert ev["total"] == 5 and len(ev["events"]) == 5
    one = next(e for e in ev["events"] if e["article_id"] == ids["kharkiv"])
    assert (one["type"], one["actor"], one["target"], one["place"]) == ("strike", "RU", "UA",
                                                                        "Kharkiv")
    assert one["evidence_url"].startswith(f"/articles/{ids['kharkiv']}?at=")
    tl = client.get("/timeline.json").json()
    assert tl["totals"] == {"events": 5, "figures": 5}
    assert sum(b["count"] for b in tl["histogram"]["bins"]) == 10
    cl = client.get("/claims.json", params={"side": "UA", "unit": "personnel",
                                            "place": "Kursk"}).json()
    (m,) = cl["measures"]
    assert m["claimants"] == 2 and m["range"] == {"low": 35, "high": 340}
    assert {e["claimant"] for e in m["entries"]} == {"Kementerian Pertahanan Rusia",
                                                     "Staf Umum Ukraina"}
    art = client.get(f"/articles/{ids['ru_mod']}.json").json()
    text = art["article"]["text"]
    assert art["items"] and all(text[i["start"]:i["end"]] == i["text"] for i in art["items"])
    fig = next(i for i in art["items"] if i["kind"] == "figure")
    assert fig["text"] == "340 tentara" and fig["details"]["outcome"] == "killed"
    s = client.get("/search.json", params={"q": "Kharkiv"}).json()
    assert [a["id"] for a in s["articles"]] == [ids["kharkiv"]]
    assert client.get("/search.json").json()["total"] == 5


def test_filters(client, ids) -> None:  # noqa: ANN001
    def n(path: str, **params: str) -> int:
        r = client.get(path, params=params)
        assert r.status_code == 200, r.text
        body = r.json()
        return body["total"] if "total" in body else body["totals"]["figures"]

    assert n("/events.json", type="strike") == 1
    assert n("/events.json", side="ru") == 5  # every hand-built event has RU on one side
    assert n("/events.json", **{"from": "2025-02-01"}) == 2
    assert n("/events.json", **{"from": "2025-01-01", "to": "2025-01-31"}) == 3
    assert n("/events.json", place="kharkiv") == n("/events.json", place="Kharkiv") == 1
    assert n("/events.json", country="UA") == n("/events.json", country="ua") == 3
    assert n("/events.json", country="RU") == 2
    assert n("/timeline.json", country="RU", kind="figures") == 2  # the place of the figure
    assert n("/timeline.json", country="UA", kind="figures") == 3
    # the claim is not in the event's sentence
    assert n("/events.json", claimant="UA:military:staf umum ukraina") == 0
    # canonical claimants: one key for one source (stored before keys: country, kind, name)
    assert n("/claims.json", claimant="UA:military:staf umum ukraina") == 1
    assert n("/claims.json", claimant="RU:government:kementerian pertahanan rusia") == 2
    assert n("/claims.json", contested="1") == 1
    assert n("/timeline.json", claimant="UA:official:gubernur kharkiv", kind="figures") == 1


@pytest.mark.parametrize("params, param, listed", [
    ({"country": "FR"}, "country", ["RU", "UA"]), ({"country": "UKR"}, "country", None),
    ({"place": "UA"}, "place", None), ({"place": "Kharki"}, "place", ["Kharkiv"]),
    ({"place": "4242"}, "place", None), ({"claimant": "Staf"}, "claimant", ["UA:military:staf umum ukraina"]),
    ({"type": "bogus"}, "type", ["attack", "strike"]), ({"side": "FR"}, "side", ["RU", "UA"]),
    ({"unit": "horses"}, "unit", ["personnel"]), ({"outcome": "eaten"}, "outcome", ["killed"]),
])
def test_unknown_values_are_400_with_the_valid_ones(client, params, param, listed) -> None:  # noqa: ANN001
    for path in ("/events.json", "/timeline.json", "/claims.json"):
        r = client.get(path, params=params)
        assert r.status_code == 400, (path, r.text)
        err = _error(r.json())
        assert err["param"] == param
        for v in listed or []:
            assert v in err["valid"] and v in err["message"], err
    html = client.get("/claims", params=params, headers=HTML)
    assert html.status_code == 400 and "Valid values" in html.text or not listed


def test_every_filter_is_in_the_url(client) -> None:  # noqa: ANN001
    params = {"from": "2025-01-01", "to": "2025-03-31", "side": "UA", "country": "UA",
              "type": "strike", "place": "Kharkiv", "claimant": "UA:official:gubernur kharkiv"}
    body = client.get("/timeline.json", params=params).json()
    assert {k: body["filters"][k] for k in params} == params
    html = client.get("/timeline", params={**params, "limit": "1"}).text
    # the next-page link and the twin carry every filter
    for k, v in params.items():
        assert f"{k}={quote_plus(v)}" in html, k


@pytest.mark.parametrize("params", [
    {"place": "' OR 1=1 --"}, {"place": "%"}, {"place": "_"}, {"claimant": "x') OR ('1'='1"},
    {"claimant": "\\"}, {"claimant": "%' --"},
])
def test_filters_are_parameterised(client, params) -> None:  # noqa: ANN001
    for path in ("/events.json", "/timeline.json", "/claims.json"):
        r = client.get(path, params=params)
        assert r.status_code == 400, (path, r.text)
        assert _error(r.json())["param"] == next(iter(params))
    assert client.get("/events.json").json()["total"] == 5  # nothing was dropped


@pytest.mark.parametrize("q", ['") OR 1=1 --', 'Kursk" OR "1', "*", "NEAR(a b)", "'; DROP TABLE",
                               "Kursk\x00", '"Kursk', "OR", "-Kursk"])
def test_search_is_parameterised(client, q: str) -> None:  # noqa: ANN001
    r = client.get("/search.json", params={"q": q})
    # read as words (nothing found) or refused with a 400 naming q; never obeyed
    if r.status_code == 400:
        assert r.json()["error"]["param"] == "q"
    else:
        assert r.status_code == 200, r.text
        assert r.json()["articles"] == []
    assert client.get("/search.json").json()["total"] == 5


@pytest.mark.parametrize("q, status", [("Kursk\x00", 400), ('"Kursk', 400), ("-Kursk", 400),
                                       ("OR", 400), ("Kursk OR", 400), ("Kursk", 200)])
def test_malformed_search_is_400(client, q: str, status: int) -> None:  # noqa: ANN001
    r = client.get("/search.json", params={"q": q})
    assert r.status_code == status, r.text
    html = client.get("/search", params={"q": q}, headers={"accept": "text/html"})
    assert html.status_code == status


def test_search_pages_with_counts(client) -> None:  # noqa: ANN001
    first = client.get("/search.json", params={"q": "tentara", "limit": 2}).json()
    second = client.get("/search.json", params={"q": "tentara", "limit": 2, "page": 2}).json()
    third = client.get("/search.json", params={"q": "tentara", "limit": 2, "page": 3}).json()
    assert first["total"] == second["total"] == third["total"] == 5
    assert (first["count"], second["count"], third["count"]) == (2, 2, 1)
    ids = [a["id"] for r in (first, second, third) for a in r["articles"]]
    assert len(set(ids)) == 5
    html = client.get("/search", params={"q": "tentara", "limit": 2, "page": 2}).text
    assert "3–4 of 5 articles match" in html and 'rel="next"' in html and 'rel="prev"' in html


@pytest.mark.parametrize("params, param", [
    ({"side": "UA' OR '1'='1"}, "side"), ({"type": "attack; DROP TABLE events"}, "type"),
    ({"from": "2025-13-01"}, "from"), ({"to": "yesterday"}, "to"), ({"limit": "0"}, "limit"),
    ({"limit": "x"}, "limit"), ({"kind": "all'"}, "kind"), ({"place": "k" * 201}, "place"),
    ({"from": "2025-02-01", "to": "2025-01-01"}, "from"), ({"page": "-1"}, "page"),
])
def test_bad_parameters_get_the_error_shape(client, params, param) -> None:  # noqa: ANN001
    for path in ("/events.json", "/claims.json", "/timeline.json"):
        r = client.get(path, params=params)
        assert r.status_code == 400
        err = _error(r.json())
        assert (err["status"], err["code"], err["param"]) == (400, "bad_parameter", param)
    page = client.get("/timeline", params=params, headers=HTML)
    assert page.status_code == 400 and "bad_parameter" in page.text


def test_error_shape_for_missing_things_and_writes(client) -> None:  # noqa: ANN001
    err = _error(client.get("/articles/99999.json").json())
    assert (err["status"], err["code"]) == (404, "not_found")
    err = _error(client.get("/articles/99999999999999999999.json").json())
    assert (err["status"], err["code"]) == (404, "not_found")
    err = _error(client.get("/nothing-here.json").json())
    assert (err["status"], err["code"], err["param"]) == (404, "not_found", None)
    r = client.post("/claims.json", json={})
    assert r.status_code == 405
    assert _error(r.json())["code"] == "method_not_allowed"
    err = _error(client.get("/articles/1.json?at=5-2").json())
    assert (err["code"], err["param"]) == ("bad_parameter", "at")
    page = client.get("/articles/99999", headers=HTML)
    assert page.status_code == 404 and "not_found" in page.text
    assert "content-security-policy" in page.headers


def test_hostile_text_is_escaped(client, ids) -> None:  # noqa: ANN001
    for path in (f"/articles/{ids['hostile']}", "/claims", "/timeline", "/search?q=klik"):
        html = client.get(path, headers=HTML).text
        assert "<script>window" not in html and "<img src=x" not in html, path
        assert "<svg onload" not in html and 'href="javascript:' not in html, path
        assert "window.__pwned" in html or path.startswith("/search"), path
    html = client.get(f"/articles/{ids['hostile']}", headers=HTML).text
    assert "&lt;script&gt;window.__pwned=2" in html
    assert "&lt;/textarea&gt;&lt;/script&gt;" in html
    # the embedded item data cannot close its <script> block
    data = html.split('<script type="application/json" id="items">', 1)[1].split("</script>")[0]
    assert "<" not in data and HOSTILE_CLAIMANT not in data
    # a javascript: URL from the source is not linked
    assert client.get(f"/articles/{ids['hostile']}.json").json()["article"]["url"] is None


def test_connection_is_read_only(client, web_store) -> None:  # noqa: ANN001
    store, _ = web_store
    with pytest.raises(write_errors()):
        store.db.execute("DELETE FROM articles")
    assert client.get("/events.json").json()["total"] == 5


def test_static_assets_served(client) -> None:  # noqa: ANN001
    from warta.web.app import missing_assets

    r = client.get("/static/js/map.js")
    assert r.status_code == 200 and "textContent" in r.text
    if not missing_assets():
        assert client.get("/static/build/leaflet.js").status_code == 200
