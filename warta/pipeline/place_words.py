"""The word tokens of the place step: each word of an article's sentences with its offsets,
its lookup key, whether it is capitalised and whether it ends in a possessive 's.

A word is a run of word characters, with apostrophes and full stops inside it ("d'Ivoire",
"U.S"); no word holds a space, so the text is read chunk by chunk between its spaces, and a
chunk of letters and digits alone is one word as it stands (one with a mark after it, the word
and the mark).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from warta.geo.fold import fold
from warta.model import Sentence
from warta.pipeline.place_spans import Tok

WORD_RE: Final = re.compile(r"(\w++(?:['’.]\w++)*+)")  # a word (kept by split: the group)


def tokenize(text: str, sentences: list[Sentence], shortened: Mapping[str, str] | None = None) -> list[Tok]:
    """Word tokens with their sentence index; a possessive 's is split off;
    a word of ``shortened`` before a period has the key of its spelled-out
    form ("Kab." is "kabupaten"). Words outside every sentence are left out."""
    bounds = sentences or [Sentence(0, 0, len(text))]
    reader = _Reader(text, shortened)
    in_order = all(s.start <= s.end for s in bounds) and all(
        a.end <= b.start for a, b in zip(bounds, bounds[1:]))
    if in_order and reader.read(text, 0, bounds):
        return reader.out
    reader = _Reader(text, shortened)  # a word runs across a sentence's edge: each sentence by itself
    for s in bounds:
        reader.read(text[s.start:s.end], s.start, [s])
    return reader.out


class _Reader:
    """Reads the words of a text into tokens, each in the sentence that holds it."""

    def __init__(self, text: str, shortened: Mapping[str, str] | None) -> None:
        self.text = text
        self.size = len(text)
        self.shortened = shortened
        self.ascii = text.isascii()  # then so is every word of it (asked once, not of each word)
        self.out: list[Tok] = []
        self.bounds: list[Sentence] = []
        self.at = 0  # the sentence now read: its position in ``bounds``, start, end and index
        self.first = 0
        self.last = 0
        self.index = 0

    def read(self, part: str, offset: int, bounds: list[Sentence]) -> bool:
        """Add the words of ``part`` (which starts at ``offset`` of the text) in ``bounds``, sentences
        in text order that do not overlap; False where a word runs across a sentence's edge."""
        self.bounds, self.at = bounds, 0
        self.first, self.last, self.index = bounds[0].start, bounds[0].end, bounds[0].index
        end = 0
        tail = len(part)  # (a space follows every chunk but the last: only after it may the text have a stop)
        for chunk in part.split():
            at = part.find(chunk, end)  # the chunk starts past the spaces after the last one
            end = at + len(chunk)
            if chunk.isalnum():  # one word, nothing around it
                start = offset + at
                stop = offset + end
                if start < self.first or stop > self.last or end == tail and self.text[stop:stop + 1] == ".":
                    if not self.add(start, chunk):  # not inside this sentence, or perhaps shortened
                        return False
                    continue
                # as add() reads it: no possessive, nor a stop after it
                if self.ascii or chunk.isascii():  # a capital: what lower() changes of ASCII letters, digits
                    key = chunk.lower()
                    cap = key[0] != chunk[0]
                else:
                    key = fold(chunk)
                    cap = chunk[0].isupper()
                self.out.append(Tok(start, stop, chunk, key, cap, self.index))
                continue
            word = chunk[:-1]  # a word and a mark after it: "said," "Kyiv."
            if word.isalnum() and chunk[-1] != "_":  # (an underscore is a word's)
                if not self.add(offset + at, word):
                    return False
                continue
            pieces: list[str] = WORD_RE.split(chunk)  # what lies before each word, the word, ...
            pos = offset + at
            for k in range(1, len(pieces), 2):
                pos += len(pieces[k - 1])
                if not self.add(pos, pieces[k]):
                    return False
                pos += len(pieces[k])
        return True

    def add(self, start: int, word: str) -> bool:
        """Add the word at ``start`` as a token of the sentence holding it (none outside every
        sentence); False when it runs across a sentence's edge."""
        n = len(word)
        end = start + n
        while end > self.last:  # past this sentence: on to the next one
            if start < self.last:
                return False
            self.at += 1
            if self.at < len(self.bounds):
                s = self.bounds[self.at]
                self.first, self.last, self.index = s.start, s.end, s.index
            else:
                self.first = self.last = self.size + 1  # no sentence after the last one
        if start < self.first:  # between sentences
            return end <= self.first
        poss = n > 3 and word[n - 1] in "sS" and word[n - 2] in "'’"
        if poss:
            word = word[:n - 2]
            end -= 2
        if (self.ascii or word.isascii()) and word.isalnum():  # what fold() makes of ASCII letters
            key = word.lower()  # and digits, and a capital is what it changes
            cap = key[0] != word[0]
        else:  # an elided article before a capital goes on a name: "Côte d'Ivoire", "L'Aquila"
            key = fold(word)
            cap = word[0].isupper() or len(word) > 2 and word[1] in "'’" and word[2].isupper()
        shortened = self.shortened
        if end < self.size and self.text[end] == "." and shortened and key in shortened:
            key = shortened[key]
        self.out.append(Tok(start, end, word, key, cap, self.index, poss))
        return True
