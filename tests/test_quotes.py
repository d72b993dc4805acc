"""Quotes, speakers and sources: the sample article, every mark style, and the hard cases."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import newsrec
from newsrec import NewsrecWarning, QuoteKind, SourceKind
from newsrec._quotes import extract_quotes

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan.txt"

# The 17 quotes of the sample, as body offsets (hand-checked; the body starts after the
# 17-character date header). The text check guards against shifted offsets.
SAMPLE_QUOTES = [
    (98, 127, "shoot to kill without warning", QuoteKind.PARTIAL),
    (157, 167, "terrorists", QuoteKind.PARTIAL),
    (1420, 1497, "I gave the order to the police", QuoteKind.DIRECT),
    (1606, 1662, "with armed and prepared bandits", QuoteKind.PARTIAL),
    (1795, 1851, "terrorists continue to damage", QuoteKind.PARTIAL),
    (1858, 1892, "use their weapons against citizens", QuoteKind.PARTIAL),
    (1897, 2049, "From abroad, we hear appeals", QuoteKind.DIRECT),
    (2064, 2287, "The combatants have not surrendered", QuoteKind.DIRECT),
    (2436, 2607, "It is extremely important to understand", QuoteKind.DIRECT),
    (2620, 2751, "We found that we don’t have", QuoteKind.DIRECT),
    (2816, 2912, "showed the existence of a precise plan", QuoteKind.PARTIAL),
    (2926, 3014, "precise coordination of their actions", QuoteKind.PARTIAL),
    (3019, 3111, "In addition to the fighters", QuoteKind.DIRECT),
    (3383, 3546, "I offer special words of thanks", QuoteKind.DIRECT),
    (3922, 3938, "instigating role", QuoteKind.PARTIAL),
    (4015, 4128, "feeling above the law", QuoteKind.PARTIAL),
    (4132, 4302, "The irresponsible actions of these pitiful", QuoteKind.DIRECT),
]

# The 15 attributions of the sample: the name (or phrase) a source mention must cover.
SAMPLE_ATTRIBUTIONS = [
    (23, 43, "Kasim-Yomart Tokayev", SourceKind.PERSON),
    (444, 455, "authorities", SourceKind.GOVERNMENT),
    (597, 621, "the Ministry of Interior", SourceKind.GOVERNMENT),
    (624, 635, "Authorities", SourceKind.GOVERNMENT),
    (781, 803, "there are reports that", SourceKind.UNKNOWN),
    (941, 950, "NetBlocks", SourceKind.MONITOR),
    (1184, 1207, "The international press", SourceKind.MEDIA),
    (1499, 1519, "the Kazakh president", SourceKind.PERSON),
    (1729, 1767, "EFE/EPA/KAZAKH PRESIDENT PRESS SERVICE", SourceKind.AGENCY),
    (1769, 1776, "Tokayev", SourceKind.PERSON),
    (2782, 2789, "Tokayev", SourceKind.PERSON),
    (3124, 3151, "The president of Kazakhstan", SourceKind.PERSON),
    (3562, 3593, "The Russian Ministry of Defense", SourceKind.GOVERNMENT),
    (3686, 3706, "The defense alliance", SourceKind.ORGANIZATION),
    (3903, 3905, "he", SourceKind.PERSON),
]

SCARE_QUOTE = (385, 399)  # “peacekeeping”


@pytest.fixture(scope="module")
def sample() -> newsrec.Article:
    return newsrec.parse_text(SAMPLE.read_text(encoding="utf-8"))


def _marked(quotes):
    return [q for q in quotes if q.kind is not QuoteKind.INDIRECT]


class TestSample:
    def test_all_17_quotes_with_exact_spans(self, sample):
        got = {(q.span.start, q.span.end): q for q in _marked(sample.quotes)}
        for start, end, prefix, kind in SAMPLE_QUOTES:
            assert (start, end) in got, prefix
            q = got[start, end]
            assert q.text.startswith(prefix)
            assert sample.body[start:end] == q.text
            assert q.kind is kind, prefix
        assert len(_marked(sample.quotes)) == 17

    def test_every_quote_is_tokayev(self, sample):
        for q in _marked(sample.quotes):
            src = sample.source(q.speaker)
            assert src is not None
            assert "Tokayev" in src.name
            assert src.kind is SourceKind.PERSON
            assert q.speaker_span is not None
            assert q.cue

    def test_one_tokayev_source_with_variants_roles_and_pronouns(self, sample):
        tok = [s for s in sample.sources if "Tokayev" in s.name]
        assert len(tok) == 1
        names = {s.name, *s.aliases} if (s := tok[0]) else set()
        assert {"Kasim-Yomart Tokayev", "Kassym-Yomart Tokayev", "Tokayev"} <= names
        mentions = {sample.text_of(m) for m in s.mentions}
        assert {"he", "the Kazakh president", "The president of Kazakhstan"} <= mentions

    def test_speaker_span_is_the_mention_at_the_quote(self, sample):
        q = next(q for q in sample.quotes if q.span.start == 1897)
        assert sample.text_of(q.speaker_span) == "he"
        assert q.cue == "asked"
        q = next(q for q in sample.quotes if q.span.start == 1420)
        assert sample.text_of(q.speaker_span) == "the Kazakh president"

    def test_scare_quote_is_not_a_quote(self, sample):
        s, e = SCARE_QUOTE
        assert not [q for q in sample.quotes if q.span.start < e and s < q.span.end]

    def test_every_attribution_yields_a_source(self, sample):
        for start, end, text, kind in SAMPLE_ATTRIBUTIONS:
            assert sample.body[start:end] == text
            hits = [
                s
                for s in sample.sources
                for m in s.mentions
                if m.start < end and start < m.end
            ]
            assert hits, text
            assert any(s.kind is kind for s in hits), (text, [s.kind for s in hits])

    def test_sources_are_unique_slugs_and_speakers_exist(self, sample):
        ids = [s.id for s in sample.sources]
        assert len(ids) == len(set(ids))
        assert all(i == i.lower() and " " not in i for i in ids)
        for q in sample.quotes:
            assert q.speaker is None or sample.source(q.speaker) is not None

    def test_indirect_speech(self, sample):
        ind = [q for q in sample.quotes if q.kind is QuoteKind.INDIRECT]
        texts = [q.text for q in ind]
        assert any(t.startswith("Russian peacekeeping forces were guarding") for t in texts)
        assert any(t.startswith("More than 3,000 people") for t in texts)

    def test_photo_credit_agencies(self, sample):
        agencies = {s.name for s in sample.sources if s.kind is SourceKind.AGENCY}
        assert {"EFE", "EPA"} <= agencies

    def test_validates(self, sample):
        from newsrec._text import parse_text

        assert parse_text(sample.body).quotes == sample.quotes



def _one(text):
    quotes, sources = extract_quotes(text)
    marked = _marked(quotes)
    assert len(marked) == 1, marked
    q = marked[0]
    return q, {s.id: s for s in sources}


STYLES = [
    ("“", "”"),
    ("‘", "’"),
    ('"', '"'),
    ("'", "'"),
    ("«", "»"),
    ("« ", " »"),
    ("«\u00a0", "\u00a0»"),
    ("»", "«"),
    ("„", "“"),
    ("„", "”"),
    ("‹", "›"),
    ("”", "”"),
    ("''", "''"),
]


class TestMarks:
    @pytest.mark.parametrize(("o", "c"), STYLES)
    def test_every_style(self, o, c):
        text = f"Prices rose again. {o}We will not give up,{c} Smith said."
        q, src = _one(text)
        assert q.text == "We will not give up,"
        assert src[q.speaker].name == "Smith"

    @pytest.mark.parametrize(("o", "c"), STYLES)
    def test_every_style_colon(self, o, c):
        text = f"Maria Lopez told reporters: {o}The plan has failed.{c}"
        q, src = _one(text)
        assert q.text == "The plan has failed."
        assert src[q.speaker].name == "Maria Lopez"
        assert q.kind is QuoteKind.DIRECT

    def test_apostrophes_are_not_marks(self):
        text = (
            "“The combatants’ weapons, the protesters’ demands, we don’t know, "
            "since the ’90s and rock ’n’ roll,” he said, after Jones spoke."
        )
        q, _ = extract_quotes("Jones said the talks failed. " + text)[0][-1], None
        assert q.text.startswith("The combatants’ weapons")
        assert q.text.endswith("rock ’n’ roll,")

    def test_nested_quote_stays_inside(self):
        text = "“The combatants’ ‘sleeping cells’ are active,” Lee said."
        q, _ = _one(text)
        assert q.text == "The combatants’ ‘sleeping cells’ are active,"

    def test_nested_double_in_single(self):
        text = "‘He called it “a farce” and left,’ Lee said."
        q, _ = _one(text)
        assert q.text == "He called it “a farce” and left,"

    def test_unclosed_quote_then_new_paragraph_with_mark_is_a_continuation(self):
        text = "“This one goes on,\n\n“and on,” Brown said."
        quotes, _ = extract_quotes(text)
        assert [q.text for q in quotes] == ["This one goes on,", "and on,"]

    def test_multi_paragraph_quote(self):
        text = (
            "Ann Ford said on Monday:\n\n“The first part of it.\n\n“The second part.\n\n"
            "“The last part.”\n\nThe end of the story."
        )
        quotes, sources = extract_quotes(text)
        assert [q.text for q in quotes] == ["The first part of it.", "The second part.", "The last part."]
        assert {q.speaker for q in quotes} == {"ann-ford"}
        assert sources[0].name == "Ann Ford"

    def test_interrupted_quote(self):
        text = "“We tried,” the minister said, “but it failed.” Later she left."
        quotes, _ = extract_quotes(text)
        assert [q.text for q in quotes] == ["We tried,", "but it failed."]
        assert quotes[0].speaker == quotes[1].speaker is not None
        assert quotes[1].kind is QuoteKind.DIRECT

    def test_unbalanced_mark_warns_and_keeps_later_quotes(self):
        text = "“This one never closes, said nobody.\n\nBrown was calm. “This is fine,” Brown said."
        with pytest.warns(NewsrecWarning, match="unbalanced"):
            quotes, _ = extract_quotes(text)
        assert [q.text for q in quotes] == ["This is fine,"]

    def test_stray_closing_mark_warns(self):
        with pytest.warns(NewsrecWarning, match="line 1, column"):
            quotes, _ = extract_quotes("It ended” here. “Yes,” Brown said.")
        assert [q.text for q in quotes] == ["Yes,"]

    def test_balanced_text_does_not_warn(self):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            extract_quotes(SAMPLE.read_text(encoding="utf-8"))

    @pytest.mark.parametrize("n", [0, 1, 2, 3])
    def test_never_raises_on_odd_input(self, n):
        odd = ["", "“", "'''", "\n\n“”‘’«»„‚‹›\"'\n"][n]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extract_quotes(odd * 50)


class TestAttribution:
    @pytest.mark.parametrize(
        ("text", "speaker", "cue"),
        [
            ("“It is over,” Smith said.", "Smith", "said"),
            ("“It is over,” said Smith.", "Smith", "said"),
            ("“It is over,” Smith told Reuters.", "Smith", "told"),
            ("Smith told Reuters: “It is over.”", "Smith", "told"),
            ("According to Smith, “it is over.”", "Smith", "According to"),
            ("Smith spoke. “It is over,” he warned.", "Smith", "warned"),
            ("Smith said it ended. “Is it over?” she asked.", "Smith", "asked"),
            ("Smith said it ended. “It is over,” he emphasized.", "Smith", "emphasized"),
            ("Smith said it ended. “It is over,” she added.", "Smith", "added"),
            ("“It is over,” said Jane Smith, a spokeswoman for the party.", "Jane Smith", "said"),
            ("“It is over,” Sen. Jane Smith said.", "Jane Smith", "said"),
            ("“It is over,” Ms. Smith said.", "Smith", "said"),
            ("“It is over,” Dr. Jane Smith said.", "Jane Smith", "said"),
            ("Sen. Jane Smith (D-Ohio), said, “It is over.”", "Jane Smith", "said"),
            ("“It is over” said Jane Smith, a spokeswoman.", "Jane Smith", "said"),
            ("“Is it over?” Smith pressed.", "Smith", "pressed"),
            ("“It is over,” said the 52-year-old.", "52-year-old", "said"),
            ("“It is over,” one reader wrote.", "reader", "wrote"),
            ("“It is over,” the petition says.", "petition", "says"),
            ("Jane Smith left on Monday, saying, “It is over.”", "Jane Smith", "saying"),
            ("“It is over,” according to the report.", "report", "according to"),
            ("“It is over,” Sen. Jane Smith (D-Ohio) said on Friday.", "Jane Smith", "said"),
            ("“It is over,” says an aide close to the talks.", "aide", "says"),
            ("“Go home,” Smith barked.", "Smith", "barked"),
            ("“It is over,” my father often said.", "father", "said"),
        ],
    )
    def test_cue_patterns(self, text, speaker, cue):
        quotes, sources = extract_quotes(text)
        q = _marked(quotes)[-1]
        src = {s.id: s for s in sources}[q.speaker]
        assert src.name == speaker
        assert q.cue == cue

    def test_a_capitalised_cue_word_is_a_noun(self):
        # "States" and "State" are not the verb "state": no source named "United".
        text = "The United States warned on Friday that the talks would fail without more troops."
        quotes, sources = extract_quotes(text)
        assert [s.name for s in sources] == ["United States"]
        assert quotes[0].cue == "warned"

    def test_turn_continues_past_a_noun_that_is_also_a_cue(self):
        text = "“We won,” Smith told state officials. “Next is the final.”\n\nThe vote was close."
        quotes, _ = extract_quotes(text)
        assert [q.speaker for q in quotes] == ["smith", "smith"]

    def test_turn_continues_past_a_cue_word_used_as_a_noun(self):
        text = "“We won,” said Jane Smith in a Friday tweet. “Next is the final.”\n\nThe vote."
        quotes, _ = extract_quotes(text)
        assert [q.speaker for q in quotes] == ["jane-smith", "jane-smith"]

    def test_no_indirect_quote_from_a_prepositional_phrase(self):
        quotes, _ = extract_quotes("Jane Smith said on a call set up by the union that night.")
        assert quotes == ()

    def test_turn_continues_into_next_paragraph(self):
        text = "“It is over,” Smith said.\n\n“We will go home now.”\n\nThe weather was mild."
        quotes, _ = extract_quotes(text)
        assert len(quotes) == 2
        assert quotes[0].speaker == quotes[1].speaker == "smith"

    def test_pronoun_goes_to_most_recent_named_speaker(self):
        text = (
            "“Yes,” Adams said. Later, Baker spoke to the press. "
            "Baker said the vote was close. “No,” he said."
        )
        quotes, _ = extract_quotes(text)
        marked = _marked(quotes)
        assert [q.speaker for q in marked] == ["adams", "baker"]


class TestKinds:
    def test_direct_partial_indirect(self):
        text = (
            "Tokayev said he had ordered troops to “shoot to kill” protesters. "
            "“I gave the order,” he said. "
            "Tokayev also stated that the order would stand until the end of the week."
        )
        quotes, _ = extract_quotes(text)
        kinds = [q.kind for q in quotes]
        assert kinds == [QuoteKind.PARTIAL, QuoteKind.DIRECT, QuoteKind.INDIRECT]
        assert quotes[2].text == "the order would stand until the end of the week"

    @pytest.mark.parametrize(
        "text",
        [
            (
                "The aide said by phone that, “Of course she will answer them” against "
                "what the party calls a smear."
            ),
            "Smith said: “The plan is dead” and nobody in the room disagreed with that.",
        ],
    )
    def test_a_sentence_running_on_through_the_quote_makes_it_partial(self, text):
        q, _ = _one(text)
        assert q.kind is QuoteKind.PARTIAL
        assert q.speaker is not None

    @pytest.mark.parametrize(
        "text",
        [
            "Scenes of violence continued after alliance “peacekeeping” troops arrived.",
            "She appeared on “Late Night Harbor” last week.",
            "The so-called “experts” were nowhere to be seen.",
            "The host, who is promoting his new book, “Quiet Rivers” (Ríos Quietos), said little.",
            "The movie, “Nine Winters,” is based on a novel, the director said.",
            "She acted in the film “Storm Cats 2: Not Again!” last year, her agent said.",
        ],
    )
    def test_scare_quotes_and_titles_are_not_quotes(self, text):
        quotes, _ = extract_quotes(text)
        assert _marked(quotes) == []

    def test_a_title_is_not_the_last_speaker_going_on(self):
        text = (
            "“I wanted to show what nurses carry,” she said.\n\n"
            "“Morning Tide,” which will be in shops on Monday, is her second novel."
        )
        quotes, _ = extract_quotes(text)
        assert [q.text for q in _marked(quotes)] == ["I wanted to show what nurses carry,"]

    @pytest.mark.parametrize(
        "text",
        [
            "The campaign mailed a blurb for the novel: “Read it twice,” the campaign said.",
            "“Paid Parental Time,” the memo states, “is open to all.”",
            "Smith said the remark by Dr. Lena Hart “was unfair and unkind.”",
        ],
    )
    def test_said_words_near_titles_are_still_quotes(self, text):
        quotes, _ = extract_quotes(text)
        assert _marked(quotes)
        assert all(q.speaker is not None for q in _marked(quotes))


# A hang guard, not a speed figure: linear time is measured in bench/bench_hostile.py.
@pytest.mark.timeout(60)
@pytest.mark.parametrize("size", [10_000, 100_000])
def test_unbalanced_marks_never_hang(size):
    unit = "“Open and never closed, «nor this, \"or this, 'x y ‘z he said. "
    text = (unit * (size // len(unit) + 1))[:size]
    with pytest.warns(NewsrecWarning, match="unbalanced quotation mark"):
        quotes, _ = extract_quotes(text)
    assert all(text[q.span.start : q.span.end] == q.text for q in quotes)
