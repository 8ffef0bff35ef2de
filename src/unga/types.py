"""Shared vocabulary: the vote values and id aliases."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TypeAlias

ISO3: TypeAlias = str
RollCallId: TypeAlias = int


class Vote(str, Enum):
    """A member's recorded position on one roll call. Non-members have no row at all."""

    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"
    ABSENT = "absent"

    def __str__(self) -> str:
        return self.value


VOTE_VALUES: tuple[str, ...] = tuple(v.value for v in Vote)


@dataclass(frozen=True)
class StoreVersion:
    """One build of the store: where it is, its build id (store/versions.py) and what it holds."""

    path: Path
    build_id: str
    built_at: str
    roll_calls: int
    votes: int
    last_vote: str
    current: bool
