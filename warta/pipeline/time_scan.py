"""Which words a time expression may open with or must hold, for the fast scans
before the grammar (:mod:`warta.pipeline.time_grammar`) is tried: the core words
(names of days and months, units, distinctive words of fixed phrases), the first
words of every phrase, and all the grammar's words. Built from a language's
``times.toml`` and number words; ``core_starts`` finds the core words of a text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any, Final

from warta.lang import Lang
from warta.pipeline.numbers import words_pattern
from warta.pipeline.segment import lower_text

NEVER: Final = r"(?!x)x"


# word lists that never open an expression (they follow something else)
_NOT_FIRST: Final = frozenset({
    "future_after", "century_after", "articles", "qualified_only", "unit_adjectives", "utc_zones",
    "current_periods", "period_end_words", "span_prepositions", "numeric_date_order", "quarter_order",
    "quote_pairs", "future_cues", "future_blockers", "deadline_before", "start_before", "day_joiners",
    "length_joiners",
    "set_after_not", "set_unit_suffixes", "time_zones",
    "zone_words", "zone_place_after", "zone_place_before", "ago_after", "ago_anchored", "ago_hyphen",
    "window_after", "window_next_after", "past_after", "weekday_last_after", "weekday_next_after",
    "weekday_previous_after", "weekday_following_after", "season_modifiers_after", "decade_suffixes",
    "decade_words", "plural_suffixes", "weekday_week_joiners", "set_after", "count_multipliers",
    "first_after", "first_before", "half_after", "approx_after", "set_times", "set_article",
    "period_year_joiners", "clock_suffixes", "parts_of_day", "season_months", "unit_codes",
    "clock_day_glue", "ambiguous_months", "ambiguous_seasons", "year_relative", "past_cues",
    "past_suffixes", "month_determiners", "not_past", "attributive_before", "half_words", "not_references",
    "discourse_references", "narrative_references", "modals", "modal_references", "day_shifts",
    "count_more", "ordinal_units", "unit_followers", "passive_auxiliaries", "future_undone",
    "infinitive_markers", "undated", "year_before", "year_joiners", "age_after", "age_before",
    "fraction_after", "holiday_weekdays", "holiday_week_after", "holiday_name_before", "holiday_name_after",
    "rate_before", "rate_units", "plural_followers", "ago_anaphoric", "noun_openers", "range_joiners",
    "night_day_links", "relativizers",
    "range_openers", "range_opener_joiners", "later_after", "later_anchored",
    "later_demonstratives", "month_anaphoric_after", "range_moved"
})


# Digits that are a time by themselves: a year, or digits joined to more digits as in a
# date or clock time ("12/3", "10:00", "07.30"). Other numbers ("three days", "24 jam")
# come with a core word of their own after them.
DIGIT_CORE: Final = r"(?=\d)(?<![/.:])(?<!\d[\-–])(?:(?:1[5-9]|20)\d\d(?!\d)|\d{1,2}\s*[:./\-–]\s*\d)"


def core_pattern(d: dict[str, Any], names: list[str], weekdays: list[str]) -> str:
    """Where a core word stands."""
    return _core_regex(d, names, weekdays)


def lower_core_pattern(d: dict[str, Any], names: list[str], weekdays: list[str]) -> str | None:
    """Where a core word may begin in the text in lower case, after a character that is no word's:
    wherever :func:`core_pattern` finds one (and also where a lower-case "gmt" or "q1" stands, or
    right after a letter outside ASCII, which ``core`` then turns down). One alternation whose every
    branch opens with its first character, the words' in a trie each ending in what must follow it.
    None when a word has a letter outside ASCII, whose other case the text's lower case may not give
    as the regex does."""
    entries = [(w, r"(?!\w)") for w in _core_words(d, names, weekdays)]
    entries += [(z.lower(), r"(?!\w)") for z in d.get("time_zones", [])]
    entries += [(w.lower(), r"(?=\s*\d)") for w in d.get("date_words", [])]  # "tanggal 5"
    if d.get("set_before") and d.get("parts_of_day"):  # "every morning", "setiap sore"
        parts = words_pattern([w.lower() for w in d["parts_of_day"]])
        entries += [(w.lower(), rf"(?=\s+{parts}(?!\w))") for w in d["set_before"]]
    if not all(c.isascii() or c.lower() == c.upper() for w, _ in entries for c in w):
        return None
    dsuf = words_pattern([x.lower() for x in d.get("decade_suffixes", ["s"])])
    short = rf"|0(?:{dsuf})(?!\w)" if d.get("short_decade_before") else ""
    # DIGIT_CORE read from after its first digit
    digits = (r"\d(?<![/.:]\d)(?<!\d[\-–]\d)(?:(?<=1)[5-9]\d\d(?!\d)|(?<=2)0\d\d(?!\d)"
              rf"|\d?\s*[:./\-–]\s*\d{short})")
    return "|".join([*_branches(entries), digits, r"q\d"])


def _branches(entries: list[tuple[str, str]]) -> list[str]:
    """The alternatives of a trie of words, each word followed by its own pattern: one a first
    character, a space in a phrase matching any run of white space."""
    trie: dict[str, Any] = {}
    for word, after in entries:
        node = trie
        for c in " ".join(word.split()):
            node = node.setdefault(c, {})
        node.setdefault("", set()).add(after)
    return _trie_branches(trie)


def _trie_branches(node: dict[str, Any]) -> list[str]:
    out = []
    for c in sorted(k for k in node if k):
        rest = _trie_branches(node[c])
        tail = rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"
        out.append((r"\s+" if c == " " else re.escape(c)) + tail)
    return out + sorted(node.get("", ()))


def _core_regex(d: dict[str, Any], names: list[str], weekdays: list[str]) -> str:
    def case(words: Iterable[str]) -> str:
        return rf"(?i:{words_pattern(words)})"

    zones = d.get("time_zones", [])  # upper case: "GMT"
    zone = NEVER if not zones else words_pattern(zones)
    words = case(_core_words(d, names, weekdays))
    # a decade in two digits ("'80s", "90-an"), where the language writes one
    dsuf = words_pattern(d.get("decade_suffixes", ["s"]))
    short = rf"|\d0(?:{dsuf})(?!\w)" if d.get("short_decade_before") else ""
    digits = DIGIT_CORE[:-1] + short + ")"  # inside the digit branch: tried only where a digit is
    # a date word before a day of the month ("tanggal 5")
    dated = rf"|{case(d['date_words'])}(?=\s*\d)" if d.get("date_words") else ""
    if d.get("set_before") and d.get("parts_of_day"):  # "every morning", "setiap sore"
        dated += rf"|{case(d['set_before'])}(?=\s+{case(d['parts_of_day'])}(?!\w))"
    return rf"(?<!\w)(?:{digits}|Q\d|{zone}(?!\w)|{words}(?!\w){dated})"


def _core_words(d: dict[str, Any], names: list[str], weekdays: list[str]) -> set[str]:
    """The core words in lower case: :func:`_core`'s and the weekdays in the plural ("Tuesdays"),
    where the language writes them."""
    return _core(d, names) | {(w + s).lower() for w in weekdays for s in d.get("plural_suffixes", [])}


def core_starts(text: str, core: re.Pattern[str], lower: re.Pattern[str] | None) -> list[int]:
    """Where the core words of ``text`` begin, as ``core`` finds them one after another; read
    off the text in lower case with ``lower`` (a case-blind scan is slow) where its length stays,
    each place found there confirmed by ``core``."""
    low = lower_text(text)
    if lower is None or len(low) != len(text) or "ı" in text or "ſ" in text:
        return [m.start() for m in core.finditer(text)]  # lower case would miss "ı" for "i"
    after = _after_separator(lower)
    out: list[int] = []
    at = 0 if lower.match(low) is not None else _next(after, low, 0)
    while at >= 0:
        m = core.match(text, at)
        if m is None:  # "gmt", "q1": upper case only
            at = _next(after, low, at + 1)
        else:
            out.append(at)
            at = _next(after, low, m.end())
    return out


# every character that is no word character (and a few more: all outside ASCII): a core word that does
# not open the text comes right after such a character (``core`` opens with "(?<!\w)"); written as the
# complement of the ASCII word characters, which the engine tests in one look-up of a bitmap
_SEPARATOR: Final = "[^0-9A-Z_a-z]"


@cache
def _after_separator(lower: re.Pattern[str]) -> re.Pattern[str]:
    """``lower`` with the character before its match: a pattern that opens with a set of characters,
    which the engine skips to, instead of trying ``lower`` at every position of the text."""
    return re.compile(f"{_SEPARATOR}(?:{lower.pattern})")


def _next(after: re.Pattern[str], low: str, pos: int) -> int:
    """Where ``after``'s pattern finds the next core word at or after ``pos`` (not at 0), or -1."""
    found = after.search(low, max(pos - 1, 0))
    return -1 if found is None else found.start() + 1


