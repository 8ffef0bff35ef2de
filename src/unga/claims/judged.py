"""One claim judged on the roll call it was placed on: the entry `unga check` returns, with the verdict
(claims/verdict.py), the record behind it and the candidates. A contradiction stands only on a roll call identified
beyond doubt (claims/check.py places them); otherwise the claim stays unverifiable, with the reason.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np

from unga import countries
from unga.claims import (cited, clues, companions, deed, extract, identify, late_change, listed, numbers, polarity, widen,
                         year_subject, year_table)
from unga.claims import verdict as check_verdict
from unga.claims.doubt import OF_ITS_YEAR, OTHER_VOTES, independent, miscount_of_the_day, near, numbers_of, published_counts
from unga.claims.lacking import REASON_OTHER_BODY, other_body_reason  # noqa: F401 (REASON_OTHER_BODY: its old home)
from unga.claims.unplaced import why_unplaced
from unga.claims.when import OWN_TIME, YEAR_ANY, clause_year, months_named, sole_vote_of_its_time

ORDER_NOTE = ("; read with the larger number as the yes: the sentence tells the vote by the side that won and does not "
              "say which number is the proposal's yes")


def state_on(claim: extract.Claim, day: date) -> str | None:
    """The state the claim's name denotes on the vote's day ("Yugoslavia", "Russia" on a Soviet vote). A name another
    language's reader gave a state that the concordance knows only as another's keeps its reading: the Vietnamese
    "Nga" is Russia, not Nigeria's code."""
    if not claim.name or claim.state not in countries.meanings_between(claim.name, date.min, date.max):
        return claim.state
    return countries.lookup(claim.name, on=day) or claim.state


