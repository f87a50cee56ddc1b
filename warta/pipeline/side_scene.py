"""What a claim's sentence says about sides and places: the sides it names (not in an outlet's name,
a dateline, a maker's mark or a quoted source), the places that say where, who the claimant is for
the side rules, and the place and country of each figure."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from warta.model import Claim, Figure, PlaceMention, Sentence
from warta.pipeline.claim_datelines import dateline_end
from warta.pipeline.figure_lists import PEOPLE
from warta.pipeline.lexicon import Match
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.side_clues import (
    LAST_WORD_CHARS,
    SCENE_HEADS,
    WORDS_RE,
    cited_source,
    clause_places,
    dateline_word,
    destination,
    made_in,
    origin_place,
    scene_word,
    weapon_owner,
)
from warta.pipeline.side_mentions import in_outlet
from warta.pipeline.side_spans import inside_longer, nearest_place
from warta.pipeline.side_story import STORY_COUNTRY_MIN, Story
from warta.pipeline.side_words import SideWords
from warta.pipeline.sides import backer, beside
from warta.pipeline.spans import SpanIndex, covering
from warta.pipeline.token import Token

ENEMY_OUTCOMES = {"killed", "wounded", "casualties", "captured", "destroyed", "damaged",
                  "intercepted", "lost", "missing", "released"}
BELLIGERENT_KINDS = {"government", "military"}
STRUCK = {"other", "destroyed", "damaged", "captured"}  # what is done to sites, bases and buildings
CARRIERS = ("media", "reporter", "organization")  # who may carry another source's figures ("citing ...")
VICTIMS = {"killed", "wounded", "casualties", "captured", "missing"}  # what an attack does to people
ATTACK_GAP = 4  # words between an attack noun and the word of what it hit ("serangan kelompok itu ke")
ATTACKED_REACH = 120  # characters from the place an attack hit to the toll it caused


@dataclass
class Scene:
    """One claim's sentence as the side rules read it."""

    sent: Sentence
    toks: list[Token]
    named: list[Match[str]]  # the sides the sentence names that may own a figure
    named_index: SpanIndex[Match[str]]
    here: list[PlaceMention]  # the sentence's places that say where
    finer: list[PlaceMention]  # ... below country precision
    nearest: Callable[[int], PlaceMention | None]  # the place nearest an offset, finer places first
    striking: set[str]  # "serangan India", "Russian strikes": countries that struck
    unnamed: list[PlaceMention]  # places of countries misread
    own: str | None  # the claimant's side (a cited source's, when a carrier cites one)
    kind: str  # the claimant's kind
    belligerent: bool
    enemies: list[Match[str]]  # enemy words ("the enemy")
    free_here: list[PlaceMention]  # ``here`` less the places inside a figure ("dua warga negara Indonesia")
    free_finer: list[PlaceMention]
    free_nearest: Callable[[int], PlaceMention | None]
    free_index: SpanIndex[PlaceMention]  # ``free_here`` by start


