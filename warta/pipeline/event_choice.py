"""The events one date's triggers give in a sentence: the strongest trigger's type (an attack
made with weapons is a strike, assaults a line holds are attacks), the clause's active verb when
the assault noun only says how or when, the separate types beside it, and the assaults of other
clauses on places in another region; and the place a passive territorial trigger took when it is the
trigger's subject ("Kherson was retaken")."""

from __future__ import annotations

from typing import Final

from warta.model import PLACE_RANK, PlaceMention
from warta.pipeline.event_dates import VIOLENT
from warta.pipeline.event_places import TERRITORY_REACH, nearest_place
from warta.pipeline.event_rules import CLAUSE_BREAKS, WEAPON_BEFORE, Rules, armed, modality, same_clause
from warta.pipeline.event_sides import is_passive, repelled
from warta.pipeline.lexicon import Match
from warta.pipeline.segment import token_index
from warta.pipeline.token import Token

ASSAULTS: Final = {"attack", "strike"}  # a second clause's assault on another region is its own event
VERB_TYPES: Final = {"attack", "killing"}  # verbs whose subject acts in an assault told after an adjunct
TOLL_TYPES: Final = {"killing", "destruction"}  # deaths or losses in a sentence of running totals: a toll
# tokens from a backer word to the support it names: "backed by heavy US air strikes"
BACKED_TOKENS: Final = 3
# tokens from a capture verb to the thing it took: "seized a crowded passenger train"
SEIZED_TOKENS: Final = 4
BLAST_TOKENS: Final = 3  # tokens from a bomb to the word that says it went off: "bom itu meledak"
SUBJECT_TOKENS: Final = 3  # tokens from a place to the passive territorial trigger: "was finally retaken"
# tokens from a relative word to its territorial trigger: "which rebels had overrun"
RELATIVE_TOKENS: Final = 5
# tokens from the place taken to that word: "Maungdaw di perbatasan Bangladesh yang"
ANTECEDENT_TOKENS: Final = 6
TOPIC_TOKENS: Final = 2  # lowercase words between a topic word and the assault it names: "on a new offensive"
DOER_TOKENS: Final = 3  # tokens from a ground doer to the word it does: "armed bandits on foot killed"
# tokens from an adjunct word to the strike noun it introduces: "dalam rentetan serangan"
ADJUNCT_TOKENS: Final = 3


def takes(rules: Rules, m: Match[str], place: PlaceMention, text: str) -> bool:
    """Whether ``place`` is near enough after territorial trigger ``m`` to be what it took: within
    TERRITORY_REACH characters; right after a verb of many senses ("took El Fasher", "took the town of
    Bara"; not "took place in Gaza", "was taken to hospital in Kirkuk")."""
    if not 0 <= place.start - m.end <= TERRITORY_REACH:
        return False
    return m.text.lower() not in rules.bare_takes or all(
        w in rules.take_gap for w in text[m.end:place.start].lower().split())


