"""The event rules of one language (``events.toml``) and the trigger words they find.

A trigger is a word or phrase that names a conflict event of one type. Three
kinds of language data decide whether a trigger found in a sentence counts:

- ``[senses.*]``: triggers that name a conflict event only with one of their
  context words near them ("released 90 prisoners", not "released a
  statement"; refugees "landed", not a plane). Such a trigger takes its
  sense's type, replacing a plain trigger of the same words ("membebaskan
  tahanan" is a release, "membebaskan desa" a capture).
- ``[guards]``: words of non-conflict senses ("flood", "kecelakaan",
  "protesters", "match"): a trigger in the same clause as one, close to it,
  names no conflict event, unless the sentence names a weapon.
- the trigger table's ``none`` key: look-alike phrases ("general strike").
- ``stoppages``: triggers that a duration right before makes a work stoppage
  ("a four-day strike"), no event.
- ``[modality] future`` and ``conditions``: a violent step that a future word
  cancels is a threat when a condition follows it ("will withdraw its troops
  from Chad unless ...", "akan menyerang kecuali jika ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any, Final

from warta.lang import Lang
from warta.model import TimeMention
from warta.pipeline.lexicon import Match, PhraseLexicon, from_table
from warta.pipeline.token import Token

NO_EVENT: Final = "none"  # the trigger table's key for look-alikes: "general strike"
# no ".": inside a sentence it ends an abbreviation ("U.S.")
CLAUSE_BREAKS: Final = {",", ";", ":", "(", ")", "–", "—"}
SINCE_EXTRA: Final = 3  # "since" reaches further: "ever since the war began in 2022"
# an appeal reaches past whom it is made to: "called on both sides to keep the fighting"
APPEAL_EXTRA: Final = 5
DEPLOY_REACH: Final = 4  # tokens between a deployment verb and the purpose word after it
# tokens between a trigger and the "ongoing" word after it: "fighting there continues"
ONGOING_REACH: Final = 2
# tokens between a trigger and the judgement after it: "attacks on aid workers could amount"
JUDGED_REACH: Final = 7
WEAPON_BEFORE, WEAPON_AFTER = 8, 15  # tokens between a weapon word and the attack it arms
# what a "halted" word stops: not talks that stalled
STOPPABLE: Final = frozenset({"attack", "strike", "killing"})
GROUND: Final = "ground"  # the weapons table's key for infantry arms: "machine guns", "senapan mesin"


@dataclass(frozen=True, slots=True)
class Roles:
    agent: frozenset[str]  # words that put the actor after the trigger: "by"
    target: frozenset[str]  # words that put the target after it: "on", "ke"
    nominal: frozenset[str]  # trigger nouns whose possessor follows them
    possessor_after: bool
    territorial: frozenset[str]  # event types that need a place after their trigger
    passive: frozenset[str]  # triggers whose subject suffers them: "diserang", "died"
    passive_aux: frozenset[str]  # words that make the trigger after them passive: "were"
    repel: frozenset[str] = frozenset()  # defence verbs before a trigger: "repelled", "menangkis"
    own_forces: frozenset[str] = frozenset()  # a reporting side's own forces: "troops", "pasukannya"
    joiners: frozenset[str] = frozenset()  # "and", "dan": words that join a joint subject
    stopping: frozenset[str] = frozenset()  # air defence words, passive as strikes: "shot down"


@dataclass(frozen=True, slots=True)
class Sense:
    type: str
    needs: PhraseLexicon[str]  # context words, one of which must be near the trigger
    reach: int  # tokens either side of the trigger
    before: bool  # look on this side of the trigger
    after: bool
    joined: bool = False  # the context word before the trigger is part of it: "would boycott"


@dataclass(frozen=True, slots=True)
class Rules:
    triggers: PhraseLexicon[str]
    order: dict[str, int]
    roles: Roles
    modality: PhraseLexicon[str]  # "cancel" (negation, hypothesis, background), "amid", "since", "after"
    reach: int  # tokens between a modality word and the trigger it governs
    weapons: PhraseLexicon[str]  # "weapon": words that turn an attack into a strike; "planted": not
    separate: frozenset[str]  # types that make an event of their own beside the main one
    framing: frozenset[str]  # words that open a sentence with the place it happens in: "in"
    determiners: frozenset[str]  # words before a sentence's subject: "the"
    sense_triggers: PhraseLexicon[tuple[str, ...]]  # trigger -> the names of its senses
    senses: dict[str, Sense]
    guards: PhraseLexicon[str]
    guard_reach: int
    joiners: frozenset[str]  # words that join the items of a list: "and", "dan"
    anaphora_before: frozenset[str]  # "this" (attack): a mention of an event already told
    anaphora_after: frozenset[str]  # (serangan) "tersebut"
    remention: tuple[frozenset[str], frozenset[str]]  # "the sailors killed were", "yang tewas adalah"
    event_nouns: PhraseLexicon[str]  # nouns for any event: "incident", "peristiwa"
    tolls: PhraseLexicon[str]  # words of running totals: "since the start of", "in total"
    report_cues: PhraseLexicon[str]  # reporting verbs (claims.toml): a date beside one dates a report
    forces_before: frozenset[str]  # force nouns before a place that names a side: "pasukan (Kiev)"
    forces_after: frozenset[str]  # force nouns after one: "Kyiv('s) forces"
    follow_ups: frozenset[str]  # "claimed responsibility for" (the attack): once one is told, that one
    holders: frozenset[str]  # "occupied", "held": "<side>-occupied <place>" names who holds it
    backers: PhraseLexicon[str]  # "didukung", "backed by": the side after them backs the actor
    sites: PhraseLexicon[str]  # "base", "markas": what a territorial trigger takes when no place is named
    adjuncts: frozenset[str]  # "in", "dalam": an assault noun after one says how the clause's verb was done
    heard: frozenset[str]  # "explosions", "ledakan": how a strike is perceived, no attack of its own
    repeats: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # "again"; "on" before a date
    stoppages: frozenset[str] = frozenset()  # "strike": a duration right before makes it a work stoppage
    future: frozenset[str] = frozenset()  # "will", "akan": cancel an event, make a conditioned step a threat
    conditions: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "unless", "kecuali jika"
    blasts: frozenset[str] = frozenset()  # "exploded", "hit", "meledak": what a bomb did where it lay
    bombs: frozenset[str] = frozenset()  # "bomb", "bom": planted unless a side owns it or it came by air
    support: frozenset[str] = frozenset()  # "air strikes" after "backed by": how the actor was backed
    seized: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "train", "pupils": attack; "guns": no
    destinations: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "fled toward": where they went
    equipment: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "vehicles": lost in an event
    vague_spans: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "days" (after): an earlier event
    numbers: frozenset[str] = frozenset()  # "two", "dua": equipment they count is a loss of its own
    channels: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "statement": what a report came in
    continuing: frozenset[str] = frozenset()  # "terus" after "akan": part of the step a side will keep taking
    stretch: frozenset[str] = frozenset()  # "between", "antara": two places joined after it are one stretch
    rementions: frozenset[str] = frozenset()  # "before", "akibat" (the attack): the one already told
    definite: frozenset[str] = frozenset()  # "the": a determiner of a thing already known
    arrests: frozenset[str] = frozenset()  # the triggers of [senses.arrest]: "arrested", "menangkap"
    ranges: frozenset[str] = frozenset()  # "until", "hingga": two dates so joined are one span
    pronouns: frozenset[str] = frozenset()  # "he", "ia": a sentence opening with one goes on with the last
    relatives: frozenset[str] = frozenset()  # "which", "yang": a territorial trigger after one took the place
    openers: frozenset[str] = frozenset()  # "when", "ketika": a clause of its own, active whatever before
    verb_prefixes: tuple[str, ...] = ()  # "me", "di": a demonstrative after such a trigger is its object's
    landmarks: frozenset[str] = frozenset()  # "coup", "kudeta": with its own month, an event after "since"
    partners: frozenset[str] = frozenset()  # "with", "dengan" after talks: the other party named, no sides
    since_when: frozenset[str] = frozenset()  # "when", "ketika" after "since <date>,": what began then
    aloft: frozenset[str] = frozenset()  # "over", "atas": "19 over Bryansk and 12 over Kursk" lists two
    told_sites: frozenset[str] = frozenset()  # "town", "kota": "in the town", "di kota itu" is the told place
    bare_takes: frozenset[str] = frozenset()  # "took": a capture only with the place right after it
    take_gap: frozenset[str] = frozenset()  # "the", "town", "of": words that may stand between
    tallied_by: frozenset[str] = frozenset()  # "by", "hingga": a toll counted up to the date after it
    fresh_adjuncts: frozenset[str] = frozenset()  # "in" (a firefight): an assault so named is a new one
    topics: frozenset[str] = frozenset()  # "on", "mengenai" after talks: an assault after it is their subject
    apposers: frozenset[str] = frozenset()  # "a", "sebuah" after a comma: an apposition (", a coalition")
    campaigns: frozenset[str] = frozenset()  # "launched an offensive": a named year dates it, town or not
    counters: frozenset[str] = frozenset()  # "counter-offensive": an answer, not the assault it answers
    held: frozenset[str] = frozenset()  # "held", "digelar": a date after it dates the talks, its subject
    dated: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "war": an event only with its date
    abductions: frozenset[str] = frozenset()  # "kidnapped", "menculik": a kidnapping a release may answer
    participles: frozenset[str] = frozenset()  # "killing", "menewaskan" after a comma: the clause goes on
    blows: frozenset[str] = frozenset()  # "struck", "menghantam": a strike only with a weapon, not by doers
    doers: frozenset[str] = frozenset()  # "attackers", "gunmen" ([retold] doers): who fights on the ground
    raid_deaths: frozenset[str] = frozenset()  # "killed", "menewaskan": by doers with no weapon, a raid
    forces: frozenset[str] = frozenset()  # "troops", "polisi": a state's armed men, who answer an assault
    freed: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "were freed": after a kidnapping
    claims: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "claimed responsibility": told one
    perfect: frozenset[str] = frozenset()  # "have", "telah": "have raided villages since May" counts a window
    aims: frozenset[str] = frozenset()  # "on", "ke": "a Hamas attack on Israel" was aimed at Israel


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in items)


@cache
def rules(lang: Lang) -> Rules:
    """The parsed event rules of ``lang``."""
    data = lang.data("events")
    roles = data.get("roles", {})
    modality = data.get("modality", {})
    senses = data.get("senses", {})
    guards = data.get("guards", {})
    return Rules(
        from_table(data.get("triggers", {})),
        {t: i for i, t in enumerate(data.get("priority", []))},
        Roles(_words(roles.get("agent", [])), _words(roles.get("target", [])),
              _words(roles.get("nominal", [])), bool(roles.get("possessor_after", False)),
              frozenset(data.get("territorial", [])), _words(roles.get("passive", [])),
              _words(roles.get("passive_aux", [])), _words(roles.get("repel", [])),
              _words(roles.get("own_forces", [])), _words(data.get("joiners", [])),
              _words(roles.get("stopping", []))),
        from_table({"cancel": modality.get("cancel", []), "amid": modality.get("amid", []),
                    "since": modality.get("since", []), "after": modality.get("after", []),
                    "ongoing": modality.get("ongoing", []), "purpose": modality.get("purpose", []),
                    "deploy": modality.get("deploy", []), "consent": modality.get("consent", []),
                    "lasting": modality.get("lasting", []), "onset": modality.get("onset", []),
                    "meeting": modality.get("meeting", []), "claimed": modality.get("claimed", []),
                    "ending": modality.get("ending", []), "plain": modality.get("plain", []),
                    "attempt": modality.get("attempt", []), "appeal": modality.get("appeal", []),
                    "judged": modality.get("judged", []), "uprooted": modality.get("uprooted", []),
                    "halted": modality.get("halted", [])}),
        int(modality.get("reach", 3)),
        from_table({"weapon": data.get("weapons", {}).get("strike", []),
                    "planted": data.get("weapons", {}).get("planted", []),
                    GROUND: data.get("weapons", {}).get("ground", [])}),
        frozenset(data.get("separate", [])),
        _words(data.get("framing", [])),
        _words(data.get("determiners", [])),
        _sense_lexicon(senses),
        {name: _sense(s) for name, s in senses.items()},
        from_table({"guard": guards.get("words", []), "unrest": guards.get("unrest", [])}),
        int(guards.get("reach", 6)),
        _words(data.get("joiners", [])) | {","},
        _words(data.get("anaphora_before", [])),
        _words(data.get("anaphora_after", [])),
        (_words(data.get("remention_before", [])), _words(data.get("remention_after", []))),
        from_table({"event": data.get("anaphora_nouns", [])}),
        from_table({"toll": data.get("tolls", [])}),
        _report_cues(lang),
        _words(data.get("forces", {}).get("before", [])),
        _words(data.get("forces", {}).get("after", [])),
        _words(data.get("follow_ups", [])),
        _words(data.get("holders", [])),
        from_table({"backer": data.get("roles", {}).get("backers", [])}),
        from_table({"site": data.get("sites", [])}),
        _words(data.get("adjuncts", [])),
        _words(data.get("heard", [])),
        (_words(data.get("repeats", [])), _words(lang.data("times").get("prepositions", []))),
        _words(data.get("stoppages", [])),
        _words(modality.get("future", [])),
        from_table({"condition": modality.get("conditions", [])}),
        _words(data.get("weapons", {}).get("blasts", [])),
        _words(data.get("weapons", {}).get("bombs", [])),
        _words(roles.get("support", [])),
        from_table({"attack": data.get("seized", {}).get("conveyances", [])
                    + data.get("seized", {}).get("victims", []),
                    NO_EVENT: data.get("seized", {}).get("goods", [])
                    + data.get("seized", {}).get("people", [])}),
        from_table({"destination": data.get("destinations", []) + data.get("seats", [])}),
        from_table({"equipment": data.get("equipment", [])}),
        from_table({"span": modality.get("vague_spans", [])}),
        _words(list(lang.data("numbers").get("words", {}))),
        from_table({"channel": lang.data("claims").get("channels", [])}),
        _words(modality.get("continuing", [])),
        _words(data.get("stretch", [])),
        _words(data.get("rementions", [])),
        _words(data.get("definite", [])),
        _words(senses.get("arrest", {}).get("triggers", [])),
        _words(data.get("ranges", [])),
        _words(data.get("pronouns", [])),
        _words(data.get("relatives", [])),
        _words(data.get("clause_openers", [])),
        tuple(w.lower() for w in data.get("verb_prefixes", [])),
        _words(data.get("landmarks", [])),
        _words(data.get("partners", [])),
        _words(data.get("since_when", [])),
        _words(data.get("aloft", [])),
        _words(data.get("told_sites", [])),
        _words(data.get("bare_takes", [])),
        _words(data.get("take_gap", [])),
        _words(data.get("tallied_by", [])),
        _words(data.get("fresh_adjuncts", [])),
        _words(data.get("topics", [])),
        _words(data.get("apposers", [])),
        _words(data.get("campaigns", [])),
        _words(data.get("counters", [])),
        _words(data.get("held", [])),
        from_table(data.get("dated", {})),
        _words(data.get("abductions", [])),
        _words(data.get("participles", [])),
        _words(data.get("weapons", {}).get("blows", [])),
        _words(data.get("retold", {}).get("doers", [])),
        _words(data.get("raid_deaths", [])),
        _words(data.get("retold", {}).get("forces", [])),
        from_table({"other": data.get("freed", [])}),
        from_table({"claim": data.get("claims", [])}),
        _words(data.get("perfect", [])),
        _words(data.get("aims", [])),
    )


def _report_cues(lang: Lang) -> PhraseLexicon[str]:
    claims = lang.data("claims")
    keys = ("cues_before", "cues_after", "cues_inverted", "cues_passive", "cues_pronoun")
    # an outlet's credit ("dilansir Reuters, Sabtu (19/9)") dates its report: value "outlet"
    return from_table({"cue": [c for key in keys for c in claims.get(key, [])],
                       "outlet": claims.get("cues_outlet", [])})


def _sense(data: dict[str, Any]) -> Sense:
    only_after, only_before = bool(data.get("after")), bool(data.get("before"))
    return Sense(str(data["type"]), from_table({"need": data.get("needs", [])}), int(data.get("reach", 10)),
                 before=not only_after, after=not only_before, joined=bool(data.get("joined")))


def _sense_lexicon(senses: dict[str, dict[str, Any]]) -> PhraseLexicon[tuple[str, ...]]:
    names: dict[str, tuple[str, ...]] = {}
    for name, sense in senses.items():
        for phrase in sense.get("triggers", []):
            names[phrase.lower()] = names.get(phrase.lower(), ()) + (name,)
    return PhraseLexicon(names)


def find_triggers(r: Rules, toks: list[Token], text: str) -> list[Match[str]]:
    """The triggers of a sentence's tokens that name conflict events, in text order;
    look-alikes ("general strike") are kept with the value ``none``."""
    found = r.triggers.find(toks, text)
    sensed: list[Match[str]] = []
    for m in r.sense_triggers.find(toks, text):
        for name in m.value:
            sense = r.senses[name]
            lo = max(0, m.first_token - sense.reach) if sense.before else m.last_token + 1
            hi = min(len(toks), m.last_token + 1 + sense.reach) if sense.after else m.first_token
            needs = sense.needs.find(toks, text, lo, hi)
            if needs and sense.joined:
                joined = _joined(r, sense.type, needs[-1], m, toks, text)
                if joined is not None:
                    sensed.append(joined)
                    break
            elif needs:
                sensed.append(Match(m.start, m.end, m.text, sense.type, m.first_token, m.last_token))
                break
    if sensed:
        found = [m for m in found if not any(s.start < m.end and m.start < s.end for s in sensed)]
        found = sorted(found + sensed, key=lambda m: m.start)
    guards = r.guards.find(toks, text)
    if guards and not any(w.value != GROUND for w in r.weapons.find(toks, text)):
        # unrest guards no arson, and nothing in a sentence that tells deaths
        lethal = any(m.value == "killing" for m in found)
        found = [m for m in found if not _guarded(
            m, toks, [g for g in guards if g.value != UNREST or not (lethal or m.value == "destruction")],
            r.guard_reach)]
    return found


def stoppages(r: Rules, found: list[Match[str]], durations: list[tuple[int, int]],
              text: str) -> list[Match[str]]:
    """Triggers with a duration right before them ("a four-day strike", "a 48-hour strike"): a
    work stoppage that lasts so long, no attack; kept with the value ``none``. ``durations`` are
    the character spans of the sentence's durations."""
    if not r.stoppages or not durations:
        return found
    return [Match(m.start, m.end, m.text, NO_EVENT, m.first_token, m.last_token)
            if m.text.lower() in r.stoppages and any(e <= m.start and not text[e:m.start].strip()
                                                     for _, e in durations) else m
            for m in found]


