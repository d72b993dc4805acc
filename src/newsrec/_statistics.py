"""Statistics in news text: numbers with their qualifier, bounds, unit and what they count.

One left-to-right pass over the body. A single compiled pattern finds where a
number may start (digits, a currency mark, a number word, a vague count); small
anchored patterns then read what sits around it: a qualifier or trend verb
before, a scale word, unit, rate and counted noun phrase after, and a second
number that makes a range. Every pattern is compiled once, at import, from the
tables in :mod:`newsrec.lang.en_numbers`, and each one only looks a bounded
distance from where it starts, so the pass is linear in the length of the text.

What is not a statistic (see ``docs/howto/statistics.md``): dates ("7 January",
"in 2022", "2011-12"), clock times, ordinals ("21st", "third"), names that
contain numbers ("Game 5", "S&P 500", "COVID-19"), scores ("3-1"), phone
numbers, ages given in apposition ("Okafor, 58,"), and the determiner "one"
("one of the largest", "no one"; but "one of the largest lakes" counts one).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

import attrs

from newsrec._sentences import new_span, sentence_bounds
from newsrec.lang import en_numbers as en
from newsrec.records import Qualifier, Source, Span, Statistic, Trend

__all__ = ["extract_statistics"]

Number = int | Decimal

_MAX_DIGITS = 30  # longer digit runs are identifiers, not quantities
_MAX_EXPONENT = 40


def _alternation(words: list[str] | set[str] | frozenset[str]) -> str:
    """Return a regex alternation of ``words``, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_NUM_WORDS = {**en.UNITS, **en.TENS}
_W = _alternation(set(_NUM_WORDS) | set(en.SCALES) | {en.DOZEN})
_SCALE_W = _alternation(set(en.SCALES) | {en.DOZEN})
_FRAC_W = _alternation(set(en.FRACTION_WORDS))
_VULGAR = "".join(en.VULGAR_FRACTIONS)

# Currency marks before a number: "$", "US$", "HK $", "€", "£", "USD ", "RM", "$US".
_CUR_PREFIX = (
    r"(?:(?<![A-Za-z])(?:U\.S\.|US|AU|NZ|CAD|CA|HK|NT|A|C|S|R)\s?\$"
    r"|\$(?:US|AU|NZ|HK|CA|A|C|S)(?=\d)"
    r"|[$€£¥₹₽₩₪₺₦₴]"
    r"|(?<![A-Za-z])(?:"
    + _alternation(set(en.CURRENCY_CODES) | {"PS", "Y="})
    + r")(?=\s?[-−]?\.?\d))"
)
_NUMBER = (
    r"(?:"
    # Things that look like numbers but are not statistics: consumed and dropped.
    r"(?P<skip>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?"
    r"|\d{1,2}(?:[:.]\d{2}){1,2}\s?(?:[aApP]\.?[mM]\b\.?)"
    r"|\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)"
    r"|\d{1,3}(?::\d{2})+(?:\.\d+)?(?![\d])"
    r"|\d{1,2}/\d{1,2}/\d{2,4}(?!\d)"
    r"|\+\d{1,3}[ .-]\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}(?!\d)"
    r"|\(\d{3}\)\s?\d{3}[-. ]\d{4}(?!\d)|\d{3}[-.]\d{3}[-.]\d{4}(?!\d)"
    r"|\d+(?:st|nd|rd|th|s)\b|'\d0s\b"
    r"|\d{4}[-–/]\d{2}(?!\d))"
    # A number in digits, maybe with a currency mark and a sign.
    r"|(?:(?P<cur>" + _CUR_PREFIX + r")\s?)?(?P<sign>minus[- ]?|[-−](?=\.?\d))?"
    r"(?P<num>\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)*|\.\d+)"
    # A vague count: "dozens", "tens of thousands", "several".
    r"|(?P<vague>(?i:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds"
    r"|thousands|millions|billions|several)\b)"
    # A number in words: "two", "twenty-one", "a dozen", "half a million".
    r"|(?P<words>(?i:(?:an?\s+|half\s+an?\s+)(?=(?:"
    + _SCALE_W
    + r")\b)|an?\s+(?=(?:"
    + _FRAC_W
    + r")\s+of\b))?(?i:"
    + _W
    + r"|"
    + _FRAC_W
    + r")\b)"
    r"|(?P<vulgar>[" + _VULGAR + r"])"
    # "sixfold", "tenfold": a multiple.
    r"|(?P<fold>(?i:" + _alternation(set(_NUM_WORDS) | set(en.SCALES)) + r")(?=fold\b))"
    r")"
)
# Nothing that is part of a word, a number or a date may come right before a number...
_START = re.compile(r"(?<![\w.,\-−/:&])" + _NUMBER)
# ...except the second number of a range: "2-3 million", "6- to 12-metre".
_SECOND = re.compile(_NUMBER)


_SCAN_WORDS = (
    set(_NUM_WORDS) | set(en.SCALES) | {en.DOZEN} | set(en.FRACTION_WORDS)
    | {w.split()[0] for w in en.VAGUE_COUNTS} | {w + "fold" for w in _NUM_WORDS}
)  # fmt: skip
# Where a number may start, found without a regex pass (a pattern that must look at
# every space costs about what a findall of every word costs): a run of ASCII digits,
# a vulgar fraction, or a number word (lower-case or capitalized, a whole run of ASCII
# letters) at the start or after white space or an opening mark.
_Trie = dict[str, "_Trie"]


def _trie(words: Iterable[str]) -> str:
    """A pattern that matches any of ``words``, as a trie: "t(?:en|hree|wo)" for ten, three, two.

    The engine tries one branch per distinct next letter instead of every word in
    turn, so testing a position that starts no word costs a few comparisons.
    """
    root: _Trie = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return ("(?:" + body + ")" if len(alts) == 1 else body) + "?"
        return body

    return emit(root)


_SCAN_FORMS = frozenset(_SCAN_WORDS | {w.capitalize() for w in _SCAN_WORDS})
_SCAN_OPENERS = "([“\"‘'—–"
# One byte per character (anything outside ASCII is "?"): letters in lower case and
# every other byte a space; or digits as "0" and every other byte a space.
_LETTERS_ONLY = bytes(c | 0x20 if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
_DIGITS_ONLY = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))
# A number word, whole, in the letters-only bytes padded with a space at each end: the
# literal space it starts with lets the engine skip to the next space at C speed.
_SCAN_WORD = re.compile((r" (?:" + _trie(_SCAN_WORDS) + r")(?= )").encode("ascii"))
_VULGAR_RUN = re.compile(r"[" + _VULGAR + r"][0-9]*")


def _candidates(body: str) -> list[tuple[int, int, int, bool]]:
    """Where a number may start, in order: ``(hit start, hit end, number start, in words)``.

    The hits are those of one scan for ``[0-9½…][0-9]*`` and for a separator
    followed by a number word (the hit is the separator, the number starts after
    it), plus a number word at the very start; found with ``bytes`` methods and one
    pattern over the letters, which skip text that has no digit or number word at C
    speed.
    """
    raw = body.encode("ascii", "replace")
    n = len(raw)
    out: list[tuple[int, int, int, bool]] = []
    vulgar = not body.isascii() and any(v in body for v in _VULGAR)
    digits = raw.translate(_DIGITS_ONLY)
    find = digits.find
    i = find(b"0")
    while i >= 0:
        j = find(b" ", i)
        if j < 0:
            j = n
        if not (vulgar and i and body[i - 1] in _VULGAR):  # "½5" is one hit, at the "½"
            out.append((i, j, i, False))
        i = find(b"0", j)
    if vulgar:
        out.extend((m.start(), m.end(), m.start(), False) for m in _VULGAR_RUN.finditer(body))
    words = False
    # p indexes the word in ``body``: the padded bytes have one more in front.
    for m in _SCAN_WORD.finditer(b" " + raw.translate(_LETTERS_ONLY) + b" "):
        p, e = m.span()
        if body[p : e - 1] in _SCAN_FORMS:
            if p == 0:
                out.append((0, 0, 0, True))
                words = True
            else:
                sep = body[p - 1]
                if sep.isspace() or sep in _SCAN_OPENERS:
                    out.append((p - 1, p, p, True))
                    words = True
    if words or vulgar:
        out.sort()
    return out