def chosen(rules: Rules, group: list[Match[str]], several: bool, toks: list[Token], text: str,
            mods: list[Match[str]], sides: list[Match[str]] | None = None,
            retold: bool = False) -> list[tuple[str, Match[str]]]:
    """The events one date's triggers give: the strongest trigger's, typed (an attack
    with weapons is a strike), and one for each separate type beside it. ``sides``: the sentence's
    side words (a bomb a side owns was dropped: "Russian bombs", "bom Rusia"); ``retold``: the sentence
    opens with the doers of a told event (what they burned is then news of its own)."""
    group = [m for m in group if not (m.value == "negotiation" and _demanded(rules, m, toks, text))]
    if not group:
        return []
    group = [m for m in group if not _went_off(m, group, toks, rules)] or group
    group = [m for m in group if not manner_of_other(m, group, toks, rules)] or group
    demoted = {m.start for m in group if modality(m, toks, mods, rules.reach) == "amid"}
    trig = min(group, key=lambda m: (m.start in demoted, rules.order.get(m.value, 99), m.start))
    if several and trig.value not in VIOLENT | {"statement"}:
        return []  # a second clause counts only when violent, or a declaration ("declared victory in ...")
    kind = trig.value
    verb = main_verb(trig, group, toks, rules)
    weapons = _owned(rules, rules.weapons.find(toks, text), sides or []) \
        if kind in ASSAULTS | TOLL_TYPES else []
    backers = rules.backers.find(toks, text) if weapons else []
    weapons = [w for w in weapons if not any(  # "backed by US drones killed ...": the backer's arms
        b.last_token < w.first_token <= b.last_token + BACKED_TOKENS and w.last_token < trig.first_token
        for b in backers)]
    if kind == "attack" and any(x.value == "capture" for x in rules.triggers.find(
            toks, text, trig.first_token, trig.last_token + 1)):  # "seized a fuel tanker": no ranged target
        taken = _taken(rules, trig, toks, text)
        weapons = [w for w in weapons if not any(
            o.first_token <= w.first_token and w.last_token <= o.last_token for o in taken)]
    blast = trig.text.lower() in rules.blasts
    if blast and kind != "strike":  # "a bomb exploded near a bus", "sebuah bom meledak": it was planted
        weapons = [Match(w.start, w.end, w.text, "planted", w.first_token, w.last_token)
                   if w.text.lower() in rules.bombs else w for w in weapons]
    if kind in ("attack", "killing") and armed(trig, toks, weapons, rules.joiners):
        kind = "strike"
    elif kind in ("strike", "killing") and (blast or kind == "killing") \
            and planted_near(trig, weapons, toks, is_passive(trig, toks, rules.roles)):
        kind = "attack"  # "a roadside bomb hit an army truck", "was struck by a bomb": a planted bomb's blast
    elif kind == "strike" and trig.text.lower() in rules.blows and by_doers(rules, trig, toks, weapons):
        kind = "attack"  # "the raiders struck the town": no weapon, done on the ground
    elif kind == "killing" and trig.text.lower() in rules.raid_deaths \
            and (by_doers(rules, trig, toks, weapons) or _fighters_slain(rules, trig, toks, text)):
        kind = "attack"  # "Armed bandits killed 14 worshippers at a mosque": a raid; "troops killed 15
        # insurgents near X": a fight with armed men
    elif verb is None and kind == "strike" and repelled(text, toks, trig, rules.roles.repel) \
            and not names_weapon(trig, weapons):
        kind = "attack"  # "menangkis 42 serangan Rusia": assaults a line holds; not "drone strikes"
    out = [(kind, verb or trig)]  # "Kyiv attacked ... in a wave of drone strikes": the verb's subject acts
    for m in group:
        # ... not one after "amid" or "despite" ("clashed on Friday despite a ceasefire"): background
        if m.value in rules.separate and m.value != kind and all(m.value != k for k, _ in out) \
                and m.start not in demoted \
                and not (m.value == "destruction" and (
                    _of_equipment(rules, m, toks, text)
                    or not retold and _raiders_arson(rules, kind, m, group, toks, text))):
            out.append((m.value, m))
    return out


def _raiders_arson(rules: Rules, kind: str, m: Match[str], group: list[Match[str]], toks: list[Token],
                   text: str) -> bool:
    """Whether destruction ``m`` is told after a ground assault's violence in its sentence ("killed 11
    villagers and burned dozens of huts in a raid", "the attackers opened fire and set homes alight"):
    part of the raid, no loss of its own; not when the assault was repelled ("repelled the attack and
    destroyed two tanks": the defenders' deed)."""
    before = [x for x in group if x.value in VIOLENT and x.start < m.start]
    return kind == "attack" and bool(before) and not any(
        repelled(text, toks, x, rules.roles.repel) for x in before)