def _joined(r: Rules, kind: str, need: Match[str], m: Match[tuple[str, ...]], toks: list[Token],
            text: str) -> Match[str] | None:
    """Trigger ``m`` from the context word ``need`` before it, as one trigger of its sense's type
    ("would boycott", "plans to impose sanctions", "akan memboikot"): that word is its modality,
    no word that cancels it. None when a cancelling word stands between them ("would not boycott"), or a
    clause break ("who pledged support to the junta, condemned the attack"; no date's brackets)."""
    if need.last_token >= m.first_token or any(
            t.text in CLAUSE_BREAKS - {"(", ")"} for t in toks[need.last_token + 1:m.first_token]):
        return None
    between = r.modality.find(toks, text, need.last_token + 1, m.first_token)
    if any(w.value in ("cancel", "onset") for w in between):
        return None
    return Match(need.start, m.end, text[need.start:m.end], kind, need.first_token, m.last_token)


UNREST: Final = "unrest"  # the value of guard words of street unrest


CONDITIONED: Final = frozenset({"attack", "strike", "killing", "destruction", "capture", "advance",
                               "retreat"})


def conditioned(r: Rules, m: Match[str], toks: list[Token], text: str, mods: list[Match[str]]) -> bool:
    """Whether trigger ``m``, cancelled by a future word ("will", "akan"), is a step a side says it
    will take unless its demand is met ("will withdraw its troops from Mali unless ...", "akan
    menyerang Goma kecuali jika ...") or will keep taking ("akan terus menyerang"): a threat. Nothing
    else may cancel it ("will not attack")."""
    if m.value not in CONDITIONED or not r.future:
        return False
    future = [x for x in mods if x.text.lower() in r.future]
    # "akan terus menembakkan roket sampai ...": the word of going on belongs to the future step
    going_on = [x for x in mods if x.text.lower() in r.continuing
                and any(f.last_token == x.first_token - 1 for f in future)]
    rest = [x for x in mods if x.text.lower() not in r.future and x not in going_on]
    # ... and a side that says it will keep up its violence threatens, with no demand ("akan terus menyerang
    # pos-pos militer")
    if not going_on and not any(c.first_token > m.last_token for c in r.conditions.find(toks, text)):
        return False
    return modality(m, toks, future, r.reach) == "cancel" and modality(m, toks, rest, r.reach) != "cancel"


