"""Figures read against the figure that ends the sentence before: a definite re-mention
of what was counted is no new figure, a bare list of people breaks the toll before
down, "the figure" points back at a count, and a part counted by a pronoun ("42 di
antaranya") shares the outcome of the whole."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from warta.model import PLACE_RANK, Figure, PlaceMention, Span
from warta.pipeline.figure_lists import partitive_link
from warta.pipeline.figure_outcomes import PEOPLE, PEOPLE_OUTCOMES
from warta.pipeline.figure_words import people_outcome_after
from warta.pipeline.lexicon import PhraseLexicon
from warta.pipeline.numbers import whole_words
from warta.pipeline.segment import lower_text, token_index
from warta.pipeline.token import Token

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons


# words after a figure in which a definite closes its noun phrase ("yang hilang itu")
DEFINITE_AFTER: Final = 3
PUNCTUATION: Final = frozenset(",.;:()")
# characters from a part word to the first item it opens ("among the victims were")
PART_WORD_REACH: Final = 120


def re_mention(text: str, toks: list[Token], fig: Figure, earlier: set[tuple[float | None, str]],
                lex: FigureLexicons) -> bool:
    """"The three students died", "empat korban selamat itu": a definite re-mention of people or
    things already counted in an earlier sentence is no new figure ("22 of the 27 drones" is)."""
    i = token_index(toks, fig.quantity.start)
    j = token_index(toks, fig.end)
    after = []  # the words after the figure up to a pause
    for t in toks[j:j + DEFINITE_AFTER]:
        word = t.text.lower()
        if t.text in PUNCTUATION or (word in lex.item_closers and word not in lex.relatives):
            break  # "12 orang di kota itu": the town is the definite one
        after.append(t.text.lower())
    # "empat korban selamat itu"; not "Kelompok 150 orang itu": the group's size, told as a fact
    later = not lex.head_last and any(w in lex.definites for w in after) \
        and not (i and toks[i - 1].text.lower() in lex.group_heads)
    if not later and (i == 0 or toks[i - 1].text.lower() not in lex.definites):
        return False
    if i > 1 and lex.partitive.at(toks, i - 2, text) is not None \
            and not (i > 2 and toks[i - 3].text.lower() in lex.quantifiers):
        return False  # "22 of the 27 drones" counts again; "some of the 200 soldiers" does not
    value = fig.quantity.value
    return value is not None and (value, fig.unit) in earlier


def continue_list(text: str, toks: list[Token], found: list[Figure], before: Figure,
                   lex: FigureLexicons) -> None:
    """A sentence that only lists people ("20 prajurit TNI, 3 anggota Polri dan 37
    warga sipil.") after a toll breaks that toll down: its items take the outcome
    of the figure that ends the sentence before."""
    people = [f for f in found if f.unit in PEOPLE]
    if len(people) < 2 or any(f.outcome for f in found) or before.outcome not in PEOPLE_OUTCOMES \
            or before.unit not in PEOPLE:  # (no toll of people to break down: "... and 90 rifles seized.")
        return
    if lex.outcomes.find(toks, text):
        return
    for a, b in zip(people, people[1:]):
        # only a list's items: "Ada 90 penumpang; 31 di antaranya ..." parts a whole, no breakdown
        if any(w not in lex.list_joiners for w in text[a.end:b.start].replace(",", " ").lower().split()):
            return
    for fig in people:
        fig.outcome, fig.outcome_span = before.outcome, before.outcome_span


# sentences back that "three of the wounded" may point to the count of the wounded
HARMED_SENTENCES: Final = 4


def of_the_harmed(text: str, toks: list[Token], found: list[Figure], earlier: list[Figure],
                  lex: FigureLexicons) -> None:
    """A bare number before a partitive and a harm word ("three of the wounded", "dua dari yang
    terluka") counts part of the last people the text counted with that harm in the sentences
    before: their unit, and (later) their side."""
    for fig in found:
        nxt = token_index(toks, fig.quantity.end)
        part = lex.partitive.at(toks, nxt, text) if nxt < len(toks) else None
        if part is None:
            continue
        head = part.last_token + 1
        head += head < len(toks) and toks[head].text.lower() in lex.relatives
        harm = lex.outcomes.at(toks, head, text) if head < len(toks) else None
        if harm is None or fig.end > harm.end or fig.outcome not in ("", harm.value) \
                or harm.value not in PEOPLE_OUTCOMES \
                or any(f.unit in PEOPLE and f.end <= fig.start for f in found):
            continue  # (a noun of its own after the harm word, or people counted before it in its sentence)
        whole = next((f for f in reversed(earlier) if f.sentence >= fig.sentence - HARMED_SENTENCES
                      and f.unit in PEOPLE and f.outcome == harm.value), None)
        if whole is not None:
            fig.unit, fig.whole = whole.unit, whole
            if not fig.outcome:
                fig.outcome, fig.outcome_span = harm.value, Span(harm.start, harm.end, harm.text)
            fig.end, fig.text = harm.end, text[fig.start:harm.end]


REFERENCE_SENTENCES: Final = 2  # sentences back that "the figure" may point to a count
REFERENCE_REACH: Final = 20  # tokens back from a bare number to the word that points at a count


def the_figure(toks: list[Token], text: str, found: list[Figure], before: Figure,
                lex: FigureLexicons) -> None:
    """A bare number that a word pointing back at a count introduces in its clause ("The UN put the
    figure at 52", "PBB menyebut angkanya mencapai 52") counts what the last figure before counted, and
    so does a count of the same noun ("a monitor put it at some 60 households"): its fate is that one's."""
    for fig in found:
        if (fig.unit and fig.unit != before.unit) or fig.outcome or not before.unit or not before.outcome:
            continue
        first = token_index(toks, fig.start)
        for j in range(first - 1, max(-1, first - 1 - REFERENCE_REACH), -1):
            if toks[j].text in ",;:" or any(f.start == toks[j].start for f in found):
                break
            ref = lex.references.at(toks, j, text)
            if ref is not None and ref.last_token < first:
                fig.confidence = fig.confidence if fig.unit else 0.4  # (a unit read from other words)
                fig.unit, fig.outcome = before.unit, before.outcome
                break


def part_of_before(text: str, toks: list[Token], found: list[Figure], before: Figure,
                    lex: FigureLexicons, first_number: int) -> None:
    """"300 warga mengungsi. Sebanyak 42 di antaranya adalah anak-anak.": a part counted by a
    pronoun in a sentence with no outcome of its own shares the outcome of the figure that ends
    the sentence before."""
    if before.outcome in FINER_FATES:
        _victims_of_before(text, found, before, lex)
    if not before.outcome or lex.outcomes.find(toks, text):
        return  # "Debris from one of them destroyed a home": a sentence with an outcome of its own
    for fig in found:
        rest = fig.text[fig.quantity.end - fig.start:].strip().lower()
        # (the sentence's first number: "fought three wars since 1947, two of them over Kashmir" parts
        # what its own sentence counted)
        if not fig.outcome and rest and lex.anaphoric.lookup(rest) is not None and fig.start == first_number:
            fig.outcome, fig.outcome_span = before.outcome, before.outcome_span
            fig.unit = fig.unit or before.unit


FINER_FATES: Final = ("killed", "wounded")  # what befell a toll's people, finer than "victims"


def listed_after_part_word(text: str, toks: list[Token], found: list[Figure], before: Figure,
                           lex: FigureLexicons) -> None:
    """"Raiders killed nine herders, police said. Among the victims were a chief and three teenagers", "Di
    antara korban terdapat empat warga desa": people a part word opens a sentence with, no fate of their
    own (the part word's "korban" aside), are of the toll of people just told (``before``) and share
    its fate."""
    if before.unit not in PEOPLE or before.outcome not in FINER_FATES or not found or not lex.part_words:
        return
    lo = toks[0].start
    opened = list(whole_words(lex.part_words).finditer(lower_text(text), lo, found[0].start))
    if not opened or found[0].start - opened[-1].end() > PART_WORD_REACH:
        return
    a, b = opened[-1].start(), opened[-1].end()
    for fig in found:
        if fig.unit in PEOPLE and (not fig.outcome or (
                fig.outcome_span is not None and a <= fig.outcome_span.start < b)):
            fig.outcome, fig.outcome_span = before.outcome, before.outcome_span


def _victims_of_before(text: str, found: list[Figure], before: Figure, lex: FigureLexicons) -> None:
    """"41 orang tewas ... 38 dari korban adalah pelajar, sementara tiga lainnya ...": a part of the
    victims right after a toll of the dead is of the dead, and so are the others after it."""
    span = None
    for fig in found:
        words = fig.text[fig.quantity.end - fig.start:].split()
        own = fig.outcome_span is not None and fig.start <= fig.outcome_span.start < fig.end
        parted = bool(words) and lex.partitive.lookup(words[0].lower()) is not None
        if fig.outcome == "casualties" and own and parted:
            span = fig.outcome_span
        elif not (not fig.outcome and parted and words[-1].lower() in lex.victim_nouns) \
                and (span is None or fig.outcome_span != span):
            continue  # (a part of the victims no outcome word names: "20 of the victims were traders")
        fig.outcome, fig.outcome_span = before.outcome, before.outcome_span


def parts_of_wholes(text: str, toks: list[Token], found: list[Figure], earlier: set[tuple[float | None, str]],
                    lex: FigureLexicons, sides: PhraseLexicon[str]) -> list[Figure]:
    """A part counted against a whole ("tiga dari tujuh korban tewas adalah petugas penyelamat") shares
    the whole's outcome; a whole already counted in an earlier sentence is told again, no new figure."""
    drop: set[int] = set()
    for part, whole in zip(found, found[1:]):
        if part.outcome or not part.unit or not whole.outcome \
                or not partitive_link(toks, text, part, whole, lex, sides):
            continue
        part.outcome, part.outcome_span = whole.outcome, whole.outcome_span
        if (whole.quantity.value, whole.unit) in earlier:
            drop.add(id(whole))
    return [f for f in found if id(f) not in drop]


def figure_place(fig: Figure, near: list[PlaceMention]) -> str | None:
    """The most specific place near a figure, the nearest first, not one inside it nor a place acting."""
    inside = [p for p in near if not p.actor_use and not (fig.start <= p.start < fig.end)]
    if not inside:
        return None
    return min(inside, key=lambda p: (PLACE_RANK.get(p.precision, 9), abs(p.start - fig.end))).name


OPENER_TOKENS: Final = 6  # tokens from a partitive opener's noun to the comma that closes it


def opened_group(text: str, toks: list[Token], found: list[Figure], lex: FigureLexicons) -> None:
    """A group named by a partitive opener before a comma ("dari para prajurit itu, dua gugur dan
    lima terluka", "Of the police officers, one died and three were wounded"): the plain
    counts after it are of that group's people."""
    for i in lex.partitive.openings(toks, 0, len(toks) - 1):
        m = lex.partitive.at(toks, i, text)
        if m is None or m.last_token + 1 >= len(toks):
            continue
        j = m.last_token + 1
        while j < len(toks) and toks[j].text.lower() in lex.definites:
            j += 1
        unit = lex.units.at(toks, j, text) if j < len(toks) else None
        if unit is None or unit.value not in PEOPLE or unit.text.lower() in lex.generic:
            continue
        comma = next((k for k in range(unit.last_token + 1, min(len(toks), unit.last_token + OPENER_TOKENS))
                      if toks[k].text in ",:"), None)
        if comma is None or any(toks[k].text in PUNCTUATION for k in range(unit.last_token + 1, comma)):
            continue
        for fig in found:
            noun = text[fig.quantity.end:fig.end].strip().lower()
            people = fig.unit in PEOPLE or (  # "one died", "three were wounded": bare, told of people
                not fig.unit and people_outcome_after(toks, token_index(toks, fig.end), text, lex))
            if fig.start > toks[comma].start and people and fig.unit != unit.value \
                    and (not noun or noun in lex.generic or noun in lex.trailing):
                fig.unit = unit.value
        return
