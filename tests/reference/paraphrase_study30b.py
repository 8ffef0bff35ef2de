"""holdout30's English families, second half (twenty-ninth round, branch study30b), in our own sentences: a blog's list
with the writer's comment after each name, a side's noun with its members in apposition, lists in brackets after
each vote phrase, abstentions "by" or "from" the states, an envoy's seat between a state and its vote, companions
"banded with" or "the likes of", and support attracted "in voting with" a state. Written from templates, never
copied."""

from __future__ import annotations

from paraphrase_votes import VOTED, _pick, _wrong_state, claim_position, listed

COMMENTS = ["(no surprise there)", "(a close friend of the sponsors' critics)", "(ditto)", "(as expected)",
            "(after a long speech)", "(sovereignty, it said)", "(quietly)"]
HEADINGS = {"no": ["Voting against - the usual names:", "Those voting no:", "Against:"],
            "abstain": ["Abstaining - a mixed group:", "Those who abstained:", "Abstentions:"]}


def _side_states(v, rng, false, sides, k):
    """A side and k states said to be on it; in the false variant the last is a state that did not vote so."""
    side = rng.choice(list(sides))
    pick = _pick(v, rng, side, k)
    if not pick:
        return None
    if false:
        pick[-1] = _wrong_state(v, rng, side)
    return side, pick


def commented_list(v, rng, false=False):
    """A list of states under a side's heading, a bullet a line or in prose, some names with a comment in brackets."""
    chosen = _side_states(v, rng, false, ("no", "abstain"), 3)
    if not chosen:
        return None
    side, states = chosen
    names = [v.name(s, cap=True) + (" " + rng.choice(COMMENTS) if k != 1 else "") for k, s in enumerate(states)]
    if rng.random() < 0.5:
        text = rng.choice(HEADINGS[side]) + "\n" + "\n".join(f"* {n}" for n in names)
    else:
        label = {"no": "Opponents included", "abstain": "Abstainers included"}[side]
        text = f"{label} {listed(names)}."
    return text, [claim_position(v, s, side) for s in states]


def side_noun_apposition(v, rng, false=False):
    """'Opponents of the resolution, including A and B, said …', the apposition set off by commas, dashes or brackets."""
    chosen = _side_states(v, rng, false, ("no", "yes"), 2)
    if not chosen:
        return None
    side, states = chosen
    noun = rng.choice({"no": ["Opponents of the resolution", "Opponents of the text"],
                       "yes": ["Supporters of the resolution", "Backers of the text"]}[side])
    names = listed([v.name(s) for s in states])
    opener, closer = rng.choice([(", including ", ","), (" - including ", " -"), (" (among them ", ")")])
    said = rng.choice(["said the vote sent a message", "argued that it was unbalanced", "spoke after the vote"])
    return f"{noun}{opener}{names}{closer} {said}.", [claim_position(v, s, side) for s in states]


def bracketed_after_each_side(v, rng, false=False):
    """'The others either voted against (A, B), abstained (C, D) or were absent (E).'"""
    no, abstain, absent = _pick(v, rng, "no", 2), _pick(v, rng, "abstain", 2), _pick(v, rng, "absent", 1)
    if not no or not abstain:
        return None
    if false:
        abstain[-1] = _wrong_state(v, rng, "abstain")
        if absent and absent[0] == abstain[-1]:
            absent = None
    text = (f"The others either voted against ({', '.join(v.name(s) for s in no)}), "
            f"abstained ({', '.join(v.name(s) for s in abstain)})")
    claims = [claim_position(v, s, "no") for s in no] + [claim_position(v, s, "abstain") for s in abstain]
    if absent:
        text += f" or were absent ({v.name(absent[0])})"
        claims.append(claim_position(v, absent[0], "absent"))
    return text + ".", claims


def abstentions_from(v, rng, false=False):
    """'The text drew abstentions from A, B and C', 'lobbying won abstentions by A and B'."""
    chosen = _side_states(v, rng, false, ("abstain",), rng.choice([2, 3]))
    if not chosen:
        return None
    _, states = chosen
    names = listed([v.name(s) for s in states])
    text = rng.choice([f"The text drew abstentions from {names}.",
                       f"Lobbying by the sponsors failed to prevent abstentions by {names}.",
                       f"There were abstentions from {names}, among others."])
    return text, [claim_position(v, s, "abstain") for s in states]


def envoy_seat(v, rng, false=False):
    """'The Kenya representative at the United Nations abstained': the envoy's seat between the state and its vote."""
    chosen = _side_states(v, rng, false, ("no", "abstain", "yes"), 1)
    if not chosen:
        return None
    side, (state,) = chosen
    seat = rng.choice(["representative at the United Nations", "delegate at the UN", "ambassador to the United Nations",
                       "envoy in New York"])
    name = v.name(state)
    subject = f"The {name.removeprefix('the ')} {seat}" if rng.random() < 0.5 else f"{v.name(state, cap=True)}'s {seat}"
    return f"{subject} {VOTED[side]}.", [claim_position(v, state, side)]


def companions_likes_of(v, rng, false=False):
    """'A banded with the likes of B and C in its rejection of the resolution', 'A joined the likes of B in voting no'."""
    chosen = _side_states(v, rng, false, ("no",), 3)
    if not chosen:
        return None
    _, (first, *others) = chosen
    names = listed([v.name(s) for s in others])
    text = rng.choice([f"{v.name(first, cap=True)} banded with the likes of {names} in its rejection of the resolution.",
                       f"{v.name(first, cap=True)} joined the likes of {names} in voting against the text.",
                       f"{v.name(first, cap=True)} sided with the likes of {names} in rejecting the resolution."])
    return text, [claim_position(v, s, "no") for s in (first, *others)]


def support_attracted(v, rng, false=False):
    """'A succeeded in attracting support of B and C in voting with it against the text' (a cable's wording)."""
    chosen = _side_states(v, rng, false, ("no", "yes"), 3)
    if not chosen:
        return None
    side, (winner, *others) = chosen
    word = {"no": "against the text", "yes": "for the text"}[side]
    place = rng.choice(["", " in committee and plenary"])
    text = (f"{v.name(winner, cap=True)} succeeded in attracting support of {listed([v.name(s) for s in others])} "
            f"in voting with it{place} {word}.")
    return text, [claim_position(v, s, side) for s in others]
