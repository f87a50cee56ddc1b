"""When the best candidate of a name is too weak to keep: a small or other-named
place far from everything else the article names, unless the text puts
something "in" it, names its country beside it or names it by its one reading."""

from __future__ import annotations

from difflib import SequenceMatcher

from warta.geo.fold import fold
from warta.geo.gazetteer import Candidate
from warta.geo.grid import km
from warta.geo.match import Match
from warta.geo.namesakes import LOCAL_KM, NEAR_KM
from warta.geo.rank import Context

SMALL_PLACE = 50_000  # a one-word settlement smaller than this needs support from context
CITY = 100_000  # a settlement this big, in the story's country, is what its other name means
FAMOUS = 1_000_000  # a city this big is what its name means when its small namesake is doubtful


def doubtful(best: Candidate, m: Match, ctx: Context, beside: dict[str, set[int]] | None = None) -> bool:
    """A weak hit with no trigger word for it: an alternate name of a place
    outside every country the article names, or a small settlement far from
    everything else the article names."""
    if m.curated:
        return False
    if not best.primary and ctx.countries - ctx.seeded and not ctx.in_story(best.country) \
            and best.country not in ctx.told and (best.population < 2 * SMALL_PLACE or not m.alone):
        # even after a trigger word: "Distrik Sinak" is no alias of a town abroad, nor is
        # "Kuki" of "the Kuki-Zo tribes", a part of a longer name
        return True
    if not best.primary and best.kind == "settlement" and best.population < SMALL_PLACE \
            and ctx.admin1s and best.admin1 not in ctx.admin1s \
            and ctx.anchors.nearest(best.lat, best.lon, NEAR_KM, key=best.id) >= NEAR_KM \
            and not (m.located and best.country in ctx.countries and _spelled_alike(m.key, best.name)):
        # "desa Sverdlikovo" in a Kursk story: no alias of a hamlet far from it; but "near Al
        # Huwayjah" in an Iraq story is Al Hawijah, its name spelt another way
        return True
    if m.want in ("new", "admin2") and best.kind in ("settlement", "admin1", "admin2") \
            and (best.population < CITY or not best.primary and best.population < FAMOUS) \
            and _stranger(best, ctx):
        # "the village of Bagan" in a Pakistan story: no Russian hamlet; "the Karari district"
        # of a Sudanese city no Indian town; "the town of Boni" in a Mali story no city abroad by
        # another name of it (Bonn); "Distrik Bumthang" in a Papua story no province of Bhutan
        return True
    if m.want in ("new", "settlement") and best.kind == "settlement" and not best.primary \
            and best.population < (FAMOUS if m.want == "new" else LOCATED_PLACE) \
            and _outside_its_province(best, ctx):
        # "a village of X in Y township, Z region": no village (nor a city's quarter) of another region
        # by another name
        return True
    if m.want == "new" and best.kind == "settlement" and best.population < LOCATED_PLACE \
            and _other_province(best, ctx):
        # "desa El Aguaje" in a Michoacan story: no hamlet of Guerrero 260 km away
        return True
    if m.quarter and best.kind == "settlement" and _placed_others(best, ctx) \
            and ctx.anchors.nearest(best.lat, best.lon, QUARTER_KM, key=best.id) >= QUARTER_KM:
        # "the Tierra Blanca neighborhood" in a story on Culiacan: a part of a town the story tells
        # of, no namesake town in another state
        return True
    if m.want is not None:
        return False
    if not best.primary and best.kind == "settlement" and not m.located and best.population < FAMOUS \
            and not _spelled_alike(m.key, best.name) \
            and not (m.alone and best.country in ctx.countries and best.population >= CITY):
        # "McDaniel" (Lilburn), "Julia" (Plovdiv): a town's other name, unlike its own; but a
        # city of the story's country by its other name is it ("El Geneina", Al-Junaynah)
        return True
    if best.kind in ("settlement", "admin2") and best.population < SMALL_PLACE \
            and m.j - m.i == 1 and not _located(best, m, ctx):
        if best.admin1 and best.admin1 in ctx.admin1s \
                or _country_told(best, m, beside) and _unique_reading(best, m):
            return False
        return ctx.anchors.nearest(best.lat, best.lon, NEAR_KM, key=best.id) >= NEAR_KM
    return False


QUARTER_KM = 300.0  # a part of a town lies this close to some place the story names

FAR_KM = 1_000.0  # a village this far from every place of the story lies in another part of the world


def _stranger(best: Candidate, ctx: Context) -> bool:
    """Whether a place lies in no country the article names (when it names some), in
    another part of the world than every place found so far (a village across a border
    from them may be meant)."""
    return bool(ctx.countries - ctx.seeded) and not ctx.in_story(best.country) \
        and best.country not in ctx.told \
        and ctx.anchors.nearest(best.lat, best.lon, FAR_KM, key=best.id) >= FAR_KM


PROVINCE_FAR = 100.0  # km between a village of another province and every place of the story


def _other_province(best: Candidate, ctx: Context) -> bool:
    """Whether a village lies in another province of a country whose provinces the
    story names, far from every place found so far but the dateline's town (where the
    reporter files from: "MEXICO CITY" is no reason for a Culiacan quarter to lie by it)."""
    return bool(ctx.admin1s) and best.admin1 not in ctx.admin1s \
        and any(a.split(".")[0] == best.country for a in ctx.admin1s) \
        and ctx.anchors.nearest(best.lat, best.lon, PROVINCE_FAR, ctx.datelines, key=best.id) >= PROVINCE_FAR


def _outside_its_province(best: Candidate, ctx: Context) -> bool:
    """Whether a village lies outside every province its sentence (or the one before)
    names in its country."""
    return any(u.split(".")[0] == best.country for u in ctx.near_units) and best.admin1 not in ctx.near_units


