"""Where the text puts a place the gazetteer lacks, and lists of places
read as peers: "desa Daryino, Lyubimovka dan Plekhovo" in a Kursk story are
three villages there, not two there and one a Ukrainian namesake's alias."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from warta.geo.doubt import SMALL_PLACE
from warta.geo.fold import fold
from warta.geo.grid import km
from warta.geo.keyed import append_to
from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_marks import across_border, seat_of_body
from warta.pipeline.place_scenes import scenes
from warta.pipeline.place_spans import Tok
from warta.pipeline.place_spoken import said_at
from warta.pipeline.spans import few_words, linked_runs

JOIN_GAP: Final = 3  # words of place between a name and its town or unit ("di negara bagian")
MEASURED_GAP: Final = 8  # words between a name and the place it is measured from ("some 60 km west of")


class Regions:
    """Where the text puts a settlement the gazetteer lacks: the town or
    unit right after it in apposition ("Astana Anyar, Bandung"), else a
    known peer in its list (:func:`list_peers`), else where another mention
    of the name was put, else an admin unit named after it in its paragraph
    (a district before a province), else a town its sentence puts something in
    when no unit is named there before it ("In Taiz, ... the city's X neighbourhood"), or
    any town of its sentence when no unit is named before it in its paragraph, else
    the last unit before it (unless it lies 300 km from the story's scene and in another
    paragraph), else a town within 200 characters, else the story's scene (the town or unit
    it tells of most) in the nearest country that is not its sentence's subject, else that
    country. A town or district put in a province lies at the story's town told most in that
    province, when there is one, rather than at the province's seat. Built once per article; each
    question is a binary search."""

    AHEAD = 200
    TOWN = 10_000  # a settlement in apposition this big holds the name (a smaller one is a peer)

    def __init__(self, text: str, matches: list[Match], lex: PlaceLexicon,
                 subjects: frozenset[int] = frozenset()) -> None:
        self.text, self.lex, self.matches = text, lex, matches
        self.subjects = subjects  # ids of countries that open their sentence as its subject
        self.peers: dict[int, Match] = {}  # a list's unknown name -> a known peer in the list
        self.built = False
        if any(x.new for x in matches):  # (with no place the index lacks, no question is asked)
            self._build()

    def _build(self) -> None:
        """The article's places indexed for the questions (see the class), once."""
        if self.built:
            return
        self.built = True
        text, matches, lex, subjects = self.text, self.matches, self.lex, self.subjects
        # words between a name and its town or unit ("X near Y", "X di negara bagian Y")
        self.joins = lex.join_words  # (not "dari Dekai ke Jayapura": no town by the one it was left for)
        self.distance, self.joiners, self.locative = lex.distance_units, lex.list_joiners, lex.locative
        self.titles, self.heads = lex.titles, lex.heads_before
        placed = [x for x in matches if x.best]  # in text order
        self.placed = placed
        self.admin2 = [x for x in placed if x.best and x.best.kind == "admin2"]
        self.admin1 = [x for x in placed if x.best and x.best.kind == "admin1"]
        self.admins = [x for x in placed if x.best and x.best.kind in ("admin1", "admin2")]
        # a country that is the sentence's subject ("The United States carried out strikes on
        # the port of X") is who acted, not where its unknown places lie
        self.countries = [x for x in placed if x.best and x.best.kind == "country" and id(x) not in subjects]
        self.towns = [x for x in placed if x.best and x.best.kind == "settlement"
                      and x.best.population >= self.TOWN and id(x) not in subjects]  # not "backed by Ankara"
        # towns people were taken or fled to ("dievakuasi ke Timika") are no scene a village lies by
        self.scenes = [x for x in self.towns if not self._reached(x)]
        # ... nor is where a source spoke ('" ... ke arah Seradala," kata Yusuf di Jayapura') or a body sits
        spoken = {id(x) for x in placed if x.best and x.best.kind != "country" and self._spoken(x)}
        self.towns = [x for x in self.towns if id(x) not in spoken and not seat_of_body(text, x, lex)]
        scenic = [x for x in placed if id(x) not in subjects and x.best and x.best.kind != "country"
                  and not x.dateline and id(x) not in spoken and not self._reached(x)]
        self.scenes_by_country = scenes(scenic)
        # the story's town or district told most in each province
        fine = [x for x in scenic if x.best and x.best.kind in ("settlement", "admin2")]
        self.scenes_by_unit = scenes(fine, lambda x: x.best.admin1 if x.best else None)
        self.starts = {id(xs): [x.start for x in xs]
                       for xs in (self.admin2, self.admin1, self.admins, self.countries, self.placed,
                                  self.towns, self.scenes)}
        self.named: dict[str, Match] = {}  # one sense per article: where any mention of a name is put
        self.mentions: dict[str, list[Match]] = {}  # the new places' mentions by name
        self.sense: dict[str, Match] = {}  # where the first mention of a new place's name was put
        self.elsewhere: dict[str, Match | None] = {}  # where another mention of it was, for mentions unplaced
        for x in matches:
            if x.new:
                append_to(self.mentions, x.key, x)
            if x.new and x.key not in self.named and (at := self.apposed(x)):
                self.named[x.key] = at

    def _first_after(self, xs: list[Match], m: Match) -> Match | None:
        k = bisect_right(self.starts[id(xs)], m.start)
        x = xs[k] if k < len(xs) and xs[k].start - m.start < self.AHEAD else None
        # its sentence or the next of its paragraph ("desa X. Kawasan itu berada di Provinsi Y"),
        # not the next paragraph's ("In Borno state, ..."), nor its peer in a list ("X dan Y")
        if x is None:
            return None
        between = self.text[m.end:x.start]
        words = between.split()
        peer = len(words) == 1 and fold(words[0]) in self.joiners
        return x if "\n" not in between and not peer else None

    def apposed(self, m: Match) -> Match | None:
        self._build()  # (asked about an article that had no place the index lacks)
        k = bisect_right(self.starts[id(self.placed)], m.start)
        x = self.placed[k] if k < len(self.placed) else None
        if x is not None and "\n" in self.text[m.end:x.start]:
            return None  # a headline's last name and the dateline's town are no pair
        gap = [fold(w) for w in self.text[m.end:x.start].replace(",", " ").split()] if x else []
        if x is not None and x.best is not None and len(gap) <= MEASURED_GAP and self.distance & set(gap) \
                and any(w[:1].isdigit() for w in gap):
            return x  # "Tawila, some 60 km west of El Fasher": where it is measured from
        if x is not None and x.best is not None and x.best.kind == "settlement" and (
                bearing(gap, self.lex) or apposed_by(gap, self.lex)):
            return x  # "the village of X, west of Y", "X, a village outside Y": by the town Y
        if x is None or x.best is None or len(gap) > JOIN_GAP or not all(w in self.joins for w in gap):
            return None  # "Astana Anyar, Bandung", "Astana Anyar near Bandung", "desa X di Bandung"
        b = x.best
        if b.kind == "country" and across_border(self.text, gap, x, self.lex):
            return None  # "X, dekat perbatasan Iran": the country across the border holds no X
        if b.kind == "country" and k + 1 < len(self.placed):
            unit = possessed(self.text, x, self.placed[k + 1])
            if unit is not None:
                return unit  # "the village of X in Ukraine's Donetsk region": the region
        return x if b.kind in ("admin1", "admin2", "country") \
            or b.kind == "settlement" and b.population >= self.TOWN else None  # "desa X, Kongo" too

    def _owner(self, m: Match) -> Match | None:
        """The unit whose possessive stands right before ``m`` ("Upper Nile state's Nasir
        county", "Kharkiv region's Izium district"): it holds the name."""
        k = bisect_left(self.starts[id(self.placed)], m.start)
        x = self.placed[k - 1] if k else None
        if x is None or x.best is None or x.best.kind not in ("admin1", "admin2"):
            return None
        owned = _OWNED.fullmatch(self.text, x.end, m.start)
        head = owned.group(1) if owned else None
        return x if owned and (head is None or fold(head) in self.joins) else None

    OPENER = 4  # words before a name that opens its sentence after a locative ("In neighbouring Chin state")

    def _opens(self, x: Match) -> bool:
        """Whether a name opens its sentence after a locative: a new scene ("... Let Yet Kone
        village. In neighbouring Chin state, ..."), not more about the place before it."""
        cut = max(self.text.rfind(". ", 0, x.start), self.text.rfind("\n", 0, x.start))  # no copy
        words = [fold(w) for w in self.text[cut + 1:x.start].split()]
        return 0 < len(words) <= self.OPENER and words[0] in self.locative

    def unit_in(self, country: str, m: Match) -> Match | None:
        """The admin unit of ``country`` the text names nearest to ``m``, if any."""
        self._build()  # (asked about an article that had no place the index lacks)
        units = [x for x in self.admins if x.best is not None and x.best.country == country]
        return min(units, key=lambda x: abs(x.start - m.start), default=None)

    def _reached(self, x: Match) -> bool:
        """Whether a word of motion's end stands right before ``x`` ("taken to", "ke")."""
        words = self.text[max(0, x.start - 20):x.start].split()
        return bool(words) and fold(words[-1]) in self.lex.destinations

    def _spoken(self, x: Match) -> bool:
        """Whether a verb of saying and a locative right before ``x`` say where a source spoke
        ("kata Yusuf di Jayapura", "told reporters in Mogadishu")."""
        return said_at(self.text, x.start, self.locative, self.lex.person_verbs)

    def _level(self, m: Match) -> str | None:
        """The kind of unit a name asks for, by its head ("Provinsi X": admin1)."""
        head = fold(self.text[m.start:m.end].split()[0])
        return self.heads.get(head) or m.want

    OFFICE = 3  # words before a place that may hold the office it is the place of ("the governor of")

    def _office(self, x: Match) -> bool:
        """Whether a title stands just before the name: the place of an office
        ("the governor of Sanliurfa", "Gubernur Sanliurfa"), not a location."""
        cut = max(self.text.rfind(". ", 0, x.start), self.text.rfind("\n", 0, x.start))
        words = [fold(w) for w in self.text[max(cut + 1, x.start - 40):x.start].split()][-self.OFFICE:]
        return any(w in self.titles for w in words)

    def _district_of(self, unit: Match, m: Match) -> Match:
        """A province ``unit``: the district of it the story named last before ``m``, or a
        town the province's own sentence names, if any (a village of "Kapolda Maluku
        mengatakan ..." after "Kabupaten Maluku Tengah", or "kawasan Batu Merah" after "Kota
        Ambon, Maluku", lies there, not at the centre of an island province); else, for a town or
        district, the story's town told most in the province (:meth:`_scene_in`)."""
        if unit.best is None or unit.best.kind != "admin1":
            return unit
        code = unit.best.code
        inside = [next((d for d in reversed(xs[:bisect_left(self.starts[id(xs)], m.start)])
                        if d.best and d.best.admin1 == code), None) for xs in (self.admin2, self.scenes)]
        district, town = inside
        if town is not None and (town.sentence == unit.sentence or self._local(m)) \
                and (district is None or district.start < town.start):
            # "Kota Ambon, Maluku": the province only says where the town is; a village ("desa
            # El Aguaje") lies nearer the province's town the story told of last than its centre
            return town
        return district or self._scene_in(unit, m)

    def _scene_in(self, unit: Match, m: Match) -> Match:
        """The story's town told most in the province ``unit`` for a town or district ``m`` the index
        lacks ("the town of X in the Y region" in a story told of Y's town Z: by Z), rather than
        the province's own point, its seat, often 100-300 km from the story."""
        if unit.best is None or unit.best.kind != "admin1" or not self._local(m):
            return unit
        return self.scenes_by_unit.get(unit.best.code) or unit

    def _local(self, m: Match) -> bool:
        """Whether the new place ``m`` is a town or district, not a province nor a feature's ("pulau
        Ramree", "gunung X": an island is no town's)."""
        words = self.text[max(0, m.start - 20):m.start].split()
        head = self.heads.get(fold(words[-1])) if words else None
        return head != "feature" and self._level(m) not in ("admin1", "feature")

    def sense_of(self, m: Match) -> Match | None:
        """Where the text puts the new place ``m`` (:meth:`of`), where it put the name's
        first mention when that was a town or unit: one place per name ("the Abu Salim
        district of Tripoli ... families fled Abu Salim"); where another mention is put
        before the story's scene or country (a headline's name)."""
        self._build()  # (asked about an article that had no place the index lacks)
        if m.key in self.sense:
            return self.sense[m.key]
        hit = self._told(m)
        if hit is None:  # asked once per name, so that many unplaced mentions stay linear
            if m.key not in self.elsewhere:
                self.elsewhere[m.key] = self._any_mention(m.key)
            hit = self.elsewhere[m.key]
        if hit is not None and hit.best is not None and hit.best.kind != "country":
            self.sense[m.key] = hit
        return hit or self._scene_of(m)

    def of(self, m: Match) -> Match | None:
        """Where the text puts the new place ``m``; where it puts another mention
        of the name when it says nothing around this one (a headline's)."""
        self._build()  # (asked about an article that had no place the index lacks)
        return self._told(m) or self._any_mention(m.key) or self._scene_of(m)

    def _any_mention(self, key: str) -> Match | None:
        """Where the text puts the first mention of the new place ``key`` that it places."""
        return next((hit for x in self.mentions.get(key, []) if (hit := self._told(x)) is not None), None)

    def _told(self, m: Match) -> Match | None:
        """Where the words around ``m`` put it: a unit or town its sentence, list or paragraph ties it to."""
        hit = self.apposed(m)
        if hit is not None:
            return self._scene_in(hit, m)
        hit = self.peers.get(id(m)) or self.named.get(m.key) or self._owner(m)
        if hit:
            return hit
        after = self._first_after(self.admin2, m) or self._first_after(self.admin1, m)
        if after is not None and after.best is not None and after.best.kind == self._level(m):
            after = None  # a province lies in no other province ("Provinsi X, sementara ... Provinsi Y")
        if after is not None and after.sentence == m.sentence:
            return self._district_of(after, m)
        k = bisect_left(self.starts[id(self.towns)], m.start)
        near = [x for x in self.towns[max(0, k - 1):k + 1] if abs(x.start - m.start) < self.AHEAD
                and (x.sentence == m.sentence or x.sentence < m.sentence and not self._reached(x))]
        # no town of the next sentence ("desa Qasrak. ... Sanliurfa"), nor one people went to before it
        town = min(near, key=lambda x: (x.dateline, abs(x.start - m.start)), default=None)
        k = bisect_left(self.starts[id(self.admins)], m.start)
        unit = self.admins[k - 1] if k else None
        beside = town is not None and town.sentence == m.sentence and not town.dateline
        if beside and town is not None and town.located and (unit is None or unit.sentence != m.sentence):
            return town  # "In Taiz, ...": before a unit of another sentence, before or after
        if after is not None and not self._opens(after) and not self._office(after):
            # not an office's place in the next sentence ("The governor of Sanliurfa said ...")
            return self._district_of(after, m)
        if beside and (unit is None or "\n" in self.text[unit.end:m.start]):
            return town  # a unit of an earlier paragraph tells less than a town beside
        if unit is not None:
            return self._scene_over(self._district_of(unit, m), m)
        if town is not None and (not town.dateline or not self.countries):
            # no unit named: a town close by ("Polsek X berjaga di Bandung"); the town a story
            # was filed from ("Jakarta (ANTARA) -") only when the text names no country
            return town
        return None

    def _scene_of(self, m: Match) -> Match | None:
        """Where a new place nothing around it places lies: the story's scene in the country named
        nearest to it (not one of a later sentence when one comes before), else that country; with no
        country named but as a subject, the scene of a story set in one country and naming no other."""
        starts = self.starts[id(self.countries)]
        if not starts:
            named = {x.best.country for x in self.placed if x.best and x.best.kind == "country"}
            only = list(self.scenes_by_country.items())
            return only[0][1] if len(only) == 1 and named <= {only[0][0]} else None
        k = bisect_left(starts, m.start)
        near = [x for x in self.countries[max(0, k - 1):k + 1]]
        # the nearest, not one of a later sentence when one comes before ("the neighborhoods of X
        # and Y. Police retreated ... near the border with the Dominican Republic"); on a tie, the earlier
        near = [x for x in near if x.sentence <= m.sentence] or near
        country = min(near, key=lambda x: abs(x.start - m.start))
        scene = self.scenes_by_country.get(country.best.code if country.best else "")
        if scene is None and self.scenes_by_country and not country.located:
            # a country where nothing of the story lies and that no place word marks (a ministry's, a
            # source's) holds no new place when the story's places lie in another it names: the nearest
            told = [x for x in self.countries if x.best and x.best.code in self.scenes_by_country]
            if told:
                other = min(told, key=lambda x: abs(x.start - m.start))
                return self.scenes_by_country.get(other.best.code if other.best else "") or other
        return scene or country

    FAR = 300  # km from the story's scene past which a unit told elsewhere does not hold a new place

    def _scene_over(self, unit: Match, m: Match) -> Match:
        """The story's scene rather than ``unit``, a unit told in another paragraph that lies far from
        it (a village after "a migrant from East Java" in a story set in Puncak)."""
        b = unit.best
        scene = self.scenes_by_country.get(b.country or "") if b else None
        if b is None or scene is None or scene.best is None or "\n" not in self.text[unit.end:m.start]:
            return unit
        if km((b.lat, b.lon), (scene.best.lat, scene.best.lon)) <= self.FAR or b.admin1 == scene.best.code:
            return unit  # near the scene, or inside the province the story is set in
        return scene


