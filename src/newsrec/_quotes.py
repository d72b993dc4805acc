"""Quotes: pairing quotation marks, telling quotes from scare quotes, and who said them.

The work is done in one pass over the quotation marks and bounded windows around
each quoted passage, so it is linear in the length of the text:

1. Every mark is given a direction from its neighbours (an apostrophe in
   "combatants’" or "don’t" is not a mark at all) and paired with a small stack, per
   paragraph. A quote that runs over several paragraphs (an opening mark at the start
   of each, no closing mark until the end) gives one passage per paragraph. A mark
   that never pairs is reported in one :class:`~newsrec.errors.NewsrecWarning` and
   the text after it is parsed as usual.
2. Each top-level passage is attributed from the words right after it
   (``“…,” he said``), the words before it in its sentence (``X said: “…”``,
   ``According to X, … “…”``), the passage before it in the same sentence
   (``“X,” he said, “Y.”``), a sentence ending in a colon, or the speaker of the
   turn it continues. A passage nobody is said to have said is a scare quote or a
   title, and is not a quote.
3. The speakers, and every other attribution in the article ("according to the
   Ministry of Interior", photo credits), are resolved into sources by
   :mod:`newsrec._sources`.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right

from newsrec import _sources as src
from newsrec._sentences import new_span, sentence_bounds, strip_range
from newsrec.errors import NewsrecWarning
from newsrec.lang import en_quotes as lang
from newsrec.records import Quote, QuoteKind, Source, Span

__all__ = ["extract_quotes"]

_ALL_MARKS = lang.DOUBLE_MARKS + lang.SINGLE_MARKS
# Two apostrophes or backticks stand for a double mark in some house styles: ''So,'' he said.
# Any mark, or two apostrophes or backticks (a lone backtick is skipped). The pattern starts
# with a character set so the scan jumps from mark to mark.
_MARK = re.compile("[" + re.escape(_ALL_MARKS) + "`](?:(?<=')'|(?<=`)`)?")
# Single marks that are apostrophes between two letters or digits: "don’t", "Kazakhstan’s".
_INNER = "".join(c for c in lang.SINGLE_MARKS if c not in lang.ALWAYS_OPEN)
# A line break that ends a paragraph: any newline, unless the next line goes on in lower case.
_BREAK = re.compile(r"\n(?![^\S\n]*[a-z])")
_SPACE_ONLY = re.compile(r"\s*")
# Where a word starts after a leading apostrophe: ’90s, ’em.
_ELISION = re.compile(r"\d|([A-Za-z]+)")
_TITLE_SMALL = frozenset("of the a an and in on for to with at by from or vs".split())
_TERMINAL = ",.?!…—–-:;"

_OPEN, _CLOSE, _EITHER, _SCLOSE, _NONE = range(5)
_MAX_DEPTH = 16
_RIGHT_WINDOW = 160
_LEFT_WINDOW = 260
_MAX_WARNED = 5
#: How much text (characters) may separate a quote from the turn it continues.
_TURN_GAP = 400
# How much text before a quote shows whether its last words are a cue.
_TAIL = 60


def _side(ch: str, *, left: bool) -> int:
    # 0: space or edge; 1: word character; 2: punctuation that opens (left) or closes (right).
    if ch == "" or ch.isspace():
        return 0
    if ch.isalnum():
        return 1
    if left:
        return 0 if ch in "([{<—–-/" else 2
    return 0 if ch in ",.;:!?)]}>—–-…/" else 2


def _neighbour(body: str, p: int, step: int) -> str:
    # The nearest character that is not a quotation mark, up to three marks away.
    q = p + step
    n = len(body)
    for _ in range(3):
        if q < 0 or q >= n:
            return ""
        if body[q] not in _ALL_MARKS:
            return body[q]
        q += step
    return ""


def _direction(body: str, p: int, ch: str) -> int:
    """Return whether the mark at ``p`` opens, closes, may do either, or is no mark."""
    left = _neighbour(body, p, -1)
    right = _neighbour(body, p, 1)
    ls = _side(left, left=True)  # 0 = nothing before: can open
    rs = _side(right, left=False)  # 0 = nothing after: can close
    can_open = ls == 0 and rs != 0
    can_close = ls != 0 and rs == 0
    if ch in lang.ALWAYS_OPEN:
        return _OPEN
    if ch in lang.SINGLE_MARKS:
        prev = body[p - 1] if p > 0 else ""
        nxt = body[p + 1] if p + 1 < len(body) else ""
        if prev.isalnum() and nxt.isalnum():
            return _NONE  # don’t, Kazakhstan’s
        if ch in "‹›":
            if ch == "‹":
                return _CLOSE if can_close else _OPEN
            return _OPEN if can_open else _CLOSE
        if can_open or (ls == 0 and rs == 2):
            m = _ELISION.match(body, p + 1)
            if m is not None and (m.group(1) is None or m.group(1).lower() in lang.ELISIONS):
                return _NONE  # ’90s, ’em
            return _OPEN if ch != "’" or ls == 0 else _NONE
        if can_close or (ls != 0 and rs != 0):
            return _SCLOSE  # a closing quote if one is open, else an apostrophe: combatants’
        return _NONE
    if ch == '"':
        if can_open:
            return _OPEN
        if can_close:
            return _CLOSE
        return _EITHER
    if ch in lang.OPEN_BY_DEFAULT:
        return _CLOSE if can_close else _OPEN
    return _OPEN if can_open else _CLOSE


class _Passage:
    __slots__ = ("close_end", "end", "group", "open", "start")

    def __init__(self, open_: int, start: int, end: int, close_end: int, group: int) -> None:
        self.open = open_  # the opening mark
        self.start = start  # the quoted words
        self.end = end
        self.close_end = close_end  # one past the closing mark (== end without one)
        self.group = group  # passages of one quotation share a group


def _pair(body: str, breaks: list[int]) -> tuple[list[_Passage], list[int]]:
    """Pair the quotation marks; return the top-level passages and the broken marks."""
    passages: list[_Passage] = []
    broken: list[int] = []
    stack: list[tuple[int, bool, int, int]] = []  # (position, is_double, group, mark's end)
    doubles = 0
    bi = 0
    nb = len(breaks)
    groups = 0
    # A quote left open at a paragraph's end: (open, paragraph end, is_double, group, mark end).
    pending: tuple[int, int, bool, int, int] | None = None

    def add(open_: int, open_end: int, end: int, close_end: int, group: int) -> None:
        s, e = strip_range(body, open_end, end)
        if s < e:
            passages.append(_Passage(open_, s, e, close_end, group))

    n = len(body)
    for m in _MARK.finditer(body):
        p = m.start()
        ch = m.group()
        q = m.end()
        if len(ch) == 1 and (
            ch == "`"
            or (ch in _INNER and p > 0 and q < n and body[p - 1].isalnum() and body[q].isalnum())
        ):
            continue  # an apostrophe (don’t), or a lone backtick
        if bi < nb and breaks[bi] < p:
            if stack:
                e = breaks[bi]
                while e > stack[0][0] and body[e - 1].isspace():
                    e -= 1
                if pending is not None:
                    broken.append(pending[0])
                pending = (stack[0][0], e, stack[0][1], stack[0][2], stack[0][3])
                stack.clear()
                doubles = 0
            bi = bisect_right(breaks, p, bi)
        if len(ch) == 2:
            ch = '"'
        d = _direction(body, p, ch)
        if d == _NONE:
            continue
        is_double = ch in lang.DOUBLE_MARKS
        if pending is not None:
            opens = d in (_OPEN, _EITHER) and not stack
            ok = _SPACE_ONLY.match(body, pending[1], p)
            if opens and pending[2] == is_double and ok is not None and ok.end() == p:
                add(pending[0], pending[4], pending[1], pending[1], pending[3])
                stack.append((p, is_double, pending[3], q))
                doubles += is_double
                pending = None
                continue
            if pending[2] or body[pending[0]] not in "'’":
                broken.append(pending[0])
            pending = None
        if is_double:
            if d == _EITHER:
                d = _CLOSE if doubles else _OPEN
            if d == _OPEN:
                if doubles:
                    # A second opening mark while one is open: the first never closed.
                    broken.append(stack[0][0])
                    stack.clear()
                    doubles = 0
                if len(stack) < _MAX_DEPTH:
                    if not stack:
                        groups += 1
                    stack.append((p, True, groups if len(stack) == 0 else stack[0][2], q))
                    doubles += 1
                continue
            if not doubles:
                broken.append(p)  # a closing mark with nothing open
                continue
            i = len(stack) - 1
            while not stack[i][1]:
                i -= 1
            if i == 0:
                add(stack[0][0], stack[0][3], p, q, stack[0][2])
            del stack[i:]
            doubles -= 1
            continue
        # Single marks.
        if d == _OPEN:
            if len(stack) < _MAX_DEPTH:
                if not stack:
                    groups += 1
                stack.append((p, False, groups if not stack else stack[0][2], q))
            continue
        if stack and not stack[-1][1]:
            start = stack.pop()
            if not stack:
                add(start[0], start[3], p, q, start[2])
    if pending is not None:
        broken.append(pending[0])
    if stack and (stack[0][1] or body[stack[0][0]] not in "'’"):
        broken.append(stack[0][0])
    return passages, broken


def _warn(body: str, broken: list[int]) -> None:
    broken = sorted(set(broken))
    where = []
    for p in broken[:_MAX_WARNED]:
        line = body.count("\n", 0, p) + 1
        col = p - (body.rfind("\n", 0, p) + 1) + 1
        where.append(f"{body[p]!r} at line {line}, column {col}")
    more = f" and {len(broken) - _MAX_WARNED} more" if len(broken) > _MAX_WARNED else ""
    n = len(broken)
    msg = (
        f"{n} unbalanced quotation mark{'s' if n != 1 else ''}: "
        + "; ".join(where)
        + more
        + " - the broken quote is skipped, the text after it is still read"
    )
    warnings.warn(msg, NewsrecWarning, stacklevel=3)


class _Found:
    """A passage's attribution: the cue, the speaker mention, and how it was found."""

    __slots__ = ("cue", "cue_span", "speaker", "turn_end")

    def __init__(self, cue: str | None, cue_span: Span | None, speaker: src.Mention) -> None:
        self.cue = cue
        self.cue_span = cue_span
        self.speaker = speaker
        self.turn_end = 0