def _country_told(best: Candidate, m: Match, beside: dict[str, set[int]] | None) -> bool:
    """Whether the town's country is named in its sentence, the one before or the next."""
    told = beside.get(best.country or "", set()) if beside else set()
    return bool(told & {m.sentence - 1, m.sentence, m.sentence + 1})


def _unique_reading(best: Candidate, m: Match) -> bool:
    """A town of some size that is the one reading of its name: with its country named
    in its sentence or the next or last ("the liberation of Sinjar and support for the
    Government of Iraq"), it needs no other place beside it."""
    return (best.primary or _spelled_alike(m.key, best.name)) and best.kind == "settlement" \
        and _readings(best, m) == int(best.primary) and best.population >= LOCATED_PLACE  # "Naqoura"


ALIKE = 0.65  # an alias this close to its place's main name spells it another way ("Kurakhov")


def _spelled_alike(key: str, name: str) -> bool:
    """Whether an alias (folded ``key``) spells the main ``name`` another
    way (a transliteration, "Beit Lahia" for "Bayt Lahiya", "Tira" in "At
    Tirah") rather than naming the place otherwise (a former name, a
    nickname, a namesake's: "Palmetto" for North Myrtle Beach). Answers are
    remembered (a name is asked about at every mention and pass)."""
    got = _ALIKE.get((key, name))
    if got is None:
        if len(_ALIKE) >= 65536:
            _ALIKE.clear()
        got = _ALIKE[(key, name)] = _alike(key, name)
    return got


_ALIKE: dict[tuple[str, str], bool] = {}


def _alike(key: str, name: str) -> bool:
    """:func:`_spelled_alike`, worked out."""
    a, b = key.replace(" ", ""), fold(name).replace(" ", "")
    short, long = sorted((a, b), key=len)
    if short and short in long and len(short) >= 0.55 * len(long):
        return True
    total = len(a) + len(b)
    if total and 2.0 * shared_letters(a, b) / total < ALIKE:
        return False  # the ratio counts no more than the letters both share (difflib's quick_ratio)
    return SequenceMatcher(None, a, b).ratio() >= ALIKE


def shared_letters(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` share, each counted as often as it is in both."""
    counts: dict[str, int] = {}
    for ch in a:
        counts[ch] = counts.get(ch, 0) + 1
    shared = 0
    for ch in b:
        n = counts.get(ch, 0)
        if n > 0:
            counts[ch] = n - 1
            shared += 1
    return shared


LOCATED_PLACE = 10_000  # a town "in X" names though no place of the story lies near it


def _located(best: Candidate, m: Match, ctx: Context) -> bool:
    """Whether the text uses an unambiguous town's name as a place ("in
    Laconia", at one of its mentions) and the town is in a country of the
    story or no hamlet: then it needs no other place near it."""
    if not (m.located and best.primary) \
            or best.population < CITY and _placed_others(best, ctx) and _stranger(best, ctx):
        return False  # "camps near Liwa" in a story on Chad's Lac province: no Omani town of the name
    if _readings(best, m) == 1:
        return best.country in ctx.countries or best.population >= LOCATED_PLACE
    # "aid to civilians in Madaya" in a story on Syria: the one Madaya of the story's
    # countries, though a town of the name lies abroad, when none abroad is a city (and
    # the name is all of its run: not "at Drayton Hall Elementary School")
    others = [c for c in m.cands if c.primary and c is not best and not _same_or_hamlet(c, best)]
    return m.alone and best.country in ctx.countries and all(
        c.country not in ctx.countries and c.population < RIVAL_CITY for c in others)


def _placed_others(best: Candidate, ctx: Context) -> bool:
    """Whether places other than ``best`` itself are found so far."""
    return len(ctx.anchors) > 1 or bool(ctx.anchors) and (best.lat, best.lon) not in ctx.anchors


RIVAL_CITY = 100_000  # a namesake abroad this big may be the place meant, whatever the story's country


def located_instead(best: Candidate, m: Match, ctx: Context) -> Candidate:
    """For a doubtful ``best``: the one other candidate that :func:`_located` accepts
    (a town of some size "in" which the text puts something, its name's one reading),
    when the name stands alone (not "near Moss Side Avenue"), else ``best``."""
    other = [c for c in m.cands if c is not best and _located(c, m, ctx)] if m.alone else []
    return other[0] if len(other) == 1 else best


def _readings(best: Candidate, m: Match) -> int:
    """How many places the name may be, by their main names: a town's own district and
    hamlets elsewhere are no other reading of it."""
    reach = DISTRICT_KM if m.alone else LOCAL_KM  # not "Adam Malik Hospital" for a town Adam
    return sum(c.primary and not _same_or_hamlet(c, best, reach) for c in m.cands)


HAMLET = 1_000  # a namesake this small is no second reading of a town's name
DISTRICT_KM = 150.0  # a district named after its town, in its province, may centre this far from it


def _same_or_hamlet(c: Candidate, town: Candidate, reach: float = LOCAL_KM) -> bool:
    """Whether ``c`` is the district or province named after ``town`` that holds it
    (Tikrit and Tikrit District: one place, their centres ``reach`` km apart at most) or a
    hamlet beside a town of its own (Sinjar, Iraq, and a Syrian village of no known population)."""
    if c is town:
        return False
    if c.kind == "admin2" and town.kind == "settlement" and c.country == town.country \
            and c.admin1 == town.admin1 and km((c.lat, c.lon), (town.lat, town.lon)) <= reach:
        return True
    if c.kind == "admin1" and town.kind == "settlement" and c.code == town.admin1:
        return True  # the province named after the town that holds it (Sousse and its governorate)
    return c.kind == "settlement" and c.population < HAMLET <= LOCATED_PLACE <= town.population
