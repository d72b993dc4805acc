"""Run the ``pycon`` examples of README.md and docs/**/*.md as doctests.

Each Markdown file is one session: its ```pycon blocks run in order, sharing
names, from the repository root (so ``examples/...`` paths work as written).
"""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path
from typing import Any

import pytest

_FENCE = re.compile(r"^```pycon[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_ROOT = Path(__file__).resolve().parent
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


class MarkdownExamples(pytest.Item):
    """The pycon examples of one Markdown file."""

    def __init__(self, *, test: doctest.DocTest, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.test = test

    def runtest(self) -> None:
        runner = doctest.DocTestRunner(optionflags=_FLAGS)
        out: list[str] = []
        cwd = Path.cwd()
        os.chdir(_ROOT)
        try:
            runner.run(self.test, out=out.append)
        finally:
            os.chdir(cwd)
        if runner.failures:
            raise MarkdownExampleError("".join(out))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, MarkdownExampleError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"{self.path.name} examples"


class MarkdownExampleError(AssertionError):
    """A pycon example printed something other than what the page shows."""


class MarkdownFile(pytest.File):
    def collect(self) -> Any:
        text = self.path.read_text(encoding="utf-8")
        blocks = _FENCE.findall(text)
        if not blocks:
            return
        source = "\n".join(blocks)
        test = doctest.DocTestParser().get_doctest(source, {}, self.path.name, str(self.path), 0)
        yield MarkdownExamples.from_parent(self, name="examples", test=test)


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix != ".md":
        return None
    parts = file_path.relative_to(_ROOT).parts
    if parts == ("README.md",) or parts[:1] == ("docs",):
        return MarkdownFile.from_parent(parent, path=file_path)
    return None
