"""Reading a claimant phrase backwards from its cue past what stands between:
adverbs and dates ("Staf Umum ... pada hari Senin menyatakan"), the channel a source
spoke through ("said on Telegram", "told reporters"), a request for anonymity
("who asked not to be named") and a relative clause that describes the source ("Rwanda,
which has troops there, said"). A mixin of :class:`warta.pipeline.claimant.SourceReader`."""

from __future__ import annotations

from mypy_extensions import trait

from warta.model import Figure, Span, TimeMention
from warta.pipeline.claim_lexicon import MAX_CLAIMANT_TOKENS, PUNCT_BOUNDARY, ClaimLexicons
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.token import Token


@trait
class ChannelsBack:
    """What stands between a source and its cue (a mixin of the source reader)."""

    text: str
    lex: ClaimLexicons

    def _stops(self, toks: list[Token], i: int) -> bool:
        raise NotImplementedError

    def _in_time(self, tok: Token) -> TimeMention | None:
        raise NotImplementedError

    def _phrase_before(self, toks: list[Token], i: int, figs: list[Figure] | None = None) -> Span | None:
        raise NotImplementedError

    def _clean(self, span: Span | None, figs: list[Figure], loose: bool = False) -> Span | None:
        raise NotImplementedError


    def _anonymity_before(self, toks: list[Token], i: int) -> int | None:
        """The first token of a phrase asking for anonymity that ends at token ``i`` ("an
        official who asked not to be named said", "seorang perwira yang enggan disebut namanya
        mengatakan"), with a comma that closes it and the reason it gives ("for fear of retaliation",
        "karena alasan keamanan"); None when none ends there."""
        end = i - 1 if i > 0 and toks[i].text == "," else i
        reasons = self.lex.anonymity_reasons
        # a phrase can only end at a word some phrase ends in: most tokens are none, told at once
        for j in range(end, max(-1, end - reasons.max_len), -1) if reasons.ends_with(toks[end].text) else ():
            why = reasons.at(toks, j, self.text)
            if why is not None and why.last_token == end and j > 0:
                end = j - 1  # "who spoke on condition of anonymity for fear of retaliation": request before
                break
        if end < 0 or not self.lex.anonymity.ends_with(toks[end].text):
            return None
        first = None  # the longest request ending there: "who spoke on condition of anonymity", not its tail
        for j in range(end, max(-1, end - self.lex.anonymity.max_len), -1):
            m = self.lex.anonymity.at(toks, j, self.text)
            if m is not None and m.last_token == end:
                first = j
        if first is None:
            return None
        return first - 1 if first > 0 and toks[first - 1].text == "," else first

    def _skip_adverbs_back(self, toks: list[Token], i: int) -> int:
        """Back past adverbs, dates ("pada hari Senin"), a parenthesis ("(SOHR)") and a
        request for anonymity ("who declined to be identified")."""
        while i >= 0:
            if self.lex.adverbs.at(toks, i, self.text) is not None:
                i -= 1
            elif (anon := self._anonymity_before(toks, i)) is not None:
                i = anon - 1
            elif (t := self._in_time(toks[i])) is not None:
                while i >= 0 and toks[i].start >= t.start:
                    i -= 1
                if i >= 0 and toks[i].text.lower() in self.lex.boundaries:
                    i -= 1  # the date's preposition: "pada", "on"
            elif toks[i].text == ")":
                j = i
                while j >= 0 and toks[j].text != "(" and i - j < MAX_CLAIMANT_TOKENS:
                    j -= 1
                if j < 0 or toks[j].text != "(":
                    break
                i = j - 1
            else:
                break
        return i

    def _skip_channel_back(self, toks: list[Token], i: int) -> int:
        """Back past where the source speaks: "The ministry in a statement said", "Militer
        dalam pernyataannya menyebut", and channels in a row ("dalam pernyataan di media sosial",
        "dalam video yang beredar di media sosial")."""
        while (j := self._channel_back(toks, i)) != i:
            i = j
        return i

    def _channel_back(self, toks: list[Token], i: int) -> int:
        """Back past one channel ending at token ``i`` (``i`` itself when none ends there)."""
        j = i
        while j >= 0 and i - j < MAX_CLAIMANT_TOKENS and not self._stops(toks, j):
            j -= 1
        last = i
        if j > 0 and j < i and toks[j].text.lower() in self.lex.relatives:
            # "dalam pernyataan yang disiarkan kantor berita WAFA": the channel is what comes
            # before its relative clause
            last = j - 1
            j -= 1
            while j >= 0 and last - j < MAX_CLAIMANT_TOKENS and not self._stops(toks, j):
                j -= 1
        if j < 0 or toks[j].text.lower() not in self.lex.joins or j == last:
            return i
        words = toks[j + 1:last + 1]
        channels = self.lex.channels.find(words, self.text)
        # a source word outside the channel's own words names a source ("di kantor berita X"), one
        # inside it does not ("di media sosial")
        if not channels or any(not any(c.start <= k.start and k.end <= c.end for c in channels)
                               for k in self.lex.kinds.find(words, self.text)):
            return i
        return self._skip_adverbs_back(toks, j - 1)

    def _is_channel(self, span: Span) -> bool:
        """"in a speech aired by Al-Masirah", "dalam pidato yang disiarkan ...": where a source
        spoke, no source."""
        toks = tokenize(self.text, span.start, span.end)
        return len(toks) > 1 and toks[0].text.lower() in self.lex.joins \
            and bool(self.lex.channels.find(toks[1:4], self.text))

    def _before_channel(self, toks: list[Token], k: int, ctx_end: int) -> int:
        """Where the words describing a source end before a channel after it ("Yahya Saree,
        dalam pidato yang disiarkan televisi Al-Masirah, mengatakan"): the channel names
        where it spoke, not what it is."""
        links = self.lex.joins
        for n in range(k, len(toks)):
            if toks[n].start >= ctx_end:
                break
            if toks[n].text.lower() in links and self.lex.channels.find(toks[n + 1:n + 4], self.text):
                return toks[n - 1].start if n > k and toks[n - 1].text == "," else toks[n].start
        return ctx_end

    def _relative_subject(self, toks: list[Token], comma: int, figs: list[Figure]) -> Span | None:
        """The subject a relative clause that ends at ``comma`` describes, when the cue after the
        comma is its verb ("Rwanda, which has about 4,000 troops deployed there, said ..."); None
        when a cue or another pause stands in the clause ("..., which UN experts say ...")."""
        if comma < 0 or toks[comma].text != ",":
            return None
        for j in range(comma - 1, max(0, comma - 3 * MAX_CLAIMANT_TOKENS), -1):
            if toks[j].text in PUNCT_BOUNDARY and toks[j].text != ",":
                return None
            if self.lex.cues.at(toks, j, self.text) is not None:
                return None
            if toks[j].text == ",":
                if j + 1 < comma and toks[j + 1].text.lower() in self.lex.relatives and j > 0:
                    return self._clean(self._phrase_before(toks, j - 1, figs), figs)
                return None
        return None
