"""Places listed together around an event's place: a list of places is a list of events
("in Tartous, Latakia and Hama"), an address is one place ("Kampung Bilogai, Distrik Sugapa"),
the ends of a stretch are one ("between Zakho and Batifa")."""

from __future__ import annotations

from typing import Final

from warta.geo.fold import fold
from warta.model import PLACE_RANK, PlaceMention
from warta.pipeline.event_places import literal_places, word_before


def coordinated(near: PlaceMention, pool: list[PlaceMention], text: str,
                joiners: frozenset[str], units: frozenset[str] = frozenset(),
                levels: dict[str, str] | None = None,
                stretch: frozenset[str] = frozenset(),
                locatives: frozenset[str] = frozenset(), framing: frozenset[str] = frozenset(),
                blocked: list[tuple[int, int]] | None = None,
                aloft: frozenset[str] = frozenset(),
                apposers: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """Places listed with ``near`` ("in Tartous, Latakia and Hama"): each is a place of its
    own event; places of one area listed together merge again later. An address is no list:
    a place after a comma that a unit word heads ("Kampung Bilogai, Distrik Sugapa",
    ``units``: folded), or a head word of a coarser level than the one before ("Desa Canas,
    Kota Sumisip": ``levels``, folded head word -> level), is the unit the one before lies in.
    Nor are two places below country level after a ``stretch`` word ("on the road between Zakho
    and Batifa"): the ends of one stretch, the event's place the first. After a joiner a few words
    ending in a ``framing`` word may name the next site ("and a gendarmerie camp near Kati", "and villages
    near Dori") unless a trigger in ``blocked`` lies there; a coarser unit the place before lies in ("in
    Miran Shah in North Waziristan and in the Tank district") is passed over, no place of its own. A joiner
    and a count before framing or ``aloft`` words lists the next place a count is told for ("19 over the
    Bryansk region and 12 over the Kursk region", "31 di atas wilayah Belgorod dan 22 di atas ..."). An
    apposition after a comma that an ``apposers`` word opens ("Pichari, a district in the X province",
    "Lianga, sebuah kota di provinsi X") tells where the place before lies: an address, no list."""
    literal = sorted(literal_places(pool), key=lambda p: p.start)
    if near not in literal:
        return []
    literal, ends = _unaddressed(literal, near, text, joiners, units, framing | locatives, levels or {})
    at = literal.index(near)
    if near.precision != "country" and _stretched(literal, at, text, stretch, joiners):
        return []
    out: list[PlaceMention] = []
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(literal):
            a, b = (literal[i + step], literal[i]) if step < 0 else (literal[i], literal[i + step])
            gap = text[ends.get(a.start, a.end):b.start]
            if step > 0 and i == at and _within_unit(a, b, gap, framing, levels or {}) \
                    and i + 2 < len(literal) \
                    and _joined(text[b.end:literal[i + 2].start], joiners, locatives):
                i += 1  # "Miran Shah in North Waziristan and in the Tank district": the unit is an address
                continue
            words = gap.replace(",", " , ").split()
            if words[:1] == [","] and words[1:2] and words[1].lower() in apposers:
                if step < 0:
                    break  # "Pichari, a district in the X province": where the place before lies ...
                i += step  # ... no place of its own; a list may go on after it
                continue
            free = not any(a.end <= s0 and e0 <= b.start for s0, e0 in blocked or [])
            if (b.precision == "country") != (near.precision == "country") \
                    or not (_joined(gap, joiners, locatives)
                            or _counted(gap, joiners, locatives | framing | aloft)
                            or (free and _phrase_joined(gap, joiners, locatives, framing))):
                break
            unit_gap = gap.strip().startswith(",") \
                and all(w.lower() in units for w in gap.strip(" ,").split())
            if unit_gap and (PLACE_RANK.get(b.precision, 9) > PLACE_RANK.get(a.precision, 9)
                             or _headed(b.text, units) or _coarser(a, b, levels or {})):
                break  # "Intan Jaya, Papua", "Kampung Bilogai, Distrik Sugapa", "kota X, provinsi Y":
                # a place and its unit
            i += step
            out.append(literal[i])
    return [p for p in out if p.name != near.name]


def _unaddressed(literal: list[PlaceMention], near: PlaceMention, text: str, joiners: frozenset[str],
                 units: frozenset[str], framing: frozenset[str], levels: dict[str, str],
                 ) -> tuple[list[PlaceMention], dict[int, int]]:
    """The places less a coarser unit the place before lies in ("in Rueso district of Narathiwat and at a
    market in Yala", "di distrik Rueso, Narathiwat, dan di pasar kota Yala") when a joiner and a framing word
    go on to the next place: an address inside the list, no item of it. With the end of each address
    by the start of the place it follows."""
    out: list[PlaceMention] = []
    ends: dict[int, int] = {}
    for i, p in enumerate(literal):
        gap = [w.lower() for w in text[literal[i - 1].end:p.start].replace(",", " , ").split()] if i else []
        on = [w.lower() for w in text[p.end:literal[i + 1].start].replace(",", " , ").split()] \
            if i < len(literal) - 1 else []
        if 0 < i < len(literal) - 1 and p is not near and (
                PLACE_RANK.get(p.precision, 9) > PLACE_RANK.get(literal[i - 1].precision, 9)
                or _coarser(literal[i - 1], p, levels)
                or any(w in units for w in gap[-1:] + on[:1])):  # "di wilayah X", "in the X region"
            end = p.end
            while on and (on[0] == "," or on[0] in units):  # "(Borno) state and at", "(Narathiwat), dan di"
                at = text[end:literal[i + 1].start].lower().find(on[0]) if on[0] in units else -1
                if at >= 0:  # the words are lower-cased: the unit word in any case ("Provinsi")
                    end += at + len(on[0])
                on = on[1:]
            # ... or a peer of the place before right after the joiner ("Zaliznychne in the Zaporizhzhia
            # region and Novopavlivka in the Donetsk region")
            after = text[literal[i + 1].end:literal[i + 1].end + AFTER_CHARS].split()[:1]
            peer = len(on) == 1 and (PLACE_RANK.get(literal[i + 1].precision, 9)
                                     <= PLACE_RANK.get(literal[i - 1].precision, 9)
                                     or (bool(after) and after[0].lower() in framing))  # "B di wilayah Y"
            if gap and all(w == "," or w == "of" or w in units or w in framing for w in gap) \
                    and on[:1] and on[0] in joiners and (peer or any(w in framing for w in on[1:])):
                ends[literal[i - 1].start] = end
                continue
        out.append(p)
    return out, ends


def _stretched(literal: list[PlaceMention], at: int, text: str, stretch: frozenset[str],
               joiners: frozenset[str]) -> bool:
    """Whether the place at ``at``, or the one joined right before it, follows a stretch word
    ("between Zakho and Batifa")."""
    for i in (at, at - 1):
        if i == at or (i >= 0 and _joined(text[literal[i].end:literal[at].start], joiners)):
            before = word_before(text, max(0, literal[i].start - STRETCH_CHARS), literal[i].start)
            if before is not None and before.lower() in stretch:
                return True
    return False


STRETCH_CHARS: Final = 20  # characters before a place searched for a stretch word
AFTER_CHARS: Final = 12  # characters after a listed place searched for the word that opens its own address


# levels of place head words
HEAD_RANK: Final = {"new": 0, "settlement": 1, "admin2": 2, "admin1": 3, "admin": 3}


def _head_rank(name: str, levels: dict[str, str]) -> int | None:
    words = fold(name).split()
    if len(words) < 2:
        return None
    level = levels.get(words[0]) or levels.get(words[-1])
    return HEAD_RANK.get(level) if level else None


def _coarser(a: PlaceMention, b: PlaceMention, levels: dict[str, str]) -> bool:
    """Whether ``b``'s head word names a coarser level than ``a``'s: "Desa Canas, Kota Sumisip"."""
    ra, rb = _head_rank(a.text, levels), _head_rank(b.text, levels)
    return ra is not None and rb is not None and rb > ra


def addressed(near: PlaceMention, pool: list[PlaceMention], text: str,
              levels: dict[str, str]) -> PlaceMention:
    """``near``, or the unit its address puts it in ("Desa Canas, Kota Sumisip, Provinsi Basilan")
    when ``near`` was read as a place of another country than that unit's: a village lies in its
    town, so the reading abroad is wrong and the town is where it happened."""
    literal = sorted(literal_places(pool), key=lambda p: p.start)
    nxt = next((p for p in literal if p.start >= near.end), None)
    if nxt is None or text[near.end:nxt.start].strip() != "," or not nxt.country or not near.country \
            or nxt.country == near.country or not _coarser(near, nxt, levels):
        return near
    return nxt


def _headed(name: str, units: frozenset[str]) -> bool:
    """Whether a unit word opens or closes a place's words ("Distrik Sugapa", "Sugapa district")."""
    words = fold(name).split()
    return len(words) > 1 and (words[0] in units or words[-1] in units)


# words of a site named after a joiner, before its framing word: "a gendarmerie camp near"
PHRASE_WORDS: Final = 3


def _phrase_joined(gap: str, joiners: frozenset[str], locatives: frozenset[str],
                   framing: frozenset[str]) -> bool:
    """A joiner, then a few words naming a site and a framing word ("and a gendarmerie camp near",
    "and villages near", "dan pos militer di")."""
    words = [w.lower() for w in gap.split()]
    words = words[1:] if words[:1] == [","] else words  # ", dan di pasar kota"
    if not framing or not words or words[0] not in joiners or "," in words:
        return False
    tail = len(words)
    while tail > 1 and words[tail - 1] in locatives:
        tail -= 1  # the words that say where: "near", "di dekat", "in the"
    # ... the framing word after the site ("a market in") or before it ("dan di pasar kota")
    return 1 < tail and len([w for w in words[1:tail] if w not in locatives]) <= PHRASE_WORDS \
        and (any(w in framing for w in words[tail:])
                                             or (words[1] in framing and tail > 2)) \
        and all(w.isalpha() for w in words[1:tail])


def _counted(gap: str, joiners: frozenset[str], where: frozenset[str]) -> bool:
    """A joiner, a count and only words of where ("(region) and 12 over the", "dan 22 di atas wilayah")."""
    words = [w.lower() for w in gap.split()]
    while words and words[0] in where and words[0] not in joiners:
        words = words[1:]  # the unit of the place before: "the Bryansk (region) and 12 over the Kursk region"
    return len(words) > 2 and words[0] in joiners and words[1].replace(".", "").replace(",", "").isdigit() \
        and all(w in where for w in words[2:])


def _within_unit(a: PlaceMention, b: PlaceMention, gap: str, framing: frozenset[str],
                 levels: dict[str, str]) -> bool:
    """``b`` is a coarser unit ``a`` is said to lie in ("Miran Shah in North Waziristan")."""
    return gap.strip().lower() in framing and (
        PLACE_RANK.get(b.precision, 9) > PLACE_RANK.get(a.precision, 9) or _coarser(a, b, levels))


def _joined(gap: str, joiners: frozenset[str], locatives: frozenset[str] = frozenset()) -> bool:
    """Only list joiners between two places, or a joiner then ``locatives``, the words that say
    where again ("near Damascus and in Daraa province", "di dekat Damaskus dan di provinsi Daraa")."""
    words = [w.lower() for w in gap.replace(",", " , ").split()]
    lead = next((i for i, w in enumerate(words) if w not in joiners), len(words))
    return lead > 0 and all(w in locatives for w in words[lead:])
