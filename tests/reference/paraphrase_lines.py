"""Paraphrase families of holdout29's English misses (twenty-eighth round, branch study29): a dashboard's count lines,
a state inside a tally's figures, a list opening with a state's short name for its two-part name. Our own templates."""

from __future__ import annotations

from paraphrase_votes import VOTED, _one_state, _pick, _wrong_state, claim_count, claim_position, claim_tally

SHORT_TWO_PART = {"ATG": "Antigua", "TTO": "Trinidad"}  # a state's short name for its two-part name


def study29_list_lines(v, rng, false=False):
    """A dashboard's lines, each a count with its states in brackets and no other vote word ("- 6 No (A, B)")."""
    yes, no, abstain = _pick(v, rng, "yes", 2), _pick(v, rng, "no", 2), _pick(v, rng, "abstain", 1)
    if not yes or not no or not abstain:
        return None
    if false:
        no[1] = _wrong_state(v, rng, "no")
    lines = [(v.counts["yes"], "Yes", yes, "yes"), (v.counts["no"], "No", no, "no"),
             (v.counts["abstain"], rng.choice(["Abstain", "Abstentions"]), abstain, "abstain")]
    heading = rng.choice(["How the plenary voted:", "The vote in plenary:", "Results:"])
    text = heading + "\n" + "\n".join(f"- {n} {label} ({', '.join(v.name(s) for s in states)})"
                                      for n, label, states, _ in lines)
    claims = [claim_count(v, vote, n) for n, _, _, vote in lines]
    claims += [claim_position(v, s, vote) for _, _, states, vote in lines for s in states]
    return text, claims


def study29_state_in_figures(v, rng, false=False):
    """A report's or a cable's figures with a state inside them, on a line of their own: "138-9(U.S.)-41"."""
    chosen = _one_state(v, rng, false, sides=("no", "abstain"))
    if not chosen or not v.counts["no"] or not v.counts["abstain"]:
        return None
    vote, state = chosen
    y, n, a, name = v.counts["yes"], v.counts["no"], v.counts["abstain"], v.name(state)
    figures = f"{y}-{n}({name})-{a}" if vote == "no" else f"{y}-{n}-{a}({name})"
    text = rng.choice([f"Result, {v.day:%B} {v.day.day}:\n{figures}", f"Recorded result\n{figures}"])
    return text, [claim_tally(v, yes=y, no=n, abstain=a), claim_position(v, state, vote)]


def study29_short_two_part_name(v, rng, false=False):
    """A list opening with a state's short name for its two-part name ("Antigua, B and C abstained")."""
    known = [s for s in SHORT_TWO_PART if v.votes.get(s) in ("yes", "no", "abstain")]
    if not known:
        return None
    short = rng.choice(known)
    vote = v.votes[short]
    others = _pick(v, rng, vote, 2)
    if not others or short in others:
        return None
    if false:
        others[1] = _wrong_state(v, rng, vote)
    text = f"{SHORT_TWO_PART[short]}, {v.name(others[0])} and {v.name(others[1])} {VOTED[vote]}."
    return text, [claim_position(v, s, vote) for s in (short, *others)]
