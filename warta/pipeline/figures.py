"""Figures: a quantity, what it counts (unit), what happened to it (outcome),
whose it was (side), the period it covers and where.

The unit is the noun phrase right after the number (fillers and side words may
stand between); the outcome is the nearest outcome word in the sentence that
no other figure owns; the side is a side word inside the figure, else the
subject of a loss verb, else left for the claims step to infer.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from warta.lang import Lang
from warta.model import (
    Figure,
    PlaceMention,
    Quantity,
    Sentence,
    TimeMention,
)
from warta.pipeline.event_places import attack_possessor, is_dateline
from warta.pipeline.event_rules import rules as event_rules
from warta.pipeline.figure_articles import drop_lone_articles
from warta.pipeline.figure_context import (
    REFERENCE_SENTENCES,
    continue_list,
    figure_place,
    listed_after_part_word,
    of_the_harmed,
    opened_group,
    part_of_before,
    parts_of_wholes,
    re_mention,
    the_figure,
)
from warta.pipeline.figure_fates import (
    departed,
    fallen_soldiers,
    fate_told_after,
    got_through,
    instruments,
    joint_nouns,
    members_named,
    others_before,
    others_fate,
    residents,
    treated_after,
)
from warta.pipeline.figure_lexicon import FigureLexicons, lexicons
from warta.pipeline.figure_lists import (
    item_noun_end,
    launched_wholes,
    listed_items,
    partitive_link,
    struck_object,
)
from warta.pipeline.figure_numbering import numbered_unit
from warta.pipeline.figure_outcomes import (
    PEOPLE,
    PEOPLE_OUTCOMES,
    after_subset_word,
    assign_outcomes,
    joined,
    unit_key,
)
from warta.pipeline.figure_parts import mixed_by_parts
from warta.pipeline.figure_periods import figure_period, period_marks
from warta.pipeline.figure_sides import assign_side
from warta.pipeline.figure_units import (
    QUOTE_MARKS,
    extend_with_sides,
    kind_of_wider,
    refer_back,
    unit_after,
)
from warta.pipeline.figure_victims import victim_noun_end
from warta.pipeline.figure_words import (
    POSSESSED,
    after_marker,
    carried_aboard,
    exchanged_unit,
    force_loss_before,
    in_unit_name,
    loss_unit,
    money,
    named_bare,
    named_number,
    people_outcome_after,
    possessed,
    scaled,
    speaks,
)
from warta.pipeline.lexicon import Match, PhraseLexicon
from warta.pipeline.numbers import find_quantities
from warta.pipeline.segment import token_index, tokens as tokenize
from warta.pipeline.sides import side_lexicon
from warta.pipeline.spans import SpanIndex
from warta.pipeline.token import Token

NEAR_CHARS: Final = 400  # how far a figure looks for its date and place
HEAD_REACH: Final = 20  # tokens back from a bare number to a count head in its clause ("the number of ... N")
HEAD_GAP: Final = 3  # tokens from a count head right after a bare number to the unit it names


def find_figures(text: str, lang: Lang, sentences: list[Sentence],
                 quantities: list[Quantity], times: list[TimeMention],
                 places: list[PlaceMention], published: date | None = None) -> list[Figure]:
    """Every quantity that counts something the conflict did, as a Figure."""
    lex = lexicons(lang)
    marks = period_marks(lang)
    roles = event_rules(lang).roles
    attacks = roles.nominal if roles.possessor_after else frozenset()
    sides = side_lexicon(lang)
    out: list[Figure] = []
    seen: set[tuple[float | None, str]] = set()  # (value, unit) of the figures so far
    time_index, place_index = SpanIndex(times), SpanIndex(places)
    qi = 0
    toks: list[Token] = []
    for sent in sentences:
        prev_toks, toks = toks, tokenize(text, sent.start, sent.end)
        mine: list[Quantity] = []
        while qi < len(quantities) and quantities[qi].start < sent.end:
            if quantities[qi].start >= sent.start:
                mine.append(quantities[qi])
            qi += 1
        if out and out[-1].sentence == sent.index - 1:
            fate_told_after(text, toks, _last_sentence(out), lex)  # "Both died"
        if not mine:
            continue  # no number (most sentences)
        # (a number read again past a date stays in the sentence: its tokens are the sentence's)
        mine = [q for q in _outside_dates(text, lang, mine, time_index) if q.start < sent.end]
        if not mine or not toks:
            continue
        found = _sentence_figures(text, sent, toks, mine, lex, sides)
        if not found:
            continue  # no number of the sentence can count: the steps below only read and change ``found``
        prev_fig = out[-1] if out and out[-1].sentence == sent.index - 1 else None
        if not all(f.unit for f in found):  # "... insurgents. Seven of them were captured"
            refer_back(text, prev_toks + toks, found, lex, prev_fig)  # (reads figures with no unit only)
        found = others_before(text, found, prev_fig, lex)  # "Tiga lainnya": more of the people before
        if out and out[-1].sentence >= sent.index - REFERENCE_SENTENCES:
            the_figure(toks, text, found, out[-1], lex)  # "The UN put the figure at 52"
        opened_group(text, toks, found, lex)  # "dari para prajurit itu, dua gugur dan lima terluka"
        assign_outcomes(text, toks, found, lex)
        if out and out[-1].sentence >= sent.index - REFERENCE_SENTENCES:
            listed_after_part_word(text, toks, found, out[-1], lex)  # "Among the victims were ..."
        departed(text, toks, found, lex)  # "2,000 people have left Banibangou"
        fallen_soldiers(text, found, lex)  # "Korban gugur dua orang": soldiers
        of_the_harmed(text, toks, found, out, lex)  # "Three of the wounded were flown out"
        members_named(text, toks, found, lex)  # "27 orang yang diidentifikasi sebagai anggota RSF"
        joint_nouns(text, toks, found, lex)  # 'lebih dari 30 "tentara murtad dan pejabat pemerintah"'
        instruments(toks, found, lex)  # "began at dawn with dozens of motorbikes"
        got_through(found, lex)  # "tiga drone lainnya berhasil mengenai sasaran"
        residents(toks, found, lex, text)  # "1.500 WNI tinggal di Pattani": a population
        treated_after(text, toks, found, lex)  # "dievakuasi ke Timika ... untuk mendapat perawatan"
        if out and out[-1].sentence == sent.index - 1:
            others_fate(found, out[-1], lex)  # "Empat korban luka kritis. Sepuluh lainnya sudah pulang"
        if out and out[-1].sentence == sent.index - 1:
            continue_list(text, toks, found, out[-1], lex)
            part_of_before(text, toks, found, out[-1], lex, mine[0].start)
        found = drop_lone_articles(text, toks, found, lex)
        found = parts_of_wholes(text, toks, [f for f in found if not re_mention(text, toks, f, seen, lex)],
                                seen, lex, sides)  # "tiga dari tujuh korban tewas": the three, not the seven
        launched_wholes(toks, text, found, lex, sides)
        for fig in found:
            assign_side(text, toks, fig, lex, sides)
            lo, hi = max(sent.start, fig.start - NEAR_CHARS), min(sent.end, fig.end + NEAR_CHARS)
            fig.period = figure_period(fig, time_index.between(lo, hi), text, toks, marks, published)
            fig.place = figure_place(fig, [p for p in place_index.between(lo, hi)
                                     if not (p.start - sent.start < 3 and p.text.isupper())
                                     and not is_dateline(text, p, sent)
                                     and not attack_possessor(text, p, attacks)])  # "serangan Israel"
        for before, fig in zip(found, found[1:]):
            if fig.side is None and before.side_reason == "named in the figure" and fig.unit == before.unit \
                    and fig.text.lower().split()[-1] in lex.trailing:
                # "menewaskan 35 militan Al-Shabaab dan menangkap tujuh lainnya": others of the same side
                fig.side, fig.side_reason = before.side, "others of the people named before"
        for before, fig in zip(found, found[1:]):
            q = fig.quantity
            if before.quantity.bound == "lower" and q.bound == "exact" and q.value is not None \
                    and fig.end == q.end and joined(toks, text, before, fig, lex):
                # "sedikitnya 487 anak tewas dan 954 terluka": a bare number joined to a count at least so
                # many is at least so many too
                fig.quantity = Quantity(q.start, q.end, q.text, q.value, q.value, None, "lower")
        for part, whole in zip(found, found[1:]):
            if part.side is None and whole.side is not None \
                    and partitive_link(toks, text, part, whole, lex, sides):
                part.side, part.side_reason = whole.side, "the whole it is part of"  # "41 dari 47 drone X"
        # zero counts nothing: "nol tentara tewas", "zero deaths"
        kept = [f for f in found if f.outcome and not (f.quantity.high == 0 and f.quantity.low == 0)
                and not speaks(toks, f, text, lex)]  # "one of them said": who speaks, no count
        out.extend(kept)
        seen.update((f.quantity.value, f.unit) for f in kept)
    mixed_by_parts(text, out, lex, {s.index: s.start for s in sentences})
    return out


def _last_sentence(out: list[Figure]) -> list[Figure]:
    """The figures of the last sentence that has any (``out`` is in text order)."""
    k = len(out)
    while k and out[k - 1].sentence == out[-1].sentence:
        k -= 1
    return out[k:]


def _outside_dates(text: str, lang: Lang, qs: list[Quantity],
                   times: SpanIndex[TimeMention]) -> list[Quantity]:
    """Numbers that are not part of a date expression ("dalam 24 jam terakhir").
    A quantity that starts inside a date and runs past it ("February 2022 to
    976,230" read as a range) is read again from where the date ends."""
    out: list[Quantity] = []
    for q in qs:
        inner = times.last_before(q.end)
        if inner is not None and q.start < inner.start and inner.end <= q.end:
            continue  # "between 2013 and 2018", "antara 2013 dan 2018": a span of years, no count
        t = times.last_before(q.start + 1)
        if t is None or q.start >= t.end:
            out.append(q)
        elif q.end > t.end:
            out += find_quantities(text, lang, t.end, q.end)
    return out


def _sentence_figures(text: str, sent: Sentence, toks: list[Token], mine: list[Quantity],
                      lex: FigureLexicons, sides: PhraseLexicon[str]) -> list[Figure]:
    # the units of an article-only sentence's quantities, as the loop below reads them
    units_read: list[Match[str] | None] = []
    if all(q.text.lower() in lex.articles for q in mine):
        for q in mine:
            units_read.append(unit_after(toks, token_index(toks, q.end), text, lex, sides, False))
            if units_read[-1] is not None:
                break
        else:
            return []  # "a fire broke out": an article counts only with a noun of its own (as below)
    found: list[Figure] = []
    onboard: set[int] = set()
    for n, q in enumerate(mine):
        if found and q.start < found[-1].end:
            continue  # "38 anggota satu keluarga": a number inside the noun phrase of the figure before
        article = q.text.lower() in lex.articles
        if money(text, toks, q, lex):
            continue  # "£1.1bn to displaced people", "5 miliar rupiah": a sum, not a count
        at = token_index(toks, q.start)  # the number's first token
        if in_unit_name(toks, at, lex.name_heads):
            continue  # "Densus 88 Antiteror", "Batalyon Infanteri Ringan 377": a unit's number
        if after_marker(toks, at, text, lex.populations):
            continue  # "a town of 15,000 people", "kota berpenduduk 15.000 jiwa": inhabitants, no toll
        if lex.source_openers is not None and not article \
                and after_marker(toks, at, text, lex.source_openers):
            continue  # "kata dua perwira militer", "according to two officials": who speaks, no count
        after = token_index(toks, q.end)
        if after < len(toks) and lex.ratios.at(toks, after, text) is not None:
            continue  # "tripled, three times as many", "naik tiga kali lipat": a ratio, not a count
        unit = units_read[n] if n < len(units_read) \
            else unit_after(toks, after, text, lex, sides, not article)
        if unit is not None and unit.first_token > after \
                and named_number(toks, at, after, text):
            continue  # "senapan AK 47 dari pos": a model name, not a count
        if after_marker(toks, at, text, lex.fractions) \
                and not _own_outcome(toks, unit.last_token + 1 if unit is not None else after, text, lex):
            continue  # "half of the 3,000 residents have fled": the whole, not who fled
        aboard = unit is not None and unit.value in PEOPLE \
            and carried_aboard(toks, at, unit, text, lex)
        if unit is not None and article \
                and text.startswith(lex.possessor_marks, toks[unit.last_token].end):
            continue  # "a children's hospital", "a woman's son": the noun owns what follows, no count
        if unit is not None:
            unit = kind_of_wider(toks, unit, text, lex)
            last = extend_with_sides(toks, unit.last_token, text, sides, lex)
            end = toks[last].end
            if any(ch in QUOTE_MARKS for ch in text[q.end:unit.start]) and text[end:end + 1] in QUOTE_MARKS:
                end += 1  # 23 "teroris": the closing mark of the scare quotes
            kind = unit.value
            unit_word = unit.text.lower()
            if kind in PEOPLE and unit_word in lex.generic:
                kind = numbered_unit(toks, at, text, lex) \
                    or loss_unit(toks, at, text, lex) \
                    or exchanged_unit(toks, at, text, lex) or kind
            others = text[q.start:end].lower().split()[-1] in lex.trailing  # "tiga orang lainnya"
            if any(f.unit for f in found) and (unit_word in lex.trailing  # past "a raid"
                                               or (unit_word in lex.generic and others)):
                # "35 others", "tiga orang lainnya": more of the whole counted before, not of its part
                # ("tujuh orang, termasuk dua tentara, tewas dan 28 lainnya terluka")
                wholes = [f for f in found if f.unit and not after_subset_word(
                    toks, token_index(toks, f.start), text, lex)] or [f for f in found if f.unit]
                kind = wholes[-1].unit
            fig = Figure(q.start, end, text[q.start:end], scaled(q, lex.scales.get(unit_word)),
                         kind, "", sentence=sent.index, confidence=0.8)
            if aboard:  # "the roughly 440 passengers on board", "kapal itu mengangkut 150 orang": no toll,
                onboard.add(id(fig))  # but what the numbers after it count ("..., 354 were freed")
            if kind in PEOPLE and possessed(toks, after, unit.last_token, last, lex):
                fig.side_reason = POSSESSED  # "two of its soldiers", "prajuritnya", "pasukan kami"
        else:
            fig = Figure(q.start, q.end, q.text, q, "", "", sentence=sent.index, confidence=0.5)
        found.append(fig)
    # a bare number takes the unit of the figure before it ("43.799 ... dan 103.601 luka"),
    # unless a word that is not an outcome follows it ("satu hari")
    for fig, nxt_fig in zip(found, found[1:]):
        # "50 of 72 drones", "22 of Russia's 27 drones": the part counts what the whole counts
        if not fig.unit and nxt_fig.unit and partitive_link(toks, text, fig, nxt_fig, lex, sides):
            fig.unit = nxt_fig.unit
    last_unit = whole_unit = ""  # (the unit of the last count that is no part after "including")
    starts = frozenset(f.start for f in found)
    drop: set[int] = set()
    items: dict[int, int] = {}  # bare numbers whose noun the lexicon lacks -> the noun's last token
    struck: set[int] = set()  # ... of them, those a verb of destruction right before governs
    named = -1  # where the last bare number a definite names ended: "the 552, 564 and 551" (battalions)
    for fig in found:
        if fig.unit and speaks(toks, fig, text, lex):
            continue  # "A police officer ... put the toll at 45": the speaker's noun says nothing of the 45
        number = fig.quantity.text.lower()
        if fig.unit:
            if number not in lex.articles:
                last_unit = fig.unit  # "An anti-ship missile struck ... 'three fatalities'": not missiles
            elif number in lex.person_articles and fig.unit in PEOPLE:
                last_unit = fig.unit  # "seorang prajurit gugur dan dua lainnya luka": two more soldiers
            if last_unit == fig.unit and not after_subset_word(toks, token_index(toks, fig.start), text, lex):
                whole_unit = fig.unit
            continue
        if number in lex.articles:
            nxt = token_index(toks, fig.end)
            if last_unit in PEOPLE and number in lex.person_articles \
                    and nxt < len(toks) and toks[nxt].text.lower() in lex.trailing:
                # "dua prajurit tewas dan seorang lainnya luka": one more of the people just counted
                fig.end, fig.unit = toks[nxt].end, last_unit
                fig.text = text[fig.start:fig.end]
                continue
            drop.add(id(fig))  # "a fire broke out": an article counts only with a noun of its own
            continue
        at = token_index(toks, fig.start)
        if number in lex.pronoun_numbers \
                and any(t.text.lower() in lex.determiners for t in toks[max(0, at - 2):at]):
            drop.add(id(fig))  # "a higher toll than the official one": a pronoun, no count
            continue
        nxt = token_index(toks, fig.end)
        if _of_uncounted(toks, nxt, text, lex):
            drop.add(id(fig))  # "one of the deadliest attacks": a rank, no count
            continue
        numbered_as = numbered_unit(toks, at, text, lex) \
            or force_loss_before(toks, at, text, lex)  # "the army's dead at 41"
        if numbered_as is not None:
            fig.unit, fig.confidence = numbered_as, 0.4  # "the attackers, numbering about 50,"
            continue
        if named_bare(toks, fig, text, named, lex):
            drop.add(id(fig))  # "identifying the battalions as the 552, 564 and 551": names, no counts
            named = fig.end
            continue
        headed = _headed_unit(toks, at, text, lex, sides, nxt, starts)
        if headed is not None:
            # "the number of displaced people has risen to 11.5m"
            fig.unit, fig.confidence = headed.value, 0.4
            # the noun's own outcome unless a word says one: "the number of hostages rose to 250"
            fig.outcome = lex.unit_outcome.get(unit_key(headed.text, lex), "")
            continue
        pronoun = lex.anaphoric.at(toks, nxt, text) if nxt < len(toks) else None
        if pronoun is not None:
            # "seven of them", "194 of whom", "dua di antaranya": of the people or things just named
            fig.end = pronoun.end
            fig.text = text[fig.start:fig.end]
            if last_unit and last_unit not in PEOPLE and fig.quantity.value == 1:
                drop.add(id(fig))  # "four drones ... whether one of them hit the market": an item, no count
                continue
        elif last_unit in PEOPLE and at and (toks[at - 1].text.lower() in lex.more_of
                                             or toks[at - 1].text.lower() in lex.holds):
            pass  # "sent another 500 on Monday", "now has about 4,000 there": more of the people counted
        elif last_unit and after_subset_word(toks, at, text, lex):
            pass  # "including 12 in a single house": a part of the figure before
        elif last_unit and after_marker(toks, at, text, lex.comparisons):
            pass  # "killed 5,600 people this year, up from 4,700 in 2023": the same count, earlier
        elif nxt < len(toks) and toks[nxt].text.lower() in lex.trailing and (last_unit or fig is found[0]):
            fig.end = toks[nxt].end  # "dua warga tewas dan tujuh lainnya luka-luka"
            fig.text = text[fig.start:fig.end]  # (first in its sentence: of the people of the one before)
            if whole_unit in PEOPLE and last_unit in PEOPLE:
                fig.unit = whole_unit  # "tujuh orang, termasuk dua tentara, tewas dan 28 lainnya": whole's
                continue
        elif nxt < len(toks) and toks[nxt].text[:1].isalpha() and lex.outcomes.at(
                toks, nxt + (nxt + 1 < len(toks) and toks[nxt].text.lower() in lex.verb_adverbs),
                text) is None:  # (past an adverb: "90,000 still displaced")
            victims = victim_noun_end(toks, at, nxt, text, lex)
            if victims is not None:  # "killed two shepherds", "menembak mati dua tukang ojek"
                fig.end, fig.unit, fig.confidence = toks[victims].end, "civilians", 0.4
                fig.text = text[fig.start:fig.end]
                continue
            if toks[nxt].text.lower() not in lex.bare_followers:
                drop.add(id(fig))  # "42 tempat", "nine townships": counts of something else
                item = item_noun_end(toks, nxt, text, lex)
                if struck_object(toks, at, nxt, text, lex):
                    # "set fire to more than 30 granaries", "membakar sedikitnya 45 lumbung padi": what a
                    # verb of destruction struck is a counted thing, in a list or not
                    items[id(fig)] = item if item is not None else nxt
                    struck.add(id(fig))
                elif item is not None:
                    items[id(fig)] = item  # kept if it stands in a list: "three excavators, two tanks"
                continue
            if not any(lex.outcomes.at(toks, j, text) is not None
                       for j in range(nxt + 1, min(nxt + 3, len(toks)))):
                continue
            # "Of the 60 drones launched, 45 were shot down": more of what was just counted
        elif named_number(toks, at, nxt, text, lex.name_heads):
            drop.add(id(fig))
            continue
        part = lex.partitive.at(toks, nxt, text) if nxt < len(toks) else None
        head = part.last_token + 1 if part is not None else len(toks)  # "of the wounded", "dari yang terluka"
        head += head < len(toks) and toks[head].text.lower() in lex.relatives
        fallen = head < len(toks) and (o := lex.outcomes.at(toks, head, text)) is not None \
            and o.value in PEOPLE_OUTCOMES
        if last_unit and last_unit not in PEOPLE and (people_outcome_after(toks, nxt, text, lex) or fallen):
            # "downed 41 drones; 3 killed in Sumy": who died are people, not more drones; so are "five
            # of the wounded" after "200 motorcycles"
            fig.unit, fig.confidence = "civilians", 0.4
            continue
        fig.unit = last_unit
    if items:
        candidates = [f for f in found if id(f) not in drop or id(f) in items]
        drop -= listed_items(toks, text, candidates, items, lex, PEOPLE)
        drop -= {id(f) for f in found if id(f) in struck and f.unit}
    return [f for f in found if id(f) not in drop and id(f) not in onboard]


# words from a partitive to the noun of its whole ("of the deadliest single attacks")
WHOLE_NOUN_TOKENS: Final = 3


def _of_uncounted(toks: list[Token], nxt: int, text: str, lex: FigureLexicons) -> bool:
    """A bare number before a partitive whose whole is a noun that counts no people or things the
    contract counts ("one of the deadliest attacks", "salah satu dari serangan"): it ranks, no count."""
    part = lex.partitive.at(toks, nxt, text) if nxt < len(toks) else None
    if part is None:
        return False
    for j in range(part.last_token + 1, min(len(toks), part.last_token + 2 + WHOLE_NOUN_TOKENS)):
        word = toks[j].text.lower()
        if not toks[j].text.isalpha() or lex.units.at(toks, j, text) is not None \
                or lex.outcomes.at(toks, j, text) is not None:
            return False
        if word in lex.not_people:
            return True
    return False


def _own_outcome(toks: list[Token], k: int, text: str, lex: FigureLexicons) -> bool:
    """An outcome word right after a noun, or after a relative word, is the noun's own: "most of
    the 120 people killed", "sebagian besar dari 120 orang yang tewas" count a toll."""
    if k < len(toks) and toks[k].text.lower() in lex.relatives:
        k += 1
    elif not lex.participles:
        return False  # "dua pertiga dari 600 sandera dibebaskan": the verb right after is the main one
    return k < len(toks) and lex.outcomes.at(toks, k, text) is not None


def _headed_unit(toks: list[Token], first: int, text: str, lex: FigureLexicons,
                 sides: PhraseLexicon[str], nxt: int | None = None,
                 others: frozenset[int] = frozenset()) -> Match[str] | None:
    """The unit phrase a count head names earlier in the clause of a bare number ("the number of
    displaced people has risen to 11.5 million", "jumlah pengungsi naik menjadi 11,5 juta"), or
    right after it ("bringing to 2,255 the number of people killed"). A head with another figure
    (``others``: their start offsets) between says what that one counts ("jumlah korban ... 49 orang
    tewas dan 120 lainnya")."""
    if nxt is not None and nxt < len(toks):
        head = lex.heads.at(toks, nxt, text)
        if head is not None:
            unit = unit_after(toks, head.last_token + 1, text, lex, sides)
            if unit is not None and unit.first_token <= head.last_token + HEAD_GAP:
                return unit  # fillers may stand between: "the number of foreign troops killed"
    for j in range(first - 1, max(-1, first - 1 - HEAD_REACH), -1):
        if toks[j].text in ",;:" or toks[j].start in others:
            return None
        head = lex.heads.at(toks, j, text)
        if head is None or head.last_token + 1 >= first:
            continue
        unit = unit_after(toks, head.last_token + 1, text, lex, sides)
        return unit if unit is not None and unit.last_token < first else None
    return None
