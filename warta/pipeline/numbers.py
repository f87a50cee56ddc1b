"""Numeric quantities in text: digits, number words, vague words and bounds.

``find_quantities`` returns every count-like number of a span of text as a
``Quantity`` with absolute offsets, its modifier included in the span
("lebih dari 49.000", "at least 15", "nearly 2,000", "50-70"). Dates, clock
times, percentages, ordinals, years and numbers glued into identifiers are
left out. All words come from ``warta/lang/<code>/numbers.toml``; digit
separators come from Babel's CLDR data for the language's locale.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Final

from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol

from warta.lang import Lang
from warta.model import Quantity
from warta.pipeline.number_scan import scan_text, tail_trie

_SPACE_RE: Final = re.compile(r"\s+")
_DIGITS: Final = r"\d+(?:[.,]\d+)*"
_SP: Final = r"[^\S\n]"  # a space within a line: a number, a range or a modifier never runs across a line
# break, where a sentence always ends


@lru_cache(maxsize=64)
def whole_words(words: frozenset[str]) -> re.Pattern[str]:
    """:func:`words_pattern` as whole words, compiled once per word list (for scans of
    raw text where no token list is at hand)."""
    return re.compile(rf"(?<!\w)(?:{words_pattern(words)})(?!\w)")


def words_pattern(words: Iterable[str]) -> str:
    """A regex (no groups) matching any of ``words``; a space in a phrase
    matches any run of white space. Built as a trie so matching stays cheap."""
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for tok in _SPACE_RE.sub(" ", word.strip()):
            node = node.setdefault(tok, {})
        node[""] = {}
    if not trie:
        return r"(?!x)x"
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    optional = "" in node
    branches = []
    for tok in sorted(k for k in node if k):
        head = r"\s+" if tok == " " else re.escape(tok)
        branches.append(head + _trie_regex(node[tok]) if node[tok] else head)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return f"(?:{body})?"
    return body


def norm(text: str) -> str:
    """Lower-case ``text`` with runs of white space made one space."""
    return _SPACE_RE.sub(" ", text.strip().lower())


@dataclass(slots=True)
class _Grammar:
    regex: re.Pattern[str]
    first_re: re.Pattern[str]
    skip_re: re.Pattern[str]
    word_re: re.Pattern[str]
    after_re: re.Pattern[str]
    number_re: re.Pattern[str]
    kinds: dict[str, tuple[str, float]]
    joiners: dict[str, frozenset[str]]
    vague: dict[str, tuple[float, float]]
    scales: dict[str, float]
    mods: dict[str, str]
    approx_suffixes: frozenset[str]
    decimal: str
    # where ``regex`` can match, read on lower-cased text (no IGNORECASE): a character no word
    # can end with, then a digit or a listed word with what must follow it (``number_scan``)
    scan_re: re.Pattern[str]
    letters: frozenset[str]  # the characters of its words
    group: str
    # a number's words or digits -> (value, low, high, length read), or None when they are no
    # number: an article repeats "a", "two", "1,000", and reading them again was most of the cost
    parsed: dict[str, tuple[float | None, float | None, float | None, int] | None] = \
        field(default_factory=dict)
    safe: dict[str, bool] = field(default_factory=dict)  # non-ASCII characters seen by ``scan_text``


@cache
def _grammar(lang: Lang, articles: bool = False) -> _Grammar:
    d = lang.data("numbers")
    locale = Locale.parse(lang.babel_locale)
    kinds: dict[str, tuple[str, float]] = {}
    for table, kind in (("words", "num"), ("multipliers", "mul"), ("implicit", "imp"),
                        ("adders", "add"), ("phrases", "num")):
        for word, value in d.get(table, {}).items():
            kinds[norm(word)] = (kind, float(value))
    if articles:
        for word, value in d.get("articles", {}).items():
            kinds.setdefault(norm(word), ("num", float(value)))
    joiners = {norm(j): frozenset(norm(w) for w in after)
               for j, after in d.get("joiners", {}).items()}
    for j in joiners:
        kinds[j] = ("join", 0.0)
    vague = {norm(k): (float(v[0]), float(v[1])) for k, v in d.get("vague", {}).items()}
    scales = {norm(k): float(v) for k, v in d.get("scales", {}).items()}
    mods = {norm(w): kind for kind in ("lower", "approx", "upper")
            for w in d.get("modifiers", {}).get(kind, [])}

    single = [w for w, (k, _) in kinds.items() if k != "join"]
    word = rf"(?:{words_pattern(single)})(?!\w)"
    join = rf"(?:{words_pattern(joiners)}){_SP}+" if joiners else ""
    wordseq = rf"(?<!\w){word}(?:(?:{_SP}+{join}|{_SP}+|-){word})*" if join else \
        rf"(?<!\w){word}(?:(?:{_SP}+|-){word})*"
    digits = rf"{_DIGITS}(?:{_SP}*(?:{words_pattern(scales)}))?(?!\w)"
    # a vague word may be scaled: "belasan ribu" (11,000-19,000), as a digit is ("12 ribu")
    vague_p = rf"(?<!\w)(?:{words_pattern(vague)})(?:{_SP}+(?:{words_pattern(scales)}))?(?!\w)"
    qty_start = rf"(?:(?<![\w.,/:\-]){digits}|{vague_p}|{wordseq})"
    qty_inner = rf"(?:(?<![\w.,/:]){digits}|{vague_p}|{wordseq})"
    dashes = "|".join(re.escape(x) for x in d.get("range_dashes", ["-"]))
    range_words = words_pattern(d.get("range_words", []))
    between = d.get("between", [])
    bet_a = words_pattern(p[0] for p in between)
    bet_b = words_pattern(p[1] for p in between)
    skip = _skip_pattern(d, locale)
    suffixes = [*d.get("lower_suffixes", []), *d.get("approx_suffixes", [])]
    glued = words_pattern(suffixes) if suffixes else r"(?!x)x"
    # a word after a space: "ratusan lebih", "200 lebih" are at least that many
    spaced = rf"{_SP}+{words_pattern(d['lower_after'])}" if d.get("lower_after") else r"(?!x)x"
    suffix = rf"(?P<suf>(?:{glued}|{spaced})(?!\w))?"
    pattern = (
        rf"(?P<skip>{skip})"
        rf"|(?<!\w)(?P<bet>{bet_a}){_SP}+(?P<b1>{qty_start}){_SP}+(?:{bet_b}){_SP}+(?P<b2>{qty_inner})"
        rf"|(?:(?<!\w)(?P<mod>{words_pattern(mods)}){_SP}+)?(?P<q1>{qty_start}){suffix}"
        rf"(?:(?:{_SP}*(?:{dashes}){_SP}*|{_SP}+(?:{range_words}){_SP}+)(?P<q2>{qty_inner}))?"
    )
    # every match begins with a digit or with the first word of a listed phrase: only
    # where one stands is the whole pattern tried (searching it tries every branch at
    # every word of the text)
    firsts = [*single, *vague, *mods, *(p[0] for p in between), *_month_names(locale),
              *d.get("extra_months", []), *d.get("not_counts", []), *d.get("clock_words", [])]
    # a phrase's first two words: "at least" and "more than" are tried, not every "at" and "more"
    heads = {" ".join(_SPACE_RE.sub(" ", w.strip()).split(" ")[:2]) for w in firsts}
    first = words_pattern(heads)
    # every branch reads its words whole (a space, hyphen or other non-word character
    # follows each), so "about" is tried, not "and" or "after" for the "a" it begins with
    if all(re.match(r"\w", h[-1:]) for h in heads):
        first = rf"(?:{first})(?!\w)"
    # the scan's words, each with what must follow it for some branch to match there
    count = [*single, *vague]
    whole = r"(?!\w)"
    after_mod = rf"\s+(?:[0-9]|{tail_trie((w, whole) for w in count)})"
    scan = [(w, whole) for w in [*count, *d.get("not_counts", [])]]
    scan += [(w, after_mod) for w in [*mods, *(p[0] for p in between)]]
    scan += [(w, r"(?:\.\s*|\s+)[0-9]") for w in [*_month_names(locale), *d.get("extra_months", [])]]
    scan += [(w, r"\s+[0-9]") for w in d.get("clock_words", [])]
    scan = [(w.lower(), tail) for w, tail in scan]
    after = [re.escape(x) for x in d.get("percent_signs", [])]
    after += [words_pattern(d.get(k, [])) + r"(?!\w)" for k in ("percent_words", "ordinal_suffixes")
              if d.get(k)]
    # every branch starts where no word character precedes (its own look-behinds say so):
    # testing that once first spares the engine trying each branch inside every word
    regex = re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE)
    if regex.groupindex != _GROUPS or regex.groups != len(_GROUPS):
        raise ValueError(f"the number pattern's groups are not {sorted(_GROUPS)}")
    return _Grammar(
        regex=regex,
        first_re=re.compile(rf"(?<!\w)(?:\d|{first})", re.IGNORECASE),
        skip_re=re.compile(skip, re.IGNORECASE),
        word_re=re.compile(rf"{words_pattern(kinds)}(?!\w)", re.IGNORECASE),
        after_re=re.compile(rf"\s*(?:{'|'.join(after)})|-[^\W\d_]" if after else r"-[^\W\d_]",
                            re.IGNORECASE),
        number_re=re.compile(rf"(?:{digits}|{wordseq})", re.IGNORECASE),
        kinds=kinds, joiners=joiners, vague=vague, scales=scales, mods=mods,
        approx_suffixes=frozenset(norm(x) for x in d.get("approx_suffixes", [])),
        decimal=get_decimal_symbol(locale), group=get_group_symbol(locale),
        # the set of characters it opens with lets the engine skip to where a word can begin;
        # after "." or "," a digit begins only a date's year ("2,000" is not read from its "000")
        scan_re=re.compile(rf"[^0-9a-z_](?:[0-9](?:(?<![.,].)|[0-9]{{3}}-)|{tail_trie(scan)})"),
        letters=frozenset("".join(w for w, _ in scan)),
    )


def _month_names(locale: Locale) -> frozenset[str]:
    names: set[str] = set()
    for width in ("wide", "abbreviated"):
        names.update(n.lower().rstrip(".") for n in locale.months["format"][width].values())
    return frozenset(names)


def _skip_pattern(d: dict[str, Any], locale: Locale) -> str:
    """Dates, clock times and ordinals: spans that hold digits but no count."""
    months = words_pattern(list(_month_names(locale)) + d.get("extra_months", []))
    seps = "".join(re.escape(s) for s in d.get("clock_separators", [":"]))
    suffix = words_pattern(d.get("clock_suffixes", []) + d.get("clock_zones", []))
    dashes = "".join(re.escape(x) for x in d.get("range_dashes", ["-"]))
    parts = [
        r"(?<!\w)\d{4}-\d{1,2}-\d{1,2}(?!\d)",
        # a range of days before a month: "26-28 Oktober", "3-5 March"
        rf"(?<![\w.,])\d{{1,2}}\s*[{dashes}]\s*\d{{1,2}}\s+(?:{months})\.?(?!\w)(?:\s+\d{{4}}(?!\d))?",
        r"(?<![\w/.,])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/])",
        rf"(?<![\w.,])\d{{1,2}}\s+(?:{months})\.?(?!\w)(?:\s+\d{{4}}(?!\d))?",
        # "January 5", not the "1" of "In January 1,200 people died"
        rf"(?<!\w)(?:{months})(?:\.\s*|\s+)\d{{1,2}}(?!\d)(?![.,]\d{{3}}(?!\d))(?:st|nd|rd|th)?"
        rf"(?:,?\s+\d{{4}}(?!\d))?",
        rf"(?<![\w.,])\d{{1,2}}[{seps}]\d{{2}}(?![\d{seps}])(?:\s*(?:{suffix})(?!\w))?",
        rf"(?<![\w.,])\d{{1,4}}\s*(?:{suffix})(?!\w)",
    ]
    if d.get("not_counts"):
        parts.append(rf"(?<!\w)(?:{words_pattern(d['not_counts'])})(?!\w)")
    if d.get("clock_words"):
        parts.append(rf"(?<!\w)(?:{words_pattern(d['clock_words'])})\s+\d{{1,2}}(?!\d)")
    return "|".join(parts)


def find_quantities(text: str, lang: Lang, start: int = 0, end: int | None = None,
                    *, articles: bool = False) -> list[Quantity]:
    """Every numeric quantity in ``text[start:end]``, with absolute offsets.

    ``articles=True`` also reports indefinite count words ("a", "sebuah",
    "seorang") as 1; whether they count is for the caller to decide.
    """
    g = _grammar(lang, articles)
    end = len(text) if end is None else end
    out: list[Quantity] = []
    low = scan_text(text, start, end, g.letters, g.safe) if start < end else None
    pos = start
    while pos < end:
        m = _search(g, text, low, start, pos, end)
        if m is None:
            break
        pos = m.end()
        last = m.lastindex  # the group closed last: which branch matched, and how far
        if last == _SKIP:
            continue
        if last == _Q1:  # a number with no suffix or range after it (most): two spans read, not all
            mod, q1 = m.span(_MOD), m.span(_Q1)
            q = _single(text, mod, q1, g)
        else:
            spans = m.regs  # every group's (start, end) in one read; (-1, -1) for one that took no part
            mod, q1 = spans[_MOD], spans[_Q1]
            q = _build(text, m.start(), pos, spans, g)
        if mod[0] >= 0:
            inner = g.skip_re.match(text, q1[0])
            if inner is not None:  # "around 9:00": the modifier is on a clock time
                pos = inner.end()
                continue
        if q is None:
            continue
        if g.after_re.match(text, q.end):
            continue
        if q.bound == "exact" and _yearlike(q.text):
            continue
        pos = max(m.start() + 1, q.end)
        out.append(q)
    return out


def _search(g: _Grammar, text: str, low: str | None, start: int, pos: int, end: int
            ) -> re.Match[str] | None:
    """``g.regex.search(text, pos, end)``, trying the pattern only where a match can begin:
    where ``g.scan_re`` finds one in ``low`` (``text`` lower-cased from ``start - 1``: see
    ``number_scan.scan_text``), else where ``g.first_re`` finds a first word in ``text``."""
    while True:
        if low is not None:
            found = g.scan_re.search(low, pos - start)
            if found is None:
                return None
            at = found.start() + start
        else:
            first = g.first_re.search(text, pos, end)
            if first is None:
                return None
            at = first.start()
        m = g.regex.match(text, at, end)
        if m is not None:
            return m
        pos = at + 1


def parse_number(text: str, lang: Lang) -> float | None:
    """The value of one number written in digits or words ("1,5 juta",
    "dua puluh", "five"), or None when ``text`` is not such a number."""
    g = _grammar(lang)
    m = g.number_re.fullmatch(text.strip())
    if m is None:
        return None
    parsed = _value(m.group(), 0, g)
    return parsed[0] if parsed and parsed[1] == len(m.group()) else None


def number_pattern(lang: Lang) -> str:
    """A regex (no groups) matching one number in digits or words."""
    return _grammar(lang).number_re.pattern


_SKIP: Final = 1  # the pattern's groups by number (``_grammar`` checks them)
_MOD: Final = 5
_Q1: Final = 6
_GROUPS: Final = {"skip": _SKIP, "bet": 2, "b1": 3, "b2": 4, "mod": _MOD, "q1": _Q1, "suf": 7, "q2": 8}


def _single(text: str, mod_span: tuple[int, int], q1: tuple[int, int], g: _Grammar) -> Quantity | None:
    """:func:`_build` of a match of one number (``q1``), a modifier or not before it, no suffix or range."""
    first = _part(text, q1, g)
    if first is None:
        return None
    mod = g.mods.get(norm(text[mod_span[0]:mod_span[1]])) if mod_span[0] >= 0 else None
    begin = mod_span[0] if mod_span[0] >= 0 else q1[0]
    return _quantity(text, begin, first[3], first[0], first[1], first[2], mod)


def _build(text: str, m_start: int, m_end: int, spans: tuple[tuple[int, int], ...], g: _Grammar
           ) -> Quantity | None:
    """The quantity a match from ``m_start`` to ``m_end`` reads, its groups' ``spans`` (``Match.regs``)."""
    _, _, bet, b1, b2, mod_span, q1, suf, q2 = spans  # (the whole match's, then by ``_GROUPS``)
    if bet[0] >= 0:
        a, b = _part(text, b1, g), _part(text, b2, g)
        if a is None or b is None or a[3] < b1[1] or b[3] < b2[1]:
            return None
        return _range(text, m_start, m_end, a, b)
    first = _part(text, q1, g)
    if first is None:
        return None
    begin = mod_span[0] if mod_span[0] >= 0 else q1[0]
    if q2[0] >= 0 and first[3] == q1[1]:
        second = _part(text, q2, g)
        if second is not None and second[3] == q2[1]:
            low, high = first[1], second[2]
            if low is not None and high is not None and low < high:
                if _yearlike(text[q1[0]:q1[1]]) and _yearlike(text[q2[0]:q2[1]]):
                    return None
                return _range(text, begin, m_end, first, second)
    value, low, high, stop = first
    mod = g.mods.get(norm(text[mod_span[0]:mod_span[1]])) if mod_span[0] >= 0 else None
    if suf[0] >= 0 and stop == q1[1] and q2[0] < 0:
        # "60-plus" is at least 60; "50-an", "2,000-odd" are about that many
        mod = "approx" if norm(text[suf[0]:suf[1]]) in g.approx_suffixes else "lower"
        stop = suf[1]
    return _quantity(text, begin, stop, value, low, high, mod)


