"""Schema migrations: named, ordered steps, recorded in ``schema_migrations``.

Each step holds statements per dialect (``sqlite``/``postgres``); ``{id}`` in
a statement becomes the dialect's auto-increment primary key. Steps are
applied in order on open; a step already recorded is never run again.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    common: tuple[str, ...] = ()
    sqlite: tuple[str, ...] = ()
    postgres: tuple[str, ...] = field(default_factory=tuple)

    def statements(self, dialect: str) -> tuple[str, ...]:
        own: tuple[str, ...] = getattr(self, dialect)
        return self.common + own


_INITIAL = (
    """CREATE TABLE articles (
        id {id}, content_hash TEXT NOT NULL UNIQUE, text TEXT NOT NULL,
        lang TEXT, published TEXT, title TEXT, url TEXT, source TEXT,
        origin TEXT, locator TEXT, extractor_version TEXT NOT NULL,
        extracted_at TEXT NOT NULL, result_json TEXT NOT NULL)""",
    """CREATE TABLE sentences (
        article_id BIGINT NOT NULL, idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx))""",
    """CREATE TABLE claims (
        id {id}, article_id BIGINT NOT NULL, idx INTEGER NOT NULL, claim_key TEXT,
        claimant_text TEXT, claimant_start INTEGER, claimant_end INTEGER,
        claimant_country TEXT, claimant_kind TEXT,
        cue_text TEXT, cue_start INTEGER, cue_end INTEGER,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        sentence INTEGER NOT NULL, extractor_version TEXT NOT NULL)""",
    """CREATE TABLE figures (
        id {id}, article_id BIGINT NOT NULL, claim_idx INTEGER, figure_key TEXT,
        text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        value DOUBLE PRECISION, low DOUBLE PRECISION, high DOUBLE PRECISION,
        bound TEXT, number_text TEXT, unit TEXT NOT NULL, outcome TEXT NOT NULL,
        side TEXT, period_start TEXT, period_end TEXT, place TEXT,
        running_total INTEGER NOT NULL, sentence INTEGER NOT NULL,
        confidence DOUBLE PRECISION, extractor_version TEXT NOT NULL)""",
    """CREATE TABLE events (
        id {id}, article_id BIGINT NOT NULL, event_key TEXT, type TEXT NOT NULL,
        actor TEXT, target TEXT, place_name TEXT, lat DOUBLE PRECISION,
        lon DOUBLE PRECISION, country TEXT, precision TEXT, admin1 TEXT,
        date_start TEXT, date_end TEXT, date_source TEXT,
        trigger_text TEXT, trigger_start INTEGER, trigger_end INTEGER,
        evidence TEXT NOT NULL, sentence INTEGER NOT NULL,
        extractor_version TEXT NOT NULL, cluster_id BIGINT)""",
    """CREATE TABLE places (
        id {id}, article_id BIGINT NOT NULL, text TEXT NOT NULL,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, name TEXT,
        lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT, precision TEXT,
        found INTEGER, geonameid BIGINT, admin1 TEXT, actor_use INTEGER,
        extractor_version TEXT NOT NULL)""",
    """CREATE TABLE times (
        id {id}, article_id BIGINT NOT NULL, text TEXT NOT NULL,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        start_date TEXT, end_date TEXT, precision TEXT, kind TEXT,
        extractor_version TEXT NOT NULL)""",
    """CREATE TABLE errors (
        id {id}, origin TEXT NOT NULL, locator TEXT NOT NULL, code TEXT NOT NULL,
        reason TEXT NOT NULL, at TEXT NOT NULL, UNIQUE (origin, locator))""",
    """CREATE TABLE clusters (
        id {id}, type TEXT NOT NULL, seed_event BIGINT NOT NULL, created_at TEXT NOT NULL,
        undone_at TEXT)""",
    """CREATE TABLE cluster_members (
        cluster_id BIGINT NOT NULL, event_id BIGINT NOT NULL, reason TEXT NOT NULL,
        PRIMARY KEY (cluster_id, event_id))""",
    """CREATE TABLE vetoes (
        event_a BIGINT NOT NULL, event_b BIGINT NOT NULL, cluster_id BIGINT NOT NULL,
        PRIMARY KEY (event_a, event_b))""",
    "CREATE INDEX sentences_article ON sentences (article_id)",
    "CREATE UNIQUE INDEX claims_article ON claims (article_id, idx)",
    "CREATE INDEX figures_article ON figures (article_id)",
    "CREATE INDEX figures_measure ON figures (unit, side, outcome)",
    "CREATE INDEX events_article ON events (article_id)",
    "CREATE INDEX events_match ON events (type, date_end)",
    "CREATE INDEX events_cluster ON events (cluster_id)",
    "CREATE INDEX places_article ON places (article_id)",
    "CREATE INDEX times_article ON times (article_id)",
    "CREATE INDEX members_event ON cluster_members (event_id)",
    "CREATE INDEX clusters_seed ON clusters (seed_event)",
    "CREATE INDEX articles_version ON articles (extractor_version)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", common=_INITIAL),
    Migration(
        "0002_fulltext",
        sqlite=(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "title, text, content='articles', content_rowid='id')",
            # articles up to last_id are indexed; the rest is indexed in bulk
            # after an ingest and before a search (see SqliteBackend.sync_search)
            "CREATE TABLE fts_state (last_id INTEGER NOT NULL)",
            "INSERT INTO fts_state (last_id) VALUES (0)",
        ),
        postgres=(
            "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED",
            "CREATE INDEX articles_tsv ON articles USING gin (tsv)",
        ),
    ),
    # one claimant however it is named (warta.pipeline.claimant), and the claim that denies a claim
    Migration("0003_claimant_key", common=(
        "ALTER TABLE claims ADD COLUMN claimant_key TEXT",
        "ALTER TABLE claims ADD COLUMN disputed_by TEXT",
    )),
    Migration(
        "0004_search_stems",
        # the index holds each article's words and their stems (warta.store.search)
        sqlite=(
            "DROP TABLE articles_fts",
            "CREATE VIRTUAL TABLE articles_search USING fts5("
            "words, stems, content='', tokenize='unicode61 remove_diacritics 2')",
            "UPDATE fts_state SET last_id = 0",
        ),
        postgres=(
            "ALTER TABLE articles DROP COLUMN tsv",
            "ALTER TABLE articles ADD COLUMN search_words TEXT",
            "ALTER TABLE articles ADD COLUMN search_stems TEXT",
            "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('simple', coalesce(search_stems, '')), 'A') || "
            "setweight(to_tsvector('simple', coalesce(search_words, '')), 'B')) STORED",
            "CREATE INDEX articles_tsv ON articles USING gin (tsv)",
            "CREATE INDEX articles_unindexed ON articles (id) WHERE search_stems IS NULL",
        ),
    ),
    # the web UI: its answer cache reads the newest extraction on every request;
    # its lists are newest first and filter by country
    Migration("0005_web_indexes", common=(
        "CREATE INDEX articles_extracted ON articles (extracted_at)",
        "CREATE INDEX events_date ON events (date_start, id)",
        "CREATE INDEX events_country ON events (country)",
        "CREATE INDEX claims_sentence ON claims (article_id, sentence)",
    )),
)