# "'s", "state's eastern ": a unit owns the name
_OWNED: Final = re.compile(r"(?: (\w+))?['\u2019]s (?:\w+ ){0,2}")
POSSESSED_GAP: Final = 2  # words between a country's "'s" and its unit ("Ukraine's eastern Donetsk region")


def possessed(text: str, country: Match, unit: Match) -> Match | None:
    """The admin unit a country's possessive names right after it ("Syria's Idlib
    province", "Ukraine's eastern Donetsk region"), if any."""
    u, c = unit.best, country.best
    if c is None or c.kind != "country" or not _possessive(text, country, unit) or u is None \
            or u.kind not in ("admin1", "admin2") or u.country != c.code:
        return None
    return unit


def _possessive(text: str, owner: Match, m: Match) -> bool:
    """Whether ``m`` follows ``owner``'s possessive, a few words at most ("Ukraine's eastern Donetsk")."""
    after = text[owner.end:m.start]
    return after.startswith(("'s ", "\u2019s ")) and len(after.split()) - 1 <= POSSESSED_GAP


def in_possessing_country(text: str, matches: list[Match]) -> dict[int, str]:
    """A unit a country's possessive names ("Colombia's Catatumbo region") lies in that
    country: a namesake there, else one the index lacks (not Venezuela's Catatumbo);
    not "Israel's Gaza war", which asks for no unit. Match ids -> ISO2 codes of the
    names the index lacks there."""
    placed = [x for x in matches if x.best or x.new]
    out: dict[int, str] = {}
    for c, m in zip(placed, placed[1:]):
        country = c.best
        if country is None or country.kind != "country" or not country.code or not _possessive(text, c, m) \
                or m.want not in ("admin", "admin1", "admin2") or m.curated:
            continue
        if m.best is not None and m.best.country == country.code:
            continue
        inside = [x for x in m.cands if x.country == country.code and x.kind != "country"]
        if inside:
            m.best = max(inside, key=lambda x: x.population)
        else:
            m.best, m.cands, m.new = None, [], True
            out[id(m)] = country.code
    return out