def _quantity(text: str, begin: int, stop: int, value: float | None, low: float | None, high: float | None,
              mod: str | None) -> Quantity:
    """The quantity ``text[begin:stop]`` of ``value`` (None: vague, ``low``-``high``) and its modifier."""
    span = text[begin:stop]
    if value is None:  # vague
        if mod == "lower":
            return Quantity(begin, stop, span, None, low, None, "lower")
        # "up to dozens", "hingga puluhan": the vague word already bounds it
        return Quantity(begin, stop, span, None, low, high, "vague")
    if mod == "lower":
        return Quantity(begin, stop, span, value, value, None, "lower")
    if mod == "upper":
        return Quantity(begin, stop, span, value, None, value, "upper")
    if mod == "approx":
        return Quantity(begin, stop, span, value, value, value, "approx")
    return Quantity(begin, stop, span, value, value, value, "exact")


def _range(text: str, begin: int, stop: int, a: tuple[Any, ...], b: tuple[Any, ...]) -> Quantity:
    return Quantity(begin, stop, text[begin:stop], None, a[1], b[2], "range")


PARSED_MAX: Final = 65536  # distinct numbers remembered per grammar (a bound for endless input)


def _part(text: str, span: tuple[int, int], g: _Grammar
          ) -> tuple[float | None, float | None, float | None, int] | None:
    """(value, low, high, end offset) of one matched number (``span`` of ``text``); value None = vague."""
    s = text[span[0]:span[1]]
    try:
        got = g.parsed[s]
    except KeyError:
        if len(g.parsed) >= PARSED_MAX:
            g.parsed.clear()
        got = g.parsed[s] = _read(s, g)
    if got is None:
        return None
    value, low, high, size = got
    return value, low, high, span[0] + size


