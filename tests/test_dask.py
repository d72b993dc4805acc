"""newsrec.dask on a LocalCluster of 2 worker processes: the same records and tables as one process.

Skipped, with the reason, where Dask cannot be installed (``newsrec[dask]``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsrec import jsonl, tables
from newsrec.corpus import ParseFailure, parse_many

SKIP = "needs newsrec[dask]: dask[dataframe], distributed, pandas and pyarrow"
SAMPLE = (Path(__file__).parent.parent / "examples" / "kazakhstan.txt").read_text(encoding="utf-8")
PARAGRAPHS = SAMPLE.split("\n\n")


def inputs(n: int) -> list[dict[str, str]]:
    """N different JSON Lines inputs made from the sample's paragraphs."""
    out = []
    for i in range(n):
        paras = [PARAGRAPHS[(i * 5 + j * 3) % len(PARAGRAPHS)] for j in range(2 + i % 4)]
        out.append(
            {"id": f"a{i:03d}", "date": f"2022-01-{1 + i % 28:02d}", "text": "\n\n".join(paras)}
        )
    return out


INPUTS = inputs(30)


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("dask.distributed", reason=SKIP)
    pytest.importorskip("dask.dataframe", reason=SKIP)
    pytest.importorskip("pyarrow", reason=SKIP)
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",  # None still serves HTTP on 8787, warning if taken
            host="127.0.0.1",
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def single():
    """The single-process result: parse_many in this process."""
    return list(parse_many(INPUTS))


@pytest.fixture
def inputs_file(tmp_path):
    path = tmp_path / "inputs.jsonl"
    with path.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(x) + "\n" for x in INPUTS)
    return path


def test_jsonl_in_parquet_out_on_two_workers(client, single, inputs_file, tmp_path):
    import dask.bag as db
    import pyarrow.parquet as pq
    from dask.distributed import wait

    import newsrec.dask

    # Several partitions, so that both workers parse.
    lines = db.read_text(str(inputs_file), blocksize=inputs_file.stat().st_size // 5 + 1)
    assert lines.npartitions >= 4
    articles = newsrec.dask.parse_bag(lines.map(json.loads)).persist()
    wait(articles)
    busy = [w for w, keys in client.has_what().items() if keys]
    assert len(busy) == 2
    assert articles.compute() == single  # identical records, in input order

    newsrec.dask.write_parquet(articles, tmp_path / "out")
    for table in tables.TABLES:
        back = pq.read_table(tmp_path / "out" / table)
        assert back.schema.equals(tables.arrow_schema(table)), table
        assert back.to_pylist() == tables.to_arrow(single, table).to_pylist(), table


def test_articles_jsonl_to_dataframes(client, single, tmp_path):
    import dask

    import newsrec.dask

    path = tmp_path / "articles.jsonl"
    jsonl.write(path, single)
    bag = newsrec.dask.read_jsonl_bag(path, blocksize=path.stat().st_size // 5 + 1)
    assert bag.npartitions >= 3
    frames = newsrec.dask.to_dataframes(bag, tables=["quotes", "dates", "articles"])
    assert list(frames) == ["quotes", "dates", "articles"]
    computed = dask.compute(*frames.values())
    for table, got in zip(frames, computed):
        want = tables.to_pandas(single, table)
        assert got.reset_index(drop=True).equals(want), table
        assert dict(got.dtypes) == dict(want.dtypes), table


def test_failures_are_kept_or_raised(client):
    import dask.bag as db

    import newsrec.dask

    bag = db.from_sequence(["Fine.", 42, {"text": "Bad day.", "date": "2022-02-30"}], npartitions=2)
    good, bad = newsrec.dask.split_failures(newsrec.dask.parse_bag(bag, keep_failures=True))
    assert [a.body for a in good.compute()] == ["Fine."]
    failures = bad.compute()
    assert all(isinstance(f, ParseFailure) for f in failures)
    assert [f.text for f in failures] == ["42", "Bad day."]
    assert [type(f.error) for f in failures] == [newsrec.InputError, newsrec.InputError]
    with pytest.raises(newsrec.InputError, match="must be"):  # either failure, first come
        newsrec.dask.parse_bag(bag).compute()


def test_unknown_table(client):
    import dask.bag as db

    import newsrec.dask

    with pytest.raises(ValueError, match="'table' must be one of"):
        newsrec.dask.to_dataframes(db.from_sequence([]), tables=["quote"])


def test_a_missing_dask_is_named(monkeypatch):
    import newsrec.dask

    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(
        ImportError, match=r"newsrec.dask needs dask: pip install 'newsrec\[dask\]'"
    ):
        newsrec.dask.parse_bag(None)
