"""The word lists the side rules read, loaded once per language: enemy words, agent and maker
markers, scene prepositions, clause openers, the nouns of strikers, attackers and regular forces."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warta.lang import Lang
from warta.pipeline.claim_lexicon import ClaimLexicons, lexicons as claim_lexicons
from warta.pipeline.event_rules import rules as event_rules
from warta.pipeline.figure_lexicon import FigureLexicons
from warta.pipeline.figures import lexicons as figure_lexicons
from warta.pipeline.lexicon import PhraseLexicon, from_table
from warta.pipeline.side_clues import words
from warta.pipeline.sides import side_lexicon


def _lower(lang: Lang, component: str, key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in lang.data(component).get(key, []))


@dataclass(frozen=True)
class SideWords:
    """One language's words for telling whose a figure is."""

    enemy: PhraseLexicon[str]  # "the enemy", "musuh"
    markers: frozenset[str]  # agent markers: "by", "oleh"
    makers: PhraseLexicon[str]  # "made in", "buatan"
    eachs: tuple[str, ...]  # "each", "masing-masing"
    own_forces: frozenset[str]  # regular-forces nouns
    scene: frozenset[str]  # the prepositions of a scene ("in Sumy", "di Sumy")
    joiners: frozenset[str]
    relatives: frozenset[str]
    openers: frozenset[str]  # clause openers after a comma (", as ...", ", sementara ...")
    cars: frozenset[str]  # private vehicles
    aid: frozenset[str]  # "aid", "bantuan": vehicles in a sentence about aid are no side's
    attacks: frozenset[str]  # attack nouns a possessor follows ("serangan India")
    strikers: frozenset[str]  # "Serangan udara Amerika Serikat terhadap ...": who struck
    heads: frozenset[str]  # "near the village of"
    attack_nouns: frozenset[str]  # "an attack on northern Israel", "serangan ... ke Eritrea utara"
    attack_targets: frozenset[str]  # the word between an attack noun and the place it hit ("on", "ke")
    attackers: PhraseLexicon[str]  # "para penyerang"
    men: PhraseLexicon[str]  # armed men whose origin a story may give ("gunmen", "pria bersenjata")
    origin_words: frozenset[str]  # "from", "dari": where the men before came from
    nationality_words: frozenset[str]  # "asal": what country the men before are of
    launches: frozenset[str]  # "launched from"
    speakers: frozenset[str]  # "pihaknya"
    running: tuple[str, ...]  # running-total markers
    captives: frozenset[str]
    origins: frozenset[str]  # "citing ..."
    held: frozenset[str]
    instruments: frozenset[str]  # "with" before the weapons an attacker used
    members: frozenset[str]  # "members": a fighting force's own are its fighters
    always: frozenset[str]  # fellows of a speaker
    possessed: frozenset[str]
    refuges: frozenset[str]  # destination markers: "into", "ke"
    claims: ClaimLexicons
    figures: FigureLexicons
    sides: PhraseLexicon[str]  # the side words ("Russian", "pasukan Israel")


@cache
def side_words(lang: Lang) -> SideWords:
    """The side rules' words of ``lang``."""
    sides = lang.data("sides")
    roles = event_rules(lang).roles
    fellow_words = lang.data("figures").get("fellows", {})
    return SideWords(
        enemy=from_table({"enemy": sides.get("enemy", [])}),
        markers=frozenset(w.lower() for w in sides.get("agent_markers", [])),
        makers=from_table({"maker": sides.get("maker_markers", [])}),
        eachs=tuple(w.lower() for w in sides.get("each_words", [])),
        own_forces=frozenset(w.lower() for w in sides.get("own_forces", [])),
        scene=frozenset(w.lower() for w in sides.get("scene_words", [])),
        joiners=words(lang, "figures", "list_joiners"),
        relatives=words(lang, "figures", "relative_markers"),
        openers=words(lang, "sides", "clause_openers"),
        cars=words(lang, "sides", "private_vehicles"),
        aid=words(lang, "sides", "aid_words"),
        attacks=roles.nominal if roles.possessor_after else frozenset(),
        strikers=frozenset(w.lower() for w in sides.get("striker_nouns", [])),
        heads=frozenset(w.lower() for w in sides.get("scene_heads", [])),
        attack_nouns=_lower(lang, "sides", "attack_nouns"),
        attack_targets=_lower(lang, "sides", "attack_targets"),
        attackers=from_table({"a": sides.get("attacker_nouns", [])}),
        men=from_table({"men": sides.get("armed_men", [])}),
        origin_words=frozenset(w.lower() for w in sides.get("origin_words", [])),
        nationality_words=frozenset(w.lower() for w in sides.get("nationality_words", [])),
        launches=frozenset(w.lower() for w in sides.get("launch_words", [])),
        speakers=frozenset(w.lower() for w in sides.get("speaker_pronouns", [])),
        running=tuple(str(m).lower() for m in lang.data("figures").get("running_markers", [])),
        captives=_lower(lang, "figures", "held_captives"),
        origins=_lower(lang, "claims", "origin_cues"),
        held=_lower(lang, "figures", "held_states"),
        instruments=_lower(lang, "sides", "instrument_words"),
        members=figure_lexicons(lang).named_members,
        always=frozenset(str(w).lower() for w in fellow_words.get("always", [])),
        possessed=frozenset(str(w).lower() for w in fellow_words.get("possessed", [])),
        refuges=_lower(lang, "figures", "destination_markers"),
        claims=claim_lexicons(lang),
        figures=figure_lexicons(lang),
        sides=side_lexicon(lang),
    )
