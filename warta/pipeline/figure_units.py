"""What a number counts: the unit noun phrase after it (fillers, side words and an
outcome adjective may stand between), refined where a generic person noun is followed
by the noun that says who ("orang warga sipil"), and widened over the side words and
kinds that follow it ("Russian troops", "tentara Rusia")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from warta.pipeline.figure_outcomes import PEOPLE, QUOTE_MARKS
from warta.pipeline.figure_words import singular_thing
from warta.pipeline.lexicon import Match, PhraseLexicon
from warta.pipeline.segment import token_index
from warta.pipeline.token import Token

if TYPE_CHECKING:
    from warta.model import Figure
    from warta.pipeline.figures import FigureLexicons

UNIT_WINDOW: Final = 4  # tokens that may stand between a number and its unit noun
ORIGIN_REACH: Final = 3  # lower-case words between "from"/"dari" and the country a figure's people come from
_FIRSTS: Final[dict[PhraseLexicon[str], frozenset[str]]] = {}  # a side lexicon -> its phrases' first words


def side_firsts(sides: PhraseLexicon[str]) -> frozenset[str]:
    """The lower-cased words a phrase of ``sides`` can begin with (``PhraseLexicon.first_words``),
    read once per lexicon: where a token's word is none of them, ``sides.at`` finds nothing."""
    got = _FIRSTS.get(sides)
    if got is None:
        got = _FIRSTS[sides] = sides.first_words()
    return got


def unit_after(toks: list[Token], i: int, text: str, lex: FigureLexicons,
                sides: PhraseLexicon[str], whole_names: bool = True) -> Match[str] | None:
    """The unit phrase starting within a few tokens of token ``i``; an outcome
    word may stand before it as an adjective ("40 injured persons"). A side's name of several
    tokens counts as one (``whole_names``; not after an article: "fired at a U.S. warship" names a
    target, not a count)."""
    j = i
    named = False  # a proper-name modifier stood before the noun
    joined = 0  # joiners between names, which the window does not count
    side_words = side_firsts(sides)
    while j < min(i + UNIT_WINDOW + joined, len(toks)):
        word = toks[j].text
        low = word.lower()
        m = lex.units.at(toks, j, text) if low in lex.unit_firsts else None  # (no phrase opens at most words)
        if m is not None:
            if named and m.text.lower() in lex.named_members:
                m = Match(m.start, m.end, m.text, "personnel", m.first_token, m.last_token)
            return _refine_people(toks, _compound(toks, m, text, lex), text, lex, sides)
        stem = next((word[:-len(x)] for x in lex.suffixes
                     if low.endswith(x) and len(word) > len(x) + 2), None) \
            if low.endswith(lex.suffixes) else None  # mostly no noun suffix: one test, in C
        if stem is not None and lex.units.lookup(stem) is not None:
            return Match(toks[j].start, toks[j].end, word, lex.units.lookup(stem) or "", j, j)  # "warganya"
        hyphened = "-" in word
        plural = (_reduplicated(toks, j, lex) if hyphened else None) or singular_thing(toks, j, lex, low)
        if plural is not None:
            return plural
        if "/" in word and lex.units.lookup(word.split("/")[0]) is not None:
            value = lex.units.lookup(word.split("/")[0])  # "ships/boats"
            return Match(toks[j].start, toks[j].end, word, value or "", j, j)
        adjective = lex.outcomes.at(toks, j, text) if low in lex.outcome_firsts else None
        if adjective is not None and j > i - 1:
            j = adjective.last_token + 1  # kept only if a unit follows within the window
            continue
        if word in QUOTE_MARKS:
            j, joined = j + 1, joined + 1
            continue  # a scare-quoted noun: 23 "teroris", 13 "Christians"
        if j > i and toks[j - 1].text in QUOTE_MARKS and j + 1 < len(toks) \
                and toks[j + 1].text in QUOTE_MARKS:
            j += 1
            continue  # a scare-quoted modifier: 11 Kenyan "crusader" troops
        if _demonym_plural(toks, j, text, lex):
            return Match(toks[j].start, toks[j].end, word, "civilians", j, j)  # "580 Mexicans"
        side = sides.at(toks, j, text) if low in side_words else None
        if low in lex.fillers or low.endswith(lex.filler_endings) or side is not None:
            named = named or (word[:1].isupper() and low not in lex.fillers)  # "26 Hamas members"
            if whole_names and side is not None and side.last_token > j:  # "seven U.S. Reaper drones"
                joined += side.last_token - j
                j = side.last_token
            j += 1
            continue
        if word[:1].isupper() and any(ch.isalpha() for ch in word):
            j, named = j + 1, True
            continue  # a proper-name modifier: "four Houthi drones", "three Iskander-M missiles"
        if named and low in lex.list_joiners and j + 1 < len(toks) \
                and toks[j + 1].text[:1].isupper():
            j, joined = j + 1, joined + 1
            continue  # two names of one noun: "dozens of Fadi-1 and Fadi-2 rockets"
        if hyphened and all(h.isalpha() for h in word.split("-")):
            j += 1
            continue  # a compound modifier: "two anti-ship missiles", "three long-range drones"
        if lex.head_last and j == i and word.isalpha() and low not in lex.bare_followers \
                and j + 1 < len(toks) and lex.units.at(toks, j + 1, text) is not None:
            j += 1
            continue  # a modifier the lexicon lacks, right before the noun: "18 volunteer fighters"
        return None
    return None



