"""English number data for the statistics extractor, kept as tables.

Nothing here is code that decides anything: :mod:`newsrec._statistics` builds
its patterns from these tables once, at import. Unit names follow quantulum3's
vocabulary (``"percentage"``, ``"dollar"``, ``"kilometre"``, ``"mile per
hour"``) so that figures compare with other tools.
"""

from __future__ import annotations

# Number words and their values. "a"/"an" count only before a scale word ("a million").
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Words that multiply what comes before them, as words or after digits ("2.5 million").
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
# "a dozen", "two dozen": a multiplier of 12.
DOZEN = "dozen"
# Abbreviated scales written right after digits: "1bn", "300k", "$6.3b", "45m", "€20M".
# Case matters: "B" and "bn" are billions, but a bare "b" (bits) and "t" (tonnes) are not.
SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 1_000, "K": 1_000, "thousand": 1_000,
    "m": 1_000_000, "M": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000,
    "MM": 1_000_000,
    "bn": 1_000_000_000, "b": 1_000_000_000, "B": 1_000_000_000, "bln": 1_000_000_000,
    "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "T": 1_000_000_000_000,
}  # fmt: skip
# Abbreviations that are only a scale after a currency ("$6.3b", "$3.418T"); "m" alone
# after a bare number is also metres, decided by context in the extractor.
SCALE_ABBREVIATIONS_MONEY_ONLY = frozenset({"b", "T", "m", "M"})

# Fractions: denominators as words (singular and plural) and the Unicode vulgar fractions.
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
VULGAR_FRACTIONS: dict[str, tuple[int, int]] = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5),
    "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8),
    "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8), "⅐": (1, 7), "⅑": (1, 9), "⅒": (1, 10),
}  # fmt: skip

# Vague counts: the lower bound each implies (a plural of "dozen" is at least two dozen).
# "several" says no more than "more than a couple", so it gets no bound.
VAGUE_COUNTS: dict[str, int | None] = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000,
    "tens of thousands": 20_000, "hundreds of thousands": 200_000,
    "millions": 2_000_000, "tens of millions": 20_000_000,
    "hundreds of millions": 200_000_000, "billions": 2_000_000_000,
    "several": None,
}  # fmt: skip
# Vague words that need "of" after them to count ("scores of people", not "test scores").
VAGUE_NEEDS_OF = frozenset({"scores"})

# Qualifier phrases right before a number, lower-case, mapped to Qualifier member names.
QUALIFIERS: dict[str, str] = {
    "about": "ABOUT", "around": "ABOUT", "approximately": "ABOUT", "approx.": "ABOUT",
    "approx": "ABOUT", "roughly": "ABOUT", "nearly": "ABOUT", "almost": "ABOUT",
    "some": "ABOUT", "circa": "ABOUT", "an estimated": "ABOUT", "estimated": "ABOUT",
    "close to": "ABOUT", "~": "ABOUT", "in the region of": "ABOUT", "upward of": "MORE_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "above": "MORE_THAN",
    "in excess of": "MORE_THAN", "upwards of": "MORE_THAN", "greater than": "MORE_THAN",
    "well over": "MORE_THAN", "just over": "MORE_THAN", "well above": "MORE_THAN",
    "north of": "MORE_THAN", "exceeding": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "below": "LESS_THAN", "just under": "LESS_THAN", "just below": "LESS_THAN",
    "well under": "LESS_THAN", "well below": "LESS_THAN",
    "at least": "AT_LEAST", "a minimum of": "AT_LEAST", "no less than": "AT_LEAST",
    "no fewer than": "AT_LEAST", "not less than": "AT_LEAST", "at minimum": "AT_LEAST",
    "up to": "AT_MOST", "as many as": "AT_MOST", "as much as": "AT_MOST",
    "as high as": "AT_MOST", "at most": "AT_MOST", "a maximum of": "AT_MOST",
    "no more than": "AT_MOST", "not more than": "AT_MOST", "at maximum": "AT_MOST",
    "a total of": "EXACT", "exactly": "EXACT", "precisely": "EXACT", "just": "EXACT",
    "only": "EXACT", "a mere": "EXACT",
}  # fmt: skip

