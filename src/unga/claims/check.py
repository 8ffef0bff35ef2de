"""A text's claims, each placed on its roll call and judged: the library side of `unga check`.

A verdict of *contradicted* needs a roll call identified beyond doubt: a symbol in the text, or counts that
match it (the claim's own, or a tally of the same text that matches it in full), with a lead over the next
candidate. Anything less stays *unverifiable*, with the reason and the candidates.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np

from unga.claims import (alternatives, anachronism, calendars, cited, clause_votes, clues, extract, fingerprint,
                         identify, in_doubt, judged, learned, likeness, loose_motion, named_subject, names, offtopic,
                         one_vote, ordinals, participation, points_back, polarity, reading, release_place, released,
                         scope, sentence_fit, several, targets, ties, vote_reads, widen)
from unga.claims.doubt import (SPLIT_TALLY_ELSEWHERE, changed_on_one, doubt, false_either_way, fits_pinned, hold_back,
                               near, never_false_noted, numbers_of, other_votes, off_their_year, published_counts,
                               split_tally_disagrees, torn, vaguely_before)
from unga.claims.lacking import agenda_vote, committee_of, committee_only, explain_unrecorded
from unga.claims.unplaced import HELD_LATER, UNRECORDED, committee_vote
from unga.claims.series_place import YEAR_MOVED, series_rows, table_rows
from unga.claims.when import (COMPARED, clause_times, clause_year, far_from, newest_pinned, of_its_time, pins_itself,
                             recent_day_unrecorded, sole_vote_of_its_time, the_latest, time_of, told_before, year_scope)
from unga.claims import text as claim_text
from unga.claims.together import after_unplaced_tally, names_another, paragraph_text, place_together, tally_before

def _iso_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _fingerprint(claim: extract.Claim, claims: list[extract.Claim]) -> dict[str, int]:
    """The numbers that identify a claim's roll call: its own, and the other counts of its sentence that name the
    same time ("32 abstained while 141 voted in favour" is one vote), and of the lines next to it when the tally is
    laid out a line per number."""
    numbers = dict(numbers_of(claim))
    if claim.kind != "count":
        return numbers
    numbers.update(widen.laid_out(claim, claims))  # a tally laid out a line per number
    for other in claims:
        if other.sentence == claim.sentence and other.when == claim.when and other.kind == "count":
            for key, value in numbers_of(other).items():
                numbers.setdefault(key, value)
    return numbers


def _with_its_counts(claim: extract.Claim, claims: list[extract.Claim]) -> dict[str, int]:
    """A list's fingerprint: the numbers of its sentence's counts and tally of the same time ("Only five states
    voted no: A, B, C, D and E" ranks the votes with five against)."""
    numbers = dict(_fingerprint(claim, claims))
    for other in claims:
        if other.sentence == claim.sentence and other.when == claim.when and other.kind in ("count", "tally"):
            for key, value in _fingerprint(other, claims).items():
                numbers.setdefault(key, value)
    return numbers


LISTED = 3  # state names in one sentence of a vote claim: a list of how states voted


def _without_lists(spans: list, found: list[extract.Claim]) -> str:
    """The Assembly's sentences, those of a vote claim that name three states or more without the states' names: a
    list of voters names no subject ("18 abstained: Sudan, South Africa, Cuba …" is no text about South Africa),
    while one or two states named with their vote ("Israel and the US voted against") may be the subject's too."""
    voted = {claim.sentence for claim in found if claim.kind in ("tally", "count", "position")}
    kept = []
    for n, (_, _, sentence) in enumerate(spans):
        if scope.scope_of(sentence) == "other body":
            continue
        listed = sorted(names.mentions(sentence), key=lambda m: m.start) if n in voted else []
        if len(listed) >= LISTED:
            ends = [0] + [m.end for m in listed]
            sentence = "".join(sentence[end:m.start] for end, m in zip(ends, listed) if m.start >= end) + \
                sentence[max(ends):]
        kept.append(sentence)
    return "\n".join(kept)


def check(text: str, index: identify.Index, votes_of: vote_reads.StoreVotes, published: date | None = None,
          releases: list[dict] | None = None, doubts: in_doubt.Doubts | None = None) -> tuple[str, list[dict]]:
    """(the plain text, one entry per claim and per vote sentence without a checkable claim). releases: recorded
    votes the record lacks, as UN releases report them (claims/released.py judges the claims it leaves unplaced);
    doubts: states' votes the record holds in doubt (claims/in_doubt.py)."""
    body, page_date = claim_text.page(text)
    body = reading.without_controls(body)
    spans = claim_text.sentences(body)
    found = polarity.targets(extract.extract(body, spans), spans)  # sides taken on states, in one place
    found = learned.with_readings(found, spans)  # the states no rule read, if the model reads them surely
    participation.mark_counts(found, body)  # "44 did not take part": absentees, or maybe the abstainers
    clause_times(found)  # "last year, A …, while this year A …": each part of a sentence its own time
    if scope.council_text([s for _, _, s in spans]):  # a text of a council's vote alone
        for claim in found:
            claim.scope = "other body"
    assembly_text = "\n".join(s for _, _, s in spans if scope.scope_of(s) != "other body")
    appeared = published or _iso_day(page_date)
    published = calendars.to_the_day(published, calendars.dateline(body)) or _iso_day(page_date)
    context = dataclasses.replace(clues.read_context(assembly_text, published), appeared=appeared,
                                  topic=clues.topic_of(_without_lists(spans, found)))
    scorer = identify.Scorer(index, context)
    ranked = [identify.identify(index, context, c.text, _fingerprint(c, found), scorer, *_scope(c, spans, body, published))
              if c.scope != "other body" else (None, []) for c in found]
    ranked = loose_motion.motion_as_resolution(index, found, ranked, body, lambda c: identify.identify(
        index, context, c.text, _fingerprint(c, found), scorer, *_scope(c, spans, body, published)))
    ranked = widen.recent_together(found, ranked, scorer)
    rows = [row for row, _ in ranked]
    votes = vote_reads.TextVotes(index, votes_of)

    ranked = widen.list_chooses(index, found, ranked, votes, lambda c: scorer.rank(
        _with_its_counts(c, found), widen.LIST_RANKED, **dict(zip(("year", "scope", "month", "days"),
                                                            _scope(c, spans, body, published)))), appeared, scorer)
    text_days = clues.days_named(assembly_text, published)
    official = released.releases_of(releases or [])
    ranked, fitted = sentence_fit.place(index, found, ranked, votes, scorer, appeared,  # its numbers and states
                                        [o.date for o in official])
    fingerprints = [_fingerprint(c, found) for c in found]
    # numbers that fit a vote known only from a UN release, and not the roll call found, are that vote's
    rows, on_release = release_place.unplace(index, found, [row for row, _ in ranked], fingerprints, official,
                                             text_days, appeared or published)
    paragraphs = _paragraphs(body, spans)
    for before, claim in zip(found, found[1:]):
        if extract.LIST_ITEM_NOTE in claim.notes:  # "(2) Belarus" on its own line belongs to its heading's paragraph
            paragraphs[claim.sentence] = paragraphs[before.sentence]
    rows, tie_broken = ties.break_ties(index, found, rows, ranked, paragraphs.__getitem__,
                                         lambda n: spans[n][2], scorer.dates)  # numbers settle ties
    anchored = _anchored(index, found, rows, ranked, votes)
    rows, series, weak = _series(index, found, rows, ranked, anchored, published)
    # a paragraph identifies its roll call by its own numbers or symbol, or by its own topic words when they point,
    # with the text's dates, at the vote the text pins down elsewhere
    own_rows = {(paragraphs[c.sentence], row) for n, (c, row, (_, cand)) in enumerate(zip(found, rows, ranked))
                if row is not None
                and (c.kind in ("tally", "count") or (cand and cand[0][0] >= 100 and cited.symbols_in(c.text))
                     or (row in anchored and index.topic(row, clues.stems(c.text)) >= OWN_TOPIC)
                     or (row in anchored and _paragraph_names(index, row, paragraph_text(c, body), published))
                     or n in series)}
    rows = place_together(index, found, rows, anchored, published, text_days, body, _likely(index, found, rows), spans,
                           paragraphs.__getitem__, votes, fitted)
    rows = widen.off_their_tally(index, found, rows)  # a list hung on a tally that does not fit its roll call
    rows = widen.other_vote_of_the_day(index, found, rows, votes)  # a borrowed list that fits another vote that day
    rows = widen.announced_next(index, found, rows, anchored, spans)  # "will now vote on …": the list is the next vote's
    rows = widen.to_pinned_sibling(index, found, rows, anchored, published,  # not the series' older vote
                                   lambda c: _scope(c, spans, body, published)[0] is not None)
    rows = off_their_year(index, found, rows, published)  # "In 2023, four voted no": not a year's vote of 44 against
    for n, (c, row) in enumerate(zip(found, rows)):  # "93 in favour. 18 against, 65 abstained.": not a vote of 93-1-0
        if c.kind == "count" and row is not None and split_tally_disagrees(index, c, row, found, wholly=True) \
                and not cited.symbols_in(c.text):
            rows[n] = None
            c.notes.append(SPLIT_TALLY_ELSEWHERE)
    rows = widen.named_again(found, rows, [s for _, _, s in spans])  # "… 10 abstained. These were A, B, …"
    rows, pointed = points_back.place(index, found, rows, anchored, lambda n: spans[n][2],  # "181 voted to approve it"
                                      lambda a, b: b < len(spans) and paragraphs[a] == paragraphs[b])
    rows = ordinals.place(index, found, rows, anchored)  # "abstained on the first resolution and voted for the second"
    rows = named_subject.place(index, found, rows, ranked)  # "… also voted against a resolution on Crimea"
    # the vote before the one reported ("changed from against to for") is its series' vote before, or none
    rows = [None if c.when == "before" and n not in series else row for n, (c, row) in enumerate(zip(found, rows))]
    # "passed on Monday", when the record has no vote that day: the text reports a vote the record lacks, and its
    # claims that name no time of their own are about that vote, not an older one on its subject
    lacking = any(recent_day_unrecorded(index, c, published) for c in found)
    for n, (c, row) in enumerate(zip(found, rows)):
        if row is not None and lacking and far_from(published, c, index.dates[row]) \
                and not pins_itself(index, c, row, body[spans[max(0, c.sentence - 1)][0]:c.span[1]], published):
            rows[n] = None
            c.notes.append(UNRECORDED)
    # a text of a Main Committee's vote alone: its claims that name no time of their own are about the committee's
    # vote, which the record lacks, and not about a plenary vote their numbers or subject fit, unless the text names
    # that vote's resolution by its symbol
    reported = committee_of(body)  # the one Main Committee whose vote the text reports, if any
    committee = committee_only(body, reported)
    for n, (c, row) in enumerate(zip(found, rows)):
        if row is not None and committee and c.when is None and clause_year(c) is None \
                and not _symbol_in(index, row, body):
            rows[n] = None
            c.notes.append(committee_vote(committee))
    # "The General Committee then met again … A motion backed only by A and B failed.": told after the text turns to a
    # committee's meeting, the committee's vote (the record lacks it), not the plenary's, unless its own tally is
    plenary = {c.sentence for c, row in zip(found, rows) if c.kind == "tally" and row in anchored
               and index.agrees_all(row, c.asserted)}  # its own numbers the vote's, not a committee's beside it
    told_in_committee = scope.in_committee([s for _, _, s in spans], plenary)
    for n, (c, row) in enumerate(zip(found, rows)):
        if row is not None and c.sentence in told_in_committee and not _symbol_in(index, row, c.text) \
                and not (c.kind == "tally" and len(c.asserted) >= 2 and index.agrees_all(row, c.asserted)):
            rows[n] = None
            c.notes.append(scope.IN_COMMITTEE)
    # no claim is about a vote held after the text appeared, whichever step placed it: it reports an earlier stage
    # (a committee's vote) or foretells the vote ("two abstentions will change"); unless its paragraph names that
    # vote's symbol, when it is the text's date that is early (a page dated by its first edition, a later note)
    for n, (c, row) in enumerate(zip(found, rows)):
        if row is not None and identify.held_after(index, row, appeared) \
                and not _symbol_in(index, row, paragraph_text(c, body)):
            rows[n] = None
            c.notes.append(HELD_LATER)
    rows = offtopic.unplace(index, found, rows, body)  # a tally near a symbol-less vote of another subject
    rows = after_unplaced_tally(index, found, rows, body, published)
    rows = clause_votes.place(index, found, rows, anchored)  # "on A (111 to 1); on B (114 to 1, X abstaining)": B's vote
    rows = table_rows(index, found, rows, anchored)  # "Year | For | Against | Abstentions", a row a year
    for n, (c, row) in enumerate(zip(found, rows)):  # a vote on the agenda is none of the resolutions the text names
        if row is not None and index.symbols[row] and agenda_vote(c.text) and not _symbol_in(index, row, c.text):
            rows[n] = None
    others = other_votes(body, found, rows, index, published)
    told = widen.told_in_tally(index, found, rows, _likely)
    listed = fingerprint.listed_on_its_tally(index, found, rows, _likely(index, found, rows) | {
        row for c, row in zip(found, rows) if c.kind == "tally" and row is not None and extract.HEDGED not in c.notes
        and judged.news_of_its_day(index, scorer, c, row, published)}, votes)
    in_its_year = fingerprint.listed_in_its_year(index, found, rows, ranked, votes)  # "These four had also … in 2007"
    listed |= in_its_year
    out = [judged.on_roll_call(index, claim, row, candidates, votes,
                               anchored | set(series.values()) | ({row} if n in listed else set()), published, scorer,
                               told, body, paragraph_text(claim, body))
           for n, (claim, row, (_, candidates)) in enumerate(zip(found, rows, ranked))]
    two_votes, either_way = torn(found), false_either_way(found, rows, votes)
    one_row = changed_on_one(found, rows)
    owns = []
    for n, (entry, claim, row, (_, candidates)) in enumerate(zip(out, found, rows, ranked)):
        # a list that names most of one side of the vote the text pins down is its own evidence of that vote
        own = ((paragraphs[claim.sentence], row) in own_rows or _symbol_in(index, row, paragraph_text(claim, body))
               or (row is not None and widen.retells(claim, row, told))
               or (row in anchored and entry["verdict"] == "contradicted"
                   and (fingerprint.identifies(index, claim, row, found, rows, votes)
                        or fingerprint.sibling_identifies(index, claim, row, found, rows, votes,
                                                          paragraphs.__getitem__, published)))
               or n in in_its_year
               or (row in anchored and the_latest(index, claim, row, published)
                   and newest_pinned(index, anchored, published) == row)) \
            and not (
            row is not None and extract.LIST_ITEM_NOTE not in claim.notes
            and names_another(index, row, paragraph_text(claim, body), published=published,
                               years_in=claim.text if the_latest(index, claim, row, published)
                               else _with_the_one_before(claim, spans, body)
                               if _numbers_fit(index, claim, row, candidates) else _paragraph_upto(claim, body),
                               own_year=time_of(claim, published)[0] if n in series else None,
                               others_times=_others_times(found, claim)))
        owns.append(own and n not in weak)
    owns = _retold(index, found, rows, owns, anchored, body, published)
    owns = one_vote.relax(index, found, rows, owns, one_vote.the_one_vote(
        index, found, rows, anchored, [s for _, _, s in spans], published), votes, published, out)
    # pinned down by a tally whose every number is the vote's, not by a symbol or number only (a later text may speak
    # of a later vote on the resolution it names)
    tallied = {row for c, row in zip(found, rows) if row is not None and c.kind == "tally" and len(c.asserted) >= 2
               and index.agrees_all(row, c.asserted)}
    dated_back = of_its_time(index, anchored & tallied, body)
    year_told = {row for c, row in zip(found, rows) if c.kind == "tally" and row is not None
                 and judged.year_told_before(index, c, row, published, _paragraph_upto(c, body))}
    for n, (entry, claim, row, own) in enumerate(zip(out, found, rows, owns)):
        paragraph = paragraph_text(claim, body)
        # a vote the text dates (its tally's, or its paragraph's day, the record's only vote within a day of it) is no
        # vote the record lacks, however long after it the text appeared; a list its tally's year dates is its too, and
        # one the year of its sentence or the one before dates, with the text's subject (fingerprint.listed_in_its_year)
        dated = row in dated_back or (n in listed and row in year_told) or n in in_its_year or (row is not None and (
            sole_vote_of_its_time(index, claim, {}, row, published, paragraph, equal=False)
            or judged.year_told_before(index, claim, row, published, _paragraph_upto(claim, body))))
        doubt(index, entry, claim, row, scorer, own, others, published, _cut_from(spans), paragraph,
              ((claim.sentence, claim.state) in two_votes and n not in either_way)
              or (claim.sentence, claim.state) in one_row, dated, _others_times(found, claim))
        alternatives.other_vote_agrees(index, entry, claim, row, votes)
    for n, why in polarity.pronoun_of_a_state(found, spans).items():
        if out[n]["verdict"] == "contradicted":
            hold_back(out[n], why)
    for entry, claim in zip(out, found):  # "voted against the Soviet draft": one of that day's texts, maybe not the record's
        if entry["verdict"] == "contradicted" and claim.kind == "position" and targets.sponsors_text(claim.text):
            hold_back(entry, targets.SPONSORS_NOTE)
    alternatives.list_fits_elsewhere(index, out, found, rows, anchored, votes)
    alternatives.count_beside_disagrees(index, out, found, rows)  # "- 11 Abstain (A, B)" on a vote with 4 abstaining
    ties.never_false(out, rows, tie_broken - _after_its_tally(found, rows, anchored, body, published), anchored)
    sentence_fit.never_false(out, rows, fitted)
    points_back.never_false(out, rows, pointed)
    sentence_fit.doubt_elsewhere(index, out, found, rows, votes, scorer, appeared)  # its list fits another vote too
    offtopic.guard(index, out, rows, body)  # found by numbers alone, on a subject the text never names
    ties.explain(out, found)  # a same-day tie: why it is left unplaced; a weak choice never false
    alternatives.release_agrees(index, out, found, rows, fingerprints, official, text_days, published)
    released.judge(out, found, official, published, body, on_release, [s for _, _, s in spans])
    explain_unrecorded(out, found, body, reported)  # "not in the record: a vote of the Third Committee"
    widen.penalty_placed(out, found, rows, ranked, index, votes, published)  # placed by its rivals' far numbers alone
    widen.sibling_doubt(out, found)  # moved from the older vote of its series its words fit
    never_false_noted(out, found, named_subject.NOTE, named_subject.WHY)
    never_false_noted(out, found, likeness.NOTE, likeness.WHY)
    never_false_noted(out, found, learned.NOTE, learned.UNCERTAIN)  # a state only the model reads
    widen.named_again_doubt(out, found)
    vaguely_before(out, found)  # "which previously abstained": the vote before, or any earlier one
    anachronism.guard(out, found, rows, votes, lambda row: row in tallied or _symbol_in(index, row, body))
    out = several.spread(out, found, rows, anchored, ranked, lambda c, r: judged.on_roll_call(  # "voted against both texts"
        index, c, r, [], votes, anchored, published, scorer, told), index.agrees_all)
    in_doubt.judge(out, doubts or {})  # a state's vote another text gives otherwise: neither reading is called right
    out += _without_claims(spans, found)
    out.sort(key=lambda c: c["span"][0])
    return body, out


def _scope(claim: extract.Claim, spans: list, body: str, published: date | None) -> tuple:
    """What narrows a claim's roll call: its own sentence's time, else the one year the sentence before names."""
    year, scope, month, days = year_scope(claim, published)
    if year is None:
        year, month = told_before(claim, spans, body, published)
    return year, scope, month, days


def _retold(index, found: list, rows: list, owns: list[bool], anchored: set[int], body: str,
            published: date | None) -> list[bool]:
    """A claim told again in a paragraph that identifies its roll call — the headline or the lead retelling the body
    ("Kenya abstains on the annexation vote" … "Kenya was among the 35 that abstained"): the same state and vote, or
    the same count, placed on the same roll call the text pins down, in a paragraph that names no other vote."""
    told = {(claim.kind, claim.state, _said(claim), row) for claim, row, own in zip(found, rows, owns)
            if own and row is not None}
    return [own or (row is not None and row in anchored and (claim.kind, claim.state, _said(claim), row) in told
                    and claim.when in (None, "this")
                    and not names_another(index, row, paragraph_text(claim, body), published=published))
            for claim, row, own in zip(found, rows, owns)]


def _said(claim: extract.Claim) -> tuple:
    return tuple(sorted(claim.asserted.items()))


def _paragraph_names(index, row: int, paragraph: str, published: date | None) -> bool:
    """The paragraph names the day of the vote the text pins down elsewhere (within a day: "on Wednesday") and its
    subject in its own words (enough of them, or some when the record has no other vote within a day of it): it
    speaks of that vote, even where the claim's own sentence does not."""
    days = [d for d in clues.days_named(paragraph, published) if abs((index.dates[row] - d).days) <= 1]
    if not days:
        return False
    topic = index.topic(row, clues.stems(paragraph))
    gap = np.abs((index.day_numbers - np.datetime64(index.dates[row], "D")).astype(int))
    return topic >= OWN_TOPIC or (topic > 0 and int(np.sum(gap <= 1)) == 1)


def _without_claims(spans: list, found: list) -> list[dict]:
    """An entry for each sentence that speaks of a vote but makes no checkable claim."""
    claimed = {c.sentence for c in found}
    return [{"kind": "other", "text": sentence, "span": [start, end], "resolution": None, "state": None,
             "asserted": {}, "verdict": "unverifiable",
             "evidence": {"record": "no checkable claim about a recorded vote"}}
            for number, (start, end, sentence) in enumerate(spans)
            if number not in claimed and extract.mentions_a_vote(sentence)]


def _series(index, found, rows, ranked, anchored: set[int], published: date | None) -> tuple[list, dict, set]:
    """(rows, {claim: row} placed on the series of a vote the text pins down, claims placed on the series of a vote
    it only finds by subject and date). The latter vote is not anchored: nothing placed on its series is called
    false."""
    series = series_rows(index, found, rows, ranked, anchored, published)
    rows = [series.get(n, row) for n, row in enumerate(rows)]
    by_year = {n for n in series if any(YEAR_MOVED in note for note in found[n].notes)}
    series = {n: row for n, row in series.items() if row is not None and n not in by_year}
    placed = {row for row in rows if row is not None} - anchored
    weak = {n: r for n, r in (series_rows(index, found, rows, ranked, placed, published) if placed else {}).items()
            if rows[n] is None}
    return [weak.get(n, row) for n, row in enumerate(rows)], series, set(weak) | by_year


OWN_TOPIC = 2.0  # of 8: the share of a roll call's title and subjects a sentence must name to identify it itself


def _anchored(index, found, rows, ranked, votes) -> set[int]:
    """Roll calls the text pins down: named by symbol, given as a tally of two or more numbers that all match, or a
    count that matches and leads the next candidate clearly."""
    sure = set()
    for claim, row, (_, candidates) in zip(found, rows, ranked):
        if row is None:
            continue
        if candidates and candidates[0][0] >= 100:
            sure.add(row)
        elif claim.kind == "tally" and len(claim.asserted) >= 2 and extract.HEDGED not in claim.notes:
            counts = published_counts(index, row) | {"absent": judged.counts(votes(row))["absent"]}
            if all(counts.get(k) == v for k, v in claim.asserted.items()) \
                    and not split_tally_disagrees(index, claim, row, found):
                sure.add(row)
    pinned = set(sure)
    for claim, row, (_, candidates) in zip(found, rows, ranked):
        if row is None or claim.kind != "count" or extract.HEDGED in claim.notes or extract.DERIVED in claim.notes \
                or COMPARED in claim.notes:  # nor is an earlier vote's count said in passing ("up from 185 last year")
            continue  # a count added up from the names of a sentence ("only A joined B") is too weak to pin a vote
        if numbers_of(claim) and index.agrees(row, numbers_of(claim)) and judged.own_match(index, claim, row, candidates) \
                and not fits_pinned(index, claim, row, pinned) and not split_tally_disagrees(index, claim, row, found):
            sure.add(row)
    return sure


def _after_its_tally(found: list, rows: list, anchored: set[int], body: str, published: date | None) -> set[int]:
    """The claims placed on the roll call that the tally of the sentence just before pins down (same paragraph, no
    time or day of their own): "… adopted by 82 votes to 5, with 62 abstentions. The US, Israel and four others voted
    against it."; and the counts of no time of their own beside the tally of their own sentence ("Nine voted against, 35
    abstained while 20 did not take part"). A tie the paragraph's numbers broke put such a claim where that tally would
    have put it."""
    tallied = {c.sentence: (row, c.span[1]) for c, row in zip(found, rows) if c.kind == "tally" and row in anchored}
    beside = {(c.sentence, row) for c, row in zip(found, rows) if c.kind == "tally" and row in anchored and c.when is None}
    return {n for n, (c, row) in enumerate(zip(found, rows))
            if row is not None and (tally_before(c, tallied, body, clues.days_named(c.text, published)) == row
                                    or (c.kind == "count" and c.when is None and (c.sentence, row) in beside))}


def _numbers_fit(index: identify.Index, claim: extract.Claim, row: int | None, candidates: list) -> bool:
    """A tally whose own numbers identify its roll call: every number near the vote's, two or more equal, first with a
    clear lead ("adopted by 92 votes in favor, eight against and 65 abstentions" for 92-9-65). The years other sentences
    of its paragraph name before the sentence just before it ("the Nakba of 1948") are their events', not this
    tally's vote's."""
    return row is not None and claim.kind == "tally" and extract.HEDGED not in claim.notes and bool(candidates) \
        and candidates[0][1] == row and (len(candidates) < 2 or candidates[0][0] - candidates[1][0] >= identify.MARGIN) \
        and sum(index.agrees(row, {k: v}) for k, v in claim.asserted.items()) >= 2 and near(index, claim, row)


def _likely(index: identify.Index, claims: list, rows: list) -> set[int]:
    """Roll calls identified by a tally with a clear lead and two or more of its numbers equal to the vote's, one
    of them off ("138 out of 193 … 41 abstained … nine against"): enough to place the lists around it, too weak to
    call any of them false (they are not anchored)."""
    return {row for c, row in zip(claims, rows) if c.kind == "tally" and row is not None
            and extract.HEDGED not in c.notes
            and sum(index.agrees(row, {k: v}) for k, v in c.asserted.items()) >= 2}


def _paragraphs(body: str, spans: list) -> list[int]:
    """The paragraph number of each sentence (a blank line ends a paragraph)."""
    out, number, last = [], 0, 0
    for start, _, _ in spans:
        number += len(claim_text.PARAGRAPH_BREAK.findall(body, last, start))
        out.append(number)
        last = start
    return out


def _paragraph_upto(claim: extract.Claim, body: str) -> str:
    """The claim's paragraph up to the end of its sentence, where a year names the time of the claim's vote: a year a
    later sentence names is that sentence's event ("… adopted by 116 votes to 5. Mauritius became independent in
    1968."), not this claim's vote. (A line is no paragraph: "In 2016 the Assembly voted on it too.⏎The US abstained."
    speaks of 2016.)"""
    paragraph = paragraph_text(claim, body)
    at = paragraph.find(claim.text)
    return paragraph[:at + len(claim.text)] if at >= 0 else paragraph


def _symbol_in(index: identify.Index, row: int | None, text: str) -> bool:
    """The text names this roll call's resolution by its symbol ("resolution 181 (II)" for A/RES/181(II)[A])."""
    return row is not None and (any(row in index.by_symbol.get(s, ()) for s in cited.symbols_in(text))
                                or row in identify.numbered(index, text))  # "Resolution 3379", the first sessions'


def _others_times(found: list, claim: extract.Claim) -> frozenset:
    """"A, which had abstained in 2010, this time voted in favour": the years its sentence gives its other claims (the
    earlier vote's), when the claim has no time of its own."""
    if claim.when is not None:
        return frozenset()
    return frozenset(int(c.when) for c in found if c is not claim and c.sentence == claim.sentence
                     and (c.when or "").isdigit())


def _with_the_one_before(claim: extract.Claim, spans: list, body: str) -> str:
    """The claim's sentence and the one before it, when both are of one paragraph (else the sentence alone)."""
    start = spans[claim.sentence - 1][0] if claim.sentence else claim.span[0]
    return body[start:claim.span[1]] if claim_text.one_paragraph(body, start, claim.span[1]) else claim.text


def _cut_from(spans: list) -> int | None:
    """Where the text's last sentence starts if the text stops in it (no closing punctuation): a list there may
    go on under another verb, so nothing in it is called false."""
    if spans and not spans[-1][2].rstrip().endswith((".", "!", "?", '"', "”", "'", ")", "。", "！", "？", "」", "।", "۔")):
        return spans[-1][0]
    return None






