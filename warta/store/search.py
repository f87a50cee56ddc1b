"""Full-text search over stored articles, the same on SQLite (FTS5) and
PostgreSQL (``tsvector``).

Each article is indexed as two token streams: its words, lowercased (for
``prefix*`` queries), and their stems under the stemmer its language names in
``warta/lang/<code>/meta.toml`` (``stemmer = "english"``: Porter's English
Snowball stemmer; ``"indonesian"``: the Snowball stemmer that strips
Indonesian prefixes and suffixes, so *dibunuh*, *membunuh* and *pembunuhan*
share *bunuh*). A query word is stemmed under every language's stemmer and
matches any of those stems, so one query finds both languages.

The query syntax (:func:`parse`): words are all required; ``a OR b`` either;
``-word`` (or ``-"a phrase"``) excludes; ``pre*`` any word starting so;
``"a phrase"`` the words in that order. Anything else that cannot be read
(an unclosed quote, a lone ``OR``, only exclusions, a NUL) raises
:class:`QueryError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from warta.errors import WartaError

TOKEN = re.compile(r"[^\W_]+")
MAX_QUERY = 200
MAX_TERMS = 16
SNIPPET_WORDS = 24
MEMO_WORDS = 500_000  # stems kept per language
MAX_SCAN = 20_000  # words read for a snippet when none matches (the title did)
_SYNTAX = re.compile(r'\s+|(-?)"([^"]*)("?)|(-?)([^\s"]+)')


class QueryError(WartaError):
    """A search query that cannot be read."""

    code = "W610"


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to look for: a word, a prefix or a phrase (its words, lowercased)."""

    kind: str  # "word" | "prefix" | "phrase"
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Query:
    """Every group must match (a group: one term or several joined by OR);
    no excluded term may."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]

    def terms(self) -> Iterable[Term]:
        for g in self.groups:
            yield from g


# -- language data -----------------------------------------------------------

@cache
def _stemmers() -> dict[str, Any]:
    """The stemmer of every language that names one, by language code."""
    import snowballstemmer  # type: ignore[import-untyped]

    from warta import lang

    out = {}
    for code in lang.available():
        name = lang.load(code).meta.get("stemmer")
        if name:
            out[code] = snowballstemmer.stemmer(name)
    return out


def words(text: str) -> list[str]:
    """The text's words, lowercased (letters and digits; everything else splits)."""
    return TOKEN.findall(text.casefold())


@cache
def _memo(lang: str) -> dict[str, str]:
    """Stems already computed under ``lang``'s stemmer (words repeat: each is
    stemmed once per process)."""
    return {}


def _stem(lang: str, word: str) -> str:
    memo = _memo(lang)
    got = memo.get(word)
    if got is None:
        got = _stemmers()[lang].stemWord(word)
        if len(memo) < MEMO_WORDS:
            memo[word] = got
    return got


def stem_all(word: str) -> tuple[str, ...]:
    """``word``'s stems under every language's stemmer, without repeats."""
    out: list[str] = []
    for code in _stemmers():
        s = _stem(code, word)
        if s and s not in out:
            out.append(s)
    return tuple(out) or (word,)


def stems(tokens: list[str], lang: str | None) -> list[str]:
    """The stems of ``tokens`` under ``lang``'s stemmer (the first language's
    when it has none)."""
    table = _stemmers()
    code = lang if lang in table else next(iter(table), None)
    return [_stem(code, t) for t in tokens] if code else list(tokens)


def index_columns(title: str | None, text: str, lang: str | None) -> tuple[str, str]:
    """What the index holds for one article: its words and their stems, each
    space-separated."""
    toks = words(f"{title or ''}\n{text}")
    return " ".join(toks), " ".join(stems(toks, lang))


# -- the query syntax ----------------------------------------------------------