def by_doers(rules: Rules, trig: Match[str], toks: list[Token], weapons: list[Match[str]]) -> bool:
    """Whether ground doers right before ``trig`` do it with no weapon named in its clause ("the raiders
    struck the town", "Armed bandits killed 14 worshippers"): a raid, an attack; not a side's own
    fighters in its claim ("said its fighters killed 14 soldiers"), nor doers who suffer it ("a militia
    leader was shot dead")."""
    lo = max(0, trig.first_token - DOER_TOKENS)
    return not armed(trig, toks, weapons, rules.joiners) and not is_passive(trig, toks, rules.roles) \
        and any(_doer(rules, toks, i) and not any(
            x.text in CLAUSE_BREAKS for x in toks[i + 1:trig.first_token])
            and not (i > 0 and toks[i - 1].text.lower() in rules.roles.own_forces)  # "its fighters": a claim
            for i, t in enumerate(toks[lo:trig.first_token], lo))


def _fighters_slain(rules: Rules, trig: Match[str], toks: list[Token], text: str) -> bool:
    """Whether the ones an active death word kills are armed men ("troops killed 15 insurgents",
    "menewaskan 15 pemberontak", "killed \"around 40 militants\""): a count and a doer word right after it;
    not deaths its sentence puts in an assault of its own ("killed five militants, including a commander,
    in a strike", "dalam serangan"): that assault's toll."""
    if is_passive(trig, toks, rules.roles):
        return False
    after = toks[trig.last_token + 1:trig.last_token + 1 + SLAIN_TOKENS]
    doer = next((i for i, t in enumerate(after, trig.last_token + 1) if _doer(rules, toks, i)
                 and not any(x.text in CLAUSE_BREAKS for x in toks[trig.last_token + 1:i])), None)
    if doer is None:
        return False
    return not any(m.value in ASSAULTS and any(t.text.lower() in rules.adjuncts
                                               for t in toks[max(doer + 1, m.first_token - 2):m.first_token])
                   for m in rules.triggers.find(toks, text, doer + 1, len(toks)))


def answered(rules: Rules, toks: list[Token], trig: Match[str], mods: list[Match[str]]) -> bool:
    """Whether a state's armed men named just before ``trig`` fight or kill doers named just after it
    ("soldiers shot dead six raiders in the firefight that ensued", "polisi terlibat baku tembak dengan
    para penyerang"): the answer to an assault the article told, an event of its own; not what they were
    sent for ("dikerahkan untuk mengejar para pelaku": a purpose word between)."""
    lo = max(0, trig.first_token - ANSWER_TOKENS)
    before = toks[lo:trig.first_token]
    if any(t.text in CLAUSE_BREAKS for t in before[1:]) or any(
            x.value == "purpose" and lo <= x.first_token < trig.first_token for x in mods) or not any(
            t.text.lower() in rules.forces or (i > 0 and f"{before[i - 1].text.lower()} {t.text.lower()}"
                                                in rules.forces) for i, t in enumerate(before)):
        return False
    for i in range(trig.last_token + 1, min(len(toks), trig.last_token + 1 + ANSWER_TOKENS)):
        if toks[i].text in CLAUSE_BREAKS:
            return False
        if _doer(rules, toks, i):
            return True
    return False


# tokens from the forces to their deed and from it to the doers: "killed at least three"
ANSWER_TOKENS: Final = 6
# tokens after a death word to the doer noun it kills: 'at least two "suspected rebels'
SLAIN_TOKENS: Final = 5


def _doer(rules: Rules, toks: list[Token], i: int) -> bool:
    """Whether token ``i`` ends a doer word ("gunmen", "orang bersenjata")."""
    word = toks[i].text.lower()
    return word in rules.doers or (i > 0 and f"{toks[i - 1].text.lower()} {word}" in rules.doers)


def _demanded(rules: Rules, m: Match[str], toks: list[Token], text: str) -> bool:
    """Talks a condition asks for ("will withdraw its force unless the president arranges a ceasefire"):
    no talks held."""
    return any(c.last_token < m.first_token and not any(
        t.text in CLAUSE_BREAKS for t in toks[c.last_token + 1:m.first_token])
        for c in rules.conditions.find(toks, text))


