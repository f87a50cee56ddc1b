"""Word tests around a figure's number: a loss noun that says whose people a generic count
counts, a possessive that ties them to the speaker, a marker right before the number, a
number that is part of a name ("AK 47") rather than a count, and a sum of money."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from warta.model import Figure, Quantity
from warta.pipeline.figure_outcomes import PEOPLE
from warta.pipeline.lexicon import Match, PhraseLexicon
from warta.pipeline.segment import token_index
from warta.pipeline.token import Token

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons


LOSS_REACH: Final = 10  # tokens back from a generic count to the loss noun that says whose people
LOSS_OUTCOMES: Final = ("lost",)  # "losses", "kerugian": not "gunmen killed 23 people"


def loss_unit(toks: list[Token], first: int, text: str, lex: FigureLexicons) -> str | None:
    """The people a loss noun names earlier in the clause of a generic count ("total kerugian
    personel ... mencapai 812.000 orang", "its troop losses had reached 45,000 people")."""
    for j in range(first - 1, max(-1, first - 1 - LOSS_REACH), -1):
        if toks[j].text in ",;:":
            return None
        if (force := _force_loss(toks, j, text, lex)) is not None:
            return force
        unit = lex.units.at(toks, j, text)
        if unit is None or unit.value not in PEOPLE or unit.text.lower() in lex.generic:
            continue
        for k in (j - 1, unit.last_token + 1):
            loss = lex.outcomes.at(toks, k, text) if 0 <= k < len(toks) else None
            if loss is not None and loss.value in LOSS_OUTCOMES:
                return unit.value
    return None


# tokens from a word of release to the people it names ("exchange of prisoners of war")
EXCHANGE_GAP: Final = 2


def exchanged_unit(toks: list[Token], first: int, text: str, lex: FigureLexicons) -> str | None:
    """The people a word of exchange or release names earlier in the sentence of a generic count:
    "pembebasan tawanan perang ..., masing-masing pihak memulangkan 85 orang", "a swap of prisoners of war,
    each side handing back 120 people": those people (fighters held), not anyone."""
    for j in range(first - 1, -1, -1):
        unit = lex.units.at(toks, j, text)
        if unit is None or unit.value not in PEOPLE or unit.text.lower() in lex.generic:
            continue
        for k in range(max(0, j - EXCHANGE_GAP), j):
            word = lex.outcomes.at(toks, k, text)
            if word is not None and word.value == "released" and j - EXCHANGE_GAP <= word.last_token < j:
                return unit.value
    return None


FORCE_LOSSES: Final = ("lost", "killed", "casualties", "wounded")  # "the army's losses", "the army's dead"


def _force_loss(toks: list[Token], j: int, text: str, lex: FigureLexicons) -> str | None:
    """A force's losses named at token ``j`` ("put the army's losses at 60 dead", "putting the
    army's dead at 11", "the military death toll at 30", "kerugian militer mencapai 40 orang"): its
    fighters."""
    force = lex.forces.at(toks, j, text)
    if force is None:
        return None
    k = force.last_token + 1
    if k + 1 < len(toks) and toks[k].text in "'’" and toks[k + 1].text.lower() == "s":
        loss = lex.outcomes.at(toks, k + 2, text) if k + 2 < len(toks) else None
        if loss is not None and loss.value in FORCE_LOSSES:
            return "personnel"
    toll = lex.outcomes.at(toks, k, text) if k < len(toks) else None
    if toll is not None and (toll.text.lower() in lex.tolls or toll.value in LOSS_OUTCOMES):
        return "personnel"  # "put the military death toll at nearly 30", "army losses"
    before = lex.outcomes.at(toks, j - 1, text) if j > 0 else None
    return "personnel" if before is not None and before.value in LOSS_OUTCOMES else None


def force_loss_before(toks: list[Token], first: int, text: str, lex: FigureLexicons) -> str | None:
    """A force's losses named in the clause before a bare number ("putting the army's dead at 41")."""
    for j in range(first - 1, max(-1, first - 1 - LOSS_REACH), -1):
        if toks[j].text in ",;:":
            return None
        if (force := _force_loss(toks, j, text, lex)) is not None:
            return force
    return None


POSSESSED: Final = "possessed"  # a figure whose people a possessive ties to the speaker or subject


def possessed(toks: list[Token], first: int, unit_last: int, last: int, lex: FigureLexicons) -> bool:
    """A possessive between the number and its noun ("of its soldiers"), glued to the
    noun ("prajuritnya") or right after it ("pasukan kami")."""
    if any(t.text.lower() in lex.possessives for t in toks[first:last + 2]):
        return True
    word = toks[unit_last].text.lower()
    return any(word.endswith(x) and len(word) > len(x) + 2 for x in lex.suffixes)


def after_marker(toks: list[Token], first: int, text: str, markers: PhraseLexicon[str]) -> bool:
    """A phrase of ``markers`` ends right before token ``first``."""
    if first < 1 or not markers.ends_with(toks[first - 1].text):
        return False
    for back in range(1, max(3, markers.max_len) + 1):
        m = markers.at(toks, first - back, text) if first - back >= 0 else None
        if m is not None and m.last_token == first - 1:
            return True
    return False


# tokens of an aside between commas before a speech verb ("who declined to be named")
ASIDE_TOKENS: Final = 12
# words of the speakers' noun phrase after their count ("pekerja bantuan di Al-Ubayyid")
SPEAKER_TAIL: Final = 4


def speaks(toks: list[Token], fig: Figure, text: str, lex: FigureLexicons) -> bool:
    """The people a figure counts speak: a speech verb follows it ("one of them said", "three
    residents told reporters", "dua di antaranya mengatakan"), also past an aside that opens with a
    relative between commas ("One of them, who declined to be named, said"): the sources, no count.
    A part told by a pronoun speaks as people whatever it counts part of ("burned 40 homes. Two of them
    ... told reporters")."""
    pronoun = lex.anaphoric.lookup(text[fig.quantity.end:fig.end].strip().lower())
    if fig.unit not in PEOPLE and pronoun is None:
        return False
    k = _past_aside(toks, token_index(toks, fig.end), lex)
    # the rest of their noun phrase: "Dua pekerja bantuan di Al-Ubayyid mengatakan", or a relative
    # clause, whatever befell them in it: "Dua warga desa yang berhasil melarikan diri mengatakan",
    # and an aside after it ("Salah seorang polisi yang selamat, yang dirawat di ..., mengatakan")
    relative, j, skipped = False, k, 0
    while j < min(len(toks), k + skipped + (ASIDE_TOKENS if relative else SPEAKER_TAIL) + 1):
        if lex.speakers.at(toks, j, text) is not None:
            return True
        if toks[j].text.lower() in lex.list_joiners and j + 1 < len(toks) \
                and lex.speakers.at(toks, j + 1, text) is not None:
            return False  # "gave a lower toll of 19 civilians killed and said ...": the subject's verb
        if (past := _past_aside(toks, j, lex)) != j:  # "A police officer in Parachinar, who asked ..., put"
            skipped, j = skipped + past - j, past
            continue
        relative = relative or toks[j].text.lower() in lex.relatives
        if not toks[j].text.replace("-", "").replace("'", "").isalpha() \
                or (lex.outcomes.at(toks, j, text) and not relative):
            return False
        j += 1
    return False


NAME_TOKENS: Final = 4  # words of a name in apposition between commas


def _past_aside(toks: list[Token], k: int, lex: FigureLexicons) -> int:
    """Past an aside between commas that opens with a relative at token ``k`` (", who declined to
    be named,"); ``k`` when none opens there."""
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text.lower() in lex.relatives:
        return next((i + 1 for i in range(k + 1, min(len(toks), k + ASIDE_TOKENS)) if toks[i].text == ","), k)
    if k + 2 < len(toks) and toks[k].text == ",":
        # a name in apposition: "Seorang warga Kairu, Musa Sani, mengatakan"
        end = next((i for i in range(k + 1, min(len(toks), k + 2 + NAME_TOKENS)) if toks[i].text == ","),
                   None)
        if end is not None and end > k + 1 and all(t.text[:1].isupper() for t in toks[k + 1:end]):
            return end + 1
    return k


def carried_aboard(toks: list[Token], first: int, unit: Match[str], text: str, lex: FigureLexicons) -> bool:
    """People counted aboard a vehicle or carried by it ("440 passengers on board", "a bus carrying
    40 people", "kapal itu mengangkut sekitar 150 orang"): how many were there, not a toll."""
    nxt = unit.last_token + 1
    return after_marker(toks, first, text, lex.carriers) \
        or (nxt < len(toks) and lex.aboard.at(toks, nxt, text) is not None)


NAME_WORDS: Final = 4  # capitalised words from a unit's head to its number ("Batalyon Infanteri Ringan 377")


def in_unit_name(toks: list[Token], i: int, heads: frozenset[str]) -> bool:
    """The number at token ``i`` ends a capitalised name a head opens a few words back: "Batalyon
    Infanteri Ringan 377", "Densus 88", "markas Brigade 444": a unit's number, no count."""
    if not (i > 0 and toks[i].text.isdigit()):
        return False
    for j in range(i - 1, max(-1, i - 1 - NAME_WORDS), -1):
        if not toks[j].text[:1].isupper():
            return False
        if toks[j].text.lower() in heads:
            return True
    return False


def named_number(toks: list[Token], i: int, nxt: int, text: str, heads: frozenset[str] = frozenset()) -> bool:
    """A bare number that is part of a name or an aside, not a count: "AK 47",
    an age in parentheses "Moni Waker (30)", a unit's or an area's number after a capitalised head
    (``heads``: "markas Brigade 444", "Komando ... Wilayah 4")."""
    if 0 < i and nxt < len(toks) and toks[i - 1].text == "(" and toks[nxt].text == ")":
        return True
    if in_unit_name(toks, i, heads):
        return True
    if i > 0:
        before = toks[i - 1].text
        return 2 <= len(before) <= 5 and before.isalpha() and before.isupper() \
            and toks[i].start - toks[i - 1].end == 1
    return False


MONEY_GAP: Final = 4  # characters before a number in which a currency sign stands ("Rp 5 miliar", "£1.1bn")


def money(text: str, toks: list[Token], q: Quantity, lex: FigureLexicons) -> bool:
    """A sum of money, not a count: a currency sign right before the number ("£1.1bn",
    "US$ 40 million", "Rp 5 miliar") or a currency word right after it ("5 miliar rupiah")."""
    before = text[max(0, q.start - MONEY_GAP):q.start].rstrip()
    for sign in lex.currency_signs if before[-1:] in lex.currency_ends else ():  # mostly no sign at all
        if before.endswith(sign) and not (sign[:1].isalpha() and before[:-len(sign)][-1:].isalpha()):
            return True
    nxt = token_index(toks, q.end)
    return nxt < len(toks) and toks[nxt].text.lower() in lex.currencies


def singular_thing(toks: list[Token], j: int, lex: FigureLexicons,
                   low: str | None = None) -> Match[str] | None:
    """A singular noun phrase for a thing whose plural the lexicon lists ("a tunnel", "an
    anti-aircraft gun", "a mortar team", not "a mortar"): the plural's unit, the longest
    phrase first. People keep their own singulars. ``low``: the token's word lower-cased, if read
    already."""
    if not lex.plurals or j >= len(toks):
        return None
    first = toks[j].text
    if first.isascii() and (first.lower() if low is None else low) not in lex.singular_firsts \
            or not (first[:1].islower() and first.replace("-", "").isalpha()):
        return None  # the usual answer: no phrase the lexicon lists, singular or plural, opens here
    for last in range(min(j + 2, len(toks) - 1), j - 1, -1):
        words = [t.text for t in toks[j:last + 1]]
        if not all(w.replace("-", "").isalpha() and w[:1].islower() for w in words):
            continue
        for suffix in lex.plurals:
            unit = lex.units.lookup_words((*words[:-1], words[-1] + suffix))
            if unit is not None and unit not in PEOPLE:
                return Match(toks[j].start, toks[last].end, " ".join(words), unit, j, last)
    return None


def scaled(q: Quantity, scale: float | None) -> Quantity:
    """The quantity in the contract's unit when its own unit is worth ``scale`` of it
    ("700 square miles" -> 1813 km2), rounded to a whole number; as it is without one."""
    if scale is None:
        return q
    def conv(x: float | None) -> float | None:
        return None if x is None else float(round(x * scale))
    return replace(q, value=conv(q.value), low=conv(q.low), high=conv(q.high))


PEOPLE_ONLY: Final = ("killed", "wounded", "casualties")  # outcomes only people have


def people_outcome_after(toks: list[Token], k: int, text: str, lex: FigureLexicons) -> bool:
    """An outcome only people have right after a bare number, or after a passive auxiliary
    ("3 killed", "2 were wounded", "3 tewas")."""
    if k < len(toks) and toks[k].text.lower() in lex.passive_aux:
        k += 1
    m = lex.outcomes.at(toks, k, text) if k < len(toks) else None
    return m is not None and m.value in PEOPLE_ONLY


def named_bare(toks: list[Token], fig: Figure, text: str, named: int, lex: FigureLexicons) -> bool:
    """A bare number with no noun after a definite article ("as the 552") names a unit or tells a
    count again, as do the bare numbers listed right after one (``named``: where it ended)."""
    i = token_index(toks, fig.start)
    nxt = token_index(toks, fig.end)
    if nxt < len(toks) and toks[nxt].text[:1].isalpha() and toks[nxt].text.lower() not in lex.list_joiners:
        return False  # "the 12 killed", "the 552nd ...": a noun or verb follows
    if i and toks[i - 1].text.lower() in lex.definites:
        return True
    gap = text[named:fig.start].strip(" ,").lower() if named >= 0 else None
    return gap is not None and (gap == "" or gap in lex.list_joiners)
