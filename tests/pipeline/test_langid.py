import pytest

from warta.errors import LanguageError
from warta.pipeline.langid import detect


def test_langid_indonesian_is_not_taken_for_malay():
    text = ("Kementerian Pertahanan mengatakan pasukan telah melancarkan serangan balasan "
            "di wilayah perbatasan pada hari Minggu, dan puluhan tentara tewas.")
    assert detect(text) == "id"


def test_langid_english():
    text = "The defence ministry said its forces repelled an attack near the border on Sunday."
    assert detect(text) == "en"


def test_langid_refuses_a_language_without_data():
    with pytest.raises(LanguageError, match="no data"):
        detect("Die Streitkräfte meldeten am Sonntag einen Angriff auf mehrere Dörfer an der Grenze.")


def test_langid_refuses_text_without_letters():
    with pytest.raises(LanguageError, match="too little text"):
        detect("12 34 56 ... 78")