# tokens from a destruction word to its equipment: "burned several military vehicles"
EQUIPMENT_TOKENS: Final = 4


def _of_equipment(rules: Rules, m: Match[str], toks: list[Token], text: str) -> bool:
    """Whether a destruction word names equipment lost, uncounted, in the event told beside it
    ("burned several military vehicles", "kendaraan militer dibakar"): part of that event, none of
    its own. Houses and shops burned are one, and so is equipment counted ("destroyed two tanks")."""
    for e in rules.equipment.find(toks, text):
        if 0 < e.first_token - m.last_token <= EQUIPMENT_TOKENS:
            between = toks[m.last_token + 1:e.first_token]
        elif 0 < m.first_token - e.last_token <= 2:
            between = toks[max(0, e.first_token - EQUIPMENT_TOKENS):e.first_token]
        else:
            continue
        if not any(t.text[0].isdigit() or t.text.lower() in rules.numbers for t in between):
            return True
    return False


def backing(rules: Rules, m: Match[str], hits: list[Match[str]], toks: list[Token],
            text: str) -> tuple[int, int] | None:
    """The character span of the backing when trigger ``m`` names the support a backer word gives the
    actor ("troops backed by US air strikes killed ...", "pasukan yang didukung serangan udara AS
    menewaskan ..."): a support noun at most ``BACKED_TOKENS`` after the backer, in its clause, with
    another trigger after it there. The span runs from the backer to the word after the noun (the
    backer's name: "serangan udara AS"); None when ``m`` is no such support."""
    if m.text.lower() not in rules.support or not any(
            h.first_token > m.last_token and same_clause(m, h, toks) for h in hits):
        return None
    b = next((b for b in rules.backers.find(toks, text)
              if b.last_token < m.first_token <= b.last_token + BACKED_TOKENS
              and not any(t.text in CLAUSE_BREAKS for t in toks[b.last_token + 1:m.first_token])), None)
    return None if b is None else (b.start, toks[min(m.last_token + 1, len(toks) - 1)].end)


def seized(rules: Rules, m: Match[str], toks: list[Token], text: str) -> Match[str]:
    """A capture trigger as what it took says: a conveyance with people aboard was hijacked, an
    attack ("seized a passenger train", "merebut kapal kargo"); goods were confiscated, no event
    ("seized weapons"). Other triggers, and captures of anything else, as they are."""
    if m.value != "capture":
        return m
    lo = m.last_token + 1
    took = _taken(rules, m, toks, text)
    if not took or any(t.text in CLAUSE_BREAKS for t in toks[lo:took[0].first_token]):
        return m
    return Match(m.start, m.end, m.text, took[0].value, m.first_token, m.last_token)


def _taken(rules: Rules, m: Match[str], toks: list[Token], text: str) -> list[Match[str]]:
    """The conveyances or goods named just after capture verb ``m``."""
    return rules.seized.find(toks, text, m.last_token + 1, min(len(toks), m.last_token + 1 + SEIZED_TOKENS))


def _went_off(m: Match[str], group: list[Match[str]], toks: list[Token], rules: Rules) -> bool:
    """Whether trigger ``m`` is a bomb that a blast word right after it says went off ("sebuah bom
    meledak"): the blast is the trigger, the bomb no strike of its own."""
    return m.text.lower() in rules.bombs and any(
        b.text.lower() in rules.blasts and 0 < b.first_token - m.last_token <= BLAST_TOKENS
        and same_clause(m, b, toks) for b in group)


