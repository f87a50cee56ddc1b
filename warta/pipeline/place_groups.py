"""Toponyms inside the names of armed groups and military units, which are
no places (the news convention): "Organisasi Papua Merdeka", "West Papua
National Liberation Army", "batalion Azov", "the Azov regiment". A name once
seen as a unit's is the unit at its other mentions too ("pejuang Azov"),
unless a place word marks one as a place ("di Azov"). Names joined by "&"
to a word that is no place are a firm's or a band's ("Stevens & Wilkinson"), and a
country beside a hospital's head word names the hospital ("Rumah Sakit Saudi").

Language-neutral: the group, unit and facility words come from the :class:`PlaceLexicon`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Run, Tok

GROUP_REACH: Final = 2  # words between a group word ("Liberation") and a place in its name


def _country(m: Match) -> bool:
    return any(c.kind == "country" for c in m.cands[:1])


def _key(toks: list[Tok], g: int, words: frozenset[str], heads: frozenset[str]) -> bool:
    """Whether token ``g``, alone or with the word before it, is one of
    ``words`` ("Liberation", "Islamic State"), whose keys of several words begin with one of ``heads``."""
    if toks[g].key in words:
        return True
    return g > 0 and toks[g - 1].sent == toks[g].sent and toks[g - 1].key in heads \
        and f"{toks[g - 1].key} {toks[g].key}" in words


def _in_group_name(text: str, toks: list[Tok], run: Run, m: Match, lex: PlaceLexicon) -> bool:
    """Whether a group word stands in ``m``'s run of capitalised words on
    its side of the place, at most GROUP_REACH words away, with no place
    preposition between ("Organisasi Papua Merdeka", "Tentara Pembebasan
    Nasional Papua Barat", "West Papua National Liberation Army", "Islamic
    State West Africa Province"; not "Rebels Attack In Nduga Liberation
    Day"), or a group's noun right beside the run on the side a noun
    stands of its modifiers ("the Sinaloa cartel", "kartel Sinaloa"). A group's initials
    count written in capitals only ("IS Sahel", not "Is Kyiv ready?")."""
    ids = run.toks
    near = ids[bisect_left(ids, m.i - GROUP_REACH - 1):bisect_right(ids, m.j + GROUP_REACH)]
    for g in _opener(text, toks, ids) + near:
        if g < m.i and (_key(toks, g, lex.group_words_before, lex.group_heads)
                        or toks[g].key in lex.group_initials_before and toks[g].text.isupper()):
            between = range(g + 1, m.i)
        elif g >= m.j and _key(toks, g, lex.group_words_after, lex.group_heads):
            between = range(m.j, g)
        else:
            continue
        if len(between) <= GROUP_REACH and not any(toks[x].key in lex.locative for x in between):
            return True
    return bool(lex.group_nouns) and _by_group_noun(toks, ids, m, lex) or _named_body(text, toks, ids, m, lex)


def _named_body(text: str, toks: list[Tok], ids: list[int], m: Match, lex: PlaceLexicon) -> bool:
    """Whether ``m`` opens the name of a body that a noun of bodies in lower case announces,
    the name going on past the place's: "the monitoring group Myanmar Witness", "kelompok
    pemantau Myanmar Witness" (not "a group in Myanmar", nor "the group's base in Idlib")."""
    g = ids[0] - 1
    return bool(lex.body_nouns) and m.i == ids[0] and m.j <= ids[-1] and g >= 0 \
        and toks[g].sent == toks[m.i].sent and not toks[g].cap and toks[g].key in lex.body_nouns \
        and text[toks[g].end:toks[m.i].start] == " " and text[toks[m.j - 1].end:toks[m.j].start] == " "


def _opener(text: str, toks: list[Tok], ids: list[int]) -> list[int]:
    """The sentence's first word right before the run, which runs leave out when it is a
    common word ("CNN Indonesia reported", "Racing Victoria said")."""
    g = ids[0] - 1
    opens = g == 0 or g > 0 and toks[g - 1].sent != toks[g].sent
    return [g] if opens and toks[g].cap and toks[g].sent == toks[ids[0]].sent \
        and text[toks[g].end:toks[ids[0]].start] == " " else []


def _by_group_noun(toks: list[Tok], ids: list[int], m: Match, lex: PlaceLexicon) -> bool:
    s = toks[m.i].sent
    if lex.modifier_order == "after":
        g, between = ids[0] - 1, range(ids[0], m.i)
    else:
        g, between = ids[-1] + 1, range(m.j, ids[-1] + 1)
    return (0 <= g < len(toks) and toks[g].sent == s and toks[g].key in lex.group_nouns
            and len(between) <= GROUP_REACH)


def _by_unit(toks: list[Tok], m: Match, lex: PlaceLexicon) -> bool:
    """A unit noun right before the name (or after it, where modifiers
    stand before their noun): "batalion Azov", "the Azov regiment"."""
    s = toks[m.i].sent
    if lex.modifier_order == "after":
        k = m.i - 1
        two = f"{toks[k - 1].key} {toks[k].key}" if k >= 1 and toks[k - 1].sent == s \
            and toks[k - 1].key in lex.group_heads else ""
        return k >= 0 and toks[k].sent == s and (toks[k].key in lex.unit_nouns or two in lex.unit_nouns)
    return m.j < len(toks) and toks[m.j].sent == s and toks[m.j].key in lex.unit_nouns


def without_groups(text: str, toks: list[Tok], run_of: dict[int, Run], matches: list[Match],
                   lex: PlaceLexicon) -> list[Match]:
    """``matches`` less the names of armed groups and units, and the other
    mentions of a unit's name that no place word marks as a place. ``run_of``:
    the run of each token in one."""
    if not (lex.group_words_before or lex.group_words_after or lex.group_nouns or lex.unit_nouns):
        return matches
    units: set[str] = set()
    out: list[Match] = []
    named_end = -1  # the token after the last place a group's name holds
    for m in matches:
        run = run_of.get(m.i)
        if run is not None and _in_group_name(text, toks, run, m, lex) or _joined_to(toks, named_end, m, lex):
            named_end = m.j  # "Liberation of Palestine": a group's name, even with a country in it;
            continue  # "Islamic State of Iraq and Syria": the place joined to it too
        if not (m.curated or _country(m)) and _by_unit(toks, m, lex):
            units.add(m.key)  # "batalion Ukraina" is Ukraine's battalion; "batalion Azov" a name
            continue
        out.append(m)
    if not units:
        return out
    marked = lex.locative | set(lex.triggers_before)
    return [m for m in out if m.key not in units or m.want or (
        m.i > 0 and toks[m.i - 1].sent == toks[m.i].sent and toks[m.i - 1].key in marked)]


def _joined_to(toks: list[Tok], end: int, m: Match, lex: PlaceLexicon) -> bool:
    """Whether ``m`` follows the place a group's name holds (ending at token ``end``) across a
    joiner alone: "Negara Islam Irak dan Suriah" names one group."""
    return end >= 0 and m.i == end + 1 and toks[end].key in lex.name_joiners and not toks[end].cap \
        and toks[end].sent == toks[m.i].sent


_AND_AFTER: Final = re.compile(r" & (?:the )?[A-Z]")
_AND_BEFORE: Final = re.compile(r"[A-Z][\w.]* & \Z")


def without_firms(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` less the names joined by "&" to a capitalised word that no
    match of the text is: "Stevens & Wilkinson", "Swift & Co.", "St. Paul &
    the Broken Bones" name a firm or a band; "Trinidad & Tobago" are places."""
    if "&" not in text:
        return matches
    starts = {m.start for m in matches}
    ends = {m.end for m in matches}
    out = []
    for m in matches:
        # (the ampersand where the patterns need it asked first: most names have none beside them)
        if not m.curated and (
                text[m.end + 1:m.end + 2] == "&" and _AND_AFTER.match(text, m.end) and m.end + 3 not in starts
                or text[m.start - 2:m.start - 1] == "&" and m.start >= 2
                and _AND_BEFORE.search(text, max(0, m.start - 40), m.start) and m.start - 3 not in ends):
            continue
        out.append(m)
    return out


def without_donors(toks: list[Tok], matches: list[Match], lex: PlaceLexicon) -> list[Match]:
    """``matches`` less the countries that name a facility beside its capitalised head
    word, on the side a noun's modifiers stand: "Rumah Sakit Saudi" in El Fasher, "the
    Kuwait Hospital" in Rafah are hospitals that a country gave or stands for, not that
    country ("a rural New Zealand hospital" is where it is)."""
    if not lex.donor_heads:
        return matches

    def head(m: Match) -> bool:
        s = toks[m.i].sent
        for width in (2, 1):
            if lex.modifier_order == "after":
                ks = range(m.i - width, m.i)
            else:
                ks = range(m.j, m.j + width)
            if ks.start >= 0 and ks.stop <= len(toks) and all(toks[k].sent == s and toks[k].cap for k in ks) \
                    and " ".join(toks[k].key for k in ks) in lex.donor_heads:
                return True
        return False

    return [m for m in matches if not (_country(m) and not m.want and head(m))]
