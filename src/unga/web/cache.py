"""Answers of api functions kept per store build: a page asked for by many at once is computed once.

The key holds api.build_id(), so a store that `unga build` swaps in is never answered from the old one's
entries. An UngaError is kept like an answer (an unknown symbol asked again costs nothing)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from unga import api
from unga.errors import UngaError

MAX_ENTRIES = 512  # answers kept; a state page's are the largest (a few MB for the whole record)

_LOCK = threading.Lock()
_ANSWERS: OrderedDict[tuple, Future] = OrderedDict()


def call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """function(*args, **kwargs), from the cache when this store build answered it before.

    The first caller computes; callers asking the same while it runs wait for its answer."""
    key = (api.build_id(), function.__name__, args, tuple(sorted(kwargs.items())))
    with _LOCK:
        held = _ANSWERS.get(key)
        mine = held is None
        if mine:
            held = _ANSWERS[key] = Future()
            while len(_ANSWERS) > MAX_ENTRIES:
                _ANSWERS.popitem(last=False)
        else:
            _ANSWERS.move_to_end(key)
    if mine:
        try:
            held.set_result(function(*args, **kwargs))
        except UngaError as exc:
            held.set_exception(exc)
        except BaseException as exc:  # noqa: BLE001 - a bug or an interrupted call: not kept, the next caller tries
            with _LOCK:
                _ANSWERS.pop(key, None)
            held.set_exception(exc)
    failed = held.exception()
    if failed is not None:
        # the kept error is raised afresh each time: re-raising one object would chain every caller's frames
        # onto its traceback, a leak under load
        raise failed.with_traceback(None)
    return held.result()


def clear() -> None:
    with _LOCK:
        _ANSWERS.clear()
