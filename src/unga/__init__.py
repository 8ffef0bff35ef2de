"""unga: the UN General Assembly's recorded votes, reconciled, and the answers people ask of them."""

from unga.api import (agreement, audit, build, camps, check_text, coverage, diff_stores, export, forecast,
                      forecast_backtest, ideal_points, search, stance, state_record, store_path, tally, update)
from unga.errors import BadInput, FetchError, NotInRecord, SourceError, UngaError, UnknownResolution, UnknownState
from unga.results import (Agreement, AuditResult, CampsResult, CheckResult, Coverage, IdealPoints, SearchResult,
                          StanceResult, StateRecord, Tally)
from unga.results_store import UpdateSummary
from unga.types import Vote

__all__ = [
    "Agreement", "AuditResult", "BadInput", "CampsResult", "CheckResult", "Coverage", "FetchError", "IdealPoints",
    "NotInRecord", "UpdateSummary", "diff_stores", "update",
    "SearchResult", "SourceError", "StanceResult", "StateRecord", "Tally", "UngaError", "UnknownResolution",
    "UnknownState", "Vote", "agreement", "audit", "build", "camps", "check_text", "coverage", "export",
    "forecast", "forecast_backtest", "ideal_points", "search", "stance", "state_record", "store_path", "tally",
]
