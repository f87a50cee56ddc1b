"""Collections kept under keys: a value added to the set or list under its key, the
set or list made for the first value of a key (compiled, ``setdefault(key, set())``
raises and clears a KeyError for every new key)."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def add_to(under: dict[K, set[V]], key: K, value: V) -> None:
    """Add ``value`` to the set ``under`` keeps for ``key``."""
    got = under.get(key)
    if got is None:
        under[key] = {value}
    else:
        got.add(value)


def append_to(under: dict[K, list[V]], key: K, value: V) -> None:
    """Append ``value`` to the list ``under`` keeps for ``key``."""
    got = under.get(key)
    if got is None:
        under[key] = [value]
    else:
        got.append(value)
