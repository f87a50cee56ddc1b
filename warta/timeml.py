"""An article as a TimeML document: its text with every time inline as a TIMEX3.

>>> print(to_timeml(extract("Serangan terjadi pada hari Minggu.", "id", "2025-01-05"), "a1"))

The document creation time (DCT) is the publication date, ``tid="t0"``; the
times follow as ``t1``, ``t2``, ... with their TimeML ``type`` and ``value``
(and ``mod``/``quant`` when they have one); a range's two dates are two
TIMEX3s. Removing the tags gives back the article's text exactly, so offsets
agree with warta's JSON. TimeML tools (TempEval-3 scorers, TARSQI,
HeidelTime's readers) open the result.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from warta.model import Article, TimeMention

UNKNOWN = {"DATE": "XXXX-XX-XX", "TIME": "XXXX-XX-XXTXX:XX", "DURATION": "PX", "SET": "PX"}


def to_timeml(article: Article, doc_id: str = "warta") -> str:
    """The TimeML 1.2.1 document of ``article``."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>", f"<DOCID>{escape(doc_id)}</DOCID>"]
    if article.published is not None:
        day = article.published.isoformat()
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>')
    parts.append(f"<TEXT>{_inline(article.text, article.times)}</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts) + "\n"


def _inline(text: str, times: list[TimeMention]) -> str:
    out: list[str] = []
    pos = 0
    for n, t in enumerate(sorted((x for tm in times for x in tm.timexes), key=lambda x: x.start), 1):
        if t.start < pos:  # never nest: a time inside another stays plain text
            continue
        out.append(escape(text[pos:t.start]))
        out.append(f"<TIMEX3 {_attrs(t, n)}>{escape(text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    out.append(escape(text[pos:]))
    return "".join(out)


def _attrs(t: TimeMention, n: int) -> str:
    attrs = {"tid": f"t{n}", "type": t.type, "value": t.value or UNKNOWN.get(t.type, "XXXX-XX-XX")}
    if t.mod:
        attrs["mod"] = t.mod
    if t.quant:
        attrs["quant"] = t.quant
    attrs["functionInDocument"] = "NONE"
    return " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
