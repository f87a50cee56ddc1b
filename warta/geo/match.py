"""A place name found in a text, with its candidates and what :func:`warta.geo.resolve.resolve`
makes of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.geo.gazetteer import Candidate


@dataclass(slots=True)
class Match:
    start: int
    end: int
    key: str
    i: int  # first global token
    j: int  # one past the last global token
    first: int  # first token of the run of capitalised words it was found in
    dateline: bool  # the run is a dateline ("KYIV, ...")
    want: str | None
    cands: list[Candidate]
    curated: tuple[str, ...]
    best: Candidate | None = None
    new: bool = False
    doubted: list[Candidate] = field(default_factory=list)  # dropped as doubtful, for _cohere
    located: bool = False  # a word of place stands before it ("in X"), here or at another mention
    sentence: int = -1  # the sentence it stands in (-1: not known)
    then: str = ""  # the punctuation between it and the next match ("," in "Paris, Texas")
    alone: bool = False  # it is all of its run of capitalised words ("Sousse", not "Moss Side Avenue")
    told: bool = False  # a word outside the name asks for its kind ("kota X", "the X district"), not
    # a head inside it ("Emerald City") nor a dateline
    quarter: bool = False  # a word calls it a part of a town ("the X neighborhood", "lingkungan X")

    # written out, not generated: the compiled build then builds a match natively (a dataclass's
    # generated __init__ runs as interpreted Python there)
    def __init__(self, start: int, end: int, key: str, i: int, j: int, first: int, dateline: bool,
                 want: str | None, cands: list[Candidate], curated: tuple[str, ...],
                 best: Candidate | None = None, new: bool = False, doubted: list[Candidate] | None = None,
                 located: bool = False, sentence: int = -1, then: str = "", alone: bool = False,
                 told: bool = False, quarter: bool = False) -> None:
        self.start, self.end, self.key, self.i, self.j, self.first = start, end, key, i, j, first
        self.dateline, self.want, self.cands, self.curated = dateline, want, cands, curated
        self.best, self.new, self.doubted = best, new, [] if doubted is None else doubted
        self.located, self.sentence, self.then, self.alone = located, sentence, then, alone
        self.told, self.quarter = told, quarter
