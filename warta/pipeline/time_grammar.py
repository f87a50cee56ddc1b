"""The time-expression grammar of one language, built from its word lists.

One regular expression per language, assembled from ``lang/<code>/times.toml``
(words) and Babel's CLDR data (weekday and month names); the same named groups
for every language, so one resolver (``time_resolve``) reads them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from babel import Locale

from warta.lang import Lang
from warta.pipeline.numbers import norm, number_pattern, words_pattern
from warta.pipeline.time_branches import optional_as_branch
from warta.pipeline.time_scan import (
    NEVER,
    core_pattern,
    lead_words,
    lower_core_pattern,
    never_first,
)

YEAR: Final = r"(?:19|20)\d{2}(?!\d)"
# a day of the month, not "56" in "aged 56 October 6" nor "1" of "January 1,200 people"
DAY: Final = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?![.,]\d{3}(?!\d))"
OLD_YEAR: Final = r"1[5-8]\d{2}(?!\d)"  # a year only after a preposition: "in 1898"


@dataclass(slots=True, eq=False)
class Grammar:
    regex: re.Pattern[str]
    core: re.Pattern[str]  # a word every expression holds: a digit, a month, a unit, "now"...
    core_lower: re.Pattern[str] | None  # the same for the text in lower case (wherever ``core`` matches)
    lead_words: frozenset[str]  # words that may stand in an expression before its core word
    never_first: frozenset[str]  # ... of those, the ones no expression begins with ("of", "her")
    lead_in: re.Pattern[str]  # a preposition or "since" word before an expression
    future: re.Pattern[str]
    blockers: re.Pattern[str]
    deadline: re.Pattern[str]  # right before an expression, a deadline ("until", "paling lambat")
    start: re.Pattern[str]  # right before an expression, a start of either tense ("mulai berlaku pada")
    day_before: re.Pattern[str]  # a bare day joined before a date: "24 dan | 25 April"
    day_after: re.Pattern[str]  # ... or after it, before punctuation: "April 24 | and 25."
    joiner: re.Pattern[str]  # between two joined dates: " hingga ", " to ", "-"
    range_joiner: re.Pattern[str]  # between two dates that are one range: " to ", " hingga ", "-"
    later: re.Pattern[str]  # right after a length, a word that counts it on from the story's day
    later_anchored: re.Pattern[str]  # ... or one that counts it from what follows ("after the", "setelah")
    range_opener: re.Pattern[str]  # right before the first of a range's dates: "between "
    range_moved: re.Pattern[str]  # a verb of moving a date: "postponed from X to Y" is two dates, no range
    opened_joiner: re.Pattern[str]  # between a range's dates after its opener: " and "
    length_joiner: re.Pattern[str]  # between two lengths that are one: " ", " and "
    past: re.Pattern[str]
    has_past_suffix: bool  # the language marks a past tense by an ending ("-ed")
    past_word: re.Pattern[str]  # a past-tense cue from the list (not only by its ending)
    not_past: re.Pattern[str]  # words with a past-tense ending that are none ("indeed")
    attributive: re.Pattern[str]  # right before a word in -ed that is an adjective, not a verb
    passive: re.Pattern[str]  # right before a participle that is no past ("will be held")
    undone: re.Pattern[str]  # right before a future cue that makes it a plan of the past ("had been due")
    infinitive: re.Pattern[str]
    relativizer: re.Pattern[str]  # before a future cue that describes a noun: "yang", "which"
    year_before: re.Pattern[str]
    year_after: re.Pattern[str]  # a joiner and another year after a bare year: "2015 hingga 2022"
    ordinal_units: frozenset[str]  # "a second" before a noun is an ordinal ("a second attempt")
    unit_followers: frozenset[str]  # ... but a unit before these ("a second later")
    qualified_only: frozenset[str]  # duration words that are a time only with a qualifier ("akhir tahun")
    current_periods: frozenset[str]  # duration words that name this year unless a length is meant
    period_end: re.Pattern[str]  # after one of them, its end follows: "the year ended March 31"
    span_preps: frozenset[str]  # before one of them, a length is meant: "throughout the year"
    possessive: re.Pattern[str]  # right after a date, it names a thing of that date: "last year's war"
    articles: frozenset[str]  # left out of a span before a hyphenated duration ("the 90-day truce")
    plurals: frozenset[str]  # plural unit words ("years"): some of the unit, not one
    plural_after: re.Pattern[str]  # after a bare plural unit, a word that makes it a length ("hours later")
    ago_anaphoric: re.Pattern[str]  # ending an "ago" expression, a word that counts from the story's day
    utc_zones: frozenset[str]  # zones written "Z" in a TIMEX3 value
    not_refs: re.Pattern[str]  # phrases in which a reference word ("soon") is none
    narrative_refs: frozenset[str]  # reference words that count from the story's time in a past clause
    modal_refs: dict[str, str]  # after a modal, a duration that is a reference ("will one day")
    modal: re.Pattern[str]  # right before such a duration, a modal verb
    modal_word: re.Pattern[str]  # a modal verb anywhere ("said talks would resume soon": not narrated)
    behind: re.Pattern[str]  # at the end of an expression, a word that puts it in the past ("Mei lalu")
    day_shift: re.Pattern[str]  # right before a day, a shift from it ("the day before", "sehari setelah")
    day_shifts: dict[str, int]
    day_count_shift: re.Pattern[str]  # a counted shift right before a day: "H-7 Lebaran" (groups sign, n)
    discourse_refs: frozenset[str]  # reference words that are none opening a sentence before a comma
    month_determiner: re.Pattern[str]  # right before a month name that is also a common word
    age: re.Pattern[str]
    fraction: re.Pattern[str]
    rate_articles: frozenset[str]
    rate_before: re.Pattern[str]
    rate_units: frozenset[str]  # units whose rate after an amount is a set of times ("$5 a day")
    age_before: re.Pattern[str]
    weekdays: dict[str, int]
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    ambiguous_seasons: frozenset[str]
    rel_days: dict[str, int]
    rel_parts: dict[str, tuple[int, str]]
    rel_ranges: dict[str, tuple[int, str]]
    rel_periods: dict[str, tuple[str, int]]
    anaphors: dict[str, tuple[str, int, str]]  # "that year", "that night": from the latest date named
    year_rel: dict[str, int]
    month_rel: dict[str, int]
    month_ana: dict[str, int]  # "the following March", "Maret berikutnya": from the latest date named
    holidays: dict[str, str]
    period_offsets: dict[str, int]
    holiday_days: tuple[str, ...]
    holiday_name_before: re.Pattern[str]  # before a holiday, a word making it a name ("Pulau Natal")
    holiday_name_after: re.Pattern[str]  # ... or right after it ("Easter Island")
    units: dict[str, str]
    unit_codes: dict[str, tuple[str, int]]
    implicit: dict[str, tuple[str, int]]
    counts: dict[str, str]
    dur_words: dict[str, tuple[str, str]]
    set_words: dict[str, tuple[str, int]]
    set_counts: dict[str, int]
    refs: dict[str, str]
    qualifiers: dict[str, str]
    before_now: frozenset[str]  # "earlier this month": the period up to publication
    after_now: frozenset[str]  # "later this year": the period from publication
    parts: dict[str, str]
    named_clock: dict[str, int]
    period_words: dict[str, str]
    ordinals: dict[str, int]
    seasons: dict[str, str]
    season_months: dict[str, tuple[int, int]]
    season_mods: dict[str, int]
    decade_words: dict[str, int]  # "nineties" -> 9
    dmy: bool
    nearest: bool
    near_days: int  # a yearless day-and-month at most this far ahead may be nearer than last year's
    near_months: int  # a yearless month fewer months ahead than this is nearer than last year's
    quotes: tuple[tuple[str, str], ...]
    lang: Lang


def i(words: list[str] | dict[str, Any]) -> str:
    """A case-insensitive alternation of ``words`` (never matches when empty)."""
    return rf"(?i:{words_pattern(words)})" if words else NEVER


def _opt(words: list[str] | dict[str, Any], group: str = "", after: str = r"\s+") -> str:
    """An optional ``words`` followed by ``after``, captured as ``group`` if given."""
    if not words:
        return f"(?P<{group}>{NEVER})?" if group else ""
    body = f"(?P<{group}>{i(words)})" if group else i(words)
    return rf"(?:{body}{after})?"


@cache
def grammar(lang: Lang) -> Grammar:
    d = lang.data("times")
    loc = Locale.parse(lang.babel_locale)
    weekdays = {n: k for k, n in loc.days["format"]["wide"].items()}
    weekdays.update({k: int(v) for k, v in d.get("extra_weekdays", {}).items()})
    full = {n: k for k, n in loc.months["format"]["wide"].items()}
    full.update({k: int(v) for k, v in d.get("extra_months", {}).items()})
    abbr = {n.rstrip("."): k for k, n in loc.months["format"]["abbreviated"].items()}
    abbr.update({k: int(v) for k, v in d.get("extra_month_abbreviations", {}).items()})
    months = {**abbr, **full}
    leads = lead_words(d, lang, [*weekdays, *months])
    return Grammar(
        regex=re.compile(optional_as_branch(_pattern(d, lang, weekdays, months, full))),
        core=re.compile(core_pattern(d, [*weekdays, *months], list(weekdays))),
        core_lower=_compiled(lower_core_pattern(d, [*weekdays, *months], list(weekdays))),
        lead_words=leads,
        never_first=never_first(d, lang, [*weekdays, *months], leads),
        lead_in=re.compile(rf"(?<!\w)(?:{i(d.get('since', []))}\s+(?:{i(d.get('prepositions', []))}\s+)?"
                           rf"|{i(d.get('prepositions', []))}\s+)"),
        future=re.compile(rf"(?<!\w){i(d.get('future_cues', []))}(?!\w)"),
        blockers=re.compile(rf"(?<!\w){i(d.get('future_blockers', []))}(?!\w)"),
        relativizer=re.compile(rf"(?<!\w){i(d.get('relativizers', []))}(?!\w)"),
        deadline=re.compile(rf"(?<!\w){i(d.get('deadline_before', []))}\s+$"),
        start=re.compile(rf"(?<!\w){i(d.get('start_before', []))}\s+$"),
        day_before=re.compile(rf"(?<![\w.,/:-])(?P<day>{DAY})\s+{i(d.get('day_joiners', []))}\s+$"),
        length_joiner=re.compile(rf"\s+(?:{i(d['length_joiners'])}\s+)?" if d.get("length_joiners")
                                 else r"\s+"),
        joiner=re.compile(rf"\s*(?:{i(d.get('day_joiners', []))}|[-–])\s*"),
        range_joiner=re.compile(rf"\s*(?:{i(d.get('range_joiners', []))}|[-–])\s*"),
        later=re.compile(rf"\s+{i(d.get('later_after', []))}(?!\w)"),
        # "a day after the raid,", "sehari setelah kejadian itu.": a noun that ends its phrase, no clause
        later_anchored=re.compile(rf"\s+{i(d.get('later_anchored', []))}\s+(?:{i(d.get('articles', []))}\s+)?"
                                  rf"(?P<word>[a-z]+)(?:\s+{i(d.get('later_demonstratives', []))})?"
                                  r"(?=\s*[,.;:]|\s*$)"),
        range_opener=re.compile(rf"(?<!\w){i(d.get('range_openers', []))}\s+$"),
        range_moved=re.compile(rf"(?<!\w){i(d.get('range_moved', []))}(?!\w)"),
        opened_joiner=re.compile(rf"\s+{i(d.get('range_opener_joiners', []))}\s+"),
        day_after=re.compile(rf"\s+{i(d.get('day_joiners', []))}\s+(?P<day>{DAY})(?=\s*(?:[,.;:)]|$))"),
        # a word of year_before not glued to a word before it, but "'s" is: "the company's 1989 results"
        year_after=re.compile(rf"\s+{i(d.get('year_joiners', []))}\s+{YEAR}"),
        year_before=re.compile(rf"(?:(?:(?<!\w)|(?=['’])){i(d.get('year_before', []))}|{YEAR}\s*(?:[,\-–]|"
                               rf"{i(d.get('year_joiners', []))}))\s*$"),
        ordinal_units=frozenset(norm(w) for w in d.get("ordinal_units", [])),
        unit_followers=frozenset(norm(w) for w in d.get("unit_followers", [])),
        qualified_only=frozenset(norm(w) for w in d.get("qualified_only", [])),
        current_periods=frozenset(norm(w) for w in d.get("current_periods", [])),
        period_end=re.compile(rf"\s+{i(d.get('period_end_words', []))}(?!\w)"),
        span_preps=frozenset(norm(w) for w in d.get("span_prepositions", [])),
        possessive=re.compile(words_pattern(d["possessive"]) if d.get("possessive") else NEVER),
        articles=frozenset(norm(w) for w in d.get("articles", [])),
        plurals=frozenset(norm(w) for w in d.get("plural_units", [])),
        ago_anaphoric=re.compile(rf"(?<!\w){i(d.get('ago_anaphoric', []))}$"),
        plural_after=re.compile(rf"[ \t]+{i(d.get('plural_followers', []))}(?!\w)"),
        utc_zones=frozenset(norm(w) for w in d.get("utc_zones", [])),
        not_refs=re.compile(rf"(?<!\w){i(d.get('not_references', []))}(?!\w)"),
        narrative_refs=frozenset(norm(w) for w in d.get("narrative_references", [])),
        modal_refs={norm(k): str(v) for k, v in d.get("modal_references", {}).items()},
        modal=re.compile(rf"(?<!\w){i(d.get('modals', []))}\s+$"),
        modal_word=re.compile(rf"(?<!\w){i(d.get('modals', []))}(?!\w)"),
        behind=re.compile(rf"\s{i(d.get('past_after', []))}$"),
        day_shift=re.compile(rf"(?<!\w)(?P<shift>{i(d.get('day_shifts', {}))})\s+$"),
        day_shifts={norm(k): int(v) for k, v in d.get("day_shifts", {}).items()},
        day_count_shift=re.compile(rf"(?<!\w)(?P<shift>{d['day_count_shift']})\s+$"
                                   if d.get("day_count_shift") else NEVER),
        discourse_refs=frozenset(norm(w) for w in d.get("discourse_references", [])),
        month_determiner=re.compile(rf"(?<!\w){i(d.get('month_determiners', []))}\s+$"),
        rate_articles=frozenset(norm(w) for w in d.get("set_article", [])),
        rate_before=re.compile(d.get("rate_before") or NEVER),
        rate_units=frozenset(d.get("rate_units", [])),
        fraction=re.compile(rf"\s+{i(d.get('fraction_after', []))}(?!\w)"),
        age=re.compile(rf"(?:-|\s+){i(d.get('age_after', []))}(?!\w)"),
        age_before=re.compile(rf"(?<!\w){i(d.get('age_before', []))}\s+$"),
        infinitive=re.compile(rf"(?<!\w){i(d.get('infinitive_markers', []))}(?!\w)"
                              + (rf"(?!\s+{i(d['noun_openers'])}(?!\w))" if d.get("noun_openers") else "")),
        past=re.compile(rf"(?<!\w)(?:{i(d.get('past_cues', []))}|\w+{i(d.get('past_suffixes', []))})(?!\w)"),
        has_past_suffix=bool(d.get("past_suffixes")),
        past_word=re.compile(i(d.get("past_cues", []))),
        not_past=re.compile(i(d.get("not_past", []))),
        attributive=re.compile(rf"(?<!\w){i(d.get('attributive_before', []))}\s+$"),
        passive=re.compile(rf"(?<!\w){i(d.get('passive_auxiliaries', []))}\s+$"),
        undone=re.compile(rf"(?<!\w){i(d.get('future_undone', []))}\s+$"),
        weekdays=weekdays, months=months,
        ambiguous_months=frozenset(d.get("ambiguous_months", [])),
        ambiguous_seasons=frozenset(norm(x) for x in d.get("ambiguous_seasons", [])),
        rel_days={norm(k): int(v) for k, v in d.get("relative_days", {}).items()},
        rel_parts={norm(k): (int(v[0]), str(v[1])) for k, v in d.get("relative_parts", {}).items()},
        rel_ranges={norm(k): (int(v[0]), str(v[1])) for k, v in d.get("relative_ranges", {}).items()},
        rel_periods={norm(k): (v[0], int(v[1])) for k, v in d.get("relative_periods", {}).items()},
        anaphors={norm(k): (v[0], int(v[1]), str(v[2]) if len(v) > 2 else "")
                  for k, v in d.get("anaphoric", {}).items()},
        year_rel={norm(k): int(v) for k, v in d.get("year_relative", {}).items()},
        month_rel={norm(k): int(v) for k, v in d.get("month_relative", {}).items()},
        month_ana={norm(k): int(v) for key in ("month_anaphoric_before", "month_anaphoric_after")
                   for k, v in d.get(key, {}).items()},
        holidays={norm(k): str(v) for k, v in d.get("holidays", {}).items()},
        period_offsets={norm(k): int(v) for k, v in d.get("period_year_offsets", {}).items()},
        holiday_name_before=re.compile(rf"(?<!\w){i(d.get('holiday_name_before', []))}\s+$"),
        holiday_name_after=re.compile(rf"\s+{i(d.get('holiday_name_after', []))}(?!\w)"),
        holiday_days=tuple(d.get("holiday_weekdays", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])),
        units={norm(k): v for k, v in d.get("unit_words", {}).items()},
        unit_codes={k: (v[0], int(v[1])) for k, v in d.get("unit_codes", {}).items()},
        implicit={norm(k): (v[0], int(v[1])) for k, v in d.get("window_implicit", {}).items()},
        counts={norm(k): str(v) for k, v in d.get("duration_counts", {}).items()},
        dur_words={norm(k): (v[0], str(v[1])) for k, v in d.get("duration_words", {}).items()},
        set_words={norm(k): (v[0], int(v[1])) for k, v in d.get("set_words", {}).items()},
        set_counts={norm(k): int(v) for k, v in d.get("set_counts", {}).items()},
        refs={norm(k): v for k, v in d.get("reference_words", {}).items()},
        qualifiers={norm(k): v for k, v in d.get("qualifiers", {}).items()},
        before_now=frozenset(norm(k) for k in d.get("qualifiers_before_now", [])),
        after_now=frozenset(norm(k) for k in d.get("qualifiers_after_now", [])),
        parts={norm(k): v for k, v in d.get("parts_of_day", {}).items()},
        named_clock={norm(k): int(v) for k, v in d.get("clock_named", {}).items()},
        period_words={norm(k): v for k, v in d.get("period_words", {}).items()},
        ordinals={norm(k): int(v) for k, v in d.get("period_ordinals", {}).items()},
        seasons={norm(k): v for k, v in d.get("seasons", {}).items()},
        season_months={k: (int(v[0]), int(v[1])) for k, v in d.get("season_months", {}).items()},
        season_mods={norm(k): int(v) for k, v in {**d.get("season_modifiers", {}),
                                                  **d.get("season_modifiers_after", {})}.items()},
        decade_words={norm(k): int(v) for k, v in d.get("decade_words", {}).items()},
        dmy=d.get("numeric_date_order", "dmy") == "dmy",
        nearest=d.get("undated", "past") == "nearest",
        near_days=int(d.get("near_days", 90)),
        near_months=int(d.get("near_months", 4)),
        quotes=tuple((q[0], q[1]) for q in d.get("quote_pairs", [])),
        lang=lang,
    )


def _pattern(d: dict[str, Any], lang: Lang, weekdays: dict[str, int], months: dict[str, int],
             full: dict[str, int]) -> str:
    wd, mfull, mall = (words_pattern(x) for x in (weekdays, full, months))
    num = rf"(?i:{number_pattern(lang)})"
    dayw = _opt(d.get("day_words", []))
    monw = _opt(d.get("month_words", []))
    yearw = rf"(?:{i(d['year_words'])}\s+)" if d.get("year_words") else NEVER
    yrel = i(d.get("year_relative", {}))
    pod = i(d.get("parts_of_day", {}))
    units = i(d.get("unit_words", {}))
    implicit = i(d.get("window_implicit", {}))
    counts = rf"(?:{num}|{i(d.get('duration_counts', {}))})"
    rel = {**d.get("relative_days", {}), **d.get("relative_ranges", {}), **d.get("relative_periods", {})}
    weeks = [k for k, v in d.get("relative_periods", {}).items() if v[0] == "week"]
    mrels = [k for k, v in d.get("relative_periods", {}).items() if v[0] == "month"]
    last_before = _alts([("wdlb", d.get("weekday_last_before")), ("wdnb", d.get("weekday_next_before")),
                         ("wdpb", d.get("weekday_previous_before")),
                         ("wdfb", d.get("weekday_following_before"))], before=True)
    last_after = _alts([("wdla", d.get("weekday_last_after")), ("wdna", d.get("weekday_next_after")),
                        ("wdpa", d.get("weekday_previous_after")),
                        ("wdfa", d.get("weekday_following_after"))], before=False)
    # "17 Mei lalu", "17 Agustus mendatang": kept in the span (a future one makes it future)
    after_words = d.get("past_after", []) + d.get("future_after", [])
    past = rf"(?:\s+{i(after_words)}(?!\w))?" if after_words else ""
    # a qualifier, unless it opens a fixed phrase of its own ("akhir pekan lalu": the weekend)
    quals = {norm(q) for q in d.get("qualifiers", {})}
    own = [k for k in {**d.get("relative_periods", {}), **d.get("relative_days", {})}
           if len(k.split()) > 1 and any(norm(k).startswith(q + " ") for q in quals)]
    not_own = rf"(?!{i(own)}(?!\w))" if own else ""
    qual = rf"(?:{not_own}(?P<qual>{i(d.get('qualifiers', {}))})(?:\s+|(?<=-)))?"
    drange = r"(?:\s*[-–]\s*(?P<{0}>\d{{1,2}}))?"
    # windows back ("the past five months", "24 jam terakhir") and forward
    # ... a plural unit with no count before the word after it: "tahun-tahun mendatang" (some years)
    plur = i(d['plural_units']) if d.get("plural_units") else NEVER
    win = [rf"{i(d.get('window_before', []))}\s+(?:(?P<wn1>{counts})\s+)?(?P<wu1>{units})",
           rf"(?:(?P<wn2>{counts})\s+(?P<wu2>{units})|(?P<wi>{implicit})|(?P<wu3>{plur}))"
           rf"\s+{i(d.get('window_after', []))}"]
    nxt = [rf"{i(d.get('window_next_before', []))}\s+(?:(?P<xn1>{counts})\s+)?(?P<xu1>{units})",
           rf"(?:(?P<xn2>{counts})\s+(?P<xu2>{units})|(?P<xi>{implicit})|(?P<xu3>{plur}))"
           rf"\s+{i(d.get('window_next_after', []))}"]
    ago_h = rf"|(?P<agh>(?P<aghu>{units})-{i(d.get('ago_hyphen', []))})"
    # "ten days before the vote": a length before what it is counted from, not a date
    anchored = d.get("ago_anchored", [])
    ago_w = rf"(?:{i([w for w in d.get('ago_after', []) if w not in anchored])}|{i(anchored)}(?![ \t]+\w))"
    approx = rf"(?:\s+{i(d['approx_after'])}(?!\w))?" if d.get("approx_after") else ""  # "a week or so"
    ago = (rf"(?P<ago>{_opt(d.get('duration_modifiers', []))}"
           rf"(?:(?P<agn>{counts})(?:\s+|-)(?P<agu>{units}){approx}|(?P<agi>{implicit}))"
           rf"\s+{ago_w}(?!\w){ago_h})")
    dur = (rf"(?P<dur>{_opt(d.get('first_before', []), 'dfb')}{_opt(d.get('duration_modifiers', []), 'dmod')}"
           rf"(?:(?:(?P<dmul>\d{{1,2}})\s*{i(d.get('count_multipliers', []))}\s*(?=\d))?"  # "2 x 24 jam"
           rf"(?P<dn>{counts})(?:\s*(?P<dhalf>{i(d.get('half_words', []))}))?"
           rf"(?:\s+{i(d.get('count_more', []))})?(?:\s+|-)(?P<du>{units})"
           rf"(?:\s+(?P<dhalf2>{i(d.get('half_after', []))})(?!\w))?{approx}"
           # "the first three months | of 2024", "tiga bulan pertama | tahun 2024": from that year's start
           rf"(?:\s+(?P<dfirst>{i(d.get('first_after', []))}))?"
           rf"(?:(?(dfb)|(?(dfirst)|(?!x)x))"
           rf"(?=\s+(?:{i(d.get('period_year_joiners', []))}\s+)?(?P<dofy>{YEAR})))?"
           rf"|(?P<di>{implicit})"
           rf"|(?P<dw>{i(d.get('duration_words', {}))})"
           rf"|(?P<dlu>{units})-{i(d.get('unit_adjectives', []))}"  # "decades-long", "day-long"
           rf"|(?P<dpl>{i(d.get('plural_units', []))})))")
    # "sekali", but not "sekali lagi" (once more)
    once = rf"{i(d.get('set_after', []))}"
    if d.get("set_after_not"):
        once += rf"(?!\s+{i(d['set_after_not'])}(?!\w))"
    usuf = _opt(d.get("set_unit_suffixes", []), after="")  # "tiap tahunnya"
    setp = (rf"(?P<set>(?P<sb>{i(d.get('set_before', []))})\s+"
            rf"(?:{dayw}(?P<swd>{wd})(?:\s+(?P<swpod>{pod})(?!\w))?|{monw}(?P<smo>{mfull})(?!\w)"
            rf"|(?P<spod>{pod})(?!\w)|(?:(?P<sn>{num})\s+)?(?P<su>{units}){usuf})"
            rf"|(?P<sw>{i(d.get('set_words', {}))})"
            rf"|(?:(?P<sc>{i(d.get('set_counts', {}))})|(?P<sn2>{num})\s+{i(d.get('set_times', []))})\s+"
            rf"(?:{i(d.get('set_article', []))}\s+(?P<su2>{units})|(?P<si>{implicit}))"
            rf"|(?P<si2>{implicit})\s+{once}"  # "setahun sekali": once a year
            rf"|(?P<sn3>{num})\s+(?P<su3>{units})\s+{once})")  # "lima tahun sekali"
    zones = [rf"{i(d.get('time_zones', []))}", i(d.get("zone_words", []))]
    if d.get("zone_place_after"):
        zones.append(rf"[A-Z][a-z]+\s+{i(d['zone_place_after'])}")
    if d.get("zone_place_before"):
        zones.append(rf"{i(d['zone_place_before'])}\s+[A-Z][a-z]+")
    suffix = i(d.get("clock_suffixes", []))
    clk = (rf"(?P<clk>{_opt(d.get('clock_modifiers', []), 'cmod')}{_opt(d.get('clock_words', []), 'cw')}"
           rf"(?:(?P<ch>\d{{1,2}})(?:(?P<ccolon>:)|\.)(?P<cm>[0-5]\d)(?![\d.,]\d)"
           rf"|(?P<ch2>\d{{1,2}})(?![\d:.,/]\d)|(?P<cnm>{i(d.get('clock_named', {}))})"
           # "2050 GMT": hours and minutes in four digits, only before a zone
           rf"|(?P<chh>[01]\d|2[0-3])(?P<chm>[0-5]\d)(?=\s*(?:{'|'.join(zones)})(?!\w)))"
           rf"(?:\s*(?P<cap>{suffix})(?!\w))?(?:\s+(?P<cpod>{pod})(?!\w))?"
           rf"(?:\s*(?P<zone>{'|'.join(zones)})(?!\w))?"
           # a bare number is a clock time only with a clock word, suffix, zone or part of day
           r"(?(cw)|(?(cap)|(?(zone)|(?(cpod)|(?(ccolon)|(?(cnm)|(?!x)x)))))))")
    ords = i(d.get("period_ordinals", {}))
    pwords = i(d.get("period_words", {}))
    # "kuartal I 2024", "kuartal I/2024", "kuartal I-2024"
    # ... or a year relative to publication: "kuartal III tahun lalu", "the third quarter of last year"
    pjoin = rf"(?:{i(d.get('period_year_joiners', []))}\s+)?"
    pyear = rf"(?:(?:\s+{pjoin}|[/-])(?P<qy2>{YEAR})|\s+{pjoin}(?P<qyr>{yrel})(?!\w))?"
    if d.get("quarter_order", "ordinal_first") == "ordinal_first":
        qtr = (rf"{_opt(d.get('period_before', []))}{_opt(d.get('period_year_offsets', {}), 'qoff')}"
               rf"(?:(?P<qy1>{YEAR})\s+)?(?:fiscal[\s-]+)?"
               rf"(?:(?P<qo>{ords})[\s-]+)?(?(qo)|(?(qy1)|(?!x)x))(?P<qu>{pwords})(?!\w){pyear}")
    else:
        qtr = rf"(?P<qoff>{NEVER})?(?P<qu>{pwords})\s+(?:ke-?)?(?P<qo>{ords})(?!\w)(?P<qy1>{NEVER})?{pyear}"
    qtr = rf"(?P<qtr>{qtr}|Q(?P<qn>[1-4])(?:\s+(?P<qy3>{YEAR}))?)"
    after = i(d.get("season_modifiers_after", {}))
    # a year in words after a month or season: "January nineteen ninety-seven"
    spoken = (rf"(?:{i(d['spoken_centuries'])})[\s-]+(?:{num})(?![\w-])" if d.get("spoken_centuries")
              else NEVER)
    season = (rf"(?P<sea>{_opt(d.get('season_modifiers', {}), 'seamod')}"
              rf"(?P<sean>{i(d.get('seasons', {}))})(?!\w)"
              rf"(?:\s+(?:of\s+)?(?P<seay>{YEAR}|{spoken})|\s+(?P<seamod2>{after})(?!\w))?)")
    # centuries by their ordinal: "the 20th century", "abad ke-21"
    cen = (rf"(?P<cen>{_opt(d.get('decade_before', []))}"
           rf"(?:(?P<cenb>{i(d.get('century_before', []))})\s*(?P<cenn>[1-9]|1\d|2[01])(?!\d)"
           rf"|(?P<cenn2>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+{i(d.get('century_after', []))}(?!\w)))")
    dsuf = words_pattern(d.get("decade_suffixes", ["s"]))
    # "the 1990s"; a decade in two digits after its mark ("the '80s", "era 90-an"); in words after
    # a decade word ("the nineties", "tahun delapan puluhan")
    dec = (rf"(?P<dec>{_opt(d.get('decade_before', []), 'decb')}(?:(?P<decy>(?:19|20)\d)0(?:{dsuf})"
           rf"|(?P<decc>1[0-8])00(?:{dsuf})"  # "the 1800s", "tahun 1800-an": that century
           rf"|{i(d.get('short_decade_before', []))}\s*(?P<decd>\d)0(?:{dsuf})"
           rf"|(?(decb)(?P<decw>{i(d.get('decade_words', {}))})|(?!x)x))(?!\w))")
    alts = [
        clk,
        rf"(?P<iso>(?P<iy>{YEAR})-(?P<im>[01]\d)-(?P<idd>[0-3]\d))(?!\d)",
        rf"(?P<dmy>(?:{dayw}(?P<wd1>{wd}),?\s*\(?\s*)?(?P<d1>{DAY}){drange.format('d1b')}\s+{monw}"
        rf"(?P<m1>{mall})\.?(?!\w)(?:\s+(?P<y1>{YEAR})|\s+(?P<yr1>{yrel})(?!\w)|{past})?\)?)",
        rf"(?P<mdy>(?:{dayw}(?P<wd2>{wd}),?\s+)?(?P<m2>{mall})(?:\.\s*|\s+)(?P<d2>{DAY})(?:st|nd|rd|th)?"
        rf"(?!\d|:\d|\.\d){drange.format('d2b')}(?:\s?,?\s+(?P<y2>{YEAR})|\s+(?P<yr2>{yrel})(?!\w))?)",
        rf"(?P<num>(?:{dayw}(?P<wd3>{wd}),?\s*)?\(\s*(?P<n1>\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\s*\)"
        rf"(?:\s+(?P<npod>{pod})(?!\w))?"
        rf"|(?<![\d/])(?P<n2>\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}}))(?![\d/])"
        rf"|(?<![\d-])(?P<n3>\d{{1,2}}-\d{{1,2}}-\d{{4}})(?![\d-]))",  # "17-08-2024"
        rf"(?P<my>{monw}(?P<m3>{mfull})\s+(?P<y3>{YEAR}|{spoken}))",
        # a day of the month after a date word: "tanggal 5", "tanggal 12 bulan lalu"
        rf"(?(dw0)(?P<dom>(?P<domd>{DAY})(?!\s*[-–/.:]\s*\d)(?:\s+(?P<domrel>{i(mrels)})(?!\w))?)(?!\w)"
        r"|(?!x)x)",
        qtr, dec, cen,
        # a year, or two joined by a dash: "2019-2024", "2023-24"
        rf"(?P<yr>(?P<yw>{yearw})?(?P<y4>{YEAR}|{OLD_YEAR})(?:[-–](?P<y4b>(?:19|20)?\d\d)(?!\d))?"
        rf"(?![\w/-]|[.,]\d))",
        # years in words: "nineteen ninety-six", "the year two thousand"
        rf"(?P<sy>(?P<syc>{i(d.get('spoken_centuries', []))})[\s-]+(?P<syr>{num})(?![\w-])"
        rf"|{yearw}(?P<syn>{num})(?![\w-]))",
        ago,
        rf"(?P<hol>{_opt(d.get('month_relative', {}), 'hrel')}(?P<holn>{i(d.get('holidays', {}))})"
        rf"(?:\s+(?P<holw>{i(d.get('holiday_week_after', []))})|\s+(?P<holy>{YEAR}))?)(?!\w)",
        # "bulan yang sama tahun lalu", "the same month last year": that month or day in another year
        rf"(?P<ana>{i(d.get('anaphoric', {}))})(?!\w)(?:\s+(?P<anayr>{yrel})(?!\w))?",
        rf"(?P<rpart>{i(d.get('relative_parts', {}))})(?!\w)",
        rf"(?P<rel>{i(rel)})(?!\w)(?:\s+(?P<rpod>{pod})(?!\w))?",
        # weekdays in the plural, a set: "on Tuesdays", "Tuesday nights"
        rf"(?P<wset>(?P<wsd>{wd})(?:\s+(?P<wspod>{pod}))?{i(d.get('plural_suffixes', []))}(?!\w))",
        # "Monday of last week", "Senin pekan lalu": that weekday in that week
        rf"(?P<wd>{last_before}{dayw}(?P<wd5>{wd})(?!\w)(?:\s+(?P<wpod>{pod})(?!\w))?"
        rf"(?:\s+{_opt(d.get('weekday_week_joiners', []))}(?P<wdwk>{i(weeks)})(?!\w)|{last_after}))",
        season,
        rf"(?P<mon>{_opt(d.get('month_relative', {}), 'mrel')}"
        rf"{_opt(d.get('month_anaphoric_before', {}), 'mana')}{monw}(?P<m5>{mfull})(?!\w)"
        rf"(?:\s+(?P<mana2>{i(d.get('month_anaphoric_after', {})) or NEVER})(?!\w)"
        rf"|\s+(?P<yr5>{yrel})(?!\w)|{past}))",
        # a part of the day with a modifier: "mid-afternoon", "late morning yesterday"
        rf"(?(qual)(?P<qpod>{pod})(?!\w)(?:\s+(?P<qprel>{i(d.get('relative_days', {}))})(?!\w))?"
        rf"|(?P<apod>{i(d['parts_alone']) if d.get('parts_alone') else NEVER})(?!\w))",  # "pada sore hari"
        rf"(?P<win>{'|'.join(win)})(?!\w)",
        rf"(?P<nxt>{'|'.join(nxt)})(?!\w)",
        rf"{setp}(?!\w)",
        rf"{dur}(?![\w-])",
        rf"(?P<ref>{i(d.get('reference_words', {}))})(?![\w-])",  # not "now-defunct"
    ]
    return (
        rf"(?<!\w)(?:(?P<since>{i(d.get('since', []))})\s+(?:{i(d.get('prepositions', []))}\s+)?"
        rf"|(?P<prep>{i(d.get('prepositions', []))})\s+)?"
        rf"(?P<body>{_opt(d.get('week_of', []), 'wkof')}{_opt(d.get('date_words', []), 'dw0')}{qual}"
        rf"(?:{'|'.join(alts)}))"
    )


def _compiled(pattern: str | None) -> re.Pattern[str] | None:
    return None if pattern is None else re.compile(pattern)


def _alts(parts: list[tuple[str, list[str] | None]], before: bool) -> str:
    """Optional weekday modifiers ("last Friday", "Jumat lalu") as named groups."""
    body = "|".join(rf"(?P<{name}>{i(words)})" if words else f"(?P<{name}>{NEVER})" for name, words in parts)
    return rf"(?:(?:{body})\s+)?" if before else rf"(?:\s+(?:{body})(?!\w))?"
