"""Overlap matching of character spans, shared by the span-scoring scripts
(ner_places.py, evaluate_re3d.py, evaluate_re3d_figures.py)."""

from __future__ import annotations

Span = tuple[int, int]


def overlaps(span: Span, spans: list[Span]) -> bool:
    """Whether ``span`` overlaps any of ``spans``."""
    return any(a < span[1] and span[0] < b for a, b in spans)


def pair(gold: list[Span], pred: list[Span]) -> tuple[dict[int, int], list[Span]]:
    """One-to-one overlap matches, gold in order, each taking the first prediction not
    yet taken that overlaps it: (gold index -> prediction index, missed gold)."""
    links: dict[int, int] = {}
    missed = []
    for n, g in enumerate(gold):
        taken = set(links.values())
        k = next((i for i, p in enumerate(pred) if i not in taken and p[0] < g[1] and g[0] < p[1]), None)
        if k is None:
            missed.append(g)
        else:
            links[n] = k
    return links, missed


def prf(hits: int, gold: int, pred: int) -> str:
    """Precision, recall and F1 as printed by the scripts."""
    p = hits / pred if pred else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"
