"""Memos of the readers many others call on the same sentence (its state names, its vote phrases): each a pure
function of the sentence and the fixed tables of the package, never of the store, so a rebuild or update leaves them
true. functools.lru_cache bounds them and is safe to call from several threads; their values are tuples (read-only),
each caller given its own copy where it needs a list."""

from __future__ import annotations

SENTENCES = 4096  # the sentences remembered per reader: a long text's several times over
