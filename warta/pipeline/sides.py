"""Side names: which country a word stands for ("Rusia", "Ukrainian", "Hamas").

Country names come from CLDR through Babel in the language's locale; the
language's ``sides.toml`` adds demonyms, short forms and armed groups.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

from warta.lang import Lang
from warta.pipeline.lexicon import PhraseLexicon, from_table


@cache
def side_lexicon(lang: Lang) -> PhraseLexicon[str]:
    """Every phrase that names a side, mapped to its ISO2 code."""
    lex = from_table(lang.data("sides").get("sides", {}))
    for code, name in Locale.parse(lang.babel_locale).territories.items():
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO"):
            if lex.lookup(name) is None:
                lex.add(name, code)
    return lex