# Continuations of a number in words.
_WORD_NEXT = re.compile(
    r"(?i:(?:\s*[-‐]\s*|\s+and\s+|\s*&\s*|\s+)(?:(?P<half>a[\s-]+half)|(?P<w>"
    + _W
    + r"|"
    + _FRAC_W
    + r")))\b"
)
_FRACTION_TAIL = re.compile(
    r"(?:[ \u00a0]|[-‐])?(?:(?P<v>[" + _VULGAR + r"])"
    r"|(?P<n>\d{1,3})[/⁄](?P<d>\d{1,4})(?![\d/⁄]))"
)
_SLASH_FRACTION = re.compile(r"[/⁄](?P<d>\d{1,4})(?![\d/⁄])")
_EXPONENT = re.compile(
    r"(?:[eE](?P<e>[-+−]?\d{1,3})|\s?[×x*]\s?10(?:\^|\*\*)?(?P<x>[-+−]?\d{1,3}))(?![\w.])"
)
_SCALE_WORD = re.compile(r"(?:[\s-]|\s*-\s*)?(?P<s>(?i:" + _alternation(set(en.SCALES)) + r"))\b")
_SCALE_ABBR = re.compile(
    r"(?P<sp>\s?)(?P<s>" + _alternation(set(en.SCALE_ABBREVIATIONS)) + r")(?![A-Za-z0-9])"
)
_CUR_SUFFIX_SYMBOL = re.compile(r"\s?(?P<c>[€£$¥₹₽₩₪])")
_CUR_SUFFIX_CODE = re.compile(
    r"\s?(?P<c>" + _alternation(set(en.CURRENCY_CODES) - {"Rs", "Rs.", "RM"}) + r")(?![A-Za-z])"
)
_UNITS_UNCASED = {k.lower(): v for k, v in en.UNIT_WORDS.items() if k not in en.UNITS_CASED}
_UNITS_CASED = {k: v for k, v in en.UNIT_WORDS.items() if k in en.UNITS_CASED}
# The words a unit name is or starts with: any other word after a number is no unit.
_UNIT_HEADS_CASED = frozenset(k.split(" ")[0] for k in _UNITS_CASED)
_UNIT_HEADS_UNCASED = frozenset(k.split(" ")[0] for k in _UNITS_UNCASED)
# Up to three tokens after a number, to look up as a unit: "%", "km/h", "sq m", "degrees Celsius".
_UNIT_SEP_A = r"(?P<sep>[ \u00a0\u202f]?-?[ \u00a0]?)(?P<a>['\"″′]|[A-Za-z°ºμµ%/]+[23²³]?)"
_UNIT_TOKENS = re.compile(
    _UNIT_SEP_A + r"(?:[ \u00a0](?P<b>[A-Za-z°ºμµ/]+[23²³]?)(?:[ \u00a0](?P<c>[A-Za-z]+))?)?"
)
# Its first token alone: what follows it never changes it, and most are no unit.
_UNIT_HEAD = re.compile(_UNIT_SEP_A)
_RATE = re.compile(
    r"(?i:\s*(?:-?(?:per|an?|each|every)-?\s*|/\s?))(?P<d>"
    + _alternation(set(en.RATE_DENOMINATORS))
    + r")(?:s|es)?(?![A-Za-z])(?!\s+(?i:earlier|ago|later|before|after|prior|previously)\b)"
)
_POUNDS = re.compile(r"[\s-]?(?i:pounds?)\b")
_PER_WHOLE = re.compile(r"\s+(out\s+of|in)\s+(?=\S)")
_OF_A = re.compile(r"\s+of\s+an?(?=\s)")
_MODIFIER = re.compile(r"\s+[A-Za-z][A-Za-z.]*(?=\s)")
_TRAIL_QUAL = re.compile(
    r"(?P<plus>\+|-plus\b)|(?i:\s+or\s+(?P<or>more|so|less|fewer|above|over|under)\b)"
)
_HYPHEN_WORD = re.compile(r"-(?P<w>[a-z][a-z]+)(?![\w-])")
_NEXT_WORD = re.compile(
    r"(?:[ \t\u00a0\u202f]{1,3}(?:\n[ \t]{0,3})?|\n[ \t]{0,3})"
    r"(?P<w>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)"
)
_RANGE_JOIN = re.compile(r"\s?-?\s?(?P<j>(?i:to|and|or|through))\b-?\s?|\s?(?P<d>[-–—])\s?")
_PASSIVE = re.compile(
    r"(?:\s+(?i:"
    + _alternation(en.AUXILIARIES)
    + r")){1,4}\s+(?P<p>[a-z]+ed|"
    + _alternation(en.IRREGULAR_PARTICIPLES)
    + r")\b"
)
_TREND_AFTER = re.compile(
    r"[\s-](?P<t>(?i:"
    + _alternation(set(en.TREND_NOUNS) | {"higher", "lower", "up", "down"})
    + r"))\b"
)
_OPENERS = "([“\"‘'—–«"
_MONTH_AFTER = re.compile(r"(?:\s+of)?[\s,]+(?P<m>[A-Za-z]{3,9})\b")
_INHERIT_TREND = re.compile(r",?\s*(?:or|to)\s+")
_OLD = re.compile(r"[\s-](?i:old)\b")
_TIME_ZONE = re.compile(r"\s?(?:" + _alternation(en.TIME_ZONES) + r")\b")
_ATTRIBUTION = re.compile(
    r"(?i:\b(?:according\s+to|said|says|say|claimed|claims|claim|reported|reports|report"
    r"|estimated|estimates|stated|states|told|announced|announces|showed|shows|figures\s+from"
    r"|data\s+from|citing|cited)\b)"
)
# Where each word of _ATTRIBUTION starts, lower-case: the search starts at the first one found.
_ATTRIBUTION_HEADS = (
    "according", "sai", "say", "claim", "report", "estimat", "stat", "told", "announc",
    "show", "figures", "data", "cit",
)  # fmt: skip
# The letters outside ASCII that a case-insensitive pattern matches to ASCII ones.
_ODD_FOLDS = "\u0130\u0131\u017f\u212a"  # İ ı ſ, and the Kelvin sign


def _firsts(words: Iterable[str], *, fold: bool = False) -> frozenset[str]:
    """The characters ``words`` start with; ``fold``: all a case-insensitive pattern accepts."""
    heads = {w[0] for w in words}
    if fold:
        heads |= {h.lower() for h in heads} | {h.upper() for h in heads}
        heads |= {
            c for c in _ODD_FOLDS for h in set(heads) if re.fullmatch(f"(?i:{re.escape(h)})", c)
        }
    return frozenset(heads)


def _next_is(body: str, pos: int, first: frozenset[str], lead: str = "") -> bool:
    """Whether a pattern whose text starts with ``first`` may match at ``pos``.

    A cheap test that comes before matching one of the small patterns after a
    number, most of which never match: true if the character at ``pos`` is in
    ``first``, or is white space (or in ``lead``) followed by one in ``first``
    or by more white space (or ``lead``). A pattern that reads ``[\\s-]*`` and
    then a word from a list can only match where this is true.
    """
    c = body[pos : pos + 1]
    if c in first:
        return True
    if c.isspace() or (c and c in lead):
        c = body[pos + 1 : pos + 2]
        return c in first or c.isspace() or (c != "" and c in lead)
    return False


_ODD_LOWER = str.maketrans({"\u017f": "s", "\u0131": "i"})


def _fold(word: str) -> str:
    """The key of a word a case-insensitive pattern matched: lower case, odd folds made ASCII.

    Such a pattern takes "ſ" for "s" and "ı" or "İ" for "i" ("ſurge" is "surge"), so
    the tables are read with the ASCII word it matched.
    """
    low = word.lower()
    if low.isascii():
        return low
    return low.replace("i\u0307", "i").translate(_ODD_LOWER)


_F_SCALE = _firsts(en.SCALES, fold=True)
_F_SCALE_ABBR = _firsts(en.SCALE_ABBREVIATIONS)
_F_CUR_SYMBOL = frozenset("€£$¥₹₽₩₪")
_F_CUR_CODE = _firsts(set(en.CURRENCY_CODES) - {"Rs", "Rs.", "RM"})
_F_POUNDS = _firsts(["p"], fold=True)
_F_EXPONENT = frozenset("eE×x*")
_F_SLASH = frozenset("/⁄")
_F_FRACTION = frozenset(_VULGAR)
_F_JOIN = _firsts(["to", "and", "or", "through"], fold=True) | frozenset("-–—")
_F_PER_WHOLE = frozenset("oi")
_F_MONTH_AFTER = _firsts(en.MONTHS, fold=True) | {"o"}
_F_TIME_ZONE = _firsts(en.TIME_ZONES)
_F_TRAIL = frozenset("+-") | _firsts(["or"], fold=True)
_F_TREND_AFTER = _firsts(set(en.TREND_NOUNS) | {"higher", "lower", "up", "down"}, fold=True)
_F_TAIL = _F_CUR_SYMBOL | _F_CUR_CODE | _F_POUNDS
_F_RATE = _firsts(["per", "a", "each", "every"], fold=True) | frozenset("-/")
_F_PASSIVE = _firsts(en.AUXILIARIES, fold=True)

# The same tests for every pattern at once: one bit per pattern, from two lookups per
# character. ``_guards(body, pos) & _G_SCALE`` is ``_next_is(body, pos, _F_SCALE, "-")``.
_GUARDED: tuple[tuple[frozenset[str], str], ...] = (
    (_F_SCALE, "-"), (_F_SCALE_ABBR, ""), (_F_CUR_SYMBOL, ""), (_F_CUR_CODE, ""),
    (_F_POUNDS, "-"), (_F_EXPONENT, ""), (_F_JOIN, "-"), (_F_PER_WHOLE, ""),
    (_F_MONTH_AFTER, ","), (_F_TIME_ZONE, ""), (_F_TRAIL, ""), (_F_TREND_AFTER, "-"),
    (_F_TAIL, "-"), (_F_RATE, ""), (_F_PASSIVE, ""),
)  # fmt: skip
(
    _G_SCALE, _G_SCALE_ABBR, _G_CUR_SYMBOL, _G_CUR_CODE, _G_POUNDS, _G_EXPONENT, _G_JOIN,
    _G_PER_WHOLE, _G_MONTH_AFTER, _G_TIME_ZONE, _G_TRAIL, _G_TREND_AFTER, _G_TAIL, _G_RATE,
    _G_PASSIVE,
) = (1 << i for i in range(len(_GUARDED)))  # fmt: skip
_SPACES = "".join(chr(i) for i in range(0x3001) if chr(i).isspace())  # none lies above U+3000
_G_FIRST: dict[str, int] = {}  # a character, and the patterns whose text may start with it
_G_LEAD: dict[str, int] = {}  # a character, and the patterns that may skip it first
for _i, (_first, _lead) in enumerate(_GUARDED):
    for _c in _first:
        _G_FIRST[_c] = _G_FIRST.get(_c, 0) | 1 << _i
    for _c in _SPACES + _lead:
        _G_LEAD[_c] = _G_LEAD.get(_c, 0) | 1 << _i


