"""Language identification per document, among the languages warta has data for.

py3langid first names the language among all it knows; if that is neither a
language with data nor one listed as confusable with it (``also_detected_as``
in ``meta.toml``, e.g. Malay for Indonesian), the article is refused rather
than misread. Otherwise the choice is made among warta's languages only.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from warta import lang as langdata
from warta.errors import LanguageError

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

SAMPLE_CHARS = 20_000
MIN_CONFIDENCE = 0.9
MIN_LETTERS = 20
SCRIPT_SAMPLE = 2000  # letters whose script is looked at
MIN_SCRIPT_SHARE = 0.5  # at least this share of them in a script warta's languages use


@cache
def _identifier() -> tuple[LanguageIdentifier, dict[str, str]]:
    """The model, loaded once, and warta's languages with their confusables
    (numpy and the model are imported here: an article in a given language needs neither)."""
    from warta.pipeline.langid_model import load_model

    model = load_model()
    codes = langdata.available()
    alias = {code: code for code in codes}
    for code in codes:
        for other in langdata.load(code).meta.get("also_detected_as", []):
            alias.setdefault(other, code)
    return model, alias


def detect(text: str) -> str:
    """The ISO 639-1 code of the article's language, or raise LanguageError.

    The sample starts at the first letter (leading emoji, digits or blank
    lines are skipped) and letters are counted over all of it. Text mostly in
    a script none of warta's languages is written in (``scripts`` in
    ``meta.toml``) is refused, however the identifier ranks it."""
    first = _LETTER_RE.search(text)
    sample = text[first.start():first.start() + SAMPLE_CHARS] if first else ""
    letters = list(filter(str.isalpha, sample))
    if len(letters) < MIN_LETTERS:
        raise LanguageError(
            "the article has too little text to tell its language",
            "pass --lang id or --lang en",
        )
    _script_check(letters)
    model, alias = _identifier()
    ranked = model.rank(sample)  # one pass over the text: every language's probability
    top, confidence = ranked[0]
    if top not in alias and confidence >= MIN_CONFIDENCE:
        raise LanguageError(
            f"the article looks like language {top!r}, for which warta has no data",
            f"warta reads {', '.join(langdata.available())}; pass --lang to force one",
        )
    code = next(lang for lang, _ in ranked if lang in alias)
    return alias[code]


_LETTER_RE = re.compile(r"[^\W\d_]")


def _script(ch: str) -> str:
    """The Unicode script of a letter, from its name ("ARABIC LETTER ALEF": ARABIC)."""
    return unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]


@cache
def _scripts() -> dict[str, list[str]]:
    """The scripts each language with data is written in."""
    return {code: [s.upper() for s in langdata.load(code).meta.get("scripts", ["Latin"])]
            for code in langdata.available()}


def _script_check(letters: list[str]) -> None:
    ours = {s for scripts in _scripts().values() for s in scripts}
    counts: Counter[str] = Counter()
    for ch, n in Counter(letters[:SCRIPT_SAMPLE]).items():  # each letter's script named once, in order
        counts[_script(ch)] += n
    inside = sum(n for name, n in counts.items() if name in ours)
    if inside < MIN_SCRIPT_SHARE * sum(counts.values()):
        main = counts.most_common(1)[0][0].title()
        raise LanguageError(
            f"the article is written mostly in {main} script, which none of warta's "
            f"languages ({', '.join(langdata.available())}) uses",
            "warta has no data for this language; pass --lang to force one",
        )
