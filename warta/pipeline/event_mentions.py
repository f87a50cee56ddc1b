"""Mentions in a sentence that point elsewhere: back to an event already told ("this attack",
"serangan tersebut", "before the attack", "claimed responsibility for"), to the report rather than the
event (a date right after "said"), or to where people went ("fled toward the city of").
"""

from __future__ import annotations

from typing import Final

from warta.pipeline.event_rules import CLAUSE_BREAKS, Rules
from warta.pipeline.lexicon import Match
from warta.pipeline.token import Token

ANAPHORA_REACH: Final = 2  # tokens between an event noun and its demonstrative: "serangan Israel tersebut"


def anaphoric(r: Rules, toks: list[Token], text: str, group: list[Match[str]], nouns_too: bool = True,
              others: frozenset[int] = frozenset(), reach: int = ANAPHORA_REACH) -> bool:
    """A trigger or event noun pointing back to an event already told: "this attack",
    "serangan tersebut", "akibat peristiwa itu" (event nouns only with ``nouns_too``). A demonstrative
    after another trigger (the first tokens ``others``) is that one's: "membalas serangan tersebut";
    one more than ``reach`` tokens after the trigger is its object's ("menumpas kelompok itu")."""
    nouns = [(m.first_token, m.last_token) for m in r.event_nouns.find(toks, text)] if nouns_too else []
    # "serangan di wilayah tersebut": the place's; "baku tembak dengan kelompok itu": the group's
    stops = r.roles.target | r.roles.agent | r.framing | r.adjuncts
    sites = {m.first_token for m in r.sites.find(toks, text)}  # "mundur dari desa itu": the village's
    for first, last in [(m.first_token, m.last_token) for m in group] + nouns:
        back = first - 1
        if back > 0 and toks[back].text.lower() in r.determiners:
            back -= 1  # "such an attack"
        if back >= 0 and toks[back].text.lower() in r.anaphora_before:
            return True
        # "menghantam istana itu": the palace told of, not the strike ("melancarkan serangan itu" is one)
        if toks[first].text.lower().startswith(r.verb_prefixes) and r.verb_prefixes and first == last:
            continue
        for i, t in enumerate(toks[last + 1:last + 1 + reach + 1], last + 1):
            if t.text.lower() in r.anaphora_after:
                return True
            if t.text in CLAUSE_BREAKS or t.text.lower() in stops or i in sites or i in others:
                break
    return False


def opens_told(r: Rules, toks: list[Token], group: list[Match[str]], last_type: str | None) -> bool:
    """A sentence that opens with a definite trigger noun of the type of the last event told, with no
    date of its own ("The strike hit a house in the village of X"): that event told again."""
    return last_type is not None and len(toks) > 1 and toks[0].text.lower() in r.definite \
        and any(m.first_token == 1 and m.value == last_type for m in group)


FOLLOW_UP_WORDS: Final = 3  # words of a phrase that refers back to an event: "claimed responsibility for"


QUOTES: Final = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def follow_up(r: Rules, toks: list[Token], group: list[Match[str]], text: str = "") -> bool:
    """A trigger that a phrase refers back with ("claimed responsibility for the assault",
    "condemned the attack", "bertanggung jawab atas serangan"): once the article has told
    an event, the one it told, not another. Also any trigger after a claim of the told assault in its
    sentence (``r.claims``: "claimed responsibility in a statement, saying its fighters had killed ...")."""
    claims = r.claims.find(toks, text) if text else []
    for m in group:
        if any(c.end <= m.start for c in claims):
            return True
        back = m.first_token - 1
        # ... some only with the trigger's definite article ("carried out the ambush", not "an ambush")
        said = [t.text.lower() for t in toks[max(0, back - FOLLOW_UP_WORDS + 1):back + 1]]
        if back > 0 and toks[back].text.lower() in r.determiners:
            back -= 1
        if back > 0 and toks[back].text in QUOTES:  # ... past a quote: 'what it called "the shelling"'
            back -= 1
        words = [t.text.lower() for t in toks[max(0, back - FOLLOW_UP_WORDS + 1):back + 1]]
        if any(" ".join(words[-n:]) in r.follow_ups for n in range(1, len(words) + 1)) \
                or any(" ".join(said[-n:]) in r.follow_ups for n in range(2, len(said) + 1)):
            return True
    return False


