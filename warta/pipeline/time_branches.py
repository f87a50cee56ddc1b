"""A regular expression's optional groups written as alternations with an empty branch.

``(X)?`` and ``(?:X)|`` match the same strings with the same groups, tried in the same order (``X``
first, then nothing); Python's engine runs a greedy ``?`` on a group as a repeat, which saves and
restores every group's marks at each try, and an alternation outside a repeat does not. The time
grammar has some hundred optional groups and two hundred groups; written as alternations, a try of it
copies no marks."""

from __future__ import annotations

from typing import Final

# group openings that make a group of their own (a quantifier after one repeats the whole group)
_WRAPPED: Final = ("(?:", "(?P<", "(?i:", "(?a:", "(?s:", "(?m:", "(?u:", "(?-i:")


def optional_as_branch(pattern: str) -> str:
    """``pattern`` with each greedy ``?`` after a group (not ``??`` nor ``?+``) written as an empty
    branch: ``(?:X)?`` as ``(?:X|)``, ``(?P<n>X)?`` as ``(?:(?P<n>X)|)``. A pattern with a comment
    or a verbose flag is returned as it is."""
    if "(?#" in pattern or "(?x" in pattern:
        return pattern
    out: list[str] = []
    opened: list[tuple[int, bool]] = []  # where each open group starts in ``out``, whether it can be wrapped
    n = len(pattern)
    k = 0
    while k < n:
        c = pattern[k]
        if c == "\\":
            out.append(pattern[k:k + 2])
            k += 2
        elif c == "[":
            end = _class_end(pattern, k)
            out.append(pattern[k:end])
            k = end
        elif pattern.startswith("(?(", k):  # a conditional: its group's name or number is no group
            name_end = pattern.index(")", k + 3) + 1
            opened.append((len(out), False))
            out.append(pattern[k:name_end])
            k = name_end
        elif c == "(":
            wrapped = not pattern.startswith("(?", k) or pattern.startswith(_WRAPPED, k)
            opened.append((len(out), wrapped))
            out.append(c)
            k += 1
        elif c == ")":
            start, wrapped = opened.pop()
            out.append(c)
            k += 1
            if k < n and pattern[k] == "?" and pattern[k + 1:k + 2] not in ("?", "+") and wrapped:
                group = "".join(out[start:])
                del out[start:]
                noncapturing = group.startswith("(?:")
                out.append(group[:-1] + "|)" if noncapturing else "(?:" + group + "|)")
                k += 1
        else:
            out.append(c)
            k += 1
    return "".join(out)


def _class_end(pattern: str, k: int) -> int:
    """Where the character class opening at ``k`` ends (after its ``]``)."""
    j = k + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":  # a "]" first is a member
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1
