"""What befell people counted in one sentence, told by the next or by a verb of leaving.

- "Soldiers shot two of the attackers. Both died of their wounds", "melumpuhkan dua anggota KKB.
  Keduanya meninggal dunia": a sentence that opens with a word for all of a count ("both",
  "keduanya") and says they died makes that count of the sentence before killed.
- "More than 2,000 people have left Banibangou", "sekitar 300 warga telah meninggalkan Gome": people
  with no outcome who left a named place fled it (displaced).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from warta.model import Figure, Span
from warta.pipeline.figure_outcomes import PEOPLE, PEOPLE_OUTCOMES
from warta.pipeline.segment import token_index
from warta.pipeline.token import Token

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons

FATE_REACH: Final = 8  # tokens from the word for all of them to the verb that says they died
LATER_FATES: Final = ("wounded", "damaged", "other")  # what the next sentence may turn into death
DEPART_GAP: Final = 2  # auxiliaries or adverbs between people and the verb of leaving ("have", "telah")
QUOTES: Final = frozenset('"“”\'‘’')


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
                head = lex.place_heads.at(toks, nxt, text) if nxt < len(toks) else None
                if head is not None:
                    nxt = head.last_token + 1  # "meninggalkan kamp Zamzam", "have left the town of Kalehe"
                if (nxt < len(toks) and toks[nxt].text[:1].isupper()) or _feared(toks, nxt, text, lex):
                    fig.outcome, fig.outcome_span = "displaced", Span(verb.start, verb.end, verb.text)
                break
            if toks[k].text.lower() not in lex.passive_aux | lex.verb_adverbs:
                break
            k += 1


# tokens from a verb of leaving to the fear that moved them ("... since the attack, fearing")
FEAR_REACH: Final = 14


def _feared(toks: list[Token], k: int, text: str, lex: FigureLexicons) -> bool:
    """A word of fear follows the verb of leaving in its sentence ("had left outlying hamlets since the
    attack, fearing more clashes", "meninggalkan kebun mereka karena takut"): people who left in fear
    fled, whatever they left."""
    return any(lex.fears.at(toks, j, text) is not None for j in range(k, min(len(toks), k + FEAR_REACH)))


def fallen_soldiers(text: str, found: list[Figure], lex: FigureLexicons) -> None:
    """Generic people whose death word is said only of soldiers ("Korban gugur dua orang", "yang gugur
    tiga orang") were soldiers, and so are the others counted right after them ("sembilan lainnya")."""
    soldiers = False
    for fig in found:
        words = text[fig.quantity.end:fig.end].lower().split()
        if fig.unit == "civilians" and (not words or words[-1] in lex.generic) \
                and fig.outcome_span is not None and fig.outcome_span.text.lower() in lex.fallen:
            fig.unit, soldiers = "personnel", True
        elif soldiers and fig.unit == "civilians" and words[-1:] and words[-1] in lex.trailing:
            fig.unit = "personnel"
        else:
            soldiers = False


THINGS_DONE_WITH: Final = ("damaged", "other")  # what a verb before "with" says of the weapons it names


def instruments(toks: list[Token], found: list[Figure], lex: FigureLexicons) -> None:
    """Equipment after "with"/"dengan" that a verb before it governs was what the attack used, and so
    are the items listed after it: "the assault, which began at dawn with dozens of motorbikes and two
    car bombs", "menyerang pos itu dengan dua bom mobil"."""
    before: Figure | None = None
    for fig in found:
        if fig.unit in PEOPLE or not fig.unit or fig.outcome not in THINGS_DONE_WITH:
            before = fig if fig.outcome == "used" else None
            continue
        first = token_index(toks, fig.start)
        verb = fig.outcome_span
        gap = "" if before is None else " ".join(
            t.text.lower() for t in toks[token_index(toks, before.end):first])
        if (first and toks[first - 1].text.lower() in lex.instrument_marks
                and (verb is None or verb.end <= toks[first - 1].start)) \
                or (before is not None and gap.strip(" ,") in lex.list_joiners):
            fig.outcome, fig.outcome_span = "used", None
            before = fig
        else:
            before = None


def got_through(found: list[Figure], lex: FigureLexicons) -> None:
    """Drones or missiles that hit their targets ("tiga drone lainnya berhasil mengenai sasaran") were
    not shot down nor only launched: like "the missiles that were not destroyed", other."""
    for fig in found:
        verb = fig.outcome_span
        if fig.unit in ("drones", "missiles") and verb is not None \
                and lex.got_through.lookup(verb.text.lower()) is not None:
            fig.outcome = "other"


TREATMENT_REACH: Final = 12  # tokens from an evacuation word to the treatment it was for


def treated_after(text: str, toks: list[Token], found: list[Figure], lex: FigureLexicons) -> None:
    """People evacuated for treatment ("dievakuasi ke Timika ... untuk mendapat perawatan", "airlifted
    to hospital for treatment") were wounded."""
    for fig in found:
        verb = fig.outcome_span
        if fig.unit not in PEOPLE or fig.outcome != "other" or verb is None \
                or lex.evacuations.lookup(verb.text.lower()) is None:
            continue
        k = token_index(toks, verb.end)
        for j in range(k, min(len(toks), k + TREATMENT_REACH)):
            if toks[j].text in ",;":
                break
            cure = lex.outcomes.at(toks, j, text)
            if cure is not None and cure.value == "wounded":
                fig.outcome, fig.outcome_span = "wounded", Span(cure.start, cure.end, cure.text)
                break


def others_before(text: str, found: list[Figure], before: Figure | None, lex: FigureLexicons) -> list[Figure]:
    """"Tiga lainnya", "Three others" opening a sentence with no noun of its own count more of the
    people the sentence before ended with; with none there, they count nothing."""
    kept = []
    for fig in found:
        noun = text[fig.quantity.end:fig.end].split()
        if fig is found[0] and len(noun) == 1 and noun[0].lower() in lex.trailing and (
                not fig.unit or fig.unit in PEOPLE):
            if before is not None and before.unit in PEOPLE:
                fig.unit, fig.confidence = before.unit, 0.4
            elif not fig.unit:
                continue
        kept.append(fig)
    return kept


def others_fate(found: list[Figure], before: Figure, lex: FigureLexicons) -> None:
    """Others with no outcome word of their own share the fate of the people just counted ("Empat
    korban luka masih kritis. Sepuluh lainnya sudah diizinkan pulang": ten more wounded)."""
    for fig in found:
        if not fig.outcome and fig.confidence == 0.4 and fig.unit == before.unit \
                and fig.text.lower().split()[-1] in lex.trailing \
                and before.outcome in PEOPLE_OUTCOMES and fig is found[0]:
            fig.outcome, fig.outcome_span = before.outcome, before.outcome_span


def residents(toks: list[Token], found: list[Figure], lex: FigureLexicons, text: str) -> None:
    """People whose verb says where they live ("sekitar 1.500 WNI, ..., tinggal di Pattani") are a
    population, not a toll: no outcome, so no figure. Refugees stay displaced wherever they live now
    ("90,000 refugees live in camps", "pengungsi ... tinggal di kamp"): their noun is their fate."""
    for fig in found:
        verb = fig.outcome_span
        lives = fig.unit in PEOPLE and verb is not None and verb.start >= fig.end \
            and lex.residence.at(toks, token_index(toks, verb.start), text) is not None
        if lives:
            fig.outcome, fig.outcome_span = "", None
        words = text[fig.quantity.end:fig.end].lower().split()
        if (lives or not fig.outcome) and fig.unit in PEOPLE \
                and any(lex.unit_outcome.get(w) == "displaced" for w in words):
            fig.outcome = "displaced"


ROLE_GAP: Final = 2  # tokens between a count and the words naming its role ("yang", a comma)
# tokens from "members of" to the force's noun ("of the Turkey-backed Syrian National Army")
FORCE_GAP: Final = 5
NAME_GAP: Final = 2  # tokens between the role and the members word, or the members word and the group's name


def members_named(text: str, toks: list[Token], found: list[Figure], lex: FigureLexicons) -> None:
    """Generic people whom a clause right after names as members of a named group are fighters: "27 orang
    yang diidentifikasi sebagai anggota RSF", "27 people identified as RSF members"."""
    for fig in found:
        if fig.unit != "civilians" or text[fig.quantity.end:fig.end].split()[-1:] == [] \
                or text[fig.quantity.end:fig.end].split()[-1].lower() not in lex.generic:
            continue
        k = token_index(toks, fig.end)
        if fig.text.split()[-1].lower() in lex.member_words and k < len(toks) \
                and lex.partitive.at(toks, k, text) is not None and any(
                    lex.forces.at(toks, j, text) is not None or toks[j].text.lower() in lex.group_heads
                    for j in range(k + 1, min(len(toks), k + 2 + FORCE_GAP))):
            fig.unit = "personnel"  # "23 members of the Turkey-backed Syrian National Army": of a force
            continue
        role = None
        for j in range(k, min(len(toks), k + ROLE_GAP + 1)):
            role = lex.member_roles.at(toks, j, text)
            if role is not None or toks[j].text.lower() not in lex.relatives and toks[j].text != ",":
                break
        if role is None:
            continue
        after = toks[role.last_token + 1:role.last_token + 2 + 2 * NAME_GAP]
        member = next((n for n, t in enumerate(after) if t.text.lower() in lex.member_words), None)
        if member is None or member > NAME_GAP:
            continue
        names = after[:member] + after[member + 1:member + 2 + NAME_GAP]
        if any(t.text[:1].isupper() for t in names):
            fig.unit = "personnel"


def joint_nouns(text: str, toks: list[Token], found: list[Figure], lex: FigureLexicons) -> None:
    """One number over a fighter noun and a civilian noun joined by "and"/"dan" counts both kinds of
    people, a mixed count: 'more than 30 "soldiers and government officials"', "20 tentara dan warga",
    "hundreds of soldiers and others"."""
    starts = {token_index(toks, f.start) for f in found}
    for fig in found:
        if fig.unit not in ("personnel", "civilians"):
            continue
        k = token_index(toks, fig.end)
        if k + 1 < len(toks) and toks[k].text[:1].islower() and toks[k].text.lower() not in lex.list_joiners \
                and lex.outcomes.at(toks, k, text) is None:
            k += 1  # a word describing them: "tentara murtad dan pejabat"
        while k < len(toks) and toks[k].text in QUOTES:
            k += 1
        if k + 1 >= len(toks) or toks[k].text.lower() not in lex.list_joiners or k + 1 in starts \
                or toks[k + 1].text.lower() in lex.possessives:
            continue  # ("six soldiers and their driver": a person of theirs, told apart, not one count)
        if fig.unit == "personnel" and toks[k + 1].text.lower() in lex.trailing \
                and (k + 2 >= len(toks) or lex.units.at(toks, k + 2, text) is None):
            fig.unit = "other"  # "hundreds of soldiers and others": fighters and people of any kind
            continue
        j = k + 1
        while j < len(toks) and toks[j].text.lower() in lex.fillers:
            j += 1
        other = lex.units.at(toks, j, text) if j < len(toks) else None
        head = lex.units.at(toks, other.last_token + 1, text) \
            if other is not None and lex.head_last and other.last_token + 1 < len(toks) else None
        if head is not None and head.value in PEOPLE:
            other = head  # "soldiers and volunteer auxiliaries": the last of two person nouns says who
        owned = other is not None and other.last_token + 1 < len(toks) \
            and toks[other.last_token + 1].text.lower() in lex.possessives  # "dan sopir mereka": theirs
        if other is not None and other.value in ("personnel", "civilians") and other.value != fig.unit \
                and other.text.lower() not in lex.generic and not owned:
            fig.unit = "other"
