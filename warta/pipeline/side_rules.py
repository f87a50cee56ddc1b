"""The rules that say whose a figure is when its own words do not: the claimant's enemy for a
belligerent's tally of losses, the side that acts for weapons used, the country where it happened
for civilians and property, the side that fired them for weapons shot down."""

from __future__ import annotations

from functools import partial
from typing import Final

from warta.model import Claim, Figure, PlaceMention
from warta.pipeline.figure_lists import PEOPLE
from warta.pipeline.lexicon import Match
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.side_clauses import aside, other_clause
from warta.pipeline.side_clues import (
    AGENT_REACH,
    FIRED_REACH,
    active_before,
    agent_of,
    hosts,
    object_of_verb,
    own_losses,
    private,
    regular,
    scene_word,
    speaker_lost,
    subject_side,
    taken_by_attackers,
    weapon_owner,
    whole_side,
    word_before,
)
from warta.pipeline.side_scene import ENEMY_OUTCOMES, STRUCK, Scene, figure_place
from warta.pipeline.side_story import Story

PROPERTY_UNITS: Final = {"civilians", "other", "settlements", "area_km2"}


def _property_side(story: Story, sc: Scene, claim: Claim, fig: Figure, hosted: dict[int, set[str]],
                   near: PlaceMention | None, place_country: str | None, before: list[Match[str]],
                   subject: str | None, subject_enemy: str | None) -> tuple[str | None, str]:
    """Whose people or property a count is: civil authorities count their own people and
    buildings; an army counts where it struck."""
    text, opponent = story.text, story.opponent
    sw = story.words
    heads, scene, refuges, flex = sw.heads, sw.scene, sw.refuges, sw.figures
    own, belligerent, toks, lex = sc.own, sc.belligerent, sc.toks, sw.sides
    scene_main, place_main, where, ranked = story.scene_main, story.place_main, story.where, story.ranked
    named_before = before[-1].value if before else None
    local = own if own and claim.claimant.kind in ("government", "official", "person") else None
    if local and near is not None and place_country \
            and place_country != own and scene_word(text, near.start, heads) in scene:
        # "Russia denied that 20 civilians were killed in Sumy": Sumy's people; "U.S. forces
        # have hit 800 targets in Yemen, a U.S. official said": Yemen's
        local = None
    victims = subject_enemy if fig.outcome in ENEMY_OUTCOMES else None
    # "the military said its troops arrested 25 people": whom its forces acted on
    acted_on = opponent(own) if belligerent and claim.claimant.kind == "military" \
        and fig.unit == "civilians" and fig.outcome in ENEMY_OUTCOMES and active_before(fig) \
        and named_before in (None, own) else None
    # "India said its forces struck nine sites", "pihaknya menghantam sembilan lokasi": what a
    # belligerent's own forces struck, took or wrecked is its enemy's
    enemy_there = opponent(own, place_country) if belligerent else None
    by_own = object_of_verb(text, fig) and subject in (None, own) and named_before in (None, own)
    struck = enemy_there if fig.unit in ("other", "settlements") and fig.outcome in STRUCK \
        and enemy_there != own and by_own else None  # (and the villages they took)
    side, why = next(((s, w) for s, w in (
        (struck, "what the claimant's forces struck: its enemy's"),
        (local, "the claimant's own people or property"),
        (place_country, "the country where it happened"),
        (acted_on, "the people the claimant's forces acted on"),
        (own, "the claimant's side"),
        (victims, "the opponent of the side that did it"),
        (None if before and fig.unit == "civilians" and weapon_owner(text, before[-1].start, flex)
         else named_before, "the side named before the figure"),  # not whose drone hit them
        (place_main, "the country where the story's places are")) if s), (None, ""))
    names = partial(lex.find, toks, text)  # "2,000 crossed into Chad, Chadian officials said"
    if fig.outcome == "displaced" and side == own and own in hosts(hosted, claim.sentence, text,
                                                                   names, refuges, scene):
        # the host counts arrivals: they are of where they fled from, the story's scene
        origin = next((c for c in (scene_main, place_main, *(c for c, _ in where.most_common()),
                                   *ranked) if c and c != own), None)
        side, why = origin or side, "the displaced people's origin, not their host's"
    return side, why