def read_scene(story: Story, sentences: list[Sentence], claim: Claim) -> Scene:
    """How ``claim``'s sentence names sides and places."""
    text, w = story.text, story.words
    sent = sentences[claim.sentence]
    toks = tokenize(text, sent.start, sent.end)
    made = made_in(toks, text, w.makers)
    outlet = in_outlet(toks, text, story.lang)
    quoted, cited, cited_kind = cited_source(toks, text, w.origins, w.sides, w.claims.kinds)
    sides = w.sides.find(toks, text)
    named = [m for m in sides
             if not outlet(m.start, m.end) and (m.start, m.end) not in quoted
             and (claim.claimant.start is None
                 or not (claim.claimant.start <= m.start < (claim.claimant.end or 0)))
             and not dateline_word(toks, m.first_token, m.text) and m.start not in made
             and not beside(text, m.start, story.lang, m.end)
             and not backer(text, m.start, m.end, story.lang)]
    acting = _acting_places(story, claim, toks, (m.start for m in named))
    named = sorted(named + acting, key=lambda m: m.start)
    in_name = inside_longer([(m.start, m.end) for m in sides])
    filed = dateline_end(toks, text)  # "KYIV (Reuters) -", "Istanbul (ANTARA) -": where it was filed
    filed_end = toks[filed - 1].end if filed else sent.start
    here = [p for p in story.place_index.between(sent.start, sent.end)
            if p.country and not p.actor_use and p.start not in made
            and not (p.start - sent.start < 3 and p.text.isupper()) and p.start >= filed_end
            # "Vladimir" in "Vladimir Putin": part of a side's name, not where it happened
            and not in_name(p.start, p.end)
            and not story.struck_by(p)  # "serangan India", "U.S. air strikes": who struck, not where
            and not (p.precision == "country" and weapon_owner(text, p.start, w.figures))  # "nirawak Turki"
            # "Militer Israel mengatakan ...": the country in the claimant's name says who, not
            # where (a region in it may: "the Arakan Army", "Kementerian Kesehatan Gaza")
            and not (claim.claimant.start is not None and p.precision == "country"
                     and p.country == claim.claimant.country
                     and claim.claimant.start <= p.start < (claim.claimant.end or 0))]
    # a town of a country the story never names ("kota Sumy" read as a namesake in Jakarta, Nasir as
    # one in Sudan) is a misread: the sentence's other places say where, else the story's scenes
    striking = {p.country for p in story.place_index.between(sent.start, sent.end)
                if p.country and story.struck_by(p)}  # "serangan India", "Russian strikes": who struck
    unnamed = [p for p in here if p.country in story.misread]
    here = [p for p in here if p.country not in story.misread]
    finer = [p for p in here if p.precision != "country"]
    own = claim.claimant.country
    if own is not None and own in story.misread:
        own = story.scene_main  # "a local official in Nasir County", Nasir misread as Sudan's: a local's
    kind = claim.claimant.kind
    if cited is not None and kind in CARRIERS:
        # "Reuters, citing the Russian Defence Ministry, said": the figures are the cited source's
        own, kind = cited, cited_kind or kind
    nearest = nearest_place(finer or here)
    in_figure = covering([(f.start, f.end) for f in claim.figures])
    free = [p for p in here if not in_figure(p.start)]
    free_finer = [p for p in free if p.precision != "country"]
    free_nearest = nearest if len(free) == len(here) else nearest_place(free_finer or free)
    return Scene(sent=sent, toks=toks, named=named, named_index=SpanIndex(named), here=here, finer=finer,
                 nearest=nearest, striking=striking, unnamed=unnamed, own=own, kind=kind,
                 belligerent=own is not None and kind in BELLIGERENT_KINDS, enemies=w.enemy.find(toks, text),
                 free_here=free, free_finer=free_finer if len(free) < len(here) else finer,
                 free_nearest=free_nearest, free_index=SpanIndex(free))


def held_there(story: Story, fig: Figure) -> bool:
    """"Nearly 100 hostages remain in Gaza", "50 sandera masih ditahan di Gaza": captives held
    where their captors are; no capture verb before them ("seized 30 hostages in X")."""
    span = fig.outcome_span
    return fig.outcome == "captured" and fig.text.lower().split()[-1] in story.words.captives and (
        span is None or (span.start >= fig.end and span.text.lower().split()[-1] in story.words.held))


