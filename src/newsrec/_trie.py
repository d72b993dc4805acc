"""Regular expressions for word lists, factored into a trie (private).

Python's ``re`` tries every branch of a flat alternation at every position; a
trie-shaped pattern fails at the first character that no word has there, so
a list of hundreds of words costs about what one word costs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def trie_pattern(words: Iterable[str], *, space: str = r"\s+") -> str:
    """Return a regex source matching any of ``words``; a space matches ``space``.

    >>> import re
    >>> p = re.compile(trie_pattern(["last week", "last month", "later"]))
    >>> p.pattern
    'la(?:st\\\\s+(?:month|week)|ter)'
    >>> bool(p.fullmatch("last   week")), bool(p.fullmatch("lastweek"))
    (True, False)
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root, space)


def _emit(node: dict[str, Any], space: str) -> str:
    alts = [
        (space if ch == " " else re.escape(ch)) + _emit(child, space)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return f"(?:{body})?" if "" in node else body
