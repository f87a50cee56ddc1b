"""Names the index lacks beside places it knows: one paired by "and" with a known town after
"between" or a locative ("ambushed between Anefis and Kidal"), or with a village a trigger announces
("struck Kolba Dari and the nearby hamlet of Sinwa Kote"), and one or two words after a locative
that only places take ("killed near Komanda", "captured Al-Khuwei"). Language-neutral: the words
come from the :class:`PlaceLexicon`.
"""

from __future__ import annotations

from collections.abc import Callable, Set as AbstractSet
from typing import Final

from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_measured import site_word
from warta.pipeline.place_spans import Run, Tok

SETTLED: Final = ("new", "settlement")  # what a settlement word asks for
LIST_AHEAD: Final = 12  # tokens a list of names may run before its last list word


def _bare(text: str, toks: list[Tok], a: int, b: int) -> bool:
    """Whether tokens ``a`` and ``b`` are joined by a list word alone, no comma ("X and
    Y", not "in Oceanside, and Colin Macy, who ...")."""
    return text[toks[a].end:toks[b].start].count(",") == 0


def _known(m: Match | None) -> bool:
    """A match the index knows, as no country."""
    return m is not None and bool(m.cands) and all(c.kind != "country" for c in m.cands)


def _ends(text: str, toks: list[Tok], lex: PlaceLexicon, g: int) -> bool:
    """Whether a pair ends its clause after token ``g``."""
    return g + 1 >= len(toks) or toks[g + 1].sent != toks[g].sent \
        or text[toks[g].end:toks[g + 1].start].strip() in (",", ";", ":") \
        or toks[g + 1].key in lex.locative or toks[g + 1].key in lex.clause_openers


def paired_places(text: str, toks: list[Tok], runs: list[Run], owner: dict[int, Match],
                   lex: PlaceLexicon, grab: Callable[[int], Match | None]) -> list[Match]:
    """A name the index lacks paired by "and" with a settlement or unit it knows, after
    "between" ("ambushed between Anefis and Kidal", "antara Kidal dan Anefis") or after
    a locative when the pair ends its clause ("fled towards Sake and Minova, in ...";
    not "in Moscow and Lavrov said"), or before a settlement a trigger announces ("struck
    Dani Fari and the nearby hamlet of Tamou Koara"). A country is no such peer ("between
    Hamas and Israel")."""
    out = []
    for run in runs:
        first, last = run.toks[0], run.toks[-1]
        s = toks[first].sent
        before = toks[first - 1].key if first >= 1 and toks[first - 1].sent == s else ""
        if not (last + 2 < len(toks) and toks[last + 1].key in lex.list_joiners
                or first >= 3 and before in lex.list_joiners):
            continue  # no list word right after the name or before it: no pair (most names)
        alias = _alias_only(owner.get(first), first, last)  # "El Plateado": a hamlet abroad's other name
        if len(run.toks) > 3 or not alias and any(g in owner for g in run.toks) \
                or toks[first].text.isupper() \
                or toks[first].key in lex.common_words or toks[first].key in lex.given_names \
                or any(site_word(toks[g].key, lex) or site_word(toks[g].key.removesuffix("s"), lex)
                       or toks[g].key in lex.not_after for g in run.toks):
            continue  # not "between First and Herman streets", "in Oakland and Terry Collins",
            # "at Parham Road and Villa Park", "near Franklin and Kennedy Elementary Schools"
        if before in lex.between or before in lex.locative:
            if last + 2 >= len(toks) or toks[last + 1].key not in lex.list_joiners:
                continue
            peer = owner.get(last + 2)  # "between X and Kidal", "near Minova and Sake,"
            paired = peer is not None and peer.i == last + 2 and toks[peer.i].sent == s and (
                before in lex.between or _ends(text, toks, lex, peer.j - 1)) \
                and _bare(text, toks, last, peer.i) and _known(peer)
        elif before in lex.list_joiners and first >= 3:
            peer = owner.get(first - 2)  # "between Kidal and X", "towards Sake and Minova,"
            word = toks[peer.i - 1].key if peer is not None and peer.i and toks[peer.i - 1].sent == s else ""
            paired = peer is not None and peer.j == first - 1 and (
                word in lex.between or word in lex.locative and _ends(text, toks, lex, last)) \
                and _bare(text, toks, peer.j - 1, first) and _known(peer)
        elif last + 2 < len(toks) and toks[last + 1].key in lex.list_joiners and before not in lex.titles:
            paired = announced(toks, last + 2, owner, lex) and not toks[first].text.isupper()
        else:
            continue
        if paired and alias is not None:
            alias.want = alias.want or "new"  # no hamlet abroad by another name: a place the index lacks
        elif paired and (hit := grab(first)) is not None and hit.j == last + 1:
            out.append(hit)
    return out


def _alias_only(m: Match | None, first: int, last: int) -> Match | None:
    """``m`` when it is all of a run and the index knows its name only as another name of small
    settlements, no sure reading of it (ALIAS_VILLAGE)."""
    if m is None or m.i != first or m.j != last + 1 or m.curated or m.want or not m.cands:
        return None
    weak = all(not c.primary and c.kind == "settlement" and c.population < ALIAS_VILLAGE for c in m.cands)
    return m if weak else None


