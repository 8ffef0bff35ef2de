"""unga: the UN General Assembly's recorded votes, reconciled, and the answers people ask of them."""

from unga.api import build, export, search, state_record, store_path, tally
from unga.errors import BadInput, SourceError, UngaError, UnknownResolution, UnknownState
from unga.results import SearchResult, StateRecord, Tally
from unga.types import Vote

__all__ = [
    "BadInput", "SearchResult", "SourceError", "StateRecord", "Tally", "UngaError", "UnknownResolution",
    "UnknownState", "Vote", "build", "export", "search", "state_record", "store_path", "tally",
]
