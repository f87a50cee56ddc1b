"""Keep the README's example outputs true: regenerate or check them.

    python scripts/readme.py          rewrite every example output in README.md
    python scripts/readme.py --check  exit 1 if any output differs (the tests run this)

An example is a marker naming a ``warta`` command, a fenced block holding its
output, and a closing marker::

    <!-- warta: warta extract examples/x.txt --format table -->
    ```text
    ...
    ```
    <!-- /warta -->
"""

from __future__ import annotations

import os
import re
import shlex
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- warta: (?P<cmd>.+?) -->\n```(?P<lang>\w*)\n)(?P<out>.*?)(```\n<!-- /warta -->)",
                   re.S)


def run(cmd: str) -> str:
    """Run ``warta A && warta B ...`` in a scratch folder beside examples/;
    the output shown is the last command's."""
    from warta.cli import main

    out = ""
    with tempfile.TemporaryDirectory() as scratch:
        os.symlink(ROOT / "examples", Path(scratch) / "examples")
        here = os.getcwd()
        os.chdir(scratch)
        try:
            for part in cmd.split("&&"):
                args = shlex.split(part)
                assert args[0] == "warta", f"README examples run warta, not {args[0]!r}"
                result = CliRunner().invoke(main, args[1:], catch_exceptions=False)
                out = result.stdout
        finally:
            os.chdir(here)
    return out if out.endswith("\n") else out + "\n"


def render(text: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + run(m.group("cmd")) + m.group(5), text)


def main() -> int:
    os.chdir(ROOT)
    text = README.read_text(encoding="utf-8")
    fresh = render(text)
    if "--check" in sys.argv:
        if fresh != text:
            print("README.md examples are out of date: run python scripts/readme.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
