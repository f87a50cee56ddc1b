"""Language identification per document, among the languages warta has data for.

py3langid first names the language among all it knows; if that is neither a
language with data nor one listed as confusable with it (``also_detected_as``
in ``meta.toml``, e.g. Malay for Indonesian), the article is refused rather
than misread. Otherwise the choice is made among warta's languages only.
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from warta import lang as langdata
from warta.errors import LanguageError

SAMPLE_CHARS = 20_000
MIN_CONFIDENCE = 0.9
MIN_LETTERS = 20


@cache
def _identifiers() -> tuple[LanguageIdentifier, LanguageIdentifier, dict[str, str]]:
    everything = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ours = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    codes = langdata.available()
    alias = {code: code for code in codes}
    for code in codes:
        for other in langdata.load(code).meta.get("also_detected_as", []):
            alias.setdefault(other, code)
    ours.set_languages(sorted(alias))
    return everything, ours, alias


def detect(text: str) -> str:
    """The ISO 639-1 code of the article's language, or raise LanguageError."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample[:2000]) < MIN_LETTERS:
        raise LanguageError(
            "the article has too little text to tell its language",
            "pass --lang id or --lang en",
        )
    everything, ours, alias = _identifiers()
    top, confidence = everything.classify(sample)
    if top not in alias and confidence >= MIN_CONFIDENCE:
        raise LanguageError(
            f"the article looks like language {top!r}, for which warta has no data",
            f"warta reads {', '.join(langdata.available())}; pass --lang to force one",
        )
    code, _ = ours.classify(sample)
    return alias[code]