def _demonym_plural(toks: list[Token], j: int, text: str, lex: FigureLexicons) -> bool:
    """A people's name in the plural ("Mexicans", "Mozambicans") that no unit noun follows:
    it counts people of that people."""
    word = toks[j].text
    low = word.lower()
    if not word[:1].isupper() or not lex.plurals or not low.endswith(lex.plurals):
        return False
    if low not in lex.demonyms and not any(low.endswith(x) and low[:-len(x)] in lex.demonyms
                                           for x in lex.plurals if x):
        return False
    return j + 1 >= len(toks) or lex.units.at(toks, j + 1, text) is None


def _reduplicated(toks: list[Token], j: int, lex: FigureLexicons) -> Match[str] | None:
    """A unit noun said twice for the plural: "rumah-rumah", "prajurit-prajurit"."""
    halves = toks[j].text.split("-")
    if len(halves) != 2 or halves[0].lower() != halves[1].lower():
        return None
    unit = lex.units.lookup(halves[0])
    return None if unit is None else Match(toks[j].start, toks[j].end, toks[j].text, unit, j, j)


def _compound(toks: list[Token], m: Match[str], text: str, lex: FigureLexicons) -> Match[str]:
    """Two person nouns in a row where the second says who ("18 volunteer fighters"), or a
    person or thing noun before a thing it describes, adjectives between ("three militant
    tactical units", "a drone base"): the second."""
    after = m.last_token + 1
    if not lex.head_last or after >= len(toks) or lex.outcomes.at(toks, after, text):
        return m
    if m.value not in PEOPLE:
        head = lex.units.at(toks, after, text) or singular_thing(toks, after, lex)
        if head is None or head.value in PEOPLE:
            return m
        return Match(m.start, head.end, text[m.start:head.end], head.value, m.first_token, head.last_token)
    head = lex.units.at(toks, after, text)
    if head is None:
        k = after
        while k < min(after + 2, len(toks) - 1) and toks[k].text.lower() in lex.fillers \
                and toks[k].text.lower() not in lex.links:
            k += 1
        head = lex.units.at(toks, k, text) or singular_thing(toks, k, lex)  # "a rebel unit"
        if head is None or head.value in PEOPLE:
            return m
    return Match(m.start, head.end, text[m.start:head.end], head.value, m.first_token, head.last_token)


PEOPLE_REFINE_REACH: Final = 5  # tokens between a generic person noun and the noun that says who


