"""Counts implied by an exclusive list: "only A, B and C voted against", "with A alone abstaining", "A was the only
country to oppose it" say that the states named are all the states that cast that vote, so the vote's count is
their number. The states' votes come from `positions`; this module only reads the word that closes the list.

The count is given only when the sentence names no other state with the same vote ("A and B were the only two to
vote with C against it" is three, not two) and nothing adds to the list ("and others", "N other countries").
"""

from __future__ import annotations

import re

from unga.claims import cited, positions, regions
from unga.claims.names import mentions

# the word before the list: "Only the US and Israel …", "opposed only by A and B", "with only A voting against"
# … and "was only opposed by A, B and C" (the verb between "only" and "by"), "went through with sole objections by A and B"
ONLY_BEFORE = re.compile(r"(?<!\bnot\s)(?<!\bif\s)(?:\bonly\s+(?:(?:opposed|rejected|supported|backed|endorsed)\s+by\s+|by\s+)?"
                         r"|\b(?:sole|only|lone)\s+objections?\s+(?:by|from|of)\s+)(?:the\s+)?$", re.I)
# the words after it: "A alone abstaining", "A and B were the only (two) countries to oppose it"
ALONE_AFTER = re.compile(r"^\s*,?\s*alone\b", re.I)
THE_ONLY_AFTER = re.compile(r"^\s*(?:,[^,;:]{1,80},\s*)?(?:was|were|(?:still\s+)?remain(?:s|ed)?)(?:\s+(?:also|again))?\s+the\s+only\s+(?:(?P<n>\d{1,2})\s+)?(?:other\s+)?"
                            r"(?:countries|country|states?|nations?|members?|member\s+states?|delegations?|governments?)"
                            r"\s+(?:to|that|which|who)\b", re.I)
# "A and B (again) casting the only negative votes", "A cast the only abstention": the votes said to be the only ones
CAST_THE_ONLY = re.compile(r"^\s*,?\s*(?:(?:again|also|each|both)\s+)?(?:cast|casts|casting)\s+the\s+only\s+"
                           r"(?:(?:negative|no|dissenting|opposing|affirmative|yes)\s+votes?|votes?\s+against|abstentions?)\b"
                           r"(?!\s+(?:among|amongst|of|within|from|in)\s)", re.I)  # "… among its neighbours": of a group
TALLY_BESIDE = re.compile(r"\b\d{1,3}\s+(?:votes?\s+)?(?:to|against)\s+\d{1,3}\b|\b\d{1,3}\s*[-–]\s*\d{1,3}\b")
# … or as the label before it: "The only (two) states to vote against it were A and B"
THE_ONLY_BEFORE = re.compile(r"\bthe\s+only\s+(?:(?P<n>\d{1,2})\s+)?(?:countries|states|nations|members|member\s+states"
                             r"|delegations|governments)\s+(?:to|that|which|who)\s+[^.;:]{1,60}?\s+(?:were|was)\s+(?:the\s+)?$",
                             re.I)
PLURAL = re.compile(r"\b(?:were|countries|states|nations|members|delegations|governments)\b", re.I)
MORE = re.compile(r"^\s*,?\s*(?:and|or|plus|along\s+with|as\s+well\s+as|with)\s+(?:\d{1,3}\s+|a\s+few\s+|several\s+)?"
                  r"(?:others?|other\s+\w+|more)\b|^\s*,?\s*(?:among\s+others|etc)\b", re.I)
# "Of NATO's 16 members, only Spain …", "Among European states, only A and B …": all of a group, not of the vote
SUBGROUP = re.compile(r"\b(?:of|among|amongst|within|from|in(?!\s+(?:19|20)\d\d\b))\s[^,;:.]{1,80},\s*(?:only\s+(?:by\s+)?(?:the\s+)?)?$",
                      re.I)
# "EU countries were split, with only Czechia voting against", "Arab states …, only A": the exclusive list is a named
# group's, not the whole vote's
GROUP = re.compile(r"\b(?:[A-Z][\w.'’()-]*\s+){1,4}(?:countries|states|nations|members|member\s+states|delegations|governments)\b")
# "… and 22 EU nations abstained. Only A and B voted against": the sentence before counts a named group's states,
# so an exclusive list after it, with no number of its own, is that group's part, not the whole vote's
COUNTED_GROUP = re.compile(r"\b\d{1,3}\s+(?:other\s+)?(?:[A-Z][\w.'’()-]*\s+){1,4}"
                           r"(?:countries|states|nations|members|member\s+states)\b")
# "opposed only by the US and its allies": the list goes on in words we do not read as a state
GOES_ON = re.compile(r"^\s*,?\s*(?:and|or|plus|along\s+with|as\s+well\s+as|together\s+with)\b", re.I)
NOTE = "counted from an exclusive list ('only A and B', 'A alone')"


def _subgroup(before: str) -> bool:
    """"Of NATO's members, only A": a group's part; not "For the resolution on ocean law (57/141), only A", whose
    words before the list name the vote itself by its symbol."""
    match = SUBGROUP.search(before)
    return match is not None and not any(symbol.removeprefix("A/RES/") in match.group(0)
                                         for symbol in cited.symbols_in(before))


def exclusive_counts(sentence: str, stated: list, before: str | None = None) -> list[tuple[dict, str | None]]:
    """The counts (with the time of their clause) the sentence's exclusive lists imply, from the votes `stated`
    gives their states; none when the sentence goes on about the region the sentence `before` opened with, or
    about the named group whose states that sentence counted."""
    if regions.carried_from(before, sentence) \
            or before and COUNTED_GROUP.search(before) and not regions.NUMBER.search(sentence):
        return []
    votes: dict[str, set] = {}
    for p in stated:
        votes.setdefault(p.iso3, set()).add(p.vote)
    found = mentions(sentence)
    out = []
    for run in positions.lists(sentence, found):
        before, after = sentence[:run[0].start], sentence[run[-1].end:]
        the_only = THE_ONLY_AFTER.match(after) or THE_ONLY_BEFORE.search(before)
        if not (ONLY_BEFORE.search(before) or ALONE_AFTER.match(after) or the_only or CAST_THE_ONLY.match(after)) \
                or MORE.match(after) \
                or GOES_ON.match(after) or _subgroup(before[-120:]) or GROUP.search(before) \
                or regions.counted_in_a_region(sentence, run[0].start, run[0].start):
            continue
        if CAST_THE_ONLY.match(after) and TALLY_BESIDE.search(sentence):
            continue  # "It passed by 141 votes to 5; A cast the only dissenting vote": the tally counts, not the list
        ids = {m.iso3 for m in run}
        run_votes = set().union(*(votes.get(i, set()) for i in ids))
        if len(run_votes) != 1 or not ids <= votes.keys():
            continue
        vote = next(iter(run_votes))
        if vote not in ("yes", "no", "abstain") or any(vote in v for i, v in votes.items() if i not in ids):
            continue  # another state with the same vote: the list is not all of them
        if the_only and (the_only["n"] and int(the_only["n"]) != len(ids) or len(ids) == 1 and PLURAL.search(the_only[0])):
            continue  # "A and B were the only three …", or "… A were the only countries to …": a list cut short
        when = next(p.when for p in stated if p.iso3 in ids)
        out.append(({"field": vote, "op": "=", "value": len(ids)}, when))
    return out