def _read(s: str, g: _Grammar) -> tuple[float | None, float | None, float | None, int] | None:
    """(value, low, high, characters read) of a number as written; value None = vague."""
    key = norm(s)
    if key in g.vague:
        low, high = g.vague[key]
        return None, low, high, len(s)
    head, _, scale = key.rpartition(" ")
    if head in g.vague and scale in g.scales:  # "belasan ribu": the vague count of thousands
        low, high = g.vague[head]
        return None, low * g.scales[scale], (high + 1) * g.scales[scale] - 1, len(s)
    parsed = _value(s, 0, g)
    if parsed is None:
        return None
    value, stop = parsed
    return value, value, value, stop


def _value(s: str, offset: int, g: _Grammar) -> tuple[float, int] | None:
    """The value of a digit or word number and the offset where it ends."""
    if s[:1].isdigit():
        dm = re.match(_DIGITS, s)
        assert dm is not None
        rest = norm(s[dm.end():])
        num = _digits(dm.group(), bool(rest), g)
        if num is None:
            return None
        value = num * g.scales.get(rest, 1.0)
        # a number too large for a float (309+ digits) is not a count: never inf
        return (value, offset + len(s)) if math.isfinite(value) else None
    return _words(s, offset, g)


def _digits(s: str, scaled: bool, g: _Grammar) -> float | None:
    """Read digits with the locale's separators; "49,000" in a text whose
    decimal mark is "," is still read as grouping (machine-translated copy)."""
    seps: list[str] = re.findall(r"[.,]", s)
    if not seps:
        return float(s)
    if s[0] == "0" and len(s) > 1 and s[1].isdigit():
        return None
    groups = re.split(r"[.,]", s)
    grouped = all(len(x) == 3 for x in groups[1:]) and len(groups[0]) <= 3
    if len(set(seps)) == 1:
        sep = seps[0]
        if grouped and (sep == g.group or len(seps) > 1 or not scaled):
            return float("".join(groups))
        if len(seps) == 1:
            return float(groups[0] + "." + groups[1])
        return None
    last = s[-len(groups[-1]) - 1]
    head = "".join(groups[:-1])
    if all(len(x) == 3 for x in groups[1:-1]) and len(groups[0]) <= 3 and s.count(last) == 1:
        return float(head + "." + groups[-1])
    return None


