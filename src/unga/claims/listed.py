"""A roll call whose published (announced) count and list of votes disagree (issue 9, fifth hunt): the record holds
two readings of the same vote. The announced result is what the hall heard and the press printed; the list is what
the sources name state by state, and it may lack a state or count one on the wrong side (A/RES/69/320: announced
119-8-45, every list 44 abstaining). A tally or count that agrees with either reading is not called false; one far
from both still is.
"""

from __future__ import annotations

from unga.claims import verdict as check_verdict

SIDES = ("yes", "no", "abstain")


def differs(listed: dict[str, int], published: dict[str, int]) -> bool:
    """The list's yes/no/abstain counts are not the published ones."""
    return any(k in published and listed.get(k) != published[k] for k in SIDES)


def agrees_with_the_list(kind: str, asserted: dict, listed: dict[str, int], published: dict[str, int]) -> str | None:
    """Why a tally or count judged false against the published counts is not called false: it agrees with the
    record's own list of votes, which differs from them. None when it does not, or when the two readings agree."""
    if kind not in ("tally", "count") or not differs(listed, published):
        return None
    verdict, _ = check_verdict.judge(kind, asserted, None, listed, {})
    if verdict != "supported":
        return None
    told = ", ".join(f"{listed[k]} {k}" for k in SIDES)
    shown = ", ".join(f"{published[k]} {k}" for k in SIDES if k in published)
    return (f"not called false: it agrees with the record's list of votes ({told}), which differs from the "
            f"published count ({shown}); either may be the one announced")
