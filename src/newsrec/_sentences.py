"""Sentence boundaries in news text: one linear pass, shared by the extractors."""

from __future__ import annotations

import re

from newsrec.records import Span

# Abbreviations after which a full stop does not end a sentence (lower-cased, no dot).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm gov sen rep rev hon pres "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "no nos vol fig inc corp co ltd bros dept est approx vs etc al ft mt ave blvd rd "
    "u.s u.k u.n e.g i.e a.m p.m".split()
)
# A candidate end: terminal punctuation, closing quotes or brackets, then white space.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n[^\S\n]*\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,5})$")


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    if m.group().startswith("\n"):
        return True
    punct = m.group()
    if punct[0] == ".":
        w = _WORD_BEFORE.search(text, max(0, m.start() - 7), m.start())
        if w is not None:
            word = w.group(1).lower().rstrip(".")
            if word in _ABBREVIATIONS or len(word) == 1:  # "Mr.", "J. Smith"
                return False
    # The next visible character must be able to start a sentence.
    j = m.end()
    n = len(text)
    while j < n and text[j].isspace():
        j += 1
    if j >= n:
        return True
    c = text[j]
    return c.isupper() or c.isdigit() or c in "\"'“‘«„(["


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Return the spans of the sentences of ``text[start:end]``, white space trimmed.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotation
    marks) followed by white space and a character that can start a sentence,
    unless the full stop ends a known abbreviation or an initial; a blank line
    always ends one. Linear in the length of the text.
    """
    stop = len(text) if end is None else end
    out: list[Span] = []
    s = start
    for m in _END.finditer(text, start, stop):
        if not _ends_sentence(text, m):
            continue
        e = m.start() if m.group().startswith("\n") else m.end()
        _add(text, s, e, out)
        s = m.end()
    _add(text, s, stop, out)
    return out


def _add(text: str, s: int, e: int, out: list[Span]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        out.append(Span(s, e))