def manner_of_other(m: Match[str], group: list[Match[str]], toks: list[Token], rules: Rules) -> bool:
    """Whether assault noun ``m`` only says how an event of type other before it in its clause was done,
    after an adjunct word ("arrested 14 people in overnight raids", "menangkap 14 tersangka dalam
    penggerebekan"): the arrest is the event, the raid no attack of its own."""
    k = m.first_token
    if m.value not in ASSAULTS or not any(
            t.text.lower() in rules.adjuncts for t in toks[max(0, k - ADJUNCT_TOKENS):k]):
        return False
    # a name in brackets is no clause break: "menangkap lima terduga jaringan ... (JAD) dalam operasi"
    breaks = CLAUSE_BREAKS - {"(", ")"}
    return any(o.value == "other" and o.last_token < k
               and not any(t.text in breaks for t in toks[o.last_token + 1:k]) for o in group)


def _owned(rules: Rules, weapons: list[Match[str]], sides: list[Match[str]]) -> list[Match[str]]:
    """``weapons`` with a bare bomb that a side word stands right beside ("Russian bombs", "bom Rusia") a
    strike weapon: a side's bombs are dropped; a bomb no one owns in the words was planted."""
    before, after = {h.last_token + 1 for h in sides}, {h.first_token - 1 for h in sides}
    return [Match(w.start, w.end, w.text, "weapon", w.first_token, w.last_token)
            if w.text.lower() in rules.bombs and (w.first_token in before or w.last_token in after) else w
            for w in weapons]


def planted_near(trig: Match[str], weapons: list[Match[str]], toks: list[Token], passive: bool) -> bool:
    """Whether a planted weapon stands before the trigger in its clause ("a roadside bomb hit", "a parcel
    bomb left under a bench killed"), or after a passive one ("was struck by a buried bomb")."""
    return any(w.value == "planted" and (
        w.last_token < trig.first_token <= w.last_token + 1 + WEAPON_BEFORE
        and not any(t.text in CLAUSE_BREAKS for t in toks[w.last_token + 1:trig.first_token])
        or passive and trig.last_token < w.first_token <= trig.last_token + 1 + WEAPON_BEFORE
        and not any(t.text in CLAUSE_BREAKS for t in toks[trig.last_token + 1:w.first_token]))
        for w in weapons)


def main_verb(trig: Match[str], group: list[Match[str]], toks: list[Token],
               rules: Rules) -> Match[str] | None:
    """The active attack or killing verb of the clause when the assault trigger only says how
    or when, after an adjunct word ("menyerang ... dalam rentetan serangan drone", "attacked ...
    with drone strikes", "troops killed three men during a raid"): its subject acts."""
    k = trig.first_token
    before = toks[max(0, k - ADJUNCT_TOKENS):k]
    if trig.value not in ASSAULTS or not any(t.text.lower() in rules.adjuncts for t in before):
        return None
    return next((m for m in group if m.value in VERB_TYPES and m.last_token < k
                 and not is_passive(m, toks, rules.roles)
                 and not any(t.text in CLAUSE_BREAKS for t in toks[m.last_token + 1:k])), None)


def names_weapon(trig: Match[str], weapons: list[Match[str]]) -> bool:
    """Whether a weapon stands in or right beside the trigger ("drone strikes")."""
    return any(w.value == "weapon" and trig.first_token - 1 <= w.last_token
               and w.first_token <= trig.last_token + 1 for w in weapons)


