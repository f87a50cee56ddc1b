from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from warta.errors import GazetteerError
from warta.geo.build import is_complete
from warta.geo.fold import fold
from warta.geo.gazetteer import Gazetteer, cache_dir, default_path
from warta.geo.precision import acled_geo_precision, ucdp_where_prec


def test_fold_ignores_case_marks_apostrophes_and_dashes():
    assert fold("Pokrovs'k") == "pokrovsk"
    assert fold("Beit-Lahia") == "beit lahia"
    assert fold("Zaporizhzhya") == "zaporizhzhya"
    assert fold("Kurskaya oblast’") == "kurskaya oblast"
    assert fold("U.S.") == "us"
    assert fold("Ṭīra") == "tira"


def test_cache_dir_follows_env(monkeypatch, tmp_path):
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    assert default_path().parent == tmp_path


def test_lookup_finds_cities_admins_and_countries(gazetteer):
    hits = gazetteer.lookup(["kursk", "moskow", "ukraine", "kalehe"])
    kinds = {c.kind for c in hits["kursk"]}
    assert {"settlement", "admin1"} <= kinds
    oblast = next(c for c in hits["kursk"] if c.kind == "admin1")
    assert oblast.name == "Kursk Oblast" and oblast.code == "RU.41"
    assert abs(oblast.lat - 51.5) < 1.0 and abs(oblast.lon - 36.2) < 1.0
    assert any(c.name == "Moscow" and c.country == "RU" for c in hits["moskow"])
    assert any(c.kind == "country" and c.code == "UA" for c in hits["ukraine"])
    assert hits["kalehe"][0].kind == "admin2" and hits["kalehe"][0].country == "CD"


def test_by_code(gazetteer):
    ua = gazetteer.by_code("UA")
    assert ua is not None and (ua.lat, ua.lon) == (49.0, 32.0)
    assert gazetteer.by_code("region:red_sea").kind == "region"
    assert gazetteer.by_code("nowhere") is None


def test_info_reports_sources_and_counts(gazetteer):
    info = gazetteer.info()
    assert info["places"]["settlement"] > 100_000
    assert info["names"] > info["places"]["settlement"]
    assert info["sources"] and info["path"].endswith(".sqlite")


def test_half_built_index_is_rebuilt_and_missing_one_can_be_refused(tmp_path):
    broken = tmp_path / "g.sqlite"
    con = sqlite3.connect(broken)
    con.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    con.execute("INSERT INTO meta VALUES ('version', '0')")
    con.commit()
    con.close()
    assert not is_complete(broken)
    broken.write_bytes(b"not a database at all")
    assert not is_complete(broken)
    with pytest.raises(GazetteerError):
        Gazetteer(broken, build=False)
    with pytest.raises(GazetteerError):
        Gazetteer(tmp_path / "absent.sqlite", build=False)


def test_precision_codes():
    assert acled_geo_precision("settlement") == 1
    assert acled_geo_precision("settlement", found=False) == 2
    assert acled_geo_precision("admin2") == 2
    assert acled_geo_precision("admin1") == 3
    assert acled_geo_precision("country") == 3
    assert ucdp_where_prec("settlement") == 1
    assert ucdp_where_prec("settlement", found=False) == 2
    assert ucdp_where_prec("admin2") == 3
    assert ucdp_where_prec("admin1") == 4
    assert ucdp_where_prec("region") == 5
    assert ucdp_where_prec("country") == 6
    assert ucdp_where_prec("region", water=True) == 7


def test_build_writes_atomically(tmp_path, monkeypatch):
    """A build that fails leaves no file behind at the target path."""
    from warta.geo import build as build_mod

    def boom(*_a, **_k):
        raise sqlite3.OperationalError("disk full")
        yield  # pragma: no cover

    monkeypatch.setattr(build_mod, "read_sources", boom)
    target = tmp_path / "x.sqlite"
    with pytest.raises(GazetteerError):
        build_mod.build_index(target, progress=False)
    assert not target.exists()
    assert list(Path(tmp_path).iterdir()) == []


def test_a_region_answers_to_the_other_names_the_language_data_gives_it(gazetteer):
    # lang/_base/geo.toml: kurdistan_region also = ["Kurdistan", ...]; donbas also = ["Donbass"]
    got = gazetteer.lookup(["kurdistan", "donbass"])
    assert any(c.code == "region:kurdistan_region" and not c.primary for c in got["kurdistan"])
    assert [c.code for c in got["donbass"]] == ["region:donbas"]
