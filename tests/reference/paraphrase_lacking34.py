"""Votes the record lacks told beside the plenary's (thirty-fourth round, branch lacking34), in our own sentences: a
committee named by its title voting ("the General Committee had approved …", "Committee 4 adopted …"), a vote on
the agenda ("voted against placing the item on the agenda"), then the resolution's own tally; and a state's name as
the adjective of the text voted on ("A voted against the Swedish draft", a plain vote, never called false). The
committee's and the agenda's claims are the record's "not_in_store"; written from templates, never copied."""

from __future__ import annotations

from paraphrase_votes import _pick, _wrong_state, claim_position, claim_tally, listed

LACKED = "A/BUR/(a vote the record lacks)"


def _lacked_position(iso3: str, vote: str) -> dict:
    return {"kind": "position", "resolution": LACKED, "state": iso3, "vote": vote, "truth": "not_in_store"}


def _plenary(v, rng, false):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if false:
        y += rng.choice([3, 4, 6])
    said = rng.choice([f"In the plenary the text then passed by {y} votes to {n}, with {a} abstentions.",
                       f"The Assembly itself adopted it {y}-{n}-{a} later that week.",
                       f"The full Assembly's vote was {y} in favour, {n} against and {a} abstaining."])
    return said, claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)


def titled_committee_then_plenary(v, rng, false=False):
    """'The General Committee had approved the request by 9 votes to 4, with A and B against. In the plenary the
    text then passed by Y votes to N …': the committee's claims unverifiable, the plenary's checked."""
    if v.counts["abstain"] < 2 or not v.complete:
        return None
    against = rng.sample(sorted(v.names), 2)
    names = listed([v.name(s) for s in against])
    committee = rng.choice([f"The General Committee had approved the request by 9 votes to 4, with {names} against.",
                            f"Committee 4 had adopted the draft a month earlier by 40 votes to 6, {names} voting "
                            "against it.",
                            f"Earlier, the Ad Hoc Political Committee on Monday approved it 38 to 5; {names} voted no."])
    said, tally = _plenary(v, rng, false)
    return committee + " " + said, [tally] + [_lacked_position(s, "no") for s in against]


def agenda_vote_then_plenary(v, rng, false=False):
    """'A and B had voted against including the item on the agenda. The full Assembly's vote was …'."""
    if v.counts["abstain"] < 2 or not v.complete:
        return None
    against = rng.sample(sorted(v.names), 2)
    names = listed([v.name(s, cap=True) if i == 0 else v.name(s) for i, s in enumerate(against)])
    agenda = rng.choice([f"{names} had voted against including the item on the agenda.",
                         f"{names} voted against placing the question on the Assembly's agenda.",
                         f"At the session's opening, {names} had voted against the inclusion of the item in the "
                         "agenda."])
    said, tally = _plenary(v, rng, false)
    return agenda + " " + said, [tally] + [_lacked_position(s, "no") for s in against]


ADJECTIVES = ("Swedish", "Mexican", "Japanese", "Egyptian", "Brazilian", "Canadian", "Indian", "Nigerian")


def sponsors_adjective(v, rng, false=False):
    """'A voted against the Swedish draft.' / 'A has voted for the Mexican-sponsored proposal.': the plain vote on
    the text (a false variant is never called false: the record may hold another of the day's texts)."""
    side = rng.choice([s for s in ("yes", "no") if v.side(s)] or ["none"])
    if side == "none":
        return None
    state = (_pick(v, rng, side, 1) or [None])[0]
    if state is None:
        return None
    if false:
        state = _wrong_state(v, rng, side)
    adjective = rng.choice(ADJECTIVES)
    name = v.name(state, cap=True)
    text = {"yes": rng.choice([f"{name} voted for the {adjective} draft.",
                               f"{name} has voted in favour of the {adjective}-sponsored proposal.",
                               f"In the end {name} voted for the {adjective} text."]),
            "no": rng.choice([f"{name} voted against the {adjective} draft.",
                              f"{name} has voted against the {adjective}-sponsored proposal.",
                              f"In the end {name} voted against the {adjective} text."])}[side]
    return text, [claim_position(v, state, side)]