def elsewhere(rules: Rules, chosen: list[tuple[str, Match[str]]], group: list[Match[str]],
               inside: list[PlaceMention], toks: list[Token], text: str) -> list[tuple[str, Match[str]]]:
    """Attack or strike triggers of other clauses that name a place in another region than the main
    event's ("attacked brigades in the Kursk region, and sent the air force to strike
    reserves in the Sumy region"), or any place when the main event is no assault ("captured
    two villages, while Ukraine said it repelled 47 attacks near Pokrovsk"): one event each."""
    if not chosen:
        return []
    main = chosen[0][1]
    home = nearest_place(inside, main, True, -1, text)
    if home is None:
        return []
    seen = {area(home)}
    out: list[tuple[str, Match[str]]] = []
    literal = [p for p in inside if p.precision != "country" and not p.actor_use and p.lat is not None]
    for m in group:
        if m.value not in ASSAULTS or any(m is c for _, c in chosen) or same_clause(m, main, toks) \
                or manner_of_other(m, group, toks, rules):
            continue
        where = next((p for p in literal if 0 <= p.start - m.end <= TERRITORY_REACH
                      and not any(t.text in CLAUSE_BREAKS for t in toks if m.end <= t.start < p.start)), None)
        # an assault beside another of its region is the same; beside a capture it is one of its own
        if where is None or (main.value in ASSAULTS and area(where) in seen):
            continue
        seen.add(area(where))
        kind = "strike" if m.value == "attack" and armed(m, toks, rules.weapons.find(toks, text)) else m.value
        out.append((kind, m))
    return out


def area(place: PlaceMention) -> str:
    return ".".join(place.admin1.split(".")[:2]) if place.admin1 else place.name


def taken_subject(m: Match[str], inside: list[PlaceMention], toks: list[Token],
                   rules: Rules) -> PlaceMention | None:
    """The place below country level that is the subject of a passive territorial trigger ("Kherson
    was retaken by Ukrainian troops", "Kherson direbut kembali"): the place taken, named before it
    (read as its subject, an actor use, by the place stage)."""
    if m.value not in rules.roles.territorial or not is_passive(m, toks, rules.roles):
        return None
    for p in inside:
        if p.precision == "country" or p.end > m.start:
            continue
        between = toks[token_index(toks, p.end):m.first_token]
        if len(between) <= SUBJECT_TOKENS and all(t.text[0].isalnum() for t in between):
            return p
    return None


def relative_site(m: Match[str], inside: list[PlaceMention], toks: list[Token],
                  rules: Rules) -> PlaceMention | None:
    """The place a territorial trigger in a relative clause took: the finest place below country level
    in the phrase the relative word follows ("the town of Bulobarde in the Hiiraan region, which the
    militants had overrun in March", "Maungdaw di perbatasan Bangladesh yang direbut pada Desember")."""
    if m.value not in rules.roles.territorial:
        return None
    rel = next((i for i in range(m.first_token - 1, max(-1, m.first_token - 1 - RELATIVE_TOKENS), -1)
                if toks[i].text.lower() in rules.relatives), None)
    if rel is None or not all(t.text[0].isalnum() for t in toks[rel + 1:m.first_token]):
        return None
    lead = rel - 1 if rel > 0 and toks[rel - 1].text == "," else rel  # "Bulobarde, which"
    start = toks[max(0, lead - ANTECEDENT_TOKENS)].start
    sites = [p for p in inside if p.precision != "country" and start <= p.start and p.end <= toks[lead].start
             and all(t.text[0].isalnum() for t in toks[token_index(toks, p.end):lead])]
    return min(sites, key=lambda p: (PLACE_RANK.get(p.precision, 9), p.start), default=None)


def talked_of(rules: Rules, hits: list[Match[str]], toks: list[Token]) -> list[Match[str]]:
    """The triggers less assaults that talks before them in the clause are about ("Talks between the
    government and clan elders on a new offensive stalled", "perundingan mengenai serangan baru"): the
    subject of the talks, no event of its own."""
    talks = [m for m in hits if m.value == "negotiation"]
    if not talks or not rules.topics:
        return hits

    def topic(m: Match[str]) -> bool:
        k = next((i for i in range(m.first_token - 1, max(-1, m.first_token - 2 - TOPIC_TOKENS), -1)
                  if toks[i].text.lower() in rules.topics), None)
        if k is None or not all(t.text.isalpha() and t.text.islower() for t in toks[k + 1:m.first_token]):
            return False
        return any(n.last_token < k and not any(t.text in CLAUSE_BREAKS for t in toks[n.last_token + 1:k])
                   for n in talks)

    return [m for m in hits if m.value == "negotiation" or not topic(m)]