REMENTION_REACH: Final = 4  # tokens from "the"/"yang" to the death word it opens: "the crew members killed"


def remention(r: Rules, toks: list[Token], m: Match[str]) -> bool:
    """Deaths named as what their people are ("three of the sailors killed were Indians",
    "tiga pelaut yang tewas adalah warga India"): those already told, no new event."""
    before, after = r.remention
    nxt = m.last_token + 1
    if nxt >= len(toks) or toks[nxt].text.lower() not in after:
        return False
    return any(t.text.lower() in before for t in toks[max(0, m.first_token - REMENTION_REACH):m.first_token])


REPORT_REACH: Final = 2  # words between a reporting verb and the date after it: "said on Sunday"
OUTLET_WORDS: Final = 8  # words of the outlets an outlet's credit names before the date of their report


def report_date(r: Rules, toks: list[Token], text: str, start: int, end: int | None = None,
                found: list[Match[str]] | None = None) -> bool:
    """A date expression (``start``..``end``) that dates a report, not an event: right after a
    reporting verb ("the governor said Thursday", "mengatakan pada hari Senin"), also past the
    channel it came in ("said in a statement on Tuesday", "mengatakan dalam pernyataan pada Selasa"),
    or right before one ("the ministry on Sunday said", "pada hari Minggu menyatakan"). Past a speaker
    of a few words when the date closes the sentence and no trigger of ``found`` comes between ("kata
    pejabat setempat pada Rabu (4/6)."; not "said gunmen raided it on Sunday."), of any length when the
    speaker's clause is set off by a comma (", kata juru bicara kelompok bersenjata itu pada Senin.")."""
    channels = r.channels.find(toks, text)
    for cue in r.report_cues.find(toks, text):
        between = [t for t in toks[cue.last_token + 1:] if t.start < start]
        via = [c for c in channels if cue.end <= c.start and c.end <= start]
        # "in a statement on": the words up to the channel and the channel itself count as one
        after = [t for t in between if t.start >= via[-1].end] if via else between
        # ... or past the speaker when it closes the sentence ("kata pejabat setempat pada Rabu (4/6).")
        closing = end is not None and found is not None and all(not t.text[0].isalnum() for t in toks
                                                                if t.start >= end) \
            and not any(cue.end <= f.start and f.end <= start for f in found)
        # ... of any length when the speaker's clause is set off by a comma (", kata juru bicara kelompok itu
        # pada Senin."), not a noun that looks like a cue ("a land dispute turned into conflict in March")
        set_off = cue.first_token > 0 and toks[cue.first_token - 1].text == ","
        reach = REPORT_REACH + (REPORT_REACH if via or closing else 0)
        if cue.end <= start and (closing and set_off or len(after) <= reach) \
                and not any(t.text in CLAUSE_BREAKS for t in between):
            return True
        # ... or after the outlets an outlet's credit names, closed by a comma ("Dilansir Reuters dan
        # BBC, Minggu (14/6), kementerian ..."): the day they reported it, not the day of the event
        if cue.value == "outlet" and cue.end <= start and 1 < len(between) <= OUTLET_WORDS \
                and between[-1].text == "," and not any(t.text in CLAUSE_BREAKS for t in between[:-1]):
            return True
        # ... set off by commas before one ("Kolonel X di Sorong, Rabu, menjelaskan"), not a date that
        # ends its clause ("in a battle lasting hours Thursday, said the spokesman")
        gap = [t for t in toks[:cue.first_token] if end is not None and end <= t.start < cue.start]
        if end is not None and end <= cue.start and (not gap or (
                all(t.text == "," for t in gap) and _comma_before(toks, start))):
            return True
    return False


def tallied(r: Rules, toks: list[Token], text: str, start: int, end: int) -> bool:
    """Whether the date expression ``start``..``end`` is one a count ran up to ("31 bodies had been
    recovered by Tuesday evening", "hingga Selasa malam"): its first word or the one before it."""
    words = text[start:end].split()
    before = [t for t in toks if t.end <= start]
    return bool(words and words[0].lower() in r.tallied_by) or bool(
        before and before[-1].text.lower() in r.tallied_by)