# word lists read around an expression, never part of one
_CONTEXT: Final = frozenset({
    "articles",
    "qualified_only",
    "utc_zones", "period_end_words", "span_prepositions", "ordinal_units", "unit_followers", "not_references",
    "discourse_references", "narrative_references", "modals", "day_shifts", "future_cues", "future_blockers",
    "deadline_before", "start_before", "day_joiners", "length_joiners", "set_after_not", "set_unit_suffixes",
    "past_cues", "not_past", "attributive_before", "passive_auxiliaries",
    "future_undone", "infinitive_markers", "noun_openers", "month_determiners", "holiday_name_before",
    "holiday_name_after", "range_joiners", "range_openers", "range_opener_joiners", "later_after",
    "later_anchored", "later_demonstratives", "range_moved"
})


def lead_words(d: dict[str, Any], lang: Lang, names: list[str]) -> frozenset[str]:
    """Every word of the grammar's phrases and numbers, lower-cased."""
    out = {n.lower() for n in names}
    for key, val in d.items():
        if key in _CONTEXT:
            continue
        words = val if isinstance(val, list) else list(val) if isinstance(val, dict) else []
        out.update(t.lower() for w in words if isinstance(w, str) for t in w.split())
    nums = lang.data("numbers")
    for table in ("words", "multipliers", "implicit", "adders", "phrases", "vague"):
        out.update(t.lower() for w in nums.get(table, {}) for t in w.split())
    return frozenset(out)


