"""Sources: who an article relies on, found from its attributions and resolved into bodies.

A *mention* is a place the article names, describes or refers to a speaker: a name
("Kasim-Yomart Tokayev"), a description ("the Kazakh president"), a pronoun ("he"),
a body ("the Ministry of Interior"), a credit line ("EFE/EPA"). Mentions come from the
quote extractor (the speaker at each quote) and from :func:`find_attributions` (every
"X said", "according to X", "there are reports that" and photo credit outside quotes);
:func:`resolve` then clusters them into one :class:`~newsrec.records.Source` per real
speaker, in text order, so a pronoun goes to the most recent compatible named speaker.

All scanning is done with module-level regexes over bounded windows: linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from itertools import islice

from newsrec._sentences import new_span, strip_range
from newsrec._trie import trie_pattern
from newsrec.lang import en_quotes as lang
from newsrec.records import Source, SourceKind, Span

# A word (with inner apostrophes, hyphens and dots: "Kazakhstan’s", "Kasim-Yomart", "U.S")
# or one punctuation character.
_TOKEN = re.compile(r"[^\W_](?:[\w’'\-.]*[^\W_])?|[^\w\s]")
_POSSESSIVE = re.compile(r"[’']s?$")
# A caption's credit line after a bar: "| EFE/EPA/KAZAKH PRESIDENT PRESS SERVICE".
# The bar comes first so the scan jumps from bar to bar; the space before it is checked apart.
_CREDIT = re.compile(r"\|[^\S\n]*([^|\n]{2,80}?)[^\S\n]*$", re.MULTILINE)
_CREDIT_PART = re.compile(r"[^/;,]+")
_SLUG = re.compile(r"[^a-z0-9]+")
# A capitalised run of words, for finding further mentions of a named source.
_NAME_RUN = re.compile(r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*")

#: How far (in characters) the parsers look around a cue.
WINDOW = 400

Token = tuple[int, int, str, str]
"""A token: its start, its end, its text, and its text in lower case without a possessive."""

_PUNCT_END = frozenset(".?!;")
_POSSESSIVE_ENDS = ("’s", "'s")
_NOT_FIRST_NAMES = lang.NOT_NAMES | lang.TITLES
_TRIGGERS = (
    lang.STRONG_CUES
    | {p.split()[0] for p in lang.ACCORDING_TO}
    | {p.split()[0] for p in lang.UNATTRIBUTED}
)
_ACCORDING = tuple(tuple(p.split()) for p in lang.ACCORDING_TO)
_UNATTRIBUTED = tuple(tuple(p.split()) for p in lang.UNATTRIBUTED)
_ACCORDING_FIRST = frozenset(p[0] for p in _ACCORDING)
_ACCORDING_BY_START: dict[tuple[str, str], list[tuple[str, ...]]] = {}
for _phrase in _ACCORDING:
    _ACCORDING_BY_START.setdefault((_phrase[0], _phrase[1]), []).append(_phrase)
_ALL_CUES = lang.STRONG_CUES | lang.ADJACENT_ONLY_CUES
# Words a speaker phrase does not start with; titles stay: "Ms. Okafor".
_LEADING_FUNCTION_WORDS = lang.DETERMINERS | (lang.NOT_NAMES - lang.TITLES)


def _trie(words: Iterable[str]) -> str:
    # A space in a word also matches underscores, as in "according_to".
    return trie_pattern(words, space=r"[\s_]+")


# Where find_attributions has work to do: a reporting verb that attributes from anywhere in
# its sentence, or a whole "according to" phrase (every unattributed phrase holds a cue).
# Most sentences report nobody, and a stretch without a trigger is never tokenized.
_TRIGGER_WORDS = _trie([*(lang.STRONG_CUES - lang.ADJACENT_ONLY_CUES), *lang.ACCORDING_TO])
# The character before a trigger comes first in the pattern: a character set lets the engine
# skip letters fast, where a leading \b makes it try the whole trie at every position. It
# admits a non-ASCII letter before the word too; callers check every trigger's token anyway.
_TRIGGER = re.compile(rf"[^a-z0-9_](?:{_TRIGGER_WORDS})\b")
_TRIGGER_FIRST = re.compile(rf"(?:{_TRIGGER_WORDS})\b")
_TRIGGER_ANY_CASE = re.compile(rf"\b(?:{_TRIGGER_WORDS})\b", re.IGNORECASE)


def trigger_positions(body: str) -> list[int]:
    """Return where every attribution trigger in ``body`` starts, in order: one regex pass."""
    folded = body.lower()
    if len(folded) == len(body):  # case-sensitive on lower case is twice as fast as IGNORECASE
        out = [m.start() + 1 for m in _TRIGGER.finditer(folded)]
        if _TRIGGER_FIRST.match(folded) is not None:
            out.insert(0, 0)
        return out
    return [m.start() for m in _TRIGGER_ANY_CASE.finditer(body)]


_BODY_WORDS: tuple[tuple[frozenset[str], SourceKind], ...] = (
    (lang.MONITOR_WORDS, SourceKind.MONITOR),
    (lang.AGENCY_NAMES, SourceKind.AGENCY),
    (lang.GOVERNMENT_WORDS, SourceKind.GOVERNMENT),
    (lang.MEDIA_WORDS, SourceKind.MEDIA),
    (lang.DOCUMENT_WORDS, SourceKind.DOCUMENT),
    (lang.ORGANIZATION_WORDS, SourceKind.ORGANIZATION),
)


def tokens(body: str, start: int, end: int, limit: int | None = None) -> list[Token]:
    """Return the tokens of ``body[start:end]`` (the first ``limit`` of them) with offsets.

    Each token carries its text in lower case without a possessive ending ("kazakhstan"
    for "Kazakhstan’s"), computed here once: the parsers compare folded words far more
    often than they tokenize.
    """
    found: Iterable[re.Match[str]] = _TOKEN.finditer(body, start, end)
    if limit is not None:
        found = islice(found, limit)
    return [
        (m.start(), m.end(), w, lw[:-2] if lw[-2:] in _POSSESSIVE_ENDS else lw)
        for m in found
        for w in (m[0],)
        for lw in (w.lower(),)
    ]


def is_cue(tok: Token, *, adjacent: bool) -> bool:
    """Tell whether ``tok`` is a reporting verb (``adjacent``: right next to its quote)."""
    t = tok[3]
    if not tok[2][0].islower() or tok[2][-2:] in _POSSESSIVE_ENDS:
        return False  # "the United States", "the State’s": nouns, though "state" is a cue
    if adjacent:
        return t in _ALL_CUES
    return t in lang.STRONG_CUES and t not in lang.ADJACENT_ONLY_CUES


class Mention:
    """One place the article refers to a speaker, before it is resolved to a source.

    Args:
        start: Where the mention starts in the body.
        end: Where it ends.
        form: ``"pronoun"``, ``"name"``, ``"role"``, ``"body"`` or ``"none"`` (unattributed).
        name: The name or description, without determiners and titles.
        kind: What the words say the source is.
        role: A title or role the mention gives, if any.
    """

    __slots__ = ("end", "form", "kind", "name", "role", "source", "start")

    def __init__(  # noqa: PLR0917 - a plain record, built in one place
        self,
        start: int,
        end: int,
        form: str,
        name: str,
        kind: SourceKind,
        role: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.form = form
        self.name = name
        self.kind = kind
        self.role = role
        self.source: str | None = None

    @property
    def span(self) -> Span:
        """The mention's span."""
        return new_span(self.start, self.end)

    def __repr__(self) -> str:
        return f"Mention({self.start}, {self.end}, {self.form!r}, {self.name!r}, {self.kind.value})"


