"""Helpers for tests of the store and of what uses it: hand-built articles,
a stand-in extractor, and a throwaway PostgreSQL schema."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta

from warta.model import (
    Article,
    Claim,
    Claimant,
    Event,
    Figure,
    Period,
    PlaceMention,
    Quantity,
    Sentence,
    Span,
    TimeMention,
)

PG_ENV = "WARTA_TEST_PG_URL"


def pg_url() -> str | None:
    """The test PostgreSQL URL, or None. Under CI=true a missing one is an error."""
    url = os.environ.get(PG_ENV)
    if not url and os.environ.get("CI") == "true":
        raise RuntimeError(f"{PG_ENV} is not set under CI: run `eval \"$(bash .ci/postgres.sh)\"`")
    return url or None


def reset_postgres(url: str) -> None:
    """Drop everything in the test database's public schema."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")


def _span(text: str, part: str, after: int = 0) -> Span:
    i = text.index(part, after)
    return Span(i, i + len(part), part)


def make_article(claimant: str = "Kementerian Pertahanan Rusia", country: str | None = "RU",
                 kind: str = "government", value: float = 340, unit: str = "personnel",
                 outcome: str = "killed", side: str | None = "UA",
                 place: str = "Kursk", lat: float = 51.73, lon: float = 36.19,
                 place_country: str = "RU", admin1: str | None = "Kursk Oblast",
                 event_type: str = "attack", actor: str | None = "UA",
                 target: str | None = "RU", day: date = date(2025, 1, 5),
                 lang: str = "id", extra: str = "") -> tuple[str, Article]:
    """An article of two sentences (a claimed figure, an event) built by hand,
    every span taken from the text so ``text[start:end]`` holds."""
    number = f"{value:,.0f}".replace(",", ".")
    s1 = f"{claimant} mengatakan {number} tentara tewas dalam pertempuran di {place}."
    s2 = f"Serangan itu terjadi pada hari Minggu.{extra}"
    text = f"{s1} {s2}"
    cl = _span(text, claimant)
    cue = _span(text, "mengatakan")
    num = _span(text, number, cue.end)
    fig_text = _span(text, f"{number} tentara", cue.end)
    pl = _span(text, place, fig_text.end)
    when = _span(text, "pada hari Minggu")
    trig = _span(text, "Serangan")
    period = Period(day - timedelta(days=1), day)
    pm = PlaceMention(pl.start, pl.end, place, place, lat, lon, place_country, "settlement",
                      admin1=admin1)
    fig = Figure(fig_text.start, fig_text.end, fig_text.text,
                 Quantity(num.start, num.end, number, value, value, value),
                 unit, outcome, side=side, period=period, place=place, sentence=0, id="f1")
    claim = Claim(Claimant(cl.text, cl.start, cl.end, country, kind), cue,
                  0, len(s1), [fig], sentence=0, id="c1")
    ev = Event(event_type, actor, target, pm, Period(day, day),
               [Span(len(s1) + 1, len(text), s2)], trigger=trig, sentence=1, id="e1")
    tm = TimeMention(when.start, when.end, when.text, day, day, "day")
    art = Article(text, lang, day, [Sentence(0, 0, len(s1)), Sentence(1, len(s1) + 1, len(text))],
                  [claim], [ev], [pm], [tm], version="test-1")
    return text, art


_NUM = re.compile(r"\d+")


def fake_extract(text: str, lang: str | None = None,
                 published: date | str | None = None) -> Article:
    """A stand-in for :func:`warta.extract`: one sentence, and one figure
    for the first number in the text (claimed by the reporter)."""
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    art = Article(text, lang or "en", published, [Sentence(0, 0, len(text))], version="fake-1")
    m = _NUM.search(text)
    if m:
        v = float(m.group())
        q = Quantity(m.start(), m.end(), m.group(), v, v, v)
        fig = Figure(m.start(), m.end(), m.group(), q, "personnel", "killed", side="UA",
                     id="f1")
        art.claims.append(Claim(Claimant("reporter", None, None, None, "reporter"), None,
                                0, len(text), [fig], id="c1"))
    return art