def _right(body: str, p: _Passage, stop: int) -> _Found | None:
    """Attribution right after the closing mark: ``“…,” he said``, ``“…,” said X``."""
    lead = _SPACE_ONLY.match(body, p.close_end, stop)
    j = lead.end() if lead is not None else p.close_end
    e = p.end
    while e > p.start and body[e - 1] in _ALL_MARKS:
        e -= 1
    inner_last = body[e - 1] if e > p.start else ""
    if inner_last not in _TERMINAL and (j >= stop or body[j] not in ",—–-(:"):
        # “shoot to kill” protesters: the quote goes on in the sentence, unless a reporting
        # verb follows right away, the comma left out: “… on the record” said Ana Reyes.
        verb = src.tokens(body, j, min(stop, j + 20), limit=1)
        if not (verb and src.is_cue(verb[0], adjacent=False)):
            return None
    toks = src.tokens(body, p.close_end, min(stop, p.close_end + _RIGHT_WINDOW))
    k = 0
    while k < len(toks) and k < 3 and toks[k][2] in ",.?!;:—–-(":
        k += 1
    if k >= len(toks):
        return None
    first = toks[k]
    if src.is_cue(first, adjacent=True):
        spk = src.np_after(body, toks, k + 1)
        if spk is not None:
            return _Found(first[2], new_span(first[0], first[1]), spk)
        return None
    a = src.according_to(body, toks, k)
    if a is not None:
        return _Found(a.cue, new_span(a.cue_start, a.cue_end), a.speaker)
    comma = None
    depth = 0  # inside brackets: "Sen. Mark Ruiz (R-Fla.) said"
    for c in range(k + 1, min(k + 14, len(toks))):
        t = toks[c]
        if t[2] in "()":
            depth = max(0, depth + (1 if t[2] == "(" else -1))
            continue
        if depth == 0 and t[2] in ".?!;:" and not (t[2] == "." and _abbreviation(toks[c - 1])):
            return None
        if t[2] == "," and comma is None:
            comma = c
        if src.is_cue(t, adjacent=True):
            e = comma if comma is not None else c
            while e > k and toks[e - 1][3] in lang.CUE_ADVERBS:
                e -= 1
            if e > k and toks[e - 1][2] == ")":  # the party and state after a name
                j = e - 2
                while j > k and toks[j][2] != "(":
                    j -= 1
                if j > k:
                    e = j
            spk = src.make_mention(body, toks[k:e])
            if spk is None:
                return None
            return _Found(t[2], new_span(t[0], t[1]), spk)
    return None


