"""Tokenising shop text, shared by catalog search and the recommender's search evidence."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "for",
        "of",
        "with",
        "in",
        "on",
        "to",
        "by",
        "from",
        "my",
        "our",
        "your",
        "is",
        "it",
        "at",
        "as",
        "or",
        "x",
    ]
)


def tokens(text: str) -> list[str]:
    """Lower-case word tokens without stop words; a trailing plural 's' is folded."""
    out = []
    for word in _WORD.findall(text.lower()):
        if word in _STOP:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return out
