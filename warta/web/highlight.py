"""An article's text with every extracted item marked at its offsets.

The text is untrusted: it is cut at every item boundary and each piece is
escaped on its own, so no character of the article can become markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

# when items overlap, the segment takes the colour of the first kind listed
PRIORITY = ("target", "figure", "time", "place", "claimant", "cue", "trigger")


@dataclass(slots=True)
class Item:
    """One extracted thing at ``text[start:end]`` and what warta made of it."""

    id: str
    kind: str
    start: int
    end: int
    text: str
    label: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "start": self.start, "end": self.end,
                "text": self.text, "label": self.label, "details": self.details}


def _num(x: Any) -> str:
    if x is None:
        return "?"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def _figure_label(fig: dict[str, Any]) -> str:
    if fig.get("value") is not None:
        val = _num(fig["value"])
    else:
        val = f"{_num(fig.get('low'))}–{_num(fig.get('high'))}"
    side = f" ({fig['side']})" if fig.get("side") else ""
    return f"{val} {fig.get('unit')} {fig.get('outcome')}{side}"


def items(result: dict[str, Any], text: str, events: dict[str, dict[str, Any]] | None = None,
          target: tuple[int, int] | None = None) -> list[Item]:
    """Items from a stored extraction (``result_json``): claimants, cues,
    figures, places, dates and event triggers; ``target`` adds the stretch a
    link pointed at. Spans outside the text are dropped."""
    out: list[Item] = []
    events = events or {}

    def add(kind: str, span: dict[str, Any] | None, label: str, /, **details: Any) -> None:
        if not span or span.get("start") is None or span.get("end") is None:
            return
        s, e = int(span["start"]), int(span["end"])
        if 0 <= s < e <= len(text):
            out.append(Item(f"i{len(out)}", kind, s, e, text[s:e], label, details))

    for claim in result.get("claims", []):
        c = claim.get("claimant") or {}
        add("claimant", c, f"claimant: {c.get('text')}", country=c.get("country"),
            kind=c.get("kind"), claim=claim.get("id"), figures=len(claim.get("figures", [])))
        add("cue", claim.get("cue"), "reporting cue", claim=claim.get("id"))
        for fig in claim.get("figures", []):
            period = fig.get("period") or {}
            add("figure", fig, _figure_label(fig), value=fig.get("value"), low=fig.get("low"),
                high=fig.get("high"), bound=fig.get("bound"), number=fig.get("number_text"),
                unit=fig.get("unit"), outcome=fig.get("outcome"), side=fig.get("side"),
                period=f"{period.get('start')}..{period.get('end')}" if period else None,
                place=fig.get("place"), running_total=fig.get("running_total"),
                claimant=c.get("text"), confidence=fig.get("confidence"))
    for p in result.get("places", []):
        add("place", p, f"place: {p.get('name') or p.get('text')}", name=p.get("name"),
            country=p.get("country"), precision=p.get("precision"), lat=p.get("lat"),
            lon=p.get("lon"), found=p.get("found"), geonameid=p.get("geonameid"),
            actor_use=p.get("actor_use"))
    for t in result.get("times", []):
        dates = t.get("start_date") if t.get("start_date") == t.get("end_date") \
            else f"{t.get('start_date')}..{t.get('end_date')}"
        add("time", t, f"date: {dates}", start=t.get("start_date"), end=t.get("end_date"),
            precision=t.get("precision"), kind=t.get("kind"))
    for ev in result.get("events", []):
        place = ev.get("place") or {}
        date = ev.get("date") or {}
        stored = events.get(ev.get("id") or "", {})
        add("trigger", ev.get("trigger"), f"event: {ev.get('type')}", type=ev.get("type"),
            actor=ev.get("actor"), target=ev.get("target"), place=place.get("name"),
            date=f"{date.get('start')}..{date.get('end')}" if date else None,
            event=stored.get("id"), cluster=stored.get("cluster_id"))
    if target is not None:
        add("target", {"start": target[0], "end": target[1]}, "linked evidence")
    return out


def render(text: str, found: list[Item]) -> Markup:
    """``text`` as HTML with each stretch covered by items wrapped in a
    ``<mark>`` naming them (``data-items``) and coloured by the first kind of
    :data:`PRIORITY` among them."""
    cuts = sorted({0, len(text), *(i.start for i in found), *(i.end for i in found)})
    rank = {k: n for n, k in enumerate(PRIORITY)}
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        over = [i for i in found if i.start <= a and i.end >= b]
        if not over:
            parts.append(piece)
            continue
        kinds = sorted({i.kind for i in over}, key=lambda k: rank.get(k, 99))
        cls = " ".join(f"hl-{k}" for k in kinds)
        ids = " ".join(i.id for i in over)
        parts.append(Markup('<mark class="hl {}" data-items="{}" tabindex="0">{}</mark>')
                     .format(cls, ids, piece))
    return Markup("").join(parts)
