"""Claim vocabulary and the record of a source: the language's ``claims.toml`` read into
phrase lexicons (cues, source kinds, roles, denials...), and :class:`Source`, a claimant as
found with its kind, side and canonical key."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from warta.lang import Lang
from warta.model import Span
from warta.pipeline.lexicon import PhraseLexicon, from_table
from warta.pipeline.token import Token

MAX_CLAIMANT_TOKENS: Final = 10
KIND_PRIORITY: Final = ("media", "organization", "military", "government", "official", "person", "unknown")
PUNCT_BOUNDARY: Final = set(",.;:!?\"“”‘’()[]—–-")
QUOTES: Final = set("\"“”‘’'«»„")
# sources that speak for the place they serve when no side is named ("the regional governor")
LOCAL_KINDS: Final = ("official", "government")
# kinds whose side an unnamed re-mention takes from an earlier source of the same kind
SIDED_KINDS: Final = ("government", "military", "official", "person")
HUMAN_KINDS: Final = ("person", "official")
HISTORY: Final = 40  # sources a pronoun or re-mention can look back to


@dataclass(slots=True)
class ClaimLexicons:
    cues: PhraseLexicon[str]  # value: before | after | inverted | pronoun | passive | adverbial
    kinds: PhraseLexicon[str]
    boundaries: frozenset[str]
    adverbs: PhraseLexicon[str]
    pronouns: PhraseLexicon[str]
    pronoun_class: PhraseLexicon[str]
    suffixes: tuple[str, ...]
    relatives: frozenset[str]
    subordinators: frozenset[str]
    complementizers: frozenset[str]
    locatives: frozenset[str]
    report_nouns: PhraseLexicon[str]
    agent_links: frozenset[str]
    human_titles: PhraseLexicon[str]
    stateless: PhraseLexicon[str]  # international bodies: no side, whatever country they name
    denials: PhraseLexicon[str]
    roles: PhraseLexicon[str]
    quote_open: frozenset[str]
    quote_close: frozenset[str]
    function_words: frozenset[str]
    definite_before: frozenset[str]
    definite_after: frozenset[str]
    abbreviations: frozenset[str]
    cue_noun_markers: frozenset[str]
    addressed: frozenset[str]
    addressees: PhraseLexicon[str]  # words before the one spoken to: "X kepada wartawan mengatakan"
    weak_kinds: PhraseLexicon[str]
    possessives: frozenset[str]
    noun_links: frozenset[str]  # prepositions that join a source word to its complement
    national: PhraseLexicon[str]  # institutions of one country: value its ISO code
    issued: PhraseLexicon[str]  # what a body issues, not an outlet ("the statement")
    continuers: frozenset[str]  # "seraya menambahkan": the speaker of the cue before goes on
    basis: frozenset[str]  # "berdasarkan", "citing": whose data, not who asserts, when another cue speaks
    outlet_cues: frozenset[str]  # cues whose source is an outlet unless its words say otherwise
    armed_acts: PhraseLexicon[str]  # what only an armed group says of itself ("claimed responsibility")
    frame_verbs: frozenset[str]  # "put": a cue when its object's figure follows a frame word
    participles: frozenset[str]  # "saying": after a comma, the clause's subject speaks
    frame_preps: frozenset[str]  # "at": "put Russian losses at 883,000"
    channels: PhraseLexicon[str]  # where a source speaks ("on Telegram"), no complement of it
    doubts: PhraseLexicon[str]  # the reporter's doubt in its own voice ("could not be verified")
    singular_claims: PhraseLexicon[str]  # "the claim", "klaim itu": a denial of one source's claim
    head_first: bool  # a name's head word opens it ("Bulan Sabit Merah Palestina"), else ends it
    run_by: PhraseLexicon[str]  # "dikelola", "run by": who runs a body, after a relative
    coordinators: frozenset[str]  # "and", "dan": two sources speaking together
    irregular: PhraseLexicon[str]  # armed groups that fight a state's forces ("rebels", "RSF")
    claim_nouns: PhraseLexicon[str]  # "a charge Kigali denies": the claim before its denier
    anonymity: PhraseLexicon[str]  # "who asked not to be named", "yang enggan disebut namanya"
    anonymity_reasons: PhraseLexicon[str]  # "for fear of reprisals", "karena alasan keamanan": after it
    characterising: PhraseLexicon[str]  # "a claim the government called ...": before | passive
    agent_ends: frozenset[str] = frozenset()  # "of": before a verb it ends a passive's agent ("of killing")
    # unions of the word sets above that the readers ask of one word
    minor: frozenset[str] = frozenset()  # function words and boundaries
    joins: frozenset[str] = frozenset()  # noun links and locatives
    head_links: frozenset[str] = frozenset()  # noun links, relatives, locatives and coordinators


def _words(data: dict[str, object], key: str) -> list[str]:
    value = data.get(key, [])
    return [str(w) for w in value] if isinstance(value, list) else []


@cache
def lexicons(lang: Lang) -> ClaimLexicons:
    data = lang.data("claims")
    cues = from_table({
        "before": _words(data, "cues_before"), "after": _words(data, "cues_after"),
        "inverted": _words(data, "cues_inverted"),
        "pronoun": _words(data, "cues_pronoun"), "passive": _words(data, "cues_passive"),
        "adverbial": _words(data, "cues_adverbial"),
    })

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _words(data, key))

    links, locatives = words("noun_links"), words("locatives")
    return ClaimLexicons(
        minor=words("function_words") | words("boundaries"),
        joins=links | locatives,
        head_links=links | words("relatives") | locatives | words("coordinators"),
        cues=cues,
        kinds=from_table(data.get("kinds", {})),
        boundaries=words("boundaries"),
        adverbs=from_table({"adv": _words(data, "adverbs")}),
        pronouns=from_table({"pron": _words(data, "pronouns")}),
        pronoun_class=from_table(data.get("pronoun_class", {})),
        suffixes=tuple(_words(data, "pronoun_suffixes")),
        relatives=words("relatives"),
        subordinators=words("subordinators"),
        complementizers=words("complementizers"),
        locatives=words("locatives"),
        report_nouns=from_table({"report": _words(data, "report_nouns")}),
        agent_links=words("agent_links"),
        human_titles=from_table({"title": _words(data, "human_titles")}),
        stateless=from_table({"stateless": _words(data, "stateless")}),
        denials=from_table({"deny": _words(data, "denials")}),
        roles=from_table(data.get("roles", {})),
        quote_open=frozenset(_words(data, "quote_open")),
        quote_close=frozenset(_words(data, "quote_close")),
        function_words=words("function_words"),
        definite_before=words("definite_before"),
        definite_after=words("definite_after"),
        cue_noun_markers=words("cue_noun_markers"),
        addressed=words("cues_addressed"),
        addressees=from_table({"to": _words(data, "addressees")}),
        weak_kinds=from_table(data.get("weak_kinds", {})),
        possessives=words("possessives"),
        noun_links=words("noun_links"),
        outlet_cues=words("cues_outlet"),
        continuers=words("continuers"),
        basis=words("basis_cues"),
        issued=from_table({"issued": _words(data, "issued_nouns")}),
        national=from_table(data.get("national", {})),
        armed_acts=from_table({"armed": _words(data, "armed_acts")}),
        frame_verbs=words("frame_verbs"),
        participles=words("participles"),
        frame_preps=words("frame_preps"),
        channels=from_table({"channel": _words(data, "channels")}),
        coordinators=words("coordinators"),
        run_by=from_table({"run": _words(data, "run_by")}),
        head_first=bool(data.get("head_first", False)),
        doubts=from_table({"doubt": _words(data, "doubts")}),
        singular_claims=from_table({"one": _words(data, "singular_claims")}),
        irregular=from_table({"irregular": _words(data, "irregular_forces")}),
        anonymity=from_table({"anon": _words(data, "anonymity")}),
        anonymity_reasons=from_table({"why": _words(data, "anonymity_reasons")}),
        claim_nouns=from_table({"claim": _words(data, "claim_nouns")}),
        characterising=from_table({"before": _words(data, "characterising_before"),
                                   "passive": _words(data, "characterising_passive")}),
        agent_ends=words("agent_ends"),
        abbreviations=frozenset(w.rstrip(".").lower() for w in [
            *_words(lang.data("segment"), "abbreviations"), *_words(data, "human_titles")]),
    )


@dataclass(slots=True)
class Source:
    """A claimant as found: its own span, what it is and whom it stands for."""

    span: Span
    kind: str
    country: str | None
    key: str = ""
    human: bool = False
    context: str = ""  # the words around the name that describe it ("juru bicara militer Israel")
    irregular: bool = False  # an armed group, not a state's forces: a rival of its own country's army

    # written out, not generated by the dataclass: the compiled build then builds a source natively
    def __init__(self, span: Span, kind: str, country: str | None, key: str = "", human: bool = False,
                 context: str = "", irregular: bool = False) -> None:
        self.span = span
        self.kind = kind
        self.country = country
        self.key = key
        self.human = human
        self.context = context
        self.irregular = irregular


def acronym(tok: Token) -> bool:
    """"WHO", "AS": an acronym, never the function word it spells."""
    return len(tok.text) > 1 and tok.text.isupper()


REPORTER: Final = Source(Span(-1, -1, ""), "reporter", None, "reporter")
