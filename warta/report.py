"""A plain-text report of one article for people to read."""

from __future__ import annotations

from warta.model import Article, Figure

COLUMNS = ("claimant", "cue", "value", "unit", "outcome", "side", "period", "place")


def _value(fig: Figure) -> str:
    q = fig.quantity

    def n(x: float | None) -> str:
        return "?" if x is None else f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"

    if q.value is not None and q.low == q.value and q.high == q.value:
        return n(q.value)
    if q.value is not None:
        return f"{n(q.value)} [{n(q.low)}..{n(q.high)}]"
    return f"{n(q.low)}..{n(q.high)}"


def _clip(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def render(article: Article) -> str:
    """Figures one per row with their evidence, then events, places and dates."""
    text = article.text
    lines = [f"lang {article.lang}  published {article.published or '-'}  warta {article.version}", ""]
    rows = []
    for claim in article.claims:
        who = claim.claimant.text or f"({claim.claimant.kind})"
        for fig in claim.figures:
            period = f"{fig.period.start}..{fig.period.end}" if fig.period else "-"
            country = ", " + claim.claimant.country if claim.claimant.country else ""
            rows.append((
                f"{who} [{claim.claimant.kind}{country}]",
                claim.cue.text if claim.cue else "-", _value(fig), fig.unit, fig.outcome,
                fig.side or "-", period, fig.place or "-", text[claim.start:claim.end],
                fig.side_reason,
            ))
    lines.append(f"FIGURES ({len(rows)})")
    if rows:
        widths = [min(34, max(len(c), *(len(r[i]) for r in rows))) for i, c in enumerate(COLUMNS)]
        lines.append("  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths)))
        for r in rows:
            lines.append("  ".join(_clip(v, w).ljust(w) for v, w in zip(r, widths)))
            lines.append("    evidence: " + _clip(r[-2], 160))
            if r[-1]:
                lines.append(f"    side {r[5]}: {r[-1]}")
    lines += ["", f"EVENTS ({len(article.events)})"]
    for ev in article.events:
        when = f"{ev.date.start}..{ev.date.end}" if ev.date else "-"
        where = ev.place.name if ev.place else "-"
        lines.append(f"  {ev.type:<12} {ev.actor or '-'} -> {ev.target or '-'}  {where}  {when}")
        lines.append("    evidence: " + _clip(" / ".join(e.text for e in ev.evidence), 160))
    lines += ["", f"PLACES ({len(article.places)})"]
    for p in article.places:
        at = f"{p.lat:.3f},{p.lon:.3f}" if p.lat is not None and p.lon is not None else "-"
        flag = "" if p.found else "  (name not in gazetteer)"
        lines.append(f"  {p.text!r:<28} {p.name:<24} {p.country or '-':<3} {p.precision:<10} {at}{flag}")
    lines += ["", f"DATES ({len(article.times)})"]
    for t in article.times:
        when = f"{t.start_date}..{t.end_date}" if t.start_date else "-"
        lines.append(f"  {t.text!r:<32} {when}  {t.precision or '-'}  {t.type} {t.value or '-'}")
    return "\n".join(lines) + "\n"
