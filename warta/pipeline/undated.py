"""Relative dates that an article without a publication date loses.

"Yesterday", "on Sunday", "two days ago" need the day the article was
published; without it the pipeline leaves them (and the events and periods
they would date) out. :func:`unanchored` names those expressions, so that
``extract`` and ``ingest`` can say why dates are missing instead of dropping
them silently.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from warta.lang import load
from warta.model import Article
from warta.pipeline.times import find_times

PROBE_DAY: Final = date(2000, 1, 5)  # any day: only which expressions resolve matters
UNDATED: Final = "W210"  # code of the note recorded for such an article


def unanchored(article: Article) -> list[str]:
    """The relative time expressions in ``article`` that its missing publication
    date left unresolved (empty when it has a publication date)."""
    if article.published is not None or not article.text.strip():
        return []
    kept = {(t.start, t.end) for t in article.times}
    probe = find_times(article.text, load(article.lang), PROBE_DAY, article.sentences)
    return [t.text for t in probe if (t.start, t.end) not in kept]


def note(found: list[str]) -> str:
    """The reason recorded for an article with unanchored relative dates."""
    shown = ", ".join(repr(t) for t in found[:3]) + (", ..." if len(found) > 3 else "")
    return (f"no publication date, so {len(found)} relative date(s) were left out ({shown}); "
            "give --published YYYY-MM-DD, a \"published\" field, or a page with date metadata")


def warning(articles: int) -> str:
    """The one line a run prints when some of its articles had such dates."""
    return (f"warning: {articles} article(s) have relative dates (e.g. 'yesterday') but no "
            "publication date, so those dates and the events they date were left out; "
            "give --published YYYY-MM-DD (or a date in the file's metadata)")