def _refine_people(toks: list[Token], m: Match[str], text: str, lex: FigureLexicons,
                   sides: PhraseLexicon[str]) -> Match[str]:
    """A generic person noun followed by one that says who the people are
    counts as the latter: "3 orang anggota Polri", "empat jenazah prajurit",
    "15 members of government forces", "300 members of the army" (a force, ``force_groups``)."""
    if m.value not in PEOPLE or m.text.lower() not in lex.generic:
        return m
    j = m.last_token + 1
    named = False  # a name's word stood before
    marks = 0  # tokens of possessor marks, which the reach does not count
    suffered = lex.sufferers.at(toks, j, text) if j < len(toks) else None
    if suffered is not None:  # "470 korban yang diderita pasukan Rusia", "casualties suffered by the army"
        marks, j = suffered.last_token + 1 - j, suffered.last_token + 1
    worn = lex.uniformed.at(toks, j, text) if j < len(toks) and suffered is None else None
    if worn is not None:  # "11 bodies in uniform", "dua jenazah berseragam militer": fighters
        return Match(m.start, worn.end, text[m.start:worn.end], "personnel", m.first_token, worn.last_token)
    while j < min(m.last_token + 1 + PEOPLE_REFINE_REACH + marks, len(toks)):
        force = lex.forces.at(toks, j, text)
        if force is not None:  # "300 members of the army", "40 members of its armed wing": fighters
            return Match(m.start, force.end, text[m.start:force.end], "personnel", m.first_token,
                         force.last_token)
        group = _named_group(toks, j, named, lex)
        if group is not None:  # "11 members of the Dawlah Islamiyah group", "anggota kelompok Abu Sayyaf"
            return Match(m.start, toks[group].end, text[m.start:toks[group].end], "personnel", m.first_token,
                         group)
        named = named or toks[j].text[:1].isupper() or _ordinal(toks[j].text)
        nxt = lex.units.at(toks, j, text) or _reduplicated(toks, j, lex) or _suffixed(toks, j, lex)
        if nxt is not None:
            if nxt.value in PEOPLE and nxt.text.lower() not in lex.generic:
                end = nxt.last_token
                force = lex.forces.at(toks, end + 1, text) if end + 1 < len(toks) else None
                if force is not None and nxt.value == "personnel":  # "members of a vigilante militia"
                    end = force.last_token
                stop = toks[end].end
                return Match(m.start, stop, text[m.start:stop], nxt.value, m.first_token, end)
            inner = _refine_people(toks, nxt, text, lex, sides) if nxt is not m and nxt.value in PEOPLE \
                and nxt.first_token > m.last_token else nxt
            if inner is not nxt and inner.value == "personnel":  # "tujuh jenazah anggota kelompok teroris"
                return Match(m.start, inner.end, text[m.start:inner.end], inner.value, m.first_token,
                             inner.last_token)
            return m
        word = toks[j].text.lower()
        if word in lex.links or word in lex.fillers or sides.at(toks, j, text) is not None \
                or toks[j].text[:1].isupper() or _ordinal(toks[j].text):
            j += 1  # a name's words: "members of the Syrian Democratic Forces", "of the 33rd Front"
            continue
        if text.startswith(lex.possessor_marks, toks[j].start) and j > m.last_token + 1:
            k = token_index(toks, toks[j].start + 2)  # "members of the junta's forces": whose forces
            marks, j = marks + k - j, k
            continue
        if (word in lex.person_articles and j > m.last_token + 1) or word in lex.noun_articles:
            j += 1  # "members of a family", "anggota sebuah keluarga"
            continue
        break
    return m


def _suffixed(toks: list[Token], j: int, lex: FigureLexicons) -> Match[str] | None:
    """A unit noun with a possessive suffix ("keluarganya": his family): the noun's unit."""
    word = toks[j].text
    if not lex.suffixes or not word.lower().endswith(lex.suffixes):
        return None
    stem = next(word[:-len(x)] for x in lex.suffixes if word.lower().endswith(x))
    unit = lex.units.lookup(stem) if len(stem) > 2 else None
    return None if unit is None else Match(toks[j].start, toks[j].end, word, unit, j, j)


def _named_group(toks: list[Token], j: int, named: bool, lex: FigureLexicons) -> int | None:
    """The last token of a group's name headed by the word at ``j`` ("the Dawlah Islamiyah group",
    "kelompok Abu Sayyaf"): the group word after a name, or before one where heads come first."""
    if toks[j].text.lower() not in lex.group_heads:
        return None
    if not lex.head_last:
        k = j + 1
        while k < len(toks) and toks[k].text[:1].isupper():
            k += 1
        if k == j + 1 and k < len(toks) and toks[k].text.lower() in lex.definites:
            return k  # "anggota kelompok itu": the group the story is about
        return k - 1 if k > j + 1 else None
    # "14 members of the group": the group the story is about, told again with "the"
    return j if named or (j and toks[j - 1].text.lower() in lex.definites) else None


def kind_of_wider(toks: list[Token], unit: Match[str], text: str, lex: FigureLexicons) -> Match[str]:
    """"25 tanks and other armoured vehicles", "12 tank dan kendaraan lapis baja lainnya":
    the number counts the wider class the noun is one kind of."""
    j = unit.last_token + 1
    join = lex.joiners.at(toks, j, text) if j < len(toks) else None
    if join is None:
        return unit
    j = join.last_token + 1
    before = j < len(toks) and toks[j].text.lower() in lex.trailing  # "and other ..."
    if before:
        j += 1
    wider = lex.units.at(toks, j, text) if j < len(toks) else None
    if wider is None or wider.value == unit.value:
        return unit
    after = wider.last_token + 1 < len(toks) and toks[wider.last_token + 1].text.lower() in lex.trailing
    if not (before or after):
        return unit
    last = wider.last_token + (1 if after else 0)
    end = toks[last].end
    return Match(unit.start, end, text[unit.start:end], wider.value, unit.first_token, last)


