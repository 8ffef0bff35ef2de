"""A state's vote, or a roll call's count, the record holds in doubt (src/unga/data/vote_doubts.csv, through api):
another text gives it otherwise and nothing settles which is right, so a claim on it is neither supported nor
contradicted."""

from __future__ import annotations

from unga import countries

# (rcid, iso3) -> {"stored": the record's vote, "other": the other text's, "source": its short name, "evidence": …};
# (rcid, None) -> the same for the roll call's count, each reading written yes-no-abstain
Doubts = dict[tuple[int, str | None], dict]
SIDES = ("yes", "no", "abstain")


def judge(entries: list[dict], doubts: Doubts) -> None:
    """Each position claim placed on a vote in doubt, and each tally or count claim giving either count in doubt where
    the two differ on what it asserts, is unverifiable, its reason naming both readings first (a claim already
    unverifiable keeps its own reason after them)."""
    for entry in entries:
        evidence = entry["evidence"]
        if entry["kind"] == "position":
            doubt = doubts.get((evidence.get("rcid"), entry["state"])) if entry.get("state") else None
            name = countries.short_names().get(entry["state"], entry["state"]) + " " if doubt else ""
            reading = "list"
        elif entry["kind"] in ("tally", "count"):
            doubt = doubts.get((evidence.get("rcid"), None))
            doubt = doubt if doubt and _either_count(entry.get("asserted") or {}, doubt) else None
            name, reading = "", "count"
        else:
            continue
        if doubt is None:
            continue
        reason = f"the record has {name}{doubt['stored']}; {doubt['source']} says {doubt['other']}: in doubt"
        was = f"was {entry['verdict']} by the record's {reading}" if entry["verdict"] != "unverifiable" else \
            evidence.get("record", "")
        evidence["record"] = f"{reason} ({was})" if was else reason
        evidence["doubt"] = doubt
        entry["verdict"] = "unverifiable"


def _either_count(asserted: dict, doubt: dict) -> bool:
    """Whether the claim gives one of the two counts in doubt on every side it asserts, and the two differ there."""
    sides = [s for s in SIDES if isinstance(asserted.get(s), int)]
    readings = [dict(zip(SIDES, map(int, doubt[key].split("-")))) for key in ("stored", "other")]
    return bool(sides) and any(readings[0][s] != readings[1][s] for s in sides) and \
        any(all(asserted[s] == r[s] for s in sides) for r in readings)
