"""An event its own sentence places only in a province, region or country takes the town the
next sentence names inside it, when that sentence tells of no event of its own and the town is
not where a source spoke (warta.pipeline.event_refine)."""

from __future__ import annotations

from datetime import date

import warta

PUB = date(2026, 6, 2)


def _places(text: str, lang: str) -> list[tuple[str, str]]:
    evs = warta.extract(text, lang=lang, published=PUB).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_the_town_the_next_sentence_names_in_the_events_province_is_its_place():
    got = _places("Jets bombed a farming village of Ethiopia's Amhara region on Saturday, killing 19 people, "
                  "residents said.\nMost of the dead were farmers from villages around Bahir Dar, the "
                  "regional capital.", "en")
    assert [p for t, p in got if t == "strike"] == ["Bahir Dar"]
    got = _places("Jet tempur mengebom sebuah desa pertanian di wilayah Amhara, Ethiopia, pada Sabtu dan "
                  "menewaskan 19 orang, kata warga.\nSebagian besar korban adalah petani dari desa-desa di "
                  "sekitar Bahir Dar, ibu kota wilayah itu.", "id")
    assert [p for t, p in got if t == "strike"] == ["Bahir Dar"]
    # ... but not where a source spoke, nor the town of another event
    got = _places("Jets bombed a farming village of Ethiopia's Amhara region on Saturday, killing 19 "
                  "people.\nA wounded man told reporters at a hospital in Bahir Dar that the jets came at "
                  "noon.", "en")
    assert [p for t, p in got if t == "strike"] != ["Bahir Dar"]
    got = _places("Jet tempur mengebom sebuah desa pertanian di wilayah Amhara, Ethiopia, pada Sabtu dan "
                  "menewaskan 19 orang.\nMilisi Fano menyerang pos tentara di Bahir Dar pada Minggu.", "id")
    assert ("strike", "Bahir Dar") not in got
