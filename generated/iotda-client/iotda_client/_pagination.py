# Generated from spec/huaweicloud-iotda.yaml by generator 0.1.0; do not edit.
"""Auto-pagination for operations that declare ``x-pagination``.

A paginated client method returns a pager instead of one page. Iterating the pager
(``for`` / ``async for``) yields every item across pages; ``pages()`` yields the pages;
``first_page()`` returns the first page only. The pager stops on the documented end
condition (an empty or short page, no next cursor, or the total reached) and also when
the server repeats a cursor or answers the same page twice, so it never loops forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, cast

from pydantic import BaseModel

from ._response import RawResponse
from ._types import NotGiven

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

__all__ = ["AsyncPager", "PageSpec", "SyncPager"]


@dataclass(frozen=True)
class PageSpec:
    """How an operation pages (the document's ``x-pagination``, names resolved).

    Request locations are ``(keyword argument, *JSON names inside it)``: ``("marker",)``
    for a query parameter, ``("body", "pagination", "pageNo")`` for a body field.
    Response locations are JSON names from the top of the response body. ``data_field``
    names the envelope member the operation returns (EnOS ``data``): locations under it
    are read from the returned page, the others from the whole body as received.
    """

    style: Literal["cursor", "offset", "page"]
    items: tuple[str, ...]
    default_page_size: int
    page_size: tuple[str, ...] = ()
    cursor: tuple[str, ...] = ()
    next_cursor: tuple[str, ...] = ()
    offset: tuple[str, ...] = ()
    page: tuple[str, ...] = ()
    first_page: int = 1
    total: tuple[str, ...] = ()
    first_page_only: tuple[tuple[str, ...], ...] = ()
    data_field: str | None = None


def _plain(value: Any) -> Any:
    """A request value as plain JSON data, so that one field of it can be replaced."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    return value


def _arg(arguments: Mapping[str, Any], where: tuple[str, ...]) -> Any:
    """The value at a request location, or None when it was not given."""
    value: Any = arguments.get(where[0])
    for name in where[1:]:
        value = _plain(value)
        value = value.get(name) if isinstance(value, Mapping) else None
    return None if isinstance(value, NotGiven) else value


def _set_arg(arguments: dict[str, Any], where: tuple[str, ...], value: Any) -> None:
    if len(where) == 1:
        arguments[where[0]] = value
        return
    root = _plain(arguments.get(where[0]))
    root = dict(root) if isinstance(root, Mapping) else {}
    arguments[where[0]] = root
    node = root
    for name in where[1:-1]:
        child = _plain(node.get(name))
        child = dict(child) if isinstance(child, Mapping) else {}
        node[name] = child
        node = child
    node[where[-1]] = value


def _field(obj: Any, name: str) -> Any:
    """One JSON member of a parsed value: a dict key or a model field by alias or name."""
    if isinstance(obj, Mapping):
        return obj.get(name)
    if isinstance(obj, BaseModel):
        for attr, info in type(obj).model_fields.items():
            if info.alias == name or attr == name:
                return getattr(obj, attr)
        extra = obj.model_extra or {}
        return extra.get(name)
    return None


def _at(obj: Any, where: tuple[str, ...]) -> Any:
    for name in where:
        obj = _field(obj, name)
        if obj is None:
            return None
    return obj


class _Walk:
    """The page-to-page state shared by the sync and async pagers."""

    def __init__(self, spec: PageSpec, arguments: Mapping[str, Any]) -> None:
        self.spec = spec
        self.arguments: dict[str, Any] = dict(arguments)
        size = _arg(self.arguments, spec.page_size) if spec.page_size else None
        self.size = size if isinstance(size, int) and size > 0 else spec.default_page_size
        if spec.style == "page":
            number = _arg(self.arguments, spec.page)
            self.number = number if isinstance(number, int) else spec.first_page
            _set_arg(self.arguments, spec.page, self.number)
            _set_arg(self.arguments, spec.page_size, self.size)
        elif spec.style == "offset":
            start = _arg(self.arguments, spec.offset)
            self.position = start if isinstance(start, int) else 0
        self.seen: set[Any] = set()
        self.previous: list[Any] | None = None

    def locate(self, raw: RawResponse[Any], where: tuple[str, ...]) -> Any:
        """A response location: on the returned page, or (for members outside the
        envelope's returned ``data_field``) on the whole JSON body."""
        data = self.spec.data_field
        if data is None:
            return _at(raw.parsed, where)
        if where[:1] == (data,):
            return _at(raw.parsed, where[1:]) if len(where) > 1 else raw.parsed
        try:
            document = raw.http_response.json()
        except ValueError:
            return None
        return _at(document, where)

    def items(self, raw: RawResponse[Any]) -> list[Any]:
        found = self.locate(raw, self.spec.items)
        return list(found) if isinstance(found, list | tuple) else []

    def repeated(self, items: list[Any]) -> bool:
        """True when the server answered the previous page again (its items are dropped)."""
        return bool(items) and items == self.previous

    def advance(self, raw: RawResponse[Any], items: list[Any]) -> bool:
        """Prepare the arguments of the next page; False when this page was the last."""
        spec = self.spec
        if not items:
            return False
        self.previous = items
        total = self.locate(raw, spec.total) if spec.total else None
        if spec.style == "cursor":
            cursor = self.locate(raw, spec.next_cursor)
            if cursor in (None, "") or cursor in self.seen or len(items) < self.size:
                return False
            self.seen.add(cursor)
            _set_arg(self.arguments, spec.cursor, cursor)
            for where in spec.first_page_only:
                self.arguments.pop(where[0], None)
            return True
        if len(items) < self.size:
            return False
        if spec.style == "offset":
            self.position += len(items)
            if isinstance(total, int) and self.position >= total:
                return False
            _set_arg(self.arguments, spec.offset, self.position)
            return True
        if isinstance(total, int) and (self.number - spec.first_page + 1) * self.size >= total:
            return False
        self.number += 1
        _set_arg(self.arguments, spec.page, self.number)
        return True


class SyncPager(Generic[ItemT, PageT]):
    """Every item of a paginated operation; iterate it, or use ``pages()``."""

    def __init__(
        self,
        fetch: Callable[[Mapping[str, Any]], RawResponse[PageT]],
        spec: PageSpec,
        arguments: Mapping[str, Any],
    ) -> None:
        self._fetch = fetch
        self._spec = spec
        self._arguments = dict(arguments)

    def first_page(self) -> PageT:
        """The first page only, exactly as the operation returns it."""
        return self._fetch(self._arguments).parsed

    def pages(self) -> Iterator[PageT]:
        """Each page in turn, until the end condition."""
        walk = _Walk(self._spec, self._arguments)
        while True:
            raw = self._fetch(dict(walk.arguments))
            items = walk.items(raw)
            if walk.repeated(items):
                return
            yield raw.parsed
            if not walk.advance(raw, items):
                return

    def __iter__(self) -> Iterator[ItemT]:
        walk = _Walk(self._spec, self._arguments)
        while True:
            raw = self._fetch(dict(walk.arguments))
            items = walk.items(raw)
            if walk.repeated(items):
                return
            for item in items:
                yield cast(ItemT, item)
            if not walk.advance(raw, items):
                return


class AsyncPager(Generic[ItemT, PageT]):
    """Every item of a paginated operation; ``async for`` it, or use ``pages()``."""

    def __init__(
        self,
        fetch: Callable[[Mapping[str, Any]], Awaitable[RawResponse[PageT]]],
        spec: PageSpec,
        arguments: Mapping[str, Any],
    ) -> None:
        self._fetch = fetch
        self._spec = spec
        self._arguments = dict(arguments)

    async def first_page(self) -> PageT:
        """The first page only, exactly as the operation returns it."""
        return (await self._fetch(self._arguments)).parsed

    async def pages(self) -> AsyncIterator[PageT]:
        """Each page in turn, until the end condition."""
        walk = _Walk(self._spec, self._arguments)
        while True:
            raw = await self._fetch(dict(walk.arguments))
            items = walk.items(raw)
            if walk.repeated(items):
                return
            yield raw.parsed
            if not walk.advance(raw, items):
                return

    async def _items(self) -> AsyncIterator[ItemT]:
        walk = _Walk(self._spec, self._arguments)
        while True:
            raw = await self._fetch(dict(walk.arguments))
            items = walk.items(raw)
            if walk.repeated(items):
                return
            for item in items:
                yield cast(ItemT, item)
            if not walk.advance(raw, items):
                return

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._items()
