"""Words around a place that tell it holds none of the places the index lacks beside it: a
country named as a border's far side ("dekat perbatasan Iran", "near the Iran border"), a
town named as where a body is based ("the London-based monitor", "berbasis di London").
Language-neutral: the words come from the :class:`PlaceLexicon`."""

from __future__ import annotations

from typing import Final

from warta.geo.fold import fold
from warta.geo.match import Match
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import word_key


def across_border(text: str, gap: list[str], x: Match, lex: PlaceLexicon) -> bool:
    """Whether a border word (and its link) stands right before the country ``x``, the folded
    words ``gap`` before it, or a border word right after it ("dekat perbatasan Iran", "near the
    border with Iran", "near the Iran border")."""
    words, links = lex.border_words, lex.border_links
    after = text[x.end:x.end + 20].split()
    near = len(gap) > 0 and gap[-1] in words or len(gap) > 1 and gap[-2] in words and gap[-1] in links
    return near or bool(after) and fold(after[0].strip(",.;")) in words


SEAT_REACH: Final = 3  # words of a phrase before a body's town ("yang berbasis di")


def seat_of_body(text: str, x: Match, lex: PlaceLexicon) -> bool:
    """Whether ``x`` is the town a body is based in ("based in London", "the London-based")."""
    words = [word_key(w) for w in text[max(0, x.start - 30):x.start].split()[-SEAT_REACH:]]
    after = text[x.end:x.end + 12]
    return any(" ".join(words[-n:]) in lex.seat_words for n in range(1, min(SEAT_REACH, len(words)) + 1)) \
        or after[:1] == "-" and fold(after[1:].split(" ")[0]) in lex.seat_suffixes
