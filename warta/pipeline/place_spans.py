"""Candidate place spans of a text: runs of capitalised words, the keys each
sub-span may be looked up under, and the trigger words around them.

Language-neutral: every word list comes from a :class:`PlaceLexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from warta.geo.fold import fold
from warta.pipeline.place_lexicon import PlaceLexicon

MAX_TOKENS: Final = 6
JOINED_LENGTH: Final = 5  # letters at least of a name with an article written onto it ("Elfasher")
STREET: Final = "street"  # a head kind whose name is never looked up without the head


# The classes below write out their __init__: the compiled build builds them natively then (a
# dataclass's generated __init__ runs as interpreted Python there), and they are made per word.


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    key: str
    cap: bool
    sent: int
    possessive: bool = False

    def __init__(self, start: int, end: int, text: str, key: str, cap: bool, sent: int,
                 possessive: bool = False) -> None:
        self.start, self.end, self.text, self.key = start, end, text, key
        self.cap, self.sent, self.possessive = cap, sent, possessive


@dataclass(slots=True)
class Variant:
    """One way to read tokens ``i..j`` of a run: the key to look up, what
    kind a head word asks for, and the span that the mention covers."""

    key: str
    want: str | None
    start: int
    end: int
    joined: bool = False  # "Petion-Ville" read as "petionville": only a place's own name

    def __init__(self, key: str, want: str | None, start: int, end: int, joined: bool = False) -> None:
        self.key, self.want, self.start, self.end, self.joined = key, want, start, end, joined


NO_VARIANTS: Final[list[Variant]] = []  # a span's readings where it has none (never filled)


@dataclass(slots=True)
class Run:
    """Consecutive capitalised tokens (global token indices). ``variants`` holds the readings of
    each span of up to MAX_TOKENS tokens (see :func:`readings`), filled by :func:`variants`."""

    toks: list[int]
    dateline: bool = False
    titlecase: bool = False
    variants: list[list[Variant]] = field(default_factory=list)

    def __init__(self, toks: list[int], dateline: bool = False, titlecase: bool = False,
                 variants: list[list[Variant]] | None = None) -> None:
        self.toks, self.dateline, self.titlecase = toks, dateline, titlecase
        self.variants = [] if variants is None else variants


def readings(run: Run, i: int, j: int) -> list[Variant]:
    """The readings of run positions ``i..j-1`` (:func:`variants`); none for a span
    that has none, is longer than MAX_TOKENS or lies outside the run."""
    k = i * MAX_TOKENS + j - i - 1  # a run's spans from each position, by their length
    return run.variants[k] if 0 <= i < j <= i + MAX_TOKENS and k < len(run.variants) else NO_VARIANTS


def word_key(word: str) -> str:
    """``fold(word)``; a word of ASCII letters is its lower case (no call through fold's cache)."""
    return word.lower() if word.isalpha() and word.isascii() else fold(word)


def doubled(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start..end`` is hyphened to itself: a reduplicated
    word ("moga-moga", "kota-kota", "bye-bye") is no name."""
    if text[end:end + 1] != "-" and text[start - 1:start] != "-":
        return False  # no hyphen beside it (casefold() makes a hyphen of no other character)
    word = text[start:end].casefold()
    n = len(word)
    after = text[end:end + 1 + n].casefold() == "-" + word and not text[end + 1 + n:end + 2 + n].isalnum()
    head = start - 1 - n
    before = head >= 0 and text[head:start].casefold() == word + "-" and not text[head - 1:head].isalnum()
    return after or before


def _joined(text: str, a: Tok, b: Tok, shortened: Mapping[str, str] | None = None,
            possessives: frozenset[str] = frozenset()) -> bool:
    """Whether ``b`` goes on the name ``a`` is in: a space or a hyphen
    between them, or the period of a shortened word ("St. Louis"); not
    after a possessive ("Russia's Kursk"), but one that names use
    ("People's Republic of China")."""
    if a.sent != b.sent:
        return False
    start = a.end  # where the gap between them starts
    if a.possessive:
        if a.key not in possessives or not b.cap:
            return False
        start += 2
    width = b.start - start  # (told first: most gaps are one space wide, and no slice is made)
    if width == 1:
        c = text[start]
        return c == " " or c == "-" or c == "\u00a0"
    return width == 2 and text[start] == "." and text[start + 1] == " " and b.cap and shortened is not None \
        and (a.key in shortened or a.key in shortened.values())


def _hyphened(text: str, toks: list[Tok], i: int) -> bool:
    """Whether a lower-case word is hyphened between two capitalised words of a name ("X-et-Y")."""
    t = toks[i]
    return 0 < i < len(toks) - 1 and toks[i - 1].cap and toks[i + 1].cap \
        and text[toks[i - 1].end:t.start] == "-" and text[t.end:toks[i + 1].start] == "-"


def _close(toks: list[Tok], cur: list[int], runs: list[Run], lex: PlaceLexicon,
           lower: set[str] | frozenset[str]) -> None:
    """Close the run of tokens ``cur`` (emptied): add it to ``runs`` without the lower-case words
    at its end, nor a common word opening a sentence (with the lower-case words after it)."""
    while cur and not toks[cur[-1]].cap:
        cur.pop()
    if cur and (cur[0] == 0 or toks[cur[0] - 1].sent != toks[cur[0]].sent) \
            and (toks[cur[0]].key in lower or toks[cur[0]].key in lex.stoplist
                 or toks[cur[0]].key in lex.locative) \
            and toks[cur[0]].key not in lex.curated \
            and not (toks[cur[0]].key in lex.heads_before and len(cur) > 1) \
            and not (toks[cur[0]].key in lex.name_starts and len(cur) > 1
                     and toks[cur[1]].cap):  # "Desa X adalah desa", "New Jersey has"
        cur.pop(0)
        while cur and not toks[cur[0]].cap:
            cur.pop(0)
    if cur:
        runs.append(Run(list(cur)))
    cur.clear()


def find_runs(text: str, toks: list[Tok], lex: PlaceLexicon,
              lower: set[str] | frozenset[str] = frozenset()) -> list[Run]:
    """Runs of capitalised tokens, lower-case connectors allowed inside. A
    sentence's first word is left out when it is a common word (written in
    lower case elsewhere, or in the stoplist)."""
    runs: list[Run] = []
    cur: list[int] = []
    connectors, shortened, possessives = lex.connectors, lex.shortened, lex.name_possessives
    parts: dict[int, list[tuple[int, int, int]]] = {}  # a sentence's tokens come together: its
    # stretches, each with how many of its words are capitalised (for _mark_titlecase)
    a = caps = 0
    sent = toks[0].sent if toks else 0
    for i, t in enumerate(toks):
        if t.sent != sent:
            parts.setdefault(sent, []).append((a, i, caps))
            a, caps, sent = i, 0, t.sent
        caps += t.cap
        if cur and not _joined(text, toks[cur[-1]], t, shortened, possessives):
            _close(toks, cur, runs, lex, lower)
        if t.cap:
            cur.append(i)
        elif t.key in connectors and (cur or (
                text[t.end:t.end + 1] == "-" and i + 1 < len(toks) and toks[i + 1].cap
                and toks[i + 1].start == t.end + 1)) or cur and _hyphened(text, toks, i):
            cur.append(i)  # inside a name, or an article hyphened to it: "el-Fasher", "Logone-et-Chari"
        elif cur:  # a run ends here (with none open there is nothing to close)
            _close(toks, cur, runs, lex, lower)
    _close(toks, cur, runs, lex, lower)
    if toks:
        parts.setdefault(sent, []).append((a, len(toks), caps))
    _mark_titlecase(text, toks, runs, parts)
    for run in runs:
        run.dateline = _dateline(text, toks, run)
    _joint_datelines(text, toks, runs)
    return runs


def _joint_datelines(text: str, toks: list[Tok], runs: list[Run]) -> None:
    """Towns in capitals joined by slashes that open a line and end as a dateline does
    ("HARARE/LUSAKA, May 2 -", "KYIV/MOSCOW (Reuters) -"): a story filed from each is a
    dateline of each."""
    if "/" not in text:
        return  # (no slash, no runs joined by one)
    k = 0
    while k < len(runs):
        j = k
        while j + 1 < len(runs) and _slashed(text, toks, runs[j], runs[j + 1]):
            j += 1
        if j > k and _dateline(text, toks, Run(runs[k].toks + runs[j].toks)):
            for run in runs[k:j + 1]:
                run.dateline = True
        k = j + 1


def _slashed(text: str, toks: list[Tok], a: Run, b: Run) -> bool:
    """Whether run ``b`` follows run ``a`` after a slash alone, both in capitals."""
    last, first = toks[a.toks[-1]], toks[b.toks[0]]
    return first.start - last.end == 1 and text[last.end] == "/" \
        and all(toks[i].text.isupper() for i in a.toks + b.toks)


OUTLET_WORDS: Final = 2  # "TRIBUNNEWS.COM, JAKARTA -": an outlet's name may open the line before it
LIST_COMMAS: Final = 2  # a sentence with this many commas is a list, not a headline
LONG_LOWER: Final = 5  # letters of a long lower-case word ("drumsticks"; not "of", "and", "from")
LONG_LOWER_MAX: Final = 2  # a sentence with this many long lower-case words is no headline In Title Case
_AGENCY_RE: Final = re.compile(r" ?(?:\([A-Z][A-Za-z.]*\) ?)?[-–—] ")  # " (ANTARA) - ", " - "
DATELINE_ENDS: Final = ("-", "–", "—", "\x96", "\x97", ",", ":", "(")  # cp1252's dashes, read as Latin-1 too


def _dateline(text: str, toks: list[Tok], run: Run) -> bool:
    """Whether a run written in capitals opens a line, a sentence or what
    follows a byline's date, and a dash, comma, colon, bracket or a wide gap
    closes it: "HAMILTON — The", "... unknown. COLUMBUS -- The", "CHARLESTON,
    W.Va. --", "BEIRUT: The", "March 30, 2009 NEWARK -- After" (a year, not a unit's
    number: "known as 3 PARA, ..."), "Bisnis.com, JAKARTA -"."""
    first, last = toks[run.toks[0]], toks[run.toks[-1]]
    if not all(toks[i].text.isupper() for i in run.toks):
        # in title case only at the very start of the text: "Jakarta (ANTARA) -", "Timika - "
        return run.toks[0] == 0 and not text[:first.start].strip() \
            and _AGENCY_RE.match(text, last.end) is not None
    gap = text[last.end:last.end + 4]  # what closes it first: most runs in capitals are acronyms
    after = gap.lstrip(" ")
    if not (after[:1] in DATELINE_ENDS or gap[:2] == "  " and after[:1].isupper()):
        return False
    g, start = run.toks[0], first.start
    if g == 0 or toks[g - 1].sent != first.sent or text[start - 1] == "\n":  # (the line is read only
        return True  # for an outlet's name before it, not for every word in capitals)
    before = toks[g - 1]
    if before.text.isdigit() and len(before.text) == 4 and text[before.end:start] == " ":
        return True
    if text[start - 2:start] != ", ":
        return False
    line = text.rfind("\n", 0, start) + 1
    return len(text[line:start].split()) <= OUTLET_WORDS


def acronym(text: str, toks: list[Tok], g: int, run: Run) -> bool:
    """Whether token ``g`` of ``run`` is a word of four or more capitals in
    running text ("a SWAT team", "the NICE program", "BY KENT SMITH"): an
    acronym or a byline, not a place; a dateline, a headline in capitals or
    a line that opens with the word ("LONDON The latest") may name one."""
    t = toks[g]
    return t.text.isupper() and sum(c.isalpha() for c in t.text) > 3 and not run.dateline \
        and not run.titlecase and text[t.start - 1:t.start] not in ("", "\n")


def _mark_titlecase(text: str, toks: list[Tok], runs: list[Run],
                    parts: dict[int, list[tuple[int, int, int]]]) -> None:
    """Runs in a sentence written In Title Case (headlines) are marked; not
    a list of names ("Chad Foster, Mike Barber, Preston Elmore and ..."),
    whose commas no headline has, nor a byline run into the story's first
    sentence ("BY ANN LEE STAFF WRITER Richmond native Jeff Hamilton plies
    the drumsticks"), whose long words in lower case no headline has. ``parts``: each
    sentence's stretches of tokens, with how many of their words are capitalised."""
    titled: dict[int, bool] = {}
    for run in runs:
        sent = toks[run.toks[0]].sent
        if sent not in titled:
            titled[sent] = _titled(text, toks, parts[sent])
        run.titlecase = titled[sent]


def _titled(text: str, toks: list[Tok], parts: list[tuple[int, int, int]]) -> bool:
    """Whether the sentence of tokens ``parts`` (stretches with their capitalised words) is written
    In Title Case (see :func:`_mark_titlecase`)."""
    n = sum(b - a for a, b, _ in parts)
    if n < 4 or sum(caps for _, _, caps in parts) / n <= 0.6:
        return False
    commas = sum("," in text[toks[g - 1].end:toks[g].start] for a, b, _ in parts for g in range(a + 1, b))
    lower = sum(not t.cap and len(t.text) >= LONG_LOWER and t.text.isalpha()
                for a, b, _ in parts for t in toks[a:b])
    return commas < LIST_COMMAS and lower < LONG_LOWER_MAX


def headline(text: str, toks: list[Tok], run: Run) -> bool:
    """Whether ``run`` stands in a line written In Title Case with no full stop at its end: a
    headline, whose capitals tell no name's end ("Jalan Parachinar Ditutup")."""
    if not run.titlecase:
        return False
    last = toks[run.toks[-1]].end
    end = text.find("\n", last)
    return not text[last:end if end >= 0 else len(text)].rstrip().endswith(".")


def anded(text: str, toks: list[Tok], ids: list[int], lex: PlaceLexicon) -> str | None:
    """The key of tokens ``ids`` with each joiner word written as the index writes it and each
    hyphen between capitalised words read as the index's joiner ("Sistan-Baluchestan" ->
    "sistan and baluchestan"); None when the span has neither."""
    if not lex.name_joiners:
        return None
    index_joiner = next(iter(lex.name_joiners.values()))
    words: list[str] = []
    changed = False
    for n, g in enumerate(ids):
        t = toks[g]
        if not t.cap and t.key in lex.name_joiners:
            words.append(lex.name_joiners[t.key])
            changed |= lex.name_joiners[t.key] != t.key
            continue
        if n and toks[ids[n - 1]].cap and t.cap and text[toks[ids[n - 1]].end:t.start] == "-":
            words.append(index_joiner)
            changed = True
        words.append(t.key)
    return " ".join(words) if changed else None


def _may_be_anded(text: str, toks: list[Tok], ids: list[int], lex: PlaceLexicon) -> bool:
    """Whether :func:`anded` may give a key for some span of tokens ``ids``: a joiner word the
    index writes otherwise, or a hyphen between capitalised words, is among them."""
    joiners = lex.name_joiners
    for n, g in enumerate(ids):
        t = toks[g]
        if not t.cap and t.key in joiners and joiners[t.key] != t.key:
            return True
        if n and t.cap and toks[ids[n - 1]].cap and text[toks[ids[n - 1]].end:t.start] == "-":
            return True
    return False


def _plain_words(text: str, toks: list[Tok], ids: list[int]) -> tuple[list[bool], list[bool]]:
    """For each token of ``ids``: whether it is a word of ASCII letters and digits whose key is
    its own (no shortened word's), and whether one space or hyphen alone parts it from the next.
    A span of such words so parted folds to their keys joined by spaces."""
    plain: list[bool] = []
    linked: list[bool] = []
    for p, g in enumerate(ids):
        t = toks[g]
        plain.append(t.text.isascii() and t.text.isalnum() and text[t.end:t.end + 1] != ".")
        linked.append(p + 1 < len(ids) and text[t.end:toks[ids[p + 1]].start] in (" ", "-"))
    return plain, linked


def variants(text: str, toks: list[Tok], run: Run, lex: PlaceLexicon, keys: set[str] | None = None) -> None:
    """Fill ``run.variants``: every sub-span of up to MAX_TOKENS tokens and
    the keys it may be found under (whole, head stripped, direction moved);
    each key is added to ``keys`` too."""
    ids = run.toks
    n = len(ids)
    spans = run.variants = [NO_VARIANTS] * (max(n - 1, 0) * MAX_TOKENS + 1)  # up to the last word alone
    connectors, joiners = lex.connectors, lex.name_joiners
    anding = n > 1 and _may_be_anded(text, toks, ids, lex)  # else no span has an anded key
    plain, linked = _plain_words(text, toks, ids) if n > 1 else ([], [])
    for i in range(n):
        if toks[ids[i]].key in connectors and not toks[ids[i]].cap and i:
            continue  # a run starts with a connector only as in "el-Fasher"
        line = ""  # the key of the span read so far as its words' keys, or "" (fold it)
        for j in range(i + 1, min(n, i + MAX_TOKENS) + 1):
            a, b = toks[ids[i]], toks[ids[j - 1]]
            if j == i + 1:  # a word's key is its fold unless it is a shortened word's
                line = a.key if text[a.end:a.end + 1] != "." else ""
            else:
                line = f"{line} {b.key}" if line and plain[j - 2] and linked[j - 2] and plain[j - 1] else ""
            if b.key in connectors and not b.cap:  # "Lanao del Sur" ends in a name
                continue
            if not (a.cap and b.cap) and (a.key in joiners or b.key in joiners):
                continue  # "and Tobago": a joined name neither opens nor ends with its joiner
            if j < n and text[b.end:b.end + 1] == "-" and doubled(text, b.start, b.end):
                continue  # "Kampung Suru-Suru": no name ends inside a doubled word
            key = line or fold(a.text if j - i == 1 else text[a.start:b.end])
            out = [Variant(key, None, a.start, b.end)]
            if j - i == 2 and b.start - a.end == 1 and text[a.end] == "-":  # "Petion-Ville": Pétionville too
                out.append(Variant(key.replace(" ", ""), None, a.start, b.end, joined=True))
            if j - i == 1 and a.cap and len(key) >= JOINED_LENGTH and key.startswith(lex.joined_articles) \
                    and key.isalpha():  # "Elfasher": El Fasher
                art = next(x for x in lex.joined_articles if key.startswith(x))
                out.append(Variant(f"{art} {key[len(art):]}", None, a.start, b.end, joined=True))
            # "Trinidad dan Tobago", "Sistan-Baluchestan" (one word is none such)
            both = anded(text, toks, ids[i:j], lex) if j - i > 1 and anding else None
            if both:
                out.append(Variant(both, None, a.start, b.end))
            if j - i >= 2 and a.key in lex.first_spellings:  # "Um Ruwaba": Umm Ruwaba too
                out.append(Variant(lex.first_spellings[a.key] + key[len(a.key):], None, a.start, b.end))
            if j - i >= 2:
                if a.key in lex.heads_before and lex.heads_before[a.key] != STREET:
                    inner = fold(text[toks[ids[i + 1]].start:b.end])
                    out.append(Variant(inner, lex.heads_before[a.key], a.start, b.end))
                    inner_both = anded(text, toks, ids[i + 1:j], lex) if anding else None
                    if inner_both:  # "Provinsi Sistan-Baluchestan"
                        out.append(Variant(inner_both, lex.heads_before[a.key], a.start, b.end))
                    if j - i >= 3 and b.key in lex.directions:  # "Provinsi Kivu Utara": North Kivu
                        inner = fold(text[toks[ids[i + 1]].start:toks[ids[j - 2]].end])
                        out.append(Variant(f"{lex.directions[b.key]} {inner}", lex.heads_before[a.key],
                                           a.start, b.end))
                if b.key in lex.heads_after and lex.heads_after[b.key] != STREET:
                    inner = fold(text[a.start:toks[ids[j - 2]].end])
                    out.append(Variant(inner, lex.heads_after[b.key], a.start, b.end))
                if b.key in lex.directions:
                    inner = fold(text[a.start:toks[ids[j - 2]].end])
                    out.append(Variant(f"{lex.directions[b.key]} {inner}", None,
                                       a.start, b.end))
            nxt = ids[j - 1] + 1
            if j == n and nxt < len(toks) and not toks[nxt].cap \
                    and toks[nxt].key in lex.directions and _joined(text, b, toks[nxt]):
                d = toks[nxt]
                out.append(Variant(f"{lex.directions[d.key]} {key}", "direction",
                                   a.start, d.end))
            spans[i * MAX_TOKENS + j - i - 1] = out
            if keys is not None:
                for v in out:
                    keys.add(v.key)


def trigger(toks: list[Tok], i: int, j: int, lex: PlaceLexicon) -> tuple[str | None, int]:
    """The kind a trigger word next to tokens ``i..j-1`` asks for, and the
    index of the trigger token (-1 when none)."""
    s = toks[i].sent
    for width in (2, 1):
        k = i - width
        if k >= 0 and toks[k].sent == s and not toks[k].cap and not toks[i - 1].possessive:
            # "the city's Downtown Business zoning": what the city owns, no city
            if width == 2 and toks[k].key not in lex.trigger_heads:
                continue  # no trigger of two words begins with it
            key = toks[k].key if width == 1 else f"{toks[k].key} {toks[k + 1].key}"  # the words k..i-1
            if key in lex.triggers_before:
                if k > 0 and toks[k - 1].sent == s and toks[k - 1].key + key in lex.titles:
                    return None, -1  # the trigger ends a title ("wali kota" = "walikota")
                return lex.triggers_before[key], k
    k = i - 1  # "kota pelabuhan Odesa": a modifier between the trigger and the name
    if k >= 1 and toks[k].sent == s and toks[k].key in lex.trigger_modifiers \
            and toks[k - 1].sent == s and not toks[k - 1].cap and toks[k - 1].key in lex.triggers_before:
        return lex.triggers_before[toks[k - 1].key], k - 1
    if j < len(toks) and toks[j].sent == s and toks[j].key in lex.triggers_after \
            and toks[j].start - toks[j - 1].end <= 1:  # not "in Sumy, regional governor X said"
        return lex.triggers_after[toks[j].key], j
    return None, -1


def office_want(text: str, toks: list[Tok], i: int, j: int, lex: PlaceLexicon) -> str | None:
    """The unit an office next to tokens ``i..j-1`` holds: "Gubernur Zaporizhzhia", "the
    governor of Kherson", "Kharkiv Governor Oleh Syniehubov" name the province, "Bupati Nduga"
    the regency (``office_units``)."""
    s = toks[i].sent
    k = i - 1
    if k >= 1 and toks[k].key in lex.seat_connectors and toks[k - 1].sent == s:
        k -= 1  # "the governor of X"
    owned = k >= 0 and (toks[k].possessive or text[toks[k].end:toks[k + 1].start].strip() != "")
    if k >= 0 and toks[k].sent == s and not owned:  # not "Governors' Parkway"
        two = f"{toks[k - 1].key} {toks[k].key}" if k >= 1 and toks[k - 1].sent == s \
            and toks[k - 1].key in lex.office_heads else ""
        want = lex.office_units.get(two) or lex.office_units.get(toks[k].key)
        if want:
            return want
    if j < len(toks) and toks[j].sent == s and toks[j].start - toks[j - 1].end <= 1:
        two = f"{toks[j].key} {toks[j + 1].key}" if j + 1 < len(toks) and toks[j + 1].sent == s \
            and toks[j].key in lex.office_heads else ""
        return lex.office_units.get(toks[j].key) or lex.office_units.get(two)  # "Kursk acting Governor"
    return None


MEASURE_TOKENS: Final = 6  # tokens between a distance and the place it is measured from ("30 km west of")


def measured_want(toks: list[Tok], i: int, lex: PlaceLexicon) -> str | None:
    """A point, where a distance is measured from the name at token ``i`` ("30 km west of
    Mandalay", "sekitar 15 kilometer di selatan kota"): a settlement, not the region named like it."""
    s = toks[i].sent
    for k in range(i - 1, max(-1, i - 1 - MEASURE_TOKENS), -1):
        if toks[k].sent != s or toks[k].cap:
            return None
        if toks[k].key in lex.distance_units and k and toks[k - 1].text[:1].isdigit():
            return "settlement"
    return None


def context_want(text: str, toks: list[Tok], i: int, j: int, lex: PlaceLexicon) -> str | None:
    """What the words around tokens ``i..j-1`` ask of them: an office's unit or a point a
    distance is measured from."""
    return office_want(text, toks, i, j, lex) or measured_want(toks, i, lex)
