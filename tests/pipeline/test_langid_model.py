"""The language model unpacked into the cache and read from disk row by row: the
same scores as the packed model, without mapping its big tables into memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from warta.pipeline import langid_model

TEXTS = ("Pasukan itu mundur dari desa setelah serangan udara pada malam hari.",
         "The troops pulled back from the village after an overnight air strike.",
         "Die Truppen zogen sich nach dem Luftangriff aus dem Dorf zurück.",
         "LES TROUPES ONT QUITTÉ LE VILLAGE APRÈS LA FRAPPE.",
         "12 34 ... 56", "")


@pytest.fixture(scope="module")
def packed() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_model_is_unpacked_once_into_the_cache_and_scores_as_the_packed_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, packed: LanguageIdentifier) -> None:
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    folder = langid_model.unpacked_model()
    assert folder.parent == tmp_path and (folder / "ptc.npy").exists()
    assert langid_model.unpacked_model() == folder  # reused, not unpacked again
    ours = langid_model.load_model()
    assert type(ours).__name__ == "_DiskIdentifier"
    for text in TEXTS:
        assert ours.rank(text) == packed.rank(text)  # every language, every score


def test_rows_dropped_past_the_bound_are_read_again_alike(
        monkeypatch: pytest.MonkeyPatch, packed: LanguageIdentifier) -> None:
    monkeypatch.setattr(langid_model, "MAX_MOVE_ROWS", 20)
    monkeypatch.setattr(langid_model, "MAX_FEATURE_ROWS", 20)
    ours = langid_model.load_model()
    for text in TEXTS + TEXTS:
        assert ours.rank(text) == packed.rank(text)
    assert ours._moves.read <= 20  # type: ignore[attr-defined]


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/self/maps")
def test_the_big_tables_are_not_mapped_into_memory() -> None:
    """A mapped table counts in the process's memory once touched, up to 2 MB a
    touch where the page cache holds large folios: a short article cost 40-90 MB."""
    model = langid_model.load_model()
    model.rank(TEXTS[1] * 20)
    mapped = Path("/proc/self/maps").read_text()
    assert "nextmove.npy" not in mapped and "ptc.npy" not in mapped


def test_unwritable_cache_falls_back_to_the_packed_model(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("WARTA_CACHE_DIR", str(blocker))
    model = langid_model.load_model()
    assert type(model) is LanguageIdentifier
    assert model.classify(TEXTS[0])[0] in {"id", "ms"}


def test_a_cut_or_broken_table_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(load_model then reads the packed model, as for an unwritable cache.)"""
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    folder = langid_model.unpacked_model()
    table = folder / "nextmove.npy"
    whole = table.read_bytes()
    table.write_bytes(whole[: len(whole) // 2])  # a full disk, say
    with pytest.raises(ValueError, match="cut short"):
        langid_model._DiskIdentifier(folder)
    table.write_bytes(b"not a table")
    with pytest.raises(ValueError):
        langid_model._DiskIdentifier(folder)
