"""Families of the paraphrase set (make_paraphrases.py), thirty-second round (branch idrc33): a side named in full by
its count and its list ("Only five countries voted against the text: A, B, C, D and E"), and a list whose absentees
are part of it ("A and B voted against it, while C, D and E did not vote"), under a lead that names the subject only.
Sentences of our own; the numbers and the states' votes come from the store."""

from __future__ import annotations

from paraphrase_votes import _wrong_state, claim_count, claim_position, words


def _lead(v) -> tuple[str, str]:
    """A lead that names the subject, neither the symbol nor the day, in a text dated to the month: the list itself
    must tell the vote from the others of its days (and of other years)."""
    return f"The UN General Assembly took up a text {v.topic} this month.", f"{v.day:%Y-%m}"


def _listed(v, states: list[str], cap: bool = False) -> str:
    names = [v.name(s, cap=cap and n == 0) for n, s in enumerate(states)]
    return ", ".join(names[:-1]) + " and " + names[-1]


def side_named_in_full(v, rng, false=False):
    """Every state of a small no or abstain side (three to seven), after a count of them. The false variant swaps one
    named state for one that voted otherwise (the count stays the record's)."""
    vote = rng.choice(["no", "abstain"])
    states = sorted(v.side(vote), key=lambda s: rng.random()) if v.complete else []
    if not 3 <= len(states) <= 7 or len(states) != v.counts[vote]:  # every state of the side has a name here
        return None
    named = list(states)
    if false:
        named[rng.randrange(len(named))] = _wrong_state(v, rng, vote)
    count = words(len(states), rng.random() < 0.5)
    said = {"no": ["voted against the text", "opposed it", "said no"],
            "abstain": ["abstained", "abstained on the text", "chose to abstain"]}[vote]
    forms = [f"Only {count} countries {rng.choice(said)}: {_listed(v, named)}.",
             f"Just {count} states {rng.choice(said)}, namely {_listed(v, named)}.",
             f"{_listed(v, named, cap=True)} were the {count} countries that {rng.choice(said)}."]
    text = rng.choice(forms)
    return text, [claim_count(v, vote, len(states))] + [claim_position(v, s, vote) for s in named], _lead(v)


def absentees_in_the_list(v, rng, false=False):
    """Two to four states of the no side and three absentees, in one sentence. The false variant names as absent a
    state that voted."""
    no = sorted(v.side("no"), key=lambda s: rng.random()) if v.complete else []
    absent = sorted(v.side("absent"), key=lambda s: rng.random()) if v.complete else []
    if len(no) < 2 or len(absent) < 3:
        return None
    against, away = no[:rng.choice([2, 3, 4])], absent[:3]
    if false:
        away[2] = _wrong_state(v, rng, "absent")
    forms = [f"{_listed(v, against, cap=True)} voted against it, while {_listed(v, away)} did not vote.",
             f"{_listed(v, away, cap=True)} were absent, and {_listed(v, against)} voted no.",
             f"The text was opposed by {_listed(v, against)}; {_listed(v, away)} did not take part in the vote."]
    return rng.choice(forms), [claim_position(v, s, "no") for s in against] + [
        claim_position(v, s, "absent") for s in away], (f"The UN General Assembly voted again on its text {v.topic}.",
                                                         "unknown")  # no date: the states must tell the year
