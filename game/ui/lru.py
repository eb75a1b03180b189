"""A small bounded least-recently-used cache, for rendered text and layouts."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LruCache(Generic[K, V]):
    """A dictionary that forgets its least recently used entry beyond ``capacity``."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"cache capacity must be at least 1, got {capacity}")
        self.capacity = capacity
        self._entries: OrderedDict[K, V] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get_or_make(self, key: K, make: Callable[[], V]) -> V:
        """The cached value for ``key``, calling ``make()`` to fill it on a miss."""
        try:
            value = self._entries[key]
        except KeyError:
            self.misses += 1
            value = make()
            self._entries[key] = value
            if len(self._entries) > self.capacity:
                self._entries.popitem(last=False)
            return value
        self.hits += 1
        self._entries.move_to_end(key)
        return value

    def clear(self) -> None:
        self._entries.clear()
