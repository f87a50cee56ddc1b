"""Names that are people, not places: the tokens of a capitalised run that a
title ("Presiden", "Gubernur", "Wali Kota") or a known first name opens. A
well-known place right after a title is the office's place ("Gubernur
Belgorod"), and the name after it the holder's (in English, whose office
places come first, "Kharkiv Governor", only when a known first name follows:
"Mayor Jay Williams" is all name); an honorific holds no office
("Pangeran Singa Brata"). Language-neutral: titles, first names, heads and
honorifics come from the :class:`PlaceLexicon`.
"""

from __future__ import annotations

from typing import Final

from warta.geo.gazetteer import Candidate
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Run, Tok, readings

OFFICE_PLACE_POPULATION: Final = 100_000


def person_zone(text: str, toks: list[Tok], run: Run, lex: PlaceLexicon,
                found: dict[str, list[Candidate]] | None = None) -> set[int]:
    """Tokens of a run that belong to a person's name (after a title, or
    from a known first name on, up to "of" and the place after it). A single well-known place after a title is
    the office's place, not a name: "Gubernur Belgorod", "Kharkiv Governor". A first name
    joined by a hyphen begins a place's name ("Komite Perlawanan Al-Fashir")."""
    ids = run.toks
    g = ids[0] - 1
    if lex.modifier_order == "after" and g >= 0 and toks[g].cap and toks[g].sent == toks[ids[0]].sent \
            and toks[g].key in lex.titles and text[toks[g].end:toks[ids[0]].start] == " ":
        ids = [g, *ids]  # "Gubernur" opening a sentence, left out of the run: still the title
    for n, g in enumerate(ids):  # a name ends at "of": "Sgt. Tom Lee of Paris" lives in Paris
        if n and toks[g].key in lex.seat_connectors and not toks[g].cap:
            ids = ids[:n]
            break
    for n, g in enumerate(ids):
        t = toks[g]
        if t.key in lex.titles:
            k = n + 1  # "Wali Kota Kharkiv ...", "Kabid Humas Polda Papua ...": past the rest of the title
            while k < len(ids) and _office_word(toks[ids[k]].key, lex):
                k += 1
            rest = ids[k:]
            office = toks[ids[k - 1]].key not in lex.honorifics  # "Pangeran Singa Brata" holds no office
            if len(rest) >= 2 and toks[rest[0]].key in lex.first_names and _name_word(toks[rest[1]], lex):
                return set(rest)  # "Presiden Vladimir Putin": a given name and a surname, no town
            for w in range(min(3, len(rest)), 0, -1) if office else ():
                if lex.modifier_order == "before" and (
                        w == len(rest) or toks[rest[w]].key not in lex.first_names):
                    # English puts the office's place before the title ("Kharkiv Governor"); after
                    # it, only a translation's word order with a known first name next ("Police
                    # Chief Kharkiv Volodymyr ...") makes one: "Mayor Jay Williams" is a name
                    continue
                if found and any(c.kind in ("admin1", "admin2") or c.population >= OFFICE_PLACE_POPULATION
                                 for key in _keys_of(toks, run, rest[:w]) for c in found.get(key, ())):
                    # "Gubernur Kharkiv Oleh Syniehubov", "Gubernur Jawa Barat Ridwan Kamil":
                    # the office's place, then the name
                    return set(rest[w:])
            if office and rest and any(toks[x].key in lex.body_words for x in ids[n + 1:]):
                # "Kepala Dinas Kesehatan Papua Tengah (Silwanus Sumule)": a body's head, its place, then
                # perhaps the holder's name
                return set(rest[_body_place_end(toks, rest, found):])
            tail = _office_place_at_end(toks, rest, lex, found) if office else 0
            return set(rest[:len(rest) - tail])
        if t.key in lex.first_names and n + 1 < len(ids) and toks[ids[n + 1]].cap \
                and text[t.end:toks[ids[n + 1]].start] != "-":
            return set(ids[n:])
    return set()


def _keys_of(toks: list[Tok], run: Run, ids: list[int]) -> list[str]:
    """The keys tokens ``ids`` may be found under: their words, and the run's other readings of
    them ("Kivu Utara" as North Kivu, "Sistan-Baluchestan" as Sistan and Baluchestan)."""
    keys = [" ".join(toks[g].key for g in ids)]
    if ids and ids[0] in run.toks:
        i = run.toks.index(ids[0])
        keys += [v.key for v in readings(run, i, i + len(ids))]
    return keys


def _office_place_at_end(toks: list[Tok], rest: list[int], lex: PlaceLexicon,
                         found: dict[str, list[Candidate]] | None) -> int:
    """How many words at the end of an office's title are its well-known
    place, the holder's name coming after the run ("Kepala Administrasi
    Militer Regional Sumy, Oleh ..."); 0 when none is, or a given name
    comes first (then the words are a person's name)."""
    if not found or not rest or not _holder_after(toks, rest[-1], lex) \
            or any(toks[g].key in lex.first_names for g in rest):
        return 0
    for w in range(min(3, len(rest) - 1), 0, -1):
        if any(c.kind in ("admin1", "admin2") or c.population >= OFFICE_PLACE_POPULATION
               for c in found.get(" ".join(toks[g].key for g in rest[-w:]), ())):
            return w
    return 0