def _abbreviation(tok: src.Token) -> bool:
    # "Sen." "Rep." "N.H." "H." before a full stop that does not end the sentence.
    w = tok[2]
    return len(w) <= 2 or "." in w or tok[3] in lang.TITLES


def _left(body: str, start: int, end: int, triggers: list[int]) -> _Found | None:
    """Attribution before the opening mark, closest first: ``X said: “``, ``According to X,``.

    ``triggers`` are :func:`~newsrec._sources.trigger_positions`: without one in the
    window, only the last words can be a cue (``X called it “``), and the rest of the
    window is not tokenized.
    """
    lo = max(start, end - _LEFT_WINDOW)
    k = bisect_left(triggers, lo)
    if k == len(triggers) or triggers[k] >= end:
        tail = src.tokens(body, max(lo, end - _TAIL), end)
        last_i = len(tail) - 1
        while last_i >= 0 and not tail[last_i][2][0].isalnum():
            last_i -= 1
        # Enough words that the tail's last ones are the window's last ones.
        if last_i >= 3 or end - lo <= _TAIL:
            i = last_i
            last = tail[i - 1 : i + 1] if i > 0 and tail[i][3] == "that" else tail[i : i + 1]
            if not any(src.is_cue(t, adjacent=True) for t in last):
                return None
    toks = src.tokens(body, lo, end)
    n = len(toks)
    last_word = n - 1
    while last_word >= 0 and not toks[last_word][2][0].isalnum():
        last_word -= 1
    for c in range(n - 1, -1, -1):
        t = toks[c]
        w = t[3]
        if w in src._ACCORDING_FIRST:
            a = src.according_to(body, toks, c)
            if a is not None:
                return _Found(a.cue, new_span(a.cue_start, a.cue_end), a.speaker)
            continue
        adjacent = c == last_word or (c == last_word - 1 and toks[last_word][3] == "that")
        if not src.is_cue(t, adjacent=adjacent):
            continue
        spk = src.np_before(body, toks, c)
        if spk is None and adjacent:
            spk = src.np_after(body, toks, c + 1)  # said Smith: “…”
        if spk is None and adjacent and c > 0 and toks[c - 1][2] == "," and w.endswith("ing"):
            # "Ortiz shared the news, writing “…”": the subject of the sentence speaks.
            first = _first_visible(body, start)
            if first < toks[c - 1][0]:
                spk = _find_subject(body, first, min(toks[c - 1][0], first + 80))
        if spk is not None and not (spk.form == "pronoun" and spk.name == "it" and not adjacent):
            return _Found(t[2], new_span(t[0], t[1]), spk)
    return None


