"""Clues to whose a figure is, read from the words around it: the agent of a passive verb, the
subject of an active one, a maker or backer named beside a country, a weapon's owner, a destination,
an "each" that splits an exchange, regular troops told as their own losses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Final

from warta.lang import Lang
from warta.model import Claim, Figure, PlaceMention
from warta.pipeline.event_places import word_before as _word_before
from warta.pipeline.lexicon import Match, PhraseLexicon, lowered
from warta.pipeline.segment import tokens as tokenize
from warta.pipeline.sides import backer
from warta.pipeline.spans import SpanIndex

OWN_LOSS_OUTCOMES: Final = {"killed", "wounded", "casualties", "missing"}
SUBJECT_REACH: Final = 60  # characters from a side word to the active verb it is the subject of
DATELINE_TOKENS: Final = 3  # an upper-case place this close to a sentence start is its dateline

WORDS_RE: Final = re.compile(r"\w+")
AGENT_REACH: Final = 12  # characters between a passive verb and its agent ("launched by Russia")


def agent_of(fig, named: SpanIndex, text: str, markers: frozenset[str]) -> str | None:  # noqa: ANN001
    """The side that did what an outcome after the figure says: named right
    after the verb ("diluncurkan Rusia"), after an agent word ("launched by
    Russia"), or between the figure and the verb ("missiles that Russia
    launched"); "killed in Lebanon" names a place, not an agent."""
    span = fig.outcome_span
    if span is None or span.start < fig.end:
        return None
    hit = named.last_before(span.end + AGENT_REACH)
    if hit is not None and hit.start >= span.end:
        between = text[span.end:hit.start].strip().lower()
        if not between or between in markers:
            return hit.value
    # a relative clause: "three missiles that Russia launched" (for launching only:
    # in "ratusan orang di Kongo tewas" the side names where, not who)
    hit = named.last_before(span.start)
    if fig.outcome == "used" and hit is not None and hit.start >= fig.end \
            and span.start - hit.end <= AGENT_REACH:
        return hit.value
    return None


def dateline_word(toks, i: int, word: str) -> bool:  # noqa: ANN001
    """"KYIV (Reuters) -": the dateline names where the story was filed, not a side."""
    return i < DATELINE_TOKENS and word.isupper() and len(word) > 2


def made_in(toks, text: str, makers) -> set[int]:  # noqa: ANN001
    """Start offsets of the words right after a maker word ("buatan Amerika Serikat",
    "made in France"): the country that built equipment is not the side that owns it."""
    out: set[int] = set()
    for m in makers.find(toks, text):
        if m.last_token + 1 < len(toks):
            out.add(toks[m.last_token + 1].start)
    return out


EACH_REACH: Final = 32  # characters between an exchanged figure and its "each"
LAST_WORD_CHARS: Final = 24  # characters searched back for the word before a place
FIRED_REACH: Final = 2  # sentences after a side's fired weapons in which the same weapons shot down are its
# characters from an "each" to the figure: "masing-masing pihak juga akan memulangkan 3"
EACH_BEFORE: Final = 50
EACH_REASON: Final = "one side of an exchange of equal numbers"


def each_side(text: str, claim: Claim, named, own: str | None, opponent,  # noqa: ANN001
              eachs: tuple[str, ...], article: list[str], freed=None) -> None:  # noqa: ANN001
    """"The two sides exchanged 1,000 prisoners each", "masing-masing membebaskan 150 tahanan": one
    released figure per side; so is any count an "each" stands right before ("kedua kelompok kehilangan
    masing-masing tiga anggotanya") or after with its side word ("two soldiers from each side"). The
    two sides are those named in the sentence (mediators and backers are not), else the claimant's and
    its enemy (in a civil conflict both of its own country), else, with no claimant or one that is no
    party (a mediator speaking: "masing-masing pihak 10 prajurit, kata juru bicara Kremlin"), the two
    sides the article names most, ``article``. Captives so split after a word of release before them
    (``freed``: "saling membebaskan tawanan perang, masing-masing pihak 10 prajurit") were released."""
    for fig in list(claim.figures):
        if fig.side_reason == EACH_REASON:
            continue
        after = text[fig.end:fig.end + EACH_REACH].lower().lstrip(" ,")
        before = " " + text[max(0, fig.start - EACH_BEFORE):fig.start].lower()  # "each released 150"
        if fig.outcome == "released":
            split = any(after.startswith(w) or f" {w} " in before for w in eachs)
        else:  # a count of each side's own, not of each place or attack ("masing-masing menewaskan")
            verb = before.rstrip().rsplit(" ", 1)[0] + " " if fig.outcome == "lost" else None  # "each lost"
            split = any(before.endswith(f" {w} ") or verb is not None and verb.endswith(f" {w} ")
                        or (after.startswith(w) and len(w.split()) > 1) for w in eachs)
        if not split:
            continue
        pair = list(dict.fromkeys(m.value for m in named))[:2]
        party = own if own is not None and (own in article[:2] or len(article) < 2) \
            else (article[0] if article else None)
        foe = opponent(party) or (party if len(article) < 2 else None)  # no other side: a civil conflict
        if len(pair) < 2 and party is not None and foe is not None:
            pair = [party, foe]
        if len(pair) < 2 or (fig.side is not None and fig.side not in pair):
            continue
        if fig.side is not None:  # a side the words gave ("kedua geng itu kehilangan"): one of the two
            pair = [fig.side, pair[1] if fig.side == pair[0] else pair[0]]
        fig.side, fig.side_reason = pair[0], EACH_REASON
        if fig.outcome == "captured" and freed is not None and freed(fig):
            fig.outcome = "released"
        twin = replace(fig, side=pair[1])
        claim.figures.insert(claim.figures.index(fig) + 1, twin)


CLIENT_CHARS: Final = 40  # characters after a figure in which a backer of its people is named


def client_of(text: str, fig, lex: PhraseLexicon[str], lang: Lang) -> str | None:  # noqa: ANN001
    """The side that backs the people a figure counts, named right after it in the same clause
    ("31 tentara bayaran yang didukung Ankara", "40 fighters backed by Rwanda"), else None."""
    tail = text[fig.end:fig.end + CLIENT_CHARS]
    cut = min((i for i in (tail.find(","), tail.find(";"), tail.find(".")) if i >= 0), default=len(tail))
    toks = tokenize(text, fig.end, fig.end + cut)
    return next((m.value for m in lex.find(toks, text) if backer(text, m.start, m.end, lang)), None)


OWNER_WORDS: Final = 3  # words of a weapon's name right before the country that owns it


def weapon_owner(text: str, start: int, flex) -> bool:  # noqa: ANN001
    """A country named at ``start`` right after a weapon or vehicle noun owns it ("serangan pesawat
    nirawak Turki", "drone Israel"): it says whose weapon, not where or whose the people it hit were."""
    words: list[str] = WORDS_RE.findall(text, max(0, start - LAST_WORD_CHARS * 2), start)[-OWNER_WORDS:]
    return any(flex.units.lookup(" ".join(words[i:])) not in (None, "civilians", "personnel")
               for i in range(len(words)))


def active_before(fig) -> bool:  # noqa: ANN001
    """The outcome verb stands before the figure: "... said it fired 100 missiles"."""
    return fig.outcome_span is not None and fig.outcome_span.end <= fig.start


def object_of_verb(text: str, fig) -> bool:  # noqa: ANN001
    """The figure is the object right after its outcome verb ("struck nine sites"), not the
    complement of a preposition after it ("were captured from five battalions")."""
    return active_before(fig) and not text[fig.outcome_span.end:fig.start].strip()


def subject_side(fig, named: SpanIndex) -> str | None:  # noqa: ANN001
    """The side named shortly before an active outcome verb that precedes the figure."""
    span = fig.outcome_span
    if span is None or span.end > fig.start:
        return None
    hit = named.last_before(span.start)
    return hit.value if hit is not None and span.start - hit.end <= SUBJECT_REACH else None


SPEAKER_WORDS: Final = 3  # words between a speaker's pronoun and its loss verb ("pihaknya hanya kehilangan")


def speaker_lost(text: str, fig: Figure, pronouns: frozenset[str]) -> bool:
    """The speaker's own side is the subject of the loss ("sementara pihaknya hanya kehilangan empat
    pejuang", "while we lost only three men"): the people lost are the speaker's."""
    span = fig.outcome_span
    if fig.outcome != "lost" or span is None or span.end > fig.start:
        return False
    lo = max(0, span.start - LAST_WORD_CHARS * SPEAKER_WORDS)
    words: list[str] = WORDS_RE.findall(text, lo, span.start)
    return any(w.lower() in pronouns for w in words[-SPEAKER_WORDS:])


def word_before(text: str, offset: int) -> str:
    """The word right before ``offset``, lower-cased ("" at the start)."""
    word = _word_before(text, max(0, offset - LAST_WORD_CHARS), offset)
    return "" if word is None else word.lower()


SCENE_HEADS: Final = 3  # words of a place's head between a scene word and its name ("near the village of")


def scene_word(text: str, offset: int, heads: frozenset[str]) -> str:
    """The word before a place's name past the head that names what it is ("near the village of
    Kani Masi", "di desa Ak-Sai"): the word that may say it is where something happened."""
    words: list[str] = WORDS_RE.findall(text, max(0, offset - LAST_WORD_CHARS * (SCENE_HEADS + 1)), offset)
    for n, w in enumerate(reversed(words)):
        if w.lower() not in heads or n >= SCENE_HEADS:
            return w.lower()
    return ""


# characters from counted people to the place an origin word names ("dari wilayah Kursk")
ORIGIN_CHARS: Final = 40


def origin_place(text: str, end: int, places: SpanIndex[PlaceMention], origins: frozenset[str],
                 heads: frozenset[str]) -> PlaceMention | None:
    """The place an origin word names right after counted people ending at ``end`` ("warga sipil
    dari wilayah Kursk", "civilians from the Kursk region"): where they come from."""
    after = places.between(end, end + ORIGIN_CHARS)
    p = after[0] if after else None
    words: list[str] = WORDS_RE.findall(text, end, p.start) if p is not None else []
    ok = bool(words) and words[0].lower() in origins and all(w.lower() in heads for w in words[1:])
    return p if ok and p is not None and p.country else None


def insurgent_countries(text: str, names: list[Match[str]], irregular: PhraseLexicon[str]) -> set[str]:
    """Countries whose own armed groups the story names ("PKK" Turkey's, "TTP" Pakistan's), of the
    side names found in its sentences."""
    # a spelling the list lacks names the group by a word of it ("Al Shabaab": "Shabaab"); a name's
    # words are the same wherever it stands, so each spelling is read once
    out: set[str] = set()
    group: dict[str, bool] = {}
    for m in names:
        known = group.get(m.text)
        if known is None:
            known = group[m.text] = irregular.lookup(m.text) is not None \
                or bool(irregular.find(tokenize(text, m.start, m.end), text))
        if known:
            out.add(m.value)
    return out


LAUNCH_CHARS: Final = 60  # characters from a figure to where its weapons were launched from


def launched_from(text: str, fig: Figure, sides: PhraseLexicon[str], places: SpanIndex[PlaceMention],
                  launches: frozenset[str], origins: frozenset[str]) -> str | None:
    """Whose weapons a launch site says ("two of three missiles launched from Yemen", "dua dari tiga
    rudal yang ditembakkan dari Yaman"): the country named right after the launch word and its origin."""
    window = text[fig.end:fig.end + LAUNCH_CHARS]
    stop = next((i for i, ch in enumerate(window) if ch in ".;:,\n"), len(window))
    words = list(WORDS_RE.finditer(window, 0, stop))
    for a, b in zip(words, words[1:]):
        if a.group().lower() in launches and b.group().lower() in origins:
            at = fig.end + b.end()
            near = places.between(at, fig.end + stop)
            if near and near[0].country:
                return near[0].country
            named = sides.find(tokenize(text, at, fig.end + stop), text)
            return named[0].value if named else None
    return None


def taken_by_attackers(text: str, start: int, fig: Figure, attackers: PhraseLexicon[str],
                       counted: list[Figure]) -> bool:
    """The attackers are the subject of what befell the figure ("para penyerang ... membawa kabur dua
    kendaraan lapis baja", "the attackers made off with two armoured vehicles"): the things were those
    of the side attacked. An attacker noun a figure counts ("killed 40 attackers") is no subject."""
    verb = fig.outcome_span
    if verb is None or verb.start > fig.start:
        return False
    return any(not any(f.start <= m.start < f.end for f in counted)
               for m in attackers.find(tokenize(text, start, verb.start), text))


DESTINATION_WORDS: Final = 3  # words from a destination word to its place ("ke pangkalan udara Rusia")
# characters before a name that mostly hold the words read for a destination word
DESTINATION_NEAR: Final = 48


def destination(text: str, offset: int, refuges: frozenset[str],
                within: frozenset[str] = frozenset()) -> bool:
    """A destination word stands among the few words before ``offset`` with no name between:
    "fled into Chad", "mengungsi ke pangkalan udara Rusia", not the Mali of "fled to Mauritania
    from Mali"; a country a word of ``within`` puts the destination in is one too ("mengungsi ke
    negara bagian X di India", "fled to X province in Chad")."""
    words: list[str] = WORDS_RE.findall(text, max(0, offset - DESTINATION_NEAR), offset)
    if len(words) <= DESTINATION_WORDS + 2 and offset > DESTINATION_NEAR:
        # the last words read below may be cut by the near window (its first word may be): the whole reach
        words = WORDS_RE.findall(text, max(0, offset - LAST_WORD_CHARS * 2 * DESTINATION_WORDS), offset)
    for n, w in enumerate(reversed(words[-DESTINATION_WORDS:])):
        if w.lower() in refuges:
            return True
        if w[:1].isupper():
            return False
        if n == 0 and w.lower() in within:
            # the place it is in was where they went: a destination word a few words before "in"
            return any(v.lower() in refuges for v in words[-2 - DESTINATION_WORDS:-1])
    return False


def own_losses(text: str, fig, forces: frozenset[str]) -> bool:  # noqa: ANN001
    """"The army said 12 soldiers were killed", "militer menyebut 3 prajurit gugur": regular
    troops as the subject of their own death or wounds, with no side word, are the speaker's
    own; enemies are killed by the speaker ("it killed 200 militants") or named as such."""
    if fig.unit != "personnel" or fig.outcome not in OWN_LOSS_OUTCOMES or fig.outcome_span is None \
            or fig.outcome_span.start < fig.end:
        return False
    return regular(text, fig, forces)


def regular(text: str, fig, forces: frozenset[str]) -> bool:  # noqa: ANN001
    """The figure counts regular troops ("4,000 troops", "12 prajurit")."""
    noun = text[fig.quantity.end:fig.end].lower().split()
    return any(" ".join(noun[i:j]) in forces for i in range(len(noun)) for j in range(i + 1, len(noun) + 1))


WHOLE_CHARS: Final = 40  # characters from the side that names a whole to the part word after it


def whole_side(text: str, fig, named: SpanIndex, parts: frozenset[str]) -> str | None:  # noqa: ANN001
    """The side that names the whole a part word right before the figure opens: "the freed
    Ukrainians included 12 National Guard members", "warga Ukraina yang dibebaskan termasuk 12
    anggota Garda Nasional": whose people the part are, whoever speaks."""
    head = text[max(0, fig.start - WHOLE_CHARS):fig.start].lower().rstrip()
    part = next((p for p in parts if head.endswith(" " + p)), None)
    if part is None:
        return None
    cut = fig.start - (len(text[:fig.start]) - len(text[:fig.start].rstrip())) - len(part)
    hit = named.last_before(cut)
    if hit is None or cut - hit.end > WHOLE_CHARS or any(ch in ",;:" for ch in text[hit.end:cut]):
        return None
    return hit.value


# characters from a launched figure to the side its target word names ("ke arah Israel")
TARGET_CHARS: Final = 24


def aimed_at(text: str, fig, named: SpanIndex, targets: frozenset[str]) -> str | None:  # noqa: ANN001
    """The side named right after a launched figure behind a target word ("fired two missiles at
    Israel", "meluncurkan dua rudal ke arah Israel"): whom the weapons were fired at, never who
    fired them."""
    hit = named.last_before(fig.end + TARGET_CHARS)
    if hit is None or hit.start < fig.end:
        return None
    between: list[str] = WORDS_RE.findall(text[fig.end:hit.start].lower())
    return hit.value if between and between[0] in targets and len(between) <= 2 else None


STRIKER_WORDS: Final = 3  # words of a striker noun after a country ("U.S. air strikes")


def striker_before(text: str, place, nouns: frozenset[str]) -> bool:  # noqa: ANN001
    """A country named right before an attack noun ("U.S. air strikes hit the port", "an Israeli
    strike" names none): who struck, not where it happened (head-last languages; for those whose
    possessor follows the noun, ``attack_possessor``)."""
    if not nouns or place.precision != "country":
        return False
    window = text[place.end:place.end + LAST_WORD_CHARS * 2].lower()
    first = WORDS_RE.search(window)
    if first is None or first.group() not in _first_words(nouns):
        return False  # the word after the name begins no attack noun (most names)
    after: list[str] = WORDS_RE.findall(window)
    after = after[:STRIKER_WORDS]
    return any(" ".join(after[:n]) in nouns for n in range(1, len(after) + 1))


# tokens of a cited source's phrase after an origin cue ("citing the Defence Ministry")
CITED_TOKENS: Final = 8


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of lower-case phrases: a phrase can begin only at one of them."""
    return frozenset(p.split(" ")[0] for p in phrases)


def cited_source(toks, text: str, cues: frozenset[str], sides: PhraseLexicon[str],  # noqa: ANN001
                 kinds: PhraseLexicon[str]) -> tuple[list[tuple[int, int]], str | None, str | None]:
    """The source an outlet cites for its figures ("Reuters, citing the Russian Defence Ministry, said",
    "TASS, mengutip Kementerian Pertahanan Rusia, melaporkan"): the spans of the sides named in it (who
    speaks, not whose the figures are), and the side and kind of that source (whose data they are)."""
    low = lowered(toks)
    if _first_words(cues).isdisjoint(low):
        return [], None, None  # most sentences cite no one: one test per word, in C
    for i in range(len(toks)):
        for n in (2, 1):
            if i + n <= len(toks) and " ".join(low[i:i + n]) in cues:
                j = i + n
                k = j
                while k < min(len(toks), j + CITED_TOKENS) and toks[k].text not in ",.;:\"“”":
                    k += 1
                phrase = toks[j:k]
                named = sides.find(phrase, text)
                kind = kinds.find(phrase, text)
                return ([(m.start, m.end) for m in named], named[0].value if named else None,
                        kind[0].value if kind else None)
    return [], None, None


FELLOW_KINDS: Final = ("military", "official")  # speakers whose fellows are fighters or police


def fellows_of_speaker(claim: Claim, always: frozenset[str], possessed: frozenset[str],
                       possessives: frozenset[str], trailing: frozenset[str], before: bool = False) -> bool:
    """A fighting or police speaker's fellows are its fighters: "Dua rekannya terluka", "three of our
    comrades", "four of its men", the people it lost ("its fighters lost two men") count personnel,
    and so do the "others" right after them, in the
    claim or the next (``before``: "... three of our comrades. Two others are fighting for their
    lives"). Whether the claim's last figure counts such fellows. Fellows after a count of people in
    the claim are of those people, whoever speaks ("Seorang prajurit gugur dan dua rekannya terluka":
    soldiers; "menembak dua pekerja dan melukai seorang rekan mereka": workers)."""
    whose: str | None = None  # the unit of the people counted last in the claim
    told: set[int] = set()  # fellows of people counted before them
    for fig in claim.figures:
        companion = any(w in always for w in fig.text.lower().split())
        if whose is not None and companion:
            fig.unit = whose
            told.add(id(fig))
        elif fig.unit in ("personnel", "civilians") and not companion:
            whose = fig.unit  # (not fellows themselves: "tiga rekannya gugur dan lima kawannya")
    if claim.claimant.kind not in FELLOW_KINDS or claim.claimant.start is None:
        return False
    for fig in claim.figures:
        if id(fig) in told:
            before = fig.unit == "personnel"
            continue
        words = fig.text.lower().replace(",", " ").split()
        fellow = any(w in always for w in words) or (any(w in possessed for w in words) and (
            any(w in possessives for w in words) or fig.outcome == "lost"))  # "Kami kehilangan 17 orang"
        if fig.unit == "civilians" and (fellow or (before and words[-1] in trailing)):
            fig.unit = "personnel"
            fellow = True
        before = fellow
    return before


# sides a headline's figure takes from where its few words stand, not from what they say of it
PLACED: Final = ("the country where it happened", "the country where the story's places are",
                 "the side the article names most", "the country the article is about",
                 "the side named before the figure")


def headline_as_body(claims: list[Claim]) -> None:
    """A headline's figure is the body's figure of the same count, unit and outcome: it takes the side the
    body, which tells more, gives that one ("Shelling Kills Seven Civilians in Kashmir", then "seven
    civilians ... in Pakistan-held Kashmir"), when it has its side only from where its words stand."""
    first: dict[tuple[object, ...], Figure] = {}  # the body's first figure of a count and outcome (and unit)
    for f in (f for c in claims for f in c.figures if f.sentence > 0 and f.side):
        first.setdefault((f.quantity.value, f.outcome), f)
        first.setdefault((f.quantity.value, f.outcome, f.unit), f)
    for fig in (f for c in claims for f in c.figures if f.sentence == 0 and f.side_reason in PLACED):
        bare = fig.end == fig.quantity.end  # "Bomb kills three": whom, the body says
        key = (fig.quantity.value, fig.outcome) if bare else (fig.quantity.value, fig.outcome, fig.unit)
        same = first.get(key)
        if same is not None and fig.quantity.value is not None \
                and (same.side, same.unit) != (fig.side, fig.unit):
            fig.side, fig.side_reason = same.side, "the body's figure the headline tells"
            fig.unit = same.unit if bare and same.unit in ("personnel", "civilians", "other") else fig.unit


def words(lang: Lang, component: str, key: str) -> frozenset[str]:
    """A word list of a language's ``component``.toml, in lower case."""
    return frozenset(str(w).lower() for w in lang.data(component).get(key, []))


def private(fig: Figure, cars: frozenset[str]) -> bool:
    """The figure counts private vehicles ("12 cars", "20 mobil"): people's property, like houses."""
    return fig.unit == "vehicles" and fig.text.lower().split()[-1] in cars


def hosts(hosted: dict[int, set[str]], sentence: int, text: str, named: Callable[[], list[Match[str]]],
          refuges: frozenset[str], within: frozenset[str] = frozenset()) -> set[str]:
    """The sides a sentence names as where people went ("crossed into Chad", "to X in Chad"), worked out
    once a sentence (``named`` gives its side names)."""
    if sentence not in hosted:
        hosted[sentence] = {m.value for m in named() if destination(text, m.start, refuges, within)}
    return hosted[sentence]