def _guards(body: str, pos: int) -> int:
    """The bits of the patterns after a number that may match at ``pos``: see ``_next_is``."""
    c = body[pos : pos + 1]
    lead = _G_LEAD.get(c, 0)
    if lead:
        d = body[pos + 1 : pos + 2]
        return _G_FIRST.get(c, 0) | (lead & (_G_FIRST.get(d, 0) | _G_LEAD.get(d, 0)))
    return _G_FIRST.get(c, 0)


_QUALS = {k: Qualifier[v] for k, v in en.QUALIFIERS.items()}
# The members, read once: an enum attribute costs a lookup through its class each time.
_EXACT, _VAGUE, _ABOUT = Qualifier.EXACT, Qualifier.VAGUE, Qualifier.ABOUT
_MORE_THAN, _LESS_THAN = Qualifier.MORE_THAN, Qualifier.LESS_THAN
_AT_LEAST, _AT_MOST = Qualifier.AT_LEAST, Qualifier.AT_MOST
_BOUNDING = frozenset({_MORE_THAN, _LESS_THAN, _AT_LEAST, _AT_MOST})
# The numbers of words of the qualifier phrases that end in each word, longest first.
_QUAL_SIZES: dict[str, tuple[int, ...]] = {}
for _q in en.QUALIFIERS:
    _QUAL_SIZES[_q.split()[-1]] = tuple(
        sorted({*_QUAL_SIZES.get(_q.split()[-1], ()), len(_q.split())}, reverse=True)
    )
_MAX_BACK_WORDS = 6  # a qualifier of 4 words, the trend verb before it, "by" or "to" between
_TRENDS_V = {k: Trend[v] for k, v in en.TREND_VERBS.items()}
_TRENDS_N = {
    **{k: Trend[v] for k, v in en.TREND_NOUNS.items()},
    "higher": Trend.INCREASE,
    "up": Trend.INCREASE,
    "lower": Trend.DECREASE,
    "down": Trend.DECREASE,
}
# The word lists the counted noun phrase tests each word against, as bits of one lookup.
_NP_STOP, _NP_NUMBER, _NP_MONTH, _NP_TREND, _NP_ENDER, _NP_COMPARATIVE, _NP_INSERT = (
    1 << i for i in range(7)
)
_NP_FLAGS: dict[str, int] = {}
for _bit, _words in (
    (_NP_STOP, en.STOP_WORDS),
    (_NP_NUMBER, _NUM_WORDS),
    (_NP_MONTH, en.MONTHS),
    (_NP_TREND, _TRENDS_V),
    (_NP_ENDER, en.NP_ENDERS | en.IRREGULAR_PARTICIPLES),
    (_NP_COMPARATIVE, en.COMPARATIVES),
    (_NP_INSERT, en.COUNT_INSERTS),
):
    for _w in _words:
        _NP_FLAGS[_w] = _NP_FLAGS.get(_w, 0) | _bit
_TRAIL = {
    "+": Qualifier.AT_LEAST, "-plus": Qualifier.AT_LEAST, "more": Qualifier.AT_LEAST,
    "above": Qualifier.AT_LEAST, "over": Qualifier.AT_LEAST, "so": Qualifier.ABOUT,
    "less": Qualifier.AT_MOST, "fewer": Qualifier.AT_MOST, "under": Qualifier.AT_MOST,
}  # fmt: skip
_CURRENCY_LETTERS = {
    "US": "dollar", "U.S.": "dollar", "": "dollar", "AU": "australian dollar",
    "A": "australian dollar", "NZ": "new zealand dollar", "CA": "canadian dollar",
    "CAD": "canadian dollar", "C": "canadian dollar", "HK": "hong kong dollar",
    "S": "singapore dollar", "NT": "new taiwan dollar", "R": "brazilian real",
}  # fmt: skip
_PS_OK = re.compile(r"[\d.,]*(?:\.\d|,\d{3}|m\b|bn\b|k\b)")
# "3.000": found from the dot, a literal the engine finds fast, then the digit before it.
_EN_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3}){1,9}")  # at most 30 digits
_DOT_THOUSANDS = re.compile(r"\.(?<=\d\.)\d{3}(?!\d)")
_EURO_EVIDENCE = re.compile(
    r"\d\.\d{3}\.\d{3}(?!\d)|\d\.\d{3},\d|(?<![\d.,])\d{1,3},\d{1,2}(?![\d,.])"
)
_ENGLISH_EVIDENCE = re.compile(r"\d,\d{3}\.\d|\d,\d{3}(?![\d,.])|(?<![\d.,])\d+\.\d{1,2}(?![\d.,])")
_MAX_LOOKBEHIND = 48
_MAX_CARRY = 160
_MAX_NUMBER_WORDS = 16
_ONE_DETERMINERS = frozenset(
    "no any every each which the this that such another only last same very".split()
)
_PLURAL_ONLY = frozenset({"people", "police", "staff", "personnel", "cattle"})
_LENGTH_PLURALS = frozenset({"feet", "inches", "yards", "miles", "metres", "meters"})
_MAX_PREFIX = 8  # "U.S.$ ", "minus-": the longest lead before the digits
# Where a currency mark, a code or a sign that leads a number may start ("US$", "RM",
# "minus"): an upper-case ASCII letter, one of these marks, or "minus".
_PREFIX_LEAD = re.compile(r"minus|[A-Z$€£¥₹₽₩₪₺₦₴\-−.'=(+]")
_DASHES = frozenset("-–—")
_HAS_DIGIT = re.compile(r"\d")
_FORWARD_JOIN = re.compile(
    r",?\s+(?:or|and|to|of(?:\s+(?:the|a|an|its|their|his|her|our|my|your))?)\s+"
)
_ONE_OF = re.compile(r"(?i:\bone\s+of\s)")  # "one of the causes": one of a set
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
_PROPORTIONS = frozenset({"percentage", "percentage point", "basis point", "count"})
_PHRASE_ENDS = frozenset(",.;:!?)")


class _Back:
    """The last few words before a number, read once: qualifier, trend, month, name.

    The words are split from the right and their positions found only where a
    rule asks for one: most numbers have no qualifier, and the trend verb, the
    month or the name before them is read from the last word alone.
    """

    __slots__ = ("_pos", "attached", "lo", "parts", "seg", "start")

    def __init__(self, body: str, start: int) -> None:
        lo = max(0, start - _MAX_LOOKBEHIND)
        seg = body[lo:start]
        # Only the last few words are ever read (a qualifier of four words, then a trend
        # verb and "by"); the first is dropped if the window cut it in the middle.
        parts = seg.rsplit(None, _MAX_BACK_WORDS)
        if len(parts) > _MAX_BACK_WORDS or (lo > 0 and parts and not seg[0].isspace()):
            del parts[0]
        self.start = start
        self.lo = lo
        self.seg = seg
        self.parts = parts
        self._pos: list[int] | None = None
        # The last word touches the number: "~5", "US-5".
        self.attached = bool(parts) and not seg[-1].isspace()

    def positions(self) -> list[int]:
        """Where each of ``parts`` starts in the body."""
        pos = self._pos
        if pos is None:
            seg, parts = self.seg, self.parts
            pos = [0] * len(parts)
            end = len(seg)
            for i in range(len(parts) - 1, -1, -1):
                end = seg.rfind(parts[i], 0, end)
                pos[i] = end + self.lo
            self._pos = pos
        return pos

    def last_word(self) -> str | None:
        """The last word, lower-case and without leading brackets, or None."""
        return self.parts[-1].lstrip(_OPENERS).lower() if self.parts else None

    def last(self, before: int | None = None) -> tuple[str, int] | None:
        """The last word (lower-case, without leading brackets) ending before ``before``."""
        limit = self.start if before is None else before
        parts = self.parts
        positions = self.positions()
        for i in range(len(parts) - 1, -1, -1):
            pos = positions[i]
            if pos < limit:
                tok = parts[i]
                stripped = tok.lstrip(_OPENERS)
                return stripped.lower(), pos + len(tok) - len(stripped)
        return None

    def qualifier(self) -> tuple[Qualifier, int, int, bool] | None:
        """The qualifier phrase right before the number, or None.

        Returns the qualifier, where its text starts, the index in ``parts`` of the
        word it starts in, and whether it starts inside that word (after a bracket
        or quotation mark, or at the "~" of "about~5"): what :meth:`trend` takes.
        """
        parts = self.parts
        if not parts:
            return None
        n = len(parts)
        if self.attached:
            if parts[-1].endswith("~"):
                return _ABOUT, self.start - 1, n - 1, len(parts[-1]) > 1
            return None
        sizes = _QUAL_SIZES.get(parts[-1].lstrip(_OPENERS).lower())
        if sizes is None:
            return None
        for k in sizes:
            if n < k:
                continue
            first = parts[-k]
            stripped = first.lstrip(_OPENERS)
            q = _QUALS.get(" ".join([stripped, *parts[n - k + 1 :]]).lower())
            if q is not None:
                # Where the first word starts: found from the right, through the k words.
                seg = self.seg
                end = len(seg)
                for i in range(n - 1, n - k - 1, -1):
                    end = seg.rfind(parts[i], 0, end)
                skipped = len(first) - len(stripped)
                return q, self.lo + end + skipped, n - k, skipped > 0
        return None

    def trend(self, index: int, *, inside: bool) -> Trend | None:
        """A trend verb right before what starts in word ``index``: "rose 5%", "fell by 3".

        ``index`` is ``len(parts)`` for the number itself; ``inside``, whether what
        it is starts inside that word rather than at its start (see
        :meth:`qualifier`): the word itself is then the one before it. A verb may
        come before "by" or "to" ("climbed to 40") unless the bracket of "(by" was
        what came before (then the word is that one again, "by", no verb).
        """
        parts = self.parts
        i = index if inside else index - 1
        if i < 0:
            return None
        tok = parts[i]
        stripped = tok.lstrip(_OPENERS)
        word = stripped.lower()
        if word in ("by", "to") and stripped == tok:
            if i == 0:
                return None
            word = parts[i - 1].lstrip(_OPENERS).lower()
        return _TRENDS_V.get(word)

    def range_cue(self) -> str:
        """Return "between" or "from" if it comes right before the number, else ""."""
        w = None if self.attached else self.last_word()
        return w if w in ("between", "from") else ""

    def cue_start(self) -> int:
        """Where the word right before the number starts."""
        w = self.last()
        return self.start if w is None else w[1]

    def month(self) -> bool:
        """Whether a month name comes right before: "Feb. 11", "December 9"."""
        if self.attached or not self.parts:
            return False
        return _is_month(self.parts[-1].rstrip(".,"))

    def name(self) -> bool:
        """Whether a name or a number sign comes right before: "Game 5", "No. 1"."""
        if not self.parts:
            return False
        tok = self.parts[-1]
        if tok.endswith("#"):
            return True
        if self.attached or self.seg[-2].isspace():
            return False  # one space, no more, between the name and the number
        low = tok.lower()
        if low in ("no.", "nr.", "no"):
            return True
        word = tok.lstrip(_OPENERS)
        if (
            not word
            or not word[0].isalpha()
            or word.islower()  # no capital letter: most words
            or not any(c.isupper() for c in word)
        ):
            return False
        if word[-1] in ",;:.!?)":
            return False
        low = word.lower()
        return not (
            low in en.STOP_WORDS or low in _QUALS or low in _TRENDS_V or low in en.YEAR_CUES
            or low in ("between", "from", "nearly", "some", "and", "but", "only", "just")
        )  # fmt: skip

    def apposition(self) -> bool:
        """Whether the number follows "Name, ": an age in "Okafor, 58, now leads"."""
        if self.attached or not self.parts:
            return False
        tok = self.parts[-1]
        return len(tok) > 1 and tok.endswith(",") and tok[0].isupper()


