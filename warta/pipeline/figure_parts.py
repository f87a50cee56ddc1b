"""Tolls whose parts mix fighters and civilians: "More than 1,000 dead ... The toll includes
336 fighters and 298 civilians" counts `other` people, not civilians; so does a toll that
names civilians among its dead ("the dead included 61 civilians", "most of them civilians"), or
fighters among more dead ("26 people, including 14 soldiers")."""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice, takewhile
from typing import TYPE_CHECKING, Final

from warta.model import Figure
from warta.pipeline.figure_outcomes import unit_key
from warta.pipeline.numbers import whole_words
from warta.pipeline.segment import tokens as tokenize

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons


def _generic_toll(fig: Figure, lex: FigureLexicons) -> bool:
    """A people count that does not say who the people were ("45", "60 orang", "1,000 dead")."""
    if fig.unit != "civilians":
        return False
    words = fig.text[len(fig.quantity.text):]
    key = unit_key(words, lex)
    if not key or key in lex.generic or key in lex.unit_outcome:
        return True
    # "19 wounded people": a fate word before the generic noun still says nothing of who they were
    rest = words.lower().split()
    return len(rest) == 2 and rest[1] in lex.generic and lex.outcomes.lookup(rest[0]) is not None


def mixed_by_parts(text: str, out: list[Figure], lex: FigureLexicons, starts: dict[int, int]) -> None:
    """"More than 1,000 dead ... The toll includes 336 fighters and 298 civilians": a toll of
    people whose parts, in its sentence or the next, include fighters is a mixed count. Parts
    follow a word that announces them ("includes", "termasuk") in their own sentence; "killing
    23 people ... 12 of the attackers were killed" names two counts, not one and its parts, and
    so does "menewaskan 21 orang, di antaranya empat petugas medis. Sebanyak 12 tentara tewas"."""
    for k, fig in enumerate(out):
        nxt = out[k + 1].start if k + 1 < len(out) and out[k + 1].sentence == fig.sentence else None
        if fig.unit == "civilians" and not _named_civilians(fig, lex) \
                and _predicate_role(text, fig, nxt or starts.get(fig.sentence + 1, len(text)), lex):
            fig.unit = "personnel"  # "29 dari korban tewas adalah tentara", "four of the dead were soldiers"
    fought: set[tuple[float, str]] = set()  # (value, outcome) of the tolls all of whose parts were fighters
    sentences = [f.sentence for f in out]  # in text order
    for k, fig in enumerate(out):
        if not _generic_toll(fig, lex):
            continue
        own_end = starts.get(fig.sentence + 1, len(text))
        if lex.called_civilians.find(tokenize(text, fig.end, own_end), text):
            continue  # "killed nine people ... and described the victims as civilians": its source's
        near = []
        for j in range(k + 1, len(out)):
            f = out[j]
            if f.sentence > fig.sentence + 1:
                break  # figures are in text order: the parts are near
            if f.outcome == fig.outcome:
                near.append(f)
        parts = _announced_parts(text, fig, near, lex, starts)
        if not parts:
            # "..., the hospital said. Among the dead were four civilians": a part that names the dead it
            # is of belongs to the last toll of them, however many sentences back
            parts = _far_parts(text, out, k, sentences, starts, lex)
        total = fig.quantity.value
        if not parts and total and len(near) > 1 and sum(f.quantity.value or 0 for f in near) == total:
            parts = near  # "mencapai 60 orang. '20 prajurit, 3 polisi dan 37 warga sipil'": they add up
        fighters = sum(f.quantity.value or 0 for f in parts if f.unit == "personnel")
        if any(f.unit == "personnel" for f in parts) and any(f.unit == "civilians" for f in parts) \
                or (total and 0 < fighters < total) \
                or any(_named_civilians(f, lex) and (f.quantity.value or 0) < (total or 0) for f in parts) \
                or _mostly_civilians(text, fig, out[k + 1] if k + 1 < len(out) else None, lex, starts):
            # the rest are fighters ("the dead included 61 civilians") or not ("including 14 soldiers")
            fig.unit = "other"
        elif not parts and fig.outcome in FOUGHT_OUTCOMES and _fight_of_both(text, fig, lex, starts):
            # "A gunfight between police and gunmen killed nine people": a fight of a state's force and
            # armed men kills of both, whatever the toll's noun
            fig.unit = "other"
        elif total and len(parts) > 1 and fighters == total and all(f.unit == "personnel" for f in parts):
            # "15 orang tewas dalam bentrokan ... sembilan anggota pasukan pemerintah dan enam pejuang SDF
            # tewas": every one of them a fighter
            fig.unit = "personnel"
            fought.add((total, fig.outcome))
    for fig in out:
        if fig.sentence == 0 and _generic_toll(fig, lex) and (fig.quantity.value, fig.outcome) in fought:
            fig.unit = "personnel"  # the headline's "Tewaskan 19 Orang" is the body's toll of fighters
        if fig.unit == "civilians" and not _named_civilians(fig, lex) \
                and (after := tokenize(text, fig.end, min(len(text), fig.end + BOTH_CHARS))) \
                and lex.both_sides.at(after, 0, text) is not None:
            fig.unit = "other"  # "48 tahanan dari kedua belah pihak": both sides' people, fighters among them
    mixed = {(f.quantity.value, f.outcome) for f in out if f.unit == "other" and f.sentence > 0}
    # the same toll told again right after, where its parts show it mixed ("Sedikitnya 24 orang tewas
    # ... " then "24 warga Kirgistan telah meninggal dunia, di antaranya empat anggota Dinas Perbatasan")
    again = {(f.quantity.value, f.outcome, f.sentence - 1) for f in out
             if f.unit == "other" and f.quantity.value}
    for fig in out:
        q = fig.quantity
        if fig.sentence > 0 and _generic_toll(fig, lex) and (q.value, fig.outcome, fig.sentence) in again:
            fig.unit = "other"
        if fig.sentence == 0 and _generic_toll(fig, lex) and ((q.value, fig.outcome) in mixed or (
                q.value is None and q.low is not None and q.high is not None
                and any(q.low <= (v or 0) <= q.high and o == fig.outcome for v, o in mixed))):
            # a headline's "kills 26" is the body's mixed toll of 26, its "Puluhan Tewas" one of 47
            fig.unit = "other"
    for prev, fig in zip(out, out[1:]):
        if fig.unit == "other" and fig.running_total and prev.sentence == fig.sentence \
                and prev.outcome == fig.outcome and _generic_toll(prev, lex):
            prev.unit = "other"  # "killed 46 people ..., raising the toll to 412": of the same mixed count


