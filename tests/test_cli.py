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


def test_parse_html_one_article(capsys):
    assert main(["parse", "--format", "html", str(SAMPLE)]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert 'class="nr-quote' in page


def test_parse_html_refuses_several_on_stdout(capsys):
    assert main(["parse", "--format", "html", str(SAMPLE), str(SAMPLE)]) == 2
    assert "one article" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_parse_a_jsonl_corpus_reports_bad_lines(capsys, tmp_path, jobs):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        '{"text": "date 2022-01-07 “No,” she said.", "id": "a1"}\n'
        '{"bad": 1}\n'
        "not json\n"
        '{"text": "Second one.", "date": "2022-02-01"}\n',
        encoding="utf-8",
    )
    code = main(["parse", "--jobs", jobs, "--format", "jsonl", str(corpus)])
    out, err = capsys.readouterr()
    assert code == 1
    arts = newsrec.jsonl.loads(out)
    assert arts[0].id == "a1"
    assert [str(a.date) for a in arts] == ["2022-01-07", "2022-02-01"]
    assert f"{corpus}:2:" in err
    assert f"{corpus}:3:" in err


def test_parse_output_dir_names_files_after_inputs(tmp_path):
    out = tmp_path / "out"
    assert main(["parse", "--format", "html", "--output", str(out), str(SAMPLE)]) == 0
    assert [p.name for p in out.iterdir()] == ["kazakhstan.html"]


def test_parse_csv_tables(capsys, tmp_path):
    assert main(["parse", "--format", "csv", "--table", "statistics", str(SAMPLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("article_id,")
    assert len(lines) == 11
    assert main(["parse", "--format", "csv", "--output", str(tmp_path), str(SAMPLE)]) == 0
    assert {p.name for p in tmp_path.iterdir()} >= {"quotes.csv", "statistics.csv", "dates.csv"}
    assert main(["parse", "--format", "csv", "--table", "nope", str(SAMPLE)]) == 2


def test_convert_jsonl_to_ninjs_and_back(capsys, tmp_path):
    art = newsrec.parse_text(SAMPLE.read_text(encoding="utf-8"))
    corpus = tmp_path / "c.jsonl"
    newsrec.jsonl.write(corpus, [art])
    assert main(["convert", "jsonl", "ninjs", str(corpus), "--output", str(tmp_path / "nj")]) == 0
    (doc,) = (tmp_path / "nj").iterdir()
    assert main(["convert", "ninjs", "json", str(doc)]) == 0
    assert newsrec.json.loads(capsys.readouterr().out, newsrec.Article) == art


def test_convert_reports_bad_records(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "x", "body": "hi"}, {"id": "y"}]', encoding="utf-8")
    assert main(["convert", "json", "jsonl", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert "[1]" in err
    assert "$.body" in err


def test_schema(capsys):
    assert main(["schema", "article"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].endswith("2020-12/schema")
    assert main(["schema", "nope"]) == 2


def test_help_shows_examples(capsys):
    with pytest.raises(SystemExit):
        main(["parse", "--help"])
    assert "examples:" in capsys.readouterr().out


def test_parse_parquet_needs_an_output_dir(capsys, tmp_path):
    assert main(["parse", "--format", "parquet", str(SAMPLE)]) == 2
    assert "--output DIR" in capsys.readouterr().err


def test_parse_parquet_tables(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="needs newsrec[arrow]")
    out = tmp_path / "tables"
    assert main(["parse", "--format", "parquet", "--output", str(out), str(SAMPLE)]) == 0
    assert pq.read_table(out / "statistics").num_rows == 10
    assert pq.read_table(out / "quotes").num_rows == len(
        newsrec.parse_text(SAMPLE.read_text(encoding="utf-8")).quotes
    )
