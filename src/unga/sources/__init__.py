"""One reader per upstream format. Each parse(path) returns a SourceTable of canonical rows."""

from unga.sources.base import ROLL_CALL_COLUMNS, VOTE_COLUMNS, SourceTable

__all__ = ["ROLL_CALL_COLUMNS", "VOTE_COLUMNS", "SourceTable"]