# words from a list word to the place a trigger announces ("and the nearby hamlet of")
ANNOUNCED_REACH: Final = 4


def announced(toks: list[Tok], g: int, owner: dict[int, Match], lex: PlaceLexicon) -> bool:
    """Whether lower-case words from token ``g`` end in a settlement trigger (and its modifier)
    right before a place: "the nearby hamlet of X", "desa kecil X"."""
    for x in range(g, min(len(toks), g + ANNOUNCED_REACH + 1)):
        if toks[x].sent != toks[g].sent:
            return False
        if toks[x].cap:
            end = x - 1 if x > g and toks[x - 1].key in lex.trigger_modifiers else x
            two = f"{toks[end - 2].key} {toks[end - 1].key}" \
                if end - 2 >= g and toks[end - 2].key in lex.trigger_heads else ""
            kind = lex.triggers_before.get(two) or lex.triggers_before.get(toks[end - 1].key) \
                if end > g else None
            m = owner.get(x)
            return kind in SETTLED and m is not None and m.i == x
    return False


ALIAS_VILLAGE: Final = 10_000  # a settlement this small known only by another name is no sure reading of it
# words of a name the index lacks after a locative that only places take ("near Mir Ali")
BARE_NAME: Final = 2


PLACED_BEFORE: Final = 3  # sentences back a place the index knows makes a bare locative's name a place


def _after_words(toks: list[Tok], g: int, words: frozenset[str], heads: frozenset[str]) -> bool:
    """Whether the word before token ``g``, or the two words before it, are among ``words``
    (whose keys of several words begin with one of ``heads``)."""
    if toks[g - 1].key in words:
        return True
    return g >= 2 and toks[g - 2].sent == toks[g].sent and toks[g - 2].key in heads \
        and f"{toks[g - 2].key} {toks[g - 1].key}" in words


def after_bare_locative(text: str, toks: list[Tok], runs: list[Run], owner: dict[int, Match],
                         lex: PlaceLexicon, grab: Callable[[int], Match | None],
                         lowered: AbstractSet[str]) -> list[Match]:
    """A name of one or two capitalised words the index lacks right after a locative that only
    places take ("tewas di Dighinala", "di sekitar Hitadipa", "killed near Komanda"; the
    language data lists such words), in a sentence that names a place the index knows or
    follows one by a few sentences at most, unless it is no place ("di Facebook", "di BEI"): a
    place the index lacks. Nor is a word the text writes in lower case (``lowered``: "in Class
    ... the class")."""
    out = []
    placed = {toks[m.i].sent for m in owner.values() if m.cands}

    def plain(run: Run) -> bool:  # a name of its own, no person's and no site's
        keys = [toks[x].key for x in run.toks]
        sent = toks[run.toks[0]].sent
        return len(run.toks) <= BARE_NAME and any(sent - k in placed for k in range(PLACED_BEFORE + 1)) \
            and not any(x in owner for x in run.toks) \
            and not any(toks[x].text.isupper() or toks[x].possessive or toks[x].key in lowered
                        for x in run.toks) \
            and " ".join(keys) not in lex.not_places \
            and not any(k in lex.common_words or site_word(k, lex) for k in keys) \
            and not (len(keys) > 1 and (keys[0] in lex.first_names or keys[-1] in lex.not_after)) \
            and not _roads(toks, run.toks[-1] + 1, lex) and not _compound(text, toks, run.toks[-1])
        # not "outside Chaudhry's house", "near John Smith", "near Elm Street", "near Elm, Oak and
        # Pine roads", "in the X-majority north"

    listed: Run | None = None  # the last name after a locative: a list may go on from it
    villages = False  # whether that list names the settlements a count announced ("two villages, namely")
    for run in runs:
        g = run.toks[0]
        known = owner.get(g)
        whole = known is not None and known.i == g and known.j == run.toks[-1] + 1
        if listed is not None and villages and whole and _joined(toks, listed.toks[-1], g, lex):
            _a_village(known)  # "... yaitu A dan B": B is one of the villages too
            listed = run
            continue
        if listed is not None and _joined(toks, listed.toks[-1], g, lex) and plain(run) \
                and _ends_clause(text, toks, run.toks[-1], lex):
            if (hit := grab(g)) is not None:  # "seized Rodynske and Sukhyi Yar"
                out.append(hit)
                listed = run
                continue
        listed = None
        words = lex.bare_locatives if len(run.toks) == 1 else lex.bare_name_locatives  # not "di Timur Dekat"
        villages = g > 0 and toks[g - 1].key in lex.namely and _counted(toks, g - 1, lex)
        if g == 0 or toks[g - 1].sent != toks[g].sent or toks[g - 1].cap \
                or not (villages or _after_words(toks, g, words, lex.bare_heads)):
            continue
        if whole and known is not None:
            listed = run  # "captured Rodynske and ...": a known name may open the list
            if villages:
                _a_village(known)
            elif known.want is None and not known.curated and known.cands and len(run.toks) <= BARE_NAME \
                    and all(not c.primary and c.kind == "settlement" and c.population < ALIAS_VILLAGE
                            for c in known.cands):
                known.want = "new"  # "near Lopa": no French hamlet's other name, a place the index lacks
            continue
        if plain(run) and not _modifies(text, toks, run, g, lex) and (hit := grab(g)) is not None:
            out.append(hit)
            listed = run
    return out


