"""Each roll call's votes as the checker reads them. StoreVotes: the store's, each roll call read once per store file
and kept (the last `size` of them), several read in one query when asked together; safe from several threads.
TextVotes: one text's view of them by index row, which reads ahead the rows a step is about to weigh."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable, Iterable

Read = Callable[[list[int]], dict[int, list[tuple[str, str]]]]


class StoreVotes:
    def __init__(self, read: Read, size: int) -> None:
        self._read, self._size = read, size
        self._held: OrderedDict[int, tuple[tuple[str, str], ...]] = OrderedDict()
        self._lock = threading.Lock()

    def many(self, rcids: Iterable[int]) -> dict[int, dict[str, str]]:
        """{rcid: {iso3: vote}} for each rcid, each caller given its own dicts."""
        wanted, found = list(dict.fromkeys(rcids)), {}
        with self._lock:
            for rcid in wanted:
                if rcid in self._held:
                    self._held.move_to_end(rcid)
                    found[rcid] = self._held[rcid]
        missing = [r for r in wanted if r not in found]
        if missing:  # read outside the lock: another thread may read the same roll call meanwhile, to the same end
            read = {r: tuple(v) for r, v in self._read(missing).items()}
            found.update(read)
            with self._lock:
                self._held.update(read)
                while len(self._held) > self._size:
                    self._held.popitem(last=False)
        return {r: dict(found[r]) for r in wanted}

    def __call__(self, rcid: int) -> dict[str, str]:
        return self.many([rcid])[rcid]


class TextVotes:
    """votes(row) -> {iso3: vote} of the index's row, read once per text; ahead(rows) reads the ones not yet read in
    one query."""

    def __init__(self, index, store: StoreVotes) -> None:
        self._index, self._store, self._read = index, store, {}

    def ahead(self, rows: Iterable[int]) -> None:
        missing = [r for r in dict.fromkeys(rows) if r not in self._read]
        if missing:
            got = self._store.many(self._index.rcids[r] for r in missing)
            self._read.update({r: got[self._index.rcids[r]] for r in missing})

    def __call__(self, row: int) -> dict[str, str]:
        self.ahead([row])
        return self._read[row]
