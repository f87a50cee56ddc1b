"""Full-text search on both backends: stems in English and Indonesian, the
query syntax (OR, -term, prefix*, "phrases"), paging with counts, and
queries that cannot be read."""

from __future__ import annotations

import pytest

from warta.store import Source, Store, content_hash
from warta.store.search import QueryError, find, parse, snippet, to_fts5
from warta.store.testing import make_article

# our own sentences: (language, title, an extra sentence)
TEXTS = [
    ("en", "Strike on depot", "Two guards were killed when a drone hit the fuel depot near Kursk."),
    ("en", "Shelling", "A shell killing three farmers landed in a field outside Gaza City."),
    ("en", "Border", "Israel said its forces had been attacked near the border with Gaza."),
    ("id", "Serangan", "Dua penjaga dibunuh ketika pesawat nirawak menghantam gudang di Kursk."),
    ("id", "Penembakan", "Pembunuhan tiga petani terjadi di ladang dekat Kurskaya."),
]


@pytest.fixture()
def filled(store: Store) -> Store:
    for i, (lang, title, extra) in enumerate(TEXTS):
        text, art = make_article(value=10 + i, lang=lang, place="Belgorod", extra=" " + extra)
        art.lang = lang
        store.add_article(text, art, Source(f"{i}.txt", title=title), content_hash(text), "v")
    store.sync_search()
    return store


def _titles(store: Store, q: str) -> set[str]:
    return {h.title or "" for h in store.search(q, 50)}


def test_english_stems_match_every_form(filled: Store) -> None:
    assert _titles(filled, "kill") == {"Strike on depot", "Shelling"}
    assert _titles(filled, "killed") == _titles(filled, "kill") == _titles(filled, "killing")
    assert _titles(filled, "attack") == {"Border"}


def test_indonesian_affixes_are_stripped(filled: Store) -> None:
    # dibunuh (killed) and pembunuhan (a killing) share the stem bunuh
    assert _titles(filled, "bunuh") == {"Serangan", "Penembakan"}
    assert _titles(filled, "membunuh") == {"Serangan", "Penembakan"}


def test_or_minus_prefix_and_phrase(filled: Store) -> None:
    assert _titles(filled, "Gaza") == {"Shelling", "Border"}
    assert _titles(filled, "Gaza -Israel") == {"Shelling"}
    assert _titles(filled, "farmers OR petani") == {"Shelling", "Penembakan"}
    assert _titles(filled, "Kurs*") == {"Strike on depot", "Serangan", "Penembakan"}
    assert _titles(filled, "Kursk") == {"Strike on depot", "Serangan"}
    assert _titles(filled, '"fuel depot"') == {"Strike on depot"}
    assert _titles(filled, '"depot fuel"') == set()
    assert _titles(filled, '"pesawat nirawak" Kursk') == {"Serangan"}


def test_paging_counts_every_match(filled: Store) -> None:
    db = filled.db  # type: ignore[attr-defined]
    first, total = find(db, "tentara", limit=2, offset=0)
    second, total2 = find(db, "tentara", limit=2, offset=2)
    third, _ = find(db, "tentara", limit=2, offset=4)
    assert total == total2 == 5
    ids = [r["id"] for r in first + second + third]
    assert len(ids) == len(set(ids)) == 5


def test_snippet_marks_the_matching_words(filled: Store) -> None:
    (hit,) = filled.search("Gaza -Israel")
    assert "[Gaza]" in hit.snippet
    (hit,) = filled.search("dibunuh Kursk")
    assert "[dibunuh]" in hit.snippet


@pytest.mark.parametrize("query, what", [
    ('"unclosed', "quote"), ("OR Gaza", "OR"), ("Gaza OR", "OR"), ("-Gaza", "excluded"),
    ("Gaza\x00", "NUL"), ("*** ---", "no words"), ("Gaza OR -Israel", "excluded"),
    ("x" * 300, "longer"),
])
def test_malformed_queries_raise(query: str, what: str) -> None:
    with pytest.raises(QueryError, match=what):
        parse(query)


def test_every_token_is_quoted_in_the_match_expression() -> None:
    fts = to_fts5(parse('Gaza "NEAR" kurs* -AND'))
    # operators typed as words are searched as words, never obeyed
    assert '"near"' in fts and '"and"' in fts and '"kurs" *' in fts


def test_snippet_pieces_cover_the_text_in_order() -> None:
    text = "Satu. Dua penjaga dibunuh di sini, lalu tiga lagi."
    pieces = snippet(text, "id", parse("bunuh"))
    assert "".join(p for p, _ in pieces) == text[text.index("Satu"):]
    assert [p for p, hit in pieces if hit] == ["dibunuh"]
