"""What happened to each figure: the outcome word it owns in its sentence, and
which nouns no list has count people because such a word governs them.

Each figure takes the nearest outcome word ("killed", "ditembak jatuh") that no
other figure owns, within OUTCOME_REACH tokens, preferring the verb of its own
clause over one in a relative clause or after another figure; figures joined
by "and"/"dan" or listed after a subset word ("including", "di antaranya")
share the outcome of the figure before them; a unit's own outcome
(``unit_outcome``) applies when no word says one.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Final

from warta.model import Figure, Span
from warta.pipeline.figure_doers import arrives, does_it, object_after, takes_object
from warta.pipeline.figure_lists import PEOPLE, chain_outcome, list_chains, relative_verb
from warta.pipeline.figure_numbering import numbered, numbers_group
from warta.pipeline.lexicon import Match, PhraseLexicon
from warta.pipeline.segment import token_index
from warta.pipeline.token import Token

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons

NO_LIST_SHARING: Final = ("settlements", "area_km2", "other")
QUOTE_MARKS: Final = frozenset('"“”«»')  # scare quotes and quotations around a word ('23 "teroris"')
OUTCOME_REACH: Final = 15  # tokens an outcome word may be from its figure
# tokens of a count head ("the total number of") before the outcome word it makes a toll
HEAD_TOKENS: Final = 3
AFTER_OTHER: Final = 6  # a verb after another figure is that figure's more than this one's
DIED_REACH: Final = 3  # tokens from a relative to the death it tells of ("yang kemudian tewas")
# tokens between an outcome word and the next figure it labels ("korban luka 7.000 orang")
LABEL_GAP: Final = 0
RELATIVE_PENALTY: Final = 8  # a verb in a relative clause describes the noun; the main verb comes later
# a part's own fate after "who" beats its whole's
HARMS: Final = ("killed", "wounded", "missing", "casualties")
PEOPLE_OUTCOMES: Final = ("killed", "wounded", "casualties", "missing", "displaced", "captured")
WHOLE_OUTCOMES = (*PEOPLE_OUTCOMES, "released")  # what a whole of people its parts share ("the released")
# what attackers do to a figure after
DONE_TO: Final = ("killed", "wounded", "destroyed", "damaged", "captured")
AIRCRAFT: Final = ("aircraft", "helicopters", "drones")  # what drops bombs, or is downed ("menjatuhkan")
# done to vehicles, not done with them
VEHICLE_FATES: Final = ("destroyed", "damaged", "captured", "intercepted")


def _possessed_head(toks: list[Token], last: int, text: str, lex: FigureLexicons) -> Token | None:
    """The noun a count of people owns by a possessive mark right after it ("14 miners' bodies",
    "the officer's remains"): the first word after the mark, or None."""
    mark = next((m for m in lex.possessor_marks if text.startswith(m, toks[last].end)), None)
    if mark is None:
        return None
    after = toks[last].end + len(mark.rstrip())
    k = last + 1
    while k < len(toks) and toks[k].start < after:
        k += 1
    return toks[k] if k < len(toks) and toks[k].text[:1].isalpha() else None


def assign_outcomes(text: str, toks: list[Token], found: list[Figure], lex: FigureLexicons) -> None:
    spans = [(f.start, f.end) for f in found]
    span_starts = [a for a, _ in spans]

    def owned(offset: int) -> bool:
        i = bisect_left(span_starts, offset + 1) - 1
        return i >= 0 and spans[i][0] <= offset < spans[i][1]

    every = lex.outcomes.find(toks, text)
    every_starts = [m.start for m in every]
    outcomes = [m for m in every if not owned(m.start)]
    firsts = [m.first_token for m in outcomes]
    fig_tokens = [token_index(toks, f.start) for f in found]
    breaks = [m.first_token for m in lex.breaks.find(toks, text)]
    reach = OUTCOME_REACH + lex.outcomes.max_len
    chains = list_chains(toks, text, found, lex)
    unit_tokens = [t for t, f in zip(fig_tokens, found) if f.unit]
    governing = {id(f): g for chain in chains
                 for g in [chain_outcome(toks, chain, unit_tokens, outcomes, firsts, breaks, lex.relatives)]
                 if g is not None for f in chain}
    mixed = {id(f): chain for chain in chains if len({c.unit for c in chain}) > 1 for f in chain}
    prev: Figure | None = None
    for k, fig in enumerate(found):
        if prev is not None and prev.outcome == "":
            prev = None
        first = fig_tokens[k]
        last = max(first, token_index(toks, fig.end) - 1)
        best: tuple[int, Match[str]] | None = None
        for m in outcomes[bisect_left(firsts, first - reach):bisect_left(firsts, last + reach)]:
            lo, hi = (m.last_token, first) if m.last_token < first else (last, m.first_token)
            if bisect_left(breaks, hi) > bisect_left(breaks, lo + 1):
                continue  # "..., sementara pertahanan udara menembak jatuh ...": another clause
            if m.value == "intercepted" and fig.unit in PEOPLE:
                continue  # "roket itu dicegat dan dua orang warga terluka": no one is shot down
            if m.last_token < first:
                # other figures between: "killed 132 ... and wounded 252"; scare quotes are no words
                # ('telah "menetralisir" lebih dari 50 teroris')
                between = bisect_left(fig_tokens, first) - bisect_left(fig_tokens, m.last_token + 1)
                quotes = sum(t.text in QUOTE_MARKS for t in toks[m.last_token + 1:first])
                dist = first - m.last_token - 1 + 2 * between - quotes
            else:
                between = bisect_left(fig_tokens, m.first_token) - bisect_left(fig_tokens, last + 1)
                nxt = bisect_left(fig_tokens, m.last_token + 1)
                # "... berjumlah 3.000 orang dan korban luka 7.000 orang": a word that a joiner opens right
                # before the next figure labels that one, as one after another figure does (not "fighters
                # stormed a camp": the subject's verb before its object)
                labels = nxt < len(fig_tokens) and fig_tokens[nxt] - m.last_token - 1 <= LABEL_GAP \
                    and m.first_token > 0 and toks[m.first_token - 1].text.lower() in lex.list_joiners
                # "were still", "had been": the figure's own clause's verb, however many auxiliaries
                dist = m.first_token - last - 1 + (AFTER_OTHER if between or labels else 0) - sum(
                    t.text.lower() in lex.verb_adverbs or t.text.lower() in lex.passive_aux
                    for t in toks[last + 1:m.first_token])
            if m.first_token > last and relative_verb(toks, m.first_token, lex.relatives, last):
                dist += RELATIVE_PENALTY  # "howitzer yang dikerahkan ... juga dihancurkan"
            elif m.first_token > last and m.last_token + 1 < len(toks) \
                    and toks[m.last_token + 1].text.lower() in lex.object_marks:
                dist += AFTER_OTHER  # "burned four of the shops and took our goats": its own object's verb
            if m.value in ("killed", "wounded") and fig.unit and fig.unit not in PEOPLE:
                dist += AFTER_OTHER  # "23 pemberontak tewas dan delapan bunker dihancurkan": no thing dies
            if dist < 0 or dist > OUTCOME_REACH:
                continue
            if best is None or dist < best[0] or (dist == best[0] > 0 and m.first_token > last):
                # as near before as after, a word apart: "and two others were hurt" is theirs
                # (right after it, a participle describes the noun: "destroyed 4 drones fired at")
                best = (dist, m)
        if lex.participles and best is not None and best[1].first_token == last + 1 \
                and toks[last + 1].text.lower() not in lex.passive_aux:
            # "37 of those rescued were being treated", "three fishermen detained last month were
            # freed": the participle after the noun says who they were; their fate follows "were"
            later = next((m for m in outcomes[bisect_left(firsts, best[1].last_token + 1):]
                          if m.first_token - best[1].last_token - 1 <= OUTCOME_REACH
                          and bisect_left(breaks, m.first_token) == bisect_left(breaks, last + 1)
                          and bisect_left(fig_tokens, m.first_token) == bisect_left(fig_tokens, last + 1)),
                         None)
            words = {t.text.lower() for t in toks[best[1].last_token + 1:later.first_token]} if later \
                else set()
            if later is not None and words & lex.passive_aux and words.isdisjoint(lex.list_joiners):
                best = (later.first_token - last - 1, later)  # (a verb after "were": the part's own)
        if best is None and fig.unit in PEOPLE:  # "jumlah korban tewas ... naik menjadi 248 orang"
            told = _toll_before(outcomes, firsts, fig_tokens, first, lex, toks, text)
            best = (first - told.last_token - 1, told) if told is not None else None
        k_in = bisect_left(every_starts, fig.quantity.end)
        # an outcome word inside the figure, or one its unit word opens ("203 korban luka")
        inner = every[k_in] if k_in < len(every) and every[k_in].start < fig.end else None
        unit_word = unit_key(text[fig.quantity.end:fig.end], lex)
        gov = governing.get(id(fig))
        own_after = best is not None and best[0] <= 1 and best[1].first_token > last \
            and gov is not None and gov[1].last_token < first  # "..., and two others were injured"
        # held people ("hostages", "sandera") whom their list's verb harms: "26 hostages and 33 attackers
        # were killed"
        held_harmed = (lex.unit_outcome.get(unit_word) == "captured" or (
            inner is not None and inner.value == "captured")) and gov is not None \
            and gov[1].value in ("killed", "wounded")
        if gov is not None and ((inner is None and unit_word not in lex.unit_outcome) or held_harmed) \
                and not own_after \
                and (best is None or best[0] > 0 or best[1] is gov[1]):
            best = gov  # a list shares one verb: "236 aircraft, ... and 156 systems were destroyed"
        if fig.unit in PEOPLE and fig.end == fig.quantity.end and best is not None \
                and best[1].last_token < first and best[1].text.lower() not in lex.tolls:
            # "raising the death toll from the cross-border fire to 28": a bare number the toll's clause
            # ends with counts the toll, not the word in its complement ("fire")
            told = _toll_before(outcomes, firsts, fig_tokens, first, lex, toks, text)
            if told is not None and told.last_token < best[1].first_token:
                best = (first - told.last_token - 1, told)
        if best is not None and best[1].last_token < first and best[1].text.lower() in lex.part_words:
            best = _whole_before(outcomes, firsts, best, fig_tokens, lex)
        if best is not None and best[1].value == "used" and fig.unit in PEOPLE \
                and (inner is not None or unit_word in lex.unit_outcome):
            best = None  # "membawa 251 sandera": the hostages' own word says what befell them
        own = next((m for m in outcomes[bisect_left(firsts, last + 2):bisect_left(firsts, last + 4)]), None) \
            if last + 1 < len(toks) and toks[last + 1].text.lower() in lex.relatives else None
        own_fate = own is not None and own.value in HARMS and after_subset_word(toks, first, text, lex)
        # "freed 354 passengers, including 37 who were wounded": the part's own harm
        if own_fate and own is not None:
            best = (0, own)
        elif own is not None and own.value == "displaced" and fig.unit == "civilians" and best is not None \
                and best[1].value == "other" and best[1].last_token < first:
            best = (0, own)  # "a camp which shelters about 5,000 people who fled": who they are
        if prev is not None and prev.outcome and after_subset_word(toks, first, text, lex) and not own_fate:
            fig.outcome, fig.outcome_span = prev.outcome, prev.outcome_span  # "including six children"
        elif inner is not None and not held_harmed and (best is None or best[0] > 1 or (  # "60 dead"
                best[1].value in UMBRELLA and inner.value in ("killed", "wounded"))) and not (
                inner.value == "captured" and best is not None and best[1].value == "released") \
                and (inner.value == "killed" or lex.unit_outcome.get(unit_word) != "killed"):
            # (not "11 jenazah pengungsi": bodies, whatever else their noun says)
            # ("95 prisoners of war ... in an exchange": people held whom their clause frees, released)
            fig.outcome = inner.value  # "40 injured persons", "470 korban"
            fig.outcome_span = Span(inner.start, inner.end, inner.text)
        elif unit_word in lex.unit_outcome and (best is None or best[0] > 2) and not held_harmed and not (
                lex.unit_outcome[unit_word] == "captured" and best is not None and best[1].value == "released"
                and best[1].first_token > last
                and not any(t.text in ",;" for t in toks[last + 1:best[1].first_token])):
            # (not "120 tawanan perang angkatan bersenjata Ukraina diserahkan": held people whom their own
            # clause frees past the owner's name, released)
            fig.outcome = lex.unit_outcome[unit_word]  # "773 bodies", "251 hostages", "3 pucuk senjata"
        elif best is not None:
            fig.outcome = best[1].value
            fig.outcome_span = Span(best[1].start, best[1].end, best[1].text)
            chain = mixed.get(id(fig))
            if not (gov is not None and best[0] == gov[0] and best[1] is gov[1] and chain is not None
                    and len({_overridden(lex.unit_overrides.get(c.unit, {}), best[1], fig.outcome)
                             for c in chain}) > 1):
                # drones "destroyed" alone were shot down; in a list of tanks and guns, lost
                override = lex.unit_overrides.get(fig.unit, {})
                disabled = fig.outcome == "damaged" and best[1].first_token > last and (
                    best[1].text.lower().startswith(lex.passive_prefixes)
                    or any(t.text.lower() in lex.passive_aux for t in toks[last + 1:best[1].first_token]))
                if not disabled:  # "29 drones were disabled", "29 lainnya dilumpuhkan": no drones that hit
                    fig.outcome = _overridden(override, best[1], fig.outcome, fig.outcome) or ""
                if not fig.outcome and lex.unit_outcome.get(unit_word) == "killed":
                    # a body is a death whatever is done with it: "38 bodies were sent to the morgue"
                    fig.outcome, fig.outcome_span = "killed", None
        elif prev is not None and prev.outcome and fig.unit and \
                (fig.unit not in NO_LIST_SHARING or fig.unit == prev.unit):
            fig.outcome = prev.outcome  # a list shares its verb: "killed 49,000 troops, 273 tanks"
            fig.outcome_span = prev.outcome_span
        if fig.unit in PEOPLE and lex.body_heads is not None \
                and _ends_before(toks, first, text, lex.body_heads):
            fig.outcome = "killed"  # "the bodies of five fishermen were found", "jasad tiga penjaga hutan"
        head = _possessed_head(toks, last, text, lex) if fig.unit in PEOPLE else None
        if head is not None and lex.unit_outcome.get(head.text.lower()) == "killed":
            # "14 miners' bodies were carried out", "9 policemen's bodies": the possessor's people,
            # the head noun's fate
            fig.outcome, fig.outcome_span = "killed", None
            fig.end, fig.text = head.end, text[fig.start:head.end]
        if fig.unit == "vehicles" and first > 0 and toks[first - 1].text.lower() in lex.travel_marks and (
                fig.outcome not in VEHICLE_FATES or does_it(toks, fig, found[k + 1:], fig_tokens[k + 1:])):
            # ("datang dengan belasan truk dan membakar dua kendaraan": the riders' verb, its object's fate)
            # "arrived on 60 motorcycles", "datang dengan 40 sepeda motor"
            fig.outcome, fig.outcome_span = "used", None
        if fig.outcome == "used" and fig.unit in ("settlements", "other") and first \
                and toks[first - 1].text.lower() in lex.targets:
            fig.outcome = "other"  # "fired BM-21 rockets at four villages": the targets shelled, not weapons
        held = first and toks[first - 1].text.lower() in lex.holds
        if not fig.outcome and fig.unit == "personnel" and held:
            fig.outcome, fig.outcome_span = "other", None  # "Hizbullah memiliki 400 pejuang": its strength
            if last + 1 < len(toks) and toks[last + 1].text.lower() in lex.stationed \
                    and text[fig.quantity.end:fig.end].lower().split()[-1:] in ([w] for w in lex.regulars):
                fig.outcome = "used"  # "the U.S., which has about 2,000 troops in Syria": troops kept there
        if not fig.outcome and fig.unit == "personnel" and arrives(toks, last, text, lex):
            fig.outcome = "used"  # "sekitar 15 orang bersenjata mendatangi pos", "30 gunmen came": to fight
        if not fig.outcome and fig.unit == "personnel" and numbered(toks, first, text, lex):
            # "para pemberontak itu, yang berjumlah lebih dari 50 orang, datang": the force that came;
            # "jaringan itu berjumlah 30 orang": a group's strength
            fig.outcome = "other" if numbers_group(toks, first, text, lex) else "used"
            fig.outcome_span = None
        if fig.outcome not in ("killed", "released", "") and lex.unit_outcome.get(unit_word) == "killed":
            # "pulled 11 bodies from the rubble", "recovered 11 bodies", "mengevakuasi 11 jenazah",
            # "puluhan jenazah masih tertimbun reruntuhan": deaths; and whatever verb a body count is
            # near ("60 bodies arrived at hospitals ... and 200 people were wounded", "22 jenazah tiba
            # sejak pagi"): no body is wounded, displaced or used (handed-over remains stay released)
            fig.outcome = "killed"
        if not fig.unit:
            told = _toll_before(outcomes, firsts, fig_tokens, first, lex, toks, text)
            if told is not None and (best is None or best[1].text.lower() not in lex.tolls):
                # "the death toll ... has risen to 3,823, with 15,859 others wounded": the toll's
                best = (first - told.last_token - 1, told)
                fig.outcome, fig.outcome_span = told.value, Span(told.start, told.end, told.text)
            toll = best is not None and (best[1].text.lower() in lex.tolls
                                         or _counted(toks, text, best[1], lex))
            if fig.outcome in PEOPLE_OUTCOMES and best is not None and (best[0] <= 3 or toll) \
                    and not of_things(toks, last + 1, text, lex):  # not "seized 14 of 17 townships"
                fig.unit = "civilians"  # "the number of deaths rose to 24,100"
                fig.confidence = 0.4
                if prev is not None and prev.unit in PEOPLE and best[1].last_token < first \
                        and verb_joined(toks, text, prev, best[1].first_token, lex):
                    fig.unit = prev.unit  # "killed 12 soldiers and wounded 20": 20 more of them
            elif prev is not None and prev.unit and prev.outcome and fig.outcome in ("", prev.outcome) \
                    and joined(toks, text, prev, fig, lex):
                # "42 were rushed to one hospital and eight to another": the same count goes on
                fig.unit, fig.outcome, fig.outcome_span = prev.unit, prev.outcome, prev.outcome_span
                fig.confidence = 0.4
            else:
                fig.outcome = ""  # a bare number with no unit: not a figure
        elif fig.unit in AIRCRAFT and fig.outcome == "intercepted" and (
                (k + 1 < len(found) and found[k + 1].unit == "munitions"
                 and does_it(toks, fig, found[k + 1:], fig_tokens[k + 1:]))
                or object_after(toks, fig, text, lex)):
            # "dua jet tempur menjatuhkan empat bom", "tiga jet tempur menjatuhkan bom": they dropped
            # them, none fell
            fig.outcome = "used"
        elif fig.unit in PEOPLE and fig.outcome in DONE_TO and (
                does_it(toks, fig, found[k + 1:], fig_tokens[k + 1:])
                or (fig.outcome == "captured" and takes_object(toks, fig, text, lex))):
            # "50 orang ... membakar dua kendaraan": they did it to the figure after; "dozens of gunmen
            # overran the post", "30 militan menduduki pos itu": they took it, the attackers' strength
            fig.outcome = "used"
        elif fig.unit in ("aircraft", "helicopters") and fig.outcome == "other" \
                and fig.outcome_span is not None and fig.outcome_span.start >= fig.end \
                and not any(t.text.lower() in lex.passive_aux for t in toks[last + 1:best_first(best)]) \
                and not fig.outcome_span.text.lower().startswith(lex.passive_prefixes):
            fig.outcome = "used"  # "Two jets bombed the village", "dua helikopter menyerang konvoi"
        elif fig.unit == "personnel" and fig.outcome == "other" and fig.outcome_span is not None \
                and fig.outcome_span.start >= fig.end and fig.outcome_span.text.lower() in lex.assaults \
                and not any(t.text.lower() in lex.passive_aux for t in toks[last + 1:best_first(best)]):
            fig.outcome = "used"  # "15 penyerang menyerang pos TNI", "50 rebels stormed the post": attackers
        elif fig.unit in PEOPLE and fig.outcome == "other" and fig.outcome_span is not None \
                and fig.outcome_span.end <= fig.start and first > 0 \
                and toks[first - 1].text.lower() in lex.agents \
                and token_index(toks, fig.outcome_span.end) == first - 1:
            fig.outcome = "used"  # "attacked by about 20 rebels", "diserang oleh 40 tentara": the attackers
        elif fig.unit == "civilians" and fig.outcome == "other" and fig.outcome_span is not None \
                and fig.outcome_span.text.lower() in lex.strengths \
                and (not unit_word or unit_word in lex.generic):
            fig.unit = "personnel"  # "pasukannya kini tinggal 30 orang": a force's strength
        elif fig.unit == "personnel" and fig.outcome in ("destroyed", "damaged") \
                and fig.outcome_span is not None and fig.outcome_span.start >= fig.end \
                and not any(t.text.lower() in lex.passive_aux for t in toks[last + 1:best_first(best)]) \
                and not fig.outcome_span.text.lower().startswith(lex.passive_prefixes):  # not "dilumpuhkan"
            fig.outcome = "used"  # "dozens of armed men came ... and set fire to the shelters": they did it
        elif fig.unit in PEOPLE and fig.outcome == "destroyed":
            fig.outcome = "killed"  # "destroyed 300 soldiers, 12 tanks ...": troops destroyed were killed
        elif fig.unit == "civilians" and fig.outcome == "other" and fig.outcome_span is not None \
                and fig.outcome_span.text.lower() in lex.crossings:
            fig.outcome = "displaced"  # "600,000 Sudanese had crossed into Chad": refugees; troops enter
        elif fig.unit in PEOPLE and fig.outcome == "damaged":
            # "melumpuhkan empat anggota": people disabled are wounded; "merusak jaringan untuk jutaan
            # orang": people near a damage word were not damaged
            adjacent = best is not None and best[0] == 0 and (  # "dua penyerang berhasil dilumpuhkan"
                best[1].end <= fig.start or best[1].text.lower().startswith(lex.passive_prefixes))
            # "melumpuhkan dua pelaku yang kemudian tewas", "disabled three attackers who later died"
            rel = next((n for n in range(last + 1, min(len(toks), last + 3)) if toks[n].text.lower()
                        in lex.relatives), None)
            died = rel is not None and any(m.value == "killed" for m in outcomes[
                bisect_left(firsts, rel + 1):bisect_left(firsts, rel + 1 + DIED_REACH)])
            fig.outcome = "killed" if died else "wounded" if adjacent else ""
        elif fig.unit not in PEOPLE and fig.outcome in lex.equipment_outcome:
            # people-only outcomes read as losses for equipment, as "other" for places
            fig.outcome = lex.equipment_outcome[fig.outcome] if fig.unit not in NO_LIST_SHARING else "other"
            # and as their unit reads that loss: "dua roket ... melukai empat warga" were fired, not damaged
            fig.outcome = lex.unit_overrides.get(fig.unit, {}).get(fig.outcome, fig.outcome)
        elif fig.unit in NO_LIST_SHARING and fig.outcome == "used" and fig.outcome_span is not None \
                and fig.outcome_span.text.lower() in lex.blasts:
            fig.outcome = "destroyed"  # "detonated two bridges": blown up; "detonated two car bombs": used
        elif fig.unit == "other" and fig.outcome == "displaced":
            fig.outcome = ""  # "berlindung di 150 tempat penampungan": where people shelter, no toll
        elif fig.unit == "personnel" and fig.outcome == "displaced":
            # fighters who fled or crossed over are not displaced people; attackers who arrived came to fight
            arrived = fig.outcome_span is not None and fig.outcome_span.text.lower() in lex.arrivals
            fig.outcome = "used" if arrived else "other"
        prev = fig


def _overridden(override: dict[str, str], word: Match[str], outcome: str,
                default: str | None = None) -> str | None:
    """A unit's own reading of an outcome: by the word itself first ("menjatuhkan" bombs dropped them),
    then by the outcome it says ("destroyed" drones were shot down; "" for none)."""
    return override.get(word.text.lower(), override.get(outcome, default))


def best_first(best: tuple[int, Match[str]] | None) -> int:
    """The first token of the chosen outcome word (0 when there is none)."""
    return best[1].first_token if best is not None else 0


# tokens from a whole's outcome word to the part word after it ("losses over the past day")
WHOLE_TOKENS: Final = 5
LISTED_WHOLES: Final = (*WHOLE_OUTCOMES, "lost")  # wholes whose parts a part word lists


def _whole_before(outcomes: list[Match[str]], firsts: list[int], best: tuple[int, Match[str]],
                  fig_tokens: list[int], lex: FigureLexicons) -> tuple[int, Match[str]]:
    """A part word that is also an outcome ("included": what a force brings) yields to the people's
    outcome its subject names: "the dead included four women", "the casualties included 12
    soldiers", "the released Ukrainians included 12 soldiers" share the outcome of the whole, as
    "among the dead" does; so do the items of losses ("Russian losses over the past day included
    1,150 troops, 4 tanks")."""
    part = best[1]
    k = bisect_left(firsts, part.first_token) - 1
    if k < 0:
        return best
    whole = outcomes[k]
    if whole.value not in LISTED_WHOLES or part.first_token - whole.last_token - 1 > WHOLE_TOKENS \
            or bisect_left(fig_tokens, part.first_token) > bisect_left(fig_tokens, whole.last_token + 1):
        return best
    return best[0], whole


def _counted(toks: list[Token], text: str, m: Match[str], lex: FigureLexicons) -> bool:
    """Whether a count head stands right before outcome word ``m``: "the number of casualties
    in the war rose to 31,000", "total deaths", "jumlah korban": a toll, however far its number."""
    return any(h.last_token == m.first_token - 1
               for k in range(max(0, m.first_token - HEAD_TOKENS), m.first_token)
               if (h := lex.heads.at(toks, k, text)) is not None)


TOLL_LINK_REACH: Final = 40  # tokens from a toll-linking verb's number back to the toll noun of its clause
TOLL_LINK_TOKENS: Final = 4  # tokens of a toll-linking verb ("has now risen to")


def _toll_before(outcomes: list[Match[str]], firsts: list[int], fig_tokens: list[int], first: int,
                 lex: FigureLexicons, toks: list[Token] | None = None, text: str = "") -> Match[str] | None:
    """The toll word nearest before token ``first`` within reach, no other figure between; a verb that
    links a toll to its number right before it ("The death toll from ... has risen to 248", "jumlah
    korban tewas ... naik menjadi 248") reaches further back, to the subject of its clause."""
    linked = first > 0 and any(m.last_token == first - 1 for m in lex.toll_links.find(
        toks, text, max(0, first - TOLL_LINK_TOKENS), first)) if toks is not None else False
    reach = TOLL_LINK_REACH if linked else OUTCOME_REACH
    for m in reversed(outcomes[bisect_left(firsts, first - reach):bisect_left(firsts, first)]):
        if m.last_token >= first:
            continue
        if bisect_left(fig_tokens, first) != bisect_left(fig_tokens, m.last_token + 1):
            return None
        if m.text.lower() in lex.tolls:
            return m
    return None


JOIN_GAP: Final = 8  # tokens between two figures joined by "and"/"dan"


def joined(toks: list[Token], text: str, a: Figure, b: Figure, lex: FigureLexicons) -> bool:
    """Figure ``b`` follows ``a`` after a few words that end with a joiner ("... and eight")."""
    lo, hi = token_index(toks, a.end), token_index(toks, b.start)
    if not lo < hi <= lo + JOIN_GAP:
        return False
    last = toks[hi - 1]
    return last.text == "," or lex.joiners.at(toks, hi - 1, text) is not None


def verb_joined(toks: list[Token], text: str, a: Figure, verb: int, lex: FigureLexicons) -> bool:
    """The outcome verb at token ``verb`` opens the next item right after figure ``a`` and
    a joiner ("12 soldiers and wounded 20", "dua prajurit dan melukai lima")."""
    lo = token_index(toks, a.end)
    if not lo < verb <= lo + 2:
        return False
    last = toks[verb - 1]
    return last.text == "," or lex.joiners.at(toks, verb - 1, text) is not None


def unit_key(words: str, lex: FigureLexicons) -> str:
    """The unit noun of a figure's words as ``unit_outcome`` lists it: the
    first one or two words after any fillers ("tiga buah busur panah" -> "busur"), or, where
    the head noun comes last, all of them when they are one unit phrase of their own
    ("weapons storage facility": a facility, not weapons)."""
    rest = [w for w in words.lower().split() if w]
    while rest and rest[0] in lex.fillers:
        rest = rest[1:]
    if lex.head_last and len(rest) > 1 and lex.units.lookup(" ".join(rest)) is not None:
        return " ".join(rest)
    if len(rest) > 1 and " ".join(rest[:2]) in lex.unit_outcome:
        return " ".join(rest[:2])
    if len(rest) > 1 and rest[0] in lex.unit_outcome \
            and lex.units.lookup(" ".join(rest[:2])) not in (None, lex.units.lookup(rest[0])):
        return " ".join(rest[:2])  # "senjata artileri": a gun of its own unit, not the arms "senjata" seized
    return rest[0] if rest else ""


UMBRELLA: Final = ("lost", "casualties")  # words for losses of any kind: a figure's own fate word is finer


def after_subset_word(toks: list[Token], first: int, text: str, lex: FigureLexicons) -> bool:
    return _ends_before(toks, first, text, lex.subset)


PARTITIVE_SKIP: Final = 4  # tokens of a whole's number, article or owner between a partitive and its noun


def of_things(toks: list[Token], k: int, text: str, lex: FigureLexicons) -> bool:
    """A partitive at token ``k`` opens a whole whose noun no list has ("14 of 17 townships", "14 dari
    17 kotapraja", "14 of Rakhine's 17 townships"): the bare number before counts such things, no people."""
    m = lex.partitive.at(toks, k, text) if k < len(toks) else None
    if m is None:
        return False
    j = m.last_token + 1
    while j < min(len(toks), m.last_token + 1 + PARTITIVE_SKIP) and (
            toks[j].text[:1].isdigit() or toks[j].text[:1].isupper() or toks[j].text in "'’"
            or toks[j].text.lower() in lex.definites or (toks[j].text == "s" and toks[j - 1].text in "'’")):
        j += 1
    return j < len(toks) and toks[j].text.isalpha() and toks[j].text.islower() \
        and lex.units.at(toks, j, text) is None and lex.outcomes.at(toks, j, text) is None


def _ends_before(toks: list[Token], first: int, text: str, words: PhraseLexicon[str]) -> bool:
    """A phrase of ``words`` ends right before token ``first``."""
    if first < 1 or not words.ends_with(toks[first - 1].text):
        return False
    for back in (1, 2, 3):
        m = words.at(toks, first - back, text) if first - back >= 0 else None
        if m is not None and m.last_token == first - 1:
            return True
    return False
