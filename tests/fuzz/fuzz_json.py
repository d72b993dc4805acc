"""Atheris harness: ``newsrec.json.loads`` and the JSON Lines reader on any bytes (issue #6).

Passes if only :class:`~newsrec.DecodeError` and :class:`~newsrec.ValidationError`
escape, and every record read writes and reads back as itself::

    python tests/fuzz/fuzz_json.py -max_total_time=30 -dict=tests/fuzz/json.dict

A crash prints the input and writes it to ``crash-<sha1>``; replay it with
``python tests/fuzz/fuzz_json.py crash-<sha1>``.
"""

from __future__ import annotations

import io
import sys
import warnings
from typing import Any

import atheris  # type: ignore[import-untyped]

with atheris.instrument_imports(include=["newsrec"]):
    import newsrec
    import newsrec.json
    import newsrec.jsonl
    from newsrec._convert import RECORDS


def test_one_input(data: bytes) -> None:
    """Read ``data`` as one record and as JSON Lines; fail on anything undocumented."""
    if len(data) < 2:
        return
    cls = RECORDS[data[0] % len(RECORDS)]
    strict = bool(data[1] & 1)
    validate = bool(data[1] & 2)
    body = data[2:]
    if data[1] & 4:  # as text, with whatever lone surrogates the bytes decode to
        payload: str | bytes = body.decode("utf-8", "surrogateescape")
    else:
        payload = body
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsrec.NewsrecWarning)
        try:
            record: Any = newsrec.json.loads(payload, cls, strict=strict, validate=validate)
        except (newsrec.DecodeError, newsrec.ValidationError):
            pass
        else:
            if type(record) is not cls:
                raise AssertionError((cls, record))
            try:
                text = newsrec.json.dumps(record)
            except newsrec.ValidationError as e:  # a split surrogate pair: no JSON keeps it
                if "reads back as one character" not in str(e):
                    raise
                return
            again = newsrec.json.loads(text, cls, validate=False)
            if again != record:
                raise AssertionError((record, again))
        result: newsrec.jsonl.ReadResult[Any] = newsrec.jsonl.read_all(io.BytesIO(body), cls, strict=strict)
        lines = sum(1 for line in body.split(b"\n") if line.strip())
        if len(result.records) + len(result.bad_lines) != lines:
            raise AssertionError((lines, result))


def main() -> None:
    """Run the fuzzer with the command line's libFuzzer options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
