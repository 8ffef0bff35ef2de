"""A state's vote the record holds in doubt (src/unga/data/vote_doubts.csv, through api): another text gives it
otherwise and nothing settles which is right, so a position claim on it is neither supported nor contradicted."""

from __future__ import annotations

from unga import countries

# (rcid, iso3) -> {"stored": the record's vote, "other": the other text's, "source": its short name, "evidence": …}
Doubts = dict[tuple[int, str], dict]


def judge(entries: list[dict], doubts: Doubts) -> None:
    """Each position claim placed on a vote in doubt is unverifiable, its reason naming both readings first (a claim
    already unverifiable keeps its own reason after them)."""
    for entry in entries:
        evidence = entry["evidence"]
        doubt = doubts.get((evidence.get("rcid"), entry.get("state")))
        if entry["kind"] != "position" or doubt is None:
            continue
        name = countries.short_names().get(entry["state"], entry["state"])
        reason = f"the record has {name} {doubt['stored']}; {doubt['source']} says {doubt['other']}: in doubt"
        was = f"was {entry['verdict']} by the record's list" if entry["verdict"] != "unverifiable" else \
            evidence.get("record", "")
        evidence["record"] = f"{reason} ({was})" if was else reason
        evidence["doubt"] = doubt
        entry["verdict"] = "unverifiable"
