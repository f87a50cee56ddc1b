"""What the whole story says about sides: the countries it names and where its places are, the
scene of the fighting, namesakes misread abroad, the insurgents it names, and whose enemy is whose."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from warta.lang import Lang
from warta.model import Claim, PlaceMention, Sentence
from warta.pipeline.event_places import attack_possessor
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.side_clues import insurgent_countries, striker_before
from warta.pipeline.side_mentions import (
    first_named,
    misread_countries,
    outlet_spans,
    paragraph_ends,
    side_names,
)
from warta.pipeline.side_origins import fighter_origins
from warta.pipeline.side_words import SideWords, side_words
from warta.pipeline.sides import backer, beside, enemies as sides_at_war
from warta.pipeline.spans import SpanIndex, covering

CIVIL_RATIO = 5  # a side named this many times more often than any other fights within its own country
STORY_COUNTRY_MIN = 3  # mentions that make a country what the story is about


@dataclass
class Story:
    """The article-wide facts the side of each figure is read against."""

    text: str
    lang: Lang
    words: SideWords
    places: list[PlaceMention]  # places that may say where (no neighbour, outlet or backer)
    place_index: SpanIndex[PlaceMention]
    counts: Counter[str]  # how often each side is named
    ranked: list[str]  # the sides, most named first
    countries: Counter[str]  # sides named and places mentioned
    main_country: str | None
    where: Counter[str]  # the countries of the places that say where
    misread: set[str]  # countries of namesakes misread abroad
    place_main: str | None
    scene_main: str | None  # where the fighting is
    at_war: frozenset[frozenset[str]]
    insurgent: set[str]  # countries whose own armed groups the story names
    rebels: list[str]  # the one such country, if only one
    first: dict[str, int]  # where each side is first named
    paragraph_end: Callable[[int], int]
    exile: str | None  # the refugees' origin the story is about
    abroad: list[str]  # countries the text says its armed men came from, other than where it happens
    horizon: int = 0  # the end of the current figure's paragraph
    speaker: tuple[str, int] | None = None  # the last belligerent source's side and its paragraph's end

    def struck_by(self, p: PlaceMention) -> bool:
        """"serangan India", "U.S. air strikes": a country that struck, not where."""
        return attack_possessor(self.text, p, self.words.attacks) or striker_before(self.text, p,
                                                                                     self.words.strikers)

    def opponent(self, side: str | None, where: str | None = None) -> str | None:
        """The most-named other side; in a civil conflict, where no other side is named
        nearly as often ("Papuan rebels" in an article that names Papua New Guinea
        once), or where the figure lies in the side's own country and the other is no
        enemy of it (``where``: "Nigerian troops killed 35 jihadists in Borno" in a
        story that also covers Burkina Faso), the side's own country. A side at war with it
        comes before one that is not ("Israel" against "Hamas" in a story naming the US
        more); with none named, the country where the fighting is ("where", else where the
        story's places are) is the enemy: the side's own in a civil war ("Myanmar rebels
        captured 300 soldiers" in a story naming China), the host of a foreign force ("Rwanda
        said it killed 20 insurgents" in Mozambique), else the side's own."""
        if not side:
            return None
        # a side the article first names after the figure's paragraph is no enemy the reader
        # knows of yet: "U.S. warplanes" in a later paragraph do not own the Houthis' front losses
        others = [s for s in self.ranked if s != side and self.first.get(s, 0) < self.horizon]
        if not others and any(s != side for s in self.ranked):
            return where or self.scene_main or side  # none named yet: a civil conflict's own
        warring = [s for s in others if frozenset((side, s)) in self.at_war]
        other = warring[0] if warring else next(iter(others), None)
        if other is not None and (
                (self.counts[side] >= CIVIL_RATIO * max(1, self.counts[other]) and where in (None, side))
                or (where == side and frozenset((side, other)) not in self.at_war)):
            return side  # (a side named most that acts in another country fights there: "U.S. forces hit
            # 800 targets in Yemen" in a story naming the U.S. most)
        if other is not None and not warring:
            return side if side in self.insurgent else where or self.scene_main or side
        return other

    def rival(self, side: str | None) -> str | None:
        """The other side for what ``side`` shot down: none shoots down its own, so no civil-war
        reading; the side at war with it, else the most-named other, or None."""
        others = [s for s in self.ranked if s and s != side]
        warring = [s for s in others if frozenset((side, s)) in self.at_war]
        return next(iter(warring or others), None) if side else None

    def host_of(self, side: str | None, start: int | None, end: int | None,
                where: str | None = None) -> str | None:
        """The enemy of an armed group that fights abroad: the state where it fights ("ISWAP said
        it killed 25 soldiers" in a story set in Cameroon), when the name at
        ``start:end`` is the group's own (not the state's of the same country: "the Turkish army")."""
        if not side or (side not in self.insurgent and side not in self.abroad) \
                or start is None or end is None:
            return None
        if not self.words.claims.irregular.find(tokenize(self.text, start, end), self.text):
            return None
        host = where if where and where != side else self.scene_main
        return host if host and host != side else None


def read_story(text: str, lang: Lang, sentences: list[Sentence], claims: list[Claim],
               places: list[PlaceMention], counts: Counter[str]) -> Story:
    """The article-wide facts of ``text`` for the side rules."""
    w = side_words(lang)
    outlets = outlet_spans(text, lang, sentences)
    # "the border with Mali", "near the Niger border": a neighbour
    places = [p for p in places if not beside(text, p.start, lang, p.end)
              and not any(a <= p.start and p.end <= b for a, b in outlets)  # "CNN Indonesia": an outlet
              and not backer(text, p.start, p.end, lang)]  # "berbasis di Inggris": who backs or hosts
    struck = [attack_possessor(text, p, w.attacks) or striker_before(text, p, w.strikers) for p in places]
    at = [p for p, s in zip(places, struck, strict=True) if not s]
    ranked = [s for s, _ in counts.most_common()]
    # the article's countries: sides named and places mentioned (for the last resort and for
    # telling an incidental or misread place from the country the story is about)
    countries = counts + Counter(p.country for p in at if p.country and not p.actor_use)
    main_country = countries.most_common(1)[0][0] if countries else None
    where = Counter(p.country for p in at if p.country and not p.actor_use)
    # countries the story names as such: a side's name or a place of country precision
    named_countries = set(counts) | {p.country for p in places if p.country and p.precision == "country"}
    # a country the story never names, with a place or two, in a story clearly about another: a town
    # misread as a namesake abroad ("kota Sumy" read as one in Jakarta, Nasir as one in Sudan)
    misread = misread_countries(where, named_countries, countries[main_country] if main_country else 0)
    place_main = where.most_common(1)[0][0] if where else None
    # where the fighting is: the places that are not the country of a source ("Kementerian Luar
    # Negeri China") or of the people counted ("dua warga China")
    named_spans = [(c.claimant.start, c.claimant.end or 0) for c in claims if c.claimant.start is not None] \
        + [(f.start, f.end) for c in claims for f in c.figures]
    in_named = covering(named_spans)
    # where the story says its armed men came from ("gunmen who crossed from X") is not where it happens
    men, origins = fighter_origins(text, sentences, w.men, w.sides, SpanIndex(places), w.claims.irregular,
                                   w.origin_words, w.nationality_words, w.claims.head_first, lang)
    scenes = Counter(p.country for p in at if p.country and not p.actor_use and p.start not in origins
                     and p.country not in misread
                     and not (p.text.isupper() and len(p.text) > 2)  # "BANGKOK (AP) -": a dateline
                     and not in_named(p.start))
    # on a tie, the country the article's places name more often ("Myanmar rebels" count there)
    scene_main = max(scenes, key=lambda c: (scenes[c], where[c])) if scenes else None
    # countries whose own armed groups the story names ("PKK", "TTP"): a state fighting them abroad
    # fights its own insurgents, not the host's people ("Turkey said it killed 32 militants in Iraq")
    insurgent = insurgent_countries(text, side_names(text, lang, sentences), w.claims.irregular)
    # the people the story is about when it tells of refugees of one origin ("pengungsi Rohingya") where
    # they arrived: its other tolls of people there are theirs, not their host's (no party to a war)
    exiles = Counter(f.side for c in claims for f in c.figures
                     if f.outcome == "displaced" and f.side_reason == "named in the figure" and f.side)
    return Story(
        text=text, lang=lang, words=w, places=places, place_index=SpanIndex(places), counts=counts,
        ranked=ranked, countries=countries, main_country=main_country, where=where, misread=misread,
        place_main=place_main, scene_main=scene_main, at_war=sides_at_war(lang), insurgent=insurgent,
        rebels=sorted(insurgent) if len(insurgent) == 1 else [],  # the one country whose insurgents it names
        first=first_named(text, lang, sentences), paragraph_end=paragraph_ends(text),
        exile=exiles.most_common(1)[0][0] if exiles else None, horizon=len(text),
        # (none when the story names the scene's own insurgents, "TTP" in Pakistan: men said to come
        # from across the border are those insurgents coming back, of the country they fight in)
        abroad=[c for c, _ in men.most_common() if c != scene_main and scene_main not in insurgent])
