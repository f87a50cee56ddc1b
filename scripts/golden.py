"""Golden outputs: a fingerprint of warta's output on every dev article, so that
a change meant to be fast (or a refactoring) cannot change what warta extracts
without anyone noticing.

    python scripts/golden.py            # compare with tests/golden/outputs.json
    python scripts/golden.py --update   # record the current outputs as golden

Each article of ``examples/``, of warta's own gold sets (``eval/*/``) and of
the shared dev sets (news-dev, and geo-dev's place-dense English reports) is
extracted as ``scripts/evaluate.py`` does, and the SHA-256 of its canonical JSON is kept;
no article text enters the golden file.
Update the file in the same commit as a change that is meant to alter output,
and say so in the commit message.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "outputs.json"
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared")) / "data"


def articles() -> Iterator[tuple[str, str, str | None, str | None]]:
    """(key, text, lang, published) of every article the golden file covers."""
    for path in sorted((ROOT / "examples").glob("*.txt")):
        yield f"examples/{path.name}", path.read_text("utf-8"), None, "2025-01-05"
    own = sorted(p for p in (ROOT / "eval").glob("*") if p.is_dir())
    for folder in [*own, SHARED / "news-dev", SHARED / "geo-dev"]:
        for gold in sorted(folder.glob("*.gold.json")):
            meta = json.loads(gold.read_text("utf-8"))
            slug = gold.name[: -len(".gold.json")]
            yield f"{folder.name}/{slug}", gold.with_name(f"{slug}.txt").read_text("utf-8"), \
                meta.get("lang"), meta.get("published")


def fingerprint(text: str, lang: str | None, published: str | None) -> str:
    from warta.pipeline.extract import extract

    out = extract(text, lang=lang, published=published).to_json()
    out.pop("warta_version", None)
    blob = json.dumps(out, sort_keys=True, ensure_ascii=False, allow_nan=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def current() -> dict[str, str]:
    return {key: fingerprint(text, lang, pub) for key, text, lang, pub in articles()}


def changed(golden: dict[str, str], now: dict[str, str]) -> list[str]:
    """Keys whose output differs (articles missing on either side are not compared)."""
    return sorted(k for k in golden.keys() & now.keys() if golden[k] != now[k])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true", help="record the current outputs as golden")
    args = ap.parse_args()
    now = current()
    if args.update:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", "utf-8")
        print(f"{len(now)} golden outputs written to {GOLDEN.relative_to(ROOT)}")
        return 0
    golden = json.loads(GOLDEN.read_text("utf-8"))
    diff = changed(golden, now)
    for key in diff:
        print(f"changed: {key}")
    print(f"{len(diff)} of {len(golden.keys() & now.keys())} outputs differ from the golden file")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