FOUGHT_OUTCOMES: Final = ("killed", "wounded", "casualties")  # what a fight does to both (not the displaced)
# figures after a toll's sentence searched for the first of its outcome (a part told later)
FAR_PARTS: Final = 12
PREDICATE_GAP: Final = 2  # tokens between a people count and its copula ("29 dari korban tewas itu adalah")
# tokens between the copula and the noun that gives the role ("were army and police personnel")
ROLE_GAP: Final = 3
BOTH_CHARS: Final = 40  # characters after a count that may say it is of both sides
MEMBER_GAP: Final = 6  # tokens from "members" to the force they belong to ("of the movement's naval wing")


def _far_parts(text: str, out: list[Figure], k: int, sentences: list[int], starts: dict[int, int],
               lex: FigureLexicons) -> list[Figure]:
    """The figures of the first later sentence with one of the toll's outcome, when a part word that
    names the dead opens them ("among the dead were", "di antara yang tewas ada") two or more sentences on;
    only the first FAR_PARTS figures after the toll's sentence are searched."""
    toll = out[k]
    j = bisect_left(sentences, toll.sentence + 1)
    at = next((i for i in range(j, min(len(out), j + FAR_PARTS)) if out[i].outcome == toll.outcome), None)
    if at is None or out[at].sentence <= toll.sentence + 1:
        return []
    said = out[at].sentence
    if not _announced(text[starts.get(said, 0):starts.get(said + 1, len(text))].lower(), lex.back_parts):
        return []
    told = takewhile(lambda f: f.sentence == said, islice(out, at, None))
    return [f for f in told if f.outcome == toll.outcome]


def _fight_of_both(text: str, fig: Figure, lex: FigureLexicons, starts: dict[int, int]) -> bool:
    """The toll's sentence tells of a fight ("clash", "baku tembak") whose parties include a state's
    force ("police", "pasukan") and armed men ("gunmen", "militan"): both sides' dead."""
    toks = tokenize(text, starts.get(fig.sentence, 0), starts.get(fig.sentence + 1, len(text)))
    return bool(lex.fights.find(toks, text)) and bool(lex.state_forces.find(toks, text)) \
        and bool(lex.armed_men.find(toks, text))


