"""Keep the README true: its example outputs and its commands.

    python scripts/readme.py             rewrite every example output in README.md
    python scripts/readme.py --check     exit 1 if any output differs (the tests run this)
    python scripts/readme.py --commands  run every command of the README's console
                                         blocks in a fresh clone, exactly as written

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


CONSOLE = re.compile(r"```console\n(?P<body>.*?)```", re.S)
#: A console block that shows a command's syntax rather than a command to run.
SYNOPSIS = re.compile(r"\[--|\bPATH\b|\bFILES?\b|…|\bID\b|\bWORDS\b")
#: Commands not run by --commands, and why.
NOT_RUN = {"bash scripts/test.sh": "it is the suite that runs this check"}
#: How long a command that keeps running (a server) is given to answer.
SERVE_WAIT = 120.0


def commands(text: str) -> list[str]:
    """The commands of the README's console blocks that can be run as written:
    not syntax synopses, not :data:`NOT_RUN`."""
    out = []
    for m in CONSOLE.finditer(text):
        lines = [ln for ln in m.group("body").splitlines() if ln.strip()]
        if any(SYNOPSIS.search(ln) for ln in lines):
            continue
        out += [ln.strip() for ln in lines if ln.strip() not in NOT_RUN]
    return out


def _answers(url: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return bool(r.status == 200)
    except OSError:
        return False


def run_command(cmd: str, cwd: Path, env: dict[str, str], timeout: float = 900.0) -> float:
    """Run one README command with bash in ``cwd``; returns its seconds. A
    command ending in ``warta serve ...`` passes when the server answers on
    127.0.0.1:8000 (it is then stopped). Raises RuntimeError on failure."""
    import signal
    import subprocess
    import time

    start = time.monotonic()
    serves = " serve" in cmd.rsplit("&&", 1)[-1]
    proc = subprocess.Popen(["bash", "-c", cmd], cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        if not serves:
            out, _ = proc.communicate(timeout=timeout)
            if proc.returncode != 0:
                raise RuntimeError(f"{cmd!r} exited {proc.returncode}:\n{out.decode()[-3000:]}")
            return time.monotonic() - start
        deadline = time.monotonic() + SERVE_WAIT + timeout
        while not _answers("http://127.0.0.1:8000/"):
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read() if proc.stdout else b""
                raise RuntimeError(f"{cmd!r} did not serve on 127.0.0.1:8000:\n{out.decode()[-3000:]}")
            time.sleep(0.5)
        return time.monotonic() - start
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)


def run_commands(text: str, clone: Path, cache: Path) -> list[tuple[str, float]]:
    """Run :func:`commands` one after another in ``clone`` (a fresh clone),
    with an empty place-index cache; returns each command's seconds."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHONPATH"))}
    env["WARTA_CACHE_DIR"] = str(cache)
    return [(cmd, run_command(cmd, clone, env)) for cmd in commands(text)]


def render(text: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + run(m.group("cmd")) + m.group(5), text)


def main() -> int:
    os.chdir(ROOT)
    text = README.read_text(encoding="utf-8")
    fresh = render(text)
    if "--commands" in sys.argv:
        import subprocess

        with tempfile.TemporaryDirectory(prefix="warta-readme-") as tmp:
            clone = Path(tmp) / "warta"
            subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
            for cmd, secs in run_commands(text, clone, Path(tmp) / "cache"):
                print(f"{secs:7.1f} s  {cmd}", file=sys.stderr)
        return 0
    if "--check" in sys.argv:
        if fresh != text:
            print("README.md examples are out of date: run python scripts/readme.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
