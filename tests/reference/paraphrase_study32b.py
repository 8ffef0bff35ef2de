"""holdout32's English families, second half (thirty-first round, branch study32b), in our own sentences: a tally then
"with A, B and C among those voting against", a table of rows (a state and its vote a line, the cells maybe run
together), "was not supported by N countries, including A and B", "no country abstained", and a side noun owned by a
named state ("several of A's supporters, including B and C, voted against"). Written from templates, never copied."""

from __future__ import annotations

from paraphrase_votes import _pick, _wrong_state, claim_count, claim_position, claim_tally, listed, words


def among_those_after_with(v, rng, false=False):
    """'The Assembly approved the text Y–N with K abstentions, with A, B and C among those voting against.'"""
    side = rng.choice(["no", "abstain"] if v.counts["no"] >= 3 else ["abstain"])
    states = _pick(v, rng, side, 3)
    if not states or v.counts["abstain"] < 2:
        return None
    if false:
        states[-1] = _wrong_state(v, rng, side)
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    dash = rng.choice(["–", "-", " to "])
    doing = {"no": rng.choice(["voting against", "voting no", "opposing it"]), "abstain": "abstaining"}[side]
    names = listed([v.name(s) for s in states])
    text = f"The Assembly approved the text {y}{dash}{n} with {a} abstentions, with {names} among those {doing}."
    return text, [claim_tally(v, yes=y, no=n, abstain=a)] + [claim_position(v, s, side) for s in states]


_LABELS = {"yes": ["In favor", "In favour", "Yes"], "no": ["Against", "No"], "abstain": ["Abstained", "Abstain"],
           "absent": ["Did not vote", "Absent"]}
_MARKS = {"yes": " ✅", "no": " ❌", "abstain": " ➖", "absent": "⚠️"}


def row_table(v, rng, false=False):
    """'Here is how countries voted:' and a table of rows, a state and its vote a line ('IsraelAgainst ❌')."""
    sides = [s for s in ("no", "abstain", "yes") if len(v.side(s)) >= 2]
    if len(sides) < 2 or not v.complete:
        return None
    rows = [(s, side) for side in sides for s in _pick(v, rng, side, 2)]
    if false:  # the last row's state one of another side, not in the table already
        side = rows[-1][1]
        others = [s for other in sides if other != side for s in v.side(other) if s not in {r for r, _ in rows}]
        if not others:
            return None
        rows[-1] = (rng.choice(others), side)
    glued = rng.random() < 0.5
    marks = rng.random() < 0.5
    lines = []
    for s, side in rows:
        label = rng.choice(_LABELS[side])
        lines.append(f"{v.name(s, cap=True)}{'' if glued else rng.choice(['  ', ' | ', chr(9)])}{label}"
                     f"{_MARKS[side] if marks else ''}")
    header = "CountryVote" if glued else "Country  Vote"
    text = "Here is how countries voted:\n\n" + header + "\n" + "\n".join(lines) + "\n"
    return text, [claim_position(v, s, side) for s, side in rows]


def not_supported_including(v, rng, false=False):
    """'The resolution was not supported by N countries, including A and B': A and B did not vote yes (a yes voter
    in the false variant)."""
    if v.counts["no"] < 3:
        return None
    states = _pick(v, rng, "no", 2)
    if not states:
        return None
    if false:
        states[-1] = rng.choice(v.side("yes"))
    n = v.counts["no"]
    verb = rng.choice(["was not supported by", "was not backed by", "wasn't supported by"])
    text = (f"{rng.choice(['The resolution', 'The text', 'The document'])} {verb} {words(n) if n < 20 else n} "
            f"countries, including {listed([v.name(s) for s in states])}.")
    return text, [claim_position(v, s, "no") for s in states]


def no_country_abstained(v, rng, false=False):
    """'In the end, no country abstained.' (true of a vote without abstentions; the false variant says it of a vote
    with some)."""
    if false != bool(v.counts["abstain"]):
        return None
    who = rng.choice(["no country", "no state", "no member state", "no delegation"])
    text = f"{rng.choice(['In the end,', 'Remarkably,', 'This time'])} {who} abstained."
    return text, [claim_count(v, "abstain", 0, "false" if false else "true")]


def owned_side_noun(v, rng, false=False):
    """'Several of A's supporters, including B and C, voted against the text': B and C voted; A is no voter."""
    if v.counts["no"] < 3:
        return None
    states = _pick(v, rng, "no", 3)
    if not states:
        return None
    if false:
        states[-1] = _wrong_state(v, rng, "no")
    owner, voters = states[0], states[1:]
    noun = rng.choice(["supporters", "backers", "opponents"])
    name = v.name(owner, cap=True)
    owned = f"{name}’s" if rng.random() < 0.5 else f"{name}'s"
    names = listed([v.name(s) for s in voters])
    text = f"{rng.choice(['Several', 'Many', 'Some'])} of {owned} {noun}, including {names}, voted against the text."
    return text, [claim_position(v, s, "no") for s in voters]


def joining_in_opposition(v, rng, false=False):
    """'Among the N countries joining A in opposition were B and C': N + 1 against, A, B and C among them."""
    if v.counts["no"] < 4:
        return None
    states = _pick(v, rng, "no", 3)
    if not states:
        return None
    n = v.counts["no"] - 1 + (rng.choice([1, 2]) if false else 0)
    text = (f"Among the {words(n) if n < 20 else n} countries joining {v.name(states[0])} in opposition were "
            f"{listed([v.name(s) for s in states[1:]])}.")
    return text, ([claim_position(v, s, "no") for s in states]
                  + [claim_count(v, "no", n + 1, "false" if false else "true")])