# Trend words: a verb right before the number ("rose 5%", "fell by 3 points") or a
# noun right after it ("a 10% drop"). Lower-case; values are Trend member names.
TREND_VERBS: dict[str, str] = {
    **dict.fromkeys(
        "rose rise rises rising risen increased increase increases increasing grew grow "
        "grows growing grown gained gain gains gaining climbed climb climbs climbing "
        "jumped jump jumps jumping surged surge surges surging soared soar soars soaring "
        "advanced advance advances advancing added adding rallied rally rallies up higher "
        "boosted raised raise lifted spiked spiking".split(),
        "INCREASE",
    ),
    **dict.fromkeys(
        "fell fall falls falling fallen dropped drop drops dropping declined decline "
        "declines declining slid slide slides sliding slipped slip slips slipping lost "
        "lose loses losing shed sheds shedding tumbled tumble tumbles tumbling plunged "
        "plunge plunges plunging plummeted plummet plummets plummeting sank sink sinks "
        "sinking down lower decreased decrease decreases decreasing eased ease eases "
        "easing cut cuts cutting dipped dip dips dipping retreated shrank shrunk "
        "contracted reduced slumped slump slumps tanked".split(),
        "DECREASE",
    ),
}
TREND_NOUNS: dict[str, str] = {
    **dict.fromkeys("increase rise gain jump surge climb hike growth boost".split(), "INCREASE"),
    **dict.fromkeys(
        "decrease drop fall decline loss slide dip cut plunge slump reduction".split(),
        "DECREASE",
    ),
}

# Currency marks before a number, mapped to unit names. Matched case-sensitively.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "dollar", "US$": "dollar", "US $": "dollar", "U.S.$": "dollar",
    "A$": "australian dollar", "AU$": "australian dollar", "AU $": "australian dollar",
    "NZ$": "new zealand dollar", "NZ $": "new zealand dollar",
    "C$": "canadian dollar", "CA$": "canadian dollar", "CAD$": "canadian dollar",
    "HK$": "hong kong dollar", "HK $": "hong kong dollar", "S$": "singapore dollar",
    "S $": "singapore dollar", "NT$": "new taiwan dollar", "R$": "brazilian real",
    "€": "euro", "£": "pound sterling", "¥": "japanese yen", "₹": "indian rupee",
    "₽": "russian ruble", "₩": "south korean won", "₪": "israeli new shekel",
    "₺": "turkish lira", "₦": "nigerian naira", "₴": "ukrainian hryvnia",
    # ASCII transliterations some feeds carry (unidecode of "£" and "¥").
    "PS": "pound sterling", "Y=": "japanese yen",
}  # fmt: skip
# ISO 4217 codes and local abbreviations, before ("USD 5", "RM41.20") or after ("5 EUR").
CURRENCY_CODES: dict[str, str] = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
    "YEN": "japanese yen", "CNY": "chinese yuan", "RMB": "chinese yuan",
    "AUD": "australian dollar", "CAD": "canadian dollar", "NZD": "new zealand dollar",
    "HKD": "hong kong dollar", "SGD": "singapore dollar", "CHF": "swiss franc",
    "INR": "indian rupee", "RUB": "russian ruble", "KRW": "south korean won",
    "BRL": "brazilian real", "MXN": "mexican peso", "ZAR": "south african rand",
    "SEK": "swedish krona", "NOK": "norwegian krone", "DKK": "danish krone",
    "PLN": "polish zloty", "TRY": "turkish lira", "ILS": "israeli new shekel",
    "NIS": "israeli new shekel", "KZT": "kazakhstani tenge", "UAH": "ukrainian hryvnia",
    "MYR": "malaysian ringgit", "RM": "malaysian ringgit", "Rs": "indian rupee",
    "Rs.": "indian rupee", "NGN": "nigerian naira", "EGP": "egyptian pound",
    "SAR": "saudi riyal", "AED": "united arab emirates dirham",
}  # fmt: skip