def _is_title(text: str) -> bool:
    if text[-1:] in ".?!":
        return False
    # A title has at most eight words: a long passage is not split whole.
    parts = text.split(None, 16)
    words = [w for w in parts[:16] if w[:1].isalpha()]
    if len(words) > 8:
        return False
    if len(parts) > 16:
        words = [w for w in text.split() if w[:1].isalpha()]
    if not words or len(words) > 8:
        return False
    caps = [w for w in words if w.lower() not in _TITLE_SMALL]
    return bool(caps) and all(w[0].isupper() for w in caps) and words[0] != "I"


def _names_a_work(body: str, p: _Passage, left: int) -> bool:
    """Tell whether the passage is the title of a work: ``his book, “Quiet Rivers”``."""
    # In lower case: "Dr. Lena Hart “was unfair”" is a name. A comma may follow, not a
    # colon: "the pitch for the book: “…”" introduces words.
    # Read backwards from the mark (a regex search would try every start in the window).
    lo = max(left, p.open - 40)
    j = p.open
    while j > lo and body[j - 1].isspace():
        j -= 1
    if j > lo and body[j - 1] == ",":
        j -= 1
    i = j
    while i > lo and "a" <= body[i - 1] <= "z":
        i -= 1
    if i == j or (i > 0 and (body[i - 1].isalnum() or body[i - 1] in "_’'-")):
        return False
    return body[i:j] in lang.WORK_NOUNS