def _guarded(trig: Match[str], toks: list[Token], guards: list[Match[str]], reach: int) -> bool:
    """A non-conflict word close to the trigger in its clause: "killed in a flood"."""
    for g in guards:
        if g.last_token < trig.first_token:
            lo, hi = g.last_token + 1, trig.first_token
        elif g.first_token > trig.last_token:
            lo, hi = trig.last_token + 1, g.first_token
        else:
            return True
        if hi - lo <= reach and all(t.text not in CLAUSE_BREAKS for t in toks[lo:hi]):
            return True
    return False


def armed(trig: Match[str], toks: list[Token], weapons: list[Match[str]],
          joiners: frozenset[str] = frozenset()) -> bool:
    """A weapon named in the trigger's clause: just before it, or after it before a comma; not one
    before a word joiner that opens the trigger's own predicate ("shelled the village with artillery
    and stormed positions near Orikhiv": the storming is unarmed). Infantry arms named beside it
    ("opened fire with mortars and machine guns") make it a firefight on the ground: no strike."""
    kinds = set()
    for w in weapons:
        if w.value == "planted":
            continue  # a planted bomb: "an improvised bomb was set off"
        if w.first_token <= trig.last_token and w.last_token >= trig.first_token:
            continue  # part of the trigger: "bomb attack"
        if w.last_token < trig.first_token:
            lo, hi = w.last_token + 1, trig.first_token
            if hi - lo > WEAPON_BEFORE or (hi - lo == 1 and toks[lo].text.lower() in joiners
                                           and toks[lo].text[:1].isalpha()):
                continue
        else:
            lo, hi = trig.last_token + 1, w.first_token
            if hi - lo > WEAPON_AFTER:
                continue
        if all(t.text not in CLAUSE_BREAKS for t in toks[lo:hi]):
            kinds.add(w.value)
    return "weapon" in kinds and GROUND not in kinds


