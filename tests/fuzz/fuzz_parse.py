"""Atheris harness: ``parse_text`` and the extractors on any text (issue #6).

Passes if only documented errors escape and every article validates::

    python tests/fuzz/fuzz_parse.py -max_total_time=30 -dict=tests/fuzz/parse.dict

Any other libFuzzer option works (``-atheris_runs=N``, ``-jobs``, a corpus
folder). A crash prints the input and writes it to ``crash-<sha1>``; replay it
with ``python tests/fuzz/fuzz_parse.py crash-<sha1>``.
"""

from __future__ import annotations

import sys
import warnings

import atheris  # type: ignore[import-untyped]

with atheris.instrument_imports(include=["newsrec"]):
    import newsrec
    import newsrec.extract

_DAY_FIRST = (None, True, False)


def test_one_input(data: bytes) -> None:
    """Parse the text in ``data``; fail on anything but a documented error."""
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 5)
    text = fdp.ConsumeUnicode(fdp.remaining_bytes())  # lone surrogates included
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsrec.NewsrecWarning)
        if mode < 3:
            try:
                art = newsrec.parse_text(text)
            except newsrec.InputError:
                return  # a header naming a day that does not exist
            newsrec.validate(art)
        else:
            quotes, sources = newsrec.extract.quotes_and_sources(text)
            art = newsrec.Article(
                id="fuzz",
                body=text,
                quotes=quotes,
                sources=sources,
                statistics=newsrec.extract.statistics(text, sources=sources),
                dates=newsrec.extract.dates(text, day_first=_DAY_FIRST[mode - 3]),
            )
            newsrec.validate(art)


def main() -> None:
    """Run the fuzzer with the command line's libFuzzer options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
