import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsrec
import newsrec.json
import newsrec.jsonl
from newsrec.__main__ import main

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan.txt"


def test_parse_prints_the_sample_as_json(capsys):
    assert main(["parse", str(SAMPLE)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["date"] == "2022-01-07"
    assert out["body"].startswith("Kazakhstan’s President")
    kinds = [p["kind"] for p in out["paragraphs"]]
    assert kinds.count("heading") == 1
    assert kinds.count("caption") == 1


def test_parse_output_loads_back(capsys):
    main(["parse", str(SAMPLE)])
    art = newsrec.json.loads(capsys.readouterr().out, newsrec.Article)
    assert art == newsrec.parse_text(SAMPLE.read_text(encoding="utf-8"))


def test_parse_jsonl_many_and_missing_file(capsys, tmp_path):
    code = main(["parse", "--format", "jsonl", str(SAMPLE), str(tmp_path / "nope.txt"), str(SAMPLE)])
    out, err = capsys.readouterr()
    assert code == 1
    assert len(out.splitlines()) == 2
    assert "nope.txt" in err


def test_parse_json_many_is_an_array(capsys):
    assert main(["parse", str(SAMPLE), str(SAMPLE)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_parse_stdin_and_date(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("No header here."))
    assert main(["parse", "-", "--date", "2022-01-09"]) == 0
    assert json.loads(capsys.readouterr().out)["date"] == "2022-01-09"


def test_validate_reports_every_bad_line(capsys, tmp_path):
    art = newsrec.parse_text(SAMPLE.read_text(encoding="utf-8"))
    path = tmp_path / "c.jsonl"
    path.write_text(
        newsrec.json.dumps(art) + "\n{}\n" + newsrec.json.dumps(art) + "\nnope\n", encoding="utf-8"
    )
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "2 good records, 2 bad lines" in out
    assert f"{path}:2:" in err
    assert f"{path}:4:" in err
    assert "$.id" in err


def test_validate_ok(capsys, tmp_path):
    path = tmp_path / "c.jsonl"
    newsrec.jsonl.write(path, [newsrec.parse_text("date 2022-01-07 Hi.")])
    assert main(["validate", str(path)]) == 0


@pytest.mark.parametrize("argv", [[], ["bogus"], ["parse"], ["parse", "--format", "xml", "f"], ["parse", "--date", "nope", "f"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_console_script_runs_as_module():
    proc = subprocess.run(
        [sys.executable, "-m", "newsrec", "--version"], capture_output=True, text=True, check=True
    )
    assert proc.stdout.startswith("newsrec ")
