"""Tests for the statistics extractor: the sample article, every surface form, the non-statistics."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import newsrec
from newsrec._statistics import extract_statistics
from newsrec.records import Qualifier, Source, SourceKind, Span, Trend

SAMPLE = Path(__file__).parent.parent / "examples" / "kazakhstan.txt"


def one(text):
    """The single statistic in ``text``."""
    found = extract_statistics(text)
    assert len(found) == 1, [s.text for s in found]
    return found[0]


def values(text):
    return [s.value if s.value is not None else (s.low, s.high) for s in extract_statistics(text)]


# -- the sample article -------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample():
    return newsrec.parse_text(SAMPLE.read_text(encoding="utf-8"))


SAMPLE_EXPECTED = [
    # text, value, low, high, qualifier, counted
    ("dozens of protesters", None, 24, None, Qualifier.VAGUE, "protesters killed"),
    (
        "18 police and security agents",
        18,
        None,
        None,
        Qualifier.EXACT,
        "police and security agents",
    ),
    ("More than 3,000 people", 3000, 3000, None, Qualifier.MORE_THAN, "people detained"),
    ("about 5%", 5, None, None, Qualifier.ABOUT, "normal"),
    ("several cities", None, None, None, Qualifier.VAGUE, "cities"),
    ("hundreds of protesters", None, 200, None, Qualifier.VAGUE, "protesters gathered"),
    ("two cities", 2, None, None, Qualifier.EXACT, "cities"),
    ("up to 3,000 participants", 3000, None, 3000, Qualifier.AT_MOST, "participants"),
    ("six former Soviet republics", 6, None, None, Qualifier.EXACT, "former Soviet republics"),
    ("a total of 2,500 troops", 2500, None, None, Qualifier.EXACT, "troops deployed"),
]


def test_sample_has_exactly_the_ten_statistics(sample):
    assert [s.text for s in sample.statistics] == [e[0] for e in SAMPLE_EXPECTED]


@pytest.mark.parametrize("i", range(len(SAMPLE_EXPECTED)))
def test_sample_statistic(sample, i):
    text, value, low, high, qualifier, counted = SAMPLE_EXPECTED[i]
    st = sample.statistics[i]
    assert sample.text_of(st.span) == st.text == text
    assert (st.value, st.low, st.high) == (value, low, high)
    assert st.qualifier is qualifier
    assert st.counted == counted
    assert st.trend is None


def test_sample_units(sample):
    units = [s.unit for s in sample.statistics]
    assert units == [
        "protester", "police security agent", "people", "percentage", "city",
        "protester", "city", "participant", "former Soviet republic", "troop",
    ]  # fmt: skip


def test_sample_caption_date_is_not_a_statistic(sample):
    caption = sample.body.index("7 January")
    assert not any(s.span.start <= caption < s.span.end for s in sample.statistics)


def test_sample_values_are_int_or_decimal(sample):
    for s in sample.statistics:
        for v in (s.value, s.low, s.high):
            assert v is None or type(v) in (int, Decimal)


# -- digits, separators, decimals ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They counted 3,000 votes.", 3000),
        ("They counted 1 500 000 votes.", 1500000),
        ("They counted 1\u00a0500\u00a0000 votes.", 1500000),
        ("They counted 12345 votes.", 12345),
        ("Turnout was 47.6 points.", Decimal("47.6")),
        ("A rate of .001 points.", Decimal("0.001")),
        ("It weighs 2 1/2 kg.", Decimal("2.5")),
        ("Add ½ cup of milk.", Decimal("0.5")),
        ("A 1/4 inch gap.", Decimal("0.25")),
        ("It fell to -15 points.", -15),
        ("It reached minus-130 degrees.", -130),
        ("A mass of 1.99e-3 kg.", Decimal("0.00199")),
    ],
)
def test_digit_forms(text, value):
    assert one(text).value == value


def test_dot_thousands_where_the_article_writes_them():
    text = "There are 1.500.000 people and 3.000 soldiers, or 2,5 per cent."
    assert values(text) == [1500000, 3000, Decimal("2.5")]
    assert values("He paid 3.000 euros.") == [3]  # English: a decimal point


# -- percentages, money, scale words, words -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Growth was 5%.", 5, "percentage"),
        ("Growth was 5 percent.", 5, "percentage"),
        ("Growth was five per cent.", 5, "percentage"),
        ("Rates rose 1.38pc.", Decimal("1.38"), "percentage"),
        ("Rates moved 40 basis points.", 40, "basis point"),
        ("It costs $6 each.", 6, "dollar"),
        ("It costs €15.", 15, "euro"),
        ("It costs £1,000.", 1000, "pound sterling"),
        ("It costs 1,200€.", 1200, "euro"),
        ("It costs US$473 million.", 473000000, "dollar"),
        ("It costs HK$5.4m.", 5400000, "hong kong dollar"),
        ("It costs 1.2 billion yuan.", 1200000000, "chinese yuan"),
        ("It costs USD 10m.", 10000000, "dollar"),
        ("It costs EUR50m.", 50000000, "euro"),
        ("It costs RM79 a month.", 79, "malaysian ringgit per month"),
        ("It costs 10.5 million Australian dollars.", 10500000, "australian dollar"),
        ("It costs 20 million pounds.", 20000000, "pound sterling"),
        ("It weighs 20 pounds.", 20, "pound-mass"),
        ("It costs $1bn.", 1000000000, "dollar"),
        ("It costs $2.174T.", 2174000000000, "dollar"),
        ("They hired 300k workers.", 300000, "worker"),
        ("They have 35m of its devices.", 35000000, "device"),
        ("They have 2.5 million users.", 2500000, "user"),
        ("They ran 37m.", 37, "metre"),
        ("A speed of 87 mph.", 87, "mile per hour"),
        ("A speed of 140 km/h.", 140, "kilometre per hour"),
        ("It is 30 kilometres long.", 30, "kilometre"),
        ("A 6.1-inch display.", Decimal("6.1"), "inch"),
        ("It has 800,000 barrels a day.", 800000, "barrel per day"),
        ("It hit 500 degrees Celsius.", 500, "degree Celsius"),
        ("It spins 78,000 times a minute.", 78000, "count per minute"),
        ("A 2.4GHz radio.", Decimal("2.4"), "gigahertz"),
        ("They waited three years.", 3, "year"),
    ],
)
def test_units(text, value, unit):
    st = one(text)
    assert (st.value, st.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She saw two birds.", 2),
        ("She saw twenty-one birds.", 21),
        ("She saw a dozen birds.", 12),
        ("She saw two dozen birds.", 24),
        ("She saw one hundred and two birds.", 102),
        ("She saw twenty-eight thousand six hundred forty-two birds.", 28642),
        ("She saw half a million birds.", 500000),
        ("She saw a million birds.", 1000000),
        ("She saw two and a half thousand birds.", 2500),
        ("She ate two thirds of the cake.", Decimal(2) / Decimal(3)),
        ("She ran one-half miles.", Decimal("0.5")),
        ("Sales grew sixfold.", 6),
        ("She saw 4 hundred million birds.", 400000000),
    ],
)
def test_word_numbers(text, value):
    assert one(text).value == value


# -- qualifiers and trends ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "qualifier", "low", "high"),
    [
        ("about", Qualifier.ABOUT, None, None),
        ("around", Qualifier.ABOUT, None, None),
        ("nearly", Qualifier.ABOUT, None, None),
        ("almost", Qualifier.ABOUT, None, None),
        ("roughly", Qualifier.ABOUT, None, None),
        ("approximately", Qualifier.ABOUT, None, None),
        ("some", Qualifier.ABOUT, None, None),
        ("more than", Qualifier.MORE_THAN, 40, None),
        ("over", Qualifier.MORE_THAN, 40, None),
        ("at least", Qualifier.AT_LEAST, 40, None),
        ("fewer than", Qualifier.LESS_THAN, None, 40),
        ("less than", Qualifier.LESS_THAN, None, 40),
        ("under", Qualifier.LESS_THAN, None, 40),
        ("up to", Qualifier.AT_MOST, None, 40),
        ("as many as", Qualifier.AT_MOST, None, 40),
        ("a total of", Qualifier.EXACT, None, None),
        ("exactly", Qualifier.EXACT, None, None),
    ],
)
def test_qualifiers(phrase, qualifier, low, high):
    st = one(f"Police said {phrase} 40 people were hurt.")
    assert st.text == f"{phrase} 40 people"
    assert (st.value, st.low, st.high, st.qualifier) == (40, low, high, qualifier)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("They found 300+ sites.", Qualifier.AT_LEAST),
        ("They found 10 or more sites.", Qualifier.AT_LEAST),
        ("They found 50 or so sites.", Qualifier.ABOUT),
        ("A height of ~1.2mm.", Qualifier.ABOUT),
    ],
)
def test_trailing_and_symbol_qualifiers(text, qualifier):
    assert one(text).qualifier is qualifier


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("Shares rose 5%.", Trend.INCREASE),
        ("Shares rose by 5%.", Trend.INCREASE),
        ("Shares were up nearly 57%.", Trend.INCREASE),
        ("Shares fell 3 points.", Trend.DECREASE),
        ("Exports dropped 7%.", Trend.DECREASE),
        ("It was a 10% drop.", Trend.DECREASE),
        ("A 75 percent increase.", Trend.INCREASE),
        ("Shares finished 34.4% higher.", Trend.INCREASE),
        ("Revenue rose to $7.36 billion.", Trend.INCREASE),
    ],
)
def test_trends(text, trend):
    assert one(text).trend is trend


def test_trend_carries_to_the_restated_change():
    a, b = extract_statistics("The index lost 190 points, or 0.6%.")
    assert (a.trend, b.trend) == (Trend.DECREASE, Trend.DECREASE)
    assert b.unit == "percentage"


def test_no_trend_without_a_trend_word():
    assert one("It has 40 staff.").trend is None
    assert one("Sales were up from 2.4 million units.").trend is None


# -- ranges -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("About 2-3 million people.", 2000000, 3000000, "people"),
        ("between 10 and 20 people.", 10, 20, "people"),
        ("from 44 mg to 50 mg.", 44, 50, "milligram"),
        ("at 15 to 22 miles per hour.", 15, 22, "mile per hour"),
        ("four to five thousand people.", 4000, 5000, "people"),
        ("from $10 to $15 billion.", 10000000000, 15000000000, "dollar"),
        ("from $200,000 to $414 million.", 200000, 414000000, "dollar"),
        ("between 5% and 6%.", 5, 6, "percentage"),
        ("three or four years.", 3, 4, "year"),
        ("an 8- to 16-meter telescope.", 8, 16, "metre"),
        ("from 0 to 60 mph.", 0, 60, "mile per hour"),
        ("between $62 and $68 per share.", 62, 68, "dollar per share"),
    ],
)
def test_ranges(text, low, high, unit):
    st = one(text)
    assert (st.value, st.low, st.high, st.unit) == (None, low, high, unit)


def test_falling_from_to_is_two_figures_not_a_range():
    a, b = extract_statistics("It fell from $2,415 to $2,315.")
    assert (a.value, b.value) == (2415, 2315)


def test_year_span_is_not_a_number():
    assert extract_statistics("We produced nothing in 2012-13.") == ()
    assert extract_statistics("The 2014-15 season was long.") == ()


# -- vague counts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("dozens of people", 24),
        ("hundreds of people", 200),
        ("thousands of people", 2000),
        ("tens of thousands of people", 20000),
        ("hundreds of thousands of people", 200000),
        ("millions of people", 2000000),
        ("several people", None),
        ("scores of people", 40),
    ],
)
def test_vague_counts(text, low):
    st = one(f"Police said {text} marched.")
    assert (st.value, st.low, st.high, st.qualifier) == (None, low, None, Qualifier.VAGUE)
    assert st.unit == "people"


def test_scores_without_of_is_not_vague():
    assert extract_statistics("Test scores improved.") == ()


# -- not statistics -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # dates
        "The President, 7 January | EFE",
        "It happened on 7 January.",
        "It happened on January 7, 2022.",
        "We did that on Aug. 14, he said.",
        "It started in 2022.",
        "The 1988 horror film returns.",
        "Updated 2019-09-01T10:38:07Z.",
        "It peaked in the 1970s.",
        # times
        "The deadline is 2 p.m. Wednesday.",
        "It began at 2pm.",
        "It ended at 11:30.",
        "with 4:39 left to play",
        "after 0401 GMT on Friday",
        # ordinals
        "the 21st century",
        "his 10th straight title",
        "for the third time",
        # names with numbers
        "Game 7 tonight",
        "The S&P 500 closed.",
        "COVID-19 spread.",
        "the iPhone 11 launch",
        "No. 1 seed",
        "his XC40 was parked",
        "Apollo 11 landed.",
        "the Kick Six win",
        # scores
        "Bristol beat Charlton 2-1 at home.",
        "tied the game at 89-89.",
        # phone numbers
        "Call 555-123-4567 now.",
        "Call (555) 123-4567 now.",
        "Call +44 20 7946 0958 now.",
        # ages in apposition, determiners
        "Senard, 65, now faces the task.",
        "It is one of the largest.",
        "It was one of them.",
        "That car is one of his.",
        "It is one of the town's.",
        "No one knows.",
        "Herrera: 4 Started the match.",
        # consoles and product names
        "It runs on the PS5 now.",
        "It supports 5G networks.",
    ],
)
def test_not_statistics(text):
    assert extract_statistics(text) == (), [s.text for s in extract_statistics(text)]


def test_one_of_a_vague_count_is_that_count():
    (st,) = extract_statistics("She is one of dozens of applicants.")
    assert (st.text, st.low, st.qualifier) == ("dozens of applicants", 24, Qualifier.VAGUE)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("She put one hand up.", "hand"),
        ("It is quite a lot for one coach to carry.", "coach"),
        ("One US fluid ounce is small.", "ounce"),
    ],
)
def test_one_counts_the_singular_noun_after_it(text, unit):
    st = one(text)
    assert (st.value, st.unit) == (1, unit)


def test_one_counts_a_singular_phrase_only():
    assert one("One plan asks the board to stop.").unit == "plan"


@pytest.mark.parametrize(
    ("text", "unit", "counted"),
    [
        ("The mill was one of the oldest bakeries in town.", "old bakery", "oldest bakeries"),
        ("Ours is one of my favourite parks.", "favourite park", "favourite parks"),
        (
            "He sold one of Mara's largest paintings.",
            "Mara large painting",
            "Mara's largest paintings",
        ),
    ],
)
def test_one_of_a_plural_noun_counts_one_of_them(text, unit, counted):
    # News quantity annotation counts "one of the oldest bakeries" as one bakery.
    st = one(text)
    assert (st.value, st.unit, st.counted, st.qualifier) == (1, unit, counted, Qualifier.EXACT)
    assert st.text.lower().startswith("one of ")


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("One out of three voters stayed home.", Decimal(1) / Decimal(3), "voters"),
        ("One in five adults smoke.", Decimal("0.2"), "adults smoke"),
        ("It scored 4 out of 10.", Decimal("0.4"), None),
    ],
)
def test_proportions(text, value, counted):
    st = one(text)
    assert (st.value, st.unit, st.counted) == (value, None, counted)


@pytest.mark.parametrize(
    "text",
    ["Prices went up by an average of 1500.", "They hired more than 1200.", "A total of 1999."],
)
def test_an_amount_that_looks_like_a_year(text):
    assert one(text).value in (1500, 1200, 1999)


def test_ages_written_as_year_old_are_statistics():
    st = one("The 68-year-old mayor resigned.")
    assert (st.value, st.unit) == (68, "year of age")


def test_a_year_with_a_plural_noun_is_a_count():
    assert one("It sold 1500 units.").value == 1500


# -- counted phrase, elided units, spans ---------------------------------------------------


def test_counted_phrase_with_passive_participle():
    st = one("In all, 2,500 troops were deployed.")
    assert (st.unit, st.counted) == ("troop", "troops deployed")


def test_counted_phrase_after_of():
    st = one("About 5% of its revenue.")
    assert st.counted == "revenue"


def test_counted_phrase_stops_at_a_verb():
    st = one("More than 30 fans went home.")
    assert st.unit == "fan"


def test_elided_unit_is_carried_within_a_sentence():
    a, b = extract_statistics("The highest is 84.75 cents, while the lowest is 74.07.")
    assert (a.unit, b.unit) == ("cent", "cent")
    c, d = extract_statistics("They sold 435 homes. Then 187 remained.")
    assert (c.unit, d.unit) == ("home", None)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Two of Smith’s deputies were fired.", "Smith deputy"),
        ("Two of Smith's deputies were fired.", "Smith deputy"),
        ("The hall was split into three larger rooms.", "large room"),
        ("They stole 40 Ford and Mazda trucks.", "Ford Mazda truck"),
        ("With five more games left, they lead.", "game"),
        ("The car is 30k cheaper than its rival.", None),
        ("A cup is 1/4 of a US quart.", "quart"),
        ("It needs 1/2 pound of butter.", "pound-mass"),
    ],
)
def test_unit_of_a_count_or_measure(text, unit):
    assert one(text).unit == unit


def test_a_year_then_a_figure_is_not_a_range():
    (st,) = extract_statistics("Sales rose in 2019 to 4.2 million units.")
    assert (st.value, st.unit) == (4200000, "unit")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("It sold 3.1 million phones, up from 2.6 million in 2020.", ["phone", "phone"]),
        ("It costs about 7 or $8.", ["dollar", "dollar"]),
        ("It raised 40 million of the 2 billion euros it needs.", ["euro", "euro"]),
        ("There were 15 burglaries, against an average of 12 per month.",
         ["burglary", "burglary per month"]),
        ("It lists at 3,150,000 won with 4 doors and 2,990,000 for the sport trim.",
         ["south korean won", "door", "south korean won"]),
        ("It added 30 gigawatts, or about 20 newly built plants.", ["gigawatt", None]),
    ],
)  # fmt: skip
def test_elided_units(text, units):
    assert [s.unit for s in extract_statistics(text)] == units


def test_one_of_a_plural_lends_no_unit():
    # "One of the reasons" counts one reason; the year after it is no reason.
    found = extract_statistics("It was one of the reasons she left in '09, her sister said.")
    assert [(s.text, s.unit) for s in found] == [("one of the reasons", "reason"), ("09", None)]


def test_a_carried_rate_extends_the_span():
    body = "There were 15 burglaries, against an average of 12 per month."
    st = extract_statistics(body)[1]
    assert st.text == body[st.span.start : st.span.end] == "12 per month"


def test_a_percentage_does_not_lend_its_unit_to_a_level():
    stats = extract_statistics("The index fell 0.4 per cent to 13176.")
    assert [s.unit for s in stats] == ["percentage", None]


def test_spans_index_the_body():
    body = "Police said more than 3,000 people were detained and $6 was paid."
    for st in extract_statistics(body):
        assert body[st.span.start : st.span.end] == st.text


# -- sources --------------------------------------------------------------------------------


def test_source_is_the_attributed_one_in_the_sentence():
    body = (
        "More than 3,000 people have already been detained, according to the Ministry of "
        "Interior. The defense alliance claimed that a total of 2,500 troops were deployed. "
        "Two cities saw protests."
    )
    ministry = Source(
        id="ministry-of-interior",
        name="Ministry of Interior",
        kind=SourceKind.GOVERNMENT,
        mentions=(Span(body.index("the Ministry"), body.index(" Interior") + 9),),
    )
    alliance = Source(
        id="defense-alliance",
        name="the defense alliance",
        kind=SourceKind.ORGANIZATION,
        mentions=(Span(body.index("The defense"), body.index(" claimed")),),
    )
    stats = extract_statistics(body, sources=(alliance, ministry))
    assert [s.source for s in stats] == ["ministry-of-interior", "defense-alliance", None]


def test_a_source_named_without_attribution_is_not_taken():
    body = "Protesters stormed the Ministry of Interior and 5 people died."
    ministry = Source(id="m", name="Ministry", mentions=(Span(23, 43),))
    assert one_source(body, ministry) is None


def one_source(body, src):
    (st,) = extract_statistics(body, sources=(src,))
    return st.source


def test_sample_sources_with_hand_made_records(sample):
    body = sample.body
    start = body.index("the Ministry of Interior")
    ministry = Source(id="moi", name="Ministry of Interior", mentions=(Span(start, start + 24),))
    stats = extract_statistics(body, sources=(ministry,))
    by_text = {s.text: s.source for s in stats}
    assert by_text["More than 3,000 people"] == "moi"
    assert by_text["two cities"] is None


# -- robustness -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1" * 100_000,
        "a" * 1_000_000,
        "1," * 50_000,
        "3.000,5-$" * 2_000,
        "2-" * 20_000,
        "minus-" * 10_000,
        "tens of " * 5_000,
        "½" * 10_000,
        "$" * 10_000,
        "twenty-" * 10_000,
        "one and " * 5_000,
        "\x00\ud800 5 \U0001f600 %",
    ],
)
def test_never_raises_and_stays_fast(text):
    extract_statistics(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It is 5 mıllion", 5_000_000),  # a dotless i
        ("5 MİLLION people", 5_000_000),  # a dotted capital I
        ("12 or ſo", 12),  # a long s
        ("a 3% ıncrease", 3),
        ("tens of thouſands", (20_000, None)),
        ("5 to ſixfold", (5, 6)),
    ],
)
def test_letters_a_case_blind_pattern_folds_to_ascii_are_read_as_ascii(text, value):
    # The patterns around a number match "ſ" as "s" and "ı", "İ" as "i"; the word
    # tables are read with the ASCII word (these raised KeyError before).
    (s,) = extract_statistics(text)
    assert (s.value if s.value is not None else (s.low, s.high)) == value


def test_non_str_gives_nothing():
    assert extract_statistics(None) == ()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "one and " * 8_000,
        "twenty-" * 8_000,
        "5 million " * 8_000,
        "5 were were were were " * 5_000,
        "1 " * 8_000,
        "dozens " * 8_000,
    ],
)
def test_repetitive_input_is_linear(text):
    import time

    t0 = time.perf_counter()
    extract_statistics(text[: len(text) // 4])
    quarter = time.perf_counter() - t0
    t0 = time.perf_counter()
    extract_statistics(text)
    full = time.perf_counter() - t0
    assert full < 10 * quarter + 0.5
