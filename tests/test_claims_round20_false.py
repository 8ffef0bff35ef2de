"""Twentieth round, branch false4: false statements held back by a guard that did not apply (issue 9, "every false
statement about a vote in the record caught"; docs/claims-misses.md, "False statements not caught (twentieth round,
branch false4)"), and the one place that says whether two spans of a text are of one paragraph. Sentences of our own;
for each loosened guard the traps where it must still hold."""

from __future__ import annotations

from unga.claims import text


# --- one paragraph: the one question check.py asks three ways before ---

def test_one_paragraph_is_broken_only_by_a_blank_line():
    body = "The Assembly voted on Monday.\nThe US abstained.\n \nIn 2016 it voted too."
    second, third = body.index("The US"), body.index("In 2016")
    assert text.one_paragraph(body, 0, second + 5)  # a line break alone is no paragraph's end
    assert not text.one_paragraph(body, second, third + 5)  # a blank line, even with a space on it, is
    assert text.paragraph_around(body, (second, second + 17)) == "The Assembly voted on Monday.\nThe US abstained."
    assert text.paragraph_around(body, (third, len(body))) == "In 2016 it voted too."