def on_roll_call(index, claim, row, ranked, votes, anchored: set[int], published: date | None, scorer=None,
                 told: set | None = None, body: str = "", paragraph: str = "") -> dict:
    """The claim's entry, judged on roll call `row` (None: placed on none) against its votes and published counts;
    ranked: the candidates, best first; anchored: the roll calls the text pins down; paragraph: the claim's
    paragraph."""
    candidates = [{"resolution": index.symbols[i], "rcid": index.rcids[i],
                   "date": index.dates[i], "kind": index.kinds[i], "score": round(score, 1), "why": why}
                  for score, i, why in ranked[:3]]
    entry = {"kind": claim.kind, "text": claim.text, "span": list(claim.span), "resolution": None,
             "state": claim.state, "asserted": claim.asserted, "verdict": "unverifiable",
             "evidence": {"candidates": candidates, "notes": claim.notes}}
    if claim.scope == "other body":
        entry["evidence"]["record"] = other_body_reason(claim.text)
        return entry
    if row is None:
        entry["evidence"]["record"] = why_unplaced(index, claim, ranked, published)
        return entry
    on_deed = deed.side_on_deed(claim)
    if on_deed:
        entry["evidence"]["record"] = on_deed
        return entry
    rcid, day = index.rcids[row], index.dates[row]
    found = votes(row)
    state = state_on(claim, day)
    entry["state"] = state
    relative = False
    if claim.kind == "position" and ":" in claim.asserted["vote"]:
        side = polarity.side(index.title_text[row], body, claim)
        if side is None and (side := polarity.by_own_vote(claim.asserted["vote"], claim.text, found)):
            relative = True  # "A backed Russia": Russia's side; never called false (polarity.by_own_vote)
        if side is None:
            entry["evidence"]["record"] = ("a vote for or against a state, and neither the roll call's title nor the text "
                                           "makes that state a party the resolution judges or stands for: not read as a "
                                           "side on the resolution")
            return entry
        claim = dataclasses.replace(claim, asserted={"vote": side})
        entry["asserted"] = claim.asserted
        entry["evidence"]["notes"] = [*claim.notes, polarity.OWN_VOTE_NOTE.format(side=side) if relative else
                                      "a vote for or against the state the resolution is about, "
                                      f"read as a side on the resolution: {side}"]
    on_the_list, announced = counts(found), published_counts(index, row)
    judged_on = on_the_list | announced  # the published counts win over the list's
    verdict, said = check_verdict.judge(claim.kind, claim.asserted, state, judged_on, found,
                                        countries.short_names().get(state or "", ""))
    if verdict == "contradicted" and claim.kind == "tally" and {"yes", "no"} <= claim.asserted.keys() \
            and numbers.sides_assumed(claim.text):
        # "declined, by 24 votes to 15, to include": the larger number was taken as the no, an order the sentence
        # does not make certain (the vote recorded may be a motion whose yes defeated the proposal): the other
        # order, when it is exactly the record's, is the reading
        other_way = {**claim.asserted, "yes": claim.asserted["no"], "no": claim.asserted["yes"]}
        other_verdict, other_said = check_verdict.judge("tally", other_way, None, judged_on, found)
        if other_verdict == "supported":
            claim = dataclasses.replace(claim, asserted=other_way)
            entry["asserted"] = other_way
            verdict, said = "supported", other_said + ORDER_NOTE
    if verdict == "contradicted" and (why := check_verdict.beyond_the_members(claim.kind, claim.asserted, on_the_list)):
        verdict, said = "unverifiable", f"{said}; {why}"
    if verdict == "contradicted" and (why := listed.agrees_with_the_list(claim.kind, claim.asserted, on_the_list,
                                                                         announced)):
        verdict, said = "unverifiable", f"{said}; {why}"
    if verdict == "contradicted" and (why := late_change.counted(claim.kind, claim.asserted, judged_on, claim.text)):
        said = f"{said}; {why}"  # still false: the record's count is the result (late_change.py)
    if relative and verdict == "contradicted":
        verdict, said = "unverifiable", said + "; " + polarity.OWN_VOTE_REFUSED
    own_symbol = bool(ranked) and ranked[0][0] >= 100 and bool(cited.symbols_in(claim.text))
    if verdict == "contradicted" and claim.kind == "tally" and not own_symbol and year_table.FIRM not in claim.notes \
            and not own_match(index, claim, row, ranked) and not near(index, claim, row):
        verdict = "unverifiable"  # far from every count: most likely another vote (a motion, an earlier year)
        said += "; the numbers are far from this roll call's, so the tally is probably about another vote"
    elif verdict == "contradicted" and row not in anchored and count_of_its_year(index, scorer, claim, row, published,
                                                                                 paragraph):
        claim.notes.append(OF_ITS_YEAR)  # its own year and words place it: no tie another claim's numbers broke
    elif verdict == "contradicted" and row not in anchored and not own_match(index, claim, row, ranked) \
            and not miscount_of_the_day(index, scorer, claim, row, published) and not widen.retells(claim, row, told) \
            and not day_told_around(index, claim, row, published, paragraph) \
            and not news_of_its_day(index, scorer, claim, row, published):
        verdict = "unverifiable"
        said += ("; but the roll call is not identified beyond doubt (no symbol, and no tally in the text that "
                 "matches it), so the claim is not called false")
    entry.update(resolution=index.name(row), verdict=verdict)
    # counts: the roll call's list of votes; tally: the counts the verdict was judged against (published, where the
    # sources give them, else the list's)
    entry["evidence"].update(record=said, rcid=rcid, date=day, kind=index.kinds[row], counts=on_the_list,
                             tally=judged_on, vote=found.get(state) if state else None)
    return entry


def _timeless_near(index: identify.Index, claim: extract.Claim, row: int, published: date | None) -> bool:
    """A count ("=") or tally of no time of its own (no year, month, day or "last year" in its sentence; "this time" is
    the vote reported), every number within 3 (5%) of the vote's. A count the sentence's states make is one only when its sum is sure: "A abstained
    along with 40 other countries" (41), not "A, along with 40 countries" (40 or 41) nor absences from "N present"."""
    if claim.kind not in ("count", "tally") or (claim.kind == "count" and claim.asserted.get("op") != "=") \
            or not _sure_sum(claim) or claim.when not in (None, "this") or clause_year(claim) is not None \
            or OWN_TIME.search(claim.text) or months_named(claim.text) or clues.days_named(claim.text, published):
        return False
    return near(index, claim, row)


def _sure_sum(claim: extract.Claim) -> bool:
    return extract.DERIVED not in claim.notes or (companions.WITH_OR_WITHOUT not in claim.notes
                                                  and claim.asserted.get("field") in ("yes", "no", "abstain"))


