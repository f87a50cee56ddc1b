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


@pytest.mark.parametrize("code, text", [
    ("id", "Kementerian Pertahanan mengatakan pasukan telah melancarkan serangan balasan "
           "di wilayah perbatasan pada hari Minggu, dan puluhan tentara tewas."),
    ("en", "The defence ministry said its forces repelled an attack near the border on "
           "Sunday and dozens of soldiers were killed.")])
@pytest.mark.parametrize("noise", ["\n" * 2500, "🙂 " * 1200, "-- 12:45 -- " * 250])
def test_langid_skips_leading_noise(code, text, noise):
    assert detect(noise + text) == code


@pytest.mark.parametrize("text", [
    "قال الجيش إن 12 جنديا قتلوا في الهجوم على القرية",
    "أعلنت وزارة الدفاع يوم الأحد أن قواتها صدت هجوما قرب الحدود، Kursk 2025"])
def test_langid_refuses_arabic_rather_than_reading_it_as_indonesian(text):
    with pytest.raises(LanguageError, match="Arabic script"):
        detect(text)


def test_langid_keeps_a_latin_article_quoting_another_script():
    text = ("Pasukan Rusia maju ke arah Kursk pada hari Minggu, kata juru bicara militer "
            "yang dikutip media setempat dengan judul «Наступление».")
    assert detect(text) == "id"