def modality(trig: Match[str], toks: list[Token], mods: list[Match[str]], reach: int,
             joiners: frozenset[str] = frozenset()) -> str | None:
    """"cancel", "amid", "since" or "after" when such a word governs the trigger from just before it
    (a word of consent, "agreed to", cancels anything but talks, which it makes real);
    "cancel" when an "ongoing" or a "halted" word follows it closely ("fighting was ongoing", "the shelling
    had stopped": no new act told), or a judgement of a kind
    of act ("attacks on aid workers could amount to war crimes": no act told) or what it has driven people
    to ("clashes near X had displaced nearly 9,000 villagers": a tally), or a purpose word
    ("untuk") precedes it that no deployment verb ("mengerahkan ... untuk") makes real. A threat
    after one of ``joiners`` is a predicate of its own: no word before the joiner governs it
    ("ordered an investigation and vowed to retaliate", "would not back down and promised to ...")."""
    for mod in mods:
        if mod.value == "lasting":
            continue
        if mod.value in ("ongoing", "judged", "uprooted", "halted"):
            between = toks[trig.last_token + 1:mod.first_token]
            near = JUDGED_REACH if mod.value in ("judged", "uprooted") else ONGOING_REACH
            if mod.first_token > trig.last_token and len(between) <= near \
                    and (mod.value != "halted" or trig.value in STOPPABLE) \
                    and all(t.text[0].isalnum() for t in between):
                return "cancel"
            continue
        if mod.value in ("deploy", "meeting", "claimed", "plain"):  # "plain": "tanpa awak", no "tanpa"
            continue
        far = reach + SINCE_EXTRA if mod.value in ("since", "after") else \
            reach + APPEAL_EXTRA if mod.value == "appeal" else reach
        if mod.last_token >= trig.first_token or mod.last_token < trig.first_token - 1 - far:
            continue
        between = toks[mod.last_token + 1:trig.first_token]
        if not all(t.text[0].isalnum() for t in between):
            continue
        if trig.value == "threat" and any(t.text.lower() in joiners for t in between):
            continue
        if mod.value == "onset":  # "began shelling": background (a day date of the sentence drops the word)
            if trig.value == "negotiation":  # "mulai berunding pada November 2022": the talks began then
                continue
            return "cancel"
        if mod.value == "ending":
            # "ending more than a year of fighting": the fighting ended is background; "ended a ceasefire"
            # is talks broken off
            if trig.value in ("negotiation", "statement", "other"):
                continue
            return "cancel"
        if mod.value == "appeal":  # "called on both sides to keep the fighting away": asked for, not done
            return "cancel"
        if mod.value == "attempt":  # "tried to seize Bangui": an assault on it; "tried to kill": none
            return "attempt" if trig.value == "capture" else "cancel"
        if mod.value == "consent":
            # "agreed to a ceasefire", "sepakat melakukan gencatan senjata": the talks are the event
            if trig.value == "negotiation":
                continue
            # "bertemu ... dan sepakat menarik pasukan", "met ... and agreed to withdraw troops": talks
            met = any(x.value == "meeting" for x in mods)
            return "agreed" if trig.value == "retreat" and met else "cancel"
        if mod.value == "purpose":
            # "mengerahkan Angkatan Udara untuk menyerang": forces sent to strike did strike
            if any(d.value == "deploy" and 0 < mod.first_token - d.last_token <= DEPLOY_REACH for d in mods):
                continue
            # "sepakat untuk melakukan gencatan senjata": agreed talks
            if trig.value == "negotiation" and any(
                    d.value == "consent" and d.last_token == mod.first_token - 1 for d in mods):
                continue
            # "bertemu di Istanbul pada Senin untuk putaran kedua perundingan": a meeting for talks is talks
            if trig.value == "negotiation" and any(
                    d.value == "meeting" and d.last_token < mod.first_token for d in mods):
                continue
            return "cancel"
        return mod.value
    return None


def same_clause(a: Match[str], b: Match[str], toks: list[Token]) -> bool:
    """No clause break between two matches."""
    lo, hi = (a.last_token + 1, b.first_token) if a.start < b.start else (b.last_token + 1, a.first_token)
    return not any(t.text in CLAUSE_BREAKS for t in toks[lo:hi])


def borrowed(stamp: TimeMention, m: Match[str], mods: list[Match[str]]) -> bool:
    """Whether trigger ``m`` stands in an "after" clause opened after its date ("suspended talks on
    Monday after the group launched an offensive"): the date is the main clause's, the event before it."""
    opener = max((a.end for a in mods if a.value == "after" and a.end <= m.start), default=None)
    return opener is not None and stamp.end <= opener
