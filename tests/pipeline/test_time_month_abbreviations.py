"""A month's abbreviation beyond the locale's ("Nop", "Agt", "Sept") is a month only with a day or a
year beside it ("5 Nop 2024"), never alone: "Bandara Nop Goliat" names a man, not November."""

from datetime import date

import pytest

from warta.pipeline.extract import extract


def times(text, code):
    return [(t.text, t.start_date) for t in extract(text, lang=code, published="2025-05-20").times]


@pytest.mark.parametrize("code, text, expected", [
    ("id", "Pesawat bantuan mendarat di Bandara Nop Goliat pada Senin.", [("Senin", date(2025, 5, 19))]),
    ("id", "Konvoi itu tiba di Jalan Agt Hasan pada Selasa.", [("Selasa", date(2025, 5, 20))]),
])
def test_an_abbreviation_alone_is_no_month(code, text, expected):
    assert times(text, code) == expected


@pytest.mark.parametrize("code, text, expected", [
    ("id", "Serangan itu terjadi pada 5 Nop 2024.", [("5 Nop 2024", date(2024, 11, 5))]),
    ("id", "Kamp itu dibakar pada 17 Agt 2024.", [("17 Agt 2024", date(2024, 8, 17))]),
    ("en", "The camp was shelled on Sept 5, 2024.", [("Sept 5, 2024", date(2024, 9, 5))]),
    ("id", "Serangan itu terjadi pada Nopember 2024.", [("Nopember 2024", date(2024, 11, 1))]),
])
def test_with_a_day_or_a_year_it_is_a_month(code, text, expected):
    assert times(text, code) == expected
