"""Merging the events of one article: one event however many sentences tell it.

Events of one type with overlapping dates at the same place, at one place and
a place within it, or at close places of one region, are one event, their
evidence kept, unless one is a window of months counted over ("has been besieged
since June") and the other an incident of a few days within it, or unless one
sentence tells each side acting on the other (an exchange's two releases). A
headline's event joins the body's event of its type and date
(else the body's first violent event of its date); one only the breaking-news window dates
joins the body's first of its type (else its first violent one) whatever its date. An event dated only by the
breaking-news window takes the date the article gives for it a little later
("the attack, on Wednesday"), and one told again after its dated telling is
that one. A coarse event (country-wide, in a region wider than a province, or a lead the
breaking window only dates that stands where the story is) that a finer one of its type and
country dates is that event. An event told only in quoted speech
names no event of its own, but its place, when finer and within the place of
an event of its type and date, is that event's ("a counter-attack in the
Kursk region" ... "'near the village of Berdin', the ministry said").
An event whose victims are people already told of ("the two soldiers were
attacked", :mod:`event_retold`) is the last violent event before it, whatever
its type, unless its own date or place differs.
"""

from __future__ import annotations

from datetime import timedelta
from math import cos, radians
from typing import Final

from warta.model import PLACE_RANK, Event, Period, PlaceMention, Span
from warta.pipeline.lexicon import Match

VIOLENT: Final = {"attack", "strike", "capture", "destruction", "killing"}
NEAR_KM: Final = 25  # two places of a region this close hold the same event
QUARTER_KM: Final = 10  # two listed places this close are quarters of one town: one event
WINDOW_DAYS: Final = 31  # a date spanning more days is a window events are counted over
WINDOW_INCIDENT_DAYS: Final = 10  # ... and one spanning at most these days an incident apart from the tally
LATER_DAYS: Final = 7  # how far before the breaking window the article may date its event


def merge_events(events: list[Event], headline: int | None, weak: set[int],
                 heard: frozenset[str] = frozenset(), unplaced: frozenset[int] = frozenset(),
                 windowed: frozenset[int] = frozenset(), listed: frozenset[int] = frozenset(),
                 answers: frozenset[int] = frozenset(), taken: frozenset[int] = frozenset(),
                 stand_in: frozenset[int] = frozenset()) -> list[Event]:
    """The article's events merged; ``headline`` is the headline's sentence index, ``weak``
    the ids of events dated only by the breaking-news window, ``heard`` the (lower-cased)
    triggers that tell how a strike was perceived ("explosions", "ledakan"), ``unplaced`` the
    ids of events whose sentence named no place, ``stand_in`` those of them placed where the story is (its
    main place, no scene told before), ``windowed`` the ids
    of events dated by a window of their own ("overnight"), not by a report's day, ``listed``
    the ids of events placed at one of several places their sentence lists, ``answers`` the ids of events
    told as a side's answer to an assault ("in a counter-offensive"): never the assault told before them
    (a later telling of the answer in other words still joins it), ``taken`` the ids of kidnappings: one
    with no other assault of its days ("kidnapped traders last week" beside "the assault on Sunday")."""
    at_home = set(stand_in)
    merged = _merge(_fold_headline(events, headline, weak), weak, set(unplaced), listed, answers, taken,
                    at_home)
    return _fold_heard(_fold_countries(merged, windowed, weak, at_home, taken), heard)


def _fold_heard(events: list[Event], heard: frozenset[str]) -> list[Event]:
    """Explosions heard or seen where and when a strike hit are that strike ("residents
    described a sea of explosions", "terdengar ledakan"), not an attack of their own."""
    strikes = [ev for ev in events if ev.type == "strike"]
    out: list[Event] = []
    for ev in events:
        if ev.type == "attack" and ev.trigger is not None and ev.trigger.text.lower() in heard:
            twin = next((s for s in strikes if _region(s.place) == _region(ev.place)
                         and _same_site(s.place, ev.place) and _overlaps(s.date, ev.date)), None)
            if twin is not None:
                twin.evidence.extend(ev.evidence)
                continue
        out.append(ev)
    return out


