"""Families of the paraphrase set (make_paraphrases.py), twenty-ninth round (branch counts): counts said through an
exclusive list ("was only opposed by A, B and C", "A and B cast the only negative votes") and a count with its list
right after the noun, no comma between ("Three countries A, B and C voted against"). Sentences of our own; the numbers
and the states' votes come from the store."""

from __future__ import annotations

from paraphrase_votes import _wrong_state, claim_count, claim_position, listed, words


def _small_side(v, low: int = 2, high: int = 4):
    """The states against, when the record lists every one of a small side."""
    against = v.side("no")
    return against if v.complete and low <= v.counts["no"] <= high and len(against) == v.counts["no"] else None


def exclusive_list_said_otherwise(v, rng, false=False):
    """'The text was only opposed by A, B and C', 'A and B cast the only negative votes': the list is all the states
    against; the false variant names one more, a state that did not vote against, so the count is one too many."""
    against = _small_side(v)
    if not against:
        return None
    states = rng.sample(against, len(against)) + ([_wrong_state(v, rng, "no")] if false else [])
    names = listed([v.name(s) for s in states])
    form = rng.choice([f"The resolution was only opposed by {names}.",
                       f"It passed easily, with {names} casting the only negative votes.",
                       f"{names[0].upper() + names[1:]} cast the only votes against the text."])
    return form, [claim_count(v, "no", len(states), "false" if false else "true")] \
        + [claim_position(v, s, "no") for s in states]


def count_then_bare_list(v, rng, false=False):
    """'Three countries A, B and C voted against': the side's states named right after the noun, with no comma; the
    false variant gives one more than the record."""
    against = _small_side(v)
    if not against:
        return None
    states = rng.sample(against, len(against))
    said = len(states) + (1 if false else 0)
    number = rng.choice([words(said).capitalize(), str(said)]) if said > 9 else words(said).capitalize()
    noun = rng.choice(["countries", "states", "nations"])
    form = f"{number} {noun} {listed([v.name(s) for s in states])} voted against."
    return form, [claim_count(v, "no", said, "false" if false else "true")] + [claim_position(v, s, "no") for s in states]