def parse(query: str) -> Query:
    """Read a query (see the module's doc); raise :class:`QueryError` saying
    what is wrong."""
    if "\x00" in query:
        raise QueryError("the query holds a NUL character", "Remove it and search again")
    if len(query) > MAX_QUERY:
        raise QueryError(f"the query is longer than {MAX_QUERY} characters", "Shorten it")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join = False  # the previous token was OR
    for m in _SYNTAX.finditer(query):
        if not m.group().strip():
            continue
        if m.group(2) is not None:
            if not m.group(3):
                raise QueryError("a quote is not closed", 'Close the phrase with "')
            neg, toks = bool(m.group(1)), tuple(words(m.group(2)))
            term = Term("phrase" if len(toks) > 1 else "word", toks) if toks else None
        else:
            neg, raw = bool(m.group(4)), m.group(5)
            if raw == "OR" and not neg:
                if join or not groups:
                    raise QueryError("OR needs a term on each side", "Write: word1 OR word2")
                join = True
                continue
            prefix = raw.endswith("*")
            toks = tuple(words(raw))
            if prefix and len(toks) == 1:
                term = Term("prefix", toks)
            elif prefix and toks:
                raise QueryError(f"{raw!r}: a prefix* is one word", "Write e.g. kurs*")
            else:
                term = Term("phrase" if len(toks) > 1 else "word", toks) if toks else None
        if term is None:
            if join:
                raise QueryError("OR needs a term on each side", "Write: word1 OR word2")
            continue  # punctuation only: nothing to look for
        if neg:
            if join:
                raise QueryError("an excluded -term cannot be one side of OR",
                                 "Write: word1 OR word2 -word3")
            excluded.append(term)
        elif join:
            groups[-1].append(term)
        else:
            groups.append([term])
        join = False
    if join:
        raise QueryError("OR needs a term on each side", "Write: word1 OR word2")
    if not groups:
        if excluded:
            raise QueryError("only excluded -terms: nothing to look for",
                             "Add a word to find, e.g. Gaza -Israel")
        raise QueryError("the query has no words", "Search for a word, e.g. Kursk")
    if sum(len(g) for g in groups) + len(excluded) > MAX_TERMS:
        raise QueryError(f"more than {MAX_TERMS} terms", "Use fewer words")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


# -- rendering for each database -------------------------------------------------

def _fts_term(t: Term) -> str:
    if t.kind == "prefix":
        return f'words : "{t.words[0]}" *'
    if t.kind == "word":
        return "stems : (" + " OR ".join(f'"{s}"' for s in stem_all(t.words[0])) + ")"
    per_lang = {" ".join(stems(list(t.words), code)) for code in _stemmers()} or {
        " ".join(t.words)}
    return "stems : (" + " OR ".join(f'"{p}"' for p in sorted(per_lang)) + ")"


def to_fts5(q: Query) -> str:
    """``q`` as an SQLite FTS5 MATCH expression over the ``words`` and ``stems``
    columns (every token is quoted: letters and digits only)."""
    out = " AND ".join("(" + " OR ".join(_fts_term(t) for t in g) + ")" for g in q.groups)
    for t in q.excluded:
        out += f" NOT ({_fts_term(t)})"
    return out


def _ts_term(t: Term) -> str:
    if t.kind == "prefix":
        return f"'{t.words[0]}':*B"
    if t.kind == "word":
        return "(" + " | ".join(f"'{s}':A" for s in stem_all(t.words[0])) + ")"
    per_lang = sorted({tuple(stems(list(t.words), code)) for code in _stemmers()})
    return "(" + " | ".join(" <-> ".join(f"'{s}':A" for s in p) for p in per_lang) + ")"


def to_tsquery(q: Query) -> str:
    """``q`` as a PostgreSQL ``to_tsquery('simple', …)`` text over the
    tsvector whose weight A holds the stems and weight B the words."""
    out = " & ".join("(" + " | ".join(_ts_term(t) for t in g) + ")" for g in q.groups)
    for t in q.excluded:
        out += f" & !{_ts_term(t)}"
    return out


# -- snippets ------------------------------------------------------------------

