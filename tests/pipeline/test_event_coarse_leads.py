"""A lead told at a place wider than a province, or only where the story is, is the body's finer event."""
from datetime import date

import warta
from warta.model import Event, Period, PlaceMention, Span
from warta.pipeline.event_merge import merge_events

EN = """Paramilitaries kill 14 traders in Darfur market attack
KHARTOUM, March 12 (Reuters) - Paramilitary fighters attacked a livestock market in Sudan's Darfur region, \
killing at least 14 traders, a medical group said on Thursday.
The gunmen stormed the market in Kutum early on Tuesday, the group said."""

ID = """Milisi Serang Pasar di Darfur, 14 Pedagang Tewas
Khartoum (ANTARA) - Milisi bersenjata menyerang sebuah pasar ternak di wilayah Darfur, Sudan, menewaskan \
sedikitnya 14 pedagang, kata sebuah kelompok medis pada Kamis.
Menurut para saksi, puluhan pria bersenjata menyerbu pasar di kota Kutum pada Selasa pagi."""


def _attacks(text, lang):
    res = warta.extract(text, lang=lang, published=date(2026, 3, 12))
    return [(e.place.name if e.place else None, e.date.start) for e in res.events if e.type == "attack"]


def test_a_lead_in_a_region_is_the_town_event_of_the_body_en():
    assert _attacks(EN, "en") == [("Kutum", date(2026, 3, 10))]


def test_a_lead_in_a_region_is_the_town_event_of_the_body_id():
    assert _attacks(ID, "id") == [("Kutum", date(2026, 3, 10))]


def _at(name, admin1, lat, lon, country="PH"):
    return PlaceMention(0, len(name), name, name, lat, lon, country, "settlement", admin1=admin1)


def _event(etype, place, start, end, sentence):
    return Event(type=etype, actor="PH", target="PH", place=place, date=Period(start, end),
                 evidence=[Span(sentence * 10, sentence * 10 + 5, "x")], sentence=sentence)


def test_a_lead_standing_at_the_dateline_joins_the_body_event_a_day_before():
    lead = _event("attack", _at("Manila", "PH.NCR", 14.6, 121.0), date(2026, 3, 11), date(2026, 3, 12), 1)
    body = _event("attack", _at("Lianga", "PH.13", 8.63, 126.09), date(2026, 3, 10), date(2026, 3, 10), 2)
    weak = {id(lead)}
    mark = frozenset({id(lead)})
    (ev,) = merge_events([lead, body], None, weak, unplaced=mark, stand_in=mark)
    assert ev.place.name == "Lianga" and len(ev.evidence) == 2


def test_a_lead_named_at_its_own_town_or_of_another_type_stays_apart():
    lead = _event("attack", _at("Manila", "PH.NCR", 14.6, 121.0), date(2026, 3, 11), date(2026, 3, 12), 1)
    body = _event("attack", _at("Lianga", "PH.13", 8.63, 126.09), date(2026, 3, 10), date(2026, 3, 10), 2)
    assert len(merge_events([lead, body], None, {id(lead)})) == 2  # its sentence named Manila
    talks = _event("negotiation", lead.place, date(2026, 3, 11), date(2026, 3, 12), 1)
    held = _event("negotiation", body.place, date(2026, 3, 10), date(2026, 3, 10), 2)
    assert len(merge_events([talks, held], None, {id(talks)}, unplaced=frozenset({id(talks)}),
                            stand_in=frozenset({id(talks)}))) == 2
