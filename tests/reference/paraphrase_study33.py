"""holdout33's English families, first half (thirty-second round, branch study33), in our own sentences: a list of
states in Spanish, French, Portuguese or Italian quoted inside an English text; "A and B (still) remain the only N
states to oppose it"; "last night" between a subject and its verb; "A was one of a handful of nations to join B in
voting against"; "A has said more since 2016, when it voted against"; a remark in brackets before the colon of a
side's list. Written from templates, never copied."""

from __future__ import annotations

from paraphrase_families import side_states
from paraphrase_votes import _one_state, _pick, _wrong_state, claim_count, claim_position, listed

AND = {"es": "y", "fr": "et", "pt": "e", "it": "e"}


def _foreign_name(iso3: str, lang: str) -> str | None:
    """The state's short name in the language, as Unicode CLDR gives it (the press's usual form)."""
    from unga.claims.foreign_names import cldr_names

    return dict((iso3_, name) for name, iso3_ in cldr_names(lang)).get(iso3)


def quoted_foreign_list(v, rng, false=False):
    """'Abstentions:' then 'Argelia, Sudáfrica, Kazajistán, India y Namibia.' (a list as a foreign source printed it)."""
    vote = rng.choice(["no", "abstain"])
    lang = rng.choice(sorted(AND))
    states = side_states(v, rng, vote, 5, false)
    if not states:
        return None
    names = [_foreign_name(s, lang) for s in states]
    if None in names or len(set(names)) < len(names):
        return None
    heading = rng.choice([{"no": "Against:", "abstain": "Abstentions:"}[vote] + "\n",
                          {"no": "The countries that voted against were ", "abstain": "The countries that abstained were "}[vote]])
    sentence = heading + ", ".join(names[:-1]) + f" {AND[lang]} {names[-1]}."
    return sentence, [claim_position(v, s, vote) for s in states]


def remain_the_only(v, rng, false=False):
    """'A and B (still) remain the only two countries to oppose the resolution.'"""
    states = v.side("no")
    if not v.complete or not 2 <= len(states) <= 4 or len(states) != v.counts["no"]:
        return None
    if false:
        states = states[:-1] + [_wrong_state(v, rng, "no")]
    number = {2: "two", 3: "three", 4: "four"}[len(states)]
    verb = rng.choice(["remain", "still remain", "remained"])
    noun = rng.choice(["countries", "states", "nations"])
    tail = rng.choice(["to oppose the resolution", "to vote against it", "to continuously oppose the text"])
    sentence = f"{listed([v.name(s, cap=i == 0) for i, s in enumerate(states)])} {verb} the only {number} {noun} {tail}."
    claims = [claim_position(v, s, "no") for s in states]
    if not false:
        claims.append(claim_count(v, "no", len(states)))
    return sentence, claims


def last_night(v, rng, false=False):
    """'A and B last night voted against the resolution.'"""
    vote = rng.choice(["yes", "no", "abstain"])
    states = side_states(v, rng, vote, 2, false)
    if not states:
        return None
    verb = {"yes": "voted in favour of the resolution", "no": "voted against the resolution",
            "abstain": "abstained on the resolution"}[vote]
    when = rng.choice(["last night", "this morning", "last night"])
    return f"{listed([v.name(s, cap=i == 0) for i, s in enumerate(states)])} {when} {verb}.", [claim_position(v, s, vote) for s in states]


def one_of_a_handful(v, rng, false=False):
    """'A was one of a handful of nations to join B in voting against the resolution.'"""
    states = _pick(v, rng, "no", 2)
    if not states or v.counts["no"] > 30:
        return None
    joiner, leader = states
    if false:
        joiner = _wrong_state(v, rng, "no")
    group = rng.choice(["one of a handful of nations to join", "one of a few states to join",
                        "one of a small number of nations that joined"])
    tail = rng.choice(["in voting against the resolution", "in opposing the resolution"])
    sentence = f"{v.name(joiner, cap=True)} was {group} {v.name(leader)} {tail}."
    return sentence, [claim_position(v, joiner, "no"), claim_position(v, leader, "no")]


def when_it_voted(v, rng, false=False):
    """'Chile has said more on the matter since 2016, when it voted against the resolution.'"""
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    verb = {"yes": "voted for the resolution", "no": "voted against the resolution",
            "abstain": "abstained on the resolution"}[vote]
    opening = rng.choice(["has spoken more often on the matter since", "changed its tone in",
                          "has been quieter on the question since"])
    return (f"{v.name(state, cap=True)} {opening} {v.day.year}, when it {verb}.", [claim_position(v, state, vote)])


def remark_before_colon(v, rng, false=False):
    """'Seven voted against it (more than the year before): A, B and C.'"""
    vote = rng.choice(["no", "abstain"])
    states = v.side(vote)
    if not v.complete or not 2 <= len(states) <= 8 or len(states) != v.counts[vote]:
        return None
    if false:
        states = states[:-1] + [_wrong_state(v, rng, vote)]
    verb = {"no": "voted against it", "abstain": "abstained"}[vote]
    remark = rng.choice(["(fewer than its sponsors had feared)", "(more than the diplomats had counted on)",
                         "(the same states that voted so the time before)"])
    sentence = f"{len(states)} {verb} {remark}: {listed([v.name(s) for s in states])}."
    return sentence, [claim_position(v, s, vote) for s in states] + [claim_count(v, vote, len(states))]
