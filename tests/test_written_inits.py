"""Classes made per word write out their ``__init__`` (the compiled build then builds them
natively); each must still take exactly its dataclass fields, in order, with their defaults."""

import dataclasses
import inspect

import pytest

from warta.geo.cohere import Name
from warta.geo.gazetteer import Candidate
from warta.geo.match import Match
from warta.geo.rank import Context
from warta.pipeline.claim_lexicon import Source
from warta.pipeline.event_article import Article, Found
from warta.pipeline.event_group import Clause
from warta.pipeline.event_sentence import Frame
from warta.pipeline.place_new import _Finder
from warta.pipeline.place_spans import Run, Tok, Variant
from warta.pipeline.side_scene import Scene
from warta.pipeline.side_story import Story
from warta.pipeline.time_records import Context as TimeContext, Resolved
from warta.pipeline.token import Token


@pytest.mark.parametrize("cls", [Token, Tok, Variant, Run, Match, Context, Article, Found, Frame, Clause,
                                 TimeContext, Resolved, Candidate, Story, Scene, Name, _Finder, Source])
def test_written_init_takes_the_fields_in_order(cls):
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(cls) if f.init]  # not what __init__ derives (Candidate.prior)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields):
        if f.default is not dataclasses.MISSING:
            assert p.default == f.default, f.name
        elif f.default_factory is not dataclasses.MISSING:
            assert p.default is None, f.name  # None stands for a fresh default
        else:
            assert p.default is inspect.Parameter.empty, f.name


def test_written_inits_give_fresh_defaults():
    a, b = Run([1]), Run([2])
    a.variants.append([])
    assert b.variants == []
    found, other = Found(), Found()
    found.events.append(None)
    found.weak.add(1)
    assert other.events == [] and other.weak == set()
    ctx = TimeContext(None)
    ctx.years[(1, 1)] = 2020
    assert TimeContext(None).years == {}
    assert dataclasses.replace(Token(0, 3, "Kyiv"), end=4) == Token(0, 4, "Kyiv")