def _runs_on(body: str, p: _Passage) -> bool:
    """Tell whether the sentence runs on through the passage: ``“X” against what ...``.

    The quoted words end without punctuation and the text after the closing mark goes
    on in lower case with a word that is not a reporting verb or a speaker pronoun:
    the passage is a fragment of the sentence (a partial quote, a title, a term), not
    a whole utterance.
    """
    e = p.end
    while e > p.start and body[e - 1] in _ALL_MARKS:
        e -= 1
    if e == p.start or p.close_end == p.end:
        return False
    # Punctuation ends an utterance, but a title keeps its comma: “Morning Tide,” which ...
    if body[e - 1] in _TERMINAL and not (body[e - 1] == "," and _is_title(body[p.start : e - 1])):
        return False
    after = _SPACE_ONLY.match(body, p.close_end)
    j = after.end() if after is not None else p.close_end
    if j >= len(body) or not body[j].islower():
        return False
    toks = src.tokens(body, j, min(len(body), j + 40), limit=1)
    if not toks:
        return False
    first = toks[0]
    w = first[3]
    # “…,” the document states / “…” he said: an attribution follows, not more sentence.
    return not (
        src.is_cue(first, adjacent=True) or w in lang.SPEAKER_PRONOUNS or w in lang.DETERMINERS
    )


def _direct(body: str, p: _Passage, sent_start: int, left: int) -> bool:
    # A whole utterance: it starts its sentence or follows "," ":" or a dash, and begins
    # with a capital (or it is answered by "…,” he said" at the start of its sentence),
    # and the sentence does not run on through it.
    if _runs_on(body, p):
        return False
    j = p.open
    while j > left and body[j - 1].isspace():
        j -= 1
    before = body[j - 1] if j > sent_start else ""
    first = body[p.start]
    if before == "" or (before in ".!?…" and (first.isupper() or first.isdigit())):
        return True  # it starts its sentence
    if before == ":":
        return True
    if before in ",—–-(" or before in lang.DOUBLE_MARKS:
        if first.isupper() or first.isdigit() or first in ".…[":
            return True
        # “X,” he said, “y …”: the quote goes on after its attribution.
        toks = src.tokens(body, max(left, j - 80), j)
        words = [t for t in toks if t[2][0].isalnum()][-3:]
        return any(src.is_cue(t, adjacent=True) for t in words)
    return False


