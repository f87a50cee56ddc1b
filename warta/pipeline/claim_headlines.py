"""A headline's source: a first line without a full stop names it after a colon or before one
("Downed drone kills three in Russia: governor", "PBB: 300 Warga Tewas") or after a wire title's
last dash ("... - sources")."""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from warta.model import Figure, Sentence, Span
from warta.pipeline.claim_lexicon import Source
from warta.pipeline.claimant import SourceReader
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.token import Token

HEADLINE_TAIL: Final = 5  # tokens after a headline's colon that can name its source
DASHES: Final = ("-", "–", "—")


def is_headline(text: str, sent: Sentence) -> bool:
    """A first line without a full stop."""
    return sent.index == 0 and text[sent.end - 1:sent.end] not in ".!?\"”'’" \
        and "\n" in text[sent.end:sent.end + 2]


def headline_source(reader: SourceReader, text: str, toks: list[Token]) -> Source | None:
    """"Downed drone kills three in Russia: governor", "PBB: 300 Warga Tewas", "... - sources"."""
    colons = [i for i, t in enumerate(toks) if t.text == ":"]
    spans = []
    if colons and 0 < colons[0] <= HEADLINE_TAIL:
        spans.append((toks[0], toks[colons[0] - 1]))
    # a wire title's source after its last dash ("Attack kills dozens of soldiers - sources")
    dashes = [i for i, t in enumerate(toks) if t.text in DASHES and text[t.start - 1:t.start] == " "]
    tail = max(colons[-1:] + dashes[-1:], default=-1)
    if tail >= 0 and 0 < len(toks) - tail - 1 <= HEADLINE_TAIL:
        spans.append((toks[tail + 1], toks[-1]))
    for n, (a, b) in enumerate(spans):
        span = Span(a.start, b.end, text[a.start:b.end])
        words = tokenize(text, a.start, b.end)
        if n == 0 and colons and colons[0] > 0 and a is toks[0] \
                and all(reader.place_word(t) for t in words):
            continue  # "Mexico: hundreds flee ...": a place before the colon says what about, not who
        if reader.sourcey(span) and not any(t.text[:1].isdigit() for t in words):
            found = reader.describe(span, toks, span.end)
            if a.start > toks[tail].start and tail not in colons and (
                    found.kind == "media" or (found.kind == "person" and span.text[:1].isupper())):
                continue  # "... - Kompas.com", "... - Al Jazeera": a site's name a title carries
            return found
    return None


def told_after_semicolon(toks: list[Token], figs: list[Figure], cue_start: int, cue_end: int) -> list[Figure]:
    """A headline's figures on the other side of a semicolon from its cue are a second headline the
    reporter tells ("Russia says it downed 64 drones; bomb kills 3 in Zaporizhzhia", "Gangs kill 15 in
    Haiti's capital; Kenyan-led force says it repelled attack"), not the source's."""
    stop = next((t.end for t in toks if t.text == ";" and t.start >= cue_end), None)
    if stop is None:
        ordered = sorted(figs, key=lambda f: f.start)
        starts = [f.start for f in ordered]
        stop = next((t.end for k, t in enumerate(toks) if t.text == "," and t.start >= cue_end
                     and _new_clause(toks, k, ordered, starts)), None)
    if stop is not None:
        return [f for f in figs if f.start >= stop]
    start = next((t.start for t in reversed(toks) if t.text == ";" and t.end <= cue_start), None)
    return [] if start is None else [f for f in figs if f.end <= start]


def _new_clause(toks: list[Token], k: int, figs: list[Figure], starts: list[int]) -> bool:
    """Whether the comma at ``k`` opens a clause with a subject of its own whose verb tells the next
    figure ("Rusia Klaim Tembak Jatuh 54 Drone, Serangan di Kherson Tewaskan Tiga Warga"), not one
    that goes on with the source's verb (", Tewaskan 20 Tentara") or its list (", including 5")."""
    i = bisect_left(starts, toks[k].end)  # the first figure after the comma (``figs`` in text order)
    after = figs[i] if i < len(figs) else None
    if after is None or after.outcome_span is None or k + 1 >= len(toks):
        return False
    return toks[k + 1].end <= after.outcome_span.start < after.start

