"""The phrases beside a source's name: an apposition before the cue ("..., its governor, Filip Pronin,
said"), a title after a name ("said Mohammed Hassan, head of the committee") or before it ("Kabag Penum
Divisi Humas, Kombes Budi Santoso mengatakan"), and the date that ends a phrase. A mixin of
:class:`warta.pipeline.claimant.SourceReader`."""

from __future__ import annotations

from typing import Final

from mypy_extensions import trait

from warta.model import Figure, Span, TimeMention
from warta.pipeline.claim_datelines import dateline_end
from warta.pipeline.claim_lexicon import MAX_CLAIMANT_TOKENS, PUNCT_BOUNDARY, QUOTES, ClaimLexicons
from warta.pipeline.lexicon import PhraseLexicon
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.token import Token

NAME_TOKENS: Final = 4  # tokens of a name that closes a sentence after its description
BRACKET_TOKENS: Final = 6  # tokens inside a bracket that a segment before a comma may close with ("(ISPR)")


@trait
class Appositions:
    """Titles and appositions around a source's name (a mixin of the source reader)."""

    text: str
    lex: ClaimLexicons
    sides: PhraseLexicon[str]

    def _span(self, toks: list[Token], a: int, b: int) -> Span:
        raise NotImplementedError

    def _is_boundary(self, tok: Token) -> bool:
        raise NotImplementedError

    def _possessive(self, tok: Token) -> bool:
        raise NotImplementedError

    def _abbreviation_dot(self, at: int) -> bool:
        raise NotImplementedError

    def _in_time(self, tok: Token) -> TimeMention | None:
        raise NotImplementedError

    def sourcey(self, span: Span) -> bool:
        raise NotImplementedError

    def _is_name(self, tok: Token) -> bool:
        raise NotImplementedError

    def _kind(self, toks: list[Token]) -> str:
        raise NotImplementedError

    def _names(self, toks: list[Token]) -> list[str]:
        raise NotImplementedError

    def _is_channel(self, span: Span) -> bool:
        raise NotImplementedError

    def _apposition(self, toks: list[Token], comma: int, figs: list[Figure]) -> tuple[Span, int] | None:
        """"Andrei Kovalenko, pejabat senior ..., mengonfirmasi", "..., its governor, Filip
        Pronin, said": of the two comma-separated phrases before the cue, the one with a name."""
        segments: list[Span] = []
        floor = dateline_end(toks, self.text)  # "MOSKOW, KOMPAS TV – ...": where and who filed it
        end = comma - 1
        while end >= floor and len(segments) < 2:
            i = end
            while i >= floor and end - i < MAX_CLAIMANT_TOKENS:
                if toks[i].text == ")" and (opening := self._bracket_open(toks, i, floor)) is not None:
                    i = opening - 1  # "Pusat Informasi Perbatasan (PIP),": its acronym is part of it
                    continue
                if not (toks[i].text not in PUNCT_BOUNDARY | QUOTES or self._possessive(toks[i])
                        or (toks[i].text == "." and self._abbreviation_dot(toks[i].start))):
                    break
                if self.lex.cues.at(toks, i, self.text) is not None:
                    end = i - 1  # "..., spokesperson of the brigade said, said": not the cue
                i -= 1
            if i == end or (i >= floor and toks[i].text not in ",\"“”'’"):
                if i != end and i < floor:
                    segments.append(self._span(toks, i + 1, end))
                break
            segments.append(self._span(toks, i + 1, end))
            end = i - 1
            while end >= 0 and toks[end].text in QUOTES:
                end -= 1
            if i < floor or toks[i].text != ",":
                break
        good = [sp for sp in segments if self.sourcey(sp) and not self._is_clause(sp) and not any(
            f.start < sp.end and sp.start < f.end for f in figs) and not self._is_channel(sp)]
        named = [sp for sp in good if self._names(tokenize(self.text, sp.start, sp.end))]
        # a person's name (no source word of its own) nearest the cue, else any name, else the first
        person = [sp for sp in named
                  if not self.lex.kinds.find(tokenize(self.text, sp.start, sp.end), self.text)]
        # a name that opens its segment beats a description holding one ("Anna Berg, a
        # spokeswoman for the ... Commission,", "Syniehubov, writing on Telegram,")
        proper = [sp for sp in person if self._is_name(tokenize(self.text, sp.start, sp.end)[0])
                  and not self._is_description(tokenize(self.text, sp.start, sp.end))]
        pick = proper[:1] or person[:1] or named[:1] or good[-1:]
        return (self._before_time(pick[0]), min(sp.start for sp in good)) if pick else None

    @staticmethod
    def _bracket_open(toks: list[Token], close: int, floor: int) -> int | None:
        """The "(" of a short bracket closed at ``close`` with words inside ("(ISPR)"), or None."""
        for j in range(close - 1, max(floor - 1, close - BRACKET_TOKENS - 1), -1):
            if toks[j].text == "(":
                return j if j < close - 1 else None
            if toks[j].text in PUNCT_BOUNDARY:
                return None
        return None

    def _is_clause(self, span: Span) -> bool:
        """A phrase that opens with a verb ("run by two analysts", "writing on Telegram"): it
        describes the source, it is none; a source opens with a name, a title or an article."""
        toks = tokenize(self.text, span.start, span.end)
        first = toks[0].text
        words = (self.lex.kinds, self.lex.weak_kinds, self.lex.human_titles)
        return first[:1].islower() and first.lower() not in self.lex.function_words \
            and not any(lex.at(toks, 0, self.text) for lex in words)

    def _is_description(self, toks: list[Token]) -> bool:
        """A title or a channel rather than a name: "Juru bicara ...", "Telegram"."""
        return any(lex.find(toks, self.text) for lex in (
            self.lex.human_titles, self.lex.weak_kinds, self.lex.channels))

    def _before_time(self, span: Span) -> Span:
        """The phrase without the date that ends it ("Kementerian Luar Negeri pada Senin 3
        Maret,"), and without the words that led into that date ("pada", "on")."""
        toks = tokenize(self.text, span.start, span.end)
        k = next((n for n, t in enumerate(toks) if n > 0 and self._in_time(t) is not None), len(toks))
        while k > 1 and toks[k - 1].text.lower() in self.lex.minor:
            k -= 1
        return span if k == len(toks) else self._span(toks, 0, k - 1)

    def _apposition_after(self, toks: list[Token], span: Span) -> int:
        """"..., said Mohammed Hassan, head of the emergency committee": where the title after
        the name ends (the name's own end when none follows)."""
        i = next((n for n, t in enumerate(toks) if t.start >= span.end), len(toks))
        if i >= len(toks) or toks[i].text != ",":
            return span.end
        j = i + 1
        while j < len(toks) and j - i <= MAX_CLAIMANT_TOKENS and toks[j].text not in PUNCT_BOUNDARY:
            j += 1
        title = toks[i + 1:j]
        first = title[0] if title else None
        if first is None or self._is_boundary(first) or self.lex.cues.find(title, self.text) or not (
                first.text.lower() in self.lex.function_words or first.text[:1].isupper()
                or self.lex.kinds.at(title, 0, self.text) or self.lex.weak_kinds.at(title, 0, self.text)
                or self.lex.human_titles.at(title, 0, self.text)):
            return span.end  # "..., kepada awak media", "..., speaking to the media": no title
        return title[-1].end if title and (self.lex.kinds.find(title, self.text)
                                           or self.lex.human_titles.find(title, self.text)) else span.end

    def _title_before(self, toks: list[Token], span: Span, figs: list[Figure]) -> int | None:
        """"Kabag Penum Divisi Humas, Kombes Budi Santoso mengatakan": the office before the
        name's comma describes it."""
        i = next((n for n, t in enumerate(toks) if t.start >= span.start), 0) - 1
        if i < 1 or toks[i].text != ",":
            return None
        j = i - 1
        while j >= 0 and i - j <= 6 and toks[j].text not in PUNCT_BOUNDARY | QUOTES:
            j -= 1
        if (j >= 0 and toks[j].text not in QUOTES) or i - j > 6:
            return None
        title = toks[j + 1:i]
        own = tokenize(self.text, span.start, span.end)
        if not title or self.lex.cues.find(title, self.text) or self.lex.kinds.find(own, self.text) \
                or self.sides.find(own, self.text):
            return None
        if any(f.start < title[-1].end and title[0].start < f.end for f in figs):
            return None  # "Two residents were wounded, Prabowo said": the claim, no title
        return title[0].start if self._kind(title) else None

    def _name_after(self, toks: list[Token], span: Span) -> Span:
        """"..., kata perusahaan pengelolanya, Bazan.", "said its operator, Bazan.": a description after
        the cue, then the name it describes closing the sentence: the source runs on over the name."""
        i = next((n for n, t in enumerate(toks) if t.start >= span.end), len(toks))
        own = [t for t in tokenize(self.text, span.start, span.end)
               if t.text.lower() not in self.lex.function_words]
        if i + 1 >= len(toks) or toks[i].text != "," or not own or not own[-1].text[:1].islower():
            return span  # "kata Jaringan Dokter Sudan, Senin": a name already, not a description
        j = i + 1
        while j < len(toks) and j - i <= NAME_TOKENS and (toks[j].text[:1].isupper() or toks[j].text in "-'"):
            j += 1
        if j == i + 1 or (j < len(toks) and toks[j].text not in ".!?") \
                or self.lex.cues.find(toks[i + 1:j], self.text) \
                or any(self._in_time(t) is not None for t in toks[i + 1:j]):  # "..., kata X, Senin."
            return span
        return Span(span.start, toks[j - 1].end, self.text[span.start:toks[j - 1].end])

