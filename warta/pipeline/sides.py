"""Side names: which country a word stands for ("Rusia", "Ukrainian", "Hamas").

Country names come from CLDR through Babel in the language's locale; the
language's ``sides.toml`` adds demonyms, short forms, armed groups, leaders and capitals.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from warta.lang import Lang
from warta.pipeline.lexicon import PhraseLexicon, from_table
from warta.pipeline.place_lexicon import lexicon as place_lexicon


@cache
def side_lexicon(lang: Lang) -> PhraseLexicon[str]:
    """Every phrase that names a side, mapped to its ISO2 code."""
    data = lang.data("sides")
    capitalised = frozenset(data.get("capitalised", []))  # "Polish", not "to polish the armour"
    lex = from_table({code: [n for n in names if n not in capitalised]
                      for code, names in data.get("sides", {}).items()})
    for code, names in data.get("sides", {}).items():
        for name in names:
            if name in capitalised:
                lex.add(name, code, exact=True)
    for code, names in data.get("leaders", {}).items():
        for name in names:
            lex.add(name, code)
    for code, names in data.get("capitals", {}).items():
        for name in names:
            lex.add(name, code, exact=True)  # "Kabul", not "dikabul"-like words in lower case
    for code, name in Locale.parse(lang.babel_locale).territories.items():
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO"):
            for form in _forms(name):
                if lex.lookup(form) is None:
                    lex.add(form, code, exact=form in capitalised)
    for word, codes in place_lexicon(lang).demonyms.items():  # "Ugandan", "Burundian": the places' list
        if len(codes) == 1 and len(codes[0]) == 2 and codes[0].isalpha() and lex.lookup(word) is None:
            lex.add(word.title(), codes[0], exact=True)  # capitalised: not "to polish"
    return lex


def _forms(name: str) -> list[str]:
    """A CLDR name and the forms news writes: "Myanmar (Burma)" is also
    "Myanmar" and "Burma"."""
    if "(" not in name or not name.endswith(")"):
        return [name]
    head, _, tail = name[:-1].partition("(")
    return [name, head.strip(), tail.strip()]


@cache
def enemies(lang: Lang) -> frozenset[frozenset[str]]:
    """Pairs of sides at war with each other across a line (``[enemies]`` of ``sides.toml``)."""
    return frozenset(frozenset(pair) for pair in lang.data("sides").get("enemies", {}).get("pairs", [])
                     if len(pair) == 2)


NEIGHBOUR_CHARS = 80  # characters before a name searched for border words and the list after them
NEIGHBOUR_TOKEN_RE = re.compile(r"\w[\w'’-]*|[^\w\s]")


@cache
def _neighbour_words(lang: Lang) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The border words of ``sides.toml`` (``neighbours``) as word tuples, and the list joiners."""
    phrases = tuple(tuple(p.lower().split()) for p in lang.data("sides").get("neighbours", []))
    return phrases, frozenset(w.lower() for w in lang.data("events").get("joiners", []))


def beside(text: str, start: int, lang: Lang) -> bool:
    """Whether the name at ``start`` comes after border words ("close to the border with Mali",
    "dekat perbatasan dengan Mali"), right after them or in a list of names after them ("the
    borders with Mali and Niger"): a neighbour of where the story happens, no place or side of it."""
    phrases, joiners = _neighbour_words(lang)
    if not phrases:
        return False
    words = NEIGHBOUR_TOKEN_RE.findall(text, max(0, start - NEIGHBOUR_CHARS), start)
    i = len(words)
    while i and (words[i - 1] == "," or words[i - 1].lower() in joiners or words[i - 1][0].isupper()):
        i -= 1
    head = tuple(w.lower() for w in words[:i])
    return any(len(p) <= len(head) and head[len(head) - len(p):] == p for p in phrases)
