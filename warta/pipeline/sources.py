"""What a source is: the kind, side and canonical key of a claimant phrase, and who a
pronoun or a definite description ("the ministry", "juru bicara itu") stands for.

Kinds come from the language's source words (``[kinds]``, with ranks and "spokesman" as
weak kinds that count only when nothing else does); the side from a side named in the
phrase or its apposition, else an earlier source of the same kind, else, for a local
official, the town or region of its sentence. Pronouns resolve to the nearest earlier
source of a compatible class (a person for "he"/"dia", a body for "it") and keep their own
span; a possessive title ("its spokeswoman", "juru bicaranya") speaks for the last body.
The key (country, kind, role from ``[roles]`` or a person's surname) is the same for one
source named in two languages.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from warta.lang import Lang
from warta.model import PlaceMention, Span, TimeMention
from warta.pipeline.claim_lexicon import (
    HISTORY,
    HUMAN_KINDS,
    KIND_PRIORITY,
    LOCAL_KINDS,
    PUNCT_BOUNDARY,
    SIDED_KINDS,
    ClaimLexicons,
    Source,
    acronym,
    lexicons,
)
from warta.pipeline.lexicon import PhraseLexicon
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.sides import side_lexicon
from warta.pipeline.source_names import NameIntroductions
from warta.pipeline.source_story import story_facts
from warta.pipeline.spans import SpanIndex
from warta.pipeline.token import Token


@dataclass(slots=True)
class SourceBook(NameIntroductions):
    """What a source phrase is (kind, side, key) and whom a pronoun stands for, with the
    sources named so far."""

    text: str
    lang: Lang
    places: SpanIndex[PlaceMention]
    times: SpanIndex[TimeMention]
    history: list[Source] = field(default_factory=list)
    names: dict[str, Source] = field(default_factory=dict)
    first_seen: dict[str, int] = field(default_factory=dict)
    initials: dict[str, tuple[int, int]] = field(default_factory=dict)
    story: str | None = None  # the country the story is about ("" when none), found on first use
    misread: set[str] | None = None  # countries of namesakes misread abroad, found on first use
    spans: list[tuple[int, int]] = field(default_factory=list)  # the sentences' (start, end), when known
    lex: ClaimLexicons = field(init=False)
    sides: PhraseLexicon[str] = field(init=False)

    def __post_init__(self) -> None:
        self.lex = lexicons(self.lang)
        self.sides = side_lexicon(self.lang)

    # -- reading a claimant for a cue -------------------------------------
    def _is_boundary(self, tok: Token) -> bool:
        if tok.text == "." and self._abbreviation_dot(tok.start):
            return False
        if self._possessive(tok):
            return False
        return tok.text in PUNCT_BOUNDARY or (tok.text.lower() in self.lex.boundaries and not acronym(tok))

    def _possessive(self, tok: Token) -> bool:
        """"the regions’ governors", "Ukraine’s president": an apostrophe, no quote."""
        return tok.text in "'’" and self.text[tok.start - 1:tok.start].isalpha() and (
            self.text[tok.end:tok.end + 2].rstrip().lower() == "s"
            or (self.text[tok.start - 1:tok.start] == "s" and self.text[tok.end:tok.end + 1] == " "))

    def _abbreviation_dot(self, at: int) -> bool:
        """The dot of "the U.S. military", "the U.N.’s", "Lt. Col. Dagan"."""
        if not self.text[at + 1:at + 3].strip():
            return False  # the end of a sentence or paragraph: "..., kata warga."
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

    def place_word(self, tok: Token) -> bool:
        """A token of a place name that no actor use makes a side ("Mexico" of "Mexico: ...",
        not "Moscow said")."""
        hit = self.places.last_before(tok.start + 1)
        return hit is not None and tok.start < hit.end and not hit.actor_use

    def _in_time(self, tok: Token) -> TimeMention | None:
        hit = self.times.last_before(tok.start + 1)
        return hit if hit is not None and tok.start < hit.end else None

    def _untimed(self, toks: list[Token], i: int) -> bool:
        """No date at token ``i``, or a vague one before a noun: an adjective ("most recent figures")."""
        hit = self._in_time(toks[i])
        return hit is None or (hit.start_date is None and (hit.value or "").endswith("_REF")
                               and i + 1 < len(toks) and toks[i + 1].start >= hit.end
                               and toks[i + 1].text[:1].isalpha() and not self._is_boundary(toks[i + 1]))

    def sourcey(self, span: Span) -> bool:
        """Whether a phrase can name a source: a source word, a pronoun, or a name that is
        not a date or place."""
        toks = tokenize(self.text, span.start, span.end)
        if not toks:
            return False
        if self.lex.pronouns.lookup(span.text) is not None or self.lex.kinds.find(toks, self.text) \
                or self.lex.weak_kinds.find(toks, self.text):
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

    def describe(self, span: Span, toks: list[Token], ctx_end: int, ctx_start: int | None = None,
                 unnamed: str = "person") -> Source:
        """Kind, side and key of a source phrase; the context reaches to ``ctx_end``
        (appositions and titles between the name and its cue count) and from ``ctx_start``
        (an apposition before it). ``unnamed``: the kind of a name nothing describes
        (an outlet after "dilansir")."""
        if self.lex.pronouns.lookup(span.text) is not None or self._is_definite(span):
            return self.definite(span, toks)
        lo = span.start if ctx_start is None else min(ctx_start, span.start)
        ctx = [t for t in toks if lo <= t.start < ctx_end]
        span_toks = [t for t in ctx if span.start <= t.start < span.end]
        # the phrase's own source word first ("The Oryx Blog, run by military analysts, ..."),
        # else its apposition's ("Ivan Sirko, juru bicara militer Ukraina, ...")
        span_kinds = self.lex.kinds.find(span_toks, self.text)
        own = self._kind(span_toks) if span_kinds else ""
        kind = self._head_kind(span_toks) or own or self._kind(ctx)
        side_hits = self.sides.find(ctx, self.text)
        country = side_hits[0].value if side_hits else self._compound_side(ctx)
        owner = self._owner(ctx)  # "its spokeswoman", "juru bicaranya": speaks for the last body
        ctx_kinds = self.lex.kinds.find(ctx, self.text) if owner is not None or kind else []
        if owner is not None:
            if not ctx_kinds:
                kind = owner.kind
            country = country or owner.country
        elif kind and not ctx_kinds:
            # "Juru bicara KIA, Kolonel Naw Bu": a title alone speaks for the body it names
            body = next((self.names[n] for n in self._names(ctx)
                         if n in self.names and not self.names[n].human), None)
            spelled = next((k for n in self._names(ctx) if (k := self._spelled_out(n))), "")
            if body is not None:
                kind, country = body.kind, country or body.country
            elif spelled:
                kind = spelled
        if country is None:
            country = next((p.country for p in self.places.between(lo, ctx_end) if self._placed(p)), None)
        names = self._names(span_toks) or self._names(ctx)  # "Juru bicara militer, Letkol Avi Dagan,"
        known = next((self.names[n] for n in reversed(names) if n in self.names), None)
        if known is not None and not known.human and span_kinds \
                and known.span.text != span.text:
            known = None  # "Gaza's Hamas-run health ministry" is not "the Hamas-run media office"
        if not kind:
            only_side = side_hits and len(span_toks) == sum(
                m.last_token - m.first_token + 1 for m in side_hits if m.end <= span.end)
            actor = [p for p in self.places.between(span.start, span.end) if p.actor_use and p.country]
            if only_side or (actor and all(self._covered(t) for t in span_toks)):
                kind = "government"  # a state named by its name or its capital
            elif known is not None:
                kind, country = known.kind, country or known.country
            else:
                kind, country = self._from_earlier_mention(names, country, toks, unnamed)
        if country is None:  # "Kapolres Puncak ...": an institution of one country only
            country = next((m.value for m in self.lex.national.find(ctx, self.text)), None)
        bare = len(span_toks) == sum(m.last_token - m.first_token + 1 for m in span_kinds)  # "Kementerian"
        if country is None and kind in LOCAL_KINDS and (not names or bare):
            # "Menurut kementerian, kerugian ... di dekat Kupiansk": a bare body re-mentions the earlier
            # source whose name holds its word ("Kementerian Pertahanan Rusia"), before its sentence's places
            words = {t.text.lower() for t in span_toks}
            country = next((f.country for f in reversed(self.history) if f.kind == kind and f.country
                            and words & set((f.context or f.span.text).lower().split())), None)
        if country is None and kind in LOCAL_KINDS:
            country = self._local_country(span, toks)  # the place its sentence puts it in first
        stateless = bool(self.lex.stateless.find(ctx, self.text))  # "UN aid workers": no side
        if country is None and names and kind in SIDED_KINDS and not stateless:
            # "Health Minister Haitham Ibrahim said", "the army said" in a story about one country
            country = self.story_country()
        if country is None and kind in SIDED_KINDS and (not names or kind in LOCAL_KINDS):
            # "Kementerian mengatakan" after "Kementerian Pertahanan Rusia", even if others spoke
            # since; officials of one article serve one place, but a newly named fighter
            # ("Yonas Wenda, a rebel spokesman") may speak for either side
            earlier = next((f for f in reversed(self.history) if f.kind == kind and f.country), None)
            country = earlier.country if earlier else None
        if country is None and kind in SIDED_KINDS and not stateless:
            country = self.story_country()
        if kind == "organization" and self.lex.stateless.find(span_toks, self.text):
            country = None  # "Badan PBB untuk Pengungsi Palestina", "the Syrian Observatory": no side
        human = kind in HUMAN_KINDS or bool(self.lex.human_titles.find(ctx, self.text)) \
            or bool(self._possessive_titles(span_toks)) or (
            bool(names) and kind in ("military", "government") and known is None
            and not span_kinds
            and not all(acronym(t) for t in span_toks if t.text in names))  # "JNIM" is a body
        fuller = None if human else self._fuller(span_toks, kind, country)
        if fuller is not None:  # "the Red Crescent" after "the Palestinian Red Crescent"
            country, key = fuller.country, fuller.key
        elif known is not None and known.country == country:
            key = known.key
        else:
            key = self.key(span, kind, country, names, human)
        irregular = kind == "military" and (bool(self.lex.irregular.find(ctx, self.text))
                                            or (known is not None and known.irregular))
        source = Source(span, kind, country, key, human or (known.human if known else False),
                        self.text[lo:max(ctx_end, span.end)], irregular)
        for name in names:
            if kind in ("person", "official", "military", "government", "organization") \
                    and name not in self.names:
                self.names[name] = source
        return source

    def _compound_side(self, toks: list[Token]) -> str | None:
        """The side that opens a hyphenated compound ("the Houthi-run health ministry",
        "Moscow-installed officials"): the body serves that side."""
        for t in toks:
            head, dash, _ = t.text.partition("-")
            if dash and head[:1].isupper():
                side = self.sides.lookup(head)
                if side is not None:
                    return side
        return None

    def story_country(self) -> str | None:
        """The one country a story is about ("the army said" in a story about Sudan)."""
        if self.story is None:
            self.story, self.misread = story_facts(self.text, self.places, self.sides, self.spans)
        return self.story or None

    def _fuller(self, toks: list[Token], kind: str, country: str | None) -> Source | None:
        """An earlier body of the same kind whose name holds every word of this one: the
        shortened re-mention of a named body ("Bulan Sabit Merah" after "Bulan Sabit Merah
        Palestina")."""
        words = {t.text.lower() for t in toks if t.text[:1].isalpha()} - self.lex.function_words
        if not words:
            return None
        for f in reversed(self.history):
            if f.kind == kind and not f.human and f.span.start >= 0 \
                    and (country is None or f.country == country):
                full = [t.text.lower() for t in tokenize(self.text, f.span.start, f.span.end)
                        if t.text[:1].isalpha()]
                # the head stays: "Ukraine's military" is not "Ukraine's military intelligence agency"
                head = full[0 if self.lex.head_first else -1] if full else ""
                if words < set(full) and head in words:
                    return f
        return None

    def _owner(self, ctx: list[Token]) -> Source | None:
        """The body a possessive title speaks for: "Its spokeswoman, Anna Berg",
        "Juru bicaranya": the last source that is no person."""
        if not ctx or not self.history:
            return None
        first = ctx[0].text.lower()
        owned = first in self.lex.possessives or bool(self._possessive_titles(ctx[:3]))
        if not owned:
            return None
        return next((f for f in reversed(self.history) if not f.human), None)

    def _kind(self, toks: list[Token]) -> str:
        """The kind a phrase names: its most specific source word ("the group's military
        spokesman" is military), then the first in KIND_PRIORITY. A source word inside a
        longer weak one does not count ("media wing" names no outlet)."""
        weak = [m for m in self.lex.weak_kinds.find(toks, self.text) if m.last_token > m.first_token]
        for lex in (self.lex.kinds, self.lex.weak_kinds):
            found = [m for m in lex.find(toks, self.text) if not any(
                w.first_token <= m.first_token and m.last_token <= w.last_token and w is not m
                and w.last_token - w.first_token > m.last_token - m.first_token for w in weak)]
            longest = max((m.last_token - m.first_token for m in found), default=0)
            kinds = {m.value for m in found if m.last_token - m.first_token == longest}
            kind = next((k for k in KIND_PRIORITY if k in kinds), "")
            if kind:
                return kind
        return ""

    def _head_kind(self, toks: list[Token]) -> str:
        """The kind of a phrase's head before a preposition or relative that joins it to a
        complement: "Sumber yang dekat dengan Hizbullah" is a source, not Hezbollah."""
        links = self.lex.head_links
        k = next((n for n, t in enumerate(toks) if n > 0 and t.text.lower() in links and not acronym(t)
                  and not self._in_name(toks, n)), 0)
        if k and toks[k].text.lower() in self.lex.coordinators:
            return self._kind(toks[:k])  # "a resistance group and residents": the first speaks first
        if not k or not self.lex.kinds.find(toks[:k], self.text):
            return ""
        return self._kind(toks[:k])

    @staticmethod
    def _in_name(toks: list[Token], n: int) -> bool:
        """A lower-case link between two capitalised words is part of one name ("Global New
        Light of Myanmar"), no preposition after a head; the first word may be capitalised only
        because it opens the sentence ("Sources in Hamas")."""
        return toks[n].text.islower() and 1 < n < len(toks) - 1 \
            and toks[n - 1].text[:1].isupper() and toks[n + 1].text[:1].isupper()

    def _possessive_titles(self, toks: list[Token]) -> set[int]:
        """Indices of a title that carries its owner's pronoun: "Juru bicaranya", "Kepalanya"."""
        out: set[int] = set()
        for n, t in enumerate(toks):
            for sfx in self.lex.suffixes:
                if not t.text.lower().endswith(sfx) or len(t.text) <= len(sfx) + 2:
                    continue
                stem = t.text[:-len(sfx)]
                if self.lex.human_titles.lookup(stem) is not None:
                    out.add(n)
                elif n > 0 and self.lex.human_titles.lookup(f"{toks[n - 1].text} {stem}") is not None:
                    out |= {n - 1, n}
        return out

    def _names(self, toks: list[Token]) -> list[str]:
        """Capitalised words that are neither a source word, a title, a side nor a place."""
        taken = {i for lex in (self.lex.kinds, self.lex.human_titles, self.sides)
                 for m in lex.find(toks, self.text) for i in range(m.first_token, m.last_token + 1)}
        taken |= self._possessive_titles(toks)
        return [t.text for i, t in enumerate(toks) if i not in taken and self._is_name(t)]

    def _placed(self, p: PlaceMention) -> bool:
        """A place that can say where a source is: of a country, not a namesake misread abroad."""
        if self.misread is None:
            self.story, self.misread = story_facts(self.text, self.places, self.sides, self.spans)
        return bool(p.country) and p.country not in self.misread

    def _local_country(self, span: Span, toks: list[Token]) -> str | None:
        """The country of the place nearest the source within its sentence, a town or
        region before a country ("the Russian region of Kursk, on the Ukrainian border")."""
        if not toks:
            return None
        near = [p for p in self.places.between(toks[0].start, toks[-1].end) if self._placed(p)]
        # a town or region, else a country named as a location ("in Russia"), never one that
        # only qualifies someone ("Pasukan Rusia", "Russian forces")
        located = [p for p in near if p.precision != "country"] or [
            p for p in near if any(toks[n].text.lower() in self.lex.locatives
                                   for n in [bisect_right(toks, p.start, key=_end) - 1] if n >= 0)]
        return min(located, key=lambda p: abs(p.start - span.start)).country if located else None

    def key(self, span: Span, kind: str, country: str | None, names: list[str],
            human: bool = False) -> str:
        """Country, kind and canonical role (or surname): the same source in any language; of
        two joined sources, the first's ("the army and police" keys as the army)."""
        toks = tokenize(self.text, span.start, span.end)
        joint = next((n for n, t in enumerate(toks) if n > 0 and t.text.lower() in self.lex.coordinators
                      and not self._in_name(toks, n)), 0)
        toks = toks[:joint] if joint else toks
        roles = self.lex.roles.find(toks, self.text)
        human = human or kind in HUMAN_KINDS or bool(self.lex.human_titles.find(toks, self.text))
        by_side = self.sides.find(toks, self.text)
        if roles and sum(m.last_token - m.first_token + 1 for m in roles) == len(toks):
            role = roles[0].value  # "IDF" is the army, though it names its side too
        elif by_side and sum(m.last_token - m.first_token + 1 for m in by_side) == len(toks):
            role = "state"  # "Rusia", "Russia", "Moskow": the state itself
        elif names and human:
            role = names[-1].lower()  # a person: the surname
        elif roles:
            # "Tentara Arakan" / "Arakan Army": the role and the body's own name
            # (a place in the name counts too: "Arakan Army" is not the army of Myanmar)
            in_role = {i for m in roles for i in range(m.first_token, m.last_token + 1)}
            in_role |= {i for m in by_side for i in range(m.first_token, m.last_token + 1)
                        if not any(r.first_token <= m.last_token and m.first_token <= r.last_token
                                   for r in roles)}  # a side named by its role word is its own name
            own = [t.text.lower() for t in (x for i, x in enumerate(toks) if i not in in_role)
                   if t.text in names or (t.text[:1].isupper() and t.text[:1].isalpha()
                                          and t.text.lower() not in self.lex.function_words)]
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
        if len(toks) < 2 or any(self._is_name(t) for t in toks[1:]) or self.sides.find(toks, self.text) \
                or any(t.text.lower() in self.lex.coordinators for t in toks):  # "the army and police"
            return False
        marked = toks[0].text.lower() in self.lex.definite_before \
            or toks[-1].text.lower() in self.lex.definite_after
        return marked and bool(self._kind(toks))

    def definite(self, span: Span, sentence: list[Token] | None = None, other_than: str = "") -> Source:
        """A pronoun or definite description: the nearest earlier source it can stand for
        (``other_than``: none with that key, "The group denied the claim" of the army)."""
        toks = tokenize(self.text, span.start, span.end)
        owned = self._owned_by_definite(span, toks, sentence) if not other_than else None
        if owned is not None:
            return owned
        history = [f for f in self.history if f.key != other_than] if other_than else self.history
        kind = self._kind(toks) or None
        cls = self.lex.pronoun_class.lookup(span.text)
        heads = [m.text.lower() for lex in (self.lex.kinds, self.lex.human_titles)
                 for m in lex.find(toks, self.text)]
        # "the spokesman", "juru bicara itu": the last source named with that word
        ante = next((f for f in reversed(history)
                     if any(h in (f.context or f.span.text).lower() for h in heads)), None) if heads else None
        if ante is not None:
            pass
        elif kind is not None:
            # "the ministry": the last ministry named, even if someone spoke since; a fighting
            # force only when it has the same role ("the military" after "the IDF", never
            # "the junta" after "the Arakan Army")
            roles = {m.value for m in self.lex.roles.find(toks, self.text)}
            strong = bool(self.lex.kinds.find(toks, self.text))  # not only a weak word: "the group"
            # and a body with a role only one of that role ("the health ministry" is no earlier "Israel")
            ante = next((f for f in reversed(history) if f.kind == kind and (
                (kind != "military" and not roles) or f.key.split(":")[-1].split(" ")[0] in roles)),
                None) if strong else None
            if ante is None and not strong:
                # "the group", "kelompok itu": a generic head, the last armed group or body that
                # is no state's organ (whose spokesman may have spoken for it), else any body
                ante = next((f for f in reversed(history) if (f.irregular or (
                    not f.human and f.kind in ("organization", "unknown")))), None) \
                    or next((f for f in reversed(history) if not f.human), None)
                kind = None
        elif cls == "human":
            ante = next((f for f in reversed(history) if f.human), None)
        elif cls == "body":
            ante = next((f for f in reversed(history) if not f.human), None)
        else:
            ante = None
        if ante is None and kind is None and self.lex.issued.find(toks, self.text):
            # "the statement", "pernyataan itu": issued by the last body, not an outlet or a person
            ante = next((f for f in reversed(history)
                         if f.kind not in ("media", "person", "unknown")), None)
        if ante is None and kind is None:
            ante = history[-1] if history else None
        if ante is None:
            k = kind or ("person" if cls == "human" else "unknown")  # "one of them said": someone
            country = self._local_country(span, sentence or toks) if k in LOCAL_KINDS else None
            if country is None and k in SIDED_KINDS:
                country = self.story_country()  # "the army said" in a story about one country
            irregular = k == "military" and bool(self.lex.irregular.find(toks, self.text))
            return Source(span, k, country, self.key(span, k, country, []), cls == "human",
                          irregular=irregular)
        same = any(h in (ante.context or ante.span.text).lower() for h in heads)
        return Source(span, ante.kind if same or kind is None else kind, ante.country, ante.key,
                      ante.human, ante.context, ante.irregular)

    def _owned_by_definite(self, span: Span, toks: list[Token],
                           sentence: list[Token] | None) -> Source | None:
        """"the group's health ministry", "the army's spokesman": a body of its own, whose side
        is that of the earlier source the possessor re-mentions."""
        p = next((n for n, t in enumerate(toks) if 0 < n < len(toks) - 2 and self._possessive(t)), 0)
        if p:  # "the group's health ministry"
            possessor = Span(toks[0].start, toks[p - 1].end, self.text[toks[0].start:toks[p - 1].end])
            own = toks[p + 2:]
        elif len(toks) > 2 and toks[-1].text.lower() in self.lex.definite_after:
            # "kementerian kesehatan kelompok itu": the possessor follows the head
            k = next((n for n in range(len(toks) - 2, 0, -1)
                      if self._kind(toks[n:]) and not self._kind(toks[n + 1:])), 0)
            if not k:
                return None
            possessor = Span(toks[k].start, toks[-1].end, self.text[toks[k].start:toks[-1].end])
            own = toks[:k]
        else:
            return None
        kind = self._kind(own)
        if not kind or not self._is_definite(possessor):
            return None
        owner = self.definite(possessor, sentence)
        if owner.kind == "unknown" and owner.country is None:
            return None
        human = bool(self.lex.human_titles.find(own, self.text)) or kind in HUMAN_KINDS
        if not self.lex.kinds.find(own, self.text) or any(
                m.last_token > m.first_token for m in self.lex.weak_kinds.find(own, self.text)):
            # "the navy's media wing", "the army's spokesman": speaks for its owner
            return Source(span, owner.kind, owner.country, owner.key, human, owner.context, owner.irregular)
        return Source(span, kind, owner.country, self.key(span, kind, owner.country, [], human), human,
                      owner.context, owner.irregular and kind == "military")

    def remember(self, source: Source | None) -> None:
        if source is not None and source.kind != "reporter":
            self.history.append(source)
            del self.history[:-HISTORY]  # a bounded look-back keeps the cost linear


def _end(tok: Token) -> int:
    return tok.end
