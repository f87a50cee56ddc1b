"""Who says it: the source phrase on a reporting cue's side, its kind and side,
and who a pronoun or a definite description ("the ministry", "juru bicara itu")
stands for.

A claimant phrase is read away from the cue up to a boundary; adverbs, dates
and parenthetical acronyms between the source and its cue are skipped
("Staf Umum ... pada hari Senin menyatakan", "the Observatory (SOHR) said"),
a phrase that is only a date, place or number is never a source, and a source
joined to its place is kept whole ("petugas medis di Jalur Gaza"). Pronouns
resolve to the nearest earlier source of a compatible class (a person for
"he"/"dia", a body for "it") and keep their own span. Every source gets a
canonical key (country, kind and role from the language's ``[roles]``, else
its surname) so that one source named in two languages is one claimant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from warta.lang import Lang
from warta.model import Figure, PlaceMention, Span, TimeMention, Token
from warta.pipeline.lexicon import Match, PhraseLexicon, from_table
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.sides import side_lexicon
from warta.pipeline.spans import SpanIndex

MAX_CLAIMANT_TOKENS = 10
KIND_PRIORITY = ("media", "organization", "military", "government", "official", "person", "unknown")
PUNCT_BOUNDARY = set(",.;:!?\"“”‘’()[]—–-")
QUOTES = set("\"“”‘’'«»„")
# sources that speak for the place they serve when no side is named ("the regional governor")
LOCAL_KINDS = ("official", "government")
# kinds whose side an unnamed re-mention takes from an earlier source of the same kind
SIDED_KINDS = ("government", "military", "official", "person")
HUMAN_KINDS = ("person", "official")
HISTORY = 40  # sources a pronoun or re-mention can look back to


@dataclass(slots=True)
class ClaimLexicons:
    cues: PhraseLexicon[str]  # value: before | after | inverted | pronoun | passive | adverbial
    kinds: PhraseLexicon[str]
    boundaries: frozenset[str]
    adverbs: PhraseLexicon[str]
    pronouns: PhraseLexicon[str]
    pronoun_class: PhraseLexicon[str]
    suffixes: tuple[str, ...]
    relatives: frozenset[str]
    subordinators: frozenset[str]
    complementizers: frozenset[str]
    locatives: frozenset[str]
    report_nouns: PhraseLexicon[str]
    agent_links: frozenset[str]
    human_titles: PhraseLexicon[str]
    denials: PhraseLexicon[str]
    roles: PhraseLexicon[str]
    quote_open: frozenset[str]
    quote_close: frozenset[str]
    function_words: frozenset[str]
    definite_before: frozenset[str]
    definite_after: frozenset[str]
    abbreviations: frozenset[str]
    cue_noun_markers: frozenset[str]
    addressed: frozenset[str]
    weak_kinds: PhraseLexicon[str]
    possessives: frozenset[str]


def _words(data: dict[str, object], key: str) -> list[str]:
    value = data.get(key, [])
    return [str(w) for w in value] if isinstance(value, list) else []


@cache
def lexicons(lang: Lang) -> ClaimLexicons:
    data = lang.data("claims")
    cues = from_table({
        "before": _words(data, "cues_before"), "after": _words(data, "cues_after"),
        "inverted": _words(data, "cues_inverted"),
        "pronoun": _words(data, "cues_pronoun"), "passive": _words(data, "cues_passive"),
        "adverbial": _words(data, "cues_adverbial"),
    })

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _words(data, key))

    return ClaimLexicons(
        cues=cues,
        kinds=from_table(data.get("kinds", {})),
        boundaries=words("boundaries"),
        adverbs=from_table({"adv": _words(data, "adverbs")}),
        pronouns=from_table({"pron": _words(data, "pronouns")}),
        pronoun_class=from_table(data.get("pronoun_class", {})),
        suffixes=tuple(_words(data, "pronoun_suffixes")),
        relatives=words("relatives"),
        subordinators=words("subordinators"),
        complementizers=words("complementizers"),
        locatives=words("locatives"),
        report_nouns=from_table({"report": _words(data, "report_nouns")}),
        agent_links=words("agent_links"),
        human_titles=from_table({"title": _words(data, "human_titles")}),
        denials=from_table({"deny": _words(data, "denials")}),
        roles=from_table(data.get("roles", {})),
        quote_open=frozenset(_words(data, "quote_open")),
        quote_close=frozenset(_words(data, "quote_close")),
        function_words=words("function_words"),
        definite_before=words("definite_before"),
        definite_after=words("definite_after"),
        cue_noun_markers=words("cue_noun_markers"),
        addressed=words("cues_addressed"),
        weak_kinds=from_table(data.get("weak_kinds", {})),
        possessives=words("possessives"),
        abbreviations=frozenset(w.rstrip(".").lower() for w in [
            *_words(lang.data("segment"), "abbreviations"), *_words(data, "human_titles")]),
    )


@dataclass(slots=True)
class Source:
    """A claimant as found: its own span, what it is and whom it stands for."""

    span: Span
    kind: str
    country: str | None
    key: str = ""
    human: bool = False
    context: str = ""  # the words around the name that describe it ("juru bicara militer Israel")


def _acronym(tok: Token) -> bool:
    """"WHO", "AS": an acronym, never the function word it spells."""
    return len(tok.text) > 1 and tok.text.isupper()


REPORTER = Source(Span(-1, -1, ""), "reporter", None, "reporter")


@dataclass(slots=True)
class SourceReader:
    """Reads claimant phrases and remembers the sources named so far."""

    text: str
    lang: Lang
    places: SpanIndex[PlaceMention]
    times: SpanIndex[TimeMention]
    history: list[Source] = field(default_factory=list)
    names: dict[str, Source] = field(default_factory=dict)
    first_seen: dict[str, int] = field(default_factory=dict)
    lex: ClaimLexicons = field(init=False)
    sides: PhraseLexicon[str] = field(init=False)

    def __post_init__(self) -> None:
        self.lex = lexicons(self.lang)
        self.sides = side_lexicon(self.lang)

    # -- reading a claimant for a cue -------------------------------------
    def claimant(self, toks: list[Token], cue: Match[str], figs: list[Figure]) -> Source | None:
        """The source a cue attributes to, or None when the cue has none."""
        if cue.value == "passive":
            agent = self._clean(self._agent_after(toks, cue.last_token + 1), figs)
            return self.describe(agent, toks, agent.end) if agent is not None else REPORTER
        if cue.value == "pronoun":
            return self.definite(self.pronoun_span(cue), toks)
        span: Span | None = None
        prev = self._skip_adverbs_back(toks, cue.first_token - 1)
        after_punct = cue.first_token == 0 or (prev >= 0 and toks[prev].text in PUNCT_BOUNDARY)
        if cue.value == "inverted":
            if after_punct:
                span = self._clean(self._phrase_after(toks, cue.last_token + 1), figs)
            else:  # the verb after its subject: "Tentara Israel Sebut ...", "Militer Israel sebut ..."
                span = self._clean(self._phrase_before(toks, cue.first_token - 1), figs)
            if span is None:
                return None
            return self.describe(span, toks, max(self._apposition_after(toks, span), cue.start))
        if cue.value == "after":  # "according to X": any phrase that is not a date, place or number
            span = self._clean(self._phrase_after(toks, cue.last_token + 1), figs, loose=True)
            if span is None:
                return None
            return self._report_or_source(span, toks, cue)
        if cue.value == "adverbial":  # "Ukraine has reportedly knocked out ...": its subject, if named
            span = self._clean(self._phrase_before(toks, cue.first_token - 1), figs)
            inner = tokenize(self.text, span.start, span.end) if span is not None else []
            if span is None or not (self.lex.kinds.find(inner, self.text)
                                    or self.sides.find(inner, self.text)):
                return REPORTER
            return self.describe(span, toks, cue.start)
        # "before": the source precedes the cue, except in "..., said Aidi" after the claim
        claim_before = any(f.end <= cue.start for f in figs) or (
            prev >= 0 and toks[prev].text in QUOTES)
        ctx_end = cue.start
        if after_punct and claim_before and cue.text.lower() not in self.lex.addressed:
            span = self._clean(self._phrase_after(toks, cue.last_token + 1), figs)
            ctx_end = self._apposition_after(toks, span) if span is not None else ctx_end
        if span is None:
            span = self._clean(self._phrase_before(toks, cue.first_token - 1), figs)
        ctx_start = self._title_before(toks, span) if span is not None else None
        if span is None and prev >= 0 and toks[prev].text == ",":
            span, ctx_start = self._apposition(toks, prev, figs) or (None, None)
        if span is None:
            span = self._clean(self._subject(toks, cue.first_token), figs)
        if span is None:
            return None
        return self.describe(span, toks, max(span.end, ctx_end), ctx_start)

    def pronoun_span(self, cue: Match[str]) -> Span:
        """"ujarnya": the suffix ``nya`` is the claimant, the stem the cue."""
        for suffix in self.lex.suffixes:
            if cue.text.lower().endswith(suffix) and len(cue.text) > len(suffix):
                return Span(cue.end - len(suffix), cue.end, self.text[cue.end - len(suffix):cue.end])
        return Span(cue.start, cue.end, cue.text)

    def cue_stem(self, cue: Match[str]) -> Span:
        own = self.pronoun_span(cue)
        return Span(cue.start, own.start, self.text[cue.start:own.start]) if own.start > cue.start \
            else Span(cue.start, cue.end, cue.text)

    # -- phrases ------------------------------------------------------------
    def _is_boundary(self, tok: Token) -> bool:
        if tok.text == "." and self._abbreviation_dot(tok.start):
            return False
        if self._possessive(tok):
            return False
        return tok.text in PUNCT_BOUNDARY or (tok.text.lower() in self.lex.boundaries and not _acronym(tok))

    def _stops(self, toks: list[Token], i: int) -> bool:
        """Where a claimant phrase read backwards ends: a boundary or another cue."""
        return self._is_boundary(toks[i]) or self.lex.cues.at(toks, i, self.text) is not None

    def _possessive(self, tok: Token) -> bool:
        """"the regions’ governors", "Ukraine’s president": an apostrophe, no quote."""
        return tok.text in "'’" and self.text[tok.start - 1:tok.start].isalpha() and (
            self.text[tok.end:tok.end + 2].rstrip().lower() == "s"
            or (self.text[tok.start - 1:tok.start] == "s" and self.text[tok.end:tok.end + 1] == " "))

    def _abbreviation_dot(self, at: int) -> bool:
        """The dot of "the U.S. military", "the U.N.’s", "Lt. Col. Dagan"."""
        word = self.text[max(0, at - 6):at].split()[-1:] or [""]
        w = word[-1].strip("(\"“")
        return bool(w) and w[-1:].isalpha() and (
            "." in w or (len(w) == 1 and w.isupper()) or w.lower() in self.lex.abbreviations)

    def _covered(self, tok: Token) -> bool:
        """A token that is part of a date or a place name, or a number."""
        if tok.text[:1].isdigit():
            return True
        for index in (self.times, self.places):
            hit = index.last_before(tok.start + 1)
            if hit is not None and tok.start < hit.end:
                return True
        return False

    def _in_time(self, tok: Token) -> TimeMention | None:
        hit = self.times.last_before(tok.start + 1)
        return hit if hit is not None and tok.start < hit.end else None

    def _skip_adverbs_back(self, toks: list[Token], i: int) -> int:
        """Back past adverbs, dates ("pada hari Senin") and a parenthesis ("(SOHR)")."""
        while i >= 0:
            if self.lex.adverbs.at(toks, i, self.text) is not None:
                i -= 1
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

    def _clean(self, span: Span | None, figs: list[Figure], loose: bool = False) -> Span | None:
        """A phrase that runs into a figure is the claim, not its source; one that is only
        a date, place or number is no source either. ``loose``: after "according to" any
        other words name a source ("open-source analysts")."""
        if span is None or any(f.start < span.end and span.start < f.end for f in figs):
            return None
        if loose:
            words = [t for t in tokenize(self.text, span.start, span.end) if t.text[:1].isalpha()]
            if any(not self._covered(t) and t.text.lower() not in self.lex.function_words for t in words):
                return span
        return span if self.sourcey(span) else None

    def sourcey(self, span: Span) -> bool:
        """Whether a phrase can name a source: a source word, a pronoun, or a name that is
        not a date or place."""
        toks = tokenize(self.text, span.start, span.end)
        if not toks:
            return False
        if self.lex.pronouns.lookup(span.text) is not None or self.lex.kinds.find(toks, self.text):
            return True
        if self.lex.report_nouns.find(toks, self.text) or self.lex.human_titles.find(toks, self.text):
            return True
        if self.sides.find(toks, self.text):  # "Ukraina mengklaim", "Russia said"
            return True
        if any(p.actor_use for p in self.places.between(span.start, span.end)):  # "Moscow said"
            return True
        return any(self._is_name(t) for t in toks)

    def _is_name(self, tok: Token) -> bool:
        return tok.text[:1].isupper() and tok.text[:1].isalpha() and not self._covered(tok) \
            and tok.text.lower() not in self.lex.boundaries \
            and tok.text.lower() not in self.lex.function_words

    def _phrase_before(self, toks: list[Token], i: int) -> Span | None:
        i = self._skip_adverbs_back(toks, i)
        end = i
        if i > 0 and toks[i].text.lower() in self.lex.definite_after:
            i -= 1  # "Misi itu mengatakan"
        while i >= 0 and end - i < MAX_CLAIMANT_TOKENS and not self._stops(toks, i):
            i -= 1
        if i >= 0 and i == end and toks[i].text.lower() in self.lex.relatives and not _acronym(toks[i]):
            # "Sebby yang mengklaim", "the ministry, which said": the head before the relative
            end = i = i - 1
            if i >= 0 and toks[i].text == ",":
                end = i = i - 1
            while i >= 0 and end - i < MAX_CLAIMANT_TOKENS and not self._stops(toks, i):
                i -= 1
        elif i >= 0 and toks[i].text.lower() in self.lex.relatives and i < end and not _acronym(toks[i]):
            # "Gubernur wilayah Donetsk yang dikuasai Ukraina mengatakan": keep the head
            i -= 1
            while i >= 0 and end - i < 2 * MAX_CLAIMANT_TOKENS and not self._is_boundary(toks[i]):
                i -= 1
        if i == end:
            return None
        if i >= 0 and toks[i].text.lower() in self.lex.locatives \
                and all(self._covered(t) for t in toks[i + 1:end + 1]):
            # "Petugas medis di Jalur Gaza mengatakan": the source with its place
            j = i - 1
            while j >= 0 and end - j < MAX_CLAIMANT_TOKENS and not self._is_boundary(toks[j]):
                j -= 1
            if j < i - 1:
                i = j
        return self._span(toks, i + 1, end)

    def _phrase_after(self, toks: list[Token], i: int) -> Span | None:
        start = i
        while i < len(toks) and i - start < MAX_CLAIMANT_TOKENS and not self._is_boundary(toks[i]) \
                and not toks[i].text[:1].isdigit() and self._in_time(toks[i]) is None:
            i += 1
        if i == start:
            return None
        if i < len(toks) and toks[i].text.lower() in self.lex.definite_after:
            i += 1  # "menurut kementerian itu"
        return self._span(toks, start, i - 1)

    def _agent_after(self, toks: list[Token], i: int) -> Span | None:
        """The author after a passive verb or a report noun: "disebutkan Kemenkes",
        "was reported by the UN", "laporan yang disampaikan Reuters"."""
        while i < len(toks) and toks[i].text.lower() in self.lex.agent_links:
            i += 1
        span = self._phrase_after(toks, i) if i < len(toks) else None
        if span is None:
            return None
        inner = tokenize(self.text, span.start, span.end)
        named = self.lex.kinds.find(inner, self.text) or any(self._is_name(t) for t in inner)
        return span if named else None

    def _report_or_source(self, span: Span, toks: list[Token], cue: Match[str]) -> Source:
        """"menurut laporan yang disampaikan Reuters": the report's author; "menurut
        laporan itu": the source the report stands for."""
        inner = tokenize(self.text, span.start, span.end)
        head = self.lex.report_nouns.at(inner, 0, self.text) if inner else None
        if head is None and len(inner) > 1 and inner[0].text.lower() in ("the", "a", "an"):
            head = self.lex.report_nouns.at(inner, 1, self.text)
        if head is not None:
            k = next(n for n, t in enumerate(toks) if t.start == head.start) + (
                head.last_token - head.first_token + 1)
            agent = self._agent_after(toks, k)
            if agent is not None:
                return self.describe(agent, toks, agent.end)
            if head.last_token + 1 == len(inner) or self.lex.pronouns.lookup(span.text) is not None:
                return self.definite(span, toks)
        return self.describe(span, toks, max(span.end, cue.start))

    def _apposition(self, toks: list[Token], comma: int, figs: list[Figure]) -> tuple[Span, int] | None:
        """"Andrei Kovalenko, pejabat senior ..., mengonfirmasi", "..., its governor, Filip
        Pronin, said": of the two comma-separated phrases before the cue, the one with a name."""
        segments: list[Span] = []
        end = comma - 1
        while end >= 0 and len(segments) < 2:
            i = end
            while i >= 0 and end - i < MAX_CLAIMANT_TOKENS and (
                    toks[i].text not in PUNCT_BOUNDARY | QUOTES or self._possessive(toks[i])
                    or (toks[i].text == "." and self._abbreviation_dot(toks[i].start))):
                if self.lex.cues.at(toks, i, self.text) is not None:
                    end = i - 1  # "..., spokesperson of the brigade said, said": not the cue
                i -= 1
            if i == end or (i >= 0 and toks[i].text not in ",\"“”'’"):
                if i != end and i < 0:
                    segments.append(self._span(toks, i + 1, end))
                break
            segments.append(self._span(toks, i + 1, end))
            end = i - 1
            while end >= 0 and toks[end].text in QUOTES:
                end -= 1
            if i < 0 or toks[i].text != ",":
                break
        good = [sp for sp in segments if self.sourcey(sp) and not any(
            f.start < sp.end and sp.start < f.end for f in figs)]
        named = [sp for sp in good if self._names(tokenize(self.text, sp.start, sp.end))]
        # a person's name (no source word of its own) nearest the cue, else any name, else the first
        person = [sp for sp in named
                  if not self.lex.kinds.find(tokenize(self.text, sp.start, sp.end), self.text)]
        pick = person[:1] or named[:1] or good[-1:]
        return (pick[0], min(sp.start for sp in good)) if pick else None

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

    def _title_before(self, toks: list[Token], span: Span) -> int | None:
        """"Karo Penmas Mabes Polri, Brigjen Argo Yuwono mengatakan": the office before the
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
        return title[0].start if self._kind(title) else None

    def _subject(self, toks: list[Token], cue_index: int) -> Span | None:
        """The sentence's subject ("Seorang anggota kelompok penyelamat yang ... mengatakan",
        "Staf Umum ... membantah angka itu dan mengklaim")."""
        a = 0  # past an opening connective: "Sementara itu, juru bicara ..."
        while a < cue_index and self._is_boundary(toks[a]):
            a += 1
        k = a
        while k < min(cue_index, a + MAX_CLAIMANT_TOKENS):
            kind = self.lex.kinds.at(toks, k, self.text)
            if kind is not None:
                k = kind.last_token + 1
            elif toks[k].text[:1].isupper() or (k > a and toks[k].text in "-/"):
                k += 1
            elif self._is_boundary(toks[k]) or self.lex.cues.at(toks, k, self.text) is not None:
                break
            elif not any(self.lex.kinds.at(toks, j, self.text) or toks[j].text[:1].isupper()
                         for j in range(k, min(cue_index, k + 3))):
                break
            else:
                k += 1
        k = min(k, cue_index)
        return self._span(toks, a, k - 1) if k > a else None

    def _span(self, toks: list[Token], a: int, b: int) -> Span:
        s, e = toks[a].start, toks[b].end
        return Span(s, e, self.text[s:e])

    # -- what a source is ---------------------------------------------------
    def describe(self, span: Span, toks: list[Token], ctx_end: int, ctx_start: int | None = None) -> Source:
        """Kind, side and key of a source phrase; the context reaches to ``ctx_end``
        (appositions and titles between the name and its cue count) and from ``ctx_start``
        (an apposition before it)."""
        if self.lex.pronouns.lookup(span.text) is not None or self._is_definite(span):
            return self.definite(span, toks)
        lo = span.start if ctx_start is None else min(ctx_start, span.start)
        ctx = [t for t in toks if lo <= t.start < ctx_end]
        span_toks = [t for t in ctx if span.start <= t.start < span.end]
        kind = self._kind(ctx)
        side_hits = self.sides.find(ctx, self.text)
        country = side_hits[0].value if side_hits else None
        owner = self._owner(ctx)  # "its spokeswoman", "juru bicaranya": speaks for the last body
        if owner is not None:
            if not self.lex.kinds.find(ctx, self.text):
                kind = owner.kind
            country = country or owner.country
        if country is None:
            country = next((p.country for p in self.places.between(lo, ctx_end) if p.country), None)
        names = self._names(span_toks) or self._names(ctx)  # "Juru bicara militer, Letkol Avi Dagan,"
        known = next((self.names[n] for n in reversed(names) if n in self.names), None)
        if not kind:
            only_side = side_hits and len(span_toks) == sum(
                m.last_token - m.first_token + 1 for m in side_hits if m.end <= span.end)
            actor = [p for p in self.places.between(span.start, span.end) if p.actor_use and p.country]
            if only_side or (actor and all(self._covered(t) for t in span_toks)):
                kind = "government"  # a state named by its name or its capital
            elif known is not None:
                kind, country = known.kind, country or known.country
            else:
                kind, country = self._from_earlier_mention(names, country)
        if country is None and kind in SIDED_KINDS and (not names or kind in LOCAL_KINDS):
            # "Kementerian mengatakan" after "Kementerian Pertahanan Rusia", even if others spoke
            # since; officials of one article serve one place, but a newly named fighter
            # ("Sebby Sambom, a rebel spokesman") may speak for either side
            earlier = next((f for f in reversed(self.history) if f.kind == kind and f.country), None)
            country = earlier.country if earlier else None
        if country is None and kind in LOCAL_KINDS:
            country = self._local_country(span, toks)
        human = kind in HUMAN_KINDS or bool(self.lex.human_titles.find(ctx, self.text)) or (
            bool(names) and kind in ("military", "government") and known is None
            and not self.lex.kinds.find(span_toks, self.text))
        if known is not None and known.country == country:
            key = known.key
        else:
            key = self.key(span, kind, country, names, human)
        source = Source(span, kind, country, key, human or (known.human if known else False),
                        self.text[lo:max(ctx_end, span.end)])
        for name in names:
            if kind in ("person", "official", "military", "government") and name not in self.names:
                self.names[name] = source
        return source

    def _owner(self, ctx: list[Token]) -> Source | None:
        """The body a possessive title speaks for: "Its spokeswoman, Anna Berg",
        "Juru bicaranya": the last source that is no person."""
        if not ctx or not self.history:
            return None
        first = ctx[0].text.lower()
        owned = first in self.lex.possessives or any(
            t.text.lower().endswith(sfx) and len(t.text) > len(sfx) + 2
            and self.lex.human_titles.lookup(t.text[:-len(sfx)]) is not None
            or (n > 0 and self.lex.human_titles.lookup(f"{ctx[n - 1].text} {t.text[:-len(sfx)]}") is not None)
            for n, t in enumerate(ctx[:3]) for sfx in self.lex.suffixes if t.text.lower().endswith(sfx))
        if not owned:
            return None
        return next((f for f in reversed(self.history) if not f.human), None)

    def _kind(self, toks: list[Token]) -> str:
        """The kind a phrase names: its most specific source word ("the group's military
        spokesman" is military), then the first in KIND_PRIORITY."""
        for lex in (self.lex.kinds, self.lex.weak_kinds):
            found = lex.find(toks, self.text)
            longest = max((m.last_token - m.first_token for m in found), default=0)
            kinds = {m.value for m in found if m.last_token - m.first_token == longest}
            kind = next((k for k in KIND_PRIORITY if k in kinds), "")
            if kind:
                return kind
        return ""

    def _names(self, toks: list[Token]) -> list[str]:
        """Capitalised words that are neither a source word, a title, a side nor a place."""
        taken = {i for lex in (self.lex.kinds, self.lex.human_titles, self.sides)
                 for m in lex.find(toks, self.text) for i in range(m.first_token, m.last_token + 1)}
        return [t.text for i, t in enumerate(toks) if i not in taken and self._is_name(t)]

    def _local_country(self, span: Span, toks: list[Token]) -> str | None:
        """The country of the place nearest the source within its sentence, a town or
        region before a country ("the Russian region of Belgorod, which borders Ukraine")."""
        if not toks:
            return None
        near = [p for p in self.places.between(toks[0].start, toks[-1].end) if p.country]
        # a town or region, else a country named as a location ("in Russia"), never one that
        # only qualifies someone ("Pasukan Rusia", "Russian forces")
        located = [p for p in near if p.precision != "country"] or [
            p for p in near if any(toks[n].text.lower() in self.lex.locatives
                                   for n in [self._token_before(toks, p.start)] if n >= 0)]
        return min(located, key=lambda p: abs(p.start - span.start)).country if located else None

    @staticmethod
    def _token_before(toks: list[Token], offset: int) -> int:
        """Index of the last token ending at or before ``offset`` (-1 if none), by bisection."""
        lo, hi = 0, len(toks)
        while lo < hi:
            mid = (lo + hi) // 2
            if toks[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1

    def _first_seen(self, word: str) -> int:
        """Where a word first occurs in the article (one pass over the text, built on first use)."""
        if not self.first_seen:
            for tok in tokenize(self.text):
                self.first_seen.setdefault(tok.text, tok.start)
            self.first_seen.setdefault("", -1)
        return self.first_seen.get(word, -1)

    def _from_earlier_mention(self, names: list[str], country: str | None) -> tuple[str, str | None]:
        """A bare name ("Aidi said") takes its title from where it was first introduced."""
        if not names:
            return "unknown", country
        first = self._first_seen(names[-1])
        if first > 0:
            ctx_toks = tokenize(self.text, max(0, first - 80), first)
            kind = self._kind(ctx_toks)
            if kind:
                sides = self.sides.find(ctx_toks, self.text)
                return kind, country or (sides[-1].value if sides else None)
        return "person", country

    def key(self, span: Span, kind: str, country: str | None, names: list[str],
            human: bool = False) -> str:
        """Country, kind and canonical role (or surname): the same source in any language."""
        toks = tokenize(self.text, span.start, span.end)
        roles = self.lex.roles.find(toks, self.text)
        human = human or kind in HUMAN_KINDS or bool(self.lex.human_titles.find(toks, self.text))
        by_side = self.sides.find(toks, self.text)
        if by_side and sum(m.last_token - m.first_token + 1 for m in by_side) == len(toks):
            role = "state"  # "Rusia", "Russia", "Moskow": the state itself
        elif names and human:
            role = names[-1].lower()  # a person: the surname
        elif roles:
            # "Tentara Arakan" / "Arakan Army": the role and the body's own name
            in_role = {i for m in roles for i in range(m.first_token, m.last_token + 1)}
            own = [t.text.lower() for t in (x for i, x in enumerate(toks) if i not in in_role)
                   if t.text in names]
            role = " ".join([max(roles, key=lambda m: m.end - m.start).value, *sorted(own)])
        elif names:
            role = " ".join(n.lower() for n in names)
        else:
            role = " ".join(t.text.lower() for t in toks
                            if t.text.isalnum() and t.text.lower() not in self.lex.function_words)
        return f"{country or '-'}:{kind}:{role}"

    def _is_definite(self, span: Span) -> bool:
        """"the regional governor", "misi itu": a source word with a definite marker and no name."""
        toks = tokenize(self.text, span.start, span.end)
        if len(toks) < 2 or any(self._is_name(t) for t in toks[1:]) or self.sides.find(toks, self.text):
            return False
        marked = toks[0].text.lower() in self.lex.definite_before \
            or toks[-1].text.lower() in self.lex.definite_after
        return marked and bool(self._kind(toks))

    def definite(self, span: Span, sentence: list[Token] | None = None) -> Source:
        """A pronoun or definite description: the nearest earlier source it can stand for."""
        toks = tokenize(self.text, span.start, span.end)
        kind = self._kind(toks) or None
        cls = self.lex.pronoun_class.lookup(span.text)
        heads = [m.text.lower() for lex in (self.lex.kinds, self.lex.human_titles)
                 for m in lex.find(toks, self.text)]
        # "the spokesman", "juru bicara itu": the last source named with that word
        ante = next((f for f in reversed(self.history)
                     if any(h in (f.context or f.span.text).lower() for h in heads)), None) if heads else None
        if ante is not None:
            pass
        elif kind is not None:
            # "the ministry": the last ministry named, even if someone spoke since
            ante = next((f for f in reversed(self.history) if f.kind == kind), None)
        elif cls == "human":
            ante = next((f for f in reversed(self.history) if f.human), None)
        elif cls == "body":
            ante = next((f for f in reversed(self.history) if not f.human), None)
        else:
            ante = None
        if ante is None and kind is None:
            ante = self.history[-1] if self.history else None
        if ante is None:
            k = kind or "unknown"
            country = self._local_country(span, sentence or toks) if k in LOCAL_KINDS else None
            return Source(span, k, country, self.key(span, k, country, []), cls == "human")
        same = any(h in (ante.context or ante.span.text).lower() for h in heads)
        return Source(span, ante.kind if same or kind is None else kind, ante.country, ante.key,
                      ante.human, ante.context)

    def remember(self, source: Source | None) -> None:
        if source is not None and source.kind != "reporter":
            self.history.append(source)
            del self.history[:-HISTORY]  # a bounded look-back keeps the cost linear