# Unit words and abbreviations after a number, mapped to quantulum3-style unit names.
# Keys are matched case-insensitively unless listed in UNITS_CASED.
UNIT_WORDS: dict[str, str] = {
    # proportions
    "%": "percentage", "percent": "percentage", "per cent": "percentage",
    "percentage": "percentage", "pc": "percentage", "pct": "percentage",
    "percentage point": "percentage point", "percentage points": "percentage point",
    "basis point": "basis point", "basis points": "basis point", "bps": "basis point",
    "points": "point", "point": "point", "pts": "point",
    # money written as words
    "dollar": "dollar", "dollars": "dollar", "us dollars": "dollar",
    "australian dollar": "australian dollar", "australian dollars": "australian dollar",
    "canadian dollar": "canadian dollar", "canadian dollars": "canadian dollar",
    "new zealand dollar": "new zealand dollar", "new zealand dollars": "new zealand dollar",
    "hong kong dollar": "hong kong dollar", "hong kong dollars": "hong kong dollar",
    "singapore dollar": "singapore dollar", "singapore dollars": "singapore dollar",
    "euro": "euro", "euros": "euro", "cent": "cent", "cents": "cent",
    "pence": "penny", "penny": "penny", "pennies": "penny",
    "pounds sterling": "pound sterling", "sterling": "pound sterling",
    "yen": "japanese yen", "yuan": "chinese yuan", "renminbi": "chinese yuan",
    "rupee": "indian rupee", "rupees": "indian rupee", "roubles": "russian ruble",
    "rubles": "russian ruble", "rouble": "russian ruble", "ruble": "russian ruble",
    "shekel": "shekel", "shekels": "shekel", "ringgit": "malaysian ringgit",
    "sen": "sen", "won": "south korean won", "francs": "swiss franc",
    "tenge": "kazakhstani tenge", "hryvnias": "ukrainian hryvnia", "lira": "turkish lira",
    "rand": "south african rand", "pesos": "mexican peso", "naira": "nigerian naira",
    # length, area, volume
    "km": "kilometre", "kilometre": "kilometre", "kilometres": "kilometre",
    "kilometer": "kilometre", "kilometers": "kilometre",
    "m": "metre", "metre": "metre", "metres": "metre", "meter": "metre", "meters": "metre",
    "cm": "centimetre", "centimetre": "centimetre", "centimetres": "centimetre",
    "centimeter": "centimetre", "centimeters": "centimetre",
    "mm": "millimetre", "millimetre": "millimetre", "millimetres": "millimetre",
    "millimeter": "millimetre", "millimeters": "millimetre",
    "μm": "micrometre", "µm": "micrometre", "micrometre": "micrometre",
    "micrometres": "micrometre", "micron": "micrometre", "microns": "micrometre",
    "nm": "nanometre", "nanometre": "nanometre", "nanometres": "nanometre",
    "nanometer": "nanometre", "nanometers": "nanometre",
    "mi": "mile", "mile": "mile", "miles": "mile", "yard": "yard", "yards": "yard",
    "yd": "yard", "ft": "foot", "foot": "foot", "feet": "foot", "'": "foot",
    "inch": "inch", "inches": "inch", "″": "inch", '"': "inch",
    "nautical mile": "nautical mile", "nautical miles": "nautical mile",
    "km2": "square kilometre", "km²": "square kilometre", "sq km": "square kilometre",
    "square kilometre": "square kilometre", "square kilometres": "square kilometre",
    "square kilometer": "square kilometre", "square kilometers": "square kilometre",
    "sq mi": "square mile", "square mile": "square mile", "square miles": "square mile",
    "m2": "square metre", "m²": "square metre", "sq m": "square metre", "sqm": "square metre",
    "square metre": "square metre", "square metres": "square metre",
    "square meter": "square metre", "square meters": "square metre",
    "sq ft": "square foot", "square foot": "square foot", "square feet": "square foot",
    "cubic foot": "cubic foot", "cubic feet": "cubic foot",
    "cubic metre": "cubic metre", "cubic metres": "cubic metre",
    "cubic meter": "cubic metre", "cubic meters": "cubic metre",
    "hectare": "hectare", "hectares": "hectare", "ha": "hectare",
    "acre": "acre", "acres": "acre",
    "l": "litre", "L": "litre", "litre": "litre", "litres": "litre", "liter": "litre",
    "liters": "litre",
    "ml": "millilitre", "millilitre": "millilitre", "millilitres": "millilitre",
    "milliliter": "millilitre", "milliliters": "millilitre",
    "cl": "centilitre", "centilitre": "centilitre", "centilitres": "centilitre",
    "gallon": "gallon", "gallons": "gallon", "gal": "gallon",
    "barrel": "barrel", "barrels": "barrel", "bbl": "barrel",
    "cup": "cup", "cups": "cup", "tbsp": "tablespoon", "tablespoon": "tablespoon",
    "tablespoons": "tablespoon", "tsp": "teaspoon", "teaspoon": "teaspoon",
    "teaspoons": "teaspoon", "pint": "pint", "pints": "pint", "quart": "quart",
    "quarts": "quart",
    # mass
    "kg": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram", "kilo": "kilogram",
    "kilos": "kilogram", "g": "gram", "gram": "gram", "grams": "gram",
    "mg": "milligram", "milligram": "milligram", "milligrams": "milligram",
    "t": "tonne", "tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton",
    "lb": "pound-mass", "lbs": "pound-mass", "oz": "ounce", "ounce": "ounce",
    "ounces": "ounce",
    # speed, time
    "mph": "mile per hour", "km/h": "kilometre per hour", "kmh": "kilometre per hour",
    "kph": "kilometre per hour", "km/hr": "kilometre per hour", "knot": "knot",
    "knots": "knot", "kt": "knot", "kn": "knot", "m/s": "metre per second",
    "miles per hour": "mile per hour", "mile per hour": "mile per hour",
    "kilometres per hour": "kilometre per hour", "kilometers per hour": "kilometre per hour",
    "metres per second": "metre per second", "meters per second": "metre per second",
    "mpg": "mile per gallon", "miles per gallon": "mile per gallon",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "month": "month", "months": "month", "week": "week", "weeks": "week",
    "day": "day", "days": "day", "hour": "hour", "hours": "hour", "hr": "hour",
    "hrs": "hour", "h": "hour", "minute": "minute", "minutes": "minute", "min": "minute",
    "mins": "minute", "second": "second", "seconds": "second", "sec": "second",
    "secs": "second", "s": "second", "ms": "millisecond", "millisecond": "millisecond",
    "milliseconds": "millisecond", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
    # temperature, angle
    "°C": "degree Celsius", "° C": "degree Celsius", "ºC": "degree Celsius",
    "degrees Celsius": "degree Celsius", "degree Celsius": "degree Celsius",
    "degrees C": "degree Celsius", "Celsius": "degree Celsius", "C": "degree Celsius",
    "°F": "degree fahrenheit", "° F": "degree fahrenheit", "ºF": "degree fahrenheit",
    "degrees Fahrenheit": "degree fahrenheit", "degree Fahrenheit": "degree fahrenheit",
    "degrees F": "degree fahrenheit", "Fahrenheit": "degree fahrenheit",
    "F": "degree fahrenheit", "K": "kelvin", "kelvin": "kelvin", "kelvins": "kelvin",
    "degree": "degree", "degrees": "degree", "°": "degree",
    # energy, power, data, frequency, other
    "hp": "horsepower", "horsepower": "horsepower", "bhp": "brake horsepower",
    "ps": "metric horsepower", "W": "watt", "watt": "watt", "watts": "watt",
    "kW": "kilowatt", "kilowatt": "kilowatt", "kilowatts": "kilowatt",
    "MW": "megawatt", "megawatt": "megawatt", "megawatts": "megawatt",
    "GW": "gigawatt", "gigawatt": "gigawatt", "gigawatts": "gigawatt",
    "kWh": "kilowatt hour", "kilowatt hour": "kilowatt hour",
    "kilowatt hours": "kilowatt hour", "kilowatt-hours": "kilowatt hour",
    "MWh": "megawatt hour", "GWh": "gigawatt hour", "TWh": "terawatt hour",
    "V": "volt", "volt": "volt", "volts": "volt", "kV": "kilovolt", "farad": "farad",
    "eV": "electronvolt", "keV": "kiloelectronvolt", "MeV": "megaelectronvolt",
    "GeV": "gigaelectronvolt", "TeV": "teraelectronvolt", "J": "joule", "joules": "joule",
    "kJ": "kilojoule", "cal": "calorie", "calories": "calorie", "kcal": "kilocalorie",
    "Hz": "hertz", "hertz": "hertz", "kHz": "kilohertz", "MHz": "megahertz",
    "GHz": "gigahertz", "gigahertz": "gigahertz", "megahertz": "megahertz",
    "KB": "kilobyte", "kB": "kilobyte", "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte",
    "gigabyte": "gigabyte", "gigabytes": "gigabyte", "terabyte": "terabyte",
    "terabytes": "terabyte", "megabyte": "megabyte", "megabytes": "megabyte",
    "kb": "kilobit", "Mb": "megabit", "Gb": "gigabit",
    "kbps": "kilobit per second", "Mbps": "megabit per second", "Gbps": "gigabit per second",
    "Mbit/s": "megabit per second", "Gbit/s": "gigabit per second",
    "dB": "decibel", "decibel": "decibel", "decibels": "decibel",
    "ppm": "parts-per-million", "ppb": "parts-per-billion",
    "Pa": "pascal", "kPa": "kilopascal", "MPa": "megapascal", "GPa": "gigapascal",
    "gigapascal": "gigapascal", "gigapascals": "gigapascal", "psi": "pound per square inch",
    "ksi": "kilopound per square inch", "Gy": "gray", "mGy": "milligray", "Sv": "sievert",
    "mSv": "millisievert", "times": "count", "fold": "count", "-fold": "count",
    "tpd": "ton per day", "bpd": "barrel per day",
    # scales used as units of a count
    "dozen": "dozen",
}  # fmt: skip
# Abbreviations that must match their case exactly ("K" kelvin is not "k" thousand,
# "F" and "C" degrees are not "f" and "c", "MB" megabyte is not "Mb" megabit).
UNITS_CASED = frozenset(
    "C F K W V J T Pa kPa MPa GPa KB kB MB GB TB kb Mb Gb kW MW GW kWh MWh "
    "GWh TWh eV keV MeV GeV TeV dB Gy mGy Sv mSv kV Mbps Gbps Mbit/s Gbit/s ms s m h l L g "
    "t ha ps".split()
)
# Units that only count when written right after a number, without a space: "5m", "30C".
UNITS_ATTACHED_ONLY = frozenset("C F K s m h l g t ha ps J T V W '".split())
# Units a rate can be "per": "barrels a day", "$950 per square foot", "hours a week".
RATE_DENOMINATORS: dict[str, str] = {
    "year": "year", "annum": "year", "month": "month", "week": "week", "day": "day",
    "hour": "hour", "minute": "minute", "second": "second", "share": "share",
    "gram": "gram", "ounce": "ounce", "kilogram": "kilogram", "kg": "kilogram",
    "pound": "pound-mass", "ton": "ton", "tonne": "tonne", "barrel": "barrel",
    "litre": "litre", "liter": "litre", "gallon": "gallon", "square foot": "square foot",
    "square metre": "square metre", "square meter": "square metre", "sq ft": "square foot",
    "person": "person", "capita": "person", "head": "person", "mile": "mile",
    "kilometre": "kilometre", "kilometer": "kilometre", "km": "kilometre", "night": "night",
    "game": "game", "unit": "unit", "vehicle": "vehicle", "household": "household",
}  # fmt: skip
RATE_JOINERS = ("per", "a", "an", "each", "every", "/")