class _Num(NamedTuple):
    """A number read at one place: its value and what was read with it."""

    start: int
    end: int
    value: Decimal
    unit: str | None = None
    scaled: bool = False  # a scale word or abbreviation was read
    is_year_like: bool = False
    is_word: bool = False
    vague: bool = False
    low: Decimal | None = None
    cur: bool = False
    mult: int = 1  # the scale read with it: 1_000_000 for "3 million"
    guards: int = -1  # ``_guards(body, end)``; all bits (every pattern may match) if not known


def _to_number(d: Decimal) -> Number:
    """Return ``d`` as an int when it is whole, else as a normalized Decimal."""
    if d == d.to_integral_value():
        return int(d)
    return d.normalize()


def _convention(body: str) -> str:
    """Return ``"euro"`` if the article writes 3.000 for three thousand, else ``"en"``."""
    euro = sum(1 for _ in _EURO_EVIDENCE.finditer(body))
    english = sum(1 for _ in _ENGLISH_EVIDENCE.finditer(body))
    return "euro" if euro > english else "en"


def _digits_value(raw: str, convention: str) -> Decimal | None:
    """Read a digit string with separators by the article's convention, or None."""
    if raw.isdecimal():  # no separator: the common case
        return Decimal(raw) if len(raw) <= _MAX_DIGITS else None
    raw = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if " " in raw:
        raw = raw.replace(" ", "")
    elif convention == "euro":
        if "," in raw:
            head, _, tail = raw.rpartition(",")
            if "," in head or not tail:
                return None
            raw = head + "." + tail if head else "0." + tail
            groups = raw.split(".")
            if len(groups) > 2 and any(len(g) != 3 for g in groups[1:-1]):
                return None
            raw = "".join(groups[:-1]) + "." + groups[-1] if len(groups) > 2 else raw
        elif raw.count(".") >= 1 and all(len(g) == 3 for g in raw.split(".")[1:]):
            raw = raw.replace(".", "")
    else:
        if "," in raw:
            head, dot, frac = raw.partition(".")
            groups = head.split(",")
            if any(len(g) != 3 for g in groups[1:]) or not groups[0] or len(groups[0]) > 3:
                return None
            raw = "".join(groups) + dot + frac
        if raw.count(".") > 1:
            return None
    digits = len(raw) - raw.count(".")
    if digits > _MAX_DIGITS or digits == 0:
        return None
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _word_number(body: str, m: re.Match[str]) -> tuple[Decimal, int, int] | None:
    """Read a number in words starting at ``m``: its value, where it ends, and its scale."""
    text = m.group("words").lower()
    pos = m.end()
    toks: list[tuple[str, int]] = []
    lead = text.split()
    # "a million", "half a dozen", "a third of": leading articles carry a value.
    if lead[0] == "half" and len(lead) > 2:
        toks.append(("half-lead", m.start()))
        lead = lead[2:]
    elif lead[0] in ("a", "an") and len(lead) > 1:
        toks.append(("one", m.start()))
        lead = lead[1:]
    toks.append((lead[-1], pos))
    # "one hundred and twenty-three thousand four hundred and fifty-six" is 12 words:
    # reading no further keeps the pass linear on "one and one and one ...".
    while len(toks) < _MAX_NUMBER_WORDS:
        n = _WORD_NEXT.match(body, pos)
        if n is None:
            break
        w = "a half" if n.group("half") else n.group("w").lower()
        toks.append((w, n.end()))
        pos = n.end()
    total = Decimal(0)
    current: Decimal | None = None
    last_end = -1
    value: Decimal | None = None
    mult = 1
    half_lead = False
    prev = ""
    for w, end in toks:
        if w == "half-lead":
            half_lead = True
            prev = w
            continue
        if w in _NUM_WORDS:
            v = _NUM_WORDS[w]
            follows = (
                prev in en.SCALES
                or (prev in en.TENS and v < 10 and current is not None and current % 100 != 0)
                or (prev == "hundred" and v < 100)
            )
            if current is not None and not follows:
                break
            current = (current or Decimal(0)) + v
        elif w == "a half":
            if current is None or prev == "a half":
                break
            current += Decimal("0.5")
        elif w in en.SCALES or w == en.DOZEN:
            if current is None and not half_lead:
                break
            mult = 12 if w == en.DOZEN else en.SCALES[w]
            base = Decimal("0.5") if half_lead and current is None else (current or Decimal(1))
            half_lead = False
            if mult == 100:
                current = base * 100
            else:
                total += base * mult
                current = None
        elif w in en.FRACTION_WORDS:
            if current is None or prev in en.FRACTION_WORDS or current > 10:
                break
            den = en.FRACTION_WORDS[w]
            # "one third" and "two thirds", never "two third" as an ordinal.
            if (current == 1) != (not w.endswith("s")) and not (w == "half" and current == 1):
                break
            current = current / den
        else:
            break
        prev = w
        last_end = end
        value = total + (current or Decimal(0))
        scale = 12 if w == en.DOZEN else en.SCALES.get(w, 0)
        if scale:
            mult = scale if current is None or scale == 100 else mult
        elif w in _NUM_WORDS:
            mult = 1
    if value is None or last_end < 0:
        return None
    return value, last_end, mult