def _words(s: str, offset: int, g: _Grammar) -> tuple[float, int] | None:
    total = group = 0.0
    cur: float | None = None
    last_kind = ""
    last_word = ""
    stop = offset
    for tm in g.word_re.finditer(s):
        word = norm(tm.group())
        kind, val = g.kinds.get(word, ("", 0.0))
        if kind == "join":
            if last_word in g.joiners.get(word, frozenset()):
                last_kind, last_word = kind, word
                continue
            break
        if kind == "num":
            if cur is not None and not (last_kind == "num" and 20 <= cur < 100
                                        and cur % 10 == 0 and val < 10):
                break
            cur = (cur or 0.0) + val
        elif kind == "add":
            if cur is None:
                break
            group += cur + val
            cur = None
        elif kind in ("mul", "imp"):
            if kind == "imp" and cur is not None:
                break
            base = 1.0 if kind == "imp" else cur
            if val < 1000:
                group += (1.0 if base is None else base) * val
            else:
                small = group + (base or 0.0)
                total += (small or 1.0) * val
                group = 0.0
            cur = None
        else:
            break
        last_kind, last_word = kind, word
        stop = offset + tm.end()
    if stop == offset:
        return None
    return total + group + (cur or 0.0), stop


def _yearlike(s: str) -> bool:
    """A bare four-digit 1900-2099: edited news groups real counts of that
    size ("2.000", "2,000"), so without a modifier it is read as a year."""
    return len(s) == 4 and s.isdigit() and 1900 <= int(s) <= 2099
