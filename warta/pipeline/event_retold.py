"""Events told again through their victims.

A sentence whose victims are a definite phrase for people an earlier sentence
told of ("the two soldiers were attacked while on patrol", "kedua prajurit itu
diserang saat berpatroli", "the victims") re-tells that earlier event: with no
date or place of its own that differs, it is no new event
(:func:`warta.pipeline.event_merge.fold_retold`). The words are language data
(``[retold]`` in ``events.toml``): determiners before the people noun ("the",
"kedua"), demonstratives after it ("itu"), nouns definite alone ("korban"),
and words that may stand between ("wounded", number words).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Final

from warta.lang import Lang
from warta.pipeline.event_rules import CLAUSE_BREAKS
from warta.pipeline.lexicon import Match, PhraseLexicon, from_table, lowered
from warta.pipeline.segment import current_text
from warta.pipeline.token import Token

GAP: Final = 2  # words between a determiner and its noun: "the two wounded soldiers", "kedua anggota TNI"
REACH: Final = 3  # words between the phrase and its trigger: "were reportedly attacked", "itu diserang"
AGENT_GAP: Final = 1  # words between a passive trigger and the doers that did it: "by" (gunmen)


@dataclass(frozen=True, slots=True)
class Retold:
    before: frozenset[str] = frozenset()  # determiners: "the", "both", "kedua"
    after: frozenset[str] = frozenset()  # demonstratives after the noun: "itu", "tersebut"
    alone: frozenset[str] = frozenset()  # nouns definite by themselves: "korban"
    between: frozenset[str] = frozenset()  # words between determiner and noun: "two", "wounded"
    origin: frozenset[str] = frozenset()  # words after a people noun that say where they come from: "from"
    native: frozenset[str] = frozenset()  # ... after any noun: "asal" (guru asal Sulawesi Selatan)
    strangers: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "peacekeepers": origin no side
    nouns: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "soldiers" people, "gunmen" doers
    held: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # people a side may hold: "hostages"
    keeping: PhraseLexicon[str] = field(default_factory=PhraseLexicon)  # "held by", "yang ditahan (oleh)"


@cache
def retold_words(lang: Lang) -> Retold:
    """The ``[retold]`` words of ``lang``'s events.toml."""
    data = lang.data("events").get("retold", {})
    numbers = lang.data("numbers").get("words", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data.get(key, []))
    return Retold(before=words("before"), after=words("after"), alone=words("alone"),
                  between=words("between") | {w.lower() for w in numbers}, origin=words("origin"),
                  native=words("native"),
                  nouns=from_table({"people": data.get("nouns", []), "doers": data.get("doers", [])}),
                  strangers=from_table({"stranger": data.get("strangers", [])}),
                  held=from_table({"held": data.get("nouns", []) + data.get("strangers", [])
                                   + data.get("captives", [])}),
                  keeping=from_table({"keeping": data.get("keeping", [])}))


def retold_victims(r: Retold, toks: list[Token], text: str, trig: Match[str], passive: bool,
                   doers: bool = False, subject: bool = False) -> bool:
    """Whether the victims of ``trig`` are a definite phrase for people already told of:
    the subject before a passive trigger ("the three officers were attacked", "kedua prajurit
    itu diserang"), else the object after it ("gunmen then shot the two guards"). Those who
    did the deed ("the assailants") count only with ``doers``; with ``subject`` the phrase
    may stand anywhere before the trigger in its clause ("the assailants arrived ... and
    set fire to")."""
    for noun, (first, last) in _definites(r, toks, text):
        if noun.value == "doers" and not doers:
            continue
        gap = toks[last + 1:trig.first_token] if passive else toks[trig.last_token + 1:first]
        if (last < trig.first_token if passive else first > trig.last_token) \
                and (len(gap) <= REACH or (passive and subject)) \
                and not any(t.text in CLAUSE_BREAKS for t in gap):
            return True
    return False


def opens_with_doers(r: Retold, toks: list[Token], text: str) -> bool:
    """Whether the sentence opens with a definite phrase for those who did the deed already told
    ("The attackers surrounded the mosque, opened fire ...", "Para pelaku datang ..."): all it tells
    is of that event, however far its triggers."""
    for noun in r.nouns.find(toks, text, 0, min(len(toks), GAP + 2)):
        span = _definite(r, toks, noun) if noun.value == "doers" else None
        if span is not None and span[0] == 0:
            return True
    return False


_Definites = list[tuple[Match[str], tuple[int, int]]]  # people nouns with their definite phrase's tokens
_DEFINITES: Final[dict[tuple[int, int], tuple[Retold, list[Token], _Definites]]] = {}
_DEFINITES_MAX: Final = 256  # token lists whose definite phrases are kept (those of the article being read)
_READING: Final[list[str | None]] = [None]


def _definites(r: Retold, toks: list[Token], text: str) -> list[tuple[Match[str], tuple[int, int]]]:
    """The people nouns of ``toks`` that stand in a definite phrase, with the phrase's token span.
    They are the same for every trigger of the sentence, so they are found once per token list: a
    long sentence has many triggers and many nouns."""
    key = (id(r), id(toks))
    got = _DEFINITES.get(key)
    if got is not None and got[0] is r and got[1] is toks:
        return got[2]
    article = current_text()
    if article is not _READING[0] or len(_DEFINITES) >= _DEFINITES_MAX:
        _DEFINITES.clear()
        _READING[0] = article
    found = [(noun, span) for noun in r.nouns.find(toks, text)
             if (span := _definite(r, toks, noun)) is not None]
    _DEFINITES[key] = (r, toks, found)
    return found