def _predicate_role(text: str, fig: Figure, end: int, lex: FigureLexicons) -> bool:
    """The people counted are fighters by what the clause says they were: "29 dari korban tewas adalah
    tentara dan anggota milisi", "four of the dead were soldiers", and with no copula after a pronoun
    part, "19 di antaranya anggota kelompok bersenjata"."""
    toks = tokenize(text, fig.end, end)
    cop = next((j for j in range(min(len(toks), PREDICATE_GAP + 1)) if toks[j].text.lower() in lex.copulas),
               None)
    if cop is None and lex.anaphoric.lookup(text[fig.quantity.end:fig.end].strip().lower()) is not None:
        cop = -1  # "31 orang, 19 di antaranya anggota kelompok bersenjata", "19 of them fighters": no copula
    if cop is None or any(t.text in ",;:" for t in toks[:max(cop, 0)]):
        return False
    for j in range(cop + 1, min(len(toks), cop + 2 + ROLE_GAP)):
        if lex.outcomes.at(toks, j, text) is not None:
            return False  # "were detained by the troops": a verb, not what they were
        unit = lex.units.at(toks, j, text)
        if unit is not None and unit.text.lower() in lex.generic:
            # "were members of the movement's naval wing", "adalah anggota kepolisian": of a force
            return any(lex.forces.at(toks, k, text)
                       for k in range(unit.last_token + 1, min(len(toks), unit.last_token + 1 + MEMBER_GAP)))
        if unit is not None:
            return unit.value == "personnel"
    return False


def _partitive_part(text: str, fig: Figure, lex: FigureLexicons) -> bool:
    """A count of some of a toll's dead ("29 dari korban tewas", "four of the dead"): a part of it."""
    toks = tokenize(text, fig.quantity.end, fig.end)
    m = lex.partitive.at(toks, 0, text) if toks else None
    return m is not None and any(t.text.lower() in lex.generic or t.text.lower() in lex.unit_outcome
                                 or lex.tolls & {t.text.lower()} for t in toks[m.last_token + 1:])


def _named_civilians(fig: Figure, lex: FigureLexicons) -> bool:
    """The figure counts people called civilians ("61 civilians", "61 warga sipil"), not a kind
    of civilian ("13 children")."""
    words = " ".join(fig.text[len(fig.quantity.text):].lower().split())
    return any(words == w or words.startswith(w + " ") for w in lex.civilian_words)


def _mostly_civilians(text: str, fig: Figure, nxt: Figure | None, lex: FigureLexicons,
                      starts: dict[int, int]) -> bool:
    """"killed 1,000 people, most of them civilians", "1.000 orang, sebagian besar di antaranya
    warga sipil": after the toll, before the next figure, in its sentence, civilians are a part."""
    end = starts.get(fig.sentence + 1, len(text))
    if nxt is not None and nxt.sentence == fig.sentence:
        end = min(end, nxt.start)
    return _announced(text[fig.end:end].lower(), lex.mostly_civilians)


def _announced_parts(text: str, toll: Figure, near: list[Figure], lex: FigureLexicons,
                     starts: dict[int, int]) -> list[Figure]:
    """The figures of ``near`` (same outcome, in text order) that a part word announces as
    parts of ``toll``: from the first one a part word opens in its own sentence, right after
    the toll or another part, on to the end of that sentence; another count of the same
    outcome in between ends the toll's parts ("18 people, including three nurses. Separately,
    6 soldiers were killed, including two officers": the officers are the soldiers')."""
    parts: list[Figure] = []
    prev = toll
    for f in near:
        if _announced(text[max(prev.end, starts.get(f.sentence, 0)):f.start].lower(), lex.part_words) \
                or (parts and f.sentence == parts[-1].sentence) or _partitive_part(text, f, lex) \
                or (f.sentence == toll.sentence and lex.anaphoric.lookup(
                    text[f.quantity.end:f.end].strip().lower()) is not None):  # "31 orang, 19 di antaranya"
            parts.append(f)
        else:
            break
        prev = f
    return parts


def _announced(between: str, words: frozenset[str]) -> bool:
    return bool(words) and whole_words(words).search(between) is not None