def _fold_headline(events: list[Event], headline: int | None, weak: set[int] | None = None) -> list[Event]:
    """A headline's event joins the first body event of its type and date, wherever placed
    (else the first violent one of its date: a headline restates the story's event); one the
    breaking-news window only dates (``weak``: "Belasan Tentara Tewas") joins the first body
    event of its type, else the first violent one, whatever their dates: the body dates it."""
    if headline is None:
        return events
    out = [ev for ev in events if ev.sentence != headline]
    for ev in events:
        if ev.sentence != headline:
            continue
        same_day = [o for o in out if _overlaps(o.date, ev.date)]
        twin = _twin(same_day, ev) or (_twin(out, ev) if weak is not None and id(ev) in weak else None)
        if twin is None:
            out.insert(0, ev)
            continue
        twin.evidence.insert(0, ev.evidence[0])
        twin.actor, twin.target = twin.actor or ev.actor, twin.target or ev.target
    return sorted(out, key=lambda e: e.sentence)


def _twin(body: list[Event], ev: Event) -> Event | None:
    """The first of ``body`` of the headline event's type, else the first violent one if it is violent."""
    return next((o for o in body if o.type == ev.type), None) or \
        next((o for o in body if o.type in VIOLENT and ev.type in VIOLENT), None)


def _merge(events: list[Event], weak: set[int], unplaced: set[int],
           listed: frozenset[int] = frozenset(), answers: frozenset[int] = frozenset(),
           taken: frozenset[int] = frozenset(), at_home: set[int] | None = None) -> list[Event]:
    out: list[Event] = []
    groups: dict[tuple[str, str], list[Event]] = {}
    for ev in events:
        region = _region(ev.place)
        members = groups.setdefault((ev.type, region), [])
        group = [o for o in members if _same_site(o.place, ev.place) and not _opposed(o, ev)
                 and not (id(ev) in answers and id(o) not in answers)
                 and (id(ev) in taken) == (id(o) in taken)
                 and not (id(o) in listed and id(ev) in listed and _listed_apart(o, ev))]
        twin = next((o for o in group if _overlaps(o.date, ev.date) and not _window_apart(o.date, ev.date)),
                    None)
        dated_later = False
        if twin is None and id(ev) not in weak:
            # ... told again at its own place or one within its region ("near Tera" after "in Tillaberi"),
            # not at another town or district of it ("in Bannu" after "in the Tank district")
            twin = next((o for o in group if id(o) in weak and _just_before(ev.date, o.date)
                         and _holds(o.place, ev.place)), None)
            dated_later = twin is not None
        elif twin is None:  # told again with no date: "the victim was shot while on guard"
            twin = next((o for o in group if id(o) not in weak and _just_before(o.date, ev.date)), None)
        if twin is None:
            out.append(ev)
            members.append(ev)
            continue
        twin.evidence.extend(ev.evidence)
        twin.actor = twin.actor or ev.actor
        twin.target = twin.target or ev.target
        if ev.place and twin.place and (_rank(ev.place) < _rank(twin.place) or (
                id(twin) in unplaced and id(ev) not in unplaced and _rank(ev.place) == _rank(twin.place))):
            twin.place = ev.place  # the finer place, or one its sentence names ("kota Sake")
            unplaced.discard(id(twin))
            if at_home is not None:
                at_home.discard(id(twin))
        if dated_later or (ev.date and twin.date and id(ev) not in weak
                           and (ev.date.end - ev.date.start) < (twin.date.end - twin.date.start)):
            twin.date = ev.date
            weak.discard(id(twin))
    return out


def _holds(told: PlaceMention | None, again: PlaceMention | None) -> bool:
    """Whether an event told at ``told`` can be the one told again at ``again``: the same place, or
    a province or wider holding it; not a country-wide one ("fired 100 missiles at Israel on Friday")."""
    if told is None or again is None:
        return True
    return again.precision != "country" and (told.name == again.name or _rank(told) >= PLACE_RANK["admin1"])


def _opposed(a: Event, b: Event) -> bool:
    """One sentence's two sides each acting on the other: an exchange's two releases."""
    return a.sentence == b.sentence and a.actor is not None and b.actor is not None \
        and a.actor != b.actor and a.actor != a.target and b.actor != b.target \
        and (a.actor == b.target or b.actor == a.target)


def _listed_apart(a: Event, b: Event) -> bool:
    """One sentence's events at two towns it lists ("the towns of Mirebalais and Lascahobas",
    "kota Jenin dan Tubas"): each town listed is an event of its own, but quarters of one town
    ("di Beit Lahia dan Jabalia di dekatnya") are one site; each village taken is a capture of its own.
    A town and a district listed after it far away ("in Wana ... and in the Tank district") are two."""
    if a.sentence != b.sentence or a.place is None or b.place is None or a.place.name == b.place.name:
        return False
    if a.place.precision == b.place.precision == "settlement":
        return a.type == "capture" or not _same_site(a.place, b.place, QUARTER_KM)
    fine, coarse = sorted((a.place, b.place), key=_rank)
    return _rank(fine) < _rank(coarse) and not (  # "near Jilib, in the Middle Juba region": an address
        _rank(coarse) >= PLACE_RANK["admin1"] and _region(fine) == _region(coarse)) \
        and _apart(fine, coarse, NEAR_KM)