def day_told_around(index: identify.Index, claim: extract.Claim, row: int, published: date | None,
                    paragraph: str) -> bool:
    """A count or tally near the vote's, of no time of its own, in a paragraph that names the day of the vote, the
    record's only vote within a day of it: "The Assembly on Wednesday voted to reprimand Russia. South Africa along
    with 33 other countries abstained." (35 did), "124 yes, 42 abstentions. On July 28, 2010, the Assembly declared
    …" (122 and 41): a miscount of that vote."""
    return bool(paragraph) and _timeless_near(index, claim, row, published) \
        and sole_vote_of_its_time(index, claim, {}, row, published, paragraph, equal=False)


def year_told_before(index: identify.Index, claim: extract.Claim, row: int, published: date | None,
                     upto: str) -> bool:
    """A tally near the vote's, two of its numbers equal to it, of no time of its own, in a paragraph whose one year,
    named before it, is the vote's, no other vote of that year as close: "In 2007 the Movement tabled a resolution on
    … . The resolution passed by 136 votes to six, with 36 abstentions." (five against): a miscount of that year's
    vote, not a later one the record lacks (`when.far_from`), unless the paragraph speaks of a committee, an amendment,
    a part or a motion. upto: the claim's paragraph up to the end of its sentence."""
    years = {int(y) for y in YEAR_ANY.findall(upto)}
    if claim.kind != "tally" or years != {index.dates[row].year} or OTHER_VOTES.search(upto) \
            or not _timeless_near(index, claim, row, published):
        return False  # a committee's, an amendment's or a part's vote of that year may be one the record lacks
    said = numbers_of(claim)

    def equal(i: int) -> int:
        counts = published_counts(index, i)
        return sum(counts.get(k) == v for k, v in said.items())

    own = equal(row)
    rivals = [int(i) for i in np.flatnonzero(index.years == index.years[row]) if int(i) != row]
    return own >= 2 and not any(equal(i) >= own and near(index, claim, i) for i in rivals)


def count_of_its_year(index: identify.Index, scorer, claim: extract.Claim, row: int, published: date | None,
                      paragraph: str) -> bool:
    """A count near the vote's, in a sentence that names the vote's one year, on a roll call that year and subject put
    first with a clear lead (the text's dates and words, `independent`, or the sentence's own words among the votes
    of its year, `year_subject.best`), in a paragraph that speaks of no committee, amendment, part or motion: "In 2019,
    when the Assembly took up the text on X, 150 countries backed it" (153 did) is a miscount of that year's vote. The
    count's own number, false, points at no vote: the year and the subject identify it."""
    if scorer is None or not _sure_sum(claim) or OTHER_VOTES.search(paragraph or claim.text) \
            or year_subject.one_year(claim, published) != index.dates[row].year:
        return False
    return near(index, claim, row) and (independent(index, scorer, claim, row, published)
                                        or year_subject.best(index, claim, index.dates[row].year) == row)


def news_of_its_day(index: identify.Index, scorer, claim: extract.Claim, row: int, published: date | None) -> bool:
    """A count or tally near the vote's, of no time of its own, in a text published on the day of the vote or the
    day after, the record's only vote within a day of it, which date and topic alone put first with a clear lead:
    "The Assembly has passed a declaration on indigenous rights. One hundred forty nations voted in favor." (143
    did), the news of that vote."""
    if published is None or scorer is None or not 0 <= (published - index.dates[row]).days <= 1 \
            or not _timeless_near(index, claim, row, published):
        return False
    gap = np.abs((index.day_numbers - np.datetime64(index.dates[row], "D")).astype(int))
    return int(np.sum(gap <= 1)) == 1 and independent(index, scorer, claim, row, published)


def own_match(index: identify.Index, claim: extract.Claim, row: int, candidates: list) -> bool:
    """The claim's own numbers point at the roll call (one or more equal), with a clear lead."""
    counts = published_counts(index, row)
    if not any(counts.get(k) == v for k, v in numbers_of(claim).items()):
        return False
    return len(candidates) < 2 or candidates[0][0] - candidates[1][0] >= identify.MARGIN


def counts(votes: dict[str, str]) -> dict[str, int]:
    values = list(votes.values())
    return {v: values.count(v) for v in ("yes", "no", "abstain", "absent")}