def extend_with_sides(toks: list[Token], k: int, text: str, sides: PhraseLexicon[str],
                       lex: FigureLexicons) -> int:
    """Index of the last token of the figure: the unit plus trailing side words."""
    while k + 1 < len(toks):
        m = sides.at(toks, k + 1, text)
        if m is not None:
            k = m.last_token
            continue
        if toks[k + 1].text.lower() in lex.trailing:
            k += 1
            continue
        if toks[k + 1].text.lower() in lex.origins:
            # "4.000 tentara dari negara tetangga Rwanda", "55 tahanan asal Rusia": where they are from
            j = k + 2
            while j < min(k + 2 + ORIGIN_REACH, len(toks)) and toks[j].text.islower() \
                    and sides.at(toks, j, text) is None:
                j += 1
            m = sides.at(toks, j, text) if j < len(toks) else None
            if m is not None:
                k = m.last_token
                continue
        if toks[k + 1].text.lower() in lex.fillers and k + 2 < len(toks) \
                and sides.at(toks, k + 2, text) is not None:
            k += 1
            continue
        model = toks[k + 1].text
        if any(c.isdigit() for c in model) and any(c.isalpha() for c in model) and k + 2 < len(toks) \
                and sides.at(toks, k + 2, text) is not None:
            k += 1  # a model before its owner: "tiga jet tempur F-35 Israel", "dua tank T-90 Rusia"
            continue
        break
    return k


ORDINAL_ENDINGS: Final = ("st", "nd", "rd", "th", "-th", "-nd")


def _ordinal(word: str) -> bool:
    """A numbered unit's ordinal, part of its name: "the 33rd Front", "Brigade 17th"."""
    digits = word.rstrip("abcdefghijklmnopqrstuvwxyz-")
    return bool(digits) and digits.isdigit() and word[len(digits):].lower() in ORDINAL_ENDINGS


REFERENT_REACH: Final = 40  # tokens back from "seven of them" to the people it refers to


def referent_unit(toks: list[Token], first: int, text: str, lex: FigureLexicons,
                  stop: int = -1) -> str | None:
    """The unit of the nearest people noun before token ``first`` (and after token ``stop``), which
    "seven of them", "enam dari mereka" count part of: "surrounded a group of insurgents ... seven of them
    were captured"."""
    for k in range(first - 1, max(stop, first - 1 - REFERENT_REACH), -1):
        m = lex.units.at(toks, k, text)
        if m is not None and m.value in PEOPLE:
            own = (k > 0 and toks[k - 1].text.lower() in lex.possessives) or (
                m.last_token + 1 < len(toks) and toks[m.last_token + 1].text.lower() in lex.possessives)
            if own and m.text.lower() in lex.own_men:
                return "personnel"  # "surrounded our men ... killing seven of them": the speaker's force
            return m.value
        word = toks[k].text.lower()
        stem = next((word[:-len(x)] for x in lex.suffixes
                     if word.endswith(x) and len(word) > len(x) + 2), None)
        value = lex.units.lookup(stem) if stem is not None else None
        if value in PEOPLE:
            return value  # "anggotanya"
    return None


def refer_back(text: str, toks: list[Token], found: list[Figure], lex: FigureLexicons,
               before: Figure | None = None) -> None:
    """A figure without a unit that counts part of a group by a pronoun ("Seven of them", "Enam dari
    mereka") takes the unit of the people named before it, in its sentence or the one before; with no
    people named, of the things counted last before it ("intercepted 56 drones. 23 of them were downed
    over ...", "38 drone ... Sebanyak 17 di antaranya"), ``before`` the last figure of the sentence before;
    one of those things is an item told of, not counted (as the notes skip a singular)."""
    for n, fig in enumerate(found):
        after = token_index(toks, fig.quantity.end)
        if not fig.unit and after < len(toks) and lex.anaphoric.at(toks, after, text) is not None:
            counted = next((f for f in reversed(found[:n]) if f.unit), before)
            if counted is not None and (counted.unit in PEOPLE or fig.quantity.value == 1):
                counted = None  # ("debris from one of them": an item told of, no count)
            # people named after the things counted last are the nearer referent
            stop = token_index(toks, counted.end) - 1 \
                if counted is not None and counted.end > toks[0].start else -1
            fig.unit = referent_unit(toks, token_index(toks, fig.start), text, lex, stop) or (
                counted.unit if counted is not None else "")
            fig.confidence = 0.4 if fig.unit else fig.confidence  # a unit read from other words
