"""The thirtieth round's families (branch false14), in our own sentences: a list set in brackets inside a tally told as
"this time", in a text of the vote's day (judged.news_of_its_day, fingerprint.listed_on_its_tally, widen.off_their_tally);
and a list said of a run of earlier years in a sentence that names no subject, in a text on this year's vote of a series
(series_place: one vote a year, each the series' vote of that year)."""

from __future__ import annotations

from datetime import timedelta

from paraphrase_votes import PREVIOUS, Vote, _wrong_state, claim_position, claim_tally, listed


def list_in_a_this_time_tally(v, rng, false=False):
    """'This time, Y states voted in favour, N against (A, B and C among them) and K abstained.' The false variant
    gives one against and two abstentions more and puts in the list a state that did not vote against."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    against = v.side("no")
    if not v.complete or len(against) < 3 or a < 3:
        return None
    states = rng.sample(against, 3) + ([_wrong_state(v, rng, "no")] if false else [])
    rng.shuffle(states)
    said_n, said_a = (n + 1, a + 2) if false else (n, a)
    names = listed([v.name(s) for s in states])
    form = rng.choice([f"This time, {y} states voted in favour, {said_n} against ({names} among them) and {said_a} "
                       "abstained.",
                       f"This time around {y} countries backed the text, only {said_n} opposed it (including {names}) "
                       f"and {said_a} abstained."])
    lead = f"On {v.day.day} {v.day:%B %Y} the General Assembly voted on a resolution {v.topic}."  # no symbol: the
    # tally of the vote's day and its list identify the vote together
    return form, [claim_tally(v, "false" if false else "true", yes=y, no=said_n, abstain=said_a)] \
        + [claim_position(v, s, "no") for s in states], (lead, v.day + timedelta(days=rng.choice([0, 1])))


def list_of_a_run_of_years(v, rng, false=False):
    """This year's tally, then 'A and B voted against in Y1 and in Y2.' of the series' two votes before, a sentence
    naming no subject; the false variant adds a state that voted otherwise in both years."""
    first = PREVIOUS.get(v.symbol)
    second = PREVIOUS.get(first or "")
    if not second:
        return None
    older, old = Vote(second, v.names), Vote(first, v.names)
    if older.day.year == old.day.year:
        return None
    side = rng.choice(["no", "abstain"])
    both = [s for s in old.side(side) if older.votes.get(s) == side]
    wrong = [s for s in old.names if s in old.votes and s in older.votes and old.votes[s] != side
             and older.votes[s] != side]
    if not both or (false and not wrong):
        return None
    pick = rng.sample(both, min(2, len(both))) + ([rng.choice(wrong)] if false else [])
    names = listed([v.name(s, cap=k == 0) for k, s in enumerate(pick)])
    verb = {"no": "voted against", "abstain": "abstained"}[side]
    years = (older.day.year, old.day.year)
    form = rng.choice([f"{names} {verb} in {years[0]} and in {years[1]}.", f"{names} had {verb} in {years[0]} and "
                       f"{years[1]} as well."])
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    abstentions = "one abstention" if a == 1 else f"{a} abstentions"
    lead = f"On {v.day.day} {v.day:%B %Y} the General Assembly voted on a resolution {v.topic}."
    return (f"It passed by {y} votes to {n}, with {abstentions}. {form}",
            [claim_tally(v, yes=y, no=n, abstain=a)]
            + [claim_position(vote, s, side) for vote in (older, old) for s in pick],
            (lead, v.day + timedelta(days=1)))