class _Extractor:
    """One pass over one body; holds the article's number convention."""

    def __init__(self, body: str) -> None:
        self.body = body
        self._convention: str | None = None

    @property
    def convention(self) -> str:
        """``"euro"`` if the article writes 3.000 for three thousand, else ``"en"``; read once."""
        if self._convention is None:
            body = self.body
            euro = _DOT_THOUSANDS.search(body) is not None and _convention(body) == "euro"
            self._convention = "euro" if euro else "en"
        return self._convention

    # -- reading one number ------------------------------------------------------------

    def read(self, m: re.Match[str]) -> _Num | None:
        """Read the number that starts at match ``m``, with scale and unit."""
        body = self.body
        kind = m.lastgroup  # the group of the form read: "num", "vague", "words", ...
        if kind == "num":
            return self._read_digits(m)
        if kind == "vague":
            word = " ".join(_fold(m.group("vague")).split())
            if word in en.VAGUE_NEEDS_OF and not body.startswith(" of ", m.end()):
                return None
            bound = en.VAGUE_COUNTS[word]
            low = None if bound is None else Decimal(bound)
            end = m.end()
            if word == "several":
                s = _SCALE_WORD.match(body, end)
                if s is not None and s.group(0)[:1] in " \t\n":
                    end = s.end()
            return _Num(m.start(), end, low or Decimal(0), vague=True, low=low)
        if kind == "fold":
            word = _fold(m.group("fold"))
            value = Decimal(_NUM_WORDS.get(word) or en.SCALES[word])
            return _Num(m.start(), m.end() + 4, value, unit="count", is_word=True)
        if kind == "vulgar":
            n, d = en.VULGAR_FRACTIONS[m.group("vulgar")]
            return self._tail(m.start(), m.end(), Decimal(n) / Decimal(d), is_word=False)
        got = _word_number(body, m)
        if got is None:
            return None
        value, end, mult = got
        return self._tail(m.start(), end, value, is_word=True, mult=mult)

    def _read_digits(self, m: re.Match[str]) -> _Num | None:
        body = self.body
        cur_raw, sign, raw = m.group("cur", "sign", "num")
        end = m.end()
        plain = raw.isdecimal()  # no separator: the common case
        if plain:
            if len(raw) > _MAX_DIGITS:
                return None
            value = Decimal(raw)
        elif _EN_THOUSANDS.fullmatch(raw) and self.convention == "en":
            value = Decimal(raw.replace(",", ""))  # "3,000": what _digits_value gives
        else:
            if " " in raw:
                groups = raw.split(" ")
                if len(groups) == 2 and len(groups[0]) == 1:
                    # "3 100m" is three things of 100 m, not 3,100: read "3" alone.
                    raw = groups[0]
                    end = m.start("num") + len(raw)
            got = _digits_value(raw, self.convention if "." in raw or "," in raw else "en")
            if got is None:
                return None
            value = got
        # "PS5" is a console: the transliterated pound only with a scale or separators.
        if cur_raw in {"PS", "PS "} and not _PS_OK.match(body, m.start("num"), end + 3):
            return None
        if sign:
            value = -value
        unit = self._currency(cur_raw) if cur_raw else None
        f = (
            _FRACTION_TAIL.match(body, end)
            if (plain or ("." not in raw and "," not in raw)) and _fraction_may_follow(body, end)
            else None
        )
        if f is not None:
            if f.group("v"):
                n, d = en.VULGAR_FRACTIONS[f.group("v")]
            else:
                n, d = int(f.group("n")), int(f.group("d"))
            if (0 < n < d and f.group(0)[:1] in " \u00a0") or f.group("v"):
                value += (-1 if value < 0 else 1) * Decimal(n) / Decimal(d)
                end = f.end()
        s = _SLASH_FRACTION.match(body, end) if body[end : end + 1] in _F_SLASH else None
        if s is not None:
            d = int(s.group("d"))
            if not (0 < value < d) or "." in raw or "," in raw:
                return None
            after = self._unit_at(s.end(), money=False) or _POUNDS.match(body, s.end())
            if after is None and not body.startswith(" of ", s.end()):
                return None
            value = value / d
            end = s.end()
        e = _EXPONENT.match(body, end) if _guards(body, end) & _G_EXPONENT else None
        if e is not None:
            exp = int((e.group("e") or e.group("x")).replace("−", "-"))
            value = value.scaleb(exp)
            end = e.end()
        year_like = (
            not cur_raw and not sign and len(raw) == 4 and raw.isdigit() and 1000 <= int(raw) < 2100
        )
        num = self._tail(m.start(), end, value, unit=unit, year_like=year_like, digits=True)
        if num is not None and num.end < len(body) and body[num.end].isalpha():
            return None  # "5G", "3s", "X6": letters glued on that are no unit make a name
        return num

    def _currency(self, raw: str) -> str:
        raw = raw.strip()
        if raw in en.CURRENCY_SYMBOLS:
            return en.CURRENCY_SYMBOLS[raw]
        if raw in en.CURRENCY_CODES:
            return en.CURRENCY_CODES[raw]
        if "$" in raw:
            letters = raw.replace("$", "").replace(" ", "")
            return _CURRENCY_LETTERS.get(letters, "dollar")
        return en.CURRENCY_SYMBOLS.get(raw.replace(" ", ""), "dollar")

    def _unit_at(self, pos: int, *, money: bool, words: bool = False) -> tuple[str, int] | None:
        """Return the unit name that starts at ``pos`` and where it ends, or None."""
        head = _UNIT_HEAD.match(self.body, pos)
        if head is None:
            return None
        a = head.group(2)
        if a not in _UNIT_HEADS_CASED and a.lower() not in _UNIT_HEADS_UNCASED:
            return None  # no unit is or starts with this word: "18 police"
        u = _UNIT_TOKENS.match(self.body, pos)
        if u is None:  # pragma: no cover - it matches where its first token does
            return None
        sep, a, b, c = u.group("sep", "a", "b", "c")
        tries = []
        if c is not None:
            tries.append((f"{a} {b} {c}", u.end("c")))
        if b is not None:
            tries.append((f"{a} {b}", u.end("b")))
        tries.append((a, u.end("a")))
        for key, end in tries:
            name = _UNITS_CASED.get(key) or _UNITS_UNCASED.get(key.lower())
            if name is None or (key in en.UNITS_ATTACHED_ONLY and sep):
                continue
            if (sep.count("-") or words) and key in ("'", '"', "″", "%"):
                return None
            if money and name in ("metre", "tonne"):
                return None
            return name, end
        return None

    def _tail(
        self,
        start: int,
        end: int,
        value: Decimal,
        *,
        unit: str | None = None,
        year_like: bool = False,
        is_word: bool = False,
        mult: int = 1,
        digits: bool = False,
    ) -> _Num | None:
        """Read scale, currency and unit after a number ending at ``end``."""
        body = self.body
        money = unit is not None
        scaled = mult > 1
        g = _guards(body, end)  # which patterns may match at ``end``, read again where it moves
        # Scale: "2.5 million", "1bn", "300k", "$6.3b", "45m people".
        if digits:
            for _ in range(2):  # "7 hundred million" at most
                s = _SCALE_WORD.match(body, end) if g & _G_SCALE else None
                if s is None:
                    break
                scale = en.SCALES[_fold(s.group("s"))]
                value *= scale
                mult *= scale
                end = s.end()
                g = _guards(body, end)
                scaled = True
            if not scaled and g & _G_SCALE_ABBR:
                a = _SCALE_ABBR.match(body, end)
                if a is not None:
                    abbr = a.group("s")
                    ok = not a.group("sp") or abbr in ("bn", "B", "mn", "tn")
                    if abbr in en.SCALE_ABBREVIATIONS_MONEY_ONLY and not money:
                        ok = ok and abbr in ("m", "M") and self._million_context(a.end())
                    if ok:
                        value *= en.SCALE_ABBREVIATIONS[abbr]
                        mult = en.SCALE_ABBREVIATIONS[abbr]
                        end = a.end()
                        g = _guards(body, end)
                        scaled = True
                        year_like = False
        # Most numbers are followed by a word that is no scale, currency or pound: one test.
        marks = g & _G_TAIL
        if unit is None and digits and marks:
            c = _CUR_SUFFIX_SYMBOL.match(body, end) if g & _G_CUR_SYMBOL else None
            if c is not None:
                unit = en.CURRENCY_SYMBOLS.get(c.group("c"))
                end = c.end()
                g = _guards(body, end)
            elif g & _G_CUR_CODE:
                c2 = _CUR_SUFFIX_CODE.match(body, end)
                if c2 is not None:
                    unit = en.CURRENCY_CODES[c2.group("c")]
                    end = c2.end()
                    g = _guards(body, end)
        if unit is None:
            p = _POUNDS.match(body, end) if marks and g & _G_POUNDS else None
            if p is not None:
                money_word = scaled or body.startswith(" sterling", p.end())
                unit = "pound sterling" if money_word else "pound-mass"
                end = p.end()
                g = _guards(body, end)
            else:
                got = self._unit_at(end, money=False, words=is_word)
                if got is not None:
                    unit, end = got
                    g = _guards(body, end)
        if unit is not None:
            # "$1.25 per share": a rate.
            r = _RATE.match(body, end) if g & _G_RATE else None
            if r is not None:
                unit = f"{unit} per {en.RATE_DENOMINATORS[_fold(r.group('d'))]}"
                end = r.end()
                g = _guards(body, end)
            year_like = False
        # The fields in order, without the keyword handling of _Num(...): read once a number.
        return _NEW_TUPLE(
            _Num, (start, end, value, unit, scaled, year_like, is_word, False, None, money, mult, g)
        )

    def unit_of_a(self, pos: int) -> tuple[str, int] | None:
        """The unit in "of a [US] cup" after ``pos`` and where it ends, or None."""
        body = self.body
        m = _OF_A.match(body, pos)
        if m is None:
            return None
        p = m.end()
        for _ in range(3):  # "of a US fluid ounce": two modifiers at most
            got = self._unit_at(p, money=False, words=True)
            if got is not None:
                return got
            pounds = _POUNDS.match(body, p)
            if pounds is not None:
                return "pound-mass", pounds.end()
            skip = _MODIFIER.match(body, p)
            if skip is None:
                return None
            p = skip.end()
        return None

    def _million_context(self, pos: int) -> bool:
        """After "45m": "of" or a plural noun means million; else it is metres."""
        w = _NEXT_WORD.match(self.body, pos)
        if w is None:
            return False
        word = w.group("w")
        # "45m people", "3m investors"; but "45m feet" and "45m tall" are lengths.
        return word == "of" or (
            word not in _LENGTH_PLURALS
            and (word in _PLURAL_ONLY or (word.endswith("s") and _is_plural_noun(word)))
        )

    # -- context ----------------------------------------------------------------------

    def before(self, start: int) -> _Back:
        """Return the words before ``start``."""
        return _Back(self.body, start)

    def is_date(self, num: _Num, before: _Back) -> bool:
        """Whether the number is a day of a month or a year."""
        body = self.body
        if num.cur or num.unit is not None or num.scaled:
            return False
        if before.month() and num.value == num.value.to_integral_value():
            return True
        g = num.guards
        if g & _G_MONTH_AFTER and 1 <= num.value <= 31:
            a = _MONTH_AFTER.match(body, num.end)
            if a is not None and _is_month(a.group("m")):
                return True
        return bool(g & _G_TIME_ZONE) and _TIME_ZONE.match(body, num.end) is not None

    def is_name(self, num: _Num, before: _Back) -> bool:
        """Whether the number is part of a name: "Game 5", "S&P 500", "No. 1"."""
        if num.cur or num.unit is not None:
            return False
        return before.name()

    def noun_phrase(self, pos: int) -> list[tuple[str, int, int]]:
        """Read the counted noun phrase after ``pos``: its words with their offsets.

        "dozens of protesters" gives ``protesters``; "18 police and security
        agents," gives ``police and security agents``; a word joined by a hyphen
        counts too ("four-cylinder").
        """
        body = self.body
        words: list[tuple[str, int, int]] = []
        hyphen = _HYPHEN_WORD.match(body, pos) if body[pos : pos + 1] == "-" else None
        if hyphen is not None:
            # "three-bedroom house": the compound says what is counted.
            low = hyphen.group("w").lower()
            if low in en.STOP_WORDS or low in _NUM_WORDS:
                return []
            return [(hyphen.group("w"), hyphen.start("w"), hyphen.end("w"))]
        match = _NEXT_WORD.match
        w = match(body, pos)
        if w is not None and w.group(1).lower() == "of":
            w = match(body, w.end())
            if w is not None and w.group(1).lower() in en.NP_LEADERS:
                w = match(body, w.end())
        flags = _NP_FLAGS
        while w is not None and len(words) < 5:
            w_start, w_end = w.span(1)
            word = body[w_start:w_end]
            low = word.lower()
            f = flags.get(low, 0)  # which of the word lists it is in: most nouns are in none
            # The word after, read only where it is needed.
            nxt: re.Match[str] | None = None
            read = False
            if f:
                if not words and f & (_NP_COMPARATIVE | _NP_INSERT):
                    nxt, read = match(body, w_end), True
                    if f & _NP_COMPARATIVE and (nxt is None or not _is_plural_noun(nxt.group(1))):
                        break  # "30k cheaper": how it compares, not what it counts
                    if f & _NP_INSERT and nxt is not None and _is_plural_noun(nxt.group(1)):
                        w = nxt  # "five more games": the games are counted
                        continue
                if low == "and" and words and len(words) < 3:
                    if not read:
                        nxt, read = match(body, w_end), True
                    if nxt is None or nxt.group(1).lower() in en.STOP_WORDS:
                        break
                    words.append((word, w_start, w_end))
                    w = nxt
                    continue
                if (
                    (f & _NP_STOP and not word.isupper())  # "US" is no pronoun
                    or f & _NP_NUMBER
                    or (f & _NP_MONTH and word[0].isupper())
                    or (not words and f & _NP_TREND)
                    or (words and f & _NP_ENDER)
                ):
                    break
            if len(word) == 1 or (words and low.endswith(("ed", "ly"))):
                break
            if words and low.endswith("ing"):
                if not read:
                    nxt, read = match(body, w_end), True
                if nxt is None or nxt.group(1).lower() in en.STOP_WORDS:
                    break
            words.append((word, w_start, w_end))
            if body[w_end : w_end + 1] in _PHRASE_ENDS:
                break
            w = nxt if read else match(body, w_end)
        while words:
            low = words[-1][0].lower()
            if low != "and" and not low.endswith(("ed", "ly", "ing")):
                break
            words.pop()
        return words


