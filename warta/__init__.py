"""warta: conflict news into evidence (events and attributed claims with provenance)."""

from warta.errors import WartaError

__version__ = "0.1.0"

__all__ = ["__version__", "extract", "WartaError"]


def extract(text: str, lang: str | None = None, published=None):  # noqa: ANN001, ANN201
    """Extract claims, figures, events, places and dates from one article.

    ``lang`` is an ISO 639-1 code or None to detect it; ``published`` a
    ``datetime.date`` or ISO string used to resolve relative dates.
    Returns a :class:`warta.model.Article`; ``.to_json()`` gives the contract JSON.
    """
    from warta.pipeline.extract import extract as _extract

    return _extract(text, lang=lang, published=published)
