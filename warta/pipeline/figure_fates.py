"""What befell people counted in one sentence, told by the next or by a verb of leaving.

- "Soldiers shot two of the attackers. Both died of their wounds", "melumpuhkan dua anggota KKB.
  Keduanya meninggal dunia": a sentence that opens with a word for all of a count ("both",
  "keduanya") and says they died makes that count of the sentence before killed.
- "More than 2,000 people have left Banibangou", "sekitar 300 warga telah meninggalkan Gome": people
  with no outcome who left a named place fled it (displaced).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warta.model import Figure, Span, Token
from warta.pipeline.figure_outcomes import PEOPLE
from warta.pipeline.segment import token_index

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons

FATE_REACH = 8  # tokens from the word for all of them to the verb that says they died
LATER_FATES = ("wounded", "damaged", "other")  # what the next sentence may turn into death
DEPART_GAP = 2  # auxiliaries or adverbs between people and the verb of leaving ("have", "telah")
QUOTES = frozenset('"“”\'‘’')


def fate_told_after(text: str, toks: list[Token], before: list[Figure], lex: FigureLexicons) -> None:
    """A sentence that opens with "Both"/"Keduanya" (``lex.all_of``: the count it names) and then a
    word of death kills the people of that count in the sentence before."""
    i = 0
    while i < len(toks) and toks[i].text in QUOTES:
        i += 1
    whole = lex.all_of.at(toks, i, text) if i < len(toks) else None
    if whole is None:
        return
    fate = next((m for m in lex.outcomes.find(toks, text, whole.last_token + 1,
                                              min(len(toks), whole.last_token + 1 + FATE_REACH))), None)
    if fate is None or fate.value != "killed":
        return
    count = float(whole.value)
    for fig in before:
        if fig.unit in PEOPLE and fig.outcome in LATER_FATES and fig.quantity.value == count:
            fig.outcome, fig.outcome_span = "killed", Span(fate.start, fate.end, fate.text)


def departed(text: str, toks: list[Token], found: list[Figure], lex: FigureLexicons) -> None:
    """People with no outcome of their own who left a named place ("have left Banibangou",
    "telah meninggalkan Gome") were displaced from it."""
    for fig in found:
        if fig.outcome or fig.unit != "civilians":
            continue
        k = token_index(toks, fig.end)
        for _ in range(DEPART_GAP + 1):
            if k >= len(toks):
                break
            verb = lex.departures.at(toks, k, text)
            if verb is not None:
                nxt = verb.last_token + 1
                if nxt < len(toks) and toks[nxt].text[:1].isupper():
                    fig.outcome, fig.outcome_span = "displaced", Span(verb.start, verb.end, verb.text)
                break
            if toks[k].text.lower() not in lex.passive_aux | lex.verb_adverbs:
                break
            k += 1
