"""Every error warta raises on purpose, with a code and a way to fix it."""

from __future__ import annotations


class WartaError(Exception):
    """An error a user can act on: ``str(err)`` is one line saying what went
    wrong and what to do."""

    code = "W000"

    def __init__(self, message: str, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message}. {hint}".strip() if hint else message)


class InputError(WartaError):
    """The article cannot be read as text."""

    code = "W100"


class LanguageError(WartaError):
    """The article is in a language warta has no data for."""

    code = "W200"


class LangDataError(WartaError):
    """A language data file is missing or malformed."""

    code = "W300"


class GazetteerError(WartaError):
    """The place index cannot be built or read."""

    code = "W400"


class StoreError(WartaError):
    """The database cannot be opened or written."""

    code = "W500"


class UnstorableError(StoreError):
    """One article holds what a database refuses (a NUL character): that
    article is not stored, the rest of the batch is."""

    code = "W510"


class ExtractorError(WartaError):
    """warta's extraction failed on an article through a fault of its own (a bug, not the article's):
    that article gets no output and is reported; the rest of a batch goes on."""

    code = "W900"
