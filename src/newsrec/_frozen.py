"""A small immutable, hashable, picklable mapping for record metadata."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any


class FrozenMap(Mapping[str, str]):
    """A read-only ``dict`` of str to str that hashes, pickles and compares like one."""

    __slots__ = ("_d", "_h")

    def __init__(self, data: Mapping[str, str] | None = None) -> None:
        self._d: dict[str, str] = dict(data) if data else {}
        self._h: int | None = None

    def __getitem__(self, key: str) -> str:
        return self._d[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)

    def __hash__(self) -> int:
        if self._h is None:
            self._h = hash(frozenset(self._d.items()))
        return self._h

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMap):
            return self._d == other._d
        if isinstance(other, Mapping):
            return self._d == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return repr(self._d)

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (self._d,))