# Month names and abbreviations: a number next to one is a day or a year, not a statistic.
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# "may" and "march" are also verbs: only their capitalized forms mark a date.
MONTHS_CAPITALIZED_ONLY = frozenset({"may", "march"})
# Words after which a bare four-digit number from 1000 to 2099 is a year ("in 2022").
YEAR_CUES = frozenset(
    "in since by until till from of during before after between to and or through the a "
    "an this that its his her their our early late mid spring summer autumn fall winter "
    "fiscal fy season class vintage around circa".split()
)

# Nouns that say the number after "of" is an amount, not a year: "an average of 1500".
AMOUNT_NOUNS = frozenset(
    "average total sum number maximum minimum median estimate tally count price cost value "
    "rate budget limit cap".split()
)
# Words that end a counted noun phrase or cannot start one.
STOP_WORDS = frozenset(
    """
    a an the this that these those its his her their our my your some any each every no
    of in on at to for from by with without into onto over under about above below after
    before since until during between among across through per than as via against toward
    towards upon within behind beside besides beneath underneath near inside outside along
    alongside beyond throughout amid amidst despite unlike except
    and or but nor so yet if then because while when where whereas
    which who whom whose what why how there here
    is are was were be been being am have has had having do does did done will would
    shall should can could may might must get got gets getting
    i me he him she it we us they them you
    not also only just still already now more less most least many much few
    very too quite rather almost nearly about around approximately roughly
    up down out off back away ago later earlier before after again each apiece alone
    said says say told tells according reported reports report added adds
    last next first second third previous recent same another such own
    percent per cent all both whilst while whether unless though although
    today yesterday tomorrow tonight week year month day earlier later
    """.split()
)
# Verbs and comparatives that end a counted phrase once it has a noun ("riders went").
NP_ENDERS = frozenset(
    """
    went came got took gave made make makes say said says told asked left bound ran saw
    became become began felt knew thought wanted showed used found live lived lives died
    die dies remain remained remains stay stayed stand stood need needed needs want wants
    face faced faces work worked works help helped helps include included includes
    cheaper higher lower bigger smaller larger longer shorter older younger faster slower
    better worse greater fewer richer poorer heavier lighter
    """.split()
)
# Comparatives right after a number say how it compares, not what it counts: "30k cheaper".
COMPARATIVES = frozenset(
    """
    cheaper dearer higher lower bigger smaller larger longer shorter older younger faster
    slower better worse greater richer poorer heavier lighter wider narrower taller
    stronger weaker warmer colder hotter cooler deeper shallower
    """.split()
)
# Words that may sit between a number and what it counts without being part of it:
# "five more games", "two fewer seats". The counted noun is what follows.
COUNT_INSERTS = frozenset({"more", "fewer", "less"})
# Comparative and superlative modifiers named by their base form in a count's unit, as
# other tools lemmatize them: "three larger rooms" counts "large room".
ADJECTIVE_BASES: dict[str, str] = {
    "smaller": "small", "smallest": "small", "larger": "large", "largest": "large",
    "bigger": "big", "biggest": "big", "older": "old", "oldest": "old", "younger": "young",
    "youngest": "young", "newer": "new", "newest": "new", "better": "good", "best": "good",
    "worse": "bad", "worst": "bad", "greater": "great", "greatest": "great",
    "higher": "high", "highest": "high", "lower": "low", "lowest": "low",
    "earlier": "early", "earliest": "early", "later": "late", "latest": "late",
    "longer": "long", "longest": "long", "richer": "rich", "richest": "rich",
    "poorer": "poor", "poorest": "poor", "wealthier": "wealthy", "wealthiest": "wealthy",
}  # fmt: skip
# Words joining the parts of a counted phrase, left out of its unit: "Ford and Mazda
# trucks" counts "Ford Mazda truck" (the phrase itself stays in ``counted``).
UNIT_JOINERS = frozenset({"and", "&", "or"})
# Time zones: a number right before one is a clock time ("0615 GMT").
TIME_ZONES = frozenset(
    "GMT UTC BST CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT IST JST AEST AEDT HKT SGT "
    "MSK WIB".split()
)
# Words that start the counted phrase and are dropped from it ("dozens of protesters").
NP_LEADERS = frozenset("of the its their his her our my your these those".split())
# Auxiliaries that make a passive or perfect ("were killed", "have been detained").
AUXILIARIES = frozenset(
    "is are was were be been being have has had will would reportedly already also "
    "now still so far all".split()
)
# Past participles that do not end in -ed.
IRREGULAR_PARTICIPLES = frozenset(
    "held hurt shot hit set put left lost sold told found made born struck slain taken "
    "seen given built bought brought caught kept sent spent won paid laid led met "
    "arrested driven thrown stolen hidden chosen written eaten".split()
)
# Irregular plurals for naming the counted noun in the singular.
IRREGULAR_SINGULARS: dict[str, str] = {
    "people": "people", "persons": "people", "person": "people", "men": "man",
    "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "staff": "staff", "police": "police",
    "series": "series", "species": "species", "news": "news", "data": "data",
    "media": "media", "criteria": "criterion", "phenomena": "phenomenon",
    "troops": "troop", "lives": "life", "wives": "wife", "knives": "knife",
    "leaves": "leaf", "wolves": "wolf", "halves": "half", "shelves": "shelf",
    "thieves": "thief", "sheep": "sheep", "fish": "fish", "deer": "deer",
    "aircraft": "aircraft", "crises": "crisis", "analyses": "analysis",
}  # fmt: skip
