"""Ideal points for the state pages: one fit of api.ideal_points per store build, in a background thread.

A fit of the whole record takes 25-40 s (the Gibbs sampler, docs/methods-ideal-points.md), too long for a request: the first page
that asks starts it, and pages show the estimates once it is done."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future

from unga import api
from unga.results import IdealPoints

LOG = logging.getLogger("unga.web")
_LOCK = threading.Lock()
_FITS: dict[str, Future] = {}
FIT = {}  # keyword arguments of api.ideal_points (the whole record by default; tests fit a few years)


def _fit(done: Future) -> None:
    try:
        done.set_result(api.ideal_points(**FIT))
    except Exception as exc:  # kept to be shown on the pages; logged with its traceback
        LOG.exception("ideal points fit failed")
        done.set_exception(exc)


def estimates(start: bool = True) -> tuple[IdealPoints | None, str]:
    """The fit for the current store, or None and why not (not started, under way, failed)."""
    key = api.build_id()
    with _LOCK:
        held = _FITS.get(key)
        if held is None:
            if not start:
                return None, "ideal points are not estimated on this server (started with --no-ideal-points)"
            _FITS.clear()
            held = _FITS[key] = Future()
            threading.Thread(target=_fit, args=(held,), daemon=True, name="unga-ideal-points").start()
    if not held.done():
        return None, "the ideal points are being estimated (about 20 seconds after the server's first state page); reload"
    if held.exception() is not None:
        return None, f"the ideal points could not be estimated: {held.exception()}"
    return held.result(), ""


def of_state(fit: IdealPoints, iso3: str) -> tuple[list[dict], dict | None]:
    """A state's estimates by period and its latest one with enough votes."""
    rows = fit.table[fit.table["iso3"] == iso3].sort_values("period")
    complete = rows[~rows["few_votes"].astype(bool)]
    latest = complete.iloc[-1] if len(complete) else (rows.iloc[-1] if len(rows) else None)
    shown = None if latest is None else {"year": int(latest["period"]), "ideal_point": float(latest["ideal_point"]),
                                         "lower": float(latest["lower"]), "upper": float(latest["upper"]),
                                         "n_votes": int(latest["n_votes"])}
    return rows.to_dict(orient="records"), shown
