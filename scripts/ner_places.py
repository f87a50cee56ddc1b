"""Place-span precision, recall and F1 of warta on CoNLL-style NER files.

    python scripts/ner_places.py FILE... [--lang id] [--show N] [--demonyms] [--literal] [--facilities]

Each sentence of a file (``token [pos] tag`` per line, blank line between
sentences, IOB tags) is rebuilt as text with single spaces between tokens and
run through warta's place stage. Gold places are the entities tagged LOC,
PLC or PLACE (the names the Indonesian sets use). A prediction counts when
it overlaps a gold span not yet matched ("overlap" F1); "exact" needs the
same start and end. With ``--show``, the first N misses and false alarms of
each file are printed. With ``--literal``, only names used as locations
count as places, the convention of sets that leave out a country standing
for its government or modifying a noun ("warga Palestina", "militer
Israel"): idner-news-2k annotates so; NERP and NERGrit tag every toponym.
With ``--facilities``, named buildings, hospitals, airports, courts and
schools are places too, as all three Indonesian sets tag them (news
convention leaves them out).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from span_match import pair, prf

from warta.lang import load
from warta.pipeline.places import find_places
from warta.pipeline.segment import sentences

PLACE_TAGS = ("LOC", "PLC", "PLACE")


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as (token, tag) lists."""
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.replace("\t", " ").split()
        if not parts:
            if cur:
                out.append(cur)
            cur = []
            continue
        cur.append((parts[0], parts[-1]))
    if cur:
        out.append(cur)
    return out


def rebuild(sent: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence's text and its gold place spans (character offsets)."""
    text, spans = "", []
    open_at: int | None = None
    prev_end = 0
    for n, (tok, tag) in enumerate(sent):
        if n:
            text += " "
        start = len(text)
        text += tok
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if open_at is not None and not (tag.startswith("I-") and kind in PLACE_TAGS):
            spans.append((open_at, prev_end))
            open_at = None
        if kind in PLACE_TAGS and (tag.startswith("B-") or open_at is None):
            open_at = start
        prev_end = len(text)
    if open_at is not None:
        spans.append((open_at, prev_end))
    return text, spans


def score(path: Path, code: str, demonyms: bool, show: int,
          literal: bool = False, facilities: bool = False) -> tuple[int, int, int, int]:
    lang = load(code)
    hits = exact = n_gold = n_pred = 0
    shown = 0
    for sent in read_conll(path):
        text, gold = rebuild(sent)
        pred = [(p.start, p.end) for p in find_places(text, lang, sentences(text, lang),
                                                          demonyms=demonyms, literal=literal,
                                                          facilities=facilities)]
        n_gold += len(gold)
        n_pred += len(pred)
        links, missed = pair(gold, pred)
        hits += len(links)
        exact += sum(pred[k] == gold[n] for n, k in links.items())
        extra = [p for i, p in enumerate(pred) if i not in links.values()]
        if shown < show and (missed or extra):
            shown += 1
            print(f"  {text[:120]}")
            print("    missed: " + ", ".join(text[a:b] for a, b in missed)
                  + " | false: " + ", ".join(text[a:b] for a, b in extra))
    return hits, exact, n_gold, n_pred


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--lang", default="id")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--demonyms", action="store_true")
    ap.add_argument("--literal", action="store_true", help="only names used as locations")
    ap.add_argument("--facilities", action="store_true", help="named buildings and sites are places too")
    args = ap.parse_args()
    for path in args.files:
        hits, exact, gold, pred = score(path, args.lang, args.demonyms, args.show, args.literal,
                                        args.facilities)
        print(f"{path}: gold {gold} predicted {pred}; overlap {prf(hits, gold, pred)}; "
              f"exact {prf(exact, gold, pred)}", flush=True)


if __name__ == "__main__":
    main()
