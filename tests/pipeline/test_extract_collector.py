"""The cycle collector is paused while an article is read and left as the caller had it."""

import gc

import pytest

from warta.errors import InputError
from warta.pipeline import extract as extract_module
from warta.pipeline.extract import extract

TEXTS = {"en": "Two soldiers were killed in a mortar attack on a base in the north on Monday, the army said.",
         "id": "Dua tentara tewas dalam serangan mortir di pangkalan di utara pada Senin, kata militer."}


@pytest.fixture
def restore_collector():
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("code", ["en", "id"])
def test_the_collector_is_paused_during_extraction_and_as_before_after(code, monkeypatch, restore_collector):
    seen = []
    find_times = extract_module.find_times

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return find_times(*args, **kwargs)
    monkeypatch.setattr(extract_module, "find_times", spy)
    gc.enable()
    first = extract(TEXTS[code], lang=code, published="2025-03-03").to_json()
    assert gc.isenabled() and seen == [False]
    gc.disable()
    assert extract(TEXTS[code], lang=code, published="2025-03-03").to_json() == first
    assert not gc.isenabled()  # a caller that turned it off finds it off


def test_the_collector_is_enabled_again_after_an_error(restore_collector):
    gc.enable()
    with pytest.raises(InputError):
        extract(TEXTS["en"].encode("utf-8"), lang="en")  # type: ignore[arg-type]
    assert gc.isenabled()
