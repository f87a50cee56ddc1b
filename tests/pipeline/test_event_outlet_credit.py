"""The day an outlet's credit gives ("Dilansir Reuters dan BBC, Minggu (14/6/2026), ...", "as quoted
by the state news agency, Sunday") is the day the outlets reported, not the day of the event the
sentence tells (warta.pipeline.event_mentions.report_date): written sentences, both languages."""

from datetime import date

import pytest

import warta


@pytest.mark.parametrize("code,text", [
    ("en", "KHARTOUM - Air strikes in South Darfur killed at least six people on Friday. A drone strike on "
           "a truck in the town of Nyala killed four people, the health ministry said, as quoted by the "
           "state news agency SUNA, Sunday."),
    ("id", "Khartoum - Serangan udara militer di Darfur Selatan menewaskan sedikitnya enam orang pada Jumat "
           "(12/6/2026). Dilansir Reuters dan BBC, Minggu (14/6/2026), Kementerian Kesehatan Sudan "
           "mengatakan serangan drone terhadap sebuah truk di kota Nyala menewaskan empat orang."),
])
def test_an_outlet_credit_day_dates_no_event(code, text):
    evs = warta.extract(text, lang=code, published=date(2026, 6, 14)).events
    assert [(e.type, e.date.start) for e in evs if e.date] == [("strike", date(2026, 6, 12))], evs


@pytest.mark.parametrize("code,text", [
    ("en", "A drone strike on a truck in the town of Nyala killed four people on Sunday, the health "
           "ministry said, as quoted by the state news agency SUNA."),
    ("id", "Dilansir Reuters, serangan drone terhadap sebuah truk di kota Nyala menewaskan empat orang pada "
           "Minggu (14/6/2026)."),
])
def test_the_event_own_day_after_a_credit_still_dates_it(code, text):
    evs = warta.extract(text, lang=code, published=date(2026, 6, 15)).events
    assert [(e.type, e.date.start) for e in evs if e.date] == [("strike", date(2026, 6, 14))], evs
