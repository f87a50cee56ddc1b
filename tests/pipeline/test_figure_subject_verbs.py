"""People are never shot down: an interception word in the clause before leaves them to their own
verb ('most of the rockets were intercepted and two people ... hurt'). Aircraft that come before an
active downing or dropping verb with a weapon or craft as its object did it ('two fighter jets shot
down a drone', 'dua helikopter menjatuhkan bom'): used, not downed."""

import pytest

from tests.pipeline.figure_triples import figure_triples


def _figures(code, text):
    return figure_triples(code, text, "2026-03-18")


@pytest.mark.parametrize("code, text", [
    ("en", "The army said most of the rockets were intercepted and two people in the town of Metula "
           "lightly hurt."),
    ("id", "Militer Israel mengatakan sebagian besar roket itu dicegat dan dua orang warga Israel terluka di "
           "Nahariya."),
])
def test_people_are_not_intercepted(code, text):
    assert _figures(code, text) == [(2, "civilians", "wounded")]


@pytest.mark.parametrize("code, text", [
    ("en", "Residents said two fighter jets shot down a drone over the village of Kyauktaw on Friday."),
    ("id", "Warga mengatakan dua helikopter menjatuhkan bom ke sebuah desa di Sagaing pada Jumat."),
])
def test_aircraft_that_down_or_drop_something_are_used(code, text):
    assert [(v, o) for v, _, o in _figures(code, text)] == [(2, "used")]