# Each body word's kind, the first table that holds it winning: one lookup a word.
_KIND_OF: dict[str, SourceKind] = {}
for _table, _kind in _BODY_WORDS:
    for _word in _table:
        _KIND_OF.setdefault(_word, _kind)


def _body_kind(words: Sequence[str]) -> SourceKind | None:
    """Return the kind a body's words say it is, looking at the head noun first."""
    get = _KIND_OF.get
    for w in reversed(words):
        kind = get(w)
        if kind is not None:
            return kind
    if len(words) < 2:  # the phrases below have two words or more
        return None
    joined = " ".join(words)
    if any(p in joined for p in lang.AGENCY_PHRASES):
        return SourceKind.AGENCY
    if "white house" in joined:
        return SourceKind.GOVERNMENT
    return None


def make_mention(body: str, toks: Sequence[Token]) -> Mention | None:
    """Classify a noun phrase (a run of tokens) as a speaker mention, or return None.

    The phrase is a pronoun, a name with optional titles and possessives before it
    ("Kazakhstan’s President Kasim-Yomart Tokayev"), a name with an affiliation
    ("Lena Hart of the Civic Trust"), a description headed by a role or body noun
    ("the Kazakh president", "The Russian Ministry of Defense"), or a described name
    ("global internet monitor NetBlocks").
    """
    while toks and not toks[-1][2][0].isalnum():
        toks = toks[:-1]
    while toks and not toks[0][2][0].isalnum():
        toks = toks[1:]
    if not toks or len(toks) > 16:
        return None
    start, end = toks[0][0], toks[-1][1]
    first = toks[0][3]
    if len(toks) == 1 and first in lang.SPEAKER_PRONOUNS:
        if toks[0][2] == "I" or first != "i":
            return Mention(start, end, "pronoun", first, SourceKind.PERSON)
        return None
    # Drop determiners and sentence-initial function words, not titles: "Ms. Okafor".
    i = 0
    while i < len(toks) and toks[i][3] in _LEADING_FUNCTION_WORDS:
        i += 1
    words = [t for t in toks[i:] if t[2][0].isalnum() or t[2] == "."]
    if not words or not words[0][2][0].isalnum():
        return None
    wl = [t[3] for t in words]
    # "X of Y": the head is X; Y is an affiliation or a complement.
    try:
        of = wl.index("of", 1)
    except ValueError:
        of = len(words)
    left, left_l = words[:of], wl[:of]
    while left and not left[-1][2][0].isalnum():
        left, left_l = left[:-1], left_l[:-1]
    if not left:
        return None
    head = left_l[-1]
    if head in lang.NAME_LINKS:
        return None
    # What the words say the source is: looked up only where a branch needs it.
    kind_words = left_l if of < len(words) else wl
    if left[-1][2][0].isupper() and head not in lang.PERSON_NOUNS and head not in lang.TITLES:
        # A name: the trailing run of capitalised words (and links), after titles.
        k = len(left)
        while k > 0 and (
            left[k - 1][2][0].isupper()
            or left[k - 1][2] == "."
            or (left_l[k - 1] in lang.NAME_LINKS and k < len(left))
        ):
            if left[k - 1][2].endswith(("’s", "'s", "’")) and k < len(left):
                break
            k -= 1
        name_toks = left[k:]
        while name_toks and (
            name_toks[0][3] in lang.TITLES
            or name_toks[0][3] in lang.NAME_LINKS
            or not name_toks[0][2][0].isalnum()
        ):
            name_toks = name_toks[1:]
        if not name_toks:
            return None
        name = body[name_toks[0][0] : name_toks[-1][1]]
        nl = [t[3] for t in name_toks]
        role_words = [t[2] for t in left[:k] if t[2][0].isalnum()]
        titles = [t[2] for t in left[k:] if t[2][0].isalnum() and t[3] in lang.TITLES]
        role = " ".join(role_words + titles) or None
        if of < len(words):
            own = _body_kind(nl)
            if own is not None:  # "Bank of America", "Ministry of Defense"
                text = body[name_toks[0][0] : end]
                return Mention(start, end, "body", text, own, role)
            return Mention(start, end, "name", name, SourceKind.PERSON, role)
        own = _body_kind(nl)
        if own is not None:
            return Mention(start, end, "body", name, own, role)
        kind = _body_kind(kind_words) if role_words else None
        if kind is not None:
            # "global internet monitor NetBlocks": the description gives the kind.
            return Mention(start, end, "body", name, kind, role)
        return Mention(start, end, "name", name, SourceKind.PERSON, role)
    # A description: "the Kazakh president", "The President of Kazakhstan", "authorities",
    # "the 52-year-old".
    text = body[words[0][0] : end]
    if head.endswith(lang.AGE_SUFFIXES) and i > 0:
        return Mention(start, end, "role", text, SourceKind.PERSON, text)
    kind = _body_kind(kind_words)
    if kind is not None and head not in lang.PERSON_NOUNS:
        return Mention(start, end, "body", text, kind, None)
    if head in lang.PERSON_NOUNS or head in lang.TITLES:
        if i == 0 and not head.endswith("s") and not words[0][2][0].isupper():
            return None  # "president said" with no determiner is not a speaker
        return Mention(start, end, "role", text, SourceKind.PERSON, text)
    return None


