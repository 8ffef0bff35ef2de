"""Paraphrase construction of the sixteenth hunt (thirty-first round, branch fahunt16): a yearly series' vote told with
no date and no symbol of its own, beside the first resolution of the series given in brackets after the Assembly's
earlier resolutions and their year. The claims are the vote's yes count and a state's abstention; the first
resolution is no vote the text reports and must never lend them its numbers."""

from __future__ import annotations

from paraphrase_votes import claim_count, claim_position

FIRST, SERIES = "47/19", "embargo against Cuba"  # the series in VOTES, and its first resolution (1992)


def series_first_in_brackets(v, rng, false=False):
    """(sentence, claims, (lead, no day)): the text appears with no day, as the page that made the false alarm did."""
    if SERIES not in v.topic or v.symbol == FIRST:
        return None
    y = v.counts["yes"] + (rng.choice([2, 3]) if false else 0)
    abstainers = [s for s in v.side("abstain") if s in v.names]
    abstained = f" {v.name(abstainers[0], cap=True)} abstained." if abstainers else ""
    sentence = rng.choice([
        f"{y} states voted in favour of the text, which Cuba has brought to the Assembly every year since 1992."
        f"{abstained} It regretted once more that, despite the Assembly's resolutions since 1992 (resolution {FIRST}), "
        "the embargo stands.",
        f"The text, tabled each year since 1992, drew {y} votes in favour.{abstained} As before, it recalled that the "
        f"embargo persists in spite of the Assembly's resolutions dating back to 1992 (resolution {FIRST}).",
        f"This year {y} countries backed it.{abstained} Its preamble notes that the Assembly's resolutions of 1992 and "
        f"every year since (resolution {FIRST} the first of them) have gone unheeded.",
    ])
    claims = [claim_count(v, "yes", y, "false" if false else "true")]
    if abstainers:
        claims.append(claim_position(v, abstainers[0], "abstain"))
    return sentence, claims, ("The UN General Assembly voted again on the US embargo against Cuba.", None)