def snippet(text: str, lang: str | None, q: Query,
            width: int = SNIPPET_WORDS) -> list[tuple[str, bool]]:
    """A stretch of ``text`` around its first match, as pieces (text, is_match)."""
    wanted: set[str] = set()
    prefixes: list[str] = []
    for t in q.terms():
        if t.kind == "prefix":
            prefixes.append(t.words[0])
        else:
            for w in t.words:
                wanted.update(stem_all(w))
    table = _stemmers()
    code = lang if lang in table else next(iter(table), None)

    def hit(word: str) -> bool:
        w = word.casefold()
        return (w in wanted or (code is not None and _stem(code, w) in wanted)
                or any(w.startswith(p) for p in prefixes))

    # read only as far as the first match and the window after it
    spans: list[tuple[int, int]] = []
    first: int | None = None
    stopped = False
    for i, m in enumerate(TOKEN.finditer(text)):
        spans.append((m.start(), m.end()))
        if first is None and hit(m.group()):
            first = i
        if (first is not None and i >= first + width) or (first is None and i >= MAX_SCAN):
            stopped = True
            break
    if not spans:
        return []
    lo = max(0, (first or 0) - width // 3)
    hi = min(len(spans), lo + width)
    hits = [i for i in range(lo, hi) if hit(text[spans[i][0]:spans[i][1]])]
    more = hi < len(spans) or stopped
    hit_set = set(hits)
    out: list[tuple[str, bool]] = [("…", False)] if lo > 0 else []
    pos = spans[lo][0]
    for i in range(lo, hi):
        a, b = spans[i]
        if a > pos:
            out.append((text[pos:a], False))
        out.append((text[a:b], i in hit_set))
        pos = b
    if more:
        out.append(("…", False))
    elif pos < len(text):
        out.append((text[pos:pos + 80], False))
    return out


def marked(pieces: list[tuple[str, bool]]) -> str:
    """Snippet pieces as one string, matches in ``[`` ``]``."""
    return "".join(f"[{t}]" if hit else t for t, hit in pieces)


# -- the index and the query, per database ------------------------------------------

SYNC_BATCH = 200


def sync(db: Any) -> None:
    """Index the articles stored since the last sync (SQLite: those above
    ``fts_state.last_id``; PostgreSQL: those whose ``search_stems`` is NULL)."""
    if db.name == "sqlite":
        with db.transaction():
            last = int(db.query("SELECT last_id FROM fts_state")[0][0])
            top = int(db.query("SELECT coalesce(max(id), 0) FROM articles")[0][0])
            while last < top:
                rows = db.query("SELECT id, title, text, lang FROM articles WHERE id > ? "
                                "ORDER BY id LIMIT ?", (last, SYNC_BATCH))
                if not rows:
                    break
                db.executemany("INSERT INTO articles_search (rowid, words, stems) "
                               "VALUES (?, ?, ?)",
                               [(r[0], *index_columns(r[1], r[2], r[3])) for r in rows])
                last = int(rows[-1][0])
            db.execute("UPDATE fts_state SET last_id = ?", (max(last, top),))
        return
    while True:
        rows = db.query("SELECT id, title, text, lang FROM articles "
                        "WHERE search_stems IS NULL ORDER BY id LIMIT ?", (SYNC_BATCH,))
        if not rows:
            return
        with db.transaction():
            db.executemany("UPDATE articles SET search_words = ?, search_stems = ? WHERE id = ?",
                           [(*index_columns(r[1], r[2], r[3]), r[0]) for r in rows])


def _match(db: Any, q: Query) -> tuple[str, str, str]:
    """FROM … WHERE … (with one ? for the query text), the rank order, and that text."""
    if db.name == "sqlite":
        return ("FROM articles_search JOIN articles a ON a.id = articles_search.rowid "
                "WHERE articles_search MATCH ?", "articles_search.rank, a.id", to_fts5(q))
    return ("FROM articles a, to_tsquery('simple', ?) q WHERE a.tsv @@ q",
            "ts_rank(a.tsv, q) DESC, a.id", to_tsquery(q))


def find(db: Any, query: str | Query, *, limit: int = 20,
         offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """One page of articles matching ``query`` (best first) with a snippet
    each, and how many match in all. Reads the index as it is (see :func:`sync`)."""
    q = parse(query) if isinstance(query, str) else query
    where, order, text = _match(db, q)
    total = int(db.query(f"SELECT count(*) {where}", (text,))[0][0])
    if not total or offset >= total:
        return [], total
    rows = db.query(f"SELECT a.id, a.title, a.text, a.lang, a.source, a.published {where} "
                    f"ORDER BY {order} LIMIT ? OFFSET ?", (text, limit, offset))
    out = []
    for aid, title, body, lang, source, published in rows:
        pieces = snippet(body, lang, q)
        out.append({"id": int(aid), "title": title, "source": source, "published": published,
                    "lang": lang, "snippet": marked(pieces), "pieces": pieces})
    return out, total
