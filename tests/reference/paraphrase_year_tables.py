"""The twenty-ninth round's family (branch false13), in our own tables: a yearly series' tallies set out one row a
year after this year's tally, a row a line or, as page extraction flattens a table, a value a line (year_table,
series_place.table_rows). The false variant gives one earlier year's row a wrong number of abstentions. A sentence
follows the table: a text that ends on a table without a full stop is read as cut short, and nothing in its last
sentence is called false (doubt.doubt)."""

from __future__ import annotations

from datetime import timedelta

from paraphrase_votes import PREVIOUS, Vote, claim_tally

HEADERS = (("Year", "In favour", "Against", "Abstentions"), ("Year", "For", "Against", "Abstain"),
           ("Year", "Yes", "No", "Abstaining"))


def year_table_of_a_series(v, rng, false=False):
    """This year's tally, then the series' votes of four or five years in a table, oldest first (English)."""
    chain = [v]
    while len(chain) < 5 and PREVIOUS.get(chain[-1].symbol):
        chain.append(Vote(PREVIOUS[chain[-1].symbol], v.names))
    if len(chain) < 4 or len({old.day.year for old in chain}) < len(chain):
        return None
    chain.reverse()
    said = [dict(yes=old.counts["yes"], no=old.counts["no"], abstain=old.counts["abstain"]) for old in chain]
    wrong = rng.randrange(len(chain) - 1) if false else None
    if wrong is not None:
        said[wrong]["abstain"] += rng.choice([2, 3, 5])
    header = rng.choice(HEADERS)
    cells = [[str(old.day.year), *(str(s[k]) for k in ("yes", "no", "abstain"))] for old, s in zip(chain, said)]
    if rng.random() < 0.5:
        table = " | ".join(header) + "\n" + "\n".join(" | ".join(row) for row in cells)
    else:
        table = "\n".join(header) + "\n" + "\n".join("\n".join(row) for row in cells)
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    lead = f"On {v.day.day} {v.day:%B %Y} the General Assembly voted on a resolution {v.topic}."
    abstentions = "one abstention" if a == 1 else f"{a} abstentions"
    sentence = f"It passed by {y} votes to {n}, with {abstentions}. The vote over the years:\n{table}\n" + rng.choice(
        ["The resolution is not binding.", "Washington has kept the embargo in place.", "The next vote is due in a year."])
    claims = [claim_tally(v, yes=y, no=n, abstain=a)] + [
        claim_tally(old, "false" if k == wrong else "true", **s) for k, (old, s) in enumerate(zip(chain, said))]
    return sentence, claims, (lead, v.day + timedelta(days=1))