def np_before(body: str, toks: Sequence[Token], c: int, lo: int = 0) -> Mention | None:
    """Return the subject that ends right before token ``c`` ("Tokayev also | stated").

    Args:
        body: The article body.
        toks: The tokens of the window.
        c: The index of the cue.
        lo: The first index the subject may use.
    """
    i = c - 1
    while i >= lo and (toks[i][3] in lang.CUE_ADVERBS or toks[i][2].endswith("ly")):
        if toks[i][2][0].isupper() and toks[i][2] != "I":
            break
        i -= 1
    if i < lo:
        return None
    # A party and state in brackets, and the comma after them: "Sen. Jane Smith (D-Ohio), said".
    if toks[i][2] == "," and i - 1 >= lo and toks[i - 1][2] == ")":
        i -= 1
    if toks[i][2] == ")":
        k = i - 1
        while k >= max(lo, i - 8) and toks[k][2] not in "()":
            k -= 1
        if k >= lo and toks[k][2] == "(" and k - 1 >= lo:
            i = k - 1
    t = toks[i][3]
    if t in lang.SPEAKER_PRONOUNS:
        return make_mention(body, toks[i : i + 1])
    if t in lang.RELATIVE_PRONOUNS:
        # "Smith, who ... said": the subject is before the relative pronoun.
        j = i - 1
        if j >= lo and toks[j][2] == ",":
            j -= 1
        return np_before(body, toks, j + 1, lo) if j >= lo else None
    # Walk back over the noun phrase: capitalised words, links, titles' dots, modifiers.
    j = i
    steps = 0
    while j - 1 >= lo and steps < 10:
        prev = toks[j - 1]
        p = prev[3]
        if prev[2][0].isalnum() and (
            prev[2][0].isupper()
            or p in lang.NAME_LINKS
            or p in lang.DETERMINERS
            or p in lang.PERSON_NOUNS
        ):
            if p in lang.DETERMINERS:
                j -= 1
                break
            if p in lang.NAME_LINKS and not toks[j][2][0].isupper():
                break
            j -= 1
        elif (prev[2] == "." and j - 2 >= lo and toks[j - 2][3] in lang.TITLES) or (
            prev[2][0].isalnum()
            and not prev[2][0].isupper()
            and steps < 4
            and _modifier(toks, j, i)
        ):
            j -= 1
        else:
            break
        steps += 1
    return make_mention(body, toks[j : i + 1])


