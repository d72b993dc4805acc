import io
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import newsrec
import newsrec.json
import newsrec.jsonl
from newsrec import Span

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan.txt"


@pytest.fixture(scope="module")
def article() -> newsrec.Article:
    return newsrec.parse_text(SAMPLE.read_text(encoding="utf-8"))


def good(i: int) -> str:
    return newsrec.json.dumps(Span(i, i + 1))


BAD = [
    "not json",
    '{"start": 5, "end": 1}',
    '{"start": 0, "end": 1, "extra": true}',
    '{"start": 0}',
    '{"start": 0, "end": 1',
    "[1, 2]",
    '{"start": -1, "end": 1}',
]


def interleaved() -> tuple[str, list[int], list[int]]:
    lines, good_at, bad_at = [], [], []
    for i, bad in enumerate(BAD):
        lines.append(good(i))
        good_at.append(len(lines))
        lines.append(bad)
        bad_at.append(len(lines))
    lines.append(good(99))
    good_at.append(len(lines))
    return "\n".join(lines) + "\n", good_at, bad_at


def test_every_good_record_kept_every_bad_line_reported(tmp_path):
    text, good_at, bad_at = interleaved()
    path = tmp_path / "spans.jsonl"
    path.write_text(text, encoding="utf-8")
    result = newsrec.jsonl.read_all(path, Span)
    assert len(result.records) == len(good_at)
    assert result.records[-1] == Span(99, 100)
    assert [b.line for b in result.bad_lines] == bad_at
    assert not result.ok
    for b in result.bad_lines:
        assert isinstance(b.error, newsrec.NewsrecError)
        assert str(b).startswith(f"line {b.line}: ")
        assert b.text == text.splitlines()[b.line - 1][:120]


def test_strict_reader_stops_at_first_bad_line_with_its_number():
    text, _, bad_at = interleaved()
    got = []
    with pytest.raises(newsrec.JSONLError) as info:
        got.extend(newsrec.jsonl.read(io.StringIO(text), Span))
    assert got == [Span(0, 1)]
    assert info.value.line == bad_at[0]
    assert str(info.value).startswith(f"line {bad_at[0]}")
    assert isinstance(info.value, ValueError)


def test_validation_error_keeps_its_path():
    with pytest.raises(newsrec.JSONLError) as info:
        newsrec.jsonl.loads(good(0) + "\n" + '{"start": 5, "end": 1}\n', Span)
    assert info.value.line == 2
    assert info.value.path == "$.end"


def test_blank_lines_are_skipped_and_numbering_kept():
    result = newsrec.jsonl.read_all(io.StringIO(f"\n{good(1)}\n\n  \nnope\n"), Span)
    assert result.records == (Span(1, 2),)
    assert [b.line for b in result.bad_lines] == [5]


def test_binary_and_invalid_utf8_lines():
    data = io.BytesIO(good(1).encode() + b"\n\xff\xfe\n" + good(2).encode() + b"\n")
    result = newsrec.jsonl.read_all(data, Span)
    assert result.records == (Span(1, 2), Span(2, 3))
    assert [b.line for b in result.bad_lines] == [2]


def test_write_read_round_trip(tmp_path, article):
    path = tmp_path / "a.jsonl"
    assert newsrec.jsonl.write(path, [article, article]) == 2
    assert list(newsrec.jsonl.read(path)) == [article, article]
    assert newsrec.jsonl.loads(newsrec.jsonl.dumps([article])) == [article]


def test_failed_write_keeps_old_file(tmp_path, article):
    path = tmp_path / "a.jsonl"
    newsrec.jsonl.write(path, [article])
    before = path.read_bytes()

    def records():
        yield article
        yield object()  # not a record: the write fails half-way

    with pytest.raises(TypeError):
        newsrec.jsonl.write(path, records())
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl"]


def test_write_keeps_the_file_mode(tmp_path, article):
    path = tmp_path / "a.jsonl"
    path.write_text("")
    path.chmod(0o640)
    newsrec.jsonl.write(path, [article])
    assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_leaves_old_file_intact(tmp_path, article):
    path = tmp_path / "corpus.jsonl"
    newsrec.jsonl.write(path, [article])
    before = path.read_bytes()
    script = textwrap.dedent(
        f"""
        import sys, newsrec, newsrec.jsonl
        art = newsrec.parse_text(open({str(SAMPLE)!r}, encoding="utf-8").read())
        def forever():
            n = 0
            while True:
                yield art
                n += 1
                if n == 200:
                    print("writing", flush=True)
        newsrec.jsonl.write({str(path)!r}, forever())
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"  # mid-way through the write
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert path.read_bytes() == before
    assert newsrec.jsonl.read_all(path).records == (article,)