def _compound(text: str, toks: list[Tok], g: int) -> bool:
    """Whether the name ending at token ``g`` is written with a hyphen to the lower-case word after it
    ("X-majority", "X-held"): the first half of a compound that modifies a noun, no place named."""
    nxt = g + 1
    return nxt < len(toks) and toks[nxt].sent == toks[g].sent and not toks[nxt].cap \
        and text[toks[g].end:toks[nxt].start] == "-"


def _counted(toks: list[Tok], k: int, lex: PlaceLexicon) -> bool:
    """Whether a count of settlements comes before token ``k`` in its sentence ("merebut dua desa di
    wilayah X, ..., yaitu"; "took two villages ..., namely")."""
    s, g = toks[k].sent, k - 1
    while g > 0 and toks[g].sent == s:
        key = toks[g].key
        if toks[g - 1].key in lex.apposed_counts and (lex.triggers_before.get(key) in SETTLED
                                                      or lex.triggers_after.get(key) in SETTLED
                                                      or key in lex.apposed_settlements):
            return True
        g -= 1
    return False


def _a_village(m: Match | None) -> None:
    """A known name the text lists as one of the settlements it counted is asked for as one (a
    namesake of another province or country then yields to a place the index lacks)."""
    if m is not None and m.want is None and not m.curated and m.cands \
            and all(c.kind == "settlement" for c in m.cands):
        m.want = "new"


def _roads(toks: list[Tok], g: int, lex: PlaceLexicon) -> bool:
    """Whether the list of names going on at token ``g`` ends in a word that makes titles of
    them ("Crabgrass, Owens and Harris roads")."""
    s = toks[g - 1].sent
    while g < len(toks) and toks[g].sent == s and (toks[g].cap or toks[g].key in lex.list_joiners):
        g += 1
    return g < len(toks) and toks[g].sent == s and not toks[g].cap \
        and (toks[g].key in lex.not_after or toks[g].key.removesuffix("s") in lex.not_after)


def _joined(toks: list[Tok], a: int, b: int, lex: PlaceLexicon) -> bool:
    """Whether token ``b`` follows ``a`` in a list: ", X", "and X", ", and X"."""
    between = toks[a + 1:b]
    if toks[b].sent != toks[a].sent or len(between) > 1 \
            or any(t.key not in lex.list_joiners for t in between):
        return False
    if between:
        return True
    # a comma only: a list word must come further on ("Komanda, Lolwa and Biakato"; not "near
    # Boston, Wagner said")
    return list_ahead(toks, b + 1, lex)


def list_ahead(toks: list[Tok], g: int, lex: PlaceLexicon) -> bool:
    """Whether tokens from ``g`` on go on a list of names to a list word
    ("..., B, C dan D"): capitalised words and commas, then "dan"/"and"."""
    s = toks[g - 1].sent
    for x in range(g, min(len(toks), g + LIST_AHEAD)):
        t = toks[x]
        if t.sent != s:
            return False
        if t.key in lex.list_joiners:
            return True
        if not t.cap and t.key not in lex.connectors:
            return False
    return False


def _modifies(text: str, toks: list[Tok], run: Run, g: int, lex: PlaceLexicon) -> bool:
    """Whether the name after a verb that takes places ("seized", "merebut") modifies the noun after
    it rather than being the place taken ("seized Captagon pills"); not across a comma ("neighbouring
    X, officials said")."""
    if toks[g - 1].key in lex.locative or lex.modifier_order != "before":
        return False  # "near Komanda village": the place words have their own rules; in Indonesian a
        # modifier follows its noun ("pil Captagon")
    after = run.toks[-1] + 1
    if after >= len(toks) or toks[after].sent != toks[g].sent or toks[after].cap \
            or text[toks[after - 1].end:toks[after].start].strip():
        return False
    k = toks[after].key
    return not (k in lex.locative or k in lex.list_joiners or k in lex.stoplist or k in lex.clause_openers
                or k in lex.trigger_words)


def _ends_clause(text: str, toks: list[Tok], g: int, lex: PlaceLexicon) -> bool:
    """Whether the list may end at token ``g``: what follows is punctuation, a place word, a list
    word or a capitalised name, not a verb ("di Moskwa dan Inafarak mengatakan": a speaker)."""
    nxt = toks[g + 1] if g + 1 < len(toks) and toks[g + 1].sent == toks[g].sent else None
    return nxt is None or text[toks[g].end:nxt.start].strip() != "" or nxt.cap \
        or nxt.key in lex.locative or nxt.key in lex.list_joiners \
        or nxt.key in lex.clause_openers or nxt.key in lex.trigger_words
