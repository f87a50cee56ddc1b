"""What a trigger word around a list of names asks for, for every name of the list ("Douglas
and Wyandotte counties", "kabupaten Puncak, Intan Jaya dan Nduga").

Language-neutral: every word list comes from a :class:`PlaceLexicon`.
"""

from __future__ import annotations

from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_spans import Run, Tok, trigger, word_key
from warta.pipeline.spans import few_words


def list_wants(text: str, toks: list[Tok], runs: list[Run], lex: PlaceLexicon) -> dict[int, str]:
    """What a trigger word around a list of names asks for, for every name of
    the list: "Douglas and Wyandotte counties", "the Kharkiv, Sumy and
    Chernihiv regions", "kabupaten Puncak, Intan Jaya dan Nduga". Keyed by
    each run's first token."""
    out: dict[int, str] = {}
    first = 0  # the list being read: runs[first:k], each listed after the one before it
    for k in range(1, len(runs) + 1):
        if k < len(runs) and _listed(text, toks, runs[k - 1], runs[k], lex):
            continue
        if k - first > 1:
            _list_want(text, toks, runs[first:k], lex, out)
        first = k
    return out


def _listed(text: str, toks: list[Tok], a: Run, b: Run, lex: PlaceLexicon) -> bool:
    """Whether run ``b`` follows run ``a`` in a list: in one sentence, apart by a comma or
    a list's joiner alone."""
    g = a.toks[-1]
    x, y = toks[g], toks[b.toks[0]]
    if x.sent != y.sent:
        return False
    if b.toks[0] - g > 2:  # two words between, if a space or comma parts the second from the first
        c = text[toks[g + 2].start - 1]
        if c == "," or c.isspace():
            return False
    names = few_words(text, x.end, y.start, 1)
    return names is not None and (bool(names) or "," in text[x.end:y.start]) \
        and all(word_key(w) in lex.list_joiners for w in names)


def _list_want(text: str, toks: list[Tok], group: list[Run], lex: PlaceLexicon, out: dict[int, str]) -> None:
    """Put in ``out`` what a trigger word around the list of runs ``group`` asks for, for each."""
    last, first = group[-1].toks[-1], group[0].toks[0]
    between = text[toks[group[-2].toks[-1]].end:toks[group[-1].toks[0]].start].replace(",", " ").split()
    if not between:
        return  # "Van, Turkey", "Tulungagung, East Java province": apposition, no list
    want = None
    if last + 1 < len(toks) and toks[last + 1].sent == toks[last].sent and not toks[last + 1].cap:
        want = lex.triggers_after.get(toks[last + 1].key)
    if want is None:
        want, at = trigger(toks, first, first + 1, lex)
        want = want if at < first else None  # a word before the list, not after its first name
    if want is not None:
        out.update((run.toks[0], want) for run in group)
