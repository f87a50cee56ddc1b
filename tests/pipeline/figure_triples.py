"""What the figure tests compare: each figure of an extracted text as (value, unit, outcome)."""

from __future__ import annotations

from warta.pipeline.extract import extract


def figure_triples(code: str, text: str, published: str) -> list[tuple[float, str, str]]:
    doc = extract(text, lang=code, published=published)
    return [(f.quantity.value, f.unit, f.outcome) for c in doc.claims for f in c.figures]