def _comma_before(toks: list[Token], start: int) -> bool:
    i = next((i for i, t in enumerate(toks) if t.start >= start), len(toks))
    return i > 0 and toks[i - 1].text == ","


def rementioned(r: Rules, toks: list[Token], group: list[Match[str]],
                assault: bool = True) -> list[Match[str]]:
    """The assaults named after an adjunct word and a determiner ("destroyed in the fighting", "used
    drones in the assault") or after a word that names the told one ("before the attack", "tewas
    akibat serangan"), when an assault was told (``assault``; "lost 40 tanks in the battle for the town"
    after a capture is the battle before it); or after an adjunct at the told place ("tewas dalam baku
    tembak di kota itu", after any violent event): the event already told, when the sentence gives it
    no date of its own."""
    out = []
    for m in group:
        if m.value not in ("attack", "strike") or m.first_token < 1:
            continue
        back = m.first_token - 1
        word = toks[back].text.lower()
        article = word in r.determiners
        if article and back >= 1:
            if word not in r.definite and toks[back - 1].text.lower() in r.fresh_adjuncts:
                continue  # "killed three militants in a firefight": a new one, not "in the fighting"
            word = toks[back - 1].text.lower()
        if (assault and (word in r.rementions or (article and word in r.adjuncts))) \
                or (word in r.adjuncts and _at_told_site(r, toks, m)):
            out.append(m)
    return out


def _at_told_site(r: Rules, toks: list[Token], m: Match[str]) -> bool:
    """Whether a framing word and a definite place noun follow trigger ``m`` ("in clashes in the town",
    "dalam baku tembak di kota itu"): the place already told, not a named one ("in the town of X")."""
    i = m.last_token + 1
    if i >= len(toks) or toks[i].text.lower() not in r.framing:
        return False
    definite = i + 1 < len(toks) and toks[i + 1].text.lower() in r.definite
    i += 2 if definite else 1
    if i >= len(toks) or toks[i].text.lower() not in r.told_sites:
        return False
    pointed = i + 1 < len(toks) and toks[i + 1].text.lower() in r.anaphora_after
    after = toks[i + (2 if pointed else 1):i + (4 if pointed else 3)]
    return (definite or pointed) and not any(t.text[:1].isupper() for t in after)  # "the town of Lyman"


# tokens from a destination phrase to the place it names: "fled toward the city of"
DESTINATION_TOKENS: Final = 3


def destination_spans(r: Rules, toks: list[Token], text: str) -> list[tuple[int, int]]:
    """Character spans after the words of where people went ("fled toward the city of Hinche",
    "menyeberang ke kota Gisenyi"): a place there is no event's place."""
    out: list[tuple[int, int]] = []
    for d in r.destinations.find(toks, text):
        stop = next((i for i in range(d.last_token + 1, len(toks)) if toks[i].text in CLAUSE_BREAKS),
                    len(toks))
        last = min(stop, d.last_token + 1 + DESTINATION_TOKENS + 1) - 1
        if last > d.last_token:
            out.append((d.end, toks[last].end))
    return out


def definite(m: Match[str], toks: list[Token], rules: Rules) -> bool:
    """An assault named with a definite determiner before it ("the fighting", "the assault")."""
    return m.first_token > 0 and toks[m.first_token - 1].text.lower() in rules.definite


def nothing_between(m: Match[str], start: int, found: list[Match[str]]) -> bool:
    """No other trigger (an event word, or its look-alike) between trigger ``m`` and ``start``."""
    return not any(m.end <= f.start and f.end <= start for f in found)


# tokens from a talks word to the word naming the other party: "talks with the rebels"
PARTNER_TOKENS: Final = 3


def partnered(rules: Rules, toks: list[Token], m: Match[str]) -> bool:
    """Talks named with the other party ("suspended talks with the Fano militia", "gencatan senjata
    dengan para pemimpin Druze"): two sides talk, neither acts on the other."""
    return any(t.text.lower() in rules.partners
               for t in toks[m.last_token + 1:m.last_token + 1 + PARTNER_TOKENS])
