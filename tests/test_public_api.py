"""Every public name has a docstring and a place on the API reference page."""

import importlib
import inspect
import re
from pathlib import Path

import pytest

API_PAGE = Path(__file__).resolve().parent.parent / "docs" / "api.rst"
MODULES = [
    "newsrec",
    "newsrec.json",
    "newsrec.jsonl",
    "newsrec.extract",
    "newsrec.strategies",
    "newsrec.ninjs",
    "newsrec.jsonld",
    "newsrec.schema",
    "newsrec.html",
    "newsrec.tables",
    "newsrec.corpus",
    "newsrec.dask",
]


def public_names():
    for modname in MODULES:
        mod = importlib.import_module(modname)
        for name in mod.__all__:
            yield modname, name, getattr(mod, name)


@pytest.mark.parametrize(("modname", "name", "obj"), list(public_names()), ids=lambda x: x if isinstance(x, str) else "")
def test_documented(modname, name, obj):
    if inspect.isclass(obj) or inspect.isfunction(obj) or inspect.ismodule(obj):
        assert inspect.getdoc(obj), f"{modname}.{name} has no docstring"
    page = API_PAGE.read_text(encoding="utf-8")
    # Listed under its own module, or (for newsrec) by its public newsrec.* name.
    qual = f"{modname}.{name}"
    assert re.search(rf"::\s+{re.escape(qual)}\s*$", page, re.MULTILINE), f"{qual} is not on docs/api.rst"


def test_all_has_no_duplicates():
    # Sorting is ruff's job (RUF022).
    for modname in MODULES:
        mod = importlib.import_module(modname)
        assert len(set(mod.__all__)) == len(mod.__all__)