def never_first(d: dict[str, Any], lang: Lang, names: list[str], leads: frozenset[str]) -> frozenset[str]:
    """The grammar's words, in lower case and of letters only, that no expression begins with:
    neither the first word of a phrase that can open one, nor a longer word that begins with one,
    nor the part of one before a dash ("of", "her", "long", "to")."""
    firsts = _firsts(d, lang, names) | {n.split()[0].lower() for n in names if n.split()}
    return frozenset(w for w in leads if w.isalpha() and w.islower()
                     and not any(w.startswith(f) or _continued(f, w) for f in firsts))


def _continued(first: str, word: str) -> bool:
    """The word begins the first word and the rest of it may follow the word where it ends (at a
    space, a dash or punctuation; not at a letter or digit: "to" does not begin "today" there)."""
    return first.startswith(word) and (len(first) == len(word) or not first[len(word)].isalnum())


def _firsts(d: dict[str, Any], lang: Lang, names: list[str]) -> set[str]:
    """The first words of the phrases that can open an expression, none of them a number."""
    firsts: set[str] = {n.split()[0] for n in names if n.split()}
    for key, val in d.items():
        if key in _NOT_FIRST:
            continue
        words = val if isinstance(val, list) else list(val) if isinstance(val, dict) else []
        firsts.update(w.split()[0].lower() for w in words if isinstance(w, str) and w.split())
    nums = lang.data("numbers")
    for table in ("words", "multipliers", "implicit", "adders", "phrases", "vague"):
        firsts.update(w.split()[0].lower() for w in nums.get(table, {}) if w.split())
    return {w for w in firsts if not w[0].isdigit()}  # digits have their own rule


# word lists whose words only come before the word an expression needs
_PREFIXES: Final = (
    "prepositions", "since", "date_words", "qualifiers", "duration_modifiers", "clock_modifiers",
    "period_before", "set_before", "window_before", "window_next_before", "weekday_last_before",
    "weekday_next_before", "season_modifiers", "month_relative", "duration_counts", "set_article",
    "decade_before")
_ANCHORS: Final = (
    "holidays", "spoken_centuries", "decade_words", "plural_units", "relative_days", "relative_parts",
    "relative_ranges", "relative_periods", "reference_words",
    "unit_words", "set_words", "seasons", "period_words", "clock_named", "window_implicit",
    "duration_words", "set_counts", "year_words", "day_words", "month_words")


