"""The shared filters: canonical claimants in both languages (Python and
SQL agree), unknown values refused with the valid ones listed."""

from __future__ import annotations

from datetime import date

import pytest

from warta.store import Source, Store, content_hash
from warta.store.select import (
    CLAIMANT_SQL,
    FilterError,
    Filters,
    check,
    claimant_key,
    claimant_names,
    values,
)
from warta.store.testing import make_article

CLAIMANTS = [  # (text, country, kind, lang, the key the extractor gives it)
    ("Kementerian Pertahanan Rusia", "RU", "government", "id", "RU:government:defence ministry"),
    ("Russia's defence ministry", "RU", "government", "en", "RU:government:defence ministry"),
    ("Staf Umum Angkatan Bersenjata Ukraina", "UA", "military", "id", "UA:military:general staff"),
    ("Ukraine's General Staff", "UA", "military", "en", "UA:military:general staff"),
    ("Gubernur Kharkiv", "UA", "official", "id", ""),  # stored before keys existed
    ("reporter", None, "reporter", "en", ""),
]


@pytest.fixture()
def filled(store: Store) -> Store:
    for i, (who, country, kind, lang, key) in enumerate(CLAIMANTS):
        text, art = make_article(claimant=who, country=country, kind=kind, value=5 + i,
                                 lang=lang, day=date(2025, 1, 5 + i))
        art.claims[0].claimant.key = key
        store.add_article(text, art, Source(f"{i}.txt", source=f"Outlet {i}"),
                          content_hash(text), "v")
    return store


def test_python_key_is_the_boards() -> None:
    from warta.store.claims import claimant_key as board_key
    from warta.store.records import FigureRow

    for text, country, kind, _, key in CLAIMANTS:
        row = FigureRow(1, 1, None, "Outlet 5", None, text, country, kind, 1.0, 1.0, 1.0,
                        "exact", "personnel", "killed", "UA", None, None, None, False, "1", 0,
                        1, 0, 0, 1, "1", claimant_key=key or None)
        assert claimant_key(text, country, kind, "Outlet 5", key) == board_key(row)


def test_sql_and_python_keys_agree(filled: Store) -> None:
    db = filled.db  # type: ignore[attr-defined]
    rows = db.query(f"SELECT c.claimant_text, c.claimant_country, c.claimant_kind, a.source, "
                    f"c.claimant_key, {CLAIMANT_SQL} FROM claims c "
                    "JOIN articles a ON a.id = c.article_id")
    assert len(rows) == len(CLAIMANTS)
    for text, country, kind, source, key, sql_key in rows:
        assert claimant_key(text, country, kind, source, key) == sql_key
    assert values(db)["claimants"] == ["reporter:outlet 5", "RU:government:defence ministry",
                                       "UA:military:general staff", "UA:official:gubernur kharkiv"]
    names = claimant_names(db)
    assert names["UA:military:general staff"] == "Staf Umum Angkatan Bersenjata Ukraina (UA)"
    assert names["reporter:outlet 5"] == "Outlet 5"


def test_one_source_named_in_both_languages_is_one_filter(filled: Store) -> None:
    from warta.export.formats import figure_records

    for key, names in [("UA:military:general staff", {"Staf Umum Angkatan Bersenjata Ukraina",
                                                      "Ukraine's General Staff"}),
                       ("RU:government:defence ministry", {"Kementerian Pertahanan Rusia",
                                                           "Russia's defence ministry"})]:
        got = figure_records(filled, Filters(claimant=key))
        assert {r["claimant"] for r in got} == names


def test_unknown_values_list_the_valid_ones(filled: Store) -> None:
    db = filled.db  # type: ignore[attr-defined]
    valid = values(db)
    check(Filters(country="RU", claimant="UA:military:general staff", place="kursk"), valid, db)
    for f, param, listed in [(Filters(country="FR"), "country", "RU"),
                             (Filters(claimant="ministry"), "claimant", "RU:government:defence ministry"),
                             (Filters(place="Kurs"), "place", "Kursk"),
                             (Filters(type="bogus"), "type", "strike")]:
        with pytest.raises(FilterError) as err:
            check(f, valid, db)
        assert err.value.param == param and listed in (err.value.valid or [])
        assert listed in str(err.value)
