"""warta: conflict news into evidence (events and attributed claims with provenance)."""

from warta.errors import WartaError

__version__ = "0.1.0"

__all__ = ["__version__", "build", "extract", "ingest", "WartaError"]


def build() -> str:
    """Which build of the engine is installed: ``"compiled"`` (``WARTA_COMPILE=1``,
    mypyc) or ``"pure Python"``. Looks the engine up without importing it."""
    from importlib.util import find_spec

    spec = find_spec("warta.pipeline.places")
    origin = spec.origin if spec is not None and spec.origin else ""
    return "compiled" if origin.endswith((".so", ".pyd")) else "pure Python"


def extract(text: str, lang: str | None = None, published=None,  # noqa: ANN001, ANN201
            demonyms: bool = False, literal_places: bool = False, facilities: bool = False):
    """Extract claims, figures, events, places and dates from one article.

    ``lang`` is an ISO 639-1 code or None to detect it; ``published`` a
    ``datetime.date`` or ISO string used to resolve relative dates. With
    ``demonyms``, adjectives of peoples ("Russian forces") are places too,
    marked ``"demonym": true`` (geoparsing corpora count them; news does not).
    With ``literal_places``, places are only names used as locations, as
    named-entity corpora tag them: not "Moscow said" nor "warga Palestina";
    with ``facilities``, named buildings and sites ("Al-Shifa Hospital") too.
    Returns a :class:`warta.model.Article`; ``.to_json()`` gives the contract JSON.
    """
    from warta.pipeline.extract import extract as _extract

    return _extract(text, lang=lang, published=published, demonyms=demonyms,
                    literal_places=literal_places, facilities=facilities)


def ingest(paths, db="warta.db", *, workers=None, scheduler=None, lang=None, published=None,  # noqa: ANN001, ANN201
           progress=None):
    """Read, extract and store every article under ``paths`` into ``db`` (an
    SQLite path or a ``postgresql://`` URL); the same as ``warta ingest``.

    ``scheduler="tcp://host:8786"`` runs on that Dask cluster; ``workers=N``
    (N > 1) starts a local Dask cluster of N processes when ``warta[dask]`` is
    installed, else a process pool. Returns a :class:`warta.ingest.Report`.
    """
    from warta.ingest.cluster import dask_available, ingest_cluster
    from warta.ingest.runner import ingest as _ingest
    from warta.store import open_store

    paths = [paths] if isinstance(paths, str) else list(paths)
    if scheduler or (workers and workers > 1 and dask_available()):
        return ingest_cluster(paths, str(db), workers=workers or 2, scheduler=scheduler, lang=lang,
                              published=published, progress=progress)
    with open_store(str(db)) as store:
        return _ingest(paths, store, lang=lang, published=published, progress=progress, workers=workers)