def choose_side(story: Story, sc: Scene, claim: Claim, fig: Figure, fired: dict[str, tuple[str, int]],
                hosted: dict[int, set[str]]) -> tuple[str | None, str]:
    """The side of ``fig`` and why, by the first rule that applies."""
    text, sw, opponent = story.text, story.words, story.opponent
    markers, relatives, scene, flex = sw.markers, sw.relatives, sw.scene, sw.figures
    speakers, irregular, own_forces, joiners = sw.speakers, sw.claims.irregular, sw.own_forces, sw.joiners
    instruments, cars, attackers, rebels = sw.instruments, sw.cars, sw.attackers, story.rebels
    own, belligerent, enemies, named_index, sent = sc.own, sc.belligerent, sc.enemies, sc.named_index, sc.sent
    last = named_index.last_before(fig.start)
    before = [last] if last is not None and last.end <= fig.start \
        and not aside(text, last.start, fig.start, relatives) else []
    agent = agent_of(fig, named_index, text, markers)
    near, place_country = figure_place(story, sc, fig)
    named_before = before[-1].value if before else None
    where_named = bool(before) and word_before(text, before[-1].start) in scene  # "di Mozambik"
    subject = subject_side(fig, named_index)
    subject_enemy = opponent(subject, place_country) if subject else None
    side: str | None
    whole = whole_side(text, fig, named_index, flex.part_words)
    if own and speaker_lost(text, fig, speakers):
        side, why = own, "the speaker's side lost them"  # "sementara pihaknya hanya kehilangan"
    elif rebels and place_country not in rebels and (
            (fig.unit == "personnel" and irregular.find(tokenize(text, fig.start, fig.end), text))
            or (own in rebels and fig.unit == "other" and fig.outcome in ("destroyed", "damaged"))):
        # "sedikitnya 30 teroris" in a Pakistani strike in Afghanistan, TTP named, and the "tiga pusat
        # pelatihan" it destroyed there: its own insurgents' country's
        side, why = rebels[0], "the insurgents the story names"
    elif len(story.abroad) == 1 and fig.unit == "personnel" \
            and sw.men.find(tokenize(text, fig.start, fig.end), text):
        # "About 40 assailants" after "gunmen who crossed from Burkina Faso": the men are of where the
        # story says they came from, not of where they fight
        side, why = story.abroad[0], "armed men of the country the story says they came from"
    elif whole is not None and fig.unit in ("personnel", "civilians"):
        side, why = whole, "the side that names the whole of the part"
    elif agent is not None and fig.outcome == "used":
        side, why = agent, "the agent of the passive verb"  # "72 drones launched by Russia"
    elif agent is not None and fig.outcome in ENEMY_OUTCOMES and opponent(agent):
        by = named_index.last_before(fig.outcome_span.end + AGENT_REACH) if fig.outcome_span else None
        side = (story.host_of(agent, by.start, by.end, place_country) if by is not None else None) \
            or opponent(agent)
        why = "the opponent of the passive verb's agent"
    elif belligerent and enemies and enemies[0].end <= fig.start:
        side, why = opponent(own), "the claimant's enemy, named as such"
    elif fig.outcome == "used" and belligerent and active_before(fig) and before \
            and fig.outcome_span is not None and before[-1].start >= fig.outcome_span.end \
            and subject in (None, own) and word_before(text, before[-1].start) not in markers:
        # "Houthi mengaku menyerang kapal induk AS dengan 18 rudal": the side named after the
        # verb is its object; the claimant, its subject, fired them
        side, why = own, "the claimant's side attacked with them"
    elif fig.outcome == "used" and subject and named_before not in (None, subject) \
            and fig.outcome_span is not None and before[-1].start >= fig.outcome_span.end \
            and word_before(text, fig.start) in instruments:
        # "Russia pounded Ukraine with 267 drones": the subject attacked with them, not its object
        side, why = subject, "the subject that attacked with them"
    elif fig.outcome == "used" and named_before and not (
            where_named and own and regular(text, fig, own_forces)) \
            and not (own and active_before(fig) and other_clause(text, before[-1].end, fig, joiners)):
        # (not "Pasukan Rwanda, yang dikerahkan di Mozambik ... sekitar 4.000 personel": where)
        side, why = named_before, "the side named before the figure"
    elif fig.outcome == "used" and own and active_before(fig):
        side, why = own, "the claimant's side fired it"  # "Iran said it fired 100 missiles"
    elif fig.outcome == "used" and belligerent and (named_before in (None, own) or where_named) \
            and regular(text, fig, own_forces):
        # "Rwanda, which has 4,000 troops deployed there, said": its own
        side, why = own, "the claimant's own troops deployed"
    elif fig.outcome == "used":
        side = opponent(own)
        why = "incoming fire the claimant reports: its enemy's"
    elif fig.unit in PROPERTY_UNITS or private(fig, cars):
        side, why = _property_side(story, sc, claim, fig, hosted, near, place_country, before, subject,
                                   subject_enemy)
    elif fig.outcome in ("intercepted", "other") and fig.unit in fired \
            and claim.sentence - fired[fig.unit][1] <= FIRED_REACH \
            and not (belligerent and fired[fig.unit][0] == own):  # none shoots down its own
        # "the Houthis said they fired two missiles ... the army said one missile was
        # intercepted": the weapons just said fired, whoever shot them down
        side, why = fired[fig.unit][0], "the side said to have fired them just before"
    elif fig.outcome == "intercepted" and claim.claimant.start is None and place_country is None \
            and story.speaker is not None and story.speaker[1] == story.horizon \
            and opponent(story.speaker[0]):
        # "..., kata kementerian. Unit antipesawat menjatuhkan 40 drone": the reporter goes on
        # with a belligerent's tally in its paragraph; its air defence shot them down, its enemy's
        side, why = opponent(story.speaker[0]), "shot down by the side whose tally the paragraph tells"
    elif fig.outcome == "intercepted" and not belligerent and opponent(place_country):
        # "four drones were shot down over Kherson": what is shot down over a country is its enemy's
        side, why = opponent(place_country), "shot down over the country: its enemy's"
    elif belligerent and agent is None and named_before in (None, own) \
            and (own_losses(text, fig, own_forces) or (
                fig.outcome_span is not None and fig.outcome_span.text.lower() in flex.fallen)):
        # ("Korban gugur dua orang": a death word said only of one's own fallen)
        side, why = own, "a belligerent's soldiers who fell, told without an enemy word"
    elif belligerent and fig.unit not in PEOPLE and fig.outcome in STRUCK \
            and taken_by_attackers(text, sent.start, fig, attackers, claim.figures):
        side, why = own, "what the attackers took or wrecked: the claimant's own"
    elif belligerent and fig.outcome in ENEMY_OUTCOMES:
        side = story.host_of(own, claim.claimant.start, claim.claimant.end, place_country) \
            or opponent(own, place_country)
        if fig.outcome == "intercepted" and side == own:
            side = story.rival(own) or side  # none shoots down its own: not a civil war's
        why = "a belligerent claimant reports its enemy's losses"
        fought = place_country or story.scene_main
        if fought and side != fought and fig.unit == "personnel" \
                and sw.men.find(tokenize(text, fig.start, fig.end), text):
            # "the army said it neutralised 30 militants across the border", "the group counted 60
            # militants killed in Kashmir": armed men no state fields are of where they fight
            side, why = fought, "armed men of the country where they fight"
    elif fig.outcome in ENEMY_OUTCOMES and subject_enemy:
        # "Ukraine's air defences shot down 38 drones": the subject's enemy lost them
        side, why = subject_enemy, "the opponent of the verb's subject"
        if fig.outcome == "intercepted" and side == subject:
            side = story.rival(subject) or side
    else:
        local = own if claim.claimant.kind in ("government", "official", "person") else None
        side, why = next(((s, w) for s, w in (
            (named_before, "the side named before the figure"),
            (place_country, "the country where it happened"),
            (local, "the claimant's own side")) if s), (None, ""))
    return side, why