def _is_amount(before: _Back, qualifier: Qualifier) -> bool:
    """Whether a year-like number is an amount: "more than 1700", "an average of 1700"."""
    if qualifier in _BOUNDING:
        return True
    w = before.last()
    if w is None or w[0] != "of":
        return False
    noun = before.last(w[1])
    return noun is not None and noun[0] in en.AMOUNT_NOUNS


def _count_unit(words: list[str]) -> str:
    """Name the unit of a count from its counted words: "Ford and Mazda trucks".

    The head noun is put in the singular, modifiers in their base form
    ("smaller" is "small"), and joiners and possessive endings are left out, as
    other tools lemmatize a counted phrase: ``"Ford Mazda truck"``,
    ``"Smith aide"`` for "Smith's aides".
    """
    if len(words) == 1:
        return _singular(_unpossessive(words[0]))
    parts = []
    for w in words[:-1]:
        if w.lower() in en.UNIT_JOINERS:
            continue
        bare = _unpossessive(w)
        parts.append(en.ADJECTIVE_BASES.get(bare, bare) if bare.islower() else bare)
    parts.append(_singular(_unpossessive(words[-1])))
    return " ".join(parts)


def _unpossessive(word: str) -> str:
    """Drop a possessive ending: "Johnson's" is "Johnson", "players'" is "players"."""
    if "'" not in word and "’" not in word:
        return word
    if word.endswith(("'s", "’s")) and len(word) > 2:
        return word[:-2]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word


def _fraction_may_follow(body: str, end: int) -> bool:
    """Whether a fraction may follow a whole number ending at ``end``: "2 1/2", "3½"."""
    c = body[end : end + 1]
    if c in _F_FRACTION or c.isdecimal():
        return True
    if c in (" ", "\u00a0", "-", "‐"):
        c = body[end + 1 : end + 2]
        return c in _F_FRACTION or c.isdecimal()
    return False


def _is_month(word: str) -> bool:
    low = word.lower()
    if low not in en.MONTHS:
        return False
    return low not in en.MONTHS_CAPITALIZED_ONLY or word[0].isupper()