def _region(place: PlaceMention | None) -> str:
    """The first-level region a place lies in ("PS.GZ" for a district "PS.GZ.7870260")."""
    if place is None:
        return ""
    return ".".join(place.admin1.split(".")[:2]) if place.admin1 else place.name


def _rank(place: PlaceMention) -> int:
    return PLACE_RANK.get(place.precision, 9)


def _same_site(a: PlaceMention | None, b: PlaceMention | None, km: float = NEAR_KM) -> bool:
    """Places of one region that can hold one event: the same, one within the other, or close."""
    if a is None or b is None or a.name == b.name or a.precision != b.precision:
        return True
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return not _apart(a, b, km)


def _apart(a: PlaceMention, b: PlaceMention, km: float) -> bool:
    """Two located places more than ``km`` apart."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    dy = (a.lat - b.lat) * 111.2
    dx = (a.lon - b.lon) * 111.2 * cos(radians((a.lat + b.lat) / 2))
    return dx * dx + dy * dy > km * km


def _just_before(a: Period | None, window: Period | None) -> bool:
    """``a`` ends within a few days before ``window`` starts."""
    return a is not None and window is not None and \
        timedelta(0) <= window.start - a.end <= timedelta(days=LATER_DAYS)


def _fold_countries(events: list[Event], windowed: frozenset[int] = frozenset(),
                    weak: set[int] | None = None, at_home: set[int] | None = None,
                    taken: frozenset[int] = frozenset()) -> list[Event]:
    """A coarse event that a finer one of the same type and country dates: one event, at the finer
    place. Coarse is country-wide or a region wider than a province ("in Egypt's Sinai Peninsula"), or,
    for an event the breaking window only dates (``weak``), placed where the story is because its
    sentence names no place the index knows (``at_home``: "in the remote X valley" under a dateline).
    One the breaking window only dates ("Jihadists attack army camps in western Mali") also joins a
    finer one dated a few days before ("on Tuesday" in a Thursday's story)."""
    weak, at_home = weak or set(), at_home or set()
    kin: dict[tuple[str, str | None], list[Event]] = {}  # events of a type in a country: the candidates
    for ev in events:
        if ev.place is not None:
            kin.setdefault((ev.type, ev.place.country), []).append(ev)
    out: list[Event] = []
    gone: set[int] = set()
    for ev in events:
        if ev.place is not None and _coarse(ev, weak, at_home):
            # ... not a strike over a night or more that one of a single day falls in ("launched 58
            # drones at Ukraine overnight" beside "a missile struck Dnipro on Tuesday evening")
            twin = next((o for o in kin[(ev.type, ev.place.country)] if o is not ev and id(o) not in gone
                         and _finer(o, ev, weak, at_home) and (id(o) in taken) == (id(ev) in taken)
                         and (_overlaps(o.date, ev.date)
                              or (id(ev) in weak and _just_before(o.date, ev.date)))
                         and not (id(ev) in windowed and _wider(ev, o))), None)
            if twin is not None:
                twin.evidence.extend(ev.evidence)
                twin.actor, twin.target = twin.actor or ev.actor, twin.target or ev.target
                gone.add(id(ev))
                continue
        out.append(ev)
    return out


def _coarse(ev: Event, weak: set[int], at_home: set[int]) -> bool:
    """Whether an event's place is wider than a province, or only the story's own place for a lead
    the breaking window only dates."""
    return ev.place is not None and (_rank(ev.place) > PLACE_RANK["admin1"] or (
        ev.type in VIOLENT and id(ev) in weak and id(ev) in at_home))


def _finer(o: Event, ev: Event, weak: set[int], at_home: set[int]) -> bool:
    """Whether ``o`` is placed more finely than the coarse ``ev``: at a place of lower rank, or, for a
    lead that stands where the story is, at any other place no wider than a province that is no stand-in."""
    if o.place is None or ev.place is None or o.place.country != ev.place.country:
        return False
    if _rank(ev.place) > PLACE_RANK["admin1"]:
        return _rank(o.place) < _rank(ev.place)
    return not _coarse(o, weak, at_home) and o.place.name != ev.place.name


def _wider(country: Event, finer: Event) -> bool:
    """Whether a country-wide strike spans more days than the finer strike of another sentence."""
    return country.type == "strike" and country.sentence != finer.sentence \
        and country.date is not None and finer.date is not None \
        and (country.date.end - country.date.start) > (finer.date.end - finer.date.start)


def _window_apart(a: Period | None, b: Period | None) -> bool:
    """One date a window of months counted over ("have captured nine towns since November"), the other a
    few days within it: a running tally and one incident, two events."""
    if a is None or b is None:
        return False
    days = sorted(((a.end - a.start).days, (b.end - b.start).days))
    return days[0] <= WINDOW_INCIDENT_DAYS and days[1] > WINDOW_DAYS


def _overlaps(a: Period | None, b: Period | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


def refine_places(events: list[Event], quoted: list[Event]) -> list[Event]:
    """Each quoted event's finer place given to the first event of its type and date
    whose place contains it; the quoted events themselves are dropped."""
    for said in quoted:
        if said.place is None:
            continue
        twin = next((ev for ev in events if ev.type == said.type and ev.place is not None
                     and _overlaps(ev.date, said.date) and _rank(said.place) < _rank(ev.place)
                     and _within(said.place, ev.place)), None)
        if twin is not None:
            twin.place = said.place
            twin.evidence.extend(said.evidence)
    return events


def refine_told(events: list[Event], inside: list[PlaceMention], trig: Match[str], evidence: Span) -> None:
    """A sentence that points back to the last event told ("Serangan itu terjadi di desa Let
    Yet Kone, kota Kanbalu") gives it the finest place it names after its trigger, when that
    lies within the event's place."""
    last = events[-1] if events else None
    where = last.place if last is not None else None
    if last is None or where is None:
        return
    after = [p for p in inside if p.start >= trig.end and p.lat is not None]
    finest = min(after, key=lambda p: (_rank(p), p.start), default=None)
    if finest is not None and _rank(finest) < _rank(where) and _within(finest, where):
        last.place = finest
        last.evidence.append(evidence)


def _within(inner: PlaceMention, outer: PlaceMention) -> bool:
    if outer.precision == "country":
        return inner.country == outer.country
    return inner.admin1 is not None and _region(inner) == _region(outer)


def fold_retold(events: list[Event], ev: Event, dated: bool, placed: bool, victims: bool = False) -> bool:
    """Fold ``ev``, whose victims are people already told of ("the two soldiers were
    attacked", "kedua prajurit itu diserang") or whose doers are ("Para penyerang juga menculik ..." : a
    kidnapping, type other, in the raid told), into the last violent event told before it,
    unless a date (``dated``) or place (``placed``) of its own differs; whether it was. The
    same people told again (``victims``) were where that event was anywhere in its region
    ("kedua prajurit diserang ... di Kampung Bilogai" after an attack in the district)."""
    last = next((o for o in reversed(events) if o.type in VIOLENT and o.sentence < ev.sentence), None)
    if last is None or ev.type not in VIOLENT | {"other"} or (dated and not _overlaps(last.date, ev.date)):
        return False
    if placed and last.place is not None and not (
            _region(last.place) == _region(ev.place) and (victims or _same_site(last.place, ev.place))):
        return False
    last.evidence.extend(ev.evidence)
    last.actor, last.target = last.actor or ev.actor, last.target or ev.target
    if last.type == "killing" and ev.type in ("attack", "strike"):
        last.type = ev.type  # deaths told first, then how: "Gunmen killed 44 ... The attackers opened fire"
    return True


def told_place(events: list[Event], sentence: int) -> PlaceMention | None:
    """The place of the last violent event told before ``sentence``: where an undated, unplaced
    sentence about its doers ("Para penyerang ... membakar rumah-rumah") tells it happened."""
    last = next((o for o in reversed(events) if o.type in VIOLENT and o.sentence < sentence), None)
    return None if last is None else last.place


def told_date(events: list[Event], weak: set[int], sentence: int, dated_only: bool = False,
              kinds: frozenset[str] = frozenset(VIOLENT)) -> Period | None:
    """The date of the last violent event (of ``kinds``) told before ``sentence``, unless that is only the
    breaking window's: the day an undated sentence about its people ("the assailants set
    fire to several vehicles", "para penyerang membakar kendaraan") tells of. ``dated_only``:
    the last one with a date of its own ("A day before the clash, ..." after an undated toll)."""
    last = next((o for o in reversed(events) if o.type in kinds and o.sentence < sentence
                 and not (dated_only and id(o) in weak)), None)
    return None if last is None or id(last) in weak else last.date