def _lists(text: str, matches: list[Match], lex: PlaceLexicon) -> list[list[Match]]:
    """Runs of matches joined only by commas and list words ("A, B dan C")."""
    def joined(a: Match, b: Match) -> bool:
        words = few_words(text, a.end, b.start, 1)
        return words is not None and (bool(words) or "," in text[a.end:b.start]) \
            and all(fold(w) in lex.list_joiners for w in words)

    return linked_runs(matches, joined)


UNIT_PEERS: Final = 2  # admin units of one country among a list's other names that make it a list of units


def unit_lists(text: str, matches: list[Match], lex: PlaceLexicon) -> None:
    """A name in a list of a country's admin units is one more unit when it
    names one there ("Utah, Virginia, Washington and Wyoming": the state, not
    the capital city), though a settlement ranked first alone."""
    if sum(1 for m in matches if m.best and m.best.kind == "admin1") < UNIT_PEERS:
        return  # no list of units
    for group in _lists(text, [m for m in matches if m.best], lex):
        if len(group) <= UNIT_PEERS:
            continue  # "Paris, Texas", "Seattle, Washington": a town and its state
        units: dict[str | None, int] = {}
        for m in group:
            if m.best and m.best.kind == "admin1":
                units[m.best.country] = units.get(m.best.country, 0) + 1
        for m in group:
            b = m.best
            if b is None or b.kind == "admin1" or m.want:
                continue
            for c in m.cands:
                if c.kind == "admin1" and c.primary and units.get(c.country, 0) >= UNIT_PEERS:
                    m.best = c
                    break


