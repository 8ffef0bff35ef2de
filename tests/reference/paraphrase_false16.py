"""The thirty-second round's family (branch false16), in our own sentences: a list of states said to have voted
against a yearly text, its vote dated only by the year its sentence (or the one before) names and placed by the
subject the text gives (fingerprint.listed_in_its_year); its states named again as "These four" or "All four"
without the noun (coref.ANAPHOR)."""

from __future__ import annotations

from datetime import timedelta

from paraphrase_votes import Vote, _wrong_state, claim_position, listed

FOUR = 4  # states a row names: a side of 4 to 8 is named at least half by them


def list_in_its_year(v: Vote, rng, false=False):
    """'In YEAR the General Assembly adopted a resolution on X. A, B, C and D voted against it.', 'A, B, C and D
    opposed the YEAR resolution on X.', 'A, B, C and D stood apart on X. These four had also voted against it in
    YEAR.' The false variant puts among the four a state that did not vote against."""
    against = v.side("no")
    if not v.complete or not FOUR <= len(against) <= 2 * FOUR:
        return None
    states = rng.sample(against, FOUR - 1) + [_wrong_state(v, rng, "no")] if false else rng.sample(against, FOUR)
    rng.shuffle(states)
    said = listed([v.name(s, cap=k == 0) for k, s in enumerate(states)])
    year = v.day.year
    form = rng.choice([f"In {year} the General Assembly adopted a resolution {v.topic}. {said} voted against it.",
                       f"{said} opposed the {year} resolution {v.topic}.",
                       f"{said} stood apart on the question {v.topic}. These four had also voted against it in {year}.",
                       f"{said} stood apart on the question {v.topic}. All four voted no on it in {year}."])
    lead = f"The General Assembly has taken up the question {v.topic} in several sessions."
    return form, [claim_position(v, s, "no") for s in states], (lead, v.day + timedelta(days=400))
