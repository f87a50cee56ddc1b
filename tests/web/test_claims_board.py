"""The claims board page: one claimant for a source named in two languages,
bounds kept ("≥90", at least) and denied figures marked."""

from __future__ import annotations

from pathlib import Path

from warta.pipeline.extract import extract
from warta.store import Source, content_hash, open_store

TEXTS = [
    ("Staf Umum Angkatan Bersenjata Ukraina mengatakan 420 tentara Rusia tewas di wilayah Kursk.", "id"),
    ("Ukraine's General Staff said 420 Russian soldiers were killed in the Kursk region.", "en"),
    ("A monitoring group said at least 90 Russian soldiers were killed in the Kursk region. "
     "The figure could not be independently verified.", "en"),
]


def test_claims_board_page_shows_canonical_claimant_bounds_and_disputes(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from warta.web import create_app

    store = open_store(str(tmp_path / "b.db"))
    for text, lang in TEXTS:
        store.add_article(text, extract(text, lang=lang, published="2025-01-05"),
                          Source("x.txt", source="Wire"), content_hash(text), "v1")
    with TestClient(create_app(store)) as client:
        (m,) = client.get("/claims.json", params={"side": "RU"}).json()["measures"]
        staff = next(e for e in m["entries"] if e["key"] == "UA:military:general_staff")
        assert m["claimants"] == 2 and len(staff["evidence"]) == 2
        html = client.get("/claims", params={"side": "RU"}, headers={"accept": "text/html"}).text
        assert html.count("Staf Umum Angkatan Bersenjata Ukraina <small>") == 1
        assert "also named Ukraine&#39;s General Staff" in html
        assert "≥90 <small>(at least)</small>" in html and "disputed by the reporter" in html
        # the claimant filter takes the canonical key: both namings, one measure
        by_key = client.get("/claims.json", params={"side": "RU",
                                                    "claimant": "UA:military:general_staff"}).json()
        assert by_key["total"] == 1
        figs = client.get("/timeline.json", params={"kind": "figures",
                                                    "claimant": "UA:military:general_staff"})
        assert {f["claimant"] for f in figs.json()["figures"]} == {
            "Staf Umum Angkatan Bersenjata Ukraina", "Ukraine's General Staff"}
    store.close()