def _items(words: Any) -> list[str]:
    """The words or phrases of a list, or the keys of a table."""
    items = words if isinstance(words, list) else list(words) if isinstance(words, dict) else []
    return [w for w in items if isinstance(w, str)]


def _tokens(words: Any) -> set[str]:
    return {t.lower() for w in _items(words) for t in re.split(r"[\s\-]+", w) if t}


def _core(d: dict[str, Any], names: list[str]) -> set[str]:
    """Words one of which every expression holds (besides digits): names of days and
    months, units, and the distinctive words of fixed phrases ("weekend", "now"), one word of
    a phrase whose words are all such; a zone in words as its phrase ("local time")."""
    stop = set().union(*(_tokens(d.get(k, [])) for k in _PREFIXES))
    anchors = set().union(*(_tokens(d.get(k, [])) for k in _ANCHORS))
    refs = _tokens(d.get("reference_words", {})) - _tokens(d.get("prepositions", [])) - {"the"} \
        - _tokens(d.get("articles", []))
    clock = _tokens(d.get("clock_words", [])) | {w.lower() for w in d.get("clock_suffixes", [])}
    core = clock | (anchors - stop) | _tokens(d.get("unit_words", {})) \
        | _tokens(d.get("period_words", {})) | _tokens(d.get("day_words", [])) \
        | {n.lower() for n in names} | refs
    units = _tokens(d.get("unit_words", {}))
    core |= {u + s for u in units for s in d.get("set_unit_suffixes", [])}  # "tiap tahunnya"
    for phrase in d.get("anaphoric", {}):  # "that year" has its unit; "keesokan harinya" its longest word
        words = _tokens([phrase])
        if not words & core:
            core.add(max(sorted(words), key=len))
    # words of other lists may mark an expression alone ("10 waktu Jakarta")
    others = set().union(*(_tokens(v) for k, v in d.items() if k not in _CONTEXT and k not in _PHRASES
                           and k not in _PREFIXES and k not in _BESIDE_CORE))
    # a zone in words after a bare number ("5 local time"): the whole phrase is the core
    zones = {" ".join(z.lower().split()) for z in d.get("zone_words", [])}
    return core - _marked_elsewhere(d, core, clock | others | {n.lower() for n in names}) | zones


# lists whose words stand in an expression only beside a core word: "three times a week"
# (the unit), "10:00 Jakarta time" (the clock time), "decades-long", "the fourth quarter", "Senin
# yang akan datang", "24 jam terakhir", "two days ago", "17 Mei lalu", "bulan Maret tahun yang
# sama"; or in none ("later" as a qualifier after publication is read from the qualifiers)
_BESIDE_CORE: Final = ("set_times", "zone_place_after", "zone_words", "unit_adjectives", "period_ordinals",
                "qualifiers_after_now", "weekday_last_after", "weekday_next_after", "weekday_previous_after",
                "weekday_following_after", "window_after", "window_next_after", "ago_after", "ago_anchored",
                "ago_hyphen", "approx_after", "count_more", "half_after", "first_after", "past_after",
                "future_after", "season_modifiers_after", "holiday_week_after", "month_anaphoric_after")


# lists of phrases whose words make the core words
_PHRASES: Final = (*_ANCHORS, "unit_words", "period_words", "day_words", "reference_words", "anaphoric")


def _marked_elsewhere(d: dict[str, Any], core: set[str], keep: set[str]) -> set[str]:
    """Core words that stand only in phrases with another core word ("new" of "New Year's Day",
    "these" of "these days", "some" of "some time ago"): each phrase keeps one, a word that is a
    phrase by itself if it has one, else its last; the others, grammar words all, are reached
    from it by the scan back for the start of its expression. Words of ``keep`` and parts of a
    hyphenated word ("berbulan-bulan", which that scan splits) stay."""
    phrases: list[list[str]] = []
    joined: set[str] = set()
    for key in _PHRASES:
        for w in _items(d.get(key, [])):
            phrases.append([t for t in w.lower().split() if t in core])
            joined |= _tokens([t for t in w.split() if "-" in t])
    alone = keep | joined | {p[0] for p in phrases if len(p) == 1}
    marked = alone | {p[-1] for p in phrases if p and not alone.intersection(p)}
    return {t for p in phrases for t in p} - marked