def extract_quotes(body: str) -> tuple[tuple[Quote, ...], tuple[Source, ...]]:
    """Find the quotations in an article's body, who said them, and every source it cites.

    Quotation marks of every common style are paired (“…” ‘…’ "…" '…' «…» »…« „…“
    ‹…›), apostrophes are told from closing marks, nested quotes stay inside their
    quote, and a quote over several paragraphs gives one :class:`~newsrec.records.Quote`
    per paragraph. Passages that nobody is said to have said (scare quotes, titles)
    are left out. Sentences of reported speech without marks ("Tokayev also stated
    that ...") are indirect quotes. Sources include every attribution, not only the
    speakers of quotes: "according to the Ministry of Interior", "The international
    press reports", photo credits.

    Args:
        body: The article's text; offsets in the result index it.

    Returns:
        The quotes in order of position, and the sources in order of first mention.
        Every quote's ``speaker`` is the id of one of the sources.

    Warns:
        NewsrecWarning: Some quotation marks never pair. The broken quote is left
            out; the rest of the text is read as usual.

    >>> quotes, sources = extract_quotes("“We will win,” Smith said. “They will not.”")
    >>> [(q.text, q.speaker, q.kind.value) for q in quotes]
    [('We will win,', 'smith', 'direct'), ('They will not.', 'smith', 'direct')]

    .. versionadded:: 0.1.0
    """
    if not body:
        return (), ()
    breaks = [m.start() for m in _BREAK.finditer(body)]
    passages, broken = _pair(body, breaks)
    if broken:
        _warn(body, broken)
    # Sentence starts, without those inside quoted passages.
    starts: list[int] = []
    pi = 0
    np_ = len(passages)
    for sent_start, _ in sentence_bounds(body):
        while pi < np_ and passages[pi].close_end <= sent_start:
            pi += 1
        if pi < np_ and passages[pi].open < sent_start < passages[pi].close_end:
            continue
        starts.append(sent_start)
    if not starts or starts[0] != 0:
        starts.insert(0, 0)

    triggers = src.trigger_positions(body)
    mentions: list[src.Mention] = []
    found: list[_Found | None] = [None] * np_
    kinds: list[QuoteKind] = [QuoteKind.DIRECT] * np_
    last_found: _Found | None = None
    si = 0
    bi = 0
    group_found: dict[int, _Found] = {}
    subjects: dict[tuple[int, int], src.Mention | None] = {}
    for i, p in enumerate(passages):
        while si + 1 < len(starts) and starts[si + 1] <= p.open:
            si += 1
        sent_start = starts[si]
        same_sentence = i > 0 and passages[i - 1].close_end > sent_start
        left_lo = passages[i - 1].close_end if same_sentence else sent_start
        bi = bisect_right(breaks, p.close_end, bi)
        stop = breaks[bi] if bi < len(breaks) else len(body)
        if i + 1 < np_:
            stop = min(stop, passages[i + 1].open)
        f = _right(body, p, stop)
        if f is None:
            f = _left(body, left_lo, p.open, triggers)
        if f is None and same_sentence:
            f = found[i - 1]
        if f is None and p.open == _first_visible(body, sent_start) and si > 0:
            # A sentence ending in a colon introduces the quote.
            j = sent_start
            while j > 0 and body[j - 1].isspace():
                j -= 1
            if j > 0 and body[j - 1] == ":":
                f = _left(body, starts[si - 1], j - 1, triggers)
        if f is None and p.group in group_found:
            f = group_found[p.group]
        if (
            f is None
            and last_found is not None
            and si - (bisect_right(starts, last_found.turn_end - 1) - 1) <= 1
            and _turn_continues(body, last_found, p)
        ):
            f = last_found
        text = body[p.start : p.end]
        direct = _direct(body, p, sent_start, left_lo)
        if f is not None and ((not direct and _is_title(text)) or _names_a_work(body, p, left_lo)):
            f = None
        found[i] = f
        kinds[i] = QuoteKind.DIRECT if direct else QuoteKind.PARTIAL
        if f is not None:
            mentions.append(f.speaker)
            if f.speaker.form == "pronoun" and f.speaker.name in ("he", "she"):
                # A speaker named at the start of the sentence before: "Smith spoke. “…,” he said."
                named = None
                if sent_start < p.open:
                    named = _subject_at(body, sent_start, p.open, subjects)
                if named is None and si > 0:
                    named = _subject_at(body, starts[si - 1], starts[si], subjects)
                if named is not None:
                    mentions.append(named)
            group_found.setdefault(p.group, f)
            cue_end = f.cue_span.end if f.cue_span else 0
            f.turn_end = max(f.turn_end, p.close_end, f.speaker.end, cue_end)
            last_found = f
    quote_free, around = _stretches(body, starts, passages)

    # Group members found after an earlier passage lacked one: “A.\n\n“B,” he said.
    for i, p in enumerate(passages):
        if found[i] is None and p.group in group_found:
            found[i] = group_found[p.group]

    attributions = src.find_attributions(body, quote_free, triggers)
    side = src.find_attributions(body, around, triggers)
    mentions.extend(a.speaker for a in attributions)
    mentions.extend(a.speaker for a in side)
    mentions.extend(src.find_credits(body))
    opens = [p.open for p in passages]

    def outside(s: int, e: int) -> bool:
        k = bisect_right(opens, s) - 1
        return k < 0 or passages[k].close_end <= s

    mentions.extend(src.name_mentions(body, outside, mentions))
    sources = src.resolve(body, mentions)
    known = {s.id for s in sources}

    quotes: list[Quote] = []
    for i, p in enumerate(passages):
        f = found[i]
        if f is None:
            continue
        sid = f.speaker.source
        quotes.append(
            Quote(
                text=body[p.start : p.end],
                span=new_span(p.start, p.end),
                kind=kinds[i],
                speaker=sid if sid in known else None,
                speaker_span=f.speaker.span,
                cue=f.cue,
                cue_span=f.cue_span,
            )
        )
    for a in attributions:
        if a.clause is None:
            continue
        s, e = a.clause
        sid = a.speaker.source
        quotes.append(
            Quote(
                text=body[s:e],
                span=new_span(s, e),
                kind=QuoteKind.INDIRECT,
                speaker=sid if sid in known else None,
                speaker_span=a.speaker.span,
                cue=a.cue,
                cue_span=new_span(a.cue_start, a.cue_end),
            )
        )
    quotes.sort(key=lambda q: (q.span.start, q.span.end))
    return tuple(quotes), sources