def _is_plural_noun(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun: "units", "people" (not "film")."""
    if not word.islower() or word in en.STOP_WORDS:
        return False
    return word in _PLURAL_ONLY or _singular(word) != word


def _singular(word: str) -> str:
    """Return the singular of a plural English noun (good enough for unit names)."""
    low = word.lower()
    if low in en.IRREGULAR_SINGULARS:
        return en.IRREGULAR_SINGULARS[low]
    if low.endswith("men") and len(low) > 4:
        return word[:-3] + "man"
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return word[:-1]
    return word


def extract_statistics(body: str, *, sources: tuple[Source, ...] = ()) -> tuple[Statistic, ...]:
    """Find the statistics a news text states, in order of position.

    Reads digits with separators (3,000; 1 500 000; 3.000 where the article
    writes thousands that way), decimals, percentages, money (symbols, ISO codes,
    currency words), scale words (2.5 million, 1bn, 300k), numbers in words
    (two, twenty-one, a dozen), fractions, ranges (2-3 million, between 10 and
    20) and vague counts (dozens, hundreds, several), with the qualifier before
    them ("more than", "up to", "about") and a trend ("rose 5%").

    Args:
        body: The article body; spans index into it.
        sources: The article's sources; a statistic takes the id of one whose
            mention is in its sentence, preferring one the sentence attributes
            it to ("according to the Ministry of Interior").

    Returns:
        The statistics, in order of position. Never raises on a ``str``.

    >>> [s.text for s in extract_statistics("More than 3,000 people have been detained.")]
    ['More than 3,000 people']
    >>> s = extract_statistics("Shares fell about 5% on Friday.")[0]
    >>> s.value, s.unit, s.qualifier.value, s.trend.value
    (5, 'percentage', 'about', 'decrease')

    .. versionadded:: 0.1.0
    """
    if not isinstance(body, str) or not body:
        return ()
    ex = _Extractor(body)
    out: list[Statistic] = []
    pos = 0
    last: Statistic | None = None
    for _, c_end, p, word in _candidates(body):
        if c_end <= pos and pos:
            continue
        m = _start_at(body, p, word, pos)
        if m is None:
            continue
        if m.lastgroup == "skip":
            pos = m.end()
            continue
        try:
            got = _statistic_at(ex, m, last)
        except (ArithmeticError, ValueError, IndexError):  # pragma: no cover - defensive
            got = None
        if got is None:
            pos = max(pos, m.end())
            continue
        stats, after = got
        pos = max(after, m.start() + 1)
        out.extend(stats)
        if stats:
            last = stats[-1]
    _carry_units(body, out)
    if sources and out:
        _attribute(body, out, sources)
    return tuple(out)


def _carry_units(body: str, stats: list[Statistic]) -> None:
    """Give a bare number the unit of the figure it is compared with, in place.

    "62.40 cents, while the cheapest is 51.15" and "312 flats by auction and
    95 by ballot": the unit is left out because the sentence already said it.
    The nearest earlier figure in the same sentence with a unit lends it; a
    percentage does not lend its unit to a level ("fell 3%, to 6,180").
    """
    n = len(stats)
    for i, st in enumerate(stats):
        if st.unit is not None or st.qualifier is _VAGUE or not _HAS_DIGIT.search(st.text):
            continue
        unit = None
        if i + 1 < n:
            nxt = stats[i + 1]
            if nxt.unit is not None and _FORWARD_JOIN.fullmatch(body, st.span.end, nxt.span.start):
                unit = nxt.unit  # "about 7 or $8", "40 million of the 2 billion euros"
        if unit is None and _ends_phrase(body, st.span.end):
            unit = _lender(body, stats, i)
        if unit is None:
            continue
        start, end = st.span.start, st.span.end
        r = _RATE.match(body, end) if " per " not in unit else None
        if r is not None:
            # "15 burglaries ..., an average of 12 per month": the unit, now a rate.
            unit = f"{unit} per {en.RATE_DENOMINATORS[_fold(r.group('d'))]}"
            end = r.end()
            stats[i] = attrs.evolve(st, unit=unit, text=body[start:end], span=Span(start, end))
        else:
            stats[i] = attrs.evolve(st, unit=unit)


def _lender(body: str, stats: list[Statistic], i: int) -> str | None:
    """The unit a bare figure takes from an earlier one in its sentence, or None.

    Of the last few figures before it, the one nearest in size is the one it is
    compared with ("3,150,000 won with 4 doors and 2,990,000 for the sport trim");
    between figures as near, the closest in the text. "One of" a plural lends
    nothing: "one of the causes he moved in '11" picks one of a set, it is no
    figure the next number is compared with.
    """
    st = stats[i]
    size = _magnitude(st)
    best: tuple[float, str] | None = None
    for j in range(i - 1, max(-1, i - 4), -1):
        prev = stats[j]
        gap_start = prev.span.end
        if st.span.start - gap_start > _MAX_CARRY or _SENTENCE_BREAK.search(
            body, gap_start, st.span.start
        ):
            break
        if prev.unit is None or prev.unit in _PROPORTIONS or prev.unit == "year of age":
            continue
        if prev.value == 1 and _ONE_OF.search(prev.text) is not None:
            continue
        other = _magnitude(prev)
        far = abs(size - other) if size is not None and other is not None else 0.0
        if best is None or far < best[0] - 1.0:
            best = (far, prev.unit)
    return None if best is None else best[1]


def _magnitude(st: Statistic) -> float | None:
    """The order of magnitude of a figure's value (or its bound), or None."""
    v = st.value if st.value is not None else st.high if st.high is not None else st.low
    if v is None or v == 0:
        return None
    # Not through float: "2e622" is an int that float() cannot hold.
    return float(abs(v).log10()) if isinstance(v, Decimal) else math.log10(abs(v))


def _is_name_after(body: str, pos: int) -> bool:
    """Whether a capitalized singular word that is not a unit comes right after ``pos``."""
    w = _NEXT_WORD.match(body, pos)
    if w is None:
        return False
    word = w.group("w")
    return (
        word[0].isupper()
        and not word.isupper()
        and not word.endswith("s")
        and word.lower() not in en.STOP_WORDS
        and not _is_month(word)
    )


def _ends_phrase(body: str, pos: int) -> bool:
    """Whether nothing that could name a unit follows ``pos``: an end, a mark, a function word.

    "the cheapest is 51.15." or "95 by ballot" leave the unit out; "about 25
    newly built plants" names its own, though it was not read.
    """
    w = _NEXT_WORD.match(body, pos)
    return w is None or w.group("w").lower() in en.STOP_WORDS


def _start_at(body: str, p: int, word: bool, pos: int) -> re.Match[str] | None:
    """Match a number that may start at ``p`` (a digit, or a number word if ``word``).

    A run of digits may be led by a currency mark or a sign ("US$5", "RM4.85",
    "minus-85"); a number word by an article ("a dozen", "half a million").
    """
    if not word:
        found = _PREFIX_LEAD.search(body, max(pos, p - _MAX_PREFIX), p)
        while found is not None:
            q = found.start()
            m = _START.match(body, q)
            if m is not None and m.end() > p:
                return m
            found = _PREFIX_LEAD.search(body, q + 1, p)
        return _START.match(body, p)
    if p < pos:
        return None
    lead = body[max(pos, p - 8) : p].lower()
    for article in ("half an ", "half a ", "an ", "a "):
        q = p - len(article)
        if lead.endswith(article) and (q == 0 or not body[q - 1].isalpha()):
            m = _START.match(body, q)
            if m is not None and m.end() > p:
                return m
    return _START.match(body, p)


def _attribute(body: str, stats: list[Statistic], sources: tuple[Source, ...]) -> None:
    """Give each statistic the id of the source its sentence attributes it to, in place.

    The records are the ones this call built, not yet handed out, so the source
    is set on them rather than copied into new ones; the sentence split is the
    one the other extractors share, and each sentence's cues are read once.
    """
    mentions = sorted([(m.start, m.end, s.id) for s in sources for m in s.mentions])
    if not mentions:
        return
    sents = sentence_bounds(body)
    mention_starts = [m[0] for m in mentions]
    seen: dict[int, list[tuple[int, str]]] = {}
    past = len(body) + 1  # (start, past) sorts after every sentence that starts at start
    for st in stats:
        start = st.span.start
        # The last sentence that starts at or before the statistic.
        i = bisect.bisect_right(sents, (start, past)) - 1
        if i < 0:
            continue
        got = seen.get(i)
        if got is None:
            got = seen[i] = _sentence_sources(body, sents[i], mentions, mention_starts)
        if len(got) == 1:
            _SET_SOURCE(st, got[0][1])
        elif got:
            _SET_SOURCE(st, min([(abs(s - start), sid) for s, sid in got])[1])


def _sentence_sources(
    body: str,
    sent: tuple[int, int],
    mentions: list[tuple[int, int, str]],
    mention_starts: list[int],
) -> list[tuple[int, str]]:
    """The mentions a statistic in sentence ``sent`` may take its source from.

    Those the sentence cues as saying it ("according to the Ministry", "NetBlocks
    said") if any; else all its mentions if it has an attribution word at all;
    else none. A statistic takes the nearest of them.
    """
    s_start, s_end = sent
    # Mentions are sorted by start: only those starting inside the sentence can be in it.
    lo = bisect.bisect_left(mention_starts, s_start)
    hi = bisect.bisect_right(mention_starts, s_end)
    inside = [m for m in mentions[lo:hi] if m[1] <= s_end]
    if not inside:
        return []
    cued: list[tuple[int, str]] = []
    for s, e, sid in inside:
        before = body[max(s_start, s - 16) : s]
        after = body[e : min(s_end, e + 24)]
        if "according to" in before.lower() or _ATTRIBUTION.match(after.lstrip(" ,")):
            cued.append((s, sid))
    if cued:
        return cued
    if not _has_attribution(body, s_start, s_end):
        return []
    return [(s, sid) for s, _, sid in inside]


def _has_attribution(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` has an attribution word ("said", "according to").

    The same answer as searching with ``_ATTRIBUTION``, which tries every
    position: the search starts at the first place one of the words could begin.
    """
    seg = body[start:end]
    if not seg.isascii() and any(ch in seg for ch in _ODD_FOLDS):
        return _ATTRIBUTION.search(body, start, end) is not None
    low = seg.lower()
    if len(low) != len(seg):  # pragma: no cover - a lower case longer than its letter
        return _ATTRIBUTION.search(body, start, end) is not None
    first = -1
    for head in _ATTRIBUTION_HEADS:
        # Only an earlier start counts: one that starts before ``first``.
        i = low.find(head, 0, first + len(head) - 1) if first >= 0 else low.find(head)
        if i >= 0:
            first = i
    return first >= 0 and _ATTRIBUTION.search(body, start + first, end) is not None


def _statistic_at(
    ex: _Extractor, m: re.Match[str], last: Statistic | None
) -> tuple[list[Statistic], int] | None:
    """Build the statistics that start at match ``m``; return them and where to go on."""
    body = ex.body
    first = ex.read(m)
    if first is None:
        return None
    before = ex.before(first.start)
    # A range: "2-3 million", "between 10 and 20", "from 25 mg to 35 mg", "18 to 26 mph".
    second: _Num | None = None
    join = (
        _RANGE_JOIN.match(body, first.end) if not first.vague and first.guards & _G_JOIN else None
    )
    if join is not None:
        bf = before.range_cue()
        m2 = _SECOND.match(body, join.end())
        j = (join.group("j") or join.group("d")).lower()
        if m2 is not None and m2.group("skip") is None and m2.group("vague") is None:
            cand = ex.read(m2)
            if cand is not None and first.is_year_like and not cand.is_year_like:
                # "rose 45% in 2019 to 4.2 million": a year, then the figure it reached.
                w = before.last_word()
                if w is not None and w in en.YEAR_CUES and w not in ("from", "between"):
                    cand = None
            if cand is not None and _is_range(first, cand, j, bf, body):
                second = cand
            elif (
                cand is not None
                and j in _DASHES
                and _is_bare(first)
                and _is_bare(cand)
                and not first.is_word
                and not cand.is_word
            ):
                return [], cand.end  # "3-1", "76-76": a score
            elif (
                cand is not None
                and j == "to"
                and first.unit is None
                and cand.unit is not None
                and not first.is_year_like
                and not first.vague
            ):
                # "from 3.2 to 3.1 percent": both are percentages, though not a range.
                first = first._replace(unit=cand.unit)
    if second is not None:
        return _range_stat(ex, first, second, before, bf)
    if _is_bare(first) and not first.is_year_like and first.value >= 1:
        ratio = _proportion(ex, first)
        if ratio is not None:
            return ratio
    if first.is_word and not first.scaled and first.unit is None and first.value == 1:
        # "one" is a determiner ("one of the largest", "no one knows") unless a
        # singular noun follows ("one man", "one particular request" count one), or
        # "of" and a plural one ("one of the finest bridges" counts one bridge).
        word = body[first.start : first.end].lower()
        q = before.qualifier()
        if (
            word in ("one", "a", "an")
            and (q is None or q[0] is _EXACT)
            and not (word == "one" and _counts_one(ex, first.end, before))
        ):
            return [], first.end
    if first.vague:
        vague = _build(ex, first, None, before, last)
        return ([] if vague is None else [vague]), first.end
    if ex.is_date(first, before) or ex.is_name(first, before):
        return [], first.end
    if first.value.is_zero() and not first.unit and body[first.start : first.end] in ("0", "zero"):
        return [], first.end
    st = _build(ex, first, None, before, last)
    if st is None:
        return [], first.end
    return [st], st.span.end if st.span.end > first.start else first.end


def _counts_one(ex: _Extractor, end: int, before: _Back) -> bool:
    """Whether "one" ending at ``end`` counts what follows it.

    A singular noun ("one man", "one particular request"), or a plural one after
    "of" ("one of the finest bridges", "one of Mara's largest paintings"):
    one of them. "One of the largest" and "one of them" count nothing.
    """
    w = before.last_word()
    if w is not None and w in _ONE_DETERMINERS:
        return False  # "no one", "the one thing", "this one"
    if ex.body.startswith(" of ", end):
        # Not "one of dozens", "one of several banks" (a count of its own), "one of the town's".
        of = ex.noun_phrase(end)
        return (
            bool(of)
            and of[0][0].lower() not in _SCAN_WORDS
            and _is_plural_noun(_unpossessive(of[-1][0]))
        )
    words = _singular_phrase(ex.noun_phrase(end))
    if not words:
        return False
    head = words[-1][0]
    return head.islower() and _singular(head) == head and head not in _PLURAL_ONLY


def _singular_phrase(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The phrase "one" counts: it ends before a plural word ("one proposal asks")."""
    for k in range(1, len(words)):
        w = words[k][0]
        if w.islower() and _singular(w) != w:
            return words[:k]
    return words


def _proportion(ex: _Extractor, first: _Num) -> tuple[list[Statistic], int] | None:
    """Read "one in three Germans", "4 out of 10 voters": a proportion, or None."""
    body = ex.body
    link = _PER_WHOLE.match(body, first.end) if first.guards & _G_PER_WHOLE else None
    if link is None:
        return None
    m2 = _SECOND.match(body, link.end())
    if m2 is None or (m2.group("num") is None and m2.group("words") is None):
        return None
    whole = ex.read(m2)
    if (
        whole is None
        or not _is_bare(whole)
        or whole.is_year_like
        or whole.value <= first.value
        or whole.value != whole.value.to_integral_value()
        or first.value != first.value.to_integral_value()
    ):
        return None
    words = ex.noun_phrase(whole.end)
    if not words and link.group(1) == "in":
        return None  # "2 in 3": a score or a date more often than a share
    end = words[-1][2] if words else whole.end
    counted = " ".join(w for w, _, _ in words) or None
    st = _finish(
        body, first.start, end, _to_number(first.value / whole.value), None, None, None,
        counted, _EXACT, None,
    )  # fmt: skip
    return ([] if st is None else [st]), max(end, whole.end)


def _is_bare(n: _Num) -> bool:
    return n.unit is None and not n.cur and not n.scaled and not n.vague


def _is_range(a: _Num, b: _Num, join: str, kind: str, body: str) -> bool:
    """Whether ``a JOIN b`` is one range rather than two numbers (``kind``: between, from)."""
    if join == "and" and kind != "between":
        return False
    if join == "or" and not (a.is_word and b.is_word):
        return False
    if join in _DASHES:
        if a.is_word != b.is_word or (b.cur and not a.cur):
            return False
        # "3-1", "76-76": a score, unless a unit or scale says what it measures.
        if a.unit is None and b.unit is None and not b.scaled:
            nxt = _NEXT_WORD.match(body, b.end)
            if nxt is None or nxt.group("w").lower() in en.STOP_WORDS:
                return False
    if a.unit is not None and b.unit is not None and a.unit != b.unit.partition(" per ")[0]:
        return False
    if a.unit is not None and b.unit is None:
        return False
    va = _scaled_first(a, b)
    if va > b.value:
        return False
    if a.is_year_like and b.is_year_like and b.unit is None:
        nxt = _NEXT_WORD.match(body, b.end)
        if nxt is None or not _is_plural_noun(nxt.group("w")):
            return False
    return True


def _scaled_first(a: _Num, b: _Num) -> Decimal:
    """The first number of a range, with the second's scale if it has none ("2-3 million")."""
    if b.mult > 1 and a.mult == 1 and a.value * b.mult <= b.value:
        return a.value * b.mult
    return a.value


def _range_stat(
    ex: _Extractor, a: _Num, b: _Num, before: _Back, bf: str
) -> tuple[list[Statistic], int]:
    low = _scaled_first(a, b)
    unit = b.unit or a.unit
    start = before.cue_start() if bf else a.start
    merged = _Num(start, b.end, b.value, unit=unit, scaled=b.scaled, cur=a.cur or b.cur)
    st = _build(ex, merged, (low, b.value), ex.before(start), None)
    if st is None:
        return [], b.end
    return [st], max(st.span.end, b.end)


def _build(
    ex: _Extractor,
    num: _Num,
    bounds: tuple[Decimal, Decimal] | None,
    before: _Back,
    last: Statistic | None,
) -> Statistic | None:
    """Turn a number read in context into a Statistic."""
    body = ex.body
    start, end = num.start, num.end
    q = None if num.vague else before.qualifier()
    if q is None:
        qualifier = _VAGUE if num.vague else _EXACT
        qual_start = start
        trend = before.trend(len(before.parts), inside=False)
    else:
        qualifier, qual_start, index, inside = q
        trend = before.trend(index, inside=inside)
    if trend is None and (
        last is not None
        and last.trend is not None
        and last.span.end <= start
        and _INHERIT_TREND.fullmatch(body, last.span.end, start)
    ):
        # "lost 240 points, or 0.8%", "rose 22 sen to RM41.20": the same change.
        trend = last.trend
    if num.vague:
        value: Number | None = None
        low: Number | None = _to_number(num.low) if num.low is not None else None
        high: Number | None = None
    elif bounds is not None:
        value = None
        low, high = _to_number(bounds[0]), _to_number(bounds[1])
    else:
        value = _to_number(num.value)
        low = high = None
    unit = num.unit
    counted: str | None = None
    # Trailing qualifiers: "300+", "10 or more", "50 or so".
    tq = (
        _TRAIL_QUAL.match(body, end)
        if bounds is None and not num.vague and qualifier is _EXACT and num.guards & _G_TRAIL
        else None
    )
    if tq is not None:
        qualifier = _TRAIL[tq.group("plus") or _fold(tq.group("or"))]
        end = tq.end()
    # Ages: "a 71-year-old", "five years old".
    if unit == "year":
        old = _OLD.match(body, end)
        if old is not None:
            unit = "year of age"
            end = old.end()
    if unit is None and value is not None and 0 < value < 1:
        # "1/3 of a litre", "a third of a mile": a fraction of a unit.
        got = ex.unit_of_a(end)
        if got is not None:
            unit, end = got
    span_end = end
    if unit is None or unit == "count" or num.vague:
        words = ex.noun_phrase(end)
        if num.is_word and num.value == 1 and bounds is None and not body.startswith(" of ", end):
            words = _singular_phrase(words)
        if words and not words[-1][0].endswith("s"):
            for w, _, _ in words:
                if not w[0].isupper() or w.isupper():
                    break
            else:
                # "911 Carrera", "6 Played": a name or a new sentence, not a count.
                return None
        year = num.is_year_like and not _is_amount(before, qualifier)
        if words:
            lead = words[0][0]
            if year and not _is_plural_noun(lead):
                return None
            noun_words = [w for w, _, _ in words]
            span_end = words[-1][2]
            g = _guards(body, span_end)
            if unit is None:
                head = noun_words[-1]
                named = _UNITS_UNCASED.get(head) if len(head) > 2 else None
                # "one US gallon", "5 metric tons": the phrase ends in a unit.
                unit = named if named is not None and named != "count" else _count_unit(noun_words)
                r = _RATE.match(body, span_end) if g & _G_RATE else None
                if r is not None:
                    unit = f"{unit} per {en.RATE_DENOMINATORS[_fold(r.group('d'))]}"
            counted = " ".join(noun_words)
            pp = _PASSIVE.match(body, span_end) if g & _G_PASSIVE else None
            if pp is not None:
                counted = f"{counted} {pp.group('p')}"
        elif year:
            return None
        elif _is_name_after(body, end) and not num.vague:
            return None  # "6 Played the full game", "at 10 Downing Street": a name or a heading
        elif not num.vague and before.apposition() and body.startswith(",", end):
            return None  # an age in apposition: "Okafor, 58, now leads"
    elif body.startswith(" of ", end):
        words = ex.noun_phrase(end)
        if words:
            counted = " ".join(w for w, _, _ in words)
    if num.vague and unit is None:
        return (
            None
            if body[start:end].lower() == "several"
            else _finish(body, qual_start, span_end, value, low, high, None, None, qualifier, trend)
        )
    if trend is None:
        g = num.guards if end == num.end else _guards(body, end)
        ta = _TREND_AFTER.match(body, end) if g & _G_TREND_AFTER else None
        if ta is not None:
            trend = _TRENDS_N[_fold(ta.group("t"))]
    if not num.vague and bounds is None and value is not None:
        if qualifier is _MORE_THAN or qualifier is _AT_LEAST:
            low = value
        elif qualifier is _LESS_THAN or qualifier is _AT_MOST:
            high = value
    return _finish(body, qual_start, span_end, value, low, high, unit, counted, qualifier, trend)


def _finish(  # noqa: PLR0917 - one record's fields, in their order
    body: str,
    start: int,
    end: int,
    value: Number | None,
    low: Number | None,
    high: Number | None,
    unit: str | None,
    counted: str | None,
    qualifier: Qualifier,
    trend: Trend | None,
) -> Statistic | None:
    while end > start and body[end - 1].isspace():
        end -= 1
    if low is not None and high is not None and high < low:
        return None
    if (  # pragma: no cover - defensive: the numbers read are finite
        (type(value) is Decimal and not value.is_finite())
        or (type(low) is Decimal and not low.is_finite())
        or (type(high) is Decimal and not high.is_finite())
    ):
        return None
    # Every field is of its type by construction: skip the validators, as
    # newsrec._sentences.new_span does for the span.
    st: Statistic = _NEW(Statistic)
    _SET_TEXT(st, body[start:end])
    _SET_SPAN(st, new_span(start, end))
    _SET_VALUE(st, value)
    _SET_LOW(st, low)
    _SET_HIGH(st, high)
    _SET_UNIT(st, unit)
    _SET_COUNTED(st, counted)
    _SET_QUALIFIER(st, qualifier)
    _SET_TREND(st, trend)
    _SET_SOURCE(st, None)
    return st


_NEW = object.__new__
_NEW_TUPLE = tuple.__new__
_SET_TEXT, _SET_SPAN, _SET_VALUE, _SET_LOW, _SET_HIGH = (
    Statistic.__dict__[name].__set__ for name in ("text", "span", "value", "low", "high")
)
_SET_UNIT, _SET_COUNTED, _SET_QUALIFIER, _SET_TREND, _SET_SOURCE = (
    Statistic.__dict__[name].__set__ for name in ("unit", "counted", "qualifier", "trend", "source")
)
