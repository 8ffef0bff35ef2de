"""Memos of the readers many others call on the same sentence (its state names, its vote phrases): each a pure
function of the sentence and the fixed tables of the package, never of the store, so a rebuild or update leaves them
true. functools.lru_cache bounds their number and is safe to call from several threads; a sentence longer than
LONGEST (a table or a list run on) is read afresh each time, so that what they hold stays small. Their values are
tuples (read-only), each caller given its own copy where it needs a list."""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

SENTENCES = 4096  # the sentences remembered per reader: a long text's several times over
LONGEST = 10_000  # characters: at most SENTENCES of them held per reader

T = TypeVar("T")


def per_sentence(read: Callable[..., T]) -> Callable[..., T]:
    """read(sentence, *rest), remembered for the last SENTENCES sentences of at most LONGEST characters."""
    held = functools.lru_cache(maxsize=SENTENCES)(read)

    @functools.wraps(read)
    def reading(sentence: str, *rest) -> T:
        return (held if len(sentence) <= LONGEST else read)(sentence, *rest)

    reading.cache_info, reading.cache_clear = held.cache_info, held.cache_clear  # type: ignore[attr-defined]
    return reading
