"""Whose figures: the side counted, when the figure's own words do not say.

Belligerents report the other side's losses and their own side's civilian
tolls; equipment "used" belongs to the side that acts in the sentence; a
civilian toll with no claimant belongs to the country where it happened.

The work is split by what is read: the story's countries and scene (:mod:`side_story`), a
claim's sentence (:mod:`side_scene`), the figures around a figure (:mod:`side_carry`) and the
rules for the rest (:mod:`side_rules`); this module walks the claims and settles each side.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

from warta.lang import Lang
from warta.model import Claim, Figure, PlaceMention, Sentence
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.side_carry import carried_side
from warta.pipeline.side_clues import (
    aimed_at,
    client_of,
    each_side,
    fellows_of_speaker,
    headline_as_body,
    launched_from,
)
from warta.pipeline.side_mentions import article_sides as article_sides  # the steps import it from here
from warta.pipeline.side_rules import choose_side
from warta.pipeline.side_scene import Scene, read_scene
from warta.pipeline.side_story import Story, read_story

LAUNCHED: Final = ("missiles", "drones", "munitions", "rocket_launchers")  # what is launched from somewhere
AID_REASON: Final = "vehicles carrying aid belong to no side"
HOSTS: Final = ("the country where it happened", "the country where the story's places are",  # where they are
         "the claimant's side", "the claimant's own people or property")


def _sided(fig: Figure) -> bool:
    """Whether a figure has a side yet, asked through a call so that type checkers (and the compiled
    build, which trusts them) do not take its side to stay None after the calls that set it."""
    return fig.side is not None


def _settle(story: Story, sc: Scene, fig: Figure, side: str | None, why: str, backed: dict[str, str]) -> None:
    """Set the side a rule chose, once the backed, aimed-at and refugee checks have had their say."""
    text = story.text
    client = client_of(text, fig, story.words.sides, story.lang)
    if side is not None and side == client:
        # "menewaskan 31 tentara bayaran yang didukung Ankara": whom a country backs are not its own
        side = next((s for s in (sc.own, story.scene_main, story.place_main) if s and s != client), None)
        why = "the backed people's own country"
        if side is not None:
            backed[client] = side
    elif side in backed and why.startswith("a belligerent claimant"):
        # "..., serta menghancurkan tiga tank": more of the backed people's
        side, why = backed[side], "the backed people's own country"
    if fig.outcome == "used" and side is not None \
            and side == aimed_at(text, fig, sc.named_index, story.words.figures.targets):
        # "Kelompok itu meluncurkan dua rudal ke arah Israel, kata militer Israel": fired at it
        side, why = story.opponent(side), "the enemy of the side the weapons were fired at"
    exile, counts = story.exile, story.counts
    if exile and side and fig.unit == "civilians" and side != exile and why in HOSTS \
            and counts[exile] > counts[side] and frozenset((side, exile)) not in story.at_war:
        side, why = exile, "the refugees the story tells of, not their host's people"
    fig.side, fig.side_reason = side, why if side else ""


def infer_sides(text: str, lang: Lang, sentences: list[Sentence], claims: list[Claim],
                places: list[PlaceMention], counts: Counter[str]) -> None:
    """Fill ``side`` of every figure that has none, in place."""
    if not claims:
        return  # (the story's facts are read for the claims' figures alone)
    story = read_story(text, lang, sentences, claims, places, counts)
    sw, flex = story.words, story.words.figures
    hosted: dict[int, set[str]] = {}  # a sentence's sides named as where people went ("into Chad")
    uprooted: str | None = None  # the origin of the displaced people the article last named
    fellow, fellow_at = False, 0  # the claim before ended with a speaker's fellows ("three of our comrades")
    fired: dict[str, tuple[str, int]] = {}  # unit -> (side, sentence) of the weapons last said fired
    for claim in claims:
        sc = read_scene(story, sentences, claim)
        story.horizon = story.paragraph_end(claim.start)
        each_side(text, claim, sc.named, sc.own, story.opponent, sw.eachs, story.ranked,
                  lambda f, at=sc.sent.start: any(
                      m.value == "released" for m in flex.outcomes.find(tokenize(text, at, f.start), text)))
        fellow = fellows_of_speaker(claim, sw.always, sw.possessed, flex.possessives, flex.trailing,
                                    fellow and claim.sentence - fellow_at <= 1)
        fellow_at = claim.sentence
        backed: dict[str, str] = {}  # a backer of the enemy's people -> their own country, in this claim
        for n, fig in enumerate(claim.figures):
            story.horizon = story.paragraph_end(fig.start)
            if fig.outcome == "displaced" and fig.side_reason == "named in the figure":
                uprooted = fig.side  # "200 pengungsi Rohingya", then "kelompok 196 orang itu": the same
            if fig.side is None and fig.unit in LAUNCHED and fig.outcome in ("used", "intercepted"):
                origin = launched_from(text, fig, sw.sides, story.place_index, sw.launches, flex.origins)
                if origin is not None:  # "two of three missiles launched from Yemen"
                    fig.side, fig.side_reason = origin, "where the weapons were launched from"
            if fig.side is None and fig.unit == "vehicles" and fig.outcome in ("other", "used", "displaced") \
                    and any(t.text.lower() in sw.aid for t in sc.toks):
                # "20 truk bantuan memasuki Gaza", "four food trucks were stopped", "a relief convoy of 9
                # trucks had been halted" (in a sentence of the displaced): aid, no side's, carried, no toll
                if fig.outcome != "other":
                    fig.outcome, fig.outcome_span = "other", None
                fig.side_reason = AID_REASON
                continue
            if _sided(fig):
                if fig.outcome == "used" and fig.side is not None:
                    fired[fig.unit] = fig.side, claim.sentence
                continue
            if carried_side(story, sc, claim, n, fig, uprooted):
                continue
            side, why = choose_side(story, sc, claim, fig, fired, hosted)
            _settle(story, sc, fig, side, why, backed)
            if fig.outcome == "used" and fig.side:
                fired[fig.unit] = fig.side, claim.sentence
            # with no side, the side the article names most or the country it is about
            if fig.side is None and story.ranked:
                fig.side, fig.side_reason = story.ranked[0], "the side the article names most"
            elif fig.side is None and story.main_country:
                fig.side, fig.side_reason = story.main_country, "the country the article is about"
        if sc.belligerent and sc.own is not None:
            story.speaker = sc.own, story.paragraph_end(claim.start)
    headline_as_body(claims)
