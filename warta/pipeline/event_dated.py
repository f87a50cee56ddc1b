"""Background events a date of their own makes: words that name a conflict event only when an explicit
calendar date is tied to them ("the war that broke out in May 1998", "a peace accord signed in 2005",
"pemberontakan ... pada tahun 1976", "kedua faksi sepakat pada tahun 2009"). Undated, such a word
is a reference ("since the war began", "the conflict"), no event; with a past month, a written year or a
dated day of its own it is the event of that date ([dated] in ``events.toml``)."""

from __future__ import annotations

from datetime import date

from warta.model import Figure, PlaceMention, TimeMention
from warta.pipeline.event_background import placed_since
from warta.pipeline.event_dates import explicit, tied
from warta.pipeline.event_rules import NO_EVENT, Rules, modality
from warta.pipeline.lexicon import Match
from warta.pipeline.token import Token


def with_dated(rules: Rules, live: list[Match[str]], found: list[Match[str]], toks: list[Token],
               text: str) -> tuple[list[Match[str]], frozenset[int]]:
    """``live`` and the sentence's dated words that no trigger (nor look-alike) overlaps, in text order;
    and the starts of those words."""
    words = [m for m in rules.dated.find(toks, text) if m.value != NO_EVENT
             and not any(f.start < m.end and m.start < f.end for f in found)]
    if not words:
        return live, frozenset()
    return sorted(live + words, key=lambda m: m.start), frozenset(m.start for m in words)


def kept_dated(group: list[Match[str]], words: frozenset[int], stamp: TimeMention | None,
               published: date | None, toks: list[Token], mods: list[Match[str]], rules: Rules,
               places: list[PlaceMention], figs: list[Figure], found: list[Match[str]]) -> list[Match[str]]:
    """The date group less its dated words that its date does not date: one needs an explicit past date
    tied to it in its clause (further on with no trigger between: "the insurgency in the two northern
    districts flared again in March 2009"); after "since" only one no running total counts from, or one
    whose clause names its place ("since troops began an operation in the Tana valley in June 2019"), not
    "since the conflict erupted on May 3, 2018, some 9,000 people have died" (where the count
    starts)."""
    return [m for m in group if m.start not in words or (
        stamp is not None and explicit(stamp, published) and tied(stamp, m, toks, found=found)
        and (modality(m, toks, mods, rules.reach) != "since" or not any(f.running_total for f in figs)
             or placed_since(m, toks, mods, rules, places, stamp)))]