def _definite(r: Retold, toks: list[Token], noun: Match[str]) -> tuple[int, int] | None:
    """The token span of the definite phrase around ``noun``, or None when it is indefinite."""
    first, last = noun.first_token, noun.last_token
    before = toks[max(0, first - GAP - 1):first]
    for i in range(len(before) - 1, -1, -1):
        word = before[i].text.lower()
        if word in r.before and all(t.text.lower() in r.between or t.text[:1].isdigit()
                                    for t in before[i + 1:]):
            first = first - (len(before) - i)
            break
    else:
        first = -1
    for j in range(last + 1, min(len(toks), last + 3)):
        if toks[j].text.lower() in r.after:
            last = j
            break
        if toks[j].text.lower() not in r.between and not toks[j].text[:1].isupper():
            break  # "kedua anggota TNI itu": a name may stand between
    prev = toks[noun.first_token - 1].text.lower() if noun.first_token > 0 else ""
    bare = noun.text.lower() in r.alone and not (prev in r.between or prev[:1].isdigit())
    if first < 0 and last == noun.last_token and not bare:
        return None
    return (noun.first_token if first < 0 else first), last


def retold_people(r: Retold, toks: list[Token], text: str, trig: Match[str]) -> bool:
    """Whether a definite phrase for people already told of ("the assailants", "para
    penyerang itu", "the two soldiers") stands beside ``trig`` in its clause, on either side."""
    return retold_victims(r, toks, text, trig, True, doers=True, subject=True) \
        or retold_victims(r, toks, text, trig, False, doers=True)


def doers_act(r: Retold, toks: list[Token], trig: Match[str], passive: bool, text: str) -> bool:
    """Whether unnamed armed men do the deed of ``trig``: a doer noun as the subject just before an
    active trigger ("Gunmen kidnapped ...", "Kelompok bersenjata menculik ...") or the agent just
    after a passive one ("were ambushed by militants", "diculik orang bersenjata")."""
    for noun in r.nouns.find(toks, text):
        if noun.value != "doers":
            continue
        if passive and noun.first_token > trig.last_token:
            gap = toks[trig.last_token + 1:noun.first_token]
        elif not passive and noun.last_token < trig.first_token:
            gap = toks[noun.last_token + 1:trig.first_token]
        else:
            continue
        if len(gap) <= (AGENT_GAP if passive else REACH) and not any(t.text in CLAUSE_BREAKS for t in gap):
            return True
    return False


def origins(r: Retold, toks: list[Token], text: str, joiners: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of the names listed as where people of no side come from ("13
    peacekeepers from South Africa, Malawi and Uruguay", "penjaga perdamaian dari Afrika Selatan
    dan Malawi"), or after any noun a native word ("guru asal Sulawesi Selatan"): no event's place, no side
    acting. Troops from a country are its side still."""
    out: list[tuple[int, int]] = []
    low = lowered(toks)
    native = r.native
    natives: set[int] = set() if native.isdisjoint(low) else {  # "pilot asal X"
        k for k, w in enumerate(low) if k > 0 and w in native}
    for k in sorted({noun.last_token + 1 for noun in r.strangers.find(toks, text)} | natives):
        if k + 1 >= len(toks) or toks[k].text.lower() not in r.origin or not toks[k + 1].text[:1].isupper():
            continue
        end = k + 1
        for j in range(k + 1, len(toks)):
            word = toks[j].text
            if word[:1].isupper():
                end = j
            elif word.lower() not in joiners:
                break
        out.append((toks[k + 1].start, toks[end].end))
    return out


# words between a people noun and the clause describing it: "sandera Israel yang ditahan"
KEEPER_GAP: Final = 2


def keepers(r: Retold, toks: list[Token], text: str, joiners: frozenset[str],
            determiners: frozenset[str] = frozenset()) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of the sides named in a clause that describes people by who holds or took
    them ("three hostages held by Hamas", "sandera yang ditahan (oleh) Hamas", a determiner may
    open the name: "held by the Islamic State"): that side is no party of the event told around
    them, neither its actor nor its target; and the spans of those clauses' verbs ("soldiers
    captured by Russia"): how the people were taken, no capture of territory."""
    out: list[tuple[int, int]] = []
    verbs: list[tuple[int, int]] = []
    starts = {m.first_token: m for m in r.keeping.find(toks, text)}
    for noun in r.held.find(toks, text):
        k = noun.last_token + 1
        while k not in starts and k < min(len(toks), noun.last_token + 1 + KEEPER_GAP) \
                and toks[k].text[:1].isupper():
            k += 1  # "sandera Israel yang ditahan Hamas"
        keep = starts.get(k)
        first = keep.last_token + 1 if keep is not None else len(toks)
        if first + 1 < len(toks) and toks[first].text.lower() in determiners:
            first += 1
        if first >= len(toks) or not toks[first].text[:1].isupper():
            continue
        end = first
        for j in range(first, len(toks)):
            word = toks[j].text
            if word[:1].isupper():
                end = j
            elif word.lower() not in joiners:
                break
        out.append((toks[first].start, toks[end].end))
        verbs.append((toks[k].start, toks[first - 1].end))
    return out, verbs