def figure_place(story: Story, scene: Scene, fig: Figure) -> tuple[PlaceMention | None, str | None]:
    """The place nearest ``fig`` that says where it happened, and that place's country as the side
    rules take it (the story's country for a place named once in a story about elsewhere, the
    speaker's for where its enemy struck, the captors' enemy's for captives held there)."""
    text, w = story.text, story.words
    # "40 orang, termasuk dua warga negara Indonesia": a place inside a figure says whose those are,
    # not where another is (its own figure's words gave it its side already)
    here, finer, nearest = scene.free_here, scene.free_finer, scene.free_nearest
    # "..., as Israel struck Tehran": the places of the figure's own clause
    own_clause = clause_places(text, fig, here, w.openers, w.relatives)
    clause_finer = [p for p in own_clause if p.precision != "country"]
    near = nearest_place(clause_finer or own_clause)(fig.start) if own_clause else nearest(fig.start)
    if near is not None and scene_word(text, near.start, w.heads) not in w.scene:
        # "U.S. forces have hit 800 targets in Yemen": a place a scene word introduces says
        # where, before a nearer one that only names who
        scened = [p for p in ((clause_finer or own_clause) if own_clause else (finer or here))
                  if scene_word(text, p.start, w.heads) in w.scene]
        near = nearest_place(scened)(fig.start) if scened else near
    # "The war in Sudan's Darfur widened when an RSF raid on eastern Chad killed ...": where it hit
    hit = attacked_place(text, scene.free_index, fig, w) if fig.unit in PEOPLE and fig.outcome in VICTIMS \
        else None
    near = hit or near
    if fig.outcome == "displaced" and near is not None and destination(text, near.start, w.refuges):
        # "600,000 refugees had fled into Chad": where they went is not whose people they are
        near = nearest_place([p for p in (finer or here)
                              if not destination(text, p.start, w.refuges)])(fig.start)
    if fig.unit in PEOPLE:  # "800 warga sipil dari wilayah Kursk": where they come from
        near = origin_place(text, fig.end, story.place_index, w.figures.origins, w.heads) or near
    place_country = near.country if near is not None else None
    countries, main_country = story.countries, story.main_country
    if place_country and main_country and countries[place_country] <= 1 \
            and countries[main_country] >= STORY_COUNTRY_MIN:
        place_country = main_country  # a place named once in a story about elsewhere
    elif place_country is None and scene.unnamed:
        place_country = story.scene_main
    if hit is not None and hit.country:
        place_country = hit.country  # the text says the attack hit it: no misread
    if place_country in scene.striking and scene.belligerent and scene.own != place_country \
            and (fig.outcome in ENEMY_OUTCOMES or fig.outcome in STRUCK):
        # Pakistan's army: "serangan rudal India ke enam lokasi di Kashmir ... menewaskan 31 warga
        # sipil": where the striker struck is no country of its own; the speaker's people
        place_country = scene.own
    if place_country and held_there(story, fig):
        place_country = story.opponent(place_country) or place_country  # the captors' enemy's people
    return near, place_country


def attacked_place(text: str, here: SpanIndex[PlaceMention], fig: Figure,
                   w: SideWords) -> PlaceMention | None:
    """The place an attack noun names as what it hit, the last place before a toll of people with none
    between ("a Hezbollah rocket attack on northern Israel killed 12 people", "serangan pemberontak ke
    Eritrea utara yang menewaskan sekitar 40 orang"): the victims are of where the attack hit, whatever
    other place the sentence names as the conflict's ("The war in Sudan's Darfur widened when ...")."""
    place = here.last_before(fig.start)
    if place is None or not w.attack_nouns or not 0 <= fig.start - place.end <= ATTACKED_REACH:
        return None
    reach = LAST_WORD_CHARS * (SCENE_HEADS + ATTACK_GAP + 2)
    words: list[str] = [x.lower() for x in WORDS_RE.findall(text, max(0, place.start - reach), place.start)]
    k = len(words) - 1
    while k >= 0 and words[k] in w.heads and len(words) - 1 - k < SCENE_HEADS:
        k -= 1  # "on northern Israel", "on the town of"
    if k < 0 or words[k] not in w.attack_targets:
        return None
    return place if any(x in w.attack_nouns for x in words[max(0, k - ATTACK_GAP - 1):k]) else None


def _acting_places(story: Story, claim: Claim, toks: list[Token], taken: Iterable[int]) -> list[Match[str]]:
    """Places the place engine read as actors ("Washington has sent 10,000 troops", "Caracas says it has
    mobilised ..."): a side named, like the country's own name, outside the claimant's words."""
    if not toks:
        return []
    seen, first = set(taken), {t.start: k for k, t in enumerate(toks)}
    c_start, c_end = claim.claimant.start, claim.claimant.end or 0
    out = []
    for p in story.place_index.between(toks[0].start, toks[-1].end):
        k = first.get(p.start)
        if not p.actor_use or not p.country or k is None or p.start in seen \
                or (c_start is not None and c_start <= p.start < c_end):
            continue
        last = next((n for n in range(k, len(toks)) if toks[n].end >= p.end), k)
        out.append(Match(p.start, p.end, p.text, p.country, k, last))
    return out
