from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from warta.cli import main
from warta.geo.build import SCHEMA_VERSION


def _env(tmp_path, gazetteer):
    shutil.copyfile(gazetteer.path, tmp_path / f"gazetteer-v{SCHEMA_VERSION}.sqlite")
    return {"WARTA_CACHE_DIR": str(tmp_path)}


def test_geocode_ranks_with_reasons(tmp_path, gazetteer):
    runner = CliRunner()
    env = _env(tmp_path, gazetteer)
    res = runner.invoke(main, ["geocode", "Pokrovsk", "--country", "UA", "--format", "json"],
                        env=env)
    assert res.exit_code == 0, res.output
    ranked = json.loads(res.output)
    assert ranked[0]["country"] == "UA" and ranked[0]["kind"] == "settlement"
    assert ranked[0]["why"] and ranked[0]["score"] >= ranked[-1]["score"]
    res = runner.invoke(main, ["geocode", "Zaporizhia"], env=env)
    assert res.exit_code == 0 and "near match" in res.output
    res = runner.invoke(main, ["geocode", "Paris", "--near", "33.6,-95.5", "--format", "json"],
                        env=env)
    assert json.loads(res.output)[0]["country"] == "US"
    res = runner.invoke(main, ["geocode", "Paris", "--near", "north"], env=env)
    assert res.exit_code == 2
    # a language's own names: Indonesian "Korea Utara" is North Korea, as the pipeline reads it
    res = runner.invoke(main, ["geocode", "Korea Utara", "--lang", "id", "--format", "json"], env=env)
    assert res.exit_code == 0 and json.loads(res.output)[0]["country"] == "KP", res.output


def test_gazetteer_info_and_import(tmp_path, gazetteer):
    runner = CliRunner()
    env = _env(tmp_path, gazetteer)
    res = runner.invoke(main, ["gazetteer", "info", "--format", "json"], env=env)
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["places"]["country"] > 200
    dump = tmp_path / "XX.txt"
    dump.write_text("\t".join(["99000009", "Testovo", "Testovo", "", "50.0", "36.0", "P",
                               "PPL", "RU", "", "41", "", "", "", "10", "", "1", "", ""])
                    + "\nbroken line\n", encoding="utf-8")
    res = runner.invoke(main, ["gazetteer", "import", str(dump)], env=env)
    assert res.exit_code == 0, res.output
    assert "1 places" in res.output and "1 malformed" in res.output
    res = runner.invoke(main, ["gazetteer", "info"], env=env)
    assert "XX.txt" in res.output