BEARING_KM: Final = 150.0  # "X, west of Y": X lies this near the town Y at most ("Kupiansk, east of Kharkiv")
BEARING_TOWN: Final = 100_000  # a bare name this big is no place told by its bearing from another town


def apposed_by(gap: list[str], lex: PlaceLexicon) -> bool:
    """Whether an apposition puts a settlement by the town after it: an article, a settlement's
    head and a locative or bearing ("Nadiivka, a village outside the town of Kurakhove", "X,
    sebuah desa di dekat kota Y")."""
    return bool(gap) and gap[0] in lex.indefinite_articles and any(w in lex.trigger_words for w in gap) \
        and any(w in lex.locative or w in lex.bearings for w in gap)


def bearing(gap: list[str], lex: PlaceLexicon) -> bool:
    """Whether the words between two names tell where the first lies from the second
    ("west of", "di sebelah barat laut"): a compass point and the words around it."""
    return any(w in lex.bearings for w in gap) \
        and all(w in lex.bearings or w in lex.bearing_links for w in gap)


def list_peers(text: str, matches: list[Match], regions: Regions, lex: PlaceLexicon) -> Regions:
    """A small settlement or an admin unit found only by another name (an alias) in a
    list whose other names the gazetteer lacks is one more place the gazetteer
    lacks when it lies in another country than the one the text puts them in
    (Plekhovo, a Kursk village, is no Ukrainian Plekhiv, "Plekhovo" in
    Russian); the regions, updated."""
    changed = False
    peers: dict[int, Match] = {}
    if not any(m.best is None and m.new for m in matches):  # no list with a name the index lacks
        regions.peers = peers
        return regions
    for group in _lists(text, sorted(matches, key=lambda m: m.start), lex):
        new = [m for m in group if m.best is None and m.new]
        if not new:
            continue
        towns = [m for m in group if m.best and m.best.primary and m.best.kind == "settlement"]
        where = {m.best.country for m in towns if m.best} if towns else {
            r.best.country for r in (regions.of(m) for m in new) if r and r.best}
        if len(where) != 1:
            continue
        for m in group:
            b = m.best
            if b is not None and not m.curated and not b.primary and b.country not in where and (
                    b.kind == "settlement" and b.population < SMALL_PLACE or b.kind in ("admin1", "admin2")):
                # "kawasan Ain Zara dan Salah al-Din" of Tripoli: no Iraqi province by its other name
                m.best, m.cands, m.new = None, [], True
                new.append(m)
                changed = True
        for m in new if towns else ():  # "villages of A, B and C", C unknown: beside its peers
            peers[id(m)] = min(towns, key=lambda x: abs(x.start - m.start))
        # "the villages of A and B in Macomia district", both unknown: where the text puts either
        at = None if towns else next((a for m in reversed(new) if (a := regions.apposed(m))), None)
        if at is not None:
            peers.update((id(m), at) for m in new)
    out = Regions(text, matches, lex, regions.subjects) if changed else regions
    out.peers = peers
    return out