def _modifier(toks: Sequence[Token], j: int, i: int) -> bool:
    # A lower-case modifier is allowed before a described head: "the Kazakh [defense] alliance".
    head = toks[i][3]
    if not (head in lang.PERSON_NOUNS or _body_kind([head]) is not None or toks[i][2][0].isupper()):
        return False
    w = toks[j - 1][3]
    return w not in lang.NP_STOPS and w not in _ALL_CUES and not w.endswith("ed")


def np_after(body: str, toks: Sequence[Token], k: int, hi: int | None = None) -> Mention | None:
    """Return the speaker that starts at token ``k`` (", said | Josh Earnest, the ...").

    Args:
        body: The article body.
        toks: The tokens of the window.
        k: The index the phrase starts at.
        hi: One past the last index it may use.
    """
    stop = len(toks) if hi is None else hi
    if k >= stop:
        return None
    t = toks[k][3]
    if t in lang.SPEAKER_PRONOUNS:
        return make_mention(body, toks[k : k + 1])
    j = k
    while j < stop and j - k < 12:
        tok = toks[j]
        w = tok[3]
        if not tok[2][0].isalnum():
            if tok[2] == "." and j > k and toks[j - 1][3] in lang.TITLES:
                j += 1
                continue
            if tok[2] in "-–" and j > k:
                j += 1
                continue
            break
        if j > k and w in lang.NP_STOPS and not (w == "of" and toks[j - 1][2][0].isupper()):
            break
        if j > k and w in _ALL_CUES and toks[j - 1][3] not in lang.DETERMINERS:
            break  # "said Smith said"; but "according to the report" names a document
        j += 1
    found = make_mention(body, toks[k:j])
    # "an aide close to ...", "the camp doctor known as ...": a shorter head may do.
    trim = j - 1
    while found is None and trim > k and j - trim <= 4:
        found = make_mention(body, toks[k:trim])
        trim -= 1
    return found


