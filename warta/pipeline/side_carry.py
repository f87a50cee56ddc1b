"""Sides a figure takes from the figures around it: a part of the people counted just before
("termasuk seorang letnan kolonel"), more of them ("seven others"), the running total the figure
before adds to, displaced people already named, and whose people a possessive says."""

from __future__ import annotations

from typing import Final

from warta.model import Claim, Figure
from warta.pipeline.figure_lexicon import FigureLexicons
from warta.pipeline.figure_lists import PEOPLE
from warta.pipeline.figure_outcomes import after_subset_word
from warta.pipeline.figures import POSSESSED
from warta.pipeline.segment import token_index
from warta.pipeline.side_clues import scene_word
from warta.pipeline.side_scene import Scene
from warta.pipeline.side_story import Story
from warta.pipeline.spans import SpanIndex


def before_side(named: SpanIndex, fig: Figure) -> str | None:
    """The side named last before a figure: whose "its soldiers" are in a reporter's sentence."""
    hit = named.last_before(fig.start)
    return hit.value if hit is not None and hit.end <= fig.start else None


def refers_back(fig: Figure, flex: FigureLexicons) -> bool:
    """"seven others", "lima lainnya", "two of them", "dua di antaranya": no noun of its own."""
    rest = fig.text[fig.quantity.end - fig.start:].strip().lower()
    return rest in flex.trailing or flex.anaphoric.lookup(rest) is not None


TAKEN: Final = "taken from the people counted just before"


def carried_side(story: Story, sc: Scene, claim: Claim, n: int, fig: Figure, uprooted: str | None) -> bool:
    """Give the ``n``-th figure of ``claim`` the side of the people it continues, in place;
    whether that settles it (no other rule is to be tried)."""
    text, toks, flex, running, members = story.text, sc.toks, story.words.figures, story.words.running, \
        story.words.members
    own, named_index = sc.own, sc.named_index
    prev = claim.figures[n - 1] if n else None
    if fig.whole is not None and fig.whole.side is not None:
        # "seven wounded ... Three of the wounded were flown out": part of those people
        fig.side, fig.side_reason = fig.whole.side, "part of the people counted before"
        return True
    if prev is not None and prev.side is not None and (prev.unit in PEOPLE or prev.unit == "other") \
            and fig.unit in PEOPLE and after_subset_word(toks, token_index(toks, fig.start), text,
                                                         flex):
        # "12 prajurit, termasuk seorang letnan kolonel": a part a subset word opens is the whole's
        fig.side, fig.side_reason = prev.side, "part of the people counted just before"
        return True
    # (a side named since only as where they were, "... serving in Gambia, and seven were taken", owns none)
    bare = fig.text[fig.quantity.end - fig.start:].strip() == "" and prev is not None \
        and ((hit := named_index.last_before(fig.start)) is None or hit.start < prev.end
             or scene_word(text, hit.start, story.words.heads) in story.words.scene)
    if prev is not None and prev.side is not None and prev.unit == fig.unit \
            and (bare or refers_back(fig, flex)):
        # "two soldiers were killed and seven others wounded, two of them seriously": the same
        # side's people as the figure before, whatever rule gave that one its side; so is a bare count
        # with no side named since ("eight officers were killed and four wounded")
        fig.side, fig.side_reason = prev.side, "more of the people counted just before"
        return True
    if fig.outcome == "captured" and fig.unit not in PEOPLE and prev is not None and prev.side is not None \
            and prev.unit in PEOPLE and prev.outcome in ("killed", "wounded", "captured") \
            and prev.sentence == fig.sentence \
            and ((hit := named_index.last_before(fig.start)) is None or hit.start < prev.start):
        # "shot dead eight gunmen and seized six rifles", "menewaskan 12 pemberontak dan menyita
        # tujuh senapan": the arms of the people just counted, taken from them
        fig.side, fig.side_reason = prev.side, TAKEN
        return True
    if fig.outcome == "captured" and fig.unit not in PEOPLE and prev is not None and prev.side is not None \
            and prev.outcome == "captured" and prev.side_reason == TAKEN and prev.sentence == fig.sentence \
            and ((hit := named_index.last_before(fig.start)) is None or hit.start < prev.start):
        # "killed eight of the attackers and seized two pickup trucks and a machine gun": the rest of
        # the list of what was taken from them
        fig.side, fig.side_reason = prev.side, TAKEN
        return True
    if fig.running_total and prev is not None and prev.side is not None \
            and (prev.unit, prev.outcome) == (fig.unit, fig.outcome):
        # a side named inside the total's own clause owns it instead ("bringing Russia's losses to")
        clause = text[prev.end:fig.start].lower()
        opens = prev.end + max([clause.rfind(m) for m in running] + [0])
        last_named = named_index.last_before(fig.start)
        if last_named is None or last_named.start < opens:
            # "Five soldiers were killed ..., bringing the number of troops killed to 14"
            fig.side, fig.side_reason = prev.side, "the running total the figure before adds to"
            return True
    if fig.outcome == "displaced" and uprooted is not None:
        fig.side, fig.side_reason = uprooted, "the displaced people named before"
        return True
    if fig.side_reason == POSSESSED:
        # "pasukan Ukraina ... prajurit mereka": the side the sentence names before;
        # "Hezbollah said 4 of its fighters were killed": else the speaker's own people
        owner = before_side(named_index, fig) or own
        hit = named_index.last_before(fig.start)
        if own is not None and hit is not None and any(
                f is not fig and f.start <= hit.start < f.end for f in claim.figures):
            # "... 12 tentara Thailand ditahan dan dua prajuritnya sendiri tewas": a side that only owns
            # another count is no antecedent of the possessive; the speaker's own people are
            owner = own
        spoke = claim.claimant.start is not None and (claim.claimant.end or 0) <= fig.start
        if spoke and own is not None and owner != own and (
                (hit := named_index.last_before(fig.start)) is None
                or hit.end <= (claim.claimant.start or 0)):
            # "..., with Thailand's army saying 12 of its soldiers were killed": the speaker named nearer
            # than any other side is whose its are
            owner = own
        fig.side_reason = ""
        if fig.unit == "civilians" and owner == own and claim.claimant.kind == "military" \
                and any(w in members for w in fig.text.lower().split()):
            fig.unit = "personnel"  # "Hezbollah announced the deaths of 430 of its members"
        if owner is not None:
            fig.side, fig.side_reason = owner, "whose people a possessive says"
            return True
        if claim.claimant.kind == "organization" and claim.claimant.start is not None:
            return True  # "UNIFIL said two of its peacekeepers were wounded": a body of no side
    return False
