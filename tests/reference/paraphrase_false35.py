"""Families of the paraphrase set (make_paraphrases.py), thirty-fifth round (branch false35): a count in a sentence
that names the vote's year and its subject, in a text written years later that names no day of the vote ("In 2019,
when the Assembly voted on a text on X, N countries backed it"). Sentences of our own; the numbers come from the
store. The false variant gives a count three off: the year and the subject identify the vote, so it is called
false."""

from __future__ import annotations

from datetime import date

from paraphrase_votes import claim_count


def count_with_its_year(v, rng, false=False):
    """The yes count said with the year of the vote and its subject, in a text of four years later."""
    yes = v.counts["yes"] + (3 if false else 0)
    year = v.day.year
    forms = [f"In {year}, when the General Assembly voted on a text {v.topic}, {yes} countries backed it.",
             f"The Assembly's {year} resolution {v.topic} drew {yes} votes in favour.",
             f"A text {v.topic} was supported by {yes} member states of the General Assembly in {year}."]
    lead = "A look back at how the world body has voted."
    return rng.choice(forms), [claim_count(v, "yes", yes, truth="false" if false else "true")], \
        (lead, f"{date(year + 4, 3, 1):%Y-%m-%d}")
