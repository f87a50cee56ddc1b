from __future__ import annotations

import shutil

import pytest

from warta.errors import GazetteerError
from warta.geo.gazetteer import Gazetteer
from warta.geo.importer import import_files
from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences

# Two made-up villages in GeoNames' 19-column layout, one line with too few
# columns and one with a latitude out of range.
PLACES = "\n".join([
    "\t".join(["99000001", "Berdinovka", "Berdinovka", "Berdinovka Selo,Berdynivka",
               "51.29", "35.43", "P", "PPL", "RU", "", "41", "", "", "", "120", "",
               "180", "Europe/Moscow", "2024-01-01"]),
    "\t".join(["99000002", "Lake Testwater", "Lake Testwater", "", "60.1", "30.2",
               "H", "LK", "RU", "", "42", "", "", "", "0", "", "10", "Europe/Moscow",
               "2024-01-01"]),
    "99000003\tBroken\tonly four columns",
    "\t".join(["99000004", "Nowhere", "Nowhere", "", "123.0", "30.0", "P", "PPL", "RU",
               "", "41", "", "", "", "0", "", "1", "Europe/Moscow", "2024-01-01"]),
]) + "\n"
ALTERNATES = "\n".join([
    "1\t99000001\tru\tБердиновка\t\t\t\t\t\t",
    "2\t99000001\t\tBerdinowka\t\t\t\t\t\t",
    "3\t99000001\tlink\thttps://example.org/x\t\t\t\t\t\t",
    "x\tnot-a-number\ten\tBad",
]) + "\n"


@pytest.fixture()
def index_copy(tmp_path, gazetteer):
    path = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(gazetteer.path, path)
    return path


def test_import_adds_places_and_names_and_counts_bad_lines(tmp_path, index_copy):
    places = tmp_path / "RU.txt"
    places.write_text(PLACES, encoding="utf-8")
    alts = tmp_path / "alternateNamesV2.txt"
    alts.write_text(ALTERNATES, encoding="utf-8")
    reports = import_files(index_copy, [alts, places])
    by_kind = {r.kind: r for r in reports}
    assert by_kind["places"].places == 2 and by_kind["places"].skipped == 2
    assert by_kind["places"].bad_lines == [3, 4]
    assert by_kind["alternate names"].names == 1 and by_kind["alternate names"].skipped == 1
    gaz = Gazetteer(index_copy, build=False)
    hits = gaz.lookup(["berdinovka", "berdynivka", "berdinowka", "lake testwater"])
    assert hits["berdinovka"][0].kind == "settlement"
    assert hits["berdinovka"][0].admin1 == "RU.41"
    assert hits["berdinowka"][0].gid == 99000001
    assert hits["lake testwater"][0].kind == "region"
    info = gaz.info()
    assert any(s["name"] == "RU.txt" and s["skipped"] == 2 for s in info["sources"])
    text = "Pasukan Ukraina menyerang desa Berdinovka di wilayah Kursk."
    lang = load("id")
    found = {p.text: p for p in find_places(text, lang, sentences(text, lang), gaz)}
    assert found["Berdinovka"].found and found["Berdinovka"].precision == "settlement"


def test_failed_import_leaves_index_unchanged(tmp_path, index_copy):
    before = index_copy.read_bytes()[:4096], index_copy.stat().st_size
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe" + "\t".join(["1"] * 19).encode("utf-16-le"))
    import_files(index_copy, [bad])  # undecodable bytes are replaced, lines skipped
    with pytest.raises(GazetteerError):
        import_files(index_copy, [tmp_path / "missing.txt"])
    assert index_copy.stat().st_size >= before[1] - 4096
    assert not list(tmp_path.glob("*.tmp"))