class Attribution:
    """A cue with its speaker, found outside quotation marks.

    Args:
        cue_start: Where the cue starts.
        cue_end: Where it ends.
        cue: The cue's text.
        speaker: The speaker mention.
        clause: Where the reported clause is, if the cue reports one without marks.
    """

    __slots__ = ("clause", "cue", "cue_end", "cue_start", "speaker")

    def __init__(
        self,
        cue_start: int,
        cue_end: int,
        cue: str,
        speaker: Mention,
        clause: tuple[int, int] | None = None,
    ) -> None:
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.cue = cue
        self.speaker = speaker
        self.clause = clause


def _match_phrase(toks: Sequence[Token], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(toks):
        return False
    return all(toks[i + k][3] == w for k, w in enumerate(phrase))


def according_to(body: str, toks: Sequence[Token], i: int) -> Attribution | None:
    """Return the attribution if an "according to X" phrase starts at token ``i``."""
    if i + 1 >= len(toks):
        return None
    for phrase in _ACCORDING_BY_START.get((toks[i][3], toks[i + 1][3]), ()):
        if _match_phrase(toks, i, phrase):
            k = i + len(phrase)
            spk = np_after(body, toks, k)
            if spk is not None and spk.form != "pronoun":
                s, e = toks[i][0], toks[k - 1][1]
                return Attribution(s, e, body[s:e], spk)
            return None
    return None


def _clause(body: str, toks: Sequence[Token], k: int, stop: int) -> tuple[int, int] | None:
    # The reported clause after a cue: skip "that", an object ("told Reuters"), commas.
    for x in range(k, min(k + 6, len(toks))):
        if toks[x][3] == "that":
            k = x + 1
            break
        if not toks[x][2][0].isalnum() and toks[x][2] != ",":
            break
    while k < len(toks) and not toks[k][2][0].isalnum() and toks[k][2] in ",:":
        k += 1
    if k >= len(toks) or toks[k][3] in lang.NOT_CLAUSE_STARTS:
        return None  # "said on a call set up by the union": no reported clause
    s = toks[k][0]
    e = stop
    while e > s and (body[e - 1].isspace() or body[e - 1] in ".,;:"):
        e -= 1
    if len(body[s:e].split()) < 4:
        return None
    return s, e


def find_attributions(
    body: str, spans: Iterable[tuple[int, int]], triggers: Sequence[int] | None = None
) -> list[Attribution]:
    """Find every attribution in the given stretches of text (sentences outside quotes).

    Each stretch is parsed on its own for "X said/claimed/reports ...",
    "according to X", "there are reports that"; clauses of reported speech
    are kept for indirect quotes.

    Args:
        body: The article body.
        spans: ``(start, end)`` stretches of running text without quotation marks.
        triggers: :func:`trigger_positions` of ``body``, if the caller has them.
    """
    out: list[Attribution] = []
    if triggers is None:
        triggers = trigger_positions(body)
    for s, e in spans:
        stop = min(e, s + WINDOW)
        # Most sentences report nobody: look for a trigger before tokenizing.
        t = bisect_left(triggers, s)
        if t == len(triggers) or triggers[t] >= stop:
            continue
        toks = tokens(body, s, stop)
        for i in [i for i, t in enumerate(toks) if t[3] in _TRIGGERS]:
            tok = toks[i]
            w = tok[3]
            if tok[2][-2:] in _POSSESSIVE_ENDS or (tok[2][0].isupper() and w in lang.STRONG_CUES):
                continue  # "the State’s", "the United States": nouns, not cues
            if w in _ACCORDING_FIRST:
                a = according_to(body, toks, i)
                if a is not None:
                    out.append(a)
                    _according_clause(body, toks, i, a, s, e)
                continue
            if w in ("there", "it", "reports", "sources") and i + 1 < len(toks):
                for phrase in _UNATTRIBUTED:
                    if _match_phrase(toks, i, phrase):
                        k = i + len(phrase)
                        noun = next(
                            (t for t in toks[i:k] if t[3] in ("reports", "reported", "sources")),
                            toks[i],
                        )
                        m = Mention(noun[0], noun[1], "none", "reports", SourceKind.UNKNOWN)
                        cue_end = toks[k - 1][1]
                        clause = _clause(body, toks, k, e)
                        cue = body[tok[0] : cue_end]
                        out.append(Attribution(tok[0], cue_end, cue, m, clause))
                        break
                else:
                    if w != "reports":
                        continue
                if w != "reports" or (out and out[-1].cue_start == tok[0]):
                    continue
            if w not in lang.STRONG_CUES or w in lang.ADJACENT_ONLY_CUES:
                continue
            spk = np_before(body, toks, i)
            if spk is None or (spk.form == "pronoun" and spk.name == "it"):
                continue
            clause = None
            if w in lang.CLAUSE_CUES:
                k = i + 1
                if w in ("told", "tell", "tells") and k < len(toks):
                    obj = np_after(body, toks, k)
                    if obj is None:
                        continue
                    k = next((x for x, t in enumerate(toks) if t[0] >= obj.end), len(toks))
                clause = _clause(body, toks, k, e)
            out.append(Attribution(tok[0], tok[1], tok[2], spk, clause))
    return out


def _according_clause(  # noqa: PLR0917 - private helper of find_attributions
    body: str, toks: Sequence[Token], i: int, a: Attribution, s: int, e: int
) -> None:
    # "According to X, CLAUSE." or "CLAUSE, according to X."
    if i == 0:
        k = next((x for x, t in enumerate(toks) if t[0] >= a.speaker.end), len(toks))
        a.clause = _clause(body, toks, k, e)
    elif toks[i - 1][2] == ",":
        end = toks[i - 1][0]
        if len(body[s:end].split()) >= 4:
            a.clause = (s, end)


def find_credits(body: str) -> list[Mention]:
    """Return the agencies named in photo credits ("... | EFE/EPA"), one mention each."""
    out: list[Mention] = []
    if "|" not in body:
        return out
    for m in _CREDIT.finditer(body):
        p = m.start()
        if p == 0 or body[p - 1] == "\n" or not body[p - 1].isspace():
            continue
        credit = m.group(1)
        letters = [c for c in credit if c.isalpha()]
        if not letters:
            continue
        upper = sum(c.isupper() for c in letters) / len(letters)
        if upper < 0.6 and "/" not in credit and not credit.lower().startswith("photo"):
            continue
        base = m.start(1)
        for part in _CREDIT_PART.finditer(credit):
            s, e = strip_range(body, part.start() + base, part.end() + base)
            if s < e:
                out.append(Mention(s, e, "body", body[s:e], SourceKind.AGENCY))
    return out


def _slug(name: str) -> str:
    return _SLUG.sub("-", name.lower()).strip("-") or "source"


def _surname(name: str) -> str:
    last = name.rsplit(maxsplit=1)[-1] if name.split() else name
    return _POSSESSIVE.sub("", last).lower()


class _Cluster:
    __slots__ = ("aliases", "gender", "kind", "mentions", "name", "role", "role_head")

    def __init__(self, name: str, kind: SourceKind, role: str | None) -> None:
        self.name = name
        self.kind = kind
        self.role = role
        self.role_head: str | None = None
        self.aliases: list[str] = []
        self.mentions: list[Mention] = []
        self.gender: str | None = None


def _role_head(role: str | None) -> str | None:
    if not role:
        return None
    words = [w.lower() for w in role.replace("’s", "").replace("'s", "").split()]
    if "of" in words and words.index("of") > 0:
        words = words[: words.index("of")]
    for w in reversed(words):
        if w in lang.PERSON_NOUNS or w in lang.TITLES:
            return w
    return None


def resolve(body: str, mentions: Iterable[Mention]) -> tuple[Source, ...]:
    """Cluster mentions into sources, in text order, and set each mention's ``source``.

    Names cluster by surname (with a compatible first name), bodies by name,
    descriptions by their role ("the Kazakh president" goes to the named president),
    pronouns to the most recent compatible source. Returns the sources in order of
    first mention, with ids that are slugs of their names, unique in the article.
    """
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    clusters: list[_Cluster] = []
    by_surname: dict[str, list[int]] = {}
    by_body: dict[str, int] = {}
    by_role: dict[str, int] = {}
    last_person: int | None = None
    last_group: int | None = None
    last_by_gender: dict[str, int] = {}
    seen: dict[tuple[int, int], Mention] = {}
    kept: list[tuple[Mention, int]] = []

    def new(name: str, kind: SourceKind, role: str | None) -> int:
        clusters.append(_Cluster(name, kind, role))
        return len(clusters) - 1

    dups: list[tuple[Mention, Mention]] = []
    outer: Mention | None = None
    for m in ordered:
        key_span = (m.start, m.end)
        if key_span in seen:
            dups.append((m, seen[key_span]))
            continue
        if outer is not None and m.end <= outer.end and m.form == outer.form != "pronoun":
            dups.append((m, outer))  # "Ministry of Interior" inside "the Ministry of Interior"
            continue
        seen[key_span] = m
        outer = m
        idx: int | None = None
        if m.form == "pronoun":
            if m.name in ("he", "she"):
                idx = last_by_gender.get(m.name)
                unknown = last_person is not None and clusters[last_person].gender is None
                if idx is None or unknown:
                    idx = last_person
                if idx is not None and clusters[idx].gender is None:
                    clusters[idx].gender = m.name
            elif m.name == "i":
                idx = last_person
            else:
                idx = last_group if last_group is not None else last_person
            if idx is None:
                continue
        elif m.form == "name":
            key = _surname(m.name)
            for c in reversed(by_surname.get(key, [])):
                if _compatible(clusters[c].name, m.name):
                    idx = c
                    break
            if idx is None:
                idx = new(m.name, m.kind, m.role)
                by_surname.setdefault(key, []).append(idx)
            cl = clusters[idx]
            if len(m.name.split()) > len(cl.name.split()):
                cl.aliases.append(cl.name)
                cl.name = m.name
            elif m.name != cl.name and m.name not in cl.aliases:
                cl.aliases.append(m.name)
            if cl.role is None and m.role:
                cl.role = m.role
            head = _role_head(m.role)
            if head is not None:
                by_role[head] = idx
        elif m.form == "role":
            head = _role_head(m.name)
            if head is not None and head in by_role:
                idx = by_role[head]
            else:
                key = m.name.lower()
                idx = by_body.get(key)
                if idx is None:
                    idx = new(m.name, m.kind, m.name)
                    by_body[key] = idx
                if head is not None:
                    by_role[head] = idx
            cl = clusters[idx]
            if cl.role is None:
                cl.role = m.name
        else:
            key = m.name.lower()
            idx = by_body.get(key)
            if idx is None:
                idx = new(m.name, m.kind, None)
                by_body[key] = idx
                # "the Russian Ministry of Defense" and "the Ministry of Defense" are one body.
                short = key.split(" ", 1)
                if len(short) == 2 and short[1] in by_body:
                    idx = by_body[short[1]]
                    by_body[key] = idx
                    clusters.pop()
        cl = clusters[idx]
        kept.append((m, idx))
        if cl.kind == SourceKind.PERSON:
            last_person = idx
            if cl.gender is not None:
                last_by_gender[cl.gender] = idx
        elif cl.kind != SourceKind.UNKNOWN:
            last_group = idx

    ids: list[str] = []
    used: set[str] = set()
    for cl in clusters:
        base = _slug(cl.name)
        sid = base
        n = 2
        while sid in used:
            sid = f"{base}-{n}"
            n += 1
        used.add(sid)
        ids.append(sid)
    for m, idx in kept:
        m.source = ids[idx]
        clusters[idx].mentions.append(m)
    for m, first in dups:
        m.source = first.source
    return tuple(
        Source(
            id=ids[i],
            name=cl.name,
            kind=cl.kind,
            role=cl.role if cl.role != cl.name else None,
            aliases=tuple(dict.fromkeys(a for a in cl.aliases if a != cl.name)),
            mentions=tuple(
                new_span(a, b) for a, b in sorted({(m.start, m.end) for m in cl.mentions})
            ),
        )
        for i, cl in enumerate(clusters)
        if cl.mentions
    )


def _compatible(a: str, b: str) -> bool:
    # "Kasim-Yomart Tokayev" ~ "Kassym-Yomart Tokayev" ~ "Tokayev";
    # not "Eric Lund" ~ "Maria Lund".
    fa, fb = a.split()[:-1], b.split()[:-1]
    if not fa or not fb:
        return True
    return fa[0][:1].lower() == fb[0][:1].lower()


#: At most this many names are looked for again in the text (keeps the scan linear).
MAX_NAMES = 32


def name_mentions(
    body: str, outside: Callable[[int, int], bool], known: Iterable[Mention]
) -> list[Mention]:
    """Find further mentions of already named sources: "Tokayev refuses dialogue".

    Each known surname (and each body's name) is looked for with ``str.find``; an
    occurrence that is a whole word and ``outside(start, end)`` (not in a quote)
    becomes a mention, with a capitalised first name before it if there is one.
    """
    names: dict[str, Mention] = {}
    for m in known:
        if m.form == "name":
            names.setdefault(_surname(m.name), m)
        elif m.form == "body" and m.kind != SourceKind.AGENCY and " " in m.name:
            names.setdefault(m.name, m)
    out: list[Mention] = []
    n = len(body)
    for key, ref in list(names.items())[:MAX_NAMES]:
        word = key if ref.form == "body" else ref.name.split()[-1]
        word = _POSSESSIVE.sub("", word)
        if not word:
            continue
        pos = body.find(word)
        while pos >= 0:
            e = pos + len(word)
            if (pos == 0 or not body[pos - 1].isalnum()) and (e >= n or not body[e].isalnum()):
                s = pos
                if ref.form == "name":
                    # A capitalised first name right before: "Kassym-Yomart Tokayev".
                    j = s - 1
                    if j > 0 and body[j] == " ":
                        k = j
                        while k > 0 and (body[k - 1].isalnum() or body[k - 1] in "-.’'"):
                            k -= 1
                        first = body[k:j]
                        bare = first.lower().rstrip(".")
                        if first[:1].isupper() and bare not in _NOT_FIRST_NAMES:
                            s = k
                if outside(s, e):
                    out.append(Mention(s, e, ref.form, body[s:e], ref.kind))
            pos = body.find(word, e)
    return out


def _word_offsets(text: str) -> list[int]:
    out: list[int] = []
    prev_space = True
    for i, ch in enumerate(text):
        if not ch.isspace() and prev_space:
            out.append(i)
        prev_space = ch.isspace()
    return out
