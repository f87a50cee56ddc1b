"""Language data files are parsed once and the parse kept in the cache
folder, named by the file's content: a changed file is parsed again."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta import lang
from warta.errors import LangDataError


def test_a_parse_is_kept_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "id" / "times.toml"
    src.parent.mkdir()
    src.write_text('months = ["Januari", "Februari"]\n[units]\nday = 1\n', "utf-8")
    first = lang._read(src)
    assert first == {"months": ["Januari", "Februari"], "units": {"day": 1}}
    (kept,) = (tmp_path / "cache").rglob("*.marshal")
    assert kept.name.startswith("id-times-")

    import tomllib

    def no_parse(*_a: object, **_k: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(tomllib, "loads", no_parse)
    assert lang._read(src) == first  # from the kept parse
    monkeypatch.undo()
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path / "cache"))

    src.write_text('months = ["January"]\n', "utf-8")  # new content: parsed again
    assert lang._read(src) == {"months": ["January"]}
    assert len(list((tmp_path / "cache").rglob("*.marshal"))) == 2


def test_a_broken_kept_parse_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "en" / "claims.toml"
    src.parent.mkdir()
    src.write_text('cues = ["said"]\n', "utf-8")
    lang._read(src)
    (kept,) = (tmp_path / "cache").rglob("*.marshal")
    kept.write_bytes(b"\x00broken")
    assert lang._read(src) == {"cues": ["said"]}


def test_an_unwritable_cache_still_reads_the_file(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("WARTA_CACHE_DIR", str(blocker))
    src = tmp_path / "claims.toml"
    src.write_text('cues = ["kata"]\n', "utf-8")
    assert lang._read(src) == {"cues": ["kata"]}


def test_invalid_toml_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "bad.toml"
    src.write_text("cues = [\n", "utf-8")
    with pytest.raises(LangDataError, match="not valid TOML"):
        lang._read(src)


def test_without_a_cache_folder_the_file_is_parsed(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def no_folder(*_a: object) -> Path:
        raise ImportError("the cache folder's module is still loading")

    monkeypatch.setattr(lang, "_kept", no_folder)
    src = tmp_path / "sides.toml"
    src.write_text('enemy = ["musuh"]\n', "utf-8")
    assert lang._read(src) == {"enemy": ["musuh"]}
