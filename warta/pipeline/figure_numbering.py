"""How strong a force a figure counts: a numbering word before it ("the attackers, numbering about 50",
"jaringan itu berjumlah 30 orang") and the noun or group it counts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from warta.pipeline.figure_lists import PEOPLE
from warta.pipeline.token import Token

if TYPE_CHECKING:
    from warta.pipeline.figures import FigureLexicons


GROUP_REACH: Final = 7  # tokens from a numbering word back to a group head ("the group that raided the post")
# tokens from a numbering word back to the noun it counts ("penyerang yang berjumlah")
NUMBERED_REACH: Final = 3


def numbered_unit(toks: list[Token], first: int, text: str, lex: FigureLexicons) -> str | None:
    """The unit of the noun a numbering word right before token ``first`` counts: "para penyerang
    yang berjumlah sekitar 50 orang", "the attackers, numbering about 50": attackers, not people."""
    found = _numbered(toks, first, text, lex)
    return found[0] if found else None


def numbers_group(toks: list[Token], first: int, text: str, lex: FigureLexicons) -> bool:
    """Whether a numbering word right before token ``first`` counts a group, not the people of an
    act ("jaringan itu berjumlah 30 orang", "the cell, numbering some 200"): its strength."""
    found = _numbered(toks, first, text, lex)
    return found is not None and found[1]


def _numbered(toks: list[Token], first: int, text: str, lex: FigureLexicons) -> tuple[str, bool] | None:
    """The unit a numbering word before token ``first`` counts and whether a group head says it."""
    for back in range(1, lex.numbering.max_len + 1):
        m = lex.numbering.at(toks, first - back, text) if first - back >= 0 else None
        if m is None or m.last_token != first - 1:
            continue
        j = m.first_token - 1
        while j >= 0 and (toks[j].text == "," or toks[j].text.lower() in lex.relatives
                          or toks[j].text.lower() in lex.asides):  # "para pemberontak itu, yang menurutnya"
            j -= 1
        for k in range(j, max(-1, j - NUMBERED_REACH), -1):
            unit = lex.units.at(toks, k, text)
            if unit is not None and unit.last_token == j and unit.value in PEOPLE:
                return unit.value, False
        for k in range(j, max(-1, j - GROUP_REACH), -1):
            if toks[k].text in ",;:":
                break
            if toks[k].text.lower() in lex.group_heads:
                return "personnel", True  # "kelompok yang menyerang pos itu berjumlah 20 orang": its fighters
        return None
    return None


def numbered(toks: list[Token], first: int, text: str, lex: FigureLexicons) -> bool:
    """A numbering word stands right before token ``first`` ("yang berjumlah sekitar 4.000 tentara",
    "the attackers, numbering about 50"): the figure says how strong a force is."""
    return any(first - back >= 0 and (m := lex.numbering.at(toks, first - back, text)) is not None
               and m.last_token == first - 1 for back in range(1, lex.numbering.max_len + 1))