def _body_place_end(toks: list[Tok], rest: list[int], found: dict[str, list[Candidate]] | None) -> int:
    """Where the last admin unit or big town in a body's name ends (0 when none does): what comes
    after it is the holder's name."""
    end = 0
    for a in range(len(rest)):
        for w in range(min(3, len(rest) - a), 0, -1):
            if found and any(c.kind in ("admin1", "admin2") or c.population >= OFFICE_PLACE_POPULATION
                             for c in found.get(" ".join(toks[g].key for g in rest[a:a + w]), ())):
                end = a + w
                break
    return end or len(rest)


def _holder_after(toks: list[Tok], g: int, lex: PlaceLexicon) -> bool:
    """Whether a comma and a person's name follow token ``g`` ("..., Oleh Hryhorov,"):
    a known given name, or two capitalised words."""
    if g + 2 >= len(toks) or toks[g + 1].sent != toks[g].sent or toks[g + 1].start - toks[g].end != 2:
        return False
    a, b = toks[g + 1], toks[g + 2]
    return a.cap and (a.key in lex.first_names or b.cap and b.sent == a.sent and _name_word(b, lex))


def _office_word(k: str, lex: PlaceLexicon) -> bool:
    """A word of an office's title before its place: a title, a head, a unit
    or body ("Kota", "Humas", "Polda")."""
    return k in lex.titles or k in lex.heads_before or k in lex.unit_prefixes or (
        k in lex.context_words or k in lex.stoplist) and k not in lex.curated


def _name_word(t: Tok, lex: PlaceLexicon) -> bool:
    """A capitalised word that may be part of a person's name (no head,
    direction, title or grammar word)."""
    k = t.key
    return t.cap and not (k in lex.heads_before or k in lex.heads_after or k in lex.directions
                          or k in lex.titles or k in lex.stoplist or k in lex.context_words)


def after_initial(text: str, toks: list[Tok], i: int) -> bool:
    """Whether token ``i`` follows a capitalised name and an initial
    ("Thomas B. Hoover", "Albert R. T. Lim"): then it is a surname."""
    g = i - 1
    if g < 1 or text[toks[g].end:toks[i].start] != ". ":
        return False
    while g >= 1 and _initial(toks[g].text) and toks[g].sent == toks[i].sent:
        before = text[toks[g - 1].end:toks[g].start]
        if before == " " and toks[g - 1].cap and not _initial(toks[g - 1].text):
            return len(toks[g - 1].text) > 1 and toks[g - 1].sent == toks[i].sent
        if before != ". ":
            return False
        g -= 1
    return False


def after_given_name(text: str, toks: list[Tok], i: int, first: int, lex: PlaceLexicon) -> bool:
    """Whether token ``i`` comes right after a capitalised given name of its
    run (which opens at token ``first``): "Andrew Jordan", "Linda Sumner",
    "George Washington" are surnames, not places."""
    g = i - 1
    return g >= first and toks[g].cap and toks[g].sent == toks[i].sent \
        and toks[g].key in lex.given_names and text[toks[g].end:toks[i].start] == " "


def before_surname(text: str, toks: list[Tok], j: int, last: int, lex: PlaceLexicon) -> bool:
    """Whether the token at ``j``, the last of its run (which ends at token
    ``last``) or the last before "of" ("Charlotte Smith of Raleigh"), is a
    known surname right after the name ending before it:
    "Chad Foster", "Jordan Walker" are people, not Chad and Jordan; a surname
    that is a common word too may name a building ("Centennial Hall")."""
    closes = j == last or j < last and toks[j + 1].key in lex.seat_connectors and not toks[j + 1].cap
    return closes and toks[j].cap and toks[j].sent == toks[j - 1].sent \
        and toks[j].key in lex.plain_surnames and text[toks[j - 1].end:toks[j].start] == " "


def before_initial(text: str, toks: list[Tok], j: int) -> bool:
    """Whether the token before ``j`` is followed by a middle initial and a
    capitalised name ("Virginia L. Lane", "Harvey A. Rittle"): then it is a
    given name."""
    if j + 1 >= len(toks) or toks[j].sent != toks[j - 1].sent or toks[j + 1].sent != toks[j].sent:
        return False
    ini, name = toks[j], toks[j + 1]
    return text[toks[j - 1].end:ini.start] == " " and len(ini.text) == 1 and ini.text.isupper() \
        and text[ini.end:name.start] == ". " and name.cap and len(name.text) > 1 and not _initial(name.text)


def _initial(word: str) -> bool:
    """One capital letter, or several joined by periods ("J.M")."""
    return all(len(part) == 1 and part.isupper() for part in word.split("."))


OPENING_VERB: Final = 6  # letters of the shortest word that opening_verb_prefixes/suffixes tell a verb by


def opening_verb(toks: list[Tok], g: int, lex: PlaceLexicon, found: dict[str, list[Candidate]]) -> bool:
    """Whether token ``g`` opens its sentence with a verb ("Visiting Mosul, the
    minister ...", "Merebut Bakhmut, pasukan ..."): no given name before a surname,
    by the language's verb affixes; not a place the index knows ("Wyoming"), a
    given name or a word of ``not_verbs``."""
    t = toks[g]
    k = t.key
    if g and toks[g - 1].sent == t.sent or len(k) < OPENING_VERB or not k.isalpha():
        return False
    if k in found or k in lex.given_names or k in lex.not_verbs or k in lex.curated:
        return False
    return k.startswith(lex.opening_verb_prefixes) or k.endswith(lex.opening_verb_suffixes)
