"""Literal and associative uses of place names.

A toponym is *literal* where the text speaks of the place as a location
("fighting in Gaza", "flew to Cairo", "di Salemba, Jakarta") and
*associative* where the name stands for something else: a government or
army acting ("Moscow said", "Israel juga menyerang"), the agent of a
passive ("didukung Amerika Serikat", "backed by Iran"), or a modifier of a
people, body or product ("warga Palestina", "U.S. troops", "dolar AS",
"Partai Demokrasi Indonesia Perjuangan"). News reports every toponym; named
entity corpora such as Indonesian NER sets tag only literal ones, and
geoparsing corpora mark the two apart. A country or town that acts in its
sentence (:func:`acting`) is no container for the places the index lacks there.

Language-neutral: the words come from :class:`PlaceLexicon` (``locative``,
``literal_before``, ``agent_before``, verb prefixes and ``modifier_order``,
which says whether a name modifying a noun stands after it, as in
Indonesian, or before it, as in English).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from warta.geo.match import Match
from warta.model import PlaceMention
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_located import after_locative
from warta.pipeline.place_spans import Tok


def literal_uses(text: str, toks: list[Tok], mentions: Sequence[PlaceMention],
                 lex: PlaceLexicon) -> list[bool]:
    """For each mention (in text order), whether the text uses it as a location.

    Mentions joined into a list ("A, B dan C", "Russia and Japan") share one
    use: what stands before the first and after the last decides."""
    starts = [t.start for t in toks]
    placed = {bisect_left(starts, m.start) for m in mentions}
    out = [True] * len(mentions)
    k = 0
    while k < len(mentions):
        last = k
        while last + 1 < len(mentions) and _listed(text, mentions[last], mentions[last + 1], lex):
            last += 1
        i = bisect_left(starts, mentions[k].start)
        j = bisect_left(starts, mentions[last].end)
        literal = _literal(text, toks, i, j, lex, placed, any(m.actor_use for m in mentions[k:last + 1]))
        out[k:last + 1] = [literal] * (last + 1 - k)
        k = last + 1
    return out


def _listed(text: str, a: PlaceMention, b: PlaceMention, lex: PlaceLexicon) -> bool:
    """Whether ``b`` follows ``a`` as the next item of a list."""
    gap = text[a.end:b.start]
    words = gap.replace(",", " ").split()
    return len(gap) <= 12 and "\n" not in gap and "." not in gap and (
        not words and "," in gap or len(words) == 1 and (
            words[0].lower() in lex.list_joiners or words[0] in ("-", "\u2013", "/")))


def _is_verb(t: Tok, lex: PlaceLexicon) -> bool:
    k = t.key
    if k in lex.actor_verbs or k in lex.person_verbs or k in lex.verb_markers:
        return True
    return not t.cap and k not in lex.not_verbs and len(k) >= 5 and k.isalpha() and (
        len(k) >= 6 and any(k.startswith(p) for p in lex.verb_prefixes)
        or any(k.endswith(x) for x in lex.verb_suffixes))


def is_passive(t: Tok, lex: PlaceLexicon) -> bool:
    k = t.key
    return not t.cap and k not in lex.not_verbs and len(k) >= 6 and k.isalpha() \
        and any(k.startswith(p) for p in lex.passive_prefixes)


def _place_word(k: str, lex: PlaceLexicon) -> bool:
    """A word after which a name is a location: a preposition of place, a
    trigger or head ("wilayah", "kota"), a direction ("utara Gaza")."""
    return (k in lex.locative or k in lex.literal_before or k in lex.triggers_before
            or k in lex.heads_before or k in lex.directions or k in lex.trigger_modifiers)


def _literal(text: str, toks: list[Tok], i: int, j: int, lex: PlaceLexicon,
             placed: set[int], actor: bool) -> bool:
    """Whether tokens ``i..j-1`` (a name or a list of names) are a location;
    ``placed`` holds the tokens that start a place mention, ``actor`` tells
    whether one of the names was read as acting ("Moscow said")."""
    if i >= len(toks):
        return True
    s = toks[i].sent

    def near(g: int) -> Tok | None:
        return toks[g] if 0 <= g < len(toks) and toks[g].sent == s else None

    def spaced(a: int, b: int) -> bool:  # only a space between tokens a and b
        return text[toks[a].end:toks[b].start] == " "

    r = i  # the capitalised run holding the name: "di Gedung BEI Medan"
    while (p := near(r - 1)) and p.cap and spaced(r - 1, r):
        r -= 1
    before, prev = near(r - 1), near(i - 1)
    titled = any(toks[g].key in lex.titles for g in range(r, i))  # "antara Perdana Menteri Israel"
    if before and not titled and _place_word(before.key, lex) \
            or prev and not prev.cap and _place_word(prev.key, lex):
        return True
    g = j
    while (t := near(g)) and t.key in lex.actor_skip and not t.cap:
        g += 1
    subject = (nxt := near(g)) is not None and spaced(g - 1, g) and _is_verb(nxt, lex)
    head = lex.heads_before.get(toks[i].key)
    if head in ("feature", "street"):
        return True  # "Gunung Merapi meletus": a mountain does not act for anyone
    if head:
        return not subject  # "Kabupaten Sumenep": named as a place, unless it acts
    if actor or subject:
        return False  # the subject of a verb: "Iran menuduh", "Israel also fired"
    if prev and spaced(i - 1, i) and prev.key in lex.partner_before:
        return False  # a party to talks or a border: "berunding dengan Suriah", "talks with Iran"
    if j and toks[j - 1].possessive:
        return False  # "Israel's army"
    if prev and spaced(i - 1, i):
        if prev.key in lex.agent_before or prev.key in lex.person_verbs or is_passive(prev, lex):
            return False  # "didukung Amerika Serikat", "backed by Iran", "kata Israel"
        if lex.modifier_order == "after" and prev.text.isalpha() and not _is_verb(prev, lex) \
                and prev.key not in lex.function_words:
            return False  # "warga Palestina", "Perdana Menteri Israel", "Bursa Efek Indonesia"
    if (nxt := near(j)) and spaced(j - 1, j) and nxt.text.isalpha() and not (
            nxt.key in lex.function_words or nxt.key in lex.list_joiners or nxt.key in lex.directions
            or nxt.key in lex.triggers_after or nxt.key in lex.heads_after or _place_word(nxt.key, lex)):
        if nxt.cap and j not in placed:
            return False  # part of a longer name: "New York Mercantile Exchange"
        if lex.modifier_order == "before" and not nxt.cap and nxt.key in lex.associative_nouns:
            return False  # "U.S. troops", "Kremlin officials" (not "struck Odesa overnight")
    return True


def acting(text: str, toks: list[Tok], m: Match, lex: PlaceLexicon) -> bool:
    """Whether a country or town acts in its sentence, or lies across a border from it (its
    subject, its forces' owner, a passive's agent, the far side of a border: "Ankara said",
    "tentara Israel", "backed by Ankara", "the border with Israel"): no place the index
    lacks in that sentence lies there for that."""
    b = m.best
    if b is None or b.kind not in ("country", "settlement") or after_locative(text, toks, m.i, m.j, lex):
        return False  # "medics in Khan Younis said": a location
    if agent_of(toks, m, lex) or actor(text, toks, m, lex) and not toks[m.j - 1].possessive:
        return True  # not by a possessive alone: "Lebanon's news agency" names where too
    return b.kind == "country" and (_opens(toks, m, lex) or forces_of(toks, m, lex) or across(toks, m, lex))


def across(toks: list[Tok], m: Match, lex: PlaceLexicon) -> bool:
    """Whether a country is named as the far side of a border ("near the border with
    Israel", "dekat perbatasan dengan Israel"): the places by that border lie on this side."""
    if m.i < 2 or toks[m.i - 2].sent != toks[m.i].sent:
        return False
    return toks[m.i - 2].key in lex.border_words and toks[m.i - 1].key in lex.border_links


def _opens(toks: list[Tok], m: Match, lex: PlaceLexicon) -> bool:
    """Whether a name opens its sentence, at most an article before it: its subject."""
    before = [t for t in toks[max(0, m.i - 2):m.i] if t.sent == toks[m.i].sent]
    return not before or (len(before) == 1 and before[0].key in lex.articles)


def actor(text: str, toks: list[Tok], m: Match, lex: PlaceLexicon) -> bool:
    """A place standing for its government or forces ("Moskow menjanjikan")."""
    if m.i != m.first:
        return False
    g = m.j
    while g < len(toks) and toks[g].key in lex.actor_skip and toks[g].sent == toks[m.i].sent:
        g += 1
    if g < len(toks) and toks[g].sent == toks[m.i].sent and toks[g].key in lex.actor_verbs:
        gap = text[toks[m.j - 1].end:toks[g].start]  # "Kyiv, which", not "Kyiv said"
        return all(c.isalpha() or c.isspace() for c in gap)
    return toks[m.j - 1].possessive and m.best is not None and m.best.kind != "region" \
        and not _part_after(toks, m.j, lex)


def _part_after(toks: list[Tok], g: int, lex: PlaceLexicon) -> bool:
    """Whether a part of the place follows its possessive ("Kharkiv's outskirts",
    "Beirut's southern suburbs"): the place is where, not who."""
    while g < len(toks) and toks[g].key in lex.part_modifiers:
        g += 1
    return g < len(toks) and toks[g].key in lex.place_parts and not toks[g].cap  # "Ukraine's Centre for ..."


def forces_of(toks: list[Tok], m: Match, lex: PlaceLexicon) -> bool:
    """Whether a country's name modifies a word for armed forces ("tentara Israel",
    "Russia's troops", "Ukraine army"): the side that acts, not where the places the
    index lacks in its sentence lie."""
    if lex.modifier_order == "after":
        prev = toks[m.i - 1] if m.i and toks[m.i - 1].sent == toks[m.i].sent else None
        return prev is not None and prev.key in lex.force_nouns
    nxt = toks[m.j] if m.j < len(toks) and toks[m.j].sent == toks[m.i].sent else None
    return nxt is not None and not nxt.cap and nxt.key in lex.force_nouns


def agent_of(toks: list[Tok], m: Match, lex: PlaceLexicon) -> bool:
    """Whether a name is the agent of a passive ("didukung Ankara", "backed by
    Ankara"): the government that acts, not where the places of its sentence lie."""
    prev = toks[m.i - 1] if m.i and toks[m.i - 1].sent == toks[m.i].sent else None
    return prev is not None and (prev.key in lex.agent_before or is_passive(prev, lex))
