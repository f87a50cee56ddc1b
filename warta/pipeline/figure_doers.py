"""Whether the people or craft a figure counts did what its verb says: the subject of an active verb
with an object ("50 orang ... membakar dua kendaraan", "dozens of gunmen overran the post", "tiga jet
tempur menjatuhkan bom") or of an arrival verb ("sekitar 15 orang bersenjata mendatangi pos") acted,
and is counted as used, not as what the verb does to its object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from warta.model import Figure
from warta.pipeline.figure_lists import PEOPLE
from warta.pipeline.segment import token_index
from warta.pipeline.token import Token

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons


def does_it(toks: list[Token], fig: Figure, after: list[Figure], after_tokens: list[int]) -> bool:
    """The figure's outcome verb follows it and takes the next figure as its object, right after
    it ("sekitar 50 orang ... membakar dua kendaraan", "20 gunmen killed five soldiers"): the
    people did it."""
    span = fig.outcome_span
    if span is None or span.start < fig.end or not after:
        return False
    verb_end = token_index(toks, span.end)
    return after_tokens[0] == verb_end and after[0].start >= span.end


ARRIVAL_REACH: Final = 6  # tokens from a count of fighters to the arrival verb of its clause


def arrives(toks: list[Token], last: int, text: str, lex: FigureLexicons) -> bool:
    """An arrival verb follows the count in its clause, within reach ("about 30 armed men, some on
    motorbikes, came", "sekitar 60 militan bersenjata datang"): fighters who came, came to fight."""
    for t in toks[last + 1:last + 1 + ARRIVAL_REACH]:
        if t.text in ",;:.()" or lex.outcomes.at(toks, token_index(toks, t.start), text) is not None:
            return t.text.lower() in lex.arrivals
        if t.text.lower() in lex.arrivals:
            return True
    return False


def takes_object(toks: list[Token], fig: Figure, text: str, lex: FigureLexicons) -> bool:
    """The figure's outcome verb follows it in the active voice (no auxiliary, no passive prefix, the
    active prefix where the language has one) and a noun phrase opens right after it: a determiner,
    article or possessive ("overran the post"), a unit noun, or a noun its definite marker closes
    ("menduduki pos itu"). The people counted are the verb's subject: they did it."""
    span = fig.outcome_span
    if span is None or span.start < fig.end:
        return False
    verb, last = token_index(toks, span.start), token_index(toks, fig.end) - 1
    word = span.text.lower()
    if any(t.text.lower() in lex.passive_aux for t in toks[last + 1:verb]) \
            or word.startswith(lex.passive_prefixes) \
            or (lex.active_prefixes and not word.startswith(lex.active_prefixes)):
        return False
    k = token_index(toks, span.end)
    if k >= len(toks):
        return False
    opener = toks[k].text.lower()
    return opener in lex.determiners or opener in lex.articles or opener in lex.possessives \
        or lex.units.at(toks, k, text) is not None \
        or (bool(lex.active_prefixes) and k + 1 < len(toks) and toks[k].text.isalpha()
            and toks[k + 1].text.lower() in lex.definites)


def object_after(toks: list[Token], fig: Figure, text: str, lex: FigureLexicons) -> bool:
    """The figure's outcome verb follows it with no auxiliary and takes a weapon or craft, uncounted,
    as its object right after it ("tiga jet tempur menjatuhkan bom ke pasar"): the figure did it."""
    span = fig.outcome_span
    if span is None or span.start < fig.end:
        return False
    verb, last = token_index(toks, span.start), token_index(toks, fig.end) - 1
    if any(t.text.lower() in lex.passive_aux for t in toks[last + 1:verb]) \
            or span.text.lower().startswith(lex.passive_prefixes):
        return False
    k = token_index(toks, span.end)
    if k < len(toks) and (toks[k].text.lower() in lex.definites or toks[k].text.lower() in lex.articles):
        k += 1
    unit = lex.units.at(toks, k, text) if k < len(toks) else None
    return unit is not None and unit.value not in PEOPLE