PHRASE_WORDS: Final = 2  # words between a people's adjective and its place word ("Russian border village")


def told_countries(toks: list[Tok], matches: list[Match], lex: PlaceLexicon) -> dict[int, str]:
    """The country a people's adjective gives a place the index lacks, in the
    phrase of its place word: "the northern Malian town of X", "the Russian
    border village of X" (not "Ukrainian forces took the village of X").
    Match ids -> ISO2 codes; only for languages with such adjectives."""
    if not lex.demonyms:
        return {}
    words = lex.trigger_words
    out: dict[int, str] = {}
    for m in matches:
        if m.best is not None or not m.new:
            continue
        g, s = m.i - 1, toks[m.i].sent
        while g >= 0 and toks[g].sent == s and toks[g].key in lex.skip_after_trigger:
            g -= 1  # "of", "the"
        if g < 0 or toks[g].sent != s or toks[g].cap or toks[g].key not in words:
            continue
        for k in range(g - 1, max(-1, g - 2 - PHRASE_WORDS), -1):
            t = toks[k]
            if t.sent != s or t.key in lex.articles or t.key in lex.function_words:
                break
            codes = lex.demonyms.get(t.key, ())
            if t.cap and len(codes) == 1 and len(codes[0]) == 2:
                out[id(m)] = codes[0]
                break
            if t.cap:
                break
    return out

