"""The shared filters: canonical claimants in both languages (Python and
SQL agree), unknown values refused with the valid ones listed."""

from __future__ import annotations

import pytest

from warta.store import Source, Store, content_hash
from warta.store.select import CLAIMANT_SQL, FilterError, Filters, check, claimant_key, values
from warta.store.testing import make_article

CLAIMANTS = [  # (text, country, kind, lang)
    ("Kementerian Pertahanan Rusia", "RU", "government", "id"),
    ("Russia's defence ministry", "RU", "government", "en"),
    ("Staf Umum Angkatan Bersenjata Ukraina", "UA", "military", "id"),
    ("Ukraine's General Staff", "UA", "military", "en"),
    ("Gubernur Kharkiv", "UA", "official", "id"),
    ("reporter", None, "reporter", "en"),
]


@pytest.fixture()
def filled(store: Store) -> Store:
    for i, (who, country, kind, lang) in enumerate(CLAIMANTS):
        text, art = make_article(claimant=who, country=country, kind=kind, value=5 + i,
                                 lang=lang)
        store.add_article(text, art, Source(f"{i}.txt", source=f"Outlet {i}"),
                          content_hash(text), "v")
    return store


def test_a_state_source_named_in_either_language_is_one_claimant() -> None:
    assert claimant_key("Kementerian Pertahanan Rusia", "RU", "government", None) == \
        claimant_key("Russia's defence ministry", "RU", "government", None) == "RU government"
    assert claimant_key("Staf Umum Angkatan Bersenjata Ukraina", "UA", "military", None) == \
        claimant_key("Ukraine's General Staff", "UA", "military", None) == "UA military"
    assert claimant_key("Gubernur Kharkiv", "UA", "official", None) == "Gubernur Kharkiv"
    assert claimant_key("reporter", None, "reporter", "Outlet 5") == "Outlet 5"


def test_sql_and_python_keys_agree(filled: Store) -> None:
    db = filled.db  # type: ignore[attr-defined]
    rows = db.query(f"SELECT c.claimant_text, c.claimant_country, c.claimant_kind, a.source, "
                    f"{CLAIMANT_SQL} FROM claims c JOIN articles a ON a.id = c.article_id")
    assert len(rows) == len(CLAIMANTS)
    for text, country, kind, source, key in rows:
        assert claimant_key(text, country, kind, source) == key
    assert values(db)["claimants"] == ["Gubernur Kharkiv", "Outlet 5", "RU government",
                                       "UA military"]


def test_unknown_values_list_the_valid_ones(filled: Store) -> None:
    db = filled.db  # type: ignore[attr-defined]
    valid = values(db)
    check(Filters(country="RU", claimant="UA military", place="kursk"), valid, db)
    for f, param, listed in [(Filters(country="FR"), "country", "RU"),
                             (Filters(claimant="ministry"), "claimant", "RU government"),
                             (Filters(place="Kurs"), "place", "Kursk"),
                             (Filters(type="bogus"), "type", "strike")]:
        with pytest.raises(FilterError) as err:
            check(f, valid, db)
        assert err.value.param == param and listed in (err.value.valid or [])
        assert listed in str(err.value)
