"""The claims board: figures on the same measure from different claimants,
side by side with their evidence, never averaged."""

from __future__ import annotations

from datetime import date

from warta.store import Source, Store, content_hash
from warta.store.claims import board
from warta.store.testing import make_article


def _add(store: Store, **kw: object) -> None:
    text, art = make_article(**kw)  # type: ignore[arg-type]
    store.add_article(text, art, Source("x.txt", source="Wire"), content_hash(text), "v1")


def test_claims_board_puts_claimants_side_by_side(store: Store) -> None:
    _add(store, claimant="Kementerian Pertahanan Rusia", country="RU", value=340)
    _add(store, claimant="Staf Umum Ukraina", country="UA", kind="military", value=40)
    _add(store, claimant="Pejabat Ukraina", country="UA", kind="official", value=40,
         day=date(2025, 1, 6))  # period 01-05..01-06 overlaps
    _add(store, claimant="Kementerian Pertahanan Rusia", country="RU", value=12,
         unit="tanks", outcome="destroyed")
    _add(store, claimant="Kementerian Pertahanan Rusia", country="RU", value=200,
         day=date(2025, 2, 1))  # another period: another measure
    measures = board(store.figure_rows(side="UA", unit="personnel"))
    assert len(measures) == 2
    m = measures[0]
    assert (m.side, m.unit, m.outcome, m.place) == ("UA", "personnel", "killed", "Kursk")
    assert (m.period_start, m.period_end) == ("2025-01-04", "2025-01-06")
    assert [(e.claimant, e.value) for e in m.entries] == [
        ("Kementerian Pertahanan Rusia", 340), ("Staf Umum Ukraina", 40),
        ("Pejabat Ukraina", 40)]
    assert m.claimants == 3 and (m.low, m.high) == (40, 340)
    ev = m.entries[0].evidence[0]
    text, _ = make_article(claimant="Kementerian Pertahanan Rusia", value=340)
    assert ev.text == text[ev.start:ev.end]
    assert ev.text.startswith("Kementerian Pertahanan Rusia mengatakan 340 tentara")
    assert ev.figure == "340 tentara" and ev.source == "Wire"
    assert m.to_json()["range"] == {"low": 40, "high": 340}
    assert len(board(store.figure_rows(side="UA", unit="personnel"),
                     contested_only=True)) == 1
    assert board(store.figure_rows(side="RU")) == []
    assert len(board(store.figure_rows(unit="tanks"))) == 1
    late = board(store.figure_rows(side="UA", since="2025-01-20"))
    assert [e.value for m in late for e in m.entries] == [200]


def test_claims_same_claimant_same_value_collapses(store: Store) -> None:
    _add(store, value=340)
    _add(store, value=340, extra=" Sumber: kantor berita.")
    (m,) = board(store.figure_rows())
    (entry,) = m.entries
    assert len(entry.evidence) == 2 and m.claimants == 1


def test_claims_board_one_claimant_in_two_languages_bounds_and_disputes(store: Store) -> None:
    from warta.pipeline.extract import extract

    texts = [
        ("Staf Umum Angkatan Bersenjata Ukraina mengatakan 420 tentara Rusia tewas di wilayah Kursk.", "id"),
        ("Ukraine's General Staff said 420 Russian soldiers were killed in the Kursk region.", "en"),
        ("A monitoring group said at least 90 Russian soldiers were killed in the Kursk region. "
         "The figure could not be independently verified.", "en"),
    ]
    for text, lang in texts:
        store.add_article(text, extract(text, lang=lang, published="2025-01-05"),
                          Source("x.txt", source="Wire"), content_hash(text), "v1")
    (m,) = board(store.figure_rows(side="RU", unit="personnel"))
    assert m.claimants == 2
    staff, monitor = m.entries
    assert staff.key == "UA:military:general_staff" and len(staff.evidence) == 2
    assert set(staff.names) == {"Staf Umum Angkatan Bersenjata Ukraina", "Ukraine's General Staff"}
    assert staff.claimant == "Staf Umum Angkatan Bersenjata Ukraina" and not staff.disputed_by
    assert (monitor.shown, monitor.to_json()["bound_text"]) == ("≥90", "at least")
    assert monitor.disputed_by == ["the reporter"] and monitor.to_json()["disputed"] is True
