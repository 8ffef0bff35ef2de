"""unga: the UN General Assembly's recorded votes, reconciled, and the answers people ask of them."""

from unga.api import (agreement, build, camps, check_text, export, ideal_points, search, stance, state_record,
                      store_path, tally)
from unga.errors import BadInput, SourceError, UngaError, UnknownResolution, UnknownState
from unga.results import (Agreement, CampsResult, CheckResult, IdealPoints, SearchResult, StanceResult, StateRecord,
                          Tally)
from unga.types import Vote

__all__ = [
    "Agreement", "BadInput", "CampsResult", "CheckResult", "IdealPoints", "SearchResult", "SourceError",
    "StanceResult", "StateRecord", "Tally", "UngaError", "UnknownResolution", "UnknownState", "Vote", "agreement",
    "build", "camps", "check_text", "export", "ideal_points", "search", "stance", "state_record", "store_path", "tally",
]