def _subject_at(
    body: str, start: int, end: int, seen: dict[tuple[int, int], src.Mention | None]
) -> src.Mention | None:
    # A capitalised name that starts a sentence and is followed by a lower-case word.
    # Quotes of one sentence ask about the same sentences: ``seen`` remembers the answers.
    stop = min(end, start + 80)
    key = (start, stop)
    if key not in seen:
        seen[key] = _find_subject(body, start, stop)
    return seen[key]


def _find_subject(body: str, start: int, stop: int) -> src.Mention | None:
    if not (body[start].isupper() or body[start].isspace()):
        return None  # the first token must be capitalised
    toks = src.tokens(body, start, stop, limit=6)
    k = 0
    while k < len(toks) and k < 5 and (toks[k][2][0].isupper() or toks[k][2] == "."):
        k += 1
    if k == 0 or k >= len(toks) or not toks[k][2][0].islower():
        return None
    if toks[k][2] in lang.NAME_LINKS or toks[k][2] in lang.DETERMINERS:
        return None  # "Scenes of violence", "Reports the": not a name
    m = src.make_mention(body, toks[:k])
    return m if m is not None and m.form == "name" else None


def _first_visible(body: str, start: int) -> int:
    m = _SPACE_ONLY.match(body, start)
    return m.end() if m is not None else start


def _stretches(
    body: str, starts: list[int], passages: list[_Passage]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Split the text outside quotes into sentences without quotes and the rest."""
    quote_free: list[tuple[int, int]] = []
    around: list[tuple[int, int]] = []
    pi = 0
    n = len(passages)
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(body)
        if pi >= n or passages[pi].open >= e:
            quote_free.append((s, e))
            continue
        pos = s
        while pi < n and passages[pi].open < e:
            if pos < passages[pi].open:
                around.append((pos, passages[pi].open))
            pos = max(pos, passages[pi].close_end)
            pi += 1
        if pos < e:
            around.append((pos, e))
    return quote_free, around


def _turn_continues(body: str, last: _Found, p: _Passage) -> bool:
    """Tell whether a quote with no attribution continues the last speaker's turn."""
    if p.open - last.turn_end > _TURN_GAP or last.turn_end == 0:
        return False
    first = body[p.start]
    if not (first.isupper() or first.isdigit() or first in "…."):
        return False
    # The passage must be a sentence of its own, not the subject of one ("“Sons of Summer” is ...").
    e = p.end
    while e > p.start and body[e - 1] in _ALL_MARKS:
        e -= 1
    after = _SPACE_ONLY.match(body, p.close_end)
    nxt = body[after.end()] if after is not None and after.end() < len(body) else ""
    if body[e - 1] not in _TERMINAL and nxt.isalpha() and nxt.islower():
        return False
    # Text between the turns must not report someone else. A cue after a determiner is
    # a noun: "said Lee in a Friday tweet", "in his latest remarks".
    toks = src.tokens(body, last.turn_end, p.open)
    return not any(
        src.is_cue(t, adjacent=False)
        and not (
            i > 0
            and t[3] in lang.NOUN_CUES
            and (
                toks[i - 1][3] in lang.DETERMINERS
                or (i > 1 and toks[i - 2][3] in lang.DETERMINERS and toks[i - 1][2][0].isalnum())
            )
        )
        for i, t in enumerate(toks)
    )
