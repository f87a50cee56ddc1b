"""The whole pipeline for one article: text in, :class:`Article` out."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from warta import __version__
from warta.errors import InputError
from warta.lang import load
from warta.model import Article
from warta.pipeline.attribution import article_sides, infer_sides
from warta.pipeline.claims import find_claims
from warta.pipeline.events import find_events
from warta.pipeline.figures import find_figures
from warta.pipeline.langid import detect
from warta.pipeline.lexicon import forget as forget_words
from warta.pipeline.numbers import find_quantities
from warta.pipeline.places import as_convention, find_places
from warta.pipeline.segment import forget as forget_tokens, sentences as split_sentences
from warta.pipeline.times import find_times


def parse_published(published: date | str | None) -> date | None:
    """A publication date from a ``date`` or an ISO ``YYYY-MM-DD`` string."""
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError as err:
        raise InputError(f"publication date {published!r} is not a date",
                         "give it as YYYY-MM-DD, e.g. --published 2025-01-05") from err


def extract(text: str, lang: str | None = None, published: date | str | None = None,
            demonyms: bool = False, literal_places: bool = False, facilities: bool = False) -> Article:
    """Claims, figures, events, places and dates of one article, with offsets.
    With ``demonyms``, adjectives of peoples count as places (``demonym: true``);
    with ``literal_places``, the article's places are only the names used as
    locations (named-entity convention), while the other steps read them all;
    with ``facilities``, named buildings and sites are places too (``point``).

    Python's cycle collector is paused while the article is read (see :func:`collector_paused`);
    the tokens and words the steps shared are let go of before it runs again, so its next pass
    walks only what the article keeps."""
    with collector_paused():
        try:
            return _extract(text, lang, published, demonyms, literal_places, facilities)
        finally:
            forget_tokens()
            forget_words()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for the block, and enabled again after it if it was before.
    Reading an article makes many short-lived objects beside the long-lived ones it keeps (tokens,
    matches, mentions); with the collector running, each of its young-generation passes walks
    those kept objects again, about 5% of warta's CPU time. Nothing is lost: memory is freed by
    reference counting as before, and any cycle is collected at the collector's next pass after
    the block. A caller that disabled the collector finds it disabled."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _extract(text: str, lang: str | None, published: date | str | None, demonyms: bool,
             literal_places: bool, facilities: bool) -> Article:
    if not isinstance(text, str):
        raise InputError(f"expected the article as str, got {type(text).__name__}",
                         "decode bytes first, e.g. with warta.io.read_text")
    when = parse_published(published)
    code = lang if lang and lang != "auto" else detect(text)
    data = load(code)
    article = Article(text=text, lang=code, published=when, version=__version__)
    if not text.strip():
        return article
    sents = split_sentences(text, data)
    times = find_times(text, data, when, sents)
    places = find_places(text, data, sents, demonyms=demonyms)
    plain = [p for p in places if not p.demonym]  # the other steps read places as news does
    quantities = find_quantities(text, data, articles=True)
    figures = find_figures(text, data, sents, quantities, times, plain, when)
    claims = find_claims(text, data, sents, figures, plain, times) if figures else []  # claims hold figures
    named = article_sides(text, data, sents)
    infer_sides(text, data, sents, claims, plain, named)
    events = find_events(text, data, sents, times, plain, figures, when, named)
    if literal_places or facilities:
        places = as_convention(text, data, sents, places, literal_places, facilities)
    article.sentences, article.times, article.places = sents, times, places
    article.claims, article.events = claims, events
    _number(article)
    return article


def _number(article: Article) -> None:
    """Stable ids: kind letter + position in the article."""
    for i, claim in enumerate(article.claims):
        claim.id = f"c{i}"
        for j, fig in enumerate(claim.figures):
            fig.id = f"c{i}f{j}"
    for i, event in enumerate(article.events):
        event.id = f"e{i}"
