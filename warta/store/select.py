"""Which events and figures to show or export: one set of filters, turned
into SQL once, shared by the web pages, their downloads and ``warta export``.

Every value is a bound parameter; the SQL text is built only from fixed
fragments. :func:`check` refuses a value the store does not hold (an unknown
country, place or claimant) and says which values it does hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from warta.errors import WartaError
from warta.model import EVENT_TYPES, OUTCOMES, UNITS

SHOWN_VALUES = 40  # valid values listed in an error message


class FilterError(WartaError):
    """A filter value the store has no rows for, or that cannot be read."""

    code = "W620"

    def __init__(self, param: str, message: str, valid: list[str] | None = None) -> None:
        hint = ""
        if valid is not None:
            shown = ", ".join(valid[:SHOWN_VALUES])
            more = f" (and {len(valid) - SHOWN_VALUES} more)" if len(valid) > SHOWN_VALUES else ""
            hint = f"Valid values: {shown}{more}" if valid else "The store holds none yet"
        super().__init__(f"{param}: {message}", hint)
        self.param = param
        self.valid = valid


@dataclass(slots=True)
class Filters:
    """What to show. Dates are ISO days. ``side``: a country code, events
    whose actor or target it is and figures counted against it. ``country``:
    an ISO 3166 alpha-2 code, events placed in that country and figures whose
    place lies there. ``place``: a place name (any case) or a GeoNames id,
    matched exactly. ``claimant``: a canonical claimant (:func:`claimant_key`)."""

    start: str | None = None  # "from"
    end: str | None = None  # "to"
    side: str | None = None
    country: str | None = None
    type: str | None = None
    place: str | None = None
    claimant: str | None = None
    unit: str | None = None
    outcome: str | None = None
    kind: str = "all"  # timeline: events, figures or all
    contested: bool = False
    located: bool = False  # only events placed finer than a country (the map's)
    q: str | None = None
    limit: int = 500
    page: int = 1

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit

    def to_query(self, **change: Any) -> dict[str, str]:
        """The non-default filters as query parameters (for links)."""
        out: dict[str, str] = {}
        default = Filters()
        for f in fields(self):
            val = change.get(f.name, getattr(self, f.name))
            if val == getattr(default, f.name) or val is None:
                continue
            key = {"start": "from", "end": "to"}.get(f.name, f.name)
            out[key] = ("1" if val else "0") if isinstance(val, bool) else str(val)
        return out

    def echo(self) -> dict[str, Any]:
        """The filters in force, as the JSON twins report them."""
        return {"from": self.start, "to": self.end, "side": self.side,
                "country": self.country, "type": self.type, "place": self.place,
                "claimant": self.claimant, "unit": self.unit, "outcome": self.outcome,
                "kind": self.kind, "contested": self.contested, "located": self.located,
                "q": self.q,
                "limit": self.limit, "page": self.page}


# -- canonical claimants ---------------------------------------------------------

def claimant_key(text: str | None, country: str | None, kind: str | None,
                 source: str | None, key: str | None = None) -> str:
    """One name for a claimant however an article words it: the key the
    extractor gave it (country, kind and role, :mod:`warta.pipeline.claimant`:
    *Staf Umum Angkatan Bersenjata Ukraina* and *Ukraine's General Staff* are
    one), the outlet for the reporter of an unattributed figure, and for claims
    stored before keys existed, country, kind and name. The same as
    :func:`warta.store.claims.claimant_key` of a figure row; :data:`CLAIMANT_SQL`
    computes it in SQL."""
    if kind == "reporter":
        return f"reporter:{(source or '').casefold()}"
    if key:
        return key
    return f"{country or '-'}:{kind}:{(text or '').casefold()}"


# the same as claimant_key over claims c joined to their article a
CLAIMANT_SQL = (
    "CASE WHEN c.claimant_kind = 'reporter' THEN 'reporter:' || lower(coalesce(a.source, '')) "
    "WHEN c.claimant_key IS NOT NULL AND c.claimant_key <> '' THEN c.claimant_key "
    "ELSE coalesce(c.claimant_country, '-') || ':' || c.claimant_kind || ':' "
    "|| lower(coalesce(c.claimant_text, '')) END"
)


def claimant_names(db: Any) -> dict[str, str]:
    """Each canonical claimant's fullest name (the outlet for a reporter),
    with its country: what menus show for a key."""
    out: dict[str, str] = {}
    for key, text, kind, source, country in db.query(
            f"SELECT DISTINCT {CLAIMANT_SQL}, c.claimant_text, c.claimant_kind, a.source, "
            "c.claimant_country FROM claims c JOIN articles a ON a.id = c.article_id"):
        name = (source or "reporter") if kind == "reporter" else (text or "unknown")
        name = f"{name} ({country})" if country and kind != "reporter" else name
        if key not in out or (len(name), name) > (len(out[key]), out[key]):
            out[key] = name
    return out


# -- SQL -------------------------------------------------------------------------

def _place_id(place: str) -> int | None:
    return int(place) if place.isdigit() else None


def event_where(f: Filters, *, located: bool = False) -> tuple[str, list[Any]]:
    """`` WHERE …`` over ``events e`` (and its article ``a`` only inside
    subqueries) for ``f``, and its parameters."""
    where: list[str] = []
    params: list[Any] = []
    if located:
        where.append("e.lat IS NOT NULL AND e.lon IS NOT NULL "
                     "AND coalesce(e.precision, '') NOT IN ('country', 'region')")
    if f.start:
        where.append("e.date_end >= ?")
        params.append(f.start)
    if f.end:
        where.append("e.date_start <= ?")
        params.append(f.end)
    if f.side:
        where.append("(e.actor = ? OR e.target = ?)")
        params += [f.side, f.side]
    if f.country:
        where.append("e.country = ?")
        params.append(f.country)
    if f.type:
        where.append("e.type = ?")
        params.append(f.type)
    if f.place:
        _place_filter(f.place, "e", "e.place_name", "p.name = e.place_name", where, params)
    if f.claimant:
        where.append("EXISTS (SELECT 1 FROM claims c JOIN articles a ON a.id = c.article_id "
                     "WHERE c.article_id = e.article_id AND c.sentence = e.sentence AND "
                     f"{CLAIMANT_SQL} = ?)")
        params.append(f.claimant)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _place_filter(place: str, row: str, name_col: str, same_place: str, where: list[str],
                  params: list[Any]) -> None:
    """A place asked for by GeoNames id (a place of that id named as the row's place)
    or by name (the row's place name, any case)."""
    pid = _place_id(place)
    if pid is not None:
        where.append(f"EXISTS (SELECT 1 FROM places p WHERE p.article_id = {row}.article_id "
                     f"AND p.geonameid = ? AND {same_place})")
        params.append(pid)
    else:
        where.append(f"lower({name_col}) = lower(?)")
        params.append(place)


def figure_where(f: Filters, *, claimant: bool = True) -> tuple[str, list[Any]]:
    """`` WHERE …`` over the store's figure row (``figures f``, its article
    ``a`` and claim ``c``) for ``f``, and its parameters."""
    where: list[str] = []
    params: list[Any] = []
    if f.start:
        where.append("coalesce(f.period_end, a.published) >= ?")
        params.append(f.start)
    if f.end:
        where.append("coalesce(f.period_start, a.published) <= ?")
        params.append(f.end)
    for col, val in (("f.side", f.side), ("f.unit", f.unit), ("f.outcome", f.outcome)):
        if val:
            where.append(f"{col} = ?")
            params.append(val)
    if f.country:
        # where the figure's place lies; without a place, where the events of its sentence are
        where.append("(EXISTS (SELECT 1 FROM places p WHERE p.article_id = f.article_id "
                     "AND p.country = ? AND (p.text = f.place OR p.name = f.place)) "
                     "OR (f.place IS NULL AND EXISTS (SELECT 1 FROM events e2 WHERE "
                     "e2.article_id = f.article_id AND e2.sentence = f.sentence "
                     "AND e2.country = ?)))")
        params += [f.country, f.country]
    if f.place:
        _place_filter(f.place, "f", "f.place", "(p.text = f.place OR p.name = f.place)", where, params)
    if claimant and f.claimant:
        where.append(f"{CLAIMANT_SQL} = ?")
        params.append(f.claimant)
    return (" WHERE " + " AND ".join(where)) if where else "", params


# -- the values a store holds --------------------------------------------------------

def _distinct(db: Any, sql: str) -> set[str]:
    return {str(r[0]) for r in db.query(sql) if r[0] is not None and str(r[0]).strip()}


def values(db: Any) -> dict[str, list[str]]:
    """Every value each filter can take in this store (the menus, and what
    :func:`check` accepts)."""
    sides = _distinct(db, "SELECT DISTINCT side FROM figures")
    for col in ("actor", "target"):
        sides |= _distinct(db, f"SELECT DISTINCT {col} FROM events")
    countries = (_distinct(db, "SELECT DISTINCT country FROM events")
                 | _distinct(db, "SELECT DISTINCT country FROM places"))
    places = (_distinct(db, "SELECT DISTINCT place_name FROM events")
              | _distinct(db, "SELECT DISTINCT place FROM figures"))
    claimants = _distinct(db, f"SELECT DISTINCT {CLAIMANT_SQL} FROM claims c "
                              "JOIN articles a ON a.id = c.article_id")
    return {
        "sides": sorted(sides), "countries": sorted(countries),
        "types": sorted(set(EVENT_TYPES) | _distinct(db, "SELECT DISTINCT type FROM events")),
        "units": sorted(set(UNITS) | _distinct(db, "SELECT DISTINCT unit FROM figures")),
        "outcomes": sorted(set(OUTCOMES) | _distinct(db, "SELECT DISTINCT outcome FROM figures")),
        "places": sorted(places, key=str.casefold),
        "claimants": sorted(claimants, key=str.casefold),
    }


_ISO2 = re.compile(r"[A-Z]{2}")


def check(f: Filters, valid: dict[str, list[str]], db: Any | None = None) -> None:
    """Raise :class:`FilterError` for a value the store does not hold, listing
    the ones it does (``valid`` from :func:`values`). A place given as a
    GeoNames id is looked up in ``db``."""
    if f.country and not _ISO2.fullmatch(f.country):
        raise FilterError("country", f"expected a two-letter ISO 3166 code such as UA, "
                          f"got {f.country[:40]!r}", valid["countries"])
    for param, key in (("side", "sides"), ("country", "countries"), ("type", "types"),
                       ("unit", "units"), ("outcome", "outcomes"), ("claimant", "claimants")):
        val = getattr(f, param)
        if val and val not in valid[key]:
            raise FilterError(param, f"no {param} {val[:60]!r} in this store",
                              _near(val, valid[key]))
    if f.place:
        pid = _place_id(f.place)
        if pid is not None:
            if db is not None and not db.query("SELECT 1 FROM places WHERE geonameid = ? "
                                               "LIMIT 1", (pid,)):
                raise FilterError("place", f"no place with GeoNames id {pid} in this store")
        elif f.place.casefold() not in {p.casefold() for p in valid["places"]}:
            raise FilterError("place", f"no place named {f.place[:60]!r} in this store",
                              _near(f.place, valid["places"]))


def _near(val: str, options: list[str]) -> list[str]:
    """The valid values, those most like ``val`` first when there are many."""
    if len(options) <= SHOWN_VALUES:
        return options
    import difflib

    close = difflib.get_close_matches(val, options, n=10, cutoff=0.5)
    low = val.casefold()
    close += [o for o in options if low in o.casefold() and o not in close][:10]
    return close + [o for o in options if o not in close]
